"""The read of the eighth stop's change: an old 'I started my own consultancy' makes no venture of a known company's
job; a company named '… Group' is no lab two people shared; a German title's 'in' is not counted twice for English."""

from __future__ import annotations

from datetime import UTC, datetime

from companion.ground import starters
from companion.ground.person_reading import _line_language
from companion.models import Profile

NOW = datetime(2026, 12, 7, tzinfo=UTC)


def _p(**extra) -> Profile:
    return Profile(site="linkedin", url="https://www.linkedin.com/in/x", name="Bob Stone", **extra)


def test_an_old_own_venture_sentence_makes_no_venture_of_a_known_company():
    them = _p(about="In 2015 I started my own consultancy, and loved it.",
              experience=[{"company": "Google", "title": "Engineer", "start": "2027-01"}])
    assert not starters._founds(them, them.experience[0])
    own = _p(about="Launching my own small practice in January.",
             experience=[{"company": "Maguire Timber Engineering", "title": "Principal", "start": "2027-01"}])
    assert starters._founds(own, own.experience[0])


def test_a_company_named_group_is_no_lab_two_people_shared():
    me = _p(experience=[{"company": "Boston Consulting Group", "title": "Consultant", "start": "2018-01",
                         "end": "2022-01"}])
    them = _p(experience=[{"company": "Boston Consulting Group", "title": "Principal", "start": "2015-01"}])
    assert not starters._one_unit_together(me, them, NOW)
    lab_me = _p(experience=[{"company": "University of Bristol", "title": "PhD student (Hartley Lab)",
                             "start": "2018-01", "end": "2022-01"}])
    lab_them = _p(experience=[{"company": "University of Bristol", "title": "Postdoc (Hartley Lab)", "start": "2017-01"}])
    assert starters._one_unit_together(lab_me, lab_them, NOW)


def test_a_german_title_with_in_stays_german():
    # 'in' was counted twice for English (a common word and a title word), so this line read as neither.
    assert _line_language("Leiterin Vertrieb bei der Bank in Wien", "de") == "de"
    assert _line_language("Senior Software Engineer", "de") == "en"


def test_a_public_bodys_region_is_read_by_its_ending():
    """Read with string operations: a comma, thousands of spaces and a stray bracket took minutes through a pattern
    (a reader's finding; no timing here, the hostile name must simply give no region)."""
    from companion.ground.common_ground import _ending_region, _region_served

    assert _ending_region("Department of Education (Northern Ireland)") == "Northern Ireland"
    assert _ending_region("Department of Transportation, California ") == "California"
    assert _ending_region("Dept (a) b)") is None and _ending_region("Ministry of Health, ") is None
    hostile = "Ministry of Health, " + " " * 20_000 + "("
    assert _region_served(hostile) is None
