"""Pairing tells a wrong code, an expired one and an already-used one apart (issue 19), in the one error
shape, and only wrong codes count towards the lock on a requesting origin."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from companion.api.pairing import CODE_MEMORY_SECONDS, CODE_TTL_SECONDS, MAX_FAILURES, PairingBook

EXTENSION_ORIGIN = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"


def assert_error_shape(body: dict, status: int) -> None:
    assert set(body) == {"ok", "error", "status"}
    assert body["ok"] is False and body["status"] == status
    assert body["error"].endswith(".")


async def pair(client, code: str) -> tuple[int, dict]:
    response = await client.post("/v1/pair", json={"code": code}, headers={"Origin": EXTENSION_ORIGIN})
    return response.status, await response.json()


async def test_a_wrong_code_is_403_and_says_it_is_not_one_the_companion_gave(client, data_dir: Path) -> None:
    PairingBook(data_dir).new_code()
    status, body = await pair(client, "ZZZZ-ZZZZ")
    assert status == 403
    assert_error_shape(body, 403)
    assert "not one this companion gave" in body["error"]


async def test_a_used_code_is_409_and_says_it_was_used(client, data_dir: Path) -> None:
    code = PairingBook(data_dir).new_code()
    assert (await pair(client, code))[0] == 200
    status, body = await pair(client, code)
    assert status == 409
    assert_error_shape(body, 409)
    assert "already been used" in body["error"]


async def test_an_expired_code_is_410_and_says_it_expired(client, data_dir: Path) -> None:
    code = PairingBook(data_dir).new_code(now=time.time() - CODE_TTL_SECONDS - 5)
    status, body = await pair(client, code)
    assert status == 410
    assert_error_shape(body, 410)
    assert "expired" in body["error"]


async def test_used_and_expired_codes_do_not_lock_pairing_but_wrong_ones_do(client, data_dir: Path) -> None:
    book = PairingBook(data_dir)
    used = book.new_code()
    expired = book.new_code(now=time.time() - CODE_TTL_SECONDS - 5)
    assert (await pair(client, used))[0] == 200
    for _ in range(MAX_FAILURES + 2):
        assert (await pair(client, used))[0] == 409
        assert (await pair(client, expired))[0] == 410
    fresh = book.new_code()
    for _ in range(MAX_FAILURES):
        assert (await pair(client, "ZZZZ-ZZZZ"))[0] == 403
    status, body = await pair(client, fresh)
    assert status == 429
    assert_error_shape(body, 429)


def test_a_code_is_forgotten_a_day_after_it_expired(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    book = PairingBook(data_dir)
    issued = time.time() - CODE_TTL_SECONDS - CODE_MEMORY_SECONDS - 5
    code = book.new_code(now=issued)
    from companion.errors import Forbidden, PairingCodeExpired

    with pytest.raises(PairingCodeExpired):
        book.redeem(code, now=issued + CODE_TTL_SECONDS + 1)
    book.new_code()  # writing the file drops what is older than a day
    assert len(json.loads((data_dir / "pairing.json").read_text())) == 1
    with pytest.raises(Forbidden):
        book.redeem(code)


def test_a_used_code_is_kept_only_as_its_hash(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    book = PairingBook(data_dir)
    code = book.new_code()
    book.redeem(code)
    stored = (data_dir / "pairing.json").read_text()
    assert code.replace("-", "") not in stored and code not in stored
    assert json.loads(stored)[0]["used"] > 0


async def test_the_guard_rules_are_listed_for_the_setup_page(client, auth) -> None:
    from companion.guard.pitch_guard import RULES

    response = await client.get("/v1/settings/guard/rules", headers=auth)
    assert response.status == 200
    rules = (await response.json())["rules"]
    assert [r["id"] for r in rules] == sorted(RULES)
    assert all(r["catches"] for r in rules)
    assert (await client.get("/v1/settings/guard/rules")).status == 401
