"""Finding lexicon phrases in free text: whole words, longest phrase first, acronyms by exact case."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_SEPARATORS = re.compile(r"[\s\-]+")


@dataclass(frozen=True, slots=True)
class Match:
    """One phrase found in a text: which entry, where, and the words as written."""

    entry: dict
    start: int
    end: int
    words: str


class PhraseMatcher:
    """One compiled regex over every phrase; overlapping phrases resolve to the longest ('martial arts'
    wins over 'arts'), and all-capital phrases ('AI') match only in capitals, so French 'j'ai' is not AI."""

    def __init__(self, phrases: dict[str, dict]):
        self.entries = {_key(phrase): entry for phrase, entry in phrases.items()}
        alternatives = []
        for phrase in sorted(phrases, key=len, reverse=True):
            escaped = re.escape(phrase).replace(r"\ ", r"[\s\-]+")
            alternatives.append(f"(?-i:{escaped})" if phrase.isupper() and len(phrase) <= 4 else escaped)
        self.pattern = re.compile(r"(?<![\w#+])(?:" + "|".join(alternatives) + r")(?![\w#+])", re.IGNORECASE)

    def find(self, text: str) -> Iterator[Match]:
        """Each phrase occurrence in `text`, left to right, never overlapping."""
        for m in self.pattern.finditer(text or ""):
            entry = self.entries.get(_key(m.group()))
            if entry is not None:
                yield Match(entry=entry, start=m.start(), end=m.end(), words=m.group())


def _key(phrase: str) -> str:
    return _SEPARATORS.sub(" ", phrase.lower())
