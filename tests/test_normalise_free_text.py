"""Hobbies, causes and topics found in prose, without reading 'martial arts' as art."""

from __future__ import annotations

import pytest

from companion.ground.normalise.interests import find_interests, normalise_interest
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
    assert {i.key for i, _ in find_interests("I volunteer at a food bank on Sundays.")} == {"cause:poverty-alleviation"}
