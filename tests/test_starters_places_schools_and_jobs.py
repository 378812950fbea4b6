"""Conversation starters, shared schools, employers, places and career moves: 'at the same time' only when the dates
surely overlap, the tense of each side at an employer, 'which team' only of two on the staff whose page does not
say, the brand rather than an arm, never another campus, a city alone, an old internship.
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
    TENTH_ROUND,
    THIRD_ROUND,
    TWELFTH_ROUND,
    analyst_with,
    job,
    recipient,
    sender,
)

from companion.ground.common_ground import find_common_ground
from companion.ground.person_reading import (
    months_together,
    same_company,
    says_they_look_for_work,
    shared_language,
    were_there_together,
)
from companion.ground.starter_templates import TEMPLATES
from companion.ground.starters import (
    current_job,
)
from companion.models import Commonality, Experience, Profile


def _employer_pair(mine: tuple[str | None, str | None], theirs: tuple[str | None, str | None]):
    me = FOURTH_ROUND.me_with(experience=[{"company": "Halden Systems", "title": "Engineer", "start": mine[0], "end": mine[1]},
                                          *FOURTH_ROUND.me.model_dump()["experience"]])
    them = FOURTH_ROUND.p(experience=[{"company": "Halden Systems", "title": "Analyst", "start": theirs[0], "end": theirs[1]}],
                          headline="Analyst")
    return me, them


STAFF = {"company": "Northgate Business School", "title": "Programme manager", "start": "2022-03"}


def _employer_starters(my_company: str, their_company: str):
    me = EIGHTH_ROUND.p(experience=[{"company": my_company, "title": "Producer", "start": "2015", "end": "2019"},
                                    {"company": "Hollowpine Games", "title": "Producer", "start": "2019"}])
    them = EIGHTH_ROUND.p(name="Ana Ruiz", experience=[{"company": their_company, "title": "Game designer", "start": "2014",
                                                        "end": "2020"},
                                                       {"company": "Brightfall", "title": "Lead designer", "start": "2020"}])
    return [s.text for s in EIGHTH_ROUND.pair(me, them)]


SCHOOL = {"school": "Ravensmoor University", "degree": "BSc Chemistry", "start": "2021", "end": "2025"}


def _colleague_starters(their_title: str, headline: str | None = None):
    me = EIGHTH_ROUND.p(experience=[{"company": "Corvane Systems", "title": "Software engineer", "start": "2021"}])
    them = EIGHTH_ROUND.p(name="Owen Pike", headline=headline,
                          experience=[{"company": "Corvane Systems", "title": their_title, "start": "2019"}])
    return [s.text for s in EIGHTH_ROUND.pair(me, them)]


def test_a_move_to_a_job_they_have_since_left_is_no_move():
    them = THIRD_ROUND.p(experience=[
        {"company": "Harbourline", "title": "Data Engineer", "start": "2024-01"},
        {"company": "Kestrel Bank", "title": "Analyst", "start": "2027-01", "end": "2030-03"},
        {"company": "Bluefin Labs", "title": "Engineer", "start": "2030-04", "end": "2031-04"},
    ])
    assert not any("moved from" in t for t in THIRD_ROUND.texts(them))


def test_a_move_is_one_into_a_job_they_hold_not_a_side_role():
    them = THIRD_ROUND.p(headline="CTO at Corvid Analytics", experience=[
        {"company": "Corvid Analytics", "title": "CTO", "start": "2030-06"},
        {"company": "Code Club", "title": "Mentor", "start": "2029-09"},
        {"company": "Kestrel Bank", "title": "Engineer", "start": "2025-01", "end": "2029-08"},
        {"company": "Bluefin Labs", "title": "Engineer", "start": "2029-09", "end": "2030-05"},
    ])
    found = THIRD_ROUND.texts(them)
    assert any("moved from Bluefin Labs to Corvid Analytics" in t for t in found)
    assert not any("to Code Club" in t for t in found)


def test_one_place_as_school_and_employer_does_not_crowd_out_the_next_school():
    me = Profile.model_validate({**THIRD_ROUND.me.model_dump(), "education": [
        {"school": "Gdańsk University of Technology"}, {"school": "Universidad de Cádiz"}],
                                 "experience": [{"company": "Gdańsk University of Technology", "title": "Research Assistant",
                                                 "start": "2024-01", "end": "2026-01"}]})
    them = THIRD_ROUND.p(education=[{"school": "Gdańsk University of Technology"}, {"school": "Universidad de Cádiz"}],
                         experience=[{"company": "Gdańsk University of Technology", "title": "Lecturer", "start": "2023-01",
                                      "end": "2027-01"}, *THIRD_ROUND.worker["experience"]])
    found = THIRD_ROUND.texts(them, me)
    assert sum("Gdańsk University of Technology" in t for t in found) == 1
    assert any("Universidad de Cádiz" in t for t in found)


@pytest.mark.parametrize(("mine", "theirs", "together"), [
    (("2018-01", "2019-03"), ("2019-09", "2021-01"), False),  # the same year, months apart
    (("2018", "2019"), ("2019", "2021"), False),  # years only: may be months apart
    (("2018-01", "2019-09"), ("2019-03", "2021-01"), True),
    ((None, "2019-09"), ("2019-03", "2021-01"), False),  # no start: nothing to go by
    (("2016-01", "2020-01"), ("2017-06", None), True),  # they are still there
])
def test_the_same_time_only_when_the_dates_surely_overlap(mine, theirs, together):
    me, them = _employer_pair(mine, theirs)
    assert were_there_together(me, them, "employer", "Halden Systems", "Halden Systems", FOURTH_ROUND.now) is together
    found = " ".join(FOURTH_ROUND.texts(them, me))
    if theirs[1] is not None:  # (a colleague still there is told 'I used to work there too' instead)
        assert ("at the same time" in found) is together, found


def test_a_school_without_an_end_is_no_overlap():
    me = FOURTH_ROUND.me_with(education=[{"school": "University of Leeds", "start": "2015", "end": "2019"}])
    them = FOURTH_ROUND.p(education=[{"school": "University of Leeds", "start": "2016"}])
    assert not were_there_together(me, them, "school", "University of Leeds", "University of Leeds", FOURTH_ROUND.now)
    assert not any("overlapped" in t for t in FOURTH_ROUND.texts(them, me))


def test_a_shared_school_and_their_city_where_you_studied_are_one_fact():
    me = Profile.model_validate({**FIFTH_ROUND.me.model_dump(), "education": [{"school": "University of Edinburgh", "start": "2009",
                                                                               "end": "2013"}]})
    them = FIFTH_ROUND.p(location="Edinburgh, Scotland", education=[{"school": "The University of Edinburgh", "start": "2010",
                                                                     "end": "2014"}], **FIFTH_ROUND.worker)
    found = FIFTH_ROUND.texts(them, me)
    assert sum("Edinburgh" in t for t in found) == 1


def test_a_career_move_is_not_asked_why():
    them = SIXTH_ROUND.p(experience=[{"company": "Brightwater Labs", "title": "Engineer", "start": "2019-01", "end": "2032-03"},
                                     {"company": "Northgate Systems", "title": "Engineer", "start": "2032-04"}])
    found = [s.text for s in SIXTH_ROUND.starters(them) if s.kind == "career"]
    assert found and not any(word in found[0].lower() for word in ("drew", "why", "leave", "left"))
    for lang in TEMPLATES:
        template = TEMPLATES[lang].get("career-move", "")
        assert not any(word in template for word in ("drew", "llevó", "envie", "gereizt", "atraiu", "spinto"))


def test_a_sender_still_at_the_company_is_not_said_to_have_left_it():
    them = SEVENTH_ROUND.p(experience=[{"company": "Booking.com", "title": "Analyst", "start": "2023-01"},
                                       {"company": "Adyen", "title": "Engineer", "start": "2016-01", "end": "2020-06"}])
    found = [s for s in SEVENTH_ROUND.starters(them) if s.kind == "employer"]
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
    them = SEVENTH_ROUND.p(name="Eva Ruiz", location=place, about=about,
                           experience=[{"company": "Acme", "title": "Analyst", "start": "2023-01"},
                                       {"company": "Adyen", "title": "Analyst", "start": "2014-01", "end": "2019-06"}])
    me = SEVENTH_ROUND.me.model_copy(update={"languages": [*SEVENTH_ROUND.me.languages, "Portuguese"]})
    found = [s for s in SEVENTH_ROUND.starters(them, me) if s.kind == "employer"]
    assert found and shared_language(me, them) == lang
    assert not any(past in found[0].text for past in ("también trabajé", "auch bei", "moi aussi travaillé",
                                                      "também trabalhei", "los dos hemos", "wir beide", "nós dois"))


def test_a_sender_who_left_while_they_stay_still_says_used_to():
    me = Profile.model_validate({**SEVENTH_ROUND.me.model_dump(), "experience": [
        {"company": "Adyen", "title": "Engineer", "start": "2015-01", "end": "2019-01"}]})
    them = SEVENTH_ROUND.p(experience=[{"company": "Adyen", "title": "Engineer", "start": "2022-01"}])
    found = [s for s in SEVENTH_ROUND.starters(them, me) if s.kind == "employer"]
    assert found and "you're at Adyen, where I used to work" in found[0].text and " too" not in found[0].text


def test_an_internship_eleven_years_ago_is_no_ground():
    them = SEVENTH_ROUND.p(experience=[{"company": "Booking.com", "title": "Analyst", "start": "2022-01"},
                                       {"company": "Adyen", "title": "Intern", "start": "2015-01", "end": "2015-06"}])
    assert not any("Adyen" in s.text for s in SEVENTH_ROUND.starters(them))


def test_an_old_short_stint_you_shared_is_ground():
    # You were there at the same time: you may have met, which is the best reason there is to write.
    me = SEVENTH_ROUND.me.model_copy(update={"experience": [*SEVENTH_ROUND.me.experience, Experience(company="Adyen", title="Engineer",
                                                                                                     start="2014-09", end="2016-03")]})
    them = SEVENTH_ROUND.p(experience=[{"company": "Booking.com", "title": "Analyst", "start": "2022-01"},
                                       {"company": "Adyen", "title": "Intern", "start": "2015-01", "end": "2015-06"}])
    assert any("Adyen" in s.text and "same time" in s.text for s in SEVENTH_ROUND.starters(them, me))


def test_a_long_past_job_is_still_ground():
    them = SEVENTH_ROUND.p(experience=[{"company": "Booking.com", "title": "Analyst", "start": "2022-01"},
                                       {"company": "Adyen", "title": "Engineer", "start": "2012-01", "end": "2018-06"}])
    assert any("Adyen" in s.text for s in SEVENTH_ROUND.starters(them))


@pytest.mark.parametrize("their_title", ["Volunteer mentor", "Advisory board member", "Alumni ambassador",
                                         "Professor Emeritus", "Executive MBA student"])
def test_a_role_that_is_no_staff_job_gets_no_which_team(their_title):
    me = EIGHTH_ROUND.p(experience=[STAFF], location="Leeds, United Kingdom")
    them = EIGHTH_ROUND.p(name="Owen Pike", location="Leeds, United Kingdom",
                          experience=[{"company": "Northgate Business School", "title": their_title, "start": "2023-01"},
                                      {"company": "Pike Ventures", "title": "Founder", "start": "2015"}])
    found = EIGHTH_ROUND.pair(me, them)
    assert not any("Northgate" in s.text or "team" in s.text for s in found)


def test_a_student_sender_is_not_at_the_university_as_its_staff():
    me = EIGHTH_ROUND.p(experience=[{"company": "Harrowgate University", "title": "PhD candidate", "start": "2024-09"}],
                        education=[{"school": "Harrowgate University", "degree": "PhD", "start": "2024"}])
    them = EIGHTH_ROUND.p(name="Paul Reed", headline="Professor Emeritus at Linden University",
                          experience=[{"company": "Linden University", "title": "Professor Emeritus", "start": "1996"},
                                      {"company": "Harrowgate University", "title": "Reader", "start": "1979", "end": "1988"}])
    found = EIGHTH_ROUND.pair(me, them)
    assert not any("Harrowgate" in s.text for s in found)


@pytest.mark.parametrize("title", ["Summer Associate", "Legal Intern", "Trainee", "Stagiaire", "Praktikant", "Becario"])
def test_an_old_internship_is_no_ground_however_long(title):
    me = EIGHTH_ROUND.p(experience=[{"company": "Harlow & Finch", "title": "Senior associate", "start": "2020-01"}])
    them = EIGHTH_ROUND.p(name="Rui Matos", headline="Partner at Colby Reyes",
                          experience=[{"company": "Colby Reyes", "title": "Partner", "start": "2014-01"},
                                      {"company": "Harlow & Finch", "title": title, "start": "2011-06", "end": "2012-09"}])
    assert not any("Harlow" in s.text for s in EIGHTH_ROUND.pair(me, them))


def test_an_internship_at_the_same_time_is_still_ground():
    me = EIGHTH_ROUND.p(experience=[{"company": "Harlow & Finch", "title": "Associate", "start": "2010-01", "end": "2013-01"}])
    them = EIGHTH_ROUND.p(name="Rui Matos", experience=[
        {"company": "Colby Reyes", "title": "Partner", "start": "2014-01"},
        {"company": "Harlow & Finch", "title": "Legal Intern", "start": "2011-06", "end": "2012-09"}])
    assert any("Harlow" in s.text for s in EIGHTH_ROUND.pair(me, them))


@pytest.mark.parametrize(("lang", "school", "wanted", "unwanted"), [
    ("fr", "École Centrale de Lyon", "l'École Centrale", "à École"),
    ("fr", "Université Laval", "l'Université Laval", "que Université"),
    ("it", "Politecnico di Milano", "il Politecnico", "frequentato Politecnico"),
    ("it", "Università Bocconi", "l'Università Bocconi", "presso Università"),
    ("pt", "Instituto Superior Técnico", "no Instituto", "na Instituto"),
    ("pt", "Universidade de Coimbra", "na Universidade", "no Universidade"),
])
def test_a_school_name_gets_its_article(lang, school, wanted, unwanted):
    from companion.ground.starter_templates import TEMPLATES, with_articles
    texts = [with_articles(t.format(first="Marie", thing=school), lang)
             for name, t in TEMPLATES[lang].items() if name.startswith("school")]
    assert texts and all(unwanted not in t for t in texts)
    assert any(wanted in t for t in texts)


def test_a_name_without_a_leading_noun_is_left_as_it_is():
    from companion.ground.starter_templates import with_articles
    assert with_articles("je viens de réaliser que nous étions à Sciences Po en même temps.", "fr").count("à Sciences Po") == 1


def test_two_arms_of_a_brand_are_named_by_the_brand():
    texts = _employer_starters("Kestrel Interactive America", "Kestrel Interactive Korea")
    assert any("both worked at Kestrel Interactive." in t for t in texts)
    assert not any("Korea" in t or "America" in t or "same time" in t for t in texts)


@pytest.mark.parametrize("their_company", ["Kestrel Interactive America", "Kestrel Interactive America Inc."])
def test_one_company_spelt_apart_is_still_met_at_the_same_time(their_company):
    texts = _employer_starters("Kestrel Interactive America", their_company)
    assert any("at Kestrel Interactive America at the same time" in t for t in texts)


@pytest.mark.parametrize("headline", [
    "Chemistry graduate | Open to work", "Recent graduate, job hunting in analytical chemistry",
    "Químico recién graduado, buscando empleo", "Chimiste, à la recherche d'un poste en laboratoire",
    "Chemiker, auf Jobsuche", "Química, em busca de emprego",
])
def test_a_job_seeker_gets_no_school_memories(headline):
    me = EIGHTH_ROUND.p(experience=[{"company": "Tallowmere Labs", "title": "Hiring manager", "start": "2018"}],
                        education=[{**SCHOOL, "start": "2008", "end": "2012"}])
    them = EIGHTH_ROUND.p(name="Ada Moss", headline=headline, education=[SCHOOL])
    assert not any("Ravensmoor" in s.text for s in EIGHTH_ROUND.pair(me, them))


def test_a_graduate_in_work_is_still_asked_about_school():
    me = EIGHTH_ROUND.p(experience=[{"company": "Tallowmere Labs", "title": "Hiring manager", "start": "2018"}],
                        education=[{**SCHOOL, "start": "2008", "end": "2012"}])
    them = EIGHTH_ROUND.p(name="Ada Moss", headline="Analytical chemist at Brindle Pharma", education=[SCHOOL],
                          experience=[{"company": "Brindle Pharma", "title": "Analytical chemist", "start": "2025-09"}])
    assert any("Ravensmoor" in s.text for s in EIGHTH_ROUND.pair(me, them))


@pytest.mark.parametrize(("title", "headline"), [
    ("Software engineer, Webex audio", None), ("Senior engineer - Platform", None), ("Designer (Growth)", None),
    ("Software engineer", "Payments team at Corvane Systems"), ("Agronomist", "Agronomist, Urabá field team"),
])
def test_which_team_is_not_asked_when_their_page_says(title, headline):
    assert not any("team" in t.lower() for t in _colleague_starters(title, headline))


def test_former_colleagues_whose_title_names_the_team_get_no_which_team():
    me = EIGHTH_ROUND.p(experience=[{"company": "Corvane Systems", "title": "Software engineer", "start": "2016", "end": "2020"},
                                    {"company": "Tallowmere Labs", "title": "Staff engineer", "start": "2020"}])
    them = EIGHTH_ROUND.p(name="Owen Pike",
                          experience=[{"company": "Corvane Systems", "title": "Software engineer, Webex audio",
                                       "start": "2015", "end": "2021"},
                                      {"company": "Brightfall", "title": "Principal engineer", "start": "2021"}])
    texts = [s.text for s in EIGHTH_ROUND.pair(me, them)]
    # Who was there with you, and whose title there names the team, is asked what they remember instead.
    assert any("we were at Corvane Systems at the same time. What do you remember best from those years?" in t
               for t in texts), texts
    assert not any("team" in t.lower() for t in texts)


@pytest.mark.parametrize("location", ["Porto Alegre, Rio Grande do Sul, Brazil", "Kraków, Poland", "Halifax, Nova Scotia, Canada"])
def test_a_city_alone_is_no_reason_to_write_to_a_stranger(location):
    found = SECOND_ROUND.texts(SECOND_ROUND.p(location=location, **SECOND_ROUND.worker))
    assert not any(location.split(",")[0] in t or "based in" in t for t in found)


@pytest.mark.parametrize("location", ["München, Bayern, Deutschland", "Munich, Bavaria, Germany"])
def test_a_shared_city_alone_is_not_said_in_any_language(location):
    me = Profile(name="Uwe Brand", location=location)
    # 'Wir sind beide in München' with nothing more specific is filler: no starter rather than that one.
    them = Profile(name="Lena Vogt", location=location,
                   headline="Ich entwickle Software für die Logistik und leite ein kleines Team in der Stadt.")
    assert SECOND_ROUND.texts(them, me) == []


def test_someone_still_at_a_company_you_left_is_not_asked_about_their_time_there():
    me = SECOND_ROUND.me_with(experience=[*SECOND_ROUND.me.model_dump()["experience"],
                             {"company": "Ferrovia Labs", "title": "Analyst", "start": "2020-01", "end": "2022-01"}])
    found = SECOND_ROUND.texts(SECOND_ROUND.p(**SECOND_ROUND.worker), me)
    assert not any("your time there" in t for t in found)
    # (seventh review) 'I used to work at X too' said they had left it too: their side is told as it is.
    assert any("you're at Ferrovia Labs, where I used to work. What's it like there these days?" in t
               for t in found)


def test_someone_who_left_a_company_you_are_at_is_asked_about_their_time_there():
    me = SECOND_ROUND.me_with(experience=[{"company": "Ferrovia Labs", "title": "Analyst", "start": "2020-01"}])
    them = SECOND_ROUND.p(experience=[{"company": "Ferrovia Labs", "title": "Data Analyst", "start": "2018-01", "end": "2019-06"},
                         {"company": "Tidewater", "title": "Data Lead", "start": "2019-07"}])
    assert any("your time there" in t for t in SECOND_ROUND.texts(them, me))


def test_their_main_job_is_asked_about_not_a_side_role():
    them = SECOND_ROUND.p(headline="Co-founder at Tidewater", experience=[
        {"company": "Code Club", "title": "Mentor", "start": "2029-05"},
        {"company": "Tidewater", "title": "Co-founder", "start": "2027-01"}])
    assert current_job(them).company == "Tidewater"
    assert not any("Mentor at Code Club" in t for t in SECOND_ROUND.texts(them))


@pytest.mark.parametrize("hook", [
    {"interests": ["Bouldering"]},
    {"posts": [{"text": "We launched our booking app for rural clinics this morning.", "date": "2030-02-20"}], "site": "x"},
])
def test_a_shared_city_gives_way_to_something_more_specific(hook):
    me = SECOND_ROUND.me_with(interests=["Bouldering"])
    them = SECOND_ROUND.p(location="Leeds, United Kingdom", **SECOND_ROUND.worker, **hook)
    found = SECOND_ROUND.texts(them, me)
    assert found and not any("favourite spot" in t or "both in Leeds" in t for t in found)


@pytest.mark.parametrize("theirs", ["Universidad Nacional de Colombia – Sede Medellín",
                                    "Universidad Nacional de Colombia (Palmira campus)"])
def test_a_university_on_another_campus_is_not_where_you_overlapped(theirs):
    me = TENTH_ROUND.me_with(education=[{"school": "Universidad Nacional de Colombia", "start": "2010", "end": "2014"}])
    them = TENTH_ROUND.p(education=[{"school": theirs, "start": "2011", "end": "2015"}])
    assert any(c.kind == "school" for c in find_common_ground(me, them).commonalities)
    assert not any("Universidad Nacional" in t for t in TENTH_ROUND.texts(them, me))


def test_the_same_university_named_alike_is_still_shared():
    me = TENTH_ROUND.me_with(education=[{"school": "Universidad Nacional de Colombia", "start": "2010", "end": "2014"}])
    them = TENTH_ROUND.p(education=[{"school": "Universidad Nacional de Colombia", "start": "2011", "end": "2015"}])
    assert any("Universidad Nacional de Colombia" in t for t in TENTH_ROUND.texts(them, me))


def test_a_parent_company_matched_to_your_arm_is_not_named_as_yours():
    arm = Commonality(kind="employer", label="Meta", weight=0.8, mine="Instagram", theirs="Meta Platforms")
    me = TENTH_ROUND.me_with(experience=[{"company": "Instagram", "start": "2015", "end": "2019"}])
    them = TENTH_ROUND.p(experience=[{"company": "Meta Platforms", "start": "2016", "end": "2020"}])
    assert TENTH_ROUND.on_ground(them, arm, me=me) == []
    brand = arm.model_copy(update={"label": "Nexo", "mine": "Nexo Labs Kenya", "theirs": "Nexo Labs Ghana"})
    found = TENTH_ROUND.on_ground(TENTH_ROUND.p(experience=[{"company": "Nexo Labs Ghana", "start": "2016", "end": "2020"}]), brand,
                                  me=TENTH_ROUND.me_with(experience=[{"company": "Nexo Labs Kenya", "start": "2015", "end": "2019"}]))
    assert found and all("Ghana" not in t and "Kenya" not in t for t in found)


def test_a_note_in_brackets_is_left_out_of_a_career_move():
    them = TENTH_ROUND.p(experience=[
        {"company": "Polar Research Station (via Northshore Health Trust)", "title": "Station doctor", "start": "2025-10"},
        {"company": "Bayview Hospital", "title": "Emergency physician", "start": "2019-07", "end": "2025-08"}])
    moves = [t for t in TENTH_ROUND.texts(them) if "moved from" in t]
    assert moves and "from Bayview Hospital to Polar Research Station." in moves[0], moves


def career(them, me=None) -> list[str]:
    return [s.text for s in NINTH_ROUND.starters(them, me) if s.kind == "career"]


def test_an_internship_during_studies_at_the_next_place_is_no_move():
    student = NINTH_ROUND.p(headline="Doctoral researcher", experience=[
        {"company": "Halden Institute", "title": "Doctoral Researcher", "start": "2023-09"},
        {"company": "Orbix", "title": "Research Intern", "start": "2022-06", "end": "2022-08"}],
        education=[{"school": "Halden Institute", "degree": "MSc", "start": "2021", "end": "2023"}])
    assert career(student) == []


def test_a_summer_job_while_studying_at_the_next_place_is_no_move_even_without_an_intern_title():
    student = NINTH_ROUND.p(experience=[
        {"company": "Halden Institute", "title": "Research Engineer", "start": "2025-09"},
        {"company": "Corner Books", "title": "Bookseller", "start": "2025-06", "end": "2025-08"}],
        education=[{"school": "Halden Institute", "degree": "BSc", "start": "2021", "end": "2025"}])
    assert career(student) == []
    elsewhere = student.model_copy(update={"education": [student.education[0].model_copy(
        update={"school": "Riverside College"})]})
    assert career(elsewhere)  # studies elsewhere: a job after them is a real move


def test_side_roles_beside_the_main_job_are_no_move():
    doctor = NINTH_ROUND.p(experience=[
        {"company": "Eastfield Hospital", "title": "Consultant Cardiologist", "start": "2010-01"},
        {"company": "National Heart Panel", "title": "Guideline Committee Member", "start": "2024-03"},
        {"company": "Fernleaf Press", "title": "Author", "start": "2021-01", "end": "2023-12"}])
    assert career(doctor) == []


def test_a_teenagers_volunteering_and_school_team_is_no_move():
    teen = NINTH_ROUND.p(experience=[
        {"company": "Harbor Science Center", "title": "Summer Volunteer", "start": "2025-06", "end": "2025-08"},
        {"company": "Westbrook High Robotics", "title": "Team Captain", "start": "2025-09"}])
    assert career(teen) == []


def test_a_real_move_between_main_jobs_is_still_told():
    mover = NINTH_ROUND.p(experience=[{"company": "Globex", "title": "Engineer", "start": "2026-02"},
                                      {"company": "Initech", "title": "Engineer", "start": "2019-01", "end": "2026-01"}])
    assert any("moved from Initech to Globex" in t for t in career(mover))


def test_a_move_is_news_for_a_year_and_a_half_not_for_two():
    # Moves older than 18 months were judged sendable only 68 % of the time (MOVE_RECENT_MONTHS).
    mover = NINTH_ROUND.p(experience=[{"company": "Globex", "title": "Engineer", "start": "2025-02"},
                                      {"company": "Initech", "title": "Engineer", "start": "2019-01", "end": "2025-01"}])
    a_year_on = [s.text for s in NINTH_ROUND.starters(mover, now=datetime(2026, 2, 10, tzinfo=UTC)) if s.kind == "career"]
    two_years_on = [s for s in NINTH_ROUND.starters(mover, now=datetime(2027, 2, 10, tzinfo=UTC)) if s.kind == "career"]
    assert any("moved from Initech to Globex" in t for t in a_year_on), a_year_on
    assert two_years_on == []


def test_a_move_from_a_city_at_war_written_in_brackets_is_not_asked_about():
    displaced = NINTH_ROUND.p(location="Kraków, Poland", experience=[
        {"company": "Vireo Software", "title": "QA Engineer", "start": "2023-02"},
        {"company": "Softline (Kharkiv)", "title": "QA Engineer", "start": "2018-01", "end": "2022-03"}])
    assert career(displaced) == []


def test_no_your_time_there_to_a_phd_candidate_still_at_the_school():
    me = NINTH_ROUND.me_with(education=[{"school": "Halden Institute", "degree": "BSc", "start": "2008", "end": "2012"}])
    candidate = NINTH_ROUND.p(experience=[{"company": "Halden Institute", "title": "PhD Candidate", "start": "2023-09"}],
                              education=[{"school": "Halden Institute", "degree": "MSc", "start": "2021", "end": "2023"}])
    found = NINTH_ROUND.texts(candidate, me)
    assert not any("remember" in t for t in found)


def test_the_same_cohort_is_greeted_as_classmates_not_a_discovered_overlap():
    classmate = NINTH_ROUND.p(education=[{"school": "University of Waterloo", "degree": "BSc", "field": "Physics",
                                          "start": "2012", "end": "2016"}])
    found = NINTH_ROUND.texts(classmate)
    assert not any("just realised we overlapped" in t for t in found)
    assert any("fellow University of Waterloo class of 2016" in t for t in found)


def test_overlapping_years_that_are_no_cohort_still_overlap():
    senior = NINTH_ROUND.p(education=[{"school": "University of Waterloo", "degree": "BSc", "field": "Physics",
                                       "start": "2010", "end": "2014"}])
    assert any("overlapped at the University of Waterloo" in t for t in NINTH_ROUND.texts(senior))


def test_the_same_department_at_the_same_time_is_no_stranger():
    me = NINTH_ROUND.me_with(headline="Assistant Professor, Marine Biology", experience=[
        {"company": "Coastal University", "title": "Assistant Professor, Marine Biology", "start": "2020-01"}])
    them = NINTH_ROUND.p(experience=[{"company": "Tidewater Labs", "title": "Scientist", "start": "2023-01"},
                                     {"company": "Coastal University", "title": "Postdoctoral Fellow, Marine Biology",
                                      "start": "2019-06", "end": "2022-12"}])
    assert not any(s.kind == "employer" for s in NINTH_ROUND.starters(them, me))
    elsewhere = them.model_copy(update={"experience": [them.experience[0], them.experience[1].model_copy(
        update={"title": "Postdoctoral Fellow, Particle Physics"})]})
    assert any(s.kind == "employer" for s in NINTH_ROUND.starters(elsewhere, me))  # another department: worth a word


def test_a_pilots_move_between_airlines_is_still_a_move():
    pilot = NINTH_ROUND.p(experience=[{"company": "Northjet", "title": "Captain, A320", "start": "2026-03"},
                                      {"company": "Skyward Air", "title": "First Officer", "start": "2018-01", "end": "2026-02"}])
    assert any("moved from Skyward Air to Northjet" in t for t in career(pilot))


def test_a_generic_alumni_opener_decades_apart_comes_after_anything_more_specific():
    elder = NINTH_ROUND.p(education=[{"school": "University of Waterloo", "degree": "BSc", "start": "1984", "end": "1988"}],
                          interests=["Birdwatching"])
    kinds = [s.kind for s in NINTH_ROUND.starters(elder)]
    assert kinds[-1] == "school" and "interest" in kinds
    same_decade = NINTH_ROUND.p(education=[{"school": "University of Waterloo", "degree": "BSc", "start": "2008", "end": "2012"}],
                                interests=["Birdwatching"])
    assert [s.kind for s in NINTH_ROUND.starters(same_decade)][0] == "school"  # the best shared thing still leads


def test_no_proudest_project_question_when_their_about_names_it():
    me = NINTH_ROUND.me_with(experience=[{"company": "Lumen", "title": "Product designer", "start": "2021-01"},
                                         {"company": "Globex", "title": "Designer", "start": "2016-01", "end": "2020-12"}])
    them = NINTH_ROUND.p(experience=[{"company": "Initech", "title": "Engineer", "start": "2023-01"},
                                     {"company": "Globex", "title": "Engineer", "start": "2008-01", "end": "2014-06"}])
    assert any("proudest" in t for t in NINTH_ROUND.texts(them, me))
    told = them.model_copy(update={"about": "The work I'm proudest of is the offline mode we shipped at Globex."})
    assert not any("proudest" in t for t in NINTH_ROUND.texts(told, me))


@pytest.mark.parametrize("title,start,end", [("Apprentice miller", "2013-09", "2016-06"),
                                             ("Operations intern", "2017-01", "2017-06"),
                                             ("Shift planner", "2018-02", "2018-08")])
def test_no_proudest_project_to_an_apprentice_an_intern_or_a_short_stint(title, start, end):
    them = TWELFTH_ROUND.p(experience=[{"company": "Norrland Timber", "title": "Site manager", "start": "2019-05"},
                         {"company": "Harbour Mills", "title": title, "start": start, "end": end}])
    assert not any("proudest" in t for t in TWELFTH_ROUND.texts(them))


def test_no_which_team_when_their_title_names_the_cell_or_plant():
    me = TWELFTH_ROUND.me_with(experience=[{"company": "Caterpillar", "title": "Supply planner", "start": "2022-01"}])
    them = TWELFTH_ROUND.p(experience=[{"company": "Caterpillar", "title": "Manufacturing engineer, welding cell", "start": "2021-03"}])
    assert not any("Which team" in t for t in TWELFTH_ROUND.texts(them, me))


def test_no_which_team_when_their_about_names_the_cell():
    me = TWELFTH_ROUND.me_with(experience=[{"company": "Caterpillar", "title": "Supply planner", "start": "2022-01"}])
    them = TWELFTH_ROUND.p(about="I run continuous improvement on the welding cell of our Monterrey plant.",
             experience=[{"company": "Caterpillar", "title": "Manufacturing engineer", "start": "2021-03"}])
    assert not any("Which team" in t for t in TWELFTH_ROUND.texts(them, me))


TEACHERS_ME = sender(location="Nairobi, Kenya", headline="Mathematics Teacher at Moi Girls' School Nairobi",
                     experience=[{"company": "Moi Girls' School Nairobi", "title": "Mathematics Teacher", "start": "2016-01"}],
                     education=[{"school": "Kenyatta University", "field": "Mathematics and Physics", "start": "2009",
                                 "end": "2013"}])


TEACHERS_THEM = recipient(location="Mombasa, Kenya", headline="Head of Science Department, Shimo La Tewa School",
                          experience=[{"company": "Shimo La Tewa School", "title": "Head of Science", "start": "2023-01"},
                                      {"company": "Moi Girls' School Nairobi", "title": "Chemistry Teacher", "start": "2017-05",
                                       "end": "2022-12"}],
                          education=[{"school": "Kenyatta University", "field": "Science Education", "start": "2019",
                                      "end": "2021"}])


def test_two_teachers_at_one_school_for_years_get_no_strangers_opener():
    assert months_together(TEACHERS_ME, TEACHERS_THEM, "employer", "Moi Girls' School Nairobi",
                           "Moi Girls' School Nairobi", LATE_ROUNDS.now) >= 60
    # Neither 'it looks like we were at Moi Girls' at the same time' nor 'I noticed we both went to Kenyatta'.
    assert LATE_ROUNDS.texts(TEACHERS_THEM, TEACHERS_ME) == []


def test_three_years_at_a_firm_of_four_get_no_strangers_opener():
    me = sender(location="Toronto, Canada", about="Before law school I spent three years as a paralegal at a small refugee practice.",
                experience=[{"company": "Mendoza & Lee Immigration Law", "title": "Paralegal", "start": "2020-02", "end": "2023-07"}])
    them = recipient(location="Vancouver, Canada", about="Previously at a tiny Toronto immigration firm where we were four people.",
                     experience=[{"company": "Mendoza & Lee Immigration Law", "title": "Paralegal", "start": "2019-05", "end": "2023-08"}])
    assert LATE_ROUNDS.texts(them, me) == []


def test_colleagues_at_a_large_employer_are_still_strangers_who_may_have_met():
    me = sender(location="Houston, Texas, United States",
                experience=[{"company": "Halliburton", "title": "Drilling Engineer", "start": "2015-01", "end": "2020-06"}])
    them = recipient(location="Aberdeen, United Kingdom",
                     experience=[{"company": "Halliburton", "title": "Completions Engineer", "start": "2016-03", "end": "2021-01"}])
    assert any("at the same time" in t for t in LATE_ROUNDS.texts(them, me))


def test_one_cohort_of_one_programme_gets_a_classmates_greeting_or_nothing():
    cohort = [{"school": "Universidad de Concepción", "field": "Pedagogía en Inglés", "start": "2012", "end": "2016"}]
    me = sender(location="Concepción, Chile", languages=["Spanish", "English"], education=cohort)
    them = recipient(location="Santiago, Chile", languages=["Español", "English"], education=cohort,
                     about="Profesor de inglés y formador de profesores en escuelas públicas de todo Chile.")
    assert not any("acabo de darme cuenta" in t or "overlapped" in t for t in LATE_ROUNDS.texts(them, me))
    english = them.model_copy(update={"about": "English teacher and teacher trainer in public schools.", "languages": []})
    found = LATE_ROUNDS.texts(english, me.model_copy(update={"languages": ["English"], "location": "Leeds, United Kingdom"}))
    assert all("class of 2016" in t for t in found)


def _strangers_opener(texts: list[str]) -> bool:
    return any("at the same time" in t or "overlapped" in t or "which team" in t.lower() for t in texts)


def test_labmates_of_years_get_no_strangers_discovery_and_two_departments_of_one_university_still_do():
    lab = "Università di Padova (Bellini Lab)"
    me = sender(location="Zurich, Switzerland", experience=[job("Novabind", "Scientist", "2021-01"),
                                                            job(lab, "PhD Candidate", "2016-10", "2020-09")])
    them = recipient(location="Basel, Switzerland", experience=[job("Rhenus Bio", "Senior Scientist", "2022-02"),
                                                                job(lab, "PhD Candidate", "2017-10", "2021-12")])
    assert not _strangers_opener(LATE_ROUNDS.texts(them, me))
    # The same years at the university, named as a whole, in two unrelated jobs: a discovery they may share.
    whole = "Università di Padova"
    me2 = me.model_copy(update={"experience": [me.experience[0], me.experience[1].model_copy(
        update={"company": whole, "title": "Research Assistant"})]})
    them2 = them.model_copy(update={"experience": [them.experience[0], them.experience[1].model_copy(
        update={"company": whole, "title": "Lab Technician"})]})
    assert _strangers_opener(LATE_ROUNDS.texts(them2, me2))


def test_a_manager_and_an_officer_of_one_function_know_each_other():
    me = sender(location="Lusaka, Zambia", experience=[job("Reading Bridges", "Programme Manager", "2023-06"),
                                                       job("Kafue Literacy Trust", "M&E Officer", "2019-02", "2023-05")])
    them = recipient(location="Ndola, Zambia", experience=[job("Copperbelt Evidence Lab", "Evaluation Lead", "2023-08"),
                                                           job("Kafue Literacy Trust", "M&E Manager", "2018-04", "2023-07")])
    assert not _strangers_opener(LATE_ROUNDS.texts(them, me))
    # Two functions there (finance and M&E): no manager of the other's work, the same years may be a discovery.
    other = them.model_copy(update={"experience": [them.experience[0], them.experience[1].model_copy(
        update={"title": "Finance Manager"})]})
    assert _strangers_opener(LATE_ROUNDS.texts(other, me))


@pytest.mark.parametrize("about", [
    "Learned the trade at a small joinery where everyone did everything.",
    "Six years at a boutique where every analyst also answered the phones.",
])
def test_a_place_either_calls_small_means_they_know_each_other(about):
    me = sender(location="Cork, Ireland", experience=[job("Harbour Homes", "Project Manager", "2021-01"),
                                                      job("Lough Craft", "Estimator", "2016-03", "2020-12")])
    them = recipient(location="Galway, Ireland", experience=[job("Atlantic Fitouts", "Site Manager", "2021-06"),
                                                             job("Lough Craft", "Foreman", "2015-02", "2021-05")])
    assert _strangers_opener(LATE_ROUNDS.texts(them, me))  # nothing says how big Lough Craft is
    assert not _strangers_opener(LATE_ROUNDS.texts(them.model_copy(update={"about": about}), me))


def _founder(post: str) -> Profile:
    return recipient(location="Muscat, Oman", headline="Founder, Falaj Advisory | ex-Harbourline Partners",
                     experience=[job("Falaj Advisory", "Founder", "2026-12"),
                                 job("Harbourline Partners", "Principal", "2019-03", "2026-11")],
                     posts=[{"text": post, "date": "2026-11-27"}])


def test_the_firm_they_have_just_told_of_leaving_is_no_hook():
    me = sender(location="Riyadh, Saudi Arabia", experience=[job("Najd Advisory", "Director", "2022-09"),
                                                             job("Harbourline Partners", "Consultant", "2012-02", "2016-08")])
    left = _founder("After eight years, I've left Harbourline Partners. This month I'm launching Falaj Advisory.")
    assert not any("Harbourline" in t for t in LATE_ROUNDS.texts(left, me))
    # Without such news (the dates alone), the firm you both worked at is still ground to open on.
    quiet = _founder("Succession is not an event, it's a decade.")
    assert any("Harbourline" in t for t in LATE_ROUNDS.texts(quiet, me))


def test_what_a_past_job_taught_them_in_their_about_is_not_asked():
    me = sender(location="Santiago, Chile", languages=["Spanish (native)", "English"],
                experience=[job("Fundación Datos Claros", "Directora de Proyectos", "2019-03")])
    them = recipient(location="Valparaíso, Chile", languages=["Español (nativo)"],
                     headline="Jefa de Transparencia · Municipalidad de Valparaíso",
                     about="Abogada. Seis años en el Consejo para la Transparencia me enseñaron que la apertura se construye "
                     "caso a caso.",
                     experience=[job("Municipalidad de Valparaíso", "Jefa de Transparencia", "2025-10"),
                                 job("Consejo para la Transparencia", "Directora de Área", "2019-04", "2025-09")])
    asked = "puesto anterior"
    assert not any(asked in t for t in LATE_ROUNDS.texts(them, me))
    untold = them.model_copy(update={"about": "Abogada. Creo en los datos abiertos como herramienta, no como adorno."})
    assert any(asked in t for t in LATE_ROUNDS.texts(untold, me))


def test_two_employers_that_share_only_a_word_for_a_kind_of_place_are_two():
    assert not same_company("Viña Sauzal Viejo", "Viña Concha y Toro")
    assert not same_company("Hotel Arts Barcelona", "Hotel Adlon Kempinski")
    assert not same_company("University of Toronto", "University of Oslo")
    assert same_company("Work&Coaching AB", "Work&Coaching i Sverige AB")  # one company's two names still are one
    assert same_company("Banco Santander Brasil", "Banco Santander")  # past the kind of place, its own name


def test_a_shared_employer_they_left_is_not_claimed_as_current():
    me = analyst_with({"company": "Viña Concha y Toro", "title": "Export Manager, Asia", "start": "2019-03"})
    them = LEEDS_ANALYST.p(experience=[
        {"company": "Viña Sauzal Viejo", "title": "Winemaker & Co-founder", "start": "2018-01"},
        {"company": "Viña Concha y Toro", "title": "Assistant Winemaker", "start": "2010-03", "end": "2014-12"}])
    found = LEEDS_ANALYST.texts(them, me)
    assert not any("both at" in t or "are you on" in t for t in found), found
    assert any("you were at Viña Concha y Toro, where I work now" in t for t in found), found


def test_who_led_there_with_you_is_not_asked_which_team():
    me = analyst_with({"company": "Ulta Beauty", "title": "Financial Analyst II", "start": "2024-06"},
                      {"company": "Motorola Solutions", "title": "Finance Rotational Program Analyst", "start": "2022-07",
                       "end": "2024-05"})
    them = LEEDS_ANALYST.p(headline="Chief Financial Officer", experience=[
        {"company": "Conagra Brands", "title": "Chief Financial Officer", "start": "2023-02"},
        {"company": "Motorola Solutions", "title": "SVP Finance", "start": "2012-01", "end": "2022-12"}])
    found = [t for t in LEEDS_ANALYST.texts(them, me) if "Motorola" in t]
    assert found and not any("team" in t.lower() for t in found), found
    assert "at the same time. What do you remember best from those years?" in found[0]


def test_a_colleague_of_the_same_years_at_a_large_employer_is_still_asked_which_team():
    me = analyst_with({"company": "Clarksons", "title": "Broker", "start": "2019-03"},
                      {"company": "Halvorsen Shipping", "title": "Analyst", "start": "2015-01", "end": "2019-02"})
    them = LEEDS_ANALYST.p(experience=[{"company": "Brightwater Ports", "title": "Analyst", "start": "2020-01"},
                                       {"company": "Halvorsen Shipping", "title": "Analyst", "start": "2014-01", "end": "2019-12"}])
    assert any("at the same time. Which team were you on?" in t for t in LEEDS_ANALYST.texts(them, me))


def test_two_who_cooked_in_one_kitchen_at_the_same_time_get_no_stranger_opener():
    me = analyst_with({"company": "Hattie B's Hot Chicken", "title": "Director of Operations", "start": "2020-01"},
                      {"company": "Commander's Palace", "title": "Sous Chef", "start": "2011-05", "end": "2015-08"})
    them = LEEDS_ANALYST.p(experience=[{"company": "Batiste's Kitchen", "title": "Chef-Owner", "start": "2020-02"},
                                       {"company": "Commander's Palace", "title": "Line Cook", "start": "2014-03", "end": "2017-12"}])
    assert not any("Commander" in t for t in LEEDS_ANALYST.texts(them, me))


@pytest.mark.parametrize("company, mine, title, said", [
    # With you there at the same time: told so; before them, long ago: asked what it is like now. Never what they work
    # on, which their headline says.
    ("Star Bulk Carriers", ("2016-06", "2019-02"), "Technical Director", "at the same time, and you're still there"),
    ("Equinor", ("2002-09", "2004-02"), "Project lead, Hywind Tampen", "where I used to work. What's it like there these days?"),
])
def test_who_stays_where_you_used_to_work_is_not_asked_what_their_headline_says(company, mine, title, said):
    me = analyst_with({"company": "Clarksons", "title": "Broker", "start": "2019-03"},
                      {"company": company, "title": "Assistant", "start": mine[0], "end": mine[1]})
    them = LEEDS_ANALYST.p(headline=title, experience=[{"company": company, "title": title, "start": "2014-04"}])
    found = [t for t in LEEDS_ANALYST.texts(them, me) if company in t]
    assert found and said in found[0] and "working on" not in found[0], found


def _mover(before: tuple[str, str], after: tuple[str, str], **fields) -> Profile:
    return LEEDS_ANALYST.p(experience=[{"company": after[0], "title": after[1], "start": "2026-02"},
                                       {"company": before[0], "title": before[1], "start": "2018-01", "end": "2026-01"}], **fields)


def _career(them: Profile) -> list[str]:
    return [s.text for s in LEEDS_ANALYST.starters(them) if s.kind == "career"]


def test_two_jobs_of_one_kind_are_compared():
    found = _career(_mover(("ThoughtSpot", "Software Engineer"), ("Gantry", "Senior Software Engineer")))
    assert found == ["Hi Amara, I noticed you moved from ThoughtSpot to Gantry. What's been the biggest difference "
                     "between the two?"]
    # A developer and an engineer of software, a product lead and a CPO, are one line of work too.
    assert "biggest difference" in _career(_mover(("Stripe", "Product Lead - Risk UX"), ("Maven AGI", "Co-Founder & CPO")))[0]


def test_a_change_of_line_is_asked_what_carried_over():
    found = _career(_mover(("Smalltalk", "CTO"), ("Substrate", "Co-Founder, CEO")))
    assert found == ["Hi Amara, I noticed you moved from Smalltalk to Substrate. What from your previous role has "
                     "helped you most since?"]


@pytest.mark.parametrize("told", [{"headline": "UX Writer | Former ICU nurse"},
                                  {"about": "Eight years as an ICU nurse taught me that clear words save lives."}])
def test_a_change_their_page_already_tells_is_not_asked_about(told):
    assert not _career(_mover(("St. Luke's Medical Center", "ICU Nurse"), ("Medgrocer", "UX Writer"), **told))


def test_a_description_before_a_name_in_brackets_gives_way_to_the_name():
    found = _career(_mover(("Caterpillar dealer (Wagner Equipment)", "Field Technician"),
                           ("Antarctic Support Contract (Leidos)", "Heavy Equipment Mechanic")))
    assert found and "from Wagner Equipment to Antarctic Support Contract." in found[0], found


def test_a_legal_internship_long_ago_is_no_project_to_be_proudest_of():
    me = analyst_with({"company": "Banco Lume", "title": "Head of Compliance", "start": "2015-01"},
                      languages=["English", "Portuguese"])
    them = LEEDS_ANALYST.p(name="Beatriz Lima", location="São Paulo, Brazil", languages=["Português"],
                           experience=[{"company": "Mattos Rocha Advogados", "title": "Sócia", "start": "2020-01"},
                                       {"company": "Banco Lume", "title": "Estagiária jurídica", "start": "2011-02",
                                        "end": "2012-12"}])
    assert not any("Banco Lume" in t for t in LEEDS_ANALYST.texts(them, me))


def test_a_job_seeker_is_not_asked_about_school_days():
    me = analyst_with({"company": "Amazon", "title": "Principal Engineer", "start": "2018-01"},
                      education=[{"school": "University of British Columbia", "start": "2004", "end": "2008"}])
    them = LEEDS_ANALYST.p(headline="Computer Science grad | Looking for junior developer roles",
                           education=[{"school": "University of British Columbia", "start": "2022", "end": "2026"}])
    assert says_they_look_for_work(them)
    assert not any("British Columbia" in t for t in LEEDS_ANALYST.texts(them, me))
