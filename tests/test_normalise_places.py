"""Places: aliases, boroughs inside metros, and the towns that share a name but not a place."""

from __future__ import annotations

import pytest

from companion.ground.normalise.places import resolve_place


def levels(text):
    return {level: key for level, key, _ in resolve_place(text).levels()}


@pytest.mark.parametrize(("a", "b"), [
    ("NYC", "New York, New York, United States"),
    ("London", "London, England, United Kingdom"),
    ("Bangalore", "Bengaluru, Karnataka, India"),
    ("München, Bayern, Deutschland", "Munich, Bavaria, Germany"),
    ("Lisboa, Portugal", "Lisbon"),
])
def test_city_aliases_are_one_city(a, b):
    assert levels(a)["city"] == levels(b)["city"]


def test_brooklyn_and_linkedins_new_york_metro_share_a_metro():
    assert levels("Brooklyn, NY")["metro"] == levels("New York City Metropolitan Area")["metro"]
    assert levels("Brooklyn, New York, United States")["city"] != levels("NYC")["city"]


@pytest.mark.parametrize(("a", "b"), [
    ("Cambridge, Massachusetts, United States", "Cambridge, England, United Kingdom"),
    ("Cambridge, MA", "Cambridge, UK"),
    ("Portland, Oregon", "Portland, Maine"),
    ("Portland, OR", "Portland, ME"),
])
def test_same_named_towns_are_different_places(a, b):
    la, lb = levels(a), levels(b)
    assert la["city"] != lb["city"]
    assert la.get("metro") is None or la.get("metro") != lb.get("metro")
    assert la.get("region") != lb.get("region")


def test_georgia_the_country_is_not_the_us_state():
    country = levels("Tbilisi, Georgia")
    state = levels("Atlanta, Georgia, United States")
    assert country["country"] == "place:country:GE"
    assert state["region"] == "place:region:US-GA" and state["country"] == "place:country:US"
    assert levels("Georgia")["country"] == "place:country:GE"
    assert levels("Georgia, United States")["region"] == "place:region:US-GA"


def test_cambridge_ma_is_in_the_boston_metro_and_cambridge_uk_is_not_in_london():
    assert levels("Cambridge, MA")["metro"] == levels("Greater Boston")["metro"]
    assert levels("Cambridge, England, United Kingdom").get("metro") != levels("London")["metro"]


@pytest.mark.parametrize("text", ["", "   ", "Remote", "Earth"])
def test_unknown_places_resolve_to_nothing(text):
    assert resolve_place(text) is None


def test_bare_new_york_is_the_city_but_new_york_united_states_is_the_state():
    assert levels("New York")["city"] == levels("NYC")["city"]
    assert "city" not in levels("New York, United States")
    assert levels("New York, United States")["region"] == "place:region:US-NY"


@pytest.mark.parametrize(("name", "english"), [("Wien", "vienna"), ("München", "munich"), ("Lisboa", "lisbon"),
                                               ("Vienna", "vienna"), ("Göteborg", "gothenburg")])
def test_a_big_citys_other_names_give_its_main_name(name, english):
    from companion.ground.normalise.places import english_city_name

    assert english_city_name(name) == english


def test_only_countries_states_and_big_cities_are_place_names():
    from companion.ground.normalise.places import is_place_name

    assert is_place_name("London") and is_place_name("UK") and is_place_name("Texas")
    assert not is_place_name("Sisters") and not is_place_name("Borders") and not is_place_name("")
