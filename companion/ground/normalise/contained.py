"""One organisation's name inside another's: 'Belmond' and 'Belmond Hotel Monasterio', 'Dana-Farber' and 'Dana-Farber
Cancer Institute', 'Conconcreto' and 'Constructora Conconcreto S.A.', 'Pratham' and 'Pratham Education Foundation'.

The shorter name, its legal form, little words and kind words set aside, is a run of the longer's words; and what the
two share is a name of its own: a word rare in every language a word-frequency list knows (not 'Apex', 'Citadel',
'Boston', nor 'Boston Children's', whose words are all common). A known company and its foundation are two
organisations ('Ford', 'Ford Foundation').
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from companion.ground.normalise.acronyms import _LITTLE
from companion.ground.normalise.text import fold
from companion.ground.normalise.word_frequency import zipf_at_least

# Languages whose word lists say a word is common: a name rare in all of them is a name of its own. Read from the
# table scripts/build_common_words.py writes from wordfreq: rebuild it when these change.
_LANGUAGES = ("en", "es", "pt", "fr", "de", "it", "nl", "pl", "sv", "nb", "da", "fi", "tr", "id", "ro", "cs")
_RARE_ZIPF = 3.2  # 'Belmond' 1.9, 'Mahoney' 3.0 are names; 'Atkins' 3.3, 'Citadel' 3.5, 'Apex' 3.7 are words too
# Words that say what kind of organisation a name is, beside those the skills table translates (foundation, hospital).
_KINDS = frozenset(
    "foundation fund trust society association charity charitable organisation organization initiative ong ngo onlus"
    " stiftung fundacion fundacao fondation fondazione fundacja stichting asociacion associacao associazione verein ev"
    " institute instituto institut istituto laboratories laboratory laboratorios laboratoires labs lab architects"
    " arquitectos architekten architectes group grupo groupe gruppo gruppe constructora construtora diario jornal"
    " journal zeitung hospital hospitais hospitales hopital ospedale krankenhaus klinikum centre center centro company"
    " companhia compania empresa empresas corporation corp academic education hotel"
    # a charity named for its house, the place it runs ('Pieta House', 'Ronald McDonald House')
    " house".split())
# Words for a foundation: a known company's foundation is a charity of its own ('Mozilla Foundation').
_FOUNDATIONS = frozenset("foundation stiftung fundacion fundacao fondation fondazione fundacja stichting charitable"
                         " trust fund".split())
# Kind words the shorter name may have and the longer not: a group's name is its company's ('Grupo Codorníu' and
# 'Codorníu Raventós'), a foundation's in another language is its own ('Bellona Foundation', 'Miljøstiftelsen Bellona').
# Not another trade: 'Lloyds Banking Group' is no Lloyd's of London.
_GROUPS = frozenset("group grupo groupe gruppo gruppe".split())
_LOOSE = _FOUNDATIONS | _GROUPS
# A word of a Nordic or German name that is a kind word joined to another ('Miljøstiftelsen', 'Naturschutzbund').
_JOINED_KIND = re.compile(r"(stiftelsen|stiftelse|stiftung|forbundet|foreningen|forening|verein|bund)$")


def _words(name: str) -> list[tuple[str, str]]:
    """(folded, written lower-case) for each word of a name, its legal form and little words left out."""
    from companion.ground.normalise.companies import without_legal_form

    spaced = re.sub(r"\([^)]*\)", " ", name or "")
    spaced = re.sub(r"[-–/_.,&+]", " ", spaced)
    written = [w.strip("'’\"") for w in spaced.split()]
    kept = set(fold(without_legal_form(" ".join(written))).split())
    out = []
    for w in written:
        folded = fold(w).replace(" ", "")
        if folded and folded in kept and folded not in _LITTLE and not folded.isdigit():
            out.append((folded, w.lower()))
    return out


@lru_cache(maxsize=4096)
def is_rare_word(word: str) -> bool:
    """True for a word of five letters or so that no language's word list counts as common (a name: 'Belmond',
    'Medicaid' is not: it is a word of English newspapers). Words of three letters or fewer are never rare enough."""
    if len(word) < 4 or not word.isalpha():
        return False
    plain = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return not any(zipf_at_least(w, _LANGUAGES, _RARE_ZIPF) for w in {word, plain})


def _is_kind(word: str) -> bool:
    from companion.ground.normalise.skills import is_common_word

    return word in _KINDS or is_common_word(word) or bool(_JOINED_KIND.search(word))


def name_inside(short: str, long: str, employer: bool = False) -> bool:
    """True when `short` names the organisation `long` names, written inside it (see the module's words). The longer
    adds kind words ('Constructora', 'Cancer Institute'), or a word for an establishment and its name ('Belmond Hotel
    Monasterio': the brand's hotel), or, to a group's name, its owners' names ('Grupo Codorníu', 'Codorníu
    Raventós'); not a trade or another name ('Bechtel Oil, Gas & Chemicals', 'Vastro Kemet'). An `employer` of one
    word and its foundation are two employers ('Brightline', 'Brightline Foundation')."""
    from companion.ground.normalise.companies import employers_told_apart, is_known_company
    from companion.ground.normalise.places import is_place_name
    from companion.ground.normalise.text import DASHED

    if len(DASHED.split(long)) > 1 or len(DASHED.split(short)) > 1:
        return False  # a contractor and its client ('Acme – Google'): the parts are for the dash's own rule
    a, b = _words(short), _words(long)
    a_core = [w for w in a if not _is_kind(w[0])]
    b_core = [w for w in b if not _is_kind(w[0])]
    if not a_core or len(a_core) > len(b_core):
        return False
    keys_a, keys_b = [w[0] for w in a_core], [w[0] for w in b_core]
    at = next((i for i in range(len(keys_b) - len(keys_a) + 1) if keys_b[i:i + len(keys_a)] == keys_a), None)
    if at is None:
        return False
    extra = {w[0] for w in b} - {w[0] for w in a}
    missing = {w[0] for w in a} - {w[0] for w in b}
    if missing - _LOOSE:
        return False  # the shorter says a kind the longer does not: 'Lloyds Banking Group', "Lloyd's of London"
    added = b_core[:at] + b_core[at + len(keys_a):]
    if any(is_place_name(f) for f, _ in added):
        return False  # a name and a place: a branch or a country's arm, which the tables tell ('Kmart Australia')
    if missing & _FOUNDATIONS and not any(f in _FOUNDATIONS or _JOINED_KIND.search(f) for f, _ in b):
        return False  # a foundation and a company of its name: 'Zorvatek Foundation' is no 'Zorvatek Logistics'
    if added and not _property_of(b, keys_a) and not (missing & _GROUPS and all(is_rare_word(w) for _, w in added)):
        return False  # a trade or another name after it: 'Bechtel Oil, Gas & Chemicals', 'Zorvatek Group' and 'Zorvatek Ports'
    if extra & _FOUNDATIONS and (is_known_company(short) or (employer and len(keys_a) == 1)):
        return False  # 'Ford' and the 'Ford Foundation': a company and its charity
    if fold(short) == fold(long) or (is_known_company(short) and is_known_company(long)) \
            or employers_told_apart(short, long):
        return False  # two companies the tables know ('Woolworths Holdings', 'Woolworths Group'), or of two kinds
    # A possessive is its name's: 'Reddy's' is rare as Reddy is, 'Children's' common as children are.
    return any(is_rare_word(re.sub(r"['’]s$", "", w)) and is_rare_word(f) and not is_place_name(f) for f, w in a_core)


# A brand's establishment, named after the brand and the word for it ('Belmond Hotel Monasterio', 'Aman Resort Tokyo').
_PROPERTIES = frozenset("hotel hotels resort resorts restaurant clinic clinica klinik lodge".split())


def _property_of(words: list[tuple[str, str]], name: list[str]) -> bool:
    """True when `words` are the name, a word for an establishment, then its own name: a brand's property."""
    keys = [f for f, _ in words]
    return keys[:len(name)] == name and len(keys) > len(name) + 1 and keys[len(name)] in _PROPERTIES


# A firm named for its founder, given name and surname, and his partners ('Ove Arup & Partners', 'Arup'; 'Sir Robert
# McAlpine' is not of this form): the surname, a name of its own, is the firm.
_FOUNDER_AND_PARTNERS = re.compile(r"^(?:sir )?[^\W\d_]+ ([^\W\d_]+) (?:&|and|\+|und|et|y) (?:partners|associates)$")


def founder_and_partners(short: str, long: str) -> bool:
    """True when `long` is '<given name> <surname> & Partners' and `short` that surname, a rare word: one firm."""
    m = _FOUNDER_AND_PARTNERS.match(" ".join(re.sub(r"[,.]", " ", long).lower().split()))
    bare = fold(short).strip()
    return bool(m) and fold(m.group(1)) == bare and is_rare_word(bare)


def acronym_then_its_work(short: str, long: str) -> bool:
    """True when `short` is a bare acronym (three letters or more, no word of any language's list: 'KWF', not 'CARE')
    and `long` is that acronym written as its whole first word, then words saying the work it does ('KWF
    Kankerbestrijding', 'KWF'): a national charity known by its acronym. Not a place after it (a branch: the tables
    tell those), another acronym, brackets or a dash."""
    from companion.ground.normalise.acronyms import is_bare_acronym
    from companion.ground.normalise.places import is_place_name
    from companion.ground.normalise.text import DASHED

    bare, words = short.strip(), long.split()
    if (not is_bare_acronym(bare) or not bare.isalpha() or len(bare) < 3 or len(words) < 2 or words[0] != bare
            or "(" in long or len(DASHED.split(long)) > 1):
        return False
    if zipf_at_least(fold(bare), _LANGUAGES, _RARE_ZIPF):
        return False  # an acronym that is a word ('CARE', 'HOPE') names too many things
    rest = words[1:]
    return not any(w.isupper() or any(c.isdigit() for c in w) or is_place_name(w) for w in rest)
