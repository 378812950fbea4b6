"""What each read command answers (`people`, `show`, `starters`, `followups`, `commitments`, `check`),
computed from a store: the CLI prints it, and a running companion computes it for the CLI over the local
API (GET /v1/cli/...), so both paths run this code and print the same.

Each answer is a pydantic model that crosses JSON unchanged. A function that needs only some people reads
the store's people index first (`person_summary`: a name, sites, tags... per person) and then only the
people it names, so a `PartialStore` loads only their shards. The index narrows, never decides: each
function walks the people the memory function it calls would have kept (`Among`), in the store's order,
so its answer is that function's own (tests/test_people_index.py holds them side by side).

Common ground, starters and the guard are imported by the functions that use them: importing this module
costs no normalisation table and no guard pattern.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
from collections.abc import Callable, Collection, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, ValidationError

from companion.errors import BadRequest, InvalidInput, NotFound
from companion.memory.people import (
    Listed,
    display_name,
    listed_fields,
    merged_profile,
    name_key,
    resolve_person,
    text_matches,
    utc_now,
)
from companion.memory.tie_strength import clock_runs, tie_of
from companion.models import CommonGround, PersonView, Profile, Starter, Tie, Verdict
from companion.storage.store import Store, Summariser

if TYPE_CHECKING:
    from companion.ground.rarity import RarityIndex
    from companion.memory.commitments import CommitmentItem
    from companion.memory.followups import CheckInLanguages, FollowUp

SORTS = ("name", "strength", "last-contact", "added", "tier")
TIER_ORDER = {"twins": 3, "coincidence": 2, "small-world": 1, "none": 0}
# A command builds its rarity index from at most this many stored people: shares estimated from an even
# sample are as good, and a store of 30,000 would otherwise take seconds on every run.
RARITY_SAMPLE = 3_000


# ------------------------------------------------------------------ the people index


def person_label(doc: dict, name: str | None = None) -> str:
    """A name to show (`name`: display_name(doc), when known already); people known only by an X account
    number show that number."""
    name = display_name(doc) if name is None else name
    if name == doc["id"] and "x" in doc.get("profiles", {}):
        key = next((k for k in doc.get("keys", []) if k.startswith("x-id:")), None)
        if key:
            return f"X account {key.split(':', 1)[1]}"
    return name


# Between the fields of a summary's search text: neither a space nor a word character, so no two fields read
# as one name to `forget`'s search ("Ana" and "almeida" are not "Ana almeida"); matching reads it as a space.
FIELD_SEPARATOR = "\x1f"


def search_fields(listed: Listed) -> list[str]:
    """What `companion people --search` looks in (joined by spaces): name, handle, headline and companies."""
    return [listed.name or "", listed.handle or "", listed.headline or ""] + [company or "" for company in listed.companies]


def has_clock(doc: dict) -> bool:
    """Whether a check-in clock runs for this person (an open promise with a due day starts one, too): overdue()
    passes over everyone else."""
    return clock_runs(doc)


def person_summary(doc: dict) -> dict:
    """What the people index keeps about a person: enough to find them by name and to list a page of people.

    Only values as the record holds them, each its own string: a folded name ("ana almeida 1" for
    "Ana Almeida-1") or fields run together would read as a mention of someone else to `forget`'s search.
    """
    them = listed_fields(doc)
    name = display_name(doc, them)
    summary = {
        "label": person_label(doc, name),
        "sites": sorted(doc.get("profiles", {})),
        "tags": doc.get("tags", []),
        "first_seen": doc.get("first_seen"),
        "search": FIELD_SEPARATOR.join(search_fields(them)),
        "commitments": bool(doc.get("commitments")),
        "clock": has_clock(doc),
    }
    if name != summary["label"]:
        summary["name"] = name  # what resolve_person matches a name fragment against, when not the label
    return summary


def code_signature(files: Iterable[Path]) -> str:
    """A name for the code (and data) in `files`, as they are now: what a cache computed by them is kept under,
    so an upgrade that changes any of them makes the old cache untrusted."""
    signatures = ";".join(f"{path.name}:{path.stat().st_mtime_ns}:{path.stat().st_size}" for path in files)
    return hashlib.blake2b(signatures.encode(), digest_size=8).hexdigest()


@functools.cache
def summariser() -> Summariser:
    """person_summary, named by the code it runs on: an upgrade that changes how a name folds or a profile
    merges changes these files, and the index written by the old code is not trusted."""
    from companion import models
    from companion.ground.normalise import text
    from companion.memory import people

    return Summariser(person_summary, code_signature(
        [Path(module.__file__) for module in (models, text, people)] + [Path(__file__)]))


class Among:
    """A store seen through some of its people: `people()` walks only those (in the store's order, so a
    PartialStore loads only their shards); everything else is the store's own."""

    def __init__(self, store: Store, ids: Callable[[], Collection[str]]):
        self._store = store
        self._ids = ids  # called when the walk starts: a lookup by id or URL never reads the index

    def people(self, only: Collection[str] | None = None) -> Iterator[dict]:
        ids = self._ids()
        return self._store.people(only=ids if only is None else set(ids) & set(only))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


def find_person(store: Store, ref: str) -> dict:
    """resolve_person (an id, a profile URL or a unique name fragment), walking only the people whose
    indexed name holds what was typed: the ones its name match would keep, so its answer, and the list an
    ambiguity names, are its own."""
    def named() -> set[str]:
        needle = name_key(ref.strip())
        return {person_id for person_id, summary in store.summaries(summariser())
                if needle in name_key(summary.get("name", summary["label"]))}

    return resolve_person(Among(store, named), ref)


def _among(store: Store, keep: Callable[[dict], bool]) -> Among:
    return Among(store, lambda: {person_id for person_id, summary in store.summaries(summariser()) if keep(summary)})


def _me(store: Store) -> Profile | None:
    try:
        from companion.memory.me import load_me

        return load_me(store)
    except Exception:  # noqa: BLE001 — no own profile yet (or that area unavailable): common ground is simply empty
        return None


def _common_ground(me: Profile | None, doc: dict) -> CommonGround:
    if me is None:
        return CommonGround()
    try:
        from companion.ground.common_ground import find_common_ground

        return find_common_ground(me, merged_profile(doc), None)
    except Exception:  # noqa: BLE001 — another area's failure must not hide the list of people
        return CommonGround()


class AnswerModel(BaseModel):
    """An answer's shape: its validator is built when a command first makes one, so the command pays for its
    own answer's models, not for every command's."""

    model_config = ConfigDict(defer_build=True)


# ------------------------------------------------------------------ people


class PersonRow(AnswerModel):
    person_id: str
    name: str
    sites: list[str]
    tags: list[Any]
    tier: str
    common_ground_score: float
    strength: float
    stage: str
    last_contact: str | None
    connected_on: Any = None


class PeopleAnswer(AnswerModel):
    """`companion people`: how many match, and the rows shown."""

    total: int
    people: list[PersonRow]


_name_order: list = [None, None]  # [(the store, its people_version()), everyone in name order] last computed


def _by_name(store: Store) -> list[tuple[str, dict]]:
    """Everyone's (id, summary), by name (case folded), else in the store's order: kept while no one is
    written, so a running companion does not sort 30,000 names for every `companion people`."""
    key = (store, store.people_version())
    kept_key, kept = _name_order
    if kept_key is not None and kept_key[0] is store and kept_key[1] == key[1]:
        return kept
    order = sorted(store.summaries(summariser()), key=lambda row: row[1]["label"].casefold())
    if store.people_version() == key[1]:  # not rewritten while it was read
        _name_order[:] = [key, order]
    return order


def people_answer(store: Store, sort_by: str = "name", site: str | None = None, tag: str | None = None,
                  search: str | None = None, limit: int = 200, now: datetime | None = None,
                  keep: bool = False) -> PeopleAnswer:
    """The people you know, filtered and sorted, with tie strength and common ground for the rows shown.

    Sorted by name or by when they were added, the index alone orders everyone and only the shown rows
    are read; the other orders need everyone's tie (or common ground), so every matching person is read.
    `keep` (a command reading the store itself): the rows' common ground is kept in the store between
    commands (kept_grounds), so a page of people shown before needs no normalisation tables."""
    now = now or utc_now()
    if keep and store.settings_version() is not None:  # None: settings written but not flushed, no key to trust
        with kept_grounds(store, now) as grounds_kept:
            return _people_answer(store, sort_by, site, tag, search, limit, now, grounds_kept)
    return _people_answer(store, sort_by, site, tag, search, limit, now, None)


GROUNDS_KEPT = "people-grounds"
GROUNDS_MAX = 4096


class KeptGrounds:
    """Each shown person's common ground as `people` lists it (tier, score), by a digest of who they are as
    written (id, updated_at), your own profile and the settings as written (settings_version) and the day:
    the same key GroundCache trusts. Kept with save_kept: digests and numbers, naming no one."""

    def __init__(self, store: Store, now: datetime, known: dict[str, tuple[str, float]]):
        self._salt = repr((store.settings_version(), now.date().isoformat()))
        self.known = known

    def key(self, doc: dict) -> str:
        return hashlib.blake2b(repr((self._salt, doc["id"], doc.get("updated_at"))).encode(),
                               digest_size=16).hexdigest()

    def ground(self, me: Profile | None, doc: dict) -> tuple[str, float]:
        key = self.key(doc)
        found = self.known.get(key)
        if found is None:
            ground = _common_ground(me, doc)
            found = self.known[key] = (ground.tier, ground.score)
        return found


@contextlib.contextmanager
def kept_grounds(store: Store, now: datetime) -> Iterator[KeptGrounds]:
    """Within: a KeptGrounds read from the store, written back when it learnt something."""
    code = _rarity_code()  # the ground package, the models and people's merging
    kept = store.read_kept(GROUNDS_KEPT, code)
    known = dict(kept) if isinstance(kept, dict) else {}
    size = len(known)
    grounds = KeptGrounds(store, now, known)
    yield grounds
    if len(known) != size:
        store.save_kept(GROUNDS_KEPT, code, dict(list(known.items())[-GROUNDS_MAX:]))


def _people_answer(store: Store, sort_by: str, site: str | None, tag: str | None, search: str | None,
                   limit: int, now: datetime, kept: KeptGrounds | None) -> PeopleAnswer:
    weights = store.get_setting("tie_weights")
    from companion.memory.me import own_person_ids

    # Everyone's summaries before your own records' keys: after the index is lost, the keys come from the summaries
    # just read (each shard read once), not from every shard read a second time.
    everyone = _by_name(store)
    you = own_person_ids(store)  # a record of you captured before you set "me" is not one of your people
    # Filtering everyone in name order is sorting the filtered few (the sort is stable).
    rows = [(person_id, summary) for person_id, summary in everyone if person_id not in you
            and (not site or site in summary["sites"]) and (not tag or tag in summary["tags"])
            and (not search or text_matches(search, summary["search"].replace(FIELD_SEPARATOR, " ")))]
    me = _me(store)
    ties: dict[str, Tie] = {}
    grounds: dict[str, CommonGround] = {}
    if sort_by in ("strength", "last-contact", "tier"):
        for doc in store.people(only={person_id for person_id, _ in rows}):
            ties[doc["id"]] = tie_of(doc, now, weights)
            if sort_by == "tier":
                grounds[doc["id"]] = _common_ground(me, doc)
        if sort_by == "tier":
            rows.sort(key=lambda row: (-TIER_ORDER[grounds[row[0]].tier], -grounds[row[0]].score))
        elif sort_by == "strength":
            rows.sort(key=lambda row: -ties[row[0]].strength)
        else:
            rows.sort(key=lambda row: ties[row[0]].last_contact or "", reverse=True)
    elif sort_by == "added":
        rows.sort(key=lambda row: row[1]["first_seen"] or "", reverse=True)
    shown = rows[:limit] if limit else rows
    items: dict[str, PersonRow] = {}
    for doc in store.people(only={person_id for person_id, _ in shown}):
        tie = ties[doc["id"]] if doc["id"] in ties else tie_of(doc, now, weights)
        if doc["id"] in grounds:
            tier, score = grounds[doc["id"]].tier, grounds[doc["id"]].score
        elif kept is not None:
            tier, score = kept.ground(me, doc)
        else:
            ground = _common_ground(me, doc)
            tier, score = ground.tier, ground.score
        items[doc["id"]] = PersonRow(
            person_id=doc["id"], name=person_label(doc), sites=sorted(doc.get("profiles", {})),
            tags=doc.get("tags", []), tier=tier, common_ground_score=score, strength=tie.strength,
            stage=tie.stage, last_contact=tie.last_contact, connected_on=doc.get("connected_on"),
        )
    return PeopleAnswer(total=len(rows), people=[items[person_id] for person_id, _ in shown])


# ------------------------------------------------------------------ show


class ShowAnswer(AnswerModel):
    """`companion show`: the person's view, and what the card adds from their record."""

    view: PersonView
    label: str
    where: dict[str, Any]  # each site's profile URL (or None), in the record's order
    connected_on: Any = None
    circle: Any = None  # the circle the user chose, if any
    me_set: bool = True  # whether your own profile is set (the card's no-starter line says so)


_UNREAD = object()  # person_card's `me` when the caller has not read your profile


def person_card(store: Store, doc: dict, now: datetime | None = None, cache: KeptGround | None = None,
                me: Profile | None | object = _UNREAD) -> PersonView:
    """memory.capture.person_view without the contacts' rarity (the CLI has no live index); `me`: your profile
    (None when not set) when the caller has already read it."""
    try:
        from companion.memory.capture import person_view

        return person_view(store, doc, None, now, cache, **({} if me is _UNREAD else {"me": me}))
    except ImportError:
        return PersonView(
            person_id=doc["id"], profile=merged_profile(doc), notes=doc.get("notes", []),
            interactions=doc.get("interactions", []), commitments=doc.get("commitments", []),
            tags=doc.get("tags", []), tie=tie_of(doc, None, store.get_setting("tie_weights")),
        )


def show_answer(store: Store, ref: str, keep: bool = False) -> ShowAnswer:
    """Everything `companion show PERSON` prints. `keep` (a command reading the store itself): their common
    ground and starters come from those kept by an earlier command (KeptGround) while they hold."""
    from companion.memory.me import load_me

    doc = find_person(store, ref)
    me = load_me(store)  # read once: for the card and for me_set
    if keep:
        now = utc_now()
        with kept_ground(store, doc, now, None) as cache:
            view = person_card(store, doc, now, cache, me)
    else:
        view = person_card(store, doc, me=me)
    return ShowAnswer(
        view=view, label=person_label(doc),
        where={site: data.get("url") for site, data in doc.get("profiles", {}).items()},
        connected_on=doc.get("connected_on"), circle=doc.get("circle"), me_set=me is not None,
    )


# ------------------------------------------------------------------ starters


class StartersAnswer(AnswerModel):
    """`companion starters`: who, the common ground they rest on, and the starters."""

    name: str
    me_set: bool
    common_ground: CommonGround
    starters: list[Starter]
    why_none: str | None = None  # with no starter: the rule that decided, when one did (starters.why_no_starters)


def rarity_step(total: int) -> int:
    """One person in how many is in the rarity sample, for a store of `total`: the sample is at most
    RARITY_SAMPLE people (about; membership is by a hash)."""
    return max(1, -(-total // RARITY_SAMPLE))


def in_rarity_sample(person_id: str, step: int) -> bool:
    """Whether a person is in the rarity sample of one in `step`: decided by their id alone (a hash keyed apart
    from the one that picks their shard), so a capture or a forget never moves anyone else in or out, and each
    shard's part of the sample stands on its own until that shard is written or the step changes."""
    return step == 1 or int.from_bytes(hashlib.blake2b(person_id.encode(), digest_size=4,
                                                       person=b"rarity").digest()) % step == 0


def rarity_sample(store: Store) -> RarityIndex:
    """A rarity index over an even sample of about RARITY_SAMPLE stored people (in_rarity_sample)."""
    from companion.ground.rarity import RarityIndex

    step = rarity_step(store.count_people())
    index = RarityIndex.from_profiles(merged_profile(doc) for doc in store.people() if in_rarity_sample(doc["id"], step))
    index.sampled = step > 1
    return index


RARITY_KEPT = "rarity-sample"


def kept_rarity_sample(store: Store) -> RarityIndex:
    """rarity_sample, kept in the store (save_derived) until someone is written: a command reads it back
    instead of every shard and thousands of profiles' features (a second, and most of its memory). After a
    write, it is summed from each shard's part, kept too (rarity_sample_by_shard): only the shards written
    since are read again."""
    from collections import Counter

    from companion.ground.rarity import RarityIndex

    code = _rarity_code()
    kept = store.read_derived(RARITY_KEPT, code)
    # Whether it is a sample is kept with it: it stands as long as the counts (no one written), and telling it
    # again would count everyone in the people index (every index file read, ~30 MB held, for one number).
    if isinstance(kept, tuple) and len(kept) == 3 and isinstance(kept[0], int) and isinstance(kept[1], dict) \
            and isinstance(kept[2], bool):
        index = RarityIndex()
        index.size, index.counts, index.sampled = kept[0], Counter(kept[1]), kept[2]
    else:
        version = store.people_version()
        index = rarity_sample_by_shard(store, code)
        index.sampled = rarity_step(store.count_people()) > 1
        store.save_derived(RARITY_KEPT, code, version, (index.size, dict(index.counts), index.sampled))
    return index


def rarity_sample_by_shard(store: Store, code: str) -> RarityIndex:
    """rarity_sample, the same sample counted the same way, as the sum of each shard's part: the people of the
    sample that shard holds, counted. A part is kept beside its shard (save_shard_derived, unlinked by any write
    to the shard, a forget among them) with the step it was sampled at: it stands while its shard is unwritten
    and the step holds (until the store grows or shrinks past a multiple of RARITY_SAMPLE), so a person written
    is one shard read again, whatever was written elsewhere."""
    from companion.ground.rarity import RarityIndex

    parts = [store.read_shard_derived(i, RARITY_KEPT, code) for i in range(store.shard_count())]
    parts = [part if isinstance(part, tuple) and len(part) == 4 and isinstance(part[3], dict) else None
             for part in parts]
    sizes = [part[0] if part is not None else store.shard_size(i) for i, part in enumerate(parts)]
    step = rarity_step(sum(sizes))
    index = RarityIndex()
    for i, part in enumerate(parts):
        if sizes[i] == 0:
            continue  # no one there: nothing to read
        if part is None or part[1] != step:
            signature, docs = store.shard_people(i)
            shard = RarityIndex.from_profiles(merged_profile(doc) for doc in docs
                                              if in_rarity_sample(doc["id"], step))
            part = (len(docs), step, shard.size, dict(shard.counts))
            store.save_shard_derived(i, RARITY_KEPT, code, signature, part)
            if len(docs) != sizes[i]:  # changed since it was counted: the sample is read again, whole
                return rarity_sample(store)
        index.size += part[2]
        index.counts.update(part[3])
    return index


@functools.cache
def _rarity_code() -> str:
    """The code and tables a rarity index is computed by: the ground package, the models, people's merging."""
    from companion import ground, models
    from companion.memory import people

    ground_dir = Path(ground.__file__).parent
    return code_signature(sorted([*ground_dir.rglob("*.py"), *ground_dir.rglob("*.json")])
                          + [Path(models.__file__), Path(people.__file__), Path(__file__)])


GUARD_VERDICTS_KEPT = "guard-verdicts"
GUARD_VERDICTS_MAX = 4096  # a few per person shown: the newest are kept, and a stale one is just rechecked


@contextlib.contextmanager
def kept_guard_verdicts(store: Store) -> Iterator[None]:
    """Within: the send guard's verdicts on starters come from those kept in the store by earlier commands
    (save_kept, by digest: they name no one), and new ones are kept for the next. A command that shows a
    person it showed before then neither imports the guard nor compiles its patterns."""
    from companion.ground.starters import known_verdicts

    code = _guard_code()
    kept = store.read_kept(GUARD_VERDICTS_KEPT, code)
    known = dict(kept) if isinstance(kept, dict) else {}
    before = dict(known)
    with known_verdicts(known):
        yield
    if known != before:
        newest = list(known.items())[-GUARD_VERDICTS_MAX:]
        store.save_kept(GUARD_VERDICTS_KEPT, code, dict(newest))


@functools.cache
def _guard_code() -> str:
    """The send guard's code and model, found without importing it (importing it is what the verdicts spare)."""
    import companion

    guard_dir = Path(companion.__file__).parent / "guard"
    return code_signature(sorted([*guard_dir.glob("*.py"), *guard_dir.glob("data/*.json")]))


GROUND_KEPT = "ground-and-starters"


class KeptGround:
    """capture.GroundCache's part (key, get, put) over the store: a person's common ground and starters, kept
    beside their shard (save_shard_derived, so a write to anyone in it, a forget among them, unlinks them) and
    named by what they rest on, as GroundCache names them: who they are as written (id, updated_at), your own
    profile and the settings as written (settings_version), the day, the contacts their rarity was weighed by
    (`rarity_version`: the people's version, or None when no rarity is used), and the code."""

    def __init__(self, store: Store, rarity_version: tuple | None):
        self.store = store
        self.rarity_version = rarity_version
        self.code = _ground_code()
        self._parts: dict[int, dict] = {}
        self._signatures: dict[int, tuple | None] = {}  # each shard's, as it was when its part was read
        self._read: dict[tuple[int, str], tuple[CommonGround, list[Starter]] | None] = {}
        self._changed: set[int] = set()

    def key(self, store: Store, doc: dict, now: datetime) -> tuple[int, str]:
        from companion.storage.store import shard_of

        digest = hashlib.blake2b(repr((doc["id"], doc.get("updated_at"), store.settings_version(),
                                       now.date().isoformat(), self.rarity_version)).encode(), digest_size=16)
        return shard_of(doc["id"], store.shard_count()), digest.hexdigest()

    def _part(self, shard: int) -> dict:
        if shard not in self._parts:
            self._signatures[shard] = self.store.shard_signature(shard)  # before the read: see save
            kept = self.store.read_shard_derived(shard, GROUND_KEPT, self.code)
            self._parts[shard] = dict(kept) if isinstance(kept, dict) else {}
        return self._parts[shard]

    def get(self, key: tuple[int, str]) -> tuple[CommonGround, list[Starter]] | None:
        if key not in self._read:
            found = self._part(key[0]).get(key[1])
            self._read[key] = (CommonGround.model_validate(found[0]), [Starter.model_validate(s) for s in found[1]]
                               ) if isinstance(found, tuple) and len(found) in (2, 3) else None
        return self._read[key]

    def put(self, key: tuple[int, str], value: tuple[CommonGround, list[Starter]]) -> None:
        ground, starters = value
        self._part(key[0])[key[1]] = (ground.model_dump(mode="json"),
                                      [starter.model_dump(mode="json") for starter in starters])
        self._read.pop(key, None)
        self._changed.add(key[0])

    def why(self, key: tuple[int, str]) -> tuple[str | None] | None:
        """(starters.why_no_starters' sentence,) kept as a third item beside the entry; None when not kept."""
        found = self._part(key[0]).get(key[1])
        return (found[2],) if isinstance(found, tuple) and len(found) == 3 else None

    def put_why(self, key: tuple[int, str], why: str | None) -> None:
        found = self._part(key[0]).get(key[1])
        if isinstance(found, tuple) and len(found) >= 2:  # only beside its entry: dropped with it
            self._part(key[0])[key[1]] = (found[0], found[1], why)
            self._changed.add(key[0])

    def save(self) -> None:
        for shard in self._changed:
            newest = list(self._parts[shard].items())[-GROUND_KEPT_MAX:]
            # With the signature the part was read at: a write since (someone in the shard forgotten) saves nothing,
            # rather than writing back the cards read before it.
            self.store.save_shard_derived(shard, GROUND_KEPT, self.code, self._signatures[shard], dict(newest))


GROUND_KEPT_MAX = 64  # per shard: the newest are kept, an older one is just computed again


@contextlib.contextmanager
def kept_ground(store: Store, doc: dict, now: datetime, rarity_version: tuple | None) -> Iterator[KeptGround]:
    """Within: a KeptGround, with the guard's kept verdicts on starters when this person's are not kept (the
    only case that computes starters, and so the only one that imports the ground and the guard); what it
    learnt is kept when it closes."""
    cache = KeptGround(store, rarity_version)
    known = cache.get(cache.key(store, doc, now)) is not None
    with contextlib.nullcontext() if known else kept_guard_verdicts(store):
        yield cache
    cache.save()


@functools.cache
def _ground_code() -> str:
    """What a person's common ground and starters are computed by: the rarity's code, the guard's, and capture's
    and the own profile's modules."""
    memory = Path(__file__).parent
    return f"{_rarity_code()}-{_guard_code()}-" + code_signature([memory / "capture.py", memory / "me.py"])


class RaritySample:
    """rarity_sample kept while no one in the store changes (a running companion's, for `starters`)."""

    def __init__(self) -> None:
        self._kept: tuple[tuple, RarityIndex] | None = None

    def __call__(self, store: Store) -> RarityIndex:
        version = store.people_version()
        kept = self._kept
        if kept is not None and kept[0] == version:
            return kept[1]
        index = rarity_sample(store)
        if store.people_version() == version:  # not rewritten while it was being read
            self._kept = (version, index)
        return index


def starters_answer(store: Store, ref: str,
                    rarity: Callable[[Store], RarityIndex] = kept_rarity_sample, keep: bool = False) -> StartersAnswer:
    """Conversation starters for a stored person, resting on common ground with you. `keep` (a command reading
    the store itself, with the kept rarity sample): the common ground and starters come from those kept by an
    earlier command (KeptGround) while they hold, weighed by the contacts as they are now."""
    from companion.memory.me import load_me

    now = utc_now()
    doc = find_person(store, ref)
    them = merged_profile(doc)
    mine = load_me(store)
    with kept_ground(store, doc, now, store.people_version()) if keep else contextlib.nullcontext() as cache:
        key = cache.key(store, doc, now) if cache is not None else None
        found = cache.get(key) if cache is not None else None
        if found is None:  # made as a capture makes them; the rarity sample is read only when there is a "me"
            from companion.memory.capture import ground_and_starters

            found = ground_and_starters(store, them, rarity(store) if mine else None, now, me=mine)
            if cache is not None:
                cache.put(key, found)
        ground, found = found
        from companion.memory.capture import why_none_shown
        from companion.memory.followups import starters_as_you_know_them

        tie = tie_of(doc, now, store.get_setting("tie_weights"))
        shown = starters_as_you_know_them(doc, tie, found, now, mine)
        why = why_none_shown(doc, tie, found, shown, mine, them, ground, now, cache, key)  # kept when `cache` closes
    return StartersAnswer(name=them.name or doc["id"], me_set=mine is not None, common_ground=ground, starters=shown,
                          why_none=why)


# ------------------------------------------------------------------ followups and commitments


class FollowupsAnswer(AnswerModel):
    followups: list[FollowUp]  # resolved by followups_answer, which imports it (no other command needs it)


def followups_answer(store: Store, keep: bool = False, languages: CheckInLanguages | None = None) -> FollowupsAnswer:
    """overdue(), walking only the people the index says have a check-in clock; `keep` (a command reading the
    store itself) reads their records from a copy kept in the store (save_derived) while no one is written:
    a few hundred records spread over every shard are a third of the bytes of the shards they sit in.
    `languages`: each person's check-in language, kept by a running companion between calls."""
    with_a_clock = _among(store, lambda summary: summary["clock"])
    if keep:
        with_a_clock = Kept(with_a_clock, CLOCKS_KEPT)
    from companion.memory.followups import FollowUp, overdue

    FollowupsAnswer.model_rebuild(_types_namespace={"FollowUp": FollowUp})  # once: then it is complete
    # A stranger's or a new connection's opener is the first of their card's starters: read from the card `show`
    # keeps, and kept when computed here (common ground and the guard's checks are the costly part).
    cards = KeptGround(store, None) if keep else None
    answer = FollowupsAnswer(followups=overdue(with_a_clock, kept=cards, languages=languages))
    if cards is not None:
        cards.save()
    return answer


CLOCKS_KEPT = "people-with-a-clock"


class Kept(Among):
    """A store seen through some of its people (an Among) whose records are kept as `name` in the store
    (save_derived), read back while no one has been written since, and written when they are not."""

    def __init__(self, among: Among, name: str):
        super().__init__(among._store, among._ids)
        self._name = name

    def people(self, only: Collection[str] | None = None) -> Iterator[dict]:
        code = summariser().code  # records kept by other code may be shaped otherwise: not trusted
        docs = self._store.read_derived(self._name, code)
        if not (isinstance(docs, list) and all(isinstance(doc, dict) and isinstance(doc.get("id"), str)
                                               for doc in docs)):
            version = self._store.people_version()
            docs = list(super().people())  # in the store's order, as the walk it stands for
            self._store.save_derived(self._name, code, version, docs)
        return iter(docs if only is None else [doc for doc in docs if doc["id"] in only])


class CommitmentsAnswer(AnswerModel):
    commitments: list[CommitmentItem]  # resolved by commitments_answer, which imports it


def commitments_answer(store: Store, include_done: bool = False) -> CommitmentsAnswer:
    """list_commitments(), walking only the people the index says hold a promise."""
    from companion.memory.commitments import CommitmentItem, list_commitments

    CommitmentsAnswer.model_rebuild(_types_namespace={"CommitmentItem": CommitmentItem})
    found = list_commitments(_among(store, lambda summary: summary["commitments"]), include_done=include_done)
    return CommitmentsAnswer(commitments=found)


# ------------------------------------------------------------------ check


class CheckAnswer(AnswerModel):
    """`companion check`: the verdict, how its stage reads in a sentence, and what the command notes first."""

    verdict: Verdict
    stage_phrase: str
    settings_invalid: bool = False  # the saved guard settings did not validate: the defaults were used
    unknown_recipient: bool = False  # --to named no one: they count as a stranger


def guard_settings_with(stored: Any, strictness: str | None):
    """(The user's saved guard settings with --strictness on top, whether the saved ones were invalid);
    BadRequest, in guard_settings.parse_strictness's one sentence (the parser `guard strictness` uses too), when
    --strictness is neither a level nor a number from 0 to 1."""
    from companion.guard.pitch_guard import GuardSettings
    from companion.memory.guard_settings import parse_strictness

    try:
        settings, invalid = GuardSettings.model_validate(stored or {}), False
    except ValidationError:
        settings, invalid = GuardSettings(), True
    if strictness is None:
        return settings, invalid
    try:
        return settings.model_copy(update={"strictness": parse_strictness(strictness)}), invalid
    except InvalidInput as exc:  # a usage error of the request (400), not a malformed one (422)
        raise BadRequest(exc.message) from None


def check_answer(store: Store, text: str, stage: str | None = None, to: str | None = None,
                 strictness: str | None = None) -> CheckAnswer:
    """The guard's verdict on a draft, to a stage or to a stored person (one it does not know is a stranger)."""
    from companion.guard.pitch_guard import STAGE_PHRASES
    from companion.memory.recipient import Recipient, judge, known_recipient, with_stage

    settings, settings_invalid = guard_settings_with(store.get_setting("guard", {}), strictness)
    recipient, doc = Recipient(), None
    if to is not None:
        with contextlib.suppress(NotFound):  # an unknown recipient is a stranger, not an error
            doc = find_person(store, to)
        if doc is not None:
            recipient = known_recipient(store, doc, datetime.now(UTC))
    recipient = with_stage(recipient, stage, None, known=doc is not None)
    verdict = judge(text, recipient, settings)  # the same verdict and opener as POST /v1/check gives
    return CheckAnswer(verdict=verdict, stage_phrase=STAGE_PHRASES[verdict.stage], settings_invalid=settings_invalid,
                       unknown_recipient=to is not None and doc is None)
