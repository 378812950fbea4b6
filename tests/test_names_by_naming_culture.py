"""The name a first message greets by, read by naming culture from the profile's own signals (review set 32): a Khmer
family name written first ('Sok Dara' in Phnom Penh is Dara), a leading name said with the next in Malay and South Asian
usage ('Mohamed Rizwan', 'Nurul Aina', 'Abdul Rahman'), the given names before 'bin'/'binti', a rank word that is a given
name without its dot ('Gen Hoshino'), and the name they introduce themselves by ('Soy Carmen'). When unsure, the given
names in full rather than a guess. Made-up people."""

from __future__ import annotations

import pytest
from starter_examples import job, person, texts

from companion.ground.names import first_name, name_to_greet
from companion.models import Profile


@pytest.mark.parametrize(("name", "location", "languages", "greeted"), [
    # Khmer: the family name first; greeted by the given name where the page says Cambodia...
    ("Chea Sovannara", "Phnom Penh, Cambodia", [], "Sovannara"),
    ("Keo Malis", "Battambang", ["Khmer", "English"], "Malis"),
    ("Kim Sreypov", "Siem Reap, Cambodia", [], "Sreypov"),
    # ...and in full where it does not: which word is which is a guess.
    ("Chea Sovannara", "Melbourne, Australia", [], "Chea Sovannara"),
    # A given name written first stays the name ('Sovannara Chea'), and a common name elsewhere is left alone.
    ("Sovannara Chea", "Phnom Penh, Cambodia", [], "Sovannara"),
    ("Kim Walters", "Leeds, United Kingdom", [], "Kim"),
])
def test_a_khmer_family_name_first_is_never_greeted(name, location, languages, greeted):
    assert name_to_greet(Profile(name=name, location=location, languages=languages)) == greeted


@pytest.mark.parametrize(("name", "location", "greeted"), [
    # A leading name said with the next: the two in full, where the page says the Malay world or South Asia, or nowhere.
    ("Muhammad Haziq", "Kuala Lumpur, Malaysia", "Muhammad Haziq"),
    ("Mohammed Faraz Qureshi", "Lahore, Pakistan", "Mohammed Faraz"),
    ("Mohamed Irfan", "", "Mohamed Irfan"),
    ("Nurul Syafiqah", "Shah Alam, Selangor", "Nurul Syafiqah"),
    ("Siti Khadijah Rahim", "Ipoh, Malaysia", "Siti Khadijah"),
    ("Wan Nur Amirah", "Kuantan, Malaysia", "Wan Nur Amirah"),
    # Abdul is 'servant of': never greeted alone, anywhere.
    ("Abdul Hakim Osman", "Doha, Qatar", "Abdul Hakim"),
    # The given names before 'bin' / 'binti'; an abbreviation of Muhammad is no name to greet by.
    ("Ahmad Danial bin Yusof", "Penang, Malaysia", "Ahmad Danial"),
    ("Hafiz bin Rosli", "Johor Bahru, Malaysia", "Hafiz"),
    ("Mohd Shahrul Nizam", "Melaka, Malaysia", "Shahrul"),
    ("Md. Tanvir Hasan", "Dhaka, Bangladesh", "Tanvir"),
    # Where 'Mohamed' and 'Noor' are the given name, they are greeted as before.
    ("Mohamed Lotfy", "Alexandria, Egypt", "Mohamed"),
    ("Noor Khalil", "Amman, Jordan", "Noor"),
])
def test_a_leading_name_is_greeted_with_the_name_it_is_said_with(name, location, greeted):
    assert name_to_greet(Profile(name=name, location=location)) == greeted


def test_malay_titles_are_no_name():
    assert name_to_greet(Profile(name="Hj. Zulkifli bin Omar", location="Kota Bharu, Malaysia")) == "Zulkifli"
    assert name_to_greet(Profile(name="Haji Zulkifli", location="Malaysia")) == "Zulkifli"


def test_gen_is_a_given_name_without_its_dot_and_a_rank_with_it():
    assert name_to_greet(Profile(name="Gen Ishikawa", location="Sapporo, Japan")) == "Gen"
    assert name_to_greet(Profile(name="Gen. Tomas Varga")) is None


@pytest.mark.parametrize(("name", "about", "greeted"), [
    ("María Pilar Ortega Ruiz", "Soy Pilar, ingeniera de caminos en Zaragoza.", "Pilar"),
    ("Anna Katharina Vogel", "Hallo, ich bin Katharina. Ich plane Radwege.", "Katharina"),
    ("João Miguel Pires", "Hi, I'm Miguel and I design bridges.", "Miguel"),
    # A family name said after 'jestem' with more words is their trade, not the name they go by.
    ("Jan Kowal", "Jestem Kowal z zawodu i z nazwiska.", "Jan"),
    # A word that is no part of their name is no name ('Soy ingeniera').
    ("Lucía Navarro", "Soy Ingeniera de datos en Valencia.", "Lucía"),
])
def test_the_name_they_introduce_themselves_by_is_greeted(name, about, greeted):
    assert first_name(Profile(name=name, about=about)) == greeted


def test_a_starter_greets_a_khmer_name_by_the_given_name():
    me = person(name="Lina Ferreira", location="Phnom Penh, Cambodia", languages=["English"],
                interests=["Bouldering"], experience=[job("Mekong Data", "Data Engineer", "2021-01")])
    them = person(name="Heng Sopheap", location="Phnom Penh, Cambodia", languages=["Khmer", "English"],
                  interests=["Bouldering"], headline="Data analyst at Tonle Analytics",
                  experience=[job("Tonle Analytics", "Data Analyst", "2022-03")])
    found = texts(me, them)
    assert found and all(t.startswith("Hi Sopheap,") for t in found), found


@pytest.mark.parametrize(("name", "location", "languages", "greeted"), [
    # Hungarian order, the family name first, where the page says Hungary: the given name.
    ("Szabó Eszter", "Debrecen, Hungary", [], "Eszter"),
    ("Horváth Bence", "", ["Magyar", "English"], "Bence"),
    ("Eszter Szabó", "Budapest, Hungary", [], "Eszter"),
    # Burmese names have no family name: the name whole.
    ("Thandar Kyaw", "Yangon, Myanmar", [], "Thandar Kyaw"),
])
def test_a_hungarian_family_name_first_and_a_burmese_name_whole(name, location, languages, greeted):
    assert name_to_greet(Profile(name=name, location=location, languages=languages)) == greeted
