"""Where a read command's answer comes from: the companion running on the data dir, else the store itself.

A running `companion serve` holds the whole store in memory and writes its pid and port to server.json in
its data dir. A read command (people, show, starters, followups, commitments, check) asks it over loopback
with the API token, and prints what it answers. When no companion runs there, or it cannot serve this CLI
(another version, a wrong token, a stale server.json whose process is gone or whose port another program
now holds, no such route, an unexpected error, an answer of another shape), the command reads the store
itself, silently: a PartialStore, which loads only the shards it needs. Both paths run the same function
(companion.memory.answers) and the answer crosses JSON either way, so they print the same; it is printed
from that JSON (an `Answer`), so a command answered by a companion imports neither pydantic's models nor
the memory, and starts in the time Python, click and rich take.

Nothing waits long on a companion that does not answer: connecting gets CONNECT_SECONDS and its health
(answered by its event loop, whatever else it is doing) HEALTH_SECONDS, after which the command goes on
without it; only a companion that has shown it is alive is given ANSWER_SECONDS to compute (followups over
a big store take a second or two on a busy machine). Only 127.0.0.1 or ::1 are ever asked.

The command's own errors (no such person, an ambiguous name, a bad --strictness) come back in the one
error shape and are raised here as the same CompanionError, so they print as the command's own would.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from companion import APP_NAME, __version__
from companion.errors import BadRequest, CompanionError, Conflict, InvalidInput, NotFound
from companion.storage.data_dir import resolve_data_dir, server_port_file

if TYPE_CHECKING:
    from http.client import HTTPConnection

    from pydantic import BaseModel

    from companion.storage.store import Store

CONNECT_SECONDS = 0.5
HEALTH_SECONDS = 1.0
ANSWER_SECONDS = 10.0
LOOPBACK = ("127.0.0.1", "::1")
# The command's own errors, which the direct path would raise as well; any other status means the companion
# could not serve this command (401 wrong token, 503 its store, 500...), and the store is read here instead.
COMMAND_ERRORS: dict[int, type[CompanionError]] = {400: BadRequest, 404: NotFound, 409: Conflict, 422: InvalidInput}
# What a companion without the route says (an older one, still running): not the command's own 404.
NO_SUCH_ROUTE = "There is no such route"


class Answer(dict):
    """A JSON object whose fields also read as attributes (`answer.view.profile.name`), so one renderer
    prints the companion's answer and the command's own alike."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


def read_answer(data_dir: Path | None, route: str, compute: Callable[[Store], BaseModel], fields: Iterable[str], *,
                query: dict | None = None, body: dict | None = None, missing_is_empty: bool = False) -> Answer:
    """The answer of the companion running on the data dir to `route`, else `compute` over the store; either
    way an object with `fields`, as it crossed JSON. A data dir that does not exist is an error, or
    (`missing_is_empty`) an empty store, said (cli.options.open_store)."""
    answer = ask_companion(resolve_data_dir(data_dir), route, query=query, body=body)
    if answer is not None and set(fields) <= answer.keys():
        return answer
    from companion.cli.options import open_store

    with open_store(data_dir, partial=True, missing_is_empty=missing_is_empty) as store:
        computed = compute(store)
    return json.loads(json.dumps(computed.model_dump(mode="json")), object_hook=Answer)  # as the companion sends it


def ask_companion(data_dir: Path, route: str, *, query: dict | None = None, body: dict | None = None) -> Answer | None:
    """The JSON a companion running on `data_dir` answers to `route` (GET with `query`, or POST `body`), or
    None when there is none that can answer; the command's own error is raised as its CompanionError."""
    address = running_companion(data_dir)
    token = _token(data_dir) if address is not None else None  # none running: the API's modules are not needed
    if address is None or token is None:
        return None
    import http.client  # here: with no companion running, a command does not pay for it (and ssl, 20 ms)

    host, port = address
    try:
        path = route + (f"?{urlencode({k: v for k, v in query.items() if v is not None})}" if query else "")
        payload = json.dumps(body, ensure_ascii=False).encode() if body is not None else None
    except ValueError:  # text no UTF-8 can carry (an undecodable argument): the direct path takes it
        return None
    connection = http.client.HTTPConnection(host, port, timeout=CONNECT_SECONDS)
    headers = {"Host": f"{host if ':' not in host else f'[{host}]'}:{port}", "Authorization": f"Bearer {token}"}
    try:
        connection.connect()
        connection.sock.settimeout(HEALTH_SECONDS)
        status, health = _exchange(connection, "GET", "/v1/health", None, headers)
        if status != 200 or not isinstance(health, dict) or health.get("app") != APP_NAME \
                or health.get("version") != __version__:
            return None  # not a companion, or another version: its answers may differ from this CLI's
        if payload is not None:
            headers["Content-Type"] = "application/json"
        connection.sock.settimeout(ANSWER_SECONDS)
        status, data = _exchange(connection, "POST" if payload is not None else "GET", path, payload, headers)
    except (OSError, http.client.HTTPException, ValueError):
        return None
    finally:
        connection.close()
    if status == 200 and isinstance(data, Answer):
        return data
    error = COMMAND_ERRORS.get(status)
    if error is not None and isinstance(data, Answer) and isinstance(data.get("error"), str) \
            and not data["error"].startswith(NO_SUCH_ROUTE):
        raise error(data["error"])
    return None


def running_companion(data_dir: Path) -> tuple[str, int] | None:
    """The loopback address of the companion server.json names, while its process is alive."""
    try:
        info = json.loads(server_port_file(data_dir).read_bytes())
        host, port, pid = info["host"], int(info["port"]), int(info["pid"])
    except (OSError, ValueError, TypeError, KeyError):
        return None
    if host == "localhost":
        host = "127.0.0.1"
    if host not in LOOPBACK or not 0 < port < 65536 or pid <= 0:
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None  # it stopped without removing server.json (killed, or the machine went down)
    except PermissionError:
        pass  # alive, as another user
    return host, port


def _token(data_dir: Path) -> str | None:
    from companion.api.pairing import read_token

    try:
        return read_token(data_dir)
    except CompanionError:
        return None


def _exchange(connection: HTTPConnection, method: str, path: str, payload: bytes | None,
              headers: dict[str, str]) -> tuple[int, object]:
    connection.request(method, path, body=payload, headers=headers)
    response = connection.getresponse()
    return response.status, json.loads(response.read() or b"null", object_hook=Answer)
