"""Places: aliases, boroughs inside metros, and the towns that share a name but not a place."""

from __future__ import annotations

import pytest
from ground_examples import found, shared_of_kind

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


@pytest.mark.parametrize(("written", "country", "city"), [
    ("Sydney NSW", "AU", "Sydney"), ("Adelaide SA", "AU", "Adelaide"), ("Vancouver BC", "CA", "Vancouver"),
    ("Austin TX", "US", "Austin"), ("São Paulo SP", "BR", "São Paulo"),
    # A province's two-letter code no US state has is the province's: Sydney, Nova Scotia.
    ("Sydney, NS", "CA", "Sydney"), ("Halifax NS", "CA", "Halifax"),
    # A town named with its river, read in the language the connecting word is in.
    ("Offenbach am Main", "DE", "Offenbach"), ("Newcastle upon Tyne", "GB", "Newcastle upon Tyne"),
])
def test_a_state_code_or_a_river_after_the_city(written, country, city):
    place = resolve_place(written)
    assert place is not None and place.country == country and place.city == city


def test_a_river_word_in_another_language_does_not_move_the_town_abroad():
    assert resolve_place("Halle an der Saale") is None or resolve_place("Halle an der Saale").country == "DE"


@pytest.mark.parametrize(("town", "core"), [("Zeist", "Utrecht"), ("Getxo", "Bilbao"), ("Offenbach am Main", "Frankfurt")])
def test_a_town_next_to_a_city_of_two_hundred_thousand_is_in_its_area(town, core):
    assert resolve_place(town).metro == resolve_place(core).metro


@pytest.mark.parametrize(("written", "same_as"), [
    ("Krung Thep (Bangkok)", "Bangkok"), ("Tōkyō (Minato-ku)", "Tokyo, Japan"), ("Kolozsvár (Cluj-Napoca)", "Cluj-Napoca"),
    ("Cambridge (MA)", "Cambridge, Massachusetts"), ("Gand", "Gent"), ("TP HCM", "Ho Chi Minh City"),
])
def test_a_place_in_brackets_or_by_another_name(written, same_as):
    assert resolve_place(written).metro == resolve_place(same_as).metro


def test_a_city_whose_name_holds_brackets_is_that_city():
    assert resolve_place("Frankfurt (Oder)").metro != resolve_place("Frankfurt am Main").metro
    assert resolve_place("FPT Software HCM") is None  # a name, then a city's short name, is no place called so


def _places(mine: str, theirs: str) -> list:
    return shared_of_kind("place", {"location": mine}, {"location": theirs})


@pytest.mark.parametrize("mine, theirs", [
    ("Rothera Research Station, Antarctica", "Scott Base, Ross Island, Antarctica"),
    ("McMurdo Station, Antarctica", "Concordia Station, Antarctica"),
    ("Camp Lemonnier, Djibouti", "Djibouti City, Djibouti"),
])
def test_two_stations_of_one_country_or_continent_are_far_apart(mine, theirs):
    assert not _places(mine, theirs)


def test_one_station_both_name_is_still_shared_and_a_country_alone_still_meets_a_city():
    assert _places("Rothera Research Station, Antarctica", "Rothera Research Station, Antarctica")
    assert _places("Paris, France", "France")


def test_a_town_then_an_indonesian_province_is_in_indonesia():
    assert _places("Ubud, Bali, Indonesia", "Ubud, Bali")
    assert not _places("Ubud, Bali", "Howrah, West Bengal")        # not the Indian town of Bāli's area
    assert not _places("Kuta, Bali", "Bandung, West Java")         # two towns of one country, far apart


@pytest.mark.parametrize("mine, theirs", [
    ("Eindhoven, Noord-Brabant, Nederland", "Eindhoven, North Brabant, Netherlands"),
    ("Bukavu, Sud-Kivu, RDC", "Bukavu, South Kivu, DR Congo"),
])
def test_one_region_in_two_languages_is_one_place(mine, theirs):
    assert found("place", mine, theirs)


def test_two_parts_of_a_country_still_tell_one_city_name_apart():
    assert not found("place", "Aurangabad, Maharashtra", "Aurangabad, Bihar")
