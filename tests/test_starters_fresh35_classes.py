"""Review set 35 (a fresh blind set, three blind reviewers), fixed as classes: a cause line only when both name the
cause themselves, never its parent category; 'at the same time' at a global network only when both pages place them
in one country; batchmates, teammates and who already met greeted as no strangers; grief told in Ukrainian, Russian,
Polish or of a death at the front read as grief; the Polish employer lines natural, and the overlap said. Every
profile here is made up."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from companion.ground.common_ground import find_common_ground
from companion.ground.person_reading import tells_of_a_death, they_know_you
from companion.ground.rarity import RarityIndex
from companion.ground.starter_templates import TEMPLATES
from companion.ground.starters import suggest_starters, why_no_starters
from companion.models import Profile

NOW = datetime(2026, 12, 7, tzinfo=UTC)
CAUSE_LINE = "among the causes we care about"
SAME_TIME = "at the same time"


def _profile(**fields) -> Profile:
    return Profile.model_validate(fields)


def _contacts(n: int = 24) -> list[Profile]:
    return [Profile.model_validate({"name": f"Contact {i}", "skills": ["Excel"]}) for i in range(n)]


def _starters(me: Profile, them: Profile, rarity: bool = False) -> list[str]:
    index = RarityIndex.from_profiles([them, *_contacts()]) if rarity else None
    ground = find_common_ground(me, them, index, counted=(them,)) if rarity else find_common_ground(me, them, None)
    return [s.text for s in suggest_starters(me, them, ground, now=NOW)]


# ---------------------------------------------------------------- 1. a cause both name, never its parent category


def test_no_cause_line_for_a_category_neither_names():
    # 'Open-source mapping' and 'OpenStreetMap' may both sit under a broader cause: neither lists that cause.
    me = _profile(name="Mirela Dobre", headline="Archivist", location="Leeds, UK", interests=["Wikipedia editing"])
    them = _profile(name="Osric Pellow", headline="Retired geologist", location="Truro, UK", interests=["Wikipedia"])
    assert not any(CAUSE_LINE in t for t in _starters(me, them, rarity=True))


def test_a_cause_both_name_keeps_its_line():
    me = _profile(name="Mirela Dobre", headline="Archivist", location="Leeds, UK", interests=["Animal welfare"])
    them = _profile(name="Osric Pellow", headline="Retired geologist", location="Truro, UK", interests=["Animal welfare"])
    assert any(CAUSE_LINE in t for t in _starters(me, them, rarity=True))


# ---------------------------------------------------------------- 2. 'at the same time' at a global network


def _agency_pair(my_place: str, their_place: str) -> tuple[Profile, Profile]:
    me = _profile(name="Harriet Quayle", headline="Marketing Manager", location=my_place,
                  experience=[{"company": "Brightfold", "title": "Marketing Manager", "start": "2022-04"},
                              {"company": "Ogilvy", "title": "Account Manager", "start": "2016-09", "end": "2022-03"}])
    them = _profile(name="Bayu Hartanto", headline="Brand strategist", location=their_place,
                    experience=[{"company": "Kopiloka", "title": "Brand Lead", "start": "2021-08"},
                                {"company": "Ogilvy", "title": "Account Executive", "start": "2017-03", "end": "2019-06"}])
    return me, them


def test_no_same_time_line_between_two_countries_of_a_global_network():
    starters = _starters(*_agency_pair("Singapore", "Jakarta, Indonesia"))
    assert not any(SAME_TIME in t for t in starters)
    assert not any("Which team" in t for t in starters)


def test_the_same_time_line_stays_when_both_are_placed_in_one_country():
    assert any(SAME_TIME in t for t in _starters(*_agency_pair("London, UK", "Manchester, UK")))


# ---------------------------------------------------------------- 3. people who already know each other


def test_batchmates_of_one_bootcamp_get_no_strangers_opener():
    me = _profile(name="Rute Valente", headline="Developer", location="Porto, Portugal",
                  about="Changed careers in 2022 via Codeforge Porto (cohort #418). Now building tools for clinics.",
                  education=[{"school": "Codeforge", "degree": "Bootcamp", "start": "2022", "end": "2022"}],
                  experience=[{"company": "Clinify", "title": "Developer", "start": "2022-09"}])
    them = _profile(name="Yannick Morel", headline="Freelance developer", location="Lyon, France",
                    about="Former accountant, retrained in 2022 at Codeforge Porto, cohort #418. Freelance since.",
                    education=[{"school": "Codeforge", "degree": "Bootcamp", "start": "2022", "end": "2022"}],
                    experience=[{"company": "Freelance", "title": "Developer", "start": "2023-01"}])
    assert _starters(me, them) == []
    assert "batch or team" in (why_no_starters(me, them, find_common_ground(me, them, None), now=NOW) or "")


def test_one_hackathon_team_named_on_both_pages_gets_no_strangers_opener():
    me = _profile(name="Achieng Odera", headline="GIS analyst", location="Kisumu, Kenya", interests=["hackathons"],
                  about="Our team 'Kilele' won the Climate Jam in Kisumu in 2024 with a flood-warning app.",
                  experience=[{"company": "Lakeside Mapping", "title": "GIS Analyst", "start": "2021-01"}])
    them = _profile(name="Tunde Bakare", headline="Mobile developer", location="Ibadan, Nigeria", interests=["hackathons"],
                    about="Android developer. Climate Jam 2024 finalist with team Kilele, and I would fly back for it.",
                    experience=[{"company": "Agrolink", "title": "Mobile Developer", "start": "2022-05"}])
    assert _starters(me, them) == []


def test_a_team_named_alike_by_strangers_of_different_events_is_no_tie():
    # 'Team Phoenix' at two unrelated events: the name alone joins no one.
    me = _profile(name="Achieng Odera", headline="GIS analyst", location="Kisumu, Kenya", interests=["hackathons"],
                  about="Our team Phoenix won the Climate Jam in Kisumu with a flood-warning app.")
    them = _profile(name="Tunde Bakare", headline="Mobile developer", location="Ibadan, Nigeria", interests=["hackathons"],
                    about="Finalist of the Lagos Fintech Cup with team Phoenix.")
    assert any("hackathons" in t for t in _starters(me, them))


def test_a_role_after_team_is_no_team_name():
    me = _profile(name="Achieng Odera", headline="Team Lead at Lakeside Mapping", interests=["hackathons"],
                  location="Kisumu, Kenya", about="Team Lead for mapping projects in Kisumu.")
    them = _profile(name="Tunde Bakare", headline="Team Lead at Agrolink", interests=["hackathons"],
                    location="Ibadan, Nigeria", about="Team Lead for mapping projects in Ibadan.")
    assert any("hackathons" in t for t in _starters(me, them))


def test_their_post_naming_you_beside_your_talk_means_you_have_met():
    me = _profile(name="Bartosz Kowalik", headline="Site Reliability Engineer", location="Gdańsk, Poland",
                  about="Spoke at SREcon 2026 about chaos drills for payment queues.")
    them = _profile(name="Aiko Tanabe", headline="Platform engineer", location="Osaka, Japan",
                    posts=[{"text": "Great chatting with Bartosz after his chaos drills talk at SREcon.", "date": "2026-11-20"}])
    assert they_know_you(me, them, NOW)


def test_a_first_name_beside_nothing_of_yours_is_anyone():
    me = _profile(name="Bartosz Kowalik", headline="Site Reliability Engineer", location="Gdańsk, Poland",
                  about="Spoke at SREcon 2026 about chaos drills for payment queues.")
    them = _profile(name="Aiko Tanabe", headline="Platform engineer", location="Osaka, Japan",
                    posts=[{"text": "Welcome to the team, Bartosz! Glad to have you in Osaka.", "date": "2026-11-20"}])
    assert not they_know_you(me, them, NOW)


# ---------------------------------------------------------------- 4. grief in more languages


@pytest.mark.parametrize("text", [
    "Сьогодні попрощалися з побратимом, який загинув на фронті.",  # Ukrainian
    "Вчера простились с другом. Он погиб под Херсоном.",  # Russian
    "Nasz kolega zginął w wypadku. Spoczywaj w pokoju.",  # Polish
    "Our friend Marko fell in battle last week.",
    "Mi amigo cayó en combate el lunes.",
])
def test_a_death_is_read_in_more_languages(text):
    assert tells_of_a_death(text)


def test_no_casual_starter_the_day_after_a_death_at_the_front():
    me = _profile(name="Halina Sobczak", headline="QA Lead", location="Wrocław, Poland",
                  experience=[{"company": "Nokia", "title": "QA Lead", "start": "2020-04"},
                              {"company": "Testlane", "title": "QA Engineer", "start": "2016-07", "end": "2020-03"}])
    them = _profile(name="Ірина Мельник", headline="QA Engineer", location="Київ, Україна",
                    experience=[{"company": "Devhub", "title": "QA Engineer", "start": "2022-09"},
                                {"company": "Testlane", "title": "QA Engineer", "start": "2017-02", "end": "2022-05"}],
                    about="QA automation for web apps. Worked at Testlane in Wrocław, back in Kyiv since 2022.",
                    posts=[{"text": "Сьогодні попрощалися з другом, який загинув на фронті.", "date": "2026-12-06"},
                           {"text": "Our QA team won the Devhub internal hackathon! Proud of us.", "date": "2026-11-27"}])
    assert _starters(me, them) == []


# ---------------------------------------------------------------- 5. the Polish employer lines


def test_polish_employer_lines_read_naturally():
    assert "to moje dawne miejsce pracy" not in TEMPLATES["pl"]["employer-they-stay"]
    assert "to również moje dawne miejsce pracy" not in TEMPLATES["pl"]["employer"]


def test_a_polish_overlap_is_said_when_they_are_there_again():
    me = _profile(name="Ewelina Sandberg", headline="UX Writer", location="Stockholm, Sweden", languages=["Polish", "English"],
                  experience=[{"company": "Klarna", "title": "Senior UX Writer", "start": "2021-10"},
                              {"company": "Merkado", "title": "UX Writer", "start": "2017-05", "end": "2021-09"}])
    them = _profile(name="Mateusz Wrona", headline="Content Designer w Merkado", location="Poznań, Polska",
                    about="Projektuję treści w interfejsach. Po dwóch latach w innej firmie wróciłem do Merkado.",
                    languages=["Polski", "Angielski"],
                    experience=[{"company": "Merkado", "title": "Lead Content Designer", "start": "2025-03"},
                                {"company": "Booking.com", "title": "Senior UX Writer", "start": "2023-01", "end": "2025-02"},
                                {"company": "Merkado", "title": "UX Writer", "start": "2016-09", "end": "2022-12"}])
    starters = _starters(me, them)
    assert any(t.startswith("Cześć") and "w tym samym czasie" in t for t in starters), starters


@pytest.mark.parametrize("lang", ["sv", "da", "nb", "nl", "ko"])
def test_the_overlap_with_who_stays_has_a_line_in_each_language(lang):
    assert "employer-same-time-they-stay" in TEMPLATES[lang]


def test_an_unclosed_bracket_in_an_employers_name_is_read_without_failing():
    # 'Ogilvy London (Brand Studio' as typed: its words are tried as places, never a bracket (places.resolve_place
    # recursed without end on 'London (Brand').
    from companion.ground.starters import _countries_there

    me = _profile(name="Harriet Quayle", experience=[{"company": "Ogilvy London (Brand Studio", "start": "2016-09",
                                                      "end": "2022-03"}])
    assert _countries_there(me, ["Ogilvy London (Brand Studio"]) == {"GB"}
