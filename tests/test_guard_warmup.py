"""The companion warms the send guard before it answers anything, so the first check after `companion serve` is
as fast as any later one (how fast is measured in README; here: that the warm-up is done before the first request)."""

from __future__ import annotations

from pathlib import Path

from companion.guard import pitch_guard
from companion.guard.model import load_model


def _cold_guard() -> None:
    """Forget the loaded weights and every compiled regex, as in a fresh process."""
    load_model.cache_clear()
    for pattern in (pitch_guard._SCANNER.combined, *(p for _, p in pitch_guard._SCANNER.named)):
        pattern._compiled.clear()


async def test_the_guard_is_warm_before_the_server_answers_its_first_request(aiohttp_client, data_dir: Path) -> None:
    from companion.api.app import create_app
    from companion.api.server_state import ServerSettings

    _cold_guard()
    assert load_model.cache_info().currsize == 0 and not pitch_guard._SCANNER.combined._compiled
    await aiohttp_client(create_app(ServerSettings(data_dir=data_dir)))  # started: its start-up hooks have run
    # No request was made, yet the weights are loaded and the matcher's start finder is compiled.
    assert load_model.cache_info().currsize >= 1
    assert "starts" in pitch_guard._SCANNER.combined._compiled
    # Every rule's regexes, not only those the warm-up drafts happen to reach: no later check compiles one.
    members = [pattern for _, pattern in pitch_guard._SCANNER.named]
    assert all(pattern._compiled.keys() >= {"plain", "other", "anchors"} for pattern in members)
