"""Recall across languages, by classes: names given in one language and their acronym in another's brackets, an
acronym of a name written before the city it is in, legal forms written before a name (Vietnamese, Ukrainian and
Russian), the same words quoted when both wrote them, hobbies named in central and eastern European languages, and
skills' words in more languages and spellings."""

from __future__ import annotations

import pytest
from ground_examples import found, person

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise.acronyms import initials
from companion.ground.normalise.companies import normalise_company
from companion.ground.normalise.interests import normalise_interest, wider_interests
from companion.ground.normalise.skills import skill_words

SHARED = [
    # The name in its own language, and the English name with that name's acronym in brackets.
    ("employer", "İstanbul Büyükşehir Belediyesi", "Istanbul Metropolitan Municipality (IBB)"),
    ("school", "Szkoła Główna Handlowa w Warszawie", "Warsaw School of Economics (SGH)"),
    # An acronym of the name written before its city.
    ("school", "USJ", "Université Saint-Joseph de Beyrouth"),
    # A legal form written before the name.
    ("employer", "Tập đoàn Lộc Trời", "Loc Troi Group JSC"),
    ("employer", "ПАТ «Київміськбуд»", "Kyivmiskbud"),
    ("employer", "Công ty Cổ phần Vinamilk", "Vinamilk"),
    # Hobbies in central and eastern European, Turkish and Estonian names; a dance in its own script.
    ("interest", "Pszczelarstwo", "Beekeeping"),
    ("interest", "Vízilabda", "Water polo"),
    ("interest", "Košarka", "Basketball"),
    ("interest", "Stripovi", "Comics"),
    ("interest", "Шах", "Chess"),
    ("interest", "Kuş gözlemciliği", "Birdwatching"),
    ("interest", "Półmaratony", "Half marathons"),
    ("interest", "Houbaření", "Foraging for mushrooms"),
    ("interest", "Планинарство", "Hiking"),
    ("interest", "कथक", "Kathak"),
    ("interest", "Shōgi", "Japanese chess"),
    ("interest", "Baduk", "Go (board game)"),
    ("interest", "Kolarstwo", "Cycling"),
    ("interest", "Fotoğrafçılık", "Photography"),
    ("interest", "Vrtlarstvo", "Gardening"),
    ("interest", "Gry planszowe", "Board games"),
    # Skills in other languages, by their words.
    ("skill", "Sérigraphie", "Screen printing"),
    ("skill", "Análise de desempenho", "Performance analysis"),
    ("skill", "Prevenção de lesões", "Injury prevention"),
    ("skill", "Gestão hoteleira", "Hotel management"),
    ("skill", "Kentsel planlama", "Urban planning"),
    ("skill", "Violonchelo", "Cello"),
    ("skill", "Programação funcional", "Functional programming"),
    ("skill", "Ochrona roślin", "Crop protection"),
    ("skill", "Bảo vệ thực vật", "Plant protection"),
    ("skill", "Canh tác lúa", "Rice cultivation"),
    ("skill", "Siembra directa", "No-till farming"),
    ("skill", "Zarządzanie projektami", "Project management"),
    ("skill", "Rekabet hukuku", "Competition law"),
]


@pytest.mark.parametrize(("kind", "mine", "theirs"), SHARED)
def test_one_thing_in_two_languages_is_shared(kind, mine, theirs):
    assert [c for c in found(kind, mine, theirs) if c.kind == kind], (mine, theirs)


NOT_SHARED = [
    # Whose own words spell the acronym in brackets: two institutions of one acronym.
    ("school", "National University of Science and Technology", "Namibia University of Science and Technology (NUST)"),
    # A campus written after 'at' is another campus; a country after 'de' another country's body.
    ("school", "UNC Chapel Hill", "University of North Carolina at Charlotte"),
    ("employer", "INE - Instituto Nacional de Estatística", "Instituto Nacional de Estatística de Cabo Verde"),
    # A first name is no legal form: 'Pat' in Latin letters stays.
    ("employer", "Pat McGrath Labs", "McGrath Labs"),
    # Two board games are two hobbies, though both are board games; Turkish 'kayak' (skiing) is not read as kayaking.
    ("interest", "Chess", "Go"),
    ("interest", "Skiing", "Kayak"),
]


@pytest.mark.parametrize(("kind", "mine", "theirs"), NOT_SHARED)
def test_what_only_looks_alike_stays_apart(kind, mine, theirs):
    for a, b in ((mine, theirs), (theirs, mine)):
        assert not [c for c in found(kind, a, b) if c.kind == kind], (a, b)


def test_an_acronym_may_leave_out_the_city_written_after_the_name_but_not_a_campus_or_a_country():
    assert "usj" in initials("Université Saint-Joseph de Beyrouth")
    assert "sgh" in initials("Szkoła Główna Handlowa w Warszawie")
    assert "unc" not in initials("University of North Carolina at Charlotte")
    assert "ine" not in initials("Instituto Nacional de Estatística de Cabo Verde")


def test_legal_forms_before_a_name_are_dropped():
    assert normalise_company("Tập đoàn Lộc Trời").key == normalise_company("Loc Troi").key
    assert normalise_company("ООО «Яндекс»").key == normalise_company("Яндекс").key
    assert normalise_company("Pat McGrath Labs").key != normalise_company("McGrath Labs").key


def test_a_board_game_is_a_kind_of_board_games():
    for game in ("Chess", "Go (board game)", "Shōgi", "Backgammon"):
        assert "interest:board-games" in wider_interests(normalise_interest(game).key), game
    ground = find_common_ground(person(interests=["Board games"]), person(interests=["Xiangqi"]))
    assert [c.label for c in ground.commonalities if c.kind == "interest"] == ["board games"]


def test_the_same_words_both_wrote_are_quoted():
    me = person(skills=["Strategic planning", "Corporate strategy"])
    them = person(skills=["Strategy", "Corporate Strategy"])
    quoted = [(c.mine, c.theirs) for c in find_common_ground(me, them).commonalities if c.kind == "skill"]
    assert quoted == [("Corporate strategy", "Corporate Strategy")]


@pytest.mark.parametrize(("a", "b"), [
    ("Ilustracija", "Illustration"), ("Fermentace", "Fermentation"), ("Organizace", "Organisation"),
    ("Datavisualisatie", "Datavisualization"), ("Data visualisation", "Data visualization"),
    ("funcional", "functional"),
])
def test_one_word_in_more_languages_and_spellings(a, b):
    assert skill_words(a) == skill_words(b)


@pytest.mark.parametrize(("a", "b"), [("Interface", "Interfation"), ("Workplace", "Workplation"), ("Embrace", "Embration")])
def test_english_words_ending_in_ace_keep_their_ending(a, b):
    assert skill_words(a) != skill_words(b)


PLACES_AND_NAMES_SHARED = [
    # A big city's numbered district, and a district then its neighbourhood after a dash.
    ("place", "Budapest XIII. kerület", "Budapest"),
    ("place", "Praha 2 – Vinohrady", "Prague, Czechia"),
    # A university's name in another language, then the name the tables know; a group of schools before one.
    ("school", "Waipapa Taumata Rau, University of Auckland", "University of Auckland"),
    ("school", "Groupe ISCAE", "ISCAE"),
    # Its own name bare, and with its kind of university after it.
    ("school", "Sharif", "Sharif University of Technology"),
    # A faculty, then its university's acronym after a dash.
    ("school", "Facultad de Ciencias Agrarias - UNR", "UNR"),
    # A registered charity's legal form.
    ("employer", "Greater Vancouver Food Bank", "Greater Vancouver Food Bank Society"),
    # A campus abroad, said with 'in' and its country, is the university.
    ("school", "Georgetown University in Qatar", "Georgetown University"),
    ("school", "Carnegie Mellon University in Qatar", "Carnegie Mellon University"),
    # Renames, national arms and short names the tables now know.
    ("employer", "Taxify", "Bolt Technology OÜ"),
    ("employer", "LAN Airlines", "LATAM Airlines Group S.A."),
    ("employer", "Air Pacific Limited", "Fiji Airways"),
    ("employer", "Bolloré Africa Logistics", "Africa Global Logistics"),
    ("employer", "ING België", "ING Groep N.V."),
    ("school", "TalTech", "Tallinn University of Technology"),
    ("school", "ETHZ", "ETH Zürich"),
]


@pytest.mark.parametrize(("kind", "mine", "theirs"), PLACES_AND_NAMES_SHARED)
def test_places_and_names_written_more_fully_are_shared(kind, mine, theirs):
    here = {} if kind == "place" else {"location": "Casablanca, Morocco"}  # an acronym is placed where it is said
    shared = found(kind, mine, theirs, me=here, them=here)
    assert [c for c in shared if c.kind == kind], (mine, theirs)


@pytest.mark.parametrize(("kind", "mine", "theirs"), [
    ("school", "Seoul National University", "Seoul National University of Science and Technology"),
    ("school", "University of Queensland", "Queensland University of Technology (QUT)"),
    ("school", "Zhejiang University", "Zhejiang University of Technology"),
])
def test_a_university_and_the_university_of_technology_of_its_name_stay_two(kind, mine, theirs):
    assert not [c for c in found(kind, mine, theirs) if c.kind == kind]


@pytest.mark.parametrize(("kind", "mine", "theirs"), [
    # A campus said with 'at' is a university of its own; a short name two companies share stays with neither.
    ("school", "Texas A&M University at Qatar", "Texas A&M University"),
    ("employer", "AGL Energy", "Africa Global Logistics"),
    ("school", "Texas Tech University (TTU)", "TalTech"),
])
def test_campuses_at_a_place_and_shared_short_names_stay_apart(kind, mine, theirs):
    assert not [c for c in found(kind, mine, theirs) if c.kind == kind]


def test_a_number_after_a_name_that_is_no_big_city_is_no_district():
    from companion.ground.normalise.places import resolve_place

    assert resolve_place("Studio 54") is None
    assert resolve_place("Route 66") is None
    assert resolve_place("Paris 15e").city == "Paris"


@pytest.mark.parametrize("mine, theirs", [
    ("ภาษาไทย", "Thai"),       # Thai joins its word for language to the name
    ("華語", "Mandarin"),      # Mandarin as Taiwan and Singapore name it
    ("华语", "Chinese"),
    ("Huayu", "中文"),
])
def test_languages_by_their_names_at_home(mine, theirs):
    shared = find_common_ground(person(languages=[mine]), person(languages=[theirs])).commonalities
    assert [c.kind for c in shared] == ["language"]


def test_a_language_word_joined_to_another_name_is_still_that_language():
    shared = find_common_ground(person(languages=["ภาษาไทย"]), person(languages=["ภาษาอังกฤษ"])).commonalities
    assert not [c for c in shared if c.kind == "language"]
