"""Languages: 'Español', 'Spanish' and 'Spanish (Native or bilingual proficiency)' are one language.

Names in any language are resolved through a table derived from langcodes and language_data, with
langcodes itself as the fallback for rarer names (loaded only then); and the
language a profile is written in is guessed from its own words, so starters can be written in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from companion.ground.normalise.text import fold, load_table

_QUALIFIER = re.compile(r"\s*(\(.*\)|[-–:,].*)$")
# Names langcodes does not know, and macrolanguages that people write by their best-known member.
_EXTRA_NAMES = {"castellano": "es", "mandarin": "zh", "mandarin chinese": "zh", "cantonese": "yue",
                "brazilian portuguese": "pt", "farsi": "fa", "filipino": "fil", "tagalog": "fil"}
_MACRO = {"cmn": "zh"}


@dataclass(frozen=True, slots=True)
class Language:
    key: str
    label: str
    code: str


@lru_cache(maxsize=8_192)
def normalise_language(name: str) -> Language | None:
    """The language a name refers to, in any language ('Inglés', 'Deutsch', 'Esperanto'), or None."""
    if not name or not name.strip():
        return None
    table = load_table("language_names.json")
    for candidate in (name.strip(), _QUALIFIER.sub("", name.strip())):
        folded = fold(candidate)
        if not folded:
            continue
        code = _EXTRA_NAMES.get(folded) or table["names"].get(folded) or _find_with_langcodes(candidate)
        if code:
            code = _MACRO.get(code, code)
            return Language(key=f"language:{code}", label=table["labels"].get(code) or _label(code), code=code)
    return None


def _find_with_langcodes(name: str) -> str | None:
    # ~1 s to load its name index: only for names the small table (scripts/build_language_names.py) lacks.
    import langcodes

    try:
        return langcodes.find(name).language or None
    except LookupError:
        return None


def _label(code: str) -> str:
    import langcodes

    return langcodes.Language.get(code).display_name()


# The commonest short words of each language we write starters in; a profile's language is the one whose
# words are most frequent in its own text.
_STOPWORDS = {
    "en": "the and of to in is for with on my i we you our at this that are be have from by",
    "es": "el la los las de del y en que con por para una un es mi soy nos más como al lo se sus",
    "fr": "le la les des du de et en que pour avec une un est je suis nous sur dans au aux qui pas",
    "de": "der die das und ist ich mit für von den dem ein eine zu auf bei wir nicht sich im auch",
    "pt": "o a os as de do da dos das e em que com para uma um é eu sou no na por mais nos ao",
}
_STOPSETS = {lang: set(words.split()) for lang, words in _STOPWORDS.items()}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect_text_language(text: str) -> str:
    """The language code (en, es, fr, de, pt) whose common words dominate `text`; 'en' when unsure."""
    words = [w.lower() for w in _WORD.findall(text or "")][:600]
    if len(words) < 4:
        return "en"
    scores = {lang: sum(1 for w in words if w in stops) for lang, stops in _STOPSETS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    # Require a clear lead: a few Spanish place names in an English profile must not switch languages.
    if best != "en" and scores[best] >= 3 and scores[best] > 1.3 * scores["en"]:
        # Spanish and Portuguese share many words; tell them apart by letters only one of them uses.
        if best in ("es", "pt"):
            lowered = (text or "").lower()
            pt_marks = len(re.findall(r"[ãõç]|ção|ções|\bnão\b|\bvocê\b", lowered))
            es_marks = len(re.findall(r"[ñ¿¡]|ción|\bpero\b|\busted\b|\bel\b", lowered))
            return "pt" if pt_marks > es_marks else "es"
        return best
    return "en"
