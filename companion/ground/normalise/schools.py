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

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from companion.ground.normalise.aliases import AliasTable
from companion.ground.normalise.places import (
    Place,
    city_population,
    countries_with_city,
    country_code,
    country_of_place,
    english_city_name,
    is_country_name,
    is_place_name,
    place_level,
    resolve_place,
)
from companion.ground.normalise.text import DASHED, FULL_WIDTH, fold, folded_names, load_table, slug

_PAREN = re.compile(r"\(([^)]*)\)")
_PARTS = re.compile(r"\s*(?:,|;|\s[-–—|]\s)\s*")

# Written-out forms of the abbreviations people use in school names (folded words).
_ABBREVIATIONS = {
    "univ": "university", "uni": "university", "inst": "institute", "coll": "college", "sch": "school",
    "dept": "department", "intl": "international", "natl": "national", "tech": "technology", "sci": "science",
    "universitaet": "universitat",
    # A Japanese university's faculties, romanised ('Tōkyō Daigaku Igakubu': the University of Tokyo's Faculty of
    # Medicine), read in English so that they are faculties of their university.
    "igakubu": "faculty of medicine", "hogakubu": "faculty of law", "keizaigakubu": "faculty of economics",
    "kogakubu": "faculty of engineering", "rigakubu": "faculty of science", "yakugakubu": "faculty of pharmacy",
    "kyoikugakubu": "faculty of education", "nogakubu": "faculty of agriculture", "shigakubu": "faculty of dentistry",
    "kangogakubu": "faculty of nursing", "daigakuin": "graduate school",
}
# After 'U.', the words for 'of' in the languages that put the university first ('U. de Chile').
_ROMANCE_OF_WORDS = ("de", "del", "do", "da", "di", "degli")
# 'tech' is written out only after 'institute of' ('Georgia Tech' is a name in itself).
_TECH_CONTEXT = ("institute of", "university of", "university of science and", "college of", "academy of")

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
    "life sciences", "natural sciences", "engineering and design", "medicine and health", "social sciences and technology",
    "computation information and technology", "management and technology", "hospitality", "hotel management",
)
_SUBJECT = "|".join(re.escape(s) for s in sorted(_SUBJECTS, key=len, reverse=True))
_UNIT_CORE = (
    rf"(?:(?:graduate |professional )?school of (?:{_SUBJECT})"
    rf"|(?:college|faculty|department|division|institute) of (?:{_SUBJECT})"
    r"|(?:graduate )?business school|law school|law center|law centre|medical school|dental school|divinity school"
    r"|medical college|collegium medicum"
    r"|journalism school"
    r"|graduate school"
    r"|school of management|business college|international college)"
)
# Up to two names before the faculty ('Sloan', 'Judge', 'Questrom'), none of them a word that would make
# the words before it a different institution ('Columbia Southern University School of Business').
_NOT_A_NAME = {"university", "universitat", "universite", "universidad", "universidade", "universita", "college",
               "institute", "state", "community", "technical", "polytechnic", "academy", "school", "of", "at",
               "the", "and", "for", "in", "day", "high", "prep", "preparatory", "grammar", "junior", "city"}
# Initials count for no name: 'T.H. Chan' is one ('Harvard T.H. Chan School of Public Health').
_UNIT = re.compile(rf"^(?:(?P<name>(?:[a-z] )*[a-z]+(?: [a-z]+)?) )?(?P<core>{_UNIT_CORE})$")
# With the words for a faculty in the languages profiles are written in ('Facultad de Medicina, UNAM',
# 'Fakultas Kedokteran, Universitas Indonesia', 'Wydział Prawa, Uniwersytet Warszawski').
_UNIT_WORDS = re.compile(r"\b(?:school|college|faculty|department|division|institute|centre|center|academy|"
                         r"facultad|faculdade|fakultas|faculte|fakultat|facolta|wydzia[lł]|fakulta|facultatea|"
                         r"fakultet|fakulteta|"
                         r"escuela|escola|ecole|departamento|kulliyyah|kolej)\b")
_UNIVERSITY_WORDS = re.compile(
    r"\b(?:university|universitat|universite|universidad|universidade|universita|universiteit|universitet|"
    r"institute of technology|polytechnic|politecnico|daigaku|daehakgyo|daxue)\b"
)
_UNIVERSITY_ENDINGS = (" university", " universitat", " universiteit", " universitet", " daigaku", " daehakgyo", " daxue")
_OWN_INSTITUTION = ("college", "faculty", "department", "division", "institute", "business college")
# After a university the tables know, any 'school of ...' or 'faculty of ...' is one of its faculties.
_ANY_FACULTY = re.compile(r"^(?:graduate )?(?:school|faculty|college|department) of [a-z]")
_NAMED_FACULTY = re.compile(r"^[a-z]+(?: [a-z]+)? (?:graduate )?(?:school|faculty|college|department|institute) of [a-z]")
# 'X of/at (the) Y': the faculty before, the university after.
_OF_AT = re.compile(r" (?:of|at|in) (?:the )?")
# And as Spanish, Portuguese, French and Italian write it, the faculty first: 'École de droit de Sciences Po',
# 'Escola de Direito da FGV', 'Facultad de Derecho de la Universidad de Chile'.
_ROMANCE_OF = re.compile(r" (?:de la|de l|del|de|da|do|della|dell|di|des|du) ")
_ROMANCE_UNIT = re.compile(r"^(?:facultad|faculdade|faculte|facolta|escuela|escola|ecole|scuola|instituto|institut)\b")

# Native forms of 'University of X' / 'X University' (folded).
_NATIVE_OF = re.compile(
    r"^(?P<kind>technische |freie |katholieke |vrije )?"
    r"(?:universitat|universite|universita|universidad|universidade|universiteit|universitet|universitatea|"
    r"univerzita|universitas|uniwersytet)"
    r"(?: (?:de la|de los|degli studi di|degli studi|de|di|del|do|da|des|du|d|van|zu|of|della|dello|degli|i|in))?"
    r" (?P<x>.+)$"
)
# ('Hitotsubashi Daigaku': Japanese romanised, X University; 'Hongik Daehakgyo': Korean; 'Boğaziçi Üniversitesi':
# Turkish; 'Tsinghua Daxue': Chinese pinyin)
_NATIVE_X_UNIVERSITY = re.compile(r"^(?P<x>.+?) (?:universitat|universiteit|universitet|universitetet|yliopisto|daigaku|"
                                  r"daehakgyo|daehak|universitesi|daxue)$")
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
        elif word == "u" and i + 2 < len(words) and words[i + 1] in _ROMANCE_OF_WORDS and len(words[i + 2]) >= 3:
            out.append("universidad")  # 'U. de Chile', 'U. del Pacífico': read in English as 'University of ...'
        else:
            out.append(_ABBREVIATIONS.get(word, word))
    return " ".join(out)


def _city(x: str) -> str:
    """A city named in a university's name, by its English name ('wien' -> 'vienna'), else as written."""
    if len(x.split()) > 3:
        return x
    english = english_city_name(x)
    if english:
        return english
    first, _, rest = x.partition(" ")  # 'napoli federico ii': the city, then the university's own name
    english = english_city_name(first) if rest else None
    return f"{english} {rest}" if english else x


# What a Japanese university's romanised name says it is, before 'Daigaku', in the English its universities give
# ('Ōsaka Shiritsu Daigaku': Osaka City University, 'Kyōto Furitsu Ika Daigaku': Kyoto Prefectural University of
# Medicine, 'Tōkyō Gaikokugo Daigaku': Tokyo University of Foreign Studies), the longest first.
_JAPANESE_KINDS = (
    ("furitsu ika", "prefectural university of medicine"), ("kenritsu ika", "prefectural university of medicine"),
    ("ika shika", "medical and dental university"), ("ika", "medical university"), ("shiritsu", "city university"),
    ("furitsu", "prefectural university"), ("kenritsu", "prefectural university"),
    ("gaikokugo", "university of foreign studies"), ("kyoiku", "university of education"),
    ("kokusai", "international university"), ("geijutsu", "university of the arts"), ("joshi", "womens university"),
    ("kogyo", "institute of technology"), ("koka", "university of technology"),
)
_JAPANESE_KIND = re.compile(r"^(?P<x>\S+(?: \S+)??) (?P<kind>" + "|".join(kind for kind, _ in _JAPANESE_KINDS)
                            + r") daigaku$")


def _japanese_english(folded: str) -> str | None:
    m = _JAPANESE_KIND.match(folded)
    return f"{m['x']} {dict(_JAPANESE_KINDS)[m['kind']]}" if m else None


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
            x = english_city_name(x[:-1]) or x
        return f"{x} university"
    if folded.startswith("university of "):
        return "university of " + _city(folded.removeprefix("university of "))
    if folded.startswith("university ") and len(folded.split()) <= 3:
        # 'Uni Mannheim', 'University Mannheim': only when the rest is a city ('University College' is not)
        city = english_city_name(folded.removeprefix("university "))
        if city:
            return f"university of {city}"
    return folded


# 'Tongji-Universität Shanghai' is Tongji University: a German compound name, then where it is.
_NAME_UNIVERSITAT = re.compile(r"^(?P<name>[a-z]+) universitat(?: [a-z]+)?$")
# 'Universidad EAFIT', 'Universidade UFMG', 'Instituto Profesional INACAP': the words for the school's kind before
# the acronym people use alone.
_UNIVERSITY_ACRONYM = re.compile(r"^(?:(?:universidad|universidade|universite|universita|universitat|university|"
                                 r"instituto|institut|institute|escuela|escola|ecole|profesional|professional|"
                                 r"tecnologico|politecnico|polytechnic) ){1,2}(?P<acronym>[A-Z]{3,8})$")
# 'Pontificia Universidad Católica de Chile' is the Universidad Católica de Chile: the Holy See's title is left out
# as often as written.
_CATHOLIC_UNIVERSITY = re.compile(r"^(?:universidad|universidade|universita) catolica ")
# Only before a Catholic university: 'Pontificia Universidad de Salamanca' and the Universidad de Salamanca are two.
_PONTIFICAL = re.compile(r"^(?:pontificia|pontifical|pontificia) (?=(?:(?:universidad|universidade|universita) catolica"
                         r"|catholic university) )")


def _forms(text: str) -> list[str]:
    """The folded spellings worth looking up for one name, the most literal first."""
    folded = _strip_the(fold(text))
    if not folded:
        return []
    words = text.split()
    acronym = _UNIVERSITY_ACRONYM.match(" ".join([fold(w) for w in words[:-1]] + words[-1:]).strip())
    if acronym:
        return [folded, fold(acronym["acronym"])]
    if _PONTIFICAL.match(folded):
        return [folded, *_forms(_PONTIFICAL.sub("", folded))]
    if _CATHOLIC_UNIVERSITY.match(folded):  # and the title written back, to find the name the tables know
        return [folded, "pontificia " + folded]
    compound = _NAME_UNIVERSITAT.match(folded) if "-" in text else None
    if compound:
        return [folded, f"{compound['name']} university"]
    forms = [folded]
    expanded = _expand(folded)
    if expanded != folded:
        forms.append(expanded)
    english = _english(expanded)
    if english != expanded:
        forms.append(english)
    return forms


@lru_cache(maxsize=1)
def _registry() -> tuple[dict[str, int], list[list]]:
    """ROR's schools (scripts/build_schools.py): folded names that name one institution only -> its row."""
    table = load_table("schools_ror.json")
    return folded_names(table, "schools_ror.json"), table["rows"]


def _known(form: str) -> dict | None:
    """The school a folded name names: in the curated table first, then in ROR's names. A ROR record is the
    curated school of its name only in that school's country: ROR's 'Newcastle University' in Australia is not
    the one in Newcastle upon Tyne, and two records of one name ('University of Palermo' in Italy and in
    Argentina) are two schools, each keyed with its country."""
    entry = _table().by_name.get(form)
    if entry is not None:
        return entry
    names, rows = _registry()
    row = names.get(form)
    if row is None:
        return None
    name, parent, country = rows[row]
    curated = _table().by_canonical.get(name)
    if curated is not None and curated.get("country") in (None, country):
        return curated
    found = {"name": name, "parent": parent or _campus_of(name), "country": country}
    if country and (curated is not None or name in _names_of_several()):
        found["key"] = f"school:{slug(name)}@{country.lower()}"
    return found


def _campus_of(name: str) -> str | None:
    """The university a ROR record is a campus of when its name is that university's and a country: 'Monash
    University Malaysia', 'University College London Qatar' (ROR lists them apart, with no parent). Not a city or a
    state: 'Queen's University Belfast' is not Queen's in Canada, nor 'Sciences Po Lyon' Sciences Po."""
    words = name.replace(",", " ").split()  # 'Monash University, Indonesia': ROR writes some with a comma
    for cut in range(len(words) - 1, 1, -1):
        head, place = " ".join(words[:cut]), " ".join(words[cut:])
        university = _table().by_canonical.get(head)
        # 'Georgetown University in Qatar', 'Texas A&M University at Qatar': the campus said with 'in' or 'at'.
        place = place.removeprefix("in ").removeprefix("at ")
        if university is not None and place_level(place) == "country":
            return university["name"]
    return None



@lru_cache(maxsize=1)
def _names_of_several() -> frozenset[str]:
    """The names ROR gives to schools in more than one country."""
    _, rows = _registry()
    countries: dict[str, set] = {}
    for name, _, country in rows:
        countries.setdefault(name, set()).add(country)
    return frozenset(name for name, where in countries.items() if len(where) > 1)


def _lookup(text: str) -> dict | None:
    for form in _forms(text):
        entry = _known(form)
        if entry:
            return entry
    # Looked up only, after the name read word for word ('Osaka Kyoiku University' is that university's own English):
    # a name no table knows keeps its own key.
    japanese = _japanese_english(_expand(_strip_the(fold(text))))
    if japanese and (entry := _known(japanese)):
        return entry
    # And a university written with 'in' before its city where the tables write the city bare ('Comenius University
    # in Bratislava', 'Comenius University Bratislava'), or the other way about.
    city = _UNIVERSITY_IN_CITY.match(_strip_the(fold(text)))
    if city:
        return next((entry for form in (f"{city['head']} {city['city']}", f"{city['head']} in {city['city']}")
                     if form != _strip_the(fold(text)) and (entry := _known(form))), None)
    return None


_UNIVERSITY_IN_CITY = re.compile(r"^(?P<head>.*\b(?:university|universitat|universiteit|universitet|universidad|"
                                 r"universidade|universita|universite)) (?:in )?(?P<city>[a-z]+(?: [a-z]+)?)$")


@lru_cache(maxsize=1)
def _not_schools() -> frozenset[str]:
    return frozenset(fold(name) for name in load_table("schools.json").get("not_schools", ()))


@lru_cache(maxsize=1)
def _systems() -> frozenset[str]:
    return frozenset(load_table("schools.json").get("systems", ()))


@lru_cache(maxsize=1)
def _collegiate() -> frozenset[str]:
    return frozenset(f"school:{slug(name)}" for name in load_table("schools.json").get("collegiate", ()))


def is_collegiate(key: str) -> bool:
    """True for a university whose colleges are schools of their own (schools.json `collegiate`): each meets it,
    not each other."""
    return key in _collegiate()


def _from_entry(entry: dict) -> School:
    parent_name = entry.get("parent")
    if parent_name in _systems():  # a member of a system is a school of its own
        parent_name = None
    if not parent_name:
        return School(key=entry.get("key") or f"school:{slug(entry['name'])}", label=entry["name"])
    parent = _table().by_canonical.get(parent_name, {"name": parent_name})
    return School(key=f"school:{slug(entry['name'])}", label=entry["name"],
                  parent_key=f"school:{slug(parent['name'])}", parent_label=parent["name"])


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
    unit = _UNITS_IN_ENGLISH.get(unit, unit)
    entry = _lookup(unit_text)
    if entry and entry.get("parent") and f"school:{slug(entry['parent'])}" == root:
        return _from_entry(entry)
    return School(key=f"{root}/{unit.replace(' ', '-')}", label=label,
                  parent_key=root, parent_label=university.parent_label or university.label)


# A faculty's name in the Latin or native words universities give it, keyed as its English ('Uniwersytet Jagielloński
# Collegium Medicum' is the Jagiellonian University Medical College).
_UNITS_IN_ENGLISH = {"collegium medicum": "medical college"}


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
    romance = [m for m in _ROMANCE_OF.finditer(folded) if _ROMANCE_UNIT.match(folded)]
    for m in [*_OF_AT.finditer(folded), *romance]:
        head, tail = folded[:m.start()], folded[m.end():]
        if not _UNIT_WORDS.search(head) or (m in romance and len(head.split()) < 2):
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
        entry = _known(prefix)
        if entry and entry.get("parent"):
            continue
        # A known university, or any name that ends by saying it is one ('Foo University School of Medicine').
        university = _from_entry(entry) if entry else (
            _university(prefix) if prefix.endswith(_UNIVERSITY_ENDINGS)
            else _university_of_bare_name(prefix) if cut == 1 and _PROFESSIONAL_SCHOOL.match(" ".join(words[cut:]))
            else None)
        if university is None:
            continue
        rest = " ".join(words[cut:])
        # 'Columbia College of Nursing' and 'Cornell College' are institutions of their own: after a bare
        # name, only 'school of' and '<subject> school' read as a faculty of the university.
        # (After a university's acronym it is one of its faculties: 'UNILAG College of Medicine'.)
        if rest.startswith(_OWN_INSTITUTION) and not _UNIVERSITY_WORDS.search(prefix) \
                and not (entry and cut == 1 and name.split()[0].isupper()):
            continue
        found = _unit_of(rest, university, loose=False, label=label)
        if found:
            return found
        # 'Aalto University School of Arts, Design and Architecture'; not 'Cambridge School of Art'. And after a
        # known university's whole name of three words or more, a faculty with a name of its own before it
        # ("King's College London GKT School of Medical Education"): the name says whose school it is.
        if entry and (_UNIVERSITY_WORDS.search(prefix) or cut >= 3) and (
                _ANY_FACULTY.match(rest) or _NAMED_FACULTY.match(rest)):
            return _unit_of(rest, university, loose=True, label=label)
    # 'Questrom School of Business Boston University': a faculty, then a known university. Or in Polish, the
    # university in the genitive ('Collegium Medicum Uniwersytetu Jagiellońskiego', 'Wydział Prawa Uniwersytetu
    # Warszawskiego'): the case itself says the faculty is the university's, so any word for a faculty will do.
    for cut in range(1, len(words)):
        nominative = _polish_nominative(words[cut:])
        entry = _known(nominative or " ".join(words[cut:]))
        if entry and not entry.get("parent"):
            found = _unit_of(" ".join(words[:cut]), _from_entry(entry), loose=bool(nominative), label=label)
            if found:
                return found
    return None


# Polish names a university in the genitive after its faculty: the head noun, then the adjectives that agree with
# it ('Politechniki Wrocławskiej' is Politechnika Wrocławska); a person's name after 'im.' stays as written.
_POLISH_GENITIVE_HEADS = {"uniwersytetu": ("uniwersytet", "m"), "politechniki": ("politechnika", "f"),
                          "akademii": ("akademia", "f"), "szkoly": ("szkola", "f")}
_POLISH_ADJECTIVE = {"m": re.compile(r"(?:(?<=[kg])i)?ego$"), "f": re.compile(r"(?:(?<=[kg])i)?ej$")}


def _polish_nominative(words: list[str]) -> str | None:
    """The nominative of a Polish university's name written in the genitive (folded words), or None."""
    head = _POLISH_GENITIVE_HEADS.get(words[0]) if len(words) >= 2 else None
    if head is None:
        return None
    noun, gender = head
    out, agreeing = [noun], True
    for word in words[1:]:
        # (the first half of a compound adjective ends in 'o': 'Górniczo-Hutniczej')
        adjective = bool(_POLISH_ADJECTIVE[gender].search(word))
        agreeing = agreeing and (adjective or word.endswith("o"))
        if agreeing and adjective:
            stem = _POLISH_ADJECTIVE[gender].sub("", word)
            word = stem + ("i" if stem.endswith(("k", "g")) else "y") if gender == "m" else stem + "a"
        out.append(word)
    return " ".join(out)


# The professional schools a university names with its own name alone ('Melbourne Medical School', 'Columbia
# Journalism School', 'Missouri School of Journalism'); not 'Cambridge School of Art', an art school of another
# university, nor '<city> Business School', often a private school of the city (Edinburgh Business School is
# Heriot-Watt's): a university's business school is a table row of its own.
_PROFESSIONAL_SCHOOL = re.compile(r"^(?:(?:medical|law|journalism|dental) school"
                                  r"|school of (?:medicine|law|journalism|dentistry|public health))$")


def _university_of_bare_name(name: str) -> School | None:
    """The one university known as 'University of X' or 'X University' for a bare name X; None when neither is
    known or both are, as two universities ('University of Miami' and 'Miami University')."""
    found = {entry["name"]: entry for form in (f"university of {name}", f"{name} university")
             if (entry := _known(form)) is not None and not entry.get("parent")}
    return _from_entry(next(iter(found.values()))) if len(found) == 1 else None


def _clean(text: str) -> str:
    return re.sub(r"\s+,", ",", re.sub(r"\s+", " ", text)).strip(" ,;-–—")


_SCHOOL_GROUP = re.compile(r"^(?:groupe|grupo|gruppo|group)\s+(?=\S)", re.IGNORECASE)


@lru_cache(maxsize=32_768)
def normalise_school(name: str) -> School | None:
    """The school a name refers to, keyed by its official name when it is one we know; None for words that name
    no school ('High School', 'Self-taught', 'Coursera')."""
    if not name or not fold(name) or _strip_the(fold(name)) in _not_schools():
        return None
    name = name.translate(FULL_WIDTH)
    # 'Groupe ISCAE', 'Grupo Educativo X': the group of schools written before the school's own name.
    without_parens = _SCHOOL_GROUP.sub("", _PAREN.sub(" ", name).strip())
    tail = without_parens.rpartition(",")[2] if "," in without_parens else ""
    # A place in brackets says where ('(Mérida, Venezuela)'); a school's own acronym there does not ('(UBA)').
    from companion.ground.normalise.acronyms import initials

    # Nor the school's own initials, which may spell a town ('Universiteit van Amsterdam (UvA)': Uva is in Russia).
    # And a place after a dash ('Universidad de los Andes – Santiago de Chile'): the campus's city, or its country.
    dashed = DASHED.split(without_parens)[1:]
    places_said = [part for part in [*_PAREN.findall(name), tail, *dashed] if part and _lookup(part) is None
                   and fold(part).replace(" ", "") not in initials(without_parens)]
    said = next((c for c in map(country_of_place, places_said) if c), None)

    def elsewhere(entry: dict) -> bool:
        # 'Universidad de los Andes (Mérida, Venezuela)' is not the one in Bogotá the table knows by that name,
        # nor 'Universidad de Granada, Nicaragua' the one in Spain.
        home = entry.get("country") or _registry_country(entry)
        return bool(said and home and home != said)

    for candidate in (name, without_parens, *_PAREN.findall(name)):
        entry = _lookup(candidate)
        if entry and candidate not in (name, without_parens) and _named_otherwise(without_parens, entry):
            continue
        if entry and not elsewhere(entry):
            return _from_entry(entry)
    found = (_faculty(without_parens) or _faculty_by_acronym(without_parens) or _acronym_then_name(without_parens)
             or _acronym_in_its_city(without_parens) or _acronym_with_campus_letter(without_parens))
    if found:
        return found
    campus = DASHED.split(without_parens)[0]
    entry = _lookup(campus)
    if entry and not elsewhere(entry):
        return _from_entry(entry)
    if entry and dashed:  # 'Universidad de los Andes – Santiago de Chile': the namesake in the country it names,
        base = _strip_the(fold(campus))  # keyed as that name written bare by someone living there
        return School(key=f"school:{base.replace(' ', '-')}@{said.lower()}", label=_clean(without_parens))
    head, _, place = without_parens.strip().rpartition(" ")
    head = head.removesuffix(" in")  # 'Georgetown University in Qatar'
    # A country after a comma says where a school of that name is, which need not be the one we know.
    if head and not head.endswith(",") and place_level(place) == "country" and (_lookup(head) or _forms(head)[-1].endswith(_UNIVERSITY_ENDINGS)):
        return normalise_school(head)  # 'RMIT University Vietnam': a campus abroad is the same university
    campus = _campus_abroad(without_parens) or _named_campus(without_parens)
    if campus:
        return campus
    # 'Universidad de los Andes (Mérida, Venezuela)' and '..., Colombia' are two universities of one name: a
    # place written with a name we do not know keeps them apart (in its country), and with that same name
    # written bare, which could be either.
    base, country, city = without_parens, None, None
    for qualifier in _PAREN.findall(name):
        country = country or country_of_place(qualifier)
    if "," in without_parens:
        rest, _, last = without_parens.rpartition(",")
        place = resolve_place(last)
        # 'Waipapa Taumata Rau, University of Auckland': its name in another language, then the name we know.
        named = _lookup(last) if place is None and says_it_is_a_school(last) and resolve_place(rest) is None else None
        if named and named["name"] in _systems() and rest.strip():
            # "St George's, University of London": a member of a federal university, a school of its own: the one
            # the tables know by the name before the comma ('UCL'), else as it is written without the comma ('Queen
            # Mary, University of London' is Queen Mary University of London).
            known = _lookup(rest)
            if known and not elsewhere(known):
                return _from_entry(known)
            member = normalise_school(f"{rest.strip()} {last.strip()}")
            return member if member is None or _lookup(member.label) else replace(member, label=_clean(without_parens))
        if named and not elsewhere(named):
            return _from_entry(named)
        if rest.strip() and place is None and len(last.split()) <= 2 and not _UNIT_WORDS.search(fold(last)):
            known = _lookup(rest)  # 'University of Lagos, Akoka': a known school, then where on its map
            if known and not elsewhere(known):
                return _from_entry(known)
        if rest.strip() and place is not None and place.country:
            # 'University of Lagos, Akoka': a school we know, written with a place in its own country, is it.
            known = _lookup(rest)
            if known and (known.get("country") or _registry_country(known)) in (None, place.country):
                return _from_entry(known)
            # 'St. Xavier's College, Mumbai' and '..., Kolkata' are two colleges: an unknown name is keyed with
            # its city, as with its country ('Universidad de Granada, Nicaragua' is not the one in Spain).
            base, country = rest, country or place.country
            if place.city_id is not None and "campus" not in fold(last).split():
                city = place.city_id
    forms = _forms(base) or [fold(base)]
    where = f"@{country.lower()}" + (f"-{city}" if city is not None else "") if country else ""
    return School(key=f"school:{forms[-1].replace(' ', '-')}{where}", label=_clean(without_parens))


def _campus_abroad(name: str) -> School | None:
    """A university the tables know, then a city in another country than its own: its campus abroad, a part of that
    university ('Heriot-Watt University Dubai', 'University of Wollongong in Dubai'; ROR lists few of them). Not a
    city of its own country ('Sciences Po Lyon' is a school of its own), and not after bare initials, which many
    schools share ('NTU Singapore', 'SMU Dallas' are read by their acronyms' rules)."""
    from companion.ground.normalise.acronyms import is_bare_acronym

    words = name.split()
    for cut in (1, 2):
        if len(words) <= cut + 1:
            break
        head = re.sub(r"\s+(?:in|at)$", "", " ".join(words[:-cut]))
        if is_bare_acronym(head) or not _says_university(head) or not _own_name_words(head):
            continue
        entry = _lookup(head)
        home = (entry.get("country") or _registry_country(entry)) if entry else None
        place = resolve_place(" ".join(words[-cut:])) if home else None
        if (place is not None and place.city_id is not None and place.country not in (None, home)
                and not _namesakes_there(head, place)):
            return _campus(name, _from_entry(entry))
    return None


def _campus(name: str, university: School) -> School:
    """A campus of a university, under its own name and key (a campus the tables do not know may be made up: 'Boston
    University in Nairobi' is not simply Boston University), a part of that university."""
    root, root_label = university.parent_key or university.key, university.parent_label or university.label
    return School(key=f"school:{slug(_clean(name))}", label=_clean(name), parent_key=root, parent_label=root_label)


def _namesakes_there(head: str, place: Place) -> bool:
    """True when ROR lists a school in the place's country whose name begins with `head` and names another place
    there: 'Concordia University Wisconsin' makes 'Concordia University Irvine' one of the American Concordias, not
    Montreal's campus ('University of Nottingham Ningbo China' is the campus written)."""
    names, rows = _registry()
    ordered, folded = _ordered_registry_names(), _strip_the(fold(head))
    start, end = bisect.bisect_left(ordered, folded + " "), bisect.bisect_left(ordered, folded + "!")
    city = {fold(place.wording), fold(place.city or "")} - {""}
    return any(rows[names[name]][2] == place.country and not any(c in name for c in city)
               for name in ordered[start:end])


# Words many universities' names share beside _SHARED_SCHOOL_WORDS: 'American University' in Cairo, Beirut and
# Dubai, the 'Islamic University' of Gaza and of Medina are not the one the tables know by that name.
_SHARED_NAME_WORDS = frozenset("american british islamic international global arab european asian african christian "
                               "methodist baptist adventist lutheran presbyterian women womens new".split())


def _own_name_words(name: str) -> bool:
    """True when a university's name has a word of its own, no country's or continent's adjective ('Heriot-Watt',
    'Wollongong'; not 'American University', 'National University')."""
    from companion.ground.normalise.places import countries_of_adjective

    own = set(fold(name).replace("'", "").split()) - _SHARED_SCHOOL_WORDS - _SHARED_NAME_WORDS
    return any(not countries_of_adjective(word) and not word.startswith(("universi", "daigaku", "daehak"))
               for word in own)


def _says_university(name: str) -> bool:
    return any(word.startswith(("universi", "daigaku", "daehak")) for word in fold(name).split())


# A campus's own name in capitals after its university's: 'Hanyang University ERICA'.
_CAMPUS_NAME = re.compile(r"^(?P<university>.+\S)\s+(?P<campus>[A-Z]{3,6})$")


def _named_campus(name: str) -> School | None:
    """A university the tables know, then a campus's name in capitals ('Hanyang University ERICA'): a part of that
    university, not a school of its own name. Not the university's own initials ('... University NTU')."""
    from companion.ground.normalise.acronyms import initials

    written = _CAMPUS_NAME.match(name.strip())
    if not written or not _says_university(written["university"]):
        return None
    entry = _lookup(written["university"])
    if entry is None or fold(written["campus"]) in initials(written["university"]):
        return None
    return _campus(name, _from_entry(entry))


# An initialism, a dash or a space, and its campus's first letter or two: 'IIT-B' (Bombay), 'IIM-A' (Ahmedabad).
_CAMPUS_LETTER = re.compile(r"^\s*([A-Z]{2,5})\s*[-–]?\s*([A-Z]{1,3})\s*$")


def _acronym_with_campus_letter(name: str) -> School | None:
    """The school an initialism with its campus's letter names ('IIT-B', 'IIT B'): the one the tables know by the
    two written together ('IITB'), when the place its name ends in begins with that letter ('... Bombay')."""
    written = _CAMPUS_LETTER.match(name)
    if written is None or not ("-" in name or "–" in name or " " in name.strip()):
        return None
    entry = _lookup(written[1] + written[2])
    if entry is None:
        return None
    last = fold(entry["name"]).split()[-1]
    return _from_entry(entry) if last.startswith(written[2].lower()) else None


def _acronym_then_name(name: str) -> School | None:
    """The school a name writes as its acronym then its name in full, in any language the tables know it in ('KTH
    Kungliga Tekniska högskolan'): the letters must be that name's initials, or the tables' acronym of that school."""
    from companion.ground.normalise.acronyms import acronym_of, initials, is_bare_acronym

    first, _, rest = name.strip().partition(" ")
    if not rest or not is_bare_acronym(first):
        return None
    entry = _lookup(rest)
    if entry is None:
        return None
    letters = acronym_of(first)
    same = _lookup(first)
    if letters in initials(rest) or (same is not None and same["name"] == entry["name"]):
        return _from_entry(entry)
    return None


# 'ČVUT v Praze', 'UNAM en Ciudad de México', 'EPFL à Lausanne': a school's acronym, then 'in' and its city.
_ACRONYM_IN = re.compile(r"^(?P<acronym>\S{3,10}) (?:v|ve|w|we|in|at|en|a|à|de|di|u|na|i|em) (?P<place>\S.*)$")


def _acronym_in_its_city(name: str) -> School | None:
    """The school a known acronym names when the words after it only say where it is: a place in the school's own
    country, or a one-word place in a declined form of the city its names give ('v Praze' for Prague, Praha)."""
    from companion.ground.normalise.acronyms import is_bare_acronym

    m = _ACRONYM_IN.match(name.strip())
    if m is None or not is_bare_acronym(m["acronym"]):
        return None
    entry = _lookup(m["acronym"])
    if entry is None:
        return None
    home = entry.get("country") or _registry_country(entry)
    said = country_of_place(m["place"])
    if said is not None:
        return _from_entry(entry) if said == home else None
    place = fold(m["place"])
    words = {w for n in school_names(entry["name"]) for w in fold(n).split() if len(w) >= 5}
    if " " not in place and len(place) >= 4 and any(w[:3] == place[:3] and w[0] == place[0] for w in words
                                                    if english_city_name(w) or is_place_name(w)):
        return _from_entry(entry)
    return None


def school_names(name: str) -> list[str]:
    """Every name the tables know the school `name` names by: the curated table's and ROR's, in every language
    ('Kyiv Polytechnic Institute' for 'Igor Sikorsky Kyiv Polytechnic Institute'); [] for a school they do not know."""
    entry = _lookup(name)
    if entry is None:
        return []
    names = [entry["name"], *entry.get("aliases", ())]
    row = _registry()[0].get(fold(entry["name"]))
    return names + list(_names_by_row().get(row, ())) if row is not None else names


@lru_cache(maxsize=1)
def _names_by_row() -> dict[int, tuple[str, ...]]:
    """ROR's folded names of each school, by its row (built on first need)."""
    names, _ = _registry()
    found: dict[int, list[str]] = {}
    for folded, row in names.items():
        found.setdefault(row, []).append(folded)
    return {row: tuple(written) for row, written in found.items()}


# A faculty's initials joined to its university's, as Latin American universities write them ('FMUSP', 'FEA-USP',
# 'ENEO-UNAM', 'FCEN-UBA'): a Faculdade, Facultad, Escola, Escuela or Instituto, then the university's acronym.
_FACULTY_ACRONYM = re.compile(r"^(?P<unit>[FEI][A-Z]{1,4})-?(?P<university>[A-Z]{3,5})$")


def _faculty_by_acronym(name: str) -> School | None:
    """The faculty a joined acronym names, of the university the table knows by the acronym's end, or None."""
    written = name.strip()
    if not _FACULTY_ACRONYM.match(written):
        return None
    letters = written.replace("-", "")
    cuts = [written.index("-")] if "-" in written else range(2, len(letters) - 2)
    for cut in cuts:
        unit, university = letters[:cut], letters[cut:]
        entry = _lookup(university) if _FACULTY_ACRONYM.match(f"{unit}{university}") else None
        if entry and not entry.get("parent"):
            school = _from_entry(entry)
            return School(key=f"{school.key}/{unit.lower()}", label=written, parent_key=school.key,
                          parent_label=school.label)
    return None


def _named_otherwise(written: str, entry: dict) -> bool:
    """True when a name written out says another school than the one its bracketed acronym names: 'École Nationale
    de Ski et d'Alpinisme (ENSA)' is not ENSA Toulouse, the École Nationale Supérieure d'Architecture. Told by the
    words: the same language (a word in common) but two words or more the school's name does not have."""
    named = {w for w in fold(entry["name"]).split() if len(w) >= 3}
    # Each form of the name (as written, and in English: 'Université catholique de Louvain (UCL)' is not University
    # College London): one sharing a word, and none without two words the school's name does not have.
    forms = [{w for w in form.split() if len(w) >= 3} for form in _forms(_PAREN.sub(" ", written))]
    return any(said & named for said in forms) and all(len(said - named) >= 2 for said in forms)


def country_in_key(key: str) -> str | None:
    """The country code a school's key was placed in ('school:x@in-1275339' -> 'IN'), or None."""
    return key.rpartition("@")[2].split("-")[0].upper() if "@" in key else None


def _written_out(acronym: str, prose: str) -> str | None:
    """What the person's own words say an acronym stands for: 'UNI (Universidad Nacional de Ingeniería,
    Nicaragua)', 'Universidad César Vallejo (UCV)', 'la UCV (César Vallejo)'."""
    from companion.ground.normalise.acronyms import initials, is_bare_acronym

    escaped = re.escape(acronym)
    after = re.search(rf"\b{escaped}\s*\(([^)]{{3,120}})\)", prose)
    # Another acronym in the brackets is a part of the school, not its name written out: 'UPM (ETSIT)'.
    if after and not is_bare_acronym(after.group(1).strip()):
        return after.group(1)
    before = re.search(rf"([\w][\w .'’-]{{3,120}}?)\s*\(\s*{escaped}\s*\)", prose)
    if before:
        words = before.group(1).split()
        for start in range(len(words) - 1):  # the shortest tail of words the acronym is made of
            tail = " ".join(words[start:])
            if fold(acronym) in initials(tail):
                return tail
    return None


def placed_school(name: str, school: School, country: str | None, prose: str = "", owner: str = "",
                  been: frozenset[str] = frozenset()) -> School:
    """A school named by a bare acronym, read in the context of the profile that names it. Many schools share
    one (UNI in Lima and in Managua, UW in Seattle and in Warsaw), so it is the school the person's own words
    write it out as, else the one the tables know by it when that one is in the person's country, else 'the
    <acronym> of <country>': never the same school as someone else's <acronym> elsewhere, or nowhere said."""
    from companion.ground.normalise.acronyms import is_bare_acronym

    written = _SCHOOL_GROUP.sub("", name.strip())  # 'Groupe ISCAE' is the ISCAE of where it is said
    if not is_bare_acronym(written):
        return _in_own_words(written, _namesake_at_home(written, school, country, been))
    joined = _faculty_by_acronym(written)
    if joined is not None:  # 'FMUSP': the faculty, when its university's letters are that university where it is said
        university = written.replace("-", "")[len(joined.key.rpartition("/")[2]):]
        placed = normalise_school(university)
        if placed is not None and placed_school(university, placed, country, prose, owner).key == joined.parent_key:
            return joined
    expansion = _written_out(written, prose)
    if expansion and not is_place_name(expansion):  # 'la UNI (Lima)' says where, not which
        head = expansion.split(",")[0]
        found = normalise_school(head)
        if found is not None and fold(head) != fold(written):
            return placed_school(head, found, country)
    entry = _lookup(written)
    if entry is not None:
        where = entry.get("country") or _registry_country(entry)
        # The school the tables know by it, unless the writer lives in another country that has a school of its
        # own by those letters: 'UCR' in San José is the Universidad de Costa Rica, 'MIT' in Lisbon is MIT.
        if where is None or country is None or where == country or not _namesake_in(fold(written), country):
            return school
    where = country.lower() if country else "unplaced-" + slug(owner or "someone")
    return School(key=f"school:{slug(written)}@{where}", label=written)


def _namesake_at_home(name: str, school: School, country: str | None, been: frozenset[str] = frozenset()) -> School:
    """A school written by its bare name by someone living where another school has that name is that one:
    'Universidad de los Andes' written in Santiago de Chile is the Chilean one, not the one in Bogotá the table
    knows by that name. Not when the writer's profile shows them in the table school's country (`been`: where their
    other jobs and schools are), nor when the name there is only alike once folded: 'Queen's University' written in
    Palo Alto is Kingston's, not Queens University of Charlotte."""
    if "@" in school.key:
        return school
    home = country_of_school(name)
    base = _strip_the(fold(_PAREN.sub(" ", name).split(",")[0]))
    # The writer says which: 'Universidad de los Andes (Colombia)' written in Santiago is the table's school;
    # 'École nationale d'administration (Maroc)' is Morocco's, not the French one the table knows by that name.
    bracketed = {country_code(x) for x in _PAREN.findall(name) if is_country_name(x)}
    if bracketed and home is not None and home not in bracketed:
        there = min(bracketed).lower()
        return School(key=f"school:{base.replace(' ', '-')}@{there}", label=_clean(_PAREN.sub(" ", name)))
    if country is None or any(map(country_of_place, _PAREN.findall(name))):
        return school
    if home is None or home == country:
        return school
    if base not in _names_in(country) or home in been or not _apostrophes_agree(name, country):
        return school
    return School(key=f"school:{base.replace(' ', '-')}@{country.lower()}", label=_clean(_PAREN.sub(" ", name)))


def _in_own_words(written: str, school: School) -> School:
    """A school labelled in its writer's words when those begin the names of several schools and the tables' name
    is not one of them: 'Loyola University' may be Chicago's, New Orleans' or Maryland's, so it is not labelled
    'Universidad Loyola Andalucía'."""
    folded = _strip_the(fold(written))
    if not folded or _strip_the(fold(school.label)).startswith(folded) or _names_begun_by(folded) < 2:
        return school
    return replace(school, label=_clean(written))


def _names_begun_by(folded: str) -> int:
    """How many of ROR's schools have a name that begins with `folded` and goes on."""
    names, ordered = _registry()[0], _ordered_registry_names()
    start = bisect.bisect_left(ordered, folded + " ")
    end = bisect.bisect_left(ordered, folded + "!")  # '!' sorts just after the space
    return len({names[name] for name in ordered[start:end]})


@lru_cache(maxsize=1)
def _ordered_registry_names() -> list[str]:
    return sorted(_registry()[0])


_APOSTROPHE = re.compile(r"['’ʼ]")


def _with_apostrophes(name: str) -> str:
    """A name folded, its apostrophes kept ('queen's university'), which folding alone loses."""
    return "'".join(fold(part) for part in _APOSTROPHE.split(_PAREN.sub(" ", name).split(",")[0]))


def _apostrophes_agree(name: str, country: str) -> bool:
    """True unless `name` is written with an apostrophe that every school of its folded name in `country` lacks."""
    if not _APOSTROPHE.search(name):
        return True
    written = _strip_the(_with_apostrophes(name))
    _, rows = _registry()
    there = [row[0] for row in rows if row[2] == country]
    there += load_table("schools.json").get("namesakes", {}).get(country, [])
    return any(_strip_the(_with_apostrophes(other)) == written for other in there)


def _names_in(country: str) -> frozenset[str]:
    """The names of the schools ROR lists in `country`, without the place written after a comma, and the names the
    curated table says a school there shares with one abroad (schools.json `namesakes`)."""
    return _names_by_country().get(country, frozenset()) | _namesakes().get(country, frozenset())


@lru_cache(maxsize=1)
def _namesakes() -> dict[str, frozenset[str]]:
    table = load_table("schools.json").get("namesakes", {})
    return {where: frozenset(_strip_the(fold(name)) for name in names) for where, names in table.items()}


@lru_cache(maxsize=1)
def _names_by_country() -> dict[str, frozenset[str]]:
    """Every ROR school's name without the place after a comma, by country (built once, on first need: ~10 ms)."""
    _, rows = _registry()
    several = _names_of_several()
    found: dict[str, set[str]] = {}
    for name, _, where in rows:
        if "," in name or name in several:  # only a name written with its place, or used in two countries
            if "," in name and _campus_of(name):
                continue  # 'Monash University, Indonesia' is Monash's campus there, not a namesake of Monash
            found.setdefault(where, set()).add(_strip_the(fold(name.split(",")[0])))
    return {where: frozenset(names) for where, names in found.items()}


def _registry_country(entry: dict) -> str | None:
    """The country ROR gives a curated school, when ROR knows its official name."""
    names, rows = _registry()
    row = names.get(fold(entry["name"]))
    return rows[row][2] if row is not None else None


def is_known_school(name: str) -> bool:
    """True when the tables know a school by this name or acronym ('USC', 'University of South Carolina')."""
    return _lookup(name) is not None


_SCHOOL_WORD = re.compile(r"\b(?:univ\w*|college|colegio|school|escuela|escola|ecole|hochschule|hogeschool|"
                          r"politecnico|polytechnic|institut\w*|akademi\w*|academ\w*|universit\w*)\b")


def says_it_is_a_school(name: str) -> bool:
    """True for a name the tables know as a school that says so itself ('Universidad de Sevilla'), not a company
    whose name a school carries too ('Solvay', the Solvay Brussels School's namesake)."""
    return bool(_SCHOOL_WORD.search(fold(name))) and is_known_school(name)


def country_of_school(name: str) -> str | None:
    """The country of the school a name names, when the tables say (ROR gives most universities one)."""
    entry = _lookup(name) or _lookup(_PAREN.sub(" ", name).split(",")[0])
    if entry is None:
        return None
    return entry.get("country") or _registry_country(entry)


# The word for university in the languages profiles are written in, before or after the university's own name.
_UNIVERSITY_WORD = (r"(?:university|universitas|universidad|universidade|universite|universitat|universiteit|"
                    r"uniwersytet|univerzita|universitatea|universita|jamiar|jami ar|jamia|jamiat|daigaku|institute of technology)")
_OWN_NAME = re.compile(rf"^(?:{_UNIVERSITY_WORD} (?:of |de |do |da |del |di )?)?(?P<name>.+?)(?: {_UNIVERSITY_WORD})?$")
# A university's own name and its kind after it ('Sharif University of Technology'): the university, for its own name
# written bare ('Sharif'); never against another university of the name ('Seoul National University').
_OF_TECHNOLOGY = re.compile(rf"^(?P<name>.+?) {_UNIVERSITY_WORD} of (?:science and )?technology$")
_UNIT_AFTER = re.compile(rf" (?:{_UNIT_CORE})$")
_SCHOOL_AFTER = re.compile(r"(?<=\w) (?:school|academy)$")
_SCHOOL_KIND_FRONT = re.compile(r"^(?:escuela|escola|ecole|instituto|institut|colegio|college|academia|akademia) ")


def _own_name(text: str) -> str:
    """A school's own name without the word for university or school and where it is ('Egerton University,
    Njoro' -> 'egerton', "Jami'ar Ahmadu Bello, Zariya" -> 'ahmadu bello', 'Escuela Libre de Derecho' ->
    'libre de derecho')."""
    folded = _strip_the(fold(_PAREN.sub(" ", text).split(",")[0]))
    folded = _SCHOOL_KIND_FRONT.sub("", folded)
    folded = _UNIT_AFTER.sub("", _expand(folded)) or folded  # 'Strathmore Business School' is Strathmore's
    m = _OWN_NAME.match(folded)
    return m["name"] if m else folded


def same_university(a: str, b: str, where: tuple[set[str], set[str]] = (set(), set())) -> bool:
    """True when two names of a school differ only by the word for university or school and where it is
    ('Egerton' and 'Egerton University, Njoro', 'Mapúa' and 'Mapua Institute of Technology'). Never when the
    name left is a place ('Lagos' and 'University of Lagos' say nothing: 'Lagos Business School' is not it),
    nor when both are written in full and differ ('Egerton University' and 'Egerton College'). `where` holds the
    countries each writer lives in (of `a`, of `b`)."""
    from companion.ground.normalise.acronyms import is_bare_acronym
    if is_bare_acronym(a) or is_bare_acronym(b):
        return False  # an acronym is placed by the profile around it, not by its letters
    if _written_apart(a, b):
        return False  # 'St. Xavier's College, Mumbai' and 'St. Xavier's College, Kolkata'
    if _two_known_schools(a, b):
        return False  # 'Makerere University Business School' is a university of its own, not Makerere's faculty
    tails = [fold(_PAREN.sub(" ", x).partition(",")[2]) for x in (a, b)]
    if all(tails) and tails[0] != tails[1] and not all(_places_written(x) or "campus" in t.split()
                                                         for x, t in zip((a, b), tails, strict=True)):
        return False  # 'National Institute of Technology, Kochi College' and '..., Akashi College': two colleges
    heads = {_strip_the(fold(_PAREN.sub(" ", x).split(",")[0])) for x in (a, b)}
    said = all(_places_written(x) or "campus" in fold(x).split() for x in (a, b))
    if len(heads) == 1 and len(heads.pop().split()) >= 2 and said:
        return True  # one name, and places that do not keep it apart: 'Nigerian Law School, Lagos Campus' and '..., Abuja'
    own_a, own_b = _own_name(a), _own_name(b)
    for bare_name, full, bare_home in ((own_a, own_b, where[0]), (own_b, own_a, where[1])):
        if _named_with_its_city(full, bare_name, bare_home):
            own_a = own_b = bare_name
    for bare_name, full in ((own_a, own_b), (own_b, own_a)):
        kind_after = _OF_TECHNOLOGY.match(full)
        if kind_after and kind_after["name"] == bare_name and bare_name in _heads_written(a, b):
            own_a = own_b = bare_name
    for bare_name, full, written in ((own_a, own_b, a), (own_b, own_a, b)):
        # A school named for itself with the word for school after it ('Moringa School' and 'Moringa'), the bare name
        # no school the tables know ('Harvard' is the university, not the 'Harvard School' of Los Angeles).
        if _SCHOOL_AFTER.sub("", full) == bare_name != full and _lookup(written) is None:
            own_a = own_b = bare_name
    if own_a != own_b or len(own_a) < 4 or is_place_name(own_a):
        return False
    # One of them must be the bare name, or each carries a word for university or for one of its faculties
    # ('Strathmore Business School' and 'Strathmore University'): not a 'college' against a 'university'.
    written = [_expand(_strip_the(fold(_PAREN.sub(" ", x).split(",")[0]))) for x in (a, b)]
    bare = own_a in written
    universities = [bool(re.search(rf"\b{_UNIVERSITY_WORD}\b", x)) for x in written]
    faculties = [bool(_UNIT_AFTER.search(x)) for x in written]
    if not bare and all(universities) and len({"institute of technology" in x for x in written}) > 1:
        return False  # 'Kyushu University' (Kyūshū Daigaku) and 'Kyushu Institute of Technology': two universities
    return bare or all(universities) or (any(universities) and any(faculties))


# Words many universities' names share: a name made only of them, with its city, is one of several ('Universidad
# Nacional de Córdoba' is not the 'Universidad Nacional' of Costa Rica, nor 'Pontificia Universidad Católica de
# Valparaíso' Chile's 'Católica').
_SHARED_SCHOOL_WORDS = frozenset({
    "nacional", "national", "nationale", "nazionale", "catolica", "catholic", "catholique", "cattolica", "pontificia",
    "pontifical", "autonoma", "autonomous", "autonome", "central", "centrale", "estatal", "state", "federal",
    "federale", "politecnica", "polytechnic", "polytechnique", "politecnico", "tecnologica", "technological",
    "tecnica", "technical", "technique", "popular", "metropolitana", "metropolitan", "pedagogica", "pedagogical",
    "abierta", "open", "libre", "free", "superior", "public", "publique", "publica", "privada", "private", "santo", "santa", "san",
    "saint", "st", "de", "del", "la", "el", "of", "the", "and", "y", "e", "et", "normale", "normal", "regional",
    "universidad", "universidade", "universite", "universita", "universitat", "university", "universiteit",
    "uniwersytet", "college", "colegio", "instituto", "institute", "institut", "istituto", "escuela", "ecole",
    "school", "academy", "academia"})


def _named_with_its_city(full: str, bare: str, bare_home: set[str]) -> bool:
    """True when a university's own name is another's with its city after it ('hassan ii de casablanca', 'hassan ii'):
    one university, named with and without where it is; not a name only of words many universities share. The bare
    name's writer must live in the city's country: 'Universidad Santo Tomás' written in Chile is Santiago's, not
    the 'Universidad Santo Tomás de Bogotá'."""
    m = re.fullmatch(rf"{re.escape(bare)} (?:de|of|di|da|do|du|in|at|a|en) (.+)", full)
    return bool(m and len(bare.split()) >= 2 and set(bare.split()) - _SHARED_SCHOOL_WORDS
                and place_level(m[1]) in ("city", "metro") and (not bare_home or country_of_place(m[1]) in bare_home))


def _heads_written(a: str, b: str) -> set[str]:
    """The two names as written before any comma, folded, without 'the'."""
    return {_strip_the(fold(_PAREN.sub(" ", x).split(",")[0])) for x in (a, b)}


def _two_known_schools(a: str, b: str) -> bool:
    """True when the tables know both names, as two schools neither of which is the other's parent."""
    known = [_lookup(x) for x in (a, b)]
    if not all(known) or known[0]["name"] == known[1]["name"]:
        return False
    names = {known[0]["name"], known[1]["name"]}
    return not ({known[0].get("parent"), known[1].get("parent")} & names)


def _parts_after(name: str) -> list[str]:
    return [p for p in _PAREN.findall(name) + _PAREN.sub(" ", name).split(",")[1:] if p.strip()]


def country_of_parent(name: str) -> str | None:
    """The country of the university a school is written as part of, after a comma or in brackets ("St George's,
    University of London": GB), or None."""
    return next((country_of_school(part) for part in _parts_after(name)
                 if resolve_place(part) is None and says_it_is_a_school(part) and country_of_school(part)), None)


def _places_written(name: str) -> list:
    """The places written after a school's name, after a comma or in brackets ('Egerton University, Njoro'), and
    the country of a university it is written as part of ("St George's, University of London": in the UK)."""
    places = [place for place in map(resolve_place, _parts_after(name)) if place is not None]
    parent = country_of_parent(name)
    return places + [Place(wording=name, country=parent)] if parent else places


def _written_apart(a: str, b: str) -> bool:
    """True when the two names put the school in different places: both say where and no place of one is the
    other's city or metro ('St. Xavier's College, Mumbai' and '..., Kolkata'), or one says a country the tables
    do not give the other ('Universidad de los Andes (Chile)' and the one in Bogotá). A campus written as one
    is not apart ('Nigerian Law School, Lagos Campus')."""
    if any("campus" in fold(x).split() for x in (a, b)):
        return False
    here, there = _places_written(a), _places_written(b)
    if not here and not there:
        return False
    if not here or not there:
        written, other = (here, b) if here else (there, a)
        home = _country_with_parent(other)
        return home is not None and home not in {p.country for p in written}

    def closest(places: list) -> set[str]:
        return {key for place in places for level, key, _ in place.levels() if level in ("city", "metro")}

    mine, theirs = closest(here), closest(there)
    if mine and theirs:
        return not mine & theirs
    return not {p.country for p in here} & {p.country for p in there}


def _country_with_parent(name: str) -> str | None:
    """The country of a school, or of the university a faculty of it belongs to ("St. George's University School of
    Medicine": Grenada's)."""
    home = country_of_school(name)
    if home is None:
        school = normalise_school(name)
        home = country_of_school(school.parent_label) if school and school.parent_label else None
    return home


@lru_cache(maxsize=64)
def _initials_in(country: str) -> frozenset[str]:
    """The initials of every school ROR lists in `country` (built for a country only when first asked)."""
    from companion.ground.normalise.acronyms import initials

    _, rows = _registry()
    return frozenset(i for name, _, where in rows if where == country for i in initials(name))


def _namesake_in(acronym: str, country: str) -> bool:
    return acronym.replace(" ", "") in _initials_in(country)


def named_by_its_acronym(short: str, long: str) -> bool:
    """True when a school's full name begins with the acronym the other writes alone ('AGH' and 'AGH University of
    Science and Technology', 'INCEIF' and 'INCEIF University'); never when the full name says it is somewhere the
    acronym's own school is not ('MIT' and 'MIT Institute of Design, Pune')."""
    from companion.ground.normalise.acronyms import is_bare_acronym

    # 'La Esmeralda' and 'ENPEG La Esmeralda': the name, after the acronym the other writes before it.
    long_words, short_words = fold(long).split(), fold(short).split()
    if len(short_words) >= 2 and long_words[1:] == short_words and is_bare_acronym(long.split()[0]):
        return True
    if not is_bare_acronym(short) or fold(long).split()[:1] != [fold(short)] or len(long.split()) < 2:
        return False
    home = country_of_school(short)
    written = {place.country for place in _places_written(long)}
    rest = " ".join(long.split()[1:])
    campus = resolve_place(rest) if rest and len(rest.split()) <= 3 else None  # 'NYU Abu Dhabi': a campus abroad
    if campus is not None and campus.country:
        written.add(campus.country)
    return not (written and home and home not in written)


def acronym_placed_apart(short: str, long: str) -> bool:
    """True when a school written as an acronym and a city ('IIIT Bangalore', 'IIM Ahmedabad') is set against a
    full name written with another city ('International Institute of Information Technology, Hyderabad'): one
    acronym names a family of separate institutes, and the city says which."""
    from companion.ground.normalise.acronyms import is_bare_acronym
    hyphened = " " not in short.strip()  # 'PUC-Rio', 'PUC-SP': the letters and their place as one name
    words = short.strip().split("-", 1) if hyphened else short.split()
    if len(words) < 2 or not is_bare_acronym(words[0]):
        return False
    # 'PUC-Rio' and '... de São Paulo (PUC-SP)': the other gives the same letters with another place after them
    if hyphened and any(fold(x).split()[0] == fold(words[0]) and fold(x) != fold(" ".join(words))
           for x in re.findall(r"\(([^)]*[\s-][^)]*)\)", long) if fold(x)):
        return True
    here = resolve_place(" ".join(words[1:]))
    there = _places_written(long)
    if hyphened and there and not set(fold(words[1]).split()) & set(fold(long).split()):
        return True  # 'PUC-Rio' and '... de São Paulo': the letters' place is not the one the other names
    if here is None:
        return False

    def closest(places: list) -> set[str]:
        return {key for place in places for level, key, _ in place.levels() if level in ("city", "metro")}

    mine, theirs = closest([here]), closest(there)
    if not there:  # 'ENA Paris' and 'École Nationale des Arts de Dakar': a city the name ends with, in another country
        return any(here.country and place.country != here.country for place in _place_ending(long))
    return bool(mine and theirs and not mine & theirs)


# A name that ends with its city: 'École Nationale des Arts de Dakar', 'Universidad Nacional de Córdoba'.
_ENDING_PLACE = re.compile(r"\b(?:of|in|at|de|du|des|d'|di|da|do|del|della|zu|à|en|im|w|v)\s*(?P<place>[^\W\d_][\w'-]*"
                           r"(?: [^\W\d_][\w'-]*)?)$", re.IGNORECASE)


_BIG_CITY = 200_000


def _place_ending(name: str) -> list:
    """The city a school's name ends with, after 'of', 'de', 'di'... (none when the words there are no city)."""
    m = _ENDING_PLACE.search(_PAREN.sub(" ", name).strip())
    place = resolve_place(m["place"]) if m else None
    # Only a big city of one country: 'of Washington', 'of Virginia' name a state more often than a town.
    if place is None or not place.city or countries_with_city(m["place"]) != {place.country} \
            or city_population(m["place"]) < _BIG_CITY:
        return []
    return [place]


def same_bracketed_acronym(a: str, b: str) -> bool:
    """True when two full names end with one acronym in brackets and name no different country: 'Asian Institute
    of Technology (AIT)' and 'Học viện Công nghệ Châu Á (AIT)', not 'Namibia University of Science and Technology
    (NUST)' and 'National University of Science and Technology (NUST)'."""
    inside_a, inside_b = {fold(x) for x in _PAREN.findall(a)}, {fold(x) for x in _PAREN.findall(b)}
    if not inside_a & inside_b:
        return False

    def countries(name: str) -> set[str]:
        return {w for w in fold(_PAREN.sub(" ", name)).split() if is_country_name(w)}

    return countries(a) == countries(b) and not _two_names_of_one_language(a, b)


def _two_names_of_one_language(a: str, b: str) -> bool:
    """True when two names written out beside one acronym are two schools' names: both in one language (a word in
    common) and each with a word of its own ('Chiang Mai University (CMU)' and 'Carnegie Mellon University (CMU)'),
    or each a school the tables know apart. One name in two languages shares no word ('Asian Institute of
    Technology (AIT)' and 'Học viện Công nghệ Châu Á (AIT)')."""
    names = [_PAREN.sub(" ", name).strip() for name in (a, b)]
    known = [_lookup(name) for name in names]
    if all(known):
        return known[0]["name"] != known[1]["name"]
    words = [{w for w in _strip_the(_expand(fold(name))).split() if len(w) >= 3} for name in names]

    def own(mine: set[str], other: set[str]) -> set[str]:
        # Not a word the other writes in full or shortened ('Univ. Nac. de Ingeniería', 'Universidad Nacional ...').
        return {w for w in mine if not any(o.startswith(w[:4]) or w.startswith(o[:4]) for o in other)}

    return bool(words[0] & words[1]) and bool(own(*words)) and bool(own(words[1], words[0]))
