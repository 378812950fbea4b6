"""`companion check`: reads a draft on stdin, prints the verdict; exit 0 for any verdict, 1 for errors."""

from __future__ import annotations

import importlib.util
import json

import pytest
from click.testing import CliRunner

from companion.cli import main
from companion.models import Verdict

PITCH = ("Hi Rob, we help B2B teams triple their reply rates. Do you have 15 minutes on Thursday for a quick demo? "
         "Book here: calendly.com/leadsy/demo")
THANKS = "Thanks for the intro to Jonas, we had a lovely coffee yesterday."

needs_memory = pytest.mark.skipif(
    importlib.util.find_spec("companion.memory.people") is None or importlib.util.find_spec("companion.memory.tie_strength") is None,
    reason="companion.memory.people / companion.memory.tie_strength (the relationship memory) are not there yet",
)


def run(args: list[str], text: str, data_dir) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["check", "--data-dir", str(data_dir), *args], input=text)
    return result.exit_code, result.stdout, result.stderr


def test_check_has_help_that_teaches():
    result = CliRunner().invoke(main, ["check", "--help"])
    assert result.exit_code == 0, result.output
    assert "stdin" in result.output and "--stage" in result.output and "--to" in result.output


def test_pitch_to_a_new_connection_is_blocked_and_the_exit_status_is_still_0(data_dir):
    code, out, _ = run(["--stage", "new", "--json"], PITCH, data_dir)
    assert code == 0, out
    verdict = Verdict.model_validate(json.loads(out))
    assert verdict.verdict == "block" and verdict.stage == "new"
    assert "calendly.com/leadsy/demo" in [PITCH[r.start:r.end] for r in verdict.reasons]


def test_the_rich_output_shows_the_verdict_the_reasons_and_the_suggestions(data_dir):
    code, out, _ = run(["--stage", "stranger"], PITCH, data_dir)
    assert code == 0, out
    assert "block" in out and "calendly.com/leadsy/demo" in out and "Instead:" in out and "[calendar-link]" in out


def test_a_genuine_message_is_ok_and_the_default_stage_is_stranger(data_dir):
    code, out, _ = run(["--json"], THANKS, data_dir)
    assert code == 0
    verdict = json.loads(out)
    assert verdict["verdict"] == "ok" and verdict["stage"] == "stranger" and verdict["reasons"] == []


def test_saved_guard_settings_are_used_and_strictness_can_be_overridden(data_dir):
    from companion.cli.options import open_store

    with open_store(data_dir) as store:
        store.set_setting("guard", {"disabled_rules": ["calendar-link", "sales-call", "we-help", "wording",
                                                       "numeric-promise", "link", "ask-too-big"]})
    _, out, _ = run(["--stage", "new", "--json"], PITCH, data_dir)
    assert json.loads(out)["verdict"] == "ok"


def test_strictness_can_be_overridden_on_the_command_line(data_dir):
    from companion.cli.options import open_store
    from companion.guard.pitch_guard import STRICTNESS_LEVELS, GuardSettings, check_draft

    # A booking link alone, judged by the rules only: a draft where strictness decides.
    borderline = "Hi Eva, pick any slot that suits you: calendly.com/eva-parker/intro"
    with open_store(data_dir) as store:
        store.set_setting("guard", {"disabled_rules": ["wording"]})
    by_level = {level: check_draft(borderline, "stranger",
                                   settings=GuardSettings(strictness=level, disabled_rules={"wording"})).verdict
                for level in STRICTNESS_LEVELS}
    assert len(set(by_level.values())) > 1, by_level
    for level, expected in by_level.items():
        _, out, _ = run(["--json", "--strictness", level], borderline, data_dir)
        assert json.loads(out)["verdict"] == expected, level
        _, out, _ = run(["--json", "--strictness", str(STRICTNESS_LEVELS[level])], borderline, data_dir)
        assert json.loads(out)["verdict"] == expected, level


def test_empty_stdin_is_an_error_with_a_sentence(data_dir):
    code, _, err = run([], "   \n", data_dir)
    assert code == 1
    assert err.startswith("Error: ") and "stdin" in err and "Traceback" not in err


def test_a_bad_stage_or_strictness_is_a_usage_error(data_dir):
    assert run(["--stage", "bestie"], THANKS, data_dir)[0] == 2
    assert run(["--strictness", "very"], THANKS, data_dir)[0] == 2


@needs_memory
def test_an_unknown_recipient_counts_as_a_stranger(data_dir):
    code, out, err = run(["--to", "Nobody McNoone", "--json"], PITCH, data_dir)
    assert code == 0, err
    assert json.loads(out)["stage"] == "stranger" and json.loads(out)["verdict"] == "block"
    assert "stranger" in err


@needs_memory
def test_a_known_recipient_gives_the_stage_from_the_tie(data_dir):
    from companion.cli.options import open_store
    from companion.memory.interactions import log_interaction
    from companion.memory.people import upsert_profile
    from companion.memory.tie_strength import stage_of
    from companion.models import Profile

    with open_store(data_dir) as store:
        doc = upsert_profile(store, Profile(site="linkedin", url="https://www.linkedin.com/in/ada-lovelace",
                                            name="Ada Lovelace", headline="Engineer"))
        for days in (3, 20, 45, 80, 120, 200, 300):
            log_interaction(store, doc["id"], "in-person", at=f"{days} days ago")
            log_interaction(store, doc["id"], "phone-call", at=f"{days + 1} days ago")
        stage = stage_of(store.get_person(doc["id"]))
    assert stage in ("friend", "close")

    code, out, err = run(["--to", "Ada Lovelace", "--json"], PITCH, data_dir)
    assert code == 0, err
    verdict = json.loads(out)
    assert verdict["stage"] == stage and verdict["verdict"] == "warn"

    code, out, _ = run(["--to", "ada-lovelace", "--stage", "new", "--json"], PITCH, data_dir)
    assert json.loads(out)["stage"] == "new" and json.loads(out)["verdict"] == "block"
