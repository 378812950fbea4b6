"""The local API under load and failure: heavy work never holds the event loop, connections are not held for
ever, a read-only data dir answers with a sentence, and a read writes nothing."""

from __future__ import annotations

import asyncio
import builtins
import errno
import io
import json
import os
import threading
from pathlib import Path

import pytest

from companion.api import http_defences
from companion.api.app import create_app
from companion.api.http_defences import runner_options
from companion.api.server_state import ServerSettings
from companion.models import Verdict

# How long a test's stand-in for slow work holds its thread, and how long a test waits for what must
# happen before calling it a hang. Neither is asserted on: they only bound a failing test.
HOLD_SECONDS = 10
GUARD_SECONDS = 20


def page(name: str, slug: str) -> str:
    person = {"@context": "https://schema.org", "@type": "Person", "name": name, "jobTitle": "Engineer",
              "worksFor": {"@type": "Organization", "name": "Acme"}, "url": f"https://people.example/{slug}"}
    return (f'<html><head><title>{name}</title><script type="application/ld+json">{json.dumps(person)}</script>'
            f"</head><body><h1>{name}</h1></body></html>")


def assert_error_shape(body: dict, status: int) -> None:
    assert set(body) == {"ok", "error", "status"}
    assert body["ok"] is False and body["status"] == status
    assert isinstance(body["error"], str) and len(body["error"]) > 20 and body["error"].endswith(".")


async def test_health_and_a_check_answer_while_a_capture_is_still_being_parsed(client, auth, monkeypatch) -> None:
    import companion.parsers as parsers

    parsing, release = threading.Event(), threading.Event()
    real_parse = parsers._parse

    def slow_parse(html: str, url: str):
        parsing.set()
        release.wait(HOLD_SECONDS)  # on the event loop, this would hold up every other request
        return real_parse(html, url)

    # Beneath parse_profile, so whichever caller parses the page is slowed.
    monkeypatch.setattr(parsers, "_parse", slow_parse)
    capture = asyncio.create_task(client.post("/v1/captures", headers=auth, json={
        "url": "https://people.example/ana", "html": page("Ana Lima", "ana")}))
    try:
        assert await asyncio.to_thread(parsing.wait, GUARD_SECONDS), "the capture never reached the parser"
        health = await client.get("/v1/health")
        assert health.status == 200
        assert not capture.done(), "/v1/health waited for the capture's parse"
        check = await client.post("/v1/check", headers=auth, json={"text": "Thanks for the intro!"})
        assert check.status == 200, await check.text()
        assert not capture.done(), "/v1/check waited for the capture's parse"
    finally:
        release.set()
    captured = await capture
    assert captured.status == 200, await captured.text()
    assert (await captured.json())["profile"]["name"] == "Ana Lima"


async def test_health_and_other_checks_answer_while_a_huge_draft_is_checked(client, auth, monkeypatch) -> None:
    import companion.guard.pitch_guard as pitch_guard

    checking, release = threading.Event(), threading.Event()
    real_check = pitch_guard.check_draft

    def slow_for_huge_drafts(text: str, stage, **kwargs):
        if len(text) > 20_000:
            checking.set()
            release.wait(HOLD_SECONDS)  # on the event loop, this would hold up every other request
        return real_check(text, stage, **kwargs)

    monkeypatch.setattr(pitch_guard, "check_draft", slow_for_huge_drafts)
    huge = asyncio.create_task(client.post("/v1/check", headers=auth, json={"text": "Buy my course now! " * 2_000}))
    try:
        assert await asyncio.to_thread(checking.wait, GUARD_SECONDS), "the huge draft never reached the guard"
        assert (await client.get("/v1/health")).status == 200
        assert not huge.done(), "/v1/health waited for the huge draft"
        small = await client.post("/v1/check", headers=auth, json={"text": "Thanks so much for the intro yesterday!"})
        assert small.status == 200, await small.text()
        assert (await small.json())["verdict"] == "ok"
        assert not huge.done(), "another check waited for the huge draft"
    finally:
        release.set()
    checked = await huge
    assert checked.status == 200, await checked.text()
    Verdict.model_validate(await checked.json())


async def test_an_idle_connection_is_closed_by_the_server(aiohttp_server, data_dir: Path, monkeypatch) -> None:
    monkeypatch.setattr(http_defences, "IDLE_CONNECTION_SECONDS", 0.2)
    server = await aiohttp_server(create_app(ServerSettings(data_dir=data_dir)), **runner_options())
    # One connection that never sends a request, one kept alive after its answer: both are closed.
    silent_reader, silent_writer = await asyncio.open_connection(server.host, server.port)
    kept_reader, kept_writer = await asyncio.open_connection(server.host, server.port)
    try:
        kept_writer.write(f"GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n\r\n".encode())
        await kept_writer.drain()
        assert await asyncio.wait_for(silent_reader.read(), GUARD_SECONDS) == b""
        answered = await asyncio.wait_for(kept_reader.read(), GUARD_SECONDS)  # everything, until the close
        assert answered.startswith(b"HTTP/1.1 200 ")
        assert b"Connection: close" not in answered, "the connection was kept alive, then closed when idle"
    finally:
        silent_writer.close()
        kept_writer.close()


async def test_a_body_that_stops_arriving_is_answered_408_with_a_sentence(client, auth, monkeypatch) -> None:
    monkeypatch.setattr(http_defences, "BODY_READ_SECONDS", 0.2)
    reader, writer = await asyncio.open_connection(client.server.host, client.server.port)
    try:
        writer.write((f"POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1:{client.server.port}\r\n"
                      f"Authorization: {auth['Authorization']}\r\nContent-Type: application/json\r\n"
                      'Content-Length: 100\r\n\r\n{"text": "Hel').encode())
        await writer.drain()
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), GUARD_SECONDS)
        assert head.startswith(b"HTTP/1.1 408 "), head
        length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n")
                      if line.lower().startswith(b"content-length:"))
        body = json.loads(await asyncio.wait_for(reader.readexactly(length), GUARD_SECONDS))
    finally:
        writer.close()
    assert_error_shape(body, 408)


@pytest.fixture
def make_read_only(monkeypatch, data_dir: Path):
    """Call it to make the data dir refuse every write as a read-only mount does (EROFS), even for root."""

    def inside(path) -> bool:
        try:
            name = os.fsdecode(os.fspath(path))
        except TypeError:  # a file descriptor
            return False
        root = str(data_dir.resolve())
        name = os.path.abspath(name)
        return name == root or name.startswith(root + os.sep)

    def refuse(path) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), os.fspath(path))

    def make() -> None:
        writing = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
        real_os_open, real_open = os.open, io.open

        def os_open(path, flags, mode=0o777, *, dir_fd=None):
            if flags & writing and inside(path):
                refuse(path)
            return real_os_open(path, flags, mode, dir_fd=dir_fd)

        def open_(file, mode="r", *args, **kwargs):
            if set(mode) & set("wax+") and inside(file):
                refuse(file)
            return real_open(file, mode, *args, **kwargs)

        monkeypatch.setattr(os, "open", os_open)
        monkeypatch.setattr(io, "open", open_)
        monkeypatch.setattr(builtins, "open", open_)
        for name in ("replace", "rename", "link", "symlink", "unlink", "remove", "mkdir", "rmdir"):
            real = getattr(os, name)

            def refusing(*args, _real=real, **kwargs):
                if any(isinstance(a, (str, bytes, os.PathLike)) and inside(a) for a in args[:2]):
                    refuse(args[0])
                return _real(*args, **kwargs)

            monkeypatch.setattr(os, name, refusing)

    return make


async def test_a_read_only_data_dir_answers_503_with_a_sentence_and_reads_still_work(
        client, auth, make_read_only) -> None:
    captured = await client.post("/v1/captures", headers=auth, json={
        "url": "https://people.example/bo", "html": page("Bo Berg", "bo")})
    assert captured.status == 200, await captured.text()
    person_id = (await captured.json())["person_id"]
    make_read_only()
    writes = [
        ("POST", "/v1/captures", {"url": "https://people.example/cy", "html": page("Cy Diaz", "cy")}),
        ("POST", f"/v1/people/{person_id}/notes", {"text": "Met at PyCon"}),
        ("POST", f"/v1/people/{person_id}/interactions", {"kind": "in-person"}),
        ("POST", "/v1/pair", {"code": "AAAA-AAAA"}),
    ]
    for method, path, body in writes:
        response = await client.request(method, path, headers=auth, json=body)
        answer = await response.json()
        assert response.status == 503, (path, answer)
        assert_error_shape(answer, 503)
        assert "writable" in answer["error"], answer["error"]
    for path in ("/v1/status", f"/v1/people/{person_id}", "/v1/health"):
        response = await client.get(path, headers=auth)
        assert response.status == 200, (path, await response.text())


def files_and_times(directory: Path) -> dict[str, tuple[int, int, int]]:
    return {str(p.relative_to(directory)): (p.stat().st_ino, p.stat().st_mtime_ns, p.stat().st_size)
            for p in sorted(directory.rglob("*"))}


async def test_status_writes_nothing_and_last_seen_is_saved_when_the_server_stops(client, auth, data_dir) -> None:
    from companion.storage.store import Store

    before = files_and_times(data_dir)
    for _ in range(3):
        response = await client.get("/v1/status", headers=auth)
        assert response.status == 200
    assert files_and_times(data_dir) == before
    await client.close()  # stops the app, as Ctrl+C does
    with Store(data_dir) as store:
        assert store.get_setting("extension_seen_at")
