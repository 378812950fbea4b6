"""A promise marked kept from the side panel (it could be added there, but kept only with `companion commitments
done`), in a real headless Chromium with a real companion: two promises added in the panel, one marked kept, and it
leaves the open list and its count at once, and `companion commitments` (kept in `--all`)."""

from __future__ import annotations

import json

from extension_harness import visit

# The same page, fixture and skips as the promise journey beside it (a module imported for its set-up only).
from test_panel_promise import EDUARDO, expect, pages, pytestmark  # noqa: F401 (pages, pytestmark: used by pytest)


def test_a_promise_added_and_marked_kept_in_the_panel_leaves_the_open_list_and_its_count(companion, panel, site):
    visit(site, EDUARDO)
    expect(panel.get_by_test_id("person-name")).to_have_text("Eduardo Alvarez Nowak", timeout=15_000)
    person_id = companion.lookup(EDUARDO)

    for text in ("Send the KTH course list", "Intro to Lena"):
        panel.get_by_test_id("promise-input").fill(text)
        panel.get_by_test_id("promise-due").fill("friday")
        panel.get_by_test_id("promise-add").click()
        expect(panel.get_by_test_id("promise").filter(has_text=text)).to_have_count(1, timeout=10_000)
    expect(panel.get_by_test_id("promise")).to_have_count(2)
    expect(panel.get_by_test_id("open-promises")).to_have_text("Your 2 open promises:")

    panel.get_by_test_id("promise").filter(has_text="Send the KTH course list").get_by_test_id("promise-kept").click()
    expect(panel.get_by_test_id("promise")).to_have_count(1, timeout=10_000)
    expect(panel.get_by_test_id("promise")).to_contain_text("Intro to Lena")
    expect(panel.get_by_test_id("open-promises")).to_have_text("Your open promise:")
    expect(panel.get_by_test_id("promise-flash")).to_have_text("Kept: Send the KTH course list.")

    listed = json.loads(companion.cli("commitments", "--json"))
    assert [(c["text"], c["person_id"]) for c in listed] == [("Intro to Lena", person_id)]
    every = json.loads(companion.cli("commitments", "--all", "--json"))
    assert {c["text"]: bool(c["done_at"]) for c in every} == {"Send the KTH course list": True, "Intro to Lena": False}
