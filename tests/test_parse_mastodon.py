"""Mastodon profiles on any instance. No real saved page exists (SELECTORS.md §9): the fixtures are
hand-written after Mastodon's 4.x web app and 3.x server-rendered templates."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.errors import NotAProfile
from companion.parsers import detect_site, parse_profile

FIXTURES = Path(__file__).parent / "fixtures"


def own_page(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def test_web_app_profile_gives_name_account_bio_fields_counts_and_own_posts():
    profile = parse_profile(own_page("mastodon_web_v4.html"), "https://social.example/@lena")
    assert profile.site == "mastodon"
    assert profile.name == "Lena Fischer"  # the :bike: custom emoji is not part of the name
    assert profile.handle == "lena@social.example"
    assert profile.url == "https://social.example/@lena"
    assert profile.headline == ("Urban ecologist. Birds, bikes, & open data. "
                                "Mapping street trees with @treemap in my spare time.")
    assert profile.location == "Leipzig, Germany"  # the "Location" profile field
    assert profile.websites == ["https://lena.example.net"]
    assert profile.followers == 4235  # the link's title, not the rounded "4.2K"
    assert profile.joined == "2017-03-16"
    assert [p.text for p in profile.posts] == [
        "Spring count done: 41 species along the Elster canal. Data is up on the portal.",
        "Anyone going to the open-data meetup on Thursday?",
    ]  # the boost of @birdnerd is not Lena's
    assert profile.posts[0].date == "2024-05-02"
    assert profile.posts[0].url == "https://social.example/@lena/111200"


def test_server_rendered_profile_of_mastodon_3_is_read_too():
    profile = parse_profile(own_page("mastodon_public_v3.html"), "https://fedi.example/@tomas")
    assert (profile.name, profile.handle) == ("Tomás Ruiz", "tomas@fedi.example")
    assert profile.headline == "Typesetter and letterpress printer."
    assert profile.websites == ["https://press.example.com"]
    assert profile.followers == 2048
    assert profile.joined == "2018-06"  # "Joined Jun 2018"
    assert [p.text for p in profile.posts] == ["New poster set in Bodoni, printed on the Vandercook."]
    assert profile.posts[0].date == "2020-10-01"


def test_mastodon_is_recognised_on_an_unknown_instance_from_the_page():
    html = own_page("mastodon_web_v4.html")
    assert parse_profile(html, "https://social.example/@lena").site == "mastodon"
    assert parse_profile(html, "https://social.example/web/accounts/109").site == "mastodon"
    assert detect_site("https://social.example/@lena") == "mastodon"  # a guess from the URL alone


def test_a_medium_style_at_path_without_mastodon_markup_is_not_mastodon():
    html = ("<html><head><meta property='og:type' content='profile'>"
            "<meta property='og:title' content='Sam Lee'></head></html>")
    assert parse_profile(html, "https://medium.example/@samlee").site == "web"


def test_pre_rendered_page_with_meta_tags_only_is_not_a_profile():
    html = ("<html><head><meta property='og:title' content='Lena Fischer (@lena@social.example)'></head>"
            "<body><div id='mastodon' data-props='{}'></div><noscript>Enable JavaScript</noscript></body></html>")
    with pytest.raises(NotAProfile, match="Mastodon"):
        parse_profile(html, "https://social.example/@lena")
