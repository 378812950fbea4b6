"""The guard trainer's quick paths give the very numbers of the plain computation they replace: the out-of-fold
evidence from counts taken once (the rest's counts as the total less the left-out group's), and the Newton fit
summed entry by entry. Compared bit for bit with the plain computation, written out here as the reference."""

from __future__ import annotations

import math
import random
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _trainer():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import train_guard
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return train_guard


trainer = _trainer()


def _plain_ngram_weights(rows, part, min_docs=trainer.MIN_DOCS):
    """Every author's messages counted anew (capped at AUTHOR_CAP when there are several authors)."""
    pitch, other = Counter(), Counter()
    by_author = {}
    for r in rows:
        by_author.setdefault(r.author, []).append(r)
    cap = trainer.AUTHOR_CAP if len(by_author) > 1 else None
    for author in sorted(by_author):
        mine_pitch, mine_other = Counter(), Counter()
        for r in by_author[author]:
            (mine_pitch if r.y else mine_other).update(getattr(r, part))
        for mine, total in ((mine_pitch, pitch), (mine_other, other)):
            total.update({gram: min(n, cap) for gram, n in mine.items()} if cap else mine)
    total_pitch, total_other = sum(pitch.values()) or 1, sum(other.values()) or 1
    base = math.log(total_other / total_pitch)
    out = {}
    for gram in sorted(pitch.keys() | other.keys()):
        p, o = pitch[gram], other[gram]
        if p + o >= min_docs:
            w = math.log(p + trainer.SMOOTHING) - math.log(o + trainer.SMOOTHING) + base
            if abs(w) >= trainer.PRUNE_BELOW:
                out[gram] = round(w, trainer.NGRAM_DECIMALS)
    return out


def _plain_out_of_fold(examples):
    """Each group left out in turn, the rest's n-gram weights computed anew over every n-gram."""
    prepared = [trainer.prepare(e) for e in examples]
    authors = sorted({e.author for e in examples})
    groups = [e.author for e in examples] if len(authors) > 1 else [str(i % 5) for i in range(len(examples))]
    out = [{} for _ in examples]
    for group in sorted(set(groups)):
        rest = [r for r, g in zip(prepared, groups, strict=True) if g != group]
        word_w, char_w = _plain_ngram_weights(rest, "words"), _plain_ngram_weights(rest, "chars")
        for i, g in enumerate(groups):
            if g == group:
                out[i] = trainer.with_evidence(prepared[i], word_w, char_w)
    return out


@pytest.fixture(scope="module")
def corpus():
    """A slice of the real corpus: real drafts, with numbers, P.S. and sentences whose tokens are not all names."""
    by_author = {}
    for e in trainer.load_corpus():
        by_author.setdefault(e.author, []).append(e)
    return {author: by_author[author][:45] for author in ("team", "t1", "t7", "t20")}


@pytest.mark.parametrize("authors", [("team", "t1", "t7", "t20"), ("t1", "t7"), ("t20",)])
def test_out_of_fold_evidence_is_bit_for_bit_the_rest_counted_anew(corpus, authors):
    # Four authors (each capped), two (the rest is one author, uncapped) and one (left out by fifths).
    examples = [e for a in authors for e in corpus[a]]
    quick = trainer.out_of_fold(examples)
    assert quick == _plain_out_of_fold(examples)
    assert any(v for row in quick for k, v in row.items() if k in ("ngram:peak", "ngram:first", "ngram:ps"))


def test_the_sentence_evidence_reads_n_grams_the_messages_names_do_not_hold(corpus):
    # Why `lookups` is wider than `words`: the sentence evidence reads numbers as "#" and pairs across the words
    # `words()` drops, so weights worked out for the names alone would leave these out.
    extra = [r.lookups - r.words for r in map(trainer.prepare, corpus["t1"] + corpus["team"])]
    assert any(extra)
    assert all(r.words <= r.lookups and r.ps_words <= r.lookups for r in map(trainer.prepare, corpus["t7"]))


def test_the_ngram_weights_of_all_messages_are_those_counted_anew(corpus):
    rows = [trainer.prepare(e) for a in corpus for e in corpus[a]]
    for part in ("words", "chars"):
        assert trainer.ngram_weights(rows, part) == _plain_ngram_weights(rows, part)
        assert trainer.ngram_weights(rows[:45], part) == _plain_ngram_weights(rows[:45], part)  # one author, uncapped


def _plain_newton(rows, ys, weights, l2=trainer.L2):
    """The Newton fit summed row by row: the signals' names and the unrounded weights (the bias last)."""
    names = sorted({k for r in rows for k in r})
    index = {n: i for i, n in enumerate(names)}
    d = len(names) + 1
    sparse = [[(index[k], v) for k, v in sorted(r.items()) if v] + [(d - 1, 1.0)] for r in rows]
    w = [0.0] * d
    for _ in range(trainer.NEWTON_STEPS):
        grad = [l2 * w[j] for j in range(d - 1)] + [0.0]
        hess = [[0.0] * d for _ in range(d)]
        for j in range(d - 1):
            hess[j][j] = l2
        hess[d - 1][d - 1] = 1e-6
        for row, y, sw in zip(sparse, ys, weights, strict=True):
            z = sum(w[j] * v for j, v in row)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g, h = sw * (p - y), sw * p * (1.0 - p)
            for j, v in row:
                grad[j] += g * v
                hv = h * v
                for k, u in row:
                    hess[j][k] += hv * u
        step = trainer._solve(hess, grad)
        w = [a - b for a, b in zip(w, step, strict=True)]
        if max(map(abs, step)) < 1e-6:
            break
    return names, w


def test_the_newton_fit_summed_entry_by_entry_is_the_fit_summed_row_by_row():
    rng = random.Random(7)
    rows, ys = [], []
    for _ in range(400):
        y = float(rng.random() < 0.4)
        row = {f"s{k}": rng.gauss(y, 1.0) for k in range(6) if rng.random() < 0.6}  # continuous, sparse
        row.update({f"rule:{k}": 1.0 for k in range(4) if rng.random() < 0.1 + 0.3 * y})
        row["never"] = 0.0  # a signal always zero: in no row of the fit
        rows.append(row)
        ys.append(y)
    sample = [2.0 if y == 0 and i % 3 else 1.0 for i, y in enumerate(ys)]
    # Unrounded: the same to the last bit, not merely to the four decimals the model keeps.
    assert trainer._newton(rows, ys, sample, trainer.L2) == _plain_newton(rows, ys, sample)
    assert trainer._newton(rows[:1], ys[:1], sample[:1], trainer.L2) == _plain_newton(rows[:1], ys[:1], sample[:1])
