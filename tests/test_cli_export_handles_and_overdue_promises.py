"""The fourth newcomer's findings (round 6c), tried as the tester did: export to a terminal is inert and a page's
bidi override never reaches the store (F3), an --url of another site is refused (F10), a handle names a person
(F11), a promise already overdue is kept (F12), a split pair is said and two records of one name merge (F9), and
the polish of F14/F18."""

from __future__ import annotations

import io
import json
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from shared_pages import REAL

from companion.cli import main
from companion.models import Education, Profile, without_controls
from companion.storage.store import Store

ROB_LINKEDIN = REAL / "linkedin" / "loggedin_2025-04_robcheung.html"
ROB_LINKEDIN_URL = "https://www.linkedin.com/in/robertkcheung/"
ROB_X = REAL / "twitter" / "react-loggedin_2025-04_perceptnet.html"
KIKO = REAL / "twitter" / "react-guest_2025-12_Kikobeats.html"
ITELES = REAL / "linkedin" / "guest_2015-10_iteles.html"
needs_pages = pytest.mark.skipif(not ROB_LINKEDIN.is_file(), reason="../shared/fixtures/real is absent")

COMPANION = str(Path(sys.executable).parent / "companion")  # the installed command, as the tester ran it
HOSTILE_NOTE = "Evil \x1b[31mRED\x1b[0m \x1b]0;PWNED\x07 title \x1b[2J clear \r overwrite\x08\x08"


def run(data_dir, *args, **kwargs):
    return CliRunner().invoke(main, [*args, "--data-dir", str(data_dir)], **kwargs)


def capture(store: Store, name: str, slug: str) -> dict:
    from companion.memory.people import upsert_profile

    return upsert_profile(store, Profile(site="linkedin", url=f"https://www.linkedin.com/in/{slug}/", name=name))


# ---------------------------------------------------------------- F3: export and bidi characters


def _on_a_pty(args: list[str], data_dir: Path) -> bytes:
    """What the command writes to a real terminal (a pseudo-terminal), as the tester's `script` saw it."""
    leader, follower = pty.openpty()
    env = {**os.environ, "COMPANION_DATA_DIR": str(data_dir)}
    process = subprocess.Popen([COMPANION, *args], stdin=subprocess.DEVNULL,
                               stdout=follower, stderr=subprocess.DEVNULL, env=env)
    os.close(follower)
    out = b""
    while True:
        ready, _, _ = select.select([leader], [], [], 30)
        if not ready:
            break
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the follower closed: the command is done
            break
        if not chunk:
            break
        out += chunk
    process.wait(timeout=30)
    os.close(leader)
    return out


@pytest.mark.parametrize("fmt", ["csv", "vcard", "json"])
def test_export_to_a_terminal_writes_no_control_character_of_a_note(data_dir, fmt, monkeypatch):
    with Store(data_dir) as store:
        sean = capture(store, "Sean Cahalan", "sean")
    assert run(data_dir, "note", sean["id"], HOSTILE_NOTE).exit_code == 0
    from companion.cli import terminal

    monkeypatch.setattr(terminal, "output_on_a_terminal", lambda: True)
    shown = run(data_dir, "export", "--format", fmt)
    assert shown.exit_code == 0, shown.output
    assert "Sean Cahalan" in shown.stdout and "overwrite" in shown.stdout
    assert not {ch for ch in shown.stdout if ord(ch) < 32 and ch not in "\n\t"}, repr(shown.stdout[:300])


def test_export_to_a_real_terminal_is_inert_and_to_a_file_keeps_the_note(data_dir):
    with Store(data_dir) as store:
        sean = capture(store, "Sean Cahalan", "sean")
    assert run(data_dir, "note", sean["id"], HOSTILE_NOTE).exit_code == 0
    shown = _on_a_pty(["export", "--format", "csv"], data_dir)
    assert b"Sean Cahalan" in shown
    assert b"\x1b" not in shown and b"\x07" not in shown and b"\x08" not in shown
    kept = data_dir.parent / "export.json"
    assert run(data_dir, "export", "--format", "json", "-o", str(kept)).exit_code == 0
    notes = [n["text"] for p in json.loads(kept.read_text())["people"] for n in p.get("notes", [])]
    # Kept without its controls since review B: a note is the user's text, and an escape or a U+202E in it would
    # reach CSV and vCard files; what it says stays (a re-import gives it back as kept).
    assert without_controls(HOSTILE_NOTE).strip() in notes
    piped = run(data_dir, "export", "--format", "json")
    # Escape sequences go whole (final mend 9): the window title they set is no part of the note.
    assert "Evil RED  title  clear" in piped.stdout and "PWNED" not in piped.stdout and "\\u001b" not in piped.stdout


def test_bidi_overrides_and_isolates_never_reach_a_profile_and_right_to_left_text_stays():
    profile = Profile(name="Abgar \u202eevil\u202c Gulo", headline="\u2066CEO\u2069 at \u202dAcme",
                      skills=["Py\u202bthon"], education=[Education(school="\u202aMIT\u202c")])
    assert profile.name == "Abgar evil Gulo" and profile.headline == "CEO at Acme"
    assert profile.skills == ["Python"] and profile.education[0].school == "MIT"
    assert Profile(name="Ana\u200e Lima\u200f").name == "Ana Lima"  # marks in one direction's text do nothing
    for rtl in ("שלום עולם", "محمد علي", "Hebrew U \u200fאוניברסיטה"):  # the last: a mark between directions
        assert Profile(name=rtl).name == rtl


def test_a_page_name_with_a_right_to_left_override_is_stored_and_exported_without_it(data_dir):
    with Store(data_dir) as store:
        capture(store, "Abgar \u202eevil", "abgar")
    for fmt in ("csv", "vcard", "json"):
        exported = run(data_dir, "export", "--format", fmt).stdout
        assert "Abgar evil" in exported and "\u202e" not in exported
    stored = "".join(p.read_text(encoding="utf-8") for p in (data_dir / "store").glob("people-*.json"))
    assert "\u202e" not in stored and "\\u202e" not in stored.lower()


# ---------------------------------------------------------------- F10: --url of another site


@needs_pages
def test_an_address_of_another_site_than_the_page_is_refused(data_dir):
    refused = run(data_dir, "import", str(ITELES), "--url", "https://example.com/iteles")
    assert refused.exit_code == 1
    words = " ".join(refused.output.split())
    assert "is a LinkedIn page, but --url https://example.com/iteles is not a LinkedIn address" in words
    assert not data_dir.exists()  # refused before anything was opened
    assert run(data_dir, "import", str(ITELES), "--url", "https://www.linkedin.com/in/iteles/").exit_code == 0


# ---------------------------------------------------------------- F11: handles


@needs_pages
@pytest.mark.parametrize("ref", ["kikobeats", "@Kikobeats", "KIKOBEATS", "perceptnet", "@perceptnet", "robertkcheung"])
def test_a_stored_handle_names_its_person(data_dir, ref):
    assert run(data_dir, "import", str(KIKO), "--url", "https://x.com/Kikobeats").exit_code == 0
    assert run(data_dir, "import", str(ROB_LINKEDIN), "--url", ROB_LINKEDIN_URL).exit_code == 0
    assert run(data_dir, "import", str(ROB_X), "--url", "https://x.com/perceptnet").exit_code == 0
    shown = run(data_dir, "show", ref, "--json")
    assert shown.exit_code == 0, shown.output
    name = json.loads(shown.stdout)["profile"]["name"]
    assert name.casefold() == ("kiko beats" if "kiko" in ref.casefold() else "rob cheung")
    # everywhere PERSON is read: a note, a promise, the guard's recipient
    assert run(data_dir, "note", ref, "Met at the meetup").exit_code == 0
    assert "not in your Rapport" not in run(data_dir, "check", "--to", ref, input="Hi, good to meet you!").output


def test_a_handle_no_one_has_is_still_not_found_and_a_name_still_wins_alone(data_dir):
    with Store(data_dir) as store:
        capture(store, "Jane Doe", "jdoe")
    assert "No one called “@nobody”" in run(data_dir, "show", "@nobody").output
    assert json.loads(run(data_dir, "show", "jdoe", "--json").stdout)["profile"]["name"] == "Jane Doe"
    assert json.loads(run(data_dir, "show", "Jane", "--json").stdout)["profile"]["name"] == "Jane Doe"


# ---------------------------------------------------------------- F12: a promise already overdue


def test_a_promise_already_overdue_is_kept_and_said_to_be_overdue(data_dir):
    with Store(data_dir) as store:
        sean = capture(store, "Sean Cahalan", "sean")
    added = run(data_dir, "commitments", "add", "sean", "Send him the QWEB onboarding doc", "--due", "last friday")
    assert added.exit_code == 0, added.output
    assert "is in the past: the promise is listed as overdue" in added.output
    listed = json.loads(run(data_dir, "commitments", "--json").stdout)
    listed = listed["commitments"] if isinstance(listed, dict) else listed
    assert [c["overdue"] for c in listed if c["person_id"] == sean["id"]] == [True]
    for nonsense in ("someday soonish", "last blorpday", "1899-01-01"):
        refused = run(data_dir, "commitments", "add", "sean", "x", "--due", nonsense)
        assert refused.exit_code != 0 and ("not a due date" in refused.output or "before 1970" in refused.output)


# ---------------------------------------------------------------- F9: split pairs and one name twice


@needs_pages
def test_merge_suggest_says_which_pair_your_split_keeps_out_and_one_name_twice_merges_the_two(data_dir):
    assert run(data_dir, "import", str(ROB_LINKEDIN), "--url", ROB_LINKEDIN_URL).exit_code == 0
    assert "joined" in run(data_dir, "import", str(ROB_X), "--url", "https://x.com/perceptnet").output
    assert run(data_dir, "unmerge", "rob", "x").exit_code == 0
    suggested = " ".join(run(data_dir, "merge", "--suggest").output.split())
    assert "1 pair you split is not suggested again:" in suggested, suggested
    assert "`companion merge p-" in suggested and "joins them" in suggested
    assert json.loads(run(data_dir, "merge", "--suggest", "--json").stdout) == []  # the JSON shape is unchanged
    merged = run(data_dir, "merge", "Rob Cheung", "rob cheung")
    assert merged.exit_code == 0, merged.output
    people = json.loads(run(data_dir, "people", "--json").stdout)["people"]
    assert [sorted(p["sites"]) for p in people] == [["linkedin", "x"]]
    assert "pair you split" not in run(data_dir, "merge", "--suggest").output


def test_one_name_twice_merges_only_when_it_names_exactly_two_records(data_dir):
    with Store(data_dir) as store:
        for slug in ("ana-1", "ana-2", "ana-3"):
            capture(store, "Ana Lima", slug)
    three = run(data_dir, "merge", "Ana Lima", "ana lima")
    assert three.exit_code != 0 and "matches 3 people" in three.output


# ---------------------------------------------------------------- F14 / F18 polish


def test_a_piped_table_has_no_trailing_spaces(data_dir):
    with Store(data_dir) as store:
        capture(store, "Jane Doe", "jdoe")
        capture(store, "Bo", "bo")
    listed = run(data_dir, "people").stdout
    assert "Jane Doe" in listed and all(line == line.rstrip() for line in listed.splitlines()), repr(listed)


def _commands(group, path=()):
    import click

    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        yield (*path, name)
        if isinstance(command, click.Group):
            yield from _commands(command, (*path, name))


def test_every_help_fits_80_columns():
    too_wide = []
    for path in _commands(main):
        shown = CliRunner().invoke(main, [*path, "--help"], terminal_width=80)
        too_wide += [f"{' '.join(path)}: {line}" for line in shown.output.splitlines() if len(line) > 80]
    assert not too_wide, "\n".join(too_wide)


def test_both_have_an_x_profile(data_dir):
    with Store(data_dir) as store:
        from companion.memory.people import upsert_profile

        a = upsert_profile(store, Profile(site="x", url="https://x.com/kiko", name="Kiko Beats"))
        b = upsert_profile(store, Profile(site="x", url="https://x.com/javilop", name="Javi López"))
    refused = " ".join(run(data_dir, "merge", a["id"], b["id"]).output.split())
    assert "Both have an X profile" in refused, refused


def test_people_site_twitter_means_x(data_dir):
    from companion.memory.people import upsert_profile

    with Store(data_dir) as store:
        upsert_profile(store, Profile(site="x", url="https://x.com/kiko", name="Kiko Beats"))
        capture(store, "Jane Doe", "jdoe")
    for typed in ("twitter", "Twitter", "x"):
        names = [p["name"] for p in json.loads(run(data_dir, "people", "--site", typed, "--json").stdout)["people"]]
        assert names == ["Kiko Beats"], typed


def test_a_commonplace_thing_on_the_card_is_named_with_its_kind():
    from rich.console import Console

    from companion.cli.memory_commands import _print_commonalities
    from companion.models import Commonality

    cause = Commonality(kind="cause", label="Education", weight=0.1, mine="Education", theirs="Education",
                        why="Many people share it, so it is not counted.", counted=False)
    out = io.StringIO()
    _print_commonalities(Console(file=out, width=120, color_system=None), [cause])
    assert "also shared, not in the count: cause: Education (many people share it)" in out.getvalue()


def test_an_import_piped_prints_no_empty_line_after_its_notice(data_dir, tmp_path):
    csv = tmp_path / "Connections.csv"
    csv.write_text("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                   "Björn,Berg,https://www.linkedin.com/in/bjorn-berg,,Acme,Engineer,15 Jan 2019\n", encoding="utf-8")
    env = {**os.environ, "COMPANION_DATA_DIR": str(data_dir)}
    done = subprocess.run([COMPANION, "import", str(csv)], capture_output=True,
                          text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "created a new data dir" in done.stderr and "\n\n" not in done.stderr, repr(done.stderr)
