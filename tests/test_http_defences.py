"""Every defence of the local API, each with a test that fails without it, and the one error shape."""

from __future__ import annotations

import json
import stat
import time
from pathlib import Path

import pytest

from companion import API_VERSION, APP_NAME, __version__
from companion.api.pairing import (
    CODE_TTL_SECONDS,
    LOCKOUT_SECONDS,
    MAX_FAILURES,
    PairingBook,
    get_or_create_token,
    paired_origins_path,
    token_path,
)

EXTENSION_ORIGIN = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
OTHER_EXTENSION_ORIGIN = "chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba"
FIREFOX_ORIGIN = "moz-extension://5f1c0f54-6b43-4d4b-9a0e-0d2b1e6f0a11"


def assert_error_shape(body: dict, status: int) -> None:
    assert body["ok"] is False
    assert body["status"] == status
    assert isinstance(body["error"], str) and body["error"].endswith((".", ")")) and len(body["error"]) > 10
    assert set(body) == {"ok", "error", "status"}


async def test_health_answers_without_a_token(client) -> None:
    response = await client.get("/v1/health")
    assert response.status == 200
    assert await response.json() == {"app": APP_NAME, "api": API_VERSION, "version": __version__}


@pytest.mark.parametrize("header", [None, "Bearer wrong-token", "Basic abc", "Bearer "])
async def test_a_request_without_the_right_token_is_refused(client, header) -> None:
    headers = {"Authorization": header} if header is not None else {}
    response = await client.get("/v1/status", headers=headers)
    assert response.status == 401
    assert_error_shape(await response.json(), 401)


async def test_the_right_token_is_accepted(client, auth) -> None:
    response = await client.get("/v1/status", headers=auth)
    assert response.status == 200
    assert (await response.json())["paired"] is True


@pytest.mark.parametrize("host", ["evil.example:{port}", "attacker.test", "127.0.0.1:1", "localhost.evil.example:{port}"])
async def test_a_foreign_host_header_is_refused_against_dns_rebinding(client, auth, host) -> None:
    host = host.format(port=client.server.port)
    response = await client.get("/v1/health", headers={"Host": host})
    assert response.status == 403
    assert_error_shape(await response.json(), 403)


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}", "[::1]:{port}", "LOCALHOST:{port}"])
async def test_loopback_host_headers_are_accepted(client, host) -> None:
    response = await client.get("/v1/health", headers={"Host": host.format(port=client.server.port)})
    assert response.status == 200


@pytest.mark.parametrize("origin", ["https://evil.example", "http://127.0.0.1:8000", "null", "https://www.linkedin.com"])
async def test_a_web_origin_is_refused_and_gets_no_cors_header(client, auth, origin) -> None:
    for method, path in (("GET", "/v1/health"), ("GET", "/v1/status"), ("OPTIONS", "/v1/check")):
        response = await client.request(method, path, headers={**auth, "Origin": origin})
        assert response.status == 403
        assert "Access-Control-Allow-Origin" not in response.headers
    response = await client.post("/v1/check", json={"text": "hi"}, headers={**auth, "Origin": origin})
    assert response.status == 403
    assert_error_shape(await response.json(), 403)


@pytest.mark.parametrize("origin", [EXTENSION_ORIGIN, "moz-extension://5f1c0f54-6b43-4d4b-9a0e-0d2b1e6f0a11"])
async def test_an_extension_origin_is_allowed_with_its_own_cors_header(client, auth, origin) -> None:
    response = await client.get("/v1/status", headers={**auth, "Origin": origin})
    assert response.status == 200
    assert response.headers["Access-Control-Allow-Origin"] == origin
    preflight = await client.options("/v1/check", headers={"Origin": origin})
    assert preflight.status == 204


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"])
async def test_a_non_json_body_is_refused_so_a_simple_cross_site_post_never_runs(client, auth, content_type) -> None:
    response = await client.post(
        "/v1/check", data=json.dumps({"text": "hello"}), headers={**auth, "Content-Type": content_type}
    )
    assert response.status == 415
    assert_error_shape(await response.json(), 415)


async def test_a_body_over_the_small_limit_is_refused(client, auth) -> None:
    response = await client.post("/v1/check", json={"text": "x" * 300_000}, headers=auth)
    assert response.status == 413
    assert_error_shape(await response.json(), 413)


async def test_a_capture_may_be_a_few_mib_but_not_more(client, auth) -> None:
    import io

    def body(html_size: int) -> io.BytesIO:
        return io.BytesIO(json.dumps({"url": "https://www.linkedin.com/in/x/", "html": "<html>" + "x" * html_size}).encode())

    headers = {**auth, "Content-Type": "application/json"}
    big = await client.post("/v1/captures", data=body(9_000_000), headers=headers)
    assert big.status == 413
    assert_error_shape(await big.json(), 413)
    ok_size = await client.post("/v1/captures", data=body(3_000_000), headers=headers)
    assert ok_size.status != 413


async def test_a_chunked_body_without_length_is_still_bounded(client, auth) -> None:
    async def chunks():
        for _ in range(40):
            yield b"x" * 10_000

    response = await client.post(
        "/v1/check", data=chunks(), headers={**auth, "Content-Type": "application/json"}
    )
    assert response.status == 413


@pytest.mark.parametrize(
    "raw, status",
    [
        (b"{not json", 400),
        (b"[1, 2, 3]", 422),
        (b"[" * 5000 + b"]" * 5000, 400),
        (json.dumps({"text": {"a": 1}}).encode(), 422),
        (json.dumps({"stage": "stranger"}).encode(), 422),
        (json.dumps({"text": "hi", "stage": "enemy"}).encode(), 422),
    ],
)
async def test_malformed_bodies_get_a_sentence(client, auth, raw, status) -> None:
    response = await client.post("/v1/check", data=raw, headers={**auth, "Content-Type": "application/json"})
    assert response.status == status
    assert_error_shape(await response.json(), status)


async def test_unknown_routes_and_methods_use_the_one_error_shape(client, auth) -> None:
    missing = await client.get("/v1/nothing-here", headers=auth)
    assert missing.status == 404
    assert_error_shape(await missing.json(), 404)
    wrong_method = await client.put("/v1/check", json={}, headers=auth)
    assert wrong_method.status == 405
    assert_error_shape(await wrong_method.json(), 405)


async def test_an_unknown_person_is_a_404_sentence(client, auth) -> None:
    response = await client.get("/v1/people/p-000000000000", headers=auth)
    assert response.status == 404
    assert_error_shape(await response.json(), 404)


async def test_a_pairing_code_gives_the_token_once(client, data_dir: Path) -> None:
    code = PairingBook(data_dir).new_code()
    first = await client.post("/v1/pair", json={"code": code})
    assert first.status == 200
    assert (await first.json()) == {"token": get_or_create_token(data_dir)}
    again = await client.post("/v1/pair", json={"code": code})
    assert again.status == 409  # already used: told apart from a wrong code (tests/test_pairing.py)
    assert_error_shape(await again.json(), 409)


async def test_a_pairing_code_is_accepted_in_lower_case_and_without_the_dash(client, data_dir: Path) -> None:
    code = PairingBook(data_dir).new_code()
    response = await client.post("/v1/pair", json={"code": code.replace("-", "").lower()})
    assert response.status == 200


def test_an_expired_pairing_code_is_refused(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    book = PairingBook(data_dir)
    issued = time.time() - CODE_TTL_SECONDS - 1
    code = book.new_code(now=issued)
    from companion.errors import PairingCodeExpired

    with pytest.raises(PairingCodeExpired, match="expired"):
        book.redeem(code)


async def test_repeated_wrong_codes_lock_pairing_even_for_the_right_code(client, data_dir: Path) -> None:
    code = PairingBook(data_dir).new_code()
    for _ in range(MAX_FAILURES):
        wrong = await client.post("/v1/pair", json={"code": "AAAA-AAAA"})
        assert wrong.status == 403
    locked = await client.post("/v1/pair", json={"code": code})
    assert locked.status == 429
    body = await locked.json()
    assert_error_shape(body, 429)
    assert "locked" in body["error"]


def test_pairing_unlocks_after_the_lockout(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    book = PairingBook(data_dir)
    now = time.time()
    code = book.new_code(now=now)
    from companion.errors import Forbidden, TooManyRequests

    for _ in range(MAX_FAILURES):
        with pytest.raises(Forbidden):
            book.redeem("BBBB-BBBB", origin=OTHER_EXTENSION_ORIGIN, now=now)
    with pytest.raises(TooManyRequests):
        book.redeem(code, origin=OTHER_EXTENSION_ORIGIN, now=now + 1)
    book.redeem(code, origin=OTHER_EXTENSION_ORIGIN, now=now + LOCKOUT_SECONDS + 1)


async def test_wrong_codes_from_one_extension_do_not_lock_pairing_for_another(client, data_dir: Path) -> None:
    code = PairingBook(data_dir).new_code()
    for _ in range(MAX_FAILURES):
        wrong = await client.post("/v1/pair", json={"code": "AAAA-AAAA"}, headers={"Origin": OTHER_EXTENSION_ORIGIN})
        assert wrong.status == 403
    locked = await client.post("/v1/pair", json={"code": code}, headers={"Origin": OTHER_EXTENSION_ORIGIN})
    assert locked.status == 429
    ours = await client.post("/v1/pair", json={"code": code}, headers={"Origin": EXTENSION_ORIGIN})
    assert ours.status == 200, await ours.text()
    assert (await ours.json()) == {"token": get_or_create_token(data_dir)}


async def pair_from(client, data_dir: Path, origin: str) -> str:
    response = await client.post("/v1/pair", json={"code": PairingBook(data_dir).new_code()}, headers={"Origin": origin})
    assert response.status == 200, await response.text()
    return (await response.json())["token"]


async def test_once_paired_only_the_extension_that_paired_may_use_the_token(client, data_dir: Path) -> None:
    token = await pair_from(client, data_dir, EXTENSION_ORIGIN)
    auth = {"Authorization": f"Bearer {token}"}
    ours = await client.get("/v1/status", headers={**auth, "Origin": EXTENSION_ORIGIN})
    assert ours.status == 200
    for stranger in (OTHER_EXTENSION_ORIGIN, FIREFOX_ORIGIN):
        refused = await client.get("/v1/status", headers={**auth, "Origin": stranger})
        assert refused.status == 403, stranger
        assert_error_shape(await refused.json(), 403)
        posted = await client.post("/v1/check", json={"text": "hi"}, headers={**auth, "Origin": stranger})
        assert posted.status == 403, stranger
    script = await client.get("/v1/status", headers=auth)  # no Origin: curl, scripts, the CLI
    assert script.status == 200


async def test_pairing_a_second_browser_adds_its_origin(client, data_dir: Path) -> None:
    first = await pair_from(client, data_dir, EXTENSION_ORIGIN)
    second = await pair_from(client, data_dir, FIREFOX_ORIGIN)
    assert first == second
    for origin in (EXTENSION_ORIGIN, FIREFOX_ORIGIN):
        response = await client.get("/v1/status", headers={"Authorization": f"Bearer {first}", "Origin": origin})
        assert response.status == 200, origin
    refused = await client.get("/v1/status", headers={"Authorization": f"Bearer {first}",
                                                      "Origin": OTHER_EXTENSION_ORIGIN})
    assert refused.status == 403


async def test_paired_origins_are_remembered_by_the_next_server(client, aiohttp_client, data_dir: Path) -> None:
    from companion.api.app import create_app
    from companion.api.server_state import ServerSettings

    token = await pair_from(client, data_dir, EXTENSION_ORIGIN)
    await client.close()
    restarted = await aiohttp_client(create_app(ServerSettings(data_dir=data_dir)))
    auth = {"Authorization": f"Bearer {token}"}
    assert (await restarted.get("/v1/status", headers={**auth, "Origin": EXTENSION_ORIGIN})).status == 200
    assert (await restarted.get("/v1/status", headers={**auth, "Origin": OTHER_EXTENSION_ORIGIN})).status == 403


async def test_a_damaged_list_of_paired_browsers_refuses_extensions_but_not_scripts(client, auth, data_dir) -> None:
    paired_origins_path(data_dir).write_text("{not json")
    refused = await client.get("/v1/status", headers={**auth, "Origin": EXTENSION_ORIGIN})
    assert refused.status == 503
    body = await refused.json()
    assert_error_shape(body, 503)
    assert "companion token --rotate" in body["error"]
    assert (await client.get("/v1/status", headers=auth)).status == 200


def test_the_token_file_is_private(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    token = get_or_create_token(data_dir)
    assert len(token) >= 32
    assert stat.S_IMODE(token_path(data_dir).stat().st_mode) == 0o600
    assert get_or_create_token(data_dir) == token


def test_pairing_codes_are_not_stored_in_clear(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    code = PairingBook(data_dir).new_code()
    stored = (data_dir / "pairing.json").read_text()
    assert code.replace("-", "") not in stored and code not in stored
