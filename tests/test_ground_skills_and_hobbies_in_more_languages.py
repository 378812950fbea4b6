"""Round 29: skills, hobbies and causes across more languages, through the skills' word table (`words`: each word
of a skill translated into one English word) and the hobbies' lexicon: Estonian, Latvian, Lithuanian, Icelandic,
Finnish, Hungarian, Hebrew, Thai, Vietnamese, Korean, Japanese, Chinese; compounds read as two of the table's words,
Thai read without its vowel marks and segmented as Chinese is, Hebrew's joined 'the'. And the near misses that must
stay apart. Every example is made up from the common words, not taken from a set of pairs."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from ground_examples import found

from companion.ground.normalise.interests import normalise_interest
from companion.ground.normalise.skills import same_skill_wording, skill_words
from companion.ground.normalise.text import load_table

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("english", "other"), [
    ("Cybersecurity", "Küberturvalisus"),  # Estonian
    ("Risk Management", "Riskihaldus"),  # Estonian compound: riski|haldus
    ("Risk Management", "Riskijuhtimine"),
    ("Project Management", "Projektų valdymas"),  # Lithuanian
    ("Risk Management", "Riska vadība"),  # Latvian
    ("Risk Management", "Áhættustjórnun"),  # Icelandic compound
    ("Software Development", "Tarkvaraarendus"),  # Estonian compound
    ("Quality Management", "Laadunhallinta"),  # Finnish genitive in a compound
    ("Data Analysis", "Andmeanalüüs"),  # Estonian compound of a form only compounds use
    ("Credit Analysis", "Phân tích tín dụng"),  # Vietnamese
    ("Structural Analysis", "구조해석"),  # Korean, no spaces
    ("Structural Analysis", "構造解析"),  # Japanese
    ("Risk Management", "การจัดการความเสี่ยง"),  # Thai, no spaces
    ("Data Analysis", "การวิเคราะห์ข้อมูล"),
    ("Risk Management", "ניהול הסיכונים"),  # Hebrew, 'the' joined to 'risks'
    ("Machine Learning", "Masinõpe"),
    ("Artificial Intelligence", "Gervigreind"),
    ("Human rights", "Inimõigused"),
    ("Project Management", "إدارة المشاريع"),  # Arabic, 'the' joined
    ("Structural Analysis", "التحليل الإنشائي"),
    ("Software Engineering", "軟體工程"),  # Traditional Chinese
])
def test_a_skill_written_in_another_language_is_the_same_skill(english, other):
    assert skill_words(english) == skill_words(other)
    assert same_skill_wording(english, other)
    assert found("skill", english, other)


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Risk Management", "Riskianalüüs"),  # Estonian: risk analysis
    ("Riskihaldus", "Riskianalüüs"),
    ("Risk Analysis", "Riskihaldus"),
    ("Project Management", "Tootejuhtimine"),  # product management
    ("Data Analysis", "Adatfejlesztés"),
    ("การจัดการความเสี่ยง", "การวิเคราะห์ข้อมูล"),  # Thai: risk management, data analysis
    ("Credit Analysis", "Phân tích rủi ro"),  # Vietnamese: risk analysis
    ("구조해석", "구조설계"),  # structural analysis, structural design
    ("إدارة المخاطر", "تحليل المخاطر"),  # Arabic: risk management, risk analysis
    ("Java", "JavaScript"),
])
def test_two_skills_sharing_one_word_stay_apart_in_any_language(mine, theirs):
    assert skill_words(mine) != skill_words(theirs)
    assert not same_skill_wording(mine, theirs)
    assert not found("skill", mine, theirs)


def test_thai_vowel_marks_do_not_cut_a_word_in_pieces():
    # the fold reads Thai's vowel marks as spaces: one Thai word stays one, whether the table or a profile writes it
    assert skill_words("การจัดการ") == {"management"}


@pytest.mark.parametrize(("english", "other"), [
    ("Wine tasting", "Borkóstolás"),  # Hungarian
    ("Sourdough baking", "Surdegsbakning"),  # Swedish
    ("Knitting", "Prjón"),  # Icelandic
    ("Marathon running", "Maratonijooks"),  # Estonian
    ("Horse riding", "Ratsutamine"),
    ("Choir singing", "Kórsöngur"),
    ("Photography", "Ljósmyndun"),
    ("Hiking", "Fjallganga"),  # Icelandic
    ("Knitting", "ถักนิตติ้ง"),  # Thai
])
def test_a_hobby_named_in_another_language_is_the_same_hobby(english, other):
    assert normalise_interest(english).key == normalise_interest(other).key
    assert found("interest", english, other)


@pytest.mark.parametrize(("english", "other"), [
    ("Human rights", "Inimõigused"),
    ("Mental health", "Mielenterveys"),
    ("Refugees", "Menekültek"),
    ("Animal welfare", "Dzīvnieku labturība"),
])
def test_a_cause_named_in_another_language_is_the_same_cause(english, other):
    assert normalise_interest(english, "cause").key == normalise_interest(other, "cause").key


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Borkóstolás", "Beer brewing"),
    ("Prjón", "Sewing"),
    ("Surdegsbakning", "Cooking"),  # a kind of cooking, not cooking itself
])
def test_a_hobby_in_another_language_is_not_its_neighbour(mine, theirs):
    assert normalise_interest(mine).key != normalise_interest(theirs).key


def _build_script():
    spec = importlib.util.spec_from_file_location("build_translations", ROOT / "scripts" / "build_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_tables_hold_every_translation_the_script_keeps():
    script = _build_script()
    added, _ = script.merge_words(load_table("skills.json"), script.parse(script.SKILL_WORDS))
    assert added == {}
    interests = load_table("interests.json")
    assert script.merge_names(interests, "interests", script.parse(script.HOBBY_NAMES))[0] == {}
    assert script.merge_names(interests, "causes", script.parse(script.CAUSE_NAMES))[0] == {}


def test_the_script_refuses_a_form_the_table_reads_as_another_word():
    script = _build_script()
    table = {"words": {"planning": ["suunnittelu"], "design": []}}
    added, refused = script.merge_words(table, {"design": ["suunnittelu", "disain"]})
    assert added == {"design": ["disain"]}
    assert refused and "suunnittelu" in refused[0]
    # one form claimed for two words by the additions themselves names neither
    added, refused = script.merge_words({"words": {}}, {"law": ["tiesības"], "rights": ["tiesības"]})
    assert added == {} and len(refused) == 2


@pytest.mark.parametrize("word", ["barn", "drift", "mat", "sala", "date", "jog", "maks", "vero", "personal", "el"])
def test_no_translation_is_an_everyday_word_of_another_sense(word):
    # Swedish 'barn' (children), Icelandic 'mat' (evaluation), Romanian 'date' (data), Hungarian 'jog' (law)…
    words = load_table("skills.json")["words"]
    assert not any(word in variants for english, variants in words.items() if english != word)
