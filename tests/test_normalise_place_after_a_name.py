"""One way to ask each place question: a place after a company's name, the level a place is known at, the words
around a city's name and the compass in other languages."""

from __future__ import annotations

import pytest

from companion.ground.normalise.companies import (
    chapter_place,
    is_federation,
    is_named_with_place,
    normalise_company,
    normalise_organisation,
    one_employer_wording,
    place_after_name,
    same_place,
)
from companion.ground.normalise.places import (
    COMPASS,
    country_code,
    country_of_place,
    is_country_name,
    place_level,
    resolve_place,
    strip_area_words,
)


@pytest.mark.parametrize(("tail", "regions", "big", "expected"), [
    ("nigeria", False, False, True),  # a country
    ("montreal", False, False, True),  # a big city
    ("trento", False, False, True),
    ("trento", False, True, False),  # not a city of a million: after a brand, as likely a word of another name
    ("sao paulo", False, True, True),
    ("texas", False, True, True),  # a state
    ("emea", True, False, True),  # a region word, when asked for
    ("emea", False, False, False),
    ("mobile", False, False, False),  # a word of companies' names, though a town in Alabama
    ("enterprise", False, False, False),
    ("software", False, False, False),
])
def test_a_place_after_a_companys_name(tail, regions, big, expected):
    assert place_after_name(tail, regions=regions, big=big) is expected


def test_every_check_of_a_place_after_a_name_asks_the_one_function():
    # A known company's arm: a country, a region word or a metropolis; not a smaller town ('Ferrari Trento').
    assert normalise_company("UBS Switzerland").key == normalise_company("UBS").key
    assert normalise_company("Ferrari Trento").key != normalise_company("Ferrari").key
    # A group written with where it is.
    assert is_named_with_place("Ubisoft Montreal", "Ubisoft")
    assert not is_named_with_place("Carrier Enterprise", "Carrier")
    # Two wordings no table knows: the name, then the branch's place; a town after a comma, however small.
    assert one_employer_wording("Hospital da Luz", "Hospital da Luz Lisboa")
    assert one_employer_wording("Fat Duck", "Fat Duck, Bray")
    assert not one_employer_wording("Carrier", "Carrier Enterprise")
    # A branch's country peeled off an unknown company's name; a one-word name keeps a smaller city.
    assert normalise_company("Zawadi Health Kenya").key == normalise_company("Zawadi Health").key
    assert normalise_company("Commonwealth Edison").key != normalise_company("Commonwealth").key


def test_one_way_to_ask_the_level_and_country_of_a_place():
    assert place_level("Bray") == "city"
    assert place_level("Texas") == "region"
    assert place_level("Vietnam") == "country"
    assert place_level("Not a place at all") is None
    assert country_of_place("Mérida, Venezuela") == "VE"
    assert country_of_place("nowhere in particular") is None
    assert is_country_name("Brasil") and country_code("Brasil") == "BR"
    assert not is_country_name("Lisboa") and country_code("Lisboa") is None


def test_the_words_around_a_citys_name_are_one_list():
    assert strip_area_words("greater nashville") == "nashville"
    assert strip_area_words("metro chicago") == "chicago"
    assert strip_area_words("chicago metro") == "chicago"
    assert strip_area_words("northern ohio") == "northern ohio"
    assert same_place("greater nashville", "nashville")
    assert same_place("metro chicago", "chicago")
    assert not same_place("northwest", "greater vancouver")
    assert not same_place("peru", "chile")


def test_the_compass_is_one_list_in_every_language():
    assert COMPASS["nord"] == COMPASS["norte"] == COMPASS["noord"] == "north"
    assert COMPASS["leste"] == "east"
    # A part of a city, of a country's region, and of the country a chapter serves.
    assert resolve_place("South Brisbane").city == resolve_place("Brisbane").city
    assert chapter_place("Big Brothers Big Sisters Northwest", "Big Brothers Big Sisters") == "northwest"
    assert chapter_place("Cruz Vermelha Brasileira Leste", "Cruz Vermelha Brasileira") == "leste"


def test_a_movement_is_keyed_once():
    red_cross = normalise_organisation("Cruz Roja Española")
    assert red_cross.parent_key is not None and is_federation(red_cross.parent_key)
    assert not is_federation("group:some-local-charity")
