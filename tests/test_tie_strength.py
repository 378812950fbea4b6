from __future__ import annotations

from datetime import timedelta

import pytest
from memory_helpers import NOW, capture, open_store

from companion.memory import tie_strength
from companion.memory.interactions import log_interaction
from companion.memory.tie_strength import (
    DEFAULT_WEIGHTS,
    effective_weights,
    may_be_overdue,
    stage_of,
    strength_of,
    tie_of,
)
from companion.models import INTERACTION_KINDS


def person(interactions=(), connected_on=None, circle=None) -> dict:
    """A bare person record with an interaction log of (kind, days ago)."""
    return {
        "id": "p-test", "keys": ["linkedin:test"], "profiles": {}, "history": [], "notes": [], "commitments": [],
        "tags": [], "connected_on": connected_on, "circle": circle, "first_seen": "2025-01-01T00:00:00+00:00",
        "updated_at": "2025-01-01T00:00:00+00:00",
        "interactions": [
            {"id": i, "kind": kind, "at": (NOW - timedelta(days=ago)).isoformat(), "note": None, "source": "manual"}
            for i, (kind, ago) in enumerate(sorted(interactions, key=lambda x: -x[1]))
        ],
    }


def test_no_interactions_and_no_connection_is_a_stranger_with_no_strength():
    tie = tie_of(person(), NOW)
    assert (tie.strength, tie.stage, tie.layer, tie.next_check_in, tie.overdue) == (0.0, "stranger", None, None, False)


def test_connected_without_conversation_is_new_even_after_likes_and_a_first_message():
    assert stage_of(person(connected_on="2026-11-19"), NOW) == "new"
    assert stage_of(person([("like", 1), ("comment", 1), ("message", 0)], connected_on="2026-11-19"), NOW) == "new"
    assert stage_of(person([("like", 1), ("message", 0)]), NOW) == "stranger"


def test_a_reply_or_a_meeting_makes_an_acquaintance():
    assert stage_of(person([("message", 2), ("reply", 1)], connected_on="2026-11-01"), NOW) == "acquaintance"
    assert stage_of(person([("in-person", 10)]), NOW) == "acquaintance"


def test_channels_rank_in_person_over_video_over_phone_over_message_over_comment_share_like():
    order = ["in-person", "video-call", "phone-call", "message", "comment", "share", "like"]
    strengths = [strength_of(person([(kind, 1)], connected_on="2026-01-01"), NOW) for kind in order]
    assert strengths == sorted(strengths, reverse=True)
    assert len(set(strengths)) == len(strengths)


def test_every_kind_of_contact_raises_strength():
    log: list = []
    previous = 0.0
    for kind in INTERACTION_KINDS:
        log.append((kind, 3 + len(log)))  # each on its own day: contacts of one day are one occasion
        current = strength_of(person(log), NOW)
        assert current > previous, kind
        previous = current


def test_strength_decays_with_time_since_last_contact():
    doc = person([("in-person", 1), ("reply", 1)])
    now_strength = strength_of(doc, NOW)
    later = strength_of(doc, NOW + timedelta(days=180))
    much_later = strength_of(doc, NOW + timedelta(days=720))
    assert now_strength > later > much_later


def test_weekly_meetings_for_a_year_make_a_close_tie_in_the_inner_circle():
    log = [("in-person", d) for d in range(0, 365, 7)] + [("message", d) for d in range(2, 365, 7)]
    log += [("reply", d) for d in range(3, 365, 14)] + [("phone-call", d) for d in range(5, 365, 30)]
    tie = tie_of(person(log), NOW)
    assert tie.stage == "close"
    assert tie.layer == "inner"
    assert tie.strength >= 0.75


def test_a_monthly_call_for_a_year_is_a_friend_or_closer():
    tie = tie_of(person([("phone-call", d) for d in range(0, 365, 30)] + [("message", d) for d in range(10, 365, 30)]), NOW)
    assert tie.stage in ("friend", "close")
    assert tie.layer in ("close", "active")


def test_one_old_meeting_is_a_wider_acquaintance():
    tie = tie_of(person([("in-person", 300)]), NOW)
    assert (tie.stage, tie.layer) == ("acquaintance", "wider")


def test_user_weights_override_the_defaults():
    doc = person([("like", 1)] * 10)
    assert strength_of(doc, NOW) > 0
    assert strength_of(doc, NOW, {"channels": {"like": 0}, "reciprocity": 0, "duration": 0, "multiplexity": 0}) == 0
    weights = effective_weights({"channels": {"like": 0.3, "teleport": 9}, "half_life_days": 30})
    assert weights["channels"]["like"] == 0.3 and "teleport" not in weights["channels"]
    assert weights["half_life_days"] == 30 and weights["recency"] == DEFAULT_WEIGHTS["recency"]


def test_stage_of_follows_the_user_weights():
    doc = person([("video-call", d) for d in range(1, 300, 20)] + [("reply", d) for d in range(1, 300, 20)])
    default_stage = stage_of(doc, NOW)
    assert stage_of(doc, NOW, {"channels": {"video-call": 0, "reply": 0}, "reciprocity": 0, "multiplexity": 0}) == "acquaintance"
    assert default_stage in ("friend", "close")


def test_chosen_circle_sets_the_check_in_interval_and_any_contact_resets_it():
    doc = person([("in-person", 10)], circle="inner")
    tie = tie_of(doc, NOW)
    assert tie.layer == "inner"
    assert tie.next_check_in == (NOW - timedelta(days=3)).date().isoformat()
    assert tie.overdue
    doc = person([("in-person", 10), ("like", 1)], circle="inner")
    tie = tie_of(doc, NOW)
    assert not tie.overdue
    assert tie.next_check_in == (NOW + timedelta(days=6)).date().isoformat()


@pytest.mark.parametrize("layer, days, overdue", [("close", 29, False), ("close", 31, True), ("active", 89, False),
                                                   ("active", 91, True), ("wider", 364, False), ("wider", 366, True)])
def test_check_in_intervals_follow_dunbar_layers(layer, days, overdue):
    assert tie_of(person([("message", days)], circle=layer), NOW).overdue is overdue


def test_logging_through_the_store_changes_the_tie(data_dir):
    store = open_store(data_dir)
    try:
        jane = capture(store, "Jane Doe", "jane-doe")
        assert tie_of(store.get_person(jane["id"]), NOW).stage == "stranger"
        log_interaction(store, jane["id"], "met", at="yesterday", now=NOW)
        after = tie_of(store.get_person(jane["id"]), NOW)
        assert after.stage == "acquaintance" and after.strength > 0 and after.last_contact == "2026-11-19"
    finally:
        store.close()


@pytest.fixture
def parsed(monkeypatch):
    """Every stamp tie_strength parses, from an empty cache of moments."""
    stamps: list[str] = []
    real = tie_strength.to_datetime

    def counting(value: str):
        stamps.append(value)
        return real(value)

    monkeypatch.setattr(tie_strength, "to_datetime", counting)
    tie_strength._MOMENTS.clear()
    yield stamps
    tie_strength._MOMENTS.clear()


def test_each_logged_moment_is_read_once_per_tie_and_a_changed_log_is_read_afresh(parsed):
    doc = person([("in-person", 400), ("message", 30), ("reply", 29), ("like", 2)], circle="close")
    first = tie_of(doc, NOW)
    # Strength, duration and last contact share one reading of the 4 moments (+1: the check-in's start).
    assert len(parsed) == 4 + 1
    assert tie_of(doc, NOW) == first and len(parsed) == 5 + 1  # the same log again: only the check-in's start
    doc["interactions"][-1]["at"] = (NOW - timedelta(days=1)).isoformat()  # changed in place: read afresh
    assert tie_of(doc, NOW).last_contact == doc["interactions"][-1]["at"] and len(parsed) == 6 + 4 + 1



def test_a_log_with_no_recent_contact_is_parsed_once_for_followups(parsed):
    doc = person([("message", 40 + n) for n in range(30)], circle="close")
    assert may_be_overdue(doc, NOW)
    # Read whole into the one cache of moments (no hand-off beside it), where tie_of finds it.
    assert list(tie_strength._MOMENTS) == [tuple(event["at"] for event in doc["interactions"])]
    tie = tie_of(doc, NOW)
    # Each stamp once, and the check-in's start: parsed twice each when tie_of read the log again.
    assert len(parsed) == 30 + 1
    assert tie_of(doc, NOW) == tie and tie.overdue and len(parsed) == 30 + 2  # kept: only the check-in's start
    tie_strength._MOMENTS.clear()
    assert tie_of(doc, NOW) == tie  # the moments handed over are the ones it reads itself


def test_the_moments_kept_are_those_of_the_logs_read_last(parsed, monkeypatch):
    monkeypatch.setattr(tie_strength, "MOMENTS_KEPT", 2)
    logs = [person([("message", days)]) for days in (10, 20, 30)]
    stamps = [tuple(event["at"] for event in doc["interactions"]) for doc in logs]
    for doc in (logs[0], logs[1], logs[0], logs[2]):
        tie_strength.moments_of(doc)
    assert list(tie_strength._MOMENTS) == [stamps[0], stamps[2]]  # the second, read least lately, left out
    assert len(parsed) == 3


def test_a_long_log_whose_last_contact_is_recent_is_not_read_whole(parsed):
    doc = person([("message", 40 + n) for n in range(30)] + [("message", 1)])
    assert not may_be_overdue(doc, NOW)
    assert parsed == [doc["interactions"][-1]["at"]] and not tie_strength._MOMENTS

def test_a_contact_dated_after_now_counts_for_last_contact_not_for_strength():
    later = person([("message", 10), ("reply", 9)])
    later["interactions"].append({"id": 9, "kind": "in-person", "at": (NOW + timedelta(days=3)).isoformat(),
                                  "note": None, "source": "manual"})
    tie = tie_of(later, NOW)
    assert tie.strength == strength_of(person([("message", 10), ("reply", 9)]), NOW)
    assert tie.last_contact == later["interactions"][-1]["at"]
    assert strength_of(person([]), NOW) == 0.0
