"""Topics people post about: 'remote work' and 'distributed teams' are one subject.

Phrases come from companion/ground/data/topics.json; a topic counts for a person when their posts, about text
or headline use one of its phrases.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from companion.ground.normalise.phrases import Match, PhraseMatcher
from companion.ground.normalise.text import load_table, slug


@dataclass(frozen=True, slots=True)
class Topic:
    key: str
    label: str


@lru_cache(maxsize=1)
def _matcher() -> PhraseMatcher:
    phrases: dict[str, dict] = {}
    for entry in load_table("topics.json")["topics"]:
        topic = Topic(key=f"topic:{slug(entry['name'])}", label=entry["name"])
        for phrase in entry["text"]:
            phrases.setdefault(phrase, {"item": topic})
    return PhraseMatcher(phrases)


def find_topics(text: str) -> list[tuple[Topic, Match]]:
    """Every topic the text is about, with where it says so."""
    if not text:
        return []
    return [(m.entry["item"], m) for m in _matcher().find(text)]
