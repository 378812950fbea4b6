"""A peer asking the recipient to judge something of the sender's own (an offer they were made, a price they pay, a tool
that fails them) is a named model input, `seeks-their-judgement`, in the five languages: the genuine side of a question
about a price, a vendor or a contract. Its pitch twins must not fire it: the same question beside the sender's own offer,
and the fake feedback ask ("I'd love your honest opinion on our new tool"), which is a pitch's wording."""

import pytest

from companion.guard.pitch_guard import analyse, check_draft

SIGNAL = "seeks-their-judgement"

FIRES = [
    "Hey Sophie, got a weird one. An agency offered to write my LinkedIn posts for $1,200/mo. Is that kind of thing worth "
    "it or should I just write my own?",
    "Hi Paula, how are you handling detention fees? We've tried two trackers and the fake claims keep getting through. "
    "Any tool that actually works?",
    "Hola Germán, ¿sabes si el cambio del IVA afecta a las ventas a distancia por debajo de 10.000 €? Lo pregunto por mi "
    "tienda, que es pequeñita.",
    "Hola Carla, me ofrecen un contrato de 2 años con un 8 % de comisión. ¿Te parece razonable? Quería una segunda opinión.",
    "Bonjour Agathe, une maison d'édition me propose un contrat avec 8 % de droits d'auteur. C'est habituel pour un premier livre ?",
    "Salut Vincent, on a testé un palier Starter à 9 € : +12 % de revenu par compte. Vous avez observé la même chose ?",
    "Hallo Jonas, ein Verlag bietet mir 8 % Tantiemen für mein erstes Buch an. Ist das üblich, oder soll ich lieber nachverhandeln?",
    "Hi Mia, mein Vermieter will 300 € mehr Nebenkosten. Ich hätte gern eine zweite Meinung, du kennst dich da aus.",
    "Oi Helena, a distribuidora quer que eu garanta a compra de 300 exemplares. Isso é comum ou devo desconfiar?",
    "Oi Laura, recebi uma proposta pra ser sócia, mas teria que investir R$ 30 mil. Você faria isso no meu lugar?",
]

# The same question beside the sender's own offer, and the pitch's "honest opinion" ask: no input.
PITCH_TWINS = [
    "Hi Paula, how are you handling detention fees? Is that normal for your lanes? We help brokers cut them by 30%, happy "
    "to show you in a 15-minute demo this week.",
    "Hola Carla, ¿te parece razonable pagar tanto por las nóminas? Te puedo preparar un presupuesto sin compromiso con "
    "nuestro software, 30 días gratis.",
    "Bonjour Agathe, c'est habituel de payer autant pour la comptabilité ? Nous proposons un forfait à 49 € par mois, je "
    "vous envoie notre offre ?",
    "Hallo Jonas, ist das üblich, dass Ihr Steuerberater so viel kostet? Wir bieten eine Pauschale ab 99 € im Monat an, "
    "soll ich Ihnen ein Angebot schicken?",
    "Oi Helena, queria muito sua opinião sincera: lançamos uma plataforma de gestão de estoque pra livrarias. Posso "
    "liberar um acesso de teste de 14 dias?",
]


@pytest.mark.parametrize("text", FIRES)
def test_peer_asking_their_judgement_is_an_input(text):
    assert analyse(text).signals.get(SIGNAL) == 1.0


@pytest.mark.parametrize("text", PITCH_TWINS)
def test_pitch_twin_does_not_fire_and_is_still_stopped(text):
    assert SIGNAL not in analyse(text).signals
    assert check_draft(text, "stranger").verdict == "block"
