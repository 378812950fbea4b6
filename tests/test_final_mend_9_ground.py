"""Final mend 9 (ground): a field of study joined by punctuation ends ('Nutrition/Science'), a shared topic said in the
words as written ('télétravail', 'オープンソース'), one check for a folded table (cjk_terms.json) and for an everyday
word."""

from __future__ import annotations

import pytest
from ground_examples import person

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise import skills as skills_module
from companion.ground.normalise.skills import normalise_skill
from companion.ground.normalise.word_frequency import is_everyday_word


@pytest.mark.parametrize(("name", "key"), [
    ("Nutrition/Science", "skill:nutrition"),
    ("Nutrition,Science", "skill:nutrition"),
    ("Tourism.Studies", "skill:tourism"),
    ("Nutrition Science", "skill:nutrition"),
])
def test_a_field_and_its_discipline_joined_by_punctuation_is_the_field(name, key):
    # It recursed forever before: the label, cut at its last space, was the same label.
    skill = normalise_skill(name)
    assert skill is not None and skill.key == key


def test_a_profile_with_such_a_skill_is_compared():
    ground = find_common_ground(person(skills=["Nutrition/Science"]), person(skills=["Nutrition"]))
    assert [c.label for c in ground.commonalities if c.kind == "skill"] == ["Nutrition"]


def _topics(mine: dict, theirs: dict) -> list[tuple[str, str]]:
    return [(c.label, c.why) for c in find_common_ground(person(**mine), person(**theirs)).commonalities
            if c.kind == "topic"]


@pytest.mark.parametrize(("mine", "theirs", "label"), [
    ("Je travaille en télétravail depuis 2020.", "Le télétravail a changé ma vie.", "télétravail"),
    ("オープンソースが好きです。", "オープンソースに貢献しています。", "オープンソース"),
    # uneven spaces, as one
    ("Ich schreibe über Künstliche   Intelligenz.", "I write about künstliche intelligenz and more.",
     "Künstliche Intelligenz"),
])
def test_a_shared_topic_is_said_in_the_words_as_written(mine, theirs, label):
    topics = _topics({"about": mine}, {"about": theirs})
    assert [shown for shown, _ in topics] == [label]
    assert topics[0][1].startswith(f"You both mention {label} on your profiles.")


def test_a_listed_topic_keeps_its_accents():
    assert [label for label, _ in _topics({"interests": ["Télétravail"]}, {"interests": ["Télétravail"]})] == [
        "Télétravail"]


def test_the_cjk_terms_table_is_checked_for_its_fold(monkeypatch):
    real = skills_module.load_table

    def stale(name):
        table = real(name)
        return {**table, "fold_version": -1} if name == "cjk_terms.json" else table

    monkeypatch.setattr(skills_module, "load_table", stale)
    with pytest.raises(RuntimeError, match="build_cjk_terms.py"):
        skills_module.cjk_term("流行病学")


def test_one_check_for_an_everyday_word():
    assert is_everyday_word("global") and is_everyday_word("goethe")
    assert not is_everyday_word("helmholtz") and not is_everyday_word("baxter")
