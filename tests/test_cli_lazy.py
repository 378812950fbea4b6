"""The CLI pays only for what a command uses: `companion --help` and `--version` import no command's module, and
the list of commands in --help, read from companion.cli.COMMANDS, says what each command's own help says."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from companion.cli import COMMANDS, LazyCommands, main

# What `companion --help` must not import: the web server, the parsers, the guard and the normalisation tables.
HEAVY = ("aiohttp", "bs4", "companion.parsers", "companion.guard", "companion.ground.normalise")


def modules_loaded_by(args: list[str], data_dir=None) -> tuple[str, list[str]]:
    """Run `companion ARGS` in a fresh Python; its stdout and the companion and heavy modules it imported."""
    code = (
        "import json, sys\n"
        "from companion.cli import main\n"
        "try:\n"
        f"    main({args!r}, prog_name='companion')\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(json.dumps(sorted(sys.modules)), file=sys.stderr)\n"
    )
    env = {**os.environ, "COMPANION_DATA_DIR": str(data_dir)} if data_dir is not None else None
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    return done.stdout, json.loads(done.stderr.strip().splitlines()[-1])


def heavy_among(modules: list[str], heavy=HEAVY) -> list[str]:
    return [m for m in modules if any(m == h or m.startswith(h + ".") for h in heavy)]


@pytest.mark.parametrize("args", [["--help"], ["-h"], ["--version"]])
def test_help_and_version_import_no_server_parser_guard_or_normalisation(args):
    stdout, modules = modules_loaded_by(args)
    assert stdout.startswith("Usage: companion" if args != ["--version"] else "companion, version")
    assert heavy_among(modules) == []
    assert [m for m in modules if m.startswith("companion.cli.")] == [], "listing the commands imported one"


def test_importing_the_cli_imports_no_command():
    done = subprocess.run(
        [sys.executable, "-c", "import json, sys; from companion.cli import main; print(json.dumps(sorted(sys.modules)))"],
        capture_output=True, text=True, timeout=60,
    )
    modules = json.loads(done.stdout)
    assert heavy_among(modules) == []
    assert [m for m in modules if m.startswith("companion.") and m not in {"companion.cli", "companion.errors"}] == []


@pytest.mark.parametrize("args", [["token"], ["pair", "--json"], ["me", "show"], ["service", "status"], ["people"]])
def test_a_command_that_reads_no_page_loads_neither_server_nor_parser_nor_guard(args, tmp_path):
    _, modules = modules_loaded_by(args, tmp_path / "data")
    assert heavy_among(modules, ("aiohttp", "bs4", "companion.parsers", "companion.guard")) == []


def test_every_command_in_the_table_is_the_command_its_module_defines():
    for name, (where, line) in COMMANDS.items():
        command = LazyCommands(COMMANDS)[name]
        assert isinstance(command, click.Command), f"{where} is not a click command"
        assert command.name == name, f"{where} is named {command.name!r}, listed as {name!r}"
        assert command.help and command.help.strip(), f"`companion {name}` needs a docstring"
        assert line == command.get_short_help_str(10**6), (
            f"COMMANDS[{name!r}]'s line drifted from the first sentence of {where}'s docstring: make it "
            f"{command.get_short_help_str(10**6)!r}"
        )


@pytest.mark.parametrize("width", [40, 80, 120, 200])
def test_help_lists_every_command_as_it_would_with_every_command_loaded(width, monkeypatch):
    runner = CliRunner()
    monkeypatch.setattr(main, "commands", LazyCommands(COMMANDS))  # none loaded yet
    lazily = runner.invoke(main, ["--help"], terminal_width=width)
    assert main.commands.loaded == {}, "--help imported a command"
    loaded = dict(main.commands.items())
    assert sorted(loaded) == sorted(COMMANDS)
    eagerly = runner.invoke(main, ["--help"], terminal_width=width)
    assert lazily.exit_code == eagerly.exit_code == 0, lazily.output
    assert lazily.output == eagerly.output


def test_every_command_appears_in_help_with_its_line():
    result = CliRunner().invoke(main, ["--help"], terminal_width=400)
    assert result.exit_code == 0, result.output
    listed = dict(line.split(None, 1) for line in result.output.split("Commands:\n", 1)[1].splitlines() if line.strip())
    assert set(listed) == set(COMMANDS)
    for name, (_, line) in COMMANDS.items():
        assert listed[name] == line


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_answers_its_own_help(name):
    result = CliRunner().invoke(main, [name, "--help"], prog_name="companion")
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"Usage: companion {name} ")


@pytest.mark.skipif(not hasattr(click.exceptions, "NoSuchCommand"), reason="click < 8.4 suggests no command")
def test_a_mistyped_command_is_matched_against_commands_not_loaded_yet(monkeypatch):
    monkeypatch.setattr(main, "commands", LazyCommands(COMMANDS))
    result = CliRunner().invoke(main, ["peple"])
    assert result.exit_code == 2
    assert "No such command 'peple'. Did you mean 'people'?" in result.output
    assert main.commands.loaded == {}


def test_an_unknown_command_is_a_usage_error():
    result = CliRunner().invoke(main, ["no-such-thing"])
    assert result.exit_code == 2
    assert "No such command 'no-such-thing'." in result.output


def test_a_command_error_is_still_one_sentence_and_status_1(data_dir):
    result = CliRunner().invoke(main, ["show", "nobody-at-all"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and "Traceback" not in result.output


def test_lazy_commands_behave_as_a_mapping():
    commands = LazyCommands(COMMANDS)
    assert "people" in commands and "nobody" not in commands and commands.loaded == {}
    assert len(commands) == len(COMMANDS) and sorted(commands) == sorted(COMMANDS)
    assert commands.get("nobody") is None
    extra = click.Command("extra", help="An extra command.")
    commands["extra"] = extra
    assert commands["extra"] is extra and len(commands) == len(COMMANDS) + 1
    del commands["people"]
    assert "people" not in commands and "people" in COMMANDS
