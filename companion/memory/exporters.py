"""Exports of everything the user has: JSON (lossless, re-importable), CSV (one row per person), vCard 4.

The JSON export is the store's own records plus every setting, so `companion import` of it into an empty
data dir gives back exactly the same people, notes, interactions, promises, circles and settings.
vCard keeps every URL a person has (one URL line each), unlike the address books that keep only the first.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import datetime

from companion.errors import InvalidInput
from companion.memory.commitments import is_open
from companion.memory.people import iso_now, merged_profile, utc_now
from companion.memory.tie_strength import tie_of
from companion.storage.store import Store
from companion.text_controls import without_escapes

EXPORT_FORMAT = "rapport-export"
EXPORT_VERSION = 1
FORMATS = ("json", "csv", "vcard")


def export_data(store: Store, now: datetime | None = None, *, left_out: int | None = None) -> dict:
    """Everything, as one JSON-ready dict; a partial export (`left_out` given) says it in "partial"."""
    people = sorted((dict(doc) for doc in store.people()), key=lambda d: d["id"])
    data = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": iso_now(now),
        "settings": store.settings(),
        "people": people,
    }
    if left_out is not None:  # -1: a damaged file held an unknown number of people
        data["partial"] = {"people_left_out": None if left_out < 0 else left_out,
                           "damaged_files": [str(path) for path in store.damaged_files()]}
    return data


def export_json(store: Store, now: datetime | None = None, *, left_out: int | None = None) -> str:
    """The JSON export as text."""
    return json.dumps(export_data(store, now, left_out=left_out), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _emails(doc: dict) -> list[str]:
    return [k.split(":", 1)[1] for k in doc.get("keys", []) if k.startswith("email:")]


def _urls(doc: dict) -> list[str]:
    urls: list[str] = []
    for data in doc.get("profiles", {}).values():
        for url in [data.get("url"), *(data.get("websites") or [])]:
            if url and url not in urls:
                urls.append(url)
    return urls


CSV_COLUMNS = (
    "id", "name", "handle", "headline", "company", "position", "location", "urls", "emails", "tags",
    "connected_on", "circle", "stage", "strength", "last_contact", "next_check_in", "notes", "interactions",
    "open_commitments", "first_seen", "updated_at",
)


# A cell starting with one of these is a formula to a spreadsheet, and a captured page could have put
# it there (OWASP "CSV injection"): such a cell gets a leading apostrophe, which spreadsheets hide.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert_cell(value):
    """A CSV cell a spreadsheet shows as text, never runs as a formula."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


def export_csv(store: Store, now: datetime | None = None) -> str:
    """One row per person; lists inside a cell are separated by " | "."""
    now = now or utc_now()
    weights = store.get_setting("tie_weights")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for doc in sorted(store.people(), key=lambda d: d["id"]):
        profile = merged_profile(doc)
        current = next((e for e in profile.experience if not e.end), profile.experience[0] if profile.experience else None)
        tie = tie_of(doc, now, weights)
        writer.writerow(inert_cell(cell) for cell in [
            doc["id"], profile.name or profile.handle or doc["id"], profile.handle or "", profile.headline or "",
            (current.company if current else "") or "", (current.title if current else "") or "",
            profile.location or "", " | ".join(_urls(doc)), " | ".join(_emails(doc)), " | ".join(doc.get("tags", [])),
            doc.get("connected_on") or "", doc.get("circle") or "", tie.stage, tie.strength,
            tie.last_contact or "", tie.next_check_in or "",
            " | ".join(f"[{n['created_at'][:10]}] {n['text']}" for n in doc.get("notes", [])),
            " | ".join(
                f"{i['at']} {i['kind']}" + (f": {i['note']}" if i.get("note") else "") for i in doc.get("interactions", [])
            ),
            " | ".join(
                f"{c['text']} (due {c.get('due') or '-'})" for c in doc.get("commitments", [])
                if is_open(c)
            ),
            doc.get("first_seen") or "", doc.get("updated_at") or "",
        ])
    return out.getvalue()


def _escape(value: str) -> str:
    """A vCard text value (RFC 6350 §3.4): backslash, comma, semicolon and newlines escaped."""
    return (
        value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\r\n", "\n").replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 6350 §3.2), never inside a UTF-8 character."""
    out, current = [], b""
    for char in line:
        encoded = char.encode()
        limit = 75 if not out else 74  # continuation lines start with a space
        if len(current) + len(encoded) > limit:
            out.append(current.decode())
            current = b""
        current += encoded
    out.append(current.decode())
    return "\r\n ".join(out)


# A word of a name holds a letter: an emoji or a symbol after it ('Javi López ⛩️') is no name part.
_NAME_PART = re.compile(r"[^\W\d_]")


def name_parts(name: str) -> tuple[str, str]:
    """(family, given) for a vCard's N (RFC 6350 §6.2.2): the family name only when it is surely the last word (a
    name of two words), else empty with the whole name as given ('Eduardo Alvarez Nowak': one family name or two
    cannot be told, and a wrong family name is worse than none). Emoji and symbols are never a part."""
    words = [w for w in name.split() if _NAME_PART.search(w)]
    if len(words) == 2:
        return words[1], words[0]
    return "", " ".join(words)


def vcard_of(doc: dict) -> str:
    """One person as a vCard 4.0; an organisation's account (a meetup, a brand) as KIND:org with its ORG, not a
    person's N."""
    from companion.ground.person_reading import is_organisation

    profile = merged_profile(doc)
    name = profile.name or profile.handle or doc["id"]  # display_name(), without merging the profiles twice
    organisation = bool(profile.name) and is_organisation(profile)
    lines = ["BEGIN:VCARD", "VERSION:4.0", f"UID:urn:rapport:{doc['id']}"]
    if organisation:
        lines += ["KIND:org", f"FN:{_escape(name)}", f"ORG:{_escape(name)}"]
    else:
        family, given = name_parts(profile.name or "")
        lines += [f"FN:{_escape(name)}", f"N:{_escape(family)};{_escape(given)};;;"]
    if profile.handle:
        lines.append(f"NICKNAME:{_escape(profile.handle)}")
    current = next((e for e in profile.experience if not e.end), profile.experience[0] if profile.experience else None)
    if current and current.company and not organisation:
        lines.append(f"ORG:{_escape(current.company)}")
    if current and current.title:
        lines.append(f"TITLE:{_escape(current.title)}")
    elif profile.headline:
        lines.append(f"TITLE:{_escape(profile.headline)}")
    if profile.location:
        lines.append(f"ADR:;;;{_escape(profile.location)};;;")
    for email in _emails(doc):
        lines.append(f"EMAIL:{email}")
    for site, data in doc.get("profiles", {}).items():
        if data.get("url"):
            lines.append(f"URL;TYPE=x-{site}:{data['url']}")
        for website in data.get("websites") or []:
            lines.append(f"URL:{website}")
    if doc.get("tags"):
        lines.append("CATEGORIES:" + ",".join(_escape(t) for t in doc["tags"]))
    notes = [n["text"] for n in doc.get("notes", [])]
    if notes:
        lines.append(f"NOTE:{_escape(chr(10).join(notes))}")
    if doc.get("connected_on"):
        lines.append(f"X-RAPPORT-CONNECTED-ON:{doc['connected_on']}")
    if doc.get("circle"):
        lines.append(f"X-RAPPORT-CIRCLE:{doc['circle']}")
    if doc.get("updated_at"):
        lines.append(f"REV:{doc['updated_at']}")
    lines.append("END:VCARD")
    # Each URL line is kept once even if two sites point at the same address.
    seen, unique = set(), []
    for line in lines:
        if line.startswith("URL") and line.split(":", 1)[1] in seen:
            continue
        if line.startswith("URL"):
            seen.add(line.split(":", 1)[1])
        unique.append(line)
    return "\r\n".join(_fold(line) for line in unique) + "\r\n"


def export_vcard(store: Store, now: datetime | None = None) -> str:
    """Every person as vCard 4.0, one after another in one file."""
    return "".join(vcard_of(doc) for doc in sorted(store.people(), key=lambda d: d["id"]))


def export_as(store: Store, fmt: str, now: datetime | None = None, *, left_out: int | None = None) -> str:
    """The export in `fmt` (json, csv or vcard); `left_out`: how many people a damaged store file kept out of a
    partial export (the JSON says so in a field, so the file itself shows it is incomplete)."""
    if fmt == "json":
        text = export_json(store, now, left_out=left_out)
    elif fmt == "csv":
        text = export_csv(store, now)
    elif fmt == "vcard":
        text = export_vcard(store, now)
    else:
        raise InvalidInput(f"“{fmt}” is not an export format; use one of {', '.join(FORMATS)}.")
    # An export, written to a file or piped, is read by spreadsheets, address books and `cat`: never an ESC in it.
    return without_escapes(text)
