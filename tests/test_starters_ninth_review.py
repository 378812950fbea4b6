"""The ninth blind review's classes of failure, each on made-up profiles (never the review set's).

1. a post about losing one's job ('my position was cut', 'RIF'd', 'mi despido', 'betriebsbedingt') is never opened
on; 4. a Korean family name first, then a given name of two syllables, hyphenated or not ('Lee Jiwoo', 'Cho
Hyun-woo'), is greeted by the given name, never 'Hi Lee'; 5. a hobby's label with digits, a time, a colon or more
than four words never goes inside a template: the shared name when it reads clean, else no starter.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from companion.ground.common_ground import find_common_ground
from companion.ground.names import first_name
from companion.ground.post_reading import post_kind
from companion.ground.starters import suggest_starters
from companion.models import Profile

NOW = datetime(2026, 11, 20, tzinfo=UTC)


def profile(**fields) -> Profile:
    return Profile.model_validate({"name": "Lena Hart", **fields})


def starters(me: Profile, them: Profile):
    return suggest_starters(me, them, find_common_ground(me, them), now=NOW)


# ---------------------------------------------------------------- 1. job loss, however it is worded

@pytest.mark.parametrize("text", [
    "My position was cut this morning along with 40 others. Grateful for six good years on the team.",
    "Our role has been axed in the reorg, so I am looking for what comes next in product design.",
    "Got RIF'd on Monday after five years. If you are hiring data engineers, I would love to talk.",
    "Hoy se hizo efectivo mi despido después de seis años en la empresa. Gracias a todos por el apoyo.",
    "Nach zwölf Jahren bin ich betriebsbedingt raus. Danke an mein Team für die gemeinsame Zeit.",
])
def test_a_post_about_losing_work_is_not_opened_on(text):
    assert post_kind(text) == "skip"
    me = profile(experience=[{"company": "Quillon", "title": "Designer", "start": "2021"}])
    them = profile(name="Ada Moss", site="x", posts=[{"text": text, "date": "2026-11-15"}],
                   experience=[{"company": "Fenwick", "title": "Designer", "start": "2020"}])
    assert not any("enjoyed" in s.text or "post" in s.text for s in starters(me, them))


# ---------------------------------------------------------------- 4. Korean names, family name first

@pytest.mark.parametrize(("name", "greeted"), [
    ("Lee Jiwoo", "Jiwoo"), ("Lee Ji-woo", "Ji-woo"), ("Cho Hyun-woo", "Hyun-woo"), ("Yoo Jae-suk", "Jae-suk"),
    ("Hong Gil-dong", "Gil-dong"), ("Song Minho", "Minho"),
    # Western names that start with a Korean family name stay as they are.
    ("Lee Mason", "Lee"), ("Kim Smith", "Kim"), ("Lee Jordan", "Lee"),
])
def test_a_korean_family_name_first_is_not_greeted(name, greeted):
    assert first_name(Profile(name=name)) == greeted


# ---------------------------------------------------------------- 5. labels no sentence can carry

def test_a_race_result_is_reduced_to_the_shared_hobby():
    me = profile(interests=["Chicago Marathon 2025: 3:30:02"])
    them = profile(name="Ana Ruiz", interests=["Chicago Marathon 2026: 3:12:40"])
    texts = [s.text for s in starters(me, them)]
    assert texts and all(":" not in t.split(",", 1)[1] and "2026" not in t for t in texts)
    assert any("into running" in t for t in texts)


def test_a_garbled_label_with_no_clean_name_gives_no_starter():
    from companion.ground.starters import _thing
    from companion.models import Commonality
    shared = Commonality(kind="interest", label="Ultra Trail 100k 2025 finisher", weight=1.0,
                         mine="Ultra Trail 100k 2025 finisher", theirs="Ultra Trail 100k 2025 finisher")
    assert _thing(shared, "en", profile()) is None
    clean = shared.model_copy(update={"label": "trail running"})
    assert _thing(clean, "en", profile()) == "trail running"


# ---------------------------------------------------------------- 9. articles before a school's name

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


# ---------------------------------------------------------------- 3. two arms of one brand

def _employer_starters(my_company: str, their_company: str):
    me = profile(experience=[{"company": my_company, "title": "Producer", "start": "2015", "end": "2019"},
                             {"company": "Hollowpine Games", "title": "Producer", "start": "2019"}])
    them = profile(name="Ana Ruiz", experience=[{"company": their_company, "title": "Game designer", "start": "2014",
                                                 "end": "2020"},
                                                {"company": "Brightfall", "title": "Lead designer", "start": "2020"}])
    return [s.text for s in starters(me, them)]


def test_two_arms_of_a_brand_are_named_by_the_brand():
    texts = _employer_starters("Kestrel Interactive America", "Kestrel Interactive Korea")
    assert any("both worked at Kestrel Interactive." in t for t in texts)
    assert not any("Korea" in t or "America" in t or "same time" in t for t in texts)


@pytest.mark.parametrize("their_company", ["Kestrel Interactive America", "Kestrel Interactive America Inc."])
def test_one_company_spelt_apart_is_still_met_at_the_same_time(their_company):
    texts = _employer_starters("Kestrel Interactive America", their_company)
    assert any("at Kestrel Interactive America at the same time" in t for t in texts)


# ---------------------------------------------------------------- 8. a job seeker is not asked about school days

SCHOOL = {"school": "Ravensmoor University", "degree": "BSc Chemistry", "start": "2021", "end": "2025"}


@pytest.mark.parametrize("headline", [
    "Chemistry graduate | Open to work", "Recent graduate, job hunting in analytical chemistry",
    "Químico recién graduado, buscando empleo", "Chimiste, à la recherche d'un poste en laboratoire",
    "Chemiker, auf Jobsuche", "Química, em busca de emprego",
])
def test_a_job_seeker_gets_no_school_memories(headline):
    me = profile(experience=[{"company": "Tallowmere Labs", "title": "Hiring manager", "start": "2018"}],
                 education=[{**SCHOOL, "start": "2008", "end": "2012"}])
    them = profile(name="Ada Moss", headline=headline, education=[SCHOOL])
    assert not any("Ravensmoor" in s.text for s in starters(me, them))


def test_a_graduate_in_work_is_still_asked_about_school():
    me = profile(experience=[{"company": "Tallowmere Labs", "title": "Hiring manager", "start": "2018"}],
                 education=[{**SCHOOL, "start": "2008", "end": "2012"}])
    them = profile(name="Ada Moss", headline="Analytical chemist at Brindle Pharma", education=[SCHOOL],
                   experience=[{"company": "Brindle Pharma", "title": "Analytical chemist", "start": "2025-09"}])
    assert any("Ravensmoor" in s.text for s in starters(me, them))


# ---------------------------------------------------------------- 7. an early-career sender is the candidate

AD = ("We're hiring a research associate in protein crystallography to join our structural biology lab in Leeds. "
      "Know someone? Please share.")


def _offers(title: str):
    me = profile(headline=f"{title}, structural biology", location="Leeds, United Kingdom",
                 experience=[{"company": "Dunmore Institute", "title": title, "start": "2024-09"}],
                 skills=["Protein crystallography"])
    them = profile(name="Owen Pike", site="x", headline="Group leader, structural biology",
                   posts=[{"text": AD, "date": "2026-11-15"}],
                   experience=[{"company": "Halvern Lab", "title": "Group leader", "start": "2016"}])
    return [s for s in starters(me, them) if s.kind == "offer-help"]


@pytest.mark.parametrize("title", ["Research associate", "Postdoctoral fellow", "PhD candidate", "Research assistant"])
def test_an_early_career_sender_does_not_offer_to_refer_for_their_own_level(title):
    assert _offers(title) == []


def test_a_senior_sender_may_still_offer_introductions():
    assert _offers("Associate director of structural biology")


# ---------------------------------------------------------------- 2. their page already names their team

def _colleague_starters(their_title: str, headline: str | None = None):
    me = profile(experience=[{"company": "Corvane Systems", "title": "Software engineer", "start": "2021"}])
    them = profile(name="Owen Pike", headline=headline,
                   experience=[{"company": "Corvane Systems", "title": their_title, "start": "2019"}])
    return [s.text for s in starters(me, them)]


@pytest.mark.parametrize(("title", "headline"), [
    ("Software engineer, Webex audio", None), ("Senior engineer - Platform", None), ("Designer (Growth)", None),
    ("Software engineer", "Payments team at Corvane Systems"), ("Agronomist", "Agronomist, Urabá field team"),
])
def test_which_team_is_not_asked_when_their_page_says(title, headline):
    assert not any("team" in t.lower() for t in _colleague_starters(title, headline))


@pytest.mark.parametrize("headline", [None, "Engineering manager leading a great team", "Building the team at Corvane"])
def test_which_team_is_still_asked_when_their_page_does_not_say(headline):
    assert any("Which team are you on?" in t for t in _colleague_starters("Engineering manager", headline))


def test_former_colleagues_whose_title_names_the_team_get_no_which_team():
    me = profile(experience=[{"company": "Corvane Systems", "title": "Software engineer", "start": "2016", "end": "2020"},
                             {"company": "Tallowmere Labs", "title": "Staff engineer", "start": "2020"}])
    them = profile(name="Owen Pike",
                   experience=[{"company": "Corvane Systems", "title": "Software engineer, Webex audio",
                                "start": "2015", "end": "2021"},
                               {"company": "Brightfall", "title": "Principal engineer", "start": "2021"}])
    texts = [s.text for s in starters(me, them)]
    assert any("both worked at Corvane Systems" in t for t in texts)
    assert not any("team" in t.lower() for t in texts)


# ---------------------------------------------------------------- 6. on leave, per their headline

@pytest.mark.parametrize("headline", ["Data engineer · on medical leave until spring 2027", "Data engineer (on leave)",
                                      "Recovering. Data engineer at Brindle."])
def test_a_headline_on_leave_pauses_work_questions(headline):
    me = profile(skills=["Kafka"], experience=[{"company": "Quillon", "title": "Data engineer", "start": "2021"}])
    them = profile(name="Ana Ruiz", headline=headline, skills=["Kafka"],
                   experience=[{"company": "Brindle", "title": "Data engineer", "start": "2020"}])
    assert not any("these days" in s.text or "at work" in s.text for s in starters(me, them))
