"""One damaged store file is repaired alone (newcomer 5, item 3): `companion restore --only-damaged` brings back a
sound copy of that file from the newest backup holding one, keeps every other file as it is (the notes, contacts
and people stored since in them), says what the repaired file lost, keeps the store as it was in a before-restore
backup, and `companion doctor` recommends it rather than the whole rollback. Without a terminal, restore asks
for --yes in one sentence (item 21)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from memory_helpers import capture

from companion.cli import main
from companion.memory.notes import add_note
from companion.storage.store import (
    META,
    PEOPLE,
    Store,
    damaged_store_files,
    list_backups,
    parse_store_file,
    shard_of,
    shard_paths,
)


def run(data_dir: Path, *args: str, stdin: str | None = None):
    return CliRunner().invoke(main, [*args, "--data-dir", str(data_dir)], input=stdin)


def setup_damage(data_dir: Path) -> dict:
    """Ten people and a backup; then a note on someone in a sound shard, a newcomer stored in the victim's shard
    (the people index still names them), and the victim's shard truncated."""
    with Store(data_dir) as store:
        ids = {i: capture(store, f"Person {i}", f"person-{i}")["id"] for i in range(10)}
        store.backup("hourly")
    victim_shard = shard_of(ids[0])
    sound = next(pid for pid in ids.values() if shard_of(pid) != victim_shard)
    newcomer = None
    with Store(data_dir) as store:
        add_note(store, sound, "promised to send the deck")
        for i in range(10, 400):
            doc = capture(store, f"Late Comer {i}", f"late-{i}")
            if shard_of(doc["id"]) == victim_shard:
                newcomer = doc
                break
    run(data_dir, "people")  # a read command writes the people index, as any use of Rapport does
    path = shard_paths(data_dir / "store")[victim_shard]
    path.write_bytes(path.read_bytes()[:40])
    return {"ids": ids, "sound": sound, "victim_path": path, "newcomer": newcomer, "damage": path.read_bytes()}


def test_only_the_damaged_file_comes_back_and_the_rest_stays(data_dir):
    case = setup_damage(data_dir)
    before = {p.name: p.read_bytes() for p in (data_dir / "store").glob("*.json") if p != case["victim_path"]}

    doctor = run(data_dir, "doctor", "--json")
    store_check = next(c for c in json.loads(doctor.stdout)["checks"] if c["name"] == "store")
    assert "companion restore --only-damaged" in store_check["fix"]

    result = run(data_dir, "restore", "--only-damaged", "--yes")
    assert result.exit_code == 0, result.output
    words = " ".join(result.output.split())
    assert f"Restored {case['victim_path'].name}" in words and "every other file is as it was" in words
    assert "Late Comer" in words and "is lost" in words  # the newcomer the index still named

    assert damaged_store_files(data_dir / "store") == []
    after = {p.name: p.read_bytes() for p in (data_dir / "store").glob("*.json") if p != case["victim_path"]}
    assert after == before  # every other file byte for byte (meta.json and the note's shard among them)
    with Store(data_dir) as store:
        assert [n["text"] for n in store.get_person(case["sound"])["notes"]] == ["promised to send the deck"]
        assert store.get_person(case["ids"][0]) is not None
    before_restore = next(b for b in list_backups(data_dir / "backups") if b.name.endswith("before-restore"))
    assert (before_restore / case["victim_path"].name).read_bytes() == case["damage"]  # kept as evidence


def test_a_damaged_meta_file_comes_back_with_counters_past_every_id_in_use(data_dir):
    with Store(data_dir) as store:
        pid = capture(store, "Ana Lima", "ana-lima")["id"]
        store.backup("hourly")
        notes = [add_note(store, pid, f"note {i}").id for i in range(3)]
    (data_dir / "store" / "meta.json").write_bytes(b'{"garbage": [')
    result = run(data_dir, "restore", "--only-damaged", "--yes", "--json")
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert [r["file"] for r in answer["restored"]] == ["meta.json"]
    meta = data_dir / "store" / "meta.json"
    assert parse_store_file(meta, meta.read_bytes(), META)
    with Store(data_dir) as store:
        assert store.get_person(pid) is not None
        new = add_note(store, pid, "after the repair")
        assert new.id not in notes  # the counter was raised past the notes added since the backup
        assert sum(len(parse_store_file(p, p.read_bytes(), PEOPLE)[PEOPLE]) for p in shard_paths(data_dir / "store")
                   if p.exists()) == 1


def test_restore_without_a_terminal_asks_for_yes_in_one_sentence(data_dir):
    setup_damage(data_dir)
    for args in (["restore"], ["restore", "--only-damaged"]):
        result = run(data_dir, *args, stdin="")
        assert result.exit_code == 1
        assert "add --yes" in result.output and "Aborted" not in result.output and "Restore?" not in result.output
    refused = run(data_dir, "restore", stdin="n\n")  # an answer piped in is still read
    assert refused.exit_code == 1 and "Restore?" in refused.output


def test_forget_without_a_terminal_asks_for_yes_in_one_sentence(data_dir):
    with Store(data_dir) as store:
        pid = capture(store, "Ana Lima", "ana-lima")["id"]
    for args in (["forget", pid], ["forget", "--everything"]):
        result = run(data_dir, *args, stdin="")
        assert result.exit_code == 1
        assert "add --yes" in result.output and "Aborted" not in result.output and "This cannot be undone" not in result.output
    with Store(data_dir) as store:
        assert store.get_person(pid) is not None
