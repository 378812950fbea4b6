"""Conversation starters, round 14 (issue 18, review sets 24–25): a quote cut off before the news it congratulates or
in another language than the message's, 'how did you get started?' beside their charity marathon or to a former
ship's officer about sailing, and 'your proudest project' where their about names it; 'what have you been up to
since?' to a classmate whose page lists the jobs since is kept (round 15: a judged trade-off). Each class with its
true case and its near-misses (made-up people)."""

import pytest
from starter_examples import job, person, texts

from companion.ground.person_reading import in_another_language, is_their_profession
from companion.ground.starters import _cut_before_the_news, _project_told_there, _quote, _quotes_another_language
from companion.models import Profile

# ---------------------------------------------------------------- a quote cut before the news, or in another language

POSTER = ("Our poster on pharmacist-led follow-up for patients on oral anticancer medicines won best poster at the "
          "SHPA Medicines Management conference! Team effort with the day-therapy nurses.")
NEW_ROLE = ("News: after seven years at Brightwave I'll be joining Tui Cloud as head of platform engineering in "
            "January, and I could not be more excited.")


def _pharmacist(*posts: str) -> Profile:
    return person(name="Rosa Costantino", headline="Senior Oncology Pharmacist", location="Sydney, Australia",
                  experience=[job("Royal Prince Alfred Hospital", "Senior Pharmacist", "2017-08")],
                  posts=[{"text": text, "date": "2026-11-29"} for text in posts])


ME = person(name="Emily Tran", headline="Community pharmacist", location="Melbourne, Australia", languages=["English"])


# The news comes after more words than a quote holds: any whole phrase of it ends before 'won'.
LONG_POSTER = ("Our poster on pharmacist-led follow-up for patients on oral anticancer medicines in regional and rural "
               "hospitals across New South Wales won best poster at the SHPA conference!")


def test_no_congratulations_on_a_quote_cut_before_the_news():
    assert _cut_before_the_news(_quote(LONG_POSTER), LONG_POSTER)
    assert not any("congratulations" in t.lower() for t in texts(ME, _pharmacist(LONG_POSTER)))


def test_a_quote_ends_at_a_whole_phrase_that_keeps_the_news():
    # Review set 32: a quote cut off with '…' reads as machine-made; it ends where a phrase does ('…won best poster' |
    # 'at the SHPA…'), and the news it keeps is congratulated.
    assert _quote(POSTER) == ("Our poster on pharmacist-led follow-up for patients on oral anticancer medicines won best "
                              "poster")
    assert any("congratulations on winning best poster!" in t for t in texts(ME, _pharmacist(POSTER)))


def test_a_cut_quote_that_still_tells_the_news_is_congratulated():
    assert not _cut_before_the_news(_quote(NEW_ROLE), NEW_ROLE)
    assert any("Tui Cloud" in t for t in texts(ME, _pharmacist(NEW_ROLE)))


def test_a_whole_quote_is_never_cut_before_the_news():
    whole = "We won best poster at the SHPA conference!"
    assert not _cut_before_the_news(_quote(whole), whole)


def test_their_news_in_a_language_the_message_is_not_in_is_not_quoted():
    launch = "Lançamos hoje o Pix por aproximação para todos os clientes da NuvemPay."
    them = person(name="Rafael Souza", headline="Product manager at NuvemPay", location="Austin, Texas",
                  languages=["English"], posts=[{"text": launch, "date": "2026-11-29"}])
    assert not any("NuvemPay" in t for t in texts(ME, them))


def test_a_german_job_ad_is_not_quoted_in_an_english_offer():
    ad = "Wir suchen eine*n Level Designer*in (Teilzeit, remote) für unser nächstes Spiel"
    assert _quotes_another_language(f"Hi Lea, I saw you mentioned \u201c{ad}\u201d. If it would help, I'm happy to help.", "en")
    assert not _quotes_another_language("Hi Lea, I saw you mentioned \u201cwe are hiring a level designer for our "
                                        "next game\u201d. If it would help, I'm happy to help.", "en")


def test_a_few_words_of_a_neighbouring_language_are_not_taken_for_another():
    assert not in_another_language("Aiuto le donne a prendere in mano le proprie finanze, senza gergo e senza paura", "it")
    assert not in_another_language("Estamos contratando Product Designers sênior para o time de Crédito", "pt")
    assert in_another_language("Keeping the lights on so others can ship", "es")
    assert not in_another_language("Making heavy things look light", "es")  # too few words to tell


# ---------------------------------------------------------------- a shared pastime they posted a feat of, or worked in

RUNNER = person(name="Oliver Chen", headline="Corporate lawyer", location="London, UK", interests=["Running"],
                languages=["English"])


def _barrister(post: str) -> Profile:
    return person(name="Harriet Osei", headline="Barrister", location="London", interests=["Running", "Legal history"],
                  experience=[job("3 Stone Buildings", "Barrister", "2013-10")],
                  posts=[{"text": post, "date": "2026-04-27"}])


@pytest.mark.parametrize(("post", "asked"), [
    # A marathon run for a charity: 'how did you get started?' ignores the news (review set 24).
    ("Did it! London Marathon in 4:11. £3,860 raised for Sickle Cell Society. My knees have filed a complaint.", False),
    # A race told for itself was sent beside it (review set 23).
    ("Ran my first Chicago Marathon. 4:12. Legs are gone, heart is full.", True),
    # Raised, sponsored or beneficial of no money for no cause: a race told for itself.
    ("Raised in Porto, ran my first Chicago Marathon. 4:12. Legs are gone, heart is full.", True),
    ("Ran my first Chicago Marathon, sponsored by my club. Beneficial for the soul, if not the knees.", True),
])
def test_how_did_you_get_started_is_not_asked_beside_their_charity_marathon(post, asked):
    assert any("into running" in t for t in texts(RUNNER, _barrister(post))) is asked


SAILOR = person(name="Sander Vermeulen", headline="Logistics manager", location="Rotterdam, Netherlands",
                interests=["Sailing"], languages=["English"])


def test_no_how_did_you_get_into_sailing_to_a_former_ships_officer():
    them = person(name="Jens Hartmann", headline="Head of Terminal Operations", location="Hamburg, Germany",
                  about="Terminal operations and automation roll-outs. Ex-ship's officer. Usually on the quay.",
                  interests=["Sailing"], experience=[job("Port of Hamburg", "Head of Terminal Operations", "2020-06")])
    assert is_their_profession(them, "Sailing")
    assert not any("sailing" in t for t in texts(SAILOR, them))


def test_sailing_is_still_a_pastime_to_an_accountant():
    them = person(name="Jens Hartmann", headline="Accountant", location="Hamburg, Germany", interests=["Sailing"],
                  experience=[job("Hanse Treuhand", "Accountant", "2020-06")])
    assert not is_their_profession(them, "Sailing")
    assert any("sailing" in t for t in texts(SAILOR, them))


# ---------------------------------------------------------------- 'your proudest project' where their about names it

PLANNER = person(name="Henrik Larsen", headline="Traffic planner", location="Copenhagen, Denmark", languages=["English"],
                 experience=[job("City of Copenhagen (Københavns Kommune)", "Traffic Planner", "2016-08"),
                             job("COWI", "Transport Engineer", "2011-09", "2016-07")])


def _mobility_head(about: str) -> Profile:
    return person(name="Maja Andersen", headline="Head of Mobility, Aarhus Municipality", location="Aarhus, Denmark",
                  about=about, experience=[job("Aarhus Municipality", "Head of Mobility", "2020-03"),
                                           job("City of Copenhagen", "Cycling Programme Manager", "2008-01", "2015-12")])


@pytest.mark.parametrize(("about", "asked"), [
    ("I count bikes for a living. Previously built Copenhagen's cycle superhighway programme.", False),
    ("I count bikes for a living, and pedestrians, and the occasional cow.", True),  # no project named
    ("I count bikes for a living. Previously built Aarhus's cycle superhighway programme.", True),  # another employer's
    # A career, a support line: no project told ('started', 'ran', 'line', 'product' name none).
    ("I started my career in product management in Copenhagen, and I ran the support line.", True),
])
def test_no_proudest_project_question_when_their_about_names_what_they_built_there(about, asked):
    assert any("proudest" in t for t in texts(PLANNER, _mobility_head(about))) is asked


def test_no_proudest_project_question_when_they_name_the_programme_of_a_former_employer():
    them = Profile.model_validate({
        "name": "Lucía Fernández", "headline": "Composite Manufacturing Engineer | Ex-Airbus | Now building drones",
        "about": "Composites engineer. Spent four years in Toulouse on the A350 and came home to Madrid.",
        "location": "Madrid, Spain"})
    assert _project_told_there(them, ["Airbus"])
    assert not _project_told_there(them.model_copy(update={"headline": "Composite Manufacturing Engineer"}), ["Airbus"])


# ---------------------------------------------------------------- 'what have you been up to since?' to a classmate

CLASSMATE = person(name="Kenji Watanabe", headline="Deputy director", location="Tokyo, Japan", languages=["English"],
                   education=[{"school": "University College London", "degree": "MPA", "start": "2018", "end": "2019"}])


def _civil_servant(*jobs: dict) -> Profile:
    return person(name="Emily Clarke", headline="Civil servant", location="London, UK", experience=list(jobs),
                  education=[{"school": "University College London", "degree": "MPA", "start": "2018", "end": "2019"}])


def test_a_classmate_whose_page_lists_their_job_now_is_asked_about_it():
    # Round 14 dropped this starter for a classmate whose page lists the jobs since (u2511, rejected 2–1), which cost
    # five starters judged sendable 3–0; round 15 restored it. Review sets 33-36 refused it in four sets when the page
    # answers it: the classmate's greeting stays, and asks about the job their page shows instead.
    them = _civil_servant(job("Government Digital Service", "Head of AI Policy", "2025-10"),
                          job("Government Digital Service", "Head of Accessibility", "2019-04", "2025-09"))
    assert any("fellow University College London class of 2019 here! I see you're at Government Digital Service now."
               in t for t in texts(CLASSMATE, them))


def test_a_classmate_whose_page_lists_nothing_since_is_asked():
    them = _civil_servant(job("Department for Work and Pensions", "Service Designer", "2014-01", "2017-12"))
    assert any("up to since" in t for t in texts(CLASSMATE, them))
