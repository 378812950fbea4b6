"""`make bench`: generates the data set, runs every benchmark and prints each figure beside its target."""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from report import Figure, command_line, cpu_ticks, print_figures, stolen_share  # noqa: E402

BENCHES = [
    ("The companion over HTTP (30k people, 5k full profiles, 100k interactions)", "bench_http"),
    ("The send guard in process, and its accuracy", "bench_guard"),
    ("Common ground against 30,000 people", "bench_common_ground"),
    ("Common ground on blind pairs: recall and false friends", "bench_ground_recall"),
    ("Conversation starters on the review set: judged sendable, none unsupported", "bench_starters"),
    ("Import", "bench_import"),
    ("The CLI in fresh processes: `--help` and every read command, without and with a companion", "bench_cli"),
    ("The extension's content script", "bench_extension"),
]


def main() -> int:
    command_line(__doc__)
    ticks = cpu_ticks()
    everything: list[Figure] = []
    for title, module_name in BENCHES:
        started = time.perf_counter()
        try:
            figures = importlib.import_module(module_name).run()
        except Exception as exc:  # one broken benchmark must not hide the others' figures
            figures = [Figure(module_name, "failed", "", False, f"{type(exc).__name__}: {exc}")]
        print_figures(f"{title} ({time.perf_counter() - started:.0f} s)", figures)
        everything += figures
    missed = [f for f in everything if f.met is False]
    print(f"\n{len(everything)} figures, {sum(f.met is True for f in everything)} targets met, {len(missed)} missed")
    for f in missed:
        print(f"  MISSED: {f.what}: {f.measured} (target {f.target}) {f.note}")
    stolen = stolen_share(ticks, cpu_ticks())
    if stolen is not None:
        # On a shared virtual machine, time the host gives to other guests lands on every clock above.
        print(f"CPU time the host took for other machines during the run (steal): {stolen:.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
