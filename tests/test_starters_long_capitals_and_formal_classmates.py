"""Starters on odd posts and people: a run of capitals in a long post makes no stall (a name's words are split only
at whitespace), and a classmate's greeting is never said formally."""

from __future__ import annotations

import time

from starter_examples import LEEDS_ANALYST, job, person, texts

from companion.ground.starters import _TALK_EVENT


def _quick(post: str) -> str | None:
    start = time.perf_counter()
    said = LEEDS_ANALYST.post_starter(post)
    assert time.perf_counter() - start < 1, post[:40]  # a stall guard, not a speed target
    return said


def test_a_run_of_capitals_in_a_long_post_makes_no_stall():
    LEEDS_ANALYST.post_starter("Today we launched the Wren pantry app publicly.")  # patterns compiled, tables loaded
    _quick("A" * 20_000)
    _quick("Thanks to my " + "A" * 5_000)
    assert _quick("Today we launched the Wren pantry app publicly. Thanks to my " + "A" * 5_000) == (
        "Hi Amara, congratulations on launching the Wren pantry app! What was the hardest part to get right?")
    start = time.perf_counter()
    assert _TALK_EVENT.search("Thanks to my " + "A" * 5_000) is None
    assert time.perf_counter() - start < 1


def test_names_of_talks_are_still_read_word_by_word():
    assert _TALK_EVENT.search("Slides from my EuroPython 2024 talk are up").group(1) == "EuroPython 2024"
    found = _TALK_EVENT.search("Spoke at the Women in Data Science conference.")
    assert found.group(2) == "the Women in Data Science"


def test_a_classmate_whose_work_is_asked_about_is_never_greeted_formally():
    me = person(name="Ruth Okoye", headline="Junior designer at Kestrel", location="Vancouver, Canada",
                experience=[job("Kestrel", "Junior designer", "2024-01")],
                education=[{"school": "Simon Fraser University", "degree": "BDes", "start": "2012", "end": "2016"}])
    them = person(name="Prof. Ethan Park", headline="Professor of Mechatronics", location="Vancouver, Canada",
                  experience=[job("University of British Columbia", "Professor", "2018-03")],
                  education=[{"school": "Simon Fraser University", "degree": "BASc", "start": "2012", "end": "2016"}])
    found = texts(me, them)
    assert not any("class of 2016" in t for t in found), found
