from __future__ import annotations

from datetime import timedelta

import pytest
from memory_helpers import NOW, capture

from companion.errors import InvalidInput
from companion.memory.followups import overdue, own_check_in_line, set_circle
from companion.memory.interactions import log_interaction
from companion.memory.tie_strength import tie_of


def test_overdue_lists_closest_circles_first_each_with_an_opener(store):
    inner = capture(store, "Ines Inner", "ines", company="Acme Robotics")
    close = capture(store, "Carl Close", "carl")
    wider = capture(store, "Wanda Wider", "wanda")
    fine = capture(store, "Fiona Fine", "fiona")
    for doc, layer, days in ((inner, "inner", 9), (close, "close", 40), (wider, "wider", 400), (fine, "close", 3)):
        set_circle(store, doc["id"], layer)
        log_interaction(store, doc["id"], "phone-call", at=f"{days} days ago", now=NOW)
    due = overdue(store, NOW)
    assert [(f.name, f.layer, f.chosen) for f in due] == [
        ("Ines Inner", "inner", True), ("Carl Close", "close", True), ("Wanda Wider", "wider", True)
    ]
    assert due[0].days_overdue == 2
    assert all(f.opener.text for f in due)


def test_any_contact_resets_the_clock(store):
    jane = capture(store, "Jane Doe", "jane-doe")
    set_circle(store, jane["id"], "close")
    log_interaction(store, jane["id"], "in-person", at="45 days ago", now=NOW)
    assert [f.person_id for f in overdue(store, NOW)] == [jane["id"]]
    log_interaction(store, jane["id"], "like", at="yesterday", now=NOW)
    assert overdue(store, NOW) == []
    assert tie_of(store.get_person(jane["id"]), NOW).next_check_in == (NOW + timedelta(days=29)).date().isoformat()


def test_suggested_circle_from_tie_strength_is_used_until_the_user_chooses(store):
    jane = capture(store, "Jane Doe", "jane-doe")
    log_interaction(store, jane["id"], "in-person", at="400 days ago", now=NOW)
    due = overdue(store, NOW)
    assert [(f.layer, f.chosen) for f in due] == [("wider", False)]
    set_circle(store, jane["id"], "inner")
    assert [(f.layer, f.chosen) for f in overdue(store, NOW)] == [("inner", True)]
    set_circle(store, jane["id"], "auto")
    assert store.get_person(jane["id"])["circle"] is None


def test_people_never_spoken_to_have_no_check_in(store):
    jane = capture(store, "Jane Doe", "jane-doe")
    doc = store.get_person(jane["id"])
    doc["connected_on"] = "2020-01-01"
    store.save_person(doc)
    assert overdue(store, NOW) == []


def test_a_chosen_circle_without_any_contact_counts_from_when_they_were_added(store):
    jane = capture(store, "Jane Doe", "jane-doe", now=NOW - timedelta(days=10))
    set_circle(store, jane["id"], "inner")
    assert [f.last_contact for f in overdue(store, NOW)] == [None]


def test_unknown_circle_is_refused(store):
    jane = capture(store, "Jane Doe", "jane-doe")
    with pytest.raises(InvalidInput, match="inner, close, active, wider, auto"):
        set_circle(store, jane["id"], "bestie")


def test_own_check_in_line_mentions_their_company_and_the_gap(store):
    jane = capture(store, "Jane Doe", "jane-doe", company="Acme Robotics")
    log_interaction(store, jane["id"], "met", at="100 days ago", now=NOW)
    doc = store.get_person(jane["id"])
    starter = own_check_in_line(doc, tie_of(doc, NOW), NOW)
    assert starter.kind == "check-in"
    assert "Jane" in starter.text and "Acme Robotics" in starter.text and "3 months" in starter.text


def test_own_check_in_line_names_their_current_company_as_people_say_it(store):
    from companion.memory.people import upsert_profile
    from companion.models import Profile

    # The page lists an old side role first and appends a tagline to the company; the name has a title.
    ana = upsert_profile(store, Profile(
        site="linkedin", url="https://www.linkedin.com/in/ana-lopez", name="Dr. Ana López", handle="ana-lopez",
        experience=[{"company": "Ladies Who Code", "title": "Co-organiser", "start": "2014-09"},
                    {"company": "Insighture - We're hiring", "title": "Senior Engineer", "start": "2022-03"}],
    ), NOW)
    log_interaction(store, ana["id"], "met", at="100 days ago", now=NOW)
    doc = store.get_person(ana["id"])
    text = own_check_in_line(doc, tie_of(doc, NOW), NOW).text
    assert text.startswith("Hi Ana, it's been 3 months; how are things at Insighture?"), text


@pytest.mark.parametrize("post", [
    "After six years, my role at Acme Robotics was eliminated this week.",
    "Starting my parental leave today, back in the spring.",
    "Me despidieron ayer después de ocho años.",
    "This week we had to let go of 14 people at Acme Robotics, my hardest week as a manager.",
    "Ho dovuto licenziare metà della mia squadra.",
])
def test_a_check_in_does_not_ask_after_a_job_they_are_away_from(store, post):
    lena = capture(store, "Lena Park", "lena-park", company="Acme Robotics",
                   posts=[{"text": post, "date": (NOW - timedelta(days=10)).date().isoformat()}])
    log_interaction(store, lena["id"], "met", at="100 days ago", now=NOW)
    doc = store.get_person(lena["id"])
    text = own_check_in_line(doc, tie_of(doc, NOW), NOW).text
    assert "Acme" not in text and "How are you doing?" in text, text


def test_a_friends_check_in_builds_on_your_last_contact_and_an_open_promise(store):
    from datetime import timedelta

    from memory_helpers import NOW, capture

    from companion.memory.commitments import add_commitment
    from companion.memory.followups import history_opener, opener_for
    from companion.memory.interactions import log_interaction
    from companion.memory.tie_strength import tie_of
    from companion.models import Profile

    doc = capture(store, "Ana Lima", "ana-lima", company="Tata Consultancy Services",
                  education=[{"school": "University of Porto"}])
    log_interaction(store, doc["id"], "video-call", at=(NOW - timedelta(days=21)).date().isoformat(),
                    note="coffee chat about her move to Lisbon", now=NOW)
    doc = store.get_person(doc["id"])
    me = Profile(name="Me", experience=[{"company": "Tata Consultancy Services"}],
                 education=[{"school": "University of Porto"}])
    opener = opener_for(store, doc, tie_of(doc, NOW, None), NOW, me)
    assert "3 weeks since our video call." in opener.text and "Lisbon" not in opener.text  # a note is private
    assert "coffee chat about her move to Lisbon" in opener.evidence
    assert "same time" not in opener.text and "Which team" not in opener.text  # no cold common-ground opener
    add_commitment(store, doc["id"], "I'll send you the Stripe article by Friday", due="2026-11-20", now=NOW)
    promised = history_opener(store.get_person(doc["id"]), NOW)
    assert promised.text == "Hi Ana, as promised, I'm sending you the Stripe article. How are things with you?"
    assert "promise" in promised.evidence and "“I'll send you the Stripe article by Friday”" in promised.evidence


def test_a_stranger_still_gets_an_opener_from_common_ground(store):
    from memory_helpers import NOW, capture

    from companion.memory.followups import opener_for
    from companion.memory.tie_strength import tie_of
    from companion.models import Profile

    doc = capture(store, "Bo Chen", "bo-chen", education=[{"school": "University of Porto", "start": "2010"}])
    me = Profile(name="Me", education=[{"school": "University of Porto", "start": "2010"}])
    opener = opener_for(store, doc, tie_of(doc, NOW, None), NOW, me)
    assert opener.kind == "school" and "University of Porto" in opener.text


def test_the_panel_and_the_cli_greet_someone_you_know_from_your_history_not_cold_ground(store):
    from companion.memory.answers import starters_answer
    from companion.memory.capture import person_view
    from companion.memory.me import set_me
    from companion.models import Profile

    set_me(store, Profile(site="linkedin", url="https://www.linkedin.com/in/me", name="Me Myself",
                           experience=[{"company": "Tata Consultancy Services"}],
                           education=[{"school": "University of Porto"}]))
    doc = capture(store, "Ana Lima", "ana-lima", company="Tata Consultancy Services",
                  education=[{"school": "University of Porto"}])
    cold = person_view(store, store.get_person(doc["id"]), None, now=NOW).starters
    assert cold and {s.kind for s in cold} & {"school", "employer"}  # a stranger: common ground is the way in
    log_interaction(store, doc["id"], "video-call", at=(NOW - timedelta(days=21)).date().isoformat(),
                    note="coffee about her move to Lisbon", now=NOW)
    warm = person_view(store, store.get_person(doc["id"]), None, now=NOW).starters
    assert "3 weeks since our video call." in warm[0].text and "Lisbon" in warm[0].evidence
    # One call makes an acquaintance: a discovery of what you share ("I noticed we both…") presumes you never talked.
    assert not {s.kind for s in warm[1:]} & {"school", "employer"}
    by_cli = starters_answer(store, "Ana Lima").starters  # `companion starters` (its clock is today's)
    assert by_cli[0].kind == "check-in" and "since our video call" in by_cli[0].text
    set_circle(store, doc["id"], "close", now=NOW)  # a friend: cold common ground reads as if you had never met
    friend = person_view(store, store.get_person(doc["id"]), None, now=NOW).starters
    assert "since our video call" in friend[0].text
    assert not {s.kind for s in friend} & {"school", "employer", "location", "compliment"}
    by_cli = starters_answer(store, "Ana Lima").starters
    assert not {s.kind for s in by_cli} & {"school", "employer", "location", "compliment"}


def test_a_check_in_greets_two_given_names_whole(store):
    wei = capture(store, "Wei Ming Tan", "wei-ming-tan", company="Acme Robotics")
    log_interaction(store, wei["id"], "met", at="100 days ago", now=NOW)
    doc = store.get_person(wei["id"])
    assert own_check_in_line(doc, tie_of(doc, NOW), NOW).text.startswith("Hi Wei Ming, ")


def test_a_card_for_someone_in_a_circle_with_no_contact_computes_their_starters_once(store, monkeypatch):
    """`companion show` (and the panel) of someone you put in a circle but never logged a contact with: the
    check-in opener is the first of the card's own starters, not a second round of common ground and guard
    checks; and a card kept (GroundCache) computes none at all."""
    from companion.ground import starters as starters_module
    from companion.memory.capture import GroundCache, person_view
    from companion.memory.me import set_me
    from companion.models import Profile

    set_me(store, Profile(site="linkedin", url="https://www.linkedin.com/in/me", name="Me Myself",
                          education=[{"school": "University of Porto", "start": "2010"}]))
    bo = capture(store, "Bo Chen", "bo-chen", education=[{"school": "University of Porto", "start": "2010"}],
                 now=NOW - timedelta(days=100))
    # overdue, never contacted; the active circle makes an acquaintance, whose opener is still common ground
    set_circle(store, bo["id"], "active", now=NOW - timedelta(days=100))
    real, calls = starters_module.suggest_starters, []

    def counting(*args, **kwargs):
        calls.append(args[1].name)
        return real(*args, **kwargs)

    monkeypatch.setattr(starters_module, "suggest_starters", counting)
    cache = GroundCache()
    view = person_view(store, store.get_person(bo["id"]), None, now=NOW, cache=cache)
    assert calls == ["Bo Chen"]
    assert view.check_in is not None and view.check_in.overdue
    assert view.check_in.opener == view.starters[0] and "University of Porto" in view.check_in.opener.text
    assert view.check_in.opener == next(f for f in overdue(store, NOW) if f.person_id == bo["id"]).opener
    calls.clear()
    again = person_view(store, store.get_person(bo["id"]), None, now=NOW, cache=cache)
    assert calls == [] and again == view


def test_followups_reads_a_strangers_opener_from_the_card_show_keeps_and_keeps_it(store, monkeypatch):
    """`companion followups` of someone in a circle you never contacted: their opener comes from the card `show`
    keeps (answers.KeptGround); computed once, then read from that card by the next run, the same opener."""
    from companion.ground import starters as starters_module
    from companion.memory.answers import followups_answer
    from companion.memory.me import set_me
    from companion.models import Profile

    set_me(store, Profile(site="linkedin", url="https://www.linkedin.com/in/me", name="Me Myself",
                          education=[{"school": "University of Porto", "start": "2010"}]))
    bo = capture(store, "Bo Chen", "bo-chen", education=[{"school": "University of Porto", "start": "2010"}],
                 now=NOW - timedelta(days=100))
    set_circle(store, bo["id"], "active", now=NOW - timedelta(days=100))
    real, calls = starters_module.suggest_starters, []

    def counting(*args, **kwargs):
        calls.append(args[1].name)
        return real(*args, **kwargs)

    monkeypatch.setattr(starters_module, "suggest_starters", counting)
    first = followups_answer(store, keep=True)
    assert calls == ["Bo Chen"] and "University of Porto" in first.followups[0].opener.text
    calls.clear()
    again = followups_answer(store, keep=True)
    assert calls == [] and again.followups[0].opener == first.followups[0].opener
    followups_answer(store)  # without keep (the companion's own answer): computed, nothing read from a card
    assert calls == ["Bo Chen"]


def test_a_friends_check_in_on_the_real_pages_mentions_your_last_contact_then_your_promise(data_dir):
    """Tried as a new user would (issue 18, Done when), on Rob Cheung's real LinkedIn and X pages, captured one
    after the other: a friend in your close circle, last seen on a video call, is overdue; `followups` and his
    card greet him from that call, and from the promise you make him once there is one; never cold ground."""
    import json

    from click.testing import CliRunner
    from shared_pages import real_page

    from companion.cli import main
    from companion.memory.capture import capture_page
    from companion.storage.store import Store

    pages = [("linkedin/loggedin_2025-04_robcheung.html", "https://www.linkedin.com/in/robertkcheung/"),
             ("twitter/react-loggedin_2025-04_perceptnet.html", "https://x.com/perceptnet")]
    with Store(data_dir) as store:
        rob = {capture_page(store, url, real_page(saved), None).person_id for saved, url in pages}
    assert len(rob) == 1
    (rob,) = rob

    def run(*args):
        result = CliRunner().invoke(main, [*args, "--data-dir", str(data_dir)])
        assert result.exit_code == 0, result.output
        return result.stdout

    def openers() -> tuple[str, str]:
        due = [f for f in json.loads(run("followups", "--json")) if f["person_id"] == rob]
        card = json.loads(run("show", rob, "--json"))
        assert len(due) == 1 and card["check_in"]["overdue"]
        return due[0]["opener"]["text"], card["check_in"]["opener"]["text"]

    run("circle", "Rob Cheung", "close")
    run("log", "Rob Cheung", "video-call", "--at", "40 days ago", "--note", "his Substrate launch plans")
    run("log", "Rob Cheung", "in-person", "--at", "45 days ago")
    for text in openers():
        assert text.startswith("Hi Rob, ") and "since our video call" in text and "Substrate" not in text, text
    run("commitments", "add", "Rob Cheung", "Send him the Stripe pricing article", "--due", "today")
    for text in openers():
        assert text == "Hi Rob, as promised, I'm sending you the Stripe pricing article. How are things with you?"
        assert "same time" not in text and "Which team" not in text
