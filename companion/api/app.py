"""Builds the aiohttp application; nothing else."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
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
from companion.api.pairing import Credentials, PairingBook, get_or_create_token
from companion.api.routes import ROUTES
from companion.api.server_state import (
    EXTENSION_SEEN,
    GROUND_CACHE,
    PAIRING,
    RARITY,
    SETTINGS,
    STORE,
    WORKERS,
    ExtensionSeen,
    ServerSettings,
    Workers,
)
from companion.api.testing_hooks import testing_middlewares
from companion.errors import CompanionError
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
    get_or_create_token(data_dir)
    app = web.Application(
        middlewares=[
            errors_middleware,
            make_host_middleware(settings.extra_hosts),
            origin_middleware,
            make_auth_middleware(Credentials(data_dir)),
            body_middleware,
            *testing_middlewares(),  # none unless a test turns one on (testing_hooks.py)
        ],
        client_max_size=CAPTURE_BODY_LIMIT,
    )
    app[SETTINGS] = settings
    app[PAIRING] = PairingBook(data_dir)
    app[RARITY] = LiveRarity()
    app[GROUND_CACHE] = GroundCache(rarity=app[RARITY])
    app[EXTENSION_SEEN] = ExtensionSeen()
    app.cleanup_ctx.append(_workers_context)
    app.cleanup_ctx.append(_store_context)
    app.router.add_routes(ROUTES)
    return app


async def _workers_context(app: web.Application) -> AsyncIterator[None]:
    app[WORKERS] = Workers.start()
    yield
    app[WORKERS].stop()


async def _store_context(app: web.Application) -> AsyncIterator[None]:
    # Each run of the server begins with a restore point. A damaged shard of people does not stop it: the send
    # guard must keep checking (without the companion the extension lets every message go unchecked), so reads
    # answer from the sound shards, every write is refused with a 503 and no backup is taken (store.py).
    store = Store(app[SETTINGS].data_dir, tolerate_damage=True, refuse_all_writes_when_damaged=True).open(backup="start")
    app[STORE] = store
    # The guard is warmed before the server answers anything (this runs before the site starts), so the
    # first check after `companion serve` is as fast as any later one rather than waiting on the warm-up.
    try:
        await asyncio.get_running_loop().run_in_executor(app[WORKERS].drafts, _warm_guard, store)
    except Exception:  # each check then compiles what it needs itself; slower, never wrong
        log.exception("The send guard could not be warmed up; the first check will be slower.")
    # Everyone stored now is counted by the build; anyone captured from here on is queued in app[RARITY].
    build = asyncio.create_task(_build_rarity_index(app, list(store.people())))
    yield
    build.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await build
    _save_extension_seen(store, app[EXTENSION_SEEN])
    store.close()


def damage_banner(app: web.Application) -> str | None:
    """What `companion serve` says once when it started with a damaged store file; None when every file is sound."""
    store = app.get(STORE)
    return store.damage_note(server=True) if store is not None else None


def _save_extension_seen(store: Store, seen: ExtensionSeen) -> None:
    """Saved once as the server stops, rather than by every GET /v1/status."""
    if seen.at is None or store.damaged_files():  # nothing is written while a store file is damaged
        return
    try:
        store.set_setting("extension_seen_at", seen.at)
    except CompanionError as exc:  # a read-only data dir: only doctor's "last seen" is missing
        log.warning("Could not save when the extension was last seen: %s", exc.message)


# Drafts the start-up check runs, one of each kind the guard weighs (a pitch with a link and numbers, a
# P.S. pitch, a genuine note, a small ask, accented text), each with the page context the extension sends.
_WARM_DRAFTS: tuple[tuple[str, dict | None], ...] = (
    (
        "Hi! We help companies like yours cut QA costs by 40%. Book a quick demo with me this week: "
        "https://calendly.com/acme-sales/demo",
        {"degree": "1st", "thread": {"from_me": 0, "from_them": 0}},
    ),
    (
        "Congratulations on the new role, well deserved! P.S. we just launched a free 30-day trial, "
        "want me to send you the link?",
        {"degree": "2nd"},
    ),
    ("Thanks for the intro yesterday, it was great to catch up.", None),
    (
        "Could you spare 15 minutes next week? I'd love your advice on moving into data engineering.",
        {"thread": {"from_me": 2, "from_them": 3}, "follows_you": True},
    ),
    (
        "Olá! Vi o teu artigo sobre testes e adorei. Já agora, a nossa agência reduz custos em 30 %, "
        "posso enviar uma proposta sem compromisso?",
        {"degree": "3rd"},
    ),
)


def _warm_guard(store: Store) -> None:
    """Everything the first POST /v1/check touches, done once at start-up so that check answers as fast as
    any later one: the guard's patterns (about a second to compile), its model's weights (read on first
    use), the stored guard settings, the page context's stage, and the wire shapes either way."""
    from companion.guard.pitch_guard import check_draft, compile_all
    from companion.memory.guard_settings import load_guard_settings
    from companion.memory.recipient import Recipient, with_stage
    from companion.models import CheckRequest

    compile_all()  # every rule's regexes, not only those the drafts below reach (each compiles on first use)
    # A check to someone stored reads common ground, whose tables load on first use (~0.1 s holding the GIL):
    # loaded here, not in the background, where a check sent just after start would wait on them.
    warm_up()
    for text, context in _WARM_DRAFTS:
        body = CheckRequest.model_validate_json(json.dumps({"text": text, "context": context}))
        recipient = with_stage(Recipient(), body.stage, body.context, known=False)
        verdict = check_draft(
            body.text,
            recipient.stage,
            settings=load_guard_settings(store),
            openers=recipient.openers,
            their_words=recipient.their_words,
            stage_source=recipient.stage_source,
        )
        json.dumps(verdict.model_dump(mode="json"))


async def _build_rarity_index(app: web.Application, snapshot: list[dict]) -> None:
    """Build the rarity index off the event loop, so start-up is not held up by it (the guard, what a user
    waits for, and the tables both read were warmed before the server started answering)."""
    loop = asyncio.get_running_loop()

    def build() -> RarityIndex:
        return RarityIndex.from_profiles(merged_profile(doc) for doc in snapshot)

    try:
        index = await loop.run_in_executor(None, build)
    except Exception:  # the built-in prior keeps answering; the log says why contacts' counts are missing
        log.exception("The rarity index could not be built; common ground uses the built-in prior until a restart.")
        return
    app[RARITY].ready(index)
    # The store and the index are long-lived: move them out of the cyclic GC's sight, so its full passes
    # stay short and do not show up as latency spikes on captures.
    gc.freeze()
