"""Volunteering organisations: a chapter belongs to its organisation; a place inside a name stays in it."""

from __future__ import annotations

import pytest

from companion.ground.normalise.companies import normalise_organisation


@pytest.mark.parametrize(("chapter", "organisation"), [
    ("Code for America Brigade", "Code for America"),
    ("Code for America (Brigade)", "Code for America"),
    ("Code for America - Open Oakland", "Code for America"),
    ("Habitat for Humanity of Greater Boston", "Habitat for Humanity"),
    ("Habitat for Humanity International", "Habitat for Humanity"),
    ("Rotary Club of Boston", "Rotary"),
    ("Rotary International", "Rotary"),
    ("Women Who Code London", "Women Who Code"),
    ("Engineers Without Borders UK", "Engineers Without Borders"),
    ("Big Brothers Big Sisters of America", "Big Brothers Big Sisters"),
    ("Girls Who Code Club", "Girls Who Code"),
    ("Toastmasters International", "Toastmasters"),
    ("Save the Children UK", "Save the Children"),
])
def test_a_chapter_belongs_to_its_organisation(chapter, organisation):
    found = normalise_organisation(chapter)
    assert found.parent_key == normalise_organisation(organisation).key or \
        found.parent_key == normalise_organisation(organisation).parent_key
    assert found.parent_label.lower() in organisation.lower()


@pytest.mark.parametrize("name", ["Code for America", "Teach For America", "Feeding America", "National Trust",
                                  "Doctors Without Borders", "Oxfam America", "American Red Cross"])
def test_a_place_that_is_part_of_the_name_stays_in_it(name):
    found = normalise_organisation(name)
    # No parent, or the movement it is a national member of (Teach For All, the Red Cross, Oxfam's
    # confederation): never 'Teach For'.
    assert found.parent_key is None or found.parent_label in ("Teach For All", "Red Cross and Red Crescent", "Oxfam")
    assert normalise_organisation(name).key != normalise_organisation(name.rsplit(" ", 1)[0]).key


@pytest.mark.parametrize(("a", "b", "movement"), [
    ("Cruz Roja Española", "British Red Cross", "Red Cross and Red Crescent"),
    ("Teach For India", "Teach For Australia", "Teach For All"),
    ("Habitat for Humanity of Greater Nashville", "Habitat para a Humanidade Brasil", "Habitat for Humanity"),
])
def test_national_members_of_one_movement_meet_at_the_movement(a, b, movement):
    x, y = normalise_organisation(a), normalise_organisation(b)
    assert x.key != y.key and x.parent_key == y.parent_key and x.parent_label == movement


@pytest.mark.parametrize(("a", "b"), [
    ("Médecins Sans Frontières", "Doctors Without Borders"), ("Traductores sin Fronteras", "Translators without Borders"),
])
def test_one_organisation_in_two_languages_is_one(a, b):
    assert normalise_organisation(a).key == normalise_organisation(b).key


@pytest.mark.parametrize(("a", "b"), [
    ("Code for America", "Code for Germany"), ("Feeding America", "Feeding Britain"),
    ("National Trust", "National Society"), ("Teach For America", "Teach First"),
])
def test_different_organisations_stay_apart(a, b):
    x, y = normalise_organisation(a), normalise_organisation(b)
    assert {x.key, x.parent_key} & {y.key, y.parent_key} <= {None}


def test_the_and_accents_do_not_change_the_organisation():
    assert normalise_organisation("The Red Cross").key == normalise_organisation("Red Cross").key
    assert normalise_organisation("Médecins Sans Frontières").key == normalise_organisation("Medecins sans Frontieres").key
    assert normalise_organisation("  ") is None


@pytest.mark.parametrize(("chapter", "organisation"), [
    ("YMCA of Greater Toronto", "YMCA"), ("PyLadies Berlin", "PyLadies"), ("OWASP London Chapter", "OWASP"),
])
def test_a_name_no_dictionary_has_then_its_city_is_a_chapter(chapter, organisation):
    assert normalise_organisation(chapter).parent_key == normalise_organisation(organisation).key


def test_a_plain_word_then_a_place_keeps_its_place():
    assert normalise_organisation("Endeavor Brasil").parent_key is None
    assert normalise_organisation("Feeding America").parent_key is None
