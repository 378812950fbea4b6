"""Employers and other organisations: 'Facebook' became Meta, Instagram belongs to Meta, Apple is not Applebee's,
and a 'Code for America Brigade' volunteers with Code for America.

A leading 'The', legal forms (Inc., LLC, GmbH, S.A. de C.V., Pvt Ltd...) and the words that name a company's
form rather than the company ('Group', 'Holdings', '& Co.') are dropped before looking a name up in
companion/ground/data/companies.json, so 'The Vanguard Group' is Vanguard; names not in the table are compared
exactly after that folding, never by prefix (Meta is not Metaswitch, Apple is not Applebee's). A known
company followed by one of a few words for its parts ('Google Cloud', 'Microsoft Research') belongs to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from companion.ground.normalise.aliases import AliasTable
from companion.ground.normalise.text import fold, slug

_FORMS = (
    "inc", "incorporated", "llc", "l l c", "ltd", "limited", "plc", "gmbh", "mbh", "ag", "kg", "gmbh and co kg",
    "sa", "s a", "sas", "s a s", "sarl", "srl", "s r l", "spa", "s p a", "bv", "b v", "nv", "n v", "pty",
    "pvt", "private", "corp", "corporation", "co", "company", "and co", "and company", "llp", "lp", "pllc",
    "se", "oy", "oyj", "ab", "publ", "ab publ", "as", "a s", "asa", "aps", "kk", "k k", "ltda", "sl", "s l",
    "sa de cv", "s a de c v", "de cv", "sapi de cv", "pte", "bhd", "sdn bhd", "tbk", "jsc", "pjsc", "ooo",
    "sab de cv", "s a b de c v",
)
# Words that say how a company is organised; dropped only when what is left is not a known company of its
# own ('The Vanguard Group' is Vanguard, but the old META Group was not Meta).
_GROUP_FORMS = ("group", "the group", "holding", "holdings", "group holdings", "international holdings")


def _suffixes(forms: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"\s+(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")$")


_LEGAL = _suffixes(_FORMS)
_GROUP = _suffixes(_FORMS + _GROUP_FORMS)
# Words after a known company's name that name a part of it, not another company.
_PARTS = ("research", "cloud", "labs", "ai", "ventures", "capital")


@dataclass(frozen=True, slots=True)
class Company:
    key: str
    label: str
    parent_key: str | None = None
    parent_label: str | None = None
    formerly: str | None = None


@lru_cache(maxsize=1)
def _table() -> AliasTable:
    table = AliasTable("companies.json", "companies")
    # Every name is also known without its legal form and 'The' ('The Vanguard Group' as 'vanguard group').
    for entry in table.entries:
        for name in [entry["name"], *entry.get("aliases", [])]:
            table.by_name.setdefault(_without_legal_suffix(fold(name)), entry)
    return table


def _without_legal_suffix(folded: str, forms: re.Pattern = _LEGAL) -> str:
    previous = None
    folded = folded.removeprefix("the ")
    while previous != folded:
        previous = folded
        folded = forms.sub("", folded).strip()
    return folded


def _company(entry: dict) -> Company | None:
    if entry.get("generic"):
        return None
    parent = _table().by_canonical.get(entry.get("parent", ""))
    return Company(
        key=f"employer:{slug(entry['name'])}",
        label=entry["name"],
        parent_key=f"employer:{slug(parent['name'])}" if parent else None,
        parent_label=parent["name"] if parent else None,
        formerly=entry.get("formerly"),
    )


@lru_cache(maxsize=32_768)
def normalise_company(name: str) -> Company | None:
    """The employer a name refers to (None for self-employment and blanks, which say nothing shared)."""
    if not name:
        return None
    folded = fold(name)
    if not folded:
        return None
    table = _table()
    base = _without_legal_suffix(folded) or folded
    entry = table.by_name.get(folded) or table.by_name.get(base)
    if entry is not None:
        return _company(entry)
    bare = _without_legal_suffix(base, _GROUP) or base
    if bare not in table.by_name:
        base = bare
    label = re.sub(r"\s+", " ", name.strip())
    head, _, part = base.rpartition(" ")
    owner = table.by_name.get(head) if part in _PARTS else None
    if owner is not None and not owner.get("generic"):
        company = _company(owner)
        if company is not None:
            return Company(key=f"employer:{base.replace(' ', '-')}", label=label,
                           parent_key=company.key, parent_label=company.label)
    return Company(key=f"employer:{base.replace(' ', '-')}", label=label)

# ---------------------------------------------------------------- volunteering organisations
# 'Code for America Brigade' and 'Rotary Club of Boston' belong to Code for America and Rotary. An organisation's chapters and programmes carry its name with something after it: a word for the part
# ('Brigade', 'Chapter', 'Club', 'International'), a place ('of Greater Boston', 'London', '- Berlin'), a
# parenthesis or a legal form. Those are peeled off to find the organisation itself, which becomes the
# chapter's parent, so two chapters meet at the organisation and the same chapter meets more closely. A
# place is peeled only when it stands after the name, never after 'for' or 'of' inside it ('Code for
# America', 'Teach for America' keep their place), and only a country, a US state or a big city counts.

_ORG_PAREN = re.compile(r"\s*\([^)]*\)")
_ORG_TAIL = re.compile(r"\s+[-–—|:/]\s+.*$|,.*$")
# Words for a part of an organisation, or its legal form. Not 'Society', 'Association', 'Foundation' or
# 'Trust': those belong to the name ('National Trust' is not 'National Society').
_PART_WORDS = {
    "brigade", "brigades", "chapter", "branch", "club", "clubs", "volunteers", "volunteer", "volunteering",
    "program", "programme", "local", "group", "international", "global", "worldwide", "inc", "incorporated",
    "llc", "ltd", "limited", "org", "usa", "us", "uk", "cic", "ev", "e v",
}
# After these words a place is part of the name ('Code for America', 'Teach For India').
_KEEP_AFTER = {"for", "of", "in", "to", "at", "on", "the", "and", "without", "with", "by", "from"}


@dataclass(frozen=True, slots=True)
class Organisation:
    key: str
    label: str
    parent_key: str | None = None
    parent_label: str | None = None


def _words(text: str) -> list[str]:
    return text.split()


def _core(words: list[str]) -> list[str]:
    """The organisation's own name: the words left once parts, places and forms are peeled off the end."""
    from companion.ground.normalise.places import is_place_name

    changed = True
    while changed and len(words) > 1:
        changed = False
        folded = [fold(w) for w in words]
        # 'Habitat for Humanity of Greater Boston', 'Big Brothers Big Sisters of America'
        for i in range(len(words) - 1, 0, -1):
            if folded[i] in ("of", "in") and i >= 2:
                rest = " ".join(folded[i + 1:]).removeprefix("greater ").removeprefix("the ")
                if rest and is_place_name(rest):
                    words, changed = words[:i], True
                    break
        if changed:
            continue
        last = folded[-1]
        if last in _PART_WORDS and len(words) > 1:
            words, changed = words[:-1], True
            continue
        for size in (3, 2, 1):  # 'Women Who Code New York', 'Engineers Without Borders UK'
            if len(words) - size >= 2 and folded[-size - 1] not in _KEEP_AFTER:
                place = " ".join(folded[-size:])
                if is_place_name(place):
                    words, changed = words[:-size], True
                    break
    while words and fold(words[0]) == "the" and len(words) > 1:
        words = words[1:]
    return words


@lru_cache(maxsize=16_384)
def normalise_organisation(name: str) -> Organisation | None:
    """The organisation a volunteering entry names, with the organisation it is a chapter of, if any."""
    if not name or not fold(name):
        return None
    label = re.sub(r"\s+", " ", name).strip()
    full = fold(label)
    if full.startswith("the "):
        full = full[4:]
    key = f"group:{full.replace(' ', '-')}"
    trimmed = _ORG_TAIL.sub("", _ORG_PAREN.sub("", label)).strip() or label
    words = _core(_words(trimmed))
    core = fold(" ".join(words))
    if not core or core == full or (len(words) == 1 and len(core) < 5):
        return Organisation(key=key, label=label)
    return Organisation(key=key, label=label, parent_key=f"group:{core.replace(' ', '-')}",
                        parent_label=" ".join(words).strip(" ,;-–—"))
