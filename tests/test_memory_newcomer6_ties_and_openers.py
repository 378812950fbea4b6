"""Newcomer 6, W2 and C4 (memory mend 10): a burst of logs is one occasion, not a close friendship; an opener that
builds on a meeting or call says what it was about, or is not offered; its evidence is said in words."""

from __future__ import annotations

from datetime import timedelta

import pytest
from memory_helpers import NOW, capture

from companion.memory.followups import history_opener, own_check_in_line, starters_as_you_know_them
from companion.memory.interactions import log_interaction
from companion.memory.tie_strength import tie_of

FOUR = ("video-call", "in-person", "video-call", "phone-call")  # the newcomer's four logs


def _log(store, person_id, kinds, every: timedelta, note=None):
    for n, kind in enumerate(kinds):
        at = (NOW - every * (len(kinds) - 1 - n)).isoformat()
        log_interaction(store, person_id, kind, at=at, note=note, now=NOW)
    return store.get_person(person_id)


def test_four_logs_in_a_minute_do_not_make_a_stranger_a_friend(store):
    edu = capture(store, "Eduardo Alvarez Nowak", "eduardo")
    tie = tie_of(_log(store, edu["id"], FOUR, timedelta(seconds=15)), NOW)
    assert tie.stage == "acquaintance" and tie.strength < 0.25 and tie.layer == "wider", tie  # was friend, 50%


def test_ten_logs_in_a_minute_weigh_less_than_two_meetings_on_two_days(store):
    burst = capture(store, "Burst Person", "burst")
    twice = capture(store, "Twice Met", "twice")
    many = tie_of(_log(store, burst["id"], (FOUR * 3)[:10], timedelta(seconds=6)), NOW)
    two = tie_of(_log(store, twice["id"], ("in-person", "in-person"), timedelta(days=7)), NOW)
    assert many.strength < two.strength and many.stage != "close", (many, two)  # was close, 70%


def test_the_same_contacts_over_four_weeks_still_make_a_friend(store):
    ana = capture(store, "Ana Lima", "ana-lima")
    tie = tie_of(_log(store, ana["id"], FOUR, timedelta(weeks=1)), NOW)
    assert tie.stage == "friend" and tie.strength >= 0.45, tie


def test_one_occasion_still_counts_its_richest_contact(store):
    # A message and a meeting on the same day weigh as the meeting (and a little more), never as the message.
    a = capture(store, "Met Once", "met-once")
    b = capture(store, "Messaged Once", "messaged-once")
    met = tie_of(_log(store, a["id"], ("message", "in-person"), timedelta(minutes=5)), NOW)
    messaged = tie_of(_log(store, b["id"], ("message", "message"), timedelta(minutes=5)), NOW)
    assert met.strength > messaged.strength


def test_a_call_logged_today_with_no_topic_gives_no_content_free_opener(store):
    edu = capture(store, "Eduardo Alvarez Nowak", "eduardo")
    doc = _log(store, edu["id"], FOUR, timedelta(seconds=15))
    assert history_opener(doc, NOW) is None  # was "Hi Eduardo, great to talk today!"
    starters = starters_as_you_know_them(doc, tie_of(doc, NOW), [], NOW)
    assert not any("great to talk" in s.text or "great to see" in s.text for s in starters), starters


def test_a_call_with_a_topic_in_its_note_says_it_and_its_evidence_is_in_words(store):
    edu = capture(store, "Eduardo Alvarez Nowak", "eduardo")
    log_interaction(store, edu["id"], "phone-call", at=NOW.isoformat(), now=NOW,
                    note="talked about the KTH course list; he seemed tired")
    opener = history_opener(store.get_person(edu["id"]), NOW)
    assert opener.text == "Hi Eduardo, great to talk about the KTH course list today!"
    assert "tired" not in opener.text
    assert opener.evidence.startswith("last contact: a phone call today"), opener.evidence
    assert "phone-call" not in opener.evidence and NOW.date().isoformat() not in opener.evidence


def test_today_is_the_contacts_own_date_not_when_it_was_logged(store):
    edu = capture(store, "Eduardo Alvarez Nowak", "eduardo")
    # Logged now, about a video call three days ago.
    log_interaction(store, edu["id"], "video-call", at=(NOW - timedelta(days=3)).date().isoformat(), now=NOW,
                    note="discussed the Stockholm meetup")
    opener = history_opener(store.get_person(edu["id"]), NOW)
    assert opener.text == "Hi Eduardo, great to talk about the Stockholm meetup the other day!"
    assert "today" not in opener.text
    assert opener.evidence.startswith("last contact: a video call 3 days ago"), opener.evidence


def test_a_note_that_speaks_of_them_is_not_said_to_them(store):
    edu = capture(store, "Eduardo Alvarez Nowak", "eduardo")
    log_interaction(store, edu["id"], "in-person", at=NOW.isoformat(), now=NOW, note="talked about his divorce")
    assert history_opener(store.get_person(edu["id"]), NOW) is None


def test_the_reply_and_check_in_evidence_are_in_words(store):
    rob = capture(store, "Rob Cheung", "robertkcheung", company="Acme")
    log_interaction(store, rob["id"], "reply", at=(NOW - timedelta(days=1)).isoformat(), now=NOW)
    doc = store.get_person(rob["id"])
    assert history_opener(doc, NOW).evidence == "last contact: their reply yesterday"
    later = NOW + timedelta(days=40)
    evidence = own_check_in_line(doc, tie_of(doc, later), later).evidence
    assert evidence.startswith("last contact on 19 November 2026"), evidence


@pytest.mark.parametrize("note", ["about 20 minutes, nice guy", "about to quit", "about an hour",
                                  "topic: salary negotiation for Ana", "About a few things"])
def test_a_note_that_names_no_topic_or_a_third_person_gives_none(note):
    from companion.memory.followups import talk_topic

    assert talk_topic(note) is None  # review of the stop: "great to talk about 20 minutes today!"


@pytest.mark.parametrize(("note", "topic"), [("talked about the KTH course list", "the KTH course list"),
                                             ("about hiring in Berlin", "hiring in Berlin"),
                                             ("discussed pricing", "pricing")])
def test_a_note_that_names_a_topic_still_gives_it(note, topic):
    from companion.memory.followups import talk_topic

    assert talk_topic(note) == topic
