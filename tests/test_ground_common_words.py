"""The word-frequency table common ground reads instead of wordfreq (scripts/build_common_words.py): a name is rare, a
common word of any language checked is common, the tiers' boundaries are wordfreq's, and the runtime never imports
wordfreq."""

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from companion.ground.normalise import contained, phrases
from companion.ground.normalise.word_frequency import TABLE, table, zipf_at_least

ROOT = Path(__file__).resolve().parents[1]
NAMES = contained._LANGUAGES, contained._RARE_ZIPF
RARE, WEAK = (phrases._TOPIC_LANGUAGES, phrases._TOPIC_RARE), (phrases._TOPIC_LANGUAGES, phrases._TOPIC_WEAK)


def test_the_table_is_built_for_the_thresholds_the_code_uses():
    tiers = {(tuple(t["languages"]), t["zipf"]) for t in table().header["tiers"]}
    assert tiers == {NAMES, RARE, WEAK}


def test_the_table_is_small():
    assert TABLE.stat().st_size <= 1_500_000


@pytest.mark.parametrize("name", ["zorvatek", "belmond", "conconcreto", "xaruvel"])
def test_a_name_is_rare_in_every_language(name):
    assert not zipf_at_least(name, *NAMES) and not zipf_at_least(name, *RARE)
    assert contained.is_rare_word(name)


@pytest.mark.parametrize("word", [
    "apex", "citadel", "boston",  # English
    "perspektywy",  # Polish
    "folha",  # Portuguese
    "hakkında", "kişinin",  # Turkish
    "kesehatan",  # Indonesian
    "întotdeauna", "acelaşi",  # Romanian, in either form of ş
    "kuitenkin",  # Finnish
    "groß",  # German, looked up case-folded as 'gross'
    "Citadel",  # capitals aside
])
def test_a_common_word_of_any_checked_language_is_common(word):
    assert zipf_at_least(word, *NAMES)
    assert not contained.is_rare_word(word.lower())


def test_a_turkish_word_with_a_romanian_comma_is_still_turkish():
    assert zipf_at_least("kișinin", *NAMES)  # wordfreq reads ș as ş in Turkish


@pytest.mark.parametrize(("word", "names", "rare", "weak"), [
    ("belmond", False, False, False),  # 1.86
    ("adrenal", False, False, False),  # 2.99: a rare topic
    ("abject", False, True, False),  # 3.00: a weak one
    ("mahoney", False, True, False),  # 3.04: and a name of its own
    ("aerobic", False, True, False),  # 3.19
    ("acidity", True, True, False),  # 3.20: no name of its own
    ("medicaid", True, True, False),  # 3.74: a weak topic, shown but not counted
    ("assessments", True, True, False),  # 3.79
    ("acquiring", True, True, True),  # 3.80: a word like any other
])
def test_the_tier_boundaries(word, names, rare, weak):
    assert (zipf_at_least(word, *NAMES), zipf_at_least(word, *RARE), zipf_at_least(word, *WEAK)) == (names, rare, weak)


def test_words_of_several_reach_a_tier_when_their_frequencies_together_must():
    assert zipf_at_least("salud pública", *RARE) and zipf_at_least("IA responsable", *RARE)  # 4.93, 4.02
    assert not zipf_at_least("evaluación formativa", *RARE)  # 2.86: each word 3.0 or more, not the two
    assert not zipf_at_least("salud zorvatek", *RARE)
    assert not zipf_at_least("", *RARE)


def test_a_tier_the_table_was_not_built_for_is_refused():
    with pytest.raises(KeyError):
        zipf_at_least("apex", ("en",), 2.5)


def test_common_ground_never_imports_wordfreq():
    """Every caller of the table, with wordfreq made unimportable: the runtime must not need it."""
    script = textwrap.dedent("""
        import sys
        sys.modules["wordfreq"] = None  # any import of it raises ImportError
        sys.path.insert(0, "tests")
        from ground_examples import person
        from companion.ground.common_ground import find_common_ground
        from companion.ground.normalise.contained import is_rare_word, name_inside
        from companion.ground.normalise.phrases import is_weak_topic, shared_rare_words
        assert is_rare_word("belmond") and not is_rare_word("apex")
        assert name_inside("Belmond", "Belmond Hotel Monasterio")
        assert [p.key for p in shared_rare_words("Growing canola.", "Canola farmer.")] == ["canola"]
        assert is_weak_topic("oncology")
        find_common_ground(person(about="Growing canola at Zorvatek."), person(about="Canola farmer, Zorvatek."))
        assert "wordfreq" not in [m for m, v in sys.modules.items() if v is not None]
    """)
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]


def test_the_table_loads_fast():
    script = "import time; t = time.perf_counter(); from companion.ground.normalise.word_frequency import table; " \
             "table(); print(time.perf_counter() - t)"
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert float(done.stdout) < 0.5, f"{done.stdout} s (budget 50 ms on a quiet machine)"
    assert time.perf_counter() - start < 30
