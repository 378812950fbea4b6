"""What every benchmark shares: one shape for a figure, the table `make bench` prints, the command line
(--help), and how much CPU the host stole meanwhile."""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from rich.console import Console
from rich.table import Table


@dataclass
class Figure:
    what: str
    measured: str
    target: str
    met: bool | None  # None: informational, no target
    note: str = ""


def percentile(values: list[float], pct: float) -> float:
    """The pct-th percentile (nearest rank) of values."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(0, min(len(ordered) - 1, int(round(pct / 100 * len(ordered) + 0.5)) - 1))
    return ordered[rank]


def print_figures(title: str, figures: list[Figure]) -> None:
    table = Table(title=title, title_justify="left")
    for column in ("what", "measured", "target", "met", "note"):
        table.add_column(column, overflow="fold")
    for f in figures:
        met = "—" if f.met is None else ("[green]yes[/]" if f.met else "[red]NO[/]")
        table.add_row(f.what, f.measured, f.target, met, f.note)
    Console().print(table)


def command_line(doc: str, argv: list[str] | None = None, **positionals: dict) -> argparse.Namespace:
    """A benchmark's arguments: --help prints what it measures and stops before any work.

    `positionals` are optional positional arguments: name -> argparse keywords (type, default, help).
    """
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    for name, options in positionals.items():
        parser.add_argument(name, nargs="?", **options)
    return parser.parse_args(argv)


def cpu_ticks() -> tuple[int, int] | None:
    """(all CPU ticks, ticks stolen by the hypervisor) so far, from /proc/stat; None where there is none."""
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            fields = [int(v) for v in stat.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    return sum(fields[:8]), fields[7] if len(fields) > 7 else 0


def stolen_share(before: tuple[int, int] | None, after: tuple[int, int] | None) -> float | None:
    """The share of CPU time the hypervisor gave to other machines between two cpu_ticks() readings."""
    if before is None or after is None or after[0] <= before[0]:
        return None
    return (after[1] - before[1]) / (after[0] - before[0])
