"""Mend 44 (review set 41): no 'still there' to who left and came back; no 'which team?' between two of a small firm
its pages call small in their own language; no quote cut at an abbreviation; no intro offer from who hires for what
they seek; a gathering's kind word kept; no hobby line on their trade; French wording without agreement; an award
named or not congratulated vaguely. Made-up pages of each class, not the set's own."""

from __future__ import annotations

from datetime import UTC, datetime

from companion.ground import starters
from companion.ground.common_ground import find_common_ground
from companion.ground.starters import suggest_starters
from companion.models import Profile

NOW = datetime(2026, 12, 7, tzinfo=UTC)


def _starters(me: Profile, them: Profile) -> list[str]:
    return [s.text for s in suggest_starters(me, them, find_common_ground(me, them, None), now=NOW)]


# ---------------------------------------------------------------- 1. a return to a former employer

def _returner_pair(lang_me: list[str], lang_them: list[str]) -> tuple[Profile, Profile]:
    me = Profile(name="Piotr Nowak", headline="Account Director at SAP", location="Warsaw, Poland",
                 languages=lang_me,
                 experience=[{"company": "SAP", "title": "Account Director", "start": "2020-02"},
                             {"company": "Accenture", "title": "Consultant", "start": "2013-01", "end": "2020-01"}])
    them = Profile(name="Marta Wiśniewska", headline="Partner at Accenture", location="Warsaw, Poland",
                   languages=lang_them,
                   experience=[{"company": "Accenture", "title": "Partner", "start": "2026-06"},
                               {"company": "Boltworks", "title": "COO", "start": "2023-03", "end": "2026-05"},
                               {"company": "Accenture", "title": "Manager", "start": "2014-09", "end": "2023-02"}])
    return me, them


def test_who_left_and_came_back_is_never_told_they_are_still_there():
    for languages in (["English"], ["Spanish", "English"], ["German", "English"], ["French", "English"]):
        me, them = _returner_pair(languages, languages)
        found = _starters(me, them)
        assert not any(w in t for t in found for w in ("still there", "sigues allí", "noch dort", "y êtes toujours")), found


def test_the_returner_check_reads_a_gap_not_a_change_of_title():
    me, them = _returner_pair(["English"], ["English"])
    assert starters._came_back(them, ["Accenture"])
    promoted = Profile(**{**them.model_dump(), "experience": [
        {"company": "Accenture", "title": "Partner", "start": "2023-03"},
        {"company": "Accenture", "title": "Manager", "start": "2014-09", "end": "2023-02"}]})
    assert not starters._came_back(promoted, ["Accenture"])


# ---------------------------------------------------------------- 2. a small firm said small in Italian or Spanish

def test_a_firm_called_small_in_italian_or_spanish_gets_no_which_team_between_its_staff():
    for about, post in (("Ho iniziato in una startup di otto persone, Pastabox, dove ho imparato tutto.", None),
                        (None, "Qué tiempos en Pastabox: éramos siete y hacíamos de todo.")):
        me = Profile(name="Marco Bianchi", headline="Designer at Zalando", location="Milano, Italia",
                     about=about, languages=["Italiano", "English"],
                     experience=[{"company": "Zalando", "title": "Designer", "start": "2020-01"},
                                 {"company": "Pastabox", "title": "Designer", "start": "2016-01", "end": "2019-12"}])
        them = Profile(name="Lucía Pérez", headline="Product Manager at Glovo", location="Milano, Italia",
                       languages=["Italiano", "English"],
                       posts=[{"text": post, "date": "2026-10-01"}] if post else [],
                       experience=[{"company": "Glovo", "title": "Product Manager", "start": "2020-05"},
                                   {"company": "Pastabox", "title": "Product Manager", "start": "2016-04",
                                    "end": "2020-04"}])
        found = _starters(me, them)
        assert not any("team" in t.lower() or "Pastabox" in t for t in found), found


# ---------------------------------------------------------------- 3. a quote never cut at an abbreviation

def test_sentences_do_not_end_at_an_abbreviation_or_before_a_lowercase_word_or_a_number():
    assert starters._sentences("Busco fotos de barcos do séc. XIX para um livro. Obrigado!") == [
        "Busco fotos de barcos do séc. XIX para um livro.", "Obrigado!"]
    assert starters._sentences("We are approx. 40 people now. Hiring soon.") == [
        "We are approx. 40 people now.", "Hiring soon."]
    assert starters._sentences("Suche Karten aus dem 17. Jh. für mein Projekt. Danke.") == [
        "Suche Karten aus dem 17. Jh. für mein Projekt.", "Danke."]
    assert starters._sentences("I sold the boat. Then we moved.") == ["I sold the boat.", "Then we moved."]
    # A number after a whole word's full stop begins a sentence ('nobody looks. 20 years coaching').
    assert starters._sentences("Finding talent where nobody looks. 20 years coaching.") == [
        "Finding talent where nobody looks.", "20 years coaching."]


def test_a_request_quoted_is_never_cut_at_an_abbreviation():
    me = Profile(name="Ana Souza", headline="Archivist at Arquivo Nacional", location="Rio de Janeiro, Brasil",
                 languages=["Português", "English"], skills=["Fotografia histórica", "Arquivos"],
                 experience=[{"company": "Arquivo Nacional", "title": "Arquivista", "start": "2015-01"}])
    them = Profile(name="Bruno Lima", headline="Historiador · Fotografia histórica", location="Rio de Janeiro, Brasil",
                   languages=["Português"],
                   posts=[{"text": "Procuro fotografias de arquivos de portos do séc. XIX para um livro. Alguém conhece?",
                           "date": "2026-11-30"}])
    for text in _starters(me, them):
        assert not text.rstrip("”“.?! ").endswith(("séc", "do séc")) and "séc”" not in text, text


# ---------------------------------------------------------------- 5. a gathering's kind word kept, with its article

def test_a_gathering_keeps_its_kind_word_and_its_article():
    assert starters._gathering_named("Lisbon Urban Gardening Meetup") == "the Lisbon Urban Gardening Meetup"
    assert starters._gathering_named("Tide Talk podcast") == "the Tide Talk podcast"
    assert starters._gathering_named("The Porto Chess Club") == "the Porto Chess Club"
    assert starters._gathering_named("PyLadies Lisboa") == "PyLadies Lisboa"


# ---------------------------------------------------------------- 4. no intro offer from who hires for what they seek

def test_no_intro_offer_from_a_sender_whose_post_says_they_hire_for_what_is_sought():
    me = Profile(name="Dana Levi", headline="Engineering Manager, Search at Wix", location="Tel Aviv, Israel",
                 about="I lead a team of search engineers.",
                 experience=[{"company": "Wix", "title": "Engineering Manager", "start": "2021-01"}],
                 skills=["Elasticsearch", "Hiring"],
                 posts=[{"text": "We're opening 2 search engineer roles in February. Ranking experience a plus.",
                         "date": "2026-11-25"}])
    them = Profile(name="Yossi Cohen", headline="Search Engineer | Open to work", location="Tel Aviv, Israel",
                   about="Search engineer with 5 years on ranking. Looking for my next search engineer role in Tel Aviv.",
                   experience=[{"company": "Fiverr", "title": "Search Engineer", "start": "2021-03", "end": "2026-09"}])
    assert not any("introduce you" in t for t in _starters(me, them))


def test_no_intro_offer_from_a_lab_recruiting_the_phd_students_they_seek():
    me = Profile(name="Prof. Anna Berg", headline="Professor of Marine Ecology at Uppsala University",
                 location="Uppsala, Sweden", about="My group studies coastal ecosystems.",
                 experience=[{"company": "Uppsala University", "title": "Professor", "start": "2015-01"}],
                 skills=["Marine ecology", "Seagrass"],
                 posts=[{"text": "Our group is recruiting two PhD students for autumn 2027. Apply by 15 January.",
                         "date": "2026-11-20"}])
    them = Profile(name="Lars Holm", headline="MSc Marine Ecology, Stockholm University | Looking for a PhD position",
                   location="Stockholm, Sweden", about="Looking for a PhD on coastal ecosystems starting 2027.",
                   education=[{"school": "Stockholm University", "degree": "MSc", "field": "Marine Ecology",
                               "start": "2024", "end": "2026"}])
    assert not any("introduce you" in t for t in _starters(me, them))


# ---------------------------------------------------------------- 6. their trade or family craft is no shared hobby

def test_a_shared_interest_that_is_their_trade_gets_no_how_did_you_get_into_it():
    me = Profile(name="Inés Ruiz", headline="Data Journalist at El País", location="Madrid, Spain",
                 experience=[{"company": "El País", "title": "Data Journalist", "start": "2019-01"}],
                 interests=["Textiles", "Ceramics"])
    for headline, about, interest in (
            ("Harris Tweed weaver | Founder, Loom & Croft", "Third-generation weaver from Lewis.", "Textiles"),
            ("Studio potter", "Family workshop since 1952; I throw stoneware for restaurants.", "Ceramics")):
        them = Profile(name="Callum Macleod", headline=headline, location="Stornoway, Scotland", about=about,
                       interests=[interest])
        assert not any("get into" in t or "interested in" in t for t in _starters(me, them)), _starters(me, them)


# ---------------------------------------------------------------- 7. French with no agreement, 'chez' before a name

def test_the_french_venture_line_needs_no_agreement_and_says_chez_before_the_name():
    me = Profile(name="Tom Reid", headline="Game programmer at Ubisoft", location="Montréal, Canada",
                 languages=["English", "French"],
                 experience=[{"company": "Ubisoft", "title": "Programmer", "start": "2020-01"}])
    them = Profile(name="Élodie Martin", headline="Fromagère · Fondatrice de La Cave Commune",
                   location="Lyon, France", languages=["Français"],
                   about="J'ai quitté la finance pour apprendre le métier de fromagère. Aujourd'hui je fais vivre "
                         "La Cave Commune, une fromagerie de quartier.",
                   experience=[{"company": "La Cave Commune", "title": "Fondatrice", "start": "2022-03"},
                               {"company": "Fromagerie Quatrehomme", "title": "Apprentie fromagère",
                                "start": "2020-01", "end": "2022-02"}])
    found = _starters(me, them)
    venture = [t for t in found if "La Cave Commune" in t]
    assert venture and all("amené" not in t and "chez Fromagerie" not in t for t in venture), found
    assert any("donné envie de lancer" in t for t in venture), found


# ---------------------------------------------------------------- 8. an award named, or not congratulated vaguely

def _maker(post: str, languages: list[str], location: str) -> Profile:
    return Profile(name="Rosa Molina", headline="Sidrera · Fundadora de Sidra Valdés", location=location,
                   languages=languages, posts=[{"text": post, "date": "2026-11-30"}],
                   experience=[{"company": "Sidra Valdés", "title": "Fundadora", "start": "2015-01"}])


ME_EN = Profile(name="Tom Byrne", headline="Chemistry Teacher at St. Mary's School", location="Cork, Ireland",
                languages=["English"], experience=[{"company": "St. Mary's School", "title": "Teacher", "start": "2012-09"}])


def test_an_award_in_a_post_in_another_language_is_not_congratulated_vaguely():
    them = _maker("¡Nuestra sidra natural ha ganado la medalla de oro en el concurso regional! Gracias a todos.",
                  ["Español", "Inglés (básico)"], "Villaviciosa, Asturias, España")
    assert not any("the award" in t for t in _starters(ME_EN, them)), _starters(ME_EN, them)


def test_an_award_in_english_is_named_as_the_post_names_it():
    them = _maker("Our dry cider was awarded a gold medal at the Royal Bath & West Show. So proud of the team!",
                  ["English"], "Hereford, England")
    found = _starters(ME_EN, them)
    assert not any("the award" in t for t in found), found
    assert any("a gold medal" in t for t in found), found
