from __future__ import annotations

from datetime import timedelta

import pytest
from memory_helpers import NOW, capture

from companion.errors import InvalidInput, NotFound
from companion.memory.commitments import (
    add_commitment,
    close_commitment,
    find_promises,
    list_commitments,
    record_sent_message,
)


@pytest.mark.parametrize(
    "text, sentence, due",
    [
        ("Great to meet you! I'll send you the article by Friday. Cheers", "I'll send you the article by Friday.", "2026-11-27"),
        ("Thanks. Let me introduce you to Ana, she knows everyone there.", "Let me introduce you to Ana, she knows everyone there.", "2026-11-27"),
        ("Loved the talk. I'll read your blog tonight!", "I'll read your blog tonight!", "2026-11-20"),
        ("I will call you tomorrow", "I will call you tomorrow", "2026-11-21"),
        ("I’m going to share the deck in 2 weeks.", "I’m going to share the deck in 2 weeks.", "2026-12-04"),
        ("Happy to review your draft next week.", "Happy to review your draft next week.", "2026-11-27"),
        ("I'll get back to you on 2026-12-15.", "I'll get back to you on 2026-12-15.", "2026-12-15"),
        ("Te enviaré el artículo mañana.", "Te enviaré el artículo mañana.", "2026-11-21"),
        ("Déjame presentarte a Lucía el lunes.", "Déjame presentarte a Lucía el lunes.", "2026-11-23"),
        ("Je t'enverrai le lien demain.", "Je t'enverrai le lien demain.", "2026-11-21"),
        ("Je vais lire ton article ce soir.", "Je vais lire ton article ce soir.", "2026-11-20"),
        ("Ich schicke dir den Artikel morgen.", "Ich schicke dir den Artikel morgen.", "2026-11-21"),
        ("Ich werde dich nächste Woche Anna vorstellen.", "Ich werde dich nächste Woche Anna vorstellen.", "2026-11-27"),
        ("Vou te mandar o link amanhã.", "Vou te mandar o link amanhã.", "2026-11-21"),
        ("Enviarei o convite na sexta.", "Enviarei o convite na sexta.", "2026-11-27"),
    ],
)
def test_promises_are_found_with_their_due_date(text, sentence, due):
    assert find_promises(text, NOW) == [(sentence, due)]


@pytest.mark.parametrize(
    "text",
    [
        "Let me know what you think!",
        "I'll be honest, that talk was great.",
        "Will you send me the article?",
        "Should I introduce you to Ana?",
        "Let me introduce myself: I run a bakery.",
        "Thanks for connecting.",
        "I can't make it, sorry.",
        "I will not be there.",
        "No voy a poder ir.",
        "Ich werde das nicht schicken.",
        "Avísame cuando puedas.",
    ],
)
def test_things_that_are_not_promises_are_ignored(text):
    assert find_promises(text, NOW) == []


def test_only_the_promise_sentences_are_kept_and_default_due_is_a_week():
    text = "Loved your post about sourdough. My secret hydration trick is 78%. I'll send you my recipe."
    assert find_promises(text, NOW) == [("I'll send you my recipe.", (NOW + timedelta(days=7)).date().isoformat())]


def test_sent_message_logs_a_message_and_records_the_promise_but_never_the_text(store, data_dir):
    jane = capture(store, "Jane Doe", "jane-doe")
    text = "The zeppelin story was wild. I'll send you the article by Friday."
    found = record_sent_message(store, jane["id"], text, now=NOW)
    assert [(c.text, c.due, c.person_id, c.source) for c in found] == [
        ("I'll send you the article by Friday.", "2026-11-27", jane["id"], "message")
    ]
    doc = store.get_person(jane["id"])
    assert [(i["kind"], i["source"], i["note"]) for i in doc["interactions"]] == [("message", "guard", None)]
    assert doc["commitments"][0]["id"] == found[0].id
    for path in (data_dir / "store").glob("*.json"):
        assert "zeppelin" not in path.read_text(encoding="utf-8")


def test_sent_message_without_a_promise_only_logs(store):
    jane = capture(store, "Jane Doe", "jane-doe")
    assert record_sent_message(store, jane["id"], "Thanks for connecting!", now=NOW) == []
    assert len(store.get_person(jane["id"])["interactions"]) == 1


def test_sent_message_to_an_unknown_recipient_keeps_the_promise_without_logging(store):
    found = record_sent_message(store, None, "Let me introduce you to Ana.", now=NOW)
    assert len(found) == 1 and found[0].person_id is None
    listed = list_commitments(store, now=NOW)
    assert [(c.id, c.person_name) for c in listed] == [(found[0].id, None)]


def test_list_puts_overdue_first_and_done_closes(store):
    jane = capture(store, "Jane Doe", "jane-doe")
    later = add_commitment(store, jane["id"], "Send the deck", due="in 10 days", now=NOW)
    late = add_commitment(store, jane["id"], "Intro to Ana", due="2026-11-01", now=NOW)
    soon = add_commitment(store, jane["id"], "Read her blog", due="tomorrow", now=NOW)
    listed = list_commitments(store, now=NOW)
    assert [c.id for c in listed] == [late.id, soon.id, later.id]
    assert [c.overdue for c in listed] == [True, False, False]
    assert listed[0].person_name == "Jane Doe"
    kept = close_commitment(store, late.id, now=NOW)
    assert kept.done_at
    assert [c.id for c in list_commitments(store, now=NOW)] == [soon.id, later.id]
    assert late.id in [c.id for c in list_commitments(store, include_done=True, now=NOW)]


def test_added_by_hand_takes_due_from_text_or_a_week(store):
    jane = capture(store, "Jane Doe", "jane-doe")
    assert add_commitment(store, jane["id"], "Call her on Monday", now=NOW).due == "2026-11-23"
    assert add_commitment(store, jane["id"], "Find that paper", now=NOW).due == "2026-11-27"
    with pytest.raises(InvalidInput):
        add_commitment(store, jane["id"], "Something", due="when pigs fly", now=NOW)
    with pytest.raises(InvalidInput):
        add_commitment(store, jane["id"], "  ", now=NOW)


def test_closing_an_unknown_commitment_is_not_found(store):
    with pytest.raises(NotFound, match="companion commitments"):
        close_commitment(store, 42)
