"""Final mends of check-ins and promises: a note's clauses read in linear time, a hiring freeze or a failed round
asks nothing, the readings compile once, the followups columns hold long and CJK names and openers, a repeated
promise number (a hand-edited file) is no crash, and the helpers each have one home."""

from __future__ import annotations

import re
import time
from datetime import date

from memory_helpers import NOW, capture
from rich.cells import cell_len

from companion.cli import memory_commands, server_commands
from companion.memory import commitments, exporters, followups, tie_strength
from companion.memory.commitments import add_commitment, close_commitment, drop_commitment, reopen_commitment
from companion.memory.followups import ask_about
from companion.storage import store as store_module


def test_a_run_of_spaces_in_a_note_is_read_in_linear_time():
    ask_about("warm up", "Ana")
    started = time.perf_counter()
    assert ask_about(" " * 40_000 + "he is hiring", "Ana") == "How is the hiring going?"
    assert time.perf_counter() - started < 2  # generous: the quadratic split took over a minute
    # the clauses are still split at the joining words, after any run of spaces
    assert followups._CLAUSES.split("talked about Lisbon   and  he is hiring, so busy") == [
        "talked about Lisbon", "he is hiring", "so busy"]
    assert ask_about("talked about Lisbon   and  he is hiring", "Ana") == "How is the hiring going?"


def test_a_note_that_says_the_opposite_of_hiring_or_raising_asks_nothing():
    for note in ("hiring freeze at her company", "hiring is on hold", "Hiring was paused until March",
                 "fundraising was a disaster", "fundraising is off for now", "his company's hiring is frozen"):
        assert ask_about(note, "Ana") is None, note
    assert ask_about("she is hiring", "Ana") == "How is the hiring going?"
    assert ask_about("Ana's hiring again", "Ana") == "How is the hiring going?"
    assert ask_about("hiring a designer he met at Google", "Ana") == "How is the hiring going?"
    assert ask_about("they are fundraising", "Ana", wish=True) == "Good luck with the fundraising!"
    assert ask_about("fundraising for the new fund", "Ana") == "How is the fundraising going?"


def test_their_first_name_is_read_without_compiling_a_pattern_per_name(monkeypatch):
    def no_compiling(*args, **kwargs):
        raise AssertionError("a pattern compiled per first name")

    monkeypatch.setattr(re, "match", no_compiling)
    monkeypatch.setattr(re, "compile", no_compiling)
    assert ask_about("Ana is joining Stripe next month", "Ana") == "How is the new role at Stripe going?"
    assert ask_about("ANA is hiring", "Ana") == "How is the hiring going?"
    assert ask_about("Anabel is joining Stripe", "Ana") is None  # another name that starts like theirs
    assert ask_about("Ana.", "Ana") is None


def test_one_long_name_breaks_no_row_and_cjk_openers_fit_their_cells():
    width = 80
    rows = [("wider*", "Dulitha Perera", "p-0123456789ab", "6 days ago", "2 days", "Hi Dulitha, how are things?"),
            ("close", "Ana " + "Maria " * 80, "p-aaaaaaaaaaaa", "1 day ago", "3 days", "Hi Ana, how are you?"),
            ("inner", "名前" * 40, "p-bbbbbbbbbbbb", "today", "1 days", "こんにちは、お元気ですか。" * 6)]
    text = memory_commands._followups_columns(rows, width=width).plain
    lines = text.splitlines()
    assert max(cell_len(line) for line in lines) <= width, text
    assert lines[0].index("opener") <= len("circle  ") + memory_commands.NAME_CELLS + len("  last contact  overdue by  ")
    # every name and opener is kept whole, in pieces down its column, and each id whole under its name
    assert "p-aaaaaaaaaaaa" in text and "p-bbbbbbbbbbbb" in text
    pieces = [piece for line in lines[2:] for piece in re.split(r"\s{2,}", line.strip())]
    assert "".join(piece for piece in pieces if set(piece) <= set("名前")) == "名前" * 40
    opener = "こんにちは、お元気ですか。"
    assert "".join(piece for piece in pieces if set(piece) <= set(opener)) == opener * 6


def test_a_repeated_promise_number_in_a_hand_edited_file_is_no_crash(store):
    jane = capture(store, "Jane Doe", "jane-doe")
    add_commitment(store, jane["id"], "Send her the deck", now=NOW)
    doc = store.get_person(jane["id"])
    doc["commitments"].append(dict(doc["commitments"][0], text="Intro her to Ana"))  # the same number twice
    store.save_person(doc)
    number = doc["commitments"][0]["id"]
    assert close_commitment(store, number, now=NOW).text == "Send her the deck"
    assert reopen_commitment(store, number, person_id=jane["id"]).done_at is None  # the panel's path, too
    assert drop_commitment(store, number, now=NOW, person_id=jane["id"]).dropped_at is not None
    add_commitment(store, None, "Write the newsletter", now=NOW)
    loose = store.get_setting(commitments.LOOSE_SETTING, [])
    store.set_setting(commitments.LOOSE_SETTING, [*loose, dict(loose[0], text="again")])
    assert close_commitment(store, loose[0]["id"], now=NOW).done_at is not None


def test_the_check_in_plan_is_a_day_and_each_helper_has_one_home():
    doc = {"first_seen": "2026-01-01T00:00:00+00:00", "interactions": [], "commitments": []}
    assert tie_strength.check_in_plan(doc, "wider") == date(2027, 1, 1)
    assert followups.is_open is exporters.is_open is tie_strength.is_open is commitments.is_open
    assert server_commands.inspect_store_damage is store_module.inspect_store_damage
    assert not hasattr(store_module, "_inspect")


def test_on_a_wide_terminal_the_name_column_stops_at_its_cap():
    rows = [("wider*", "Dulitha Perera", "p-0123456789ab", "6 days ago", "2 days", "Hi Dulitha, how are things?"),
            ("close", "Ana " + "Maria " * 80, "p-aaaaaaaaaaaa", "1 day ago", "3 days", "Hi Ana, how are you?")]
    lines = memory_commands._followups_columns(rows, width=200).plain.splitlines()
    assert lines[0].index("last contact") == len("circle  ") + memory_commands.NAME_CELLS + len("  ")
    assert lines[2].index("Hi Dulitha") == lines[0].index("opener")
    assert max(cell_len(line) for line in lines) <= 200
