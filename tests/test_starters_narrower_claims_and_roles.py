"""Conversation starters, round 12 (issue 18, review sets 22–23): a shared pastime named as the narrower of two
wordings, a club's or a squad's coaches greeted as strangers, a sign-off quoted as the question, an introduction
offered by the very person sought, 'proudest project' to a nurse, and English names or news pasted into German or
French. Each class with its true case and its near-misses (made-up people)."""


import pytest
from starter_examples import job, person, texts

from companion.ground.starters import (
    _SIGN_OFF,
    _english_organisation,
    _no_project_to_ask,
    _quotes_another_language,
    _seeks_your_role,
)

# ---------------------------------------------------------------- a shared pastime: never the narrower wording

def test_their_narrower_pastime_is_not_said_to_be_shared():
    me = person(name="Paul Grant", headline="Data analyst", interests=["Cycling"], languages=["English", "Spanish"])
    them = person(name="Lucía Ramírez Soto", headline="Profesora de Física | Colegio Hidalgo",
                  location="Puebla, México", about="Enseño física a chicos de secundaria con experimentos de verdad.",
                  interests=["Ciclismo urbano"], languages=["Español (nativo)"])
    assert not any("urbano" in t.lower() for t in texts(me, them))


def test_the_same_pastime_on_both_pages_is_still_a_starter():
    me = person(name="Paul Grant", headline="Data analyst", interests=["Bouldering"])
    them = person(name="Kim Lee", headline="Product designer at Fernwood", interests=["Bouldering"])
    assert any("bouldering" in t.lower() for t in texts(me, them))


# ---------------------------------------------------------------- a club's or a programme's coaches know each other

def test_coaches_of_one_swimming_programme_at_one_time_get_no_strangers_opener():
    me = person(name="Ruth Banda", headline="Head Coach | Harbour Aquatics",
                experience=[job("Harbour Aquatics", "Head Coach", "2020-01"),
                            job("Stirling University Swimming", "Assistant Coach", "2015-09", "2019-12")])
    them = person(name="Sam Reid", headline="Performance Coach",
                  experience=[job("Swim England", "Performance Coach", "2020-04"),
                              job("Stirling University Swimming", "Senior Coach", "2013-08", "2020-03")])
    made = texts(me, them)
    assert not any("Stirling" in t for t in made)


def test_engineers_at_a_large_company_at_one_time_are_still_asked_their_team():
    # Both placed in one country: at a global network, 'which team?' presumes one office (review set 35).
    me = person(name="Ruth Banda", headline="Engineering manager at Fernwood", location="London, UK",
                experience=[job("Fernwood", "Engineering manager", "2022-01"),
                            job("Google", "Software Engineer", "2016-01", "2021-12")])
    them = person(name="Sam Reid", headline="Staff engineer at Larkspur", location="Leeds, UK",
                  experience=[job("Larkspur", "Staff engineer", "2021-06"),
                              job("Google", "Software Engineer", "2015-03", "2021-05")])
    assert any("Google" in t and "team" in t for t in texts(me, them))


# ---------------------------------------------------------------- the question quoted, never its sign-off

@pytest.mark.parametrize("text", ["Any advice welcome!", "Tips appreciated.", "Thoughts?", "Thanks in advance!",
                                  "Any advice is very welcome."])
def test_a_closing_formula_is_a_sign_off(text):
    assert _SIGN_OFF.fullmatch(text)


@pytest.mark.parametrize("text", ["Any advice on how to stand out would mean a lot.",
                                  "Is it better to learn Kafka or Flink first?"])
def test_a_sentence_with_a_subject_is_no_sign_off(text):
    assert not _SIGN_OFF.fullmatch(text)


def test_the_need_starter_quotes_the_sentence_that_names_the_subject():
    me = person(name="Ana Costa", headline="Senior Data Engineer at Fernwood", skills=["Kafka", "Mentoring"],
                experience=[job("Fernwood", "Senior Data Engineer", "2019-01")])
    them = person(name="Leo Park", headline="Computer science student",
                  posts=[{"text": "Question for data engineers: for a first internship, is it better to learn Kafka or "
                                  "Flink first? I have time for one. Any advice welcome!", "date": "2026-11-30"}])
    offers = [t for t in texts(me, them) if "close to my own work" in t]
    assert offers and all("Kafka or Flink" in t and "Any advice welcome" not in t for t in offers)


# ---------------------------------------------------------------- the sender is what they seek

def test_a_buyer_is_the_retail_partner_sought():
    buyer = person(name="Meg Hall", headline="Senior Buyer, Homeware | Larkspur Stores",
                   experience=[job("Larkspur Stores", "Senior Buyer, Homeware", "2020-01")])
    assert _seeks_your_role(buyer, "Looking for UK retail partners")
    them = person(name="Diego Ruiz", headline="Founder | Terra Ceramics",
                  about="Hand-made ceramics from Oaxaca, sold in 6 countries. Looking for UK retail partners.")
    assert not any("introduce you" in t for t in texts(buyer, them))


def test_an_engineer_is_not_the_retail_partner_sought_nor_a_buyer_the_investor():
    engineer = person(headline="Backend engineer at Larkspur", experience=[job("Larkspur", "Backend engineer", "2020-01")])
    buyer = person(headline="Senior Buyer, Homeware | Larkspur Stores")
    assert not _seeks_your_role(engineer, "Looking for UK retail partners")
    assert not _seeks_your_role(buyer, "Looking for seed investors")


# ---------------------------------------------------------------- care work has no 'proudest project'

def test_a_nurse_is_not_asked_her_proudest_project():
    assert _no_project_to_ask(person(experience=[job("Bayview Hospital", "Staff Nurse, Emergency", "2004-01", "2008-06")]),
                              ["Bayview Hospital"])
    assert not _no_project_to_ask(person(experience=[job("Bayview Hospital", "Data Analyst", "2004-01", "2008-06")]),
                                  ["Bayview Hospital"])
    me = person(name="Jess Tran", headline="Emergency Nurse | Bayview Hospital",
                experience=[job("Bayview Hospital", "Registered Nurse, Emergency", "2020-02")])
    them = person(name="Mags Byrne", headline="Nurse Practitioner, Remote Area",
                  experience=[job("Outback Health", "Nurse Practitioner", "2019-01"),
                              job("Bayview Hospital", "Staff Nurse, Emergency", "2004-01", "2008-06")])
    assert not any("proudest" in t for t in texts(me, them))


# ---------------------------------------------------------------- English names and news inside German or French

@pytest.mark.parametrize("name", ["World Health Organization", "Bank of America", "London School of Economics"])
def test_an_english_descriptive_name_is_english(name):
    assert _english_organisation(name)


@pytest.mark.parametrize("name", ["Google", "Deutsche Bahn", "Institut Supérieur International du Tourisme de Tanger",
                                  "Bundesamt für Gesundheit BAG", "Banque de France"])
def test_a_brand_or_a_french_or_german_name_is_not(name):
    assert not _english_organisation(name)


def test_no_german_starter_names_an_english_organisation_without_its_article():
    me = person(name="Elena Petrova", headline="Technical Officer | WHO", languages=["English", "German"],
                experience=[job("World Health Organization", "Technical Officer", "2019-01")])
    them = person(name="Lukas Baumann", headline="Referent Gesundheitspolitik | Bundesamt für Gesundheit",
                  location="Bern, Schweiz", about="Zurück in Bern nach drei Jahren in Genf. Schwerpunkt Langzeitpflege.",
                  languages=["Deutsch (Muttersprache)", "Englisch"],
                  experience=[job("Bundesamt für Gesundheit", "Referent", "2025-09"),
                              job("World Health Organization", "Consultant", "2022-06", "2025-08"),
                              job("Bundesamt für Gesundheit", "Referent", "2017-03", "2022-05")])
    assert not any("bei World Health Organization" in t for t in texts(me, them))


def test_english_words_quoted_in_a_french_starter_are_told_apart_from_french_ones():
    assert _quotes_another_language("Bonjour Théo, félicitations (« Thrilled that my paper on silk workers is out ») !", "fr")
    assert not _quotes_another_language("Bonjour Geneviève, j'ai vu que vous écriviez « Nous recrutons ».", "fr")
    assert not _quotes_another_language("Bonjour Théo, félicitations (« Mon article sur les sociétés de secours mutuel est accepté ») !", "fr")
