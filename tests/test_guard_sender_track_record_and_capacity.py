"""Guard round 12: the sender's record with others like the recipient, their free capacity, the sales material they
offer, a question asked for the sender's own sake and a reply that accepts an objection and goes on, as named model inputs
in the five languages, each with a genuine twin that must not fire."""

import pytest

from companion.guard.pitch_guard import analyse

FIRES = [
    ("track-record", "Hola Marina, ¿cómo estáis organizando la incorporación del nuevo equipo? Estamos trabajando con un par "
                     "de empresas en la misma situación."),
    ("track-record", "Hi Linda, we've placed 40 engineers in fintech teams this year, happy to share profiles."),
    ("track-record", "With markets where they are, a lot of my clients are revisiting their allocation."),
    ("track-record", "Wie zufrieden sind Sie heute mit dem Reporting? Wir haben da für zwei andere Maschinenbauer etwas gebaut."),
    ("track-record", "Olá Pedro, temos trabalhado com empresas na mesma situação e conseguimos reduzir o prazo."),
    ("track-record", "Bonjour Claire, plusieurs de nos clients ont eu le même souci l'an dernier."),
    ("free-capacity", "Photographe de mariage à Bordeaux, j'ai encore quelques dates libres pour l'été."),
    ("free-capacity", "Ich bin Hochzeitsfotografin aus Leipzig und habe für Sommer noch ein paar Termine frei."),
    ("free-capacity", "Sin presión, es que me quedan un par de huecos en mi equipo."),
    ("free-capacity", "Se gostar do estilo, tenho vaga pra um projeto de automação em agosto."),
    ("free-capacity", "We have two spots left for the spring cohort."),
    ("collateral", "Bom dia, Sr. Wagner! Sou fotógrafo de eventos. Segue minha tabela 2025 em anexo."),
    ("collateral", "I'd be glad to join your firm's panel of experts. CV and fee schedule attached."),
    ("collateral", "Falls ihr mal zusätzliche Hände braucht, melde dich, ich schick dir auch gern die Case Study."),
    ("collateral", "Le adjunto nuestro catálogo con los modelos de este año."),
    ("collateral", "Je vous laisse notre plaquette si le sujet revient."),
    ("track-record", "Quick one: do you know if your 401(k) fees are above 1%? Most people don't know. Send me your statement."),
    ("track-record", "Kurze Frage: Weißt du, was deine Riester-Rente kostet? Die meisten wissen es nicht."),
    ("asks-for-own-sake", "Hi Kevin, are you still hiring for the backend role? Asking because I might have someone."),
    ("asks-for-own-sake", "Hola Sergio, ¿seguís buscando backend? Lo pregunto porque tengo a alguien que os encajaría."),
    ("asks-for-own-sake", "Bonjour Nicolas, vous recrutez toujours ? Je vous demande car j'ai une candidate qui pourrait coller."),
    ("asks-for-own-sake", "Wie habt ihr das gestemmt? Frage nicht ganz uneigennützig: wir machen genau solche Migrationen."),
    ("asks-for-own-sake", "Vocês ainda estão contratando? Pergunto porque tenho um candidato que encaixaria muito bem."),
    ("objection-then-offer", "Thanks for your honest reply. Totally understand you're happy with Marketo. Mind if I check back in 6 months?"),
    ("objection-then-offer", "¡Gracias por responder! Entiendo que ahora no es el momento. ¿Te mando el formulario?"),
    ("objection-then-offer", "Merci pour votre retour. Je comprends que le budget 2025 soit bouclé. Et si on lançait simplement un pilote de 30 jours ?"),
    ("objection-then-offer", "Danke für die Rückmeldung! Verstehe total, dass ihr gerade kein Budget habt. Wir könnten mit einem kleinen Pilot starten."),
    ("objection-then-offer", "Obrigado por responder! Entendo que vocês já usam HubSpot. Te mando um vídeo de 3 min que explica melhor?"),
]

# The genuine twins: the same words with no offer of the sender's, or someone else's material.
SILENT = [
    ("track-record", "We've worked with a few schools on this, happy to share what we learnt."),
    ("track-record", "Would you mind sharing your coach's name? I'm in the same spot and my company will pay for it."),
    ("track-record", "Estoy en la misma situación que tú con el piso, ¿cómo lo resolviste?"),
    ("track-record", "Ich bin bald in derselben Situation und wollte fragen, wie du das verhandelt hast."),
    ("free-capacity", "Do you know if the clinic has any slots left this week? My mum needs a check-up."),
    ("free-capacity", "Tenho uma dúvida sobre a vaga que vocês abriram: é remota?"),
    ("collateral", "The case study on the port strike was fascinating, thanks for the lecture."),
    ("collateral", "Could you look at my portfolio and tell me if the case studies are too long?"),
    ("collateral", "Hier die Broschüre des Mietervereins, von der wir gesprochen haben."),
    ("track-record", "Nobody knows this space better than you, would you read my draft?"),
    ("asks-for-own-sake", "Vocês usam algum pacote? Pergunto porque estamos pensando em refazer tudo na minha equipe."),
    ("asks-for-own-sake", "Wie hast du das gelöst? Ich frage, weil ich das in meinem eigenen Workflow auch gern hätte."),
    ("asks-for-own-sake", "Are you going to the reunion? Asking because I'm trying to book a table."),
    # accepting a no and closing graciously is a genuine reply, in every language
    ("objection-then-offer", "Thanks for getting back to me! Totally understand the timing isn't right. Good luck with the Q3 rollout."),
    ("objection-then-offer", "¡Gracias por responder! Entiendo perfectamente que ahora no es el momento. Mucha suerte con el lanzamiento."),
    ("objection-then-offer", "Merci pour votre retour ! Je comprends tout à fait que le timing ne soit pas le bon. Bravo pour la démo au salon."),
    ("objection-then-offer", "Danke für die Rückmeldung. Verstehe total, dass es gerade nicht passt. Viel Erfolg beim Launch!"),
    ("objection-then-offer", "Valeu pelo retorno. Entendo total que o orçamento esteja congelado esse ano, sem problema nenhum. Boa sorte!"),
    ("objection-then-offer", "Totally understand about the budget freeze, no worries at all. Let's catch up when things calm down."),
]


@pytest.mark.parametrize(("signal", "text"), FIRES)
def test_sender_shape_is_an_input(signal, text):
    assert analyse(text).signals.get(signal) == 1.0


@pytest.mark.parametrize(("signal", "text"), SILENT)
def test_genuine_twin_does_not_fire(signal, text):
    assert signal not in analyse(text).signals
