"""The server's rarity index is built in the background; captures made meanwhile must still count."""

from __future__ import annotations

from pathlib import Path

from companion.ground.normalise.features import features_of
from companion.ground.rarity import LiveRarity, RarityIndex
from companion.memory.capture import capture_page
from companion.models import Profile

FIXTURES = Path(__file__).parent / "fixtures"


def _key(profile: Profile, word: str) -> str:
    return next(k for k in features_of(profile).all_keys() if word in k)


def test_a_capture_while_the_index_builds_is_queued_and_counted_when_it_is_ready():
    old = Profile(site="linkedin", name="Ana Silva", skills=["Beekeeping"])
    new = Profile(site="linkedin", name="Ana Silva", skills=["Sailing"])
    someone = Profile(site="linkedin", name="Bo Kim", skills=["Esperanto"])
    live = LiveRarity()
    live.replace(old, new)  # Ana, already in the snapshot being indexed, is captured again
    live.replace(None, someone)  # a new contact
    assert live.index is None

    index = RarityIndex.from_profiles([old])
    live.ready(index)
    assert live.index is index and index.size == 2
    assert index.count(_key(old, "beekeeping")) == 0
    assert index.count(_key(new, "sailing")) == 1
    assert index.count(_key(someone, "esperanto")) == 1

    live.replace(None, Profile(site="linkedin", name="Cy Roe", skills=["Esperanto"]))  # once ready: at once
    assert index.size == 3 and index.count(_key(someone, "esperanto")) == 2


def test_capture_page_counts_the_person_in_a_rarity_index_that_is_not_ready_yet(store):
    html = (FIXTURES / "linkedin_loggedin.html").read_text(encoding="utf-8")
    live = LiveRarity()
    response = capture_page(store, "https://www.linkedin.com/in/grace-sample/", html, live)
    assert response.profile.name == "Grace Sample"
    live.ready(RarityIndex())
    assert live.index.size == 1
    assert live.index.count(_key(response.profile, "cobol")) == 1


def test_cached_common_ground_is_weighed_again_once_the_index_is_ready_and_after_many_captures(store):
    from datetime import UTC, datetime

    from companion.memory.capture import GroundCache
    from companion.memory.people import upsert_profile

    live = LiveRarity()
    cache = GroundCache(rarity=live)
    doc = upsert_profile(store, Profile(site="linkedin", url="https://www.linkedin.com/in/ana", name="Ana Silva"))
    now = datetime(2026, 11, 22, tzinfo=UTC)
    while_building = cache.key(store, doc, now)
    live.ready(RarityIndex.from_profiles([Profile(name=f"P{i}") for i in range(100)]))
    ready = cache.key(store, doc, now)
    assert ready != while_building, "weights from the prior alone are not reused once the index is there"
    for i in range(LiveRarity.STALE_MIN - 1):
        live.replace(None, Profile(name=f"Q{i}"))
    assert cache.key(store, doc, now) == ready, "a few captures do not throw the cache away"
    live.replace(None, Profile(name="last straw"))
    assert cache.key(store, doc, now) != ready


async def test_a_failed_index_build_is_logged_and_captures_still_answer(aiohttp_client, data_dir, monkeypatch, caplog):
    import asyncio

    from companion.api.app import create_app
    from companion.api.pairing import get_or_create_token
    from companion.api.server_state import RARITY, ServerSettings

    def broken(_profiles):
        raise RuntimeError("simulated failure while counting contacts")

    monkeypatch.setattr(RarityIndex, "from_profiles", staticmethod(broken))
    app = create_app(ServerSettings(data_dir=data_dir))
    client = await aiohttp_client(app)
    auth = {"Authorization": f"Bearer {get_or_create_token(data_dir)}"}
    for _ in range(100):
        if "could not be built" in caplog.text:
            break
        await asyncio.sleep(0.05)
    assert "rarity index could not be built" in caplog.text and "simulated failure" in caplog.text
    assert app[RARITY].index is None
    html = (FIXTURES / "linkedin_loggedin.html").read_text(encoding="utf-8")
    capture = await client.post("/v1/captures", headers=auth,
                                json={"url": "https://www.linkedin.com/in/grace-sample/", "html": html})
    assert capture.status == 200, await capture.text()
    assert (await (await client.get("/v1/status", headers=auth)).json())["index_ready"] is False
