"""Round 25: organisations volunteered with, with and without the word for their kind ('ONG', 'Foundation'), or
written with and without spaces; a national society of a federation named in two languages, by its country's
adjective or in Chinese, Japanese or Korean script; one institution shared in several ways counted once (newcomer
finding F13); and the near misses that must stay apart."""

from __future__ import annotations

import pytest
from ground_examples import person

from companion.ground.common_ground import counted, find_common_ground
from companion.ground.normalise.companies import same_national_member
from companion.ground.normalise.places import country_of_adjective

_RED_CROSS = "group:red-cross-and-red-crescent"


def _volunteered(mine: str, theirs: str, here: str = "Porto Alegre, Brazil", there: str = "Curitiba, Brazil"):
    me = person(volunteering=[{"organization": mine, "cause": "Children"}], location=here)
    them = person(volunteering=[{"organization": theirs, "cause": "Kids"}], location=there)
    return [c for c in find_common_ground(me, them).commonalities if c.kind == "group"]


@pytest.mark.parametrize(("mine", "theirs"), [
    ("ONG Semente Viva", "Semente Viva"),
    ("Instituto Pequeno Príncipe Foundation", "Instituto Pequeno Príncipe"),
    ("Associação Vaga Lume", "Vaga Lume"),
    ("Casa Verde", "CasaVerde"),  # one name with and without its space
])
def test_an_organisation_with_and_without_its_kind_is_one(mine, theirs):
    assert _volunteered(mine, theirs)


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Cancer Society", "Cancer Foundation"),  # two kinds: two organisations
    ("Hope", "Hope Foundation"),  # a word of many names
    ("Curitiba", "Curitiba Foundation"),  # a place
    ("Food Bank", "Food Bank Foundation"),  # words of many names
])
def test_a_kind_word_beside_a_name_of_many_is_not_one_organisation(mine, theirs):
    assert _volunteered(mine, theirs) == []


def test_an_organisation_with_its_kind_in_another_country_is_not_one():
    assert _volunteered("ONG Semente Viva", "Semente Viva", there="Lisbon, Portugal") == []


def test_a_company_and_its_foundation_are_two_employers():
    me = person(experience=[{"company": "Brightline"}], location="Toronto, Canada")
    them = person(experience=[{"company": "Brightline Foundation"}], location="Toronto, Canada")
    assert [c for c in find_common_ground(me, them).commonalities if c.kind == "employer"] == []


@pytest.mark.parametrize(("word", "country"), [
    ("Schweizerisches", "CH"), ("suisse", "CH"), ("Española", "ES"), ("Spanish", "ES"), ("Libanaise", "LB"),
    ("Lebanese", "LB"), ("Deutsches", "DE"), ("Austrian", "AT"), ("Australian", "AU"), ("日本", "JP"),
])
def test_a_countrys_adjective_names_the_country(word, country):
    assert country_of_adjective(word) == country


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Schweizerisches Rotes Kreuz", "Croix-Rouge suisse"),
    ("Cruz Roja Española", "Spanish Red Cross"),
    ("Deutsches Rotes Kreuz", "German Red Cross"),
    ("日本赤十字社", "Japanese Red Cross Society"),
    ("中国红十字会", "Red Cross Society of China"),
])
def test_one_national_society_in_two_languages_is_one(mine, theirs):
    assert same_national_member(mine, theirs, _RED_CROSS)


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Austrian Red Cross", "Australian Red Cross"),  # alike, two countries
    ("Deutsches Rotes Kreuz", "Österreichisches Rotes Kreuz"),
    ("日本赤十字社", "Korean Red Cross"),
    ("Singapore Red Cross", "Palang Merah Indonesia"),
])
def test_two_national_societies_stay_two(mine, theirs):
    assert not same_national_member(mine, theirs, _RED_CROSS)


def test_the_japanese_red_cross_in_japanese_and_english_is_shared_where_both_live():
    me = person(volunteering=[{"organization": "日本赤十字社", "cause": "災害救護"}], location="Nagoya, Japan")
    them = person(volunteering=[{"organization": "Japanese Red Cross Society", "cause": "Disaster relief"}],
                  location="Osaka, Japan")
    groups = [c for c in find_common_ground(me, them).commonalities if c.kind == "group"]
    assert [(c.mine, c.theirs) for c in groups] == [("日本赤十字社", "Japanese Red Cross Society")]


def test_one_institution_shared_three_ways_is_counted_once():
    # newcomer finding F13: Queen's University as employer, school and a page both follow was three things in common
    def profile(title: str) -> dict:
        return {"experience": [{"company": "Queen's University", "title": title}],
                "education": [{"school": "Queen's University"}], "interests": ["Queen's University"]}

    ground = find_common_ground(person(**profile("Research Assistant")), person(**profile("Lecturer")))
    kinds = [c.kind for c in ground.commonalities]
    assert "interest" not in kinds  # the page both follow is the university, said already
    assert sorted(kinds) == ["employer", "school"]  # where both worked and where both studied: both shown
    assert counted(ground) == 1
    assert [c.why.endswith("counted once, with the one above.") for c in ground.commonalities] == [False, True]


def test_two_institutions_are_each_counted():
    me = person(experience=[{"company": "Shopify"}], education=[{"school": "Queen's University"}])
    them = person(experience=[{"company": "Shopify"}], education=[{"school": "Queen's University"}])
    assert counted(find_common_ground(me, them)) == 2


def test_a_chapter_of_a_citys_wider_area_in_two_languages_is_one():
    me = person(volunteering=[{"organization": "Moisson du Grand Québec"}], location="Québec, QC")
    them = person(volunteering=[{"organization": "Moisson of Greater Quebec"}], location="Quebec City, Canada")
    groups = [c for c in find_common_ground(me, them).commonalities if c.kind == "group"]
    assert [c.label for c in groups] == ["Moisson"]
