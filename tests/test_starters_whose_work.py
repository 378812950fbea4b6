"""Conversation starters, round 28: a work is congratulated by its title only when the post says it is theirs ('my new
book', 'I wrote', 'mi primera novela', 'co-written with', a 'New paper out:' label), never a favourite, a client's, a
friend's, or a work they reviewed (review of round 27: 'congratulations on “Thinking, Fast and Slow”!')."""

from __future__ import annotations

import pytest
from starter_examples import job, person, texts

ME = person(name="Tom Hargreaves", headline="Backend engineer at Monzo", location="London, England, United Kingdom",
            languages=["English", "Spanish", "French", "German", "Portuguese"],
            experience=[job("Monzo", "Senior Backend Engineer", "2022-06")])


def _poster(post: str, date: str = "2026-11-27", **fields) -> object:
    return person(**{"name": "Laura Ortiz", "headline": "Writer", "location": "London, England, United Kingdom",
                     "languages": ["English"], "posts": [{"text": post, "date": date}], **fields})


@pytest.mark.parametrize("post", [
    "My favourite book “Thinking, Fast and Slow” is out now in paperback. Grab it!",
    "Our client's new album “Blue Hours” is out now!",
    "Mein Freund hat sein Buch „Die Stadt“ geschrieben – es ist erschienen!",
    "New paper: a study I reviewed for the journal (Nature).",
    "Mi libro favorito «La ciudad y los perros» ya está publicado en edición de bolsillo.",
    "New book out: 'Thinking, Fast and Slow' by Daniel Kahneman, now in paperback.",
])
def test_a_work_that_is_not_theirs_is_not_congratulated_by_its_title(post):
    made = texts(ME, _poster(post))
    assert not any("congratulations on “" in t or "enhorabuena por «" in t for t in made), made


@pytest.mark.parametrize(("post", "title"), [
    ("My debut novel “The Orange Grove” is out now! Three years of early mornings.", "The Orange Grove"),
    ("Our new album “Blue Hours” is out now on every platform.", "Blue Hours"),
    ("It's out! “Trust and rumour in Lagos”, co-authored with my friend Ada Obi, is now available.",
     "Trust and rumour in Lagos"),
])
def test_their_own_work_is_still_congratulated_by_its_title(post, title):
    made = texts(ME, _poster(post))
    assert f"Hi Laura, congratulations on “{title}”! What was the hardest part to get right?" in made, made


def test_a_book_of_theirs_in_german_is_congratulated_by_its_title():
    made = texts(ME, _poster("Mein erstes Buch „Die Stadt am Fluss“ ist erschienen! Drei Jahre Arbeit.",
                             location="Berlin, Deutschland", languages=["Deutsch", "Englisch"]))
    assert any("„Die Stadt am Fluss“" in t for t in made), made
