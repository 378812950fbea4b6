"""Finding lexicon phrases in free text: whole words, longest phrase first, acronyms by exact case."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

_SEPARATORS = re.compile(r"[\s\-]+")


def _accent_table() -> dict[int, str]:
    """Each accented Latin letter mapped to its bare letter, one character for one, so offsets stay true."""
    table = {}
    for code in range(0xC0, 0x250):
        bare = "".join(ch for ch in unicodedata.normalize("NFKD", chr(code)) if not unicodedata.combining(ch))
        if len(bare) == 1 and bare != chr(code):
            table[code] = bare
    table.update({0x2019: "'", 0x2018: "'"})  # typographic apostrophes: "I’m" is "I'm"
    return table


_UNACCENT = _accent_table()


def unaccent(text: str) -> str:
    """The text without accents on Latin letters ('Café' -> 'Cafe'), the same length, so matches map back."""
    return text.translate(_UNACCENT)


@dataclass(frozen=True, slots=True)
class Match:
    """One phrase found in a text: which entry, where, and the words as written."""

    entry: dict
    start: int
    end: int
    words: str


_TOKEN = re.compile(r"[\w#+]+|[^\w\s\-]")


def _tokens(text: str) -> list[tuple[str, int, int, bool]]:
    """(lower-case token, start, end, whether spaces or hyphens stand before it) for each word or mark."""
    out = []
    previous_end = 0
    for m in _TOKEN.finditer(text):
        out.append((m.group().lower(), m.start(), m.end(), m.start() > previous_end and bool(out)))
        previous_end = m.end()
    return out


def _shape(tokens) -> tuple:
    return tuple((t[0], t[3]) for t in tokens)


class PhraseMatcher:
    """Every phrase found by whole words; overlapping phrases resolve to the longest ('martial arts' wins over
    'arts'), and all-capital phrases ('AI') match only in capitals, so French 'j'ai' is not AI. Words may be
    parted by spaces or hyphens ('five-a-side'); accents are ignored on both sides ('café' finds 'cafe').

    Phrases are looked up word by word in a dictionary, not tried one by one at every position, so a lexicon
    of a thousand phrases costs what one of a hundred does.
    """

    def __init__(self, phrases: dict[str, dict]):
        self.by_shape: dict[tuple, tuple[dict, str | None]] = {}
        self.longest: dict[str, int] = {}
        for phrase, entry in phrases.items():
            plain = unaccent(phrase)
            tokens = _tokens(plain)
            if not tokens:
                continue
            exact = plain if plain.isupper() and len(plain) <= 4 else None
            self.by_shape[_shape(tokens)] = (entry, exact)
            first = tokens[0][0]
            self.longest[first] = max(self.longest.get(first, 0), len(tokens))

    def find(self, text: str) -> Iterator[Match]:
        """Each phrase occurrence in `text`, left to right, never overlapping."""
        text = text or ""
        plain = unaccent(text)
        tokens = _tokens(plain)
        i, count = 0, len(tokens)
        while i < count:
            most = self.longest.get(tokens[i][0])
            if most is None:
                i += 1
                continue
            found = None
            for n in range(min(most, count - i), 0, -1):
                window = tokens[i:i + n]
                hit = self.by_shape.get(((window[0][0], False), *_shape(window[1:])))
                if hit is None:
                    continue
                entry, exact = hit
                start, end = window[0][1], window[-1][2]
                if exact is not None and _SEPARATORS.sub(" ", plain[start:end]) != exact:
                    continue
                found = (entry, start, end, n)
                break
            if found is None:
                i += 1
                continue
            entry, start, end, n = found
            yield Match(entry=entry, start=start, end=end, words=text[start:end])
            i += n
