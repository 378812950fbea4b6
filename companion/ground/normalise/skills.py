"""Skills: JS is JavaScript and Go is Golang, but Java is not JavaScript and C, C# and Objective-C differ.

Folding keeps '#' and '+', and only whole names or the aliases in companion/ground/data/skills.json match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from companion.ground.normalise.aliases import AliasTable
from companion.ground.normalise.text import fold, slug

_PAREN = re.compile(r"\s*\([^)]*\)\s*$")


@dataclass(frozen=True, slots=True)
class Skill:
    key: str
    label: str


@lru_cache(maxsize=1)
def _table() -> AliasTable:
    return AliasTable("skills.json", "skills")


@lru_cache(maxsize=32_768)
def normalise_skill(name: str) -> Skill | None:
    """The skill a name refers to."""
    if not name or not fold(name):
        return None
    table = _table()
    entry = table.get(name) or table.get(_PAREN.sub("", name))
    if entry:
        return Skill(key=f"skill:{slug(entry['name']).replace('#', '-sharp').replace('+', 'p')}", label=entry["name"])
    label = _PAREN.sub("", name).strip() or name.strip()
    return Skill(key=f"skill:{slug(label).replace('#', '-sharp').replace('+', 'p')}", label=label)
