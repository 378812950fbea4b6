"""Bluesky profiles as rendered by bsky.app. Expected values were read off each saved page."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_pages import real_page

from companion.errors import NotAProfile
from companion.parsers import detect_site, parse_profile

FIXTURES = Path(__file__).parent / "fixtures"

# file, url, name, handle, bio, websites, followers, a post by the owner (start), its date
REAL = [
    ("rendered-loggedin_2025-04_kpitzen.html", "https://bsky.app/profile/kpitzen.io", "Kyle Pitzen", "kpitzen.io",
     "I think and write about tech, our world, music, food and other topics with no real authority or expertise "
     "www.kpitzen.io", ["https://www.kpitzen.io"], 21, None, None),
    ("rendered_2026-01_stephenking_a.html", "https://bsky.app/profile/stephenking.bsky.social", "Stephen King",
     "stephenking.bsky.social", "Writer", [], 1101105, "You know who”stayed a little back” in VIetnam? DJT.",
     "2026-01-23"),
    ("rendered_2026-01_stephenking_b.html", "https://bsky.app/profile/stephenking.bsky.social", "Stephen King",
     "stephenking.bsky.social", "Writer", [], 1101177, "The rightwing response to the murder of Alex Pretti",
     "2026-01-26"),
]


@pytest.mark.parametrize(("file", "url", "name", "handle", "bio", "websites", "followers", "post", "date"), REAL,
                         ids=[r[0] for r in REAL])
def test_real_bluesky_page_gives_the_profile_it_shows(file, url, name, handle, bio, websites, followers, post, date):
    profile = parse_profile(real_page(f"bluesky/{file}"), url)
    assert profile.site == "bluesky"
    assert (profile.name, profile.handle) == (name, handle)
    assert profile.url == f"https://bsky.app/profile/{handle}"
    assert profile.headline == bio
    assert profile.websites == websites
    assert profile.followers == followers  # exact, from the button's aria-label ("1.1M" on screen)
    if post:
        match = next(p for p in profile.posts if p.text.startswith(post))
        assert match.date == date
        assert match.url.startswith(f"https://bsky.app/profile/{handle}/post/")
    assert all(p.url.startswith(f"https://bsky.app/profile/{handle}/") for p in profile.posts)


def test_reposts_of_other_people_are_not_the_owners_posts():
    # Every feed item on this page is a repost (nytimes.com, molly.wiki, ...).
    profile = parse_profile(real_page("bluesky/rendered-loggedin_2025-04_kpitzen.html"),
                            "https://bsky.app/profile/kpitzen.io")
    assert profile.posts == []


def test_rendered_dom_wins_over_stale_head_tags_after_in_app_navigation():
    html = (FIXTURES / "bluesky_profile_2025.html").read_text(encoding="utf-8")
    profile = parse_profile(html, "https://bsky.app/profile/maya.example.org")
    assert (profile.name, profile.handle) == ("Maya Chen", "maya.example.org")
    assert profile.headline == "Marine biologist, kelp forests. Writing at kelp.example.org"
    assert profile.websites == ["https://kelp.example.org"]
    assert profile.followers == 2400
    assert [(p.text, p.date) for p in profile.posts] == [("The kelp is back at Point Lobos 🌿", "2025-03-03")]
    assert "first.example.com" not in profile.model_dump_json()


def test_server_page_with_only_meta_tags_is_not_a_profile():
    html = ('<html><head><meta name="generator" content="bskyweb"><meta property="og:title" '
            'content="Maya Chen (@maya.example.org)"><meta property="og:description" content="Marine biologist">'
            '</head><body><div id="root"></div></body></html>')
    with pytest.raises(NotAProfile, match="link-preview"):
        parse_profile(html, "https://bsky.app/profile/maya.example.org")


def test_bluesky_feed_page_is_not_a_profile():
    html = "<html><body><div data-testid='followingFeedPage'><div data-testid='postText'>hi</div></div></body></html>"
    with pytest.raises(NotAProfile):
        parse_profile(html, "https://bsky.app/")


def test_bluesky_urls_are_detected():
    assert detect_site("https://bsky.app/profile/jay.bsky.team") == "bluesky"
