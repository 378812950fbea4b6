"""Round 34: skills, causes and hobbies in other languages meet through FreeDict's bilingual dictionaries
(data/dictionary_words.bin, built by scripts/build_dictionary_words.py), and a word's other sense keeps them apart."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from ground_examples import found

from companion.ground.normalise import skills
from companion.ground.normalise.text import FOLD_VERSION

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import build_dictionary_words as build  # noqa: E402


@pytest.mark.parametrize("kind, mine, theirs", [
    ("skill", "Druckgewerbe", "Printing industry"),                # German compound, its two words in English
    ("skill", "Chemieanlagenbau", "Chemical plant construction"),  # and three
    ("skill", "Tiedeyhteisö", "Scientific community"),             # Finnish
    ("skill", "Modellbildung", "Modelling"),                       # German
    ("skill", "Scheikunde", "Chemistry"),                          # Dutch
    ("skill", "Heimspeki", "Philosophy"),                          # Icelandic
    ("skill", "Γενεαλογία", "Genealogy"),                          # Greek
    ("skill", "Κυβερνοασφάλεια", "Cybersecurity"),                 # Greek
    ("cause", "Lygiateisiškumas", "Equality"),                     # Lithuanian
    ("cause", "Trudnoća", "Pregnancy"),                            # Croatian
])
def test_a_word_the_dictionaries_translate_meets_its_english(kind, mine, theirs):
    assert found(kind, mine, theirs)


@pytest.mark.parametrize("kind, mine, theirs", [
    ("skill", "Tier", "Animals"),              # German animal, but an everyday English word
    ("cause", "Tier", "Animal welfare"),
    ("skill", "Gift", "Poison"),               # Swedish and Danish: married first, then poison
    ("skill", "Gobierno", "Administration"),   # Spanish: administration and government, two of our words
    ("skill", "Wiadomości", "Knowledge"),      # Polish: knowledge, then news, an everyday word of another sense
    ("skill", "Touche", "Key"),                # French 'touche' is a key, a 'Key' skill is no keyboard's
])
def test_a_word_of_another_sense_stays_apart(kind, mine, theirs):
    assert found(kind, mine, theirs) == []


@pytest.mark.parametrize("mine, theirs, label", [
    ("Gesondheid", "Health", "health"),         # Afrikaans, a cause of one word no lexicon lists
    ("Opvoeding", "Education", "education"),    # Afrikaans upbringing, which the dictionary gives as education
])
def test_a_cause_of_one_word_meets_the_cause_its_translation_names(mine, theirs, label):
    assert [c.label for c in found("cause", mine, theirs)] == [label]


def test_a_plural_of_a_word_the_dictionaries_list_in_the_singular():
    assert found("skill", "Trasportes", "Transport")   # the dictionaries list 'trasporte'


def test_a_cognate_the_stems_read_is_not_taken_over_by_a_synonym():
    # Italian's dictionary gives 'illustrazione' as image, picture: the stems already make it Illustration.
    assert found("skill", "Illustrazione", "Illustration")
    assert skills._dictionary_words("illustrazione") == ()


def test_the_hand_written_words_come_first():
    single, _ = skills._word_table()
    assert "zarzadzanie" in single  # hand-written, so the dictionary is never asked, nor holds it
    assert skills._dictionary().get("zarzadzanie") is None


def test_a_translation_reads_on_our_ground_whole_or_word_by_word():
    ground = {"contracts": "contracts", "negotiation": "negotiation", "machine learning": "machine learning"}
    assert build.on_ground(ground, "contract negotiations") == "contracts|negotiation"
    assert build.on_ground(ground, "machine learning") == "machine learning"
    assert build.on_ground(ground, "contract law") is None     # a word off our ground
    assert build.on_ground(ground, "the negotiation of the contract terms today") is None


def test_the_table_names_its_source_licence_and_fold():
    data = (ROOT / "companion/ground/data/dictionary_words.bin").read_bytes()
    header = json.loads(data[:data.index(b"\n")])
    assert "FreeDict" in header["source"] and "GPL" in header["licence"] and "CC BY-SA" in header["licence"]
    assert header["fold_version"] == FOLD_VERSION
    assert header["entries"] > 1000


def test_the_table_is_read_only_when_a_word_needs_it():
    code = ("import companion.ground.normalise.skills as s; s.normalise_skill('Python'); "
            "print(s._dictionary.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
