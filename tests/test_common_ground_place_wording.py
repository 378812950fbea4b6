"""A shared country or region is worded only with what both locations show: "far apart" and "not the same city"
need both cities (a newcomer's finding: 'Sweden' and 'Stockholm' were called far apart)."""
from companion.ground.common_ground import find_common_ground
from companion.models import Profile


def _place_why(mine: str, theirs: str) -> str:
    found = [c for c in find_common_ground(Profile(name="Me Person", location=mine),
                                           Profile(name="Them Person", location=theirs)).commonalities if c.kind == "place"]
    assert len(found) == 1, found
    return found[0].why


def test_a_country_alone_is_not_called_far_apart():
    why = _place_why("Stockholm, Sweden", "Sweden")
    assert why.startswith("You are both in Sweden.")
    assert "far apart" not in why


def test_a_region_alone_is_not_called_another_city():
    why = _place_why("Austin, Texas, United States", "Texas, United States")
    assert "not the same city" not in why
    assert "Texas" in why
