"""`companion show` says what the panel says (newcomer 9, C4 and W3): the promises kept lately, which are the next
message's subject, and with no starter the rule that decided (PersonView.why_no_starters), never a silent card."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from click.testing import CliRunner

from companion.cli import main, memory_commands
from companion.cli.read_answers import Answer
from companion.memory import followups
from companion.memory.commitments import add_commitment, close_commitment, drop_commitment
from companion.memory.me import set_me
from companion.memory.people import upsert_profile
from companion.models import Profile
from companion.storage.store import Store

NOW = datetime.now(UTC)  # the command reads the real clock: days are counted from it
ME = Profile(site="linkedin", url="https://www.linkedin.com/in/julian-amelung", name="Julian Amelung",
             headline="Data scientist", location="Berlin, Germany", skills=["Machine Learning"], languages=["English"])


def _person(store: Store, slug: str, name: str) -> str:
    profile = Profile(site="linkedin", url=f"https://www.linkedin.com/in/{slug}", name=name, handle=slug,
                      headline="Engineer", location="London, United Kingdom", languages=["English"])
    return upsert_profile(store, profile, NOW - timedelta(days=60))["id"]


@pytest.fixture
def run(data_dir):
    def invoke(*args):
        result = CliRunner().invoke(main, [*args, "--data-dir", str(data_dir)], terminal_width=200)
        assert result.exit_code == 0, (result.output, result.stderr)
        return result.stdout

    return invoke


def test_show_lists_the_promises_kept_lately_latest_first_and_not_older_or_let_go_ones(data_dir, run):
    with Store(data_dir) as store:
        dulitha = _person(store, "dulitha", "Dulitha Perera")
        for text, kept_days_ago in (("Intro to Sri", 5), ("AWS cost checklist", 2), ("Old deck", 40)):
            promise = add_commitment(store, dulitha, text, now=NOW - timedelta(days=50))
            close_commitment(store, promise.id, now=NOW - timedelta(days=kept_days_ago))
        dropped = add_commitment(store, dulitha, "Lunch in March", now=NOW - timedelta(days=50))
        drop_commitment(store, dropped.id, now=NOW - timedelta(days=1))
    shown = run("show", "dulitha")
    assert "Kept lately" in shown
    kept = shown[shown.index("Kept lately"):]
    assert kept.index("AWS cost checklist") < kept.index("Intro to Sri"), "latest first"
    assert "(kept 5 days ago)" in kept and "(kept 2 days ago)" in kept
    assert "Old deck" not in shown and "Lunch in March" not in shown


def test_show_has_no_kept_heading_without_a_promise_kept_lately(data_dir, run):
    with Store(data_dir) as store:
        _person(store, "nelson", "Nelson Correia")
    assert "Kept lately" not in run("show", "nelson")


def test_a_hand_edited_kept_date_is_left_out_not_a_crash():
    promises = [Answer({"id": 1, "text": "x", "done_at": "soon", "dropped_at": None}),
                Answer({"id": 2, "text": "y", "done_at": NOW.isoformat(), "dropped_at": None})]
    assert [c.id for c in memory_commands._kept_lately(promises, NOW.date())] == [2]


def test_the_command_lines_kept_lately_is_the_memorys():
    assert memory_commands.KEPT_LATELY_DAYS == followups.KEPT_LATELY_DAYS


def test_show_says_why_there_is_no_starter(data_dir, run):
    with Store(data_dir) as store:
        set_me(store, ME)
        _person(store, "wang-wei", "王伟")
    shown = run("show", "wang-wei")
    assert "No starters: their name is written only in Chinese characters (王伟)" in shown


def test_show_says_what_starters_says_when_no_rule_decided(data_dir, run):
    """Newcomer 10, C3: `show Eduardo` printed no starter line at all where `starters` and the panel explain."""
    with Store(data_dir) as store:
        set_me(store, ME)
        _person(store, "eduardo", "Eduardo Reyes")
    shown = run("show", "eduardo")
    said = run("starters", "eduardo")
    assert "No starters yet: nothing you share with them makes a good opener" in shown  # English, uncounted
    line = next(text for text in said.splitlines() if text.startswith("No starters"))
    assert line in shown, "the same sentence from both commands"


def test_show_without_your_profile_says_it_is_needed(data_dir, run):
    with Store(data_dir) as store:
        _person(store, "eduardo", "Eduardo Reyes")
    shown = run("show", "eduardo")
    # `show` prints no tip of its own: the line names the command rather than pointing at a tip above.
    assert "what you share is found once your own profile is set (`companion me set FILE`)" in shown
