"""`companion guard strictness` reads its level once, with the settings' own validator: the values `check
--strictness` takes, and one sentence for anything else."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from companion.cli import main

THANKS = "Thanks so much for the talk yesterday, it was great."


def strictness(data_dir, level: str):
    return CliRunner().invoke(main, ["guard", "strictness", "--data-dir", str(data_dir), "--", level])


def check(data_dir, level: str):
    return CliRunner().invoke(main, ["check", "--stage", "new", "--json", "--strictness", level,
                                     "--data-dir", str(data_dir)], input=THANKS)


@pytest.mark.parametrize("level", ["extreme", "1.5", "-0.1", "", "   ", "nan", "inf", "1e999", "9" * 400, "0x1"])
def test_a_bad_level_is_one_sentence_and_a_usage_error_before_any_store_is_opened(tmp_path, level):
    data_dir = tmp_path / "never-made"
    result = strictness(data_dir, level)
    assert result.exit_code == 2, result.output
    error = result.stderr.strip().splitlines()[-1]
    assert error.endswith("is not relaxed, normal, strict or a number from 0 to 1."), error
    assert error.count(". ") == 0 and "Traceback" not in result.stderr
    assert not data_dir.exists()  # nothing saved, nothing created


def test_huge_digits_are_quoted_short_not_whole(tmp_path):
    error = strictness(tmp_path, "9" * 400).stderr
    assert "9" * 41 not in error and "(400 characters)" in error


@pytest.mark.parametrize("level", ["relaxed", " Strict ", "balanced", "0", "1", "0.35", "extreme", "nan", "2"])
def test_guard_strictness_takes_exactly_what_check_strictness_takes(data_dir, level):
    assert (strictness(data_dir, level).exit_code == 0) == (check(data_dir, level).exit_code == 0)


def test_the_old_name_balanced_is_read_as_normal_as_check_reads_it(data_dir):
    result = strictness(data_dir, "balanced")
    assert result.exit_code == 0, result.output
    assert "The guard is now normal." in result.stdout
    shown = json.loads(CliRunner().invoke(main, ["guard", "--json", "--data-dir", str(data_dir)]).stdout)
    assert shown["strictness"] == "normal"


def test_a_number_that_is_a_named_level_is_said_by_its_name(data_dir):
    assert "The guard is now relaxed." in strictness(data_dir, "0.2").stdout
    between = strictness(data_dir, "0.65").stdout
    assert "strictness is now 0.65 (nearest named level: " in between
