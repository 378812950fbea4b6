"""A draft in a language the guard does not read is still stopped by a link or a percentage (they read no language),
and says why as any draft does: a link is told as a link, a few times at most, and a percentage as a percentage
(newcomer 11, C2: not a price), at most as often as any rule's reasons are shown."""

from companion.guard.pitch_guard import REASONS_PER_RULE, UNREAD_PERCENT, check_draft

SWEDISH_LINKS = ("Hej! Titta på vår nya tjänst: https://a.example/1 och https://a.example/2 och https://a.example/3 "
                 "och https://a.example/4 och https://a.example/5 — boka gärna en tid.")
SWEDISH_PERCENTS = "Hej! Vi sänker kostnaderna med 30% i år, 20% nästa år, 10% sedan och 5% till — boka en demo."


def test_links_in_a_draft_not_read_are_never_called_prices():
    verdict = check_draft(SWEDISH_LINKS, "stranger")
    assert verdict.verdict == "block"
    rules = [r.rule for r in verdict.reasons]
    assert "price" not in rules, verdict.reasons
    assert rules.count("link") <= REASONS_PER_RULE


def test_percentages_in_a_draft_not_read_are_shown_a_few_times_at_most():
    verdict = check_draft(SWEDISH_PERCENTS, "stranger")
    assert verdict.verdict == "block"
    percentages = [r for r in verdict.reasons if r.rule == "price" and r.message == UNREAD_PERCENT]
    assert 1 <= len(percentages) <= REASONS_PER_RULE, verdict.reasons
