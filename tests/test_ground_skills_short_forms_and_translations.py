"""Round 25: skills across languages and short forms, as classes: the words of skills in more languages (a compound
of two of them, a Japanese name in katakana, a Chinese one written joined), a Dutch '-iek', a Roman numeral after a
name, an acronym's plural, a product after its maker's name, tools by their short and native names; and near misses
that must stay apart."""

from __future__ import annotations

import pytest
from ground_examples import found, person

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise.skills import normalise_skill


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Zellkultur", "Cell culture"),  # a German compound of two words the table now knows
    ("Kultura komórkowa", "Culture cellulaire"),
    ("Fahrzeugdiagnose", "Vehicle diagnostics"),
    ("Erwachsenenbildung", "Adult education"),
    ("Unterrichtsplanung", "Lesson planning"),
    ("デジタルマーケティング", "Digital marketing"),  # katakana, written joined
    ("データ可視化", "Data visualization"),
    ("Elektrokémia", "Electrochemistry"),  # a compound against one listed word of the same two
    ("Akkumulátor-modellezés", "Battery modelling"),
    ("Biologia marinha", "Marine biology"),
    ("Categoriemanagement", "Category management"),
    ("Hochvolt-Systeme", "High-voltage systems"),
    ("Drukvatontwerp", "Pressure vessel design"),
    ("Inbyggda system", "Embedded systems"),
    ("Planeación de la producción", "Production planning"),
    ("Automatyzacja testów", "Test automation"),
    ("Cuidado de heridas", "Wound care"),
    ("Buenas prácticas de manufactura", "Good Manufacturing Practice"),
    ("Modelos LBO", "LBO modelling"),
])
def test_a_skill_in_another_language_is_that_skill(mine, theirs):
    assert found("skill", mine, theirs)


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Farmacokinetiek", "Pharmacocinétique"),  # Dutch '-iek' is French '-ique'
    ("Statistiek", "Statistics"),
])
def test_a_learned_word_with_the_dutch_ending_iek_is_that_skill(mine, theirs):
    assert found("skill", mine, theirs)


def test_a_roman_numeral_after_a_name_is_its_number():
    assert found("skill", "Solvency II", "Solvency 2")
    assert found("skill", "ASE Level III", "ASE Level 3")


def test_an_acronyms_plural_is_the_acronym():
    assert normalise_skill("APIs").key == normalise_skill("API").key
    assert normalise_skill("KPIs").key == normalise_skill("KPI").key
    assert found("skill", "REST APIs", "REST API")


@pytest.mark.parametrize("name", ["K8s", "SaaS", "AWS", "iOS"])
def test_a_name_ending_in_s_is_not_read_as_a_plural(name):
    assert normalise_skill(name).key == normalise_skill(name).key != normalise_skill(name[:-1]).key


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Hive", "Apache Hive"), ("Sqoop", "Apache Sqoop"), ("NiFi", "Apache NiFi"), ("Bamboo", "Atlassian Bamboo"),
])
def test_a_product_after_its_makers_name_is_the_product(mine, theirs):
    assert found("skill", mine, theirs)


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Cloud", "Apache Cloud"), ("Analytics", "SAP Analytics"), ("Data", "Apache Data"),
])
def test_a_broad_word_after_a_makers_name_is_not_that_word(mine, theirs):
    assert not [c for c in found("skill", mine, theirs) if c.label in (mine, theirs)]


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Cinema 4D", "C4D"), ("Capital IQ", "CapIQ"), ("Nuke", "NukeX"), ("AutoCAD", "AutoCAD Electrical"),
    ("Leapfrog", "Leapfrog Geo"), ("MSSQL", "SQL Server"), ("Eikon", "Refinitiv Eikon"), ("Tekla", "Tekla Structures"),
    ("Lightroom", "Adobe Lightroom Classic"), ("ZBrush", "Pixologic ZBrush"),
    ("AutoCAD", "أوتوكاد"), ("Primavera P6", "بريمافيرا P6"),
])
def test_a_tool_by_its_short_or_native_name_is_the_tool(mine, theirs):
    assert found("skill", mine, theirs)


def test_ae_is_after_effects_only_beside_motion_work():
    def shared(headline: str) -> list[str]:
        me, them = person(skills=["AE"], headline=headline), person(skills=["Adobe After Effects"])
        return [c.label for c in find_common_ground(me, them).commonalities if c.kind == "skill"]

    assert shared("Motion designer and animator") == ["Adobe After Effects"]
    assert shared("Pharmacovigilance lead: AE reporting") == []


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Darts", "Dart"),  # one listed word is that skill only
    ("Cell biology", "Cell culture"),
    ("Vehicle design", "Vehicle diagnostics"),
    ("Adult nursing", "Adult education"),
])
def test_near_misses_stay_apart(mine, theirs):
    assert found("skill", mine, theirs) == []


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Kalibrierung", "Calibration"), ("Implementierung", "Implementation"), ("Standardisierung", "Standardization"),
])
def test_a_german_word_in_ierung_is_the_english_one_in_ation(mine, theirs):
    assert found("skill", mine, theirs)


def test_a_nordic_word_in_ering_is_the_english_one_in_ation_the_dictionary_knows():
    assert found("skill", "Fermentering", "Fermentation")
    assert found("skill", "Engineering", "Engation") == []  # an English '-ering' is itself
