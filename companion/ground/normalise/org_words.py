"""An organisation's name read word by word (round 37): 'Muzeum Sztuki Nowoczesnej w Warszawie' and 'Museum of Modern
Art in Warsaw', 'Budapesti Fesztiválzenekar' and 'Budapest Festival Orchestra', 'Eesti Toidupank' and 'Estonian Food
Bank' are one organisation named in its own language and in English.

Each word of a name is read through the tables common ground already has: a word for a kind of organisation (museum,
orchestra, hospital, foundation: `KINDS` below, also at the end of a compound, Hungarian 'Fesztivál|zenekar'), a place
(a big city in any of its names and in the cases and adjectives its languages write it in: 'Warszawie', 'Krakowska',
'Budapesti', 'Reykjavíkur'; a country by its name or adjective: 'Española', 'Magyar'), else its English word through
the skills' dictionary and stems (`skill_words`: 'Sztuki', art). Two names are one organisation only when every
content word of each has its counterpart in the other (in any order; little words such as 'w', 'de', 'of', 'the',
'der' dropped), both say the same kind, and both name the same place or neither names one. Even then, a name made only
of common words and no place says which organisation only to two people who live in one country, and only when it
has three words of its own besides its kind ('Great Orchestra of Christmas Charity'): 'Museum of Modern Art' in New
York and in Warsaw, 'National Theatre' of two countries, 'Filharmonia Narodowa' and 'Filharmonia Krakowska' stay two.

Linear in the names' length: each word is read once (cached), and each side's words are checked against the set of the
other's keys.
"""

from __future__ import annotations

import re
from functools import lru_cache

from companion.ground.normalise.text import fold

# Words for a kind of organisation, by the English word, in the languages profiles are written in (folded). Written
# by hand from general knowledge; a kind word is no word of a name of its own, but both names must say the same kind.
KINDS: dict[str, tuple[str, ...]] = {
    "museum": ("museum", "muzeum", "museo", "musee", "museu", "muzej", "muze", "muzeu", "museet", "museo", "muzeul",
               "muzeji", "muzea", "muzeumi", "muzeumban", "muzeal", "museums", "museen", "musees", "musei", "museos"),
    "orchestra": ("orchestra", "orkiestra", "orchestre", "orquesta", "orquestra", "orchester", "orkest", "orkester",
                  "orkesteri", "orkestar", "orkestr", "zenekar", "zenekara", "orkiestry", "orchestru", "orchestry",
                  "orkestern", "orkestret", "orkestra", "orchestras"),
    "philharmonic": ("philharmonic", "filharmonia", "philharmonie", "filarmonica", "filharmonie", "filharmonija",
                     "filharmonikerne", "filharmoniker", "filharmonikus", "filharmonikusok", "philharmoniker",
                     "filharmonii", "filharmonie", "filarmonia"),
    "theatre": ("theatre", "theater", "teatro", "teatr", "teatre", "theatro", "divadlo", "szinhaz", "teatteri",
                "teater", "teatern", "teatret", "kazaliste", "gledaliske", "tiyatro", "teatrul", "teatru", "teatri",
                "teatrze", "divadla"),
    "opera": ("opera", "opery", "operahaz", "operan", "operaen", "oper", "operaen", "operahuset", "operan"),
    "hospital": ("hospital", "hospitals", "szpital", "hopital", "ospedale", "krankenhaus", "ziekenhuis", "sjukhus",
                 "sykehus", "sygehus", "nemocnice", "nemocnica", "korhaz", "bolnica", "bolnisnica", "spital",
                 "sairaala", "hastane", "hastanesi", "haigla", "ligonine", "slimnica", "szpitala", "szpitalu",
                 "nemocnici", "klinikum", "spitalul", "hospitalar", "hospitalario"),
    "foundation": ("foundation", "fundacja", "fundacion", "fundacao", "fondation", "fondazione", "stiftung",
                   "stichting", "stiftelse", "stiftelsen", "fond", "fonden", "nadace", "nadacia", "alapitvany",
                   "fundatia", "vakfi", "vakfı", "saatio", "fundacio", "fundacji", "zaklada", "ustanova"),
    "association": ("association", "associations", "stowarzyszenie", "asociacion", "associacao", "associazione",
                    "verein", "vereniging", "forening", "foreningen", "yhdistys", "egyesulet", "sdruzeni",
                    "zdruzenie", "asociatia", "dernegi", "udruga", "udruzenje", "drustvo", "stowarzyszenia",
                    "associacio", "forbund", "forbundet"),
    "society": ("society", "towarzystwo", "sociedad", "sociedade", "societe", "societa", "gesellschaft",
                "genootschap", "sallskap", "selskab", "selskap", "seura", "tarsasag", "spolecnost", "spolocnost",
                "societatea", "towarzystwa"),
    "library": ("library", "biblioteka", "biblioteca", "bibliotheque", "bibliothek", "bibliotheek", "bibliotek",
                "biblioteket", "kirjasto", "konyvtar", "knihovna", "kniznica", "knjiznica", "kutuphanesi",
                "kutuphane", "biblioteki", "bibliotece"),
    "gallery": ("gallery", "galeria", "galerie", "galleria", "galerija", "galeri", "galleri", "galleriet",
                "galerii", "galeriei", "keptar"),
    "school": ("school", "szkola", "escuela", "escola", "ecole", "scuola", "schule", "school", "skola", "skolan",
               "skole", "koulu", "iskola", "okul", "okulu", "szkoly", "szkole", "scoala", "kool"),
    "university": ("university", "uniwersytet", "universidad", "universidade", "universite", "universita",
                   "universitat", "universiteit", "universitet", "universitetet", "yliopisto", "egyetem", "univerzita",
                   "univerza", "sveuciliste", "universitatea", "universiteti", "universitesi", "uniwersytetu",
                   "univerziteta", "univerzitet", "univerzity", "egyeteme", "ulikool"),
    "academy": ("academy", "akademia", "academia", "academie", "accademia", "akademie", "akademi", "akatemia",
                "akademija", "akademiet", "akademii", "akademiya"),
    "institute": ("institute", "instytut", "instituto", "institut", "istituto", "instituut", "intezet", "ustav",
                  "enstitusu", "enstitu", "instituttet", "instytutu", "institutul", "instituti"),
    "church": ("church", "kosciol", "iglesia", "igreja", "eglise", "chiesa", "kirche", "kerk", "kyrka", "kyrkan",
               "kirke", "kirken", "kirkens", "kirkko", "egyhaz", "cirkev", "crkva", "biserica"),
    "choir": ("choir", "chor", "coro", "choeur", "koor", "kor", "koret", "kuoro", "korus", "zbor", "cor", "choru"),
    "council": ("council", "rada", "consejo", "conselho", "conseil", "consiglio", "rat", "raad", "rad", "radet",
                "neuvosto", "tanacs", "consiliul", "kurulu", "vijece", "svet"),
    "ministry": ("ministry", "ministerstwo", "ministerio", "ministerio", "ministere", "ministero", "ministerium",
                 "ministerie", "ministerstvo", "ministeriet", "ministerio", "ministerul", "bakanligi", "ministarstvo",
                 "ministrstvo", "ministerija", "ministeerium", "ministerstva", "miniszterium", "ministerstwa"),
    "agency": ("agency", "agencja", "agencia", "agence", "agenzia", "agentur", "agentschap", "agentura", "ugynokseg",
               "ajansi", "agentia", "agencija", "virasto"),
    "bank": ("bank", "banco", "banque", "banca", "banka", "bankas", "pank", "pankki", "banken", "bankasi"),
    "cross": ("cross", "cruz", "croix", "croce", "kreuz", "kruis", "kors", "korset", "kors", "krzyz", "kriz", "kriz",
              "kereszt", "risti", "kryss", "krst", "cruce", "creu", "haç", "kryz"),
    "league": ("league", "liga", "ligue", "lega", "liga", "bond", "ligaen", "liiga", "ligi"),
    "festival": ("festival", "festiwal", "festivale", "fesztival", "festivalen", "festivali", "festiwalu"),
    "radio": ("radio", "radia", "radijo", "radiou", "radiotelevisione", "rozhlas", "radion", "radios"),
}
_KIND_OF = {fold(form): kind for kind, forms in KINDS.items() for form in forms}  # looked up folded ('haç': 'hac')
# The longest kind form a compound may end in, and the shortest ('Fesztivál|zenekar', 'Operahuset'): four letters at
# least, so no three-letter tail ('kor', choir) reads into a word.
_KIND_TAILS = sorted((form for form in _KIND_OF if len(form) >= 4), key=len, reverse=True)

# Words that carry nothing of a name: articles, prepositions, conjunctions of the languages profiles are written in.
LITTLE = frozenset(
    "the of in at for and on a an to by de del della dello degli dei delle di da do dos das du des la le les el los "
    "las l d y e i o u w we z ze na pod przy im am an der die das den dem und fur von vom zu zum zur bei van het en "
    "op voor og i pa for af av och till og fra til ja and et pour au aux sur a para per al con en dell nell all sul "
    "sa sv s v ve k ke ob pri za od a az es". split())


@lru_cache(maxsize=1)
def _city_names() -> tuple[dict, dict]:
    from companion.ground.normalise.places import _world

    world = _world()
    return world.cities_by_name, world.cities_by_alternate


# The endings of a city's name in the cases and adjectives of the languages that decline it ('Warszaw-ie', 'Krakow-
# ska', 'Budapest-i', 'Reykjavik-ur', 'Wien-er', 'Berlin-er'), and the last letter those take off the name itself
# ('Warszaw-a', 'Prah-a'). A city named so is a big one only (100,000 people or more): the other name must name it too.
_CITY_ENDINGS = ("skiego", "skiej", "skie", "ska", "ski", "sky", "ske", "ska", "iego", "ie", "iu", "em", "om", "ou",
                 "ers", "er", "ur", "in", "ban", "ben", "ben", "i", "u", "y", "e", "a", "o", "es", "ese", "ense",
                 "ano", "ana", "ino", "ina", "ais", "aise")
_NAME_ENDINGS = ("", "a", "o", "e", "i", "y")


@lru_cache(maxsize=16_384)
def city_of_word(word: str) -> str | None:
    """The folded main name of the big city a folded word names, as written or in a case or adjective of it; None."""
    from companion.ground.normalise.places import english_city_name

    if len(word) < 4 or not word.isalpha():
        return None
    found = english_city_name(word)
    if found:
        return found
    for ending in _CITY_ENDINGS:
        stem = word[:-len(ending)] if word.endswith(ending) else None
        if not stem or len(stem) < 4:
            continue
        for restored in _NAME_ENDINGS:
            if restored == ending:
                continue
            found = english_city_name(stem + restored)
            if found:
                return found
    return None


def _country_of_word(word: str) -> str | None:
    """The country a folded word names by its name or its adjective ('espanola', 'magyar', 'slovak'): the longest
    beginning of a country's name it begins with, four letters at most left over ('szeretetszolgalat' begins 'Szerbia'
    and is no Serbian word), one country only; not a word the skills' table reads as an English word ('service',
    though 'Servia' is an old name of Serbia)."""
    from companion.ground.normalise.companies import _DEMONYMS
    from companion.ground.normalise.places import _country_stems, country_code
    from companion.ground.normalise.skills import is_common_word, skill_words

    if len(word) < 4:
        return None
    found = country_code(word) or _DEMONYMS.get(word)
    if found or any(map(is_common_word, skill_words(word))):
        return found
    stems = _country_stems()
    for end in range(len(word), max(3, len(word) - 5), -1):
        codes = stems.get(word[:end])
        if not codes:
            continue
        # The whole word as a name cut short is an adjective when little is cut ('slovak': Slovakia) or it is
        # Hungarian's people's word ('magyar': Magyarország); not 'christmas' of Norwegian 'Christmasøya'.
        whole = end == len(word) and not any(country_code(word + cut) for cut in _CUT)
        return next(iter(codes)) if len(codes) == 1 and not whole else None
    return None


_CUT = ("a", "e", "i", "o", "y", "ia", "ie", "en", "an", "ija", "ya", "land", "orszag")


@lru_cache(maxsize=16_384)
def read_word(word: str) -> tuple[tuple[str, ...], ...]:
    """What one folded word of a name says: a tuple of slots, each the keys it may meet ('kind:museum',
    'place:warsaw', 'country:ES', or its English words and itself); () for a little word."""
    from companion.ground.normalise.skills import skill_words

    if word in LITTLE or not word:
        return ()
    if word in _KIND_OF:
        return ((f"kind:{_KIND_OF[word]}",),)
    city = city_of_word(word)
    country = _country_of_word(word) if city is None else None
    if city or country:
        return ((f"place:{city}" if city else f"country:{country}",),)
    for tail in _KIND_TAILS:  # a compound that ends in its kind: 'fesztivalzenekar', 'toidupank'
        if word.endswith(tail) and len(word) - len(tail) >= 4:
            head = word[:-len(tail)]
            return (*read_word(head), (f"kind:{_KIND_OF[tail]}",))
    keys = skill_words(word)
    return (tuple(sorted({word, *keys})),) if len(keys) <= 1 else tuple((key,) for key in sorted(keys))


_SPLIT = re.compile(r"[\s\-–—/,.:;&+«»\"“”„]+")
_IN_BRACKETS = re.compile(r"\([^)]*\)")
_ELIDED = re.compile(r"\b(?:[dl]|qu|dell|all|nell|sull)['’]", re.IGNORECASE)


@lru_cache(maxsize=4_096)
def _content_words(name: str) -> tuple[str, ...]:
    """The folded words of an organisation's name, its brackets, legal form and little words aside."""
    from companion.ground.normalise.companies import without_legal_form

    plain = without_legal_form(_ELIDED.sub(" ", _IN_BRACKETS.sub(" ", name or "")))
    return tuple(word for word in _SPLIT.split(fold(plain)) if word and word not in LITTLE)


@lru_cache(maxsize=4_096)  # one person's names are read against each of the others'
def read_name(name: str) -> tuple[tuple[str, ...], ...]:
    """The slots of each word of an organisation's name, its brackets and legal form aside."""
    return tuple(slot for word in _content_words(name) for slot in read_word(word))


def _own_word(key: str) -> bool:
    """True for a word no language's frequency list holds: a name of its own ('Champalimaud'), not 'modern'."""
    from companion.ground.normalise.word_frequency import lookup_key, table

    return len(key) >= 4 and key.isalpha() and not table().bits(lookup_key(key))


def same_organisation_by_words(a: str, b: str, home: set[str] = frozenset()) -> bool:
    """True when two names of an organisation, each read word by word, are one: see the module's docstring. `home`
    is the countries both people live in."""
    from companion.ground.normalise.companies import is_known_company
    from companion.ground.normalise.places import countries_with_city

    if fold(a) == fold(b) or (is_known_company(a) and is_known_company(b)):
        return False  # two companies the table knows are told apart by it
    mine, theirs = read_name(a), read_name(b)
    if len(mine) < 2 or len(theirs) < 2:
        return False
    kinds = [{k for slot in side for k in slot if k.startswith("kind:")} for side in (mine, theirs)]
    places = [{k for slot in side for k in slot if k.startswith(("place:", "country:"))} for side in (mine, theirs)]
    if not kinds[0] or kinds[0] != kinds[1] or places[0] != places[1]:
        return False
    # A kind and a country only is any of that country's ('German Bank' is not Deutsche Bank): a word of its own
    # besides, or a city ('Filharmonia Krakowska', 'Kraków Philharmonic').
    if not any(key.startswith("place:") for key in places[0]) and not any(
            not slot[0].startswith(("kind:", "place:", "country:")) for slot in mine):
        return False
    keys = [{k for slot in side for k in slot} for side in (mine, theirs)]
    if not (all(set(slot) & keys[1] for slot in mine) and all(set(slot) & keys[0] for slot in theirs)):
        return False
    # The same words, little words aside, are one wording, not a translation: other rules read it, and tell apart
    # the 'Banco de Alimentos de Córdoba' of Spain from the 'Banco de Alimentos Córdoba' of Argentina.
    if sorted(_content_words(a)) == sorted(_content_words(b)):
        return False
    # A city of one name in two countries (Córdoba, Valencia) says which only to two people of one country.
    if places[0] and not any(len(countries_with_city(key[6:])) > 1 for key in places[0] if key.startswith("place:")):
        return True
    if places[0]:
        return bool(home)
    content = [slot for slot in mine if not slot[0].startswith("kind:")]
    shared = (keys[0] & keys[1]) - kinds[0]
    return any(_own_word(key) for key in shared) or (bool(home) and len(content) >= 3)
