"""The topic a check-in takes from a note: read at once, however the note is spaced."""

import time

from companion.memory.followups import talk_topic


def test_a_note_with_a_long_run_of_spaces_gives_its_topic_at_once():
    started = time.perf_counter()
    talk_topic("About a" + " " * 20_000 + "b")
    assert time.perf_counter() - started < 1.0  # a stall guard: the pattern retried from every space took 10 s
    assert talk_topic("talked about   the   seed round  yesterday") == "the seed round"
