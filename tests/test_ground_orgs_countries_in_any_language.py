"""Round 34B: a country named in any language iso-codes' Latin-script catalogues give ('Crna Gora', 'Magyarország',
'Srbija'), in a declined case ('Crne Gore'), or by its Hungarian adjective ('Magyar'), where a name says its
country; and the near misses (two countries, an everyday word) that must stay apart."""

from __future__ import annotations

import pytest

from companion.ground.normalise.companies import same_national_member
from companion.ground.normalise.places import countries_of_adjective, country_code, country_of_inflected_name

RED_CROSS = "group:red-cross-and-red-crescent"


@pytest.mark.parametrize(("name", "code"), [
    ("Crna Gora", "ME"), ("Srbija", "RS"), ("Magyarország", "HU"), ("Czechy", "CZ"), ("Niemcy", "DE"),
    ("Suomi", "FI"), ("Norge", "NO"), ("Türkiye", "TR"),
])
def test_a_country_in_its_own_language(name, code):
    assert country_code(name) == code


@pytest.mark.parametrize("word", ["norra", "cada", "samo", "nigeri", "domov", "pala"])
def test_no_everyday_word_or_cut_name_is_a_country(word):
    assert country_code(word) is None


@pytest.mark.parametrize(("words", "code"), [
    (["crne", "gore"], "ME"), (["juzne", "afrike"], "ZA"),
    (["crne", "vode"], None), (["gore"], None), (["juzne", "amerike"], None),
])
def test_a_name_of_several_words_in_another_case(words, code):
    assert country_of_inflected_name(words) == code


def test_the_hungarian_adjective_before_orszag():
    assert countries_of_adjective("magyar") == frozenset({"HU"})
    assert countries_of_adjective("lengyel") == frozenset({"PL"})


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Crveni krst Crne Gore", "Red Cross of Montenegro", True),
    ("Crveni krst Crne Gore", "Montenegro Red Cross", True),
    ("Magyar Vöröskereszt", "Hungarian Red Cross", True),
    ("Lengyel Vöröskereszt", "Polish Red Cross", True),
    ("Crveni krst Crne Gore", "Red Cross of Serbia", False),
    ("Magyar Vöröskereszt", "Romanian Red Cross", False),
    ("Crveni krst Crne Gore", "Hrvatski Crveni križ", False),
])
def test_a_national_society_by_its_country_in_its_own_language(a, b, same):
    assert same_national_member(a, b, RED_CROSS) is same
