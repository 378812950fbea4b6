"""Common ground on fresh pairs: recall of what two profiles really share, and false friends found.

The pairs (bench/data/ground_pairs_blind.jsonl) were written by an author who never saw Rapport's tables,
rules or tests, briefed only with what the feature is for; each lists every real shared thing ("shared",
in each side's own wording) and the tempting non-matches ("not_shared"). The set was frozen before any
tuning against it and is scored, never tuned on.

A listed shared thing counts as found when a commonality of a compatible kind quotes both sides' wording
(one text containing the other, accents, case and spacing aside) or names it in its label. A false friend
counts when a commonality quotes both of its sides closely (the shorter text at least 60 % of the longer,
so a real shared "Java" is not read as matching "JavaScript").

    .venv/bin/python bench/bench_ground_recall.py

It prints only figures, never the pairs it missed: reading those to tune against would make the set one
more training set. Tune on your own examples; write a new blind set when this one has been looked at.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from report import Figure, command_line, print_figures  # noqa: E402

PAIRS = Path(__file__).resolve().parent / "data" / "ground_pairs_blind.jsonl"
# Free text is read as an interest, a cause or a topic, depending on where it was written.
KINDS = {"interest": {"interest", "topic", "cause"}, "topic": {"interest", "topic", "cause"},
         "cause": {"interest", "topic", "cause"}}


def fold(text: str | None) -> str:
    decomposed = unicodedata.normalize("NFKD", text or "")
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


def _same(a: str, b: str, closeness: float = 0.0) -> bool:
    """One text contains the other; with `closeness`, the shorter is at least that share of the longer
    (so "Java" inside "JavaScript" is not the same wording when judging a false friend)."""
    a, b = fold(a), fold(b)
    if len(a) < 2 or len(b) < 2 or not (a in b or b in a):
        return False
    return min(len(a), len(b)) / max(len(a), len(b)) >= closeness


def _quotes(commonality, expected: dict, lenient: bool) -> bool:
    if commonality.kind not in KINDS.get(expected["kind"], {expected["kind"]}):
        return False
    label, closeness = commonality.label or "", 0.0 if lenient else 0.6
    mine = _same(commonality.mine or "", expected["mine"], closeness) or (lenient and _same(label, expected["mine"]))
    theirs = (_same(commonality.theirs or "", expected["theirs"], closeness)
              or (lenient and _same(label, expected["theirs"])))
    return mine and theirs


def score(pairs: list[dict]) -> dict:
    from companion.ground.common_ground import find_common_ground
    from companion.models import Profile

    found, wanted, friends, misses, false = Counter(), Counter(), 0, [], []  # misses: for tests, never printed
    for pair in pairs:
        ground = find_common_ground(Profile.model_validate(pair["me"]), Profile.model_validate(pair["them"]), None)
        for expected in pair.get("shared", []):
            wanted[expected["kind"]] += 1
            if any(_quotes(c, expected, lenient=True) for c in ground.commonalities):
                found[expected["kind"]] += 1
            else:
                misses.append((pair["id"], expected))
        for tempting in pair.get("not_shared", []):
            friends += 1
            if any(_quotes(c, tempting, lenient=False) for c in ground.commonalities):
                false.append((pair["id"], tempting))
    return {"found": found, "wanted": wanted, "friends": friends, "misses": misses, "false": false}


def run() -> list[Figure]:
    if not PAIRS.exists():
        return [Figure("common ground recall on blind pairs", "no data", "≥ 0.95", None, f"{PAIRS} is missing")]
    pairs = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines() if line.strip()]
    result = score(pairs)
    total, got = sum(result["wanted"].values()), sum(result["found"].values())
    figures = [
        Figure(f"recall on {len(pairs)} blind pairs ({total} shared things)", f"{got / total:.2f}", "≥ 0.95",
               got / total >= 0.95),
        Figure(f"false friends found (of {result['friends']} tempting non-matches)", str(len(result["false"])), "0",
               not result["false"]),
    ]
    for kind in sorted(result["wanted"]):
        figures.append(Figure(f"… recall, {kind}", f"{result['found'][kind]}/{result['wanted'][kind]}", "", None))
    return figures


def main() -> int:
    command_line(__doc__)
    print_figures("Common ground on blind pairs", run())
    return 0


if __name__ == "__main__":
    sys.exit(main())
