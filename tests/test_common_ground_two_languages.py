"""Classes of common ground in two languages (issue 18, item 5), each with the near-misses it must not make: one
organisation in its own language and in English (a word for its type before or after its name, a ministry naming the
country both live in), volunteering organisations compared as employers are, professional skills in more languages,
universities by their romanised names; and the false friends of the class: the same words in another order, a name
its brackets say is another thing, two campuses of one acronym, another country's Red Cross or chapter."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from ground_examples import found, person

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise.companies import (
    chapter_country,
    normalise_company,
    same_name_translated,
    same_national_member,
)
from companion.ground.normalise.schools import normalise_school
from companion.ground.normalise.skills import normalise_skill
from companion.ground.normalise.text import umlauts_spelled_out

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import bench_ground_recall  # noqa: E402


@pytest.mark.parametrize("mine, theirs", [
    # Words of law, finance, logistics, engineering, design and the public sector (skills.json `words`).
    ("Polityka podatkowa", "Tax policy"),
    ("Reddito fisso", "Fixed income"),
    ("Renda fixa", "Fixed income"),
    ("Conception de niveaux", "Level design"),
    ("Gesellschaftsrecht", "Corporate law"),
    ("Diritto societario", "Corporate law"),
    ("Vennootschapsrecht", "Corporate law"),
    ("Logística de última milla", "Last-mile logistics"),
    ("Ruimtelijke analyse", "Spatial analysis"),
    ("Análisis espacial", "Spatial analysis"),
    ("Marchés publics", "Commande publique"),
    ("Zamówienia publiczne", "Public procurement"),
    ("Contratación pública", "Public procurement"),
    ("Prestandaoptimering", "Performance optimization"),
    ("Warmtepompen", "Heat pumps"),
    ("Negociación colectiva", "Collective bargaining"),
    ("Kontraktlogistik", "Sözleşmeli lojistik"),
])
def test_a_professional_skill_in_two_languages(mine, theirs):
    assert found("skill", mine, theirs)


@pytest.mark.parametrize("mine, theirs", [
    ("Zamówienia publiczne", "Public policy"),       # the state buying is not its policy
    ("Gesellschaftsrecht", "Corporate finance"),     # a company's law is not its finance
    ("Reddito fisso", "Income tax"),
    ("Warmtepompen", "Heat exchangers"),
    ("Ruimtelijke analyse", "Spatial planning"),
    ("Negociación colectiva", "Negotiation"),
    ("Stan", "Stan (Go library)"),                   # the brackets say which Stan: another one
    ("Prophet", "Prophet (Python package)"),
])
def test_not_the_same_skill(mine, theirs):
    assert not found("skill", mine, theirs), (mine, theirs)


def test_brackets_saying_what_a_known_skill_is_change_nothing():
    assert found("skill", "pandas", "pandas (Python library)")
    assert normalise_skill("React (JavaScript library)").key == normalise_skill("React").key
    assert normalise_skill("Stan (Go library)").key != normalise_skill("Stan").key


def _volunteers(mine: str, theirs: str, my_place: str | None = None, their_place: str | None = None) -> list:
    ground = find_common_ground(person(volunteering=[{"organization": mine}], location=my_place),
                                person(volunteering=[{"organization": theirs}], location=their_place))
    return [c for c in ground.commonalities if c.kind == "group"]


@pytest.mark.parametrize("mine, theirs, my_place, their_place", [
    # The word for a foundation before the name in one language, after it in another.
    ("TEMA Vakfı", "TEMA Foundation", "İstanbul, Türkiye", "Istanbul, Turkey"),
    ("Fundacja Dajemy Dzieciom Siłę", "Dajemy Dzieciom Siłę Foundation", "Warszawa", "Warsaw, Poland"),
    ("Fondation Abbé Pierre", "Abbé Pierre Foundation", None, None),
    # A chapter named for its city, and one named for the country its member lives in.
    ("Naturskyddsföreningen", "Naturskyddsföreningen Göteborg", "Göteborg, Sverige", "Göteborg, Sverige"),
    ("WWF-Indonesia", "WWF", "Medan, Indonesia", "Jakarta, Indonesia"),
    ("Code Club UK", "Code Club", "Brighton, United Kingdom", "Guildford, United Kingdom"),
    # One national society in two languages, where both live.
    ("Croix-Rouge Libanaise", "Lebanese Red Cross", "Beirut, Lebanon", "Beirut, Lebanon"),
])
def test_one_volunteering_organisation_in_two_names(mine, theirs, my_place, their_place):
    assert _volunteers(mine, theirs, my_place, their_place)


@pytest.mark.parametrize("mine, theirs, my_place, their_place", [
    # Two national societies of one movement are two organisations, even where both live.
    ("Cruz Roja Española", "Nigerian Red Cross Society", "Madrid, España", "Madrid, Spain"),
    ("Deutsches Rotes Kreuz", "British Red Cross", "München, Deutschland", "Munich, Germany"),
    # A federation's bare name, written by someone of another country, is that country's own member.
    ("St John Ambulance", "St. John Ambulance Canada", "London, United Kingdom", "London, Ontario, Canada"),
])
def test_another_countrys_member_or_chapter_is_another_organisation(mine, theirs, my_place, their_place):
    assert not _volunteers(mine, theirs, my_place, their_place)


def test_the_country_a_chapter_names_and_a_member_in_two_languages():
    assert chapter_country("St. John Ambulance Canada", "St. John Ambulance") == "CA"
    assert chapter_country("Naturskyddsföreningen Göteborg", "Naturskyddsföreningen") is None  # a city, no country
    assert same_national_member("Fiji Red Cross Society", "Fiji Red Cross", "group:red-cross-and-red-crescent")
    assert not same_national_member("Cruz Roja Española", "Nigerian Red Cross Society", "group:red-cross-and-red-crescent")


@pytest.mark.parametrize("mine, theirs, place", [
    ("Max-Planck-Institut für medizinische Forschung", "Max Planck Institute for Medical Research", "Heidelberg"),
    ("Ministerstwo Finansów", "Ministry of Finance of the Republic of Poland", "Warsaw, Poland"),
    ("Kementerian Keuangan Republik Indonesia", "Ministry of Finance of Indonesia", "Jakarta, Indonesia"),
    ("Statistique Canada", "Statistics Canada", "Ottawa, Canada"),
    ("Kühne + Nagel (AG & Co.) KG", "Kuehne+Nagel AG", "Hamburg, Germany"),
    ("Farfetch Portugal, Unipessoal Lda", "Farfetch", "Porto, Portugal"),
])
def test_one_employer_in_its_own_language_and_in_english(mine, theirs, place):
    assert found("employer", mine, theirs, {"location": place}, {"location": place})


@pytest.mark.parametrize("mine, theirs, my_place, their_place", [
    ("Electronic Arts", "Arts Electronic Ltd", None, None),           # the same words in another order
    ("Ministerio de Salud", "Ministry of Health", "Santiago, Chile", "Santiago, Chile"),  # no country named: any
    ("Ministerio de Hacienda", "Ministry of Finance of Chile", "Madrid, Spain", "Madrid, Spain"),  # another's
    ("Ministerstwo Finansów", "Ministry of Finance of the Republic of Poland", "Warsaw, Poland", "Kyiv, Ukraine"),
])
def test_not_one_employer(mine, theirs, my_place, their_place):
    assert not found("employer", mine, theirs, {"location": my_place}, {"location": their_place}), (mine, theirs)


def test_a_ministry_is_the_country_both_live_in_only_when_one_names_it():
    assert same_name_translated("Ministerstwo Finansów", "Ministry of Finance of the Republic of Poland", {"PL"})
    assert not same_name_translated("Ministerstwo Finansów", "Ministry of Finance of the Republic of Poland", {"DE"})
    assert not same_name_translated("Ministerstwo Finansów", "Ministry of Finance", {"PL"})
    assert umlauts_spelled_out("Kühne Größe") == "Kuehne Groeße"
    assert normalise_company("Farfetch Portugal, Unipessoal Lda").key == normalise_company("Farfetch").key


@pytest.mark.parametrize("mine, theirs", [
    ("Hongik Daehakgyo", "Hongik University"),
    ("Boğaziçi Üniversitesi", "Bogazici University"),
    ("Tsinghua Daxue", "Tsinghua University"),
])
def test_a_university_by_its_romanised_or_native_name(mine, theirs):
    assert normalise_school(mine).key == normalise_school(theirs).key


@pytest.mark.parametrize("mine, theirs", [
    ("Pontifícia Universidade Católica de São Paulo (PUC-SP)", "PUC-Rio"),   # two universities of one name
    ("Pontifícia Universidade Católica do Rio de Janeiro (PUC-Rio)", "PUC-SP"),
])
def test_two_campuses_of_one_acronym_are_two_schools(mine, theirs):
    assert not found("school", mine, theirs, {"location": "São Paulo, Brasil"}, {"location": "São Paulo, Brasil"})


def test_the_same_campus_still_meets_itself():
    assert found("school", "Pontifícia Universidade Católica de São Paulo (PUC-SP)", "PUC-SP",
                 {"location": "São Paulo, Brasil"}, {"location": "São Paulo, Brasil"})


def test_the_bench_counts_a_volunteering_organisation_listed_as_an_employer(tmp_path):
    pair = {"id": "v1", "me": {"name": "A", "volunteering": [{"organization": "Cruz Vermelha Portuguesa"}]},
            "them": {"name": "B", "volunteering": [{"organization": "Cruz Vermelha Portuguesa"}]},
            "shared": [{"kind": "employer", "mine": "Cruz Vermelha Portuguesa", "theirs": "Cruz Vermelha Portuguesa"}],
            "not_shared": []}
    path = tmp_path / "dev.jsonl"
    path.write_text(json.dumps(pair) + "\n", encoding="utf-8")
    result = bench_ground_recall.score(bench_ground_recall.load_pairs(path))
    assert result["found"]["employer"] == 1 and not result["misses"]


@pytest.mark.parametrize("kind, mine, theirs", [
    # Causes and hobbies by their names in more languages (interests.json).
    ("cause", "Ochrona dzieci", "Child protection"),
    ("cause", "Ricerca sul cancro", "Cancer research"),
    ("cause", "Krebsforschung", "Cancer research"),
    ("cause", "Combate al hambre", "Food insecurity"),
    ("cause", "Isolement des aînés", "Loneliness among seniors"),
    ("cause", "Gıda israfını önleme", "Lotta allo spreco alimentare"),
    ("cause", "Erozyonla mücadele", "Combating soil erosion"),
    ("interest", "Wielrennen", "Koersfietsen"),
    ("interest", "Voga alla veneta", "Rowing"),
    ("interest", "Analogfotografie", "Film photography"),
    ("interest", "Kitap kulübü", "Reading"),
    ("interest", "Dojagi", "Pottery"),
    # Skills with a word of certification, soil, ports or newborns in another language.
    ("skill", "Sertifikasi RSPO", "RSPO certification"),
    ("skill", "Toprak analizi", "Analisi del suolo"),
    ("skill", "Hamnlogistik", "Port logistics"),
    ("skill", "Cuidados neonatais", "Neonatal care"),
    ("skill", "Energie-audits", "Energy auditing"),
])
def test_causes_hobbies_and_skills_in_more_languages(kind, mine, theirs):
    assert found(kind, mine, theirs)


@pytest.mark.parametrize("kind, mine, theirs", [
    ("cause", "Ochrona dzieci", "Animal protection"),
    ("cause", "Ricerca sul cancro", "Mental health"),
    ("cause", "Gıda israfını önleme", "Hunger relief"),
    ("interest", "Voga alla veneta", "Sailing"),
    ("interest", "Kitap kulübü", "Chess club"),
    ("skill", "Hamnlogistik", "Port security"),
    ("skill", "Toprak analizi", "Data analysis"),
])
def test_not_the_same_cause_hobby_or_skill(kind, mine, theirs):
    assert not found(kind, mine, theirs), (mine, theirs)


def _topics(mine: str, theirs: str) -> set[str]:
    ground = find_common_ground(person(about=mine), person(about=theirs))
    return {c.label for c in ground.commonalities if c.kind == "topic"}


def test_a_subject_written_about_in_two_languages():
    assert "AI ethics" in _topics("Scrivo di etica dell'intelligenza artificiale.", "I write about AI ethics.")
    assert _topics("Onderzoek naar klimaatadaptatie in steden.", "Working on climate adaptation in cities.")
    assert "AI ethics" not in _topics("Scrivo di etica dell'intelligenza artificiale.", "We build machine learning tools.")


def test_two_cities_of_the_rhine_neckar_region_share_it_and_not_the_next_one():
    assert found("place", "Heidelberg, Deutschland", "Mannheim, Germany")
    assert not found("place", "Heidelberg, Deutschland", "Karlsruhe, Germany")


@pytest.mark.parametrize("mine, theirs", [
    ("Fondazione AIRC per la ricerca sul cancro ETS", "Fondazione AIRC"),  # what it is for, and Italy's third-sector form
    ("Banco de Alimentos de México (BAMX)", "Red BAMX"),                   # the network its acronym names
])
def test_a_volunteering_organisation_by_its_short_name(mine, theirs):
    assert _volunteers(mine, theirs, "Milano, Italia", "Milan, Italy")


@pytest.mark.parametrize("mine, theirs", [
    ("Red Nose Day", "Nose Day"),
    ("Fondazione AIRC", "Fondazione Telethon"),
])
def test_not_one_volunteering_organisation(mine, theirs):
    assert not _volunteers(mine, theirs, "Milano, Italia", "Milan, Italy")


def test_a_hotel_that_says_which_brand_it_belongs_to():
    assert found("employer", "Hotel Cipriani, A Belmond Hotel, Venice", "Belmond Ltd.", {"location": "Venezia, Italia"},
                 {"location": "Milan, Italy"})
    assert not found("employer", "Hotel Cipriani, A Belmond Hotel, Venice", "Four Seasons Hotels",
                     {"location": "Venezia, Italia"}, {"location": "Milan, Italy"})


@pytest.mark.parametrize("faculty, university", [
    ("École de droit de Sciences Po", "Sciences Po"),
    ("Escola de Direito da FGV", "Fundação Getulio Vargas"),
    ("Facultad de Derecho de la Universidad de Chile", "Universidad de Chile"),
    ("Faculdade de Direito da Universidade de São Paulo", "Universidade de São Paulo"),
])
def test_a_faculty_named_first_in_a_romance_language_is_part_of_its_university(faculty, university):
    assert normalise_school(faculty).parent_key == normalise_school(university).key


@pytest.mark.parametrize("name", ["Escuela de Ingeniería de Antioquia", "Instituto Tecnológico de Monterrey",
                                  "École normale supérieure de Lyon"])
def test_a_school_of_its_own_named_so_is_no_faculty(name):
    assert normalise_school(name).parent_key is None


def test_a_faculty_in_french_meets_the_same_faculty_in_english():
    assert found("school", "École de droit de Sciences Po", "Sciences Po Law School")
