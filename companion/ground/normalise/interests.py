"""Hobbies and causes: 'weekends you'll find me rock climbing' shares climbing with 'Bouldering'.

Both come from companion/ground/data/interests.json: each entry has the names people list and the phrases that
reveal it in prose, and each hobby a parent category ('the outdoors'), so two people who like different
outdoor things still share something, more weakly.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from companion.ground.normalise.phrases import Match, PhraseMatcher
from companion.ground.normalise.text import fold, load_table, slug


@dataclass(frozen=True, slots=True)
class Interest:
    kind: str  # "interest" or "cause"
    key: str
    label: str
    category_key: str | None = None
    category_label: str | None = None
    # False for names outside the lexicon: on LinkedIn these are mostly pages the person follows.
    known: bool = True


class _Lexicon:
    def __init__(self) -> None:
        table = load_table("interests.json")
        categories = table["categories"]
        self.by_name: dict[tuple[str, str], Interest] = {}
        phrases: dict[str, dict] = {}
        for kind, section in (("interest", "interests"), ("cause", "causes")):
            for entry in table[section]:
                parent = entry.get("parent")
                item = Interest(
                    kind=kind, key=f"{kind}:{slug(entry['name'])}", label=entry.get("label", entry["name"]),
                    category_key=f"{kind}-category:{parent}" if parent else None,
                    category_label=categories.get(parent) if parent else None,
                )
                for name in [entry["name"], *entry["names"]]:
                    self.by_name.setdefault((kind, fold(name)), item)
                for phrase in entry["text"]:
                    phrases.setdefault(phrase, {"item": item})
        self.matcher = PhraseMatcher(phrases)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    return _Lexicon()


@lru_cache(maxsize=32_768)
def normalise_interest(name: str, kind: str = "interest") -> Interest | None:
    """A listed interest (or cause, with kind='cause'); names outside the lexicon match only exactly."""
    folded = fold(name or "")
    if not folded:
        return None
    lexicon = _lexicon()
    found = lexicon.by_name.get((kind, folded))
    if found:
        return found
    other = "cause" if kind == "interest" else "interest"
    variant = folded[:-1] if folded.endswith("s") else folded + "s"  # 'Board game', 'Marathons'
    for key in ((other, folded), (kind, variant), (other, variant)):
        found = lexicon.by_name.get(key)
        if found:
            return found
    # 'Playing the cello', 'Weekend hiking': a listed name that says one hobby in more words.
    said = {m.entry["item"] for m in lexicon.matcher.find(name)}
    if len(said) == 1:
        return said.pop()
    return Interest(kind=kind, key=f"{kind}:{folded.replace(' ', '-')}", label=name.strip(), known=False)


def find_interests(text: str) -> list[tuple[Interest, Match]]:
    """Every hobby or cause the text reveals, with where it says so."""
    if not text:
        return []
    return [(m.entry["item"], m) for m in _lexicon().matcher.find(text)]
