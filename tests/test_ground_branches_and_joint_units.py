"""Round 26b: campuses and regional bodies of one name in two places, and a joint unit against one of its partners,
are no shared employer; a place within the other, a known company's offices and partners' surnames still are; and
only known style words keep two wordings of one hobby apart."""

from __future__ import annotations

import pytest
from ground_examples import found


@pytest.mark.parametrize(("mine", "theirs"), [
    ("AIIMS New Delhi", "AIIMS Jodhpur"),  # campuses of one system, named by city
    ("All India Institute of Medical Sciences, New Delhi", "AIIMS Jodhpur"),
    ("Apollo Hospitals Chennai", "Apollo Hospitals Hyderabad"),  # hospitals of one known group
    ("Apollo Hospitals, Chennai", "Apollo Hospitals, Hyderabad"),
    ("Anglicare Sydney", "Anglicare Victoria"),  # regional bodies of one name
    ("Mission Australia Sydney", "Mission Australia Melbourne"),
])
def test_one_name_in_two_places_is_two_employers(mine, theirs):
    assert found("employer", mine, theirs) == []


@pytest.mark.parametrize(("mine", "theirs"), [
    ("MRC/UVRI & LSHTM Uganda Research Unit", "Uganda Virus Research Institute"),
    ("MRC/UVRI & LSHTM Uganda Research Unit", "London School of Hygiene & Tropical Medicine"),
    ("KEMRI-Wellcome Trust Research Programme", "KEMRI"),
])
def test_a_joint_unit_is_none_of_its_partners(mine, theirs):
    assert found("employer", mine, theirs) == []


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Mission Australia", "Mission Australia Sydney"),  # a place within the other
    ("Deloitte India", "Deloitte Mumbai"),
    ("Apollo Hospitals", "Apollo Hospitals Chennai"),
    ("AIIMS New Delhi", "All India Institute of Medical Sciences, New Delhi"),
    ("Apollo Hospitals Secunderabad", "Apollo Hospitals Hyderabad"),  # one metro's two names
    ("Arendt", "Arendt & Medernach"),  # partners' surnames join people, not organisations
    ("Ernst & Young", "EY"), ("Procter & Gamble", "P&G"),
    ("MRC/UVRI & LSHTM Uganda Research Unit", "MRC/UVRI and LSHTM Uganda Research Unit"),
    ("KPMG", "KPMG Nigeria"), ("Ubisoft Montreal", "Ubisoft"),
])
def test_one_employer_still_meets_itself(mine, theirs):
    assert found("employer", mine, theirs)


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Sunday cycling", "Road cycling"), ("Ciclismo con amigos", "Ciclismo de ruta"),
    ("Weekend fishing trips", "Fly fishing"),
])
def test_a_word_that_is_no_known_style_keeps_the_plain_hobby(mine, theirs):
    assert found("interest", mine, theirs)


def test_known_styles_are_still_apart():
    assert found("interest", "Sunday road cycling", "Mountain biking") == []
