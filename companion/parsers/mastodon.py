"""Mastodon profiles (https://<instance>/@<user>), any instance.

No real saved Mastodon page exists in ../shared (SELECTORS.md §9), so the hooks come from Mastodon's
own templates and are tested on hand-written fixtures (tests/fixtures/mastodon_*.html):
- 4.x web app: `.account__header`, name in `.account__header__tabs__name h1` (custom emoji are
  <img alt=":name:">), `@user@host` in its <small>, bio `.account__header__content`, profile fields
  `.account__header__fields dl` (a "Joined" field, links with rel=me), counters
  `.account__header__extra__links a[title]` (title = exact number), statuses `.status` with
  `.status__display-name`, `.status__content__text`, `time[datetime]`, `a.status__relative-time`.
- 3.x server-rendered page: `.public-account-header__tabs__name h1`, `.public-account-bio`,
  `.counter a[title]`, `.public-account-bio__extra` ("Joined Mar 2016"), h-entry statuses.
A page without a rendered account header (the server's pre-render with meta tags only) is NotAProfile.
The bio goes into `headline`; link fields into `websites`; a "Location" field into `location`.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from companion.errors import NotAProfile
from companion.models import Post, Profile
from companion.parsers.page import (
    absolute_url,
    build_profile,
    by_class,
    clean_text,
    find_class_in,
    first_class,
    meta_content,
    parse_count,
    parse_date,
    rich_text,
    url_host,
    url_path_parts,
)

SITE = "mastodon"
_ACCT = re.compile(r"@?([A-Za-z0-9_.\-]+)(?:@([A-Za-z0-9.\-]+\.[A-Za-z]{2,}))?")
_LOCATION_LABELS = {"location", "based in", "lives in", "ort", "wohnort", "lieu", "ubicación", "localização"}
_JOINED_LABELS = {"joined", "beigetreten", "inscrit·e", "se unió", "entrou"}


def parse(soup: BeautifulSoup, url: str) -> Profile:
    """Read a rendered Mastodon profile; NotAProfile when no account header is rendered."""
    header = first_class(soup, "account__header", "public-account-header")
    if header is None:
        if meta_content(soup, "og:title"):
            raise NotAProfile(
                "This Mastodon page holds only its link-preview meta tags, not the rendered profile: open the "
                "profile in your browser, let it load, then capture it again."
            )
        raise NotAProfile(
            "This page is not a Mastodon profile (no account header found); open a profile and try again."
        )

    title = first_class(soup, "account__header__tabs__name", "public-account-header__tabs__name")
    heading = title.find(["h1", "h2"]) if title is not None else None
    name, acct = _name_and_acct(heading)
    user, host = _split_acct(acct)
    if user is None:
        user, host = _url_acct(url)
    host = host or url_host(url) or None
    handle = f"{user}@{host}" if user and host else user
    if not name and not handle:
        raise NotAProfile("This Mastodon page shows no name or account, so there is no profile to read.")

    bio = rich_text(first_class(soup, "account__header__content"))
    location = None
    joined = None
    websites: list[str] = []
    for row in by_class(soup, "account__header__fields")[:1]:
        for item in row.find_all("dl"):
            label = (rich_text(item.find("dt")) or "").lower()
            value = item.find("dd")
            for link in value.find_all("a", href=True) if value is not None else []:
                target = absolute_url(link.get("href"), url)
                if target:
                    websites.append(target)
            if label in _LOCATION_LABELS:
                location = rich_text(value)
            elif label in _JOINED_LABELS:
                joined = parse_date(rich_text(value))
    if joined is None:
        extra = first_class(soup, "public-account-bio__extra", "account__header__joined")
        joined = parse_date(rich_text(extra))

    followers = _followers(soup, header)
    posts = _posts(soup, user, url)
    profile_url = f"https://{host}/@{user}" if user and host else url
    return build_profile(
        site=SITE, url=profile_url, name=name or user, handle=handle, headline=bio, location=location,
        websites=websites, followers=followers, joined=joined, posts=posts,
        partial=not posts and first_class(soup, "item-list", "h-feed", "activity-stream") is None,
    )


def _name_and_acct(heading: Tag | None) -> tuple[str | None, str | None]:
    if heading is None:
        return None, None
    small = heading.find("small")
    acct = rich_text(small, blocks=False) if small is not None else None
    name_parts: list[str] = []
    for child in heading.children:
        if child is small:
            continue
        if isinstance(child, Tag):
            name_parts.append(rich_text(child, blocks=False) or "")
        else:
            name_parts.append(str(child))
    # Custom emoji render as <img alt=":shortcode:">; a shortcode is not part of anyone's name.
    name = clean_text(re.sub(r":[A-Za-z0-9_]{2,}:", " ", "".join(name_parts)))
    if acct:
        acct = acct.split()[0]
    return name, acct


def _split_acct(acct: str | None) -> tuple[str | None, str | None]:
    match = _ACCT.fullmatch(acct or "")
    if not match:
        return None, None
    return match.group(1), match.group(2)


def _url_acct(url: str) -> tuple[str | None, str | None]:
    parts = url_path_parts(url)
    if parts and parts[0].startswith("@"):
        return _split_acct(parts[0])
    if len(parts) >= 2 and parts[0] == "users":
        return _split_acct(parts[1])
    return None, None


def _followers(soup: BeautifulSoup, header: Tag) -> int | None:
    for link in header.find_all("a", href=re.compile(r"/followers/?$")):
        exact = parse_count(link.get("title"))
        if exact is not None:
            return exact
        count = find_class_in(link, "counter-number") or link.find("strong")
        shown = parse_count(rich_text(count))
        if shown is not None:
            return shown
    return None


def _posts(soup: BeautifulSoup, user: str | None, base: str) -> list[Post]:
    posts: list[Post] = []
    for status in by_class(soup, "status"):
        author_link = find_class_in(status, "status__display-name")
        if author_link is not None and user:
            parts = url_path_parts(str(author_link.get("href") or ""))
            author = parts[-1].lstrip("@") if parts else ""
            author = author.split("@")[0]
            if author and author.lower() != user.lower():
                continue  # boosts of other people's posts
        body = find_class_in(status, "status__content__text") or find_class_in(status, "e-content") \
            or find_class_in(status, "status__content")
        text = rich_text(body)
        if not text:
            continue
        time = status.find("time")
        link = find_class_in(status, "status__relative-time")
        posts.append(Post(
            text=text[:20_000],
            date=parse_date(time.get("datetime")) if time is not None else None,
            url=absolute_url(link.get("href"), base) if link is not None else None,
        ))
        if len(posts) >= 20:
            break
    return posts
