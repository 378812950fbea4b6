"""Check-ins: who is overdue for contact, by Dunbar layer, each with a suggested opener.

The clock is the latest logged contact of any kind; the interval comes from the person's layer (the
circle the user chose with `companion circle`, else the one tie strength suggests): inner weekly, close
monthly, active every 3 months, wider yearly.
"""

from __future__ import annotations

import re
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


# Stages at which cold common ground no longer fits. An acquaintance (one call, a reply) may well not know
# you were both at Google: that starter still holds, after the one that builds on your history.
FRIEND_STAGES = ("friend", "close")
# How a logged contact is named in an opener ("since our video call"); the rest are too slight to recall.
CONTACT_WORDS = {"in-person": "we met", "video-call": "our video call", "phone-call": "our call",
                 "message": "my last message", "reply": "your last message"}


def opener_for(store: Store, doc: dict, tie: Tie, now: datetime, me: Profile | None = None,
               kept: KeptGround | None = None) -> Starter:
    """A check-in opener for someone whose card is not at hand (`companion followups`): the one your history gives
    (known_opener), else the one among their card's starters (opener_among), found only then: common ground and
    the guard's checks of each starter are the costly part. `kept`: their card as `companion show` keeps it
    (answers.KeptGround, without rarity), read when it holds and kept when it is computed."""
    warm = known_opener(doc, tie, now)
    if warm is not None:
        return warm
    starters: list[Starter] = []
    try:
        key = kept.key(kept.store, doc, now) if kept is not None else None
        card = kept.get(key) if key is not None else None
        if card is None:
            from companion.memory.capture import ground_and_starters  # capture builds on this module

            card = ground_and_starters(store, merged_profile(doc), None, now, me)
            if key is not None:
                kept.put(key, card)
        starters = card[1]
    except Exception:  # noqa: BLE001, S110 — another area's module missing or failing must not hide who is overdue
        pass
    return opener_among(starters, doc, tie, now)


def opener_among(shown: list[Starter], doc: dict, tie: Tie, now: datetime) -> Starter:
    """The check-in opener among the starters as you know them (starters_as_you_know_them), so a card that has
    them computes nothing twice: the first check-in among them (your history's, which leads them when there is
    one), else the first starter (common ground: an acquaintance may not know what you share), else our own."""
    if not shown:
        return own_check_in_line(doc, tie, now)
    return next((s for s in shown if s.kind == "check-in"), shown[0])


# Starters that still fit a friend: their news and their own posts, an offer of help. The rest rest on cold
# common ground ("we were both at X"), which reads to a friend as if you had never met.
WARM_STARTER_KINDS = frozenset({"post", "career", "offer-help", "check-in"})


def known_opener(doc: dict, tie: Tie, now: datetime) -> Starter | None:
    """The opener that builds on your history (history_opener: a promise, the last contact); for a friend with
    none (a circle you chose) a warm check-in line of our own; None for anyone else, whose opener comes from
    common ground."""
    warm = history_opener(doc, now)
    if warm is None and tie.stage in FRIEND_STAGES:  # cold common ground reads to a friend as if you had never met
        warm = own_check_in_line(doc, tie, now)
    return warm


def starters_as_you_know_them(doc: dict, tie: Tie, starters: list[Starter], now: datetime) -> list[Starter]:
    """The starters to show for `doc`: unchanged for an acquaintance or less with no history (no contact, no open
    promise); else known_opener first, then the starters that still fit: all of them for an acquaintance, only
    the warm ones for a friend. Their check-in opener is opener_among them."""
    warm = known_opener(doc, tie, now)
    kept = [s for s in starters if s.kind in WARM_STARTER_KINDS] if tie.stage in FRIEND_STAGES else starters
    return ([warm] if warm else []) + kept


def history_opener(doc: dict, now: datetime) -> Starter | None:
    """An opener that builds on what you share with this person already: the promise due soonest, else the
    last real contact you logged. None when there is neither, or when the last contact was your own message a
    day ago (nothing to check in about yet). The user's notes and promises are private: an opener never quotes
    them; they stay in its evidence, beside it, as a reminder."""
    from companion.ground.names import first_name

    first = first_name(merged_profile(doc))
    promises = sorted((c for c in doc.get("commitments", []) if not c.get("done_at")),
                      key=lambda c: c.get("due") or "9999")
    if promises:
        promise = promises[0]
        return Starter(text=promise_opener(first, promise["text"]), kind="check-in",
                       evidence=f"open promise #{promise.get('id')}, due {promise.get('due') or '-'}: "
                                f"“{promise['text']}”")
    contacts = [i for i in doc.get("interactions", []) if i.get("kind") in CONTACT_WORDS and i.get("at")]
    if not contacts:
        return None
    last = max(contacts, key=lambda i: i["at"])
    days = (now.date() - date.fromisoformat(last["at"][:10])).days
    text = recent_contact_line(first, last["kind"], days) if days < RECENT_DAYS else (
        f"Hi {first}, it's been {_time_apart(days)} since {CONTACT_WORDS[last['kind']]}. How have things been since?")
    if text is None:
        return None
    note = (last.get("note") or "").strip()
    return Starter(text=text, kind="check-in",
                   evidence=f"last contact: {last['kind']} on {last['at'][:10]}" + (f": {note}" if note else ""))


# A contact this many days ago or less is recent: no "it's been a while".
RECENT_DAYS = 2
# How a recent contact is recalled to them: who wrote or spoke, and when; your own message needs no follow-up yet.
RECENT_CONTACT_WORDS = {"in-person": "great to see you {when}!", "video-call": "great to talk {when}!",
                        "phone-call": "great to talk {when}!", "reply": "thanks for getting back to me {when}!"}


def recent_contact_line(first: str, kind: str, days: int) -> str | None:
    """A line for a contact today or yesterday, true to who wrote or spoke; None after your own message."""
    words = RECENT_CONTACT_WORDS.get(kind)
    if words is None:
        return None
    return f"Hi {first}, " + words.format(when="today" if days <= 0 else "yesterday")


# Promises that can be put in words to them without quoting the private note: what was promised, said plainly.
_PROMISED_INTRO = re.compile(r"^\s*(?:i'?ll\s+|i\s+will\s+|to\s+)?(?:intro|introduce)\b", re.IGNORECASE)
_PROMISED_SEND = re.compile(
    r"^\s*(?:i'?ll\s+|i\s+will\s+|to\s+)?send\s+(?:you|him|her|them)\s+(?P<thing>(?:the|my|a|an)\s+[\w' -]{2,40}?)"
    r"(?:\s+(?:by|before|on|this|next|tomorrow|today|asap)\b.*)?[.!]?\s*$", re.IGNORECASE)


# A thing promised that is said to them as is: a short noun phrase ("the Stripe pricing article"), never one that
# speaks of them in the third person ("the deck he wanted") or holds a clause ("the deck that we discussed").
_MOST_WORDS_IN_A_THING = 4
_NOT_A_PLAIN_THING = re.compile(
    r"\b(?:i|me|we|us|you|he|she|they|him|her|them|his|hers|their|theirs|himself|herself|themselves|that|which|who|"
    r"whom|whose|where|when|what|is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|should)\b",
    re.IGNORECASE)
_PAST_VERB = re.compile(r"\b\w+ed\b", re.IGNORECASE)  # after the noun: "the notes Ana shared"


def _sayable_thing(thing: str) -> bool:
    words = thing.split()
    return (len(words) <= _MOST_WORDS_IN_A_THING and not _NOT_A_PLAIN_THING.search(" ".join(words[1:]))
            and not _PAST_VERB.search(" ".join(words[2:])))


def promise_opener(first: str, promise: str) -> str:
    """A true, sendable opener for an open promise: what was promised when it can be said plainly to them (an
    intro, a thing to send), never "here it is" before it is kept, never the private note's own words; else a
    plain check-in (the promise stays beside it as a reminder)."""
    if _PROMISED_INTRO.match(promise):
        return f"Hi {first}, I haven't forgotten the intro I promised you. How are things with you?"
    sent = _PROMISED_SEND.match(promise)
    if sent and _sayable_thing(sent["thing"]):
        thing = re.sub(r"^(?:a|an)\s+", "the ", sent["thing"].strip(), flags=re.IGNORECASE)
        thing = re.sub(r"^my\s+", "my ", thing, flags=re.IGNORECASE)
        return f"Hi {first}, I haven't forgotten {thing} I promised to send you. How are things with you?"
    return f"Hi {first}, you came to mind. How are things with you?"


def _time_apart(days: int) -> str:
    if days >= 730:  # '35 months' is a count no one says: years, once there are two of them
        return f"over {days // 365} years"
    if days >= 365:
        return "over a year"
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
        days = (now.date() - date.fromisoformat(tie.last_contact[:10])).days
        gap = _time_apart(days) if days >= RECENT_DAYS else None  # a contact yesterday is no "little while"
        evidence = f"last contact {tie.last_contact[:10]}"
    else:
        gap, evidence = "a while", "no contact logged yet"
    if company:
        text = (f"Hi {first}, it's been {gap}; how" if gap else f"Hi {first}, how") + (
            f" are things at {company}? I'd love to hear what you're working on.")
        evidence += f"; works at {company}"
    else:
        text = (f"Hi {first}, it's been {gap} and you came to mind." if gap else f"Hi {first}, you came to mind.") + (
            " How are you doing?")
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


__all__ = ["CHECK_IN_DAYS", "FollowUp", "known_opener", "opener_among", "opener_for", "overdue", "own_check_in_line",
           "set_circle", "starters_as_you_know_them"]
