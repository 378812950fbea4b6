"""What to write instead, one suggestion per reason the guard gave (issue 19, item 4).

Each rule that fired gets advice about that rule, in the order the rules first fire in the draft (so the
advice reads alongside the highlighted reasons); then what to do about the ask, which depends on the stage;
then, when the memory knows the recipient, the opener it would use. Knows nothing of the store or the model:
it is told which rules fired."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from companion.models import EARLY_STAGES, Stage, VerdictKind


class Advice(str):
    """What to do about one rule, as said early on; `later` says it past a first message (an acquaintance: they have
    met, so it is not "a first message"), the same sentence when nothing in it is about timing. Newcomer 6, P2."""

    later: str

    def __new__(cls, early: str, later: str | None = None) -> Advice:
        advice = super().__new__(cls, early)
        advice.later = early if later is None else later
        return advice

    def to(self, stage: Stage) -> str:
        """The advice as said to someone at `stage`."""
        return str(self) if stage in EARLY_STAGES else self.later


# What to do about each rule, by rule id (companion/guard/pitch_guard.py), with its wording past a first message
# where that differs (beside the rule's own `later_message`: never "an early message"); friends get none of the
# early-only advice at all (EARLY_ONLY below). Rules that share one fix share one sentence, so a draft full of links
# is told once to cut them.
ADVICE: dict[str, Advice] = {
    "calendar-link": Advice("Cut the link to your calendar: offer to find a time only once they have replied.",
                            "Cut the link to your calendar: ask whether they have time, and find one together if they do."),
    "link": Advice("Cut the link: let them ask for it once there is a conversation.",
                   "Cut the link: say in a sentence what it shows, and send it if they ask."),
    "sales-call": Advice("Don't ask for a call or a demo yet: ask one question they would enjoy answering."),
    "we-help": Advice("Say less about what you sell; say why you are writing to this person in particular."),
    "self-focus": Advice("Make it about them: for every line about you, write one about their work."),
    # (the rule reads 'no obligation', 'unverbindlich', 'sin compromiso' too: the advice names them, newcomer 8)
    "discount-urgency": Advice("Drop the discount, the deadline, “limited spots” and “no obligation”: pressure reads as "
                               "an ad."),
    "numeric-promise": Advice("Drop the numbers and promises (“40% less”, “2x”): they read as an ad."),
    "selling-language": Advice("Leave the offer out of a first message: talk about their work, not your service.",
                               "Leave the offer out of it for now: talk about their work, not your service."),
    "mlm-recruiting": Advice("Don't recruit in a first message: if they are curious about what you do, they will ask.",
                             "Don't recruit them: if they are curious about what you do, they will ask."),
    "sales-cta": Advice("Remove the call to action (“DM me”, “reply YES”): end with a real question instead."),
    "prospecting-question": Advice("Skip the qualifying question: ask about something they have said or made."),
    "research-pretext": Advice("If you are selling, don't call it research: ask a genuine question, or wait."),
    "follow-up-nag": Advice("Don't chase an unanswered message: wait, or write about something new to them."),
    "own-offer": Advice("Leave your own business out of it for now: if they are curious about what you do, they will ask."),
    "attention-ask": Advice("Don't ask for a review, a download or a vote before you know them: ask for their view on their own work."),
    "offer-to-you": Advice("Don't offer them your product or service yet: ask about their work and let them ask about yours."),
    "price": Advice("Leave prices out of it: money in an early message turns it into a sale.",
                    "Leave prices out of it: money in a message turns it into a sale."),
    # what a draft not read was stopped for, when it is no price: advice keys, not rules (a reason of rule "price" with
    # the message pitch_guard.UNREAD_PERCENT or UNREAD_SUM, see pitch_guard.UNREAD_ADVICE: newcomer 11, C2; mend 20)
    "percentage": Advice("Leave the percentage out of it: a saving or a discount in an early message turns it into a sale.",
                         "Leave the percentage out of it: a saving or a discount in a message turns it into a sale."),
    "sum": Advice("Leave the money out of it: a sum in an early message turns it into a sale.",
                  "Leave the money out of it: a sum in a message turns it into a sale."),
    "faux-compliment": Advice("Keep the compliment, drop what follows it: let the praise stand on its own."),
    "alumni-kinship": Advice("Keep what you share and talk about it: the school or the place, not your offer."),
    "wording": Advice("Rewrite it in your own words, about them: it reads like a template."),
}
# Rules whose advice says the same thing as another's: the first in the draft speaks for both.
SAME_FIX = {"calendar-link": "link", "self-focus": "we-help", "own-offer": "we-help", "offer-to-you": "we-help",
            "numeric-promise": "discount-urgency"}
MAX_RULE_ADVICE = 3
# Rules whose advice is about timing ("yet", "a first message", "before you know them", "once there is a
# conversation"): it holds before a relationship exists, and contradicts the advice between friends, who already talk
# and are told to say plainly that it is about business (newcomer finding F13).
EARLY_ONLY = frozenset(("sales-call", "calendar-link", "link", "selling-language", "mlm-recruiting", "own-offer",
                        "attention-ask", "offer-to-you", "price", "percentage", "sum"))

LEAD_WITH_THEM = "Lead with a question about them: their work, a recent post, or something you share."
SMALLER_ASK = "Make the ask smaller for now (advice, a quick question) and keep the bigger one for later."
PLAIN_ASK = "Say plainly what you are asking for and make it easy to say no."
FRIEND_ASK = "Between friends, say plainly that it is about your business and make it easy to say no."
DROP_ASK = "Drop the ask for now: start a conversation, and offer help before asking for any."


def suggestions_for(verdict: VerdictKind, fired: Iterable[str], stage: Stage, ask_is_why: bool,
                    openers: Sequence[str], *, unread: bool = False) -> list[str]:
    """Advice for a draft the guard stopped: `fired` is the rule ids in the order they fire in the draft. `unread`: the
    draft is in a language the guard does not read, so only the rules that read no language (a price, a link) were
    checked: advice on those alone, never on its wording or its ask, which were not read (newcomer 7, C1)."""
    if verdict == "ok":
        return []
    if unread:
        advice = _rule_advice(fired, stage)[0]
        if stage in ("friend", "close"):  # the early-only advice left out: what to do instead, as on a draft read
            advice.append(FRIEND_ASK)
        return advice + ([opener_line(openers[0])] if openers else [])
    out: list[str] = []
    if not ask_is_why:
        out.append(LEAD_WITH_THEM)
    advice, ruled = _rule_advice(fired, stage)
    out.extend(advice)
    if not ruled and not ask_is_why:  # the model decided on its own: the wording as a whole is the reason
        out.append(ADVICE["wording"])
    out.append(_ask_advice(stage, ask_is_why))
    if openers:
        out.append(opener_line(openers[0]))  # a check-in or common ground: not always shared
    return out


def _rule_advice(fired: Iterable[str], stage: Stage) -> tuple[list[str], bool]:
    """The advice for each rule that fired, once per fix, in order, at most MAX_RULE_ADVICE; and whether any rule with
    advice fired, advised or not. Between friends no early-only advice, read or not (one loop for both: newcomer 8)."""
    out: list[str] = []
    seen: set[str] = set()
    between_friends = stage in ("friend", "close")
    ruled = False
    for rule in fired:
        ruled = ruled or rule in ADVICE
        if between_friends and rule in EARLY_ONLY:
            continue  # the advice between friends says what to do instead
        fix = SAME_FIX.get(rule, rule)
        if fix in seen or rule not in ADVICE or len(out) >= MAX_RULE_ADVICE:
            continue
        seen.add(fix)
        out.append(ADVICE[rule].to(stage))
    return out, ruled


def opener_line(opener: str) -> str:
    """The last suggestion when the memory offers an opener in the draft's place."""
    return f"Or open with this instead: “{opener}”"


def _ask_advice(stage: Stage, ask_is_why: bool) -> str:
    if ask_is_why:
        return SMALLER_ASK if stage in EARLY_STAGES else PLAIN_ASK
    return FRIEND_ASK if stage in ("friend", "close") else DROP_ASK
