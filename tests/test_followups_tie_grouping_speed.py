"""Tie strength keeps what each log's grouping into occasions gives (companion/memory/tie_strength.py
`_occasion_worths`): a running companion's `followups` no longer sorts and groups ~100,000 contacts on every
request, and the kept grouping gives exactly the strength the plain grouping gives, whatever the clock."""

from __future__ import annotations

import math
import random
from datetime import UTC, datetime, timedelta

import companion.memory.tie_strength as tie_strength
from companion.memory.tie_strength import DEFAULT_WEIGHTS, TWO_WAY_KINDS, effective_weights, tie_of

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
KINDS = list(DEFAULT_WEIGHTS["channels"])


def plain_strength(log: list[dict], now: datetime, weights: dict | None = None) -> float:
    """The strength as the module's docstring defines it, grouped afresh (the code before the kept grouping)."""
    w = effective_weights(weights)
    at = (now - tie_strength._EPOCH) // tie_strength._MICROSECOND
    pairs = [((tie_strength.to_datetime(e["at"]) - tie_strength._EPOCH) // tie_strength._MICROSECOND, e) for e in log]
    pairs = [(m, e) for m, e in pairs if m <= at]
    if not pairs:
        return 0.0
    grouped: list[tuple[int, list[dict]]] = []
    for moment, event in sorted(pairs, key=lambda pair: pair[0]):
        if grouped and moment // 86_400_000_000 == grouped[-1][0] // 86_400_000_000:
            grouped[-1] = (moment, grouped[-1][1] + [event])
        else:
            grouped.append((moment, [event]))
    intensity = 0.0
    for moment, events in grouped:
        age_days = (at - moment) / 1_000_000 / 86400
        richest = sorted((w["channels"].get(e["kind"], 0.0) for e in events), reverse=True)
        intensity += sum(x * 0.5 ** n for n, x in enumerate(richest)) * 0.5 ** (age_days / max(w["half_life_days"], 1e-6))
    moments = [m for m, _ in pairs]
    r = 1 - math.exp(-intensity / max(w["saturation"], 1e-6))
    d = 1 - math.exp(-max((max(moments) - min(moments)) // 86_400_000_000, 0) / 365)
    q = 1 - 0.5 ** sum(1 for _, events in grouped if any(e["kind"] in TWO_WAY_KINDS for e in events))
    m = min(1.0, (min(len({e["kind"] for _, e in pairs}), len(grouped)) - 1) / 3)
    total = w["recency"] + w["duration"] + w["reciprocity"] + w["multiplexity"]
    score = (w["recency"] * r + w["duration"] * d + w["reciprocity"] * q + w["multiplexity"] * m) / total
    return round(min(max(score, 0.0), 1.0), 4)


def person(log: list[tuple[str, timedelta]]) -> dict:
    return {"id": "p-1", "first_seen": "2024-01-01T00:00:00+00:00", "circle": None, "connected_on": None,
            "interactions": [{"id": i, "kind": kind, "at": (NOW - ago).isoformat(), "note": None, "source": "manual"}
                             for i, (kind, ago) in enumerate(log)]}


def random_log(rng: random.Random) -> list[tuple[str, timedelta]]:
    # Bursts on one day, equal moments, contacts after now, in no order: what the grouping must get right.
    log = []
    for _ in range(rng.randint(1, 60)):
        day = rng.choice([-3, 0, 1, 2, 40, 41, 400, 900])
        ago = timedelta(days=day, hours=rng.choice([0, 1, 11, 23]), minutes=rng.choice([0, 0, 30]))
        log.append((rng.choice(KINDS), ago))
    return log


def test_kept_grouping_gives_the_plain_strength_at_any_clock_and_weights():
    rng = random.Random(7)
    weights = [None, {"channels": {"like": 0.0, "message": 0.9}, "half_life_days": 30}]
    for _ in range(300):
        doc = person(random_log(rng))
        for now in (NOW, NOW + timedelta(days=2), NOW + timedelta(days=500)):
            for chosen in weights:
                assert tie_of(doc, now, chosen).strength == plain_strength(doc["interactions"], now, chosen)


def test_a_log_is_grouped_once_however_often_its_tie_is_asked(monkeypatch):
    grouped = []
    real = tie_strength._grouping

    def counting(moments):
        grouped.append(len(moments))
        return real(moments)

    monkeypatch.setattr(tie_strength, "_grouping", counting)
    tie_strength._occasion_worths.cache_clear()
    doc = person([("message", timedelta(days=d, hours=h)) for d in range(0, 200, 20) for h in (1, 2)])
    first = tie_of(doc, NOW)
    assert grouped == [20]
    later = tie_of(doc, NOW + timedelta(days=30))  # the clock moved: the strength moves, the grouping is kept
    assert later.strength < first.strength
    assert grouped == [20]


def test_a_kind_changed_in_place_or_new_weights_are_not_answered_from_the_kept_grouping():
    doc = person([("like", timedelta(days=d)) for d in range(1, 30)])
    liked = tie_of(doc, NOW).strength
    doc["interactions"][-1]["kind"] = "in-person"  # the same moments, a richer contact
    met = tie_of(doc, NOW).strength
    assert met > liked and met == plain_strength(doc["interactions"], NOW)
    assert tie_of(doc, NOW, {"channels": {"in-person": 0.0}}).strength == \
        plain_strength(doc["interactions"], NOW, {"channels": {"in-person": 0.0}}) < met
