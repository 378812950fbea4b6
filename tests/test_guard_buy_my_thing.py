"""A short, direct ask to buy, order, subscribe to or download the sender's own thing is a pitch, decided by its
structure (an imperative or a request, a purchase verb, the sender's own product), in five languages: blocked at a
stranger or a new connection, warned above (newcomer finding F2). Buying theirs, or a friend's errand, is not."""

from __future__ import annotations

import pytest

from companion.guard.pitch_guard import GuardSettings, analyse, check_draft

ASKS_TO_BUY_OWN = [
    "Hi Kyle, please buy my book.",
    "Check out my course and buy it today",
    "Please subscribe to my newsletter!",
    "You should sign up for my new course!",
    "Download our app, it's free this week.",
    "Hola Kyle, compra mi libro.",
    "Por favor, suscríbete a mi newsletter.",
    "Salut Kyle, achète mon livre !",
    "Abonnez-vous à ma newsletter !",
    "Hallo Kyle, kauf mein Buch!",
    "Hallo, abonniere meinen Newsletter!",
    "Oi Kyle, compre meu curso!",
    "Por favor, assine a minha newsletter.",
]
NOT_ASKS_TO_BUY_OWN = [
    "I bought your book and loved it.",
    "Where can I buy your book?",
    "Buy me a coffee sometime, you owe me one!",
    "I'd buy it!",
    "Can you pick up my order from the shop on your way?",
    "We're trying to buy our first flat and I'm lost.",
    "¿Dónde puedo comprar tu libro?",
    "J'ai acheté ton livre, bravo !",
    "Ich habe dein Buch gekauft, großartig!",
    "Comprei o teu livro, adorei!",
]


@pytest.mark.parametrize("text", ASKS_TO_BUY_OWN)
def test_an_ask_to_buy_the_senders_own_thing_is_blocked_early_and_warned_later(text):
    for stage in ("stranger", "new"):
        verdict = check_draft(text, stage)
        assert verdict.verdict == "block", (stage, verdict)
        assert verdict.ask == "large"
        assert any(r.rule in ("own-offer", "attention-ask") for r in verdict.reasons)  # never the whole draft
    for stage in ("acquaintance", "friend", "close"):
        assert check_draft(text, stage).verdict == "warn", stage


@pytest.mark.parametrize("text", NOT_ASKS_TO_BUY_OWN)
def test_buying_theirs_or_an_errand_is_not_an_ask_to_buy_the_senders_thing(text):
    assert analyse(text).buys_own is None
    for stage in ("new", "acquaintance", "friend"):
        assert check_draft(text, stage).verdict == "ok", (stage, text)


def test_turning_the_own_offer_rule_off_turns_the_shape_off():
    settings = GuardSettings(disabled_rules=["own-offer"])
    assert analyse("Hi Kyle, please buy my book.", disabled=frozenset({"own-offer"})).buys_own is None
    assert check_draft("Hi Kyle, please buy my book.", "stranger", settings=settings).verdict != "block"
