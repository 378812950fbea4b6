"""POST /v1/people/{id}/commitments/{n}/done: the panel's "Kept" on an open promise, as `companion commitments
done NUMBER` marks it, in the one error shape, and only for a promise to that person."""

from __future__ import annotations

from pathlib import Path

import pytest
from memory_helpers import capture
from test_http_defences import EXTENSION_ORIGIN, assert_error_shape

from companion.memory.commitments import add_commitment, list_commitments
from companion.storage.store import Store


@pytest.fixture
def people(data_dir: Path) -> tuple[str, str, int, int]:
    """Two people, a promise to each."""
    with Store(data_dir) as store:
        eduardo = capture(store, "Eduardo Reyes", "eduardo-reyes")["id"]
        lena = capture(store, "Lena Berg", "lena-berg")["id"]
        to_eduardo = add_commitment(store, eduardo, "Send the KTH course list", due="2026-12-20").id
        to_lena = add_commitment(store, lena, "Intro to Marta", due="2026-12-20").id
    return eduardo, lena, to_eduardo, to_lena


def done(person_id: str, number) -> str:
    return f"/v1/people/{person_id}/commitments/{number}/done"


def kept(data_dir: Path) -> dict[int, str | None]:
    with Store(data_dir) as store:
        return {c.id: c.done_at for c in list_commitments(store, include_done=True)}


async def test_a_kept_promise_leaves_the_open_ones_of_the_view_and_of_companion_commitments(people, client, auth,
                                                                                              data_dir) -> None:
    eduardo, _, to_eduardo, to_lena = people
    response = await client.post(done(eduardo, to_eduardo), headers=auth, json={})
    assert response.status == 200, await response.text()
    body = await response.json()
    assert body["id"] == to_eduardo and body["done_at"] and body["person_name"] == "Eduardo Reyes"
    assert body["overdue"] is False
    listed = await (await client.get("/v1/cli/commitments", headers=auth)).json()
    assert [c["id"] for c in listed["commitments"]] == [to_lena]
    view = await (await client.get(f"/v1/people/{eduardo}", headers=auth)).json()
    assert [(c["id"], bool(c["done_at"])) for c in view["commitments"]] == [(to_eduardo, True)]
    # Twice: still kept, at the first time.
    again = await (await client.post(done(eduardo, to_eduardo), headers=auth, json={})).json()
    assert again["done_at"] == body["done_at"]


async def test_another_persons_promise_or_no_promise_is_a_404_sentence_that_changes_nothing(people, client, auth,
                                                                                            data_dir) -> None:
    eduardo, _, _, to_lena = people
    for number in (to_lena, 999):
        response = await client.post(done(eduardo, number), headers=auth, json={})
        body = await response.json()
        assert response.status == 404, body
        assert_error_shape(body, 404)
        assert "no promise" in body["error"]
    response = await client.post(done("p-000000000000", to_lena), headers=auth, json={})
    assert response.status == 404
    assert_error_shape(await response.json(), 404)
    assert not any(kept(data_dir).values())


async def test_a_number_that_is_none_is_a_422_sentence(people, client, auth) -> None:
    eduardo = people[0]
    response = await client.post(done(eduardo, "four"), headers=auth, json={})
    body = await response.json()
    assert response.status in (400, 422), body
    assert_error_shape(body, response.status)
    assert "`four` is not a promise id" in body["error"]


async def test_no_token_or_a_web_origin_is_refused(people, client, auth, data_dir) -> None:
    eduardo, _, to_eduardo, _ = people
    for headers, status in (({}, 401), ({**auth, "Origin": "https://evil.example"}, 403)):
        response = await client.post(done(eduardo, to_eduardo), headers=headers, json={})
        assert response.status == status
        assert_error_shape(await response.json(), status)
    ok = await client.post(done(eduardo, to_eduardo), headers={**auth, "Origin": EXTENSION_ORIGIN}, json={})
    assert ok.status == 200
