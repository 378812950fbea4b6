"""Conversation starters, round 26 (issue 18, item 4): true, sendable lines a rule used to drop (review set 32, now a
tuning set), mended by class on made-up profiles: a book out now whose launch is dated; a post that opens on 'It's
out!'; a team's tickets closed read as tickets sold, a morning as a tomorrow, a term as a deadline; a talk told beside
thanks to its hosts; a paper named by its title of last month; a Turkish page written to in English by a Turk; 'which
team were you on?' across a VP and an intern."""

from __future__ import annotations

import pytest
from starter_examples import job, person, texts

from companion.ground.person_reading import written_in_a_language_we_lack
from companion.ground.post_reading import from_the_talk, post_kind

ME = person(name="Tom Hargreaves", headline="Backend engineer at Monzo", location="London, England, United Kingdom",
            languages=["English", "Spanish", "French", "German", "Portuguese"],
            experience=[job("Monzo", "Senior Backend Engineer", "2022-06")])


def _poster(post: str, date: str = "2026-11-27", **fields) -> object:
    return person(**{"name": "Laura Ortiz", "headline": "Writer", "location": "London, England, United Kingdom",
                     "languages": ["English"], "posts": [{"text": post, "date": date}], **fields})


def _post_starters(them) -> list[str]:
    return [t for t in texts(ME, them) if "Laura" in t or "Seun" in t]


# ---------------------------------------------------------------- a release whose launch event is dated


@pytest.mark.parametrize("text", [
    "¡Ya está en librerías «La luz de los naranjos», mi primera novela juvenil! La presentación en Madrid será el 10/01.",
    "My first novel 'The Orange Grove' is out now! The launch party is at Foyles on 14 January.",
    "Mon premier roman « Les Orangers » est enfin en librairie ! Présentation à Lyon le 10/01.",
])
def test_a_book_out_now_is_a_release_though_its_launch_event_is_dated(text):
    assert post_kind(text) == "release"


def test_a_book_out_now_with_a_dated_launch_is_congratulated_by_its_title():
    made = texts(ME, _poster("¡Ya está en librerías «La luz de los naranjos», mi primera novela juvenil! Gracias a mis "
                             "alumnos. La presentación en Madrid será el 10/01 en la Librería Tipos Infames.",
                             headline="Profesora de Lengua y Literatura", location="Sevilla, España",
                             languages=["Español", "Inglés"]))
    assert "Hola Laura, ¡enhorabuena por «La luz de los naranjos»! ¿Qué fue lo más difícil de conseguir?" in made, made


@pytest.mark.parametrize("text", [
    "Join us on 10/01 for the launch of our new book at Foyles. Tickets are free.",
    "La presentación de mi libro será el 10/01 en Madrid. ¡Os esperamos!",
])
def test_a_launch_still_to_come_is_still_a_notice(text):
    assert post_kind(text) == "skip"


# ---------------------------------------------------------------- 'It's out!'


def test_a_book_after_its_out_is_congratulated_by_its_title():
    made = _post_starters(_poster("It's out! 'Patient Capital: Investing for the Next Fifty Years', co-written with my "
                                  "longtime friend Geneviève Roy, is now available. She did the hard thinking."))
    assert "Hi Laura, congratulations on “Patient Capital: Investing for the Next Fifty Years”! What was the hardest " \
           "part to get right?" in made, made


def test_its_out_of_someone_elses_work_is_not_theirs():
    made = _post_starters(_poster("It's out! 'The State of Fintech 2026', the annual report from Acme Research, is now "
                                  "available for everyone."))
    assert not any("congratulations" in t for t in made), made


# ---------------------------------------------------------------- cues too broad in French, Spanish, German, Portuguese


@pytest.mark.parametrize(("text", "kind"), [
    ("Premier mois chez Alan en tant que Tech Lead : une équipe géniale, un produit qui compte, et déjà trois tickets "
     "d'accessibilité fermés.", "new-role"),
    ("Closed 40 Jira tickets this sprint and we finally shipped the new onboarding flow.", "good-news"),
    ("Heute Morgen habe ich meine Meisterprüfung bestanden! Zwei Jahre Abendschule.", "good-news"),
    ("O nosso novo site está pronto! Lançamos hoje depois de seis meses de trabalho.", "good-news"),
    ("Nuestra estrategia a largo plazo funcionó: este año ganamos el premio nacional de innovación.", "good-news"),
])
def test_work_words_are_not_read_as_notices(text, kind):
    assert post_kind(text) == kind


@pytest.mark.parametrize("text", [
    "Tickets for our meetup on 12 March are now available.",
    "Demain, je présente notre projet au salon de Lyon : passez nous voir !",
    "Morgen stelle ich unser Projekt in Hamburg vor.",
    "El plazo de inscripción termina el viernes.",
])
def test_real_notices_stay_notices(text):
    assert post_kind(text) == "skip"


def test_a_first_month_in_a_new_job_in_french_is_congratulated_by_its_employer():
    them = _poster("Premier mois chez Alan en tant que Tech Lead : une équipe géniale, un produit qui compte, et déjà "
                   "trois tickets d'accessibilité fermés.", date="2026-11-30", headline="Tech Lead chez Alan",
                   location="Paris, France", languages=["Français", "Anglais"],
                   experience=[job("Alan", "Tech Lead", "2026-11"), job("Doctolib", "Développeuse", "2019-03", "2026-10")])
    assert "Bonjour Laura, félicitations pour votre nouveau poste chez Alan ! Qu'est-ce qui vous enthousiasme le plus ?" \
           in texts(ME, them)


# ---------------------------------------------------------------- a talk told beside thanks


@pytest.mark.parametrize("text", [
    "Vielen Dank an die DGK für die Einladung nach Hamburg! Mein Vortrag zur Pulsed-Field-Ablation hat viele Fragen ausgelöst.",
    "Honoured to speak at the Swiss Finance Forum in Geneva on compliance culture. Thank you to everyone who came up afterwards.",
    "Great discussion at the IFA regional meeting in Montevideo on digital services taxation. Thanks to the organisers "
    "for the invitation to speak.",
    "Merci Paris Web pour l'accueil ! Les slides de ma conférence « Le lecteur d'écran n'est pas un cas limite » sont en ligne.",
    "The recording of my KubeCon talk 'Your dashboards are lying' is up. Thanks to everyone who came to the 9am slot.",
])
def test_a_talk_told_beside_thanks_is_their_talk(text):
    assert post_kind(text) == "talk"


@pytest.mark.parametrize("text", [
    "Thanks to the organisers for the invitation to speak. Doors open at 9am tomorrow.",
    "Vielen Dank an alle, die zu unserem Sommerfest gekommen sind!",
])
def test_a_plain_thank_you_is_not_a_talk(text):
    assert post_kind(text) == "skip"


def test_a_talk_to_come_is_no_talk_given():
    # Wished good luck since mend 37, never asked what its audience asked.
    assert post_kind("Honoured to speak at the Swiss Finance Forum next week. See you in Geneva!") == "talk-to-come"


def test_a_talk_after_thanks_is_quoted_from_the_talk():
    text = "Vielen Dank an die DGK für die Einladung nach Hamburg! Mein Vortrag zur Ablation hat viele Fragen ausgelöst."
    assert from_the_talk(text) == "Mein Vortrag zur Ablation hat viele Fragen ausgelöst."
    made = texts(ME, _poster(text, headline="Oberärztin Kardiologie", location="Berlin, Deutschland",
                             languages=["Deutsch", "Englisch"]))
    # Said in the sender's words: the talk, never the thank-you to the hosts (review sets 33-36: no pasted sentence).
    assert any("Ihren Vortrag" in t for t in made) and not any("Dank" in t or "„" in t for t in made), made
    assert not any("Vielen Dank" in t for t in made), made


# ---------------------------------------------------------------- a paper of last month


def test_a_paper_named_by_its_title_is_congratulated_seven_weeks_on():
    them = _poster("New paper out: 'Trust, rumour and routine immunisation in Lagos' with colleagues at NCDC and LSHTM.",
                   date="2026-10-19")
    made = _post_starters(them)
    assert "Hi Laura, congratulations on “Trust, rumour and routine immunisation in Lagos”! What was the hardest part " \
           "to get right?" in made, made


def test_a_paper_three_months_old_is_no_news():
    them = _poster("New paper out: 'Trust, rumour and routine immunisation in Lagos' with colleagues at NCDC and LSHTM.",
                   date="2026-09-01")
    assert not any("congratulations" in t for t in _post_starters(them))


def test_a_launch_seven_weeks_old_quoted_back_is_still_no_news():
    them = _poster("We launched our new invoicing app for freelancers today after a year of work.", date="2026-10-19")
    assert not any("congratulations" in t for t in _post_starters(them))


# ---------------------------------------------------------------- the conversation's language

ISTANBUL_ME = person(name="Can Öztürk", headline="İnsan Kaynakları Müdürü – Koç Holding", location="İstanbul, Türkiye",
                     about="İK alanında 12 yıl. İş hukuku ve çalışan deneyimi ilgi alanlarım.",
                     languages=["Türkçe", "İngilizce"], education=[{"school": "Galatasaray Üniversitesi", "start": "2009",
                                                                     "end": "2014"}])


def _turkish_lawyer(*posts: str) -> object:
    return person(name="Elif Yılmaz", headline="Avukat | İş Hukuku | Yılmaz Hukuk Bürosu Kurucusu",
                  location="İstanbul, Türkiye", languages=["Türkçe", "İngilizce"],
                  about="İş hukuku alanında 11 yıllık avukat. Çalışanların ve işverenlerin adil bir zeminde buluşmasına "
                        "inanıyorum.",
                  education=[{"school": "Galatasaray Üniversitesi", "start": "2010", "end": "2015"}],
                  posts=[{"text": text, "date": "2026-11-09"} for text in posts])


def test_a_turkish_page_with_one_english_post_gets_no_english_from_a_turk():
    them = _turkish_lawyer("Kendi büromu açtım! Kadıköy'deki küçük ofisimizde danışmanlık vermeye başladık.",
                           "Proud to be listed among the 'Employment Lawyers to Watch' in Legal 500 Türkiye.")
    assert written_in_a_language_we_lack(ISTANBUL_ME, them) == "tr"
    assert texts(ISTANBUL_ME, them) == []


def test_a_turkish_name_in_an_english_page_is_not_turkish():
    them = person(name="Elif Yılmaz", headline="Employment lawyer at Yılmaz Legal", location="İstanbul, Türkiye",
                  about="I advise employers and employees on Turkish labour law, in English and in Turkish.",
                  languages=["Türkçe", "İngilizce"])
    assert written_in_a_language_we_lack(ISTANBUL_ME, them) is None


# ---------------------------------------------------------------- a VP and an intern


def _at_relic(me_title: str, their_title: str) -> tuple[object, object]:
    me = person(name="Sam Okoye", headline="Engineering at EA", location="Vancouver, Canada", languages=["English"],
                experience=[job("Electronic Arts", "Director", "2021-06"),
                            job("Relic Entertainment", me_title, "2014-09", "2021-05")])
    them = person(name="Jamie Liu", headline="Game developer", location="Vancouver, Canada", languages=["English"],
                  experience=[job("Small Lantern Studio", "Developer", "2021-03"),
                              job("Relic Entertainment", their_title, "2015-01", "2019-02")])
    return me, them


def test_which_team_is_not_asked_across_a_vp_and_a_junior():
    me, them = _at_relic("Vice President, Production", "Junior Technical Artist")
    assert not any("Which team" in t for t in texts(me, them))
    me, them = _at_relic("Junior Producer", "Vice President, Production")
    assert not any("Which team" in t for t in texts(me, them))


def test_which_team_is_still_asked_between_peers():
    me, them = _at_relic("Gameplay Programmer", "Technical Artist")
    assert any("Which team were you on?" in t for t in texts(me, them))


# ---------------------------------------------------------------- what the mends must not reach


@pytest.mark.parametrize("text", [
    "Thrilled to speak at the London Disputes Week panel on mining arbitration next June.",
    "Honoured to speak at GITEX on building data teams in the Gulf.",
])
def test_a_talk_that_may_be_to_come_is_not_a_talk_given(text):
    assert post_kind(text) != "talk"


def test_a_book_out_next_spring_is_not_congratulated_as_out():
    made = _post_starters(_poster("My first picture book, 'Moss and the Very Loud Quiet', is out next spring with "
                                  "Groundwood Books! I still can't believe it.", date="2026-10-20"))
    assert not any("congratulations" in t for t in made), made


def test_a_name_in_quotation_marks_beside_no_work_is_not_congratulated_as_theirs():
    them = _poster("Publicamos la evaluación de impacto del programa de becas «Mi Prepa»: la asistencia escolar aumentó "
                   "4,2 puntos en el primer año.", headline="Economista", location="Ciudad de México, México",
                   languages=["Español", "Inglés"])
    assert not any("por «Mi Prepa»" in t for t in texts(ME, them))
