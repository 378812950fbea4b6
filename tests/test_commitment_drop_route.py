"""POST /v1/people/{id}/commitments/{n}/drop and /reopen: the panel's "Let go" on an open promise (and its undo), as
`companion commitments drop NUMBER` / `reopen NUMBER` do it, guarded as the "done" route is: only a promise to that
person, the one error shape, token and origin checked. And "done" says the name without a second copy of the record."""

from __future__ import annotations

from pathlib import Path

import pytest
import test_api_promise_kept_route
from test_http_defences import EXTENSION_ORIGIN, assert_error_shape

from companion.api.server_state import STORE
from companion.memory.commitments import list_commitments
from companion.storage.store import Store

people = test_api_promise_kept_route.people  # the fixture: two people, a promise to each


def path(person_id: str, number, action: str = "drop") -> str:
    return f"/v1/people/{person_id}/commitments/{number}/{action}"


def states(data_dir: Path) -> dict[int, tuple]:
    with Store(data_dir) as store:
        return {c.id: (c.done_at, c.dropped_at, c.drop_reason) for c in list_commitments(store, include_done=True)}


async def error(response, status: int) -> str:
    body = await response.json()
    assert response.status == status, body
    assert_error_shape(body, status)
    return body["error"]


async def test_a_promise_let_go_leaves_the_open_ones_and_reopen_brings_it_back(people, client, auth) -> None:
    eduardo, _, to_eduardo, to_lena = people
    response = await client.post(path(eduardo, to_eduardo), headers=auth, json={"reason": "He found it himself"})
    assert response.status == 200, await response.text()
    body = await response.json()
    assert body["id"] == to_eduardo and body["dropped_at"] and body["done_at"] is None
    assert body["drop_reason"] == "He found it himself" and body["person_name"] == "Eduardo Reyes"
    listed = await (await client.get("/v1/cli/commitments", headers=auth)).json()
    assert [c["id"] for c in listed["commitments"]] == [to_lena]
    every = await (await client.get("/v1/cli/commitments?all=true", headers=auth)).json()
    assert {c["id"]: bool(c["dropped_at"]) for c in every["commitments"]} == {to_eduardo: True, to_lena: False}
    view = await (await client.get(f"/v1/people/{eduardo}", headers=auth)).json()
    assert [(c["id"], bool(c["dropped_at"]), c["done_at"]) for c in view["commitments"]] == [(to_eduardo, True, None)]

    again = await client.post(path(eduardo, to_eduardo), headers=auth, json={})
    assert "already let go" in await error(again, 409)
    kept = await client.post(path(eduardo, to_eduardo, "done"), headers=auth, json={})
    assert "was let go, not kept" in await error(kept, 409)

    reopened = await client.post(path(eduardo, to_eduardo, "reopen"), headers=auth, json={})
    assert reopened.status == 200, await reopened.text()
    assert (await reopened.json())["dropped_at"] is None
    listed = await (await client.get("/v1/cli/commitments", headers=auth)).json()
    assert {c["id"] for c in listed["commitments"]} == {to_eduardo, to_lena}
    twice = await client.post(path(eduardo, to_eduardo, "reopen"), headers=auth, json={})
    assert "already open" in await error(twice, 409)


async def test_no_body_lets_go_without_a_reason_and_a_kept_one_is_reopened(people, client, auth, data_dir) -> None:
    eduardo, lena, to_eduardo, to_lena = people
    response = await client.post(path(eduardo, to_eduardo), headers={**auth, "Content-Type": "application/json"})
    assert response.status == 200, await response.text()
    assert (await response.json())["drop_reason"] is None
    await client.post(path(lena, to_lena, "done"), headers=auth, json={})
    refused = await client.post(path(lena, to_lena), headers=auth, json={})
    assert "is kept" in await error(refused, 409)
    reopened = await client.post(path(lena, to_lena, "reopen"), headers=auth, json={})
    assert reopened.status == 200 and (await reopened.json())["done_at"] is None
    assert states(data_dir)[to_lena] == (None, None, None)


@pytest.mark.parametrize("action", ["drop", "reopen"])
async def test_another_persons_promise_or_no_promise_or_person_is_a_404_that_changes_nothing(
        people, client, auth, data_dir, action) -> None:
    eduardo, _, to_eduardo, to_lena = people
    if action == "reopen":
        await client.post(path(eduardo, to_eduardo), headers=auth, json={})
    before = states(data_dir)
    for number in (to_lena, 999):
        assert "no promise" in await error(await client.post(path(eduardo, number, action), headers=auth, json={}), 404)
    assert "No person" in await error(await client.post(path("p-000000000000", to_lena, action), headers=auth,
                                                        json={}), 404)
    assert states(data_dir) == before


@pytest.mark.parametrize("number", ["four", "²", "٣", "9" * 5000, "1" * 19])
@pytest.mark.parametrize("action", ["drop", "reopen"])
async def test_a_number_that_is_none_is_a_422_sentence(people, client, auth, action, number) -> None:
    response = await client.post(path(people[0], number, action), headers=auth, json={})
    assert "is not a promise id" in await error(response, 422)


@pytest.mark.parametrize(("body", "words"), [
    ({"reason": "x" * 501}, "at most 500 characters"),
    ({"reason": 5}, "Invalid field `reason`"),
    ([1], "must be a JSON object"),
])
async def test_a_body_that_will_not_do_is_a_422_sentence_that_changes_nothing(people, client, auth, data_dir, body,
                                                                              words) -> None:
    eduardo, _, to_eduardo, _ = people
    assert words in await error(await client.post(path(eduardo, to_eduardo), headers=auth, json=body), 422)
    assert states(data_dir)[to_eduardo] == (None, None, None)
    bad = await client.post(path(eduardo, to_eduardo), headers={**auth, "Content-Type": "application/json"},
                            data=b"{not json")
    assert "not valid JSON" in await error(bad, 400)


@pytest.mark.parametrize("action", ["drop", "reopen"])
async def test_no_token_or_a_web_origin_is_refused(people, client, auth, data_dir, action) -> None:
    eduardo, _, to_eduardo, _ = people
    if action == "reopen":
        await client.post(path(eduardo, to_eduardo), headers=auth, json={})
    before = states(data_dir)
    for headers, status in (({}, 401), ({"Authorization": "Bearer nope"}, 401),
                            ({**auth, "Origin": "https://evil.example"}, 403)):
        await error(await client.post(path(eduardo, to_eduardo, action), headers=headers, json={}), status)
    assert states(data_dir) == before
    ok = await client.post(path(eduardo, to_eduardo, action), headers={**auth, "Origin": EXTENSION_ORIGIN}, json={})
    assert ok.status == 200


async def test_kept_says_the_name_from_the_record_it_read_not_a_second_copy(people, client, auth, monkeypatch) -> None:
    eduardo, _, to_eduardo, _ = people
    store = client.server.app[STORE]
    copies = []
    real = store.get_person
    monkeypatch.setattr(store, "get_person", lambda person_id: copies.append(person_id) or real(person_id))
    response = await client.post(path(eduardo, to_eduardo, "done"), headers=auth, json={})
    assert response.status == 200 and (await response.json())["person_name"] == "Eduardo Reyes"
    # One copy to find the person, one to change their promise: none more to say their name.
    assert copies == [eduardo, eduardo]
