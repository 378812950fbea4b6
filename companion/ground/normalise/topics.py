"""Topics people post about: 'remote work' and 'distributed teams' are one subject.

Phrases come from companion/ground/data/topics.json; a topic counts for a person when their posts, about text
or headline use one of its phrases. Chinese and Japanese, written without spaces, are read through the dictionaries'
table skills and interests read (cjk_terms.json, round 40): '金融政策' is monetary policy inside any sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from companion.ground.normalise import phrases
from companion.ground.normalise.phrases import Match, PhraseMatcher, phrase_shapes
from companion.ground.normalise.text import fold, kept_index, load_table, slug


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
    found = [(m.entry["item"], m) for m in _matcher().find(text)]
    return found + _cjk_mentions(text) if _JOINED_RUN.search(text) else found


# Chinese characters and Japanese kana (half-width too): words written joined, with no space to end them.
_JOINED_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]+")
# A shorter dictionary word is read only when written alone: inside a sentence two characters are too often part of
# a longer word ('ロシ', logistics, in 'ロシア', Russia).
_JOINED_LEAST = 3


@lru_cache(maxsize=1)
def _cjk_topics() -> tuple[dict[str, Topic], int]:
    """Folded Chinese and Japanese words whose dictionary gloss is a topic's own name (not a phrase of it, nor a
    skill's name: '物流管理' glosses Logistics, a skill), and the longest such word's length."""
    from companion.ground.normalise.skills import cjk_terms

    by_name = {fold(entry["name"]): Topic(key=f"topic:{slug(entry['name'])}", label=entry["name"])
               for entry in load_table("topics.json")["topics"]}
    words = {word: by_name[english] for word, gloss in cjk_terms().items()
             if (english := fold(gloss)) in by_name}
    return words, max(map(len, words), default=0)


def _cjk_mentions(text: str) -> list[tuple[Topic, Match]]:
    """The topics a text names in Chinese or Japanese words, longest word first at each place."""
    words, longest = _cjk_topics()
    found = []
    for run in _JOINED_RUN.finditer(text):
        written = run.group()
        folded = [fold(ch) for ch in written]  # one character at a time, so a word's place in the text is kept
        at = 0
        while at < len(folded):
            for end in range(min(len(folded), at + longest), at, -1):
                topic = words.get("".join(folded[at:end]))
                if topic and (end - at >= _JOINED_LEAST or (at, end) == (0, len(folded))):
                    found.append((topic, Match(entry={"item": topic}, start=run.start() + at, end=run.start() + end,
                                               words=written[at:end])))
                    at = end
                    break
            else:
                at += 1
    return found
