"""Classes of common ground grown on 2026-12-06 (issue 18, item 5), each with the near-misses it must not make:
hobbies by their names in more languages, a group written as one and its companies, legal forms of central and
eastern Europe, an arm of a name in capitals, a company at one of its places, schools' abbreviations and campuses,
a city's double-barrelled name."""

from __future__ import annotations

import pytest
from ground_examples import found, person

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise.acronyms import stands_for
from companion.ground.normalise.companies import normalise_company, without_legal_form
from companion.ground.normalise.interests import normalise_interest
from companion.ground.normalise.phrases import written_about
from companion.ground.normalise.skills import same_skill_wording
from companion.models import Profile, Volunteering

SHARED = [
    # Hobbies by their names in Nordic, Slavic, Turkish, Afrikaans and Spanish of the River Plate; and new hobbies.
    ("interest", "isbading", "ice swimming"),
    ("interest", "ratsastus", "horseback riding"),
    ("interest", "nurkowanie", "scuba diving"),
    ("interest", "vinprovning", "wine tasting"),
    ("interest", "picadito", "football"),
    ("interest", "milongas", "tango"),
    ("interest", "tereré", "yerba mate"),
    ("interest", "curling club", "curling"),
    ("interest", "schieber", "jass"),
    ("interest", "ramen meguri", "ramen"),
    ("interest", "Tagore songs", "Rabindra Sangeet"),
    ("interest", "saz", "bağlama"),
    ("interest", "müzik", "music"),
    ("interest", "kalastus", "fishing"),
    ("interest", "pub quiz", "trivia nights"),
    ("interest", "sapateado", "tap dancing"),
    ("interest", "caccia", "hunting"),
    ("cause", "Prawa człowieka", "Human rights"),
    ("cause", "Food insecurity", "Hunger relief"),
    ("cause", "Çevre", "Environment"),
    # A group written as one, and a company of it that carries its name in capitals.
    ("employer", "CIMB Group", "CIMB Niaga"),
    ("employer", "PETRONAS Dagangan Berhad", "Petronas"),
    # Legal forms of central and eastern Europe and of Japan written out.
    ("employer", "Bohemia Interactive s.r.o.", "Bohemia Interactive"),
    ("employer", "Nordeus d.o.o.", "Nordeus"),
    ("employer", "Kofola, spol. s r.o.", "Kofola"),
    ("employer", "Rakuten Kabushiki-gaisha", "Rakuten"),
    # A company at one of its places, and a division of it in French.
    ("employer", "Gameloft Divertissements Inc.", "Gameloft Montreal"),
    # A known company's national pharmaceutical company, and a part of its national arm.
    ("employer", "Pfizer Farmacéutica", "Pfizer"),
    ("employer", "Oracle India Development Centre", "Oracle"),
    # Renames and mergers the companies announced (companies.json).
    ("employer", "Ooredoo", "Qtel"),
    ("employer", "Engie", "GDF Suez"),
    ("employer", "QatarEnergy", "Qatar Petroleum"),
    ("employer", "NatWest Group", "Royal Bank of Scotland Group"),
    ("employer", "Oracle Health", "Cerner Corporation"),
    ("employer", "Haleon", "GSK Consumer Healthcare"),
    ("employer", "First Abu Dhabi Bank", "National Bank of Abu Dhabi"),
    ("employer", "BBVA México", "Bancomer"),
    # Schools' abbreviations and campuses.
    ("school", "Amirkabir Univ. of Tech.", "Amirkabir University of Technology"),
    ("place", "Tel Aviv-Yafo, Israel", "Tel Aviv, Israel"),
    # A hobby by its name, then where it is done; a team one is a fan of.
    ("interest", "Kitesurfing en Tarifa", "Kitesurfing"),
    ("interest", "Hiking in the Dolomites", "Wandern"),
    ("interest", "Boca Juniors fan", "Boca Juniors"),
    ("interest", "Celtic FC supporter", "Celtic fan"),
    ("interest", "Chess club", "chess"),                       # the hobby, and how it is met for
    ("interest", "Morna nights in Mindelo", "Morna"),          # a hobby no lexicon knows, with when and where
    # A company written with what it is now in brackets.
    ("employer", "Mandiant (now Google Cloud)", "Mandiant Labs"),
    # Causes and topics in the words of other languages.
    ("cause", "Conocimiento libre", "Free knowledge"),
    ("cause", "Offene Daten", "Dados abertos"),
]

SAME_COUNTRY = {"location": "Kuala Lumpur, Malaysia"}


@pytest.mark.parametrize(("kind", "mine", "theirs"), SHARED)
def test_true_matches_of_the_grown_classes(kind, mine, theirs):
    where = {} if kind == "place" else SAME_COUNTRY
    assert found(kind, mine, theirs, me=where, them=where), f"{mine!r} and {theirs!r} should be shared"


NOT_SHARED = [
    # Three capitals stand for too many companies: the Swedish builder's Danish arm is not the British NCC Group.
    ("employer", "NCC Danmark A/S", "NCC Group"),
    ("employer", "ABC Group", "ABC Consulting"),
    ("employer", "HVAC Group", "HVAC Solutions Ltd"),   # capitals that name a trade, not a company
    ("employer", "SCADA Group", "SCADA Systems"),
    # Two companies of one group are two workplaces; a group's company written without 'Group' is a company of its own.
    ("employer", "Dangote Sugar Refinery Plc", "Dangote Cement Plc"),
    ("employer", "Dangote Group", "Dangote Flour Mills"),   # a business group's companies are workplaces of their own
    ("employer", "Tata Group", "Tata Steel"),
    ("employer", "Mitsubishi Group", "Mitsubishi Electric"),
    ("employer", "CIMB Islamic Bank", "CIMB Niaga"),
    ("employer", "Ayala Corporation", "Ayala Land, Inc."),
    # A common word, then a place or a kind of firm: no group.
    ("employer", "Apex Consulting", "Apex Systems"),
    ("employer", "Apex Kuala Lumpur", "Apex Systems"),
    # A spun-off company is not its former parent; a separately-branded subsidiary is not its parent.
    ("employer", "Haleon", "GSK"),
    ("employer", "Kenvue", "Johnson & Johnson"),
    ("employer", "Avast", "Gen Digital"),
    ("employer", "Emirates", "Emirates NBD"),
    ("employer", "Apple Bank", "Apple"),
    ("employer", "TUI Deutschland", "TUI"),             # three capitals stand for too many companies
    ("employer", "Airtel Africa", "Bharti Airtel"),     # listed on its own
    # One name, a university and an institute of technology.
    ("school", "Kyushu University", "Kyushu Institute of Technology"),
    ("school", "Kyūshū Daigaku", "Kyushu Institute of Technology (Kyutech)"),
    # A school's name then a city is often another school of a network: Sciences Po Lyon is an institute of its own.
    ("school", "Sciences Po Lyon", "Sciences Po"),
    # A new hobby's name inside another's.
    ("interest", "jass", "jazz"),
    ("interest", "mate", "chess"),
    ("interest", "curling", "hair styling"),
    ("interest", "ramen", "sushi"),
    ("interest", "magic tricks", "Magic: The Gathering"),
    ("interest", "tea", "coffee"),
    ("interest", "samba", "salsa"),
    ("interest", "stand-up comedy", "stand up paddle"),
    ("interest", "hunting", "fishing"),
    ("interest", "Morna nights", "Morna de Cabo Verde"),
    ("interest", "Supper club", "Chess club"),
]


@pytest.mark.parametrize(("kind", "mine", "theirs"), NOT_SHARED)
def test_near_misses_of_the_grown_classes_are_refused(kind, mine, theirs):
    assert found(kind, mine, theirs, me=SAME_COUNTRY, them=SAME_COUNTRY) == []


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Les Amis de la Terre", "Amis de la Terre"),                     # an article in front
    ("Code for Germany – OK Lab Berlin", "OK Lab Berlin"),             # the chapter's own name after a dash
    ("Kenya Red Cross – Nakuru", "Kenya Red Cross Society (Kenya Red Cross)"),  # its organisation in brackets
    ("Fundación Teletón", "Teletón"),                                    # the word for a foundation in front
    ("Club de Leones Nairobi", "Lions Clubs International"),             # a movement in other languages
    ("Emmaüs France", "Emmaüs International"),
])
def test_an_organisation_by_another_of_its_names(mine, theirs):
    def volunteer(organisation):
        return Profile(name="Test Person", location="Nairobi, Kenya", volunteering=[Volunteering(organization=organisation)])

    assert [c for c in find_common_ground(volunteer(mine), volunteer(theirs)).commonalities if c.kind == "group"]


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Foundation for Young Australians", "Young Australians"),   # 'for' keeps the name whole
    ("Fondation de France", "France"),
    ("Lions Club", "British & Irish Lions"),
    ("Emmaüs France", "Emmaüs Suisse"),                            # two national members of a federation
])
def test_an_organisation_is_not_another_by_a_word_of_its_name(mine, theirs):
    def volunteer(organisation, where):
        return Profile(name="Test Person", location=where, volunteering=[Volunteering(organization=organisation)])

    ground = find_common_ground(volunteer(mine, "Paris, France"), volunteer(theirs, "Geneva, Switzerland"))
    assert [c for c in ground.commonalities if c.kind in ("group", "cause")] == []


def test_a_group_in_capitals_meets_its_company_only_in_one_country():
    assert not found("employer", "CIMB Group", "CIMB Niaga", me={"location": "Kuala Lumpur, Malaysia"},
                     them={"location": "Jakarta, Indonesia"})


def test_a_place_after_a_hobby_must_be_a_name():
    assert found("interest", "Running in circles", "Chess") == []
    assert not found("interest", "Yoga", "Chess on the beach")


def test_two_cities_of_one_country_written_in_full_share_no_place():
    assert found("place", "Tel Aviv-Yafo, Israel", "Haifa, Israel") == []


@pytest.mark.parametrize("name", ["Infobip d.o.o.", "ESET, spol. s r.o.", "Foo Sp. z o.o.", "Foo EOOD", "Foo SIA",
                                  "Foo OÜ", "Foo FZE", "Foo W.L.L.", "Foo Ltée", "Foo Godo Kaisha",
                                  "Foo Spółka z o.o."])  # the table's form, stored with 'ł', is folded as names are
def test_legal_forms_of_more_countries_are_dropped(name):
    assert without_legal_form(name).split()[-1] in {"infobip", "eset", "foo"}


def test_a_group_brand_known_to_the_table_keeps_its_arms_to_the_table():
    assert normalise_company("Samsung Engineering").parent_key is None
    assert normalise_company("Dangote Flour Mills").parent_key is None  # a business group's company of its own
    assert normalise_company("PETRONAS Carigali").parent_key == "employer:petronas"  # four capitals or more
    assert normalise_company("NCC Danmark").parent_key is None  # three: too many companies


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Ich schreibe über Informationssicherheit.", "I write about information security."),
    ("Scrivo di finanza sostenibile.", "I write about sustainable finance."),
    ("Publico artículos sobre la economía circular.", "I write about the circular economy."),
])
def test_a_subject_both_write_about_in_two_languages_is_one_topic(mine, theirs):
    topics = [c for c in find_common_ground(Profile(name="A B", about=mine), Profile(name="C D", about=theirs)).commonalities
              if c.kind == "topic"]
    assert len(topics) == 1  # and said once, though two rules find it


def test_a_subject_both_write_about_is_a_topic_though_both_list_it_as_a_skill():
    me = Profile(name="A B", about="Escribo sobre contratación pública.", skills=["Contratación estatal"])
    them = Profile(name="C D", about="Escribo sobre contratación pública y compliance.", skills=["Contratación pública"])
    kinds = sorted(c.kind for c in find_common_ground(me, them).commonalities if c.kind in ("skill", "topic"))
    assert kinds == ["skill", "topic"]


def test_subjects_in_other_words_are_not_one_topic():
    me, them = Profile(name="A B", about="I write about food security."), Profile(name="C D", about="I write about food safety.")
    assert [c for c in find_common_ground(me, them).commonalities if c.kind == "topic"] == []


@pytest.mark.parametrize(("prose", "listed"), [
    ("Nado todas las mañanas antes del trabajo.", "swimming"),
    ("Viajo siempre que puedo.", "travel"),
    ("Ik kook graag voor vrienden.", "cooking"),
    ("Gram na gitarze w zespole.", "guitar"),
    ("Faccio escursioni in montagna ogni estate.", "hiking"),
    ("Yemek yapmayı seviyorum.", "cooking"),
])
def test_a_hobby_said_with_a_verb_in_another_language_is_found_in_prose(prose, listed):
    assert found("about", prose, listed), f"{prose!r} should share {listed!r}"


def test_a_subject_one_writes_about_and_the_other_works_on_is_shared():
    me = person(about="PAS officer working on urban policy for the province.")
    them = person(about="Economist. I write about housing and urban policy in South Asia.")
    topics = [c for c in find_common_ground(me, them).commonalities if c.kind == "topic"]
    assert topics and topics[0].mine == "urban policy" and "urban policy" in topics[0].theirs


def test_a_subject_one_writes_about_and_the_other_lists_as_a_cause_is_shared():
    me = person(volunteering=[{"organization": "Hospice Friends", "role": "Volunteer", "cause": "End-of-life care"}])
    them = person(about="Pharmacist, and I write about end-of-life care.")
    ground = find_common_ground(me, them).commonalities
    assert any(c.mine == "End-of-life care" and c.theirs == "end-of-life care" for c in ground)


def test_a_one_word_subject_is_shared_only_in_the_same_letters_and_case():
    writer = person(about="I write about dbt and data quality.")
    assert any(c.kind == "topic" for c in find_common_ground(person(about="Mostly BigQuery and dbt these days."),
                                                               writer).commonalities)
    rust_writer = person(about="I write about Rust.")
    assert not any(c.kind == "topic" for c in find_common_ground(person(about="Fixing rust on old cars."),
                                                                   rust_writer).commonalities)


def test_a_subject_written_with_an_elided_article_is_the_subject():
    assert written_about("J'écris sur l'inclusion financière.") == ["inclusion financière"]


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Disaster response", "Cyclone response"),
    ("Secours d'urgence", "Disaster relief"),
    ("Msaada wa dharura", "Emergency response"),
    ("Refugee settlement", "Refugee rights"),
])
def test_causes_in_more_words_and_languages(mine, theirs):
    me = person(volunteering=[{"organization": "Helpers A", "role": "Volunteer", "cause": mine}])
    them = person(volunteering=[{"organization": "Helpers B", "role": "Volunteer", "cause": theirs}])
    causes = [c for c in find_common_ground(me, them).commonalities if c.kind == "cause"]
    assert causes and causes[0].mine == mine and causes[0].theirs == theirs


def test_a_cause_both_list_in_shared_words_is_quoted_so_rather_than_a_charity_in_prose():
    me = person(about="I volunteer with the Red Cross.",
                volunteering=[{"organization": "Red Cross", "role": "Volunteer", "cause": "Disaster response"}])
    them = person(about="I help with Red Cross cyclone response.",
                  volunteering=[{"organization": "Red Cross", "role": "Volunteer", "cause": "Cyclone response"}])
    causes = [c for c in find_common_ground(me, them).commonalities if c.kind == "cause"]
    assert (causes[0].mine, causes[0].theirs) == ("Disaster response", "Cyclone response")


def test_draughts_is_checkers():
    assert normalise_interest("Checkers", "interest").key == normalise_interest("Draughts", "interest").key
    assert normalise_interest("Draughts", "interest").key != normalise_interest("Chess", "interest").key


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Wix.com Ltd.", "Wix"),
    ("Allegro.pl sp. z o.o.", "Allegro"),
    ("Tesco.co.uk", "Tesco"),
])
def test_a_company_named_by_its_web_address_is_the_company(mine, theirs):
    assert normalise_company(mine).key == normalise_company(theirs).key
    assert normalise_company(mine).label == mine  # quoted as written


def test_a_dotted_name_that_is_no_web_address_keeps_its_letters():
    assert normalise_company("Node.js Foundation").key != normalise_company("Node Foundation").key


@pytest.mark.parametrize(("short", "long"), [
    ("TSMC", "Taiwan Semiconductor Manufacturing Company Limited"),
    ("HSBC", "The Hongkong and Shanghai Banking Corporation Limited"),
])
def test_an_acronym_that_spells_the_word_before_the_legal_form(short, long):
    assert stands_for(short, long) == short.lower()


def test_an_acronym_missing_a_word_of_the_name_is_not_it():
    assert stands_for("TSMC", "Taiwan Semiconductor Manufacturing") is None
    assert stands_for("TSMCL", "Taiwan Semiconductor Manufacturing Company") is None


@pytest.mark.parametrize(("mine", "theirs"), [("Paediatrics", "Pediatrics"), ("Haematology", "Hematology"),
                                              ("Orthopaedics", "Orthopedics")])
def test_one_learned_word_in_british_and_american_spelling_is_one_skill(mine, theirs):
    assert [c for c in found("skill", mine, theirs) if c.kind == "skill"]


def test_a_learned_word_with_another_ending_is_not_a_respelling():
    assert same_skill_wording("Logistics", "Logistic") is None
