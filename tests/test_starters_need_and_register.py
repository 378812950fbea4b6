"""Conversation starters (issue 18): their need and your experience, the better hook first, the register a
student writes to a professor in, and posts in a language we cannot read for hard news. Each class with its true case
(the starter) and its near-misses (none)."""


import pytest
from starter_examples import NOW, person

from companion.ground.common_ground import find_common_ground
from companion.ground.person_reading import formal_address, language_unread_for_hard_news
from companion.ground.post_reading import tells_loss_or_harm
from companion.ground.starters import _is_early_career, suggest_starters
from companion.models import Commonality, CommonGround, Profile, Starter


def made(me: Profile, them: Profile, ground: CommonGround | None = None) -> list[Starter]:
    return suggest_starters(me, them, ground or find_common_ground(me, them, None), now=NOW)


def texts(me: Profile, them: Profile) -> list[str]:
    return [s.text for s in made(me, them)]


def offers_experience(me: Profile, them: Profile) -> bool:
    """True when a starter from `me` answers their question from `me`'s own work."""
    return any("found useful" in t for t in texts(me, them))


# ---------------------------------------------------------------- their need, your experience

MOBILITY = person(name="Maarten Visser", headline="Senior Mobility Consultant", location="Utrecht, Netherlands",
                  experience=[{"company": "Stadsweg Advies", "title": "Senior Mobility Consultant", "start": "2018-01"}],
                  skills=["Traffic planning", "School streets", "Cycling infrastructure"])
SCHOOL_STREETS = ("Cities with school streets: how did you handle delivery and care-worker exemptions without turning "
                  "the street back into a shortcut? Looking for real examples, not guidelines.")


def officer(post: str, **fields) -> Profile:
    return person(name="Anne Dubois", headline="Policy Officer, Active Mobility", location="Lyon, France",
                  experience=[{"company": "Métropole de Lyon", "title": "Policy Officer", "start": "2021-01"}],
                  posts=[{"text": post, "date": "2026-11-20"}], **fields)


def test_a_question_your_own_work_answers_gets_your_experience_offered():
    found = [s for s in made(MOBILITY, officer(SCHOOL_STREETS)) if "found useful" in s.text]
    assert found, texts(MOBILITY, officer(SCHOOL_STREETS))
    assert found[0].text.startswith("Hi Anne, I saw your question (“Cities with school streets")
    assert "my own work on school streets," in found[0].text  # your skill, mid-sentence, never a tag in brackets
    assert "School streets" in found[0].evidence and "2026-11-20" in found[0].evidence
    assert not any("introduce you" in t for t in texts(MOBILITY, officer(SCHOOL_STREETS)))  # one offer, yours


def test_the_offer_of_your_experience_comes_first():
    me = MOBILITY.model_copy(update={"interests": ["Cycling"]})
    them = officer(SCHOOL_STREETS, interests=["Cycling"])
    assert "found useful" in texts(me, them)[0]


def test_a_question_your_skills_do_not_answer_gets_no_offer_of_experience():
    me = MOBILITY.model_copy(update={"skills": ["Public transport", "Rail timetabling"]})
    assert not offers_experience(me, officer(SCHOOL_STREETS))


def test_a_post_that_asks_nothing_gets_no_offer_of_experience():
    view = "School streets work: two years on, 40% fewer cars at drop-off in our pilot districts."
    assert not offers_experience(MOBILITY, officer(view))


@pytest.mark.parametrize("post", [
    "We're hiring a mobility planner for our school streets programme. How did you hear about us? Apply below.",
    "Does anyone have experience with school streets? Looking for a role in a city team working on them.",
])
def test_a_request_for_a_hire_or_a_job_gets_no_offer_of_experience(post):
    assert not offers_experience(MOBILITY, officer(post))


def test_an_old_question_gets_no_offer_of_experience():
    them = officer(SCHOOL_STREETS)
    them = them.model_copy(update={"posts": [them.posts[0].model_copy(update={"date": "2026-05-01"})]})
    assert not offers_experience(MOBILITY, them)


def test_who_sells_it_to_their_trade_offers_no_experience():
    # A hotel PMS's product manager answering a hotel revenue manager's pricing question is their company's pitch.
    me = person(name="Iker Etxeberria", headline="Product Manager · Roomwise (PMS for independent hotels)",
                location="Bilbao, Spain", skills=["Revenue management", "Product discovery"],
                experience=[{"company": "Roomwise", "title": "Product Manager", "start": "2022-01"}])
    them = person(name="Ximena Ruiz", headline="Revenue Manager · Casa Mezcal Boutique Hotels", location="Oaxaca, Mexico",
                  experience=[{"company": "Casa Mezcal Boutique Hotels", "title": "Revenue Manager", "start": "2020-01"}],
                  posts=[{"text": "Question for revenue managers: how do you price shoulder season when flights drop?",
                          "date": "2026-11-20"}])
    assert not offers_experience(me, them)
    # The same question from a revenue manager at another hotel is answered from experience.
    peer = person(name="Iker Etxeberria", headline="Revenue Manager at Hotel Arriaga", location="Bilbao, Spain",
                  skills=["Revenue management"],
                  experience=[{"company": "Hotel Arriaga", "title": "Revenue Manager", "start": "2019-01"}])
    assert offers_experience(peer, them)


def test_a_salesperson_offers_no_experience():
    me = MOBILITY.model_copy(update={"headline": "Account Executive, Smart Mobility Solutions"})
    assert not offers_experience(me, officer(SCHOOL_STREETS))


def test_the_offer_of_experience_is_written_in_their_language():
    me = person(name="Lucía Romero", headline="Responsable de movilidad", location="Madrid, Spain",
                languages=["Spanish"], skills=["Caminos escolares"],
                experience=[{"company": "Ayuntamiento de Getafe", "title": "Técnica de movilidad", "start": "2019-01"}])
    them = person(name="Carmen Ortiz", headline="Técnica de movilidad en Ayuntamiento de Sevilla", location="Sevilla, Spain",
                  experience=[{"company": "Ayuntamiento de Sevilla", "title": "Técnica de movilidad", "start": "2020-01"}],
                  posts=[{"text": "¿Alguien ha puesto en marcha caminos escolares con horarios de carga y descarga? "
                                  "¿Cómo lo resolvieron?", "date": "2026-11-20"}])
    found = [t for t in texts(me, them) if "me ha resultado útil" in t]
    assert found and found[0].startswith("Hola Carmen, vi tu pregunta") and "(caminos escolares)" not in found[0]


# ---------------------------------------------------------------- introductions: who is not what they seek


def test_who_is_not_the_partner_they_seek_still_offers_an_introduction():
    me = person(name="Andrés Gómez", headline="Logistics Coordinator", location="Medellín, Colombia",
                skills=["Coffee logistics", "Export documentation"],
                experience=[{"company": "Transportes Andinos", "title": "Logistics Coordinator", "start": "2019-03"}])
    them = person(name="Astrid Nilsen", headline="Head of Sourcing, Nordic Roast", location="Oslo, Norway",
                  posts=[{"text": "Looking for direct-trade coffee partners in Colombia and Peru for 2027 lots.",
                          "date": "2026-11-28"}])
    assert any("introduce you" in t for t in texts(me, them)), texts(me, them)


# ---------------------------------------------------------------- the better hook first


AGRONOMIST = person(name="Lachlan Murray", headline="Senior Agronomist | Regenerative ag", location="Dubbo, Australia",
                    interests=["Soil carbon"],
                    experience=[{"company": "Elders", "title": "Senior Agronomist", "start": "2019-02"}])
FARMER = person(name="Ethan Walker", headline="Farm Operations Manager", location="Dubbo, Australia",
                interests=["Soil carbon"],
                experience=[{"company": "Walker Pastoral Co.", "title": "Operations Manager", "start": "2016-01"}])


def test_an_interest_their_recent_work_post_takes_up_is_no_pastime_to_ask_about():
    assert any("soil carbon" in t.lower() for t in texts(FARMER, AGRONOMIST))  # no post: still asked
    them = Profile.model_validate({**AGRONOMIST.model_dump(), "posts": [
        {"text": "Soil carbon projects: the paperwork is harder than the science. Thoughts on the new ERF method below.",
         "date": "2026-09-17"}]})
    assert not any("how did you get into" in t.lower() for t in texts(FARMER, them))


def test_a_pastime_their_post_tells_as_leisure_is_still_asked_about():
    them = Profile.model_validate({**AGRONOMIST.model_dump(), "posts": [
        {"text": "Spent the whole weekend on soil carbon sampling with my kids, just for fun.", "date": "2026-11-20"}]})
    assert any("soil carbon" in t.lower() for t in texts(FARMER, them))


def test_their_fresh_news_comes_before_a_shared_pastime():
    me = FARMER.model_copy(update={"interests": ["Trail running"]})
    them = Profile.model_validate({**AGRONOMIST.model_dump(), "interests": ["Trail running"], "posts": [
        {"text": "We just launched our soil testing lab in Dubbo, the first in the Central West!", "date": "2026-12-01"}]})
    ground = CommonGround(score=0.5, tier="small-world", commonalities=[
        Commonality(kind="interest", label="Trail running", weight=0.6, mine="Trail running", theirs="Trail running")])
    found = made(me, them, ground)
    assert [s.kind for s in found][:2] == ["post", "interest"], [s.text for s in found]


# ---------------------------------------------------------------- register


STUDENT = person(name="Hannah Fischer", headline="Medical Student", location="Vienna, Austria",
                 education=[{"school": "Medizinische Universität Wien", "degree": "MD (in progress)", "field": "Medicine",
                             "start": "2021", "end": "2027"}])


def senior(name: str, location: str, **fields) -> Profile:
    return person(name=name, headline="Neurologist | Head of Stroke Unit", location=location,
                  experience=[{"company": "LKH-Universitätsklinikum Graz", "title": "Head of Stroke Unit",
                               "start": "2016-01"}],
                  education=[{"school": "Medizinische Universität Wien", "degree": "Dr. med.", "field": "Medicine",
                              "start": "1996", "end": "2002"}], **fields)


def test_a_student_greets_a_professor_by_title_and_family_name():
    them = senior("Prof. Dr. Stefan Huber", "Graz, Austria")
    assert formal_address(STUDENT, them, NOW) == "Professor Huber"
    found = texts(STUDENT, them)
    assert found and all(t.startswith("Dear Professor Huber, ") for t in found), found
    assert not any("Stefan" in t for t in found)


def test_a_student_greets_a_doctor_by_title_where_titles_are_how_strangers_are_addressed():
    assert formal_address(STUDENT, senior("Dr. Stefan Huber", "Graz, Austria"), NOW) == "Dr Huber"


def test_a_trainee_greets_a_doctor_in_england_by_first_name():
    # 'Hi Eleanor' from a trainee to a consultant in England was sendable for every reviewer (review set 8).
    trainee = person(name="Tom Reed", headline="Core Psychiatry Trainee", location="Leeds, UK")
    them = person(name="Dr. Eleanor Marsh", headline="Consultant Psychiatrist", location="Sheffield, England, United Kingdom")
    assert formal_address(trainee, them, NOW) is None


def test_a_peer_greets_a_professor_as_before():
    colleague = person(name="Lena Brandt", headline="Consultant Neurologist", location="Vienna, Austria",
                       experience=[{"company": "AKH Wien", "title": "Consultant Neurologist", "start": "2010-01"}],
                       education=STUDENT.education)
    them = senior("Prof. Dr. Stefan Huber", "Graz, Austria")
    assert formal_address(colleague, them, NOW) is None
    assert all(t.startswith("Hi Stefan, ") for t in texts(colleague, them))


def test_a_professor_by_role_is_greeted_as_one_and_credentials_are_no_name():
    them = person(name="María de la Cruz, PhD", headline="Professor of Neuroscience", location="Boston, MA")
    assert formal_address(STUDENT, them, NOW) == "Professor de la Cruz"


def test_no_starter_where_our_language_cannot_write_the_formal_greeting():
    # Spanish starters say 'tú' and a formal letter opens with a gendered title we cannot read from a page.
    me = person(name="Lucía Romero", headline="Estudiante de Medicina", location="Madrid, Spain", languages=["Spanish"],
                education=[{"school": "Universidad Complutense de Madrid", "field": "Medicina", "start": "2021",
                            "end": "2027"}])
    them = person(name="Prof. Dr. Javier Ortega", headline="Catedrático de Neurología", location="Madrid, Spain",
                  languages=["Spanish"], about="Neurólogo y profesor en la Universidad Complutense de Madrid.",
                  education=[{"school": "Universidad Complutense de Madrid", "field": "Medicina", "start": "1990",
                              "end": "1996"}])
    assert formal_address(me, them, NOW) == "Professor Ortega"
    assert texts(me, them) == []


# ---------------------------------------------------------------- posts we cannot read for hard news


@pytest.mark.parametrize("text", ["توفي والدي اليوم، رحمه الله", "오늘 새 제품을 출시했습니다",
                                  "Bugün babamı kaybettim, çok üzgünüm ve bu bir veda.", "Сегодня мы запустили новый продукт"])
def test_a_post_in_a_language_we_cannot_read_for_hard_news_counts_as_one_we_may_not_open_on(text):
    assert language_unread_for_hard_news(text) is not None
    assert tells_loss_or_harm(text)


@pytest.mark.parametrize("text", ["We just launched our new app, proud of the team!",
                                  "Hoy lanzamos la nueva versión de la app con todo el equipo.",
                                  "Nous avons lancé la nouvelle version de notre application aujourd'hui."])
def test_a_post_in_a_language_we_read_is_read(text):
    assert language_unread_for_hard_news(text) is None


def test_no_congratulations_on_a_post_in_a_language_we_cannot_read():
    me = person(name="Omar Haddad", headline="Product Manager", location="Dubai, UAE")
    english = "We just launched our new app for clinics, proud of the team!"
    them = person(name="Karim Nasser", headline="Founder at Shifa Apps", location="Amman, Jordan",
                  posts=[{"text": english, "date": "2026-12-01"}])
    assert any("ongratulations" in t for t in texts(me, them))
    them = them.model_copy(update={"posts": [them.posts[0].model_copy(update={
        "text": "أطلقنا اليوم تطبيقنا الجديد للعيادات، فخور بالفريق!"})]})
    assert not any("ongratulations" in t or "أطلقنا" in t for t in texts(me, them))


def _payroll(post: str, **mine) -> list[str]:
    me = person(name="Priya Nair", headline="Payroll Manager", location="Manchester, UK", skills=["Payroll", "HRIS"],
                experience=[{"company": "Acme Retail", "title": "Payroll Manager", "start": "2018-01"}], **mine)
    them = person(name="Tom Baker", headline="Finance Director at Lumen Studios", location="Leeds, UK",
                  experience=[{"company": "Lumen Studios", "title": "Finance Director", "start": "2020-01"}],
                  posts=[{"text": post, "date": "2026-11-25"}])
    return texts(me, them)


@pytest.mark.parametrize("post", [
    "Looking for advice on moving payroll to a new system before April. What went wrong for you?",
    "Can anyone recommend software for payroll that copes with shift workers?",
])
def test_advice_or_a_tool_asked_for_is_answered_from_your_experience(post):
    assert any("found useful" in t and "my own work on payroll," in t for t in _payroll(post)), _payroll(post)


def test_a_person_asked_for_is_not_answered_with_your_experience():
    # 'Can anyone recommend a payroll bureau?' from a payroll manager's side would be offering themself: no.
    assert not any("found useful" in t for t in _payroll("Can anyone recommend a good payroll bureau in Leeds?"))


def test_a_student_writing_in_german_greets_a_professor_formally():
    me = STUDENT.model_copy(update={"headline": "Medizinstudentin", "about": "Ich studiere Medizin in Wien und möchte "
                                    "Neurologin werden.", "languages": ["German"]})
    them = senior("Prof. Dr. Stefan Huber", "Graz, Austria", about="Ich leite die Stroke Unit und unterrichte gern "
                  "die nächste Generation von Ärztinnen und Ärzten.", languages=["German"])
    found = texts(me, them)
    assert found and all(t.startswith("Guten Tag Prof. Huber, ") for t in found), found


@pytest.mark.parametrize("post", [
    "Best question at the school streets panel: 'How did you handle deliveries?' Answer: be right about the times, twice.",
    "School streets in our city: here's what worked for us, and what didn't.",
    "Interview tip: when they ask “how would you run school streets in a big city?”, start with the deliveries.",
])
def test_a_question_they_tell_of_or_answer_themselves_is_no_request(post):
    assert not offers_experience(MOBILITY, officer(post))


def test_who_s_across_it_is_still_their_own_question():
    post = "School streets: who's across the new delivery rules? How did you handle them, and what's it cost?"
    assert offers_experience(MOBILITY, officer(post))


def test_a_founder_whose_venture_makes_what_they_ask_about_offers_no_experience():
    me = person(name="Budi Santoso", headline="Co-founder & CEO · JantungKu (wearable ECG for primary care)",
                location="Jakarta, Indonesia", skills=["ECG monitoring", "Digital health"],
                experience=[{"company": "JantungKu", "title": "Co-founder & CEO", "start": "2021-01"}])
    them = person(name="Mai Tran", headline="Cardiologist", location="Hanoi, Vietnam",
                  posts=[{"text": "Has anyone deployed ECG monitoring patches in rural clinics? What broke first?",
                          "date": "2026-11-20"}])
    assert not offers_experience(me, them)
    clinician = person(name="Budi Santoso", headline="Cardiologist at RS Harapan Kita", location="Jakarta, Indonesia",
                       skills=["ECG monitoring"],
                       experience=[{"company": "RS Harapan Kita", "title": "Cardiologist", "start": "2015-01"}])
    assert offers_experience(clinician, them), texts(clinician, them)


# ---------------------------------------------------------------- praise as a deal's warm-up


FOUNDER = person(name="Kwame Mensah", headline="Founder & CEO at Solari Grid", location="Accra, Ghana",
                 about="Building pay-as-you-go mini-grids for West African SMEs. Previously engineering at Google.",
                 experience=[{"company": "Solari Grid", "title": "Founder & CEO", "start": "2024-11"}])


@pytest.mark.parametrize("headline", ["Associate, Venture Capital", "Commercial Real Estate Agent", "Angel investor"])
def test_an_investor_or_an_agent_does_not_open_on_praise_of_their_tagline(headline):
    me = person(name="Emily Zhang", headline=headline, location="San Francisco, CA")
    assert not any("describe your work" in t for t in texts(me, FOUNDER))


def test_an_engineer_still_may():
    me = person(name="Emily Zhang", headline="Energy systems engineer", location="San Francisco, CA")
    assert any("describe your work" in t for t in texts(me, FOUNDER)), texts(me, FOUNDER)


# ---------------------------------------------------------------- one reading of 'early career'

@pytest.mark.parametrize("headline", ["Electrician apprentice", "Estudiante de medicina", "Junior data analyst"])
def test_who_writes_formally_to_a_professor_is_also_who_faces_a_trainees_ad(headline):
    # One list (person_reading.EARLY_CAREER_WORDS): an apprentice greets a professor formally, and is no one to offer
    # introductions to an apprentice's ad either.
    me = person(name="Tom Reed", headline=headline, location="Graz, Austria")
    assert formal_address(me, senior("Prof. Dr. Stefan Huber", "Graz, Austria"), NOW) == "Professor Huber"
    assert _is_early_career(me, NOW)


def test_a_job_seeker_faces_a_trainees_ad_but_writes_to_a_professor_as_a_peer():
    me = person(name="Tom Reed", headline="Operations manager, open to work", location="Graz, Austria")
    assert _is_early_career(me, NOW)
    assert formal_address(me, senior("Prof. Dr. Stefan Huber", "Graz, Austria"), NOW) is None
