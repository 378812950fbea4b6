"""POST /v1/check takes in `to` what `companion check --to` takes (an id, a profile URL, a handle, a unique part of a
name), and when it still names no one the verdict says so, not silently reads them as a stranger (newcomer 5,
item 17)."""

from __future__ import annotations

import pytest
from memory_helpers import capture

from companion.api.app import create_app
from companion.api.server_state import ServerSettings
from companion.storage.store import Store

DRAFT = "Hi! Could you take a quick look at my CV?"


async def check(client, auth, to):
    response = await client.post("/v1/check", headers=auth, json={"text": DRAFT, "to": to})
    assert response.status == 200, await response.text()
    return await response.json()


@pytest.fixture
def javi(data_dir) -> dict:
    with Store(data_dir) as store:
        capture(store, "Ana Lima", "ana-lima")
        capture(store, "Ana Souza", "ana-souza")
        return capture(store, "Javi López", "javilop")


async def test_to_takes_an_id_a_profile_url_or_a_handle_and_says_when_it_names_no_one(aiohttp_client, data_dir, javi,
                                                                                     auth):
    client = await aiohttp_client(create_app(ServerSettings(data_dir=data_dir)))

    for to in (javi["id"], "https://www.linkedin.com/in/javilop", "javilop", "@javilop"):
        verdict = await check(client, auth, to)
        assert verdict["stage_source"] == "store", (to, verdict)
        assert not any("doesn't know yet" in s for s in verdict["suggestions"]), (to, verdict)

    # A name, or a part of one, names no one here (unlike `companion check --to`): said, never silently a stranger.
    for to in ("Javi López", "javi", "nobody-here", "Ana"):
        verdict = await check(client, auth, to)
        assert verdict["stage"] == "stranger" and verdict["stage_source"] == "unknown", (to, verdict)
        said = [s for s in verdict["suggestions"] if "someone Rapport doesn't know yet" in s]
        assert len(said) == 1 and f"“{to}”" in said[0] and "no id, profile URL or handle" in said[0], (to, verdict)

    # A profile link or an id of someone not stored is the everyday case of a page the extension shows: the stage
    # source says unknown, and no sentence opens the tips (newcomer 6, P1).
    for to in ("p-000000000000", "https://www.linkedin.com/in/someone-else", "https://x.com/sam_rivera"):
        verdict = await check(client, auth, to)
        assert verdict["stage_source"] == "unknown", (to, verdict)
        assert not any("doesn't know yet" in s for s in verdict["suggestions"]), (to, verdict)

    # A check with no `to` at all names no one, and says nothing about it.
    response = await client.post("/v1/check", headers=auth, json={"text": DRAFT})
    assert not any("doesn't know yet" in s for s in (await response.json())["suggestions"])


@pytest.fixture
def inner_friend(data_dir) -> dict:
    from companion.memory.followups import set_circle

    with Store(data_dir) as store:
        friend = capture(store, "Mariana Silva", "mariana-silva")
        set_circle(store, friend["id"], "inner")
        return friend


async def test_a_name_from_the_page_never_borrows_a_friends_stage(aiohttp_client, data_dir, inner_friend, auth):
    """A chat header is the page's to write: a stranger called "Ana" (or "Mariana Silva" herself, copied) must not
    get an inner-circle friend's looser check (review of the stop: part of a name resolved a friend)."""
    client = await aiohttp_client(create_app(ServerSettings(data_dir=data_dir)))
    pitch = ("Hi! We cut costs by 30% for teams like yours. Pricing starts at $49/month: "
             "book 15 minutes here calendly.com/sales-team/demo")
    for to in ("Ana", "Mariana", "Mariana Silva"):
        response = await client.post("/v1/check", headers=auth, json={"text": pitch, "to": to})
        verdict = await response.json()
        assert verdict["stage"] == "stranger" and verdict["verdict"] == "block", (to, verdict)
