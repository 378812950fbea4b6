"""One name, two things: a school of one name in two countries, an acronym that names a programming language and a
banks' network, an acronym written out as two organisations. Each class is refused by a general rule, tested with
made-up near misses of the class, and the true matches of the class must still be found."""

from __future__ import annotations

import pytest
from ground_examples import found, person

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise.acronyms import expansion, one_acronym_two_names, two_expansions
from companion.ground.normalise.companies import employers_told_apart
from companion.ground.normalise.schools import country_of_parent, normalise_school, same_university
from companion.ground.normalise.skills import is_homonym, normalise_skill, skill_in_context

NOT_SHARED = [
    # A school written with the university it belongs to ('..., University of London': in the UK) against a
    # university of that name in another country, or a faculty of it.
    ("school", "St George's, University of London", "St George's University"),
    ("school", "St George's, University of London", "St. George's University School of Medicine"),
    ("school", "Saint Mary's, University of London", "Saint Mary's University"),
    # An acronym of a skill the table knows, said in brackets to be another thing, in any language.
    ("skill", "Swift", "SWIFT (mensageria bancária)"),
    ("skill", "Swift", "SWIFT (messagerie interbancaire)"),
    ("skill", "Swift", "Swift (pagos interbancarios)"),
    ("skill", "Swift", "SWIFT (banking messaging)"),
    ("skill", "Go", "Go (jeu de société)"),
    ("skill", "Go", "Go (juego de mesa)"),
    ("skill", "Go", "Go (Brettspiel)"),
    ("skill", "Java", "Java (isla)"),
    ("skill", "Python", "Python (Schlange)"),
    # The same letters as a word and, in capitals with a bracket saying what, another organisation's acronym.
    ("employer", "Swift", "SWIFT (mensageria bancária)"),
    ("employer", "Swift", "SWIFT (Society for Worldwide Interbank Financial Telecommunication)"),
    # An acronym written out as one organisation, against a company that is the letters and a legal form or
    # against another organisation written out with the same letters.
    ("employer", "ITC Limited", "ITC (International Trade Centre)"),
    ("employer", "ITC Ltd.", "International Trade Centre (ITC)"),
    ("employer", "Indian Tobacco Company (ITC)", "ITC (International Trade Centre)"),
    ("employer", "ABM Industries (ABM)", "ABM (Associação Brasileira de Municípios)"),
]


@pytest.mark.parametrize(("kind", "mine", "theirs"), NOT_SHARED)
def test_one_name_for_two_things_is_not_shared(kind, mine, theirs):
    assert found(kind, mine, theirs) == []


SHARED = [
    ("school", "St George's, University of London", "St George's Hospital Medical School"),
    ("school", "St George's, University of London", "St George's University of London"),
    ("school", "St George's University", "St. George's University"),
    ("school", "Birkbeck, University of London", "Birkbeck University of London"),
    ("school", "Queen Mary, University of London", "Queen Mary University of London"),
    ("school", "Universidad de los Andes", "Uniandes"),
    ("skill", "Swift", "Swift (iOS)"),
    ("skill", "Swift", "Swift (linguagem de programação)"),
    ("skill", "Swift", "SWIFT"),
    ("skill", "Go", "Golang"),
    ("employer", "Swift", "Swift"),
    ("employer", "SWIFT", "SWIFT (mensageria bancária)"),
    ("employer", "ITC", "ITC (International Trade Centre)"),
    ("employer", "International Trade Centre", "ITC (International Trade Centre)"),
    ("employer", "ITC Limited", "ITC"),
    ("employer", "ITC Limited", "ITC Ltd"),
    ("employer", "IBM Corporation", "IBM (International Business Machines)"),
]


@pytest.mark.parametrize(("kind", "mine", "theirs"), SHARED)
def test_true_matches_of_each_class_are_kept(kind, mine, theirs):
    assert found(kind, mine, theirs), f"{mine!r} and {theirs!r} should be shared"


def test_a_member_of_a_federal_university_is_a_school_of_its_own():
    member = normalise_school("Birkbeck, University of London")
    assert member.key == normalise_school("Birkbeck University of London").key
    assert member.label == "Birkbeck, University of London"  # as written
    assert member.key != normalise_school("University of London").key
    assert not same_university("St George's, University of London", "St George's University")
    # A member the tables know by the name before the comma is that school.
    assert normalise_school("UCL, University of London").label == "University College London"
    assert normalise_school("Stony Brook University, State University of New York").label == "Stony Brook University"


def test_the_places_of_two_people_keep_schools_of_one_name_apart():
    london = {"location": "London, United Kingdom"}
    grenada = {"location": "St. George's, Grenada"}
    assert country_of_parent("St George's, University of London") == "GB"
    assert country_of_parent("St George's University") is None
    assert not found("school", "St George's, University of London", "St George's University", me=london, them=grenada)
    # Its own name written bare by someone in Grenada is Grenada's school; by someone in London, London's.
    assert not found("school", "St George's, University of London", "St George's", me=london, them=grenada)
    assert found("school", "St George's, University of London", "St George's", me=london, them=london)


def test_a_bracket_says_which_sense_of_a_homonym_whatever_the_case():
    assert is_homonym("SWIFT (mensageria bancária)") and is_homonym("Swift")
    assert skill_in_context("SWIFT (mensageria bancária)", " ios developer ").label == "SWIFT payments"
    assert skill_in_context("Swift (Zahlungsverkehr)", " ").label == "SWIFT payments"
    assert skill_in_context("SWIFT (programming language)", " treasury banking ").label == "Swift"
    assert skill_in_context("Swift (iOS)", " ").label == "Swift"
    # Without a bracket the profile says which, and the capitals are the banks' network only where it does.
    assert skill_in_context("SWIFT", " treasury payments ").label == "SWIFT payments"
    assert skill_in_context("Swift", " treasury payments ").label == "Swift"


def test_a_bracket_naming_another_kind_of_thing_in_another_language():
    assert normalise_skill("Go (jeu de société)").key != normalise_skill("Go").key
    assert normalise_skill("Ruby (banda)").key != normalise_skill("Ruby").key
    assert normalise_skill("Go (Programmiersprache)").key == normalise_skill("Go").key  # its own kind: the same Go


def test_the_banks_network_and_the_language_on_two_profiles():
    banker = person(headline="Analista de pagamentos", skills=["SWIFT (mensageria bancária)", "SQL"])
    developer = person(headline="iOS developer", skills=["Swift", "SQL"])
    shared = [c.label for c in find_common_ground(banker, developer).commonalities if c.kind == "skill"]
    assert shared == ["SQL"]


def test_an_acronym_written_out():
    assert expansion("ITC (International Trade Centre)") == ("itc", "International Trade Centre")
    assert expansion("Chiang Mai University (CMU)") == ("cmu", "Chiang Mai University")
    assert expansion("SWIFT (mensageria bancária)") is None  # a description, not the letters' words
    assert expansion("ITC Limited") is None
    assert two_expansions("Indian Tobacco Company", "International Trade Centre")
    assert not two_expansions("International Trade Centre", "International Trade Center")  # one name, two spellings
    assert one_acronym_two_names("Indian Tobacco Company (ITC)", "ITC (International Trade Centre)")
    assert not one_acronym_two_names("ITC (International Trade Centre)", "International Trade Centre (ITC)")


def test_employers_of_one_acronym_told_apart():
    assert employers_told_apart("ITC Limited", "ITC (International Trade Centre)")
    assert employers_told_apart("SWIFT (mensageria bancária)", "Swift")
    assert not employers_told_apart("ITC", "ITC (International Trade Centre)")  # bare letters: either
    assert not employers_told_apart("SWIFT (mensageria bancária)", "SWIFT")
    assert not employers_told_apart("Swift (logistics)", "Swift")  # not an acronym written in capitals
    assert not employers_told_apart("EVERIS (Brasil)", "Everis")  # a bracket that says where
    assert not employers_told_apart("NOVARA (formerly Novara Labs)", "Novara")  # or its former name
