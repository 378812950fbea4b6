"""Acronyms: 'KNUST' is 'Kwame Nkrumah University of Science and Technology', 'IMSS' is 'Instituto Mexicano
del Seguro Social', 'UW' at Warsaw is not 'UW' at Seattle.

Two rules that hold for any organisation, so no table has to list every acronym:
  - an acronym written by one person stands for a name written out by the other when its letters are that
    name's initials (with or without its little words: 'of', 'de', 'y', 'and'), legal form aside;
  - a bare acronym is a name only where it is used: many schools share one (UNI is in Lima and in Managua,
    UCR in San José and in Riverside), so on its own it names a school only with the place around it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# Little words that an acronym may skip ('Instituto Mexicano del Seguro Social' is IMSS).
_LITTLE = {
    "of", "the", "and", "as", "for", "to", "at", "in", "on", "de", "del", "la", "las", "los", "el", "y", "e", "da", "do", "das",
    "dos", "di", "der", "und", "i", "w", "we", "z", "na", "du", "des", "et", "a", "le", "les", "al", "van",
    "bin", "bint", "binti", "ibn",
}
# Lower-case runs inside an acronym that stand for such words ('UoN': University of Nairobi, 'UdeA').
_INNER = {"o", "of", "de", "d", "e", "y", "do", "da", "v", "van", "di", "du", "f"}  # "f": for (DfE, DfT)
_TOKEN = re.compile(r"[^\W\d_][\w&.'’]*", re.UNICODE)
_PAREN = re.compile(r"\([^)]*\)")
# Capitals in parts joined by hyphens ('AP-HP', 'PUC-SP'); not a word ('UK-based').
_HYPHENED = re.compile(r"(?<![\w-])[A-Z]{2,5}(?:-[A-Z]{2,5})+(?![\w-])")
# An elided article or preposition is a little word, which acronyms skip: "École Mohammadia d'Ingénieurs" is EMI.
_ELIDED = re.compile(r"\b(d|l|dell|dall|nell|sull|all)['’](?=\w)", re.IGNORECASE)


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("Ł", "L").replace("ł", "l")


def acronym_of(token: str) -> str | None:
    """The letters of `token` when it is written as an acronym ('KNUST', 'UoN', 'WOŚP'), else None; a
    lower-case little word inside counts by its first letter ('UoN' is 'uon', 'UdeA' is 'uda')."""
    token = _plain(token).replace(".", "").replace("&", "")
    if not token.isalpha() or len(token) < 2:
        return None
    capitals = "".join(c for c in token if c.isupper())
    if len(capitals) < 2 or not token[0].isupper():
        return None
    lower_runs = re.findall(r"[a-z]+", token)
    if any(run not in _INNER for run in lower_runs):
        return None  # a name ('McKinsey', 'DeepMind'), not an acronym
    return re.sub(r"[a-z]+", lambda run: run.group()[0], token).lower()


def acronyms_in(text: str) -> list[str]:
    """Every acronym written in `text` ('ITS Surabaya' -> ['its'], 'AP-HP' -> ['ap', 'hp', 'aphp'])."""
    # And capitals in parts joined by hyphens, as the one acronym of a name in parts ('AP-HP': Assistance Publique –
    # Hôpitaux de Paris), read only against a name written out, never as a bare acronym of its own ('PUC-SP').
    tokens = _TOKEN.findall(text or "") + [t.replace("-", "") for t in _HYPHENED.findall(_plain(text or ""))]
    return [a for a in (acronym_of(t) for t in tokens) if a]


def is_bare_acronym(text: str) -> bool:
    """True when `text` is one acronym and nothing else ('UNI', 'U.W.'), which many institutions share."""
    words = (text or "").split()
    return len(words) == 1 and acronym_of(words[0]) is not None


def initials(name: str) -> set[str]:
    """The acronyms a written-out name can have: the first letters of its words, with and without the
    little ones, hyphenated parts as words ('Babeș-Bolyai'), parentheses left out."""
    text = _ELIDED.sub(" ", _PAREN.sub(" ", _plain(name or "")))
    named = _before_its_place(text)
    if named != text:
        out = {acronym for acronym in initials(named) if len(acronym) >= 3}
    else:
        out = set()
    # A country's prefix the acronym may leave out ('U.S. Government Accountability Office' is GAO), and a legal form
    # in dotted initials after the name ('Empresas Públicas de Medellín E.S.P.' is EPM).
    head, _, last = text.rstrip().rpartition(" ")
    if head.strip() and _DOTTED_INITIALS.fullmatch(last):  # the last word alone: linear on any run of spaces
        text = head
    m = _COUNTRY_BEFORE.match(text)
    if m and len(text[m.end():].split()) >= 2:
        out |= {acronym for acronym in initials(text[m.end():]) if len(acronym) >= 3}
    for part in {text, text.split(",")[0]}:
        # A hyphenated word is two words ('Babeș-Bolyai': UBB) or one ('Micro-Electronics': IMI).
        for split in (r"[\s\-–/]+", r"[\s–/]+"):
            words = [w.lower() for w in re.split(split, part) if w and w[0].isalpha()]
            if len(words) < 2:
                continue
            out.add("".join(w[0] for w in words))
            content = [w for w in words if w not in _LITTLE]
            if len(content) >= 2:
                out.add("".join(w[0] for w in content))
            # An acronym inside the name is kept whole: 'HM Revenue & Customs' is HMRC, 'UK Research and Innovation'
            # UKRI, 'NHS Blood and Transplant' NHSBT.
            written = [w for w in re.split(split, part) if w and w[0].isalpha()]
            if any(2 <= len(w) <= 4 and w.isupper() for w in written) and len(written) >= 2:
                whole = [w.lower() if 2 <= len(w) <= 4 and w.isupper() else w[0].lower() for w in written
                         if w.lower() not in _LITTLE]
                out.add("".join(whole))
    return out


_COUNTRY_BEFORE = re.compile(r"^\s*(?:U\.\s?S\.(?:\s?A\.)?|US|USA|U\.\s?K\.|UK)\s+")
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,}[A-Z]?\.?")
# A word joined to an acronym of the words after it ('EmiratesGBC': Emirates Green Building Council).
_WORD_THEN_ACRONYM = re.compile(r"^([A-Z][a-z]{3,})([A-Z]{2,5})$")


# 'Université Saint-Joseph de Beyrouth' is USJ, 'Szkoła Główna Handlowa w Warszawie' SGH: the name, then the city
# it is in, as other languages write it. Not a campus ('University of North Carolina at Charlotte' is not UNC Chapel
# Hill's), nor a country ('Instituto Nacional de Estatística de Cabo Verde' is not Portugal's INE).
_PLACE_AFTER = re.compile(r"^(?P<name>(?:\S+[\s\-]+){2,}\S+?)\s+(?:de|w|we|di|du|da|do|del|della|zu)\s+(?P<place>(?:\S+\s*){1,2})$")


def _before_its_place(text: str) -> str:
    """A name of three words or more without the city written after it, else the name."""
    from companion.ground.normalise.places import is_country_name

    m = _PLACE_AFTER.match(text.split(",")[0].strip())
    return m["name"] if m and not is_country_name(m["place"].strip()) else text


_LAST_LEGAL_WORDS = frozenset({"limited", "ltd", "plc", "inc", "llc", "pcl", "bhd", "berhad", "ag", "gmbh", "sa", "s.a"})


def stands_for(short: str, long: str, legal_free: str | None = None, parent: str | None = None) -> str | None:
    """The acronym in `short` that `long` is written out from ('ITS Surabaya', 'Institut Teknologi Sepuluh
    Nopember' -> 'its'), or None. `legal_free` is `long` without its legal form, when it has one
    ('Nigerian National Petroleum Corporation' is NNPC with its form and without it), `parent` the
    university a faculty belongs to ('UoN' is the University of Nairobi of 'University of Nairobi School of Law')."""
    if len(long.split()) < 2:
        return None
    names = initials(long) | set().union(*(initials(other) for other in (legal_free, parent) if other))
    parents_only = initials(parent) - initials(long) - (initials(legal_free) if legal_free else set()) \
        if parent else set()
    # 'Taiwan Semiconductor Manufacturing Company Limited' is TSMC: the last legal word off, the one before kept.
    words = long.split()
    if len(words) >= 3 and _plain(words[-1]).lower().strip(".") in _LAST_LEGAL_WORDS:
        names |= initials(" ".join(words[:-1]))
    elif legal_free and len(words) >= 3 and not legal_free.endswith(_plain(words[-1]).lower()):
        # "Guy's and St Thomas' NHS Foundation Trust" is GSTT: the name, then the last word of its form
        names |= initials(f"{legal_free} {words[-1]}")
    # 'ENS de Lyon' and 'École normale supérieure de Lyon': the acronym, then the words both end with.
    short_words, long_words = _plain(short).lower().split(), _plain(long).lower().split()
    for cut in range(1, len(short_words)):
        tail = short_words[cut:]
        if long_words[-len(tail):] == tail and len(long_words) > len(tail) + 1:
            names |= initials(" ".join(long.split()[:-len(tail)]))
    joined = _WORD_THEN_ACRONYM.match(_plain(short.strip()))
    if joined and _plain(long_words[0]) == joined[1].lower() and joined[2].lower() in initials(" ".join(long.split()[1:])):
        return (joined[1] + joined[2]).lower()
    for acronym in acronyms_in(short):
        if acronym in names and (len(acronym) >= 3 or len(long.split()) >= 2):
            if acronym in parents_only and _words_of_its_own(short, acronym, long):
                continue  # 'GDG on Campus SKKU' and 'Google Developer Groups Seoul': two chapters of one network
            return acronym
    return None


def _words_of_its_own(short: str, acronym: str, long: str) -> bool:
    """True when `short` names more than its acronym, with a word `long` does not hold: a part of its own (a
    chapter, a campus) of the organisation the acronym stands for, not the part `long` names."""
    long_words = _plain(long).replace("-", " ").split()
    others = {w.lower() for w in long_words}
    # Nor a unit's word ('UoN Faculty of Law' is the 'School of Law') or an acronym of some of `long`'s words
    # ('UCT GSB': the Graduate School of Business): the part `long` names, said another way.
    parts = {found for i in range(len(long_words)) for j in range(i + 2, len(long_words) + 1)
             for found in initials(" ".join(long_words[i:j]))}
    rest = [w.lower() for w in re.findall(r"[^\W_]+", _plain(short)) if w.lower() not in _LITTLE
            and w.lower() not in _UNIT_WORDS and acronym_of(w) not in (acronym, *(parts if acronym_of(w) else ()))]
    return any(w not in others for w in rest)


# The words for a university's units, which one writes as another: a faculty, a school, a college of it.
_UNIT_WORDS = frozenset({"faculty", "school", "college", "department", "dept", "institute", "division", "unit",
                         "centre", "center", "faculdade", "facultad", "fakultas", "faculte", "ecole", "escuela"})


_BESIDE = re.compile(r"^\s*(?P<before>[^()]+?)\s*\((?P<inside>[^()]+)\)\s*$")


def expansion(name: str) -> tuple[str, str] | None:
    """(acronym, name written out) when `name` writes an acronym beside the name it stands for, in brackets either
    way round ('ITC (International Trade Centre)', 'Chiang Mai University (CMU)'), else None."""
    m = _BESIDE.match(name or "")
    if m is None:
        return None
    for short, long in ((m["before"], m["inside"]), (m["inside"], m["before"])):
        acronym = acronym_of(short.strip()) if len(short.split()) == 1 else None
        if acronym and len(acronym) >= 3 and acronym in initials(long):
            return acronym, long.strip()
    return None


def _content_words(name: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+", _plain(name).lower()) if len(w) >= 3 and w not in _LITTLE}


def two_expansions(a: str, b: str) -> bool:
    """True when two names written out both spell one acronym with words of their own: two organisations the
    letters stand for ('Indian Tobacco Company' and 'International Trade Centre' are both ITC; 'Chiang Mai
    University' and 'Carnegie Mellon University' both CMU). A word written in full on one side and shortened or
    spelled otherwise on the other ('Center', 'Centre'; 'Univ.') is one word."""
    def own(mine: set[str], other: set[str]) -> set[str]:
        return {w for w in mine if not any(o.startswith(w[:4]) or w.startswith(o[:4]) for o in other)}

    words_a, words_b = _content_words(a), _content_words(b)
    return bool(initials(a) & initials(b) and own(words_a, words_b) and own(words_b, words_a))


def one_acronym_two_names(a: str, b: str) -> bool:
    """True when two names each write out the one acronym beside them, as two organisations' names ('Indian Tobacco
    Company (ITC)' and 'ITC (International Trade Centre)')."""
    mine, theirs = expansion(a), expansion(b)
    return bool(mine and theirs and mine[0] == theirs[0] and two_expansions(mine[1], theirs[1]))


_CONTRACTED_PART = 2  # letters each word gives a name contracted from it, at least ('Pe-mex', 'In-di-tex')


def contracted_from(short: str, words: list[str]) -> bool:
    """True when the one word `short` is the first letters of each of `words` in order, two or more of each and
    three or more of one, little words skipped: a name contracted as Spanish, Portuguese and Italian companies and
    ministries are ('Inditex': Industria de Diseño Textil; 'Pemex': Petróleos Mexicanos; 'MINSA': Ministerio de
    Salud). `words` are folded, the name's legal form and a place after it already left out by the caller. The last
    word gives three letters or more unless the name is written in capitals as an acronym ('MINSA'): two letters
    at each end make too many words ('Mondo' of 'Monte Dorado')."""
    name = _plain(short).lower()
    last_least = _CONTRACTED_PART if short.strip().isupper() else 3
    content = [_plain(w).lower() for w in words if _plain(w).lower() not in _LITTLE]
    if " " in name.strip() or not name.isalpha() or len(name) < 5 or len(content) < 2:
        return False

    @cache  # one answer per (letters left, word, long part seen): linear in words x letters
    def split(left: int, at: int, long_part: bool) -> bool:
        rest = name[len(name) - left:]
        if at == len(content):
            return not rest and long_part
        word, least = content[at], last_least if at == len(content) - 1 else _CONTRACTED_PART
        return any(split(left - size, at + 1, long_part or size >= 3)
                   for size in range(least, min(len(word), len(rest)) + 1) if rest[:size] == word[:size])

    return split(len(name), 0, False)
