"""Whose profile a page says it is, and whether that agrees with the address it was captured at.

A single-page app (LinkedIn, X, Bluesky) changes its address first and renders the next profile later.
A capture taken in between holds one person's page under another person's address. A page names its
owner in several places, read here from the cached one-pass indexes (page.py), so a check costs little
next to the parse:

- the profile itself: links only the owner's profile has (LinkedIn's contact-info overlay and "show
  all" links, X's and Bluesky's followers/following links), the "@handle" under the name (X, Bluesky,
  GitHub), and X's JSON-LD ProfilePage, which renders with the profile;
- the title: "(@handle)" on X and Bluesky, "handle (Name) · GitHub", the name on LinkedIn;
- the head: `<link rel=canonical>`, `og:url`, and on LinkedIn guest pages the JSON-LD Person's url.

They are trusted in that order, the first that names anyone deciding: an app may leave its title or head
as they were for the first page opened (Bluesky's head comes from the server), while the rendered profile
is what the capture holds. On LinkedIn, where a page may name no address at all, the title's name must
then agree with the top card's. Addresses that are opaque ids
(LinkedIn's /in/ACoAA… member ids, Bluesky's did:plc:…) are compared with the ids the page pairs
with its owner, when it shows any. The extension makes the same check before it sends anything
(extension/src/content/site_selectors.js); this one is the companion's own, for whatever reaches it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import unquote, urlparse

from bs4 import BeautifulSoup, Tag

from companion.parsers.page import (
    attr_index,
    class_index,
    clean_text,
    json_ld_of_type,
    meta_content,
    node_text,
    page_title,
    rich_text,
    tags_named,
    url_host,
)

__all__ = ["IdentityCheck", "PageIdentity", "check_identity", "page_identity", "url_handle"]

_LINKEDIN_SLUG = re.compile(r"^/(?:public-profile/)?in/([^/?#]+)")
_LINKEDIN_MEMBER_ID = re.compile(r"^acoa[a-z0-9_-]{20,}$", re.I)
# A link that pairs a profile's slug with its member id (see linkedin._MEMBER_PARAM).
_LINKEDIN_MEMBER_PARAM = re.compile(
    r"[?&;](?:miniProfileUrn|profileUrn)=urn(?::|%3A)li(?::|%3A)fsd?_(?:profile|miniProfile)(?::|%3A)"
    r"(ACoA[\w-]{20,80})(?![\w-])|[?&;]profileId=(ACoA[\w-]{20,80})(?![\w-])"
)
# Links only the owner's own profile has: its contact-info overlay and the "show all" sub-pages.
_LINKEDIN_SELF_LINK = re.compile(r"^/in/[^/?#]+/(?:overlay/contact-info|detail/contact-info|details/)")
_X_HANDLE = re.compile(r"^[A-Za-z0-9_]{1,15}$")
_X_SELF_LINK = re.compile(r"^/([A-Za-z0-9_]{1,15})/(?:following|followers|verified_followers)/?$")
_X_TITLE = re.compile(r"\(@([A-Za-z0-9_]{1,15})\)")
_X_HOSTS = frozenset({"x.com", "twitter.com", "mobile.twitter.com", "mobile.x.com"})
_BSKY_ACTOR = r"[A-Za-z0-9][A-Za-z0-9.:\-]*"
_BSKY_PATH = re.compile(rf"^/profile/({_BSKY_ACTOR})(?:/|$)")
_BSKY_SELF_LINK = re.compile(rf"^(?:https://bsky\.app)?/profile/({_BSKY_ACTOR})/(?:followers|follows)/?$")
_BSKY_TITLE = re.compile(rf"\(@({_BSKY_ACTOR})\)")
_BSKY_HANDLE_TEXT = re.compile(rf"^@({_BSKY_ACTOR})$")
_BSKY_DID = re.compile(r"did:[a-z]+:[A-Za-z0-9._:%-]+")
_GITHUB_LOGIN = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$")
_GITHUB_TITLE = re.compile(r"^([A-Za-z0-9-]{1,39})(?: \([^)]*\))? · GitHub")
_LINKEDIN_TITLE_COUNT = re.compile(r"^\(\d+\+?\)\s*")
# LinkedIn's own page names that stand where a member's name stands in a title ("Profil bearbeiten | LinkedIn",
# the German edit view): they name the view, not a person (en, de, fr, es, pt, it, nl; folded).
_LINKEDIN_PAGE_TITLES = frozenset({
    "edit profile", "profil bearbeiten", "modifier le profil", "modifier votre profil", "editar perfil",
    "editar o perfil", "modifica il profilo", "profiel bewerken", "profile", "profil", "perfil", "profilo", "profiel",
})
_NAME_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class PageIdentity:
    """What a page says about whose profile it is. Handles are lower-case, as the site compares them."""

    site: str
    own: tuple[str, ...] = ()  # named by the rendered profile
    title: str | None = None  # named by the title
    head: tuple[str, ...] = ()  # named by the page's head (canonical, og:url, JSON-LD url)
    ids: tuple[str, ...] = ()  # opaque ids the page pairs with its owner (member ids, DIDs)
    title_name: str | None = None  # the name the title gives (LinkedIn)


@dataclass(frozen=True)
class IdentityCheck:
    """`problem`: a sentence when the page contradicts its address (or itself), else None. `confirmed`: the
    page itself names the profile at that address (evidence that a re-capture is the same profile)."""

    problem: str | None = None
    confirmed: bool = False
    # The problem in a short phrase of its own, without a period or what to do (for a caller, such as the CLI,
    # that says the rest in its own words); and whether the page names another profile than the address (else
    # it disagrees with itself: its title with its top card).
    reason: str | None = None
    names_another: bool = True


def _unique(values) -> tuple[str, ...]:
    out: list[str] = []
    for value in values:
        if value and value not in out:
            out.append(value)
    return tuple(out)


def _path(href: str | None) -> str:
    try:
        return urlparse(str(href or "").strip()).path
    except ValueError:
        return ""


def url_handle(site: str, url: str | None) -> str | None:
    """The profile an address names on `site` (lower-case), or None when it names none this module knows."""
    if not url:
        return None
    host = url_host(url)
    path = _path(url)
    if site == "linkedin" and (host == "linkedin.com" or host.endswith(".linkedin.com") or not host):
        match = _LINKEDIN_SLUG.match(path)
        return (unquote(match.group(1)).strip().lower() or None) if match else None
    if site == "x" and (host in _X_HOSTS or not host):
        first = next((part for part in path.split("/") if part), "")
        return first.lower() if _X_HANDLE.match(first) else None
    if site == "bluesky" and (host in ("bsky.app", "staging.bsky.app") or not host):
        match = _BSKY_PATH.match(path)
        return unquote(match.group(1)).lower() if match else None
    if site == "github" and (host == "github.com" or not host):
        parts = [part for part in path.split("/") if part]
        return parts[0].lower() if len(parts) == 1 and _GITHUB_LOGIN.match(parts[0]) else None
    return None


def _opaque(site: str, handle: str) -> bool:
    """An address by id, which the page names by handle instead."""
    return (site == "linkedin" and bool(_LINKEDIN_MEMBER_ID.match(handle))) or (
        site == "bluesky" and handle.startswith("did:")
    )


def _canonical_links(soup: BeautifulSoup) -> list[str]:
    out = []
    for tag in tags_named(soup, "link"):
        rel = tag.get("rel") or []
        if "canonical" in (rel if isinstance(rel, list) else str(rel).split()) and tag.get("href"):
            out.append(str(tag.get("href")))
    return out


def _head(soup: BeautifulSoup, site: str) -> tuple[str, ...]:
    urls = _canonical_links(soup)
    og = meta_content(soup, "og:url")
    if og:
        urls.append(og)
    if site == "linkedin":
        person = next(iter(json_ld_of_type(soup, "Person")), {})
        if isinstance(person.get("url"), str):
            urls.append(person["url"])
    if site == "github":
        login = (meta_content(soup, "profile:username") or "").lower()
        if _GITHUB_LOGIN.match(login):
            urls.append(f"https://github.com/{login}")
    return _unique(url_handle(site, url) for url in urls)


def _hrefs(soup: BeautifulSoup):
    for link in tags_named(soup, "a"):
        href = link.get("href")
        if isinstance(href, str):
            yield href


def _linkedin(soup: BeautifulSoup) -> PageIdentity:
    own: list[str] = []
    ids: list[str] = []
    for href in _hrefs(soup):
        path = _path(href)
        if not path.startswith(("/in/", "/public-profile/in/")) and "linkedin.com/" not in href:
            continue
        slug = url_handle("linkedin", href)
        if not slug:
            continue
        if _LINKEDIN_SELF_LINK.match(path.replace("/public-profile", "", 1)):
            own.append(slug)
        match = _LINKEDIN_MEMBER_PARAM.search(href)
        if match:
            ids.append(f"{slug} {(match.group(1) or match.group(2)).lower()}")
    own_slugs = _unique(own)
    # Member ids paired with the owner's slug (a link to someone else's profile pairs theirs).
    paired = _unique(pair.split(" ", 1)[1] for pair in ids if pair.split(" ", 1)[0] in own_slugs)
    title_name = None
    title = page_title(soup)
    if title:
        parts = [part.strip() for part in _LINKEDIN_TITLE_COUNT.sub("", title).split("|")]
        if len(parts) >= 2 and parts[-1].lower() == "linkedin" and parts[-2] \
                and parts[-2].casefold() not in _LINKEDIN_PAGE_TITLES:
            title_name = parts[-2]
    return PageIdentity(site="linkedin", own=own_slugs, head=_head(soup, "linkedin"), ids=paired,
                        title_name=title_name)


def _x(soup: BeautifulSoup) -> PageIdentity:
    own: list[str] = []
    block = next(iter(attr_index(soup, "data-testid").get("UserName", [])), None)
    if block is not None:
        for run in block.find_all(["div", "span"], attrs={"dir": "ltr"}) or [block]:
            text = rich_text(run, blocks=False) or ""
            if text.startswith("@") and _X_HANDLE.match(text[1:]):
                own.append(text[1:].lower())
                break
    for page in json_ld_of_type(soup, "ProfilePage"):
        for key in ("mainEntity", "author"):
            entity = page.get(key)
            handle = str(entity.get("additionalName") or "").lstrip("@") if isinstance(entity, dict) else ""
            if _X_HANDLE.match(handle):
                own.append(handle.lower())
    for href in _hrefs(soup):
        match = _X_SELF_LINK.match(_path(href))
        if match:
            own.append(match.group(1).lower())
    match = _X_TITLE.search(page_title(soup) or "")
    return PageIdentity(site="x", own=_unique(own), title=match.group(1).lower() if match else None,
                        head=_head(soup, "x"))


def _bluesky(soup: BeautifulSoup) -> PageIdentity:
    own: list[str] = []
    display = next(iter(attr_index(soup, "data-testid").get("profileHeaderDisplayName", [])), None)
    if isinstance(display, Tag):
        for piece in display.find_all_next(string=True, limit=40):
            match = _BSKY_HANDLE_TEXT.match(clean_text(str(piece)) or "")
            if match:
                own.append(match.group(1).lower())
                break
    for href in _hrefs(soup):
        match = _BSKY_SELF_LINK.match(href)
        if match:
            own.append(unquote(match.group(1)).lower())
    match = _BSKY_TITLE.search(page_title(soup) or "")
    title = match.group(1).lower() if match else None
    # The account's DID: its at:// identity and RSS links (head), for addresses by DID.
    ids = []
    for tag in tags_named(soup, "link"):
        found = _BSKY_DID.search(str(tag.get("href") or ""))
        if found:
            ids.append(unquote(found.group(0)).lower())
    dids = tuple(h for h in _unique(own) if h.startswith("did:"))
    return PageIdentity(site="bluesky", own=tuple(h for h in _unique(own) if not h.startswith("did:")),
                        title=title, head=_head(soup, "bluesky"), ids=_unique([*dids, *ids]))


def _github(soup: BeautifulSoup) -> PageIdentity:
    own: list[str] = []
    classes = class_index(soup)
    for name in ("p-nickname", "vcard-username"):
        for tag in classes.get(name, [])[:1]:
            login = (node_text(tag) or "").lstrip("@").lower()
            if _GITHUB_LOGIN.match(login):
                own.append(login)
    match = _GITHUB_TITLE.match(page_title(soup) or "")
    return PageIdentity(site="github", own=_unique(own), title=match.group(1).lower() if match else None,
                        head=_head(soup, "github"))


_READERS = {"linkedin": _linkedin, "x": _x, "bluesky": _bluesky, "github": _github}


def page_identity(soup: BeautifulSoup, site: str) -> PageIdentity:
    """Whose profile the page says it is (nothing for sites without a reader here)."""
    reader = _READERS.get(site)
    return reader(soup) if reader else PageIdentity(site=site)


def _name_tokens(name: str) -> list[str]:
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _NAME_TOKEN.findall(text)


def names_agree(a: str, b: str) -> bool:
    """Whether two renderings of a name can be the same person's: the words of the shorter appear in the
    longer, in order ("Julian Amelung" in "Julian (Beisenkötter) Amelung", "Abgar Gulo" in the guest title's
    "Abgar Gulo - Co-Founder - Recruitjob.se"), ignoring case, accents and punctuation."""
    # The same test as memory.people.words_in_order, kept here: a parser may not import memory, and memory's
    # read paths must not load BeautifulSoup by importing a parser.
    left, right = _name_tokens(a), _name_tokens(b)
    if not left or not right:
        return True
    shorter, longer = (left, right) if len(left) <= len(right) else (right, left)
    words = iter(longer)
    return all(word in words for word in shorter)


def _shown(handles: tuple[str, ...], site: str) -> str:
    handle = handles[0]
    return f"@{handle}" if site in ("x", "bluesky") else handle


def check_identity(soup: BeautifulSoup, url: str, site: str, name: str | None = None) -> IdentityCheck:
    """Does the page agree with `url` (and, on LinkedIn, its title with `name`, the top card's)?"""
    want = url_handle(site, url)
    if want is None:
        return IdentityCheck()  # an address this module cannot compare (Mastodon, Nitter, a saved file...)
    identity = page_identity(soup, site)
    confirmed = False
    where = f"{url_host(url) or site}/…/{want}"
    if _opaque(site, want):
        # LinkedIn's ids come from the rendered profile's own links; Bluesky's from the head, maybe stale.
        if site == "linkedin" and identity.ids and want not in identity.ids:
            return IdentityCheck(
                f"This page shows another profile than the one at {where} (its own links name a different "
                "account), so nothing was saved: it was captured while the site was still switching profiles. "
                "Open the profile again and let it load.",
                reason="its own links name another account than that address",
            )
        confirmed = want in identity.ids
    else:
        # The rendered profile decides; the title when it names no one; the head (maybe stale) last.
        named = next((found for found in (identity.own, (identity.title,) if identity.title else (), identity.head)
                      if found), ())
        other = [h for h in named if h != want]
        if other:
            # Worded from its parts: a sentence of its own, and a clause after "is not the profile at URL:".
            shows = f"page shows {_shown(tuple(other), site)}'s profile, not {_shown((want,), site)}'s"
            return IdentityCheck(
                f"This {shows} at the address it was captured at, so nothing was saved: it was "
                "captured while the site was still switching profiles. Open the profile again and let it load.",
                reason=f"this {shows}",
            )
        confirmed = want in named
    # Without an address on the page, the names are the evidence: the title and the top card must agree.
    if not confirmed and name and identity.title_name and not names_agree(name, identity.title_name):
        title, card = f"title names “{identity.title_name}”", f"profile shows “{name}”"
        return IdentityCheck(
            f"This page's {title} but its {card}, so nothing was saved: it was captured while the site was still "
            "switching profiles. Open the profile again and let it load.",
            reason=f"its {title} but its {card}", names_another=False,
        )
    return IdentityCheck(confirmed=confirmed)
