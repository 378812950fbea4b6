"""A promise let go (`companion commitments drop N [--reason]`), and its undo (`reopen N`): no longer owed and not
kept, so it leaves the open promises, check-ins and the export's open ones, is listed apart under `--all`, and
never counts as kept. Errors are one sentence each."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta

import pytest
from click.testing import CliRunner
from memory_helpers import NOW, capture, open_store

from companion.cli import main
from companion.errors import Conflict, InvalidInput, NotFound
from companion.memory.commitments import (
    add_commitment,
    close_commitment,
    drop_commitment,
    list_commitments,
    reopen_commitment,
)
from companion.memory.exporters import export_csv
from companion.memory.followups import history_opener

LATER = NOW + timedelta(days=10)


@pytest.fixture
def eduardo(store) -> dict:
    return capture(store, "Eduardo Reyes", "eduardo-reyes")


def test_a_promise_let_go_is_neither_open_nor_kept_and_reopen_undoes_it(store, eduardo) -> None:
    promise = add_commitment(store, eduardo["id"], "I'll be there", due="2026-11-21", now=NOW)
    other = add_commitment(store, eduardo["id"], "Send the KTH course list", due="2026-11-25", now=NOW)
    dropped = drop_commitment(store, promise.id, reason="  It was no promise  ", now=NOW)
    assert dropped.dropped_at and dropped.done_at is None and dropped.drop_reason == "It was no promise"
    assert [c.id for c in list_commitments(store, now=LATER)] == [other.id]
    listed = {c.id: c for c in list_commitments(store, include_done=True, now=LATER)}
    assert listed[promise.id].dropped_at == dropped.dropped_at and listed[promise.id].done_at is None
    assert listed[promise.id].overdue is False, "a promise let go is owed no more, so never late"
    assert [c.id for c in list_commitments(store, include_done=True, now=LATER)] == [other.id, promise.id]

    reopened = reopen_commitment(store, promise.id)
    assert (reopened.dropped_at, reopened.drop_reason, reopened.done_at) == (None, None, None)
    assert {c.id for c in list_commitments(store, now=LATER)} == {promise.id, other.id}


def test_reopen_also_undoes_a_kept_by_mistake(store, eduardo) -> None:
    promise = add_commitment(store, eduardo["id"], "Intro to Marta", now=NOW)
    close_commitment(store, promise.id, now=NOW)
    assert reopen_commitment(store, promise.id).done_at is None
    assert [c.id for c in list_commitments(store, now=NOW)] == [promise.id]


def test_a_promise_to_someone_unknown_can_be_let_go_too(store) -> None:
    loose = add_commitment(store, None, "Send the deck", now=NOW)
    assert drop_commitment(store, loose.id, now=NOW).dropped_at
    assert list_commitments(store, now=NOW) == []
    assert store.get_setting("commitments")[0]["dropped_at"]


def test_what_cannot_be_let_go_or_reopened_is_one_sentence_and_changes_nothing(store, eduardo) -> None:
    promise = add_commitment(store, eduardo["id"], "Intro to Marta", now=NOW)
    kept = add_commitment(store, eduardo["id"], "Book the table", now=NOW)
    close_commitment(store, kept.id, now=NOW)
    with pytest.raises(NotFound, match="no commitment 999"):
        drop_commitment(store, 999)
    with pytest.raises(Conflict, match=f"Promise {promise.id} is already open"):
        reopen_commitment(store, promise.id)
    with pytest.raises(Conflict, match=f"Promise {kept.id} is kept"):
        drop_commitment(store, kept.id)
    with pytest.raises(InvalidInput, match="at most 500 characters"):
        drop_commitment(store, promise.id, reason="x" * 501)
    drop_commitment(store, promise.id, now=NOW)
    before = store.get_person(eduardo["id"])["commitments"]
    with pytest.raises(Conflict, match=f"Promise {promise.id} is already let go; `companion commitments reopen"):
        drop_commitment(store, promise.id, now=LATER)
    with pytest.raises(Conflict, match="was let go, not kept"):
        close_commitment(store, promise.id, now=LATER)  # a let-go promise never turns into a kept one
    assert store.get_person(eduardo["id"])["commitments"] == before


def test_a_promise_let_go_gives_no_check_in_opener_and_is_not_exported_as_open(store, eduardo) -> None:
    late = add_commitment(store, eduardo["id"], "Send the KTH course list", due="2026-11-10", now=NOW)
    opener = history_opener(store.get_person(eduardo["id"]), NOW)
    assert opener is not None and f"#{late.id}" in opener.evidence
    drop_commitment(store, late.id, now=NOW)
    opener = history_opener(store.get_person(eduardo["id"]), NOW)
    assert opener is None or "promise" not in opener.evidence
    [row] = csv.DictReader(io.StringIO(export_csv(store, now=NOW)))
    assert row["open_commitments"] == ""


# ------------------------------------------------------------------ the commands


@pytest.fixture
def run(data_dir):
    def invoke(*args, ok=True):
        result = CliRunner().invoke(main, [*args, "--data-dir", str(data_dir)], terminal_width=200)
        if ok:
            assert result.exit_code == 0, (result.output, result.stderr)
        return result

    return invoke


@pytest.fixture
def promises(data_dir) -> tuple[int, int]:
    store = open_store(data_dir)
    try:
        jane = capture(store, "Jane Doe", "jane-doe")
        first = add_commitment(store, jane["id"], "Send her the deck", due="2030-01-01").id
        second = add_commitment(store, jane["id"], "I'll be there", due="2030-01-02").id
    finally:
        store.close()
    return first, second


def test_drop_and_reopen_on_the_command_line(run, promises) -> None:
    first, second = promises
    out = run("commitments", "drop", str(second), "--reason", "It was no promise").stdout
    assert "Let go: I'll be there" in out and f"companion commitments reopen {second}" in out
    assert [c["id"] for c in json.loads(run("commitments", "--json").stdout)] == [first]
    run("commitments", "done", str(first))
    every = {c["id"]: c for c in json.loads(run("commitments", "--all", "--json").stdout)}
    assert (bool(every[first]["done_at"]), every[first]["dropped_at"]) == (True, None)
    assert (every[second]["done_at"], every[second]["drop_reason"]) == (None, "It was no promise")
    table = run("commitments", "--all").stdout
    assert "kept" in table and "let go: It was no promise" in table, "kept and let go told apart"
    assert "No open promises" in run("commitments").stdout
    shown = run("show", "jane doe").stdout
    assert "Open promises" not in shown and "I'll be there" not in shown

    reopened = json.loads(run("commitments", "reopen", str(second), "--json").stdout)
    assert reopened["id"] == second and reopened["dropped_at"] is None
    assert "Open again" in run("commitments", "reopen", str(first)).stdout
    assert [c["id"] for c in json.loads(run("commitments", "--json").stdout)] == [first, second]


@pytest.mark.parametrize(("args", "sentence"), [
    (["drop", "999"], "There is no commitment 999; `companion commitments` lists them with their numbers."),
    (["reopen", "999"], "There is no commitment 999; `companion commitments` lists them with their numbers."),
    (["reopen", "{first}"], "Promise {first} is already open: there is nothing to reopen."),
])
def test_errors_are_one_sentence_and_exit_1(run, promises, args, sentence) -> None:
    first = promises[0]
    failed = run("commitments", *(a.format(first=first) for a in args), ok=False)
    assert failed.exit_code == 1
    assert failed.stderr.strip() == f"Error: {sentence.format(first=first)}"


def test_dropping_twice_says_it_is_already_let_go(run, promises) -> None:
    run("commitments", "drop", str(promises[0]))
    failed = run("commitments", "drop", str(promises[0]), ok=False)
    assert failed.exit_code == 1 and "is already let go" in failed.stderr
    assert run("commitments", "drop", "four", ok=False).exit_code == 2


@pytest.mark.parametrize("command", ["drop", "reopen"])
def test_help_has_examples(command) -> None:
    result = CliRunner().invoke(main, ["commitments", command, "--help"])
    assert result.exit_code == 0 and "Example" in result.output and f"companion commitments {command} 4" in result.output
    assert "drop 5 --reason" in CliRunner().invoke(main, ["commitments", "--help"]).output
