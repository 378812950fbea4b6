"""False friends of four classes, with the true matches of each class: one acronym beside two schools' full names,
one school name in two countries, a brand with a town after it, and a sport whose bare name means another by region."""

from __future__ import annotations

import pytest
from ground_examples import shared_of_kind

from companion.ground.normalise.companies import normalise_company


def _shared(kind: str, field: str, mine: str, theirs: str, my_place: str | None = None,
            their_place: str | None = None) -> list:
    def fields(value: str, place: str | None) -> dict:
        written = {"school": {"education": [{"school": value}]}, "employer": {"experience": [{"company": value}]},
                   "interest": {"interests": [value]}}[field]
        return {**written, **({"location": place} if place else {})}
    return shared_of_kind(kind, fields(mine, my_place), fields(theirs, their_place))


@pytest.mark.parametrize("mine, theirs", [
    ("Chiang Mai University (CMU)", "Carnegie Mellon University (CMU)"),
    ("Central Michigan University (CMU)", "Carnegie Mellon University (CMU)"),
    ("Chiang Mai University (CMU)", "Carnegie Mellon University"),
])
def test_one_acronym_beside_two_full_names_is_two_schools(mine, theirs):
    assert not _shared("school", "school", mine, theirs)


@pytest.mark.parametrize("mine, theirs, my_place, their_place", [
    ("Carnegie Mellon University (CMU)", "Carnegie Mellon University", None, None),
    ("Carnegie Mellon University (CMU)", "CMU", "Pittsburgh, Pennsylvania, United States",
     "Pittsburgh, Pennsylvania, United States"),
    ("Universidad Nacional Autónoma de México (UNAM)", "UNAM", None, None),
    ("Asian Institute of Technology (AIT)", "Học viện Công nghệ Châu Á (AIT)", None, None),
    # One name written longer or shortened, beside its acronym.
    ("Instituto Tecnológico y de Estudios Superiores de Monterrey (ITESM)", "Tec de Monterrey (ITESM)", None, None),
    ("Univ. Nac. de Ingeniería (UNI)", "Universidad Nacional de Ingeniería (UNI)", None, None),
])
def test_one_school_by_its_acronym_and_full_name_still_matches(mine, theirs, my_place, their_place):
    assert _shared("school", "school", mine, theirs, my_place, their_place)


@pytest.mark.parametrize("mine, theirs, my_place, their_place", [
    ("Universidad de los Andes", "Universidad de los Andes – Santiago de Chile", None, None),
    ("Universidad de los Andes", "Universidad de los Andes – Santiago de Chile", "Bogotá, Colombia", "Santiago, Chile"),
    ("Universidad de los Andes", "Universidad de los Andes", "Bogotá, Colombia", "Santiago, Chile"),
    ("Universidad de los Andes", "Universidad de los Andes (Chile)", None, None),
    ("Universidad de los Andes", "Universidad de los Andes – Santiago de Chile", "Bogotá, Colombia", "Bogotá, Colombia"),
])
def test_one_school_name_in_two_countries_is_two_schools(mine, theirs, my_place, their_place):
    assert not _shared("school", "school", mine, theirs, my_place, their_place)


@pytest.mark.parametrize("mine, theirs, my_place, their_place", [
    ("Universidad de los Andes", "Uniandes", "Bogotá, Colombia", "Medellín, Colombia"),
    ("Universidad de los Andes", "Universidad de los Andes - Bogotá", None, None),
    ("Universidad de Chile", "U. de Chile", "Santiago, Chile", "Valparaíso, Chile"),
    ("Universidad de Chile", "U de Chile", None, None),
    # The Chilean one, written bare by someone in Santiago and with its city by another.
    ("Universidad de los Andes", "Universidad de los Andes – Santiago de Chile", "Santiago, Chile", "Santiago, Chile"),
])
def test_one_school_name_in_one_country_still_matches(mine, theirs, my_place, their_place):
    assert _shared("school", "school", mine, theirs, my_place, their_place)


@pytest.mark.parametrize("mine, theirs", [
    ("Ferrari S.p.A.", "Ferrari Trento"),
    ("Ferrari", "Ferrari Trento"),
    ("Siemens", "Siemens Erlangen"),
    ("Mercedes-Benz", "Mercedes Bakery"),
    ("Mercedes-Benz Bank", "Mercedes Bakery"),
])
def test_a_brand_and_a_town_is_no_division(mine, theirs):
    assert not _shared("employer", "employer", mine, theirs)


@pytest.mark.parametrize("mine, theirs", [
    ("Enel", "Enel Chile"),
    ("Enel", "Enel Green Power Chile S.A."),
    ("Ferrari", "Ferrari North America"),
    ("Shell", "Shell Nigeria"),
    ("Google", "Google London"),
    ("Rakuten Group, Inc.", "Rakuten Mobile"),
    ("Mercedes-Benz", "Mercedes-Benz Bank"),  # a division the tables list
    ("Daimler AG", "Mercedes-Benz Financial Services"),  # a line of business, not the town of Mobile, Alabama
])
def test_a_brand_and_its_country_region_or_metropolis_is_still_its_arm(mine, theirs):
    assert _shared("employer", "employer", mine, theirs)


def test_a_town_after_a_known_brand_keeps_the_name_its_own():
    assert normalise_company("Ferrari Trento").key != normalise_company("Ferrari").key
    assert normalise_company("Nestlé de México y Centroamérica").key == normalise_company("Nestlé").key
    # (Walmart's, Walmex, is listed on its own: a company of the table's, of Walmart's family; round 32)
    assert normalise_company("Walmart de México y Centroamérica").parent_key == normalise_company("Walmart").key


@pytest.mark.parametrize("mine, theirs, my_place, their_place", [
    ("Hockey", "Ice hockey (watching NHL)", None, None),
    ("Hockey", "Ice hockey (watching NHL)", "Mumbai, India", "Toronto, Ontario, Canada"),
    ("Hockey", "Ice hockey", "Amsterdam, Netherlands", "Toronto, Canada"),
    ("Hockey", "Ice hockey", None, None),
    ("Hockey", "Field hockey", "Toronto, Canada", "Lahore, Pakistan"),
])
def test_bare_hockey_where_it_may_mean_field_hockey_is_not_ice_hockey(mine, theirs, my_place, their_place):
    assert not _shared("interest", "interest", mine, theirs, my_place, their_place)


@pytest.mark.parametrize("mine, theirs, my_place, their_place", [
    ("Hockey", "Ice hockey", "Montreal, Quebec, Canada", "Toronto, Canada"),
    ("Hockey", "Ice hockey", "Stockholm, Sweden", "Helsinki, Finland"),
    ("Hockey", "Ice hockey (watching NHL)", "Boston, Massachusetts, United States", "Toronto, Canada"),
    ("Hockey", "NHL", "Boston, Massachusetts, United States", "Toronto, Canada"),
    ("Hockey", "Field hockey", "Amsterdam, Netherlands", "Lahore, Pakistan"),
    ("Ice hockey", "NHL", None, None),
])
def test_hockey_still_meets_the_game_it_means_there(mine, theirs, my_place, their_place):
    assert _shared("interest", "interest", mine, theirs, my_place, their_place)
