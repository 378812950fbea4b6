"""The sender moving a thread to a close (a signature, a payment link, a start, the contract sent) and a bump that carries
the sender's earlier proposal or offer, as named model inputs in the five languages, each with a genuine twin that must
not fire: a friend's own signature or start, a bare "did you see my message?", someone else's offer."""

import pytest

from companion.guard.pitch_guard import analyse

FIRES = [
    ("moves-to-close", "Following up on our call, Karen, here's the SOW for the patient portal. We can kick off on the 15th "
                       "if you sign this week."),
    ("moves-to-close", "Hi Robin, here's the recap doc. Let me know when you'd like to loop in procurement."),
    ("moves-to-close", "¡Gracias por tu interés, Laura! Aquí tienes el enlace de pago para la inscripción."),
    ("moves-to-close", "Hola Marta, te adjunto el contrato revisado. Si lo firmas antes del viernes, podemos arrancar el lunes."),
    ("moves-to-close", "Bonjour Julie, ci-joint le contrat mis à jour. Dès que vous le signez, on peut démarrer."),
    ("moves-to-close", "Sehr geehrte Frau Ziegler, wir kommen Ihnen mit 12 % entgegen, wenn Sie bis 31.3. unterschreiben."),
    ("moves-to-close", "Liebe Frau Schwarz, jetzt brauche ich nur noch Ihre Unterschrift auf dem Reservierungsvertrag."),
    ("moves-to-close", "Hallo Herr Maurer, anbei der überarbeitete Vertragsentwurf. Dann können wir im April starten."),
    ("moves-to-close", "Obrigado por responder, Leonardo! Consigo abrir pra você hoje ainda se me mandar o CNPJ."),
    ("moves-to-close", "Oi Simone, segue o link de pagamento. Assim que você assinar, podemos começar."),
    ("bumps-own-offer", "Hey Sean, following up one last time. The free valuation offer still stands whenever you're ready."),
    ("bumps-own-offer", "Hi Dana, did you get a chance to look at the proposal I sent over?"),
    ("bumps-own-offer", "Hola Nora, te lo subo por si se te ha perdido. ¿Pudiste echarle un ojo a la propuesta de seguros?"),
    ("bumps-own-offer", "Bonjour Paul, avez-vous pu jeter un coup d'oeil à la proposition que je vous ai envoyée ?"),
    ("bumps-own-offer", "Hallo Frau Arnold, konnten Sie schon einen Blick auf das Angebot werfen?"),
    ("bumps-own-offer", "Oi Beatriz, subindo essa mensagem caso tenha se perdido. Conseguiu dar uma olhada na proposta?"),
]

# The genuine twins: the recipient's or a friend's own signature, a start with no "we can", a bump with no offer of the
# sender's, a price they paid.
SILENT = [
    ("moves-to-close", "I signed the lease yesterday, can't wait for you to see the flat!"),
    ("moves-to-close", "Can we start the hike at 9 instead? The forecast says rain after two."),
    ("moves-to-close", "¿Usted sabe si en su firma reciben practicantes? Me encantaría aprender con ustedes."),
    ("moves-to-close", "J'ai enfin signé mon contrat chez Airbus, on fête ça samedi ?"),
    ("moves-to-close", "Ich habe den Mietvertrag gestern unterschrieben, endlich!"),
    ("moves-to-close", "Quanto você pagou pelo contrato da academia? Estou pensando em assinar também."),
    ("bumps-own-offer", "Did you see my last message? Just checking you're ok after the move."),
    ("bumps-own-offer", "¿Viste mi último mensaje? Quería saber cómo sigue tu madre."),
    ("bumps-own-offer", "Did you get a chance to look at the offer the landlord made us? I think it's too low."),
    ("bumps-own-offer", "Hast du die Nachricht von gestern gesehen? Wir treffen uns um acht."),
    ("bumps-own-offer", "Você viu minha última mensagem? Queria saber do churrasco de sábado."),
]


@pytest.mark.parametrize(("signal", "text"), FIRES)
def test_close_or_offer_bump_is_an_input(signal, text):
    assert analyse(text).signals.get(signal) == 1.0


@pytest.mark.parametrize(("signal", "text"), SILENT)
def test_genuine_twin_does_not_fire(signal, text):
    assert signal not in analyse(text).signals
