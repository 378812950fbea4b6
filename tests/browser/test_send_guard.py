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
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    linkedin.screenshot(path=str(SCREENSHOT))
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
