"""False friends refused by general rules, one class at a time, and the true matches each rule must keep.

A wrong "you both went to Columbia" is worse than a miss: each class below is a way two different things look
alike (a subsidiary with its own brand, a college of one name in two cities, an acronym that stands for two
skills, a word that makes another hobby), tested with examples of the class, not with the blind pairs' items.
"""

from __future__ import annotations

import pytest
from ground_examples import found, person

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise.companies import employers_told_apart, is_public_body, normalise_company
from companion.ground.normalise.interests import normalise_interest
from companion.ground.normalise.schools import acronym_placed_apart, normalise_school, same_university
from companion.ground.normalise.skills import normalise_skill, skill_in_context

NOT_SHARED = [
    # A college of one name in two cities; a school of one name in another country; ROR's namesake abroad.
    ("school", "St. Xavier's College, Mumbai", "St. Xavier's College, Kolkata"),
    ("school", "Universidad de Granada", "Universidad de Granada, Nicaragua"),
    ("school", "Newcastle University", "University of Newcastle (Australia)"),
    ("school", "Universidad de los Andes", "Universidad de los Andes (Chile)"),
    # A parent and a separately-branded or separately-listed company.
    ("employer", "Nestlé", "Nespresso"),
    ("employer", "Alibaba Group", "Ant Group"),
    ("employer", "Stellantis", "Peugeot"),
    ("employer", "Reliance Industries", "Jio Platforms"),
    ("employer", "Siemens AG", "Siemens Healthineers AG"),
    ("employer", "Google", "YouTube"),
    ("employer", "Capgemini", "Sogeti"),
    # Companies of one business group, each a company of its own.
    ("employer", "Samsung Electronics", "Samsung Engineering"),
    ("employer", "Hyundai Motor Company", "Hyundai Engineering & Construction"),
    # One name, two unrelated companies.
    ("employer", "Merck KGaA", "Merck & Co."),
    ("employer", "Lloyds Bank", "Lloyd's of London"),
    # Another word for the kind of firm: two firms.
    ("employer", "Apex Consulting", "Apex Partners"),
    ("employer", "Hospital San José", "Clínica San José"),
    # A ministry of two countries.
    ("employer", "Ministry of Health, Kenya", "Ministry of Health, Uganda"),
    # An acronym the table knows stands for its own company; two letters stand for too many.
    ("employer", "HP", "Hindustan Petroleum"),
    ("employer", "TCS", "Tata Communications Services"),
    ("employer", "BA", "Banco Azteca"),
    # Skills: an acronym of a known skill is not another's initials; a plural that is a game.
    ("skill", "PR", "Pull requests"),
    ("skill", "Dart", "Darts"),
    ("skill", "Spark", "Spark AR"),
    # Hobbies that shared one entry, and words that make another activity of a hobby.
    ("interest", "kitesurfing", "windsurfing"),
    ("interest", "saxophone", "trumpet"),
    ("interest", "baseball", "softball"),
    ("interest", "boxing", "karate"),
    ("interest", "chess", "Chinese chess"),
    ("interest", "violin", "viola"),
    ("interest", "craft beer", "homebrewing"),
    ("interest", "poetry", "blogging"),
    ("interest", "skiing", "water skiing"),
    ("interest", "football", "fantasy football"),
    ("interest", "surfing", "web surfing"),
    ("interest", "guitar", "guitar making"),
    ("interest", "Arsenal", "Arsenal de Sarandí"),
    ("interest", "Barcelona", "Barcelona SC"),
    # Two causes within one of LinkedIn's, and two causes once lumped under one name.
    ("cause", "climate action", "biodiversity"),
    ("cause", "refugees", "gender equality"),
    ("cause", "entrepreneurship", "financial literacy"),
    ("cause", "literacy", "mentoring"),
    ("cause", "youth", "elderly care"),
    # A generic word shared by two firms no table knows: a group and a division, a word of another company's name,
    # a partnership named after a company, a firm of a kind against a company's legal name.
    ("employer", "Apex Group", "Apex Systems"),
    ("employer", "Commonwealth Bank", "Commonwealth Edison"),
    ("employer", "Pinnacle Consulting", "Pinnacle Group"),
    ("employer", "Stripe", "Stripe Partners"),
    ("employer", "Hilton", "Hilton Grand Vacations"),
    ("employer", "Leonardo S.p.A.", "Leonardo Hotels"),
    ("employer", "Discovery Inc.", "Discovery Limited"),
    ("employer", "Apex", "Apex Global"),
    # One brand, unrelated companies (companies.json `ambiguous_names`).
    ("employer", "Woolworths Group", "Woolworths plc"),
    ("employer", "Kmart", "Kmart Australia"),
    ("employer", "Metro AG", "Metro Bank"),
    # Hobbies once one entry: two dances, two ways to fish or ski, a touch game and football.
    ("interest", "salsa", "bachata"),
    ("interest", "ice fishing", "fly fishing"),
    ("interest", "ski de fond", "downhill skiing"),
    ("interest", "touch football", "five-a-side football"),
    ("interest", "powerlifting", "weightlifting"),
    ("interest", "choir", "karaoke"),
    ("interest", "scuba diving", "snorkelling"),
    # A state is not the capital named after it.
    ("place", "Washington, DC", "Washington State"),
]


@pytest.mark.parametrize(("kind", "mine", "theirs"), NOT_SHARED)
def test_false_friends_are_refused(kind, mine, theirs):
    assert found(kind, mine, theirs) == []


SHARED = [
    ("school", "University of Lagos, Akoka", "University of Lagos"),
    ("school", "Nigerian Law School, Lagos Campus", "Nigerian Law School, Abuja"),
    ("school", "Newcastle University", "University of Newcastle upon Tyne"),
    # A division named with its company's name is that employer.
    ("employer", "Google Cloud", "Google"),
    ("employer", "AWS", "Amazon"),
    ("employer", "Erste Digital GmbH", "Erste Group Bank AG"),
    ("employer", "Airbus Defence and Space S.A.U.", "Airbus SAS"),
    ("employer", "L&T Construction", "Larsen & Toubro Limited"),
    ("employer", "Merck Sharp & Dohme", "MSD"),
    ("employer", "Dar Al-Handasah Consultants", "Dar Al-Handasah"),
    ("skill", "GCP", "Google Cloud Platform"),
    ("interest", "martial arts", "karate"),
    ("interest", "writing", "poetry"),
    ("interest", "rugby", "rugby union"),
    ("interest", "cờ tướng", "chơi cờ tướng cuối tuần"),
    ("cause", "environment", "climate change"),
    ("cause", "blood donation", "Donazione del sangue"),
    ("cause", "education", "literacy"),
    ("cause", "Desarrollo rural", "rural development"),
    ("employer", "Freshfields", "Freshfields Bruckhaus Deringer LLP"),
    ("employer", "Virgin Blue", "Virgin Australia"),
    ("employer", "A.T. Kearney", "Kearney"),
    ("employer", "Organizzazione Mondiale della Sanità", "World Health Organization"),
    ("employer", "OESO", "OCDE"),
    ("employer", "MTN Nigeria", "MTN Nigeria Communications PLC"),
    ("skill", "C++", "C++17"),
    ("skill", "HL7", "HL7 v2"),
    ("skill", "Yocto", "Yocto Project"),
    ("skill", "Structural design", "Strukturele ontwerp"),
    ("skill", "Gestione del cambiamento", "Change management"),
    ("employer", "Toyota Motor Corporation", "Toyota do Brasil"),
    ("school", "Australian Graduate School of Management (AGSM)", "UNSW"),
    ("school", "Cass Business School", "Bayes Business School"),
    ("school", "Universität zu Köln", "Université de Cologne"),
    ("interest", "dancing", "bachata"),
    ("interest", "Baile (salsa y merengue)", "bailo salsa"),
    ("interest", "fishing", "fly fishing"),
    ("interest", "dağcılık", "mountaineering"),
    ("interest", "skrzypce", "violin"),
]


@pytest.mark.parametrize(("kind", "mine", "theirs"), SHARED)
def test_true_matches_are_kept(kind, mine, theirs):
    assert found(kind, mine, theirs), f"{mine!r} and {theirs!r} should be shared"


def test_a_division_of_an_unknown_company_is_shared_only_within_one_country():
    kenya, peru = {"location": "Nairobi, Kenya"}, {"location": "Lima, Peru"}
    assert found("employer", "Discovery Health (Pty) Ltd", "Discovery Limited",
                 me={"location": "Johannesburg, South Africa"}, them={"location": "Sandton, South Africa"})
    assert not found("employer", "Zawadi Health", "Zawadi", me=kenya, them=peru)


def test_a_public_body_is_one_employer_only_within_one_country():
    assert is_public_body("Ministry of Health") and is_public_body("Department of Education")
    assert not is_public_body("Shell Nigeria")
    kenya, uganda = {"location": "Nairobi, Kenya"}, {"location": "Kampala, Uganda"}
    assert not found("employer", "Ministry of Health", "Ministry of Health", me=kenya, them=uganda)
    assert found("employer", "Ministry of Health", "Ministry of Health", me=kenya, them={"location": "Mombasa, Kenya"})
    # A company's national arms are the company: 'Shell Nigeria' and 'Shell Indonesia' both worked at Shell.
    assert not employers_told_apart("Shell Nigeria", "Shell Indonesia")


def test_a_homonym_skill_is_read_in_the_profile_around_it():
    clinical = " clinical research associate cra ich guidelines "
    cloud = " cloud engineer terraform bigquery "
    assert skill_in_context("GCP", clinical).label == "Good Clinical Practice (GCP)"
    assert skill_in_context("GCP", cloud).label == "Google Cloud Platform"
    assert skill_in_context("GCP", " biotech cloud engineer terraform ").label == "Google Cloud Platform"
    assert skill_in_context("GCP", " accountant ").label == "Google Cloud Platform"  # no word says: the usual sense
    assert skill_in_context("SWIFT", " treasury payments banking ").label == "SWIFT payments"
    assert skill_in_context("Swift", " treasury payments banking ").label == "Swift"  # written as the language
    me = person(headline="Clinical Research Associate", skills=["GCP"])
    them = person(headline="Cloud Engineer", skills=["GCP", "Terraform"])
    assert not [c for c in find_common_ground(me, them).commonalities if c.kind == "skill"]
    designer = person(headline="Graphic designer", skills=["AI", "Photoshop"])
    scientist = person(headline="Machine learning engineer", skills=["AI", "Python"])
    assert not [c for c in find_common_ground(designer, scientist).commonalities if c.label != "Python"]


def test_companies_tables_keep_separate_brands_apart():
    assert normalise_company("Nespresso").parent_label == "Nestlé"
    assert normalise_company("Nespresso").key != normalise_company("Nestlé").key
    assert normalise_company("Merck").key not in {normalise_company("Merck KGaA").key, normalise_company("Merck & Co.").key}
    assert normalise_company("Samsung Engineering").parent_key is None  # a Samsung company, not Samsung Electronics'


def test_schools_of_one_name_are_keyed_by_where_they_are():
    assert normalise_school("St. Xavier's College, Mumbai").key != normalise_school("St. Xavier's College, Delhi").key
    assert normalise_school("Universidad de Granada, Nicaragua").key != normalise_school("Universidad de Granada").key
    assert normalise_school("University of Newcastle (Australia)").key != normalise_school("Newcastle University").key


MORE_NOT_SHARED = [
    # Members of a system or a federal university are schools of their own; two colleges of one name are two.
    ("school", "National Institute of Technology, Kochi College", "National Institute of Technology, Akashi College"),
    ("school", "College of Staten Island", "City College of New York"),
    # Words where a school goes that name none.
    ("school", "High School", "High school"),
    ("school", "Self-taught", "Self-taught"),
    ("school", "Coursera", "Coursera"),
    # Placeholders for an employer.
    ("employer", "Stealth Startup", "Stealth startup"),
    ("employer", "Confidential", "Confidential"),
    ("employer", "Career Break", "Career break"),
    # Two parts of one skill family; a product named after a platform that is another product.
    ("skill", "SAP FI", "SAP MM"),
    ("skill", "Spring Boot", "Spring Security"),
    ("skill", "Azure", "Azure DevOps"),
    ("skill", "Angular", "AngularJS"),
    ("interest", "guitar", "bass guitar"),
]


@pytest.mark.parametrize(("kind", "mine", "theirs"), MORE_NOT_SHARED)
def test_more_false_friends_are_refused(kind, mine, theirs):
    assert found(kind, mine, theirs) == []


def test_a_local_institution_of_one_name_in_two_countries_is_two():
    london, sydney = {"location": "London, United Kingdom"}, {"location": "Sydney, Australia"}
    assert not found("employer", "St Mary's Hospital", "St Mary's Hospital", me=london, them=sydney)
    assert found("employer", "St Mary's Hospital", "St Mary's Hospital", me=london, them={"location": "Leeds, UK"})


def test_two_organisations_of_one_cause_are_not_a_shared_cause_but_one_and_the_cause_are():
    def causes(a: dict, b: dict) -> list:
        return [c.label for c in find_common_ground(person(**a), person(**b)).commonalities if c.kind == "cause"]

    wwf = {"volunteering": [{"organization": "WWF"}]}
    assert causes(wwf, {"volunteering": [{"organization": "The Nature Conservancy"}]}) == []
    assert causes(wwf, {"volunteering": [{"organization": "Beach club", "cause": "Conservation"}]}) == ["conservation"]


def test_a_skill_and_a_part_of_its_family_are_still_shared():
    assert found("skill", "Kotlin", "Kotlin Multiplatform")
    assert found("skill", "SAP", "SAP S/4HANA")  # the ERP itself; a functional module (SAP MM) is a specialism


def test_the_same_brand_in_two_countries_is_told_apart_by_what_the_names_say():
    indonesia, kenya, malaysia = ({"location": "Jakarta, Indonesia"}, {"location": "Nairobi, Kenya"},
                                  {"location": "Kuala Lumpur, Malaysia"})
    # A name made of words of trade and state, then a country, is a national company of its own.
    assert not found("employer", "PT Telkom Indonesia (Persero) Tbk", "Telkom Kenya", me=indonesia, them=kenya)
    assert not found("employer", "Bank Negara Indonesia", "Bank Negara Malaysia", me=indonesia, them=malaysia)
    # A company's own name, then a country, is its national arm.
    assert found("employer", "Sacyr Chile", "Sacyr Colombia", me={"location": "Santiago, Chile"},
                 them={"location": "Bogotá, Colombia"})
    assert found("employer", "Access Bank Ghana", "Access Bank Plc", me={"location": "Accra, Ghana"},
                 them={"location": "Lagos, Nigeria"})
    # Legal forms of two countries' laws on a name no table knows: two companies.
    assert employers_told_apart("Discovery Limited", "Discovery, Inc.")
    assert not employers_told_apart("Acme Inc.", "Acme Corporation")


def test_two_national_members_of_a_federation_meet_only_where_both_live():
    def shared(a: str, b: str, here: str, there: str) -> list:
        me = person(location=here, volunteering=[{"organization": a}])
        them = person(location=there, volunteering=[{"organization": b}])
        return [c for c in find_common_ground(me, them).commonalities if c.kind in ("group", "cause")]

    assert not shared("Cruz Roja Mexicana", "Cruz Roja Colombiana", "Monterrey, Mexico", "Bogotá, Colombia")
    assert not shared("Ensina Brasil", "Enseña por México", "São Paulo, Brasil", "Ciudad de México, México")
    assert not shared("Croix-Rouge genevoise", "International Committee of the Red Cross (ICRC)", "Genève", "Geneva")
    assert shared("Lebanese Red Cross", "Croix-Rouge Libanaise", "Beirut, Lebanon", "Tripoli, Lebanon")
    # One organisation with national chapters is one organisation.
    assert shared("TECHO Perú", "TECHO Chile", "Lima, Perú", "Santiago de Chile")
    assert not shared("Oxfam Intermón", "Oxfam GB", "Madrid, Spain", "Oxford, United Kingdom")
    assert shared("Greenpeace Brasil", "Greenpeace", "São Paulo, Brasil", "Amsterdam, Netherlands")


def test_a_school_placed_abroad_is_not_the_writers_namesake():
    lima, santiago = {"location": "Lima, Perú"}, {"location": "Santiago de Chile"}
    assert not found("school", "Universidad del Pacífico (UP)", "Universidad del Pacífico (Chile)", me=lima, them=santiago)
    # Heidelberg University in Tiffin, Ohio, written by someone living in the US, is not Universität Heidelberg.
    assert not found("school", "Universität Heidelberg", "Heidelberg University", me={"location": "Walldorf, Germany"},
                     them={"location": "Cary, NC"})
    assert found("school", "Universität Heidelberg", "Heidelberg University", me={"location": "Walldorf, Germany"},
                 them={"location": "Berlin, Germany"})


def test_subjects_both_write_about_are_shared_in_their_own_words():
    me = person(about="Salesforce consultant. Writing about CRM and customer experience.")
    them = person(about="Salesforce architect. Writing about customer experience and integration patterns.")
    topics = [c for c in find_common_ground(me, them).commonalities if c.kind == "topic"]
    assert [(c.mine, c.theirs) for c in topics] == [("customer experience", "customer experience")]
    me, them = person(about="Yazılarım: IoT ve gömülü sistemler."), person(about="Writing about IoT business models.")
    assert [c.label for c in find_common_ground(me, them).commonalities if c.kind == "topic"] == ["IoT"]
    # Other subjects are not each other's: 'data' is not 'data contracts'.
    me, them = person(about="I write about data."), person(about="I write about database internals.")
    assert not [c for c in find_common_ground(me, them).commonalities if c.kind == "topic"]


KIN_NOT_SHARED = [
    # One acronym for a family of separate institutes, the city saying which.
    ("school", "International Institute of Information Technology, Hyderabad", "IIIT Bangalore"),
    ("school", "Indian Institute of Management, Calcutta", "IIM Ahmedabad"),
    # A university of its own named after another (the tables know both, neither the other's parent).
    ("school", "Makerere University", "Makerere University Business School"),
    # A specialism of a broad skill: kernel work is not using Linux.
    ("skill", "Linux kernel", "Linux"),
    # A sport's indoor cousin; listening to a genre is not singing in a choir.
    ("interest", "Futsal", "Soccer"),
    ("interest", "Gospel music", "Choir"),
    # Hunger and poverty are two causes, not one and its wider one.
    ("cause", "Hunger", "Poverty relief"),
    ("cause", "Food bank", "Poverty alleviation"),
]


@pytest.mark.parametrize(("kind", "mine", "theirs"), KIN_NOT_SHARED)
def test_false_friends_of_round_three_are_refused(kind, mine, theirs):
    for a, b in ((mine, theirs), (theirs, mine)):
        assert not [c for c in found(kind, a, b) if c.kind == kind], (a, b)


KIN_STILL_SHARED = [
    # The same institute of the family, by acronym and city or in full.
    ("school", "International Institute of Information Technology, Hyderabad", "IIIT Hyderabad"),
    # A faculty named after its university is still the university.
    ("school", "Stanford University", "Stanford Graduate School of Business"),
    ("school", "Boston University", "Boston University Questrom School of Business"),
    # A part of a family skill is still the family's; Linux itself, at more length.
    ("skill", "Kotlin", "Kotlin Multiplatform"),
    ("skill", "Linux kernel", "Linux Kernel"),
    ("interest", "Futsal", "Fútbol sala"),
    ("interest", "Soccer", "Football"),
    ("interest", "Choir", "Choral singing"),
    ("interest", "Gospel choir", "Choir"),
    ("cause", "Hunger", "Food security"),
]


@pytest.mark.parametrize(("kind", "mine", "theirs"), KIN_STILL_SHARED)
def test_true_matches_beside_the_refused_ones_are_kept(kind, mine, theirs):
    assert [c for c in found(kind, mine, theirs) if c.kind == kind], (mine, theirs)


def test_acronym_and_city_against_a_full_name_with_another_city():
    assert acronym_placed_apart("IIIT Bangalore", "International Institute of Information Technology, Hyderabad")
    assert not acronym_placed_apart("IIIT Hyderabad", "International Institute of Information Technology, Hyderabad")
    assert not acronym_placed_apart("MIT", "Massachusetts Institute of Technology")
    assert not acronym_placed_apart("PAU Ludhiana", "Punjab Agricultural University")  # no city written: no verdict


def test_two_schools_the_tables_know_apart_are_not_one_by_their_names():
    assert not same_university("Makerere University", "Makerere University Business School")
    assert same_university("Strathmore University", "Strathmore Business School")


def test_linux_kernel_is_a_specialism_of_its_own():
    assert normalise_skill("Linux kernel").parent_key is None
    assert normalise_skill("Linux administration").parent_key == "skill:linux"


def test_hunger_relief_has_no_wider_cause_and_futsal_no_wider_sport_than_its_family():
    assert normalise_interest("Hunger", "cause").category_key is None
    assert normalise_interest("Futsal", "interest").category_key != "interest:football"
