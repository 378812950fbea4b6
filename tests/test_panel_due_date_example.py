"""Newcomer 7, P2: the panel's bad-date message offered "use e.g. 2026-03-15" as a due date on 2026-12-07, a date
already gone by. The example is now computed from today: ahead of it for a due date, behind it for a contact."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest

from companion.errors import InvalidInput
from companion.memory.natural_dates import parse_due, parse_past_moment

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


def _example(message: str) -> date:
    return date.fromisoformat(re.search(r"e\.g\. (\d{4}-\d{2}-\d{2})", message)[1])


@pytest.mark.parametrize("typed", ["31/02/2027", "whenever", "1899-01-01", "2010-01-01"])
def test_a_due_date_not_understood_is_answered_with_an_example_to_come(typed):
    with pytest.raises(InvalidInput) as said:
        parse_due(typed, NOW)
    example = _example(str(said.value))
    assert example > NOW.date()
    assert parse_due(example.isoformat(), NOW) == example.isoformat(), "the example itself is understood"


def test_the_example_moves_with_today_and_a_contact_gets_one_gone_by():
    later = datetime(2031, 5, 2, 9, 0, tzinfo=UTC)
    with pytest.raises(InvalidInput) as said:
        parse_due("31/02/2032", later)
    assert _example(str(said.value)).year == 2031
    with pytest.raises(InvalidInput) as said:
        parse_past_moment("a while back-ish", NOW)
    example = _example(str(said.value))
    assert example < NOW.date()
    assert parse_past_moment(example.isoformat(), NOW) == example.isoformat()
