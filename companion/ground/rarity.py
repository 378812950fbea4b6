"""How rare each shared thing is: the rarer it is, the more it says (Burger et al. 2004; Adamic & Adar 2003).

The index counts, for every normalised feature key, how many of the user's captured contacts have it
(document frequency), and blends that with a built-in prior of how common it is everywhere
(companion/ground/data/commonplace.json), so a fresh install already knows English and Microsoft Office say
little, and a large contact list soon speaks for itself.
"""

from __future__ import annotations

import math
from collections import Counter, deque
from collections.abc import Iterable
from functools import lru_cache

from companion.ground.normalise.features import extract_features, features_of
from companion.ground.normalise.text import load_table
from companion.models import Profile

# How many contacts' worth of evidence the prior is worth: below this the prior dominates.
PRIOR_WEIGHT = 25
# A share this small or smaller counts as maximally rare.
RAREST_SHARE = 1e-4
LEAST_RARITY = 0.05
# An employer one professional in two hundred has worked for (the built-in prior names Google, Meta, IBM,
# Accenture, TCS...) has hundreds of thousands of alumni: having both worked there says little (intros), and two
# people there at the same time may never have met (starters).
BIG_EMPLOYER_SHARE = 0.005


@lru_cache(maxsize=1)
def _commonplace() -> dict:
    return load_table("commonplace.json")


def prior_share(key: str) -> float:
    """The built-in estimate of the share of people who have this feature."""
    table = _commonplace()
    share = table["prior"].get(key)
    if share is not None:
        return share
    defaults = table["default_by_kind"]
    kind = key.split(":", 1)[0]
    if kind == "place":
        kind = ":".join(key.split(":", 2)[:2])
    return defaults.get(kind, 0.01)


def rarity_of_share(share: float) -> float:
    """0.05 (nearly everyone has it) to 1.0 (almost nobody does), on a log scale like inverse document frequency."""
    share = min(max(share, RAREST_SHARE), 1.0)
    return max(LEAST_RARITY, min(1.0, math.log(1.0 / share) / math.log(1.0 / RAREST_SHARE)))


class RarityIndex:
    """Document frequency of each feature key over the user's contacts."""

    others = False  # True when two people compared are left out of the counts (RarityIndex.without)

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.size = 0
        # Counted from a sample of the contacts (one in a step, memory.answers.in_rarity_sample): who of the people
        # compared was counted is then unknown, so `without` takes no one out (one contact is below a sample's error,
        # and taking out someone never counted would turn "Only 1 of your other contacts" into "None").
        self.sampled = False

    @classmethod
    def from_profiles(cls, profiles: Iterable[Profile]) -> RarityIndex:
        """An index over many profiles (e.g. every stored person)."""
        index = cls()
        for profile in profiles:
            # Straight extraction: the per-profile cache would only churn here.
            index.add_keys(extract_features(profile).all_keys())
        return index

    def add(self, profile: Profile) -> None:
        """Count a newly captured contact."""
        self.add_keys(features_of(profile).all_keys())

    def remove(self, profile: Profile) -> None:
        """Stop counting a contact (forgotten, or about to be replaced by a newer capture)."""
        self.size = max(0, self.size - 1)
        for key in features_of(profile).all_keys():
            if self.counts[key] <= 1:
                self.counts.pop(key, None)
            else:
                self.counts[key] -= 1

    def add_keys(self, keys: Iterable[str]) -> None:
        self.size += 1
        self.counts.update(set(keys))

    def count(self, key: str) -> int:
        """How many contacts have this feature."""
        return self.counts.get(key, 0)

    def share(self, key: str) -> float:
        """The blended estimate of how common a feature is: contacts' counts, smoothed by the prior."""
        return (self.count(key) + PRIOR_WEIGHT * prior_share(key)) / (self.size + PRIOR_WEIGHT)

    def rarity(self, key: str) -> float:
        """How telling it is to share this feature, 0.05..1."""
        return rarity_of_share(self.share(key))

    def without(self, *profiles: Profile) -> RarityIndex:
        """The index as it would be without these counted contacts: how rare a thing two people share is judged by
        the others (newcomer 5, finding 9: '8% of your contacts share it' was the two people compared). A view: the
        counts are not copied."""
        return _Without(self, profiles) if profiles and self.size and not self.sampled else self


class _Without(RarityIndex):
    """A RarityIndex less some of the contacts it counts (RarityIndex.without)."""

    others = True  # its counts are of the user's other contacts: said so ('of your other 21 contacts')

    def __init__(self, base: RarityIndex, profiles: tuple[Profile, ...]) -> None:
        super().__init__()
        self._base, self._less = base, Counter()
        for profile in profiles:
            self._less.update(set(features_of(profile).all_keys()))
        self.size = max(0, base.size - len(profiles))

    def count(self, key: str) -> int:
        return max(0, self._base.count(key) - self._less.get(key, 0))


class LiveRarity:
    """The running server's rarity index, built in the background at start so start-up stays fast.

    Until it is ready, `index` is None (the built-in prior answers) and the contacts captured meanwhile
    are queued; they are counted the moment it is ready, so none is missed until the next restart.
    """

    QUEUE_LIMIT = 20_000  # a start-up window holds a handful; past this, the oldest changes are dropped
    # Weights cached from an older count are recomputed once this share of the contacts has changed.
    STALE_SHARE = 0.02
    STALE_MIN = 25

    def __init__(self) -> None:
        self.index: RarityIndex | None = None
        self.generation = 0  # moves on when cached weights should be recomputed (see GroundCache)
        self._changes = 0
        self._queued: deque[tuple[Profile | None, Profile]] = deque(maxlen=self.QUEUE_LIMIT)

    def replace(self, before: Profile | None, after: Profile) -> None:
        """A contact was captured: `before` is what was counted for them (None for someone new)."""
        if self.index is None:
            self._queued.append((before, after))
            return
        _replace(self.index, before, after)
        self._changes += 1
        if self._changes >= max(self.STALE_MIN, self.STALE_SHARE * self.index.size):
            self.generation += 1
            self._changes = 0

    def ready(self, index: RarityIndex) -> None:
        """The built index takes over, with every change queued while it was being built."""
        while self._queued:
            _replace(index, *self._queued.popleft())
        self.index = index
        self.generation += 1  # what was weighed by the prior alone is weighed again


def _replace(index: RarityIndex, before: Profile | None, after: Profile) -> None:
    if before is not None:
        index.remove(before)
    index.add(after)


def share_of(key: str, index: RarityIndex | None) -> float:
    """The share of people with this feature, from the index when there is one, else the prior."""
    return index.share(key) if index is not None else prior_share(key)
