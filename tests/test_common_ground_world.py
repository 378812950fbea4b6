"""Common ground beyond the tables, around the world: acronyms, legal forms, faculties, native names of places,
phrases both people use; and the false friends each of those could make. Every example is made up for the test."""

from __future__ import annotations

import pytest

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise.acronyms import acronym_of, initials, is_bare_acronym, stands_for
from companion.ground.normalise.companies import normalise_company
from companion.ground.normalise.phrases import shared_phrases
from companion.ground.normalise.places import resolve_place, told_apart
from companion.ground.normalise.schools import normalise_school, placed_school, same_university
from companion.models import Profile


def person(name: str = "Test Person", **fields) -> Profile:
    return Profile.model_validate({"name": name, **fields})


def school(name: str) -> dict:
    return {"education": [{"school": name}]}


def job(company: str) -> dict:
    return {"experience": [{"company": company}]}


def found(me: dict, them: dict, kind: str) -> list:
    ground = find_common_ground(person("Ama Mensah", **me), person("Kofi Boateng", **them))
    return [c for c in ground.commonalities if c.kind == kind]


# ---------------------------------------------------------------- acronyms, by their letters


@pytest.mark.parametrize(("token", "letters"), [
    ("RVIA", "rvia"), ("U.W.", "uw"), ("UoK", "uok"), ("UdeC", "udc"), ("WOŁP", "wolp"), ("L&T", "lt"),
    ("McKinsey", None), ("DeepMind", None), ("Nairobi", None), ("A", None),
])
def test_an_acronym_is_capitals_with_at_most_little_words_inside(token, letters):
    assert acronym_of(token) == letters


def test_a_written_out_name_has_initials_with_and_without_its_little_words():
    assert {"nwsc", "nwasc"} <= initials("National Water and Sewerage Corporation")
    assert "ubb" in initials("Universitatea Babeș-Bolyai")  # a hyphenated name is two words
    assert "pjau" in initials("Princess Jamila bint Ahmed University")  # 'bint' is one of the little words
    assert initials("Makerere") == set()


def test_an_acronym_stands_for_a_name_only_by_all_its_letters():
    assert stands_for("RVIA School of Agribusiness", "Rift Valley Institute of Agriculture") == "rvia"
    assert stands_for("UoK", "University of Kisumu School of Law", parent="University of Kisumu") == "uok"
    assert stands_for("RVI", "Rift Valley Institute of Agriculture") is None
    assert stands_for("RVIA", "Rift Valley") is None
    assert is_bare_acronym("UNL") and not is_bare_acronym("UNL Lincoln")


@pytest.mark.parametrize(("me", "them", "kind"), [
    ({"location": "Nakuru, Kenya", **school("RVIA")}, {"location": "Eldoret, Kenya", **school("Rift Valley Institute of Agriculture")},
     "school"),
    ({"location": "Kenya", **school("RVIA School of Agribusiness")}, school("Rift Valley Institute of Agriculture"), "school"),
    ({"location": "Kampala, Uganda", **job("NWSC")}, {"location": "Jinja, Uganda", **job("National Water and Sewerage Corporation")},
     "employer"),
    (job("Tamarind Bay Logistics (Pty) Ltd"), job("TBL"), "employer"),
    ({"volunteering": [{"organization": "Kids Reading Circle"}]}, {"volunteering": [{"organization": "KRC"}]}, "group"),
])
def test_an_acronym_meets_the_name_written_out(me, them, kind):
    assert found(me, them, kind), (me, them)


def test_an_acronym_in_another_country_is_another_school():
    # Two schools of one acronym: one in Lincoln, one in Santa Fe.
    me = {"location": "Lincoln, Nebraska", **school("UNL")}
    them = {"location": "Santa Fe, Argentina", **school("UNL")}
    assert not found(me, them, "school")


def test_a_bare_acronym_written_by_two_people_in_one_country_is_one_school():
    assert found({"location": "Kisumu, Kenya", **school("RVIA")}, {"location": "Nakuru, Kenya", **school("RVIA")}, "school")


def test_a_bare_acronym_with_no_place_said_is_no_school_in_common():
    assert not found(school("QZU"), school("QZU"), "school")


def test_a_persons_own_words_say_which_school_an_acronym_is():
    me = {"location": "Quito, Ecuador", "about": "Estudié en la UCE (Universidad Central del Ecuador).", **school("UCE")}
    them = {"location": "Guayaquil, Ecuador", "about": "Egresada de la UCE (Universidad Católica de Esmeraldas).",
            **school("UCE")}
    assert not found(me, them, "school")
    same = {"location": "Cuenca, Ecuador", "about": "Universidad Central del Ecuador (UCE), 2009.", **school("UCE")}
    assert found(me, same, "school")


def test_an_acronym_is_not_a_school_the_tables_place_in_another_country_than_its_writer():
    # King Abdulaziz University is in Saudi Arabia (ROR); a 'KAU' written in Seoul is another one.
    me = {"location": "Seoul, South Korea", **school("KAU")}
    them = {"location": "Busan, South Korea", **school("King Abdulaziz University")}
    assert not found(me, them, "school")


def test_a_known_acronym_is_another_school_where_the_writers_country_has_one_by_those_letters():
    ucr = normalise_school("UCR")  # the tables know it as the University of California, Riverside
    assert placed_school("UCR", ucr, "US").key == ucr.key
    assert placed_school("UCR", ucr, "CR").key != ucr.key  # Costa Rica has its own UCR
    mit = normalise_school("MIT")
    assert placed_school("MIT", mit, "PT").key == mit.key  # no 'MIT' in Portugal: the famous one
    assert placed_school("Massachusetts Institute of Technology", mit, "CR").key == mit.key  # written out: as is


def test_a_place_in_brackets_after_an_acronym_says_where_not_which():
    me = {"location": "Lima, Perú", "about": "Ingeniera por la UNI (Lima).", **school("UNI")}
    them = {"location": "Managua, Nicaragua", "about": "Egresado de la UNI (Universidad Nacional de Ingeniería).",
            **school("UNI")}
    assert not found(me, them, "school")


# ---------------------------------------------------------------- schools: faculties and own names


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Facultad de Derecho, Universidad de Chile", "Universidad de Chile"),
    ("Wydział Fizyki, Uniwersytet Warszawski", "University of Warsaw"),
    ("Faculty of Engineering, Cairo University", "Cairo University"),
])
def test_a_faculty_in_any_language_belongs_to_its_university(mine, theirs):
    assert found(school(mine), school(theirs), "school")


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Makerere", "Makerere University, Kampala", True),
    ("Jami'ar Usman Danfodiyo", "Usman Danfodiyo University", True),
    ("Kilimani Business School", "Kilimani University", True),
    ("Escuela Libre de Arte", "Libre de Arte", True),
    ("Nairobi", "University of Nairobi", False),  # a place's name says nothing about a school
    ("Makerere University", "Makerere College", False),
])
def test_a_university_with_and_without_the_word_for_university(a, b, same):
    assert same_university(a, b) is same


# ---------------------------------------------------------------- employers: legal forms, kinds, national arms


@pytest.mark.parametrize(("a", "b"), [
    ("PT Sinar Laut Abadi Tbk", "Sinar Laut Abadi"),
    ("PT Sinar Laut Abadi (Persero)", "Sinar Laut Abadi"),
    ("Wisłotech sp. z o.o.", "Wisłotech"),
    ("Mbali Water Holdings SOC Ltd", "Mbali Water"),
    ("Anadolu Kablo A.Ş.", "Anadolu Kablo"),
    ("Kawabata Trading K.K.", "Kawabata Trading"),
    ("Tierra Verde S.A. de C.V.", "Tierra Verde"),
    ("Andes Frutas S.A.C.", "Andes Frutas"),
    ("Zenlo Nigeria", "Zenlo"),
    ("Zenlo Kenya Ltd", "Zenlo Ghana"),
    ("Bodega Los Almendros", "Los Almendros"),
    ("Mwangi & Otieno Consultants", "Mwangi & Otieno"),
    ("Les Vergers Réunis", "Vergers Réunis"),
    ("Mercy Teaching Hospital Kumasi", "Mercy Teaching Hospital"),  # a branch in a big city
])
def test_one_company_under_its_forms_kinds_and_countries(a, b):
    assert normalise_company(a).key == normalise_company(b).key


@pytest.mark.parametrize(("a", "b"), [
    ("Air Kenya", "Air Uganda"),  # a generic word and a country: two airlines
    ("Zenlo Payments", "Zenlo Logistics"),  # differently branded units stay apart
    ("Bank Tanzania", "Bank Malawi"),
    ("Hotel Nairobi", "Hotel Kampala"),  # a generic word and a city: the city is the name
    ("Prefeitura de Curitiba", "Prefeitura de Recife"),  # a place after 'de' is part of the name
])
def test_differently_branded_companies_stay_apart(a, b):
    assert normalise_company(a).key != normalise_company(b).key


def test_a_name_given_in_brackets_or_as_formerly_is_the_same_employer():
    assert found(job("Coastal Livelihoods Mission (Pwani Pamoja)"), job("Pwani Pamoja"), "employer")
    assert found(job("Blue Harbour Foods (formerly Keel & Kettle)"), job("Keel & Kettle"), "employer")


# ---------------------------------------------------------------- places


@pytest.mark.parametrize(("a", "b"), [
    ("Київ", "Kyiv"), ("القاهرة", "Cairo"), ("大阪市北区", "Osaka"), ("서울 강서구", "Seoul"),
    ("Nakuru County", "Nakuru"), ("Florianópolis, SC", "Florianópolis"), ("Ciudad de Córdoba", "Córdoba, Argentina"),
])
def test_a_city_in_its_own_script_or_with_the_words_around_it(a, b):
    pa, pb = resolve_place(a), resolve_place(b)
    assert pa is not None and pb is not None and pa.city_id == pb.city_id, (pa, pb)


def test_a_short_state_code_of_another_country_is_not_a_us_state():
    assert resolve_place("Florianópolis, SC").country == "BR"
    assert resolve_place("Charleston, SC").country == "US"


def test_one_city_name_in_two_states_is_two_places():
    a, b = resolve_place("Bilaspur, Chhattisgarh"), resolve_place("Bilaspur, Himachal Pradesh")
    assert told_apart(a, b)
    assert not found({"location": "Bilaspur, Chhattisgarh"}, {"location": "Bilaspur, Himachal Pradesh"}, "place")


@pytest.mark.parametrize(("a", "b"), [("Pune, Maharashtra", "Pune, MH"), ("Pune, Maharashtra", "Pune"),
                                      ("Monterrey, Nuevo León", "Monterrey, N.L.")])
def test_a_short_form_of_the_same_state_does_not_tell_places_apart(a, b):
    assert not told_apart(resolve_place(a), resolve_place(b))
    assert found({"location": a}, {"location": b}, "place")


# ---------------------------------------------------------------- phrases both people use


def test_a_phrase_both_use_is_a_topic_though_no_lexicon_knows_it():
    me = {"about": "I research coastal mangrove restoration in Sumatra."}
    them = {"about": "Volunteer diver; most weekends on coastal mangrove restoration projects."}
    topics = found(me, them, "topic")
    assert [c.label for c in topics] == ["coastal mangrove restoration"]


@pytest.mark.parametrize(("a", "b"), [
    ("Ten years of experience in sales.", "Over ten years of experience in logistics."),  # boilerplate
    ("I write about the Kenya Sevens.", "Big fan of the Kenya Sevens."),  # a name: not a lower-case phrase
    ("in the middle of it", "right in the middle of it all"),  # little words only
])
def test_boilerplate_and_names_are_no_shared_phrase(a, b):
    assert shared_phrases(a, b) == []


# ---------------------------------------------------------------- skills, languages, hobbies, organisations


@pytest.mark.parametrize(("a", "b"), [
    ("BLS", "BLS/PALS"), ("Verilog/VHDL", "VHDL"),
    ("CFD", "computational fluid dynamics"), ("M&E", "Monitoring and Evaluation"),
    ("HSE certified", "Health and safety environment (HSE)"), ("F&B cost control", "food & beverage cost control"),
    ("soil conservation", "Soil Conservation Planning"),
])
def test_one_skill_in_two_wordings(a, b):
    assert found({"skills": [a]}, {"skills": [b]}, "skill"), (a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("React", "React Native"),  # one word inside another skill is another skill
    ("project management", "agile project management"),  # a broad skill inside a narrower one
    ("Java", "JavaScript"),
])
def test_a_skill_inside_another_is_not_it(a, b):
    assert not found({"skills": [a]}, {"skills": [b]}, "skill"), (a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Bahasa Inggris", "English"), ("Western Armenian", "Armenian"), ("Akan (Twi)", "Twi"),
    ("Egyptian Arabic", "Arabic"),
])
def test_a_language_by_the_word_for_language_its_variety_or_its_dialect(a, b):
    assert found({"languages": [a]}, {"languages": [b]}, "language"), (a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("bieganie", "running"), ("スキー", "skiing"), ("الشطرنج", "chess"), ("ogrodnictwo", "gardening"),
    ("lướt sóng", "surfing"), ("taniec ludowy", "folk dance"),
])
def test_a_hobby_in_another_language(a, b):
    assert found({"interests": [a]}, {"interests": [b]}, "interest"), (a, b)


def test_a_hobby_inside_a_longer_wording_the_lexicon_does_not_know():
    assert found({"interests": ["marimba"]}, {"interests": ["playing marimba de chonta"]}, "interest")
    # inside one the lexicon knows, it is another thing
    assert not [c for c in found({"interests": ["football"]}, {"interests": ["American football"]}, "interest")
                if c.label == "football"]


def test_an_organisation_in_capitals_with_its_country_is_that_organisation():
    assert found({"volunteering": [{"organization": "AIESEC Ghana"}]}, {"volunteering": [{"organization": "AIESEC"}]},
                 "group")
    assert not found({"volunteering": [{"organization": "Feeding Malawi"}]},
                     {"volunteering": [{"organization": "Feeding"}]}, "group")


def test_a_name_in_cyrillic_and_in_latin_letters_is_one_employer():
    assert normalise_company("Укртелеком").key == normalise_company("Ukrtelekom").key


# ---------------------------------------------------------------- places around a big city


def test_a_suburb_written_with_its_big_city_meets_the_city_in_its_area():
    assert found({"location": "Ikeja, Lagos"}, {"location": "Lagos"}, "place")
    # two cities of one country written on their own stay apart
    assert not found({"location": "Tema"}, {"location": "Accra"}, "place")


def test_a_big_city_by_the_first_word_of_its_name():
    assert resolve_place("Cluj").city_id == resolve_place("Cluj-Napoca").city_id


def test_a_hyphenated_word_counts_as_one_word_or_two():
    assert {"imi", "imei"} <= initials("Integrated Micro-Electronics Inc")
