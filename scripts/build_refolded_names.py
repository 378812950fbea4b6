"""Fold again the names of the tables folded when built, after the fold changed (text.FOLD_VERSION).

    .venv/bin/python scripts/build_refolded_names.py

language_names.json (names added by hand beside the generated ones) and schools_ror.json (built from a ROR dump
that is not kept here) are folded again in place rather than built again: folding a folded name again gives what
folding the original gives now. A name that now folds like another keeps the first value, as the builds do; the
script says how many did. cities.json and country_names.json are rebuilt by scripts/build_places.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from companion.ground.normalise.text import DATA_DIR, FOLD_VERSION, fold  # noqa: E402

TABLES = {"language_names.json": {"indent": 0}, "schools_ror.json": {"separators": (",", ":")}}


def refold(table: dict) -> tuple[dict, int]:
    """The table with its names folded by today's fold and its fold_version set; and how many names merged."""
    names: dict = {}
    for name, value in table["names"].items():
        names.setdefault(fold(name), value)
    merged = len(table["names"]) - len(names)
    out = {"source": table["source"], "licence": table["licence"], "fold_version": FOLD_VERSION}  # as builds write
    out.update({key: value for key, value in table.items() if key not in out})
    out["names"] = names  # in the order kept, hand-added names last
    return out, merged


def main() -> int:
    for name, layout in TABLES.items():
        path = DATA_DIR / name
        kept = path.read_text(encoding="utf-8")
        table, merged = refold(json.loads(kept))
        text = json.dumps(table, ensure_ascii=False, **layout)
        path.write_text(text + ("\n" if kept.endswith("\n") else ""), encoding="utf-8")
        print(f"{name}: {len(table['names'])} names, {merged} merged with another")
    return 0


if __name__ == "__main__":
    sys.exit(main())
