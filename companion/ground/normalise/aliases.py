"""A curated alias table: every listed name and alias of a thing folds to the same canonical entry."""

from __future__ import annotations

from companion.ground.normalise.text import fold, kept_index, load_table


def names_index(entries: list[dict]) -> dict[str, int]:
    """Each entry's name and aliases, folded -> the entry's place in the list. First writer wins, so a thing's own
    name is never taken over by another's alias."""
    index: dict[str, int] = {}
    for at, entry in enumerate(entries):
        for name in [entry["name"], *entry.get("aliases", [])]:
            index.setdefault(fold(name), at)
    return index


class AliasTable:
    """Maps folded names to entries of a curated table (companion/ground/data/<file>, list under <section>).

    `index` (folded name -> entry's place) is built once and kept beside the table (text.kept_index); a table
    that knows more names of its entries than it lists (companies without their legal forms) passes its own."""

    def __init__(self, filename: str, section: str, index: dict[str, int] | None = None):
        self.entries: list[dict] = load_table(filename)[section]
        if index is None:
            index = kept_index(f"{filename}.{section}", lambda: names_index(self.entries), (filename,), (__file__,))
        self.by_name: dict[str, dict] = {name: self.entries[at] for name, at in index.items()}
        self.by_canonical = {entry["name"]: entry for entry in self.entries}

    def get(self, name: str) -> dict | None:
        return self.by_name.get(fold(name))
