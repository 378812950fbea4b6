"""A page's date: an older saved page never overwrites newer facts, and an old page's "Present" ends when it was
saved (newcomer findings 6, 9 and 25)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from memory_helpers import NOW
from rich.console import Console
from shared_pages import real_page

from companion.cli.ground_commands import saved_page
from companion.cli.parse_commands import listed, profile_card
from companion.ground.common_ground import find_common_ground
from companion.memory.capture import OLDER_PAGE_NOTE, capture_page, store_capture
from companion.models import Experience, Profile
from companion.parsers import CapturedPage, dated, parse_profile
from companion.parsers.page import is_older, latest, page_saved_date

AUSTIN = "https://www.linkedin.com/in/austinoboyle/"
KIKO = "https://x.com/Kikobeats"


def _capture(store, saved: str, url: str):
    """A saved file imported as `companion import FILE --url URL` reads it."""
    return store_capture(store, saved_page(real_page(saved), Path(saved), url), None, NOW)


def _saved(saved: str, url: str) -> Profile:
    html = real_page(saved)
    return dated(parse_profile(html, url), html)


def test_a_page_carries_the_date_it_shows():
    assert _saved("linkedin/guest_2015-12_nelsonic.html", "https://www.linkedin.com/in/nelsonic/"
                  ).page_date == "2015"  # "&copy; 2015" in its footer
    assert _saved("linkedin/loggedin_2022-03_kireet_singlefile.html",
                  "https://www.linkedin.com/in/kireetagrawal/").page_date == "2022-03-30"  # SingleFile's marker
    # No footer: the newest date it shows (Google, from 2019-12) is the most the page says.
    assert _saved("linkedin/loggedin_2022-03_austin.html", AUSTIN).page_date == "2019-12"


def test_a_live_capture_is_dated_the_day_it_is_taken(store):
    after = capture_page(store, AUSTIN, real_page("linkedin/loggedin_2018-02_profile.html"), None, NOW)
    assert after.profile.page_date == "2026-11-20"
    assert [job.end for job in after.profile.experience[:2]] == [None, None]  # "Present" on a live page is now


def test_saved_dates_are_read_and_a_future_one_is_not_believed():
    today = dt.date(2026, 12, 7)
    assert page_saved_date("<!-- saved date: Wed Mar 30 2022 14:35:38 GMT-0400 --><p>x</p>", today) == "2022-03-30"
    assert page_saved_date("<footer>© 2011–2019 Site</footer><p>&copy; 2014</p>", today) == "2019"
    assert page_saved_date("<p>© 2031 a band from the future</p>", today) is None
    assert latest(["2015-02", "2015", None]) == "2015"  # 2015 may mean December
    assert is_older("2018", "2019-12") and not is_older("2019", "2019-12") and not is_older(None, "2019")


def test_an_older_page_keeps_the_newer_headline_place_and_current_job(store):
    newer = _capture(store, "linkedin/loggedin_2022-03_austin.html", AUSTIN)
    after = _capture(store, "linkedin/loggedin_2018-02_profile.html", AUSTIN)
    assert after.note == OLDER_PAGE_NOTE
    them = after.profile
    assert (them.headline, them.location, them.page_date) == (newer.profile.headline, newer.profile.location, "2019-12")
    assert [job.company for job in them.experience if job.end is None] == ["Google"]
    # What only the older page shows is kept: its older jobs, ended when it was saved.
    advanced = [job for job in them.experience if job.company == "Centre for Advanced Computing"]
    assert [(job.start, job.end) for job in advanced] == [("2017-05", "2018")]
    assert "Camp Counselor" in {job.title for job in them.experience}
    # The same degree worded two ways on pages four years apart is one school, not two.
    assert [school.school for school in them.education] == ["Queen's University", "Don Mills Collegiate Institute"]


def test_an_older_x_page_does_not_rename_kiko(store):
    _capture(store, "twitter/react-guest_2025-12_Kikobeats.html", KIKO)
    after = _capture(store, "twitter/react-guest_2022-12_Kikobeats.html", KIKO)
    assert after.profile.name == "Kiko Beats" and after.note == OLDER_PAGE_NOTE


def test_the_same_page_twice_and_a_newer_page_update_as_before(store):
    _capture(store, "linkedin/loggedin_2018-02_profile.html", AUSTIN)
    again = _capture(store, "linkedin/loggedin_2018-02_profile.html", AUSTIN)
    assert again.note is None
    newer = _capture(store, "linkedin/loggedin_2022-03_austin.html", AUSTIN)
    assert newer.note is None
    assert newer.profile.headline.startswith("Software Engineer at Google")
    assert "Palo Alto" in newer.profile.location


def test_an_older_pages_current_role_that_the_newer_one_lacks_ends_at_the_older_date(store):
    """Pages saved this year are not old, so their "Present" stays open: the merge ends it."""
    newer = Profile(site="linkedin", url=AUSTIN, name="Austin O'Boyle", headline="Now", page_date="2026-10",
                    experience=[Experience(company="Google", title="Engineer", start="2026-09")])
    older = Profile(site="linkedin", url=AUSTIN, name="Austin O'Boyle", headline="Then", location="Toronto",
                    page_date="2026-03", experience=[Experience(company="Centre", title="Developer", start="2025-01")])
    store_capture(store, CapturedPage(newer, True), None, NOW)
    after = store_capture(store, CapturedPage(older, True), None, NOW).profile
    assert (after.headline, after.location) == ("Now", "Toronto")  # an empty field is filled
    assert [(job.company, job.end) for job in after.experience] == [("Google", None), ("Centre", "2026-03")]


def test_present_on_a_page_saved_in_2015_ends_in_2015():
    iteles = _saved("linkedin/guest_2015-12_iteles.html", "https://www.linkedin.com/in/iteles/")
    nelson = _saved("linkedin/guest_2015-12_nelsonic.html", "https://www.linkedin.com/in/nelsonic/")
    founders = next(job for job in nelson.experience if job.company == "Founders & Coders")
    assert (founders.start, founders.end) == ("2014-10", "2015")
    ground = find_common_ground(iteles, nelson, None)
    whys = [item.why or "" for item in ground.commonalities if item.label == "Founders & Coders"]
    assert any("at the same time (2014–2015)" in why for why in whys), whys


def test_a_page_saved_this_year_keeps_present_open():
    html = "<footer>LinkedIn Corporation © 2026</footer>"
    profile = Profile(experience=[Experience(company="Google", start="2019-12")])
    assert dated(profile, html, dt.date(2026, 12, 7)).experience[0].end is None
    profile = Profile(experience=[Experience(company="Google", start="2019-12")])
    assert dated(profile, html, dt.date(2028, 1, 2)).experience[0].end == "2026"


def test_parse_lists_each_interest_once():
    austin = parse_profile(real_page("linkedin/loggedin_2022-03_austin.html"), AUSTIN)
    console = Console(width=400, record=True)
    console.print(profile_card(austin))
    line = next(row for row in console.export_text().splitlines() if "Interests" in row)
    shown = line.split("Interests", 1)[1].strip(" │").split("; ")
    assert shown.count("Queen's University") == 1 and "Alma Mater Society, Queen's University" in shown
    assert listed(["Python", "Rust"]) == "Python, Rust"
