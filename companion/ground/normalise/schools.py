"""Schools: 'MIT' and 'Massachusetts Institute of Technology' are one school; Michigan State is not Michigan.

Names and acronyms come from companion/ground/data/schools.json, where a school inside a university (a
business or law school) names its university as `parent`. Beyond the table, a few rules that hold for any
university, so families meet without listing every faculty:
  - abbreviations are written out ('Univ. of Texas at Austin' is 'University of Texas at Austin');
  - a faculty named with its university is a part of it: 'Questrom School of Business, Boston
    University', 'Boston University Questrom School of Business', 'Perelman School of Medicine at the
    University of Pennsylvania', 'School of Law, University of Foo';
  - the usual native forms are read in English ('Universität Mannheim' is 'University of Mannheim',
    'Universität Wien' is 'University of Vienna').
There is no fuzzy matching: the false friends (University of Michigan / Michigan State University,
Columbia University / Columbia College Chicago / University of British Columbia, Washington University in
St. Louis / University of Washington) differ by a word or two. A faculty is recognised only by the kinds
of faculty a university has (business, law, medicine...), so 'Princeton Day School', 'Cambridge School of
Art' and 'Harvard-Westlake School', which are not parts of those universities, stay apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from companion.ground.normalise.aliases import AliasTable
from companion.ground.normalise.text import fold, slug

_PAREN = re.compile(r"\(([^)]*)\)")
_CAMPUS = re.compile(r"\s+[-–—|]\s+")
_PARTS = re.compile(r"\s*(?:,|;|\s[-–—|]\s)\s*")

# Written-out forms of the abbreviations people use in school names (folded words).
_ABBREVIATIONS = {
    "univ": "university", "uni": "university", "inst": "institute", "coll": "college", "sch": "school",
    "dept": "department", "intl": "international", "natl": "national", "tech": "technology",
    "universitaet": "universitat",
}
# 'tech' is written out only after 'institute of' ('Georgia Tech' is a name in itself).
_TECH_CONTEXT = ("institute of",)

# The kinds of faculty a university has: 'school of <one of these>', 'college of ...', 'faculty of ...'.
_SUBJECTS = (
    "business", "business administration", "management", "law", "medicine", "engineering", "public health",
    "public policy", "government", "education", "nursing", "dentistry", "dental medicine", "social work",
    "journalism", "architecture", "economics", "international affairs", "international and public affairs",
    "public and international affairs", "arts and sciences", "arts and science", "information",
    "information science", "computer science", "engineering and applied science", "engineering and applied sciences",
    "applied science", "applied sciences", "foreign service", "public affairs", "global affairs",
    "continuing studies", "professional studies", "continuing education", "graduate studies", "medical sciences",
    "pharmacy", "veterinary medicine", "science", "sciences", "natural sciences", "humanities",
    "humanities and sciences", "social sciences", "liberal arts", "liberal arts and sciences",
    "business and economics", "economics and business", "management and economics", "law and economics",
    "engineering and computer science", "science and engineering", "engineering and science",
    "mathematics", "physics", "chemistry", "biology", "psychology", "computing", "informatics",
    "health sciences", "public service", "policy", "economics and political science", "international studies",
    "advanced international studies", "hotel administration", "industrial and labor relations",
    "agriculture", "law and criminology", "medicine and dentistry", "mines", "the environment",
    "environment", "forestry and environmental studies", "the environment and sustainability",
)
_SUBJECT = "|".join(re.escape(s) for s in sorted(_SUBJECTS, key=len, reverse=True))
_UNIT_CORE = (
    rf"(?:(?:graduate |professional )?school of (?:{_SUBJECT})"
    rf"|(?:college|faculty|department|division|institute) of (?:{_SUBJECT})"
    r"|(?:graduate )?business school|law school|law center|law centre|medical school|dental school|divinity school"
    r"|graduate school"
    r"|school of management|business college)"
)
# Up to two names before the faculty ('Sloan', 'Judge', 'Questrom'), none of them a word that would make
# the words before it a different institution ('Columbia Southern University School of Business').
_NOT_A_NAME = {"university", "universitat", "universite", "universidad", "universidade", "universita", "college",
               "institute", "state", "community", "technical", "polytechnic", "academy", "school", "of", "at",
               "the", "and", "for", "in", "day", "high", "prep", "preparatory", "grammar", "junior", "city"}
_UNIT = re.compile(rf"^(?:(?P<name>[a-z]+(?: [a-z]+)?) )?(?P<core>{_UNIT_CORE})$")
_UNIT_WORDS = re.compile(r"\b(?:school|college|faculty|department|division|institute|centre|center|academy)\b")
_UNIVERSITY_WORDS = re.compile(
    r"\b(?:university|universitat|universite|universidad|universidade|universita|universiteit|universitet|"
    r"institute of technology|polytechnic|politecnico)\b"
)
_UNIVERSITY_ENDINGS = (" university", " universitat", " universiteit", " universitet")
_OWN_INSTITUTION = ("college", "faculty", "department", "division", "institute", "business college")
# 'X of/at (the) Y': the faculty before, the university after.
_OF_AT = re.compile(r" (?:of|at|in) (?:the )?")

# Native forms of 'University of X' / 'X University' (folded).
_NATIVE_OF = re.compile(
    r"^(?P<kind>technische |freie |katholieke |vrije )?"
    r"(?:universitat|universite|universita|universidad|universidade|universiteit|universitet|universitatea|"
    r"univerzita|universitas|uniwersytet)"
    r"(?: (?:de la|de los|degli studi di|degli studi|de|di|del|do|da|des|du|d|van|zu|of|della|dello|degli|i|in))?"
    r" (?P<x>.+)$"
)
_NATIVE_X_UNIVERSITY = re.compile(r"^(?P<x>.+?) (?:universitat|universiteit|universitet|universitetet|yliopisto)$")
_NATIVE_NAME_OF = re.compile(r"^(?P<name>.+?) (?:universitat|universiteit) (?:zu|van|in) (?P<x>.+)$")
_KINDS = {"technische ": "technical ", "freie ": "free ", "katholieke ": "catholic ", "vrije ": "free "}
_TU = re.compile(r"^tu (?P<x>[a-z]+)$")


@dataclass(frozen=True, slots=True)
class School:
    key: str
    label: str
    parent_key: str | None = None
    parent_label: str | None = None

    @property
    def family(self) -> str:
        """The university this school belongs to (its own key when it is one)."""
        return self.parent_key or self.key


@lru_cache(maxsize=1)
def _table() -> AliasTable:
    return AliasTable("schools.json", "schools")


def _strip_the(folded: str) -> str:
    return folded.removeprefix("the ").removesuffix(" the")


def _expand(folded: str) -> str:
    """Abbreviations written out: 'univ of texas at austin' -> 'university of texas at austin'."""
    words = folded.split()
    out = []
    for i, word in enumerate(words):
        if word == "tech" and not " ".join(out).endswith(_TECH_CONTEXT):
            out.append(word)
        elif word == "u" and i + 2 < len(words) and words[i + 1] == "of" and len(words[i + 2]) >= 3:
            out.append("university")  # 'U. of Michigan', but not 'U of T'
        else:
            out.append(_ABBREVIATIONS.get(word, word))
    return " ".join(out)


def _city(x: str) -> str:
    """A city named in a university's name, by its English name ('wien' -> 'vienna'), else as written."""
    if len(x.split()) > 3:
        return x
    from companion.ground.normalise.places import english_city_name

    return english_city_name(x) or x


def _english(folded: str) -> str:
    """A university's name in the English form it is usually given, from native forms."""
    m = _TU.match(folded)
    if m:
        return f"technical university of {_city(m['x'])}"
    m = _NATIVE_NAME_OF.match(folded)
    if m:
        return f"{m['name']} university of {_city(m['x'])}"
    m = _NATIVE_OF.match(folded)
    if m:
        kind = _KINDS.get(m["kind"] or "", "")
        return f"{kind}university of {_city(m['x'])}"
    m = _NATIVE_X_UNIVERSITY.match(folded)
    if m:
        x = m["x"]
        if x.endswith("s") and " " not in x:  # Swedish genitive: 'Lunds universitet' is Lund University
            from companion.ground.normalise.places import english_city_name

            x = english_city_name(x[:-1]) or x
        return f"{x} university"
    if folded.startswith("university of "):
        return "university of " + _city(folded.removeprefix("university of "))
    if folded.startswith("university ") and len(folded.split()) <= 3:
        # 'Uni Mannheim', 'University Mannheim': only when the rest is a city ('University College' is not)
        from companion.ground.normalise.places import english_city_name

        city = english_city_name(folded.removeprefix("university "))
        if city:
            return f"university of {city}"
    return folded


def _forms(text: str) -> list[str]:
    """The folded spellings worth looking up for one name, the most literal first."""
    folded = _strip_the(fold(text))
    if not folded:
        return []
    forms = [folded]
    expanded = _expand(folded)
    if expanded != folded:
        forms.append(expanded)
    english = _english(expanded)
    if english != expanded:
        forms.append(english)
    return forms


def _lookup(text: str) -> dict | None:
    table = _table()
    for form in _forms(text):
        entry = table.by_name.get(form)
        if entry:
            return entry
    return None


def _from_entry(entry: dict) -> School:
    parent = _table().by_canonical.get(entry.get("parent", ""))
    return School(key=f"school:{slug(entry['name'])}", label=entry["name"],
                  parent_key=f"school:{slug(parent['name'])}" if parent else None,
                  parent_label=parent["name"] if parent else None)


def _university(text: str) -> School | None:
    """A university named on its own: one in the table, or a name that says it is a university."""
    entry = _lookup(text)
    if entry:
        return _from_entry(entry)
    forms = _forms(text)
    if forms and _UNIVERSITY_WORDS.search(forms[-1]) and not _UNIT_WORDS.search(forms[-1]):
        return School(key=f"school:{forms[-1].replace(' ', '-')}", label=_clean(text))
    return None


def _unit_of(unit_text: str, university: School, loose: bool, label: str) -> School | None:
    """The faculty `unit_text` of `university`, or None when it does not read as a faculty."""
    unit = _expand(_strip_the(fold(unit_text)))
    if not unit:
        return None
    m = _UNIT.match(unit)
    if m:
        if m["name"] and set(m["name"].split()) & _NOT_A_NAME:
            return None
    elif not (loose and _UNIT_WORDS.search(unit) and not _UNIVERSITY_WORDS.search(unit)):
        return None
    root = university.parent_key or university.key
    entry = _lookup(unit_text)
    if entry and entry.get("parent") and f"school:{slug(entry['parent'])}" == root:
        return _from_entry(entry)
    return School(key=f"{root}/{unit.replace(' ', '-')}", label=label,
                  parent_key=root, parent_label=university.parent_label or university.label)


def _faculty(name: str) -> School | None:
    """A faculty named with its university, in any of the ways people write it."""
    label = _clean(name)
    # 'Questrom School of Business, Boston University' / 'Boston University - Questrom School of Business'
    parts = [p for p in _PARTS.split(name) if p.strip()]
    if len(parts) >= 2:
        for unit_text, rest in ((parts[0], ", ".join(parts[1:])), (parts[-1], ", ".join(parts[:-1]))):
            university = _university(rest)
            if university:
                found = _unit_of(unit_text, university, loose=True, label=label)
                if found:
                    return found
    folded = _expand(_strip_the(fold(name)))
    words = folded.split()
    # 'Perelman School of Medicine at the University of Pennsylvania', 'Teachers College of Columbia University'
    for m in _OF_AT.finditer(folded):
        head, tail = folded[:m.start()], folded[m.end():]
        if not _UNIT_WORDS.search(head):
            continue
        known = _lookup(tail)
        university = _university(tail)
        if university and university.parent_key is None and (known or _UNIT.match(head)):
            found = _unit_of(head, university, loose=bool(known), label=label)
            if found:
                return found
    # 'Stanford Graduate School of Business', 'MIT Sloan School of Management', 'Boston University Questrom
    # School of Business': the longest run of first words that is a known university, then a faculty.
    for cut in range(len(words) - 1, 0, -1):
        prefix = " ".join(words[:cut])
        entry = _table().by_name.get(prefix)
        if entry and entry.get("parent"):
            continue
        # A known university, or any name that ends by saying it is one ('Foo University School of Medicine').
        university = _from_entry(entry) if entry else (
            _university(prefix) if prefix.endswith(_UNIVERSITY_ENDINGS) else None)
        if university is None:
            continue
        rest = " ".join(words[cut:])
        # 'Columbia College of Nursing' and 'Cornell College' are institutions of their own: after a bare
        # name, only 'school of' and '<subject> school' read as a faculty of the university.
        if rest.startswith(_OWN_INSTITUTION) and not _UNIVERSITY_WORDS.search(prefix):
            continue
        found = _unit_of(rest, university, loose=False, label=label)
        if found:
            return found
    # 'Questrom School of Business Boston University': a faculty, then a known university.
    for cut in range(1, len(words)):
        entry = _table().by_name.get(" ".join(words[cut:]))
        if entry and not entry.get("parent"):
            found = _unit_of(" ".join(words[:cut]), _from_entry(entry), loose=False, label=label)
            if found:
                return found
    return None


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" ,;-–—")


@lru_cache(maxsize=32_768)
def normalise_school(name: str) -> School | None:
    """The school a name refers to, keyed by its official name when it is one we know."""
    if not name or not fold(name):
        return None
    without_parens = _PAREN.sub(" ", name).strip()
    for candidate in (name, without_parens, *_PAREN.findall(name)):
        entry = _lookup(candidate)
        if entry:
            return _from_entry(entry)
    found = _faculty(without_parens)
    if found:
        return found
    campus = _CAMPUS.split(without_parens)[0]
    entry = _lookup(campus)
    if entry:
        return _from_entry(entry)
    forms = _forms(without_parens) or [fold(without_parens)]
    return School(key=f"school:{forms[-1].replace(' ', '-')}", label=_clean(without_parens))
