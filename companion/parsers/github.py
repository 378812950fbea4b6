"""GitHub user pages (github.com/<login>).

Hooks: the schema.org microdata and microformats GitHub has kept for a decade (SELECTORS.md §4):
`[itemprop=name]` / `.p-name` (display name), `[itemprop=additionalName]` / `.p-nickname` (login),
`.p-note` / `.user-profile-bio` (bio, raw text in `data-bio-text`), `li[itemprop=worksFor]`,
`li[itemprop=homeLocation]`, `li[itemprop=url]`, `li[itemprop=social]`, the `?tab=followers` link, and
the old `.join-date[datetime]`.

Never read `meta[name=user-login]` or `octolytics-actor-login`: they name the signed-in viewer.
A page without the vcard (a repository, an organisation, a 404, the sign-in page) is NotAProfile; a
saved fragment with only the details list is accepted as partial, named by the login from the URL.
The bio goes into `headline`; the company into `experience`; website and social links into `websites`.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from companion.errors import NotAProfile
from companion.models import SHORT_TEXT, Experience, Profile
from companion.parsers.page import (
    absolute_url,
    attr_index,
    build_profile,
    by_class,
    clean_text,
    first_class,
    inside,
    meta_content,
    parse_count,
    parse_date,
    rich_text,
    tags_named,
    url_path_parts,
)

SITE = "github"
_LOGIN = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$")
_FOLLOWERS_TAB = re.compile(r"[?&]tab=followers\b")
_RESERVED = {"settings", "orgs", "features", "topics", "explore", "marketplace", "login", "join", "about",
             "pricing", "notifications", "pulls", "issues", "search", "sponsors", "collections", "trending",
             "enterprise", "apps", "organizations", "new", "codespaces", "security", "site", "contact"}


def parse(soup: BeautifulSoup, url: str) -> Profile:
    """Read a GitHub user page (or its saved vcard fragment); NotAProfile for anything else."""
    props = attr_index(soup, "itemprop")
    names = by_class(soup, "vcard-names")
    details = first_class(soup, "vcard-details")
    if not names and details is None and "additionalName" not in props:
        if "Organization" in str(soup.find(attrs={"itemtype": re.compile("Organization")}) or ""):
            raise NotAProfile("This GitHub page is an organisation, not a person's profile.")
        raise NotAProfile(
            "This GitHub page is not a user profile (no profile card found); open github.com/<username> "
            "and try again."
        )

    # Repositories and pinned items use itemprop="name"/"url" too: read only inside the profile card.
    card = names[0] if names else None
    in_card = [t for t in props.get("name", []) + by_class(soup, "p-name") if inside(t, card)]
    name = _first_text(in_card)
    nick = [t for t in props.get("additionalName", []) + by_class(soup, "p-nickname")
            if card is None or inside(t, card)]
    login = _first_text(nick) or _url_login(url) or meta_content(soup, "profile:username")
    if login:
        login = login.lstrip("@")
    sidebar = details.parent if details is not None else None

    def in_details(tags: list[Tag]) -> list[Tag]:
        return [t for t in tags if details is None or inside(t, sidebar)]

    bio_node = first_class(soup, "user-profile-bio") or first_class(soup, "p-note")
    bio = None
    if bio_node is not None:
        bio = clean_text(bio_node.get("data-bio-text")) or rich_text(bio_node)

    experience = [Experience(company=c) for c in _companies(in_details(props.get("worksFor", [])))]
    location = _detail(in_details(props.get("homeLocation", [])))
    websites = []
    for item in in_details(props.get("url", []) + props.get("social", [])):
        link = item if item.name == "a" else item.find("a", href=True)
        if link is not None:
            websites.append(absolute_url(link.get("href"), url))

    followers = None
    for link in tags_named(soup, "a"):
        if not _FOLLOWERS_TAB.search(str(link.get("href") or "")):
            continue
        strong = link.find(class_="text-bold") or link
        followers = parse_count(rich_text(strong))
        if followers is not None:
            break

    joined = None
    stamp = first_class(soup, "join-date")
    if stamp is not None:
        joined = parse_date(stamp.get("datetime")) or parse_date(rich_text(stamp))

    if not name and not login:
        raise NotAProfile("This GitHub page shows no name or login, so there is no profile to read.")
    return build_profile(
        site=SITE, url=f"https://github.com/{login}" if login else url, name=name or login, handle=login,
        headline=bio, location=location, experience=experience, websites=websites, followers=followers,
        joined=joined, partial=not names,
    )


def _first_text(*groups) -> str | None:
    for group in groups:
        for node in group or []:
            if node.name == "meta":
                continue
            text = rich_text(node, blocks=False)
            if text:
                return text
    return None


def _detail(items: list[Tag]) -> str | None:
    """A vcard detail's text: the `.p-label` span, else the aria-label after its 'Label: ' prefix."""
    for item in items:
        label = item.find(class_="p-label")
        text = rich_text(label) if label is not None else None
        if not text and ":" in str(item.get("aria-label") or ""):
            text = clean_text(str(item.get("aria-label")).split(":", 1)[1])
        if text:
            return text
    return None


def _companies(items: list[Tag]) -> list[str]:
    """'@github @microsoft' -> ['github', 'microsoft']; free text ('Acme Corp') stays one company."""
    for item in items:
        # The aria-label keeps the user's own casing ("Organization: @InfinyOn"); the link shows the login.
        label = str(item.get("aria-label") or "")
        text = clean_text(label.split(":", 1)[1]) if ":" in label else None
        text = text or rich_text(item.find(class_="p-org") or item)
        if not text:
            continue
        tokens = text.split()
        if tokens and all(t.startswith("@") for t in tokens):
            return [t.lstrip("@").rstrip(",") for t in tokens if len(t) <= SHORT_TEXT]
        # A label longer than any field holds (an icon's path data pasted in) names no company.
        return [text.lstrip("@")] if len(text) <= SHORT_TEXT else []
    return []


def _url_login(url: str) -> str | None:
    parts = url_path_parts(url)
    if parts and _LOGIN.match(parts[0]) and parts[0].lower() not in _RESERVED:
        return parts[0]
    return None
