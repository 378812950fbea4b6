"""One organisation's name inside another's, kind words and legal forms aside (made-up and real names, several
languages), and the near misses that must stay apart."""

import pytest

from companion.ground.normalise.contained import is_rare_word, name_inside


@pytest.mark.parametrize(("short", "long"), [
    ("Belmond", "Belmond Hotel Monasterio"),
    ("Dana-Farber", "Dana-Farber Cancer Institute"),
    ("Zorvatek", "Constructora Zorvatek S.A."),
    ("Grupo Quelbrano", "Quelbrano Vinícola"),
    ("Warren and Mahoney", "Warren and Mahoney Architects"),
    ("Pratham", "Pratham Education Foundation"),
    ("Dr Reddy's", "Dr. Reddy's Laboratories"),
    ("Bellona Foundation", "Miljøstiftelsen Bellona"),
    ("Xaruvel", "Fundación Xaruvel"),
    ("Chris Hani Baragwanath Hospital", "Chris Hani Baragwanath Academic Hospital"),
])
def test_one_name_inside_the_other(short, long):
    assert name_inside(short, long)


@pytest.mark.parametrize(("short", "long"), [
    ("Ford", "Ford Foundation"),  # a known company and its foundation
    ("Mozilla", "Mozilla Foundation"),
    ("Boston Children's Hospital", "Boston Medical Center"),
    ("Boston University", "Boston Children's Hospital"),  # a place alone in common
    ("Banco de Chile", "Banco de Crédito del Perú"),
    ("Universidad de Chile", "Pontificia Universidad Católica de Chile"),
    ("Apex Logistics", "Apex Dental"),  # one common word
    ("Apex", "Apex Dental"),
    ("Citadel", "Citadel Securities"),  # a word of the dictionary, then a trade
    ("Cipriani", "Belmond Hotel Cipriani"),  # another brand's hotel of the name
    ("Lloyds Banking Group", "Lloyd's of London"),  # the shorter says a trade the longer does not
    ("Rappi", "RappiPay"),
    ("Zorvatek", "Zorvatek Australia"),  # a country's arm is for the tables to tell
    ("Kennedy Space", "Kennedy Space Center"),  # common words only
    ("Harbour Valley Children's", "Harbour Valley Children's Hospital"),
    ("Bechtel", "Bechtel Oil, Gas & Chemicals"),  # a trade after the name
    ("Vastro", "Vastro Kemet Hajtástechnika Kft."),  # another name after it
    ("Zorvatek", "Acme – Zorvatek"),  # a contractor and its client
    ("Tafel Berlin", "Tafel Berlin"),  # the same wording is no other name
    ("Zorvatek Group", "Zorvatek Ports"),  # a group and one of its companies of a trade
    ("Grupo Quelbrano", "Quelbrano Energía Renovable"),
    ("Zorvatek Foundation", "Zorvatek Logistics"),  # a foundation and a company of its name
])
def test_near_misses_stay_apart(short, long):
    assert not name_inside(short, long)


def test_rare_word_is_a_name_not_a_word_of_any_language():
    assert is_rare_word("zorvatek") and is_rare_word("belmond")
    assert not is_rare_word("apex") and not is_rare_word("perspektywy") and not is_rare_word("folha")


def _employers(mine: str, theirs: str, place: str = "Medellín, Colombia", other_place: str | None = None):
    from ground_examples import shared_of_kind

    return shared_of_kind("employer", {"experience": [{"company": mine}], "location": place},
                          {"experience": [{"company": theirs}], "location": other_place or place})


@pytest.mark.parametrize(("mine", "theirs", "place"), [
    ("Zorvatek", "Constructora Zorvatek S.A.", "Medellín, Colombia"),
    ("Dana-Farber", "Dana-Farber Cancer Institute", "Boston, MA"),
    ("Warren and Mahoney", "Warren and Mahoney Architects", "Auckland, New Zealand"),
])
def test_an_employer_named_inside_the_other_is_one_employer(mine, theirs, place):
    assert _employers(mine, theirs, place)


@pytest.mark.parametrize(("mine", "theirs", "place"), [
    ("Apex Logistics", "Apex Dental", "Denver, CO"),
    ("Banco de Chile", "Banco de Crédito del Perú", "Santiago, Chile"),
    ("Lloyds Banking Group", "Lloyd's of London", "London, UK"),
    ("Citadel", "Citadel Securities", "Chicago, IL"),
])
def test_employers_sharing_a_word_stay_apart(mine, theirs, place):
    assert not _employers(mine, theirs, place)


def test_one_name_inside_the_other_in_two_countries_is_not_one_employer():
    assert not _employers("Zorvatek", "Constructora Zorvatek S.A.", "Medellín, Colombia", "Lima, Peru")


def test_an_organisation_volunteered_with_named_inside_the_other_is_one_cause():
    from ground_examples import person

    from companion.ground.common_ground import find_common_ground

    me = person(volunteering=[{"organization": "Xaruvel", "cause": "Education"}], location="Mumbai, India")
    them = person(volunteering=[{"organization": "Xaruvel Education Foundation", "cause": "Education"}],
                  location="Pune, India")
    assert [c for c in find_common_ground(me, them).commonalities
            if {c.mine, c.theirs} == {"Xaruvel", "Xaruvel Education Foundation"}]


def test_a_one_word_employer_and_its_foundation_stay_two():
    assert not name_inside("Zorvatek", "Zorvatek Foundation", employer=True)
    assert name_inside("Zorvatek", "Zorvatek Foundation")  # an organisation volunteered with: one charity


def test_two_companies_the_tables_know_stay_apart():
    assert not name_inside("Woolworths Group", "Woolworths Holdings Limited")  # South Africa's and Australia's
