"""Round 27: hostile abouts, names and listed interests are read in linear time (each bound is generous: the
quadratic readings took from 14 s to minutes)."""

from __future__ import annotations

import time

import pytest

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise.companies import joined_organisations
from companion.ground.normalise.phrases import written_about
from companion.models import Profile


def _seconds(call, *args) -> float:
    started = time.perf_counter()
    call(*args)
    return time.perf_counter() - started


@pytest.mark.parametrize("about", [
    "yazı " + "a " * 9990,  # Turkish subject, lazy and unbounded: 32 s
    "에 " + "a " * 9990,  # Korean: 34 s
    "について" + "あ" * 20000,  # Japanese subject, greedy and unbounded
    ("пишу о " * 3000)[:20000],  # a cue every few characters, each reading the rest of the text: 47 s
    "writes about " * 1600,  # 14.5 s
])
def test_what_someone_writes_about_is_read_in_linear_time(about):
    written_about("warm up")
    assert _seconds(written_about, about) < 2


def test_subjects_are_still_read_after_a_cue():
    assert written_about("I write about distributed systems, chess and climbing. Other things.") == [
        "distributed systems", "chess", "climbing"]
    assert written_about("Dağıtık sistemler üzerine yazıyorum") == ["Dağıtık sistemler"]
    assert written_about("코딩에 대해 글을 씁니다") == ["코딩"]
    # a subject cut short by the window is left out, not read as half a subject
    assert written_about("I write about chess, " + "very " * 100 + "long things") == ["chess"]


def test_a_name_of_spaces_is_split_in_linear_time():
    assert _seconds(joined_organisations, "A" + " " * 40000 + "b") < 2  # 127 s
    assert joined_organisations("MRC/UVRI & LSHTM Uganda Research Unit")[:2] == ["MRC", "UVRI"]


def test_a_listed_interest_of_thousands_of_words_is_read_in_linear_time():
    find_common_ground(Profile(name="Warm Up", interests=["cycling"]), Profile(name="Up Warm", interests=["cycling"]))
    me = Profile(name="Ana Lima", interests=["Road " * 4000 + "cycling"])
    them = Profile(name="Bo Chen", interests=["Mountain biking"])
    assert _seconds(find_common_ground, me, them) < 4  # 256 s
