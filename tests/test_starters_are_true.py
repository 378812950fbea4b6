"""Starters claim only what their evidence shows (issue 18, item 4), read as the person receiving them would.

Where a rule came from a real page, the real page is used (skipped when ../shared is absent).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from shared_pages import real_page

from companion.ground.common_ground import find_common_ground
from companion.ground.starters import first_name, profile_language, suggest_starters
from companion.models import Profile

NOW = datetime(2025, 6, 1, tzinfo=UTC)
STOCKHOLM_ME = Profile.model_validate({
    "name": "Sara Lind", "location": "Stockholm, Sweden", "languages": ["Swedish", "English", "Portuguese", "Spanish"],
    "skills": ["Python", "JavaScript"], "education": [{"school": "KTH Royal Institute of Technology"}],
})
BROOKLYN_ME = Profile.model_validate({
    "name": "Sam Rivera", "location": "Brooklyn, New York", "languages": ["English", "Spanish", "Portuguese", "Esperanto"],
})
URLS = {"linkedin": "https://www.linkedin.com/in/{}/", "twitter": "https://x.com/{}", "bluesky": "https://bsky.app/profile/{}"}


def starters_for(them: Profile, me: Profile = BROOKLYN_ME, now: datetime = NOW):
    return suggest_starters(me, them, find_common_ground(me, them), now=now)


def texts(them: Profile, me: Profile = BROOKLYN_ME, now: datetime = NOW) -> list[str]:
    return [s.text for s in starters_for(them, me, now)]


def real(relative: str, handle: str) -> Profile:
    """A real saved page from ../shared/fixtures/real, read by the site's parser."""
    html = real_page(relative)
    parsers = pytest.importorskip("companion.parsers")
    return parsers.parse_profile(html, URLS[relative.split("/")[0]].format(handle))


def p(**fields) -> Profile:
    return Profile.model_validate({"name": "Alex Moreau", **fields})


# ---------------------------------------------------------------- "you write about X" only from posts


def test_a_headline_never_makes_them_write_about_it():
    founder = p(headline="Co-Founder @ Substrate | startups, fundraising, venture capital",
                about="Founder. I love startups and fundraising.")
    assert not any("write about" in t or "posts about" in t for t in texts(founder))


def test_one_post_on_a_subject_is_not_a_subject_they_write_about():
    once = p(site="x", posts=[{"text": "Our startup just closed its seed round after a long year.", "date": "2025-05-01"}])
    assert all(s.kind != "topic" for s in starters_for(once))


def test_a_subject_in_two_of_their_posts_is_one_they_write_about():
    twice = p(site="x", posts=[{"text": "Spent the whole weekend walking in the hills with my kids.", "date": "2025-05-20"},
                               {"text": "Our startup just closed its seed round after a long year.", "date": "2025-05-01"},
                               {"text": "Five lessons from fundraising for a startup in a downturn.", "date": "2025-04-01"}])
    topic = next(s for s in starters_for(twice) if s.kind == "topic")
    assert "I see you write about startups" in topic.text and "2 posts" in topic.evidence


def test_a_founders_headline_on_a_real_page_is_not_something_he_writes_about():
    rob = real("linkedin/loggedin_2025-04_robcheung.html", "robertkcheung")  # headline 'Co-Founder ꩜Substrate'
    assert not any("about startups" in t for t in texts(rob))


# ---------------------------------------------------------------- languages


def test_a_brazilian_is_not_asked_about_speaking_portuguese():
    brazilian = p(location="São Paulo, Brazil", languages=["Portuguese", "English"])
    assert all(s.kind != "language" for s in starters_for(brazilian))


def test_no_language_question_about_the_language_where_they_studied():
    ecuadorian = p(location="Stockholm, Sweden", languages=["English", "Spanish"],
                   education=[{"school": "Universidad de Guayaquil"}])
    assert not any("Spanish" in t for t in texts(ecuadorian))


def test_the_real_page_of_someone_who_studied_in_ecuador_gets_no_spanish_question():
    eduardo = real("linkedin/guest_2024-04_eduardo.html", "eduardo")  # Universidad de Guayaquil; lives in Stockholm
    assert not any("Spanish" in t or "learn" in t for t in texts(eduardo))


def test_how_they_learned_is_asked_only_of_a_language_nobody_is_born_into():
    esperantist = p(location="London, United Kingdom", languages=["Esperanto"])
    assert any("How did you come to learn it?" in t for t in texts(esperantist))
    lusophone = p(location="London, United Kingdom", languages=["Portuguese"])
    language = next(t for t in texts(lusophone) if "Portuguese" in t)
    assert "learn" not in language and "Where do you get to use it" in language


# ---------------------------------------------------------------- someone else's words, jokes, places that are not


def test_a_quotation_in_their_about_is_not_quoted_as_their_own_words():
    nelson = real("linkedin/guest_2015-10_nelsonic.html", "nelsonic")  # 'Any sufficiently advanced… ~ Arthur C. Clarke'
    found = texts(nelson)
    assert not any("sufficiently advanced" in t for t in found)
    assert any("\u201cI use the latest technology to creatively make people's lives better\u201d" in t for t in found)


@pytest.mark.parametrize("about", [
    "\u201cStay hungry, stay foolish.\u201d\nI build tools for teachers.",
    "Be the change you wish to see in the world. - Gandhi\nI build tools for teachers.",
])
def test_a_signed_or_quoted_line_gives_way_to_their_own(about):
    found = texts(p(about=about))
    assert not any("hungry" in t or "change you wish" in t for t in found)
    assert any("\u201cI build tools for teachers\u201d" in t for t in found)


def test_a_joke_dialogue_is_not_quoted_as_their_post():
    javi = real("twitter/react-guest_2025-12_javilop.html", "javilop")  # 'El robot: ¿Tenés cargador? La chica: NO…'
    found = texts(javi, now=datetime(2025, 8, 15, tzinfo=UTC))  # the joke is his latest post then
    assert not any("robot" in t.lower() for t in found)
    assert any("Magnific en la gran pantalla" in t for t in found)  # his post before it is quoted instead


@pytest.mark.parametrize("post", [
    "When the build finally passes on a Friday afternoon lol",
    "me: I'll go to bed early tonight. also me at 3am: one more episode",
    "Great, another meeting that could have been an email /s",
])
def test_a_joke_is_not_quoted_as_their_post(post):
    joker = p(site="x", posts=[{"text": post, "date": "2025-05-20"}])
    assert all(s.kind != "post" for s in starters_for(joker))


def test_a_post_about_a_murder_is_not_an_opener():
    king = real("bluesky/rendered_2026-01_stephenking_a.html", "stephenking.bsky.social")
    found = texts(king, now=datetime(2026, 1, 28, tzinfo=UTC))
    assert not any("murder" in t.lower() or "rightwing" in t.lower() for t in found)


@pytest.mark.parametrize(("page", "handle", "location"), [
    ("twitter/react-guest_2022-12_Kikobeats.html", "Kikobeats", "PORT_ALREADY_USED"),
    ("twitter/react-guest_2023-01_k4rliky.html", "k4rliky", "On Map Dungeon"),
    ("twitter/nitter_2020-09_DGNSREKT.html", "DGNSREKT", "Moon"),
])
def test_a_location_that_is_not_a_place_is_never_mentioned(page, handle, location):
    them = real(page, handle)
    assert location in (them.location or "")
    assert not any(location in t for t in texts(them))


def test_a_real_city_is_still_asked_about():
    assert any("I see you're based in Lisbon" in t for t in texts(p(location="Lisbon, Portugal")))


# ---------------------------------------------------------------- shared places


def test_their_country_is_not_news_when_you_live_there_too():
    vasileios = real("linkedin/loggedin-nohead_2024-08_profile5.html", "profile5")  # location: 'Sweden'
    assert not any("Sweden" in t for t in texts(vasileios, STOCKHOLM_ME))
    assert any("I see you're based in Sweden" in t for t in texts(vasileios, BROOKLYN_ME))


def test_a_city_you_share_is_said_as_common_ground_not_as_news():
    neighbour = p(location="Brooklyn, New York, United States")
    found = texts(neighbour)
    assert any("we're both in Brooklyn" in t for t in found)
    assert not any("you're based in" in t for t in found)


def test_their_city_is_news_when_you_share_only_the_country():
    assert any("I see you're based in Palo Alto" in t for t in texts(p(location="Palo Alto, California, United States")))


# ---------------------------------------------------------------- career moves


def test_a_career_move_follows_the_dates_not_the_page_order():
    listed_oldest_first = p(experience=[
        {"company": "Cricket Wireless", "title": "Store Manager", "start": "2023-02"},
        {"company": "Decathlon", "title": "Sales Associate", "start": "2019-05", "end": "2023-01"},
    ])
    assert any("you moved from Decathlon to Cricket Wireless" in t for t in texts(listed_oldest_first))
    listed_newest_first = p(experience=[
        {"company": "Decathlon", "title": "Sales Associate", "start": "2023-02"},
        {"company": "Cricket Wireless", "title": "Store Manager", "start": "2019-05", "end": "2023-01"},
    ])
    assert any("you moved from Cricket Wireless to Decathlon" in t for t in texts(listed_newest_first))


def test_roles_held_at_the_same_time_are_not_a_move():
    founder = p(experience=[{"company": "Founders & Coders", "title": "Mentor", "start": "2014-10"},
                            {"company": "Ladies Who Code", "title": "Co-organiser", "start": "2014-09"}])
    assert all(s.kind != "career" for s in starters_for(founder))


def test_jobs_without_dates_are_not_a_move():
    undated = p(experience=[{"company": "Globex", "title": "Engineer"}, {"company": "Initech", "title": "Intern"}])
    assert all(s.kind != "career" for s in starters_for(undated))


def test_a_move_from_long_ago_is_not_news():
    surendra = real("linkedin/loggedin-nohead_2024-08_profile4.html", "profile4")  # Verizon → Microsoft, 2006
    assert all(s.kind != "career" for s in starters_for(surendra, now=datetime(2024, 8, 20, tzinfo=UTC)))


def test_a_company_they_still_work_at_is_not_one_they_moved_from():
    board = p(experience=[{"company": "Recruitjob.se", "title": "Co-Founder", "start": "2022-02"},
                          {"company": "Work&Coaching i Sverige AB", "title": "Partner", "start": "2019-04"},
                          {"company": "Work&Coaching AB", "title": "Key Account Manager", "start": "2019-04", "end": "2020-02"}])
    assert not any("moved from Work&Coaching" in t for t in texts(board))


def test_the_real_page_whose_roles_overlap_gets_its_true_move():
    ines = real("linkedin/guest_2015-10_iteles.html", "iteles")  # four current roles; Accenture ended 2013-06
    found = texts(ines, now=datetime(2015, 10, 25, tzinfo=UTC))  # read when the page was saved
    assert not any("from Ladies Who Code to Founders & Coders" in t for t in found)
    assert any("you moved from Accenture to Q." in t for t in found)


# ---------------------------------------------------------------- reposts


def test_a_linkedin_repost_is_not_quoted_or_counted_as_their_own_writing():
    # Both posts on Rob's page are reposts ('Rob Cheung reposted this'): the parser leaves them out, so no
    # starter quotes them or says he shares or writes about their topic.
    rob = real("linkedin/loggedin_2025-04_robcheung.html", "robertkcheung")
    assert rob.posts == []
    found = texts(rob, now=datetime(2024, 11, 1, tzinfo=UTC))
    assert found
    assert not any(word in t for t in found for word in ("post", "you write about", "Imagine a world"))


def test_a_post_whose_address_names_another_author_is_not_theirs():
    them = p(site="x", handle="alexm", posts=[
        {"text": "Three lessons from a decade of building developer tools.", "date": "2025-05-20",
         "url": "https://x.com/someone_else/status/1"},
    ])
    assert all(s.kind != "post" for s in starters_for(them))


# ---------------------------------------------------------------- one fact, one starter


def test_their_current_role_carries_one_starter_not_two():
    sri = real("linkedin/loggedin_2024-07_srilalitha.html", "srilalitha")
    found = texts(sri)
    assert sum("Scrum Master - Software Engineer at Swedbank" in t for t in found) == 1


def test_a_post_that_asks_for_help_is_offered_help_not_quoted_again():
    eugene = real("linkedin/loggedin_2025-04_eugenemann.html", "eugenemann")  # 'Join my team as a Senior PM…'
    found = starters_for(eugene)
    offer = next(s for s in found if s.kind == "offer-help")
    assert "Join my team as a Senior Product Manager at Maven AGI" in offer.text
    assert sum("Join my team" in s.text for s in found) == 1


def test_no_two_starters_rest_on_one_fact():
    them = p(location="Brooklyn, New York", about="Looking for a co-founder for my climbing gym. I build tools for climbers.",
             experience=[{"company": "Acme", "title": "Engineer", "start": "2020-01"}],
             posts=[{"text": "Looking for a co-founder for my climbing gym, any pointers welcome!", "date": "2025-05-20"}])
    found = texts(them)
    assert sum("Engineer at Acme" in t for t in found) == 1
    assert sum("Brooklyn" in t for t in found) == 1
    assert sum("co-founder" in t for t in found) == 1


# ---------------------------------------------------------------- their language


def test_one_spanish_post_does_not_make_an_english_speaker_spanish():
    kiko = real("twitter/react-guest_2025-12_Kikobeats.html", "Kikobeats")  # English bio, one Spanish post
    assert profile_language(kiko) == "en"
    assert all(t.startswith("Hi ") for t in texts(kiko, now=datetime(2025, 12, 1, tzinfo=UTC)))


def test_one_post_does_not_switch_a_made_up_profile_either():
    them = p(headline="Engineer building web infrastructure and open source tools for everyone",
             posts=[{"text": "Estoy viajando por China y es una maravilla, las calles son limpias y no hay ruido."}])
    assert profile_language(them) == "en"


def test_most_of_their_posts_in_spanish_without_a_bio_make_them_spanish():
    them = p(posts=[{"text": "Hoy he terminado el proyecto de la semana con mi equipo y estoy feliz."},
                    {"text": "La mejor manera de aprender es enseñar a los demás lo que sabes."}])
    assert profile_language(them) == "es"


def test_italian_posts_are_not_answered_in_spanish():
    milano = real("twitter/legacy-loggedin_2015-03_Milano_JS.html", "Milano_JS")
    assert profile_language(milano) == "en"


def test_a_spanish_bio_still_gets_spanish_starters():
    javi = real("twitter/react-guest_2025-12_javilop.html", "javilop")
    assert profile_language(javi) == "es"


# ---------------------------------------------------------------- names


def test_a_display_name_that_is_not_a_name_gives_way_to_the_handle():
    assert first_name(Profile(name="#!/kiko/beats", handle="Kikobeats")) == "Kikobeats"
    assert first_name(Profile(name="Brad, what are you gonna do?", handle="k4rliky")) == "Brad"
    assert first_name(Profile(name="Inês Teles")) == "Inês"
    assert first_name(Profile(name="Austin O'Boyle")) == "Austin"
