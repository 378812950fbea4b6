"""Common ground that knows more: each rule that finds a shared thing the tables do not list, with the false
friends the same rule must still refuse. Examples of each class, written for these tests."""

from __future__ import annotations

import pytest
from ground_examples import found

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise.skills import normalise_skill, skill_words
from companion.models import Profile

SHARED = [
    # Skills written in two languages: translated word by word, stemmed, in any order.
    ("skill", "Direito Tributário", "Tax Law"),
    ("skill", "Tratamiento de aguas", "Water treatment"),
    ("skill", "SPS-Programmierung", "PLC programming"),
    ("skill", "Espectroscopía", "Spectroscopy"),
    ("skill", "Bioinformatyka", "Bioinformática"),
    ("skill", "Música de câmara", "Chamber music"),
    ("skill", "Design de UX", "UX Design"),
    # ... or more particular without being another skill.
    ("skill", "R", "Programação em R"),
    ("skill", "Pediatría", "Pediatría general"),
    ("skill", "CFA", "CFA charterholder"),
    ("skill", "Aprendizaje basado en proyectos", "ABP (Aprendizaje Basado en Proyectos)"),
    # Employers: a branch written with its place, a partnership by its first name, a division of a company.
    ("employer", "Hospital da Luz Lisboa", "Hospital da Luz"),
    ("employer", "Arendt & Medernach", "Arendt"),
    ("employer", "UBS Switzerland AG", "UBS"),
    ("employer", "Walmart de México y Centroamérica", "Walmart"),
    ("employer", "Ecobank Transnational Incorporated", "Ecobank Ghana"),
    ("employer", "Four Seasons Hotel", "Four Seasons Hotels and Resorts"),
    ("employer", "Petróleo Brasileiro S.A. – Petrobras", "Petrobras"),
    ("employer", "Google DeepMind", "Google"),
    ("employer", "Freshfields Bruckhaus Deringer LLP", "Freshfields"),
    ("employer", "Tbilisi Marriott Hotel", "Marriott International"),
    ("employer", "The George Institute for Global Health", "George Institute"),
    ("employer", "Restaurant Patrick Guilbaud", "Patrick Guilbaud"),
    ("school", "AGH", "AGH University of Science and Technology"),
    ("school", "Harvard Medical School", "Harvard T.H. Chan School of Public Health"),
    ("school", "Aalto-yliopisto", "Aalto University School of Arts, Design and Architecture"),
    ("school", "ENS de Lyon", "École normale supérieure de Lyon"),
    ("school", "Học viện Công nghệ Châu Á (AIT)", "Asian Institute of Technology (AIT)"),
    ("place", "Auckland, New Zealand", "Tāmaki Makaurau / Auckland"),
    ("school", "UNILAG College of Medicine", "College of Medicine, University of Lagos"),
    ("school", "Facultad de Derecho (UBA)", "Universidad de Buenos Aires"),
    ("school", "La Esmeralda", "ENPEG La Esmeralda"),
    ("school", "東京大学", "東大"),
    ("school", "ODTÜ", "Middle East Technical University (METU)"),
    ("skill", "Critical care nursing", "ICU nursing"),
    ("skill", "Competition law", "Antitrust"),
    ("skill", "Econometrics", "Econometric modelling"),
    # Hobbies and causes in prose and in other languages.
    ("about", "Aos fins de semana faço surf.", "Surfing"),
    ("about", "Los domingos salgo en bici.", "Ciclismo"),
    ("interest", "Tramping", "Hiking"),
    ("interest", "Sadō", "Tea ceremony"),
    ("cause", "Fair trade", "Commerce équitable"),
    ("cause", "Persones sense llar", "Personas sin hogar"),
    ("cause", "Affordable housing", "Housing"),
]


@pytest.mark.parametrize(("kind", "mine", "theirs"), SHARED)
def test_shared(kind, mine, theirs):
    assert found(kind, mine, theirs), f"{mine!r} and {theirs!r} should be shared"


NOT_SHARED = [
    ("skill", "Project management", "Product management"),
    ("skill", "Tax law", "Tax accounting"),
    ("skill", "Java", "JavaScript"),
    ("employer", "Citadel", "Citadel Securities"),
    ("employer", "Banco Nacional", "Banco Nacional de Costa Rica"),
    ("employer", "Yahoo", "Yahoo Japan"),
    ("employer", "Access Bank", "Access Healthcare"),
    ("employer", "Target", "Target Australia"),
    ("employer", "DeepMind", "Google"),
    ("employer", "Collège Saint-Louis, Lyon", "Collège Saint-Louis (Montréal)"),
    ("interest", "Fútbol", "Football (49ers)"),
    ("interest", "Gaelic football", "Fútbol"),
    ("interest", "Chess", "Shōgi"),
    ("cause", "Human rights", "Civil rights"),
    ("cause", "Animal rights", "Animal welfare"),
    ("school", "Namibia University of Science and Technology (NUST)",
     "National University of Science and Technology (NUST)"),
    ("school", "NYU", "NYU Abu Dhabi"),
    ("school", "Cambridge School of Art", "University of Cambridge"),
    ("employer", "Reliance Industries", "Reliance Jio"),
    ("employer", "Bechtel", "Bechtel Oil, Gas & Chemicals"),
    ("cause", "Disaster relief", "Disaster risk reduction"),
]


@pytest.mark.parametrize(("kind", "mine", "theirs"), NOT_SHARED)
def test_not_shared(kind, mine, theirs):
    assert not found(kind, mine, theirs)


def test_a_division_of_a_company_no_table_knows_meets_it():
    za = {"location": "Johannesburg, South Africa"}
    assert found("employer", "Check Point Software Technologies Ltd.", "Check Point", za, za)
    assert found("employer", "DBS Bank Ltd.", "DBS", za, za)


def test_football_and_hockey_mean_the_game_played_where_the_person_lives():
    texas, london = {"location": "Austin, TX"}, {"location": "London, United Kingdom"}
    assert [c.label for c in found("interest", "Football", "NFL", texas, texas)] == ["american football"]
    assert not found("interest", "Football", "Football", texas, london)
    pune, toronto = {"location": "Pune, India"}, {"location": "Toronto, Canada"}
    assert not found("interest", "Hockey", "Ice hockey", pune, toronto)
    assert found("interest", "Hockey", "Ice hockey", {"location": "Boston"}, toronto)


def test_a_school_written_bare_is_the_one_where_its_writer_lives():
    santiago, bogota = {"location": "Santiago, Chile"}, {"location": "Bogotá, Colombia"}
    assert not found("school", "Universidad de los Andes", "Uniandes", santiago, bogota)
    assert found("school", "Universidad de los Andes", "Uniandes", bogota, bogota)


@pytest.mark.parametrize(("mine", "theirs"), [("San Pedro Garza García, N.L.", "Monterrey, N.L."),
                                              ("Makati", "Quezon City"), ("Las Condes", "Santiago, Chile"),
                                              ("Howrah", "Kolkata"), ("Firenze", "Florence, Italy")])
def test_a_town_inside_a_big_city_shares_its_area(mine, theirs):
    assert found("place", mine, theirs)


def test_skill_words_translate_stem_and_drop_the_little_words():
    assert skill_words("Direito Tributário") == skill_words("Tax law") == {"law", "tax"}
    assert skill_words("Análise de vibrações") == skill_words("Análise de vibração")
    assert normalise_skill("DFT (Design for Testability)").label == "Design for Testability"
    assert normalise_skill("Kardiologie").key == normalise_skill("Cardiology").key or \
        skill_words("Kardiologie") == skill_words("Cardiology")


@pytest.mark.parametrize(("mine", "theirs"), [("te reo Māori", "Māori (learning)"), ("Levantine Arabic", "Arabic"),
                                              ("Gagana Sāmoa", "Samoan")])
def test_a_language_by_its_own_name_or_a_variety_of_it(mine, theirs):
    a = Profile.model_validate({"name": "A", "languages": [mine]})
    b = Profile.model_validate({"name": "B", "languages": [theirs]})
    assert [c.kind for c in find_common_ground(a, b).commonalities] == ["language"]
