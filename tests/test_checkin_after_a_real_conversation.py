"""After a real conversation the check-in keeps the tie warm (newcomer 7's W3, issue 18 item 3): a first call is
followed up within two weeks, an open promise due sooner is the check-in, a note since the last contact gives the
opener its question, and `show`, the panel and `followups` give one date and one opener."""

from __future__ import annotations

import json
from datetime import timedelta

from click.testing import CliRunner
from memory_helpers import NOW, capture

from companion.cli import main
from companion.memory.capture import person_view
from companion.memory.commitments import add_commitment
from companion.memory.followups import ask_about, history_opener, overdue, set_circle
from companion.memory.interactions import log_interaction
from companion.memory.notes import add_note
from companion.memory.people import utc_now
from companion.memory.tie_strength import CHECK_IN_DAYS, FIRST_FOLLOW_UP_DAYS, tie_of
from companion.storage.store import Store


def _day(days_from_now: int, now=NOW) -> str:
    return (now + timedelta(days=days_from_now)).date().isoformat()


def _ago(days: int, now=NOW) -> str:
    return (now - timedelta(days=days)).isoformat()


def test_a_first_video_call_is_followed_up_within_two_weeks_not_in_a_year(store):
    dulitha = capture(store, "Dulitha Perera", "dulitha")["id"]
    log_interaction(store, dulitha, "video-call", at=_ago(0), now=NOW)
    tie = tie_of(store.get_person(dulitha), NOW)
    assert tie.layer == "wider"
    assert tie.next_check_in == _day(FIRST_FOLLOW_UP_DAYS) == _day(14)
    assert not tie.overdue


def test_four_contacts_on_one_day_are_one_first_conversation(store):
    eduardo = capture(store, "Eduardo Silva", "eduardo")["id"]
    for kind in ("in-person", "video-call", "phone-call", "in-person"):
        log_interaction(store, eduardo, kind, at=_ago(3), now=NOW)
    assert tie_of(store.get_person(eduardo), NOW).next_check_in == _day(-3 + 14)
    assert overdue(store, NOW) == []
    assert [f.person_id for f in overdue(store, NOW + timedelta(days=12))] == [eduardo]


def test_the_layers_cadence_takes_over_once_the_first_conversation_is_followed_up(store):
    mia = capture(store, "Mia Lund", "mia")["id"]
    log_interaction(store, mia, "phone-call", at=_ago(30), now=NOW)
    log_interaction(store, mia, "message", at=_ago(20), now=NOW)  # the follow-up: the tie has settled
    tie = tie_of(store.get_person(mia), NOW)
    assert tie.next_check_in == _day(-20 + CHECK_IN_DAYS[tie.layer])
    assert CHECK_IN_DAYS[tie.layer] > FIRST_FOLLOW_UP_DAYS


def test_a_call_with_someone_you_have_talked_with_before_keeps_the_layers_cadence(store):
    sam = capture(store, "Sam Ortiz", "sam")["id"]
    log_interaction(store, sam, "reply", at=_ago(200), now=NOW)  # history: not a first conversation
    log_interaction(store, sam, "phone-call", at=_ago(1), now=NOW)
    tie = tie_of(store.get_person(sam), NOW)
    assert tie.next_check_in == _day(-1 + CHECK_IN_DAYS[tie.layer])


def test_a_chosen_inner_circle_is_never_made_slower_by_the_first_follow_up(store):
    ines = capture(store, "Ines Inner", "ines")["id"]
    set_circle(store, ines, "inner", now=NOW)
    log_interaction(store, ines, "in-person", at=_ago(0), now=NOW)
    assert tie_of(store.get_person(ines), NOW).next_check_in == _day(7)


def test_an_open_promise_due_before_the_check_in_is_the_check_in(store):
    dulitha = capture(store, "Dulitha Perera", "dulitha")["id"]
    log_interaction(store, dulitha, "video-call", at=_ago(0), now=NOW)
    add_commitment(store, dulitha, "Send him the hiring guide", due=_day(30), now=NOW)  # after the check-in: no
    assert tie_of(store.get_person(dulitha), NOW).next_check_in == _day(14)
    kept = add_commitment(store, dulitha, "Send him the salary survey", due=_day(2), now=NOW)
    doc = store.get_person(dulitha)
    next(c for c in doc["commitments"] if c["id"] == kept.id)["done_at"] = NOW.isoformat()
    store.save_person(doc)  # kept: no longer a reason to write
    assert tie_of(store.get_person(dulitha), NOW).next_check_in == _day(14)
    add_commitment(store, dulitha, "Intro him to Sean at Aristotle", due=_day(4), now=NOW)
    assert tie_of(store.get_person(dulitha), NOW).next_check_in == _day(4)
    # Once its day has passed, the check-in is overdue and its opener leads with the promise.
    later = NOW + timedelta(days=5)
    (due,) = overdue(store, later)
    assert due.next_check_in == _day(4)
    assert due.opener.text.startswith("Hi Dulitha, I haven't forgotten the intro I promised you.")


def test_the_promise_leads_and_the_note_since_the_call_asks_after_their_news(store):
    dulitha = capture(store, "Dulitha Perera", "dulitha")["id"]
    log_interaction(store, dulitha, "video-call", at=_ago(5), now=NOW)
    add_note(store, dulitha, "He is hiring a React engineer in Colombo, asked me for names", now=NOW - timedelta(days=5))
    add_commitment(store, dulitha, "Intro him to Sean", due=_day(-1), now=NOW - timedelta(days=5))
    (due,) = overdue(store, NOW)
    assert due.opener.text == ("Hi Dulitha, I haven't forgotten the intro I promised you. How is the search for a "
                               "React engineer in Colombo going?")
    assert "asked me for names" not in due.opener.text  # the rest of the private note stays in the evidence
    assert "asked me for names" in due.opener.evidence


def test_a_note_since_the_last_contact_feeds_the_opener_else_the_last_contact_does(store):
    lena = capture(store, "Lena Berg", "lena")["id"]
    add_note(store, lena, "She is moving to Berlin", now=NOW - timedelta(days=40))  # before the call: old news
    log_interaction(store, lena, "video-call", at=_ago(20), now=NOW)
    (due,) = overdue(store, NOW)
    assert "Berlin" not in due.opener.text
    add_note(store, lena, "she's launching her podcast because her startup folded", now=NOW - timedelta(days=19))
    (due,) = overdue(store, NOW)
    assert due.opener.text == ("Hi Lena, it's been 2 weeks since our video call. How is the launch of your podcast "
                               "going?")
    assert "folded" not in due.opener.text


def test_a_note_about_someone_else_or_a_private_matter_is_never_asked_after():
    assert ask_about("His wife is moving to Berlin", "Dulitha") is None
    assert ask_about("Ana is joining Stripe", "Dulitha") is None
    assert ask_about("he has a health scare", "Dulitha") is None
    assert ask_about("Dulitha is joining Stripe next month", "Dulitha") == "How is the new role at Stripe going?"
    assert ask_about("raising a seed round", "Dulitha", wish=True) == "Good luck with the seed round!"
    # A thing that names someone else or holds a clause falls back to the plain question.
    assert ask_about("hiring a designer he met at Google", "Dulitha") == "How is the hiring going?"


def test_a_note_written_on_the_day_of_the_call_is_wished_well_the_same_day(store):
    dulitha = capture(store, "Dulitha Perera", "dulitha")["id"]
    log_interaction(store, dulitha, "video-call", at=_ago(0), now=NOW)
    add_note(store, dulitha, "he is hiring a React engineer in Colombo", now=NOW)
    opener = history_opener(store.get_person(dulitha), NOW)
    assert opener is not None
    assert opener.text == "Hi Dulitha, great to talk today! Good luck with the search for a React engineer in Colombo!"


def test_the_card_and_the_panel_give_the_followups_date_and_opener(store):
    dulitha = capture(store, "Dulitha Perera", "dulitha", company="Aristotle")["id"]
    log_interaction(store, dulitha, "video-call", at=_ago(20), now=NOW)
    add_note(store, dulitha, "he is hiring a React engineer", now=NOW - timedelta(days=20))
    (due,) = overdue(store, NOW)
    view = person_view(store, store.get_person(dulitha), None, NOW)
    assert view.check_in is not None
    assert (view.check_in.due, view.check_in.overdue, view.check_in.opener.text) == (
        due.next_check_in, True, due.opener.text)


def test_show_says_why_the_check_in_is_when_it_is_and_its_opener_as_followups_does(data_dir):
    now = utc_now()
    store = Store(data_dir).open()
    try:
        dulitha = capture(store, "Dulitha Perera", "dulitha", now=now - timedelta(days=6))["id"]
        log_interaction(store, dulitha, "video-call", at=_ago(6, now), now=now)
        add_note(store, dulitha, "he is hiring a React engineer in Colombo", now=now - timedelta(days=6))
        promise = add_commitment(store, dulitha, "Intro him to Sean", due=_day(-2, now), now=now - timedelta(days=6))
        eduardo = capture(store, "Eduardo Silva", "eduardo", now=now)["id"]
        log_interaction(store, eduardo, "in-person", at=_ago(0, now), now=now)
    finally:
        store.close()
    runner = CliRunner()
    card = " ".join(runner.invoke(main, ["show", "Dulitha", "--data-dir", str(data_dir)]).output.split())
    listed = runner.invoke(main, ["followups", "--json", "--data-dir", str(data_dir)])
    assert listed.exit_code == 0, listed.output
    (due,) = json.loads(listed.stdout)
    assert f"next check-in {due['next_check_in']} (your promise #{promise.id} is due) overdue" in card
    assert f"Check-in: {due['opener']['text']}" in card
    assert card.count(due["opener"]["text"]) == 1  # not again among the starters
    other = " ".join(runner.invoke(main, ["show", "Eduardo", "--data-dir", str(data_dir)]).output.split())
    assert f"next check-in {_day(14, now)} (to follow up your first conversation: within two weeks)" in other


def test_the_card_reads_the_first_follow_up_as_the_tie_decides_it():
    from companion.cli import memory_commands

    assert memory_commands.FIRST_FOLLOW_UP_DAYS == FIRST_FOLLOW_UP_DAYS
    assert FIRST_FOLLOW_UP_DAYS not in CHECK_IN_DAYS.values()  # else a cadence would read as a first follow-up
