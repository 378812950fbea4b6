"""Round 27: a country's adjective that may be another country's ('nigérienne', 'sudanese', 'congolese',
'guinean', 'indiana') claims no one national society of the Red Cross."""

from __future__ import annotations

import pytest

from companion.ground.normalise.companies import same_national_member
from companion.ground.normalise.places import country_of_adjective

RED_CROSS = "group:red-cross-and-red-crescent"


@pytest.mark.parametrize(("a", "b"), [
    ("Croix-Rouge nigérienne", "Nigerian Red Cross Society"),  # Niger's, not Nigeria's
    ("Dominica Red Cross Society", "Dominican Red Cross"),  # Dominica and the Dominican Republic
    ("Croix-Rouge dominicaine", "Dominica Red Cross Society"),
    ("Guinean Red Cross", "Guinea-Bissau Red Cross"),
    ("Sudanese Red Crescent", "South Sudan Red Cross"),
    ("Congolese Red Cross", "DR Congo Red Cross"),
    ("Indian Red Cross", "Red Cross of Indiana"),
])
def test_two_countries_societies_are_not_one(a, b):
    assert not same_national_member(a, b, RED_CROSS)


@pytest.mark.parametrize(("a", "b"), [
    ("Lebanese Red Cross", "Croix-Rouge Libanaise"),
    ("Cruz Roja Española", "Spanish Red Cross"),
    ("Schweizerisches Rotes Kreuz", "Croix-Rouge suisse"),
    ("Nigerian Red Cross", "Nigerian Red Cross Society"),
    ("Sudanese Red Crescent", "Sudanese Red Crescent Society"),  # ambiguous, but the very words
    ("Cruz Roja Dominicana", "Dominican Red Cross"),
])
def test_one_society_in_two_languages_is_still_one(a, b):
    assert same_national_member(a, b, RED_CROSS)


@pytest.mark.parametrize(("word", "code"), [
    ("nigérienne", None), ("nigerian", "NG"), ("dominicaine", "DO"), ("Dominicana", "DO"), ("dominica", "DM"),
    ("indiana", None), ("indian", "IN"), ("sudanese", None), ("congolese", None), ("libanaise", "LB"),
    ("française", "FR"),
])
def test_an_adjective_names_one_country_only_when_no_other_begins_it(word, code):
    assert country_of_adjective(word) == code
