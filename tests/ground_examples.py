"""Two made-up profiles that differ in one field, for the common-ground tests of what is and is not shared."""

from __future__ import annotations

from companion.ground.common_ground import find_common_ground
from companion.models import Commonality, Profile

# Where each kind of thing is written on a profile ('about' is free text, compared with a listed interest).
FIELD = {
    "school": lambda value: {"education": [{"school": value}]},
    "employer": lambda value: {"experience": [{"company": value}]},
    "skill": lambda value: {"skills": [value]},
    "interest": lambda value: {"interests": [value]},
    "about": lambda value: {"about": value},
    "cause": lambda value: {"volunteering": [{"organization": "Local charity", "cause": value}]},
    "place": lambda value: {"location": value},
}


def person(**fields) -> Profile:
    return Profile.model_validate({"name": "Test Person", **fields})


def found(kind: str, mine: str, theirs: str, me: dict | None = None, them: dict | None = None) -> list[Commonality]:
    """What two people share when one writes `mine` and the other `theirs` in the field of `kind` (their places,
    when given in `me` and `them`, count only for places; the volunteering organisation and languages never)."""
    a = person(**FIELD[kind](mine), **(me or {}))
    b = person(**FIELD["interest" if kind == "about" else kind](theirs), **(them or {}))
    return [c for c in find_common_ground(a, b).commonalities
            if c.kind not in ("group", "language", "place") or kind == "place"]


def shared_of_kind(kind: str, mine: dict, theirs: dict) -> list[Commonality]:
    """What two people with the fields `mine` and `theirs` share of `kind` (a place, a school, an interest...)."""
    return [c for c in find_common_ground(person(**mine), person(**theirs)).commonalities if c.kind == kind]
