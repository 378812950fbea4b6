"""Promises the user makes: found in sent messages ("I'll send you the article by Friday") or added by hand.

Only the promise sentence is kept, never the rest of the message. A promise to a known person lives in
their record (so `forget` takes it away with them); one sent to an unknown recipient lives in the
"commitments" setting.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta

from companion.errors import Conflict, InvalidInput, NotFound
from companion.memory.interactions import log_interaction
from companion.memory.natural_dates import due_date_in, parse_due
from companion.memory.notes import person_or_not_found
from companion.memory.people import display_name, iso_now, utc_now
from companion.models import Commitment
from companion.storage.store import Store

DEFAULT_DUE_DAYS = 7
LOOSE_SETTING = "commitments"
MAX_SENTENCE = 2_000
MAX_REASON = 500  # as Commitment.drop_reason

# A first-person promise, per language. Each names the words that open it; `_EXCLUDED` drops the
# idioms that look like promises but are not ("let me know", "I'll be honest", "déjame saber").
_ACTION_VERBS = (
    "send|introduce|intro|share|forward|connect|put|review|read|look|call|ping|email|help|check|ask|find|dig"
    "|make|write|follow|get|bring|book|set|schedule|pass|reach|recommend|dm|text|loop|draft|prepare"
)
PROMISE_PATTERNS: list[re.Pattern] = [
    # English
    re.compile(
        r"\b(?:i'll|i will|i shall|i'm going to|i am going to|i'm gonna|i promise to|i'll make sure to)"
        r"\s+(?:also\s+|definitely\s+|just\s+|quickly\s+|gladly\s+|happily\s+|then\s+)?(?P<verb>[a-z]+)"
    ),
    re.compile(r"\blet me\s+(?:also\s+|just\s+)?(?P<verb>[a-z]+)"),
    re.compile(rf"\b(?:i can|happy to|glad to|i'd be happy to|i'd love to)\s+(?:also\s+)?(?P<verb>{_ACTION_VERBS})\b"),
    re.compile(r"\bwill do\b"),
    # Spanish
    re.compile(
        r"\b(?:te|le|os|les)\s+(?:envío|envio|mando|paso|escribo|llamo|presento|comparto|aviso|reenvío)\b"
    ),
    re.compile(r"(?<!\bno )\bvoy a\s+(?P<verb>\w+)"),
    re.compile(r"\b(?:déjame|dejame|permíteme|permiteme)\s+(?P<verb>\w+)"),
    re.compile(r"\b(?:prometo|me comprometo)\b"),
    # Spanish and Portuguese first-person future (enviaré, leeré; enviarei, lerei)
    re.compile(r"\b\w{2,}(?:aré|eré|iré)\b"),
    re.compile(r"\b\w{2,}(?:arei|erei|irei)\b"),
    # French
    re.compile(r"\bje vais\s+(?P<verb>\w+)"),
    re.compile(r"\bj(?:e |')(?:te |t'|vous |lui |leur |l'|le |la |les |en |y |m'|me )?\w+rai\b"),
    re.compile(r"\b(?:laisse|laissez)[- ]moi\s+(?P<verb>\w+)"),
    re.compile(r"\bje (?:t'|vous )?(?:envoie|présente|promets|m'engage)\b"),
    # German
    re.compile(r"\bich werde\b"),
    re.compile(r"\bich (?:schicke|sende|schreibe|melde|stelle|lese|rufe|leite|verspreche|kümmere)\b"),
    re.compile(r"\b(?:lass|lassen sie) mich\s+(?P<verb>\w+)"),
    # Portuguese
    re.compile(r"(?<!\bnão )\bvou\s+(?P<verb>\w+)"),
    re.compile(r"\b(?:deixa|deixe)[- ](?:me|eu)\s+(?P<verb>\w+)"),
    re.compile(r"\bte (?:envio|mando|apresento)\b"),
]
_EXCLUDED_VERBS = frozenset(
    ["know", "be", "not", "never", "admit", "bet", "guess", "say", "tell", "explain", "think", "wonder", "start", "clarify", "add", "assume", "mention", "leave", "miss", "need", "have_to", "saber", "decir", "explicar", "pensar", "savoir", "dire", "wissen", "sagen", "erklären", "saber", "dizer", "falar", "ser", "estar", "être", "sein"]
)
# "I'll be in touch", "I'll be there" are promises even though "be" is otherwise excluded.
_BE_PROMISES = re.compile(r"\b(?:i'll|i will) be (?:in touch|there|back to you)\b")
_NOT_PROMISES = re.compile(
    r"\blet me introduce myself\b|\bpermettez-moi de me présenter\b|\bdéjame presentarme\b|\bnicht\b"
    r"|\bi'll be (?:honest|frank|brief|happy|glad|quick)\b"
)
# Words that end like a future verb but are not one (Spanish/Portuguese nouns and adverbs).
_FALSE_FUTURES = frozenset({"compare", "prepare", "square", "aware", "declare", "software", "hardware", "care"})


def _sentences(text: str) -> list[str]:
    """Sentences of a message, split on end punctuation and line breaks."""
    parts = re.findall(r"[^.!?\n]+[.!?]*", text)
    return [p.strip() for p in parts if p.strip()]


def _is_promise(sentence: str) -> bool:
    lowered = sentence.casefold().replace("’", "'")
    if lowered.endswith("?") or lowered.startswith("¿") or _NOT_PROMISES.search(lowered):
        return False
    if _BE_PROMISES.search(lowered):
        return True
    for pattern in PROMISE_PATTERNS:
        for match in pattern.finditer(lowered):
            verb = match.groupdict().get("verb")
            if verb in _EXCLUDED_VERBS or match.group(0) in _FALSE_FUTURES:
                continue
            return True
    return False


def find_promises(text: str, now: datetime | None = None) -> list[tuple[str, str]]:
    """Each promise sentence in a message with its due date (from the text, else in 7 days), as ISO."""
    now = now or utc_now()
    found = []
    for sentence in _sentences(text or ""):
        if _is_promise(sentence):
            due = due_date_in(sentence, now) or (now + timedelta(days=DEFAULT_DUE_DAYS)).date()
            found.append((sentence[:MAX_SENTENCE], due.isoformat()))
    return found


def _new_commitment(store: Store, person_id: str | None, text: str, due: str | None, source: str,
                    now: datetime) -> Commitment:
    return Commitment(
        id=store.next_id("commitment"), person_id=person_id, text=text, due=due,
        created_at=iso_now(now), done_at=None, source=source,
    )


def _save(store: Store, commitments: list[Commitment]) -> None:
    by_person: dict[str | None, list[dict]] = {}
    for c in commitments:
        by_person.setdefault(c.person_id, []).append(c.model_dump(mode="json"))
    for person_id, items in by_person.items():
        if person_id is None:
            store.set_setting(LOOSE_SETTING, store.get_setting(LOOSE_SETTING, []) + items)
        else:
            doc = person_or_not_found(store, person_id)
            doc.setdefault("commitments", []).extend(items)
            store.save_person(doc)


def record_sent_message(store: Store, person_id: str | None, text: str, now: datetime | None = None) -> list[Commitment]:
    """After a message is sent: log a "message" (kind and time only) and record the promises in it."""
    now = now or utc_now()
    with store.transaction():
        if person_id is not None:
            log_interaction(store, person_id, "message", source="guard", now=now)
        commitments = [
            _new_commitment(store, person_id, sentence, due, "message", now)
            for sentence, due in find_promises(text, now)
        ]
        _save(store, commitments)
    return commitments


def add_commitment(store: Store, person_id: str | None, text: str, due: str | None = None,
                   now: datetime | None = None) -> Commitment:
    """Record a promise by hand; `due` is ISO or natural ("friday", "in 3 days"), default from the text or 7 days."""
    now = now or utc_now()
    text = (text or "").strip()
    if not text:
        raise InvalidInput("A commitment needs some text saying what you promised.")
    if len(text) > MAX_SENTENCE:
        raise InvalidInput(f"A commitment can hold at most {MAX_SENTENCE:,} characters.")
    if due:
        due_iso = parse_due(due, now)
    else:
        due_iso = (due_date_in(text, now) or (now + timedelta(days=DEFAULT_DUE_DAYS)).date()).isoformat()
    with store.transaction():
        commitment = _new_commitment(store, person_id, text, due_iso, "manual", now)
        _save(store, [commitment])
    return commitment


class CommitmentItem(Commitment):
    """A commitment as listed: with the person's name and whether it is overdue."""

    person_name: str | None = None
    overdue: bool = False


def all_commitments(store: Store) -> list[tuple[dict | None, dict]]:
    """Every stored commitment with its person record (None for an unknown recipient)."""
    found: list[tuple[dict | None, dict]] = []
    for doc in store.people():
        for item in doc.get("commitments", []):
            found.append((doc, item))
    for item in store.get_setting(LOOSE_SETTING, []):
        found.append((None, item))
    return found


def is_open(item: dict) -> bool:
    """Still owed: neither kept (`done_at`) nor let go (`dropped_at`)."""
    return not item.get("done_at") and not item.get("dropped_at")


def as_listed(doc: dict | None, item: dict, now: datetime | None = None) -> CommitmentItem:
    """A stored commitment as `companion commitments` lists it (the panel's answer after adding one, too)."""
    today = (now or utc_now()).date().isoformat()
    overdue = is_open(item) and bool(item.get("due")) and item["due"] < today
    return CommitmentItem(**item, person_name=display_name(doc) if doc else None, overdue=overdue)


def list_commitments(store: Store, include_done: bool = False, now: datetime | None = None) -> list[CommitmentItem]:
    """Open commitments (and kept and let-go ones when asked), overdue first, then by due date."""
    now = now or utc_now()
    items = []
    for doc, item in all_commitments(store):
        if not is_open(item) and not include_done:
            continue
        items.append(as_listed(doc, item, now))
    items.sort(key=lambda c: (c.done_at is not None or c.dropped_at is not None, not c.overdue, c.due or "9999", c.id))
    return items


def _change_commitment(store: Store, commitment_id: int, change: Callable[[dict], None],
                       person_id: str | None) -> Commitment:
    """Apply `change` to one stored commitment and save it; with `person_id`, only one of that person's."""
    with store.transaction():
        if person_id is None:
            candidates = all_commitments(store)
        else:
            # The panel's button names the person: read that one record, not every person (this runs on the event loop).
            doc = store.get_person(person_id)
            candidates = [(doc, item) for item in doc.get("commitments", [])] if doc else []
        for doc, item in candidates:
            if item["id"] != int(commitment_id):
                continue
            if doc is None:
                loose = store.get_setting(LOOSE_SETTING, [])
                # next(): a file edited by hand may repeat a number; the first one is changed, as before
                entry = next(entry for entry in loose if entry["id"] == item["id"])
                change(entry)  # raises before anything is saved when the change does not apply
                store.set_setting(LOOSE_SETTING, loose)
            else:
                if person_id is None:
                    doc = store.get_person(doc["id"])  # people() yields the stored record: change a copy
                entry = next(entry for entry in doc["commitments"] if entry["id"] == item["id"])
                change(entry)
                store.save_person(doc)
            return Commitment.model_validate(entry)
    if person_id is not None:
        raise NotFound(f"There is no promise {commitment_id} to this person; their card lists their open promises.")
    raise NotFound(f"There is no commitment {commitment_id}; `companion commitments` lists them with their numbers.")


def close_commitment(store: Store, commitment_id: int, now: datetime | None = None,
                     person_id: str | None = None) -> Commitment:
    """Mark a commitment kept; with `person_id`, only one of that person's (the panel's button on their card)."""
    stamp = iso_now(now)

    def keep(entry: dict) -> None:
        if entry.get("dropped_at"):
            raise Conflict(f"Promise {entry['id']} was let go, not kept; `companion commitments reopen {entry['id']}` "
                           "brings it back first if you kept it after all.")
        entry["done_at"] = entry.get("done_at") or stamp  # twice: still kept, at the first time

    return _change_commitment(store, commitment_id, keep, person_id)


def drop_commitment(store: Store, commitment_id: int, reason: str | None = None, now: datetime | None = None,
                    person_id: str | None = None) -> Commitment:
    """Let a commitment go: no longer owed (the plan changed, or it was no promise), so neither open nor kept."""
    reason = (reason or "").strip() or None
    if reason is not None and len(reason) > MAX_REASON:
        raise InvalidInput(f"A reason for letting a promise go can hold at most {MAX_REASON} characters.")
    stamp = iso_now(now)

    def let_go(entry: dict) -> None:
        if entry.get("dropped_at"):
            raise Conflict(f"Promise {entry['id']} is already let go; `companion commitments reopen {entry['id']}` "
                           "makes it open again.")
        if entry.get("done_at"):
            raise Conflict(f"Promise {entry['id']} is kept, so there is nothing to let go; "
                           f"`companion commitments reopen {entry['id']}` first if it was marked kept by mistake.")
        entry["dropped_at"], entry["drop_reason"] = stamp, reason

    return _change_commitment(store, commitment_id, let_go, person_id)


def reopen_commitment(store: Store, commitment_id: int, person_id: str | None = None) -> Commitment:
    """Make a kept or let-go commitment open again (a button pressed by mistake)."""

    def reopen(entry: dict) -> None:
        if is_open(entry):
            raise Conflict(f"Promise {entry['id']} is already open: there is nothing to reopen.")
        entry["done_at"] = entry["dropped_at"] = entry["drop_reason"] = None

    return _change_commitment(store, commitment_id, reopen, person_id)
