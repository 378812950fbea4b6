"""The guard made faster gives the answers it gave: one read of a draft gives the words and the sentences the two
readers it replaced gave, the scan finds the replies and confirmations their own regexes found, tries at a start
only the patterns whose first letters are spelt there, and the model's features come out in the same order (the
sums over them are floats: another order would change a score's last digits).

The references below are the previous code, kept here as the definition of what the faster code must give."""

from __future__ import annotations

import json
import re
from heapq import nlargest
from itertools import accumulate, repeat
from operator import add
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from companion.guard.model import (
    _LEAD_WORDS,
    CHAR_N,
    CONCEPTS,
    ENDING_LENGTH,
    ENDING_MIN_WORD,
    GREETINGS,
    MONTH,
    MONTHS,
    NAME,
    PEAK_MIN_WORDS,
    SHRINK_PEAK,
    STEM_LENGTH,
    STEM_MIN_WORD,
    TOP_TERMS,
    WH_MARK,
    WH_WORDS,
    char_grams,
    fold,
    load_model,
    read_draft,
    sentence_evidence,
    sentences,
    word_names,
    words,
)
from companion.guard.patterns import Scanner, WordPattern
from companion.guard.pitch_guard import _ANSWERS_THEIR_ASK, _CONFIRMS, _SCANNER, _sentences, analyse

ROOT = Path(__file__).resolve().parents[1]
CORPUS_FILES = sorted((ROOT / "companion" / "guard" / "data" / "guard_corpus").glob("*.jsonl"))


def _corpus() -> list[str]:
    texts = []
    for path in CORPUS_FILES:
        with path.open(encoding="utf-8") as lines:
            texts.extend(fold(json.loads(line)["text"]) for line in lines if line.strip())
    return texts


CORPUS = _corpus()

# The previous readers: words (with "?" tokens and sentence ends) and sentences, each a regex of its own.
_TOKEN_OR_END_RE = re.compile(r"[^\W_]+|[%$€£?]|(?<![.!])[.!]+(?=\s|$)|\n")
_SEGMENT_RE = re.compile(r"[^\W_]+|[%$€£]|(?<![.!?])[.!?]+(?=\s|$)|\n")


def _words_before(folded: str) -> list[str]:
    out = []
    after_greeting = False
    led = 0
    wh = False
    for w in _TOKEN_OR_END_RE.findall(folded):
        if w[0] in ".!\n":
            led, wh = 0, False
            continue
        if w == "?":
            if wh:
                w = WH_MARK
            led, wh = 0, False
        elif w.isdigit():
            w = "#"
        elif w in MONTHS:
            w = MONTH
        elif after_greeting and w.isalpha():
            w = NAME
        elif led < 2 and w not in GREETINGS and w not in _LEAD_WORDS:
            led += 1
            wh = wh or w in WH_WORDS
        after_greeting = w in GREETINGS
        out.append(w)
    return out


def _sentences_before(folded: str) -> tuple[list[str], list[tuple[int, int]]]:
    toks: list[str] = []
    bounds: list[tuple[int, int]] = []
    start = 0
    for seg in _SEGMENT_RE.findall(folded):
        if seg[0] in "?!.\n":
            if len(toks) - start >= PEAK_MIN_WORDS:
                bounds.append((start, len(toks)))
            start = len(toks)
        else:
            toks.append("#" if seg.isdigit() else MONTH if seg in MONTHS else seg)
    if len(toks) - start >= PEAK_MIN_WORDS:
        bounds.append((start, len(toks)))
    return toks, bounds


def _word_names_before(toks: list[str]) -> set[str]:
    names = set(toks)
    names.update(["~" + w[:STEM_LENGTH] for w in names if len(w) >= STEM_MIN_WORD])
    names.update(["-" + w[-ENDING_LENGTH:] for w in names if len(w) >= ENDING_MIN_WORD and w[0] != "~"])
    names.update(map(" ".join, zip(toks, toks[1:], strict=False)))
    names.update(map(CONCEPTS.get, names & CONCEPTS.keys()))
    concepts = list(map(CONCEPTS.get, toks, toks))
    names.update(map(" ".join, zip(concepts, concepts[1:], strict=False)))
    return names


def _char_grams_before(folded: str) -> set[str]:
    grams: set[str] = set()
    for chunk in set(folded.split()):
        padded = " " + chunk + " "
        grams.update([padded[i:i + CHAR_N] for i in range(len(padded) - CHAR_N + 1)])
    return grams


def _sentence_evidence_before(toks, bounds, names, weights) -> tuple[float, float, float, float]:
    get = weights.get
    top = sum(w for w in nlargest(TOP_TERMS, map(get, names, repeat(0.0))) if w > 0) / TOP_TERMS
    if not bounds:
        return 0.0, top, 0.0, 0.0
    concepts = map(get, map(CONCEPTS.get, toks), repeat(0.0))
    singles = list(accumulate(map(add, map(get, toks, repeat(0.0)), concepts), initial=0.0))
    pairs = list(accumulate(map(get, map(" ".join, zip(toks, toks[1:], strict=False)), repeat(0.0)), initial=0.0))

    def sentence(a: int, b: int) -> float:
        return (singles[b] - singles[a] + pairs[b - 1] - pairs[a]) / (2 * (b - a) - 1 + SHRINK_PEAK)

    peak = max(sentence(a, b) for a, b in bounds)
    if len(bounds) < 2:
        return peak, top, 0.0, 0.0
    return peak, top, sentence(*bounds[0]), sentence(*bounds[-1])


def _sentence_ends_before(folded: str) -> list[tuple[int, int, bool]]:
    out, start = [], 0
    for m in re.finditer(r"[.!?\n]+", folded):
        out.append((start, m.end(), "?" in m.group()))
        start = m.end()
    if start < len(folded):
        out.append((start, len(folded), False))
    return out


# Marks in every arrangement, spaces of every kind (Python's \s has more than " \t\n"), digits of other scripts,
# greetings, question words, currency signs.
_PIECES = ["a", "hi", "hello", "what", "how", "and", "sam", "x", "3", "42", "٣", "²", " ", " ", "  ", "\n", "\t", "\u00a0",
           "\x1c", "\u2028", "?", "?", "!", ".", "..", "?!", "!?", "%", "$", "€", "_", "é", "ß", ",", ")", "'"]


def test_one_read_gives_the_words_and_the_sentences_the_two_readers_gave_on_the_corpus():
    differ = [text for text in CORPUS
              if read_draft(text) != (_words_before(text), *_sentences_before(text))]
    assert differ == [], f"{len(differ)} of {len(CORPUS)} messages, e.g. {differ[0]!r}"


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_one_read_gives_the_words_and_the_sentences_the_two_readers_gave_around_any_marks(text):
    assert read_draft(text) == (_words_before(text), *_sentences_before(text))
    assert words(text) == _words_before(text) and sentences(text) == _sentences_before(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_sentences_end_where_they_did(text):
    assert _sentences(text) == _sentence_ends_before(text)


def _as_one_regex(pattern: WordPattern) -> re.Pattern[str]:
    """A phrase list as the regex it was before it joined the scan: anywhere not after a word character."""
    return re.compile(r"(?:^|\W)(?:" + "|".join(pattern.alternatives) + r")(?![\w])")


def test_replies_and_confirmations_are_found_by_the_scan_where_their_own_regexes_found_them():
    assert {"answers-their-ask", "confirms-arrangement"} <= {name for name, _ in _SCANNER.named}
    for name, pattern in (("answers-their-ask", _ANSWERS_THEIR_ASK), ("confirms-arrangement", _CONFIRMS)):
        regex = _as_one_regex(pattern)
        differ = [text for text in CORPUS if (name in _SCANNER.scan(text)) != (regex.search(text) is not None)]
        assert differ == [], (name, differ[:3])
        assert sum(regex.search(text) is not None for text in CORPUS) >= 5  # the corpus does say them


_PHRASE_WORDS = sorted({w for p in (_ANSWERS_THEIR_ASK, _CONFIRMS) for alt in p.alternatives
                        for w in re.findall(r"[a-z']+", alt)} | {"-", ",", ".", "x", "3"})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PHRASE_WORDS), max_size=12).map(" ".join))
def test_replies_and_confirmations_are_found_where_their_regexes_found_them_in_drafts_made_of_their_words(text):
    found = _SCANNER.scan(text)
    assert ("answers-their-ask" in found) == (_as_one_regex(_ANSWERS_THEIR_ASK).search(text) is not None)
    assert ("confirms-arrangement" in found) == (_as_one_regex(_CONFIRMS).search(text) is not None)


def test_a_start_is_tried_only_for_the_patterns_whose_first_letters_are_spelt_there():
    # "the right person" and "there is" share their first three letters: at "there is" only one can match.
    right, there = WordPattern("the right person"), WordPattern("there is")
    scanner = Scanner([("right", right), ("there", there)])
    spelt = scanner._spelt("so there is the right person")
    assert sorted(spelt) == [3, 12]
    assert [name for name, _, _ in scanner._candidates(spelt[3])] == ["there"]
    assert [name for name, _, _ in scanner._candidates(spelt[12])] == ["right"]
    assert scanner.scan("so there is the right person") == {"there": [(3, 11)], "right": [(12, 28)]}


def test_the_models_features_come_out_in_the_order_they_did():
    # Iteration order, not only the same members: the evidence sums floats in that order.
    for text in CORPUS[::2]:
        toks = words(text)
        assert list(word_names(toks)) == list(_word_names_before(toks)), text
        assert list(char_grams(text)) == list(_char_grams_before(text)), text


def test_the_sentences_evidence_is_the_same_to_the_last_digit():
    model = load_model()
    for text in CORPUS[::3]:
        toks, plain, bounds = read_draft(text)
        names = word_names(toks)
        before = _sentence_evidence_before(plain, bounds, names, model.words)
        assert sentence_evidence(plain, bounds, names, model.words) == before, text
        given_weights = list(map(model.words.get, names, repeat(0.0)))
        assert sentence_evidence(plain, bounds, names, model.words, given_weights) == before, text


def test_the_strongest_terms_are_the_largest_as_before():
    model = load_model()
    strong = {k: v for k, v in model.words.items() if v >= 0.45 and k[0] not in "~-" and "@" not in k and "?" not in k}
    for text in CORPUS[::7]:
        analysis = analyse(text)
        present = word_names(analysis.toks) & strong.keys()
        largest = nlargest(12, ((strong[n], n) for n in present))
        assert [weight for weight, _, _ in model.strong_terms(analysis.toks, 0.45, 12)] == [w for w, _ in largest]
