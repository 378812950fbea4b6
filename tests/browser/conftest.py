"""Fixtures for the extension's real-browser tests: Debian's Chromium with the unpacked extension
(built from extension/ into a temp dir), a real companion on a free port with a temp data dir, pairing
through the setup page, and routed real pages from ../shared/fixtures/real.

Everything is module-scoped: each test module gets its own browser and companion, torn down before
the next module starts (two sync Playwright drivers cannot run at once in one thread). Nothing leaves
the machine: every request that is not a routed page, the extension itself or the companion is aborted.
"""

from __future__ import annotations

import pytest
from extension_harness import (
    ME_PROFILE,
    Companion,
    chromium_with_extension,
    free_port,
    pair_through_setup_page,
)


@pytest.fixture(scope="module")
def companion(tmp_path_factory):
    """A real companion with the user's own profile set, serving on a free port."""
    data_dir = tmp_path_factory.mktemp("companion") / "data"
    server = Companion(data_dir, free_port())
    server.cli("me", "set", str(ME_PROFILE))
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def extension_browser(tmp_path_factory, companion):
    """Headless Debian Chromium with the built extension, routing registered pages and blocking the rest."""
    with chromium_with_extension(tmp_path_factory, companion) as browser:
        yield browser


@pytest.fixture(scope="module")
def paired_browser(extension_browser, companion):
    """The extension paired with the companion through its setup page, as a user would."""
    browser = extension_browser
    setup = pair_through_setup_page(browser, companion)
    browser.setup_page = setup  # type: ignore[attr-defined]
    return browser


@pytest.fixture
def panel(paired_browser):
    """The side panel page, opened as a tab, closed after the test."""
    page = paired_browser.open_panel()
    yield page
    page.close()


@pytest.fixture
def site(paired_browser, pages):
    """A tab for the module's routed pages (its `pages` fixture)."""
    page = paired_browser.context.new_page()
    yield page
    page.close()
