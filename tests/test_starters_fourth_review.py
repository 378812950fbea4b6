"""Starters that are true (issue 18, item 4), fourth round: the classes reviewers still turned down, each on
made-up profiles (never the review set's).

1. 'What prompted it?' only of a post that argues something: a thank-you, a reminder, an event notice or
   congratulations to someone else are not opened on; a release or a new job of theirs is congratulated; a
   recommendation, a question, news passed on and a story each get the question they invite;
2. a stranger never opens on grief, illness, a lost or left job or family hardship, in five languages, and asks
   nothing that assumes a working week of someone laid off, on leave or in treatment;
3. what is their profession (an architect's architecture, a CFO's IFRS, a pastry chef's baking, an actress's
   theatre) is not a pastime you share nor a tool they 'use for' something;
4. only a vivid first-person line about their current work is 'the way you describe your work';
5. 'at the same time' only when the dates surely overlap; congratulations only for their own news;
6. no 'how did you learn it?' for a language native where they live, to their region or to their name;
7. written in the native language you share when their few words are in it.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from companion.ground.common_ground import find_common_ground
from companion.ground.person_reading import (
    is_sensitive,
    is_their_profession,
    native_languages,
    shared_language,
    were_there_together,
    work_is_paused,
)
from companion.ground.post_reading import news_is_theirs, post_kind
from companion.ground.starters import describes_work, suggest_starters
from companion.models import Profile

NOW = datetime(2030, 3, 1, tzinfo=UTC)
RECENTLY = "2030-02-24"
ME = Profile.model_validate({
    "name": "Jo Okafor", "headline": "Product engineer at Quillon", "location": "Leeds, United Kingdom",
    "experience": [{"company": "Quillon", "title": "Product Engineer", "start": "2027-01"}],
    "skills": ["Python", "Architecture", "IFRS"],
})
WORKER = {"experience": [{"company": "Ferrovia Labs", "title": "Data Analyst", "start": "2028-02"}]}


def me_with(**fields) -> Profile:
    return Profile.model_validate({**ME.model_dump(), **fields})


def p(**fields) -> Profile:
    return Profile.model_validate({"name": "Marta Quintero", "site": "x", **fields})


def texts(them: Profile, me: Profile = ME) -> list[str]:
    return [s.text for s in suggest_starters(me, them, find_common_ground(me, them), now=NOW)]


def post_starter(text: str, **fields) -> str | None:
    them = p(posts=[{"text": text, "date": RECENTLY}], **{**WORKER, **fields})
    found = [s.text for s in suggest_starters(ME, them, find_common_ground(ME, them), now=NOW) if s.kind == "post"]
    return found[0] if found else None


# ---------------------------------------------------------------- 1. what a post invites


@pytest.mark.parametrize("text", [
    "Thank you to everyone who came to our meetup last night, what a crowd.",
    "Huge thanks to the Leeds data community for a wonderful year together.",
    "Reminder: the call for speakers for our conference closes on Friday.",
    "I'll be speaking at DataConf in Porto next Thursday about pipelines.",
    "Congrats to Ana Ruiz on the launch of Brisa, a lovely app for cyclists.",
    "Muchas gracias a todos por venir al taller de ayer en Bogotá.",
    "Rappel : les inscriptions pour l'atelier ferment ce vendredi soir.",
])
def test_a_thank_you_a_reminder_or_an_event_notice_is_not_opened_on(text):
    assert post_kind(text) == "skip"
    assert post_starter(text) is None


@pytest.mark.parametrize("text", [
    "Our new paper on sparse attention is out, with code and data for everyone.",
    "We just released version 3.1 of our open-source scheduler, with offline sync.",
])
def test_a_release_of_theirs_is_congratulated_not_asked_what_prompted_it(text):
    found = post_starter(text)
    assert found is not None and "congratulations" in found and "prompted" not in found


def test_their_new_job_is_congratulated_as_a_new_role():
    found = post_starter("I'm excited to join Brightwave as Head of Data next month.")
    assert found is not None and "congratulations on the new role" in found


@pytest.mark.parametrize(("text", "question"), [
    ("Just watched Perfect Days, a wonderful film about routine. Highly recommend.", "recommend in the same vein"),
    ("What is the best way to onboard a junior analyst remotely?", "What have people told you so far"),
    ("Fintech funding in Europe fell 40% this year, according to a new report.", "take on it"),
    ("I rebuilt our reporting pipeline in a weekend and learned a lot about caching.", "surprised you most"),
    ("Estoy viajando por Japón y todo funciona con el móvil, es increíble.", "surprised you most"),
    ("Four years of cycling to the office through every northern winter.", "surprised you most"),
])
def test_a_post_gets_the_question_it_invites(text, question):
    found = post_starter(text)
    assert found is not None and question in found and "prompted" not in found, found


@pytest.mark.parametrize(("text", "kind"), [
    ("Recordatorio: mañana cierra la inscripción al taller de datos.", "skip"),
    ("Nos vemos el jueves en el meetup de Python Madrid, ¡hablo de pandas!", "skip"),
    ("Merci à tous pour vos messages après ma conférence à Lyon.", "skip"),
    ("Obrigada a todos que vieram ao nosso evento ontem!", "skip"),
    ("Ayer nació nuestra hija Lucía, estamos felices.", "skip"),
    ("Our daughter was born on Tuesday, everyone is well.", "skip"),
    ("Me incorporo a Cabify como jefa de datos el mes que viene.", "new-role"),
    ("Je rejoins Doctolib en tant que product manager à partir de lundi.", "new-role"),
    ("Ich starte bei SAP als Data Scientist im April.", "new-role"),
    ("Nuestro nuevo artículo sobre aprendizaje federado ya está disponible.", "release"),
    ("Unser neues Buch über Datenethik ist jetzt erschienen.", "release"),
    ("Je pense que les réunions du lundi sont inutiles dans la plupart des équipes.", "opinion"),
    ("Acho que a maioria dos dashboards nunca é lida duas vezes.", "opinion"),
    ("Passei duas semanas no Japão e tudo funciona com o celular.", "story"),
])
def test_what_a_post_is_is_read_in_five_languages(text, kind):
    assert post_kind(text) == kind


def test_a_question_they_answer_themselves_is_not_asked_about_its_answers():
    assert post_kind("Why do we still print boarding passes? I spent a week finding out.") != "question"
    assert post_kind("Which tool do you use for data contracts? #dataengineering #dbt") == "question"


def test_a_view_they_argue_is_still_asked_what_prompted_it():
    found = post_starter("I think most dashboards are read once and then forgotten by the team that asked.")
    assert found is not None and "prompted" in found


@pytest.mark.parametrize(("text", "asked"), [
    ("When my co-founder and I started Wrenly we were mainly helping small shops with their stock.", False),
    ("Just watched Perfect Days, a wonderful film about routine. Highly recommend.", False),
    ("Our new paper on sparse attention is out, with code and data for everyone.", False),
    ("I think most dashboards are read once and then forgotten by the team that asked.", True),
])
def test_on_linkedin_whose_author_is_unknown_only_a_view_is_asked_why_they_shared_it(text, asked):
    them = p(site="linkedin", posts=[{"text": text, "date": RECENTLY}], **WORKER)
    found = [t for t in texts(them) if "post" in t]
    assert bool(found) is asked and all("share it" in t for t in found), found


# ---------------------------------------------------------------- 2. hard news, in five languages


@pytest.mark.parametrize("text", [
    "My father passed away last week after a long illness.",
    "I was diagnosed with breast cancer in January and start chemo on Monday.",
    "After six years, my role was eliminated in this week's restructuring.",
    "Today is my last day at Ferrovia Labs. Not sure what comes next.",
    "Going through a divorce has taught me a lot about patience.",
    "Mi madre falleció el domingo. Gracias por todos los mensajes.",
    "Me despidieron ayer junto con otras doscientas personas.",
    "Je commence ma chimio lundi, merci pour vos messages.",
    "J'ai perdu mon emploi après le plan social de la semaine dernière.",
    "Mein Vater ist gestorben. Danke für eure Nachrichten.",
    "Nach zehn Jahren wurde mir gekündigt, ich bin jetzt arbeitslos.",
    "Fui demitida hoje depois de cinco anos na empresa.",
    "Perdi minha avó na semana passada e ainda estou de luto.",
])
def test_hard_news_is_sensitive_in_five_languages(text):
    assert is_sensitive(text)
    assert post_starter(text) is None


@pytest.mark.parametrize("text", [
    "We shipped the new treatment planning screen for our radiology customers.",
    "Our operations team cut invoice processing time from ten days to two.",
    "Great session on deadline-driven planning with the whole team.",
])
def test_ordinary_work_news_is_not_mistaken_for_hard_news(text):
    assert not is_sensitive(text)


@pytest.mark.parametrize("fields", [
    {"posts": [{"text": "After four years my role at Ferrovia Labs was eliminated. Grateful for the team.",
                "date": RECENTLY}]},
    {"posts": [{"text": "Fui despedida ayer junto con otras 200 personas.", "date": RECENTLY}]},
    {"posts": [{"text": "Ich bin seit Januar krankgeschrieben und melde mich im Sommer zurück.", "date": RECENTLY}]},
    {"posts": [{"text": "Laid off today after six years at Ferrovia Labs. Onwards.", "date": RECENTLY}]},
    {"headline": "Data Analyst | currently on parental leave"},
    {"about": "En baja de maternidad hasta septiembre."},
])
def test_nothing_assumes_a_working_week_of_someone_away_from_work(fields):
    them = p(skills=["Python"], **{**WORKER, **fields})
    assert work_is_paused(them, NOW)
    found = texts(them)
    assert not any(phrase in t for t in found for phrase in ("these days", "working on", "your work as",
                                                             "drew you to the change"))
    assert not any(word in t.lower() for t in found for word in ("eliminated", "despedida", "krankgeschrieben",
                                                                 "leave", "baja"))


def test_a_shared_tool_is_still_asked_about_when_they_work_as_usual():
    them = p(skills=["Kafka"], **WORKER)
    assert not work_is_paused(them, NOW)
    assert any("Kafka" in t and "these days" in t for t in texts(them, me_with(skills=["Kafka"])))


@pytest.mark.parametrize("text", [
    "Tech layoffs this year were brutal for junior engineers everywhere.",
    "Whoever wins the election, the budget for rail will not change much.",
])
def test_hard_news_of_the_world_is_not_quoted_but_does_not_pause_their_working_life(text):
    them = p(posts=[{"text": text, "date": RECENTLY}], **WORKER)
    assert is_sensitive(text) and not work_is_paused(them, NOW)
    assert post_starter(text) is None


@pytest.mark.parametrize("text", [
    "Ich war zwei Wochen in Japan und alles funktioniert mit dem Handy.",
    "Es war ein langer Tag auf der Messe, aber die Gespräche waren großartig.",
])
def test_german_was_is_no_war(text):
    assert not is_sensitive(text)


def test_a_spanish_question_is_quoted_with_its_opening_mark():
    found = post_starter("¿Qué herramienta usáis para contratos de datos?", location="Madrid, España",
                         about="Trabajo con datos desde hace diez años y me encanta enseñar lo que aprendo.")
    assert found is not None and "“¿Qué herramienta" in found


def test_a_new_job_since_the_hard_news_is_a_working_life_again():
    laid_off = {"text": "I was laid off from Ferrovia Labs last week.", "date": "2029-11-02"}
    started = p(posts=[laid_off], experience=[
        {"company": "Ferrovia Labs", "title": "Data Analyst", "start": "2028-02", "end": "2029-10"},
        {"company": "Norrvik", "title": "Data Analyst", "start": "2030-01"}])
    assert not work_is_paused(started, NOW)
    # (a new job announced in the last months is still news of leaving the old one: that pauses on its own)
    later = datetime(2030, 5, 20, tzinfo=UTC)
    laid_off_later = {**laid_off, "date": "2029-12-20"}
    announced = p(posts=[{"text": "Excited to join Norrvik as a data analyst!", "date": "2030-01-10"}, laid_off_later],
                  **WORKER)
    assert not work_is_paused(announced, later)
    assert work_is_paused(p(posts=[laid_off_later], **WORKER), later)


def test_hard_news_of_last_year_no_longer_pauses_their_working_life():
    them = p(posts=[{"text": "My role was eliminated today.", "date": "2028-06-01"}], **WORKER)
    assert not work_is_paused(them, NOW)


def test_the_company_that_just_let_them_go_is_not_opened_on():
    me = me_with(experience=[{"company": "Quillon", "title": "Product Engineer", "start": "2027-01"}])
    them = p(skills=["Python"], experience=[{"company": "Quillon", "title": "Data Engineer", "start": "2026-06",
                                            "end": "2029-12"}],
             posts=[{"text": "I was laid off from Quillon in December. Looking for my next data role in Leeds.",
                     "date": "2030-01-20"}])
    found = texts(them, me)
    assert found and not any("Quillon" in t for t in found)
    assert any("Looking for my next data role" in t for t in found)  # their own request is still answered


# ---------------------------------------------------------------- 3. their profession is no pastime


@pytest.mark.parametrize(("fields", "thing"), [
    ({"headline": "Architect at Foster Hale"}, "Architecture"),
    ({"experience": [{"company": "Norrvik", "title": "Chief Financial Officer", "start": "2026"}]}, "IFRS"),
    ({"headline": "Pastry chef | weekend runner"}, "baking"),
    ({"headline": "Professional actress and voice artist"}, "theatre"),
    ({"headline": "Arquitecta en Estudio Norte"}, "Arquitectura"),
    ({"experience": [{"company": "Atelier", "title": "Photographe", "start": "2020"}]}, "Photographie"),
    ({"headline": "Senior Python Developer at Lumen"}, "Python"),
    ({"headline": "Comédienne professionnelle"}, "théâtre"),
])
def test_what_their_work_is_counts_as_their_profession(fields, thing):
    assert is_their_profession(p(**fields), thing)


@pytest.mark.parametrize(("fields", "thing"), [
    ({"headline": "Community Manager at Acme"}, "community gardening"),
    ({"headline": "Data Analyst at Ferrovia Labs"}, "baking"),
    ({"headline": "Pastry chef at Maison Luce"}, "theatre"),
])
def test_a_pastime_beside_their_work_is_not_their_profession(fields, thing):
    assert not is_their_profession(p(**fields), thing)


def test_a_shared_skill_that_is_their_job_is_not_asked_what_they_use_it_for():
    # (Python, the tool first tried here, is now too common to open on: test_starters_eighth_review.py.)
    them = p(headline="Architect at Foster Hale", skills=["Architecture", "Terraform"],
             experience=[{"company": "Foster Hale", "title": "Architect", "start": "2026"}])
    found = texts(them, me_with(skills=["Terraform", "Architecture", "IFRS"]))
    assert not any("Architecture" in t for t in found)
    assert any("Terraform" in t for t in found)  # a tool beside their job still is one


def test_their_profession_is_not_a_hobby_you_share():
    me = me_with(interests=["baking", "theatre"], about="On weekends I bake bread and go to the theatre.")
    chef = texts(p(headline="Pastry chef at Maison Luce", about="I love baking and the theatre."), me)
    assert not any("baking" in t for t in chef) and any("theatre" in t for t in chef)
    actress = texts(p(headline="Professional actress", about="I love the theatre and long walks."), me)
    assert not any("theatre" in t for t in actress)


@pytest.mark.parametrize(("location", "greeting", "article_free"), [
    ("Lyon, France", "Bonjour", "passion en commun : randonnée"),
    ("Sevilla, España", "Hola", "compartimos una afición: senderismo"),
])
def test_a_shared_pastime_in_their_words_reads_as_their_language_does(location, greeting, article_free):
    hobby = article_free.rsplit(" ", 1)[-1]
    me = me_with(location=location, interests=[hobby], languages=["English", "French", "Spanish"])
    found = texts(p(location=location, interests=[hobby],
                    about={"Bonjour": "Je construis des outils pour les associations de quartier depuis Lyon.",
                           "Hola": "Construyo herramientas para las asociaciones de vecinos desde Sevilla."}[greeting]),
                  me)
    assert any(t.startswith(greeting) and article_free in t for t in found), found


# ---------------------------------------------------------------- 4. the way they describe their work


@pytest.mark.parametrize("sentence", [
    "Senior Software Engineer at Lumen Health",
    "I'm a product designer at Lumen Health",
    "Based in Lisbon, working with teams across Europe",
    "Previously I ran the payments team at a large retail bank",
    "Former teacher, I spent twelve years in secondary schools",
    "I love coffee, long walks and my two dogs",
    "I am a mother of two and a marathon runner",
    "Sou engenheira de dados na Nubank",
    "Anteriormente trabajé diez años en banca de inversión",
    "Ehemalige Lehrerin, seit Jahren in Hamburg zuhause",
])
def test_a_label_a_location_or_a_past_career_is_not_how_they_describe_their_work(sentence):
    assert not describes_work(sentence)
    them = p(about=f"{sentence}.", **WORKER)
    assert not any("describe your work" in t for t in texts(them))


@pytest.mark.parametrize("sentence", [
    "I build booking tools that let rural clinics see twice as many patients",
    "These days I help small bakeries sell their bread online",
    "Ayudo a pequeñas tiendas a vender por internet sin intermediarios",
    "After ten years in banking, I now teach teenagers to code",
    "Je conçois des outils pour les infirmières de nuit",
    "Ich entwickle Software für Landwirte in Bayern",
    "I'm a designer and I build tools for night-shift nurses",
])
def test_a_vivid_first_person_line_about_their_work_is_still_quoted(sentence):
    assert describes_work(sentence)


@pytest.mark.parametrize(("about", "quoted"), [
    ("Senior Software Engineer at Lumen Health. I build booking tools that let rural clinics see more patients.",
     "I build booking tools"),
    ("Based in Lisbon. These days I help small bakeries sell their bread online.", "These days I help"),
    ("Previously I ran payments at a bank. Now I build tools for night-shift nurses.", "Now I build tools"),
    ("Slow and steady wins the race. I build booking tools for clinics.", None),  # after a proverb, not read on
])
def test_the_line_after_a_label_a_place_or_a_past_career_is_the_one_quoted(about, quoted):
    found = [t for t in texts(p(about=about, **WORKER)) if "describe your work" in t]
    assert (found and quoted in found[0]) if quoted else not found, found


# ---------------------------------------------------------------- 5. time claims


def _employer_pair(mine: tuple[str | None, str | None], theirs: tuple[str | None, str | None]):
    me = me_with(experience=[{"company": "Halden Systems", "title": "Engineer", "start": mine[0], "end": mine[1]},
                             *ME.model_dump()["experience"]])
    them = p(experience=[{"company": "Halden Systems", "title": "Analyst", "start": theirs[0], "end": theirs[1]}],
             headline="Analyst")
    return me, them


@pytest.mark.parametrize(("mine", "theirs", "together"), [
    (("2018-01", "2019-03"), ("2019-09", "2021-01"), False),  # the same year, months apart
    (("2018", "2019"), ("2019", "2021"), False),  # years only: may be months apart
    (("2018-01", "2019-09"), ("2019-03", "2021-01"), True),
    ((None, "2019-09"), ("2019-03", "2021-01"), False),  # no start: nothing to go by
    (("2016-01", "2020-01"), ("2017-06", None), True),  # they are still there
])
def test_the_same_time_only_when_the_dates_surely_overlap(mine, theirs, together):
    me, them = _employer_pair(mine, theirs)
    assert were_there_together(me, them, "employer", "Halden Systems", "Halden Systems", NOW) is together
    found = " ".join(texts(them, me))
    if theirs[1] is not None:  # (a colleague still there is told 'I used to work there too' instead)
        assert ("at the same time" in found) is together, found


def test_a_school_without_an_end_is_no_overlap():
    me = me_with(education=[{"school": "University of Leeds", "start": "2015", "end": "2019"}])
    them = p(education=[{"school": "University of Leeds", "start": "2016"}])
    assert not were_there_together(me, them, "school", "University of Leeds", "University of Leeds", NOW)
    assert not any("overlapped" in t for t in texts(them, me))


@pytest.mark.parametrize("text", [
    "Fintech funding grew 40% this year, according to the new Atomico report.",
    "Congratulations to Brisa on raising $4M to bring their app to more cities!",
    "Acme Corp now has 10,000 customers, a milestone for the Leeds tech scene.",
])
def test_a_statistic_or_someone_elses_news_is_not_congratulated(text):
    assert not news_is_theirs(text) or post_kind(text) == "skip"
    found = post_starter(text)
    assert found is None or "congratulations" not in found.lower()


def test_their_own_result_is_still_congratulated():
    assert news_is_theirs("We cut our onboarding time from ten days to two this quarter.")
    found = post_starter("We cut our onboarding time from ten days to two this quarter.")
    assert found is not None and "congratulations" in found


# ---------------------------------------------------------------- 6. native languages


@pytest.mark.parametrize(("fields", "code"), [
    ({"location": "Lagos, Nigeria"}, "yo"), ({"location": "Lagos, Nigeria"}, "ig"), ({"location": "Kano, Nigeria"}, "ha"),
    ({"location": "Chennai, India"}, "ta"), ({"location": "Nairobi, Kenya"}, "sw"), ({"location": "Manila, Philippines"}, "fil"),
    ({"location": "Addis Ababa, Ethiopia"}, "am"), ({"location": "Dhaka, Bangladesh"}, "bn"),
    ({"location": "Jakarta, Indonesia"}, "jv"), ({"location": "Hong Kong"}, "yue"), ({"location": "Accra, Ghana"}, "ak"),
    ({"location": "Johannesburg, South Africa"}, "zu"), ({"location": "Barcelona, Spain"}, "ca"),
    ({"location": "Dakar, Senegal"}, "wo"), ({"location": "Karachi, Pakistan"}, "ur"),
    ({"location": "Erbil, Iraq"}, "ku"), ({"location": "Belgrade, Serbia"}, "sh"),
    ({"name": "Linh Nguyen", "location": "Houston, Texas"}, "vi"),
    ({"name": "Anna Kowalski", "location": "Chicago, Illinois"}, "pl"),
    ({"name": "Chidi Okafor", "location": "London, United Kingdom"}, "ig"),
])
def test_a_language_native_to_where_they_live_or_to_their_name_is_theirs(fields, code):
    assert code in native_languages(p(**fields))


@pytest.mark.parametrize(("fields", "language"), [
    ({"location": "Lagos, Nigeria"}, "Yoruba"), ({"location": "Chennai, India"}, "Tamil"),
    ({"name": "Linh Nguyen", "location": "Houston, Texas"}, "Vietnamese"), ({"location": "Barcelona, Spain"}, "Catalan"),
])
def test_no_one_is_asked_about_a_language_native_to_them(fields, language):
    me = me_with(languages=["English", language])
    found = texts(p(languages=["English", language], **{**WORKER, **fields}), me)
    assert not any(language in t for t in found)


def test_a_language_foreign_to_where_they_live_is_no_starter_either():
    me = me_with(languages=["English", "Yoruba"])
    found = texts(p(languages=["English", "Yoruba"], location="Austin, Texas", **WORKER), me)
    assert not any("Yoruba" in t for t in found)


def test_english_and_french_learned_abroad_are_not_native_to_germany():
    assert not {"en", "fr"} & native_languages(p(location="Berlin, Germany"))


# ---------------------------------------------------------------- 7. the language to write in


def test_a_short_profile_in_a_native_language_you_share_is_written_to_in_it():
    me = me_with(name="Lucía Gómez", location="Madrid, Spain")
    them = p(location="Ciudad de México, México", headline="Ingeniera de software en Glovo", **WORKER)
    assert shared_language(me, them) == "es"
    assert all(t.startswith("Hola") for t in texts(them, me))


def test_a_short_english_profile_is_still_written_to_in_english():
    me = me_with(name="Lucía Gómez", location="Madrid, Spain")
    them = p(location="Ciudad de México, México", headline="Software engineer at Glovo")
    assert shared_language(me, them) == "en"


def test_a_native_language_guessed_from_your_name_alone_does_not_switch_the_language():
    me = me_with(name="Lucy Garcia", location="Leeds, United Kingdom")
    them = p(location="Ciudad de México, México", headline="Ingeniera de software en Glovo")
    assert shared_language(me, them) == "en"


def test_your_native_language_by_where_you_live_lets_you_write_in_theirs():
    me = me_with(location="Lisbon, Portugal", languages=["English"])
    them = p(location="Porto, Portugal", about="Trabalho com dados há dez anos e adoro ensinar o que aprendi pelo caminho.")
    assert shared_language(me, them) == "pt"
