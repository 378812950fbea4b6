"""Conversation starters, round 18 (issue 18, review sets 29–30): a colleague addressed as a stranger, a question their
page already answers, grief told as a burial, a family name greeted as a given name, a joke quoted as their work, a
German school name left undeclined, and a talk whose slides are up read as no talk. Each class with its true case and
its near-misses (made-up people)."""

from starter_examples import LEEDS_ANALYST, NOW, job, person, sender, texts

from companion.ground.names import name_to_greet
from companion.ground.person_reading import in_hard_times, tells_of_a_death, thanks_for_messages_and_steps_away
from companion.ground.post_reading import post_kind
from companion.ground.starter_templates import TEMPLATES, with_articles
from companion.ground.starters import describes_work
from companion.models import Profile

# ---------------------------------------------------------------- colleagues, now or at the same time


def _architect(experience: list[dict], **fields) -> Profile:
    return sender(headline="Architect", location="Berlin, Germany", languages=["English"], experience=experience,
                  education=[{"school": "University of Sheffield", "degree": "MArch", "field": "Architecture",
                              "start": "2008", "end": "2012"}], interests=["Sailing"], **fields)


def _their_school_and_sailing(experience: list[dict], **fields) -> Profile:
    return person(headline="Architect", location="Berlin, Germany", languages=["English"], experience=experience,
                  education=[{"school": "University of Sheffield", "degree": "BA", "field": "Architecture",
                              "start": "2002", "end": "2005"}], interests=["Sailing"], **fields)


def _strangers_openers(made: list[str]) -> list[str]:
    return [t for t in made if "Sheffield" in t or "sailing" in t.lower()]


def test_colleagues_now_get_no_strangers_opener():
    """On one employer's staff now (a VP who just joined the sender's company): no school nostalgia, no 'how did you get
    into sailing?', and 'we're both at X now' is retired: nothing."""
    me = _architect([job("Kettle & Reed Studio", "Architect", "2021-05")])
    them = _their_school_and_sailing([job("Kettle & Reed Studio", "Chief Architect", "2026-11")])
    assert texts(me, them) == []
    # Near-miss: the same two at different employers are strangers, and the shared school and pastime are said.
    elsewhere = _their_school_and_sailing([job("Hollis Partners", "Director", "2026-11")])
    assert _strangers_openers(texts(me, elsewhere))


def test_colleagues_at_the_same_time_say_so_or_say_nothing():
    # Three years side by side at one architects' office, and she has left it and looks for work: the workplace
    # cannot be said (no 'your time there' to a job seeker), and no stranger's opener is said instead.
    me = _architect([job("Kettle & Reed Studio", "Architect", "2021-05"),
                     job("Holm Architekten", "Junior Architect", "2016-10", "2021-04")])
    seeking = _their_school_and_sailing([job("Holm Architekten", "Project Lead", "2018-02", "2026-09")],
                                        about="After eight years at Holm I am looking for a new challenge. Open to work.")
    assert not _strangers_openers(texts(me, seeking))
    # Said first when it can be said; what else they share may follow (review set 30: sent).
    stays = _their_school_and_sailing([job("Pellmann Bau", "Project Lead", "2021-06"),
                                       job("Holm Architekten", "Project Lead", "2018-02", "2021-05")])
    made = texts(me, stays)
    assert made and "Holm Architekten at the same time" in made[0]


def test_an_intern_or_a_large_employer_leaves_two_people_strangers():
    me = _architect([job("Kettle & Reed Studio", "Architect", "2021-05"),
                     job("Holm Architekten", "Senior Architect", "2016-10", "2021-04")])
    intern = _their_school_and_sailing([job("Pellmann Bau", "Architect", "2022-01"),
                                        job("Holm Architekten", "Architecture Intern", "2019-01", "2019-04")])
    assert _strangers_openers(texts(me, intern))
    big = _architect([job("Kettle & Reed Studio", "Architect", "2021-05"),
                      job("Microsoft", "Designer", "2016-10", "2021-04")])
    at_microsoft = _their_school_and_sailing([job("Microsoft", "Designer", "2018-02")])
    assert _strangers_openers(texts(big, at_microsoft))


def test_no_offer_of_introductions_for_your_own_employers_hiring():
    """Even at an employer too large for two people to know each other, their hiring is yours: referred inside."""
    post = [{"text": "We're hiring two senior data engineers for our Dublin analytics team. DM me if interested.",
             "date": "2026-11-28"}]
    them = person(headline="Engineering Manager at Microsoft", location="Dublin, Ireland", languages=["English"],
                  experience=[job("Microsoft", "Engineering Manager", "2019-01")], posts=post)
    def offers(employer: str) -> bool:
        me = sender(headline=f"Data engineer at {employer}", location="Dublin, Ireland", languages=["English"],
                    experience=[job(employer, "Data Engineer", "2020-01")], skills=["Data engineering"])
        return any("introduce you" in t for t in texts(me, them))
    assert not offers("Microsoft")
    assert offers("Kestrel Freight")  # near-miss: from another employer, the offer stands


# ---------------------------------------------------------------- a question their page already answers


def _former_colleague(title: str, about: str = "") -> tuple[Profile, Profile]:
    me = sender(headline="Designer", location="Lisbon, Portugal", languages=["English"],
                experience=[job("Quill Health", "Designer", "2023-01"), job("Farfetch", "Designer", "2018-01", "2022-10")])
    them = person(headline="Designer", location="Lisbon, Portugal", languages=["English"], about=about,
                  experience=[job("Feedzai", "Designer", "2023-01"), job("Farfetch", title, "2019-02", "2022-12")])
    return me, them


def _asks_which_team(me: Profile, them: Profile) -> bool:
    return any("Which team were you on?" in t for t in texts(me, them))


def test_which_team_is_not_asked_when_their_about_or_title_says():
    assert not _asks_which_team(*_former_colleague("Product Designer",
                                                   "Designer in Lisbon. Four years at Farfetch looking after checkout."))
    assert not _asks_which_team(*_former_colleague("Data Journalist"))
    assert not _asks_which_team(*_former_colleague("Composer / Sound Designer"))
    # Near-misses: a bare 'Ex-Farfetch', a data analyst's title: the team is not told, and it is asked.
    assert _asks_which_team(*_former_colleague("Product Designer", "Designer in Lisbon. Ex-Farfetch."))
    assert _asks_which_team(*_former_colleague("Data Analyst"))


def test_what_they_studied_is_not_asked_when_the_degree_names_it():
    def studied(degree: str) -> list[str]:
        me = sender(headline="Product manager", languages=["English"], location="Bengaluru, India",
                    education=[{"school": "IIM Bangalore", "degree": "MBA", "start": "2014", "end": "2016"}])
        them = person(headline="Product lead", languages=["English"], location="Bengaluru, India",
                      education=[{"school": "IIM Bangalore", "degree": degree, "field": "", "start": "2013",
                                  "end": "2016"}])
        return [t for t in texts(me, them) if "IIM Bangalore" in t]
    assert studied("MBA") and not any("What were you studying" in t for t in studied("MBA"))
    assert any("What were you studying there?" in t for t in studied("Exchange semester"))


def test_no_what_are_you_working_on_when_their_about_lists_it():
    about = ("I design markets and squares that respond to heat, rain and how people actually live.\n\n"
             "Currently: a new market hall in Kumasi; a library in Tamale; a book on West African modernism.")
    me = sender(headline="Urban planner", languages=["English"], location="Accra, Ghana")
    them = person(headline="Architect", languages=["English"], location="Accra, Ghana", about=about,
                  experience=[job("Boateng Studio", "Principal", "2018-03")])
    assert not any("describe your work" in t for t in texts(me, them))
    # Near-miss: the same line without the list of what they are working on is still praised.
    told_less = them.model_copy(update={"about": about.split("\n\n")[0]})
    assert any("describe your work" in t for t in texts(me, told_less))


def test_a_post_is_not_asked_what_it_says():
    ask = LEEDS_ANALYST.post_starter
    # What the audience asked, what they look forward to, what comes next: told in the post, not asked back.
    assert ask("Gave a talk at the Leeds JS meetup on state machines for forms. Most questions were about testing them.") is None
    assert ask("Thrilled to share that I've joined Cloudline as VP Sales, APAC! I'm excited to build the APAC team "
               "from Singapore.") is None
    assert ask("We launched our clinic booking app across Leeds! The hardest part was the NHS login. "
               "Next up: Bradford and York.") is None
    # Near-misses: the questions mentioned but not what they were; 'excited to share'; no word of what comes next.
    assert "What did the audience ask" in (ask("Gave a talk at the Leeds JS meetup on state machines for forms. Still "
                                               "thinking about the questions from the Q&A.") or "")
    assert "most looking forward to" in (ask("Thrilled to share that I've joined Cloudline as VP Sales, APAC! After 7 "
                                             "great years at Freshworks, a new chapter.") or "")
    assert "What comes next" in (ask("We launched our clinic booking app across Leeds! The hardest part was the NHS "
                                     "login.") or "")


# ---------------------------------------------------------------- a joke quoted as their work


def test_a_joke_on_who_they_are_not_is_no_description_of_their_work():
    assert not describes_work("Running coach, not a golfer (Golf is my nickname 😄).")
    assert not describes_work("I coach runners in Bangkok, and yes, Golf is my nickname.")
    # Near-misses: a negation inside the work ('that don't wake people up') and a plain line still describe it.
    assert describes_work("I build data platforms that don't wake people up at night.")
    assert describes_work("I coach runners through their first marathon, not just their fastest one.")


# ---------------------------------------------------------------- grief told as a burial


def test_a_burial_is_a_death_in_our_languages():
    for text in ("Yesterday we laid to rest my mother, who gave me my first running shoes.",
                 "I buried my father two weeks ago.", "We buried Dad on Friday.",
                 "Heute haben wir meine Mutter zu Grabe getragen.", "Nous avons enterré mon père hier.",
                 "Wczoraj pochowaliśmy mojego tatę.", "We lost Mum on Sunday.", "Ho perso mia madre la settimana scorsa.",
                 "Letzte Woche habe ich meine Mutter verloren.", "J'ai perdu mon père la semaine dernière."):
        assert tells_of_a_death(text), text
    for text in ("Don't bury the lede: our Q3 numbers are in.", "I buried the lede in this post.",
                 "Rehearsing Chopin's funeral march for Sunday's recital.", "Buried in email today.",
                 "The rumours were finally laid to rest.", "Ich habe meine Brille verloren.", "We lost the match on Sunday.",
                 "J'ai perdu mon téléphone."):
        assert not tells_of_a_death(text), text


def test_a_stranger_waits_after_their_mothers_burial():
    post = ("Yesterday we laid to rest my mother. Thank you all for the messages. "
            "I will be away from the track for two weeks.")
    them = person(posts=[{"text": post, "date": "2026-11-22"}])
    assert in_hard_times(them, NOW) == "wait"
    assert thanks_for_messages_and_steps_away("Thank you all for the messages. I will be away from the track for two weeks.")
    assert not thanks_for_messages_and_steps_away("Thanks for the birthday messages! I'll be away for two weeks in Bali.")


# ---------------------------------------------------------------- a family name greeted as a given name


def test_the_name_they_go_by_when_written_apart():
    cases = {"Wong Ka Yan (Kayan)": "Kayan", "Chan Tai Man (Peter)": "Peter", "Chan Tai Man, Peter": "Peter",
             "WONG Ka Yan": "Ka Yan", "NGUYEN Thi Lan": "Lan", "Smith, John": "John",
             # Near-misses: a nickname after the given name, a credential after a comma, a capitalised firm.
             "Kittipong Chaiyawat (Golf)": "Kittipong", "Jane Smith, PhD": "Jane", "Maria Lopez (she/her)": "Maria",
             "Miriam ALBRECHT": "Miriam"}
    for name, greeted in cases.items():
        assert name_to_greet(Profile(name=name)) == greeted, name


# ---------------------------------------------------------------- a German school name in the dative


def test_a_german_school_name_declines_after_an_der():
    template = TEMPLATES["de"]["school-same-time-known"]
    def said(school: str) -> str:
        return with_articles(template.format(first="Miriam", thing=school), "de")
    assert "an der Technischen Universität Berlin waren" in said("Technische Universität Berlin")
    assert "an der Rheinisch-Westfälischen Technischen Hochschule Aachen" in said(
        "Rheinisch-Westfälische Technische Hochschule Aachen")
    assert "am Karlsruher Institut für Technologie waren" in said("Karlsruher Institut für Technologie")
    # Near-misses: a noun ending in -e, a name with no adjective, a hyphenated name stay as written.
    assert "an der Hochschule Bremen waren" in said("Hochschule Bremen")
    assert "an der Universität Wien waren" in said("Universität Wien")
    assert "an der Ludwig-Maximilians-Universität München" in said("Ludwig-Maximilians-Universität München")


def test_a_german_employer_name_opening_on_an_adjective_takes_its_article():
    move = TEMPLATES["de"]["career-move"].format(first="Miriam", before="Deutsche Bank",
                                                  after="Technische Universität München")
    assert "von der Deutschen Bank zur Technischen Universität München gewechselt" in with_articles(move, "de")
    neuter = TEMPLATES["de"]["employer"].format(first="Miriam", thing="Deutsches Zentrum für Luft- und Raumfahrt")
    assert "beim Deutschen Zentrum für Luft- und Raumfahrt gearbeitet" in with_articles(neuter, "de")
    # Near-misses: a name without an adjective, a city's '-er' name, stay as written.
    for plain in ("Siemens", "Sauerbruch Hutton", "Berliner Verkehrsbetriebe"):
        said = TEMPLATES["de"]["employer"].format(first="Miriam", thing=plain)
        assert f"bei {plain} gearbeitet" in with_articles(said, "de")


# ---------------------------------------------------------------- a talk whose slides are up


def test_a_talk_given_is_a_talk_though_its_slides_are_up():
    assert post_kind("Slides from my PyCon Canada talk 'dbt tests are not a data quality strategy' are up. "
                     "Thanks to everyone who came to the hallway track after!") == "talk"
    assert post_kind("Ayer tuve el honor de intervenir en las Jornadas de Derecho Laboral hablando sobre la jornada "
                     "de 37,5 horas. Gracias a todas las personas que vinisteis.") == "talk"
    # Near-misses: someone else's slides put online, and a talk still to come with tickets, are no talk of theirs.
    assert post_kind("The slides from Ana's keynote are up. Worth a look.") != "talk"
    assert post_kind("My talk at PyCon is next week! Tickets are still available.") != "talk"
