"""Memory round 6 (newcomer findings F6, F17, F21, F22): check-in openers that are true to their evidence, an
old connection that is no longer "new", circle and follow-up messages that match what they show, and one reader
of dates in five languages for logged moments and due dates alike."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from click.testing import CliRunner
from memory_helpers import NOW, capture

from companion.cli import main
from companion.errors import InvalidInput
from companion.memory.commitments import add_commitment
from companion.memory.followups import history_opener, set_circle, starters_as_you_know_them
from companion.memory.interactions import log_interaction
from companion.memory.natural_dates import parse_due, parse_past_moment
from companion.memory.tie_strength import tie_of


def _day(days_ago: int) -> str:
    return (NOW - timedelta(days=days_ago)).date().isoformat()


# ------------------------------------------------------------------ F6: check-in openers and their evidence

@pytest.mark.parametrize("promise", ["Send the mentor list", "send Kireet the mentor list",
                                     "Send the mentor list to Kireet by Friday"])
def test_a_promise_that_is_the_evidence_is_said_in_the_opener(store, promise):
    kireet = capture(store, "Kireet Agrawal", "kireet", company="Gantry")
    set_circle(store, kireet["id"], "inner", now=NOW)
    log_interaction(store, kireet["id"], "message", at=_day(0), now=NOW)  # you wrote to him today
    add_commitment(store, kireet["id"], promise, due=_day(0), now=NOW)  # due today: a promise not yet due leads no opener
    doc = store.get_person(kireet["id"])
    first = starters_as_you_know_them(doc, tie_of(doc, NOW), [], NOW)[0]
    assert first.text == "Hi Kireet, as promised, I'm sending you the mentor list. How are things with you?"
    assert "came to mind" not in first.text and promise in first.evidence


def test_a_promise_that_cannot_be_said_is_still_the_reason_the_opener_gives(store):
    rob = capture(store, "Rob Cheung", "robertkcheung")
    add_commitment(store, rob["id"], "ask his boss about the budget", due=_day(0), now=NOW)  # due today
    opener = history_opener(store.get_person(rob["id"]), NOW)
    assert opener.text == "Hi Rob, as promised, I'm following up."  # no contact logged: no "how are things"
    assert "boss" not in opener.text and "boss" in opener.evidence


@pytest.mark.parametrize(("days", "line"), [(2, "thanks for getting back to me the other day!"),
                                            (5, "thanks for your message!"), (13, "thanks for your message!")])
def test_their_recent_reply_is_answered_not_counted_against_them(store, days, line):
    ines = capture(store, "Inês Teles", "iteles")
    log_interaction(store, ines["id"], "reply", at=_day(days), now=NOW)
    opener = history_opener(store.get_person(ines["id"]), NOW)
    assert opener.text == "Hi Inês, " + line  # a reply of 13 days ago is not "the other day" to them
    assert "since your last message" not in opener.text


def test_an_old_reply_is_recalled_without_blaming_them_for_the_silence(store):
    ines = capture(store, "Inês Teles", "iteles")
    log_interaction(store, ines["id"], "reply", at=_day(100), now=NOW)
    opener = history_opener(store.get_person(ines["id"]), NOW)
    assert opener.text == "Hi Inês, it's been 3 months since we were last in touch, and I'd love to catch up. How are things?"


def test_your_own_message_days_ago_gives_no_check_in_until_one_is_due(store):
    ana = capture(store, "Ana Lima", "ana-lima")
    log_interaction(store, ana["id"], "phone-call", at=_day(60), now=NOW)
    log_interaction(store, ana["id"], "message", at=_day(4), now=NOW)
    doc = store.get_person(ana["id"])
    assert not tie_of(doc, NOW).overdue
    assert history_opener(doc, NOW) is None  # "it's been 4 days since my last message" is a nag
    set_circle(store, ana["id"], "inner", now=NOW)  # weekly: still not due after 4 days
    doc = store.get_person(ana["id"])
    assert starters_as_you_know_them(doc, tie_of(doc, NOW), [], NOW) == []  # no "you came to mind" on day 4
    later = NOW + timedelta(days=10)  # now it is due
    opener = history_opener(doc, later)
    assert opener.text == "Hi Ana, it's been 2 weeks since we were last in touch. How are you doing?"


def test_a_meeting_days_ago_is_followed_up_with_thanks(store):
    rob = capture(store, "Rob Cheung", "robertkcheung")
    log_interaction(store, rob["id"], "in-person", at=_day(4), note="discussed the seed round", now=NOW)
    assert history_opener(store.get_person(rob["id"]), NOW).text == (
        "Hi Rob, great to talk about the seed round the other day!")


# ------------------------------------------------------------------ F17: a connection you never talked with
# A connection of years ago that never needed a word is still someone you have no conversation with: a pitch to
# them is stopped like a pitch to a new connection (issue 16: "1st" with no earlier messages is a new connection).
# What the tester found confusing was the word, so the card says when you connected.

def test_a_connection_of_years_ago_with_no_conversation_stays_cautious(store):
    bjorn = capture(store, "Björn Berg", "bjorn-berg")
    doc = store.get_person(bjorn["id"])
    doc["connected_on"] = "2019-01-15"
    store.save_person(doc)
    assert tie_of(doc, NOW).stage == "new"
    assert tie_of(doc, NOW).layer is None  # no check-in clock for someone you never spoke to


def test_a_pitch_to_an_old_connection_never_talked_with_is_still_stopped(data_dir):
    csv = data_dir.parent / "Connections.csv"
    csv.write_text("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                   "Björn,Berg,https://www.linkedin.com/in/bjorn-berg,,Acme,Engineer,15 Jan 2019\n", encoding="utf-8")
    assert _cli(data_dir, "import", str(csv)).exit_code == 0
    verdict = json.loads(_cli(data_dir, "check", "--to", "Björn", "--json", stdin=(
        "Hi Björn, we help companies like yours hire faster. Can I book 15 minutes for a demo?")).stdout)
    assert verdict["stage"] == "new" and verdict["verdict"] == "block"


# ------------------------------------------------------------------ F21: circle and follow-up messages

def _cli(data_dir, *args, stdin=None):
    return CliRunner().invoke(main, [*args, "--data-dir", str(data_dir)], input=stdin)


def _person_logged(data_dir, at: str) -> None:
    csv = data_dir.parent / "Connections.csv"
    csv.write_text("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                   "Sri,Lalitha,https://www.linkedin.com/in/sri-lalitha,,Acme,Engineer,15 Jan 2019\n", encoding="utf-8")
    assert _cli(data_dir, "import", str(csv)).exit_code == 0
    assert _cli(data_dir, "log", "Sri", "call", "--at", at).exit_code == 0


def test_circle_says_a_check_in_date_gone_by_is_overdue(data_dir):
    _person_logged(data_dir, "120 days ago")
    result = _cli(data_dir, "circle", "Sri", "close")
    assert result.exit_code == 0, result.output
    assert "overdue since" in result.output and "next check-in" not in result.output, result.output


def test_followups_explain_the_star_only_when_a_row_has_one(data_dir):
    _person_logged(data_dir, "120 days ago")
    assert _cli(data_dir, "circle", "Sri", "close").exit_code == 0
    chosen = _cli(data_dir, "followups")
    assert "Sri" in chosen.output and "suggested from tie strength" not in chosen.output, chosen.output


def test_followups_explain_the_star_when_a_circle_is_suggested(data_dir):
    _person_logged(data_dir, "500 days ago")  # one call: the wider circle, yearly, suggested by tie strength
    suggested = _cli(data_dir, "followups")
    assert "wider*" in suggested.output and "suggested from tie strength" in suggested.output, suggested.output


# ------------------------------------------------------------------ F22: one date reader, five languages

@pytest.mark.parametrize(("said", "days_back"), [
    ("ayer", 1), ("hace 3 días", 3), ("hace tres dias", 3), ("la semana pasada", 7), ("el viernes", 7),
    ("hier", 1), ("il y a 2 semaines", 14), ("avant-hier", 2), ("vendredi dernier", 7),
    ("gestern", 1), ("vor 3 Tagen", 3), ("vor einer Woche", 7), ("letzten Freitag", 7),
    ("ontem", 1), ("há 2 dias", 2), ("3 dias atrás", 3), ("na sexta", 7),
    ("yesterday", 1), ("3 days ago", 3), ("last friday", 7), ("hoy", 0), ("2 years ago", 730),
])
def test_a_past_moment_is_read_in_each_language(said, days_back):
    # NOW is a Friday: "el viernes" said on a Friday is a week ago.
    assert parse_past_moment(said, NOW) == _day(days_back)


@pytest.mark.parametrize("said", ["mañana", "demain", "morgen", "amanhã", "en 3 días", "dans 2 jours"])
def test_a_moment_to_come_in_any_language_is_the_future_not_an_unknown_date(said):
    with pytest.raises(InvalidInput, match="in the future"):
        parse_past_moment(said, NOW)


@pytest.mark.parametrize("said", ["ayer", "hace 3 días", "vor 3 Tagen"])
def test_a_due_date_gone_by_is_read_in_any_language(said):
    # A promise already overdue is kept (newcomer finding F12, round 6c), at the day it names.
    assert parse_due(said, NOW) == parse_past_moment(said, NOW)[:10] < NOW.date().isoformat()


def test_log_at_ayer_works_as_due_manana_does(data_dir):
    _person_logged(data_dir, "ayer")
    logged = _cli(data_dir, "log", "Sri", "message", "--at", "hace 3 días", "--json")
    assert logged.exit_code == 0, logged.output
    assert json.loads(logged.stdout)["interaction"]["at"][:10] < json.loads(
        _cli(data_dir, "log", "Sri", "message", "--at", "hoy", "--json").stdout)["interaction"]["at"][:10]
    assert _cli(data_dir, "commitments", "add", "Sri", "Send the slides", "--due", "mañana").exit_code == 0


def test_the_card_says_what_new_means_beside_an_old_connection_date(data_dir):
    csv = data_dir.parent / "Connections.csv"
    csv.write_text("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                   "Björn,Berg,https://www.linkedin.com/in/bjorn-berg,,Acme,Engineer,15 Jan 2019\n", encoding="utf-8")
    assert _cli(data_dir, "import", str(csv)).exit_code == 0
    card = " ".join(_cli(data_dir, "show", "Björn").output.split())
    assert "new (connected, no conversation yet)" in card
