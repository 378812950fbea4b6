"""What the side panel's Undo buttons and relationship section need from the HTTP API (issue 19 item 2, issue 18
item 2): an interaction logged by mistake is taken back, "This is me" is undone, and someone you know comes
with their check-in and its opener."""

from __future__ import annotations

import json

from fuzz_depth import FUZZ_SCALE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_http_api import page
from test_reliability import DOCUMENTED_STATUSES, bodies

from companion.models import PersonView


async def _capture(client, auth, name: str, slug: str) -> str:
    response = await client.post("/v1/captures", headers=auth, json={
        "url": f"https://people.example/{slug}", "html": page(name, "Acme", "MIT", "Lisbon", slug)})
    assert response.status == 200, await response.text()
    return (await response.json())["person_id"]


async def test_a_logged_interaction_is_undone_and_the_tie_goes_back(client, auth) -> None:
    person_id = await _capture(client, auth, "Cy Diaz", "cy")
    logged = await client.post(f"/v1/people/{person_id}/interactions", headers=auth, json={"kind": "video-call"})
    interaction_id = (await logged.json())["interaction"]["id"]
    assert (await logged.json())["tie"]["last_contact"]

    undone = await client.delete(f"/v1/people/{person_id}/interactions/{interaction_id}", headers=auth)
    assert undone.status == 200, await undone.text()
    assert (await undone.json())["tie"]["last_contact"] is None
    view = PersonView.model_validate(await (await client.get(f"/v1/people/{person_id}", headers=auth)).json())
    assert view.interactions == [] and view.tie.strength == 0

    again = await client.delete(f"/v1/people/{person_id}/interactions/{interaction_id}", headers=auth)
    assert again.status == 404 and (await again.json())["ok"] is False
    wrong = await client.delete(f"/v1/people/{person_id}/interactions/latest", headers=auth)
    assert wrong.status == 422 and "not an interaction id" in (await wrong.json())["error"]


async def test_this_is_me_says_what_it_replaced_so_it_can_be_put_back(client, auth) -> None:
    first = await client.post("/v1/me", headers=auth, json={
        "url": "https://people.example/me", "html": page("Me Myself", "Acme", "MIT", "Lisbon", "me")})
    body = await first.json()
    assert body["replaced"] is None and body["site"] == "web"

    second = await client.post("/v1/me", headers=auth, json={
        "url": "https://people.example/bo", "html": page("Bo Berg", "Beta", "KTH", "Oslo", "bo")})
    body = await second.json()
    assert body["profile"]["name"] == "Bo Berg"
    assert body["replaced"]["name"] == "Me Myself"

    restored = await client.put("/v1/me", headers=auth, json=body["replaced"])
    assert restored.status == 200, await restored.text()
    assert (await (await client.get("/v1/me", headers=auth)).json())["profile"]["name"] == "Me Myself"

    nameless = await client.put("/v1/me", headers=auth, json={"site": "x", "handle": "someone"})
    assert nameless.status in (400, 422) and "no name" in (await nameless.json())["error"]


async def test_someone_you_know_comes_with_the_check_in_and_an_opener_from_your_history(client, auth) -> None:
    person_id = await _capture(client, auth, "Dee Ekwueme", "dee")
    stranger = PersonView.model_validate(await (await client.get(f"/v1/people/{person_id}", headers=auth)).json())
    assert stranger.check_in is None

    await client.post(f"/v1/people/{person_id}/interactions", headers=auth,
                      json={"kind": "video-call", "at": "2024-01-10", "note": "talked about her move to Porto"})
    view = PersonView.model_validate(await (await client.get(f"/v1/people/{person_id}", headers=auth)).json())
    assert view.check_in is not None
    assert view.check_in.due == view.tie.next_check_in and view.check_in.overdue is True
    assert view.check_in.opener.kind == "check-in"
    # Your note is yours: it stays in the evidence, never in the words to them ('since we met (coffee in Brooklyn)').
    assert "video call" in view.check_in.opener.text and "Porto" not in view.check_in.opener.text
    assert "Porto" in view.check_in.opener.evidence and "over 2 years" in view.check_in.opener.text


profile_like = st.fixed_dictionaries({}, optional={
    "site": st.sampled_from(["linkedin", "x", "web", "myspace", "", None]), "name": st.text(max_size=80),
    "url": st.text(max_size=100), "skills": st.lists(st.text(max_size=20), max_size=5) | st.text(max_size=10),
    "experience": st.lists(st.dictionaries(st.text(max_size=8), st.text(max_size=20), max_size=3), max_size=3),
})


@settings(max_examples=300 * FUZZ_SCALE, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.one_of(bodies, profile_like), interaction=st.text(max_size=12))
async def test_any_body_to_the_undo_routes_gets_a_documented_answer(client, auth, body, interaction) -> None:
    for method, path in (("PUT", "/v1/me"), ("DELETE", f"/v1/people/p-000000000000/interactions/{interaction}")):
        response = await client.request(method, path, data=json.dumps(body),
                                         headers={**auth, "Content-Type": "application/json"})
        assert response.status in DOCUMENTED_STATUSES, (path, body, await response.text())
        if response.status >= 400:
            error = await response.json()
            assert set(error) == {"ok", "error", "status"} and error["status"] == response.status
