"""Capture mend 13: GroundCache keeps the why_no_starters sentence in the entry itself (its third item, as KeptGround
does), one structure read once, so a reader never finds the sentence of an entry another thread just evicted (a
KeyError when it was a second dict, checked and then read)."""

from __future__ import annotations

import sys
import threading
import time

from companion.memory.capture import GroundCache
from companion.models import CommonGround


def _entry() -> tuple:
    return (CommonGround(), [])


def test_the_sentence_lives_in_the_entry_and_goes_with_it():
    cache = GroundCache(size=2)
    cache.put("a", _entry())
    assert cache.why("a") is None
    cache.put_why("a", "no starter: a name only in Chinese characters")
    assert cache.why("a") == ("no starter: a name only in Chinese characters",)
    assert cache.get("a") == _entry(), "get hands back the ground and starters, not the sentence"
    cache.put_why("b", "never asked for an entry it does not hold")
    assert cache.why("b") is None
    cache.put("a", _entry())
    assert cache.why("a") is None, "a new entry drops the sentence of the old one"
    cache.put_why("a", None)
    assert cache.why("a") == (None,), "a kept None (no rule applies) is kept, not asked again"
    cache.put("b", _entry())
    cache.put("c", _entry())
    assert cache.get("a") is None and cache.why("a") is None


def test_readers_never_fail_while_another_thread_evicts():
    cache = GroundCache(size=1)
    errors: list[BaseException] = []
    stop = time.monotonic() + 1.5

    def churn():
        n = 0
        while time.monotonic() < stop:
            n += 1
            cache.put("a" if n % 2 else "b", _entry())
            cache.put_why("a" if n % 2 else "b", "why")

    def read():
        try:
            while time.monotonic() < stop:
                cache.why("a")
                cache.get("b")
        except BaseException as error:  # noqa: BLE001 - any failure of a reader is the finding
            errors.append(error)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible: the race shows within the run
    try:
        threads = [threading.Thread(target=churn), threading.Thread(target=read), threading.Thread(target=read)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert errors == []
