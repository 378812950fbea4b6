"""Round 24: false friends as classes, each with made-up examples and the near ones that must still hold.

A music genre and a dance style of one name; two national societies of one movement; two styles of one hobby
(not shared, round 26); a country's code after a city; a state's code that is
another country's province's too."""

from __future__ import annotations

import pytest
from ground_examples import found, person

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise.places import resolve_place


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Jazz manouche", "Jazz dance"), ("Gypsy jazz", "Jazz dance"), ("Tango", "Tango music"),
    ("Salsa dancing", "Salsa music"), ("Swing", "Swing dance"),
])
def test_a_music_genre_and_a_dance_of_its_name_are_two_interests(mine, theirs):
    assert found("interest", mine, theirs) == []


@pytest.mark.parametrize(("mine", "theirs"), [("Jazz manouche", "Jazz music"), ("Tango", "Argentine tango")])
def test_the_genre_or_the_dance_itself_is_still_shared(mine, theirs):
    assert found("interest", mine, theirs)


def _volunteers(org: str, location: str):
    return person(volunteering=[{"organization": org}], location=location)


@pytest.mark.parametrize(("mine", "here", "theirs", "there"), [
    ("Singapore Red Cross", "Singapore", "Palang Merah Indonesia", "Jakarta, Indonesia"),
    ("Singapore Red Cross", "Singapore", "Red Cross", "Jakarta, Indonesia"),
])
def test_two_national_societies_of_one_movement_are_not_one_organisation(mine, here, theirs, there):
    shared = find_common_ground(_volunteers(mine, here), _volunteers(theirs, there)).commonalities
    assert not any("Red Cross" in c.why and c.kind == "group" for c in shared)


def test_one_national_society_in_its_own_language_is_still_one():
    shared = find_common_ground(_volunteers("Palang Merah Indonesia", "Jakarta, Indonesia"),
                                _volunteers("Red Cross", "Surabaya, Indonesia")).commonalities
    assert any(c.kind == "group" for c in shared)


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Ciclismo de ruta", "Ciclismo de montaña"), ("Road cycling", "Mountain biking"), ("Bass fishing", "Fly fishing"),
])
def test_two_styles_of_one_hobby_are_not_shared(mine, theirs):
    # Round 26 (the blind reviewers): not even as 'you both cycle'; see test_ground_activity_styles.py.
    assert found("interest", mine, theirs) == []


def test_a_style_and_the_plain_hobby_still_quote_both_sides():
    shared = found("interest", "Road cycling", "Cycling")
    assert shared and shared[0].mine == "Road cycling" and shared[0].theirs == "Cycling"


@pytest.mark.parametrize("written", ["Queenstown, NZ", "Queenstown, N.Z.", "Queenstown, Aotearoa"])
def test_a_countrys_code_or_own_name_after_a_city_is_that_country(written):
    assert resolve_place(written).country == "NZ"


def test_a_state_code_that_is_also_another_countrys_province_is_not_guessed():
    assert resolve_place("Burns Beach, WA") is None  # no list knows the town: Western Australia or Washington
    assert resolve_place("Spokane, WA").country == "US" and resolve_place("Perth, WA").country == "AU"
    assert resolve_place("Florianópolis, SC").country == "BR"
