"""Conversation starters, hobbies, causes, skills and what they write about: a hobby they list or tell as their time
off, never their trade, their field or a line about their work; a tool only of software; what they write about only
from posts that discuss it.
"""

from __future__ import annotations

import pytest
from starter_examples import (
    EIGHTH_ROUND,
    FIFTH_ROUND,
    FOURTH_ROUND,
    LATE_ROUNDS,
    LEEDS_ANALYST,
    NINTH_ROUND,
    SEVENTH_ROUND,
    SIXTH_ROUND,
    TENTH_ROUND,
    THIRD_ROUND,
    TWELFTH_ROUND,
    analyst_with,
    recipient,
    sender,
)

from companion.ground.common_ground import find_common_ground, is_family_match
from companion.ground.person_reading import (
    is_in_their_field,
    is_their_profession,
    speaks_of_leisure,
)
from companion.ground.starters import (
    suggest_starters,
)
from companion.models import Commonality, CommonGround, Profile


def test_no_how_did_you_get_into_it_for_their_profession():
    me = Profile.model_validate({**THIRD_ROUND.me.model_dump(), "interests": ["iOS"]})
    them = THIRD_ROUND.p(headline="Senior iOS Engineer at Ceibo", interests=["iOS"],
                         experience=[{"company": "Ceibo", "title": "Senior iOS Engineer", "start": "2028-01"}])
    assert not any("iOS" in t and ("got you interested" in t or "you're into" in t) for t in THIRD_ROUND.texts(them, me))


def test_posts_shared_on_linkedin_are_not_called_a_habit():
    posts = [{"text": f"Thoughts on AI support agents and quality, part {n}: customers notice every wrong answer.",
              "date": f"2031-05-{10 + n}"} for n in range(4)]
    them = THIRD_ROUND.p(site="linkedin", **THIRD_ROUND.worker, posts=posts)
    assert not any("often share" in t for t in THIRD_ROUND.texts(them))


@pytest.mark.parametrize(("fields", "thing"), [
    ({"headline": "Architect at Foster Hale"}, "Architecture"),
    ({"experience": [{"company": "Norrvik", "title": "Chief Financial Officer", "start": "2026"}]}, "IFRS"),
    ({"headline": "Pastry chef | weekend runner"}, "baking"),
    ({"headline": "Professional actress and voice artist"}, "theatre"),
    ({"headline": "Arquitecta en Estudio Norte"}, "Arquitectura"),
    ({"experience": [{"company": "Atelier", "title": "Photographe", "start": "2020"}]}, "Photographie"),
    ({"headline": "Senior Python Developer at Lumen"}, "Python"),
    ({"headline": "Comédienne professionnelle"}, "théâtre"),
])
def test_what_their_work_is_counts_as_their_profession(fields, thing):
    assert is_their_profession(FOURTH_ROUND.p(**fields), thing)


@pytest.mark.parametrize(("fields", "thing"), [
    ({"headline": "Community Manager at Acme"}, "community gardening"),
    ({"headline": "Data Analyst at Ferrovia Labs"}, "baking"),
    ({"headline": "Pastry chef at Maison Luce"}, "theatre"),
])
def test_a_pastime_beside_their_work_is_not_their_profession(fields, thing):
    assert not is_their_profession(FOURTH_ROUND.p(**fields), thing)


def test_their_profession_is_not_a_hobby_you_share():
    me = FOURTH_ROUND.me_with(interests=["baking", "theatre"], about="On weekends I bake bread and go to the theatre.")
    chef = FOURTH_ROUND.texts(FOURTH_ROUND.p(headline="Pastry chef at Maison Luce", about="I love baking and the theatre."), me)
    assert not any("baking" in t for t in chef) and any("theatre" in t for t in chef)
    actress = FOURTH_ROUND.texts(FOURTH_ROUND.p(headline="Professional actress", about="I love the theatre and long walks."), me)
    assert not any("theatre" in t for t in actress)


@pytest.mark.parametrize(("title", "skill"), [
    ("Senior iOS Engineer", "Swift"), ("Data Engineer", "Python"), ("Frontend Developer", "React"),
    ("DevOps Engineer", "Kubernetes"), ("Product Designer", "Figma"), ("Machine Learning Engineer", "PyTorch"),
])
def test_the_tool_of_their_trade_is_not_asked_about(title, skill):
    them = FIFTH_ROUND.p(skills=[skill], experience=[{"company": "Moorfield", "title": title, "start": "2029-01"}])
    assert is_their_profession(them, skill)
    me = FIFTH_ROUND.me.model_copy(update={"skills": [skill]})
    assert not any(skill in t for t in FIFTH_ROUND.texts(them, me))


@pytest.mark.parametrize(("fields", "thing"), [
    ({"headline": "Director, Blue Reef Dive Centre"}, "scuba diving"),
    ({"headline": "Managing director", "experience": [{"company": "Coral Dive Centre", "title": "Director",
                                                        "start": "2027"}]}, "diving"),
    ({"headline": "Winemaker at Bodega Alta"}, "wine"),
    ({"headline": "Host of The Long Table podcast"}, "podcasts"),
    ({"about": "I run a small dive school on the Red Sea coast."}, "diving"),
])
def test_the_core_of_their_work_is_their_trade(fields, thing):
    assert is_their_profession(SIXTH_ROUND.p(**fields), thing)


@pytest.mark.parametrize(("fields", "thing"), [
    ({"headline": "Data analyst at Harlow Mills"}, "scuba diving"),
    ({"headline": "Pastry chef at Maison Luce"}, "wine"),
    ({"headline": "Engineering manager | diver at weekends"}, "diving"),
])
def test_a_pastime_beside_their_work_is_still_a_pastime(fields, thing):
    assert not is_their_profession(SIXTH_ROUND.p(**fields), thing)


def test_a_dive_centre_director_is_not_asked_how_they_got_into_diving():
    them = SIXTH_ROUND.p(headline="Director, Blue Reef Dive Centre", interests=["scuba diving"],
                         experience=[{"company": "Blue Reef Dive Centre", "title": "Director", "start": "2026"}])
    assert not any("diving" in t.lower() for t in SIXTH_ROUND.texts(them))


def test_a_practice_is_not_a_tool():
    them = SIXTH_ROUND.p(headline="Podcast host", skills=["Interviewing"])
    assert not any("Interviewing" in t or "interviewing" in t for t in SIXTH_ROUND.texts(them))


def test_a_narrower_interest_is_not_claimed_of_who_lists_the_broader():
    c = Commonality(kind="interest", label="Slow travel", weight=0.5, mine="Travel", theirs="Slow travel",
                    why="", counted=True)
    me = SEVENTH_ROUND.me.model_copy(update={"interests": ["Travel"]})
    them = SEVENTH_ROUND.p(interests=["Slow travel"])
    found = suggest_starters(me, them, CommonGround(score=0.5, tier="small-world", commonalities=[c]), now=SEVENTH_ROUND.now)
    interest = [s.text for s in found if s.kind == "interest"]
    assert interest and "travel" in interest[0] and "slow travel" not in interest[0].lower()


def test_no_using_it_for_question_on_a_clinical_skill():
    me = SEVENTH_ROUND.me.model_copy(update={"skills": ["Heart failure", "Python"]})
    them = SEVENTH_ROUND.p(skills=["Heart failure", "Python"], experience=[{"company": "UMC", "title": "Data scientist",
                                                                            "start": "2022-01"}])
    found = [s.text for s in SEVENTH_ROUND.starters(them, me)]
    assert not any("Heart failure" in t or "heart failure" in t for t in found)


@pytest.mark.parametrize(("fields", "thing"), [
    ({"headline": "Head coach at Team Vantor Esports"}, "Video games"),
    ({"headline": "Narrative designer at Hollow Pine Studio"}, "RPGs"),
    ({"headline": "Search engineering manager at Findly"}, "Elasticsearch"),
    ({"headline": "Backend engineer | Elixir, Phoenix and Postgres"}, "Elixir"),
    ({"about": "Backend engineer writing Elixir for payment systems. Cyclist on Sundays."}, "Elixir"),
])
def test_a_thing_named_in_their_headline_or_first_line_is_their_trade(fields, thing):
    from companion.ground.person_reading import is_their_profession
    assert is_their_profession(EIGHTH_ROUND.p(**fields), thing)


def test_their_trade_is_not_asked_about_as_a_hobby_or_a_tool():
    me = EIGHTH_ROUND.p(interests=["Video games"], skills=["Elasticsearch"])
    coach = EIGHTH_ROUND.p(name="Rafe Dunn", headline="Head coach at Team Vantor Esports", interests=["Video games"])
    assert not any("video games" in s.text.lower() for s in EIGHTH_ROUND.pair(me, coach))
    manager = EIGHTH_ROUND.p(name="Maya Lin", headline="Search engineering manager at Findly", skills=["Elasticsearch"])
    assert not any("Elasticsearch" in s.text for s in EIGHTH_ROUND.pair(me, manager))


@pytest.mark.parametrize(("fields", "thing"), [
    ({"headline": "Engineering manager | diver at weekends"}, "diving"),
    ({"about": "I love video games and long walks. By day I audit pension funds."}, "video games"),
])
def test_a_pastime_said_as_one_stays_a_pastime(fields, thing):
    from companion.ground.person_reading import is_their_profession
    assert not is_their_profession(EIGHTH_ROUND.p(**fields), thing)


def test_a_race_result_is_reduced_to_the_shared_hobby():
    me = EIGHTH_ROUND.p(interests=["Chicago Marathon 2025: 3:30:02"])
    them = EIGHTH_ROUND.p(name="Ana Ruiz", interests=["Chicago Marathon 2026: 3:12:40"])
    texts = [s.text for s in EIGHTH_ROUND.pair(me, them)]
    assert texts and all(":" not in t.split(",", 1)[1] and "2026" not in t for t in texts)
    assert any("into running" in t for t in texts)


def test_a_garbled_label_with_no_clean_name_gives_no_starter():
    from companion.ground.starters import _thing
    from companion.models import Commonality
    shared = Commonality(kind="interest", label="Ultra Trail 100k 2025 finisher", weight=1.0,
                         mine="Ultra Trail 100k 2025 finisher", theirs="Ultra Trail 100k 2025 finisher")
    assert _thing(shared, "en", EIGHTH_ROUND.p()) is None
    clean = shared.model_copy(update={"label": "trail running"})
    assert _thing(clean, "en", EIGHTH_ROUND.p()) == "trail running"


def test_no_what_got_you_interested_under_their_story_of_how_it_began():
    me = TENTH_ROUND.me.model_copy(update={"interests": ["Birdwatching"]})
    them = TENTH_ROUND.p(interests=["Birdwatching"], site="x",
                         posts=[{"text": "My first birdwatching trip was with my grandfather in 1998, and I still use his "
                                   "binoculars every weekend.", "date": "2026-11-20"}])
    assert not any("Birdwatching is among your interests" in t or "into birdwatching" in t.lower()
                   for t in TENTH_ROUND.texts(them, me))


def test_a_shared_cause_in_their_own_field_is_not_asked_about():
    me = TENTH_ROUND.me.model_copy(update={"interests": ["Marine conservation"]})
    them = TENTH_ROUND.p(headline="Veterinarian | Marine mammal rescue", interests=["Marine conservation"])
    assert is_in_their_field(them, "Marine conservation")
    assert not any("marine conservation" in t.lower() for t in TENTH_ROUND.texts(them, me))


def test_a_shared_interest_in_what_they_studied_is_not_asked_about():
    them = TENTH_ROUND.p(education=[{"school": "Université Laval", "field": "Santé publique"}])
    assert is_in_their_field(them, "Santé mondiale")
    assert not is_in_their_field(them, "Escalade")


def test_a_shared_pastime_outside_their_field_is_still_asked_about():
    me = TENTH_ROUND.me.model_copy(update={"interests": ["Birdwatching"]})
    them = TENTH_ROUND.p(headline="Tax accountant | SMEs", interests=["Birdwatching"])
    assert not is_in_their_field(them, "Birdwatching")
    assert any("birdwatching" in t.lower() for t in TENTH_ROUND.texts(them, me))


def test_a_hobby_read_from_a_line_about_hiring_is_no_hobby():
    me = TENTH_ROUND.me.model_copy(update={"interests": ["Photography"]})
    them = TENTH_ROUND.p(about="Producer of documentaries. At our studio we pay on time and put more women behind the camera.")
    ground = find_common_ground(me, them)
    assert any(c.label == "photography" for c in ground.commonalities)  # what the ground reads, as a precondition
    assert not any("photography" in t.lower() for t in TENTH_ROUND.texts(them, me))


@pytest.mark.parametrize("line", ["Weekends on my bike in the Dales", "I play cello in a community orchestra",
                                  "Off the clock: chess and long runs", "Father of two, amateur potter",
                                  "I keep bees too.", "I also grow my own tomatoes", "I'm an avid birder"])
def test_a_line_about_their_time_off_speaks_of_leisure(line):
    assert speaks_of_leisure(line)


@pytest.mark.parametrize("line", ["At our studio we put more women behind the camera", "We keep our clients' books in order",
                                  "We grow companies from seed to Series A", "I run a bakery in Leith"])
def test_a_line_about_their_work_does_not_speak_of_leisure(line):
    assert not speaks_of_leisure(line)


def test_a_genre_one_likes_is_not_a_doing():
    singing = Commonality(kind="interest", label="singing", weight=0.5, mine="Gospel music", theirs="Choral music")
    dancing = singing.model_copy(update={"label": "dancing", "mine": "Salsa music", "theirs": "Latin music"})
    them = TENTH_ROUND.p(interests=["Choral music"])
    assert TENTH_ROUND.on_ground(them, singing) == [] and TENTH_ROUND.on_ground(them, dancing) == []
    sung = singing.model_copy(update={"mine": "Singing", "theirs": "Singing in a choir"})
    singer = TENTH_ROUND.me_with(interests=["Singing"])
    assert any("singing" in t for t in TENTH_ROUND.on_ground(TENTH_ROUND.p(interests=["Singing in a choir"]), sung, me=singer))


def test_two_pastimes_of_one_family_are_no_starter():
    me = TENTH_ROUND.me_with(interests=["Photography"])
    them = TENTH_ROUND.p(interests=["Museums"])
    assert any(is_family_match(c) for c in find_common_ground(me, them).commonalities)  # shown as common ground
    assert not any("Museums" in t or "Photography" in t for t in TENTH_ROUND.texts(them, me))


def test_a_hobby_both_tell_in_sentences_is_named_in_the_word_one_of_them_uses():
    # Your "I keep bees on weekends", their "Beekeeping is my hobby": both are about their time off, and one of them
    # says "beekeeping" itself, so the starter may name it; neither says "art" of "Museums".
    me = TENTH_ROUND.me.model_copy(update={"interests": [], "about": "I keep bees on weekends."})
    them = TENTH_ROUND.p(about="Beekeeping is my hobby.")
    assert any("beekeeping" in t.lower() for t in TENTH_ROUND.texts(them, me))


def test_a_common_hobby_listed_with_a_capital_is_lowercased_mid_sentence():
    me = NINTH_ROUND.me_with(languages=["English", "Spanish"], location="Madrid, Spain", interests=["Cooking"])
    them = NINTH_ROUND.p(location="Sevilla, Spain", languages=["Español (nativo)"], interests=["Cocina"],
                         about="Soy enfermera en Sevilla y me encanta pasar los domingos con mi familia.")
    found = NINTH_ROUND.texts(them, me)
    assert not any("Cocina" in t for t in found)


def test_a_hobby_is_not_renamed_as_its_parent_or_a_sibling():
    them = TWELFTH_ROUND.p(interests=["Art"])
    museums_as_art = Commonality(kind="interest", label="Art", weight=0.6, mine="Museums", theirs="Art")
    freediving_as_scuba = Commonality(kind="interest", label="Scuba diving", weight=0.6, mine="Freediving",
                                      theirs="Freediving")
    for shared in (museums_as_art, freediving_as_scuba):
        assert not any("into" in t.lower() and shared.label.lower() in t.lower() for t in TWELFTH_ROUND.on_ground(them, shared))


def test_a_hobby_both_name_is_still_told():
    them = TWELFTH_ROUND.p(interests=["Sailing"])
    sailing = Commonality(kind="interest", label="Sailing", weight=0.6, mine="Sailing", theirs="Sailing")
    assert any("sailing" in t.lower() for t in TWELFTH_ROUND.on_ground(them, sailing))


def test_a_shared_skill_alone_gives_no_retired_skill_question():
    # 'What are you using it for?' and 'how did you get into it?' stay retired; between two of the trade, a rare tool
    # both list is asked as a peer asks (newcomer 5, item 1: tests/test_starters_newcomer5_items.py).
    me = sender(location="Lisboa, Portugal", skills=["Kotlin"], headline="Backend engineer")
    them = recipient(location="Porto, Portugal", skills=["Kotlin"], headline="Backend engineer at Ribeira Pay")
    kotlin = [t for t in LATE_ROUNDS.texts(them, me) if "Kotlin" in t]
    assert all("I've worked with Kotlin too. What's one thing about it you wish you'd known" in t for t in kotlin), kotlin


def test_a_hockey_mom_is_not_asked_how_she_started_hockey_and_a_player_still_is():
    me = sender(location="Toronto, Canada", interests=["Hockey"])
    mom = recipient(location="Toronto, Canada", interests=["Hockey"], site="x",
                    posts=[{"text": "Hockey mom mode: 6 a.m. at the arena, coffee in hand.", "date": "2026-10-19"}])
    assert not any("hockey" in t.lower() for t in LATE_ROUNDS.texts(mom, me))
    player = recipient(location="Toronto, Canada", interests=["Hockey"], site="x",
                       posts=[{"text": "Beer league hockey on Tuesdays keeps me sane.", "date": "2026-10-19"}])
    assert any("hockey" in t.lower() for t in LATE_ROUNDS.texts(player, me))


def test_a_shared_pastime_is_not_named_after_a_colon_in_french():
    me = sender(location="Lyon, France", interests=["randonnée"], languages=["French", "English"])
    them = recipient(location="Lyon, France", interests=["randonnée"],
                     about="Je construis des outils pour les associations de quartier depuis Lyon.")
    assert not any("en commun :" in t for t in LATE_ROUNDS.texts(them, me))


def test_a_pastime_one_watches_or_everyone_has_is_no_reason_to_write():
    me = analyst_with({"company": "Kestrel Freight", "title": "Operations analyst", "start": "2021-03"},
                      interests=["Karaoke", "Travel", "Climbing"])
    them = LEEDS_ANALYST.p(interests=["Karaoke", "Travel", "Climbing"])
    found = [t for t in LEEDS_ANALYST.texts(them, me) if "into" in t]
    assert found and all("karaoke" not in t.lower() and "travel" not in t.lower() for t in found), found


def test_in_their_language_a_narrower_hobby_of_yours_makes_theirs_no_shared_one():
    from companion.models import Commonality
    me = analyst_with({"company": "Kestrel Freight", "title": "Operations analyst", "start": "2021-03"},
                      languages=["English", "German"], interests=["gravel cycling"])
    them = LEEDS_ANALYST.p(name="Sabine Krüger", location="Stuttgart, Germany", languages=["Deutsch"], interests=["Rennrad"],
                           headline="Elektromeisterin", about="Ich bilde Elektroniker im Handwerk aus.")
    cycling = Commonality(kind="interest", label="cycling", mine="gravel cycling", theirs="Rennrad", weight=0.4,
                          why="You both enjoy cycling.")
    assert not any("Rennrad" in t for t in LEEDS_ANALYST.on_ground(them, cycling, me=me))
    # Your 'Gardening', their 'Jardinagem': their word for your very hobby is still said.
    garden = Commonality(kind="interest", label="gardening", mine="Gardening", theirs="Jardinagem", weight=0.4,
                         why="You both enjoy gardening.")
    pt_me = me.model_copy(update={"languages": ["English", "Portuguese"], "interests": ["Gardening"]})
    pt_them = LEEDS_ANALYST.p(name="Beatriz Lima", location="Porto Alegre, Brazil", languages=["Português"],
                              interests=["Jardinagem"], about="Sou enfermeira e cuido de idosos em casa.")
    assert any("jardinagem" in t.lower() for t in LEEDS_ANALYST.on_ground(pt_them, garden, me=pt_me))


