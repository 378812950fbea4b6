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
# Skills so broad that a word in front of them names another skill ('Change management', 'Market research').
_BROAD = {"management", "leadership", "communication", "research", "teamwork", "customer service", "strategic planning",
          "statistics", "public speaking", "event planning", "project management", "data analysis", "sustainability",
          "marketing", "human resources", "logistics", "teaching", "translation", "nursing", "journalism"}


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


_NOISE_TAIL = re.compile(r" (?:skills|skill|methodology|methodologies|method|io|js)$")
_VENDOR = re.compile(r"^(?:adobe|autodesk|amazon|aws|google|microsoft|ms|ibm|apache|hashicorp|atlassian|red hat|jetbrains) ")


def _singular(folded: str) -> str:
    """Each long word without a plural 's' ('Systems Design' and 'System Design'; 'analysis' stays)."""
    return " ".join(w[:-1] if len(w) >= 5 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ics")) else w
                    for w in folded.split())


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
    # 'Presentation skills', 'Kanban methodology', 'Autodesk Revit', 'AWS Redshift': the skill a table knows,
    # with a word for what it is or who makes it.
    plain = _NOISE_TAIL.sub("", folded)
    vendorless = _VENDOR.sub("", plain)
    entry = skills.get(plain) or (skills.get(vendorless) if len(vendorless) >= 3 else None)
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
    # 'External audit', 'B2B sales', 'Tax accounting': a kind of a known skill, named last. Not for the broad
    # ones, where the words in front make another skill ('Time management' is not management).
    for cut in range(1, min(len(words), 3)):
        tail = " ".join(words[cut:])
        entry = skills.get(tail) or (skills.get(tail[:-1]) if tail.endswith("s") else None)
        if entry and len(tail) >= 4 and fold(entry["name"]) not in _BROAD:
            parent = _from_entry(entry)
            if parent.key != _compact_key(folded):
                return Skill(key=_compact_key(folded), label=label, parent_key=parent.key, parent_label=parent.label)
    return Skill(key=_compact_key(_singular(folded)), label=label)


_SLASH = re.compile(r"\s*[/,;]\s*")
_BRACKETED = re.compile(r"\(([^)]*)\)")


def same_skill_wording(short: str, long: str) -> str | None:
    """Why two wordings the table does not know name one skill, or None: one of the skills a slash lists
    ('ACLS' in 'ACLS/BLS'), an acronym and its words ('CFD', 'computational fluid dynamics'; 'F&B cost
    control', 'food & beverage cost control'; 'NRP certified', 'Neonatal resuscitation (NRP)'), or a skill
    of two words or more inside a longer one ('drip irrigation' in 'Drip Irrigation Design'). One word
    inside another skill is not it ('React' in 'React Native'), nor a broad skill ('project management')."""
    from companion.ground.normalise.acronyms import acronym_of, acronyms_in, initials, stands_for

    short_parts = {fold(p) for p in _SLASH.split(_BRACKETED.sub(" ", short)) if fold(p)}
    long_parts = {fold(p) for p in _SLASH.split(_BRACKETED.sub(" ", long)) if fold(p)}
    if max(len(short_parts), len(long_parts)) > 1 and short_parts & long_parts:
        return f"{sorted(short_parts & long_parts)[0]} in both"
    written = set(acronyms_in(short))
    for inside in _BRACKETED.findall(long):
        if acronym_of(inside.strip()) in written:
            return f"{inside.strip()} is {_BRACKETED.sub(' ', long).strip()}"
    acronym = stands_for(short, _BRACKETED.sub(" ", long))
    if acronym and len(short.split()) == 1:
        return f"{short.strip()} is {long.strip()}"
    words = short.split()
    first = acronym_of(words[0]) if words else None
    long_words = fold(long).split()
    rest = fold(" ".join(words[1:])).split()
    if first and rest and long_words[-len(rest):] == rest and first in initials(" ".join(long_words[:-len(rest)])):
        return f"{words[0]} is {' '.join(long_words[:-len(rest)])}"
    inner, outer = fold(_BRACKETED.sub(" ", short)), fold(_BRACKETED.sub(" ", long))
    if len(inner.split()) >= 2 and inner not in _BROAD and inner != outer and f" {inner} " in f" {outer} ":
        return f"{inner} is part of it"
    return None
