"""The shared reading tools in companion.parsers.page: normalisers, JSON-LD, meta tags, text, limits."""

from __future__ import annotations

import pytest

from companion.errors import NotAProfile
from companion.models import Profile
from companion.parsers import parse_profile
from companion.parsers.page import (
    build_profile,
    by_testid,
    clean_text,
    decode_html,
    decode_redirect,
    epoch_date,
    json_ld_objects,
    json_ld_of_type,
    make_soup,
    meta_content,
    node_text,
    parse_count,
    parse_date,
    rich_text,
)


@pytest.mark.parametrize(("text", "expected"), [
    ("86.4K", 86_400),
    ("86.4K Followers", 86_400),
    ("4,461 followers", 4_461),
    ("3,324 Followers", 3_324),
    ("1.2M", 1_200_000),
    ("1.1M followers", 1_100_000),
    ("1.2k", 1_200),
    ("500+", 500),
    ("500+ connections", 500),
    ("1101105 followers", 1_101_105),
    ("2\u00a0898", 2_898),
    ("1,5 Mio.", 1_500_000),
    ("12 members", 12),
    (312, 312),
    ("no digits here", None),
    ("", None),
    (None, None),
])
def test_counts_are_normalised_to_integers(text, expected):
    assert parse_count(text) == expected


def test_a_count_followed_by_a_word_starting_with_m_is_not_millions():
    assert parse_count("7 mutual friends") == 7
    assert parse_count("40 bookmarks") == 40


@pytest.mark.parametrize(("text", "expected"), [
    ("Joined March 2009", "2009-03"),
    ("Joined January 2010", "2010-01"),
    ("Mar 2019", "2019-03"),
    ("2019-03-14T10:00:00Z", "2019-03-14"),
    ("2010-01-02T11:14:31.000Z", "2010-01-02"),
    ("2015", "2015"),
    ("8:09 PM - 18 Jan 2017", "2017-01-18"),
    ("12:09 pm - 18 Jan 2017", "2017-01-18"),
    ("6:55 PM - 2 May 2014", "2014-05-02"),
    ("January 26, 2026 at 7:50 PM", "2026-01-26"),
    ("Apr 6, 2021", "2021-04-06"),
    ("Fri Nov 15 15:21:21 +0000 2013", "2013-11-15"),
    ("Dec 2019 - Present · 2 yrs 4 mos", "2019-12"),
    ("Mar 2019 - 5 Jun 2020", "2019-03"),
    ("2019-13-01", "2019"),
    ("31 Feb 2020", "2020-02"),
    ("yesterday", None),
    ("", None),
    (None, None),
])
def test_dates_become_iso_at_the_precision_the_text_gives(text, expected):
    assert parse_date(text) == expected


def test_epoch_seconds_and_milliseconds_become_dates():
    assert epoch_date("1455786900") == "2016-02-18"
    assert epoch_date(1455786900000) == "2016-02-18"
    assert epoch_date("soon") is None
    assert epoch_date(10**30) is None


def test_clean_text_unescapes_and_folds_whitespace_and_drops_invisible_characters():
    assert clean_text("  Ana&nbsp;&amp;\u200b  Bo \n\t Chen ") == "Ana & Bo Chen"
    assert clean_text("   ") is None
    assert clean_text(None) is None


def test_rich_text_joins_inline_pieces_and_keeps_emoji_and_scheme():
    soup = make_soup('<div id="bio"><span>Hi </span><a href="https://t.co/x"><span aria-hidden="true">http://'
                     '</span>example.com</a> <img alt="🌊" src="e.svg"><script>var x=1</script></div>')
    bio = soup.find(id="bio")
    assert rich_text(bio) == "Hi http://example.com 🌊"
    assert node_text(bio) == "Hi http:// example.com"  # why rich_text exists: a split URL, no emoji


def test_rich_text_keeps_line_and_paragraph_breaks_only_when_asked():
    soup = make_soup("<div id='b'><p>One</p><p>Two<br>Three</p></div>")
    assert rich_text(soup.find(id="b")) == "One Two Three"
    assert rich_text(soup.find(id="b"), keep_lines=True) == "One\n\nTwo\nThree"


def test_rich_text_with_blocks_off_treats_divs_as_inline():
    soup = make_soup("<div id='b'><span>engineering </span><div><a>@vercel</a></div><span>; founder</span></div>")
    assert rich_text(soup.find(id="b"), blocks=False) == "engineering @vercel; founder"


def test_rich_text_survives_very_deep_nesting():
    soup = make_soup("<div>" * 3000 + "deep" + "</div>" * 3000)
    assert rich_text(soup.body) == "deep"


def test_json_ld_objects_flatten_graphs_and_skip_broken_blocks():
    soup = make_soup(
        '<script type="application/ld+json">{"@graph": [{"@type": "Person", "name": "A"}, '
        '{"@type": ["WebPage", "ProfilePage"]}]}</script>'
        '<script type="application/ld+json">{not json</script>'
        '<script type="application/ld+json">[{"@type": "https://schema.org/Person", "name": "B"}]</script>'
    )
    names = [o.get("name") for o in json_ld_objects(soup)]
    assert "A" in names and "B" in names
    assert [o["name"] for o in json_ld_of_type(soup, "Person")] == ["A", "B"]
    assert len(json_ld_of_type(soup, "ProfilePage")) == 1


def test_meta_content_reads_property_and_name_and_skips_empty_values():
    soup = make_soup('<meta property="og:title" content=" "><meta name="og:title" content="Jane &amp;amp; Co">'
                     '<meta name="description" content="Bio">')
    assert meta_content(soup, "og:title") == "Jane & Co"
    assert meta_content(soup, "twitter:title", "description") == "Bio"
    assert meta_content(soup, "missing") is None


def test_testid_lookups_come_from_one_cached_index():
    soup = make_soup('<div data-testid="a">1</div><p data-testid="a">2</p><span data-testid="b">3</span>')
    assert [t.name for t in by_testid(soup, "a")] == ["div", "p"]
    assert by_testid(soup, "missing") == []


def test_linkedin_redirects_are_decoded_and_plain_links_kept():
    wrapped = "https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fexample%2Ecom%2Fme&urlhash=x"
    assert decode_redirect(wrapped) == "https://example.com/me"
    assert decode_redirect("https://example.com/") == "https://example.com/"
    assert decode_redirect(None) is None


def test_decode_html_falls_back_to_the_declared_encoding():
    latin = '<meta charset="iso-8859-1"><p>Göteborg</p>'.encode("latin-1")
    assert "Göteborg" in decode_html(latin)
    assert decode_html("Ana ☕".encode()) == "Ana ☕"


def test_build_profile_trims_to_model_limits_and_drops_empty_entries():
    profile = build_profile(
        site="x", name="N" * 900, headline="h" * 5000, websites=["https://a.example", "https://A.example", None, ""],
        followers=-5, posts=[{"text": ""}, {"text": "t" * 30_000, "date": "2020"}],
        experience=[{"company": None, "title": None}, {"company": "Acme"}],
    )
    Profile.model_validate(profile.model_dump())
    assert len(profile.name) == 500 and profile.name.endswith("…")
    assert len(profile.headline) == 2000
    assert profile.websites == ["https://a.example"]
    assert profile.followers is None
    assert len(profile.posts) == 1 and len(profile.posts[0].text) == 20_000
    assert [e.company for e in profile.experience] == ["Acme"]


def test_json_ld_with_raw_newlines_in_strings_is_still_read():
    soup = make_soup('<script type="application/ld+json">{"@type": "Person", "description": "line one\nline two"}'
                     "</script>")
    assert json_ld_of_type(soup, "Person")[0]["description"] == "line one\nline two"


@pytest.mark.parametrize("text", ["http:", "https://www.linkedin.com/in/jane/", "http:<b>x</b>", "index.html", "jane"])
def test_text_that_looks_like_a_url_or_a_file_name_is_parsed_without_a_warning(text):
    # The suite turns warnings into errors; bs4 warns on such text (found by the parser fuzz test).
    soup = make_soup(text)
    assert text.split("<")[0] in soup.get_text()
    with pytest.raises(NotAProfile):
        parse_profile(text, "https://bsky.app/profile/jane.bsky.social")
