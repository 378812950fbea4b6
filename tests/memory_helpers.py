"""Shared set-up for the relationship-memory tests: an open store and people to work with."""

from __future__ import annotations

from datetime import UTC, datetime

from companion.memory.people import upsert_profile
from companion.models import Profile
from companion.storage.store import Store

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)  # a Friday


def open_store(data_dir) -> Store:
    return Store(data_dir).open()


def capture(store: Store, name: str, slug: str, company: str | None = None, now: datetime = NOW, **extra) -> dict:
    """Store a LinkedIn profile as if the user had captured it."""
    experience = [{"company": company, "title": "Engineer"}] if company else []
    profile = Profile(
        site="linkedin", url=f"https://www.linkedin.com/in/{slug}", name=name, handle=slug,
        experience=experience, **extra,
    )
    return upsert_profile(store, profile, now)
