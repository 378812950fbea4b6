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


def test_the_combination_counts_a_genuine_message_more_than_a_personal_ask():
    # The operating point is set by genuine messages flagged, so the fit leans on telling pitches from them.
    trainer = _trainer()
    make = lambda label: trainer.Example("x", "text", label, "none", "en", "train")  # noqa: E731
    weights = {label: trainer.sample_weight(make(label)) for label in trainer.LABELS}
    assert weights["pitch"] == 1.0 and weights["genuine"] > weights["personal-ask"] > 0
    assert load_model().meta["genuine_weight"] == trainer.GENUINE_WEIGHT  # the shipped weights were fit so


def test_one_authors_habit_counts_at_most_author_cap_messages():
    """An n-gram's counts are capped per author: a phrase one writer repeats in many pitches weighs no more than a few
    of their messages, while the same phrase from as many different writers weighs in full."""
    trainer = _trainer()

    def row(author: str, pitch: bool, *grams: str):
        return trainer.Prepared({}, frozenset(grams), frozenset(), frozenset(), ([], []), float(pitch), author)

    filler = [row(f"o{i}", False, "hello") for i in range(20)] + [row(f"p{i}", True, "hello") for i in range(20)]
    one_writer = filler + [row("t1", True, "habit") for _ in range(12)] + [row("t2", False, "habit")]
    many_writers = filler + [row(f"w{i}", True, "habit") for i in range(12)] + [row("t2", False, "habit")]
    capped = trainer.ngram_weights(one_writer, "words")["habit"]
    assert capped < trainer.ngram_weights(many_writers, "words")["habit"]
    at_cap = trainer.ngram_weights([*filler, *[row("t1", True, "habit") for _ in range(trainer.AUTHOR_CAP)],
                                      row("t2", False, "habit")], "words")["habit"]
    assert capped == at_cap  # twelve messages of one writer count as AUTHOR_CAP
    assert load_model().meta["author_cap"] == trainer.AUTHOR_CAP  # the shipped weights were fit so


def test_the_weights_file_is_small_and_plain_json():
    # It grows with the corpus (1.1 MB at seventeen authors, 1.6 MB at twenty-seven, 1.8 MB at thirty, 2.04 MB at thirty-six
    # with three decimals, 1.93 MB with the two n-gram weights now keep, 2.02 MB at thirty-nine, 2.13 MB at forty-seven);
    # the server loads it once, at start-up, before it answers (tests/test_guard_warmup.py).
    assert MODEL_PATH.stat().st_size < 2_200_000
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
NO_RULE_PITCH = ("Hi Tom, our bookkeeping team closes the month for restaurants in three days, and the first month "
                 "costs nothing. Shall I send over the details?")


def test_the_model_alone_can_decide_and_its_reasons_are_words_of_the_draft():
    analysis = analyse(NO_RULE_PITCH)
    assert not analysis.hits
    verdict = check_draft(NO_RULE_PITCH, "stranger")
    assert verdict.verdict == "block", verdict.score
    assert verdict.reasons and {r.rule for r in verdict.reasons} == {"wording"}
    for r in verdict.reasons:
        quoted = NO_RULE_PITCH[r.start:r.end]
        assert quoted and quoted == quoted.strip() and quoted[0].isalnum() and quoted[-1].isalnum(), r


def test_the_senders_own_offer_is_a_reason_even_without_sales_words():
    # The "thanks for connecting, let me know if you ever need X, that's what we do".
    text = ("Hi Ana, thanks for connecting! I run a small bookkeeping firm for restaurants, so if you ever need "
            "a hand with the books, that is exactly what we do.")
    verdict = check_draft(text, "stranger")
    assert verdict.verdict == "block", verdict.score
    offered = [text[r.start:r.end] for r in verdict.reasons if r.rule == "own-offer"]
    assert offered == ["I run a small bookkeeping firm", "that is exactly what we do"]


def test_a_p_s_that_sells_is_read_on_its_own():
    body = "Congrats on the promotion, Marta! Really well deserved after the launch last year."
    assert check_draft(body, "stranger").verdict == "ok"
    sold = body + "\n\nP.S. We help teams like yours cut their cloud bill by 30%, happy to send you our case study."
    assert check_draft(sold, "stranger").verdict == "block"
    assert analyse(sold).signals["ps"] == 1.0


def test_a_link_alone_reads_as_a_funnel():
    assert check_draft("Hey! Made this just for you: loom.com/share/8f2c1a", "stranger").verdict == "block"


def test_words_that_say_the_same_in_five_languages_share_a_concept():
    from companion.guard.model import word_names, words

    spoken = {lang: word_names(words(fold(text))) for lang, text in {
        "en": "Our free trial", "es": "Nuestra prueba gratis", "fr": "Notre essai gratuit",
        "de": "Unsere kostenlose Testphase", "pt": "Nossa teste gratuito"}.items()}
    for lang, names in spoken.items():
        assert {"@our", "@free", "@trial"} <= names, lang
    assert "@our @free" in spoken["en"] and "@trial @free" in spoken["es"]


def test_concepts_never_become_a_reason_that_points_at_nothing():
    # Concept names are in the weights, but a reason must quote the draft: only plain words are offered.
    model = load_model()
    assert any(name.startswith("@") for name in model.words)
    toks = "nuestra prueba gratis para tu empresa".split()
    assert all(first <= last < len(toks) for _, first, last in model.strong_terms(toks, 0.0))


def test_a_pitch_in_one_sentence_of_a_long_friendly_note_is_read_on_its_own():
    friendly = ("Hi Marta, it was so good to catch up at the reunion last weekend. The photos from the lake came out "
                "great and I loved hearing about your trip to Lisbon with the kids. ")
    pitch = "We help teams like yours cut their cloud bill by 30%, can I send you our pricing? "
    signals = analyse(friendly + pitch).signals
    assert signals["ngram:peak"] > signals["ngram:words"]  # the mean over the whole note dilutes it
    assert analyse(friendly).signals["ngram:peak"] < signals["ngram:peak"]


def test_a_genuine_opener_that_turns_to_the_senders_offer_is_read_by_its_first_and_last_sentences():
    opener = "Congrats on the new role at Brightline, Laura, so well deserved! "
    turn = "If your team ever needs help with payroll, we do exactly that and our first month is free."
    signals = analyse(opener + turn).signals
    assert signals["ngram:last"] > signals["ngram:first"]
    # The trained combination weighs the last sentence for a pitch and the first against one: the turn is the tell.
    combine = load_model().combine
    assert combine["ngram:last"] > 0 > combine["ngram:first"]
    # One sentence has no first and last of its own.
    alone = analyse("Congrats on the new role at Brightline, Laura, so well deserved").signals
    assert alone["ngram:first"] == alone["ngram:last"] == 0.0
    # Flipped, the offer first and the congratulations last, the last sentence says less.
    assert analyse(turn + " " + opener).signals["ngram:last"] < signals["ngram:last"]


def test_new_authors_are_added_checked_and_never_repeat_the_corpus_or_the_blind_set(tmp_path):
    trainer = _trainer()
    corpus, blind, source = tmp_path / "corpus", tmp_path / "blind", tmp_path / "source"
    for directory in (corpus, blind, source):
        directory.mkdir()
    kept = {"id": "t1-0001", "text": "Congrats on the launch!", "label": "genuine", "ask": "none", "language": "en",
            "author": "t1", "family": "congratulations", "hard": False}
    (corpus / "t1.jsonl").write_text(json.dumps(kept) + "\n", encoding="utf-8")
    (blind / "b1.jsonl").write_text(json.dumps({**kept, "text": "A blind message, never to be trained on."}) + "\n",
                                    encoding="utf-8")
    new = [{"text": "Congrats on the LAUNCH!", "label": "genuine", "ask": "none", "language": "en", "family": "congratulations"},
           {"text": "A blind message, never to be trained on.", "label": "genuine", "ask": "none", "language": "en", "family": "x"},
           {"text": "Hola, ¿te mando una demo de nuestra plataforma?", "label": "pitch", "ask": "medium", "language": "es",
            "family": "saas-demo", "hard": True, "persona": "founder"}]
    (source / "t8.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in new), encoding="utf-8")
    (source / "t1.jsonl").write_text(json.dumps(new[2], ensure_ascii=False) + "\n", encoding="utf-8")  # already in: left
    assert trainer.add_authors(source, corpus, blind) == {"t8": 1, "t8 dropped": 2}
    rows = [json.loads(line) for line in (corpus / "t8.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["author"], r["label"], r["hard"]) for r in rows] == [("t8-0001", "t8", "pitch", True)]
    assert json.loads((corpus / "t1.jsonl").read_text(encoding="utf-8")) == kept
    (source / "t9.jsonl").write_text(json.dumps({**new[2], "label": "spam"}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="t9.jsonl:1"):
        trainer.add_authors(source, corpus, blind)
    # A file still being written is left for later when the authors to add are named.
    assert trainer.add_authors(source, corpus, blind, only=["t10"]) == {}
    assert not (corpus / "t9.jsonl").exists()


def test_every_published_template_names_its_source_and_a_licence_that_allows_it():
    rows = [json.loads(line) for line in (DATA / "guard_corpus" / "public.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rows
    for row in rows:
        assert row["author"].startswith("github:") and row["source"].startswith(f"https://github.com/{row['author'][7:]}/blob/")
        assert row["licence"].split()[0] in {"MIT", "Apache-2.0"}, row["id"]
        assert "[" not in row["text"], row["id"]  # every placeholder filled or unbracketed
