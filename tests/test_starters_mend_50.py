"""Mend 50 (newcomer 10): a page mostly in English with a German motto and German skill names is in English (W4); the
reason for no English opener to a page in another language says what your profile holds and how to add to it (C1);
and, for a stranger with nothing better to open on, their own work asked as only they can tell it: the course they say
they teach, a mentoring role they hold, a change of craft their jobs show (W5)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from shared_pages import real_page

from companion.ground.common_ground import find_common_ground
from companion.ground.person_reading import profile_language
from companion.ground.starters import suggest_starters, why_no_starters
from companion.models import Profile
from companion.parsers import parse_profile

NOW = datetime(2026, 12, 7, tzinfo=UTC)
ME = Profile(name="Kasun Perera", headline="Software Engineer at Insighture", location="Colombo, Sri Lanka",
             experience=[{"company": "Insighture", "title": "Software Engineer", "start": "2022-01"}])


def _page(name: str) -> Profile:
    return parse_profile(real_page(f"linkedin/{name}"), "https://www.linkedin.com/in/someone")


def _both(them: Profile, me: Profile = ME) -> tuple[list[str], str | None]:
    ground = find_common_ground(me, them, None)
    return ([s.text for s in suggest_starters(me, them, ground, now=NOW)], why_no_starters(me, them, ground, now=NOW))


# ---------------------------------------------------------------- W4: a page's language
def test_julians_english_page_with_a_german_motto_is_in_english():
    julian = _page("guest_2016-08_julianamelung.html")
    assert profile_language(julian) == "en"
    assert "German" not in (_both(julian)[1] or "")


GERMAN_MOTTO = ("Die kreative Zerstörung ist gleichermaßen die gefürchtetste als auch die vielversprechendste Art der "
                "Innovation. Dies sollte allenfalls bedacht werden.")


def _berliner(**extra) -> Profile:
    fields = {"name": "Jonas Weber", "headline": "Senior Software Engineer", "location": "Berlin, Germany",
              "about": GERMAN_MOTTO, "languages": ["German", "English"],
              "skills": ["Datenbanken", "Softwareentwicklung", "JavaScript"],
              "experience": [{"company": "N26", "title": "Senior Software Engineer", "start": "2021-03"},
                             {"company": "Zalando", "title": "Software Developer", "start": "2017-01", "end": "2021-02"},
                             {"company": "SAP", "title": "Working Student", "start": "2015-01", "end": "2016-12"}],
              "education": [{"school": "TU Berlin", "degree": "Master of Science", "field": "Computer Science"}]}
    return Profile(**{**fields, **extra})


def test_an_english_headline_and_titles_outweigh_a_short_german_motto_and_german_skills():
    assert profile_language(_berliner()) == "en"


@pytest.mark.parametrize("change", [
    # Their headline in German keeps the page German.
    {"headline": "Softwareentwickler bei N26 und Mentor für Quereinsteiger"},
    # A German about of many sentences is a German page.
    {"about": " ".join([GERMAN_MOTTO] * 3 + ["Ich arbeite seit zehn Jahren an Backends und liebe es, Teams aufzubauen."])},
    # Who lists no English (or only a little) is not written to in it on the strength of job titles.
    {"languages": ["Deutsch"]},
    {"languages": ["Deutsch (Muttersprache)", "Englisch (Grundkenntnisse)"]},
])
def test_a_page_truly_in_german_stays_german(change):
    assert profile_language(_berliner(**change)) == "de"


def test_a_page_wholly_in_german_stays_german_with_german_titles():
    them = _berliner(headline="Softwareentwicklerin", about=GERMAN_MOTTO + " Ich baue gerne Dinge, die bleiben.",
                     experience=[{"company": "N26", "title": "Softwareentwicklerin", "start": "2021-03"},
                                 {"company": "Zalando", "title": "Werkstudentin in der Entwicklung", "start": "2017-01",
                                  "end": "2021-02"}],
                     education=[{"school": "TU Berlin", "degree": "Diplom", "field": "Informatik und Wirtschaft"}])
    assert profile_language(them) == "de"


# ---------------------------------------------------------------- C1: the reason, said truly and where to add
def test_a_spanish_page_says_your_profile_lists_no_spanish_and_how_to_add_it():
    them = Profile(name="Lucía Romero", headline="Periodista y fotógrafa en Madrid",
                   about="Cuento historias de la ciudad y de la gente que la hace. Me encanta el café por la mañana.",
                   location="Madrid, España", languages=["Español"])
    starters, why = _both(them)
    assert starters == []
    assert why == ("their page is in Spanish and your profile lists no Spanish, so no English opener is suggested "
                   "(if you write Spanish: companion me languages --add es)")


# ---------------------------------------------------------------- W5: their own work
def test_nelsons_mentoring_role_is_asked_about():
    assert _both(_page("guest_2015-12_nelsonic.html"))[0] == ["Hi Nelson, what got you mentoring at Founders & Coders?"]


@pytest.mark.parametrize("page", ["guest_2024-04_eduardo.html", "loggedin_2024-07_eduardo.html"])
def test_eduardos_learners_are_asked_about(page):
    assert _both(_page(page))[0] == ["Hi Eduardo, what do people on your Frontend course find hardest these days?"]


def test_sris_change_of_craft_is_asked_about_where_her_jobs_show_it():
    assert _both(_page("loggedin_2024-07_srilalitha.html"))[0] == [
        "Hi Sri Lalitha, what drew you from software engineering to the Scrum Master role at Swedbank?"]
    # The guest page lists only the job she holds now: no change shown, no line.
    assert _both(_page("guest_2024-04_srilalitha.html"))[0] == []


def _member(name: str, jobs: list[dict], **extra) -> Profile:
    return Profile(name=name, headline=extra.pop("headline", jobs[0]["title"]), location="Leeds, United Kingdom",
                   languages=["English"], experience=jobs, **extra)


@pytest.mark.parametrize(("them", "said"), [
    (_member("Amara Okafor", [{"company": "CodeYourFuture", "title": "Volunteer Mentor", "start": "2023-02"},
                              {"company": "Sky", "title": "Test Engineer", "start": "2019-01", "end": "2022-12"}],
             headline="QA and accessibility"),
     "Hi Amara, what got you mentoring at CodeYourFuture?"),
    (_member("Tom Reilly", [{"company": "Code First Girls", "title": "Mentor", "start": "2024-09"},
                            {"company": "Hargreaves Lansdown", "title": "Analyst", "start": "2020-01", "end": "2024-06"}]),
     "Hi Tom, what got you mentoring at Code First Girls?"),
    (_member("Priya Nair", [{"company": "Le Wagon", "title": "Lead Teacher", "start": "2022-04"}],
             about="After six years in agencies, I'm now teaching the Web Development bootcamp in Leeds, evenings only."),
     "Hi Priya, what do people on your Web Development bootcamp find hardest these days?"),
    (_member("Marek Kowal", [{"company": "Northcoders", "title": "Tutor", "start": "2023-01"}],
             about="I teach the Data Engineering course and write about Python on weekends."),
     "Hi Marek, what do people on your Data Engineering course find hardest these days?"),
    (_member("Hannah Lee", [{"company": "Spotify", "title": "Product Manager", "start": "2022-05"},
                            {"company": "Spotify", "title": "Senior Software Engineer", "start": "2017-03", "end": "2022-04"}]),
     "Hi Hannah, what drew you from software engineering to the Product Manager role at Spotify?"),
    (_member("Diego Silva", [{"company": "Monzo", "title": "UX Designer", "start": "2021-09"},
                             {"company": "Ocado", "title": "Graphic Designer", "start": "2016-01", "end": "2021-08"},
                             {"company": "Ocado", "title": "Data Analyst", "start": "2014-01", "end": "2015-12"}]),
     None),
    (_member("Ruth Adeyemi", [{"company": "ING", "title": "Agile Coach", "start": "2023-01"},
                              {"company": "ING", "title": "Product Owner", "start": "2019-06", "end": "2022-12"}]),
     "Hi Ruth, what drew you from product management to the Agile Coach role at ING?"),
])
def test_made_up_members_get_their_own_work_asked(them, said):
    assert _both(them)[0] == ([said] if said else [])


@pytest.mark.parametrize("them", [
    # A mentor title beside a main job is no mentoring role of its own.
    _member("Sam Green", [{"company": "Acme", "title": "CTO & Mentor", "start": "2022-01"}]),
    # A course they taught once, in the past tense.
    _member("Ines Costa", [{"company": "Ironhack", "title": "Product Designer", "start": "2022-01"}],
            about="I taught the UX Design bootcamp at Ironhack in 2019."),
    # A promotion within one craft is no change of craft.
    _member("Ben Hart", [{"company": "Monzo", "title": "Senior Backend Engineer", "start": "2022-01"},
                         {"company": "Monzo", "title": "Backend Engineer", "start": "2019-01", "end": "2021-12"}]),
    # An internship is not a craft left behind.
    _member("Ola Berg", [{"company": "Klarna", "title": "Product Manager", "start": "2024-01"},
                         {"company": "Klarna", "title": "Software Engineer Intern", "start": "2023-06", "end": "2023-09"}]),
    # A mentoring role that ended.
    _member("Kim Lo", [{"company": "Founders & Coders", "title": "Mentor", "start": "2019-01", "end": "2021-01"},
                       {"company": "Acme", "title": "Office Manager", "start": "2021-02"}]),
])
def test_no_line_that_presumes_what_the_page_does_not_show(them):
    assert _both(them)[0] == []


def test_never_to_a_colleague_of_the_sender_there():
    them = _member("Hannah Lee", [{"company": "Insighture", "title": "Product Manager", "start": "2022-05"},
                                  {"company": "Insighture", "title": "Software Engineer", "start": "2017-03",
                                   "end": "2022-04"}])
    assert not any("drew you" in line for line in _both(them)[0])
