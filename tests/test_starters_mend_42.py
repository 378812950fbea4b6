"""Mend 42: a stranger with nothing shared, posted or moved lately, who organises or hosts a meetup, a user group, a
conference or a podcast now, is asked about it (as the venture line of mend 40 is: only when nothing else came out)."""

from __future__ import annotations

from datetime import UTC, datetime

from companion.ground.common_ground import find_common_ground
from companion.ground.starter_templates import template_of
from companion.ground.starters import suggest_starters
from companion.models import Profile

NOW = datetime(2026, 12, 7, tzinfo=UTC)
ME = Profile(name="Kasun Perera", headline="Software Engineer at Insighture", location="Colombo, Sri Lanka",
             experience=[{"company": "Insighture", "title": "Software Engineer", "start": "2022-01"}])


def _found(them: Profile, me: Profile = ME):
    return suggest_starters(me, them, find_common_ground(me, them, None), now=NOW)


def _starters(them: Profile, me: Profile = ME) -> list[str]:
    return [s.text for s in _found(them, me)]


def _ines(**extra) -> Profile:
    fields = {"name": "Inês Costa", "headline": "Backend engineer | Organiser Ladies Who Code meetup",
              "location": "Lisbon, Portugal"}
    return Profile(**{**fields, **extra})


def test_a_meetup_organiser_in_the_headline_is_asked_how_it_got_going():
    found = _found(_ines())
    assert [s.text for s in found] == ["Hi Inês, how did the Ladies Who Code meetup get going?"]  # mend 44: the kind word stays
    assert found[0].kind == "community" and "Organiser Ladies Who Code meetup" in found[0].evidence
    assert template_of(found[0].text) == "community"


def test_a_current_co_organiser_entry_names_the_group_without_its_meetup_word():
    them = _ines(headline="Backend engineer", experience=[
        {"company": "Ladies Who Code Lisbon Meetup", "title": "Co-organiser", "start": "2022-03"},
        {"company": "Farfetch", "title": "Backend Engineer", "start": "2021-01"}])
    found = _found(them)
    assert [s.text for s in found] == ["Hi Inês, how did the Ladies Who Code Lisbon Meetup get going?"]  # mend 44: kind word kept
    assert "Co-organiser at Ladies Who Code Lisbon Meetup, from 2022-03" in found[0].evidence


def test_a_podcast_host_is_asked_their_favourite_episode():
    them = Profile(name="Sam Reed", headline="Host of the Build Better podcast | Product designer", location="Leeds, UK")
    found = _found(them)
    assert [s.text for s in found] == [
        "Hi Sam, what's been your favourite episode of the Build Better podcast to make so far?"]
    assert template_of(found[0].text) == "community-podcast"


def test_a_conference_chair_is_asked_what_goes_into_putting_it_together():
    them = Profile(name="Sam Reed", headline="Designer", experience=[
        {"company": "JSConf Lagos", "title": "Conference Chair", "start": "2023"}])
    found = _found(them)
    assert [s.text for s in found] == ["Hi Sam, what goes into putting JSConf Lagos together?"]
    assert template_of(found[0].text) == "community-conference"


def test_never_a_gathering_with_no_name_or_only_a_handle_or_an_address():
    for headline in ("Host of a small JS meetup", "Organiser @pydataldn meetup", "Organiser pydata.london meetup"):
        assert _starters(Profile(name="Sam Reed", headline=headline)) == [], headline


def test_never_a_role_held_before_or_ended():
    assert _starters(Profile(name="Sam Reed", headline="Former host of the Build Better podcast")) == []
    them = _ines(headline="Backend engineer", experience=[
        {"company": "Ladies Who Code Lisbon Meetup", "title": "Co-organiser", "start": "2019", "end": "2022"}])
    assert _starters(them) == []


def test_never_a_board_chair_a_restaurant_host_or_an_edition_of_a_year():
    for job in ({"company": "Community Health Partners", "title": "Board Chair", "start": "2023"},
                {"company": "Hilton", "title": "Host", "start": "2023"},
                {"company": "PyCon US 2025", "title": "Chair", "start": "2024"},
                {"company": "Acme Developer Community", "title": "Community Manager", "start": "2023"}):
        assert _starters(Profile(name="Sam Reed", headline="Engineer", experience=[job])) == [], job


def test_never_a_beginning_their_page_tells_already():
    them = _ines(about="I founded Ladies Who Code in 2019 to give women in Lisbon a room to code together.")
    assert _starters(them) == []


def test_never_to_a_colleague_nor_about_a_gathering_the_sender_runs_too():
    # Two years side by side at a firm the sender's page calls small: they know each other (_know_each_other).
    small = ME.model_copy(update={"about": "We are a small team of six engineers building data tools."})
    colleague = _ines(experience=[{"company": "Insighture", "title": "Backend Engineer", "start": "2021-01"}])
    assert not any("get going" in text for text in _starters(colleague, small))
    assert any("get going" in text for text in _starters(_ines(), small))  # the same sender, to a stranger
    co_organiser = Profile(name="Kasun Perera", location="Colombo, Sri Lanka", experience=[
        {"company": "Insighture", "title": "Software Engineer", "start": "2022-01"},
        {"company": "Ladies Who Code Lisbon Meetup", "title": "Co-organiser", "start": "2023"}])
    them = _ines(headline="Backend engineer", experience=[
        {"company": "Ladies Who Code Lisbon Meetup", "title": "Co-organiser", "start": "2022-03"}])
    assert not any("get going" in text for text in _starters(them, co_organiser))


def test_a_better_starter_comes_first_and_alone():
    # Their post of last week is the better reason to write: the gathering is asked about only when nothing else is.
    them = _ines(posts=[{"text": "Thrilled to share that our team just launched the new payments API at Farfetch, "
                                 "two years in the making!", "date": "2026-12-01"}])
    assert not any("get going" in text for text in _starters(them))


def test_never_in_another_language_than_english():
    them = _ines(headline="Engenheira de software | Organiser Ladies Who Code meetup", location="Lisboa, Portugal",
                 about="Sou engenheira de software em Lisboa e adoro ensinar programação a quem está a começar.")
    me = Profile(name="João Silva", headline="Engenheiro de software", location="Porto, Portugal",
                 languages=["Portuguese (Native)"],
                 about="Sou engenheiro de software no Porto e gosto de construir sistemas distribuídos.")
    assert not any("get going" in text for text in _starters(them, me))


def test_the_headline_reader_is_linear_on_a_long_run():
    import time

    from companion.ground.starters import _HOSTS_IN_HEADLINE

    started = time.perf_counter()
    _HOSTS_IN_HEADLINE.match("x" + " " * 40_000 + "y")
    _HOSTS_IN_HEADLINE.match("host " + "a " * 20_000)
    assert time.perf_counter() - started < 2.0
