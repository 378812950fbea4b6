"""`serve`, `token`, `pair`, `doctor`, and the meta-test that every command teaches with --help."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import click
from click.testing import CliRunner

from companion.cli import main


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(data_dir: Path, port: int) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-m", "companion", "serve", "--port", str(port), "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if "Listening on" in line:
            return proc
        if not line and proc.poll() is not None:
            break
    proc.kill()
    raise AssertionError(f"the companion did not start: {proc.stdout.read()}")


def stop(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(10)
    finally:
        proc.stdout.close()


def all_commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, command in group.commands.items():
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from all_commands(command, (*prefix, name))


def test_every_command_has_help_that_teaches() -> None:
    runner = CliRunner()
    commands = list(all_commands(main))
    assert len(commands) >= 4
    for path, command in commands:
        assert command.help and len(command.help.strip()) > 30, f"`companion {' '.join(path)}` needs a docstring"
        result = runner.invoke(main, [*path, "--help"])
        assert result.exit_code == 0, result.output
        assert "Usage:" in result.output


def test_every_command_takes_data_dir_and_json_where_it_prints_data() -> None:
    for path, command in all_commands(main):
        if isinstance(command, click.Group):
            continue
        names = {opt for param in command.params for opt in getattr(param, "opts", [])}
        assert "--data-dir" in names, f"`companion {' '.join(path)}` lacks --data-dir"


def test_serve_refuses_a_non_loopback_host(data_dir: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--host", "0.0.0.0", "--data-dir", str(data_dir)])
    assert result.exit_code == 2
    assert "Refusing to listen on 0.0.0.0" in result.output
    assert "--allow-remote" in result.output


def test_token_is_stable_and_private(data_dir: Path) -> None:
    runner = CliRunner()
    data_dir.mkdir()  # created by a first command that writes, which says so on stderr
    first = runner.invoke(main, ["token", "--data-dir", str(data_dir)])
    second = runner.invoke(main, ["token"])  # $COMPANION_DATA_DIR points at the same dir
    assert first.exit_code == 0, first.output
    assert first.output == second.output and len(first.output.strip()) >= 32
    assert oct((data_dir / "token").stat().st_mode & 0o777) == "0o600"


async def test_token_rotate_retires_the_old_token_and_forgets_every_paired_browser(client, data_dir: Path) -> None:
    from companion.api.pairing import PairingBook, read_paired_origins

    paired_browser = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
    other_browser = "moz-extension://5f1c0f54-6b43-4d4b-9a0e-0d2b1e6f0a11"
    pairing = await client.post("/v1/pair", json={"code": PairingBook(data_dir).new_code()},
                                headers={"Origin": paired_browser})
    old = {"Authorization": f"Bearer {(await pairing.json())['token']}"}
    assert (await client.get("/v1/status", headers={**old, "Origin": paired_browser})).status == 200
    assert (await client.get("/v1/status", headers={**old, "Origin": other_browser})).status == 403

    rotated = CliRunner().invoke(main, ["token", "--rotate", "--data-dir", str(data_dir)])
    assert rotated.exit_code == 0, rotated.output
    new = {"Authorization": f"Bearer {rotated.stdout.strip()}"}
    assert new != old and "pair the extension again" in rotated.stderr
    assert CliRunner().invoke(main, ["token"]).stdout == rotated.stdout

    # The running companion takes the new token at once; the old one is refused, even from the paired browser.
    for origin in (None, paired_browser):
        headers = {**old, "Origin": origin} if origin else old
        assert (await client.get("/v1/status", headers=headers)).status == 401
    assert (await client.get("/v1/status", headers=new)).status == 200
    # No browser is paired any more: whichever pairs next is the one accepted.
    assert read_paired_origins(data_dir) == frozenset()
    assert (await client.get("/v1/status", headers={**new, "Origin": other_browser})).status == 200


def test_pair_prints_a_code_and_json_with_expiry(data_dir: Path) -> None:
    result = CliRunner().invoke(main, ["pair", "--json", "--data-dir", str(data_dir)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert len(data["code"]) == 9 and data["code"][4] == "-"
    assert data["expires_at"]


def test_doctor_says_what_to_do_when_nothing_is_set_up(tmp_path: Path) -> None:
    port = free_port()
    result = CliRunner().invoke(main, ["doctor", "--data-dir", str(tmp_path / "none"), "--port", str(port)])
    assert result.exit_code == 1
    said = " ".join(result.output.split())  # the terminal wraps a long data-dir path anywhere
    assert "does not exist yet" in said and "companion serve" in said


def test_doctor_names_a_damaged_store_and_the_backup_to_restore(data_dir: Path) -> None:
    from companion.storage.store import Store

    with Store(data_dir) as store:
        store.save_person({"id": "p-1", "keys": ["k"], "profiles": {}})
        store.backup("manual")
    damaged = next((data_dir / "store").glob("people-*.json"))
    damaged.write_text("{garbage")
    result = CliRunner().invoke(main, ["doctor", "--json", "--port", str(free_port())])
    report = json.loads(result.output)
    store_check = next(c for c in report["checks"] if c["name"] == "store")
    assert not store_check["ok"]
    assert damaged.name in store_check["detail"] and "companion restore" in store_check["fix"]


def test_serve_answers_health_refuses_a_second_server_and_doctor_sees_it(data_dir: Path) -> None:
    port = free_port()
    proc = start_server(data_dir, port)
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/health", timeout=5) as response:
            assert json.loads(response.read())["app"] == "rapport-companion"
        second = subprocess.run(
            [sys.executable, "-m", "companion", "serve", "--port", str(free_port()), "--data-dir", str(data_dir)],
            capture_output=True, text=True, timeout=30,
        )
        assert second.returncode == 1
        assert f"process {proc.pid}" in second.stderr
        assert "Another companion" in second.stderr
        doctor = CliRunner().invoke(main, ["doctor", "--json"])
        checks = {c["name"]: c for c in json.loads(doctor.output)["checks"]}
        assert checks["server"]["ok"], checks["server"]
        assert not checks["extension"]["ok"] and "companion pair" in checks["extension"]["fix"]
    finally:
        stop(proc)


def test_serve_on_a_taken_port_says_so(data_dir: Path) -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen(1)
        port = holder.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--port", str(port), "--data-dir", str(data_dir)])
    assert result.exit_code == 1
    assert f"Port {port}" in result.output and "--port" in result.output


def test_errors_are_one_sentence_on_stderr_with_status_1(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a dir")
    result = subprocess.run(
        [sys.executable, "-m", "companion", "token", "--data-dir", str(blocker / "sub")],
        capture_output=True, text=True, env={**os.environ},
    )
    assert result.returncode == 1
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
