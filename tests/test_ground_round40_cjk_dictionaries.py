"""Round 40: Chinese and Japanese skills, hobbies and causes read through CC-CEDICT and JMdict (data/cjk_terms.json,
scripts/build_cjk_terms.py), as a whole term only."""

from __future__ import annotations

import pytest

from companion.ground.normalise.interests import normalise_interest
from companion.ground.normalise.skills import cjk_term, normalise_skill
from companion.ground.normalise.text import FOLD_VERSION, fold, load_table


@pytest.mark.parametrize(("written", "english"), [
    ("流行病学", "Epidemiology"),            # Chinese (CC-CEDICT)
    ("計量経済学", "Econometrics"),          # Japanese (JMdict)
    ("云计算", "Cloud Computing"),           # simplified
    ("雲計算", "Cloud Computing"),           # and traditional
    ("自然语言处理", "Natural Language Processing"),
])
def test_a_skill_in_chinese_or_japanese_is_the_skill(written: str, english: str) -> None:
    assert normalise_skill(written).key == normalise_skill(english).key


@pytest.mark.parametrize(("written", "english", "kind"), [
    ("太極拳", "tai chi", "interest"),
    ("天文学", "astronomy", "interest"),
    ("叠纸", "origami", "interest"),
    ("人身取引", "anti-trafficking", "cause"),
])
def test_a_hobby_or_cause_in_chinese_or_japanese_is_that_one(written: str, english: str, kind: str) -> None:
    assert normalise_interest(written, kind).key == normalise_interest(english, kind).key


def test_a_tools_own_name_is_never_a_dictionary_gloss() -> None:
    # CC-CEDICT glosses 春天 'spring' (the season): Spring, the framework, is a tool's own name, never a target.
    assert cjk_term(fold("春天")) is None
    assert normalise_skill("春天").key != normalise_skill("Spring").key


def test_only_a_whole_term_and_only_chinese_or_japanese() -> None:
    assert cjk_term(fold("流行病学研究所")) is None  # a longer word is not the skill it begins with
    assert cjk_term(fold("epidemiology")) is None


def test_the_table_names_its_sources_and_licences() -> None:
    table = load_table("cjk_terms.json")
    assert "CC-CEDICT" in table["source"] and "JMdict" in table["source"]
    assert table["licence"].count("CC BY-SA 4.0") == 2
    assert table["fold_version"] == FOLD_VERSION
    assert table["entries"] == len(table["terms"])
