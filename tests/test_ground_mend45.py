"""Ground mend 45 (newcomer 10, W4): a subject one person writes of and the other lists as a skill naming it is
common ground, said once, as the skill."""

from __future__ import annotations

import pytest
from shared_pages import real_page

from companion.ground.common_ground import find_common_ground
from companion.models import Profile
from companion.parsers import dated, parse_profile


def _page(name: str) -> Profile:
    html = real_page(f"linkedin/{name}")
    return dated(parse_profile(html, "https://www.linkedin.com/in/someone"), html)


def _cards(me: Profile, them: Profile) -> list:
    return find_common_ground(me, them).commonalities


def _about_web(cards: list) -> list:
    words = ("web", "javascript", "react")
    return [c for c in cards if any(w in f"{c.label} {c.mine} {c.theirs}".casefold() for w in words)]


WRITER = Profile(name="Kasun Perera", headline="Software Engineer",
                 about="I build products from scratch with Python, JavaScript and React.")
REACT_WRITER = Profile(name="Kasun Perera", headline="Software Engineer",
                       about="I am fluent with frameworks like Flask, Django and React.")


# ---------------------------------------------------------------- the real pages
@pytest.mark.parametrize("kekayan_first", [True, False])
def test_kekayans_web_development_meets_julians_listed_skill_once(kekayan_first):
    kekayan = _page("guest_2023-04_kekayan.html")
    julian = _page("guest_2016-08_julianamelung.html")
    me, them = (kekayan, julian) if kekayan_first else (julian, kekayan)
    cards = _about_web(_cards(me, them))
    assert [(c.kind, c.label) for c in cards] == [("skill", "Web Development")]
    assert "React" in cards[0].why and "Web Development as a skill" in cards[0].why
    assert cards[0].why.startswith("They list" if kekayan_first else "You list")


# ---------------------------------------------------------------- made-up profiles
def test_a_subject_written_meets_the_skill_naming_it():
    them = Profile(name="Julian", skills=["Web Development", "Ruby"])
    cards = _about_web(_cards(REACT_WRITER, them))
    assert [(c.kind, c.label, c.mine, c.theirs) for c in cards] == [
        ("skill", "Web Development", "React", "Web Development")]
    assert cards[0].why.startswith("They list Web Development as a skill, and you write of web development too")


def test_the_very_words_written_are_the_card_when_both_skills_are_listed():
    them = Profile(name="Julian", skills=["Web Development", "JavaScript"])
    cards = _about_web(_cards(WRITER, them))
    assert [(c.kind, c.label) for c in cards] == [("skill", "JavaScript")]
    assert cards[0].why.startswith("They list JavaScript as a skill, and you write of it too (JavaScript)")


def test_both_listing_the_skill_gives_one_card():
    me = WRITER.model_copy(update={"skills": ["JavaScript"]})
    them = Profile(name="Julian", skills=["JavaScript", "Web Development"])
    cards = _about_web(_cards(me, them))
    assert [(c.kind, c.label) for c in cards] == [("skill", "JavaScript")]
    assert cards[0].why.startswith("You both list JavaScript as a skill")


def test_both_writing_of_it_stays_one_topic_card():
    them = Profile(name="Julian", about="Mostly JavaScript these days.", skills=["JavaScript"])
    cards = _about_web(_cards(WRITER, them))
    assert [c.kind for c in cards] == ["topic"]


def test_a_skill_unrelated_to_the_prose_gives_nothing():
    them = Profile(name="Julian", skills=["Ruby", "Entrepreneurship", "Kubernetes"])
    assert _cards(REACT_WRITER, them) == []


def test_another_word_of_the_subject_listed_is_another_thing():
    # 'JavaScript' listed and 'React' written: both web development, but the skill does not name what was written.
    them = Profile(name="Julian", skills=["JavaScript"])
    assert _about_web(_cards(REACT_WRITER, them)) == []


def test_a_job_title_is_not_writing_of_the_subject():
    me = Profile(name="Kasun Perera", headline="Frontend Developer at Acme")
    them = Profile(name="Julian", skills=["Web Development", "Frontend"])
    assert _about_web(_cards(me, them)) == []


def test_a_broad_skill_naming_a_subject_is_not_enough():
    me = Profile(name="Kasun Perera", about="I write about leadership in small teams.")
    them = Profile(name="Julian", skills=["Leadership"])
    assert [c for c in _cards(me, them) if "leadership" in c.label.casefold()] == []


def test_a_word_of_the_language_is_not_the_subject_written():
    me = Profile(name="Kasun Perera", about="I react fast to change, and GCP audits are my trade.")
    them = Profile(name="Julian", skills=["Web Development", "React", "GCP"])
    assert [c for c in _cards(me, them) if c.kind == "skill"] == []


def test_a_skill_both_list_says_the_subject_for_the_other_words_written_too():
    # Both list JavaScript; one writes of React and lists nothing more: the JavaScript card says web development.
    me = REACT_WRITER.model_copy(update={"skills": ["JavaScript"]})
    them = Profile(name="Julian", skills=["JavaScript", "Web Development"])
    cards = _about_web(_cards(me, them))
    assert [(c.kind, c.label) for c in cards] == [("skill", "JavaScript")]
