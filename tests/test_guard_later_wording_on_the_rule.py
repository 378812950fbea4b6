"""A rule's wording past the start of a relationship lives on the rule (and its advice on the advice): a reason or a
suggestion that speaks of "a first message" is never said to someone the sender already knows."""

from __future__ import annotations

import re

import pytest

from companion.guard import pitch_guard
from companion.guard.pitch_guard import PITCH_RULES, Rule, check_draft
from companion.guard.suggestions import ADVICE, suggestions_for
from companion.models import EARLY_STAGES, STAGES

EARLY_WORDS = re.compile(r"\b(?:first|early|earlier) message", re.IGNORECASE)
ALL_RULES = (*PITCH_RULES, *pitch_guard.DRESSING_RULES, pitch_guard.SELF_FOCUS, pitch_guard.GRATITUDE,
             pitch_guard.WORDING, pitch_guard.ASK_RULE, pitch_guard.LANGUAGE_UNREAD)


def test_early_stages_are_the_first_two_of_the_stages():
    assert EARLY_STAGES == STAGES[:2] == ("stranger", "new")


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda rule: rule.id)
def test_a_rule_that_speaks_of_an_early_message_carries_its_later_wording(rule):
    for stage in STAGES:
        said = rule.message_to(stage)
        assert said == rule.message if stage in EARLY_STAGES else not EARLY_WORDS.search(said), (stage, said)


@pytest.mark.parametrize("rule", sorted(ADVICE))
def test_advice_that_speaks_of_an_early_message_carries_its_later_wording(rule):
    assert ADVICE[rule].to("stranger") == ADVICE[rule] and not EARLY_WORDS.search(ADVICE[rule].to("acquaintance"))


def test_a_rule_without_later_wording_says_the_same_at_every_stage():
    rule = Rule("made-up", "A made-up rule.", "A first message that says so.", 1.0)
    assert {rule.message_to(stage) for stage in STAGES} == {"A first message that says so."}
    later = Rule("made-up", "A made-up rule.", "A first message.", 1.0, later_message="A message.")
    assert [later.message_to(stage) for stage in STAGES] == ["A first message."] * 2 + ["A message."] * 3


LINKED = "Hi! We help agencies like yours double their leads. Book a demo: calendly.com/acme/15min and see acme.io"


def test_the_booking_link_reason_and_advice_follow_the_stage():
    for stage in STAGES:
        verdict = check_draft(LINKED, stage)
        messages = {r.rule: r.message for r in verdict.reasons}
        assert messages["calendar-link"].startswith("A booking link turns a ")
        assert ("first message" in messages["calendar-link"]) == (stage in EARLY_STAGES), (stage, messages)
        assert verdict.verdict == ("block" if stage in EARLY_STAGES else "warn")
    # An acquaintance is told the later advice (friends get none of the early-only advice at all).
    assert ADVICE["calendar-link"].later in suggestions_for("warn", ["calendar-link"], "acquaintance", False, [])
