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

# Little words that an acronym may skip ('Instituto Mexicano del Seguro Social' is IMSS).
_LITTLE = {
    "of", "the", "and", "for", "at", "in", "on", "de", "del", "la", "las", "los", "el", "y", "e", "da", "do", "das",
    "dos", "di", "der", "und", "i", "w", "we", "z", "na", "du", "des", "et", "a", "le", "les", "al", "van",
    "bin", "bint", "binti", "ibn",
}
# Lower-case runs inside an acronym that stand for such words ('UoN': University of Nairobi, 'UdeA').
_INNER = {"o", "of", "de", "d", "e", "y", "do", "da", "v", "van", "di", "du"}
_TOKEN = re.compile(r"[^\W\d_][\w&.'’]*", re.UNICODE)
_PAREN = re.compile(r"\([^)]*\)")
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
    """Every acronym written in `text` ('ITS Surabaya' -> ['its'])."""
    return [a for a in (acronym_of(t) for t in _TOKEN.findall(text or "")) if a]


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
    # 'Taiwan Semiconductor Manufacturing Company Limited' is TSMC: the last legal word off, the one before kept.
    words = long.split()
    if len(words) >= 3 and _plain(words[-1]).lower().strip(".") in _LAST_LEGAL_WORDS:
        names |= initials(" ".join(words[:-1]))
    # 'ENS de Lyon' and 'École normale supérieure de Lyon': the acronym, then the words both end with.
    short_words, long_words = _plain(short).lower().split(), _plain(long).lower().split()
    for cut in range(1, len(short_words)):
        tail = short_words[cut:]
        if long_words[-len(tail):] == tail and len(long_words) > len(tail) + 1:
            names |= initials(" ".join(long.split()[:-len(tail)]))
    for acronym in acronyms_in(short):
        if acronym in names and (len(acronym) >= 3 or len(long.split()) >= 2):
            return acronym
    return None
