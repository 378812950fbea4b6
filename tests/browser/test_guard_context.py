"""The send guard reads the relationship from the page, and fails open only when the companion is gone
(issue 16, items 4 and 5), in a real headless Chromium with the built extension and a real companion.

The LinkedIn page is guard_fixtures.linkedin_messaging_page(): the saved 2022 "New message" bubble (its
profile card says "1st", no messages yet) and the saved 2023 conversation bubble (es-ES, "1er", one message
from the other person). Where a test needs a reply of the user's own in that thread, it adds one the way
LinkedIn lists it (the same list item without msg-s-event-listitem--other): that reply is synthetic.
"""

from __future__ import annotations

import time

import pytest
from guard_fixtures import linkedin_messaging_page, sent

pytestmark = pytest.mark.browser  # conftest's fixtures skip cleanly without Chromium or Playwright

PAGE_URL = "https://www.linkedin.com/messaging/thread/2-guard-context/"
PITCH = (
    "Hi! We help companies like yours cut QA costs by 40%. "
    "Book a quick demo with me this week: https://calendly.com/acme-sales/demo"
)
GENUINE = "Congratulations on the new role! Well deserved, and I loved your talk on testing."
NEW_BUBBLE = "#ember267"  # the saved 2022 "New message" bubble: 1st degree, no earlier messages
EXISTING_BUBBLE = "#ember874"  # the saved 2023 conversation: 1st degree, one message from them
SLOW_MS = 800
DELAY_ENV = "COMPANION_TEST_CHECK_DELAY_MS"  # companion/api/testing_hooks.py

# The user's own reply in the saved thread, as LinkedIn lists one (synthetic: the saved page has none).
ADD_MY_REPLY = """(bubble) => {
  const theirs = document.querySelector(`${bubble} li.msg-s-message-list__event`);
  const mine = theirs.cloneNode(true);
  const item = mine.querySelector('[data-event-urn]');
  item.classList.remove('msg-s-event-listitem--other');
  item.setAttribute('data-event-urn', 'urn:li:msg_message:(mine,2-reply)');
  item.querySelector('.msg-s-event-listitem__body').textContent = 'Gracias Mariana, igualmente.';
  theirs.after(mine);
}"""


@pytest.fixture(scope="module")
def context_browser(paired_browser, companion):
    paired_browser.routes[PAGE_URL] = linkedin_messaging_page()
    warm(companion)
    return paired_browser


def warm(companion) -> None:
    """One check straight to the companion, so a test does not time the start-up warm-up."""
    status, _ = companion.api("POST", "/v1/check", {"text": "Hello there"})
    assert status == 200


@pytest.fixture
def linkedin(context_browser):
    page = context_browser.context.new_page()
    page.goto(PAGE_URL)
    yield page
    page.close()


def type_into(page, bubble: str, text: str) -> None:
    page.locator(f"{bubble} .msg-form__contenteditable").click()
    page.keyboard.type(text)


def press_send(page, bubble: str) -> None:
    page.locator(f"{bubble} button.msg-form__send-button").click()


def warning(page):
    return page.get_by_test_id("rapport-warning")


def test_pitch_to_a_1st_degree_bubble_with_no_messages_is_blocked_as_to_a_new_connection(linkedin):
    type_into(linkedin, NEW_BUBBLE, PITCH)
    press_send(linkedin, NEW_BUBBLE)
    warning(linkedin).wait_for(state="visible")
    assert warning(linkedin).get_attribute("data-verdict") == "block"
    assert warning(linkedin).get_attribute("data-stage") == "new"
    assert warning(linkedin).get_attribute("data-stage-source") == "page"
    summary = linkedin.get_by_test_id("rapport-summary").text_content()
    assert "to a new connection (as the page shows)" in summary
    reasons = " ".join(linkedin.get_by_test_id("rapport-reason").all_text_contents())
    assert "a new connection" in reasons
    for wrong in ("stranger", "not connected", "doesn't know"):
        assert wrong not in warning(linkedin).text_content()
    linkedin.wait_for_timeout(200)
    assert sent(linkedin) == []


def test_pitch_in_a_thread_with_messages_both_ways_is_warned_not_blocked(linkedin):
    linkedin.evaluate(ADD_MY_REPLY, EXISTING_BUBBLE)
    type_into(linkedin, EXISTING_BUBBLE, PITCH)
    press_send(linkedin, EXISTING_BUBBLE)
    warning(linkedin).wait_for(state="visible")
    assert warning(linkedin).get_attribute("data-verdict") == "warn"
    assert warning(linkedin).get_attribute("data-stage") == "acquaintance"
    assert "to an acquaintance (as the page shows)" in linkedin.get_by_test_id("rapport-summary").text_content()
    assert "stranger" not in warning(linkedin).text_content()
    assert sent(linkedin) == []
    # a warning, not a block: one "Send anyway" sends it
    linkedin.get_by_test_id("rapport-send-anyway").click()
    linkedin.wait_for_function("() => window.__sent.length === 1", timeout=5_000)
    assert sent(linkedin) == [{"text": PITCH, "bubble": "ember874"}]


def test_with_the_companion_stopped_the_message_goes_at_once_and_the_page_says_it_went_unchecked(
    context_browser, companion, linkedin
):
    companion.stop()
    try:
        type_into(linkedin, EXISTING_BUBBLE, PITCH)
        started = time.monotonic()
        press_send(linkedin, EXISTING_BUBBLE)
        linkedin.wait_for_function("() => window.__sent.length === 1", timeout=5_000)
        elapsed = time.monotonic() - started
        notice = linkedin.get_by_test_id("rapport-unchecked")
        notice.wait_for(state="visible")
        assert notice.text_content() == "Rapport is offline: this message was not checked."
        assert notice.get_attribute("data-reason") == "offline"
        assert sent(linkedin) == [{"text": PITCH, "bubble": "ember874"}]
        assert warning(linkedin).count() == 0
        assert elapsed < 1.5, f"a companion that is gone is not waited for ({elapsed:.2f} s)"
        # the notice can be dismissed at once
        linkedin.get_by_test_id("rapport-unchecked-dismiss").click()
        assert notice.count() == 0
    finally:
        companion.start()
        warm(companion)


def test_unpaired_the_message_goes_at_once_and_the_page_says_it_went_unchecked(context_browser, linkedin):
    setup = context_browser.setup_page
    token = setup.evaluate("chrome.storage.local.get('token').then(r => r.token)")
    assert token
    setup.evaluate("chrome.storage.local.remove('token')")
    try:
        type_into(linkedin, NEW_BUBBLE, PITCH)
        press_send(linkedin, NEW_BUBBLE)
        linkedin.wait_for_function("() => window.__sent.length === 1", timeout=5_000)
        notice = linkedin.get_by_test_id("rapport-unchecked")
        notice.wait_for(state="visible")
        assert notice.get_attribute("data-reason") == "unpaired"
        assert "this message was not checked" in notice.text_content()
        assert warning(linkedin).count() == 0
    finally:
        setup.evaluate("t => chrome.storage.local.set({token: t})", token)


@pytest.fixture
def slow_companion(companion, monkeypatch):
    """The same companion restarted with the test-only hook that delays every check by 800 ms."""
    companion.stop()
    monkeypatch.setenv(DELAY_ENV, str(SLOW_MS))
    companion.start()
    monkeypatch.delenv(DELAY_ENV)
    warm(companion)
    yield companion
    companion.stop()
    companion.start()
    warm(companion)


def test_with_a_slow_companion_the_pitch_is_still_stopped_after_a_checking_state(slow_companion, linkedin):
    type_into(linkedin, NEW_BUBBLE, PITCH)
    started = time.monotonic()
    press_send(linkedin, NEW_BUBBLE)
    linkedin.get_by_test_id("rapport-checking").wait_for(state="visible")
    assert sent(linkedin) == []
    warning(linkedin).wait_for(state="visible")
    elapsed = time.monotonic() - started
    assert warning(linkedin).get_attribute("data-verdict") == "block"
    assert elapsed >= SLOW_MS / 1000, f"the hook delays the check ({elapsed:.2f} s)"
    assert linkedin.get_by_test_id("rapport-checking").count() == 0
    assert linkedin.get_by_test_id("rapport-unchecked").count() == 0
    linkedin.wait_for_timeout(200)
    assert sent(linkedin) == []


def test_with_a_slow_companion_a_genuine_message_goes_once_checked(slow_companion, linkedin):
    type_into(linkedin, EXISTING_BUBBLE, GENUINE)
    started = time.monotonic()
    press_send(linkedin, EXISTING_BUBBLE)
    linkedin.wait_for_function("() => window.__sent.length === 1", timeout=5_000)
    elapsed = time.monotonic() - started
    assert elapsed >= SLOW_MS / 1000, f"sent after the companion's answer, not before it ({elapsed:.2f} s)"
    assert sent(linkedin) == [{"text": GENUINE, "bubble": "ember874"}]
    assert warning(linkedin).count() == 0
    assert linkedin.get_by_test_id("rapport-unchecked").count() == 0
