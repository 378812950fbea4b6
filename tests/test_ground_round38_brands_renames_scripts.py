"""Round 38: one employer under its brand with a descriptor, its rename, its name in kana; a metro's communes; a school
within its university; and an activity named with another's word ('Char à voile' is no sailing). Each class on real
names other than the development set's, with the near misses that must stay apart."""

from __future__ import annotations

import pytest
from ground_examples import found, person

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise.companies import normalise_company, same_name_other_script
from companion.ground.normalise.places import resolve_place
from companion.ground.normalise.schools import normalise_school


def _employers(mine: str, theirs: str) -> list:
    return [c for c in found("employer", mine, theirs) if c.kind in ("employer", "group")]


@pytest.mark.parametrize(("mine", "theirs"), [
    # a German professional form after the legal form (audit, tax, law firms)
    ("Deloitte GmbH Wirtschaftsprüfungsgesellschaft", "Deloitte"),
    ("PricewaterhouseCoopers GmbH Wirtschaftsprüfungsgesellschaft", "PwC"),
    ("Ernst & Young GmbH Steuerberatungsgesellschaft", "EY"),
    ("Noerr PartG mbB", "Noerr"),
    # a distinctive brand's global parent and its division
    ("Stryker International", "Stryker Healthcare"),
    # a retailer's shops
    ("Decathlon Retail", "Decathlon"),
    # a firm named for its founder and partners
    ("Grimshaw", "Nicholas Grimshaw & Partners"),
    # the brand, then the initials of the words after it
    ("Zuyderland MC", "Zuyderland Medisch Centrum"),
    # a known company's arm in a country, written out
    ("Shell Brunei", "Shell Petroleum Development Company of Brunei"),
])
def test_one_employer_under_its_brand_with_a_descriptor(mine, theirs):
    assert _employers(mine, theirs)


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Summit International", "Summit Healthcare"),  # an everyday word is many companies' brand
    ("Apex Consulting", "Apex Partners"),  # two descriptors: two firms
    ("Smith", "John Smith & Partners"),  # a common surname
    ("Global MC", "Global Media Company"),  # two initials after an everyday word
    ("Shell Nigeria", "Shell Petroleum Development Company of Gabon"),  # two countries' arms
])
def test_a_common_brand_or_two_arms_stay_apart(mine, theirs):
    assert not _employers(mine, theirs)


@pytest.mark.parametrize(("old", "new"), [
    ("Schlumberger Limited", "SLB"), ("Number26", "N26"), ("PPR", "Kering"), ("Vivendi Environnement", "Veolia"),
])
def test_a_renamed_company_is_one_employer(old, new):
    assert normalise_company(old).key == normalise_company(new).key


@pytest.mark.parametrize(("kana", "latin"), [
    ("ラクスル株式会社", "Raksul Inc."),  # the form after the name
    ("株式会社メルカリ", "Mercari"),  # and before it
    ("ソニー", "Sony"),  # a long vowel's mark
])
def test_a_japanese_company_in_kana_is_its_latin_name(kana, latin):
    assert same_name_other_script(kana, latin)
    assert same_name_other_script(latin, kana)


@pytest.mark.parametrize(("kana", "latin"), [("メルカリ", "Marker"), ("ソニー", "Sunny"), ("メルカリ", "Makari")])
def test_kana_and_a_latin_name_of_other_vowels_stay_apart(kana, latin):
    assert not same_name_other_script(kana, latin)


@pytest.mark.parametrize(("a", "b"), [("Tourcoing", "Roubaix, Nord"), ("Lille", "Tourcoing"),
                                      ("Villeneuve-d'Ascq", "Roubaix")])
def test_a_metros_communes_are_one_area(a, b):
    assert resolve_place(a).metro == resolve_place(b).metro


def test_a_named_school_after_its_universitys_whole_name_is_its_school():
    school = normalise_school("Imperial College London Grantham Institute of Climate")
    assert school.parent_key == normalise_school("Imperial College London").key


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Voile", "Planche à voile"),  # windsurfing
    ("Voile", "Vol à voile"),  # gliding
    ("Sailing", "Land sailing"),
    ("Sailing", "Sand yachting"),
])
def test_an_activity_named_with_another_activitys_word_is_another(mine, theirs):
    assert not [c for c in found("interest", mine, theirs) if c.kind == "interest"]


@pytest.mark.parametrize(("mine", "theirs"), [("Voile", "Sailing"), ("Sailing", "Passionné de voile")])
def test_the_activity_itself_is_still_shared(mine, theirs):
    assert [c for c in found("interest", mine, theirs) if c.kind == "interest"]


def _volunteers(org: str):
    return person(volunteering=[{"organization": org}])


def test_a_charity_named_for_its_house_is_the_charity():
    shared = find_common_ground(_volunteers("Marillac House"), _volunteers("Marillac")).commonalities
    assert any(c.kind == "group" for c in shared)
    shared = find_common_ground(_volunteers("Nightingale House"), _volunteers("Nightingale")).commonalities
    assert not any(c.kind == "group" for c in shared)  # an everyday word


@pytest.mark.parametrize(("short", "long"), [
    ("NSPCC", "National Society for the Prevention of Cruelty to Children"),  # 'to' is a little word of the name
    ("RSPCA", "Royal Society for the Prevention of Cruelty to Animals"),
])
def test_an_acronym_leaves_out_to_as_it_leaves_out_of(short, long):
    shared = find_common_ground(_volunteers(short), _volunteers(long)).commonalities
    assert any(c.kind == "group" for c in shared)


def test_a_firm_under_its_founders_rare_surname_is_one_across_countries():
    assert found("employer", "Grimshaw", "Nicholas Grimshaw & Partners", {"location": "Milano, Italia"},
                 {"location": "London, United Kingdom"})
    assert not found("employer", "Smith", "John Smith & Partners", {"location": "Milano, Italia"},
                     {"location": "London, United Kingdom"})
