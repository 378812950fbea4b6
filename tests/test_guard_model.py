"""The guard's model: the shipped weights are what the trainer makes, the blind set stays frozen and unseen, and
the model's evidence can decide a verdict on its own, always pointing at words of the draft."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

from companion.guard.model import MODEL_PATH, fold, load_model
from companion.guard.pitch_guard import analyse, check_draft

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "companion" / "guard" / "data"
BLIND = DATA / "guard_blind"


def _trainer():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import train_guard
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return train_guard


def test_the_shipped_weights_load_and_score_the_corpus_as_the_trainer_reported():
    trainer = _trainer()
    model = load_model()
    corpus = trainer.load_corpus()
    assert model.meta["trained_on"] == len(corpus)
    reported = model.meta["corpus"]
    measured = trainer.fingerprint(model, corpus)
    assert measured["messages"] == reported["messages"]
    assert abs(measured["score_sum"] - reported["score_sum"]) <= 0.05, (measured, reported)
    assert abs(measured["at_block"] - reported["at_block"]) <= 2, (measured, reported)


@pytest.mark.slow
def test_the_shipped_weights_are_what_the_trainer_makes_from_the_corpus():
    trainer = _trainer()
    retrained = trainer.train(trainer.load_corpus())
    shipped = load_model()
    stale = "the guard's weights are stale: run `python scripts/train_guard.py` after changing the corpus or the rules"
    assert retrained.combine.keys() == shipped.combine.keys(), stale
    assert all(abs(retrained.combine[k] - shipped.combine[k]) <= 1e-3 for k in shipped.combine), stale
    assert abs(retrained.bias - shipped.bias) <= 1e-3, stale
    assert retrained.words == shipped.words and retrained.chars == shipped.chars, stale


def test_the_weights_file_is_small_and_plain_json():
    assert MODEL_PATH.stat().st_size < 1_000_000
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert {"bias", "combine", "words", "chars", "meta"} <= data.keys()


def test_the_blind_set_is_frozen_and_never_trained_on():
    frozen = json.loads((BLIND / "FROZEN.json").read_text(encoding="utf-8"))
    for name, digest in frozen["sha256"].items():
        assert hashlib.sha256((BLIND / name).read_bytes()).hexdigest() == digest, f"{name} changed after it was frozen"
    blind = {fold(json.loads(line)["text"]).strip() for name in frozen["sha256"]
             for line in (BLIND / name).read_text(encoding="utf-8").splitlines() if line.strip()}
    trainer = _trainer()
    assert not trainer.BLIND_DIR.is_relative_to(trainer.CORPUS_DIR)  # the trainer reads only CORPUS_DIR
    training = {fold(e.text).strip() for e in trainer.load_corpus()}
    assert not blind & training


# No rule fires on this one: before, such a draft was always ok whatever the model said.
NO_RULE_PITCH = ("Hi Ana, thanks for connecting! I run a small bookkeeping firm for restaurants, so if you ever need "
                 "a hand with the books, that is exactly what we do.")


def test_the_model_alone_can_decide_and_its_reasons_are_words_of_the_draft():
    analysis = analyse(NO_RULE_PITCH)
    assert not analysis.hits
    verdict = check_draft(NO_RULE_PITCH, "stranger")
    assert verdict.verdict == "block", verdict.score
    assert verdict.reasons and {r.rule for r in verdict.reasons} == {"wording"}
    for r in verdict.reasons:
        quoted = NO_RULE_PITCH[r.start:r.end]
        assert quoted and quoted == quoted.strip() and quoted[0].isalnum() and quoted[-1].isalnum(), r


def test_a_p_s_that_sells_is_read_on_its_own():
    body = "Congrats on the promotion, Marta! Really well deserved after the launch last year."
    assert check_draft(body, "stranger").verdict == "ok"
    sold = body + "\n\nP.S. We help teams like yours cut their cloud bill by 30%, happy to send you our case study."
    assert check_draft(sold, "stranger").verdict == "block"
    assert analyse(sold).signals["ps"] == 1.0


def test_a_link_alone_reads_as_a_funnel():
    assert check_draft("Hey! Made this just for you: loom.com/share/8f2c1a", "stranger").verdict == "block"
