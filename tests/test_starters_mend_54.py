"""Mend 54 (review set 48 and older refusals), each as a class with made-up pages: a style before a name is no first
name; a role written as the company is no employer; a listed interest is said in the sentence's case, never quoted;
'fellow X class of' says the school's plain name, and their news goes first between classmates; a death told in
gentler or styled words silences light lines; a sport merely followed is no opener; no 'at the same time' at a chain's
stores in two countries."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from companion.ground.common_ground import find_common_ground
from companion.ground.names import name_to_greet
from companion.ground.person_reading import current_job, in_hard_times, is_employer, tells_of_a_death
from companion.ground.starter_templates import TEMPLATES
from companion.ground.starters import in_a_sentence, suggest_starters
from companion.models import Profile

NOW = datetime(2026, 12, 7, tzinfo=UTC)


def _starters(me: Profile, them: Profile) -> list[str]:
    return [s.text for s in suggest_starters(me, them, find_common_ground(me, them, None), now=NOW)]


# ---------------------------------------------------------------- 1. styles before a name

@pytest.mark.parametrize("name, greeted", [
    ("The Rev. Dr. Ruth Okonkwo-Hale", "Ruth"),
    ("The Very Rev. Ian Gray", "Ian"),
    ("The Hon. Kwame Asante", "Kwame"),
    ("Barrister Chidi Obi", "Chidi"),
    ("Advocate Thandi Nkosi", "Thandi"),
    ("Rabbi Miriam Levin", "Miriam"),
    ("Revd Anne Hale", "Anne"),
    ("Alhaji Musa Bello", "Musa"),
    ("CA Rahul Sharma", "Rahul"),
    ("Imam Yusuf Adeyemi", "Yusuf"),
    ("Pastor Ade Bakare", "Ade"),
    ("Chief Emeka Okafor", "Emeka"),
    # Not a style: a given name that starts like one.
    ("Theresa Walsh", "Theresa"),
])
def test_a_style_before_a_name_is_no_first_name(name, greeted):
    assert name_to_greet(Profile(name=name)) == greeted


@pytest.mark.parametrize("name", ["Barrister Okoye", "The Rev. Costello", "Dr. Lindqvist", "Rabbi Sacks"])
def test_a_style_and_a_family_name_leave_no_name_to_greet(name):
    assert name_to_greet(Profile(name=name)) is None


@pytest.mark.parametrize("name, greeted", [("Sir Ian", "Ian"), ("Haji Zulkifli", "Zulkifli")])
def test_a_style_said_before_a_given_name_keeps_it(name, greeted):
    assert name_to_greet(Profile(name=name)) == greeted


# ---------------------------------------------------------------- 2. a role or a status as the company

@pytest.mark.parametrize("company", ["Professional Athlete", "Professional Footballer", "Pro Cyclist",
                                     "Independent Consultant", "Student", "Full-time Student", "Various clients",
                                     "Homemaker"])
def test_a_role_written_as_the_company_is_no_employer(company):
    assert not is_employer(company)


@pytest.mark.parametrize("company", ["The Independent", "Professional Photographers of America", "Student Loans Company",
                                     "Pro Sports Agency"])
def test_an_organisation_named_with_those_words_stays_one(company):
    assert is_employer(company)


@pytest.mark.parametrize("company, title", [("Professional Footballer", "Winger"),
                                            ("Independent Consultant", "Brand strategist")])
def test_no_venture_line_names_a_role_as_the_job_left(company, title):
    me = Profile(name="Dan Cole", headline="Coach at Leeds Striders", location="Leeds, UK",
                 experience=[{"company": "Leeds Striders", "title": "Coach", "start": "2016-01"}])
    them = Profile(name="Kojo Mensah", headline="Founder, Volta Academy", location="Accra, Ghana",
                   experience=[{"company": "Volta Academy", "title": "Founder", "start": "2021-01"},
                               {"company": company, "title": title, "start": "2010-01", "end": "2020-12"}])
    found = _starters(me, them)
    assert not any(company in t for t in found), found


# ---------------------------------------------------------------- 3. an interest in a sentence's case, never quoted

@pytest.mark.parametrize("item, headline, said", [
    ("Developer communities", "Android Developer at Kinduct", "developer communities"),
    ("Product communities", "Senior Product Manager at Shopify", "product communities"),
])
def test_a_listed_interest_is_not_kept_capitalised_by_a_job_titles_capital(item, headline, said):
    assert in_a_sentence(item, Profile(name="A B", headline=headline)) == said


def test_a_word_written_capitalised_on_its_own_still_keeps_it():
    assert in_a_sentence("Python programming", Profile(name="A B", about="I teach Python to kids.")) == \
        "Python programming"


def test_french_interest_lines_quote_no_listed_item():
    for name, text in TEMPLATES["fr"].items():
        if name.startswith("interest") or name == "follows":
            assert "« {thing} »" not in text, name


# ---------------------------------------------------------------- 4. 'fellow X class of' and their news

def _classmates(school: str, them_posts: list[dict] | None = None) -> tuple[Profile, Profile]:
    entry = {"school": school, "degree": "MArch", "field": "Architecture", "start": "2012", "end": "2015"}
    me = Profile(name="Mei Chen", headline="Architect at Studio Lin", location="Toronto, Canada", education=[entry],
                 experience=[{"company": "Studio Lin", "title": "Architect", "start": "2016-01"}])
    them = Profile(name="Oscar Dunn", headline="Associate at Fieldwork", location="Toronto, Canada",
                   education=[entry], posts=them_posts or [],
                   experience=[{"company": "Fieldwork", "title": "Associate", "start": "2016-01"}])
    return me, them


@pytest.mark.parametrize("school, plain", [
    ("University of Toronto, John H. Daniels Faculty of Architecture", "University of Toronto"),
    ("University of Waterloo, School of Architecture", "University of Waterloo"),
])
def test_a_classmate_line_says_the_school_without_its_faculty(school, plain):
    found = _starters(*_classmates(school))
    assert any(f"fellow {plain} class of 2015" in t for t in found), found
    assert not any("Faculty" in t or "School of" in t for t in found), found


def test_between_classmates_their_award_comes_before_the_class_line():
    found = _starters(*_classmates("University of Toronto", [
        {"text": "Our co-housing project just won the Ontario Architecture Award. Credit to the residents.",
         "date": "2026-11-20"}]))
    assert found and "congratulations" in found[0], found


def test_a_visiting_post_is_not_their_main_job():
    them = Profile(name="Hamid Raza", experience=[
        {"company": "Raza & Co Advocates", "title": "Partner", "start": "2019-01"},
        {"company": "Punjab University", "title": "Visiting Faculty, Tax Law", "start": "2022-09"}])
    assert current_job(them).company == "Raza & Co Advocates"
    adjunct = Profile.model_validate({**them.model_dump(), "experience": [
        {"company": "Lind Architects", "title": "Principal", "start": "2015-01"},
        {"company": "Aalto University", "title": "Adjunct Professor", "start": "2023-01"}]})
    assert current_job(adjunct).company == "Lind Architects"


# ---------------------------------------------------------------- 5. grief in gentler or styled words

@pytest.mark.parametrize("text", [
    "Mi papá se fue anoche. Me enseñó a escuchar la radio.",
    "Mi abuela nos dejó el domingo, tranquila.",
    "Minha mãe partiu ontem. Obrigada pelas mensagens.",
    "Yesterday we lost the Rev. Dr. Howard Pike, who taught so many of us.",
    "This morning we lost Prof. Adaeze Obi. Rest well, Adaeze.",
])
def test_a_death_told_in_gentler_or_styled_words_is_a_death(text):
    assert tells_of_a_death(text)


@pytest.mark.parametrize("text", ["Mi mamá se fue de viaje a Roma.", "Mi hermano se fue a Madrid por trabajo.",
                                  "We lost the Sales Cup final to Leeds.", "Meu pai foi ao mercado."])
def test_a_trip_or_a_lost_match_is_no_death(text):
    assert not tells_of_a_death(text)


def test_a_recent_styled_death_silences_light_lines():
    me, them = _classmates("Yale Divinity School")
    them = Profile.model_validate({**them.model_dump(), "posts": [
        {"text": "Yesterday we lost the Rev. Dr. Howard Pike, who taught us pastoral care. Rest well, Howard.",
         "date": "2026-12-05"}]})
    assert in_hard_times(them, NOW) == "wait"
    assert _starters(me, them) == []


# ---------------------------------------------------------------- 6. a sport merely followed

@pytest.mark.parametrize("sport", ["Cricket", "Football", "Hockey"])
def test_a_followed_sport_makes_no_line(sport):
    me = Profile(name="Ravi Perera", headline="Analyst at Dialog", location="Colombo, Sri Lanka", interests=[sport],
                 experience=[{"company": "Dialog", "title": "Analyst", "start": "2019-01"}])
    them = Profile(name="Nimal Silva", headline="Engineer at Hemas", location="Colombo, Sri Lanka", interests=[sport],
                   experience=[{"company": "Hemas", "title": "Engineer", "start": "2018-01"}])
    found = _starters(me, them)
    assert not any("backing this season" in t or sport.lower() in t.lower() for t in found), found


# ---------------------------------------------------------------- 7. a chain's stores in two countries

@pytest.mark.parametrize("brand, their_title", [("Zara (Inditex)", "Vendedora"), ("Uniqlo (Fast Retailing)", "Vendedora"),
                                               ("Decathlon", "Sales Associate")])
def test_no_same_time_line_between_a_chains_stores_in_two_countries(brand, their_title):
    me = Profile(name="Rita Sousa", headline="Gestora de Operações na Sonae", location="Porto, Portugal",
                 languages=["Português"],
                 experience=[{"company": "Sonae MC", "title": "Gestora de Operações", "start": "2020-02"},
                             {"company": brand, "title": "Store Manager", "start": "2015-05", "end": "2020-01"}])
    them = Profile(name="Juliana Costa", headline="Gerente na Renner", location="São Paulo, Brasil",
                   languages=["Português"],
                   experience=[{"company": "Renner", "title": "Gerente de Loja", "start": "2019-03"},
                               {"company": brand, "title": their_title, "start": "2014-02", "end": "2018-12"}])
    found = _starters(me, them)
    assert not any("mesmo tempo" in t or "same time" in t for t in found), found


@pytest.mark.parametrize("post", ["Beer league hockey on Tuesdays keeps me sane.",
                                  "Rec league football with the office every Sunday."])
def test_a_sport_played_in_a_league_of_their_own_keeps_its_line(post):
    sport = "Hockey" if "hockey" in post else "Football"
    me = Profile(name="Ravi Perera", headline="Analyst at Dialog", location="Toronto, Canada", interests=[sport],
                 experience=[{"company": "Dialog", "title": "Analyst", "start": "2019-01"}])
    them = Profile(name="Nimal Silva", headline="Engineer at Hemas", location="Toronto, Canada", interests=[sport],
                   posts=[{"text": post, "date": "2026-11-19"}],
                   experience=[{"company": "Hemas", "title": "Engineer", "start": "2018-01"}])
    assert any(sport.lower() in t.lower() and "backing" not in t for t in _starters(me, them))


def test_an_office_in_brackets_is_no_group_and_places_the_job():
    # 'frog (Shanghai)' beside 'frog' in Shanghai: one office, the same years; said so, as before.
    me = Profile(name="Li Wei", headline="Design Director at frog", location="Shanghai, China",
                 experience=[{"company": "frog", "title": "Design Director", "start": "2015-03"}])
    them = Profile(name="Kayan Ho", headline="Service Designer", location="Hong Kong",
                   experience=[{"company": "Hospital Authority", "title": "Service Designer", "start": "2021-01"},
                               {"company": "frog (Shanghai)", "title": "Service Designer", "start": "2016-08",
                                "end": "2020-12"}])
    assert any("at frog at the same time" in t for t in _starters(me, them)), _starters(me, them)
