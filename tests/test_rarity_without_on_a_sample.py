"""Leaving the compared people out of the rarity counts is only done where every contact was counted: on a sampled
index (over RARITY_SAMPLE people) who was counted is unknown, and taking out someone never counted turned "Only 1 of
your other contacts shares it" into "None… so it stands out" (final read of the stop)."""

from __future__ import annotations

from companion.ground.rarity import RarityIndex
from companion.models import Profile


def _people(n: int, skill: str) -> list[Profile]:
    return [Profile.model_validate({"name": f"P{i}", "skills": [skill]}) for i in range(n)]


def test_the_compared_are_left_out_of_a_whole_count_but_not_of_a_sample():
    them = Profile.model_validate({"name": "Them", "skills": ["OCaml"]})
    whole = RarityIndex.from_profiles([*_people(1, "OCaml"), *_people(30, "Excel"), them])
    key = next(k for k in whole.counts if "ocaml" in k.lower())
    assert whole.without(them).count(key) == whole.count(key) - 1

    sample = RarityIndex.from_profiles([*_people(1, "OCaml"), *_people(30, "Excel")])  # `them` was not sampled
    sample.sampled = True
    assert sample.without(them).count(key) == sample.count(key) == 1
