"""Newcomer 7, C1: a draft in a language Rapport does not read (Swedish), stopped for its "40 %", was advised "it reads
like a template" and "drop the ask": judgements of words that were not read. Its advice is now only about what was
checked (the price, a link), and a draft that was read keeps all of its advice."""

from __future__ import annotations

from companion.guard.pitch_guard import UNREAD_PERCENT, check_draft
from companion.guard.suggestions import ADVICE, DROP_ASK, LEAD_WITH_THEM, suggestions_for

SWEDISH_PITCH = "Hej! Vi hjälper företag som ditt att sänka kostnaderna med 40 %. Boka en demo med mig den här veckan."


def test_a_swedish_pitch_stopped_for_its_percentage_is_advised_on_the_percentage_alone():
    verdict = check_draft(SWEDISH_PITCH, "new", stage_source="page")
    assert verdict.verdict == "block"
    assert {(r.rule, r.message) for r in verdict.reasons if r.rule != "language-unread"} == {("price", UNREAD_PERCENT)}
    assert {r.rule for r in verdict.reasons} == {"language-unread", "price"}  # said a percentage: newcomer 11, C2
    assert verdict.suggestions == [ADVICE["percentage"].to("new")]


def test_unread_advice_is_per_checked_rule_once_per_fix_and_keeps_the_opener():
    said = suggestions_for("block", ["language-unread", "calendar-link", "link", "price"], "new", False,
                           ["Hi Ana, how is Lund?"], unread=True)
    assert said == [ADVICE["calendar-link"].to("new"), ADVICE["price"].to("new"), "Or open with this instead: “Hi Ana, how is Lund?”"]
    assert ADVICE["wording"] not in said and DROP_ASK not in said and LEAD_WITH_THEM not in said


def test_a_draft_that_was_read_keeps_its_wording_and_ask_advice():
    said = suggestions_for("block", [], "new", False, [])
    assert said == [LEAD_WITH_THEM, ADVICE["wording"], DROP_ASK]
