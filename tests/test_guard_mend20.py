"""Guard mend 20 (a reader of mend 19): a draft not read is stopped under rule ids `companion guard disable` takes (a
percentage and a sum of money are rule "price", told apart by the message), and a request begun after "how was the
trip" is sized again."""

from __future__ import annotations

import pytest

from companion.guard.pitch_guard import RULES, UNREAD_PERCENT, UNREAD_SUM, GuardSettings, check_draft
from companion.guard.suggestions import ADVICE
from companion.memory.guard_settings import _check_rules

PERCENT_DRAFT = "Hoi! Wij helpen bedrijven zoals het jouwe om de kosten met 40% te verlagen. Plan deze week een demo met mij in."
SUM_DRAFT = "Hoi! Onze cursus kost maar €49. Plan deze week een demo met mij in."
RATE_DRAFT = "Hoi! Bijles voor maar 35 €/h. Plan deze week een demo met mij in."


@pytest.mark.parametrize("draft, message, advice", [
    (PERCENT_DRAFT, UNREAD_PERCENT, "percentage"),
    (SUM_DRAFT, UNREAD_SUM, "sum"),
    (RATE_DRAFT, None, "price"),
])
def test_every_rule_id_shown_can_be_disabled_and_price_switches_all_three_off(draft, message, advice):
    verdict = check_draft(draft, "new")
    assert verdict.verdict == "block"
    shown = [r.rule for r in verdict.reasons]
    _check_rules(shown)  # raises "No rule is called ..." for an id `guard disable` would refuse
    assert set(shown) <= set(RULES)
    [price] = [r for r in verdict.reasons if r.rule == "price"]
    if message:
        assert price.message == message  # the words say what was found; the id stays the rule's
    assert ADVICE[advice].to("new") in verdict.suggestions
    off = check_draft(draft, "new", settings=GuardSettings(disabled_rules={"price"}))
    assert "price" not in {r.rule for r in off.reasons}
    assert not {UNREAD_PERCENT, UNREAD_SUM} & {r.message for r in off.reasons}


def test_the_messages_open_with_the_words_the_extension_keys_on():
    # extension/src/guard/guard_view.js CHECKED_MESSAGES chooses "the percentage" / "the sum of money" by these openings
    assert UNREAD_PERCENT.startswith("A percentage ") and UNREAD_SUM.startswith("A sum of money ")


# A request begun in the gap after the question's opener is a request, not "how was it for them" (reader, 2).
@pytest.mark.parametrize("draft", [
    "How is life would you invest in my startup?",
    "how is everything can you invest in my company",
    "how was the trip would you hire us",
    "como fue el viaje podrías invertir en mi empresa",
    "como foi a viagem poderia investir na minha empresa?",
    "¿Cómo fue el viaje? ¿Podrías invertir en mi empresa?",
])
def test_a_request_after_how_was_it_is_sized_again(draft):
    verdict = check_draft(draft, "new")
    assert verdict.ask == "large" and verdict.verdict != "ok", verdict


@pytest.mark.parametrize("draft", [
    "Would you tell me how it was to invest in my startup?",
    "¿Podrías contarme cómo fue invertir en mi empresa?",
    "Pode me contar como foi investir na minha empresa?",
])
def test_the_sender_singular_keeps_an_ask(draft):
    assert check_draft(draft, "new").ask == "large"


@pytest.mark.parametrize("draft", [
    "How was it to hire in Madrid?",
    "¿Cómo fue contratar en Madrid?",
    "Como foi contratar em Lisboa?",
    "Wie war es, in Berlin eine Firma zu kaufen?",
    "What was it like to invest in Berlin?",
])
def test_how_was_it_for_them_stays_unsized(draft):
    assert check_draft(draft, "new").ask == "none"


# Read of the change: an English modal stops the gap only before a person: "May" is a month.
@pytest.mark.parametrize("draft", [
    "Can you tell me what it was like in May to invest in Berlin?",
    "Could you share what it was like in May to hire in Lisbon?",
])
def test_a_month_in_the_gap_is_no_new_request(draft):
    assert check_draft(draft, "new").ask != "large"


def test_a_new_request_in_the_gap_is_still_sized():
    assert check_draft("How is life would you invest in my startup?", "new").ask == "large"
