"""Introductions: contacts who share a lot but do not know each other, with a double-opt-in draft."""

from __future__ import annotations

from companion.ground.intros import Intro, suggest_intros
from companion.ground.rarity import RarityIndex
from companion.models import Profile


def p(name, **fields) -> Profile:
    return Profile.model_validate({"name": name, **fields})


BEES = {"interests": ["Beekeeping"], "languages": ["Esperanto"], "location": "Portland, Maine"}
PEOPLE = [
    ("p-ana", p("Ana López", skills=["Rust"], **BEES)),
    ("p-ben", p("Ben Okafor", skills=["Rust"], **BEES)),
    ("p-cy", p("Cy Young", interests=["Travel"], languages=["English"])),
    ("p-di", p("Di Chen", interests=["Travel"], languages=["English"])),
    ("p-ed", p("Ed Stone", skills=["Cobol"])),
    ("p-fay", p("Fay Wu", experience=[{"company": "Tiny Co", "start": "2020"}], interests=["Beekeeping"])),
    ("p-gil", p("Gil Roy", experience=[{"company": "Tiny Co", "start": "2021"}], interests=["Beekeeping"])),
]


def test_strongest_pair_is_suggested_first_with_reason_and_drafts():
    found = suggest_intros(PEOPLE, RarityIndex.from_profiles(pr for _, pr in PEOPLE))
    assert found, "expected at least one introduction"
    best = found[0]
    assert isinstance(best, Intro)
    assert {best.a_id, best.b_id} == {"p-ana", "p-ben"}
    assert best.common_ground.tier in ("coincidence", "twins")
    assert "beekeeping" in best.reason and "Esperanto" in best.reason
    assert best.message.startswith(f"Hi {best.a_name.split()[0]},")
    assert best.b_name in best.message and "if you both say yes" in best.message
    assert best.message_to_b.startswith(f"Hi {best.b_name.split()[0]},") and best.a_name in best.message_to_b


def test_commonplace_overlap_alone_is_not_worth_an_introduction():
    found = suggest_intros(PEOPLE, None)
    assert all({i.a_id, i.b_id} != {"p-cy", "p-di"} for i in found)


def test_pairs_who_already_know_each_other_are_skipped():
    found = suggest_intros(PEOPLE, None, known_pairs={frozenset({"p-ana", "p-ben"})})
    assert all({i.a_id, i.b_id} != {"p-ana", "p-ben"} for i in found)


def test_colleagues_at_the_same_time_are_assumed_to_know_each_other():
    found = suggest_intros(PEOPLE, None)
    assert all({i.a_id, i.b_id} != {"p-fay", "p-gil"} for i in found)


def test_limit_caps_the_list_and_no_one_is_introduced_to_themselves():
    many = [(f"p-{i}", p(f"Person {i}", **BEES)) for i in range(12)]
    found = suggest_intros(many, None, limit=3)
    assert len(found) == 3
    assert all(i.a_id != i.b_id for i in found)


def test_nobody_to_introduce_in_an_empty_or_lonely_store():
    assert suggest_intros([], None) == []
    assert suggest_intros([("p-1", p("Solo", **BEES))], None) == []
