"""Conversation starters, review sets 18–19: who already knows you, how long 'at the same time' needs, the language a
compatriot's page is in, a step in one field, a pet, 'today' quoted weeks on, and an offer to someone you could help
yourself. Each class with its true case (still a starter) and its near-miss (none)."""


from starter_examples import NOW, person, texts

from companion.ground.person_reading import same_company, script_language, they_know_you
from companion.models import Profile

RUTH = person(name="Ruth Adeyemi", headline="Senior Product Manager", location="London, UK",
              experience=[{"company": "Monzo", "title": "Senior Product Manager", "start": "2021-09"},
                          {"company": "Wise", "title": "Product Manager", "start": "2016-06", "end": "2021-08"}])
# (She left Wise over five years ago: 'you're still there, what has changed most?' is asked of only such a gap.)


def colleague(about: str) -> Profile:
    return person(name="James Whitfield", headline="Senior Product Manager at Wise", location="London, UK", about=about,
                  experience=[{"company": "Wise", "title": "Senior Product Manager", "start": "2018-03"}])


def test_a_former_colleague_whose_page_names_you_gets_no_strangers_opener():
    them = colleague("Hey Ruth, still owe you that coffee! Everyone else: I work on cross-border payouts.")
    assert they_know_you(RUTH, them, NOW)
    assert texts(RUTH, them) == []


def test_a_former_colleague_whose_page_names_someone_else_is_still_a_stranger():
    them = colleague("Hey Tom, still owe you that coffee! Everyone else: I work on cross-border payouts.")
    assert not they_know_you(RUTH, them, NOW)
    assert any("Wise" in t for t in texts(RUTH, them))


def _hotel_people(their_end: str) -> tuple[Profile, Profile]:
    me = person(name="Yuki Tanaka", headline="Revenue Manager", location="London, UK",
                experience=[{"company": "Marriott International", "title": "Revenue Manager", "start": "2021-10"}])
    them = person(name="Sam Park", headline="General Manager", location="London, UK",
                  experience=[{"company": "Lotte Hotel", "title": "General Manager", "start": "2022-06"},
                              {"company": "Marriott International", "title": "Director of Operations",
                               "start": "2013-05", "end": their_end}])
    return me, them


def test_two_months_in_common_is_no_same_time():
    assert not any("same time" in t for t in texts(*_hotel_people("2021-12")))


def test_a_year_in_common_is_still_the_same_time():
    assert any("same time" in t for t in texts(*_hotel_people("2022-10")))


def test_a_university_and_a_hospital_of_one_town_are_two_employers():
    assert not same_company("University of Salford", "Salford Royal")
    assert same_company("Banco Santander Brasil", "Santander UK")


def test_who_left_the_hospital_for_the_university_is_not_still_there():
    me = person(name="Michael Brown", location="Manchester, UK",
                experience=[{"company": "Manchester Royal Infirmary", "title": "Charge Nurse", "start": "2016-01"},
                            {"company": "Salford Royal", "title": "Staff Nurse", "start": "2011-09", "end": "2015-12"}])
    them = person(name="Siobhan Kelly", location="Manchester, UK",
                  experience=[{"company": "University of Salford", "title": "Lecturer in Adult Nursing", "start": "2022-09"},
                              {"company": "Salford Royal", "title": "Sister, Emergency Department", "start": "2010-03",
                               "end": "2022-08"}])
    found = texts(me, them)
    assert not any("still there" in t for t in found), found


def _mercari_pair(their_about: str, their_headline: str) -> tuple[Profile, Profile]:
    me = person(name="Yuki Sato", headline="Engineering Manager, Mobile", location="Tokyo, Japan",
                languages=["Japanese", "English"],
                experience=[{"company": "Mercari", "title": "Engineering Manager", "start": "2021-04"}])
    them = person(name="Kenji Watanabe", headline=their_headline, location="Osaka, Japan", about=their_about,
                  languages=["Japanese", "English"],
                  experience=[{"company": "freee", "title": "iOS Engineer", "start": "2026-05"},
                              {"company": "Mercari", "title": "iOS Engineer", "start": "2019-10", "end": "2026-04"}])
    return me, them


def test_a_compatriots_page_in_japanese_gets_no_english():
    assert script_language("iOSエンジニア。SwiftUIとアクセシビリティが好きです。") == "ja"
    assert texts(*_mercari_pair("iOSエンジニア。SwiftUIとアクセシビリティが好きです。", "ソフトウェアエンジニア | iOS")) == []


def test_a_compatriots_page_in_english_still_gets_english():
    assert script_language("iOS engineer. I love SwiftUI and accessibility.") is None
    assert any("Mercari" in t for t in texts(*_mercari_pair("iOS engineer. I love SwiftUI and accessibility.", "iOS engineer")))


def _nurse_moves(before_title: str, after_title: str) -> list[str]:
    me = person(name="Maria Santos", headline="Nurse Manager", location="Manila, Philippines")
    them = person(name="Jasmine Reyes", headline="Oncology | Toronto", location="Toronto, ON, Canada",
                  experience=[{"company": "Princess Margaret Cancer Centre", "title": after_title, "start": "2026-03"},
                              {"company": "Sunnybrook", "title": before_title, "start": "2023-09", "end": "2026-02"}])
    return texts(me, them)


def test_a_support_worker_now_a_registered_nurse_is_not_asked_about_a_job_move():
    assert not any("moved from" in t for t in _nurse_moves("Personal Support Worker", "Registered Nurse"))


def test_a_move_without_a_new_qualification_is_still_asked_about():
    assert any("moved from" in t for t in _nurse_moves("Ward Clerk", "Patient Experience Lead"))


def _dog_people(their_interests: list[str]) -> list[str]:
    me = person(name="Lucía Pérez", location="Madrid, Spain", interests=["Dogs", "Climbing"])
    them = person(name="Valentina Rojas", location="Seville, Spain", interests=their_interests)
    return texts(me, them)


def test_a_pet_is_no_pastime_to_have_started():
    assert not any("dogs" in t.lower() for t in _dog_people(["Dogs"]))


def test_a_pastime_one_does_is_still_asked_about():
    assert any("climbing" in t.lower() for t in _dog_people(["Climbing"]))


def _congratulated(date: str) -> list[str]:
    me = person(name="Ana Souza", headline="Urban planner", location="London, UK")
    them = person(name="Beatriz Lima", headline="Housing researcher", location="London, UK",
                  posts=[{"text": "We published our report on self-built housing in Recife today: 400 families interviewed.",
                          "date": date}])
    return texts(me, them)


def test_today_is_not_quoted_three_weeks_on():
    assert not any("today" in t for t in _congratulated("2026-11-12"))


def test_today_is_never_carried_over_within_days():
    # Review sets 33-36: the news is said in the sender's words, and their 'today' is not the day it is read.
    made = _congratulated("2026-12-02")
    assert any("ongratulations" in t for t in made) and not any("today" in t for t in made)


def _partners_wanted(my_headline: str, my_title: str) -> list[str]:
    me = person(name="Andrés Gómez", headline=my_headline, location="Medellín, Colombia",
                experience=[{"company": "Café de Altura Export SAS", "title": my_title, "start": "2019-03"}])
    them = person(name="Astrid Nilsen", headline="Head of Sourcing, Nordic Roast", location="Oslo, Norway",
                  posts=[{"text": "Looking for direct-trade coffee partners in Colombia and Peru for 2027 lots.",
                          "date": "2026-11-28"}])
    return texts(me, them)


def test_who_is_the_partner_they_seek_does_not_offer_to_introduce_someone():
    found = _partners_wanted("Coffee Export Manager", "Export Manager")
    assert not any("introduce you" in t for t in found), found
