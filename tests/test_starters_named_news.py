"""Conversation starters, round 25 (issue 18, item 4): their news is named, not pasted back in brackets. A new role is
congratulated by the employer their page lists and the post names ('congratulations on your new role at Spotify!'), a
work by the title the post gives it in quotation marks or after its label ('New preprint: …'); a post whose first
sentence is too short to quote ('New chapter!', 'It's out!') is opened on when its news can be named so. Reviewers
refused 'congratulations on your news (“Our choir won…”)!' and its kin as robotic (review sets 31–33)."""

from __future__ import annotations

from starter_examples import job, person, texts

ME = person(name="Tom Hargreaves", headline="Backend engineer at Monzo", location="London, England, United Kingdom",
            languages=["English"], experience=[job("Monzo", "Senior Backend Engineer", "2022-06")])


def _mover(post: str, *jobs: dict, date: str = "2026-11-20") -> object:
    return person(name="Aisling Byrne", headline="Product manager", location="Dublin, Ireland", languages=["English"],
                  experience=list(jobs) or [job("Spotify", "Senior Product Manager", "2026-11"),
                                            job("BBC", "Product Manager", "2017-09", "2026-10")],
                  posts=[{"text": post, "date": date}])


def test_a_new_role_is_congratulated_by_its_employer_not_by_a_pasted_quote():
    made = texts(ME, _mover("After nine years at the BBC I've joined Spotify here in Dublin to work on podcast discovery."))
    assert "Hi Aisling, congratulations on your new role at Spotify! What are you most looking forward to?" in made
    assert not any("(“" in t for t in made), made


def test_a_new_role_told_in_a_short_first_sentence_is_still_congratulated():
    # 'New chapter!' is too short to quote; the role it announces is named by their page.
    made = texts(ME, _mover("New chapter! After nine years at the BBC I've joined Spotify here in Dublin to work on "
                            "podcast discovery. Huge thanks to the iPlayer crew."))
    assert "Hi Aisling, congratulations on your new role at Spotify! What are you most looking forward to?" in made


def test_a_role_the_post_does_not_name_is_not_named():
    # Their page lists Spotify, the post tells of a promotion at the BBC: which role it is, is not plain.
    made = texts(ME, _mover("New chapter! I've been promoted to head of product at the BBC, starting this month."))
    assert not any("Spotify" in t for t in made), made


def test_a_role_begun_long_before_the_post_is_not_the_one_it_announces():
    made = texts(ME, _mover("New chapter! I've joined Spotify here in Dublin to work on podcast discovery.",
                            job("Spotify", "Senior Product Manager", "2024-01"), job("BBC", "Product Manager", "2017-09", "2023-12")))
    assert not any("new role at Spotify" in t for t in made), made


def _author(post: str, date: str = "2026-11-25", **fields) -> object:
    return person(**{"name": "Laura Ortiz", "headline": "Biostatistician", "location": "Chapel Hill, North Carolina",
                     "languages": ["English"], "posts": [{"text": post, "date": date}], **fields})


def test_a_work_is_congratulated_by_its_title_in_quotation_marks():
    made = texts(ME, _author("My new book 'Patterns of Patient Capital in Infrastructure' is out now. I wrote it over "
                             "three long winters."))
    assert "Hi Laura, congratulations on “Patterns of Patient Capital in Infrastructure”! What was the hardest part " \
           "to get right?" in made, made


def test_a_work_is_congratulated_by_the_title_after_its_label():
    made = texts(ME, _author("New preprint: Bayesian borrowing from historical controls in rare-disease vaccine trials "
                             "(medRxiv). Comments welcome!"))
    assert "Hi Laura, congratulations on “Bayesian borrowing from historical controls in rare-disease vaccine trials”! " \
           "What was the hardest part to get right?" in made, made
    assert not any("your news" in t for t in made), made


def test_two_titles_leave_the_work_unnamed():
    made = texts(ME, _author("Our new papers are out: 'Trust and rumour in Lagos' and 'Routine immunisation in Abuja'. "
                             "Three years of fieldwork with colleagues."))
    assert not any("congratulations on “" in t for t in made), made


def test_a_new_role_is_named_in_spanish_too():
    me = person(name="Lucía Pérez", headline="Ingeniera de datos", location="Madrid, España", languages=["Español"],
                experience=[job("Cabify", "Ingeniera de datos", "2021-03")])
    them = person(name="Marta Gil", headline="Product manager", location="Sevilla, España", languages=["Español"],
                  experience=[job("Glovo", "Product Manager", "2026-11"), job("Cabify", "Analista", "2015-01", "2019-10")],
                  posts=[{"text": "¡Nueva etapa! Me incorporo a Glovo como product manager del equipo de logística.",
                          "date": "2026-11-20"}])
    made = texts(me, them)
    assert "Hola Marta, ¡enhorabuena por el nuevo puesto en Glovo! ¿Qué es lo que más ilusión te hace?" in made, made


def test_who_has_just_joined_your_own_employer_gets_no_strangers_congratulation():
    colleague = person(name="Tom Hargreaves", headline="Engineer at Spotify", location="Dublin, Ireland",
                       languages=["English"], experience=[job("Spotify", "Senior Engineer", "2022-06")])
    made = texts(colleague, _mover("After nine years at the BBC I've joined Spotify here in Dublin to work on podcast "
                                   "discovery."))
    assert not any("new role" in t for t in made), made
