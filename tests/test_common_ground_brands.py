"""A known company under its divisions, national companies and hotels (Enel Green Power Chile, DHL Supply Chain
México, 'Hotel Cipriani, A Belmond Hotel') is one employer, wherever the two people live; a name that only starts
like a known company's (Apple Bank, Shell Lumber) or a subsidiary with its own brand (Damco, DWS) is not."""

from __future__ import annotations

import pytest
from ground_examples import found

from companion.ground.normalise.companies import normalise_company

_CHILE, _SPAIN = {"location": "Santiago, Chile"}, {"location": "Santiago de Compostela, España"}
_GERMANY, _TURKEY = {"location": "Hamburg, Deutschland"}, {"location": "İstanbul, Türkiye"}


@pytest.mark.parametrize("mine, theirs, me, them, label", [
    ("Enel Green Power Chile S.A.", "Enel", _CHILE, _SPAIN, "Enel"),           # a division, then its country
    ("DHL Supply Chain México", "DHL", {}, {}, "DHL"),                         # a division, then its country
    ("CD PROJEKT S.A.", "CD Projekt Red", {}, {}, "CD Projekt"),
    ("Engie Electrabel", "Engie", {}, {}, "Engie"),                            # a national company carrying the brand
    ("Engie Electrabel", "Electrabel Customer Solutions", {}, {}, "Electrabel"),
    ("Kühne + Nagel (AG & Co.) KG", "Kuehne+Nagel International AG", _GERMANY, _TURKEY, "Kuehne+Nagel"),
    ("Caisse de dépôt et placement du Québec", "CDPQ", {"location": "Montréal, QC"}, {"location": "Paris, France"},
     "CDPQ"),
    ("Hotel Cipriani, A Belmond Hotel, Venice", "Belmond Ltd.", {}, {}, "Belmond"),   # one of a chain's hotels
    ("Meliá Hotels International, S.A.", "Sol Meliá", {}, {}, "Meliá Hotels International"),  # a rename
    ("Samsung Jeonja", "Samsung Electronics", {}, {}, "Samsung Electronics"),  # romanised Korean
    # Turkey's national company, its register's trades ('İthalat İhracat ve Ticaret') read as its legal form
    ("Ferrero Fındık İthalat İhracat ve Ticaret A.Ş.", "Ferrero S.p.A.", _TURKEY, {"location": "Alba, Italia"},
     "Ferrero"),
    ("Göteborgs Hamn AB", "Port of Gothenburg", {}, {}, "Port of Gothenburg"),   # the native name
    ("Bundesministerium des Innern und für Heimat", "Bundesministerium des Innern, für Bau und Heimat", _GERMANY,
     _GERMANY, "Bundesministerium des Innern und für Heimat"),                  # renamed in 2018 and 2021
    # Japanese and Korean names romanised, Japan's legal form written before the name
    ("Kabushiki Kaisha Kapukon", "Capcom Co., Ltd.", {}, {}, "Capcom"),
    ("Kabushiki Kaisha Mitsubishi UFJ Ginkō", "MUFG Bank, Ltd.", {}, {}, "Mitsubishi UFJ Financial Group"),
    ("Hanguk Jeollyeok Gongsa (KEPCO)", "Korea Electric Power Corporation", {}, {}, "Korea Electric Power Corporation"),
    ("Zen-Nō (Zenkoku Nōgyō Kyōdō Kumiai Rengōkai)", "JA Zen-Noh", {}, {}, "JA Zen-Noh"),
    ("Centro Hospitalar Universitário Lisboa Norte", "Unidade Local de Saúde Santa Maria", {}, {},
     "Unidade Local de Saúde Santa Maria"),                                      # merged and renamed in 2024
])
def test_a_known_company_under_its_divisions_and_countries(mine, theirs, me, them, label):
    assert [c.label for c in found("employer", mine, theirs, me, them)] == [label]


@pytest.mark.parametrize("mine, theirs", [
    ("Apple Bank", "Apple"),
    ("Delta Faucet", "Delta Air Lines"),
    ("Orange County Bank", "Orange"),
    ("Shell Lumber", "Shell"),
    ("Damco", "Maersk"),                 # separately branded subsidiaries stay apart
    ("DHL Supply Chain México", "DHL Express"),   # two divisions, each of its own line of business (round 32)
    ("DWS", "Deutsche Bank"),
    ("Mojang", "Microsoft"),
    ("Hotel Cipriani, Venice", "Belmond Ltd."),        # no chain named
    ("Grand Hotel, A Luxury Hotel", "Belmond Ltd."),   # a chain no table knows
    ("Enel Green Power", "Iberdrola Renovables"),
    ("Ford Otomotiv Sanayi A.Ş.", "Ford Motor Company"),            # a joint venture of its own
    ("Koç Holding", "Arçelik Sanayi ve Ticaret A.Ş."),
    ("Kabushiki Kaisha Kapukon", "Kabushiki Kaisha Konami"),       # the legal form is no name both share
    ("Kansai Electric Power (KEPCO)", "Korea Electric Power Corporation"),   # KEPCO is both's acronym
    ("Hospital Santa Maria", "Unidade Local de Saúde Santa Maria"),
])
def test_names_that_only_start_alike_or_have_their_own_brand_stay_apart(mine, theirs):
    assert found("employer", mine, theirs) == []


def test_a_division_keeps_its_own_key_under_the_company():
    division = normalise_company("Enel Green Power Chile S.A.")
    assert division.parent_label == "Enel" and division.key != normalise_company("Enel").key


@pytest.mark.parametrize("mine, theirs, me, them", [
    ("Bundesministerium des Innern", "Bundesministerium für Inneres", _GERMANY, {"location": "Wien, Österreich"}),
    ("Federal Ministry of the Interior", "Bundesministerium des Innern", {"location": "Abuja, Nigeria"}, _GERMANY),
])
def test_another_countrys_interior_ministry_stays_apart(mine, theirs, me, them):
    assert found("employer", mine, theirs, me, them) == []


@pytest.mark.parametrize("mine, theirs, me, them", [
    ("Hotel Cipriani, A Belmond Hotel, Venice", "Belmond Ltd.", {"location": "Venezia, Italia"},
     {"location": "Venice, Florida"}),
    ("Rakuten Group, Inc.", "Rakuten Kobo Inc.", {"location": "Tokyo, Japan"}, {"location": "Toronto, Canada"}),
])
def test_a_company_the_tables_know_is_one_employer_across_countries(mine, theirs, me, them):
    assert len(found("employer", mine, theirs, me, them)) == 1


def test_a_name_no_table_knows_is_still_two_employers_in_two_countries():
    assert found("employer", "Discovery Health", "Discovery", {"location": "Johannesburg, South Africa"},
                 {"location": "New York, USA"}) == []


@pytest.mark.parametrize("school, university", [
    ("IE Law School", "IE University"),                   # IE University's schools, no longer one name
    ("IE Business School", "IE University"),
    ("Escola Superior de Agricultura Luiz de Queiroz (ESALQ/USP)", "University of São Paulo"),
])
def test_a_school_of_a_university_meets_the_university(school, university):
    assert [c.label for c in found("school", school, university)] == [
        "IE University" if university.startswith("IE") else "Universidade de São Paulo"]
