"""Round 25: schools and employers under two of their names, as classes: a school named for itself with and without
the word for school; a long acronym of a school written out, wherever its writers live now (people study abroad);
one local institution both wrote alike, where one of them has lived or studied in the other's country; and the near
misses that must stay apart."""

from __future__ import annotations

import pytest
from ground_examples import found, person

from companion.ground.common_ground import find_common_ground


@pytest.mark.parametrize(("mine", "theirs"), [("Zindua School", "Zindua"), ("Tumaini Academy", "Tumaini")])
def test_a_school_with_and_without_the_word_for_school_is_one(mine, theirs):
    assert found("school", mine, theirs)


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Harvard", "Harvard School"),  # the bare name is a university the tables know; the school is another
    ("Nairobi", "Nairobi School"),  # a place
    ("Zindua School", "Zindua Academy"),  # both written in full, two kinds
])
def test_a_name_and_another_school_of_it_stay_apart(mine, theirs):
    assert found("school", mine, theirs) == []


def test_a_long_acronym_written_out_is_the_school_wherever_its_writers_live():
    assert found("school", "LSHTM", "London School of Hygiene and Tropical Medicine",
                 me={"location": "Santiago, Chile"}, them={"location": "Bogotá, Colombia"})


def test_a_short_acronym_abroad_stays_apart():
    # three letters stand for several schools: 'UTN' in Montevideo need not be Argentina's
    assert found("school", "UTN", "Universidad Tecnológica Nacional",
                 me={"location": "Montevideo, Uruguay"}, them={"location": "Buenos Aires, Argentina"}) == []


def _hospital(their_school: str | None):
    me = person(experience=[{"company": "Clínica Vallesur"}], location="Arequipa, Peru")
    them = person(experience=[{"company": "Clínica Vallesur"}], location="Madrid, Spain",
                  education=[{"school": their_school}] if their_school else [])
    return [c for c in find_common_ground(me, them).commonalities if c.kind == "employer"]


def test_a_local_institution_is_shared_where_one_has_studied_in_the_others_country():
    assert _hospital("Universidad Nacional Mayor de San Marcos")  # a Peruvian university: she was in Peru


def test_a_local_institution_in_two_countries_is_two_without_that():
    assert _hospital(None) == []
    assert _hospital("Universidad Complutense de Madrid") == []  # studied in Spain, where she lives now


@pytest.mark.parametrize(("name", "here", "there", "their_school"), [
    ("St Joseph's Hospital", "London, United Kingdom", "Sydney, Australia", "University of Edinburgh"),  # a saint's
    ("Ministry of Health", "Nairobi, Kenya", "Kampala, Uganda", "University of Nairobi"),  # each country has one
    ("Krankenhaus Sankt Georg", "Hamburg, Germany", "Vienna, Austria", "Universität Hamburg"),
])
def test_a_name_many_institutions_share_stays_two_though_one_studied_in_the_others_country(name, here, there,
                                                                                          their_school):
    me = person(experience=[{"company": name}], location=here)
    them = person(experience=[{"company": name}], location=there, education=[{"school": their_school}])
    assert [c for c in find_common_ground(me, them).commonalities if c.kind == "employer"] == []
