"""Helpers for the extension's real-browser tests: a real companion process, building the extension,
the browser wrapper, and reading the real saved pages. The fixtures using them are in conftest.py."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT.parent / "shared" / "fixtures" / "real"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
FIREFOX = os.environ.get("FIREFOX", "/usr/bin/firefox-esr")
ME_PROFILE = ROOT / "tests" / "fixtures" / "extension_me.json"

CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",  # runs as root in CI containers
    "--no-first-run",
    "--disable-sync",
    "--disable-component-update",
    "--disable-background-networking",
    "--disable-quic",
    "--disable-dev-shm-usage",
]


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def real_page_or_skip(relative: str) -> str:
    """A real saved page from ../shared/fixtures/real, or a clean skip."""
    path = REAL / relative
    if not path.is_file():
        pytest.skip(f"../shared/fixtures/real/{relative} is not available")
    return path.read_text(encoding="utf-8", errors="replace")


def visit(site, url: str) -> None:
    """Open a profile in a site tab and look at it: the panel follows the tab the user last looked at."""
    site.goto(url)
    site.bring_to_front()


def add_promise(panel, text: str, due: str | None = None):
    """'Add a promise' in the panel as a user does (what, and when in their words: "friday"); waits for it in the open
    list and gives its row, for 'Kept' or 'Let go'."""
    from playwright.sync_api import expect

    panel.get_by_test_id("promise-input").fill(text)
    if due is not None:
        panel.get_by_test_id("promise-due").fill(due)
    panel.get_by_test_id("promise-add").click()
    row = panel.get_by_test_id("promise").filter(has_text=text)
    expect(row).to_have_count(1, timeout=10_000)
    return row


def leave_and_come_back(panel, site, here: tuple[str, str], away: tuple[str, str]) -> None:
    """Open another profile and then this one again, each (url, name) waited for in the panel: what a visit's own
    flash or Undo was is gone, what is kept stays."""
    from playwright.sync_api import expect

    for url, name in (away, here):
        visit(site, url)
        expect(panel.get_by_test_id("person-name")).to_have_text(name, timeout=15_000)


@dataclass
class Companion:
    """A real `companion serve` process on 127.0.0.1:port with its own data dir."""

    data_dir: Path
    port: int
    process: subprocess.Popen | None = None
    starts: int = 0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def cli(self, *args: str) -> str:
        """Run a `companion` command against this data dir; returns stdout."""
        done = subprocess.run(
            [sys.executable, "-m", "companion", *args, "--data-dir", str(self.data_dir)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, f"companion {' '.join(args)} failed: {done.stderr}"
        return done.stdout

    def start(self) -> None:
        """Serve, and wait until it says it listens."""
        self.starts += 1
        log_path = self.data_dir.parent / f"serve-{self.port}-{self.starts}.log"
        with open(log_path, "w") as log:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "companion",
                    "serve",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(self.port),
                    "--data-dir",
                    str(self.data_dir),
                ],
                cwd=ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and self.process.poll() is None:
            if f"Listening on http://127.0.0.1:{self.port}" in log_path.read_text(errors="replace"):
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError("the companion did not start:\n" + log_path.read_text(errors="replace"))

    def stop(self) -> None:
        """Stop serving; the data dir stays."""
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self.process = None

    def api(self, method: str, path: str, body: dict | None = None) -> tuple[int, dict]:
        """Call the companion's HTTP API with its token, as the extension would; returns (status, json)."""
        token = self.cli("token").strip()
        request = urllib.request.Request(
            self.base + path,
            method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, json.loads(response.read() or b"null")
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read() or b"null")

    def lookup(self, url: str) -> str | None:
        """The person id stored for a profile URL, or None."""
        from urllib.parse import quote

        status, body = self.api("GET", f"/v1/lookup?url={quote(url, safe='')}")
        return body.get("person_id") if status == 200 else None


def build_extension(target: str, out_dir: Path) -> Path:
    """Build one browser's extension into out_dir (a private copy: no race on dist/)."""
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "build_extension.py"),
            "--target",
            target,
            "--dist",
            str(out_dir),
            "--no-zip",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return out_dir / target


@dataclass
class ExtensionBrowser:
    """A Chromium context with the extension loaded, a routing table and the extension's pages."""

    context: object
    ext_id: str
    manifest: dict
    routes: dict[str, str] = field(default_factory=dict)
    blocked: list[str] = field(default_factory=list)

    def url(self, path: str) -> str:
        return f"chrome-extension://{self.ext_id}/{path}"

    @property
    def panel_url(self) -> str:
        return self.url(self.manifest["side_panel"]["default_path"])

    @property
    def setup_url(self) -> str:
        return self.url(self.manifest["options_ui"]["page"])

    def open_panel(self, width: int = 400, height: int = 900):
        """The side panel page, opened as a tab (the real panel cannot be driven headless)."""
        page = self.context.new_page()
        page.set_viewport_size({"width": width, "height": height})
        page.goto(self.panel_url)
        return page

    def storage(self, page, area: str = "local") -> dict:
        """Everything in chrome.storage.<area>, read from an extension page."""
        return page.evaluate(f"chrome.storage.{area}.get(null)")


def pair_through_setup_page(browser: ExtensionBrowser, companion: Companion):
    """Pair the extension with the companion on its setup page, as a user would; returns that page."""
    from playwright.sync_api import expect

    # The extension opens its setup page itself on install; use that tab (or open one).
    setup = None
    deadline = time.monotonic() + 10
    while setup is None and time.monotonic() < deadline:
        setup = next((p for p in browser.context.pages if p.url.startswith(browser.setup_url)), None)
        if setup is None:
            browser.context.pages[0].wait_for_timeout(100)
    assert setup is not None, "the extension opens its setup page on install"
    setup.wait_for_load_state()
    setup.get_by_test_id("companion-port").fill(str(companion.port))
    setup.get_by_test_id("check-companion").click()
    setup.get_by_text(f"The companion is running on port {companion.port}").wait_for()
    code = json.loads(companion.cli("pair", "--json"))["code"]
    setup.get_by_test_id("pairing-code").fill(code)
    setup.get_by_test_id("pair-button").click()

    expect(setup.get_by_test_id("pair-status")).to_contain_text("Paired", timeout=10_000)
    return setup


@contextlib.contextmanager
def chromium_with_extension(tmp_path_factory, companion: Companion):
    """The module's browser: the extension built for Chrome into a temp dir, loaded in a fresh profile (the
    test is skipped where Chromium or Playwright is missing)."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    extension = build_extension("chrome", tmp_path_factory.mktemp("dist"))
    with sync_api.sync_playwright() as playwright, extension_browser_session(
        playwright, tmp_path_factory.mktemp("profile"), extension, companion
    ) as browser:
        yield browser


@contextlib.contextmanager
def extension_browser_session(playwright, profile_dir: Path, extension: Path, companion: Companion):
    """Headless Debian Chromium with the built extension loaded, serving registered routes and aborting
    every other request (the saved pages' stylesheets, images, trackers): nothing leaves the machine."""
    manifest = json.loads((extension / "manifest.json").read_text())
    context = playwright.chromium.launch_persistent_context(
        str(profile_dir),
        executable_path=CHROMIUM,
        headless=False,  # --headless=new is in the args
        args=[*CHROMIUM_ARGS, f"--disable-extensions-except={extension}", f"--load-extension={extension}"],
        timeout=30_000,
    )
    context.set_default_timeout(10_000)
    worker = context.service_workers[0] if context.service_workers else context.wait_for_event("serviceworker")
    browser = ExtensionBrowser(context=context, ext_id=worker.url.split("/")[2], manifest=manifest)

    def router(route):
        url = route.request.url
        page_url = url.split("#")[0]
        if page_url in browser.routes:
            return route.fulfill(status=200, content_type="text/html; charset=utf-8", body=browser.routes[page_url])
        if url.startswith(("chrome-extension://", f"http://127.0.0.1:{companion.port}/")):
            return route.continue_()
        browser.blocked.append(url)
        return route.abort()

    context.route("**/*", router)
    try:
        yield browser
    finally:
        context.close()


@contextlib.contextmanager
def first_run_companion(folder: Path):
    """A real companion on a data dir and port of its own that does not know your own profile yet (the conftest's
    sets it): the panel as on a first run. Stopped on leaving, its data dir kept."""
    server = Companion(folder / "data", free_port())
    server.start()
    try:
        yield server
    finally:
        server.stop()
