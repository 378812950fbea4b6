"""`serve`, `token`, `pair`, `doctor`: running the companion and connecting the extension."""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import json
import os
import signal
import socket
import stat
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from companion import APP_NAME, __version__
from companion.api.pairing import (
    CODE_TTL_SECONDS,
    PairingBook,
    get_or_create_token,
    read_token,
    rotate_token,
    token_path,
)
from companion.cli.options import data_dir_from, data_dir_option, json_option, print_json
from companion.cli.terminal import console as terminal_console
from companion.cli.terminal import styled
from companion.errors import CompanionError, StoreError
from companion.storage.data_dir import resolve_data_dir, serve_lock, server_port_file
from companion.storage.store import (
    Store,
    damaged_store_files,
    inspect_store_damage,
    list_backups,
    write_atomically,
)

# The web server (aiohttp, the app and everything its routes import) is imported by `serve` alone: the
# other commands here would otherwise pay a third of a second for it.
if TYPE_CHECKING:
    from aiohttp import web

    from companion.api.server_state import ServerSettings

DEFAULT_PORT = 8765
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def bind_socket(host: str, port: int) -> socket.socket:
    """Bind now, so a taken port is a clear sentence before anything else starts."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise CompanionError(
            f"Port {port} on {host} is already in use ({exc.strerror}); stop what holds it "
            f"or choose another with --port."
        ) from exc
    sock.listen(128)
    sock.setblocking(False)
    return sock


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback only).")
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0 picks a free one).")
@click.option("--allow-remote", is_flag=True,
              help="Allow a non-loopback --host. Anyone who can reach it can then try your token: avoid.")
@click.option("--show-pairing", is_flag=True, help="Print a one-time pairing code and how to load the extension.")
@data_dir_option
def serve(host: str, port: int, allow_remote: bool, show_pairing: bool, data_dir: Path | None) -> None:
    """Run the companion: the local API the Rapport extension talks to.

    It listens on 127.0.0.1 only and refuses another address unless --allow-remote is given.
    Stop it with Ctrl+C. To start it at login instead: `companion service install`.

    \b
    Example:
      companion serve                     # http://127.0.0.1:8765
      companion serve --port 9000 --data-dir ~/rapport-test
    """
    if not is_loopback(host) and not allow_remote:
        raise click.UsageError(
            f"Refusing to listen on {host}: the companion holds your relationships and answers only on "
            "loopback (127.0.0.1). Add --allow-remote if you really mean it."
        )
    from companion.api.app import create_app
    from companion.api.server_state import ServerSettings

    directory = data_dir_from(data_dir)
    lock = serve_lock(directory)
    lock.acquire(blocking=False, what="this server")
    sock = bind_socket(host, port)
    try:
        actual_port = sock.getsockname()[1]
        extra = () if is_loopback(host) else (host if ":" not in host else f"[{host}]",)
        settings = ServerSettings(data_dir=directory, host=host, port=actual_port,
                                  allow_remote=allow_remote, extra_hosts=extra)
        app = create_app(settings)
        asyncio.run(_run(app, sock, settings, show_pairing))
    finally:
        sock.close()
        with contextlib.suppress(OSError):
            server_port_file(directory).unlink()
        lock.release()


async def _run(app: web.Application, sock: socket.socket, settings: ServerSettings, show_pairing: bool) -> None:
    from aiohttp import web

    from companion.api.http_defences import runner_options

    runner = web.AppRunner(app, access_log=None, handle_signals=False, **runner_options())
    await runner.setup()
    site = web.SockSite(runner, sock)
    await site.start()
    url_host = f"[{settings.host}]" if ":" in settings.host else settings.host
    write_atomically(
        server_port_file(settings.data_dir),
        json.dumps({"pid": os.getpid(), "host": settings.host, "port": settings.port,
                    "started_at": datetime.now(UTC).isoformat(timespec="seconds")}).encode(),
    )
    console = terminal_console()
    console.print(styled((f"Rapport companion {__version__}", "bold green"), f" — Listening on http://{url_host}:{settings.port}"))
    console.print(f"Data dir: {settings.data_dir}")
    from companion.api.app import damage_banner

    if (damage := damage_banner(app)) is not None:
        console.print(damage, style="bold red")
    if show_pairing:
        code = PairingBook(settings.data_dir).new_code()
        console.print(styled(
            "\n", ("Connect the browser extension", "bold"), " (once):\n"
            "  1. The extension is in dist/chrome and dist/firefox of the repository "
            "(`make run` built it; ", ("make extension", "cyan"), " rebuilds it).\n"
            "  2. Chrome: open chrome://extensions, turn on Developer mode, “Load unpacked”, choose dist/chrome.\n"
            "     Firefox: open about:debugging#/runtime/this-firefox, “Load Temporary Add-on”, "
            "choose dist/firefox/manifest.json.\n"
            "  3. On the setup page that opens, enter the pairing code ", (code, "bold yellow"),
            f" (valid {CODE_TTL_SECONDS // 60} minutes; `companion pair` makes a new one).\n",
        ))
    console.print("Press Ctrl+C to stop.", style="dim")
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    try:
        await stop.wait()
    finally:
        console.print("Stopping.", style="dim")
        await runner.cleanup()


@click.command()
@click.option("--rotate", is_flag=True,
              help="Make a new token; the old one stops working and every paired browser must pair again.")
@data_dir_option
def token(rotate: bool, data_dir: Path | None) -> None:
    """Print the API token (created on first use, readable only by you).

    Scripts send it as `Authorization: Bearer <token>`. The extension gets it by pairing instead.
    With --rotate, a new token replaces it (a running companion uses it at once) and the companion
    forgets which browsers had paired: pair the extension again with a code from `companion pair`.
    """
    directory = data_dir_from(data_dir)
    if not rotate:
        click.echo(get_or_create_token(directory))
        return
    click.echo(rotate_token(directory))
    click.echo("The old token no longer works; pair the extension again with a code from `companion pair`.",
               err=True)


@click.command()
@data_dir_option
@json_option
def pair(data_dir: Path | None, as_json: bool) -> None:
    """Print a one-time pairing code for the extension (valid 10 minutes, works once).

    Enter it on the extension's setup page. The companion must be running (`companion serve`).
    """
    directory = data_dir_from(data_dir)
    get_or_create_token(directory)
    code = PairingBook(directory).new_code()
    expires = datetime.fromtimestamp(time.time() + CODE_TTL_SECONDS, UTC).isoformat(timespec="seconds")
    if as_json:
        print_json({"code": code, "expires_at": expires})
    else:
        click.echo(code)
        click.echo(f"Enter it on the extension's setup page within {CODE_TTL_SECONDS // 60} minutes.", err=True)


@click.command()
@data_dir_option
@json_option
@click.option("--port", default=None, type=int, help="The port to check when no server is running (default 8765).")
def doctor(data_dir: Path | None, as_json: bool, port: int | None) -> None:
    """Check the set-up and say what is wrong and how to fix it.

    Checks the data dir, the token, the store files, the server (running, reachable, port free) and
    whether the extension has been paired. Exits 1 when something needs fixing.
    """
    directory = resolve_data_dir(data_dir)
    checks = run_checks(directory, port)
    if as_json:
        print_json({"ok": all(c["ok"] for c in checks), "data_dir": str(directory), "checks": checks})
    else:
        console = terminal_console()
        console.print(styled((f"Rapport companion {__version__}", "bold"), f" — data dir {directory}"))
        for check in checks:
            mark = ("✓", "green") if check["ok"] else (("!", "yellow") if check.get("warning") else ("✗", "red"))
            console.print(styled(" ", mark, " ", (check["name"], "bold"), f": {check['detail']}"))
            if check.get("fix"):
                console.print(f"     → {check['fix']}")
    if not all(c["ok"] or c.get("warning") for c in checks):
        raise SystemExit(1)


def run_checks(directory: Path, port: int | None) -> list[dict]:
    """Every doctor check, as dicts: name, ok, detail, fix (and warning for things that are only advice)."""
    checks: list[dict] = []

    def add(name: str, ok: bool, detail: str, fix: str | None = None, warning: bool = False) -> None:
        checks.append({"name": name, "ok": ok, "detail": detail, "fix": fix, "warning": warning})

    # Data dir
    if not directory.exists():
        add("data dir", False, f"{directory} does not exist yet.", "Run `companion serve` (or `make run`) once.")
        return checks
    writable = os.access(directory, os.W_OK) and os.access(directory / "store", os.W_OK) \
        if (directory / "store").exists() else os.access(directory, os.W_OK)
    add("data dir", writable, f"{directory} is {'writable' if writable else 'not writable'}.",
        None if writable else f"Fix its permissions: `chmod u+rwx {directory}`, or choose another with --data-dir.")

    # Token
    try:
        token_value = read_token(directory)
    except StoreError as exc:
        token_value = None
        add("token", False, exc.message, "Check the file's permissions.")
    else:
        if token_value is None:
            add("token", False, "No API token yet.", "Run `companion token` or start the companion.")
        else:
            mode = stat.S_IMODE(token_path(directory).stat().st_mode)
            private = mode & 0o077 == 0
            add("token", private, f"present, mode {mode:o}.",
                None if private else f"Make it private: `chmod 600 {token_path(directory)}`.")

    # Store
    paired_at = seen_at = None
    # One inspection of the store's files gives both the damage said and the files a backup must repair.
    found = inspect_store_damage(directory / "store")
    problems = [problem for _, problem in found]
    if problems:
        backups = list_backups(directory / "backups")
        # Each backup parsed once: its damaged files say both whether it is whole and what it can repair.
        damaged_in = {b: damaged_store_files(b) for b in backups}
        whole = [b for b in backups if not damaged_in[b]]
        # Repairing the damaged file alone keeps everything done since in the other files (newcomer 5, item 3).
        repairable = all(any(name not in damaged_in[b] and (b / name).exists() for b in backups)
                         for name, _ in found)
        add("store", False, "damaged: " + "; ".join(problems) + ".",
            "Run `companion restore --only-damaged` to bring back a sound copy of the damaged file alone, from the "
            "newest backup that has one; every other file stays as it is, and what is there now is kept as a "
            "backup first." + (f" (`companion restore` would roll the whole store back to {whole[-1].name}.)"
                                if whole else "")
            if repairable else
            f"Run `companion restore` to bring back the newest whole backup ({whole[-1].name}); what is there now "
            "is kept as a backup first." if whole else
            "There is no whole backup to restore yet: copy the data dir somewhere safe first, then see "
            "docs/troubleshooting.md (store).")
    else:
        people = None
        yours = 0
        damaged: list[str] = []
        damaged_me: list[str] = []
        with contextlib.suppress(CompanionError):
            store = Store(directory)
            store.open()
            try:
                people = store.count_people()
                damaged_me = _damaged_own_profiles(store)
                if not damaged_me:  # a damaged own profile cannot name its records: doctor counts on without it
                    from companion.memory.me import own_person_ids

                    yours = len(own_person_ids(store))  # records of you: stored, not among `companion people`
                paired_at = store.get_setting("paired_at")
                seen_at = store.get_setting("extension_seen_at")
                from companion.memory.records import damaged_records

                damaged = list(damaged_records(store))  # valid JSON, but a record no command can read
            finally:
                store.close()
        if damaged_me:
            add("me", False, f"your own profile from {', '.join(damaged_me)} is damaged, so no command can read "
                "who you are.",
                "Save your own profile page and set it again: `companion me set PAGE.html --url YOUR-PROFILE-URL` "
                "replaces the one from the same site.")
        if damaged:
            more = f" and {len(damaged) - 3} more" if len(damaged) > 3 else ""
            add("store", False, f"{len(damaged)} damaged record{'s' if len(damaged) > 1 else ''}: "
                + "; ".join(damaged[:3]) + more + ".",
                "Run `companion restore` to bring back the last good backup (`companion backups` lists them), or "
                "correct the record by hand.")
        else:
            add("store", people is not None,
                (f"loads; {people - yours} people" + (f" (and {yours} record{'s' if yours > 1 else ''} of you, "
                 "kept as you, not listed by `companion people`)." if yours else ".")) if people is not None
                else "could not be opened.")

    # Server
    info = None
    with contextlib.suppress(OSError, ValueError):
        info = json.loads(server_port_file(directory).read_text())
    check_port = (info or {}).get("port") or port or DEFAULT_PORT
    health = _health(check_port)
    if health == "ours":
        add("server", True, f"running on http://127.0.0.1:{check_port}.")
    elif health == "other":
        add("server", False, f"port {check_port} is taken by another program.",
            f"Stop it, or start the companion on another port: `companion serve --port {check_port + 1}` "
            "and give that port on the extension's setup page.")
    else:
        holder = serve_lock(directory).holder() if (directory / "serve.lock").exists() else ""
        add("server", False, "not running." + (f" (The lock names {holder}.)" if holder and info else ""),
            "Start it with `make run` or `companion serve`.")

    # Pairing: valid only for the token that exists now (a rotated token or a store filled by an import carries
    # a pairing date that no browser can use).
    stale = _pairing_outlived(directory, paired_at) if paired_at else None
    if paired_at and stale is None:
        seen = f" Last seen {seen_at}." if seen_at else ""
        add("extension", True, f"paired on {paired_at}.{seen}")
    elif paired_at:
        add("extension", False, stale, "Enter the code from `companion pair` on the extension's setup page.",
            warning=True)
    else:
        add("extension", False, "never paired.",
            "Load the extension, then enter the code from `companion pair` on its setup page.", warning=True)
    return checks


def _damaged_own_profiles(store) -> list[str]:
    """The sites whose own profile (`me set`) no longer reads as a Profile; all of them when the setting
    itself is not a table of sites."""
    from pydantic import ValidationError

    from companion.memory.me import SETTING
    from companion.models import Profile

    raw = store.get_setting(SETTING, {}) or {}
    if not isinstance(raw, dict):
        return ["every site"]
    damaged = []
    for site, data in raw.items():
        try:
            Profile.model_validate(data)
        except ValidationError:
            damaged.append(str(site))
    return sorted(damaged)


def _health(port: int) -> str:
    """'ours' when a Rapport companion answers on 127.0.0.1:port, 'other' for another program, else 'none'."""
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1.5)
    try:
        conn.request("GET", "/v1/health", headers={"Host": f"127.0.0.1:{port}"})
        response = conn.getresponse()
        body = json.loads(response.read() or b"{}")
        return "ours" if body.get("app") == APP_NAME else "other"
    except (OSError, ValueError):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return "other"
        except OSError:
            return "none"
    finally:
        conn.close()


def _pairing_outlived(directory: Path, paired_at: str) -> str | None:
    """Why a recorded pairing no longer holds (no token, or a token newer than the pairing), or None."""
    try:
        made = token_path(directory).stat().st_mtime
    except OSError:
        return f"was paired on {paired_at}, but there is no API token now: pair again."
    try:
        when = datetime.strptime(paired_at, "%Y-%m-%dT%H:%M:%S%z").timestamp()
    except ValueError:
        return None  # an older date format: nothing to compare, trust it
    if made > when + 1:
        return f"was paired on {paired_at}, before the current token was made: pair again."
    return None
