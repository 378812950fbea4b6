"""SIGKILL in the middle of a migration and of an import: the store loads, nothing is half-written,
and running the same step again finishes the job with nothing lost or doubled."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from companion.storage import store as store_module
from companion.storage.store import Store

MIGRATING = """
import sys, time
from companion.storage import store as s

def slow_tag(store):
    for doc in list(store.people()):
        if "migrated" not in doc:
            store.save_person({**doc, "migrated": True})
            print("migrated", doc["id"], flush=True)
            time.sleep(0.01)

s.MIGRATIONS[s.SCHEMA_VERSION] = slow_tag
s.SCHEMA_VERSION += 1
s.Store(sys.argv[1]).open()
print("done", flush=True)
"""


def wait_for_lines(proc: subprocess.Popen, count: int, timeout: float = 30) -> list[str]:
    lines: list[str] = []
    deadline = time.monotonic() + timeout
    while len(lines) < count and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line.strip())
    return lines


def test_a_kill_during_a_migration_leaves_a_backup_and_the_rerun_completes(tmp_path: Path, monkeypatch) -> None:
    with Store(tmp_path) as store:
        store.save_people({"id": f"p-{i:03d}", "keys": [f"k:{i}"], "profiles": {"web": {"name": f"N{i}"}}}
                          for i in range(300))
    proc = subprocess.Popen([sys.executable, "-c", MIGRATING, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    seen = wait_for_lines(proc, 40)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    assert len(seen) == 40 and "done" not in seen, "the kill must land mid-migration"

    def slow_tag(store: Store) -> None:
        for doc in list(store.people()):
            if "migrated" not in doc:
                store.save_person({**doc, "migrated": True})

    current = store_module.SCHEMA_VERSION
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", current + 1)
    monkeypatch.setitem(store_module.MIGRATIONS, current, slow_tag)
    with Store(tmp_path) as store:  # the old version number is still there: the migration runs again
        assert store.schema_version == current + 1
        assert store.count_people() == 300
        assert all(doc.get("migrated") for doc in store.people())
        backups = [b for b in store.list_backups() if "before-schema" in b.name]
    assert backups, "a backup is taken before a migration"
    saved = {}
    for path in backups[0].glob("people-*.json"):
        saved.update(json.loads(path.read_text()).get("people", {}))
    assert len(saved) == 300 and not any(doc.get("migrated") for doc in saved.values())


def connections_csv(path: Path, rows: int) -> Path:
    lines = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
    lines += [f"Ana{i},Lima{i},https://www.linkedin.com/in/ana-lima-{i},,Acme {i % 50},Engineer,15 Mar 2021"
              for i in range(rows)]
    path.write_text("\n".join(lines) + "\n")
    return path


def test_a_kill_during_an_import_loses_nothing_and_a_rerun_adds_each_row_once(tmp_path: Path) -> None:
    data = tmp_path / "data"
    csv_file = connections_csv(tmp_path / "Connections.csv", 25_000)
    proc = subprocess.Popen([sys.executable, "-m", "companion", "import", str(csv_file), "--data-dir", str(data)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list((data / "store").glob("people-*.json")):
        time.sleep(0.02)
    time.sleep(0.3)
    proc.send_signal(signal.SIGKILL)
    killed_early = proc.wait() == -signal.SIGKILL
    with Store(data) as store:  # loads: every file is either its old or its new self
        after_kill = store.count_people()
    assert after_kill <= 25_000
    print(f"\nimport killed after {after_kill:,} of 25,000 rows were durable")
    rerun = subprocess.run([sys.executable, "-m", "companion", "import", str(csv_file), "--data-dir", str(data), "--json"],
                           capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    with Store(data) as store:
        assert store.count_people() == 25_000
        slugs = {key for doc in store.people() for key in doc["keys"] if key.startswith("linkedin:")}
    assert len(slugs) == 25_000
    assert killed_early or after_kill == 25_000
