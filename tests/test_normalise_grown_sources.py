"""Common ground that knows more (issue 18, item 5): ROR's school names, company forms and arms, skills and hobbies
in other languages, neighbourhoods of a city; and the false friends each new alias must not make."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise.companies import normalise_company, normalise_organisation
from companion.ground.normalise.interests import normalise_interest
from companion.ground.normalise.languages import normalise_language
from companion.ground.normalise.places import resolve_place
from companion.ground.normalise.schools import normalise_school
from companion.ground.normalise.skills import normalise_skill, skill_words
from companion.ground.normalise.text import DATA_DIR
from companion.models import Profile

ROOT = Path(__file__).resolve().parents[1]


# ------------------------------------------------------------------ schools, with ROR's names


def test_the_ror_table_names_its_source_licence_and_script():
    table = json.loads((DATA_DIR / "schools_ror.json").read_text(encoding="utf-8"))
    assert "ROR" in table["source"] and "CC0" in table["licence"]
    assert (ROOT / "scripts" / "build_schools.py").is_file()
    assert len(table["rows"]) > 5_000 and all(0 <= row < len(table["rows"]) for row in table["names"].values())


@pytest.mark.parametrize(("a", "b"), [
    ("Technische Universität München", "TUM"), ("Kungliga Tekniska högskolan", "KTH"), ("JHU", "Johns Hopkins University"),
    ("Universität Mannheim", "University of Mannheim"), ("Univ. of Texas at Austin", "UT Austin"),
    ("Eidgenössische Technische Hochschule Zürich", "ETH Zürich"), ("UNAM", "Universidad Nacional Autónoma de México"),
    ("Università degli Studi di Napoli Federico II", "Università di Napoli Federico II"),
    ("Tongji-Universität Shanghai", "Tongji University"), ("RMIT University Vietnam", "RMIT University"),
    ("Qinghua Daxue", "Tsinghua University"), ("West Point", "United States Military Academy"),
    ("Helsinki School of Economics", "Aalto University School of Business"),
])
def test_one_school_by_its_other_names(a, b):
    assert normalise_school(a).key == normalise_school(b).key


@pytest.mark.parametrize(("a", "b"), [
    ("Columbia College", "Columbia University"), ("University of British Columbia", "Columbia University"),
    ("King's College", "Columbia University"), ("Michigan State University", "University of Michigan"),
    ("Universidad de los Andes (Mérida, Venezuela)", "Universidad de los Andes"),
    ("Universidad de los Andes (Chile)", "Universidad de los Andes"), ("Monash University Malaysia", "RMIT University"),
])
def test_ror_names_make_no_false_friends(a, b):
    x, y = normalise_school(a), normalise_school(b)
    assert x.key != y.key and x.family != y.family


def test_a_ror_name_used_by_two_institutions_is_left_out(tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    from build_schools import build

    def record(rid, name, country, aliases=(), acronyms=()):
        return {"id": rid, "name": name, "types": ["Education"], "status": "active", "aliases": list(aliases),
                "acronyms": list(acronyms), "labels": [], "relationships": [], "country": {"country_code": country}}

    records = {r["id"]: r for r in (
        record("co", "Universidad de Los Andes", "CO", aliases=["University of los Andes"], acronyms=["ULA"]),
        record("ve", "University of the Andes", "VE", aliases=["Universidad de Los Andes"], acronyms=["ULA"]),
        record("us", "Columbia University", "US", aliases=["Columbia College", "King's College"]),
        record("de", "Example University of Applied Sciences", "DE", acronyms=["EXUAS"]),
    )}
    names = build(records, {"schools": []})["names"]
    assert "universidad de los andes" not in names and "ula" not in names  # two universities use them
    assert "university of los andes" in names and "exuas" in names
    assert "columbia college" not in names and "kings college" not in names  # a college of its own; a former name


# ------------------------------------------------------------------ companies and volunteering


@pytest.mark.parametrize(("a", "b"), [
    ("U.S. Army", "US Army"), ("PricewaterhouseCoopers GmbH WPG", "PwC"), ("H & M Hennes & Mauritz AB", "H&M Group"),
    ("Oracle America, Inc.", "Oracle"), ("AstraZeneca UK Limited", "AstraZeneca AB"),
    ("Microsoft India (R&D) Pvt Ltd", "Microsoft Corporation"), ("Grupo Bancolombia", "Bancolombia S.A."),
    ("Mouvement Desjardins", "Desjardins"), ("Andersen Consulting", "Accenture"), ("Statoil ASA", "Equinor"),
    ("Mercado Livre", "MercadoLibre, Inc."), ("Ōbayashi-gumi", "Obayashi Corporation"), ("Daimler AG", "Mercedes-Benz"),
    ("Comité international de la Croix-Rouge", "International Committee of the Red Cross (ICRC)"),
])
def test_one_employer_by_its_forms_arms_and_former_names(a, b):
    assert normalise_company(a).key == normalise_company(b).key


@pytest.mark.parametrize(("a", "b"), [
    ("Air France", "Air"), ("Telecom Italia S.p.A.", "Telecom"), ("Apple Bank", "Apple"), ("Metaswitch", "Meta"),
    ("Booking.com", "Booking Holdings"), ("Waymo", "Google"),
])
def test_company_forms_make_no_false_friends(a, b):
    x, y = normalise_company(a), normalise_company(b)
    assert x.key != y.key and x.parent_key != y.key and y.parent_key != x.key


def test_a_part_of_a_known_company_belongs_to_it():
    assert normalise_company("Amazon.com Services LLC").parent_key == normalise_company("Amazon").key
    assert normalise_company("Airbus Defence and Space S.A.U.").parent_key == normalise_company("Airbus SAS").key


def test_the_legal_forms_name_their_source():
    table = json.loads((DATA_DIR / "companies.json").read_text(encoding="utf-8"))
    assert "cleanco" in table["legal_forms_source"] and "MIT" in table["legal_forms_source"]
    assert "kgaa" in table["legal_forms"] and "s r o" in table["legal_forms"]


def test_one_organisation_in_other_languages_and_its_chapters():
    assert normalise_organisation("Médecins Sans Frontières").key == normalise_organisation("MSF").key
    assert normalise_organisation("Code for America").parent_key is None  # Code for All is no movement here


# ------------------------------------------------------------------ skills, hobbies and languages in other words


@pytest.mark.parametrize(("a", "b"), [
    ("Gestión de proyectos", "Project management"), ("Projektleitung", "Gestion de projet"),
    ("Aprendizaje automático", "Machine Learning"), ("Kikai gakushū", "ML"), ("RCP", "CPR"), ("GA4", "Google Analytics"),
    ("T-SQL", "SQL"), ("a11y", "Accessibility"), ("FEM", "Finite element analysis"), ("PowerBI", "Power BI"),
    ("Modélisation financière", "Financial modelling"), ("Echokardiographie", "Echocardiography"),
])
def test_one_skill_in_other_languages(a, b):
    assert normalise_skill(a).key == normalise_skill(b).key


def _skills_shared(a: str, b: str) -> list:
    me, them = Profile(name="Me", skills=[a]), Profile(name="Them", skills=[b])
    return [c for c in find_common_ground(me, them).commonalities if c.kind == "skill"]


@pytest.mark.parametrize(("a", "b"), [
    ("Pedagogía musical", "Didáctica de la música"), ("Didattica digitale", "Digital pedagogy"),
    ("Modelação financeira", "Modelagem financeira"),
    # two words or more, translated, inside a skill one word longer
    ("Modelowanie ryzyka", "Credit Risk Modelling"), ("Desarrollo de productos", "Desarrollo de nuevos productos"),
    ("Evaluación de políticas públicas", "Policy evaluation"),
])
def test_one_unlisted_skill_in_other_words(a, b):
    assert _skills_shared(a, b), (a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("React", "React Native"), ("Project management", "IT project management"),
    ("Gestión de proyectos", "Gestión de proyectos de TI"), ("Data analysis", "Análisis de datos espaciales"),
    ("Direito trabalhista", "Direito tributário"), ("Product management", "Project management"),
    ("Security", "Food security"), ("Planning", "Family planning"), ("Engineering", "Social engineering"),
])
def test_skill_words_within_another_make_no_false_friends(a, b):
    assert not _skills_shared(a, b), _skills_shared(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Protección de datos", "Data protection"), ("Innovación social rural", "Rural social innovation"),
    ("Proteção de dados", "Protezione dei dati"),
])
def test_one_unlisted_cause_in_other_words(a, b):
    me = Profile(name="Me", volunteering=[{"organization": "Asociación Uno", "cause": a}])
    them = Profile(name="Them", volunteering=[{"organization": "Club Two", "cause": b}])
    assert [c for c in find_common_ground(me, them).commonalities if c.kind == "cause"], (a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Prevención de incendios forestales", "Forest fire detection"), ("Organ donation", "Blood donation"),
    ("Early numeracy", "Early literacy"), ("Protección de datos", "Protección de datos de menores"),
])
def test_unlisted_causes_apart_stay_apart(a, b):
    me = Profile(name="Me", volunteering=[{"organization": "Asociación Uno", "cause": a}])
    them = Profile(name="Them", volunteering=[{"organization": "Club Two", "cause": b}])
    assert not [c for c in find_common_ground(me, them).commonalities if c.kind == "cause"], (a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("protección", "protection"), ("inclusão", "inclusion"), ("integracja", "integration"), ("innovazione", "innovation"),
    ("organisatie", "organisation"), ("comunicação", "Kommunikation"),
])
def test_one_word_across_languages_by_its_ending(a, b):
    assert skill_words(a) == skill_words(b)


@pytest.mark.parametrize(("a", "b"), [
    ("Wandern", "hiking"), ("randonnée", "hiking"), ("Bouldern", "climbing"), ("wielrennen", "road cycling"),
    ("Gravelbike", "Radfahren"), ("jardinage", "gardening"), ("course à pied", "jogging"), ("langrenn", "cross-country skiing"),
    ("strikking", "knitting"), ("bordspellen", "board games"), ("Chorgesang", "choir"), ("Skitouren", "backcountry skiing"),
    ("sourdough baking", "breadmaking"), ("Go (weiqi)", "baduk"), ("Arsenal", "Arsenal FC"),
])
def test_one_hobby_in_other_languages(a, b):
    assert normalise_interest(a).key == normalise_interest(b).key


@pytest.mark.parametrize(("a", "b"), [
    ("fútbol americano", "futbol"), ("line dancing", "danse classique"), ("pilates", "yoga"), ("rugby union", "rugby league"),
    ("table tennis", "tennis"), ("bridge", "poker"), ("cats", "dogs"), ("crochet", "knitting"),
])
def test_hobby_names_make_no_false_friends(a, b):
    assert normalise_interest(a).key != normalise_interest(b).key


@pytest.mark.parametrize(("name", "code"), [("Eigo", "en"), ("Supein-go", "es"), ("Suwēden-go", "sv"), ("Castellà", "es"),
                                           ("Castelán", "es"), ("Inglese", "en")])
def test_language_names_in_other_languages(name, code):
    assert normalise_language(name).code == code


@pytest.mark.parametrize(("text", "sentence"), [
    ("Weekends on my bike, rain or shine.", "cycling"), ("I play cello in a community orchestra.", "cello"),
    ("Happiest in the garden.", "gardening"), ("Je fais de la randonnée.", "hiking"),
])
def test_free_text_reveals_the_hobby(text, sentence):
    me = Profile(name="A", about=text)
    them = Profile(name="B", interests=[sentence])
    assert any(c.kind == "interest" for c in find_common_ground(me, them).commonalities)


# ------------------------------------------------------------------ places


@pytest.mark.parametrize(("a", "b", "level"), [
    ("Garching bei München", "München, Deutschland", "metro"), ("Westlands, Nairobi", "Nairobi, Kenya", "city"),
    ("Las Condes, Santiago", "Santiago, Chile", "city"), ("Palermo, CABA", "Buenos Aires, Argentina", "city"),
    ("Hamburg-Altona", "Hamburg", "city"), ("Paris 11e", "Paris, France", "city"), ("Genève", "Geneva", "city"),
    ("Caerdydd", "Cardiff", "city"), ("Piraeus, Greece", "Athens, Greece", "metro"), ("Espoo, Finland", "Helsinki", "metro"),
    ("Tempe, Arizona", "Phoenix, AZ", "metro"),
])
def test_a_neighbourhood_or_suburb_meets_its_city_or_metro(a, b, level):
    x, y = resolve_place(a), resolve_place(b)
    shared = {key for _, key, _ in x.levels()} & {key for _, key, _ in y.levels()}
    assert any(lvl == level and key in shared for lvl, key, _ in x.levels())


@pytest.mark.parametrize(("a", "b"), [("Richmond, British Columbia", "Richmond, Virginia"),
                                      ("Porto Alegre, Brazil", "Porto, Portugal"), ("Boulder, Colorado", "Denver, CO")])
def test_places_of_one_name_stay_apart(a, b):
    x, y = resolve_place(a), resolve_place(b)
    assert x.city_id != y.city_id and (x.metro is None or x.metro != y.metro)


# ------------------------------------------------------------------ a bracketed acronym against the name written out


def test_a_bracketed_acronym_does_not_override_another_school_written_out():
    # ROR's 'ENSA' is the École Nationale Supérieure d'Architecture de Toulouse; the ski school in Chamonix is not it.
    ski = normalise_school("École Nationale de Ski et d'Alpinisme (ENSA), Chamonix")
    assert ski.key != normalise_school("ENSA").key
    assert ski.label == "École Nationale de Ski et d'Alpinisme, Chamonix"


@pytest.mark.parametrize(("written", "bare"), [
    ("Universidad Nacional de Colombia – Sede Bogotá (UNAL)", "Universidad Nacional de Colombia"),
    ("The London School of Economics and Political Science (LSE)", "LSE"),
    ("Universidade de São Paulo (USP)", "Universidade de São Paulo"),
])
def test_a_bracketed_acronym_of_the_same_school_still_names_it(written, bare):
    assert normalise_school(written).key == normalise_school(bare).key


# ------------------------------------------------------------------ a bare hobby name in other languages


def _interests_shared(where_a: str, a: str, where_b: str, b: str) -> list:
    me = Profile(name="Me", location=where_a, interests=[a])
    them = Profile(name="Them", location=where_b, interests=[b])
    return [c.label for c in find_common_ground(me, them).commonalities if c.kind == "interest"]


def test_bare_hokej_means_what_hockey_means_where_one_lives():
    assert _interests_shared("Brno, Czechia", "hokej", "Toronto, Canada", "ice hockey") == ["ice hockey"]
    assert _interests_shared("Brno, Czechia", "hokej", "Mumbai, India", "hockey") == []  # ice and field hockey
    assert normalise_interest("hokej na trawie").key == normalise_interest("field hockey").key
    assert normalise_interest("jégkorong").key == normalise_interest("ice hockey").key


def test_a_ror_campus_abroad_belongs_to_its_university():
    assert normalise_school("Monash University Malaysia").family == normalise_school("Monash University").key
    assert normalise_school("University College London Qatar").family == normalise_school("UCL").key


@pytest.mark.parametrize(("campus", "other"), [
    ("Queen's University Belfast", "Queen's University"), ("Sciences Po Lyon", "Sciences Po"),
    ("Concordia University Wisconsin", "Concordia University"),
    ("Indian Institute of Science Education and Research, Bhopal", "Indian Institute of Science"),
])
def test_a_school_named_with_a_city_or_state_is_not_the_university_of_that_name(campus, other):
    assert normalise_school(campus).family != normalise_school(other).family


# ------------------------------------------------------------------ one employer's name in two languages


def _employers_shared(a: str, b: str, where_a: str = "Lisbon, Portugal", where_b: str = "Lisbon, Portugal") -> list:
    me = Profile(name="Me", location=where_a, experience=[{"company": a}])
    them = Profile(name="Them", location=where_b, experience=[{"company": b}])
    return [c.label for c in find_common_ground(me, them).commonalities if c.kind == "employer"]


@pytest.mark.parametrize(("a", "b"), [
    ("Champalimaud Foundation", "Fundação Champalimaud"), ("Orchestra Baobab", "Orchestre Baobab"),
    ("Grupo Bimbo", "Bimbo Group"),
])
def test_one_employer_named_in_two_languages(a, b):
    assert _employers_shared(a, b), (a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Ministerio de Salud", "Ministry of Health"), ("Dangote Sugar Refinery Plc", "Dangote Cement Plc"),
    ("Hospital de Santa Maria", "St Mary's Hospital"), ("Fundación Barrié", "Fundação Barrié Group"),
])
def test_employer_names_translated_make_no_false_friends(a, b):
    assert not _employers_shared(a, b), (a, b)


def test_one_name_in_two_languages_in_two_countries_is_two_employers():
    assert not _employers_shared("Fundación Telefónica", "Fundação Telefônica", "Madrid, Spain", "São Paulo, Brazil")
