"""A sport and another sport whose name holds it are two ('Beach volleyball' is no volleyball, 'Chess boxing' no
chess), in any language the first is written in; the sport under its own names stays one."""

import pytest
from ground_examples import found


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Pallavolo", "Beach volleyball"),
    ("Volleyball", "Beach volleyball"),
    ("Siatkówka", "Beachvolleyball"),
    ("Schach", "Chess boxing"),
    ("Ajedrez", "Chess boxing"),
])
def test_a_sport_and_another_that_holds_its_name_are_two(mine, theirs):
    assert not [c for c in found("interest", mine, theirs) if c.kind == "interest"]


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Beach volleyball", "Vôlei de praia"),
    ("Volleyball", "Pallavolo"),
    ("Chess", "Schach"),
    ("Beach volleyball", "Beachvolleyball"),
    ("Fishing", "Beach fishing"),  # fishing from a beach is fishing
])
def test_one_sport_under_its_names_stays_one(mine, theirs):
    assert [c for c in found("interest", mine, theirs) if c.kind == "interest"]
