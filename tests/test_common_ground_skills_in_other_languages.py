"""Professional skills written in another language or under a synonym (Contentieux and Litigation, Warmtenetten
and District heating, LiveOps and Live operations) are one skill; a narrower skill meets its bare family
(Commercial litigation and Contentieux), and two neighbours of a field stay two skills."""

from __future__ import annotations

import pytest
from ground_examples import found, shared_of_kind


@pytest.mark.parametrize("mine, theirs, label", [
    ("Contentieux", "Litigation", "Litigation"),
    ("Évaluation d'entreprises", "Valuation", "Valuation"),
    ("Energía fotovoltaica", "Solar PV", "Solar PV"),
    ("Warmtenetten", "District heating", "District heating"),
    ("Lagerverwaltung", "Depo yönetimi", "Warehouse management"),
    ("Digitale Verwaltung", "E-Government", "E-Government"),
    ("Dirección hotelera", "Hotelmanagement", "Hospitality management"),
    ("Identité de marque", "Branding", "Branding"),
    ("Pediatrik yoğun bakım", "Pediatric critical care", "Pediatric Critical Care"),
    ("Neonatal resüsitasyon", "NRP", "Neonatal resuscitation"),
    ("Zwei-Photonen-Mikroskopie", "Two-photon imaging", "Two-photon microscopy"),
    ("LiveOps", "Live operations", "Live operations"),
    ("Equity research", "Equity analysis", "Equity research"),
    ("Amamentação", "Breastfeeding support", "Breastfeeding support"),
    # Japanese and Korean as romanised on profiles, loanwords from English among them
    ("Kuredit bunseki", "Credit analysis", "Credit analysis"),
    ("Suitō saibai", "Rice cultivation", "Rice cultivation"),
    ("Yujeo riseochi", "User research", "User Research"),
    ("Sumāto nōgyō", "Smart agriculture", "Precision Agriculture"),
])
def test_one_skill_in_two_languages_or_words(mine, theirs, label):
    assert [c.label for c in found("skill", mine, theirs)] == [label]


@pytest.mark.parametrize("mine, theirs, family", [
    ("Contentieux", "Commercial litigation", "Litigation"),
    ("Nachhaltiges Design", "Sustainable product design", "Sustainable design"),
])
def test_a_narrower_skill_meets_its_bare_family(mine, theirs, family):
    assert [c.label for c in found("skill", mine, theirs)] == [family]


@pytest.mark.parametrize("mine, theirs", [
    ("Warehouse management", "Supply chain management"),
    ("Solar PV", "Wind energy"),
    ("District heating", "HVAC"),
    ("Commercial litigation", "Commercial law"),
    ("Valuation", "Financial reporting"),
    ("Kuredit bunseki", "Credit risk"),
    ("Suitō saibai", "Wheat cultivation"),
    ("Yujeo riseochi", "User experience"),
    ("SAP", "SAP EWM"),          # a suite's module is a specialism of its own (dev8 marks SAP FI ~ SAP a false friend)
])
def test_neighbouring_skills_stay_apart(mine, theirs):
    assert found("skill", mine, theirs) == []


def test_an_interest_both_list_is_quoted_as_listed_not_as_sentences_that_say_it():
    me = {"interests": ["Ciclismo"], "about": "Salgo a rodar en bici los domingos."}
    them = {"interests": ["Cycling"], "about": "Sunday bike rides en bici with friends."}
    cycling = shared_of_kind("interest", me, them)
    assert [(c.mine, c.theirs) for c in cycling] == [("Ciclismo", "Cycling")]


def test_a_school_under_its_former_name():
    assert [c.label for c in found("school", "Hertie School", "Hertie School of Governance")] == ["Hertie School"]
