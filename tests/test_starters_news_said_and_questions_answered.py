"""Conversation starters, review sets 33-36, each class with its near-misses, on made-up people: good news and talks said
in the sender's words (never their sentence pasted back in brackets, never their 'today'); a classmate whose page says
what they have done since; 'which team were you on?' to a title that is the team, and the same-time line between two
who led together; an offer to introduce 'someone' when what they ask for is the sender's own work."""

from __future__ import annotations

from starter_examples import LEEDS_ANALYST, job, person, texts

from companion.ground.starter_templates import NEWS_WORDS, news_words
from companion.ground.starters import _news_read, _talk_said

# ---------------------------------------------------------------- good news in the sender's words

NEWS = [
    ("Today we launched the Wren pantry app publicly 🚀", "Hi Amara, congratulations on launching the Wren pantry app! "
     "What was the hardest part to get right?"),
    ("Our paper on tidal turbine wakes was accepted at OCEANS Halifax 2027", "Hi Amara, congratulations on the paper at "
     "OCEANS Halifax! What was the hardest part to get right?"),
    ("Our team completed SOC 2 Type II certification for the billing platform today.", "Hi Amara, congratulations on the "
     "SOC 2 Type II certification! What was the hardest part to get right?"),
    ("News: after six years at Fernhill I'll be joining Pellucid Labs as Staff Engineer next month",
     "Hi Amara, congratulations on the new role at Pellucid Labs! What are you most looking forward to?"),
    ("Our pop-up clinic won the regional health innovation award at the Leeds Health Summit!",
     "Hi Amara, congratulations on winning the regional health innovation award! What did it take?"),
]


def test_good_news_is_said_in_the_senders_words_never_pasted_back():
    for post, expected in NEWS:
        said = LEEDS_ANALYST.post_starter(post)
        assert said == expected, (post, said)
        assert "(" not in said and "\u201c" not in said and "today" not in said.lower()


def test_news_whose_object_is_not_named_is_said_by_its_kind():
    assert _news_read("We finally launched! Two years in the making.", "post-achievement", "en")[1] == "on the launch"
    assert _news_read("Closed the year at 112% of plan with the whole EMEA crew.", "post-achievement", "en")[1] == ""
    assert _news_read("Excited to share that I've started a new position!", "post-new-role", "en")[1] == "on the new role"


def test_news_is_said_in_every_language_the_template_exists_in():
    german = "Unser Team hat heute die ISO 26262-Zertifizierung für das neue Steuergerät abgeschlossen."
    assert _news_read(german, "post-achievement", "de")[1] == "zur ISO 26262-Zertifizierung"
    assert _news_read("Hoy lanzamos por fin nuestra app de reservas.", "post-achievement", "es")[1] == "por el lanzamiento"
    # A language whose wording cannot carry the name says the kind alone; every language has every kind.
    assert _news_read("We launched the Wren pantry app", "post-achievement", "pl")[1] == "z okazji premiery"
    assert all(set(kinds) == set(NEWS_WORDS["en"]) for kinds in NEWS_WORDS.values())
    assert news_words("ko", "launch", "the Wren pantry app") == "출시"


def test_a_talk_is_said_by_where_it_was_and_on_what():
    assert _talk_said("Slides from my EuroPython talk on typing pandas code are up", "en") == \
        "you spoke at EuroPython on typing pandas code"
    assert _talk_said("Spoke at the Nordic Freight Forum about rail slots.", "en") == \
        "you spoke at the Nordic Freight Forum on rail slots"
    assert _talk_said("Ayer di una charla en Codemotion Madrid sobre accesibilidad", "es") == \
        "que diste una charla en Codemotion Madrid"
    # No event named: their post about it, never their sentence.
    assert _talk_said("Presented our pilot results at the annual meeting yesterday", "en") == "your post about your talk"
    said = LEEDS_ANALYST.post_starter("Slides from my EuroPython talk on typing pandas code are up")
    assert said == ("Hi Amara, I saw you spoke at EuroPython on typing pandas code. What did the audience ask you about "
                    "most?")


# ---------------------------------------------------------------- a classmate whose page says what they did since

def _classmate(*jobs: dict, **fields) -> tuple:
    me = person(name="Ruth Okoye", headline="Product designer at Kestrel", location="Vancouver, Canada",
                experience=[job("Kestrel", "Product designer", "2019-01")],
                education=[{"school": "Simon Fraser University", "degree": "BDes", "start": "2012", "end": "2016"}])
    them = person(name="Ethan Park", headline="Engineer", location="Vancouver, Canada", experience=list(jobs),
                  education=[{"school": "Simon Fraser University", "degree": "BASc", "start": "2012", "end": "2016"}],
                  **fields)
    return me, them


def test_a_classmate_with_a_job_now_is_asked_about_it():
    me, them = _classmate(job("Corvid Robotics", "Controls Engineer", "2021-03"))
    made = texts(me, them)
    assert ("Hi Ethan, fellow Simon Fraser University class of 2016 here! What are you working on at Corvid Robotics "
            "these days?") in made, made
    assert not any("up to since" in t for t in made)


def test_a_classmate_just_laid_off_gets_no_what_have_you_been_up_to():
    me, them = _classmate(job("Corvid Robotics", "Controls Engineer", "2021-03", "2026-11"),
                          about="I was laid off from Corvid Robotics last month and I'm looking for controls roles.")
    assert not any("class of 2016" in t for t in texts(me, them))


def test_a_classmate_whose_page_lists_nothing_since_is_still_asked():
    me, them = _classmate()
    assert any("What have you been up to since?" in t for t in texts(me, them))


# ---------------------------------------------------------------- 'which team?' answered, or leaders together

def _hotel(title: str) -> tuple:
    me = person(name="Joy Santos", headline="Revenue manager", location="Manila, Philippines",
                experience=[job("Harbourview Grand Hotel", "Revenue Analyst", "2018-01", "2021-06")])
    them = person(name="Mark Reyes", headline="Hospitality professional", location="Manila, Philippines",
                  experience=[job("Harbourview Grand Hotel", title, "2018-06", "2022-01")])
    return me, them


def test_which_team_is_not_asked_of_a_title_that_is_the_team():
    for title in ("Front Desk Agent", "Developer Relations Engineer", "Concierge"):
        made = texts(*_hotel(title))
        assert not any("Which team were you on?" in t for t in made), (title, made)
        assert any("at the same time" in t for t in made), (title, made)
    assert any("Which team were you on?" in t for t in texts(*_hotel("Analyst")))  # near-miss: the title says no team


def _startup(my_title: str, their_title: str) -> tuple:
    me = person(name="Greg Olsen", headline="Engineering leader", location="Oslo, Norway",
                experience=[job("Lumenfold", my_title, "2019-01", "2023-06")])
    them = person(name="Ines Berg", headline="Designer", location="Oslo, Norway",
                  experience=[job("Kvist", "Designer", "2024-02"), job("Lumenfold", their_title, "2020-02", "2024-01")])
    return me, them


def test_two_leaders_of_one_small_firm_at_one_time_get_no_same_time_line():
    assert not any("same time" in t for t in texts(*_startup("VP Engineering", "Head of Design")))
    assert any("same time" in t for t in texts(*_startup("Software Engineer", "Product Designer")))


# ---------------------------------------------------------------- their ask is the sender's own work

def _asker(post: str) -> object:
    return person(name="Deniz Aydın", headline="Producer at Kleines Theater", location="Berlin, Germany",
                  languages=["English"], posts=[{"text": post, "date": "2026-12-01"}])


def test_who_asks_for_the_senders_own_work_is_offered_it_not_someone():
    me = person(name="Sophie Lang", headline="DE-EN surtitle translator for theatre and opera", location="Berlin, Germany",
                languages=["English", "German"], experience=[job("Freelance", "Surtitle translator", "2015-01")])
    made = texts(me, _asker("Looking for an English surtitle translator for our Edinburgh run next summer. Any leads?"))
    assert not any("introduce you to someone" in t for t in made), made
    assert any("That's my own line of work," in t for t in made), made
    other = person(name="Sophie Lang", headline="Stage manager", location="Berlin, Germany", languages=["English"],
                   experience=[job("Volksbühne", "Stage manager", "2015-01")], skills=["Theatre"])
    assert not any("my own line of work" in t for t in texts(other, _asker(
        "Looking for an English surtitle translator for our Edinburgh theatre run next summer. Any leads?")))


# ---------------------------------------------------------------- a pastime that is their work, or their news

def _drawer(headline: str, title: str, posts: list[dict] | None = None, interests: tuple = ("Drawing",)) -> tuple:
    me = person(name="Min Cho", headline="Product manager", location="Busan, South Korea", interests=list(interests),
                experience=[job("Haneul Pay", "Product manager", "2020-01")])
    them = person(name="Seo Park", headline=headline, location="Daegu, South Korea", interests=list(interests),
                  experience=[job("Studio Gureum", title, "2019-01")], posts=posts or [])
    return me, them


def test_a_pastime_that_is_their_trade_is_not_asked_how_they_got_started():
    assert not any("into drawing" in t for t in texts(*_drawer("2D Animator", "2D Animator")))
    assert not any("museums" in t.lower() for t in texts(*_drawer("Egyptologist", "Curator", interests=("Museums",))))
    assert any("into drawing" in t for t in texts(*_drawer("Backend engineer", "Backend engineer")))  # near-miss


def test_a_pastime_whose_feat_they_just_posted_is_not_asked_how_they_got_started():
    feat = [{"text": "Ran the Gyeongju marathon in 3:28 and qualified for Boston!", "date": "2026-11-20"}]
    made = texts(*_drawer("Backend engineer", "Backend engineer", posts=feat, interests=("Running",)))
    assert not any("into running" in t for t in made), made
    plain = [{"text": "Ran the Gyeongju marathon last weekend with friends.", "date": "2026-11-20"}]
    assert any("into running" in t for t in texts(*_drawer("Backend engineer", "Backend engineer", posts=plain,
                                                           interests=("Running",))))

