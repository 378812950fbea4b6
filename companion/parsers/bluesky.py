"""Bluesky profile pages (bsky.app/profile/<handle>), as rendered by the web app (2025-2026).

Hooks (SELECTORS.md §4): `data-testid` profileHeaderDisplayName, profileHeaderDescription,
profileHeaderFollowersButton (exact count in its aria-label), the "@handle" line under the name,
`feedItem-by-<handle>` posts with `postText` and a `/post/` link whose aria-label/data-tooltip holds the
full date.

The head's meta tags come from the server for the FIRST page loaded; after in-app navigation they may
describe another profile, so the rendered DOM and the URL win over them. A page with only the meta tags
(what the server sends before the app runs) is not a rendered profile.

The bio goes into `headline`; links written in the bio into `websites`.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

from companion.errors import NotAProfile
from companion.models import Post, Profile
from companion.parsers.page import (
    absolute_url,
    build_profile,
    clean_text,
    first_testid,
    meta_content,
    parse_count,
    parse_date,
    rich_text,
    testids_starting,
    url_host,
    url_path_parts,
)

SITE = "bluesky"
_HANDLE_TEXT = re.compile(r"^@([A-Za-z0-9][A-Za-z0-9.\-:]*)$")
_OG_TITLE = re.compile(r"^(.*?)\s*\(@([^)\s]+)\)\s*$")


def parse(soup: BeautifulSoup, url: str) -> Profile:
    """Read a rendered Bluesky profile; NotAProfile for a server-only or non-profile page."""
    display = first_testid(soup, "profileHeaderDisplayName")
    view = first_testid(soup, "profileView")
    if display is None and view is None:
        if meta_content(soup, "og:title"):
            raise NotAProfile(
                "This Bluesky page holds only its link-preview meta tags, not the rendered profile: open the "
                "profile in your browser, let it load, then capture it again."
            )
        raise NotAProfile("This page is not a Bluesky profile (no profile header found); open a profile and try again.")

    name = rich_text(display, blocks=False)
    handle = _dom_handle(display) or _url_handle(url)
    og = _OG_TITLE.match(meta_content(soup, "og:title") or "")
    if handle is None and og:
        handle = og.group(2)
    if not name and og and (handle is None or og.group(2).lower() == handle.lower()):
        name = clean_text(og.group(1))
    if not name and not handle:
        raise NotAProfile("This Bluesky page shows no name or handle, so it is not a rendered profile.")

    description = first_testid(soup, "profileHeaderDescription")
    bio = rich_text(description, keep_lines=False, blocks=False)
    websites = []
    if description is not None:
        for link in description.find_all("a", href=True):
            target = absolute_url(link.get("href"), url)
            if target and url_host(target) not in ("bsky.app", "staging.bsky.app"):
                websites.append(target)

    button = first_testid(soup, "profileHeaderFollowersButton")
    # The aria-label carries the exact number ("1101105 followers") where the text shows "1.1M".
    followers = parse_count(button.get("aria-label")) if button is not None else None
    if followers is None:
        followers = parse_count(rich_text(button))
    posts = _posts(soup, handle)
    return build_profile(
        site=SITE, url=f"https://bsky.app/profile/{handle}" if handle else url, name=name or handle,
        handle=handle, headline=bio, websites=websites, followers=followers, posts=posts,
        partial=first_testid(soup, "postsFeed") is None and first_testid(soup, "profilePager") is None,
    )


def _dom_handle(display) -> str | None:
    """The '@handle' line rendered just after the display name."""
    if display is None:
        return None
    for piece in display.find_all_next(string=True, limit=40):
        match = _HANDLE_TEXT.match(clean_text(str(piece)) or "")
        if match:
            return match.group(1)
    return None


def _url_handle(url: str) -> str | None:
    parts = url_path_parts(url)
    if len(parts) >= 2 and parts[0] == "profile" and re.match(r"^[A-Za-z0-9][A-Za-z0-9.\-:]*$", parts[1]):
        return parts[1]
    return None


def _posts(soup: BeautifulSoup, handle: str | None) -> list[Post]:
    posts: list[Post] = []
    wanted = f"feedItem-by-{handle}".lower() if handle else None
    for item in testids_starting(soup, "feedItem-by-"):
        if wanted and str(item.get("data-testid")).lower() != wanted:
            continue  # reposts of other people's posts
        text = rich_text(item.find(attrs={"data-testid": "postText"}), blocks=False)
        if not text:
            continue
        link = item.find("a", href=re.compile(r"/post/"))
        date = None
        post_url = None
        if link is not None:
            date = parse_date(link.get("data-tooltip") or link.get("aria-label"))
            post_url = absolute_url(link.get("href"), "https://bsky.app/")
        posts.append(Post(text=text[:20_000], date=date, url=post_url))
        if len(posts) >= 20:
            break
    return posts
