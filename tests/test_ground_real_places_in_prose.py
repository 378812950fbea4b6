"""Round 27: a place named in prose must be a real place (a city of the gazetteer, a name that says what kind of
place it is, a known region), never a subject, a person, an event, a school or a title after 'in', 'at' or
'from'; and reading both sides' places is linear in the length of an about."""

from __future__ import annotations

import time

import pytest
from ground_examples import shared_of_kind

from companion.ground.common_ground import find_common_ground
from companion.models import Profile


def _named(mine: str, theirs: str) -> list[str]:
    return [c.label for c in shared_of_kind("place", {"about": mine}, {"about": theirs})
            if c.why.startswith("You both mention")]


@pytest.mark.parametrize(("mine", "theirs"), [
    ("PhD in Computer Science.", "Studied Computer Science at MIT."),
    ("I was mentored by Jane Doe for years.", "Everything I know I learned from Jane Doe."),
    ("I learned to code from Mr Smith.", "I still write to Mr Smith."),
    ("Spoke at Web Summit last year.", "Met my cofounder at Web Summit."),
    ("Master's at Sciences Po.", "Alumna of Sciences Po."),
    ("Licenciada en Administración de Empresas.", "Grado en Administración de Empresas."),
    ("Docteur en Recherche Opérationnelle.", "Master en Recherche Opérationnelle."),
    ("I reread The Lord of the Rings every winter.", "Lost in The Lord of the Rings again."),
])
def test_a_name_after_in_at_from_that_is_no_place_is_not_a_shared_place(mine, theirs):
    assert _named(mine, theirs) == []


@pytest.mark.parametrize(("mine", "theirs", "label"), [
    ("Weekends hiking in the Sierra de Guadarrama.", "Madrileño; I climb in the Sierra de Guadarrama.",
     "Sierra de Guadarrama"),
    ("D'estate vado in barca sul Lago di Como.", "I swim in Lake Como every August.", "Lago di Como"),
    ("Mine closure in the Pilbara.", "Ten years as a geologist in the Pilbara.", "Pilbara"),
])
def test_real_places_both_name_are_still_shared(mine, theirs, label):
    assert _named(mine, theirs) == [label]


def test_both_long_abouts_naming_one_place_over_and_over_are_read_in_linear_time():
    about = ("Walked in Zorbax. " * 2000)[:20000]
    find_common_ground(Profile(name="Warm Up", about="in Lisbon"), Profile(name="Up Warm", about="in Lisbon"))
    started = time.perf_counter()
    find_common_ground(Profile(name="Ana Lima", about=about), Profile(name="Bo Chen", about=about))
    assert time.perf_counter() - started < 4  # quadratic took 14 s
