"""Skills: JS is JavaScript and Go is Golang, but Java is not JavaScript and C, C# and Objective-C differ.

Folding keeps '#' and '+', and only whole names or the aliases in companion/ground/data/skills.json match,
with or without spaces ('PowerBI' is 'Power BI'). A skill marked `family` in the table also owns the
skills named after it ('Kotlin Multiplatform', 'Kotlin Coroutines' belong to Kotlin; 'AWS Lambda' to AWS)
and its generic phrasings ('Python programming', 'Java development'); short or everyday names (Go, C, R,
Word, Leadership) are never families, so 'Go-to-market' and 'R&D' stay apart from Go and R.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from companion.ground.normalise.aliases import AliasTable
from companion.ground.normalise.text import fold, slug

_PAREN = re.compile(r"\s*\([^)]*\)\s*$")
_GENERIC_TAIL = ("programming", "programming language", "development", "developer", "language", "framework",
                 "platform", "ecosystem", "stack", "skills")
# A family's name followed by these is another thing, not a part of it ('Python Software Foundation').
_NOT_A_PART = {"foundation", "conference", "meetup", "community", "user", "users", "group"}


@dataclass(frozen=True, slots=True)
class Skill:
    key: str
    label: str
    parent_key: str | None = None
    parent_label: str | None = None


class _Skills:
    def __init__(self) -> None:
        self.table = AliasTable("skills.json", "skills")
        self.compact: dict[str, dict] = {}
        self.families: dict[str, dict] = {}
        for entry in self.table.entries:
            for name in [entry["name"], *entry.get("aliases", [])]:
                self.compact.setdefault(_compact(fold(name)), entry)
                if entry.get("family"):
                    self.families.setdefault(fold(name), entry)

    def get(self, folded: str) -> dict | None:
        return self.table.by_name.get(folded) or self.compact.get(_compact(folded))


def _compact(folded: str) -> str:
    return folded.replace(" ", "")


@lru_cache(maxsize=1)
def _skills() -> _Skills:
    return _Skills()


def _key(name: str) -> str:
    return f"skill:{slug(name).replace('#', '-sharp').replace('+', 'p')}"


def _compact_key(folded: str) -> str:
    return f"skill:{_compact(folded).replace('#', '-sharp').replace('+', 'p')}"


def _from_entry(entry: dict) -> Skill:
    parent = _skills().table.by_canonical.get(entry.get("parent", ""))
    return Skill(key=_key(entry["name"]), label=entry["name"],
                 parent_key=_key(parent["name"]) if parent else None, parent_label=parent["name"] if parent else None)


@lru_cache(maxsize=32_768)
def normalise_skill(name: str) -> Skill | None:
    """The skill a name refers to."""
    if not name or not fold(name):
        return None
    skills = _skills()
    label = _PAREN.sub("", name).strip() or name.strip()
    folded = fold(label)
    entry = skills.get(fold(name)) or skills.get(folded)
    if entry:
        return _from_entry(entry)
    words = folded.split()
    # 'Python programming', 'Java development': the family itself, said at more length.
    for tail in _GENERIC_TAIL:
        head = folded.removesuffix(" " + tail)
        if head != folded and head in skills.families:
            return _from_entry(skills.families[head])
    # 'Kotlin Multiplatform', 'AWS Lambda', 'Spring Boot': a part of the family named first.
    for cut in range(len(words) - 1, 0, -1):
        family = skills.families.get(" ".join(words[:cut]))
        if family and not set(words[cut:]) & _NOT_A_PART and len(words) - cut <= 3:
            parent = _from_entry(family)
            # Spaces are not part of a skill's identity: 'Data Bricks' is 'Databricks'.
            return Skill(key=_compact_key(folded), label=label, parent_key=parent.key,
                         parent_label=parent.label)
    return Skill(key=_compact_key(folded), label=label)
