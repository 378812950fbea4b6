"""Round 37: English '-ity' in the languages that write it '-idad', '-idade', '-ità', '-ität', '-iteit', '-itet' reads
as one word across them ('Interoperabilidad' and 'Interoperability'), as French '-ité' already did; a short word of that
ending is left as it is. The names are made up or everyday skills, not taken from a set of pairs."""

from __future__ import annotations

import pytest
from ground_examples import found

from companion.ground.normalise.skills import skill_words


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Escalabilidad de sistemas", "Systems scalability"),   # Spanish
    ("Usabilidade", "Usability"),                           # Portuguese
    ("Modularität", "Modularity"),                          # German
    ("Elasticità", "Elasticity"),                           # Italian
])
def test_the_ity_of_other_languages_meets_englishs(mine, theirs):
    assert skill_words(mine) == skill_words(theirs)
    assert found("skill", mine, theirs)


def test_a_short_word_of_that_ending_is_left_as_it_is():
    assert skill_words("Sanidad") != skill_words("Sanity")  # Spanish health, not sanity
