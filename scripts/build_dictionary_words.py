"""Build companion/ground/data/dictionary_words.bin: foreign words -> the English words common ground already reads,
from the FreeDict bilingual dictionaries into English (round 34).

Why a dictionary rather than more hand-written `words`: round 33 grew skills.json `words` while reading one dev set's
misses, and what it gained did not carry over to held-out sets. A kept dictionary, filtered by rules alone, has no
such bias. Only entries whose English side is already on our ground are kept (a key of skills.json `words`, or a word
of a skill's, hobby's, cause's or topic's English name), so the table stays small, and only when the translation is
plain enough for a single word to stand on it:

- the headword's first translation is on our ground, and every other translation of it that is on our ground reads
  as the same English word ('red' in Spanish is net first, then network: left out; Swedish 'gift' is married, then
  poison: left out);
- the headword, folded, is no everyday word (wordfreq Zipf 3.0 or more) of English or of another language the
  tables read, unless that language's own dictionary gives it the same first translation ('Tier', animal, is an
  English word: left out; 'marketing' is marketing everywhere);
- no other language's headword folds to the same letters with another English word.

Round 36: dictionaries list base forms, profiles write 'zdrowia', 'sztuki', 'optymalizacjach'. `inflected` adds, from
simplemma's form -> lemma dictionaries (the `build` extra; never read at run time), every form of a lemma this table
keeps for that language or the hand-written `words` lists, each form under the headwords' guards again.

The companion never reads Debian's files: the derived table is committed. To rebuild it (Debian or Ubuntu):

    apt-get install -y dict-freedict-afr-eng dict-freedict-ces-eng dict-freedict-dan-eng dict-freedict-deu-eng \
        dict-freedict-ell-eng dict-freedict-fin-eng dict-freedict-fra-eng dict-freedict-hrv-eng \
        dict-freedict-hun-eng dict-freedict-isl-eng dict-freedict-ita-eng dict-freedict-lit-eng \
        dict-freedict-nld-eng dict-freedict-pol-eng dict-freedict-por-eng dict-freedict-slk-eng \
        dict-freedict-slv-eng dict-freedict-spa-eng dict-freedict-srp-eng dict-freedict-swe-eng \
        dict-freedict-swh-eng dict-freedict-tur-eng
    pip install -e '.[build]'    # wordfreq, simplemma
    .venv/bin/python scripts/build_dictionary_words.py [--show WORD ...]

Rebuild after skills.json `words`, or the names of skills, hobbies, causes or topics, change.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from companion.ground.normalise.skills import _translated_or_stem, word_key  # noqa: E402
from companion.ground.normalise.text import FOLD_VERSION, fold  # noqa: E402

DATA = ROOT / "companion" / "ground" / "data"
OUT = DATA / "dictionary_words.bin"
DICTD = Path("/usr/share/dictd")
# FreeDict's three-letter code -> wordfreq's code (None: wordfreq has no list for it; Croatian and Serbian share its
# Serbo-Croatian list).
LANGUAGES = {"afr": None, "ces": "cs", "dan": "da", "deu": "de", "ell": "el", "fin": "fi", "fra": "fr", "hrv": "sh",
             "hun": "hu", "isl": "is", "ita": "it", "lit": "lt", "nld": "nl", "pol": "pl", "por": "pt", "slk": "sk",
             "slv": "sl", "spa": "es", "srp": "sh", "swe": "sv", "swh": None, "tur": "tr"}
# Languages the tables read without a dictionary here: a word everyday in one of them is another word.
OTHER_LANGUAGES = ("en", "nb", "ro", "id", "ms", "ca", "vi", "fil")
EVERYDAY = 3.0
COMMONEST = 5.5
OTHER_SENSE = 4.0
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_TAGS = re.compile(r"\[[^\]]*\]|<[^>]*>|\([^)]*\)|\{[^}]*\}")
_NUMBERED = re.compile(r"^\s*\d+\.\s*")
_LEADING = re.compile(r"^(?:to|the|a|an|be)\s+")
_MARKED_UP = re.compile(r"^\s*(?:\"|see:|synonyms?:|note:|antonyms?:|see also)", re.IGNORECASE)


def _offset(text: str) -> int:
    n = 0
    for ch in text:
        n = n * 64 + _B64.index(ch)
    return n


def entries(lang: str):
    """(headword, [[translation…] of each sense] in the dictionary's order) for each entry of one dictionary: a line
    of translations is a sense, its words separated by commas synonyms."""
    data = gzip.open(DICTD / f"freedict-{lang}-eng.dict.dz").read()
    for line in (DICTD / f"freedict-{lang}-eng.index").read_text(encoding="utf-8").splitlines():
        word, at, length = line.split("\t")
        if word.startswith("00database") or word.startswith("00-database"):
            continue
        body = data[_offset(at):_offset(at) + _offset(length)].decode("utf-8").splitlines()
        headword = body[0].split(" /", 1)[0].strip() if body else word
        senses = []
        # The lines after the headword are the translations; a line in the dictionary's own language (Polish's
        # and Finnish's definitions) reads as no English word, so it is harmless here.
        for text in body[1:]:
            if not text.strip() or _MARKED_UP.match(text) or text.startswith("      "):
                continue
            glosses = [_LEADING.sub("", " ".join(gloss.lower().split()))
                       for gloss in re.split(r"[,;]", _TAGS.sub(" ", _NUMBERED.sub("", text)))]
            if any(glosses):
                senses.append([gloss for gloss in glosses if gloss])
        yield headword, senses


def licence(lang: str) -> str:
    """The 'Availability' paragraph's licence, as short as it says it."""
    data = gzip.open(DICTD / f"freedict-{lang}-eng.dict.dz").read(6000).decode("utf-8", "replace")
    said = " ".join(data.split())
    for name, short in (("GNU General Public License", "GPL"), ("Creative Commons Attribution-ShareAlike", "CC BY-SA"),
                        ("CC-BY-SA", "CC BY-SA"), ("Attribution-ShareAlike", "CC BY-SA"), ("GPL", "GPL")):
        if name.lower() in said.lower():
            version = re.search(re.escape(name) + r"\D{0,40}?(\d(?:\.\d)?)", said, re.IGNORECASE)
            later = "or later" if re.search(r"any later version|or later", said) else ""
            affero = "and AGPL 3 (parts)" if "Affero" in said else ""  # German's Ding data and its converter
            return " ".join(filter(None, (short, version.group(1) if version else "", later, affero)))
    return "see the dictionary's header"


def vocabulary() -> dict[str, str]:
    """English word or phrase on our ground -> how `words` names it (its key, a phrase with '_')."""
    skills = json.loads((DATA / "skills.json").read_text(encoding="utf-8"))
    interests = json.loads((DATA / "interests.json").read_text(encoding="utf-8"))
    topics = json.loads((DATA / "topics.json").read_text(encoding="utf-8"))
    ground: dict[str, str] = {}
    # A skill of one word is most often a tool's name ('Spring', 'Angular', 'REST'): never a word to translate to.
    tools = {fold(n) for s in skills["skills"] for n in (s["name"], *s.get("aliases", ())) if " " not in fold(n)}
    names = [n for s in skills["skills"] for n in (s["name"], *s.get("aliases", ())) if " " in fold(n)]
    names += [e["name"] for kind in ("interests", "causes") for e in interests[kind]]
    names += [t["name"] for t in topics["topics"]]
    import wordfreq

    for name in names:
        for word in fold(name).split():
            # Not the commonest English words ('time', 'open', 'that'): a name's words, not a skill's.
            if (len(word) >= 4 and word.isalpha() and word.isascii() and word not in tools
                    and wordfreq.zipf_frequency(word, "en") < COMMONEST):
                ground.setdefault(word, word)
    # Round 37: the English words organisations are named with, so a name in its own language reads word by word
    # (`normalise/org_words.py`: 'Muzeum Sztuki Nowoczesnej', museum of modern art): each word of the English names
    # of the schools and companies the tables hold, an English word (Zipf 3.0) of four letters or more written in
    # two names at least, and the kinds of organisation org_words names.
    for word in organisation_words():
        ground.setdefault(word, word)
    for english in skills["words"]:
        ground[fold(english)] = english
    return ground


def organisation_words() -> set[str]:
    """The English words organisations' names are made of (round 37), from the tables' own names of schools and
    companies, and the kinds of organisation `normalise/org_words.py` reads."""
    import wordfreq

    from companion.ground.normalise.org_words import KINDS

    ror = json.loads((DATA / "schools_ror.json").read_text(encoding="utf-8"))
    companies = json.loads((DATA / "companies.json").read_text(encoding="utf-8"))["companies"]
    names = [row[0] for row in ror["rows"]] + list(ror["names"])
    names += [n for entry in companies for n in (entry["name"], *entry.get("aliases", ()))]
    counts: dict[str, int] = {}
    for name in names:
        for word in set(fold(name).split()):
            if len(word) >= 4 and word.isalpha() and word.isascii():
                counts[word] = counts.get(word, 0) + 1
    found = {word for word, n in counts.items() if n >= 2 and wordfreq.zipf_frequency(word, "en") >= EVERYDAY}
    return found | {kind for kind in KINDS if len(kind) >= 4 and "_" not in kind}


def _in_either_number(ground: dict[str, str], word: str) -> str | None:
    """A word of a phrase on our ground as written or in the other number ('negotiations', 'contract')."""
    return ground.get(word) or ground.get(word + "s") or (ground.get(word[:-1]) if word.endswith("s") else None)


def on_ground(ground: dict[str, str], gloss: str) -> str | None:
    """What a translation reads as on our ground: a word or phrase of `words` as itself; a phrase of two or three
    words each on it as those words joined by '|' ('contract negotiations': contract|negotiation); else None."""
    folded = fold(gloss)
    if folded in ground:
        return ground[folded]
    words = folded.split()
    if not 2 <= len(words) <= 3:
        return None
    found = [_in_either_number(ground, w) for w in words]
    return "|".join(found) if all(found) and not any(" " in f for f in found) else None


def build(show: tuple[str, ...] = ()) -> tuple[dict[str, str], dict]:
    import wordfreq

    ground = vocabulary()
    hand = {word_key(v) for english, forms in json.loads((DATA / "skills.json").read_text(encoding="utf-8"))["words"]
            .items() for v in (english, *forms)}
    first: dict[str, dict[str, str]] = {}   # wordfreq language -> folded headword -> its first translation
    senses_on_ground: dict[str, dict[str, set[str]]] = {}  # FreeDict language -> headword -> what its senses read as
    kept: dict[str, dict[str, str]] = {}    # folded headword -> {language: English}
    refused: dict[str, set[str]] = {}       # folded headword -> languages whose translations are ambiguous
    for lang, code in LANGUAGES.items():
        by_key: dict[str, list[list[str]]] = {}
        for headword, senses in entries(lang):
            by_key.setdefault(word_key(headword), []).extend(senses)
        for key, senses in by_key.items():
            if code and senses:
                first.setdefault(code, {})[key] = senses[0][0]
            if " " in key or not key.isalpha() or len(key) < 4 or not senses:
                continue
            ours = [on_ground(ground, g) for sense in senses for g in sense]
            senses_on_ground.setdefault(lang, {})[key] = {o for o in ours if o}
            if key in show:
                print(lang, key, senses[:6], ours[:4])
            # The first sense on our ground (one of its first two words), every translation on our ground the same
            # words, and no other sense an everyday English word off it ('wiadomości': knowledge, then news).
            meant = next((o for o in map(partial(on_ground, ground), senses[0][:2]) if o), None)
            if meant is None:
                continue
            if any(o is not None and o != meant for o in ours) or any(
                    on_ground(ground, g) is None and wordfreq.zipf_frequency(g, "en") >= OTHER_SENSE
                    for sense in senses[1:] for g in sense):
                refused.setdefault(key, set()).add(lang)
                continue
            kept.setdefault(key, {})[lang] = meant
    # The stems English words read as without the dictionary: a headword that already reads as one of them is a
    # cognate the stems make meet ('illustrazione', 'illustration'), whatever synonym a dictionary gives (image).
    english_stems = {_translated_or_stem(w, dictionary=False) for w in wordfreq.top_n_list("en", 60_000)
                     if len(w) >= 5 and w.isalpha() and w.isascii()}
    table: dict[str, str] = {}
    dropped = {"ambiguous": 0, "two languages": 0, "everyday elsewhere": 0, "hand table": 0, "cognate": 0}
    for key, by_lang in kept.items():
        english = set(by_lang.values())
        if key in hand:
            dropped["hand table"] += 1
            continue
        if refused.get(key) or len(english) > 1:
            dropped["two languages" if len(english) > 1 else "ambiguous"] += 1
            continue
        (meaning,) = english
        if _translated_or_stem(key, dictionary=False) in english_stems:
            dropped["cognate"] += 1
            continue
        own = {LANGUAGES[lang] for lang in by_lang}
        elsewhere = [code for code in (*OTHER_LANGUAGES, *filter(None, LANGUAGES.values()))
                     if code not in own and wordfreq.zipf_frequency(key, code) >= EVERYDAY
                     and on_ground(ground, first.get(code, {}).get(key, "")) != meaning
                     and not (code == "en" and ground.get(key) == meaning)]
        if elsewhere:
            dropped["everyday elsewhere"] += 1
            if key in show:
                print("everyday in", elsewhere, key)
            continue
        table[key] = meaning
    forms, dropped["forms refused"] = inflected(table, kept, first, senses_on_ground, ground, english_stems)
    dropped["forms added"] = len(forms)
    table.update(forms)
    return table, dropped


# FreeDict's language -> simplemma's (round 36); and the languages of the hand-written `words` FreeDict lacks here.
# Not Swahili: simplemma's Swahili forms are generated, every prefix on every stem ('nisichomada': mada, topic).
LEMMA_LANGUAGES = {"ces": "cs", "dan": "da", "deu": "de", "ell": "el", "fin": "fi", "fra": "fr", "hrv": "hbs",
                   "srp": "hbs", "hun": "hu", "isl": "is", "ita": "it", "lit": "lt", "nld": "nl", "pol": "pl",
                   "por": "pt", "slk": "sk", "slv": "sl", "spa": "es", "swe": "sv", "tur": "tr",
                   "est": "et", "lav": "lv", "ron": "ro", "nob": "nb", "cat": "ca"}
# simplemma's language -> wordfreq's (a form everyday in its own language is that language's word, not a stranger's).
_WORDFREQ_OF = {"hbs": "sh", "et": None}
FORMS_SEEN: Path | None = None  # --forms FILE: where to list the forms added, to read them


def inflected(table: dict[str, str], kept: dict[str, dict[str, str]], first: dict[str, dict[str, str]],
              senses_on_ground: dict[str, dict[str, set[str]]], ground: dict[str, str],
              english_stems: set[str]) -> tuple[dict[str, str], int]:
    """The inflected forms of the words the tables know (round 36), from simplemma's form -> lemma dictionaries: a
    form ('zdrowia', 'sztuki', 'optymalizacjach') reads as its lemma's English word when that lemma, of five letters
    or more, is a headword this table keeps for the same language, or a word of the hand-written `words` that the
    language's own dictionary (where there is one) does not read as another word. The guards of the headwords, again
    for each form: no everyday word (Zipf 3.0) of English or another language the tables read in another sense, no
    headword of a dictionary read as another word, no word the stems already read as an English word, no form that
    is itself a lemma of its language (a word of its own), and none two lemmas of different meaning share."""
    import wordfreq
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    from companion.ground.normalise.skills import _translations

    hand = {k: v.replace("_", " ") for k, v in _translations()[0].items()}
    factory = DefaultDictionaryFactory(cache_max_size=1)
    meanings: dict[str, set[str]] = {}   # folded form -> the English words its lemmas read as
    languages_of: dict[str, set[str]] = {}
    for lemma_lang in sorted(set(LEMMA_LANGUAGES.values())):
        own = {lang for lang, code in LEMMA_LANGUAGES.items() if code == lemma_lang}
        own_dictionaries = own & set(LANGUAGES)
        own_code = _WORDFREQ_OF.get(lemma_lang, lemma_lang)

        def meaning_of(lemma: str, dictionaries: set[str] = own_dictionaries) -> str | None:
            english = hand.get(lemma)
            if english is not None:
                # A lemma its own dictionary reads as another word on our ground is another language's word in
                # `words` (Polish 'data' is a date, not data).
                said = set().union(*(senses_on_ground.get(lang, {}).get(lemma, set()) for lang in dictionaries))
                return english if not said or english in said else None
            by_lang = kept.get(lemma, {})
            ours = {by_lang[lang] for lang in dictionaries if lang in by_lang}
            return table.get(lemma) if ours and table.get(lemma) in ours else None

        pairs = factory.get_dictionary(lemma_lang)
        meant: dict[str, str | None] = {}
        for lemma in set(pairs.values()):
            # A lemma of four letters or fewer is where simplemma's lists go wrong: a longer word of another sense
            # begins with it (Turkish 'caydırmak', to deter, listed as a form of 'çay', tea; 'yaramak' of 'yara').
            meant[lemma] = meaning_of(word_key(lemma)) if len(word_key(lemma)) >= 5 else None
        lemmas = {lemma.lower() for lemma in meant}
        found: dict[str, str] = {}
        for form, lemma in pairs.items():
            meaning = meant[lemma]
            if meaning is None or form.lower() in lemmas:
                continue
            key = word_key(form)
            if len(key) >= 5 and key.isalpha() and key != word_key(lemma):
                found[key] = meaning
        for key, meaning in found.items():
            meanings.setdefault(key, set()).add(meaning)
            languages_of.setdefault(key, set()).add(own_code or "")
        print(f"  {lemma_lang}: {len(found)} forms", file=sys.stderr)
        del pairs, lemmas
    forms: dict[str, str] = {}
    refused = 0
    for key, english in meanings.items():
        if len(english) > 1 or key in hand or key in table:
            refused += len(english) > 1 or (key in table and table[key] not in english)
            continue
        (meaning,) = english
        # A headword of a dictionary that reads as another word there, or as nothing on our ground but an everyday
        # English word (FreeDict lists some forms: their glosses name the lemma).
        if any(said and meaning not in said for said in (by_lang.get(key) for by_lang in senses_on_ground.values())):
            refused += 1
            continue
        if _translated_or_stem(key, dictionary=False) in english_stems:
            refused += 1
            continue
        own = languages_of[key]
        elsewhere = [code for code in (*OTHER_LANGUAGES, *filter(None, LANGUAGES.values()))
                     if code not in own and wordfreq.zipf_frequency(key, code) >= EVERYDAY
                     and on_ground(ground, first.get(code, {}).get(key, "")) != meaning
                     and not (code == "en" and ground.get(key) == meaning)]
        if elsewhere:
            refused += 1
            continue
        forms[key] = meaning
    if FORMS_SEEN:
        FORMS_SEEN.write_text("".join(f"{k}\t{v}\n" for k, v in sorted(forms.items())), encoding="utf-8")
    return forms, refused


def write(table: dict[str, str]) -> None:
    import marisa_trie

    trie = marisa_trie.BytesTrie([(k, v.encode("utf-8")) for k, v in table.items()])
    header = {"source": "FreeDict bilingual dictionaries into English (freedict.org, Debian's dict-freedict-*-eng "
                        "packages), filtered by scripts/build_dictionary_words.py",
              "licence": "derived data under the dictionaries' licences: "
                         + "; ".join(f"{lang} {licence(lang)}" for lang in LANGUAGES),
              "languages": sorted(LANGUAGES), "fold_version": FOLD_VERSION, "entries": len(table),
              "forms": "inflected forms from simplemma's lemma lists (code MIT; its data from Michal Mechura's "
                       "lemmatization lists, ODbL 1.0; Wiktionary via Kaikki, CC BY-SA; FreeLing; spaCy lookups "
                       "data, MIT; UniMorph, CC BY-SA 3.0; Wikinflection, CC BY 4.0), languages "
                       + ", ".join(sorted(set(LEMMA_LANGUAGES.values())))}
    OUT.write_bytes(json.dumps(header, ensure_ascii=False).encode("utf-8") + b"\n" + trie.tobytes())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--show", nargs="*", default=(), help="print what the dictionaries say of these folded words")
    parser.add_argument("--check", action="store_true", help="print the counts, write nothing")
    parser.add_argument("--forms", type=Path, help="list the inflected forms added in this file (form, English)")
    args = parser.parse_args()
    global FORMS_SEEN
    FORMS_SEEN = args.forms
    table, dropped = build(tuple(args.show))
    by_english: dict[str, int] = {}
    for english in table.values():
        by_english[english] = by_english.get(english, 0) + 1
    print(f"{len(table)} words for {len(by_english)} English words; left out: {dropped}")
    if not args.check:
        write(table)
        print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
