"""False friends of four classes, with the true matches of each class: a bracket naming another kind of thing beside
a skill the table knows, two chapters of one charity in two places, a bare acronym whose writer's field says another
reading, and the country companies of one brand."""

from __future__ import annotations

import pytest
from ground_examples import shared_of_kind

from companion.ground.normalise.companies import chapter_place, same_place
from companion.ground.normalise.skills import normalise_skill, unlisted_acronym


def _person(field: str, value: str, place: str | None, headline: str | None) -> dict:
    written = {"skill": {"skills": [value]}, "group": {"volunteering": [{"organization": value}]},
               "employer": {"experience": [{"company": value}]}}[field]
    return {**written, **({"location": place} if place else {}), **({"headline": headline} if headline else {})}


def _shared(kind: str, field: str, mine: str, theirs: str, my_place: str | None = None,
            their_place: str | None = None, my_headline: str | None = None,
            their_headline: str | None = None) -> list:
    return shared_of_kind(kind, _person(field, mine, my_place, my_headline),
                          _person(field, theirs, their_place, their_headline))


# 1. A bracket that names another kind of thing than the skill the table knows by that name.
@pytest.mark.parametrize("mine, theirs", [
    ("Go", "Go (board game)"),
    ("Go", "Go (game)"),
    ("Java", "Java (island)"),
    ("Java", "Java (Indonesia)"),       # a place
    ("Python", "Python (snake)"),
    ("Ruby", "Ruby (the band)"),
    ("Rust", "Rust (video game)"),
    ("Spring", "Spring (season)"),
])
def test_a_bracket_naming_another_kind_of_thing_is_another_thing(mine, theirs):
    assert not _shared("skill", "skill", mine, theirs)


@pytest.mark.parametrize("mine, theirs", [
    ("Go", "Go (programming language)"),    # a variant of the skill: what it is, said in brackets
    ("Go", "Golang"),
    ("Python", "Python (Programming Language)"),
    ("Excel", "Excel (advanced)"),
    ("SQL", "SQL (PostgreSQL, MySQL)"),
    ("Go (board game)", "Go (board game)"),  # the game, both sides
    ("Chess", "Chess (board game)"),         # a name the table does not know: the bracket says what it is
])
def test_a_bracket_that_says_what_the_skill_is_still_matches(mine, theirs):
    assert _shared("skill", "skill", mine, theirs)


def test_the_game_keeps_its_bracket_as_part_of_its_name():
    assert normalise_skill("Go (board game)").key != normalise_skill("Go").key
    assert normalise_skill("Go (Programming Language)").key == normalise_skill("Go").key


# 2. Chapters of one charity in two places are two organisations; what they share is the cause.
@pytest.mark.parametrize("mine, theirs, my_place, their_place", [
    ("Big Brothers Big Sisters of Greater Vancouver", "Big Brothers Big Sisters Northwest", None, None),
    ("Big Brothers Big Sisters of Greater Vancouver", "Big Brothers Big Sisters of Toronto", None, None),
    ("Les Restos du Cœur", "Les Restos du Cœur de Belgique", "Paris, France", "Liège, Belgium"),
    ("TECHO Perú", "TECHO Chile", "Lima, Peru", "Santiago, Chile"),
    ("Habitat for Humanity of Greater Nashville", "Habitat para a Humanidade Brasil", "Nashville, TN", "Recife, Brazil"),
])
def test_two_chapters_in_two_places_are_two_organisations_with_one_cause(mine, theirs, my_place, their_place):
    assert not _shared("group", "group", mine, theirs, my_place, their_place)
    causes = _shared("cause", "group", mine, theirs, my_place, their_place)
    assert len(causes) == 1
    assert (causes[0].mine, causes[0].theirs) == (mine, theirs)
    assert "cause" in causes[0].why and "volunteered with" not in causes[0].why


@pytest.mark.parametrize("mine, theirs, my_place, their_place", [
    ("Big Brothers Big Sisters", "Big Brothers Big Sisters of Greater Vancouver", "Vancouver, Canada", "Vancouver, Canada"),
    ("Les Restos du Cœur", "Les Restos du Cœur", "Paris, France", "Lyon, France"),
    ("Habitat for Humanity NZ", "Habitat for Humanity New Zealand", None, None),         # one country, two spellings
    ("Rebuilding Together Chicago", "Rebuilding Together Metro Chicago", None, None),    # one city, its metro
    ("Pro Velo Schweiz", "Pro Velo Zürich", None, None),   # a country's own body and a chapter of a city in it
    ("Big Brothers Big Sisters of Greater Vancouver", "Big Brothers Big Sisters of Greater Vancouver", None, None),
])
def test_one_chapter_or_a_chapter_and_its_organisation_in_one_country_still_match(mine, theirs, my_place,
                                                                                 their_place):
    assert _shared("group", "group", mine, theirs, my_place, their_place)


def test_a_chapters_place_is_read_after_the_organisations_name():
    assert chapter_place("Big Brothers Big Sisters of Greater Vancouver", "Big Brothers Big Sisters") == \
        "greater vancouver"
    assert chapter_place("Big Brothers Big Sisters Northwest", "Big Brothers Big Sisters") == "northwest"
    assert chapter_place("Les Restos du Cœur de Belgique", "Les Restos du Cœur") == "belgique"
    assert chapter_place("Habitat para a Humanidade Brasil", "Habitat for Humanity") == "brasil"
    assert chapter_place("Code for America Brigade", "Code for America") is None  # a part, no place
    assert same_place("nz", "new zealand") and same_place("metro chicago", "chicago")
    assert not same_place("northwest", "greater vancouver") and not same_place("peru", "chile")


# 3. A bare acronym meets one written out beside it only when its writer's field does not say another reading.
@pytest.mark.parametrize("mine, theirs, my_headline, their_headline", [
    ("Irish Tax Institute (CTA)", "CTA", "Chartered Tax Adviser at KPMG", "Growth marketer, landing pages and email"),
    ("Chartered Tax Adviser (CTA)", "CTA", "Tax manager", "Conversion copywriter"),
])
def test_a_unlisted_acronym_read_otherwise_by_its_writers_field_does_not_match(mine, theirs, my_headline,
                                                                          their_headline):
    assert not _shared("skill", "skill", mine, theirs, my_headline=my_headline, their_headline=their_headline)


@pytest.mark.parametrize("mine, theirs, my_headline, their_headline", [
    ("Irish Tax Institute (CTA)", "CTA", "Chartered Tax Adviser at KPMG", "Tax manager at PwC"),  # its words
    ("Advanced Cardiovascular Life Support (ACLS)", "ACLS", "Registered Nurse, Med-Surg",
     "Registered Nurse, Oncology"),                                                           # one field
    ("Irish Tax Institute (CTA)", "CTA", None, None),                                         # nothing says otherwise
])
def test_a_unlisted_acronym_its_writers_field_agrees_with_still_matches(mine, theirs, my_headline, their_headline):
    assert _shared("skill", "skill", mine, theirs, my_headline=my_headline, their_headline=their_headline)


def test_a_unlisted_acronym_is_one_the_table_does_not_know():
    assert unlisted_acronym("CTA") and not unlisted_acronym("Chartered Tax Adviser (CTA)")
    assert not unlisted_acronym("SQL") and not unlisted_acronym("GCP")  # the table's own, and a homonym it reads in context


# 4. Decided: one brand's country companies are one employer (a division carrying the brand); two organisations
# serving one cause under two names are two organisations.
def test_country_companies_of_one_brand_are_one_employer():
    shared = _shared("employer", "employer", "Unilever Nigeria Plc", "Unilever Ghana")
    assert [c.label for c in shared] == ["Unilever"]


def test_two_organisations_for_one_cause_are_not_one_organisation():
    assert not _shared("group", "group", "Women in Technology and Science Ireland", "Women in Tech Ireland")
