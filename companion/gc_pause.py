"""Pausing Python's cyclic garbage collector around bursts of allocation.

Loading the store or building a page's soup makes tens of thousands of objects at once; the cyclic GC
would walk them again and again while they are made. Pausing it there (and collecting once after)
costs nothing in correctness: reference counting still frees everything that is not in a cycle.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only named: a command that pauses the GC has no event loop, and asyncio costs it 60 ms
    import asyncio


@contextmanager
def gc_paused(resume: Callable[[], object] = gc.enable) -> Iterator[None]:
    """No cyclic collection inside the block (nests: only the outermost pause calls `resume`)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            resume()


def gc_paused_until_idle(loop: asyncio.AbstractEventLoop):
    """No cyclic collection inside the block, awaits included (work handed to a thread too: the collector is
    one for the process); it resumes on the loop's turn after the block, once the answer is on its way."""
    return gc_paused(lambda: loop.call_soon(gc.enable))
