"""One public body or school written in two languages: a national body with the acronym both give in brackets
('Finanzmarktaufsicht (FMA)', 'Austrian Financial Market Authority (FMA)'), a university's medical college in Latin
and in English ('Collegium Medicum'), a university written with 'in' before its city; and the near misses: two
bodies of one acronym, each spelling it in one language, or of two countries. Names no table knows are made up."""

from __future__ import annotations

import pytest
from ground_examples import found

from companion.ground.normalise.schools import normalise_school

_AT, _NZ = {"location": "Wien, Österreich"}, {"location": "Wellington, New Zealand"}
_DE, _PL = {"location": "Bonn, Deutschland"}, {"location": "Warszawa, Polska"}
_AU = {"location": "Melbourne, Australia"}


@pytest.mark.parametrize(("mine", "theirs", "here"), [
    ("Finanzmarktaufsicht (FMA)", "Austrian Financial Market Authority (FMA)", _AT),   # German and English
    ("Wasserwirtschaftsamt (WWA)", "Water Works Authority (WWA)", _AT),   # made up
    ("Spoorwegveiligheidsdienst (SVD)", "Safety Verification Department (SVD)", {"location": "Den Haag, Nederland"}),
])
def test_one_national_body_in_two_languages_with_one_bracketed_acronym(mine, theirs, here):
    assert [c.theirs for c in found("employer", mine, theirs, here, here)] == [theirs]


@pytest.mark.parametrize(("mine", "theirs", "me", "them"), [
    ("Finanzmarktaufsicht (FMA)", "Financial Markets Authority (FMA)", _AT, _NZ),   # two countries' bodies
    ("Finanzmarktaufsicht (FMA)", "Austrian Financial Market Authority (FMA)", {}, {}),   # nowhere said
    ("Bureau of Meteorology (BOM)", "Bank of Maharashtra (BOM)", _AU, _AU),   # each spells it: two bodies
    ("Zorvek Holding (ZVH)", "Zentrale Verwaltung Hamburg (ZVH)", _DE, {}),
    ("Zorvek Holding (ZVH)", "Zentrale Verwaltung Hamburg (ZVH)", _DE, _DE),   # each spells it, a word aside
])
def test_one_acronym_of_two_bodies_or_of_two_countries_stays_apart(mine, theirs, me, them):
    assert found("employer", mine, theirs, me, them) == []


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Uniwersytet Jagielloński Collegium Medicum", "Jagiellonian University Medical College"),
    ("Uniwersytet Warszawski Collegium Medicum", "University of Warsaw Medical College"),
])
def test_a_universitys_medical_college_in_latin_and_in_english_is_one_school(mine, theirs):
    assert normalise_school(mine).key == normalise_school(theirs).key
    assert found("school", mine, theirs)


def test_a_medical_college_is_a_faculty_of_its_university_not_another_universitys():
    college = normalise_school("Uniwersytet Jagielloński Collegium Medicum")
    assert college.parent_key == normalise_school("Jagiellonian University").key
    assert college.key != normalise_school("Uniwersytet Warszawski Collegium Medicum").key


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Comenius University in Bratislava", "Univerzita Komenského v Bratislave"),
    ("Comenius University in Bratislava", "Comenius University Bratislava"),
])
def test_a_university_written_with_in_before_its_city_is_the_one_the_tables_know(mine, theirs):
    assert normalise_school(mine).key == normalise_school(theirs).key


def test_a_university_in_a_city_the_tables_do_not_know_so_keeps_its_own_name():
    assert normalise_school("Boston University in Nairobi").key != normalise_school("Boston University").key


_ES, _PE, _MX = {"location": "A Coruña, España"}, {"location": "Lima, Perú"}, {"location": "Monterrey, México"}
_IT = {"location": "Roma, Italia"}


@pytest.mark.parametrize(("mine", "theirs", "here"), [
    ("Inditex", "Industria de Diseño Textil, S.A.", _ES),       # Spanish, the legal form aside
    ("MINSA", "Ministerio de Salud del Perú", _PE),              # the country after the name aside
    ("Finmeccanica", "Finanziaria Meccanica S.p.A.", _IT),       # Italian
    ("Cortelsal", "Corporación de Telecomunicaciones Salvadoreña", _MX),   # made up
])
def test_a_name_contracted_from_the_first_letters_of_each_word_is_that_organisation(mine, theirs, here):
    assert [c.theirs for c in found("employer", mine, theirs, here, here)] == [theirs]


@pytest.mark.parametrize(("mine", "theirs", "me", "them"), [
    ("Mondo", "Monte Dorado S.A.", _ES, _ES),                # two letters at the end: too many words
    ("Santos", "Santa Tostada", _ES, _ES),                   # a place's name
    ("Inditex", "Industria de Diseño Textil, S.A.", _ES, {"location": "Berlin, Deutschland"}),   # two countries
    ("Minsal", "Ministerio de Salud", {"location": "Santiago, Chile"}, _PE),
    ("Cortel", "Corporación de Telecomunicaciones Salvadoreña", _MX, _MX),   # a word of the long name left out
])
def test_a_contraction_that_is_a_word_a_place_or_of_another_country_stays_apart(mine, theirs, me, them):
    assert found("employer", mine, theirs, me, them) == []


@pytest.mark.parametrize(("mine", "theirs", "kind"), [
    ("Kuehne+Nagel", "德迅（Kuehne+Nagel）", "employer"),       # Chinese writes its brackets full width
    ("Siemens", "西门子（Siemens）", "employer"),
    ("University of Tokyo", "東京大学（University of Tokyo）", "school"),
])
def test_a_name_in_full_width_brackets_is_read_as_in_brackets(mine, theirs, kind):
    assert found(kind, mine, theirs)


def test_full_width_brackets_name_no_other_company():
    assert found("employer", "Kuehne+Nagel", "德迅（DB Schenker）") == []
