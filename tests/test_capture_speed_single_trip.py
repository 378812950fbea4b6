"""A capture's cost beside building the soup: the body is decoded in the same worker trip as the parse, the
LinkedIn layout check needs no second walk over the page, and the answers stay what they were."""

from __future__ import annotations

import asyncio
import io
import json

import pytest
from shared_pages import REAL, real_page

from companion.memory.capture import read_capture
from companion.models import Profile
from companion.parsers import linkedin, page, parse_profile

LINKEDIN_2025 = "linkedin/loggedin_2025-04_robcheung.html"
REAL_PAGES = sorted(str(path.relative_to(REAL)) for path in REAL.rglob("*.html")) if REAL.is_dir() else []


async def _post_json(client, auth, body: dict):
    # A stream, as a page of over a MiB sent as bytes makes aiohttp's client warn.
    return await client.post("/v1/captures", headers={**auth, "Content-Type": "application/json"},
                             data=io.BytesIO(json.dumps(body).encode()))


async def _index_ready(client, auth) -> None:
    # The rarity index builds in a worker at start: wait for it, so only the capture's own trips are counted.
    for _ in range(200):
        if (await (await client.get("/v1/status", headers=auth)).json())["index_ready"]:
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the rarity index was never ready")


async def test_a_large_capture_body_is_decoded_in_the_same_worker_trip_as_the_parse(client, auth, monkeypatch) -> None:
    html = real_page(LINKEDIN_2025)
    assert len(html.encode()) > 64 * 1024  # large enough that its decoding is never done on the loop
    await _index_ready(client, auth)
    trips = []
    loop_class = type(asyncio.get_running_loop())
    original = loop_class.run_in_executor

    def counted(self, executor, func, *args):
        trips.append(getattr(func, "func", func).__name__)
        return original(self, executor, func, *args)

    monkeypatch.setattr(loop_class, "run_in_executor", counted)
    response = await _post_json(client, auth, {"url": "https://www.linkedin.com/in/robertkcheung/", "html": html})
    assert response.status == 200, await response.text()
    assert len(trips) == 1, f"one thread wake-up each way, not {trips}"


async def test_a_bad_capture_body_decoded_in_the_worker_is_still_the_one_error_sentence(client, auth) -> None:
    response = await client.post("/v1/captures", headers={**auth, "Content-Type": "application/json"},
                                 data=b'{"url": "https://x.com/a", "html": ' + b'"<p>' * 30_000)
    assert response.status == 400
    body = await response.json()
    assert body["ok"] is False and body["error"].startswith("The body is not valid JSON")
    missing = await client.post("/v1/captures", headers=auth, json={"url": "https://x.com/a"})
    assert missing.status == 422 and "html" in (await missing.json())["error"]


def test_the_linkedin_layout_check_walks_the_page_once(monkeypatch) -> None:
    html = real_page(LINKEDIN_2025)
    walks = []
    every_tag = page.tags_named

    def counted(soup, *names):
        if not names:
            walks.append("every tag")  # an attribute the one-pass index did not collect
        return every_tag(soup, *names)

    monkeypatch.setattr(page, "tags_named", counted)
    profile = parse_profile(html, "https://www.linkedin.com/in/robertkcheung/")
    assert profile.name and walks == []


@pytest.mark.parametrize("relative", REAL_PAGES)
async def test_every_real_page_captured_over_http_answers_with_the_profile_the_parser_reads(client, auth, relative) -> None:
    html = real_page(relative)
    first = _outcome(lambda: parse_profile(html, "https://example.com/page"))
    url = first.url if isinstance(first, Profile) and first.url else "https://example.com/page"
    expected = _outcome(lambda: read_capture(html, url).profile)
    response = await _post_json(client, auth, {"url": url, "html": html})
    answer = await response.json()
    if isinstance(expected, Profile):
        assert response.status == 200, answer
        stored = (await (await client.get(f"/v1/people/{answer['person_id']}", headers=auth)).json())["profile"]
        assert answer["profile"] == stored
        assert {k: v for k, v in answer["profile"].items() if v not in (None, [], "")} == {
            k: v for k, v in json.loads(expected.model_dump_json()).items() if v not in (None, [], "")}
    else:
        assert response.status == expected.status and answer["error"] == expected.message


def _outcome(read):
    from companion.errors import CompanionError

    try:
        return read()
    except CompanionError as error:
        return error


def test_activity_card_rows_nested_in_a_post_are_not_posts() -> None:
    # 2024 Activity card: a post's own reaction list is a nested `li` with its own link to the same post.
    html = (
        '<section><div id="content_collections" class="pv-profile-card__anchor"></div><ul>'
        '<li><a href="https://www.linkedin.com/feed/update/urn:li:activity:7180000000000000001/">'
        '<span aria-hidden="true">Ana posted this • 3mo</span></a>'
        '<div class="break-words">Shipping the new release today</div>'
        '<ul><li><a href="https://www.linkedin.com/feed/update/urn:li:activity:7180000000000000001/">'
        '<span aria-hidden="true">Ana posted this • 3mo</span></a><div class="break-words">12 reactions</div></li></ul>'
        '</li><li><span>No post here</span></li></ul></section>'
    )
    soup = page.make_soup(html)
    posts = linkedin._card_posts(soup.find("section"))
    assert [post["text"] for post in posts] == ["Shipping the new release today"]
    assert posts[0]["url"] == "https://www.linkedin.com/feed/update/urn:li:activity:7180000000000000001/"
