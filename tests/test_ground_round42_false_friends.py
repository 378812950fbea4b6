"""Round 42: false friends of a fresh set, fixed as classes (tested on other real names of each class)."""

import pytest

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise.places import resolve_place
from companion.models import Profile


def _employers(a_place: str, a: str, b_place: str, b: str) -> list[str]:
    me = Profile.model_validate({"name": "A", "location": a_place, "experience": [{"company": a, "title": "Engineer"}]})
    them = Profile.model_validate({"name": "B", "location": b_place, "experience": [{"company": b, "title": "Engineer"}]})
    return [c.label for c in find_common_ground(me, them, None).commonalities if c.kind == "employer"]


def _places(a: str, b: str) -> list[str]:
    ground = find_common_ground(Profile(name="A", location=a), Profile(name="B", location=b), None)
    return [c.label for c in ground.commonalities if c.kind == "place"]


@pytest.mark.parametrize(("arm_place", "arm", "parent_place", "parent"), [
    ("Mexico City, Mexico", "Siemens Mexicana S.A. de C.V.", "Munich, Germany", "Siemens AG"),
    ("São Paulo, Brazil", "Toyota do Brasil Ltda.", "Toyota City, Japan", "Toyota Motor Corporation"),
    ("Milano, Italia", "Nestlé Italiana S.p.A.", "Vevey, Switzerland", "Nestlé S.A."),
])
def test_a_registered_national_company_and_its_registered_parent_abroad_are_two_employers(
        arm_place, arm, parent_place, parent):
    assert _employers(arm_place, arm, parent_place, parent) == []


@pytest.mark.parametrize(("a_place", "a", "b_place", "b"), [
    ("Dublin, Ireland", "Google Ireland Limited", "Dublin, Ireland", "Google LLC"),  # one country: one employer
    ("Dublin, Ireland", "Google Ireland Limited", "Dún Laoghaire, County Dublin", "Google"),
    ("Zürich, Schweiz", "UBS", "Zurich, Suisse", "UBS Switzerland AG"),
    ("Bratislava, Slovensko", "Volkswagen Slovakia, a.s.", "Bratislava, Slovakia", "Volkswagen AG"),
])
def test_a_national_company_stays_its_brand_in_its_own_country_or_written_bare(a_place, a, b_place, b):
    assert _employers(a_place, a, b_place, b)


@pytest.mark.parametrize(("bare_place", "bare", "named_place", "named"), [
    ("London, United Kingdom", "Department of Health", "Belfast, Northern Ireland",
     "Department of Health (Northern Ireland)"),
    ("Austin, Texas", "Department of Transportation", "Sacramento, California", "Department of Transportation, California"),
    ("London, United Kingdom", "Department for Education", "Belfast, Northern Ireland",
     "Department of Education (Northern Ireland)"),
])
def test_a_public_body_named_for_its_region_is_not_the_bare_name_of_someone_in_another_region(
        bare_place, bare, named_place, named):
    assert _employers(bare_place, bare, named_place, named) == []


def test_a_public_body_named_for_its_region_stays_the_bare_name_written_in_that_region():
    assert _employers("Belfast, Northern Ireland", "Department of Education", "Belfast, Northern Ireland",
                      "Department of Education (Northern Ireland)")
    assert _employers("Sacramento, CA", "Department of Transportation", "Sacramento, California",
                      "Department of Transportation, California")


@pytest.mark.parametrize(("own", "city"), [
    ("Plzeň", "Pilsen"), ("Aarhus", "Århus"), ("Padova", "Padua"), ("Пловдив", "Plovdiv"), ("Θεσσαλονίκη", "Thessaloníki"),
])
def test_a_citys_own_name_the_gazetteer_lacks_is_the_city(own, city):
    assert resolve_place(f"{own}").city == city


def test_two_cities_of_one_country_written_in_their_own_language_share_no_place():
    assert _places("Mladá Boleslav, Česko", "Plzeň, Czechia") == []
    assert _places("Aarhus, Danmark", "Odense, Denmark") == []
    assert _places("Padova, Italia", "Torino, Italy") == []
    assert _places("Plzeň, Česko", "Pilsen, Czech Republic")  # one city in two languages
