"""Newcomer 6's findings on the send guard, in a real headless Chromium with the built extension and a real companion.

C1: a polite favour to a 1st-degree contact is warned for the size of its ask, and the card is headed by that ask,
not by "this may read as a pitch" beside "0% pitch-like". C2: with the companion stopped, the message goes at once
(fail open), and the page says so at that moment beside the composer; while typing, the indicator says "Offline: not
checked" in words rather than showing a grey dot that reads as "fine".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_fixtures import LINKEDIN_THREAD_URL, linkedin_messaging_page, sent

pytestmark = pytest.mark.browser  # conftest's fixtures skip cleanly without Chromium or Playwright

SHOTS = Path("/tmp") / "rapport-guard-newcomer6"
EXISTING_BUBBLE = "#ember874"  # the saved 2023 conversation with Mariana Hohot, a 1st-degree contact (es-ES UI)
BOX = f"{EXISTING_BUBBLE} .msg-form__contenteditable"
SEND = f"{EXISTING_BUBBLE} button.msg-form__send-button"
FAVOUR = ("Hi Mariana, would you have 10 minutes next week to tell me how you found the move to Stockholm? "
          "No worries if not.")
PITCH = ("Hi! We help companies like yours cut QA costs by 40%. "
         "Book a quick demo with me this week: https://calendly.com/acme-sales/demo")


@pytest.fixture(scope="module")
def guard_browser(paired_browser, companion):
    paired_browser.routes[LINKEDIN_THREAD_URL] = linkedin_messaging_page()
    status, _ = companion.api("POST", "/v1/check", {"text": "Hello there"})  # warm: the first check compiles the guard
    assert status == 200
    return paired_browser


@pytest.fixture
def linkedin(guard_browser):
    page = guard_browser.context.new_page()
    page.set_viewport_size({"width": 1200, "height": 900})
    page.goto(LINKEDIN_THREAD_URL)
    yield page
    page.close()


def send_draft(page, text: str) -> None:
    page.locator(BOX).click()
    page.keyboard.type(text)
    page.locator(SEND).click()


def test_a_big_ask_to_a_new_connection_is_headed_by_the_ask_not_by_a_pitch(linkedin, companion):
    # what the companion decides for this draft to a new connection: a warning, for the ask, at almost no pitch score
    status, verdict = companion.api("POST", "/v1/check", {"text": FAVOUR, "stage": "new"})
    assert status == 200
    assert verdict["verdict"] == "warn" and verdict["score"] < 0.1
    assert [r["rule"] for r in verdict["reasons"]] == ["ask-too-big"]

    send_draft(linkedin, FAVOUR)
    card = linkedin.get_by_test_id("rapport-warning")
    card.wait_for(state="visible")
    assert card.get_attribute("data-verdict") == "warn"  # the verdict itself is kept
    assert card.get_attribute("data-decided") == "ask"
    assert card.get_attribute("data-stage") == "new"
    # one size, said once: the heading's (newcomer 7, C3: "a big ask" over "a medium ask")
    assert linkedin.locator("rapport-send-guard h2").text_content() == "Before you send: a medium ask for a new connection"
    summary = linkedin.get_by_test_id("rapport-summary").text_content()
    assert summary == "to a new connection (as the page shows)"
    assert "pitch" not in card.text_content()
    SHOTS.mkdir(parents=True, exist_ok=True)
    linkedin.screenshot(path=str(SHOTS / "c1-big-ask.png"))
    assert sent(linkedin) == []
    linkedin.get_by_test_id("rapport-send-anyway").click()  # a warning: one click sends
    linkedin.wait_for_function("() => window.__sent.length === 1", timeout=5_000)


def test_a_pitch_keeps_the_pitch_heading_and_its_score(linkedin):
    send_draft(linkedin, PITCH)
    card = linkedin.get_by_test_id("rapport-warning")
    card.wait_for(state="visible")
    assert card.get_attribute("data-verdict") == "block"
    assert card.get_attribute("data-decided") == "pitch"
    assert linkedin.locator("rapport-send-guard h2").text_content() == "Hold on: this reads like a pitch"
    assert "% pitch-like" in linkedin.get_by_test_id("rapport-summary").text_content()


SWEDISH_PITCH = "Hej! Vi hjälper företag som ditt att sänka kostnaderna med 40 %. Boka en demo med mig den här veckan."


def test_a_draft_in_a_language_not_read_is_stopped_for_what_was_checked_only(linkedin):
    """Newcomer 7, C1: a Swedish pitch was stopped under "this reads like a pitch", "50% pitch-like · no ask" and a
    "reads like a template" tip, beside a reason saying it was not checked for pitching."""
    send_draft(linkedin, SWEDISH_PITCH)
    card = linkedin.get_by_test_id("rapport-warning")
    card.wait_for(state="visible")
    assert card.get_attribute("data-verdict") == "block"
    assert card.get_attribute("data-decided") == "unread"
    assert linkedin.locator("rapport-send-guard h2").text_content() == (
        "Hold on: Rapport can't read this language; it stopped this only for the percentage")
    assert linkedin.get_by_test_id("rapport-summary").text_content() == "to a new connection (as the page shows)"
    tips = [t.text_content() for t in linkedin.get_by_test_id("rapport-suggestion").all()]
    assert tips == ["Leave the percentage out of it: a saving or a discount in an early message turns it into a sale."]
    text = card.text_content()
    for judged in ("pitch-like", "no ask", "template", "reads like a pitch"):
        assert judged not in text, judged
    assert sent(linkedin) == []


def badge_words(page) -> str:
    return page.evaluate(
        """() => [...document.querySelectorAll('rapport-indicator')].map(host =>
             host.shadowRoot.querySelector('[data-testid=rapport-indicator]').textContent).join('|')""")


def test_offline_the_indicator_says_so_while_typing_and_send_says_the_message_was_not_checked(linkedin, companion):
    companion.stop()
    try:
        linkedin.locator(BOX).click()
        linkedin.keyboard.type(PITCH)
        # while typing: words, not a grey dot
        linkedin.wait_for_function(
            """() => [...document.querySelectorAll('rapport-indicator')].some(host =>
                 host.shadowRoot.querySelector('[data-testid=rapport-indicator]').textContent === 'Offline: not checked')""",
            timeout=8_000)
        badge = linkedin.get_by_test_id("rapport-indicator").filter(has_text="Offline: not checked")
        assert badge.is_visible()
        assert badge.get_attribute("data-level") == "off"
        box, send = badge.bounding_box(), linkedin.locator(SEND).bounding_box()
        assert box["width"] > 40, "the words are shown, not a dot"
        assert box["x"] + box["width"] <= send["x"] or box["x"] >= send["x"] + send["width"], "beside Send, not over it"
        SHOTS.mkdir(parents=True, exist_ok=True)
        linkedin.wait_for_timeout(300)  # the badge's colour fades in
        linkedin.screenshot(path=str(SHOTS / "c2-offline-typing.png"), clip={
            "x": send["x"] - 20, "y": send["y"] - 120, "width": 360, "height": 160})

        # on Send: it goes at once (fail open), and the page says so then, beside the composer
        linkedin.locator(SEND).click()
        linkedin.wait_for_function("() => window.__sent.length === 1", timeout=5_000)
        assert sent(linkedin) == [{"text": PITCH, "bubble": "ember874"}]
        assert linkedin.get_by_test_id("rapport-warning").count() == 0
        notice = linkedin.get_by_test_id("rapport-unchecked")
        notice.wait_for(state="visible")
        assert notice.get_attribute("data-reason") == "offline"
        assert notice.text_content() == "Rapport is offline: this message was not checked."
        composer = linkedin.locator(BOX).bounding_box()
        where = notice.bounding_box()
        assert where["y"] + where["height"] <= composer["y"] + 1, "just above the composer"
        assert abs(where["x"] - composer["x"]) < 40
        linkedin.screenshot(path=str(SHOTS / "c2-offline-sent.png"))
    finally:
        companion.start()
    # the companion back: the next draft is checked again, and the badge is a coloured dot once more
    linkedin.locator(BOX).click()
    linkedin.keyboard.type(PITCH)
    linkedin.wait_for_function(
        """() => [...document.querySelectorAll('rapport-indicator')].some(host => {
             const badge = host.shadowRoot.querySelector('[data-testid=rapport-indicator]');
             return badge.dataset.level === 'block' && badge.textContent === ''; })""",
        timeout=15_000)
    assert "Offline" not in badge_words(linkedin)
