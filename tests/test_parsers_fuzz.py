"""Mutated and random HTML for every site's URL: NotAProfile is the only exception, and whatever comes
back validates as a Profile.

Two checks per example: `parse_profile` keeps its documented promise, and each of our site modules,
called directly, raises nothing but NotAProfile either (so the dispatcher's last-resort conversion is
never what keeps the promise for our parsers: a crash there is a bug to fix, not to hide).
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
from fuzz_depth import FUZZ_SCALE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shared_pages import REAL

from companion.errors import NotAProfile
from companion.models import Profile
from companion.parsers import parse_profile
from companion.parsers.page import make_soup

FIXTURES = Path(__file__).parent / "fixtures"

URLS = {
    "x": "https://x.com/anasousa_dev",
    "bluesky": "https://bsky.app/profile/maya.example.org",
    "github": "https://github.com/miraokafor",
    "mastodon": "https://social.example/@lena",
    "web": "https://priya.example.com/",
    "linkedin": "https://www.linkedin.com/in/jane-doe/",
}
OUR_MODULES = {"x": "x", "bluesky": "bluesky", "github": "github", "mastodon": "mastodon", "web": "generic"}

# Small real pages join our own fixtures when ../shared is present (big ones would make examples slow).
_REAL_SMALL = ["twitter/ssr-og_2024-12_javilop.html", "github/fragment-vcard-details_2024-12_estebanborai.html",
               "twitter/react-partial_2024-05_Kikobeats.html",
               "linkedin/loggedin-fragment_2021-03_experience-section.html"]


def _seeds() -> list[str]:
    pages = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.html"))]
    pages += [(REAL / name).read_text(encoding="utf-8", errors="replace") for name in _REAL_SMALL
              if (REAL / name).is_file()]
    return pages


SEEDS = _seeds()
_TAG = re.compile(r"<[^<>]{1,300}>")
_NASTY = st.sampled_from(list("<>/=\"'&;#@ \n\t\x00\ufeff\u200b") + ["<div>", "</div>", "<!--", "-->", "<script>",
                                                                    "&amp;", "&#", "<br>", "K", "M", "1,2", "Joined"])


@st.composite
def mutated_pages(draw) -> str:
    html = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["truncate", "edit", "delete_tag", "duplicate", "insert_random"]))
        if not html:
            break
        if kind == "truncate":
            html = html[: draw(st.integers(0, len(html)))]
        elif kind == "edit":
            for _ in range(draw(st.integers(1, 20))):
                at = draw(st.integers(0, max(0, len(html) - 1)))
                piece = draw(st.one_of(_NASTY, st.text(max_size=3)))
                html = html[:at] + piece + html[at + draw(st.integers(0, 2)):]
        elif kind == "delete_tag":
            tags = list(_TAG.finditer(html))
            if tags:
                hit = tags[draw(st.integers(0, len(tags) - 1))]
                html = html[: hit.start()] + html[hit.end():]
        elif kind == "duplicate":
            start = draw(st.integers(0, len(html)))
            end = min(len(html), start + draw(st.integers(0, 2000)))
            at = draw(st.integers(0, len(html)))
            html = html[:at] + html[start:end] + html[at:]
        else:
            at = draw(st.integers(0, len(html)))
            html = html[:at] + draw(random_html()) + html[at:]
    return html


_ATTRS = st.sampled_from([
    'data-testid="UserName"', 'data-testid="tweet"', 'data-testid="tweetText"', 'data-testid="UserDescription"',
    'data-testid="profileHeaderDisplayName"', 'data-testid="feedItem-by-maya.example.org"',
    'data-testid="profileHeaderFollowersButton" aria-label="9x followers"', 'class="h-card"', 'class="p-name"',
    'class="account__header"', 'class="status"', 'class="vcard-names"', 'itemprop="worksFor" aria-label=":"',
    'class="ProfileHeaderCard"', 'class="profile-card-username"', 'class="timeline-item"', 'dir="ltr"',
    'href="/x/status/1"', 'href="?tab=followers"', 'datetime="2020-99-99"', 'title="99/99/2020"', "",
])


@st.composite
def random_html(draw, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        choice = draw(st.integers(0, 3 if depth < 4 else 1))
        if choice == 0:
            parts.append(draw(st.text(max_size=20)))
        elif choice == 1:
            parts.append(draw(st.sampled_from([
                '<script type="application/ld+json">{"@type":"ProfilePage","mainEntity":{"@type":"Person",'
                '"name":1,"interactionStatistic":[{"name":"Follows","userInteractionCount":"x"}]}}</script>',
                '<script type="application/ld+json">[[[{"@graph":{"@type":"Person"}}]]]</script>',
                '<meta property="og:title" content="A (@b)">', '<meta property="og:type" content="profile">',
                "<time datetime='yesterday'>", "<img alt='🌊'>", "<br>", "<time>", "&#xD800;",
            ])))
        else:
            tag = draw(st.sampled_from(["div", "span", "a", "li", "h1", "small", "dl", "dt", "dd", "article", "p"]))
            inner = draw(random_html(depth + 1))
            parts.append(f"<{tag} {draw(_ATTRS)}>{inner}</{tag}>")
    return "".join(parts)


def check(html: str, site: str) -> None:
    url = URLS[site]
    try:
        profile = parse_profile(html, url)
    except NotAProfile as exc:
        assert exc.message and exc.message.endswith(".")
    else:
        Profile.model_validate(profile.model_dump())
    if site in OUR_MODULES:
        module = importlib.import_module(f"companion.parsers.{OUR_MODULES[site]}")
        try:
            module.parse(make_soup(html), url)
        except NotAProfile:
            pass


FUZZ = settings(max_examples=300 * FUZZ_SCALE, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.mark.parametrize("site", list(URLS))
@FUZZ
@given(html=mutated_pages())
def test_mutated_pages_raise_only_not_a_profile(site, html):
    check(html, site)


@pytest.mark.parametrize("site", list(URLS))
@settings(max_examples=300 * FUZZ_SCALE, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(html=st.one_of(random_html(), st.text(max_size=300), st.binary(max_size=200).map(
    lambda b: b.decode("latin-1"))))
def test_random_html_raises_only_not_a_profile(site, html):
    check(html, site)


@pytest.mark.parametrize("html", ["", "   ", "plain text, no markup", "<", "<!-- only a comment -->",
                                  "\ud800<p>lone surrogate</p>", "<html></html>", "\x00" * 10])
@pytest.mark.parametrize("site", list(URLS))
def test_degenerate_documents_are_not_profiles(site, html):
    with pytest.raises(NotAProfile):
        parse_profile(html, URLS[site])


def test_absurdly_large_page_is_refused_with_a_sentence():
    with pytest.raises(NotAProfile, match="20 MB limit"):
        parse_profile("<p>" + "x" * 20_000_001, URLS["x"])


@pytest.mark.parametrize("value", [None, 42, b"<html></html>"])
def test_non_text_input_is_not_a_profile(value):
    with pytest.raises(NotAProfile):
        parse_profile(value, URLS["web"])  # type: ignore[arg-type]


def test_an_unforeseen_parser_failure_still_surfaces_as_not_a_profile(monkeypatch):
    import companion.parsers.x as x_module

    def broken(soup, url):
        raise KeyError("surprise")

    monkeypatch.setattr(x_module, "parse", broken)
    with pytest.raises(NotAProfile, match="could not be read as a profile") as caught:
        parse_profile("<html><body><p>hi</p></body></html>", URLS["x"])
    assert isinstance(caught.value.__cause__, KeyError)
