"""`companion doctor` on a damaged store reads each backup's files once: whether a backup is whole and which damaged
file it can repair come from one inspection, not one more per damaged file (reviewer, tidy item 1); and the store's
own files once too, not once for the damage said and again for the files to repair."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from memory_helpers import capture

from companion.cli import main
from companion.storage import store as store_module
from companion.storage.store import Store, shard_of, shard_paths


def test_doctor_parses_each_backup_file_once_with_two_damaged_files(data_dir: Path,
                                                                    monkeypatch: pytest.MonkeyPatch):
    with Store(data_dir) as store:
        ids = [capture(store, f"Person {i}", f"person-{i}")["id"] for i in range(40)]
        store.backup("hourly")
    shards = sorted({shard_of(pid) for pid in ids})[:2]
    assert len(shards) == 2
    for shard in shards:  # two damaged files: before, each made doctor read every backup file again
        path = shard_paths(data_dir / "store")[shard]
        path.write_bytes(path.read_bytes()[:40])

    parsed: Counter[Path] = Counter()
    real_parse = store_module.parse_store_file

    def counting_parse(path: Path, raw: bytes, table: str) -> dict:
        parsed[path] += 1
        return real_parse(path, raw, table)

    monkeypatch.setattr(store_module, "parse_store_file", counting_parse)
    result = CliRunner().invoke(main, ["doctor", "--json", "--data-dir", str(data_dir)])

    store_check = next(c for c in json.loads(result.stdout)["checks"] if c["name"] == "store")
    assert "companion restore --only-damaged" in store_check["fix"]  # the answer itself is unchanged
    from_backups = {path: n for path, n in parsed.items() if (data_dir / "backups") in path.parents}
    assert from_backups and set(from_backups.values()) == {1}, from_backups
    # The store's own files too: the damage said and the files a backup can repair come from one inspection.
    from_store = {path: n for path, n in parsed.items() if path.parent == data_dir / "store"}
    assert from_store and set(from_store.values()) == {1}, from_store
