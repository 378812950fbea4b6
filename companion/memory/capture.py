"""A capture: a page the user opened becomes a stored person with common ground and starters."""

from __future__ import annotations

import threading
from collections import OrderedDict
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from companion.memory.followups import opener_among, starters_as_you_know_them, why_held_back
from companion.memory.identity import also_on, link_after_capture, merge_suggestions, merges_of, refuse_own_profile
from companion.memory.me import load_me
from companion.memory.people import find_person_for_profile, merged_profile, name_key, save_profile, utc_now
from companion.memory.tie_strength import check_in_soon, tie_of
from companion.models import CaptureResponse, CheckIn, CommonGround, PersonView, Profile, Starter, Tie
from companion.storage.store import Store

if TYPE_CHECKING:  # the parsers (and bs4) are imported by read_capture: a person's card (`show`) needs none
    from companion.ground.rarity import LiveRarity, RarityIndex
    from companion.memory.answers import KeptGround
    from companion.parsers import CapturedPage


class GroundCache:
    """Common ground and starters per person, reused until the person, the settings, the day or the
    contacts the weights come from (`rarity.generation`) change.

    Starters are checked by the send guard one by one, so they are the costly part of a check to a known
    recipient; a user sends several messages to the same person, and each send is checked.

    Beside an entry, once asked (why_none_shown), as its third item (as KeptGround keeps it):
    starters.why_no_starters' sentence, which rests on what the starters rest on (both profiles, the common ground, the
    day), so it lives and dies with the entry. The companion's request threads share one cache: one structure, changed
    under a lock.
    """

    def __init__(self, size: int = 1024, rarity: LiveRarity | None = None):
        self.size = size
        self.rarity = rarity
        # (common ground, starters) or, once asked, (common ground, starters, why_no_starters' sentence)
        self._entries: OrderedDict[tuple, tuple] = OrderedDict()
        self._lock = threading.Lock()

    def key(self, store: Store, doc: dict, now: datetime) -> tuple:
        generation = self.rarity.generation if self.rarity is not None else None
        return (doc["id"], doc.get("updated_at"), store.settings_version(), now.date(), generation)

    def get(self, key: tuple) -> tuple[CommonGround, list[Starter]] | None:
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
        return found[:2] if found is not None else None

    def put(self, key: tuple, value: tuple[CommonGround, list[Starter]]) -> None:
        with self._lock:
            self._entries[key] = tuple(value[:2])  # a new entry: any sentence kept was for the old one
            if len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def why(self, key: tuple) -> tuple[str | None] | None:
        """(the kept why_no_starters sentence,) for an entry, None when not kept."""
        found = self._entries.get(key)  # one read: an entry evicted meanwhile is simply not kept
        return (found[2],) if found is not None and len(found) == 3 else None

    def put_why(self, key: tuple, why: str | None) -> None:
        with self._lock:
            found = self._entries.get(key)
            if found is not None:  # only beside its entry: evicted with it
                self._entries[key] = (found[0], found[1], why)


def ground_and_starters(
    store: Store, them: Profile, rarity: RarityIndex | None, now: datetime | None = None, me: Profile | None = None
) -> tuple[CommonGround, list[Starter]]:
    """Common ground with the user's own profile (empty until `me` is set) and starters for `them`; `me` when
    the caller has already read it."""
    # Imported here: a card whose common ground and starters are cached (`companion show`) needs neither.
    from companion.ground.common_ground import find_common_ground
    from companion.ground.starters import suggest_starters

    me = me or load_me(store)
    # `them` is a stored contact, counted in `rarity`: what they share is judged by the others (newcomer 5, item 9).
    common_ground = find_common_ground(me, them, rarity, counted=(them,)) if me else CommonGround()
    starters = suggest_starters(me or Profile(), them, common_ground, now=now)
    return common_ground, starters


def read_capture(html: str, url: str, today: date | None = None) -> CapturedPage:
    """The profile a page captured live at `url` shows, dated `today` (the day it is captured: a live page is
    current); pure (no store), so it may run off the event loop.

    ProfileMismatch (a NotAProfile, nothing stored) when the page's own identity (canonical link, og:url,
    the profile's self-links, the title and the top card's name) says it is someone else's profile: a
    single-page app moved to a new address before rendering the new profile. NotAProfile when it is not one.
    """
    from companion.parsers import parse_capture

    page = parse_capture(html, url)
    page.profile.page_date = (today or utc_now().date()).isoformat()
    return page


# How entries of a list are told apart across captures: the same job, school, volunteering or word.
ENTRY_FIELDS: dict[str, tuple[str, ...]] = {
    "experience": ("company", "title", "start"),
    "education": ("school", "degree"),
    "volunteering": ("organization", "role"),
}
LISTS_KEPT = ("skills", "languages", "interests", "websites", "aliases")
# Enough to tell one entry whatever else is worded differently: the same school from the same year is one
# degree, though pages years apart word it differently ("Bachelor of Science - BS", "Bachelor of Science (B.Sc.)").
ENTRY_KEYS: dict[str, tuple[str, ...]] = {"education": ("school", "start")}


def _same_entry(old: dict | str, new: dict | str, fields: tuple[str, ...]) -> bool:
    """Whether two entries are one: every field both give agrees (a start agrees with a more precise one,
    2019 with 2019-03), or their ENTRY_KEYS do; entries that share no field are not the same."""
    if isinstance(old, str) or isinstance(new, str):
        return name_key(str(old)) == name_key(str(new))
    keys = next((keys for name, keys in ENTRY_KEYS.items() if fields == ENTRY_FIELDS[name]), ())
    if keys and all(old.get(key) and new.get(key) for key in keys) and _same_entry(
            {key: old[key] for key in keys}, {key: new[key] for key in keys}, keys):
        return True
    shared = 0
    for field in fields:
        left, right = old.get(field), new.get(field)
        if not left or not right:
            continue
        if field == "start":
            if not (str(left).startswith(str(right)) or str(right).startswith(str(left))):
                return False
        elif name_key(str(left)) != name_key(str(right)):
            return False
        shared += 1
    return shared > 0


def _merged_list(old: list, new: list, fields: tuple[str, ...]) -> list:
    """The new page's entries (newer values win for the same entry) with the stored ones it does not show,
    each put back after the entry it followed when stored (stored ones before any the page shows: before the
    first it shows; none shown: after the page's), so the list keeps its order."""
    merged = list(new)
    matches = [next((item for item in new if _same_entry(entry, item, fields)), None) for entry in old]
    after = None  # the merged entry the next stored one follows
    first_shown = next((match for match in matches if match is not None), None)
    for entry, match in zip(old, matches, strict=True):
        if match is None:
            if after is not None:
                at = next(i for i, item in enumerate(merged) if item is after) + 1
            elif first_shown is not None:
                at = next(i for i, item in enumerate(merged) if item is first_shown)
            else:
                at = len(merged)
            merged.insert(at, entry)
            match = entry
        after = match
    return merged


def _an_old_page(page_date: str | None) -> bool:
    """Whether a page is old enough for `parsers.dated` to have ended its "Present" roles at its date: a live capture
    (dated today) or a recent file never is, and a role it shows ending this month ended (review of the stop)."""
    from companion.parsers import OLD_PAGE  # here: a person's card (`show`) imports no parser

    return bool(page_date) and _surely_before(page_date, (datetime.now(UTC).date() - OLD_PAGE).isoformat())


def _keep_current_roles(stored: list[dict], shown: list[dict], page_date: str | None) -> None:
    """Roles stored as current stay current when an old page not surely newer ends them only at its own date (its
    "Present" read as "until the page was saved", parsers.dated): that says when the page was saved, not that the
    role ended."""
    for job in shown:
        if job.get("end") and page_date and page_date.startswith(job["end"]) and any(
                entry.get("end") is None and _same_entry(entry, job, ENTRY_FIELDS["experience"]) for entry in stored):
            job["end"] = None


def with_what_the_page_does_not_show(old: dict | None, profile: Profile) -> Profile:
    """`profile` with what the stored capture of the same site (`old`) saw and this page does not show.

    LinkedIn's logged-in layout lists only the first jobs and schools behind "Show all 12 experiences", a guest
    page one job: a capture that shows less is not a person who has less (newcomer finding F4). Jobs, schools,
    volunteering, skills and the other lists are merged by identity of the entry, the new page's value winning
    for the same entry; a field the page leaves empty keeps the stored one. The parsers do not say how many
    entries a page hides, so an entry the person removed is kept. A page older than the stored one goes through
    with_what_an_older_page_adds instead.
    """
    if not old:
        return profile
    new = profile.model_dump(mode="json")
    if not _surely_before(old.get("page_date"), profile.page_date) and _an_old_page(profile.page_date):
        _keep_current_roles(old.get("experience") or [], new["experience"], profile.page_date)
    for field, value in new.items():
        before = old.get(field)
        if before in (None, "", []) or field == "partial":
            continue
        if value in (None, "", []):
            new[field] = before
        elif field in ENTRY_FIELDS or field in LISTS_KEPT:
            new[field] = _merged_list(before, value, ENTRY_FIELDS.get(field, ()))
    return Profile.model_validate(new)


OLDER_PAGE_NOTE = "older than what Rapport has: kept only what was new"


def _surely_before(date: str | None, than: str | None) -> bool:
    """Whether one page date surely comes before another (both known)."""
    from companion.parsers.page import is_older  # here: a person's card (`show`) imports no parser

    return is_older(date, than)


def is_older_page(old: dict | None, profile: Profile) -> bool:
    """Whether the captured page is surely older than the stored capture of the same site (both dated)."""
    return bool(old) and _surely_before(profile.page_date, old.get("page_date"))


def with_what_an_older_page_adds(old: dict, profile: Profile) -> Profile:
    """The stored capture with what an older page (`profile`) adds: older roles, schools, list entries, and the
    fields the stored one leaves empty. Its name, headline, location and current roles do not replace newer ones
    (newcomer finding 6): a role it shows as current that the newer page does not show ended by then, at the
    latest when the newer page was saved, so it ends at the older page's date."""
    newer = Profile.model_validate(old)
    older = profile.model_copy(deep=True)
    known = [job.model_dump(mode="json") for job in newer.experience]
    for job in older.experience:
        if job.end is None and not any(_same_entry(entry, job.model_dump(mode="json"), ENTRY_FIELDS["experience"])
                                       for entry in known):
            job.end = older.page_date
    merged = with_what_the_page_does_not_show(older.model_dump(mode="json"), newer)
    return merged.model_copy(update={"partial": newer.partial})


def store_capture(
    store: Store, page: CapturedPage, rarity: LiveRarity | None, now: datetime | None = None
) -> CaptureResponse:
    """Store a read capture (durably) and answer with common ground and starters. Conflict, with nothing
    stored, when it would rename the person at that address to someone else without evidence that it is
    the same profile (people.check_not_renamed). The capture is counted in `rarity` (queued there while it
    is still being built)."""
    now = now or utc_now()
    profile = page.profile
    refuse_own_profile(store, profile)  # OwnProfile: your own page is never stored as a contact
    with store.transaction():
        doc = find_person_for_profile(store, profile)
        # The person's profile before this capture, so the rarity index can forget it.
        before = merged_profile(doc) if doc else None
        note = None
        if doc is not None:
            old = doc["profiles"].get(profile.site or "web")
            if is_older_page(old, profile):
                profile, note = with_what_an_older_page_adds(old, profile), OLDER_PAGE_NOTE
            else:
                profile = with_what_the_page_does_not_show(old, profile)
        doc = save_profile(store, doc, profile, now, confirmed=page.confirmed)
        doc = link_after_capture(store, doc, now)  # the same person on another site: one record
    them = merged_profile(doc)
    if rarity is not None:
        rarity.replace(before, them)
    me = load_me(store)
    common_ground, starters = ground_and_starters(store, them, rarity.index if rarity else None, now, me)
    starters = starters_as_you_know_them(doc, tie_of(doc, now, store.get_setting("tie_weights")), starters, now, me)
    return CaptureResponse(person_id=doc["id"], profile=them, common_ground=common_ground, starters=starters,
                           note=note)


def capture_page(store: Store, url: str, html: str, rarity: LiveRarity | None, now: datetime | None = None) -> CaptureResponse:
    """Parse, check, store (durably) and answer with common ground and starters: `read_capture`, then
    `store_capture`. NotAProfile when it is not one, ProfileMismatch when it shows another profile than the
    one at `url`, Conflict when it would rename a stored person to someone else's name."""
    return store_capture(store, read_capture(html, url, now.date() if now else None), rarity, now)


def cached_ground_and_starters(
    store: Store, doc: dict, rarity: RarityIndex | None, cache: GroundCache | None, now: datetime,
    them: Profile | None = None, me: Profile | None = None, key: tuple | None = None,
) -> tuple[CommonGround, list[Starter]]:
    """Common ground and starters for a stored person, from the cache while it holds; `me` when the caller has
    already read it, `key` its cache key when it has already made it."""
    if cache is not None and key is None:
        key = cache.key(store, doc, now)
    found = cache.get(key) if cache is not None else None
    if found is None:
        found = ground_and_starters(store, them or merged_profile(doc), rarity, now, me)
        if cache is not None:
            cache.put(key, found)
    return found


_UNREAD = Profile()  # person_view's `me` when the caller has not read your profile


def person_view(
    store: Store, doc: dict, rarity: RarityIndex | None, now: datetime | None = None, cache: GroundCache | None = None,
    me: Profile | None = _UNREAD,
) -> PersonView:
    """Everything the side panel and `companion show` need about one person; `me` (your profile, None when not
    set) when the caller has already read it."""
    now = now or utc_now()
    them = merged_profile(doc)
    if me is _UNREAD:
        me = load_me(store)
    key = cache.key(store, doc, now) if cache is not None else None
    common_ground, starters = cached_ground_and_starters(store, doc, rarity, cache, now, them, me, key)
    tie = tie_of(doc, now, store.get_setting("tie_weights"))
    found, starters = starters, starters_as_you_know_them(doc, tie, starters, now, me)
    return PersonView(
        person_id=doc["id"],
        profile=them,
        notes=doc.get("notes", []),
        interactions=doc.get("interactions", []),
        commitments=doc.get("commitments", []),
        tags=doc.get("tags", []),
        common_ground=common_ground,
        starters=starters,
        tie=tie,
        check_in=check_in_of(doc, tie, now, starters, me),
        also_on=also_on(doc),
        merge_suggestions=merge_suggestions(store, doc),
        merges=merges_of(doc),
        why_no_starters=why_none_shown(doc, tie, found, starters, me, them, common_ground, now, cache, key),
    )


def why_none_shown(doc: dict, tie: Tie, found: list[Starter], shown: list[Starter], me: Profile | None,
                   them: Profile, common_ground: CommonGround, now: datetime,
                   cache: GroundCache | KeptGround | None = None, key: tuple | None = None) -> str | None:
    """With no starter shown, the rule that decided: starters_as_you_know_them held the `found` ones back
    (why_held_back), else the rule of suggest_starters (starters.why_no_starters, only with your profile set); None
    otherwise. The one reading for the panel's card (person_view) and `companion starters` (starters_answer).
    The rule's sentence (about 2.5 ms) is kept in `cache` beside the starters under their `key`: it rests on what
    they rest on. What is shown and held back is read afresh: it rests on the log and promises too, which a
    new promise changes without changing the key."""
    if shown:
        return None
    held = why_held_back(doc, tie, found)
    if held or me is None:
        return held
    kept = cache.why(key) if cache is not None and key is not None else None
    if kept is not None:
        return kept[0]
    from companion.ground.starters import why_no_starters

    why = why_no_starters(me, them, common_ground, now=now)
    if cache is not None and key is not None:
        cache.put_why(key, why)
    return why


def check_in_of(doc: dict, tie: Tie, now: datetime, starters: list[Starter], me: Profile | None = None) -> CheckIn | None:
    """The next check-in with its opener (the one `companion followups` gives), for anyone with a check-in
    clock running; None for people without one (strangers, new connections). `starters`: the card's own as you
    know them (starters_as_you_know_them), among which the opener is: neither they nor your history's opener are
    computed a second time. `me`: your profile, so that our own line, when the list is empty, is in the language
    of the other openers (followups.check_in_language)."""
    if not tie.next_check_in:
        return None
    return CheckIn(due=tie.next_check_in, overdue=tie.overdue, soon=check_in_soon(tie.next_check_in, now),
                   opener=opener_among(starters, doc, tie, now, me))
