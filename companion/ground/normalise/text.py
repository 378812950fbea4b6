"""Folding text for comparison: case, accents, punctuation, whitespace, and the tables' loader."""

from __future__ import annotations

import contextlib
import json
import marshal
import os
import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
_SPACES = re.compile(r"\s+")
# '#' and '+' are kept: C, C# and C++ are different things.
_PUNCT = re.compile(r"[^\w#+ ]+")
# Letters Unicode does not split into a base letter and an accent, which people type without it all the same:
# 'Wrocław' is written 'Wroclaw', 'Malmø' 'Malmo', 'Straße' 'Strasse', 'Acıbadem' 'Acibadem'.
_UNDECOMPOSED = str.maketrans({"ł": "l", "ı": "i", "ø": "o", "ß": "ss", "đ": "d", "ð": "d", "æ": "ae", "œ": "oe",
                               "þ": "th", "ħ": "h", "ŀ": "l", "ŧ": "t"})
# The tables of names folded once when built (cities.json, country_names.json, language_names.json,
# schools_ror.json) are built with this fold, and the lookup files made from them name its version, so a change
# to the fold rebuilds them (scripts/build_places.py; scripts/build_refolded_names.py for the others).
FOLD_VERSION = 2


@lru_cache(maxsize=65_536)
def fold(value: str) -> str:
    """Lower case, no accents (nor the strokes of ł, ø, đ; ß as ss, æ as ae), punctuation as spaces (except # and
    +), single spaces."""
    text = unicodedata.normalize("NFKD", value)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().translate(_UNDECOMPOSED).replace("&", " and ").replace("'", "").replace("\u2019", "")
    text = _PUNCT.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


# Cyrillic in the Latin letters Ukraine's and Russia's passports use (Ukrainian national system, 2010, with the
# Russian letters it lacks), so 'Укрзалізниця' is 'Ukrzaliznytsia' and 'Київ' is 'Kyiv'.
_CYRILLIC = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z", "и": "y",
    "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
    "я": "ia", "ё": "e", "ы": "y", "э": "e", "ъ": "", "'": "", "’": "",
})
_HAS_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def latin(value: str) -> str:
    """`value` with Cyrillic letters written in Latin ones ('Укрзалізниця' -> 'ukrzaliznytsia'), else as it is."""
    if not _HAS_CYRILLIC.search(value):
        return value
    return value.lower().translate(_CYRILLIC)


def slug(value: str) -> str:
    """A stable key fragment: folded, spaces as hyphens."""
    return fold(value).replace(" ", "-")


@cache
def load_table(name: str) -> Any:
    """A curated or derived JSON table from companion/data, read once per process.

    Read from a marshal copy kept beside it in data/__pycache__/ (as Python keeps a module's bytecode) while
    the copy names the table's current size and modification time, else parsed and the copy written
    (atomically; silently not, where the package is read-only): cities.json loads in half the time."""
    source = DATA_DIR / name
    stat = source.stat()
    stamp = f"{stat.st_size}:{stat.st_mtime_ns}:{marshal.version}\n".encode()
    copy = DATA_DIR / "__pycache__" / f"{name}.marshal"
    with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
        kept = copy.read_bytes()
        if kept.startswith(stamp):
            return marshal.loads(memoryview(kept)[len(stamp):])
    with open(source, encoding="utf-8") as fh:
        table = json.load(fh)
    with contextlib.suppress(OSError, ValueError):
        copy.parent.mkdir(exist_ok=True)
        temporary = copy.with_name(f".{copy.name}.{os.getpid()}.tmp")
        temporary.write_bytes(stamp + marshal.dumps(table))
        os.replace(temporary, copy)
    return table


def folded_names(table: dict, field: str = "names") -> dict[str, Any]:
    """A table's names folded when it was built (`field`: folded name -> value), as the fold folds them now: as
    kept when the table names this FOLD_VERSION, else folded again (the first of names that now fold alike wins)."""
    names = table[field]
    if table.get("fold_version") == FOLD_VERSION:
        return names
    refolded: dict[str, Any] = {}
    for name, value in names.items():
        refolded.setdefault(fold(name), value)
    return refolded


def excerpt(text: str, start: int, end: int, width: int = 90) -> str:
    """The sentence around text[start:end], trimmed to about `width` characters, for quoting."""
    left = max(text.rfind(mark, 0, start) for mark in (".", "!", "?", "\n", "•"))
    right_candidates = [i for i in (text.find(mark, end) for mark in (".", "!", "?", "\n", "•")) if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    sentence = text[left + 1:right].strip()
    if len(sentence) <= width:
        return sentence
    # Centre the window on the match so the shared thing stays visible.
    offset = (left + 1) + (len(text[left + 1:right]) - len(text[left + 1:right].lstrip()))
    centre = (start + end) // 2 - offset
    lo = max(0, centre - width // 2)
    hi = min(len(sentence), lo + width)
    lo = max(0, hi - width)
    piece = sentence[lo:hi].strip()
    if lo > 0:
        piece = "…" + piece.split(" ", 1)[-1]
    if hi < len(sentence):
        piece = piece.rsplit(" ", 1)[0] + "…"
    return piece
