"""X / Twitter profile pages: legacy twitter.com (2015-2018), React x.com (2022-2025), Nitter.

Layouts and their hooks (see ../shared/fixtures/real/SELECTORS.md §3):
- React 2022+: JSON-LD `ProfilePage` (person under `author` until 2023, `mainEntity` from 2025; name in
  `givenName` until 2025-04, `name` after) for exact counts, join date and expanded links; the rendered
  `data-testid` hooks (UserName, UserDescription, UserLocation, UserUrl, UserJoinDate, tweet/tweetText).
- Legacy 2015-2018: `ProfileHeaderCard-*` and `ProfileNav-*` classes; tweet permalink pages carry the
  same card but no counts (marked partial).
- Nitter: `profile-card-*`, `profile-statlist`, `timeline-item`.

Not profiles (NotAProfile): the link-preview page X sends to bots (meta tags only; SELECTORS.md §8
lists these as negatives, and the issue calls an OG-only bot page an error), the app shell saved before
the profile loaded, a deleted or suspended account.

`window.__INITIAL_STATE__` and legacy `init-data.screenName` describe the viewer and are never read;
legacy `init-data.profile_user` (the owner) is used only for the join date, and only when its
screen name matches the rendered card.

The bio goes into `headline`; the profile's own website into `websites`; the professional category
(2023) into `interests`; handles carry no '@'.
"""

from __future__ import annotations

import json
import re

from bs4 import BeautifulSoup

from companion.errors import NotAProfile
from companion.models import Post, Profile
from companion.parsers.page import (
    absolute_url,
    attr_index,
    build_profile,
    by_class,
    by_testid,
    clean_text,
    epoch_date,
    find_class_in,
    first_class,
    first_testid,
    json_ld_of_type,
    ld_first,
    ld_followers,
    ld_list,
    ld_text,
    meta_content,
    node_text,
    parse_count,
    parse_date,
    rich_text,
    tags_named,
    url_path_parts,
)

SITE = "x"
_HANDLE = re.compile(r"^[A-Za-z0-9_]{1,50}$")
_STATUS_PATH = re.compile(r"^/?([A-Za-z0-9_]{1,50})/status(?:es)?/(\d+)")
_NOT_HANDLES = {"home", "explore", "i", "search", "settings", "messages", "notifications", "login",
                "intent", "hashtag", "share", "compose", "tos", "privacy"}


def profile_url(handle: str) -> str:
    """The canonical X profile URL for a handle."""
    return f"https://x.com/{handle}"


def parse(soup: BeautifulSoup, url: str) -> Profile:
    """Read an X/Twitter (or Nitter) profile page; NotAProfile when it is not a rendered profile."""
    if first_class(soup, "profile-card-fullname", "profile-card-username"):
        return _parse_nitter(soup, url)
    if first_class(soup, "ProfileHeaderCard"):
        return _parse_legacy(soup, url)
    person = _ld_person(soup)
    if person is None and _gone_notice(soup):
        # A deleted or suspended account still renders a header with the bare @handle.
        raise _why_not_a_profile(soup, url)
    if person is not None or first_testid(soup, "UserName") is not None:
        return _parse_react(soup, url, person)
    raise _why_not_a_profile(soup, url)


def _gone_notice(soup: BeautifulSoup) -> str | None:
    text = node_text(first_testid(soup, "emptyState")) or ""
    if re.search(r"doesn[’']t exist|suspended|temporarily unavailable|has been withheld", text, re.I):
        return text
    return None


def _why_not_a_profile(soup: BeautifulSoup, url: str) -> NotAProfile:
    """The sentence for an X page without a profile: deleted account, bot page, unloaded shell, other."""
    # Not the "login"/"signup" buttons: logged-out profile pages carry those too.
    if "LoginForm_Login_Button" in attr_index(soup, "data-testid") or "/i/flow/login" in url:
        return NotAProfile(
            "This X page is a sign-in wall, not a profile: sign in to X in your browser, open the profile, "
            "then capture it again."
        )
    gone = _gone_notice(soup)
    if gone:
        return NotAProfile(f"This X account cannot be shown ({gone[:120]}), so there is no profile to read.")
    if first_testid(soup, "primaryColumn") is not None or "react-root" in attr_index(soup, "id"):
        if meta_content(soup, "og:title") and not first_testid(soup, "primaryColumn"):
            return NotAProfile(
                "This X page holds only its link-preview meta tags (what X sends to bots), not the rendered "
                "profile: open the profile in your browser, let it load, then capture it again."
            )
        return NotAProfile(
            "This X page had not rendered the profile yet (only the app shell was saved): wait until the "
            "name and bio show, then capture again."
        )
    if meta_content(soup, "og:title"):
        return NotAProfile(
            "This X page holds only link-preview meta tags, not a rendered profile: open the profile in your "
            "browser, let it load, then capture it again."
        )
    return NotAProfile("This page is not an X profile (no profile header found); open a profile page and try again.")


# ---------------------------------------------------------------- React 2022+


def _ld_person(soup: BeautifulSoup) -> dict | None:
    for page in json_ld_of_type(soup, "ProfilePage"):
        for key in ("mainEntity", "author"):
            person = ld_first(page.get(key))
            if isinstance(person, dict):
                return {**person, "_page": page}
    return None


def _tco_map(soup: BeautifulSoup, person: dict | None) -> dict[str, str]:
    """t.co short link -> the real URL, from JSON-LD relatedLink pairs and rendered link texts."""
    mapping: dict[str, str] = {}
    if person is not None:
        links = [str(x) for x in ld_list(person["_page"].get("relatedLink")) if isinstance(x, str)]
        for short, long in zip(links, links[1:], strict=False):
            if "//t.co/" in short and "//t.co/" not in long:
                mapping[short] = long
    return mapping


def _expand_tco(text: str | None, mapping: dict[str, str]) -> str | None:
    if not text:
        return text
    return re.sub(r"https?://t\.co/\w+", lambda m: mapping.get(m.group(0), m.group(0)), text)


def _react_handle_and_name(soup: BeautifulSoup) -> tuple[str | None, str | None]:
    """Name and handle from the rendered UserName block: its text runs are `div[dir=ltr]`s."""
    block = first_testid(soup, "UserName")
    if block is None:
        return None, None
    handle = name = None
    runs = block.find_all(["div", "span"], attrs={"dir": "ltr"}) or [block]
    for run in runs:
        text = rich_text(run, blocks=False)
        if not text:
            continue
        if text.startswith("@") and handle is None and _HANDLE.match(text[1:]):
            handle = text[1:]
        elif name is None and handle is None and not text.startswith("@"):
            name = text
    return handle, name


def _parse_react(soup: BeautifulSoup, url: str, person: dict | None) -> Profile:
    person = person or {}
    tco = _tco_map(soup, person or None)
    dom_handle, dom_name = _react_handle_and_name(soup)
    handle = (ld_text(person.get("additionalName")) or "").lstrip("@")
    if not _HANDLE.match(handle):
        handle = dom_handle or _handle_from_url(url)
    name = ld_text(person.get("name")) or ld_text(person.get("givenName")) or dom_name
    if not name and not handle:
        raise NotAProfile("This X page has no profile name or handle, so it is not a rendered profile.")

    bio = rich_text(first_testid(soup, "UserDescription"), blocks=False)
    if bio is None:
        bio = _expand_tco(ld_text(person.get("description")), tco)
    location = rich_text(first_testid(soup, "UserLocation"))
    if location is None and isinstance(person.get("homeLocation"), dict):
        location = ld_text(person["homeLocation"].get("name"))

    websites: list[str] = []
    user_url = first_testid(soup, "UserUrl")
    if user_url is not None:
        href = str(user_url.get("href") or "")
        if href in tco:
            websites.append(tco[href])
        else:
            shown = rich_text(user_url)
            if shown and "…" not in shown and " " not in shown:
                websites.append(shown if "://" in shown else f"https://{shown}")
            elif href.startswith("http"):
                websites.append(href)
    websites.extend(tco.values())

    followers = ld_followers(person) if person else None
    if followers is None:
        followers = _react_followers(soup, handle)

    joined = parse_date(ld_text(person["_page"].get("dateCreated"))) if person else None
    if joined is None:
        joined = parse_date(rich_text(first_testid(soup, "UserJoinDate")))

    # The professional category ("Science & Technology", 2023) names a field of interest.
    category = rich_text(first_testid(soup, "UserProfessionalCategory"))
    posts = _react_posts(soup, handle)
    header_rendered = first_testid(soup, "UserName") is not None
    timeline_rendered = bool(by_testid(soup, "tweet")) or first_testid(soup, "emptyState") is not None
    return build_profile(
        site=SITE, url=profile_url(handle) if handle else url, name=name or handle, handle=handle, headline=bio,
        location=location, websites=websites, followers=followers, joined=joined, posts=posts,
        interests=[category] if category else [], partial=not (header_rendered and timeline_rendered),
    )


def _react_followers(soup: BeautifulSoup, handle: str | None) -> int | None:
    pattern = re.compile(rf"^(?:https?://[^/]+)?/{re.escape(handle or '')}{'' if handle else '[^/]+'}"
                         r"/(?:verified_)?followers/?$", re.I)
    for link in tags_named(soup, "a"):
        if not pattern.match(str(link.get("href") or "")):
            continue
        count = parse_count(rich_text(link))
        if count is not None:
            return count
    return None


def _react_posts(soup: BeautifulSoup, handle: str | None) -> list[Post]:
    posts: list[Post] = []
    for article in by_testid(soup, "tweet"):
        text_node = article.find(attrs={"data-testid": "tweetText"})
        text = rich_text(text_node, blocks=False)
        if not text:
            continue
        time = article.find("time")
        link = time.find_parent("a") if time is not None else None
        author, status_url = _status_link(link.get("href") if link is not None else None)
        if handle and author and author.lower() != handle.lower():
            continue  # a repost of someone else's tweet
        posts.append(Post(text=text[:20_000], date=parse_date(time.get("datetime")) if time is not None else None,
                          url=status_url))
    return posts


def _status_link(href) -> tuple[str | None, str | None]:
    """'/jack/status/20' (or a full twitter.com/x.com URL) -> ('jack', 'https://x.com/jack/status/20')."""
    if not href:
        return None, None
    path = re.sub(r"^https?://[^/]+", "", str(href))
    match = _STATUS_PATH.match(path)
    if not match:
        return None, None
    return match.group(1), f"https://x.com/{match.group(1)}/status/{match.group(2)}"


def _handle_from_url(url: str) -> str | None:
    parts = url_path_parts(url)
    if parts and _HANDLE.match(parts[0]) and parts[0].lower() not in _NOT_HANDLES:
        return parts[0]
    return None


# ---------------------------------------------------------------- legacy twitter.com 2015-2018


def _parse_legacy(soup: BeautifulSoup, url: str) -> Profile:
    card = first_class(soup, "ProfileHeaderCard")
    name = rich_text(find_class_in(card, "ProfileHeaderCard-nameLink"))
    screen = find_class_in(card, "ProfileHeaderCard-screennameLink") or find_class_in(
        card, "ProfileHeaderCard-screenname")
    handle = (rich_text(screen) or "").lstrip("@").strip() or _handle_from_url(url)
    if not name and not handle:
        raise NotAProfile("This Twitter page's profile card is empty, so there is no profile to read.")

    bio = rich_text(find_class_in(card, "ProfileHeaderCard-bio"))
    location = rich_text(find_class_in(card, "ProfileHeaderCard-locationText"))
    websites = []
    url_box = find_class_in(card, "ProfileHeaderCard-urlText")
    link = url_box.find("a") if url_box is not None else None
    if link is not None:
        websites.append(str(link.get("title") or "") or absolute_url(link.get("href"), url))

    joined = None
    join_node = find_class_in(card, "ProfileHeaderCard-joinDateText")
    if join_node is not None:
        joined = parse_date(join_node.get("title")) or parse_date(rich_text(join_node))
    if joined is None:
        joined = _legacy_owner_created_at(soup, handle)

    followers = None
    nav_followers = first_class(soup, "ProfileNav-item--followers")
    if nav_followers is not None:
        value = find_class_in(nav_followers, "ProfileNav-value")
        if value is not None:
            followers = parse_count(value.get("data-count")) or parse_count(rich_text(value))
        if followers is None:
            anchor = nav_followers.find("a")
            followers = parse_count(anchor.get("title")) if anchor is not None else None

    posts = _legacy_posts(soup, handle)
    return build_profile(
        site=SITE, url=profile_url(handle) if handle else url, name=name or handle, handle=handle, headline=bio,
        location=location, websites=websites, followers=followers, joined=joined, posts=posts,
        # Tweet permalink pages show the profile card but no counts or timeline of the owner.
        partial=first_class(soup, "ProfileNav") is None,
    )


def _legacy_owner_created_at(soup: BeautifulSoup, handle: str | None) -> str | None:
    """The owner's join date from legacy init-data, trusted only when it names the rendered handle."""
    boxes = attr_index(soup, "id").get("init-data", [])
    box = boxes[0] if boxes else None
    if box is None or not handle:
        return None
    try:
        data = json.loads(str(box.get("value") or ""))
    except (ValueError, RecursionError):
        return None
    owner = data.get("profile_user") if isinstance(data, dict) else None
    if not isinstance(owner, dict) or str(owner.get("screen_name", "")).lower() != handle.lower():
        return None
    return parse_date(owner.get("created_at"))


def _legacy_posts(soup: BeautifulSoup, handle: str | None) -> list[Post]:
    posts: list[Post] = []
    seen: set[str] = set()
    tweets = by_class(soup, "ProfileTweet") or [t for t in by_class(soup, "tweet") if t.get("data-tweet-id")]
    for tweet in tweets:
        author = str(tweet.get("data-screen-name") or "")
        if handle and author.lower() != handle.lower():
            continue  # retweets and replies by others
        tweet_id = str(tweet.get("data-tweet-id") or tweet.get("data-item-id") or "")
        if tweet_id in seen:
            continue
        seen.add(tweet_id)
        text = rich_text(find_class_in(tweet, "js-tweet-text") or find_class_in(tweet, "ProfileTweet-text")
                         or find_class_in(tweet, "tweet-text"))
        if not text:
            continue
        stamp = tweet.find(attrs={"data-time": True})
        date = epoch_date(stamp.get("data-time")) if stamp is not None else None
        link = (find_class_in(tweet, "ProfileTweet-timestamp") or find_class_in(tweet, "tweet-timestamp"))
        _, status_url = _status_link(tweet.get("data-permalink-path") or (link.get("href") if link else None))
        posts.append(Post(text=text[:20_000], date=date, url=status_url))
    return posts


# ---------------------------------------------------------------- Nitter


_NITTER_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})")


def _nitter_date(title: str | None) -> str | None:
    # Nitter (2020) writes day/month/year: "27/4/2019, 05:45:08"; later versions "Apr 27, 2019 · ...".
    match = _NITTER_DATE.match(title or "")
    if match:
        day, month, year = (int(g) for g in match.groups())
        if 1 <= month <= 12 and 1 <= day <= 31:
            return parse_date(f"{year:04d}-{month:02d}-{day:02d}")
    return parse_date(title)


def _parse_nitter(soup: BeautifulSoup, url: str) -> Profile:
    card = first_class(soup, "profile-card") or soup
    full = find_class_in(card, "profile-card-fullname")
    user = find_class_in(card, "profile-card-username")
    name = rich_text(full) or clean_text(full.get("title") if full else None)
    handle = (rich_text(user) or "").lstrip("@") or _handle_from_url(url)
    if not name and not handle:
        raise NotAProfile("This Nitter page's profile card is empty, so there is no profile to read.")
    bio = rich_text(find_class_in(card, "profile-bio"))
    location_box = find_class_in(card, "profile-location")
    location = None
    if location_box is not None:
        spans = [rich_text(s) for s in location_box.find_all("span", recursive=False)]
        location = next((s for s in reversed(spans) if s), None) or rich_text(location_box)
    websites = []
    site_box = find_class_in(card, "profile-website")
    if site_box is not None and site_box.find("a") is not None:
        websites.append(absolute_url(site_box.find("a").get("href"), url))
    joined = None
    join_box = find_class_in(card, "profile-joindate")
    if join_box is not None:
        stamp = join_box.find(attrs={"title": True})
        joined = (parse_date(stamp.get("title")) if stamp is not None else None) or parse_date(rich_text(join_box))
    followers = None
    stats = find_class_in(card, "profile-statlist")
    if stats is not None:
        item = stats.find("li", class_="followers")
        if item is not None:
            followers = parse_count(rich_text(find_class_in(item, "profile-stat-num")))

    posts: list[Post] = []
    for item in by_class(soup, "timeline-item"):
        if find_class_in(item, "retweet-header") is not None:
            continue
        username = find_class_in(item, "username")
        author = (rich_text(username) or "").lstrip("@")
        if handle and author and author.lower() != handle.lower():
            continue
        text = rich_text(find_class_in(item, "tweet-content"))
        if not text:
            continue
        date_box = find_class_in(item, "tweet-date")
        anchor = date_box.find("a") if date_box is not None else None
        date = _nitter_date(anchor.get("title")) if anchor is not None else None
        link = find_class_in(item, "tweet-link")
        _, status_url = _status_link((link or anchor).get("href") if (link or anchor) is not None else None)
        posts.append(Post(text=text[:20_000], date=date, url=status_url))
    return build_profile(
        site=SITE, url=profile_url(handle) if handle else url, name=name or handle, handle=handle, headline=bio,
        location=location, websites=websites, followers=followers, joined=joined, posts=posts,
        partial=stats is None,
    )
