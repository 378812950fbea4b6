"""Rules narrowed by WHOSE money, deal or question it is (guard round 14b): a price, a discount, a qualifying question
that belongs to the recipient (their round, their launch), to an offer made to the sender (a job, a publisher's advance)
or to the sender's own trouble (a peer comparing notes) is not the sender's sale. Each genuine message below is no longer
read by that rule; its pitch twin, with the sender's own price, offer or product, still is, and is still stopped."""

from __future__ import annotations

import pytest

from companion.guard.pitch_guard import analyse, check_draft

# (rule, genuine message the rule no longer reads, pitch twin it still reads)
PAIRS = [
    # the recipient's round or launch
    ("price", "Congrats on your $12M Series A, Dana! Well deserved after the year you had.",
     "Our audit package is $1,200 and covers your whole site. Want me to send the details?"),
    ("price", "Vi a notícia da sua rodada de R$ 15 milhões, parabéns! Muito merecido.",
     "Nosso plano de gestão de estoque custa R$ 97 por mês. Quer testar?"),
    ("discount-urgency", "Vi el lanzamiento de tu colección con precio especial de preventa, ¡qué buena idea!",
     "Lanzamos nuestra colección con precio especial de preventa, ¡escríbeme y te reservo una!"),
    ("discount-urgency", "Bravo pour le lancement de ta collection à prix spécial, elle est partie en deux jours !",
     "Découvrez notre nouvelle collection à prix spécial, je vous envoie le catalogue ?"),
    ("discount-urgency", "Glückwunsch zum Start deiner Kollektion zum Sonderpreis, war ja sofort ausverkauft!",
     "Unsere neue Kollektion gibt es diese Woche zum Sonderpreis. Soll ich Ihnen den Katalog schicken?"),
    # a deal both sides confirmed: the recipient's members get the discount
    ("discount-urgency", "Great, all signed on our side too! Your members get the 10% discount from Monday.",
     "Sign up this week and your members get the 10% discount on our platform. Shall I send the contract?"),
    # an offer made to the sender, whose price they ask about
    ("price", "An agency offered to redo my website for $4,000. Does that sound fair to you?",
     "I can redo your website for $4,000, launch included. Does that sound fair?"),
    ("price", "Me ofrecieron un puesto de analista por 2.500 € al mes. ¿Te parece razonable?",
     "Te ofrezco mi servicio de contabilidad por 250 € al mes. ¿Te interesa?"),
    ("price", "Une maison d'édition me propose une avance de 3 000 € et 8 % de droits. C'est correct ?",
     "Je vous propose la refonte de votre site pour 3 000 €. On en parle cette semaine ?"),
    ("price", "Ein Verlag bietet mir 2.000 € Vorschuss an. Ist das fair für ein erstes Buch?",
     "Ich erstelle Ihnen die neue Website für 2.000 €. Wann passt ein kurzes Gespräch?"),
    ("discount-urgency", "Um pai de aluno me ofereceu pagar o semestre adiantado com desconto. Você aceitaria?",
     "Podemos oferecer o semestre adiantado com desconto para sua escola. Posso mandar a proposta?"),
    # a thank-you to a study's participants from a sender who sells nothing
    ("price", "I'm a PhD student studying how nurses plan shifts. It's a 30-minute interview with a $40 gift card as a "
              "thank-you. Research only, nothing to sell.",
     "We're testing our new scheduling app with nurses: 30 minutes, with a $40 gift card as a thank-you. Interested?"),
    ("price", "Für meine Doktorarbeit suche ich Pflegekräfte für ein Interview, 30 Minuten, als Dankeschön ein 25 € "
              "Gutschein. Nur Forschung, kein Vertrieb.",
     "Wir testen unsere neue Dienstplan-App mit Pflegekräften: 30 Minuten, als Dankeschön ein 25 € Gutschein. Dabei?"),
    # a peer's question with the sender's own trouble
    ("prospecting-question", "How are you handling webhook retries? We keep hitting duplicate events in Postgres.",
     "How are you handling webhook retries today? We help teams like yours cut failed events by 40%. Worth a call?"),
    ("prospecting-question", "¿Qué herramienta usan para las nóminas? Estamos hartos de hacerlo todo a mano.",
     "¿Qué herramienta usan para las nóminas? Nuestra plataforma lo automatiza todo, ¿agendamos una demo?"),
    ("prospecting-question", "Quels outils utilisez-vous pour la paie ? On a essayé deux logiciels et notre problème reste "
                             "les primes.",
     "Quels outils utilisez-vous pour la paie ? Notre solution automatise tout, je vous montre en 15 minutes ?"),
    ("prospecting-question", "Welche Software nutzt ihr für die Buchhaltung? Wir haben schon zwei Tools probiert und "
                             "keins passt.",
     "Welche Software nutzt ihr für die Buchhaltung? Unsere Plattform spart Ihnen 10 Stunden pro Woche. Demo?"),
    ("prospecting-question", "Que ferramenta vocês usam para a escala de voluntários? Nossa planilha não aguenta mais.",
     "Que ferramenta vocês usam para a escala de voluntários? Nossa plataforma resolve isso, posso te mostrar?"),
]


def _rules(text: str) -> set[str]:
    return {hit.rule.id for hit in analyse(text).hits}


@pytest.mark.parametrize(("rule", "genuine", "pitch"), PAIRS, ids=[f"{r}:{g[:30]}" for r, g, _ in PAIRS])
def test_the_rule_reads_the_senders_own_not_the_recipients_or_an_offer_made_to_the_sender(rule: str, genuine: str,
                                                                                          pitch: str) -> None:
    assert rule not in _rules(genuine)
    assert rule in _rules(pitch)
    assert check_draft(pitch, "stranger").verdict != "ok"


def test_a_research_thank_you_is_still_a_price_when_the_sender_sells_something() -> None:
    # "Nothing to sell" is what makes the gift card a participant's thank-you; a review-for-a-gift-card ask keeps it.
    assert "price" in _rules("Would you leave us a review on G2? We'll send a $25 gift card as a thank-you.")


def test_their_members_discount_is_still_the_senders_offer_when_nothing_was_agreed() -> None:
    assert "discount-urgency" in _rules("I'd give your readers an exclusive 50% discount code. Shall we set it up?")
