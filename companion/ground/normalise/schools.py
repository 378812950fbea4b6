"""Schools: 'MIT' and 'Massachusetts Institute of Technology' are one school; Michigan State is not Michigan.

Only exact names and the acronyms in companion/ground/data/schools.json match: no fuzzy matching, because the
false friends (University of Michigan / Michigan State University, Columbia University / Columbia College
Chicago) differ by a word or two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from companion.ground.normalise.aliases import AliasTable
from companion.ground.normalise.text import fold, slug

_PAREN = re.compile(r"\(([^)]*)\)")
_CAMPUS = re.compile(r"\s+[-–—]\s+")


@dataclass(frozen=True, slots=True)
class School:
    key: str
    label: str


@lru_cache(maxsize=1)
def _table() -> AliasTable:
    return AliasTable("schools.json", "schools")


def _strip_the(folded: str) -> str:
    return folded.removeprefix("the ")


@lru_cache(maxsize=32_768)
def normalise_school(name: str) -> School | None:
    """The school a name refers to, keyed by its official name when it is one we know."""
    if not name or not fold(name):
        return None
    table = _table()
    without_parens = _PAREN.sub(" ", name).strip()
    candidates = [name, without_parens, *_PAREN.findall(name), _CAMPUS.split(without_parens)[0]]
    for candidate in candidates:
        for form in (fold(candidate), _strip_the(fold(candidate))):
            entry = table.by_name.get(form)
            if entry:
                return School(key=f"school:{slug(entry['name'])}", label=entry["name"])
    label = re.sub(r"\s+", " ", without_parens)
    return School(key=f"school:{_strip_the(fold(label)).replace(' ', '-')}", label=label)
