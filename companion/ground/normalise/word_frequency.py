"""Is a word common in some language? Read from a table built from wordfreq, never from wordfreq itself.

wordfreq's lists cost 5 s and 560 MB to load over 16 languages; common ground needs only whether a word reaches a
few Zipf frequencies (3.0, 3.2, 3.8) in a few sets of languages. `scripts/build_common_words.py` writes those
answers to data/common_words.bin (a marisa trie of the words and a nibble of tiers for each, 1.3 MB, loaded
in ~10 ms and ~8 MB); a word the table lacks reaches none of them. Lookup is wordfreq's own for a word of
letters: NFC and case folded (the build adds the Turkish and Romanian forms of ş/ș and ţ/ț each language reads as
its own).
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).resolve().parents[1] / "data" / "common_words.bin"
# wordfreq's words: letters and digits with the marks written on them ('i̇ş' is one word, and not a Turkish one).
_TOKEN = re.compile(r"[^\W_][\w\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]*")


class _Table:
    def __init__(self, path: Path):
        import marisa_trie

        data = path.read_bytes()  # a line of JSON, the trie, then a nibble of tiers for each of its key ids
        start = data.index(b"\n") + 1
        self.header = json.loads(data[:start])
        end = start + self.header["trie_bytes"]
        self.trie = marisa_trie.Trie().frombytes(data[start:end])
        self.tiers = memoryview(data)[end:]
        self.index = {(tuple(t["languages"]), t["zipf"]): i for i, t in enumerate(self.header["tiers"])}

    def bits(self, key: str) -> int:
        at = self.trie.get(key)
        if at is None:
            return 0
        return (self.tiers[at >> 1] >> (4 * (at & 1))) & 0xF


@lru_cache(maxsize=1)
def table() -> _Table:
    return _Table(TABLE)


def lookup_key(word: str) -> str:
    """The form wordfreq looks a word of letters up by in the languages the table holds."""
    return unicodedata.normalize("NFC", word).casefold()


# The languages whose everyday words (Zipf 3.8) are no organisation's own name: the common-words table's first eight.
EVERYDAY_LANGUAGES = ("en", "es", "pt", "fr", "de", "it", "nl", "pl")


def is_everyday_word(word: str) -> bool:
    """True for a word one of the everyday languages says every day (Zipf 3.8 or more): 'Global', 'Royal', 'Goethe';
    not 'Helmholtz', 'Baxter', 'Erasmus'. One check for brands, clubs' names and organisations' own words."""
    return zipf_at_least(word, EVERYDAY_LANGUAGES, 3.8)


@lru_cache(maxsize=8192)
def zipf_at_least(word: str, languages: tuple[str, ...], zipf: float) -> bool:
    """True when wordfreq's Zipf frequency of `word` reaches `zipf` in one of `languages` at least. Only the
    (languages, zipf) tiers the table was built for can be asked (KeyError otherwise: rebuild the table).

    Of words of several ('IA responsable', 'evaluación formativa'), wordfreq counts 1/f as the sum of each word's 1/f:
    the highest tier each word reaches is a floor of its frequency, and the whole reaches `zipf` when those floors
    make sure it does (each word 3.8 or more: 'IA responsable' 4.02; not 'evaluación formativa', 2.86)."""
    t = table()
    if (tuple(languages), zipf) not in t.index:
        raise KeyError(f"no tier {languages} {zipf} in {TABLE.name}: run scripts/build_common_words.py")
    tiers = [(z, bit) for (langs, z), bit in t.index.items() if langs == tuple(languages)]
    floors = []
    for token in _TOKEN.findall(lookup_key(word)):
        bits = t.bits(token)
        floor = max((z for z, bit in tiers if bits >> bit & 1), default=None)
        if floor is None:
            return False
        floors.append(floor)
    return bool(floors) and sum(10 ** -f for f in floors) <= 10 ** -zipf * (1 + 1e-9)
