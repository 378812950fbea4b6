"""Classes of shared things a tuning set missed: a product named with its maker or the kind of software it is, one
word spelled two ways, a university's professional school named with the university's own name, a hobby said by
playing it, a subject both write about in common words. Each class is matched by a general rule; made-up near misses
of the class stay apart, and the true matches are found."""

from __future__ import annotations

import pytest
from ground_examples import found, person

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise.acronyms import initials
from companion.ground.normalise.interests import find_interests
from companion.ground.normalise.schools import normalise_school

SHARED = [
    # A product alone, and with the kind of software it is or its maker ('Salesforce CRM' is the table's Salesforce).
    ("skill", "HubSpot CRM", "HubSpot"),
    ("skill", "Pipedrive", "Pipedrive CRM"),
    ("skill", "Greenhouse", "Greenhouse ATS"),
    ("skill", "Moodle", "Moodle LMS"),
    ("skill", "Canvas LMS", "Canvas"),
    ("skill", "SAP SuccessFactors", "SuccessFactors"),
    ("skill", "NetSuite", "Oracle NetSuite"),
    ("skill", "Kinaxis", "Kinaxis RapidResponse"),
    # Two names that begin alike, the rest of one the acronym of the other's.
    ("skill", "Oracle SCM", "Oracle Supply Chain"),
    ("skill", "LEED AP", "LEED Accredited Professional"),
    ("skill", "Pediatric Infectious Disease", "Paediatric ID"),
    ("skill", "TEFL", "Teaching English as a Foreign Language"),
    ("skill", "ESL", "English as a Second Language"),
    # One word spelled two ways: the doing of it, a short form.
    ("skill", "Boolean Search", "Boolean searching"),
    ("skill", "Cross-docking", "Crossdock"),
    ("skill", "Event Scheduling", "Event Schedule"),
    ("skill", "Technical Recruiting", "Tech Recruitment"),
    ("skill", "Technical Writing", "Tech writing"),
    # A '+' between two words of a firm's name is 'and'.
    ("employer", "Foster + Partners", "Foster and Partners"),
    ("employer", "Smith + Jones Architects", "Smith & Jones Architects"),
    # A company's arm in a country or a region, carrying its name; a company under its old name; a firm of
    # architects by the initials it goes by (companies.json, from the firms' own names).
    ("employer", "Accenture in the Philippines", "Accenture"),
    ("employer", "Shell in Nigeria", "Shell"),
    ("employer", "Nike European Operations Netherlands B.V.", "Nike, Inc."),
    ("employer", "Google Global Services", "Google"),
    ("employer", "Bimbo Bakeries USA", "Grupo Bimbo"),
    ("employer", "New Work SE", "XING SE"),
    ("employer", "Lightspeed Commerce Inc.", "Lightspeed POS"),
    ("employer", "Thomson Reuters", "Thomson Reuters Corporation"),  # (Reuters, its news brand, is another employer)
    ("employer", "Skidmore, Owings & Merrill", "SOM"),
    ("employer", "Renzo Piano Building Workshop", "RPBW"),
    ("employer", "Kohn Pedersen Fox Associates", "KPF"),
    # A skill in the words of another language: the terms of a trade in several languages (skills.json `words`).
    ("skill", "Fixed Income", "Anleihen"),
    ("skill", "Renta fija", "Obbligazioni"),
    ("skill", "Holzbau", "Timber construction"),
    ("skill", "Houtbouw", "Construction bois"),
    ("skill", "Reverse Logistics", "Logística inversa"),
    ("skill", "Logistique inverse", "Reverse logistics"),
    ("skill", "Gestion de subventions", "Grants management"),
    ("skill", "Gestión de subvenciones", "Grant management"),
    ("skill", "Fidélisation de la clientèle", "Customer Retention"),
    ("skill", "Kundenbindung", "Customer retention"),
    ("cause", "Diritti dell'infanzia", "Children's rights"),
    ("cause", "Prawa dziecka", "Children's rights"),
    # A professional school named with its university's own name, and the university.
    ("school", "Melbourne Medical School", "The University of Melbourne"),
    ("school", "Columbia Journalism School", "Columbia University"),
    ("school", "Missouri School of Journalism", "University of Missouri"),
    ("school", "Bologna Business School", "Alma Mater Studiorum – Università di Bologna"),
    ("school", "ESADE Business School", "Universitat Ramon Llull"),
    ("school", "Escuela Técnica Superior de Arquitectura de Madrid (ETSAM)", "Universidad Politécnica de Madrid"),
    ("school", "University of the Philippines College of Medicine", "University of the Philippines Manila"),
    # A hobby the lexicon writes as one word, written in two or with a hyphen.
    ("interest", "Free diving", "Freediving"),
    ("interest", "Kite surfing", "Kitesurfing"),
    # A hobby said in prose by playing it, or by the treks of it.
    ("about", "I play squash twice a week.", "Squash"),
    ("about", "On Sundays we play bridge with friends.", "Bridge"),
    ("about", "Outside work you'll find me on weekend treks in the Western Ghats.", "Trekking"),
]


@pytest.mark.parametrize(("kind", "mine", "theirs"), SHARED)
def test_true_matches_of_each_class_are_found(kind, mine, theirs):
    assert found(kind, mine, theirs), f"{mine!r} and {theirs!r} should be shared"


NOT_SHARED = [
    # A maker of many products alone is none of them (Oracle to most is its database), and a common word with the
    # kind of software after it, or a maker before it, is no product.
    ("skill", "Oracle", "Oracle SCM"),
    ("skill", "Google", "Google BigQuery"),
    ("skill", "Onboarding", "Onboarding software"),
    ("skill", "React", "React Native"),
    # The same first word, the rest standing for other words.
    ("skill", "Oracle SCM", "Oracle Financials"),
    ("skill", "LEED AP", "LEED Green Associate"),
    ("skill", "Paediatric ID", "Pediatric Intensive Care"),
    # One word and its '-ing' are often two skills.
    ("skill", "Market", "Marketing"),
    ("skill", "Account Management", "Accounting Management"),
    # Schools of a bare name that two universities share, or an art school of another university.
    ("school", "Miami Law School", "Miami University"),
    ("school", "Cambridge School of Art", "University of Cambridge"),
    ("school", "Melbourne Medical School", "Monash University"),
    ("school", "Columbia Journalism School", "Columbia College Chicago"),
    # The '+' of a name written with it is no 'and'.
    ("employer", "Canal+", "Canal"),
    # An investor sharing a word of a company's name is not the company under its old name, nor a company's
    # foundation another company that a table knows.
    ("employer", "Lightspeed Venture Partners", "Lightspeed POS"),
    ("employer", "Nike Foundation", "Thomson Reuters"),
    # Words of one trade, not the same skill.
    ("skill", "Timber", "Timber construction"),
    ("skill", "Reverse Logistics", "Logistics"),
    ("skill", "Fixed Income", "Income tax"),
    # Two campuses of one university system are two schools.
    ("school", "University of the Philippines College of Medicine", "University of the Philippines Diliman"),
    # Kite surfing is not the surfing it is written after.
    ("interest", "Kite surfing", "Surfing"),
    # Playing a part is no game.
    ("about", "I play a key role in our sales team.", "Role-playing games"),
]


@pytest.mark.parametrize(("kind", "mine", "theirs"), NOT_SHARED)
def test_near_misses_of_each_class_stay_apart(kind, mine, theirs):
    assert found(kind, mine, theirs) == []


def test_the_professional_school_is_a_faculty_of_the_university():
    school = normalise_school("Melbourne Medical School")
    assert school.parent_key == normalise_school("The University of Melbourne").key
    assert normalise_school("Missouri School of Journalism").parent_label == "University of Missouri"
    # Two universities of one bare name: neither is the school's.
    assert normalise_school("Miami Law School").parent_key is None
    assert normalise_school("Cambridge School of Art").parent_key is None


def test_an_acronym_skips_as_as_it_skips_of():
    assert "tefl" in initials("Teaching English as a Foreign Language")
    assert "esl" in initials("English as a Second Language")
    assert "teaafl" in initials("Teaching English as a Foreign Language")  # and keeps the letters of every word


def test_a_hobby_played_is_read_only_after_a_verb_of_playing():
    assert [item.key for item, _ in find_interests("I play squash on Tuesdays")] == ["interest:squash"]
    assert find_interests("I play a key role in hiring") == []
    assert find_interests("Squash soup is my favourite") == []  # the bare word in prose says nothing


def test_a_subject_both_write_about_in_common_words():
    # 'experience' is a word anyone writes, but the whole subject one says they post about is a subject.
    me = person(about="Tech recruiter obsessed with candidate experience, which I write about a lot.")
    them = person(about="I hire engineers and post about candidate experience.")
    topics = [c for c in find_common_ground(me, them).commonalities if c.kind == "topic"]
    assert [c.label for c in topics] == ["candidate experience"]
    # Not its first words only: 'customer experience' is not what 'customer experience design' is about.
    other = person(about="I write about customer experience design.")
    words = person(about="Our customer experience matters to me.")
    assert not [c for c in find_common_ground(other, words).commonalities if c.kind == "topic"]


def test_a_subject_in_two_languages_is_quoted_where_written_in_lower_case():
    # A headline writes the subject capitalised, the about in lower case: the words as written mid-sentence meet.
    me = person(headline="Arquiteto | Mobilidade urbana", about="Trabalho com projetos de mobilidade urbana.")
    them = person(headline="Urban designer | Urban mobility", about="Urban designer focused on urban mobility.")
    topics = [(c.mine, c.theirs) for c in find_common_ground(me, them).commonalities if c.kind == "topic"]
    assert topics == [("mobilidade urbana", "urban mobility")]


@pytest.mark.parametrize(("mine", "theirs"), [
    ("I write about Pressefreiheit.", "I write about press freedom."),
    ("Escribo sobre evaluación formativa.", "I write about formative assessment."),
    ("I write about zirkuläres Bauen.", "I write about circular construction."),
    ("Escribo sobre inmigración.", "I write about immigration."),
])
def test_a_subject_written_about_in_another_language(mine, theirs):
    shared = find_common_ground(person(about=mine), person(about=theirs)).commonalities
    assert [c for c in shared if c.kind == "topic"], f"{mine!r} and {theirs!r} should share a subject"


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Cubro inmigración y derechos humanos.", "I write about immigration along the U.S.–Mexico border."),
    ("Investigo la evaluación formativa en la universidad.", "I write about formative assessment in Philippine classrooms."),
])
def test_a_subject_covered_or_researched_in_another_language_and_another_place(mine, theirs):
    shared = find_common_ground(person(about=mine), person(about=theirs)).commonalities
    assert [c for c in shared if c.kind == "topic"], f"{mine!r} and {theirs!r} should share a subject"


def test_a_short_subject_cut_before_its_place_is_no_subject():
    # 'mujeres' and 'women' are one word, but a subject of one short word says too little once its place is cut.
    shared = find_common_ground(person(about="Escribo sobre mujeres en tecnología."),
                                person(about="I write about women in finance.")).commonalities
    assert not [c for c in shared if c.kind == "topic"]
