"""Forget: erase every trace of a person (or of everything) from the data dir, backups included.

A person's record holds their profiles, history, notes, interactions and promises, so deleting it takes
all of those. What else could still name them is rewritten: mentions in other people's notes or
promises and in settings become "[forgotten]", promises made to them while unknown are removed, and
every backup is rewritten the same way (or pruned when it cannot be read). Finally every file under the
data dir is searched for the name, and any file still holding it is reported. Names are matched however
they are spelt: any case, with or without accents, composed or decomposed, spaced anyhow.
"""

from __future__ import annotations

import json
import re
import shutil
import unicodedata
from collections import defaultdict
from functools import cache
from itertools import chain
from pathlib import Path

from pydantic import BaseModel, Field

from companion.memory.me import drop_not_me_keys
from companion.memory.people import display_name, name_key
from companion.storage.store import Store, write_atomically

REDACTED = "[forgotten]"
MIN_NEEDLE = 3
# A bare handle or slug ("ana", "bob") is also an ordinary word in other people's notes; only longer ones
# are searched for on their own (names, URLs and emails always are).
MIN_BARE_HANDLE = 6


class ForgetReport(BaseModel):
    """What `forget` removed, and anything it could not."""

    person_id: str | None = None
    name: str | None = None
    removed: dict[str, int] = Field(default_factory=dict)
    mentions_redacted: int = 0
    backups_rewritten: int = 0
    backups_pruned: int = 0
    files_rewritten: list[str] = Field(default_factory=list)
    still_found_in: list[str] = Field(default_factory=list)


def needles_of(doc: dict) -> list[str]:
    """The strings that identify a person: their names, handles, profile URLs, emails and id."""
    found = {doc["id"]}
    handles = set()
    for data in doc.get("profiles", {}).values():
        for field in ("name", "url"):
            value = (data.get(field) or "").strip()
            if value:
                found.add(value)
        handles.add((data.get("handle") or "").strip().lstrip("@"))
    for key in doc.get("keys", []):
        kind, _, value = key.partition(":")
        if kind == "email":
            found.add(value)
        elif kind in ("linkedin", "x", "github", "bluesky", "mastodon", "x-id"):
            handles.add(value)
    found.update(h for h in handles if len(h) >= MIN_BARE_HANDLE)
    # Longest first, so a URL is replaced whole before the handle inside it.
    return sorted((n for n in found if len(n) >= MIN_NEEDLE), key=len, reverse=True)


# The accents an NFD "Inês" carries after its "e" (combining marks), and the spellings of the spaces,
# apostrophes and hyphens between a name's parts.
_MARKS = "[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\u3099\u309a\ufe20-\ufe2f]*"
_SPACES = r"[\s\u200b\u2060\ufeff]+"
_APOSTROPHES = "'\u2019\u02bc\u2018`\u00b4"
_HYPHENS = "-\u2010\u2011"


@cache
def _spellings() -> dict[str, str]:
    """Every Latin, Greek and Cyrillic letter (and digit, and full-width form) by what it folds to, as a
    character class: "e" -> "[EeÈÉÊË...]"."""
    groups: dict[str, set[str]] = defaultdict(set)
    for code in chain(range(0x20, 0x530), range(0x1E00, 0x2000), range(0xFF00, 0xFF5F)):
        char = chr(code)
        key = name_key(char)
        if key and " " not in key:
            groups[key].add(char)
    return {key: "[" + "".join(re.escape(c) for c in sorted(chars)) + "]" for key, chars in groups.items()}


def _spelling_pattern(needle: str) -> str:
    """A regex for `needle` however it is spelt: any case, with or without accents, composed (NFC) or
    decomposed (NFD), its parts spaced by any run of spaces (non-breaking ones included)."""
    spellings = _spellings()
    parts: list[str] = []
    for char in unicodedata.normalize("NFC", needle.strip()):
        if unicodedata.combining(char):
            continue  # an accent the letter before could not absorb: _MARKS after that letter takes it
        if char.isspace():
            if parts and parts[-1] != _SPACES:
                parts.append(_SPACES)
        elif char in _APOSTROPHES:
            parts.append(f"[{re.escape(_APOSTROPHES)}]")
        elif char in _HYPHENS:
            parts.append(f"[{re.escape(_HYPHENS)}]")
        elif key := name_key(char):
            # Beyond the table's scripts: the letter as written, or its base letter ("ガ" or "カ").
            letter = spellings.get(key) or "[" + re.escape(char) + (re.escape(key) if len(key) == 1 else "") + "]"
            if len(key) > 1:  # "ß" may be written "ss", and "æ" "ae"
                letter = f"(?:{letter}|{re.escape(key)})"
            parts.append(letter + _MARKS)
        else:
            parts.append(re.escape(char))
    return "".join(parts)


def _pattern(needles: list[str]) -> re.Pattern:
    # Whole names only: forgetting "Ana Almeida" must not touch "Ana Almeida-1" or "Ana Almeidas".
    alternatives = "|".join(_spelling_pattern(n) for n in needles)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def _redact(value, pattern: re.Pattern) -> tuple[object, int]:
    """The value with every mention replaced, and how many were replaced (walks lists and dicts)."""
    if isinstance(value, str):
        new, count = pattern.subn(REDACTED, value)
        return new, count
    if isinstance(value, list):
        total, out = 0, []
        for item in value:
            new, count = _redact(item, pattern)
            out.append(new)
            total += count
        return out, total
    if isinstance(value, dict):
        total, out = 0, {}
        for key, item in value.items():
            new, count = _redact(item, pattern)
            out[key] = new
            total += count
        return out, total
    return value, 0


def _mentions(commitment: dict, pattern: re.Pattern) -> bool:
    return bool(pattern.search(commitment.get("text") or ""))


def forget_person(store: Store, doc: dict) -> ForgetReport:
    """Erase one person everywhere in the data dir and report what went."""
    needles = needles_of(doc)
    pattern = _pattern(needles)
    report = ForgetReport(
        person_id=doc["id"],
        name=display_name(doc),
        removed={
            "profiles": len(doc.get("profiles", {})),
            "history entries": len(doc.get("history", [])),
            "notes": len(doc.get("notes", [])),
            "interactions": len(doc.get("interactions", [])),
            "commitments": len(doc.get("commitments", [])),
            "tags": len(doc.get("tags", [])),
        },
    )
    with store.transaction():
        store.delete_person(doc["id"])
        drop_not_me_keys(store, doc.get("keys", []))  # a key on that list is a trace of them too
        report.mentions_redacted += _scrub_store(store, pattern, doc["id"], report)
    for backup in store.list_backups():
        _scrub_backup(backup, pattern, needles, doc["id"], report)
    report.still_found_in = _search_data_dir(store, needles, report)
    return report


def _scrub_store(store: Store, pattern: re.Pattern, person_id: str, report: ForgetReport) -> int:
    redacted = 0
    changed = []
    for other in store.people():
        new, count = _redact(other, pattern)
        if count:
            changed.append(new)
            redacted += count
    if changed:
        store.save_people(changed)
    for name, value in store.settings().items():
        if name == "commitments":
            kept = [c for c in value or [] if c.get("person_id") != person_id and not _mentions(c, pattern)]
            if len(kept) != len(value or []):
                report.removed["commitments"] = report.removed.get("commitments", 0) + len(value) - len(kept)
                store.set_setting(name, kept)
            continue
        new, count = _redact(value, pattern)
        if count:
            store.set_setting(name, new)
            redacted += count
    return redacted


def _scrub_backup(folder: Path, pattern: re.Pattern, needles: list[str], person_id: str, report: ForgetReport) -> None:
    """Rewrite one backup without the person; prune the whole backup when a file in it cannot be read."""
    rewritten = False
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        raw = path.read_bytes()
        text = raw.decode("utf-8", errors="replace")
        if not pattern.search(text) and person_id not in text and not _json_escaped_search(text, needles):
            continue
        try:
            data = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError):
            shutil.rmtree(folder, ignore_errors=True)
            report.backups_pruned += 1
            return
        if isinstance(data, dict) and isinstance(data.get("people"), dict):
            data["people"].pop(person_id, None)
        if isinstance(data, dict) and isinstance(data.get("meta"), dict):
            loose = data["meta"].get("commitments")
            if isinstance(loose, dict) and isinstance(loose.get("value"), list):
                loose["value"] = [
                    c for c in loose["value"]
                    if isinstance(c, dict) and c.get("person_id") != person_id and not _mentions(c, pattern)
                ]
        data, _ = _redact(data, pattern)
        write_atomically(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode())
        rewritten = True
    if rewritten:
        report.backups_rewritten += 1


def _search_data_dir(store: Store, needles: list[str], report: ForgetReport) -> list[str]:
    """Files under the data dir still naming the person; plain-text ones outside the store are rewritten."""
    pattern = _pattern([n for n in needles if not n.startswith("p-")] or needles)
    found = []
    for path in sorted(store.data_dir.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        try:
            text = path.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if not pattern.search(text) and not _json_escaped_search(text, needles):
            continue
        if path.suffix in (".json", ".log", ".txt", ".jsonl", ".csv") and store.dir not in path.parents:
            new_text = pattern.sub(REDACTED, text)
            if pattern.search(new_text) is None and not _json_escaped_search(new_text, needles):
                write_atomically(path, new_text.encode())
                report.files_rewritten.append(str(path.relative_to(store.data_dir)))
                continue
        found.append(str(path.relative_to(store.data_dir)))
    return found


def _json_escaped_search(text: str, needles: list[str]) -> bool:
    """A name written with JSON's \\u escapes ("Jos\\u00e9", or decomposed "Jose\\u0301") still names
    the person."""
    escaped = set()
    for needle in needles:
        for form in ("NFC", "NFD"):
            spelt = json.dumps(unicodedata.normalize(form, needle), ensure_ascii=True)[1:-1]
            if spelt != needle:
                escaped.add(spelt)
    return bool(escaped) and _pattern(sorted(escaped, key=len, reverse=True)).search(text) is not None


class ForgetEverythingReport(BaseModel):
    people: int = 0
    settings: int = 0
    backups: int = 0
    kept: list[str] = Field(default_factory=list)


def forget_everything(store: Store) -> ForgetEverythingReport:
    """Erase every person, every setting (your own profile included) and every backup."""
    report = ForgetEverythingReport()
    with store.transaction():
        ids = [doc["id"] for doc in store.people()]
        for person_id in ids:
            store.delete_person(person_id)
        report.people = len(ids)
        names = list(store.settings())
        for name in names:
            store.delete_setting(name)
        report.settings = len(names)
    for backup in store.list_backups():
        shutil.rmtree(backup, ignore_errors=True)
        report.backups += 1
    report.kept = [
        name for name in ("token", "pairing.json") if (store.data_dir / name).exists()
    ]
    return report
