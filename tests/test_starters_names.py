"""Conversation starters, the name they are greeted by: a given name, never a title or a family name written first; two
given names whole; a name in Hangul or Chinese characters as a letter in that language or in English greets it.
"""

from __future__ import annotations

import pytest
from starter_examples import FIFTH_ROUND, SIXTH_ROUND, TENTH_ROUND, THIRD_ROUND

from companion.ground.names import first_name, name_to_greet
from companion.models import Profile


@pytest.mark.parametrize(("name", "handle"), [("ZXQVRT", "zxqvrt"), ("Brad, what are you gonna do?", "k9lyra"),
                                               ("dev_ops_42", "dev_ops_42")])
def test_no_name_on_their_page_is_greeted_without_one(name, handle):
    them = Profile(name=name, handle=handle, site="x",
                   posts=[{"text": "We launched our booking app for rural clinics this morning.", "date": "2031-05-26"}])
    assert name_to_greet(them) is None
    found = THIRD_ROUND.texts(them)
    assert found and all(t.startswith("Hi, ") for t in found)


def test_a_real_name_is_still_greeted():
    assert name_to_greet(Profile(name="Noor Haddad", handle="noorh")) == "Noor"
    assert name_to_greet(Profile(name="Kate", handle="kate")) == "Kate"
    # A handle shown as the name greets no one by name anywhere (newcomer finding F4: check-ins said "Hi Dgnsrekt,").
    assert first_name(Profile(name="ZXQVRT", handle="zxqvrt")) == "there"


@pytest.mark.parametrize(("name", "greeted"), [
    ("Wei Ming Tan", "Wei Ming"), ("Tan Wei Ming", "Wei Ming"), ("Ji Hoon Kim", "Ji Hoon"), ("Kim Ji Hoon", "Ji Hoon"),
    ("Ka Wai Chan", "Ka Wai"), ("Minh Anh Nguyen", "Minh Anh"), ("Nguyen Thi Lan", "Lan"),
    ("Mary Ann Smith", "Mary Ann"), ("Jean-Pierre Dubois", "Jean-Pierre"), ("Jean Pierre Dubois", "Jean Pierre"),
    ("Ana María López García", "Ana María"), ("Maria Clara Souza", "Maria Clara"), ("Juan Carlos Pérez", "Juan Carlos"),
    # One given name stays one: a family name or a middle name is not greeted (unless which is which is a guess).
    ("Maria Silva Santos", "Maria"), ("Michael James Smith", "Michael"), ("Ian Li Wang", "Ian"), ("Wei Chen", "Wei Chen"), ("Li Na", "Li Na"), ("Ming Li", "Ming"),
    ("Dr. Wei Ming Tan", "Wei Ming"), ("Park Jimin", "Jimin"), ("Nguyen Lan", "Lan"), ("Kim Smith", "Kim"),
    ("Nguyen Thi Minh Khai", "Minh Khai"), ("Anne Marie Duval", "Anne Marie"), ("Rui Pedro Silva", "Rui Pedro"),
])
def test_given_names_of_two_words_are_greeted_whole(name, greeted):
    assert first_name(Profile(name=name)) == greeted
    assert name_to_greet(Profile(name=name, handle="someone")) == greeted


def test_a_starter_greets_wei_ming_as_wei_ming():
    them = Profile(name="Wei Ming Tan", site="x", **FIFTH_ROUND.worker,
                   posts=[{"text": "We launched our booking app for rural clinics this morning.", "date": FIFTH_ROUND.recently}])
    found = FIFTH_ROUND.texts(them)
    assert found and all(t.startswith("Hi Wei Ming,") for t in found)


@pytest.mark.parametrize(("name", "greeted"), [
    ("Dra. Camila Soto", "Camila"), ("Dr. Ana Ruiz", "Ana"), ("Prof. Jan Nowak", "Jan"), ("Ing. Pablo Ruiz", "Pablo"),
    ("Lic. Marta Gómez", "Marta"), ("Mag. Anna Berger", "Anna"), ("Sr. Juan Pérez", "Juan"),
    ("Sra. Lucía Díaz", "Lucía"), ("Mrs. Jane Doe", "Jane"), ("Ms Kate Lee", "Kate"), ("Mr. Tom Hale", "Tom"),
    ("Trần Văn Đức", "Đức"), ("Han Seo-yeon", "Seo-yeon"), ("Kim Minji", "Minji"), ("Tanaka Yuki", "Yuki"),
    ("Yuki Tanaka", "Yuki"), ("박지훈", "박지훈"), ("王伟", "王伟"), ("Ing Wei", "Ing"), ("Mag Ruiz", "Mag"),
    ("Kim Clark", "Kim"), ("Lee Jordan", "Lee"),
])
def test_the_name_greeted_is_their_given_name_never_a_title(name, greeted):
    assert name_to_greet(SIXTH_ROUND.p(name=name)) == greeted


def test_a_title_is_never_the_greeting_of_a_starter():
    me = Profile.model_validate({"name": "Ana Pérez", "location": "Santiago, Chile", "languages": ["Spanish"],
                                 "interests": ["vela"]})
    them = SIXTH_ROUND.p(name="Dra. Camila Soto", location="Valparaíso, Chile", interests=["vela"],
                         headline="Cardióloga en el Hospital Naval", about="Cuido corazones y enseño a residentes de cardiología.")
    found = SIXTH_ROUND.texts(them, me)
    assert found and all("Dra" not in t.split(",")[0] for t in found)


@pytest.mark.parametrize(("name", "greeted"), [
    ("Lee Jiwoo", "Jiwoo"), ("Lee Ji-woo", "Ji-woo"), ("Cho Hyun-woo", "Hyun-woo"), ("Yoo Jae-suk", "Jae-suk"),
    ("Hong Gil-dong", "Gil-dong"), ("Song Minho", "Minho"),
    # Western names that start with a Korean family name stay as they are.
    ("Lee Mason", "Lee"), ("Kim Smith", "Kim"), ("Lee Jordan", "Lee"),
])
def test_a_korean_family_name_first_is_not_greeted(name, greeted):
    assert first_name(Profile(name=name)) == greeted


def test_a_name_prefix_is_part_of_the_name_they_are_greeted_by():
    assert first_name(Profile(name="Sri Lalitha Rao")) == "Sri Lalitha"
    assert first_name(Profile(name="Srinivas Rao")) == "Srinivas"


@pytest.mark.parametrize(("name", "greeted"), [
    ("Dre Awa Ndiaye", "Awa"), ("Pr Lucien Girard", "Lucien"), ("Prof.Dr. Jana Novak", "Jana"),
    ("Dr.-Ing. Felix Brandt", "Felix"), ("Dr.Efe Okoro", "Efe"), ("Engr. Paolo Reyes", "Paolo"),
    ("山本 真一 (Shinichi Yamamoto)", "Shinichi"), ("山本 真一（Yamamoto Shinichi）", "Shinichi"),
    ("Dre Smith", "Dre"),  # someone called Dre: a title only before a given and a family name
])
def test_titles_and_family_names_first_are_no_first_name(name, greeted):
    assert first_name(TENTH_ROUND.p(name=name)) == greeted
    assert name_to_greet(TENTH_ROUND.p(name=name)) == greeted


def test_a_korean_message_greets_the_name_in_hangul():
    me = TENTH_ROUND.p(name="김민수", location="서울, 대한민국", languages=["한국어"], interests=["클라이밍"])
    them = TENTH_ROUND.p(name="이서연 (Lee Seo-yeon)", location="부산, 대한민국", interests=["클라이밍"],
                         headline="프로덕트 디자이너", about="부산에서 프로덕트 디자이너로 일하고 있어요. 주말에는 클라이밍을 해요.")
    found = TENTH_ROUND.texts(them, me)
    assert found and all(t.startswith("이서연님") for t in found), found


def test_a_bracketed_nickname_of_a_double_given_names_initials_is_the_name_to_greet():
    from companion.ground.names import name_to_greet
    from companion.models import Profile
    assert name_to_greet(Profile(name="Marie-Claire (MC) Dubois")) == "MC"
    assert name_to_greet(Profile(name="Marie-Claire (Lefevre) Dubois")) == "Marie-Claire"  # a maiden name, no nickname


def test_someone_in_japan_is_greeted_by_family_name_and_san_in_english():
    from datetime import UTC, datetime

    from companion.ground.common_ground import find_common_ground
    from companion.ground.names import japanese_greeting
    from companion.ground.starters import suggest_starters
    assert japanese_greeting(Profile(name="Haruka Takeuchi")) == "Takeuchi-san"
    assert japanese_greeting(Profile(name="Takeuchi Haruka")) == "Takeuchi-san"
    assert japanese_greeting(Profile(name="Haruka Lindqvist")) is None
    me = Profile(name="Lea Brandt", location="Tokyo, Japan", interests=["Bouldering"], languages=["English"])
    them = Profile(name="Haruka Takeuchi", location="Osaka, Japan", interests=["Bouldering"], languages=["English"])
    texts = [s.text for s in suggest_starters(me, them, find_common_ground(me, them), now=datetime(2026, 12, 6, tzinfo=UTC))]
    assert texts and all(t.startswith("Hi Takeuchi-san,") for t in texts)
    abroad = them.model_copy(update={"location": "Berlin, Germany"})
    assert all(t.startswith("Hi Haruka,") for t in
               [s.text for s in suggest_starters(me, abroad, find_common_ground(me, abroad), now=datetime(2026, 12, 6, tzinfo=UTC))])


@pytest.mark.parametrize("name", ["Lt. Col. Amara Okafor", "Maj. Gen. Rolf Haugen", "Rear Adm. Ines Duarte",
                                  "S. Narayanan"])
def test_a_rank_or_an_initial_is_never_greeted_as_a_name(name):
    assert name_to_greet(Profile(name=name)) is None


def test_a_plain_name_is_still_greeted():
    assert name_to_greet(Profile(name="Amara Okafor")) == "Amara"


@pytest.mark.parametrize(("name", "first"), [
    ("Arch Campbell", "Arch"), ("Col Needham", "Col"), ("Hon Lai", "Hon"), ("Maj Sjöwall", "Maj"),
    ("Adv Kumar Singh", "Adv"), ("Capt. Anna Berg", "Anna"), ("Adv. Priya Nair", "Priya"), ("Ir. Budi Santoso", "Budi"),
])
def test_a_title_that_is_also_a_given_name_is_a_title_only_with_its_dot(name, first):
    assert first_name(Profile(name=name)) == first
