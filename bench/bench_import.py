"""Benchmark: import a 30,000-row LinkedIn Connections.csv (the 2025 variant, with URLs, built on the real
header) into an empty data dir, then re-import it (every row is already known). Target: ≤ 10 s.

Run alone: .venv/bin/python bench/bench_import.py [ROWS]   (also part of `make bench`)
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from fixtures.exports_connections import REAL_EXPORTS, make_connections_csv  # noqa: E402

from companion.memory.importers import import_path  # noqa: E402
from companion.storage.store import Store  # noqa: E402

TARGET_SECONDS = 10.0
ROWS = 30_000


def measure(rows: int = ROWS) -> dict:
    """Wall and CPU seconds of a first import and of a re-import of the same file."""
    if not REAL_EXPORTS.is_dir():
        raise RuntimeError(f"{REAL_EXPORTS} is missing: the benchmark builds its file on the real headers there.")
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = Path(tmp) / "Connections.csv"
        csv_path.write_bytes(make_connections_csv("2025", rows))
        store = Store(Path(tmp) / "data").open()
        try:
            started, cpu = time.perf_counter(), time.process_time()
            summary = import_path(store, csv_path)
            first, first_cpu = time.perf_counter() - started, time.process_time() - cpu
            started = time.perf_counter()
            again = import_path(store, csv_path)
            second = time.perf_counter() - started
        finally:
            store.close()
    return {"rows": rows, "first": first, "first_cpu": first_cpu, "second": second,
            "added": summary.added, "again_added": again.added, "again_skipped": again.skipped}


def run() -> list:
    """The figures for `make bench`."""
    from report import Figure

    m = measure()
    return [
        Figure(f"import {m['rows']:,}-row Connections.csv", f"{m['first']:.1f} s", f"≤ {TARGET_SECONDS:.0f} s",
               m["first"] <= TARGET_SECONDS, f"CPU {m['first_cpu']:.1f} s; {m['added']:,} added"),
        Figure("re-import of the same file", f"{m['second']:.1f} s", "", None,
               f"{m['again_added']} added, {m['again_skipped']:,} skipped as already known"),
    ]


def main() -> None:
    from report import command_line

    args = command_line(__doc__, rows=dict(type=int, default=ROWS, help=f"rows in the file (default {ROWS:,})"))
    m = measure(args.rows)
    verdict = "OK" if m["first"] <= TARGET_SECONDS else "TOO SLOW"
    print(f"import of {m['rows']:,} rows: {m['first']:.2f} s ({m['rows'] / m['first']:,.0f} rows/s); "
          f"target ≤ {TARGET_SECONDS:.0f} s: {verdict}")
    print(f"  CPU time {m['first_cpu']:.2f} s (the rest is waiting: disk syncs, or other processes on the machine)")
    print(f"  added {m['added']:,}")
    print(f"re-import of the same file: {m['second']:.2f} s ({m['again_added']} added, {m['again_skipped']:,} skipped)")


if __name__ == "__main__":
    main()
