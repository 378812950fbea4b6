"""Conversation starters, round 15 (issue 18, review set 27): 'and you're still there' a week after their post of their
last day there, 'which team were you on?' from a hiring manager to someone openly looking for work, an offer to find
'someone' when the sender is that someone (a mentor, a team being built), and 'how did you get into cycling?' to the
head of a city's sustainable mobility. Each class with its true case and its near-misses (made-up people)."""

from starter_examples import NOW, job, person, sender, texts

from companion.ground.person_reading import is_their_profession, with_goodbyes_read
from companion.models import Profile

# ---------------------------------------------------------------- a goodbye post ends the job it names

KELPIE_ALUMNUS = sender(headline="Senior UX Researcher at Brightpath", location="Jakarta, Indonesia",
                        languages=["English"],
                        experience=[job("Brightpath", "Senior UX Researcher", "2021-07"),
                                    job("Kelpie Labs", "UX Researcher", "2018-03", "2021-06")])


def _researcher(*posts: tuple[str, str], jobs: list[dict] | None = None) -> Profile:
    return person(name="Sari Wulandari", headline="UX Research Lead at Kelpie Labs", location="Jakarta, Indonesia",
                  experience=jobs or [job("Kelpie Labs", "UX Research Lead", "2019-01"),
                                      job("Tokobaru", "UX Researcher", "2016-02", "2018-12")],
                  posts=[{"text": text, "date": date} for text, date in posts])


LAST_DAY = "After seven years, Friday is my last day at Kelpie Labs. Taking a few months off before what comes next."


def _end_of(them: Profile, company: str) -> str | None:
    return next(j.end for j in with_goodbyes_read(them, NOW).experience if j.company == company)


def test_a_goodbye_post_ends_the_job_it_names():
    assert _end_of(_researcher((LAST_DAY, "2026-11-26")), "Kelpie Labs") == "2026-11"
    assert _end_of(_researcher(("Hoy es mi último día en Kelpie Labs. ¡Gracias, equipo!", "2026-11-20")),
                   "Kelpie Labs") == "2026-11"


def test_no_still_there_nor_where_i_used_to_work_after_their_last_day():
    them = _researcher((LAST_DAY, "2026-11-26"))
    made = texts(KELPIE_ALUMNUS, them)
    assert not any("still there" in t or "where I used to work" in t for t in made)
    # Without the goodbye, the same page is asked what has changed since: the rule is the post, not the page.
    assert any("still there" in t for t in texts(KELPIE_ALUMNUS, _researcher()))


def test_a_goodbye_naming_no_employer_ends_their_only_job():
    assert _end_of(_researcher(("Today is my last day. Thank you all for seven wonderful years.", "2026-11-27")),
                   "Kelpie Labs") == "2026-11"


def test_a_goodbye_naming_no_employer_ends_nothing_when_they_hold_two_jobs():
    jobs = [job("Kelpie Labs", "UX Research Lead", "2019-01"), job("Universitas Nusantara", "Lecturer", "2022-08")]
    them = _researcher(("Today is my last day. Thank you all!", "2026-11-27"), jobs=jobs)
    assert _end_of(them, "Kelpie Labs") is None and _end_of(them, "Universitas Nusantara") is None


def test_leaving_for_a_trip_a_new_chapter_or_a_volunteer_post_ends_no_job():
    for post in ("I'm leaving for Porto tomorrow: two days of talks on diary studies.",
                 "A new chapter: our team moved into the new office this week.",
                 "After four years I'm stepping down as chair of our parents' association. Thank you all!"):
        assert _end_of(_researcher((post, "2026-11-27")), "Kelpie Labs") is None


def test_the_job_they_left_for_is_not_ended_by_the_goodbye():
    jobs = [job("Estudio Tinta", "Founder", "2026-11"), job("Kelpie Labs", "UX Research Lead", "2019-01", "2026-10")]
    them = _researcher(("After 7 years, I've left Kelpie Labs to start my own studio, Estudio Tinta.", "2026-11-02"),
                       jobs=jobs)
    assert _end_of(them, "Estudio Tinta") is None


def test_the_new_employer_a_goodbye_names_is_not_ended():
    jobs = [job("Tokobaru", "UX Research Lead", "2026-10"), job("Kelpie Labs", "UX Research Lead", "2019-01")]
    them = _researcher(("After 7 years I've left Kelpie Labs and joined Tokobaru. Excited!", "2026-11-20"), jobs=jobs)
    assert _end_of(them, "Tokobaru") is None and _end_of(them, "Kelpie Labs") == "2026-11"
    # Who joined them is no new employer: the goodbye still ends the job it names.
    them = _researcher(("I've left Kelpie Labs. Thank you to all who joined me at Kelpie Labs.", "2026-11-20"))
    assert _end_of(them, "Kelpie Labs") == "2026-11"


def test_a_last_day_of_an_event_or_a_holiday_ends_no_job():
    for post in ("Great last day at Web Summit in Lisbon: the talks on research ops were superb.",
                 "It's my last day of holidays in Bali, back to the desk on Monday."):
        assert _end_of(_researcher((post, "2026-11-27")), "Kelpie Labs") is None
    assert _end_of(_researcher(("It's my last day at the office. Thank you, team!", "2026-11-27")),
                   "Kelpie Labs") == "2026-11"


def test_an_old_goodbye_ends_nothing():
    them = _researcher((LAST_DAY, "2025-03-14"))
    assert _end_of(them, "Kelpie Labs") is None


# ---------------------------------------------------------------- openly looking for work, from a sender who hires

RECRUITER = dict(name="Megan Doyle", headline="Technical Recruiter | Open to work", location="Seattle, Washington",
                 experience=[job("Cascadia Homes", "Senior Technical Recruiter", "2021-03", "2026-10"),
                             job("Northwind Retail", "Technical Recruiter", "2015-01", "2021-02")],
                 posts=[{"text": "Thank you to everyone who reached out after my last post. I've had 40+ messages and "
                                 "I'm working through them slowly.", "date": "2026-11-09"}])


def _engineering_head(headline: str) -> Profile:
    return sender(headline=headline, location="Seattle, Washington", languages=["English"],
                  experience=[job("Tallyworks", "Head of Engineering", "2024-09"),
                              job("Northwind Retail", "Senior Software Development Manager", "2016-05", "2024-08")])


def test_no_small_talk_from_a_hiring_manager_to_someone_openly_looking_for_work():
    made = texts(_engineering_head("Head of Engineering at Tallyworks | Hiring in Seattle"), person(**RECRUITER))
    assert not any("Which team were you on?" in t or "Northwind" in t for t in made)


def test_a_sender_who_does_not_hire_still_asks_about_the_shared_employer():
    # Sent by reviewers to a hotel GM and a data scientist open to work (review sets 7, 12, 21).
    made = texts(_engineering_head("Head of Engineering at Tallyworks"), person(**RECRUITER))
    assert any("Northwind Retail" in t for t in made)
    for words in ("I apply machine learning to payroll", "Always looking for a good book"):
        made = texts(_engineering_head(f"Head of Engineering at Tallyworks | {words}"), person(**RECRUITER))
        assert any("Northwind Retail" in t for t in made), words


# ---------------------------------------------------------------- the sender is the 'someone' they ask for

ASPIRING_DEVOPS = dict(name="Linh Pham", headline="QA Engineer @ Saigon Softworks | Aspiring DevOps",
                       location="Ho Chi Minh City, Vietnam",
                       about="2 years in QA, learning Docker and GitHub Actions on weekends. Looking for a mentor!",
                       experience=[job("Saigon Softworks", "QA Engineer", "2024-08")])


def _devops(about: str) -> Profile:
    return sender(name="Tran Quoc Bao", headline="Senior DevOps Engineer at Mekong Ride", about=about,
                  location="Ho Chi Minh City, Vietnam", languages=["English"],
                  experience=[job("Mekong Ride", "Senior DevOps Engineer", "2022-05")])


def test_no_offer_to_find_a_mentor_from_a_sender_who_mentors():
    made = texts(_devops("Platform engineer. I mentor juniors moving into DevOps through a local community."),
                 person(**ASPIRING_DEVOPS))
    assert not any("introduce you to someone" in t for t in made)


def test_a_sender_who_does_not_mentor_offers_to_find_one():
    for about in ("Platform engineer. I look after our Docker images and GitHub Actions pipelines.",
                  "Platform engineer. Our team has a mentoring culture; I look after our Docker images."):
        made = texts(_devops(about), person(**ASPIRING_DEVOPS))
        assert any("Looking for a mentor" in t and "introduce you to someone" in t for t in made), about


CAREER_SHIFTER = dict(name="Paolo Santos", headline="Registered Nurse → Data Analyst | Open to opportunities",
                      location="Quezon City, Philippines",
                      about="After 6 years as an ICU nurse I'm moving into healthcare data. Currently looking for my "
                            "first analyst role.",
                      experience=[job("Self-directed", "Career break / data upskilling", "2024-03"),
                                  job("Manila Heart Center", "Staff Nurse, ICU", "2018-05", "2024-02")])


def _manager(headline: str) -> Profile:
    return sender(name="Rica Domingo", headline=headline, location="Makati, Philippines", languages=["English"],
                  experience=[job("Lakbay Health", "Analytics Manager", "2021-02")])


def test_a_sender_building_a_team_still_offers_introductions():
    # A judged trade-off: reviewers noted the sender could help herself, yet sent the offer 3-0 (set 27, u2725).
    for team in ("a health data team", "a brand design team"):
        made = texts(_manager(f"Analytics Manager at Lakbay Health | Building {team}"), person(**CAREER_SHIFTER))
        assert any("first analyst role" in t and "introduce you to someone" in t for t in made)


# ---------------------------------------------------------------- a shared pastime that is their job

CYCLIST = sender(name="Beatriz Lima", headline="Smart City Consultant | Mobility data", location="Lisbon, Portugal",
                 languages=["Portuguese (native)", "English"], interests=["Cycling"],
                 experience=[job("Cidade Viva", "Smart City Consultant", "2022-09")])


def _official(headline: str, title: str) -> Profile:
    return person(name="Rui Carvalho", headline=headline, location="Lisboa, Portugal", languages=["Português", "Inglês"],
                  interests=["Ciclismo", "Jazz"], experience=[job("Câmara Municipal de Setúbal", title, "2020-01")])


def test_no_how_did_you_get_into_cycling_to_the_head_of_sustainable_mobility():
    title = "Chefe de Divisão de Mobilidade Sustentável"
    them = _official(f"{title} na Câmara Municipal de Setúbal", title)
    assert is_their_profession(them, "Ciclismo", "cycling")
    assert not any("ciclismo" in t.lower() or "cycling" in t.lower() for t in texts(CYCLIST, them))


def test_cycling_to_a_city_accountant_is_a_shared_pastime():
    them = _official("Contabilista na Câmara Municipal de Setúbal", "Contabilista")
    assert not is_their_profession(them, "Ciclismo", "cycling")
    assert any("ciclismo" in t.lower() for t in texts(CYCLIST, them))


def test_a_goodbye_that_tells_when_they_joined_still_ends_that_job():
    # 'joined Kelpie Labs' told of 2019 is not where they go: the same post's last day there ends it (review).
    for text in ("When I joined Kelpie Labs in 2019 I never imagined this. Friday is my last day at Kelpie Labs.",
                 "Seven years ago I started at Kelpie Labs as an intern. Today is my last day at Kelpie Labs."):
        assert _end_of(_researcher((text, "2026-11-20")), "Kelpie Labs") == "2026-11"
