"""Tie strength, relationship stage and Dunbar layer, computed from the interaction log.

The model (see ../shared/guides/SCIENCE.md §1, Gilbert & Karahalios 2009, Dunbar's layers):

  strength = recency · R + duration · D + reciprocity · Q + multiplexity · M        (all in 0..1)

  Contacts are counted by occasion: those on one day (UTC) are one occasion, weighing as its richest contact
  plus each further one at half the one before (richest first), so a burst of logs or a double click is not
  many separate contacts (a tie grows with repeated contact over time).
  R  recency-weighted intensity: 1 − exp(−Σ over occasions Σ_n w(n-th richest kind) · ½^n · ½^(age_days /
     half_life) / saturation).
     Channel weights w, highest first: in-person 1.0, video-call 0.8, phone-call 0.65, message 0.4,
     reply 0.4, comment 0.2, share 0.15, like 0.05. Half-life 90 days; saturation 5.
  D  duration: 1 − exp(−days from the first to the latest logged interaction / 365).
  Q  reciprocity: 1 − ½^n for n occasions with a two-way contact (a reply received, a call, a meeting), so
     every contact logged can only raise the strength, never lower it.
  M  multiplexity: distinct channels used, at most one per occasion, 1 → 0, 4 or more → 1 (Haythornthwaite).
  Defaults: recency 0.55, duration 0.15, reciprocity 0.15, multiplexity 0.15.

Every number above can be changed with the store setting "tie_weights", e.g.
  {"channels": {"like": 0.0}, "half_life_days": 60, "recency": 0.6}   (missing entries keep their default)
(`companion tie-weights --set like=0` writes it).

Stage: no conversation yet (no reply, call or meeting) → "new" when connected, else "stranger";
otherwise "close" from strength 0.65, "friend" from 0.4, else "acquaintance". The circle the user chose
is a floor: someone put in the inner or close circle is at least a friend, in the active or wider circle
at least an acquaintance (the user knows them better than a thin log can show).
Layer: the circle the user chose, else the suggestion from strength: inner ≥ 0.75, close ≥ 0.5,
active ≥ 0.25, wider for anyone else they have had a conversation with; none for strangers and new
connections (no check-ins for people one never spoke to).
Check-ins: inner weekly, close monthly, active every 3 months, wider yearly; any contact resets the clock. A new
tie, whose last contact is the first conversation logged with them, is followed up within two weeks; an open
promise due before the check-in brings it forward to its due day (check_in_plan). Someone with no layer you
promised something by a date has that date as their check-in: the promise is the reason to write (promised_by).
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

from companion.memory.commitments import is_open
from companion.memory.natural_dates import to_datetime
from companion.memory.people import utc_now
from companion.models import STAGES, Stage, Tie

DEFAULT_WEIGHTS: dict = {
    "channels": {
        "in-person": 1.0,
        "video-call": 0.8,
        "phone-call": 0.65,
        "message": 0.4,
        "reply": 0.4,
        "comment": 0.2,
        "share": 0.15,
        "like": 0.05,
    },
    "half_life_days": 90.0,
    "saturation": 5.0,
    "recency": 0.55,
    "duration": 0.15,
    "reciprocity": 0.15,
    "multiplexity": 0.15,
}
TWO_WAY_KINDS = frozenset({"reply", "in-person", "video-call", "phone-call"})
STAGE_THRESHOLDS: tuple[tuple[float, Stage], ...] = ((0.65, "close"), (0.4, "friend"))
LAYERS = ("inner", "close", "active", "wider")
LAYER_THRESHOLDS = ((0.75, "inner"), (0.5, "close"), (0.25, "active"))
CHECK_IN_DAYS = {"inner": 7, "close": 30, "active": 90, "wider": 365}
# A check-in due within this many days is coming: its opener is shown already (panel, `companion show`), so the
# words to send are there before the day, not only once it is late. The panel reads it as CheckIn.soon.
CHECK_IN_SOON_DAYS = 7
# The least stage each chosen circle means (see the module's docstring).
CIRCLE_STAGE_FLOOR: dict[str, Stage] = {"inner": "friend", "close": "friend", "active": "acquaintance",
                                        "wider": "acquaintance"}


# The largest weight `tie-weights --set` takes: a half-life of 100 years, far beyond any other weight's sense.
MAX_TIE_WEIGHT = 36_500.0


def _usable(value) -> bool:
    """A stored weight that can be computed with: a finite number in range. An older store or an import may hold
    NaN (saved as null), infinity or text; those fall back to the default rather than break every person view."""
    return (isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
            and 0 <= value <= MAX_TIE_WEIGHT)


def effective_weights(weights: dict | None = None) -> dict:
    """The defaults with the user's overrides ("tie_weights" setting) laid over them (unusable ones ignored)."""
    merged = {**DEFAULT_WEIGHTS, "channels": dict(DEFAULT_WEIGHTS["channels"])}
    for name, value in (weights if isinstance(weights, dict) else {}).items():
        if name == "channels" and isinstance(value, dict):
            merged["channels"].update({k: float(v) for k, v in value.items() if k in merged["channels"] and _usable(v)})
        elif name in merged and name != "channels" and _usable(value):
            merged[name] = float(value)
    return merged


def _connected(doc: dict) -> bool:
    return bool(doc.get("connected_on"))


def moments_of(doc: dict) -> tuple[int, ...]:
    """When each logged interaction happened, in microseconds since 1970 UTC, in the log's order: each "at"
    parsed once however many of the components below read it, and kept for the logs read last (a running
    companion reads the same few hundred logs of hundreds of contacts on every `followups`). Whole
    microseconds, as datetimes subtract: the same ages and spans, without a timedelta per contact."""
    return _moments(tuple(event["at"] for event in doc.get("interactions", [])))


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)
_MICROSECONDS_A_DAY = 86_400_000_000


def _moment(stamp: str) -> int:
    return (to_datetime(stamp) - _EPOCH) // _MICROSECOND


# The moments of the logs read last, by their stamps, the least recently read first: one cache, which may_be_overdue
# fills too when it has read a log whole, for the tie_of that weighs it next (a functools.lru_cache takes no value
# it did not compute itself). An OrderedDict, as its popitem is one step no other thread can come between.
_MOMENTS: OrderedDict[tuple[str, ...], tuple[int, ...]] = OrderedDict()
MOMENTS_KEPT = 4096


def _moments(stamps: tuple[str, ...]) -> tuple[int, ...]:
    found = _MOMENTS.get(stamps)
    return _keep_moments(stamps, found if found is not None else tuple(map(_moment, stamps)))


def _keep_moments(stamps: tuple[str, ...], moments: tuple[int, ...]) -> tuple[int, ...]:
    _MOMENTS.pop(stamps, None)
    _MOMENTS[stamps] = moments  # the most recently read
    while len(_MOMENTS) > MOMENTS_KEPT:
        _MOMENTS.popitem(last=False)
    return moments


# Within one occasion, the richest contact counts in full and each further one (richest first) half the one before:
# ten logs in a minute weigh less than two occasions of the richest kind.
SAME_OCCASION_FACTOR = 0.5


def _grouping(moments: Sequence[int]) -> list[tuple[int, list[int]]]:
    """The contacts grouped into occasions, oldest first, by their places in the log: one a calendar day (UTC). A
    burst of logs (a double click, catching up on the log, a call then a message about it) is one occasion, not many:
    a tie grows with repeated contact over time (Gilbert & Karahalios: frequency over time), not with clicks. Each
    occasion: its latest moment and its places, oldest first."""
    latest: list[int] = []
    members: list[list[int]] = []
    day = None
    # Stable, as the log's order among equal moments is the order within an occasion.
    for i in sorted(range(len(moments)), key=moments.__getitem__):
        moment = moments[i]
        # By day alone, so that adding a contact never merges two occasions: the strength can only rise.
        if moment // _MICROSECONDS_A_DAY == day:
            members[-1].append(i)
            latest[-1] = moment
        else:
            day = moment // _MICROSECONDS_A_DAY
            latest.append(moment)
            members.append([i])
    return list(zip(latest, members, strict=True))


@lru_cache(maxsize=4096)
def _occasion_worths(moments: tuple[int, ...], kinds: tuple[str, ...], channels: tuple[tuple[str, float], ...]
                     ) -> tuple[tuple[tuple[int, float], ...], int]:
    """Each occasion's latest moment and worth (its richest contact in full, each further one half the one
    before), and how many occasions hold a two-way contact: all the strength needs of the log but the clock.
    Kept for the logs read last, as _moments is (by the moments, and the kinds and channel weights, which an edit
    may change): a running companion grouped the same ~100,000 contacts of a few hundred people on every
    `followups`. The grouping itself is not kept: its places would hold a number per contact, for nothing."""
    weight_of = dict(channels)
    worths = []
    two_way = 0
    for moment, members in _grouping(moments):
        richest_first = sorted((weight_of.get(kinds[i], 0.0) for i in members), reverse=True)
        worths.append((moment, sum(weight * SAME_OCCASION_FACTOR ** n for n, weight in enumerate(richest_first))))
        two_way += any(kinds[i] in TWO_WAY_KINDS for i in members)
    return tuple(worths), two_way


def _components(log: list[dict], moments: Sequence[int], now: int, w: dict) -> tuple[float, float, float, float]:
    """The four components, from the contacts up to `now` (microseconds since 1970, as moments_of), counted by
    occasion (_grouping): each weighs as its richest contact (in person > video > phone > message ...)."""
    intensity = 0.0
    half_life = max(w["half_life_days"], 1e-6)
    kinds = tuple(e["kind"] for e in log)
    worths, two_way = _occasion_worths(tuple(moments), kinds, tuple(sorted(w["channels"].items())))
    for moment, worth in worths:
        # (now - moment).total_seconds() of the datetimes: their microseconds apart / 10**6, to the same float;
        # never negative, as contacts after now are left out before (_strength).
        age_days = (now - moment) / 1_000_000 / 86400
        intensity += worth * 0.5 ** (age_days / half_life)
    recency = 1 - math.exp(-intensity / max(w["saturation"], 1e-6))
    # The span from first to latest contact: silence alone must not make a tie look stronger.
    duration = 1 - math.exp(-max((max(moments) - min(moments)) // _MICROSECONDS_A_DAY, 0) / 365)
    # Grows with each occasion with a two-way contact and never falls when a one-way one (a like) is added.
    reciprocity = 1 - 0.5 ** two_way
    # Channels used, but no more of them than occasions: four kinds logged in one minute are one occasion.
    multiplexity = min(1.0, (min(len(set(kinds)), len(worths)) - 1) / 3)
    return recency, duration, reciprocity, multiplexity


def strength_of(doc: dict, now: datetime | None = None, weights: dict | None = None) -> float:
    """Tie strength in 0..1 from the interaction log (0 when nothing was ever logged)."""
    return _strength(doc.get("interactions", []), moments_of(doc), now or utc_now(), weights)


def _strength(log: list[dict], moments: Sequence[int], now: datetime, weights: dict | None) -> float:
    """strength_of, from the log and its moments_of."""
    at = (now - _EPOCH) // _MICROSECOND
    if moments and max(moments) > at:  # contacts dated after now do not count (yet)
        kept = [(moment, event) for moment, event in zip(moments, log, strict=True) if moment <= at]
        moments, log = [moment for moment, _ in kept], [event for _, event in kept]
    if not moments:
        return 0.0
    w = effective_weights(weights)
    r, d, q, m = _components(log, moments, at, w)
    total = w["recency"] + w["duration"] + w["reciprocity"] + w["multiplexity"]
    if total <= 0:
        return 0.0
    score = (w["recency"] * r + w["duration"] * d + w["reciprocity"] * q + w["multiplexity"] * m) / total
    return round(min(max(score, 0.0), 1.0), 4)


def _had_conversation(doc: dict) -> bool:
    return any(e["kind"] in TWO_WAY_KINDS for e in doc.get("interactions", []))


def _stage(doc: dict, strength: float) -> Stage:
    from_log = _stage_from_log(doc, strength)
    floor = CIRCLE_STAGE_FLOOR.get(doc.get("circle") or "")
    return floor if floor and STAGES.index(floor) > STAGES.index(from_log) else from_log


def _stage_from_log(doc: dict, strength: float) -> Stage:
    if not _had_conversation(doc):
        return "new" if _connected(doc) else "stranger"
    for threshold, stage in STAGE_THRESHOLDS:
        if strength >= threshold:
            return stage
    return "acquaintance"


def suggested_layer(doc: dict, strength: float) -> str | None:
    """The Dunbar layer tie strength suggests, or None for people one never had a conversation with."""
    if not _had_conversation(doc):
        return None
    for threshold, layer in LAYER_THRESHOLDS:
        if strength >= threshold:
            return layer
    return "wider"


def last_contact(doc: dict) -> str | None:
    """The latest logged interaction of any kind (any contact resets the check-in clock)."""
    return _last_contact(doc.get("interactions", []), moments_of(doc))


def _last_contact(log: list[dict], moments: Sequence[int]) -> str | None:
    return log[moments.index(max(moments))]["at"] if moments else None  # the first logged, of equal ones


# A first real conversation (a meeting, a video or phone call) with someone you had not talked with before is
# followed up within two weeks, whatever the layer: the common networking norm ("follow up within 24 hours, check
# in again within a week or two"), before the other person's memory of the talk has gone cold. A year's wait after
# one call (the wider layer's cadence) loses the tie it was meant to keep.
FIRST_FOLLOW_UP_DAYS = 14
# The kinds that make a real conversation (a reply is two-way, but is not a conversation of its own).
TALK_KINDS = TWO_WAY_KINDS - {"reply"}
def check_in_plan(doc: dict, layer: str, log: list[dict] | None = None, moments: Sequence[int] | None = None
                  ) -> date:
    """The next check-in's day: the layer's cadence from the last contact, shortened to FIRST_FOLLOW_UP_DAYS while
    the tie is new (its last contact is the day of the first conversation you ever logged with them; any later
    contact, the follow-up made, settles it and the layer's cadence takes over), and brought forward to the due day
    of an open promise falling before it: the promise is the reason to write then."""
    if log is None or moments is None:
        log, moments = doc.get("interactions", []), moments_of(doc)
    days = CHECK_IN_DAYS[layer]
    if moments:
        latest = max(moments)
        since = to_datetime(_last_contact(log, moments)).date()
        last_day = latest // _MICROSECONDS_A_DAY
        talked_before = any(m // _MICROSECONDS_A_DAY < last_day for m, e in zip(moments, log, strict=True)
                            if e["kind"] in TWO_WAY_KINDS)
        talked_then = any(m // _MICROSECONDS_A_DAY == last_day for m, e in zip(moments, log, strict=True)
                          if e["kind"] in TALK_KINDS)
        if talked_then and not talked_before:
            days = min(days, FIRST_FOLLOW_UP_DAYS)
    else:
        since = to_datetime(doc.get("connected_on") or doc["first_seen"]).date()
    due = since + timedelta(days=days)
    promised = promised_by(doc)
    return promised if promised is not None and promised < due else due


def promised_by(doc: dict) -> date | None:
    """The earliest due day of an open promise to this person, or None (none open, or none with a day that can be
    read). A kept or let-go promise is owed no longer: it sets no day."""
    days = []
    for item in doc.get("commitments", []):
        if not is_open(item) or not item.get("due"):
            continue
        try:
            days.append(date.fromisoformat(str(item["due"])[:10]))
        except ValueError:
            continue  # a date edited by hand that cannot be read gives no check-in its timing
    return min(days, default=None)


def clock_runs(doc: dict) -> bool:
    """Whether a check-in clock may run for this person: any contact logged, a circle chosen, or an open promise
    with a due day (tie_of says when; people with none of these, e.g. imported connections, are passed over)."""
    return bool(doc.get("interactions")) or doc.get("circle") in LAYERS or promised_by(doc) is not None


# The fewest days a check-in can follow the last contact (check_in_plan), whatever the layer.
SHORTEST_CHECK_IN_DAYS = min(*CHECK_IN_DAYS.values(), FIRST_FOLLOW_UP_DAYS)


def may_be_overdue(doc: dict, now: datetime | None = None) -> bool:
    """False when no check-in of theirs can have passed by `now` whatever their tie: their last contact is more
    recent than the shortest cadence (SHORTEST_CHECK_IN_DAYS) and no open promise is due before today. Then
    tie_of(doc, now).overdue is False, and `followups` need not weigh their whole log (the people you contact
    most log the most contacts, and were contacted last). True when it may be, or when it cannot be told cheaply.
    Any contact that recent will do, as the last one is no older: read from the end of the log, where the latest
    are logged, so a long log is rarely read whole (nor kept); one read whole, none recent, is kept with the moments
    moments_of reads, so that the tie_of that weighs it next does not parse every date of it again."""
    log = doc.get("interactions", [])
    if not log:
        return True
    today = (now or utc_now()).date()
    recent = (today - timedelta(days=SHORTEST_CHECK_IN_DAYS) - _EPOCH.date()).days  # a UTC day, counted from 1970
    read = []
    for event in reversed(log):
        moment = _moment(event["at"])
        if moment // _MICROSECONDS_A_DAY >= recent:
            break
        read.append(moment)
    else:
        _keep_moments(tuple(event["at"] for event in log), tuple(reversed(read)))
        return True
    promised = promised_by(doc)
    return promised is not None and promised < today


def check_in_soon(due: str | None, now: datetime | None = None) -> bool:
    """Whether a check-in (an ISO day) falls due within CHECK_IN_SOON_DAYS from today, today included; one already
    past is overdue, not soon."""
    if not due:
        return False
    try:
        days = (date.fromisoformat(due[:10]) - (now or utc_now()).date()).days
    except ValueError:
        return False
    return 0 <= days <= CHECK_IN_SOON_DAYS


def tie_of(doc: dict, now: datetime | None = None, weights: dict | None = None) -> Tie:
    """Strength, stage, last contact, layer and the next check-in for one stored person."""
    now = now or utc_now()
    log, moments = doc.get("interactions", []), moments_of(doc)
    strength = _strength(log, moments, now, weights)
    chosen = doc.get("circle")
    layer = chosen if chosen in LAYERS else suggested_layer(doc, strength)
    last = _last_contact(log, moments)
    next_check_in = None
    overdue = False
    # No layer (no conversation yet): an open promise's due day is still a day to write by.
    due = check_in_plan(doc, layer, log, moments) if layer else promised_by(doc)
    if due is not None:
        next_check_in = due.isoformat()
        overdue = due < now.date()
    return Tie(
        strength=strength,
        stage=_stage(doc, strength),
        last_contact=last,
        next_check_in=next_check_in,
        layer=layer,
        overdue=overdue,
    )


def stage_of(doc: dict, now: datetime | None = None, weights: dict | None = None) -> Stage:
    """The relationship stage (stranger, new, acquaintance, friend, close) of a stored person."""
    return tie_of(doc, now, weights).stage
