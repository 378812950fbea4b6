"""The generic reader for personal sites and blogs: JSON-LD Person, h-card, OpenGraph profile."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.errors import NotAProfile
from companion.parsers import detect_site, parse_profile

FIXTURES = Path(__file__).parent / "fixtures"


def own_page(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def test_json_ld_profile_page_gives_the_person():
    profile = parse_profile(own_page("generic_jsonld_person.html"), "https://jonasberg.example/about")
    assert profile.site == "web"
    assert (profile.name, profile.handle) == ("Jonas Berg", "jberg")
    assert profile.headline == "Product Designer"
    assert profile.about == "Designing calm software. Formerly at a fintech, now helping small teams ship."
    assert profile.location == "Helsinki, FI"
    assert [(e.company, e.title) for e in profile.experience] == [("Nordlicht Studio", "Product Designer")]
    assert [e.school for e in profile.education] == ["Aalto University"]
    assert profile.languages == ["Swedish", "Finnish", "English"]
    assert profile.skills == ["Interaction design", "Accessibility"]
    assert profile.websites == ["https://jonasberg.example/", "https://bsky.app/profile/jberg.example",
                                "https://github.com/jberg"]
    assert profile.followers == 5120


def test_h_card_homepage_gives_the_owner_not_a_post_author():
    profile = parse_profile(own_page("generic_hcard_homepage.html"), "https://priya.example.com/")
    assert profile.name == "Priya Raman"
    assert profile.headline == "Data journalist"
    assert profile.about == "I write about public budgets & the people behind them. Learning Tamil calligraphy."
    assert profile.location == "Chennai, India"
    assert [(e.company, e.title) for e in profile.experience] == [("The Daily Ledger", "Data journalist")]
    assert profile.websites == ["https://priya.example.com/", "https://github.com/priyaraman",
                                "https://hachyderm.io/@priya", "https://www.linkedin.com/in/priya-raman-data/"]
    assert "Guest Writer" not in profile.model_dump_json()


def test_opengraph_profile_tags_alone_give_a_name_and_headline():
    html = ("<html><head><meta property='og:type' content='profile'><meta property='og:title' "
            "content='Jean-Luc Picard - Starfleet'><meta property='og:description' content='Captain.'>"
            "<meta property='profile:username' content='jlp'></head><body></body></html>")
    profile = parse_profile(html, "https://example.org/jlp")
    assert (profile.name, profile.handle, profile.headline) == ("Jean-Luc Picard", "jlp", "Captain.")


def test_an_article_is_not_a_profile_even_with_an_author():
    with pytest.raises(NotAProfile, match="does not describe a person"):
        parse_profile(own_page("generic_article_not_profile.html"), "https://crumb.example/tips")


def test_unknown_hosts_go_to_the_generic_reader():
    assert detect_site("https://priya.example.com/") == "web"
    assert detect_site("not a url at all") == "web"


@pytest.mark.parametrize(("fixture", "site", "name"), [
    ("x_react_2025.html", "x", "Ana Sousa 🌊"),
    ("x_legacy_2016.html", "x", "Oskar Lind"),
    ("bluesky_profile_2025.html", "bluesky", "Maya Chen"),
    ("github_user_2024.html", "github", "Mira Okafor"),
    ("mastodon_public_v3.html", "mastodon", "Tomás Ruiz"),
])
def test_a_page_saved_under_an_unknown_url_is_recognised_from_its_content(fixture, site, name):
    profile = parse_profile(own_page(fixture), "file:///home/me/Downloads/page.html")
    assert (profile.site, profile.name) == (site, name)


def test_a_known_host_is_trusted_over_the_page_content():
    # An h-card page saved under a github.com URL is read by the GitHub reader, which finds no user card.
    with pytest.raises(NotAProfile, match="GitHub"):
        parse_profile(own_page("generic_hcard_homepage.html"), "https://github.com/priya/blog")
