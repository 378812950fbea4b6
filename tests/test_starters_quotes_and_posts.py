"""Conversation starters, what of theirs is quoted and how a post is opened on: 'the way you describe your work' only
of a line of their own with a turn, a post given the question it invites (a view, a story, news to congratulate, a
question, news they relay), never someone else's words, a notice, a job ad or a question the post already answers.
"""

from __future__ import annotations

import pytest
from starter_examples import (
    EIGHTH_ROUND,
    FIFTH_ROUND,
    FOURTH_ROUND,
    NINTH_ROUND,
    SECOND_ROUND,
    SEVENTH_ROUND,
    SIXTH_ROUND,
    SPANISH_ABOUT,
    TENTH_ROUND,
    THIRD_ROUND,
    TWELFTH_ROUND,
)

from companion.ground.post_reading import achievement_is_first_person, news_is_theirs, post_kind, relays_news
from companion.ground.starters import (
    describes_work,
    is_distinctive,
)
from companion.models import Profile

NOTICES = [
    "Reminder: our product meetup is this Thursday at 7pm, see you at the usual bar!",
    "Pre-orders for my book on warehouse design are open now, link in the comments.",
    "PhD applications for our lab close on 15 January. Apply by then if you love robotics.",
    "Our new show opens on 12 March at the Almeida. We have been rehearsing for months.",
    "Our new show opens next week and I am so nervous about opening night.",
    "Tickets for the autumn data summit are on sale, early bird until Friday.",
    "Registration is open for the spring cohort of our mentoring programme.",
    "Join us at the community hall for a night of short talks on open data.",
    "We're hiring two backend engineers in Lisbon, message me if you know someone.",
    "Promemoria: le iscrizioni al workshop chiudono venerdì.",
    "Recordatorio: la inscripción al taller cierra el 20 de mayo.",
    "Il nostro nuovo spettacolo debutta il 12 marzo al Teatro Franco Parenti.",
    "Excited to speak at Web Summit in November about design systems!",
    "My debut novel comes out in March and I cannot wait.",
    "Our crowdfunding campaign is live! Back us here.",
    "New blog post: why we moved our whole stack off Kubernetes.",
    "We are looking for a senior designer to join our team in Lisbon.",
    "Doors open at 6, talks at 6:30. Pizza provided.",
    "Our customers asked for dark mode, so we built it. Try it today.",
    "We helped Acme cut onboarding time by 40%. Here is how.",
    "Are you ready for the new EU AI Act?",
]


def test_recent_is_said_only_of_their_newest_post():
    them = THIRD_ROUND.p(site="x", handle="noorh", **THIRD_ROUND.worker, posts=[
        {"text": "Can anyone recommend a data catalogue that a team of three can actually keep up to date?",
         "date": "2031-05-20"},  # answered by an offer of help, not quoted
        {"text": "Tried rewriting our ingestion jobs around idempotent writes and the retries stopped hurting.",
         "date": "2031-04-10"},
    ])
    post = next(t for t in THIRD_ROUND.texts(them) if "idempotent" in t)
    assert "your recent post" not in post and "your post" in post


def test_an_old_post_is_not_dug_out_when_they_have_posted_since():
    them = THIRD_ROUND.p(site="x", handle="noorh", **THIRD_ROUND.worker, posts=[
        {"text": "Our team closed a seed round of two million to build port logistics software.", "date": "2031-04-01"},
        {"text": "Spent the week learning how every container crane sensor we have in the yard reports faults.", "date": "2031-01-05"},
    ])
    assert not any("crane" in t for t in THIRD_ROUND.texts(them))


def test_the_older_post_is_still_quoted_when_what_came_since_is_a_joke():
    them = THIRD_ROUND.p(site="x", handle="noorh", **THIRD_ROUND.worker, posts=[
        {"text": "Me: one more query. Also me: three hours later. Me: still one more query.", "date": "2031-05-28"},
        {"text": "Spent the week learning how every container crane sensor we have in the yard reports faults.", "date": "2031-01-05"},
    ])
    assert any("crane" in t for t in THIRD_ROUND.texts(them))


@pytest.mark.parametrize("post", [
    "Study explores topological beaming of light",                                   # an article's headline
    "tradingview.com/chart/ABCUSD $ABC For more on the strategy see the notes there",  # a link and its caption
    "View my verified achievement from Scaled Agile Inc.",                           # the site's words
])
def test_someone_elses_words_are_not_quoted_as_their_post(post):
    them = THIRD_ROUND.p(site="x", handle="noorh", **THIRD_ROUND.worker, posts=[{"text": post, "date": "2031-05-25"}])
    found = THIRD_ROUND.texts(them)
    assert not any("post" in t for t in found)


def test_a_short_sentence_of_their_own_is_still_their_post():
    them = THIRD_ROUND.p(site="x", handle="noorh", **THIRD_ROUND.worker, posts=[{"text": "Spoke at PyCon for the first time, on data contracts.", "date": "2031-05-25"}])
    assert any("Spoke at PyCon for the first time" in t for t in THIRD_ROUND.texts(them))


def test_a_cv_line_is_not_praised_as_the_way_they_describe_their_work():
    them = THIRD_ROUND.p(about="Data engineer with 4 years of experience in building pipelines from scratch.", **THIRD_ROUND.worker)
    assert not any("describe your work" in t for t in THIRD_ROUND.texts(them))


def test_an_organisations_notice_is_not_asked_about():
    them = Profile(name="Gdańsk Rust Meetup", site="x", headline="Rust user group in Gdańsk",
                   posts=[{"text": "Thanks to everyone who came out to our talks on async runtimes last night, the room was full.",
                           "date": "2031-05-28"}])
    assert not any("prompted" in t for t in THIRD_ROUND.texts(them))


@pytest.mark.parametrize("post", ["You are on the waitlist for Thursday? Check your inbox for a spare seat.",
                                  "We are opening a call for projects for companies that want to test refill packaging."])
def test_a_waiting_list_or_a_call_for_projects_is_not_asked_about(post):
    them = THIRD_ROUND.p(site="x", handle="noorh", **THIRD_ROUND.worker, posts=[{"text": post, "date": "2031-05-28"}])
    assert not any("prompted" in t for t in THIRD_ROUND.texts(them))


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
    assert FOURTH_ROUND.post_starter(text) is None


@pytest.mark.parametrize("text", [
    "Our new paper on sparse attention is out, with code and data for everyone.",
    "We just released version 3.1 of our open-source scheduler, with offline sync.",
])
def test_a_release_of_theirs_is_congratulated_not_asked_what_prompted_it(text):
    found = FOURTH_ROUND.post_starter(text)
    assert found is not None and "congratulations" in found and "prompted" not in found


def test_their_new_job_is_congratulated_as_a_new_role():
    found = FOURTH_ROUND.post_starter("I'm excited to join Brightwave as Head of Data next month.")
    assert found is not None and "congratulations on the new role" in found


@pytest.mark.parametrize(("text", "question"), [
    ("Just watched Perfect Days, a wonderful film about routine. Highly recommend.", "recommend in the same vein"),
    ("What is the best way to onboard a junior analyst remotely?", "What have people told you so far"),
    ("Fintech funding in Europe fell 40% this year, according to a new report.", "take on it"),
    ("I rebuilt our reporting pipeline in a weekend and learned a lot about caching.", "surprised you most"),
    ("Estoy viajando por Japón por primera vez y todo funciona con el móvil, es increíble.", "surprised you most"),
    ("Tried four years of cycling to the office through every northern winter.", "surprised you most"),
])
def test_a_post_gets_the_question_it_invites(text, question):
    found = FOURTH_ROUND.post_starter(text)
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
    found = FOURTH_ROUND.post_starter("I think most dashboards are read once and then forgotten by the team that asked.")
    assert found is not None and "prompted" in found


@pytest.mark.parametrize(("text", "asked"), [
    ("When my co-founder and I started Wrenly we were mainly helping small shops with their stock.", False),
    ("Just watched Perfect Days, a wonderful film about routine. Highly recommend.", False),
    ("Our new paper on sparse attention is out, with code and data for everyone.", False),
    ("I think most dashboards are read once and then forgotten by the team that asked.", True),
])
def test_on_linkedin_whose_author_is_unknown_only_a_view_is_asked_why_they_shared_it(text, asked):
    them = FOURTH_ROUND.p(site="linkedin", posts=[{"text": text, "date": FOURTH_ROUND.recently}], **FOURTH_ROUND.worker)
    found = [t for t in FOURTH_ROUND.texts(them) if "post" in t]
    assert bool(found) is asked and all("share it" in t for t in found), found


def test_a_spanish_question_is_quoted_with_its_opening_mark():
    found = FOURTH_ROUND.post_starter("¿Qué herramienta usáis para contratos de datos?", location="Madrid, España",
                                      about="Trabajo con datos desde hace diez años y me encanta enseñar lo que aprendo.")
    assert found is not None and "“¿Qué herramienta" in found


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
    them = FOURTH_ROUND.p(about=f"{sentence}.", **FOURTH_ROUND.worker)
    assert not any("describe your work" in t for t in FOURTH_ROUND.texts(them))


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
    ("Senior Software Engineer at Lumen Health. I build booking tools that let rural clinics see more patients, without longer days.",
     "I build booking tools"),
    ("Based in Lisbon. These days I help small bakeries sell their bread online, without the marketplaces.", "These days I help"),
    ("Previously I ran payments at a bank. Now I build tools for night-shift nurses, so they can sleep after.", "Now I build tools"),
    ("Slow and steady wins the race. I build booking tools for clinics.", None),  # after a proverb, not read on
])
def test_the_line_after_a_label_a_place_or_a_past_career_is_the_one_quoted(about, quoted):
    found = [t for t in FOURTH_ROUND.texts(FOURTH_ROUND.p(about=about, **FOURTH_ROUND.worker)) if "describe your work" in t]
    assert (found and quoted in found[0]) if quoted else not found, found


@pytest.mark.parametrize("text", [
    "Fintech funding grew 40% this year, according to the new Atomico report.",
    "Congratulations to Brisa on raising $4M to bring their app to more cities!",
    "Acme Corp now has 10,000 customers, a milestone for the Leeds tech scene.",
])
def test_a_statistic_or_someone_elses_news_is_not_congratulated(text):
    assert not news_is_theirs(text) or post_kind(text) == "skip"
    found = FOURTH_ROUND.post_starter(text)
    assert found is None or "congratulations" not in found.lower()


def test_their_own_result_is_still_congratulated():
    assert news_is_theirs("We cut our onboarding time from ten days to two this quarter.")
    found = FOURTH_ROUND.post_starter("We cut our onboarding time from ten days to two this quarter.")
    assert found is not None and "congratulations" in found


@pytest.mark.parametrize("text", NOTICES)
def test_a_notice_is_never_quoted_nor_asked_what_surprised_them(text):
    assert post_kind(text) == "skip"
    assert FIFTH_ROUND.post_starter(text) is None


@pytest.mark.parametrize("text", [
    "Nice weather in the harbour, new plants on the office terrace.",
    "Small wins, big smiles, great people.",
    "Data, coffee and a long to-do list.",
])
def test_a_post_too_uncertain_to_read_is_skipped(text):
    assert post_kind(text) == "skip"
    assert FIFTH_ROUND.post_starter(text) is None


@pytest.mark.parametrize(("text", "kind"), [
    ("I think most onboarding flows ask for far too much, far too soon.", "opinion"),
    ("The biggest lesson from my first year managing: say less in meetings.", "opinion"),
    ("Five lessons from running a warehouse through a cold winter.", "opinion"),
    ("I rebuilt our stock forecasts in a spreadsheet and learned how little we knew.", "story"),
    ("Spent the week trying every shift of the new depot, nights included.", "story"),
    ("Ho imparato più in un anno di turni di notte che in cinque anni di ufficio.", "story"),
    ("Ho imparato che i modelli più semplici sono quelli che restano in produzione.", "opinion"),
    ("I learned that the night shift knows where every bottleneck is.", "opinion"),
    ("Penso che i magazzini piccoli siano i più difficili da gestire.", "opinion"),
])
def test_a_view_a_story_or_a_lesson_is_still_asked_about(text, kind):
    assert post_kind(text) == kind
    assert FIFTH_ROUND.post_starter(text) is not None


def test_their_own_award_told_without_a_subject_is_congratulated():
    found = FIFTH_ROUND.post_starter("Honoured to receive the Women in Logistics award last night.")
    assert found is not None and "congratulations" in found


@pytest.mark.parametrize("post", [
    "Eighteen months ago our team moved its payment services from Go to Rust. Incidents fell 40% and on-call got quiet.",
    "Harvest 2032 is in: 38 tonnes of Syrah, the best fruit this valley has seen in a decade.",
    "Q2 results: revenue up 22%, churn down to 3%. Proud of what this team delivered.",
])
def test_their_own_first_hand_report_is_not_asked_for_their_take(post):
    found = [s.text for s in SIXTH_ROUND.starters(SIXTH_ROUND.p(posts=[{"text": post, "date": SIXTH_ROUND.recently}], **SIXTH_ROUND.worker))]
    assert not any("take on it" in t for t in found)


def test_news_they_relay_plainly_is_asked_for_their_take():
    post = "According to a new survey, 61% of engineers now use AI assistants daily."
    assert relays_news(post) and relays_news("Remote teams ship faster https://example.com/study")
    found = [s.text for s in SIXTH_ROUND.starters(SIXTH_ROUND.p(posts=[{"text": post, "date": SIXTH_ROUND.recently}], **SIXTH_ROUND.worker)) if s.kind == "post"]
    assert found and "take on it" in found[0]
    assert not relays_news("Harvest 2032 is in: 38 tonnes of Syrah.")


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
    them = SEVENTH_ROUND.p(posts=[{"text": text, "date": "2026-11-10"}])
    assert not any("prompted" in s.text or "llevó" in s.text for s in SEVENTH_ROUND.starters(them))


def test_an_abbreviation_does_not_end_the_quoted_sentence():
    from companion.ground.starters import _sentences
    assert _sentences("We sell to the U.S. market now. Dr. Okafor leads it, e.g. the Kano pilot. Done!") == [
        "We sell to the U.S. market now.", "Dr. Okafor leads it, e.g. the Kano pilot.", "Done!"]
    assert _sentences("I said no. Then I built it.") == ["I said no.", "Then I built it."]


def test_a_line_that_repeats_their_job_title_is_not_quoted():
    about = "Senior Elixir engineer building realtime systems. I make chat apps stay up, even when a stadium logs in at once."
    them = EIGHTH_ROUND.p(name="Tariq Bell", headline="Senior Elixir Engineer | Realtime systems", about=about,
                          experience=[{"company": "Chatterly", "title": "Senior Elixir Engineer", "start": "2022"}])
    me = EIGHTH_ROUND.p(experience=[{"company": "Quillon", "title": "Engineer", "start": "2021"}])
    compliments = [s.text for s in EIGHTH_ROUND.pair(me, them) if s.kind == "compliment"]
    assert compliments and all("Senior Elixir engineer" not in t for t in compliments)
    assert any("I make chat apps stay up" in t for t in compliments)


@pytest.mark.parametrize(("post", "question"), [
    ("Our clinic turns 5 this week. Thank you to every patient who trusted us.", "surprised you most"),
    ("Two years at Ferrovia Labs today, and still learning every week.", "surprised you most"),
    ("We launched our booking app for rural clinics this morning.", "hardest part"),
    ("Our robotics club placed 2nd at the national finals!", "hardest part"),
    ("Our spring appeal raised 45% more than last year for the shelter.", "hardest part"),
    ("Proud to share that our lab is now ISO 15189 certified after a long audit.", "hardest part"),
    ("Cut our nightly build from 50 minutes to 12 by caching the right things.", "hardest part"),
])
def test_good_news_is_congratulated_not_asked_what_prompted_it(post, question):
    them = SECOND_ROUND.p(site="x", posts=[{"text": post, "date": "2030-02-20"}], **SECOND_ROUND.worker)
    found = next(s for s in SECOND_ROUND.starters(them) if s.kind == "post")
    assert "congratulations" in found.text and question in found.text
    assert "prompted" not in found.text


def test_news_of_a_new_job_is_not_mistaken_for_an_anniversary():
    them = SECOND_ROUND.p(site="x", posts=[{"text": "After six years at Ferrovia Labs I'm joining Tidewater as Head of Data next month.",
                                            "date": "2030-02-20"}], **SECOND_ROUND.worker)
    found = next(s for s in SECOND_ROUND.starters(them) if s.kind == "post")
    assert "congratulations (" not in found.text


def test_an_opinion_post_is_still_asked_about():
    them = SECOND_ROUND.p(site="x", posts=[{"text": "Most dashboards are read once and then forgotten by the team that asked.",
                                            "date": "2030-02-20"}], **SECOND_ROUND.worker)
    found = next(s for s in SECOND_ROUND.starters(them) if s.kind == "post")
    assert "your recent post" in found.text and "prompted" in found.text


def test_an_invitation_is_not_a_post_to_ask_about():
    them = SECOND_ROUND.p(site="x", posts=[{"text": "If you're around Leeds, join us for the next data meetup on 12 March, free pizza.",
                                            "date": "2030-02-20"}], **SECOND_ROUND.worker)
    assert all(s.kind != "post" for s in SECOND_ROUND.starters(them))


@pytest.mark.parametrize("sentence", [
    "There are only two hard things in computer science: naming and caching",
    "Slow and steady wins the race, every single time",
    "Okonkwo is my family name, and I answer to both",
    "Happy where I am, thanks for thinking of me",
    "Second-year economics student",
    "Carpe diem, quam minimum credula postero",
    # (fourth review) a job label, a span of years: a CV's line, not a vivid first-person one about the work
    "Twenty-two years in freight logistics, the last six as COO",
    "Translator for medical and legal publishers",
])
def test_what_does_not_describe_their_work_is_not_quoted_as_such(sentence):
    assert not describes_work(sentence)
    them = SECOND_ROUND.p(about=f"{sentence}. Weekends on the allotment.", **SECOND_ROUND.worker)
    assert not any("describe your work" in t for t in SECOND_ROUND.texts(them))


@pytest.mark.parametrize("sentence", [
    "I design booking systems for rural clinics",
    "Backend engineer who cares about boring, reliable systems",
    "Construímos drones para monitorizar culturas de arroz",
])
def test_a_description_of_their_work_is_still_quoted(sentence):
    assert describes_work(sentence)


def test_a_hobby_is_not_quoted_as_how_they_describe_their_work():
    assert not describes_work("Beekeeping is my hobby")
    assert not describes_work("In my free time I restore old radios")


def test_an_older_post_without_a_date_word_is_still_asked_about():
    them = SECOND_ROUND.p(site="x", posts=[{"text": "Most dashboards are read once and then forgotten by the team that asked.",
                                            "date": "2029-12-28"}], **SECOND_ROUND.worker)
    assert any("Most dashboards" in t for t in SECOND_ROUND.texts(them))


@pytest.mark.parametrize(("post", "greeting"), [
    ("Ferrovia Labs turns 10 this week. Thank you to everyone who built it with us.", "congratulations to you and the team"),
    ("Today we celebrated 20 years of service for 35 of our drivers.", "congratulations to you and the team"),
    ("Ferrovia Labs cumple 10 años esta semana y seguimos creciendo en Bogotá con el equipo.",
     "enhorabuena a ti y a todo el equipo"),
])
def test_a_company_or_team_milestone_is_not_congratulated_as_their_own_journey(post, greeting):
    spanish = {"about": SPANISH_ABOUT, "location": "Madrid, España"} if "años" in post else {}
    them = SECOND_ROUND.p(site="x", posts=[{"text": post, "date": "2030-02-25"}], **SECOND_ROUND.worker, **spanish)
    found = next(s for s in SECOND_ROUND.starters(them, SECOND_ROUND.me_with(languages=["English", "Spanish"])) if s.kind == "post")
    assert greeting in found.text
    assert not any(w in found.text for w in ("along the way", "surprised", "por el camino"))


@pytest.mark.parametrize("post", ["I turn 40 today and I am grateful for every year of it.",
                                  "Our clinic turns 5 this week. Thank you to every patient who trusted us.",
                                  "Celebrating my fifth work anniversary at Ferrovia Labs."])
def test_their_own_milestone_is_still_asked_about_along_the_way(post):
    them = SECOND_ROUND.p(site="x", posts=[{"text": post, "date": "2030-02-25"}], **SECOND_ROUND.worker)
    found = next(s for s in SECOND_ROUND.starters(them) if s.kind == "post")
    assert "along the way" in found.text and "the team" not in found.text


@pytest.mark.parametrize("line", [
    "I lead a team of 12 building risk models for 4 million borrowers",
    "I build invoicing tools for small shops in Portugal",
    "I've edited 14 documentaries and 3 series for public television",
    "Building scheduling software used by 80k+ nurses",
    "Geologist turned operations director",
    "Construyo herramientas de pago para pequeños comercios",
])
def test_a_plain_description_of_a_job_is_not_distinctive(line):
    assert not is_distinctive(line)


@pytest.mark.parametrize("line", [
    "I build deploy tools so nobody gets paged at 4am",
    "I help hospitals buy less and waste nothing",
    "I translate contracts you can actually read",
    "I count whales for a living",
    "Helping small farms get paid, one invoice at a time",
    "I turn sensor noise into harvest forecasts",
    "Diseño casas sin escaleras para gente mayor",
    "Ich baue Brücken, die niemand bemerkt, und das ist gut so – ohne Stau",
])
def test_a_line_with_a_turn_of_its_own_is_distinctive(line):
    assert is_distinctive(line)


def test_a_plain_line_about_their_work_is_not_praised():
    them = TENTH_ROUND.p(about="I build invoicing tools for small shops in Portugal.",
                         experience=[{"company": "Faturo", "title": "Engineer", "start": "2021"}])
    assert not any("describe your work" in t for t in TENTH_ROUND.texts(them))


def test_the_line_with_a_turn_is_quoted_after_a_plain_one():
    them = TENTH_ROUND.p(about="I build invoicing tools for small shops. I make tax season boring, so owners can sleep.",
                         experience=[{"company": "Faturo", "title": "Engineer", "start": "2021"}])
    quoted = [t for t in TENTH_ROUND.texts(them) if "describe your work" in t]
    assert quoted and "I make tax season boring, so owners can sleep" in quoted[0]


def test_a_view_that_says_why_it_was_written_is_not_asked_what_prompted_it():
    view = ("That's why I think most onboarding checklists fail: they are written for auditors, not for the person "
            "starting on Monday.")
    them = TENTH_ROUND.p(site="x", posts=[{"text": view, "date": "2026-11-30"}])
    assert not any("What prompted it?" in t for t in TENTH_ROUND.texts(them))
    plain_view = "Most onboarding checklists fail: they are written for auditors, not for the person starting on Monday."
    assert any("What prompted it?" in t for t in TENTH_ROUND.texts(TENTH_ROUND.p(site="x", posts=[{"text": plain_view,
                                                                                                   "date": "2026-11-30"}])))


@pytest.mark.parametrize("story", [
    "In 2012, on my first night shift as a site engineer, a crane lost power mid-lift. What would you have done?",
    "Story from 2009: we shipped the wrong firmware to 4,000 meters and fixed it by hand over a weekend.",
    "Back in my first job we deployed on Fridays. The lesson: never again, and write the rollback first.",
])
def test_a_story_told_whole_is_not_asked_what_surprised_them_or_what_people_said(story):
    found = TENTH_ROUND.texts(TENTH_ROUND.p(site="x", posts=[{"text": story, "date": "2026-11-30"}]))
    assert not any("surprised you most" in t or "What have people told you" in t for t in found), found


def test_a_question_is_quoted_only_by_its_question():
    post = "Thrilled that our mural was picked for the city biennial. Anyone going to the opening on Friday?"
    found = TENTH_ROUND.texts(TENTH_ROUND.p(site="x", posts=[{"text": post, "date": "2026-12-01"}]))
    assert not any("your question" in t and "Thrilled that our mural" in t for t in found), found


def test_a_word_in_scare_quotes_is_still_their_own_view():
    post = "Most of the fraud model “drift” I have debugged was never drift: it was a broken feature pipeline."
    found = TENTH_ROUND.texts(TENTH_ROUND.p(site="x", posts=[{"text": post, "date": "2026-12-01"}]))
    assert any("\u2018drift\u2019" in t and "What prompted it?" in t for t in found), found
    quoted = "He told me “we should never ship on a Friday, whatever happens” and I still think about it."
    assert not any("ship on a Friday" in t for t in TENTH_ROUND.texts(
        TENTH_ROUND.p(site="x", posts=[{"text": quoted, "date": "2026-12-01"}])))


def test_a_post_that_says_what_they_found_is_not_asked_what_surprised_them():
    them = NINTH_ROUND.p(experience=[{"company": "Fieldnote", "title": "Researcher", "start": "2020-01"}],
             posts=[{"text": "Spent three weeks interviewing night-shift nurses about handover notes. Turns out the "
                             "paper forms beat every app we tested, because they travel with the patient.",
                     "date": "2026-11-28"}])
    found = [s.text for s in NINTH_ROUND.starters(them) if s.kind == "post"]
    assert found and not any("surprised" in t for t in found)


@pytest.mark.parametrize("post", [
    "Finished a cello for a young player in Oslo. Eighteen months of evenings, and it sings.",
    "Finished the wall at the old friary with the lads from the heritage course. Lime mortar all the way.",
    "Our Sunday batch of seven boys performed their first recital, and one of them improvised a whole section.",
])
def test_a_story_post_is_not_asked_what_surprised_them(post):
    found = TWELFTH_ROUND.post_starter(post)
    assert found is None or "surprised" not in found


def test_news_that_is_not_theirs_is_not_congratulated():
    for post in ("The regulator's new guidance on employee monitoring is out! A long read, but worth it.",
                 "Board exam results are out! 92% of the batch passed, proud of every one of them."):
        assert not achievement_is_first_person(post)
        found = TWELFTH_ROUND.post_starter(post)
        assert found is None or "ongratulations" not in found


def test_news_of_their_own_doing_is_congratulated():
    post = "We launched our booking app for small ferry operators today after a year of work with six harbours."
    assert achievement_is_first_person(post)
    assert "ongratulations" in (TWELFTH_ROUND.post_starter(post) or "")


def test_a_release_told_as_the_news_of_others_is_not_congratulated():
    post = "The Garante's new guidance on employee monitoring is out. Three things in-house counsel should check."
    found = TWELFTH_ROUND.post_starter(post)
    assert found is None or "ongratulations" not in found
