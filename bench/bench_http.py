"""The companion over HTTP at full size: start-up, memory, captures, checks and person reads.

A real `companion serve` runs on the generated store (30,000 people, 5,000 full profiles, 100,000
interactions); every request goes over loopback like the extension's.
"""

from __future__ import annotations

import http.client
import json
import random
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bs4 import BeautifulSoup  # noqa: E402
from dataset import generate  # noqa: E402
from report import Figure, percentile  # noqa: E402

from companion.api.pairing import get_or_create_token  # noqa: E402
from companion.memory.people import person_id_for  # noqa: E402

REAL_2025_PAGE = ROOT.parent / "shared" / "fixtures" / "real" / "linkedin" / "loggedin_2025-04_robcheung.html"
DRAFT = (
    "Hi Ana, I loved your talk on distributed teams last week and the point about writing things down. "
    "We help companies like yours cut onboarding time by 40% with our platform; I'd love to book a quick "
    "15-minute demo this week, here is my calendar link: https://calendly.com/someone/15min. "
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_companion(data_dir: Path, port: int, *, command: list[str] | None = None, env: dict | None = None,
                    ready: Callable[[], bool] | None = None, timeout: float = 30) -> tuple[subprocess.Popen, float]:
    """A `companion serve` on `port` over `data_dir` (run as `command`, default `python -m companion`), returned
    once /v1/health answers and `ready()`, if given, says so, with the seconds that took; RuntimeError (the server
    stopped) when that takes longer than `timeout`. The caller stops it with `stop_companion`."""
    started = time.perf_counter()
    server = subprocess.Popen([*(command or [sys.executable, "-m", "companion"]), "serve", "--port", str(port),
                               "--data-dir", str(data_dir)], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE)
    try:
        while server.poll() is None and time.perf_counter() - started <= timeout:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/health", timeout=1).read()
            except OSError:
                time.sleep(0.005)
                continue
            if ready is None or ready():
                return server, time.perf_counter() - started
            time.sleep(0.1)
    except BaseException:
        stop_companion(server)
        raise
    server.kill()
    _, stderr = server.communicate(timeout=10)
    raise RuntimeError(f"the companion did not start in {timeout:.0f} s: {stderr.decode(errors='replace')}")


def stop_companion(server: subprocess.Popen) -> None:
    """Stop a companion `start_companion` started, and close its stderr."""
    server.terminate()
    try:
        server.wait(15)
    finally:
        server.stderr.close()


def rss_mb(pid: int, field: str = "VmHWM") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


class Client:
    """One kept-alive connection, as the extension's fetch() reuses its connection to the companion."""

    def __init__(self, port: int, token: str):
        self.base = f"http://127.0.0.1:{port}"
        self.port = port
        self.headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        self.connection: http.client.HTTPConnection | None = None

    def call(self, method: str, path: str, body: dict | None = None) -> tuple[float, dict]:
        """(seconds from sending the request to having the answer's JSON, the answer)."""
        data = json.dumps(body).encode() if body is not None else None
        start = time.perf_counter()
        for attempt in (1, 2):
            try:
                if self.connection is None:
                    self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
                self.connection.request(method, path, body=data, headers=self.headers)
                response = self.connection.getresponse()
                payload = response.read()
                break
            except (ConnectionError, http.client.HTTPException):
                self.connection = None  # the server closed a kept-alive connection: open a fresh one once
                if attempt == 2:
                    raise
        elapsed = time.perf_counter() - start
        if response.status >= 400:
            raise RuntimeError(f"{method} {path}: HTTP {response.status} {payload[:200]!r}")
        return elapsed, json.loads(payload)


def snapshot_payload(page: Path, site: str = "linkedin") -> tuple[str, int]:
    """The page as the extension sends it (its own snapshot code, run in jsdom), and the raw size."""
    raw = page.read_text(encoding="utf-8", errors="replace")
    out = subprocess.run(["node", str(ROOT / "extension" / "test" / "snapshot_pages.mjs"), f"{page}={site}"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)[f"{page}"], len(raw)


def run(data_root: Path | None = None) -> list[Figure]:
    """All HTTP figures, each beside its target."""
    data_root = data_root or Path(tempfile.gettempdir()) / "rapport-bench"
    data_dir = generate(data_root / "data")
    figures: list[Figure] = []
    port = free_port()
    token = get_or_create_token(data_dir)
    server, startup = start_companion(data_dir, port)
    client = Client(port, token)
    try:
        figures.append(Figure("companion start-up (30k people)", f"{startup:.2f} s", "≤ 2 s", startup <= 2.0,
                              "until /v1/health answers"))
        # The rarity index over 30,000 people builds in the background; measure requests once it is there.
        index_started = time.perf_counter()
        while not client.call("GET", "/v1/status")[1].get("index_ready"):
            time.sleep(0.2)
        figures.append(Figure("  rarity index built in the background", f"{time.perf_counter() - index_started:.1f} s",
                              "—", None, "requests are served meanwhile, with the built-in prior"))

        # Captures of the real 2025 page, as the extension sends it, beside a bare BeautifulSoup of it.
        if REAL_2025_PAGE.is_file():
            payload, raw_size = snapshot_payload(REAL_2025_PAGE)
            body = {"url": "https://www.linkedin.com/in/robertkcheung/", "html": payload}  # the page's own address
            client.call("POST", "/v1/captures", body)
            capture_times, soup_times = [], []
            for i in range(60):
                # Alternating which goes first, each after a short rest: the companion's work after its
                # answer (and this process's own) must not land on the other's clock.
                for which in (("capture", "soup") if i % 2 else ("soup", "capture")):
                    time.sleep(0.03)
                    if which == "capture":
                        capture_times.append(client.call("POST", "/v1/captures", body)[0])
                    else:
                        start = time.perf_counter()
                        BeautifulSoup(payload, "lxml")
                        soup_times.append(time.perf_counter() - start)
            p95 = percentile(capture_times, 95) * 1000
            ratio = percentile(capture_times, 50) / percentile(soup_times, 50)
            figures.append(Figure("POST /v1/captures, real 2025 LinkedIn page", f"p50 {percentile(capture_times, 50) * 1000:.1f} ms, p95 {p95:.1f} ms",
                                  "p95 ≤ 100 ms", p95 <= 100, f"payload {len(payload) / 1024:.0f} KiB of {raw_size / 1024:.0f} KiB raw"))
            figures.append(Figure("  … vs bare BeautifulSoup(payload, 'lxml')",
                                  f"{ratio:.2f}× (soup p50 {percentile(soup_times, 50) * 1000:.1f} ms)", "≤ 1.5×", ratio <= 1.5,
                                  "medians, measured side by side"))
        else:
            figures.append(Figure("POST /v1/captures", "skipped", "p95 ≤ 100 ms", None, "../shared is absent"))

        # The guard over HTTP, 2,000-character draft, known recipient.
        draft = (DRAFT * 10)[:2000]
        person_ids = [f"linkedin:bench-{i}" for i in range(5_000)]

        known = person_id_for(person_ids[42])
        for _ in range(20):  # warm-up
            client.call("POST", "/v1/check", {"text": draft, "to": known})
        check_times = []
        for _ in range(500):
            elapsed, verdict = client.call("POST", "/v1/check", {"text": draft, "to": known})
            check_times.append(elapsed)
        p99 = percentile(check_times, 99) * 1000
        figures.append(Figure("POST /v1/check, 2,000 chars, known recipient", f"p50 {percentile(check_times, 50) * 1000:.2f} ms, p99 {p99:.2f} ms",
                              "p99 ≤ 10 ms", p99 <= 10, f"verdict {verdict['verdict']} at stage {verdict['stage']}"))

        rng = random.Random(3)
        read_times = []
        for _ in range(300):
            pid = person_id_for(rng.choice(person_ids))
            read_times.append(client.call("GET", f"/v1/people/{pid}")[0])
        p95 = percentile(read_times, 95) * 1000
        figures.append(Figure("GET /v1/people/{id}", f"p50 {percentile(read_times, 50) * 1000:.2f} ms, p95 {p95:.2f} ms",
                              "p95 ≤ 20 ms", p95 <= 20))
        peak = rss_mb(server.pid)
        figures.append(Figure("companion resident memory (peak)", f"{peak:.0f} MB", "≤ 400 MB", peak <= 400,
                              "VmHWM after all of the above"))
    finally:
        stop_companion(server)
    return figures


if __name__ == "__main__":
    from report import command_line, print_figures

    command_line(__doc__)
    print_figures("HTTP", run())
