"""A rare word both write about is a shared topic ('canola', a dam's name); a word of newspapers ('oncology') is shown
but not counted; a common word, a describing word, an employer's or a place's name is no topic."""

from ground_examples import person

from companion.ground.common_ground import find_common_ground, is_counted
from companion.ground.normalise.phrases import shared_rare_words


def _topics(mine: str, theirs: str, **fields):
    me, them = person(about=mine, **fields), person(about=theirs, **fields)
    return [c for c in find_common_ground(me, them).commonalities if c.kind == "topic"]


def test_a_rare_word_both_write_is_a_topic_that_counts():
    topics = _topics("Agronomist helping prairie growers with canola and pulse crops.",
                     "Third-generation grain farmer growing canola and lentils.")
    assert [(c.mine, is_counted(c)) for c in topics] == [("canola", True)]


def test_a_name_in_another_language_s_sentence_is_a_topic():
    topics = _topics("Ingeniero civil. Participé en Zorvaquenda, la presa más grande.",
                     "Project manager on large hydropower (Zorvaquenda).")
    assert [c.mine for c in topics] == ["Zorvaquenda"]


def test_a_word_of_newspapers_is_shown_but_not_counted():
    topics = _topics("Evaluating federal programs with a focus on Medicaid oversight.",
                     "Health policy advisor working on Medicaid financing.")
    assert [(c.mine, is_counted(c)) for c in topics] == [("Medicaid", False)]


def test_common_and_describing_words_are_no_topic():
    assert not shared_rare_words("A questionable weekend of programs and financing.",
                                 "Questionable programs, weekend financing.")


def test_a_word_of_a_name_matched_elsewhere_is_no_topic():
    assert not shared_rare_words("Analyst at Zorvatek.", "Formerly at Zorvatek.", lambda word: word == "zorvatek")
    assert not _topics("I love Valparaíso in winter.", "Valparaíso is my favourite city.")
