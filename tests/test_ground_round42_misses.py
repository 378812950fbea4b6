"""Round 42: misses of a fresh set, fixed as classes (each tested on other real names of its class)."""

import pytest

from companion.ground.common_ground import find_common_ground
from companion.models import Profile


def _employers(a_place: str, a: str, b_place: str, b: str) -> list[str]:
    me = Profile.model_validate({"name": "A", "location": a_place, "experience": [{"company": a, "title": "Officer"}]})
    them = Profile.model_validate({"name": "B", "location": b_place, "experience": [{"company": b, "title": "Officer"}]})
    return [c.label for c in find_common_ground(me, them, None).commonalities if c.kind == "employer"]


@pytest.mark.parametrize(("short", "long"), [
    ("DfT", "Department for Transport"),
    ("DfID", "Department for International Development"),
    ("DfE", "Department for Education"),
])
def test_an_acronym_that_keeps_for_as_a_small_f_is_the_name_written_out(short, long):
    assert _employers("London, United Kingdom", short, "London, United Kingdom", long)


def test_two_acronyms_with_a_small_f_stay_two_bodies():
    assert _employers("London, United Kingdom", "DfE", "London, United Kingdom", "Department for Transport") == []


@pytest.mark.parametrize(("old", "new"), [
    ("Welsh Assembly Government", "Welsh Government"),  # renamed 2011 (Wales Act 2014)
    ("Llywodraeth Cymru", "Welsh Government"),  # its own Welsh name
    ("Riaghaltas na h-Alba", "Scottish Government"),  # its own Gaelic name
    ("Scottish Executive", "Scottish Government"),  # renamed 2007 (Scotland Act 2012)
])
def test_a_devolved_government_under_its_former_or_own_language_name_is_one_employer(old, new):
    assert _employers("Cardiff, Wales", old, "Cardiff, Wales", new)


def test_two_devolved_governments_stay_two():
    assert _employers("Cardiff, Wales", "Welsh Government", "Edinburgh, Scotland", "Scottish Government") == []
