"""The extension's content script per profile view, in a real headless Chromium with the extension.

Main-thread work is what the content script measures itself (render checks + snapshot collection, the
`captureMs` it reports to the background); the snapshot's size is the extension's own trimming code run
on the real 2025 LinkedIn page, against the raw page.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests" / "browser"))

from report import Figure, percentile  # noqa: E402

REAL_2025_PAGE = ROOT.parent / "shared" / "fixtures" / "real" / "linkedin" / "loggedin_2025-04_robcheung.html"
VIEWS = 15


def snapshot_ratio() -> tuple[int, int]:
    """(snapshot length, raw length) of the real 2025 page through the extension's own snapshot code."""
    out = subprocess.run(["node", str(ROOT / "bench" / "snapshot_page.mjs"), str(REAL_2025_PAGE),
                          "https://www.linkedin.com/in/robcheung/"], capture_output=True, text=True, check=True)
    return len(out.stdout), len(REAL_2025_PAGE.read_text(encoding="utf-8", errors="replace"))


def main_thread_ms() -> list[float]:
    """captureMs of VIEWS views of the real 2025 LinkedIn page, each a fresh profile URL."""
    from extension_harness import (
        ME_PROFILE,
        Companion,
        build_extension,
        extension_browser_session,
        free_port,
        pair_through_setup_page,
    )
    from playwright.sync_api import sync_playwright

    work = Path(tempfile.mkdtemp(prefix="rapport-bench-ext-"))
    companion = Companion(work / "data", free_port())
    companion.cli("me", "set", str(ME_PROFILE))
    companion.start()
    html = REAL_2025_PAGE.read_text(encoding="utf-8", errors="replace")
    timings: list[float] = []
    try:
        extension = build_extension("chrome", work / "dist")
        with sync_playwright() as playwright, extension_browser_session(
            playwright, work / "profile", extension, companion
        ) as browser:
            pair_through_setup_page(browser, companion)
            panel = browser.open_panel()
            site = browser.context.new_page()
            for i in range(VIEWS):
                url = f"https://www.linkedin.com/in/bench-view-{i}/"
                browser.routes[url] = html
                site.goto(url)
                deadline = time.monotonic() + 20
                while time.monotonic() < deadline:
                    states = panel.evaluate("chrome.storage.session.get(null)").values()
                    found = [s.get("captureMs") for s in states
                             if isinstance(s, dict) and s.get("key") == f"linkedin:bench-view-{i}"]
                    if found and found[0] is not None:
                        timings.append(float(found[0]))
                        break
                    time.sleep(0.1)
    finally:
        companion.stop()
    return timings


def run() -> list[Figure]:
    if not REAL_2025_PAGE.is_file():
        return [Figure("extension per profile view", "skipped", "≤ 5 ms", None, "../shared is absent")]
    figures = []
    snapshot, raw = snapshot_ratio()
    share = snapshot / raw
    figures.append(Figure("snapshot of the real 2025 LinkedIn page", f"{share:.0%} ({snapshot / 1024:.0f} of {raw / 1024:.0f} KiB)",
                          "≤ 25 % of the raw page", share <= 0.25))
    if not Path("/usr/bin/chromium").exists():
        figures.append(Figure("content script main-thread work per view", "skipped", "≤ 5 ms", None, "no chromium"))
        return figures
    timings = main_thread_ms()
    if not timings:
        figures.append(Figure("content script main-thread work per view", "no capture seen", "≤ 5 ms", False))
        return figures
    p50, p95 = percentile(timings, 50), percentile(timings, 95)
    figures.append(Figure("content script main-thread work per view", f"p50 {p50:.1f} ms, p95 {p95:.1f} ms",
                          "≤ 5 ms", p50 <= 5, f"{len(timings)} views, real Chromium, as the script measures itself"))
    return figures


if __name__ == "__main__":
    from report import print_figures

    print_figures("Extension", run())
