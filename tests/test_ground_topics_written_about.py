"""Round 25: what people say they write about, in more languages (Swedish, Norwegian and Danish 'skriver om',
Romanian, Greek, Russian, Hebrew, Arabic, Vietnamese, and Turkish with the subject first), against the same subject in
English; and subjects that stay apart."""

from __future__ import annotations

import pytest
from ground_examples import person

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise.phrases import written_about


@pytest.mark.parametrize(("text", "subjects"), [
    ("Backend-utvecklare. Jag skriver om molntjänster och säkerhet.", ["molntjänster", "säkerhet"]),
    ("Jeg skriver om bærekraft.", ["bærekraft"]),
    ("Scriu despre energie regenerabilă.", ["energie regenerabilă"]),
    ("Γράφω για την ενέργεια.", ["την ενέργεια"]),
    ("Пишу о финтехе.", ["финтехе"]),
    ("أكتب عن التمويل الإسلامي.", ["التمويل الإسلامي"]),
    ("Tôi viết về fintech.", ["fintech"]),
    ("Yazılımcıyım. Dağıtık sistemler üzerine yazıyorum.", ["Dağıtık sistemler"]),
    ("Veri bilimi hakkında yazılar yazıyorum.", ["Veri bilimi"]),
])
def test_what_one_writes_about_is_read_in_more_languages(text, subjects):
    assert written_about(text) == subjects


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Yazılımcıyım. Dağıtık sistemler üzerine yazıyorum.", "Engineer. Writing about distributed systems."),
    ("Kock i Malmö. Jag skriver om matsvinn.", "Chef. I write about food waste."),
    ("Scriu despre energie regenerabilă.", "I write about renewable energy."),
])
def test_a_subject_written_about_in_two_languages_is_shared(mine, theirs):
    shared = [c for c in find_common_ground(person(about=mine), person(about=theirs)).commonalities
              if c.kind == "topic"]
    assert shared


def test_two_subjects_written_about_stay_apart():
    shared = [c for c in find_common_ground(person(about="Jag skriver om matsvinn."),
                                            person(about="I write about food safety.")).commonalities
              if c.kind == "topic"]
    assert shared == []
