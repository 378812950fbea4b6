"""The name to greet someone by: their first name as a letter writes it, or the name they ask to be called, read by
their naming culture where their page says it (a family name written first, a leading name said with the next).

Apart from the starters (which greet by it) so that a command that only greets (`companion followups`)
loads none of the starters' rules and tables.
"""

from __future__ import annotations

import re
from functools import lru_cache

from companion.ground.lazy_regex import lazy
from companion.ground.normalise.languages import normalise_language
from companion.ground.normalise.text import fold
from companion.models import Profile

# A respectful prefix that is part of how a given name is said ('Sri Lalitha'): greeted with the name after it.
_NAME_PREFIXES = {"sri", "shri", "sree", "shree", "sai"}
# Titles before a name, in the languages we read ('Dra. Camila Soto', 'Ing. Pablo Ruiz', 'Mag. Anna Berger'): never
# the name to greet. Compared without the dot.
_TITLES = set(("dr dra dres prof profa profe mr mrs ms mx miss sir dame sr sra srta ing inga lic licda lcda lcdo licdo "
               "dato datuk datin hj hjh haji hajah encik puan cik "
               "mag mgr arq abog med eng phd dipl doc doutor doutora dott dottssa dottor dottoressa mme mlle m herr frau "
               "hr fr pan pani rev fr assoc asst engr atty arch adv hon capt col maj sgt ir drs dhr mevr fru bc "
               "dipl-ing lt lieut ltc cpl pvt cdr cmdr adm brig "
               # Religious and professional styles ('Revd Anne Hale', 'Barrister Hamza Qureshi', 'Alhaji Musa Bello').
               "revd reverend rabbi barrister advocate alhaji alhaja rt").split())
# Retired, after a rank and in brackets ('Col. (Retd.)', 'Capt. (Ret.)').
_RETIRED = {"retd", "ret", "rtd", "retired"}
# Titles that are also short names or nicknames ('Dre', 'Pr'): a title only before a given name and a family name
# ('Dre Aminata Diallo', Québec's 'Docteure'; 'Pr Jean Martin', French 'Professeur').
_TITLES_BEFORE_A_FULL_NAME = {"dre", "pr", "pre",
                              # 'Pastor Maldonado', 'Imam Hossain', 'Chief Keef', 'Ca Tran' are names too.
                              "pastor", "imam", "chief", "ca", "cpa"}
# 'The' before a style ('The Rev. Dr. Anne-Marie Costello', 'The Hon. Ruth Ade', 'The Very Rev. Ian Gray'): no name.
_STYLE_OPENERS = {"the", "very", "right", "most"}
# Titles run together ('Prof.Dr.', 'Dr.-Ing.', 'Dr.med.') or glued to the name ('Dr.Ama'): split at each dot.
_DOTTED_PARTS = lazy(r"[^.\-]+\.?-?")
_NAME_WORD = lazy(r"^[^\W\d_][^\W\d_'’.\-]*(?:['’.\-][^\W\d_]+)*\.?$")

# The name they ask to be called: 'Robert "Bob" Smith', or 'call me Kate' / 'goes by Maggie' in their own words
# (the phrase in any case, the name capitalised).
_QUOTED_NICKNAME = lazy(r"(?:^|\s)[\"“”'‘’]([^\W\d_][^\W\d_.\-]{1,20})[\"“”'‘’](?=\s|$)")
ASKED_NAME = lazy(
    r"(?i:\bcalls? me|\bgo(?:es)? by|\bprefers? to be called|\bknown to (?:my )?friends as|\bllámame|\bme chame de|"
    r"\bappelez-moi|\bnennt mich) ([A-ZÀ-Ý][^\W\d_]{1,20})\b")
# A short form in brackets after the first name ('Elizabeth (Liz) Warren'), told from a maiden name in brackets
# ('Julian (Beisenkötter) Amelung') by being a short form of it; these few share too few letters to tell.
# 'Call me Monday', 'call me Anytime': a time, not a name.
_NOT_A_NAME = set("monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight anytime maybe "
                  "january february march april may june july august september october november december".split())
_BRACKETED_NICKNAME = lazy(r"^\s*[^\W\d_]+(?:[-‐][^\W\d_]+)*\s+\(([^\W\d_]{2,12})\)\s")
_SHORT_FORMS = {"bob": "robert", "bobby": "robert", "rob": "robert", "bill": "william", "billy": "william",
                "will": "william", "peggy": "margaret", "peg": "margaret", "dick": "richard", "jack": "john",
                "hank": "henry", "chuck": "charles", "sally": "sarah", "polly": "mary", "ted": "edward",
                "ned": "edward", "betty": "elizabeth", "beth": "elizabeth", "bess": "elizabeth"}


# A rank of several words before the name ('Lt. Col.', 'Maj. Gen.', 'Rear Adm.'): its first word alone misstates it,
# and the message opens without a name; a rank word left where a name should be ('Lt', 'Gen') is none either.
_MULTI_WORD_RANK = lazy(r"(?:lt|lieut|maj|brig|rear|vice|gen|lieutenant|major|brigadier)\.? ?(?:col|gen|adm|cdr|"
                        r"colonel|general|admiral|commander)\b", re.IGNORECASE)
_RANK_WORDS = {"lt", "ltc", "gen", "adm", "brig", "cdr", "cmdr", "cpl", "pvt", "lieutenant", "colonel", "general",
               "admiral", "brigadier", "commander", "sergeant", "major", "captain"}
# A rank word that is a given name too, greeted when written without a dot before a family name ('Gen Hoshino'; review
# set 31: 'Gen' left without a greeting). 'Gen. Milley' keeps its dot and is no name.
_RANKS_ALSO_GIVEN_NAMES = {"gen"}
# Ranks that are no given name, with a dot or without.
_RANKS_AS_WRITTEN = {"lt", "lieut", "ltc", "capt", "col", "sgt", "cpl", "pvt", "cdr", "cmdr", "adm", "brig"}


def _is_title(word: str) -> bool:
    """'Dra.', 'Prof.', 'Ing.', 'Mr', 'Prof.Dr.', 'Dr.-Ing.': a title, not a name. A bare 'M' or 'Fr' counts only
    with its dot."""
    bracketed = re.fullmatch(r"[(（](.+)[)）]", word)
    if bracketed:  # 'Col. (Retd.) Vikram Singh Rathore': a rank's '(Retd.)' is no name either
        inner = bracketed.group(1)
        return inner.lower().rstrip(".") in _RETIRED or _is_title(inner)
    parts = _DOTTED_PARTS.findall(word)
    if len(parts) > 1:
        return all(_is_title(part.rstrip("-")) for part in parts)
    bare = word.lower().rstrip(".").rstrip("'’")
    # (Also given names, written without a dot: Arch Campbell, Col Needham, Hon Lai, Maj Sjöwall, Adv Kumar.)
    if bare in ("m", "fr", "hr", "med", "eng", "doc", "pan", "pani", "herr", "frau", "miss", "dame", "sir", "rev",
                "mag", "ing", "lic", "arq", "arch", "col", "hon", "maj", "capt", "adv", "ir", "bc"):
        return word.endswith(".") or bare in ("herr", "frau", "pan", "pani", "sir", "dame", "miss")
    return bare in _TITLES


# Pronouns in brackets after a name ('(she/her)', '(they/them)'): no part of the name.
_PRONOUNS_IN_BRACKETS = lazy(r"\s*[(（]\s*(?:she|he|they|ze|xe|ela|ele|elle|il|sie|er)\s*/[^()（）]{1,20}[)）]", re.IGNORECASE)


# A name in Latin letters in brackets after one in Chinese characters, kana or Hangul: '佐藤 健太 (Kenta Sato)'.
_ROMANISED_IN_BRACKETS = lazy(r"[(（]\s*([^\W\d_][^()（）]{1,40}?)\s*[)）]")


_HANGUL_WORD = lazy(r"[\uac00-\ud7a3]+")


def hangul_name(profile: Profile) -> str | None:
    """Their name as written in Hangul ('박지훈' of '박지훈 (Park Ji-hoon)'), greeted whole in a Korean message."""
    words = _HANGUL_WORD.findall(profile.name or "")
    return " ".join(words) if words else None


def _without_titles(words: list[str]) -> list[str]:
    """The words of a name without its titles: 'Dr. Sofía Herrera' → Sofía Herrera; 'Dr.Ama Mensah' → Ama Mensah;
    'Dre Aminata Diallo' → Aminata Diallo (but 'Dre Smith' is someone called Dre)."""
    out = []
    for i, word in enumerate(words):
        if word.lower().rstrip(".") in _TITLES_BEFORE_A_FULL_NAME and len(words) - i >= 3 and not out:
            continue
        if not out and word.lower() in _STYLE_OPENERS and i + 1 < len(words) and (
                _is_title(words[i + 1]) or words[i + 1].lower() in _STYLE_OPENERS or words[i + 1].lower().rstrip(".") == "hon"):
            continue
        if _is_title(word):
            continue
        if not out and i and word.lower().rstrip(".") == "hon" and words[i - 1].lower().rstrip(".") in ("rt", "right", "the"):
            continue  # 'Rt Hon Ruth Ade', 'The Hon Ruth Ade': a style, dotted or not (read of the change)
        if word.lower() in ("sri", "seri") and i and words[i - 1].lower().rstrip("'’.") in _MALAY_TITLES:
            continue  # "Dato' Sri", 'Datuk Seri': one title
        glued = re.match(r"^((?:[^\W\d_]{1,5}\.-?)+)([^\W\d_].+)$", word)
        if glued and _is_title(glued.group(1)) and _NAME_WORD.match(glued.group(2)):
            word = glued.group(2)  # 'Dr.Ama' → 'Ama'
        out.append(word)
    return out


# Hangul (Korean) and CJK (Chinese, Japanese) characters: a name written in them is greeted in full ('박지훈님'):
# which part is the given name is a guess, and the full name is how a first message there addresses someone.
_CJK_OR_HANGUL = lazy(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")


# The last word of an organisation's or a brand's name ('Milano JS', 'Acme Labs', 'Satisfying Videos', 'Daily News').
ORGANISATION_NAME = lazy(
    r"\b(?:js|inc|ltd|llc|gmbh|hq|labs|team|official|community|meetup|club|foundation|society|conf|"
    r"association|collective|podcast|newsletter|videos|news|studios?|tv|radio|magazine|games|records|media)\.?$",
    re.IGNORECASE)
# A handle's shape: one word joined from two in CamelCase ('EstebanBorai'; 'DeShawn', 'McKenzie', 'MacDonald', 'LaToya'
# are names: a particle of two or three letters before the capital), or with digits or underscores ('dev_ops_42').
_CAMEL_HANDLE = lazy(r"^[A-Z][a-z]{3,}[A-Z][a-z]+$")
_HANDLE_SIGNS = lazy(r"[\d_]")
# A name said as a greeting to who has no first name on their page ('Hi there,'): every greeter's fallback.
NO_NAME = "there"


def is_organisation_name(name: str | None) -> bool:
    """True for a display name that is an organisation's or a brand's ('Milano JS', 'Satisfying Videos'), never a
    person's with their company after a bar or a dash ('Sam | Acme Labs', 'Sam Lee - Acme Labs')."""
    name = (name or "").strip()
    return bool(name) and not re.search(r"[|@]| [-–—] ", name) and bool(ORGANISATION_NAME.search(name))


def _handle_shaped(word: str, handle: str) -> bool:
    """True for a single word that is a handle, not a given name: the handle itself in small letters ('estebanborai'
    for @estebanborai: a site shows the login where no name is given; 'Kate' for @kate is a name), all in capitals
    ('DGNSREKT'), CamelCase ('EstebanBorai') or with digits or underscores."""
    bare = word.lstrip("@")
    return bool(bare) and ((bare.islower() and fold(bare) == fold(handle.lstrip("@")))
                           or (bare.isupper() and len(bare) > 2)
                           or bool(_CAMEL_HANDLE.match(bare)) or bool(_HANDLE_SIGNS.search(bare)))


def first_name(profile: Profile) -> str:
    """The name to greet them by: the first word of their name that is not a title, else their handle.

    A display name that does not start with a name ('#!/kiko/beats') gives way to the handle, and the name
    they ask to be called ('Robert "Bob" Smith', 'Please call me Kate') comes first. A name written all in
    small or all in capital letters ('rob cheung', 'MARIA LOPEZ') is greeted as a letter writes it: 'Rob', 'Maria'.
    An organisation's or a brand's account is greeted by its whole name ('Hi Milano JS,', never 'Hi Milano,'), and a
    handle shown as the name ('DGNSREKT', 'EstebanBorai') greets no one by name: NO_NAME ('Hi there,'), as every
    greeter (starters, check-ins, intros) says it (newcomer finding F4: 'Hi Satisfying,', 'Hi Dgnsrekt,').
    """
    asked = asked_name(profile)
    if asked:
        return asked
    name = (profile.name or "").strip()
    if is_organisation_name(name):
        return name
    if name and " " not in name and _handle_shaped(name, profile.handle or ""):
        return NO_NAME
    bare = _without_pronouns_or_credential(profile.name or "")
    if bare != (profile.name or ""):  # 'Wong Ka Yan (she/her)', 'Chan Tai Man (CPA)' are read as the name alone
        return first_name(profile.model_copy(update={"name": bare}))
    romanised = _ROMANISED_IN_BRACKETS.search(profile.name or "")
    if romanised and _CJK_OR_HANGUL.search(profile.name or "") and not _CJK_OR_HANGUL.search(romanised.group(1)):
        # '佐藤 健太 (Kenta Sato)': the family name comes first in the characters; the letters they chose to write
        # their name in say it in the order a letter in them greets by ('Kenta').
        return first_name(profile.model_copy(update={"name": romanised.group(1)}))
    given = _given_name_written_apart(profile.name or "")
    if given:
        return _both_given_names_if_said(profile, given)
    words = _without_titles([w.strip(",;:!?") for w in (profile.name or "").split()])
    by_culture = _by_naming_culture(profile, words)
    if by_culture:
        return by_culture
    if words and all(_CJK_OR_HANGUL.search(w) for w in words):
        return " ".join(words)
    for i, word in enumerate(words):
        if _is_title(word):
            continue
        if _NAME_WORD.match(word):
            if word.lower() in _NAME_PREFIXES and i + 1 < len(words) and _NAME_WORD.match(words[i + 1]):
                return f"{_as_written(word)} {_as_written(words[i + 1])}"  # 'Sri Lalitha', never 'Sri' alone
            given = _compound_given_name(words[i:])
            return " ".join(_as_written(w) for w in given) if given else _as_written(word)
        break
    handle = (profile.handle or "").lstrip("@")
    return handle if handle and not _handle_shaped(handle, "") else NO_NAME


def _both_given_names_if_said(profile: Profile, given: str) -> str:
    """`given`, or it with the given name written after it in their name where their own page calls them by both
    ('I'm Oluwaseun Temitope', a double first name they use): the page, not a guess, says they go by the two."""
    words = (profile.name or "").split()
    at = next((i for i, w in enumerate(words) if fold(w) == fold(given)), None)
    if at is None or at + 1 >= len(words) or words[at + 1].isupper():
        return given
    both = f"{given} {_as_written(words[at + 1])}"
    said = " ".join([profile.headline or "", profile.about or "", *(p.text or "" for p in profile.posts)])
    return both if re.search(rf"(?<!\w){re.escape(fold(both))}(?!\w)", fold(said)) else given


# A name written with the name they go by apart: in brackets at its end ('Wong Ka Yan (Kayan)', 'Chan Tai Man (Peter)'),
# after a comma ('Chan Tai Man, Peter'), or its family name in capitals ('WONG Ka Yan', 'Miriam ALBRECHT').
_TRAILING_NAME = lazy(r"^(?P<full>[^()（）,]+?)\s*(?:[(（]\s*(?P<bracketed>[^\W\d_][^\W\d_'’.\-]{1,20})\s*[)）]|"
                      r",\s*(?P<after_comma>[^\W\d_][^\W\d_'’.\-]{1,20}))\s*$")


def _is_credential(apart: str) -> bool:
    """'PhD', 'CFA', 'HR', 'Dr.': written after a name, no name."""
    return bool(re.search(r"[A-Z].*[A-Z]", apart)) or _is_title(apart)


def _without_pronouns_or_credential(name: str) -> str:
    """The name without pronouns in brackets ('(she/her)'), a credential at its end ('Li Wei, CFA', '(CPA)'), or its
    Hangul or characters after it in Latin letters ('Lee Ji-woo (이지우)' is greeted as 'Ji-woo' in a Latin letter)."""
    name = _PRONOUNS_IN_BRACKETS.sub("", name).strip()
    found = _TRAILING_NAME.match(name)
    apart = found and (found["bracketed"] or found["after_comma"])
    if apart and (_is_credential(apart) or (_CJK_OR_HANGUL.search(apart) and not _CJK_OR_HANGUL.search(found["full"]))):
        return found["full"].strip()
    return name


def _given_name_written_apart(name: str) -> str | None:
    """The name to greet by when the way the name is written says it (see _TRAILING_NAME), else None.

    'Wong Ka Yan (Kayan)' is Kayan (the given names run together); 'Chan Tai Man (Peter)' and 'Chan Tai Man, Peter' are
    Peter (an English given name beside a family name written first); 'WONG Ka Yan' is Ka Yan. Never the family name
    ('Hi Wong': review set 30, unsupported). 'Kittipong Chaiyawat (Golf)' is left to the usual reading: the given name
    first, a nickname after it."""
    found = _TRAILING_NAME.match(name.strip())
    if found:
        words = _without_titles(found["full"].split())
        apart = found["bracketed"] or found["after_comma"]
        if _is_credential(apart):
            return None  # a credential or a unit ('Tan Wei Ming, PhD', 'Chan Tai Man (CPA)', '(HR)'): no name
        # 'Min-jun' folds to 'min jun': its syllables, run together
        folded = [fold(w).replace("-", " ").replace(" ", "") for w in words]
        if len(words) >= 2 and any(fold(apart).replace("-", "") == "".join(folded[i:j])
                                   for i in range(len(folded)) for j in range(i + 2, len(folded) + 1)):
            return _as_written(apart)  # 'Ka Yan' written as one: 'Kayan'
        if (len(words) >= 2 and folded[0] in _EAST_ASIAN_FAMILY and all(_looks_romanised(f) for f in folded[1:])
                and fold(apart) not in _syllables() | _EAST_ASIAN_FAMILY):
            return _as_written(apart)  # an English given name beside 'Chan Tai Man', 'Kim Min-jun (Alex)'
        if len(words) == 1 and found["after_comma"]:
            return _as_written(apart)  # 'Smith, John': the family name, then the given name
        if len(words) >= 2 and folded[0] in _EAST_ASIAN_FAMILY and fold(apart) not in _EAST_ASIAN_FAMILY:
            return _as_written(apart)  # 'Lee Joanna (Jo)': a family name first, never greeted
        return None
    words = _without_titles(name.split())
    capitals = [w for w in words if len(w) >= 2 and w.isalpha() and w.isupper()]
    if (len(words) >= 2 and len(capitals) == 1 and words[0] == capitals[0]
            and (fold(words[0]) in _EAST_ASIAN_FAMILY or fold(words[0]) in _family_names())):
        # 'ADEBAYO Oluwaseun Temitope' is Oluwaseun: a first given name and a middle one, never both (review set 42),
        # unless they run together as one given name ('WONG Ka Yan'); a page that says both is read in first_name.
        return " ".join(_as_written(w) for w in (_compound_given_name(words) or words[1:2]))
    return None


# Naming cultures whose first written word is seldom the name to greet by, told by the profile's own signals (where they
# live, the languages they list, the script of their name): a family name written first (Khmer: 'Sok Dara' is Dara),
# or a leading name shared by many and said with the next (Malay and South Asian usage: 'Mohamed Rizwan', 'Nurul Aina',
# 'Abdul Rahman'). When the reading is unsure, the given names in full are greeted rather than a guess (review set 32:
# 'Hi Sok', 'Hi Mohamed', 'Hi Nurul' doubted or rejected).
_KHMER_FAMILY = set((
    "sok chea heng meas keo pich prak chhay ouk nhem khiev huot chhun chhorn hun seng vann phal sorn chhim yim nuon "
    "mao srun svay tep thach oeur chum hok leng nhim ros sar sath prum roeun ung vong khim kheng kuy loeung nget nov "
    "oum pheng phon sorng tith toch yun chhean chhoeun chin hang hay heang hem kang kea khun kim lim long ly mom "
    "nang ngin noun pen phan phat sao sim sin sokh son sou suon tan taing thai touch un uy yous").split())
# Of those, the ones also common as a given or family name elsewhere (Kim, Lim, Tan, Ly, Long, Sin, Pen, Son): a
# family name first only where the page says Cambodia.
_KHMER_FAMILY_ALSO_ELSEWHERE = set("kim lim tan ly long sin pen son chin kang hang un phan thai mao sim ros vann phat khun "
                                   "mom chum sao".split())
_KHMER_SCRIPT = lazy(r"[\u1780-\u17ff]")
# Places and language names a page says Cambodia, the Malay world or South Asia by (folded, as words).
_KHMER_PLACES = set("cambodia kampuchea cambodge camboya kambodscha camboja cambogia khmer phnom penh siem reap "
                    "battambang sihanoukville kampot kampong takeo kratie".split())
_MALAY_PLACES = set((
    "malaysia brunei singapore indonesia kuala lumpur selangor penang pinang johor sabah sarawak kelantan terengganu "
    "kedah perak pahang melaka malacca negeri sembilan putrajaya cyberjaya shah alam petaling jaya subang klang ipoh "
    "kinabalu kuching seremban jakarta bandung surabaya yogyakarta medan bali makassar semarang malang bogor depok "
    "tangerang bekasi malay melayu bahasa indonesian").split())
_HUNGARIAN_PLACES = set("hungary magyarorszag budapest debrecen szeged pecs gyor miskolc nyiregyhaza kecskemet "
                        "szekesfehervar hungarian magyar ungarn hongrie hungria ungheria wegry".split())
# Hungarian family names, written first in the Hungarian order ('Kovács Anna' is Anna).
_HUNGARIAN_FAMILY = set("nagy kovacs toth szabo horvath varga kiss molnar nemeth farkas balogh papp takacs juhasz "
                        "lakatos meszaros olah racz fekete szilagyi torok feher balazs gal kocsis orsos pinter fodor "
                        "szalai sipos magyar lukacs gulyas biro kiraly laszlo katona jakab bogdan balog sandor boros "
                        "fazekas kelemen antal orban somogyi vincze hegedus deak pap".split())
# Burmese names have no family name: the whole name is said ('Htet Aung', 'Thiri Win').
_MYANMAR_PLACES = set("myanmar burma yangon rangoon mandalay naypyidaw naypyitaw bago mawlamyine burmese".split())
_MYANMAR_SCRIPT = lazy(r"[\u1000-\u109f]")
_SOUTH_ASIAN_PLACES = set((
    "pakistan bangladesh india karachi lahore islamabad rawalpindi faisalabad peshawar multan dhaka chittagong "
    "chattogram sylhet khulna rajshahi hyderabad mumbai delhi bangalore bengaluru chennai kolkata lucknow kashmir "
    "srinagar urdu bengali bangla").split())
# A leading name said with the name after it: never greeted alone (Abdul is 'servant of', a Mohd is called by the next
# name), and the abbreviations of Muhammad, which are no name to greet by at all.
_LEADING_ALWAYS = {"abdul", "abdel", "abd", "abdoul", "abdur", "abdul-", "nurul", "siti"}
_MUHAMMAD_ABBREVIATED = {"md", "mohd", "muhd", "mhd", "mohd.", "md."}
_MUHAMMAD = set("muhammad mohamed mohammed mohammad mohamad muhamad muhammed mohamud muhamed mohammod".split())
# Leading names and honorifics of Malay usage ('Nur Aisyah', 'Wan Nur Izzati', 'Tengku Amir', 'Syed Ali'): said whole.
_MALAY_LEADING = set("nur noor nor nurul siti wan nik che tengku tunku raja megat puteri syed syeda sharifah "
                     "syarifah engku awang dayang ku".split())
# Malay and Arabic patronymics: the given names come before them ('Ahmad Faiz bin Hassan' is Ahmad Faiz).
_PATRONYMIC = {"bin", "binti", "bte", "bt", "binte", "ibni", "b.", "bt.", "bint"}
# Malay titles and honorifics before a name: no name to greet.
_MALAY_TITLES = {"dato", "datuk", "datin", "hj", "hjh", "haji", "hajah", "encik", "puan", "cik"}
_STYLES_BEFORE_A_GIVEN_NAME = _MALAY_TITLES | {"sir", "dame", "alhaji", "alhaja", "fr", "sr", "sra", "srta", "seri",
                                               "sri"}
MAX_GIVEN_WORDS = 3


def _called_names(words: list[str], folded: list[str]) -> list[str]:
    """The leading names of `words` and the one name after them ('Wan Nur Izzati', 'Mohamed Rizwan' of 'Mohamed Rizwan
    Abdul Latif', 'Faiz' of 'Faiz Ismail'): the given names as said, without what follows."""
    out = []
    for word, f in zip(words, folded, strict=False):
        out.append(word)
        if not (f in _LEADING_ALWAYS or f in _MUHAMMAD or f in _MALAY_LEADING) or len(out) == MAX_GIVEN_WORDS:
            break
    return out


def _page_signals(profile: Profile) -> set[str]:
    """'kh', 'malay', 'south-asia': the naming cultures their location, listed languages or script point to."""
    words = set(fold(" ".join(filter(None, [profile.location, *profile.languages]))).split())
    out = set()
    if words & _KHMER_PLACES or _KHMER_SCRIPT.search(" ".join(filter(None, [profile.name, profile.headline]))):
        out.add("kh")
    if words & _MALAY_PLACES:
        out.add("malay")
    if words & _SOUTH_ASIAN_PLACES:
        out.add("south-asia")
    if words & _HUNGARIAN_PLACES:
        out.add("hu")
    if words & _MYANMAR_PLACES or _MYANMAR_SCRIPT.search(" ".join(filter(None, [profile.name, profile.headline]))):
        out.add("my")
    return out


def _by_naming_culture(profile: Profile, words: list[str]) -> str | None:
    """The name to greet by when their naming culture decides it (see _KHMER_FAMILY, _MUHAMMAD), else None."""
    folded = [fold(w).replace(" ", "") for w in words]
    if len(words) < 2 or not all(f.isalpha() for f in folded[:2]):
        return None
    cut = next((i for i, (w, f) in enumerate(zip(words, folded, strict=True)) if i and (w.lower() in _PATRONYMIC
                                                                                      or f in _PATRONYMIC)), None)
    first = folded[0]
    khmer_first = first in _KHMER_FAMILY and folded[1] not in _KHMER_FAMILY
    if khmer_first and len(words) <= MAX_GIVEN_WORDS and (
            first not in _KHMER_FAMILY_ALSO_ELSEWHERE or "kh" in _page_signals(profile)):
        if "kh" in _page_signals(profile):
            return " ".join(_as_written(w) for w in words[1:])  # 'Sok Dara' in Phnom Penh: Dara
        return " ".join(_as_written(w) for w in words)  # 'Sok Dara' anywhere else: which is which is a guess
    if first in _HUNGARIAN_FAMILY and folded[1] not in _HUNGARIAN_FAMILY and len(words) <= MAX_GIVEN_WORDS and (
            "hu" in _page_signals(profile)):
        return " ".join(_as_written(w) for w in words[1:])  # 'Kovács Anna' in Budapest: Anna
    if "my" in _page_signals(profile) and len(words) <= MAX_GIVEN_WORDS:
        return " ".join(_as_written(w) for w in words)  # 'Htet Aung' in Yangon: no family name, the name whole
    if words[0].lower() in _MUHAMMAD_ABBREVIATED or first in ("md", "mohd", "muhd", "mhd"):
        rest = _called_names(words[1:cut] if cut else words[1:], folded[1:])
        return " ".join(_as_written(w) for w in rest) or None  # 'Mohd Faiz Ismail' is Faiz, 'Md. Rafiqul Islam' Rafiqul
    given = words[:cut] if cut else _called_names(words, folded)
    leading = first in _LEADING_ALWAYS or first.startswith(("abdul", "abdel")) and len(first) <= 6
    if not leading and (first in _MUHAMMAD or first in _MALAY_LEADING):
        # 'Mohamed' is the name in Cairo, and 'Noor' in Amman; in the Malay world and South Asia, and on a page that
        # says nowhere (or writes 'bin'), the leading name is said with the next.
        signals = _page_signals(profile)
        nowhere = not (profile.location or "").strip()
        leading = bool(cut) or bool(signals & {"malay", "south-asia"}) or (nowhere and first in _MUHAMMAD | {"nurul", "siti"})
    if leading and len(given) >= 2:
        return " ".join(_as_written(w) for w in given[:MAX_GIVEN_WORDS])
    if cut and len(given) >= 2:
        return " ".join(_as_written(w) for w in given[:MAX_GIVEN_WORDS])  # 'Ahmad Faiz bin Hassan': Ahmad Faiz
    return None


# Given names of two words, greeted whole ('Wei Ming', 'Mary Ann', 'Ana María'): cut to the first, the greeting
# names someone else. When unsure, the given names in full are the safer greeting.
# Romanised syllables of Chinese (pinyin, and common Cantonese spellings), Korean and Vietnamese given names.
_PINYIN_INITIALS = "b p m f d t n l g k h j q x zh ch sh r z c s y w".split()
_PINYIN_FINALS = ("a o e i u v ai ei ui ao ou iu ie ve er an en in un ang eng ing ong ia iao ian iang iong ua uo "
                  "uai uan uang ue").split()
# Korean syllables of given names.
_KOREAN_SYLLABLES = set(("ji hoon min jun seo yeon hye jin soo jae won eun hyun woo yoon sung dong young kyung hee "
                         "sook seung chul hwan sang joon ha na ye da yu bo gyu hyuk taek yong mi su jung hyo sun kyu "
                         "jong seon hyeon ju yeong suk gil seok cheol sik geun bin ho").split())
_OTHER_SYLLABLES = set((
    # Cantonese (Hong Kong, Malaysia, Singapore spellings)
    "ka wai wing yan siu chun kit man ho yee ying kwok pui sze tsz hoi chi lok kin fai wah yiu kwan hung kei tak "
    "shing hin yuk mei kam choi sum hei lai wan fung yat yin mun kwai "
    # Vietnamese
    "minh anh thu thi van duc hoa ngoc lan linh huong tuan hai nam quang trung phuong thanh hung dung long bao "
    "khanh trang my vy hieu huy dat tam quoc thao hanh mai nhung tien son viet kim yen diep thuy hoang phuc thinh "
    "khoa nhi ngan uyen tu hong khai khang khue nghia nguyet phat phong quy thang thien thuan toan truc tri vinh "
    "xuan giang hoai kiet loc luan nhat nhan oanh quan sang tai tho trinh tuyet").split()) | _KOREAN_SYLLABLES
# Family names written first or last ('Tan Wei Ming', 'Wei Ming Tan'), so that the given names are told apart.
_EAST_ASIAN_FAMILY = set((
    "wang zhang liu chen yang huang zhao zhou xu zhu guo gao luo zheng liang xie tang deng feng cao zeng peng xiao "
    "cai tian dong yuan jiang du wei cheng ding shen yao zhong cui qian li lin lim tan lee ng goh ong teo chua koh "
    "low chong chia yeo wong chan cheung leung lau chow tsang yip kwok lam tse fung yeung mak chiu hu ma sun song "
    "han ye lu su pan wu jin yu kim park choi jung jeong kang cho yoo hong yoon jang shin seo kwon hwang ahn jeon "
    "baek oh lim "
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ngo duong truong dinh ly").split())
# Family names that are hardly ever a given name too ('Park Jimin', 'Nguyen Lan': never 'Hi Park').
_FAMILY_NEVER_GIVEN = set("nguyen tran pham huynh phan dang bui ngo duong truong park choi kwon hwang jeon baek".split())
# Korean family names written first ('Lee Jiwoo', 'Cho Minho'): one of them, then one word of two Korean syllables,
# is family-first ('Hi Jiwoo', never 'Hi Lee').
_KOREAN_FAMILY_FIRST = set(("lee kim park choi jung jeong kang cho yoon jang lim han shin seo kwon hwang ahn song "
                            "yoo hong jeon baek oh").split())
# Vietnamese middle names ('Nguyen Thi Lan' is called Lan).
_VIETNAMESE_MIDDLE = {"thi", "van"}
# Given names that commonly lead a compound ('Ana María', 'Jean Pierre', 'Mary Ann', 'Maria Clara')...
_COMPOUND_HEADS = set(("maria ana anna jose juan joao jean marie mary anne ann luis luiz pedro carlos miguel francisco "
                       "antonio giovanni gian pier rosa paulo marco carlo sarah john jo lou billy bobby rui").split())
# ...and the given names that commonly follow.
_COMPOUND_TAILS = set((
    "maria jose luis luiz carlos pablo pedro antonio manuel miguel angel fernanda eduarda clara luiza luisa paula "
    "carolina beatriz julia isabel elena laura teresa cristina victoria vitoria gabriela helena lucia rosa fernando "
    "felipe henrique paulo vitor victor gabriel lucas marcos eduardo ricardo jesus javier ignacio andres alberto "
    "pierre marc luc paul philippe claude francois michel baptiste louis yves charles jacques claire france marie "
    "christine helene laure anne sophie therese ann jane kate beth lou ellen grace rose louise elizabeth lynn jo sue "
    "michael john luca paolo franco pietro giulia chiara francesca sofia alice mae may bob ray lee kay").split())


# Western given names that happen to spell a syllable ('Ian Li Wang' is Ian).
_WESTERN_NOT_SYLLABLES = {"ian", "ben", "dan", "mia", "rui", "jan", "sean", "lea", "leo"}


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    pinyin = {initial + final for initial in ["", *_PINYIN_INITIALS] for final in _PINYIN_FINALS}
    return frozenset((pinyin | _OTHER_SYLLABLES) - _WESTERN_NOT_SYLLABLES)


def _looks_romanised(word: str) -> bool:
    """True for a romanised syllable or two run together ('Lan', 'Jimin', 'Minji')."""
    syllables = _syllables()
    return word in syllables or any(word[:i] in syllables and word[i:] in syllables for i in range(1, len(word)))


def _compound_given_name(words: list[str]) -> list[str] | None:
    """The given names to greet whole, from a name's words starting at the first given name, or None for one word.

    'Wei Ming Tan' and 'Tan Wei Ming' → Wei Ming; 'Nguyen Thi Lan' → Lan; 'Park Jimin' → Jimin; 'Li Na' (the family
    name first or last?) → Li Na; 'Mary Ann Smith', 'Ana María López
    García', 'Maria Clara Souza', 'Jean Pierre Dubois' → the first two words. A compound needs a family name after
    it: 'Mary Ann' alone may be a first and a family name.
    """
    words = [w for w in words if w]
    # Vietnamese 'Đ' folds to 'd' with the other stroked letters (text._UNDECOMPOSED): 'Trần Văn Đức' is 'tran van duc'.
    folded = [fold(w).replace("-", "").replace(" ", "") for w in words]
    if not folded or not all(w.isalpha() for w in folded[:4]):
        return None
    syllables = _syllables()
    if len(folded) == 2 and folded[0] in _FAMILY_NEVER_GIVEN and _looks_romanised(folded[1]):
        return words[1:2]  # 'Park Jimin', 'Nguyen Lan': the family name first
    if len(folded) == 2 and folded[0] in _EAST_ASIAN_FAMILY and folded[1] not in _EAST_ASIAN_FAMILY and (
            ("-" in words[1] and all(_looks_romanised(part) for part in fold(words[1]).replace("-", " ").split()))
            or (_family_names().get(folded[0], frozenset()) & {"ko", "vi"} and _looks_romanised(folded[1]))):
        return words[1:2]  # 'Han Seo-yeon', 'Kim Minji': a Korean family name, then the given name
    if len(folded) == 2 and folded[0] in _KOREAN_FAMILY_FIRST and folded[1] not in _family_names() and any(
            folded[1][:i] in _KOREAN_SYLLABLES and folded[1][i:] in _KOREAN_SYLLABLES for i in range(1, len(folded[1]))):
        return words[1:2]  # 'Lee Jiwoo', 'Song Minho': a Korean family name, then a given name of two syllables
    if len(folded) == 2 and "ja" in _family_names().get(folded[0], frozenset()) and folded[1] not in _family_names():
        return words[1:2]  # 'Tanaka Yuki': a Japanese family name first
    if len(folded) == 4 and folded[0] in _EAST_ASIAN_FAMILY and all(w in syllables for w in folded[1:]):
        return [w for w, f in zip(words[1:], folded[1:], strict=True) if f not in _VIETNAMESE_MIDDLE][:2]  # 'Nguyen Thi Minh Khai'
    if len(folded) == 2 and folded[0] in _EAST_ASIAN_FAMILY and folded[1] in syllables:
        return words  # 'Li Na', 'Zhang Wei', 'Wei Chen': which is the family name is anyone's guess, so both
    if len(folded) < 3:
        return None
    if len(folded) == 3 and all(w in syllables for w in folded):
        first, middle, last = folded
        if last in _EAST_ASIAN_FAMILY or first not in _EAST_ASIAN_FAMILY:
            return words[:2]  # 'Wei Ming Tan'; unsure ('Jia Hui Ling'): the given names in full
        if middle in _VIETNAMESE_MIDDLE:
            return words[2:3]  # 'Nguyen Thi Lan'
        return words[1:3]  # 'Tan Wei Ming', 'Kim Ji Hoon'
    if len(folded) == 3 and folded[0] in _EAST_ASIAN_FAMILY and folded[1] in syllables and folded[2] in syllables:
        return words[2:3] if folded[1] in _VIETNAMESE_MIDDLE else words[1:3]
    if folded[0] in syllables and folded[1] in syllables and folded[2] in _EAST_ASIAN_FAMILY and len(folded) == 3:
        return words[:2]
    if folded[0] in _COMPOUND_HEADS and folded[1] in _COMPOUND_TAILS:
        return words[:2]
    return None


# A display name that is a sentence or a joke ('Brad, what are you gonna do?', 'building things!!'), not a name.
_NOT_A_DISPLAY_NAME = lazy(r"[?!]|,\s*\w+\s+\w+\s+\w+")


def name_to_greet(profile: Profile) -> str | None:
    """The name to open a first message with, or None when their page shows no name of theirs to call them.

    None for a handle shown as the name ('DGNSREKT' for @dgnsrekt) and for a display name that is a joke or a
    sentence ('Brad, what are you gonna do?'): 'Hi Dgnsrekt' or 'Hi Brad' would greet someone who does not
    exist. A first message then opens without a name.
    """
    asked = asked_name(profile)
    if asked:
        return asked
    name = (profile.name or "").strip()
    handle = (profile.handle or "").lstrip("@")
    shown_handle = " " not in name and fold(name) == fold(handle) and (name.isupper() or not name.isalpha())
    if not name or _NOT_A_DISPLAY_NAME.search(name) or shown_handle:
        return None
    greeted = first_name(profile)
    if greeted == NO_NAME:
        return None
    words = name.split()
    # A rank is said before a family name ('Lt. Nguyen', 'Capt. Okafor'): a rank and one word greets no given name. 'Maj'
    # and 'Gen' are given names too ('Maj Sjöwall', 'Gen Hoshino'): ranks only with their dot.
    rank = fold(words[0]).rstrip(".")
    rank_and_surname = len(words) < 3 and (rank in _RANKS_AS_WRITTEN or (
        words[0].endswith(".") and rank in _RANK_WORDS | {"maj"}))
    rank_greeted = fold(greeted).rstrip(".") in _RANK_WORDS and (
        greeted.endswith(".") or fold(greeted) not in _RANKS_ALSO_GIVEN_NAMES or len(words) < 2
        or fold(words[0]).rstrip(".") != fold(greeted))
    # A style before one word ('Barrister Qureshi', 'The Rev. Costello', 'Dr. Smith') is said before a family name:
    # no first name is left to greet ('Sir Ian', 'Haji Zulkifli', 'Fr. Tom', 'Sr. Mary': styles said before a given
    # name).
    bare_words = [w.strip(",;:!?") for w in _without_pronouns_or_credential(name).split()]
    left = _without_titles(bare_words)
    styled_surname = (len(left) == 1 and len(bare_words) > 1 and fold(greeted) == fold(left[0])
                      and fold(bare_words[-2]).rstrip(".'’") not in _STYLES_BEFORE_A_GIVEN_NAME)
    if (_MULTI_WORD_RANK.match(name) or rank_and_surname or rank_greeted or styled_surname
            or re.fullmatch(r"[^\W\d_]\.?", greeted)):
        # 'Hi Lt.' to a Lieutenant Colonel, 'Hi S.' to 'S. Narayanan': a rank or an initial is no name to greet,
        # and the message opens without one rather than with a word that is no name.
        return None
    return None if handle and greeted == handle else greeted


def _as_written(word: str) -> str:
    """'rob' → 'Rob', 'MARIA' → 'Maria', a family name in capitals 'LI' → 'Li'; 'DeShawn', 'Inês', 'Jo' as they are."""
    # A two-letter word in capitals is an initialism ('JJ') unless it is a family name: 'LI Wei' writes the family name
    # in capitals by convention, and 'Hi LI Wei' copies it as a mail merge does (review set 37).
    if len(word) == 2 and word.isupper() and fold(word) in _EAST_ASIAN_FAMILY:
        return word.capitalize()
    if len(word) > 2 and (word.islower() or word.isupper()):
        return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
    if word.islower():
        return word.capitalize()
    return word


def asked_name(profile: Profile) -> str | None:
    """The name they ask to be called, when their name or their own words say so."""
    name = profile.name or ""
    quoted = _QUOTED_NICKNAME.search(name)
    if quoted:
        return quoted.group(1)
    bracketed = _BRACKETED_NICKNAME.match(name)
    if bracketed:
        nick, first = fold(bracketed.group(1)), fold(name.split()[0])
        initials = "".join(part[:1] for part in re.split(r"[-‐\s]", first) if part)
        if len(nick) < len(first) and (nick[:2] in first or _SHORT_FORMS.get(nick) == first
                                       or (len(initials) >= 2 and nick.replace(".", "") == initials)):
            return bracketed.group(1)  # 'Pieter-Jan (PJ) Botha' is PJ: the initials of a double given name
    for text in (profile.headline, profile.about):
        for asked in ASKED_NAME.finditer(text or ""):
            if asked.group(1).casefold() not in _NOT_A_NAME:
                return asked.group(1)
    return _introduced_as(profile)


# How they introduce themselves ('Soy Carmen, farmacéutica…', "Hi, I'm Carmen", 'Je suis Anne-Sophie'): a word of their
# own name said so is the one they go by (review set 31: 'Hola María' to a María Carmen whose about says 'Soy Carmen').
_INTRODUCED_AS = lazy(r"(?:^|[.!?,;:\n]\s*|\b(?i:hi|hello|hey|hola|bonjour|hallo|olá|ciao|cześć)\W+)"
                      r"(?i:i'?m|i am|my name is|soy|me llamo|mi nombre es|je suis|je m'appelle|ich bin|ich heiße|sou|"
                      r"me chamo|o meu nome é|meu nome é|sono|mi chiamo|jestem|mam na imię) ([A-ZÀ-Ý][^\W\d_]+(?:-[A-ZÀ-Ý][^\W\d_]+)?)"
                      # ...as a name said on its own: 'Soy Carmen, farmacéutica', not 'Jestem Kowal z zawodu'.
                      r"(?=\s*(?:[,.;:!—–(]|$)|\s+(?:and|y|et|und|e|i|&)\s)")


def _introduced_as(profile: Profile) -> str | None:
    """The word of their name they introduce themselves by in their headline or about, when it is not their first."""
    words = [w.strip(",.;:") for w in (profile.name or "").split()]
    if len(words) < 2:
        return None
    for text in (profile.headline, profile.about):
        for found in _INTRODUCED_AS.finditer(text or ""):
            said = found.group(1)
            if fold(said) in {fold(w) for w in words[1:]} and fold(said) != fold(words[0]):
                return said
    return None


# Family names that say which language is most likely spoken at home: nobody is asked how they learned it (a
# Nguyen in Texas may well have grown up speaking Vietnamese). Wrong guesses only hold a question back.
_FAMILY_NAME_LANGUAGES: dict[str, str] = {
    "vi": "nguyen tran pham hoang huynh phan vu vo dang bui ngo duong truong dinh",
    "ko": "kim park choi jung kang yoon jang shin seo kwon hwang ahn jeon baek",
    "ja": "tanaka suzuki sato takahashi watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki "
          "yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki ikeda hashimoto ishikawa ogawa okada maeda "
          "fujita goto hasegawa murakami kondo saito endo aoki sakamoto nishimura fukuda miura fujii okamoto "
          "matsuda nakagawa nakano harada takeda tanabe ishii ueda morita shibata sakai kudo yokoyama miyazaki "
          "miyamoto uchida takagi ando taniguchi ohno maruyama imai kaneko fujiwara murata nomura takeuchi sugiyama "
          "arai sakurai kojima yano noguchi matsui kikuchi kubo hirano",
    "zh": "wang zhang liu chen yang huang zhao zhou xu zhu guo gao luo zheng liang xie tang deng feng cao zeng "
          "peng xiao cai tian dong yuan jiang du wei cheng ding shen yao zhong cui qian",
    "zh yue": "wong chan cheung leung lau chow tsang yip kwok lam tse fung yeung mak chiu",
    "hi": "sharma gupta kumar verma agarwal agrawal yadav mishra tiwari pandey srivastava saxena chaudhary jain "
          "malhotra kapoor khanna bhatia chopra",
    "pa hi": "singh sandhu dhillon grewal sidhu",
    "gu": "patel shah mehta desai trivedi",
    "ta": "iyer krishnan subramanian srinivasan raghavan venkatesan ramasamy",
    "te": "reddy naidu",
    "ml": "nair menon pillai kurian",
    "bn": "mukherjee chatterjee banerjee bose ghosh chakraborty",
    "mr": "kulkarni deshpande patil joshi",
    "yo": "adeyemi adebayo ogunleye adewale akinola olawale babatunde adeleke ogundipe afolabi adeniyi oladipo",
    "ig": "okafor okonkwo nwosu okeke nnamdi chukwu okoye onyeka nwachukwu obiora okoro nwankwo",
    "ha": "abubakar danjuma garba lawal yakubu aliyu",
    "sw": "mwangi kamau otieno ochieng wanjiru njoroge kiprop mutua",
    "am": "tesfaye bekele girma tadesse alemu getachew mengistu abebe kebede gebre",
    "tr": "yilmaz kaya demir sahin celik yildiz yildirim ozturk aydin ozdemir arslan dogan kilic cetin koc "
          "ozkan simsek polat erdogan",
    "es": "garcia rodriguez fernandez martinez gonzalez lopez perez sanchez ramirez gomez hernandez diaz "
          "jimenez alvarez moreno munoz romero navarro gutierrez ruiz",
    "pt": "goncalves fernandes rodrigues carvalho oliveira silva santos pereira almeida ferreira sousa souza "
          "ribeiro araujo barbosa cardoso nascimento",
    "it": "rossi russo ferrari esposito bianchi romano colombo ricci marino greco gallo conti giordano mancini "
          "rizzo lombardi moretti",
}


@lru_cache(maxsize=1)
def _family_names() -> dict[str, frozenset[str]]:
    return {name: frozenset(codes.split()) for codes, names in _FAMILY_NAME_LANGUAGES.items() for name in names.split()}


# Endings that mark a family name's language ('Kowalski', 'Papadopoulos', 'Petrović', 'Popescu').
_NAME_ENDINGS = [
    (lazy(r"(?:ski|ska|wicz|czyk|czak)$"), {"pl"}), (lazy(r"(?:opoulos|akis|idis|iadis)$"), {"el"}),
    (lazy(r"o[gğ]lu$"), {"tr"}), (lazy(r"(?:ovi[cć]|evi[cć])$"), {"hr", "sr", "bs"}),
    (lazy(r"(?:enko|chuk)$"), {"uk"}), (lazy(r"(?:escu|eanu)$"), {"ro"}), (lazy(r"nen$"), {"fi"}),
    (lazy(r"(?:yan|ian)$"), {"hy"}), (lazy(r"(?:dze|shvili)$"), {"ka"}),
    (lazy(r"(?:zadeh|pour|nejad)$"), {"fa"}), (lazy(r"sson$"), {"sv", "is"}),
]
_LONG_ENOUGH_FOR_ENDING = 6


def name_languages(profile: Profile) -> set[str]:
    """The languages their family name suggests they grew up with ('Nguyen' → vi, 'Kowalski' → pl), if any."""
    words = [fold(w).strip(",.") for w in (profile.name or "").split() if not _is_title(w)]
    words = [w for w in words if w.isalpha()]
    if len(words) < 2:
        return set()  # a single word may be a first name or a handle: nothing to go by
    out: set[str] = set()
    for word in words[1:]:
        out |= _family_names().get(word, frozenset())
        if len(word) >= _LONG_ENOUGH_FOR_ENDING:
            out |= {code for ending, codes in _NAME_ENDINGS if ending.search(word) for code in codes}
    return out


# Japanese learnt rather than grown up with: a test's level or a learner's grade beside it ('Japanese (JLPT N1)').
_LEARNT_LEVEL = lazy(r"\b(?:jlpt|n[1-5]|jft|bjt|fluent|professional|working|business|intermediate|advanced|basic|"
                     r"conversational|elementary|limited|beginner|[abc][12])\b", re.IGNORECASE)
_NATIVE_LEVEL = lazy(r"native|mother tongue|bilingual|ネイティブ|母語", re.IGNORECASE)
KANA = lazy(r"[\u3040-\u30ff]")


def _japanese_their_own(profile: Profile) -> bool:
    """False when their page says another language is their own: the first language they list other than English is
    not Japanese, or Japanese is listed with a learner's level ('Portuguese, Japanese (JLPT N1)': a Brazilian in Tokyo
    named Yamamoto, review set 43). A page written in Japanese, or no languages listed, leaves the name to decide."""
    if KANA.search(" ".join(filter(None, [profile.headline, profile.about]))):
        return True
    listed = [(language.code, name) for name in profile.languages
              if (language := normalise_language(name)) is not None and language.code != "en"]
    if not listed:
        return True
    japanese = [name for code, name in listed if code == "ja"]
    if any(_NATIVE_LEVEL.search(name) for name in japanese):
        return True
    return listed[0][0] == "ja" and not _LEARNT_LEVEL.search(japanese[0])


def japanese_greeting(profile: Profile) -> str | None:
    """'Tanabe-san' for 'Yuki Tanabe': how a first message in English greets someone in Japan whose family name is
    Japanese (review 8), unless they ask to be called otherwise. None when the name does not read so, or when their
    page says Japanese is not their own language (_japanese_their_own): a family name alone makes no one Japanese."""
    if asked_name(profile) or not _japanese_their_own(profile):
        return None
    words = [w.strip(",.") for w in (profile.name or "").split() if not _is_title(w)]
    words = [w for w in words if w.isalpha()]
    if len(words) != 2:
        return None
    given, family = words
    if "ja" in _family_names().get(fold(family), frozenset()):
        return f"{_as_written(family)}-san"
    if "ja" in _family_names().get(fold(given), frozenset()):
        return f"{_as_written(given)}-san"  # written family name first ('Tanabe Yuki')
    return None
