"""Conversation starters, coverage: a new job they hold, told in their latest post, is congratulated for its first two
months ('what are you most looking forward to?' still fits a role six weeks old), while other good news stays news for
a month; never when they have posted since, when the page shows another job now, or past two months. A talk told
without a subject ('Spoke at…', 'Presented our results at…') or as a pleasure had ('Had a blast speaking at…') is a
talk they gave; 'spoke at length', a talk to come or someone else's is not. A job in the school's town ('Riverton
Police Bureau', 'Riverton State University') puts nobody on the school's staff: the alumni opener stays. A rank before a
full name is a title ('Lt. Teresa Nguyen' → Teresa); before a family name alone it leaves no name to greet.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from companion.ground.common_ground import find_common_ground
from companion.ground.names import name_to_greet
from companion.ground.post_reading import post_kind
from companion.ground.starters import NEW_ROLE_NEWS_DAYS, suggest_starters
from companion.models import Profile

NOW = datetime(2026, 12, 6, tzinfo=UTC)
SENDER = Profile.model_validate({"name": "Tomás Reyes", "headline": "Supply chain analyst", "location": "Rotterdam, Netherlands"})
JOINED = "Excited to share that I've joined Kestrel Freight as Head of Planning! Week one: a lot of names to learn."
LAUNCHED = "We launched our new route planner for inland barges: 14 terminals connected and 9% fewer empty runs."


def them(posts: list[tuple[str, str]], jobs: list[tuple[str, str, str, str | None]]) -> Profile:
    return Profile.model_validate({
        "name": "Ineke de Wit", "headline": "Logistics", "location": "Antwerp, Belgium",
        "experience": [{"company": c, "title": t, "start": s, "end": e} for c, t, s, e in jobs],
        "posts": [{"text": text, "date": date} for text, date in posts]})


def starters(profile: Profile) -> list[str]:
    return [s.text for s in suggest_starters(SENDER, profile, find_common_ground(SENDER, profile, None), now=NOW)]


NEW_JOB = [("Kestrel Freight", "Head of Planning", "2026-10", None), ("Port of Antwerp", "Planner", "2019-03", "2026-09")]


def test_a_new_role_six_weeks_old_told_in_their_latest_post_is_congratulated():
    made = starters(them([(JOINED, "2026-10-22")], NEW_JOB))
    assert any("congratulations on your new role" in text and "Kestrel Freight" in text for text in made)


@pytest.mark.parametrize(("posts", "jobs"), [
    # They have posted since: their latest word is something else.
    ([(JOINED, "2026-10-22"), ("Fog on the Scheldt again today, and every barge is waiting for it to lift.", "2026-11-20")],
     NEW_JOB),
    # The page shows a later job now: the role the post announced is over.
    ([(JOINED, "2026-10-22")], [("Hollis Shipping", "COO", "2026-12", None), *NEW_JOB]),
    # The job they hold began long before the post: it announces nothing the page still shows as new.
    ([(JOINED, "2026-10-22")], [("Kestrel Freight", "Head of Planning", "2024-01", None)]),
])
def test_an_older_new_role_is_not_congratulated_when_it_is_no_longer_their_news(posts, jobs):
    assert not any("congratulations" in text for text in starters(them(posts, jobs)))


def test_a_new_role_past_two_months_is_history():
    day = NOW.toordinal() - NEW_ROLE_NEWS_DAYS - 5
    posted = datetime.fromordinal(day).date().isoformat()
    assert not any("congratulations" in text for text in starters(them([(JOINED, posted)], NEW_JOB)))


def test_other_good_news_stays_news_for_a_month_only():
    assert not any("congratulations" in text
                   for text in starters(them([(LAUNCHED, "2026-10-22")], NEW_JOB)))
    assert any("congratulations" in text for text in starters(them([(LAUNCHED, "2026-11-25")], NEW_JOB)))


@pytest.mark.parametrize("text", [
    "Spoke at the Baltic Freight Forum in Gdańsk about why inland terminals need shared slot booking.",
    "Presented our barge scheduling pilot at the Rhine Logistics Days. Fewer empty runs than we hoped for.",
    "Had a blast speaking at Supply Chain Live in Utrecht on 'Planning for fog'. Thank you all for coming!",
])
def test_a_talk_told_without_a_subject_or_as_a_pleasure_is_a_talk_they_gave(text):
    assert post_kind(text) == "talk"
    assert any("I saw you spoke at " in line for line in starters(them([(text, "2026-11-20")], NEW_JOB)))


def test_a_talk_told_in_french_as_a_pride_is_a_talk_they_gave():
    assert post_kind("Fière d'avoir présenté nos résultats sur le fret fluvial au congrès de Lyon.") == "talk"


@pytest.mark.parametrize("text", [
    "Spoke at length with my grandfather about the port in the fifties today.",
    "Excited to be speaking at Supply Chain Live in Utrecht next month on planning for fog.",
    "My daughter spoke at her school assembly this morning and I nearly cried.",
    "Presented with the port's safety award by the harbour master, which I owe to the whole night shift.",
])
def test_length_a_talk_to_come_or_someone_elses_is_no_talk_of_theirs(text):
    assert post_kind(text) != "talk"


# ---------------------------------------------------------------- a job in the school's town is no job at the school

ALUMNA = Profile.model_validate({
    "name": "Dana Whitfield", "headline": "Public Information Officer, Riverton Police Bureau", "location": "Riverton, Oregon",
    "experience": [{"company": "Riverton Police Bureau", "title": "Public Information Officer", "start": "2021-02"}],
    "education": [{"school": "Riverton State University", "degree": "BA", "field": "Journalism", "start": "2002", "end": "2006"}]})
FELLOW_ALUMNUS = Profile.model_validate({
    "name": "Marcus Lee", "headline": "Reporter", "location": "Riverton, Oregon",
    "education": [{"school": "Riverton State University", "degree": "BA", "start": "2013", "end": "2017"}]})


def test_a_job_in_the_schools_town_does_not_put_them_on_its_staff():
    made = suggest_starters(FELLOW_ALUMNUS, ALUMNA, find_common_ground(FELLOW_ALUMNUS, ALUMNA, None), now=NOW)
    assert any("Riverton State University" in s.text for s in made)


def test_who_teaches_at_the_school_is_not_asked_about_their_time_there():
    lecturer = ALUMNA.model_copy(update={"experience": [
        *ALUMNA.experience, *Profile.model_validate({"experience": [
            {"company": "Riverton State University", "title": "Adjunct Lecturer, Journalism", "start": "2022-09"}]}).experience]})
    made = suggest_starters(FELLOW_ALUMNUS, lecturer, find_common_ground(FELLOW_ALUMNUS, lecturer, None), now=NOW)
    assert not any("your time there" in s.text for s in made)


# ---------------------------------------------------------------- a rank before their name

@pytest.mark.parametrize(("name", "greeted"), [
    ("Lt. Teresa Nguyen", "Teresa"),  # was greeted by no name: 'Hi, I noticed we both went to…'
    ("Cdr Priya Nair", "Priya"),
    ("Capt. John Smith", "John"),
    ("Lt. Nguyen", None),  # a rank and a family name: no given name to greet
    ("Capt. Okafor", None),
    ("Lt. Col. Sarah Brown", None),
    ("Maj Sjöwall", "Maj"),  # a given name; 'Maj.' with its dot is the rank
    ("Maj. Okafor", None),
])
def test_a_rank_before_a_full_name_is_no_name_and_before_a_family_name_leaves_none(name, greeted):
    assert name_to_greet(Profile.model_validate({"name": name})) == greeted
