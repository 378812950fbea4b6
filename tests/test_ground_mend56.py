"""Ground mend 56: names in prose are looked up as one city only where they are read as places, a faculty's
acronym is no part of its own, and rarity is claimed only from an estimate of that very thing."""

import pytest

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise.acronyms import stands_for
from companion.models import Education, Profile


def _places(a_about: str, a_location: str, b_about: str, b_location: str) -> list[str]:
    me = Profile(name="Ann Kim", location=a_location, about=a_about)
    them = Profile(name="Ben Oduya", location=b_location, about=b_about)
    return [c.label for c in find_common_ground(me, them).commonalities if c.kind == "place"]


@pytest.mark.parametrize("about, location, city", [
    ("I build web apps with Elixir and Phoenix for small teams.", "Phoenix, Arizona", "Phoenix"),
    ("Grateful to my mentor Chandler for years of code review.", "Chandler, Arizona", "Chandler"),
    ("I teach Lowell and Everett poems to teenagers.", "Lowell, Massachusetts", "Lowell"),
])
def test_a_capitalised_word_not_read_as_a_place_is_not_the_others_city(about, location, city):
    assert city not in _places(about, "Nairobi, Kenya", "Engineer.", location)
    assert city not in _places("Engineer.", location, about, "Nairobi, Kenya")


def test_a_city_read_as_a_place_is_still_the_others_city():
    assert "Busan" in _places("부산 출신 개발자입니다.", "Seoul, South Korea", "Engineer.", "Busan, South Korea")
    assert "Surabaya" in _places("I grew up in Surabaya.", "Singapore", "Engineer.", "Surabaya, Indonesia")
    assert "Cairo" in _places("Cairo-born engineer.", "London, UK", "مهندس من القاهرة", "Dubai, UAE")


@pytest.mark.parametrize("short, long, parent, acronym", [
    ("UCT GSB", "University of Cape Town Graduate School of Business", "University of Cape Town", "uct"),
    ("UoN Faculty of Law", "University of Nairobi School of Law", "University of Nairobi", "uon"),
])
def test_a_faculty_said_by_its_acronym_or_unit_word_is_the_same_part(short, long, parent, acronym):
    assert stands_for(short, long, None, parent) == acronym


@pytest.mark.parametrize("short, long, parent", [
    ("UoN Faculty of Medicine", "University of Nairobi School of Law", "University of Nairobi"),
    ("UoN Kikuyu Campus", "University of Nairobi School of Law", "University of Nairobi"),
])
def test_another_faculty_or_campus_of_one_university_stays_apart(short, long, parent):
    assert stands_for(short, long, None, parent) is None


@pytest.mark.parametrize("about, location", [
    ("Born in Odessa, moved west at twenty.", "Odessa, Texas"),
    ("Grew up in St Petersburg before moving abroad.", "St. Petersburg, Florida"),
])
def test_a_name_another_big_city_has_as_its_other_name_is_not_one_city(about, location):
    assert not _places(about, "Berlin, Germany", "Engineer.", location)


@pytest.mark.parametrize("about, location", [
    ("Further education lecturer and mentor.", "Fürth, Germany"),
    ("Hamburger enthusiast and weekend cook.", "Hamburg, Germany"),
])
def test_a_word_ending_in_er_is_no_citys_people(about, location):
    assert not _places(about, "Leeds, United Kingdom", "Engineer.", location)


def test_a_citys_people_are_still_its_people():
    assert "Auckland" in _places("A proud Aucklander.", "Sydney, Australia", "Engineer.", "Auckland, New Zealand")


def test_two_metropolitan_universities_of_two_cities_are_no_one_school():
    me = Profile(name="Ann Kim", location="Manchester, UK", education=[Education(school="Metropolitan University Manchester")])
    them = Profile(name="Ben Oduya", location="Cardiff, UK", education=[Education(school="Metropolitan University Cardiff")])
    assert not [c for c in find_common_ground(me, them).commonalities if c.kind == "school"]
