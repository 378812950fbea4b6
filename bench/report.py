"""One shape for every benchmark figure, and the table `make bench` prints."""

from __future__ import annotations

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
