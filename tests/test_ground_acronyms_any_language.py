"""Acronyms by initials in any language: a country's prefix the acronym leaves out, a legal form in dotted initials
after the name, a word joined to the acronym of the words after it; and letters that spell another name stay apart."""

import pytest
from ground_examples import person, shared_of_kind

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise.acronyms import initials, stands_for


@pytest.mark.parametrize(("short", "long", "acronym"), [
    ("GAO", "U.S. Government Accountability Office", "gao"),
    ("FTC", "US Federal Trade Commission", "ftc"),
    ("HSE", "UK Health and Safety Executive", "hse"),
    ("EPM", "Empresas Públicas de Medellín E.S.P.", "epm"),
    ("CVT", "Compagnie des Voies Techniques S.A.S.", "cvt"),
    ("EmiratesGBC", "Emirates Green Building Council", "emiratesgbc"),
    ("PolskaZPT", "Polska Zielona Polityka Transportowa", "polskazpt"),
])
def test_acronym_of_a_name_in_any_language(short, long, acronym):
    assert stands_for(short, long) == acronym


@pytest.mark.parametrize(("short", "long"), [
    ("EmiratesNBD", "Emirates Green Building Council"),  # the joined acronym spells other words
    ("DubaiGBC", "Emirates Green Building Council"),  # another word before it
    ("USGA", "U.S. Government Accountability Office"),
    ("GAO", "U.S. Department of Energy"),
])
def test_letters_of_another_name_stay_apart(short, long):
    assert stands_for(short, long) is None


def test_the_country_prefix_stays_one_of_the_initials():
    assert {"ugao", "gao"} <= initials("U.S. Government Accountability Office")


def test_an_employer_by_its_acronym_without_the_country_prefix():
    assert shared_of_kind("employer", {"experience": [{"company": "U.S. Government Accountability Office"}],
                                       "location": "Washington, DC"},
                          {"experience": [{"company": "GAO"}], "location": "Arlington, VA"})


def test_an_organisation_volunteered_with_by_its_joined_acronym():
    me = person(volunteering=[{"organization": "Emirates Green Building Council"}], location="Dubai, UAE")
    them = person(volunteering=[{"organization": "EmiratesGBC"}], location="Abu Dhabi, UAE")
    assert [c for c in find_common_ground(me, them).commonalities if c.theirs == "EmiratesGBC" or c.mine == "EmiratesGBC"]
