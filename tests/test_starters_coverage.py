"""Conversation starters, coverage: a profile with real, specific material of its own gets a starter. A view
told in words other than 'I think' or 'should' (a verdict on news, 'is not' in the languages we read, 'won't replace',
'my takeaway'), a club's medals or an exam passed, are opened on; a story that happens to say 'no es' stays a story,
and violence against a colleague or patients lost is never opened on, nor an older post dug out from under it.
"""

from __future__ import annotations

import pytest
from starter_examples import TENTH_ROUND

from companion.ground.names import name_to_greet
from companion.ground.person_reading import is_in_their_field, is_organisation
from companion.ground.post_reading import post_kind
from companion.ground.starters import describes_work, is_distinctive
from companion.models import Profile

# A Portuguese, a French and a Spanish speaker writing to people who post in their language.
LISBON_SENDER = Profile.model_validate({"name": "Rui Tavares", "location": "Lisboa, Portugal",
                                        "languages": ["Português (nativo)", "English"]})
LYON_SENDER = Profile.model_validate({"name": "Claire Besson", "location": "Lyon, France",
                                      "languages": ["Français (langue maternelle)", "English"]})
SEVILLE_SENDER = Profile.model_validate({"name": "Pablo Ortiz", "location": "Sevilla, España",
                                         "languages": ["Español (nativo)", "English"]})

PORTUGUESE_ABOUT = "Trabalho há doze anos em obras públicas no norte do país e coordeno equipas de vinte pessoas."


@pytest.mark.parametrize("view", [
    "Spreadsheet macros won't replace a bookkeeper who knows the client's business.",
    "Satellite imagery for crop insurance is no longer experimental. Three cooperatives in the valley settle claims from it.",
    "Back from the rural nursing forum. My takeaway: clinics need shared records more than new apps.",
    "Doze anos em obras públicas: um bom plano partilhado vale mais do que horas extra. Isso não é sorte: é planeamento e equipa.",
    "Les retards de chantier ne sont pas une fatalité. Quand le plan est partagé chaque matin, l'équipe anticipe.",
    "La nueva ley de vivienda es una buena noticia para los inquilinos jóvenes de la ciudad.",
    "Meine ehrliche Meinung: Homeoffice ist kein Luxus, sondern gute Organisation.",
    "Um ano depois da reforma do currículo, minha opinião sincera: os alunos leem mais, mas escrevem menos.",
])
def test_a_view_in_other_words_is_read_as_a_view(view):
    assert post_kind(view) == "opinion"


def test_a_story_that_says_is_not_stays_a_story():
    # Travelling and finding the language no problem is a story of theirs, asked what surprised them, never 'what
    # prompted it?' (nothing argued).
    story = "Estoy viajando por Chile en tren y el idioma no es un problema: todo el mundo tiene paciencia conmigo."
    assert post_kind(story) == "story"


@pytest.mark.parametrize("news", [
    "Resultado da olimpíada regional saiu! Nossa equipa trouxe 3 ouros e 5 pratas.",
    "Passed my chartered surveyor exams today after three years of evening study.",
    "Unser Lastenrad-Prototyp hat heute die Sicherheitsprüfung bestanden! Zwei Jahre Arbeit.",
])
def test_medals_and_exams_passed_are_their_good_news(news):
    assert post_kind(news) == "good-news"


def test_a_clubs_medals_are_congratulated_in_their_language():
    # Told as their own team's doing first ('Resultado… saiu!' first is the results' news, not theirs).
    news = "Nossa equipa trouxe 3 ouros e 5 pratas da olimpíada regional! Orgulho enorme."
    them = Profile.model_validate({"name": "Inês Carvalho", "location": "Porto, Portugal", "site": "x",
                                   "headline": "Professora de Física", "about": PORTUGUESE_ABOUT,
                                   "languages": ["Português (nativo)"], "posts": [{"text": news, "date": "2026-12-02"}]})
    found = TENTH_ROUND.texts(them, LISBON_SENDER)
    # Never her sentence pasted back (review sets 33-36), and no 'parabéns pela novidade' when the kind of news is not
    # read (medals are no launch nor paper: the review of mends 32-33).
    assert not any("\u201c" in t or "novidade" in t for t in found), found


@pytest.mark.parametrize("hard", [
    "Otra agresión a un compañero de urgencias este fin de semana. No es parte del trabajo.",
    "Foi um plantão difícil, perdemos dois pacientes jovens. Abracem quem vocês amam.",
    "Night shift was brutal: we lost two young patients. Hug your people.",
])
def test_violence_at_work_and_patients_lost_are_never_opened_on(hard):
    assert post_kind(hard) == "skip"
    them = Profile.model_validate({"name": "Carmen Vidal", "location": "Madrid, España", "site": "x",
                                   "languages": ["Español (nativo)"], "posts": [{"text": hard, "date": "2026-12-01"}]})
    assert not any(hard[:30] in t for t in TENTH_ROUND.texts(them, SEVILLE_SENDER))


def test_an_older_view_is_not_dug_out_from_under_patients_lost():
    them = Profile.model_validate({"name": "Inês Carvalho", "location": "Porto, Portugal", "site": "x",
                                   "languages": ["Português (nativo)"], "posts": [
                                       {"text": "Foi um plantão difícil, perdemos dois pacientes jovens.", "date": "2026-12-01"},
                                       {"text": "Dois anos sem infeções de cateter na nossa UCI. Isso não é sorte: é método.",
                                        "date": "2026-10-01"}]})
    assert not any("cateter" in t for t in TENTH_ROUND.texts(them, LISBON_SENDER))


@pytest.mark.parametrize(("name", "greeted"), [("Col. (Retd.) Arjun Mehta", "Arjun"), ("Capt. (Ret.) Dana Cole", "Dana"),
                                               ("Maj. (Retired) Tomás Ibarra", "Tomás")])
def test_a_retired_rank_in_brackets_is_no_name(name, greeted):
    assert name_to_greet(Profile(name=name)) == greeted


def test_a_nickname_in_brackets_is_still_greeted():
    assert name_to_greet(Profile(name="Elizabeth (Liz) Warren")) == "Liz"


def test_a_release_that_points_to_its_link_is_still_their_release():
    news = "New release: an open corpus of 200 hours of Galician radio. Link in comments."
    assert post_kind(news) == "release"
    # A notice stays a notice whatever it points to.
    assert post_kind("Pre-orders for my cookbook are open now, link in comments.") == "skip"
    assert post_kind("New blog post on our caching layer, link below.") == "skip"


def test_news_that_says_what_was_hardest_is_asked_what_comes_next():
    news = ("New release: an open corpus of 200 hours of Galician radio. The hardest part was the 1980s tapes. "
            "Link in comments.")
    found = TENTH_ROUND.texts(TENTH_ROUND.p(site="x", posts=[{"text": news, "date": "2026-12-01"}]))
    assert any(t.startswith("Hi Noor, congratulations") and "What comes next for it?" in t for t in found), found
    assert not any("hardest part" in t for t in found)
    plain = "New release: an open corpus of 200 hours of Galician radio. Link in comments."
    found = TENTH_ROUND.texts(TENTH_ROUND.p(site="x", posts=[{"text": plain, "date": "2026-12-01"}]))
    assert any("What was the hardest part to get right?" in t for t in found), found


@pytest.mark.parametrize("news", [
    "Inaugurámos hoje a nova biblioteca municipal de Ovar. Quatro anos de obra.",
    "We finally opened the second clinic in Kisumu after two years of permits.",
])
def test_a_building_of_theirs_opened_is_good_news(news):
    assert post_kind(news) == "good-news"


@pytest.mark.parametrize("news", [
    "Proud moment: our youth choir placed 2nd at the national festival. Recordings available from Monday on our site.",
    "Cut our checkout latency from 900ms to 300ms. Writeup coming soon.",
])
def test_their_news_first_and_a_notice_after_is_their_news(news):
    assert post_kind(news) == "good-news"
    found = TENTH_ROUND.texts(TENTH_ROUND.p(site="x", posts=[{"text": news, "date": "2026-12-01"}]))
    first_sentence = news.split(". ")[0].split("! ")[0]
    assert not any("your news" in t for t in found), found  # a placing or a result: its kind not read, no vague line
    assert not any(first_sentence[:25] in t for t in found)  # said in the sender's words, not pasted back
    # The notice after it is never quoted.
    assert not any("available from Monday" in t or "coming soon" in t or "12 March" in t for t in found)


def test_news_first_but_an_invitation_is_still_not_opened_on():
    # 'Join us' asks them to come, not to be asked about it: the invitation rule holds whatever comes first.
    news = "Our clinic turns 10 this year! Join us on 12 March for an open day."
    assert not TENTH_ROUND.texts(TENTH_ROUND.p(site="x", posts=[{"text": news, "date": "2026-12-01"}]))


@pytest.mark.parametrize("notice", [
    "We just opened applications for our spring cohort. Apply by 1 March.",
    "Registration is open for the spring cohort of our mentoring programme. Seats are limited.",
    "Our new show opens next week! Tickets at the door.",
    "Excited for our launch next month. Sign up for the waiting list below.",
])
def test_a_notice_first_is_still_a_notice(notice):
    assert post_kind(notice) == "skip"


@pytest.mark.parametrize("headline", ["Community Pharmacist | Medicine safety advocate",
                                      "Community Health Worker & Patient Navigator",
                                      "Community Nurse, North Leeds"])
def test_a_community_trade_is_a_person_not_an_organisation(headline):
    # 'Community Pharmacist' was read as a community's account: greeted by full name, asked nothing personal.
    me = Profile.model_validate({"name": "Tunde Bakare", "education": [
        {"school": "University of Ibadan", "degree": "BSc", "start": "2009", "end": "2013"}]})
    them = Profile.model_validate({"name": "Ngozi Eze-Adebayo", "headline": headline, "education": [
        {"school": "University of Ibadan", "degree": "B.Pharm", "start": "2010", "end": "2015"}]})
    assert not is_organisation(them)
    found = TENTH_ROUND.texts(them, me)
    assert any(t.startswith("Hi Ngozi,") and "University of Ibadan" in t for t in found), found


@pytest.mark.parametrize(("name", "headline"), [("Leeds Data Meetup", "Community of data people in Leeds"),
                                                ("Kent Nurses Network", "Association of Nurses in Kent")])
def test_an_organisations_account_is_still_one(name, headline):
    assert is_organisation(Profile(name=name, headline=headline))


def test_a_listed_pastime_is_theirs_whatever_line_matched_it():
    # Both list running; the match was read from a race result and a finisher's line, neither about time off.
    me = Profile.model_validate({"name": "Ryan Doyle", "headline": "5x Dublin Marathon finisher",
                                 "interests": ["marathon running", "cooking"]})
    them = Profile.model_validate({"name": "Grace Tan", "site": "x", "interests": ["running", "travel"],
                                   "posts": [{"text": "Dublin Marathon 2026: 3:25:10. A long way from my first 10K.",
                                              "date": "2026-11-01"}]})
    found = TENTH_ROUND.texts(them, me)
    assert any(t.startswith("Hi Grace,") and "into running too" in t for t in found), found
    # Nothing read from a race result is named as the hobby.
    assert not any("3:25:10 too" in t for t in found)


def test_an_unlisted_pastime_read_from_work_is_still_not_one():
    me = Profile.model_validate({"name": "Ryan Doyle", "interests": ["photography"]})
    them = Profile.model_validate({"name": "Grace Tan", "about": "We pay on time and put our photography team first.",
                                   "interests": ["travel"]})
    assert not any("photography" in t.lower() for t in TENTH_ROUND.texts(them, me))


@pytest.mark.parametrize("line", ["Making concrete bridges look weightless.",
                                  "I translate building regulations into plain language for homeowners.",
                                  "I make hospital forms feel human."])
def test_a_paradox_or_a_translation_of_their_own_is_a_turn(line):
    assert describes_work(line) and is_distinctive(line)


@pytest.mark.parametrize("line", ["I build payment tools for small businesses in Kenya.",
                                  "I translate French and German novels into English.",
                                  "I make furniture for restaurants and hotels."])
def test_a_plain_line_is_still_not_a_turn(line):
    # A translator's languages, a maker's products: plain work, not a turn (only 'into' a thing no language is).
    assert not is_distinctive(line)


def test_a_later_headline_item_that_names_a_listed_interest_is_their_own_time():
    # 'Chartered Accountant | Marathon runner' of someone who lists Marathons: running is a pastime, not their trade.
    me = Profile.model_validate({"name": "Ewan Rose", "interests": ["Running"]})
    them = Profile.model_validate({"name": "Moira Kerr", "headline": "Tax Manager | Marathon runner",
                                   "interests": ["Running", "Hillwalking"]})
    assert any(t.startswith("Hi Moira,") and "into running too" in t for t in TENTH_ROUND.texts(them, me))


def test_a_later_headline_item_that_shares_one_word_with_an_interest_is_still_their_trade():
    # 'Veterinarian | Marine mammal rescue' and 'Marine conservation': the rescue is their work.
    me = Profile.model_validate({"name": "Ewan Rose", "interests": ["Marine conservation"]})
    them = Profile.model_validate({"name": "Moira Kerr", "headline": "Veterinarian | Marine mammal rescue",
                                   "interests": ["Marine conservation"]})
    assert not any("conservation" in t.lower() for t in TENTH_ROUND.texts(them, me))


def test_a_later_headline_item_naming_a_subject_is_still_their_trade():
    # 'Pastry Chef | Sourdough baking' who lists Sourdough baking: a subject of their trade (no one doing a pastime
    # is named), so no 'how did you get into it?'.
    me = Profile.model_validate({"name": "Ewan Rose", "interests": ["Sourdough baking"]})
    them = Profile.model_validate({"name": "Moira Kerr", "headline": "Pastry Chef | Sourdough baking",
                                   "interests": ["Sourdough baking"]})
    assert not any("baking" in t.lower() for t in TENTH_ROUND.texts(them, me))
    data = Profile.model_validate({"name": "Moira Kerr", "headline": "Data Scientist | Machine Learning",
                                   "interests": ["Machine learning"]})
    assert is_in_their_field(data, "Machine learning")
    runner = Profile.model_validate({"name": "Moira Kerr", "headline": "Tax Manager | Marathon runner",
                                     "interests": ["Marathons"]})
    assert not is_in_their_field(runner, "Running")


def test_good_news_for_customers_is_an_announcement_not_a_view():
    assert post_kind("Good news for our customers: the Leith shop now opens on Sundays.") != "opinion"
    assert post_kind("La nueva ley de vivienda es una buena noticia para los inquilinos jóvenes de la ciudad.") == "opinion"
