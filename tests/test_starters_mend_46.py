"""Mend 46: the true reason when a page's language or a name's script holds every opener back (newcomer 9, W2 and W3),
and a common-ground card headed by the user's own wording when the other side writes it in another script (C3)."""

from __future__ import annotations

from datetime import UTC, datetime

from companion.ground.common_ground import find_common_ground
from companion.ground.starters import suggest_starters, why_no_starters
from companion.models import Profile

NOW = datetime(2026, 12, 7, tzinfo=UTC)
CAUSES = [{"organisation": "Civic Hall", "role": "Volunteer", "cause": cause}
          for cause in ("Civil Rights and Social Action", "Human Rights", "Science and Technology")]
ME = Profile(name="Julian Amelung", headline="Data scientist", location="Berlin, Germany",
             skills=["Machine Learning", "Data Analysis"], languages=["English", "German"], volunteering=CAUSES)
SPANISH_BIO = ("Comparto tutoriales, herramientas y noticias de IA. Y también chorradas. Fundador @Brisa_AI "
               "(acq. por @freepik)")


def _both(me: Profile, them: Profile) -> tuple[list[str], str | None]:
    ground = find_common_ground(me, them, None)
    return ([s.text for s in suggest_starters(me, them, ground, now=NOW)], why_no_starters(me, them, ground, now=NOW))


def _peer(name: str, **extra) -> Profile:
    return Profile(name=name, headline="Code Whisperer", location="London, United Kingdom", languages=["English"],
                   volunteering=CAUSES, **extra)


def test_a_spanish_page_to_a_sender_who_does_not_write_spanish_names_the_language_in_english():
    them = Profile(site="x", name="Javi López", handle="javilop", headline=SPANISH_BIO)
    starters, why = _both(ME, them)
    assert starters == []
    assert why == ("their page is in Spanish and your profile lists no Spanish, so no English opener is suggested "
                   "(if you write Spanish: companion me languages --add es)")


def test_a_name_only_in_chinese_characters_is_said_as_the_reason_not_thin_shared_ground():
    # The same three causes get an English page's cause line; a name in characters alone gets none, and says why.
    assert _both(ME, _peer("Nelson Correia"))[0]
    starters, why = _both(ME, _peer("王伟", skills=["机器学习", "数据分析"]))
    assert starters == []
    assert why == ("their name is written only in Chinese characters (王伟): Rapport does not put it in an opener "
                   "in English; write your own greeting")


def test_a_name_in_kana_is_named_as_japanese():
    starters, why = _both(ME, _peer("さくら"))
    assert starters == [] and why is not None and why.startswith("their name is written only in Japanese kana (さくら)")


def test_a_latin_name_beside_characters_gets_its_opener_and_no_such_reason():
    starters, why = _both(ME, _peer("Wang Wei 王伟"))
    assert starters and (why is None or "characters" not in why)


def test_a_skill_written_in_two_scripts_is_headed_by_the_users_own_wording():
    them = _peer("王伟", skills=["机器学习", "数据分析", "会计"])
    cards = {c.mine: c for c in find_common_ground(ME, them, None).commonalities if c.kind == "skill"}
    card = cards["Data Analysis"]
    assert card.label == "Data Analysis" and card.theirs == "数据分析"
    assert card.why.startswith("You both list Data Analysis as a skill") and "数据分析" in card.why
    # Seen from the other side, their own wording heads it.
    back = next(c for c in find_common_ground(them, ME, None).commonalities if c.mine == "数据分析")
    assert back.label == "数据分析"


def test_a_name_written_out_still_heads_an_acronym_in_one_script():
    me = ME.model_copy(update={"skills": ["CFD"]})
    them = _peer("Ana Silva", skills=["Computational Fluid Dynamics"])
    card = next(c for c in find_common_ground(me, them, None).commonalities if c.kind == "skill")
    assert card.label == "Computational Fluid Dynamics"
