"""Round 26: two different styles of one hobby are no shared hobby, not even as the hobby ('you both cycle'); a style
and its plain hobby, and one style in other words or another language, still are."""

from __future__ import annotations

import pytest
from ground_examples import found


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Bergfietsry", "Road cycling"),  # Afrikaans: mountain biking, one word
    ("Urban cycling", "Road cycling"),
    ("Ciclismo de montaña", "Ciclismo de ruta"),
    ("VTT", "Vélo de route"),
    ("Mountainbiken", "Rennrad"),
    ("Veldrijden", "Wielrennen"),
    ("BMX", "Gravel cycling"),
    ("Freediving", "Scuba diving"),
    ("Bass fishing", "Fly fishing"),
    ("Trail running", "Mountain running"),
    ("Bouldering", "Ice climbing"),
])
def test_two_styles_of_one_hobby_are_not_shared(mine, theirs):
    assert found("interest", mine, theirs) == []


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Cycling", "Road cycling"), ("Radfahren", "Bergfietsry"), ("Ciclismo", "Mountain biking"),
    ("Ciclismo de montaña", "Mountain biking"), ("MTB", "Mountain biking"), ("Bergfietsry", "VTT"),
    ("Ciclismo su strada", "Road cycling"), ("Rennrad", "Wielrennen"), ("Amateur road cycling", "Road cycling"),
    ("Fishing", "Fly fishing"), ("Diving", "Scuba diving"), ("Freediving", "Apnée"), ("Climbing", "Bouldern"),
    ("Bouldern", "Bouldering"), ("Running", "Trail running"),
])
def test_a_style_meets_its_hobby_and_itself_in_other_words(mine, theirs):
    assert found("interest", mine, theirs)


def test_a_sentence_naming_a_style_meets_that_style_only():
    assert found("about", "I ride my mountain bike every weekend", "Road cycling") == []
    assert found("about", "I ride my mountain bike every weekend", "Mountain biking")
    assert found("about", "Weekends on my bike", "Road cycling")  # no style said: the plain hobby


def test_a_side_that_lists_a_style_is_read_by_it_not_by_its_sentences():
    from ground_examples import person

    from companion.ground.common_ground import find_common_ground
    a = person(interests=["Ciclismo de ruta"], about="Los domingos salgo en bici con amigos.")
    b = person(interests=["Ciclismo de montaña"])
    assert not [c for c in find_common_ground(a, b).commonalities if c.kind == "interest"]
