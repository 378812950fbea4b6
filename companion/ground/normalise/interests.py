"""Hobbies and causes: 'weekends you'll find me rock climbing' shares climbing with 'Bouldering'.

Both come from companion/ground/data/interests.json: each entry has the names people list (in the languages
people write them: 'Wandern', 'randonnée' and 'senderismo' are hiking) and the phrases that reveal it in
prose. A hobby may name a wider one (`broader`: rugby union is rugby) and belongs to a family whose own item
(`category_items`: 'music' for cello) is wider still. Someone who lists 'music' shares it with a cellist;
two different hobbies of one family (jazz and opera, pilates and yoga) are not shared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from companion.ground.normalise import phrases
from companion.ground.normalise.phrases import Match, PhraseMatcher, phrase_shapes
from companion.ground.normalise.text import fold, kept_index, load_table, slug

# Only the forms that say 'football club': 'Barcelona SC' (Guayaquil) is not FC Barcelona, nor 'AC Milan' 'Milan'.
_BRACKETED = re.compile(r"\(([^)]*)\)")
_LIST = re.compile(r"\s*(?:,|/|&|\+|\by\b|\band\b|\be\b|\bet\b|\bund\b|\ben\b)\s*")
_DONE_WHERE = re.compile(r"^(?P<hobby>[^\W\d_][\w' -]{1,30}?)\s+(?:in|at|on|na|no|em|en|à|a|au|aux|im|am|i|på|w|ve|di|ke)"
                         r"\s+(?:the\s+|la\s+|le\s+|el\s+|les\s+|los\s+|der\s+|den\s+)?[A-ZÀ-ÝĀ-Ž]")
_FRAME = re.compile(r" (?:nights|night|evenings|sessions|lessons|classes|class|club|clubs|league|leagues|meetups|"
                    r"tournaments|practice|group|groups|circle|noches|tardes|clases|aulas|soirees|abende|kurs|kurse|"
                    r"kansen)$")  # Japanese kansen: watching the game ('Yakyū kansen', 'Sakkā kansen')
# Saying one follows a team: 'Austin FC supporter', 'fan of Boca Juniors'.
_FAN = re.compile(r"^(?:fan of|supporter of|follower of|hincha de|torcedor do|torcedora do) | (?:fan|fans|supporter|"
                  r"supporters|follower|fanatic|season ticket holder|hincha|torcedor|torcedora)$")
_CLUB_FORM = re.compile(r"^(?:fc|afc|cf) (?=\w{3})|(?<=\w{3}) (?:fc|afc|cf)$")


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
    """The lexicon's hobbies and causes by their names, their wider hobbies and the phrases that reveal them, read
    from an index kept beside interests.json (text.kept_index): folding and cutting its thousands of names and
    phrases is most of a fresh process's first common ground."""

    def __init__(self) -> None:
        index = kept_index("interests.json.lexicon", _lexicon_index, ("interests.json",), (__file__, phrases.__file__))
        items = [Interest(*fields) for fields in index["items"]]
        self.by_name: dict[tuple[str, str], Interest] = {name: items[at] for name, at in index["by_name"].items()}
        self.ancestors: dict[str, tuple[str, ...]] = index["ancestors"]
        self.matcher = PhraseMatcher.from_shapes(index["shapes"], [{"item": item} for item in items])


def _lexicon_index() -> dict:
    """The lexicon as marshal keeps it: each item's fields, and items by their place in `items`."""
    table = load_table("interests.json")
    category_items = table.get("category_items", {})
    entries = {(kind, entry["name"]): entry for kind, section in (("interest", "interests"), ("cause", "causes"))
               for entry in table[section]}

    def broader(kind: str, entry: dict) -> dict | None:
        """The next wider hobby: the one named `broader` ('rugby' for rugby union), else its family's own
        item ('music' for cello), never itself."""
        name = entry.get("broader") or category_items.get(entry.get("parent") or "")
        wider = entries.get((kind, name)) if name else None
        return wider if wider is not None and wider is not entry else None

    def key(kind: str, entry: dict) -> str:
        return f"{kind}:{slug(entry['name'])}"

    items: list[tuple] = []
    by_name: dict[tuple[str, str], int] = {}
    ancestors: dict[str, tuple[str, ...]] = {}
    said: dict[str, int] = {}
    for (kind, _), entry in entries.items():
        chain, wider = [], broader(kind, entry)
        while wider is not None and key(kind, wider) not in chain and len(chain) < 4:
            chain.append(key(kind, wider))
            wider = broader(kind, wider)
        first = broader(kind, entry)
        at = len(items)
        items.append((kind, key(kind, entry), entry.get("label", entry["name"]),
                      key(kind, first) if first else None, first.get("label", first["name"]) if first else None))
        ancestors[items[at][1]] = tuple(chain)
        by_name[(kind, fold(entry["name"]))] = at  # an entry's own name is that entry, whatever else lists it
        for phrase in entry["text"]:
            said.setdefault(phrase, at)
    for at, ((kind, _), entry) in enumerate(entries.items()):  # then the other names: 'freediving' is no one else's
        for name in entry["names"]:
            by_name.setdefault((kind, fold(name)), at)
    return {"items": items, "by_name": by_name, "ancestors": ancestors, "shapes": phrase_shapes(said)}


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    return _Lexicon()


# The endings of the adjectives of countries and peoples in Spanish, Portuguese, Italian, French and German
# ('peruana', 'japonaise', 'italiano', 'coreana', 'brasileira', 'indienne', 'japanische').
_FROM_WHERE = re.compile(r"^\w{2,}(?:ana|ano|anas|anos|iana|iano|ienne|ien|aise|ais|esa|ese|eira|eiro|ina|ino|ische|isch)$")


@lru_cache(maxsize=32_768)
def normalise_interest(name: str, kind: str = "interest") -> Interest | None:
    """A listed interest (or cause, with kind='cause'); names outside the lexicon match only exactly."""
    folded = fold(name or "")
    if not folded:
        return None
    lexicon = _lexicon()
    # One word written in two or with a hyphen: 'Free diving' and 'free-diving' are the lexicon's 'freediving'.
    found = lexicon.by_name.get((kind, folded)) or lexicon.by_name.get((kind, re.sub(r"[\s-]+", "", folded)))
    if found:
        return found
    from companion.ground.normalise.skills import cjk_term

    english = cjk_term(folded)  # '登山', '刺繡': a hobby or cause the dictionaries of Chinese and Japanese name in English
    found = english and (lexicon.by_name.get((kind, fold(english)))
                         or lexicon.by_name.get(("cause" if kind == "interest" else "interest", fold(english))))
    if found:
        return found
    # 'HIV/AIDS awareness', 'Mental health awareness': raising awareness of a cause the lexicon knows is caring about it
    # (an unknown one stays itself: 'Prostate cancer awareness' is not the breast cancer cause).
    aware = lexicon.by_name.get((kind, folded.removesuffix(" awareness"))) if folded.endswith(" awareness") else None
    if aware is not None and aware.kind == "cause":
        return aware
    other = "cause" if kind == "interest" else "interest"
    variant = folded[:-1] if folded.endswith("s") else folded + "s"  # 'Board game', 'Marathons'
    for key in ((other, folded), (kind, variant), (other, variant)):
        found = lexicon.by_name.get(key)
        if found:
            return found
    # 'Football (49ers)', 'Go (weiqi)': what the brackets say is the hobby meant.
    inside = list(dict.fromkeys(item for part in _BRACKETED.findall(name) for _, item in sorted(
        (m.start, m.entry["item"]) for m in lexicon.matcher.find(part)
        if not _made_other(part, m) and m.entry["item"].kind == kind)))
    # 'Baile (salsa y merengue)': kinds of the hobby written outside, each by its name; the first is the one meant.
    outside = _BRACKETED.sub(" ", name).strip()
    wider = lexicon.by_name.get((kind, fold(outside))) if outside else None
    listed = [lexicon.by_name.get((kind, fold(word))) for part in _BRACKETED.findall(name) for word in _LIST.split(part)]
    kinds_of = [item for item in listed if item is not None and wider is not None
                and wider.key in lexicon.ancestors.get(item.key, ())]
    if kinds_of:
        return kinds_of[0]
    if len(inside) == 1:
        return inside[0]
    # 'Surf na Ericeira', 'Skiing in the Poconos': a hobby by its name, then the place it is done, written by its name.
    where = _DONE_WHERE.match(name.strip())
    done = lexicon.by_name.get((kind, fold(where["hobby"]))) if where else None
    # 'Fado nights', 'Chess club', 'Salsa classes': the hobby, and how it is met for.
    framed = _FRAME.sub("", fold(where["hobby"] if where else name))
    done = done or (lexicon.by_name.get((kind, framed)) if framed != fold(name) else None)
    if done is not None:
        return done
    # 'Playing the cello', 'Weekend hiking': a listed name that says one hobby in more words.
    said = {m.entry["item"] for m in lexicon.matcher.find(name) if not _made_other(name, m)}
    if len(said) == 1:
        return said.pop()
    # 'Cocina peruana', 'Calligraphie japonaise': a listed name, then the adjective of where it comes from, as the
    # languages that put it after write what English writes 'Peruvian cooking'.
    words = folded.split()
    if len(words) == 2 and _FROM_WHERE.search(words[1]) and (kind, words[0]) in lexicon.by_name:
        return lexicon.by_name[(kind, words[0])]
    # 'Arsenal FC' is the Arsenal a fan lists; the club's form is no part of the name, nor being its fan.
    # And a hobby no lexicon knows is the same written with where or how it is met for ('fado nights in Alfama').
    bare = _FRAME.sub("", fold(where["hobby"]) if where else folded)
    if kind == "cause":  # 'Santé mondiale': a cause the lexicon knows by its English name, in another language
        translated = _causes_by_words().get(_words_of(name)) or _cause_in_a_word(folded)
        if translated is not None:
            return translated
    club = _CLUB_FORM.sub("", _FAN.sub("", bare).strip()).strip() or folded
    club = _singular_last(club, name)
    return Interest(kind=kind, key=f"{kind}:{club.replace(' ', '-')}", label=name.strip(), known=False)


_PLURAL_S = re.compile(r"(?<=\w)(?<![sui])(?<!ie)s$")  # 'jams', 'games'; not 'glass', 'chorus', 'basis', 'series'


def _singular_last(folded: str, written: str) -> str:
    """A hobby of several words no lexicon knows, one and many alike ('Game jam' and 'Game jams'): its last word's
    plural 's' dropped, when that word is written in small letters (a name in capitals is a name: 'Rolling Stones' is not 'Rolling Stone')."""
    words = folded.split()
    if len(words) < 2 or len(words[-1]) < 4 or not _PLURAL_S.search(words[-1]):
        return folded
    # the word as written, wherever the frame left it ('Boca Juniors fan': 'Juniors', in capitals)
    if not any(word.islower() and fold(word) == words[-1] for word in written.split()):
        return folded
    return " ".join([*words[:-1], words[-1][:-1]])


def _words_of(name: str) -> frozenset[str]:
    from companion.ground.normalise.skills import skill_words  # translated by the skills' word table

    return skill_words(name)


@lru_cache(maxsize=1)
def _causes_by_words() -> dict[frozenset[str], Interest]:
    """The lexicon's causes by the translated words of their names of two words or more ('global health': health),
    leaving out words that two causes share ('Child welfare' and 'Animal welfare' differ, and stay so)."""
    found: dict[frozenset[str], Interest | None] = {}
    for (kind, name), item in _lexicon().by_name.items():
        words = _words_of(name) if kind == "cause" and " " in name else frozenset()
        if len(words) >= 2:
            found[words] = item if found.get(words, item) == item else None
    return {words: item for words, item in found.items() if item is not None}


def _cause_in_a_word(folded: str) -> Interest | None:
    """A cause of one word no lexicon knows that a bilingual dictionary translates plainly to a cause the lexicon
    names in one English word ('Onderwys', Afrikaans: Education). Only the dictionary's word (data/dictionary_words.bin
    keeps a translation only when it is the word's first sense and no everyday word of another sense), never a stem."""
    from companion.ground.normalise.skills import dictionary_translation

    if " " in folded or not (english := dictionary_translation(folded)):
        return None
    return _causes_in_a_word().get(english)


@lru_cache(maxsize=1)
def _causes_in_a_word() -> dict[str, Interest]:
    """The lexicon's causes by their one-word English name, read as the dictionary's key ('education')."""
    from companion.ground.normalise.skills import word_of_ours

    found: dict[str, Interest | None] = {}
    for (kind, name), item in _lexicon().by_name.items():
        if kind == "cause" and name == fold(item.label) and " " not in name:
            key = word_of_ours(name)
            found[key] = item if found.get(key, item) == item else None
    return {key: item for key, item in found.items() if item is not None}


@lru_cache(maxsize=1)
def _regional() -> dict[str, dict[str, str]]:
    """A hobby's bare name as another game in some countries (interests.json `regional_senses`)."""
    return load_table("interests.json").get("regional_senses", {})


@lru_cache(maxsize=1)
def _bare_names() -> dict[str, frozenset[str]]:
    """A hobby's bare name in other languages ('hokej', 'хоккей'), which means what the bare name means there."""
    names = load_table("interests.json").get("regional_bare_names", {})
    return {key: frozenset(fold(name) for name in written) for key, written in names.items()}


def in_country(item: Interest, written: str, country: str | None) -> Interest:
    """The hobby a bare name means where the person lives: 'football' in the United States is American football,
    'hockey' in India field hockey. Only the bare word, as written ('soccer' and 'ice hockey' say which); a bracket
    after it that names one of its games says which anywhere: 'Football (Go Bucks!)', 'Football (soccer)'."""
    senses = _regional().get(item.key)
    name = _BRACKET.sub(" ", written).strip()  # 'Football (Go Bucks!)': the name, and the writer's word on which
    bare = fold(name) == item.label or fold(name) in _bare_names().get(item.key, ())
    if not senses or not bare:
        return item
    meant = {fold(sense) for sense in senses.values()} | {item.label}
    for said, _ in find_interests(" ".join(_BRACKET.findall(written))):
        if said.kind == item.kind and said.label in meant:
            return said  # a word of one of its games beside it says which, wherever the writer lives ('(soccer)')
    if not country or country not in senses:
        return item
    return _lexicon().by_name.get((item.kind, fold(senses[country])), item)


_BRACKET = re.compile(r"\(([^)]*)\)")


def means_by_region(key: str) -> bool:
    """True for a hobby's bare name that means one game in some countries and another elsewhere ('hockey',
    'football'): not read where the person lives, it is no wider hobby of either game."""
    return key in _regional()


@lru_cache(maxsize=1)
def style_tables() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    table = load_table("interests.json").get("styles", {})
    return ({fold(w): s for w, s in table.get("words", {}).items()},
            {fold(n): s for n, s in table.get("names", {}).items()}, frozenset(map(fold, table.get("filler", ()))))


# A style is read from a listed name's first characters: every run of its words is looked up, so a name of
# thousands of words ('Road road road … cycling') took minutes.
_STYLE_READ_MAX = 200


def style_words(written: str, key: str) -> frozenset[str]:
    """The style a listed name of the hobby of `key` names, as the styles table's words: {'mountain'} for
    'Ciclismo de montaña', 'Mountain biking' and 'Bergfietsry'; empty for the hobby's own name in any language."""
    words, names, filler = style_tables()
    written = (written or "")[:_STYLE_READ_MAX]
    whole = fold(written)
    if whole in names:
        return frozenset({names[whole]})
    found = style_of(written, key)
    if found is None:
        return frozenset()
    out = {names[found[0]]} if found[0] in names else set()  # 'Gravel cycling': 'gravel' is a style's own name
    out.update(words[w] for w in found[0].split() if w in words)  # 'Sunday road cycling': 'road cycling' inside
    # Only words the table knows as a style count: 'Sunday cycling' or 'Cycling with friends' is the plain hobby, said
    # with a word that is no style of it, not a style of its own kept apart from 'Road cycling'.
    out.update(words.get(word) or names[word] for word in found[1] - filler if word in words or word in names)
    return frozenset(out)


def style_of(written: str, key: str) -> tuple[str, frozenset[str]] | None:
    """A listed name as one style of the hobby of `key`: the shorter name of that hobby inside it and the words that
    make the style ('cycling' and {'road'} in 'Road cycling', 'ciclismo' and {'de', 'montana'} in 'Ciclismo de
    montaña'). None when the name is the hobby's own, in whatever language ('Cycling', 'Radfahren'), or names no
    part of it."""
    words, lexicon = fold((written or "")[:_STYLE_READ_MAX]).split(), _lexicon()
    for size in range(len(words) - 1, 0, -1):
        for at in range(len(words) - size + 1):
            item = lexicon.by_name.get(("interest", " ".join(words[at:at + size])))
            if item is not None and item.key == key:
                # Years, times and scores ('Chicago Marathon 2025: 3:30:02') are results, not a style of the hobby.
                return " ".join(words[at:at + size]), frozenset(
                    w.strip(".,:;!?()") for w in words[:at] + words[at + size:]
                    if not any(c.isdigit() for c in w) and w.strip(".,:;!?()"))
    return None


def wider_interests(key: str) -> tuple[str, ...]:
    """The keys of the wider hobbies a hobby belongs to, nearest first: rugby union -> rugby -> sport."""
    return _lexicon().ancestors.get(key, ())


def find_interests(text: str) -> list[tuple[Interest, Match]]:
    """Every hobby or cause the text reveals, with where it says so."""
    if not text:
        return []
    found = [(m.entry["item"], m) for m in _lexicon().matcher.find(text) if not _made_other(text, m)]
    return found + [hit for hit in _played(text) if not any(hit[1].start < m.end and m.start < hit[1].end
                                                             for _, m in found)]


# Saying one plays it: 'I play squash twice a week', 'playing the cello'. A game or instrument whose bare name in prose
# means other things too ('squash', 'bridge', 'go') says the hobby after a verb of playing.
_PLAYED = re.compile(r"(?:\b(?:i|we|also|still|to)\s+(?:play|plays|playing|played)\s+(?:the\s+|some\s+|a\s+lot\s+of\s+)?"
                     # and in the languages profiles are written in: 'juego al pádel', 'toco la guitarra', 'je joue
                     # du piano', 'ich spiele Schach', 'gioco a tennis', 'suono il violino', 'ik speel hockey'
                     r"|\b(?:juego|jugamos|toco|tocamos|jogo|jogamos)\s+(?:al\s+|a\s+la\s+|el\s+|la\s+|o\s+|a\s+|"
                     r"ao\s+|à\s+)?"
                     r"|\bje\s+joue\s+(?:au\s+|aux\s+|du\s+|de\s+la\s+|de\s+l['’]\s*)?"
                     r"|\bich\s+spiele\s+(?:gern\s+|gerne\s+|viel\s+)?"
                     r"|\b(?:gioco|suono)\s+(?:a\s+|il\s+|la\s+|lo\s+|l['’]\s*)?"
                     r"|\bik\s+speel\s+(?:graag\s+)?)"
                     r"([^\W\d_]+(?:[\s-][^\W\d_]+)?)", re.IGNORECASE)


def _played(text: str) -> list[tuple[Interest, Match]]:
    found = []
    for m in _PLAYED.finditer(text):
        words = m.group(1).split()
        for n in (len(words), 1) if len(words) > 1 else (1,):  # 'table tennis', else its first word: 'squash twice'
            name = " ".join(words[:n])
            item = _lexicon().by_name.get(("interest", fold(name)))
            if item is not None and not made_other(text, m.start(1), m.start(1) + len(name)):
                found.append((item, Match(entry={"item": item}, start=m.start(1), end=m.start(1) + len(name),
                                          words=name)))
                break
    return found


# Words that, written just before a hobby, make it another activity: 'fantasy football' is a game on a screen,
# 'web surfing' no sport, 'water skiing' not skiing, 'sim racing' no motorsport, 'real tennis' not tennis.
_OTHER_ACTIVITY = {"fantasy", "table", "water", "jet", "web", "internet", "couch", "armchair", "sim", "virtual",
                   "online", "video", "mobile", "e", "dream", "laughter", "chair", "desk",
                   "real", "paddle", "platform",  # 'real tennis' is the old court game, 'paddle tennis' its own
                   "land", "sand"}  # 'land sailing', 'sand yachting': a wheeled craft on a beach, not a boat
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s-]*$")
# The words just before a hobby are read from this many characters before it: a search anchored at the end of a whole
# about ('a' * 19,000, then 'chess') retried from every letter, once per hobby (seconds each; the final read).
BEFORE_REACH = 60


def _tail(text: str, end: int) -> str:
    return text[max(0, end - BEFORE_REACH):end]
# French names a craft and what drives it with 'à' ('char à voile', land sailing; 'planche à voile', windsurfing;
# 'vol à voile', gliding): the hobby after 'à' and another word is the name of another activity.
_CRAFT_WITH = re.compile(r"[^\W\d_]{2,}[\s-]+à[\s-]+$", re.IGNORECASE)


# And words after it: 'guitar making' is a luthier's craft, 'piano tuning' a trade, 'football betting' no game.
_OTHER_AFTER = {"making", "maker", "makers", "repair", "repairs", "tuning", "tuner", "building", "builder", "betting",
                "refereeing", "umpiring", "industry", "business", "marketing", "journalism", "engineering", "design",
                "manufacturing", "technician", "technology", "analytics", "tourism", "law", "policy",
                "boxing"}  # 'chess boxing' is a sport of its own, rounds of chess and of boxing
_WORD_AFTER = re.compile(r"^[\s-]*([^\W\d_]+)")


def _made_other(text: str, match: Match) -> bool:
    return made_other(text, match.start, match.end) or _of_other_art(text, match)


# A genre of music and a dance style share names ('jazz', 'tango', 'salsa', 'swing'); the word for music or dance
# beside one says which art is meant, so 'Jazz dance' is no jazz and 'Tango music' no tango dancing.
_ART_WORDS = {"interest:music": {"music", "musik", "musique", "musica", "muziek", "musikk", "muzyka", "muzika"},
              "interest:dancing": {"dance", "dances", "dancing", "danse", "tanz", "tanzen", "baile", "danza", "danca",
                                   "dans", "dansen", "dansa", "taniec"}}


def _of_other_art(text: str, match: Match) -> bool:
    item = match.entry["item"]
    if item.kind != "interest":
        return False
    before, after = _WORD_BEFORE.search(_tail(text, match.start)), _WORD_AFTER.match(text[match.end:])
    beside = {fold(m.group(1)) for m in (before, after) if m is not None}
    return any(beside & words and art != item.key and art not in wider_interests(item.key)
               for art, words in _ART_WORDS.items())


def craft_named_with(hobby: str, wording: str) -> bool:
    """True when `wording` names a craft driven by the `hobby` as French does ('Char à voile' for 'Voile'), as
    written, before its accents are folded away with the 'à'."""
    # (from a word's start: unanchored, a long run of letters was retried from each of them, the final read)
    return bool(re.search(r"(?<![^\W\d_])[^\W\d_]{2,}[\s-]+à[\s-]+" + re.escape(hobby.strip()) + r"\b", wording,
                          re.IGNORECASE))


def made_other(text: str, start: int, end: int | None = None) -> bool:
    """True when the word just before text[start:end] ('web surfing') or just after it ('guitar making') makes
    another activity of the hobby written there."""
    before = _WORD_BEFORE.search(_tail(text, start))
    if before is not None and before.group(1).lower() in _OTHER_ACTIVITY:
        return True
    if _CRAFT_WITH.search(_tail(text, start)):
        return True
    after = _WORD_AFTER.match(text[end:]) if end is not None else None
    return after is not None and after.group(1).lower() in _OTHER_AFTER
