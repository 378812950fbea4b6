"""The HTTP API, readable on one screen. Handlers validate at the boundary and call the domain modules."""

from __future__ import annotations

import asyncio
import time

from aiohttp import web

from companion import API_VERSION, APP_NAME, __version__
from companion.api.http_defences import read_body
from companion.api.pairing import get_or_create_token
from companion.api.server_state import GROUND_CACHE, PAIRING, RARITY, SETTINGS, STORE
from companion.errors import InvalidInput, NotFound
from companion.gc_pause import pause_gc_until_idle
from companion.ground.rarity import RarityIndex
from companion.memory.capture import capture_page, person_view
from companion.memory.commitments import record_sent_message
from companion.memory.interactions import log_interaction
from companion.memory.me import load_me, set_me
from companion.memory.notes import add_note, delete_note, edit_note
from companion.memory.people import person_id_for_url, utc_now
from companion.memory.recipient import Recipient, known_recipient
from companion.memory.tie_strength import tie_of
from companion.models import (
    CaptureRequest,
    CheckRequest,
    Health,
    PairRequest,
    PairResponse,
    WireModel,
)
from companion.parsers import parse_profile

routes = web.RouteTableDef()


class TextBody(WireModel):
    text: str


class InteractionBody(WireModel):
    kind: str
    at: str | None = None
    note: str | None = None


class SentBody(WireModel):
    text: str
    to: str | None = None


def _json(model) -> web.Response:
    return web.json_response(model.model_dump(mode="json"))


def _rarity(app: web.Application) -> RarityIndex | None:
    return app[RARITY].index


@routes.get("/v1/health")
async def health(request: web.Request) -> web.Response:
    return _json(Health(app=APP_NAME, api=API_VERSION, version=__version__))


@routes.post("/v1/pair")
async def pair(request: web.Request) -> web.Response:
    body = await read_body(request, PairRequest)
    request.app[PAIRING].redeem(body.code)
    store = request.app[STORE]
    store.set_setting("paired_at", time.strftime("%Y-%m-%dT%H:%M:%S%z"))
    return _json(PairResponse(token=get_or_create_token(request.app[SETTINGS].data_dir)))


@routes.get("/v1/status")
async def status(request: web.Request) -> web.Response:
    store = request.app[STORE]
    store.set_setting("extension_seen_at", time.strftime("%Y-%m-%dT%H:%M:%S%z"))
    return web.json_response(
        {"paired": True, "people": store.count_people(), "me": load_me(store) is not None, "version": __version__,
         "index_ready": request.app[RARITY].index is not None}
    )


@routes.post("/v1/captures")
async def capture(request: web.Request) -> web.Response:
    body = await read_body(request, CaptureRequest)
    pause_gc_until_idle(asyncio.get_running_loop())
    return _json(capture_page(request.app[STORE], body.url, body.html, request.app[RARITY]))


@routes.get("/v1/me")
async def get_me(request: web.Request) -> web.Response:
    me = load_me(request.app[STORE])
    if me is None:
        raise NotFound("Your own profile is not set yet: open it and press “This is me”, or run `companion me set`.")
    return web.json_response({"profile": me.model_dump(mode="json")})


@routes.post("/v1/me")
async def post_me(request: web.Request) -> web.Response:
    body = await read_body(request, CaptureRequest)
    me = set_me(request.app[STORE], parse_profile(body.html, body.url))
    return web.json_response({"profile": me.model_dump(mode="json")})


@routes.post("/v1/check")
async def check(request: web.Request) -> web.Response:
    body = await read_body(request, CheckRequest)
    store = request.app[STORE]
    doc = _known_recipient(store, body.to) if body.to else None
    recipient = (known_recipient(store, doc, utc_now(), _rarity(request.app), request.app[GROUND_CACHE])
                 if doc is not None else Recipient())
    # Imported here: compiling the guard's patterns takes about a second, which start-up does not wait for
    # (app.py warms it in the background; a check that comes first simply waits for it).
    from companion.guard.pitch_guard import GuardSettings, check_draft

    settings = GuardSettings.model_validate(store.get_setting("guard", {}))
    return _json(check_draft(body.text, body.stage or recipient.stage, settings=settings, openers=recipient.openers,
                             their_words=recipient.their_words))


def _known_recipient(store, ref: str) -> dict | None:
    """A recipient named by id or profile URL, read-only; an unknown one is a stranger, not an error."""
    person_id = ref if ref.startswith("p-") else person_id_for_url(store, ref)
    return store.peek_person(person_id) if person_id else None


@routes.post("/v1/sent")
async def sent(request: web.Request) -> web.Response:
    body = await read_body(request, SentBody)
    store = request.app[STORE]
    doc = _known_recipient(store, body.to) if body.to else None
    person_id = doc["id"] if doc else None
    commitments = record_sent_message(store, person_id, body.text)
    return web.json_response(
        {
            "person_id": person_id,
            "logged": person_id is not None,
            "commitments": [c.model_dump(mode="json") for c in commitments],
        }
    )


@routes.get("/v1/lookup")
async def lookup(request: web.Request) -> web.Response:
    person_id = person_id_for_url(request.app[STORE], request.query.get("url", ""))
    if not person_id:
        raise NotFound("No one with that profile URL is in your Rapport yet.")
    return web.json_response({"person_id": person_id})


@routes.get("/v1/people/{person_id}")
async def get_person(request: web.Request) -> web.Response:
    store = request.app[STORE]
    doc = _person_or_404(store, request.match_info["person_id"])
    return _json(person_view(store, doc, _rarity(request.app), cache=request.app[GROUND_CACHE]))


@routes.post("/v1/people/{person_id}/notes")
async def post_note(request: web.Request) -> web.Response:
    body = await read_body(request, TextBody)
    store = request.app[STORE]
    doc = _person_or_404(store, request.match_info["person_id"])
    return _json(add_note(store, doc["id"], body.text))


@routes.patch("/v1/people/{person_id}/notes/{note_id}")
async def patch_note(request: web.Request) -> web.Response:
    body = await read_body(request, TextBody)
    store = request.app[STORE]
    doc = _person_or_404(store, request.match_info["person_id"])
    return _json(edit_note(store, doc["id"], _int_id(request.match_info["note_id"]), body.text))


@routes.delete("/v1/people/{person_id}/notes/{note_id}")
async def remove_note(request: web.Request) -> web.Response:
    store = request.app[STORE]
    doc = _person_or_404(store, request.match_info["person_id"])
    delete_note(store, doc["id"], _int_id(request.match_info["note_id"]))
    return web.json_response({"ok": True})


@routes.post("/v1/people/{person_id}/interactions")
async def post_interaction(request: web.Request) -> web.Response:
    body = await read_body(request, InteractionBody)
    store = request.app[STORE]
    doc = _person_or_404(store, request.match_info["person_id"])
    interaction = log_interaction(store, doc["id"], body.kind, at=body.at, note=body.note)
    tie = tie_of(store.get_person(doc["id"]), None, store.get_setting("tie_weights"))
    return web.json_response(
        {"interaction": interaction.model_dump(mode="json"), "tie": tie.model_dump(mode="json")}
    )


def _person_or_404(store, person_id: str) -> dict:
    doc = store.get_person(person_id)
    if doc is None:
        raise NotFound(f"No person with id {person_id} is in your Rapport.")
    return doc


def _int_id(value: str) -> int:
    if not value.isdigit():
        raise InvalidInput(f"`{value}` is not a note id (a number).")
    return int(value)


ROUTES = routes
