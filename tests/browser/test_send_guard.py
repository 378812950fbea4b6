"""The send guard in a real headless Chromium with the built extension and a real companion.

LinkedIn chat bubbles and an X DM thread are routed to pages built from the saved composers (see
guard_fixtures.py); the page records what it really sent in `window.__sent`. Nothing leaves the machine:
every other request is aborted.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from guard_fixtures import LINKEDIN_THREAD_URL, X_DM_URL, linkedin_messaging_page, sent, x_dm_page

pytestmark = pytest.mark.browser  # conftest's fixtures skip cleanly without Chromium or Playwright

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT = ROOT / "docs" / "screenshots" / "send-guard.png"
INDICATOR_SCREENSHOT = ROOT / "docs" / "screenshots" / "typing-indicator.png"
# The saved 2023 conversation readdressed to a person Rapport has stored (tests/fixtures/linkedin_loggedin.html).
KNOWN_THREAD_URL = "https://www.linkedin.com/messaging/thread/2-guard-known/"
KNOWN_PROFILE_URL = "https://www.linkedin.com/in/grace-sample/"
KNOWN_PAGE = ROOT / "tests" / "fixtures" / "linkedin_loggedin.html"

# A cold pitch to someone the user has never met, and a message that asks for nothing.
PITCH = ("Hi! We help companies like yours cut QA costs by 40%. "
         "Book a quick demo with me this week: https://calendly.com/acme-sales/demo")
GENUINE = "Congratulations on the new role! Well deserved, and I loved your talk on testing."

EXISTING_BUBBLE = "#ember874"  # the saved 2023 conversation bubble (es-ES UI)
NEW_BUBBLE = "#ember267"  # the saved 2022 "New message" bubble


@pytest.fixture(scope="module")
def guard_browser(paired_browser, companion):
    """The paired browser (tests/browser/conftest.py) routing the two composer pages; the companion warmed up."""
    paired_browser.routes[LINKEDIN_THREAD_URL] = linkedin_messaging_page()
    paired_browser.routes[X_DM_URL] = x_dm_page()
    # the extension gives the companion 300 ms per draft: do not spend them on a cold first request
    status, _ = companion.api("POST", "/v1/check", {"text": "Hello there"})
    assert status == 200
    return paired_browser


@pytest.fixture
def linkedin(guard_browser):
    """The routed LinkedIn page with two chat bubbles open."""
    page = guard_browser.context.new_page()
    page.goto(LINKEDIN_THREAD_URL)
    yield page
    page.close()


@pytest.fixture
def x_dm(guard_browser):
    """The routed X direct-message thread."""
    page = guard_browser.context.new_page()
    page.goto(X_DM_URL)
    yield page
    page.close()


def type_into(page, selector: str, text: str) -> None:
    page.locator(selector).click()
    page.keyboard.type(text)


def warning(page):
    return page.get_by_test_id("rapport-warning")


def draft_of(page, selector: str) -> str:
    return page.locator(selector).evaluate("el => el.textContent")


def test_pitch_in_linkedin_bubble_is_stopped_on_click_and_edit_returns_to_it(linkedin):
    box = f"{EXISTING_BUBBLE} .msg-form__contenteditable"
    type_into(linkedin, box, PITCH)
    linkedin.locator(f"{EXISTING_BUBBLE} button.msg-form__send-button").click()
    expect_warning(linkedin, "block")
    assert sent(linkedin) == []
    marks = warning(linkedin).locator("mark").all_text_contents()
    assert marks and all(mark in PITCH for mark in marks)
    assert warning(linkedin).get_by_test_id("rapport-suggestion").count() >= 1
    linkedin.get_by_test_id("rapport-edit").click()
    assert warning(linkedin).count() == 0
    assert draft_of(linkedin, box) == PITCH
    assert linkedin.evaluate("document.activeElement.classList.contains('msg-form__contenteditable')")
    linkedin.wait_for_timeout(300)
    assert sent(linkedin) == []


def test_pitch_in_linkedin_bubble_is_stopped_on_enter_and_block_needs_two_clicks(linkedin):
    type_into(linkedin, f"{EXISTING_BUBBLE} .msg-form__contenteditable", PITCH)
    linkedin.keyboard.press("Enter")
    expect_warning(linkedin, "block")
    assert sent(linkedin) == []
    linkedin.get_by_test_id("rapport-send-anyway").click()
    assert warning(linkedin).count() == 1
    assert sent(linkedin) == []
    linkedin.get_by_test_id("rapport-send-anyway").click()
    wait_for_sends(linkedin, 1)
    assert sent(linkedin) == [{"text": PITCH, "bubble": "ember874"}]


def test_genuine_linkedin_message_goes_straight_through_from_either_bubble(linkedin):
    type_into(linkedin, f"{EXISTING_BUBBLE} .msg-form__contenteditable", GENUINE)
    linkedin.locator(f"{EXISTING_BUBBLE} button.msg-form__send-button").click()
    wait_for_sends(linkedin, 1)
    type_into(linkedin, f"{NEW_BUBBLE} .msg-form__contenteditable", "Thanks for the intro, Hamir!")
    linkedin.keyboard.press("Enter")
    wait_for_sends(linkedin, 2)
    assert sent(linkedin) == [{"text": GENUINE, "bubble": "ember874"},
                              {"text": "Thanks for the intro, Hamir!", "bubble": "ember267"}]
    assert warning(linkedin).count() == 0


def test_shift_enter_in_linkedin_is_a_new_line_not_a_send(linkedin):
    type_into(linkedin, f"{EXISTING_BUBBLE} .msg-form__contenteditable", PITCH)
    linkedin.keyboard.press("Shift+Enter")
    linkedin.wait_for_timeout(300)
    assert warning(linkedin).count() == 0
    assert sent(linkedin) == []


def test_pitch_in_x_dm_is_stopped_on_enter_and_on_click(x_dm):
    box = '[data-testid="dmComposerTextInput"]'
    type_into(x_dm, box, PITCH)
    x_dm.keyboard.press("Enter")
    expect_warning(x_dm, "block")
    assert sent(x_dm) == []
    x_dm.get_by_test_id("rapport-edit").click()
    assert draft_of(x_dm, box) == PITCH
    x_dm.locator('[data-testid="dmComposerSendButton"]').click()
    expect_warning(x_dm, "block")
    x_dm.wait_for_timeout(200)
    assert sent(x_dm) == []


def test_genuine_x_dm_goes_straight_through(x_dm):
    type_into(x_dm, '[data-testid="dmComposerTextInput"]', GENUINE)
    x_dm.keyboard.press("Enter")
    wait_for_sends(x_dm, 1)
    assert sent(x_dm) == [{"text": GENUINE}]
    assert warning(x_dm).count() == 0


def test_with_the_companion_stopped_the_message_is_sent_and_the_panel_says_the_guard_was_offline(
    guard_browser, companion, linkedin
):
    companion.stop()
    try:
        type_into(linkedin, f"{EXISTING_BUBBLE} .msg-form__contenteditable", PITCH)
        linkedin.locator(f"{EXISTING_BUBBLE} button.msg-form__send-button").click()
        wait_for_sends(linkedin, 1)
        assert sent(linkedin) == [{"text": PITCH, "bubble": "ember874"}]
        assert warning(linkedin).count() == 0
        panel = guard_browser.open_panel()
        notice = panel.get_by_test_id("guard-offline")
        notice.wait_for(state="visible")
        assert re.search(r"guard was offline", notice.text_content(), re.I)
        panel.close()
    finally:
        companion.start()


def expect_warning(page, verdict: str) -> None:
    warning(page).wait_for(state="visible")
    assert warning(page).get_attribute("data-verdict") == verdict


def wait_for_sends(page, count: int) -> None:
    page.wait_for_function("n => window.__sent.length >= n", arg=count, timeout=5_000)


# ------------------------------------------------------------------ the typing indicator and "Use this opener"


@pytest.fixture(scope="module")
def known_recipient(guard_browser, companion):
    """Grace Sample stored in the companion (a real saved LinkedIn page), and a conversation bubble to her."""
    # Her page shares React and KTH with the test user (in place of COBOL and Vassar): a starter needs ground both
    # stand on (a shared skill alone is none since round 6 of the starters), and a stranger with nothing shared and
    # only an old post gets none.
    html = (KNOWN_PAGE.read_text(encoding="utf-8").replace(">COBOL<", ">React<")
            .replace(">Vassar College<", ">KTH Royal Institute of Technology<"))
    status, body = companion.api("POST", "/v1/captures", {"url": KNOWN_PROFILE_URL, "html": html})
    assert status == 200, body
    assert body["starters"], "the stored person has starters to open with"
    guard_browser.routes[KNOWN_THREAD_URL] = linkedin_messaging_page(("grace-sample", "Grace Sample"))
    return body


@pytest.fixture
def known(guard_browser, known_recipient):
    page = guard_browser.context.new_page()
    page.set_viewport_size({"width": 1100, "height": 760})
    page.goto(KNOWN_THREAD_URL)
    yield page
    page.close()


def indicator(page, bubble: str = EXISTING_BUBBLE):
    """The indicator beside `bubble`'s Send button (the badge nearest to it)."""
    send = page.locator(f"{bubble} button.msg-form__send-button").bounding_box()
    badges = page.get_by_test_id("rapport-indicator")
    for i in range(badges.count()):
        box = badges.nth(i).bounding_box()
        beside = (0 <= send["x"] - (box["x"] + box["width"]) <= 16
                  or 0 <= box["x"] - (send["x"] + send["width"]) <= 16) if box else False
        if beside and abs(box["y"] + box["height"] / 2 - (send["y"] + send["height"] / 2)) < 12:
            return badges.nth(i)
    raise AssertionError("no indicator beside the Send button")


def wait_for_level(page, level: str, bubble: str = EXISTING_BUBBLE, timeout_s: float = 5.0):
    badge = page.get_by_test_id("rapport-indicator").first
    badge.wait_for(state="visible")
    page.wait_for_function(
        """([level]) => [...document.querySelectorAll('rapport-indicator')].some(host =>
             host.shadowRoot.querySelector('[data-testid=rapport-indicator]').dataset.level === level)""",
        arg=[level], timeout=timeout_s * 1000)
    return indicator(page, bubble)


def test_typing_a_pitch_turns_the_indicator_red_before_send_with_the_reasons_on_hover(known):
    box = f"{EXISTING_BUBBLE} .msg-form__contenteditable"
    known.locator(box).click()
    assert wait_for_level(known, "ok").get_attribute("data-level") == "ok"
    known.keyboard.type(PITCH)
    wait_for_level(known, "block")  # already while typing, before the end of the draft
    # once typing stops, the whole draft is checked: the same reasons as the overlay, on hover
    known.wait_for_function(
        """() => [...document.querySelectorAll('rapport-indicator')].some(host =>
             (host.shadowRoot.querySelector('[data-testid=rapport-indicator]').title || '').includes('calendly.com'))""",
        timeout=5_000)
    badge = indicator(known)
    assert badge.get_attribute("data-level") == "block"
    assert "reads like a pitch to a new connection" in badge.get_attribute("title")
    assert warning(known).count() == 0 and sent(known) == []
    # the composer, its Send button and the badge beside it
    bubble = known.locator(EXISTING_BUBBLE).bounding_box()
    draft = known.locator(box).bounding_box()
    top = max(0, draft["y"] - 24)
    INDICATOR_SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    known.screenshot(path=str(INDICATOR_SCREENSHOT), clip={
        "x": bubble["x"] - 8, "y": top, "width": bubble["width"] + 16, "height": min(760, bubble["y"] + bubble["height"]) - top})
    # rewritten into a genuine message, the badge turns back
    known.keyboard.press("Control+A")
    known.keyboard.type(GENUINE)
    wait_for_level(known, "ok")


def test_the_indicator_follows_an_x_draft_too(x_dm):
    type_into(x_dm, '[data-testid="dmComposerTextInput"]', PITCH)
    x_dm.wait_for_function(
        """() => [...document.querySelectorAll('rapport-indicator')].some(host =>
             host.shadowRoot.querySelector('[data-testid=rapport-indicator]').dataset.level === 'block')""",
        timeout=5_000)
    assert sent(x_dm) == []


def test_the_overlay_names_the_recipient_and_use_this_opener_replaces_the_draft_without_sending(known):
    box = f"{EXISTING_BUBBLE} .msg-form__contenteditable"
    type_into(known, box, PITCH)
    known.locator(f"{EXISTING_BUBBLE} button.msg-form__send-button").click()
    expect_warning(known, "block")
    assert known.get_by_test_id("rapport-recipient").text_content() == "To Grace Sample"
    # the reasons come first and are in view, whatever the draft's length
    reasons = known.get_by_test_id("rapport-reason")
    assert reasons.count() >= 2
    for i in range(reasons.count()):
        top = reasons.nth(i).bounding_box()
        assert top and 0 <= top["y"] and top["y"] + top["height"] <= 760
    opener = known.get_by_test_id("rapport-opener").text_content()
    assert opener.startswith("Hi Grace")
    use = known.get_by_test_id("rapport-use-opener")
    assert use.is_visible()
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    known.screenshot(path=str(SCREENSHOT))
    use.click()
    assert warning(known).count() == 0
    known.wait_for_timeout(500)
    assert sent(known) == [], "the opener is put in the message, never sent"
    assert draft_of(known, box) == opener
    assert known.evaluate("document.activeElement.classList.contains('msg-form__contenteditable')")
    # the site saw the edit as typing (its Send button follows its own idea of the draft), and the
    # indicator reads the new draft
    assert known.locator(f"{EXISTING_BUBBLE} button.msg-form__send-button").is_enabled()
    wait_for_level(known, "ok")
    # the user sends it themselves
    known.locator(f"{EXISTING_BUBBLE} button.msg-form__send-button").click()
    wait_for_sends(known, 1)
    assert sent(known) == [{"text": opener, "bubble": "ember874"}]


@pytest.fixture
def checks_seen(guard_browser, companion):
    """Counts the checks that reach the companion (the background's fetches to POST /v1/check)."""
    seen: list[str] = []

    def count(route):
        seen.append(route.request.url)
        route.continue_()

    pattern = f"http://127.0.0.1:{companion.port}/v1/check"
    guard_browser.context.route(pattern, count)
    yield seen
    guard_browser.context.unroute(pattern, count)


def set_paused(browser, paused: bool) -> None:
    browser.setup_page.evaluate(
        """async (paused) => {
             const { settings } = await chrome.storage.local.get('settings');
             await chrome.storage.local.set({ settings: { ...(settings || {}), paused } });
           }""", paused)


def test_paused_the_indicator_is_off_and_no_draft_is_checked(guard_browser, checks_seen, linkedin):
    box = f"{EXISTING_BUBBLE} .msg-form__contenteditable"
    type_into(linkedin, box, "Hello")
    linkedin.wait_for_function(
        """() => [...document.querySelectorAll('rapport-indicator')].some(host =>
             (host.shadowRoot.querySelector('[data-testid=rapport-indicator]').title || '').includes('reads fine'))""",
        timeout=5_000)
    assert checks_seen, "a check while typing reaches the companion (the counter works)"
    set_paused(guard_browser, True)
    try:
        badge = wait_for_level(linkedin, "off")
        assert badge.get_attribute("title") == "Rapport is paused"
        before = len(checks_seen)
        linkedin.keyboard.type(" " + PITCH)
        linkedin.wait_for_timeout(900)
        assert indicator(linkedin).get_attribute("data-level") == "off"
        linkedin.locator(f"{EXISTING_BUBBLE} button.msg-form__send-button").click()
        wait_for_sends(linkedin, 1)
        assert warning(linkedin).count() == 0
        assert linkedin.get_by_test_id("rapport-unchecked").count() == 0
        assert len(checks_seen) == before, "paused, no draft is sent to the companion"
    finally:
        set_paused(guard_browser, False)
    # resumed without a reload: the next draft is read again
    type_into(linkedin, box, PITCH)
    wait_for_level(linkedin, "block")
