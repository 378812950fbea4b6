"""The user's own profile ("me"): one per site, merged into the one profile common ground starts from.

Stored in the store's settings under `me_profiles`, keyed by site (`linkedin`, `x`, ...); a profile with no
site is kept under `web`. Merging takes lists from every site (schools, employers, skills, languages,
posts...) without duplicates, and each single field (name, headline, location, about) from the first site
that has it, LinkedIn first.
"""

from __future__ import annotations

from typing import Any

from companion.models import Profile

SETTING = "me_profiles"
# Which site's single fields win when several own profiles disagree.
SITE_ORDER = ("linkedin", "x", "bluesky", "mastodon", "github", "web")
_SCALARS = ("name", "handle", "headline", "location", "about", "url", "followers", "connections", "joined")
_LISTS = ("experience", "education", "skills", "languages", "interests", "volunteering", "websites", "posts")


def _site_rank(site: str) -> int:
    return SITE_ORDER.index(site) if site in SITE_ORDER else len(SITE_ORDER)


def merge_profiles(profiles: list[Profile]) -> Profile:
    """One profile from several of the same person's (lists united, single fields from the best site)."""
    ordered = sorted(profiles, key=lambda p: _site_rank(p.site or "web"))
    merged: dict[str, Any] = {"site": ordered[0].site if ordered else None}
    for field in _SCALARS:
        merged[field] = next((getattr(p, field) for p in ordered if getattr(p, field) not in (None, "")), None)
    for field in _LISTS:
        seen, items = set(), []
        for p in ordered:
            for item in getattr(p, field):
                marker = item.model_dump_json() if hasattr(item, "model_dump_json") else str(item).casefold()
                if marker not in seen:
                    seen.add(marker)
                    items.append(item)
        merged[field] = items
    return Profile.model_validate({k: ([i.model_dump() if hasattr(i, "model_dump") else i for i in v]
                                       if isinstance(v, list) else v) for k, v in merged.items()})


def own_profiles(store) -> dict[str, Profile]:
    """Each own profile the user has set, by site."""
    raw = store.get_setting(SETTING, {}) or {}
    return {site: Profile.model_validate(data) for site, data in raw.items()}


def load_me(store) -> Profile | None:
    """The user's merged own profile, or None before `companion me set`."""
    profiles = own_profiles(store)
    if not profiles:
        return None
    return merge_profiles(list(profiles.values()))


def set_me(store, profile: Profile) -> Profile:
    """Save one of the user's own profiles (replacing the one from the same site); returns the merged me."""
    raw = store.get_setting(SETTING, {}) or {}
    raw[profile.site or "web"] = profile.model_dump(mode="json")
    store.set_setting(SETTING, raw)
    return load_me(store)
