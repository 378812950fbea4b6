"""GitHub user pages: the real vcard fragment (2024) and a full user page fixture of our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_pages import real_page

from companion.errors import NotAProfile
from companion.parsers import detect_site, parse_profile

FIXTURES = Path(__file__).parent / "fixtures"


def test_real_vcard_fragment_gives_company_location_and_links():
    html = real_page("github/fragment-vcard-details_2024-12_estebanborai.html")
    profile = parse_profile(html, "https://github.com/EstebanBorai")
    assert profile.site == "github"
    assert profile.handle == "EstebanBorai"  # the fragment has no name block: the login from the URL
    assert profile.name == "EstebanBorai"
    assert [e.company for e in profile.experience] == ["InfinyOn"]  # aria-label "Organization: @InfinyOn"
    assert profile.location == "South America"
    assert profile.websites == [
        "http://estebanborai.com",
        "https://www.linkedin.com/in/EstebanBorai",
        "https://hachyderm.io/@EstebanBorai",
        "https://www.reddit.com/user/estebanborai",
        "https://a.weird.one/estebanborai",
    ]
    assert profile.partial is True


def test_user_page_gives_name_login_bio_company_location_links_and_followers():
    html = (FIXTURES / "github_user_2024.html").read_text(encoding="utf-8")
    profile = parse_profile(html, "https://github.com/miraokafor?tab=repositories")
    assert (profile.name, profile.handle) == ("Mira Okafor", "miraokafor")
    assert profile.url == "https://github.com/miraokafor"
    assert profile.headline == "Compiler tinkerer. Rust, OCaml & too many side projects."
    assert [e.company for e in profile.experience] == ["ferrous-labs"]
    assert profile.location == "Lagos, Nigeria"
    assert profile.websites == ["https://mira.example.org", "https://hachyderm.io/@mira"]
    assert profile.followers == 1200  # "1.2k followers"
    assert profile.partial is False
    assert "someviewer" not in profile.model_dump_json()  # meta user-login is the viewer


def test_several_orgs_in_the_company_field_become_several_employers():
    html = ('<div class="h-card"><h1 class="vcard-names"><span class="p-name" itemprop="name">Lee</span>'
            '<span class="p-nickname" itemprop="additionalName">lee</span></h1><ul class="vcard-details">'
            '<li itemprop="worksFor" aria-label="Organization: @github @microsoft"><span class="p-org">'
            '@github @microsoft</span></li></ul></div>')
    profile = parse_profile(html, "https://github.com/lee")
    assert [e.company for e in profile.experience] == ["github", "microsoft"]


def test_old_user_page_join_date_is_read():
    html = ('<div class="vcard"><h1 class="vcard-names"><span class="vcard-fullname" itemprop="name">Old Timer'
            '</span><span class="vcard-username" itemprop="additionalName">oldtimer</span></h1>'
            '<ul class="vcard-details"><li class="vcard-detail"><span class="join-label">Joined on </span>'
            '<local-time class="join-date" datetime="2011-09-03T15:26:22Z">Sep 3, 2011</local-time></li></ul></div>')
    profile = parse_profile(html, "https://github.com/oldtimer")
    assert (profile.name, profile.handle, profile.joined) == ("Old Timer", "oldtimer", "2011-09-03")


@pytest.mark.parametrize("html", [
    "<html><head><title>Page not found · GitHub</title></head><body><h1>404</h1></body></html>",
    "<html><body><div itemscope itemtype='http://schema.org/Organization'><h1>Acme</h1></div></body></html>",
    "<html><body><div id='repository-container-header'><strong itemprop='name'>repo</strong></div></body></html>",
])
def test_pages_without_a_user_card_are_not_profiles(html):
    with pytest.raises(NotAProfile):
        parse_profile(html, "https://github.com/acme/repo")


def test_github_urls_are_detected():
    assert detect_site("https://github.com/torvalds") == "github"


def test_a_user_without_display_name_is_named_by_login_not_by_a_repository():
    html = (FIXTURES / "github_user_2024.html").read_text(encoding="utf-8")
    html = html.replace("\n                Mira Okafor\n", "")
    html = html.replace('<span class="repo" title="tinylisp">', '<span class="repo" itemprop="name" title="tinylisp">')
    html += '<li itemprop="url"><a href="https://github.com/miraokafor/tinylisp">repo link</a></li>'
    profile = parse_profile(html, "https://github.com/miraokafor")
    assert (profile.name, profile.handle) == ("miraokafor", "miraokafor")
    assert "https://github.com/miraokafor/tinylisp" not in profile.websites


def test_an_organisation_label_longer_than_any_field_is_no_company():
    # Found by the fuzz test: an icon's path data pasted into the label made a 'company' the model refuses.
    label = "M8.29202 0.000202252C6.27825 " * 30 + "@InfinyOn"
    html = ('<div class="h-card"><h1 class="vcard-names"><span class="p-name" itemprop="name">Lee</span>'
            '<span class="p-nickname" itemprop="additionalName">lee</span></h1><ul class="vcard-details">'
            f'<li itemprop="worksFor" aria-label="Organization:{label}"><span class="p-org">x</span></li></ul></div>')
    from companion.parsers import github
    from companion.parsers.page import make_soup

    assert github.parse(make_soup(html), "https://github.com/lee").experience == []
    assert parse_profile(html, "https://github.com/lee").experience == []
