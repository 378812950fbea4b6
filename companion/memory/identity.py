"""One person across sites: which stored records are the same person, joining them, splitting them back,
and keeping your own profiles out of your contacts.

Evidence between two records is read from every site profile each holds:

- a link: one names the other's address: a website (rel=me links land there), a profile URL or an
  @handle written in its headline or about ("@perceptnet" in a LinkedIn about is an X account), or a
  website on the domain that is the other's Bluesky handle;
- the same name: the words of the shorter name appear in the longer, in order, however they are spelt
  (`people.names_may_match`), and the shorter has at least two words: a first name is nobody's identity;
- facts, each kind counted once: an employer (current on at least one side, from a job or from the bio:
  "co-founder @SubstrateLabs", "CPO @ MavenAGI", "at Stripe"), a metro area or city, a school, the domain
  of a personal website.

**Strong**, linked at capture without asking: a link each way; a link one way between names that can be one
person's (initials count: "Dana O." and "Dana Okafor"); or the same name and at least two kinds of fact, with no contradiction (places in different
countries). **Moderate**, suggested and left to the user: any other link; the same name and one kind of
fact; or two kinds with a contradiction. A name alone suggests nothing.

Never joined: two records that each have a profile on the same site (one person has one profile per site
here), a pair the user split apart (`unmerge`), or a record that is you.

A joined record keeps `parts`: for each record it was made of, its id, sites, keys, tags, its own circle,
dates and other fields, and which notes, interactions and promises it brought, in their order. `unmerge`
gives each back exactly, with its own id, and remembers the two as `apart`.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property, lru_cache
from itertools import combinations
from urllib.parse import urlparse

from companion.errors import Conflict, InvalidInput, NotFound, OwnProfile
from companion.memory.me import not_me_keys, own_person_ids, own_profiles
from companion.memory.natural_dates import to_datetime
from companion.memory.notes import person_or_not_found
from companion.memory.people import (
    SITE_PRIORITY,
    display_name,
    find_person_for_profile,
    identity_keys,
    iso_now,
    name_key,
    new_person,
    person_id_for,
    profile_url_key,
    words_in_order,
)
from companion.memory.tie_strength import LAYERS
from companion.models import (
    SITE_NAMES,
    IdentityEvidence,
    MergePair,
    MergeRecord,
    MergeSuggestion,
    PersonRef,
    Profile,
    SiteLink,
    site_with_article,
)
from companion.storage.store import Store

STRONG, MODERATE = "strong", "moderate"
# A merge at capture follows the merged record's new evidence at most this many times.
MAX_LINKS_PER_CAPTURE = 3

# ---------------------------------------------------------------- what a profile says about its owner

# Hosts whose addresses are profiles (read as identity keys by people.profile_url_key), link shorteners (an
# address there is a post or an ad, not a person), and hosts shared by many people, where only the first
# part of the path is someone's own (linktr.ee/rob, medium.com/@rob).
_PROFILE_HOSTS = frozenset({"linkedin.com", "x.com", "twitter.com", "bsky.app", "github.com"})
_SHORTENERS = frozenset({"t.co", "bit.ly", "lnkd.in", "ow.ly", "buff.ly", "tinyurl.com", "goo.gl", "amzn.to",
                         "shorturl.at", "rebrand.ly", "cutt.ly", "is.gd", "dlvr.it", "trib.al"})
_SHARED_HOSTS = frozenset({
    "linktr.ee", "beacons.ai", "about.me", "medium.com", "substack.com", "youtube.com", "youtu.be",
    "instagram.com", "facebook.com", "fb.com", "tiktok.com", "threads.net", "calendly.com", "cal.com",
    "notion.site", "notion.so", "mastodon.social", "wordpress.com", "blogspot.com", "carrd.co", "gitlab.com",
    "google.com", "sites.google.com", "t.me", "wa.me", "discord.gg", "patreon.com", "ko-fi.com",
    "buymeacoffee.com", "soundcloud.com", "spotify.com", "open.spotify.com", "dribbble.com", "behance.net",
    "huggingface.co", "kaggle.com", "stackoverflow.com", "producthunt.com", "angel.co", "wellfound.com",
    "crunchbase.com", "bsky.social",
})
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'“”)\]]+", re.I)
_PROFILE_URL = re.compile(
    r"(?<![\w.])(?:linkedin\.com/in/[\w%-]+|(?:x|twitter)\.com/\w{1,15}|bsky\.app/profile/[\w.:-]+"
    r"|github\.com/[\w-]+)", re.I)
_X_MENTION = re.compile(r"(?<![\w@.])@([A-Za-z0-9_]{1,15})(?![\w@]|\.\w)")
_BSKY_MENTION = re.compile(r"(?<![\w@.])@([a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+)(?![\w@-])", re.I)
_FEDI_MENTION = re.compile(r"(?<![\w@.])@(\w+)@([\w-]+(?:\.[\w-]+)+)", re.I)
# Employers named in a headline or bio; the words before one may say it is a past one.
_AT_HANDLE = re.compile(r"(?<![\w@.])@([A-Za-z0-9_][\w&-]*)(?![\w@]|\.\w)")
_AT_SPACED = re.compile(r"(?<![\w@])@\s+([A-Z0-9][\w&.'’-]*(?:\s+[A-Z0-9][\w&.'’-]*){0,2})")
_AT_WORD = re.compile(r"\b(?:at|[Ff]ounder of|CEO of|CTO of)\s+([A-Z0-9][\w&.'’-]*(?:\s+[A-Z0-9][\w&.'’-]*){0,2})")
_EX_WORD = re.compile(r"\b[Ee]x[-‑ ]([A-Z0-9][\w&.'’]*)")
_PAST_BEFORE = re.compile(r"(?:formerly|previously|prev\.?|former|ex|past|alum(?:ni|nus|na)?\s+of)\W*$", re.I)
# Words after a company's name that name its form or a part, not another company ("SubstrateLabs").
_COMPANY_TAILS = ("labs", "lab", "hq", "inc", "ai", "app", "io", "co", "team", "official", "group", "studio",
                  "studios", "tech", "technologies", "software", "systems", "global", "corp", "llc", "ltd")
_NOT_EMPLOYERS = frozenset({"stealth", "stealthstartup", "freelance", "freelancer", "selfemployed",
                            "independent", "various", "confidential", "home", "none", "na", "the", "a"})


def _host(url: str) -> tuple[str, list[str]] | None:
    try:
        parsed = urlparse(url.strip() if "://" in url else f"https://{url.strip()}")
        host = (parsed.hostname or "").lower()
    except ValueError:
        return None
    host = host.removeprefix("www.").removeprefix("m.").removeprefix("mobile.")
    return (host, [p for p in parsed.path.split("/") if p]) if "." in host else None


def personal_domain(url: str) -> str | None:
    """The part of an address that is its owner's own ("kpitzen.io", "linktr.ee/rob"); None for profile
    pages, shorteners and a shared host's front page."""
    found = _host(url)
    if found is None:
        return None
    host, parts = found
    if host in _PROFILE_HOSTS or host in _SHORTENERS:
        return None
    if host in _SHARED_HOSTS:
        return f"{host}/{parts[0].lower()}" if parts else None
    return host


def _urls_in(text: str) -> list[str]:
    return [m.group(0).rstrip(".,;:!?") for m in _URL.finditer(text)] + [m.group(0) for m in _PROFILE_URL.finditer(text)]


def _mention_keys(text: str, site: str) -> set[str]:
    """Identity keys of accounts on other sites that a bio names by handle."""
    keys: set[str] = set()
    for user, host in _FEDI_MENTION.findall(text):
        if site != "mastodon":
            keys.add(f"mastodon:{user.lower()}@{host.lower()}")
    without_fedi = _FEDI_MENTION.sub(" ", text)
    if site != "bluesky":
        keys |= {f"bluesky:{h.lower()}" for h in _BSKY_MENTION.findall(without_fedi)}
    if site != "x":  # on X an @handle is another X account: someone else, or their company
        keys |= {f"x:{h.lower()}" for h in _X_MENTION.findall(without_fedi)}
    return keys


def _is_past(text: str, start: int) -> bool:
    return bool(_PAST_BEFORE.search(text[max(0, start - 24):start]))


def employers_in(text: str) -> list[tuple[str, bool]]:
    """Employers a headline or bio names, each with whether it is a current one."""
    found: list[tuple[str, bool]] = []
    for pattern in (_AT_HANDLE, _AT_SPACED, _AT_WORD):
        for match in pattern.finditer(text):
            wording = match.group(1).strip(" .,;:-'’")
            if wording:
                found.append((wording, not _is_past(text, match.start())))
    found += [(m.group(1).strip(" .,;:'’"), False) for m in _EX_WORD.finditer(text)]
    return found


def _compact(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name_key(text))


@lru_cache(maxsize=16_384)
def employer_forms(wording: str) -> frozenset[str]:
    """The forms an employer's name is compared by: its key in the company table, and its letters run
    together with and without a trailing "Labs", "HQ", "AI"... ("SubstrateLabs" ~ "꩜Substrate")."""
    from companion.ground.normalise.companies import normalise_company

    company = normalise_company(wording)
    compact = _compact(wording)
    if company is None or len(compact) < 2 or compact in _NOT_EMPLOYERS:
        return frozenset()
    forms = {company.key, f"c:{compact}"}
    for tail in _COMPANY_TAILS:
        if compact.endswith(tail) and len(compact) - len(tail) >= 4:
            forms.add(f"c:{compact[: -len(tail)]}")
    return frozenset(forms)


@lru_cache(maxsize=16_384)
def _place(wording: str):
    from companion.ground.normalise.places import resolve_place

    return resolve_place(wording)


@lru_cache(maxsize=16_384)
def _school_keys(wording: str) -> frozenset[str]:
    from companion.ground.normalise.schools import normalise_school

    school = normalise_school(wording)
    if school is None:
        return frozenset()
    return frozenset(k for k in (school.key, school.parent_key) if k)


@lru_cache(maxsize=65_536)
def _name_words(name: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", name_key(name)))


@lru_cache(maxsize=65_536)
def _word_set(name: str) -> frozenset[str]:
    return frozenset(_name_words(name))


def names_compatible(a: str, b: str) -> bool:
    """Whether two names can be one person's, initials included ("Dana O." and "Dana Okafor"); a missing name
    contradicts nothing."""
    left, right = _name_words(a), _name_words(b)
    if not left or not right:
        return True
    shorter, longer = (left, right) if len(left) <= len(right) else (right, left)
    words = iter(longer)
    # An initial on either side: of two names of two words each, either may be the shorter.
    return all(any(w == word or (len(word) == 1 and w.startswith(word)) or (len(w) == 1 and word.startswith(w))
                   for w in words) for word in shorter)


def same_name(a: str, b: str) -> bool:
    """Two names one person could write: the shorter's words in the longer, in order, and at least two
    (`people.words_in_order`, on words folded once per name)."""
    left, right = _name_words(a), _name_words(b)
    return min(len(left), len(right)) >= 2 and words_in_order(left, right)


@dataclass
class Traits:
    """What the profiles of one record (or one profile) say about who owns them."""

    profiles: dict[str, dict]
    keys: frozenset[str]

    @cached_property
    def sites(self) -> frozenset[str]:
        return frozenset(self.profiles)

    @cached_property
    def names(self) -> list[str]:
        return [data["name"] for data in self.profiles.values() if (data.get("name") or "").strip()]

    def _texts(self, data: dict) -> list[str]:
        return [str(data.get(f) or "") for f in ("headline", "about") if data.get(f)]

    @cached_property
    def owned(self) -> frozenset[str]:
        """What points at this record: its identity keys, and the domain its Bluesky handle is."""
        owned = set(self.keys)
        handle = (self.profiles.get("bluesky", {}).get("handle") or "").lower().lstrip("@")
        if "." in handle and not handle.endswith(".bsky.social"):
            owned.add(f"domain:{handle}")
        return frozenset(owned)

    @cached_property
    def links(self) -> dict[str, str]:
        """What this record's profiles point at (identity keys and domains), each with the wording that did."""
        found: dict[str, str] = {}
        for site, data in self.profiles.items():
            urls = [str(u) for u in data.get("websites") or []]
            for text in self._texts(data):
                urls += _urls_in(text)
                for key in _mention_keys(text, site):
                    found.setdefault(key, "@" + key.split(":", 1)[1])
            for url in urls:
                key = profile_url_key(url)
                if key and not key.startswith("web:"):
                    found.setdefault(key, url)
                domain = personal_domain(url)
                if domain and "/" not in domain:
                    found.setdefault(f"domain:{domain}", url)
        return {k: v for k, v in found.items() if k not in self.keys}

    @cached_property
    def domains(self) -> dict[str, str]:
        """The owner's own sites (`personal_domain`), each with the address that named it."""
        found: dict[str, str] = {}
        for data in self.profiles.values():
            urls = [str(u) for u in data.get("websites") or []]
            for text in self._texts(data):
                urls += [m.group(0).rstrip(".,;:!?") for m in _URL.finditer(text)]
            for url in urls:
                domain = personal_domain(url)
                if domain:
                    found.setdefault(domain, url)
        return found

    @cached_property
    def employers(self) -> list[tuple[frozenset[str], str, bool]]:
        """(forms, wording, current) for every employer named."""
        found = []
        for data in self.profiles.values():
            for job in data.get("experience") or []:
                if job.get("company"):
                    found.append((job["company"], not job.get("end")))
            found += employers_in(str(data.get("headline") or ""))
        return [(forms, wording, current) for wording, current in found if (forms := employer_forms(wording))]

    @cached_property
    def places(self) -> list[tuple[object, str]]:
        """(Place, wording) for every location that resolves to a place."""
        found = []
        for data in self.profiles.values():
            wording = (data.get("location") or "").strip()
            if wording and (place := _place(wording)) is not None:
                found.append((place, wording))
        return found

    @cached_property
    def schools(self) -> list[tuple[frozenset[str], str]]:
        """(keys, wording) for every school, its university's key among the keys."""
        return [(keys, e["school"]) for data in self.profiles.values() for e in data.get("education") or []
                if e.get("school") and (keys := _school_keys(e["school"]))]


def traits_of(doc: dict) -> Traits:
    """The traits of a stored person record."""
    return Traits(profiles=dict(doc.get("profiles", {})), keys=frozenset(doc.get("keys", [])))


def traits_of_profile(profile: Profile) -> Traits:
    """The traits of one profile, as if it were a record of its own."""
    return Traits(profiles={profile.site or "web": profile.model_dump(mode="json")}, keys=frozenset(identity_keys(profile)))


# ---------------------------------------------------------------- evidence


@dataclass
class Evidence:
    """How strongly two records look like one person, and why."""

    strength: str | None
    reasons: list[IdentityEvidence] = field(default_factory=list)

    @property
    def score(self) -> int:
        return (2 if self.strength == STRONG else 1 if self.strength else 0) * 100 + len(self.reasons)


def _site_label(site: str) -> str:
    return SITE_NAMES.get(site, site)


def _link_reasons(a: Traits, b: Traits) -> list[IdentityEvidence]:
    return [IdentityEvidence(kind="link", detail=f"{', '.join(_site_label(s) for s in sorted(a.sites))} links to {wording}")
            for key, wording in a.links.items() if key in b.owned]


def _plainer(wording_a: str, wording_b: str) -> str:
    """Of two wordings of one thing ("SubstrateLabs", "꩜Substrate"), the one a person would say: the shorter once the
    signs around it are trimmed. Evidence is said as people say it, "the same company (Substrate)", not as a
    developer's "SubstrateLabs ~ ꩜Substrate" (newcomer 7, P6)."""
    trimmed = [w.strip().strip("".join(c for c in w if not (c.isalnum() or c.isspace()))).strip() or w.strip()
               for w in (wording_a, wording_b)]
    return min(trimmed, key=len)


def _employer_match(a: Traits, b: Traits) -> IdentityEvidence | None:
    for forms_a, wording_a, now_a in a.employers:
        for forms_b, wording_b, now_b in b.employers:
            if (now_a or now_b) and forms_a & forms_b:
                return IdentityEvidence(kind="employer", detail=f"the same company ({_plainer(wording_a, wording_b)})")
    return None


def _place_match(a: Traits, b: Traits) -> IdentityEvidence | None:
    for place_a, wording_a in a.places:
        for place_b, wording_b in b.places:
            if place_a.metro and place_a.metro == place_b.metro:
                return IdentityEvidence(kind="place", detail=f"the same area ({place_a.metro_label or place_a.metro})")
            if place_a.city_id is not None and place_a.city_id == place_b.city_id:
                return IdentityEvidence(kind="place", detail=f"the same city ({place_a.city or _plainer(wording_a, wording_b)})")
    return None


def _place_conflict(a: Traits, b: Traits) -> IdentityEvidence | None:
    countries_a = {p.country for p, _ in a.places if p.country}
    countries_b = {p.country for p, _ in b.places if p.country}
    if countries_a and countries_b and not countries_a & countries_b:
        wording_a, wording_b = a.places[0][1], b.places[0][1]
        return IdentityEvidence(kind="conflict", detail=f"different countries: {wording_a} / {wording_b}")
    return None


def _school_match(a: Traits, b: Traits) -> IdentityEvidence | None:
    for keys_a, wording_a in a.schools:
        for keys_b, wording_b in b.schools:
            if keys_a & keys_b:
                return IdentityEvidence(kind="school", detail=f"the same school ({_plainer(wording_a, wording_b)})")
    return None


def _website_match(a: Traits, b: Traits) -> IdentityEvidence | None:
    for domain in a.domains:
        if domain in b.domains:
            return IdentityEvidence(kind="website", detail=f"the same website ({domain})")
    return None


def _linked(a: Traits, b: Traits, forward: list, backward: list) -> bool:
    """Strong by links: a link each way, or one way between names that can be one person's."""
    names_agree = not a.names or not b.names or any(names_compatible(x, y) for x in a.names for y in b.names)
    return bool(forward and backward) or (bool(forward or backward) and names_agree)


def compare(a: Traits, b: Traits) -> Evidence:
    """How strongly two records look like one person (the rules are in this module's docstring)."""
    forward, backward = _link_reasons(a, b), _link_reasons(b, a)
    named = next(((x, y) for x in a.names for y in b.names if same_name(x, y)), None)
    reasons = forward + backward
    if named:
        # the name as a person writes it: of "rob cheung" and "Rob Cheung", the one with capitals
        name = max(named, key=lambda n: (sum(c.isupper() for c in n), -len(n)))
        reasons.append(IdentityEvidence(kind="name", detail=f"the same name ({name})"))
    facts = []
    if named or reasons:  # facts are only worth reading when something else ties the two
        facts = [found for found in (_employer_match(a, b), _place_match(a, b), _school_match(a, b), _website_match(a, b))
                 if found is not None]
    conflict = _place_conflict(a, b) if named else None
    reasons += facts + ([conflict] if conflict else [])
    if _linked(a, b, forward, backward):
        return Evidence(STRONG, reasons)
    if named and len(facts) >= 2 and conflict is None:
        return Evidence(STRONG, reasons)
    if forward or backward or (named and facts):
        return Evidence(MODERATE, reasons)
    return Evidence(None, reasons)


# ---------------------------------------------------------------- your own profiles


def own_profile_matching(store: Store, profile: Profile) -> tuple[str, Evidence | None] | None:
    """(The site of your own profile that `profile` is, the evidence when it is not the same address), or None:
    the same address, linked to it strongly (`_linked`), or strong by the rules that join two contacts (your
    name and two kinds of fact: your X account with your name, your employer and your city), unless you said
    that profile is someone else's (me.not_me)."""
    own = own_profiles(store)
    if not own:
        return None
    keys = set(identity_keys(profile))
    for site, mine in own.items():
        if keys & set(identity_keys(mine)):
            return site, None
    theirs = traits_of_profile(profile)
    namesake = bool(keys & not_me_keys(store))  # looks like you, and you said it is not
    for site, mine in own.items():
        mine_traits = traits_of_profile(mine)
        if mine_traits.sites & theirs.sites:
            continue  # another profile on the same site as yours is someone else's
        forward, backward = _link_reasons(theirs, mine_traits), _link_reasons(mine_traits, theirs)
        if _linked(theirs, mine_traits, forward, backward):
            return site, None
        found = compare(theirs, mine_traits)
        if found.strength == STRONG and not namesake:
            return site, found
    return None


def is_you(store: Store, doc: dict) -> bool:
    """Whether a person record is you: it holds one of your own profiles, or a profile linked to yours; or a profile
    with your name and two facts of yours, when the record holds nothing you wrote or logged about them (a page
    captured before you said who you are). A namesake you keep notes, contacts or promises with stays a contact:
    shelving them would hide them from `people`, `export` and `forget`."""
    found = [own_profile_matching(store, Profile.model_validate(data)) for data in doc.get("profiles", {}).values()]
    if any(match is not None and match[1] is None for match in found):
        return True
    return not holds_what_you_wrote(doc) and any(match is not None for match in found)


def holds_what_you_wrote(doc: dict | None) -> bool:
    """Whether a record holds notes, logged contacts or promises: a namesake kept so is a contact, never you."""
    return bool(doc and (doc.get("notes") or doc.get("interactions") or doc.get("commitments")))


def records_that_are_you(store: Store) -> set[str]:
    """Stored records that are you (is_you): those holding your profiles' keys, those your profiles link to and
    those of your name, looked up in the name index rather than by reading everyone."""
    found = own_person_ids(store)
    for mine in own_profiles(store).values():
        for person_id in candidates_for(store, {"id": ""}, traits_of_profile(mine)) - found:
            doc = store.get_person(person_id)
            if doc is not None and is_you(store, doc):
                found.add(person_id)
    return found


def refuse_own_profile(store: Store, profile: Profile) -> None:
    """OwnProfile, with nothing stored, when a captured page is one of your own profiles: you are never one
    of your contacts."""
    found = own_profile_matching(store, profile)
    if found is None:
        return
    site, evidence = found
    if evidence is not None and holds_what_you_wrote(find_person_for_profile(store, profile)):
        return  # a namesake you keep notes on (is_you): their page is captured as theirs
    if evidence is None:
        raise OwnProfile(
            f"This is your own profile (your {_site_label(site)} profile is set as yours), so Rapport keeps it as "
            f"you, not as one of your contacts, and stored nothing. If it is not you, `companion me unset {site}`."
        )
    why = "; ".join(reason.detail for reason in evidence.reasons if reason.kind != "conflict")
    raise OwnProfile(
        f"This looks like your own profile (as your {_site_label(site)} profile: {why}), so Rapport keeps it as "
        f"you, not as one of your contacts, and stored nothing. If it is someone else, "
        f"`companion me not-me {profile.url or 'URL'}` and open it again."
    )


# ---------------------------------------------------------------- joining and splitting

# Fields of a record that merging and splitting handle one by one; any other field (circle, connected_on,
# first_seen, whatever a later version adds) is kept per part and combined.
_HANDLED = frozenset({"id", "keys", "profiles", "history", "notes", "interactions", "commitments", "tags",
                      "updated_at", "parts", "merges", "apart", "identity_suggestions"})
_BY_ID = ("notes", "interactions", "commitments")


def _part_of(doc: dict) -> dict:
    """What a record brings to a merge, enough to give it back exactly."""
    return {
        "id": doc["id"],
        "sites": list(doc.get("profiles", {})),
        "keys": list(doc.get("keys", [])),
        **{name: [item["id"] for item in doc.get(name, [])] for name in _BY_ID},
        "tags": list(doc.get("tags", [])),
        "apart": list(doc.get("apart", [])),
        "fields": {k: v for k, v in doc.items() if k not in _HANDLED},
    }


def parts_of(doc: dict) -> list[dict]:
    """The records a person was merged from (one, itself, when it never was)."""
    return doc.get("parts") or [_part_of(doc)]


def part_ids(doc: dict) -> set[str]:
    """The ids a person has had: its own and those of the records merged into it."""
    return {part["id"] for part in parts_of(doc)} | {doc["id"]}


def _combined_fields(parts: list[dict]) -> dict:
    """The other fields of a merged record: the earliest dates, the closest circle, else the first part's."""
    out: dict = {}
    for name in dict.fromkeys(k for part in parts for k in part["fields"]):
        values = [part["fields"].get(name) for part in parts if part["fields"].get(name) not in (None, "", [])]
        if name in ("first_seen", "connected_on"):
            out[name] = min(values) if values else None
        elif name == "circle":
            known = [v for v in values if v in LAYERS]
            out[name] = min(known, key=LAYERS.index) if known else (values[0] if values else None)
        else:
            out[name] = values[0] if values else parts[0]["fields"].get(name)
    return out


def _sorted_log(name: str, items: list[dict]) -> list[dict]:
    if name == "interactions":
        return sorted(items, key=lambda i: (to_datetime(i["at"]), i["id"]))
    return sorted(items, key=lambda i: (i.get("created_at") or "", i["id"]))


def is_apart(a: dict, b: dict) -> bool:
    """Whether the user split these two apart (or anything they are made of)."""
    return bool(part_ids(a) & set(b.get("apart", []))) or bool(part_ids(b) & set(a.get("apart", [])))


def why_not_joinable(store: Store, a: dict, b: dict, own: set[str] | None = None) -> str | None:
    """Why two records cannot be one person here, in a sentence; None when they can."""
    if a["id"] == b["id"]:
        return f"{display_name(a)} is already one person ({a['id']})."
    own = own_person_ids(store) if own is None else own
    for doc in (a, b):
        if doc["id"] in own:
            return f"{display_name(doc)} ({doc['id']}) is you: your own profile is never one of your contacts."
    shared = [s for s in a.get("profiles", {}) if s in b.get("profiles", {})]
    if shared:
        site = shared[0]
        return (f"Both have {site_with_article(site)} profile ({a['profiles'][site].get('url') or a['id']} and "
                f"{b['profiles'][site].get('url') or b['id']}), and one person has one profile per site here; "
                "`companion unmerge` or `companion forget` the wrong one first.")
    return None


def _survivor(a: dict, b: dict) -> tuple[dict, dict]:
    """Which record keeps its id: the one with more history with you, else the one known longer."""
    def weight(doc: dict) -> tuple:
        return (-sum(len(doc.get(name, [])) for name in _BY_ID), doc.get("first_seen") or "")

    return (a, b) if weight(a) <= weight(b) else (b, a)


def joined(keep: dict, gone: dict, how: str, reasons: Iterable[IdentityEvidence], now: datetime | None = None) -> dict:
    """One record from two: profiles, keys, history, notes, interactions, promises and tags of both."""
    parts = parts_of(keep) + parts_of(gone)
    doc = {
        "id": keep["id"],
        "keys": list(dict.fromkeys([*keep.get("keys", []), *gone.get("keys", [])])),
        "profiles": {**keep.get("profiles", {}), **gone.get("profiles", {})},
        "history": sorted(keep.get("history", []) + gone.get("history", []), key=lambda h: h.get("at") or ""),
        **{name: _sorted_log(name, keep.get(name, []) + gone.get(name, [])) for name in _BY_ID},
        "tags": list(dict.fromkeys([*keep.get("tags", []), *gone.get("tags", [])])),
        # From the two records as they are now (a circle chosen after an earlier merge counts).
        **_combined_fields([_part_of(keep), _part_of(gone)]),
        "parts": parts,
        "merges": keep.get("merges", []) + gone.get("merges", []) + [{
            "at": iso_now(now), "how": how, "ids": [keep["id"], gone["id"]], "evidence": [r.detail for r in reasons],
        }],
        "updated_at": iso_now(now),
    }
    doc["commitments"] = [{**c, "person_id": doc["id"]} for c in doc["commitments"]]
    ids = {part["id"] for part in parts}
    apart = [i for i in dict.fromkeys([*keep.get("apart", []), *gone.get("apart", [])]) if i not in ids]
    if apart:
        doc["apart"] = apart
    suggested = [i for i in dict.fromkeys([*keep.get("identity_suggestions", []), *gone.get("identity_suggestions", [])])
                 if i not in ids]
    if suggested:
        doc["identity_suggestions"] = suggested
    return doc


def merge_people(store: Store, a_id: str, b_id: str, *, how: str = "manual",
                 reasons: Iterable[IdentityEvidence] = (), now: datetime | None = None) -> dict:
    """Join two stored people into one (durably); returns the joined record, which keeps the id of the one
    with more history with you. Conflict when they cannot be one person here (`why_not_joinable`)."""
    with store.transaction():
        a, b = person_or_not_found(store, a_id), person_or_not_found(store, b_id)
        problem = why_not_joinable(store, a, b)
        if problem:
            raise (InvalidInput if a["id"] == b["id"] else Conflict)(problem)
        keep, gone = _survivor(a, b)
        doc = joined(keep, gone, how, reasons, now)
        store.delete_person(gone["id"])
        store.save_person(doc)
    return doc


def _key_site(key: str) -> str:
    kind = key.split(":", 1)[0]
    return "x" if kind == "x-id" else kind


def _in_order(items: list[dict], order: list) -> list[dict]:
    """`items` in the order `order` lists their ids, then the others as they were."""
    rank = {item_id: i for i, item_id in enumerate(order)}
    listed = sorted((item for item in items if item["id"] in rank), key=lambda item: rank[item["id"]])
    return listed + [item for item in items if item["id"] not in rank]


def _free_id(store: Store, wanted: str, taken: set[str]) -> str:
    candidate, n = wanted, 0
    while candidate in taken or store.get_person(candidate) is not None:
        n += 1
        candidate = person_id_for(f"{wanted}#{n}")
    return candidate


def unmerge_site(store: Store, person_id: str, site: str, now: datetime | None = None) -> tuple[dict, dict]:
    """Split `site` back out of a person (durably): the record it was merged from comes back whole, with its
    id, notes, interactions, promises, history, tags and circle; a site that came without a record of its
    own leaves with its profile and history only. Returns (the person that stays, the one split out); the
    two are remembered as apart and never linked again automatically."""
    with store.transaction():
        doc = person_or_not_found(store, person_id)
        profiles = doc.get("profiles", {})
        if site not in profiles:
            known = ", ".join(profiles) or "none"
            raise NotFound(f"{display_name(doc)} ({doc['id']}) has no {SITE_NAMES.get(site, site)} profile in your "
                           f"Rapport (sites: {known}).")
        if len(profiles) < 2:
            raise Conflict(f"{display_name(doc)} ({doc['id']}) is known from {SITE_NAMES.get(site, site)} only: "
                           "there is nothing to split.")
        parts = doc.get("parts") or []
        owner = next((p for p in parts if site in p["sites"]), None)
        if owner is not None and [s for s in owner["sites"] if s in profiles] == [site]:
            leaving, rest = owner, [p for p in parts if p is not owner]
        else:
            leaving, rest = None, parts
        stay, out = (_split_part(store, doc, leaving, rest, now) if leaving is not None
                     else _split_site(store, doc, site, owner, now))
        if stay["id"] != doc["id"]:
            store.delete_person(doc["id"])
        store.save_person(stay)
        store.save_person(out)
    return stay, out


def _split_part(store: Store, doc: dict, leaving: dict, rest: list[dict], now: datetime | None) -> tuple[dict, dict]:
    """A merged record without one of the records it was made of, and that record, both as they were."""
    sites = [s for s in leaving["sites"] if s in doc["profiles"]]
    rest_keys = {k for part in rest for k in part["keys"]}
    out_keys = [k for k in leaving["keys"] if k in doc["keys"]]
    out_keys += [k for k in doc["keys"] if _key_site(k) in sites and k not in rest_keys and k not in out_keys]
    stay_id = doc["id"] if doc["id"] != leaving["id"] else rest[0]["id"]
    out_id = leaving["id"] if leaving["id"] in (doc["id"], stay_id) or store.get_person(leaving["id"]) is None \
        else _free_id(store, leaving["id"], {doc["id"], stay_id})
    single = rest[0] if len(rest) == 1 else None
    by_id = {name: {item["id"]: item for item in doc.get(name, [])} for name in _BY_ID}

    out = {
        "id": out_id,
        "keys": out_keys,
        "profiles": {s: doc["profiles"][s] for s in sites},
        "history": [h for h in doc.get("history", []) if h.get("site") in sites],
        **{name: [by_id[name][i] for i in leaving[name] if i in by_id[name]] for name in _BY_ID},
        "tags": [t for t in leaving["tags"] if t in doc.get("tags", [])],
        **leaving["fields"],
        "apart": [*leaving["apart"], stay_id],
        "updated_at": iso_now(now),
    }
    out["commitments"] = [{**c, "person_id": out_id} for c in out["commitments"]]

    gone = {name: set(leaving[name]) for name in _BY_ID}
    stay = {k: v for k, v in doc.items() if k not in ("parts", "merges", "apart", "identity_suggestions")}
    stay["id"] = stay_id
    stay["keys"] = [k for k in doc["keys"] if k not in out_keys]
    stay["profiles"] = {s: p for s, p in doc["profiles"].items() if s not in sites}
    stay["history"] = [h for h in doc.get("history", []) if h.get("site") not in sites]
    for name in _BY_ID:
        items = [item for item in doc.get(name, []) if item["id"] not in gone[name]]
        stay[name] = _in_order(items, single[name]) if single else items
    stay["commitments"] = [{**c, "person_id": stay_id} for c in stay["commitments"]]
    every_tag = {t for part in [*rest, leaving] for t in part["tags"]}
    rest_tags = list(dict.fromkeys(t for part in rest for t in part["tags"]))
    stay["tags"] = [t for t in rest_tags if t in doc.get("tags", [])] + [t for t in doc.get("tags", []) if t not in every_tag]
    # A field the user changed after the merge keeps its new value; the others come back as they were.
    merged_then, rest_then = _combined_fields([*rest, leaving]), _combined_fields(rest)
    for name in dict.fromkeys([*merged_then, *rest_then]):
        if doc.get(name) != merged_then.get(name):
            continue
        if name in rest_then:
            stay[name] = rest_then[name]
        else:
            stay.pop(name, None)  # only the record that left had it
    apart = list(dict.fromkeys([*(single["apart"] if single else doc.get("apart", [])), out_id]))
    stay["apart"] = [i for i in apart if i != stay_id]
    if len(rest) > 1:
        stay["parts"] = rest
        merges = [m for m in doc.get("merges", []) if out_id not in m.get("ids", [])]
        if merges:
            stay["merges"] = merges
    suggested = [i for i in doc.get("identity_suggestions", []) if i != out_id]
    if suggested and len(rest) > 1:
        stay["identity_suggestions"] = suggested
    stay["updated_at"] = iso_now(now)
    return stay, out


def _split_site(store: Store, doc: dict, site: str, owner: dict | None, now: datetime | None) -> tuple[dict, dict]:
    """A site's profile split out of a record it did not come into by a merge: it leaves with its keys and
    history; notes, interactions and promises stay (nothing says which site they were about)."""
    data = doc["profiles"][site]
    keys = [k for k in doc["keys"] if _key_site(k) == site]
    if not keys:
        keys = identity_keys(Profile.model_validate(data)) or [f"url:{data.get('url') or doc['id']}"]
    out = new_person(keys, now)
    out["id"] = _free_id(store, out["id"], {doc["id"]})
    out["profiles"] = {site: data}
    out["history"] = [h for h in doc.get("history", []) if h.get("site") == site]
    out["apart"] = [doc["id"]]
    stay = dict(doc)
    stay["keys"] = [k for k in doc["keys"] if k not in keys]
    stay["profiles"] = {s: p for s, p in doc["profiles"].items() if s != site}
    stay["history"] = [h for h in doc.get("history", []) if h.get("site") != site]
    stay["apart"] = list(dict.fromkeys([*doc.get("apart", []), out["id"]]))
    if not stay["keys"]:  # everything it was known by was that site's: known again by its other profiles
        stay["keys"] = [k for p in stay["profiles"].values() for k in identity_keys(Profile.model_validate(p))
                        if k not in keys] or [f"url:{doc['id']}"]
    if owner is not None:
        stay["parts"] = [({**p, "sites": [s for s in p["sites"] if s != site], "keys": [k for k in p["keys"] if k not in keys]}
                          if p is owner else p) for p in doc["parts"]]
    stay["updated_at"] = iso_now(now)
    return stay, out


# ---------------------------------------------------------------- finding who is who


def _joinable(store: Store, a: dict, b: dict, own: set[str]) -> bool:
    return why_not_joinable(store, a, b, own) is None and not is_apart(a, b)


class NameIndex:
    """Stored people by the words of their names, kept per store and brought up to date shard by shard: only
    a shard whose signature moved is read again, so a capture finds the people of its name without walking
    everyone (30,000 people take ~40 ms to walk, a moved shard ~1 ms to read)."""

    def __init__(self) -> None:
        self.shards: dict[int, tuple[tuple | None, dict[str, frozenset[str]]]] = {}
        self.by_word: dict[str, set[str]] = {}
        self.lock = threading.Lock()

    def ids_with_two_of(self, store: Store, words: Iterable[str]) -> set[str]:
        """Who has two of `words` in their names (perhaps no longer: check their names)."""
        with self.lock:
            self._refresh(store)
            found: set[str] = set()
            for a, b in combinations(sorted(set(words)), 2):
                first, second = self.by_word.get(a, set()), self.by_word.get(b, set())
                found |= first & second
            return found

    def _refresh(self, store: Store) -> None:
        for i, on_disk in enumerate(store.people_version()):
            kept = self.shards.get(i)
            if kept is not None and kept[0] == on_disk:
                continue
            for person_id, words in (kept[1] if kept else {}).items():
                for word in words:
                    self.by_word[word].discard(person_id)
            signature, docs = store.shard_people(i)
            entries = {doc["id"]: frozenset().union(*(_word_set(p["name"]) for p in doc.get("profiles", {}).values()
                                                      if p.get("name"))) for doc in docs}
            for person_id, words in entries.items():
                for word in words:
                    self.by_word.setdefault(word, set()).add(person_id)
            self.shards[i] = (signature, entries)  # None (writes not flushed yet) is read again next time


_NAME_INDEXES: weakref.WeakKeyDictionary[Store, NameIndex] = weakref.WeakKeyDictionary()
_INDEXES_LOCK = threading.Lock()


def name_index(store: Store) -> NameIndex:
    """The name index of this store object (one per open store, built on first use)."""
    with _INDEXES_LOCK:
        index = _NAME_INDEXES.get(store)
        if index is None:
            index = _NAME_INDEXES[store] = NameIndex()
        return index


def same_name_ids(store: Store, names: list[str], exclude: set[str]) -> set[str]:
    """Stored people with a name one of `names` could be (`same_name`)."""
    names = [n for n in names if len(_name_words(n)) >= 2]
    if not names:
        return set()
    # The shorter name's words (two at least) are all in the longer: the two share two words.
    found = set()
    words = {w for n in names for w in _name_words(n)[:8]}
    for person_id in name_index(store).ids_with_two_of(store, words) - exclude:
        doc = store.peek_person(person_id)
        if doc and any(same_name(n, p["name"]) for p in doc.get("profiles", {}).values() if p.get("name")
                       for n in names):
            found.add(person_id)
    return found


def candidates_for(store: Store, doc: dict, traits: Traits, *, by_name: bool = True) -> set[str]:
    """People who might be `doc`'s owner on other sites: those its profiles point at, and those of its name."""
    found = {pid for key in traits.links if not key.startswith("domain:") and (pid := store.person_id_for_key(key))}
    found |= set(doc.get("identity_suggestions", []))
    if by_name:
        found |= same_name_ids(store, traits.names, {doc["id"]})
    return found - {doc["id"]}


def _signature(doc: dict) -> str:
    """What the identity checks read from a record, hashed: the same again means nothing new to look for."""
    fields = ("name", "handle", "location", "headline", "about", "websites", "experience", "education")
    data = [[site, [p.get(f) for f in fields]] for site, p in sorted(doc.get("profiles", {}).items())]
    return hashlib.blake2b(json.dumps(data, sort_keys=True, default=str).encode(), digest_size=8).hexdigest()


def link_after_capture(store: Store, doc: dict, now: datetime | None = None) -> dict:
    """After a capture is saved: join its person with the record of the same person on other sites when the
    evidence is strong (durably), and remember moderate matches as suggestions on both. Returns the person
    as it now is (the joined record, whose id may be the other's). Costs one walk through the people only
    when what the profiles say about their owner changed since the last look."""
    with store.transaction():
        own = own_person_ids(store)
        for _ in range(MAX_LINKS_PER_CAPTURE):
            if doc["id"] in own or doc.get("identity_seen") == _signature(doc):
                return doc
            traits = traits_of(doc)
            best: tuple[Evidence, dict] | None = None
            suggested = []
            for other_id in sorted(candidates_for(store, doc, traits)):
                other = store.get_person(other_id)
                if other is None or not _joinable(store, doc, other, own):
                    continue
                evidence = compare(traits, traits_of(other))
                if evidence.strength == STRONG and (best is None or evidence.score > best[0].score):
                    best = (evidence, other)
                elif evidence.strength:
                    suggested.append(other)
            if best is not None:
                try:
                    doc = merge_people(store, best[1]["id"], doc["id"], how="auto", reasons=best[0].reasons, now=now)
                    continue  # the joined record says more: look again
                except Conflict:  # changed under us (another process): the capture stands, unlinked
                    pass
            _remember_suggestions(store, doc, suggested)
            doc = store.get_person(doc["id"]) or doc
            doc["identity_seen"] = _signature(doc)
            store.save_person(doc)
            return doc
        return doc


def _remember_suggestions(store: Store, doc: dict, others: list[dict]) -> None:
    for other in others:
        if doc["id"] not in other.get("identity_suggestions", []):
            other["identity_suggestions"] = [*other.get("identity_suggestions", []), doc["id"]]
            store.save_person(other)
    ids = [o["id"] for o in others if o["id"] not in doc.get("identity_suggestions", [])]
    if ids:
        fresh = store.get_person(doc["id"]) or doc
        fresh["identity_suggestions"] = [*fresh.get("identity_suggestions", []), *ids]
        store.save_person(fresh)


def person_ref(doc: dict) -> PersonRef:
    return PersonRef(person_id=doc["id"], name=display_name(doc), sites=list(_sites_in_order(doc)))


def _sites_in_order(doc: dict) -> list[str]:
    profiles = doc.get("profiles", {})
    return [s for s in SITE_PRIORITY if s in profiles] + [s for s in profiles if s not in SITE_PRIORITY]


def also_on(doc: dict) -> list[SiteLink]:
    """Every site a person is known on, with the address (for the panel's "also on")."""
    return [SiteLink(site=site, url=doc["profiles"][site].get("url"), handle=doc["profiles"][site].get("handle"))
            for site in _sites_in_order(doc)]


def merges_of(doc: dict) -> list[MergeRecord]:
    """How a person's records were joined, oldest first: automatically (with the evidence) or accepted by you,
    each with the sites of the two records it joined (those still part of this person)."""
    sites_of = {part["id"]: part.get("sites", []) for part in doc.get("parts", [])}
    here = doc.get("profiles", {})
    records = []
    for merge in doc.get("merges", []):
        sites = dict.fromkeys(site for pid in merge.get("ids", []) for site in sites_of.get(pid, []) if site in here)
        records.append(MergeRecord(how="automatic" if merge.get("how") == "auto" else "accepted", at=merge.get("at"),
                                   sites=[s for s in _sites_in_order(doc) if s in sites],
                                   evidence=merge.get("evidence", []) if merge.get("how") == "auto" else [],
                                   undo_site=_undo_site(doc, merge.get("ids", []))))
    return records


def _undo_site(doc: dict, ids: list[str]) -> str | None:
    """A site `unmerge_site` gives back with a whole record this merge joined (the one brought in first): its
    part holds that one site alone still here. A part with two sites left takes the split path and the join
    stays, so such a site is no undo; None when no part qualifies."""
    here = doc.get("profiles", {})
    parts = doc.get("parts") or []
    for pid in reversed(ids):
        part = next((p for p in parts if p["id"] == pid), None)
        left = [s for s in part["sites"] if s in here] if part else []
        # unmerge_site finds a site's part as the first that lists it: the same part, or it is no undo.
        if len(left) == 1 and next(p for p in parts if left[0] in p["sites"]) is part:
            return left[0]
    return None


def merge_suggestions(store: Store, doc: dict) -> list[MergeSuggestion]:
    """Other stored people who may be this one: those remembered at capture and those its profiles point
    at, each with its evidence, the strongest first. Reads no one else (no walk through the people)."""
    own = own_person_ids(store)
    traits = traits_of(doc)
    found = []
    for other_id in sorted(candidates_for(store, doc, traits, by_name=False)):
        other = store.peek_person(other_id)
        if other is None or not _joinable(store, doc, other, own):
            continue
        evidence = compare(traits, traits_of(other))
        if evidence.strength:
            found.append((evidence, MergeSuggestion(**person_ref(other).model_dump(), strength=evidence.strength,
                                                    evidence=evidence.reasons)))
    found.sort(key=lambda f: -f[0].score)
    return [suggestion for _, suggestion in found]


def suggest_merges(store: Store) -> list[MergePair]:
    """Every pair of stored people who look like one person, with the evidence, the strongest first: people
    of one name (by pairs of words of it), people whose profiles point at each other, and the suggestions
    remembered at capture."""
    own = own_person_ids(store)
    docs = {doc["id"]: doc for doc in store.people() if doc["id"] not in own}
    traits = {pid: traits_of(doc) for pid, doc in docs.items()}
    pairs: set[tuple[str, str]] = set()
    blocks: dict[tuple[str, str], list[str]] = {}
    owners: dict[str, str] = {}
    for pid, t in traits.items():
        words = {pair for name in t.names for pair in combinations(_name_words(name)[:5], 2)}
        for pair in words:
            blocks.setdefault(pair, []).append(pid)
        for target in t.owned:
            owners[target] = pid
    for members in blocks.values():
        pairs |= {tuple(sorted(p)) for p in combinations(members, 2)}
    for pid, t in traits.items():
        pairs |= {tuple(sorted((pid, owners[k]))) for k in t.links if owners.get(k, pid) != pid}
        pairs |= {tuple(sorted((pid, o))) for o in docs[pid].get("identity_suggestions", []) if o in docs and o != pid}
    found = []
    for a_id, b_id in sorted(pairs):
        a, b = docs[a_id], docs[b_id]
        if not _joinable(store, a, b, own):
            continue
        evidence = compare(traits[a_id], traits[b_id])
        if evidence.strength:
            found.append((evidence, MergePair(a=person_ref(a), b=person_ref(b), strength=evidence.strength,
                                              evidence=evidence.reasons)))
    found.sort(key=lambda f: (-f[0].score, f[1].a.name.casefold(), f[1].b.name.casefold()))
    return [pair for _, pair in found]

