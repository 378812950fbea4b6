"""Folding text for comparison: case, accents, punctuation, whitespace, and the tables' loader."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
_SPACES = re.compile(r"\s+")
# '#' and '+' are kept: C, C# and C++ are different things.
_PUNCT = re.compile(r"[^\w#+ ]+")


@lru_cache(maxsize=65_536)
def fold(value: str) -> str:
    """Lower case, no accents, punctuation as spaces (except # and +), single spaces."""
    text = unicodedata.normalize("NFKD", value)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().replace("&", " and ").replace("'", "").replace("\u2019", "")
    text = _PUNCT.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def slug(value: str) -> str:
    """A stable key fragment: folded, spaces as hyphens."""
    return fold(value).replace(" ", "-")


@cache
def load_table(name: str) -> Any:
    """A curated or derived JSON table from companion/data, read once."""
    with open(DATA_DIR / name, encoding="utf-8") as fh:
        return json.load(fh)


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
