"""Advice follows the stage: between friends, no advice about timing ("yet", "a first message") beside the advice to
say plainly that it is about business (newcomer finding F13)."""

from __future__ import annotations

import pytest

from companion.guard.pitch_guard import check_draft
from companion.guard.suggestions import ADVICE, EARLY_ONLY, FRIEND_ASK, suggestions_for

DEMO = "Hi Sean, we help companies like yours cut QA costs by 40%. Could we do a quick demo this week?"
TIMING = ("yet", "first message", "before you know them", "once there is a conversation", "early message", "for now")


def test_a_demo_pitch_to_a_friend_gets_the_between_friends_advice_only():
    for stage in ("friend", "close"):
        verdict = check_draft(DEMO, stage)
        assert verdict.verdict == "warn"
        assert FRIEND_ASK in verdict.suggestions
        assert ADVICE["sales-call"] not in verdict.suggestions
        assert not any(word in text for text in verdict.suggestions for word in TIMING), verdict.suggestions
    assert ADVICE["sales-call"] in check_draft(DEMO, "stranger").suggestions  # early on, the timing advice holds


def test_every_timing_advice_is_left_out_between_friends_and_kept_before():
    for rule in EARLY_ONLY:
        assert ADVICE[rule] not in suggestions_for("warn", [rule], "friend", False, [])
        assert ADVICE[rule] in suggestions_for("warn", [rule], "new", False, [])
    # Any advice that speaks of timing is on the list.
    assert {rule for rule, text in ADVICE.items() if any(word in text for word in TIMING)} <= EARLY_ONLY


def test_a_timing_rule_left_out_does_not_hide_the_advice_it_shares_or_turn_into_wording_advice():
    out = suggestions_for("warn", ["own-offer", "we-help"], "friend", False, [])
    assert ADVICE["we-help"] in out and ADVICE["own-offer"] not in out
    assert ADVICE["wording"] not in suggestions_for("warn", ["sales-call"], "close", False, [])


@pytest.mark.parametrize(("draft", "early"), [
    ("Our package is 490 € per month, all included.", "early message"),
    ("Here is the deck: https://example.com/deck", "once there is a conversation"),
    ("Grab a slot on my calendar: https://calendly.com/ana/15min", "only once they have replied"),
])
def test_the_advice_beside_a_later_reason_never_says_early(draft, early):
    verdict = check_draft(draft, "acquaintance")
    assert verdict.verdict != "ok"
    assert not any(early in s for s in verdict.suggestions), verdict.suggestions
