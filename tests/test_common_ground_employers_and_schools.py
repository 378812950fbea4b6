"""Employers and schools read as one under their other names (registered forms, renames, acronyms, faculties,
divisions), beside the near-misses that stay apart: other cities, other campuses, one name in two countries."""

from __future__ import annotations

import pytest
from ground_examples import found, shared_of_kind

from companion.ground.normalise.companies import normalise_company


@pytest.mark.parametrize("mine, theirs", [
    ("City of Tshwane Metropolitan Municipality", "City of Tshwane"),
    ("Cape Town Metropolitan Municipality", "City of Cape Town"),
    ("Pune Municipal Corporation", "Pune Municipal Corporation"),
    ("Fonterra Co-operative Group Limited", "Fonterra Australia"),
])
def test_employers_by_their_registered_forms(mine, theirs):
    assert normalise_company(mine).key == normalise_company(theirs).key


@pytest.mark.parametrize("mine, theirs", [
    ("Cape Town Metropolitan Municipality", "City of Johannesburg"),
    ("Pune Municipal Corporation", "Mumbai Municipal Corporation"),
    ("Fonterra Co-operative Group Limited", "Arla Foods"),
])
def test_other_cities_and_co_operatives_stay_apart(mine, theirs):
    assert normalise_company(mine).key != normalise_company(theirs).key


@pytest.mark.parametrize("mine, theirs", [
    ("FMUSP", "Universidade de São Paulo"),              # a faculty's initials joined to its university's
    ("ENEO-UNAM", "UNAM"),
    ("Te Kunenga ki Pūrehuroa", "Massey University"),    # New Zealand's universities by their Māori names
    ("Te Herenga Waka", "Victoria University of Wellington"),
    ("Tōkyō Geijutsu Daigaku", "Tokyo University of the Arts"),
    ("Hitotsubashi Daigaku", "Hitotsubashi University"),  # romanised Japanese: X Daigaku is X University
    ("University of Ife", "Obafemi Awolowo University, Ile-Ife"),   # renames
    ("Montpellier SupAgro", "L'Institut Agro Montpellier"),
    ("HEC Lausanne", "UNIL – Université de Lausanne"),   # a faculty and its university
    ("IAE Business School", "Universidad Austral"),
])
def test_schools_by_more_names_and_families(mine, theirs):
    assert found("school", mine, theirs)


@pytest.mark.parametrize("mine, theirs", [
    ("KAIST", "Instituto Superior Técnico"),            # initials that end in another school's are no faculty of it
    ("Universidad Austral de Chile", "IAE Business School"),
    ("HEC Paris", "HEC Lausanne"),
    ("Victoria University of Wellington", "Victoria University, Melbourne"),
])
def test_school_near_misses(mine, theirs):
    assert not found("school", mine, theirs)


@pytest.mark.parametrize("mine, theirs", [
    ("Bayer Crop Science", "Bayer S.A. – División Crop Science"),
    ("Nestlé S.A.", "Nestlé Health Science"),
])
def test_divisions_a_group_names_by_their_trade(mine, theirs):
    assert found("employer", mine, theirs)


def test_a_trade_division_of_an_unknown_name_is_no_family():
    assert normalise_company("Apex Health Science").parent_key is None


@pytest.mark.parametrize("mine, theirs", [
    ("HMRC", "HM Revenue & Customs"),                  # an acronym inside a name is kept whole in its initials
    ("UKRI", "UK Research and Innovation"),
    ("The Fat Duck", "Fat Duck, Bray"),                # a town after a comma, however small, says where
    ("African Medical and Research Foundation (AMREF)", "Amref Health Africa"),   # renamed (companies.json)
])
def test_employers_by_acronyms_towns_and_renames(mine, theirs):
    assert found("employer", mine, theirs, {"location": "London, United Kingdom"}, {"location": "London, United Kingdom"})


@pytest.mark.parametrize("mine, theirs", [
    ("HMRC", "Her Majesty's Prison Service"),
    ("EA Engineering", "Electronic Arts"),            # two letters with a trade word are many firms
    ("Fat Duck, Bray", "Fat Duck, Lagos"),            # one name in two towns far apart
])
def test_employer_near_misses_by_acronym_trade_word_and_town(mine, theirs):
    assert not found("employer", mine, theirs, {"location": "London, United Kingdom"},
                     {"location": "London, United Kingdom"})


def test_the_institut_agro_schools_by_their_former_names():
    assert found("school", "Institut Agro Dijon", "AgroSup Dijon")
    assert not found("school", "Institut Agro Dijon", "Montpellier SupAgro")   # two campuses, two schools


@pytest.mark.parametrize("mine, theirs", [
    ("Sanofi-Aventis Argentina", "Sanofi"),            # renames the companies announced (companies.json)
    ("Gfi Informática", "Inetum"),
    ("ekaterra", "Lipton Teas and Infusions"),
    ("Decolar", "Despegar.com"),                       # a national brand
    ("Dr. Ing. h.c. F. Porsche AG", "Porsche AG"),     # the registered name
    ("TSMC Arizona Corporation", "Taiwan Semiconductor Manufacturing Company Limited"),
])
def test_employers_by_renames_and_registered_names(mine, theirs):
    assert normalise_company(mine).key == normalise_company(theirs).key


def test_a_bare_former_acronym_is_not_kept_as_the_renamed_company():
    assert normalise_company("GFI Software").key != normalise_company("Inetum").key


def _schools(mine: str, theirs: str, my_place: str | None = None, their_place: str | None = None) -> list:
    return shared_of_kind("school", {"education": [{"school": mine}], "location": my_place},
                          {"education": [{"school": theirs}], "location": their_place})


def test_an_acronyms_school_is_not_another_university_written_out():
    assert not _schools("University of South Carolina – Darla Moore School of Business",
                        "USC Marshall School of Business")


@pytest.mark.parametrize("mine, theirs", [
    ("USC", "University of Southern California"),
    ("USC Marshall School of Business", "University of Southern California"),
    ("University of South Carolina – Darla Moore School of Business", "University of South Carolina"),
])
def test_the_acronym_still_meets_its_own_university(mine, theirs):
    assert _schools(mine, theirs)


@pytest.mark.parametrize("mine, theirs, my_place", [
    # A faculty read with the university its letters stand for: a name of the same initials is another school.
    ("MIT Sloan School of Management", "Manipal Institute of Technology", None),
    ("USC Gould School of Law", "University of South Carolina", None),
    ("UCL Institute of Education", "Université catholique de Louvain", None),
    # A bare acronym the tables read as one school, written where that school is or nowhere said; or anywhere,
    # when the tables know the other school too (Manipal's, in India, where 'MIT' could be either).
    ("MIT", "Manipal Institute of Technology", None),
    ("MIT", "Manipal Institute of Technology", "Boston, Massachusetts, United States"),
    ("MIT", "Manipal Institute of Technology", "Bengaluru, India"),
    ("UCL", "Université catholique de Louvain", "London, United Kingdom"),
])
def test_letters_the_tables_read_as_one_school_are_not_another_of_the_same_initials(mine, theirs, my_place):
    assert not _schools(mine, theirs, my_place)
    assert not _schools(theirs, mine, None, my_place)


@pytest.mark.parametrize("mine, theirs, my_place, their_place", [
    ("MIT Sloan School of Management", "Massachusetts Institute of Technology", None, None),
    ("MIT Sloan School of Management", "Massachusetts Institute of Technology (MIT)", None, None),
    ("MIT", "Massachusetts Institute of Technology", None, None),
    ("MIT Manipal", "Manipal Institute of Technology", None, None),            # the letters and where they are
    ("MIT Pune", "Maharashtra Institute of Technology", None, None),
    ("UCL", "University College London", None, None),
    # Letters the tables read nowhere, for a school written out with an elided article.
    ("EMI", "École Mohammadia d'Ingénieurs", "Rabat, Morocco", "Rabat, Morocco"),
    ("ENA", "École nationale d'administration", "Paris, France", "Paris, France"),
    # The letters of another of the school's names: Kyiv Polytechnic Institute, Igor Sikorsky's.
    ("KPI", "Igor Sikorsky Kyiv Polytechnic Institute", "Kyiv, Ukraine", "Kyiv, Ukraine"),
    # The acronym, then the school's name in full in its own language.
    ("KTH Kungliga Tekniska högskolan", "KTH Royal Institute of Technology", None, None),
    ("KTH Kungliga Tekniska högskolan", "KTH", None, None),
    ("UNAM Universidad Nacional Autónoma de México", "UNAM", None, None),
])
def test_the_letters_still_meet_the_school_they_stand_for(mine, theirs, my_place, their_place):
    assert _schools(mine, theirs, my_place, their_place)


@pytest.mark.parametrize("mine, theirs, my_place", [
    ("KPI", "Igor Sikorsky Kyiv Polytechnic Institute", "Jakarta, Indonesia"),  # key performance... or another KPI
    ("EMI", "École Mohammadia d'Ingénieurs", "Lima, Peru"),                      # Peru's Escuela Militar de Ingeniería
    ("KTH Kungliga Tekniska högskolan", "Chalmers tekniska högskola", None),    # the name in full says which
    ("ENSIAS", "École Mohammadia d'Ingénieurs", None),
    ("IIT Indian Institute of Technology", "IIT Bombay", None),                # the system is not its member
    ("UT", "University of Texas at Austin", None),                              # two letters stand for too many
])
def test_letters_that_are_not_the_schools_initials_or_not_where_it_is_stay_apart(mine, theirs, my_place):
    assert not _schools(mine, theirs, my_place, "Rabat, Morocco" if "Mohammadia" in theirs else None)


@pytest.mark.parametrize("college, university", [
    ("Shri Ram College of Commerce (SRCC)", "University of Delhi"),
    ("Miranda House", "Delhi University"),
    ("Manipal Institute of Technology", "Manipal Academy of Higher Education"),
    ("MIT Manipal", "Manipal University"),
    ("Weill Cornell Medicine", "Cornell University"),
])
def test_a_constituent_college_meets_its_university(college, university):
    assert _schools(college, university)


def test_two_colleges_of_a_collegiate_university_are_two_schools():
    assert not _schools("Lady Shri Ram College for Women", "Shri Ram College of Commerce")
    assert not _schools("Miranda House", "Hansraj College")
    assert _schools("Miranda House", "Miranda House, University of Delhi")
    # Two faculties of one university are still one alumni network.
    assert _schools("Stanford Graduate School of Business", "Stanford Law School")


def test_one_school_name_in_two_countries_is_two_schools():
    # Northeastern University in Shenyang, written by someone in China, and the one in Boston.
    assert not _schools("Northeastern University", "Northeastern University",
                        "Shenzhen, Guangdong, China", "Boston, Massachusetts, United States")


def test_one_school_name_in_one_country_is_still_one_school():
    assert _schools("Northeastern University", "Northeastern University",
                    "Boston, Massachusetts, United States", "Seattle, Washington, United States")
    assert _schools("Northeastern University", "Northeastern University",
                    "Shenyang, Liaoning, China", "Beijing, China")
    assert _schools("Northeastern University", "Northeastern University")


@pytest.mark.parametrize("mine, theirs", [
    ("PT Tokopedia", "Tokopedia"),
    ("OOO Ozon", "Ozon"),
    ("Compañía Minera Antamina S.A.", "Antamina"),
])
def test_a_legal_form_or_kind_in_front_is_no_part_of_the_name(mine, theirs):
    assert found("employer", mine, theirs)


@pytest.mark.parametrize("mine, theirs", [
    ("Compañía Minera Antamina S.A.", "Compañía Minera Buenaventura"),
    ("AO World", "World Bank"),
    ("PT Pertamina", "Pertamina Hulu Energi Tokopedia"),
])
def test_the_names_left_still_tell_companies_apart(mine, theirs):
    assert not found("employer", mine, theirs)
