"""A newcomer's findings (issue 18): what the CLI says is true: the tiers in the extension's words, filters that find
no one, a profile page given to `import`, `match`/`me set` on logged-in LinkedIn pages, `me set` replacing someone
else, an X archive of another account, what a restore gives and takes, and smaller wording."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from memory_helpers import capture

from companion.cli import main
from companion.memory.commitments import add_commitment
from companion.models import Commonality, CommonGround
from companion.storage.store import Store

REAL = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "real"
EUGENE = REAL / "linkedin" / "loggedin_2025-04_eugenemann.html"
AUSTIN = REAL / "linkedin" / "loggedin_2022-03_austin.html"
needs_real = pytest.mark.skipif(not EUGENE.is_file(), reason="../shared/fixtures/real is absent")


def run(data_dir, *args, stdin=None):
    return CliRunner().invoke(main, [*args, "--data-dir", str(data_dir)], input=stdin)


def _item(label: str, counted: bool = True) -> Commonality:
    return Commonality(kind="employer", label=label, weight=0.5, mine=label, theirs=label, counted=counted)


@pytest.mark.parametrize(("tier", "items", "words"), [
    ("twins", [_item("A"), _item("B")], "A lot to talk about. 2 things in common"),
    ("coincidence", [_item("A")], "Plenty to talk about. 1 thing in common"),
    ("small-world", [_item("A"), _item("B")], "Small world. 2 things in common"),
    ("none", [_item("Google")], "Not much in common yet: 1 thing found"),
    ("none", [_item("English", counted=False)], "Not much in common yet: only everyday things, not counted"),
    ("none", [], "Not much in common yet: nothing in common found"),
])
def test_the_tiers_are_said_in_the_extensions_words_and_the_lowest_never_denies_its_list(tier, items, words):
    from companion.cli.ground_commands import headline, tier_words

    assert headline(CommonGround(tier=tier, commonalities=items)) == words
    assert tier_words(tier) != "none"


def test_a_filter_that_finds_no_one_says_so_when_people_are_stored(data_dir):
    with Store(data_dir) as store:
        capture(store, "Ana Lima", "ana-lima")
    result = run(data_dir, "people", "--site", "x")
    assert "No one matches --site 'x'." in result.output and "Capture a profile" not in result.output
    (data_dir / "empty").mkdir()  # a data dir that does not exist is an error (test_cli_missing_data_dir.py)
    assert "No one here yet" in run(data_dir / "empty", "people").output


def test_the_card_says_common_ground_in_words_not_the_tier_id(data_dir):
    from companion.memory.me import set_me
    from companion.models import Profile

    with Store(data_dir) as store:
        set_me(store, Profile(site="linkedin", url="https://www.linkedin.com/in/me", name="Me Myself",
                              experience=[{"company": "Gantry", "title": "Software Engineer"}]))
        capture(store, "Kireet Agrawal", "kireet", company="Gantry", headline="Engineer at Gantry")
    card = run(data_dir, "show", "Kireet").output
    assert "Common ground (none)" not in card and "Common ground · " in card
    assert card.count("Engineer at Gantry") == 1, card  # the headline says it: not repeated


def test_no_starters_says_the_true_reason(data_dir):
    from companion.memory.me import set_me
    from companion.models import Profile

    with Store(data_dir) as store:
        capture(store, "Ana Lima", "ana-lima", company="Acme Robotics")
    output = " ".join(run(data_dir, "starters", "Ana").output.split())
    assert "too little on this profile" not in output and "once your own profile is set" in output
    with Store(data_dir) as store:
        set_me(store, Profile(site="linkedin", url="https://www.linkedin.com/in/me", name="Me Myself",
                              experience=[{"company": "Globex"}]))
    output = " ".join(run(data_dir, "starters", "Ana").output.split())
    # Under 'nothing in common found', not 'nothing you share makes a good opener' (newcomer 5, item 1).
    assert "No starters yet: we found nothing you share with them, and nothing on their profile" in output, output


@needs_real
def test_import_of_a_saved_profile_page_says_what_it_is_and_how_to_capture_it(data_dir):
    result = run(data_dir, "import", str(EUGENE))
    assert result.exit_code != 0
    assert "is a saved web page" in result.output and "not valid CSV" not in result.output
    assert f"companion import {EUGENE.name} --url ADDRESS" in result.output  # the way to keep them (round 6, F1)


@needs_real
def test_match_reads_logged_in_linkedin_pages_with_their_addresses_and_says_how_without(data_dir):
    without = run(data_dir, "match", str(AUSTIN), str(EUGENE))
    assert without.exit_code != 0 and "--me-url https://www.linkedin.com/in/" in without.output
    result = run(data_dir, "match", str(AUSTIN), str(EUGENE), "--me-url", "https://www.linkedin.com/in/austinoboyle/",
                 "--url", "https://www.linkedin.com/in/eugenemann/", "--json")
    assert result.exit_code == 0, result.output
    assert "Google" in {c["label"] for c in json.loads(result.stdout)["commonalities"]}
    assert "--url" in run(data_dir, "match", "--help").output


@needs_real
def test_me_set_refuses_a_page_of_someone_else_than_its_url_and_says_who_it_replaces(data_dir, monkeypatch):
    austin_url, eugene_url = "https://www.linkedin.com/in/austinoboyle/", "https://www.linkedin.com/in/eugenemann/"
    assert run(data_dir, "me", "set", str(AUSTIN), "--url", austin_url).exit_code == 0
    wrong = run(data_dir, "me", "set", str(EUGENE), "--url", austin_url)
    assert wrong.exit_code != 0 and "eugenemann" in wrong.output and "not the profile at --url" in wrong.output
    assert json.loads(run(data_dir, "me", "show", "--json").stdout)["name"] == "Austin O'Boyle"
    from companion.cli import ground_commands

    monkeypatch.setattr(ground_commands, "on_a_terminal", lambda: True)
    asked = run(data_dir, "me", "set", str(EUGENE), "--url", eugene_url, stdin="n\n")
    assert asked.exit_code != 0 and "replaces your LinkedIn profile, Austin O'Boyle" in asked.output
    assert json.loads(run(data_dir, "me", "show", "--json").stdout)["name"] == "Austin O'Boyle"
    replaced = run(data_dir, "me", "set", str(EUGENE), "--url", eugene_url, "--yes")
    assert replaced.exit_code == 0 and "Replaced Austin O'Boyle" in replaced.output


def test_an_x_archive_of_another_account_than_yours_is_said(data_dir, tmp_path):
    from companion.memory.me import set_me
    from companion.models import Profile

    with Store(data_dir) as store:
        set_me(store, Profile(site="x", url="https://x.com/perceptnet", name="Rob", handle="perceptnet"))
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "account.js").write_text('window.YTD.account.part0 = [{"account": {"username": "larsbrinkhoff", '
                                        '"accountId": "3128746474", "accountDisplayName": "Lars Brinkhoff"}}]')
    result = run(data_dir, "import", str(archive))
    assert result.exit_code == 0, result.output
    nothing = " ".join(result.output.split())
    assert "@larsbrinkhoff, not @perceptnet" in nothing
    assert "No one was imported from it." in nothing and "follows were imported" not in nothing, nothing
    # The counts are the real ones, said after the import: the accounts it follows and its followers.
    (archive / "following.js").write_text('window.YTD.following.part0 = [{"following": {"accountId": "11"}}, '
                                          '{"following": {"accountId": "12"}}]')
    (archive / "follower.js").write_text('window.YTD.follower.part0 = [{"follower": {"accountId": "13"}}]')
    some = " ".join(run(data_dir, "import", str(archive)).output.split())
    assert "2 accounts @larsbrinkhoff follows and 1 follower of @larsbrinkhoff were imported" in some, some


def test_restore_says_what_you_get_and_lose_and_that_it_rolls_back_everything(data_dir):
    with Store(data_dir) as store:
        capture(store, "Ana Lima", "ana-lima")
        store.backup("hourly")
        capture(store, "Bo Chen", "bo-chen")
    shard = next(p for p in sorted((data_dir / "store").glob("people-*.json")))
    shutil.copy(shard, data_dir / "kept.json")
    shard.write_text("{garbage")
    result = run(data_dir, "restore", stdin="n\n")
    words = " ".join(result.output.split())
    assert "holds 1 person;" in words and "taken 20" in words
    assert "A restore does not repair only that" in words and "is rolled back" in words


def test_wording_of_forget_past_due_dates_ambiguous_names_tags_drafts_and_help(data_dir):
    with Store(data_dir) as store:
        ana = capture(store, "Ana Lima", "ana-lima")
        capture(store, "Ana Lima", "ana-lima-2")
        add_commitment(store, ana["id"], "Send the deck")
    ambiguous = run(data_dir, "show", "Ana Lima")
    assert "longer name" not in ambiguous.output and "by its id" in ambiguous.output
    past = run(data_dir, "commitments", "add", ana["id"], "Send the deck", "--due", "3 days ago")
    assert past.exit_code == 0 and "is in the past: the promise is listed as overdue" in past.output  # F12 (6c)
    long_tag = run(data_dir, "tag", ana["id"], "x" * 100_000)
    assert long_tag.exit_code != 0 and "at most 100 characters" in long_tag.output
    draft = "Hi, we help startups ship faster. Got 15 min for a demo? " + "word " * 200_000
    checked = run(data_dir, "check", stdin=draft)
    assert len(checked.output) < 20_000 and "the draft is 1,000,057 characters" in checked.output
    strictness = run(data_dir, "check", "--strictness", "loose", stdin="hello")
    assert "balanced" not in strictness.output and "relaxed, normal, strict" in strictness.output
    assert "companion service install" in " ".join(run(data_dir, "serve", "--help").output.split())
    forgot = run(data_dir, "forget", ana["id"], "--yes")
    assert "1 profile," in forgot.output and "1 profiles" not in forgot.output, forgot.output


def test_guard_rules_wrap_under_their_text_not_to_column_zero(data_dir, monkeypatch):
    monkeypatch.setenv("COLUMNS", "70")
    data_dir.mkdir()
    output = run(data_dir, "guard").output
    rule_lines = output.splitlines()[2:]
    assert rule_lines and all(line.startswith("  ") for line in rule_lines if line.strip()), output


def test_me_show_lists_each_interest_once_and_apart(data_dir):
    from companion.memory.me import set_me
    from companion.models import Profile

    with Store(data_dir) as store:
        set_me(store, Profile(site="linkedin", url="https://www.linkedin.com/in/me", name="Me Myself",
                              interests=["Alma Mater Society, Queen's University", "Queen's University",
                                         "Queen's University"]))
    output = " ".join(run(data_dir, "me", "show").output.replace("│", " ").split())
    assert "interests: Alma Mater Society, Queen's University · Queen's University from" in output, output


@pytest.mark.parametrize(("raw", "clean"), [
    ("🧑🏼\u200d💻 developer", "🧑🏼\u200d💻 developer"),  # one emoji: the joiner stays
    ("❤\ufe0f\u200d🔥", "❤\ufe0f\u200d🔥"),
    ("👩\u200d👩\u200d👧", "👩\u200d👩\u200d👧"),
    ("Ana\u200dLima", "AnaLima"),  # between letters: stripped, as before
    ("\u200d💻 dev", "💻 dev"),
    ("dev 👩\u200d", "dev 👩"),
    ("a\u200bb\u00ad", "ab"),
])
def test_a_zero_width_joiner_is_kept_between_two_emoji_only(raw, clean):
    from companion.parsers.page import clean_text

    assert clean_text(raw) == clean


def test_linkedins_capped_connection_count_is_shown_as_the_page_says_it():
    from companion.cli.parse_commands import connections_shown
    from companion.models import Profile

    assert connections_shown(Profile(site="linkedin", connections=500)) == "500+"
    assert connections_shown(Profile(site="linkedin", connections=312)) == "312"
    assert connections_shown(Profile(site="x", connections=500)) == "500"
    assert connections_shown(Profile(site="linkedin")) is None


def test_me_set_says_a_page_that_disagrees_with_itself_in_a_phrase_of_its_own(data_dir, tmp_path):
    page = tmp_path / "john.html"
    page.write_text("<html><head><title>(2) Jane Doe | LinkedIn</title></head><body><main class='scaffold-layout__main'>"
                    "<section><h1 class='text-heading-xlarge'>John Roe</h1><div class='text-body-medium'>Engineer</div>"
                    "</section></main></body></html>", encoding="utf-8")
    result = run(data_dir, "me", "set", str(page), "--url", "https://www.linkedin.com/in/john-roe/")
    said = " ".join(result.output.split())
    assert result.exit_code != 0
    assert "title names “Jane Doe” but its profile shows “John Roe”" in said, said
    assert "is not the profile at --url" not in said and ".." not in said, said


@needs_real
def test_me_set_says_whose_page_it_is_without_a_double_period(data_dir):
    wrong = run(data_dir, "me", "set", str(EUGENE), "--url", "https://www.linkedin.com/in/austinoboyle/")
    said = " ".join(wrong.output.split())
    assert "not the profile at --url https://www.linkedin.com/in/austinoboyle/: this page shows eugenemann's " \
           "profile, not austinoboyle's. Give the address" in said, said
    assert ".." not in said


@pytest.mark.parametrize("typed", ["last friday", "Last Friday", "yesterday", "2 days ago", "viernes pasado", "ayer",
                                   "hier", "letzten Freitag", "sexta passada", "ontem", "vor 3 Tagen"])
def test_a_due_date_gone_by_is_read_as_gone_by_not_as_the_next_one(typed):
    from datetime import UTC, datetime

    from companion.memory.natural_dates import parse_due

    now = datetime(2026, 11, 18, 12, tzinfo=UTC)  # a Wednesday: "last friday" was the 13th, the next is the 20th
    # Kept as a promise already overdue (newcomer finding F12, round 6c), never as the next such day.
    assert parse_due(typed, now) < "2026-11-18"
    assert parse_due("pasado mañana", now) == "2026-11-20"  # the day after tomorrow, not a day gone by
    assert parse_due("friday", now) == "2026-11-20"
    assert parse_due("vor Freitag", now) == "2026-11-20"  # before Friday: a deadline to come


def test_the_strictness_error_offers_only_the_documented_levels():
    from companion.guard.pitch_guard import GuardSettings

    with pytest.raises(ValueError, match="one of relaxed, normal, strict") as raised:
        GuardSettings(strictness="loose")
    assert "balanced" not in str(raised.value)
    assert GuardSettings(strictness="balanced").strictness == GuardSettings(strictness="normal").strictness


def test_a_chrome_mhtml_page_is_known_as_a_saved_page_by_its_header():
    from companion.memory.importers import _SAVED_PAGE

    assert _SAVED_PAGE.search(b"From: <Saved by Blink>\r\nSnapshot-Content-Location: https://x.example/\r\n"
                              b"MIME-Version: 1.0\r\n")


def test_the_confirm_prompts_of_me_set_and_forget_print_page_text_inert(data_dir, tmp_path, monkeypatch):
    from companion.cli import ground_commands

    monkeypatch.setattr(ground_commands, "on_a_terminal", lambda: True)
    mine, theirs = tmp_path / "me.json", tmp_path / "them.json"
    mine.write_text(json.dumps({"site": "linkedin", "url": "https://www.linkedin.com/in/me/", "name": "Me Myself"}))
    theirs.write_text(json.dumps({"site": "linkedin", "url": "https://www.linkedin.com/in/eve/",
                                  "name": "Eve \u202eevil\u001b[2J"}))
    assert run(data_dir, "me", "set", str(mine)).exit_code == 0
    asked = run(data_dir, "me", "set", str(theirs), stdin="n\n")
    assert "replaces your LinkedIn profile" in asked.output
    assert "\u202e" not in asked.output and "\u001b" not in asked.output, asked.output
    with Store(data_dir) as store:
        capture(store, "Mal \u202eory\u001b[2J", "mallory")
    forget = run(data_dir, "forget", "https://www.linkedin.com/in/mallory", stdin="n\n")
    assert "Forget Mal" in forget.output
    assert "\u202e" not in forget.output and "\u001b" not in forget.output, forget.output


def test_the_strictness_error_names_the_levels_the_model_has(monkeypatch):
    from typing import Literal

    from companion.errors import BadRequest
    from companion.memory import answers, guard_settings

    # One parser and one sentence for `check --strictness` (a 400 over HTTP) and `guard strictness`.
    monkeypatch.setattr(guard_settings, "StrictnessName", Literal["relaxed", "normal", "strict", "stricter"])
    with pytest.raises(BadRequest, match=r"^'bogus' is not relaxed, normal, strict, stricter or a number from 0 to 1\.$"):
        answers.guard_settings_with({}, "bogus")
