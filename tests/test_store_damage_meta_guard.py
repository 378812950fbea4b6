"""A damaged store/meta.json (settings, counters, which shards exist) does not turn the send guard off (newcomer 5,
item 2): POST /v1/check, `companion check` and GET /v1/status keep working, the guard checks with its default
settings and says so once, status names the file in `damage`/`damaged_files`, reads from the sound shards
answer, and every write is a 503 that names the file and what to run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from memory_helpers import capture
from test_server_with_a_damaged_file import serve_banner

from companion.api.app import create_app
from companion.api.server_state import ServerSettings
from companion.cli import main
from companion.storage.store import Store, list_backups

PITCH = "Buy my course now, 50% off"


@pytest.fixture
def damaged_meta(data_dir: Path) -> dict:
    """Three people, strict guard settings, a start-up backup, then meta.json overwritten with broken JSON."""
    with Store(data_dir) as store:
        ids = [capture(store, f"Person {i}", f"person-{i}")["id"] for i in range(3)]
        store.set_setting("guard", {"strictness": 0.8, "disabled_rules": []})
    Store(data_dir).open(backup="start").close()
    meta = data_dir / "store" / "meta.json"
    meta.write_bytes(b'{"garbage": [')
    return {"meta": meta, "ids": ids}


async def test_the_server_checks_and_reports_a_damaged_meta_file(aiohttp_client, data_dir, damaged_meta, auth):
    backups = list_backups(data_dir / "backups")
    client = await aiohttp_client(create_app(ServerSettings(data_dir=data_dir)))

    response = await client.post("/v1/check", headers=auth, json={"text": PITCH, "stage": "stranger"})
    assert response.status == 200, await response.text()
    assert (await response.json())["verdict"] == "block"

    response = await client.get("/v1/status", headers=auth)
    assert response.status == 200, await response.text()
    status = await response.json()
    assert status["damaged_files"] == ["meta.json"]
    assert str(damaged_meta["meta"]) in status["damage"] and "default settings" in status["damage"]
    assert "companion restore --only-damaged" in status["damage"]
    assert status["people"] == 3  # every shard is sound: everyone still answers

    assert (await client.get(f"/v1/people/{damaged_meta['ids'][0]}", headers=auth)).status == 200
    assert (await client.get("/v1/settings/guard", headers=auth)).status == 200  # the defaults, read

    response = await client.put("/v1/settings/guard", headers=auth, json={"strictness": "relaxed"})
    answer = await response.json()
    assert response.status == 503, answer
    assert "meta.json" in answer["error"] and "companion restore --only-damaged" in answer["error"]
    response = await client.post(f"/v1/people/{damaged_meta['ids'][0]}/notes", headers=auth, json={"text": "hi"})
    assert response.status == 503
    await client.close()
    assert damaged_meta["meta"].read_bytes() == b'{"garbage": ['  # kept as it is, for a restore
    assert list_backups(data_dir / "backups") == backups  # no start-up backup of the damage


def test_companion_check_uses_the_default_settings_and_says_so_once(data_dir, damaged_meta):
    result = CliRunner().invoke(main, ["check", "--stage", "stranger"], input=PITCH)
    assert result.exit_code == 0, result.output
    assert "block" in result.stdout
    assert result.stderr.count("meta.json") == 1 and "default settings" in result.stderr
    assert "Error" not in result.output


def test_a_command_that_writes_is_still_refused(data_dir, damaged_meta):
    result = CliRunner().invoke(main, ["note", damaged_meta["ids"][0], "met at the meetup"])
    assert result.exit_code == 1
    assert "meta.json" in result.output


def test_serve_starts_on_a_damaged_meta_file_and_says_so_once(data_dir, damaged_meta):
    text = serve_banner(data_dir)
    assert text.count("A store file is damaged") == 1, text
    assert "meta.json" in text and "default settings" in text and "companion restore --only-damaged" in text


def test_an_export_with_a_damaged_meta_file_says_the_settings_are_missing(data_dir, damaged_meta):
    refused = CliRunner().invoke(main, ["export", "--format", "json"])
    assert refused.exit_code == 1 and "Nothing was exported" in refused.output
    partial = CliRunner().invoke(main, ["export", "--format", "json", "--partial"])
    assert partial.exit_code == 0, partial.output
    data = json.loads(partial.stdout)
    assert len(data["people"]) == 3
    assert [Path(p).name for p in data["partial"]["damaged_files"]] == ["meta.json"]
    assert "settings" in partial.stderr and "left out" in partial.stderr
