"""Employers: 'Facebook' became Meta, Instagram belongs to Meta, and Apple is not Applebee's.

Legal suffixes (Inc., LLC, GmbH...) are dropped before looking a name up in companion/ground/data/companies.json;
names not in the table are compared exactly after that folding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from companion.ground.normalise.aliases import AliasTable
from companion.ground.normalise.text import fold, slug

_LEGAL = re.compile(
    r"\s+(inc|incorporated|llc|l l c|ltd|limited|plc|gmbh|ag|sa|s a|sas|srl|bv|b v|nv|pty|pvt|private|"
    r"corp|corporation|co|company|llp|lp|se|oy|ab|as|kk)$"
)


@dataclass(frozen=True, slots=True)
class Company:
    key: str
    label: str
    parent_key: str | None = None
    parent_label: str | None = None
    formerly: str | None = None


@lru_cache(maxsize=1)
def _table() -> AliasTable:
    return AliasTable("companies.json", "companies")


def _without_legal_suffix(folded: str) -> str:
    previous = None
    while previous != folded:
        previous = folded
        folded = _LEGAL.sub("", folded).strip()
    return folded


@lru_cache(maxsize=32_768)
def normalise_company(name: str) -> Company | None:
    """The employer a name refers to (None for self-employment and blanks, which say nothing shared)."""
    if not name:
        return None
    folded = fold(name)
    if not folded:
        return None
    table = _table()
    entry = table.by_name.get(folded) or table.by_name.get(_without_legal_suffix(folded))
    if entry is None:
        base = _without_legal_suffix(folded) or folded
        return Company(key=f"employer:{base.replace(' ', '-')}", label=re.sub(r"\s+", " ", name.strip()))
    if entry.get("generic"):
        return None
    parent = table.by_canonical.get(entry.get("parent", ""))
    return Company(
        key=f"employer:{slug(entry['name'])}",
        label=entry["name"],
        parent_key=f"employer:{slug(parent['name'])}" if parent else None,
        parent_label=parent["name"] if parent else None,
        formerly=entry.get("formerly"),
    )
