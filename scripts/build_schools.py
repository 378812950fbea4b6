"""Derive companion/ground/data/schools_ror.json from ROR, the Research Organization Registry (CC0 data).

ROR lists each university's official name, its names in other languages ('Universidad de Harvard',
'Technische Universität München'), its acronyms and former names, and which institution a faculty or
school belongs to. The derived table keeps what can be trusted to name one institution only:

  - a name is kept only when no other ROR record (of any type) uses it, and never when it is a name
    the curated table (schools.json) gives to another school;
  - acronyms of three letters or more, unique in ROR, not an everyday word, not a place, and not one the
    curated table leaves out on purpose (CBS, HEC, LMU...);
  - a former name sharing no word with today's only when it says it was a university;
  - no one-word name, no place name, and no 'X College' for a university ('Columbia College' is a college
    of its own in Chicago, not Columbia University);
  - a parent only for a unit that says it is one (a school, faculty, department, institute...), and never
    a 'System' (UCLA and UC Berkeley are not one alumni network).

Records that are schools of the curated table keep the curated name as their key, so both tables agree.

    .venv/bin/python scripts/build_schools.py PATH_TO_ROR_RECORDS
    .venv/bin/python scripts/build_schools.py --native-names PATH_TO_ROR_RECORDS
    .venv/bin/python scripts/build_schools.py --short-forms

The second adds to the table as built only the schools' names in Chinese, Japanese and Korean script
('复旦大学', '大阪大学', '한국과학기술원'), each to the row of a name of its record the table already has, and the
names of universities ROR says became part of another ('Université Paris-Sud': the Université Paris-Saclay).

The third adds, from the table as built (no ROR records needed), each name that ends in its school's city less
the city ('Comenius University Bratislava': 'Comenius University'), when no other name shortens so.

PATH is ROR's data dump (one JSON file, a list of records), or a checkout of
github.com/ror-community/ror-records (release folders of JSON records; the newest release of each wins).
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from companion.ground.normalise.places import is_place_name  # noqa: E402
from companion.ground.normalise.text import DATA_DIR, FOLD_VERSION, fold  # noqa: E402

OUT = DATA_DIR / "schools_ror.json"
_UNIT = re.compile(r"\b(school|faculty|fakultat|faculte|facultad|faculdade|department|institute|centre|center|"
                   r"college of|division|academy)\b")
_UNIVERSITY = re.compile(r"\b(university|universitat|universite|universidad|universidade|universita|universiteit|"
                         r"universitet|institute of technology|polytechnic|college)\b")
_SAYS_UNIVERSITY = re.compile(r"\b(university|universitat|universite|universidad|universidade|universita|"
                              r"universiteit|universitet|universitas|universitatea|uniwersytet|univerzita|yliopisto)\b")
# Words that describe a university rather than name it: a former name made only of them and generic words
# ('Catholic University', 'International University', 'University of Africa') could be many schools'.
_DESCRIPTIVE = {"catholic", "international", "islamic", "christian", "open", "virtual", "cyber", "franciscan",
                "adventist", "baptist", "methodist", "jesuit", "technological", "pedagogical", "medical", "agricultural",
                "polytechnic", "federal", "republic", "africa", "african", "europe", "european", "america", "american",
                "asia", "asian", "arab", "digital", "computer", "studies", "economics", "business", "management",
                "education", "teachers", "womens", "private", "public", "free", "new", "central", "eastern", "western",
                "northern", "southern", "north", "south", "east", "west", "metropolitan", "united", "union", "people",
                "peoples", "popular", "modern", "global", "world", "art", "arts", "music", "design", "health",
                "medicine", "engineering", "information", "communication", "media", "creative", "physical",
                "sports", "military", "police", "maritime", "aviation", "commerce", "finance", "financial", "law",
                "nursing", "theological", "bible", "biblical", "sacred", "heart", "saint", "holy", "ecological",
                "agrarian", "teacher", "training", "buddhist", "fisheries", "fishery", "forestry", "veterinary",
                "pedagogic", "normal", "vocational", "distance", "community", "oriental"}
# Acronyms that are also words people write, or that name many things.
_COMMON = {"art", "arts", "law", "man", "can", "may", "new", "one", "all", "use", "the", "and", "for", "pub",
           "med", "tech", "bio", "eco", "sun", "ice", "cat", "dog", "car", "bus", "web", "net", "com", "org",
           "edu", "app", "ceo", "cto", "phd", "mba", "usa", "ucl", "iit", "nit", "ism", "icm", "its"}
_GENERIC_WORDS = {"university", "of", "the", "college", "institute", "technology", "de", "la", "del", "di", "do",
                  "da", "des", "du", "and", "at", "in", "school", "state", "national", "universitat", "universidad",
                  "universidade", "universite", "universita", "technical", "royal", "sciences", "science",
                  "applied", "los", "las", "el", "le", "les", "y", "e", "et", "und", "for", "city"}


def _versions(root: Path) -> list[Path]:
    """Every record file, oldest release first (so the newest version of a record is read last)."""
    def release(path: Path) -> tuple:
        name = path.parent.name.lstrip("v")
        return tuple(int(p) if p.isdigit() else 0 for p in name.split("."))
    return sorted(root.rglob("*.json"), key=release)


def _names(record: dict) -> tuple[str, list[str], list[str], list[str]]:
    """(display name, aliases, labels in other languages, acronyms) for a v1 or v2 record."""
    if "names" in record:
        display, aliases, labels, acronyms = "", [], [], []
        for n in record["names"]:
            types = n.get("types", [])
            if "ror_display" in types:
                display = n["value"]
            if "acronym" in types:
                acronyms.append(n["value"])
            elif "alias" in types:
                aliases.append(n["value"])
            elif "label" in types and "ror_display" not in types:
                labels.append(n["value"])
        return display, aliases, labels, acronyms
    return (record.get("name", ""), list(record.get("aliases", [])),
            [label["label"] for label in record.get("labels", [])], list(record.get("acronyms", [])))


def _types(record: dict) -> set[str]:
    return {t.lower() for t in record.get("types", [])}


def _country(record: dict) -> str | None:
    if "locations" in record:
        for loc in record["locations"]:
            return loc.get("geonames_details", {}).get("country_code")
    return (record.get("country") or {}).get("country_code")


def _parents(record: dict) -> list[str]:
    return [r["id"] for r in record.get("relationships", []) if r.get("type", "").lower() == "parent"]


def load_records(root: Path) -> dict[str, dict]:
    """ROR records by id, from a folder of record files, or from one JSON file (ROR's data dump, a list)."""
    if root.is_file():
        data = json.loads(root.read_text(encoding="utf-8"))
        return {r["id"]: r for r in (data.values() if isinstance(data, dict) else data) if r.get("id")}
    latest: dict[str, dict] = {}
    for path in _versions(root):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, OSError):
            continue
        if isinstance(record, dict) and record.get("id"):
            latest[record["id"]] = record
    return latest


# Chinese, Japanese and Korean write a university's name without spaces ('复旦大学', '大阪大学', '한국과학기술원'): one
# word to the fold, but a whole name; three characters or more (two, '東大', are a nickname many share).
_NATIVE_SCRIPT = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]{3,}$")


def native_script_name(name: str) -> bool:
    """True for a name written whole in Chinese, Japanese or Korean characters, three or more."""
    return bool(_NATIVE_SCRIPT.match(name.strip()))


def add_native_names(records: dict[str, dict], table: dict) -> list[str]:
    """Adds to a built table the names in Chinese, Japanese and Korean script of the schools it holds (ROR labels
    and aliases no other record uses), each to the row another of its record's names already points to; returns the
    names added. So a table built before keeps its other names as they were reviewed."""
    users: dict[str, set[str]] = defaultdict(set)
    for rid, record in records.items():
        for name in [n for group in _names(record) for n in ([group] if isinstance(group, str) else group)]:
            if name:
                users[fold(name)].add(rid)
    added = []
    for rid, record in records.items():
        if "education" not in _types(record) or record.get("status", "active") != "active":
            continue
        display, aliases, labels, acronyms = _names(record)
        rows = {table["names"][fold(n)] for n in [display, *aliases, *labels, *acronyms]
                if fold(n) in table["names"] and not native_script_name(n)}
        if len(rows) != 1:
            continue
        row = rows.pop()
        for name in [*labels, *aliases]:
            folded = fold(name)
            if native_script_name(name) and users[folded] <= {rid} and folded not in table["names"]:
                table["names"][folded] = row
                added.append(name)
    table["names"] = dict(sorted(table["names"].items()))
    return sorted(added)


def add_successor_names(records: dict[str, dict], table: dict) -> list[str]:
    """Adds to a built table the names of universities ROR lists as no longer active with one active school as their
    successor, to the successor's row: a school renamed, or absorbed into the one it became part of ('Université
    Paris-Sud', now the Université Paris-Saclay). A merger of several into a new school only where the old name
    shares a proper word with the new one ('Université Montpellier 2', now the Université de Montpellier; not the
    University of South Australia, one of Adelaide University's two). Only names no other record uses; returns
    the names added."""
    users: dict[str, set[str]] = defaultdict(set)
    for rid, record in records.items():
        for name in [n for group in _names(record) for n in ([group] if isinstance(group, str) else group)]:
            if name:
                users[fold(name)].add(rid)
    successors: dict[str, list[str]] = defaultdict(list)
    for rid, record in records.items():
        if "education" not in _types(record) or record.get("status", "active") == "active":
            continue
        after = [r["id"] for r in record.get("relationships", []) if r.get("type", "").lower() == "successor"]
        if len(after) == 1:
            successors[after[0]].append(rid)
    added = []
    for sid, before in successors.items():
        successor = records.get(sid)
        if successor is None or successor.get("status", "active") != "active" or "education" not in _types(successor):
            continue
        s_display, s_aliases, s_labels, s_acronyms = _names(successor)
        rows = {table["names"][fold(n)] for n in [s_display, *s_aliases, *s_labels, *s_acronyms]
                if fold(n) in table["names"]}
        if len(rows) != 1:
            continue
        row = rows.pop()
        today = set().union(*(_proper_words(fold(n)) for n in [s_display, *s_labels]))
        for rid in before:
            display, aliases, labels, _ = _names(records[rid])
            if len(before) > 1 and not _proper_words(fold(display)) & today:
                continue
            for name in [display, *labels, *aliases]:
                folded = fold(name)
                if (len(folded.split()) >= 2 and _SAYS_UNIVERSITY.search(folded) and users[folded] <= {rid}
                        and folded not in table["names"] and not is_place_name(folded)):
                    table["names"][folded] = row
                    added.append(name)
    table["names"] = dict(sorted(table["names"].items()))
    return sorted(added)


def _significant(folded: str) -> set[str]:
    return {w for w in folded.split() if w not in _GENERIC_WORDS and len(w) > 2}


def _plain_romaji(word: str) -> str:
    """A word with the long vowels of Japanese romanisation written short: 'shinshuu' and 'shinshu' are one."""
    return word.replace("uu", "u").replace("ou", "o").replace("oo", "o")


def _nationality(word: str) -> bool:
    """True for a people's word ('syrian', 'hungarian'): no proper name of one school. A city's name may be one
    ('Rangoon University'), unless another school carries it too ('University of Budapest')."""
    return not is_place_name(word) and any(is_place_name(form) for form in (word[:-1], word[:-2], word[:-3] + "y")
                                           if len(form) >= 4)


# 'University of Budapest', 'Universidad de Guayaquil': a former name made of a place, which another school there may
# carry today.
_OF_A_PLACE = re.compile(r"^(?:the )?(?:university|universidad|universidade|universite|universita|universitat) "
                         r"(?:of|de|di|do|da|del) ")


def _proper_words(folded: str) -> set[str]:
    return {_plain_romaji(w) for w in _significant(folded) - _DESCRIPTIVE}


def former_name_kept(folded: str, own: set[str], by_word: dict[str, set[str]]) -> bool:
    """A former name sharing no word with today's is kept when it says it was a university, names it with a word
    that is no place, people or description ('Haile Selassie I University'; not 'Syrian University', 'National
    Agrarian University', 'University of Budapest'), and no other school's names carry all its proper words
    ('Pázmány Péter University' is also the Pázmány Péter Catholic University's; 'Shinshuu University' Shinshu's).
    `by_word` gives, for each proper word (romanised long vowels short), the ids of the schools whose names have it;
    `own` are the school's own ids there (its ROR id, its curated row's)."""
    words = {w for w in _proper_words(folded) if not _nationality(w)}
    if not _SAYS_UNIVERSITY.search(folded) or not words:
        return False
    only_a_place = all(is_place_name(w) for w in words)
    if only_a_place and not _OF_A_PLACE.match(folded):
        return True  # 'Vienna University of Technology': a place's name, and the kind of school it is
    return not set.intersection(*(by_word.get(w, set()) for w in words)) - own


def names_by_word(names_of: dict[str, list[str]]) -> dict[str, set[str]]:
    """For each proper word of a university's names (today's and curated ones), the ids of the schools that have it
    (not an institute's: 'Institute of Functional Epigenetics IFE' carries no 'University of Ife')."""
    by_word: dict[str, set[str]] = defaultdict(set)
    for rid, names in names_of.items():
        for name in names:
            for word in _proper_words(fold(name)) if _UNIVERSITY.search(fold(name)) else ():
                by_word[word].add(rid)
    return by_word


def build(records: dict[str, dict], curated: dict) -> dict:
    curated_names: dict[str, str] = {}
    for entry in curated["schools"]:
        for name in [entry["name"], *entry.get("aliases", [])]:
            curated_names.setdefault(fold(name), entry["name"])
    users: dict[str, set[str]] = defaultdict(set)  # folded name -> ROR ids using it (any type)
    for rid, record in records.items():
        if record.get("status", "active") != "active":
            continue
        display, aliases, labels, acronyms = _names(record)
        for name in [display, *aliases, *labels, *acronyms]:
            if name:
                users[fold(name)].add(rid)

    def unique(folded: str, rid: str) -> bool:
        return users.get(folded, set()) <= {rid}

    today = {rid: [_names(record)[0], *_names(record)[2]] for rid, record in records.items()
             if "education" in _types(record) and record.get("status", "active") == "active"}
    for entry in curated["schools"]:  # a name people use for a school the curated table knows
        today[f"curated:{entry['name']}"] = [entry["name"], *entry.get("aliases", [])]
    by_word = names_by_word(today)
    schools: list[dict] = []
    index: dict[str, int] = {}
    for rid, record in records.items():
        if "education" not in _types(record) or record.get("status", "active") != "active":
            continue
        display, aliases, labels, acronyms = _names(record)
        if not display:
            continue
        # A record that the curated table knows keeps the curated name, so both tables give one key.
        canonical = next((curated_names[fold(n)] for n in [display, *aliases, *labels] if fold(n) in curated_names),
                         display)
        core = _significant(fold(display))
        keep = []
        for name in [display, *labels, *aliases]:
            folded = fold(name)
            if not folded or (len(folded.split()) < 2 and not native_script_name(name)) or not unique(folded, rid):
                continue
            if curated_names.get(folded, canonical) != canonical or is_place_name(folded):
                continue
            if name in aliases:
                if folded.endswith(" college") and "college" not in fold(display):
                    continue  # 'Columbia College' is a college of its own, not Columbia University
                if not (_significant(folded) & core) and not former_name_kept(
                        folded, {rid, f"curated:{canonical}"}, by_word):
                    # a former name sharing nothing with today's ('King's College' for Columbia); kept when it
                    # says it was a university ('Haile Selassie I University' for Addis Ababa University,
                    # 'Rangoon University' for the University of Yangon): a name no other record uses
                    continue
            keep.append(folded)
        for acronym in acronyms:
            folded = fold(acronym)
            if (len(folded) >= 3 and " " not in folded and folded not in _COMMON and unique(folded, rid)
                    and folded not in curated_names and not is_place_name(folded)):
                keep.append(folded)
        if not keep:
            continue
        index[rid] = len(schools)
        schools.append({"id": rid, "name": canonical, "names": sorted(set(keep)), "country": _country(record),
                        "parents": _parents(record), "unit": bool(_UNIT.search(fold(display)))})

    rows, names = [], {}
    for school in schools:
        parent = None
        if school["unit"]:
            for pid in school["parents"]:
                p = records.get(pid)
                if (p and "education" in _types(p) and "system" not in fold(_names(p)[0])
                        and _UNIVERSITY.search(fold(_names(p)[0])) and pid in index):
                    parent = schools[index[pid]]["name"]
                    break
        row = len(rows)
        rows.append([school["name"], parent, school["country"]])
        for folded in school["names"]:
            names.setdefault(folded, row)
    return {
        "source": "ROR, the Research Organization Registry (ror.org), records from github.com/ror-community/"
                  "ror-records (education records of the releases in that repository); derived by "
                  "scripts/build_schools.py, which keeps only names no other record uses.",
        "licence": "ROR data: CC0 1.0 (public domain dedication); repository: MIT.",
        "fold_version": FOLD_VERSION,
        "rows": rows,
        "names": dict(sorted(names.items())),
    }


# The words between a school's name and its city ('Universidad Comenius de Bratislava', 'University of X in Y').
_BEFORE_CITY = {"de", "da", "do", "di", "in", "at", "of", "w", "v", "u", "en", "im", "zu", "a"}
_SHORT_FORM_MIN_WORDS = 2
# An English word this frequent says what a school is or where ('Chinese University', 'Kings College'), not which.
_ENGLISH_WORD_ZIPF = 3.5
# Words of other languages that say what a school is ('Freie Universität', 'Libera Università', 'Pasteur' of many).
_DESCRIBING_A_SCHOOL = {"pontifical", "politehnica", "polytehnica", "polytechnical", "technicka", "technische",
                        "veterinarni", "veterinarmedizinische", "meditsinski", "ikonomicheski", "internacionalni",
                        "internacionalna", "nezavisni", "metropolitni", "padagogische", "theologische", "kirchliche",
                        "musik", "vysoka", "skola", "freie", "libera", "internationale", "pasteur",
                        "karls", "sapienza"}
# A region's adjective names the schools of a region ('Ostbayerische', 'Westsächsische', 'Silesian', 'Mazovian').
_REGION_ADJECTIVE_ENDINGS = ("ische", "ian")
_KIND_OF_SCHOOL = re.compile(r"\b(university|universitat|universite|universidad|universidade|universita|universiteit|"
                             r"universitet|universitas|universitatea|uniwersytet|univerzita|univerzitet|egyetem|"
                             r"yliopisto|academy|akademie|akademia|academia|akademija|hochschule|conservatory|"
                             r"conservatoire|conservatorio|konservatorium|college|institute|polytechnic|politecnico)\b")


def _own_words(words: list[str]) -> bool:
    """Words that name one school ('Comenius', 'Corvinus', 'Gutenberg'): none a word for what it is, a description,
    a place or an English word ('Chinese University', 'Kings College', 'Washington University', 'Art Academy')."""
    from wordfreq import zipf_frequency

    from companion.ground.normalise.places import resolve_place

    return bool(words) and all(
        word not in _GENERIC_WORDS and word not in _DESCRIPTIVE and word not in _BEFORE_CITY and len(word) >= 3
        and not _KIND_OF_SCHOOL.fullmatch(word) and not _UNIT.search(word) and resolve_place(word) is None
        and word not in _DESCRIBING_A_SCHOOL and not word.endswith(_REGION_ADJECTIVE_ENDINGS)
        and zipf_frequency(word, "en") < _ENGLISH_WORD_ZIPF for word in words)


def add_short_forms(table: dict, curated: dict) -> list[str]:
    """Adds to a built table each name of a school that ends in its own city less the city, as people write it
    ('Comenius University Bratislava': 'Comenius University'; 'Universidad Comenius de Bratislava': 'Universidad
    Comenius'), when the short form is its own words then the word for its kind of school (or, for a school that has
    such a form, that word then its own words), the city no part of a longer place ('... of New York'), and the short
    form is no name of the table or of the curated table already, and no other school's name shortens to it.
    Returns the short forms added."""
    from companion.ground.normalise.places import country_name, resolve_place

    curated_names = {fold(name) for entry in curated["schools"] for name in [entry["name"], *entry.get("aliases", [])]}
    shortened: dict[str, set[int]] = defaultdict(set)
    kind_first: dict[str, set[int]] = defaultdict(set)
    for folded, row in table["names"].items():
        words = folded.split()
        country = table["rows"][row][2]
        if not country or not folded.isascii():
            continue
        for size in (1, 2):
            city_words, short = words[-size:], words[:-size]
            while short and short[-1] in _BEFORE_CITY:
                short = short[:-1]
            if len(short) < _SHORT_FORM_MIN_WORDS or _KIND_OF_SCHOOL.search(" ".join(city_words)):
                continue
            last = bool(_KIND_OF_SCHOOL.fullmatch(short[-1])) and _own_words(short[:-1])
            first = bool(_KIND_OF_SCHOOL.fullmatch(short[0])) and len(short) <= 3 and _own_words(short[1:])
            if not (last or first):
                continue
            city = resolve_place(f"{' '.join(city_words)}, {country_name(country)}")
            if city is None or city.city_id is None or city.country != country:
                continue
            longer = resolve_place(" ".join(words[-size - 1:]))
            if longer is not None and longer.city_id is not None and longer.city_id != city.city_id:
                continue  # 'new york', 'sao paulo': the city is a longer place's last word
            (shortened if last else kind_first)[" ".join(short)].add(row)
    with_own_form = {row for rows in shortened.values() if len(rows) == 1 for row in rows}
    for short, rows in kind_first.items():
        if rows <= with_own_form:  # 'Universidad Comenius' only beside 'Comenius University'
            shortened[short] |= rows
    return _add_short_forms(table, shortened, curated_names)


def _add_short_forms(table: dict, shortened: dict[str, set[int]], curated_names: set[str]) -> list[str]:
    """Adds each short form only one school shortens to, and no name of the table or the curated table already;
    returns those added, the table's names kept in order."""
    added = []
    for short, rows in sorted(shortened.items()):
        if len(rows) == 1 and short not in table["names"] and short not in curated_names:
            table["names"][short] = next(iter(rows))
            added.append(short)
    table["names"] = dict(sorted(table["names"].items()))
    return added


_PATRON = re.compile(r"[\"“„«][^\"“”„«»]+[\"”“»]")


def add_patron_short_forms(table: dict, curated: dict) -> list[str]:
    """Adds to a built table each name written with its patron in quotes less the patron, as people write it (round
    43: 'Sofia University "St. Kliment Ohridski"': 'Sofia University'; 'University of Vlora "Ismail Qemali"': 'University
    of Vlora'), when what is left is the word for its kind of school and the city the school is in, the short form
    is no name of the table or of the curated table, and no other name shortens to it (a city's two universities
    named for two patrons shorten to one name: neither is kept). Returns those added."""
    from companion.ground.normalise.places import country_name, resolve_place

    curated_names = {fold(name) for entry in curated["schools"] for name in [entry["name"], *entry.get("aliases", [])]}
    shortened: dict[str, set[int]] = defaultdict(set)
    for row, (name, parent, country) in enumerate(table["rows"]):
        patron = _PATRON.search(name)
        # A patron is a person or a saint, of two words or more: one word in quotes is the school's brand ('Moscow
        # University «Synergy»' is no Moscow University people mean).
        if patron is None or parent or not country or len(patron.group().split()) < 2:
            continue
        short = fold(f"{name[:patron.start()]} {name[patron.end():]}")
        words = short.split()
        rest = [word for word in words if not _KIND_OF_SCHOOL.fullmatch(word) and word not in _BEFORE_CITY]
        if len(words) < _SHORT_FORM_MIN_WORDS or not _KIND_OF_SCHOOL.search(short) or not rest:
            continue
        city = resolve_place(f"{' '.join(rest)}, {country_name(country)}")
        if city is not None and city.city_id is not None and city.country == country:
            shortened[short].add(row)
    return _add_short_forms(table, shortened, curated_names)


def main(argv: list[str]) -> int:
    if argv == ["--short-forms"]:
        table = json.loads(OUT.read_text(encoding="utf-8"))
        curated = json.loads((DATA_DIR / "schools.json").read_text(encoding="utf-8"))
        added = add_short_forms(table, curated) + add_patron_short_forms(table, curated)
        table["short_forms_added"] = sorted(set(table.get("short_forms_added", [])) | set(added))
        if "short_forms_added" not in table["source"]:
            table["source"] += (" Plus, by `build_schools.py --short-forms` (round 34): `short_forms_added`, a name"
                                " that ends in its school's city less the city, when no other name shortens so.")
        if "patron" not in table["source"]:
            table["source"] += (" And (round 43) a name less its patron in quotes when what is left is the school's"
                                " kind and city ('Sofia University \"St. Kliment Ohridski\"': 'Sofia University').")
        OUT.write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"{len(added)} short forms added -> {OUT}")
        return 0
    if len(argv) == 2 and argv[0] == "--native-names":
        records = load_records(Path(argv[1]))
        table = json.loads(OUT.read_text(encoding="utf-8"))
        added = add_native_names(records, table)
        table["native_names_added"] = sorted(set(table.get("native_names_added", [])) | set(added))
        succeeded = add_successor_names(records, table)
        table["successor_names_added"] = sorted(set(table.get("successor_names_added", [])) | set(succeeded))
        if "native_names_added" not in table["source"]:
            table["source"] += (" Plus, by `build_schools.py --native-names` (round 22): `native_names_added`, the"
                                " schools' names in Chinese, Japanese and Korean script, and `successor_names_added`,"
                                " the names of universities now part of another, each on the row of its record.")
        OUT.write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"{len(added)} names in Chinese, Japanese or Korean script and {len(succeeded)} names of schools "
              f"now part of another added -> {OUT}")
        return 0
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    records = load_records(Path(argv[0]))
    curated = json.loads((DATA_DIR / "schools.json").read_text(encoding="utf-8"))
    table = build(records, curated)
    OUT.write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(table['rows'])} schools, {len(table['names'])} names -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
