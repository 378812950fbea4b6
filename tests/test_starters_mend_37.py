"""Mend 37: words for a silent case, a talk still to come. Their fresh post says they will speak at a named event: good
luck, and what they hope people take away (the one thing only the speaker knows yet). Never after it may be over, never
from the event's organiser or a fellow speaker, never to someone a protective rule covers; English only (the talk is read
from English posts alone)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from companion.ground.common_ground import find_common_ground
from companion.ground.post_reading import post_kind, talk_to_come
from companion.ground.starters import suggest_starters
from companion.models import Profile

NOW = datetime(2026, 12, 6, tzinfo=UTC)
ME = {"name": "Priya Nair", "headline": "Frontend engineer at Wise", "location": "London, UK"}
TALK = "Excited to speak at Frontend Fest Berlin next week about making municipal websites fast on cheap phones."


def _them(text: str = TALK, date: str | None = "2026-12-05", **fields) -> dict:
    return {"name": "Tom Becker", "headline": "Web developer", "location": "Hamburg, Germany",
            "posts": [{"text": text, "date": date}], **fields}


def _starters(me: dict, them: dict) -> list[str]:
    mine, theirs = Profile.model_validate(me), Profile.model_validate(them)
    return [s.text for s in suggest_starters(mine, theirs, find_common_ground(mine, theirs, None), now=NOW)]


def _good_luck(texts: list[str]) -> list[str]:
    return [t for t in texts if "good luck with your talk" in t]


def test_a_talk_to_come_is_read_with_its_event_and_when():
    assert talk_to_come(TALK) == ("Frontend Fest Berlin", "next week")
    assert talk_to_come("I'll be speaking at PyCon Italia next month on testing data pipelines.") == (
        "PyCon Italia", "next month")
    assert talk_to_come("We are presenting at the Single Cell Genomics meeting in Yokohama next week.")[0] == (
        "the Single Cell Genomics meeting")
    assert post_kind(TALK) == "talk-to-come"


def test_a_talk_given_or_one_with_no_time_is_no_talk_to_come():
    # Its audience met: given already. No time word and no 'will': it may be over.
    assert talk_to_come("Honoured to speak at DevConf. Thanks to everyone who came up afterwards!") is None
    assert post_kind("Honoured to speak at DevConf. Thanks to everyone who came up afterwards!") == "talk"
    assert talk_to_come("Excited to speak at KubeCon.") is None


def test_their_fresh_talk_to_come_gets_good_luck_with_the_event_and_when():
    assert _good_luck(_starters(ME, _them())) == [
        "Hi Tom, good luck with your talk at Frontend Fest Berlin next week! What do you most hope people take away from it?"]


def test_next_week_is_not_repeated_days_later_and_a_talk_long_announced_may_be_over():
    assert _good_luck(_starters(ME, _them(date="2026-12-01"))) == [
        "Hi Tom, good luck with your talk at Frontend Fest Berlin! What do you most hope people take away from it?"]
    assert _good_luck(_starters(ME, _them(date="2026-11-20"))) == []  # 'next week' sixteen days ago: over
    assert _good_luck(_starters(ME, _them(date=None))) == []  # undated: it may be long past


def test_no_strangers_good_luck_from_the_events_organiser_or_a_fellow_speaker():
    assert _starters({**ME, "headline": "Organiser, Frontend Fest Berlin"}, _them()) == []
    speaker = {**ME, "posts": [{"text": "My slides for Frontend Fest Berlin are ready!", "date": "2026-12-04"}]}
    assert _good_luck(_starters(speaker, _them())) == []


def test_a_protective_rule_still_keeps_the_talk_to_come_unsaid():
    assert _starters(ME, _them(headline="Web developer | No cold DMs, please")) == []


@pytest.mark.parametrize("text", [
    # A day said outright may be past by the time the profile is read (a seminar three weeks before: review set 42).
    "I'll be speaking at the PSN FCT branch seminar on pharmacovigilance in community pharmacy on 18 November",
    "Excited to speak at DataConf Porto on November 18th about lineage.",
    # Seven months ahead is too early for good luck.
    "Thrilled to speak at the London International Disputes Week panel on African mining arbitration next June",
    "Honoured to be speaking at the Nordic Health Summit next year.",
    # No time word at all: it may be over.
    "I'll be speaking at the Lagos Design Forum on service design.",
])
def test_a_talk_whose_day_may_be_past_or_far_off_gets_no_good_luck(text):
    assert talk_to_come(text) is None


def test_a_talk_next_month_or_next_week_still_gets_good_luck():
    assert talk_to_come("I'll be speaking at Design Indaba Nairobi next month on designing for USSD.") == (
        "Design Indaba Nairobi", "next month")


def test_a_talk_tomorrow_is_over_two_days_after_the_post():
    tomorrow = "Excited to speak at PyCon Italia tomorrow about testing data pipelines."
    assert _good_luck(_starters(ME, _them(tomorrow, date="2026-12-06")))  # NOW is 2026-12-06: tomorrow is to come
    assert _good_luck(_starters(ME, _them(tomorrow, date="2026-12-04"))) == []


def test_the_headline_and_product_readers_are_linear_on_a_long_run():
    import time

    from companion.ground import starters

    started = time.perf_counter()
    starters._HEADLINE_PARTS.split(" " * 40_000)
    starters._PRODUCT_SHAPE.match("A" * 40_000)
    assert time.perf_counter() - started < 2.0  # quadratic took 7 s and 8 s on these
