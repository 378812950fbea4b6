"""False friends a reviewer found on ordinary input: a city's business school read as the city's university, a bare
university name joined to a namesake in another country, a country's school of administration read as another
country's, a company's line of business read as a division, English words entered as translations. Each near miss
stays apart; the true matches of the same rule are still found."""

from __future__ import annotations

import pytest
from ground_examples import found

from companion.ground.normalise.companies import normalise_company
from companion.ground.normalise.places import resolve_place, told_apart
from companion.ground.normalise.skills import skill_words

NOT_SHARED = [
    # '<city> Business School' is often a private school of the city, not the city's university.
    ("school", "Edinburgh Business School", "University of Edinburgh"),
    ("school", "Dublin Business School", "Trinity College Dublin"),
    ("school", "Geneva Business School", "University of Geneva"),
    ("school", "Sydney Business School", "University of Sydney"),
    ("school", "Toronto Business School", "University of Toronto"),
    # A line of business after a name makes another firm, not a division: these are firms of their own.
    ("employer", "Summit Resources", "Summit"),
    ("employer", "Wellington Management", "Wellington"),
    ("employer", "Elliott Management", "Elliott"),
    ("employer", "Atlantic Health System", "Atlantic"),
]

SHARED = [
    # A university's business school known by the table, with its university.
    ("school", "Bologna Business School", "Alma Mater Studiorum – Università di Bologna"),
    ("school", "Melbourne Business School", "The University of Melbourne"),
    ("school", "Melbourne Medical School", "The University of Melbourne"),
    # Companies the table knows under their registered names.
    ("employer", "Teck", "Teck Resources Limited"),
    ("employer", "Swiss Re", "Swiss Re Management Ltd"),
    ("employer", "Mayo Clinic", "Mayo Clinic Health System"),
    ("employer", "Comcast Corporation", "Comcast Cable"),
]


@pytest.mark.parametrize(("kind", "mine", "theirs"), NOT_SHARED)
def test_near_misses_stay_apart(kind, mine, theirs):
    assert not found(kind, mine, theirs), f"{mine!r} and {theirs!r} are not the same"


@pytest.mark.parametrize(("kind", "mine", "theirs"), SHARED)
def test_true_matches_of_the_same_rules_are_found(kind, mine, theirs):
    assert found(kind, mine, theirs), f"{mine!r} and {theirs!r} should be shared"


def test_a_bare_university_name_is_the_one_named_with_a_city_only_in_the_writers_country():
    chile, colombia, morocco = {"location": "Santiago, Chile"}, {"location": "Bogotá, Colombia"}, {"location": "Rabat, Morocco"}
    assert not found("school", "Universidad Santo Tomás", "Universidad Santo Tomás de Bogotá", chile, colombia)
    assert found("school", "Universidad Santo Tomás", "Universidad Santo Tomás de Bogotá", colombia, colombia)
    assert found("school", "Université Hassan II", "Université Hassan II de Casablanca", morocco, morocco)


def test_a_school_of_administration_is_the_one_of_the_country_the_writer_names_or_lives_in():
    france, morocco = {"location": "Paris, France"}, {"location": "Rabat, Morocco"}
    assert not found("school", "École nationale d'administration (Maroc)", "Institut national du service public")
    assert not found("school", "École nationale d'administration (Tunisie)", "École nationale d'administration")
    assert not found("school", "National School of Administration", "Institut national du service public")
    assert not found("school", "École nationale d'administration", "École nationale d'administration", morocco, france)
    assert found("school", "École nationale d'administration (France)", "Institut national du service public")
    assert found("school", "École nationale d'administration", "INSP", france, france)
    assert found("school", "École nationale d'administration", "École nationale d'administration (Maroc)",
                 morocco, morocco)


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Migration", "Immigration"),
    ("Migration services", "Immigration services"),
    ("IA", "AI"),
    ("Subsidies", "Grants"),
    ("Inverse problems", "Reverse problems"),
    ("Tech sales", "Technical sales"),
])
def test_an_english_word_is_no_translation_of_another(mine, theirs):
    assert skill_words(mine) != skill_words(theirs)


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Derecho de inmigración", "Immigration law"),
    ("Migración de datos", "Data migration"),
    ("IA responsable", "Responsible AI"),
    ("IA generativa", "Generative AI"),
    ("Logistique inverse", "Reverse logistics"),
    ("Logística inversa", "Reverse logistics"),
    ("Ingeniería inversa", "Reverse engineering"),
    ("Gestión de subvenciones", "Grant management"),
    ("Tech Recruitment", "Technical Recruiting"),
])
def test_the_foreign_words_still_translate(mine, theirs):
    assert skill_words(mine) == skill_words(theirs)


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Reuters", "Thomson Reuters"),       # a separately branded business of the group
    ("Freeport", "Freeport-McMoRan"),     # a town's name many firms carry
])
def test_a_short_or_branded_name_is_not_the_group(mine, theirs):
    assert not found("employer", mine, theirs), f"{mine!r} and {theirs!r} are not the same"


def test_two_letters_are_no_name_the_table_knows_a_company_by():
    assert normalise_company("AP").key != normalise_company("Associated Press").key
    assert normalise_company("AP News").key == normalise_company("Associated Press").key


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Reuters", "Reuters News"),
    ("Thomson Reuters", "Thomson Reuters Corporation"),
    ("The Associated Press", "AP News"),
    ("Freeport-McMoRan", "Freeport McMoRan"),
])
def test_the_names_each_goes_by_still_match(mine, theirs):
    assert found("employer", mine, theirs), f"{mine!r} and {theirs!r} should be shared"


def test_two_regions_in_two_languages_are_one_only_when_they_begin_alike():
    assert told_apart(resolve_place("Hannover, Niedersachsen, Deutschland"),
                      resolve_place("Hannover, Nordrhein-Westfalen, Germany"))
    assert not told_apart(resolve_place("München, Bayern, Deutschland"), resolve_place("Munchen, Bavaria, Germany"))
    assert not told_apart(resolve_place("Dresden, Sachsen, Deutschland"), resolve_place("Dresden, Saxony, Germany"))


def test_a_university_with_and_without_its_city_is_one_when_the_writer_is_not_placed_elsewhere():
    from companion.ground.normalise.schools import same_university
    assert same_university("Université Hassan II", "Université Hassan II de Casablanca")
