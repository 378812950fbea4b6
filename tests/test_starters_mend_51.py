"""Mend 51: three refusals of review set 45, fixed as classes on made-up profiles. In German an institution whose name
takes an article is said with it ('an der Charité', 'an der Technischen Universität', 'bei der Commerzbank'), and a
placement or a stint that ended weeks ago is no 'where I used to work'; a talk's subject is said whole or not at all
('on designing for trust in payments', never 'on designing'); who has retired is asked nothing of their team or work."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from companion.ground.common_ground import find_common_ground
from companion.ground.person_reading import has_retired, in_a_life_event
from companion.ground.starter_templates import with_articles
from companion.ground.starters import _talk_said, suggest_starters
from companion.models import Profile

NOW = datetime(2026, 12, 6, tzinfo=UTC)


def _starters(me: Profile, them: Profile) -> list[str]:
    return [s.text for s in suggest_starters(me, them, find_common_ground(me, them, None), now=NOW)]


def _person(name: str, headline: str, location: str, jobs: list[dict], languages=("Deutsch",), **extra) -> Profile:
    return Profile(name=name, headline=headline, location=location, experience=jobs, languages=list(languages), **extra)


# 1a. German: an institution's name that takes an article.
@pytest.mark.parametrize(("written", "said"), [
    ("wie ich sehe, sind Sie bei Charité, wo", "wie ich sehe, sind Sie an der Charité, wo"),
    ("dass wir beide bei Universität Wien gearbeitet haben", "dass wir beide an der Universität Wien gearbeitet haben"),
    ("sind Sie bei TU Dresden, wo", "sind Sie an der TU Dresden, wo"),
    ("sind Sie bei Technische Universität München, wo", "sind Sie an der Technischen Universität München, wo"),
    ("von Commerzbank zu Universitätsklinikum Hamburg-Eppendorf", "von der Commerzbank zum Universitätsklinikum Hamburg-Eppendorf"),
    ("sind Sie bei Fraunhofer-Institut für Solare Energiesysteme", "sind Sie am Fraunhofer-Institut für Solare Energiesysteme"),
    ("zur neuen Stelle bei Uniklinik Köln", "zur neuen Stelle an der Uniklinik Köln"),
    # A name without an article keeps none; an adjective's name keeps its own rule.
    ("sind Sie bei Siemens, wo", "sind Sie bei Siemens, wo"),
    ("sind Sie bei Deutsche Bahn, wo", "sind Sie bei der Deutschen Bahn, wo"),
])
def test_a_german_institution_takes_its_article(written, said):
    assert with_articles(written, "de") == said


def _doctor(name: str, company: str, since: str) -> Profile:
    return _person(name, f"Oberärztin | {company.split(' –')[0]}", "Berlin",
                   [{"company": company, "title": "Oberärztin", "start": since, "end": None}])


@pytest.mark.parametrize(("company", "said"), [
    ("Charité – Universitätsmedizin Berlin", "an der Charité"),
    ("Technische Universität München", "an der Technischen Universität München"),
])
def test_a_german_line_says_the_institution_with_its_article(company, said):
    me = _person("Jonas Weber", "Arzt", "Berlin", [
        {"company": "Vivantes", "title": "Assistenzarzt", "start": "2023-01", "end": None},
        {"company": company, "title": "Wissenschaftlicher Mitarbeiter", "start": "2017-01", "end": "2022-12"}])
    starters = _starters(me, _doctor("Anna Vogel", company, "2023-06"))
    assert len(starters) == 1 and f"sind Sie {said}, wo ich früher gearbeitet habe" in starters[0]


# 1b. A placement there, or a stint that ended weeks ago, is no 'where I used to work … what is it like today?'.
@pytest.mark.parametrize("job", [
    {"company": "Charité – Universitätsmedizin Berlin", "title": "Famulantin, Kardiologie", "start": "2026-09", "end": "2026-10"},
    {"company": "Charité – Universitätsmedizin Berlin", "title": "Praktikantin", "start": "2025-03", "end": "2025-08"},
    {"company": "Charité – Universitätsmedizin Berlin", "title": "Ärztin", "start": "2026-05", "end": "2026-08"},
])
def test_no_used_to_work_there_of_a_placement_or_a_stint_just_ended(job):
    me = _person("Marta Nowak", "Medizinstudentin", "Berlin", [job], languages=("Deutsch", "Polnisch"))
    them = _doctor("Anna Vogel", "Charité – Universitätsmedizin Berlin", "2023-06")
    if job["start"] >= "2025":  # them there only since the placement ended: no overlap
        them = _doctor("Anna Vogel", "Charité – Universitätsmedizin Berlin", "2026-09")
    assert not any("früher" in s or "heute" in s for s in _starters(me, them))


@pytest.mark.parametrize(("title", "start", "end"), [("Product Intern", "2025-06", "2025-09"), ("PM", "2026-05", "2026-08")])
def test_no_used_to_work_there_in_english_either(title, start, end):
    me = _person("Tom Baker", "PM", "London", [{"company": "Revolut", "title": "PM", "start": "2026-10", "end": None},
                                                {"company": "Monzo", "title": title, "start": start, "end": end}],
                 languages=("English",))
    them = _person("Ella Stone", "Product Manager at Monzo", "London",
                   [{"company": "Monzo", "title": "Product Manager", "start": "2026-09", "end": None}], languages=("English",))
    assert not any("used to work" in s for s in _starters(me, them))


def test_an_internship_of_years_ago_still_says_where_i_used_to_work():
    me = _person("Tom Baker", "Data Engineer", "London", [
        {"company": "Met Office", "title": "Data Engineer", "start": "2021-09", "end": None},
        {"company": "Monzo", "title": "Data Intern (summer)", "start": "2019-06", "end": "2019-09"}], languages=("English",))
    them = _person("Ella Stone", "Product Manager at Monzo", "London",
                   [{"company": "Monzo", "title": "Product Manager", "start": "2024-11", "end": None}], languages=("English",))
    assert _starters(me, them) == ["Hi Ella, I see you're at Monzo, where I used to work. What's it like there these days?"]


def test_who_left_years_ago_still_says_where_i_used_to_work():
    me = _person("Tom Baker", "PM", "London", [{"company": "Revolut", "title": "PM", "start": "2023-10", "end": None},
                                                {"company": "Monzo", "title": "PM", "start": "2019-01", "end": "2023-09"}],
                 languages=("English",))
    them = _person("Ella Stone", "Product Manager at Monzo", "London",
                   [{"company": "Monzo", "title": "Product Manager", "start": "2024-11", "end": None}], languages=("English",))
    assert _starters(me, them) == ["Hi Ella, I see you're at Monzo, where I used to work. What's it like there these days?"]


# 2. A talk's subject whole, or none.
@pytest.mark.parametrize(("post", "said"), [
    ("Spoke at Dutch Design Week about designing for trust in payments. Slides below.",
     "you spoke at Dutch Design Week on designing for trust in payments"),
    ("Spoke at KubeCon about running Postgres on Kubernetes at scale last week.",
     "you spoke at KubeCon on running Postgres on Kubernetes at scale"),
    ("Talk at QCon about designing APIs for humans.", "you spoke at QCon on designing APIs for humans"),
    ("Spoke at JSConf about accessibility in Berlin.", "you spoke at JSConf on accessibility"),
    # A lone gerund, or a subject past its length: the event alone.
    ("Gave a talk at PyCon on scaling.", "you spoke at PyCon"),
    ("Spoke at Devoxx on testing for May release.", "you spoke at Devoxx"),
    ("Gave a talk at Droid Days on migrating a 9-year-old banking app to Compose without a big-bang rewrite.",
     "you spoke at Droid Days on migrating a 9-year-old banking app to Compose without a big-bang rewrite"),
    ("Talk at DevDays on testing in production with feature flags, canaries and dark launches for large platform teams "
     "in regulated industries today.", "you spoke at DevDays"),
])
def test_a_talks_subject_is_said_whole_or_not_at_all(post, said):
    assert _talk_said(post, "en") == said


# 3. Who has retired: no 'which team', no 'what are you working on'.
def _retiree(headline: str, posts=()) -> Profile:
    return _person("Klaus Brandt", headline, "Stuttgart, Germany",
                   [{"company": "Bosch", "title": "Engineer", "start": "1990-01", "end": "2024-06"}],
                   languages=("English",), posts=list(posts))


ENGINEER = _person("Lena Roth", "Engineer at Zeiss", "Jena, Germany", [
    {"company": "Zeiss", "title": "Engineer", "start": "2019-01", "end": None},
    {"company": "Bosch", "title": "Engineer", "start": "2010-01", "end": "2018-12"}], languages=("English",))


@pytest.mark.parametrize("headline", ["Retired | 34 years at Bosch", "Im Ruhestand", "Retired after 34 years at Bosch"])
def test_a_retiree_is_asked_what_they_remember_not_which_team(headline):
    assert _starters(ENGINEER, _retiree(headline)) == [
        "Hi Klaus, it looks like we were at Bosch at the same time. What do you remember best from those years?"]


def test_who_works_is_still_asked_which_team():
    assert _starters(ENGINEER, _retiree("Engineer")) == [
        "Hi Klaus, it looks like we were at Bosch at the same time. Which team were you on?"]


@pytest.mark.parametrize("post", [
    "First Monday of retirement: I repaired the garden fence and felt strangely productive.",
    "Seit letzter Woche offiziell im Ruhestand. Danke an alle!",
    "Me jubilé después de 35 años en Bosch.",
])
def test_retiring_told_lately_is_news_a_stranger_does_not_open_over(post):
    them = _retiree("Engineer", [{"text": post, "date": "2026-11-20"}])
    assert has_retired(them, NOW) and in_a_life_event(them, NOW)
    assert _starters(ENGINEER, them) == []


@pytest.mark.parametrize("post", ["Tired of retirement planning apps that ignore fees.",
                                  "We just retired our last paper licence-renewal form. 14 fields down to 3.",
                                  "Finally retired the legacy billing API."])
def test_retirement_words_that_tell_no_retiring(post):
    them = _retiree("Engineer", [{"text": post, "date": "2026-11-20"}])
    assert not in_a_life_event(them, NOW) and not has_retired(them, NOW)
