"""Newcomer findings F23, F24 and F25 (round 6): a mistyped data dir is said, not answered as an empty Rapport;
import and doctor counts that add up; API errors a person can act on."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from memory_helpers import capture

from companion.cli import main
from companion.storage.store import Store

READ_COMMANDS = [["people"], ["show", "Ana"], ["starters", "Ana"], ["followups"], ["commitments"], ["me", "show"],
                 ["intros"], ["export"], ["tie-weights"], ["merge", "--suggest"], ["forget", "Ana", "--yes"]]


def run(*args, stdin=None):
    return CliRunner().invoke(main, list(args), input=stdin)


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: " ".join(c))
def test_a_command_that_only_reads_says_a_missing_data_dir_does_not_exist_and_does_not_create_it(tmp_path, command):
    missing = tmp_path / "nonexistent" / "deeper"
    result = run(*command, "--data-dir", str(missing))
    assert result.exit_code == 1, result.output
    assert f"The data dir {missing} (from --data-dir) does not exist" in result.output
    assert not missing.exists() and not missing.parent.exists()


def test_the_variable_is_named_when_it_chose_the_missing_folder(tmp_path, monkeypatch):
    missing = tmp_path / "typo"
    monkeypatch.setenv("COMPANION_DATA_DIR", str(missing))
    result = run("people")
    assert result.exit_code == 1 and "(from $COMPANION_DATA_DIR) does not exist" in result.output
    assert "No one here yet" not in result.output and not missing.exists()


def test_the_default_folder_missing_is_a_first_run_said_as_such(tmp_path, monkeypatch):
    monkeypatch.delenv("COMPANION_DATA_DIR", raising=False)
    monkeypatch.setattr("platformdirs.user_data_dir", lambda *a, **k: str(tmp_path / "default"))
    result = run("people")
    # A first run is an empty Rapport, said as the empty list says it, not an error (nor a typo warning)
    assert result.exit_code == 0 and "No one here yet" in result.output and "does not exist" not in result.output
    assert not (tmp_path / "default").exists()


def test_the_guard_checks_with_its_defaults_and_says_the_folder_is_missing(tmp_path):
    missing = tmp_path / "typo"
    result = run("check", "--data-dir", str(missing), stdin="We help companies like yours. Book a demo today!")
    assert result.exit_code == 0, result.output
    assert f"the data dir {missing} does not exist" in result.output and "(block)" in result.output
    assert not missing.exists()


def test_a_command_that_writes_creates_the_folder_and_says_so(tmp_path):
    other = tmp_path / "other"
    token = CliRunner().invoke(main, ["token", "--data-dir", str(other)])
    assert token.exit_code == 0 and len(token.stdout.strip()) >= 32  # stdout stays the token alone
    assert f"created a new data dir at {other}" in token.output and other.is_dir()
    # One that writes to someone already stored finds no one in a folder not there: refused, never created (review B).
    new = tmp_path / "new"
    result = run("note", "Nobody", "hello", "--data-dir", str(new))
    assert result.exit_code != 0 and "does not exist" in result.output and not new.exists(), result.output


def test_an_existing_empty_folder_is_still_an_empty_rapport(data_dir):
    data_dir.mkdir()
    result = run("people", "--data-dir", str(data_dir))
    assert result.exit_code == 0 and "No one here yet" in result.output


# ------------------------------------------------------------------ F24: counts that add up


def _connections(tmp_path, rows: list[str]):
    path = tmp_path / "Connections.csv"
    path.write_text("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" + "\n".join(rows) + "\n",
                    encoding="utf-8")
    return path


def test_import_says_which_added_row_is_you_and_doctor_counts_as_people_does(data_dir, tmp_path):
    from companion.memory.me import set_me
    from companion.models import Profile

    with Store(data_dir) as store:
        set_me(store, Profile(site="linkedin", url="https://www.linkedin.com/in/me-myself", name="Me Myself"))
    csv = _connections(tmp_path, ["Me,Myself,https://www.linkedin.com/in/me-myself,,Acme,Engineer,15 Jan 2019",
                                  "Ana,Lima,https://www.linkedin.com/in/ana-lima,,Acme,Engineer,15 Jan 2019"])
    result = run("import", str(csv), "--data-dir", str(data_dir))
    assert result.exit_code == 0, result.output
    # Your own row is recognised, never counted among the people added (newcomer 5, finding 24).
    assert "1 added" in result.output and "Recognised you (Me Myself, line 2)" in result.output
    assert "of the people added is you" not in result.output
    listed = json.loads(run("people", "--json", "--data-dir", str(data_dir)).stdout)["total"]
    assert listed == 1
    doctor = run("doctor", "--data-dir", str(data_dir), "--port", "1")
    assert f"loads; {listed} people" in doctor.output


def test_an_import_without_a_row_of_you_says_nothing_of_you(data_dir, tmp_path):
    with Store(data_dir) as store:
        capture(store, "Ana Lima", "ana-lima")
    csv = _connections(tmp_path, ["Bo,Berg,https://www.linkedin.com/in/bo-berg,,Acme,Engineer,15 Jan 2019"])
    result = run("import", str(csv), "--data-dir", str(data_dir))
    assert "1 added" in result.output and "is you" not in result.output


# ------------------------------------------------------------------ F25: the API's words


async def test_an_unknown_route_names_the_api_reference_in_the_repository(client, auth):
    response = await client.get("/v1/no-such-thing", headers=auth)
    body = await response.json()
    assert response.status == 404 and "docs/api.md" in body["error"] and "CONTRACT.md" not in body["error"]


@pytest.mark.parametrize("raw", [b"{not json", b"\xff\xfe{", b"[" * 100_000])
async def test_a_body_that_is_not_json_is_said_without_pythons_class_names(client, auth, raw):
    response = await client.post("/v1/check", data=raw, headers={**auth, "Content-Type": "application/json"})
    body = await response.json()
    assert response.status == 400 and body["error"].startswith("The body is not valid JSON")
    assert "Error" not in body["error"]  # JSONDecodeError, UnicodeDecodeError, RecursionError


def test_a_data_dir_path_with_escape_sequences_is_said_inert(tmp_path):
    # The user's own argument, but still never sent raw to a terminal (terminal.py's rule).
    folder = tmp_path / "f\x1b[31m\x1b]0;pwn\x07x"
    result = run("token", "--data-dir", str(folder))  # creates the folder and says so
    assert "created a new data dir" in result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
