"""The sentences a capture of one profile under another's address is refused with, built from their parts (issue 18):
the whole sentence and the clause the CLI puts after "is not the profile at --url URL:" (its reason)."""

from __future__ import annotations

import pytest
from shared_pages import real_page

from companion.errors import ProfileMismatch
from companion.parsers import parse_capture

SWITCHING = "so nothing was saved: it was captured while the site was still switching profiles. Open the profile " \
            "again and let it load."


def _linkedin(title: str, name: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><main class='scaffold-layout__main'><section>"
            f"<h1 class='text-heading-xlarge'>{name}</h1><div class='text-body-medium'>Engineer</div>"
            "</section></main></body></html>")


def test_a_title_and_top_card_that_disagree_are_said_in_a_sentence_and_a_clause():
    with pytest.raises(ProfileMismatch) as refused:
        parse_capture(_linkedin("(2) Jane Doe | LinkedIn", "John Roe"), "https://www.linkedin.com/in/john-roe/")
    assert refused.value.message == f"This page's title names “Jane Doe” but its profile shows “John Roe”, {SWITCHING}"
    assert refused.value.reason == "its title names “Jane Doe” but its profile shows “John Roe”"
    assert not refused.value.names_another


def test_another_profiles_page_is_said_in_a_sentence_and_a_clause():
    page = real_page("twitter/react-loggedin_2025-04_perceptnet.html")
    with pytest.raises(ProfileMismatch) as refused:
        parse_capture(page, "https://x.com/johnroe")
    assert refused.value.message == ("This page shows @perceptnet's profile, not @johnroe's at the address it was "
                                     f"captured at, {SWITCHING}")
    assert refused.value.reason == "this page shows @perceptnet's profile, not @johnroe's"
