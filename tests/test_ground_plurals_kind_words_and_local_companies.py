"""Round 28: rules, not translations, for one thing written two ways: a hobby of several words in the singular and the
plural, a skill with its kind word or its management, one clinical skill with another of the words for its care, a
brand's local company with its trade word and legal form, an organisation with its subtitle after 'The'; and the near
misses each rule must leave apart. Every name is made up."""

from __future__ import annotations

import pytest
from ground_examples import found, person, shared_of_kind

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise.interests import normalise_interest
from companion.ground.normalise.skills import same_skill_wording


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Kite festival", "Kite festivals"),
    ("Pottery workshops", "Pottery workshop"),
])
def test_a_hobby_of_several_words_in_singular_and_plural_is_shared(mine, theirs):
    assert normalise_interest(mine).key == normalise_interest(theirs).key
    assert found("interest", mine, theirs)


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Rolling Pebbles", "Rolling Pebble"),  # a band's name in capitals is a name
    ("Glass lens", "Glass lenses"),  # 'lenses' keeps its 'es', not read as 'lense'
    ("Comic series", "Comic serie"),
])
def test_a_name_or_a_word_ending_in_s_is_not_read_as_a_plural(mine, theirs):
    assert normalise_interest(mine).key != normalise_interest(theirs).key


@pytest.mark.parametrize(("short", "long"), [
    ("Zorbex", "Zorbex Engine"),
    ("Quillam", "Quillam standards"),
    ("Brucellosis", "Brucellosis management"),
])
def test_a_skill_with_its_kind_word_or_its_management_is_one_skill(short, long):
    assert same_skill_wording(short, long)
    assert found("skill", short, long)


@pytest.mark.parametrize(("short", "long"), [
    ("Game", "Game engine"),  # a broad field: another thing with the kind word
    ("Data", "Data management"),  # a broad field
    ("Change", "Change management"),
    ("Java", "JavaScript"),
])
def test_a_broad_word_with_a_kind_word_or_management_stays_apart(short, long):
    assert not same_skill_wording(short, long)


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Burn wound care", "Burn wound management"),
    ("Culturally-safe practice", "Culturally-safe care"),
])
def test_one_clinical_skill_with_another_word_for_its_care_is_shared(mine, theirs):
    assert same_skill_wording(mine, theirs)
    assert found("skill", mine, theirs)


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Customer care", "Customer management"),
    ("Risk management", "Risk practice"),
    ("Private practice", "Private care"),
    ("Data management", "Data care"),
    ("Wound care", "Wound dressing"),  # not one of the words for its care
])
def test_a_trade_with_care_management_or_practice_stays_apart(mine, theirs):
    assert not same_skill_wording(mine, theirs)


@pytest.mark.parametrize(("brand", "local"), [
    ("Vastro-Kemet", "Vastro-Kemet Hajtástechnika Kft."),
    ("Bruvoldene", "Bruvoldene Forsikring ASA"),
])
def test_a_brands_local_company_with_its_trade_word_and_legal_form_is_the_brand(brand, local):
    assert shared_of_kind("employer", {"experience": [{"company": brand}]}, {"experience": [{"company": local}]})


@pytest.mark.parametrize(("brand", "local"), [
    ("Vastro", "Vastro NBD PJSC"),  # an acronym after the brand: another company of the name
    ("Vastro", "Vastro Kemet Hajtástechnika Kft."),  # two words more
    ("Vastro-Kemet", "Vastro-Kemet Hajtástechnika"),  # no legal form: nothing says it is the brand's company
    ("Nord", "Nord Logistik AB"),  # too short a brand to be a name of its own
])
def test_a_name_and_another_company_beginning_with_it_stay_apart(brand, local):
    assert not shared_of_kind("employer", {"experience": [{"company": brand}]},
                              {"experience": [{"company": local}]})


def _volunteer(organisation: str):
    return person(volunteering=[{"organization": organisation}])


def test_an_organisation_with_its_subtitle_is_one_organisation():
    ground = find_common_ground(_volunteer("Yarrowind Lanka"),
                                _volunteer("Yarrowind Lanka The Network of Young Carers"))
    assert [c for c in ground.commonalities if c.kind == "group"]


@pytest.mark.parametrize(("short", "long"), [
    ("Hope", "Hope The Charity for Children"),  # a word of many names
    ("Yarrowind Lanka", "Yarrowind Lanka Children's Network"),  # no 'The': another organisation of the name
])
def test_a_name_and_another_organisation_beginning_with_it_stay_apart(short, long):
    ground = find_common_ground(_volunteer(short), _volunteer(long))
    assert not [c for c in ground.commonalities if c.kind == "group"]
