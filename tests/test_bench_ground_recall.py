"""The blind common-ground scorer counts what it should: found items, misses and false friends."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from bench_ground_recall import run, score  # noqa: E402

ME = {"name": "A", "education": [{"school": "Universidade do Porto"}], "skills": ["Java", "Python"],
      "location": "Porto, Portugal"}
THEM = {"name": "B", "education": [{"school": "Universidade do Porto"}], "skills": ["JavaScript", "Python"],
        "location": "Porto Alegre, Brazil"}


def test_found_missed_and_false_friends_are_counted():
    pair = {"id": "t1", "me": ME, "them": THEM,
            "shared": [{"kind": "school", "mine": "Universidade do Porto", "theirs": "Universidade do Porto"},
                       {"kind": "skill", "mine": "Python", "theirs": "Python"},
                       {"kind": "interest", "mine": "chess", "theirs": "xadrez"}],
            "not_shared": [{"kind": "skill", "mine": "Java", "theirs": "JavaScript", "why": "two languages"},
                           {"kind": "place", "mine": "Porto, Portugal", "theirs": "Porto Alegre, Brazil",
                            "why": "two cities"}]}
    result = score([pair])
    assert result["found"]["school"] == 1 and result["found"]["skill"] == 1
    assert [m[1]["mine"] for m in result["misses"]] == ["chess"]
    assert result["friends"] == 2 and result["false"] == []


def test_false_friends_are_counted_by_kind_as_figures_only():
    fooled = {"id": "t2", "me": {"name": "A", "skills": ["Java"]}, "them": {"name": "B", "skills": ["Java"]},
              "shared": [], "not_shared": [{"kind": "skill", "mine": "Java", "theirs": "Java"},
                                           {"kind": "place", "mine": "Porto, Portugal", "theirs": "Porto Alegre"}]}
    result = score([fooled])
    assert result["tempting"] == {"skill": 1, "place": 1} and result["fooled"] == {"skill": 1}


def test_the_per_kind_figures_name_no_item(tmp_path):
    pair = {"id": "t3", "me": ME, "them": THEM, "shared": [{"kind": "skill", "mine": "Python", "theirs": "Python"}],
            "not_shared": [{"kind": "skill", "mine": "Java", "theirs": "JavaScript"}]}
    data = tmp_path / "pairs.jsonl"
    data.write_text(json.dumps(pair) + "\n", encoding="utf-8")
    figures = {f.what: f for f in run(data)}
    assert figures["… false friends, skill"].measured == "0 of 1" and figures["… false friends, skill"].met
    assert not any("Java" in f.what or "Java" in f.measured for f in figures.values())
