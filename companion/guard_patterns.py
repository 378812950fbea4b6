"""Fast whole-word matching of many phrase alternatives, for the send guard's lexicons.

Hundreds of alternatives per rule, in five languages, must scan a 2,000-character draft in well under a
millisecond. Python's regex engine tries every alternative of an alternation at every position, so the
alternatives are factored into a prefix tree ("we help|we work" becomes "we (?:help|work)"), and one
combined tree finds where any rule can start; only the rules whose first letters fit are tried there.
Patterns run on folded text (lowercase, no accents, same length as the original), so spans are offsets
into the original draft.
"""

from __future__ import annotations

import re
from collections.abc import Sequence


def _structure(s: str, i: int = 0):
    """(index, char, depth) for each character of s from i that is outside escapes and [classes]; depth is
    the group nesting after the character."""
    depth, j, in_class = 0, i, False
    while j < len(s):
        c = s[j]
        if c == "\\":
            j += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        else:
            depth += (c == "(") - (c == ")")
            yield j, c, depth
        j += 1


def _closing_paren(s: str, i: int) -> int:
    for j, c, depth in _structure(s, i):
        if c == ")" and depth == 0:
            return j
    raise ValueError(f"unbalanced pattern: {s}")


def _split_alternatives(s: str) -> list[str]:
    parts, start = [], 0
    for j, c, depth in _structure(s):
        if c == "|" and depth == 0:
            parts.append(s[start:j])
            start = j + 1
    parts.append(s[start:])
    return parts


def _expand_leading_group(alt: str) -> list[str]:
    """"(?:a|b) x" becomes "a x", "b x", so every alternative starts with a plain character."""
    if not alt.startswith("(?:"):
        return [alt]
    end = _closing_paren(alt, 0)
    inner, rest = alt[3:end], alt[end + 1:]
    if rest[:1] in ("*", "+", "{"):
        return [alt]
    optional = rest[:1] == "?"
    rest = rest[1:] if optional else rest
    out = [part + rest for part in _split_alternatives(inner)] + ([rest] if optional else [])
    return [x for o in out for x in _expand_leading_group(o)]


def _head(alt: str) -> str | None:
    """The literal first character of an alternative (or escaped symbol), or None."""
    if alt[:1] == "\\":
        head = alt[:2] if alt[1:2] and not alt[1].isalnum() else None
    elif alt and alt[0] not in "([.^$|?*+{":
        head = alt[0]
    else:
        head = None
    if head is not None and alt[len(head):len(head) + 1] in ("?", "*", "+", "{"):
        return None
    return head


def _literal_prefix(alt: str, limit: int = 3) -> str:
    """The plain characters an alternative always starts with (at most `limit`)."""
    out = ""
    while len(out) < limit:
        head = _head(alt)
        if head is None:
            break
        out += head[-1]
        alt = alt[len(head):]
    return out


def _prefix_tree(alternatives: list[str]) -> str:
    """One regex for many alternatives, factored by leading characters into a prefix tree."""
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        head = _head(alt)
        assert head is not None
        groups.setdefault(head, []).append(alt[len(head):])
    out = []
    for head, rests in groups.items():
        if len(rests) == 1:
            out.append(head + rests[0])
            continue
        plain = [r for r in rests if r and _head(r) is not None]
        other = [r for r in rests if r and _head(r) is None]
        branches = ([_prefix_tree(plain)] if plain else []) + other
        out.append(head + "(?:" + "|".join(branches) + ")" + ("?" if "" in rests else ""))
    return "|".join(out)


_DIGITS = frozenset("0123456789")


class WordPattern:
    """Whole-word alternatives, compiled as a prefix tree so that a scan tries few branches per position.

    Patterns are written lowercase and without accents: they run on fold(text). A match must start and
    end at a word boundary.
    """

    __slots__ = ("alternatives", "patterns", "heads", "head_length", "prefixes", "plain", "other", "other_heads", "_starts")

    def __init__(self, *alternatives: str, raw: str | None = None):
        if raw is not None:
            self.alternatives: tuple[str, ...] = ()
            self.patterns: tuple[re.Pattern[str], ...] = (re.compile(raw),)
            self.heads: frozenset[str] | None = None
            self.head_length = 0
            self.prefixes: frozenset[str] = frozenset()
            self.plain, self.other, self.other_heads = self.patterns[0], None, None
            self._starts = None
            return
        alts = [x for a in alternatives for x in _expand_leading_group(a)]
        plain = [a for a in alts if _head(a) is not None]
        other = [a for a in alts if _head(a) is None]
        # The look-behind lets the engine drop mid-word positions at once.
        self.plain = re.compile(r"(?<!\w)(?:" + _prefix_tree(plain) + r")(?![\w])") if plain else None
        self.other = re.compile("(?:" + "|".join(other) + r")(?![\w])") if other else None
        self.alternatives = tuple(alts)
        self.patterns = tuple(p for p in (self.plain, self.other) if p is not None)
        # Every start position in one C-level pass: a look-ahead matches empty, so finditer visits them all.
        tree = "|".join(([_prefix_tree(plain)] if plain else []) + other)
        self._starts = re.compile(r"(?<!\w)(?=(?:" + tree + r")(?![\w]))")
        # The first letters every match starts with (None: unknown), so a scanner can skip this pattern cheaply.
        prefixes = [_literal_prefix(a) for a in plain]
        self.prefixes = frozenset(prefixes)
        self.head_length = min((len(p) for p in prefixes), default=0)
        self.heads = frozenset(p[:self.head_length] for p in prefixes) if self.head_length else None
        # Alternatives that start with a number are matched only where a digit is.
        self.other_heads = _DIGITS if other and all(a.startswith("[0-9]") for a in other) else None

    def match(self, text: str, pos: int) -> int | None:
        """The end of a match starting exactly at `pos`, or None (cheap when the first letters rule it out)."""
        if self.plain is not None and (self.heads is None or text[pos:pos + self.head_length] in self.heads):
            m = self.plain.match(text, pos)
            if m is not None:
                return m.end()
        if self.other is not None and (self.other_heads is None or text[pos] in self.other_heads):
            m = self.other.match(text, pos)
            if m is not None:
                return m.end()
        return None

    def starts(self, text: str, pos: int = 0, endpos: int | None = None):
        """Every position in text[pos:endpos] where some alternative matches, at a word start."""
        end = len(text) if endpos is None else endpos
        if self._starts is not None:
            return [m.start() for m in self._starts.finditer(text, pos, end)]
        found: list[int] = []
        for pattern in self.patterns:
            i = pos
            while i < end:
                m = pattern.search(text, i, end)
                if m is None:
                    break
                start = m.start()
                if start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_"):
                    found.append(start)
                i = start + 1
        if len(self.patterns) > 1:
            found.sort()
        return found

    def spans(self, text: str, pos: int = 0, endpos: int | None = None, *, first: bool = False) -> list[tuple[int, int]]:
        """(start, end) of whole-word matches in text[pos:endpos], not overlapping (only the first when `first`)."""
        end = len(text) if endpos is None else endpos
        out: list[tuple[int, int]] = []
        for pattern in self.patterns:
            i = pos
            while i <= end:
                m = pattern.search(text, i, end)
                if m is None:
                    break
                start, stop = m.span()
                if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
                    i = start + 1
                    continue
                out.append((start, stop))
                if first:
                    break
                i = stop if stop > start else start + 1
        if len(self.patterns) > 1:
            out.sort()
        return out[:1] if first else out


class Scanner:
    """Many named WordPatterns scanned in one pass: a combined prefix tree finds where anything starts,
    then only the patterns whose first letters fit are tried there."""

    KEY = 3  # how many letters pick the candidate patterns at a position

    def __init__(self, named: Sequence[tuple[str, WordPattern]]):
        self.named = tuple(named)
        self.combined = WordPattern(*(alt for _, pattern in named for alt in pattern.alternatives))
        self._candidates: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {}

    def candidates(self, key: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
        """The (name, regex) pairs that can match where the text starts with `key` (cached per key)."""
        found = self._candidates.get(key)
        if found is None:
            out = []
            for name, pattern in self.named:
                # A pattern is a candidate when one of its literal prefixes agrees with the text so far.
                if pattern.plain is not None and (pattern.heads is None or any(
                        p[:len(key)] == key[:len(p)] for p in pattern.prefixes)):
                    out.append((name, pattern.plain))
                if pattern.other is not None and (pattern.other_heads is None or key[:1] in pattern.other_heads):
                    out.append((name, pattern.other))
            found = self._candidates[key] = tuple(out)
            if len(self._candidates) > 50_000:  # bounded: odd input cannot grow it without end
                self._candidates.clear()
        return found

    def scan(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """For each name, the (start, end) of its non-overlapping matches, in order."""
        out: dict[str, list[tuple[int, int]]] = {}
        key_length = self.KEY
        for start in self.combined.starts(text):
            for name, regex in self.candidates(text[start:start + key_length]):
                m = regex.match(text, start)
                if m is None:
                    continue
                end = m.end()
                found = out.get(name)
                if found is None:
                    out[name] = [(start, end)]
                elif start >= found[-1][1]:
                    found.append((start, end))
        return out
