"""The user's own profile ("me"): one per site, merged into the one profile common ground starts from.

Stored in the store's settings under `me_profiles`, keyed by site (`linkedin`, `x`, ...); a profile with no
site is kept under `web`. Merging takes lists from every site (schools, employers, skills, languages,
posts...) without duplicates, and each single field (name, headline, location, about) from the first site
that has it, LinkedIn first.

You are never one of your own contacts: a person record that is you (it owns one of your own profiles'
identity keys, or holds a profile linked to yours or with your name and two facts of yours: identity.is_you),
captured before you said "this is me", is kept aside under `me_shelved`, whole, and put back when that own
profile is unset or you say it is not you (`shelve_own_records`, `not_me`).
"""

from __future__ import annotations

from typing import Any

from companion.errors import InvalidInput, NotFound
from companion.memory.people import identity_keys
from companion.models import Profile

SETTING = "me_profiles"
# Contact records that turned out to be you ("This is me" on a profile captured before): kept aside whole,
# and put back among your contacts when the own profile they matched is unset.
SHELF = "me_shelved"
# Identity keys of profiles that look like yours (your name and two facts of yours) that you said are someone
# else's (`not_me`): captured as contacts from then on.
NOT_ME = "me_not_mine"
# The languages you said you write (`companion me languages`), by name ("Portuguese"): merged into your profile's
# languages, which every page of yours may lack, so check-ins and starters may write in them.
LANGUAGES = "me_languages"
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
    merged = merge_profiles(list(profiles.values()))
    said = [name for name in my_languages(store) if name.casefold() not in {n.casefold() for n in merged.languages}]
    return merged.model_copy(update={"languages": [*merged.languages, *said]}) if said else merged


def my_languages(store) -> list[str]:
    """The languages you said you write (`set_my_languages`), by name."""
    return list(store.get_setting(LANGUAGES, []) or [])


_NO_LANGUAGE = frozenset({"und", "zxx", "mis", "mul", "art"})


def language_name(said: str) -> str:
    """The name of a language given as a code ('pt', 'pt-BR') or a name in any language ('Português'), as the
    language reader knows it ('Portuguese'); InvalidInput for anything else."""
    from companion.ground.normalise.languages import normalise_language

    text = (said or "").strip()
    found = normalise_language(text) if len(text) > 3 else None  # 'pt' or 'de' are codes, not names
    if found is None and 1 < len(text) <= 12:
        import langcodes

        try:
            tag = langcodes.Language.get(text)
        except (LookupError, ValueError):
            tag = None
        # Codes that name no language one writes: undetermined, none, several, uncoded, artificial as a group, the
        # private and grandfathered tags ('x-klingon', 'i-default'); review of the stop.
        if text.casefold().startswith(("x-", "i-")) or (tag is not None and tag.language in _NO_LANGUAGE):
            tag = None
        if tag is not None and tag.language and langcodes.tag_is_valid(tag.language):
            found = normalise_language(langcodes.Language.get(tag.language).display_name())
    if found is None:
        raise InvalidInput(f"“{said}” is not a language Rapport knows: give a code (pt, es, de) or a name "
                           "(Portuguese).")
    return found.label


def set_my_languages(store, said: list[str], add: bool = False, remove: bool = False) -> list[str]:
    """Say which languages you write: `said` replaces the list, or is added to it (`add`) or taken from it
    (`remove`). Returns the list kept."""
    names = [language_name(item) for item in said]
    kept = my_languages(store)
    if add:
        names = kept + [n for n in names if n not in kept]
    elif remove:
        names = [n for n in kept if n not in names]
    names = list(dict.fromkeys(names))
    with store.transaction():
        if names:
            store.set_setting(LANGUAGES, names)
        elif kept:
            store.delete_setting(LANGUAGES)
    return names


def set_me(store, profile: Profile) -> Profile:
    """Save one of the user's own profiles (replacing the one from the same site); returns the merged me."""
    if not (profile.name or "").strip():
        raise InvalidInput("That profile has no name, so it cannot be yours: give the saved page of your own "
                           "profile, or a Profile JSON with a \"name\".")
    raw = store.get_setting(SETTING, {}) or {}
    raw[profile.site or "web"] = profile.model_dump(mode="json")
    with store.transaction():
        store.set_setting(SETTING, raw)
        drop_not_me_keys(store, identity_keys(profile))  # yours after all
        shelve_own_records(store)
    return load_me(store)


def unset_me(store, site: str | None = None) -> list[str]:
    """Remove your own profile from one site, or from all; returns the sites removed."""
    raw = store.get_setting(SETTING, {}) or {}
    if site is not None and site not in raw:
        known = ", ".join(sorted(raw)) or "none"
        raise NotFound(f"You have no own profile from {site} (set: {known}).")
    removed = [site] if site is not None else sorted(raw)
    if not removed:
        raise NotFound("Your own profile is not set, so there is nothing to remove.")
    kept = {s: data for s, data in raw.items() if s not in removed}
    with store.transaction():
        if kept:
            store.set_setting(SETTING, kept)
        else:
            store.delete_setting(SETTING)
        shelve_own_records(store)
    return removed


def not_me_keys(store) -> set[str]:
    """The identity keys of profiles you said are not yours (not_me)."""
    return set(store.get_setting(NOT_ME, []) or [])


def drop_not_me_keys(store, keys) -> None:
    """Take `keys` off the list of profiles you said are not you (set as yours, or the person forgotten)."""
    listed = not_me_keys(store)
    if listed & set(keys):
        store.set_setting(NOT_ME, sorted(listed - set(keys)))


def not_me(store, url: str) -> str:
    """Say the profile at `url` is someone else's, though it looks like yours: its captures are stored as a
    contact from then on. Returns its identity key; InvalidInput when `url` is no profile address."""
    from companion.memory.people import profile_url_key

    key = profile_url_key(url) if "." in url.split("://")[-1].split("/")[0] else None  # 'hello' is no address
    if key is None:
        raise InvalidInput(f"“{url}” is not a profile address: give the URL of the profile that is not you.")
    if key in own_keys(store):
        raise InvalidInput("That profile is set as yours; remove it first with `companion me unset SITE`.")
    with store.transaction():
        store.set_setting(NOT_ME, sorted(not_me_keys(store) | {key}))
        shelve_own_records(store)  # a record of theirs kept aside as yours comes back among your contacts
    return key


def own_keys(store) -> set[str]:
    """The identity keys of every own profile (linkedin:<slug>, x:<handle>...)."""
    return {key for profile in own_profiles(store).values() for key in identity_keys(profile)}


def own_person_ids(store) -> set[str]:
    """Stored person records that are you: they own one of your own profiles' identity keys."""
    return {pid for key in own_keys(store) if (pid := store.person_id_for_key(key)) is not None}


def shelve_own_records(store) -> tuple[list[str], list[str]]:
    """Take contact records that are you out of your contacts, and put back those that no longer are (after
    `me unset`, or a profile set in place of another); returns the ids shelved and the ids put back."""
    from companion.memory.identity import is_you, records_that_are_you  # identity builds on this module

    with store.transaction():
        keys = own_keys(store)
        shelf = store.get_setting(SHELF, []) or []
        mine = [keys & set(doc.get("keys", [])) or is_you(store, doc) for doc in shelf]
        kept = [doc for doc, you in zip(shelf, mine, strict=True) if you]
        back = [doc for doc, you in zip(shelf, mine, strict=True) if not you]
        shelved = []
        for person_id in sorted(records_that_are_you(store)):
            doc = store.get_person(person_id)
            store.delete_person(person_id)
            kept.append(doc)
            shelved.append(person_id)
        restored = []
        for doc in back:
            if store.get_person(doc["id"]) is not None:
                kept.append(doc)  # its id was taken meanwhile: kept aside rather than overwrite someone
                continue
            # Keys someone else has come to own meanwhile stay theirs.
            free = [k for k in doc.get("keys", []) if store.person_id_for_key(k) is None]
            if not free:
                kept.append(doc)
                continue
            store.save_person({**doc, "keys": free})
            restored.append(doc["id"])
        if kept:
            store.set_setting(SHELF, kept)
        elif shelf:
            store.delete_setting(SHELF)
    return shelved, restored
