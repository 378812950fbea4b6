"""Mend 39: a shared employer and nothing said. A page calling the sender's team small ('Manager of a 9-person
backend team', of the job they hold now) made a large employer both worked at 'a small workplace', and former
colleagues there got no starter at all (review set 37). Its 'nevers': a firm no table knows as large and a page calls
small stays silent between who were there at once; 'at the same time' only when the dates overlap."""

from __future__ import annotations

from datetime import UTC, datetime

from companion.ground.common_ground import find_common_ground
from companion.ground.starters import suggest_starters
from companion.models import Profile

NOW = datetime(2026, 12, 6, tzinfo=UTC)


def _starters(me: dict, them: dict) -> list[str]:
    mine, theirs = Profile.model_validate(me), Profile.model_validate(them)
    return [s.text for s in suggest_starters(mine, theirs, find_common_ground(mine, theirs, None), now=NOW)]


def _me(company: str, start: str, end: str, about: str) -> dict:
    return {"name": "Lena Holm", "headline": "Engineering Manager, Checkout at Zettle", "location": "Oslo, Norway",
            "about": about,
            "experience": [{"company": "Zettle", "title": "Engineering Manager", "start": "2022-03"},
                           {"company": company, "title": "Senior Backend Engineer", "start": start, "end": end}]}


def _them(company: str, start: str, end: str) -> dict:
    return {"name": "Omar Haddad", "headline": "Backend engineer | distributed systems", "location": "Oslo, Norway",
            "about": "Ten years of building systems that handle money and music.",
            "experience": [{"company": "Vipps", "title": "Senior Backend Engineer", "start": "2022-06"},
                           {"company": company, "title": "Backend Engineer", "start": start, "end": end}]}


TEAM = "Manager of a 9-person backend team. Formerly at {company}, where I met some of the best engineers I know."


def test_a_small_team_of_the_job_now_does_not_make_a_large_former_employer_small():
    said = _starters(_me("Spotify", "2017-01", "2022-02", TEAM.format(company="Spotify")),
                     _them("Spotify", "2016-04", "2022-05"))
    assert "Hi Omar, it looks like we were at Spotify at the same time. Which team were you on?" in said


def test_never_at_the_same_time_when_the_years_there_do_not_overlap():
    said = _starters(_me("Spotify", "2010-01", "2013-02", TEAM.format(company="Spotify")),
                     _them("Spotify", "2016-04", "2022-05"))
    assert said and not any("same time" in line for line in said)
    assert any("Spotify" in line for line in said)


def test_a_firm_a_page_calls_small_still_gets_no_strangers_line_between_who_were_there_at_once():
    # 'Brekke Ledger' is no employer a table knows: the small team may be that firm, where they would know each other.
    said = _starters(_me("Brekke Ledger", "2017-01", "2022-02", TEAM.format(company="Brekke Ledger")),
                     _them("Brekke Ledger", "2016-04", "2022-05"))
    assert not any("Brekke Ledger" in line for line in said)
