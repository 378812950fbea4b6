"""Review B's findings, mended: the person a bare word names, dates a record cannot be trusted with, a partial
export said as such, the check-in wording in other languages, bidi and escape cleaning, the narrowest people list."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from memory_helpers import NOW, capture
from rich.console import Console

from companion.cli import main
from companion.errors import Conflict, InvalidInput
from companion.memory.commitments import add_commitment
from companion.memory.followups import CHECK_IN_WORDS, FAMILIAR_CHECK_IN_WORDS, history_opener, promise_opener
from companion.memory.natural_dates import parse_due, parse_past_moment
from companion.memory.notes import add_note
from companion.memory.people import record_profile, resolve_person
from companion.memory.records import record_problem
from companion.models import Profile, site_with_article, without_controls
from companion.storage.store import Store, shard_of, shard_paths


def run(data_dir: Path, *args: str, **kw):
    return CliRunner().invoke(main, list(args), env={"COMPANION_DATA_DIR": str(data_dir), "COLUMNS": "100"}, **kw)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path).open() as opened:
        yield opened


def _with_x_handle(store, person: dict, handle: str) -> dict:
    doc = store.get_person(person["id"])
    record_profile(doc, Profile(site="x", url=f"https://x.com/{handle}", name=None, handle=handle), NOW)
    store.save_person(doc)
    return doc


# ------------------------------------------------------------------ 1: a bare word is a name first

def test_a_bare_word_that_is_someone_elses_handle_never_silently_beats_a_name(store):
    ana = capture(store, "Ana Beltrán", "ana-beltran")
    mark = capture(store, "Mark Rivera", "mark-rivera")
    _with_x_handle(store, mark, "ana")
    with pytest.raises(Conflict) as asked:
        resolve_person(store, "ana")
    assert ana["id"] in str(asked.value) and mark["id"] in str(asked.value) and "@ana" in str(asked.value)
    assert resolve_person(store, "@ana")["id"] == mark["id"]  # "@" means the handle
    assert resolve_person(store, "beltrán")["id"] == ana["id"]


def test_a_handle_names_its_owner_when_no_name_matches(store):
    mark = capture(store, "Mark Rivera", "mark-rivera")
    _with_x_handle(store, mark, "zorro")
    assert resolve_person(store, "zorro")["id"] == mark["id"]
    assert resolve_person(store, "ZORRO")["id"] == mark["id"]


def test_a_note_to_a_clashing_word_is_written_to_no_one(tmp_path):
    with Store(tmp_path).open() as opened:
        capture(opened, "Ana Beltrán", "ana-beltran")
        mark = capture(opened, "Mark Rivera", "mark-rivera")
        _with_x_handle(opened, mark, "ana")
    result = run(tmp_path, "note", "ana", "likes jazz")
    assert result.exit_code != 0 and "matches 2 people" in result.output, result.output
    with Store(tmp_path).open() as opened:
        assert not any(doc.get("notes") for doc in opened.people())


# ------------------------------------------------------------------ 2: a date no one can read

def _promise_with(tmp_path, **fields) -> str:
    with Store(tmp_path).open() as opened:
        sean = capture(opened, "Sean Ortiz", "sean-ortiz")
        add_commitment(opened, sean["id"], "Send the mentor list", due="tomorrow", now=NOW)
        doc = opened.get_person(sean["id"])
        doc["commitments"][0].update(fields)
        opened.save_person(doc)
    return sean["id"]


@pytest.mark.parametrize("fields", [{"due": "1990-99-99"}, {"due": None, "created_at": "yesterday-ish"}])
def test_a_promise_with_a_bad_date_is_shown_but_times_no_opener(tmp_path, fields):
    person_id = _promise_with(tmp_path, **fields)
    shown = run(tmp_path, "show", person_id)
    assert shown.exit_code == 0 and "Send the mentor list" in shown.output, shown.output
    assert run(tmp_path, "starters", person_id).exit_code == 0
    checked = run(tmp_path, "check", "--to", person_id, input="Congrats on the launch!")
    assert checked.exit_code == 0, checked.output
    with Store(tmp_path).open() as opened:
        assert history_opener(opened.get_person(person_id), datetime(2026, 12, 1, tzinfo=UTC)) is None


@pytest.mark.parametrize("field, value", [("due", "1990-99-99"), ("created_at", "2026-02-30"), ("done_at", "soon")])
def test_a_bad_date_in_a_promise_is_a_damaged_record(store, field, value):
    sean = capture(store, "Sean Ortiz", "sean-ortiz")
    add_commitment(store, sean["id"], "Send the mentor list", due="tomorrow", now=NOW)
    doc = store.get_person(sean["id"])
    doc["commitments"][0][field] = value
    assert field in (record_problem(doc) or ""), record_problem(doc)


def test_import_refuses_a_backup_holding_a_bad_due_date(tmp_path):
    person_id = _promise_with(tmp_path / "a", due="1990-99-99")
    exported = tmp_path / "rapport.json"
    (tmp_path / "a").mkdir(exist_ok=True)
    data = run(tmp_path / "a", "export", "-o", str(exported))
    assert data.exit_code == 0, data.output
    (tmp_path / "b").mkdir()
    result = run(tmp_path / "b", "import", str(exported), "--yes")
    assert result.exit_code != 0 and "1990-99-99" in result.output and person_id in result.output, result.output


# ------------------------------------------------------------------ 3 and 4: a damaged shard

def _damaged(tmp_path) -> tuple[str, int]:
    with Store(tmp_path).open() as opened:
        people = [capture(opened, f"Person {name}", f"person-{name}") for name in
                  ("sean", "ada", "bob", "cleo", "dan", "eve", "finn", "gus", "hal", "ivy")]
    sean = people[0]["id"]
    shard_paths(tmp_path / "store")[shard_of(sean)].write_bytes(b"{not json")
    return sean, sum(1 for p in people if shard_of(p["id"]) == shard_of(sean))


def test_an_export_is_refused_while_a_store_file_is_damaged_unless_partial(tmp_path):
    _, lost = _damaged(tmp_path)
    out = tmp_path / "out.json"
    refused = run(tmp_path, "export", "-o", str(out))
    assert refused.exit_code != 0 and "--partial" in refused.output and not out.exists(), refused.output
    partial = run(tmp_path, "export", "--partial", "-o", str(out))
    assert partial.exit_code == 0 and "incomplete" in partial.output, partial.output
    data = json.loads(out.read_text())
    assert data["partial"]["people_left_out"] == lost and len(data["people"]) == 10 - lost
    piped = run(tmp_path, "export", "--partial", "--format", "csv")
    assert piped.exit_code == 0 and "incomplete" in piped.output, piped.output


def test_someone_not_found_while_a_store_file_is_damaged_may_be_in_it(tmp_path):
    _damaged(tmp_path)
    result = run(tmp_path, "show", "sean")
    said = " ".join(result.output.split())
    assert result.exit_code != 0 and "may be in it" in said and "is in your Rapport" not in said, said


# ------------------------------------------------------------------ 5: check-in wording

def test_a_promise_written_in_english_is_never_quoted_into_another_language():
    for lang in ("es", "fr", "de", "pt", "pt-PT"):
        line = promise_opener("Inês", "send you the mentor list", lang)
        assert "mentor list" not in line and line == CHECK_IN_WORDS[lang]["promised"].format(first="Inês"), line


def test_check_in_lines_read_naturally_and_agree_with_no_ones_gender():
    pt = CHECK_IN_WORDS["pt-PT"]
    every = json.dumps(pt, ensure_ascii=False)
    assert "juntos" not in every and "no outro dia" in pt["when"]
    assert pt["recent"]["reply"].format(first="Rui", when=pt["when"][1]) == "Olá Rui, agradeço-lhe a resposta!"
    fr = CHECK_IN_WORDS["fr"]["since"][0].format(first="Léa", gap="plus d'un an", contact="notre dernière rencontre")
    assert fr == "Bonjour Léa, notre dernière rencontre remonte déjà à plus d'un an. Comment allez-vous ?"
    assert "cela fait" not in json.dumps(FAMILIAR_CHECK_IN_WORDS["fr"], ensure_ascii=False)
    assert "¡qué gusto fue hablar contigo {when}!" in CHECK_IN_WORDS["es"]["recent"]["video-call"]


# ------------------------------------------------------------------ 6: dates decades ago

def test_a_due_date_decades_ago_is_refused_in_one_sentence():
    now = datetime(2026, 12, 7, tzinfo=UTC)
    with pytest.raises(InvalidInput, match="more than 10 years ago"):
        parse_due("1999-01-01", now)
    assert parse_due("2020-01-01", now) == "2020-01-01"  # late, but a promise still worth tracking


def test_a_contact_logged_more_than_50_years_ago_is_refused():
    now = datetime(2026, 12, 7, tzinfo=UTC)
    with pytest.raises(InvalidInput, match="more than 50 years ago"):
        parse_past_moment("1975-01-01", now)
    assert parse_past_moment("1999-01-01", now) == "1999-01-01"


def test_promise_add_with_a_due_date_decades_ago_stores_nothing(tmp_path):
    with Store(tmp_path).open() as opened:
        sean = capture(opened, "Sean Ortiz", "sean-ortiz")
    result = run(tmp_path, "commitments", "add", sean["id"], "Send the list", "--due", "1999-01-01")
    assert result.exit_code != 0 and "more than 10 years ago" in result.output, result.output


# ------------------------------------------------------------------ 7: bidi and escapes

def test_the_arabic_letter_mark_is_cleaned_out_of_left_to_right_text_and_kept_between_directions():
    assert without_controls("Mark\u061c Rivera") == "Mark Rivera"
    assert without_controls("\u0645\u062d\u0645\u062f\u061c Ali") == "\u0645\u062d\u0645\u062f\u061c Ali"
    assert Profile(name="Ana\u061c Beltrán").name == "Ana Beltrán"


def test_a_note_is_stored_without_bidi_overrides_or_escapes(store):
    sean = capture(store, "Sean Ortiz", "sean-ortiz")
    note = add_note(store, sean["id"], "pay \u202eevil\u202c\x1b[31m later\n\tsecond line", now=NOW)
    assert note.text == "pay evil later\n\tsecond line"  # the escape sequence whole (final mend 9), not only its ESC


def test_an_export_piped_or_written_holds_no_escape_sequence(tmp_path):
    with Store(tmp_path).open() as opened:
        sean = capture(opened, "Sean Ortiz", "sean-ortiz")
        doc = opened.get_person(sean["id"])  # as a file edited by hand, or an older version, could hold
        doc["notes"] = [{"id": 1, "text": "a\x1b]0;pwned\x07b\x1b[2Jc\u202ed\nline two\tx", "created_at": NOW.isoformat()}]
        opened.save_person(doc)
    piped = run(tmp_path, "export", "--format", "csv")
    assert piped.exit_code == 0, piped.output
    assert "\x1b" not in piped.output and "pwned" not in piped.output and "\u202e" not in piped.output
    assert "abcd\nline two\tx" in piped.output
    out = tmp_path / "people.vcf"
    assert run(tmp_path, "export", "--format", "vcard", "-o", str(out)).exit_code == 0
    written = out.read_bytes().decode()
    assert "\x1b" not in written and "\u202e" not in written and "\r\n" in written


# ------------------------------------------------------------------ 8: narrow lists, one article, no stray folder

def test_people_at_45_to_59_columns_drops_other_columns_before_the_id():
    from companion.cli.memory_commands import _people_table
    from companion.cli.read_answers import Answer

    names = ["Sri Lalitha Jeevanige", "Kekayan Nanthakumar", "Dulitha Wijewantha"]
    rows = [Answer(name=name, sites=["linkedin", "x"], tier="none", strength=0.37, stage="acquaintance",
                   last_contact="2026-01-02", person_id=f"p-6b22e2c{i}a1b2") for i, name in enumerate(names)]
    for width in range(45, 60):
        out = io.StringIO()
        Console(file=out, width=width, color_system=None).print(_people_table(rows, 3, narrow=True, width=width))
        drawn = out.getvalue()
        assert max(len(line) for line in drawn.splitlines()) <= width, drawn
        assert all(row.person_id in drawn for row in rows), (width, drawn)


def test_a_site_is_said_with_its_article():
    assert site_with_article("x") == "an X" and site_with_article("linkedin") == "a LinkedIn"


@pytest.mark.parametrize("args", [("note", "sean", "hello"), ("log", "sean", "met"), ("tag", "sean", "x"),
                                  ("merge", "sean", "ana")])
def test_a_write_to_someone_under_a_mistyped_data_dir_creates_no_folder(tmp_path, args):
    missing = tmp_path / "typo"
    result = run(missing, *args)
    assert result.exit_code != 0 and not missing.exists(), result.output
    assert "does not exist" in result.output, result.output
