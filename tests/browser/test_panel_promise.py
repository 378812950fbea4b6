"""A promise recorded from the side panel (newcomer 6, C5: "send the KTH course list by Friday" had no place but the
CLI), in a real headless Chromium with a real companion: a wrong date is a calm sentence and stores nothing; a
promise with "friday" is listed in the panel at once, and in `companion commitments`, to the right person.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from extension_harness import CHROMIUM, real_page_or_skip, visit

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is not installed (apt-get install chromium)"),
]

expect = pytest.importorskip("playwright.sync_api").expect

EDUARDO = "https://www.linkedin.com/in/eduardo-alvarez-nowak/"


@pytest.fixture(scope="module")
def pages(paired_browser):
    routes = {EDUARDO: real_page_or_skip("linkedin/guest_2024-04_eduardo.html")}
    paired_browser.routes.update(routes)
    return routes


def test_a_promise_added_in_the_panel_is_listed_there_and_in_companion_commitments(companion, panel, site):
    visit(site, EDUARDO)
    expect(panel.get_by_test_id("person-name")).to_have_text("Eduardo Alvarez Nowak", timeout=15_000)
    expect(panel.get_by_test_id("promise")).to_have_count(0)
    person_id = companion.lookup(EDUARDO)

    # Nothing typed: said under the form, nothing sent.
    panel.get_by_test_id("promise-add").click()
    expect(panel.get_by_test_id("promise-flash")).to_have_text(
        "Write what you promised first, e.g. “Send the course list”.")

    # A date that is none: the companion's sentence, the text kept to correct it, nothing stored.
    panel.get_by_test_id("promise-input").fill("Send the KTH course list")
    panel.get_by_test_id("promise-due").fill("someday soonish")
    panel.get_by_test_id("promise-add").click()
    expect(panel.get_by_test_id("promise-flash")).to_contain_text("someday soonish")
    # Its example is a date to come, computed from today (newcomer 7, P2: "use e.g. 2026-03-15" on 2026-12-07).
    example = re.search(r"e\.g\. (\d{4}-\d{2}-\d{2})", panel.get_by_test_id("promise-flash").inner_text())
    assert example and date.fromisoformat(example[1]) > date.today(), example
    expect(panel.get_by_test_id("promise-input")).to_have_value("Send the KTH course list")
    assert json.loads(companion.cli("commitments", "--json")) == []

    panel.get_by_test_id("promise-due").fill("friday")
    panel.get_by_test_id("promise-due").press("Enter")
    promise = panel.get_by_test_id("promise")
    expect(promise).to_have_count(1, timeout=10_000)
    expect(promise).to_contain_text("Send the KTH course list")
    expect(promise).to_contain_text("Due ")
    expect(panel.get_by_test_id("promise-flash")).to_have_text(
        re.compile(r"^Promise added, due (today|tomorrow|in \d days)\.$"))
    expect(panel.get_by_test_id("promise-input")).to_have_value("")

    listed = json.loads(companion.cli("commitments", "--json"))
    assert [(c["text"], c["person_id"], c["person_name"], c["source"]) for c in listed] == [
        ("Send the KTH course list", person_id, "Eduardo Alvarez Nowak", "manual")]
    assert date.fromisoformat(listed[0]["due"]).weekday() == 4, "friday, read as `--due friday` reads it"
    status, answer = companion.api("GET", "/v1/cli/commitments")
    assert status == 200 and [c["text"] for c in answer["commitments"]] == ["Send the KTH course list"]
