"""The guard's old start finder, one regex per rule, kept as the reference the equivalence tests compare with.

companion/guard/patterns.py finds where a rule can start with an Aho–Corasick automaton of first letters
(`Scanner.starts`); before that, each WordPattern compiled one regex of look-aheads that visits every position
where one of its alternatives matches at a word start. That regex is no longer run by the guard, so it lives
here: `starts(pattern, text)` is where a pattern matches, found without the automaton or the scan's tricks.
"""

from __future__ import annotations

import re

from companion.guard.patterns import WordPattern, _prefix_tree, _split_alternatives, _word_led_rests


def finder_form(alt: str) -> str:
    """`alt` as the start regex tries it: a closing "\\S*" becomes "\\w*" (and "\\S+" becomes "\\S\\w*").
    Followed by a word boundary, both match wherever what comes before them does (a run of non-spaces can
    stop at the next space, a run of word characters at the next non-word one). But "\\S*" from each word
    start inside one long run of links would read the rest of the run again, quadratic in its length,
    while a run of word characters holds only one word start."""
    for tail, kept in (("\\S*", "\\w*"), ("\\S+", "\\S\\w*")):
        if alt.endswith(tail):
            body = alt[:-len(tail)]
            escaped = len(body) - len(body.rstrip("\\"))  # backslashes before "\\S": an odd count escapes it
            if escaped % 2 == 0 and len(_split_alternatives(alt)) == 1:
                return body + kept
    return alt


_REGEXES: dict[int, tuple[WordPattern, re.Pattern[str] | None]] = {}


def start_regex(pattern: WordPattern) -> re.Pattern[str] | None:
    """Every start position of `pattern`'s alternatives that are not word-led, in one pass: a look-ahead
    matches empty, so finditer visits them all. Number-led alternatives sit behind one digit test; word-led
    ones are found from their anchors (`word_led_starts`)."""
    cached = _REGEXES.get(id(pattern))
    if cached is not None and cached[0] is pattern:
        return cached[1]
    plain = list(pattern.plain_alternatives)
    other = [a for a in pattern.alternatives if a not in set(plain)]
    number_led = [a for a in other if a.startswith("[0-9]")]
    free = len(other) - len(number_led) - sum(_word_led_rests(a) is not None for a in other)
    tree = ([_prefix_tree([finder_form(a) for a in plain])] if plain else []) + (
        [r"(?=[0-9])(?:" + "|".join(number_led) + ")"] if number_led and not free else [])
    tree += [finder_form(a) for a in other] if free else []
    regex = re.compile(r"(?<!\w)(?=(?:" + "|".join(tree) + r")(?![\w]))") if tree else None
    _REGEXES[id(pattern)] = (pattern, regex)
    return regex


def literal_starts(pattern: WordPattern, text: str) -> list[int]:
    """Every position where an alternative that is not word-led matches, at a word start."""
    regex = start_regex(pattern)
    if regex is not None:
        return [m.start() for m in regex.finditer(text)]
    if pattern.has_anchors:  # word-led alternatives only
        return []
    found: set[int] = set()
    for regex in pattern.patterns:  # a raw pattern: every place a search finds it, at a word start
        m = regex.search(text)
        while m is not None:
            start = m.start()
            if start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_"):
                found.add(start)
            m = regex.search(text, start + 1)
    return sorted(found)


def starts(pattern: WordPattern, text: str) -> list[int]:
    """Every word start where some alternative of `pattern` matches."""
    found = literal_starts(pattern, text)
    led = [i for run in pattern.word_led_runs(text) for i in run if pattern.other.match(text, i)]
    return sorted(set(found).union(led)) if led else found
