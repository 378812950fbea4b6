"""What a reader of the ninth stop's starters found: a poster at a workshop is no talk; a trip is no death; a style
before a name is no first name; a long run of one letter is no slow read."""
from __future__ import annotations

import pytest

from companion.ground.names import first_name
from companion.ground.person_reading import _DEATH
from companion.ground.post_reading import shown_not_spoken
from companion.ground.starters import _capitalised_alone
from companion.models import Profile


@pytest.mark.parametrize("post", ["Excited that our paper was accepted as a poster to an ICML workshop!",
                                  "Our poster is part of a workshop on fairness"])
def test_a_poster_at_a_workshop_is_a_poster(post):
    assert shown_not_spoken(post) == "poster"


@pytest.mark.parametrize("post", ["Just gave a workshop at PyData Leeds, with hands-on demos",
                                  "Presented our fraud scoring work at PyData Leeds yesterday, with a live demo"])
def test_a_workshop_given_is_a_talk(post):
    assert shown_not_spoken(post) == ""


@pytest.mark.parametrize("text, death", [
    ("Mi papá se fue el lunes de viaje", False), ("Minha mãe foi ontem ao mercado comprar frutas", False),
    ("Rest well, Sarah! Big race tomorrow.", False), ("Sadly we lost Dr. Patel to a competitor", False),
    ("Mi papá se fue anoche.", True), ("Minha mãe partiu ontem", True), ("Rest well, Howard.", True),
    ("Yesterday we lost the Rev. Dr. Howard Ellis.", True),
])
def test_a_trip_or_a_lost_client_is_no_death(text, death):
    assert bool(_DEATH.search(text)) is death


@pytest.mark.parametrize("name, first", [("Rt Hon Ruth Ade", "Ruth"), ("The Hon Ruth Ade", "Ruth"),
                                         ("The Rt Hon Ruth Ade", "Ruth"), ("Hon Lai", "Hon")])
def test_a_style_is_no_first_name(name, first):
    assert first_name(Profile(name=name)) == first


def test_a_long_run_before_a_capital_reads_only_the_words_around_it():
    named = r"(?<![.!?:]\s)(?<!^)\bDeveloper\b"
    assert _capitalised_alone(named, "a" * 200_000 + " (Developer communities")  # linear: this took minutes
    assert not _capitalised_alone(named, "Android Developer at Shopify")
