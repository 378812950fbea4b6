"""Mend 52: people the profiles show you already know, and your own place (review sets 46-47). Both at one school now
is said so, never 'we both went to X, and you're there now'; years side by side as teachers at one school are
colleagues; your own thanks for their talk, in any language read, means you were there; someone joining your own
employer is welcomed, not congratulated as by a stranger; no offer to introduce 'someone' when you are the study buddy
or co-founder asked for; no 'which team were you on?' to a manager whose title names the team."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from companion.ground.common_ground import find_common_ground
from companion.ground.starters import known_from_the_profiles, suggest_starters
from companion.models import Profile

NOW = datetime(2026, 12, 6, tzinfo=UTC)


def _starters(me: Profile, them: Profile) -> list[str]:
    return [s.text for s in suggest_starters(me, them, find_common_ground(me, them, None), now=NOW)]


def _known(me: Profile, them: Profile) -> str | None:
    return known_from_the_profiles(me, them, find_common_ground(me, them, None), NOW)


def _person(name: str, headline: str, location: str, experience: list[dict], education=(), posts=(), **extra) -> Profile:
    return Profile(name=name, headline=headline, location=location, experience=experience, education=list(education),
                   posts=[{"text": t, "date": d} for t, d in posts], languages=["English"], **extra)


# 1. Both at one school now (students, or a student and staff): 'we're both at X at the moment', never 'we both went to
# X, and you're there now', which says the sender left.
@pytest.mark.parametrize(("me", "them", "school"), [
    (_person("Ingrid Holm", "MSc Materials student at the University of Leeds", "Leeds, England, United Kingdom",
             [{"company": "Tesco", "title": "Customer Assistant", "start": "2023-09", "end": None}],
             [{"school": "University of Leeds", "degree": "MSc", "field": "Materials Science", "start": "2025", "end": "2027"}]),
     _person("Tomás Ruiz", "PhD researcher in Ecology at the University of Leeds", "Leeds, England, United Kingdom",
             [{"company": "University of Leeds", "title": "PhD Candidate", "start": "2024-10", "end": None}],
             [{"school": "University of Leeds", "degree": "PhD", "field": "Ecology", "start": "2024", "end": "2028"}]),
     "University of Leeds"),
    (_person("Maren Falk", "Part-time History student | Bookseller", "Bristol, England, United Kingdom",
             [{"company": "Waterstones", "title": "Bookseller", "start": "2019-03", "end": None}],
             [{"school": "The Open University", "degree": "BA (Hons)", "field": "History", "start": "2025", "end": "2029"}]),
     _person("Kwame Asante", "Engineering student | Warehouse team lead", "Leicester, England, United Kingdom",
             [{"company": "DHL", "title": "Warehouse Team Lead", "start": "2018-01", "end": None}],
             [{"school": "The Open University", "degree": "BEng (Hons)", "field": "Engineering", "start": "2022", "end": "2027"}]),
     "The Open University"),
])
def test_both_at_one_school_now_is_said_so(me: Profile, them: Profile, school: str) -> None:
    made = _starters(me, them)
    assert not any("we both went to" in t for t in made), made
    assert any(f"we're both at {school}" in t or f"we're both at the {school}" in t for t in made), made


def test_a_student_to_a_student_there_when_the_sender_left_keeps_its_line() -> None:
    """Who studied there before (ended) is no 'both at X now'."""
    me = _person("Ingrid Holm", "Materials engineer at Rolls-Royce", "Derby, England, United Kingdom",
                 [{"company": "Rolls-Royce", "title": "Materials Engineer", "start": "2021-09", "end": None}],
                 [{"school": "University of Leeds", "degree": "MEng", "field": "Materials Science", "start": "2016", "end": "2021"}])
    them = _person("Tomás Ruiz", "PhD researcher in Ecology at the University of Leeds", "Leeds, England, United Kingdom",
                   [{"company": "University of Leeds", "title": "PhD Candidate", "start": "2024-10", "end": None}],
                   [{"school": "University of Leeds", "degree": "PhD", "field": "Ecology", "start": "2024", "end": "2028"}])
    assert not any("we're both at" in t for t in _starters(me, them))


# 2. Years side by side as teachers at one school are colleagues who know each other; at a university they are not.
def _teacher(name: str, place: str, title: str, start: str, end: str | None, now_job: dict | None = None) -> Profile:
    jobs = ([now_job] if now_job else []) + [{"company": place, "title": title, "start": start, "end": end}]
    return _person(name, f"{title} @ {place}", "Pune, Maharashtra, India", jobs)


@pytest.mark.parametrize(("place", "title"), [
    ("St. Xavier's High School, Pune", "Mathematics Teacher"),
    ("Escuela Primaria Benito Juárez", "Maestra de primaria"),
])
def test_teachers_of_years_at_one_school_are_known(place: str, title: str) -> None:
    me = _teacher("Anjali Rao", place, title, "2015-06", "2021-05",
                  {"company": "Orchid International School", "title": "Academic Coordinator", "start": "2021-06", "end": None})
    them = _teacher("Neha Kulkarni", place, title, "2013-06", None)
    assert _known(me, them) and "worked together" in _known(me, them)
    assert not any("used to work" in t or "I noticed" in t for t in _starters(me, them))


def test_at_a_university_or_in_other_roles_they_stay_strangers() -> None:
    me = _teacher("Anjali Rao", "University of Pune", "Assistant Professor", "2015-06", "2021-05",
                  {"company": "Orchid International School", "title": "Academic Coordinator", "start": "2021-06", "end": None})
    them = _teacher("Neha Kulkarni", "University of Pune", "Assistant Professor", "2013-06", None)
    assert _known(me, them) is None
    # A school's accountant beside a teacher: not one kind of job.
    me = _teacher("Anjali Rao", "St. Xavier's High School, Pune", "Accountant", "2015-06", "2021-05",
                  {"company": "Orchid International School", "title": "Academic Coordinator", "start": "2021-06", "end": None})
    them = _teacher("Neha Kulkarni", "St. Xavier's High School, Pune", "Mathematics Teacher", "2013-06", None)
    assert _known(me, them) is None


# 3. The sender's own post thanking them for their talk, in a language other than English: known, and no 'what did the
# audience ask you about most?' of an audience the sender was in.
@pytest.mark.parametrize(("thanks", "language"), [
    ("Terima kasih Encik Farid Hakimi atas perkongsian di Kuala Lumpur Fintech Week semalam.", "Bahasa Melayu"),
    ("Dziękuję Farid Hakimi za świetne wystąpienie na Kuala Lumpur Fintech Week wczoraj.", "Polish"),
])
def test_your_thanks_for_their_talk_in_another_language(thanks: str, language: str) -> None:
    me = Profile(name="Aisyah Rahman", headline="Junior Analyst at Maybank", location="Kuala Lumpur, Malaysia",
                 experience=[{"company": "Maybank", "title": "Junior Analyst", "start": "2024-01", "end": None}],
                 languages=[language, "English"], posts=[{"text": thanks, "date": "2026-11-30"}])
    them = Profile(name="Farid Hakimi", headline="Head of Payments at Touch 'n Go", location="Kuala Lumpur, Malaysia",
                   experience=[{"company": "Touch 'n Go", "title": "Head of Payments", "start": "2020-01", "end": None}],
                   languages=["English"],
                   posts=[{"text": "Spoke at Kuala Lumpur Fintech Week yesterday about instant payments for small shops.",
                           "date": "2026-11-29"}])
    assert _known(me, them)
    assert not any("audience" in t for t in _starters(me, them))


# 4. Someone joining the sender's own employer: welcomed, or nothing; never a stranger's 'congratulations on the new role'.
@pytest.mark.parametrize(("employer", "post"), [
    ("Ledgerwise", "Some news: in January I'll be joining Ledgerwise as a Staff Engineer. Wrapping up here first."),
    ("Brightpath Health", "After six great years, I'm joining Brightpath Health next month as Head of Data."),
])
def test_joining_your_own_employer_is_welcomed(employer: str, post: str) -> None:
    me = _person("Daniela Ortiz", f"Engineering Manager @ {employer}", "London, England, United Kingdom",
                 [{"company": employer, "title": "Engineering Manager", "start": "2023-02", "end": None}])
    them = _person("Sam Okoro", f"Senior Engineer @ Paywell | Incoming @ {employer}", "Lagos, Nigeria",
                   [{"company": employer, "title": "Staff Engineer", "start": "2027-01", "end": None},
                    {"company": "Paywell", "title": "Senior Engineer", "start": "2020-04", "end": "2026-12"}],
                   posts=[(post, "2026-11-25")])
    made = _starters(me, them)
    assert not any("congratulations" in t.casefold() for t in made), made
    assert all("welcome" in t for t in made), made


# 5. No offer to introduce 'someone' when the sender is the study buddy or the co-founder asked for.
def test_no_introduction_offer_when_you_are_the_study_buddy_asked_for() -> None:
    me = _person("Maren Falk", "Bookseller | Studying Computing with the Open University", "Bristol, England, United Kingdom",
                 [{"company": "Waterstones", "title": "Bookseller", "start": "2019-03", "end": None}],
                 [{"school": "The Open University", "degree": "BSc (Hons)", "field": "Computing and IT", "start": "2024", "end": "2028"}],
                 skills=["Python"])
    them = _person("Kwame Asante", "Warehouse team lead | OU Computing student", "Leicester, England, United Kingdom",
                   [{"company": "DHL", "title": "Warehouse Team Lead", "start": "2018-01", "end": None}],
                   [{"school": "The Open University", "degree": "BSc (Hons)", "field": "Computing and IT", "start": "2023", "end": "2028"}],
                   posts=[("Looking for OU study buddies for the Python module in February, anyone?", "2026-12-01")],
                   skills=["Python"])
    assert not any("introduce you" in t for t in _starters(me, them))


def test_no_introduction_offer_when_you_are_the_cofounder_asked_for() -> None:
    me = _person("Lina Haddad", "Backend engineer | Go, Kubernetes", "Berlin, Germany",
                 [{"company": "N26", "title": "Senior Backend Engineer", "start": "2021-01", "end": None}],
                 skills=["Go", "Kubernetes", "Backend Development"])
    them = _person("Jonas Weber", "Founder, Soilwise | ex-agronomist", "Berlin, Germany",
                   [{"company": "Soilwise", "title": "Founder", "start": "2026-06", "end": None}],
                   posts=[("Looking for a technical co-founder for Soilwise: someone strong in backend development "
                           "and Kubernetes. DM me!", "2026-12-01")])
    assert not any("introduce you" in t for t in _starters(me, them))


# 6. No 'which team were you on?' to whom their title there names the team they managed.
@pytest.mark.parametrize(("title", "lang_me"), [
    ("Network Planning Manager", "Spanish"),
    ("Revenue Management Lead", "English"),
])
def test_no_which_team_when_their_title_names_it(title: str, lang_me: str) -> None:
    me = Profile(name="Valentina Castro", headline="Pricing Lead at Andes Regional Air", location="Santiago, Chile",
                 experience=[{"company": "Andes Regional Air", "title": "Pricing Lead", "start": "2016-01", "end": None}],
                 languages=[lang_me])
    them = Profile(name="Rodrigo Soto", headline="Director at Condor Sur", location="Santiago, Chile",
                   experience=[{"company": "Condor Sur", "title": "Director", "start": "2022-01", "end": None},
                               {"company": "Andes Regional Air", "title": title, "start": "2017-01", "end": "2021-12"}],
                   languages=[lang_me])
    made = _starters(me, them)
    assert not any("team" in t or "equipo" in t for t in made), made
    assert any("Andes Regional Air" in t for t in made), made


@pytest.mark.parametrize(("language", "location", "welcome"), [
    ("Spanish", "Madrid, Spain", "¡Te damos la bienvenida!"),
    ("Italian", "Milano, Italy", "Ti diamo il benvenuto!"),
])
def test_the_welcome_in_other_languages(language: str, location: str, welcome: str) -> None:
    me = Profile(name="Lucía Gómez", headline="Engineering Manager @ Ledgerwise", location=location,
                 experience=[{"company": "Ledgerwise", "title": "Engineering Manager", "start": "2023-02", "end": None}],
                 languages=[language])
    them = Profile(name="Marco Bianchi", headline="Backend Engineer @ Paywell", location=location,
                   experience=[{"company": "Ledgerwise", "title": "Staff Engineer", "start": "2027-01", "end": None},
                               {"company": "Paywell", "title": "Backend Engineer", "start": "2020-04", "end": "2026-12"}],
                   languages=[language])
    made = _starters(me, them)
    assert any(welcome in t and "Ledgerwise" in t for t in made), made


def test_a_rank_of_a_craft_is_still_asked_which_team() -> None:
    """'Lead Product Designer' leads no named function: which product team is still a fair question."""
    me = Profile(name="Valentina Castro", headline="UX Designer at Andes Regional Air", location="Santiago, Chile",
                 experience=[{"company": "Andes Regional Air", "title": "UX Designer", "start": "2016-01", "end": None}],
                 languages=["English"])
    them = Profile(name="Rodrigo Soto", headline="Designer at Condor Sur", location="Santiago, Chile",
                   experience=[{"company": "Condor Sur", "title": "Product Designer", "start": "2022-01", "end": None},
                               {"company": "Andes Regional Air", "title": "Lead Product Designer", "start": "2017-01",
                                "end": "2021-12"}],
                   languages=["English"])
    assert any("Which team were you on?" in t for t in _starters(me, them))
