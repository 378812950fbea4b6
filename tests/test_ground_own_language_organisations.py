"""Round 37: an organisation named in its own language on one side and in English on the other, read word by word
(`normalise/org_words.py`): every content word of each has its counterpart in the other, the kind agrees, and the
place, when either names one, is the same. Every name is made up (or a real name rearranged), not taken from a set of
pairs; and the near misses that must stay two: one kind and one city, one kind and two cities, a name of common
words only."""

from __future__ import annotations

import pytest
from ground_examples import shared_of_kind

from companion.ground.normalise.org_words import city_of_word, read_name, same_organisation_by_words

WARSAW = {"location": "Warszawa, Polska"}
NEW_YORK = {"location": "New York, United States"}


def _employers(mine: str, theirs: str, me: dict, them: dict) -> list:
    return shared_of_kind("employer", {"experience": [{"company": mine}], **me},
                          {"experience": [{"company": theirs}], **them})


@pytest.mark.parametrize(("word", "city"), [
    ("warszawie", "warsaw"),    # Polish locative
    ("krakowska", "krakow"),    # Polish adjective
    ("poznaniu", "poznan"),
    ("lodzi", "lodz"),
    ("budapesti", "budapest"),  # Hungarian adjective
    ("debreceni", "debrecen"),
    ("wiener", "vienna"),       # German adjective of Wien
])
def test_a_city_in_its_cases_and_adjectives(word, city):
    assert city_of_word(word) == city


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Muzeum Sztuki Nowoczesnej w Poznaniu", "Museum of Modern Art in Poznań"),   # case, dictionary word, kind
    ("Debreceni Fesztiválzenekar", "Debrecen Festival Orchestra"),                # a compound ending in its kind
    ("Fundacja Sztuki Nowoczesnej w Łodzi", "Modern Art Foundation, Łódź"),       # words in another order
    ("Museo de Arte Moderno de Sevilla", "Seville Museum of Modern Art"),
])
def test_one_organisation_named_in_its_own_language_and_in_english(mine, theirs):
    assert same_organisation_by_words(mine, theirs)
    assert _employers(mine, theirs, WARSAW, NEW_YORK)  # wherever the two live: the name says which


def test_a_name_of_common_words_meets_only_between_people_of_one_country():
    mine, theirs = "Orkiestra Muzyki Nowoczesnej Młodzieży", "Youth Orchestra of Modern Music"
    assert same_organisation_by_words(mine, theirs, {"PL"})
    assert not same_organisation_by_words(mine, theirs)


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Museum of Modern Art", "Muzeum Sztuki Nowoczesnej w Poznaniu"),         # one kind, a city on one side only
    ("Filharmonia Narodowa", "Filharmonia Krakowska"),                        # one kind, no city and a city
    ("Debrecen Festival Orchestra", "Budapesti Fesztiválzenekar"),            # one kind, two cities
    ("National Museum in Kraków", "Muzeum Narodowe w Poznaniu"),
    ("Muzeum Sztuki Nowoczesnej w Poznaniu", "Poznań Modern Art Foundation"),  # two kinds of one place
    ("Muzeum Sztuki w Poznaniu", "Museum of Modern Art in Poznań"),           # a word of one with none in the other
    ("Teatro Nacional", "National Theatre"),                                  # common words only, two countries
])
def test_two_organisations_that_share_a_kind_or_a_city_stay_two(mine, theirs):
    assert not same_organisation_by_words(mine, theirs)
    assert not same_organisation_by_words(mine, theirs, {"PL"}) or "Teatro" in mine
    assert not _employers(mine, theirs, WARSAW, NEW_YORK)


def test_national_theatre_of_one_country_needs_more_than_common_words():
    # two people in one country, but a name of a kind and one common word says no more than 'the national one'
    assert not same_organisation_by_words("Teatro Nacional", "National Theatre", {"CR"})


def test_a_name_is_read_in_slots_once_per_word():
    assert read_name("Budapesti Fesztiválzenekar") == (("place:budapest",), ("kind:festival",), ("kind:orchestra",))
    # 'Christmas' is no country's adjective (Norwegian 'Christmasøya'), nor 'Szeretetszolgálat' Serbia's
    assert all(not key.startswith("country:") for slot in read_name("Christmas Szeretetszolgálat") for key in slot)


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Banco de Alimentos Córdoba", "Córdoba Food Bank"),      # Córdoba of Spain, of Argentina, of Mexico
    ("Fundación Arte Moderno Valencia", "Valencia Modern Art Foundation"),
])
def test_a_city_of_one_name_in_two_countries_says_which_only_to_people_of_one_country(mine, theirs):
    assert not same_organisation_by_words(mine, theirs)
    assert same_organisation_by_words(mine, theirs, {"ES"})


def test_one_wording_with_and_without_a_little_word_is_left_to_the_rules_that_know_its_countries():
    assert not same_organisation_by_words("Banco de Alimentos Córdoba", "Banco de Alimentos de Córdoba", {"AR"})


@pytest.mark.parametrize(("mine", "theirs"), [
    ("広島県庁", "Hiroshima Prefectural Government"),
    ("京都府", "Kyoto Prefectural Government"),       # the prefecture's bare name, as an employer
    ("東京都庁", "Tokyo Metropolitan Government"),
])
def test_a_japanese_prefectures_government_in_japanese_and_in_english(mine, theirs):
    assert _employers(mine, theirs, {"location": "Tokyo, Japan"}, {"location": "Tokyo, Japan"})


@pytest.mark.parametrize(("mine", "theirs"), [
    ("広島県庁", "Hiroshima City Hall"),                   # the prefecture's government is not its city's
    ("京都府立大学", "Kyoto Prefectural Government"),       # a prefecture's university is not its government
    ("広島県庁", "Kyoto Prefectural Government"),
])
def test_a_prefectures_government_is_not_its_citys_nor_its_university(mine, theirs):
    assert not _employers(mine, theirs, {"location": "Tokyo, Japan"}, {"location": "Tokyo, Japan"})


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Deutsche Bank", "German Bank"),          # a kind and a country only: any of that country's
    ("Polski Instytut", "Polish Institute"),
])
def test_a_kind_and_a_country_only_names_no_one_organisation(mine, theirs):
    assert not same_organisation_by_words(mine, theirs, {"DE", "PL"})


def test_a_kind_and_a_city_names_the_citys_one():
    assert same_organisation_by_words("Filharmonia Krakowska", "Kraków Philharmonic")
