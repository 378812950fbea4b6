"""Profile parsers: a saved or captured page in, a Profile out.

`parse_profile(html, url)` is the only entry point the rest of the companion uses. It detects the site
(from the URL first, then from the page itself for unknown hosts: Mastodon instances, Nitter mirrors, a
page saved under the wrong URL), builds the soup once (lxml) and hands it to that site's module, each of
which exposes `parse(soup, url) -> Profile`.

Conventions every site module follows: `handle` carries no '@' (Mastodon's is `user@instance`); a
short bio (X, Bluesky, GitHub, Mastodon) goes into `headline`; `url` is the canonical profile URL
(x.com/<handle> also for twitter.com and Nitter pages); counts are exact where the page has them
(JSON-LD, aria-label, title) and parsed from "86.4K" otherwise; dates are ISO at the precision shown;
`partial` is set when the page shows the profile but not all of it.

NotAProfile is the only exception `parse_profile` ever raises: for a page that is not a rendered
profile (not found, login wall, unrendered app shell, link-preview/bot page, empty or non-HTML input,
an absurdly large document), and, as a last resort, for a parser failure on a page nobody foresaw.

`parse_capture(html, url)` is the same for a page the browser captured at `url`: it also checks that the
page's own identity (identity.py) agrees with that address, and raises ProfileMismatch (a NotAProfile)
when it shows someone else, as a single-page app does between changing its address and rendering the
next profile. A saved page parsed with `parse_profile` may come with any URL, and is not checked.

The only importer of bs4. May import only the base modules (`companion.models`, `companion.errors`,
`companion.gc_pause`): parsing knows nothing of the store or of people.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import re
from types import ModuleType
from typing import NamedTuple

from bs4 import BeautifulSoup

from companion.errors import NotAProfile, ProfileMismatch
from companion.gc_pause import gc_paused
from companion.models import Profile, Site, site_with_article
from companion.parsers.identity import check_identity
from companion.parsers.page import (
    attr_index,
    class_index,
    is_older,
    latest,
    make_soup,
    meta_content,
    newest_date_shown,
    page_saved_date,
    page_title,
    url_host,
    url_path_parts,
)

__all__ = ["MAX_HTML_CHARS", "CapturedPage", "dated", "detect_site", "parse_capture", "parse_profile"]

log = logging.getLogger(__name__)

MAX_HTML_CHARS = 20_000_000
"""Larger documents are refused: no profile page comes near this, and parsing one would stall the API."""

_MODULES: dict[str, str] = {
    "linkedin": "companion.parsers.linkedin",
    "x": "companion.parsers.x",
    "bluesky": "companion.parsers.bluesky",
    "github": "companion.parsers.github",
    "mastodon": "companion.parsers.mastodon",
    "web": "companion.parsers.generic",
}

_X_HOSTS = {"x.com", "twitter.com", "mobile.twitter.com", "mobile.x.com", "m.twitter.com", "xcancel.com"}
_MASTODON_PATH = re.compile(r"^@[A-Za-z0-9_.\-]+(@[A-Za-z0-9.\-]+)?$")


def detect_site(url: str, soup: BeautifulSoup | None = None) -> Site:
    """Which site a page belongs to: from the URL's host, then (for unknown hosts) from the page itself."""
    host = url_host(url or "")
    if host == "linkedin.com" or host.endswith(".linkedin.com"):
        return "linkedin"
    if host in _X_HOSTS or host.startswith("nitter.") or ".nitter." in host:
        return "x"
    if host in ("bsky.app", "staging.bsky.app"):
        return "bluesky"
    if host == "github.com":
        return "github"
    parts = url_path_parts(url or "")
    mastodon_path = bool(parts) and bool(_MASTODON_PATH.match(parts[0]))
    if soup is None:
        return "mastodon" if mastodon_path else "web"
    from_page = _site_from_page(soup)
    if from_page is not None:
        return from_page
    return "web"


def _site_from_page(soup: BeautifulSoup) -> Site | None:
    """Signals a page carries about its own site, for pages whose URL does not say."""
    classes = class_index(soup)
    if "account__header" in classes or "public-account-header" in classes or "mastodon" in attr_index(soup, "id"):
        return "mastodon"
    site_name = (meta_content(soup, "og:site_name") or "").lower()
    title = (page_title(soup) or "").lower()
    if site_name == "nitter" or title.endswith("| nitter") or "profile-card-username" in classes:
        return "x"
    testids = attr_index(soup, "data-testid")
    if "UserProfileSchema-test" in testids or "UserName" in testids or "ProfileHeaderCard" in classes:
        return "x"
    if site_name in ("twitter", "x", "x (formerly twitter)"):
        return "x"
    if meta_content(soup, "generator") == "bskyweb" or "profileHeaderDisplayName" in testids:
        return "bluesky"
    if site_name == "github" or "vcard-names" in classes or "vcard-details" in classes:
        return "github"
    if site_name == "linkedin" or meta_content(soup, "pageKey") or "top-card-layout" in classes:
        return "linkedin"
    return None


def _wrong_address(soup: BeautifulSoup, url: str, site: str) -> NotAProfile | None:
    """The error for a page whose own signals name another site than its address does, else None."""
    from_page = _site_from_page(soup)
    if from_page is None or from_page == site or site == "web":
        return None
    return NotAProfile(f"This is {site_with_article(from_page)} page, but {url} is {site_with_article(site)} address; "
                       "give the address the page was saved from (its own profile address).")


def _module(site: str) -> ModuleType:
    return importlib.import_module(_MODULES[site])


def _check_input(html: object, url: object) -> str:
    if not isinstance(html, str):
        raise NotAProfile("The page must be HTML text; nothing else can be read as a profile.")
    if not isinstance(url, str):
        raise NotAProfile("The page's URL must be text, e.g. https://x.com/jack.")
    if len(html) > MAX_HTML_CHARS:
        raise NotAProfile(
            f"The page is {len(html) // 1_000_000} MB, over the {MAX_HTML_CHARS // 1_000_000} MB limit; "
            "save only the profile page (without embedded media) and try again."
        )
    if not html.strip():
        raise NotAProfile("The page is empty, so there is no profile to read; save the page again once it has loaded.")
    if "<" not in html:
        raise NotAProfile("This is not an HTML document, so it cannot be a profile page; save the page as HTML.")
    try:
        html.encode("utf-8")
    except UnicodeEncodeError:
        # Lone surrogates (from a broken decoder) would make lxml fail; keep the rest of the page.
        html = html.encode("utf-8", errors="replace").decode("utf-8")
    return html


def parse_profile(html: str, url: str) -> Profile:
    """Parse a profile page into a Profile; raises NotAProfile (only) when the page is not one."""
    html = _check_input(html, url)
    # A soup is tens of thousands of new objects: the cyclic GC would scan them over and over while they
    # are built (about a fifth of the parse). Paused for the parse, then the tree is freed as usual.
    with gc_paused():
        return _parse(html, url)[1]


class CapturedPage(NamedTuple):
    """A captured page read: its Profile, and whether the page itself names the profile at its address
    (`confirmed`: evidence that a re-capture which changes the name is still the same profile)."""

    profile: Profile
    confirmed: bool


def parse_capture(html: str, url: str) -> CapturedPage:
    """parse_profile for a page captured at `url`; ProfileMismatch when the page's own identity (canonical
    link, og:url, the profile's self-links, the title and its name) says it is another profile."""
    html = _check_input(html, url)
    with gc_paused():
        soup, profile = _parse(html, url)
        try:
            check = check_identity(soup, url, profile.site or "web", profile.name)
        except Exception:  # the check reads what it can; a page it trips on is judged by the parse alone
            log.exception("identity check failed on %s", url)
            return CapturedPage(profile, False)
    if check.problem:
        raise ProfileMismatch(check.problem, reason=check.reason, names_another=check.names_another)
    return CapturedPage(profile, check.confirmed)


# A page saved longer ago than this is old: what it shows as current is known to be true only until then.
OLD_PAGE = dt.timedelta(days=365)


def dated(profile: Profile, html: str, today: dt.date | None = None) -> Profile:
    """A saved page's profile dated by what the file says of its saving: a saved-page marker or the site's
    copyright year, when later than the newest date it shows. On an old page (saved over a year before `today`)
    a role shown as "Present" ends at the saved date: a page from 2015 says nothing of 2026 (newcomer finding F10).
    For a file read from disk only: a live capture is dated the day it is taken (memory.capture.read_capture),
    and the extension's snapshot carries neither marker nor footer."""
    today = today or dt.datetime.now(dt.UTC).date()
    saved = page_saved_date(html, today)
    profile = profile.model_copy(deep=True)
    profile.page_date = latest([saved, profile.page_date])
    # The page's date, not the copyright year alone: a post of last month on a page whose text says "© 2015" (a
    # photographer's about) is a page of last month (review of the stop).
    if saved and is_older(profile.page_date, (today - OLD_PAGE).isoformat()):
        until = profile.page_date[:7]  # a month says it; the day the page was saved is no date of the role
        for job in profile.experience:
            if job.end is None and job.start and not is_older(until, job.start):
                job.end = until
    return profile


def _parse(html: str, url: str) -> tuple[BeautifulSoup, Profile]:
    try:
        soup = make_soup(html)
        if soup.find(True) is None:
            raise NotAProfile("The page has no HTML elements, so there is no profile to read.")
        site = detect_site(url, soup)
        try:
            profile = _module(site).parse(soup, url)
        except NotAProfile as refused:
            # A page of one site given another site's address: say so, not what the wrong parser missed.
            raise _wrong_address(soup, url, site) or refused from None
        profile = Profile.model_validate(profile.model_dump())
        # The newest date the page shows: it is at least that recent (`dated` adds when a saved file was saved).
        profile.page_date = newest_date_shown(profile, dt.datetime.now(dt.UTC).date())
        return soup, profile
    except NotAProfile:
        raise
    except Exception as exc:  # the documented promise: NotAProfile is all a caller ever sees
        log.exception("profile parser failed on %s", url)
        raise NotAProfile(
            f"This page could not be read as a profile ({type(exc).__name__} in the parser); "
            "save the page again after it has fully loaded, and report the page if it keeps failing."
        ) from exc
