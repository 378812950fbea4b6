"""Check-in openers in the conversation's language (issue 18 item 3, newcomer F6): every opener that builds on your
history (a contact to follow up, the time since, a promise, our own check-in line, the guard's offered opener) is
written in the language the starters for that person use, and stays English for an English page."""

from __future__ import annotations

from datetime import timedelta

import pytest
from memory_helpers import NOW

from companion.guard.pitch_guard import check_draft
from companion.memory.followups import (
    CHECK_IN_WORDS,
    history_opener,
    opener_for,
    own_check_in_line,
    set_circle,
)
from companion.memory.interactions import log_interaction
from companion.memory.me import set_me
from companion.memory.people import upsert_profile
from companion.memory.recipient import judge, known_recipient
from companion.memory.tie_strength import tie_of
from companion.models import STAGES, Post, Profile

# You write all five languages (you list them).
ME = Profile(site="linkedin", url="https://www.linkedin.com/in/sam-reyes", name="Sam Reyes", headline="Product designer",
             location="London, United Kingdom", languages=["English", "Spanish", "French", "German", "Portuguese"])

# Their page (headline and about), in their language, where they live.
PAGES = {
    "es": ("Madrid, España", "Ingeniera de datos en Cabify",
           "Me dedico a construir plataformas de datos para que los equipos de producto tomen mejores decisiones cada día."),
    "fr": ("Lyon, France", "Ingénieure données chez Doctolib",
           "Je construis des plateformes de données pour aider les équipes produit à prendre de meilleures décisions."),
    "de": ("Berlin, Deutschland", "Dateningenieurin bei Zalando",
           "Ich baue Datenplattformen, damit die Produktteams jeden Tag bessere Entscheidungen treffen und schneller lernen."),
    "pt": ("São Paulo, Brasil", "Engenheira de dados no Nubank",
           "Eu construo plataformas de dados para que as equipes de produto tomem decisões melhores todos os dias."),
    "pt-PT": ("Lisboa, Portugal", "Engenheira de dados na Feedzai",
              "Construo plataformas de dados para que as equipas de produto tomem melhores decisões todos os dias."),
    "en": ("Madrid, España", "Data engineer at Cabify",
           "I build data platforms so that product teams can make better decisions every single day of the week."),
}

# What each language's line is known by (its greeting and a word of its own register).
GREETING = {"es": "Hola Inês, ", "fr": "Bonjour Inês, ", "de": "Hallo Inês, ", "pt": "Olá Inês, ", "pt-PT": "Olá Inês, ",
            "en": "Hi Inês, "}


def _day(days_ago: int) -> str:
    return (NOW - timedelta(days=days_ago)).date().isoformat()


def _person(store, lang: str, company: str | None = "Acme Robotics", **extra) -> dict:
    location, headline, about = PAGES[lang]
    experience = [{"company": company, "title": "Engineer"}] if company else []
    profile = Profile(site="linkedin", url=f"https://www.linkedin.com/in/ines-{lang.lower()}", name="Inês Duarte",
                      handle=f"ines-{lang.lower()}", location=location, headline=headline, about=about,
                      experience=experience, **extra)
    return upsert_profile(store, profile, NOW)


@pytest.fixture
def me(store):
    set_me(store, ME)
    return ME


@pytest.mark.parametrize("lang", ["es", "fr", "de", "pt", "pt-PT"])
def test_each_history_opener_is_in_their_language(store, me, lang):
    inês = _person(store, lang)
    for kind, days in (("in-person", 0), ("video-call", 1), ("phone-call", 3), ("reply", 2), ("reply", 8),
                       ("in-person", 9), ("message", 100), ("video-call", 400)):
        # A close friend (a circle you chose): your own message 100 days ago is overdue for a check-in.
        doc = {**store.get_person(inês["id"]), "circle": "close", "interactions": [{"kind": kind, "at": _day(days)}]}
        opener = history_opener(doc, NOW, tie_of(doc, NOW), me)
        if kind in ("in-person", "video-call", "phone-call") and days <= 13:
            assert opener is None, opener  # no topic said in their language: no bare "great to talk" (mend 10)
            continue
        assert opener is not None, (kind, days)
        assert opener.text.startswith("Salut Inês, " if lang == "fr" else GREETING[lang]), opener.text  # 'tu' to a friend
        assert "Hi " not in opener.text and "great" not in opener.text and "since" not in opener.text, opener.text
        assert check_draft(opener.text, "acquaintance").verdict == "ok", opener.text


@pytest.mark.parametrize(("lang", "recent", "other_day", "earlier"), [
    ("es", "Hola Inês, ¡gracias por responderme ayer!", "Hola Inês, ¡gracias por responderme el otro día!",
     "Hola Inês, ¡gracias por tu mensaje!"),
    ("fr", "Bonjour Inês, merci pour votre réponse !", "Bonjour Inês, merci pour votre réponse !",
     "Bonjour Inês, merci pour votre message !"),
    ("de", "Hallo Inês, danke, dass Sie sich gestern bei mir gemeldet haben!",
     "Hallo Inês, danke, dass Sie sich neulich bei mir gemeldet haben!", "Hallo Inês, danke für Ihre Nachricht!"),
    ("pt", "Olá Inês, que bom ter recebido sua resposta ontem!", "Olá Inês, que bom ter recebido sua resposta outro dia!",
     "Olá Inês, que bom receber sua mensagem!"),
])
def test_the_other_day_only_within_four_days_in_every_language(store, me, lang, recent, other_day, earlier):
    doc = store.get_person(_person(store, lang)["id"])

    def line(kind: str, days: int) -> str:
        with_contact = {**doc, "interactions": [{"kind": kind, "at": _day(days)}]}
        return history_opener(with_contact, NOW, tie_of(with_contact, NOW), me).text

    assert line("reply", 1) == recent
    assert line("reply", 4) == other_day  # a meeting or call without a topic gives no line (memory mend 10)
    assert line("reply", 6) == earlier  # a week ago is not 'the other day' (nor 'el otro día', 'neulich'...)
    assert CHECK_IN_WORDS[lang]["when"][2] not in line("reply", 5)


@pytest.mark.parametrize(("lang", "expected"), [
    ("es", "Hola Inês, ¿cómo estás? Ya han pasado 3 meses desde nuestra videollamada. ¡Me encantaría saber de ti!"),
    ("fr", "Bonjour Inês, déjà 3 mois depuis notre appel vidéo ! Quoi de neuf de votre côté ?"),
    ("de", "Hallo Inês, kaum zu glauben, dass unser Videocall schon 3 Monate her ist! Was gibt es Neues bei Ihnen?"),
    ("pt", "Olá Inês, nem acredito que já faz 3 meses desde nossa videochamada! Quais são as novidades?"),
    ("pt-PT", "Olá Inês, nem acredito que já passaram 3 meses desde a nossa videochamada! Que novidades há?"),
    ("en", "Hi Inês, it's been 3 months since our video call. How are you doing?"),
])
def test_the_time_since_the_last_contact_is_said_in_their_language(store, me, lang, expected):
    inês = _person(store, lang)
    log_interaction(store, inês["id"], "video-call", at=_day(100), now=NOW)
    doc = store.get_person(inês["id"])
    assert history_opener(doc, NOW, tie_of(doc, NOW), me).text == expected
    # And a year apart agrees with its verb ('ha pasado más de un año', 'passou mais de um ano').
    doc = {**doc, "interactions": [{"kind": "video-call", "at": _day(400)}]}
    text = history_opener(doc, NOW, tie_of(doc, NOW), me).text
    assert "han pasado más de un año" not in text and "passaram mais de um ano" not in text, text


@pytest.mark.parametrize(("lang", "intro", "foreign", "native", "native_line"), [
    ("es", "Hola Inês, no me he olvidado de que te prometí presentarte a alguien. ¿Qué tal te va todo?",
     "Hola Inês, no me he olvidado de lo que te prometí. ¿Qué tal te va todo?",
     "Enviarle la lista de mentores",
     "Hola Inês, no me he olvidado de enviarte la lista de mentores, como te prometí. ¿Qué tal te va todo?"),
    ("fr", "Bonjour Inês, je n'ai pas oublié la mise en relation que je vous ai promise. Comment allez-vous ?",
     "Bonjour Inês, je n'ai pas oublié ce que je vous ai promis. Comment allez-vous ?",
     "Lui envoyer la liste des mentors",
     "Bonjour Inês, je n'ai pas oublié que je vous dois la liste des mentors, comme promis. Comment allez-vous ?"),
    ("de", "Hallo Inês, ich habe nicht vergessen, dass ich Ihnen einen Kontakt versprochen habe. Wie geht es Ihnen?",
     "Hallo Inês, ich habe nicht vergessen, was ich Ihnen versprochen habe. Wie geht es Ihnen?",
     "Ihr die Mentorenliste schicken",
     "Hallo Inês, ich habe nicht vergessen, dass ich Ihnen die Mentorenliste versprochen habe. Wie geht es Ihnen?"),
    ("pt", "Olá Inês, não me esqueci de que prometi apresentar você a alguém. Como vão as coisas?",
     "Olá Inês, não me esqueci do que prometi a você. Como vão as coisas?",
     "Enviar a lista de mentores",
     "Olá Inês, não me esqueci de enviar a lista de mentores para você, como prometi. Como vão as coisas?"),
])
def test_a_promise_is_recalled_in_their_language_in_the_users_own_words(store, me, lang, intro, foreign, native,
                                                                         native_line):
    inês = _person(store, lang)

    def opener_for_promise(text: str) -> str:
        doc = {**store.get_person(inês["id"]), "commitments": [{"id": 1, "text": text, "due": "2026-11-20"}]}
        return history_opener(doc, NOW, None, me).text

    assert opener_for_promise("Intro her to Sean by tomorrow") == intro
    # Written in English: never quoted into the line's language (private words): the plain promised line.
    assert opener_for_promise("send you the mentor list") == foreign
    # Written in their language: said as written, without quotation marks.
    assert opener_for_promise(native) == native_line
    # A promise naming a third party falls back to 'what I promised you', in each language.
    assert opener_for_promise("Send the slides to Sean") == CHECK_IN_WORDS[lang]["promised"].format(first="Inês")
    third = {"es": "Enviarle la lista a Sean", "fr": "Envoyer la liste à Sean", "de": "Die Liste an Sean schicken",
             "pt": "Enviar a lista para o Sean"}[lang]
    assert opener_for_promise(third) == CHECK_IN_WORDS[lang]["promised"].format(first="Inês")
    if lang == "de":  # 'vorstellen' of a thing is presenting it, not an introduction
        assert opener_for_promise("Ihr Sean vorstellen") == intro
        assert opener_for_promise("Die Folien vorstellen") == CHECK_IN_WORDS["de"]["promised"].format(first="Inês")


@pytest.mark.parametrize(("lang", "at_work", "came_to_mind"), [
    ("es", "Hola Inês, ya ha pasado un tiempo desde la última vez que hablamos. ¿Qué tal todo en Acme Robotics? Me encantaría saber en qué estás trabajando.",
     "Hola Inês, ya ha pasado un tiempo desde la última vez que hablamos y hoy me acordé de ti. ¿Cómo estás?"),
    ("fr", "Bonjour Inês, cela fait un moment que nous n'avons pas échangé : comment se passent les choses chez Acme Robotics ? J'aimerais beaucoup "
           "savoir sur quoi vous travaillez.",
     "Bonjour Inês, cela fait un moment que nous n'avons pas échangé, et j'ai pensé à vous. Comment allez-vous ?"),
    ("de", "Hallo Inês, es ist eine Weile her, dass wir voneinander gehört haben – wie läuft es bei Acme Robotics? Ich würde gern hören, woran Sie gerade "
           "arbeiten.",
     "Hallo Inês, es ist eine Weile her, dass wir voneinander gehört haben, und ich musste gerade an Sie denken. Wie geht es Ihnen?"),
    ("pt", "Olá Inês, já faz um tempo que não nos falamos. Como vão as coisas na Acme Robotics? Adoraria saber no que você está trabalhando.",
     "Olá Inês, já faz um tempo que não nos falamos e hoje me lembrei de você. Como você está?"),
    ("pt-PT", "Olá Inês, já passou algum tempo desde a última vez que falámos. Como vão as coisas na Acme Robotics? Gostava muito de saber em que está "
              "a trabalhar.",
     "Olá Inês, já passou algum tempo desde a última vez que falámos e hoje lembrei-me de si. Como está?"),
])
def test_our_own_check_in_line_is_in_their_language(store, me, lang, at_work, came_to_mind):
    # In a circle you chose, with no contact logged: 'it has been a while' (a stranger is never told so).
    with_job = _person(store, lang)["id"]
    set_circle(store, with_job, "wider", NOW)
    with_job = store.get_person(with_job)
    assert own_check_in_line(with_job, tie_of(with_job, NOW), NOW, me).text == at_work
    no_job = _person(store, lang, company=None)["id"]
    set_circle(store, no_job, "wider", NOW)
    no_job = store.get_person(no_job)
    assert own_check_in_line(no_job, tie_of(no_job, NOW), NOW, me).text == came_to_mind


def test_every_check_in_line_in_every_language_passes_the_guard_at_every_stage():
    for lang, words in CHECK_IN_WORDS.items():
        lines = [*words["recent"].values(), *words["earlier"].values(), words["intro"], words["promised"],
                 words["send"].replace("{thing}", "la lista"), words.get("send-quoted", "").replace("{quoted}", "“the deck”"),
                 *(since.replace("{contact}", contact) for since in words["since"] for contact in words["contact"].values()),
                 words["at-work-gap"], words["at-work"], words["came-to-mind-gap"], words["came-to-mind"]]
        for line in filter(None, lines):
            text = line.format(first="Inês", when=words["when"][1], gap=words["a while"], company="Acme Robotics")
            for stage in STAGES:
                assert check_draft(text, stage).verdict == "ok", (lang, stage, text)


def test_a_german_page_gets_a_german_check_in_in_followups_and_from_the_guard(store, me):
    """followups (opener_for) and the opener the guard offers for a known person (known_recipient, judge)."""
    inês = _person(store, "de")
    set_circle(store, inês["id"], "close", NOW)
    log_interaction(store, inês["id"], "phone-call", at=_day(60), now=NOW)
    doc = store.get_person(inês["id"])
    tie = tie_of(doc, NOW)
    assert opener_for(store, doc, tie, NOW, me).text == (
        "Hallo Inês, kaum zu glauben, dass unser Telefonat schon 2 Monate her ist! Was gibt es Neues bei dir?")
    recipient = known_recipient(store, doc, NOW)
    assert recipient.openers[0].startswith("Hallo Inês, kaum zu glauben, dass unser Telefonat")
    verdict = judge("Hi Inês, we help teams like yours ship faster. Got 15 min for a demo next week?", recipient)
    assert verdict.verdict != "ok"
    assert verdict.opener == recipient.openers[0]


def test_an_english_page_stays_english_even_where_spanish_is_spoken(store, me):
    inês = _person(store, "en")  # in Madrid, her page in English
    log_interaction(store, inês["id"], "reply", at=_day(1), now=NOW)
    doc = store.get_person(inês["id"])
    assert history_opener(doc, NOW, tie_of(doc, NOW), me).text == "Hi Inês, thanks for getting back to me yesterday!"
    assert own_check_in_line(doc, tie_of(doc, NOW), NOW, me).text.startswith("Hi Inês, how are things at Acme Robotics?")


def test_one_post_in_another_language_does_not_switch_the_check_in(store, me):
    # Her page has no headline or about; of her posts, one is in German and the rest in English.
    german = Post(text="Heute habe ich unseren neuen Datenkatalog vorgestellt, und das Team hat großartige Arbeit geleistet.")
    english = [Post(text=f"Wrote up what we learned shipping our data catalogue, part {n}, with the whole platform team.")
               for n in range(1, 4)]
    profile = Profile(site="linkedin", url="https://www.linkedin.com/in/ines-posts", name="Inês Duarte",
                      handle="ines-posts", posts=[german, *english])
    doc = upsert_profile(store, profile, NOW)
    log_interaction(store, doc["id"], "reply", at=_day(2), now=NOW)
    doc = store.get_person(doc["id"])
    assert history_opener(doc, NOW, tie_of(doc, NOW), me).text == "Hi Inês, thanks for getting back to me the other day!"


def test_a_language_you_do_not_write_is_never_chosen(store):
    # You list English only and live in London: a German page gets an English check-in (as its starters would be).
    set_me(store, ME.model_copy(update={"languages": ["English"]}))
    inês = _person(store, "de")
    log_interaction(store, inês["id"], "reply", at=_day(0), now=NOW)
    doc = store.get_person(inês["id"])
    from companion.memory.me import load_me

    assert history_opener(doc, NOW, tie_of(doc, NOW), load_me(store)).text == (
        "Hi Inês, thanks for getting back to me today!")
    assert history_opener(doc, NOW, tie_of(doc, NOW)).text == "Hi Inês, thanks for getting back to me today!"  # no me


def test_the_card_and_capture_give_the_check_in_in_their_language(store, me):
    from companion.memory.capture import person_view

    inês = _person(store, "fr")
    log_interaction(store, inês["id"], "reply", at=_day(3), now=NOW)
    view = person_view(store, store.get_person(inês["id"]), None, NOW)
    assert view.starters[0].text == "Bonjour Inês, merci pour votre réponse !"


def test_followups_and_starters_answers_give_the_check_in_in_their_language(store, me):
    from companion.memory.answers import starters_answer
    from companion.memory.followups import overdue

    inês = _person(store, "es")
    set_circle(store, inês["id"], "close", NOW)
    log_interaction(store, inês["id"], "in-person", at=_day(45), now=NOW)
    due = overdue(store, NOW)
    assert [f.opener.text for f in due] == [
        "Hola Inês, ¿cómo estás? Ya han pasado 6 semanas desde la última vez que nos vimos. ¡Me encantaría saber "
        "de ti!"]
    answer = starters_answer(store, inês["id"], rarity=lambda _store: None)  # on today's clock, not NOW
    assert "Ya han pasado " in answer.starters[0].text, answer.starters[0].text


@pytest.mark.parametrize(("lang", "greeting"), [("es", "Hola, "), ("fr", "Salut, "), ("de", "Hallo, "), ("pt", "Olá, "),
                                                ("en", "Hi there, ")])
def test_a_handle_shown_as_the_name_is_greeted_without_a_name_in_every_language(store, me, lang, greeting):
    # 'DGNSREKT' has no first name (names.first_name says NO_NAME, "there"): "Hola there," is no language.
    doc = store.get_person(_person(store, lang)["id"])
    doc["profiles"]["linkedin"]["name"] = "DGNSREKT"
    doc = {**doc, "circle": "close", "interactions": [{"kind": "reply", "at": _day(2)}]}
    text = history_opener(doc, NOW, tie_of(doc, NOW), me).text
    assert text.startswith(greeting) and "there" not in text[len(greeting):], text
