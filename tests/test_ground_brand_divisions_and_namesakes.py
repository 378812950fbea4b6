"""One brand, several employers: two divisions of a brand each named by its own line of business ('DHL Supply
Chain', 'DHL Express'), a partnership that bears a known brand's word ('Claro y Cía.', a law firm, is not Claro the
telecom), a brand's separately listed national company against the parent written by its registered name
('Walmart de México', Walmex, and 'Walmart Inc.'); and what stays one employer: a division and its brand, one division in two countries, a country
arm and the bare brand, the table's own '& Co.' names. Names no table knows are made up."""

from __future__ import annotations

import pytest
from ground_examples import found

from companion.ground.normalise.companies import listed_company_and_parent, normalise_company


@pytest.mark.parametrize(("mine", "theirs"), [
    ("DHL Supply Chain", "DHL Express"),
    ("DHL Global Forwarding", "DHL eCommerce"),
    ("Google Cloud", "Google Research"),
    ("DHL Supply Chain México", "DHL Express"),
])
def test_two_divisions_of_a_brand_by_their_lines_of_business_are_two_employers(mine, theirs):
    assert found("employer", mine, theirs) == []


@pytest.mark.parametrize(("mine", "theirs", "label"), [
    ("DHL Supply Chain México", "DHL", "DHL"),               # a division and its brand
    ("Google Research India", "Google", "Google"),
    ("DHL Supply Chain España", "DHL Supply Chain", "DHL Supply Chain"),   # one division in a country
    ("Google Cloud India", "Google Cloud", "Google Cloud India"),
    ("AWS", "Amazon Web Services", "Amazon Web Services"),
])
def test_a_division_and_its_brand_or_one_division_twice_stay_one_employer(mine, theirs, label):
    assert [c.label for c in found("employer", mine, theirs)] == [label]


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Claro y Cía.", "Claro Chile"),     # Spanish: a law firm of partners named Claro, and the telecom
    ("Claro y Cía.", "Claro"),
    ("Claro & Co.", "Claro"),            # English
    ("Orange & Cie", "Orange S.A."),     # French
])
def test_a_partnership_bearing_a_known_brands_word_is_a_firm_of_its_own(mine, theirs):
    assert found("employer", mine, theirs) == []


def test_one_partnership_written_in_two_languages_is_one_firm():
    assert normalise_company("Claro y Cía.").key == normalise_company("Claro & Co.").key == "employer:claro-and-co"


@pytest.mark.parametrize(("mine", "theirs", "label"), [
    ("Carey y Cía.", "Carey", "Carey y Cía."),                  # a firm no table knows, with and without its form
    ("Merck & Co., Inc.", "MSD", "Merck & Co."),                # the table writes these companies with '& Co.'
    ("McKinsey & Co.", "McKinsey & Company", "McKinsey & Company"),
    ("Bain & Co.", "Bain", "Bain & Company"),
    ("Goldman Sachs & Co. LLC", "Goldman Sachs", "Goldman Sachs"),   # no surname's firm: a name of two words
])
def test_a_known_company_written_with_and_company_stays_itself(mine, theirs, label):
    assert [c.label for c in found("employer", mine, theirs)] == [label]


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Walmart de México", "Walmart Inc."),            # Spanish: Walmex, listed in Mexico
    ("Walmex", "Walmart Inc."),
    ("Nestlé India Limited", "Nestlé S.A."),          # listed in India
    ("PT Unilever Indonesia Tbk", "Unilever plc"),    # Indonesian: listed in Jakarta
])
def test_a_separately_listed_national_company_and_its_registered_parent_are_two_employers(mine, theirs):
    assert listed_company_and_parent(mine, theirs)
    assert found("employer", mine, theirs) == []


@pytest.mark.parametrize(("mine", "theirs", "label"), [
    ("Walmart de México y Centroamérica", "Walmart", "Walmart"),   # against the bare brand: either, so one
    ("Nestlé India", "Nestlé", "Nestlé"),
    ("Unilever Indonesia", "Unilever", "Unilever"),
    ("Toyota do Brasil", "Toyota Motor Corporation", "Toyota"),    # national companies no listing sets apart
    ("Nestlé Italiana S.p.A.", "Nestlé S.A.", "Nestlé"),
    ("KPMG Nigeria", "KPMG", "KPMG"),
    ("UNHCR Egypt", "UNHCR", "UNHCR"),
    ("Walmart Inc.", "Walmart", "Walmart"),                        # the parent with and without its form
])
def test_a_country_arm_and_its_brand_stay_one_employer(mine, theirs, label):
    assert not listed_company_and_parent(mine, theirs)
    assert [c.label for c in found("employer", mine, theirs)] == [label]


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Fast Retailing (UNIQLO)", "UNIQLO Co., Ltd."),   # the group, then the company worked at in brackets
    ("Meta (Instagram)", "Instagram"),
])
def test_a_group_written_with_its_company_in_brackets_is_that_company(mine, theirs):
    assert found("employer", mine, theirs)


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Fast Retailing", "UNIQLO Co., Ltd."),            # a separately branded company and its group, bare
    ("Fast Retailing (GU)", "UNIQLO Co., Ltd."),       # another of the group's companies in brackets
    ("Meta", "Instagram"),
])
def test_a_group_without_the_company_in_brackets_stays_apart_from_it(mine, theirs):
    assert found("employer", mine, theirs) == []
