"""bench/bench_extension.py reads the typing indicator's main-thread work out of a Chromium trace."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from bench_extension import indicator_spans, typing_figure  # noqa: E402


def mark(label: str, ts: int, tts: int) -> dict:
    return {"name": "TimeStamp", "ph": "I", "ts": ts, "tts": tts, "pid": 1, "tid": 1,
            "args": {"data": {"message": f"rapport:indicator-{label}"}}}


def test_spans_are_thread_cpu_between_each_begin_and_its_end_by_kind():
    events = [
        mark("input-begin", 1000, 500), mark("input-end", 1400, 600),  # 0.1 ms of CPU in 0.4 ms of wall
        mark("check-begin", 2000, 700), mark("check-end", 3000, 1400),
        mark("input-begin", 5000, 1500), mark("input-end", 5100, 1550),
        mark("answer-begin", 9000, 2000), mark("answer-end", 9300, 2300),
        mark("input-end", 9500, 2400),  # an end without its begin (the trace started mid-span) is dropped
        {"name": "TimeStamp", "ts": 1, "tts": 1, "args": {"data": {"message": "rapport:work-begin"}}},
    ]
    assert indicator_spans(events) == {"input": [0.1, 0.05], "check": [0.7], "answer": [0.3]}


def test_the_figure_meets_its_target_only_when_handler_and_amortised_checks_are_within_2_ms():
    quick = {"input": [0.05] * 100, "check": [0.6] * 10, "answer": [0.3] * 10}
    figure = typing_figure("LinkedIn", 100, quick)
    assert figure.met is True and "with its checks 0.140 ms" in figure.measured and figure.target == "≤ 2 ms"
    assert typing_figure("LinkedIn", 100, {**quick, "check": [30.0] * 10}).met is False
    assert typing_figure("LinkedIn", 100, {**quick, "input": [0.05] * 90 + [3.0] * 10}).met is False
    assert typing_figure("LinkedIn", 100, {**quick, "input": [0.05] * 10}).met is False  # keystrokes not seen
