"""The companion warms the send guard before it answers anything, so the first check after `companion serve` is
as fast as any later one (how fast: `bench/bench_guard.py` times the first POST /v1/check of fresh `companion serve`
starts; here: that the warm-up is done before the first request)."""

from __future__ import annotations

from pathlib import Path

from companion.ground.normalise.text import load_table
from companion.guard import pitch_guard
from companion.guard.model import load_model


def _cold_guard() -> None:
    """Forget the loaded weights, every compiled regex and the common-ground tables, as in a fresh process."""
    load_model.cache_clear()
    load_table.cache_clear()
    for _, pattern in pitch_guard._SCANNER.named:
        pattern._compiled.clear()


async def test_the_guard_is_warm_before_the_server_answers_its_first_request(aiohttp_client, data_dir: Path) -> None:
    from companion.api.app import create_app
    from companion.api.server_state import ServerSettings

    _cold_guard()
    members = [pattern for _, pattern in pitch_guard._SCANNER.named]
    assert load_model.cache_info().currsize == 0 and not any(pattern._compiled for pattern in members)
    assert load_table.cache_info().currsize == 0
    await aiohttp_client(create_app(ServerSettings(data_dir=data_dir)))  # started: its start-up hooks have run
    # No request was made, yet the weights are loaded (the matcher's start finder is built with the module).
    assert load_model.cache_info().currsize >= 1
    # Every rule's regexes, not only those the warm-up drafts happen to reach: no later check compiles one.
    assert all(pattern._compiled.keys() >= set(pattern.scan_regex_names()) for pattern in members)
    # A check to someone stored reads common ground: its tables are loaded before the first request too, not in
    # the background, where a check sent just after start would wait on them.
    assert load_table.cache_info().currsize >= 1


async def test_the_tables_are_warmed_once_at_start_up(aiohttp_client, data_dir: Path, monkeypatch) -> None:
    import asyncio

    from companion.api import app as app_module
    from companion.api.app import create_app
    from companion.api.server_state import RARITY, ServerSettings

    calls = []
    real = app_module.warm_up
    monkeypatch.setattr(app_module, "warm_up", lambda: (calls.append(1), real())[1])
    client = await aiohttp_client(create_app(ServerSettings(data_dir=data_dir)))
    for _ in range(500):  # the rarity index builds in the background: it must not warm the tables again
        if client.server.app[RARITY].index is not None:
            break
        await asyncio.sleep(0.01)
    assert client.server.app[RARITY].index is not None
    assert len(calls) == 1
