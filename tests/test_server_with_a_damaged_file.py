"""The companion starts with one damaged shard of people, so the send guard keeps working (without the server the
extension lets every message go unchecked): checks and reads answer from the sound shards, GET /v1/status and the
serve banner say which file is damaged and what to do, every write is a 503 that stores nothing (a capture of
someone held in the damaged file would store them twice), and no start-up backup pushes a good one out."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

import pytest
from memory_helpers import capture
from test_cli_server import free_port, start_server, stop

from companion.api.app import create_app
from companion.api.server_state import ServerSettings
from companion.storage.store import PEOPLE, Store, list_backups, parse_store_file, shard_of, shard_paths

PITCH = "Hi! We help companies like yours cut QA costs by 40%. Book a demo: https://calendly.com/acme/demo"


@pytest.fixture
def damaged(data_dir: Path) -> dict:
    """Thirty people, a start-up backup of them, then the shard of one (the victim) truncated."""
    with Store(data_dir) as store:
        people = {f"person-{i:02d}": capture(store, f"Person {i:02d}", f"person-{i:02d}")["id"] for i in range(30)}
    Store(data_dir).open(backup="start").close()  # a good backup, as the last sound run of the server left
    victim = "person-00"
    path = shard_paths(data_dir / "store")[shard_of(people[victim])]
    path.write_bytes(path.read_bytes()[:50])
    sound = next(slug for slug, pid in people.items() if shard_of(pid) != shard_of(people[victim]))
    return {"path": path, "victim": victim, "sound": sound, "ids": people}


def store_files(data_dir: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted((data_dir / "store").glob("*.json"))}


def profile_page(name: str, slug: str) -> str:
    person = {"@context": "https://schema.org", "@type": "Person", "name": name, "jobTitle": "Engineer",
              "url": f"https://people.example/{slug}"}
    return (f'<html><head><title>{name}</title><script type="application/ld+json">{json.dumps(person)}</script>'
            f"</head><body><h1>{name}</h1></body></html>")


async def test_the_server_starts_checks_and_says_a_store_file_is_damaged(aiohttp_client, data_dir, damaged, auth):
    backups = list_backups(data_dir / "backups")
    client = await aiohttp_client(create_app(ServerSettings(data_dir=data_dir)))

    for to in (None, "https://www.linkedin.com/in/someone-new", f"https://www.linkedin.com/in/{damaged['sound']}",
               f"https://www.linkedin.com/in/{damaged['victim']}"):
        response = await client.post("/v1/check", headers=auth, json={"text": PITCH, "to": to})
        assert response.status == 200, await response.text()
        assert (await response.json())["verdict"] in {"block", "warn"}

    status = await (await client.get("/v1/status", headers=auth)).json()
    assert status["damaged_files"] == [damaged["path"].name]
    assert str(damaged["path"]) in status["damage"]
    assert "companion restore" in status["damage"] and "companion doctor" in status["damage"]
    assert status["people"] == 30 - sum(shard_of(pid) == shard_of(damaged["ids"][damaged["victim"]])
                                        for pid in damaged["ids"].values())

    # Reads answer from the sound shards; the victim reads as no one.
    sound_id = damaged["ids"][damaged["sound"]]
    assert (await client.get(f"/v1/people/{sound_id}", headers=auth)).status == 200
    assert (await client.get(f"/v1/people/{damaged['ids'][damaged['victim']]}", headers=auth)).status == 404

    # A read command's answer comes from the command itself, which says which file is damaged where it prints.
    assert (await client.get("/v1/cli/people", headers=auth)).status == 503

    # No start-up backup was taken of the damaged store: the good one is still the newest.
    assert list_backups(data_dir / "backups") == backups
    good = backups[-1] / damaged["path"].name
    assert len(parse_store_file(good, good.read_bytes(), PEOPLE)[PEOPLE]) >= 1


async def test_every_write_is_a_503_that_stores_nothing(aiohttp_client, data_dir, damaged, auth):
    before = store_files(data_dir)
    backups = list_backups(data_dir / "backups")
    client = await aiohttp_client(create_app(ServerSettings(data_dir=data_dir)))
    sound_id = damaged["ids"][damaged["sound"]]
    writes = [
        # A capture: had it been of someone the damaged shard holds, it would store them a second time.
        ("post", "/v1/captures", {"url": "https://people.example/new-person",
                                  "html": profile_page("New Person", "new-person")}),
        ("post", "/v1/me", {"url": "https://people.example/me-myself", "html": profile_page("Me", "me-myself")}),
        ("post", f"/v1/people/{sound_id}/notes", {"text": "Met at the meetup"}),
        ("post", f"/v1/people/{sound_id}/interactions", {"kind": "message"}),
        ("put", "/v1/settings/guard", {"strictness": "strict"}),
        ("post", "/v1/sent", {"text": "I'll send you the deck tomorrow", "to": sound_id}),
    ]
    for method, path, body in writes:
        response = await getattr(client, method)(path, headers=auth, json=body)
        answer = await response.json()
        assert response.status == 503, (path, answer)
        assert answer["ok"] is False and answer["status"] == 503
        assert answer["error"].startswith("Nothing was stored: the store file") and str(damaged["path"]) in answer["error"]
        assert "companion restore" in answer["error"]
    await client.close()  # the server stops: not even when the extension was last seen is written
    assert store_files(data_dir) == before  # the damaged file byte for byte, and every other file too
    assert list_backups(data_dir / "backups") == backups


async def test_a_restore_while_the_server_runs_lets_writes_through_again(aiohttp_client, data_dir, damaged, auth):
    client = await aiohttp_client(create_app(ServerSettings(data_dir=data_dir)))
    note = f"/v1/people/{damaged['ids'][damaged['sound']]}/notes"
    assert (await client.post(note, headers=auth, json={"text": "first"})).status == 503
    good = list_backups(data_dir / "backups")[-1] / damaged["path"].name
    damaged["path"].write_bytes(good.read_bytes())  # as `companion restore` leaves it
    response = await client.post(note, headers=auth, json={"text": "second"})
    assert response.status == 200, await response.text()
    assert (await (await client.get("/v1/status", headers=auth)).json())["damage"] is None


def serve_banner(data_dir: Path) -> str:
    """What `companion serve` prints up to "Press Ctrl+C", once /v1/health answers, on one line."""
    port = free_port()
    proc = start_server(data_dir, port)
    banner = []
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/health", timeout=5) as response:
            assert json.loads(response.read())["app"] == "rapport-companion"
        while not banner or "Press Ctrl+C" not in banner[-1]:  # what it prints after "Listening on"
            line = proc.stdout.readline()
            assert line, "".join(banner)
            banner.append(line)
    finally:
        stop(proc)
    text = " ".join("".join(banner).split())
    return text


def test_serve_starts_with_a_damaged_file_and_says_so_once(data_dir, damaged):
    text = serve_banner(data_dir)
    assert text.count("A store file is damaged") == 1, text
    assert damaged["path"].name in text and "companion restore" in text
