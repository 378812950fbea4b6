"""A curated alias table: every listed name and alias of a thing folds to the same canonical entry."""

from __future__ import annotations

from companion.ground.normalise.text import fold, load_table


class AliasTable:
    """Maps folded names to entries of a curated table (companion/ground/data/<file>, list under <section>)."""

    def __init__(self, filename: str, section: str):
        self.entries: list[dict] = load_table(filename)[section]
        self.by_name: dict[str, dict] = {}
        for entry in self.entries:
            for name in [entry["name"], *entry.get("aliases", [])]:
                # First writer wins, so a thing's own name is never taken over by another's alias.
                self.by_name.setdefault(fold(name), entry)
        self.by_canonical = {entry["name"]: entry for entry in self.entries}

    def get(self, name: str) -> dict | None:
        return self.by_name.get(fold(name))
