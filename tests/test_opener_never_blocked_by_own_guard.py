"""Rapport never offers, in place of a stopped draft, a line its own guard stops, nor the draft itself
(a newcomer pasted the suggested check-in and was told to send that same sentence instead)."""
from companion.guard.pitch_guard import check_draft
from companion.memory.recipient import Recipient, judge, openers_besides

NAG = "Hi Rob, it's been 2 weeks since my last message. Did you get a chance to look at my proposal?"
KIND = "Hi Rob, congratulations on the new role at Acme! What are you most looking forward to?"
PITCH = "Hi Rob, we help teams like yours ship faster. Can I book 15 minutes for a demo next week?"


def test_an_opener_the_guard_stops_is_not_offered():
    assert check_draft(NAG, "stranger").verdict != "ok"  # the premise: the guard stops this line
    verdict = judge(PITCH, Recipient(stage="stranger", openers=[NAG, KIND]))
    assert verdict.verdict == "block" and verdict.opener == KIND
    assert any(KIND in s for s in verdict.suggestions) and not any(NAG in s for s in verdict.suggestions)


def test_the_draft_itself_is_never_the_opener_offered_instead():
    assert judge(PITCH, Recipient(stage="stranger", openers=[PITCH])).opener is None
    assert openers_besides(Recipient(stage="stranger", openers=[KIND]),
                           "  hi rob, congratulations on the new role at acme!  What are you most looking forward to?") == []


def test_a_draft_that_reads_fine_offers_nothing():
    verdict = judge(KIND, Recipient(stage="stranger", openers=[NAG]))
    assert verdict.verdict == "ok" and verdict.opener is None


def test_the_opener_offered_is_not_called_common_ground():
    # The opener may be a check-in built on your history ("the article I promised"), not something you share.
    checkin = "Hi Rob, here's the article I promised. How did the launch go?"
    verdict = check_draft(PITCH, "stranger", openers=[checkin])
    offered = [s for s in verdict.suggestions if checkin in s]
    assert offered and all("what you share" not in s for s in offered)
