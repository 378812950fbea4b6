"""Panel mend 9, in a real headless Chromium with a real companion: a promise kept in the panel is the next message's
matter (newcomer 8, C3), once it has had time to help. Log a call, note what they are busy with, add a promise, keep
it, leave and come back: the kept promise stays in view ("Kept today: …"), and the opener does not yet ask whether it
helped (two days on it does: tests/test_kept_promise_opener.py, whose clock can move); the panel's opener is the one
`companion show` gives. And
before your own profile is known, "This is me" leads the panel (P4); on the setup page, Import waits for a saved
page (P6)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from extension_harness import add_promise, first_run_companion, leave_and_come_back, real_page_or_skip, visit

# The same page and skips as the promise journey beside it (a module imported for its set-up only).
from test_panel_promise import EDUARDO, expect, pytestmark  # noqa: F401 (pytestmark: used by pytest)

ROB = "https://www.linkedin.com/in/robertkcheung/"
SHOTS = Path(os.environ.get("RAPPORT_SHOTS", "/tmp/mend9"))


@pytest.fixture(scope="module")
def companion(tmp_path_factory):
    with first_run_companion(tmp_path_factory.mktemp("companion")) as server:
        yield server


@pytest.fixture(scope="module")
def pages(paired_browser):
    routes = {EDUARDO: real_page_or_skip("linkedin/guest_2024-04_eduardo.html"),
              ROB: real_page_or_skip("linkedin/loggedin_2025-04_robcheung.html")}
    paired_browser.routes.update(routes)
    return routes


def _shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / name), full_page=True)


def test_a_kept_promise_stays_in_view_and_waits_to_be_asked_after(companion, panel, site):
    visit(site, EDUARDO)
    expect(panel.get_by_test_id("person-name")).to_have_text("Eduardo Alvarez Nowak", timeout=15_000)
    # Your own profile is not known yet: the question leads, above logging a contact about someone who may be you.
    ask = panel.get_by_test_id("this-is-me")
    expect(ask).to_have_count(1)
    assert ask.evaluate("(a) => !!(a.compareDocumentPosition(document.querySelector("
                        "'[data-testid=\"log-interaction\"]')) & Node.DOCUMENT_POSITION_FOLLOWING)")

    # Nothing tells yet that this is not you: logging a contact or a promise is folded under "Not you?" (newcomer 9,
    # P1), and opens with a click.
    expect(panel.get_by_test_id("log-interaction")).not_to_be_visible()
    panel.get_by_test_id("not-you").locator("summary").click()
    panel.get_by_test_id("interaction-kind").select_option("video-call")
    panel.get_by_test_id("log-interaction").click()
    expect(panel.get_by_test_id("last-contact")).to_contain_text("video call", timeout=10_000)
    panel.get_by_test_id("note-input").fill("he's hiring a junior front-end developer in Stockholm")
    panel.get_by_test_id("note-add").click()
    expect(panel.get_by_test_id("notes")).to_contain_text("hiring", timeout=10_000)
    add_promise(panel, "Send him the KTH course list", "friday").get_by_test_id("promise-kept").click()
    expect(panel.get_by_test_id("promise")).to_have_count(0, timeout=10_000)

    leave_and_come_back(panel, site, (EDUARDO, "Eduardo Alvarez Nowak"), (ROB, "Rob Cheung"))
    expect(panel.get_by_test_id("kept-promise")).to_have_text("Kept today: Send him the KTH course list", timeout=10_000)
    first = panel.get_by_test_id("starter").first
    expect(first).to_contain_text("Hi Eduardo", timeout=10_000)
    expect(first).not_to_contain_text("KTH course list")  # kept minutes ago: "I hope you found it useful" is early
    _shot(panel, "panel-kept-promise-opener.png")

    # One source: `companion show` gives the same opener.
    shown = json.loads(companion.cli("show", companion.lookup(EDUARDO), "--json"))
    assert shown["starters"][0]["text"] in first.inner_text(), shown["starters"]


def test_setup_import_waits_for_a_saved_page(paired_browser, tmp_path):
    setup = paired_browser.setup_page
    importer = setup.get_by_test_id("me-import")
    expect(importer).to_be_disabled()
    setup.get_by_test_id("me-url").fill("https://www.linkedin.com/in/someone/")
    expect(importer).to_be_disabled()  # an address alone is nothing to import
    # What choosing does, said (newcomer 9, P2): a page naming its address is imported at once, no Import to press.
    expect(setup.get_by_test_id("me-url-hint")).to_contain_text("Rapport imports it at once")
    page = tmp_path / "mine.html"
    page.write_text("<!doctype html><html><head><title>Me</title></head><body><h1>Me</h1></body></html>")
    setup.get_by_test_id("me-url").fill("")
    setup.get_by_test_id("me-file").set_input_files(str(page))  # it names no address: nothing is imported yet
    expect(setup.get_by_test_id("me-status")).to_contain_text("does not say which address", timeout=10_000)
    expect(importer).to_be_enabled()
    _shot(setup, "setup-import-after-a-page.png")
