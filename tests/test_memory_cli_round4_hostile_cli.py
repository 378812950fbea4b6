"""`merge`, `unmerge`, `me set/unset`, `commitments`, `people` and `show` with hostile input (issue 18): markup,
escapes, bidi marks, 10,000-character names, a store file edited by hand. Each error is one sentence, short
enough to read, and nothing in the store changes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from memory_helpers import NOW, capture

from companion.cli import main
from companion.memory.people import upsert_profile
from companion.models import Profile
from companion.storage.store import Store, shard_paths

LONG = "A" * 10_000
SPACED = "Ana " * 2_500


def run(data_dir: Path, *args: str):
    return CliRunner().invoke(main, [*args, "--data-dir", str(data_dir)])


@pytest.fixture
def known(data_dir: Path) -> Path:
    with Store(data_dir) as store:
        capture(store, "Ana Almeida", "ana")
        capture(store, "Bruno Costa", "bruno", company="Acme")
        upsert_profile(store, Profile(site="x", url="https://x.com/brunoc", name="Bruno Costa", handle="brunoc"), NOW)
    return data_dir


def _files(data_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((data_dir / "store").glob("*.json"))}


def _one_sentence(result) -> str:
    said = result.stderr
    assert result.exit_code in (1, 2), result.output
    assert "Traceback" not in result.output and "\x1b" not in said and "\u202e" not in said
    error = [line for line in said.splitlines() if line.startswith("Error: ")]
    assert len(error) == 1, said
    assert len(error[0]) < 600, error[0][:300]  # the sentence, not the 10,000 characters typed
    return error[0]


@pytest.mark.parametrize("args", [
    ("show", LONG), ("show", SPACED), ("show", f"https://www.linkedin.com/in/{LONG}"), ("merge", "Ana", LONG),
    ("merge", LONG, SPACED), ("unmerge", LONG, "x"), ("commitments", "add", LONG, "call her"),
    ("commitments", "add", "Ana", "call her", "--due", LONG), ("me", "unset", LONG), ("unmerge", "Ana", LONG),
    ("me", "set", f"/tmp/{LONG[:200]}"),
])
def test_a_ten_thousand_character_value_is_quoted_short_and_changes_nothing(known: Path, args) -> None:
    before = _files(known)
    sentence = _one_sentence(run(known, *args))
    assert "characters)" in sentence  # cut, and says how long it was
    assert _files(known) == before


def test_a_filter_that_finds_no_one_quotes_it_short(known: Path) -> None:
    result = run(known, "people", "--search", LONG)
    said = " ".join(result.output.split())
    assert result.exit_code == 0 and len(said) < 600, said
    assert said.startswith("No one matches --search 'AAAA") and "A… (10,000 characters)'. `companion people`" in said


@pytest.mark.parametrize("typed", ["\x1b[2J", "[b]Ana[/b]", "\u200fAna\u202e", "Ana\x00"])
def test_escapes_markup_and_bidi_marks_in_a_name_never_reach_the_terminal(known: Path, typed: str) -> None:
    for args in (("show", typed + "zzz"), ("merge", typed + "zzz", "Bruno"), ("commitments", "add", typed + "zzz", "x")):
        sentence = _one_sentence(run(known, *args))
        assert "[b]" not in typed or "[b]" in sentence  # markup prints as written, never as a style


# ------------------------------------------------------------------ a store file edited by hand


def _edit_record(data_dir: Path, key: str, change) -> str:
    """Change the record owning `key` in its shard file, as a hand edit would; returns its id."""
    for shard in shard_paths(data_dir / "store"):
        if not shard.exists():
            continue
        data = json.loads(shard.read_text())
        for person_id, doc in data["people"].items():
            if key in doc.get("keys", []):
                change(doc)
                shard.write_text(json.dumps(data))
                return person_id
    raise AssertionError(key)


DAMAGE = {
    "a name that is a number": (lambda doc: doc["profiles"]["linkedin"].__setitem__("name", 5),
                                "its linkedin profile is damaged (name: Input should be a valid string)"),
    "a profile that is text": (lambda doc: doc["profiles"].__setitem__("linkedin", "oops"),
                               "its linkedin profile is not a record"),
    "a contact without a date": (lambda doc: doc.__setitem__("interactions", [{"id": 1, "kind": "message"}]),
                                 "one of its interactions is damaged (at: Field required)"),
    "tags that are a number": (lambda doc: doc.__setitem__("tags", 7), "its tags are not a list of text"),
    "no id": (lambda doc: doc.pop("id"), "its id is missing"),
}
READ_IT = [("show", "Ana"), ("people", "--sort", "strength")]  # every part of her record: each damage stops them
COMMANDS = [("people",), ("people", "--sort", "strength"), ("show", "Ana"), ("merge", "Ana", "https://x.com/brunoc"),
            ("unmerge", "Ana", "linkedin"), ("commitments",), ("commitments", "add", "Ana", "call her"), ("followups",)]


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_record_damaged_by_hand_is_named_in_one_sentence_and_nothing_is_lost(known: Path, damage: str) -> None:
    change, problem = DAMAGE[damage]
    person_id = _edit_record(known, "linkedin:ana", change)
    for args in COMMANDS:
        before = _files(known)
        result = run(known, *args)
        if result.exit_code == 0:
            continue  # a command that never reads the damaged part (people lists a record by its id)
        sentence = _one_sentence(result)
        if "A record in your store is damaged" in sentence or args in READ_IT:
            assert f"A record in your store is damaged ({person_id} in " in sentence and problem in sentence, sentence
            assert "`companion restore`" in sentence
        assert _files(known) == before, args
    doctor = run(known, "doctor", "--json")
    store = next(check for check in json.loads(doctor.stdout)["checks"] if check["name"] == "store")
    assert not store["ok"] and person_id in store["detail"] and problem in store["detail"]


def test_an_error_nothing_expected_is_still_one_sentence(known: Path, monkeypatch) -> None:
    from companion.memory import answers

    def broken(*args, **kwargs):
        raise RuntimeError("something odd\n  and its details over a second line")

    monkeypatch.setattr(answers, "people_answer", broken)
    result = run(known, "people")
    sentence = _one_sentence(result)
    assert "(RuntimeError: something odd)" in sentence and "`companion doctor`" in sentence
    assert result.stderr.strip() == sentence


# ------------------------------------------------------------------ help read as a newcomer


@pytest.mark.parametrize("group", [(), ("me",), ("guard",), ("commitments",), ("service",)])
def test_help_lists_each_command_with_its_whole_sentence(group) -> None:
    result = CliRunner().invoke(main, [*group, "--help"], terminal_width=80)
    assert result.exit_code == 0, result.output
    listed = result.output.split("Commands:\n", 1)[1]
    assert "..." not in listed  # click cut lines at the width: "is it a pitch the..."
    flat = " ".join(listed.split())
    if not group:
        assert "Check a draft before you send it: is it a pitch the relationship cannot carry yet?" in flat
