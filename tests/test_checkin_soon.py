"""Panel mend 8 (newcomers 6 and 7, W3): say what is coming, not only what is late. A check-in due within
CHECK_IN_SOON_DAYS shows its opener in `companion show` (as the panel does), and an open promise to someone you have
not talked with yet starts a check-in clock: its due day is the check-in, and they are in `companion followups`
once it has passed. A kept or let-go promise starts none."""

from __future__ import annotations

import json
from datetime import timedelta

from click.testing import CliRunner
from memory_helpers import NOW, capture

from companion.cli import main
from companion.memory.answers import followups_answer, has_clock
from companion.memory.capture import person_view
from companion.memory.commitments import add_commitment, close_commitment, drop_commitment
from companion.memory.followups import overdue
from companion.memory.interactions import log_interaction
from companion.memory.people import utc_now
from companion.memory.tie_strength import CHECK_IN_SOON_DAYS, check_in_soon, tie_of
from companion.storage.store import Store


def _day(days_from_now: int, now=NOW) -> str:
    return (now + timedelta(days=days_from_now)).date().isoformat()


def test_a_promise_to_someone_not_talked_with_yet_is_their_check_in(store):
    priya = capture(store, "Priya Raman", "priya")["id"]
    assert tie_of(store.get_person(priya), NOW).next_check_in is None  # a stranger: no clock
    assert not has_clock(store.get_person(priya))
    add_commitment(store, priya, "Send her the meetup slides", due=_day(1), now=NOW)
    doc = store.get_person(priya)
    tie = tie_of(doc, NOW)
    assert (tie.stage, tie.layer, tie.next_check_in, tie.overdue) == ("stranger", None, _day(1), False)
    assert has_clock(doc)
    view = person_view(store, doc, None, NOW)
    assert view.check_in is not None and view.check_in.due == _day(1)  # the panel's check-in line
    assert overdue(store, NOW) == []
    later = NOW + timedelta(days=3)
    (due,) = overdue(store, later)
    assert (due.person_id, due.layer, due.next_check_in, due.days_overdue) == (priya, None, _day(1), 2)
    assert "meetup slides" in due.opener.text  # once late, the opener leads with the promise


def test_the_followups_answer_finds_them_through_the_people_index(store):
    priya = capture(store, "Priya Raman", "priya", now=utc_now())["id"]
    add_commitment(store, priya, "Send her the meetup slides", due=_day(-2, utc_now()), now=utc_now())
    assert [f.person_id for f in followups_answer(store).followups] == [priya]


def test_a_kept_or_let_go_promise_starts_no_clock(store):
    kept = capture(store, "Kim Berg", "kim")["id"]
    promise = add_commitment(store, kept, "Send the deck", due=_day(-3), now=NOW)
    close_commitment(store, promise.id, now=NOW)
    dropped = capture(store, "Dana Levi", "dana")["id"]
    promise = add_commitment(store, dropped, "Intro to Sean", due=_day(-3), now=NOW)
    drop_commitment(store, promise.id, now=NOW)
    for person in (kept, dropped):
        doc = store.get_person(person)
        assert tie_of(doc, NOW).next_check_in is None, doc["commitments"]
        assert not has_clock(doc)
    assert overdue(store, NOW) == []


def test_soon_is_the_week_before_the_day_today_included():
    assert CHECK_IN_SOON_DAYS == 7
    assert [check_in_soon(_day(d), NOW) for d in (-1, 0, 3, 7, 8)] == [False, True, True, True, False]
    assert not check_in_soon(None, NOW) and not check_in_soon("someday", NOW)


def test_show_gives_the_opener_of_a_check_in_due_in_three_days_once_and_not_of_a_far_one(data_dir):
    now = utc_now()
    store = Store(data_dir).open()
    try:
        dulitha = capture(store, "Dulitha Perera", "dulitha", now=now - timedelta(days=1))["id"]
        log_interaction(store, dulitha, "video-call", at=(now - timedelta(days=1)).isoformat(), now=now)
        promise = add_commitment(store, dulitha, "Intro him to Sean", due=_day(3, now), now=now)
        priya = capture(store, "Priya Raman", "priya", now=now)["id"]
        add_commitment(store, priya, "Send her the meetup slides", due=_day(2, now), now=now)
        eduardo = capture(store, "Eduardo Silva", "eduardo", now=now)["id"]
        log_interaction(store, eduardo, "in-person", at=now.isoformat(), now=now)  # check-in in 14 days
        opener = person_view(store, store.get_person(dulitha), None, now).check_in.opener.text
    finally:
        store.close()
    runner = CliRunner()
    card = " ".join(runner.invoke(main, ["show", "Dulitha", "--data-dir", str(data_dir)]).output.split())
    assert f"next check-in {_day(3, now)} (your promise #{promise.id} is due)" in card
    assert "overdue" not in card  # coming, not late
    assert f"Check-in: {' '.join(opener.split())}" in card
    assert card.count(" ".join(opener.split())) == 1  # not again among the starters
    stranger = " ".join(runner.invoke(main, ["show", "Priya", "--data-dir", str(data_dir)]).output.split())
    assert f"next check-in {_day(2, now)}" in stranger and "Check-in: " in stranger
    far = " ".join(runner.invoke(main, ["show", "Eduardo", "--data-dir", str(data_dir)]).output.split())
    assert f"next check-in {_day(14, now)}" in far and "Check-in: " not in far


def test_followups_lists_an_overdue_promise_to_someone_not_talked_with_yet(data_dir):
    now = utc_now()
    store = Store(data_dir).open()
    try:
        priya = capture(store, "Priya Raman", "priya", now=now - timedelta(days=5))["id"]
        add_commitment(store, priya, "Send her the meetup slides", due=_day(-2, now), now=now - timedelta(days=5))
    finally:
        store.close()
    runner = CliRunner()
    listed = runner.invoke(main, ["followups", "--json", "--data-dir", str(data_dir)])
    assert listed.exit_code == 0, listed.output
    (due,) = json.loads(listed.stdout)
    assert (due["person_id"], due["layer"], due["next_check_in"]) == (priya, None, _day(-2, now))
    table = runner.invoke(main, ["followups", "--data-dir", str(data_dir)])
    assert table.exit_code == 0, table.output
    assert "Priya Raman" in table.output and "2 days" in table.output



def test_a_stranger_with_no_contact_is_never_told_it_has_been_a_while(store):
    # Their clock is a promise's, not a past: 'it's been a while' claims a history there is none of.
    from companion.memory.followups import own_check_in_line

    mira = capture(store, "Mira Solis", "mira")["id"]
    doc = store.get_person(mira)
    tie = tie_of(doc, NOW)
    assert tie.stage == "stranger"
    line = own_check_in_line(doc, tie, NOW)
    assert line.text.startswith("Hi Mira") and "while" not in line.text
    assert line.evidence.startswith("no contact logged yet")
