"""A Swedish, Norwegian or Danish draft is said not to be read, and what reads no language (a percentage, a link)
still stops a pitch in it (newcomer 6, W3: "Boka en demo med mig… 40 %" went out to a new connection unchecked)."""

from __future__ import annotations

import pytest

from companion.guard.pitch_guard import UNREAD_PERCENT, check_draft

PITCHES = [
    "Hej! Vi hjälper företag som ditt att sänka kostnaderna med 40 %. Boka en demo med mig den här veckan.",
    "Hei! Vi hjelper bedrifter som din å kutte kostnadene med 40 %. Book en demo med meg denne uken.",
    "Hej! Vi hjælper virksomheder som din med at sænke omkostningerne med 40 %. Book en demo med mig i denne uge.",
]


@pytest.mark.parametrize("draft", PITCHES)
def test_a_nordic_pitch_with_a_percentage_is_stopped_and_said_unread(draft):
    verdict = check_draft(draft, "new")
    assert verdict.verdict == "block"
    assert {r.rule for r in verdict.reasons} >= {"language-unread", "price"}
    assert UNREAD_PERCENT in {r.message for r in verdict.reasons}


@pytest.mark.parametrize("draft", ["Hej Anna! Tack för middagen i går, det var så trevligt. Ses snart, kram!",
                                   "Hej Anna, grattis till det nya jobbet! Hur trivs du med teamet?"])
def test_a_nordic_note_passes_and_says_it_was_not_read(draft):
    verdict = check_draft(draft, "stranger")
    assert verdict.verdict == "ok"
    assert [r.rule for r in verdict.reasons] == ["language-unread"]


@pytest.mark.parametrize("draft", ["Thanks, see you at the meetup! Med vänliga hälsningar is how my Swedish boss signs.",
                                   "Hola Marta, ¿vienes mañana a la cena? Te guardo un sitio.",
                                   "Hallo Jonas, wie war der Urlaub in Schweden? Bis bald!"])
def test_read_languages_with_a_nordic_phrase_are_still_read(draft):
    assert not any(r.rule == "language-unread" for r in check_draft(draft, "stranger").reasons)
