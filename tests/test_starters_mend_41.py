"""Mend 41: who left an employer you shared by their own choice and has no job since (a goodbye post, 'between roles,
taking the winter to recharge') was given nothing, as if their pause were a layoff or a leave. Now asked about it with
each side's years said: 'I see we both passed through Naver (2019–2026 for you, 2016–2018 for me)', or 'where I still
work' from a sender still there. Never to someone laid off, ill, on leave or grieving; never 'at the same time'; never
to someone with a job since (their news is the new one); English only."""

from __future__ import annotations

from datetime import UTC, datetime

from companion.ground.common_ground import find_common_ground
from companion.ground.person_reading import pauses_by_choice
from companion.ground.starters import suggest_starters
from companion.models import Profile

NOW = datetime(2026, 12, 6, tzinfo=UTC)


def _me(start: str = "2016-03", end: str | None = "2018-09") -> dict:
    return {"name": "Ana Souza", "headline": "Data engineer at Kakao", "location": "Seoul, South Korea",
            "experience": [{"company": "Kakao", "title": "Data Engineer", "start": "2019-01", "end": None},
                           {"company": "Naver", "title": "Data Analyst", "start": start, "end": end}]}


def _them(post: str | None = "Last day at Naver. 7 years, 3 teams, 1 very good search ranking experiment. Thank you all.",
          headline: str = "Data Scientist | ex-Naver", **fields) -> dict:
    return {"name": "Lee Jae-won", "headline": headline, "location": "Seoul, South Korea",
            "experience": [{"company": "Naver", "title": "Senior Data Scientist", "start": "2019-10", "end": "2026-10"},
                           {"company": "Samsung SDS", "title": "Data Analyst", "start": "2016-01", "end": "2019-09"}],
            "posts": [{"text": post, "date": "2026-10-31"}] if post else [], **fields}


def _starters(me: dict, them: dict) -> list[str]:
    mine, theirs = Profile.model_validate(me), Profile.model_validate(them)
    return [s.text for s in suggest_starters(mine, theirs, find_common_ground(mine, theirs, None), now=NOW)]


def test_who_left_by_choice_is_asked_about_the_employer_you_both_passed_through():
    assert _starters(_me(), _them()) == [
        "Hi Jae-won, I see we both passed through Naver (2019\u20132026 for you, 2016\u20132018 for me). "
        "What was your team working on then?"]


def test_between_roles_by_their_own_account_is_a_choice():
    them = _them(post=None, headline="Data Scientist | Between roles, taking the winter to recharge")
    assert _starters(_me(), them) == [
        "Hi Jae-won, I see we both passed through Naver (2019\u20132026 for you, 2016\u20132018 for me). "
        "What was your team working on then?"]


def test_from_a_sender_still_there_it_says_so():
    me = {"name": "Ana Souza", "headline": "Data engineer at Naver", "location": "Busan, South Korea",
          "experience": [{"company": "Naver", "title": "Data Engineer", "start": "2012-01", "end": None}]}
    assert _starters(me, _them()) == [
        "Hi Jae-won, I see you were at Naver (2019\u20132026), where I still work. What was your team working on then?"]


def test_never_to_someone_laid_off():
    laid_off = "After seven years, I was part of last week's layoff at Naver. Still processing it."
    assert not pauses_by_choice(Profile.model_validate(_them(laid_off)), NOW)
    assert _starters(_me(), _them(laid_off)) == []
    eliminated = _them(headline="Data Scientist | Open to work", post="My role was eliminated last week.")
    assert not any("passed through" in s for s in _starters(_me(), eliminated))


def test_never_to_someone_ill_on_leave_or_grieving():
    for headline in ("Data Scientist | recovering from surgery", "Data Scientist | on medical leave"):
        assert not pauses_by_choice(Profile.model_validate(_them(headline=headline)), NOW)
        assert _starters(_me(), _them(headline=headline)) == []
    grieving = "Last day at Naver. My father passed away last month and I need time with my family."
    assert _starters(_me(), _them(grieving)) == []


def test_never_to_someone_with_a_job_since():
    them = _them("Last day at Naver after 7 years! Excited to share I've joined Coupang as a data scientist.")
    them["experience"].insert(0, {"company": "Coupang", "title": "Data Scientist", "start": "2026-11", "end": None})
    assert not any("passed through" in s for s in _starters(_me(), them))


def test_never_at_the_same_time_even_when_the_years_overlap():
    said = _starters(_me("2018-01", "2021-06"), _them())
    assert said == ["Hi Jae-won, I see we both passed through Naver (2019\u20132026 for you, 2018\u20132021 for me). "
                    "What was your team working on then?"]
    assert not any("same time" in s for s in said)


def test_only_in_english():
    # Written in German between two who write it: no German wording of the line exists, so none.
    them = _them("Heute war mein letzter Tag bei Naver. Sieben Jahre, drei Teams. Danke euch allen.",
                 headline="Datenwissenschaftlerin, ehemals bei Naver", location="Berlin, Deutschland",
                 about="Ich arbeite seit zehn Jahren mit Daten und Suchsystemen.", languages=["Deutsch"])
    me = {**_me(), "location": "München, Deutschland", "languages": ["German (Native)"]}
    assert not any("Naver" in s for s in _starters(me, them))


def test_someone_leaving_this_month_has_not_passed_through_yet():
    # Blind reviewer r145 (sets 6 and 37): 'I see you were at Infosys (2019–2026)' on 6 December to someone whose last
    # day is 20 December states a move that has not happened.
    from companion.ground.starter_templates import TEMPLATES
    from companion.ground.starters import _passed_through
    from companion.models import Commonality

    me = Profile(name="Ana Silva", experience=[{"company": "Infosys", "title": "Engineer", "start": "2015-01"}])
    leaving = Profile(name="Priya Raman", experience=[{"company": "Infosys", "title": "Engineer", "start": "2019-01",
                                                       "end": "2026-12"}],
                      posts=[{"text": "My last day at Infosys is 20 December. Taking a break after that!",
                              "date": "2026-11-30"}])
    c = Commonality(kind="employer", label="Infosys", mine="Infosys", theirs="Infosys", weight=1.0)
    now = datetime(2026, 12, 6, tzinfo=UTC)
    assert _passed_through(TEMPLATES["en"], "Priya", c, me, leaving, now) is None


def test_no_passing_through_for_two_who_were_there_together_in_one_line_of_work():
    # Blind reviewer r144: a UX researcher at Traveloka while the other led UX research there is asked 'what was your
    # team working on then?' as if they had never met. Apart in time, or in other lines of work, the line stays.
    from companion.ground.starter_templates import TEMPLATES
    from companion.ground.starters import _passed_through
    from companion.models import Commonality

    now = datetime(2026, 12, 6, tzinfo=UTC)
    c = Commonality(kind="employer", label="Traveloka", mine="Traveloka", theirs="Traveloka", weight=1.0)
    them = Profile(name="Putri Wijaya", headline="Between roles",
                   experience=[{"company": "Traveloka", "title": "Lead UX Researcher", "start": "2020-01", "end": "2026-09"}],
                   posts=[{"text": "Last day at Traveloka today. Thank you all! Taking a break before what's next.",
                           "date": "2026-09-30"}])
    same_work = Profile(name="Dimas Putra", experience=[
        {"company": "Traveloka", "title": "UX Researcher", "start": "2018-03", "end": "2021-06"},
        {"company": "Gojek", "title": "Senior UX Researcher", "start": "2021-07"}])
    other_work = Profile(name="Dimas Putra", experience=[
        {"company": "Traveloka", "title": "Finance Analyst", "start": "2018-03", "end": "2021-06"},
        {"company": "Gojek", "title": "Finance Manager", "start": "2021-07"}])
    assert _passed_through(TEMPLATES["en"], "Putri", c, same_work, them, now) is None
    said = _passed_through(TEMPLATES["en"], "Putri", c, other_work, them, now)
    assert said is not None and "passed through Traveloka (2020–2026 for you, 2018–2021 for me)" in said.starter.text


def test_no_passing_through_when_the_senders_headline_names_their_team_there():
    # Set 20 (u2028), refused by two blind reviewers: the sender's headline says 'Checkout performance' at Shopify, and
    # the former 'Engineering Manager, Checkout' was asked what his team was working on.
    from companion.ground.starter_templates import TEMPLATES
    from companion.ground.starters import _passed_through
    from companion.models import Commonality

    now = datetime(2026, 12, 6, tzinfo=UTC)
    c = Commonality(kind="employer", label="Shopify", mine="Shopify", theirs="Shopify", weight=1.0)
    them = Profile(name="Luc Tremblay", headline="Between roles",
                   experience=[{"company": "Shopify", "title": "Engineering Manager, Checkout", "start": "2018-02",
                                "end": "2026-08"}],
                   posts=[{"text": "Last day at Shopify. Thank you all! Taking the autumn off.", "date": "2026-08-29"}])
    me = Profile(name="Mei Chen", headline="Staff Engineer at Shopify | Checkout performance",
                 experience=[{"company": "Shopify", "title": "Staff Engineer", "start": "2019-05"}])
    assert _passed_through(TEMPLATES["en"], "Luc", c, me, them, now) is None
    told = me.model_copy(update={"headline": "Staff Engineer at Shopify", "about": "Checkout performance. 7 years here."})
    assert _passed_through(TEMPLATES["en"], "Luc", c, told, them, now) is None
    elsewhere = me.model_copy(update={"headline": "Staff Engineer at Shopify | Payments"})
    assert _passed_through(TEMPLATES["en"], "Luc", c, elsewhere, them, now) is not None
