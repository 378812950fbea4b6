"""Mend 53: five refusals of review sets 46 and 47, fixed as classes on made-up profiles. A poster is no talk ('you
spoke at' only of a talk they gave; a poster gets its own line, a demo or a booth none); an institution said in a
non-English line as its recipient writes it, or no line rather than the lexicon's English name; career-change
questions as a native writes them; a spectator sport gets a fan's question, and poetry or theatre 'any recent
favourites?', never 'what keeps you at it?'; a plain line listing their wares is not quoted back as 'the way you
describe your work'."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from companion.ground.common_ground import find_common_ground
from companion.ground.post_reading import shown_not_spoken
from companion.ground.starter_templates import EUROPEAN_PORTUGUESE, TEMPLATES
from companion.ground.starters import _about_sentence, _talk_said, suggest_starters
from companion.models import Profile

NOW = datetime(2026, 12, 7, tzinfo=UTC)


def _starters(me: Profile, them: Profile) -> list[str]:
    return [s.text for s in suggest_starters(me, them, find_common_ground(me, them, None), now=NOW)]


def _profile(name: str, headline: str, location: str, **extra) -> Profile:
    return Profile.model_validate({"name": name, "headline": headline, "location": location, **extra})


# 1. A poster, a demo or a booth is no talk.
_RECRUITER = _profile("Jo Marsh", "Recruiter at Brightpath", "Chicago, Illinois, United States", languages=["English"])


@pytest.mark.parametrize(("post", "said"), [
    ("Presented our slip-recovery controller at Humanoids 2026 in Lisbon. Thank you to everyone who came by the poster "
     "and asked hard questions.", "I saw you presented a poster at Humanoids"),
    ("Presented our soil microbiome atlas at EGU General Assembly. Loved the chats at the poster session.",
     "I saw you presented a poster at EGU General Assembly"),
])
def test_a_poster_is_said_as_a_poster_never_as_a_talk(post, said):
    them = _profile("Mia Lund", "Researcher", "Oslo, Norway", posts=[{"text": post, "date": "2026-11-20"}])
    starters = _starters(_RECRUITER, them)
    assert any(said in s and "What did people ask you about most?" in s for s in starters), starters
    assert not any("spoke" in s or "audience" in s for s in starters)


@pytest.mark.parametrize("post", [
    "Presented our warehouse picking robot at ProMat Chicago. Thanks to everyone who stopped by the booth!",
    "Presented our new sensor kit at Hannover Messe: the live demo ran all week without a hitch.",
])
def test_a_demo_or_a_booth_gets_no_talk_line(post):
    them = _profile("Mia Lund", "Engineer", "Oslo, Norway", posts=[{"text": post, "date": "2026-11-20"}])
    assert shown_not_spoken(post) == "demo"
    assert not any("spoke" in s or "poster" in s for s in _starters(_RECRUITER, them))


@pytest.mark.parametrize("post", [
    "J'ai présenté notre poster à la conférence ICRA.",
    "Presented our poster at NeurIPS, and the panel on safety was great.",
])
def test_a_conference_or_a_panel_watched_makes_no_poster_a_talk(post):
    assert shown_not_spoken(post) == "poster"


def test_a_talk_beside_a_poster_stays_a_talk():
    assert shown_not_spoken("Gave my first keynote at RoboCup Symposium, and our students had a poster too.") == ""
    assert shown_not_spoken("Spoke at PyData Leeds about calibration.") == ""


@pytest.mark.parametrize(("lang", "said"), [
    ("es", "que presentaste un póster en Humanoids"),
    ("de", "ein Poster vorgestellt haben"),
    ("pt", "que você apresentou um pôster"),
    ("pt-PT", "que apresentou um póster"),
    ("fr", "présenté un poster à Humanoids"),
    ("it", "che hai presentato un poster a Humanoids"),
])
def test_every_language_with_a_talk_line_says_a_poster(lang, said):
    text = "Presented our controller at Humanoids in Lisbon. Thanks to all who came by the poster."
    assert said in _talk_said(text, lang, poster=True)
    table = EUROPEAN_PORTUGUESE if lang == "pt-PT" else TEMPLATES[lang]
    assert "post-poster" in table


# 2. An institution in a non-English line: as the recipient writes it.
def _alumni(school: str, lang_names: list[str], location: str) -> tuple[Profile, Profile]:
    def one(name, years):
        return _profile(name, "Ingeniera", location, languages=lang_names,
                        education=[{"school": school, "degree": "Grado", "start": years[0], "end": years[1]}])
    return one("Ane Uno", ("2008", "2012")), one("Ane Dos", ("2009", "2013"))


@pytest.mark.parametrize(("school", "langs", "location", "said"), [
    ("Universidad del País Vasco (UPV/EHU)", ["Español"], "Bilbao, España", "coincidimos en la Universidad del País Vasco"),
    ("Universitat de Barcelona (UB)", ["Español"], "Barcelona, España", "coincidimos en la Universitat de Barcelona"),
    ("Università di Bologna (UniBo)", ["Italiano"], "Bologna, Italia", "frequentato l'Università di Bologna"),
])
def test_a_non_english_line_says_the_school_as_they_write_it(school, langs, location, said):
    starters = _starters(*_alumni(school, [*langs, "English"], location))
    assert any(said in s for s in starters), starters
    assert not any("University" in s or "campus" in s for s in starters)


@pytest.mark.parametrize(("school", "langs", "location"), [
    ("Universitat de Barcelona (UB) - Facultat de Biologia", ["Español"], "Barcelona, España"),
    ("Alma Mater Studiorum - Università di Bologna", ["Italiano"], "Bologna, Italia"),
])
def test_no_line_rather_than_the_lexicons_english_name(school, langs, location):
    assert not any("University" in s for s in _starters(*_alumni(school, [*langs, "English"], location)))


# 3. Career-change questions, as a native writes them.
@pytest.mark.parametrize(("table", "asked"), [
    (TEMPLATES["pt"], "O que você trouxe do trabalho anterior que mais te ajuda hoje?"),
    (EUROPEAN_PORTUGUESE, "O que é que trouxe do trabalho anterior que mais lhe tem sido útil?"),
    (TEMPLATES["es"], "¿Qué es lo que más te ha servido de tu puesto anterior?"),
    (TEMPLATES["de"], "Was von Ihrer früheren Stelle kommt Ihnen heute am meisten zugute?"),
    (TEMPLATES["it"], "Di quello che facevi prima, cosa ti è servito di più?"),
])
def test_career_change_questions_read_natively(table, asked):
    assert table["career-change"].endswith(asked)
    assert "do cargo anterior mais" not in table["career-change"]


# 4. A spectator sport, and an art most read or watch.
def _fans(thing: str, about: str = "") -> tuple[Profile, Profile]:
    me = _profile("Luis Soto", "Chef", "Lima, Peru", languages=["English"], interests=[thing, "Agrobiodiversity"])
    them = _profile("Omar Adel", "Structural Engineer at Nile Consult", "Cairo, Egypt", languages=["English"],
                    interests=[thing, "Photography"], about=about)
    return me, them


@pytest.mark.parametrize("sport", ["Football", "Cricket"])
def test_a_spectator_sport_gets_no_players_question(sport):
    starters = _starters(*_fans(sport))
    assert not any("what keeps you at it" in s or "get started" in s for s in starters), starters
    # Mend 54: nor a fan's ('Who are you backing this season?', refused in six review sets).
    assert not any(f"follow {sport.lower()} too" in s for s in starters), starters


def test_a_sport_they_say_they_play_keeps_the_players_question():
    starters = _starters(*_fans("Football", about="Structural engineer. I play five-a-side every Thursday."))
    assert any("what keeps you at it" in s for s in starters), starters


@pytest.mark.parametrize("art", ["Poetry", "Theatre"])
def test_an_art_most_enjoy_is_asked_for_favourites(art):
    starters = _starters(*_fans(art))
    assert not any("what keeps you at it" in s for s in starters), starters
    assert any("Any recent favourites?" in s for s in starters), starters


# 5. A plain description listing their wares is not quoted as 'the way you describe your work'.
@pytest.mark.parametrize("sentence", [
    "I make functional stoneware (mugs, bowls, the occasional lamp) in a tiny studio in Greenpoint.",
    "I build small-batch leather goods (wallets, belts, the odd dog collar) in a converted garage in Leith.",
    "I restore old bicycles (and the occasional tandem) in a small workshop in Utrecht.",
])
def test_a_listing_description_is_not_quoted(sentence):
    assert _about_sentence(sentence, 200) is None


@pytest.mark.parametrize("sentence", [
    "I talk to users so engineers don't have to.",
    "My podcast talks to people who work while you sleep: bakers, nurses, train drivers.",
])
def test_a_turn_of_their_own_is_still_quoted(sentence):
    assert _about_sentence(sentence, 200) == sentence.rstrip(".")


def test_a_youth_team_coached_keeps_the_practice_question():
    me, _ = _fans("Youth soccer")
    them = _profile("Omar Adel", "Sales lead", "Austin, Texas, United States", languages=["English"],
                    interests=["Youth soccer"], posts=[{"text": "U10 Rockets finished the fall season 7-2! Coaching them "
                                                                "is the best part of my week.", "date": "2026-11-20"}])
    assert not any("backing this season" in s for s in _starters(me, them))
