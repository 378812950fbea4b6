"""What a page date must not do (review of the stop): a live capture showing a role that ended this month ends it
(no old page's "Present" is being undone), and a copyright year in the person's own text does not end a current role
on a page whose posts are of last month."""

from __future__ import annotations

import datetime as dt

from companion.memory.capture import with_what_the_page_does_not_show
from companion.models import Profile
from companion.parsers import dated


def _profile(end: str | None, page_date: str | None) -> Profile:
    return Profile.model_validate({"site": "linkedin", "name": "Ana Lima", "page_date": page_date,
                                   "experience": [{"company": "Acme", "title": "Engineer", "start": "2020-01",
                                                   "end": end}]})


def test_a_live_capture_that_ends_a_role_this_month_ends_it():
    today = dt.datetime.now(dt.UTC).date()
    stored = _profile(None, None).model_dump(mode="json")  # stored before page dates existed
    live = _profile(today.isoformat()[:7], today.isoformat())
    merged = with_what_the_page_does_not_show(stored, live)
    assert merged.experience[0].end == today.isoformat()[:7]


def test_an_old_pages_present_is_still_not_read_as_an_ending():
    stored = _profile(None, "2024-06-01").model_dump(mode="json")
    old_page = _profile("2015-10", "2015-10")  # its "Present", ended at its date by parsers.dated
    assert with_what_the_page_does_not_show(stored, old_page).experience[0].end is None


def test_a_copyright_year_in_their_text_does_not_end_a_role_on_a_recent_page():
    today = dt.date(2026, 12, 7)
    profile = _profile(None, "2026-11-20")
    html = "<html><body><p>About: all photos © 2015 Ana Lima</p><footer>© 2015</footer></body></html>"
    assert dated(profile, html, today).experience[0].end is None
