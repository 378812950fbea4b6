"""Round 27 (newcomer finding F4): a brand's or a handle's account has no first name; every greeter (starters,
check-ins, intros) says so through names.first_name: 'Hi there,' or the organisation's whole name, never 'Hi Satisfying,'.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from companion.ground.names import first_name, name_to_greet
from companion.ground.person_reading import is_organisation
from companion.memory.followups import own_check_in_line, tie_of
from companion.models import Profile


@pytest.mark.parametrize(("name", "handle", "greeted"), [
    ("Satisfying Videos", "satisfyingvids", "Satisfying Videos"),  # a brand: its whole name
    ("Milano JS", "Milano_JS", "Milano JS"),
    ("Daily Design News", "designnews", "Daily Design News"),
    ("DGNSREKT", "DGNSREKT", "there"),  # a handle in capitals
    ("EstebanBorai", "estebanborai", "there"),  # a handle in CamelCase
    ("estebanborai", "estebanborai", "there"),  # the login shown where no name is given
])
def test_brands_and_handles_have_no_first_name(name, handle, greeted):
    them = Profile(name=name, handle=handle)
    assert first_name(them) == greeted
    if greeted == "there":
        assert name_to_greet(them) is None


@pytest.mark.parametrize(("name", "handle", "greeted"), [
    ("DeShawn Williams", "dwill", "DeShawn"), ("DeShawn", "dshawn", "DeShawn"), ("McKenzie", "mck", "McKenzie"),
    ("LaToya", "latoya", "LaToya"), ("Kate", "kate", "Kate"), ("Sam | Acme Labs", "sam", "Sam"),
    ("MARIA LOPEZ", "mlopez", "Maria"), ("rob cheung", "perceptnet", "Rob"),
])
def test_real_names_are_still_greeted(name, handle, greeted):
    assert first_name(Profile(name=name, handle=handle)) == greeted


def test_a_brand_account_is_an_organisation():
    assert is_organisation(Profile(name="Satisfying Videos"))
    assert not is_organisation(Profile(name="Sam Lee - Acme Labs"))


@pytest.mark.parametrize(("name", "handle", "opening"), [
    ("Satisfying Videos", "satisfyingvids", "Hi Satisfying Videos, "),
    ("DGNSREKT", "DGNSREKT", "Hi there, "),
    ("EstebanBorai", "estebanborai", "Hi there, "),
])
def test_check_in_greets_no_fake_first_name(name, handle, opening):
    now = datetime(2026, 12, 6, tzinfo=UTC)
    doc = {"profiles": {"x": {"site": "x", "url": f"https://x.com/{handle}", "name": name, "handle": handle}},
           "interactions": [{"kind": "message", "at": "2026-09-01T10:00:00+00:00"}], "commitments": []}
    line = own_check_in_line(doc, tie_of(doc, now), now)
    assert line.text.startswith(opening)


# ---------------------------------------------------------------- F1: the reason there is no starter, said

from companion.ground.common_ground import find_common_ground  # noqa: E402
from companion.ground.starters import suggest_starters, why_no_starters  # noqa: E402

DAY = datetime(2018, 12, 31, tzinfo=UTC)


def _me_at_the_startup():
    return Profile(name="Ada Quill", headline="Software Engineer",
                   experience=[{"company": "Larkspur Labs Inc.", "title": "Software Engineer", "start": "2018-09", "end": "2019-12"}],
                   education=[{"school": "Queen's University", "degree": "BSc", "field": "Physics", "start": "2014", "end": "2019"}],
                   interests=["Larkspur Labs Inc."])


def _classmate_at_the_startup(**extra):
    fields = {"name": "Sam Teale", "headline": "Software Developer",
              "experience": [{"company": "Larkspur", "title": "Front-end Lead", "start": "2018-08"},
                             {"company": "Queen's University", "title": "ELEC 278 Teaching Assistant",
                              "start": "2017-09", "end": "2017-12"}],
              "education": [{"school": "Queen's University", "degree": "BSc", "field": "Computer Engineering",
                             "start": "2014", "end": "2018"}],
              "interests": ["Larkspur Labs Inc."]}
    return Profile(**{**fields, **extra})


def test_a_colleague_at_your_startup_by_a_shorter_name_gets_no_strangers_opener_and_the_reason():
    me, them = _me_at_the_startup(), _classmate_at_the_startup()
    ground = find_common_ground(me, them, None)
    found = suggest_starters(me, them, ground, now=DAY)
    # Before: 'I noticed you moved from … to Larkspur' to someone at your own company, and no reason when none.
    assert not any("Larkspur" in s.text for s in found), found
    assert not found
    why = why_no_starters(me, them, ground, now=DAY)
    assert why and "Larkspur Labs Inc." in why and "Queen's University in the same years" in why
    assert "know each other" in why


def test_a_teaching_assistant_during_their_own_degree_is_a_fellow_student_not_staff():
    # Without the startup, the same-years classmate (another field) gets the school's opener: a TA's term is no
    # staff's, and 'taught while you studied' no longer drops it.
    me = Profile(name="Ada Quill", education=[{"school": "Queen's University", "degree": "BSc", "field": "Physics",
                                               "start": "2014", "end": "2019"}])
    them = _classmate_at_the_startup(experience=[
        {"company": "Queen's University", "title": "ELEC 278 Teaching Assistant", "start": "2017-09", "end": "2017-12"},
        {"company": "Northwind", "title": "Developer", "start": "2018-08"}], interests=[])
    ground = find_common_ground(me, them, None)
    found = suggest_starters(me, them, ground, now=DAY)
    assert any(s.kind == "school" and "Queen's" in s.text for s in found), found


def test_a_stranger_with_nothing_shared_gets_no_made_up_reason():
    me = _me_at_the_startup()
    them = Profile(name="Lee Park", headline="Chef", experience=[{"company": "Bistro Nord", "title": "Chef", "start": "2015"}])
    ground = find_common_ground(me, them, None)
    assert not suggest_starters(me, them, ground, now=DAY)
    assert why_no_starters(me, them, ground, now=DAY) is None


def test_a_page_in_a_language_you_do_not_write_is_said():
    me = Profile(name="Ada Quill", languages=["English"], headline="Software Engineer")
    them = Profile(name="Javier Ruiz", headline="Comparto tutoriales y noticias de inteligencia artificial cada semana",
                   about="Fundador de una empresa de herramientas para fotógrafos. Escribo sobre lo que aprendo.")
    ground = find_common_ground(me, them, None)
    assert not suggest_starters(me, them, ground, now=DAY)
    assert "language" in (why_no_starters(me, them, ground, now=DAY) or "")


# ---------------------------------------------------------------- F16: a shared employer that joins two people little

from companion.ground.intros import suggest_intros  # noqa: E402
from companion.models import Tie  # noqa: E402


def _tie():
    return Tie(stage="friend", score=1.0)


def test_an_intern_and_a_product_lead_years_apart_are_not_introduced_for_the_employer():
    intern = Profile(name="Kim Vale", experience=[
        {"company": "Quillfeather Payments", "title": "Software Engineer Intern", "start": "2018-05", "end": "2018-08"},
        {"company": "Gantry Works", "title": "Engineer", "start": "2019-01"}])
    lead = Profile(name="Eli Mora", experience=[
        {"company": "Quillfeather Payments", "title": "Product Lead - Risk UX", "start": "2021-07", "end": "2023-06"},
        {"company": "Maven Tools", "title": "Head of Product", "start": "2023-07"}])
    found = suggest_intros([("a", intern), ("b", lead)], None, {"a": _tie(), "b": _tie()})
    assert not found, [i.reason for i in found]
    # Two who each spent years there, at different times, still are.
    senior = Profile(name="Kim Vale", experience=[
        {"company": "Quillfeather Payments", "title": "Software Engineer", "start": "2014-05", "end": "2018-08"}])
    found = suggest_intros([("a", senior), ("b", lead)], None, {"a": _tie(), "b": _tie()})
    assert found and "Quillfeather" in found[0].reason


def test_starters_command_says_why_there_is_none_for_a_classmate_at_your_startup(data_dir):
    # The newcomer's case (F1): Austin as "me", Sean Cahalan's page imported; before, 'nothing you share with them
    # makes a good opener' under 'Plenty to talk about. 4 things in common'.
    from click.testing import CliRunner
    from shared_pages import real_page

    from companion.cli import main
    from companion.memory.capture import capture_page
    from companion.memory.me import set_me
    from companion.storage.store import Store

    with Store(data_dir) as store:
        me = capture_page(store, "https://www.linkedin.com/in/austinoboyle/",
                          real_page("linkedin/loggedin_2022-03_austin.html"), None)
        set_me(store, me.profile)
        capture_page(store, "https://www.linkedin.com/in/seancahalan/",
                     real_page("linkedin/loggedin-fragment_2018-12_otherProfile.html"), None)
    result = CliRunner().invoke(main, ["starters", "sean", "--data-dir", str(data_dir)], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    assert "nothing you share with them makes a good opener" not in result.output
    assert "Bounced Inc." in result.output and "know each other already" in result.output
