"""Rapport's own JSON export, read back: lossless into an empty data dir, merged into a used one.

Into an empty data dir every record and setting comes back exactly as exported (ids included). Into a
data dir that already knows some of the people, records are merged: keys, profiles, notes, interactions,
promises and tags are united (duplicates dropped), and the user's current settings win over the file's.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from companion.errors import InvalidInput
from companion.memory.exporters import EXPORT_FORMAT, EXPORT_VERSION
from companion.memory.importers import CHUNK, PROGRESS_EVERY, ImportSummary, Progress
from companion.memory.people import utc_now
from companion.memory.records import record_problem
from companion.storage.store import Store

LOOSE_COMMITMENTS = "commitments"
LIST_FIELDS = {
    "notes": ("text", "created_at"),
    "interactions": ("kind", "at", "source", "note"),
    "commitments": ("text", "created_at"),
}
COUNTER_OF = {"notes": "note", "interactions": "interaction", "commitments": "commitment"}


def read_export(path: Path) -> dict:
    """The export's content, checked for its format marker; a damaged file is an InvalidInput."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise InvalidInput(f"Could not read {path}: {exc.strerror or exc}.") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        where = f"line {exc.lineno}" if isinstance(exc, json.JSONDecodeError) else "its encoding"
        raise InvalidInput(f"{Path(path).name} is not valid JSON ({where}); nothing was imported.") from None
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise InvalidInput(f"{Path(path).name} is not a Rapport export (made by `companion export --format json`).")
    if int(data.get("version", 0)) > EXPORT_VERSION:
        raise InvalidInput(f"{Path(path).name} was exported by a newer Rapport; upgrade the companion to import it.")
    people = data.get("people")
    if not isinstance(people, list) or not all(isinstance(p, dict) and isinstance(p.get("id"), str) for p in people):
        raise InvalidInput(f"{Path(path).name} has a damaged “people” list; nothing was imported.")
    for index, person in enumerate(people, start=1):
        _check_person(Path(path).name, index, person)
    return data


def _check_person(file: str, index: int, person: dict) -> None:
    """A record the rest of the companion can rely on (records.record_problem), or an InvalidInput naming it."""
    problem = record_problem(person)
    if problem:
        raise InvalidInput(f"Person {index} ({person['id']}) in {file}: {problem}; nothing was imported.")


def _identity(item: dict, fields: tuple[str, ...]) -> tuple:
    return tuple(item.get(f) for f in fields)


def used_ids(store: Store) -> dict[str, set]:
    """The note, interaction and commitment ids already taken in the store (ids are unique store-wide)."""
    used: dict[str, set] = {field: set() for field in LIST_FIELDS}
    for doc in store.people():
        for field in LIST_FIELDS:
            used[field].update(item.get("id") for item in doc.get(field, []))
    used["commitments"].update(c.get("id") for c in store.get_setting(LOOSE_COMMITMENTS, []) or [])
    return used


def _take_id(store: Store, field: str, item: dict, used: dict[str, set]) -> dict:
    if item.get("id") in used[field]:
        item = {**item, "id": store.next_id(COUNTER_OF[field])}
    used[field].add(item.get("id"))
    return item


def _merge_lists(store: Store, field: str, mine: list[dict], theirs: list[dict], used: dict[str, set]) -> list[dict]:
    fields = LIST_FIELDS[field]
    known = {_identity(item, fields) for item in mine}
    merged = list(mine)
    for item in theirs:
        if _identity(item, fields) not in known:
            merged.append(_take_id(store, field, item, used))
    return merged


def merge_records(store: Store, mine: dict, theirs: dict, used: dict[str, set]) -> dict:
    """One person record from a stored one and an imported one, nothing dropped from either."""
    doc = dict(mine)
    doc["keys"] = mine.get("keys", []) + [k for k in theirs.get("keys", []) if k not in mine.get("keys", [])]
    newer = (theirs.get("updated_at") or "") > (mine.get("updated_at") or "")
    profiles = dict(mine.get("profiles", {}))
    for site, data in theirs.get("profiles", {}).items():
        if site not in profiles or newer:
            profiles[site] = data
    doc["profiles"] = profiles
    history = list(mine.get("history", []))
    doc["history"] = history + [h for h in theirs.get("history", []) if h not in history]
    for field in LIST_FIELDS:
        doc[field] = _merge_lists(store, field, mine.get(field, []), theirs.get(field, []), used)
    doc["tags"] = mine.get("tags", []) + [t for t in theirs.get("tags", []) if t not in mine.get("tags", [])]
    for field in ("connected_on", "circle"):
        doc[field] = mine.get(field) or theirs.get(field)
    doc["first_seen"] = min(filter(None, [mine.get("first_seen"), theirs.get("first_seen")]), default=None)
    doc["updated_at"] = max(filter(None, [mine.get("updated_at"), theirs.get("updated_at")]), default=None)
    for field, value in theirs.items():
        doc.setdefault(field, value)  # fields a newer companion added are kept, not dropped
    return doc


def import_json(store: Store, path: Path, progress: Progress | None = None, now: datetime | None = None) -> ImportSummary:
    """Import a Rapport JSON export."""
    now = now or utc_now()
    data = read_export(path)
    people = data["people"]
    summary = ImportSummary(source="rapport-json", file=str(path), rows=len(people))
    if store.count_people():
        store.backup("before-import")
    used = used_ids(store)
    with store.transaction():
        _import_settings(store, data.get("settings") or {}, used)
    batch: list[dict] = []
    for index, incoming in enumerate(people, start=1):
        if progress and index % PROGRESS_EVERY == 0:
            progress(index, len(people))
        existing = store.get_person(incoming["id"])
        if existing is None:
            owner = next((pid for k in incoming.get("keys", []) if (pid := store.person_id_for_key(k))), None)
            existing = store.get_person(owner) if owner else None
        if existing is None:
            fresh = dict(incoming)
            for field in (f for f in LIST_FIELDS if f in incoming):
                fresh[field] = [_take_id(store, field, item, used) for item in incoming.get(field, [])]
            batch.append(fresh)
            summary.added += 1
        else:
            merged = merge_records(store, existing, incoming, used)
            if merged == existing:
                summary.skip("already in your Rapport, nothing new", None)
                continue
            batch.append(merged)
            summary.merged += 1
        if len(batch) >= CHUNK:
            store.save_people(batch)
            batch = []
    if batch:
        store.save_people(batch)
    if progress:
        progress(len(people), len(people))
    return summary


def _import_settings(store: Store, settings: dict, used: dict[str, set]) -> None:
    for name, value in settings.items():
        current = store.get_setting(name)
        if name.startswith("counter:"):
            store.set_setting(name, max(int(current or 0), int(value or 0)))
        elif name == LOOSE_COMMITMENTS and current:
            known = {(c.get("text"), c.get("created_at")) for c in current}
            added = [
                _take_id(store, "commitments", item, used)
                for item in value or []
                if (item.get("text"), item.get("created_at")) not in known
            ]
            store.set_setting(name, current + added)
        elif current is None:
            if name == LOOSE_COMMITMENTS:
                value = [_take_id(store, "commitments", item, used) for item in value or []]
            store.set_setting(name, value)
