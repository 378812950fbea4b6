"""A card's check-in opener is the one among its starters as you know them: its history opener (and, for a friend,
our own line) is computed once per card, and the opener is the one `companion followups` gives (issue 18)."""

from __future__ import annotations

from datetime import timedelta

from memory_helpers import NOW, capture

from companion.memory import followups
from companion.memory.capture import person_view
from companion.memory.commitments import add_commitment
from companion.memory.followups import overdue, set_circle
from companion.memory.interactions import log_interaction
from companion.memory.me import set_me
from companion.models import Profile

PORTO = [{"school": "University of Porto", "start": "2010"}]


def _people(store) -> dict[str, str]:
    """Each way a card's opener is found: history (a contact, a promise), a friend's own line, common ground."""
    set_me(store, Profile(site="linkedin", url="https://www.linkedin.com/in/me", name="Me Myself", education=PORTO))
    past = NOW - timedelta(days=100)
    people = {name: capture(store, name, name.lower().replace(" ", "-"), company="Acme Robotics", education=PORTO,
                            now=past)["id"]
              for name in ("Ana Contact", "Bo Promise", "Cy Friend", "Di Stranger")}
    log_interaction(store, people["Ana Contact"], "video-call", at=(NOW - timedelta(days=95)).isoformat(), now=NOW)
    add_commitment(store, people["Bo Promise"], "Send her the Stripe pricing article", due=NOW.date().isoformat(),
                   now=NOW)  # due: a promise not yet due leads no opener
    log_interaction(store, people["Bo Promise"], "message", at=(NOW - timedelta(days=95)).isoformat(), now=NOW)
    for name, circle in (("Ana Contact", "active"), ("Bo Promise", "active"), ("Cy Friend", "close"),
                         ("Di Stranger", "active")):
        set_circle(store, people[name], circle, now=past)
    return people


def test_a_cards_history_opener_is_computed_once_and_is_the_followups_opener(store, monkeypatch):
    people = _people(store)
    due = {f.person_id: f.opener for f in overdue(store, NOW)}
    counts: dict[str, int] = {}

    def counting(name):
        real = getattr(followups, name)

        def count(*args, **kwargs):
            counts[name] = counts.get(name, 0) + 1
            return real(*args, **kwargs)
        monkeypatch.setattr(followups, name, count)

    counting("history_opener")
    counting("own_check_in_line")
    for name, person_id in people.items():
        counts.clear()
        view = person_view(store, store.get_person(person_id), None, now=NOW)
        assert view.check_in is not None and view.check_in.overdue, name
        assert view.check_in.opener == due[person_id], name
        assert counts.get("history_opener") == 1, (name, counts)
        assert counts.get("own_check_in_line", 0) <= 1, (name, counts)
    # each path taken: the last contact, the promise, a friend's own line, common ground
    assert "since our video call" in due[people["Ana Contact"]].text
    assert "Stripe pricing article" in due[people["Bo Promise"]].text
    assert "Acme Robotics" in due[people["Cy Friend"]].text and due[people["Cy Friend"]].kind == "check-in"
    assert "University of Porto" in due[people["Di Stranger"]].text
