"""Classes of common ground grown in round 7 (issue 18, item 5), each with the near-misses it must not make: the
words of skills in more languages (a compound read as its two words), a cause raised awareness of, hobbies and causes
by more of their names, Japanese romanised, and banks and telecom groups by the names they trade under."""

from __future__ import annotations

import pytest
from ground_examples import found, person

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise.companies import normalise_company
from companion.ground.normalise.interests import normalise_interest
from companion.ground.normalise.phrases import acronym_phrases
from companion.ground.normalise.skills import skill_words

SHARED = [
    # Skills whose words the dictionary translates (skills.json `words`), in any order.
    ("skill", "Respuesta a incidentes", "Incident Response"),
    ("skill", "Testy jednostkowe", "Unit Testing"),
    ("skill", "Pruebas unitarias", "Unit testing"),
    ("skill", "Tests unitaires", "Unit Testing"),
    ("skill", "Riset pengguna", "User Research"),
    ("skill", "Chimie organique", "Organische chemie"),
    ("skill", "Organic chemistry", "Química orgánica"),
    ("skill", "Disseny gràfic", "Diseño gráfico"),
    ("skill", "Leichtbau", "Lightweight design"),
    # A compound of two dictionary words, in Swedish and Norwegian.
    ("skill", "Rekommendationssystem", "Recommender Systems"),
    ("skill", "Reservoarsimulering", "Reservoir Simulation"),
    ("skill", "Enhetstestning", "Unit testing"),
    # A standard by its radio's name.
    ("skill", "5G NR", "5G"),
    # Japanese, romanised, and its loanwords from English.
    ("skill", "Purodakuto manejimento", "Product management"),
    ("skill", "Shizen gengo shori", "NLP"),
    ("skill", "Data kiban", "Data platform"),
    ("skill", "Plataforma de datos", "Data platform"),
    ("skill", "Hoteru un'ei", "Hotel operations"),
    ("skill", "Kyūkyū kango", "Emergency nursing"),
    ("skill", "Hinshitsu kanri", "Quality management"),
    ("skill", "Dēta bunseki", "Data analysis"),
    ("skill", "Bankenregulierung", "Banking regulation"),
    ("skill", "Motores eléctricos", "Electric motors"),
    ("skill", "Pemberdayaan masyarakat", "Community empowerment"),
    ("skill", "Shikshak prashikshan", "Teacher training"),
    ("skill", "Rolnictwo precyzyjne", "Precision agriculture"),
    ("skill", "Progettazione sismica", "Seismic design"),
    ("skill", "Cardiología intervencionista", "Cardiologia interventistica"),
    ("skill", "Quantencomputing", "Quantum computing"),
    ("skill", "Datavisualisatie", "Data visualization"),
    ("skill", "Gestió de projectes", "Project management"),
    ("skill", "Microserveis", "Microservicios"),
    # Hobbies and causes by more of their names (interests.json).
    ("interest", "kürek", "Rowing"),
    ("interest", "pelota vasca", "Basque pelota"),
    ("interest", "pelote basque", "jai alai"),
    ("interest", "ciclisme", "Ciclismo urbano"),
    ("about", "Running trails on Table Mountain before work.", "Trail running"),
    ("cause", "Medi ambient", "Medio ambiente"),
    ("cause", "Housing for the poor", "Affordable housing"),
    ("cause", "Soccorso sanitario", "Emergency medical aid"),
    ("cause", "Rettungsdienst", "Emergency medical services"),
    ("cause", "Transição energética", "Energy transition"),
    ("about", "Escribo sobre microfinanzas e inclusión rural.", "Microfinance"),
    # Raising awareness of a cause the lexicon knows is caring about it.
    ("cause", "HIV/AIDS awareness", "HIV prevention"),
    ("cause", "Mental health awareness", "Mental health"),
]


@pytest.mark.parametrize("kind, mine, theirs", SHARED)
def test_shared_in_other_words(kind, mine, theirs):
    assert found(kind, mine, theirs)


NOT_SHARED = [
    # A word the skills share is not the skill: unit economics is no unit testing, a system design no systems
    # engineering, nor a process a processing.
    ("skill", "Unit economics", "Unit testing"),
    ("skill", "System design", "Systems engineering"),
    ("skill", "Chemical engineering", "Organic chemistry"),
    ("skill", "Respuesta a emergencias", "Incident Response"),
    ("skill", "Leichtbau", "Graphic design"),
    ("skill", "Natural gas", "Natural language processing"),
    ("skill", "Platform engineering", "Data platform"),
    ("skill", "Hinshitsu kanri", "Quality assurance"),
    ("skill", "Kanri kaikei", "Financial accounting"),  # management accounting
    ("skill", "Teacher training", "Teaching"),
    ("skill", "Child protection", "Childhood obesity"),
    ("skill", "Precision medicine", "Precision agriculture"),
    ("skill", "Quantencomputing", "Cloud computing"),
    # Another disease's awareness is another cause; an unknown one stays itself.
    ("cause", "Prostate cancer awareness", "Breast cancer awareness"),
    ("cause", "HIV/AIDS awareness", "Mental health awareness"),
    ("cause", "Soccorso alpino", "Emergency medical aid"),  # mountain rescue
    ("cause", "Housing for the poor", "Homelessness"),
    # Another ball game of the Basque country, and a Catalan word that is no cycling.
    ("interest", "pelota vasca", "squash"),
    ("interest", "ciclisme", "motorcycling"),
    ("interest", "kürek", "canoeing"),
]


@pytest.mark.parametrize("kind, mine, theirs", NOT_SHARED)
def test_not_shared(kind, mine, theirs):
    assert not found(kind, mine, theirs), (mine, theirs)


def test_a_compound_splits_only_into_two_words_the_dictionary_knows():
    assert skill_words("Rekommendationssystem") == skill_words("Recommendation systems")
    assert len(skill_words("Rekommendationsbrev")) == 1  # a letter of recommendation: 'brev' is no dictionary word


def test_an_awareness_of_a_cause_the_lexicon_does_not_know_stays_its_own():
    assert normalise_interest("Prostate cancer awareness", "cause").known is False
    assert normalise_interest("HIV/AIDS awareness", "cause").key == normalise_interest("HIV", "cause").key


@pytest.mark.parametrize("mine, theirs", [
    ("CommBank", "Commonwealth Bank of Australia"),
    ("Commonwealth Bank", "Commonwealth Bank of Australia Limited"),
    ("Westpac Banking Corporation", "Westpac"),
    ("Australia and New Zealand Banking Group", "ANZ"),
    ("National Australia Bank Limited", "National Australia Bank"),
])
def test_banks_by_the_names_they_trade_under(mine, theirs):
    assert normalise_company(mine).key == normalise_company(theirs).key


@pytest.mark.parametrize("mine, theirs", [
    ("MTN Nigeria", "MTN Group"),
    ("MTN Rwandacell PLC", "MTN Group"),
    ("MTN Rwandacell", "MTN Rwanda"),
])
def test_a_telecom_groups_operating_companies_carry_its_brand(mine, theirs):
    assert found("employer", mine, theirs, {"location": "Kigali, Rwanda"}, {"location": "Kigali, Rwanda"})


def test_a_telecom_groups_company_of_another_name_is_not_met_by_its_brand():
    assert not found("employer", "Scancom PLC", "MTN Group", {"location": "Accra, Ghana"}, {"location": "Accra, Ghana"})
    assert not found("employer", "MTN Nigeria", "Airtel Nigeria", {"location": "Lagos, Nigeria"}, {"location": "Lagos, Nigeria"})


def test_the_banks_stay_apart_from_each_other_and_their_namesakes():
    assert not found("employer", "Commonwealth Bank", "Commonwealth Edison")
    assert not found("employer", "CommBank", "Westpac")
    assert normalise_company("NAB").key != normalise_company("National Australia Bank").key  # three letters, many firms


def _topics(mine: str, theirs: str) -> list[tuple[str, str]]:
    ground = find_common_ground(person(about=mine), person(about=theirs))
    return [(c.mine, c.theirs) for c in ground.commonalities if c.kind == "topic"]


@pytest.mark.parametrize("mine, theirs, said", [
    ("We build for PLG at Acme.", "Writing about product-led growth and pricing.", ("PLG", "product-led growth")),
    ("Thesis on DPDP Act compliance.", "Advising on the Digital Personal Data Protection Act.",
     ("DPDP", "Digital Personal Data Protection")),
    ("Shipping PWAs for retailers.", "I build progressive web applications.", ("PWAs", "progressive web applications")),
])
def test_a_subject_by_its_acronym_and_written_out(mine, theirs, said):
    assert said in _topics(mine, theirs)
    assert tuple(reversed(said)) in _topics(theirs, mine)


@pytest.mark.parametrize("mine, theirs", [
    ("Our NLP team ships models.", "Certified in neuro-linguistic programming coaching."),  # a skill's, and two senses
    ("CTO at a fintech.", "I am the chief technology officer of a bank."),                 # a role, not a subject
    ("Proud of our PLG motion.", "Proud of the lovely garden."),                           # a little word is no letter
    ("Writing on AMR.", "Antimicrobial resistance is my field."),                           # two words for three letters
])
def test_letters_that_are_no_subjects_initials_or_name_a_skill_are_not_matched(mine, theirs):
    assert not _topics(mine, theirs)


def test_acronym_phrases_names_each_side_as_written():
    [phrase] = acronym_phrases("Scaling PLG.", "All about product-led growth loops.")
    assert (phrase.mine, phrase.theirs) == ("PLG", "product-led growth")


@pytest.mark.parametrize("mine, theirs, my_place, their_place", [
    ("Grand Hotel Wien", "Grand Hotel Stockholm", "Vienna, Austria", "Stockholm, Sweden"),
    ("Grand Hotel Wien", "Grand Hotel Stockholm", "Vienna, Austria", "Vienna, Austria"),
    ("Palace Hotel Tokyo", "Palace Hotel San Francisco", None, None),
    ("Park Hotel Zurich", "Park Hotel Vitznau", None, None),
])
def test_hotels_of_a_name_every_city_has_are_two_hotels(mine, theirs, my_place, their_place):
    assert not found("employer", mine, theirs, {"location": my_place}, {"location": their_place})


@pytest.mark.parametrize("mine, theirs", [
    ("Grand Hotel Wien", "Grand Hotel Wien"),
    ("Four Seasons Hotels and Resorts", "Four Seasons Hotel Lisbon"),
    ("Shangri-La Hotels and Resorts", "Shangri-La Hotel Kuala Lumpur"),
])
def test_a_hotel_still_meets_itself_and_a_chain_its_hotels(mine, theirs):
    assert found("employer", mine, theirs)


def test_a_japanese_company_by_its_romanised_name_and_in_english():
    assert found("employer", "Toyota Jidōsha Kabushiki-gaisha", "Toyota Motor Corporation",
                 {"location": "Toyota, Aichi, Japan"}, {"location": "Nagoya, Japan"})
    assert not found("employer", "Toyota Jidōsha Kabushiki-gaisha", "Honda Motor Co., Ltd.",
                     {"location": "Toyota, Aichi, Japan"}, {"location": "Nagoya, Japan"})
