"""Panel mend 9 (newcomer 8, C3 and W2): a promise kept lately is the next message's matter ("did the intro to Sri
help?"), in the one opener the panel, `companion show`/`followups` and the guard share; and a thing promised is said
in English ("the notes I promised", never "my notes I promised")."""

from __future__ import annotations

from datetime import timedelta

from memory_helpers import NOW, capture

from companion.memory.capture import person_view
from companion.memory.commitments import add_commitment, close_commitment, drop_commitment
from companion.memory.followups import kept_promise_opener, overdue, promise_opener
from companion.memory.interactions import log_interaction
from companion.memory.recipient import known_recipient

NOTE = "he's hiring a senior React engineer in Colombo and wants AWS cost tips"


def _dulitha(store, promise: str, kept_days_ago: int = 2, note: str | None = NOTE) -> str:
    person = capture(store, "Dulitha Perera", "dulitha", now=NOW - timedelta(days=4))["id"]
    log_interaction(store, person, "video-call", at=(NOW - timedelta(days=3)).isoformat(), note=note,
                    now=NOW - timedelta(days=3))
    made = add_commitment(store, person, promise, due=(NOW - timedelta(days=kept_days_ago)).date().isoformat(),
                          now=NOW - timedelta(days=3))
    close_commitment(store, made.id, now=NOW - timedelta(days=kept_days_ago))
    return person


def _opener(store, person: str, now=NOW) -> str:
    view = person_view(store, store.get_person(person), None, now)
    return view.starters[0].text if view.starters else ""


def test_a_thing_sent_lately_is_asked_after_with_what_the_note_says(store):
    person = _dulitha(store, "Send him the AWS cost checklist")
    view = person_view(store, store.get_person(person), None, NOW)
    first = view.starters[0]
    assert first.text == "Hi Dulitha, I hope you found the AWS cost checklist useful. How is the hiring going?"
    assert "kept 2 days ago" in first.evidence and "AWS cost checklist" in first.evidence
    # The guard offers the same opener (one source).
    assert known_recipient(store, store.get_person(person), NOW).openers[0] == first.text


def test_an_intro_kept_asks_whether_it_helped_naming_whom_it_was_to(store):
    person = _dulitha(store, "Intro to Sri about QA hiring", note=None)
    assert _opener(store, person) == "Hi Dulitha, did the intro to Sri help? How are things with you?"


def test_followups_use_the_kept_promise_once_the_check_in_is_due(store):
    person = _dulitha(store, "Intro to Sri about QA hiring", kept_days_ago=0, note=None)
    later = NOW + timedelta(days=20)  # two weeks after the call: the check-in is due, the promise kept 20 days ago
    (due,) = [f for f in overdue(store, later) if f.person_id == person]
    assert due.opener.text == "Hi Dulitha, did the intro to Sri help? How are things with you?"
    assert _opener(store, person, later) == due.opener.text


def test_not_after_thirty_days_nor_when_let_go(store):
    old = _dulitha(store, "Intro to Sri about QA hiring", kept_days_ago=0, note=None)
    assert "intro" not in _opener(store, old, NOW + timedelta(days=31))
    assert "intro to Sri" in _opener(store, old, NOW + timedelta(days=30))
    nina = capture(store, "Nina Holt", "nina", now=NOW - timedelta(days=5))["id"]
    log_interaction(store, nina, "phone-call", at=(NOW - timedelta(days=5)).isoformat(), now=NOW - timedelta(days=5))
    made = add_commitment(store, nina, "Intro to Sri", now=NOW - timedelta(days=5))
    drop_commitment(store, made.id, now=NOW - timedelta(days=1))
    assert "intro" not in _opener(store, nina)


def test_not_the_day_it_was_kept_nor_the_next(store):
    # "Did the intro help?" the day you made it asks before it could have; the latest kept is the news, so an older
    # kept promise is not asked after in its place.
    person = _dulitha(store, "Intro to Sri about QA hiring", kept_days_ago=0, note=None)
    assert "intro" not in _opener(store, person)
    assert "intro" not in _opener(store, person, NOW + timedelta(days=1))
    assert "intro to Sri" in _opener(store, person, NOW + timedelta(days=2))
    made = add_commitment(store, person, "Send him the AWS cost checklist", now=NOW)
    close_commitment(store, made.id, now=NOW + timedelta(days=2))
    assert "intro" not in _opener(store, person, NOW + timedelta(days=2))
    assert "AWS cost checklist useful" in _opener(store, person, NOW + timedelta(days=4))


def test_a_contact_logged_since_it_was_kept_leads(store):
    person = _dulitha(store, "Intro to Sri about QA hiring", kept_days_ago=5, note=None)
    log_interaction(store, person, "phone-call", at=(NOW - timedelta(days=1)).isoformat(),
                    note="talked about the Colombo meetup", now=NOW - timedelta(days=1))
    assert "intro" not in _opener(store, person)


def test_an_open_promise_due_leads_over_a_kept_one(store):
    person = _dulitha(store, "Intro to Sri about QA hiring", note=None)
    add_commitment(store, person, "Send him the AWS cost checklist", due=NOW.date().isoformat(), now=NOW)
    assert _opener(store, person) == "Hi Dulitha, as promised, I'm sending you the AWS cost checklist. How are things with you?"


def test_a_kept_promise_in_another_language_or_not_sayable_is_not_quoted():
    assert kept_promise_opener("Ana", "enviarle la lista de mentores", "en") is None
    assert kept_promise_opener("Ana", "Call her about the offsite", "en") is None
    assert kept_promise_opener("Ana", "Intro to Acme's CTO", "en") == "Hi Ana, did the intro help? How are things with you?"
    assert kept_promise_opener("Ana", "Introduce Ana to Sean", "en") == "Hi Ana, did the intro to Sean help? How are things with you?"
    assert kept_promise_opener("Ana", "Send her the slides", "de") is None  # no German words for it: none said


def test_the_notes_i_promised_never_my_notes_i_promised():
    assert promise_opener("Nelson", "Send Nelson my notes") == \
        "Hi Nelson, I haven't forgotten the notes I promised to send you. How are things with you?"
    # "on Elixir testing" is no due day: the thing is not cut to "my notes"; five words are still said (newcomer 9).
    assert promise_opener("Nelson", "Send Nelson my notes on Elixir testing") == \
        "Hi Nelson, I haven't forgotten the notes on Elixir testing I promised to send you. How are things with you?"
    assert promise_opener("Nelson", "Send Nelson my notes on monday") == \
        "Hi Nelson, I haven't forgotten the notes I promised to send you. How are things with you?"
    # Where "my" reads well it stays.
    assert promise_opener("Nelson", "Send Nelson my slides", late=True) == \
        "Hi Nelson, I'm sorry it's taken me so long: I still owe you my slides. How are things with you?"


def test_a_promise_to_someone_never_contacted_is_the_whole_reason_to_write(store):
    # Newcomer 9: "Hi Nelson, as promised, I'm following up. How are things with you?" to someone who has never
    # heard from you; now the thing itself, and no "how are things" said to a stranger.
    nelson = capture(store, "Nelson Correia", "nelsonic", now=NOW - timedelta(days=2))["id"]
    add_commitment(store, nelson, "Send Nelson my notes on Elixir testing", due=(NOW + timedelta(days=1)).date().isoformat(),
                   now=NOW - timedelta(days=2))
    assert _opener(store, nelson) == "Hi Nelson, as promised, I'm sending you my notes on Elixir testing."
    # Once you have talked, the closing question is back.
    log_interaction(store, nelson, "phone-call", at=(NOW - timedelta(days=1)).isoformat(), now=NOW - timedelta(days=1))
    assert _opener(store, nelson).endswith("How are things with you?")
