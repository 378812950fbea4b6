"""Tidy 52: 'known from the profiles' is read once a suggestion; the learner's-title pattern is built from the
traineeship and apprenticeship word lists (what each pattern matches is pinned here)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from companion.ground import starters
from companion.ground.common_ground import find_common_ground
from companion.models import Profile

NOW = datetime(2026, 12, 8, tzinfo=UTC)

# Titles each pattern matched before the word lists were shared, and must still match.
TRAINING_TITLES = ["Student", "Trainee", "Intern", "Internship", "Apprentice", "Apprenticeship",
                   "Foundation Year 1 Doctor", "FY1", "F2 Doctor", "Graduate Trainee", "Graduate Scheme", "Resident",
                   "Residency", "Newly Qualified Teacher", "NQT", "Pupil Barrister", "Articled Clerk", "House Officer",
                   "Junior Doctor", "Placement Student", "Clinical Placement", "Estudiante", "Becario", "Prácticas",
                   "Stagiaire", "Étudiante", "Praktikantin", "Auszubildender", "Werkstudentin", "Estagiária"]
TRAINEESHIPS = ["Summer Associate", "Summer Analyst", "Intern", "Interns", "Internship", "Trainee Solicitor",
                "Traineeship", "Trainees", "Clerkship", "Externship", "Clinical Placement", "Werkstudent", "Becaria",
                "Prácticas", "Estágio", "Estagiário", "Tirocinante", "Stagista", "Stażysta", "Praktykant", "인턴",
                "Famulatur", "Praktikum", "Stagiaire", "Praktikantin", "Graduate Trainee"]
APPRENTICESHIPS = ["Apprentice Electrician", "Apprentices", "Apprenticeship", "Apprentie ébéniste", "Azubi",
                   "Lehrling", "Ausbildung", "Aprendiz", "Apprendista", "Leerling", "Harjoittelija", "Auszubildende"]
# Near misses none of them may match.
NO_LEARNER = ["Software Engineer", "Residential Care Manager", "Internal Auditor", "International Sales", "Studentship",
              "Placements Coordinator", "Trainer", "Interior Designer", "Foundation Director", "Graduate Recruiter",
              "Summer Camp Director", "Leerkracht", "Approver"]


@pytest.mark.parametrize("title", TRAINING_TITLES)
def test_a_learners_title_is_read_as_one(title):
    assert starters._TRAINING_TITLE.search(title)


@pytest.mark.parametrize("title", TRAINEESHIPS)
def test_a_traineeship_is_read_as_one(title):
    assert starters._TRAINEESHIP.search(title)


@pytest.mark.parametrize("title", APPRENTICESHIPS)
def test_an_apprenticeship_is_read_as_one(title):
    assert starters._APPRENTICESHIP.search(title)


@pytest.mark.parametrize("title", NO_LEARNER)
def test_a_near_miss_is_no_learners_title(title):
    assert not any(p.search(title) for p in (starters._TRAINING_TITLE, starters._TRAINEESHIP, starters._APPRENTICESHIP))


@pytest.mark.parametrize("title", ["Student", "Junior Doctor", "Resident", "Estudiante", "Graduate Scheme"])
def test_a_first_grade_or_a_students_title_is_no_traineeship_nor_apprenticeship(title):
    assert not starters._TRAINEESHIP.search(title) and not starters._APPRENTICESHIP.search(title)


@pytest.mark.parametrize("title", TRAINEESHIPS + APPRENTICESHIPS)
def test_every_traineeship_and_apprenticeship_is_a_learners_title(title):
    # One word list each: the learner's title reads every traineeship and apprenticeship ('Summer Analyst', 'Azubi'),
    # where it once read only the English and a few other words of them.
    assert starters._TRAINING_TITLE.search(title)


def _p(**fields) -> Profile:
    base = {"name": "Ama Mensah", "headline": "Product manager at Kudi", "location": "Accra, Ghana",
            "languages": ["English"], "experience": [{"company": "Kudi", "title": "Product manager", "start": "2021-01"}]}
    return Profile.model_validate({**base, **fields})


def test_known_from_the_profiles_is_read_once_a_suggestion(monkeypatch):
    # Openers in Spanish and, beside them, one kept in English: two choices, one reading of what the pages show.
    me = _p(name="Andrés Castillo", languages=["Spanish", "English"], interests=["Cycling"], location="Bogotá, Colombia",
            education=[{"school": "Universidad de los Andes", "start": "2010", "end": "2015"}])
    them = _p(name="Valeria Rojas", languages=["Spanish", "English"], interests=["Cycling"], location="Bogotá, Colombia",
              headline="iOS engineer at Ceiba Apps",
              experience=[{"company": "Ceiba Apps", "title": "iOS engineer", "start": "2021-10"}],
              education=[{"school": "Universidad de los Andes", "start": "2008", "end": "2012"}])
    calls = []
    read = starters.known_from_the_profiles

    def counted(*args):
        calls.append(args)
        return read(*args)

    monkeypatch.setattr(starters, "known_from_the_profiles", counted)
    found = starters.suggest_starters(me, them, find_common_ground(me, them, None), now=NOW)
    assert any(s.text.startswith("Hola") for s in found) and any(s.text.startswith("Hi") for s in found), found
    assert len(calls) == 1
