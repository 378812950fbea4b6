"""Final mend 9 (guard): English "agenda" is a meeting's list of topics, so "the link to my agenda" is no booking link;
"my calendar" still is, and the Spanish, French and Portuguese "agenda" (a diary) still are."""

from __future__ import annotations

import pytest

from companion.guard.pitch_guard import check_draft


def _calendar_link(text: str) -> bool:
    return any(r.rule == "calendar-link" for r in check_draft(text, "stranger", stage_source="page").reasons)


def test_the_link_to_my_agenda_for_a_panel_is_no_booking_link():
    assert not _calendar_link("Hi Ana, here is the link to my agenda for Thursday's panel. See you there!")


@pytest.mark.parametrize("text", [
    "Hi Ana, here is the link to my calendar if you want to talk.",
    "Hola Ana, te dejo el link a mi agenda para hablar.",
    "Oi Ana, segue o link da minha agenda para conversarmos.",
])
def test_a_calendar_link_is_still_one(text):
    assert _calendar_link(text)
