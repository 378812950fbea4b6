"""Hobbies, causes and topics found in prose, without reading 'martial arts' as art."""

from __future__ import annotations

import pytest
from ground_examples import person

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise.interests import find_interests, normalise_interest, wider_interests
from companion.ground.normalise.languages import normalise_language
from companion.ground.normalise.phrases import shared_phrases
from companion.ground.normalise.topics import find_topics


def interest_keys(text):
    return {item.key for item, _ in find_interests(text)}


def topic_keys(text):
    return {topic.key for topic, _ in find_topics(text)}


def test_rock_climbing_in_prose_is_the_same_interest_as_bouldering():
    assert interest_keys("Weekends you'll find me rock climbing.") == {normalise_interest("Bouldering").key}


def test_a_third_marathon_is_running():
    assert "interest:running" in interest_keys("Just finished my third marathon! Legs are jelly.")


@pytest.mark.parametrize("text", ["I'm running a team of twelve.", "state of the art tooling", "The art of negotiation"])
def test_ambiguous_words_in_prose_are_not_hobbies(text):
    assert interest_keys(text) == set()


def test_martial_arts_is_not_art():
    assert interest_keys("I practise martial arts twice a week.") == {"interest:martial-arts"}
    assert normalise_interest("Martial Arts").key != normalise_interest("Art").key


def test_remote_work_and_distributed_teams_are_one_topic():
    assert topic_keys("Lessons from leading distributed teams") == topic_keys("Why I love remote work") == {"topic:remote-work"}


def test_ai_acronym_needs_capitals():
    assert "topic:ai" in topic_keys("What AI changes for designers")
    assert "topic:ai" not in topic_keys("J'ai adoré cette conférence")


def test_causes_come_from_volunteering_names_and_prose():
    assert normalise_interest("Environment", "cause").key == "cause:environment"
    assert {i.key for i, _ in find_interests("I volunteer at a food bank on Sundays.")} == {"cause:hunger-relief"}
    assert wider_interests("cause:housing") == ("cause:poverty-alleviation",)  # LinkedIn's cause around it
    assert wider_interests("cause:hunger-relief") == ()  # hunger is a cause of its own, not a kind of poverty relief


@pytest.mark.parametrize(("text", "key"), [
    ("Weekends on my bike.", "interest:cycling"),
    ("I play cello in a community orchestra.", "interest:cello"),
    ("I play cello in a community orchestra.", "interest:classical-music"),
    ("Happiest in the garden.", "interest:gardening"),
    ("Growing my own vegetables on the allotment.", "interest:gardening"),
    ("Sunday bike rides with the kids.", "interest:cycling"),
    ("Amateur cellist and proud of it.", "interest:cello"),
    ("Board game nights, Dungeons & Dragons on Fridays.", "interest:board-games"),
    ("Five-a-side football on Tuesdays.", "interest:football"),
    ("Fútbol los domingos.", "interest:football"),
    ("Throwing pots on the pottery wheel.", "interest:pottery"),
    ("Volunteer at the Red Cross.", "cause:disaster-relief"),
])
def test_hobbies_said_in_everyday_words_are_found(text, key):
    assert key in interest_keys(text)


@pytest.mark.parametrize("text", [
    "We ring-fence time for deep work.", "Sink or swim.", "Our design philosophy is simple.",
    "We grew to 10k users.", "Investing in our people.", "I spoke on stage at a conference.",
    "We moved to a talent pool model.", "Singing the praises of our team.", "Gaming the system never works.",
    "Father of modern computing, he said.", "I work in fermentation science.", "Our bike-sharing startup raised a seed.",
])
def test_professional_prose_is_not_read_as_a_hobby(text):
    assert interest_keys(text) == set()


@pytest.mark.parametrize(("listed", "key"), [
    ("Playing the cello", "interest:cello"), ("Cellist", "interest:cello"), ("Board game", "interest:board-games"),
    ("Marathons", "interest:running"), ("Bicycling", "interest:cycling"), ("Tabletop Gaming", "interest:board-games"),
    ("Futbol", "interest:football"), ("Ceramics", "interest:pottery"),
])
def test_a_listed_hobby_in_other_words_is_the_same_hobby(listed, key):
    assert normalise_interest(listed).key == key


def test_hobbies_of_one_family_name_the_family_as_the_wider_hobby():
    cello, violin = normalise_interest("Cello"), normalise_interest("Violin")
    assert cello.key != violin.key and cello.category_key == violin.category_key == normalise_interest("music").key
    assert wider_interests(normalise_interest("rugby union").key) == (normalise_interest("rugby").key,
                                                                    normalise_interest("sport").key)


def test_phrases_are_found_where_they_stand_in_the_text_as_written():
    text = "Café owner; weekends on my bike."
    (item, match), = find_interests(text)
    assert text[match.start:match.end] == match.words == "on my bike"
    (item, match), = find_interests("Le fútbol, c'est ma vie")
    assert match.words == "fútbol"


@pytest.mark.parametrize(("written", "code"), [("Hangugeo", "ko"), ("Yeongeo", "en"), ("Ellinika", "el"),
                                               ("Anglika", "en"), ("Phasa Thai", "th"), ("Angrezi", "en")])
def test_a_language_in_its_own_romanised_name(written, code):
    assert normalise_language(written).key == f"language:{code}"


def test_the_mentions_quoted_are_the_ones_written_alike():
    """One person lists 'Climbing' and writes of a bouldering gym: 'Bouldern' is quoted beside the gym."""
    me = person(interests=["Bouldern"])
    them = person(interests=["Climbing", "Cinema"], about="Most evenings you'll find me at a bouldering gym.")
    climbing = next(c for c in find_common_ground(me, them).commonalities if c.kind == "interest")
    assert climbing.mine == "Bouldern" and "bouldering gym" in climbing.theirs


def test_two_sentences_sharing_words_are_not_written_alike():
    """Listed 'running' and 'marathons' are quoted, not two about sentences that share 'Ethio'."""
    me = person(interests=["running", "Ethiopian jazz"], about="Long-distance runner and Ethiopian jazz collector.")
    them = person(interests=["marathons", "Ethio-jazz"], about="Marathoner and Ethio-jazz fan.")
    running = next(c for c in find_common_ground(me, them).commonalities if c.label == "running")
    assert (running.mine, running.theirs) == ("running", "marathons")


@pytest.mark.parametrize("mine, theirs", [
    ("I volunteer with a prostate cancer awareness NGO.", "Pink October volunteer: breast cancer awareness matters."),
    ("Our lab studies coastal wetland restoration methods.", "I study upland wetland restoration methods."),
])
def test_a_phrase_each_writes_of_another_thing_is_not_shared(mine, theirs):
    assert not shared_phrases(mine, theirs)


@pytest.mark.parametrize("mine, theirs", [
    ("I volunteer for breast cancer awareness every October.", "Pink October: breast cancer awareness matters."),
    ("Passionate about cancer awareness campaigns.", "I run cancer awareness campaigns."),
    ("Building urban water governance tools.", "Researching urban water governance in Asia."),
])
def test_a_phrase_in_the_same_words_or_after_a_verb_is_still_shared(mine, theirs):
    assert shared_phrases(mine, theirs)


def test_a_hobby_both_list_is_quoted_as_listed_not_from_their_sentences():
    a = person(interests=["Book club"], about="I host a book club for new teachers.")
    b = person(interests=["Book clubs"], about="I run a book club at my local library.")
    hobby = next(c for c in find_common_ground(a, b).commonalities if c.kind == "interest")
    assert (hobby.mine, hobby.theirs) == ("Book club", "Book clubs")
