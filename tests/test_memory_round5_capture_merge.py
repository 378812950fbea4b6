"""A capture that shows less never loses what was stored (newcomer finding F4).

LinkedIn's logged-in layout lists the first 5 jobs and 2 schools behind "Show all 12 experiences"; a guest
page shows one job. Capturing either after a fuller page used to replace the stored lists with the shorter
ones: common ground gone without a word.
"""

from __future__ import annotations

from memory_helpers import NOW
from shared_pages import real_page

from companion.memory.capture import capture_page, store_capture, with_what_the_page_does_not_show
from companion.models import Experience, Profile
from companion.parsers import CapturedPage

ABGAR = "https://www.linkedin.com/in/abgargulo/"
SRI = "https://www.linkedin.com/in/sri-lalitha-jeevanige-35520a61/"


def _capture(store, saved: str, url: str):
    return capture_page(store, url, real_page(saved), None, NOW)


def test_the_short_logged_in_layout_keeps_the_jobs_and_schools_behind_show_all(store):
    full = _capture(store, "linkedin/guest_2024-04_abgar.html", ABGAR).profile
    after = _capture(store, "linkedin/loggedin_2024-07_abgar.html", ABGAR).profile
    assert len(full.experience) == 12 and len(full.education) == 5
    assert [(e.company, e.title) for e in after.experience] == [(e.company, e.title) for e in full.experience]
    schools = [s.school for s in after.education]
    assert "University of Oxford" in schools and "Hawaii Pacific University" in schools
    assert [(s.school, s.degree) for s in after.education] == [(s.school, s.degree) for s in full.education]
    # What only the newer page shows is taken: its headline and skills.
    assert after.headline == "Board member of Mobvilla AB"
    assert "Negotiation" in after.skills


def test_a_guest_page_with_one_job_keeps_the_four_schools_and_skills_seen_before(store):
    full = _capture(store, "linkedin/loggedin_2024-07_srilalitha.html", SRI).profile
    after = _capture(store, "linkedin/guest_2024-04_srilalitha.html", SRI).profile
    assert (len(full.experience), len(full.education)) == (4, 2)
    assert after.experience == full.experience
    assert after.education == full.education
    assert after.skills == full.skills == ["Agile Methodologies", "Agile"]


def test_newer_values_win_for_the_same_entry_and_single_fields(store):
    old = Profile(site="linkedin", url=ABGAR, name="Abgar Gulo", headline="Old", location="Stockholm",
                  experience=[Experience(company="Mobvilla", title="CEO", start="2014", end=None),
                              Experience(company="Sell2All", title="Intern", start="2002", end="2002")],
                  skills=["Sales"])
    store_capture(store, CapturedPage(old, True), None, NOW)
    new = Profile(site="linkedin", url=ABGAR, name="Abgar Gulo", headline="New",
                  experience=[Experience(company="Mobvilla", title="CEO", start="2014-03", end="2017-12")],
                  skills=["sales", "Negotiation"])
    after = store_capture(store, CapturedPage(new, True), None, NOW).profile
    assert after.headline == "New" and after.location == "Stockholm"
    assert [(e.company, e.start, e.end) for e in after.experience] == [
        ("Mobvilla", "2014-03", "2017-12"), ("Sell2All", "2002", "2002")]
    assert after.skills == ["sales", "Negotiation"]


def test_a_promotion_at_the_same_company_is_another_job_and_a_first_capture_is_unchanged():
    old = {"experience": [{"company": "Acme", "title": "Engineer", "start": "2018"}]}
    new = Profile(experience=[Experience(company="Acme", title="Lead", start="2021")])
    assert [e.title for e in with_what_the_page_does_not_show(old, new).experience] == ["Lead", "Engineer"]
    assert with_what_the_page_does_not_show(None, new) == new
