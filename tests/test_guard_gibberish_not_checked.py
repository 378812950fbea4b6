"""Gibberish is not a pitch: a draft that is mostly not words (an encoded blob, random letters, a hash) is said to be
unread, like a language the guard does not read, passes unless a rule that reads no language fires (a booking link),
and never has a random token cited as pitch wording (newcomer finding F17)."""

from __future__ import annotations

import base64
import hashlib
import json
import random
from pathlib import Path

from companion.guard.pitch_guard import NOT_WORDS, analyse, check_draft

CORPUS = Path(__file__).resolve().parents[1] / "companion" / "guard" / "data" / "guard_corpus"


def _random_words(n: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    return " ".join("".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 9))) for _ in range(n))


def _blob(n_bytes: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n_bytes))).decode()


def test_a_base64_blob_and_random_words_pass_as_unread_and_cite_no_wording():
    for text in (_blob(30_000), _random_words(3000), _blob(600), " ".join(hashlib.sha256(bytes([i])).hexdigest() for i in range(12))):
        for stage in ("stranger", "new", "friend"):
            verdict = check_draft(text, stage)
            assert verdict.verdict == "ok", (stage, verdict.score)
            assert [r.message for r in verdict.reasons] == [NOT_WORDS]
            assert all(r.rule != "wording" for r in verdict.reasons)


def test_gibberish_with_a_booking_link_is_still_checked_by_the_link():
    text = _random_words(80) + " book a slot: https://calendly.com/acme-sales/demo"
    verdict = check_draft(text, "stranger")
    assert verdict.verdict != "ok"
    assert any(r.rule == "calendar-link" for r in verdict.reasons)
    assert all(r.rule != "wording" for r in verdict.reasons)


def test_a_pitch_followed_by_a_short_code_is_read():
    text = ("Hi Ana, we help companies like yours cut QA costs by 40%. Book a quick demo with me this week. "
            "Use code X7KQ2 for a discount.")
    assert not analyse(text).not_words
    assert check_draft(text, "stranger").verdict == "block"


def test_no_message_of_the_corpus_is_taken_for_gibberish():
    flagged = [row["text"][:80] for path in sorted(CORPUS.glob("*.jsonl"))
               for row in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if analyse(row["text"]).not_words]
    assert flagged == []
