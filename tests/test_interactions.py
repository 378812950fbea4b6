from __future__ import annotations

import pytest
from memory_helpers import NOW, capture

from companion.errors import InvalidInput, NotFound
from companion.memory.interactions import (
    delete_interaction,
    interactions_of,
    log_interaction,
    normalise_kind,
)
from companion.memory.natural_dates import due_date_in, parse_due, parse_past_moment
from companion.models import INTERACTION_KINDS


@pytest.mark.parametrize(
    "typed, kind",
    [("met", "in-person"), ("in person", "in-person"), ("video", "video-call"), ("Video Call", "video-call"),
     ("called", "phone-call"), ("phone", "phone-call"), ("messaged", "message"), ("replied", "reply"),
     ("commented", "comment"), ("shared", "share"), ("liked", "like"), ("in_person", "in-person")],
)
def test_kind_aliases_map_to_canonical_kinds(typed, kind):
    assert normalise_kind(typed) == kind


def test_every_canonical_kind_is_accepted_as_is():
    assert [normalise_kind(k) for k in INTERACTION_KINDS] == list(INTERACTION_KINDS)


def test_unknown_kind_lists_the_kinds():
    with pytest.raises(InvalidInput, match="in-person, video-call"):
        normalise_kind("carrier pigeon")


@pytest.mark.parametrize(
    "typed, expected",
    [("yesterday", "2026-11-19"), ("today", "2026-11-20"), ("3 days ago", "2026-11-17"), ("two weeks ago", "2026-11-06"),
     ("last friday", "2026-11-13"), ("monday", "2026-11-16"), ("2026-03-15", "2026-03-15"),
     ("2026-11-20T09:30:00Z", "2026-11-20T09:30:00+00:00"), ("2 hours ago", "2026-11-20T10:00:00+00:00")],
)
def test_natural_and_iso_dates(typed, expected):
    assert parse_past_moment(typed, NOW) == expected


@pytest.mark.parametrize("typed", ["tomorrow", "2026-12-01", "2027-01-01T00:00:00Z"])
def test_future_date_is_an_error(typed):
    with pytest.raises(InvalidInput):
        parse_past_moment(typed, NOW)


def test_nonsense_date_is_an_error_with_examples():
    with pytest.raises(InvalidInput, match="3 days ago"):
        parse_past_moment("the other day-ish", NOW)


@pytest.mark.parametrize("typed", ["99999999999 days ago", "99999999999 hours ago", "9999999 weeks ago", "9" * 5000 + " days ago"])
def test_a_moment_before_the_calendar_is_an_error_not_a_crash(typed):
    with pytest.raises(InvalidInput, match="3 days ago"):
        parse_past_moment(typed, NOW)


def test_a_due_date_past_the_calendar_is_an_error_not_a_crash():
    for typed in ("in 99999999999 days", "in 999999999 days", "in " + "9" * 5000 + " days"):
        with pytest.raises(InvalidInput, match="in 3 days"):
            parse_due(typed, NOW)
    assert due_date_in("I'll send it in 99999999999 days, or by friday", NOW) is not None  # the next reading is used


def test_log_keeps_kind_time_note_and_source_in_time_order(store):
    jane = capture(store, "Jane Doe", "jane-doe")
    log_interaction(store, jane["id"], "met", at="yesterday", note="coffee at Dock", now=NOW)
    log_interaction(store, jane["id"], "video", at="5 days ago", now=NOW)
    log_interaction(store, jane["id"], "message", source="guard", now=NOW)
    log = interactions_of(store.get_person(jane["id"]))
    assert [(i.kind, i.at[:10], i.source) for i in log] == [
        ("video-call", "2026-11-15", "manual"), ("in-person", "2026-11-19", "manual"), ("message", "2026-11-20", "guard")
    ]
    assert log[1].note == "coffee at Dock"


def test_a_future_interaction_is_not_logged(store):
    jane = capture(store, "Jane Doe", "jane-doe")
    with pytest.raises(InvalidInput, match="future"):
        log_interaction(store, jane["id"], "met", at="tomorrow", now=NOW)
    assert store.get_person(jane["id"])["interactions"] == []


def test_log_for_unknown_person_or_bad_source(store):
    with pytest.raises(NotFound):
        log_interaction(store, "p-000000000000", "met", now=NOW)
    jane = capture(store, "Jane Doe", "jane-doe")
    with pytest.raises(InvalidInput):
        log_interaction(store, jane["id"], "met", source="telepathy", now=NOW)


def test_a_mistaken_entry_can_be_removed(store):
    jane = capture(store, "Jane Doe", "jane-doe")
    wrong = log_interaction(store, jane["id"], "met", now=NOW)
    delete_interaction(store, jane["id"], wrong.id)
    assert store.get_person(jane["id"])["interactions"] == []
    with pytest.raises(NotFound):
        delete_interaction(store, jane["id"], wrong.id)
