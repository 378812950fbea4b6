"""Classes a fresh set showed: two false friends (two makers' products of one kind, two skills sharing a first word)
and what it missed: a company with and without the line of business its registered name adds, an organisation's
acronym against its name written out, a Japanese company romanised, a skill cut short or with the profession that
practises it, a subject in another language, a metro drawn from its government's definition. Each class is matched by
a rule or a table row from a general source; made-up near misses of each class stay apart."""

from __future__ import annotations

import pytest
from ground_examples import found, shared_of_kind

from companion.ground.normalise.acronyms import stands_for
from companion.ground.normalise.companies import normalise_company, normalise_organisation, spells_out
from companion.ground.normalise.places import resolve_place
from companion.ground.normalise.skills import same_skill_wording, skill_words, two_makers
from companion.ground.normalise.text import fold, load_table

SHARED = [
    # A company by the name it goes by, and by its registered name with the line of business it adds.
    ("employer", "Swiss Re", "Swiss Re Management Ltd"),
    ("employer", "Teck", "Teck Resources Limited"),
    ("employer", "Deere & Company", "John Deere"),
    # An acronym whose every letter begins a word of a long name written out by the other, wherever they live.
    ("employer", "HSBC", "The Hongkong and Shanghai Banking Corporation Limited"),
    ("employer", "CSIRO", "Commonwealth Scientific and Industrial Research Organisation"),
    ("employer", "GSTT", "Guy's and St Thomas' NHS Foundation Trust"),
    # Organisations the tables know by their names in two languages, their acronyms and their old names.
    ("employer", "Banque centrale des États de l'Afrique de l'Ouest (BCEAO)", "Central Bank of West African States"),
    ("employer", "The Associated Press", "AP"),
    ("employer", "Agence France-Presse", "AFP"),
    ("employer", "SickKids", "The Hospital for Sick Children"),
    ("employer", "Centre de services scolaire de Montréal (CSSDM)", "Commission scolaire de Montréal"),
    ("school", "Institut national du service public (INSP)", "École nationale d'administration (ENA)"),
    # A Japanese company romanised, its borrowed English words in katakana and its old name.
    ("employer", "Rakuten Guruupu Kabushiki-gaisha", "Rakuten Group, Inc."),
    ("employer", "Matsushita Denki Sangyo Kabushiki-gaisha", "Panasonic Corporation"),
    # A skill with the profession that practises it; a product by its maker's name; a last word cut short.
    ("skill", "Critical Care Nursing", "Critical Care"),
    ("skill", "Ableton", "Ableton Live"),
    ("skill", "SuccessFactors", "SAP SuccessFactors"),  # a product's own name beside its maker's
    ("skill", "Sportscode", "Hudl Sportscode"),
    ("skill", "Teams", "Microsoft Teams"),
    ("skill", "precision ag", "Precision Agriculture"),
    ("skill", "IV cannulation", "Cannulation"),
    # A skill in Dutch as the doing of it ('Zeefdrukken': zeefdruk); a hobby in its other Spanish name.
    ("skill", "Zeefdrukken", "Screen printing"),
    ("interest", "Observación de aves", "Pajareo"),
    ("interest", "Pheasant hunting", "Upland bird hunting"),
    # Causes and subjects in another language or another variant of one.
    ("cause", "Salud de la niñez", "Salud infantil"),
    ("cause", "Saúde infantil", "Child health"),
    ("about", "Escrevo sobre alterações climáticas.", "mudanças climáticas"),
    # One city with its region and country in two languages; a known group's word after its name, or its national
    # company named by its country's adjective.
    ("place", "Düsseldorf, Nordrhein-Westfalen, Deutschland", "Dusseldorf, North Rhine-Westphalia, Germany"),
    ("place", "Köln, Nordrhein-Westfalen, Deutschland", "Koln, North Rhine-Westphalia, Germany"),
    ("employer", "L'Oréal", "L'Oréal Groupe"),
    ("employer", "Nestlé S.A.", "Nestlé Italiana S.p.A."),
    ("employer", "Siemens AG", "Siemens Mexicana"),
    # A known company with the line of business it names an arm by, in English or in its register's language.
    ("employer", "BNP Paribas Asset Management", "BNP Paribas"),
    ("employer", "Turkcell", "Turkcell İletişim Hizmetleri A.Ş."),
    ("employer", "Comcast Corporation", "Comcast Cable"),
    ("employer", "Mayo Clinic", "Mayo Clinic Health System"),
    # A company under the name of the one that bought it.
    ("employer", "Intuit Mailchimp", "Mailchimp"),
    # (A university with and without its city, by writers who live in its country: in
    # test_common_ground_review_false_friends.py.) A skill written out in Chinese with its acronym in brackets.
    ("skill", "統計製程管制 (SPC)", "SPC"),
    # A cause the lexicon knows, in another language; a fight against a cause, in two languages' words for it.
    ("cause", "Global health", "Santé mondiale"),
    ("cause", "Salud global", "Global health"),
    ("cause", "Lutte contre la pauvreté", "Lutte à la pauvreté"),
    # Hobbies by their names in German, Italian and Afrikaans, a race of a paddling sport, a game watched (Japanese
    # 'kansen'); skills in Danish, German compounds, romanised Japanese and Catalan.
    ("interest", "Marathonlauf", "Running"),
    ("interest", "calcetto", "Five-a-side football"),
    ("interest", "Surfing", "Branderplankry"),
    ("interest", "Hiking", "Voetslaan"),
    ("interest", "Waka ama", "Outrigger canoe racing"),
    ("interest", "Baseball", "Yakyū kansen"),
    ("interest", "Football", "Sakkā kansen"),
    ("skill", "Kliniske forsøg", "Clinical Trials"),
    ("skill", "Klebstofftechnologie", "Adhesive Technology"),
    ("skill", "Gazō shori", "Image Processing"),
    ("skill", "Periodismo de datos", "Periodisme de dades"),
    # Each part of statistics is statistics, in its own name or another language's.
    ("skill", "Statistical analysis", "Statistics"),
    ("skill", "Statistische Modellierung", "Statistical modelling"),
    ("skill", "Análisis estadístico", "Statistical Analysis"),
]


@pytest.mark.parametrize(("kind", "mine", "theirs"), SHARED)
def test_true_matches_of_each_class_are_found(kind, mine, theirs):
    assert found(kind, mine, theirs), f"{mine!r} and {theirs!r} should be shared"


NOT_SHARED = [
    # Two makers' products of one kind share their kind's word only.
    ("skill", "Google Analytics", "Adobe Analytics"),
    ("skill", "Google Ads", "Meta Ads"),
    ("skill", "Microsoft Dynamics", "Oracle Dynamics"),
    # The kind of product alone is no maker's product of that kind.
    ("skill", "Analytics", "Google Analytics"),
    ("skill", "Analytics", "Adobe Analytics"),
    ("skill", "Ads", "Google Ads"),
    # Two skills sharing a first word.
    ("skill", "Financial Analysis", "Financial Modelling"),
    ("skill", "Financial Analysis", "Financial Reporting"),
    ("skill", "Statistical analysis", "Statistical modelling"),  # two parts of statistics, as the financial pair
    ("skill", "Análisis estadístico", "Statistical modelling"),
    # Analysing a market is no market research (no source names them one skill).
    ("skill", "Market Analysis", "Market Research"),
    ("skill", "Market analysis", "Marktforschung"),
    # A trade after a name is another company; a Japanese company whose name means another's is its own.
    ("employer", "Citadel", "Citadel Securities"),
    ("employer", "Sanyo Denki", "Sanyo Electric"),
    # An acronym against a name whose words it does not all begin, or against a common word.
    ("employer", "HSBC", "Hongkong Shanghai Hotels Corporation"),
    ("employer", "CSIRO", "Council for Scientific and Industrial Research"),
    ("employer", "AP", "Apple"),
    # A word cut short that is a word of its own, or written as an acronym.
    ("skill", "Sales Man", "Sales Management"),
    ("skill", "Precision AG", "Precision Agriculture"),
    # Two procedures of one word, on other vessels or organs.
    ("skill", "IV cannulation", "Arterial cannulation"),
    ("skill", "Urinary catheterisation", "Cardiac catheterization"),
    # Another cause of children, another subject of the climate.
    ("cause", "Child health", "Children's rights"),
    ("about", "Escrevo sobre energias renováveis.", "Climate change"),
    # Two states of one country, whatever language the country is written in.
    ("place", "Aurangabad, Maharashtra, India", "Aurangabad, Bihar, India"),
    ("place", "Aurangabad, Maharashtra, Indien", "Aurangabad, Bihar, India"),
    # A group word after a name the table does not know by it (the old META Group was not Meta); a country's
    # adjective after a name no table knows, or after a word of trade: a firm of its own.
    ("employer", "Meta", "Meta Group"),
    ("employer", "Compagnia", "Compagnia Italiana"),
    ("employer", "Banca", "Banca Italiana"),
    # A line of business after a name of another company; a word of trade or common use after a known owner's name.
    ("employer", "Delta Cable", "Delta Air Lines"),
    ("employer", "Atlantic Health System", "Atlantic Records"),
    ("employer", "Amazon Fresh", "Fresh"),
    ("employer", "Apple Bank", "Bank"),
    ("employer", "Amazon Pharmacy", "Pharmacy"),
    # A university's name made of words many share, with and without its city; one name in two cities.
    ("school", "Universidad Nacional de Córdoba", "Universidad Nacional"),
    ("school", "Pontificia Universidad Católica de Valparaíso", "Pontificia Universidad Católica"),
    ("school", "Université Hassan II de Casablanca", "Université Hassan II de Rabat"),
    # Two causes the lexicon tells apart, in another language.
    ("cause", "Santé mondiale", "Mental health"),
    ("cause", "Droits des animaux", "Children's rights"),
    ("cause", "Lutte contre la pauvreté", "Lutte contre le racisme"),
    # Making a thing is no enjoying it; a small-sided game indoors is another game; another process of images.
    ("interest", "Wine", "Winemaking"),
    ("interest", "Calcetto", "Futsal"),
    ("interest", "Basketball", "Hula hooping"),
    ("skill", "Gazō shori", "Image Analysis"),
    ("skill", "Klebstofftechnologie", "Adhesive bonding"),
]


@pytest.mark.parametrize(("kind", "mine", "theirs"), NOT_SHARED)
def test_near_misses_of_each_class_stay_apart(kind, mine, theirs):
    assert found(kind, mine, theirs) == []


def test_two_makers_are_told_by_their_names():
    assert two_makers("Google Analytics", "Adobe Analytics")
    assert not two_makers("MS Excel", "Microsoft Excel")  # one maker, two of its names
    assert not two_makers("AWS Redshift", "Amazon Redshift")
    assert not two_makers("Analytics", "Adobe Analytics")  # a maker named on one side only
    assert same_skill_wording("Google Analytics", "Adobe Analytics") is None


def test_a_table_parent_is_a_wider_field_not_a_sibling_sharing_a_word():
    """A skill's `parent` in skills.json is what it is part of: a child sharing a word with its parent carries all
    the parent's words in one of its names ('Pediatric Critical Care', 'Spring Boot' of the Spring Framework), so
    'Financial Modeling' is no part of 'Financial Analysis'."""
    skills = load_table("skills.json")["skills"]
    by_name = {entry["name"]: entry for entry in skills}
    tool_words = {"framework", "platform", "project"}
    for entry in skills:
        parent = by_name.get(entry.get("parent", ""))
        if parent is None:
            continue
        child_names = [set(name.lower().split()) for name in (entry["name"], *entry.get("aliases", ()))]
        parent_names = [set(name.lower().split()) - tool_words for name in (parent["name"], *parent.get("aliases", ()))]
        if not set(entry["name"].lower().split()) & set(parent["name"].lower().split()):
            continue  # a product of a field ('Epic', electronic health records)
        assert any(p and p <= c for p in parent_names for c in child_names), (entry["name"], parent["name"])


def test_a_registered_name_with_its_line_of_business_is_the_company_it_goes_by():
    company = normalise_company("Swiss Re Management Ltd")
    assert company.parent_key == normalise_company("Swiss Re").key
    assert normalise_company("Teck Resources Limited").key == normalise_company("Teck").key


def test_an_acronym_spells_out_a_long_name_only_with_every_word():
    assert spells_out("CSIRO", "Commonwealth Scientific and Industrial Research Organisation")
    assert not spells_out("CSIRO", "Scientific and Industrial Research Organisation")  # a letter more
    assert not spells_out("AP", "Associated Press of Pakistan Limited")  # two letters stand for too many
    assert not spells_out("HP", "Hindustan Petroleum Corporation Limited")
    # The last word of a legal form an acronym keeps ('Trust'), as TSMC keeps 'Company'.
    assert stands_for("GSTT", "Guy's and St Thomas' NHS Foundation Trust",
                      "guys and st thomas") == "gstt"


def test_a_japanese_name_meets_its_english_one_by_its_borrowed_words_only():
    assert normalise_company("Rakuten Guruupu").key == normalise_company("Rakuten Group").key
    assert normalise_company("Sanyo Denki").key != normalise_company("Sanyo Electric").key
    assert normalise_company("Kabushiki Kaisha Mitsubishi UFJ Ginkō").key == normalise_company("MUFG Bank, Ltd.").key


def test_an_organisation_volunteered_with_under_its_old_name_is_the_one():
    assert (normalise_organisation("Heifer Project International").key
            == normalise_organisation("Heifer International").key)


@pytest.mark.parametrize(("mine", "theirs"), [("mudanças climáticas", "alterações climáticas"),
                                              ("IA responsable", "responsible AI"),
                                              ("santé mondiale", "global health"),
                                              ("inclusion scolaire", "inclusive education"),
                                              ("educación inclusiva", "inclusive education")])
def test_a_subject_translates_to_the_same_words(mine, theirs):
    assert skill_words(mine) == skill_words(theirs)


@pytest.mark.parametrize(("mine", "theirs"), [
    ("J'écris sur la santé mondiale et la préparation aux pandémies.", "I write about global health financing."),
    ("Escribo sobre IA responsable en el sector público.", "I write about responsible AI in hiring."),
    ("Je m'intéresse à l'inclusion scolaire et j'écris sur l'inclusion scolaire des élèves autistes.",
     "I write about inclusive education and supporting neurodivergent kids."),
])
def test_a_subject_both_write_about_in_two_languages_is_shared(mine, theirs):
    assert [c for c in shared_of_kind("topic", {"about": mine}, {"about": theirs})
            if c.kind == "topic"], (mine, theirs)


def test_a_subject_of_other_words_stays_apart():
    assert skill_words("inclusion scolaire") != skill_words("financial inclusion")
    assert skill_words("IA responsable") != skill_words("responsible investment")


def test_a_metro_drawn_from_its_government_definition_takes_its_towns_not_the_next_city():
    entebbe, kampala = resolve_place("Entebbe, Uganda"), resolve_place("Kampala, Uganda")
    assert entebbe.metro == kampala.metro == "kampala"
    assert resolve_place("Jinja, Uganda").metro != kampala.metro  # 80 km away: a city of its own
    assert shared_of_kind("place", {"location": "Entebbe, Uganda"}, {"location": "Kampala, Uganda"})
    assert not shared_of_kind("place", {"location": "Jinja, Uganda"}, {"location": "Kampala, Uganda"})
    assert not shared_of_kind("place", {"location": "Tema, Ghana"}, {"location": "Accra, Ghana"})


# The tables of named entries, and whether their `parent` names another entry of the same list (an interest's
# parent is a category of hobbies, not an entry).
_ENTRY_LISTS = [("companies.json", "companies", True), ("companies.json", "movements", True),
                ("schools.json", "schools", True), ("skills.json", "skills", True),
                ("interests.json", "interests", False), ("interests.json", "causes", False)]


@pytest.mark.parametrize(("table", "key", "parents_are_entries"), _ENTRY_LISTS)
def test_the_tables_grown_name_each_thing_once_and_their_parents_exist(table, key, parents_are_entries):
    entries = load_table(table)[key]
    owner, twice = {}, []
    for at, entry in enumerate(entries):
        for name in {fold(n) for n in (entry["name"], *entry.get("aliases", ()))}:
            if owner.setdefault(name, at) != at:
                twice.append((name, entries[owner[name]]["name"], entry["name"]))
    assert not twice, f"a name in two entries of {table} {key}: {twice[:5]}"
    if parents_are_entries:
        names = {fold(entry["name"]) for entry in entries}
        orphans = [(e["name"], e["parent"]) for e in entries if e.get("parent") and fold(e["parent"]) not in names]
        assert not orphans, f"a parent no entry of {table} {key} is: {orphans[:5]}"


def test_a_ministry_named_with_its_country_adjective_is_the_ministry_where_both_live():
    french, english = "Ministère de l'Économie et des Finances", "French Ministry for the Economy and Finance (Bercy)"
    in_paris = {"location": "Paris, France"}
    assert shared_of_kind("employer", {"experience": [{"company": french}], **in_paris},
                          {"experience": [{"company": english}], **in_paris})
    # Two people in Canada: the French ministry named by its adjective is France's, not the one they live under.
    in_montreal = {"location": "Montreal, Quebec, Canada"}
    assert not shared_of_kind("employer", {"experience": [{"company": "Ministère de l'Économie et des Finances"}],
                                           **in_montreal},
                              {"experience": [{"company": "French Ministry for the Economy and Finance"}],
                               **in_montreal})


def test_a_subject_is_quoted_as_written_not_from_an_organisation_named_with_its_words():
    from companion.ground.normalise.phrases import translated_phrases

    phrases = translated_phrases("Épidémiologiste à l'Organisation mondiale de la Santé. J'écris sur la santé mondiale.",
                                 "I write about global health financing.", skill_words)
    assert [p.mine for p in phrases] == ["santé mondiale"]
