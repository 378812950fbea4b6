"""The prefix-tree matcher finds exactly what the plain alternation would, only faster."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from guard_start_regex import finder_form, literal_starts, starts  # the reference start finder (tests/)
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.guard import patterns
from companion.guard.patterns import PrefixCache, Scanner, WordPattern, _possible_prefixes
from companion.guard.pitch_guard import PITCH_RULES, RAW_RULES

ROOT = Path(__file__).resolve().parents[1]

ALTERNATIVES = (
    r"we (?:help|helped|work with) (?:\w+ ){0,2}(?:companies|teams)", r"(?:quick|short) (?:call|demo)", r"demo",
    r"[0-9]{1,2} ?% off", r"free trial", r"calendly\.com\S*", r"be your own boss", r"(?:a |the )?demo call",
    # led by any word: found from the words after it
    r"[\w-]+ (?:leaders|founders) i (?:speak|work) with", r"\w+ quick questions?", r"[0-9]+x (?:your|more)",
    r"zcal\.co\S+",
)
WORDS = ["we", "help", "helped", "work", "with", "small", "companies", "teams", "quick", "short", "call", "demo",
         "20%", "20", "%", "off", "free", "trial", "calendly.com/x", "be", "your", "own", "boss", "a", "the",
         "xdemo", "demos", "hello", "saas", "co-founders", "leaders", "founders", "i", "speak", "quick", "questions",
         "question", "3", "3x", "two", "-", "a-", "_", "b2b-saas", "b2b", "zcal.co", "zcal.co/x", "3-two",
         "calendly.com/calendly.com", "saas-a-b2b"]


def naive_starts(alternatives, text: str) -> list[int]:
    plain = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?![\w])")
    return [i for i in range(len(text)) if plain.match(text, i)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=25).map(" ".join))
def test_the_prefix_tree_starts_where_the_plain_alternation_would(text):
    assert starts(WordPattern(*ALTERNATIVES), text) == naive_starts(ALTERNATIVES, text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=25).map(" ".join))
def test_the_scanner_finds_each_rule_where_it_alone_would(text):
    named = [("a", WordPattern(*ALTERNATIVES[:3])), ("b", WordPattern(*ALTERNATIVES[3:8])),
             ("c", WordPattern(*ALTERNATIVES[8:10])), ("d", WordPattern(*ALTERNATIVES[9:]))]
    found = Scanner(named).scan(text)
    for name, pattern in named:
        assert [s for s, _ in found.get(name, [])] == [s for s, _ in pattern.spans(text)]


def test_word_led_alternatives_start_at_the_word_before_their_anchor():
    pattern = WordPattern(r"[\w-]+ (?:leaders|founders) i (?:speak|work) with", r"\w+ quick questions?")
    text = "saas founders i speak with; b2b-saas founders i work with; two quick questions; quick questions"
    assert [text[s:e] for s, e in pattern.spans(text)] == [
        "saas founders i speak with", "b2b-saas founders i work with", "two quick questions"]
    assert starts(pattern, text) == [0, 28, 32, 59]  # "saas" after the hyphen starts a match too
    assert Scanner([("x", pattern)]).scan(text)["x"] == pattern.spans(text)


@pytest.mark.parametrize("alternative, prefixes", [
    (r"we(?:'re| are) (?:currently )?building", {"we'", "we "}),
    (r"tipps?", {"tip"}),
    (r"10[ -]?(?:min(?:ute)?s?|minuten)\b", {"10 ", "10-", "10m"}),
    (r"ma(?:ss|ß)geschneiderte", {"mas", "maß"}),
    (r"ex ?alumn[oa]s?", {"ex ", "exa"}),
    (r"a", {"a"}),  # a match can end early: "a" stands for anything that starts with it
    (r"i (?:\w+ )?sell", {"i ", "i s"}),  # \w cannot be listed: that spelling stops there
    # what the parser reads (the standard library's own parser is private and moves between Pythons)
    (r"(?<!\w)ab(?=c)d\b", {"abd"}),  # look-arounds and anchors spell nothing
    (r"\.com", {".co"}), (r"a\wb", {"a"}), (r"a.b", {"a"}),
    (r"[a-c]x", {""}), (r"[^a]x", {""}), (r"[\w-]x", {""}),  # ranges, negations and \w are not listed
    (r"[]a]b", {"]b", "ab"}), (r"[a-]b", {"ab", "-b"}), (r"[\-.]b", {"-b", ".b"}),
    (r"x{2}", {"xx"}), (r"x{,2}y", {"y", "xy", "xxy"}), (r"x{2,}", {""}), (r"a{}", {"a{}"}), (r"a{x", {"a{x"}),
    (r"x*?y", {""}), (r"x??y", {"y", "xy"}),
    (r"(?P<name>ab)c|d(e)", {"abc", "de"}), (r"(?>ab)c", {"abc"}), (r"a\nb", {"a\nb"}),
    (r"(?i)abc", {""}),  # an inline flag changes every letter: a match may start with anything
])
def test_possible_prefixes_list_every_spelling_of_a_match_start(alternative, prefixes):
    assert _possible_prefixes(alternative) == prefixes


def test_matches_are_whole_words_only():
    pattern = WordPattern("demo", "roi")
    assert pattern.spans("a demo, not a demolition; heroic roi") == [(2, 6), (33, 36)]


def test_every_rule_lexicon_compiles_into_a_tree_with_known_first_letters():
    for rule in PITCH_RULES:
        if rule.id in RAW_RULES:  # a regex of its own (a link, a price), not a lexicon
            continue
        assert rule.pattern.alternatives and rule.pattern.prefixes and all(rule.pattern.prefixes), rule.id


@pytest.mark.parametrize("alternative, form", [
    (r"calendly\.com\S*", r"calendly\.com\w*"), (r"zcal\.co\S+", r"zcal\.co\S\w*"),
    (r"calendly\.com\\S*", r"calendly\.com\\S*"),  # an escaped backslash, then "S*"
    (r"(?:a|b\S*)", r"(?:a|b\S*)"), (r"a|b\S*", r"a|b\S*"), (r"demo", r"demo"),
])
def test_the_start_finder_reads_only_the_last_word_of_a_closing_run_of_non_spaces(alternative, form):
    assert finder_form(alternative) == form


def test_no_module_reads_the_private_regex_parser():
    private = re.compile(r"\b(?:re\._parser|re\._constants|re\._compiler|sre_parse|sre_compile|sre_constants)\b")
    # regex_cache keeps re._compiler's output as a cache only, and compiles with re.compile whenever it cannot
    # (tests/test_regex_cache.py: on a Python without re._compiler too); nothing matches by the parser's reading.
    offenders = [str(path.relative_to(ROOT)) for path in (ROOT / "companion").rglob("*.py")
                 if private.search(path.read_text(encoding="utf-8"))
                 and path != ROOT / "companion" / "regex_cache.py"]
    assert offenders == []


class _CountingRegex:
    """A compiled regex that counts its match() calls, by kind ("plain" or "other")."""

    def __init__(self, regex: re.Pattern[str], calls: Counter, kind: str):
        self.regex, self.calls, self.kind = regex, calls, kind

    def match(self, *args):
        self.calls[self.kind] += 1
        return self.regex.match(*args)


def _counted(pattern: WordPattern) -> Counter:
    """How often a scan runs each kind of the pattern's regexes. Regexes compile on first use, into `_compiled`:
    counting ones are put there in their place (each letter's plain branches count as "plain")."""
    calls: Counter = Counter()
    for name in pattern.scan_regex_names():
        regex = pattern._regex(name)
        if regex is not None and name != "anchors":
            pattern._compiled[name] = _CountingRegex(regex, calls, name.partition(":")[0])
    return calls


@pytest.mark.parametrize("tail", ["founders i speak with", "founders i speak"])
def test_a_long_hyphenated_word_is_read_once_for_a_word_led_rule(tail):
    # Every part of "a-a-…-a" is a word start, and "[\w-]+ founders…" tried from each would read the whole
    # word each time: a match covers the later parts, and a miss from one part is a miss from the others.
    pattern = WordPattern(r"[\w-]+ (?:leaders|founders) i (?:speak|work) with", r"\w+ quick questions?")
    calls = _counted(pattern)
    text = "a-" * 2000 + "a " + tail
    found = Scanner([("x", pattern)]).scan(text)
    assert found.get("x", []) == ([(0, len(text))] if tail.endswith("with") else [])
    assert calls["other"] <= 2  # the first part, and the last (where "\w+ quick questions" could start)


def test_a_run_of_booking_links_is_matched_once_not_from_each_link_in_it():
    pattern = WordPattern(r"(?:https?://)?(?:calendly\.com|cal\.com)\S*", "demo")
    calls = _counted(pattern)
    text = "calendly.com/" * 2000 + " demo"
    found = Scanner([("x", pattern)]).scan(text)
    assert found["x"] == [(0, len(text) - 5), (len(text) - 4, len(text))]
    assert calls["plain"] == 2


def test_regexes_compile_on_first_use_and_only_the_branches_a_draft_can_start():
    members = [("a", WordPattern(r"we help (?:teams|founders)", r"free trial", r"zebra crossing")),
               ("b", WordPattern(r"[\w-]+ quick questions?"))]
    scanner = Scanner(members)
    assert all(not pattern._compiled for _, pattern in members)
    found = scanner.scan("hi, we help teams with a free trial. two quick questions?")
    assert found == {"a": [(4, 17), (25, 35)], "b": [(37, 56)]}
    # Only what the scan needs was compiled: the letters its draft starts ("z" is not one), never a
    # member's own start finder nor its whole prefix tree.
    assert set(members[0][1]._compiled) == {"plain:w", "plain:f"}
    assert set(members[1][1]._compiled) <= {"anchors", "other"}
    # A rule no start in the text could begin is not compiled at all; compile_all compiles what a scan may use.
    unreached = Scanner([("c", WordPattern(r"zebra crossing")), ("d", WordPattern(r"hello there"))])
    assert unreached.scan("hello there") == {"d": [(0, 11)]}
    assert not unreached.named[0][1]._compiled and "plain:h" in unreached.named[1][1]._compiled
    scanner.compile_all()
    assert all(pattern._compiled.keys() >= set(pattern.scan_regex_names()) for _, pattern in members)
    assert members[0][1]._compiled.keys() >= {"plain:w", "plain:f", "plain:z"}


def test_each_letters_branches_match_where_the_whole_prefix_tree_does():
    # A letter's branches are the tree's top-level ones for that letter (an escaped "\-" and a plain "-" both).
    pattern = WordPattern(r"we help", r"we (?:help|work) with", r"-- off", r"\-\- on", r"whole", r"\.com", r"a|ab")
    text = "we help with -- off, -- on; whole .com ab a we work with"
    for start in range(len(text)):
        whole = pattern.plain.match(text, start)
        branch = pattern.plain_from(text[start])
        assert (whole and whole.span()) == (branch and branch.match(text, start) and branch.match(text, start).span())


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS + ["😀", "👩‍💻", "é", "ß", "x_y", "\n"]), max_size=25).map(" ".join))
def test_the_start_finder_reads_every_word_start_where_a_rule_matches(text):
    # The automaton's starts are word starts (not after a word character), and every start of a match is one:
    # counted in characters, also after emoji outside the Basic Multilingual Plane.
    named = [("a", WordPattern(*ALTERNATIVES[:3])), ("b", WordPattern(*ALTERNATIVES[3:8])),
             ("c", WordPattern(*ALTERNATIVES[8:10])), ("d", WordPattern(*ALTERNATIVES[9:]))]
    scanner = Scanner(named)
    found = scanner.starts(text)
    assert found == sorted(set(found))
    assert all(i == 0 or not re.match(r"\w", text[i - 1]) for i in found)
    for _, pattern in named:
        assert set(literal_starts(pattern, text)) <= set(found)


def test_a_pattern_that_may_start_with_anything_is_tried_at_every_word_start():
    # A conditional spells no known first letter; "\S+ yes" is led by neither a letter, a digit nor a plain word.
    for pattern in (WordPattern(r"x(y)?(?(1)z|w)"), WordPattern(r"\S+ yes")):
        assert pattern.prefixes == {""} or pattern.other_heads is None
        scanner = Scanner([("x", pattern)])
        assert scanner.starts("ab, c") == [0, 3, 4]  # every position not after a word character
        text = "a xw, b xyz; z yes xyw"
        assert scanner.scan(text) == {"x": pattern.spans(text)} and pattern.spans(text)


def test_a_scanner_of_nothing_finds_nothing():
    assert Scanner([]).scan("we help teams") == {} and Scanner([]).starts("we help") == []


# The prefix cache: what every lexicon alternative can start with, kept beside the bytecode.

@pytest.fixture
def writes_bytecode(monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)  # the suite may run under PYTHONDONTWRITEBYTECODE


ALTS = (r"we (?:help|work with)", r"demo", r"10[ -]?(?:min(?:ute)?s?|minuten)\b")


def test_prefixes_are_kept_in_a_file_and_read_back_without_working_them_out(tmp_path, writes_bytecode, monkeypatch):
    path = tmp_path / "__pycache__" / "guard_prefixes.json"
    first = PrefixCache(path, key="k")
    assert [first.prefixes(a) for a in ALTS] == [_possible_prefixes(a) for a in ALTS]
    assert [first.prefixes(a, 6) for a in ALTS] == [_possible_prefixes(a, 6) for a in ALTS]
    first.save()
    assert json.loads(path.read_text(encoding="utf-8"))["key"] == "k"
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # written whole, by a rename: no temporary left
    monkeypatch.setattr(patterns, "_possible_prefixes", _must_not_be_called)
    again = PrefixCache(path, key="k")
    assert [again.prefixes(a) for a in ALTS] == [first.prefixes(a) for a in ALTS]
    assert [again.prefixes(a, 6) for a in ALTS] == [first.prefixes(a, 6) for a in ALTS]


def _must_not_be_called(alt):
    raise AssertionError(f"worked out again: {alt}")


@pytest.mark.parametrize("content", [
    b"", b"{", b"\xff\xfe\x00", b"[]", b"null", b'{"key": "k"}', b'{"key": "k", "prefixes": []}',
    b'{"key": "k", "prefixes": {"3 demo": [1]}}', b'{"key": "k", "prefixes": {"3 demo": "dem"}}',
    b'{"key": "an older analysis", "prefixes": {"3 demo": ["zzz"]}}',
], ids=["empty", "truncated", "not utf-8", "a list", "null", "no prefixes", "prefixes not a map",
        "a spelling not a string", "spellings not a list", "stale"])
def test_a_broken_or_stale_cache_file_is_rebuilt_not_trusted(tmp_path, writes_bytecode, content):
    path = tmp_path / "guard_prefixes.json"
    path.write_bytes(content)
    cache = PrefixCache(path, key="k")
    assert cache.prefixes("demo") == frozenset({"dem"})
    cache.save()
    assert json.loads(path.read_text(encoding="utf-8")) == {"key": "k", "prefixes": {"3 demo": ["dem"]}}


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path, writes_bytecode):
    blocker = tmp_path / "not a directory"
    blocker.write_text("x")
    cache = PrefixCache(blocker / "guard_prefixes.json", key="k")
    assert cache.prefixes("demo") == frozenset({"dem"})
    cache.save()  # no exception
    assert blocker.read_text() == "x"


def test_no_cache_is_written_where_python_writes_no_bytecode(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    cache = PrefixCache(tmp_path / "guard_prefixes.json", key="k")
    cache.prefixes("demo")
    cache.save()
    assert not list(tmp_path.iterdir())


def test_the_cache_key_is_this_modules_source():
    assert PrefixCache(None).key == hashlib.sha256(Path(patterns.__file__).read_bytes()).hexdigest()


_FRESH_CHECK = """
import json, sys
from companion.guard.pitch_guard import _SCANNER, check_draft
text = sys.stdin.read()
verdict = check_draft(text, "stranger")
print(json.dumps([verdict.verdict, [[r.rule, r.start, r.end] for r in verdict.reasons], _SCANNER.scan(text.lower())]))
"""


def test_a_fresh_process_writes_the_cache_reads_it_and_rebuilds_a_broken_one(tmp_path):
    # PYTHONPYCACHEPREFIX moves the bytecode, and the cache beside it, out of the work tree.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"PYTHONPYCACHEPREFIX": str(tmp_path)}
    draft = "Hi there, we help teams grow 3x. Free trial, 20% off: calendly.com/acme. Two quick questions?"

    def check() -> list:
        done = subprocess.run([sys.executable, "-c", _FRESH_CHECK], input=draft, capture_output=True, text=True,
                              cwd=ROOT, env=env, timeout=120, check=True)
        return json.loads(done.stdout)

    first = check()
    [cache_file] = tmp_path.rglob("guard_prefixes.*.json")
    written = cache_file.read_bytes()
    assert first[0] == "block" and first[2]
    assert check() == first and cache_file.read_bytes() == written  # read, not written again
    cache_file.write_bytes(written[: len(written) // 2])  # a torn file
    assert check() == first
    assert cache_file.read_bytes() == written  # rebuilt whole
