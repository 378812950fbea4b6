"""Topics people post about: 'remote work' and 'distributed teams' are one subject.

Phrases come from companion/ground/data/topics.json; a topic counts for a person when their posts, about text
or headline use one of its phrases.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from companion.ground.normalise import phrases
from companion.ground.normalise.phrases import Match, PhraseMatcher, phrase_shapes
from companion.ground.normalise.text import kept_index, load_table, slug


@dataclass(frozen=True, slots=True)
class Topic:
    key: str
    label: str


@lru_cache(maxsize=1)
def _matcher() -> PhraseMatcher:
    """The topics' phrases, cut into words once and kept beside topics.json (text.kept_index)."""
    entries = load_table("topics.json")["topics"]
    topics = [{"item": Topic(key=f"topic:{slug(entry['name'])}", label=entry["name"])} for entry in entries]
    shapes = kept_index("topics.json.phrases", _shapes, ("topics.json",), (__file__, phrases.__file__))
    return PhraseMatcher.from_shapes(shapes, topics)


def _shapes() -> tuple[dict, dict]:
    said: dict[str, int] = {}
    for at, entry in enumerate(load_table("topics.json")["topics"]):
        for phrase in entry["text"]:
            said.setdefault(phrase, at)
    return phrase_shapes(said)


def find_topics(text: str) -> list[tuple[Topic, Match]]:
    """Every topic the text is about, with where it says so."""
    if not text:
        return []
    return [(m.entry["item"], m) for m in _matcher().find(text)]
