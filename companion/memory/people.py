"""People: one record per person across sites and re-captures, and how a user names one.

A stored person is a plain dict (the store keeps JSON):
  id            "p-" + 12 hex characters, derived from the first identity key (stable across crashes)
  keys          identity keys, e.g. "linkedin:jane-doe", "x:jane", "email:jane@example.com"
  profiles      the latest Profile per site, as dicts
  history       what changed between captures: [{"at", "site", "changes": {field: [old, new]}}]
  notes, interactions, commitments, tags   the relationship memory (see notes.py, interactions.py...)
  connected_on  when the user connected (from an import), ISO date or null
  circle        the Dunbar layer the user chose, or null to follow the suggestion
  first_seen, updated_at
  parts, merges, apart, identity_suggestions, identity_seen   one person across sites (see identity.py):
                what a merged record was made of, people split apart, suggested matches, the last look
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, NamedTuple
from urllib.parse import urlparse

from pydantic import BaseModel

from companion.errors import Conflict, NotFound
from companion.ground.normalise.text import fold
from companion.models import Experience, Profile
from companion.storage.store import REPAIR_HINT, Store

# Fields compared between captures to keep a history of what changed (a new job, a move...).
TRACKED_FIELDS = ("name", "headline", "location", "experience", "education")
# Which site's value wins when two profiles of one person disagree on a single-valued field.
SITE_PRIORITY = ("linkedin", "github", "x", "bluesky", "mastodon", "web")
HISTORY_LIMIT = 50


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso_now(now: datetime | None = None) -> str:
    return (now or utc_now()).astimezone(UTC).isoformat(timespec="seconds")


def identity_keys(profile: Profile) -> list[str]:
    """Keys that identify the owner of a profile on its site (slug, handle, normalised URL)."""
    keys: list[str] = []
    site = profile.site or "web"
    handle = (profile.handle or "").strip().lstrip("@").lower()
    url_key = profile_url_key(profile.url) if profile.url else None
    if url_key:
        keys.append(url_key)
    if handle and site in ("linkedin", "x", "github", "bluesky"):
        key = f"{site}:{handle}"
        if key not in keys:
            keys.append(key)
    for alias in profile.aliases:  # the same profile under another address on its own site
        key = profile_url_key(alias)
        if key and not key.startswith("web:") and key.split(":", 1)[0] == site and key not in keys:
            keys.append(key)
    if not keys and profile.name:
        keys.append(f"name:{normalise_name(profile.name)}")
    return keys


def linked_identity_keys(profile: Profile) -> list[str]:
    """Keys of the owner's profiles on other sites, from the links they list (an X bio linking to their
    LinkedIn): what ties one person's profiles across sites into one record."""
    own = set(identity_keys(profile))
    linked = []
    for url in profile.websites:
        key = profile_url_key(url)
        if key and not key.startswith("web:") and key not in own and key not in linked:
            linked.append(key)
    return linked


def profile_url_key(url: str) -> str | None:
    """The identity key a profile URL stands for: linkedin:<slug>, x:<handle>, or web:<host/path>."""
    try:
        parsed = urlparse(url.strip() if "://" in url else f"https://{url.strip()}")
    except ValueError:
        return None
    host = (parsed.hostname or "").lower().removeprefix("www.").removeprefix("mobile.")
    parts = [p for p in parsed.path.split("/") if p]
    if not host:
        return None
    if host.endswith("linkedin.com") and len(parts) >= 2 and parts[0] in ("in", "pub"):
        return f"linkedin:{parts[1].lower()}"
    if host in ("x.com", "twitter.com") and parts and parts[0] not in ("i", "intent", "home", "search"):
        return f"x:{parts[0].lower()}"
    if host == "bsky.app" and len(parts) >= 2 and parts[0] == "profile":
        return f"bluesky:{parts[1].lower()}"
    if host == "github.com" and parts:
        return f"github:{parts[0].lower()}"
    if parts and parts[0].startswith("@"):
        return f"mastodon:{parts[0][1:].lower()}@{host}"
    return f"web:{host}/{'/'.join(parts)}".rstrip("/")


def person_id_for_url(store: Store, url: str) -> str | None:
    """The stored person a profile URL belongs to, if any."""
    key = profile_url_key(url) if url else None
    return store.person_id_for_key(key) if key else None


def normalise_name(name: str) -> str:
    """A name as an identity key part (stored keys depend on it: matching uses `name_key`)."""
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", "", name.casefold())).strip()


# Invisible characters a pasted name carries (soft hyphens, zero-width spaces, direction marks).
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


def name_key(text: str) -> str:
    """Text folded for matching names: case, accents, Unicode form, punctuation and spacing do not count; nor the
    letters Unicode does not split into a base letter and an accent, which the shared fold writes as people type
    them ("Soren" for "Søren", "Lodz" for "Łódź", "Strasse" for "Straße")."""
    return fold(_INVISIBLE.sub("", text).casefold())


def text_matches(query: str, text: str) -> bool:
    """Whether `text` contains `query`, both folded as names are (`name_key`); a query that folds to
    nothing (punctuation alone) is looked for as typed, ignoring case."""
    needle = name_key(query)
    if not needle:
        return query.casefold() in text.casefold()
    return needle in name_key(text)


def person_id_for(key: str) -> str:
    return "p-" + hashlib.blake2b(key.encode(), digest_size=6).hexdigest()


def new_person(keys: list[str], now: datetime | None = None) -> dict:
    """An empty person record owning `keys`."""
    stamp = iso_now(now)
    return {
        "id": person_id_for(keys[0]),
        "keys": list(keys),
        "profiles": {},
        "history": [],
        "notes": [],
        "interactions": [],
        "commitments": [],
        "tags": [],
        "connected_on": None,
        "circle": None,
        "first_seen": stamp,
        "updated_at": stamp,
    }


def find_person_for_profile(store: Store, profile: Profile) -> dict | None:
    """The stored person that already owns one of this profile's identity keys, or one it links to.

    A link counts only when the names agree too: a page that links to somebody else's profile (a
    colleague, a co-founder) must not be merged into that person.
    """
    for key in identity_keys(profile):
        person_id = store.person_id_for_key(key)
        if person_id:
            return store.get_person(person_id)
    for key in linked_identity_keys(profile):
        person_id = store.person_id_for_key(key)
        doc = store.get_person(person_id) if person_id else None
        if doc and profile.name and normalise_name(display_name(doc)) == normalise_name(profile.name):
            return doc
    return None


def record_profile(doc: dict, profile: Profile, now: datetime | None = None) -> dict[str, list]:
    """Put a freshly captured profile into a person record; returns what changed since the last one."""
    site = profile.site or "web"
    new = profile.model_dump(mode="json")
    old = doc["profiles"].get(site)
    changes: dict[str, list] = {}
    if old:
        for field in TRACKED_FIELDS:
            if old.get(field) != new.get(field) and new.get(field) not in (None, [], ""):
                changes[field] = [old.get(field), new.get(field)]
        if profile.partial:
            # A partly rendered page must not erase what a full capture saw.
            new = {k: (v if v not in (None, [], "") else old.get(k)) for k, v in new.items()}
    doc["profiles"][site] = new
    if changes:
        doc["history"] = (doc.get("history", []) + [{"at": iso_now(now), "site": site, "changes": changes}])[
            -HISTORY_LIMIT:
        ]
    for key in identity_keys(profile):
        if key not in doc["keys"]:
            doc["keys"].append(key)
    doc["updated_at"] = iso_now(now)
    return changes


def upsert_profile(store: Store, profile: Profile, now: datetime | None = None, *, confirmed: bool = False) -> dict:
    """Store a captured profile: update the person who owns it, or create one. Durable on return."""
    with store.transaction():
        return save_profile(store, find_person_for_profile(store, profile), profile, now, confirmed=confirmed)


def save_profile(
    store: Store, doc: dict | None, profile: Profile, now: datetime | None = None, *, confirmed: bool = False
) -> dict:
    """Record `profile` in `doc` (the person already found for it, or None for a new person) and save.

    Conflict, with nothing saved, when it would rename the person to someone else's name without evidence
    that it is the same profile (`check_not_renamed`); `confirmed`: the page itself named this profile.
    """
    with store.transaction():
        check_not_renamed(doc, profile, confirmed=confirmed)
        if doc is None:
            doc = new_person(identity_keys(profile) or [f"url:{profile.url}"], now)
        record_profile(doc, profile, now)
        for key in linked_identity_keys(profile):
            # The profiles they link to are theirs too, unless someone else in the store already owns them.
            if key not in doc["keys"] and store.person_id_for_key(key) is None:
                doc["keys"].append(key)
        store.save_person(doc)
    return doc


def _name_words(name: str) -> list[str]:
    return re.findall(r"\w+", name_key(name))


def words_in_order(left: Sequence[str], right: Sequence[str]) -> bool:
    """Whether the words of the shorter of two names all appear in the longer, in the same order: the test
    behind "could these be one person's names" (here and in memory.identity)."""
    shorter, longer = (left, right) if len(left) <= len(right) else (right, left)
    words = iter(longer)
    return all(word in words for word in shorter)


def names_may_match(old: str, new: str) -> bool:
    """Whether two names can be one person's as written on one site: the words of the shorter appear in the
    longer, in order, however they are spelt ("Jane Doe" and "Jane Doe-Smith, PhD", "#!/kiko/beats" and
    "Kiko Beats"). "Eduardo Alvarez Nowak" and "Abgar Gulo" cannot."""
    left, right = _name_words(old), _name_words(new)
    return not left or not right or words_in_order(left, right)


def _folded(values) -> set[str]:
    return {name_key(str(v)).rstrip("/") for v in values if v} - {""}


def _entries(items, fields: tuple[str, ...]) -> set[tuple]:
    """Entries (jobs, schools) as tuples of their folded fields; only those with every field filled in."""
    out = set()
    for item in items or []:
        data = item if isinstance(item, dict) else item.model_dump()
        values = tuple(name_key(str(data.get(f) or "")) for f in fields)
        if all(values):
            out.add(values)
    return out


def same_profile_evidence(old: dict, new: Profile) -> bool:
    """Whether a new capture shares with the stored one (same site) a fact only the owner's profile carries:
    its member-id address, a post, its join date, a website, the same about text, or a job or school with
    its dates (a headline is not enough: colleagues share one). A person who changes their name keeps
    these; another person's page has none."""
    if _folded(old.get("aliases") or []) & _folded(new.aliases):
        return True
    if _folded(p.get("url") for p in old.get("posts") or []) & _folded(p.url for p in new.posts):
        return True
    if old.get("joined") and old.get("joined") == new.joined:
        return True
    if _folded(old.get("websites") or []) & _folded(new.websites):
        return True
    if old.get("about") and new.about and name_key(str(old["about"])) == name_key(new.about):
        return True
    job, school = ("company", "title", "start"), ("school", "start")
    if _entries(old.get("experience"), job) & _entries(new.experience, job):
        return True
    return bool(_entries(old.get("education"), school) & _entries(new.education, school))


def check_not_renamed(doc: dict | None, profile: Profile, *, confirmed: bool = False) -> None:
    """A re-capture never renames a person to someone else's name without evidence that it is the same
    profile: the page naming this profile's address itself (`confirmed`), or a fact both captures share
    (`same_profile_evidence`). Otherwise it is one person's page under another's address (a single-page
    app caught between two profiles), and it is refused with nothing saved."""
    if doc is None or confirmed or not profile.name:
        return
    old = doc.get("profiles", {}).get(profile.site or "web")
    if not old or not old.get("name") or names_may_match(old["name"], profile.name):
        return
    if same_profile_evidence(old, profile):
        return
    where = profile.handle or profile.url or "this address"
    raise Conflict(
        f"This page shows “{profile.name}”, but {where} is “{old['name']}” in your Rapport and nothing on the "
        "page shows it is the same profile, so nothing was saved: it was probably captured while the site was "
        "still switching profiles. Open the profile again and let it load."
    )


def merged_profile(doc: dict) -> Profile:
    """One Profile for a person seen on several sites: single fields by site priority, lists united."""
    return Profile.model_validate(merged_fields(doc))


def merged_fields(doc: dict, only: tuple[str, ...] | None = None) -> dict:
    """The fields merged_profile validates: its profiles' as stored, merged, before any check; `only`: just these."""
    profiles = [doc["profiles"][s] for s in SITE_PRIORITY if s in doc.get("profiles", {})]
    if not profiles:
        return {"name": doc.get("name")}
    merged: dict = {}
    for data in profiles:
        for field, value in data.items() if only is None else [(field, data.get(field)) for field in only]:
            if value in (None, "", []):
                continue
            if field not in merged or merged[field] in (None, "", []):
                merged[field] = value
            elif isinstance(value, list) and isinstance(merged[field], list):
                merged[field] = merged[field] + [v for v in value if v not in merged[field]]
    return merged


class Listed(NamedTuple):
    """What a list of people reads of each one's merged profile: name, handle, headline and employers."""

    name: str | None
    handle: str | None
    headline: str | None
    companies: list[str | None]


def _bound(model: type[BaseModel], field: str) -> int:
    return next(rule.max_length for rule in model.model_fields[field].metadata if hasattr(rule, "max_length"))


# The fields Listed reads, each with the longest a Profile keeps.
_LISTED = ("name", "handle", "headline", "experience")
_NAME_BOUND, _HANDLE_BOUND, _HEADLINE_BOUND = (_bound(Profile, field) for field in _LISTED[:3])
_COMPANY_BOUND = _bound(Experience, "company")


def _as_validated(value: Any, bound: int) -> bool:
    """Whether validating a Profile keeps `value` as it is: None, or a string within its bound with nothing to
    strip (no control character, nor any other unprintable one, and no surrounding whitespace)."""
    return value is None or (isinstance(value, str) and len(value) <= bound and value.isprintable()
                             and value == value.strip())


def listed_fields(doc: dict) -> Listed:
    """merged_profile(doc)'s name, handle, headline and employers: read from the merged fields when each is as a
    Profile keeps it (a stored profile was validated when it was saved), which is nearly always and costs a
    fraction of validating the whole profile; else from merged_profile. The people index lists everyone this
    way: 30,000 validations were most of the second a rebuilt index took."""
    fields = merged_fields(doc, _LISTED)
    name, handle, headline, jobs = (fields.get("name"), fields.get("handle"), fields.get("headline"),
                                    fields.get("experience", []))
    if (_as_validated(name, _NAME_BOUND) and _as_validated(handle, _HANDLE_BOUND)
            and _as_validated(headline, _HEADLINE_BOUND) and isinstance(jobs, list)):
        companies = [job.get("company") if isinstance(job, dict) else job for job in jobs]
        if all(isinstance(job, dict) for job in jobs) and all(_as_validated(c, _COMPANY_BOUND) for c in companies):
            return Listed(name, handle, headline, companies)
    them = merged_profile(doc)
    return Listed(them.name, them.handle, them.headline, [job.company for job in them.experience])


def display_name(doc: dict, profile: Profile | Listed | None = None) -> str:
    """The name to show for a person; `profile`: their merged_profile (or listed_fields) when the caller has it."""
    profile = merged_profile(doc) if profile is None else profile
    return profile.name or profile.handle or doc["id"]


_HANDLE = re.compile(r"@?[\w.-]{1,100}")


def handle_owners(store: Store, ref: str) -> list[str]:
    """The people whose profile on some site has `ref` as its handle (X users think in handles: newcomer finding
    F11), read from the identity keys, so no one is walked."""
    if not _HANDLE.fullmatch(ref):
        return []
    handle = ref.removeprefix("@").lower()
    found = (store.person_id_for_key(f"{site}:{handle}") for site in ("x", "linkedin", "bluesky", "github"))
    return list(dict.fromkeys(pid for pid in found if pid))


def is_person_id(ref: str) -> bool:
    """Whether `ref` is written as a person id: "p-", ASCII (ids are; "p-\\udcff", undecodable argv, is a name)."""
    return ref.startswith("p-") and ref.isascii()


def resolve_person(store: Store, ref: str) -> dict:
    """A person named by id, profile URL, handle, or a unique name fragment; ambiguity lists the candidates."""
    ref = ref.strip()
    if not ref:
        raise NotFound("Name a person: an id, a profile URL, or part of their name.")
    if is_person_id(ref):
        doc = store.get_person(ref)
        if doc:
            return doc
    if "/" in ref or "." in ref:
        person_id = person_id_for_url(store, ref)
        if person_id:
            return store.get_person(person_id)
    handles = handle_owners(store, ref)
    if ref.startswith("@") and len(handles) == 1:
        return store.get_person(handles[0])  # "@ana" means the handle
    needle = name_key(ref)
    if needle:
        keyed = [(doc, name_key(display_name(doc))) for doc in store.people()]
        matches = [doc for doc, key in keyed if needle in key]
        exact = [doc for doc, key in keyed if key == needle]
        if len(exact) == 1:
            matches = exact
        named = {doc["id"] for doc in matches}
        # A bare word is a name first: someone else's handle never silently beats it (review B: "ana" must not be
        # Mark Rivera whose X handle is ana); with no name matching, the handle's owner is meant; both: ask.
        others = [store.get_person(pid) for pid in handles if pid not in named]
        if not matches and len(others) == 1:
            return others[0]
        matches += others
        if len(matches) == 1:
            return store.get_person(matches[0]["id"])
        if len(matches) > 1:
            shown = ", ".join(f"{display_name(d)} ({d['id']})" for d in matches[:8])
            more = f" and {len(matches) - 8} more" if len(matches) > 8 else ""
            handle = f" (“@{ref.removeprefix('@')}” names the one with that handle)" if len(others) == 1 else ""
            raise Conflict(f"“{ref}” matches {len(matches)} people: {shown}{more}. Name one by its id (in brackets) "
                           f"or its profile link{handle}.")
    damaged = store.damaged_shards()
    if damaged:  # they may be in the file that could not be read: "no one called" would be a wrong answer
        raise NotFound(f"No one called “{ref}” could be read from your Rapport, but {len(damaged)} store "
                       f"file{'s are' if len(damaged) > 1 else ' is'} damaged ({', '.join(map(str, damaged))}) and "
                       f"they may be in it. {REPAIR_HINT}")
    raise NotFound(f"No one called “{ref}” is in your Rapport; see `companion people`.")
