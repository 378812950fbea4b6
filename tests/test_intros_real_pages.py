"""Introductions on real saved pages, tried as a new user would (issue 18, Done when): no introduction pairs
people you have no tie with, you are never one of the pair, and every reason printed names something rare
that both share (or one's need and the other's expertise), never broad ground alone."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner
from shared_pages import REAL, real_page

from companion.cli import main
from companion.memory.capture import capture_page
from companion.memory.interactions import log_interaction
from companion.memory.me import set_me
from companion.memory.tie_strength import tie_of
from companion.storage.store import Store

PAGES = {
    "Abgar Gulo": ("linkedin/loggedin_2024-07_abgar.html", "https://www.linkedin.com/in/abgargulo/"),
    "Eduardo Alvarez Nowak": ("linkedin/loggedin_2024-07_eduardo.html", "https://www.linkedin.com/in/eduardo-alvarez-nowak/"),
    "Sri Lalitha Jeevanige": ("linkedin/loggedin_2024-07_srilalitha.html",
                              "https://www.linkedin.com/in/sri-lalitha-jeevanige-35520a61/"),
    "Eugene Mann": ("linkedin/loggedin_2025-04_eugenemann.html", "https://www.linkedin.com/in/eugenemann/"),
    "Kekayan Nanthakumar": ("linkedin/guest_2023-04_kekayan.html", "https://lk.linkedin.com/in/kekayan"),
    "Dulitha Wijewantha": ("linkedin/guest_2023-04_dulithawijewantha.html", "https://sg.linkedin.com/in/dulithawijewantha"),
    "Austin O'Boyle": ("linkedin/loggedin_2022-03_austin.html", "https://www.linkedin.com/in/austinoboyle/"),
    "Kireet Agrawal": ("linkedin/loggedin_2022-03_kireet_singlefile.html", "https://www.linkedin.com/in/kireetagrawal/"),
    "Nelson Kenneth Correia": ("linkedin/guest_2015-10_nelsonic.html", "https://uk.linkedin.com/in/nelsonic"),
    "Inês Teles": ("linkedin/guest_2015-10_iteles.html", "https://uk.linkedin.com/in/iteles"),
    "Julian (Beisenkötter) Amelung": ("linkedin/guest_2016-08_julianamelung.html", "https://de.linkedin.com/in/julianamelung"),
    "Kiko Beats": ("twitter/react-guest_2025-12_Kikobeats.html", "https://x.com/Kikobeats"),
    "Kyle Pitzen": ("bluesky/rendered-loggedin_2025-04_kpitzen.html", "https://bsky.app/profile/kpitzen.io"),
}
ROB_LINKEDIN = ("linkedin/loggedin_2025-04_robcheung.html", "https://www.linkedin.com/in/robertkcheung/")
# The few you have met; everyone else was only looked at (strangers).
MET = ("Eugene Mann", "Kireet Agrawal", "Sri Lalitha Jeevanige", "Inês Teles", "Nelson Kenneth Correia")


# What these pages share that is too broad to introduce anyone for, found by reading them: the causes of
# LinkedIn's picker that many of them tick, firms of hundreds of thousands, their languages and whole fields.
BROAD = {"science and technology", "social services", "civil rights and social action", "human rights", "education",
         "arts and culture", "children", "health", "environment", "accenture", "deloitte", "google", "english",
         "french", "spanish", "portuguese", "web development", "startups", "software development", "javascript"}
_VERBS = ("studied at", "worked at", "volunteered with", "enjoy", "care about", "think a lot about", "work with",
          "speak", "live in")
_SHARED = re.compile(rf"\b({'|'.join(_VERBS)}) (.+?)(?=, (?:{'|'.join(_VERBS)}) | and (?:{'|'.join(_VERBS)}) |\. )")


def _what_they_share(reason: str) -> list[tuple[str, str]]:
    """('worked at', 'Stripe') for each thing a reason says the two share."""
    return _SHARED.findall(reason.split(" both ", 1)[1]) if " both " in reason else []


def _assert_worth_making(intro: dict) -> None:
    reason = intro["reason"]
    for text in (reason, intro["message"], intro["message_to_b"]):
        assert not re.search(r"\s[.,;:!?]", text), text
    asked = "\u201c" in reason  # one's need and the other's expertise
    telling = [thing for verb, thing in _what_they_share(reason)
               if verb not in ("speak", "live in") and thing.casefold() not in BROAD]
    assert asked or telling, f"broad ground alone: {reason}"


def _meet(store: Store, person_id: str) -> None:
    log_interaction(store, person_id, "in-person", at="30 days ago")
    log_interaction(store, person_id, "video-call", at="20 days ago")


def _intros(data_dir) -> list[dict]:
    result = CliRunner().invoke(main, ["intros", "--json", "--data-dir", str(data_dir)])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_no_introduction_pairs_people_you_have_no_tie_with(data_dir):
    if not REAL.is_dir():
        pytest.skip("../shared/fixtures/real is not available")
    with Store(data_dir) as store:
        me = capture_page(store, ROB_LINKEDIN[1], real_page(ROB_LINKEDIN[0]), None)
        ids = {name: capture_page(store, url, real_page(saved), None).person_id for name, (saved, url) in PAGES.items()}
        set_me(store, me.profile)  # "This is me" on your own page: you are no contact of yours
        for name in MET:
            _meet(store, ids[name])
        ties = {name: tie_of(store.get_person(person_id)).stage for name, person_id in ids.items()}
    assert {name for name, stage in ties.items() if stage in ("acquaintance", "friend", "close")} == set(MET)
    met = {ids[name] for name in MET}

    found = _intros(data_dir)
    # Among the five met, the one pair once suggested (Eugene, a 2021–23 product lead at Stripe, and Kireet, its 2018
    # summer intern: 'both worked at Stripe') is no reason to meet (newcomer finding F16).
    assert not any({intro["a_id"], intro["b_id"]} == {ids["Eugene Mann"], ids["Kireet Agrawal"]} for intro in found)
    for intro in found:
        assert {intro["a_id"], intro["b_id"]} <= met, intro["reason"]
        assert me.person_id not in (intro["a_id"], intro["b_id"])
        _assert_worth_making(intro)

    # The same pages once you have met everyone: pairs with the others are suggested then, so it was the
    # missing tie, not the pages, that kept them out above.
    with Store(data_dir) as store:
        for name in set(PAGES) - set(MET):
            _meet(store, ids[name])
    everyone = _intros(data_dir)
    assert any(not {intro["a_id"], intro["b_id"]} <= met for intro in everyone)
    for intro in everyone:
        _assert_worth_making(intro)
    # As printed (wide enough that no sentence is broken over lines): each reason whole, none with a hole.
    printed = CliRunner().invoke(main, ["intros", "--limit", "100", "--data-dir", str(data_dir)], env={"COLUMNS": "1000"})
    assert printed.exit_code == 0, printed.output
    for intro in everyone:
        assert intro["reason"] in printed.output
    assert not re.search(r"\w \.", printed.output), printed.output


def test_the_reason_check_catches_broad_and_empty_reasons():
    # The check above on made-up reasons, so it cannot pass for want of teeth.
    fine = {"reason": "Ann Berg and Bo Lund both worked at Stripe and speak English. They do not seem to know each "
                      "other yet.", "message": "Hi Ann.", "message_to_b": "Hi Bo."}
    _assert_worth_making(fine)
    for reason in ("Ann Berg and Bo Lund both care about science and technology. They do not seem to know each other yet.",
                   "Ann Berg and Bo Lund both worked at Accenture and speak French. They do not seem to know each other yet.",
                   "Ann Berg and Bo Lund . They do not seem to know each other yet."):
        with pytest.raises(AssertionError):
            _assert_worth_making({**fine, "reason": reason})
