"""The extension's content script per profile view, in a real headless Chromium with the extension.

Main-thread work is read from a Chromium trace of the profile tab's renderer, as thread CPU time (the
trace's thread clock), not wall time: on a small machine the wall clock mostly measures the scheduler.
Per view it adds up
- the capture script's spans of work, which it marks with console.timeStamp (each poll for the rendered
  profile, then the snapshot and handing it to the messaging layer), and
- the evaluation of the capture scripts on page load (compiling on the first view, the code cache later).
The send guard's own start-up on the same page is reported beside it. The snapshot's size is the
extension's own trimming code run on the real 2025 LinkedIn page, against the raw page.

The send guard's typing indicator is measured the same way: characters typed into the real saved LinkedIn
and X composers (tests/browser/guard_fixtures.py) with a real companion answering the checks, its spans of
work marked with console.timeStamp (the input handler on every keystroke; the check of the draft and the
showing of the answer, at most every 500 ms), summed as thread CPU time per keystroke.
"""

from __future__ import annotations

import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests" / "browser"))

from report import Figure, percentile  # noqa: E402

REAL = ROOT.parent / "shared" / "fixtures" / "real"
REAL_2025_PAGE = REAL / "linkedin" / "loggedin_2025-04_robcheung.html"
VIEWS = 20


@dataclass(frozen=True)
class ProfilePage:
    """A real saved profile page, served at a fresh profile URL for each view."""

    label: str
    path: Path
    url: str  # with {i}
    key: str  # the capture's view key, with {i}
    owner: str  # the handle the page names as its own; each view serves it as the view's, so the
    #             extension's identity check (the page must name its address) passes as on a real visit
    handle: str  # the view's handle, with {i}


# The target is judged on LinkedIn's 2025 page, the heaviest markup of all; the others show the spread.
LINKEDIN_2025 = ProfilePage("LinkedIn 2025 (logged in)", REAL_2025_PAGE,
                            "https://www.linkedin.com/in/bench-view-{i}/", "linkedin:bench-view-{i}",
                            "robertkcheung", "bench-view-{i}")
OTHER_PAGES = (
    ProfilePage("X 2025 (logged in)", REAL / "twitter" / "react-loggedin_2025-04_perceptnet.html",
                "https://x.com/bench_view_{i}", "x:bench_view_{i}", "perceptnet", "bench_view_{i}"),
    ProfilePage("Bluesky 2025 (logged in)", REAL / "bluesky" / "rendered-loggedin_2025-04_kpitzen.html",
                "https://bsky.app/profile/bench-view-{i}.bsky.social", "bluesky:bench-view-{i}.bsky.social",
                "kpitzen.io", "bench-view-{i}.bsky.social"),
)
TRACE_CATEGORIES = ["devtools.timeline", "v8"]
TYPED = "Hi! We help companies like yours cut QA costs by 40%. Book a quick demo with me this week. " * 2
TYPING_DELAY_MS = 35  # a fast typist: about 28 characters a second
INDICATOR_TARGET_MS = 2.0


@dataclass
class View:
    """One profile view's main-thread work, in milliseconds of thread CPU time unless it says wall."""

    polls_cpu: float = 0.0  # checking whether the profile has rendered
    snapshot_cpu: float = 0.0  # collecting the snapshot (metadata, JSON-LD, serialising the container)
    handover_cpu: float = 0.0  # handing the snapshot to runtime.sendMessage (serialised synchronously)
    startup_cpu: float = 0.0  # evaluating the capture scripts
    guard_startup_cpu: float = 0.0  # evaluating the send guard's scripts (reported beside, not added)
    work_wall: float = 0.0  # polls, snapshot and hand-over on the wall clock
    spans: list[float] = field(default_factory=list)

    @property
    def work_cpu(self) -> float:
        return self.polls_cpu + self.snapshot_cpu + self.handover_cpu

    @property
    def total_cpu(self) -> float:
        return self.work_cpu + self.startup_cpu


def snapshot_ratio() -> tuple[int, int]:
    """(snapshot length, raw length) of the real 2025 page through the extension's own snapshot code."""
    from bench_http import snapshot_payload

    snapshot, raw = snapshot_payload(REAL_2025_PAGE)
    return len(snapshot), raw


def views_from_trace(events: list[dict], extension_id: str) -> list[View]:
    """Split a trace into profile views, each ending at the capture script's `rapport:capture-end` mark."""
    marks = [e for e in events if e.get("name") == "TimeStamp"
             and str(e.get("args", {}).get("data", {}).get("message", "")).startswith("rapport:")]
    if not marks:
        return []
    thread = (marks[0]["pid"], marks[0]["tid"])  # the profile tab's renderer main thread
    prefix = f"chrome-extension://{extension_id}/"
    timeline = sorted((e for e in events if (e.get("pid"), e.get("tid")) == thread
                       and (e in marks or e.get("name") == "EvaluateScript")), key=lambda e: e["ts"])
    views, current, begin = [], View(), None
    for event in timeline:
        if event.get("name") == "EvaluateScript":
            url = str(event.get("args", {}).get("data", {}).get("url", ""))
            if url.startswith(prefix):
                cpu = event.get("tdur", event.get("dur", 0)) / 1000
                if "/src/guard/" in url:
                    current.guard_startup_cpu += cpu
                else:
                    current.startup_cpu += cpu
            continue
        label = event["args"]["data"]["message"]
        if label == "rapport:work-begin":
            begin = event
            continue
        if begin is None:
            continue
        cpu = (event["tts"] - begin["tts"]) / 1000
        current.work_wall += (event["ts"] - begin["ts"]) / 1000
        current.spans.append(cpu)
        if label == "rapport:work-end":
            current.polls_cpu += cpu
            begin = None
        elif label == "rapport:snapshot-taken":
            current.snapshot_cpu += cpu
            begin = event
        elif label == "rapport:capture-end":
            current.handover_cpu += cpu
            begin = None
            views.append(current)
            current = View()
    return views


@contextmanager
def paired_extension(prefix: str):
    """A real companion (your own profile set) and Chromium with the built extension, paired: (browser, companion)."""
    from extension_harness import (
        ME_PROFILE,
        Companion,
        build_extension,
        extension_browser_session,
        free_port,
        pair_through_setup_page,
    )
    from playwright.sync_api import sync_playwright

    work = Path(tempfile.mkdtemp(prefix=prefix))
    companion = Companion(work / "data", free_port())
    companion.cli("me", "set", str(ME_PROFILE))
    try:
        companion.start()
        extension = build_extension("chrome", work / "dist")
        with sync_playwright() as playwright, extension_browser_session(
            playwright, work / "profile", extension, companion
        ) as browser:
            pair_through_setup_page(browser, companion)
            yield browser, companion
    finally:
        companion.stop()


@contextmanager
def traced(browser, site):
    """Records a trace of `site`'s renderer while the block runs; yields the list the events arrive in."""
    events: list[dict] = []
    finished: list[bool] = []
    tracing = browser.context.new_cdp_session(site)
    tracing.on("Tracing.dataCollected", lambda message: events.extend(message["value"]))
    tracing.on("Tracing.tracingComplete", lambda _: finished.append(True))
    tracing.send("Tracing.start", {"traceConfig": {"includedCategories": TRACE_CATEGORIES},
                                   "transferMode": "ReportEvents"})
    yield events
    tracing.send("Tracing.end")
    deadline = time.monotonic() + 30
    while not finished and time.monotonic() < deadline:
        site.wait_for_timeout(100)


def trace_views(page: ProfilePage = LINKEDIN_2025, count: int = VIEWS) -> list[View]:
    """Open `count` views of a real saved page, each at a fresh profile URL, under a trace."""
    html = page.path.read_text(encoding="utf-8", errors="replace")
    with paired_extension("rapport-bench-ext-") as (browser, _):
        panel = browser.open_panel()
        site = browser.context.new_page()
        with traced(browser, site) as events:
            for i in range(count):
                url, key = page.url.format(i=i), page.key.format(i=i)
                browser.routes[url] = html.replace(page.owner, page.handle.format(i=i))
                site.goto(url, timeout=60_000)  # a busy shared machine can take seconds to load a 1.3 MB page
                # Wait until the companion has the capture, so one view's parse never runs beside the next.
                deadline = time.monotonic() + 20
                while time.monotonic() < deadline:
                    states = panel.evaluate("chrome.storage.session.get(null)").values()
                    if any(isinstance(s, dict) and s.get("key") == key
                           and s.get("status") in ("captured", "failed") for s in states):
                        break
                    time.sleep(0.1)
        return views_from_trace(events, browser.ext_id)


def content_figure(what: str, views: list[View], note: str, startup_note: str = "") -> Figure:
    """The content script's work per view against its 5 ms target, with the p50 of each part."""
    total = [v.total_cpu for v in views]

    def p50(attribute: str) -> float:
        return percentile([getattr(v, attribute) for v in views], 50)

    return Figure(
        what, f"p50 {percentile(total, 50):.2f} ms, p95 {percentile(total, 95):.1f} ms", "≤ 5 ms",
        percentile(total, 50) <= 5,
        f"{note}. p50 parts: serialising the snapshot {p50('snapshot_cpu'):.1f} ms, handing it to "
        f"runtime.sendMessage {p50('handover_cpu'):.1f} ms, render check {p50('polls_cpu'):.1f} ms, script "
        f"start-up {p50('startup_cpu'):.1f} ms{startup_note}",
    )


def indicator_spans(events: list[dict]) -> dict[str, list[float]]:
    """The typing indicator's spans of main-thread work from a trace, in ms of thread CPU, by kind: "input"
    (the handler, once per keystroke), "check" (reading the draft and asking) and "answer" (showing it)."""
    spans: dict[str, list[float]] = {"input": [], "check": [], "answer": []}
    begun: dict[str, dict] = {}
    marks = sorted((e for e in events if e.get("name") == "TimeStamp"
                    and str(e.get("args", {}).get("data", {}).get("message", "")).startswith("rapport:indicator-")),
                   key=lambda e: e["ts"])
    for event in marks:
        kind, edge = event["args"]["data"]["message"].removeprefix("rapport:indicator-").rsplit("-", 1)
        if kind not in spans:
            continue
        if edge == "begin":
            begun[kind] = event
        elif kind in begun:
            begin = begun.pop(kind)
            spans[kind].append((event.get("tts", event["ts"]) - begin.get("tts", begin["ts"])) / 1000)
    return spans


def trace_typing() -> dict[str, tuple[int, dict[str, list[float]]]]:
    """Type TYPED into the saved LinkedIn and X composers under a trace: {composer: (keystrokes, spans)}."""
    from guard_fixtures import LINKEDIN_THREAD_URL, X_DM_URL, linkedin_messaging_page, x_dm_page

    composers = {
        "LinkedIn 2023 chat bubble": (LINKEDIN_THREAD_URL, linkedin_messaging_page,
                                      "#ember874 .msg-form__contenteditable"),
        "X 2023 DM (Draft.js)": (X_DM_URL, x_dm_page, '[data-testid="dmComposerTextInput"]'),
    }
    results = {}
    with paired_extension("rapport-bench-typing-") as (browser, companion):
        companion.api("POST", "/v1/check", {"text": "Hello there"})  # warm the guard
        for label, (url, make_page, box) in composers.items():
            browser.routes[url] = make_page()
            site = browser.context.new_page()
            site.goto(url)
            site.locator(box).click()
            with traced(browser, site) as events:
                site.keyboard.type(TYPED, delay=TYPING_DELAY_MS)
                site.wait_for_timeout(1500)  # the last check and its answer
            results[label] = (len(TYPED), indicator_spans(events))
            site.close()
    return results


def typing_figure(label: str, keystrokes: int, spans: dict[str, list[float]]) -> Figure:
    """The indicator's main-thread work per keystroke against its 2 ms target: the input handler's p95 and,
    with the checks and answers spread over the keystrokes, the mean; both must be within the target."""
    handler = spans["input"]
    if len(handler) < keystrokes // 2:
        return Figure(f"typing indicator per keystroke, {label}", f"{len(handler)} of {keystrokes} keystrokes seen",
                      f"≤ {INDICATOR_TARGET_MS:g} ms", False)
    total = sum(handler) + sum(spans["check"]) + sum(spans["answer"])
    per_key = total / keystrokes
    p95 = percentile(handler, 95)
    return Figure(
        f"typing indicator per keystroke (CPU), {label}",
        f"handler p50 {percentile(handler, 50):.3f} ms, p95 {p95:.3f} ms; with its checks {per_key:.3f} ms",
        f"≤ {INDICATOR_TARGET_MS:g} ms", p95 <= INDICATOR_TARGET_MS and per_key <= INDICATOR_TARGET_MS,
        f"{keystrokes} characters at {TYPING_DELAY_MS} ms apart; {len(spans['check'])} checks "
        f"(p50 {percentile(spans['check'], 50):.2f} ms), {len(spans['answer'])} answers shown "
        f"(p50 {percentile(spans['answer'], 50):.2f} ms); thread CPU time from a trace",
    )


def run() -> list[Figure]:
    if not REAL_2025_PAGE.is_file():
        return [Figure("extension per profile view", "skipped", "≤ 5 ms", None, "../shared is absent")]
    figures = []
    snapshot, raw = snapshot_ratio()
    share = snapshot / raw
    figures.append(Figure("snapshot of the real 2025 LinkedIn page", f"{share:.0%} ({snapshot / 1024:.0f} of {raw / 1024:.0f} KiB)",
                          "≤ 25 % of the raw page", share <= 0.25))
    what = "content script main-thread work per profile view (CPU)"
    if not Path("/usr/bin/chromium").exists():
        figures.append(Figure(what, "skipped", "≤ 5 ms", None, "no chromium"))
        return figures
    views = trace_views()
    if not views:
        figures.append(Figure(what, "no capture seen", "≤ 5 ms", False))
        return figures

    figures.append(content_figure(
        what, views, f"{len(views)} views of the real 2025 page in Chromium, thread CPU time from a trace",
        f" (first view {views[0].startup_cpu:.1f} ms, compiling)"))
    wall = [v.work_wall for v in views]
    figures.append(Figure("… the same work after start-up, on the wall clock",
                          f"p50 {percentile(wall, 50):.1f} ms, p95 {percentile(wall, 95):.1f} ms", "—", None,
                          "includes time the renderer waited for a CPU core"))
    guard = [v.guard_startup_cpu for v in views]
    figures.append(Figure("… the send guard's start-up on the same page (CPU)",
                          f"p50 {percentile(guard, 50):.1f} ms, p95 {percentile(guard, 95):.1f} ms", "—", None,
                          "installs its listeners; it reads a draft only when you send"))
    for page in OTHER_PAGES:
        if not page.path.is_file():
            continue
        other = trace_views(page, count=VIEWS // 2)
        if not other:
            figures.append(Figure(f"… per view on {page.label}", "no capture seen", "≤ 5 ms", False))
            continue
        figures.append(content_figure(f"… per view on {page.label}", other, f"{len(other)} views"))
    figures.extend(typing_figures())
    return figures


def typing_figures() -> list[Figure]:
    """The send guard's typing indicator on the saved composers (issue 19, item 5)."""
    return [typing_figure(label, keystrokes, spans) for label, (keystrokes, spans) in trace_typing().items()]


if __name__ == "__main__":
    from report import command_line, print_figures

    command_line(__doc__)
    print_figures("Extension", run())
