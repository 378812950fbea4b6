"""Mend 38: more words for silent cases. Project news their own work made happen (a bridge open to the public, an app
gone live, a building handed over, a funding round), a race of a shared pastime their fresh post says they finished,
and one line of work in one metro. Each with its 'never': someone else's news, beside a sad post the same weeks, a race
to come, the sender's race unless their own post tells it, a title of rank alone, a place one of them left. English only
(these are read from English posts and titles)."""

from __future__ import annotations

from datetime import UTC, datetime

from companion.ground.common_ground import find_common_ground
from companion.ground.starters import suggest_starters
from companion.models import Profile

NOW = datetime(2026, 12, 6, tzinfo=UTC)
ME = {"name": "Priya Nair", "headline": "Structural engineer at Arup", "location": "London, UK"}


def _starters(me: dict, them: dict) -> list[str]:
    mine, theirs = Profile.model_validate(me), Profile.model_validate(them)
    return [s.text for s in suggest_starters(mine, theirs, find_common_ground(mine, theirs, None), now=NOW)]


def _posting(*posts: tuple[str, str], **fields) -> dict:
    return {"name": "Tom Becker", "headline": "Bridge engineer at Ramboll", "location": "Copenhagen, Denmark",
            "posts": [{"text": text, "date": date} for text, date in posts], **fields}


BRIDGE = "After four years of work, the Inner Harbour footbridge we designed is open to the public today."


def test_project_news_of_their_own_work_is_congratulated_by_name():
    assert _starters(ME, _posting((BRIDGE, "2026-12-03"))) == [
        "Hi Tom, congratulations on the Inner Harbour footbridge opening! What was the hardest part to get right?"]
    assert _starters(ME, _posting(("Our app is now live in the App Store! Two years of building with an amazing team.",
                                   "2026-12-03"))) == [
        "Hi Tom, congratulations on the app going live! What was the hardest part to get right?"]
    assert _starters(ME, _posting(("Handed over the new Aarhus public library to the city this week, after three years "
                                   "on site.", "2026-12-03"))) == [
        "Hi Tom, congratulations on handing over the new Aarhus public library! What was the hardest part to get right?"]
    assert _starters(ME, _posting(("Today we announced our $4M seed round, led by Northzone. Grateful to our early "
                                   "customers.", "2026-12-03"), headline="Founder, Kora")) == [
        "Hi Tom, congratulations on the $4M seed round! What did it take?"]


def test_someone_elses_project_news_is_no_congratulation():
    assert _starters(ME, _posting(("The Inner Harbour footbridge is open to the public today. Worth a walk!",
                                   "2026-12-03"))) == []
    assert _starters(ME, _posting(("Congrats to the Kora team: their app is now live in the App Store!",
                                   "2026-12-03"))) == []


def test_no_congratulation_beside_a_sad_post_of_theirs_the_same_weeks():
    sad = ("My father passed away last week. Thank you all for the kind words.", "2026-11-26")
    assert _starters(ME, _posting((BRIDGE, "2026-12-03"), sad)) == []
    old_sad = ("My father passed away. Thank you all for the kind words.", "2026-06-01")
    assert _starters(ME, _posting((BRIDGE, "2026-12-03"), old_sad)) != []


def test_i_now_live_somewhere_is_no_news():
    assert not any("going live" in t for t in _starters(ME, _posting(("I now live in Lisbon and love the light here.",
                                                                      "2026-12-03"))))


RUNNER = {"name": "Ana Ruiz", "headline": "Data analyst", "location": "Milwaukee, WI", "interests": ["Running"]}
CHICAGO = "Finished the Chicago Marathon this morning in 3:41. My legs are done but what a day."


def _runner(text: str = CHICAGO, date: str = "2026-11-29") -> dict:
    return {"name": "Mark Olsen", "headline": "Product manager at Grainger", "location": "Chicago, IL",
            "interests": ["Running"], "posts": [{"text": text, "date": date}]}


def test_a_race_of_a_shared_pastime_is_congratulated_with_the_senders_own_race_from_their_post():
    me = {**RUNNER, "posts": [{"text": "Ran the Milwaukee Lakefront Marathon on Sunday, a new personal best!",
                               "date": "2026-10-05"}]}
    assert _starters(me, _runner())[0] == ("Hi Mark, congratulations on the Chicago Marathon! I ran the Milwaukee "
                                           "Lakefront Marathon in October. How did you train for it?")
    # The sender's part only from the sender's post: a listed pastime says no race.
    assert _starters(RUNNER, _runner())[0] == "Hi Mark, congratulations on the Chicago Marathon! How did you train for it?"


def test_no_race_congratulation_for_a_race_to_come_an_old_one_or_an_unshared_pastime():
    def feats(me, them):
        return [t for t in _starters(me, them) if "Marathon" in t]
    assert feats(RUNNER, _runner("Three weeks until I run the Chicago Marathon. Nervous!")) == []
    assert feats(RUNNER, _runner(date="2026-09-01")) == []
    assert feats({**RUNNER, "interests": ["Chess"]}, _runner()) == []


COLOMBO_ME = {"name": "Nimal Perera", "headline": "Data Engineer at WSO2", "location": "Colombo, Sri Lanka"}
COLOMBO_THEM = {"name": "Dilini Silva", "headline": "Senior Data Engineer at Sysco LABS",
                "location": "Colombo, Western Province, Sri Lanka"}


def test_one_line_of_work_in_one_metro_is_a_fellows_greeting():
    assert _starters(COLOMBO_ME, COLOMBO_THEM) == [
        "Hi Dilini, fellow data engineer in Colombo here! What are you working on at Sysco LABS these days?"]


def test_no_fellows_greeting_across_lines_of_work_for_a_rank_alone_or_elsewhere():
    assert _starters(COLOMBO_ME, {**COLOMBO_THEM, "headline": "Senior Data Scientist at Sysco LABS"}) == []
    founders = ({**COLOMBO_ME, "headline": "Founder at Kora"}, {**COLOMBO_THEM, "headline": "Founder at Lanka Ledger"})
    # Mend 40: a founder with nothing better is asked about the venture their headline names; no fellow's greeting.
    assert _starters(*founders) == ["Hi Dilini, what got Lanka Ledger started?"]
    assert _starters(COLOMBO_ME, {**COLOMBO_THEM, "location": "Kandy, Sri Lanka"}) == []
