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
    LATE_ROUNDS,
    SECOND_ROUND,
    SEVENTH_ROUND,
    SIXTH_ROUND,
    SPANISH_ABOUT,
    TENTH_ROUND,
    THIRD_ROUND,
    TWELFTH_ROUND,
    recipient,
    sender,
)

from companion.ground.post_reading import achievement_is_first_person, news_is_theirs, post_kind
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


def test_an_old_post_is_not_dug_out_when_they_have_posted_since():
    them = THIRD_ROUND.p(site="x", handle="noorh", **THIRD_ROUND.worker, posts=[
        {"text": "Our team closed a seed round of two million to build port logistics software.", "date": "2031-04-01"},
        {"text": "Spent the week learning how every container crane sensor we have in the yard reports faults.", "date": "2031-01-05"},
    ])
    assert not any("crane" in t for t in THIRD_ROUND.texts(them))


@pytest.mark.parametrize("post", [
    "Study explores topological beaming of light",                                   # an article's headline
    "tradingview.com/chart/ABCUSD $ABC For more on the strategy see the notes there",  # a link and its caption
    "View my verified achievement from Scaled Agile Inc.",                           # the site's words
])
def test_someone_elses_words_are_not_quoted_as_their_post(post):
    them = THIRD_ROUND.p(site="x", handle="noorh", **THIRD_ROUND.worker, posts=[{"text": post, "date": "2031-05-25"}])
    found = THIRD_ROUND.texts(them)
    assert not any("post" in t for t in found)


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
    # (A talk still to come is wished luck since mend 37: tests/test_starters_mend_37.py.)
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
    # Theirs, but no kind of news we can name: no 'congratulations on your news!' (the review of mends 32-33).
    assert found is None or "your news" not in found


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
    ("We launched our booking app for rural clinics this morning.", "hardest part"),
    ("Our robotics club placed 2nd at the national finals!", None),
    ("Our spring appeal raised 45% more than last year for the shelter.", None),
    ("Proud to share that our lab is now ISO 15189 certified after a long audit.", "hardest part"),
    ("Cut our nightly build from 50 minutes to 12 by caching the right things.", None),
])
def test_good_news_is_congratulated_not_asked_what_prompted_it(post, question):
    them = SECOND_ROUND.p(site="x", posts=[{"text": post, "date": "2030-02-20"}], **SECOND_ROUND.worker)
    if question is None:  # a placing or a result, its kind not read: no vague congratulation (review of mends 32-33)
        assert not any(s.kind == "post" for s in SECOND_ROUND.starters(them))
        return
    found = next(s for s in SECOND_ROUND.starters(them) if s.kind == "post")
    assert "congratulations" in found.text and question in found.text
    assert "prompted" not in found.text


def test_news_of_a_new_job_is_not_mistaken_for_an_anniversary():
    them = SECOND_ROUND.p(site="x", posts=[{"text": "After six years at Ferrovia Labs I'm joining Tidewater as Head of Data next month.",
                                            "date": "2030-02-20"}], **SECOND_ROUND.worker)
    found = next(s for s in SECOND_ROUND.starters(them) if s.kind == "post")
    assert "congratulations (" not in found.text


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


def test_a_question_is_quoted_only_by_its_question():
    post = "Thrilled that our mural was picked for the city biennial. Anyone going to the opening on Friday?"
    found = TENTH_ROUND.texts(TENTH_ROUND.p(site="x", posts=[{"text": post, "date": "2026-12-01"}]))
    assert not any("your question" in t and "Thrilled that our mural" in t for t in found), found


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


def test_a_first_person_launch_is_still_congratulated():
    them = recipient(site="x", posts=[{"text": "We launched our booking app for rural clinics this morning.", "date": "2026-12-01"}])
    assert any("congratulations" in t for t in LATE_ROUNDS.texts(them, sender(location="Leeds, United Kingdom")))


@pytest.mark.parametrize("text", [
    "If you're a teacher thinking about switching careers, my DMs are open. No sales pitch, just honest answers.",
    "Spent Friday afternoon with the apprentices in our sewing training centre. Half of them want to be line "
    "supervisors by 25. I believe them.",
    "Proud day: 11 out of 12 of my Level 3 group passed their AM2 first time this month. Bosses, give your lads and "
    "lasses the time to practise safe isolation, it's where most of them fall down.",
    "My talk from ElixirConf EU is online: 'Backpressure in practice, lessons from 4 billion messages a day'.",
])
def test_an_offer_a_diary_a_class_result_or_a_talk_put_online_is_not_read_as_a_view(text):
    assert post_kind(text) != "opinion"


def test_a_view_is_still_read_as_one():
    assert post_kind("I've been thinking about why juniors quit: most onboarding is a wiki nobody reads.") == "opinion"
    assert post_kind("Most of the fraud model drift I have debugged was never drift.") == "opinion"
