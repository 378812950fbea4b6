"""Capture only what the page proves (issue 17), in a real headless Chromium with a real companion.

A single-page app changes its address first and renders the next profile later. Moving in-app from one
routed profile to another whose content renders 4 s late (longer than the 2.5 s after which an unchanged
page used to be taken as the new profile), each person is stored under their own address and the panel
shows the right one; when the next profile never renders, nothing is stored and the panel says why.
Real saved pages are routed at the addresses they were saved from; the app's navigation is simulated as
in test_extension.py: history.pushState, then the other page's head and body a while later.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from extension_harness import CHROMIUM, real_page_or_skip

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is not installed (apt-get install chromium)"),
]

expect = pytest.importorskip("playwright.sync_api").expect

EDUARDO = "https://www.linkedin.com/in/eduardo-alvarez-nowak/"
ABGAR = "https://www.linkedin.com/in/abgargulo/"
SRI = "https://www.linkedin.com/in/sri-lalitha-jeevanige-35520a61/"
KIKO = "https://x.com/Kikobeats"
JAVI = "https://x.com/javilop"
LATE_MS = 4000


@pytest.fixture(scope="module")
def pages(paired_browser):
    """Signed-in LinkedIn pages (the app this happened in) and X pages, at the addresses they were saved from."""
    routes = {
        EDUARDO: real_page_or_skip("linkedin/loggedin_2024-07_eduardo.html"),
        ABGAR: real_page_or_skip("linkedin/loggedin_2024-07_abgar.html"),
        SRI: real_page_or_skip("linkedin/loggedin_2024-07_srilalitha.html"),
        KIKO: real_page_or_skip("twitter/react-guest_2025-12_Kikobeats.html"),
        JAVI: real_page_or_skip("twitter/react-guest_2025-12_javilop.html"),
    }
    paired_browser.routes.update(routes)
    return routes




def visit(site, url: str) -> None:
    site.goto(url)
    site.bring_to_front()


def navigate_in_app(site, path: str, html_text: str | None, delay_ms: int) -> None:
    """What the app does: change the address at once; render the other profile `delay_ms` later (never, for
    None). The saved signed-in LinkedIn pages enforce Trusted Types, so the markup goes through a policy of a
    name they allow, as the app's own rendering does."""
    site.evaluate(
        """([path, markup, delay]) => {
             history.pushState({}, "", path);
             if (markup === null) return;
             const policy = window.trustedTypes?.createPolicy("jSecure", { createHTML: (html) => html });
             setTimeout(() => {
               const doc = new DOMParser().parseFromString(policy ? policy.createHTML(markup) : markup, "text/html");
               document.head.replaceChildren(...doc.head.childNodes);
               document.body.replaceChildren(...doc.body.childNodes);
               document.title = doc.title;
             }, delay);
           }""",
        [path, html_text, delay_ms],
    )


def stored_names(companion) -> list[str]:
    return [p["name"] for p in json.loads(companion.cli("people", "--json"))["people"]]


def person_name(companion, url: str) -> str | None:
    person_id = companion.lookup(url)
    if person_id is None:
        return None
    status, person = companion.api("GET", f"/v1/people/{person_id}")
    assert status == 200
    return person["profile"]["name"]


@pytest.mark.parametrize(
    ("start", "start_name", "target", "target_name", "path"),
    [
        (EDUARDO, "Eduardo Alvarez Nowak", ABGAR, "Abgar Gulo", "/in/abgargulo/"),
        (KIKO, "Kiko Beats", JAVI, "Javi López ⛩️", "/javilop"),
    ],
    ids=["linkedin", "x"],
)
def test_a_profile_that_renders_4s_late_is_stored_under_its_own_address(
    companion, panel, pages, site, start, start_name, target, target_name, path
):
    visit(site, start)
    expect(panel.get_by_test_id("person-name")).to_have_text(start_name, timeout=15_000)
    moved_at = time.monotonic()
    navigate_in_app(site, path, pages[target], LATE_MS)

    # Past the old 2.5 s: the panel waits for the new profile instead of showing the old one as it.
    site.wait_for_timeout(3000)
    assert time.monotonic() - moved_at < LATE_MS / 1000, "the check ran before the new profile rendered"
    expect(panel.get_by_test_id("person-name")).to_have_count(0)
    expect(panel.get_by_test_id("tab-notice")).to_contain_text("Waiting for the profile")
    assert companion.lookup(target) is None, "nothing was stored under the new address yet"

    expect(panel.get_by_test_id("person-name")).to_have_text(target_name, timeout=15_000)
    assert person_name(companion, start) == start_name
    assert person_name(companion, target) == target_name
    assert companion.lookup(start) != companion.lookup(target)
    names = stored_names(companion)
    assert names.count(start_name) == 1 and names.count(target_name) == 1, names


def test_a_profile_that_never_renders_stores_nothing_and_the_panel_says_why(paired_browser, companion, panel, site):
    visit(site, SRI)
    expect(panel.get_by_test_id("person-name")).to_have_text("Sri Lalitha Jeevanige", timeout=15_000)
    before = stored_names(companion)
    nowhere = "https://www.linkedin.com/in/never-renders-here/"
    navigate_in_app(site, "/in/never-renders-here/", None, 0)

    expect(panel.get_by_test_id("tab-notice")).to_contain_text("Waiting for the profile", timeout=5_000)
    notice = panel.get_by_test_id("tab-notice")
    expect(notice).to_have_text(
        "This tab still showed Sri Lalitha Jeevanige (sri-lalitha-jeevanige-35520a61), not the profile at its "
        "address, after 10 seconds, so Rapport saved nothing. Reload the page to read this profile.",
        timeout=20_000,
    )
    expect(notice).to_have_class("notice error")
    assert companion.lookup(nowhere) is None
    assert stored_names(companion) == before
    assert person_name(companion, SRI) == "Sri Lalitha Jeevanige"
    assert not paired_browser.storage(panel).get("captureQueue"), "nothing is waiting to be sent either"
