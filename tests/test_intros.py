"""Introductions: two people you know, who seem not to know each other, for a reason both would welcome."""

from __future__ import annotations

import re

import pytest

from companion.ground.intros import Intro, suggest_intros
from companion.ground.rarity import RarityIndex
from companion.models import Profile, Tie


def p(name, **fields) -> Profile:
    return Profile.model_validate({"name": name, **fields})


def tied(people, stage="acquaintance") -> dict[str, Tie]:
    """Everyone in `people` at one relationship stage."""
    return {pid: Tie(stage=stage) for pid, _ in people}


def pairs(found: list[Intro]) -> set[frozenset[str]]:
    return {frozenset((i.a_id, i.b_id)) for i in found}


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
TIES = tied(PEOPLE)


def test_strongest_pair_is_suggested_first_with_reason_and_drafts():
    found = suggest_intros(PEOPLE, RarityIndex.from_profiles(pr for _, pr in PEOPLE), TIES)
    assert found, "expected at least one introduction"
    best = found[0]
    assert isinstance(best, Intro)
    assert {best.a_id, best.b_id} == {"p-ana", "p-ben"}
    assert best.common_ground.commonalities
    assert "beekeeping" in best.reason and "Esperanto" in best.reason
    assert best.reason.index("beekeeping") < best.reason.index("Esperanto")  # the rare hobby is the reason
    assert best.message.startswith(f"Hi {best.a_name.split()[0]},")
    assert best.b_name in best.message and "if you both say yes" in best.message
    assert best.message_to_b.startswith(f"Hi {best.b_name.split()[0]},") and best.a_name in best.message_to_b


@pytest.mark.parametrize("stage", ["stranger", "new"])
def test_strangers_and_new_connections_are_never_introduced(stage):
    ties = {**TIES, "p-ben": Tie(stage=stage)}
    found = suggest_intros(PEOPLE, None, ties)
    assert all("p-ben" not in (i.a_id, i.b_id) for i in found)


def test_people_with_no_tie_at_all_are_never_introduced():
    assert suggest_intros(PEOPLE, None, {}) == []
    found = suggest_intros(PEOPLE, None, {"p-ana": Tie(stage="close")})
    assert found == []


@pytest.mark.parametrize("stage", ["acquaintance", "friend", "close"])
def test_an_acquaintance_or_closer_can_be_introduced(stage):
    found = suggest_intros(PEOPLE, None, {"p-ana": Tie(stage="close"), "p-ben": Tie(stage=stage)})
    assert pairs(found) == {frozenset({"p-ana", "p-ben"})}


def test_commonplace_overlap_alone_is_not_worth_an_introduction():
    found = suggest_intros(PEOPLE, None, TIES)
    assert frozenset({"p-cy", "p-di"}) not in pairs(found)


def test_a_shared_language_alone_is_no_reason_to_meet():
    two = [("p-1", p("Ann Berg", languages=["Esperanto"])), ("p-2", p("Bo Lund", languages=["Esperanto"]))]
    assert suggest_intros(two, None, tied(two)) == []


@pytest.mark.parametrize("skills", [["Python", "SQL"], ["Web Development", "Software Development"]])
def test_a_broad_skill_alone_is_no_reason_to_meet(skills):
    two = [("p-1", p("Ann Berg", skills=skills)), ("p-2", p("Bo Lund", skills=skills))]
    assert suggest_intros(two, None, tied(two)) == []


@pytest.mark.parametrize("fields", [
    {"volunteering": [{"organization": None, "cause": "Health"}]},  # one in twenty-five cares about health
    {"headline": "Engineer working on cloud computing and kubernetes"},  # 'cloud' is a whole industry
])
def test_a_broad_cause_or_subject_alone_is_no_reason_to_meet(fields):
    two = [("p-1", p("Ann Berg", **fields)), ("p-2", p("Bo Lund", **fields))]
    assert suggest_intros(two, None, tied(two)) == []


def test_a_shared_place_and_language_are_no_reason_without_something_rarer():
    two = [("p-1", p("Ann Berg", languages=["Esperanto"], location="Portland, Maine")),
           ("p-2", p("Bo Lund", languages=["Esperanto"], location="Portland, Maine"))]
    assert suggest_intros(two, None, tied(two)) == []


def test_a_specialist_skill_is_a_reason_to_meet():
    two = [("p-1", p("Ann Berg", skills=["Rust"])), ("p-2", p("Bo Lund", skills=["Rust"]))]
    found = suggest_intros(two, None, tied(two))
    assert pairs(found) == {frozenset({"p-1", "p-2"})} and "both work with Rust" in found[0].reason


def test_a_skill_not_known_to_be_rare_is_no_reason_on_its_own():
    two = [("p-1", p("Ann Berg", skills=["Ruby", "Entrepreneurship"])), ("p-2", p("Bo Lund", skills=["Ruby", "Entrepreneurship"]))]
    assert suggest_intros(two, None, tied(two)) == []


def test_a_request_meets_the_expertise_that_answers_it():
    asker = p("Ana López", about="Currently looking for a good mentor in product design.")
    expert = p("Ben Okafor", headline="Product Designer at Figma",
               experience=[{"company": "Figma", "title": "Product Designer", "start": "2021"}])
    stranger_to_design = p("Cy Young", headline="Accountant at Deloitte")
    people = [("p-ana", asker), ("p-ben", expert), ("p-cy", stranger_to_design)]
    found = suggest_intros(people, None, tied(people))
    assert pairs(found) == {frozenset({"p-ana", "p-ben"})}
    intro = found[0]
    to_ana, to_ben = (intro.message, intro.message_to_b) if intro.a_id == "p-ana" else (intro.message_to_b, intro.message)
    assert "looking for a good mentor in product design" in intro.reason and "Product Designer" in intro.reason
    assert "You wrote \u201clooking for a good mentor in product design\u201d, and Ben" in to_ana
    assert "Ana wrote \u201clooking for a good mentor in product design\u201d, and you" in to_ben


def test_a_request_seen_in_a_linkedin_post_is_one_they_shared_not_wrote():
    # LinkedIn's activity mixes their posts with reposts, so the request may be someone else's words.
    asker = p("Ana López", site="linkedin", posts=[{"text": "Looking for a good mentor in product design!"}])
    expert = p("Ben Okafor", experience=[{"company": "Figma", "title": "Product Designer", "start": "2021"}])
    people = [("p-ana", asker), ("p-ben", expert)]
    intro = suggest_intros(people, None, tied(people))[0]
    assert "Ana López shared \u201cLooking for a good mentor in product design\u201d" in intro.reason
    assert " wrote " not in intro.message + intro.message_to_b


def test_a_hiring_post_is_not_matched_with_every_recruiter():
    hirer = p("Ana López", about="We're hiring! Join us.")
    recruiter = p("Ben Okafor", headline="Recruiter | hiring and interviewing")
    people = [("p-ana", hirer), ("p-ben", recruiter)]
    assert suggest_intros(people, None, tied(people)) == []


def test_pairs_who_already_know_each_other_are_skipped():
    found = suggest_intros(PEOPLE, None, TIES, known_pairs={frozenset({"p-ana", "p-ben"})})
    assert frozenset({"p-ana", "p-ben"}) not in pairs(found)


def test_colleagues_at_the_same_time_are_assumed_to_know_each_other():
    found = suggest_intros(PEOPLE, None, TIES)
    assert frozenset({"p-fay", "p-gil"}) not in pairs(found)


def test_someone_whose_page_names_the_other_is_assumed_to_know_them():
    ana = p("Ana López", about="Building hives with my friend Ben Okafor every spring.", **BEES)
    people = [("p-ana", ana), ("p-ben", p("Ben Okafor", **BEES))]
    assert suggest_intros(people, None, tied(people)) == []


def test_a_language_only_supports_a_reason_and_never_leads_it():
    found = suggest_intros(PEOPLE, None, TIES)
    ana_ben = next(i for i in found if {i.a_id, i.b_id} == {"p-ana", "p-ben"})
    for text in (ana_ben.reason, ana_ben.message, ana_ben.message_to_b):
        assert text.index("beekeeping") < text.index("Esperanto"), text


def test_limit_caps_the_list_and_no_one_is_introduced_to_themselves():
    many = [(f"p-{i}", p(f"Person {i}", **BEES)) for i in range(12)]
    found = suggest_intros(many, None, tied(many), limit=3)
    assert len(found) == 3
    assert all(i.a_id != i.b_id for i in found)


def test_nobody_to_introduce_in_an_empty_or_lonely_store():
    assert suggest_intros([], None, {}) == []
    lonely = [("p-1", p("Solo", **BEES))]
    assert suggest_intros(lonely, None, tied(lonely)) == []


def test_a_request_in_a_post_about_a_death_is_not_a_reason_to_introduce():
    grieving = p("Dee Park", site="x", posts=[{"text": "My father passed away last week. Currently looking for a "
                                                       "mentor in product design to help me get back to work."}])
    designer = p("Eve Hart", experience=[{"company": "Figma", "title": "Product Designer", "start": "2021"}])
    people = [("p-dee", grieving), ("p-eve", designer)]
    assert suggest_intros(people, None, tied(people)) == []


def test_the_same_request_in_an_ordinary_post_is_one():
    asker = p("Dee Park", site="x", posts=[{"text": "Currently looking for a mentor in product design to help me "
                                                    "get better at research."}])
    designer = p("Eve Hart", experience=[{"company": "Figma", "title": "Product Designer", "start": "2021"}])
    people = [("p-dee", asker), ("p-eve", designer)]
    assert pairs(suggest_intros(people, None, tied(people))) == {frozenset({"p-dee", "p-eve"})}


def test_a_hiring_request_is_not_an_introduction_to_someone_who_wants_no_recruiters():
    hirer = p("Ana López", about="Looking for a senior product designer to join our team in Lisbon.")
    designer = p("Ben Okafor", headline="Product Designer at Figma. No recruiters, please.",
                 experience=[{"company": "Figma", "title": "Product Designer", "start": "2021"}])
    people = [("p-ana", hirer), ("p-ben", designer)]
    assert suggest_intros(people, None, tied(people)) == []


def test_drafts_greet_each_by_the_name_they_go_by():
    bob = p('Robert "Bob" Smith', **BEES)
    people = [("p-bob", bob), ("p-ana", p("Ana López", **BEES))]
    intro = suggest_intros(people, None, tied(people))[0]
    to_bob = intro.message if intro.a_id == "p-bob" else intro.message_to_b
    to_ana = intro.message_to_b if intro.a_id == "p-bob" else intro.message
    assert to_bob.startswith("Hi Bob,") and "I'll check with Bob too" in to_ana


def test_people_who_work_at_the_same_employer_now_are_assumed_to_know_each_other():
    ana = p("Ana López", experience=[{"company": "Tiny Robotics Co", "title": "Engineer"}], **BEES)
    ben = p("Ben Okafor", experience=[{"company": "Tiny Robotics Co", "title": "Designer"}], **BEES)
    people = [("p-ana", ana), ("p-ben", ben)]
    assert suggest_intros(people, None, tied(people)) == []


def test_working_for_oneself_now_is_no_shared_employer():
    ana = p("Ana López", experience=[{"company": "Self-employed", "title": "Consultant"}], **BEES)
    ben = p("Ben Okafor", experience=[{"company": "Self-employed", "title": "Designer"}], **BEES)
    people = [("p-ana", ana), ("p-ben", ben)]
    found = suggest_intros(people, None, tied(people))
    assert pairs(found) == {frozenset({"p-ana", "p-ben"})}
    assert "Self-employed" not in found[0].reason


# ---------------------------------------------------------------- broad ground alone is no reason (issue 18, item 6)


def readable(intro: Intro) -> None:
    """A reason a person can read: it names what they share or what one asked for, with no hole in the sentence."""
    for text in (intro.reason, intro.message, intro.message_to_b):
        assert not re.search(r"\s[.,;:!?]", text), text
        assert not re.search(r"\b(?:both|and)\s*[.,]", text), text
    assert re.search(r"\bboth \w|\u201c", intro.reason), intro.reason


def vol(*causes: str) -> dict:
    return {"volunteering": [{"organization": None, "cause": cause} for cause in causes]}


@pytest.mark.parametrize("a, b", [
    # Two causes of one class share only the class: open data and civic tech are both 'science and technology'.
    ({"about": "I campaign for open data in city halls."}, {"about": "Most weekends I build civic tech with neighbours."}),
    # Two hobbies of one family share only the family: rugby union and rugby league are both rugby.
    ({"interests": ["Rugby union"]}, {"interests": ["Rugby league"]}),
])
def test_two_things_of_one_family_share_no_reason_to_meet(a, b):
    two = [("p-1", p("Ann Berg", **a)), ("p-2", p("Bo Lund", **b))]
    assert suggest_intros(two, None, tied(two)) == []


@pytest.mark.parametrize("causes", [("Social Services",), ("Civil Rights and Social Action", "Human Rights"),
                                    ("Science and Technology", "Animal Welfare")])
def test_causes_from_linkedins_picker_are_as_broad_as_a_language(causes):
    # Everyone who lists causes picks from the same fifteen: sharing them says little about two people.
    two = [("p-1", p("Ann Berg", **vol(*causes))), ("p-2", p("Bo Lund", **vol(*causes)))]
    assert suggest_intros(two, None, tied(two)) == []


def test_a_hobby_family_listed_by_both_is_no_reason_on_its_own():
    two = [("p-1", p("Ann Berg", interests=["Martial arts"])), ("p-2", p("Bo Lund", interests=["Martial arts"]))]
    assert suggest_intros(two, None, tied(two)) == []


@pytest.mark.parametrize("company", ["Accenture", "Google", "Tata Consultancy Services"])
def test_a_big_employer_at_different_times_is_no_reason_to_meet(company):
    two = [("p-1", p("Ann Berg", experience=[{"company": company, "start": "2010", "end": "2012"}])),
           ("p-2", p("Bo Lund", experience=[{"company": company, "start": "2018", "end": "2020"}]))]
    assert suggest_intros(two, None, tied(two)) == []


def test_a_small_employer_at_different_times_is_a_reason_to_meet():
    two = [("p-1", p("Ann Berg", experience=[{"company": "Tiny Robotics Co", "start": "2010", "end": "2012"}])),
           ("p-2", p("Bo Lund", experience=[{"company": "Tiny Robotics Co", "start": "2018", "end": "2020"}]))]
    found = suggest_intros(two, None, tied(two))
    assert pairs(found) == {frozenset({"p-1", "p-2"})} and "both worked at Tiny Robotics" in found[0].reason
    readable(found[0])


def test_a_specific_cause_in_their_own_words_is_a_reason_to_meet():
    two = [("p-1", p("Ann Berg", about="I maintain an open source library for maps.", **vol("Science and Technology"))),
           ("p-2", p("Bo Lund", headline="Building web infra & open source", **vol("Science and Technology")))]
    found = suggest_intros(two, None, tied(two))
    assert pairs(found) == {frozenset({"p-1", "p-2"})}
    assert "both care about open source" in found[0].reason and "science and technology" not in found[0].reason
    readable(found[0])


def test_two_schools_of_one_university_are_one_alumni_network():
    two = [("p-1", p("Ann Berg", education=[{"school": "Stanford Graduate School of Business", "start": "2005", "end": "2007"}])),
           ("p-2", p("Bo Lund", education=[{"school": "Stanford Law School", "start": "2015", "end": "2018"}]))]
    found = suggest_intros(two, None, tied(two))
    assert pairs(found) == {frozenset({"p-1", "p-2"})} and "both studied at Stanford University" in found[0].reason
    readable(found[0])


def test_a_shared_country_and_language_are_no_reason_to_meet():
    two = [("p-1", p("Ann Berg", languages=["Swedish"], location="Malmö, Sweden")),
           ("p-2", p("Bo Lund", languages=["Swedish"], location="Umeå, Sweden"))]
    assert suggest_intros(two, None, tied(two)) == []


def test_every_suggestion_here_has_a_reason_a_person_can_read():
    asker = p("Dee Park", about="Currently looking for a mentor in product design.", location="Portland, Maine")
    designer = p("Eve Hart", experience=[{"company": "Figma", "title": "Product Designer", "start": "2021"}],
                 location="Portland, Maine")
    people = [*PEOPLE, ("p-dee", asker), ("p-eve", designer)]
    found = suggest_intros(people, RarityIndex.from_profiles(pr for _, pr in people), tied(people))
    assert len(found) >= 2
    for intro in found:
        readable(intro)


@pytest.mark.parametrize("followed", [["Simon Sinek"], ["H&M", "TED Conferences"]])
def test_pages_both_follow_are_no_reason_to_meet(followed):
    # Outside the hobby lexicon, a LinkedIn 'interest' is mostly a page they follow, with millions of followers.
    two = [("p-1", p("Ann Berg", site="linkedin", interests=followed)),
           ("p-2", p("Bo Lund", site="linkedin", interests=followed))]
    assert suggest_intros(two, None, tied(two)) == []
