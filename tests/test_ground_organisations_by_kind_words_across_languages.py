"""Round 30: organisations by their kind words, in any language. An organisation with and without its kind word, a
city's government and board of education in its own language and in English, a hospital named in its own language
and in English, a known brand's country arm and its subtitle; and the near misses that must stay apart (two cities'
city halls, two hospitals of one city, Ford and the Ford Foundation). Every example is made up, not taken from a set
of pairs."""

from __future__ import annotations

import pytest
from ground_examples import found

from companion.ground.normalise.companies import normalise_company

IN = {"location": "Lisbon, Portugal"}
ABROAD = {"location": "Toronto, Canada"}


def _employers(mine: str, theirs: str, me: dict | None = None, them: dict | None = None) -> list:
    return [c for c in found("employer", mine, theirs, {"location": "x", **(me or {})}, them) if c.kind == "employer"]


def _shared(mine: str, theirs: str, me: dict, them: dict) -> bool:
    a = {"experience": [{"company": mine}], **me}
    b = {"experience": [{"company": theirs}], **them}
    from ground_examples import shared_of_kind
    return bool(shared_of_kind("employer", a, b))


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Prefeitura de Belo Horizonte", "Belo Horizonte City Hall"),
    ("Ayuntamiento de Sevilla", "Seville City Hall"),
    ("Stadtverwaltung Köln", "Cologne City Administration"),
    ("横浜市役所", "Yokohama City Hall"),
    ("부산광역시청", "Busan City Hall"),
    ("大阪市教育委員会", "Osaka City Board of Education"),
    ("서울특별시교육청", "Seoul Metropolitan Office of Education"),
])
def test_a_citys_government_in_its_own_language_and_in_english_is_one(mine, theirs):
    assert normalise_company(mine).key == normalise_company(theirs).key


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Prefeitura de Belo Horizonte", "Curitiba City Hall"),  # two cities' city halls
    ("横浜市役所", "Osaka City Hall"),
    ("大阪市教育委員会", "Kobe City Board of Education"),
    ("Osaka City Board of Education", "Osaka City Hall"),  # the city's board is not its government
])
def test_two_cities_or_two_bodies_of_one_city_stay_apart(mine, theirs):
    assert normalise_company(mine).key != normalise_company(theirs).key


def test_a_city_hall_abroad_is_the_same_city_hall():
    # written in Portuguese in Brazil and in English in Canada: the key names the city, so the countries part nothing
    assert _shared("Prefeitura de Belo Horizonte", "Belo Horizonte City Hall", {"location": "Belo Horizonte, Brasil"},
                   ABROAD)
    assert not _shared("Prefeitura de Belo Horizonte", "Curitiba City Hall", {"location": "Belo Horizonte, Brasil"},
                       ABROAD)


def test_an_organisation_with_and_without_its_kind_word_is_one_employer():
    assert _shared("Ubuntu Sizwe Trust", "Ubuntu Sizwe", IN, IN)
    assert _shared("Fundação Kaingang Araucária", "Kaingang Araucária", IN, IN)


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Ford", "Ford Foundation"),  # a company and its foundation are two employers
    ("Ford Motor Company", "Ford Foundation"),
    ("Mozilla", "Mozilla Foundation"),
])
def test_a_company_and_its_foundation_stay_apart(mine, theirs):
    assert not _shared(mine, theirs, IN, IN)


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Bệnh viện Thanh Nhàn", "Thanh Nhan Hospital"),  # Vietnamese
    ("Tromsø universitetssykehus", "Tromsø University Hospital, Breivika"),  # Norwegian, a site after the comma
    ("Szpital Bielański", "Bielanski Hospital"),  # Polish
])
def test_a_hospital_in_its_own_language_and_in_english_is_one_wherever_they_live(mine, theirs):
    assert _shared(mine, theirs, {"location": "Hanoi, Vietnam"}, ABROAD)


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Bệnh viện Thanh Nhàn", "Bệnh viện Xanh Pôn"),  # two hospitals of one city
    ("Bệnh viện Thanh Nhàn", "Saint Paul Hospital"),
    ("Tromsø universitetssykehus", "Oslo University Hospital"),  # two cities' university hospitals
    ("Tromsø universitetssykehus", "Tromsø Hospital"),  # a university hospital is not any hospital of the city
    ("Hospital General", "General Hospital"),  # words many hospitals share, in two countries
])
def test_two_hospitals_stay_apart(mine, theirs):
    assert not _shared(mine, theirs, {"location": "Hanoi, Vietnam"}, ABROAD)


def test_a_hospital_written_with_its_town_is_the_one_where_the_other_lives():
    # 'Mater Hospital, Brisbane' from Canada is the 'Mater Hospital' of someone in Brisbane; not of someone elsewhere
    assert _shared("Kettering Grove Hospital", "Kettering Grove Hospital, Brisbane", {"location": "Brisbane, Australia"},
                   ABROAD)
    assert not _shared("Kettering Grove Hospital", "Kettering Grove Hospital, Brisbane", {"location": "Dublin, Ireland"},
                       ABROAD)


def test_a_known_brand_with_its_subtitle_or_its_advisory_arm_is_the_brand():
    assert normalise_company("UNICEF, the United Nations Children's Fund").key == normalise_company("UNICEF").key
    deloitte = normalise_company("Deloitte Professional Services")
    assert deloitte.parent_key == normalise_company("Deloitte").key
    assert _shared("Deloitte Ghana", "Deloitte Professional Services", IN, IN)
    # an unknown name with a subtitle stays its own
    assert normalise_company("Acme, the builders").key != normalise_company("Acme").key


def test_a_one_word_brand_and_its_foundation_stay_two_employers_a_charity_of_several_words_is_one():
    from test_ground_organisation_name_forms import person

    from companion.ground.common_ground import find_common_ground

    def employers(a, b):
        me = person(experience=[{"company": a}], location="Toronto, Canada")
        them = person(experience=[{"company": b}], location="Toronto, Canada")
        return [c for c in find_common_ground(me, them).commonalities if c.kind == "employer"]

    assert employers("Brightline", "Brightline Foundation") == []
    assert employers("Harbour of Hope", "Harbour of Hope Foundation") != []
