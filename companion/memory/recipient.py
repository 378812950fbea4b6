"""What the send guard is told about a recipient: how close you are and how Rapport knows it, openers from
your common ground, and their own words (which a draft may quote back to them without pitching).

The stage comes from, in order: the stage the caller gives; else the closer of what the memory knows (the
tie) and what the page shows (LinkedIn's degree badge, a thread with messages both ways, X's "follows
you"); else nothing is known, which is treated as a stranger and said as "someone Rapport doesn't know
yet" rather than claimed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from companion.memory.people import merged_profile
from companion.memory.tie_strength import tie_of
from companion.models import STAGES, PageContext, Stage, StageSource, Verdict
from companion.storage.store import Store

if TYPE_CHECKING:  # common ground and starters are imported for a known recipient: a bare `check` needs neither
    from companion.ground.rarity import RarityIndex
    from companion.memory.capture import GroundCache


@dataclass
class Recipient:
    stage: Stage = "stranger"
    openers: list[str] = field(default_factory=list)
    their_words: list[str] = field(default_factory=list)
    stage_source: StageSource = "unknown"


def stage_from_page(context: PageContext | None) -> Stage | None:
    """The stage the page shows, or None when it shows nothing about the relationship."""
    if context is None:
        return None
    thread = context.thread
    if thread and thread.from_me and thread.from_them:
        return "acquaintance"  # you have already written to each other
    if context.degree == "1st" or (thread and thread.from_them) or context.follows_you:
        return "new"  # connected (or they reached out, or follow you), no conversation yet
    if context.degree in ("2nd", "3rd"):
        return "stranger"
    return None


def with_stage(recipient: Recipient, given: Stage | None, context: PageContext | None, known: bool) -> Recipient:
    """`recipient` with its stage and where it came from (see the module's docstring)."""
    if given is not None:
        recipient.stage, recipient.stage_source = given, "given"
        return recipient
    on_page = stage_from_page(context)
    if known and (on_page is None or STAGES.index(recipient.stage) >= STAGES.index(on_page)):
        recipient.stage_source = "store"
    elif on_page is not None:
        recipient.stage, recipient.stage_source = on_page, "page"
    else:
        recipient.stage, recipient.stage_source = "stranger", "unknown"
    return recipient


def known_recipient(store: Store, doc: dict, now: datetime, rarity: RarityIndex | None = None,
                    cache: GroundCache | None = None) -> Recipient:
    """The guard's view of a stored person: the tie's stage, the starters as you know them as openers, their own
    words."""
    from companion.ground.starters import own_words
    from companion.memory.capture import cached_ground_and_starters
    from companion.memory.followups import starters_as_you_know_them
    from companion.memory.me import load_me

    them = merged_profile(doc)
    tie = tie_of(doc, now, store.get_setting("tie_weights"))
    me = load_me(store)  # your history's opener is in the language their starters are (followups.check_in_language)
    # The openers the card shows: your history first for someone you know (a chosen circle counts). The guard
    # offers only the first, so common ground (the costly part) is found only when your history gives none.
    openers = starters_as_you_know_them(doc, tie, [], now, me)
    if not openers:
        _, starters = cached_ground_and_starters(store, doc, rarity, cache, now, them, me)
        openers = starters_as_you_know_them(doc, tie, starters, now, me)
    return Recipient(stage=tie.stage, openers=[s.text for s in openers], their_words=own_words(them))


def judge(text: str, recipient: Recipient, settings=None) -> Verdict:
    """The guard's verdict on a draft to this recipient, offering an opener in its place only when it stops the
    draft: the first of the recipient's openers that is not the draft itself and that the guard lets through at
    this stage (a newcomer was offered "it's been 2 weeks since my last message", a follow-up nag). Openers are
    checked only for a stopped draft, so a draft that reads fine costs one check."""
    from companion.guard.pitch_guard import check_draft
    from companion.guard.suggestions import opener_line

    verdict = check_draft(text, recipient.stage, settings=settings, their_words=recipient.their_words,
                          stage_source=recipient.stage_source)
    if verdict.verdict == "ok":
        return verdict
    opener = next((o for o in openers_besides(recipient, text)
                   if check_draft(o, recipient.stage, settings=settings).verdict == "ok"), None)
    if opener is None:
        return verdict
    # The line check_draft(openers=[opener]) would add, in the guard's own words, without reading a stopped draft
    # twice (a second read doubled POST /v1/check's time for every warned draft: p99 6 -> 11 ms at 30,000 people).
    verdict.suggestions.append(opener_line(opener))
    verdict.opener = opener
    return verdict


def openers_besides(recipient: Recipient, draft: str) -> list[str]:
    """The recipient's openers other than the draft itself (pasting a suggested opener must not be told to send
    that same line instead)."""
    again = " ".join(draft.split()).casefold()
    return [o for o in recipient.openers if " ".join(o.split()).casefold() != again]
