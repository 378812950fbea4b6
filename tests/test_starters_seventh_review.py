"""The seventh blind review's classes of failure, each on made-up profiles (never the review set's).

1. no rarity claim about a language, nor any starter on a shared language; 2. the sender's own tense at a shared
employer; 3. a narrower interest is not claimed of a sender who lists the broader; 4. 'what are you using X for?'
only of a tool; 5. no English label inside another language's message; 6. health and leave posts are not small
talk; 7. a job ad is not asked 'what prompted it?'; 8. no quote cut mid-word; 9. no starter on an old short
stint; 10. nobody away for weeks is written to; 11. a recipient with limited English is written to in a language
of theirs the sender lists.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from companion.ground.common_ground import find_common_ground
from companion.ground.person_reading import is_sensitive, shared_language
from companion.ground.post_reading import post_kind
from companion.ground.starters import help_request, is_tool, suggest_starters
from companion.models import Commonality, Experience, Profile

NOW = datetime(2026, 11, 20, tzinfo=UTC)
ME = Profile.model_validate({
    "name": "Nora Jansen", "location": "Rotterdam, Netherlands", "headline": "Data engineer",
    "languages": ["Dutch", "English", "German", "Spanish", "French"],
    "experience": [{"company": "Adyen", "title": "Data engineer", "start": "2021-03"}],
})


def person(**fields) -> Profile:
    return Profile.model_validate({"name": "Pieter de Boer", "location": "Utrecht, Netherlands", **fields})


def starters(them: Profile, me: Profile = ME, now: datetime = NOW):
    return suggest_starters(me, them, find_common_ground(me, them), now=now)


# ---------------------------------------------------------------- 1. and 5. languages


@pytest.mark.parametrize("language", ["German", "Spanish", "Esperanto", "Catalan"])
def test_a_shared_language_is_never_called_rare_nor_a_topic(language):
    me = ME.model_copy(update={"languages": ["Dutch", "English", language], "interests": ["Sailing"]})
    them = person(languages=["Dutch", "English", language], interests=["Sailing"])
    found = starters(them, me)
    assert found and all(s.kind != "language" for s in found)
    assert not any(word in s.text for s in found for word in ("come across", "rare", language))


def test_a_french_message_names_no_language_in_english():
    them = Profile.model_validate({
        "name": "Yassine Benali", "location": "Tanger, Maroc", "languages": ["Arabe", "Français", "Spanish", "English"],
        "about": "Je suis ingénieur logiciel à Tanger et je construis des outils pour les ports de la région.",
        "skills": ["Python"]})
    me = ME.model_copy(update={"skills": ["Python"]})
    found = starters(them, me)
    assert found and all(s.text.startswith("Bonjour") for s in found)
    assert not any(word in s.text for s in found for word in ("Spanish", "English", "rare"))


# ---------------------------------------------------------------- 2. the sender's side at a shared employer


def test_a_sender_still_at_the_company_is_not_said_to_have_left_it():
    them = person(experience=[{"company": "Booking.com", "title": "Analyst", "start": "2023-01"},
                              {"company": "Adyen", "title": "Engineer", "start": "2016-01", "end": "2020-06"}])
    found = [s for s in starters(them) if s.kind == "employer"]
    assert found, "a shared employer is worth a starter"
    text = found[0].text
    assert "where I work now" in text and "used to" not in text and "we've both worked" not in text


@pytest.mark.parametrize("lang_about_place", [
    ("es", "Madrid, España", "Soy ingeniera de datos en Madrid y me encanta resolver problemas difíciles con mi equipo."),
    ("de", "Berlin, Deutschland", "Ich bin Datenanalystin in Berlin und arbeite mit einem kleinen Team an besseren Zahlungen."),
    ("fr", "Paris, France", "Je suis analyste de données à Paris et je travaille sur les paiements avec mon équipe."),
    ("pt", "Lisboa, Portugal", "Sou analista de dados em Lisboa e adoro resolver problemas difíceis com a minha equipa."),
])
def test_every_language_keeps_the_sender_at_the_company(lang_about_place):
    lang, place, about = lang_about_place
    them = person(name="Eva Ruiz", location=place, about=about,
                  experience=[{"company": "Acme", "title": "Analyst", "start": "2023-01"},
                              {"company": "Adyen", "title": "Analyst", "start": "2014-01", "end": "2019-06"}])
    me = ME.model_copy(update={"languages": [*ME.languages, "Portuguese"]})
    found = [s for s in starters(them, me) if s.kind == "employer"]
    assert found and shared_language(me, them) == lang
    assert not any(past in found[0].text for past in ("también trabajé", "auch bei", "moi aussi travaillé",
                                                      "também trabalhei", "los dos hemos", "wir beide", "nós dois"))


def test_a_sender_who_left_while_they_stay_still_says_used_to():
    me = Profile.model_validate({**ME.model_dump(), "experience": [
        {"company": "Adyen", "title": "Engineer", "start": "2015-01", "end": "2019-01"}]})
    them = person(experience=[{"company": "Adyen", "title": "Engineer", "start": "2022-01"}])
    found = [s for s in starters(them, me) if s.kind == "employer"]
    assert found and "you're at Adyen, where I used to work" in found[0].text and " too" not in found[0].text


# ---------------------------------------------------------------- 3. broader and narrower interests


def test_a_narrower_interest_is_not_claimed_of_who_lists_the_broader():
    c = Commonality(kind="interest", label="Slow travel", weight=0.5, mine="Travel", theirs="Slow travel",
                    why="", counted=True)
    me = ME.model_copy(update={"interests": ["Travel"]})
    them = person(interests=["Slow travel"])
    from companion.models import CommonGround
    found = suggest_starters(me, them, CommonGround(score=0.5, tier="small-world", commonalities=[c]), now=NOW)
    interest = [s.text for s in found if s.kind == "interest"]
    assert interest and "travel" in interest[0] and "slow travel" not in interest[0].lower()


# ---------------------------------------------------------------- 4. only a tool is 'used for' something


@pytest.mark.parametrize("skill", ["Heart failure", "Restaurant Management", "RSPO certification", "Scientific Diving",
                                   "Echocardiography", "Viticulture", "Heritage Conservation", "Stakeholder Management",
                                   "iOS", "ISO 9001", "ESG"])
def test_a_domain_or_certification_is_no_tool(skill):
    assert not is_tool(skill, skill)


@pytest.mark.parametrize("skill", ["Python", "Apache Kafka", "Microsoft Power BI", "LangChain", "Three.js", "C++",
                                   "PostgreSQL", "Figma"])
def test_software_and_languages_are_tools(skill):
    assert is_tool(skill, skill)


def test_no_using_it_for_question_on_a_clinical_skill():
    me = ME.model_copy(update={"skills": ["Heart failure", "Python"]})
    them = person(skills=["Heart failure", "Python"], experience=[{"company": "UMC", "title": "Data scientist",
                                                                  "start": "2022-01"}])
    found = [s.text for s in starters(them, me)]
    assert not any("Heart failure" in t or "heart failure" in t for t in found)


# ---------------------------------------------------------------- 6. health and leave


@pytest.mark.parametrize("text", [
    "Back at work after three months of medical leave. Grateful to my team for holding the fort.",
    "Took some time off for knee surgery and I learned a lot about patience.",
    "Burned out last spring, and I spent the summer learning to rest.",
    "Estoy de baja médica unas semanas, aprendí a parar.",
    "En arrêt maladie depuis mars, j'ai appris à ralentir.",
    "Nach meiner Krankschreibung bin ich zurück und habe viel gelernt.",
    "De volta depois da licença médica, aprendi muito.",
    "Sono in cura da due mesi e ho imparato a rallentare.",
    "Back from three months of leave and I learned to say no.",
])
def test_health_and_leave_are_never_enjoyed(text):
    assert is_sensitive(text) and post_kind(text) == "skip"
    them = person(posts=[{"text": text, "date": "2026-08-01"}], interests=["Sailing"])
    me = ME.model_copy(update={"interests": ["Sailing"]})
    assert not any(s.kind == "post" for s in starters(them, me))


def test_ordinary_uses_of_treatment_and_recovery_stay_ordinary():
    assert not is_sensitive("We opened a new water treatment plant and I learned how much the crew knows.")
    assert not is_sensitive("I rebuilt our disaster recovery runbook and learned to test restores.")


# ---------------------------------------------------------------- 7. job ads


@pytest.mark.parametrize("text", [
    "We're hiring a senior data engineer in Utrecht. Join our team!",
    "Open role: product designer, remote. Apply via the link.",
    "Estamos contratando una diseñadora de producto en Madrid.",
    "On recrute un développeur React à Lyon.",
    "Wir suchen eine Product Managerin für unser Team in Berlin.",
    "Stiamo assumendo un ingegnere dei dati a Milano.",
])
def test_a_job_ad_is_never_asked_what_prompted_it(text):
    assert post_kind(text) == "skip"
    them = person(posts=[{"text": text, "date": "2026-11-10"}])
    assert not any("prompted" in s.text or "llevó" in s.text for s in starters(them))


# ---------------------------------------------------------------- 8. quotes end at a word


def test_a_long_request_is_cut_at_a_word_with_an_ellipsis():
    them = person(about="I am looking for a mentor in product design who has worked with early stage hardware "
                        "startups in the medical devices space")
    words = help_request(them).words
    assert words.endswith("…") and words.removesuffix("…").split()[-1] == "startups"
    assert f" {words.removesuffix('…')} " in f" {them.about} "  # whole words of theirs, up to a word's end
    assert not words.removesuffix("…").endswith((" in", " the", " a"))
    for s in starters(them):
        for quoted in s.text.split("\u201c")[1:]:
            inner = quoted.split("\u201d")[0]
            assert inner.endswith("…") or inner in (them.about or "")


# ---------------------------------------------------------------- 9. old short stints


def test_an_internship_eleven_years_ago_is_no_ground():
    them = person(experience=[{"company": "Booking.com", "title": "Analyst", "start": "2022-01"},
                              {"company": "Adyen", "title": "Intern", "start": "2015-01", "end": "2015-06"}])
    assert not any("Adyen" in s.text for s in starters(them))


def test_an_old_short_stint_you_shared_is_ground():
    # You were there at the same time: you may have met, which is the best reason there is to write.
    me = ME.model_copy(update={"experience": [*ME.experience, Experience(company="Adyen", title="Engineer",
                                                                           start="2014-09", end="2016-03")]})
    them = person(experience=[{"company": "Booking.com", "title": "Analyst", "start": "2022-01"},
                              {"company": "Adyen", "title": "Intern", "start": "2015-01", "end": "2015-06"}])
    assert any("Adyen" in s.text and "same time" in s.text for s in starters(them, me))


def test_a_long_past_job_is_still_ground():
    them = person(experience=[{"company": "Booking.com", "title": "Analyst", "start": "2022-01"},
                              {"company": "Adyen", "title": "Engineer", "start": "2012-01", "end": "2018-06"}])
    assert any("Adyen" in s.text for s in starters(them))


# ---------------------------------------------------------------- 10. away for weeks


@pytest.mark.parametrize("text", [
    "Offline until January: a month of holidays with the family. Back in the new year!",
    "Starting my parental leave today, I'll be back in March.",
    "Out of office until the 6th of January, with limited access to email.",
    "Beginning a sabbatical this week to walk the Camino.",
    "Estaré de vacaciones hasta el 15 de enero, sin conexión.",
    "In Elternzeit bis Februar.",
])
def test_someone_away_for_weeks_gets_no_starter(text):
    them = person(posts=[{"text": text, "date": "2026-11-15"}], interests=["Sailing"])
    me = ME.model_copy(update={"interests": ["Sailing"]})
    assert starters(them, me) == []
    back = them.model_copy(update={"posts": [them.posts[0].model_copy(update={"date": "2026-06-01"})]})
    assert starters(back, me)  # months later they are back


# ---------------------------------------------------------------- 11. limited English


def test_a_story_of_coming_back_is_no_absence():
    them = person(posts=[{"text": "Back in March I rebuilt our data pipeline and learned to test every restore.",
                          "date": "2026-11-15"}], interests=["Sailing"])
    me = ME.model_copy(update={"interests": ["Sailing"]})
    assert starters(them, me)


def test_limited_english_is_written_to_in_a_language_of_theirs_you_list():
    them = person(name="Jonas Vos", location="Wien, Österreich", headline="Product designer at Bol",
                  languages=["Deutsch (Muttersprache)", "English (Intermediate)"])
    me = Profile.model_validate({"name": "Ann Lee", "location": "London, United Kingdom", "languages": ["English", "German"]})
    assert shared_language(me, them) == "de"
    fluent = them.model_copy(update={"languages": ["Deutsch", "English (Full professional proficiency)"]})
    assert shared_language(me, fluent) == "en"
    no_german = me.model_copy(update={"languages": ["English"]})
    assert shared_language(no_german, them) == "en"  # English is fine when you have nothing of theirs
    portuguese = person(name="Marta Silva", location="Lisboa, Portugal", headline="Data engineer at Feedzai",
                        languages=["Português", "Spanish (Professional)", "English (Intermediate)"])
    spanish_speaker = me.model_copy(update={"languages": ["English", "Spanish"]})
    assert shared_language(spanish_speaker, portuguese) == "en"  # a third language of theirs is no better


def test_what_they_write_about_is_named_in_their_words_in_their_language():
    them = person(name="Lucía Gómez", location="Madrid, España",
                  about="Soy profesora en Madrid y trabajo con mi equipo en la escuela pública.", posts=[
                      {"text": "Creo que la inteligencia artificial en el aula necesita más reglas claras, y lo digo "
                               "después de un año usándola con mis alumnos.", "date": "2026-11-01"},
                      {"text": "Pienso que la inteligencia artificial no sustituye a una buena profesora, y he "
                               "aprendido que los alumnos lo saben.", "date": "2026-10-01"}])
    topic = next(s.text for s in starters(them) if s.kind == "topic")
    assert "inteligencia artificial" in topic and " AI" not in topic


def test_your_broader_english_wording_is_not_put_inside_their_language():
    from companion.models import CommonGround
    c = Commonality(kind="interest", label="Slow travel", weight=0.5, mine="Travel", theirs="Viajar devagar",
                    why="", counted=True)
    c2 = c.model_copy(update={"theirs": "Slow travel"})
    them = person(name="Marta Silva", location="Lisboa, Portugal",
                  about="Sou engenheira de dados em Lisboa e adoro resolver problemas difíceis com a minha equipa.")
    me = ME.model_copy(update={"languages": [*ME.languages, "Portuguese"]})
    for shared in (c, c2):
        found = suggest_starters(me, them, CommonGround(score=0.5, tier="small-world", commonalities=[shared]), now=NOW)
        assert found and all(s.text.startswith("Olá") for s in found)
        assert not any("ravel" in s.text or "devagar" in s.text for s in found)


def test_an_english_label_is_not_put_inside_a_spanish_message():
    from companion.models import CommonGround
    c = Commonality(kind="interest", label="Hiking", weight=0.5, mine="Hiking",
                    theirs="Los fines de semana me encontrarás en la montaña con mis amigos", why="", counted=True)
    them = person(name="Lucía Gómez", location="Madrid, España",
                  about="Soy ingeniera de software en Madrid y me encanta resolver problemas con mi equipo.")
    found = suggest_starters(ME, them, CommonGround(score=0.5, tier="small-world", commonalities=[c]), now=NOW)
    assert found and all(s.text.startswith("Hola") for s in found)
    assert not any("Hiking" in s.text for s in found)


def test_an_abbreviation_does_not_end_the_quoted_sentence():
    from companion.ground.starters import _sentences
    assert _sentences("We sell to the U.S. market now. Dr. Okafor leads it, e.g. the Kano pilot. Done!") == [
        "We sell to the U.S. market now.", "Dr. Okafor leads it, e.g. the Kano pilot.", "Done!"]
    assert _sentences("I said no. Then I built it.") == ["I said no.", "Then I built it."]
