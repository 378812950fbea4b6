"""Mend 48: what fresh review sets 43 and 44 refused 3-0, fixed as classes. A nomination is no award won; an
anniversary is no launch; '-san' only for whom Japanese is their own; no 'what made you start X?' their about answers;
an apprenticeship is no employer left for a venture; no 'what do you remember best?' to who is still at the school."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from companion.ground.common_ground import find_common_ground
from companion.ground.names import japanese_greeting
from companion.ground.starters import suggest_starters
from companion.models import Profile

NOW = datetime(2026, 12, 6, tzinfo=UTC)
STRANGER = Profile(name="Chloé Martin", headline="Account Executive at Qonto", location="Lyon, France",
                   experience=[{"company": "Qonto", "title": "Account Executive", "start": "2024-02", "end": None}],
                   skills=["B2B sales"], languages=["French", "English"], interests=["Running"])


def _starters(me: Profile, them: Profile) -> list[str]:
    return [s.text for s in suggest_starters(me, them, find_common_ground(me, them, None), now=NOW)]


def _poster(text: str, **extra) -> Profile:
    """A pharmacist in Hamburg (review set 43, t012) whose one fresh post is `text`."""
    fields = {"name": "Hamid Rahimi", "headline": "Apotheker (Pharmacist) | Patient safety", "location": "Hamburg, Germany",
              "about": "Pharmacist at a public pharmacy in Hamburg-Wilhelmsburg.",
              "experience": [{"company": "Rathaus-Apotheke Wilhelmsburg", "title": "Approbierter Apotheker",
                              "start": "2019-10", "end": None}],
              "languages": ["German", "English"],
              "posts": [{"text": text, "date": "2026-11-19"}]}
    fields.update(extra)
    return Profile(**fields)


# 1. A nomination, a shortlisting, a finalist's place: not an award won.
@pytest.mark.parametrize("text", [
    "'Hamid explained my mother's medication in Dari for forty minutes on a Saturday. He did not have to.' — I'm "
    "sharing this because my colleague Lena nominated me for the Hamburg Neighbourhood Award. Thank you, I'm just "
    "doing my job.",
    "Thrilled to share that I've been shortlisted for the Hamburg Pharmacy award this year.",
    "Proud to be named a finalist for the Young Pharmacist award. Winners are announced in March!",
])
def test_a_nomination_is_not_congratulated_as_an_award(text):
    # Mend 49: their own nomination is congratulated as a nomination or a shortlisting, never as an award won.
    said = _starters(STRANGER, _poster(text))
    assert not any(w in s.lower() for s in said for w in ("on the award", "on winning", "what did it take"))
    assert all("on the nomination" in s or "on making the shortlist" in s for s in said if "congratulations" in s)


def test_an_award_won_is_still_congratulated():
    said = _starters(STRANGER, _poster("Thrilled to share that I won the Hamburg Pharmacy award this year."))
    assert any("congratulations" in s.lower() for s in said)


# 2. An anniversary of something long done is no launch.
def _engineer(text: str) -> Profile:
    return Profile(name="Siddharth Rao", headline="Principal Engineer, Microsoft IDC | Azure Storage",
                   location="Hyderabad, Telangana, India", about="Storage, durability, and the occasional 3am incident.",
                   experience=[{"company": "Microsoft India Development Center", "title": "Principal Software Engineer",
                                "start": "2021-07", "end": None}],
                   languages=["English", "Telugu"], posts=[{"text": text, "date": "2026-11-15"}])


ME_ENGINEER = Profile(name="Sai Teja Reddy", headline="Engineering Manager, Darwinbox", location="Hyderabad, India",
                      experience=[{"company": "Darwinbox", "title": "Engineering Manager", "start": "2023-01", "end": None}],
                      languages=["English"])


@pytest.mark.parametrize("text", [
    "Ten years ago today I shipped my first commit to Azure Storage. Still scared of the delete API.",
    "A year ago today we launched the Kora booking app. Still amazed by this team.",
    "5 years since I shipped the first version of Pagefind. Thank you all for using it.",
])
def test_an_anniversary_is_not_congratulated_as_a_launch(text):
    said = _starters(ME_ENGINEER, _engineer(text))
    assert not any("launch" in s.lower() for s in said)


@pytest.mark.parametrize("text", [
    "Today we launched the Kora booking app. Proud of this team.",
    # What the launch took, said later in the post, is no anniversary (review set 32's choir win, sent 5 of 6).
    "Today we launched the Kora booking app. Two years of work paid off. Proud of this team.",
])
def test_a_launch_today_is_still_congratulated(text):
    said = _starters(ME_ENGINEER, _engineer(text))
    assert any("congratulations on launching" in s.lower() for s in said)


# 3. '-san' from a Japanese family name only for whom Japanese is their own language.
def _in_tokyo(name: str, languages: list[str], about: str = "") -> Profile:
    return Profile(name=name, headline="Supply Chain Manager", location="Tokyo, Japan", about=about, languages=languages)


@pytest.mark.parametrize("them", [
    _in_tokyo("Beatriz Yamamoto", ["Portuguese", "Japanese (JLPT N1)", "English", "Spanish"],
              "Brazilian engineer (yes, sansei — my grandparents came from Kumamoto to São Paulo in 1958)."),
    _in_tokyo("Mariana Tanaka", ["Spanish", "Japanese", "English"]),
    _in_tokyo("Lucas Suzuki", ["English", "Japanese (professional working proficiency)"]),
])
def test_no_san_for_who_lists_another_language_as_their_own(them):
    assert japanese_greeting(them) is None


@pytest.mark.parametrize(("them", "greeting"), [
    (_in_tokyo("Kenji Sato", ["English", "Japanese"]), "Sato-san"),
    (_in_tokyo("Yuki Tanabe", []), "Tanabe-san"),
    (_in_tokyo("Haruka Ito", ["Japanese (Native)", "English"]), "Ito-san"),
])
def test_san_stays_for_who_is_japanese_by_their_page(them, greeting):
    assert japanese_greeting(them) == greeting


def test_the_brazilian_classmate_in_tokyo_is_greeted_by_her_given_name():
    school = [{"school": "Escola Politécnica da Universidade de São Paulo", "degree": "Bacharelado",
               "field": "Engenharia de Produção", "start": "2012", "end": "2017"}]
    me = Profile(name="Gustavo Henrique Prado", headline="Gerente de Operações na Embraer",
                 location="São José dos Campos, SP, Brazil", education=school, languages=["Portuguese", "English"],
                 experience=[{"company": "Embraer", "title": "Gerente de Operações", "start": "2022-03", "end": None}])
    them = Profile(name="Beatriz Yamamoto", headline="Supply Chain Manager at Toyota Tsusho | Brazil–Japan",
                   location="Tokyo, Japan", about="Brazilian engineer. Working in Tokyo since 2021.", education=school,
                   languages=["Portuguese", "Japanese (JLPT N1)", "English"],
                   experience=[{"company": "Toyota Tsusho Corporation", "title": "Supply Chain Manager",
                                "start": "2021-04", "end": None}])
    said = _starters(me, them)
    assert said and not any("-san" in s for s in said) and all("Beatriz" in s for s in said)


# 4. No 'what made you start X?' when their about tells why they started it.
def _founder(name: str, venture: str, about: str, before: str = "Schneider Electric") -> Profile:
    return Profile(name=name, headline=f"Founder & CEO, {venture}", location="Lagos, Nigeria", about=about,
                   experience=[{"company": venture, "title": "Founder & CEO", "start": "2018-01", "end": None},
                               {"company": before, "title": "Field Service Engineer", "start": "2012-06",
                                "end": "2017-12"}],
                   languages=["English"])


ME_FAR = Profile(name="Tanaka Hiroshi", headline="Data Engineer at Rakuten", location="Osaka, Japan",
                 experience=[{"company": "Rakuten Group", "title": "Data Engineer", "start": "2021-04", "end": None}],
                 languages=["Japanese", "English"])


@pytest.mark.parametrize("them", [
    _founder("Oluwaseun Adeyemi", "SunHarvest Energy",
             "I started SunHarvest after watching a clinic in Ogun State deliver a baby by phone torchlight."),
    _founder("Ada Obi", "Kora Labs", "I founded Kora after three years of booking clinic visits by phone for my mother."),
    _founder("Tunde Bello", "Halden Design Studio", "After five years in the field I set up my own studio to design "
                                                    "solar kits that clinics can repair themselves."),
])
def test_no_why_question_about_a_venture_their_about_explains(them):
    assert not any("what made you start" in s or "got " in s and "started" in s for s in _starters(ME_FAR, them))


def test_a_venture_their_about_leaves_unexplained_is_still_asked_about():
    them = _founder("Ada Obi", "Kora Labs", "Booking software for clinics across West Africa.")
    assert any("what made you start Kora Labs after your time at Schneider Electric" in s for s in _starters(ME_FAR, them))


# 5. An apprenticeship, a traineeship, a school's programme is no employer left to found something.
def _maker(training: dict, before: dict, education: list[dict] | None = None) -> Profile:
    return Profile(name="Charlotte Dubois", headline="Ébéniste | Atelier Dubois", location="Lyon, France",
                   about="Mobilier sur mesure en chêne et noyer.", languages=["Français", "Anglais"],
                   education=education or [],
                   experience=[{"company": "Atelier Dubois", "title": "Ébéniste et fondatrice", "start": "2024-03",
                                "end": None}, training, before])


ME_FRENCH = Profile(name="Luc Garnier", headline="Directeur commercial chez Decathlon", location="Lille, France",
                    experience=[{"company": "Decathlon", "title": "Directeur commercial", "start": "2019-01", "end": None}],
                    languages=["French", "English"])
CONSULTING = {"company": "Boston Consulting Group", "title": "Project Leader", "start": "2015-09", "end": "2022-06"}


@pytest.mark.parametrize(("training", "education"), [
    ({"company": "Compagnons du Devoir — atelier de Lyon", "title": "Apprentie ébéniste", "start": "2022-09",
      "end": "2024-02"}, [{"school": "Compagnons du Devoir", "degree": "CAP", "start": "2022", "end": "2023"}]),
    ({"company": "Menuiserie Perrin", "title": "Stagiaire", "start": "2022-09", "end": "2024-02"}, None),
    ({"company": "École Boulle", "title": "Formation ébénisterie", "start": "2022-09", "end": "2024-02"},
     [{"school": "École Boulle", "degree": "CAP", "start": "2022", "end": "2024"}]),
])
def test_the_training_before_a_venture_is_not_the_employer_left(training, education):
    said = _starters(ME_FRENCH, _maker(training, CONSULTING, education))
    assert not any(training["company"] in s for s in said)
    # The job before the training is the one they left for it, as the dates tell.
    assert any("Atelier Dubois après votre passage chez Boston Consulting Group" in s for s in said)


@pytest.mark.parametrize(("job", "education", "named"), [
    # An apprenticeship at a firm of the trade (review set 41: 'après votre passage chez Poilâne', sent 3-0).
    ({"company": "Boulangerie Poilâne", "title": "Apprentie boulangère", "start": "2022-09", "end": "2024-02"},
     [{"school": "Institut National de la Boulangerie Pâtisserie", "degree": "CAP", "start": "2022", "end": "2023"}], "Poilâne"),
    # A postdoc at the university of their doctorate (review set 40: 'after your time at UiT', sent 3-0).
    ({"company": "Université Lyon 1", "title": "Chercheuse postdoctorale", "start": "2016-09", "end": "2024-02"},
     [{"school": "Université Lyon 1", "degree": "Doctorat", "start": "2012", "end": "2016"}],
     "Université Lyon 1"),
])
def test_a_job_left_for_a_venture_is_still_named(job, education, named):
    said = _starters(ME_FRENCH, _maker(job, CONSULTING, education))
    assert any(f"Atelier Dubois après votre passage chez {named} ?" in s for s in said)


# 6. No nostalgia question to who is still at the school.
def _alumnus(job_at_school: dict | None) -> tuple[Profile, Profile]:
    me = Profile(name="Lena Hoffmann", headline="Senior Engineer at Infineon", location="Munich, Germany",
                 experience=[{"company": "Infineon Technologies", "title": "Senior Engineer", "start": "2019-05",
                              "end": None}],
                 education=[{"school": "Technical University of Munich", "degree": "MSc", "start": "2016", "end": "2019"}],
                 languages=["German", "English"])
    jobs = [{"company": "Valeo", "title": "Hardware Engineer", "start": "2019-09", "end": "2023-08"}]
    them = Profile(name="Ahmed El-Sayed", headline="Power Electronics Engineer", location="Munich, Germany",
                   experience=([job_at_school] if job_at_school else []) + jobs,
                   education=[{"school": "Technical University of Munich", "degree": "MSc", "start": "2023",
                               "end": "2026"}],
                   languages=["Arabic", "English", "German (B2)"])
    return me, them


@pytest.mark.parametrize("job", [
    {"company": "Technical University of Munich", "title": "Research Assistant", "start": "2025-04", "end": "2026-12"},
    {"company": "Technical University of Munich", "title": "Teaching Assistant", "start": "2024-10", "end": "2027-03"},
    {"company": "TUM", "title": "Research Assistant, Chair of High-Power Converter Systems", "start": "2025-04",
     "end": "2026-12"},
])
def test_no_remember_best_to_who_is_still_at_the_school(job):
    assert not any("remember" in s for s in _starters(*_alumnus(job)))


def test_who_has_left_the_school_is_still_asked_what_they_remember():
    job = {"company": "Technical University of Munich", "title": "Research Assistant", "start": "2024-04",
           "end": "2025-06"}
    assert any("remember best" in s for s in _starters(*_alumnus(job)))
