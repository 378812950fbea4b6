"""Round 40 review: the CJK terms table (data/cjk_terms.json) holds none of the headwords a reader of Chinese and
Japanese struck out (scripts/build_cjk_terms.py REVIEWED_OUT), and every term it gives is one the tables know."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from companion.ground.normalise.interests import normalise_interest
from companion.ground.normalise.skills import normalise_skill, word_key
from companion.ground.normalise.text import load_table

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "companion" / "ground" / "data"


def _build_script():
    spec = importlib.util.spec_from_file_location("build_cjk_terms", ROOT / "scripts" / "build_cjk_terms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_struck_out_headword_is_in_the_table() -> None:
    build = _build_script()
    terms = load_table("cjk_terms.json")["terms"]
    present = {key.replace(" ", "") for key in terms}
    struck = [w for words in build.REVIEWED_OUT.values() for w in words]
    assert len(struck) > 200
    assert [w for w in struck if word_key(w).replace(" ", "") in present] == []
    assert build.reviewed_out() == {word_key(w).replace(" ", "") for w in struck}


def test_every_term_in_the_table_is_one_the_tables_know() -> None:
    skills = json.loads((DATA / "skills.json").read_text(encoding="utf-8"))
    interests = json.loads((DATA / "interests.json").read_text(encoding="utf-8"))
    topics = json.loads((DATA / "topics.json").read_text(encoding="utf-8"))
    known = {e["name"] for e in skills["skills"]}
    known |= {e["name"] for kind in ("interests", "causes") for e in interests[kind]}
    known |= {t["name"] for t in topics["topics"]}
    terms = load_table("cjk_terms.json")["terms"]
    assert terms and {term for term in terms.values() if term not in known} == set()


@pytest.mark.parametrize(("written", "english", "kind"), [
    ("不拡大", "Localization", "skill"),        # non-escalation, containment
    ("見積もり", "Valuation", "skill"),         # a quote, an estimate
    ("赶集", "Go-to-Market Strategy", "skill"),  # going to the village market
    ("南瓜", "squash", "interest"),             # a pumpkin
    ("火かき棒", "poker", "interest"),          # a fire poker
    ("バド", "badminton", "interest"),          # folds to ハト, a pigeon
    ("ドラム", "drums", "interest"),            # folds to トラム, a tram
    ("サイファイ", "reading", "interest"),      # science fiction is a genre, not reading
    ("利き酒", "wine", "interest"),             # sake tasting
    ("偵察", "scouting", "interest"),           # military reconnaissance
    ("丹後", "tango", "interest"),              # a place in Kyoto
])
def test_a_struck_out_word_is_not_the_english_term(written: str, english: str, kind: str) -> None:
    if kind == "skill":
        assert normalise_skill(written).key != normalise_skill(english).key
    else:
        assert normalise_interest(written, kind).key != normalise_interest(english, kind).key


@pytest.mark.parametrize(("written", "english", "kind"), [
    ("本地化", "Localization", "skill"),
    ("估值", "Valuation", "skill"),
    ("羽球", "badminton", "interest"),
    ("探戈", "tango", "interest"),
    ("ワインテイスティング", "wine", "interest"),
])
def test_a_kept_word_still_reads_as_its_term(written: str, english: str, kind: str) -> None:
    if kind == "skill":
        assert normalise_skill(written).key == normalise_skill(english).key
    else:
        assert normalise_interest(written, kind).key == normalise_interest(english, kind).key
