"""The indexes built from the tables (names folded, phrases cut into words) are kept beside them, so a fresh
process loads them instead of building them; they are built again whenever what they are built from changes."""

from __future__ import annotations

import json
import os
import sys

import pytest

from companion.ground.normalise import interests, skills, text, topics
from companion.ground.normalise.aliases import AliasTable, names_index
from companion.ground.normalise.text import kept_index


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(text, "DATA_DIR", tmp_path)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)  # the suite may run under PYTHONDONTWRITEBYTECODE
    (tmp_path / "things.json").write_text(json.dumps({"things": [{"name": "Wrocław"}]}), encoding="utf-8")
    fresh_process()
    yield tmp_path
    fresh_process()


def fresh_process():
    """What a new process starts with: no table read yet."""
    text.load_table.cache_clear()
    text._TABLE_STAMPS.clear()


def test_an_index_is_built_once_then_loaded(data_dir):
    builds = []

    def build():
        builds.append(1)
        return {"wroclaw": 0}

    assert kept_index("things", build, ("things.json",), ()) == {"wroclaw": 0}
    assert kept_index("things", build, ("things.json",), ()) == {"wroclaw": 0}
    assert len(builds) == 1
    assert (data_dir / "__pycache__" / "things.index.marshal").exists()


def test_an_index_is_built_again_when_its_table_or_its_code_changes(data_dir, tmp_path):
    code = tmp_path / "rules.py"
    code.write_text("# the rules that build it\n")
    builds = []

    def build():
        builds.append(1)
        return len(builds)

    assert kept_index("things", build, ("things.json",), (str(code),)) == 1
    (data_dir / "things.json").write_text(json.dumps({"things": [{"name": "Kraków"}]}), encoding="utf-8")
    fresh_process()
    assert kept_index("things", build, ("things.json",), (str(code),)) == 2
    code.write_text("# the rules, changed\n")
    assert kept_index("things", build, ("things.json",), (str(code),)) == 3
    assert kept_index("things", build, ("things.json",), (str(code),)) == 3


def test_a_process_that_read_a_table_before_it_changed_never_keeps_its_index_under_the_new_table(data_dir):
    """A long-lived process read the old rows: the index it builds from them is named by the old table, so the next
    process, reading the new table, builds its own rather than trusting old rows under the new name."""
    def build():
        return [row["name"] for row in text.load_table("things.json")["things"]]

    text.load_table("things.json")  # read early, as a server's warm-up does
    (data_dir / "things.json").write_text(json.dumps({"things": [{"name": "Kraków"}]}), encoding="utf-8")
    assert kept_index("things", build, ("things.json",), ()) == ["Wrocław"]  # this process still has the old rows
    fresh_process()
    assert kept_index("things", build, ("things.json",), ()) == ["Kraków"]


def test_an_index_is_built_again_when_the_fold_changes(data_dir, monkeypatch):
    assert kept_index("things", lambda: "before", ("things.json",), ()) == "before"
    monkeypatch.setattr(text, "FOLD_VERSION", text.FOLD_VERSION + 1)
    assert kept_index("things", lambda: "after", ("things.json",), ()) == "after"


def test_an_index_kept_by_another_interpreter_or_unicode_is_built_again(data_dir, monkeypatch):
    """Another Python may marshal differently, or fold a letter its Unicode data decomposes otherwise."""
    assert kept_index("things", lambda: "this python", ("things.json",), ()) == "this python"
    monkeypatch.setattr(text, "UNICODE_TAG", "unicode99.0.0")  # (another interpreter: test_final_mend_9_memory)
    assert kept_index("things", lambda: "another python", ("things.json",), ()) == "another python"
    assert (data_dir / "__pycache__" / "things.index.marshal").read_bytes().count(b"unicode99.0.0") == 1


def test_under_dont_write_bytecode_an_index_is_read_but_never_written(data_dir, monkeypatch):
    copy = data_dir / "__pycache__" / "things.index.marshal"
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert kept_index("things", lambda: {"a": 1}, ("things.json",), ()) == {"a": 1}
    assert not copy.exists() and not copy.parent.exists()
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    kept_index("things", lambda: {"a": 2}, ("things.json",), ())
    monkeypatch.setattr(sys, "dont_write_bytecode", True)  # a copy already kept is read, as Python reads bytecode
    assert kept_index("things", lambda: {"a": 3}, ("things.json",), ()) == {"a": 2}


def test_keep_file_leaves_the_old_file_or_the_new_one_and_no_temporary(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    path = tmp_path / "cache" / "kept.bin"
    assert text.keep_file(path, b"old") and path.read_bytes() == b"old"
    assert text.keep_file(path, b"new") and path.read_bytes() == b"new"
    assert sorted(p.name for p in path.parent.iterdir()) == ["kept.bin"]
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    assert not text.keep_file(blocker / "kept.bin", b"data")


def test_a_copy_cut_short_is_built_again(data_dir):
    kept_index("things", lambda: {"a": 1}, ("things.json",), ())
    copy = data_dir / "__pycache__" / "things.index.marshal"
    copy.write_bytes(copy.read_bytes()[:-3])
    assert kept_index("things", lambda: {"a": 2}, ("things.json",), ()) == {"a": 2}


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_where_nothing_can_be_written_the_index_is_built_each_time(data_dir):
    data_dir.chmod(0o555)
    try:
        assert kept_index("things", lambda: {"a": 1}, ("things.json",), ()) == {"a": 1}
    finally:
        data_dir.chmod(0o755)


def test_the_kept_indexes_are_what_building_them_gives():
    assert skills._by_words() == {words: skills._skills().table.entries[at] for words, at in skills._words_index().items()}
    single, phrases = skills._translations()
    assert skills._word_table() == (single, [(phrase, english, phrase.split()[0]) for phrase, english in phrases])
    table = AliasTable("skills.json", "skills")
    assert table.by_name == {name: table.entries[at] for name, at in names_index(table.entries).items()}
    lexicon = interests._lexicon()
    index = interests._lexicon_index()
    assert {key: item.key for key, item in lexicon.by_name.items()} == {
        key: index["items"][at][1] for key, at in index["by_name"].items()}
    assert lexicon.matcher.longest == index["shapes"][1]
    assert len(topics._matcher().by_shape) == len(topics._shapes()[0])


def test_the_lexicon_and_topics_still_find_phrases_in_prose():
    said = interests.find_interests("Weekends you'll find me rock climbing, and I play cello")
    assert [(item.key, match.words) for item, match in said] == [("interest:climbing", "rock climbing"),
                                                                  ("interest:cello", "cello")]
    written = topics.find_topics("I write about remote work and distributed teams")
    assert [(topic.key, match.words) for topic, match in written] == [("topic:remote-work", "remote work"),
                                                                      ("topic:remote-work", "distributed teams")]
