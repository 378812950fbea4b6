"""What the guard suggests instead of a stopped draft (companion/guard/suggestions.py), and the opener a
verdict offers for a recipient the memory knows (Verdict.opener, filled in by POST /v1/check)."""

from __future__ import annotations

from test_http_api import page

from companion.guard.pitch_guard import check_draft
from companion.guard.suggestions import ADVICE, DROP_ASK, LEAD_WITH_THEM, SMALLER_ASK, suggestions_for
from companion.models import CaptureResponse, Verdict

PITCH = ("Hi! We help companies like yours cut QA costs by 40%. "
         "Book a quick demo with me this week: https://calendly.com/acme-sales/demo")


def test_an_ok_draft_gets_no_suggestions():
    assert suggestions_for("ok", ["link"], "stranger", False, ["Hi Bo"]) == []


def test_each_rule_that_fired_gets_its_own_advice_in_the_order_of_the_draft():
    out = suggestions_for("block", ["sales-call", "mlm-recruiting"], "stranger", False, [])
    assert out == [LEAD_WITH_THEM, ADVICE["sales-call"], ADVICE["mlm-recruiting"], DROP_ASK]
    swapped = suggestions_for("block", ["mlm-recruiting", "sales-call"], "stranger", False, [])
    assert swapped[1:3] == [ADVICE["mlm-recruiting"], ADVICE["sales-call"]]


def test_rules_with_one_fix_are_advised_once():
    out = suggestions_for("warn", ["link", "calendar-link", "link", "we-help", "self-focus"], "new", False, [])
    assert out.count(ADVICE["link"]) == 1 and ADVICE["calendar-link"] not in out
    assert ADVICE["we-help"] in out and ADVICE["self-focus"] not in out


def test_advice_is_capped_so_the_overlay_stays_short():
    fired = ["sales-call", "we-help", "discount-urgency", "mlm-recruiting", "sales-cta"]
    out = suggestions_for("block", fired, "stranger", False, [])
    assert sum(text in out for text in ADVICE.values()) == 3


def test_a_verdict_the_model_decided_alone_is_told_about_its_wording():
    assert ADVICE["wording"] in suggestions_for("warn", [], "new", False, [])
    assert ADVICE["wording"] not in suggestions_for("warn", [], "stranger", True, [])


def test_an_ask_too_big_for_a_stranger_is_told_to_shrink_and_a_known_opener_comes_last():
    out = suggestions_for("warn", [], "stranger", True, ["Saw your talk on Lisbon's trams, Bo."])
    assert out[0] == SMALLER_ASK
    assert out[-1].endswith("“Saw your talk on Lisbon's trams, Bo.”")


def test_the_guard_gives_advice_for_the_rules_that_stopped_the_pitch():
    verdict = check_draft(PITCH, "stranger")
    fired = {r.rule for r in verdict.reasons}
    advised = {rule for rule, text in ADVICE.items() if text in verdict.suggestions}
    assert len(advised) >= 2 and advised <= fired
    genuine = check_draft("Congratulations on the new role! Well deserved.", "stranger")
    assert genuine.suggestions == []


async def _me_and_bo(client, auth) -> CaptureResponse:
    me = await client.post("/v1/me", headers=auth, json={
        "url": "https://people.example/me", "html": page("Me Myself", "Google", "MIT", "Lisbon", "me",
                                                         "I keep bees on weekends.")})
    assert me.status == 200, await me.text()
    bo = await client.post("/v1/captures", headers=auth, json={
        "url": "https://people.example/bo", "html": page("Bo Berg", "Google", "Massachusetts Institute of Technology",
                                                         "Lisbon", "bo", "Beekeeping is my hobby.")})
    assert bo.status == 200, await bo.text()
    return CaptureResponse.model_validate(await bo.json())


async def test_a_stopped_draft_to_a_known_person_offers_their_best_starter_as_the_opener(client, auth) -> None:
    bo = await _me_and_bo(client, auth)
    answer = await client.post("/v1/check", headers=auth, json={"text": PITCH, "to": bo.person_id})
    verdict = Verdict.model_validate(await answer.json())
    assert verdict.verdict != "ok"
    assert verdict.opener and verdict.opener in [s.text for s in bo.starters]
    assert "Bo" in verdict.opener


async def test_no_opener_for_an_ok_draft_or_a_recipient_rapport_does_not_know(client, auth) -> None:
    bo = await _me_and_bo(client, auth)
    fine = await client.post("/v1/check", headers=auth, json={
        "text": "Congratulations on the new role! Well deserved.", "to": bo.person_id})
    assert Verdict.model_validate(await fine.json()).opener is None
    unknown = await client.post("/v1/check", headers=auth, json={"text": PITCH, "to": "https://people.example/nobody"})
    verdict = Verdict.model_validate(await unknown.json())
    assert verdict.verdict != "ok" and verdict.opener is None


def test_every_rule_that_can_stop_a_draft_has_its_own_advice():
    from companion.guard.pitch_guard import DRESSING_RULES, PITCH_RULES

    assert {rule.id for rule in (*PITCH_RULES, *DRESSING_RULES)} <= ADVICE.keys()
