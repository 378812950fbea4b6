"""The common-ground scorer on a development set: --data scores any set of pairs, --show-misses lists what it
missed for tuning, and is refused for the blind set, whose misses are never printed."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import bench_ground_recall  # noqa: E402

PAIR = {"id": "dev1", "me": {"name": "A", "skills": ["R", "Gestión de proyectos"],
                             "volunteering": [{"organization": "Room to Read"}]},
        "them": {"name": "B", "skills": ["R", "Project management"], "volunteering": [{"organization": "Room to Read"}]},
        "shared": [{"kind": "skill", "mine": "R", "theirs": "R"},
                   {"kind": "skill", "mine": "Gestión de proyectos", "theirs": "Project management"},
                   {"kind": "cause", "mine": "Room to Read", "theirs": "Room to Read"},
                   {"kind": "interest", "mine": "chess", "theirs": "xadrez"}],
        "not_shared": []}


def _write(tmp_path: Path) -> Path:
    path = tmp_path / "dev.jsonl"
    path.write_text(json.dumps(PAIR) + "\n", encoding="utf-8")
    return path


def test_one_letter_names_and_volunteering_groups_are_found(tmp_path):
    result = bench_ground_recall.score(bench_ground_recall.load_pairs(_write(tmp_path)))
    assert result["found"]["skill"] == 2 and result["found"]["cause"] == 1
    assert [m[1]["mine"] for m in result["misses"]] == ["chess"]


def test_show_misses_lists_a_development_sets_misses(tmp_path, capsys):
    assert bench_ground_recall.main(["--data", str(_write(tmp_path)), "--show-misses"]) == 0
    assert "chess" in capsys.readouterr().out


def test_show_misses_is_refused_for_the_blind_set(capsys):
    assert bench_ground_recall.main(["--show-misses"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "never printed" in captured.err
