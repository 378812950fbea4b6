"""Conversation starters, review set 32 (issue 18, item 4), each class with its true case and its near-misses, on
made-up people: a job that begins later is no move made (but news to congratulate as upcoming), nor is a job they are
leaving 'still there'; grief and a company closing in the words families and other languages use; English to a page
written only in a language we have no templates for; quotes cut off with '…'; a joke read as an ask; questions the
sender can answer (their own intern's team, the audience they sat in); stiff Spanish and Polish wording."""

from __future__ import annotations

import pytest
from starter_examples import NOW, job, person, texts

from companion.ground.person_reading import (
    as_it_stands,
    in_hard_times,
    is_sensitive,
    jobs_being_left,
    text_language,
    writes_only_in,
)
from companion.ground.starter_templates import TEMPLATES, polish_school_word, spanish_with_article
from companion.ground.starters import _quote, help_request
from companion.models import Profile

# ---------------------------------------------------------------- a job that begins later

BIOTECH = person(name="Hana Lindqvist", headline="Process engineer at Kaya Biologics", location="Incheon, South Korea",
                 languages=["English"], experience=[job("Kaya Biologics", "Process Engineer", "2019-02")])


def _scientist(*jobs: dict, posts: list[dict] | None = None) -> Profile:
    return person(name="Daniel Brooks", headline="Bioprocess scientist", location="Incheon, South Korea",
                  experience=list(jobs), posts=posts or [])


def test_a_job_that_begins_next_month_is_no_move_made():
    them = _scientist(job("Hanbit Cell Therapeutics", "Senior Scientist", "2027-01"),
                      job("Morrow Biotech", "Scientist", "2020-03", "2026-11"))
    made = texts(BIOTECH, them)
    assert not any("moved" in t or "since" in t for t in made), made
    # Said as upcoming, with its month: the news a stranger may congratulate.
    assert "Hi Daniel, congratulations on your new role at Hanbit Cell Therapeutics, starting in January! What are you " \
           "most looking forward to?" in made


def test_a_job_begun_this_month_or_a_year_off_is_no_upcoming_news():
    begun = _scientist(job("Hanbit Cell Therapeutics", "Senior Scientist", "2026-12"),
                       job("Morrow Biotech", "Scientist", "2020-03", "2026-11"))
    assert not any("starting in" in t for t in texts(BIOTECH, begun))
    far_off = _scientist(job("Hanbit Cell Therapeutics", "Senior Scientist", "2028-01"),
                         job("Morrow Biotech", "Scientist", "2020-03"))
    assert not any("starting in" in t for t in texts(BIOTECH, far_off))


def test_a_page_as_it_stands_leaves_out_what_has_not_begun():
    them = _scientist(job("Hanbit Cell Therapeutics", "Senior Scientist", "2027-01"), job("Morrow Biotech", "Scientist", "2020-03"))
    them = Profile.model_validate({**them.model_dump(), "education": [{"school": "Seoul National University", "start": "2027"}]})
    stands = as_it_stands(them, NOW)
    assert [j.company for j in stands.experience] == ["Morrow Biotech"] and stands.education == []


def test_no_shared_employer_rests_on_a_job_not_begun():
    # The sender used to work where they begin in January: not 'I see you're at Hanbit, where I used to work'.
    me = person(name="Hana Lindqvist", location="Incheon, South Korea", languages=["English"],
                experience=[job("Sorae Pharma", "Process Engineer", "2022-01"),
                            job("Hanbit Cell Therapeutics", "Engineer", "2015-01", "2021-12")])
    them = _scientist(job("Hanbit Cell Therapeutics", "Senior Scientist", "2027-01"),
                      job("Morrow Biotech", "Scientist", "2020-03", "2026-11"))
    made = texts(me, them)
    assert not any("used to work" in t or "these days" in t for t in made), made
    assert any("starting in January" in t for t in made)


FORMER = person(name="Hana Lindqvist", headline="Process engineer at Sorae Pharma", location="Incheon, South Korea",
                languages=["English"], experience=[job("Sorae Pharma", "Process Engineer", "2022-01"),
                                                   job("Morrow Biotech", "Engineer", "2015-01", "2021-12")])


@pytest.mark.parametrize("them", [
    # A job elsewhere listed to begin later...
    _scientist(job("Hanbit Cell Therapeutics", "Senior Scientist", "2027-01"), job("Morrow Biotech", "Scientist", "2020-03")),
    # ...a newer main role elsewhere, the older one still listed...
    _scientist(job("Hanbit Cell Therapeutics", "Senior Scientist", "2026-10"), job("Morrow Biotech", "Scientist", "2020-03")),
    # ...or a move announced in a post.
    _scientist(job("Morrow Biotech", "Scientist", "2020-03"), posts=[{
        "text": "Some news: in January I'll be joining Hanbit Cell Therapeutics. Grateful for six years at Morrow Biotech!",
        "date": "2026-11-25"}]),
])
def test_no_still_there_at_a_job_they_are_leaving(them):
    assert [j.company for j in jobs_being_left(them, NOW)] == ["Morrow Biotech"]
    assert not any("still there" in t or "these days" in t for t in texts(FORMER, them))


def test_a_job_kept_beside_a_side_role_or_named_in_the_headline_is_not_being_left():
    mentor = _scientist(job("Bio Founders Club", "Mentor", "2026-09"), job("Morrow Biotech", "Scientist", "2020-03"))
    assert jobs_being_left(mentor, NOW) == []
    named = _scientist(job("Seoul Cell Lab", "Adjunct Researcher", "2026-10"), job("Morrow Biotech", "Scientist", "2020-03"))
    named = named.model_copy(update={"headline": "Scientist at Morrow Biotech"})
    assert jobs_being_left(named, NOW) == []
    joined_here = _scientist(job("Morrow Biotech", "Scientist", "2026-10"), posts=[{
        "text": "Excited to share I've joined Morrow Biotech as a scientist!", "date": "2026-10-10"}])
    assert jobs_being_left(joined_here, NOW) == []


# ---------------------------------------------------------------- grief, illness and a company closing

LEEDS = person(name="Tom Reed", headline="Data engineer at Kestrel", location="Leeds, United Kingdom", languages=["English"],
               interests=["Bouldering"], experience=[job("Kestrel", "Data Engineer", "2020-01")],
               education=[{"school": "University of Leeds", "start": "2010", "end": "2014"}])


def _with_post(text: str, date: str = "2026-12-03") -> Profile:
    return person(name="Dana Okafor", headline="Data engineer at Brightwater", location="Leeds, United Kingdom",
                  languages=["English"], interests=["Bouldering"], experience=[job("Brightwater", "Data Engineer", "2021-01")],
                  education=[{"school": "University of Leeds", "start": "2011", "end": "2015"}],
                  posts=[{"text": text, "date": date},
                         {"text": "Gave my first conference talk at PyCon UK on streaming pipelines. Slides are up!",
                          "date": "2026-11-20"}])


@pytest.mark.parametrize("text", [
    "My grandmother passed last week. Taking some time off to be with family.",
    "Lost my aunt this week. Offline for a while.",
    "Said our final goodbyes to Grandpa today.",
    "My mother-in-law passed on Tuesday.",
    "Grandma is no longer with us.",
    "Nan slipped away peacefully on Sunday.",
    "Got some hard news from the doctor this week.",
    "My father is in the ICU after a heart attack.",
    "Our startup is shutting down after four years. Thank you to everyone who believed in us.",
    "We're closing our doors at the end of the month.",
    "The company I worked for for eight years went bankrupt yesterday.",
    "Mi abuela se fue al cielo el domingo.",
    "Abuela, descansa. Te vamos a extrañar.",
    "Minha avó partiu no domingo.",
    "Ma grand-mère s'est éteinte dimanche.",
    "Meine Oma ist am Sonntag eingeschlafen.",
    "Bà ngoại tôi đã qua đời tuần trước.",
    "Innalillahi wa inna ilaihi raji'un. Arwah nenek saya pergi pagi tadi.",
    "祖母が先週亡くなりました。",
])
def test_a_recent_loss_or_closing_in_any_wording_gets_no_cheerful_starter(text):
    assert in_hard_times(_with_post(text), NOW) == "wait"
    assert texts(LEEDS, _with_post(text)) == []


@pytest.mark.parametrize("text", [
    "My sister passed her driving test!", "My son passed the bar exam today!", "My cousin passed me the ball and I scored.",
    "My dad passed by the office today.", "We are shutting down our legacy API next week.",
    "The plant is shutting down for maintenance this week.", "Our two-goal lead slipped away in the last minute.",
    "Visited my nonna in Bari for her 90th birthday!", "Treated a patient after a heart attack, my third this week.",
])
def test_words_of_passing_an_exam_or_shutting_a_system_are_no_loss(text):
    assert not is_sensitive(text) and in_hard_times(_with_post(text), NOW) is None


# ---------------------------------------------------------------- their language

def _writer(headline: str, about: str = "", *posts: str) -> Profile:
    return person(name="Linh Tran", headline=headline, about=about, location="Hanoi, Vietnam", interests=["Bouldering"],
                  education=[{"school": "University of Leeds", "start": "2011", "end": "2015"}],
                  posts=[{"text": text, "date": "2026-11-20"} for text in posts])


HANOI = person(name="Tom Reed", headline="Data engineer at Kestrel", location="Leeds, United Kingdom", languages=["English"],
               interests=["Bouldering"], education=[{"school": "University of Leeds", "start": "2010", "end": "2014"}])


def test_a_page_written_only_in_vietnamese_gets_no_english():
    them = _writer("Kỹ sư dữ liệu tại FPT Software", "Tôi là kỹ sư dữ liệu với nhiều năm kinh nghiệm, yêu thích leo núi.",
                   "Hôm nay tôi đã hoàn thành dự án đầu tiên của mình tại công ty.")
    assert writes_only_in(them, frozenset(TEMPLATES)) == "vi"
    assert texts(HANOI, them) == []


def test_one_english_post_or_headline_is_enough_for_english():
    post = _writer("Kỹ sư dữ liệu", "", "Excited to share that our team shipped a new pipeline this week!")
    headline = _writer("Data Engineer at FPT Software", "Tôi là kỹ sư dữ liệu với nhiều năm kinh nghiệm, yêu thích leo núi.")
    for them in (post, headline):
        assert writes_only_in(them, frozenset(TEMPLATES)) is None
        assert texts(HANOI, them)


def test_a_vietnamese_place_in_an_english_sentence_is_english():
    assert text_language("I moved to Đà Nẵng last year and love the beach here.") == "en"
    assert text_language("Kỹ sư dữ liệu tại FPT") == "vi"


# ---------------------------------------------------------------- whole phrases, never '…'

def test_a_long_post_is_quoted_to_a_whole_phrase():
    text = ("Gave my first conference talk at PyCon UK on streaming pipelines for small teams that run on a single "
            "laptop, and the questions afterwards were brilliant.")
    assert _quote(text) == ("Gave my first conference talk at PyCon UK on streaming pipelines for small teams that run on "
                            "a single laptop")
    found = texts(LEEDS, _with_post(text, "2026-11-28"))
    assert found and not any("…" in t for t in found)


def test_no_starter_quotes_words_cut_off_with_an_ellipsis():
    # No clause, no preposition to end a phrase at within reach: cut, it would read as pasted, so it is not quoted.
    text = ("Our tiny three-person studio won Best Independent Newcomer Studio Award yesterday evening despite tough "
            "competition everywhere especially strong Manchester studios this year!")
    assert _quote(text).endswith("…")
    assert not any("…" in t for t in texts(LEEDS, _with_post(text, "2026-11-28")))


# ---------------------------------------------------------------- a joke is no ask

@pytest.mark.parametrize("text", [
    "Day 3 in Riyadh and still looking for bubble tea in the desert 😂",
    "Looking for someone to do my taxes for me lol",
    "Looking for a backend engineer who can also fix the coffee machine. Asking for a friend.",
])
def test_a_joke_or_hyperbole_is_no_request_to_answer(text):
    them = person(name="Sara Malik", site="x", posts=[{"text": text, "date": "2026-12-01"}])
    assert help_request(them, NOW) is None


def test_a_sincere_ask_is_still_one():
    them = person(name="Sara Malik", site="x", posts=[{"text": "Looking for a good accountant for freelancers in Riyadh. "
                                                               "Any recommendations?", "date": "2026-12-01"}])
    assert help_request(them, NOW) is not None


# ---------------------------------------------------------------- questions the sender can answer

MANAGER = person(name="Tom Reed", headline="Head of Engineering at Brightwater", location="Leeds, United Kingdom",
                 languages=["English"], experience=[job("Brightwater", "Head of Engineering", "2023-07"),
                                                    job("Kestrel Freight", "Engineering Manager", "2018-01", "2023-06")])


def _former(title: str) -> Profile:
    return person(name="Dana Okafor", headline="Software engineer at Lumen", location="Leeds, United Kingdom",
                  experience=[job("Lumen", "Software Engineer", "2022-09"), job("Kestrel Freight", title, "2021-06", "2021-12")])


def test_the_manager_of_their_function_does_not_ask_their_intern_which_team():
    assert not any("Kestrel" in t for t in texts(MANAGER, _former("Software Engineering Intern")))
    # An intern of another function may never have met the engineering manager: asked as before.
    assert any("Which team were you on?" in t for t in texts(MANAGER, _former("Marketing Intern")))


def test_an_instructor_does_not_ask_a_trainee_of_their_years_what_they_remember():
    instructor = person(name="Tom Reed", headline="Flight instructor", location="Shannon, Ireland", languages=["English"],
                        experience=[job("Shannon Air Academy", "Flight Instructor", "2019-03")],
                        education=[{"school": "Shannon Air Academy", "start": "2015", "end": "2017"}])
    trainee = person(name="Conal Byrne", headline="First Officer", location="Dublin, Ireland",
                     experience=[job("Aer Lingus", "First Officer", "2023-01")],
                     education=[{"school": "Shannon Air Academy", "start": "2020", "end": "2022"}])
    assert not any("Shannon Air Academy" in t for t in texts(instructor, trainee))
    # Who trained there after the sender's teaching years ended is an alumnus like any other.
    earlier = instructor.model_copy(update={"experience": [
        instructor.experience[0].model_copy(update={"start": "2017-09", "end": "2019-06"})]})
    assert any("Shannon Air Academy" in t for t in texts(earlier, trainee))


def _speaker() -> Profile:
    return person(name="Dana Okafor", headline="Data engineer at Brightwater", location="Leeds, United Kingdom",
                  experience=[job("Brightwater", "Data Engineer", "2021-01")],
                  posts=[{"text": "Gave a talk at PyData Leeds last night on streaming pipelines for small teams. Slides are up!",
                          "date": "2026-11-21"}])


@pytest.mark.parametrize("post", [
    "Great talk by Dana Okafor at PyData Leeds tonight on streaming pipelines. Lots to think about!",
    "Really enjoyed PyData Leeds last night, especially the streaming pipelines talk.",
])
def test_who_sat_in_the_audience_is_not_asked_what_the_audience_asked(post):
    me = person(name="Tom Reed", headline="Data engineer", location="Leeds, United Kingdom",
                experience=[job("Kestrel", "Data Engineer", "2020-01")], posts=[{"text": post, "date": "2026-11-21"}])
    assert not any("audience" in t for t in texts(me, _speaker()))
    elsewhere = me.model_copy(update={"posts": []})
    assert any("audience" in t for t in texts(elsewhere, _speaker()))


# ---------------------------------------------------------------- Spanish and Polish wording

@pytest.mark.parametrize(("thing", "said"), [
    ("fútbol", "el fútbol"), ("escalada", "la escalada"), ("viajes", "los viajes"), ("manualidades", "las manualidades"),
    ("natación", "la natación"), ("yoga", "el yoga"), ("running", "el running"), ("tenis", "el tenis"),
    ("la lectura", "la lectura"),
])
def test_a_spanish_pastime_takes_its_article(thing, said):
    assert spanish_with_article(thing) == said


def test_a_spanish_pastime_is_no_list_item_after_a_colon():
    me = person(name="Marta Gil", location="Sevilla, España", languages=["Español", "English"], interests=["Escalada"],
                about="Construyo herramientas para asociaciones de vecinos en Sevilla.")
    them = person(name="Lucía Vidal", location="Sevilla, España", languages=["Español"], interests=["Escalada"],
                  about="Diseño tableros de datos para hospitales públicos en Andalucía.")
    found = texts(me, them)
    assert any("compartimos la afición por la escalada" in t for t in found), found
    assert not any("afición:" in t for t in found)


@pytest.mark.parametrize(("school", "word"), [
    ("Technikum Łączności w Krakowie", "moja szkoła"), ("XIV Liceum Ogólnokształcące", "moja szkoła"),
    ("Zespół Szkół Technicznych", "moja szkoła"), ("Politechnika Warszawska", "moja uczelnia"),
    ("Szkoła Główna Handlowa", "moja uczelnia"), ("Uniwersytet Jagielloński", "moja uczelnia"),
])
def test_a_polish_school_is_a_szkola_and_a_university_an_uczelnia(school, word):
    assert polish_school_word(school) == word
