"""Round 23: classes of miss and false friend, each with made-up examples and near misses that must stay apart.

A skill with words that only qualify it (its process or maker before it, the work done on it or an empty word after
it, a list naming it, its doing and its things); words cut short in any skill's name ('Mgmt'); an organisation's name
with its words in another order; a brand's national company named in brackets; a food outing is not cooking."""

from __future__ import annotations

import pytest
from ground_examples import found

from companion.ground.normalise.companies import normalise_company


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Welding", "TIG welding"), ("Brazing", "MIG brazing"), ("Houdini", "SideFX Houdini"),
    ("Scaffolding", "Scaffolding design"), ("Pneumatics", "Pneumatic systems"), ("Carpentry", "Carpentry repairs"),
    ("Bookkeeping", "Bookkeeping fundamentals"), ("Customer care", "Customer Care Excellence"),
    ("Estimating", "Estimating & tendering"), ("Wireframing", "Wireframes"),
    ("Procurement Management", "Procurement Mgmt"), ("Web development", "Web dev"),
    ("Network operations", "Network Ops"),
])
def test_a_skill_with_words_that_only_qualify_it_is_that_skill(mine, theirs):
    assert found("skill", mine, theirs)


@pytest.mark.parametrize(("mine", "theirs"), [
    ("React", "React Native"), ("Data", "Data Science"), ("Security", "Food security"), ("Java", "JavaScript"),
    ("Marketing", "SEO marketing"), ("Testing", "QA testing"), ("Design", "Formwork design"),
    ("Marketing", "Markets"), ("Accounting", "Accounts"), ("Welding", "Welding inspection"),
    ("Health", "Health & Safety"), ("Backflow prevention", "Backflow testing"), ("Plumbing", "Plumbing law"),
])
def test_a_skill_and_another_field_built_on_its_word_stay_apart(mine, theirs):
    assert found("skill", mine, theirs) == []


@pytest.mark.parametrize(("kind", "mine", "theirs"), [
    ("employer", "Marina Bay Sands Singapore", "Singapore Marina Bay Sands"), ("school", "TAFE Queensland",
                                                                             "Queensland TAFE"),
])
def test_an_organisation_with_its_words_in_another_order_is_one(kind, mine, theirs):
    assert found(kind, mine, theirs)


def test_common_words_in_another_order_are_not_one_organisation():
    assert found("employer", "National Bank", "Bank National") == []


def test_a_brands_national_company_in_brackets_is_the_employer():
    company = normalise_company("Orange Côte d'Ivoire (Ivoirtel)")
    assert company.key == "employer:ivoirtel" and company.parent_key == "employer:orange"
    assert found("employer", "Orange Côte d'Ivoire (Ivoirtel)", "Ivoirtel")
    # the brand's business in another country is not where this person worked
    shared = found("employer", "Orange Côte d'Ivoire (Ivoirtel)", "Orange Business Services",
                   me={"location": "Abidjan, Côte d'Ivoire"}, them={"location": "Paris, France"})
    assert not any("worked at Orange" in c.why for c in shared)


def test_an_acronym_of_the_name_in_brackets_stays_the_brands():
    assert normalise_company("Microsoft India (R&D)").key == "employer:microsoft"


@pytest.mark.parametrize("outing", ["ラーメン巡り", "Wine tasting", "Specialty coffee"])
def test_eating_and_drinking_out_is_not_cooking(outing):
    assert found("interest", outing, "Cooking") == []


def test_baking_is_still_a_kind_of_cooking():
    assert found("interest", "Sourdough", "Cooking")
