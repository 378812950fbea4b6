"""The extension in a real headless Chromium, paired with a real companion through its setup page.

Real saved LinkedIn and X pages from ../shared/fixtures/real are routed at their real addresses; the
side panel page (opened as a tab) is checked through the contract's data-testid hooks.
"""

from __future__ import annotations

import html
import json
import time
from pathlib import Path

import pytest
from extension_harness import CHROMIUM, ROOT, real_page_or_skip, visit

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is not installed (apt-get install chromium)"),
]

expect = pytest.importorskip("playwright.sync_api").expect

LINKEDIN_A = "https://www.linkedin.com/in/eduardo-alvarez-nowak/"
LINKEDIN_B = "https://www.linkedin.com/in/abgargulo/"  # where the saved page says it is (its canonical link)
X_A = "https://x.com/Kikobeats"
X_B = "https://x.com/javilop"
SCREENSHOT = ROOT / "docs" / "screenshots" / "side-panel.png"


@pytest.fixture(scope="module")
def pages(paired_browser):
    """The routed real pages, at the addresses they were saved from."""
    routes = {
        LINKEDIN_A: real_page_or_skip("linkedin/guest_2024-04_eduardo.html"),
        LINKEDIN_B: real_page_or_skip("linkedin/guest_2024-04_abgar.html"),
        X_A: real_page_or_skip("twitter/react-guest_2025-12_Kikobeats.html"),
        X_B: real_page_or_skip("twitter/react-guest_2025-12_javilop.html"),
        "https://www.linkedin.com/feed/": "<html><head><title>Feed | LinkedIn</title></head><body><main><h1>Feed</h1></main></body></html>",
    }
    paired_browser.routes.update(routes)
    return routes


@pytest.fixture
def panel(paired_browser):
    page = paired_browser.open_panel()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.dialogs = dialogs  # type: ignore[attr-defined]
    yield page
    page.close()


def swap_to(site, url: str, html_text: str, delay_ms: int = 300) -> None:
    """What a single-page app does: change the URL, then (a moment later) render the other profile."""
    site.evaluate(
        """([path, markup, delay]) => {
             history.pushState({}, "", path);
             setTimeout(() => {
               const doc = new DOMParser().parseFromString(markup, "text/html");
               document.head.replaceChildren(...doc.head.childNodes);
               document.body.replaceChildren(...doc.body.childNodes);
               document.title = doc.title;
             }, delay);
           }""",
        [url, html_text, delay_ms],
    )


def test_pairing_keeps_the_token_in_local_storage_only(paired_browser, panel):
    local = paired_browser.storage(panel, "local")
    assert isinstance(local.get("token"), str) and len(local["token"]) >= 20
    assert paired_browser.storage(panel, "sync") == {}
    expect(panel.get_by_test_id("companion-status")).to_have_text("Connected to the companion.")


def test_linkedin_profile_is_captured_and_the_panel_shows_common_ground(paired_browser, companion, panel, site):
    visit(site, LINKEDIN_A)
    expect(panel.get_by_test_id("person-name")).to_have_text("Eduardo Alvarez Nowak", timeout=15_000)
    expect(panel.get_by_test_id("tier")).to_contain_text("in common")
    assert panel.get_by_test_id("commonality").count() >= 3
    first = panel.get_by_test_id("commonality").first
    expect(first).to_contain_text("You")
    expect(first).to_contain_text("Them")
    assert panel.get_by_test_id("starter").count() >= 1
    assert panel.get_by_test_id("copy-starter").count() == panel.get_by_test_id("starter").count()
    assert companion.lookup(LINKEDIN_A), "the companion stored the capture"
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    panel.screenshot(path=str(SCREENSHOT), full_page=True)


def test_notes_are_added_and_edited_from_the_panel(companion, panel, site):
    visit(site, LINKEDIN_A)
    expect(panel.get_by_test_id("person-name")).to_have_text("Eduardo Alvarez Nowak", timeout=15_000)
    panel.get_by_test_id("note-input").fill("Met at the Stockholm JS meetup")
    panel.get_by_test_id("note-add").click()
    expect(panel.get_by_test_id("note").last).to_contain_text("Met at the Stockholm JS meetup")
    panel.get_by_test_id("note-edit").last.click()
    panel.get_by_test_id("note-edit-input").fill("Met at the Stockholm JS meetup; loves Elm")
    panel.get_by_test_id("note-save").click()
    expect(panel.get_by_test_id("note").last).to_contain_text("loves Elm")
    status, person = companion.api("GET", f"/v1/people/{companion.lookup(LINKEDIN_A)}")
    assert status == 200
    assert [n["text"] for n in person["notes"]][-1] == "Met at the Stockholm JS meetup; loves Elm"


def test_an_interaction_logged_in_the_panel_reaches_the_companion(companion, panel, site):
    visit(site, LINKEDIN_A)
    expect(panel.get_by_test_id("person-name")).to_have_text("Eduardo Alvarez Nowak", timeout=15_000)
    panel.get_by_test_id("interaction-kind").select_option("in-person")
    panel.get_by_test_id("log-interaction").click()
    expect(panel.get_by_test_id("flash")).to_contain_text("Logged")
    status, person = companion.api("GET", f"/v1/people/{companion.lookup(LINKEDIN_A)}")
    assert status == 200
    assert any(i["kind"] == "in-person" for i in person["interactions"])
    assert person["tie"]["last_contact"]


def test_a_feed_page_says_open_a_profile(panel, site):
    visit(site, "https://www.linkedin.com/feed/")
    expect(panel.get_by_test_id("empty-state")).to_have_text("Open a profile to see common ground.")


@pytest.mark.parametrize(
    ("start", "target", "target_name", "path"),
    [
        (LINKEDIN_A, LINKEDIN_B, "Abgar Gulo", "/in/abgargulo/"),
        (X_A, X_B, "Javi López ⛩️", "/javilop"),
    ],
    ids=["linkedin", "x"],
)
def test_in_app_navigation_to_another_profile_is_followed(
    companion, panel, pages, site, start, target, target_name, path
):
    visit(site, start)
    expect(panel.get_by_test_id("person-name")).not_to_have_text("", timeout=15_000)
    first_name = panel.get_by_test_id("person-name").text_content()
    swap_to(site, path, pages[target])
    expect(panel.get_by_test_id("person-name")).to_have_text(target_name, timeout=15_000)
    assert first_name != target_name
    assert companion.lookup(start) and companion.lookup(target), "the companion stored both profiles"


@pytest.mark.parametrize(
    "url, saved",
    [
        ("https://x.com/perceptnet", "twitter/react-loggedin_2025-04_perceptnet.html"),
        ("https://bsky.app/profile/stephenking.bsky.social", "bluesky/rendered_2026-01_stephenking_a.html"),
    ],
    ids=["x", "bluesky"],
)
def test_posts_cut_down_in_the_browser_keep_everything_the_parser_reads(paired_browser, companion, panel, site, url, saved):
    """Chromium's own DOM and serialiser, not jsdom's: the stored posts are those of the raw page."""
    from companion.parsers import parse_profile

    raw = real_page_or_skip(saved)
    paired_browser.routes[url] = raw
    expected = parse_profile(raw, url)
    assert expected.posts, "the saved page has posts to keep"
    visit(site, url)
    expect(panel.get_by_test_id("person-name")).to_have_text(expected.name, timeout=15_000)
    person_id = companion.lookup(url)
    assert person_id, "the companion stored the capture"
    stored = json.loads(companion.cli("show", person_id, "--json"))
    assert [(p["text"], p["date"], p["url"]) for p in stored["profile"]["posts"]] == [
        (p.text, p.date, p.url) for p in expected.posts
    ]


HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">x</a>'


def hostile_page() -> str:
    bio = html.escape(HOSTILE + " ") * (100_000 // len(HOSTILE))
    person = {
        "@type": "Person",
        "name": "Mallory " + HOSTILE,
        "description": HOSTILE * 3,
        "url": "https://www.linkedin.com/in/hostile-person",
        "jobTitle": [HOSTILE],
        "address": {"@type": "PostalAddress", "addressLocality": HOSTILE},
    }
    ld = json.dumps({"@context": "http://schema.org", "@graph": [person]}).replace("</", "<\\/")
    return f"""<!DOCTYPE html><html lang="en"><head><title>Mallory | LinkedIn</title>
<meta property="og:type" content="profile"><meta name="pageKey" content="public_profile_v3_desktop">
<script type="application/ld+json">{ld}</script></head>
<body><main id="main-content"><section class="core-rail"><section class="top-card-layout">
<h1 class="top-card-layout__title">Mallory {html.escape(HOSTILE)}</h1>
<h2 class="top-card-layout__headline">{html.escape(HOSTILE)} <a href="javascript:alert(4)">site</a></h2>
</section><section class="core-section-container" data-section="summary">
<div class="core-section-container__content"><p>{bio}</p></div></section></section></main></body></html>"""


def test_a_hostile_profile_renders_inert(paired_browser, panel, site):
    url = "https://www.linkedin.com/in/hostile-person/"
    paired_browser.routes[url] = hostile_page()
    visit(site, url)
    expect(panel.get_by_test_id("person-name")).to_contain_text("Mallory", timeout=15_000)
    content = panel.locator("#content")
    assert content.locator("script, img, iframe, object, embed").count() == 0
    hrefs = content.locator("a").evaluate_all("links => links.map(a => a.getAttribute('href') || '')")
    assert not [h for h in hrefs if h.strip().lower().startswith("javascript:")]
    handlers = content.evaluate(
        "root => [...root.querySelectorAll('*')].flatMap(n => [...n.attributes].map(a => a.name)).filter(n => n.startsWith('on'))"
    )
    assert handlers == []
    time.sleep(0.3)
    assert panel.dialogs == []  # type: ignore[attr-defined]


def test_nothing_is_read_while_paused(paired_browser, companion, panel, site):
    url = "https://www.linkedin.com/in/sri-lalitha-paused/"
    paired_browser.routes[url] = real_page_or_skip("linkedin/guest_2024-04_srilalitha.html")
    setup = paired_browser.setup_page
    setup.get_by_test_id("pause-switch").check()
    try:
        expect(panel.get_by_test_id("companion-status")).to_contain_text("Paused")
        visit(site, url)
        expect(panel.get_by_test_id("tab-notice")).to_contain_text("paused", timeout=10_000)
        time.sleep(1.0)
        assert companion.lookup(url) is None
    finally:
        setup.get_by_test_id("pause-switch").uncheck()
    expect(panel.get_by_test_id("companion-status")).to_have_text("Connected to the companion.")


def test_offline_companion_is_shown_and_the_panel_recovers_by_itself(paired_browser, companion, panel, pages, site):
    visit(site, X_A)
    expect(panel.get_by_test_id("person-name")).to_have_text("Kiko Beats", timeout=15_000)
    companion.stop()
    try:
        # The panel says so, and what to do, while the page stays open.
        expect(panel.get_by_test_id("companion-status")).to_contain_text("Offline", timeout=10_000)
        expect(panel.locator("#status-action")).to_contain_text("companion serve")
        # A profile viewed meanwhile is kept, and read once the companion is back.
        visit(site, LINKEDIN_B)
        expect(panel.get_by_test_id("tab-notice")).to_contain_text(
            "as soon as the companion is running again", timeout=10_000
        )
        # The setup page says how to start it.
        setup = paired_browser.setup_page
        setup.get_by_test_id("check-companion").click()
        expect(setup.get_by_test_id("companion-running")).to_contain_text("not running")
        expect(setup.get_by_test_id("companion-how")).to_contain_text("make run")
    finally:
        companion.start()
    expect(panel.get_by_test_id("companion-status")).to_have_text("Connected to the companion.", timeout=15_000)
    expect(panel.get_by_test_id("person-name")).to_have_text("Abgar Gulo", timeout=15_000)


def test_a_queued_capture_survives_the_browser_stopping_the_worker(paired_browser, companion, panel, site):
    url = "https://www.linkedin.com/in/sri-lalitha-jeevanige-35520a61/"  # the saved page's own address
    paired_browser.routes[url] = real_page_or_skip("linkedin/guest_2024-04_srilalitha.html")
    companion.stop()
    try:
        visit(site, url)
        expect(panel.get_by_test_id("tab-notice")).to_contain_text(
            "as soon as the companion is running again", timeout=10_000
        )
        assert [q["url"] for q in paired_browser.storage(panel)["captureQueue"]] == [url]
        cdp = paired_browser.context.new_cdp_session(panel)
        cdp.send("ServiceWorker.enable")
        cdp.send("ServiceWorker.stopAllWorkers")
        cdp.detach()
    finally:
        companion.start()
    # The panel's next question wakes the worker, which finds the companion back and sends the queue.
    expect(panel.get_by_test_id("person-name")).to_have_text("Sri Lalitha Jeevanige", timeout=20_000)
    assert companion.lookup(url)
    assert paired_browser.storage(panel).get("captureQueue") == []


def test_an_unpaired_extension_says_how_to_pair_and_pairs_again(paired_browser, companion, panel):
    assert panel.evaluate('chrome.runtime.sendMessage({type: "rapport:unpair"})')["ok"] is True
    expect(panel.get_by_test_id("companion-status")).to_have_text("Not paired with the companion yet.")
    expect(panel.locator("#status-action")).to_contain_text("companion pair")
    setup = paired_browser.setup_page
    setup.get_by_test_id("pairing-code").fill(json.loads(companion.cli("pair", "--json"))["code"])
    setup.get_by_test_id("pair-button").click()
    expect(setup.get_by_test_id("pair-status")).to_contain_text("Paired")
    expect(panel.get_by_test_id("companion-status")).to_have_text("Connected to the companion.")


def test_this_is_me_asks_first_sets_the_users_own_profile_and_can_be_undone(companion, panel, site):
    # Last in this module: it changes whose profile common ground starts from.
    before = companion.api("GET", "/v1/me")[1]["profile"]
    visit(site, LINKEDIN_B)
    expect(panel.get_by_test_id("person-name")).to_have_text("Abgar Gulo", timeout=15_000)
    panel.get_by_test_id("me-more").locator("summary").click()  # folded once your own profile is known
    panel.get_by_test_id("this-is-me").click()
    expect(panel.get_by_test_id("this-is-me-question")).to_contain_text("Replace your own profile with this one?")
    assert companion.api("GET", "/v1/me")[1]["profile"] == before, "one click replaces nothing"
    panel.get_by_test_id("this-is-me-confirm").click()
    expect(panel.get_by_test_id("flash")).to_contain_text("Saved as your own profile", timeout=15_000)
    status, me = companion.api("GET", "/v1/me")
    assert status == 200
    assert "Abgar Gulo" in json.dumps(me)
    assert companion.lookup(LINKEDIN_B) is None, "you are not one of your own contacts"

    panel.get_by_test_id("undo-me").click()
    expect(panel.get_by_test_id("flash")).to_contain_text("Undone: your own profile is as it was before.", timeout=15_000)
    assert companion.api("GET", "/v1/me")[1]["profile"] == before
    assert companion.lookup(LINKEDIN_B), "the contact is back"
    expect(panel.get_by_test_id("person-name")).to_have_text("Abgar Gulo")
