"""Round 43 (organisations and words): a fresh set's misses fixed as classes, each tested on other real members."""

import pytest

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise.companies import national_brand_of, normalise_company, normalise_organisation
from companion.ground.normalise.interests import normalise_interest
from companion.ground.normalise.org_words import same_organisation_by_words
from companion.ground.normalise.schools import normalise_school, placed_school
from companion.ground.normalise.skills import skill_words
from companion.models import Profile


def _shared(kind: str, a_place: str, a: str, b_place: str, b: str, a_about: str = "", b_about: str = "") -> list[str]:
    def profile(name: str, place: str, value: str, about: str) -> Profile:
        data = {"name": name, "location": place, "about": about}
        if kind == "employer":
            data["experience"] = [{"company": value, "title": "Engineer"}]
        else:
            data["education"] = [{"school": value, "degree": "MSc"}]
        return Profile.model_validate(data)

    ground = find_common_ground(profile("A", a_place, a, a_about), profile("B", b_place, b, b_about), None)
    return [c.label for c in ground.commonalities if c.kind == kind]


# 1. A faculty and its university.

@pytest.mark.parametrize(("faculty", "university"), [
    ("Collegium Medicum Uniwersytetu Jagiellońskiego", "Jagiellonian University"),
    ("Wydział Prawa i Administracji Uniwersytetu Warszawskiego", "University of Warsaw"),
    ("Wydział Elektroniki Politechniki Wrocławskiej", "Wrocław University of Science and Technology"),
    ("Wydział Fizyki Uniwersytetu im. Adama Mickiewicza w Poznaniu", "Adam Mickiewicz University in Poznań"),
])
def test_a_polish_faculty_names_its_university_in_the_genitive(faculty, university):
    school = normalise_school(faculty)
    assert school.parent_label == university
    assert school.parent_key == normalise_school(university).key


@pytest.mark.parametrize(("faculty", "university"), [
    ("Fakultet elektrotehnike i računarstva, Sveučilište u Zagrebu", "University of Zagreb"),
    ("Pravni fakultet, Sveučilište u Zagrebu", "University of Zagreb"),
    ("Ekonomski fakultet, Univerzitet u Beogradu", "University of Belgrade"),
    ("Fakulteta za računalništvo in informatiko, Univerza v Ljubljani", "University of Ljubljana"),
])
def test_a_south_slavic_fakultet_is_a_faculty_of_its_university(faculty, university):
    assert normalise_school(faculty).parent_label == university


def test_a_faculty_in_polish_meets_its_university_in_english():
    assert _shared("school", "Kraków", "Collegium Medicum Uniwersytetu Jagiellońskiego", "Kraków, Poland",
                   "Jagiellonian University") == ["Jagiellonian University"]


# 2. Universities' acronyms and old names.

@pytest.mark.parametrize(("old", "today"), [
    ("Universität Karlsruhe (TH)", "Karlsruhe Institute of Technology"),  # merged into KIT in 2009
    ("University of Karlsruhe", "Karlsruhe Institute of Technology"),
    ("Helsinki University of Technology", "Aalto University"),  # merged into Aalto in 2010
    ("Teknillinen korkeakoulu", "Aalto University"),
    ("Wrocław University of Technology", "Wrocław University of Science and Technology"),  # renamed in 2016
    ("Budapesti Műszaki Egyetem", "Budapest University of Technology and Economics"),
    ("BME", "Budapest University of Technology and Economics"),
    ("l'X", "École Polytechnique"),
])
def test_an_old_name_or_acronym_is_the_university_today(old, today):
    assert normalise_school(old).key == normalise_school(today).key


@pytest.mark.parametrize(("short", "full"), [
    ("Sofia University", "Софийски университет „Св. Климент Охридски“"),
    ("Sofia University", 'Sofia University "St. Kliment Ohridski"'),
    ("University of Galati", '"Dunarea de Jos" University of Galati'),
])
def test_a_university_named_for_a_patron_is_its_kind_and_city_without_the_patron(short, full):
    assert normalise_school(short).key == normalise_school(full).key


def test_a_one_word_brand_in_quotes_is_no_patron_to_leave_out():
    assert normalise_school("Moscow University").key != normalise_school("Moscow University «Synergy»").key
    assert normalise_school("Sofia University").key != normalise_school("Technical University of Sofia").key


def test_karlsruhes_other_schools_stay_apart_from_kit():
    kit = normalise_school("KIT").key
    assert normalise_school("Hochschule Karlsruhe").key != kit
    assert normalise_school("Karlsruhe University of Education").key != kit


@pytest.mark.parametrize(("acronym", "prose", "written_out"), [
    ("UPM", "Studied at UPM (ETSIT).", "Universidad Politécnica de Madrid"),
    ("UPC", "Telecoms engineer from UPC (ETSETB), Barcelona.", "Universitat Politècnica de Catalunya"),
])
def test_a_faculty_acronym_in_brackets_after_the_universitys_is_no_name_written_out(acronym, prose, written_out):
    school = placed_school(acronym, normalise_school(acronym), "ES", prose)
    assert "etsit" not in school.key and "etsetb" not in school.key
    place = "Madrid, Spain" if acronym == "UPM" else "Barcelona, Spain"
    assert _shared("school", place, written_out, place, acronym, b_about=prose)


def test_a_name_written_out_in_brackets_after_an_acronym_still_says_which():
    school = placed_school("UNI", normalise_school("UNI"), "NI", "Estudié en la UNI (Universidad Nacional de Ingeniería)")
    assert school.key == normalise_school("Universidad Nacional de Ingeniería").key


# 3. Companies: registered names, a brand of a national operator, a ministry in two languages.

@pytest.mark.parametrize(("registered", "brand"), [
    ("MOL Magyar Olaj- és Gázipari Nyrt.", "MOL Group"),
    ("Richter Gedeon Vegyészeti Gyár Nyrt.", "Gedeon Richter"),
    ("Magyar Telekom Távközlési Nyrt.", "Magyar Telekom"),
    ("Powszechny Zakład Ubezpieczeń", "PZU"),
    ("Powszechna Kasa Oszczędności Bank Polski", "PKO BP"),
])
def test_a_central_european_companys_registered_name_is_its_brand(registered, brand):
    assert normalise_company(registered).key == normalise_company(brand).key


@pytest.mark.parametrize(("brand", "operator"), [
    ("Movistar", "Telefónica España"),
    ("Movistar", "Telefónica de España S.A.U."),
    ("Movistar", "Telefónica Chile"),
    ("Vivo", "Telefônica Brasil"),
])
def test_a_brand_is_its_groups_national_operator_where_it_trades(brand, operator):
    assert national_brand_of(brand, operator)


@pytest.mark.parametrize(("brand", "operator"), [
    ("Movistar", "Telefónica Deutschland"),  # trades as O2
    ("Vivo", "Telefónica España"),
    ("Movistar", "Telefónica"),  # no country said
    ("Movistar", "Vodafone España"),
])
def test_a_brand_is_not_another_countrys_operator(brand, operator):
    assert not national_brand_of(brand, operator)


def test_movistar_and_telefonica_espana_are_one_employer():
    assert _shared("employer", "Madrid, España", "Telefónica España", "Madrid, Spain", "Movistar")
    assert not _shared("employer", "München, Deutschland", "Telefónica Deutschland", "Madrid, Spain", "Movistar")


@pytest.mark.parametrize(("native", "english", "home"), [
    ("Ministerstwo Finansów", "Ministry of Finance (Poland)", {"PL"}),
    ("Ministerstwo Zdrowia", "Ministry of Health (Poland)", {"PL"}),
    ("Ministerstvo financí", "Ministry of Finance (Czech Republic)", {"CZ"}),
    ("Ministerio de Hacienda", "Ministry of Finance (Spain)", {"ES"}),
])
def test_a_ministry_in_its_language_and_in_english_is_one_for_two_people_of_its_country(native, english, home):
    assert same_organisation_by_words(native, english, home)


@pytest.mark.parametrize(("native", "english", "home"), [
    ("Ministerstwo Finansów", "Ministry of Finance (Czech Republic)", {"PL"}),  # never two countries' ministries
    ("Ministerstwo Finansów", "Ministry of Finance (Poland)", set()),  # two people of two countries
    ("Ministerstwo Zdrowia", "Ministry of Health", {"PL"}),  # neither says whose (round 37's rule)
    ("Ministerstwo Finansów", "Ministry of Health", {"PL"}),
    ("Bundesministerium der Finanzen", "Ministry of Finance", {"DE"}),  # a federation: a Land has one too
])
def test_a_ministry_is_not_another_countrys_nor_another_ministry(native, english, home):
    assert not same_organisation_by_words(native, english, home)


def test_ministerstwo_finansow_and_the_ministry_of_finance_of_poland_are_one_employer():
    assert _shared("employer", "Warszawa", "Ministerstwo Finansów", "Warsaw, Poland", "Ministry of Finance (Poland)")
    assert not _shared("employer", "Warszawa", "Ministerstwo Finansów", "Prague, Czechia",
                       "Ministry of Finance (Czech Republic)")


# 4. Hobbies, skills and causes in other languages.

@pytest.mark.parametrize(("written", "hobby"), [
    ("Pivovarnictví", "Home brewing"), ("Piwowarstwo", "Home brewing"), ("Ølbrygning", "Home brewing"),
    ("Murtomaahiihto", "Cross-country skiing"), ("Běžecké lyžování", "Cross-country skiing"),
    ("Langrend", "Cross-country skiing"),
    ("Håndbold", "Handball"), ("Házená", "Handball"), ("Rukomet", "Handball"), ("Хандбал", "Handball"),
    ("Piłka ręczna", "Handball"),
    ("Ornitologia", "Birdwatching"), ("Ornitologie", "Birdwatching"),
    ("Käsipallo", "Handball"), ("Sukututkimus", "Genealogy"), ("Slægtsforskning", "Genealogy"),
    ("Lystfiskeri", "Fishing"),
])
def test_a_common_hobby_in_a_central_northern_or_south_eastern_european_language(written, hobby):
    found = normalise_interest(written)
    assert found.known and found.key == normalise_interest(hobby).key


@pytest.mark.parametrize(("written", "skill"), [
    ("Преподаване", "Teaching"),
    ("Анализ на данни", "Data analysis"),
    ("Управление на проекти", "Project management"),
    ("Mentorskap", "Mentoring"),
    ("Mentorskab", "Mentoring"),
    ("Talousennusteet", "Financial forecasting"),
    ("Прогнозиране на продажби", "Sales forecasting"),
    ("Дигитална грамотност", "Digital literacy"),
    ("Устойчива енергия", "Sustainable energy"),
    ("Digitālā pratība", "Digital literacy"),
])
def test_a_skill_in_bulgarian_or_a_nordic_or_central_european_language(written, skill):
    assert skill_words(written) == skill_words(skill)


@pytest.mark.parametrize(("written", "cause"), [
    ("Keskkond", "Environment"), ("Miljøbeskyttelse", "Environment"),
    ("Ochrona zdrowia dzieci", "Child health"),
])
def test_a_common_cause_in_those_languages(written, cause):
    assert normalise_interest(written, "cause").key == normalise_interest(cause, "cause").key


@pytest.mark.parametrize(("own", "english"), [
    ("Wielka Orkiestra Świątecznej Pomocy", "Great Orchestra of Christmas Charity"),
    ("Polska Akcja Humanitarna", "Polish Humanitarian Action"),
    ("Szlachetna Paczka", "Noble Gift"),
    ("Člověk v tísni", "People in Need"),
    ("Повернись живим", "Come Back Alive"),
    ("Teeme Ära", "Let's Do It! Estonia"),
])
def test_a_national_charity_by_its_own_and_its_english_name(own, english):
    assert normalise_organisation(own).key == normalise_organisation(english).key
