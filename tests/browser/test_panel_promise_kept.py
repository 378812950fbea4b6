"""A promise marked kept from the side panel (it could be added there, but kept only with `companion commitments
done`), in a real headless Chromium with a real companion: two promises added in the panel, one marked kept, and it
leaves the open list and its count at once, and `companion commitments` (kept in `--all`); then the other let go
("Let go": no longer owed, not kept), and it leaves the list as well, told apart from the kept one in `--all`."""

from __future__ import annotations

import json

import pytest
from extension_harness import add_promise, leave_and_come_back, real_page_or_skip, visit

# The same page and skips as the promise journey beside it (a module imported for its set-up only).
from test_panel_promise import EDUARDO, expect, pytestmark  # noqa: F401 (pytestmark: used by pytest)

ROB = "https://www.linkedin.com/in/robertkcheung/"


@pytest.fixture(scope="module")
def pages(paired_browser):
    """Eduardo's page, and Rob's to leave it for and come back (a flash belongs to its visit)."""
    routes = {EDUARDO: real_page_or_skip("linkedin/guest_2024-04_eduardo.html"),
              ROB: real_page_or_skip("linkedin/loggedin_2025-04_robcheung.html")}
    paired_browser.routes.update(routes)
    return routes


def test_a_promise_added_and_marked_kept_in_the_panel_leaves_the_open_list_and_its_count(companion, panel, site):
    visit(site, EDUARDO)
    expect(panel.get_by_test_id("person-name")).to_have_text("Eduardo Alvarez Nowak", timeout=15_000)
    person_id = companion.lookup(EDUARDO)

    for text in ("Send the KTH course list", "Intro to Lena"):
        add_promise(panel, text, "friday")
    expect(panel.get_by_test_id("promise")).to_have_count(2)
    expect(panel.get_by_test_id("open-promises")).to_have_text("Your 2 open promises:")

    panel.get_by_test_id("promise").filter(has_text="Send the KTH course list").get_by_test_id("promise-kept").click()
    expect(panel.get_by_test_id("promise")).to_have_count(1, timeout=10_000)
    expect(panel.get_by_test_id("promise")).to_contain_text("Intro to Lena")
    expect(panel.get_by_test_id("open-promises")).to_have_text("Your open promise:")
    expect(panel.get_by_test_id("promise-flash")).to_have_text("Kept: Send the KTH course list. Undo")

    # Undo, as a logged contact has (newcomer 7, W2): the promise is open again, here and in the companion.
    panel.get_by_test_id("undo-promise").click()
    expect(panel.get_by_test_id("promise")).to_have_count(2, timeout=10_000)
    expect(panel.get_by_test_id("promise-flash")).to_have_text("Undone: “Send the KTH course list” is open again.")
    assert len(json.loads(companion.cli("commitments", "--json"))) == 2
    panel.get_by_test_id("promise").filter(has_text="Send the KTH course list").get_by_test_id("promise-kept").click()
    expect(panel.get_by_test_id("promise")).to_have_count(1, timeout=10_000)

    listed = json.loads(companion.cli("commitments", "--json"))
    assert [(c["text"], c["person_id"]) for c in listed] == [("Intro to Lena", person_id)]
    every = json.loads(companion.cli("commitments", "--all", "--json"))
    assert {c["text"]: bool(c["done_at"]) for c in every} == {"Send the KTH course list": True, "Intro to Lena": False}

    # The plan changed: the other promise is let go, not kept, and leaves the list too.
    panel.get_by_test_id("promise").filter(has_text="Intro to Lena").get_by_test_id("promise-drop").click()
    expect(panel.get_by_test_id("promise")).to_have_count(0, timeout=10_000)
    expect(panel.get_by_test_id("open-promises")).to_have_count(0)
    expect(panel.get_by_test_id("promise-flash")).to_have_text("Let go: Intro to Lena. Undo")
    assert json.loads(companion.cli("commitments", "--json")) == []
    every = json.loads(companion.cli("commitments", "--all", "--json"))
    assert {c["text"]: (bool(c["done_at"]), bool(c["dropped_at"])) for c in every} == {
        "Send the KTH course list": (True, False), "Intro to Lena": (False, True)}

    # Coming back: the kept one is still in view, quietly, for the next message (newcomer 8, C3); the let-go one not.
    leave_and_come_back(panel, site, (EDUARDO, "Eduardo Alvarez Nowak"), (ROB, "Rob Cheung"))
    expect(panel.get_by_test_id("kept-promise")).to_have_text("Kept today: Send the KTH course list", timeout=10_000)
    expect(panel.get_by_test_id("promise")).to_have_count(0)


def test_a_flash_and_its_undo_belong_to_the_visit_they_were_made_on(companion, panel, site):
    """Newcomer 7, C4: "Logged: video call, today. Undo" was still shown, Undo live, after leaving the profile and
    coming back; so would "Let go: … Undo". Each is forgotten once the panel shows another person."""
    visit(site, EDUARDO)
    expect(panel.get_by_test_id("person-name")).to_have_text("Eduardo Alvarez Nowak", timeout=15_000)
    add_promise(panel, "Call about the Lund offer").get_by_test_id("promise-drop").click()
    expect(panel.get_by_test_id("undo-promise")).to_have_count(1, timeout=10_000)
    panel.get_by_test_id("interaction-kind").select_option("video-call")
    panel.get_by_test_id("log-interaction").click()
    expect(panel.get_by_test_id("undo-interaction")).to_have_count(1, timeout=10_000)

    leave_and_come_back(panel, site, (EDUARDO, "Eduardo Alvarez Nowak"), (ROB, "Rob Cheung"))
    expect(panel.get_by_test_id("last-contact")).to_contain_text("video call")  # the log itself stays
    expect(panel.get_by_test_id("undo-interaction")).to_have_count(0)
    expect(panel.get_by_test_id("undo-promise")).to_have_count(0)
    expect(panel.get_by_test_id("flash")).to_have_text("")
    expect(panel.get_by_test_id("promise-flash")).to_have_text("")
