"""Benchmark: the `companion` command in fresh processes, on the 30,000-person data set (dataset.py).

Each command runs RUNS times (default 10) in a fresh process, after one uncounted warm-up, in turn with the
others and with a bare `python -c pass` (help, people, show, ..., bare, help, ...), so a drift in the
machine's speed lands on all of them alike. Twice: first with no companion on the data dir (each read
command reads the store itself: the people index, then only the shards it needs), then with a real
`companion serve` running on it (each read command asks it over loopback).

Figures: the median wall clock of the whole process beside its target (`--help` and `--version` ≤ 150 ms;
a read command with the companion running ≤ 250 ms; without it ≤ 500 ms and peak memory (the process's
maximum resident set) ≤ 150 MB), its spread, and how many times a bare Python's start it is. Also, once:
a read with the people index missing, when it is rebuilt from every shard; and `show` and `starters` of a
person not shown before (the figures above repeat one person, whose common ground and starters are kept in
the store after the first run), a new person in each process.

Run alone: .venv/bin/python bench/bench_cli.py [RUNS]   (also part of `make bench`)
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

HELP_TARGET_MS = 150.0
WITH_COMPANION_MS = 250.0
WITHOUT_COMPANION_MS = 500.0
WITHOUT_COMPANION_MB = 150.0
RUNS = 10
PERSON = "https://www.linkedin.com/in/bench-42/"  # a full profile, named as a user would paste it
# A full profile the data set logs no contact with (its interactions land on the first few hundred), put in a
# circle by run(): the active circle, an acquaintance, whose card carries a check-in with its opener from their
# starters (issue 18); a close or inner circle makes a friend, whose opener is our own line (own_check_in_line).
IN_A_CIRCLE = "https://www.linkedin.com/in/bench-4321/"
BARE = "python -c pass"


def reads() -> dict[str, tuple[list[str], str | None]]:
    """The read commands timed: name -> (arguments, stdin)."""
    from bench_http import DRAFT

    return {
        "people --limit 20": (["people", "--limit", "20"], None),
        "show PERSON": (["show", PERSON], None),
        "starters PERSON": (["starters", PERSON], None),
        "show PERSON in a circle, no contact logged": (["show", IN_A_CIRCLE], None),
        "followups": (["followups"], None),
        "commitments": (["commitments"], None),
        "check (2,000 characters on stdin)": (["check"], (DRAFT * 10)[:2000]),
    }


def companion_command() -> list[str]:
    """The `companion` script installed beside this Python, as a user runs it; else `python -m companion`."""
    script = shutil.which("companion", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "companion"]


# Starts argv from a Python with nothing imported, and prints the milliseconds from its fork to its exit, its
# peak resident set and its CPU time. A process's peak counts the memory of the process it was forked from, so argv is
# not forked from this benchmark (tens of MB): this launcher's few MB are the floor every figure carries.
LAUNCHER = """
import os, sys, time
started = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    os.execvp(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
cpu = (usage.ru_utime + usage.ru_stime) * 1000
print((time.perf_counter() - started) * 1000, usage.ru_maxrss, cpu, os.waitstatus_to_exitcode(status))
"""

Run = tuple[float, float, float]  # wall ms, peak MB, CPU ms


def run_once(argv: list[str], stdin: str | None = None, env: dict | None = None) -> Run:
    """(milliseconds from starting argv to its exit, its peak resident memory in MB, its CPU milliseconds);
    it must succeed."""
    done = subprocess.run([sys.executable, "-S", "-c", LAUNCHER, *argv], input=(stdin or "").encode(),
                          capture_output=True, env=env, check=True)
    elapsed, peak_kb, cpu, status = done.stdout.split()
    if int(status) != 0:
        raise RuntimeError(f"{' '.join(argv)} exited {status}: {done.stderr.decode(errors='replace')[-300:]}")
    return float(elapsed), int(peak_kb) / 1024, float(cpu)


def measure(commands: dict[str, tuple[list[str], str | None]], runs: int, env: dict | None = None
            ) -> dict[str, list[Run]]:
    """Each command's runs over `runs` fresh processes, in turn, after one uncounted warm-up each."""
    for argv, stdin in commands.values():
        run_once(argv, stdin, env)  # warm-up: files into the page cache, bytecode written, the index built
    figures: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, (argv, stdin) in commands.items():
            figures[name].append(run_once(argv, stdin, env))
    return figures


FIRST_TIME = 1_000  # full profiles from here on (dataset.py: the first 5,000 are full) are shown once each


def first_time(companion: list[str], runs: int, env: dict) -> dict[str, list[Run]]:
    """`show` and `starters` of a person no command has shown before, a new one in each process, in turn with a
    bare Python."""
    figures: dict[str, list[Run]] = {"companion show PERSON": [], "companion starters PERSON": [], BARE: []}
    for i in range(runs):
        for name, command in (("companion show PERSON", "show"), ("companion starters PERSON", "starters")):
            person = f"https://www.linkedin.com/in/bench-{FIRST_TIME + 2 * i + (command == 'starters')}/"
            figures[name].append(run_once([*companion, command, person], env=env))
        figures[BARE].append(run_once([sys.executable, "-c", "pass"], env=env))
    return figures


def put_in_a_circle(companion: list[str], env: dict) -> None:
    """IN_A_CIRCLE in the active circle (a write, before the warm-ups), checked to have no contact logged."""
    import json

    done = subprocess.run([*companion, "circle", IN_A_CIRCLE, "active", "--json"], capture_output=True, text=True,
                          env=env, check=True)
    tie = json.loads(done.stdout)["tie"]
    if tie["last_contact"] is not None or not tie["next_check_in"]:
        raise RuntimeError(f"{IN_A_CIRCLE} should have a check-in and no contact logged: {tie}")


def start_companion_with_index(data_dir: Path, env: dict) -> subprocess.Popen:
    """bench_http's `companion serve`, started as a user starts it, returned once it has also written server.json
    and built its rarity index in the background (seconds of CPU that would otherwise land on the first figures)."""
    import json

    from bench_http import free_port, start_companion

    from companion.api.pairing import get_or_create_token

    port = free_port()
    status = urllib.request.Request(f"http://127.0.0.1:{port}/v1/status",
                                    headers={"Authorization": f"Bearer {get_or_create_token(data_dir)}"})

    def index_ready() -> bool:
        with urllib.request.urlopen(status, timeout=1) as answer:
            return bool(json.loads(answer.read()).get("index_ready")) and (data_dir / "server.json").exists()

    server, _ = start_companion(data_dir, port, command=companion_command(), env=env, ready=index_ready, timeout=120)
    return server


def _spread(values: list[float]) -> str:
    return f"{min(values):.0f}–{max(values):.0f} ms"


def _figures(times: dict[str, list[Run]], names: list[str], target_ms: float, target_mb: float | None,
             where: str) -> list:
    from report import Figure

    bare = statistics.median(ms for ms, _, _ in times[BARE])
    figures = []
    for name in names:
        walls = [ms for ms, _, _ in times[name]]
        median = statistics.median(walls)
        peak = max(mb for _, mb, _ in times[name])
        cpu = statistics.median(cpu for _, _, cpu in times[name])
        met = median <= target_ms and (target_mb is None or peak <= target_mb)
        measured = f"median {median:.0f} ms" + (f", peak {peak:.0f} MB" if target_mb is not None else "")
        target = f"≤ {target_ms:.0f} ms" + (f", ≤ {target_mb:.0f} MB" if target_mb is not None else "")
        figures.append(Figure(f"`{name}` {where}", measured, target, met,
                              f"{len(walls)} fresh processes, {_spread(walls)}, CPU {cpu:.0f} ms; "
                              f"{median / bare:.1f}× a bare Python"
                              + ("" if target_mb is not None else f"; peak {peak:.0f} MB")))
    return figures


def _bare(times: dict[str, list[Run]], where: str):
    from report import Figure

    walls = [ms for ms, _, _ in times[BARE]]
    return Figure(f"`{BARE}` beside them", f"median {statistics.median(walls):.0f} ms", "", None,
                  f"a bare Python's start, in turn with the commands {where}, {_spread(walls)}")


def run(runs: int = RUNS, data_root: Path | None = None) -> list:
    """The figures for `make bench`."""
    from dataset import generate
    from report import Figure

    data_dir = generate((data_root or Path(tempfile.gettempdir()) / "rapport-bench") / "data")
    env = {**os.environ, "COMPANION_DATA_DIR": str(data_dir)}
    # As installed (pip compiles the bytecode): a checkout run under PYTHONDONTWRITEBYTECODE would otherwise
    # compile every module of every command again in every process. The warm-up writes it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    companion = companion_command()
    commands = {"companion --help": ([*companion, "--help"], None),
                "companion --version": ([*companion, "--version"], None),
                **{f"companion {name}": ([*companion, *argv], stdin) for name, (argv, stdin) in reads().items()},
                BARE: ([sys.executable, "-c", "pass"], None)}
    read_names = [f"companion {name}" for name in reads()]
    figures = []
    put_in_a_circle(companion, env)

    # The people index missing (a first read, or after a restore): rebuilt from every shard, once.
    shutil.rmtree(data_dir / "store" / "index", ignore_errors=True)
    rebuild_ms, rebuild_mb, _ = run_once([*companion, "people", "--limit", "20"], env=env)
    figures.append(Figure("`companion people --limit 20`, the people index missing", f"{rebuild_ms:.0f} ms",
                          "—", None, f"peak {rebuild_mb:.0f} MB; rebuilt from all 64 shards, then kept"))

    without = measure(commands, runs, env)
    figures += _figures(without, ["companion --help", "companion --version"], HELP_TARGET_MS, None,
                        "without a companion")
    figures += _figures(without, read_names, WITHOUT_COMPANION_MS, WITHOUT_COMPANION_MB, "without a companion")
    figures.append(_bare(without, "without a companion"))
    # The figures above show one person again and again, as a user does, so from the second run on their
    # common ground and starters are read back from the store (memory/answers.py, KeptGround). Someone
    # not shown before is computed in full: timed here too, a new person for every process.
    first = first_time(companion, runs, env)
    figures += _figures(first, list(first)[:-1], WITHOUT_COMPANION_MS, WITHOUT_COMPANION_MB,
                        "without a companion, a person not shown before")

    from bench_http import stop_companion

    server = start_companion_with_index(data_dir, env)
    try:
        with_companion = measure({name: commands[name] for name in ["companion --help", *read_names, BARE]},
                                 runs, env)
    finally:
        stop_companion(server)
    figures += _figures(with_companion, ["companion --help"], HELP_TARGET_MS, None, "with the companion running")
    figures += _figures(with_companion, read_names, WITH_COMPANION_MS, None, "with the companion running")
    figures.append(_bare(with_companion, "with the companion running"))
    return figures


def main() -> None:
    from report import command_line, print_figures

    args = command_line(__doc__, runs=dict(type=int, default=RUNS, help=f"processes per command (default {RUNS})"))
    print_figures("The CLI in fresh processes (30,000 people)", run(args.runs))


if __name__ == "__main__":
    main()
