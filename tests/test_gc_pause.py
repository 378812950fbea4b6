"""The cyclic GC is paused around bursts of allocation and always turned back on."""

from __future__ import annotations

import asyncio
import gc

import pytest

from companion.gc_pause import gc_paused, pause_gc_until_idle


def test_pauses_nest_and_only_the_outermost_turns_collection_back_on():
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled(), "the inner pause must not resume collection early"
    assert gc.isenabled()


def test_a_pause_ends_even_when_the_block_fails():
    with pytest.raises(ValueError), gc_paused():
        raise ValueError("boom")
    assert gc.isenabled()


async def test_a_request_pause_lasts_until_the_event_loop_turns():
    pause_gc_until_idle(asyncio.get_running_loop())
    assert not gc.isenabled()
    pause_gc_until_idle(asyncio.get_running_loop())  # a second request in the same turn changes nothing
    await asyncio.sleep(0)
    assert gc.isenabled()
