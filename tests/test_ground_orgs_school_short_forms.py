"""Round 34B: a school whose ROR name ends in its city is also known without it ('Comenius University Bratislava':
'Comenius University'), when the short form is its own words and no other school's; a short form that says only
what a school is ('Technical University', 'Freie Universität') stays unknown."""

from __future__ import annotations

import pytest

from companion.ground.normalise.schools import normalise_school
from companion.ground.normalise.text import fold, load_table


@pytest.mark.parametrize(("short", "full"), [
    ("Comenius University", "Comenius University Bratislava"),
    ("Universidad Comenius", "Comenius University Bratislava"),
    ("Corvinus University", "Corvinus University of Budapest"),
    ("Leuphana University", "Leuphana University of Lüneburg"),
])
def test_a_school_without_its_city(short, full):
    a, b = normalise_school(short), normalise_school(full)
    assert a is not None and b is not None and a.key == b.key


@pytest.mark.parametrize("short", ["Technical University", "Freie Hochschule", "Chinese University", "Kings College",
                                   "Pasteur Institute", "Katholische Universität", "Silesian University"])
def test_a_short_form_that_says_only_what_a_school_is_is_not_added(short):
    assert fold(short) not in load_table("schools_ror.json")["short_forms_added"]
