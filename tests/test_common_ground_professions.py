"""Common ground outside software (medicine, law, finance, trades, the public sector, the arts): the classes of
false friend a fresh set of such pairs showed, each with the near miss that must still be shared, and the sources
and rules that find what these professions share. Examples written for these tests."""

from __future__ import annotations

import pytest
from ground_examples import found, person

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise.features import features_of
from companion.ground.normalise.languages import normalise_language
from companion.ground.normalise.places import resolve_place
from companion.ground.normalise.skills import normalise_skill

NOT_SHARED = [
    # A suite's functional module is a specialism of its own: a finance consultant's SAP FI is not 'SAP'.
    ("skill", "SAP FI", "SAP"),
    ("skill", "SAP MM", "SAP"),
    ("skill", "SAP FI", "SAP MM"),
    # A field plus a word that makes it another profession's field.
    ("skill", "Power systems", "Power system protection"),
    ("skill", "Real estate", "Real estate law"),
    ("skill", "Renewable energy", "Renewable energy finance"),
    # 'X of <place>' is a name of its own, not X's arm there.
    ("employer", "The Times", "The Times of India"),
    ("employer", "The Chronicle", "The Chronicle of Zimbabwe"),
]


@pytest.mark.parametrize(("kind", "mine", "theirs"), NOT_SHARED)
def test_not_shared(kind, mine, theirs):
    assert not found(kind, mine, theirs), f"{mine!r} and {theirs!r} are two things"


SHARED = [
    # The near misses of the classes above, still shared.
    ("skill", "SAP", "SAP S/4HANA"),
    ("skill", "SAP", "SAP Retail"),
    ("skill", "SAP CO", "SAP Controlling"),
    ("skill", "SAP FICO", "SAP FI/CO"),
    ("skill", "Kotlin", "Kotlin Multiplatform"),
    ("skill", "drip irrigation", "Drip Irrigation Design"),
    ("skill", "SCADA", "SCADA systems"),
    ("employer", "Hospital da Luz", "Hospital da Luz Lisboa"),
    # Skills of medicine, law, finance, the trades and the newsroom, in other languages and other names.
    ("skill", "Paediatric cardiology", "Pediatric Cardiology"),
    ("skill", "Paleografía", "Palaeography"),
    ("skill", "Pediatrisk omvårdnad", "Paediatric nursing"),
    ("skill", "Kwalitatief onderzoek", "Qualitative research"),
    ("skill", "Aides d'État", "State aid"),
    ("skill", "Kostenrechnung", "Cost accounting"),
    ("skill", "Budgetierung", "Budgeting"),
    ("skill", "Forvaltningsrett", "Administrative law"),
    ("skill", "Diritto della concorrenza", "Competition law"),
    ("skill", "Giornalismo sportivo", "Sports journalism"),
    ("skill", "Cata de vinos", "Wine tasting"),
    ("skill", "Soldadura MIG", "MIG welding"),
    ("skill", "TIG welding", "GTAW"),
    ("skill", "Ultrasonic inspection", "Ultrasonic testing (UT)"),
    ("skill", "NIIF", "IFRS"),
    ("skill", "Phlebotomy", "Venipuncture"),
    ("skill", "Punció seca", "Dry needling"),
    ("skill", "AS9100", "EN 9100"),
    ("skill", "Copy editing", "Subediting"),
    ("skill", "Controlling", "Management accounting"),
    ("skill", "Verificación de datos", "Fact-checking"),
    ("skill", "Stage management", "Stage managing"),
    ("skill", "Contract drafting", "Drafting contracts"),
    ("skill", "Sportscode", "Hudl Sportscode"),
    ("skill", "GIS", "QGIS"),
    ("skill", "Epic EHR", "Epic"),
    # Employers by a former name, a short name, with and without spaces, and universities in two languages.
    ("employer", "AccorHotels", "Accor"),
    ("employer", "British Aerospace", "BAE Systems"),
    ("employer", "Barclays Africa Group", "Absa Group"),
    ("employer", "Allen & Overy", "A&O Shearman"),
    ("employer", "Handicap International", "Humanity & Inclusion"),
    ("employer", "Mass General", "Massachusetts General Hospital"),
    ("employer", "AstraZeneca", "Astra Zeneca"),
    ("employer", "Universidad de Sevilla", "University of Seville"),
    ("employer", "Universiteit van Amsterdam", "University of Amsterdam"),
    ("school", "Universiteit van Amsterdam (UvA)", "University of Amsterdam"),
    # Places written as a postal district, a district after a space, a suburb named by its city, a state after a slash.
    ("place", "Rathmines, Dublin 6", "Dublin, Ireland"),
    ("place", "Berlin Mitte", "Berlin-Neukölln"),
    ("place", "South Brisbane", "Brisbane, QLD"),
    ("place", "Itaim Bibi, São Paulo", "São Paulo/SP"),
]


@pytest.mark.parametrize(("kind", "mine", "theirs"), SHARED)
def test_shared(kind, mine, theirs):
    assert found(kind, mine, theirs), f"{mine!r} and {theirs!r} should be shared"


def _languages(mine: str, theirs: str) -> list[str]:
    ground = find_common_ground(person(languages=[mine]), person(languages=[theirs]))
    return [c.label for c in ground.commonalities if c.kind == "language"]


def test_two_written_standards_of_one_language_are_two_languages():
    assert _languages("Twi", "Fante") == []
    assert _languages("Asante Twi", "Twi (basic)") == ["Twi"]
    assert _languages("Twi", "Akan (Twi)") == ["Akan"]
    assert _languages("Fante", "Akan") == ["Akan"]
    # The code stays the macrolanguage's, so where it is spoken is still known.
    assert normalise_language("Twi").code == normalise_language("Akan").code == "ak"


def test_a_school_named_with_its_country_is_that_country_s():
    chile = {"location": "Santiago, Chile"}
    assert not found("school", "Universidad de los Andes", "Universidad de los Andes (Colombia)", chile, chile)
    assert found("school", "Universidad de los Andes (Colombia)", "Uniandes", chile, {"location": "Bogotá"})


def test_an_acronym_the_tables_read_as_one_school_is_not_another_with_those_initials():
    la = {"location": "Los Angeles, CA"}
    assert not found("school", "USC", "University of South Carolina", la, la)
    assert found("school", "USC", "University of Southern California", la, la)


def test_a_school_s_own_initials_in_brackets_are_no_place():
    assert "@" not in normalise_school_key("Universiteit van Amsterdam (UvA)")
    assert "@ve" in normalise_school_key("Universidad de los Andes (Mérida, Venezuela)")


def normalise_school_key(name: str) -> str:
    features = features_of(person(education=[{"school": name}]))
    return next(iter(features.by_key))


def test_a_company_that_a_school_is_named_after_stays_a_company():
    # 'Solvay' is also the Solvay Brussels School's short name, but as an employer it is the chemicals company.
    assert not found("employer", "Solvay", "Solvay Brussels School of Economics and Management")


def test_washington_dc_is_not_washington_state_and_bogota_dc_stays_bogota():
    assert resolve_place("Washington, D.C.").region == "DC"
    assert resolve_place("Bogotá D.C.").country == "CO"
    assert resolve_place("Tokyo Electron").city == "Tokyo"  # as a location only: it is no place name elsewhere


def test_a_module_is_keyed_by_its_name_and_has_no_parent():
    assert normalise_skill("SAP CO").key == normalise_skill("SAP Controlling").key
    assert normalise_skill("SAP FI").parent_key is None
    assert normalise_skill("SAP S/4HANA").parent_key == normalise_skill("SAP").key


@pytest.mark.parametrize(("mine", "theirs", "subject"), [
    ("I cover galamsey and illegal mining.", "Writes about galamsey, land rights and chieftaincy disputes.", "galamsey"),
    ("I write about voting rights and election law.", "My scholarship focuses on election law and redistricting.",
     "election law"),
    ("Scrivo del Giro d'Italia per il blog della Rai.", "I write about the Giro d'Italia and women's cycling.",
     "Giro d'Italia"),
])
def test_what_a_reporter_covers_or_a_scholar_focuses_on_is_a_subject_they_write_about(mine, theirs, subject):
    ground = find_common_ground(person(about=mine), person(about=theirs))
    assert subject in [c.label for c in ground.commonalities if c.kind == "topic"]


def test_two_different_subjects_covered_are_not_shared():
    ground = find_common_ground(person(about="I cover municipal politics."), person(about="I cover college football."))
    assert [c for c in ground.commonalities if c.kind == "topic"] == []


def test_two_neighbourhoods_of_one_metro_are_not_told_apart_by_what_follows_them():
    assert found("place", "Ballsbridge, Dublin 4", "Dún Laoghaire, Co. Dublin")
    assert not found("place", "Aurangabad, Maharashtra", "Aurangabad, Bihar")


def test_a_place_rewritten_to_be_read_is_quoted_as_written():
    assert [c.theirs for c in found("place", "Arlington, VA", "Washington, D.C.")] == ["Washington, D.C."]
    assert resolve_place("Amdavad").city == "Ahmedabad"


def test_a_city_s_own_government_in_two_languages_is_one_employer():
    assert found("employer", "Stadt Zürich", "City of Zurich")
    assert found("employer", "Prefeitura de São Paulo", "City of São Paulo")
    assert not found("employer", "City of Oakland", "City and County of San Francisco")
    assert not found("employer", "Stadtwerke München", "Stadt München")  # the city's utility is a company of its own
    # One name, two cities of two countries: two employers.
    assert not found("employer", "City of Birmingham", "City of Birmingham", {"location": "Birmingham, UK"},
                     {"location": "Birmingham, Alabama"})


def test_aml_is_anti_money_laundering_to_a_banker_and_a_leukaemia_to_a_haematologist():
    banker = {"headline": "Financial crime compliance at a bank"}
    haematologist = {"headline": "Consultant haematologist, bone marrow transplant unit"}
    assert found("skill", "Geldwäscheprävention", "AML", banker, banker)
    assert not found("skill", "AML", "AML", haematologist, banker)
    assert found("skill", "AML", "AML", haematologist, haematologist)


@pytest.mark.parametrize(("mine", "theirs"), [("Rédaction juridique", "Legal drafting"), ("Contencioso", "Litigation"),
                                              ("Maridaje", "Wine pairing"), ("Telecronaca", "Play-by-play commentary")])
def test_more_skills_of_law_food_and_broadcasting(mine, theirs):
    assert found("skill", mine, theirs)
