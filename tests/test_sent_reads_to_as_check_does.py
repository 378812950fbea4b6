"""POST /v1/sent reads `to` as POST /v1/check does (one resolver: an id, a profile URL or a handle one person holds;
never a part of a name), so a message the guard let through to "@javilop" is logged with Javi, as its check was
judged for him. And the guard's verdict on a stopped draft words its opener the one way check_draft does."""

from __future__ import annotations

import pytest
from memory_helpers import capture

from companion.api.app import create_app
from companion.api.server_state import ServerSettings
from companion.guard.pitch_guard import check_draft
from companion.memory.people import is_person_id
from companion.memory.recipient import Recipient, judge
from companion.storage.store import Store

PROMISE = "Great chatting! I'll send you the article by Friday."


@pytest.fixture
def javi(data_dir) -> dict:
    with Store(data_dir) as store:
        capture(store, "Ana Lima", "ana-lima")
        return capture(store, "Javi López", "javilop")


async def test_a_message_sent_to_a_handle_is_logged_with_its_one_holder(aiohttp_client, data_dir, javi, auth):
    client = await aiohttp_client(create_app(ServerSettings(data_dir=data_dir)))
    for to in ("javilop", "@javilop", javi["id"], "https://www.linkedin.com/in/javilop"):
        checked = await (await client.post("/v1/check", headers=auth, json={"text": PROMISE, "to": to})).json()
        assert checked["stage_source"] == "store", (to, checked)
        response = await client.post("/v1/sent", headers=auth, json={"text": PROMISE, "to": to})
        assert response.status == 200, await response.text()
        sent = await response.json()
        assert (sent["person_id"], sent["logged"]) == (javi["id"], True), (to, sent)
        assert [c["person_id"] for c in sent["commitments"]] == [javi["id"]]
    view = await (await client.get(f"/v1/people/{javi['id']}", headers=auth)).json()
    assert len(view["interactions"]) == 4 and len(view["commitments"]) == 4
    await client.close()


async def test_a_part_of_a_name_or_someone_not_stored_logs_no_one(aiohttp_client, data_dir, javi, auth):
    client = await aiohttp_client(create_app(ServerSettings(data_dir=data_dir)))
    for to in ("Javi", "Ana", "p-000000000000", "https://x.com/nobody"):
        sent = await (await client.post("/v1/sent", headers=auth, json={"text": PROMISE, "to": to})).json()
        assert (sent["person_id"], sent["logged"]) == (None, False), (to, sent)
    await client.close()


def test_a_person_id_is_written_p_dash_in_ascii():
    assert is_person_id("p-86b170b9270b") and is_person_id("p-ana")
    assert not is_person_id("javilop") and not is_person_id("p-\udcff") and not is_person_id("P-86b170b9270b")


def test_a_stopped_drafts_opener_is_worded_as_check_draft_words_any_opener_it_is_given():
    pitch = "Hi Inês, we help teams like yours ship faster. Got 15 min for a demo next week?"
    opener = "Hi Inês, congratulations on the new role at Acme!"
    verdict = judge(pitch, Recipient(stage="stranger", openers=[opener]))
    assert verdict.opener == opener
    given = check_draft(pitch, "stranger", openers=[opener], stage_source="unknown")
    assert verdict.suggestions == given.suggestions and verdict.reasons == given.reasons
