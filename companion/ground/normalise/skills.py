"""Skills: JS is JavaScript and Go is Golang, but Java is not JavaScript and C, C# and Objective-C differ.

Folding keeps '#' and '+', and only whole names or the aliases in companion/ground/data/skills.json match,
with or without spaces ('PowerBI' is 'Power BI'). A skill marked `family` in the table also owns the
skills named after it ('Kotlin Multiplatform', 'Kotlin Coroutines' belong to Kotlin; 'AWS Lambda' to AWS)
and its generic phrasings ('Python programming', 'Java development'); short or everyday names (Go, C, R,
Word, Leadership) are never families, so 'Go-to-market' and 'R&D' stay apart from Go and R.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from companion.ground.normalise.aliases import AliasTable
from companion.ground.normalise.text import fold, folded_names, kept_index, load_table, slug

_PAREN = re.compile(r"\s*\([^)]*\)\s*$")
# A bracket that says what kind of thing a name no table knows is ('Stan (Go library)', 'Bolt (Python package)'):
# one of several things of that name.
_KIND_BRACKET = re.compile(r"\([^)]*\b(?:library|package|framework|module|plugin|crate|gem|sdk|software|app)\s*\)\s*$",
                           re.IGNORECASE)
# A bracket that names another kind of thing than a skill ('Go (board game)', 'Java (island)', 'Ruby (the band)'):
# beside a name the table knows as a skill, it says the name is meant as that other thing.
_OTHER_DOMAIN_BRACKET = re.compile(
    r"\(\s*(?:the |a |an )?(?:(?:board|card|strategy|video|abstract strategy|tabletop) game|game|sport|martial art|"
    r"(?:rock |pop |metal |jazz )?band|group \(music\)|the film|movie|film title|tv series|tv show|series|novel|book|"
    r"song|album|musician|singer|island|city|town|village|river|mountain|volcano|planet|moon|snake|animal|coffee|beer|"
    r"drink|dish|food|fruit|flower|plant|bird|fish|insect|gemstone|mineral|season|character|comic|anime|manga|dance|"
    r"mythology|god|goddess)\s*\)\s*$", re.IGNORECASE)
# The same kinds of thing in the languages profiles are written in, read in the folded bracket ('Go (jeu de société)',
# 'Java (isla)', 'Ruby (banda)', 'Python (Schlange)').
_OTHER_DOMAIN_ABROAD = re.compile(
    r"^(?:(?:le|la|el|o|a|il|lo|der|die|das|un|une|um|uma|ein|eine) )?(?:"
    r"jeu(?: de societe| de plateau| de strategie| video| de cartes)?|juego(?: de mesa| de estrategia| de cartas)?|"
    r"jogo(?: de tabuleiro| de estrategia| de cartas)?|gioco(?: da tavolo| di strategia)?|\w*spiel|gra(?: planszowa)?|"
    r"deporte|esporte|sportart|banda(?: de rock| musical)?|groupe(?: de musique| de rock)?|grupo musical|musikgruppe|"
    r"pelicula|filme|serie(?: de television| de tv| televisee)?|roman|novela|romance|livre|libro|livro|buch|"
    r"chanson|cancion|cancao|canzone|lied|ile|isla|ilha|isola|insel|ville|ciudad|cidade|citta|stadt|rio|riviere|"
    r"fleuve|fiume|fluss|montagne|montana|montanha|berg|vulcan|volcan|planete|planeta|serpent|serpiente|cobra|"
    r"schlange|serpente|cafe|kaffee|caffe|bebida|boisson|getrank|plat|prato|piatto|gericht|oiseau|pajaro|passaro|"
    r"vogel|danse|danza|danca|tanz|personnage|personaje|personagem|figur|mythologie|mitologia|dieu|dios|deus|gott"
    r")$")
_GENERIC_TAIL = ("programming", "programming language", "development", "developer", "language", "framework",
                 "platform", "ecosystem", "stack", "skills")
# A family's name followed by these is another thing, not a part of it ('Python Software Foundation').
_NOT_A_PART = {"foundation", "conference", "meetup", "community", "user", "users", "group"}
# Words that, added to a field, name another profession's field: 'Power system protection' is not 'Power systems',
# 'Real estate law' not 'Real estate', 'Renewable energy finance' not 'Renewable energy'.
_SPECIALISMS = frozenset({"protection", "security", "safety", "law", "policy", "regulation", "regulatory", "compliance",
                          "litigation", "finance", "financing", "economics", "insurance", "tax", "taxation", "audit",
                          "ethics", "marketing", "sales", "procurement", "journalism", "history"})
# Skills so broad that a word in front of them names another skill ('Change management', 'Market research').
_BROAD = {"management", "leadership", "communication", "research", "teamwork", "customer service", "strategic planning",
          "statistics", "public speaking", "event planning", "project management", "data analysis", "sustainability",
          "marketing", "human resources", "logistics", "teaching", "translation", "nursing", "journalism"}


@dataclass(frozen=True, slots=True)
class Skill:
    key: str
    label: str
    parent_key: str | None = None
    parent_label: str | None = None


class _Skills:
    def __init__(self) -> None:
        self.table = AliasTable("skills.json", "skills")
        entries = self.table.entries
        index = kept_index("skills.json.spellings", _spellings, ("skills.json",), (__file__,))
        self.compact: dict[str, dict] = {name: entries[at] for name, at in index["compact"].items()}
        self.families: dict[str, dict] = {name: entries[at] for name, at in index["families"].items()}
        self.cognates: dict[str, dict] = {stem: entries[at] for stem, at in index["cognates"].items()}

    def get(self, folded: str) -> dict | None:
        return self.table.by_name.get(folded) or self.compact.get(_compact(folded))


def _spellings() -> dict[str, dict[str, int]]:
    """Each skill's names without spaces ('powerbi'), a family's names, and the stems long names share across
    languages, -> the skill's place in the table."""
    compact: dict[str, int] = {}
    families: dict[str, int] = {}
    cognates: dict[str, int] = {}
    for at, entry in enumerate(load_table("skills.json")["skills"]):
        for name in [entry["name"], *entry.get("aliases", [])]:
            compact.setdefault(_compact(fold(name)), at)
            if entry.get("family"):
                families.setdefault(fold(name), at)
            stem = cognate_stem(fold(name))
            if stem:
                cognates.setdefault(stem, at)
    return {"compact": compact, "families": families, "cognates": cognates}


# One learned word in the spellings of the languages profiles are written in: 'Bioinformatics', 'Bioinformática',
# 'Bioinformatyka' and 'Bioinformatik' are one skill; so are 'Physiotherapy' and 'Fisioterapia'.
_SPELLINGS = (("ae", "e"), ("ph", "f"), ("th", "t"), ("y", "i"), ("k", "c"), ("ll", "l"), ("ss", "s"), ("tt", "t"), ("mm", "m"),
              ("nn", "n"), ("pp", "p"), ("ff", "f"), ("rr", "r"))
# And, for a word's stem only, British and American '-isation' and '-ization' ('visualisatie', 'visualization'), and the
# c Spanish and Portuguese drop after n ('funcional', 'functional').
_STEM_SPELLINGS = (("nct", "nc"),)
_BRITISH_ENDING = re.compile(r"isation$")
_ENDINGS = re.compile(r"(?:ics|ica|ique|ic|ia|ie|i|a|e|o|s)$")
_COGNATE_MIN = 8


def cognate_stem(folded: str) -> str | None:
    """The stem a long single-word skill shares with its form in other languages, or None for short or longer
    names (a short word's stem names too many things: 'Java' is not 'Jave')."""
    if " " in folded or len(folded) < _COGNATE_MIN or not folded.isalpha():
        return None
    stem = folded
    for written, said in _SPELLINGS:
        stem = stem.replace(written, said)
    stem = _ENDINGS.sub("", stem)
    return stem if len(stem) >= _COGNATE_MIN - 2 else None


_NOISE_TAIL = re.compile(r" (?:skills|skill|methodology|methodologies|method|io|js)$")
_VENDOR = re.compile(r"^(?:adobe|autodesk|amazon|aws|google|microsoft|ms|ibm|apache|hashicorp|atlassian|red hat|jetbrains) ")


def _singular(folded: str) -> str:
    """Each long word without a plural 's' ('Systems Design' and 'System Design'; 'analysis' stays)."""
    return " ".join(w[:-1] if len(w) >= 5 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ics")) else w
                    for w in folded.split())


def _compact(folded: str) -> str:
    return folded.replace(" ", "")


@lru_cache(maxsize=1)
def _skills() -> _Skills:
    return _Skills()


def _key(name: str) -> str:
    return f"skill:{slug(name).replace('#', '-sharp').replace('+', 'p')}"


def _compact_key(folded: str) -> str:
    return f"skill:{_compact(folded).replace('#', '-sharp').replace('+', 'p')}"


def _from_entry(entry: dict) -> Skill:
    parent = _skills().table.by_canonical.get(entry.get("parent", ""))
    return Skill(key=_key(entry["name"]), label=entry["name"],
                 parent_key=_key(parent["name"]) if parent else None, parent_label=parent["name"] if parent else None)


# An acronym in capitals with a small 's' after it: its plural ('APIs'), never a word ('SaaS', 'AWS', 'K8s').
_ACRONYM_PLURAL = re.compile(r"^(?P<acronym>[A-Z]{2,6})s$")


# A field of study named with the word for a discipline after it ('Nutrition Science', 'Journalism Studies').
_FIELD_AS_DISCIPLINE = re.compile(r"^(?P<field>[a-z]{6,}) (?:science|sciences|studies)$")
_LAST_WORD = re.compile(r"[\W_]*[^\W_]+[\W_]*$")
# The endings of a noun that names a field on its own (nutrition, nursing, criminology, dietetics, tourism,
# horticulture): 'Computer Science', 'Data Science', 'Library Science' and 'Political Science' say another subject
# than their first word, and none of those ends so.
_FIELD_ENDINGS = ("tion", "ing", "ology", "ics", "ism", "ture")
# Fields named so whose bare word is another skill: communication (a soft skill), information, migration (of data),
# architecture (of software), marketing, programming, mining (of data).
_NOT_THE_FIELD = frozenset({"communication", "communications", "information", "migration", "architecture",
                            "marketing", "programming", "mining", "computing", "testing", "networking"})


def _names_a_field(word: str) -> bool:
    return word.endswith(_FIELD_ENDINGS) and word not in _NOT_THE_FIELD


@lru_cache(maxsize=32_768)
def normalise_skill(name: str) -> Skill | None:
    """The skill a name refers to."""
    if not name or not fold(name):
        return None
    plural = _ACRONYM_PLURAL.match(name.strip())
    if plural and _skills().get(fold(name)) is None:  # 'APIs', 'KPIs', 'LLMs': the acronym's plural is the acronym
        return normalise_skill(plural["acronym"])
    skills = _skills()
    spelled = _SPELLED_OUT.match(name)
    if spelled:  # 'DFT (Design for Testability)': the words in brackets say which DFT
        from companion.ground.normalise.acronyms import acronym_of, initials

        acronym = acronym_of(spelled["acronym"])
        if acronym and acronym in initials(spelled["words"]):
            return normalise_skill(spelled["words"])
    label = _PAREN.sub("", name).strip() or name.strip()
    folded = fold(label)
    entry = skills.get(fold(name)) or skills.get(folded)
    if entry and not skills.get(fold(name)) and _names_another_domain(name):
        # 'Go (board game)': the game, not the Go the table knows; its own name, bracket and all
        return Skill(key=_compact_key(f"{folded} {fold(name[name.rindex('('):])}"), label=name.strip())
    if entry:
        return _from_entry(entry)
    english = cjk_term(folded)
    entry = skills.get(fold(english)) if english else None
    if entry:  # '流行病学', '計量経済学': a skill the dictionaries of Chinese and Japanese give by its English name
        return _from_entry(entry)
    # 'Presentation skills', 'Kanban methodology', 'Autodesk Revit', 'AWS Redshift': the skill a table knows,
    # with a word for what it is or who makes it.
    plain = _NOISE_TAIL.sub("", folded)
    vendorless = _VENDOR.sub("", plain)
    entry = skills.get(plain) or (skills.get(vendorless) if len(vendorless) >= 3 else None)
    if entry:
        return _from_entry(entry)
    field = _FIELD_AS_DISCIPLINE.match(folded)
    # 'Nutrition Science', 'Tourism Studies': the field, 'Nutrition'. The last word is cut from the label as written,
    # whatever joins it ('Nutrition/Science'); only a shorter label is tried again, so this cannot recurse forever.
    head = _LAST_WORD.sub("", label) if field and _names_a_field(field["field"]) else ""
    if head and len(head) < len(label):
        return normalise_skill(head)
    words = folded.split()
    # 'Python programming', 'Java development': the family itself, said at more length.
    for tail in _GENERIC_TAIL:
        head = folded.removesuffix(" " + tail)
        if head != folded and head in skills.families:
            return _from_entry(skills.families[head])
    # 'Kotlin Multiplatform', 'AWS Lambda', 'Spring Boot': a part of the family named first.
    for cut in range(len(words) - 1, 0, -1):
        family = skills.families.get(" ".join(words[:cut]))
        if family and _written_as_acronym(label, cut, family):
            family = None  # 'SWIFT MT/MX messaging' is the banks' network, not the Swift the table knows
        modules = _module_names(family, words[cut:]) if family else None
        if modules:  # a specialism of its own: 'SAP FI' is not 'SAP'; 'SAP CO' is 'SAP Controlling'
            return Skill(key=_compact_key(" ".join(words[:cut] + modules)), label=label)
        if family and not set(words[cut:]) & _NOT_A_PART and len(words) - cut <= 3:
            parent = _from_entry(family)
            # Spaces are not part of a skill's identity: 'Data Bricks' is 'Databricks'.
            return Skill(key=_compact_key(folded), label=label, parent_key=parent.key,
                         parent_label=parent.label)
    # 'External audit', 'B2B sales', 'Tax accounting': a kind of a known skill, named last. Not for the broad
    # ones, where the words in front make another skill ('Time management' is not management).
    for cut in range(1, min(len(words), 3)):
        tail = " ".join(words[cut:])
        entry = skills.get(tail) or (skills.get(tail[:-1]) if tail.endswith("s") else None)
        if entry and len(tail) >= 4 and fold(entry["name"]) not in _BROAD and not (
                _a_tools_own_name(entry) and not _tool_qualifiers(words[:cut], skills)):
            parent = _from_entry(entry)
            if parent.key != _compact_key(folded):
                return Skill(key=_compact_key(folded), label=label, parent_key=parent.key, parent_label=parent.label)
    if len(words) >= 2:  # 'Diritto della concorrenza': a skill the table knows, in the words of another language
        entry = _by_words().get(skill_words(label))
        if entry:
            return _from_entry(entry)
    singular = _singular(folded)
    if singular != folded and skills.get(singular) is not None:
        singular = folded  # 'Darts' is a game, not the Dart the table knows
    stem = cognate_stem(folded)
    entry = skills.cognates.get(stem) if stem else None
    if entry:  # 'Bioinformatyka', 'Kardiologie': the table's skill, as another language spells it
        return _from_entry(entry)
    if _KIND_BRACKET.search(name):  # 'Stan (Go library)': which Stan, said in brackets, is part of the name
        return Skill(key=_compact_key(f"{singular} {fold(name[name.rindex('('):])}"), label=name.strip())
    return Skill(key=_compact_key(singular), label=label)  # two unknown spellings meet in same_skill_wording


def _tool_qualifiers(front: list[str], skills) -> bool:
    """True when the words in front of a tool's own name are its maker's or skills of their own ('Google Flutter',
    'Android Flutter'): any other word makes another thing of it ('Atrial flutter', 'Ball Python', 'Solar Eclipse')."""
    return all(word in _MAKERS or skills.get(word) is not None for word in front)


def _a_tools_own_name(entry: dict) -> bool:
    """True when the table writes a skill only by its own name ('Flutter', 'Flutter SDK'), as a tool or product is
    written everywhere; a practice is also written in other words or languages ('Ultrasound', 'Ecografía')."""
    own = set(fold(entry["name"]).split())
    compact = fold(entry["name"]).replace(" ", "")
    return not any(alias.isascii() is False and any(c.isalpha() and c.isascii() for c in alias)
                   or alias.isascii() and not own & set(fold(alias).split())
                   and not fold(alias).replace(" ", "").startswith(compact)  # 'Python3' is Python's own name
                   for alias in entry.get("aliases", ()))


def _names_another_domain(name: str) -> bool:
    """True when a skill's brackets say it is another kind of thing: a game, a sport, a band, a film, a place."""
    from companion.ground.normalise.places import is_place_name

    if _OTHER_DOMAIN_BRACKET.search(name):
        return True
    inside = _PAREN.search(name)
    return bool(inside) and (bool(_OTHER_DOMAIN_ABROAD.match(fold(inside.group())))
                             or is_place_name(inside.group().strip(" ()")))


@lru_cache(maxsize=1)
def _by_words() -> dict[frozenset[str], dict]:
    """The skills the table knows by a name of two words or more, by those words translated ('competition law' ->
    {competition, law}); words that two skills share name neither. Kept beside the table: a thousand names
    translated word by word are most of a fresh process's first common ground."""
    entries = _skills().table.entries
    index = kept_index("skills.json.by_words", _words_index, ("skills.json",), (__file__, str(_DICTIONARY)))
    return {words: entries[at] for words, at in index.items()}


def _words_index() -> dict[frozenset[str], int]:
    found: dict[frozenset[str], int | None] = {}
    for at, entry in enumerate(load_table("skills.json")["skills"]):
        for name in (entry["name"], *entry.get("aliases", ())):
            words = skill_words(name) if len(fold(name).split()) >= 2 else frozenset()
            if len(words) >= 2:
                found[words] = at if found.get(words, at) == at else None
    return {words: at for words, at in found.items() if at is not None}


def _written_as_acronym(label: str, cut: int, family: dict) -> bool:
    """True when the first `cut` words of a longer skill are written in capitals that the family's own names never
    use ('SWIFT MT/MX messaging' and Swift; 'SAP FI' is written as SAP writes itself), in a name not all in capitals
    (someone writing 'PYTHON DEVELOPMENT' is only shouting)."""
    written = label.split()[:cut]
    head = " ".join(written)
    if label.isupper() or not head.isupper() or sum(c.isalpha() for c in head) < 3:
        return False
    return not any(name.split()[:cut] == written for name in (family["name"], *family.get("aliases", ())))


def _names_module(name: str) -> bool:
    """True for a suite's module written after the suite's name ('SAP FI')."""
    words = fold(name).split()
    return any(_is_module(family, words[cut:]) for cut in range(1, len(words))
               if (family := _skills().families.get(" ".join(words[:cut]))))


def _module_names(family: dict, words: list[str]) -> list[str] | None:
    """The names of a suite's functional modules the words after its name write ('FI/CO' -> Financial Accounting,
    Controlling; 'Controlling' -> Controlling), or None when they name none."""
    modules = {fold(code): fold(name) for code, name in family.get("modules", {}).items()}
    if not modules:
        return None
    written = " ".join(words)
    if written in modules.values():
        return [written]
    parts = [p for p in re.split(r"[/\s-]+", written) if p]
    if parts and all(p in modules for p in parts):
        return [modules[p] for p in parts]
    if len(parts) == 1 and len(parts[0]) == 4 and parts[0][:2] in modules and parts[0][2:] in modules:
        return [modules[parts[0][:2]], modules[parts[0][2:]]]  # 'FICO'
    return None


def _is_module(family: dict, words: list[str]) -> bool:
    return _module_names(family, words) is not None


_SPELLED_OUT = re.compile(r"^\s*(?P<acronym>[^\s()]+)\s*\((?P<words>[^)]*\s[^)]*)\)\s*$")
_SLASH = re.compile(r"\s*[/,;]\s*")
_BRACKETED = re.compile(r"\(([^)]*)\)")


# Words a skill is written with that say nothing of which skill it is.
_SKILL_LITTLE = frozenset(
    "de da do das dos del la las los le les des du di der die und of the and e y et em en in na no com con with for"
    " para pour fur per van voor het een a al au aux i w z og och med como sobre dei della delle degli wa ya za por"
    " في من على"  # Arabic 'in', 'of', 'on'
    " to"  # 'access to medicines'
    " на и і в за с от"  # Bulgarian, Russian and Ukrainian 'of', 'and', 'in', 'for', 'with', 'from' ('Анализ на данни')
    " ng sa ang mga mula"  # Tagalog 'of', 'in', 'the', the plural and 'from' ('Pag-oorganisa ng komunidad')
    .split())
# Words that make a skill more particular without making it another: 'Pediatría general', 'Traditional fiddle',
# 'CFA charterholder', 'R programming', 'Suite Office'.
_SKILL_QUALIFIERS = frozenset(
    "general generale traditional tradicional traditionnel advanced avanzado avancado basic basico applied aplicada"
    " skills skill certificate certification certified charterholder practitioner diploma license licence suite"
    " programming care code modelling".split())
# Words people cut short inside any skill's name, read as the word ('Revenue Mgmt', 'Web dev', 'Network Ops'): a
# table of words, not of skills. Only cuts that stand for one word whatever the skill ('tech' and 'sys' do not).
_WORD_ABBREVIATIONS = {"mgmt": "management", "mgt": "management", "mngmt": "management", "mgr": "manager",
                       "mngr": "manager", "dev": "development", "devt": "development", "eng": "engineering",
                       "engg": "engineering", "ops": "operations", "admin": "administration", "acct": "accounting",
                       "acctg": "accounting", "svc": "service", "svcs": "services", "intl": "international",
                       "assoc": "associate", "univ": "university", "dept": "department", "govt": "government",
                       "maint": "maintenance", "mktg": "marketing", "comms": "communications"}
_SKILL_VENDORS = frozenset("microsoft ms adobe google autodesk oracle ibm amazon hudl".split())
# A maker by each name it is written with ('AWS Redshift' and 'Amazon Redshift' are one maker's).
_MAKER_NAMES = {"ms": "microsoft", "aws": "amazon"}
_COGNATE_PLURALS = ((re.compile(r"coes$"), "cao"), (re.compile(r"ciones$"), "cion"), (re.compile(r"oes$"), "ao"),
                    (re.compile(r"ions$"), "ion"))
# One ending in each language for the English '-tion' and '-sion' ('protección', 'proteção', 'protezione', 'protectie',
# 'ochrona' aside), so a word the table does not know is still one word across languages: 'Protección animal' and
# 'Animal protection', 'Inclusão digital' and 'Digital inclusion'.
# Portuguese and Italian drop the c of '-ction' ('proteção', 'protezione'), so '-ction' is read as '-tion' everywhere.
_COGNATE_ENDINGS = ((re.compile(r"(?<=\w{3})(?:cion|cao|zione|cja)$"), "tion"), (re.compile(r"(?<=\w{3})atie$"), "ation"),
                    # Croatian, Serbian and Slovene '-acija', Czech and Slovak '-ace' ('ilustracija', 'fermentace');
                    # not the English '-ace' of 'interface', 'workplace' or 'embrace'.
                    (re.compile(r"(?<=\w{3})acija$"), "ation"), (re.compile(r"(?<=\w{4}[tzcrs])ace$"), "ation"),
                    # German '-ierung' ('Implementierung', 'Kalibrierung', 'Validierung'): no English word ends so
                    (re.compile(r"(?<=\w{4})ierung$"), "ation"),
                    (re.compile(r"(?<=\w{3})(?:sao|sione)$"), "sion"), (re.compile(r"ction$"), "tion"),
                    # Catalan '-ació' and '-sió' ('ventilació', 'comissió': the double s is single by now)
                    (re.compile(r"(?<=\w{3})acio$"), "ation"), (re.compile(r"(?<=\w{3})sio$"), "sion"),
                    # '-ance' and '-ence' in Dutch, German, Italian and Polish ('farmacovigilantie', 'Toleranz',
                    # 'farmacovigilanza', 'Intelligenz', 'inteligencja'), read as Spanish '-ancia' is, to 'anc'
                    (re.compile(r"(?<=\w{4})(?:antie|anza|ancja|anz)$"), "ance"),
                    (re.compile(r"(?<=\w{4})(?:entie|enza|encja|enz)$"), "ence"),
                    # English '-cle' and '-ule' for the Romance '-cula', '-culo', '-ula' ('particle', 'partícula';
                    # 'molecule', 'molécula'), once the ending is off
                    (re.compile(r"(?<=\w{4})ul$"), "l"),
                    # English '-ity' in Spanish, Portuguese, Italian, German, Dutch and the Nordic languages
                    # ('Interoperabilidad', 'usabilidade', 'scalabilità', 'Skalierbarkeit' aside, 'Modularität',
                    # 'duurzaamheid' aside, 'modulariteit'), read as English's 'y' is ('-iti'), five letters before it
                    # so no short word turns ('sanidad', health, is no sanity); French '-ité' already meets it once
                    # the ending is off
                    (re.compile(r"(?<=\w{5})(?:idad|idade|ita|itat|iteit|itet)$"), "iti"))
_GERMAN_PLURAL = re.compile(r"(?<=\w{4})en$")  # 'Normen' and 'normes': one word
# 'pediatrisk', 'pädiatrisch': -ic; Dutch '-iek' (k read as c): 'Farmacokinetiek', 'Pharmacocinétique'
_ENDINGS_LONGEST_FIRST = ("ique", "isch", "iec", "ics", "ica", "isc", "ic", "ia", "ie", "al", "el", "i", "a", "e", "o", "s")


def _without_ending(stem: str) -> str | None:
    """A stem without the longest of its endings that leaves four letters or more ('fisica' and 'fisics', physics:
    both 'fisic', where the longest ending would leave 'fis'), or None when none does."""
    return next((stem[:-len(ending)] for ending in _ENDINGS_LONGEST_FIRST
                 if stem.endswith(ending) and len(stem) - len(ending) >= 4), None)


@lru_cache(maxsize=1)
def _word_table() -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    """Each word in other languages -> its English word (skills.json `words`); phrases of several words apart,
    longest first, each with its first word (a phrase is looked for only in a name that has its first word)."""
    single, phrases = kept_index("skills.json.words", _translations, ("skills.json",), (__file__,))
    return single, [(phrase, english, phrase.split(" ", 1)[0]) for phrase, english in phrases]


def _translations() -> tuple[dict[str, str], list[tuple[str, str]]]:
    single, phrases = {}, []
    for english, variants in load_table("skills.json").get("words", {}).items():
        for variant in (english, *variants):
            folded = word_key(variant)
            if " " in folded:
                phrases.append((folded, english.replace(" ", "_")))
            else:
                single.setdefault(folded, english.replace(" ", "_"))
    phrases.sort(key=lambda pair: -len(pair[0]))
    return single, phrases


def _word_key(word: str) -> str:
    """One word of a skill, translated when the table knows it, else its stem shared across languages; in American
    spelling ('Colour grading' and 'Color grading', 'Labour law' and 'Labor law')."""
    return _BRITISH_OUR.sub("or", _translated_or_stem(word))


def _translated_or_stem(word: str, dictionary: bool = True) -> str:
    single, _ = _word_table()
    if word in single:
        return single[word]
    if word in _SKILL_QUALIFIERS:
        return word
    for plural in _ROMANCE_PLURALS:  # 'Instalaciones eléctricas', 'Asuntos regulatorios': the dictionary's singular
        if len(word) > 5 and word.endswith(plural) and word[:-len(plural)] in single:
            return single[word[:-len(plural)]]
    # The doing of it in Dutch and German, the dictionary's noun with '-en' ('Zeefdrukken': zeefdruk, screen
    # printing), its last consonant doubled as Dutch writes it.
    if word.endswith("en") and len(word) > 7:
        for base in (word[:-2], word[:-3] if word[-3] == word[-4] else None):
            if base and base in single:
                return single[base]
    # Swedish, Norwegian, Danish and Dutch '-ering' for '-ation', where the dictionary knows the English word
    # ('Fermentering': fermentation, 'Kalibrering': calibration); never an English '-ering' (engineering is listed).
    if word.endswith("ering") and len(word) >= 9:
        english = _BRITISH_ENDING.sub("ization", word[:-5].replace("k", "c") + "ation")
        if english in single:
            return single[english]
    if dictionary and len(english := _dictionary_words(word)) == 1:
        return english[0]
    if dictionary and len(word) > 5 and word.endswith("s") and len(english := _dictionary_words(word[:-1])) == 1:
        return english[0]  # a plural of a word the bilingual dictionaries list in the singular ('Modelos': model)
    if len(word) < 5 or not word.isalpha():
        return word
    stem = word
    for written, said in (*_STEM_SPELLINGS, *_SPELLINGS):
        stem = stem.replace(written, said)
    if re.match(r"^es[^aeiou]", stem) and len(stem) > 6:
        stem = stem[1:]  # 'espectroscopia' is 'spectroscopy', as Spanish and Portuguese write it
    for plural, singular in _COGNATE_PLURALS:
        stem = plural.sub(singular, stem)
    for ending, english in _COGNATE_ENDINGS:
        stem = ending.sub(english, stem)
    stem = _BRITISH_ENDING.sub("ization", stem)
    stem = _GERMAN_PLURAL.sub("", stem)
    for _ in range(3 if stem.endswith("s") else 2):  # a plural's 's' first: 'criticos', 'critical'
        shorter = _without_ending(stem)
        if shorter is None or stem in single:  # a word the dictionary knows is cut no further ('finans')
            break
        stem = shorter
    for ending, english in _COGNATE_ENDINGS:  # what the ending hid: 'constitucional' is 'constitucion', 'constitution'
        stem = ending.sub(english, stem)
    single_again = single.get(stem)
    return single_again or stem


# FreeDict's bilingual dictionaries, filtered to the English words our tables read and to plain translations
# (scripts/build_dictionary_words.py): a word the hand-written `words` lacks ('zarządzanie', 'Pflanzenschutz' aside)
# reads as the English word, keyed as that word is ('sjukhem': hospital); with the inflected forms of its words and
# of `words` (round 36: 'zdrowia', health). Loaded on first use: ~1.45 MB (round 37), about 12 ms.
_DICTIONARY = Path(__file__).resolve().parents[1] / "data" / "dictionary_words.bin"


@lru_cache(maxsize=1)
def _dictionary() -> Any:
    import marisa_trie

    data = _DICTIONARY.read_bytes()  # a line of JSON (source, licence), then the trie
    return marisa_trie.BytesTrie().frombytes(data[data.index(b"\n") + 1:])


@lru_cache(maxsize=8192)
def _dictionary_words(word: str) -> tuple[str, ...]:
    """The keys of the English words the dictionaries give `word` (a phrase of `words` as its one key; a compound's
    words, 'vertragsverhandlungen': contract, negotiation, each its own), or ()."""
    found = _dictionary().get(word) if len(word) >= 4 else None
    if not found:
        return ()
    english = found[0].decode("utf-8")
    if " " in english:
        return (english.replace(" ", "_"),)
    return tuple(_BRITISH_OUR.sub("or", _translated_or_stem(part, dictionary=False)) for part in english.split("|"))


def dictionary_translation(word: str) -> str | None:
    """The one English key the dictionaries give a folded word the hand-written `words` does not know, or None."""
    if word in _word_table()[0]:
        return None
    keys = _dictionary_words(word)
    return keys[0] if len(keys) == 1 else None


def word_of_ours(word: str) -> str:
    """A folded English word as the tables key it, without the dictionaries ('education')."""
    return _BRITISH_OUR.sub("or", _translated_or_stem(word, dictionary=False))


# The plurals Spanish, Portuguese and French make of the singular the dictionary lists ('instalaciones', 'eléctricas').
_ROMANCE_PLURALS = ("es", "s")
_BRITISH_OUR = re.compile(r"(?<=\w{2}[^aeiou])our$")  # 'colour', 'behaviour', 'labour'; not 'tour', 'four' or 'hour'


# A version or level in Roman numerals after a name ('Bâle III' and 'Bâle 3', 'Level II'): never the first word.
_ROMAN = {"ii": "2", "iii": "3", "iv": "4", "vi": "6", "vii": "7", "viii": "8"}
_ELISION = re.compile(r"\b(?:[dl]|dell|dall|nell|sull|all|qu)['’](?=\w)", re.IGNORECASE)


@lru_cache(maxsize=32_768)
def skill_words(name: str, concepts: bool = True) -> frozenset[str]:
    """The words that say which skill a name is, translated and stemmed ('Direito Tributário' -> {law, tax}); a whole
    skill the table knows as one ('Stedenbouw', 'urban planning') as its one key, unless `concepts` is False."""
    # An elided article or preposition says nothing: "Gestion d'équipe" is management and team, not 'dequipe'.
    written = _ELISION.sub(" ", _BRACKETED.sub(" ", name or "").replace("-", " ").replace("/", " "))
    folded = " " + " ".join(_WORD_ABBREVIATIONS.get(w, _ROMAN.get(w, w) if at else w)
                            for at, w in enumerate(fold(_thai_marks_off(written)).split())) + " "
    _, phrases = _word_table() if concepts else (None, ())
    present = set(folded.split())
    for phrase, english, first in phrases:
        if first in present and f" {phrase} " in folded:
            folded = folded.replace(f" {phrase} ", f" {english} ")
            present.add(english)
    return frozenset(key for w in folded.split() if w not in _SKILL_LITTLE and w not in _SKILL_VENDORS
                     for key in _compound_parts(w) or _written_together(w) or _dictionary_phrase(w)
                     or (_word_key(_without_article(w)),))


def _dictionary_phrase(word: str) -> tuple[str, ...]:
    """A word the dictionaries give as two or three English words ('Bankenaufsicht': bank supervision), those words;
    () for any other, and for a word the hand-written table knows."""
    if word in _word_table()[0]:
        return ()
    keys = _dictionary_words(word)
    return keys if len(keys) > 1 else ()


# Arabic writes 'the' and 'and' joined to the word they go with ('الرصد والتقييم': al-raṣd wa-l-taqyīm, monitoring and
# evaluation), and Hebrew 'the', 'and', 'in' and 'to' ('ניהול הסיכונים': the risks' management): off before the word
# is looked up, when what is left is a word the table knows.
_ARABIC_JOINED = ("وال", "بال", "لل", "ال", "و")
_HEBREW_JOINED = ("וה", "ה", "ו", "ב", "ל")


def _without_article(word: str) -> str:
    if not word:
        return word
    joined_to = _ARABIC_JOINED if "\u0600" <= word[0] <= "\u06ff" else (
        _HEBREW_JOINED if "\u05d0" <= word[0] <= "\u05ea" else None)
    if joined_to is None:
        return word
    single, _ = _word_table()
    if word in single:
        return word
    return next((word[len(joined):] for joined in joined_to
                 if word.startswith(joined) and word[len(joined):] in single), word)


# Thai writes its vowels above and below the letters with marks the fold reads as spaces ('การจัดการ' would be two
# words): off before folding, the words then read by their letters (as `normalise/places.py`'s Thai names are), and a
# skill written without spaces ('การจัดการความเสี่ยง') read as the table's words, as Chinese is.
_THAI_MARKS = re.compile(r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")
_THAI = re.compile(r"[\u0e00-\u0e7f]")


def word_key(text: str) -> str:
    """The key the `words` table reads a form by: folded, Thai's marks off (scripts/build_translations.py checks
    its collisions by this key too)."""
    return fold(_thai_marks_off(text))


def _thai_marks_off(text: str) -> str:
    if not _THAI.search(text or ""):
        return text
    return _THAI_MARKS.sub("", text.replace("\u0e33", "\u0e32"))  # sara am is a mark and sara aa


# Chinese, Japanese and Korean write a skill's words together ('数据分析': data, analysis; '보건경제학': health,
# economics): read as the table's words, the longest first from the start, when they make up the whole of it.
_JOINED_SCRIPT = re.compile(r"[\u0e00-\u0e7f\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # Thai too
_JOINED_WORD_MAX = 16  # letters of the longest such word, folded (a Korean syllable folds to two or three; Thai)


def cjk_term(folded: str) -> str | None:
    """The English term (a skill's, hobby's, cause's or topic's name) CC-CEDICT and JMdict give a folded Chinese or
    Japanese word as a whole, or None (scripts/build_cjk_terms.py; ~53 KB, loaded on the first such word)."""
    if not folded or not _JOINED_SCRIPT.search(folded):
        return None
    return cjk_terms().get(folded)


def cjk_terms() -> dict[str, str]:
    """cjk_terms.json's folded Chinese and Japanese words -> English term, once checked to be folded as the fold
    folds text now (a word folded otherwise would never be met)."""
    return folded_names(load_table("cjk_terms.json"), "cjk_terms.json", "terms")


@lru_cache(maxsize=8_192)
def _written_together(word: str) -> tuple[str, ...]:
    """The English words of a Chinese, Japanese or Korean skill written without spaces, when the table's words make
    up all of it; () otherwise, and for one word (read as itself) and any other script."""
    if not _JOINED_SCRIPT.search(word):
        return ()
    single, _ = _word_table()
    parts, at = [], 0
    while at < len(word):
        cut = next((end for end in range(min(len(word), at + _JOINED_WORD_MAX), at, -1) if word[at:end] in single),
                   None)
        if cut is None:
            return ()
        parts.append(single[word[at:cut]])
        at = cut
    return tuple(parts) if len(parts) >= 2 else ()


# The letters German, Dutch and the Scandinavian languages join a compound's words with ('Unternehmens|strategie',
# 'Beleids|advisering', 'Hållbarhets|rapportering'), longest first.
_LINKS = ("ens", "es", "en", "er", "s", "e", "n", "")


@lru_cache(maxsize=8_192)
def _compound_parts(word: str) -> tuple[str, ...]:
    """The English words of a compound whose parts, two or three, all translate ('hallbarhetsrapportering' ->
    sustainability, reporting; 'beleidsadvisering' -> policy, advice), so it meets the same words written apart; () for
    any other word. Every part must be a word the hand-written table or the bilingual dictionaries translate to one
    English word: a part only stemmed would split names and ordinary long words."""
    single, _ = _word_table()
    if len(word) < 9 or not word.isalpha() or word in single or _dictionary_words(word):
        return ()
    return _split_translated(word, 3)


def _part_translated(part: str) -> str | None:
    """The one English key of a compound's part: the hand-written table's, else the dictionaries' (four letters or
    more, one key); None for a part neither knows."""
    single, _ = _word_table()
    if part in single:
        return single[part]
    keys = _dictionary_words(part) if len(part) >= 4 else ()
    return keys[0] if len(keys) == 1 else None


_PART_MIN = 4  # letters of a compound's part; of each of three parts, five ('handels|merk|strategie' is no three
_PART_OF_THREE_MIN = 5  # words but 'handelsmerk', trademark, and strategy: a short part is too often a word's piece)


def _split_translated(word: str, parts: int, least: int = _PART_MIN) -> tuple[str, ...]:
    """`word` as two to `parts` words that each translate, its last part the longest known first ('beleids|
    advisering'), joined with a link letter or none, each part `least` letters or more; () when none does."""
    for cut in range(len(word) - least, least - 1, -1):
        tail = _part_translated(word[cut:])
        if tail is None:
            continue
        head = word[:cut]
        for link in _LINKS:
            stem = head[:len(head) - len(link)] if link and head.endswith(link) else head if not link else None
            if not stem or len(stem) < least:
                continue
            first = _part_translated(stem)
            if first is not None:
                return first, tail
            if (parts > 2 and len(stem) >= 2 * _PART_OF_THREE_MIN and len(word) - cut >= _PART_OF_THREE_MIN
                    and (front := _split_translated(stem, parts - 1, _PART_OF_THREE_MIN))):
                return *front, tail
    return ()


def _same_words(short: str, long: str) -> bool:
    a, b = skill_words(short), skill_words(long)
    if not a or not b:
        return False
    single, _ = _word_table()
    if len(fold(short).split()) == len(fold(long).split()) == 1 and (is_listed(short) or is_listed(long)) and not (
            fold(short) in single or fold(long) in single) and min(len(a), len(b)) < 2:
        return False  # one word the table knows is that skill: 'Darts' is not the Dart it lists (but 'Microservicios',
        # which the dictionary translates, is the Microservices it lists, and a compound read as two words of it,
        # 'Elektrokémia', is the Electrochemistry it lists)
    if a == b:
        return True
    # A whole skill read as one key on one side only ('Contract drafting') is still its words on the other ('Drafting
    # contracts', or a language the concept lacks: Afrikaans 'Strukturele ontwerp'), when those words are the
    # concept's own: 'Seguridad alimentaria' is food security, whose words are not those of 'Food safety'.
    if len(a) >= 2 or len(b) >= 2:
        plain = skill_words(short, concepts=False)
        concepts = [next(iter(side)) for side in (a, b) if len(side) == 1]
        if (len(plain) >= 2 and plain == skill_words(long, concepts=False)
                and all(skill_words(key.replace("_", " "), concepts=False) == plain for key in concepts)):
            return True
    a_core, b_core = a - _SKILL_QUALIFIERS, b - _SKILL_QUALIFIERS
    # Without the words that only qualify it: one word of four letters or more, or a skill the table knows ('R').
    return bool(a_core) and a_core == b_core and (a_core != a or b_core != b) and (
        len(a_core) > 1 or len(next(iter(a_core))) >= 3 or skills_known(next(iter(a_core))))


def _words_within(short: str, long: str) -> bool:
    """A skill of two words or more whose words, translated, are all in a skill one word longer, in any language
    and order: 'Modelowanie ryzyka' and 'Credit Risk Modelling', 'Cuidados intensivos' and 'Intensive care
    nursing'). Not a single word ('React' is not 'React Native', 'Security' not 'Food security'), nor a broad skill
    ('Project management')."""
    a, b = skill_words(short), skill_words(long)
    if len(a) < 2 or not a - _SKILL_QUALIFIERS or len(b) != len(a) + 1 or not a < b or fold(short) in _BROAD:
        return False
    if (b - a) & _SPECIALISMS:
        return False  # 'Power system protection' is a protection engineer's field, not all of 'Power systems'
    return not (is_listed(short) and is_listed(long))


def one_word_names(name: str) -> tuple[str, ...]:
    """The names of one word the table lists for the skill `name` is ('Developer Experience': DevEx), as written."""
    skill = normalise_skill(name)
    entry = _skills().table.by_canonical.get(skill.label) if skill is not None else None
    return tuple(alias for alias in entry["aliases"] if len(alias.split()) == 1) if entry else ()


def is_broad(name: str) -> bool:
    """True for a skill so broad that a word in front of it names another ('Management', 'Project management')."""
    return fold(name) in _BROAD


def is_common_word(word: str) -> bool:
    """True for a word of `skill_words` that the table translates (foundation, hospital, group), not a name of its own."""
    return word in _common_words()


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    single, phrases = _word_table()
    return frozenset(single.values()) | {english for _, english, _ in phrases}


def skills_known(word: str) -> bool:
    return _skills().get(word) is not None


def _respelled(name: str) -> str | None:
    """A long single word in one spelling ('paediatrics' and 'pediatrics', 'haematology' and 'hematology'),
    its ending kept ('Economics' is not 'Economy'); None for short words and several."""
    folded = fold(name).strip()
    if cognate_stem(folded) is None:
        return None
    for written, said in _SPELLINGS:
        folded = folded.replace(written, said)
    return folded


def _kind_said(name: str) -> str | None:
    """What kind of thing a skill's brackets say it is ('go library'), or None."""
    found = _KIND_BRACKET.search(name)
    return fold(found.group()) if found else None


def same_skill_wording(short: str, long: str) -> str | None:
    """Why two wordings the table does not know name one skill, or None: one of the skills a slash lists
    ('ACLS' in 'ACLS/BLS'), an acronym and its words ('CFD', 'computational fluid dynamics'; 'F&B cost
    control', 'food & beverage cost control'; 'NRP certified', 'Neonatal resuscitation (NRP)'), or a skill
    of two words or more inside a longer one ('drip irrigation' in 'Drip Irrigation Design'). One word
    inside another skill is not it ('React' in 'React Native'), nor a broad skill ('project management')."""
    from companion.ground.normalise.acronyms import acronym_of, acronyms_in, initials, stands_for

    if _kind_said(short) != _kind_said(long) and not (is_listed(short) or is_listed(long)):
        return None  # 'Stan' and 'Stan (Go library)': the brackets say it is another Stan
    if two_makers(short, long) or _kind_beside_maker(short, long) or _kind_beside_maker(long, short):
        return None  # 'Google Analytics' and 'Adobe Analytics': one kind of product by two makers; 'Analytics' none
    if _unversioned(short) and _unversioned(short) == _unversioned(long) and fold(short) != fold(long):
        return f"{short.strip()} is {long.strip()}"  # 'C++' and 'C++17', 'HL7' and 'HL7 v2', 'Yocto' and 'Yocto Project'
    if _same_words(short, long):
        return f"{short.strip()} is {long.strip()}"
    if _respelled(short) and _respelled(short) == _respelled(long) and fold(short) != fold(long):
        return f"{short.strip()} is {long.strip()}"  # one learned word spelled two ways: 'Paediatrics', 'Pediatrics'
    if _words_within(short, long):
        return f"{short.strip()} is part of {long.strip()}"
    if _gerund_of(short, long) or _gerund_of(long, short):
        return f"{short.strip()} is {long.strip()}"
    if _practice_for_someone(short, long) or _practice_for_someone(long, short):
        return f"{short.strip()} is {long.strip()}"
    if _iatric_field(short, long) or _iatric_field(long, short):
        return f"{short.strip()} is {long.strip()}"
    if _one_product(short, long) or _last_word_shortened(short, long):
        return f"{short.strip()} is {long.strip()}"
    rest = _rest_written_as_acronym(short, long) or _rest_written_as_acronym(long, short)
    if rest:
        return rest
    # An acronym of three letters or more and the same with one word more: 'ESG' and 'ESG assurance', 'NEC'
    # and 'NEC code' (not two letters: 'ML' is not 'ML Kit').
    if acronym_of(short.strip()) and len(short.strip()) >= 3 and " " not in short.strip():
        rest = [w for w in fold(long).split() if w != fold(short)]
        if len(rest) == 1 and len(fold(long).split()) == 2 and not is_listed(long) and not _names_module(long):
            return f"{short.strip()} in {long.strip()}"
    for inside in _BRACKETED.findall(long):  # 'fMRI' and 'Ressonância magnética funcional (fMRI)'
        if fold(inside) == fold(short) and fold(short):
            return f"{short.strip()} is {_BRACKETED.sub(' ', long).strip()}"
        # 'ACLS' and 'Soporte Vital Cardiovascular Avanzado (SVCA/ACLS)': its acronyms in two languages
        if fold(short) and acronym_of(short.strip()) and fold(short) in {fold(p) for p in _SLASH.split(inside)}:
            return f"{short.strip()} is {_BRACKETED.sub(' ', long).strip()}"
    # 'Restauration (F&B)' and 'Food & Beverage': what its brackets stand for, beside a word no table lists as a skill
    # of its own ('Marketing (SEO)' is the marketing, not only the SEO, someone does).
    outside = _BRACKETED.sub(" ", short).strip()
    for inside in _BRACKETED.findall(short) if outside and not is_listed(outside) else ():
        if " " not in inside.strip() and acronym_of(inside.strip()) and stands_for(inside.strip(), long):
            return f"{inside.strip()} is {long.strip()}"
    short_parts = {fold(p) for p in _SLASH.split(_BRACKETED.sub(" ", short)) if fold(p)}
    long_parts = {fold(p) for p in _SLASH.split(_BRACKETED.sub(" ", long)) if fold(p)}
    if max(len(short_parts), len(long_parts)) > 1 and short_parts & long_parts:
        return f"{sorted(short_parts & long_parts)[0]} in both"
    written = set(acronyms_in(short))
    for inside in _BRACKETED.findall(long):
        if acronym_of(inside.strip()) in written:
            return f"{inside.strip()} is {_BRACKETED.sub(' ', long).strip()}"
    acronym = stands_for(short, _BRACKETED.sub(" ", long))
    if acronym and len(short.split()) == 1:
        return f"{short.strip()} is {long.strip()}"
    words = short.split()
    first = acronym_of(words[0]) if words else None
    long_words = fold(long).split()
    rest = fold(" ".join(words[1:])).split()
    if first and rest and long_words[-len(rest):] == rest and first in initials(" ".join(long_words[:-len(rest)])):
        return f"{words[0]} is {' '.join(long_words[:-len(rest)])}"
    qualified = _qualified_head(short, long)
    if qualified:
        return qualified
    if _care_worded_otherwise(short, long):
        return f"{short.strip()} is {long.strip()}"
    inner, outer = fold(_BRACKETED.sub(" ", short)), fold(_BRACKETED.sub(" ", long))
    if len(inner.split()) >= 2 and inner not in _BROAD and inner != outer and f" {inner} " in f" {outer} " \
            and not (skill_words(outer) - skill_words(inner)) & _SPECIALISMS:
        return f"{inner} is part of it"
    return None


# What kind of software a product is, written after its name as the table writes 'Salesforce CRM' for Salesforce:
# 'HubSpot CRM', 'Greenhouse ATS', 'Moodle LMS', 'Workday HCM'.
_PRODUCT_KINDS = frozenset("crm ats lms erp hris hcm cms pos wms tms ehr emr dms software platform suite app".split())
# Makers of many products, whose name alone says none of them: 'Oracle' is its database to most, not Oracle SCM.
_MAKERS = _SKILL_VENDORS | {"sap", "salesforce", "apple", "meta", "aws", "atlassian", "hashicorp", "jetbrains"}


def _makers_named(name: str) -> set[str]:
    words = fold(_BRACKETED.sub(" ", name or "")).split()
    return {_MAKER_NAMES.get(w, w) for w in words if w in _MAKERS}


def two_makers(a: str, b: str) -> bool:
    """True when each of two skills names its maker and the makers differ: 'Google Analytics' and 'Adobe Analytics',
    'Microsoft Dynamics' and 'Oracle Dynamics' are two makers' products of one kind, whatever words they share."""
    mine, theirs = _makers_named(a), _makers_named(b)
    return bool(mine) and bool(theirs) and not mine & theirs


def _kind_beside_maker(bare: str, product: str) -> bool:
    """True when one word the table does not know is the kind of product a maker's product is named with: 'Analytics'
    and 'Adobe Analytics', 'Ads' and 'Google Ads' (a plural or a word the dictionary translates names a kind, where
    'Sportscode' of 'Hudl Sportscode' and 'SuccessFactors' of 'SAP SuccessFactors' name the product)."""
    folded = fold(bare)
    if " " in folded or is_listed(bare) or _product_word(bare.strip()) or _makers_named(bare) \
            or not _makers_named(product):
        return False  # 'SuccessFactors', written as a product's own name
    return folded in fold(product).split() and (folded.endswith("s") or is_common_word(folded))


def _product_word(word: str) -> bool:
    """True for a word written as a product's own name: a capital inside ('SuccessFactors', 'RapidResponse') or
    capitals only ('HANA'), not a word any dictionary has."""
    letters = word.replace("-", "")
    return letters.isalpha() and len(letters) >= 3 and (letters.isupper() or any(c.isupper() for c in letters[1:]))


def _one_product(short: str, long: str) -> bool:
    """A product named alone and with the kind of software it is or its maker: 'HubSpot' and 'HubSpot CRM',
    'Greenhouse' and 'Greenhouse ATS', 'SuccessFactors' and 'SAP SuccessFactors', 'Kinaxis' and 'Kinaxis
    RapidResponse'. The name alone must be a name: one capitalised word no table knows as a skill or a common word
    nor a doing ('Onboarding' is not 'Onboarding software'), and not a maker of many products ('Oracle' is not 'Oracle SCM')."""
    name, words = short.strip(), long.split()
    folded = fold(name)
    if " " in name or len(words) != 2 or not name[:1].isupper() or len(folded) < 3 or folded in _MAKERS:
        return False
    if is_listed(name) or is_common_word(folded) or folded in _BROAD or folded in _common_little() \
            or folded.endswith("ing"):
        return False  # a doing is no product: 'Onboarding software' is not what 'Onboarding' names
    if fold(words[0]) == folded:  # the kind of software it is, or one of the maker's products, named after it
        return fold(words[1]) in _PRODUCT_KINDS or _product_word(words[1])
    return fold(words[1]) == folded and fold(words[0]) in _MAKERS and _product_word(name)


@lru_cache(maxsize=1)
def _common_little() -> frozenset[str]:
    from companion.ground.normalise.phrases import COMMON_WORDS

    return COMMON_WORDS


_SHORTENED_MAX = 4  # letters of a word cut short as people write it in a skill's name ('ag', 'eng', 'dev')


def _last_word_shortened(short: str, long: str) -> bool:
    """A skill the table knows with its last word cut short in lower case: 'precision ag' and 'Precision Agriculture'.
    Not a word of its own ('Sales Man' is no cut of 'Sales Management'), nor letters written as an acronym."""
    a, b = fold(short).split(), fold(long).split()
    if len(a) != len(b) or len(a) < 2 or a[:-1] != b[:-1] or len(a[0]) < 4 or not is_listed(long):
        return False
    cut, whole = a[-1], b[-1]
    written = short.split()[-1]
    return (2 <= len(cut) <= _SHORTENED_MAX and len(whole) > len(cut) + 2 and whole.startswith(cut)
            and written.islower() and cut.isalpha() and not is_common_word(cut) and cut not in _common_little()
            and not skills_known(cut))


def _gerund_of(bare: str, gerund: str) -> bool:
    """The same skill with its last word as a verb and as the doing of it: 'Boolean Search' and 'Boolean searching',
    'Crossdock' and 'Cross-docking', 'Event Schedule' and 'Event Scheduling'. Only in a name of two words or parts
    or more: one word and its '-ing' are often two ('Market' and 'Marketing', 'Account' and 'Accounting')."""
    x, y = (fold(name).replace("-", " ") for name in (bare, gerund))
    if max(len(x.split()), len(y.split())) < 2 or len(x.split()[-1]) < 4 or not y.endswith("ing"):
        return False
    x, y = x.replace(" ", ""), y.replace(" ", "")
    return y in (x + "ing", x + x[-1] + "ing", x[:-1] + "ing" if x.endswith("e") else None)


# Practices always done for a person ('Onboarding' is of someone), and the people they are done for: such a practice
# with its person said is that practice ('Customer Onboarding', 'Patient Onboarding' and 'Onboarding'). Not any word
# before any skill: 'Data Security' is a specialism of 'Security', 'Sales Coaching' says what is coached, not for whom.
_PRACTICES_FOR_SOMEONE = frozenset("onboarding offboarding mentoring mentorship coaching counseling counselling"
                                   " recruiting recruitment".split())
# Not vendors, suppliers, merchants or partners: 'Vendor Onboarding' is a procurement process, not onboarding people.
_PEOPLE_SERVED = frozenset("customer customers client clients patient patients employee employees staff member members"
                           " student students executive executives candidate candidates".split())


def _practice_for_someone(bare: str, qualified: str) -> bool:
    """'Onboarding' and 'Customer Onboarding': a practice always done for a person, and the same with that person."""
    a, b = fold(bare).split(), fold(qualified).replace("-", " ").split()
    return len(a) == 1 and len(b) == 2 and a[0] in _PRACTICES_FOR_SOMEONE and b[1] == a[0] and b[0] in _PEOPLE_SERVED


# '-iatric' (Greek iatros, physician) always names a field of medicine: 'Geriatric Medicine' is 'Geriatrics',
# 'Paediatric Medicine' is 'Paediatrics'. Not every '-ic' field: 'Forensic Medicine' is not an IT 'Forensics'.
_IATRIC_MEDICINE = re.compile(r"^(?P<field>\w+iatric) (?:medicine|medecine)$")


def _iatric_field(field: str, medicine: str) -> bool:
    found = _IATRIC_MEDICINE.match(fold(medicine))
    return bool(found) and fold(field) == found["field"] + "s"


def _rest_written_as_acronym(short: str, long: str) -> str | None:
    """Two names of one skill that begin alike, the rest of one the acronym of the rest of the other: 'LEED AP' and
    'LEED Accredited Professional', 'Oracle SCM' and 'Oracle Supply Chain' (products drop the M of management that
    the acronym keeps). Two letters or more after a shared word of three letters or more."""
    from companion.ground.normalise.acronyms import acronym_of, initials

    a, b = short.split(), long.split()
    if len(a) != 2 or len(b) < 3 or len(fold(a[0])) < 3 or skill_words(a[0]) != skill_words(b[0]):
        return None  # the first word as either spells it: 'Paediatric ID', 'Pediatric Infectious Disease'
    if fold(a[0]) != fold(b[0]) and cognate_stem(fold(a[0])) is None:
        return None
    letters = acronym_of(a[1])
    spelled = " ".join(b[1:])
    if not letters or len(letters) < 2 or not (letters in initials(spelled)
                                               or letters in initials(f"{spelled} management")):
        return None
    return f"{a[1]} is {spelled}"


# A version after a skill's name ('Python 3', 'HL7 v2', 'CATIA V5', and 'C++17' after a sign), and the words a tool's
# own name is written with or without ('Yocto Project', 'Bloomberg Terminal', 'Spring Framework').
_VERSION = re.compile(r"(?:\s+v?\d+(?:[.\s]\d+)*(?:\s?x)?|(?<=[+#])\d+)$")
_TOOL_WORDS = re.compile(r"\s+(?:project|terminal|platform|framework)$")


def _unversioned(name: str) -> str:
    folded = fold(name or "")
    return _TOOL_WORDS.sub("", _VERSION.sub("", folded)).strip()


@lru_cache(maxsize=1)
def _homonyms() -> dict[str, list[dict]]:
    """Acronyms that name two skills, with the words that say which (skills.json `homonyms`), the table's own
    sense first (its words in `homonyms_usual`)."""
    table = load_table("skills.json")
    usual = table.get("homonyms_usual", {})
    return {fold(name): [{"sense": name, "context": usual.get(name, ())}, *senses]
            for name, senses in table.get("homonyms", {}).items()}


def is_homonym(name: str) -> bool:
    """True when a skill's name is an acronym two skills share ('GCP'), with or without a bracket after it that may
    say which ('SWIFT (mensageria bancária)')."""
    return fold(_PAREN.sub("", name or "").strip() or name or "") in _homonyms()


def skill_in_context(name: str, context: str) -> Skill | None:
    """The skill a name refers to in a profile whose words (folded, space-padded) are `context`: 'GCP' is Good
    Clinical Practice to someone in clinical trials, Google Cloud Platform otherwise. A bracket after the name is
    the writer's own word on which, in any language the skill words translate, whatever the name's case: 'SWIFT
    (mensageria bancária)' and 'Swift (pagos interbancarios)' are the banks' network."""
    written = _PAREN.sub("", name or "").strip() or name
    bracket = name[len(written):] if name.startswith(written) else ""
    said_there = f" {fold(bracket)} {' '.join(skill_words(bracket.strip(' ()')))} " if bracket.strip() else ""
    best, most = None, (0, 0)
    for sense in _homonyms().get(fold(written), ()):
        # What the bracket names outweighs the rest of the profile, and the case the sense is written in.
        named = sum(1 for word in sense["context"] if f" {word} " in said_there)
        if sense.get("written") and written.strip() != sense["written"] and not named:
            continue
        said = (named, sum(1 for word in sense["context"] if f" {word} " in context))
        if said > most:  # the table's own sense comes first, so it wins a tie
            best, most = sense["sense"], said
    # The usual sense: the name as written, bracket and all ('Swift (iOS)').
    return normalise_skill(best or name)


def unlisted_acronym(name: str) -> bool:
    """True for a skill written as an acronym alone that the table does not know ('CTA'): it may stand for several
    things (a Chartered Tax Adviser, a call to action), and only the rest of the profile says which."""
    from companion.ground.normalise.acronyms import is_bare_acronym

    return is_bare_acronym(name) and not is_listed(name.strip()) and not is_homonym(name.strip())


def is_listed(name: str) -> bool:
    """True when the table knows this name as a skill of its own (not a wording rules read as one)."""
    skills = _skills()
    return bool(name) and (skills.get(fold(name)) or skills.get(fold(_PAREN.sub("", name).strip() or name))) is not None


# Words after a skill that say nothing of which skill it is ('Customer Service Excellence', 'Welding fundamentals').
_EMPTY_TAILS = frozenset("excellence fundamentals basics principles techniques technique expertise knowledge"
                         " proficiency essentials".split())
# Words after a skill that name the work done on it, not another field ('Formwork design', 'Hydraulic systems',
# 'Backflow testing' is not here: testing names another trade's work).
_ASPECT_TAILS = frozenset("design designs system systems installation installations installs maintenance repair"
                          " repairs work works".split())
# One-word skills so broad that a word before or after them names another specialism ('Food security', 'QA testing',
# 'Data systems', 'Design systems'): never the head that a qualified skill is read as.
_GENERAL_HEADS = frozenset(
    "data design security analysis analytics testing software hardware systems system engineering development"
    " operations strategy finance consulting planning communication communications training support writing"
    " editing research sales marketing management leadership science technology product products business"
    " network networks networking digital content media brand process quality safety health energy power"
    " service services administration accounting integration architecture modeling modelling programming"
    " coding automation maintenance installation repair construction production manufacturing teaching"
    " logistics procurement compliance governance policy law events event web mobile cloud social graphic"
    " interior fashion game games art music video photography painting drawing sketching".split())
_LIST_AND = re.compile(r"\s*(?:&|\band\b|\+)\s*")
# Words after a product's or a body of rules' own name that say what kind of thing it is ('Godot Engine', 'Sphere
# standards'): one skill with and without them, when the name is no word of the dictionaries ('Search engine' is not
# 'Search').
_KIND_TAILS = frozenset("engine standards standard".split())
# Words after a condition or a practice for which clinicians write any one ('Wound care', 'Wound management',
# 'Trauma-informed practice', 'Trauma-informed care', 'Sepsis management').
_CARE_HEADS = frozenset("care management practice".split())
# Words before those heads that name a trade of its own with each ('Customer care' is not customer management,
# 'Private practice' not private care, 'Case management' not case care).
_CARE_FRONT_APART = frozenset(
    "customer client customers clients project projects product risk change case property facility facilities asset"
    " assets account accounts vendor supplier talent people private general primary home child social family self day"
    " personal brand portfolio stakeholder relationship key program programme contract supply knowledge performance"
    " records estate fleet office business financial investment time stress crisis practice team".split())
# Makers of software whose name before a product's says only who makes it ('Apache Hive', 'HashiCorp Vault'); the
# makers skill_words drops already (Microsoft, Google…) meet their products there.
_SOFTWARE_MAKERS = frozenset("apache hashicorp atlassian jetbrains salesforce oracle sap ibm aws".split())


def _named_product(word: str) -> bool:
    """A word of three letters or more that may be a product's name after its maker's: not a broad word ('Oracle
    Cloud' is not 'Cloud', 'SAP Analytics' not 'Analytics')."""
    return len(word) >= 3 and word.isalpha() and word not in _GENERAL_HEADS and word not in _BROAD \
        and word not in _common_little()


_HEAD_MIN = 5  # letters of the shortest one-word skill read as the head of a qualified one ('Nuke' is too short to tell)


def _specific_head(word: str) -> bool:
    return len(word) >= _HEAD_MIN and word.isalpha() and word not in _GENERAL_HEADS and word not in _BROAD \
        and word not in _common_little()


def _care_worded_otherwise(a: str, b: str) -> bool:
    """True when two skills are one condition or practice with another of the words clinicians write for its care
    ('Wound care' and 'Wound management', 'Trauma-informed practice' and 'Trauma-informed care'): the same words
    before, each of four letters or more and none a field or trade of its own ('Customer care', 'Risk management',
    'Data management' stay apart)."""
    x = fold(_BRACKETED.sub(" ", a)).replace("-", " ").split()
    y = fold(_BRACKETED.sub(" ", b)).replace("-", " ").split()
    if len(x) < 2 or x[:-1] != y[:-1] or len(x) != len(y) or x[-1] == y[-1]:
        return False
    if not {x[-1], y[-1]} <= _CARE_HEADS:
        return False
    front = x[:-1]
    return all(len(w) >= 4 and w.isalpha() and w not in _GENERAL_HEADS and w not in _BROAD
               and w not in _CARE_FRONT_APART for w in front)


def _qualified_head(short: str, long: str) -> str | None:
    """Why a skill and the same skill with words that only qualify or specialise it are one, or None: a specific
    skill of one word with its process or maker before it ('Welding' and 'MIG welding', 'Houdini' and 'SideFX
    Houdini'), with the work done on it after it ('Formwork' and 'Formwork design', 'Hydraulics' and 'Hydraulic
    systems'), one of the things a list names ('Costing' and 'Costing & margin analysis'); any skill with a word that
    says nothing after it ('Customer service' and 'Customer Service Excellence'); a doing and its things ('Storyboarding'
    and 'Storyboards'). Not a broad word ('Data' and 'Data Science', 'Security' and 'Food security'), nor a word before
    it that names a field ('React' and 'React Native' has its word after; 'Java' is no word of 'JavaScript')."""
    from companion.ground.normalise.acronyms import acronym_of

    for bare, qualified in ((short, long), (long, short)):
        plain, full = _BRACKETED.sub(" ", bare).strip(), _BRACKETED.sub(" ", qualified).strip()
        a_words, b_words = fold(plain).replace("-", " ").split(), fold(full).replace("-", " ").split()
        if not a_words or not b_words or is_listed(plain) and is_listed(full):
            continue
        a, b = skill_words(plain), skill_words(full)
        if len(b_words) == len(a_words) + 1 and a and a < b:
            extra = b - a
            if skill_words(b_words[-1]) == extra and skill_words(" ".join(b_words[:-1])) == a:
                tail = b_words[-1]
                if tail in _EMPTY_TAILS and (len(a_words) > 1 or _specific_head(a_words[0])):
                    return f"{plain} is {full}"
                if tail in _ASPECT_TAILS and len(a_words) == 1 and _specific_head(a_words[0]):
                    return f"{plain} is part of {full}"
                if (tail in _KIND_TAILS and len(a_words) == 1 and _specific_head(a_words[0])
                        and not is_common_word(a_words[0])):
                    return f"{plain} is {full}"  # 'Godot' and 'Godot Engine'
                if tail == "management" and len(a_words) == 1 and _specific_head(a_words[0]) \
                        and a_words[0] not in _CARE_FRONT_APART:
                    return f"{plain} is {full}"  # 'Sepsis' and 'Sepsis management'
            front = full.split()[0]
            if (skill_words(b_words[0]) == extra and skill_words(" ".join(b_words[1:])) == a and len(a_words) == 1
                    and (_specific_head(a_words[0])
                         and (front.isupper() and acronym_of(front) or _product_word(front))
                         or b_words[0] in _SOFTWARE_MAKERS and _named_product(a_words[0]))):
                return f"{plain} is {full}"  # its process or maker before it: 'MIG welding', 'SideFX Houdini'
        if len(a_words) == 1 and _specific_head(a_words[0]) and not is_listed(full):
            parts = [fold(p) for p in _LIST_AND.split(full) if fold(p)]
            if len(parts) > 1 and any(skill_words(p) == a for p in parts):
                return f"{plain} in {full}"
        if len(a_words) == len(b_words) == 1 and a_words[0].endswith("ing"):
            thing = b_words[0][:-1] if b_words[0].endswith("s") else b_words[0]
            if len(thing) >= 9 and a_words[0] in (thing + "ing", thing + thing[-1] + "ing", thing[:-1] + "ing"):
                return f"{plain} is {full}"  # 'Storyboarding' and 'Storyboards' (not 'Marketing' and 'Markets')
    return None
