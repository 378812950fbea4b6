"""Damage is never read as emptiness; a write is seen whole or not at all; backups bring back the last good state."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from fuzz_depth import FUZZ_SCALE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.cli.store_commands import backups as backups_command
from companion.cli.store_commands import restore as restore_command
from companion.errors import StoreDamaged, StoreError
from companion.storage import store as store_module
from companion.storage.store import (
    JOURNAL,
    Store,
    encode_journal,
    find_backup,
    inspect_store_files,
    prune_backups,
    shard_of,
    shard_paths,
)


def person(i: int) -> dict:
    return {"id": f"p-{i:04d}", "keys": [f"k:{i}"], "profiles": {"web": {"name": f"Person {i}"}}}


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    with Store(tmp_path) as store:
        store.save_people(person(i) for i in range(200))
        store.set_setting("me", {"name": "Me"})
    return tmp_path


def shard_file(data_dir: Path, person_id: str) -> Path:
    return shard_paths(data_dir / "store")[shard_of(person_id)]


# ------------------------------------------------------------ damage is refused, and named


def test_meta_names_every_shard_written_so_a_missing_one_later_is_damage(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        store.save_person(person(1))
    path = shard_file(tmp_path, "p-0001")
    others = [p for p in shard_paths(tmp_path / "store") if p != path]
    assert path.exists() and not any(p.exists() for p in others)  # a shard no one was stored in need not exist
    with Store(tmp_path) as store:
        assert store.get_person("p-0001")
    path.unlink()
    with pytest.raises(StoreDamaged, match="it is missing"):
        Store(tmp_path).open()


@pytest.mark.parametrize("damage", ["empty", "whitespace", "truncated", "list", "wrong table", "row not an object",
                                   "missing", "invalid utf-8"])
@pytest.mark.parametrize("which", ["shard", "meta"])
def test_a_damaged_store_file_is_refused_with_its_name(filled: Path, damage: str, which: str) -> None:
    path = filled / "store" / "meta.json" if which == "meta" else shard_file(filled, "p-0007")
    content = {
        "empty": b"", "whitespace": b"  \n", "truncated": path.read_bytes()[:40], "list": b"[]",
        "wrong table": b'{"something": {}}', "row not an object": b'{"people": {"p-1": 3}, "meta": {"x": 1}}',
        "missing": None, "invalid utf-8": b'{"people": {"\xff": {}}}',
    }[damage]
    if content is None:
        path.unlink()
    else:
        path.write_bytes(content)
    with pytest.raises(StoreDamaged) as raised:
        Store(filled).open()
    assert str(path) in raised.value.message and "companion restore" in raised.value.message
    assert inspect_store_files(filled / "store") and path.name in inspect_store_files(filled / "store")[0]


def test_a_missing_meta_beside_people_is_damage_not_a_new_store(filled: Path) -> None:
    (filled / "store" / "meta.json").unlink()
    with pytest.raises(StoreDamaged, match="meta.json is damaged: it is missing"):
        Store(filled).open()


def test_a_shard_emptied_while_running_is_refused_on_reload(filled: Path) -> None:
    with Store(filled) as store:
        shard_file(filled, "p-0007").write_bytes(b"")
        with pytest.raises(StoreDamaged):
            store.refresh(force=True)
            store.get_person("p-0007")


@settings(max_examples=60 * FUZZ_SCALE, deadline=None, suppress_health_check=list(HealthCheck))
@given(content=st.one_of(st.binary(max_size=200), st.from_type(type(None)).map(lambda _: b"{}"),
                         st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=5),
                                      lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
                                          st.text(max_size=5), inner, max_size=3)).map(
                                          lambda v: json.dumps(v).encode())))
def test_any_store_file_content_either_loads_or_is_refused_with_a_sentence(tmp_path_factory, content: bytes) -> None:
    data_dir = tmp_path_factory.mktemp("fuzz")
    with Store(data_dir):
        pass
    target = shard_paths(data_dir / "store")[3]
    target.write_bytes(content)
    try:
        with Store(data_dir) as store:
            list(store.people())
    except StoreError as exc:
        assert exc.message.endswith(")") or exc.message.endswith(".")
        assert target.name in exc.message


# ------------------------------------------------------------ a write is whole or not at all


def test_a_journal_left_by_a_crash_is_applied_before_anything_reads(filled: Path) -> None:
    new_meta = {"meta": {"schema": {"version": store_module.SCHEMA_VERSION}, "me": {"value": {"name": "Me"}}}}
    path = shard_file(filled, "p-9999")
    shard = json.loads(path.read_bytes())
    shard["people"]["p-9999"] = person(9999)
    store_dir = filled / "store"
    (store_dir / JOURNAL).write_bytes(encode_journal([(path, json.dumps(shard).encode()),
                                                     (store_dir / "meta.json", json.dumps(new_meta).encode())]))
    with Store(filled) as store:
        assert store.get_person("p-9999") is not None and store.person_id_for_key("k:9999") == "p-9999"
    assert not (store_dir / JOURNAL).exists()


def test_a_torn_journal_was_never_committed_and_is_dropped(filled: Path) -> None:
    store_dir = filled / "store"
    whole = encode_journal([(shard_file(filled, "p-0001"), b'{"people": {}}')])
    (store_dir / JOURNAL).write_bytes(whole[:-6])
    with Store(filled) as store:
        assert store.get_person("p-0001") is not None
    assert not (store_dir / JOURNAL).exists()


def test_a_failure_half_way_through_a_multi_file_write_is_finished_not_half_seen(filled: Path, monkeypatch) -> None:
    real = store_module.write_atomically
    calls = []

    def failing_after_the_journal(path, data, *args, **kwargs):
        calls.append(path.name)
        if len(calls) == 3:  # the journal, one file, then the disk "fills"
            raise StoreError("The disk is full.")
        return real(path, data, *args, **kwargs)

    with Store(filled) as store:
        monkeypatch.setattr(store_module, "write_atomically", failing_after_the_journal)
        with store.transaction():
            for i in range(300, 340):  # lands in many shards
                store.save_person(person(i))
        monkeypatch.setattr(store_module, "write_atomically", real)
        assert calls[0] == JOURNAL
    with Store(filled) as store:  # the journal finishes the write on the next open
        assert all(store.get_person(f"p-{i:04d}") for i in range(300, 340))


def test_a_write_that_fails_before_its_commit_changes_nothing_and_the_index_forgets_it(filled: Path, monkeypatch) -> None:
    def full(path, data, *args, **kwargs):
        raise StoreError("The disk is full: could not save it. Free some space; nothing was changed.")

    with Store(filled) as store:
        monkeypatch.setattr(store_module, "write_atomically", full)
        with pytest.raises(StoreError):
            store.save_person(person(5000))
        assert store.person_id_for_key("k:5000") is None and store.get_person("p-5000") is None
        with pytest.raises(StoreError):
            with store.transaction():
                store.save_person(person(5001))
                store.set_setting("x", 1)
        assert store.person_id_for_key("k:5001") is None and store.get_setting("x") is None


def test_only_stale_temporary_files_are_cleaned_and_only_under_the_lock(filled: Path) -> None:
    store_dir = filled / "store"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = store_dir / f".people-00.json.{dead.stdout.strip()}.1.tmp"
    live = store_dir / f".people-01.json.{os.getpid()}.1.tmp"  # a writer in flight: this very process
    stale.write_bytes(b"x")
    live.write_bytes(b"x")
    with Store(filled):
        pass
    assert not stale.exists() and live.exists()


# ------------------------------------------------------------ backups and restore


def test_backups_are_taken_hourly_and_before_bulk_changes(filled: Path) -> None:
    with Store(filled) as store:
        names = [b.name for b in store.list_backups()]
    assert any(n.endswith("-hourly") for n in names)
    with Store(filled) as store:  # within the hour: no second hourly backup
        store.save_person(person(777))
        assert len([b for b in store.list_backups() if b.name.endswith("-hourly")]) == 1


def test_damage_written_in_place_into_the_store_never_reaches_a_backup(filled: Path) -> None:
    with Store(filled) as store:
        folder = store.backup("manual")
    shard_file(filled, "p-0007").write_bytes(b"")  # in place, as a disk fault or a stray tool would
    assert json.loads((folder / shard_file(filled, "p-0007").name).read_bytes())["people"]["p-0007"]


def test_a_backup_is_frozen_while_the_store_moves_on(filled: Path) -> None:
    with Store(filled) as store:
        folder = store.backup("manual")
        store.save_person({**person(7), "profiles": {"web": {"name": "Renamed"}}})
    saved = json.loads((folder / shard_file(filled, "p-0007").name).read_bytes())
    assert saved["people"]["p-0007"]["profiles"]["web"]["name"] == "Person 7"


def test_pruning_keeps_two_days_then_one_a_day_for_thirty_days_and_the_newest_three(tmp_path: Path) -> None:
    now = datetime(2026, 12, 6, 12, tzinfo=UTC)
    hours = [1, 5, 30, 50, 51, 60, 24 * 10, 24 * 10 + 2, 24 * 40, 24 * 41]
    for h in hours:
        (tmp_path / f"{(now - timedelta(hours=h)).strftime('%Y%m%dT%H%M%S')}-hourly").mkdir()
    (tmp_path / "my-own-folder").mkdir()
    removed = {p.name for p in prune_backups(tmp_path, now)}
    kept = {p.name for p in tmp_path.iterdir()}
    stamp = {h: f"{(now - timedelta(hours=h)).strftime('%Y%m%dT%H%M%S')}-hourly" for h in hours}
    assert {stamp[1], stamp[5], stamp[30], "my-own-folder"} <= kept  # the last two days, and not ours
    assert stamp[24 * 10] in kept and stamp[24 * 10 + 2] in removed  # one a day: the newest of that day
    assert stamp[24 * 40] in removed and stamp[24 * 41] in removed  # past thirty days
    assert stamp[50] in kept and stamp[51] in removed and stamp[60] in removed  # all on 4 December: its newest


def test_the_newest_three_are_kept_whatever_their_age(tmp_path: Path) -> None:
    now = datetime(2026, 12, 6, tzinfo=UTC)
    for days in (100, 200, 300, 400):
        (tmp_path / f"{(now - timedelta(days=days)).strftime('%Y%m%dT%H%M%S')}-hourly").mkdir()
    prune_backups(tmp_path, now)
    assert len(list(tmp_path.iterdir())) == 3


def test_restore_brings_back_the_last_good_state_of_a_damaged_store(filled: Path) -> None:
    with Store(filled) as store:
        store.backup("manual")
    shard_file(filled, "p-0007").write_bytes(b"")
    (filled / "store" / "meta.json").write_bytes(b"")
    with pytest.raises(StoreDamaged):
        Store(filled).open()
    result = CliRunner().invoke(restore_command, ["--yes", "--data-dir", str(filled)])
    assert result.exit_code == 0, result.output
    assert "Restored" in result.stdout and "before-restore" in result.stdout
    with Store(filled) as store:
        assert store.count_people() == 200 and store.get_setting("me") == {"name": "Me"}
        kept = [b for b in store.list_backups() if b.name.endswith("before-restore")]
    assert kept and (kept[0] / "meta.json").read_bytes() == b""  # the damaged state is kept too: nothing lost


def test_restore_skips_damaged_backups_and_names_one_by_time(filled: Path) -> None:
    with Store(filled) as store:
        good = store.backup("manual")
        store.save_person(person(9000))
        bad = store.backup("manual")
    (bad / "meta.json").unlink()  # backups share unchanged files: damage one by replacing it
    (bad / "meta.json").write_bytes(b"")
    assert find_backup(filled / "backups", None) == good
    assert find_backup(filled / "backups", good.name[:8]) in {good, bad}
    stamp = datetime.strptime(good.name[:15], "%Y%m%dT%H%M%S").strftime("%Y-%m-%dT%H:%M:%S")
    assert find_backup(filled / "backups", stamp).name.startswith(good.name[:15])
    result = CliRunner().invoke(restore_command, ["--yes", "--data-dir", str(filled), bad.name])
    assert result.exit_code == 1 and "cannot be restored" in str(result.exception or result.output)
    result = CliRunner().invoke(restore_command, ["--yes", "--data-dir", str(filled), "1999-01-01"])
    assert result.exit_code == 1


def test_backups_and_restore_are_commands_of_the_cli(filled: Path) -> None:
    from companion.cli import main

    result = CliRunner().invoke(main, ["backups", "--data-dir", str(filled)])
    assert result.exit_code == 0 and "hourly" in result.stdout
    result = CliRunner().invoke(main, ["restore", "--yes", "--data-dir", str(filled)])
    assert result.exit_code == 0 and "Restored" in result.stdout


def test_backups_lists_each_with_its_reason_and_state(filled: Path) -> None:
    with Store(filled) as store:
        folder = store.backup("before-import")
    (folder / "meta.json").unlink()
    (folder / "meta.json").write_bytes(b"")
    result = CliRunner().invoke(backups_command, ["--data-dir", str(filled)])
    assert result.exit_code == 0 and "before-import" in result.stdout and "damaged" in result.stdout
    listed = json.loads(CliRunner().invoke(backups_command, ["--json", "--data-dir", str(filled)]).stdout)
    assert {b["reason"] for b in listed["backups"]} >= {"hourly", "before-import"}
    assert [b["whole"] for b in listed["backups"] if b["name"] == folder.name] == [False]


def test_doctor_names_the_damage_and_the_restore_that_fixes_it(filled: Path) -> None:
    from companion.cli import main

    with Store(filled) as store:
        good = store.backup("manual")
    shard_file(filled, "p-0007").write_bytes(b"")
    result = CliRunner().invoke(main, ["doctor", "--json", "--data-dir", str(filled)])
    assert result.exit_code == 1
    store_check = next(c for c in json.loads(result.stdout)["checks"] if c["name"] == "store")
    assert not store_check["ok"] and shard_file(filled, "p-0007").name in store_check["detail"]
    assert "companion restore" in store_check["fix"] and good.name in store_check["fix"]


def test_the_server_takes_a_backup_when_it_starts(tmp_path: Path) -> None:
    from companion.api.app import create_app  # noqa: F401  (the app opens the store this way)

    with Store(tmp_path) as store:
        store.save_person(person(1))
    Store(tmp_path).open(backup="start").close()
    assert any(b.name.endswith("-start") for b in Store(tmp_path).list_backups())
