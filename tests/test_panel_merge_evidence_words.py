"""Newcomer 7, P6: the panel said an automatic join's evidence as "rob cheung ~ Rob Cheung; SubstrateLabs ~ ꩜Substrate",
developer notation. The evidence is now said as a person would: "the same name (Rob Cheung)", "the same company
(Substrate)", "the same area (New York City area)"."""

from __future__ import annotations

from shared_pages import real_page

from companion.memory.identity import compare, traits_of_profile
from companion.models import Profile
from companion.parsers import parse_profile

ROB_LINKEDIN = ("linkedin/loggedin_2025-04_robcheung.html", "https://www.linkedin.com/in/robertkcheung/")
ROB_X = ("twitter/react-loggedin_2025-04_perceptnet.html", "https://x.com/perceptnet")


def test_rob_cheungs_two_profiles_are_joined_on_evidence_said_as_a_person_says_it():
    linkedin = parse_profile(real_page(ROB_LINKEDIN[0]), ROB_LINKEDIN[1])
    x = parse_profile(real_page(ROB_X[0]), ROB_X[1])
    for a, b in ((x, linkedin), (linkedin, x)):
        said = [(r.kind, r.detail) for r in compare(traits_of_profile(a), traits_of_profile(b)).reasons]
        assert said == [("name", "the same name (Rob Cheung)"), ("employer", "the same company (Substrate)"),
                        ("place", "the same area (New York City area)")]


def test_a_school_and_a_place_are_said_without_notation():
    a = Profile(site="linkedin", url="https://www.linkedin.com/in/ana-lund/", handle="ana-lund", name="Ana Lund",
                location="Lund, Sweden", education=[{"school": "Lund University"}], website="https://analund.se")
    b = Profile(site="github", url="https://github.com/analund", handle="analund", name="Ana Lund",
                location="Lund", education=[{"school": "Lunds universitet"}], website="https://analund.se/about")
    details = [r.detail for r in compare(traits_of_profile(a), traits_of_profile(b)).reasons]
    assert "the same school (Lund University)" in details
    assert any(d.startswith("the same area (") or d.startswith("the same city (") for d in details), details
    assert not any("~" in d for d in details)
