"""Round 25: causes across languages (the causes LinkedIn lists, named in more languages and scripts), a cause both
wrote in other words quoted as they wrote it, and two local organisations of one name in two countries: the cause
both wrote is shared, the organisations are not named as one."""

from __future__ import annotations

import pytest
from ground_examples import found, person

from companion.ground.common_ground import find_common_ground


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Hemlöshet", "Homelessness"),
    ("災害救護", "Disaster relief"),
    ("Limpeza de praias", "Beach cleanups"),
    ("食品ロス削減", "Food waste"),
    ("مكافحة الجوع", "Hunger"),
    ("儿童关怀", "Child welfare"),
    ("Arte comunitario", "Community arts"),
    ("Skogsplantering", "Reforestation"),
    ("Formation professionnelle", "Vocational training"),
])
def test_a_cause_in_another_language_is_that_cause(mine, theirs):
    assert found("cause", mine, theirs)


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Hemlöshet", "Hunger"),  # two causes under one wider one are two
    ("Limpeza de praias", "Reforestation"),
])
def test_two_causes_stay_two(mine, theirs):
    assert not [c for c in found("cause", mine, theirs) if c.label in ("homelessness", "zero waste")
                and c.mine == mine and c.theirs == theirs and c.why.startswith("You both care about")]


def _food_banks(their_country: str):
    me = person(volunteering=[{"organization": "Banco de Alimentos Valencia", "cause": "Seguridad alimentaria"}],
                location="Valencia, España", about="Colaboro con el Banco de Alimentos Valencia.")
    them = person(volunteering=[{"organization": "Banco de Alimentos de Valencia", "cause": "Lucha contra el hambre"}],
                  location=f"Valencia, {their_country}", about="Colaboro con el Banco de Alimentos de Valencia.")
    return find_common_ground(me, them).commonalities


def test_the_cause_both_wrote_is_quoted_as_they_wrote_it():
    causes = [c for c in _food_banks("Venezuela") if c.label == "hunger relief"]
    assert [(c.mine, c.theirs) for c in causes] == [("Seguridad alimentaria", "Lucha contra el hambre")]


def test_two_food_banks_of_one_name_in_two_countries_are_not_named_as_one():
    found_there = _food_banks("Venezuela")
    assert not [c for c in found_there if "Banco de Alimentos" in (c.mine or "") and "Banco de Alimentos" in
                (c.theirs or "")]
    assert [c for c in found_there if c.label == "hunger relief"]  # the cause both give time to is shared
