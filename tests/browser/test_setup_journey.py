"""Set-up as a new user meets it (issue 19, items 1 and 3; issue 18's "Who are you?"), in a real headless
Chromium: the extension is installed while the companion is not running, the setup page says how to start
it and moves on by itself when it starts, tells a wrong, an expired and an already-used code apart, pairs,
asks who you are and is done once your saved profile page is imported; the guard's settings are changed
there; and Pause is one switch, followed at once by the side panel and the setup page both ways.

Its own companion and browser (the shared fixtures start the companion before the browser, and set "me").
"""

from __future__ import annotations

import json
import time
import urllib.request

import pytest
from extension_harness import (
    REAL,
    ROOT,
    Companion,
    chromium_with_extension,
    free_port,
)

pytestmark = pytest.mark.browser

ME_PAGE = REAL / "linkedin" / "guest_2024-04_eduardo.html"  # names its own address (canonical link)
SCREENSHOT = ROOT / "docs" / "screenshots" / "setup.png"


@pytest.fixture(scope="module")
def stopped_companion(tmp_path_factory):
    """A companion with an empty data dir, not started yet: the user has not run it."""
    data_dir = tmp_path_factory.mktemp("companion") / "data"
    server = Companion(data_dir, free_port())
    yield server
    server.stop()


@pytest.fixture(scope="module")
def fresh_browser(tmp_path_factory, stopped_companion):
    with chromium_with_extension(tmp_path_factory, stopped_companion) as browser:
        yield browser


def opened_setup_page(browser):
    """The setup page the extension opened itself on install."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        page = next((p for p in browser.context.pages if p.url.startswith(browser.setup_url)), None)
        if page is not None:
            page.wait_for_load_state()
            return page
        browser.context.pages[0].wait_for_timeout(100)
    raise AssertionError("the extension opens its setup page on install")


def use_code_elsewhere(companion: Companion, code: str) -> None:
    """Redeem a code as another browser would, so the one typed next is already used."""
    request = urllib.request.Request(companion.base + "/v1/pair", method="POST", data=json.dumps({"code": code}).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 200


def test_a_new_user_sets_up_rapport_from_install_to_pause(fresh_browser, stopped_companion):
    from playwright.sync_api import expect

    if not ME_PAGE.is_file():
        pytest.skip("../shared/fixtures/real/linkedin/guest_2024-04_eduardo.html is not available")
    from companion.api.pairing import CODE_TTL_SECONDS, PairingBook

    browser, companion = fresh_browser, stopped_companion
    setup = opened_setup_page(browser)
    setup.set_viewport_size({"width": 900, "height": 1000})

    # Not running: the page says so and how to start it, in words without backticks, each said once.
    setup.get_by_test_id("companion-port").fill(str(companion.port))
    setup.get_by_test_id("check-companion").click()
    expect(setup.get_by_test_id("companion-running")).to_contain_text(f"not running on port {companion.port}")
    how = setup.get_by_test_id("companion-how")
    expect(how).to_be_visible()
    how_text = how.inner_text()
    for command in ("make run", "companion serve", "companion service install"):
        assert how_text.count(command) == 1, command
    assert "folder where you downloaded Rapport" in how_text
    page_text = setup.locator("main").inner_text()
    assert "`" not in page_text
    assert page_text.count("make run") == 1
    expect(setup.get_by_test_id("step-companion")).to_have_attribute("data-state", "current")
    # Nothing is set up yet: step 4 does not say "All set.", and "How strict" lists its choices, off, saying why
    # (newcomer 7, P5: it read "All set." greyed, beside an empty drop-down).
    step_four = setup.get_by_test_id("open-a-profile")
    expect(step_four).to_have_attribute("data-state", "later")
    assert "All set" not in step_four.inner_text()
    expect(setup.get_by_test_id("not-set-yet")).to_be_visible()
    waiting = setup.get_by_test_id("guard-strictness")
    expect(waiting).to_be_disabled()
    expect(waiting.locator("option")).to_have_count(3)
    expect(waiting).to_have_value("normal")
    expect(setup.get_by_test_id("guard-status")).to_have_text(
        "The guard's settings can be changed once the companion is running and paired.")

    # The user starts the companion; the page notices by itself (no click) and moves on to pairing.
    companion.start()
    expect(setup.get_by_test_id("companion-running")).to_contain_text(
        f"The companion is running on port {companion.port}", timeout=10_000)
    expect(setup.get_by_test_id("step-companion")).to_have_attribute("data-state", "done")
    expect(setup.get_by_test_id("step-pair")).to_have_attribute("data-state", "current")
    expect(how).to_be_hidden()
    expect(setup.get_by_test_id("pairing-code")).to_be_focused()

    status = setup.get_by_test_id("pair-status")

    def try_code(code: str) -> None:
        setup.get_by_test_id("pairing-code").fill(code)
        setup.get_by_test_id("pair-button").click()

    try_code("ZZZZ-ZZZZ")
    expect(status).to_have_text(
        "That code is not right. Check it against the one the companion showed, letter by letter.")
    try_code(PairingBook(companion.data_dir).new_code(now=time.time() - CODE_TTL_SECONDS - 5))
    expect(status).to_contain_text("That code has expired")
    used = json.loads(companion.cli("pair", "--json"))["code"]
    use_code_elsewhere(companion, used)
    try_code(used)
    expect(status).to_contain_text("That code has already been used")
    assert "token" not in browser.storage(setup)

    # A good code pairs; the next step asks who you are.
    try_code(json.loads(companion.cli("pair", "--json"))["code"])
    expect(status).to_contain_text("Paired", timeout=10_000)
    who = setup.get_by_test_id("who-are-you")
    expect(who).to_have_attribute("data-state", "current")
    expect(who).to_contain_text("This is me")
    expect(setup.get_by_test_id("open-a-profile")).to_have_attribute("data-state", "later")

    # Importing a saved page of your own profile: the address comes from the page, and the step is done.
    setup.get_by_test_id("me-file").set_input_files(str(ME_PAGE))
    expect(setup.get_by_test_id("me-status")).to_have_text(
        "Done: Rapport knows you as Eduardo Alvarez Nowak on LinkedIn.", timeout=20_000)
    expect(setup.get_by_test_id("me-url")).to_have_value("https://se.linkedin.com/in/eduardo-alvarez-nowak")
    expect(who).to_have_attribute("data-state", "done")
    expect(setup.get_by_test_id("open-a-profile")).to_have_attribute("data-state", "current")
    expect(setup.get_by_test_id("all-set")).to_be_visible()
    expect(setup.get_by_test_id("not-set-yet")).to_be_hidden()
    status_code, me = companion.api("GET", "/v1/me")
    assert status_code == 200 and me["profile"]["name"] == "Eduardo Alvarez Nowak"

    # The guard's settings, read from and written to the companion.
    strictness = setup.get_by_test_id("guard-strictness")
    expect(strictness).to_be_enabled()
    expect(strictness).to_have_value("normal")
    strictness.select_option("strict")
    expect(setup.get_by_test_id("guard-status")).to_contain_text("Saved")
    setup.get_by_test_id("guard-rules-open").click()
    rule = setup.get_by_test_id("guard-rule-calendar-link")
    expect(rule).to_be_checked()
    rule.uncheck()
    expect(setup.get_by_test_id("guard-status")).to_contain_text("Saved")
    assert companion.api("GET", "/v1/settings/guard") == (200, {"strictness": "strict", "disabled_rules": ["calendar-link"]})
    setup.reload()
    expect(setup.get_by_test_id("guard-strictness")).to_have_value("strict")
    assert setup.get_by_test_id("guard-rule-calendar-link").is_checked() is False
    expect(setup.get_by_test_id("open-a-profile")).to_have_attribute("data-state", "current")
    setup.evaluate("window.scrollTo(0, 0)")
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    setup.screenshot(path=str(SCREENSHOT), full_page=True)

    # Pause is one switch: ticked on the setup page, the open panel says so without a reload; Resume in
    # the panel unticks the setup page's box at once.
    panel = browser.open_panel()
    expect(panel.get_by_test_id("companion-status")).to_have_text("Connected to the companion.", timeout=10_000)
    pause = setup.get_by_test_id("pause-switch")
    pause.check()
    expect(panel.get_by_test_id("companion-status")).to_contain_text("Paused")
    assert browser.storage(setup)["settings"]["paused"] is True
    resume = panel.locator("#status-button")
    expect(resume).to_have_text("Resume")
    resume.click()
    expect(pause).not_to_be_checked()
    expect(panel.get_by_test_id("companion-status")).to_have_text("Connected to the companion.")
    assert browser.storage(setup)["settings"]["paused"] is False
