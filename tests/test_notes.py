from __future__ import annotations

from datetime import timedelta

import pytest
from memory_helpers import NOW, capture, open_store

from companion.errors import InvalidInput, NotFound
from companion.memory.notes import add_note, delete_note, edit_note, notes_of


def test_note_is_kept_durably_and_reads_back(store, data_dir):
    jane = capture(store, "Jane Doe", "jane-doe")
    note = add_note(store, jane["id"], "  Training for the Lisbon marathon  ", now=NOW)
    assert note.text == "Training for the Lisbon marathon"
    assert note.created_at.startswith("2026-11-20")
    reopened = open_store(data_dir)
    try:
        assert [n.text for n in notes_of(reopened.get_person(jane["id"]))] == ["Training for the Lisbon marathon"]
    finally:
        reopened.close()


def test_note_ids_are_unique_across_people(store):
    jane = capture(store, "Jane Doe", "jane-doe")
    bob = capture(store, "Bob Roe", "bob-roe")
    ids = [add_note(store, jane["id"], "a").id, add_note(store, bob["id"], "b").id, add_note(store, jane["id"], "c").id]
    assert len(set(ids)) == 3


def test_edit_replaces_text_and_keeps_creation_time(store):
    jane = capture(store, "Jane Doe", "jane-doe")
    note = add_note(store, jane["id"], "first", now=NOW)
    edited = edit_note(store, jane["id"], note.id, "second", now=NOW + timedelta(days=2))
    assert edited.text == "second"
    assert edited.created_at == note.created_at
    assert edited.updated_at.startswith("2026-11-22")
    assert [n.text for n in notes_of(store.get_person(jane["id"]))] == ["second"]


def test_delete_removes_only_that_note(store):
    jane = capture(store, "Jane Doe", "jane-doe")
    keep = add_note(store, jane["id"], "keep")
    drop = add_note(store, jane["id"], "drop")
    delete_note(store, jane["id"], drop.id)
    assert [n.id for n in notes_of(store.get_person(jane["id"]))] == [keep.id]


def test_unknown_note_or_person_is_not_found(store):
    jane = capture(store, "Jane Doe", "jane-doe")
    with pytest.raises(NotFound, match="no note 99"):
        edit_note(store, jane["id"], 99, "x")
    with pytest.raises(NotFound):
        delete_note(store, jane["id"], 99)
    with pytest.raises(NotFound):
        add_note(store, "p-000000000000", "x")


def test_empty_or_huge_note_is_refused(store):
    jane = capture(store, "Jane Doe", "jane-doe")
    with pytest.raises(InvalidInput, match="needs some text"):
        add_note(store, jane["id"], "   ")
    with pytest.raises(InvalidInput, match="at most"):
        add_note(store, jane["id"], "x" * 20_001)
    assert store.get_person(jane["id"])["notes"] == []
