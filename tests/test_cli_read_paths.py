"""Every read command answers the same whichever path serves it: the companion running on the data dir (asked
over loopback), or the store read by the command itself. Output, --json, exit status and errors are compared
byte for byte; a companion that cannot serve (wrong token, stale server.json, silent port, other version) is
passed over silently and quickly."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from memory_helpers import capture

from companion.cli import main
from companion.memory.me import set_me
from companion.models import Profile
from companion.storage.data_dir import server_port_file

DRAFT = ("Hi Jane, loved your talk on payments. We help teams like yours cut fraud by 40% with our platform; "
         "can I book a quick 15-minute demo this week? Here is my calendar: https://calendly.com/x/15min\n")

# (arguments, stdin) of every read command, with the errors they can meet.
READS: list[tuple[list[str], str | None]] = [
    (["people"], None),
    (["people", "--json"], None),
    (["people", "--limit", "3"], None),
    (["people", "--limit", "0", "--json"], None),
    (["people", "--sort", "strength", "--json"], None),
    (["people", "--sort", "last-contact"], None),
    (["people", "--sort", "added", "--limit", "5", "--json"], None),
    (["people", "--sort", "tier", "--json"], None),
    (["people", "--site", "x"], None),
    (["people", "--tag", "pycon", "--json"], None),
    (["people", "--search", "stripe", "--json"], None),
    (["people", "--search", "nobody at all"], None),
    (["show", "quillfeather"], None),
    (["show", "quillfeather", "--json"], None),
    (["show", "https://www.linkedin.com/in/bob-roe/"], None),
    (["show", "X account 4242"], None),
    (["show", "nobody-at-all"], None),
    (["show", "j"], None),  # ambiguous: the candidates are listed
    (["show", ""], None),
    (["starters", "quillfeather"], None),
    (["starters", "bob roe", "--json"], None),
    (["starters", "nobody-at-all"], None),
    (["followups"], None),
    (["followups", "--json"], None),
    (["commitments"], None),
    (["commitments", "--all", "--json"], None),
    (["check"], DRAFT),
    (["check", "--json", "--to", "quillfeather"], DRAFT),
    (["check", "--to", "someone unknown"], DRAFT),
    (["check", "--stage", "close", "--strictness", "strict", "--json"], DRAFT),
    (["check", "--strictness", "bogus"], DRAFT),
    (["check"], "   \n"),
]


@pytest.fixture
def world(store, tmp_path: Path) -> dict:
    """The memory tests' world, an X account known only by its number, and your own profile."""
    from memory_world import build_world

    people = build_world(store, tmp_path)
    numbered = capture(store, "", "ignored")
    numbered.update(profiles={"x": {"site": "x", "url": None, "name": None, "handle": None}}, keys=["x-id:4242"])
    store.save_person(numbered)
    set_me(store, Profile(site="linkedin", url="https://www.linkedin.com/in/me", name="Me Myself",
                          experience=[{"company": "Stripe", "title": "Engineer"}], location="Lisbon, Portugal",
                          skills=["Python", "Payments"]))
    return people


def run(args: list[str], stdin: str | None, data_dir: Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [*args, "--data-dir", str(data_dir)], input=stdin)
    return result.exit_code, result.stdout, result.stderr


def served_by(client, data_dir: Path) -> None:
    """Point the data dir's server.json at the in-process companion, as `companion serve` does."""
    server_port_file(data_dir).write_text(json.dumps({"pid": os.getpid(), "host": "127.0.0.1",
                                                      "port": client.server.port}))


def direct_path_taken(monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("the store was read by the command, not by the companion")

    monkeypatch.setattr("companion.cli.options.open_store", refuse)


async def test_every_read_command_answers_the_same_with_and_without_a_companion(world, data_dir, client, monkeypatch):
    direct = {i: run(args, stdin, data_dir) for i, (args, stdin) in enumerate(READS)}
    served_by(client, data_dir)
    with monkeypatch.context() as patched:
        direct_path_taken(patched)
        served = {i: await asyncio.to_thread(run, args, stdin, data_dir) for i, (args, stdin) in enumerate(READS)}
    for i, (args, _) in enumerate(READS):
        assert served[i] == direct[i], f"`companion {' '.join(args)}` answered differently through the companion"
    # What the comparison covers: answers, --json, the command's errors (1) and a usage error (2).
    assert {code for code, _, _ in direct.values()} == {0, 1, 2}
    assert "Jane Quillfeather" in direct[READS.index((["show", "quillfeather"], None))][1]
    assert "X account 4242" in direct[READS.index((["people", "--site", "x"], None))][1]
    assert "matches" in direct[READS.index((["show", "j"], None))][2]
    assert "is not in your Rapport" in direct[READS.index((["check", "--to", "someone unknown"], DRAFT))][2]


@pytest.fixture
def answered_directly(world, data_dir):
    """What each of a few read commands prints when no companion runs."""
    cases = [(["people", "--json"], None), (["show", "quillfeather"], None), (["check", "--json"], DRAFT)]
    return [(args, stdin, run(args, stdin, data_dir)) for args, stdin in cases]


def _same_quickly(answered_directly, data_dir, within: float) -> None:
    for args, stdin, expected in answered_directly:
        started = time.monotonic()
        assert run(args, stdin, data_dir) == expected
        assert time.monotonic() - started < within, f"`companion {' '.join(args)}` waited on an absent companion"


async def test_a_companion_that_refuses_the_token_is_passed_over(answered_directly, data_dir, client, monkeypatch):
    served_by(client, data_dir)
    monkeypatch.setattr("companion.cli.read_answers._token", lambda data_dir: "not-the-token")
    await asyncio.to_thread(_same_quickly, answered_directly, data_dir, 30)


async def test_a_companion_of_another_version_is_passed_over(answered_directly, data_dir, client, monkeypatch):
    served_by(client, data_dir)
    monkeypatch.setattr("companion.cli.read_answers.__version__", "0.0.0-other")
    await asyncio.to_thread(_same_quickly, answered_directly, data_dir, 30)


def test_a_stale_server_json_is_passed_over(answered_directly, data_dir):
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    for pid in (gone.pid, os.getpid()):  # a process that has ended; a live one whose port nobody holds
        server_port_file(data_dir).write_text(json.dumps({"pid": pid, "host": "127.0.0.1", "port": port}))
        _same_quickly(answered_directly, data_dir, 30)


def test_a_port_that_never_answers_costs_a_short_timeout_not_a_hang(answered_directly, data_dir, monkeypatch):
    from companion.cli.read_answers import HEALTH_SECONDS

    monkeypatch.setattr("companion.cli.read_answers.ANSWER_SECONDS", 120.0)  # only a live companion gets long
    with socket.socket() as silent:  # accepts connections (the kernel does) and never says a word
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        server_port_file(data_dir).write_text(json.dumps({"pid": os.getpid(), "host": "127.0.0.1",
                                                          "port": silent.getsockname()[1]}))
        _same_quickly(answered_directly, data_dir, HEALTH_SECONDS + 20)


def test_a_non_loopback_address_in_server_json_is_never_asked(answered_directly, data_dir, monkeypatch):
    asked = []
    monkeypatch.setattr("http.client.HTTPConnection.connect", lambda self: asked.append(self.host))
    server_port_file(data_dir).write_text(json.dumps({"pid": os.getpid(), "host": "192.0.2.1", "port": 8765}))
    _same_quickly(answered_directly, data_dir, 30)
    assert asked == []


async def test_an_argument_no_utf_8_can_carry_is_answered_by_the_command_itself(world, data_dir, client):
    direct = run(["show", "p-\udcff"], None, data_dir)
    served_by(client, data_dir)
    assert await asyncio.to_thread(run, ["show", "p-\udcff"], None, data_dir) == direct
    assert direct[0] == 1 and direct[2].startswith("Error: ") and "Traceback" not in direct[2]


def test_the_choices_written_out_in_the_cli_are_the_memorys_own():
    from typing import get_args

    from companion.api.routes import CliQuery
    from companion.cli import guard_commands, memory_commands
    from companion.memory import answers, exporters, followups
    from companion.models import STAGES

    assert memory_commands.SORTS == answers.SORTS == get_args(CliQuery.model_fields["sort"].annotation)
    assert memory_commands.CIRCLE_CHOICES == followups.CIRCLE_CHOICES
    assert memory_commands.FORMATS == tuple(exporters.FORMATS)
    assert guard_commands.STAGES == tuple(STAGES)


LOADED_BY = """
import json, sys
from companion.cli import main
try:
    main(sys.argv[1:], prog_name="companion")
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


@pytest.mark.parametrize("args", [["people"], ["show", "quillfeather"], ["starters", "bob roe"], ["followups"],
                                  ["commitments"], ["check", "--to", "quillfeather"]])
async def test_a_command_a_companion_answers_imports_neither_models_nor_memory(args, world, data_dir, client):
    served_by(client, data_dir)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", LOADED_BY, *args, "--data-dir", str(data_dir), stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    stdout, stderr = await asyncio.wait_for(process.communicate(DRAFT.encode()), 60)
    modules = json.loads(stderr.decode().strip().splitlines()[-1])
    assert process.returncode == 0 and stdout
    heavy = ("pydantic", "companion.models", "companion.memory", "companion.ground", "companion.guard", "aiohttp", "bs4")
    assert [m for m in modules if m.startswith(heavy)] == []


async def test_the_cli_routes_need_the_token_and_answer_errors_in_the_one_shape(world, client, auth):
    assert (await client.get("/v1/cli/people")).status == 401
    answer = await client.get("/v1/cli/people", params={"limit": "2", "sort": "strength"}, headers=auth)
    assert answer.status == 200 and len((await answer.json())["people"]) == 2
    for path, params, status in [("/v1/cli/people", {"limit": "-1"}, 422), ("/v1/cli/people", {"sort": "x"}, 422),
                                 ("/v1/cli/show", {"person": "nobody-at-all"}, 404), ("/v1/cli/show", {"person": "j"}, 409)]:
        response = await client.get(path, params=params, headers=auth)
        body = await response.json()
        assert response.status == status and set(body) == {"ok", "error", "status"} and body["status"] == status
    bad = await client.post("/v1/cli/check", json={"text": "hi", "strictness": "bogus"}, headers=auth)
    assert bad.status == 400 and "a number from 0 to 1" in (await bad.json())["error"]
