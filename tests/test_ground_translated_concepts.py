"""Round 30: whole skills, causes and hobbies named in the languages profiles are written in. A skill professionals
name in one word or an idiom of their own ('Stedenbouw', '팩트체크', 'Beatmung') meets the English name and the other
languages' word-for-word names; two different skills that share a word in one language stay apart."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from ground_examples import found

from companion.ground.normalise.interests import normalise_interest
from companion.ground.normalise.skills import skill_words
from companion.ground.normalise.text import load_table

ROOT = Path(__file__).resolve().parents[1]


def _build_script():
    spec = importlib.util.spec_from_file_location("build_translations", ROOT / "scripts" / "build_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Stedenbouw", "Urban Planning"),  # Dutch names the whole skill in one word
    ("Stadsplanering", "Planificación urbana"),
    ("Градостроительство", "Urbanisme"),
    ("팩트체크", "Fact-checking"),
    ("Faktencheck", "Verificación de datos"),
    ("Gestion de bénévoles", "Volunteer management"),
    ("Ehrenamtsmanagement", "Gestão de voluntários"),
    ("Beatmung", "Ventilation mécanique"),  # German's one word is the patient's mechanical ventilation
    ("Maschinelle Beatmung", "Mechanical ventilation"),
    ("Wundversorgung", "Wound care"),
    ("Infektionsprävention", "Infection control"),
    ("感染管理", "Control de infecciones"),
    ("Triaje", "Triage"),
    ("Intensivmedizin", "Intensive care"),
    ("Tehohoito", "Cuidados intensivos"),
    ("Sorgfaltsprüfung", "Due diligence"),
    ("Vertragsgestaltung", "Contract drafting"),
    ("Videoschnitt", "Video editing"),  # not 'pruning', as the word 'Schnitt' alone reads
    ("Відеомонтаж", "Montaje de vídeo"),
    ("Lehrerbildung", "Teacher training"),
    ("Diseño curricular", "Curriculum design"),
    ("Marco lógico", "Logical framework"),
    ("Tragwerksplanung", "Structural design"),
    ("Tunnelbau", "Tunnelling"),
    ("Fusiones y adquisiciones", "Mergers and acquisitions"),
    ("인수합병", "Fusões e aquisições"),
    ("特別支援教育", "Special education"),
    ("Közbeszerzés", "Public procurement"),
    ("محو الأمية", "Literacy"),
])
def test_a_whole_skill_in_another_language_is_that_skill(mine, theirs):
    assert found("skill", mine, theirs)


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Urban planning", "Urban design"),  # two skills that share a word
    ("Stedenbouw", "Stedelijk ontwerp"),
    ("Video editing", "Video production"),
    ("Cuidados intensivos", "Cuidados paliativos"),  # share a word in Spanish
    ("Kontrola zakażeń", "Kontrola jakości"),  # share a word in Polish
    ("Infection control", "Quality control"),
    ("Fact-checking", "Checking accounts"),
])
def test_two_skills_that_share_a_word_stay_apart(mine, theirs):
    assert not found("skill", mine, theirs)


@pytest.mark.parametrize(("english", "other"), [
    ("Sailing", "Sejlsport"),
    ("Sailing", "Żeglarstwo"),
    ("Sailing", "Парусный спорт"),
    ("Sailing", "Ιστιοπλοΐα"),
    ("Hiking", "Πεζοπορία"),
    ("Running", "Hardlopen"),
    ("Chess", "Шахматы"),
    ("Tea ceremony", "Teezeremonie"),
])
def test_a_hobby_in_another_language_is_that_hobby(english, other):
    assert normalise_interest(english).key == normalise_interest(other).key


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Żeglarstwo", "Wioślarstwo"),  # sailing is not rowing
    ("Парусный спорт", "Гребля"),
    ("Sejlsport", "Kajak"),
])
def test_a_sport_in_another_language_is_not_another_sport(mine, theirs):
    assert normalise_interest(mine).key != normalise_interest(theirs).key


@pytest.mark.parametrize(("english", "other"), [
    ("Press freedom", "Свобода прессы"),
    ("Press freedom", "Pressefrihed"),
    ("Literacy", "محو الأمية"),
    ("Animal welfare", "Dierenwelzijn"),
    ("Refugees", "Біженці"),
    ("Mental health", "Ψυχική υγεία"),
    ("Human rights", "Haki za binadamu"),
    ("Arts and culture", "Kunst og kultur"),
    ("Science and technology", "Наука и технологии"),
    ("Veterans", "Anciens combattants"),
])
def test_a_cause_in_another_language_is_that_cause(english, other):
    assert normalise_interest(english, "cause").key == normalise_interest(other, "cause").key


def test_every_form_of_a_whole_skill_reads_as_that_skill_alone():
    script = _build_script()
    for concept, forms in script.parse(script.SKILL_CONCEPTS).items():
        for form in (concept, *forms):
            assert skill_words(form) == {concept.replace(" ", "_")}, form


def test_the_tables_hold_every_whole_skill_and_taken_form():
    script = _build_script()
    words = load_table("skills.json")["words"]
    kept, moved = script.take(words, script.TAKEN)
    assert moved == {}  # each taken form has left its looser word
    for form, (_, concept) in script.TAKEN.items():
        assert form in words[concept]
    added, _ = script.merge_words({"words": kept}, script.parse(script.SKILL_CONCEPTS))
    assert added == {}


def test_a_taken_form_leaves_its_looser_word_for_the_concept():
    script = _build_script()
    kept, moved = script.take({"ventilation": ["ventilación", "beatmung"]},
                              {"beatmung": ("ventilation", "mechanical ventilation")})
    assert kept == {"ventilation": ["ventilación"]}
    assert moved == {"mechanical ventilation": ["beatmung"]}
