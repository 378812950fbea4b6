"""Text from a page, a file or the user is data in the terminal: never markup, a hyperlink or a crash.

A hostile profile (Rich tags, a `[link=…]`, an OSC 8 hyperlink, escape sequences, 100 KB of text) and a
hostile note and promise go through every command that prints people, in a terminal that renders
colour and links (FORCE_COLOR), and each prints the hostile text literally.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from click.testing import CliRunner
from memory_helpers import open_store

from companion.cli import main
from companion.cli.terminal import inert, styled
from companion.memory.commitments import add_commitment
from companion.memory.followups import set_circle
from companion.memory.interactions import log_interaction
from companion.memory.me import set_me
from companion.memory.notes import add_note
from companion.memory.people import upsert_profile
from companion.models import Profile

NAME = "Robert,[/b] Tables [todo]"
HEADLINE = "[link=https://evil.example]Click to verify[/link] [stealth] :smile: [bold red]urgent[/]"
ESCAPES = "\x1b]8;;https://evil.example\x07here\x1b]8;;\x07 \x1b[2J\x1b[31mred\u202e"
SCHOOL = "[b]Université de Tables[/b]"
NOTE = "met at [bold]PyCon[/bold] [/] — said [link=https://x.example]this[/link]"
PROMISE = "send the [/b] deck [todo]"


@pytest.fixture
def hostile(data_dir):
    store = open_store(data_dir)
    now = datetime.now(UTC)
    try:
        set_me(store, Profile(site="linkedin", url="https://www.linkedin.com/in/me-me", name="Me Myself",
                              education=[{"school": SCHOOL}], skills=["[b]Rust[/b]"], location="Lisbon, Portugal"))
        them = Profile(
            site="linkedin", url="https://www.linkedin.com/in/robert-tables", name=NAME, handle="robert-tables",
            headline=HEADLINE + ESCAPES, about="[i]" + "x" * 19_000, location="[stealth] Lisbon, Portugal",
            education=[{"school": SCHOOL}], skills=["[b]Rust[/b]"], experience=[{"company": "[Acme]", "title": "[/]"}],
            posts=[{"text": "New post: [link=https://evil.example]read[/link]", "date": now.date().isoformat()},
                   *({"text": f"[{i}] " + "y" * 19_000} for i in range(5))],  # with the about text, over 100 KB
        )
        doc = upsert_profile(store, them, now)
        twin = them.model_copy(update={"url": "https://www.linkedin.com/in/bobby-tables", "handle": "bobby-tables",
                                       "name": "Bobby [/] Tables"})
        upsert_profile(store, twin, now)
        add_note(store, doc["id"], NOTE)
        add_commitment(store, doc["id"], PROMISE, due="tomorrow")
        log_interaction(store, doc["id"], "video-call", at=(now - timedelta(days=200)).date().isoformat(), note="[/]")
        set_circle(store, doc["id"], "inner")
    finally:
        store.close()
    return doc


@pytest.fixture
def run(data_dir, monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")  # a real terminal: styles and hyperlinks would be emitted
    monkeypatch.setenv("COLUMNS", "400")  # wide enough that a name is never broken over lines

    def invoke(*args, input=None):
        result = CliRunner().invoke(main, [*args, "--data-dir", str(data_dir)], input=input)
        assert result.exit_code == 0, (result.output, result.stderr, result.exception)
        return result.stdout

    return invoke


def assert_inert(output: str) -> None:
    assert "\x1b]8;" not in output, "a hyperlink reached the terminal"
    assert "\x1b[2J" not in output and "\x07" not in output and "\u202e" not in output
    assert "Traceback" not in output


PRINTERS = [
    (("people",), [NAME]),
    (("show", "{id}"), [NAME, "[link=https://evil.example]Click to verify[/link]", "[stealth]", NOTE, PROMISE]),
    (("starters", "{id}"), []),
    (("commitments",), [PROMISE, NAME]),
    (("followups",), [NAME]),
    (("intros",), []),
    (("me", "show"), [SCHOOL, "[b]Rust[/b]"]),
]


@pytest.mark.parametrize(("args", "literal"), PRINTERS, ids=[" ".join(a) for a, _ in PRINTERS])
def test_a_hostile_profile_prints_literally_in_every_command(hostile, run, args, literal):
    output = run(*(a.format(id=hostile["id"]) for a in args))
    assert_inert(output)
    for text in literal:
        assert text in output, f"{text!r} did not print as written"


def test_people_does_not_crash_on_a_closing_tag_in_a_name(hostile, run):
    # The reported crash: a contact imported as `Robert,[/b] Tables` broke the whole list.
    assert NAME in run("people")


def test_export_keeps_hostile_text_whole(hostile, run):
    exported = json.loads(run("export", "--format", "json"))
    person = next(p for p in exported["people"] if p["id"] == hostile["id"])
    profile = person["profiles"]["linkedin"]
    assert profile["name"] == NAME
    assert profile["headline"].startswith(HEADLINE) and len(profile["about"]) == 19_003
    assert sum(len(p["text"]) for p in profile["posts"]) > 95_000
    assert NOTE in [n["text"] for n in person["notes"]]


def test_errors_that_quote_names_are_inert(hostile, data_dir, monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")
    result = CliRunner().invoke(main, ["show", "tables", "--data-dir", str(data_dir)])
    assert result.exit_code == 1
    assert NAME in result.stderr and "Bobby [/] Tables" in result.stderr


def test_inert_strips_only_what_a_terminal_acts_on():
    assert inert("a\tb\nc\x1b[31md\x07\u202ee") == "a\tb\nc[31mde"  # without ESC, the rest is plain text
    assert inert("[bold]x[/]") == "[bold]x[/]"
    assert styled(("[/b]", "bold"), " [link=x]").plain == "[/b] [link=x]"
