"""Folding text for comparison: case, accents, punctuation, whitespace, and the tables' loader."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

# The one reader and writer of a copy kept beside the package (keep_file: also places.py's, imported from here).
from companion.regex_cache import INTERPRETER_TAG, keep_file, kept_or_built  # noqa: F401

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
_SPACES = re.compile(r"\s+")
# A dash or bar between two parts of one name, spaced: 'Petróleo Brasileiro S.A. – Petrobras', 'Code for America
# Brigade – BetaNYC', 'Universidad X - Campus Y'; not the hyphen inside a word ('Rolls-Royce').
DASHED = re.compile(r"\s+[–—|-]\s+")
# '#' and '+' are kept: C, C# and C++ are different things.
_PUNCT = re.compile(r"[^\w#+ ]+")
# Letters Unicode does not split into a base letter and an accent, which people type without it all the same:
# 'Wrocław' is written 'Wroclaw', 'Malmø' 'Malmo', 'Straße' 'Strasse', 'Acıbadem' 'Acibadem'.
_UNDECOMPOSED = str.maketrans({"ł": "l", "ı": "i", "ø": "o", "ß": "ss", "đ": "d", "ð": "d", "æ": "ae", "œ": "oe",
                               "þ": "th", "ħ": "h", "ŧ": "t"})
# Catalan's double l, written with a middle dot ('Col·legi') or in one letter ('Coŀlegi'), is the ll people type
# without it: mapped before NFKD, which would split 'ŀ' into 'l' and a dot read as a space ('col legi').
_GEMINATE_L = re.compile(r"(?<=[lL])[\u00b7\u2027\u22c5](?=[lL])")
_L_WITH_DOT = str.maketrans({"ŀ": "l", "Ŀ": "L"})
# The tables of names folded once when built (cities.json, country_names.json, language_names.json,
# schools_ror.json) are built with this fold, and the lookup files made from them name its version, so a change
# to the fold rebuilds them (scripts/build_places.py; scripts/build_refolded_names.py for the others).
FOLD_VERSION = 3


@lru_cache(maxsize=65_536)
def fold(value: str) -> str:
    """Lower case, no accents (nor the strokes of ł, ø, đ; ß as ss, æ as ae), punctuation as spaces (except # and
    +), single spaces."""
    if "ŀ" in value or "Ŀ" in value or "·" in value:
        value = _GEMINATE_L.sub("", value.translate(_L_WITH_DOT))
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


# Brackets and commas as Chinese and Japanese write them, full width ('德迅（Kuehne+Nagel）'), read as brackets and
# commas: the fold makes them spaces, and the names' rules look for '(' and ','.
FULL_WIDTH = str.maketrans({"（": "(", "）": ")", "，": ",", "、": ","})


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def umlauts_spelled_out(value: str) -> str:
    """German umlauts as German writes them without the dots ('Kühne' -> 'Kuehne'), before folding drops them."""
    return value.translate(_UMLAUTS)


def slug(value: str) -> str:
    """A stable key fragment: folded, spaces as hyphens."""
    return fold(value).replace(" ", "-")


def file_stamp(path: Path) -> str:
    """A file's size and modification time: what a kept copy built from it is named by."""
    stat = path.stat()
    return f"{stat.st_size}:{stat.st_mtime_ns}"


# What every kept copy also depends on besides the interpreter (kept_or_built adds that): its Unicode data (what the
# fold makes of an accent or a letter new to a Unicode version), so another Python builds its own. RUNTIME_TAG, both,
# for a file kept without kept_or_built (places' lookup file).
UNICODE_TAG = f"unicode{unicodedata.unidata_version}"
RUNTIME_TAG = f"{INTERPRETER_TAG}:{UNICODE_TAG}"


@cache
def load_table(name: str) -> Any:
    """A curated or derived JSON table from companion/data, read once per process, from its marshal copy while the
    copy names the table's current size and modification time: cities.json loads in half the time."""
    source = DATA_DIR / name

    def parse() -> Any:
        with open(source, encoding="utf-8") as fh:
            return json.load(fh)

    _TABLE_STAMPS[name] = file_stamp(source)
    return kept_or_built(DATA_DIR / "__pycache__" / f"{name}.marshal", f"{_TABLE_STAMPS[name]}:{UNICODE_TAG}", parse)


# Each table's stamp as load_table read it: an index built from a table this process read before the file changed
# is named by that read, never by the file as it is now (which would keep old rows under the new table's name).
_TABLE_STAMPS: dict[str, str] = {}


def kept_index(name: str, build: Callable[[], Any], tables: tuple[str, ...], code: tuple[str, ...]) -> Any:
    """An index `build` makes from `tables` (a dict of folded names, say), kept like a table's marshal copy, so a
    fresh process loads it rather than folding every name again: built again when a table, a module of `code`
    (the files whose rules build it) or this module (the fold) changes. Only what marshal keeps: dicts, lists,
    tuples, sets, strings, numbers."""
    for table in tables:
        load_table(table)  # read (or already read) now, so its stamp is the one the build will see
    stamps = [_TABLE_STAMPS[table] for table in tables] + [file_stamp(Path(path)) for path in (*code, __file__)]
    return kept_or_built(DATA_DIR / "__pycache__" / f"{name}.index.marshal",
                         ";".join(stamps) + f":fold{FOLD_VERSION}:{UNICODE_TAG}", build)


def folded_names(table: dict, name: str, field: str = "names") -> dict[str, Any]:
    """A table's names folded when it was built (`field`: folded name -> value), once checked_fold says they were
    folded as the fold folds them now."""
    checked_fold(table, name)
    return table[field]


def checked_fold(table: dict, name: str) -> None:
    """Raises when the table `name` was folded by another version of the fold: its names would no longer meet what
    the fold makes of text. Not folded again here: the tables ship built, a test checks each was built with this
    FOLD_VERSION, and a build script (not every process) does the folding."""
    if table.get("fold_version") != FOLD_VERSION:
        raise RuntimeError(f"{name} was folded with fold version {table.get('fold_version')}, not {FOLD_VERSION}: "
                           "rebuild it (scripts/build_places.py for cities.json and country_names.json, "
                           "scripts/build_refolded_names.py for language_names.json and schools_ror.json, "
                           "scripts/build_cjk_terms.py for cjk_terms.json)")


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
