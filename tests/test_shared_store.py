"""Processes share the store safely: CLI writers beside a server under a burst of captures lose nothing."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from test_cli_server import free_port, start_server, stop
from test_reliability import CAPTURE_CLIENT

from companion.api.pairing import get_or_create_token
from companion.storage.store import Store

# One process of many `companion note` runs: each run opens the store, writes, and closes it, as the CLI does.
CLI_WRITER = """
import sys
from click.testing import CliRunner
from companion.cli import main
data_dir, person, writer, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
runner = CliRunner()
for i in range(count):
    result = runner.invoke(main, ["note", person, f"note {writer}-{i}", "--data-dir", data_dir])
    if result.exit_code != 0:
        print("ERROR", result.output, result.exception, flush=True)
        sys.exit(1)
    print("ok", writer, i, flush=True)
"""

WRITERS, NOTES_EACH = 8, 12


@pytest.mark.slow
def test_eight_cli_writers_beside_a_server_under_a_capture_burst_lose_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with Store(data_dir) as store:
        store.save_person({"id": "p-shared", "keys": ["web:shared"], "profiles": {"web": {"name": "Shared Person"}}})
    port = free_port()
    server = start_server(data_dir, port)
    token = get_or_create_token(data_dir)
    captured: list[list[str]] = []
    try:
        burst = subprocess.Popen([sys.executable, "-c", CAPTURE_CLIENT, str(port), token],
                                 stdout=subprocess.PIPE, text=True)
        # Whole "N person-id" lines only: terminating the burst may cut its last line short.
        reader = threading.Thread(target=lambda: captured.extend(
            line.split() for line in burst.stdout if re.fullmatch(r"\d+ p-\S+\n", line)), daemon=True)
        reader.start()
        # Overlap is made, not hoped for: the writers start once the burst is under way, and it must go on
        # capturing while they write (a slow CI machine changes how many, not whether).
        deadline = time.monotonic() + 60
        while len(captured) < 3 and time.monotonic() < deadline:
            time.sleep(0.02)
        before = len(captured)
        writers = [subprocess.Popen([sys.executable, "-c", CLI_WRITER, str(data_dir), "p-shared", str(w),
                                     str(NOTES_EACH)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
                   for w in range(WRITERS)]
        outputs = [w.communicate(timeout=300)[0] for w in writers]
        during = len(captured) - before
        burst_alive = burst.poll() is None  # a capture refused or timed out would have ended it early
        burst.terminate()
        burst.wait(timeout=60)
        reader.join(timeout=60)
        burst.stdout.close()
    finally:
        stop(server)
    errors = [o for o in outputs if "ERROR" in o or "Traceback" in o]
    assert not errors, errors[0]
    assert all(w.returncode == 0 for w in writers)
    assert burst_alive, "a capture failed while the CLI wrote"
    assert before >= 3 and during > 0, "the burst must overlap the writers"
    with Store(data_dir) as store:
        notes = {n["text"] for n in store.get_person("p-shared")["notes"]}
        assert notes == {f"note {w}-{i}" for w in range(WRITERS) for i in range(NOTES_EACH)}
        assert all(store.get_person(person_id) for _, person_id in captured)
        assert len({n["id"] for n in store.get_person("p-shared")["notes"]}) == WRITERS * NOTES_EACH  # no id reused
    assert not list((data_dir / "store").glob(".*.tmp"))
