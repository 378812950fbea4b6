"""Hobbies and causes shared under other names and languages, beside the near-misses that stay apart: a narrower
or other cause, another code of football, a word in front that makes another game."""

from __future__ import annotations

import pytest
from ground_examples import found, shared_of_kind

from companion.ground.normalise.interests import normalise_interest


@pytest.mark.parametrize("mine, theirs", [
    ("Innebandy", "Floorball"),
    ("Voëlkyk", "Birdwatching"),
    ("Orienteerumine", "Orienteering"),
    ("Life drawing", "Dibujo al natural"),
    ("Cocina peruana", "Peruvian cooking"),          # the adjective of where it comes from, after the hobby
    ("Calligraphie japonaise", "Shodō"),
])
def test_hobbies_by_more_names(mine, theirs):
    assert normalise_interest(mine).key == normalise_interest(theirs).key


@pytest.mark.parametrize("mine, theirs", [
    ("Floorball", "Ice hockey"),
    ("Cocina creativa", "Cooking"),                   # an adjective of how, not of where: left as written
])
def test_near_hobbies_stay_apart(mine, theirs):
    assert normalise_interest(mine).key != normalise_interest(theirs).key


@pytest.mark.parametrize("mine, theirs", [
    ("Diversity in tech", "Mulheres na tecnologia"),       # women in tech is narrower than diversity in tech
    ("Diversity in tech", "Women in tech"),
    ("Diversidad en tecnología", "Femmes dans la tech"),
    ("Native species conservation", "Energy conservation"),  # a resource saved is not nature conserved
    ("Wildlife conservation", "Water conservation"),
    ("Energy conservation", "Water conservation"),
])
def test_a_narrower_or_other_cause_is_not_shared(mine, theirs):
    assert not found("cause", mine, theirs)


@pytest.mark.parametrize("mine, theirs", [
    ("Mulheres na tecnologia", "Women in tech"),
    ("Diversity in tech", "Diversity in technology"),
    ("Energy conservation", "Energy efficiency"),
    ("Native species conservation", "Native species conservation"),
    ("Breast cancer awareness", "Breast cancer awareness"),
    ("Diversity and inclusion", "Diversity in tech"),       # the umbrella still meets a cause within it
])
def test_the_same_cause_is_still_shared(mine, theirs):
    assert found("cause", mine, theirs)


def test_the_causes_keep_their_own_entries():
    assert normalise_interest("Mulheres na tecnologia", "cause").key == "cause:women-in-tech"
    assert normalise_interest("Diversity in tech", "cause").key == "cause:diversity-in-tech"
    assert normalise_interest("Energy conservation", "cause").key != normalise_interest("Conservation", "cause").key


def _interests(mine: str, theirs: str, my_place: str, their_place: str) -> list:
    return shared_of_kind("interest", {"interests": [mine], "location": my_place},
                          {"interests": [theirs], "location": their_place})


@pytest.mark.parametrize("mine, theirs", [
    ("Football (Aston Villa)", "College football (Roll Tide)"),
    ("Football", "College football"),
    ("Soccer", "High school football"),
])
def test_college_football_is_not_association_football(mine, theirs):
    assert not _interests(mine, theirs, "Birmingham, England, United Kingdom", "Birmingham, Alabama, United States")


@pytest.mark.parametrize("mine, theirs, my_place, their_place", [
    ("Football (Aston Villa)", "Soccer", "Birmingham, England, United Kingdom", "Birmingham, Alabama, United States"),
    ("Football", "Fußball", "Manchester, United Kingdom", "Berlin, Germany"),
    ("College football", "NFL", "Tuscaloosa, Alabama, United States", "Dallas, Texas, United States"),
    ("College football", "Football", "Columbia, South Carolina, United States", "Austin, Texas, United States"),
])
def test_one_code_of_football_is_still_shared(mine, theirs, my_place, their_place):
    assert _interests(mine, theirs, my_place, their_place)


@pytest.mark.parametrize("mine, theirs", [("Real tennis", "Tennis"), ("Paddle tennis", "Tennis")])
def test_a_word_in_front_makes_another_game(mine, theirs):
    assert not found("interest", mine, theirs)
    assert found("interest", mine, mine)


def test_lawn_tennis_is_still_tennis():
    assert found("interest", "Lawn tennis", "Tennis")


@pytest.mark.parametrize("mine, theirs", [
    ("바둑", "Baduk"), ("Netiboli", "Netball"), ("Μπάσκετ", "Basketball"), ("योग", "Yoga"),
    ("Cetrería", "Falconry"), ("Vinterbadning", "Winter bathing"), ("Waka ama", "Outrigger canoeing"),
])
def test_a_hobby_in_another_language_is_shared(mine, theirs):
    assert found("interest", mine, theirs)


@pytest.mark.parametrize("mine, theirs", [("Netball", "Basketball"), ("Falconry", "Birdwatching")])
def test_neighbouring_hobbies_stay_apart(mine, theirs):
    assert not found("interest", mine, theirs)
