"""The interaction log: what happened with a person, when, and through which channel (never message text)."""

from __future__ import annotations

import re
from datetime import datetime

from companion.errors import InvalidInput, NotFound
from companion.memory.natural_dates import parse_past_moment, to_datetime
from companion.memory.notes import person_or_not_found
from companion.memory.people import iso_now, utc_now
from companion.models import INTERACTION_KINDS, LONG_TEXT, Interaction, InteractionKind
from companion.storage.store import Store

# What people type for each kind, after lowercasing and turning spaces/underscores into hyphens.
KIND_ALIASES: dict[str, InteractionKind] = {
    "met": "in-person", "meet": "in-person", "meeting": "in-person", "in-person": "in-person",
    "inperson": "in-person", "person": "in-person", "coffee": "in-person", "lunch": "in-person",
    "dinner": "in-person", "irl": "in-person", "saw": "in-person",
    "video": "video-call", "video-call": "video-call", "videocall": "video-call", "zoom": "video-call",
    "meet-call": "video-call", "facetime": "video-call",
    "phone": "phone-call", "phone-call": "phone-call", "call": "phone-call", "called": "phone-call",
    "phoned": "phone-call", "rang": "phone-call",
    "message": "message", "messaged": "message", "msg": "message", "dm": "message", "email": "message",
    "emailed": "message", "texted": "message", "text": "message", "wrote": "message", "sent": "message",
    "reply": "reply", "replied": "reply", "reply-received": "reply", "they-replied": "reply",
    "answered": "reply", "response": "reply",
    "comment": "comment", "commented": "comment",
    "share": "share", "shared": "share", "reshare": "share", "repost": "share", "reposted": "share",
    "retweet": "share", "retweeted": "share",
    "like": "like", "liked": "like", "reaction": "like", "reacted": "like", "favourite": "like",
    "favorite": "like",
}
SOURCES = ("manual", "guard", "import")


def normalise_kind(kind: str) -> InteractionKind:
    """The canonical kind for what the user typed ("met" → in-person, "video" → video-call ...)."""
    key = re.sub(r"[\s_]+", "-", (kind or "").strip().lower())
    if key in KIND_ALIASES:
        return KIND_ALIASES[key]
    raise InvalidInput(
        f"“{kind}” is not an interaction kind; use one of {', '.join(INTERACTION_KINDS)} "
        "(or met, video, called, messaged, replied...)."
    )


def log_interaction(
    store: Store,
    person_id: str,
    kind: str,
    at: str | None = None,
    note: str | None = None,
    source: str = "manual",
    now: datetime | None = None,
) -> Interaction:
    """Log a contact with a person; `at` is ISO or natural ("yesterday", "3 days ago"), never the future."""
    now = now or utc_now()
    canonical = normalise_kind(kind)
    if source not in SOURCES:
        raise InvalidInput(f"“{source}” is not an interaction source; use one of {', '.join(SOURCES)}.")
    moment = parse_past_moment(at, now)
    note = (note or "").strip() or None
    if note and len(note) > LONG_TEXT:
        raise InvalidInput(f"An interaction note can hold at most {LONG_TEXT:,} characters.")
    with store.transaction():
        doc = person_or_not_found(store, person_id)
        interaction = Interaction(
            id=store.next_id("interaction"), kind=canonical, at=moment, note=note, source=source
        )
        append_interaction(doc, interaction.model_dump(mode="json"))
        doc["updated_at"] = iso_now(now)
        store.save_person(doc)
    return interaction


def append_interaction(doc: dict, interaction: dict) -> None:
    """Add an interaction to a person record, keeping the log in time order."""
    log = doc.setdefault("interactions", [])
    log.append(interaction)
    log.sort(key=lambda i: (to_datetime(i["at"]), i["id"]))


def interactions_of(doc: dict) -> list[Interaction]:
    """A person's interactions, oldest first."""
    return [Interaction.model_validate(i) for i in doc.get("interactions", [])]


def delete_interaction(store: Store, person_id: str, interaction_id: int) -> None:
    """Remove one logged interaction (a mistaken entry)."""
    with store.transaction():
        doc = person_or_not_found(store, person_id)
        kept = [i for i in doc.get("interactions", []) if i["id"] != int(interaction_id)]
        if len(kept) == len(doc.get("interactions", [])):
            raise NotFound(f"{person_id} has no interaction {interaction_id}; `companion show {person_id}` lists them.")
        doc["interactions"] = kept
        store.save_person(doc)
