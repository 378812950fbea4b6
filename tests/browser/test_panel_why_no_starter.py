"""Panel mend 10, in a real headless Chromium with a real companion that does not know you yet: on a LinkedIn page
whose name is only in Chinese characters (王伟: Nelson's 2015 page with the name changed, as newcomer 9 made it),
before your own profile is known, "Log a contact" and "Add a promise" about someone who may be you are folded under
"Not you?" (P1). Then your own profile is imported on the setup page by choosing the saved page alone (the hint says
so, P2), and the panel gives the companion's reason for no starter, the one `companion starters` prints, not "what
you share is not specific enough" (W3)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from extension_harness import REAL, first_run_companion, leave_and_come_back, real_page_or_skip, visit

# The same page and skips as the promise journey beside it (a module imported for its set-up only).
from test_panel_promise import EDUARDO, expect, pytestmark  # noqa: F401 (pytestmark: used by pytest)

WANG = "https://www.linkedin.com/in/nelsonic"
SHOTS = Path(os.environ.get("RAPPORT_SHOTS", "/tmp/panel10"))
REASON = ("No starters: their name is written only in Chinese characters (王伟): Rapport does not put it in an "
          "opener in English; write your own greeting.")


@pytest.fixture(scope="module")
def companion(tmp_path_factory):
    with first_run_companion(tmp_path_factory.mktemp("companion")) as server:
        yield server


@pytest.fixture(scope="module")
def pages(paired_browser):
    nelson = real_page_or_skip("linkedin/guest_2015-12_nelsonic.html")
    routes = {WANG: nelson.replace("Nelson Kenneth Correia", "王伟").replace("Nelson Kenneth", "王伟"),
              EDUARDO: real_page_or_skip("linkedin/guest_2024-04_eduardo.html")}
    paired_browser.routes.update(routes)
    return routes


def _shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / name), full_page=True)


def test_a_name_in_chinese_characters_gets_the_true_reason_and_your_own_page_no_offers(
        companion, panel, site, paired_browser, tmp_path):
    visit(site, WANG)
    expect(panel.get_by_test_id("person-name")).to_have_text("王伟", timeout=15_000)
    # Before your own profile is known this page may be yours: no "Not connected yet / Log a contact / Add a promise"
    # about it, only folded under "Not you?" (newcomer 9, P1).
    expect(panel.get_by_test_id("this-is-me")).to_be_visible()
    expect(panel.get_by_test_id("not-you")).to_have_count(1)
    for hidden in ("stage", "log-interaction", "promise-form"):
        expect(panel.get_by_test_id(hidden)).not_to_be_visible()
    _shot(panel, "panel-before-this-is-me.png")

    # Your own profile from a saved page: choosing it is all (it names its address), as the hint now says.
    saved = REAL / "linkedin" / "guest_2016-08_julianamelung.html"
    if not saved.is_file():
        pytest.skip("Julian's saved page is not available")
    mine = tmp_path / "my-profile.html"
    shutil.copy(saved, mine)
    setup = paired_browser.setup_page
    expect(setup.get_by_test_id("me-url-hint")).to_contain_text("Rapport imports it at once")
    setup.get_by_test_id("me-file").set_input_files(str(mine))
    expect(setup.get_by_test_id("me-status")).to_contain_text("Rapport knows you as Julian", timeout=15_000)
    _shot(setup, "setup-imported-at-once.png")

    leave_and_come_back(panel, site, (WANG, "王伟"), (EDUARDO, "Eduardo Alvarez Nowak"))
    expect(panel.get_by_test_id("no-starter")).to_have_text(REASON, timeout=10_000)
    expect(panel.get_by_test_id("starters")).not_to_contain_text("not specific enough")
    # Known now: this page is not yours (yours is Julian's), and the offers are there outright.
    expect(panel.get_by_test_id("not-you")).to_have_count(0)
    expect(panel.get_by_test_id("log-interaction")).to_be_visible()
    _shot(panel, "panel-why-no-starter.png")

    # One source: `companion starters` says the very same reason.
    status, said = companion.api("GET", f"/v1/cli/starters?person={companion.lookup(WANG)}")
    assert status == 200 and said["starters"] == [] and f"No starters: {said['why_none']}." == REASON, said
