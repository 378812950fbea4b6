"""Notes the user keeps about a person: add, edit, delete. Each write is durable when it returns."""

from __future__ import annotations

from datetime import datetime

from companion.errors import InvalidInput, NotFound
from companion.memory.people import iso_now
from companion.models import LONG_TEXT, Note, without_controls
from companion.storage.store import Store


def person_or_not_found(store: Store, person_id: str) -> dict:
    """A copy of the stored person, or NotFound with a sentence."""
    doc = store.get_person(person_id)
    if doc is None:
        raise NotFound(f"No person with id {person_id} is in your Rapport; see `companion people`.")
    return doc


def _clean(text: str) -> str:
    # A note reaches CSV and vCard files: a U+202E or an escape in it would reorder or drive what shows them.
    text = without_controls(text or "").strip()
    if not text:
        raise InvalidInput("A note needs some text.")
    if len(text) > LONG_TEXT:
        raise InvalidInput(f"A note can hold at most {LONG_TEXT:,} characters; this one has {len(text):,}.")
    return text


def add_note(store: Store, person_id: str, text: str, now: datetime | None = None) -> Note:
    """Add a note to a person."""
    text = _clean(text)
    with store.transaction():
        doc = person_or_not_found(store, person_id)
        note = Note(id=store.next_id("note"), text=text, created_at=iso_now(now), updated_at=None)
        doc.setdefault("notes", []).append(note.model_dump(mode="json"))
        doc["updated_at"] = iso_now(now)
        store.save_person(doc)
    return note


def _find(doc: dict, note_id: int) -> dict:
    for note in doc.get("notes", []):
        if note["id"] == note_id:
            return note
    raise NotFound(f"{doc['id']} has no note {note_id}; `companion show {doc['id']}` lists the notes.")


def edit_note(store: Store, person_id: str, note_id: int, text: str, now: datetime | None = None) -> Note:
    """Replace a note's text (its creation time is kept)."""
    text = _clean(text)
    with store.transaction():
        doc = person_or_not_found(store, person_id)
        note = _find(doc, int(note_id))
        note["text"] = text
        note["updated_at"] = iso_now(now)
        doc["updated_at"] = iso_now(now)
        store.save_person(doc)
    return Note.model_validate(note)


def delete_note(store: Store, person_id: str, note_id: int) -> None:
    """Delete a note."""
    with store.transaction():
        doc = person_or_not_found(store, person_id)
        note = _find(doc, int(note_id))
        doc["notes"] = [n for n in doc["notes"] if n is not note]
        store.save_person(doc)


def notes_of(doc: dict) -> list[Note]:
    """A person's notes, oldest first."""
    return [Note.model_validate(n) for n in doc.get("notes", [])]
