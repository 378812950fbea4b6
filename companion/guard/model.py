"""The send guard's small statistical model: a linear model over word n-grams, read from JSON.

The model only corrects the rules (it was trained with the rules' score as a fixed offset), so turning a
rule off really removes its weight. Its features are plain words, word pairs and word stems, so every
point it adds can be traced back to the words that earned it: the guard shows those words as reasons.
Nothing heavier than `json` and `re` is imported; the weights load once, on first use.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from functools import lru_cache
from itertools import islice
from pathlib import Path

MODEL_PATH = Path(__file__).resolve().parent / "data" / "guard_model.json"
FORMAT = "rapport-guard-model"
FORMAT_VERSION = 1

# Stems are the first letters of long words, so "investir", "investment" and "investieren" share one.
STEM_LENGTH = 5
STEM_MIN_WORD = 7


def _build_fold_table() -> dict[int, str]:
    """Lowercase and strip accents one character for one character, so offsets stay the same."""
    table: dict[int, str] = {}
    for code in range(0x00C0, 0x0250):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0].lower()
        if len(base) == 1 and base.isascii() and base.isalpha():
            table[code] = base
    for code in range(ord("A"), ord("Z") + 1):
        table[code] = chr(code).lower()
    table[ord("ß")] = "ß"
    table.update({ord("’"): "'", ord("‘"): "'", ord("ʼ"): "'", ord("“"): '"', ord("”"): '"',
                  ord("«"): '"', ord("»"): '"', ord("–"): "-", ord("—"): "-", ord("\u00a0"): " "})
    return table


FOLD_TABLE = _build_fold_table()


def fold(text: str) -> str:
    """The text lowercased and without accents, exactly as long as the original (offsets line up)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters (e.g. "İ") lower to two; fold them one by one
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    if lowered.isascii():
        return lowered
    return lowered.translate(FOLD_TABLE)


TOKEN_RE = re.compile(r"[^\W_]+|[%$€£?]")


# The word after a greeting is nearly always a name; names say nothing about pitching, so they are masked.
GREETINGS = frozenset("hi hey hello dear hola buenas querido querida estimado estimada bonjour salut coucou cher chere "
                      "hallo liebe lieber moin servus ola oi prezado prezada".split())
NAME = "<name>"


def words(folded: str) -> list[str]:
    """The word tokens of folded text; numbers become "#", the name after a greeting becomes "<name>"."""
    out = []
    after_greeting = False
    for w in TOKEN_RE.findall(folded):
        if w.isdigit():
            w = "#"
        elif after_greeting and w.isalpha():
            w = NAME
        after_greeting = w in GREETINGS
        out.append(w)
    return out


class TokenSpans:
    """(start, end) of each token of `words(folded)`, by index, found only as far into the text as asked
    (reasons need a few tokens' offsets; most drafts never need them all)."""

    __slots__ = ("_matches", "_spans")

    def __init__(self, folded: str):
        self._matches = TOKEN_RE.finditer(folded)
        self._spans: list[tuple[int, int]] = []

    def __getitem__(self, index: int) -> tuple[int, int]:
        missing = index + 1 - len(self._spans)
        if missing > 0:
            self._spans.extend(m.span() for m in islice(self._matches, missing))
        return self._spans[index]


def features(toks: list[str]) -> list[tuple[str, int, int]]:
    """Every feature of a token list as (name, first token, last token): words, word pairs, stems of long words."""
    out = []
    prev = None
    for i, word in enumerate(toks):
        out.append(("w:" + word, i, i))
        if len(word) >= STEM_MIN_WORD:
            out.append(("s:" + word[:STEM_LENGTH], i, i))
        if prev is not None:
            out.append(("b:" + prev + " " + word, i - 1, i))
        prev = word
    return out


def feature_names(text: str) -> list[str]:
    """The feature names of a raw text (what training counts)."""
    return [name for name, _, _ in features(words(fold(text)))]


class GuardModel:
    """Weights of the linear model: an intercept and one weight per feature name."""

    def __init__(self, bias: float, weights: dict[str, float], meta: dict | None = None):
        self.bias = bias
        self.weights = weights
        self.meta = meta or {}
        # Split by kind once, so scoring looks words up without building "w:" strings; pairs are looked up
        # by their first word, then their second, so no "a b" string is built per token.
        self._words = {k[2:]: v for k, v in weights.items() if k.startswith("w:")}
        self._stems = {k[2:]: v for k, v in weights.items() if k.startswith("s:")}
        self._following: dict[str, dict[str, float]] = {}
        for k, v in weights.items():
            if k.startswith("b:") and " " in k:
                first, second = k[2:].split(" ", 1)
                self._following.setdefault(first, {})[second] = v

    def score(self, toks: list[str], keep_above: float) -> tuple[float, list[tuple[float, int, int]]]:
        """The model's log-odds for a token list, and the terms worth at least `keep_above` as
        (weight, first token, last token), in one pass."""
        get_word, get_stem, get_following = self._words.get, self._stems.get, self._following.get
        total = self.bias
        kept = []
        following = None  # the pairs that start with the previous word
        for i, word in enumerate(toks):
            w = get_word(word)
            if w is not None:
                total += w
                if w >= keep_above:
                    kept.append((w, i, i))
            if len(word) >= STEM_MIN_WORD:
                w = get_stem(word[:STEM_LENGTH])
                if w is not None:
                    total += w
                    if w >= keep_above:
                        kept.append((w, i, i))
            if following is not None:
                w = following.get(word)
                if w is not None:
                    total += w
                    if w >= keep_above:
                        kept.append((w, i - 1, i))
            following = get_following(word)
        return total, kept

    def logit(self, text: str) -> float:
        """The model's own log-odds for a raw text (without the rules' offset)."""
        return self.score(words(fold(text)), math.inf)[0]

    def to_json(self) -> dict:
        return {"format": FORMAT, "version": FORMAT_VERSION, "bias": self.bias,
                "weights": dict(sorted(self.weights.items())), "meta": self.meta}

    @classmethod
    def from_json(cls, data: dict) -> GuardModel:
        if data.get("format") != FORMAT or data.get("version") != FORMAT_VERSION:
            raise ValueError("not a Rapport guard model (format or version mismatch)")
        return cls(float(data["bias"]), {str(k): float(v) for k, v in data["weights"].items()}, data.get("meta"))


EMPTY_MODEL = GuardModel(0.0, {}, {"note": "no trained weights"})


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> GuardModel:
    """The shipped weights (cached); an empty model when the file is missing, so the rules still work."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return EMPTY_MODEL
    return GuardModel.from_json(data)
