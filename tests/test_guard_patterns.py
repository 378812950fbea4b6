"""The prefix-tree matcher finds exactly what the plain alternation would, only faster."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.guard.patterns import Scanner, WordPattern, _finder_form, _possible_prefixes
from companion.guard.pitch_guard import PITCH_RULES

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
    assert WordPattern(*ALTERNATIVES).starts(text) == naive_starts(ALTERNATIVES, text)


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
    assert pattern.starts(text) == [0, 28, 32, 59]  # "saas" after the hyphen starts a match too
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
        if rule.id == "link":
            continue
        assert rule.pattern.alternatives and rule.pattern.prefixes and all(rule.pattern.prefixes), rule.id


@pytest.mark.parametrize("alternative, form", [
    (r"calendly\.com\S*", r"calendly\.com\w*"), (r"zcal\.co\S+", r"zcal\.co\S\w*"),
    (r"calendly\.com\\S*", r"calendly\.com\\S*"),  # an escaped backslash, then "S*"
    (r"(?:a|b\S*)", r"(?:a|b\S*)"), (r"a|b\S*", r"a|b\S*"), (r"demo", r"demo"),
])
def test_the_start_finder_reads_only_the_last_word_of_a_closing_run_of_non_spaces(alternative, form):
    assert _finder_form(alternative) == form


def test_no_module_reads_the_private_regex_parser():
    private = re.compile(r"\b(?:re\._parser|re\._constants|re\._compiler|sre_parse|sre_compile|sre_constants)\b")
    offenders = [str(path.relative_to(ROOT)) for path in (ROOT / "companion").rglob("*.py")
                 if private.search(path.read_text(encoding="utf-8"))]
    assert offenders == []


class _CountingRegex:
    """A compiled regex that counts its match() calls."""

    def __init__(self, regex: re.Pattern[str]):
        self.regex, self.calls = regex, 0

    def match(self, *args):
        self.calls += 1
        return self.regex.match(*args)


def _counted(pattern: WordPattern) -> WordPattern:
    # Regexes compile on first use, into `_compiled`: the counting ones are put there in their place.
    for name in ("plain", "other"):
        regex = getattr(pattern, name)
        pattern._compiled[name] = _CountingRegex(regex) if regex is not None else None
    return pattern


@pytest.mark.parametrize("tail", ["founders i speak with", "founders i speak"])
def test_a_long_hyphenated_word_is_read_once_for_a_word_led_rule(tail):
    # Every part of "a-a-…-a" is a word start, and "[\w-]+ founders…" tried from each would read the whole
    # word each time: a match covers the later parts, and a miss from one part is a miss from the others.
    pattern = _counted(WordPattern(r"[\w-]+ (?:leaders|founders) i (?:speak|work) with", r"\w+ quick questions?"))
    text = "a-" * 2000 + "a " + tail
    found = Scanner([("x", pattern)]).scan(text)
    assert found.get("x", []) == ([(0, len(text))] if tail.endswith("with") else [])
    assert pattern.other.calls <= 2  # the first part, and the last (where "\w+ quick questions" could start)


def test_a_run_of_booking_links_is_matched_once_not_from_each_link_in_it():
    pattern = _counted(WordPattern(r"(?:https?://)?(?:calendly\.com|cal\.com)\S*", "demo"))
    text = "calendly.com/" * 2000 + " demo"
    found = Scanner([("x", pattern)]).scan(text)
    assert found["x"] == [(0, len(text) - 5), (len(text) - 4, len(text))]
    assert pattern.plain.calls == 2


def test_regexes_compile_on_first_use_and_a_scan_leaves_its_members_start_finders_alone():
    members = [("a", WordPattern(r"we help (?:teams|founders)", r"free trial")), ("b", WordPattern(r"[\w-]+ quick questions?"))]
    scanner = Scanner(members)
    assert all(not pattern._compiled for _, pattern in members) and not scanner.combined._compiled
    found = scanner.scan("hi, we help teams with a free trial. two quick questions?")
    assert found == {"a": [(4, 17), (25, 35)], "b": [(37, 56)]}
    # Only what the scan needs was compiled: the members' own start finders never are.
    assert all("starts" not in pattern._compiled for _, pattern in members)
    assert set(scanner.combined._compiled) <= {"starts", "anchors"}
    # A rule no start in the text could begin is not compiled at all; compile_all compiles what a scan may use.
    unreached = Scanner([("c", WordPattern(r"zebra crossing")), ("d", WordPattern(r"hello there"))])
    assert unreached.scan("hello there") == {"d": [(0, 11)]}
    assert "plain" not in unreached.named[0][1]._compiled and "plain" in unreached.named[1][1]._compiled
    scanner.compile_all()
    assert all(pattern._compiled.keys() >= {"plain", "other", "anchors"} for _, pattern in members)
