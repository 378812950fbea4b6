"""bench/bench_extension.py reads the content script's main-thread work out of a Chromium trace."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from bench_extension import View, content_figure, views_from_trace  # noqa: E402

EXT = "abcdefghijklmnop"
PAGE = {"pid": 7, "tid": 7}


def mark(label: str, ts: int, tts: int, **where) -> dict:
    return {"name": "TimeStamp", "ph": "I", "ts": ts, "tts": tts, **(where or PAGE),
            "args": {"data": {"message": label}}}


def evaluate(script: str, ts: int, tdur: int, **where) -> dict:
    return {"name": "EvaluateScript", "ph": "X", "ts": ts, "dur": tdur * 2, "tdur": tdur, **(where or PAGE),
            "args": {"data": {"url": f"chrome-extension://{EXT}/src/{script}"}}}


def test_each_view_adds_its_marked_spans_and_its_script_start_up_in_thread_time():
    events = [
        evaluate("guard/guard.js", 100, 700),
        evaluate("content/rapport.js", 1_000, 300),
        evaluate("content/run_features.js", 1_400, 500),
        {"name": "EvaluateScript", "ph": "X", "ts": 1_500, "dur": 9_000, "tdur": 9_000, **PAGE,
         "args": {"data": {"url": "https://www.linkedin.com/app.js"}}},  # the page's own script: not ours
        mark("rapport:work-begin", 2_000, 50_000),
        mark("rapport:work-end", 2_900, 50_400),  # a poll: 0.4 ms of CPU over 0.9 ms of wall
        mark("rapport:work-begin", 3_000, 51_000),
        mark("rapport:snapshot-taken", 6_000, 53_500),  # the snapshot: 2.5 ms of CPU
        mark("rapport:capture-end", 9_000, 55_000),  # its hand-over: 1.5 ms
        mark("rapport:work-begin", 10_000, 60_000, pid=9, tid=9),  # another renderer (the side panel)
        evaluate("content/rapport.js", 20_000, 100),
        mark("rapport:work-begin", 21_000, 70_000),
        mark("rapport:capture-end", 22_000, 71_000),
    ]
    first, second = views_from_trace(events, EXT)
    assert first.spans == [0.4, 2.5, 1.5]
    assert (first.polls_cpu, first.snapshot_cpu, first.handover_cpu) == (0.4, 2.5, 1.5)
    assert first.work_cpu == 4.4 and first.work_wall == 6.9
    assert first.startup_cpu == 0.8 and first.guard_startup_cpu == 0.7
    assert round(first.total_cpu, 6) == 5.2
    assert second.spans == [1.0] and second.startup_cpu == 0.1


def test_a_trace_without_marks_has_no_views():
    assert views_from_trace([evaluate("content/rapport.js", 0, 100)], EXT) == []


def test_the_stolen_share_is_steal_ticks_over_all_ticks():
    from report import cpu_ticks, stolen_share

    assert stolen_share((1000, 10), (2000, 110)) == 0.1
    assert stolen_share(None, (2000, 110)) is None
    assert stolen_share((2000, 10), (2000, 10)) is None, "no time passed"
    now = cpu_ticks()
    assert now is None or (now[0] >= now[1] >= 0)


def test_the_content_figure_judges_the_median_view_and_names_its_parts():
    views = [View(snapshot_cpu=2.0, handover_cpu=1.0, polls_cpu=0.4, startup_cpu=0.9 + i) for i in range(3)]
    figure = content_figure("per view", views, "3 views")
    assert figure.measured.startswith("p50 5.30 ms") and figure.met is False
    assert "serialising the snapshot 2.0 ms" in figure.note and "start-up 1.9 ms" in figure.note
    assert content_figure("per view", views[:1], "1 view").met is True
