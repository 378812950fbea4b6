"""LinkedIn's Connections.csv, in every variant seen in real exports.

  2018:      First Name,Last Name,Email Address,Company,Position,Connected On          (no preamble)
  2021-11:   "Notes:" preamble, then the same header without URL
  2025-12:   "Notes:" preamble, then First Name,Last Name,URL,Email Address,Company,Position,Connected On

Files may start with a byte-order mark; dates are "15 Mar 2021" or "03/15/21"; companies with commas are
quoted. The header row is found by its content, not by skipping a fixed number of lines.
Merging: the same LinkedIn URL (or email) is the same person; else the same name at the same company.
"""

from __future__ import annotations

import copy
import csv
import functools
import io
import re
from datetime import datetime
from pathlib import Path

from companion.errors import InvalidInput
from companion.memory.importers import CHUNK, PROGRESS_EVERY, ImportSummary, Progress
from companion.memory.people import (
    iso_now,
    new_person,
    normalise_name,
    profile_url_key,
    utc_now,
)
from companion.models import SHORT_TEXT, Profile
from companion.storage.store import Store

REQUIRED = ("First Name", "Last Name")
# The stored shape of a Profile, built once: validating a model per row costs more than the rest of a row.
EMPTY_PROFILE = Profile(site="linkedin").model_dump(mode="json")
EMPTY_EXPERIENCE = {"company": None, "title": None, "start": None, "end": None, "location": None}
LINKEDIN_URL = re.compile(r"^https?://(?:[\w-]+\.)?linkedin\.com/in/([^/?#\s]+)/?(?:[?#].*)?$", re.IGNORECASE)
HEADER_SEARCH_ROWS = 20
DATE_FORMATS = ("%d %b %Y", "%m/%d/%y", "%m/%d/%Y", "%Y-%m-%d", "%d %B %Y", "%b %d, %Y")


def decode(raw: bytes) -> str:
    """The file's text: UTF-8 (with or without BOM), else Windows-1252 as older Excel saves it."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace").lstrip("\ufeff")


@functools.lru_cache(maxsize=8192)  # a file repeats the same few thousand dates; strptime is slow
def parse_connected_on(value: str) -> str | None:
    """"15 Mar 2021" or "03/15/21" (and a few other spellings) as an ISO date, or None."""
    value = value.strip()
    if not value:
        return None
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def company_key(company: str | None) -> str:
    """A company name for matching: case, punctuation and legal suffixes ignored ("Stripe, Inc." = "stripe")."""
    words = normalise_name(company or "").split()
    while words and words[-1] in ("inc", "llc", "ltd", "gmbh", "sa", "sl", "bv", "ag", "plc", "corp", "co"):
        words.pop()
    return " ".join(words)


def read_rows(path: Path) -> tuple[list[tuple[int, dict[str, str]]], dict[str, int]]:
    """The data rows as (line number, {column: value}), and the header; a broken file is an InvalidInput."""
    try:
        text = decode(Path(path).read_bytes())
    except OSError as exc:
        raise InvalidInput(f"Could not read {path}: {exc.strerror or exc}.") from exc
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    header: list[str] | None = None
    rows: list[tuple[int, dict[str, str]]] = []
    try:
        for row in reader:
            if header is None:
                cells = [c.strip() for c in row]
                if all(name in cells for name in REQUIRED):
                    header = cells
                elif reader.line_num > HEADER_SEARCH_ROWS:
                    break
                continue
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                raise InvalidInput(
                    f"Line {reader.line_num} of {Path(path).name} has {len(row)} fields where the header has "
                    f"{len(header)} (a value with a comma must be in quotes); nothing was imported."
                )
            rows.append((reader.line_num, dict(zip(header, row, strict=False))))
    except csv.Error as exc:
        raise InvalidInput(
            f"Line {reader.line_num} of {Path(path).name} is not valid CSV ({exc}); nothing was imported."
        ) from None
    if header is None:
        raise InvalidInput(
            f"{Path(path).name} is not a LinkedIn Connections.csv: no header row with “First Name” and "
            "“Last Name” in its first lines. Export it again from LinkedIn (Settings → Data privacy)."
        )
    return rows, {name: i for i, name in enumerate(header)}


def _url_key(url: str) -> str | None:
    match = LINKEDIN_URL.match(url)
    return f"linkedin:{match[1].lower()}" if match else profile_url_key(url)


def _profile_of(row: dict[str, str]) -> tuple[dict, str, str, str | None]:
    """The stored profile dict (the shape of Profile.model_dump), name, company and URL key of a row."""
    first, last = row.get("First Name", "").strip(), row.get("Last Name", "").strip()
    name = " ".join(p for p in (first, last) if p)[:SHORT_TEXT]
    url = (row.get("URL") or "").strip() or None
    company = (row.get("Company") or "").strip()[:SHORT_TEXT] or None
    position = (row.get("Position") or "").strip()[:SHORT_TEXT] or None
    experience = [{**EMPTY_EXPERIENCE, "company": company, "title": position}] if company or position else []
    url_key = _url_key(url) if url else None
    slug = url_key.split(":", 1)[1] if url_key and url_key.startswith("linkedin:") else None
    profile = {**EMPTY_PROFILE, "url": url, "name": name or None, "handle": slug, "experience": experience}
    return profile, name, company or "", url_key


def _names_and_companies(doc: dict) -> set[tuple[str, str]]:
    pairs = set()
    for data in doc.get("profiles", {}).values():
        name = normalise_name(data.get("name") or "")
        if not name:
            continue
        companies = [company_key(e.get("company")) for e in data.get("experience") or []]
        for company in companies or [""]:
            pairs.add((name, company))
    return pairs


def _has_other_linkedin(doc: dict, key: str | None) -> bool:
    return any(k.startswith("linkedin:") and k != key for k in doc.get("keys", []))


def import_connections(store: Store, path: Path, progress: Progress | None = None, now: datetime | None = None) -> ImportSummary:
    """Import a Connections.csv: add new people, merge known ones, skip (and say why) what cannot be used."""
    now = now or utc_now()
    stamp = iso_now(now)
    rows, _ = read_rows(path)
    summary = ImportSummary(source="linkedin-connections", file=str(path), rows=len(rows))
    if store.count_people():
        store.backup("before-import")
    # Snapshots of who is known, taken once: per-row store lookups would dominate a 30,000-row import.
    owner_of: dict[str, str] = {}
    by_name: dict[tuple[str, str], str] = {}
    stored: dict[str, dict] = {}  # read-only views; a record is copied only when the import changes it
    for doc in store.people():
        stored[doc["id"]] = doc
        for key in doc.get("keys", []):
            owner_of.setdefault(key, doc["id"])
        for pair in _names_and_companies(doc):
            by_name.setdefault(pair, doc["id"])
    touched: dict[str, dict] = {}  # person id -> record changed by this import (not yet saved)
    seen_in_file: set[str] = set()
    from companion.memory.me import own_keys  # me builds on people, as this module does

    yours = own_keys(store)
    undated = 0
    for index, (line, row) in enumerate(rows):
        if progress and index % PROGRESS_EVERY == 0:
            progress(index, len(rows))
        profile, name, company, url_key = _profile_of(row)
        if not name:
            summary.skip("no name (a deleted or private account)", line)
            continue
        email = (row.get("Email Address") or "").strip().lower()
        connected_on = parse_connected_on(row.get("Connected On") or "")
        if connected_on is None and (row.get("Connected On") or "").strip():
            undated += 1
        keys = [k for k in (url_key, f"email:{email}" if email else None) if k]
        if yours & set(keys):
            # Your own row: you are never one of your contacts, nor one of the people added or skipped.
            summary.notes.append(f"Recognised you ({name}, line {line}) and left you out of your contacts.")
            continue
        name_pair = (normalise_name(name), company_key(company))
        # Without a URL or email, name and company are all there is to tell two people apart.
        identity = keys[0] if keys else f"linkedin-import:{name_pair[0]}|{name_pair[1]}"
        person_id = next((owner_of[k] for k in [*keys, identity] if k in owner_of), None)
        if person_id is None:
            candidate = by_name.get(name_pair)
            if candidate:
                doc = touched.get(candidate) or stored.get(candidate)
                if doc is not None and not (url_key and _has_other_linkedin(doc, url_key)):
                    person_id = candidate
        if person_id is not None and person_id in seen_in_file:
            summary.skip("the same person appears twice in the file", line)
            continue
        if person_id is None:
            doc = new_person([identity, *[k for k in keys if k != identity]], now)
            doc["profiles"]["linkedin"] = profile
            doc["connected_on"] = connected_on
            summary.added += 1
        else:
            doc = touched.get(person_id)
            if doc is None:
                if not _merge_into(stored[person_id], profile, keys, connected_on, None):
                    summary.skip("already in your Rapport, nothing new", line)
                    seen_in_file.add(person_id)
                    continue
                doc = copy.deepcopy(stored[person_id])
            _merge_into(doc, profile, keys, connected_on, stamp)
            summary.merged += 1
        touched[doc["id"]] = doc
        for key in doc["keys"]:
            owner_of.setdefault(key, doc["id"])
        seen_in_file.add(doc["id"])
        by_name.setdefault(name_pair, doc["id"])
        if len(touched) >= CHUNK:
            stored.update(touched)  # saved records stay visible to the rows still to come
            _flush(store, touched)
    _flush(store, touched)
    if progress:
        progress(len(rows), len(rows))
    if undated:
        summary.warnings.append(f"{undated} connection date(s) were not understood and were left empty.")
    return summary


def _merge_into(doc: dict, data: dict, keys: list[str], connected_on: str | None, stamp: str | None) -> bool:
    """Add what the export knows to a known person without overwriting what a capture saw.

    Returns whether anything changed; with `stamp` None it only answers that, touching nothing.
    """
    existing = doc["profiles"].get("linkedin")
    changed = False
    if existing is None:
        changed = True
        if stamp:
            doc["profiles"]["linkedin"] = data
    else:
        for field, value in data.items():
            if existing.get(field) in (None, "", []) and value not in (None, "", []):
                changed = True
                if stamp:
                    existing[field] = value
    for key in keys:
        if key not in doc["keys"]:
            changed = True
            if stamp:
                doc["keys"].append(key)
    if connected_on and not doc.get("connected_on"):
        changed = True
        if stamp:
            doc["connected_on"] = connected_on
    if changed and stamp:
        doc["updated_at"] = stamp
    return changed


def _flush(store: Store, touched: dict[str, dict]) -> int:
    count = store.save_people(touched.values()) if touched else 0
    touched.clear()
    return count

