"""Check-ins: who is overdue for contact, by Dunbar layer, each with a suggested opener.

The clock is the latest logged contact of any kind; the interval comes from the person's layer (the
circle the user chose with `companion circle`, else the one tie strength suggests): inner weekly, close
monthly, active every 3 months, wider yearly.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from pydantic import BaseModel

from companion.errors import InvalidInput
from companion.memory.people import display_name, iso_now, merged_profile, utc_now
from companion.memory.tie_strength import CHECK_IN_DAYS, LAYERS, tie_of
from companion.models import Profile, Starter, Tie
from companion.storage.store import Store

if TYPE_CHECKING:
    from companion.memory.answers import KeptGround

CIRCLE_CHOICES = (*LAYERS, "auto")


class FollowUp(BaseModel):
    """One person due for a check-in."""

    person_id: str
    name: str
    layer: str
    chosen: bool  # the user put them in this circle (else it is the suggestion from tie strength)
    last_contact: str | None
    next_check_in: str
    days_overdue: int
    tie: Tie
    opener: Starter


def _load_me(store: Store) -> Profile | None:
    try:
        from companion.memory.me import load_me
    except ImportError:
        return None
    try:
        return load_me(store)
    except Exception:  # noqa: BLE001 — the user's own profile is optional here: an opener of our own will do
        return None


# Stages at which you know the person: openers build on your history, never on cold common ground.
KNOWN_STAGES = ("acquaintance", "friend", "close")
# How a logged contact is named in an opener ("since our video call"); the rest are too slight to recall.
CONTACT_WORDS = {"in-person": "we met", "video-call": "our video call", "phone-call": "our call",
                 "message": "my last message", "reply": "your last message"}


def opener_for(store: Store, doc: dict, tie: Tie, now: datetime, me: Profile | None = None,
               starters: list[Starter] | None = None, kept: KeptGround | None = None) -> Starter:
    """A check-in opener. For someone you know: an open promise, else your last contact, else a warm line
    of our own. For a stranger or a new connection: the first starter from common ground, else our own.
    `starters`: theirs when the caller has them already (a person's card): common ground and the guard's
    checks of each starter are the costly part, and are not run twice. `kept`: their card as `companion show`
    keeps it (answers.KeptGround, without rarity), read when it holds and kept when it is computed."""
    if tie.stage in KNOWN_STAGES or doc.get("interactions"):
        return history_opener(doc, now) or own_check_in_line(doc, tie, now)
    try:
        if starters is None:
            key = kept.key(kept.store, doc, now) if kept is not None else None
            card = kept.get(key) if key is not None else None
            if card is None:
                from companion.memory.capture import ground_and_starters  # capture builds on this module

                card = ground_and_starters(store, merged_profile(doc), None, now, me)
                if key is not None:
                    kept.put(key, card)
            starters = card[1]
        if starters:
            return next((s for s in starters if s.kind == "check-in"), starters[0])
    except Exception:  # noqa: BLE001, S110 — another area's module missing or failing must not hide who is overdue
        pass
    return own_check_in_line(doc, tie, now)


# Starters that still fit someone you know: their news and their own posts, an offer of help. The rest rest
# on cold common ground ("we were both at X"), which reads as if you had never met.
WARM_STARTER_KINDS = frozenset({"post", "career", "offer-help", "check-in"})


def starters_as_you_know_them(doc: dict, stage: str, starters: list[Starter], now: datetime) -> list[Starter]:
    """The starters to show for `doc`: unchanged for a stranger or a new connection; for someone you know,
    the opener that builds on your history first (a promise, the last contact), then only the warm ones."""
    if stage not in KNOWN_STAGES and not doc.get("interactions"):
        return starters
    warm = history_opener(doc, now)
    return ([warm] if warm else []) + [s for s in starters if s.kind in WARM_STARTER_KINDS]


def history_opener(doc: dict, now: datetime) -> Starter | None:
    """An opener that builds on what you share with this person already: the promise due soonest, else the
    last real contact you logged (with its note). None when there is neither."""
    from companion.ground.names import first_name

    first = first_name(merged_profile(doc))
    promises = sorted((c for c in doc.get("commitments", []) if not c.get("done_at")),
                      key=lambda c: c.get("due") or "9999")
    if promises:
        promise = promises[0]
        return Starter(text=f"Hi {first}, following up on what I promised (“{promise['text'].rstrip('.')}”): "
                            "here it is, and how are things with you?",
                       kind="check-in", evidence=f"open promise #{promise.get('id')}, due {promise.get('due') or '-'}")
    contacts = [i for i in doc.get("interactions", []) if i.get("kind") in CONTACT_WORDS and i.get("at")]
    if not contacts:
        return None
    last = max(contacts, key=lambda i: i["at"])
    since = f"{_time_apart((now.date() - date.fromisoformat(last['at'][:10])).days)} since {CONTACT_WORDS[last['kind']]}"
    about = f" ({last['note'].strip().rstrip('.')})" if (last.get("note") or "").strip() else ""
    return Starter(text=f"Hi {first}, it's been {since}{about}. How have things been since?", kind="check-in",
                   evidence=f"last contact: {last['kind']} on {last['at'][:10]}" + (f": {last['note']}" if about else ""))


def _time_apart(days: int) -> str:
    if days >= 60:
        return f"{days // 30} months"
    if days >= 14:
        return f"{days // 7} weeks"
    return f"{days} days" if days > 1 else "a little while"


def own_check_in_line(doc: dict, tie: Tie, now: datetime) -> Starter:
    """A plain, warm check-in line built from what we know: their current role, or the time apart."""
    from companion.ground.names import first_name
    from companion.ground.person_reading import company_name, current_job, work_is_paused

    them = merged_profile(doc)
    first = first_name(them)  # 'Dr. Ana López' is Ana
    # Laid off, on leave, in treatment: 'how are things at Acme?' asks after a job they are not at.
    current = None if work_is_paused(them, now) else current_job(them)  # the latest started, not the first listed
    company = company_name(current.company) if current and current.company else None  # without 'We're hiring'
    if tie.last_contact:
        gap = _time_apart((now.date() - date.fromisoformat(tie.last_contact[:10])).days)
        evidence = f"last contact {tie.last_contact[:10]}"
    else:
        gap, evidence = "a while", "no contact logged yet"
    if company:
        text = f"Hi {first}, it's been {gap}; how are things at {company}? I'd love to hear what you're working on."
        evidence += f"; works at {company}"
    else:
        text = f"Hi {first}, it's been {gap} and you came to mind. How are you doing?"
    return Starter(text=text, kind="check-in", evidence=evidence)


def overdue(store: Store, now: datetime | None = None, kept: KeptGround | None = None) -> list[FollowUp]:
    """Everyone whose check-in date has passed, innermost layer first, then most overdue first. `kept`: the cards
    `companion show` keeps, so a stranger's opener is computed once (opener_for)."""
    now = now or utc_now()
    weights = store.get_setting("tie_weights")
    me = None
    due: list[tuple[dict, Tie]] = []
    for doc in store.people():
        if not doc.get("interactions") and doc.get("circle") not in LAYERS:
            continue  # no contact and no chosen circle: no clock is running (e.g. 30,000 imported connections)
        tie = tie_of(doc, now, weights)
        if tie.overdue and tie.layer:
            due.append((doc, tie))
    if due:
        me = _load_me(store)
    result = []
    for doc, tie in due:
        result.append(
            FollowUp(
                person_id=doc["id"],
                name=display_name(doc),
                layer=tie.layer,
                chosen=doc.get("circle") in LAYERS,
                last_contact=tie.last_contact,
                next_check_in=tie.next_check_in,
                days_overdue=(now.date() - date.fromisoformat(tie.next_check_in)).days,
                tie=tie,
                opener=opener_for(store, doc, tie, now, me, kept=kept),
            )
        )
    result.sort(key=lambda f: (LAYERS.index(f.layer), -f.days_overdue, f.name.casefold()))
    return result


def set_circle(store: Store, person_id: str, circle: str, now: datetime | None = None) -> dict:
    """Put a person in a Dunbar circle (inner, close, active, wider) or back to `auto` (tie strength decides)."""
    circle = circle.strip().lower()
    if circle not in CIRCLE_CHOICES:
        raise InvalidInput(f"“{circle}” is not a circle; use one of {', '.join(CIRCLE_CHOICES)}.")
    from companion.memory.notes import person_or_not_found

    with store.transaction():
        doc = person_or_not_found(store, person_id)
        doc["circle"] = None if circle == "auto" else circle
        doc["updated_at"] = iso_now(now)
        store.save_person(doc)
    return doc


__all__ = ["CHECK_IN_DAYS", "FollowUp", "opener_for", "overdue", "own_check_in_line", "set_circle"]
