"""The extension with a companion whose store has one damaged people file, in a real headless Chromium: the
companion still reads and checks drafts but refuses every write (503) and says which file in GET /v1/status. The
side panel shows that sentence once, calmly, with what still works; a profile opened meanwhile is not claimed as
saved (and is not); the setup page's status check shows the sentence too.

A person is captured while the store is sound; then the companion stops, the shard file holding them is truncated
(as tests/test_store_reads_around_a_damaged_file.py damages one) and the companion starts again on it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from extension_harness import CHROMIUM, visit

from companion.storage.store import shard_of, shard_paths

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is not installed (apt-get install chromium)"),
]

expect = pytest.importorskip("playwright.sync_api").expect

SAVED = "https://www.linkedin.com/in/mira-damage-saved/"
NEW = "https://www.linkedin.com/in/tomas-damage-new/"


def linkedin_page(name: str, url: str) -> str:
    """A minimal public LinkedIn profile page (JSON-LD and the top card), as the guest view serves it."""
    person = {"@type": "Person", "name": name, "url": url.rstrip("/"), "jobTitle": ["Engineer"],
              "address": {"@type": "PostalAddress", "addressLocality": "Lisbon"}}
    ld = json.dumps({"@context": "http://schema.org", "@graph": [person]}).replace("</", "<\\/")
    return f"""<!DOCTYPE html><html lang="en"><head><title>{name} | LinkedIn</title>
<meta property="og:type" content="profile"><meta name="pageKey" content="public_profile_v3_desktop">
<script type="application/ld+json">{ld}</script></head>
<body><main id="main-content"><section class="core-rail"><section class="top-card-layout">
<h1 class="top-card-layout__title">{name}</h1><h2 class="top-card-layout__headline">Engineer</h2>
</section></section></main></body></html>"""


@pytest.fixture(scope="module")
def pages(paired_browser):
    routes = {SAVED: linkedin_page("Mira Saved", SAVED), NEW: linkedin_page("Tomas New", NEW)}
    paired_browser.routes.update(routes)
    return routes


def test_a_damaged_store_is_said_once_and_a_refused_capture_is_not_claimed_as_saved(paired_browser, companion,
                                                                                      panel, site):
    visit(site, SAVED)
    expect(panel.get_by_test_id("person-name")).to_have_text("Mira Saved", timeout=15_000)
    expect(panel.get_by_test_id("store-damage")).to_have_count(0)
    person_id = companion.lookup(SAVED)
    assert person_id

    companion.stop()
    shard = shard_paths(companion.data_dir / "store")[shard_of(person_id)]
    shard.write_bytes(shard.read_bytes()[:50])  # truncated: no longer JSON
    companion.start()

    banner = panel.get_by_test_id("store-damage")
    expect(banner).to_have_count(1, timeout=15_000)
    expect(panel.get_by_test_id("companion-status")).to_have_text("Connected to the companion.")
    expect(banner).to_contain_text("Rapport's store needs attention:")
    sentence = panel.get_by_test_id("store-damage-sentence")
    expect(sentence).to_contain_text(shard.name)
    expect(sentence).to_contain_text("The send guard keeps checking")
    expect(sentence).to_contain_text("companion restore")  # the companion's own sentence, as plain text
    expect(sentence).not_to_contain_text("`")
    # The person kept in the damaged file: a calm line, not a red error.
    expect(panel.get_by_test_id("person-in-damaged-file")).to_be_visible()
    expect(panel.locator(".notice.error")).to_have_count(0)

    visit(site, NEW)
    notice = panel.get_by_test_id("capture-not-saved")
    expect(notice).to_have_text("Not saved: the companion cannot store new profiles until its store is repaired "
                                "(see above). Rapport tries this one again once it is.", timeout=15_000)
    expect(panel.locator(".notice.error")).to_have_count(0)
    expect(panel.get_by_test_id("person-name")).to_have_count(0)
    expect(panel.get_by_text("This profile is saved")).to_have_count(0)  # what a queued capture says otherwise
    expect(banner).to_have_count(1)  # once, not once per profile
    assert companion.lookup(NEW) is None, "the companion refused it: nothing was stored"

    # A few heartbeats later nothing has changed its mind (no retry claims it saved, no capture was stored).
    panel.wait_for_timeout(3_000)
    expect(notice).to_be_visible()
    expect(banner).to_have_count(1)
    assert companion.lookup(NEW) is None

    setup = paired_browser.setup_page
    setup.reload()
    line = setup.get_by_test_id("store-damage")
    expect(line).to_be_visible(timeout=15_000)
    expect(line).to_contain_text(shard.name)
    expect(line).to_contain_text("companion restore --only-damaged brings back a sound copy of that file alone")
    assert "`" not in line.text_content()
