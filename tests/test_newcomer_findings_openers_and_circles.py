"""A newcomer's findings (issue 18): check-in openers that say only true, sendable things, and the circle the user
chose counting as a relationship stage everywhere (the card, the guard in the CLI and the API)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from click.testing import CliRunner
from memory_helpers import NOW, capture

from companion.cli import main
from companion.memory.commitments import add_commitment
from companion.memory.followups import history_opener, opener_for, own_check_in_line, set_circle
from companion.memory.interactions import log_interaction
from companion.memory.tie_strength import stage_of, tie_of
from companion.storage.store import Store

PITCH = "Hi Sean, we help startups like Bounce ship faster. Got 15 min for a demo?"


def _day(days_ago: int) -> str:
    return (NOW - timedelta(days=days_ago)).date().isoformat()


def test_their_reply_yesterday_is_thanked_for_not_called_a_little_while_ago(store):
    eugene = capture(store, "Eugene Mann", "eugenemann", company="Maven AGI")
    log_interaction(store, eugene["id"], "video-call", at=_day(7), now=NOW)
    log_interaction(store, eugene["id"], "reply", at=_day(1), now=NOW)
    opener = history_opener(store.get_person(eugene["id"]), NOW)
    assert opener.text == "Hi Eugene, thanks for getting back to me yesterday!"
    assert "a little while" not in opener.text


def test_your_own_message_yesterday_asks_for_no_check_in_and_no_little_while(store):
    ana = capture(store, "Ana Lima", "ana-lima", company="Acme Robotics")
    log_interaction(store, ana["id"], "message", at=_day(1), now=NOW)
    doc = store.get_person(ana["id"])
    assert history_opener(doc, NOW) is None  # you wrote yesterday: nothing to check in about yet
    line = own_check_in_line(doc, tie_of(doc, NOW), NOW).text
    assert "it's been" not in line and "a little while" not in line, line
    assert line.startswith("Hi Ana, how are things at Acme Robotics?"), line


def test_a_private_note_is_never_pasted_into_the_opener(store):
    rob = capture(store, "Rob Cheung", "robertkcheung")
    # Only the topic a note names is said (memory mend 10); the rest of the note stays private.
    log_interaction(store, rob["id"], "in-person", at=_day(3), note="talked about the seed round, coffee in Brooklyn",
                    now=NOW)
    opener = history_opener(store.get_person(rob["id"]), NOW)
    assert opener.text == "Hi Rob, great to talk about the seed round the other day!"
    assert "coffee in Brooklyn" in opener.evidence  # beside it, as a reminder


def test_a_promised_intro_is_recalled_truly_without_quoting_the_note(store):
    kireet = capture(store, "Kireet Agrawal", "kireet", company="Gantry")
    add_commitment(store, kireet["id"], "Intro him to Sean by tomorrow", due="2026-11-20", now=NOW)
    opener = history_opener(store.get_person(kireet["id"]), NOW)
    assert opener.text == "Hi Kireet, I'm following up on the intro I promised you."  # never contacted: no "how are things"
    assert "here it is" not in opener.text and "him" not in opener.text and "Sean" not in opener.text
    assert "“Intro him to Sean by tomorrow”" in opener.evidence


def test_a_promise_that_cannot_be_said_to_them_is_still_carried_by_the_check_in(store):
    kireet = capture(store, "Kireet Agrawal", "kireet", company="Gantry")
    add_commitment(store, kireet["id"], "ask his boss about the budget", due="2026-11-20", now=NOW)
    doc = store.get_person(kireet["id"])
    opener = opener_for(store, doc, tie_of(doc, NOW), NOW)
    assert opener.text == "Hi Kireet, as promised, I'm following up."
    assert "boss" not in opener.text and "boss" in opener.evidence


def test_a_chosen_circle_is_a_floor_for_the_stage(store):
    sean = capture(store, "Sean Parker", "sean-x", company="Acme")
    assert stage_of(store.get_person(sean["id"]), NOW) == "stranger"
    for circle, stage in [("inner", "friend"), ("close", "friend"), ("active", "acquaintance"),
                          ("wider", "acquaintance"), ("auto", "stranger")]:
        set_circle(store, sean["id"], circle, now=NOW)
        assert stage_of(store.get_person(sean["id"]), NOW) == stage, circle
    # A floor only: a closer tie the log shows is kept.
    for days_ago in (3, 10, 20, 30, 40, 50):
        log_interaction(store, sean["id"], "in-person", at=_day(days_ago), now=NOW)
    set_circle(store, sean["id"], "wider", now=NOW)
    assert stage_of(store.get_person(sean["id"]), NOW) in ("friend", "close")


def test_a_pitch_to_someone_in_your_inner_circle_is_warned_as_to_a_friend_in_the_cli(data_dir):
    with Store(data_dir) as store:
        capture(store, "Sean Parker", "sean-x", company="Acme")

    def run(*args, stdin=None):
        return CliRunner().invoke(main, [*args, "--data-dir", str(data_dir)], input=stdin)

    before = json.loads(run("check", "--to", "Sean", "--json", stdin=PITCH).stdout)
    assert before["verdict"] == "block"
    assert run("circle", "Sean", "inner").exit_code == 0
    after = run("check", "--to", "Sean", "--json", stdin=PITCH)
    verdict = json.loads(after.stdout)
    assert (verdict["verdict"], verdict["stage"], verdict["stage_source"]) == ("warn", "friend", "store")
    card = json.loads(run("show", "Sean", "--json").stdout)
    assert card["tie"]["stage"] == "friend"


@pytest.fixture
def sean_in_the_active_circle(data_dir) -> dict:
    """Stored before the companion starts (the `client` fixture), as a user would have done with the CLI."""
    with Store(data_dir) as store:
        sean = capture(store, "Sean Parker", "sean-x", company="Acme")
        return set_circle(store, sean["id"], "active")


async def test_the_api_reports_the_chosen_circles_stage_from_the_store(sean_in_the_active_circle, client, auth):
    sean = sean_in_the_active_circle
    response = await client.post("/v1/check", headers=auth, json={"text": PITCH, "to": sean["id"]})
    verdict = await response.json()
    assert (verdict["stage"], verdict["stage_source"]) == ("acquaintance", "store")


@pytest.fixture
def bo_in_your_close_circle(data_dir) -> None:
    """Me at Stripe 2015–2019, Bo at Stripe 2016–2018, put in the close circle, no contact logged."""
    from companion.memory.me import set_me
    from companion.memory.people import upsert_profile
    from companion.models import Profile

    with Store(data_dir) as store:
        set_me(store, Profile(site="linkedin", url="https://www.linkedin.com/in/me", name="Me Myself",
                              experience=[{"company": "Stripe", "title": "Engineer", "start": "2015", "end": "2019"}]))
        bo = upsert_profile(store, Profile(
            site="linkedin", url="https://www.linkedin.com/in/bo-chen", name="Bo Chen", handle="bo-chen",
            experience=[{"company": "Stripe", "title": "Engineer", "start": "2016", "end": "2018"}]), NOW)
        set_circle(store, bo["id"], "close", now=NOW)


def _cli(data_dir, *args, stdin=None):
    return CliRunner().invoke(main, [*args, "--data-dir", str(data_dir)], input=stdin)


def test_a_friend_you_chose_with_no_contact_gets_a_check_in_starter_first(data_dir, bo_in_your_close_circle):
    result = _cli(data_dir, "starters", "Bo", "--json")
    assert result.exit_code == 0, result.output
    starters = json.loads(result.stdout)
    assert starters, "a close friend with no contact logged must still get an opener"
    assert starters[0]["kind"] == "check-in" and starters[0]["text"].startswith("Hi Bo, "), starters[0]
    assert not {s["kind"] for s in starters} & {"school", "employer", "location", "compliment"}
    assert "No starters yet" not in _cli(data_dir, "starters", "Bo").output


def test_the_guard_offers_a_friend_you_chose_the_same_check_in_opener(data_dir, bo_in_your_close_circle):
    pitch = "Hi Bo, we help startups like yours ship faster. Got 15 min for a demo?"
    verdict = json.loads(_cli(data_dir, "check", "--to", "Bo", "--json", stdin=pitch).stdout)
    first = json.loads(_cli(data_dir, "starters", "Bo", "--json").stdout)[0]
    assert (verdict["verdict"], verdict["stage"]) == ("warn", "friend")
    assert any(first["text"] in line for line in verdict["suggestions"]), verdict["suggestions"]


@pytest.mark.parametrize("promise", ["Send him the deck he wanted", "send her the notes she asked about",
                                     "send them the slides that we showed", "send him the notes Ana shared",
                                     "send you the deck for the big Acme pitch review"])
def test_a_thing_promised_that_speaks_of_them_or_holds_a_clause_is_not_quoted(store, promise):
    rob = capture(store, "Rob Cheung", "robertkcheung")
    add_commitment(store, rob["id"], promise, due="2026-11-20", now=NOW)
    opener = history_opener(store.get_person(rob["id"]), NOW)
    assert opener.text == "Hi Rob, as promised, I'm following up.", opener.text


def test_a_short_plain_thing_promised_is_still_recalled(store):
    rob = capture(store, "Rob Cheung", "robertkcheung")
    add_commitment(store, rob["id"], "send him the signed contract", due="2026-11-20", now=NOW)
    opener = history_opener(store.get_person(rob["id"]), NOW)
    assert opener.text == "Hi Rob, as promised, I'm sending you the signed contract."


def test_time_apart_is_said_in_years_once_there_is_a_year():
    from companion.memory.followups import _time_apart

    assert _time_apart(1070) == "over 2 years"
    assert _time_apart(400) == "over a year"
    assert _time_apart(200) == "6 months"
    assert _time_apart(20) == "2 weeks"
