"""Conversation starters, the reviewers' refusals of the wording two mends introduced, each class with its near-misses,
on made-up people: no congratulation when the kind of news is not read, and a question that fits the kind read; a
classmate's 'I see you're at X now. How are you finding it?' only of a role begun lately and not their own company;
no object pasted as a tag in brackets, no event name cut short, an article before a Portuguese event's name; a talk
said as their post or as the fact that they spoke, never as 'I saw your talk'; 'my own line of work' only when the
sender's headline or title says that work."""

from __future__ import annotations

from starter_examples import LEEDS_ANALYST, job, person, texts

from companion.ground.starter_templates import talk_words
from companion.ground.starters import _talk_said

# ---------------------------------------------------------------- news whose kind is not read

UNREAD_NEWS = [
    "Thrilled to share that we hit 10,000 customers this month!",
    "Proud moment: I passed my final board exam after three attempts!",
    "Placed 3rd at the national robotics contest with my students!",
    "I'm proud to share that our clinic reached 1,000 patients.",
]


def test_no_congratulation_when_the_kind_of_news_is_not_read():
    for post in UNREAD_NEWS:
        said = LEEDS_ANALYST.post_starter(post) or ""
        assert "congratulations" not in said.lower() and "your news" not in said, (post, said)


def test_news_of_a_named_kind_is_still_congratulated():
    said = LEEDS_ANALYST.post_starter("Today we launched the Wren pantry app publicly 🚀")
    assert said == "Hi Amara, congratulations on launching the Wren pantry app! What was the hardest part to get right?"


def test_an_award_is_asked_what_it_took_not_the_hardest_part_to_get_right():
    for post, news in (("Our pop-up clinic won the regional health innovation award at the Leeds Health Summit!",
                        "on winning the regional health innovation award"),
                       ("So proud: our team received an award from the county council for the food bank work.",
                        "on the award")):
        said = LEEDS_ANALYST.post_starter(post)
        assert said == f"Hi Amara, congratulations {news}! What did it take?", (post, said)
    # A paper is still asked what was hardest (near-miss: a kind made, not won).
    said = LEEDS_ANALYST.post_starter("Our paper on tidal turbine wakes was accepted at OCEANS Halifax 2027")
    assert said is not None and said.endswith("What was the hardest part to get right?")


# ---------------------------------------------------------------- a classmate's job now

def _classmates(*jobs: dict, name: str = "Ethan Park", headline: str = "Engineer", my_jobs: tuple = ()) -> tuple:
    me = person(name="Ruth Okoye", headline="Product designer at Kestrel", location="Vancouver, Canada",
                experience=[job("Kestrel", "Product designer", "2019-01"), *my_jobs],
                education=[{"school": "Simon Fraser University", "degree": "BDes", "start": "2012", "end": "2016"}])
    them = person(name=name, headline=headline, location="Vancouver, Canada", experience=list(jobs),
                  education=[{"school": "Simon Fraser University", "degree": "BASc", "start": "2012", "end": "2016"}])
    return me, them


CLASS = "fellow Simon Fraser University class of 2016 here!"


def test_how_are_you_finding_it_only_of_a_role_begun_lately():
    made = texts(*_classmates(job("Corvid Robotics", "Controls Engineer", "2026-03")))
    assert f"Hi Ethan, {CLASS} I see you're at Corvid Robotics now. How are you finding it?" in made, made
    made = texts(*_classmates(job("Corvid Robotics", "Controls Engineer", "2013-03")))
    assert f"Hi Ethan, {CLASS} What are you working on at Corvid Robotics these days?" in made, made
    assert not any("How are you finding it" in t for t in made)


def test_their_own_company_is_asked_about_its_work():
    for them_job, name, headline in (
            (job("Okafor Textiles", "Managing Director", "2026-02"), "Emeka Okafor", "Textiles"),
            (job("Brightloom", "Founder & CEO", "2026-05"), "Ethan Park", "Founder & CEO at Brightloom")):
        made = texts(*_classmates(them_job, name=name, headline=headline))
        assert not any("How are you finding it" in t for t in made), (name, made)
        assert any(t.endswith("these days?") and CLASS in t for t in made), (name, made)


def test_no_how_are_you_finding_it_where_the_sender_worked_too():
    made = texts(*_classmates(job("Corvid Robotics", "Controls Engineer", "2026-03"),
                              my_jobs=(job("Corvid Robotics", "Designer", "2017-01", "2018-12"),)))
    assert not any(CLASS in t and "Corvid Robotics" in t for t in made), made
    made = texts(*_classmates(job("Corvid Robotics", "Controls Engineer", "2026-03"),
                              my_jobs=(job("Lumen Robotics", "Designer", "2017-01", "2018-12"),)))
    assert any(CLASS in t and "Corvid Robotics" in t for t in made), made  # near-miss: another company of yours


# ---------------------------------------------------------------- talks said in the sentence's own words

def test_an_event_name_is_never_cut_at_a_little_word_or_a_dot():
    assert _talk_said("Spoke at the Women in Data Science conference. Great crowd!", "en") == \
        "you spoke at the Women in Data Science"
    assert _talk_said("Presented at the Dept. of Health on rail slots", "en") == "your post about your talk"


def test_a_talk_is_said_as_their_post_or_that_they_spoke_never_as_seen():
    assert _talk_said("J'ai donné une conférence à Kigali sur la santé.", "fr") == "que vous aviez parlé à Kigali"
    assert talk_words("it", "Torino") == "che hai parlato a Torino"
    assert _talk_said("Presented our pilot results at the annual meeting", "fr") == \
        "votre publication sur votre intervention"


def test_portuguese_puts_an_article_before_an_event_not_before_a_town():
    assert _talk_said("Dei uma palestra na IAPP Europe sobre privacidade.", "pt") == \
        "que você deu uma palestra na IAPP Europe"
    assert _talk_said("Dei uma palestra em Lisboa sobre privacidade.", "pt") == "que você deu uma palestra em Lisboa"
    assert _talk_said("Spoke at the Nordic Freight Forum about rail slots.", "pt") == \
        "que você deu uma palestra na Nordic Freight Forum"
    assert talk_words("en", "Kigali", a_place=True) == "you spoke in Kigali"
    # An English 'in' of the event's town is never left inside a Portuguese sentence.
    post = "Spoke at IAPP Europe in Brussels on cookie banners."
    assert _talk_said(post, "pt") == "que você deu uma palestra na IAPP Europe"
    assert _talk_said(post, "en") == "you spoke at IAPP Europe in Brussels on cookie banners"


# ---------------------------------------------------------------- your own work, said in a sentence

def test_your_work_is_said_in_the_sentence_never_as_a_tag_in_brackets():
    me = LEEDS_ANALYST.me_with(skills=["State machines"], about="Forms, state machines, and accessible UI.")
    them = LEEDS_ANALYST.p(posts=[{"text": "Slides from my EuroPython talk on state machines for forms are up",
                                   "date": LEEDS_ANALYST.recently}])
    made = [s.text for s in LEEDS_ANALYST.starters(them, me) if s.kind == "post"]
    assert made and all("(" not in t for t in made), made


def test_my_own_line_of_work_only_when_your_headline_says_it():
    asking = "Does anyone know a good surtitle translator for a German opera tour? Recommendations welcome."
    translator = LEEDS_ANALYST.me_with(headline="DE-EN surtitle translator", skills=["Surtitles"],
                                       experience=[job("Freelance", "Surtitle translator", "2018-01")])
    them = LEEDS_ANALYST.p(posts=[{"text": asking, "date": LEEDS_ANALYST.recently}])
    made = [s.text for s in LEEDS_ANALYST.starters(them, translator)]
    assert any("That's my own line of work" in t for t in made), made
    # A fundraiser whose employer is named for the work asked about: the name is no line of work of theirs.
    youth = "Looking for advice on youth programs: who runs good youth programs in Chicago? Recommendations welcome."
    fundraiser = LEEDS_ANALYST.me_with(headline="Development Director at Chicago Youth Programs",
                                       experience=[job("Chicago Youth Programs", "Development Director", "2019-01")])
    them = LEEDS_ANALYST.p(posts=[{"text": youth, "date": LEEDS_ANALYST.recently}])
    made = [s.text for s in LEEDS_ANALYST.starters(them, fundraiser)]
    assert not any("line of work" in t for t in made), made
