"""Round 41: an organisation's name translated word by word (hyphenated words, a kind of two English words or one
compound, a country's adjective), a word written short, a centre's short name; short forms and renames; one rule for
a national member of an international organisation; topics read through the Chinese and Japanese dictionaries."""

from __future__ import annotations

import pytest

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise.companies import employers_told_apart
from companion.ground.normalise.org_words import read_word, same_name_clipped, same_organisation_by_words
from companion.ground.normalise.schools import normalise_school
from companion.ground.normalise.skills import normalise_skill
from companion.ground.normalise.topics import find_topics
from companion.models import Profile, Volunteering


def _volunteer(organisation: str, where: str | None = None) -> Profile:
    return Profile(name="Test Person", location=where, volunteering=[Volunteering(organization=organisation)])


def _worked(company: str, where: str | None = None) -> Profile:
    return Profile(name="Test Person", location=where, experience=[{"company": company, "title": "Officer"}])


def _kinds(ground, *kinds: str) -> list:
    return [c for c in ground.commonalities if c.kind in kinds]


# 1. An organisation's name translated word by word.

@pytest.mark.parametrize(("mine", "theirs"), [
    ("Croix-Rouge française", "French Red Cross"),        # a hyphenated word; 'française' is France's, not Franca's
    ("Croce Rossa Italiana", "Italian Red Cross"),
    ("Freiwillige Feuerwehr Köln", "Cologne volunteer fire brigade"),   # a compound kind, two English words
    ("Brandweer Amsterdam", "Amsterdam Fire Department"),
    ("Helmholtz Zentrum München", "Helmholtz Munich"),    # a centre's short name drops its word for a centre
    ("Fraunhofer-Zentrum Stuttgart", "Fraunhofer Stuttgart"),
])
def test_a_name_translated_word_by_word_is_one_organisation(mine, theirs):
    assert same_organisation_by_words(mine, theirs)


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Helmholtz Zentrum München", "Helmholtz Berlin"),            # one name, two cities
    ("Helmholtz Zentrum München", "Helmholtz Gymnasium München"),  # a centre and a school
    ("Siemens Stiftung München", "Siemens Munich"),                # a foundation's word is never dropped
    ("Modern Zentrum Berlin", "Modern Berlin"),                    # an everyday word is no name of its own
    ("Berufsfeuerwehr Köln", "Cologne volunteer fire brigade"),    # the professional, not the volunteer, brigade
    ("Freiwillige Feuerwehr Köln", "Bonn volunteer fire brigade"),
    ("Croix-Rouge française", "Swiss Red Cross"),
])
def test_two_organisations_of_one_kind_are_not_read_as_one(mine, theirs):
    assert not same_organisation_by_words(mine, theirs)


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Österreichisches Rotes Kreuz", "Austrian Red Cross"),     # German's adjective of a country, in a case
    ("Schweizerisches Rotes Kreuz", "Swiss Red Cross"),
    ("Rotes Kreuz Österreichs", "Austrian Red Cross"),          # and its genitive
    ("Museum Wiens", "Vienna Museum"),                          # a German-speaking city's genitive
])
def test_a_place_in_its_adjective_or_genitive_is_the_place(mine, theirs):
    assert same_organisation_by_words(mine, theirs)
    assert not same_organisation_by_words(mine, theirs.replace("Austrian", "Swiss").replace("Swiss Red", "German Red")
                                          .replace("Vienna", "Berlin"))


def test_an_english_plural_is_no_german_genitive():
    assert read_word("readings") != (("place:reading",),)


def test_a_countrys_adjective_is_the_country_not_a_city_of_its_stem():
    assert read_word("francaise") == (("country:FR",),)
    assert read_word("krakowska") == (("place:krakow",),)  # a city's adjective stays the city's


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Les Restos du Cœur", "Restaurants du Cœur"),
    ("Fraunhofer Lab", "Fraunhofer Laboratory"),
])
def test_a_word_written_short_is_the_word(mine, theirs):
    assert same_name_clipped(mine, theirs)
    assert _kinds(find_common_ground(_volunteer(mine), _volunteer(theirs)), "group")


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Lab", "Laboratory"),                            # a short form alone says nothing
    ("Restos du Cœur", "Restaurants du Monde"),       # the other words must be the same
    ("Resto Bar", "Restaurant"),
])
def test_a_short_form_alone_or_with_other_words_is_not_the_name(mine, theirs):
    assert not same_name_clipped(mine, theirs)


def test_volunteering_with_one_organisation_in_two_languages_is_shared():
    ground = find_common_ground(_volunteer("Freiwillige Feuerwehr Köln", "Köln, Deutschland"),
                                _volunteer("Cologne volunteer fire brigade", "Cologne, Germany"))
    assert [(c.mine, c.theirs) for c in _kinds(ground, "group")] == [
        ("Freiwillige Feuerwehr Köln", "Cologne volunteer fire brigade")]


# 2. Short forms and renames.

@pytest.mark.parametrize(("short", "school"), [
    ("IIT-B", "Indian Institute of Technology Bombay"),
    ("IIT M", "Indian Institute of Technology Madras"),
    ("IIT-D", "Indian Institute of Technology Delhi"),
])
def test_an_initialism_with_its_campus_letter_is_that_campus(short, school):
    assert normalise_school(short).key == normalise_school(school).key


def test_a_campus_letter_must_begin_the_campus_name():
    assert normalise_school("IIT-Z").key != normalise_school("Indian Institute of Technology Bombay").key
    assert normalise_school("IIT-B").key != normalise_school("Indian Institute of Technology Delhi").key


@pytest.mark.parametrize(("mine", "theirs"), [
    ("SNC-Lavalin", "AtkinsRéalis"),                                  # renamed in 2023
    ("Berkeley Lab", "Lawrence Berkeley National Laboratory"),        # the lab's own short name
])
def test_a_rename_or_own_short_name_is_one_employer(mine, theirs):
    assert _kinds(find_common_ground(_worked(mine), _worked(theirs)), "employer")


@pytest.mark.parametrize(("field", "bare"), [
    ("Nutrition Science", "Nutrition"),
    ("Tourism Studies", "Tourism"),
    ("Criminology Studies", "Criminology"),
])
def test_a_field_with_its_word_for_a_discipline_is_the_field(field, bare):
    assert normalise_skill(field).key == normalise_skill(bare).key


@pytest.mark.parametrize(("field", "bare"), [
    ("Computer Science", "Computer"),
    ("Data Science", "Data"),
    ("Library Science", "Library"),
    ("Communication Studies", "Communication"),   # the bare word is a soft skill
    ("Political Science", "Political"),
])
def test_a_discipline_named_after_another_thing_is_not_that_thing(field, bare):
    assert normalise_skill(field).key != normalise_skill(bare).key


# 3. A national member of an international organisation: the organisation is shared only where the bare name is
# that member (Habitat for Humanity written in Mexico is Habitat for Humanity México); a federation whose bare name
# is one member's own (Terre des hommes, the Lausanne foundation) shares no organisation with another member.

def test_a_bare_name_written_in_the_members_country_is_that_member():
    ground = find_common_ground(_volunteer("Habitat for Humanity México", "Monterrey, México"),
                                _volunteer("Habitat for Humanity", "Ciudad de México, México"))
    assert _kinds(ground, "group")


def test_a_bare_name_written_in_another_country_shares_the_cause_only():
    ground = find_common_ground(_volunteer("Habitat for Humanity México", "Monterrey, México"),
                                _volunteer("Habitat for Humanity", "Chicago, IL"))
    assert not _kinds(ground, "group")
    assert [c.label for c in _kinds(ground, "cause")] == ["the cause of Habitat for Humanity"]


def test_a_federation_whose_bare_name_is_a_member_shares_no_organisation_with_another():
    ground = find_common_ground(_volunteer("Terre des hommes", "Lausanne, Suisse"),
                                _volunteer("Terre des hommes Schweiz", "Basel, Switzerland"))
    assert not _kinds(ground, "group", "cause")
    assert employers_told_apart("Terre des hommes", "Terre des hommes Schweiz")
    assert not _kinds(find_common_ground(_worked("Terre des hommes", "Lausanne, Suisse"),
                                         _worked("Terre des hommes Schweiz", "Basel, Switzerland")), "employer")


def test_the_cause_each_volunteer_serves_is_still_shared():
    me = Profile(name="A", location="Lausanne, Suisse", volunteering=[
        Volunteering(organization="Terre des hommes", cause="Protection de l'enfance")])
    them = Profile(name="B", location="Basel, Switzerland", volunteering=[
        Volunteering(organization="Terre des hommes Schweiz", cause="Child protection")])
    ground = find_common_ground(me, them)
    assert [(c.mine, c.theirs) for c in _kinds(ground, "cause")] == [("Protection de l'enfance", "Child protection")]


def test_an_international_body_and_a_country_office_are_two_employers():
    assert employers_told_apart("Greenpeace International", "Greenpeace Canada")
    assert employers_told_apart("WWF International", "WWF-Indonesia")
    assert not employers_told_apart("Amnesty International", "Amnesty International Deutschland")  # its own name
    assert not _kinds(find_common_ground(_worked("Greenpeace International", "Vancouver, BC"),
                                         _worked("Greenpeace Canada", "Burnaby, BC")), "employer")


# 4. Topics through the Chinese and Japanese dictionaries.

@pytest.mark.parametrize("text", ["我研究金融政策和通货膨胀", "日本銀行で金融政策の分析を担当しています。", "金融政策"])
def test_a_topic_written_in_chinese_or_japanese_inside_a_sentence(text):
    assert [topic.label for topic, _ in find_topics(text)] == ["monetary policy"]


def test_a_short_dictionary_word_inside_a_longer_one_is_no_topic():
    assert find_topics("ロシアに住んでいます") == []       # 'ロシ' (logistics) inside 'ロシア', Russia
    assert find_topics("支持女权运动") == []               # two characters only when written alone
    assert [t.label for t, _ in find_topics("女权")] == ["gender equality"]


def test_a_topic_both_write_about_in_two_scripts_is_shared():
    me = Profile(name="A", about="日本銀行で金融政策の分析を担当しています。")
    them = Profile(name="B", about="I write about monetary policy and central banks.")
    assert [(c.label, c.mine) for c in _kinds(find_common_ground(me, them), "topic")] == [
        ("monetary policy", "日本銀行で金融政策の分析を担当しています。")]
