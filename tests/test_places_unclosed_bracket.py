"""A location with a bracket left open ('London (Brand', a page's cut-off text) is read, never resolved over and
over until Python's recursion limit (found by the starters' place check on a review set)."""

from __future__ import annotations

import pytest

from companion.ground.normalise.places import resolve_place


@pytest.mark.parametrize("text", ["London (Brand", "(", "Paris (", "((((", "Berlin ((Mitte)", "Tokyo (Minato-ku"])
def test_an_unclosed_bracket_never_recurses(text):
    resolve_place(text)  # no RecursionError


def test_brackets_that_close_are_still_read():
    assert resolve_place("Krung Thep (Bangkok)") is not None
    assert resolve_place("Cambridge (MA)").country == "US"
