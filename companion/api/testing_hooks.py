"""Hooks for tests only, read once from the environment when the app is built. Every one is off unless its
variable is set, and then the server says so in its log at start-up.

COMPANION_TEST_CHECK_DELAY_MS=<milliseconds>
    Every authorised POST /v1/check waits this long (on the event loop, so other routes still answer)
    before it is judged: a companion that is there but slow, for the extension's send-guard tests
    (tests/browser/test_guard_context.py). 0 to 10,000; anything else is ignored.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Mapping

from aiohttp import web
from aiohttp.typedefs import Handler, Middleware

CHECK_DELAY_ENV = "COMPANION_TEST_CHECK_DELAY_MS"
MAX_CHECK_DELAY_MS = 10_000

log = logging.getLogger("companion.app")


def check_delay_ms(environ: Mapping[str, str] = os.environ) -> int:
    """The delay the environment asks for, in milliseconds; 0 (no hook) when unset or not a valid number."""
    raw = environ.get(CHECK_DELAY_ENV, "").strip()
    if not raw:
        return 0
    try:
        delay = int(raw)
    except ValueError:
        return 0
    return delay if 0 < delay <= MAX_CHECK_DELAY_MS else 0


def testing_middlewares(environ: Mapping[str, str] = os.environ) -> list[Middleware]:
    """The test-only middlewares the environment turns on (none in normal use)."""
    delay_ms = check_delay_ms(environ)
    if not delay_ms:
        return []
    log.warning("Test hook on (%s): every POST /v1/check is delayed by %d ms.", CHECK_DELAY_ENV, delay_ms)

    @web.middleware
    async def delay_checks(request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.method == "POST" and request.path == "/v1/check":
            await asyncio.sleep(delay_ms / 1000)
        return await handler(request)

    return [delay_checks]
