"""Review set 30: three blind reviewers on the peer's tool and cause starters ('I've worked with X too…', 'we both
list X among the causes we care about…'). A cause line only when both list the cause, and not to who already serves
it through an organisation; the tool as both wrote it; no English line between two who write each other in another
language; not when a stronger tie is there; never 'what do you wish you'd known?' from a lead to an intern. Every
profile here is made up."""

from __future__ import annotations

from datetime import UTC, datetime

from companion.ground.common_ground import find_common_ground
from companion.ground.rarity import RarityIndex
from companion.ground.starters import suggest_starters
from companion.models import Profile

NOW = datetime(2026, 12, 7, tzinfo=UTC)
TOOL_LINE = "too. What's one thing about it you wish you'd known when you started?"
CAUSE_LINE = "among the causes we care about"


def _me(**fields) -> Profile:
    return Profile.model_validate({"name": "Ilse Brandt", "headline": "Software developer", "location": "Leeds, UK",
                                   "experience": [{"company": "Quillwork Ltd", "title": "Developer", "start": "2019"}],
                                   **fields})


def _them(**fields) -> Profile:
    return Profile.model_validate({"name": "Tomas Fenwick", "headline": "Backend engineer", "location": "Bristol, UK",
                                   "experience": [{"company": "Harbourline", "title": "Engineer", "start": "2016"}],
                                   **fields})


def _contacts(n: int = 24) -> list[Profile]:
    return [Profile.model_validate({"name": f"Contact {i}", "skills": ["Excel"]}) for i in range(n)]


def _starters(me: Profile, them: Profile) -> list[str]:
    rarity = RarityIndex.from_profiles([them, *_contacts()])
    ground = find_common_ground(me, them, rarity, counted=(them,))
    return [s.text for s in suggest_starters(me, them, ground, now=NOW)]


# ---------------------------------------------------------------- 1. a cause both LIST, not one read elsewhere


def test_a_cause_both_list_still_gives_the_line():
    me, them = _me(volunteering=[{"cause": "Animal welfare"}]), _them(interests=["Animal welfare"])
    assert any(CAUSE_LINE in t for t in _starters(me, them))


def test_a_cause_read_from_their_about_is_not_said_to_be_listed():
    me = _me(volunteering=[{"cause": "Animal welfare"}])
    them = _them(about="I build booking systems for small vets and care a lot about animal welfare in my spare time.")
    assert not any(CAUSE_LINE in t for t in _starters(me, them))


def test_no_cause_line_to_who_volunteers_with_an_organisation_of_it():
    me = _me(volunteering=[{"cause": "Animal welfare"}])
    them = _them(volunteering=[{"organization": "Hillside Dog Rescue", "role": "Volunteer", "cause": "Animal welfare"}])
    assert not any(CAUSE_LINE in t for t in _starters(me, them))


# ---------------------------------------------------------------- 2. the tool as both wrote it


def test_the_tool_is_named_by_the_short_form_both_wrote():
    me = _me(skills=["BIM"], headline="BIM coordinator")
    them = _them(skills=["Building Information Modeling (BIM)"], headline="BIM coordinator")
    texts = [t for t in _starters(me, them) if TOOL_LINE in t]
    assert texts == ["Hi Tomas, I've worked with BIM too. What's one thing about it you wish you'd known when you "
                     "started?"], texts


def test_no_tool_line_in_a_table_label_neither_wrote():
    # 'ESRS reporting' and 'CSRD' are filed under one label, 'CSRD Reporting', which neither of them wrote.
    me, them = _me(skills=["ESRS reporting"]), _them(skills=["CSRD"])
    assert not any(TOOL_LINE in t for t in _starters(me, them))


# ---------------------------------------------------------------- 3. not in English between speakers of another language


def test_no_english_tool_line_to_a_compatriot_who_posts_in_their_language():
    me = _me(skills=["Elasticsearch"], location="Istanbul, Turkey")
    them = _them(skills=["Elasticsearch"], location="Istanbul, Turkey", headline="Backend engineer at Harbourline", posts=[
        {"text": "Bugün ekibimizle birlikte arama altyapımızı yeniden yazdık ve çok şey öğrendik, herkese teşekkürler.",
         "date": "2026-11-20"}])
    assert not any(TOOL_LINE in t for t in _starters(me, them))


def test_no_english_tool_line_between_two_living_where_english_is_not_spoken():
    me, them = _me(skills=["Elasticsearch"], location="Brno, Czechia"), _them(skills=["Elasticsearch"], location="Prague, Czechia")
    assert not any(TOOL_LINE in t for t in _starters(me, them))


def test_the_english_tool_line_stays_between_two_in_an_english_speaking_country():
    me, them = _me(skills=["Elasticsearch"]), _them(skills=["Elasticsearch"])
    assert any(TOOL_LINE in t for t in _starters(me, them))


# ---------------------------------------------------------------- 4. a stronger tie first


def test_no_tool_line_beside_a_shared_employer():
    job = {"company": "Harbourline", "title": "Engineer", "start": "2012", "end": "2014"}
    me = _me(skills=["Elasticsearch"], experience=[{"company": "Quillwork Ltd", "title": "Developer", "start": "2019"}, job])
    them = _them(skills=["Elasticsearch"])
    assert not any(TOOL_LINE in t for t in _starters(me, them))


def test_no_tool_line_when_the_sender_contributed_to_their_library():
    me = _me(skills=["Dart"], headline="Flutter developer",
             about="I build mobile apps and have contributed to tide_calendar, a lovely little library.")
    them = _them(skills=["Dart"], headline="Flutter developer", about="I look after tide_calendar, a package for tide tables.")
    assert not any(TOOL_LINE in t for t in _starters(me, them))


# ---------------------------------------------------------------- 5. not from a lead to an intern


def test_no_wish_you_had_known_from_a_manager_to_an_intern():
    me = _me(skills=["Kotlin"], headline="Android engineering manager",
             experience=[{"company": "Quillwork Ltd", "title": "Android Engineering Manager", "start": "2019"}])
    them = _them(skills=["Kotlin"], headline="Android developer intern",
                 experience=[{"company": "Harbourline", "title": "Android Developer Intern", "start": "2026-06"}])
    assert not any(TOOL_LINE in t for t in _starters(me, them))


def test_an_intern_may_still_ask_a_senior_engineer():
    me = _me(skills=["Kotlin"], headline="Android intern",
             experience=[{"company": "Quillwork Ltd", "title": "Android Intern", "start": "2026-06"}])
    them = _them(skills=["Kotlin"], headline="Senior Android engineer")
    assert any(TOOL_LINE in t for t in _starters(me, them))
