"""A running companion keeps each person's check-in language between `companion followups` calls
(followups.CheckInLanguages): detected again exactly when their record or your own profile changes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from memory_helpers import NOW, capture

import companion.memory.followups as followups
from companion.memory.followups import CheckInLanguages, overdue, set_circle
from companion.memory.interactions import log_interaction
from companion.memory.me import set_me
from companion.models import Profile


def _me(**extra) -> Profile:
    return Profile(site="linkedin", url="https://www.linkedin.com/in/me", name="Me Myself",
                   education=[{"school": "University of Porto"}], **extra)


@pytest.fixture
def detected(monkeypatch) -> list[str]:
    """The people whose check-in language is detected, in order."""
    seen: list[str] = []
    detect = followups.check_in_language

    def counted(me, them):
        seen.append(them.name)
        return detect(me, them)

    monkeypatch.setattr(followups, "check_in_language", counted)
    return seen


def _two_overdue(store):
    set_me(store, _me())
    ana = capture(store, "Ana Lima", "ana-lima", location="Porto, Portugal", about="Engenheira de software no Porto.")
    bo = capture(store, "Bo Chen", "bo-chen", company="Acme Robotics")
    for doc in (ana, bo):
        set_circle(store, doc["id"], "close", now=NOW)
        log_interaction(store, doc["id"], "phone-call", at="60 days ago", now=NOW)
    return ana, bo


def _openers(store, languages=None) -> dict[str, str]:
    return {f.name: f.opener.text for f in overdue(store, NOW, languages=languages)}


def test_a_repeat_call_detects_no_language_again_and_answers_the_same(store, detected):
    _two_overdue(store)
    plain = _openers(store)
    detected.clear()
    languages = CheckInLanguages()
    assert _openers(store, languages) == plain
    assert sorted(set(detected)) == ["Ana Lima", "Bo Chen"]
    detected.clear()
    assert _openers(store, languages) == plain
    assert detected == []


def test_a_changed_person_is_detected_again_and_no_one_else(store, detected):
    ana, _ = _two_overdue(store)
    languages = CheckInLanguages()
    _openers(store, languages)
    detected.clear()
    capture(store, "Ana Lima", "ana-lima", location="Porto, Portugal", about="Software engineer in Porto.",
            now=NOW + timedelta(minutes=1))  # updated_at counts seconds
    kept = _openers(store, languages)
    assert "Ana Lima" in detected and "Bo Chen" not in detected
    assert kept == _openers(store) and "Olá" not in kept["Ana Lima"]


def test_a_changed_own_profile_detects_everyone_again(store, detected):
    _two_overdue(store)
    languages = CheckInLanguages()
    _openers(store, languages)
    detected.clear()
    _openers(store, languages)
    assert detected == []
    set_me(store, _me(languages=["Portuguese"]))
    kept = _openers(store, languages)
    assert {"Ana Lima", "Bo Chen"} <= set(detected)
    assert kept == _openers(store)
