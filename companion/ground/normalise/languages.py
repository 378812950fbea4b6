"""Languages: 'Español', 'Spanish' and 'Spanish (Native or bilingual proficiency)' are one language.

Names in any language are resolved through a table derived from langcodes and language_data, with
langcodes itself as the fallback for rarer names (loaded only then); and the
language a profile is written in is guessed from its own words, so starters can be written in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from companion.ground.normalise.text import fold, folded_names, load_table

_QUALIFIER = re.compile(r"\s*(\(.*\)|[-–:,].*)$")
# Names langcodes does not know, and macrolanguages that people write by their best-known member.
_EXTRA_NAMES = {"castellano": "es", "mandarin": "zh", "mandarin chinese": "zh", "cantonese": "yue",
                "brazilian portuguese": "pt", "farsi": "fa", "filipino": "fil", "tagalog": "fil",
                "castella": "es", "castelan": "es", "castelhano": "es", "putonghua": "zh", "hanyu": "zh",
                "darija": "ary", "libras": "bzs", "lingua brasileira de sinais": "bzs", "gagana samoa": "sm",
                "te reo": "mi", "te reo maori": "mi", "reo maori": "mi", "lea faka tonga": "to",
                # Mandarin as Taiwan, Singapore and Malaysia name it (Huáyǔ, Guóyǔ), in both scripts
                "華語": "zh", "华语": "zh", "國語": "zh", "国语": "zh", "普通話": "zh", "huayu": "zh", "guoyu": "zh"}
# Japanese names of languages, as written in the Latin alphabet ('Eigo' is English, 'Supein-go' Spanish).
_ROMAJI = {"eigo": "en", "nihongo": "ja", "supeingo": "es", "furansugo": "fr", "doitsugo": "de", "chugokugo": "zh",
           "kankokugo": "ko", "itariago": "it", "porutogarugo": "pt", "roshiago": "ru", "suwedengo": "sv",
           "orandago": "nl", "arabiago": "ar", "hindigo": "hi", "betonamugo": "vi", "taigo": "th",
           "indoneshiago": "id", "toruko go": "tr", "torukogo": "tr", "girishago": "el", "porandogo": "pl",
           "noruweigo": "no", "denmakugo": "da", "finrandogo": "fi", "heburaigo": "he", "perushago": "fa"}
# A dialect is spoken by people who share its language: Twi is Akan, Darija and Masri are Arabic, Western
# Armenian is Armenian.
_MACRO = {"cmn": "zh", "tw": "ak", "ary": "ar", "arz": "ar", "apc": "ar", "ajp": "ar", "acm": "ar", "aeb": "ar",
          "arq": "ar", "afb": "ar", "ayl": "ar", "apd": "ar", "hyw": "hy", "prs": "fa", "swh": "sw", "zsm": "ms"}
# Words for 'language' written before its name ('Bahasa Inggris', 'Língua Portuguesa', 'Idioma inglés'), and
# words that name a variety of it ('Western Armenian', 'Modern Standard Arabic').
_LANGUAGE_WORD = re.compile(r"^(?:(?:bahasa|lingua|lengua|idioma|langue|jezyk|język|dil|zaban|wika|te reo|gagana|reo) "
                            r"|ภาษา)", re.IGNORECASE)  # Thai joins its word for language to the name: 'ภาษาไทย'
_VARIETY_WORD = re.compile(r"^(?:(?:western|eastern|northern|southern|central|standard|modern|classical|"
                           r"colloquial|literary|modern standard|levantine|egyptian|gulf|moroccan|algerian|tunisian|"
                           r"iraqi|sudanese|syrian|lebanese|palestinian|jordanian|yemeni|maghrebi|khaleeji|hejazi|"
                           r"najdi)\s+)+(?=arabic\b)|^(?:(?:western|eastern|northern|southern|central|standard|"
                           r"modern|classical|colloquial|literary|modern standard)\s+)+", re.IGNORECASE)
_BRACKET = re.compile(r"\(([^)]*)\)")


# Members of a macrolanguage that are written standards of their own (ISO 639-3: Akan is the macrolanguage of Twi
# and Fante, whose speakers name them as two languages): each its own key, one family with the macrolanguage, so
# 'Twi' is 'Akan (Twi)' but not 'Fante'. Their code stays the macrolanguage's, for where it is spoken.
_STANDARDS = {"twi": ("tw", "Twi", "ak"), "asante twi": ("tw", "Twi", "ak"), "asante": ("tw", "Twi", "ak"), "akuapem twi": ("tw", "Twi", "ak"),
              "akwapem twi": ("tw", "Twi", "ak"), "fante": ("fat", "Fante", "ak"), "fanti": ("fat", "Fante", "ak"),
              "mfantse": ("fat", "Fante", "ak")}


@dataclass(frozen=True, slots=True)
class Language:
    key: str
    label: str
    code: str
    parent_key: str | None = None
    parent_label: str | None = None


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """language_names.json's folded names -> language code."""
    return folded_names(load_table("language_names.json"), "language_names.json")


@lru_cache(maxsize=8_192)
def normalise_language(name: str) -> Language | None:
    """The language a name refers to, in any language ('Inglés', 'Deutsch', 'Esperanto'), or None."""
    if not name or not name.strip():
        return None
    table = load_table("language_names.json")
    bare = _QUALIFIER.sub("", name.strip())
    candidates = (name.strip(), bare, _LANGUAGE_WORD.sub("", bare), _VARIETY_WORD.sub("", bare),
                  *_BRACKET.findall(name))
    for candidate in candidates:
        folded = fold(candidate)
        if not folded:
            continue
        if folded in _STANDARDS:
            member, label, macro = _STANDARDS[folded]
            return Language(key=f"language:{member}", label=label, code=macro, parent_key=f"language:{macro}",
                            parent_label=table["labels"].get(macro) or language_label(macro))
        code = (_EXTRA_NAMES.get(folded) or _ROMAJI.get(folded.replace(" ", "")) or _names().get(folded)
                or _find_with_langcodes(candidate))
        if code:
            code = _MACRO.get(code, code)
            return Language(key=f"language:{code}", label=table["labels"].get(code) or language_label(code), code=code)
    return None


def is_language_word(word: str) -> bool:
    """Whether one folded word names a language in the small table ('deutsch', 'ingles'), without langcodes' index
    (~1 s to load): a word of an about read as a possible subject is asked this, and a rare language name that only
    langcodes knows is still a rare word."""
    return bool(word) and (word in _STANDARDS or word in _EXTRA_NAMES or word in _names()
                           or word.replace(" ", "") in _ROMAJI)


def _find_with_langcodes(name: str) -> str | None:
    # ~1 s to load its name index: only for names the small table (scripts/build_language_names.py) lacks.
    import langcodes

    try:
        return langcodes.find(name).language or None
    except LookupError:
        return None


def language_label(code: str) -> str:
    """A language's English name from its code ('zh' → 'Chinese'), for a label or a sentence to the user."""
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
# The common words of each language, by which a short text is told apart (also read by ground.person_reading).
STOPWORDS_BY_LANGUAGE = {lang: set(words.split()) for lang, words in _STOPWORDS.items()}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect_text_language(text: str) -> str:
    """The language code (en, es, fr, de, pt) whose common words dominate `text`; 'en' when unsure."""
    words = [w.lower() for w in _WORD.findall(text or "")][:600]
    if len(words) < 4:
        return "en"
    scores = {lang: sum(1 for w in words if w in stops) for lang, stops in STOPWORDS_BY_LANGUAGE.items()}
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
