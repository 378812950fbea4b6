"""The phrase matcher finds what it found before it stopped reading Python's private regex parser, what it
found before an Aho–Corasick automaton replaced its combined start regex, and where each rule's plain
alternation would, on every message of the corpora.

The old matchers are read from git history (OLD_MATCHER_COMMIT: the last commit whose patterns.py imported
re._parser; REGEX_FINDER_COMMIT: the last whose Scanner found starts with one combined regex) and run on
today's lexicons, so the comparison follows the rules as they change; without git history, or on a Python
that no longer has re._parser, those tests are skipped and the comparison with the plain alternation still runs.
"""

from __future__ import annotations

import json
import re
import subprocess
import types
from pathlib import Path

import pytest
from guard_start_regex import starts  # the reference start finder, one regex per rule (tests/)
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.guard.model import fold
from companion.guard.patterns import _possible_prefixes
from companion.guard.pitch_guard import _SCANNER

ROOT = Path(__file__).resolve().parents[1]
OLD_MATCHER_COMMIT = "ac29f774deec541253c252262a6d4216b78963d5"
REGEX_FINDER_COMMIT = "57b5ae037e9eb778860f97f845e3deb620269d77"
# The whole training corpus: the team's messages and the blind authors' (t1..t6).
CORPUS_FILES = sorted((ROOT / "companion" / "guard" / "data" / "guard_corpus").glob("*.jsonl"))


def _corpus() -> list[str]:
    texts = []
    for path in CORPUS_FILES:
        with path.open(encoding="utf-8") as lines:
            texts.extend(fold(json.loads(line)["text"]) for line in lines if line.strip())
    return texts


CORPUS = _corpus()


def _patterns_at(commit: str) -> types.ModuleType:
    """companion/guard/patterns.py as it was at `commit`, as a module of its own."""
    try:
        source = subprocess.run(
            ["git", "show", f"{commit}:companion/guard/patterns.py"], cwd=ROOT,
            capture_output=True, text=True, check=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        pytest.skip("the old matcher is read from git history, which this checkout does not have")
    module = types.ModuleType(f"guard_patterns_{commit[:7]}")
    try:
        exec(compile(source, f"{commit[:7]}:companion/guard/patterns.py", "exec"), module.__dict__)
    except ImportError:
        pytest.skip("this Python no longer has the private parser the old matcher read")
    return module


def _scanner_of(module: types.ModuleType):
    """Today's lexicons, in the Scanner of an old matcher."""
    return module.Scanner([(name, module.WordPattern(*pattern.alternatives)) for name, pattern in _SCANNER.named])


@pytest.fixture(scope="module")
def old_patterns() -> types.ModuleType:
    return _patterns_at(OLD_MATCHER_COMMIT)


@pytest.fixture(scope="module")
def old_scanner(old_patterns):
    return _scanner_of(old_patterns)


@pytest.fixture(scope="module")
def regex_finder_scanner():
    return _scanner_of(_patterns_at(REGEX_FINDER_COMMIT))


def test_the_corpora_are_there():
    assert len(CORPUS) >= 900


def test_every_lexicon_alternative_spells_the_same_first_letters_as_before(old_patterns):
    alternatives = sorted({alt for _, pattern in _SCANNER.named for alt in pattern.alternatives})
    differ = [alt for alt in alternatives if _possible_prefixes(alt) != old_patterns._possible_prefixes(alt)]
    assert differ == []


def test_the_scanner_finds_the_same_spans_as_before_on_every_corpus_message(old_scanner):
    differ = [text for text in CORPUS if _SCANNER.scan(text) != old_scanner.scan(text)]
    assert differ == [], f"{len(differ)} of {len(CORPUS)} messages, e.g. {differ[0]!r}"


# Words of the lexicons, numbers, hyphens and links: random drafts dense with near-matches.
_VOCABULARY = sorted({w for _, p in _SCANNER.named for alt in p.alternatives for w in re.findall(r"[a-z']+", alt)}
                     | {"1", "15", "20%", "3x", "-", "a-", "b2b-saas", "co-founders", "calendly.com/x",
                        "https://cal.com/a", "www.calendly.com", "?", "!", "."})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_VOCABULARY), max_size=30).map(" ".join))
def test_the_scanner_finds_the_same_spans_as_before_on_drafts_made_of_lexicon_words(old_scanner, text):
    assert _SCANNER.scan(text) == old_scanner.scan(text)


def test_the_automaton_finds_the_same_spans_as_the_combined_start_regex_on_every_corpus_message(regex_finder_scanner):
    differ = [text for text in CORPUS if _SCANNER.scan(text) != regex_finder_scanner.scan(text)]
    assert differ == [], f"{len(differ)} of {len(CORPUS)} messages, e.g. {differ[0]!r}"


def test_the_automaton_starts_wherever_the_combined_start_regex_did_on_the_corpus(regex_finder_scanner):
    # A superset: the automaton reads only first letters, and the patterns tried there decide.
    missed = [text for text in CORPUS if not set(regex_finder_scanner.combined.literal_starts(text)) <= set(_SCANNER.starts(text))]
    assert missed == []


# Besides lexicon words: emoji outside the Basic Multilingual Plane (offsets are in characters), accents,
# underscores, digits glued to words, long runs of punctuation.
_HOSTILE = ["😀", "👩‍💻", "🇫🇷", "é", "ß", "_", "a_b", "x3", "3x3", "----", "...", "—", "\n", "\t", "«", "»", "'", "'s"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_VOCABULARY + _HOSTILE), max_size=40).map(" ".join))
def test_the_automaton_finds_the_same_spans_as_the_combined_start_regex_on_fuzzed_drafts(regex_finder_scanner, text):
    assert _SCANNER.scan(text) == regex_finder_scanner.scan(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_VOCABULARY + _HOSTILE), max_size=20).map("".join))
def test_the_same_spans_when_words_run_together(regex_finder_scanner, text):
    assert _SCANNER.scan(text) == regex_finder_scanner.scan(text)


def test_every_lexicon_prefix_the_cache_gave_is_what_the_analysis_says():
    # Whatever the cache file beside the bytecode held, each rule starts with what its alternatives spell.
    from companion.guard.patterns import _PREFIX_CACHE, FINDER_LETTERS, _expand_leading_group, _head
    for name, pattern in _SCANNER.named:
        plain = [a for alt in pattern.alternatives for a in _expand_leading_group(alt) if _head(a) is not None]
        assert pattern.prefixes == frozenset().union(*map(_possible_prefixes, plain)), name
        assert all(_PREFIX_CACHE.prefixes(a, FINDER_LETTERS) == _possible_prefixes(a, FINDER_LETTERS) for a in plain), name


@pytest.fixture(scope="module")
def plain_alternations() -> list[tuple[str, object, re.Pattern[str]]]:
    """Each rule as one plain alternation: where it matches at a word start, without any of the tricks."""
    return [(name, pattern, re.compile(r"(?<!\w)(?=(?:" + "|".join(pattern.alternatives) + r")(?![\w]))"))
            for name, pattern in _SCANNER.named]


def test_each_rule_starts_where_its_plain_alternation_would_on_the_corpus(plain_alternations):
    # Every third message keeps this under a second; the scanner comparison above reads them all.
    differ = [(name, text) for text in CORPUS[::3] for name, pattern, plain in plain_alternations
              if starts(pattern, text) != [m.start() for m in plain.finditer(text)]]
    assert differ == []


def test_the_scanner_keeps_the_first_of_each_rules_starts_on_the_corpus(plain_alternations):
    # Each match the scanner keeps starts where the plain alternation finds one, and the first one found
    # is kept.
    for text in CORPUS[::3]:
        found = _SCANNER.scan(text)
        for name, _, plain in plain_alternations:
            starts = [m.start() for m in plain.finditer(text)]
            kept = [s for s, _ in found.get(name, [])]
            assert set(kept) <= set(starts) and kept[:1] == starts[:1], (name, text)
