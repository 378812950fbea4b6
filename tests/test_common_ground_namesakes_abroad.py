"""Three false friends two fresh sets showed, each a class: an acronym two schools of two countries bear (the bare
one meets the bracketed one only where the people's countries say so), a chapter named for a city's name that two
countries' cities bear (one chapter only for two people of one country), and a company sharing its first word with
its separately-branded subsidiary (a workplace of its own). The true matches of each class still match."""

from __future__ import annotations

import pytest
from ground_examples import found, person

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise.companies import carries_brand
from companion.ground.normalise.places import countries_with_city
from companion.ground.normalise.schools import normalise_school

LONDON, BRUSSELS, LOUVAIN = ({"location": "London, United Kingdom"}, {"location": "Brussels, Belgium"},
                             {"location": "Louvain-la-Neuve, Belgium"})

SHARED = [
    ("school", "UCLouvain", "Université catholique de Louvain (UCL)", None, None),
    ("school", "UCL", "University College London", LONDON, BRUSSELS),
    ("school", "UCL", "University College London (UCL)", None, None),
    ("school", "UCL", "Université catholique de Louvain (UCL)", BRUSSELS, LOUVAIN),  # a Belgian's UCL is Louvain's
    ("employer", "Mercado Libre", "MercadoLibre", None, None),
    ("employer", "Mercado Libre", "Mercado Libre Argentina", None, None),
    ("employer", "Mercado Libre Argentina", "MercadoLibre", None, None),
    # A division carrying its parent's whole name, the word for the parent's form aside, is still one employer.
    ("employer", "Mercedes-Benz Group", "Mercedes-Benz Bank", None, None),
    ("employer", "MTN Group", "MTN Nigeria", None, None),
]


@pytest.mark.parametrize(("kind", "mine", "theirs", "me", "them"), SHARED)
def test_true_matches_of_each_class_still_match(kind, mine, theirs, me, them):
    assert found(kind, mine, theirs, me, them), f"{mine!r} and {theirs!r} should be shared"


NOT_SHARED = [
    # The bare acronym of a Londoner is University College London, whatever the other's bracket says.
    ("school", "UCL", "Université catholique de Louvain (UCL)", LONDON, BRUSSELS),
    ("school", "UCL", "Université catholique de Louvain (UCL)", None, None),
    # A subsidiary with a brand of its own shares its parent's first word only.
    ("employer", "Mercado Libre", "Mercado Pago", None, None),
    ("employer", "MercadoLibre", "Mercado Pago", None, None),
]


@pytest.mark.parametrize(("kind", "mine", "theirs", "me", "them"), NOT_SHARED)
def test_false_friends_of_each_class_stay_apart(kind, mine, theirs, me, them):
    assert not found(kind, mine, theirs, me, them), f"{mine!r} and {theirs!r} should not be shared"


def test_a_written_out_name_is_not_the_school_another_country_knows_by_its_bracketed_acronym():
    assert normalise_school("Université catholique de Louvain (UCL)").key != normalise_school("UCL").key
    assert normalise_school("University College London (UCL)").key == normalise_school("UCL").key


def test_the_first_word_of_a_parent_of_several_words_is_not_its_brand():
    assert not carries_brand("Mercado Pago", "Mercado Libre")
    assert carries_brand("Google Cloud", "Google")
    assert carries_brand("Erste Digital", "Erste Group")


def _food_banks(mine: str, theirs: str):
    a = person(volunteering=[{"organization": "Banco de Alimentos Córdoba"}], location=f"Córdoba, {mine}")
    b = person(volunteering=[{"organization": "Banco de Alimentos de Córdoba"}], location=f"Córdoba, {theirs}")
    return find_common_ground(a, b).commonalities


def test_a_chapter_of_a_city_name_two_countries_bear_is_one_only_for_one_country():
    assert {"AR", "ES"} <= countries_with_city("Córdoba")
    apart = _food_banks("Argentina", "España")
    assert not [c for c in apart if c.kind == "group"]
    assert [c for c in apart if c.kind == "cause"]  # two food banks: the cause they serve is still shared
    together = _food_banks("Argentina", "Argentina")
    assert [c for c in together if c.kind == "group" and "Córdoba" in c.mine and "Córdoba" in c.theirs]


def test_a_chapter_of_a_city_name_only_one_country_bears_meets_without_places():
    assert countries_with_city("Mendoza") == {"AR"}
    assert countries_with_city("London") == {"GB"}  # London, Ontario is small beside it
    a = person(volunteering=[{"organization": "Banco de Alimentos Mendoza"}])
    b = person(volunteering=[{"organization": "Banco de Alimentos de Mendoza"}])
    assert [c for c in find_common_ground(a, b).commonalities if c.kind == "group"]
