"""The cyclic GC is paused around bursts of allocation and always turned back on."""

from __future__ import annotations

import asyncio
import gc

import pytest

from companion.gc_pause import gc_paused, gc_paused_until_idle


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


async def test_a_request_pause_holds_across_awaits_and_lifts_on_the_turn_after():
    loop = asyncio.get_running_loop()
    with gc_paused_until_idle(loop):
        await asyncio.sleep(0)  # work handed to a thread, or any await: still paused
        await loop.run_in_executor(None, lambda: None)
        assert not gc.isenabled()
        with gc_paused_until_idle(loop):  # a second request meanwhile changes nothing
            pass
        assert not gc.isenabled()
    assert not gc.isenabled(), "collection resumes on the loop's next turn, not before the answer is written"
    await asyncio.sleep(0)
    assert gc.isenabled()
