"""Round 35: an employer or organisation named in another script on one side ('أرامكو السعودية', 'रिलायंस रिटेल',
'Κωτσόβολος', 'מיקרוסופט') and in Latin letters on the other is one name read aloud, every word accounted for; and
the near misses, two brands whose sounds are close, that must stay apart."""

from __future__ import annotations

import pytest

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise.companies import same_name_other_script
from companion.models import Experience, Profile, Volunteering


@pytest.mark.parametrize(("written", "latin"), [
    ("أرامكو السعودية", "Saudi Aramco"),  # another word order, Saudi by its sounds
    ("شركة أرامكو السعودية", "Saudi Aramco"),  # 'company' dropped as a company's form
    ("مصرف الراجحي", "Al Rajhi Bank"),  # 'bank' translated, the article written apart
    ("بي بي سي عربي", "BBC Arabic"),  # letters spelled out; a language by its code
    ("बी बी सी", "BBC"),
    ("Би-би-си", "BBC"),
    ("בי.בי.סי", "BBC"),
    ("रिलायंस रिटेल", "Reliance Retail"),
    ("टाटा कंसल्टेंसी सर्विसेज़", "Tata Consultancy Services"),
    ("इन्फ़ोसिस", "Infosys"),
    ("Κωτσόβολος", "Kotsovolos"),
    ("מיקרוסופט", "Microsoft"),
    ("Яндекс", "Yandex"),
    ("Тинькофф Банк", "Tinkoff Bank"),
    ("Сбер Банк", "Sberbank"),  # one name in two words
    ("יחידה 8200", "Unit 8200"),  # a unit by its number, 'unit' translated
])
def test_one_name_in_two_scripts(written, latin):
    assert same_name_other_script(written, latin)
    assert same_name_other_script(latin, written)


@pytest.mark.parametrize(("written", "latin"), [
    ("أرامكو", "Aramex"),  # rmk and rmks: close skeletons, two companies
    ("أرامكس", "Aramco"),
    ("बी बी सी", "BBS"),
    ("मारुति सुजुकी", "Maruti"),  # a word not accounted for
    ("مصرف الراجحي", "Rajhi"),  # nor 'bank'
    ("Сбербанк", "Sber"),
    ("Κωτσόβολος", "Kotsovolou Street"),
    ("גוגל", "Google"),  # two consonants: too short to tell from any other name
    ("جوجل", "Google"),
    ("بنك", "Bank"),  # a word for what it is, and no name
    ("סמסונג", "Samsung Electronics"),
    ("Мегафон", "Megafone Studio"),
    ("יחידה 8200", "Unit 81"),
    ("יחידה", "Unit"),
])
def test_near_misses_stay_apart(written, latin):
    assert not same_name_other_script(written, latin)


def test_two_names_in_the_same_script_are_not_read_aloud():
    assert not same_name_other_script("Aramco", "Aramco Services")
    assert not same_name_other_script("أرامكو", "أرامكو")


def _employee(company: str, location: str) -> Profile:
    return Profile(name="A", location=location, experience=[Experience(company=company, title="Engineer")])


def test_an_employer_written_in_arabic_meets_its_latin_name():
    ground = find_common_ground(_employee("أرامكو السعودية", "Dhahran, Saudi Arabia"),
                                _employee("Saudi Aramco", "Riyadh, Saudi Arabia"))
    assert any(c.kind == "employer" for c in ground.commonalities)


def test_an_employer_in_devanagari_meets_its_latin_name():
    ground = find_common_ground(_employee("रिलायंस रिटेल", "Mumbai, India"), _employee("Reliance Retail", "Pune, India"))
    assert any(c.kind == "employer" for c in ground.commonalities)


def test_close_skeletons_are_no_shared_employer():
    ground = find_common_ground(_employee("أرامكو", "Dubai, United Arab Emirates"),
                                _employee("Aramex", "Dubai, United Arab Emirates"))
    assert not any(c.kind == "employer" for c in ground.commonalities)


def test_an_organisation_volunteered_with_in_devanagari():
    a = Profile(name="A", location="New Delhi, India", volunteering=[Volunteering(organization="गूंज")])
    b = Profile(name="B", location="Delhi, India", volunteering=[Volunteering(organization="Goonj")])
    assert any(c.kind in ("group", "cause") for c in find_common_ground(a, b).commonalities)


@pytest.mark.parametrize(("script_name", "latin_name"), [
    ("كريم", "Karma"),  # Careem's ya is a long vowel between r and m: Karma has none there
    ("سابك", "Subaki"),  # three consonants and no vowel written: too many names share them
])
def test_a_long_vowel_written_must_be_heard_and_three_bare_consonants_are_not_enough(script_name, latin_name):
    assert not same_name_other_script(script_name, latin_name)


def test_a_long_vowel_heard_in_its_place_still_meets():
    assert same_name_other_script("كريم", "Careem")
