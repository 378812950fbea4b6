"""A web page on another origin must not be able to use the companion, in a real browser."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_cli_server import free_port, start_server, stop  # noqa: E402

from companion.api.pairing import get_or_create_token  # noqa: E402
from companion.storage.store import Store  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
]

ATTACK_PAGE = """<!doctype html><html><body><script>
window.results = {};
async function attempt(name, url, init) {
  try {
    const response = await fetch(url, init);
    window.results[name] = "read " + response.status + " " + (await response.text()).slice(0, 80);
  } catch (error) {
    window.results[name] = "failed: " + error;
  }
}
window.attack = async (base, token) => {
  const page = '<html><head><script type="application/ld+json">{"@type":"Person","name":"Injected Person"}<\\/script></head></html>';
  await attempt("health", base + "/v1/health", {});
  await attempt("simple_post", base + "/v1/captures", {method: "POST", mode: "no-cors",
      headers: {"Content-Type": "text/plain"}, body: JSON.stringify({url: "https://evil.example/p", html: page})});
  await attempt("json_post_with_stolen_token", base + "/v1/captures", {method: "POST",
      headers: {"Content-Type": "application/json", "Authorization": "Bearer " + token},
      body: JSON.stringify({url: "https://evil.example/q", html: page})});
  return window.results;
};
</script></body></html>"""


def test_a_web_page_cannot_read_or_write_through_the_companion(tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    data_dir = tmp_path / "data"
    port = free_port()
    server = start_server(data_dir, port)
    token = get_or_create_token(data_dir)
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(
                executable_path=CHROMIUM,
                args=["--headless=new", "--no-sandbox", "--disable-background-networking", "--disable-quic",
                      "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage"],
            )
            page = browser.new_page()
            page.route("https://evil.example/**", lambda route: route.fulfill(
                status=200, content_type="text/html", body=ATTACK_PAGE))
            page.goto("https://evil.example/")
            results = page.evaluate("([base, token]) => window.attack(base, token)", [f"http://127.0.0.1:{port}", token])
            browser.close()
    finally:
        stop(server)
    # Nothing is readable from the web origin, even with the token: no CORS header is ever sent to it.
    for name, outcome in results.items():
        assert not outcome.startswith("read 2"), f"{name}: a web page read the companion's answer: {outcome}"
    # And nothing ran: the store holds no one.
    with Store(data_dir) as store:
        assert store.count_people() == 0, json.dumps(results)
