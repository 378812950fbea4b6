"""Pausing Python's cyclic garbage collector around bursts of allocation.

Loading the store or building a page's soup makes tens of thousands of objects at once; the cyclic GC
would walk them again and again while they are made. Pausing it there (and collecting once after)
costs nothing in correctness: reference counting still frees everything that is not in a cycle.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic collection inside the block (nests: only the outermost pause turns it back on)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def pause_gc_until_idle(loop: asyncio.AbstractEventLoop) -> None:
    """Pause the cyclic GC for the rest of this request's synchronous work; it resumes on the event loop's
    next turn, once the answer has been written, so the garbage a capture leaves (its page's soup is one
    big cycle) is collected while the user reads the answer rather than before they get it."""
    if gc.isenabled():
        gc.disable()
        loop.call_soon(gc.enable)
