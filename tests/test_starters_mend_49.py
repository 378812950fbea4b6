"""Mend 49: something good said where mends 47-48 fell silent (review sets 43-44). Their own nomination or shortlisting is
congratulated as such, with good luck (never as a win); a new role told in a post ('Started my new role as…', "I've taken
on the role of…") is read as one, and said as to someone you know between colleagues of years; the reason given for a
known pair says 'you work together' when both are there now, and names a cohort's programme as the pages write it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from companion.ground.common_ground import find_common_ground
from companion.ground.post_reading import post_kind
from companion.ground.starters import known_from_the_profiles, suggest_starters, why_no_starters
from companion.models import Profile

NOW = datetime(2026, 12, 6, tzinfo=UTC)
STRANGER = Profile(name="Chloé Martin", headline="Account Executive at Qonto", location="Lyon, France",
                   experience=[{"company": "Qonto", "title": "Account Executive", "start": "2024-02", "end": None}],
                   languages=["French", "English"])


def _starters(me: Profile, them: Profile) -> list[str]:
    return [s.text for s in suggest_starters(me, them, find_common_ground(me, them, None), now=NOW)]


def _member(name: str, headline: str, location: str, job: dict, post: str, languages=("English",), **extra) -> Profile:
    return Profile(name=name, headline=headline, location=location, about=extra.pop("about", ""), experience=[job],
                   languages=list(languages), posts=[{"text": post, "date": "2026-11-19"}], **extra)


# 1. A nomination or a shortlisting of their own: congratulated as one, with good luck.
@pytest.mark.parametrize(("them", "said"), [
    (_member("Hamid Rahimi", "Apotheker (Pharmacist)", "Hamburg, Germany",
             {"company": "Rathaus-Apotheke Wilhelmsburg", "title": "Apotheker", "start": "2019-10", "end": None},
             "'Hamid explained my mother's medication in Dari for forty minutes on a Saturday. He did not have to.' — I'm "
             "sharing this because my colleague Lena nominated me for the Hamburg Neighbourhood Award. Thank you, I'm just "
             "doing my job."),
     "Hi Hamid, congratulations on the nomination for the Hamburg Neighbourhood Award! Fingers crossed for you."),
    (_member("Orla Byrne", "Owner, Byrne's Bakehouse", "Galway, Ireland",
             {"company": "Byrne's Bakehouse", "title": "Owner", "start": "2018-03", "end": None},
             "Delighted to be shortlisted for the Irish Food Awards 2026 in the sourdough category! Five years of early starts."),
     "Hi Orla, congratulations on making the shortlist for the Irish Food Awards! Fingers crossed for you."),
])
def test_their_own_nomination_is_congratulated_as_a_nomination(them, said):
    assert _starters(STRANGER, them) == [said]


def test_a_nomination_in_spanish_is_congratulated_in_spanish_without_a_win():
    me = Profile(name="Lucía Romero", headline="Periodista", location="Madrid, España", languages=["Spanish"],
                 experience=[{"company": "El País", "title": "Periodista", "start": "2019-01", "end": None}])
    them = _member("Marta Gil", "Chef y propietaria en Casa Marta", "Valencia, España",
                   {"company": "Casa Marta", "title": "Chef y propietaria", "start": "2020-07", "end": None},
                   "¡Estoy nominada a los Premios Nacionales de Gastronomía! Gracias a todo el equipo de Casa Marta.",
                   languages=("Spanish",))
    assert _starters(me, them) == ["Hola Marta, ¡enhorabuena por la nominación! Mucha suerte."]


@pytest.mark.parametrize("text", [
    "So proud of my colleague Lena, nominated for the Hamburg Neighbourhood Award!",
    "We came runner-up in the Hamburg Pharmacy Awards this year.",
])
def test_anothers_nomination_or_a_runner_up_place_is_not_congratulated(text):
    them = _member("Hamid Rahimi", "Apotheker (Pharmacist)", "Hamburg, Germany",
                   {"company": "Rathaus-Apotheke Wilhelmsburg", "title": "Apotheker", "start": "2019-10", "end": None}, text)
    assert not any("nomination" in s or "shortlist" in s for s in _starters(STRANGER, them))


# 2. A new role told in a post, without the company's name first.
@pytest.mark.parametrize("text", [
    "Started my new role as HOD of Anaesthesiology at KTPH on 3/11. Twelve years at NUH shaped me — thank you to the "
    "whole department.",
    "I've taken on the role of Clinical Director at the Mater this month. Grateful for the trust.",
])
def test_a_new_role_told_in_the_first_person_is_a_new_role(text):
    assert post_kind(text) == "new-role"


@pytest.mark.parametrize("text", [
    "Started my new role at Acme on 3 November. We are hiring: apply here!",
    "Started my new role today. Join us at the launch party on 14 March!",
])
def test_a_job_ad_or_anothers_role_is_not_their_new_role(text):
    assert post_kind(text) != "new-role"


def _anaesthetist(name: str, jobs: list[dict], posts: list[dict] = ()) -> Profile:
    return Profile(name=name, headline=f"{jobs[0]['title']} at {jobs[0]['company']}", location="Singapore",
                   about="Anaesthesiologist.", experience=jobs, languages=["English"], posts=list(posts))


ME_NUH = _anaesthetist("Rachel Tan", [{"company": "National University Hospital", "title": "Senior Consultant, Anaesthesiology",
                                       "start": "2012-07", "end": None}])


def test_a_colleague_of_years_is_congratulated_on_the_new_role_told_in_a_post():
    them = _anaesthetist("Priya Nair", [
        {"company": "Khoo Teck Puat Hospital", "title": "Head of Department, Anaesthesiology", "start": "2026-11", "end": None},
        {"company": "National University Hospital", "title": "Consultant, Anaesthesiology", "start": "2014-01",
         "end": "2026-10"}],
        [{"text": "Started my new role as HOD of Anaesthesiology at KTPH on 3/11. Twelve years at NUH shaped me — thank "
                  "you to the whole department, especially the night-shift crew.", "date": "2026-11-06"}])
    ground = find_common_ground(ME_NUH, them, None)
    assert known_from_the_profiles(ME_NUH, them, ground, NOW) is not None
    assert _starters(ME_NUH, them) == [
        "Hi Priya, congratulations on the new role as HOD of Anaesthesiology! What are you most looking forward to?"]


def test_a_stranger_taking_on_a_role_is_congratulated_on_it():
    them = _anaesthetist("Aoife Kelly", [
        {"company": "Mater Misericordiae University Hospital", "title": "Clinical Director", "start": "2026-11", "end": None},
        {"company": "St James's Hospital", "title": "Consultant Anaesthetist", "start": "2015-01", "end": "2026-10"}],
        [{"text": "I've taken on the role of Clinical Director at the Mater this month. Grateful for the trust.",
          "date": "2026-11-20"}])
    said = _starters(STRANGER, them)
    assert said and said[0].startswith("Hi Aoife, congratulations on the new role"), said


# 3. The reason a known pair is given.
def _consultant(name: str, jobs: list[dict]) -> Profile:
    return Profile(name=name, headline=f"{jobs[0]['title']} at {jobs[0]['company']}", location="Auckland, New Zealand",
                   about="Consultant.", experience=jobs, languages=["English"])


def test_colleagues_there_now_after_years_together_are_told_they_work_together():
    me = _consultant("Hemi Parata", [{"company": "Kowhai & Reid", "title": "Principal", "start": "2014-02", "end": None}])
    now = _consultant("Grace Liu", [{"company": "Kowhai & Reid", "title": "Associate Partner", "start": "2026-08", "end": None},
                                    {"company": "Ministry of Health", "title": "Director, Digital", "start": "2022-01",
                                     "end": "2026-07"},
                                    {"company": "Kowhai & Reid", "title": "Engagement Manager", "start": "2015-05",
                                     "end": "2021-12"}])
    assert why_no_starters(me, now, find_common_ground(me, now, None), now=NOW) == (
        "you work together at Kowhai & Reid: write as you would to a colleague")


def test_a_cohort_is_named_as_both_pages_write_its_programme():
    def founder(name: str, headline: str, about: str, company: str) -> Profile:
        return Profile(name=name, headline=headline, location="Singapore", about=about, languages=["English"],
                       experience=[{"company": company, "title": "Co-founder", "start": "2025-03", "end": None}])
    me = founder("Mei Lin", "Co-founder, DustOff", "Antler Singapore cohort 2025. Dust sensors for mines.", "DustOff")
    them = founder("Arjun Das", "Co-founder @ GrainGuard | Antler Singapore '25", "Grain storage monitoring.", "GrainGuard")
    assert known_from_the_profiles(me, them, find_common_ground(me, them, None), NOW) == (
        "you were in one Antler Singapore cohort: write as you would to someone you know")


def test_a_finalists_place_for_an_of_the_year_title_is_named():
    them = _member("Anjali Deshpande", "Founder & MD, Deshpande Buildcon", "Pune, India",
                   {"company": "Deshpande Buildcon", "title": "Founder & MD", "start": "2012-01", "end": None},
                   "Humbled to be named a finalist for EY Entrepreneur of the Year India 2026, in the Real Estate & "
                   "Infrastructure category. Winners announced in February.")
    assert _starters(STRANGER, them) == [
        "Hi Anjali, congratulations on making the shortlist for EY Entrepreneur of the Year! Fingers crossed for you."]


# 4. Their talk accepted at an event: congratulated, and asked what they hope people take away.
@pytest.mark.parametrize(("post", "said"), [
    ("Excited to share that my talk 'Fair Without Gacha: Economy Lessons from Five Years of Live Ops' was accepted for "
     "GDC 2027! See you in San Francisco in March.",
     "Hi Ji-hoon, congratulations on getting your talk into GDC 2027! What do you most hope people take away from it?"),
    ("Some good news: my workshop on accessible game menus has been accepted at Develop Brighton. Slides coming soon.",
     "Hi Ji-hoon, congratulations on getting your workshop into Develop Brighton! What do you most hope people take away "
     "from it?"),
])
def test_their_talk_accepted_is_congratulated(post, said):
    them = _member("Park Ji-hoon", "Principal Game Designer at Nexon", "Seoul, South Korea",
                   {"company": "Nexon", "title": "Principal Game Designer", "start": "2020-03", "end": None}, post)
    assert _starters(STRANGER, them) == [said]


def test_someone_elses_talk_accepted_is_not_theirs():
    them = _member("Park Ji-hoon", "Principal Game Designer at Nexon", "Seoul, South Korea",
                   {"company": "Nexon", "title": "Principal Game Designer", "start": "2020-03", "end": None},
                   "Proud of our intern Minji: her talk on live-ops dashboards was accepted for GDC 2027!")
    assert not any("your talk" in s for s in _starters(STRANGER, them))
