"""Newcomer 6, P2: the guard's words follow the stage. A booking link to a friend or an acquaintance is not said to
turn "a first message" into a funnel, and the advice to an acquaintance does not speak of "a first message"."""

from __future__ import annotations

import pytest

from companion.guard.pitch_guard import check_draft
from companion.guard.suggestions import suggestions_for

PITCH = ("Hi! We help companies like yours cut QA costs by 40%. "
         "Book a quick demo with me this week: https://calendly.com/acme-sales/demo")


@pytest.mark.parametrize("stage", ["acquaintance", "friend", "close"])
def test_a_booking_link_past_a_first_message_is_not_called_one(stage):
    verdict = check_draft(PITCH, stage, stage_source="store")
    assert verdict.verdict == "warn"
    links = [r.message for r in verdict.reasons if r.rule == "calendar-link"]
    assert links, "the booking link is still a reason"
    assert all("first message" not in m for m in links), links
    assert not any("first message" in s for s in verdict.suggestions), verdict.suggestions


@pytest.mark.parametrize("stage", ["stranger", "new"])
def test_to_a_stranger_or_new_connection_it_is_a_first_message(stage):
    verdict = check_draft(PITCH, stage, stage_source="page")
    assert [r.message for r in verdict.reasons if r.rule == "calendar-link"] == [
        "A booking link turns a first message into a funnel."]


@pytest.mark.parametrize("rule", ["selling-language", "mlm-recruiting"])
def test_advice_to_an_acquaintance_does_not_speak_of_a_first_message(rule):
    early = suggestions_for("warn", [rule], "new", False, [])
    later = suggestions_for("warn", [rule], "acquaintance", False, [])
    assert any("first message" in s for s in early), early
    assert not any("first message" in s for s in later), later
    assert len(later) == len(early), "the same advice, in other words"
