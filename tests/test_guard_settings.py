"""The guard's settings exist: saved in the store, applied to every check, from the CLI and the API alike."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from companion.cli import main

PITCH = "Hi! We help agencies like yours double their leads. Book a quick demo: calendly.com/acme/15min"


def run(data_dir, *args, ok=True):
    result = CliRunner().invoke(main, [*args, "--data-dir", str(data_dir)])
    if ok:
        assert result.exit_code == 0, (result.output, result.exception)
    return result


def test_guard_lists_every_rule_with_what_it_catches_and_the_settings(data_dir):
    shown = json.loads(run(data_dir, "guard", "--json").stdout)
    assert shown["strictness"] == "normal" and shown["disabled_rules"] == []
    assert {"calendar-link", "wording"} <= {r["id"] for r in shown["rules"]}
    assert all(r["catches"] and r["enabled"] for r in shown["rules"])
    assert "calendar-link" in run(data_dir, "guard").stdout


def test_disabled_rules_and_strictness_are_saved_and_apply_to_every_check(data_dir):
    before = json.loads(CliRunner().invoke(main, ["check", "--stage", "stranger", "--json", "--data-dir",
                                                  str(data_dir)], input=PITCH).stdout)
    assert "calendar-link" in {r["rule"] for r in before["reasons"]}
    run(data_dir, "guard", "disable", "calendar-link")
    run(data_dir, "guard", "strictness", "relaxed")
    after = json.loads(CliRunner().invoke(main, ["check", "--stage", "stranger", "--json", "--data-dir",
                                                 str(data_dir)], input=PITCH).stdout)
    assert "calendar-link" not in {r["rule"] for r in after["reasons"]}
    shown = json.loads(run(data_dir, "guard", "--json").stdout)
    assert shown["strictness"] == "relaxed" and shown["disabled_rules"] == ["calendar-link"]
    run(data_dir, "guard", "enable", "calendar-link")
    assert json.loads(run(data_dir, "guard", "--json").stdout)["disabled_rules"] == []


def test_an_unknown_rule_or_level_is_one_sentence(data_dir):
    result = run(data_dir, "guard", "disable", "no-such-rule", ok=False)
    assert result.exit_code == 1 and "No rule is called 'no-such-rule'" in result.stderr
    assert run(data_dir, "guard", "strictness", "extreme", ok=False).exit_code == 2


def test_the_verdict_hint_names_the_real_command(data_dir):
    result = CliRunner().invoke(main, ["check", "--stage", "stranger", "--data-dir", str(data_dir)], input=PITCH)
    assert "companion guard disable RULE" in result.stdout


async def test_settings_round_trip_through_the_api_and_apply_to_checks(client, auth):
    response = await client.get("/v1/settings/guard", headers=auth)
    assert response.status == 200 and await response.json() == {"strictness": "normal", "disabled_rules": []}
    response = await client.put("/v1/settings/guard", headers=auth,
                                json={"strictness": "strict", "disabled_rules": ["calendar-link"]})
    assert response.status == 200 and (await response.json())["strictness"] == "strict"
    verdict = await (await client.post("/v1/check", headers=auth, json={"text": PITCH, "stage": "stranger"})).json()
    assert "calendar-link" not in {r["rule"] for r in verdict["reasons"]}
    assert (await (await client.get("/v1/settings/guard", headers=auth)).json())["disabled_rules"] == ["calendar-link"]


@pytest.mark.parametrize("body", [{"strictness": "extreme"}, {"disabled_rules": ["nope"]}, {"disabled_rules": "x"}])
async def test_a_bad_settings_body_is_refused_with_the_error_shape(client, auth, body):
    response = await client.put("/v1/settings/guard", headers=auth, json=body)
    error = await response.json()
    assert response.status in (400, 422) and error["ok"] is False and error["error"].endswith(".")


async def test_settings_need_the_token(client):
    assert (await client.get("/v1/settings/guard")).status == 401
