"""Guard mend 19 (newcomer 11): a hiring or buying word that is the subject of a question about the recipient's own
experience is no ask to be hired or to buy (W1), and a draft Rapport cannot read is stopped for what was found in it,
named as such: a percentage, a sum of money, a price (C2)."""

from __future__ import annotations

import pytest

from companion.guard.pitch_guard import UNREAD_PERCENT, UNREAD_SUM, check_draft
from companion.guard.suggestions import ADVICE

# W1: the same 15-minute favour, asking how an act of theirs went, in the five languages read.
FAVOURS = [
    "Hola, ¿tendrías 15 minutos la semana que viene para contarme cómo fue contratar en Madrid? Sin problema si no puedes.",
    "Olá, terias 15 minutos na próxima semana para me contar como foi contratar em Lisboa? Sem problema se não puderes.",
    "Bonjour, aurais-tu 15 minutes la semaine prochaine pour me raconter comment c'était d'acheter une entreprise à Lyon ?",
    "Hallo, hättest du nächste Woche 15 Minuten, um mir zu erzählen, wie es war, in Berlin eine Firma zu kaufen?",
    "Hi, would you have 15 minutes next week to tell me what it was like to invest in a Madrid startup?",
]


@pytest.mark.parametrize("draft", FAVOURS)
def test_an_act_asked_about_is_no_big_ask(draft):
    verdict = check_draft(draft, "new")
    assert verdict.verdict == "warn" and verdict.ask == "medium"
    [why] = [r for r in verdict.reasons if r.rule == "ask-too-big"]
    assert draft[why.start:why.end].startswith("15 ")


@pytest.mark.parametrize("draft", [
    "¿Cómo fue contratar en Madrid el año pasado?",
    "Como foi contratar em Lisboa?",
    "Wie war es, in Berlin eine Firma zu kaufen?",
])
def test_the_question_alone_asks_for_nothing(draft):
    assert check_draft(draft, "new").ask == "none"


@pytest.mark.parametrize("draft", [
    "Hola, ¿te gustaría contratarnos para tu próximo proyecto?",
    "Hola, ¿quieres contratar nuestro servicio este mes?",
    "Hi, would you like to invest in our seed round?",
    "Olá, gostaria de contratar a gente para o próximo projeto?",
    "Bonjour, voulez-vous acheter notre logiciel ?",
])
def test_an_act_asked_of_them_stays_a_large_ask(draft):
    assert check_draft(draft, "new").ask == "large"


# C2: what a draft not read was stopped for is named by what it is.
DUTCH_SAVING = "Hoi! Wij helpen bedrijven zoals het jouwe om de kosten met 40% te verlagen. Plan deze week een demo met mij in."
ITALIAN_SAVING = "Ciao! Aiutiamo aziende come la tua a ridurre i costi del 40%. Prenota una demo con me questa settimana."


@pytest.mark.parametrize("draft", [DUTCH_SAVING, ITALIAN_SAVING])
def test_an_unread_saving_is_a_percentage_not_a_price(draft):
    verdict = check_draft(draft, "new")
    assert verdict.verdict == "block"
    [found] = [r for r in verdict.reasons if r.rule == "price"]  # the rule that switches it off (mend 20)
    assert draft[found.start:found.end] == "40%"
    assert found.message == UNREAD_PERCENT and "price" not in found.message.lower()
    assert ADVICE["percentage"].to("new") in verdict.suggestions
    assert not any("price" in s.lower() for s in verdict.suggestions)


@pytest.mark.parametrize("draft, amount", [
    ("Hoi! Onze cursus kost maar €49. Plan deze week een demo met mij in.", "€49"),
    ("Ciao Marco, abbiamo una nuova offerta speciale per te: solo 49 € oggi, vieni a vedere!", "49 €"),
])
def test_an_unread_amount_is_a_sum_of_money(draft, amount):
    verdict = check_draft(draft, "new")
    [found] = [r for r in verdict.reasons if r.rule == "price" and r.message == UNREAD_SUM]
    assert draft[found.start:found.end].strip() == amount
    assert verdict.suggestions == [ADVICE["sum"].to("new")]


def test_an_unread_rate_is_still_a_price_and_a_read_saving_keeps_its_rules():
    rate = check_draft("Hoi! Bijles voor maar 35 €/h. Plan deze week een demo met mij in.", "new")
    assert "price" in {r.rule for r in rate.reasons} and ADVICE["price"].to("new") in rate.suggestions
    assert not {UNREAD_PERCENT, UNREAD_SUM} & {r.message for r in rate.reasons}
    read = check_draft("Hi, our tool cuts your cloud costs by 25%. Do you have 20 minutes next week for a short call?", "new")
    assert not {UNREAD_PERCENT, UNREAD_SUM} & {r.message for r in read.reasons}
