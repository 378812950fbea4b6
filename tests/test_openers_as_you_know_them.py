"""Memory round 8 (newcomer F7, F8): openers as you know them. Every path that shows starters for a stored person
(the card, `starters`, GET /v1/people/{id}, the capture answer, the guard's opener) goes through the one filter, so
someone you have talked with never gets a stranger's discovery; check-ins vary, say 'since we last saw each other',
lead with a promise only once it is due and own a long delay; French and German say tu/du to a friend."""

from __future__ import annotations

from datetime import timedelta

import pytest
from memory_helpers import NOW, capture

from companion.guard.pitch_guard import check_draft
from companion.memory.answers import starters_answer
from companion.memory.capture import check_in_of, person_view, store_capture
from companion.memory.commitments import add_commitment
from companion.memory.followups import (
    CHECK_IN_WORDS,
    FAMILIAR_CHECK_IN_WORDS,
    history_opener,
    overdue,
    set_circle,
)
from companion.memory.interactions import log_interaction
from companion.memory.me import set_me
from companion.memory.people import upsert_profile
from companion.memory.recipient import judge, known_recipient
from companion.memory.tie_strength import tie_of
from companion.models import STAGES, Profile
from companion.parsers import CapturedPage

GOOGLE_ME = Profile(site="linkedin", url="https://www.linkedin.com/in/sam-reyes", name="Sam Reyes",
                    experience=[{"company": "Google", "title": "Engineer", "start": "2015", "end": "2019"}])
GOOGLE_THEM = [{"company": "Google", "title": "Product manager", "start": "2016", "end": "2020"}]
# What presumes you never talked: a discovery of what you share.
COLD = ("it looks like we", "Which team", "I noticed we", "I noticed you")
COLD_KINDS = {"employer", "school", "location", "interest", "skill-origin", "cause"}


def _day(days_ago: int) -> str:
    return (NOW - timedelta(days=days_ago)).date().isoformat()


def _google_person(store, name: str, slug: str) -> dict:
    return upsert_profile(store, Profile(site="linkedin", url=f"https://www.linkedin.com/in/{slug}", name=name,
                                         handle=slug, experience=GOOGLE_THEM), NOW)


def _is_cold(texts: list[str]) -> bool:
    return any(word in text for text in texts for word in COLD)


# ------------------------------------------------------------------ F8: one filter on every path


@pytest.fixture
def eugene(store):
    set_me(store, GOOGLE_ME)
    doc = _google_person(store, "Eugene Park", "eugene-park")
    stranger = person_view(store, store.get_person(doc["id"]), None, now=NOW).starters
    # A stranger: the shared employer is the way in (this is what must not reach him once you have talked).
    assert _is_cold([s.text for s in stranger]), [s.text for s in stranger]
    log_interaction(store, doc["id"], "video-call", at=_day(40), now=NOW)
    log_interaction(store, doc["id"], "reply", at=_day(38), now=NOW)
    return store.get_person(doc["id"])


def test_an_acquaintance_you_have_talked_with_gets_no_strangers_line_on_the_card(store, eugene):
    assert tie_of(eugene, NOW).stage == "acquaintance"
    view = person_view(store, eugene, None, now=NOW)
    texts = [s.text for s in view.starters]
    assert texts and not _is_cold(texts), texts
    assert not {s.kind for s in view.starters} & COLD_KINDS
    assert view.starters[0].kind == "check-in" and "Eugene" in texts[0]  # builds on your history instead


def test_the_starters_answer_and_the_guard_use_the_same_filter(store, eugene):
    texts = [s.text for s in starters_answer(store, eugene["id"], rarity=lambda _store: None).starters]
    assert texts and not _is_cold(texts), texts
    recipient = known_recipient(store, eugene, NOW)
    assert recipient.openers and not _is_cold(recipient.openers), recipient.openers
    verdict = judge("Hi Eugene, we help teams like yours ship faster. Got 15 min for a demo next week?", recipient)
    assert verdict.opener is not None and not _is_cold([verdict.opener])


def test_a_recapture_answers_with_starters_as_you_know_them(store, eugene):
    again = Profile(site="linkedin", url="https://www.linkedin.com/in/eugene-park", name="Eugene Park",
                    handle="eugene-park", experience=GOOGLE_THEM)
    answer = store_capture(store, CapturedPage(again, True), None, NOW)
    assert answer.person_id == eugene["id"]
    texts = [s.text for s in answer.starters]
    assert texts and not _is_cold(texts), texts


def test_a_chosen_circle_without_any_contact_keeps_its_common_ground(store):
    set_me(store, GOOGLE_ME)
    doc = _google_person(store, "Bo Chen", "bo-chen")
    set_circle(store, doc["id"], "wider", now=NOW)  # you chose a circle, but no conversation is logged
    texts = [s.text for s in person_view(store, store.get_person(doc["id"]), None, now=NOW).starters]
    assert _is_cold(texts), texts  # the shared employer is still the only way in


async def test_the_http_person_view_uses_the_filter(client, auth):
    def page(name: str, slug: str, company: str) -> str:
        import json

        person = {"@context": "https://schema.org", "@type": "Person", "name": name, "jobTitle": "Engineer",
                  "worksFor": {"@type": "Organization", "name": company},
                  "alumniOf": {"@type": "EducationalOrganization", "name": "Massachusetts Institute of Technology"},
                  "url": f"https://people.example/{slug}"}
        return (f'<html><head><title>{name}</title><script type="application/ld+json">{json.dumps(person)}</script>'
                f"</head><body><h1>{name}</h1></body></html>")

    me = await client.post("/v1/me", headers=auth, json={"url": "https://people.example/me",
                                                          "html": page("Me Myself", "me", "Google")})
    assert me.status == 200, await me.text()
    captured = await (await client.post("/v1/captures", headers=auth, json={
        "url": "https://people.example/eugene", "html": page("Eugene Park", "eugene", "Acme")})).json()
    person_id = captured["person_id"]
    assert _is_cold([s["text"] for s in captured["starters"]]), captured["starters"]  # a stranger still gets it
    for kind in ("video-call", "reply"):
        # A call is followed up only with what it was about (memory mend 10): its note names it.
        logged = await client.post(f"/v1/people/{person_id}/interactions", headers=auth,
                                   json={"kind": kind, "note": "talked about the robotics meetup"})
        assert logged.status == 200, await logged.text()
    view = await (await client.get(f"/v1/people/{person_id}", headers=auth)).json()
    texts = [s["text"] for s in view["starters"]]
    assert texts and not _is_cold(texts), texts


# ------------------------------------------------------------------ F7: the check-in's wording


def test_time_since_a_meeting_never_reads_as_a_first_meeting_nor_repeats_since(store):
    texts = []
    for n, name in enumerate(("Eduardo Silva", "Ana Lima", "Bo Chen", "Cy Diaz", "Di Evans", "Ed Fox")):
        doc = capture(store, name, name.lower().replace(" ", "-"))
        set_circle(store, doc["id"], "inner", now=NOW)
        log_interaction(store, doc["id"], "in-person", at=_day(60 + n), now=NOW)
        texts.append(history_opener(store.get_person(doc["id"]), NOW).text)
    for text in texts:
        assert "since we met" not in text and text.count("since") == 1, text
        assert "since we last saw each other" in text, text
    assert texts[0].startswith("Hi Eduardo, ") and "2 months" in texts[0]
    # Six friends do not all get one template: the wording varies by person (and stays the same for each).
    assert len({text.split(", ", 1)[1].split(" ")[0:3].__repr__() for text in texts}) > 1, texts
    doc = next(iter(store.people()))
    assert history_opener(doc, NOW).text == history_opener(doc, NOW).text


def test_a_promise_not_yet_due_leads_no_opener_and_one_due_today_does(store):
    # Not due yet, after a check-in of the cadence: no opener of its own. On the day, or in the week before when it is
    # the check-in's day, the line that keeps it ("as promised, I'm sending you…"), never "I haven't forgotten"
    # (newcomer 8: it reads as not sending it).
    kireet = capture(store, "Kireet Agrawal", "kireet", company="Gantry")
    log_interaction(store, kireet["id"], "video-call", at=_day(30), now=NOW)
    add_commitment(store, kireet["id"], "Send him the Gantry pricing deck", due=_day(-10), now=NOW)  # in 10 days
    opener = history_opener(store.get_person(kireet["id"]), NOW)
    assert "forgotten" not in opener.text and "Gantry pricing deck" not in opener.text, opener.text
    assert "since our video call" in opener.text
    on_the_day = NOW + timedelta(days=10)
    opener = history_opener(store.get_person(kireet["id"]), on_the_day)
    assert opener.text == ("Hi Kireet, as promised, I'm sending you the Gantry pricing deck. How are "
                           "things with you?")
    # A promise to someone never talked with sets their check-in: the day before it, the same line, their own words
    # kept ('my notes').
    nelson = capture(store, "Nelson Correia", "nelsonic")
    add_commitment(store, nelson["id"], "Send my notes", due=_day(-1), now=NOW)
    assert history_opener(store.get_person(nelson["id"]), NOW).text == (
        "Hi Nelson, as promised, I'm sending you my notes.")  # never contacted: no "how are things"


def test_an_old_promise_after_long_silence_owns_the_delay(store):
    eugene = capture(store, "Eugene Park", "eugene-park")
    log_interaction(store, eugene["id"], "video-call", at=_day(400), now=NOW)
    add_commitment(store, eugene["id"], "Intro him to Sean", due=_day(390), now=NOW)
    opener = history_opener(store.get_person(eugene["id"]), NOW)
    assert opener.text == ("Hi Eugene, I'm sorry it's taken me so long: I still owe you the intro I promised. How are "
                           "things with you?")
    assert "Sean" not in opener.text
    # A promise only just late is not yet an apology.
    fresh = capture(store, "Fay Gold", "fay-gold")
    add_commitment(store, fresh["id"], "Intro her to Sean", due=_day(2), now=NOW)
    assert "haven't forgotten" in history_opener(store.get_person(fresh["id"]), NOW).text


# A person whose page is in each language, and you write them all.
ME_ALL = Profile(site="linkedin", url="https://www.linkedin.com/in/sam-reyes", name="Sam Reyes",
                 location="London, United Kingdom", languages=["English", "Spanish", "French", "German", "Portuguese"])
PAGES = {
    "es": ("Madrid, España", "Ingeniera de datos en Cabify",
           "Me dedico a construir plataformas de datos para que los equipos de producto tomen mejores decisiones."),
    "fr": ("Lyon, France", "Ingénieure données chez Doctolib",
           "Je construis des plateformes de données pour aider les équipes produit à prendre de meilleures décisions."),
    "de": ("Berlin, Deutschland", "Dateningenieurin bei Zalando",
           "Ich baue Datenplattformen, damit die Produktteams jeden Tag bessere Entscheidungen treffen können."),
    "pt": ("São Paulo, Brasil", "Engenheira de dados no Nubank",
           "Eu construo plataformas de dados para que as equipes de produto tomem decisões melhores todos os dias."),
}


def _inês(store, lang: str) -> dict:
    location, headline, about = PAGES[lang]
    return upsert_profile(store, Profile(site="linkedin", url=f"https://www.linkedin.com/in/ines-{lang}",
                                         name="Inês Duarte", handle=f"ines-{lang}", location=location,
                                         headline=headline, about=about), NOW)


@pytest.mark.parametrize(("lang", "late"), [
    ("es", "Hola Inês, perdona que haya tardado tanto: aún te debo la presentación que te prometí."),
    ("fr", "Bonjour Inês, toutes mes excuses pour ce retard : je vous dois toujours la mise en relation promise."),
    ("de", "Hallo Inês, entschuldigen Sie, dass es so lange dauert: Den versprochenen Kontakt schulde ich "
           "Ihnen noch."),
    ("pt", "Olá Inês, desculpe a demora: ainda devo a você a apresentação que prometi."),
])
def test_a_long_late_promise_owns_the_delay_in_their_language(store, lang, late):
    set_me(store, ME_ALL)
    doc = {**store.get_person(_inês(store, lang)["id"]),
           "commitments": [{"id": 1, "text": "Intro her to Sean", "due": _day(200)}]}
    assert history_opener(doc, NOW, None, ME_ALL).text.startswith(late)


# ------------------------------------------------------------------ register: tu/du to a friend


# Their reply: a meeting or call without a topic gives no line (memory mend 10).
@pytest.mark.parametrize(("lang", "friend", "acquaintance"), [
    ("fr", "Salut Inês, merci pour ta réponse !",
     "Bonjour Inês, merci pour votre réponse !"),
    ("de", "Hallo Inês, danke, dass du dich neulich bei mir gemeldet hast!",
     "Hallo Inês, danke, dass Sie sich neulich bei mir gemeldet haben!"),
    ("es", "Hola Inês, ¡gracias por responderme el otro día!", "Hola Inês, ¡gracias por responderme el otro día!"),
    ("pt", "Olá Inês, que bom ter recebido sua resposta outro dia!", "Olá Inês, que bom ter recebido sua resposta outro dia!"),
])
def test_a_friend_is_addressed_familiarly_an_acquaintance_formally(store, lang, friend, acquaintance):
    set_me(store, ME_ALL)
    inês = _inês(store, lang)
    log_interaction(store, inês["id"], "reply", at=_day(3), now=NOW)
    doc = store.get_person(inês["id"])
    assert tie_of(doc, NOW).stage == "acquaintance"
    assert history_opener(doc, NOW, tie_of(doc, NOW), ME_ALL).text == acquaintance
    set_circle(store, inês["id"], "close", now=NOW)
    doc = store.get_person(inês["id"])
    assert tie_of(doc, NOW).stage in ("friend", "close")
    assert history_opener(doc, NOW, tie_of(doc, NOW), ME_ALL).text == friend


def test_every_check_in_line_in_both_registers_passes_the_guard_at_every_stage():
    for table in (CHECK_IN_WORDS, FAMILIAR_CHECK_IN_WORDS):
        for words in table.values():
            for key, value in words.items():
                if key in ("when", "contact", "a while", "quotes"):
                    continue
                lines = value.values() if isinstance(value, dict) else value if isinstance(value, tuple) else [value]
                for line in lines:
                    for contact in words["contact"].values():
                        text = line.replace("{contact}", contact).replace("{thing}", "the deck").replace(
                            "{quoted}", "“the deck”").format(first="Inês", when=words["when"][2],
                                                             gap=words["a while"], company="Acme Robotics", who="Sri")
                        for stage in STAGES:
                            assert check_draft(text, stage).verdict == "ok", (stage, text)


# ------------------------------------------------------------------ the card's own check-in line


def test_the_cards_own_check_in_line_is_in_their_language_when_there_are_no_starters(store):
    set_me(store, ME_ALL)
    inês = _inês(store, "es")
    set_circle(store, inês["id"], "close", now=NOW - timedelta(days=30))
    log_interaction(store, inês["id"], "message", at=_day(20), now=NOW)
    doc = store.get_person(inês["id"])
    tie = tie_of(doc, NOW)
    check_in = check_in_of(doc, tie, NOW, [], ME_ALL)
    assert check_in is not None and check_in.opener.text.startswith("Hola Inês, "), check_in.opener.text
    view = person_view(store, doc, None, now=NOW)
    assert view.starters == []  # no history opener yet (your own message), no common ground
    assert view.check_in is not None and view.check_in.opener.text.startswith("Hola Inês, "), view.check_in
    # Once due, `followups` says the same in the same language.
    later = NOW + timedelta(days=30)
    due = [f for f in overdue(store, later) if f.person_id == inês["id"]]
    assert due and due[0].opener.text.startswith("Hola Inês, "), due
