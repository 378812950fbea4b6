"""Tidy 3: the sentence saying why a person has no starter (starters.why_no_starters, about 2.5 ms) is kept beside
their common ground and starters (GroundCache in the companion, KeptGround for a command reading the store), so a
repeat view does not compute it again; it goes with them, so what changes the starters changes it too. And
`companion show` reads your own profile once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from companion.ground import starters as starters_module
from companion.memory import answers, capture
from companion.memory import me as me_module
from companion.memory.answers import show_answer
from companion.memory.capture import GroundCache, person_view
from companion.memory.commitments import add_commitment
from companion.memory.interactions import log_interaction
from companion.memory.me import set_me
from companion.memory.people import upsert_profile
from companion.models import Profile

NOW = datetime.now(UTC)  # show_answer reads the real clock
ME = Profile(site="linkedin", url="https://www.linkedin.com/in/julian-amelung", name="Julian Amelung",
             headline="Data scientist", location="Berlin, Germany", languages=["English"])


def _wang(headline: str = "Code Whisperer") -> Profile:
    """A name only in Chinese characters: no starter, and a rule that says why."""
    return Profile(site="linkedin", url="https://www.linkedin.com/in/wang-wei", name="王伟", handle="wang-wei",
                   headline=headline, location="London, United Kingdom", languages=["English"])


@pytest.fixture
def calls(monkeypatch) -> list[str]:
    """Each call of starters.why_no_starters, by the name of whom it was asked about."""
    made: list[str] = []
    real = starters_module.why_no_starters

    def counted(me, them, common_ground, *, now=None):
        made.append(them.name)
        return real(me, them, common_ground, now=now)

    monkeypatch.setattr(starters_module, "why_no_starters", counted)
    return made


def test_a_repeat_view_keeps_the_reason_in_the_ground_cache(store, calls):
    set_me(store, ME)
    person_id = upsert_profile(store, _wang(), NOW)["id"]
    cache = GroundCache()
    first = person_view(store, store.get_person(person_id), None, NOW, cache)
    assert first.starters == [] and "Chinese characters" in first.why_no_starters
    assert calls == ["王伟"]
    again = person_view(store, store.get_person(person_id), None, NOW, cache)
    assert again.why_no_starters == first.why_no_starters
    assert calls == ["王伟"], "the repeat view computed the reason again"


def test_the_kept_reason_is_dropped_with_its_entry(store, calls):
    set_me(store, ME)
    person_id = upsert_profile(store, _wang(), NOW)["id"]
    cache = GroundCache(size=1)
    person_view(store, store.get_person(person_id), None, NOW, cache)
    other = upsert_profile(store, _wang().model_copy(update={"url": "https://www.linkedin.com/in/li-na", "name": "李娜",
                                                              "handle": "li-na"}), NOW)["id"]
    person_view(store, store.get_person(other), None, NOW, cache)  # evicts 王伟's entry, and so the reason
    assert cache.why(cache.key(store, store.get_person(person_id), NOW)) is None
    assert cache.why(cache.key(store, store.get_person(other), NOW)) is not None
    person_view(store, store.get_person(person_id), None, NOW, cache)
    assert calls == ["王伟", "李娜", "王伟"]


def test_a_repeat_show_keeps_the_reason_in_the_store(data_dir, store, calls):
    set_me(store, ME)
    person_id = upsert_profile(store, _wang(), NOW)["id"]
    first = show_answer(store, person_id, keep=True)
    assert "Chinese characters" in first.view.why_no_starters
    again = show_answer(store, person_id, keep=True)
    assert again.view.why_no_starters == first.view.why_no_starters and again.me_set
    assert calls == ["王伟"], "the repeat `show` computed the reason again"
    # `companion starters` (its key names the contacts' rarity too) keeps it as well.
    assert answers.starters_answer(store, person_id, keep=True).why_none == first.view.why_no_starters
    assert answers.starters_answer(store, person_id, keep=True).why_none == first.view.why_no_starters
    assert calls == ["王伟", "王伟"]


def test_what_changes_the_starters_changes_the_kept_reason(store, monkeypatch):
    """A stand-in rule that names what it rests on: each change must show in the cached view at once, and the
    cached view always says what a fresh one says (a new promise does not change the starters' key, and is read
    afresh)."""
    monkeypatch.setattr(starters_module, "why_no_starters",
                        lambda me, them, ground, *, now=None: f"{me.name} to {them.headline}")
    set_me(store, ME)
    person_id = upsert_profile(store, _wang(), NOW)["id"]
    cache = GroundCache()

    def cached_and_fresh() -> tuple[str | None, str | None]:
        doc = store.get_person(person_id)
        return (person_view(store, doc, None, NOW, cache).why_no_starters,
                person_view(store, doc, None, NOW).why_no_starters)

    assert cached_and_fresh() == ("Julian Amelung to Code Whisperer",) * 2
    # Each write a second later: a record's updated_at, which the key reads, is to the second.
    upsert_profile(store, _wang("Platform lead"), NOW + timedelta(seconds=1))  # their profile
    assert cached_and_fresh() == ("Julian Amelung to Platform lead",) * 2
    set_me(store, ME.model_copy(update={"name": "Julian A."}))  # yours
    assert cached_and_fresh() == ("Julian A. to Platform lead",) * 2
    log_interaction(store, person_id, "video-call", at=NOW.date().isoformat(), now=NOW + timedelta(seconds=2))  # a contact logged
    kept, fresh = cached_and_fresh()
    assert kept == fresh
    add_commitment(store, person_id, "Send the deck", now=NOW + timedelta(seconds=3))  # a promise
    kept, fresh = cached_and_fresh()
    assert kept == fresh


def test_show_reads_your_profile_once(store, monkeypatch):
    set_me(store, ME)
    person_id = upsert_profile(store, _wang(), NOW)["id"]
    reads: list[int] = []
    real = me_module.load_me

    def counted(store_):
        reads.append(1)
        return real(store_)

    monkeypatch.setattr(me_module, "load_me", counted)
    monkeypatch.setattr(capture, "load_me", counted)
    for keep in (False, True):
        reads.clear()
        answer = show_answer(store, person_id, keep=keep)
        assert answer.me_set and "Chinese characters" in answer.view.why_no_starters
        assert len(reads) == 1, f"your profile read {len(reads)} times (keep={keep})"
