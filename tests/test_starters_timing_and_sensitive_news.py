"""Conversation starters, time and hard news: grief, illness, a lost or left job, leave and war are never opened on,
and pause every question that assumes a working week; only fresh news is congratulated; 'recent' and 'today' only of
what is.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from starter_examples import (
    EIGHTH_ROUND,
    FIFTH_ROUND,
    FOURTH_ROUND,
    LATE_ROUNDS,
    LEEDS_ANALYST,
    NINTH_ROUND,
    SECOND_ROUND,
    SEVENTH_ROUND,
    SIXTH_ROUND,
    SIXTH_ROUND_LONG_AGO,
    TENTH_ROUND,
    TWELFTH_ROUND,
    job,
    recipient,
    sender,
)

from companion.ground.person_reading import (
    in_a_life_event,
    in_hard_times,
    is_away,
    is_sensitive,
    tells_of_a_death,
    work_is_paused,
)
from companion.ground.post_reading import post_kind, tells_loss_or_harm

HARD_NEWS = [
    "My father passed last Sunday. He taught me to fix anything with patience.",
    "Dad passed away peacefully this morning, surrounded by family.",
    "RIP to my grandmother, who taught me to read before I could walk.",
    "In loving memory of my mentor, who showed me how to lead with kindness.",
    "È morto mio padre, la persona più buona che abbia mai conosciuto.",
    "Mio padre ci ha lasciati ieri sera, grazie a tutti per i messaggi.",
    "Today we had to let go of 14 people on my team. The hardest day of my career.",
    "I had to lay off a third of our company this week, and I own that decision.",
    "We made the difficult decision to part ways with some wonderful colleagues.",
    "Ho dovuto licenziare metà della mia squadra, non lo auguro a nessuno.",
    "Tuvimos que despedir a veinte personas del equipo y no ha sido fácil.",
    "Nous avons dû licencier une partie de l'équipe ce mois-ci.",
    "Wir mussten zehn Kolleginnen und Kollegen entlassen.",
    "Tivemos que demitir parte da equipe esta semana.",
    "Our CEO announced today that 10% of roles will be cut.",
    "Heartbroken. We lost our dog Max this morning.",
    "Goodbye to my dear friend Tom, gone far too soon.",
    "He passed peacefully on Sunday, with my mother holding his hand.",
    "This week we said goodbye to 12 colleagues in our Lisbon office.",
    "We reduced our team by 20% today. I made that call and it hurts.",
    "Abbiamo dovuto salutare dieci colleghi questa settimana.",
]


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
    assert FOURTH_ROUND.post_starter(text) is None


@pytest.mark.parametrize("text", [
    "We shipped the new treatment planning screen for our radiology customers.",
    "Our operations team cut invoice processing time from ten days to two.",
    "Great session on deadline-driven planning with the whole team.",
])
def test_ordinary_work_news_is_not_mistaken_for_hard_news(text):
    assert not is_sensitive(text)


@pytest.mark.parametrize("fields", [
    {"posts": [{"text": "After four years my role at Ferrovia Labs was eliminated. Grateful for the team.",
                "date": FOURTH_ROUND.recently}]},
    {"posts": [{"text": "Fui despedida ayer junto con otras 200 personas.", "date": FOURTH_ROUND.recently}]},
    {"posts": [{"text": "Ich bin seit Januar krankgeschrieben und melde mich im Sommer zurück.", "date": FOURTH_ROUND.recently}]},
    {"posts": [{"text": "Laid off today after six years at Ferrovia Labs. Onwards.", "date": FOURTH_ROUND.recently}]},
    {"headline": "Data Analyst | currently on parental leave"},
    {"about": "En baja de maternidad hasta septiembre."},
])
def test_nothing_assumes_a_working_week_of_someone_away_from_work(fields):
    them = FOURTH_ROUND.p(skills=["Python"], **{**FOURTH_ROUND.worker, **fields})
    assert work_is_paused(them, FOURTH_ROUND.now)
    found = FOURTH_ROUND.texts(them)
    assert not any(phrase in t for t in found for phrase in ("these days", "working on", "your work as",
                                                             "drew you to the change"))
    assert not any(word in t.lower() for t in found for word in ("eliminated", "despedida", "krankgeschrieben",
                                                                 "leave", "baja"))


@pytest.mark.parametrize("text", [
    "Tech layoffs this year were brutal for junior engineers everywhere.",
    "Whoever wins the election, the budget for rail will not change much.",
])
def test_hard_news_of_the_world_is_not_quoted_but_does_not_pause_their_working_life(text):
    them = FOURTH_ROUND.p(posts=[{"text": text, "date": FOURTH_ROUND.recently}], **FOURTH_ROUND.worker)
    assert is_sensitive(text) and not work_is_paused(them, FOURTH_ROUND.now)
    assert FOURTH_ROUND.post_starter(text) is None


@pytest.mark.parametrize("text", [
    "Ich war zwei Wochen in Japan und alles funktioniert mit dem Handy.",
    "Es war ein langer Tag auf der Messe, aber die Gespräche waren großartig.",
])
def test_german_was_is_no_war(text):
    assert not is_sensitive(text)


def test_a_new_job_since_the_hard_news_is_a_working_life_again():
    laid_off = {"text": "I was laid off from Ferrovia Labs last week.", "date": "2029-11-02"}
    started = FOURTH_ROUND.p(posts=[laid_off], experience=[
        {"company": "Ferrovia Labs", "title": "Data Analyst", "start": "2028-02", "end": "2029-10"},
        {"company": "Norrvik", "title": "Data Analyst", "start": "2030-01"}])
    assert not work_is_paused(started, FOURTH_ROUND.now)
    # (a new job announced in the last months is still news of leaving the old one: that pauses on its own)
    later = datetime(2030, 5, 20, tzinfo=UTC)
    laid_off_later = {**laid_off, "date": "2029-12-20"}
    announced = FOURTH_ROUND.p(posts=[{"text": "Excited to join Norrvik as a data analyst!", "date": "2030-01-10"}, laid_off_later],
                               **FOURTH_ROUND.worker)
    assert not work_is_paused(announced, later)
    assert work_is_paused(FOURTH_ROUND.p(posts=[laid_off_later], **FOURTH_ROUND.worker), later)


def test_hard_news_of_last_year_no_longer_pauses_their_working_life():
    them = FOURTH_ROUND.p(posts=[{"text": "My role was eliminated today.", "date": "2028-06-01"}], **FOURTH_ROUND.worker)
    assert not work_is_paused(them, FOURTH_ROUND.now)


def test_the_company_that_just_let_them_go_is_not_opened_on():
    me = FOURTH_ROUND.me_with(experience=[{"company": "Quillon", "title": "Product Engineer", "start": "2027-01"}])
    them = FOURTH_ROUND.p(skills=["Python"], experience=[{"company": "Quillon", "title": "Data Engineer", "start": "2026-06",
                                                          "end": "2029-12"}],
                          posts=[{"text": "I was laid off from Quillon in December. Looking for my next data role in Leeds.",
                                  "date": "2030-01-20"}])
    found = FOURTH_ROUND.texts(them, me)
    assert found and not any("Quillon" in t for t in found)
    assert any("Looking for my next data role" in t for t in found)  # their own request is still answered


@pytest.mark.parametrize("text", HARD_NEWS)
def test_grief_and_a_layoff_told_by_either_side_are_not_opened_on(text):
    assert is_sensitive(text)
    assert post_kind(text) == "skip"
    assert FIFTH_ROUND.post_starter(text) is None


def test_passed_alone_is_no_death():
    assert not is_sensitive("She passed the bar exam on her first try!")


def test_a_version_number_is_no_date():
    assert post_kind("We just released version 3.1 of our open-source scheduler, with offline sync.") == "release"


@pytest.mark.parametrize("post", [
    "We said goodbye to my grandmother on Saturday. She taught me how to fix anything.",
    "Back home after two weeks in hospital. Recovering slowly, thank you for the messages.",
    "Today I had to lay off 14 people from my team. The hardest day of my career.",
    "Six months since we fled Kharkiv. Still learning to sleep without the sirens.",
    "Our town flooded last week and we are still clearing the house.",
])
def test_hard_news_of_the_last_month_means_no_cold_starter(post):
    them = SIXTH_ROUND.p(posts=[{"text": post, "date": SIXTH_ROUND.recently}], interests=["scuba diving"], **SIXTH_ROUND.worker)
    assert in_hard_times(them, SIXTH_ROUND.now) == "wait"
    assert SIXTH_ROUND.texts(them) == []
    # A month and more later a stranger may write (never about that post).
    later = SIXTH_ROUND.p(posts=[{"text": post, "date": SIXTH_ROUND_LONG_AGO}], interests=["scuba diving"], **SIXTH_ROUND.worker)
    assert in_hard_times(later, SIXTH_ROUND.now) is None
    assert SIXTH_ROUND.texts(later) and all(s.kind != "post" for s in SIXTH_ROUND.starters(later))


@pytest.mark.parametrize("post", [
    "We are at war with legacy code again this sprint.",
    "Our war room for the launch had pizza and whiteboards.",
    "Got flooded with signups after the launch, thank you all!",
])
def test_words_of_war_in_a_figure_of_speech_do_not_hold_starters_back(post):
    assert in_hard_times(SIXTH_ROUND.p(posts=[{"text": post, "date": SIXTH_ROUND.recently}]), SIXTH_ROUND.now) is None


def test_someone_laid_off_who_asks_for_work_gets_only_an_offer_of_help():
    them = SIXTH_ROUND.p(posts=[{"text": "I was laid off last week. Open to new roles in data engineering in Leeds.",
                                 "date": SIXTH_ROUND.recently}], interests=["scuba diving"])
    found = SIXTH_ROUND.starters(them)
    assert found and all(s.kind == "offer-help" for s in found)


def test_a_job_left_in_a_country_at_war_is_no_career_move_to_ask_about():
    them = SIXTH_ROUND.p(experience=[{"company": "Dnipro Robotics", "title": "Engineer", "start": "2019-01", "end": "2032-03",
                                      "location": "Kyiv, Ukraine"},
                                     {"company": "Northgate Systems", "title": "Engineer", "start": "2032-04"}])
    assert not any(s.kind == "career" for s in SIXTH_ROUND.starters(them))
    named = SIXTH_ROUND.p(experience=[{"company": "Lviv Software House", "title": "Engineer", "start": "2019-01", "end": "2032-03"},
                                      {"company": "Northgate Systems", "title": "Engineer", "start": "2032-04"}])
    assert not any(s.kind == "career" for s in SIXTH_ROUND.starters(named))


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
    them = SEVENTH_ROUND.p(posts=[{"text": text, "date": "2026-08-01"}], interests=["Sailing"])
    me = SEVENTH_ROUND.me.model_copy(update={"interests": ["Sailing"]})
    assert not any(s.kind == "post" for s in SEVENTH_ROUND.starters(them, me))


def test_ordinary_uses_of_treatment_and_recovery_stay_ordinary():
    assert not is_sensitive("We opened a new water treatment plant and I learned how much the crew knows.")
    assert not is_sensitive("I rebuilt our disaster recovery runbook and learned to test restores.")


@pytest.mark.parametrize("text", [
    "Offline until January: a month of holidays with the family. Back in the new year!",
    "Starting my parental leave today, I'll be back in March.",
    "Out of office until the 6th of January, with limited access to email.",
    "Beginning a sabbatical this week to walk the Camino.",
    "Estaré de vacaciones hasta el 15 de enero, sin conexión.",
    "In Elternzeit bis Februar.",
])
def test_someone_away_for_weeks_gets_no_starter(text):
    them = SEVENTH_ROUND.p(posts=[{"text": text, "date": "2026-11-15"}], interests=["Sailing"])
    me = SEVENTH_ROUND.me.model_copy(update={"interests": ["Sailing"]})
    assert SEVENTH_ROUND.starters(them, me) == []
    back = them.model_copy(update={"posts": [them.posts[0].model_copy(update={"date": "2026-06-01"})]})
    assert SEVENTH_ROUND.starters(back, me)  # months later they are back


def test_a_story_of_coming_back_is_no_absence():
    them = SEVENTH_ROUND.p(posts=[{"text": "Back in March I rebuilt our data pipeline and learned to test every restore.",
                                   "date": "2026-11-15"}], interests=["Sailing"])
    me = SEVENTH_ROUND.me.model_copy(update={"interests": ["Sailing"]})
    assert SEVENTH_ROUND.starters(them, me)


@pytest.mark.parametrize("text", [
    "Last night we lost a three-week-old patient on our ward. Twelve years in neonatology and it never gets easier.",
    "A little boy did not make it through the night in our unit. I keep thinking about his parents.",
    "After nine wonderful years I have decided to leave Brightwater. I learned so much from this team.",
    "I left my job at Brightwater after six years. Time for a long break.",
    "Two years ago I lost my savings to an investment fraud. Here is how the scammers worked.",
    "I was scammed by a fake recruiter last spring and it cost me 4,000 euros.",
    "The worst week of my career: a client walked out and I spent the weekend rebuilding the deck.",
])
def test_a_hard_post_is_not_opened_on(text):
    assert post_kind(text) == "skip"
    me = EIGHTH_ROUND.p(experience=[{"company": "Quillon", "title": "Engineer", "start": "2021"}])
    them = EIGHTH_ROUND.p(name="Ada Moss", experience=[{"company": "Fenwick", "title": "Neonatologist", "start": "2014"}],
                          posts=[{"text": text, "date": "2026-09-01"}])
    assert not any(s.kind == "post" for s in EIGHTH_ROUND.pair(me, them))


def test_a_fraud_analyst_s_results_are_not_a_hardship():
    assert not is_sensitive("We cut fraud losses by 30% this quarter with a model I built.")
    assert post_kind("I spent the weekend rebuilding my garden shed and learned a lot about patience.") == "story"


def test_a_view_with_a_hard_word_is_still_a_view():
    assert post_kind("Unpopular opinion: the worst advice in design is 'just ship it'. We should test first.") == "opinion"


@pytest.mark.parametrize("text", [
    "My position was cut this morning along with 40 others. Grateful for six good years on the team.",
    "Our role has been axed in the reorg, so I am looking for what comes next in product design.",
    "Got RIF'd on Monday after five years. If you are hiring data engineers, I would love to talk.",
    "Hoy se hizo efectivo mi despido después de seis años en la empresa. Gracias a todos por el apoyo.",
    "Nach zwölf Jahren bin ich betriebsbedingt raus. Danke an mein Team für die gemeinsame Zeit.",
])
def test_a_post_about_losing_work_is_not_opened_on(text):
    assert post_kind(text) == "skip"
    me = EIGHTH_ROUND.p(experience=[{"company": "Quillon", "title": "Designer", "start": "2021"}])
    them = EIGHTH_ROUND.p(name="Ada Moss", site="x", posts=[{"text": text, "date": "2026-11-15"}],
                          experience=[{"company": "Fenwick", "title": "Designer", "start": "2020"}])
    assert not any("enjoyed" in s.text or "post" in s.text for s in EIGHTH_ROUND.pair(me, them))


@pytest.mark.parametrize("headline", ["Data engineer · on medical leave until spring 2027", "Data engineer (on leave)",
                                      "Recovering. Data engineer at Brindle."])
def test_a_headline_on_leave_pauses_work_questions(headline):
    me = EIGHTH_ROUND.p(skills=["Kafka"], experience=[{"company": "Quillon", "title": "Data engineer", "start": "2021"}])
    them = EIGHTH_ROUND.p(name="Ana Ruiz", headline=headline, skills=["Kafka"],
                          experience=[{"company": "Brindle", "title": "Data engineer", "start": "2020"}])
    assert not any("these days" in s.text or "at work" in s.text for s in EIGHTH_ROUND.pair(me, them))


def test_a_line_about_a_late_parent_is_not_quoted():
    them = SECOND_ROUND.p(about="I took over my late mother's bakery in 2019 and have grown it to three shops.", **SECOND_ROUND.worker)
    assert not any("late mother" in t for t in SECOND_ROUND.texts(them))


@pytest.mark.parametrize("fields", [
    {"headline": "#OpenToWork | QA engineer"},
    {"site": "x", "posts": [{"text": "After four years, my role at Ferrovia Labs was eliminated this week.",
                             "date": "2030-02-20"}]},
    {"experience": [{"company": "Ferrovia Labs", "title": "Data Analyst", "start": "2025-02", "end": "2030-01"}]},
])
def test_someone_between_jobs_is_not_asked_what_they_enjoy_working_on(fields):
    them = SECOND_ROUND.p(about="QA engineer who loves finding the bug before your customers do.",
                          **({"experience": SECOND_ROUND.worker["experience"]} | fields))
    found = SECOND_ROUND.texts(them)
    assert not any("working on at the moment" in t or "your work as" in t or "typical week" in t for t in found)
    assert not any("eliminated" in t for t in found)


def test_someone_leaving_their_job_is_not_asked_about_a_typical_week_in_it():
    them = SECOND_ROUND.p(site="x", posts=[{"text": "My last day at Ferrovia Labs is Friday. Onwards!", "date": "2030-02-25"}], **SECOND_ROUND.worker)
    assert not any("typical week" in t or "your work as" in t for t in SECOND_ROUND.texts(them))


@pytest.mark.parametrize("post", [
    "Ferrovia Labs turns 10 this week. Thank you to everyone who built it with us.",
    "We launched our booking app for rural clinics this morning.",
])
def test_good_news_two_months_old_is_not_congratulated(post):
    fresh = SECOND_ROUND.p(site="x", posts=[{"text": post, "date": "2030-02-20"}], **SECOND_ROUND.worker)
    assert any("congratulations" in t for t in SECOND_ROUND.texts(fresh))
    stale = SECOND_ROUND.p(site="x", posts=[{"text": post, "date": "2029-12-28"}], **SECOND_ROUND.worker)
    found = SECOND_ROUND.texts(stale)
    assert not any("congratulations" in t or post[:20] in t for t in found)


def test_an_older_post_is_not_dug_out_from_under_a_goodbye():
    them = TENTH_ROUND.p(site="x", posts=[
        {"text": "Today is my last day at Lumen Textiles. Seven years, a great team. Taking some months off.",
         "date": "2026-11-28"},
        {"text": "Most recycled yarn fails at the spinner, not at the design table.", "date": "2026-10-01"}])
    assert not any("recycled yarn" in t for t in TENTH_ROUND.texts(them))


@pytest.mark.parametrize("post", [
    "We lost Dr. Hal Moreno last week — my mentor, and the reason I became a nurse. He taught me patience.",
    "I lost my mentor this week. Forty years of teaching, and he still answered every email.",
    "Prof. Ada Obi taught three generations of us to read the data before the paper. I will miss her.",
])
def test_the_death_of_a_mentor_is_never_enjoyed(post):
    found = TENTH_ROUND.texts(TENTH_ROUND.p(site="x", posts=[{"text": post, "date": "2026-12-01"}]))
    assert not any("enjoyed" in t or "surprised" in t or "prompted" in t for t in found), found
    assert is_sensitive(post)


def test_a_lost_match_or_client_is_no_death():
    assert not is_sensitive("We lost the final 2-1 but the team played brilliantly all season.")
    assert not is_sensitive("We lost our biggest client this quarter and learned a lot about pricing.")


def test_treatment_told_two_months_ago_still_means_wait():
    them = NINTH_ROUND.p(posts=[{"text": "Some news: I'll be on leave for the rest of the year while I go through treatment. "
                                 "Thanks for the kind words.", "date": "2026-10-01"}],
                         interests=["Birdwatching"])
    assert in_hard_times(them, NINTH_ROUND.now) == "wait"
    assert NINTH_ROUND.texts(them) == []


def test_a_finished_treatment_months_ago_does_not_silence_a_profile_for_half_a_year():
    them = NINTH_ROUND.p(posts=[{"text": "Last round of chemo today. Grateful for everyone.", "date": "2026-08-01"}],
                         interests=["Birdwatching"])
    assert in_hard_times(them, NINTH_ROUND.now) is None


def test_a_sabbatical_to_care_for_an_ill_parent_is_no_milestone():
    them = NINTH_ROUND.p(posts=[{"text": "Personal news: I'm taking a 4-month sabbatical from February to be with my mother, "
                                 "who is unwell. Replies will be slow.", "date": "2026-11-25"}],
                         interests=["Birdwatching"])
    assert in_hard_times(them, NINTH_ROUND.now) == "wait" or is_away(them, NINTH_ROUND.now)
    assert not any("congratulations" in t.lower() for t in NINTH_ROUND.texts(them))


def test_a_distressed_post_is_never_enjoyed():
    them = NINTH_ROUND.p(experience=[{"company": "Saltmarsh Trust", "title": "Ranger", "start": "2015-01"}],
                         posts=[{"text": "The wetland burned again last night. Twenty years of work. I don't have words.",
                                 "date": "2026-12-01"}])
    assert not any(s.kind == "post" for s in NINTH_ROUND.starters(them))


@pytest.mark.parametrize("post", [
    "Today we lost a colleague in a fall-of-ground incident at our shaft. Thinking of his family.",
    "Last month a soldier I served with took his own life. Check on your people.",
    "After 4.5 years, we're winding down Tallyho. Thank you to every customer who believed in us.",
    "The river came through the workshop on Tuesday night. Everything below a metre is gone after the flood.",
    "Mi madre falleció el domingo. Gracias por los mensajes de cariño estos días.",
    "Unser Werk schließt Ende des Jahres, die Entlassungen treffen 200 Kolleginnen und Kollegen.",
    "Isä kuoli viime viikolla. Kiitos kaikille tuesta.",
    "Three weeks in hospital after the diagnosis, and I am finally home writing again.",
])
def test_a_post_with_any_sign_of_loss_harm_or_an_ending_gets_no_post_starter(post):
    assert tells_loss_or_harm(post)
    assert TWELFTH_ROUND.post_starter(post) is None


def test_a_plain_post_of_their_own_work_is_no_loss():
    assert not tells_loss_or_harm("We planed the last beams for the footbridge today and the glulam looks superb.")


@pytest.mark.parametrize("post", [
    "Dad was hospitalised on Friday; I'll be slow to reply for a while.",
    "Mi padre está en el hospital desde el lunes.",
    "Minha mãe foi internada ontem à noite.",
])
def test_a_stay_in_hospital_is_hard_news(post):
    assert tells_loss_or_harm(post)


@pytest.mark.parametrize("post", [
    "She works at the hospital and loves the night shifts on the maternity ward.",
    "Our hospital pharmacy cut dispensing errors by a third this year with barcode checks.",
    "Trabajo como enfermera en un hospital universitario desde 2019.",
])
def test_work_at_a_hospital_is_no_hard_news(post):
    assert not tells_loss_or_harm(post)


def test_study_leave_pauses_work():
    them = TWELFTH_ROUND.p(headline="Narrative designer at Norrland Timber, on study leave for all of 2026",
             experience=[{"company": "Norrland Timber", "title": "Narrative designer", "start": "2018-01"}])
    assert work_is_paused(them, TWELFTH_ROUND.now)
    assert not work_is_paused(TWELFTH_ROUND.p(headline="Narrative designer at Norrland Timber"), TWELFTH_ROUND.now)


def test_a_death_told_in_a_post_of_the_last_months_means_no_starter_at_all():
    me = TWELFTH_ROUND.me_with(education=[{"school": "University of Tartu", "start": "2008", "end": "2012"}])
    shared_school = [{"school": "University of Tartu", "start": "2009", "end": "2013"}]
    grieving = TWELFTH_ROUND.p(education=shared_school, posts=[
        {"text": "Our pupils built a solar oven from a pizza box today and melted chocolate in it.", "date": "2026-11-20"},
        {"text": "My wife passed away in September. Thank you to everyone who wrote.", "date": "2026-10-02"}])
    assert TWELFTH_ROUND.texts(grieving, me) == []
    long_ago = TWELFTH_ROUND.p(education=shared_school, posts=[
        {"text": "My wife passed away in September. Thank you to everyone who wrote.", "date": "2025-10-02"}])
    assert TWELFTH_ROUND.texts(long_ago, me)
    undated = TWELFTH_ROUND.p(education=shared_school, posts=[
        {"text": "My wife passed away in September. Thank you to everyone who wrote.", "date": None}])
    assert TWELFTH_ROUND.texts(undated, me) == []  # a page shows its latest posts: no date is no licence


def test_a_death_in_gentle_words_is_still_a_death():
    from companion.ground.person_reading import tells_of_a_death
    assert tells_of_a_death("My mother went home to be with the Lord on Sunday. She was a midwife for 35 years.")
    assert not tells_of_a_death("My mother taught me to sew; I still use her machine.")


@pytest.mark.parametrize("news", [
    "Nu är det dags! Från måndag är jag föräldraledig i sex månader. Vi ses i vår!",
    "Our daughter Noa arrived on Tuesday. Everyone is healthy, nobody is sleeping.",
    "After eleven years, I'll be stepping down as GM at the end of December.",
    "Diez años desde que egresamos. ¿Quién se anima a una junta de generación en enero?",
    "Starting my parental leave today, back in May.",
])
def test_their_life_event_news_gets_no_generic_opener(news):
    them = recipient(site="x", location="Stockholm, Sweden", posts=[{"text": news, "date": "2026-11-20"}],
                     experience=[{"company": "Nordpay", "title": "Product Lead", "start": "2016-01"}])
    me = sender(location="Stockholm, Sweden", experience=[{"company": "Nordpay", "title": "PM", "start": "2012-01", "end": "2015-06"}])
    assert in_a_life_event(them, LATE_ROUNDS.now)
    assert LATE_ROUNDS.texts(them, me) == []


def test_a_sabbatical_in_the_headline_is_a_life_event_and_old_news_is_not():
    assert in_a_life_event(recipient(headline="Engenheira de Software | Em período sabático até março de 2027"), LATE_ROUNDS.now)
    old = recipient(posts=[{"text": "Our daughter Noa arrived on Tuesday.", "date": "2025-01-10"}])
    assert not in_a_life_event(old, LATE_ROUNDS.now)
    assert not in_a_life_event(recipient(headline="Financial advisor", about="I help families plan for the long run."), LATE_ROUNDS.now)


@pytest.mark.parametrize(("headline", "about"), [
    ("Newborn photographer", ""), ("", "In 2018 I took a sabbatical to travel, then came back to design."),
    ("Organiser of the Class of 2005 reunion", ""), ("I design step down converters", ""),
])
def test_an_undated_line_that_names_a_life_event_is_no_life_event_of_theirs_now(headline, about):
    assert not in_a_life_event(recipient(headline=headline, about=about), LATE_ROUNDS.now)


@pytest.mark.parametrize("text", [
    "Cette nuit, nous ne sommes pas arrivés à temps. Neuf personnes sont mortes en mer.",
    "Ayer murieron tres compañeros en el incendio de la planta.",
    "Seven people drowned off the coast last night. I have nothing else to say.",
    "El sábado despedimos a mi mamá. Gracias por los mensajes; estaré fuera unas semanas.",
    "Oggi abbiamo salutato il mio papà per l'ultima volta.",
    "We laid my grandfather to rest on Friday.",
])
def test_a_death_told_in_the_plural_by_drowning_or_as_a_farewell_is_read(text):
    assert tells_of_a_death(text)
    me = sender(location="Lyon, France", experience=[job("Ocean Relief", "Logistics Officer", "2020-03", "2022-01")])
    them = recipient(location="Marseille, France", experience=[job("Ocean Relief", "Rescue Coordinator", "2019-05", "2023-01")],
                     posts=[{"text": text, "date": "2026-11-24"}])
    assert LATE_ROUNDS.texts(them, me) == []


@pytest.mark.parametrize("text", [
    "Les morts de la route en baisse de 18 % cette année : les radars font le travail.",
    "Nos despedimos de nuestro equipo de ventas de Lima: gracias por todo.",
    "Tarde de Día de Muertos con la familia.",
])
def test_figures_and_farewells_to_a_team_are_no_death_of_theirs(text):
    assert not tells_of_a_death(text)


def test_a_colleague_of_a_rescuer_is_greeted_when_no_death_is_told():
    me = sender(location="Lyon, France", experience=[job("Ocean Relief", "Logistics Officer", "2020-03", "2022-01")])
    them = recipient(location="Marseille, France", experience=[job("Ocean Relief", "Rescue Coordinator", "2019-05", "2023-01")],
                     posts=[{"text": "Our new ship is in Marseille for her final refit.", "date": "2026-11-24"}])
    assert LATE_ROUNDS.texts(them, me)


def test_a_death_in_any_language_posts_are_read_in_is_hard_news_everywhere():
    for text in ("Tata zmarł wczoraj.", "Isä kuoli viime viikolla.", "Min mor avled i söndags."):
        assert is_sensitive(text) and post_kind(text) == "skip" and tells_loss_or_harm(text), text
    assert not is_sensitive("We lost the final 2-1 but the team played brilliantly all season.")
    assert not is_sensitive("There is a common refrain that AI is the death of SaaS.")


def test_mourning_is_hard_times_for_three_months():
    them = LEEDS_ANALYST.p(posts=[{"text": "Today we lost a colleague and a friend. Rest easy, Sam.", "date": "2026-09-20"}])
    assert in_hard_times(them, LEEDS_ANALYST.now) == "wait" and LEEDS_ANALYST.texts(them) == []
    assert in_hard_times(them, datetime(2027, 1, 30, tzinfo=UTC)) is None


# ---------------------------------------------------------------- one list of leaves, read alike everywhere

@pytest.mark.parametrize("headline", ["On sabbatical until March", "Em período sabático até março", "In Elternzeit",
                                      "En congé parental", "In congedo di maternità", "De licença parental",
                                      "De baja de maternidad", "On parental leave",
                                      "En congé de maternité", "Gründer | derzeit im Sabbatical"])
def test_a_leave_said_in_any_language_is_away_a_life_event_and_a_pause_alike(headline):
    them = recipient(headline=headline)
    now = LATE_ROUNDS.now
    assert is_away(them, now) and in_a_life_event(them, now) and work_is_paused(them, now)


@pytest.mark.parametrize("headline", ["Head of People. Parental leave policy nerd.", "Sabbatical programme designer",
                                      "Sage-femme en maternité", "Infirmière en maternité",
                                      "Researcher in parental leave policy"])
def test_a_leave_named_as_their_work_is_no_leave_of_theirs_now(headline):
    them = recipient(headline=headline)
    now = LATE_ROUNDS.now
    assert not is_away(them, now) and not in_a_life_event(them, now) and not work_is_paused(them, now)
