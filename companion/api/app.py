"""Builds the aiohttp application; nothing else."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from collections.abc import AsyncIterator

from aiohttp import web

from companion.api.http_defences import (
    CAPTURE_BODY_LIMIT,
    body_middleware,
    errors_middleware,
    make_auth_middleware,
    make_host_middleware,
    origin_middleware,
)
from companion.api.pairing import PairingBook, get_or_create_token
from companion.api.routes import ROUTES
from companion.api.server_state import GROUND_CACHE, PAIRING, RARITY, SETTINGS, STORE, ServerSettings
from companion.ground.common_ground import warm_up
from companion.ground.rarity import LiveRarity, RarityIndex
from companion.memory.capture import GroundCache
from companion.memory.people import merged_profile
from companion.storage.data_dir import ensure_data_dir
from companion.storage.store import Store

log = logging.getLogger("companion.app")


def create_app(settings: ServerSettings) -> web.Application:
    """The companion's web application for one data dir."""
    data_dir = ensure_data_dir(settings.data_dir)
    token = get_or_create_token(data_dir)
    app = web.Application(
        middlewares=[
            errors_middleware,
            make_host_middleware(settings.extra_hosts),
            origin_middleware,
            make_auth_middleware(lambda: token),
            body_middleware,
        ],
        client_max_size=CAPTURE_BODY_LIMIT,
    )
    app[SETTINGS] = settings
    app[PAIRING] = PairingBook(data_dir)
    app[RARITY] = LiveRarity()
    app[GROUND_CACHE] = GroundCache(rarity=app[RARITY])
    app.cleanup_ctx.append(_store_context)
    app.router.add_routes(ROUTES)
    return app


async def _store_context(app: web.Application) -> AsyncIterator[None]:
    store = Store(app[SETTINGS].data_dir).open()
    app[STORE] = store
    # Everyone stored now is counted by the build; anyone captured from here on is queued in app[RARITY].
    build = asyncio.create_task(_build_rarity_index(app, list(store.people())))
    yield
    build.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await build
    store.close()


async def _build_rarity_index(app: web.Application, snapshot: list[dict]) -> None:
    """Warm the tables and build the rarity index off the event loop, so start-up is not held up by them."""

    def build() -> RarityIndex:
        import companion.guard.pitch_guard  # noqa: F401  (compiles the guard's patterns, about a second)

        warm_up()
        return RarityIndex.from_profiles(merged_profile(doc) for doc in snapshot)

    try:
        index = await asyncio.get_running_loop().run_in_executor(None, build)
    except Exception:  # the built-in prior keeps answering; the log says why contacts' counts are missing
        log.exception("The rarity index could not be built; common ground uses the built-in prior until a restart.")
        return
    app[RARITY].ready(index)
    # The store and the index are long-lived: move them out of the cyclic GC's sight, so its full passes
    # stay short and do not show up as latency spikes on captures.
    gc.freeze()
