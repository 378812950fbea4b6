"""Tidy 1: one reader and writer of a marshal copy kept beside the package (regex_cache.kept_or_built) for the ground's
tables and the guard's weights; the command line's open promise as commitments.is_open says; may_be_overdue answers
as before from the moments tie_of reads again (the parse counted once: tests/test_tie_strength.py)."""

from __future__ import annotations

import json
import marshal
import random
from datetime import timedelta

import pytest
from memory_helpers import NOW

from companion.cli import memory_commands
from companion.cli.read_answers import Answer
from companion.guard import model as guard_model
from companion.memory import tie_strength
from companion.memory.commitments import is_open
from companion.memory.tie_strength import SHORTEST_CHECK_IN_DAYS, may_be_overdue
from companion.regex_cache import INTERPRETER_TAG, kept_or_built


@pytest.fixture
def writes_copies(monkeypatch):
    monkeypatch.setattr("sys.dont_write_bytecode", False)


def _never():
    raise AssertionError("built again")


def test_a_kept_copy_is_read_while_its_stamp_holds_and_built_again_when_not(tmp_path, writes_copies):
    copy = tmp_path / "__pycache__" / "table.marshal"
    assert kept_or_built(copy, "size:1", lambda: {"a": [1, 2]}) == {"a": [1, 2]} and copy.exists()
    assert kept_or_built(copy, "size:1", _never) == {"a": [1, 2]}
    assert kept_or_built(copy, "size:2", lambda: {"b": 3}) == {"b": 3}  # the source changed
    assert kept_or_built(copy, "size:2", _never) == {"b": 3}
    # What the caller does not take (another shape) is built again, and the copy written anew.
    assert kept_or_built(copy, "size:2", lambda: ("ok",), valid=lambda kept: isinstance(kept, tuple)) == ("ok",)
    assert kept_or_built(copy, "size:2", _never, valid=lambda kept: isinstance(kept, tuple)) == ("ok",)
    copy.write_bytes(copy.read_bytes()[:-2])  # damaged
    assert kept_or_built(copy, "size:2", lambda: [4]) == [4]


def test_nothing_is_kept_without_a_path_a_value_marshal_keeps_or_a_build(tmp_path, writes_copies):
    copy = tmp_path / "kept.marshal"
    assert kept_or_built(None, "s", lambda: 5) == 5
    assert kept_or_built(copy, "s", lambda: {object()}.pop()) is not None and not copy.exists()
    with pytest.raises(FileNotFoundError):
        kept_or_built(copy, "s", (tmp_path / "gone.json").read_bytes)
    assert not copy.exists()


def test_the_guard_reads_past_a_kept_copy_of_another_shape(tmp_path, monkeypatch, writes_copies):
    path, copy = tmp_path / "guard_model.json", tmp_path / "__pycache__" / "guard_model.marshal"
    model = guard_model.GuardModel(0.5, {"words": 1.5}, {"free": 2.25}, {"free": 0.75}, {"note": "test"})
    path.write_text(json.dumps(model.to_json()), encoding="utf-8")
    monkeypatch.setattr(guard_model, "MODEL_PATH", path)
    monkeypatch.setattr(guard_model, "_model_copy_path", lambda: copy)
    load = guard_model.load_model.__wrapped__
    assert load(path).words == {"free": 2.25} and copy.exists()
    stat = path.stat()
    stamp = f"{guard_model.FORMAT}:{guard_model.FORMAT_VERSION}:{stat.st_size}:{stat.st_mtime_ns}"
    assert copy.read_bytes().startswith(f"{stamp}:{INTERPRETER_TAG}\n".encode())
    for odd in ([0.5, {}, {}, {}, {}], (1, {}, {}, {}, {}), (0.5, {}, {}, {})):
        copy.write_bytes(f"{stamp}:{INTERPRETER_TAG}\n".encode() + marshal.dumps(odd))
        loaded = load(path)
        assert (loaded.bias, loaded.combine, loaded.words, loaded.chars) == (0.5, {"words": 1.5}, {"free": 2.25},
                                                                              {"free": 0.75})
    path.unlink()
    assert load(path) is guard_model.EMPTY_MODEL


@pytest.mark.parametrize("done_at, dropped_at", [(None, None), ("2026-01-02", None), (None, "2026-01-03"),
                                                 ("2026-01-02", "2026-01-03"), ("", None)])
def test_the_command_line_reads_an_open_promise_as_the_memory_does(done_at, dropped_at):
    promise = {"id": 1, "text": "send the deck", "done_at": done_at, "dropped_at": dropped_at}
    assert memory_commands._is_open(Answer(promise)) == is_open(promise)


def _log(days_ago: list[float], offset: str = "+00:00") -> list[dict]:
    return [{"kind": "message", "at": (NOW - timedelta(days=days)).isoformat(timespec="seconds").replace(
        "+00:00", offset)} for days in days_ago]


def _as_before(doc: dict) -> bool:
    """may_be_overdue as it was: every contact read from the end of the log."""
    log = doc.get("interactions", [])
    if not log:
        return True
    recent = NOW.date() - timedelta(days=SHORTEST_CHECK_IN_DAYS)
    if not any(tie_strength.to_datetime(event["at"]).date() >= recent for event in reversed(log)):
        return True
    promised = tie_strength.promised_by(doc)
    return promised is not None and promised < NOW.date()


def test_may_be_overdue_answers_as_before_whatever_the_order_and_offsets_of_the_log():
    rng = random.Random(11)
    edge = SHORTEST_CHECK_IN_DAYS
    for _ in range(800):
        days = [rng.choice([rng.uniform(0, 90), edge + rng.uniform(-1, 1), rng.randint(edge - 1, edge + 1)])
                for _ in range(rng.choice([1, 2, 5, 20]))]
        log = _log(days, rng.choice(["+00:00", "+05:30", "-08:00"]))
        if rng.random() < 0.3:
            log.append({"kind": "like", "at": (NOW - timedelta(days=rng.randint(0, 60))).date().isoformat()})
        rng.shuffle(log)
        promises = [{"id": 1, "text": "intro", "due": (NOW + timedelta(days=rng.randint(-5, 5))).date().isoformat()}
                    ] if rng.random() < 0.3 else []
        doc = {"interactions": log, "commitments": promises}
        assert may_be_overdue(doc, NOW) == _as_before(doc), doc
