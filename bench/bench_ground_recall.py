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
    .venv/bin/python bench/bench_ground_recall.py --data DEV.jsonl [--show-misses]

It prints only figures, never the pairs it missed: reading those to tune against would make the set one
more training set. Tune on your own examples, or on a development set of the same shape passed with
--data; --show-misses lists misses and false friends for such a set and is refused for the blind one.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from report import Figure, print_figures  # noqa: E402

PAIRS = Path(__file__).resolve().parent / "data" / "ground_pairs_blind.jsonl"
# Fresh sets by further blind authors that no engineer has read (bench/data/ground_dev/README.md says which and
# when each was frozen): `make bench` prints their recall beside the 120 pairs'; a set whose misses are read leaves.
HELD_OUT = tuple(Path(__file__).resolve().parent / "data" / "ground_dev" / f"dev{n}.jsonl" for n in (37, 42, 43, 46, 48, 49))
# Free text is read as an interest, a cause or a topic, depending on where it was written; and a volunteering
# organisation, which Rapport calls a group, is what the pairs' authors list as a cause ('Room to Read') or as an
# employer ('Cruz Vermelha Portuguesa'): an organisation both give time to, shown and counted like an employer.
KINDS = {"interest": {"interest", "topic", "cause"}, "topic": {"interest", "topic", "cause"},
         "cause": {"interest", "topic", "cause", "group"}, "group": {"group", "cause"},
         "employer": {"employer", "group"}}


def fold(text: str | None) -> str:
    decomposed = unicodedata.normalize("NFKD", text or "")
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


def _same(a: str, b: str, closeness: float = 0.0) -> bool:
    """One text contains the other; with `closeness`, the shorter is at least that share of the longer
    (so "Java" inside "JavaScript" is not the same wording when judging a false friend)."""
    a, b = fold(a), fold(b)
    if a and a == b:  # one-letter names are names too ('R', 'C')
        return True
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

    found, wanted, misses, false = Counter(), Counter(), [], []  # misses: for tests, never printed
    tempting, fooled = Counter(), Counter()  # false friends by kind: figures only
    for pair in pairs:
        ground = find_common_ground(Profile.model_validate(pair["me"]), Profile.model_validate(pair["them"]), None)
        for expected in pair.get("shared", []):
            wanted[expected["kind"]] += 1
            if any(_quotes(c, expected, lenient=True) for c in ground.commonalities):
                found[expected["kind"]] += 1
            else:
                misses.append((pair["id"], expected))
        for friend in pair.get("not_shared", []):
            tempting[friend["kind"]] += 1
            if any(_quotes(c, friend, lenient=False) for c in ground.commonalities):
                fooled[friend["kind"]] += 1
                false.append((pair["id"], friend))
    return {"found": found, "wanted": wanted, "friends": sum(tempting.values()), "misses": misses, "false": false,
            "tempting": tempting, "fooled": fooled}


def load_pairs(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _set_name(path: Path) -> str:
    return "blind" if path == PAIRS.resolve() else path.name


def run(path: Path | None = None) -> list[Figure]:
    """The figures of one set; with none named, the 120 blind pairs' and the held-out fresh sets' recall."""
    if path is None:
        return run(PAIRS.resolve()) + [f for fresh in HELD_OUT if fresh.exists() for f in _held_out_figures(fresh)]
    if not path.exists():
        return [Figure("common ground recall on blind pairs", "no data", "≥ 0.95", None, f"{path} is missing")]
    pairs = load_pairs(path)
    result = score(pairs)
    total, got = sum(result["wanted"].values()), sum(result["found"].values())
    figures = [
        Figure(f"recall on {len(pairs)} {_set_name(path)} pairs ({total} shared things)", f"{got / total:.2f}", "≥ 0.95",
               got / total >= 0.95),
        Figure(f"false friends found (of {result['friends']} tempting non-matches)", str(len(result["false"])), "0",
               not result["false"]),
    ]
    for kind in sorted(result["wanted"]):
        figures.append(Figure(f"… recall, {kind}", f"{result['found'][kind]}/{result['wanted'][kind]}", "", None))
    # Which kinds fool the matcher, as counts only: the blind set's items stay unread.
    for kind in sorted(result["tempting"]):
        fooled = result["fooled"][kind]
        figures.append(Figure(f"… false friends, {kind}", f"{fooled} of {result['tempting'][kind]}", "0", not fooled))
    return figures


def _held_out_figures(path: Path) -> list[Figure]:
    result = score(load_pairs(path))
    total, got = sum(result["wanted"].values()), sum(result["found"].values())
    return [Figure(f"recall on {path.stem}, held out ({total} shared things)", f"{got / total:.2f}", "≥ 0.95",
                   got / total >= 0.95),
            Figure(f"… false friends on {path.stem} (of {result['friends']})", str(len(result["false"])), "0",
                   not result["false"])]


def _print_misses(path: Path) -> None:
    """Every miss and false friend of a development set, to tune against (never the blind set)."""
    result = score(load_pairs(path))
    for pair_id, expected in result["misses"]:
        print(f"miss   {pair_id} {expected['kind']}: {expected['mine']!r} ~ {expected['theirs']!r}")
    for pair_id, tempting in result["false"]:
        print(f"FALSE  {pair_id} {tempting['kind']}: {tempting['mine']!r} ~ {tempting['theirs']!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=PAIRS, help="a .jsonl file of pairs (default: the blind set)")
    parser.add_argument("--show-misses", action="store_true", help="list misses and false friends (not for the blind set)")
    args = parser.parse_args(argv)
    path = args.data.resolve()
    if args.show_misses and path == PAIRS.resolve():
        print("--show-misses is for a development set: the blind set's misses are never printed", file=sys.stderr)
        return 2
    if args.show_misses:
        _print_misses(path)
        return 0
    print_figures(f"Common ground on {_set_name(path)} pairs", run(path))
    return 0


if __name__ == "__main__":
    sys.exit(main())
