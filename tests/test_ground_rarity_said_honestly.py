"""What a card says of how rare a shared thing is (newcomer 11, P3): a city of millions is never 'rare' by the general
estimate, and a thing the estimate finds rare says where that comes from."""
from __future__ import annotations

from companion.ground.common_ground import find_common_ground
from companion.models import Education, Profile


def _card(me: Profile, them: Profile, kind: str):
    return next(c for c in find_common_ground(me, them).commonalities if c.kind == kind)


def test_a_shared_city_claims_no_rarity_without_contacts():
    for city in ("Colombo, Sri Lanka", "Lagos, Nigeria", "Porto, Portugal"):
        card = _card(Profile(name="Ann Perera", location=city), Profile(name="Ben Silva", location=city), "place")
        assert "stands out" not in card.why and "Rare" not in card.why, card.why


def test_a_school_claims_no_rarity_from_a_kind_default():
    # The estimate has no figure for any school, only a default for the kind: it says nothing of this one (mend 56).
    school = [Education(school="University of Kelaniya", start="2010", end="2014")]
    card = _card(Profile(name="Ann Perera", education=school), Profile(name="Ben Silva", education=school), "school")
    assert "Rare" not in card.why and "stands out" not in card.why, card.why


def test_a_thing_the_estimate_finds_rare_says_the_rarity_is_a_general_estimate():
    card = _card(Profile(name="Ann Perera", interests=["beekeeping"]), Profile(name="Ben Silva", interests=["beekeeping"]),
                 "interest")
    assert "by a general estimate" in card.why and "anywhere" not in card.why, card.why
