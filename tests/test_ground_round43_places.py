"""Round 43 (places): towns of 5,000 people are in cities.json (GeoNames cities5000), so a town too small for
cities15000 is a town of its own rather than its country alone, which "matched" any city of that country; whether
it is a suburb of the big city beside it is the conurbation rules' and metros.json's to say."""

from __future__ import annotations

import pytest
from ground_examples import person

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise.places import resolve_place


def shared_place(mine: str, theirs: str) -> list[str]:
    found = find_common_ground(person(location=mine), person(location=theirs)).commonalities
    return [c.label for c in found if c.kind == "place"]


@pytest.mark.parametrize("written, town", [
    ("Walldorf, Germany", "Walldorf"),  # 14,800 people
    ("Matamata, New Zealand", "Matamata"),  # 6,300
    ("Wanaka, New Zealand", "Wanaka"),
    ("Kinsale, Ireland", "Kinsale"),
    ("Byron Bay, NSW", "Byron Bay"),
])
def test_a_town_of_five_thousand_is_a_town_of_its_own(written, town):
    place = resolve_place(written)
    assert place is not None and place.city == town


@pytest.mark.parametrize("mine, theirs", [
    ("Walldorf, Germany", "Karlsruhe, Germany"),  # 35 km apart, each its own town
    ("Matamata, New Zealand", "Hamilton, New Zealand"),
    ("Wanaka, New Zealand", "Christchurch, New Zealand"),
    ("Kinsale, Ireland", "Dublin, Ireland"),
    ("Byron Bay, NSW", "Sydney, NSW"),
])
def test_two_towns_of_one_country_share_no_place(mine, theirs):
    assert shared_place(mine, theirs) == []


@pytest.mark.parametrize("mine, theirs, area", [
    # Suburbs the tables now know: in their city's area, as the conurbation rule and metros.json draw it.
    ("Zollikon, Switzerland", "Zürich, Switzerland", "Zurich area"),
    ("Küsnacht, Switzerland", "Zürich, Switzerland", "Zurich area"),
    ("Queanbeyan, NSW", "Canberra, Australia", "Canberra area"),
    ("Sausalito, CA", "San Francisco, CA", "San Francisco Bay Area"),
    # Alt Penedès is in the Regió Metropolitana de Barcelona: the Barcelona area is drawn at 35 km.
    ("Sant Sadurní d'Anoia, Spain", "Barcelona, Spain", "Barcelona area"),
])
def test_a_suburb_too_small_for_cities15000_meets_its_city(mine, theirs, area):
    assert shared_place(mine, theirs) == [area]


@pytest.mark.parametrize("written, city", [("Roma", "Rome"), ("Breslau", "Wrocław"), ("Atenas", "Athens")])
def test_a_small_town_named_as_a_big_city_abroad_leaves_the_name_to_the_city(written, city):
    # Roma (Queensland, 7,100), Breslau (Ontario), Atenas (Costa Rica): main names come before a city's other
    # names, so scripts/build_places.py leaves out a small town whose name is a big city's in another language.
    place = resolve_place(written)
    assert place is not None and place.city == city


def test_a_small_town_near_a_city_of_a_million_is_in_its_area():
    # Joondalup (25 km from Perth's centre, which metros.json draws no area for) is one of Perth's suburbs, and
    # 'WA' after it is Western Australia now that the table knows the town.
    assert resolve_place("Joondalup, WA").country == "AU"
    assert shared_place("Joondalup, WA", "Perth, Australia") == ["Perth area"]


@pytest.mark.parametrize("written, level, where", [
    ("Indiana", "region", "IN"),  # not Indiana, Pennsylvania (14,100)
    ("California", "region", "CA"),  # not California, Maryland
    ("South Brisbane", "city", "Brisbane"),  # a district by the river, not a town of its own
])
def test_a_small_towns_name_that_is_a_states_or_a_districts_stays_theirs(written, level, where):
    place = resolve_place(written)
    assert place.levels()[0][0] == level and where in (place.region, place.city)
