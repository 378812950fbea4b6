"""A logged interaction cannot be dated before 1970: a mistyped year turned an acquaintance into a friend."""
from datetime import UTC, datetime

import pytest

from companion.errors import InvalidInput
from companion.memory.natural_dates import parse_past_moment

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize("typed", ["1899-01-01", "1969-12-31", "1066-10-14T09:00:00+00:00", "60000 days ago"])
def test_a_date_before_1970_is_refused_in_one_sentence(typed):
    with pytest.raises(InvalidInput, match="before 1970|not a date I understand"):
        parse_past_moment(typed, NOW)


@pytest.mark.parametrize("typed,expected", [("1980-01-01", "1980-01-01"), ("2001-09-10", "2001-09-10")])
def test_old_but_possible_dates_are_kept(typed, expected):
    assert parse_past_moment(typed, NOW) == expected
