"""Mend 55: what a reader of mends 52–53 found. 'Asante', 'Salamat' and 'Takk' are family names as well as thanks: a post
naming Kwame Asante thanks nobody; a talk with a live demo, or a presentation or a workshop, is a talk and gets its line;
the poster line quotes the post from its poster on, as the talk line does; a school matched in a request by whole
words only ('MIT' is not in 'submit')."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from companion.ground.common_ground import find_common_ground
from companion.ground.post_reading import shown_not_spoken
from companion.ground.starters import _sender_was_there, _you_name_them, known_from_the_profiles, suggest_starters
from companion.models import Profile

NOW = datetime(2026, 12, 7, tzinfo=UTC)


def _suggested(me: Profile, them: Profile):
    return suggest_starters(me, them, find_common_ground(me, them, None), now=NOW)


def _profile(name: str, headline: str, location: str, posts=(), **extra) -> Profile:
    return Profile.model_validate({"name": name, "headline": headline, "location": location, "languages": ["English"],
                                   "posts": [{"text": t, "date": d} for t, d in posts], **extra})


# 1. A family name that is also a word of thanks thanks nobody; the thanks in its set phrases still does.
_NAMED = ["Kwame Asante", "Maria Salamat", "Ingrid Takk"]


@pytest.mark.parametrize("name", _NAMED)
def test_a_name_that_is_a_thanks_word_is_no_thanks(name: str) -> None:
    me = _profile("Ruth Mensah", "Economist at Ecobank", "Accra, Ghana",
                  posts=[(f"Interesting new paper by {name} on inflation expectations and mobile money.", "2026-12-01")])
    them = _profile(name, "Economist at the Bank of Ghana", "Accra, Ghana",
                    posts=[("Spoke at Accra Fintech Week yesterday about inflation expectations.", "2026-11-30")])
    assert not _you_name_them(me, them, NOW)
    assert not _sender_was_there(me, them, them.posts[0])
    assert known_from_the_profiles(me, them, find_common_ground(me, them, None), NOW) is None


@pytest.mark.parametrize(("name", "thanks"), [
    ("Kwame Asante", "Asante sana Kwame Asante for the talk at Accra Fintech Week."),
    ("Maria Salamat", "Maraming salamat po, Maria Salamat, for the talk at Accra Fintech Week."),
    ("Ingrid Takk", "Tusen takk til Ingrid Takk for the talk at Accra Fintech Week."),
    ("Kwame Mensah", "Asante sana Kwame Mensah for the talk at Accra Fintech Week."),
])
def test_a_thanks_in_its_set_phrase_still_thanks(name: str, thanks: str) -> None:
    me = _profile("Ruth Mensah", "Economist at Ecobank", "Accra, Ghana", posts=[(thanks, "2026-12-01")])
    them = _profile(name, "Economist at the Bank of Ghana", "Accra, Ghana",
                    posts=[("Spoke at Accra Fintech Week yesterday about inflation expectations.", "2026-11-30")])
    assert _you_name_them(me, them, NOW)
    assert _sender_was_there(me, them, them.posts[0])


# 2. A presentation, a workshop or a talk with a live demo is a talk: 'I saw you spoke at…', as before mend 53.
_RECRUITER = _profile("Jo Marsh", "Recruiter at Brightpath", "Leeds, England, United Kingdom")


@pytest.mark.parametrize("post", [
    "Gave a presentation at PyData Leeds on calibrating fraud scores, and the live demo even worked.",
    "Presented our fraud scoring work at PyData Leeds yesterday, with a live demo.",
    "Just gave a workshop at PyData Leeds on probabilistic forecasting, with hands-on demos.",
])
def test_a_talk_with_a_live_demo_is_a_talk(post: str) -> None:
    assert shown_not_spoken(post) == ""
    them = _profile("Mia Lund", "Data scientist", "Leeds, England, United Kingdom", posts=[(post, "2026-11-30")])
    made = [s.text for s in _suggested(_RECRUITER, them)]
    assert any("I saw you spoke at PyData Leeds" in t or "your talk" in t for t in made), made


@pytest.mark.parametrize("post", [
    "Presented our poster at the ICML workshop on robustness: great questions all afternoon.",
    "Presented our poster at an ICML workshop on robustness: great questions all afternoon.",
    "Presented our poster presentation at EGU General Assembly, lots of good questions.",
])
def test_a_poster_at_a_workshop_stays_a_poster(post: str) -> None:
    assert shown_not_spoken(post) == "poster"


def test_a_demo_shown_at_a_stand_stays_a_demo() -> None:
    assert shown_not_spoken("Demoed our picking robot at ProMat Chicago all week: the demo never failed once.") == "demo"


# 3. The poster line quotes the post from the poster on, not the thanks to the organisers before it.
def test_the_poster_line_quotes_the_poster_not_the_thanks() -> None:
    post = ("Huge thanks to the Humanoids 2026 organisers for a superb week in Lisbon. Presented our slip-recovery "
            "controller at Humanoids 2026, and thank you to everyone who came by the poster.")
    them = _profile("Mia Lund", "Researcher", "Oslo, Norway", posts=[(post, "2026-11-20")])
    made = [s for s in _suggested(_RECRUITER, them) if "poster" in s.text]
    assert made, [s.text for s in _suggested(_RECRUITER, them)]
    assert all("organisers" not in s.evidence and "Presented our slip-recovery" in s.evidence for s in made), made


# 4. A study buddy sought at the sender's school, named by whole words: 'submit' does not name MIT.
def _asking(post: str) -> tuple[Profile, Profile]:
    me = _profile("Maren Falk", "Bookseller | Studying Physics at MIT", "Boston, Massachusetts, United States",
                  experience=[{"company": "Harvard Book Store", "title": "Bookseller", "start": "2019-03", "end": None}],
                  education=[{"school": "MIT", "degree": "BSc", "field": "Physics", "start": "2024", "end": "2028"}],
                  skills=["Python"])
    them = _profile("Kwame Boateng", "Warehouse team lead | Computing student", "Boston, Massachusetts, United States",
                    posts=[(post, "2026-12-01")], skills=["Python"],
                    experience=[{"company": "DHL", "title": "Warehouse Team Lead", "start": "2018-01", "end": None}],
                    education=[{"school": "Boston University", "degree": "BSc", "field": "Computing", "start": "2023",
                                "end": "2028"}])
    return me, them


def test_a_school_inside_another_word_is_not_named() -> None:
    made = [s.text for s in _suggested(*_asking("Looking for study buddies to submit Python problem sets together in "
                                                "February, anyone?"))]
    assert any("introduce you" in t for t in made), made


def test_a_school_named_as_a_word_is_named() -> None:
    made = [s.text for s in _suggested(*_asking("Looking for MIT study buddies for the Python module in February, anyone?"))]
    assert not any("introduce you" in t for t in made), made
