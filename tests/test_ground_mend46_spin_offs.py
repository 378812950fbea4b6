"""Ground mend 46 (review set 45, Gerhard Wolf): a spun-off company is its own employer from the day it left its
group. 'Siemens Energy' (2020) is not 'Siemens', nor is Kyndryl IBM or Daimler Truck Daimler: a job at one is no
job at the other, and 'we both worked at X' names the employer each wrote, with the years each was there."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise.companies import spun_off_apart
from companion.ground.person_reading import same_company, works_there_now
from companion.ground.starters import _years_at
from companion.models import Profile

NOW = datetime(2026, 12, 7, tzinfo=UTC)

# (spin-off, the group it left): one pair of names each that share a word, so a first-word match would merge them.
SPIN_OFFS = [
    ("Siemens Energy", "Siemens"),
    ("Siemens Healthineers AG", "Siemens AG"),
    ("Daimler Truck AG", "Daimler AG"),
    ("Hewlett Packard Enterprise", "Hewlett-Packard"),
    ("Kyndryl", "IBM"),
    ("Solventum", "3M"),
    ("Sandoz", "Novartis"),
    ("GE Vernova", "General Electric"),
    ("Haleon", "GSK"),
]


@pytest.mark.parametrize(("spin_off", "group"), SPIN_OFFS)
def test_a_spin_off_and_its_group_are_two_employers(spin_off, group):
    assert spun_off_apart(spin_off, group) and spun_off_apart(group, spin_off)
    assert not same_company(spin_off, group)


def test_two_spin_offs_of_one_group_are_two_employers():
    assert spun_off_apart("Siemens Energy", "Siemens Healthineers")
    assert not same_company("Siemens Energy AG", "Siemens Healthineers")


@pytest.mark.parametrize(("a", "b"), [("Siemens", "Siemens AG"), ("Siemens Energy", "Siemens Energy AG"),
                                      ("Siemens Mobility", "Siemens"), ("Red Hat", "IBM"), ("Acme Robotics", "IBM")])
def test_one_company_or_a_plain_subsidiary_is_no_spin_off(a, b):
    assert not spun_off_apart(a, b)


def test_one_company_under_two_names_stays_one():
    assert same_company("Siemens AG", "Siemens")
    assert same_company("Daimler Truck", "Daimler Truck AG")


def _person(name: str, headline: str, jobs: list[tuple[str, str, str | None]], about: str = "",
            location: str = "Nürnberg, Germany") -> Profile:
    return Profile.model_validate({
        "name": name, "headline": headline, "location": location, "about": about,
        "experience": [{"company": c, "title": "Engineer", "start": s, "end": e} for c, s, e in jobs]})


def _pair(spin_off: str, group: str) -> tuple[Profile, Profile]:
    me = _person("Stefan Koch", f"Lead Engineer at {spin_off}",
                 [(spin_off, "2020-04", None), (group, "2011-09", "2020-03")], location="Erlangen, Germany")
    them = _person("Gerhard Wolf", "Retired", [(spin_off, "2020-04", "2026-11"), (group, "1988-09", "2020-03")],
                   about="Engineer, mentor, grandfather.")
    return me, them


@pytest.mark.parametrize(("spin_off", "group"), [("Siemens Energy", "Siemens"), ("Daimler Truck", "Daimler"),
                                                 ("Hewlett Packard Enterprise", "Hewlett-Packard")])
def test_years_at_the_group_end_when_the_spin_off_left_it(spin_off, group):
    # The review's starter: 'you were at Siemens (1988–2026), where I still work', of one at Siemens Energy now.
    me, them = _pair(spin_off, group)
    assert _years_at(them, [group]) == "1988–2020"
    assert _years_at(them, [spin_off]) == "2020–2026"
    assert not works_there_now(me, group)
    assert works_there_now(me, spin_off)


@pytest.mark.parametrize(("spin_off", "group"), [("Siemens Energy", "Siemens"), ("Daimler Truck AG", "Daimler AG"),
                                                 ("Kyndryl", "IBM")])
def test_common_ground_names_each_employer_with_its_own_years(spin_off, group):
    me = _person("Stefan Koch", "Engineer", [(spin_off, "2021-01", None)])
    them = _person("Gerhard Wolf", "Engineer", [(group, "2015-01", "2023-01")])
    employers = [c for c in find_common_ground(me, them, None).commonalities if c.kind == "employer"]
    assert employers == []
    me, them = _pair(spin_off, group)
    whys = {c.label: c.why for c in find_common_ground(me, them, None).commonalities if c.kind == "employer"}
    assert len(whys) == 2, whys
    assert any("2020–2026" in why for why in whys.values()) and any("2011–2020" in why for why in whys.values())
