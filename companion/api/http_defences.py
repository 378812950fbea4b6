"""The companion's defences, as aiohttp middlewares, and the one error shape.

A local API is reachable by every web page the user opens, so each request must prove it comes from the
extension: the right Host (DNS rebinding), no web Origin (CSRF), JSON only (no `text/plain` simple
request runs), a bounded body, and the bearer token, compared in constant time; once an extension has
paired, only the origins that paired may use the token. Connections are not held for ever either: an idle
one is closed, and a body must arrive in time.
"""

from __future__ import annotations

import asyncio
import errno
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from aiohttp import web
from pydantic import BaseModel, ValidationError

from companion.api.pairing import Credentials, tokens_match
from companion.api.server_state import SETTINGS
from companion.errors import (
    BadRequest,
    CompanionError,
    Forbidden,
    InvalidInput,
    PayloadTooLarge,
    RequestTimeout,
    Unauthorized,
    UnsupportedMediaType,
)

log = logging.getLogger("companion.http")

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
M = TypeVar("M", bound=BaseModel)

EXTENSION_SCHEMES = ("chrome-extension://", "moz-extension://")
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")
PUBLIC_ROUTES = {("GET", "/v1/health"), ("POST", "/v1/pair")}
CAPTURE_BODY_LIMIT = 8 * 1024 * 1024  # a LinkedIn snapshot is a few MiB at most
SMALL_BODY_LIMIT = 256 * 1024
LARGE_BODY_PATHS = ("/v1/captures", "/v1/me")
MAX_JSON_DEPTH = 64
# Decoding and validating a body this large takes milliseconds (25 ms for 7 MiB): done in a thread, so
# the event loop keeps answering other requests meanwhile. Smaller ones are quicker inline than handed off.
DECODE_OFF_LOOP_BYTES = 64 * 1024
IDLE_CONNECTION_SECONDS = 30.0  # a connection with no request in flight (keep-alive, or one never sent)
BODY_READ_SECONDS = 30.0  # the whole body must arrive within this: 8 MiB on loopback takes milliseconds
NOT_WRITABLE = (errno.EACCES, errno.EPERM, errno.EROFS)
DISK_FULL = (errno.ENOSPC, errno.EDQUOT)


def error_response(status: int, message: str) -> web.Response:
    """The one error shape: {"ok": false, "error": "<sentence>", "status": N}."""
    return web.json_response({"ok": False, "error": message, "status": status}, status=status)


_HTTP_SENTENCES = {
    404: "There is no such route; the companion's routes are listed in docs/api.md.",
    405: "That method is not allowed on this route.",
    413: "The request body is too large.",
}


def runner_options() -> dict[str, Any]:
    """Options for the AppRunner that serves the app: idle connections are closed, not held for ever."""
    return {"keepalive_timeout": IDLE_CONNECTION_SECONDS}


@web.middleware
async def errors_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Translate every failure into the one error shape, once, here."""
    try:
        return await handler(request)
    except CompanionError as exc:
        return error_response(exc.status, exc.message)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        return error_response(exc.status, _HTTP_SENTENCES.get(exc.status, exc.reason or "Request failed."))
    except Exception as exc:  # the user gets a sentence, never a traceback; the log keeps the details
        sentence = _data_dir_sentence(exc, request) if isinstance(exc, OSError) else None
        if sentence is not None:
            return error_response(503, sentence)
        log.exception("Unexpected error on %s %s", request.method, request.path)
        return error_response(500, "The companion hit an unexpected error; run `companion doctor` and try again.")


def _data_dir_sentence(exc: OSError, request: web.Request) -> str | None:
    """What to do when the data dir refuses a write: the store says so itself (StoreError, a 503 like any
    CompanionError); this covers whatever reaches the disk without it (a lock file, the pairing files)."""
    settings = request.app.get(SETTINGS)
    data_dir = settings.data_dir if settings is not None else "of the companion"
    if exc.errno in NOT_WRITABLE:
        return (f"The data dir {data_dir} is not writable ({exc.strerror}); make it writable "
                "(or remount it read-write), or restart the companion with another --data-dir.")
    if exc.errno in DISK_FULL:
        return f"The disk holding the data dir {data_dir} is full ({exc.strerror}); free some space and try again."
    return None


def host_is_allowed(host: str | None, port: int, extra_hosts: tuple[str, ...] = ()) -> bool:
    """Host must name loopback with our port: anything else is a DNS-rebinding attempt."""
    if not host:
        return False
    allowed = {f"{name}:{port}" for name in (*LOOPBACK_NAMES, *extra_hosts)}
    return host.lower() in allowed


def make_host_middleware(extra_hosts: tuple[str, ...] = ()):
    @web.middleware
    async def host_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        sockname = request.transport.get_extra_info("sockname") if request.transport else None
        port = sockname[1] if sockname else None
        if port is None or not host_is_allowed(request.headers.get("Host"), port, extra_hosts):
            raise Forbidden("This companion only answers requests addressed to 127.0.0.1 or localhost.")
        return await handler(request)

    return host_middleware


def origin_is_allowed(origin: str | None) -> bool:
    """No Origin (CLI, curl) or an extension's own origin; never a web page's."""
    return origin is None or origin.startswith(EXTENSION_SCHEMES)


@web.middleware
async def origin_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    origin = request.headers.get("Origin")
    if not origin_is_allowed(origin):
        raise Forbidden("Requests from web pages are refused; only the Rapport extension may call the companion.")
    if request.method == "OPTIONS" and origin:
        response: web.StreamResponse = web.Response(status=204)
    else:
        response = await handler(request)
    if origin:
        # Only ever an extension origin reaches here: web origins get no CORS header at all.
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Headers"] = "Authorization, Content-Type"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, PATCH, DELETE"
        response.headers["Vary"] = "Origin"
    return response


def make_auth_middleware(credentials: Credentials):
    @web.middleware
    async def auth_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        if (request.method, request.path) not in PUBLIC_ROUTES:
            header = request.headers.get("Authorization", "")
            scheme, _, given = header.partition(" ")
            expected = credentials.token()
            if scheme.lower() != "bearer" or not given or not expected or not tokens_match(given.strip(), expected):
                raise Unauthorized(
                    "Missing or wrong API token; pair the extension again (`companion pair`) "
                    "or send `Authorization: Bearer <token>` from `companion token`."
                )
            # Only an extension's origin gets this far (origin_middleware); no Origin at all is a script.
            origin = request.headers.get("Origin")
            if origin is not None and not credentials.origin_is_paired(origin):
                raise Forbidden(
                    "This browser extension has not paired with the companion; enter a code from "
                    "`companion pair` on its setup page."
                )
        return await handler(request)

    return auth_middleware


@web.middleware
async def body_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Bodies are JSON only (a web page's text/plain POST must not run) and bounded in size."""
    if request.method in ("POST", "PUT", "PATCH"):
        if request.content_type != "application/json":
            raise UnsupportedMediaType("Send the body as JSON with `Content-Type: application/json`.")
        limit = body_limit(request.path)
        if request.content_length is not None and request.content_length > limit:
            raise PayloadTooLarge(f"The request body is larger than the {limit // 1024} KiB this route accepts.")
    return await handler(request)


def body_limit(path: str) -> int:
    return CAPTURE_BODY_LIMIT if path.startswith(LARGE_BODY_PATHS) else SMALL_BODY_LIMIT


def _depth(value: object, level: int = 0) -> int:
    if level > MAX_JSON_DEPTH:
        return level
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level + 1)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level + 1)
    return level


async def read_body(request: web.Request, model: type[M]) -> M:
    """The request body, validated into `model`; a sentence (400/408/413/422) otherwise."""
    raw = await read_raw_body(request)
    if len(raw) > DECODE_OFF_LOOP_BYTES:
        return await asyncio.get_running_loop().run_in_executor(None, decode_body, raw, model)
    return decode_body(raw, model)


async def read_raw_body(request: web.Request) -> bytearray:
    """The request body's bytes, bounded in size and time (408/413); `decode_body` validates them. For a route
    that hands the body to a worker thread anyway, to be decoded there in the same trip."""
    limit = body_limit(request.path)
    raw = bytearray()
    try:
        async with asyncio.timeout(BODY_READ_SECONDS):
            async for chunk in request.content.iter_chunked(64 * 1024):
                raw += chunk
                if len(raw) > limit:
                    raise PayloadTooLarge(
                        f"The request body is larger than the {limit // 1024} KiB this route accepts.")
    except TimeoutError:
        raise RequestTimeout(
            f"The request body did not arrive within {BODY_READ_SECONDS:g} seconds; send it again."
        ) from None
    return raw


def decode_body(raw: bytes | bytearray, model: type[M]) -> M:
    """A body's bytes, validated into `model`; a sentence (400/422) otherwise. Pure: may run in a worker."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:  # said as a person reads it, not as Python's class name (finding F25)
        raise BadRequest(f"The body is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}).") from exc
    except UnicodeDecodeError as exc:
        raise BadRequest("The body is not valid JSON: it is not UTF-8 text.") from exc
    except (ValueError, RecursionError) as exc:
        raise BadRequest("The body is not valid JSON, or is nested too deeply to read.") from exc
    if _depth(data) > MAX_JSON_DEPTH:
        raise BadRequest("The JSON body is nested too deeply.")
    if not isinstance(data, dict):
        raise InvalidInput("The body must be a JSON object.")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "body"
        raise InvalidInput(f"Invalid field `{where}`: {first['msg']}.") from exc
