"""Introductions: pairs of the user's contacts who share strong common ground but seem not to know each other.

Candidates come from an inverted index of each person's telling features (rare enough to mean something),
so a store of thousands is not compared pair by pair; the candidates are then weighed with the full
common ground. Each suggestion carries a double-opt-in draft: ask each side first, connect only when both
say yes.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable
from itertools import combinations

from pydantic import Field

from companion.ground.common_ground import find_common_ground, overlapped_in_time
from companion.ground.normalise.features import extract_features
from companion.ground.rarity import RarityIndex, prior_share
from companion.ground.starters import first_name
from companion.models import CommonGround, Profile, WireModel

# A feature this common everywhere (English, Microsoft Office) does not single a pair out.
TELLING_SHARE = 0.05
# Features shared by more people than this are skipped when looking for candidates (bounds the work).
MAX_GROUP = 200
# How many candidate pairs to count at most (bounds memory and time in a store of tens of thousands).
MAX_PAIRS = 200_000
# At least this many contexts in common, or one very strong one, before suggesting a pair.
MIN_COMMONALITIES = 2
MIN_SCORE = 0.8
_CANDIDATE_KINDS = ("school", "employer", "place:city", "place:metro", "interest", "cause", "language", "skill",
                    "topic", "group")


class Intro(WireModel):
    """A suggested introduction between two of the user's contacts."""

    a_id: str
    a_name: str
    b_id: str
    b_name: str
    common_ground: CommonGround
    reason: str = Field(description="Why these two, in a sentence")
    message: str = Field(description="Double-opt-in draft to the first person")
    message_to_b: str = Field(description="Double-opt-in draft to the second person")


def _first_sentence(text: str | None) -> str:
    text = (text or "").strip()
    end = text.find(". ")
    return text if end == -1 else text[: end + 1]


def _reason(cg: CommonGround) -> str:
    labels = [c.label for c in cg.commonalities[:3]]
    if len(labels) == 1:
        shared = labels[0]
    else:
        shared = ", ".join(labels[:-1]) + " and " + labels[-1]
    return f"They share {len(cg.commonalities)} things, most tellingly {shared}, and do not seem to know each other yet."


def _with_name(sentence: str, other_first: str) -> str:
    """'You both speak Esperanto.' to one of the pair becomes 'You and Ben both speak Esperanto.'"""
    for start in ("You both ", "You are both ", "You were both ", "You have both "):
        if sentence.startswith(start):
            return f"You and {other_first} " + sentence[len("You "):]
    return sentence


def _draft(to_first: str, other_name: str, other_first: str, cg: CommonGround) -> str:
    why = " ".join(_with_name(_first_sentence(c.why), other_first) for c in cg.commonalities[:2] if c.why)
    return (
        f"Hi {to_first}, would you be open to an introduction to {other_name}? {why} "
        f"I think you'd enjoy comparing notes. Only if you'd like to: I'll check with {other_first} too, "
        "and connect you only if you both say yes."
    )


def _candidate_keys(keys: set[str]) -> list[str]:
    # The prior, not the index: in a small store every shared thing looks common, yet still counts.
    return [k for k in keys if k.startswith(_CANDIDATE_KINDS) and prior_share(k) <= TELLING_SHARE]


def suggest_intros(
    people: Iterable[tuple[str, Profile]],
    rarity: RarityIndex | None,
    known_pairs: set[frozenset[str]] = frozenset(),
    limit: int = 10,
) -> list[Intro]:
    """Up to `limit` introductions, strongest common ground first, skipping pairs already known to each other."""
    people = list(people)
    profiles = dict(people)
    groups: dict[str, list[str]] = {}
    for person_id, profile in people:
        for key in _candidate_keys(extract_features(profile).all_keys()):
            groups.setdefault(key, []).append(person_id)

    overlap: Counter[tuple[str, str]] = Counter()
    # Rarest shared things first: they are the most telling, and the pair budget then goes to them.
    for members in sorted(groups.values(), key=len):
        if len(members) > MAX_GROUP or len(overlap) > MAX_PAIRS:
            break
        for a, b in combinations(sorted(set(members)), 2):
            overlap[(a, b)] += 1

    candidates = heapq.nlargest(max(50, limit * 10), overlap.items(), key=lambda kv: (kv[1], kv[0]))
    found: list[Intro] = []
    for (a, b), _ in candidates:
        if frozenset((a, b)) in known_pairs:
            continue
        cg = find_common_ground(profiles[a], profiles[b], rarity)
        # Overlapping at the same employer or school suggests they already know each other.
        if any(overlapped_in_time(c) for c in cg.commonalities):
            continue
        if len(cg.commonalities) < MIN_COMMONALITIES and cg.score < MIN_SCORE:
            continue
        pa, pb = profiles[a], profiles[b]
        a_name, b_name = pa.name or pa.handle or a, pb.name or pb.handle or b
        found.append(Intro(
            a_id=a, a_name=a_name, b_id=b, b_name=b_name, common_ground=cg, reason=_reason(cg),
            message=_draft(first_name(pa), b_name, first_name(pb), cg),
            message_to_b=_draft(first_name(pb), a_name, first_name(pa), cg),
        ))
    found.sort(key=lambda i: (-i.common_ground.score, i.a_id, i.b_id))
    return found[:limit]
