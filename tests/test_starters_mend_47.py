"""Mend 47: no stranger's opener between two the profiles show to know each other (review sets 43–44): years side by
side at one employer, one season of one programme, or your own posts naming them. Only their news is said, as to
someone you know; else none, and why_no_starters says so."""

from __future__ import annotations

from datetime import UTC, datetime

from companion.ground.common_ground import find_common_ground
from companion.ground.starters import known_from_the_profiles, suggest_starters, why_no_starters
from companion.models import Profile

NOW = datetime(2026, 12, 6, tzinfo=UTC)
STRANGERS_WORDS = ("I noticed", "it looks like we were", "I just realised", "here!", "remember best", "“")


def _both(me: Profile, them: Profile) -> tuple[list[str], str | None]:
    ground = find_common_ground(me, them, None)
    return ([s.text for s in suggest_starters(me, them, ground, now=NOW)], why_no_starters(me, them, ground, now=NOW))


def _job(company: str, title: str, start: str, end: str | None = None) -> dict:
    return {"company": company, "title": title, "start": start, "end": end}


def _cardiologist(name: str, jobs: list[dict], studied: tuple[str, str] = ("1998", "2004"), **extra) -> Profile:
    return Profile(name=name, headline=f"{jobs[0]['title']} at {jobs[0]['company']}", location="Dublin, Ireland",
                   about="Cardiologist with an interest in heart failure.", experience=jobs,
                   education=[{"school": "Trinity College Dublin", "degree": "MD", "field": "Medicine",
                               "start": studied[0], "end": studied[1]}], languages=["English"], **extra)


ME_CARDIO = _cardiologist("Aoife Brennan", [_job("St Brigid's Hospital", "Consultant, Cardiology", "2013-03")],
                          ("2004", "2010"))


def test_years_in_one_department_get_no_strangers_opener_and_the_reason_says_so():
    them = _cardiologist("Declan Walsh", [_job("Mercy Heart Institute", "Head of Cardiology", "2026-10"),
                                          _job("St Brigid's Hospital", "Consultant, Cardiology", "2015-01", "2026-09")])
    starters, why = _both(ME_CARDIO, them)
    assert not [s for s in starters if any(w in s for w in STRANGERS_WORDS)], starters
    assert starters == []
    assert why == "you worked together at St Brigid's Hospital for years: write as you would to a colleague"


def test_their_fresh_news_is_still_congratulated_between_colleagues_of_years():
    them = _cardiologist("Declan Walsh", [_job("Mercy Heart Institute", "Head of Cardiology", "2026-11"),
                                          _job("St Brigid's Hospital", "Consultant, Cardiology", "2015-01", "2026-10")],
                         posts=[{"text": "Our heart failure clinic won the Irish Healthcare Award for Cardiology Team of the Year! "
                                         "Grateful to everyone at St Brigid's.", "date": "2026-11-20"}])
    starters, _ = _both(ME_CARDIO, them)
    assert starters and all(s.startswith("Hi Declan, congratulations") for s in starters), starters


def test_a_short_overlap_at_the_same_hospital_keeps_its_line():
    them = _cardiologist("Declan Walsh", [_job("Mercy Heart Institute", "Consultant, Cardiology", "2016-01"),
                                          _job("St Brigid's Hospital", "Registrar, Cardiology", "2014-01", "2015-03")])
    starters, _ = _both(ME_CARDIO, them)
    assert any("St Brigid's Hospital" in s for s in starters), starters


def _consultant(name: str, jobs: list[dict], about: str = "Consultant.") -> Profile:
    return Profile(name=name, headline=f"{jobs[0]['title']} at {jobs[0]['company']}", location="Auckland, New Zealand",
                   about=about, experience=jobs, languages=["English"])


def test_two_on_a_small_firms_staff_now_after_years_together_are_not_told_you_went_back():
    me = _consultant("Hemi Parata", [_job("Kowhai & Reid", "Principal", "2014-02")])
    them = _consultant("Grace Liu", [_job("Kowhai & Reid", "Associate Partner", "2026-08"),
                                     _job("Ministry of Health", "Director, Digital", "2022-01", "2026-07"),
                                     _job("Kowhai & Reid", "Engagement Manager", "2015-05", "2021-12")],
                       about="Back at Kowhai & Reid after four years building services inside government. "
                             "I care about services people never have to think about.")
    starters, why = _both(me, them)
    assert starters == []
    assert why == "you work together at Kowhai & Reid: write as you would to a colleague"  # both there now (mend 49)


def _recruiter(name: str, location: str, jobs: list[dict], about: str = "") -> Profile:
    return Profile(name=name, headline=f"{jobs[0]['title']} at {jobs[0]['company']}", location=location,
                   about=about, experience=jobs, education=[{"school": "Universidad de los Andes", "degree": "MBA", "field": "HR",
                                                "start": "2010", "end": "2012"}], languages=["English"])


ME_RECRUITER = _recruiter("Camilo Rojas", "Manchester, United Kingdom",
                          [_job("Globant", "Talent Lead", "2023-01"), _job("Thoughtworks", "Senior Recruiter", "2016-01",
                                                                           "2022-12")],
                          "Hiring engineers for ten years. Formerly at Thoughtworks Manchester.")


def test_years_in_one_function_at_a_large_employers_office_named_in_their_city_are_known():
    them = _recruiter("Laura Pineda", "Manchester, United Kingdom", [_job("Thoughtworks", "HR Business Partner", "2015-06")])
    ground = find_common_ground(ME_RECRUITER, them, None)
    assert known_from_the_profiles(ME_RECRUITER, them, ground, NOW) == (
        "you worked together at Thoughtworks for years: write as you would to a colleague")
    assert suggest_starters(ME_RECRUITER, them, ground, now=NOW) == []


def test_the_same_years_at_a_large_employer_in_other_cities_or_lines_or_offices_unnamed_leave_strangers():
    elsewhere = _recruiter("Laura Pineda", "Leeds, United Kingdom", [_job("Thoughtworks", "HR Business Partner", "2015-06")])
    engineer = _recruiter("Laura Pineda", "Manchester, United Kingdom", [_job("Thoughtworks", "Software Engineer", "2015-06")])
    unnamed = ME_RECRUITER.model_copy(update={"about": "Hiring engineers for ten years."})
    hr = _recruiter("Laura Pineda", "Manchester, United Kingdom", [_job("Thoughtworks", "HR Business Partner", "2015-06")])
    assert known_from_the_profiles(unnamed, hr, find_common_ground(unnamed, hr, None), NOW) is None
    for them in (elsewhere, engineer):
        assert known_from_the_profiles(ME_RECRUITER, them, find_common_ground(ME_RECRUITER, them, None), NOW) is None


def test_joining_a_large_firm_in_the_same_month_and_staying_years_is_one_intake():
    me = _consultant("Hemi Parata", [_job("McKinsey & Company", "Partner", "2013-09")])
    them = _consultant("Grace Liu", [_job("Harbour Pottery", "Founder", "2022-01"),
                                     _job("McKinsey & Company", "Engagement Manager", "2013-09", "2021-06")])
    ground = find_common_ground(me, them, None)
    assert known_from_the_profiles(me, them, ground, NOW) is not None
    later = _consultant("Grace Liu", [_job("Harbour Pottery", "Founder", "2022-01"),
                                      _job("McKinsey & Company", "Engagement Manager", "2016-02", "2021-06")])
    assert known_from_the_profiles(me, later, find_common_ground(me, later, None), NOW) is None


def _founder(name: str, headline: str, about: str, jobs: list[dict], posts: list[dict] = ()) -> Profile:
    return Profile(name=name, headline=headline, location="Nairobi, Kenya", about=about, experience=jobs,
                   languages=["English"], posts=list(posts))


ME_FOUNDER = _founder("Wanjiru Kamau", "Co-founder, SoilSense", "Founders Factory Africa cohort 2024. Soil sensors.",
                      [_job("SoilSense", "Co-founder & CTO", "2024-05"), _job("Safaricom", "Engineer", "2016-01",
                                                                             "2024-03")])


def test_one_season_of_one_accelerator_is_known_and_a_career_move_is_not_noticed():
    them = _founder("Otieno Mwangi", "Co-founder @ GrainGuard | Ex-Unilever | Founders Factory '24",
                    "Grain storage monitoring for smallholders.",
                    [_job("GrainGuard", "Co-founder & CEO", "2024-05"), _job("Unilever", "Supply Chain Manager",
                                                                            "2015-01", "2024-02")])
    starters, why = _both(ME_FOUNDER, them)
    assert starters == []
    assert why == "you were in one Founders Factory cohort: write as you would to someone you know"  # as written (mend 49)


def test_another_season_of_the_accelerator_is_no_tie():
    them = _founder("Otieno Mwangi", "Co-founder @ GrainGuard | Ex-Unilever | Founders Factory '21",
                    "Grain storage monitoring for smallholders.",
                    [_job("GrainGuard", "Co-founder & CEO", "2021-05"), _job("Unilever", "Supply Chain Manager",
                                                                            "2015-01", "2021-02")])
    assert known_from_the_profiles(ME_FOUNDER, them, find_common_ground(ME_FOUNDER, them, None), NOW) is None


def test_your_own_post_thanking_them_by_full_name_means_you_know_them():
    them = _founder("Amina Yusuf Odhiambo", "UX Researcher at M-Kopa", "I study how people pay for solar at home.",
                    [_job("M-Kopa", "UX Researcher", "2023-01")])
    thanks = {"text": "Thank you all for coming to the research meetup! Special thanks to our speaker, Amina Yusuf.",
              "date": "2026-11-30"}
    me = Profile.model_validate({**ME_FOUNDER.model_dump(), "posts": [thanks]})
    ground = find_common_ground(me, them, None)
    assert known_from_the_profiles(me, them, ground, NOW) == (
        "your own posts name them lately: you know each other already; write as you would")
    # Near-misses: another Amina thanked; her talk only seen from the audience.
    for text in ("Special thanks to our speaker, Amina Hassan.", "Great night at the meetup. Amina Yusuf's talk on "
                                                                 "solar payments was the best of the year."):
        me_other = Profile.model_validate({**ME_FOUNDER.model_dump(), "posts": [{"text": text, "date": "2026-11-30"}]})
        assert known_from_the_profiles(me_other, them, find_common_ground(me_other, them, None), NOW) is None
