"""Round 25: a place both people name in their own words (hills, regions, villages and sites no table of cities
lists), and the names after 'in' that are no place (a skill, a language, a company, their own employer, a city of
one name in two countries)."""

from __future__ import annotations

import pytest
from ground_examples import shared_of_kind

from companion.ground.normalise.places import place_key, places_named


def _named(mine: dict, theirs: dict) -> list[str]:
    return [c.label for c in shared_of_kind("place", mine, theirs) if c.why.startswith("You both mention")]


@pytest.mark.parametrize(("mine", "theirs", "label"), [
    ("Most weekends I walk in the Brecon Beacons with my dog.", "Trail runner; happiest on a long day up the Brecon "
     "Beacons.", "Brecon Beacons"),
    ("Geóloga; trabajo en la Quebrada de Humahuaca desde 2015.", "I spent a winter mapping rock art around the "
     "Quebrada de Humahuaca.", "Quebrada de Humahuaca"),
    ("Ich klettere am liebsten im Elbsandsteingebirge.", "Sandstone climber: every spring I go back to the "
     "Elbsandsteingebirge.", "Elbsandsteingebirge"),
])
def test_a_place_both_name_in_their_prose_is_shared(mine, theirs, label):
    assert _named({"about": mine}, {"about": theirs}) == [label]


def test_a_place_one_names_is_where_the_other_lives():
    assert _named({"about": "Grew up in Ouarzazate, Morocco, before moving north."},
                  {"location": "Ouarzazate, Morocco"}) == ["Ouarzazate"]


def test_a_lake_written_in_two_languages_is_one_place():
    assert place_key("Lago di Garda") == place_key("Lake Garda") == "lake garda"
    assert _named({"about": "D'estate vado in barca sul Lago di Garda."},
                  {"about": "I windsurf on Lake Garda every August."}) == ["Lago di Garda"]


@pytest.mark.parametrize(("mine", "theirs"), [
    ("I mostly work in Python these days.", "Python and Rust are what I write."),  # a skill
    ("I write in English and Dutch.", "English is my second language."),  # a language
    ("Spent six years at Brightwave before going freelance.", "Brightwave taught me product."),  # an employer of theirs
    ("Every summer I teach in July.", "July is my favourite month."),  # a month
    ("I live in Portugal now.", "Portugal has my heart."),  # a country: where they live says it
])
def test_a_name_after_in_that_is_no_place_is_not_shared(mine, theirs):
    them = {"about": theirs}
    if "Brightwave" in mine:
        them["experience"] = [{"company": "Brightwave"}]
    assert _named({"about": mine}, them) == []


def test_a_city_of_one_name_in_two_countries_needs_both_to_say_which():
    # 'Perth' alone may be Scotland's or Australia's: no shared place without a country both give.
    assert _named({"about": "I moved back home to Perth last year."}, {"location": "Perth, Scotland, United Kingdom"}) == []
    # and two countries given are two cities
    assert _named({"about": "Born in Lagos, Nigeria."}, {"about": "I surf near Lagos, Portugal."}) == []
    # where both live: the shared location says it, not a mention besides
    assert _named({"about": "Born and raised in Lagos, Nigeria.", "location": "Lagos, Nigeria"},
                  {"location": "Lagos, Nigeria"}) == []


def test_a_city_named_with_its_country_by_both_is_shared_even_beside_a_school_of_its_name():
    assert _named({"about": "Born and raised in Lagos, Nigeria; now in Faro.", "location": "Faro, Portugal"},
                  {"location": "Lagos, Nigeria", "education": [{"school": "University of Lagos"}]}) == ["Lagos"]


def test_places_named_reads_the_name_after_a_word_that_says_where():
    assert [p.key for p in places_named("Mine closure in the Pilbara. UWA grad.")] == ["pilbara"]
    assert [p.wording for p in places_named("Nací en Chinchero, tejo desde niña")] == ["Chinchero"]
    assert [p.key for p in places_named("the weavers of Chinchero. I walk up Ngong Hills", anywhere=True)] == [
        "chinchero", "ngong hills"]
