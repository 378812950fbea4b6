"""The relationship read from the page: an unknown recipient is not a stranger by default, and the
verdict says where its stage came from and names the recipient only as Rapport knows them."""

from __future__ import annotations

import pytest

from companion.memory.recipient import Recipient, stage_from_page, with_stage
from companion.models import PageContext

PITCH = ("Hi Sam, we help SaaS teams cut churn by 30%. Could we book a 15 minute demo call this week? "
         "Grab a slot here: calendly.com/acme/15min")


@pytest.mark.parametrize(("context", "stage"), [
    ({"degree": "1st"}, "new"),
    ({"degree": "1st", "thread": {"from_me": 0, "from_them": 0}}, "new"),
    ({"degree": "1st", "thread": {"from_me": 2, "from_them": 1}}, "acquaintance"),
    ({"thread": {"from_me": 1, "from_them": 3}}, "acquaintance"),
    ({"thread": {"from_me": 0, "from_them": 1}}, "new"),
    ({"follows_you": True}, "new"),
    ({"degree": "2nd"}, "stranger"),
    ({"degree": "3rd", "thread": {"from_me": 1, "from_them": 0}}, "stranger"),
    ({"recipient_name": "Sam"}, None),
    ({}, None),
])
def test_the_page_says_how_close_the_recipient_is(context, stage):
    assert stage_from_page(PageContext.model_validate(context)) == stage


def test_a_given_stage_wins_then_the_closer_of_memory_and_page():
    page = PageContext(degree="1st", thread={"from_me": 1, "from_them": 1})
    assert with_stage(Recipient(stage="close"), "stranger", page, known=True).stage_source == "given"
    known_friend = with_stage(Recipient(stage="friend"), None, page, known=True)
    assert (known_friend.stage, known_friend.stage_source) == ("friend", "store")
    stored_stranger = with_stage(Recipient(stage="stranger"), None, page, known=True)
    assert (stored_stranger.stage, stored_stranger.stage_source) == ("acquaintance", "page")
    nobody = with_stage(Recipient(), None, None, known=False)
    assert (nobody.stage, nobody.stage_source) == ("stranger", "unknown")


async def check(client, auth, **body):
    response = await client.post("/v1/check", headers=auth, json={"text": PITCH, **body})
    assert response.status == 200
    return await response.json()


async def test_a_pitch_in_a_first_degree_bubble_is_blocked_as_to_a_new_connection(client, auth):
    verdict = await check(client, auth, context={"degree": "1st", "thread": {"from_me": 0, "from_them": 0}})
    assert (verdict["verdict"], verdict["stage"], verdict["stage_source"]) == ("block", "new", "page")
    words = " ".join(r["message"] for r in verdict["reasons"])
    assert "stranger" not in words and "not connected" not in words


async def test_a_pitch_in_a_thread_with_messages_both_ways_is_warned(client, auth):
    verdict = await check(client, auth, context={"degree": "1st", "thread": {"from_me": 3, "from_them": 2}})
    assert (verdict["verdict"], verdict["stage"], verdict["stage_source"]) == ("warn", "acquaintance", "page")


async def test_an_unknown_recipient_is_named_as_unknown_not_as_a_stranger(client, auth):
    verdict = await check(client, auth)
    assert (verdict["verdict"], verdict["stage_source"]) == ("block", "unknown")
    words = " ".join(r["message"] for r in verdict["reasons"])
    assert "someone Rapport doesn't know yet" in words and "a stranger" not in words


async def test_a_second_degree_recipient_is_someone_you_are_not_connected_with(client, auth):
    verdict = await check(client, auth, context={"degree": "2nd"})
    assert verdict["stage_source"] == "page" and verdict["verdict"] == "block"
    assert "someone you are not connected with" in " ".join(r["message"] for r in verdict["reasons"])


async def test_a_given_stage_is_reported_as_given(client, auth):
    verdict = await check(client, auth, stage="friend", context={"degree": "2nd"})
    assert (verdict["stage"], verdict["stage_source"], verdict["verdict"]) == ("friend", "given", "warn")


async def test_the_recipient_link_on_the_page_finds_the_stored_person(client, auth):
    page = ('<html><head><script type="application/ld+json">{"@type": "Person", "name": "Sam Rivera"}'
            "</script></head><body><h1>Sam Rivera</h1></body></html>")
    captured = await client.post("/v1/captures", headers=auth,
                                 json={"url": "https://people.example/sam", "html": page})
    assert captured.status == 200, await captured.text()
    verdict = await check(client, auth, context={"recipient_url": "https://people.example/sam", "degree": "2nd"})
    assert verdict["stage_source"] == "store"


@pytest.mark.parametrize("context", [{"degree": "4th"}, {"thread": {"from_me": -1}}, {"follows_you": "maybe"}])
async def test_a_malformed_context_is_one_sentence(client, auth, context):
    response = await client.post("/v1/check", headers=auth, json={"text": "hi", "context": context})
    body = await response.json()
    assert response.status in (400, 422) and body["ok"] is False and body["error"]
