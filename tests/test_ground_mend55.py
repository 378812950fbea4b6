"""Ground mend 55: employers' other names (renames, legal names, native scripts), skills and hobbies written in
Korean, Hindi, Arabic, Malay/Indonesian, Turkish and Spanish, acronyms across languages, and chapters of one
network kept apart."""

import pytest

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise.acronyms import stands_for
from companion.ground.normalise.companies import chapter_place
from companion.models import Experience, Profile, Volunteering


def _shared(kind_of, me: Profile, them: Profile) -> list[str]:
    return [c.label for c in find_common_ground(me, them).commonalities if c.kind in kind_of]


def _employers(a: str, b: str, here: str, there: str) -> list[str]:
    return _shared({"employer"}, Profile(name="A", location=here, experience=[Experience(company=a, start="2018")]),
                   Profile(name="B", location=there, experience=[Experience(company=b, start="2018")]))


def _skills(a: str, b: str) -> list[str]:
    return _shared({"skill"}, Profile(name="A", location="Singapore", skills=[a]),
                   Profile(name="B", location="Singapore", skills=[b]))


def _hobbies(a: str, b: str) -> list[str]:
    return _shared({"interest", "topic", "cause"}, Profile(name="A", location="Jakarta, Indonesia", interests=[a]),
                   Profile(name="B", location="Jakarta, Indonesia", interests=[b]))


def _groups(a: str, b: str, here: str, there: str) -> list[tuple[str, str]]:
    me = Profile(name="A", location=here, volunteering=[Volunteering(organization=a)])
    them = Profile(name="B", location=there, volunteering=[Volunteering(organization=b)])
    return [(c.kind, c.label) for c in find_common_ground(me, them).commonalities if c.kind in ("group", "cause")]


# ---------------------------------------------------------------- 1. employers' renames, legal names, own scripts

@pytest.mark.parametrize("a, b, here, there", [
    ("Telecom New Zealand", "Spark New Zealand", "Auckland, New Zealand", "Wellington, New Zealand"),  # 2014
    ("Vodafone New Zealand", "One NZ", "Auckland, New Zealand", "Auckland, New Zealand"),  # 2023
    ("Countdown", "Woolworths New Zealand", "Auckland, New Zealand", "Wellington, New Zealand"),
    ("Garena", "Sea Limited", "Singapore", "Singapore"),  # renamed Sea in 2017
    ("Bluehole", "Krafton", "Seoul, South Korea", "Seoul, South Korea"),  # 2018
    ("Gojek", "PT Aplikasi Karya Anak Bangsa", "Jakarta, Indonesia", "Jakarta, Indonesia"),
    ("Traveloka", "PT Trinusa Travelindo", "Jakarta, Indonesia", "Jakarta, Indonesia"),
    ("PETRONAS", "Petroliam Nasional Berhad", "Kuala Lumpur, Malaysia", "Kuala Lumpur, Malaysia"),
    ("DBS Bank", "DBS Group Holdings", "Singapore", "Singapore"),
    ("OCBC Bank", "Oversea-Chinese Banking Corporation", "Singapore", "Singapore"),
    ("GovTech Singapore", "Government Technology Agency", "Singapore", "Singapore"),
    ("토스", "Viva Republica", "Seoul, South Korea", "Seoul, South Korea"),
    ("당근마켓", "Karrot", "Seoul, South Korea", "Seoul, South Korea"),
    ("배달의민족", "Woowa Brothers", "Seoul, South Korea", "Seoul, South Korea"),
    ("캔바", "Canva", "Seoul, South Korea", "Sydney, Australia"),
    ("पेटीएम", "One97 Communications", "Noida, India", "Noida, India"),
    ("एचसीएल टेक्नोलॉजीज", "HCLTech", "Noida, India", "Noida, India"),
])
def test_one_employer_under_its_other_name(a, b, here, there):
    assert _employers(a, b, here, there)


@pytest.mark.parametrize("a, b, here, there", [
    ("TNB", "Tenaga Nasional Berhad", "Kuala Lumpur, Malaysia", "Kuala Lumpur, Malaysia"),  # its acronym
    ("IMDA", "Infocomm Media Development Authority", "Singapore", "Singapore"),
    ("इन्फोसिस", "Infosys", "Pune, India", "Bengaluru, India"),  # read by its sounds before (round 35)
    ("विप्रो", "Wipro", "Pune, India", "Bengaluru, India"),
])
def test_names_read_before_as_one_employer_stay_one_now_the_table_lists_them(a, b, here, there):
    assert _employers(a, b, here, there)


@pytest.mark.parametrize("a, b, here, there", [
    ("Vodafone", "Vodafone New Zealand", "London, UK", "Auckland, New Zealand"),  # sold in 2019: One NZ now
    ("Telecom Italia", "Telecom New Zealand", "Rome, Italy", "Auckland, New Zealand"),
    ("Spark", "Spark New Zealand", "Auckland, New Zealand", "Auckland, New Zealand"),  # 'Spark' alone says no more
    ("Tokopedia", "Gojek", "Jakarta, Indonesia", "Jakarta, Indonesia"),  # two companies of GoTo
    ("DBS Bank India", "DBS Bank", "Mumbai, India", "Singapore"),  # a bank chartered in another country
    ("Countdown Labs", "Countdown", "London, UK", "Auckland, New Zealand"),
])
def test_names_alike_that_stay_two_employers(a, b, here, there):
    assert not _employers(a, b, here, there)


# ---------------------------------------------------------------- 2. skills and hobbies in other scripts and languages

@pytest.mark.parametrize("a, b", [
    ("쿠버네티스", "Kubernetes"), ("리액트", "React"), ("타입스크립트", "TypeScript"), ("자바스크립트", "JavaScript"),
    ("도커", "Docker"), ("웹 접근성", "Web Accessibility"),
    ("프로덕트 매니지먼트", "Product Management"), ("공급망 관리", "Supply Chain"),
    ("जावा", "Java"), ("पायथन", "Python"), ("माइक्रोसर्विसेज", "Microservices"), ("मशीन लर्निंग", "Machine Learning"),
    ("بايثون", "Python"), ("تجربة المستخدم", "UX"), ("جافا سكريبت", "JavaScript"),
    ("Jaringan Komputer", "Computer Networking"), ("Bilgisayar ağları", "Computer Networking"),
    ("Lokalisasi", "Localisation"), ("Yerelleştirme", "Localization"),
    ("Rezervuar Simülasyonu", "Reservoir Simulation"), ("Kuyu Testi", "Well Testing"), ("Pruebas de pozo", "Well Testing"),
    ("Gobernanza de datos", "Data Governance"), ("Tata kelola data", "Data Governance"),
    ("Pengesahan pasca-silikon", "Post-silicon Validation"), ("Automasi makmal", "Lab Automation"),
])
def test_one_skill_in_two_languages(a, b):
    assert _skills(a, b)


@pytest.mark.parametrize("a, b", [
    ("자바", "JavaScript"),  # Java is no JavaScript in any script
    ("جافا", "جافا سكريبت"),
    ("Kuyu Testi", "Software Testing"),
    ("Jaringan Komputer", "Networking Events"),
    ("Gobernanza de datos", "Data Engineering"),
])
def test_skills_alike_in_words_that_stay_two(a, b):
    assert not _skills(a, b)


@pytest.mark.parametrize("a, b", [
    ("Fotografi lanskap", "Landscape photography"), ("Peyzaj fotoğrafçılığı", "Photography"),
    ("Membatik", "Batik painting"), ("Batik tulis", "Batik"),
    ("K-드라마", "K-drama"), ("Drakor", "Korean dramas"), ("韓劇", "K-drama"),
    ("Kopi", "Coffee brewing"), ("Kahve", "Coffee"),
])
def test_one_hobby_in_two_languages(a, b):
    assert _hobbies(a, b)


def test_a_drama_is_no_k_pop():
    assert not _hobbies("K-드라마", "K-pop")


# ---------------------------------------------------------------- 3. acronyms across languages

@pytest.mark.parametrize("a, b", [("GNL", "LNG"), ("Gas natural licuado", "Liquefied Natural Gas"),
                                  ("GLP", "LPG"), ("DevEx", "Developer Experience")])
def test_an_acronym_as_another_language_writes_it(a, b):
    assert _skills(a, b)


def test_lng_is_not_lpg():
    assert not _skills("GNL", "LPG")


# ---------------------------------------------------------------- 4. chapters of one network are two organisations

@pytest.mark.parametrize("a, b", [
    ("GDG on Campus SKKU", "Google Developer Groups Seoul"),
    ("GDG Busan", "Google Developer Groups Seoul"),
])
def test_the_acronym_of_a_network_with_a_chapter_of_its_own_is_not_another_chapter(a, b):
    assert ("group", "Google Developer Groups Seoul") not in _groups(a, b, "Seoul", "Seoul")


def test_the_acronym_of_a_network_and_the_same_chapter_are_one():
    assert ("group", "Google Developer Groups Seoul") in _groups("GDG Seoul", "Google Developer Groups Seoul",
                                                                   "Seoul", "Seoul")
    assert stands_for("UoN", "University of Nairobi School of Law", None, "University of Nairobi") == "uon"


def test_a_part_of_its_own_written_with_the_parents_acronym_is_no_other_part():
    assert stands_for("GDG on Campus SKKU", "Google Developer Groups Seoul", None, "Google Developer Groups") is None
    assert stands_for("UoN Kikuyu Campus", "University of Nairobi School of Law", None, "University of Nairobi") is None


@pytest.mark.parametrize("a, b, network", [
    ("Rotary Club of Seoul", "Rotary Club of Busan", "Rotary"),
    ("Toastmasters Club of Pune", "Toastmasters Club of Mumbai", "Toastmasters"),
    ("AWS User Group Seoul", "AWS User Group Busan", "AWS User"),
    ("Rotaract Club of Pune", "Rotaract Club of Mumbai", "Rotaract"),
])
def test_two_clubs_of_one_network_share_its_cause_not_one_club(a, b, network):
    found = _groups(a, b, "Seoul, South Korea", "Busan, South Korea")
    assert not [label for kind, label in found if kind == "group"]
    assert [label for kind, label in found if kind == "cause" and network in label]


def test_one_club_is_still_one_club():
    assert ("group", "Rotary Club of Seoul") in _groups("Rotary Club of Seoul", "Rotary Club of Seoul", "Seoul", "Seoul")
    assert chapter_place("Rotary Club of Seoul", "Rotary") == "seoul"
    assert chapter_place("Rotary Club", "Rotary") is None  # the unit word alone names no place


# ---------------------------------------------------------------- a skill listed, and named by its one-word name

def test_a_listed_skill_named_in_the_others_headline_by_its_one_word_name():
    me = Profile(name="A", location="Sydney", skills=["Developer Experience"])
    them = Profile(name="B", location="Sydney", headline="Senior Engineer | Platform & DevEx")
    assert _shared({"skill"}, me, them) == ["Developer Experience"]
    a11y = Profile(name="B", location="Sydney", headline="Frontend engineer, WCAG audits")
    assert _shared({"skill"}, Profile(name="A", location="Sydney", skills=["Web accessibility"]), a11y)


def test_a_one_word_name_that_is_a_word_of_a_language_is_not_read_in_prose():
    me = Profile(name="A", location="Sydney", skills=["Cloud Computing"])  # 'Cloud' is an everyday word
    them = Profile(name="B", location="Sydney", headline="Head of Cloud at Acme")
    assert "Cloud Computing" not in _shared({"skill"}, me, them)


@pytest.mark.parametrize("a, b", [("개발자 커뮤니티", "Developer community"),
                                  ("Comunidad de desarrolladores", "Developer community"),
                                  ("Komunitas pengembang", "Developer community")])
def test_a_cause_of_developers_in_two_languages(a, b):
    me = Profile(name="A", location="Seoul", volunteering=[Volunteering(organization="Acme Club", cause=a)])
    them = Profile(name="B", location="Seoul", volunteering=[Volunteering(organization="Other Club", cause=b)])
    assert _shared({"cause"}, me, them)
