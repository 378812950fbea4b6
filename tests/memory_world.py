"""A data dir with a bit of everything the relationship memory keeps, for export and forget tests."""

from __future__ import annotations

from memory_helpers import NOW, capture

from companion.memory.commitments import add_commitment, record_sent_message
from companion.memory.followups import set_circle
from companion.memory.interactions import log_interaction
from companion.memory.notes import add_note
from companion.memory.people import record_profile
from companion.models import Profile


def build_world(store, tmp_path) -> dict[str, dict]:
    """Jane (linkedin + x + websites, notes, log, promises), Bob who mentions her, and imported connections."""
    from fixtures.exports_connections import write_connections

    from companion.memory.importers import import_path

    import_path(store, write_connections(tmp_path, "2025", 40))
    jane = capture(store, "Jane Quillfeather", "jane-quillfeather", company="Stripe, Inc.",
                   headline="Payments; fraud, and tea", location="Lisbon, Portugal",
                   websites=["https://janeq.example.com", "https://blog.janeq.example.com"])
    doc = store.get_person(jane["id"])  # the same Jane, also seen on X
    record_profile(doc, Profile(site="x", url="https://x.com/janequill", name="Jane Quillfeather", handle="janequill"), NOW)
    store.save_person(doc)
    bob = capture(store, "Bob Roe", "bob-roe")
    add_note(store, jane["id"], "Met at PyCon; loves sourdough.\nTwo kids.", now=NOW)
    add_note(store, bob["id"], "Introduced to me by Jane Quillfeather.", now=NOW)
    for kind, when in (("met", "30 days ago"), ("video", "20 days ago"), ("replied", "10 days ago"), ("like", "yesterday")):
        log_interaction(store, jane["id"], kind, at=when, note="at the café" if kind == "met" else None, now=NOW)
    log_interaction(store, bob["id"], "called", at="3 days ago", now=NOW)
    record_sent_message(store, jane["id"], "Lovely chat. I'll send you the article by Friday.", now=NOW)
    record_sent_message(store, None, "Let me introduce you to Jane Quillfeather next week.", now=NOW)
    add_commitment(store, bob["id"], "Review his talk proposal", due="tomorrow", now=NOW)
    set_circle(store, jane["id"], "close")
    doc = store.get_person(jane["id"])
    doc["tags"] = ["pycon", "payments"]
    store.save_person(doc)
    store.set_setting("tie_weights", {"channels": {"like": 0.01}})
    return {"jane": store.get_person(jane["id"]), "bob": store.get_person(bob["id"])}
