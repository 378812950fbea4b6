"""Newcomer findings F14, F15, F16, P1 and P12 (round 6): `people` and `match` readable at 80 columns and when
piped; the tier's number is the number of things listed as counted, the rest marked; one person's common
ground said in the same words by every command."""

from __future__ import annotations

import io
import json
import re

from click.testing import CliRunner
from memory_helpers import capture
from rich.console import Console

from companion.cli import main
from companion.cli.read_answers import Answer
from companion.models import Commonality, CommonGround
from companion.storage.store import Store

NAMES = ["Sri Lalitha Jeevanige", "Kekayan Nanthakumar", "Dulitha Wijewantha", "Nelson Kenneth Correia"]


def run(data_dir, *args):
    return CliRunner().invoke(main, [*args, "--data-dir", str(data_dir)])


def _rows(count: int = 4) -> list[Answer]:
    return [Answer(name=name, sites=["linkedin", "x"], tier="none", strength=0.37, stage="acquaintance",
                   last_contact=None, person_id=f"p-{i:012d}") for i, name in enumerate(NAMES[:count])]


def _drawn(renderable, width: int) -> str:
    out = io.StringIO()
    Console(file=out, width=width, color_system=None).print(renderable)
    return out.getvalue()


def test_people_at_80_columns_keeps_names_whole_and_headers_unbroken():
    from companion.cli.memory_commands import _people_table

    drawn = _drawn(_people_table(_rows(), 4, narrow=True), 80)
    assert max(len(line) for line in drawn.splitlines()) <= 80
    for name in ("Sri Lalitha", "Kekayan Nanthakumar", "Dulitha Wijewantha", "Nelson Kenneth"):
        assert name in drawn, drawn  # a whole word is never cut into pieces
    assert "common ground" in drawn and "last contact" in drawn, drawn
    assert "p-000000000000" in drawn and "acquaintance" in drawn


def test_people_piped_is_one_line_a_person_and_not_150_columns(data_dir):
    with Store(data_dir) as store:
        for name in NAMES:
            capture(store, name, name.lower().replace(" ", "-"))
    table = run(data_dir, "people").stdout
    rows = [line for line in table.splitlines() if line.strip().startswith(tuple(NAMES))]
    assert len(rows) == len(NAMES) and all("linkedin" in row and "p-" in row for row in rows), table
    assert max(len(line.rstrip()) for line in table.splitlines()) <= 110, table


def _commonality(label: str, counted: bool = True, why: str | None = None) -> Commonality:
    return Commonality(kind="skill", label=label, weight=0.5 if counted else 0.1, mine=label, theirs=label,
                       counted=counted, why=why or f"You both list {label} as a skill, and few people share it, so "
                                                   "it stands out among the people you know.")


GROUND = CommonGround(tier="small-world", score=1.2, commonalities=[
    _commonality("Beekeeping"), _commonality("Esperanto"),
    _commonality("English", counted=False, why="You both speak English. 45% of your contacts share it, so it is "
                                               "not counted."),
])


def test_match_at_80_columns_wraps_why_under_each_thing_not_a_word_a_line():
    from companion.cli.ground_commands import _ground_list

    drawn = _drawn(_ground_list(GROUND), 80)
    assert len(drawn.splitlines()) <= 10, drawn  # two things of four lines, the commonplace ones under a line
    assert "stands out among the people you know" in " ".join(drawn.split())


def test_the_number_in_the_tier_is_the_number_of_things_listed_as_counted():
    from companion.cli.ground_commands import _ground_list, headline

    assert headline(GROUND) == "Small world. 2 things in common"
    drawn = _drawn(_ground_list(GROUND), 80)
    assert re.findall(r"^\s*(\d+)\.", drawn, re.M) == ["1", "2"]
    assert "not in the count" in drawn and "English (skill): 45% of your contacts share it" in drawn


def test_the_card_lists_the_counted_things_and_marks_the_others(data_dir):
    from companion.cli.memory_commands import _print_commonalities

    out = io.StringIO()
    _print_commonalities(Console(file=out, width=80, color_system=None), GROUND.commonalities)
    printed = out.getvalue()
    assert printed.count("•") == 2
    assert "also shared, not in the count: skill: English (45% of your contacts share it)" in printed


def test_one_persons_common_ground_is_said_in_the_same_words_by_people_show_and_starters(data_dir):
    from companion.memory.me import set_me
    from companion.models import Profile

    with Store(data_dir) as store:
        set_me(store, Profile(site="linkedin", url="https://www.linkedin.com/in/me", name="Me Myself",
                              experience=[{"company": "Gantry", "title": "Engineer"}]))
        capture(store, "Kireet Agrawal", "kireet", company="Gantry")
    listed = json.loads(run(data_dir, "people", "--json").stdout)["people"][0]
    from companion.cli.ground_commands import tier_words

    words = tier_words(listed["tier"])
    assert words in run(data_dir, "people").stdout
    assert f"Common ground · {words}" in run(data_dir, "show", "Kireet").stdout
    assert f"Kireet Agrawal: {words}" in run(data_dir, "starters", "Kireet").stdout


def test_a_sentence_piped_is_one_line_not_cut_at_80_columns(data_dir):
    with Store(data_dir) as store:
        capture(store, "Ana Lima", "ana-lima")
    said = run(data_dir, "starters", "Ana").stdout
    assert any(line.startswith("No starters yet") and line.rstrip().endswith("yet.") for line in said.splitlines()), said
