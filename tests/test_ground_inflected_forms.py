"""Round 36: the inflected forms of the words the tables know ('zdrowia', 'sztuki', 'optymalizacjach') read as those
words, from simplemma's form -> lemma dictionaries at build time (scripts/build_dictionary_words.py `inflected`), with
the headwords' guards again for each form."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from ground_examples import found

from companion.ground.normalise import skills

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import build_dictionary_words as build  # noqa: E402


@pytest.mark.parametrize("kind, mine, theirs", [
    ("skill", "Historia sztuki", "Art history"),           # Polish genitive of 'sztuka'
    ("skill", "Sztuki", "Art"),
    ("skill", "Optymalizacjach", "Optimization"),          # Polish locative plural
    ("cause", "Zdrowia", "Health"),                        # Polish genitive of 'zdrowie'
    ("skill", "Ehitusest", "Construction"),                # Estonian elative
    ("skill", "Matkailusta", "Tourism"),                   # Finnish elative
])
def test_an_inflected_form_meets_the_english_word_of_its_lemma(kind, mine, theirs):
    assert found(kind, mine, theirs)


def test_the_forms_are_in_the_committed_table_and_simplemma_is_never_imported_at_run_time():
    assert skills._dictionary().get("zdrowia")[0] == b"health"
    code = ("import sys; from companion.ground.normalise import skills; skills.skill_words('Historia sztuki'); "
            "assert 'simplemma' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_swahili_generated_forms_are_left_out():
    assert "sw" not in build.LEMMA_LANGUAGES.values()
    assert skills._dictionary().get("nisichomada") is None   # 'mada' (topic) with a verb's prefixes
