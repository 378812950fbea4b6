"""The reviewer's findings on the memory round (6B): a promise opener never quotes a thing sent to someone else,
and a contact of a week or two ago is not "the other day"."""

from __future__ import annotations

from datetime import timedelta

import pytest
from memory_helpers import NOW, capture

from companion.memory.commitments import add_commitment
from companion.memory.followups import history_opener, promise_opener
from companion.memory.interactions import log_interaction

FALLBACK = "Hi Kireet, I haven't forgotten what I promised you. How are things with you?"


@pytest.mark.parametrize("promise", ["Send the slides to Sean", "send a reminder to myself",
                                     "send the deck for Mia", "send the notes over to Sean by Friday"])
def test_a_thing_promised_to_someone_else_is_not_said_as_promised_to_them(promise):
    assert promise_opener("Kireet", promise) == FALLBACK


@pytest.mark.parametrize("promise", ["send the slides to Kireet", "send the slides for Kireet",
                                     "send you the slides by Friday"])
def test_a_thing_promised_to_them_is_still_said(promise):
    assert promise_opener("Kireet", promise) == (
        "Hi Kireet, I haven't forgotten the slides I promised to send you. How are things with you?")


def test_the_promise_opener_of_a_stored_person_does_not_quote_a_third_party(store):
    kireet = capture(store, "Kireet Agrawal", "kireet")
    add_commitment(store, kireet["id"], "Send the slides to Sean", due=NOW.date().isoformat(),
                   now=NOW)
    opener = history_opener(store.get_person(kireet["id"]), NOW)
    # Due today: the line that keeps it (newcomer 8), still without the third party's name.
    # No contact logged with Kireet: no "How are things with you?" (newcomer 9).
    assert opener.text == "Hi Kireet, as promised, I'm following up."
    assert "Sean" in opener.evidence


@pytest.mark.parametrize(("kind", "days", "line"), [
    ("reply", 4, "Hi Rob, thanks for getting back to me the other day!"),
    ("reply", 8, "Hi Rob, thanks for your message!"),
    ("in-person", 13, "Hi Rob, it was great to talk about the Lisbon offsite!"),
    ("video-call", 6, "Hi Rob, it was great to talk about the Lisbon offsite!"),
    ("video-call", 4, "Hi Rob, great to talk about the Lisbon offsite the other day!"),
])
def test_the_other_day_is_said_only_of_a_few_days_ago(store, kind, days, line):
    rob = capture(store, "Rob Cheung", "robertkcheung")
    # A meeting or call is followed up only with what it was about (memory mend 10).
    log_interaction(store, rob["id"], kind, at=(NOW - timedelta(days=days)).date().isoformat(), now=NOW,
                    note="talked about the Lisbon offsite" if kind != "reply" else None)
    assert history_opener(store.get_person(rob["id"]), NOW).text == line
