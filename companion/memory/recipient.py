"""What the send guard is told about a recipient the memory knows: how close you are, openers from
your common ground, and their own words (which a draft may quote back to them without pitching)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from companion.ground.rarity import RarityIndex
from companion.ground.starters import own_words
from companion.memory.capture import GroundCache, cached_ground_and_starters
from companion.memory.people import merged_profile
from companion.memory.tie_strength import stage_of
from companion.models import Stage
from companion.storage.store import Store


@dataclass
class Recipient:
    stage: Stage = "stranger"
    openers: list[str] = field(default_factory=list)
    their_words: list[str] = field(default_factory=list)


def known_recipient(store: Store, doc: dict, now: datetime, rarity: RarityIndex | None = None,
                    cache: GroundCache | None = None) -> Recipient:
    """The guard's view of a stored person: the tie's stage, starters as openers, their own words."""
    them = merged_profile(doc)
    _, starters = cached_ground_and_starters(store, doc, rarity, cache, now, them)
    return Recipient(stage=stage_of(doc, now, store.get_setting("tie_weights")),
                     openers=[s.text for s in starters], their_words=own_words(them))
