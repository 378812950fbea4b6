"""The store: durable on every acknowledged write, coherent across processes, honest when damaged."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from companion.errors import StoreDamaged, StoreError
from companion.storage import store as store_module
from companion.storage.store import ProcessLock, Store


def person(pid: str, name: str = "Ana", keys: list[str] | None = None) -> dict:
    return {"id": pid, "keys": keys or [f"linkedin:{pid}"], "profiles": {"linkedin": {"name": name}}}


def test_saved_person_is_there_after_reopening(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        store.save_person(person("p-1", "Ana Lima"))
    with Store(tmp_path) as store:
        assert store.get_person("p-1")["profiles"]["linkedin"]["name"] == "Ana Lima"
        assert store.count_people() == 1


def test_get_person_returns_a_copy_that_does_not_change_the_store(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        store.save_person(person("p-1"))
        copy = store.get_person("p-1")
        copy["profiles"]["linkedin"]["name"] = "changed"
        assert store.get_person("p-1")["profiles"]["linkedin"]["name"] == "Ana"


def test_identity_keys_find_their_person_and_follow_replacement(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        store.save_person(person("p-1", keys=["linkedin:ana", "x:ana"]))
        assert store.person_id_for_key("x:ana") == "p-1"
        store.save_person(person("p-1", keys=["linkedin:ana"]))
        assert store.person_id_for_key("x:ana") is None
        store.delete_person("p-1")
        assert store.person_id_for_key("linkedin:ana") is None
        assert store.get_person("p-1") is None


def test_a_write_rewrites_one_shard_not_the_whole_store(tmp_path: Path, monkeypatch) -> None:
    with Store(tmp_path) as store:
        store.save_people(person(f"p-{i}") for i in range(500))
        written: list[str] = []
        real = store_module.write_atomically
        monkeypatch.setattr(store_module, "write_atomically", lambda p, d, mode=0o600, **kw: (written.append(p.name), real(p, d, mode, **kw)))
        store.save_person(person("p-new"))
        people_files = [name for name in written if name.startswith("people-")]
        assert len(people_files) == 1
        size = (tmp_path / "store" / people_files[0]).stat().st_size
        total = sum(p.stat().st_size for p in (tmp_path / "store").glob("people-*.json"))
        assert size < total / 10


def test_a_batch_flushes_each_changed_shard_once(tmp_path: Path, monkeypatch) -> None:
    with Store(tmp_path) as store:
        written: list[str] = []
        real = store_module.write_atomically
        monkeypatch.setattr(store_module, "write_atomically", lambda p, d, mode=0o600, **kw: (written.append(p.name), real(p, d, mode, **kw)))
        store.save_people(person(f"p-{i}") for i in range(2_000))
        people_files = [name for name in written if name.startswith("people-")]
        assert len(people_files) == len(set(people_files)) <= store_module.SHARDS
    with Store(tmp_path) as store:
        assert store.count_people() == 2_000


def test_a_failed_write_is_an_error_and_memory_matches_the_disk(tmp_path: Path, monkeypatch) -> None:
    with Store(tmp_path) as store:
        store.save_person(person("p-1", "Before"))

        def disk_full(path, data, mode=0o600, **kw):
            raise StoreError("The disk is full: could not save it. Free some space; nothing was changed.")

        monkeypatch.setattr(store_module, "write_atomically", disk_full)
        with pytest.raises(StoreError, match="disk is full"):
            store.save_person(person("p-1", "After"))
        with pytest.raises(StoreError):
            store.save_person(person("p-2", "New"))
        monkeypatch.undo()
        assert store.get_person("p-1")["profiles"]["linkedin"]["name"] == "Before"
        assert store.get_person("p-2") is None


def test_a_read_only_data_dir_gives_a_sentence_not_a_traceback(tmp_path: Path, monkeypatch) -> None:
    import errno

    real_open = os.open

    def read_only(path, flags, *args):
        if flags & os.O_CREAT and str(path).endswith(".tmp"):
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, *args)

    with Store(tmp_path) as store:
        store.save_person(person("p-1"))
        monkeypatch.setattr(store_module.os, "open", read_only)
        with pytest.raises(StoreError, match="not writable"):
            store.save_person(person("p-2"))
        monkeypatch.undo()
        assert store.get_person("p-2") is None
        assert store.get_person("p-1") is not None


def test_disk_full_is_reported_with_a_sentence(tmp_path: Path, monkeypatch) -> None:
    import errno

    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    with Store(tmp_path) as store:
        monkeypatch.setattr(store_module.os, "fsync", no_space)
        with pytest.raises(StoreError, match="disk is full"):
            store.save_person(person("p-1"))
        monkeypatch.undo()
        assert store.get_person("p-1") is None
        assert not list((tmp_path / "store").glob(".*.tmp"))


def test_a_damaged_store_file_is_reported_by_name(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        store.save_person(person("p-1"))
    damaged = next((tmp_path / "store").glob("people-*.json"))
    damaged.write_bytes(damaged.read_bytes()[:-7])
    with pytest.raises(StoreDamaged, match=damaged.name):
        Store(tmp_path).open()


def test_leftover_temporary_files_from_a_crash_are_ignored(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        store.save_person(person("p-1"))
    (tmp_path / "store" / ".people-00.json.123.tmp").write_text('{"half')
    with Store(tmp_path) as store:
        assert store.get_person("p-1") is not None
    assert not list((tmp_path / "store").glob(".*.tmp"))


def test_a_write_by_another_process_is_seen_without_restarting(tmp_path: Path) -> None:
    server_side = Store(tmp_path).open()
    cli_side = Store(tmp_path).open()
    server_side.get_person("p-none")  # the server has just looked
    cli_side.save_person(person("p-cli", "From the CLI"))
    # A write never overwrites what another process wrote, even before a read would have looked again.
    server_side.save_person(person("p-srv", "From the server"))
    time.sleep(store_module.REFRESH_SECONDS)
    assert server_side.get_person("p-cli")["profiles"]["linkedin"]["name"] == "From the CLI"
    assert server_side.person_id_for_key("linkedin:p-cli") == "p-cli"
    assert cli_side.get_person("p-srv")["profiles"]["linkedin"]["name"] == "From the server"
    server_side.close()
    cli_side.close()
    with Store(tmp_path) as fresh:
        assert {fresh.get_person("p-cli") is not None, fresh.get_person("p-srv") is not None} == {True}


def test_a_second_holder_of_a_lock_is_refused_with_the_holder_named(tmp_path: Path) -> None:
    first = ProcessLock(tmp_path / "serve.lock")
    first.acquire(blocking=False, what="this server")
    code = (
        "import sys; from pathlib import Path; from companion.storage.store import ProcessLock\n"
        "try:\n    ProcessLock(Path(sys.argv[1])).acquire(blocking=False, what='this server')\n"
        "except Exception as e:\n    print(type(e).__name__, e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "serve.lock")], capture_output=True, text=True)
    first.release()
    assert "StoreLocked" in out.stdout
    assert f"process {os.getpid()}" in out.stdout


def test_an_older_store_is_backed_up_then_migrated(tmp_path: Path, monkeypatch) -> None:
    with Store(tmp_path) as store:
        store.save_person(person("p-1", "Ana"))
    current = store_module.SCHEMA_VERSION
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", current + 1)

    def add_source(store: Store) -> None:
        for doc in list(store.people()):
            store.save_person({**doc, "sources": doc.get("sources", ["capture"])})

    monkeypatch.setitem(store_module.MIGRATIONS, current, add_source)
    with Store(tmp_path) as store:
        assert store.schema_version == current + 1
        assert store.get_person("p-1")["sources"] == ["capture"]
        backups = [b for b in store.list_backups() if b.name.endswith(f"before-schema-{current + 1}")]
    assert len(backups) == 1
    saved = [json.loads(path.read_text()) for path in backups[0].glob("people-*.json")]
    assert any("p-1" in table.get("people", {}) for table in saved)
    assert all("sources" not in doc for table in saved for doc in table.get("people", {}).values())


def test_a_store_from_a_newer_companion_is_refused(tmp_path: Path, monkeypatch) -> None:
    with Store(tmp_path):
        pass
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 0)
    with pytest.raises(StoreError, match="newer companion"):
        Store(tmp_path).open()


WRITER = """
import sys
from companion.storage.store import Store
store = Store(sys.argv[1]).open()
i = 0
while True:
    store.save_person({"id": f"p-{i}", "keys": [f"k:{i}"], "profiles": {"web": {"name": "x" * 200}}})
    print(i, flush=True)
    i += 1
"""


def test_sigkill_in_a_burst_of_writes_loses_no_acknowledged_write(tmp_path: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    acknowledged = []
    deadline = time.monotonic() + 20
    while len(acknowledged) < 300 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        acknowledged.append(int(line))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    assert len(acknowledged) >= 50, "the writer did not get going"
    with Store(tmp_path) as store:
        missing = [i for i in acknowledged if store.get_person(f"p-{i}") is None]
        assert missing == []
        assert store.count_people() >= len(acknowledged)
