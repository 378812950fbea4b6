"""Memory round 6, newcomer finding F20: a parser's refusal says what went wrong, on the real saved pages."""

from __future__ import annotations

import pytest
from shared_pages import real_page

from companion.errors import NotAProfile
from companion.parsers import parse_capture, parse_profile


@pytest.mark.parametrize(("url", "site"), [("https://x.com/abgar", "an X address"),
                                           ("https://github.com/abgar", "a GitHub address")])
def test_a_linkedin_page_given_another_sites_address_says_so(url, site):
    html = real_page("linkedin/guest_2024-04_abgar.html")
    with pytest.raises(NotAProfile, match=f"This is a LinkedIn page, but {url} is {site}") as refused:
        parse_profile(html, url)
    assert "link-preview" not in str(refused.value)


def test_an_x_page_given_a_linkedin_address_says_so():
    html = real_page("twitter/react-guest_2022-12_Kikobeats.html")
    with pytest.raises(NotAProfile, match="This is an X page, but .* is a LinkedIn address"):
        parse_profile(html, "https://www.linkedin.com/in/kikobeats")


def test_a_page_at_its_own_address_still_parses():
    assert parse_profile(real_page("linkedin/guest_2024-04_abgar.html"),
                         "https://www.linkedin.com/in/abgar-gulo").name


def test_linkedins_german_edit_view_title_is_not_read_as_a_name():
    page = parse_capture(real_page("linkedin/loggedin-edit-de_2016-08_julianamelung.html"),
                         "https://www.linkedin.com/in/julianamelung")
    assert page.profile.name == "Julian Amelung"
