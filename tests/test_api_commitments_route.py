"""POST /v1/people/{id}/commitments: a promise recorded from the side panel (newcomer 6, C5), with the CLI's
validation and storage (`companion commitments add`), the one error shape, and every write route's defences."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from memory_helpers import capture
from test_http_defences import EXTENSION_ORIGIN, assert_error_shape

from companion.api.app import create_app
from companion.api.server_state import ServerSettings
from companion.memory.commitments import list_commitments
from companion.storage.store import Store, shard_of, shard_paths


@pytest.fixture
def person_id(data_dir: Path) -> str:
    with Store(data_dir) as store:
        return capture(store, "Eduardo Reyes", "eduardo-reyes")["id"]


def route(person_id: str) -> str:
    return f"/v1/people/{person_id}/commitments"


def stored(data_dir: Path) -> list:
    with Store(data_dir) as store:
        return list_commitments(store, include_done=True)


async def test_a_promise_is_stored_where_the_cli_lists_it_and_answered(person_id, client, auth, data_dir) -> None:
    response = await client.post(route(person_id), headers=auth,
                                 json={"text": "Send the KTH course list", "due": "2026-12-20"})
    assert response.status == 200, await response.text()
    body = await response.json()
    assert body["text"] == "Send the KTH course list" and body["due"] == "2026-12-20"
    assert body["person_id"] == person_id and body["source"] == "manual" and body["done_at"] is None
    assert body["person_name"] == "Eduardo Reyes" and isinstance(body["id"], int)
    # Where `companion commitments` reads it (the server's own answer for the command) and in the panel's view.
    listed = await (await client.get("/v1/cli/commitments", headers=auth)).json()
    assert [(c["id"], c["text"], c["person_name"]) for c in listed["commitments"]] == [
        (body["id"], "Send the KTH course list", "Eduardo Reyes")]
    view = await (await client.get(f"/v1/people/{person_id}", headers=auth)).json()
    assert [c["text"] for c in view["commitments"]] == ["Send the KTH course list"]


async def test_a_natural_due_date_is_read_as_the_cli_reads_it(person_id, client, auth) -> None:
    today = datetime.now(UTC).date()
    friday = await (await client.post(route(person_id), headers=auth,
                                      json={"text": "Send the KTH course list", "due": "friday"})).json()
    due = date.fromisoformat(friday["due"])
    assert due.weekday() == 4 and today <= due <= today + timedelta(days=7)
    next_week = await (await client.post(route(person_id), headers=auth,
                                         json={"text": "Intro to Lena", "due": "next week"})).json()
    assert today < date.fromisoformat(next_week["due"]) <= today + timedelta(days=14)
    # No due: from the text ("by Friday"), as the CLI does, else in 7 days.
    in_text = await (await client.post(route(person_id), headers=auth,
                                       json={"text": "Share the deck by friday"})).json()
    assert in_text["due"] == friday["due"]
    plain = await (await client.post(route(person_id), headers=auth, json={"text": "Share the deck", "due": ""})).json()
    assert plain["due"] == (today + timedelta(days=7)).isoformat()


async def test_a_date_gone_by_is_kept_and_said_to_be_overdue(person_id, client, auth) -> None:
    response = await client.post(route(person_id), headers=auth, json={"text": "Return the book", "due": "yesterday"})
    assert response.status == 200, await response.text()
    body = await response.json()
    assert body["due"] == (datetime.now(UTC).date() - timedelta(days=1)).isoformat() and body["overdue"] is True


@pytest.mark.parametrize("payload", [{"text": "Send the list", "due": "blorp"}, {"text": "Send the list", "due": "1850-01-01"},
                                     {"text": "   "}, {"text": ""}, {}])
async def test_a_bad_date_or_empty_text_is_a_422_sentence_that_stores_nothing(person_id, client, auth, data_dir,
                                                                              payload) -> None:
    response = await client.post(route(person_id), headers=auth, json=payload)
    assert response.status == 422, await response.text()
    body = await response.json()
    assert_error_shape(body, 422)
    if "due" in payload:
        assert payload["due"] in body["error"]
    else:
        assert "text" in body["error"]
    assert stored(data_dir) == []


async def test_an_unknown_person_is_a_404_sentence(person_id, client, auth, data_dir) -> None:
    response = await client.post(route("p-000000000000"), headers=auth, json={"text": "Send the list"})
    assert response.status == 404
    body = await response.json()
    assert_error_shape(body, 404)
    assert "p-000000000000" in body["error"], "the person is unknown, not the route"
    assert stored(data_dir) == []


async def test_no_token_a_wrong_token_or_a_web_origin_is_refused(person_id, client, auth, data_dir) -> None:
    for headers, status in (({}, 401), ({"Authorization": "Bearer wrong"}, 401),
                            ({**auth, "Origin": "https://evil.example"}, 403),
                            ({**auth, "Origin": "https://www.linkedin.com"}, 403)):
        response = await client.post(route(person_id), headers=headers, json={"text": "Send the list"})
        assert response.status == status, (headers, await response.text())
        assert_error_shape(await response.json(), status)
    assert stored(data_dir) == []
    # The paired extension's origin is let through (with its own CORS header).
    ok = await client.post(route(person_id), headers={**auth, "Origin": EXTENSION_ORIGIN}, json={"text": "Send it"})
    assert ok.status == 200, await ok.text()


async def test_a_text_plain_or_huge_body_is_refused_as_on_every_route(person_id, client, auth, data_dir) -> None:
    assert (await client.post(route(person_id), headers=auth, json={"text": "Send the list"})).status == 200
    plain = await client.post(route(person_id), data=json.dumps({"text": "Send the list"}),
                              headers={**auth, "Content-Type": "text/plain"})
    assert plain.status == 415
    huge = await client.post(route(person_id), headers=auth, json={"text": "x" * 300_000})
    assert huge.status == 413
    assert [c.text for c in stored(data_dir)] == ["Send the list"]


@pytest.fixture
def damaged(data_dir: Path) -> tuple[Path, str]:
    """Thirty people, then the store file of one truncated: (that file, someone kept in a sound one)."""
    with Store(data_dir) as store:
        ids = [capture(store, f"Person {i:02d}", f"person-{i:02d}")["id"] for i in range(30)]
    victim = shard_paths(data_dir / "store")[shard_of(ids[0])]
    victim.write_bytes(victim.read_bytes()[:50])
    return victim, next(pid for pid in ids if shard_of(pid) != shard_of(ids[0]))


async def test_a_damaged_store_answers_503_and_stores_nothing(damaged, aiohttp_client, data_dir, auth) -> None:
    victim, sound = damaged
    before = {path.name: path.read_bytes() for path in sorted((data_dir / "store").glob("*.json"))}
    client = await aiohttp_client(create_app(ServerSettings(data_dir=data_dir)))
    response = await client.post(route(sound), headers=auth, json={"text": "Send the list", "due": "friday"})
    answer = await response.json()
    assert response.status == 503, answer
    assert_error_shape(answer, 503)
    assert str(victim) in answer["error"] and "companion restore" in answer["error"]
    await client.close()
    assert {path.name: path.read_bytes() for path in sorted((data_dir / "store").glob("*.json"))} == before


async def test_a_huge_due_or_text_is_refused_by_the_schema_and_not_echoed(person_id, client, auth, data_dir):
    for body in ({"text": "send the deck", "due": "x" * 300_000}, {"text": "y" * 3_000}):
        response = await client.post(f"/v1/people/{person_id}/commitments", headers=auth, json=body)
        assert response.status in (400, 413, 422), await response.text()
        assert len(await response.text()) < 5_000  # one sentence, never the input sent back
