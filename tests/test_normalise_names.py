"""Schools, employers, skills and languages: the aliases that must meet and the false friends that must not."""

from __future__ import annotations

import pytest

from companion.ground.normalise.companies import normalise_company
from companion.ground.normalise.languages import detect_text_language, normalise_language
from companion.ground.normalise.schools import normalise_school
from companion.ground.normalise.skills import normalise_skill

SAME_SCHOOL = [
    ("MIT", "Massachusetts Institute of Technology"),
    ("UC Berkeley", "University of California, Berkeley"),
    ("LSE", "The London School of Economics and Political Science (LSE)"),
    ("London School of Economics", "The London School of Economics and Political Science"),
    ("University of Michigan - Ann Arbor", "University of Michigan"),
]
DIFFERENT_SCHOOLS = [
    ("University of Michigan", "Michigan State University"),
    ("Columbia University", "Columbia College Chicago"),
    ("University of Oxford", "Oxford Brookes University"),
]


@pytest.mark.parametrize(("a", "b"), SAME_SCHOOL)
def test_school_aliases_are_one_school(a, b):
    assert normalise_school(a).key == normalise_school(b).key


@pytest.mark.parametrize(("a", "b"), DIFFERENT_SCHOOLS)
def test_similar_school_names_stay_apart(a, b):
    assert normalise_school(a).key != normalise_school(b).key


def test_known_school_is_labelled_by_its_official_name():
    assert normalise_school("LSE").label == "The London School of Economics and Political Science"


@pytest.mark.parametrize(("a", "b"), [
    ("Facebook", "Meta"), ("Facebook, Inc.", "Meta Platforms"), ("Twitter", "X"), ("Google LLC", "Google"),
    ("Acme Widgets GmbH", "Acme Widgets"),
])
def test_company_renames_and_legal_suffixes_are_one_employer(a, b):
    assert normalise_company(a).key == normalise_company(b).key


@pytest.mark.parametrize(("a", "b"), [("Apple", "Applebee's"), ("Apple Inc.", "Applebees"), ("Meta", "Metabase")])
def test_similar_company_names_stay_apart(a, b):
    assert normalise_company(a).key != normalise_company(b).key


def test_rename_is_explained_and_parent_is_known():
    assert normalise_company("Facebook").formerly == "Facebook"
    assert normalise_company("Instagram").parent_key == normalise_company("Meta").key


def test_self_employment_is_not_an_employer():
    assert normalise_company("Self-employed") is None
    assert normalise_company("Freelance") is None


@pytest.mark.parametrize(("a", "b"), [
    ("JS", "JavaScript"), ("Go", "Golang"), ("Golang", "Go (Programming Language)"), ("C#", "C Sharp"),
    ("Postgres", "PostgreSQL"), ("K8s", "Kubernetes"), ("C++", "CPP"),
])
def test_skill_aliases_are_one_skill(a, b):
    assert normalise_skill(a).key == normalise_skill(b).key


@pytest.mark.parametrize(("a", "b"), [
    ("Java", "JavaScript"), ("C", "C#"), ("C", "Objective-C"), ("C#", "Objective-C"), ("C", "C++"), ("R", "Rust"),
])
def test_similar_skills_stay_apart(a, b):
    assert normalise_skill(a).key != normalise_skill(b).key


@pytest.mark.parametrize(("name", "code"), [
    ("Español", "es"), ("Spanish", "es"), ("Spanish (Native or bilingual proficiency)", "es"), ("Castellano", "es"),
    ("Inglés", "en"), ("English - Full professional proficiency", "en"), ("Deutsch", "de"), ("Français", "fr"),
    ("Português", "pt"), ("Portuguese (Brazil)", "pt"), ("Esperanto", "eo"), ("Mandarin", "zh"), ("Chinese", "zh"),
])
def test_language_names_in_any_language_resolve(name, code):
    assert normalise_language(name).code == code


def test_unknown_language_is_none():
    assert normalise_language("Not a language at all") is None


@pytest.mark.parametrize(("text", "lang"), [
    ("Soy ingeniera de software en Madrid y me encanta la escalada con mis amigos.", "es"),
    ("Je suis ingénieure logiciel à Paris et j'adore l'escalade avec mes amis.", "fr"),
    ("Ich bin Softwareentwicklerin in Berlin und klettere gern mit meinen Freunden.", "de"),
    ("Sou engenheira de software em Lisboa e não há nada melhor do que escalar com os amigos.", "pt"),
    ("I build software in Madrid and love climbing with friends at the weekend.", "en"),
    ("Madrid", "en"),
])
def test_profile_text_language_is_detected(text, lang):
    assert detect_text_language(text) == lang
