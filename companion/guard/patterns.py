r"""Fast whole-word matching of many phrase alternatives, for the send guard's lexicons.

Hundreds of alternatives per rule, in five languages, must scan a 2,000-character draft in well under a
millisecond. Python's regex engine tries every alternative of an alternation at every position, so the
alternatives are factored into a prefix tree ("we help|we work" becomes "we (?:help|work)"), and one
combined tree finds where any rule can start; only the rules whose first three letters can spell the
text there are tried. An entry led by any word (r"\w+ quick questions") is found from the literal words
after it, never tried at every word start. Patterns run on folded text (lowercase, no accents, same
length as the original), so spans are offsets into the original draft.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

# The regex parser of the standard library (re._parser since 3.11; sre_parse before, now deprecated):
# reading a pattern's parse tree is the only exact way to list how its matches can start.
from re._constants import ASSERT, ASSERT_NOT, AT, BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN
from re._parser import parse as _parse


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


_MAX_PREFIXES = 256  # beyond this many spellings an alternative's prefix is cut short (a looser filter)


@lru_cache(maxsize=4096)  # a scanner's combined pattern repeats every rule's alternatives
def _possible_prefixes(alt: str, limit: int = 3) -> frozenset[str]:
    """Every way the first `limit` characters of a match of `alt` can be spelt. A spelling is shorter where
    the regex allows too much to list (a class like \\w, a long repeat) or where the match can end: it then
    stands for anything that starts with it. Used only to skip patterns that cannot match, so erring
    short is always safe."""
    out: set[str] = set()

    def walk(items: list, i: int, acc: str) -> None:
        if len(out) > _MAX_PREFIXES:
            return
        while i < len(items) and len(acc) < limit:
            op, av = items[i]
            if op is LITERAL:
                acc += chr(av)
            elif op is IN and all(kind is LITERAL for kind, _ in av) and len(av) <= 8:
                for _, code in av:
                    walk(items, i + 1, acc + chr(code))
                return
            elif op is BRANCH:
                for branch in av[1]:
                    walk(list(branch) + items[i + 1:], 0, acc)
                return
            elif op is SUBPATTERN:
                walk(list(av[3]) + items[i + 1:], 0, acc)
                return
            elif op in (MAX_REPEAT, MIN_REPEAT) and av[1] <= 3:
                low, high, body = av
                for times in range(low, high + 1):
                    walk(list(body) * times + items[i + 1:], 0, acc)
                return
            elif op in (AT, ASSERT, ASSERT_NOT):  # zero-width: spells nothing
                pass
            else:
                break
            i += 1
        out.add(acc)

    walk(list(_parse(alt)), 0, "")
    if len(out) > _MAX_PREFIXES:
        return frozenset({_literal_prefix(alt, limit)})
    return frozenset(out)


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
_NO_HEADS: frozenset[str] = frozenset()
# "[\w-]+ " or "\w+ ": an alternative led by any one word ("two quick questions", "saas founders i speak
# with"). Tried at every word start, it would consume each word and back off; it is found from the
# literal words after it instead.
_ANY_WORD_LEAD = re.compile(r"(?:\[\\w-\]|\\w)\+ ")


def _word_led_rests(alt: str) -> list[str] | None:
    """What may follow the leading "any word " of a word-led alternative, as alternatives that start with
    a literal; None when `alt` is not word-led."""
    lead = _ANY_WORD_LEAD.match(alt)
    if lead is None:
        return None
    rests = _expand_leading_group(alt[lead.end():])
    return rests if all(_head(rest) is not None for rest in rests) else None


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what \w means for str patterns


class WordPattern:
    """Whole-word alternatives, compiled as a prefix tree so that a scan tries few branches per position.

    Patterns are written lowercase and without accents: they run on fold(text). A match must start and
    end at a word boundary.
    """

    __slots__ = ("alternatives", "patterns", "prefixes", "plain", "other", "other_heads", "anchors", "_starts")

    def __init__(self, *alternatives: str, raw: str | None = None):
        if raw is not None:
            self.alternatives: tuple[str, ...] = ()
            self.patterns: tuple[re.Pattern[str], ...] = (re.compile(raw),)
            self.prefixes: frozenset[str] = frozenset()
            self.plain, self.other, self.other_heads = self.patterns[0], None, None
            self.anchors: re.Pattern[str] | None = None
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
        number_led = [a for a in other if a.startswith("[0-9]")]
        word_led = [rests for rests in map(_word_led_rests, other) if rests is not None]
        free = len(other) - len(number_led) - len(word_led)
        # The space and literal words after a word-led alternative's first word, found by a search that
        # skips in C from space to space.
        self.anchors = re.compile(" (?:" + _prefix_tree([r for rests in word_led for r in rests]) + r")(?![\w])") \
            if word_led and not free else None
        # Every start position in one C-level pass: a look-ahead matches empty, so finditer visits them all.
        # Number-led alternatives sit behind one digit test, so a word start costs one check, not one per
        # alternative; word-led ones come from `anchors`.
        tree = ([_prefix_tree(plain)] if plain else []) + (
            [r"(?=[0-9])(?:" + "|".join(number_led) + ")"] if number_led and not free else [])
        tree += other if free else []
        self._starts = re.compile(r"(?<!\w)(?=(?:" + "|".join(tree) + r")(?![\w]))") if tree else None
        # Every way the first letters of a plain match can be spelt, so a scanner can skip this pattern cheaply.
        self.prefixes = frozenset(p for a in plain for p in _possible_prefixes(a))
        # Where `other` can start: anywhere (None), only at a digit, or (word-led alone) only at `anchors`.
        if not other or free:
            self.other_heads = None
        else:
            self.other_heads = _DIGITS if number_led else _NO_HEADS

    def word_led_starts(self, text: str, pos: int = 0, endpos: int | None = None) -> list[int]:
        """Word starts in text[pos:endpos] from which a word-led alternative may match: the start of the
        word before each anchor (and, in a hyphenated word, the start of each part)."""
        if self.anchors is None:
            return []
        end = len(text) if endpos is None else endpos
        out: list[int] = []
        search = self.anchors.search
        m = search(text, pos + 1, end)
        while m is not None:
            space = m.start()
            if _is_word_char(text[space - 1]) or text[space - 1] == "-":
                first = space
                while first > pos and (_is_word_char(text[first - 1]) or text[first - 1] == "-"):
                    first -= 1
                out.extend(i for i in range(first, space) if i == 0 or not _is_word_char(text[i - 1]))
            m = search(text, space + 1, end)
        return out

    def literal_starts(self, text: str, pos: int = 0, endpos: int | None = None) -> list[int]:
        """Every position in text[pos:endpos] where an alternative that is not word-led matches, at a word start."""
        end = len(text) if endpos is None else endpos
        if self._starts is not None:
            return [m.start() for m in self._starts.finditer(text, pos, end)]
        if self.anchors is not None:  # word-led alternatives only
            return []
        found: list[int] = []
        for pattern in self.patterns:
            i = pos
            while i < end:
                m = pattern.search(text, i, end)
                if m is None:
                    break
                start = m.start()
                if start == 0 or not _is_word_char(text[start - 1]):
                    found.append(start)
                i = start + 1
        if len(self.patterns) > 1:
            found.sort()
        return found

    def starts(self, text: str, pos: int = 0, endpos: int | None = None) -> list[int]:
        """Every word start in text[pos:endpos] where some alternative matches."""
        found = self.literal_starts(text, pos, endpos)
        end = len(text) if endpos is None else endpos
        led = [i for i in self.word_led_starts(text, pos, endpos) if self.other.match(text, i, end)]
        return sorted(set(found).union(led)) if led else found

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
                if start > 0 and _is_word_char(text[start - 1]):
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
        self._word_led = tuple((name, pattern) for name, pattern in self.named if pattern.anchors is not None)

    def candidates(self, key: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
        """The (name, regex) pairs that can match where the text starts with `key` (cached per key); a
        word-led alternative is a candidate only where `scan` found its anchor."""
        found = self._candidates.get(key)
        if found is None:
            out = []
            for name, pattern in self.named:
                # A pattern is a candidate when one of its literal prefixes agrees with the text so far.
                if pattern.plain is not None and any(p[:len(key)] == key[:len(p)] for p in pattern.prefixes):
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
        word_led: dict[int, list[tuple[str, re.Pattern[str]]]] = {}
        for name, pattern in self._word_led:
            for start in pattern.word_led_starts(text):
                word_led.setdefault(start, []).append((name, pattern.other))
        starts = self.combined.literal_starts(text)
        if word_led:
            starts = sorted(set(starts).union(word_led))
        for start in starts:
            tries = self.candidates(text[start:start + key_length])
            if word_led and start in word_led:
                tries = tries + tuple(t for t in word_led[start] if t not in tries)
            for name, regex in tries:
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
