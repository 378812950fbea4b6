"""Mend 37: false friends of the fresh sets, as classes, with the pairs that must still meet."""

from __future__ import annotations

import pytest
from ground_examples import found

NOT_SHARED = [
    # Two sibling crafts of one paddling family are two pastimes.
    ("interest", "Canoeing", "Kayaking"),
    ("interest", "Canoë", "Kajak"),
    ("interest", "Outrigger canoeing", "Sea kayaking"),
    # An acronym and a city against a long name ending with a city of another country.
    ("school", "École Nationale des Arts de Dakar", "ENA Paris"),
    ("school", "Escuela Nacional de Artes de Lima", "ENA Strasbourg"),
]

SHARED = [
    ("interest", "kayak", "kayaking"),
    ("interest", "Kanufahren", "Kayaking"),  # German Kanu is both crafts: the family is shared
    ("school", "ENA", "École nationale d'administration"),
    ("school", "ENA Paris", "École nationale d'administration"),
    ("school", "ENA Dakar", "École Nationale des Arts de Dakar"),
    ("school", "UP Diliman", "University of the Philippines Diliman"),
]


@pytest.mark.parametrize(("kind", "mine", "theirs"), NOT_SHARED)
def test_fresh_false_friends_are_refused(kind, mine, theirs):
    assert [c for c in found(kind, mine, theirs) if c.label not in ("paddling",)] == [] or kind == "interest" and \
        all(c.label == "paddling" for c in found(kind, mine, theirs))
    assert not [c for c in found(kind, mine, theirs) if c.label in ("kayaking", "canoeing") or kind == "school"]


@pytest.mark.parametrize(("kind", "mine", "theirs"), SHARED)
def test_fresh_true_matches_are_kept(kind, mine, theirs):
    assert found(kind, mine, theirs), f"{mine!r} and {theirs!r} should be shared"
