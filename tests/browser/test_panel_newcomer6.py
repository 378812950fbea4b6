"""The side panel after newcomer tester 6 (W1, W4, C3, P5), in a real headless Chromium with a real companion:
a LinkedIn profile at a country host (se.linkedin.com, its canonical address for logged-out visitors) is read
like www, with "This is me" offered; on the X tab of a person joined with their LinkedIn the header names X and
the other site once, with a way to split them; before the user said who they are the panel neither claims
"nothing you both share" nor leaves "Tell Rapport who you are" as dead text; cards keep off the right edge.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extension_harness import CHROMIUM, real_page_or_skip, visit

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is not installed (apt-get install chromium)"),
]

expect = pytest.importorskip("playwright.sync_api").expect

EDUARDO_SE = "https://se.linkedin.com/in/eduardo-alvarez-nowak"  # the address his saved page names as canonical
ABGAR_SE = "https://se.linkedin.com/in/abgargulo"
ROB_LINKEDIN = "https://www.linkedin.com/in/robertkcheung/"
ROB_X = "https://x.com/perceptnet"  # the same Rob Cheung: joined with his LinkedIn at capture
LONG_NAME = "https://www.linkedin.com/in/long-name/"  # newcomer 7, P3: Eduardo's page under a 3,000-letter name


def _long_named(html: str) -> str:
    name = "A" * 3000 + " " + "\u0301" * 200
    return (html.replace("Eduardo Alvarez Nowak", name).replace("Eduardo", name.split()[0])
            .replace("eduardo-alvarez-nowak", "long-name"))


@pytest.fixture(scope="module")
def pages(paired_browser):
    routes = {
        EDUARDO_SE: real_page_or_skip("linkedin/guest_2024-04_eduardo.html"),
        ABGAR_SE: real_page_or_skip("linkedin/guest_2024-04_abgar.html"),
        ROB_LINKEDIN: real_page_or_skip("linkedin/loggedin_2025-04_robcheung.html"),
        ROB_X: real_page_or_skip("twitter/react-loggedin_2025-04_perceptnet.html"),
        LONG_NAME: _long_named(real_page_or_skip("linkedin/guest_2024-04_eduardo.html")),
    }
    paired_browser.routes.update(routes)
    return routes


def test_a_profile_at_a_country_host_is_read_like_www_and_offers_this_is_me(companion, panel, site):
    visit(site, EDUARDO_SE)
    expect(panel.get_by_test_id("person-name")).to_have_text("Eduardo Alvarez Nowak", timeout=15_000)
    assert companion.lookup(EDUARDO_SE) is not None
    assert companion.lookup("https://www.linkedin.com/in/eduardo-alvarez-nowak/") == companion.lookup(EDUARDO_SE)
    expect(panel.get_by_test_id("empty-state")).to_have_count(0)
    # Your own profile is known already: not "Is this your own profile?" on every profile (newcomer 7, C5), and the
    # link itself folded under a quiet "More" until asked (newcomer 10, P4).
    expect(panel.get_by_test_id("this-is-me")).not_to_be_visible()
    panel.get_by_test_id("me-more").locator("summary").click()
    expect(panel.get_by_test_id("this-is-me")).to_be_visible()
    expect(panel.get_by_test_id("this-is-me")).to_have_text("Use as my own profile instead")
    expect(panel.locator("#content")).not_to_contain_text("Is this your own profile?")


def test_cards_and_copy_buttons_keep_off_the_right_edge_of_a_400px_panel(panel, site):
    visit(site, EDUARDO_SE)
    expect(panel.get_by_test_id("starter").first).to_be_visible(timeout=15_000)
    panel.mouse.wheel(0, 400)  # the tester saw it once the page scrolled
    overflow = panel.evaluate("""() => {
      const edge = document.documentElement.clientWidth;
      const boxes = [...document.querySelectorAll('.commonality, .starter, .note, [data-testid="copy-starter"], textarea')]
        .filter((n) => n.offsetParent);
      return {
        scrollsSideways: document.documentElement.scrollWidth > edge,
        touching: boxes.map((n) => n.getBoundingClientRect().right).filter((right) => right > edge - 8),
      };
    }""")
    assert overflow == {"scrollsSideways": False, "touching": []}


def test_on_the_x_tab_the_header_names_x_and_the_other_site_once_with_a_way_to_split(companion, panel, site):
    visit(site, ROB_LINKEDIN)
    expect(panel.get_by_test_id("person-name")).to_have_text("Rob Cheung", timeout=15_000)
    visit(site, ROB_X)
    expect(panel.get_by_test_id("person-where")).to_contain_text("from X: perceptnet", timeout=15_000)
    assert companion.lookup(ROB_X) == companion.lookup(ROB_LINKEDIN), "joined at capture"
    expect(panel.get_by_test_id("person-where")).not_to_contain_text("LinkedIn")
    expect(panel.get_by_test_id("also-on")).to_have_text("Also on LinkedIn.")
    expect(panel.get_by_test_id("linked-note")).to_have_count(1)
    expect(panel.get_by_test_id("linked-note")).to_contain_text("Not the same person?")
    # The evidence as a person says it (newcomer 7, P6), not "rob cheung ~ Rob Cheung; SubstrateLabs ~ ꩜Substrate".
    expect(panel.get_by_test_id("linked-note")).to_contain_text("the same name (Rob Cheung); the same company (Substrate)")
    expect(panel.get_by_test_id("linked-note")).not_to_contain_text("~")

    panel.get_by_test_id("split-site").click()
    expect(panel.get_by_test_id("split-done")).to_be_visible(timeout=10_000)
    expect(panel.get_by_test_id("also-on")).to_have_count(0)
    expect(panel.get_by_test_id("person-where")).to_contain_text("from X: perceptnet")
    assert companion.lookup(ROB_X) != companion.lookup(ROB_LINKEDIN), "two people again"


def test_before_you_say_who_you_are_the_panel_asks_with_a_real_control(companion, paired_browser, panel, site):
    mine = companion.api("GET", "/v1/me")[1]["profile"]
    assert companion.api("DELETE", "/v1/me")[0] == 200
    try:
        visit(site, ABGAR_SE)
        expect(panel.get_by_test_id("person-name")).to_contain_text("Abgar", timeout=15_000)
        ask = panel.get_by_test_id("tell-who-you-are")
        expect(ask).to_have_text("Tell Rapport who you are to see common ground.", timeout=10_000)
        content = panel.locator("#content")
        expect(content).not_to_contain_text("nothing you both share")
        expect(content).not_to_contain_text("nothing in common")
        with paired_browser.context.expect_page() as opened:
            ask.click()
        setup = opened.value
        setup.wait_for_load_state()
        assert setup.url == paired_browser.setup_url + "#step-who"
        expect(setup.get_by_test_id("who-are-you")).to_be_in_viewport()
        setup.close()
    finally:
        assert companion.api("PUT", "/v1/me", mine)[0] == 200


def test_a_3000_letter_name_wraps_inside_the_panel(panel, site):
    """Newcomer 7, P3: one unbroken 3,000-letter name widened the panel to about 7,000 px."""
    visit(site, LONG_NAME)
    expect(panel.get_by_test_id("person-name")).to_contain_text("AAAA", timeout=15_000)
    sizes = panel.evaluate("""() => ({
      edge: document.documentElement.clientWidth,
      scroll: document.documentElement.scrollWidth,
      name: document.querySelector('[data-testid="person-name"]').getBoundingClientRect().right,
    })""")
    assert sizes["scroll"] <= sizes["edge"] and sizes["name"] <= sizes["edge"], sizes
