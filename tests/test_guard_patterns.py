"""The prefix-tree matcher finds exactly what the plain alternation would, only faster."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.guard.patterns import Scanner, WordPattern, _possible_prefixes
from companion.guard.pitch_guard import PITCH_RULES

ALTERNATIVES = (
    r"we (?:help|helped|work with) (?:\w+ ){0,2}(?:companies|teams)", r"(?:quick|short) (?:call|demo)", r"demo",
    r"[0-9]{1,2} ?% off", r"free trial", r"calendly\.com\S*", r"be your own boss", r"(?:a |the )?demo call",
    # led by any word: found from the words after it
    r"[\w-]+ (?:leaders|founders) i (?:speak|work) with", r"\w+ quick questions?", r"[0-9]+x (?:your|more)",
)
WORDS = ["we", "help", "helped", "work", "with", "small", "companies", "teams", "quick", "short", "call", "demo",
         "20%", "20", "%", "off", "free", "trial", "calendly.com/x", "be", "your", "own", "boss", "a", "the",
         "xdemo", "demos", "hello", "saas", "co-founders", "leaders", "founders", "i", "speak", "quick", "questions",
         "question", "3", "3x", "two", "-", "a-", "_", "b2b-saas", "b2b"]


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
