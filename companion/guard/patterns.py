r"""Fast whole-word matching of many phrase alternatives, for the send guard's lexicons.

Hundreds of alternatives per rule, in five languages, must scan a 2,000-character draft in well under a
millisecond, and a one-off `companion check` must not spend its start compiling them. Python's regex engine
tries every alternative of an alternation at every position, so the alternatives are factored into a prefix
tree ("we help|we work" becomes "we (?:help|work)"). An Aho–Corasick automaton (pyahocorasick) of the first
letters every alternative can spell finds, in one pass, the word starts where any rule can start; only the
rules whose first letters it found there are tried, and only the branch of each rule's tree for the letter
there is compiled, on first use. An entry led by any word (r"\w+ quick questions") is found
from the literal words after it, never tried at every word start. Patterns run on folded text (lowercase, no
accents, same length as the original), so spans are offsets into the original draft.

Only the public `re` API is used: the first letters a pattern can spell are read by a small parser of the
regex syntax the lexicons use (`_parse_pattern`), and anything it does not know ends a spelling early,
which only makes the filter looser. They are kept in a file beside the bytecode (`PrefixCache`), so a fresh
process reads them instead of working them out. A scan does not re-read the draft from every word start
(40,000 dashes or links run together must not stall the companion): a rule is not tried inside its own last
match, and a hyphenated word is read once for the rules led by any word. What is left is the lexicons' own:
their repeats are bounded in words, so each word is read by a bounded number of tries. A `raw` pattern is
the caller's regex, run as written.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

import ahocorasick

from companion.regex_cache import beside_bytecode, compile_kept, keep_file


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
_MAX_SET = 8  # a [class] of more letters than this is not spelt out letter by letter
_UNBOUNDED = 1 << 30

# The parse of an alternative, for `_possible_prefixes`: a sequence is a list of nodes, each one of
# ("lit", char), ("set", chars), ("alt", [sequence, ...]), ("rep", low, high, node), _ZERO_WIDTH (an
# anchor or a look-around: spells nothing) or _UNKNOWN (\w, ., a range, a backreference...: ends a spelling).
_ZERO_WIDTH = ("zero",)
_UNKNOWN = ("unknown",)
_ESCAPED_LITERALS = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_QUANTIFIER_BRACES = compile_kept(r"\{(\d*)(?:(,)(\d*))?\}")


class _Unsupported(ValueError):
    """A construct whose spellings cannot be listed at all (an inline flag such as (?i), a conditional)."""


def _parse_pattern(pattern: str) -> list:
    """The nodes of a regex, read with Python's syntax (only what `_possible_prefixes` needs)."""
    branches, end = _parse_branches(pattern, 0)
    if end != len(pattern):
        raise _Unsupported(f"unbalanced pattern: {pattern}")
    return branches[0] if len(branches) == 1 else [("alt", branches)]


def _parse_branches(s: str, i: int) -> tuple[list[list], int]:
    """The |-separated sequences of s from i up to its unmatched ")" (or the end), and where they stop."""
    branches: list[list] = []
    sequence: list = []
    while i < len(s) and s[i] != ")":
        if s[i] == "|":
            branches.append(sequence)
            sequence, i = [], i + 1
            continue
        node, i = _parse_atom(s, i)
        node, i = _parse_quantifier(s, i, node)
        sequence.append(node)
    branches.append(sequence)
    return branches, i


def _parse_atom(s: str, i: int) -> tuple[tuple, int]:
    c = s[i]
    if c == "\\":
        if i + 1 >= len(s):
            raise _Unsupported("a pattern cannot end with a backslash")
        e = s[i + 1]
        if e in "bBAZ":
            return _ZERO_WIDTH, i + 2
        if e in _ESCAPED_LITERALS:
            return ("lit", _ESCAPED_LITERALS[e]), i + 2
        # \w \d \s \S, \x41, \u00e9, \1...: unknown (the digits after \x or \u parse as letters that
        # are never reached, since an unknown node ends the spelling).
        return (_UNKNOWN, i + 2) if e.isalnum() else (("lit", e), i + 2)
    if c == "[":
        return _parse_class(s, i)
    if c == "(":
        return _parse_group(s, i)
    if c == ".":
        return _UNKNOWN, i + 1
    if c in "^$":
        return _ZERO_WIDTH, i + 1
    if c in "*+?":
        raise _Unsupported(f"nothing to repeat at {i} in {s}")
    return ("lit", c), i + 1


def _parse_class(s: str, i: int) -> tuple[tuple, int]:
    """A [class]: the set of its letters when it lists at most _MAX_SET plain ones, else unknown."""
    j = i + 1
    plain = True
    if j < len(s) and s[j] == "^":
        plain, j = False, j + 1
    letters: set[str] = set()
    first = j
    while True:
        if j >= len(s):
            raise _Unsupported(f"unterminated class in {s}")
        if s[j] == "]" and j != first:  # a "]" right after "[" or "[^" is a letter
            break
        letter, j = _class_item(s, j)
        if s.startswith("-", j) and j + 1 < len(s) and s[j + 1] != "]":  # a range, like a-z
            _, j = _class_item(s, j + 1)
            plain = False
        elif letter is None:
            plain = False
        else:
            letters.add(letter)
    node = ("set", frozenset(letters)) if plain and len(letters) <= _MAX_SET else _UNKNOWN
    return node, j + 1


def _class_item(s: str, j: int) -> tuple[str | None, int]:
    """One letter of a class (None for \\w and the like) and where the next item starts."""
    if s[j] != "\\":
        return s[j], j + 1
    if j + 1 >= len(s):
        raise _Unsupported("a pattern cannot end with a backslash")
    e = s[j + 1]
    if e in _ESCAPED_LITERALS:
        return _ESCAPED_LITERALS[e], j + 2
    return (None if e.isalnum() else e), j + 2


def _parse_group(s: str, i: int) -> tuple[tuple, int]:
    if not s.startswith("(?", i) or s.startswith(("(?:", "(?>"), i):  # capturing, non-capturing or atomic
        inner, kind = (i + 1 if not s.startswith("(?", i) else i + 3), "group"
    elif s.startswith("(?P<", i):
        inner, kind = s.index(">", i) + 1, "group"
    elif s.startswith(("(?=", "(?!"), i):
        inner, kind = i + 3, "zero"
    elif s.startswith(("(?<=", "(?<!"), i):
        inner, kind = i + 4, "zero"
    elif s.startswith(("(?P=", "(?#"), i):  # a named backreference; a comment
        end = s.index(")", i)
        return (_UNKNOWN if s[i + 2] == "P" else _ZERO_WIDTH), end + 1
    else:  # inline flags such as (?i) change what every letter matches; conditionals
        raise _Unsupported(f"cannot list the spellings of {s}")
    branches, end = _parse_branches(s, inner)
    if end >= len(s):
        raise _Unsupported(f"unbalanced pattern: {s}")
    return (_ZERO_WIDTH if kind == "zero" else ("alt", branches)), end + 1


def _parse_quantifier(s: str, i: int, node: tuple) -> tuple[tuple, int]:
    if i >= len(s):
        return node, i
    c = s[i]
    if c == "?":
        low, high, j = 0, 1, i + 1
    elif c == "*":
        low, high, j = 0, _UNBOUNDED, i + 1
    elif c == "+":
        low, high, j = 1, _UNBOUNDED, i + 1
    elif c == "{" and not s.startswith("{}", i) and (m := _QUANTIFIER_BRACES.match(s, i)) is not None:
        lo, comma, hi = m.groups()
        low = int(lo) if lo else 0
        high = (int(hi) if hi else _UNBOUNDED) if comma else low
        j = m.end()
    else:  # not a quantifier (a "{" that opens none is a letter, read as the next atom)
        return node, i
    if j < len(s) and s[j] in "?+":  # lazy or possessive: the same spellings, or fewer
        j += 1
    return ("rep", low, high, node), j


@lru_cache(maxsize=4096)
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
            node = items[i]
            kind = node[0]
            if kind == "lit":
                acc += node[1]
            elif kind == "set":
                for letter in node[1]:
                    walk(items, i + 1, acc + letter)
                return
            elif kind == "alt":
                for branch in node[1]:
                    walk(branch + items[i + 1:], 0, acc)
                return
            elif kind == "rep" and node[2] <= 3:
                _, low, high, body = node
                for times in range(low, high + 1):
                    walk([body] * times + items[i + 1:], 0, acc)
                return
            elif node is not _ZERO_WIDTH:  # unknown, or a long repeat
                break
            i += 1
        out.add(acc)

    try:
        walk(_parse_pattern(alt), 0, "")
    except _Unsupported:
        return frozenset({""})  # could start with anything
    if len(out) > _MAX_PREFIXES:
        return frozenset({_literal_prefix(alt, limit)})
    return frozenset(out)


class PrefixCache:
    """`_possible_prefixes` of each alternative, kept in a file beside the bytecode.

    Working them out for every lexicon alternative costs a tenth of a second, which a one-off `companion check`
    would pay on each run. The file is data only (JSON), keyed by a hash of the code that works them out; it is
    checked before use, and an unreadable, malformed or stale one is rebuilt, never trusted. It is written
    atomically (a reader sees the old file or the new one), not at all where Python writes no bytecode
    (PYTHONDONTWRITEBYTECODE), and a directory that cannot be written is no error: the prefixes are then
    worked out each time.
    """

    MAX_ENTRIES = 20_000  # beyond this the file keeps only what the last process that wrote it used

    def __init__(self, path: Path | None, key: str | None = None):
        self.path = path
        self._key = key  # None: the hash of this module's source, read when the file is first read
        self._entries: dict[str, frozenset[str]] | None = None  # "3 we help" -> the first 3 letters of "we help"
        self._used: set[str] = set()
        self._missed = False

    @property
    def key(self) -> str:
        if self._key is None:
            try:
                self._key = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
            except OSError:  # no source to hash: nothing can tell a stale file, so none is read or written
                self._key, self.path = "", None
        return self._key

    def _load(self) -> dict[str, frozenset[str]]:
        key = self.key
        if self.path is None:
            return {}
        try:
            data = json.loads(self.path.read_bytes())
            if not isinstance(data, dict) or data.get("key") != key or not isinstance(data.get("prefixes"), dict):
                return {}
            entries = {}
            for entry, spellings in data["prefixes"].items():
                if not isinstance(spellings, list) or not all(isinstance(s, str) for s in spellings):
                    return {}
                entries[entry] = frozenset(spellings)
            return entries
        except (OSError, ValueError):  # missing, unreadable, not JSON (UnicodeDecodeError is a ValueError)
            return {}

    def prefixes(self, alt: str, limit: int = 3) -> frozenset[str]:
        """`_possible_prefixes(alt, limit)`, from the file when it holds them."""
        entries = self._entries
        if entries is None:
            entries = self._entries = self._load()
        entry = f"{limit} {alt}"
        self._used.add(entry)
        found = entries.get(entry)
        if found is None:
            found = entries[entry] = _possible_prefixes(alt, limit)
            self._missed = True
        return found

    def save(self) -> None:
        """Write the file if this process worked out prefixes it did not hold."""
        if not self._missed or self.path is None or self._entries is None or sys.dont_write_bytecode:
            return
        entries = self._entries
        if len(entries) > self.MAX_ENTRIES:
            entries = {entry: entries[entry] for entry in self._used}
        data = {"key": self.key, "prefixes": {entry: sorted(spellings) for entry, spellings in entries.items()}}
        if not keep_file(self.path, json.dumps(data, ensure_ascii=False).encode()):
            return
        self._missed = False


def _prefix_cache_path() -> Path | None:
    return beside_bytecode(__file__, f"guard_prefixes.{sys.implementation.cache_tag}.json")


_PREFIX_CACHE = PrefixCache(_prefix_cache_path())


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
_ANY_WORD_LEAD = compile_kept(r"(?:\[\\w-\]|\\w)\+ ")


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

    __slots__ = ("alternatives", "prefixes", "other_heads", "_plain", "_other", "_word_led",
                 "_free", "_by_head", "_sources", "_compiled")

    def __init__(self, *alternatives: str, raw: str | None = None):
        # Each regex is written and compiled on first use: building and compiling them is most of the guard's
        # load time, and a one-off check needs few (a Scanner reads only the branches its draft can start).
        self._compiled: dict[str, re.Pattern[str] | None] = {}
        self._sources: dict[str, str | None] = {}
        if raw is not None:
            self.alternatives: tuple[str, ...] = ()
            self._plain, self._other, self._word_led, self._free = [], [], [], 0
            self._by_head: dict[str, list[str]] = {}
            self._sources = {"plain": raw, "other": None, "anchors": None}
            self.prefixes: frozenset[str] = frozenset()
            self.other_heads = None
            return
        alts = [x for a in alternatives for x in _expand_leading_group(a)]
        heads = [_head(a) for a in alts]
        self._plain = [a for a, head in zip(alts, heads, strict=True) if head is not None]
        self._other = other = [a for a, head in zip(alts, heads, strict=True) if head is None]
        self.alternatives = tuple(alts)
        number_led = [a for a in other if a.startswith("[0-9]")]
        self._word_led = word_led = [rests for rests in map(_word_led_rests, other) if rests is not None]
        self._free = free = len(other) - len(number_led) - len(word_led)
        # The plain alternatives by the letter they start with: the prefix tree's top-level branches. At any
        # position only the branches of the letter there can match, so each letter's is a regex of its own.
        self._by_head = {}
        for alt, head in zip(alts, heads, strict=True):
            if head is not None:
                self._by_head.setdefault(head[-1], []).append(alt)
        # Every way the first letters of a plain match can be spelt, so a scanner can skip this pattern cheaply.
        self.prefixes = frozenset(p for a in self._plain for p in _PREFIX_CACHE.prefixes(a))
        # Where `other` can start: anywhere (None), only at a digit, or (word-led alone) only at `anchors`.
        if not other or free:
            self.other_heads = None
        else:
            self.other_heads = _DIGITS if number_led else _NO_HEADS

    def _source(self, name: str) -> str | None:
        """The regex called `name`, written on first use ("plain:x" is the plain branches that start with x)."""
        try:
            return self._sources[name]
        except KeyError:
            pass
        plain, other, word_led, free = self._plain, self._other, self._word_led, self._free
        if name.startswith("plain:"):
            group = self._by_head.get(name[6:])
            source = r"(?<!\w)(?:" + _prefix_tree(group) + r")(?![\w])" if group else None
        elif name == "plain":
            # The look-behind lets the engine drop mid-word positions at once.
            source = r"(?<!\w)(?:" + _prefix_tree(plain) + r")(?![\w])" if plain else None
        elif name == "other":
            source = "(?:" + "|".join(other) + r")(?![\w])" if other else None
        elif name == "anchors":
            # The space and literal words after a word-led alternative's first word, found by a search that
            # skips in C from space to space.
            source = (" (?:" + _prefix_tree([r for rests in word_led for r in rests]) + r")(?![\w])"
                      if word_led and not free else None)
        else:
            raise KeyError(name)
        self._sources[name] = source
        return source

    def has(self, name: str) -> bool:
        """Whether the pattern has that regex ("plain", "other", "anchors", "plain:x"), without
        writing or compiling it."""
        if name in self._sources:
            return self._sources[name] is not None
        if name.startswith("plain:"):
            return name[6:] in self._by_head
        if name == "plain":
            return bool(self._plain)
        if name == "other":
            return bool(self._other)
        if name == "anchors":
            return bool(self._word_led) and not self._free
        raise KeyError(name)

    @property
    def has_anchors(self) -> bool:
        return self.has("anchors")

    @property
    def plain_alternatives(self) -> tuple[str, ...]:
        """The alternatives led by a literal character."""
        return tuple(self._plain)

    def scan_regex_names(self) -> tuple[str, ...]:
        """The regexes a Scanner may run for this pattern: each letter's plain branches, `other` and `anchors`."""
        return tuple(f"plain:{head}" for head in self._by_head) + tuple(
            name for name in ("other", "anchors") if self.has(name))

    def _regex(self, name: str) -> re.Pattern[str] | None:
        try:
            return self._compiled[name]
        except KeyError:
            source = self._source(name)
            compiled = self._compiled[name] = compile_kept(source) if source is not None else None
            return compiled

    def plain_from(self, letter: str) -> re.Pattern[str] | None:
        """The plain alternatives that start with `letter` (they match where `plain` does, at such a letter)."""
        return self._regex(f"plain:{letter}") if letter in self._by_head else None

    @property
    def plain(self) -> re.Pattern[str] | None:
        """The alternatives led by a literal character, as one prefix tree."""
        return self._regex("plain")

    @property
    def other(self) -> re.Pattern[str] | None:
        """The alternatives led by a class or a word ("[0-9]+ x", a word then "x")."""
        return self._regex("other")

    @property
    def anchors(self) -> re.Pattern[str] | None:
        """The literal words after the first word of word-led alternatives (None unless they are all the
        non-literal ones)."""
        return self._regex("anchors")

    @property
    def patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(p for p in (self.plain, self.other) if p is not None)

    def word_led_runs(self, text: str, pos: int = 0, endpos: int | None = None) -> list[list[int]]:
        """Word starts in text[pos:endpos] from which a word-led alternative may match, grouped by the word
        (hyphenated or not) before each anchor, in order: the start of the word before each anchor and, in a
        hyphenated word, the start of each part."""
        if not self.has_anchors:
            return []
        end = len(text) if endpos is None else endpos
        out: list[list[int]] = []
        search = self.anchors.search
        m = search(text, pos + 1, end)
        while m is not None:
            space = m.start()
            if _is_word_char(text[space - 1]) or text[space - 1] == "-":
                first = space
                while first > pos and (_is_word_char(text[first - 1]) or text[first - 1] == "-"):
                    first -= 1
                out.append([i for i in range(first, space) if i == 0 or not _is_word_char(text[i - 1])])
            m = search(text, space + 1, end)
        return out

    def spans(self, text: str, pos: int = 0, endpos: int | None = None, *, first: bool = False) -> list[tuple[int, int]]:
        """(start, end) of whole-word matches in text[pos:endpos], not overlapping (only the first when `first`)."""
        end = len(text) if endpos is None else endpos
        out: list[tuple[int, int]] = []
        patterns = self.patterns
        for pattern in patterns:
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
        if len(patterns) > 1:
            out.sort()
        return out[:1] if first else out


_NOT_AFTER_A_WORD_CHAR = compile_kept(r"(?<!\w)")


# How many first letters of each plain alternative the start finder reads: every spelling it finds is a start the
# scan tries ("the" would start "the right person" in every "there"), and the longest found there picks the
# patterns tried (with six, a fifth more of them were tried and failed on a typical pitch).
FINDER_LETTERS = 8


def _finder_spellings(pattern: WordPattern) -> frozenset[str]:
    """The first letters (up to FINDER_LETTERS) of the pattern's plain alternatives, every way they can be spelt."""
    return frozenset(p for alt in pattern.plain_alternatives for p in _PREFIX_CACHE.prefixes(alt, FINDER_LETTERS))


def _start_finder(patterns: Iterable[WordPattern]) -> tuple[ahocorasick.Automaton | None, bool]:
    """An automaton of the patterns' first letters (and the digits, for number-led alternatives), each word's
    value being itself, and whether an alternative may start with anything, so that only "not after a word
    character" can find its starts."""
    automaton = ahocorasick.Automaton()
    everywhere = False
    for pattern in patterns:
        if pattern.has("other") and pattern.other_heads is None:
            everywhere = True
        for spelling in _finder_spellings(pattern) | (pattern.other_heads or frozenset()):
            if not spelling:
                everywhere = True
            elif spelling not in automaton:
                automaton.add_word(spelling, spelling)
    if len(automaton) == 0:
        return None, everywhere
    automaton.make_automaton()
    return automaton, everywhere


class Scanner:
    """Many named WordPatterns scanned in one pass: an Aho–Corasick automaton of every pattern's first letters
    finds where anything can start, then only the patterns whose first letters are spelt there are tried."""

    def __init__(self, named: Sequence[tuple[str, WordPattern]]):
        self.named = tuple(named)
        # Each name's slot in a scan's lists (a name given twice shares one, as it shares its matches).
        self._slots: dict[str, int] = {}
        for name, _ in self.named:
            self._slots.setdefault(name, len(self._slots))
        # The patterns to try at a start, by the longest first letters found there (or, where none is, by the
        # start's character: then no single character is a spelling, so the two kinds of key never meet).
        self._tries: dict[str, tuple[tuple[str, re.Pattern[str], int], ...]] = {}
        self._word_led = tuple((name, pattern, self._slots[name]) for name, pattern in self.named
                               if pattern.has_anchors)
        # The members each spelling of first letters belongs to, by index (so that a start's candidates are a few
        # look-ups), and those with alternatives led by a class or a word, whose heads are checked where they start.
        self._spelt_by: dict[str, list[int]] = {}
        for index, (_, pattern) in enumerate(self.named):
            for spelling in _finder_spellings(pattern):
                self._spelt_by.setdefault(spelling, []).append(index)
        self._others = frozenset(index for index, (_, pattern) in enumerate(self.named) if pattern.has("other"))
        self._automaton, self._everywhere = _start_finder(pattern for _, pattern in self.named)
        _PREFIX_CACHE.save()  # the members' prefixes are all known now

    def compile_all(self) -> None:
        """Compile every regex a scan may use, now (a server does it before answering, so no check pays for it;
        a one-off check compiles only those its draft reaches)."""
        for _, pattern in self.named:
            for name in pattern.scan_regex_names():
                pattern._regex(name)

    def _spelt(self, text: str) -> dict[int, str]:
        """Each word start where the automaton finds a spelling, with the longest one found there (every shorter
        one found there is a beginning of it)."""
        spelt: dict[int, str] = {}
        if self._automaton is None:
            return spelt
        for end, spelling in self._automaton.iter(text):
            start = end - len(spelling) + 1
            before = text[start - 1] if start else " "
            if not (before.isalnum() or before == "_"):  # _is_word_char, inlined: this loop runs per spelling found
                spelt[start] = spelling  # a longer spelling at the same start ends, and so comes, later
        return spelt

    def starts(self, text: str, spelt: dict[int, str] | None = None) -> list[int]:
        """The positions, in order, where a member's plain or number-led alternative may start: where one of
        their first letters is spelt at a word start (or every word start, when some alternative may start
        with anything). A superset of where one matches; `scan` tries the patterns there. `spelt` is
        `_spelt(text)` when the caller has it already."""
        if self._everywhere:
            return [m.start() for m in _NOT_AFTER_A_WORD_CHAR.finditer(text)]
        return sorted(self._spelt(text) if spelt is None else spelt)

    def _candidates(self, key: str) -> tuple[tuple[str, re.Pattern[str], int], ...]:
        """The (name, regex, slot) to try at a start, cached per key: the longest first letters found there,
        or the start's character where none is."""
        found = self._tries.get(key)
        if found is None:
            out = []
            first = key[:1]
            # The members one of whose spellings is found at the start, that is, begins the longest found there
            # ("" begins every key: the spelling of an alternative that may start with anything).
            spelt = {index for k in range(len(key) + 1) for index in self._spelt_by.get(key[:k], ())}
            for index in sorted(spelt | self._others):  # in the members' order
                name, pattern = self.named[index]
                slot = self._slots[name]
                # Sources are tested first: a regex is compiled only once some text could match it.
                if index in spelt and first and pattern.has(f"plain:{first}"):
                    out.append((name, pattern.plain_from(first), slot))
                if pattern.has("other") and (pattern.other_heads is None or first in pattern.other_heads):
                    out.append((name, pattern.other, slot))
            found = self._tries[key] = tuple(out)
            if len(self._tries) > 50_000:  # bounded: odd input cannot grow it without end
                self._tries.clear()
        return found

    def scan(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """For each name, the (start, end) of its non-overlapping matches, in order."""
        tries_at, candidates = self._tries.get, self._candidates  # the table read first: a call only where it lacks the key
        # start -> (regex, slot, the anchor's word, whether the start is that word's last part)
        word_led: dict[int, list[tuple[re.Pattern[str], int, int, bool]]] = {}
        for _, pattern, slot in self._word_led:
            for run in pattern.word_led_runs(text):
                for start in run:
                    word_led.setdefault(start, []).append((pattern.other, slot, run[0], start == run[-1]))
        spelt = self._spelt(text)
        starts = self.starts(text, spelt)
        if word_led:
            starts = sorted(set(starts).union(word_led))
        spans: list[list[tuple[int, int]] | None] = [None] * len(self._slots)
        # Where each name's last match ends: a start before it is not tried for that name, since a match
        # there could not be kept (nor read again, however long the match).
        ends = [0] * len(self._slots)
        # (slot, word) where a word-led try failed. "[\w-]+ x" can only match by reading to the end of the
        # word, so it fails from every later part of a hyphenated word too, and "\w+ x" can only match
        # from its last part: only that part is tried again (a word of 20,000 parts is not read 20,000 times).
        # The same regex holds number-led alternatives at most (no free ones, or there are no anchors),
        # and those are tried at every digit through `candidates`.
        failed: set[tuple[int, int]] = set()
        for start in starts:
            key = spelt.get(start) or text[start:start + 1]
            tries = tries_at(key)
            if tries is None:
                tries = candidates(key)
            for _, regex, slot in tries:
                if start < ends[slot]:
                    continue
                m = regex.match(text, start)
                if m is None:
                    continue
                end = ends[slot] = m.end()
                found = spans[slot]
                if found is None:
                    spans[slot] = [(start, end)]
                else:
                    found.append((start, end))
            if not word_led or start not in word_led:
                continue
            for regex, slot, word, last in word_led[start]:
                if start < ends[slot] or (not last and (slot, word) in failed):
                    continue
                if any(r is regex and s == slot for _, r, s in tries):
                    continue  # tried above
                m = regex.match(text, start)
                if m is None:
                    failed.add((slot, word))
                    continue
                end = ends[slot] = m.end()
                found = spans[slot]
                if found is None:
                    spans[slot] = [(start, end)]
                else:
                    found.append((start, end))
        return {name: spans[slot] for name, slot in self._slots.items() if spans[slot] is not None}
