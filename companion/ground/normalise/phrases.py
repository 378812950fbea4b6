"""Finding lexicon phrases in free text: whole words, longest phrase first, acronyms by exact case."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

_SEPARATORS = re.compile(r"[\s\-]+")


def _accent_table() -> dict[int, str]:
    """Each accented Latin letter mapped to its bare letter, one character for one, so offsets stay true."""
    table = {}
    for code in range(0xC0, 0x250):
        bare = "".join(ch for ch in unicodedata.normalize("NFKD", chr(code)) if not unicodedata.combining(ch))
        if len(bare) == 1 and bare != chr(code):
            table[code] = bare
    table.update({0x2019: "'", 0x2018: "'"})  # typographic apostrophes: "I’m" is "I'm"
    return table


_UNACCENT = _accent_table()


def unaccent(text: str) -> str:
    """The text without accents on Latin letters ('Café' -> 'Cafe'), the same length, so matches map back."""
    return text.translate(_UNACCENT)


@dataclass(frozen=True, slots=True)
class Match:
    """One phrase found in a text: which entry, where, and the words as written."""

    entry: dict
    start: int
    end: int
    words: str


_TOKEN = re.compile(r"[\w#+]+|[^\w\s\-]")


def _tokens(text: str) -> list[tuple[str, int, int, bool]]:
    """(lower-case token, start, end, whether spaces or hyphens stand before it) for each word or mark."""
    out = []
    previous_end = 0
    for m in _TOKEN.finditer(text):
        out.append((m.group().lower(), m.start(), m.end(), m.start() > previous_end and bool(out)))
        previous_end = m.end()
    return out


def _shape(tokens) -> tuple:
    return tuple((t[0], t[3]) for t in tokens)


def phrase_shapes(phrases: dict[str, Any]) -> tuple[dict[tuple, tuple[Any, str | None]], dict[str, int]]:
    """Each phrase by the words it is cut into (-> its value, and its letters when it matches only in capitals),
    and the most words a phrase starting with each word has."""
    by_shape: dict[tuple, tuple[Any, str | None]] = {}
    longest: dict[str, int] = {}
    for phrase, value in phrases.items():
        plain = unaccent(phrase)
        tokens = _tokens(plain)
        if not tokens:
            continue
        exact = plain if plain.isupper() and len(plain) <= 4 else None
        by_shape[_shape(tokens)] = (value, exact)
        first = tokens[0][0]
        longest[first] = max(longest.get(first, 0), len(tokens))
    return by_shape, longest


class PhraseMatcher:
    """Every phrase found by whole words; overlapping phrases resolve to the longest ('martial arts' wins over
    'arts'), and all-capital phrases ('AI') match only in capitals, so French 'j'ai' is not AI. Words may be
    parted by spaces or hyphens ('five-a-side'); accents are ignored on both sides ('café' finds 'cafe').

    Phrases are looked up word by word in a dictionary, not tried one by one at every position, so a lexicon
    of a thousand phrases costs what one of a hundred does.
    """

    def __init__(self, phrases: dict[str, dict]):
        self.by_shape: dict[tuple, tuple[dict, str | None]]
        self.by_shape, self.longest = phrase_shapes(phrases)

    @classmethod
    def from_shapes(cls, shapes: tuple[dict, dict], entries: list[dict]) -> PhraseMatcher:
        """A matcher from what phrase_shapes made of phrases mapped to places in `entries` (kept beside their
        table, so a fresh process does not cut every phrase into words again)."""
        matcher = cls.__new__(cls)
        by_shape, matcher.longest = shapes
        matcher.by_shape = {shape: (entries[at], exact) for shape, (at, exact) in by_shape.items()}
        return matcher

    def find(self, text: str) -> Iterator[Match]:
        """Each phrase occurrence in `text`, left to right, never overlapping."""
        text = text or ""
        plain = unaccent(text)
        tokens = _tokens(plain)
        i, count = 0, len(tokens)
        while i < count:
            most = self.longest.get(tokens[i][0])
            if most is None:
                i += 1
                continue
            found = None
            for n in range(min(most, count - i), 0, -1):
                window = tokens[i:i + n]
                hit = self.by_shape.get(((window[0][0], False), *_shape(window[1:])))
                if hit is None:
                    continue
                entry, exact = hit
                start, end = window[0][1], window[-1][2]
                if exact is not None and _SEPARATORS.sub(" ", plain[start:end]) != exact:
                    continue
                found = (entry, start, end, n)
                break
            if found is None:
                i += 1
                continue
            entry, start, end, n = found
            yield Match(entry=entry, start=start, end=end, words=text[start:end])
            i += n


# ---------------------------------------------------------------- phrases two texts share

# Little words, which a shared phrase may hold but not be made of (English and the languages profiles are most
# often written in), and words that any professional writes ('years of experience', 'passionate about people').
_LITTLE = frozenset(
    "a an the of and or in on at to for with by from as is are was be my our your their i we you he she they it this"
    " that de del la las el los y e o u en con por para un una da do das dos na no nas nos em com um uma le les du"
    " des et au aux pour dans sur der die das und im mit von zu fur ein eine di il lo gli che per con dan yang di"
    " ke untuk".split())
_GENERIC = frozenset(
    "years year experience experienced working work works worked currently passionate people team teams company"
    " companies based helping help field industry projects project love also always background career years"
    " previously former now new more most best great good well time weekends weekend life world day days"
    " anos experiencia trabajo equipo empresa write writes writing wrote about focus focused interested"
    " interest interests passion".split())
# Words no subject begins or ends with, for matchers elsewhere.
COMMON_WORDS = _LITTLE | _GENERIC
_WORD = re.compile(r"[^\W\d_]+")
_JOINERS = re.compile(r"^[ \t\-]+$")  # not across lines: listed interests are one a line


@dataclass(frozen=True, slots=True)
class SharedPhrase:
    """A phrase both texts use, and how each wrote it."""

    key: str
    mine: str
    theirs: str


def _runs(text: str) -> list[list[tuple[str, int, int]]]:
    """The text's words as runs not broken by punctuation: (folded word, start, end)."""
    runs, current, last_end = [], [], None
    plain = unaccent(text)
    for m in _WORD.finditer(plain):
        if current and not _JOINERS.match(plain[last_end:m.start()]):
            runs.append(current)
            current = []
        current.append((m.group().casefold(), m.start(), m.end()))
        last_end = m.end()
    if current:
        runs.append(current)
    return runs


def _lower_first(text: str, kept: tuple[int, int] | None, start: int) -> bool:
    """True when a phrase found at `start` is the one to keep: the first, or the first written in lower case after one
    written capitalised ('Mobilidade urbana' in a headline, then 'projetos de mobilidade urbana' in the about)."""
    return kept is None or (not text[kept[0]].islower() and text[start].islower())


def _plainer(text: str, kept: tuple[int, int] | None, start: int, end: int) -> bool:
    """True when a phrase found at `start` is all in lower case and the one kept has a capital inside: a subject as
    written ('la santé mondiale'), not words of a name ("l'Organisation mondiale de la Santé")."""
    return (kept is not None and text[start].islower() and not any(c.isupper() for c in text[start:end])
            and any(c.isupper() for c in text[kept[0] + 1:kept[1]]))


# Words of a clause, not of a subject's name: pronouns, relatives, auxiliaries and particles ('energetic individual
# who', 'am fluent with frameworks like Flask', 'capable of picking up', 'take on any challenges'); and verbs a
# profile's sentences begin with ('review contracts', 'debug and maintain complex software'): newcomer 10, P1.
_CLAUSE = frozenset(
    "who whom whose which what where when whenever while am been being have has had having do does did can could"
    " will would shall should may might must me us him her them its itself myself like than so very any some"
    " all each every such up out off just only not ready able capable into onto across".split())
_VERB_FIRST = frozenset(
    "take takes taking took review reviews reviewing reviewed debug debugging maintain maintaining maintained build"
    " builds building built designing designed develop develops developing developed lead leads"
    " leading led manage manages managing managed make makes making made create creates creating created drive"
    " drives driving drove deliver delivers delivering delivered use uses using used pick picks picking picked get"
    " gets getting got solve solves solving solved bring brings bringing brought"
    " debugs debugged ensure ensuring ensured supporting supported handle handling handled range ranges ranging".split())
# Words of a profile's self-description, no subject alone or at a phrase's end ('constant learner').
_SELF_WORDS = frozenset(
    "individual individuals learner learners enthusiast enthusiasts ability abilities aspects aspect challenges"
    " challenge fluent frameworks framework scratch ease energetic".split())


def is_clause_fragment(words: tuple[str, ...]) -> bool:
    """True when folded words read as part of a sentence rather than a subject's name: a clause word anywhere, a
    verb first, or a word of self-description last."""
    return (any(w in _CLAUSE for w in words) or words[0] in _VERB_FIRST or words[-1] in _SELF_WORDS
            or words[0] in _SELF_WORDS or words[-1] in _VERB_FIRST
            # a participle, last or with its preposition: 'skill set centered around Python'
            or (len(words) > 1 and words[-1].endswith("ed"))
            or any(w == "to" and nxt in _VERB_FIRST for w, nxt in zip(words, words[1:], strict=False))  # 'to review'
            or any(w.endswith("ed") and nxt in _LITTLE | {"around", "about", "upon"}
                   for w, nxt in zip(words, words[1:], strict=False)))


def _telling(words: tuple[str, ...]) -> bool:
    if words[0] in _LITTLE | _GENERIC or words[-1] in _LITTLE | _GENERIC:
        return False  # 'write about misinformation': the phrase is what follows
    if is_clause_fragment(words):
        return False
    content = [w for w in words if w not in _LITTLE and w not in _GENERIC]
    if len(words) == 2:  # two words say a subject only when both are long ones: 'open banking' is not, 'academic precarity' is
        return len(content) == 2 and all(len(w) >= 5 for w in content) and any(len(w) >= 7 for w in content)
    return len(content) >= 2 and any(len(w) >= 7 for w in content)


def translated_phrases(mine: str, theirs: str, key, longest: int = 5, dictionary=None) -> list[SharedPhrase]:
    """Phrases of two to `longest` words that say one subject in two languages: `key` reads a phrase as the set
    of its words translated and stemmed ('saúde digital' and 'digital health', 'branqueamento de corais' and
    'coral bleaching' when the table knows the words). Two telling words or more, none of them generic. In lower
    case, so no name; or capitalised where `dictionary` knows each of its translated words, as a headline writes a
    field ('Research Engineer, Electric Propulsion' and 'la propulsion électrique')."""
    def grams(text: str) -> dict[frozenset, tuple[int, int]]:
        out: dict[frozenset, tuple[int, int]] = {}
        for run in _runs(text):
            for n in range(2, longest + 1):
                for i in range(len(run) - n + 1):
                    words = tuple(w for w, _, _ in run[i:i + n])
                    if words[0] in _LITTLE | _GENERIC or words[-1] in _LITTLE | _GENERIC:
                        continue
                    content = [w for w in words if w not in _LITTLE and w not in _GENERIC]
                    if len(content) < 2 or not any(len(w) >= 6 for w in content) or is_clause_fragment(words):
                        continue
                    said = key(" ".join(words))
                    start, end = run[i][1], run[i + n - 1][2]
                    # Two words the table reads as one phrase say one subject too ('mudanças climáticas': climate)
                    telling = len(said) >= 2 or (len(said) == 1 and len(next(iter(said))) >= 6)
                    if telling and (_lower_first(text, out.get(said), start)
                                           or _plainer(text, out.get(said), start, end)):
                        out[said] = (start, end)
        return out

    theirs_grams = grams(theirs)
    found, used = [], set()
    for said, (a_start, a_end) in sorted(grams(mine).items(), key=lambda item: -len(item[0])):
        if said not in theirs_grams or said & used:
            continue
        b_start, b_end = theirs_grams[said]
        if not (mine[a_start].islower() and theirs[b_start].islower()) and not (
                dictionary is not None and all(map(dictionary, said))):
            continue
        if unaccent(mine[a_start:a_end]).casefold() == unaccent(theirs[b_start:b_end]).casefold():
            continue  # the same words: shared_phrases says these
        used |= said
        found.append(SharedPhrase(" ".join(sorted(said)), mine[a_start:a_end], theirs[b_start:b_end]))
    return found


def shared_phrases(mine: str, theirs: str, shortest: int = 2, longest: int = 6) -> list[SharedPhrase]:
    """Phrases of `shortest` to `longest` words both texts use, in lower case mid-sentence (so not the name of
    a company or a school, which have their own matching), holding two telling words: 'urban water governance',
    'women-led microenterprises', 'letramento na EJA'. The longest wins; none inside another."""
    grams: dict[tuple[str, ...], tuple[int, int]] = {}
    before: dict[tuple[str, ...], str | None] = {}  # the word just before, in the same run
    for run in _runs(mine):
        for n in range(shortest, longest + 1):
            for i in range(len(run) - n + 1):
                words = tuple(w for w, _, _ in run[i:i + n])
                if _lower_first(mine, grams.get(words), run[i][1]):
                    grams[words] = (run[i][1], run[i + n - 1][2])
                    before[words] = run[i - 1][0] if i else None
    found, used = [], set()
    for run in _runs(theirs):
        for n in range(min(longest, len(run)), shortest - 1, -1):
            for i in range(len(run) - n + 1):
                words = tuple(w for w, _, _ in run[i:i + n])
                if words not in grams or any(w in used for w in words) or not _telling(words):
                    continue
                a_start, a_end = grams[words]
                b_start, b_end = run[i][1], run[i + n - 1][2]
                if not (mine[a_start].islower() and theirs[b_start].islower()):
                    continue
                if _qualified_apart(before[words], run[i - 1][0] if i else None):
                    used.update(words)  # nor a shorter part of it: 'restoration methods' of 'wetland restoration methods'
                    continue
                used.update(words)
                found.append(SharedPhrase(" ".join(words), mine[a_start:a_end], theirs[b_start:b_end]))
    return found


# An acronym as people write a subject's name ('PLG', 'DPDP', 'PWAs'): three to five capitals, and a plural 's'.
_ACRONYM = re.compile(r"(?<![\w&.-])(?P<letters>[A-Z]{3,5})s?(?![\w&-])")
_TITLE = re.compile(r"^(?:C[A-Z]O|E?VP|SVP|MD|GM)$")  # chief officers, vice-presidents, managing directors


def acronym_phrases(mine: str, theirs: str, named_elsewhere: Callable[[str], bool] = lambda acronym: False,
                    longest: int = 5) -> list[SharedPhrase]:
    """A subject one text names by its acronym and the other writes out in words whose initials are its letters ('PLG'
    and 'product-led growth', 'DPDP Act' and 'Digital Personal Data Protection Act'): three words or more, each
    letter a word of its own (a hyphen parts words: 'AMR' is not 'antimicrobial resistance', two words), none a
    little or a generic one, and telling together. Not an acronym `named_elsewhere` says is another's name (a skill
    of its own, 'NLP', which names two), nor a job's title ('CTO': a role both have is no subject)."""
    found, seen = [], set()
    for acronyms_in, spelled_in, acronym_first in ((mine, theirs, True), (theirs, mine, False)):
        letters = {m["letters"].lower(): m.group() for m in _ACRONYM.finditer(acronyms_in)
                   if not _TITLE.match(m["letters"]) and not named_elsewhere(m["letters"])}
        if not letters:
            continue
        for run in _runs(spelled_in):
            for n in range(3, longest + 1):
                for i in range(len(run) - n + 1):
                    words = tuple(w for w, _, _ in run[i:i + n])
                    initials = "".join(w[0] for w in words)
                    start, end = run[i][1], run[i + n - 1][2]
                    if initials not in letters or initials in seen:
                        continue
                    if any(w in _LITTLE or w in _GENERIC for w in words) or not _telling(words):
                        continue
                    seen.add(initials)
                    written = spelled_in[start:end]
                    pair = (letters[initials], written) if acronym_first else (written, letters[initials])
                    found.append(SharedPhrase(" ".join(words), *pair))
    return found


def _qualified_apart(mine: str | None, theirs: str | None) -> bool:
    """True when each side writes another word just before the shared phrase, naming what it is of: 'prostate
    cancer awareness' and 'breast cancer awareness' are two causes. Not a little word or a verb ('about',
    'building', 'improved'), which says nothing of what the phrase is."""
    return (mine is not None and theirs is not None and mine != theirs
            and not any(w in COMMON_WORDS or w.endswith(("ing", "ed")) for w in (mine, theirs)))


# ---------------------------------------------------------------- what a person says they write about

# 'Writing about X', 'I write on X', 'Escribo sobre X', 'Escrevo sobre X', 'J'écris sur X', 'Schreibe über X':
# what follows, to the end of the sentence, is a subject of their own, however common its words.
_WRITE_CUE = re.compile(
    r"(?:\b(?:i\s+)?(?:write|writes|writing|blog|blogs|blogging|post|posts|posting|speak|speaks|speaking)"
    r"(?:\s+and\s+(?:write|speak|post|talk)(?:s|ing)?)?"
    r"(?:\s+(?:regularly|often|mostly|mainly|frequently|occasionally|sometimes|widely|a\s+lot))?\s+(?:about|on)"
    r"|\bescrib(?:o|e|iendo)\s+sobre|\bescrev(?:o|e|endo)\s+sobre|\bj['’]écris\s+sur|\bécri(?:t|s|re)\s+sur"
    r"|\bescri(?:c|u|vint)\s+sobre"  # Catalan: 'Escric sobre transparència'

    r"|\bschreibe?t?\s+über|\bscriv(?:o|e)\s+(?:di|su|del|della|dello|dei|delle|sul|sulla|sui)|\bmenulis\s+tentang|\bschrijf\s+over|\bpiszę\s+o"
    r"|\bpíšu\s+o|\b(?:nagsusulat|sumusulat)\s+(?:ako\s+)?tungkol\s+sa|\byazılarım\s*:|\bandika\s+kuhusu"
    # Swedish, Norwegian and Danish 'skriver om', Romanian 'scriu despre', Greek 'γράφω για', Russian and Ukrainian
    # 'пишу о/про', Hebrew 'כותב/כותבת על', Arabic 'أكتب عن', Vietnamese 'viết về'
    r"|\bskriver\s+(?:ofta\s+|mest\s+|mye\s+|meget\s+)?om|\bscriu\s+despre|γράφω\s+(?:για|σχετικά\s+με)"
    r"|пишу\s+(?:о|об|про)|כותב(?:ת)?\s+על|أكتب\s+عن|\bviết\s+về"
    # What a reporter covers, a scholar's work focuses on: 'I cover galamsey', 'My scholarship focuses on election law'.
    r"|\b(?:i\s+cover|covers|covering|reports?\s+on|reporting\s+on|focus(?:es)?\s+on|focusing\s+on)"
    # And in the languages profiles are written in, with what a researcher there researches: 'Cubro migración',
    # 'Investigo la evaluación formativa', 'Je couvre la politique'.
    r"|\b(?:cubro|cubre|cubriendo|je\s+couvre|copro|investigo|pesquiso|je\s+recherche\s+sur)"
    # Articles, posts or columns written or published about it: 'Publico artículos sobre el aceite de oliva'.
    r"|\b(?:i\s+)?(?:write|writes|writing|publish|publishes|publishing)\s+(?:articles|posts|columns|pieces|essays)"
    r"\s+(?:about|on)"
    r"|\b(?:escrib|escrev|public)(?:o|e|a|iendo|endo|ando)\s+(?:artículos|articulos|artigos|textos|columnas|colunas)"
    r"\s+sobre|\bpublic(?:o|a)\s+sobre|\bje\s+publie\s+(?:des\s+articles\s+)?sur|\bj['’]écris\s+des\s+articles\s+sur"
    r"|\b(?:schreibe|veröffentliche)\s+(?:artikel|texte|beiträge)\s+über|\bscrivo\s+articoli\s+su"
    r"|\bschrijf\s+artikelen\s+over)\s+",
    re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;:!?\n()]")
_FOR_WHOM = re.compile(r"\s+(?:per\s+(?:il|la|i|le|lo|gli|l['’])|para\s+(?:el|la|los|las|o|a|os|as)|pour\s+(?:le|la|les|l['’])"
                       r"|für\s+(?:den|die|das|dem))\s*", re.IGNORECASE)
_ITEM_SPLIT = re.compile(r"\s*(?:,|&|/|\band\b|\by\b|\be\b|\bet\b|\bund\b|\bdan\b|\bve\b|\ben\b|\bi\b|\boraz\b|"
                         r"\bna\b|\bat\b|\boch\b|\bog\b|\bși\b|\bи\b|\bvà\b)\s*", re.IGNORECASE)
_ARTICLES = re.compile(r"^(?:(?:the|a|an|el|la|los|las|o|os|as|le|les|der|die|das|il|lo|gli|de|het|een)\s+|l['’]\s*)",
                       re.IGNORECASE)  # 'l'inclusion financière' is 'inclusion financière'


# Japanese and Korean say the subject first, then that they write or post about it: 'コンピュータビジョンについて発信',
# '…について書いています', '…에 대해 글을 씁니다'. The subject runs back to the last separator, at most 120
# characters (unbounded, each try from every position ran to the text's end: quadratic).
_SUBJECT_THEN_CUE = re.compile(
    r"(?P<subject>[^\s|｜,、。，;；:：()（）]{1,120})\s*(?:について|に関して|に関する)\s*(?:の)?\s*(?:発信|書|執筆|投稿|発表|ブログ|記事)"
    r"|(?P<korean>[^|｜,、。;:()]{1,120}?)\s*(?:에\s*대해|에\s*관해|에\s*대한|에\s*관한)\s*(?:글|씁|포스팅|블로그|기고|발신)"
    # and Turkish: 'Dağıtık sistemler üzerine yazıyorum', '... hakkında yazılar yazıyorum'
    r"|(?P<turkish>[^|,.;:()]{1,120}?)\s+(?:üzerine|hakkında)\s+(?:yazılar\s+|blog\s+)?(?:yazıyorum|yazarım|yazıyor)")


_SUBJECTS_WINDOW = 300
_ITEM_CUT = re.compile(r"[^,&/]*$")
_SUBJECT_CUE_WORDS = ("について", "に関", "에", "yazı")


def written_about(text: str) -> list[str]:
    """The subjects a text says its writer writes about, as written ('customer experience', 'IoT', 'CCUS')."""
    found = [(m["subject"] or m["korean"] or m["turkish"]).strip() for m in _SUBJECT_THEN_CUE.finditer(text)] if text and any(
        cue in text for cue in _SUBJECT_CUE_WORDS) else []
    for cue in _WRITE_CUE.finditer(text or ""):
        # At most _SUBJECTS_WINDOW characters after a cue, not the rest of the text: many cues stay linear.
        window = cue.end() + _SUBJECTS_WINDOW
        end = _SENTENCE_END.search(text, cue.end(), window)
        rest = text[cue.end():end.start() if end else window]
        if end is None and window < len(text):
            rest = _ITEM_CUT.sub("", rest)  # the window cut an item short: leave it out
        end = _FOR_WHOM.search(rest)  # 'del Giro d'Italia per il blog della Rai': the subject ends where its outlet begins
        for item in _ITEM_SPLIT.split(rest[:end.start() if end else len(rest)]):
            item = _ARTICLES.sub("", item.strip(" \t'\"‘’“”")).strip()
            if item and len(item) <= 60 and len(_WORD.findall(unaccent(item))) <= 6:
                found.append(item)
    return found


# One word both texts write, rare in every language a word-frequency list knows ('canola', 'Hidroituango'), is a
# subject both write about; a word of newspapers ('oncology', 'Medicaid') is one too, but a weak one: shown, not
# counted. Below _TOPIC_RARE a word is rare; from _TOPIC_WEAK up it is a word like any other ('programs', 'weekend').
_TOPIC_RARE = 3.0
_TOPIC_WEAK = 3.8
_TOPIC_LANGUAGES = ("en", "es", "pt", "fr", "de", "it", "nl", "pl")
_LEAST_TOPIC_LETTERS = 5
# Endings of describing and doing words in the weak band, which name no subject ('questionable', 'seasoned').
_NOT_A_SUBJECT = re.compile(r"(?:able|ible|ous|ful|ive|ly|ing|ed|ish|less)$")


def _topic_band(word: str) -> int:
    """0 for a rare word (below _TOPIC_RARE in every _TOPIC_LANGUAGES), 1 for a weak one, 2 for a word like any other:
    read from the table scripts/build_common_words.py writes from wordfreq (rebuild it when these constants change)."""
    from companion.ground.normalise.word_frequency import zipf_at_least

    if zipf_at_least(word, _TOPIC_LANGUAGES, _TOPIC_WEAK):
        return 2
    return 1 if zipf_at_least(word, _TOPIC_LANGUAGES, _TOPIC_RARE) else 0


def shared_rare_words(mine: str, theirs: str, names: Callable[[str], bool] = lambda word: False) -> list[SharedPhrase]:
    """Single words both texts write, each a subject by its rarity (see `is_weak_topic`): five letters or more, not
    in capitals alone (an acronym has its own matching), not a word of many texts, and not one `names` says is
    another thing's name (a company, a school, a place, each matched on its own)."""
    def words(text: str) -> dict[str, str]:
        out: dict[str, str] = {}
        for m in _WORD.finditer(text or ""):
            written = m.group()
            key = unaccent(written).casefold()
            if len(key) >= _LEAST_TOPIC_LETTERS and not written.isupper() and key not in COMMON_WORDS:
                out.setdefault(key, written)
        return out

    a, b = words(mine), words(theirs)
    found = []
    for key in sorted(a.keys() & b.keys()):
        band = _topic_band(a[key].lower())
        if band == 2 or (band == 1 and _NOT_A_SUBJECT.search(key)) or names(key) or key in _SELF_WORDS or key in _VERB_FIRST:
            continue
        found.append(SharedPhrase(key, a[key], b[key]))
    return found


def is_weak_topic(word: str) -> bool:
    """True for a word both write that many texts also write ('oncology'): a subject, but no coincidence."""
    return _topic_band(word.lower()) >= 1
