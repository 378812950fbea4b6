"""Panel mend 8, in a real headless Chromium with a real companion (newcomer 7's W3, newcomers 6 and 7's C6): a
contact whose check-in is due in 3 days (a promise due then, after a first call) shows the check-in's opener under
"Next check-in in 3 days.", once on the screen; and for an acquaintance the tier line ("Not much in common yet",
"Small world.") is a quiet line under the relationship, not the loudest one on the panel, as it stays for a
stranger."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from extension_harness import real_page_or_skip, visit

# The same skips as the promise journey (a module imported for its set-up only).
from test_panel_promise import expect, pytestmark  # noqa: F401 (pytestmark: used by pytest)

# Newcomer 7's Dulitha.
DULITHA = "https://sg.linkedin.com/in/dulithawijewantha"

SHOT = Path("/tmp") / "rapport-panel-checkin-soon" / "checkin-soon.png"


@pytest.fixture(scope="module")
def pages(paired_browser):
    routes = {DULITHA: real_page_or_skip("linkedin/guest_2023-04_dulithawijewantha.html")}
    paired_browser.routes.update(routes)
    return routes


def _font_weight(locator) -> int:
    return int(locator.evaluate("(node) => getComputedStyle(node).fontWeight"))


def test_a_check_in_due_in_three_days_shows_its_opener_once_and_the_tier_line_is_quiet(companion, panel, site):
    visit(site, DULITHA)
    expect(panel.get_by_test_id("person-name")).to_contain_text("Dulitha", timeout=15_000)
    tier = panel.get_by_test_id("tier")
    if tier.get_attribute("data-tier") == "none":  # the lowest tier is quiet for anyone (newcomer 11, P1)
        expect(tier).to_have_class("tier quiet state")
        assert _font_weight(tier) < 600
    else:
        expect(tier).to_have_class("tier state")  # a stranger: what you share is the news
        assert _font_weight(tier) >= 600

    # A first video call today, then a promise due in 3 days: the promise is the next check-in.
    panel.get_by_test_id("interaction-kind").select_option("video-call")
    panel.get_by_test_id("log-interaction").click()
    expect(panel.get_by_test_id("stage")).to_contain_text("An acquaintance", timeout=10_000)
    due = (date.today() + timedelta(days=3)).isoformat()
    panel.get_by_test_id("promise-input").fill("Send the KTH course list")
    panel.get_by_test_id("promise-due").fill(due)
    panel.get_by_test_id("promise-add").click()
    expect(panel.get_by_test_id("promise")).to_have_count(1, timeout=10_000)

    line = panel.get_by_test_id("next-check-in")
    expect(line).to_have_text("Next check-in in 3 days.", timeout=10_000)
    expect(line).not_to_have_class("state overdue")
    opener = panel.get_by_test_id("check-in-opener")
    expect(opener).to_have_count(1)
    words = opener.locator("p.text > span").first.inner_text().strip()
    assert words and panel.locator("body").inner_text().count(words) == 1, words  # not again among the starters
    expect(panel.get_by_test_id("no-starter")).to_have_count(0)  # nor "No starter yet" under it

    tier = panel.get_by_test_id("tier")
    expect(tier).to_have_class("tier quiet state")  # an acquaintance: the relationship leads, the tier is quiet
    assert _font_weight(tier) < 600
    # Its own line, not a caption of the "Add note" button above it (newcomer 8, P3).
    button, line_box = panel.get_by_test_id("note-add").bounding_box(), tier.bounding_box()
    assert line_box["y"] - (button["y"] + button["height"]) >= 10, (button, line_box)
    SHOT.parent.mkdir(parents=True, exist_ok=True)
    panel.screenshot(path=str(SHOT), full_page=True)
