"""Issue 16, round 9: what the sender offers (a rate, lessons, an offer left to the recipient's need, an offer to do
something for them) and asks that nothing sold is behind (a talk the sender cannot pay for, a candidate asking
where to apply)."""

import pytest

from companion.guard.pitch_guard import analyse, check_draft

CANNOT_PAY_INVITATIONS = [
    "Hi Priya, I run a volunteer meetup for data engineers in Leeds. We can't pay speakers, but we would love you to "
    "give a 20-minute talk on your streaming work in March. Would you be up for it?",
    "Hola Marta, organizo un encuentro de diseñadoras en Valencia, todo voluntario. No podemos pagar a los ponentes, "
    "pero nos encantaría que dieras una charla de 20 minutos en marzo. ¿Te animas?",
    "Bonjour Claire, j'organise une rencontre de développeuses à Lille, portée par des bénévoles. On ne peut pas "
    "rémunérer les intervenantes, mais on serait ravies que vous fassiez un talk de 20 minutes en mars. Ça vous dirait ?",
    "Hallo Jana, ich organisiere ein ehrenamtliches Treffen für Entwicklerinnen in Leipzig. Wir können leider kein "
    "Honorar zahlen, würden uns aber sehr über einen 20-minütigen Vortrag im März freuen. Hättest du Lust?",
    "Oi Bia, organizo um encontro de desenvolvedoras em Recife, tudo voluntário. Não conseguimos pagar palestrantes, "
    "mas adoraríamos uma palestra sua de 20 minutos em março. Topa?",
]


@pytest.mark.parametrize("text", CANNOT_PAY_INVITATIONS)
def test_a_talk_the_sender_cannot_pay_for_is_an_unpaid_ask(text):
    analysis = analyse(text)
    assert analysis.unpaid_ask and not analysis.sells
    assert check_draft(text, "stranger").verdict != "block"


def test_an_invitation_that_reads_like_a_pitch_is_warned_not_blocked_when_the_sender_cannot_pay():
    # Visibility, an audience, a keynote: the words of a pay-to-speak pitch, scored as one; but the sender says they
    # cannot pay the recipient and nothing says they sell, so the draft asks for a talk: at most warned.
    text = ("Hello Rui, we'd love to invite you to give the opening keynote at DataWomen Lagos! We're a community event "
            "and can't offer a speaker fee, but we cover your hotel, and 600 attendees, founders and hiring managers would "
            "get to know your work. Great visibility for you! Would you consider it?")
    verdict = check_draft(text, "stranger")
    assert verdict.score >= 0.5  # the score alone would block it
    assert verdict.verdict == "warn"


def test_a_fee_the_recipient_would_not_pay_is_no_unpaid_ask():
    # "No fee unless you hire" is the recipient's money, not the sender's: a recruiter's pitch still blocks.
    text = ("Hi Dana, we place senior Java engineers within two weeks and work on contingency, so no fee unless you hire. "
            "Want me to send over 2 candidates this week?")
    analysis = analyse(text)
    assert not analysis.unpaid_ask
    assert check_draft(text, "stranger").verdict == "block"


@pytest.mark.parametrize("text", [
    "Hi Nathan, who handles recruitment for warehouse supervisors at your Leeds site? I've got 8 years in logistics and "
    "I'd like to apply directly.",
    "Hola Gema, ¿sabes quién se encarga de contratar para atención al cliente en tu empresa? He aplicado por la web.",
    "Bonjour Nathan, qui gère le recrutement des chefs d'équipe sur votre site de Lille ? J'aimerais candidater directement.",
    "Hallo Nora, wer kümmert sich bei euch um die Einstellung im Kundenservice? Ich habe mich online beworben.",
    "Oi Gisele, sabe quem cuida da contratação do atendimento aí? Me candidatei pelo site.",
])
def test_a_candidate_asking_who_hires_is_no_prospecting_question(text):
    assert "prospecting-question" not in {h.rule.id for h in analyse(text).hits}


def test_a_vendor_asking_who_handles_it_is_still_a_prospecting_question():
    text = "Hi Nathan, who handles procurement of warehouse software at your Leeds site? I'd love to apply our method there."
    assert "prospecting-question" in {h.rule.id for h in analyse(text).hits}


@pytest.mark.parametrize("text", [
    "Je donne des cours particuliers de maths, 25 €/h, à Bordeaux ou en visio.",
    "I tutor R and SPSS over Zoom: £30/hr, first half hour free.",
    "Gestionamos tus redes desde 390 € al mes.",
    "Buchhaltung ab 49 €/Monat, Belege einfach per App hochladen.",
    "Aula particular de química, R$ 60/h, online ou presencial.",
])
def test_a_rate_is_an_offer_that_sells(text):
    analysis = analyse(text)
    assert analysis.signals.get("rate") == 1.0
    assert analysis.sells


@pytest.mark.parametrize("text", [
    "The repair costs 600 € and I'm 200 € short.",
    "Tickets are 20 € and the hall holds 300 people.",
    "La entrada cuesta 20 € por cabeza, ¿vienes?",
])
def test_an_amount_alone_is_no_rate(text):
    analysis = analyse(text)
    assert "rate" not in analysis.signals and not analysis.sells


@pytest.mark.parametrize("text", [
    "I give private lessons in maths for high-school students.",
    "Doy clases particulares de estadística para TFG y TFM.",
    "Je donne des cours particuliers de maths pour lycéens.",
    "Ich gebe Nachhilfe in Mathe und Physik.",
    "Tô dando aula particular de química pra vestibular.",
])
def test_lessons_the_sender_gives_are_their_own_offer(text):
    assert "own-offer" in {h.rule.id for h in analyse(text).hits}


@pytest.mark.parametrize("text", [
    "Hi Tom, I work with a few founders on their hiring. Happy to chat if that's ever useful.",
    "Hola Lucas, trabajo con fundadores. Si alguna vez lo necesitas, encantado de ayudar.",
    "Bonjour Irène, j'accompagne des équipes à distance. Si jamais vous avez besoin, je suis là.",
    "Hallo Irene, ich helfe kleinen Teams bei ihren Offsites. Falls das mal Thema wird, erzähle ich gern mehr.",
    "Olá Irene, ajudo equipes remotas a organizar encontros. Se um dia precisar, é só falar.",
])
def test_an_offer_left_to_their_need_after_the_senders_trade_is_an_offer_and_an_ask(text):
    signals = analyse(text).signals
    assert signals.get("offer-if-wanted") == 1.0
    assert signals.get("offers-and-asks") == 1.0


@pytest.mark.parametrize("text", [
    "Hi Kevin, are you still hiring for the backend role? Asking because I might have someone who'd be a good fit.",
    "Hola Marta, si os lo estáis pensando, te puedo decir más o menos cuánto os prestarían.",
    "Salut Seb, je peux te faire installer une fibre dédiée si tu veux.",
    "Hallo Frau Kaiser, ich kann Ihnen Ihr Budget kostenlos in 15 Minuten durchrechnen.",
    "Oi Ana, posso te mostrar como reduzir a conta de luz das lojas.",
])
def test_an_offer_to_do_something_for_them_is_read(text):
    assert analyse(text).signals.get("sender-offers") == 1.0


@pytest.mark.parametrize("text", [
    "So sorry about your dad, Jorge. If you ever need anything at all, I'm here.",
    "Lo siento mucho por lo de tu padre. Si alguna vez necesitas algo, aquí estoy.",
    "Je suis vraiment désolée pour ton père. Si jamais tu as besoin, je suis là.",
    "Es tut mir so leid wegen deines Vaters. Wenn du mal etwas brauchst, ich bin da.",
    "Sinto muito pelo seu pai. Se precisar de qualquer coisa, estou aqui.",
])
def test_a_friends_offer_of_help_is_never_flagged(text):
    assert not analyse(text).signals.get("offers-and-asks")
    assert {check_draft(text, stage).verdict for stage in ("stranger", "new", "friend")} == {"ok"}


@pytest.mark.parametrize("text", [
    "Hi Sam, could you give me a demo of your tool? We are evaluating options for our team.",
    "Hola, ¿nos podrías hacer una demo de vuestra app? La estamos valorando.",
    "Bonjour, pourriez-vous nous faire une démo de votre logiciel ? Nous comparons plusieurs outils.",
])
def test_asking_them_for_a_demo_of_their_product_is_no_sales_call_of_yours(text):
    assert "sales-call" not in {h.rule.id for h in analyse(text).hits}


def test_offering_your_own_quick_demo_is_still_a_sales_call():
    text = "Hi Sam, can I book a quick demo with you to show how our tool cuts churn?"
    assert "sales-call" in {h.rule.id for h in analyse(text).hits}


@pytest.mark.parametrize("text,month", [
    ("nos vemos en noviembre", "noviembre"), ("rendez-vous en octobre", "octobre"), ("bis Januar", "januar"),
    ("ate novembro", "novembro"), ("see you in October", "october"),
])
def test_month_names_are_read_as_dates_like_numbers(text, month):
    from companion.guard.model import MONTH, fold, words
    toks = words(fold(text))
    assert MONTH in toks and month not in toks



@pytest.mark.parametrize("text", ["northgate-residences.co.uk/early-access", "westbridge-exec.ac.uk/open-evening",
                                  "rosiesbakery.co.uk"])
def test_an_address_under_a_countrys_second_level_is_a_link(text):
    # "co" in "northgate-residences.co.uk" is no name: the one before it is (a bare link is the whole of many pitches).
    assert "link" in {h.rule.id for h in analyse(text).hits}


@pytest.mark.parametrize("text", ["ab.co.uk/x", "see notes.md/x"])
def test_a_short_name_or_a_file_is_still_no_link(text):
    assert "link" not in {h.rule.id for h in analyse(text).hits}
