"""Panel mend 10: GET /v1/people/{id} says why there is no starter, as `companion starters` does (PersonView's
why_no_starters, one reading for both), so the panel no longer writes its own guess ("what you share is not specific
enough") where a rule decided: a name only in Chinese characters (newcomer 9, W3), or starters held back once you
have talked with them (W2's "Also": a founder starter gone after a logged call)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from companion.memory.answers import starters_answer
from companion.memory.capture import person_view
from companion.memory.interactions import log_interaction
from companion.memory.me import set_me
from companion.memory.people import upsert_profile, utc_now
from companion.models import Profile
from companion.storage.store import Store

CAUSES = [{"organisation": "Civic Hall", "role": "Volunteer", "cause": cause}
          for cause in ("Civil Rights and Social Action", "Human Rights", "Science and Technology")]
ME = Profile(site="linkedin", url="https://www.linkedin.com/in/julian-amelung", name="Julian Amelung",
             headline="Data scientist", location="Berlin, Germany", skills=["Machine Learning", "Data Analysis"],
             languages=["English", "German"], volunteering=CAUSES)
GOOGLE_ME = Profile(site="linkedin", url="https://www.linkedin.com/in/sam-reyes", name="Sam Reyes",
                    experience=[{"company": "Google", "title": "Engineer", "start": "2015", "end": "2019"}])


def _peer(slug: str, name: str, **extra) -> Profile:
    return Profile(site="linkedin", url=f"https://www.linkedin.com/in/{slug}", name=name, handle=slug,
                   headline="Code Whisperer", location="London, United Kingdom", languages=["English"],
                   volunteering=CAUSES, **extra)


@pytest.fixture
def peers(data_dir: Path) -> tuple[str, str]:
    """王伟 and Nelson, the same causes as yours; stored before the companion starts (the `client` fixture)."""
    with Store(data_dir) as store:
        set_me(store, ME)
        wang = upsert_profile(store, _peer("wang-wei", "王伟", skills=["机器学习", "数据分析"]), utc_now())["id"]
        nelson = upsert_profile(store, _peer("nelson", "Nelson Correia"), utc_now())["id"]
    return wang, nelson


async def test_a_name_only_in_chinese_characters_gets_the_reason_in_the_person_view(peers, client, auth, data_dir):
    wang, nelson = peers
    response = await client.get(f"/v1/people/{wang}", headers=auth)
    view = await response.json()
    assert response.status == 200, view
    assert view["starters"] == []
    assert view["why_no_starters"] == ("their name is written only in Chinese characters (王伟): Rapport does not put "
                                       "it in an opener in English; write your own greeting")
    # The same causes on an English page give an opener, and then no reason at all.
    other = await (await client.get(f"/v1/people/{nelson}", headers=auth)).json()
    assert other["starters"] and other["why_no_starters"] is None
    # `companion starters` says the very same sentence (one reading, not two).
    with Store(data_dir) as store:
        assert starters_answer(store, wang, rarity=lambda _store: None).why_none == view["why_no_starters"]


def test_starters_held_back_after_a_call_say_so_not_thin_shared_ground(store):
    set_me(store, GOOGLE_ME)
    now = utc_now()  # `companion starters` reads the clock: the call is today for both
    doc = upsert_profile(store, Profile(
        site="linkedin", url="https://www.linkedin.com/in/dulitha", name="Dulitha Wijewantha", handle="dulitha",
        experience=[{"company": "Google", "title": "Product manager", "start": "2016", "end": "2020"}]), now)
    before = person_view(store, store.get_person(doc["id"]), None, now=now)
    assert before.starters and before.why_no_starters is None  # a stranger: the shared employer opens
    log_interaction(store, doc["id"], "video-call", at=now.date().isoformat(), now=now)
    after = person_view(store, store.get_person(doc["id"]), None, now=now)
    assert after.starters == []
    held = ("you have talked with Dulitha already, and the openers Rapport found are for a first message, which no "
            "longer fits; write as you would")
    assert after.why_no_starters == held
    assert starters_answer(store, doc["id"], rarity=lambda _store: None).why_none == held


def test_no_profile_of_yours_and_nothing_held_back_gives_no_reason(store):
    doc = upsert_profile(store, _peer("wang-wei", "王伟"), datetime(2026, 11, 20, tzinfo=UTC))
    view = person_view(store, store.get_person(doc["id"]), None, now=datetime(2026, 11, 20, tzinfo=UTC))
    assert view.starters == [] and view.why_no_starters is None  # the panel says "once Rapport knows who you are"
