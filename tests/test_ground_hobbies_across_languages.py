"""Round 25: hobbies named in more languages and scripts (paragliding, snowboarding, windsurfing, falconry, squash,
hula, off-roading), kinds of sailing and of painting, and the near misses that stay other hobbies."""

from __future__ import annotations

import pytest
from ground_examples import found


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Gleitschirmfliegen", "Paragliding"), ("Parapente", "Paragliding"), ("スノーボード", "Snowboarding"),
    ("Windsurfen", "Windsurfing"), ("גלישת רוח", "Windsurfing"), ("الصقارة", "Falconry"), ("スカッシュ", "Squash"),
    ("フラダンス", "Hula"), ("4x4 driving", "Off-roading"), ("Yacht racing", "Sailing"),
    ("Watercolor sketching", "Painting"),
])
def test_a_hobby_in_another_language_is_that_hobby(mine, theirs):
    assert [c for c in found("interest", mine, theirs) if c.why.startswith("You both enjoy")]


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Paragliding", "Hang gliding"), ("Snowboarding", "Skiing"), ("Windsurfing", "Kitesurfing"),
    ("Squash", "Tennis"), ("Hula", "Tap dance"), ("Off-roading", "Hiking"), ("Yacht racing", "Kitesurfing"),
])
def test_two_hobbies_stay_two(mine, theirs):
    assert not [c for c in found("interest", mine, theirs) if c.why.startswith("You both enjoy")]
