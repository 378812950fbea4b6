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

Round 41: a kind may be two English words or one compound ('Freiwillige Feuerwehr Köln', 'Cologne volunteer fire
brigade'); words the skills' dictionary has no English for are read through `WORDS` ('Croix-Rouge', Red Cross); a
country's adjective is the country before a city of its stem ('française': France, not Franca), in German's cases too
('Österreichisches'), and a German-speaking city's genitive is the city ('Wiens'); a centre's short name may drop its
word for a centre where both name one city and a name of its own ('Helmholtz Zentrum München', 'Helmholtz Munich');
and a name with a word written short (`CLIPPED`: 'Les Restos du Cœur', 'Restaurants du Cœur') is the name.

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
    "museum": ("museum", "muzeum", "museo", "musee", "museu", "muzej", "muze", "muzeu", "museet", "muzeul",
               "muzeji", "muzea", "muzeumi", "muzeumban", "muzeal", "museums", "museen", "musees", "musei", "museos"),
    "orchestra": ("orchestra", "orkiestra", "orchestre", "orquesta", "orquestra", "orchester", "orkest", "orkester",
                  "orkesteri", "orkestar", "orkestr", "zenekar", "zenekara", "orkiestry", "orchestru", "orchestry",
                  "orkestern", "orkestret", "orkestra", "orchestras"),
    "philharmonic": ("philharmonic", "filharmonia", "philharmonie", "filarmonica", "filharmonie", "filharmonija",
                     "filharmonikerne", "filharmoniker", "filharmonikus", "filharmonikusok", "philharmoniker",
                     "filharmonii", "filarmonia"),
    "theatre": ("theatre", "theater", "teatro", "teatr", "teatre", "theatro", "divadlo", "szinhaz", "teatteri",
                "teater", "teatern", "teatret", "kazaliste", "gledaliske", "tiyatro", "teatrul", "teatru", "teatri",
                "teatrze", "divadla"),
    "opera": ("opera", "opery", "operahaz", "operan", "operaen", "oper", "operahuset"),
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
    "school": ("school", "szkola", "escuela", "escola", "ecole", "scuola", "schule", "skola", "skolan",
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
    "ministry": ("ministry", "ministerstwo", "ministerio", "ministere", "ministero", "ministerium",
                 "ministerie", "ministerstvo", "ministeriet", "ministerul", "bakanligi", "ministarstvo",
                 "ministrstvo", "ministerija", "ministeerium", "ministerstva", "miniszterium", "ministerstwa"),
    "agency": ("agency", "agencja", "agencia", "agence", "agenzia", "agentur", "agentschap", "agentura", "ugynokseg",
               "ajansi", "agentia", "agencija", "virasto"),
    "bank": ("bank", "banco", "banque", "banca", "banka", "bankas", "pank", "pankki", "banken", "bankasi"),
    "cross": ("cross", "cruz", "croix", "croce", "kreuz", "kruis", "kors", "korset", "krzyz", "kriz",
              "kereszt", "risti", "kryss", "krst", "cruce", "creu", "haç", "kryz"),
    "league": ("league", "liga", "ligue", "lega", "bond", "ligaen", "liiga", "ligi"),
    "festival": ("festival", "festiwal", "festivale", "fesztival", "festivalen", "festivali", "festiwalu"),
    "radio": ("radio", "radia", "radijo", "radiou", "radiotelevisione", "rozhlas", "radion", "radios"),
    # Two words in English, one compound in German, Dutch and the Nordic languages ('Freiwillige Feuerwehr Köln',
    # 'Cologne volunteer fire brigade'): the English is joined into one word before the name is read (_PHRASES).
    "fire_brigade": ("fire_brigade", "fire_department", "fire_service", "fire_and_rescue_service", "feuerwehr",
                     "brandweer", "pompiers", "sapeurs_pompiers", "bomberos", "bombeiros", "vigili_del_fuoco",
                     "straz_pozarna", "brandvaesen", "brannvesen", "brandvaesenet", "palokunta", "tuzolto",
                     "tuzoltosag", "hasici", "vatrogasci", "pompieri"),
    "federation": ("federation", "bund", "federacion", "federacao", "federazione", "federatie", "forbund",
                   "federacja", "zwiazek", "szovetseg", "liitto", "federatia", "federace"),
    # A centre's short name may drop the word ('Helmholtz Zentrum München' is 'Helmholtz Munich'): _DROPPED_KINDS.
    "centre": ("centre", "center", "zentrum", "centro", "centrum", "centar", "keskus", "kozpont", "merkezi",
               "centrul", "centra", "centres", "centers", "zentren"),
}
_KIND_OF = {fold(form): kind for kind, forms in KINDS.items() for form in forms}  # looked up folded ('haç': 'hac')
# A kind of several words, joined into one word before a name is split ('fire brigade', 'vigili del fuoco').
_PHRASES = tuple((form.replace("_", " "), form) for form in sorted(_KIND_OF, key=len, reverse=True) if "_" in form)
# Kinds a short name drops and still names the one organisation, where the two name one city and a name of its own
# ('Helmholtz Munich'): a centre. Not a foundation, a school or a museum ('Siemens Stiftung' is not Siemens).
_DROPPED_KINDS = frozenset({"kind:centre"})

# Words of organisations' names the skills' dictionary has no English for (a colour, a volunteer, a Samaritan), in
# the languages profiles are written in (folded): 'Croix-Rouge', 'Freiwillige Feuerwehr'. Written by hand.
WORDS: dict[str, tuple[str, ...]] = {
    "red": ("rouge", "rot", "rote", "rotes", "roten", "roja", "rojo", "rossa", "rosso", "vermelha", "vermelho",
            "rode", "rood", "czerwony", "czerwonego", "cerveny", "cerveneho", "voros", "rosu", "rosie", "crveni",
            "punainen", "rod", "rodt", "kizil"),
    "volunteer": ("volunteer", "volunteers", "freiwillige", "freiwilliger", "freiwillig", "benevole", "benevoles",
                  "voluntario", "voluntarios", "voluntaria", "voluntarias", "volontari", "volontario", "volontaires",
                  "volontaire", "vrijwillige", "vrijwilligers", "ochotnicza", "ochotnicze", "dobrovolni",
                  "dobrovolna", "frivillig", "frivilliga", "frivillige", "vapaaehtoinen", "onkentes"),
    "samaritan": ("samaritan", "samaritans", "samariter", "samaritain", "samaritains", "samaritano", "samaritanos",
                  "samaritani", "samarytanin", "samaritaner"),
}
_WORD_OF = {fold(form): english for english, forms in WORDS.items() for form in forms}
# The longest kind form a compound may end in, and the shortest ('Fesztivál|zenekar', 'Operahuset'): four letters at
# least, so no three-letter tail ('kor', choir) reads into a word.
_KIND_TAILS = sorted((form for form in _KIND_OF if len(form) >= 4), key=len, reverse=True)

# Words that carry nothing of a name: articles, prepositions, conjunctions of the languages profiles are written in.
LITTLE = frozenset(
    "the of in at for and on a an to by de del della dello degli dei delle di da do dos das du des la le les el "
    "los las l d y e i o u w we z ze na pod przy im am der die den dem und fur von vom zu zum zur bei van het en "
    "op voor og pa af av och till fra til ja et pour au aux sur para per al con dell nell all sul sa sv s v ve k "
    "ke ob pri za od az es".split())


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
    from companion.ground.normalise.places import countries_with_city, english_city_name

    if len(word) < 4 or not word.isalpha():
        return None
    found = english_city_name(word)
    if found:
        return found
    if word.endswith("s") and len(word) >= 5 and (found := english_city_name(word[:-1])) and \
            countries_with_city(found) <= _GENITIVE_COUNTRIES:
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
    found = country_code(word) or _DEMONYMS.get(word) or next(
        (code for ending in _GERMAN_ADJECTIVE if word.endswith(ending) and len(word) - len(ending) >= 4
         and (code := country_code(word[:-len(ending)]))), None)
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
# German makes a country's adjective of its name ('Österreich-isches Rotes Kreuz', 'Schweiz-erisches'), in each case.
_GERMAN_ADJECTIVE = ("erisches", "erische", "erischer", "erischen", "isches", "ische", "ischer", "ischen", "isch")
# German writes a city's genitive with an 's' ('Museum Wiens', 'Theater Kölns'): read so for a city of a country
# that speaks German only, so an English plural is not a city ('Mobiles', 'Readings').
_GENITIVE_COUNTRIES = frozenset({"DE", "AT", "CH", "LI", "LU"})


@lru_cache(maxsize=16_384)
def read_word(word: str) -> tuple[tuple[str, ...], ...]:
    """What one folded word of a name says: a tuple of slots, each the keys it may meet ('kind:museum',
    'place:warsaw', 'country:ES', or its English words and itself); () for a little word."""
    from companion.ground.normalise.skills import skill_words

    if word in LITTLE or not word:
        return ()
    if word in _KIND_OF:
        return ((f"kind:{_KIND_OF[word]}",),)
    if word in _WORD_OF:
        return ((_WORD_OF[word], word),)
    # A city by its own name ('México' is Mexico City's), else a country's name or adjective ('française'), else a
    # city in a case or adjective of it ('Krakowska'): 'française' is France's, not Brazil's Franca's.
    from companion.ground.normalise.places import english_city_name

    city = english_city_name(word) if len(word) >= 4 and word.isalpha() else None
    country = _country_of_word(word) if city is None else None
    city = city or (city_of_word(word) if country is None else None)
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
    folded = f" {' '.join(_SPLIT.split(fold(plain)))} "
    for phrase, joined in _PHRASES:
        if phrase in folded:
            folded = folded.replace(f" {phrase} ", f" {joined} ")
    return tuple(word for word in folded.split() if word and word not in LITTLE)


@lru_cache(maxsize=4_096)  # one person's names are read against each of the others'
def read_name(name: str) -> tuple[tuple[str, ...], ...]:
    """The slots of each word of an organisation's name, its brackets and legal form aside."""
    return tuple(slot for word in _content_words(name) for slot in read_word(word))


def _in_no_word_list(key: str) -> bool:
    """True for a word no language's frequency list holds: a name of its own ('Champalimaud'), not 'modern'."""
    from companion.ground.normalise.word_frequency import lookup_key, table

    return len(key) >= 4 and key.isalpha() and not table().bits(lookup_key(key))


def _kind_dropped(mine: tuple, theirs: tuple, kinds: list[set[str]], a: str, b: str) -> bool:
    """True when one name says a kind a short name may drop and the other says no kind, both name one big city of one
    country, and both share a name of its own no word list holds ('Helmholtz Zentrum München', 'Helmholtz Munich')."""
    from companion.ground.normalise.places import countries_with_city

    if not (kinds[0] and not kinds[1] and kinds[0] <= _DROPPED_KINDS or kinds[1] and not kinds[0]
            and kinds[1] <= _DROPPED_KINDS):
        return False
    places = [{k for slot in side for k in slot if k.startswith(("place:", "country:"))} for side in (mine, theirs)]
    cities = {key[6:] for key in places[0] if key.startswith("place:")}
    if not cities or places[0] != places[1] or any(len(countries_with_city(city)) > 1 for city in cities):
        return False
    # A word both write as it is, not a stem the dictionary makes of it ('spac' of 'Space'), nor a place's.
    own = {word for word in set(_content_words(a)) & set(_content_words(b)) if read_word(word) == ((word,),)}
    return any(_no_everyday_word(word) for word in own)


def _no_everyday_word(key: str) -> bool:
    """True for a name's own word no language says every day (wordfreq Zipf under 3.8 in each): 'Helmholtz',
    'Fraunhofer', 'Karolinska'; not 'Modern', 'Royal', 'City', 'Goethe'."""
    from companion.ground.normalise.word_frequency import is_everyday_word

    return len(key) >= 4 and key.isalpha() and not is_everyday_word(key)


def _same_words(mine: tuple, theirs: tuple, a: str, b: str) -> bool:
    """Every slot of each name has its counterpart in the other, and the two are not one wording."""
    keys = [{k for slot in side for k in slot} for side in (mine, theirs)]
    return (all(set(slot) & keys[1] for slot in mine) and all(set(slot) & keys[0] for slot in theirs)
            and sorted(_content_words(a)) != sorted(_content_words(b)))


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
    if kinds[0] != kinds[1] and _kind_dropped(mine, theirs, kinds, a, b):
        mine, theirs = (tuple(slot for slot in side if slot[0] not in _DROPPED_KINDS) for side in (mine, theirs))
        return _same_words(mine, theirs, a, b)
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
    return any(_in_no_word_list(key) for key in shared) or (bool(home) and len(content) >= 3) or (
        "kind:ministry" in kinds[0] and _ministry_of_home(a, b, home))


# Countries whose states or provinces have ministries of their own, named as the nation's are ('Finanzministerium'
# in Munich is Bavaria's or the federal one): there a ministry's name alone does not say whose it is.
_FEDERATIONS = frozenset("DE AT CH BE CA US AU IN PK NG BR AR MX RU MY BA ET".split())
_BRACKETED = re.compile(r"\(([^)]*)\)")


def _ministry_of_home(a: str, b: str, home: set[str]) -> bool:
    """True when two people of one country name a ministry, one in its own language and one in English with that
    country in brackets ('Ministerstwo Finansów' and 'Ministry of Finance (Poland)'): a country has one ministry of
    each name. Not when neither says whose ('Ministerio de Salud' and 'Ministry of Health' may be any country's), in a
    federation, or for two people of two countries."""
    from companion.ground.normalise.places import country_of_place

    said = {country_of_place(inside) for name in (a, b) for inside in _BRACKETED.findall(name)}
    if not said or None in said or len(home) != 1 or home & _FEDERATIONS:
        return False
    return said <= home


# Words of names written short, by the words they stand for (folded): French clips words to their first syllables
# and an 'o' ('Restos du Cœur' are the Restaurants du Cœur, a 'labo' a laboratoire), English writes 'Lab' and 'Univ.'.
# Written by hand; a short form is read only beside the other words of the name, never alone.
CLIPPED: dict[str, tuple[str, ...]] = {
    "resto": ("restaurant",), "restos": ("restaurants",), "labo": ("laboratoire",), "labos": ("laboratoires",),
    "lab": ("laboratory", "laboratorium", "laboratorio"), "labs": ("laboratories",), "expo": ("exposition",),
    "asso": ("association",), "coop": ("cooperative", "cooperativa"), "fac": ("faculte", "facultad"),
    "univ": ("university", "universite", "universidad", "universitat", "universita"),
    "uni": ("university", "universitat", "universiteit"), "inst": ("institute", "institut", "instituto"),
    "intl": ("international",), "natl": ("national",), "assn": ("association",), "dept": ("department",),
}


def same_name_clipped(a: str, b: str) -> bool:
    """True when two names are one with a word of one written short ('Les Restos du Cœur' and 'Restaurants du Cœur',
    'Fraunhofer Lab' and 'Fraunhofer Laboratory'): the same words besides, little words aside, two words at least."""
    mine, theirs = _content_words(a), _content_words(b)
    if len(mine) < 2 or len(mine) != len(theirs) or sorted(mine) == sorted(theirs):
        return False
    for short, whole in ((mine, theirs), (theirs, mine)):
        left, clipped = list(whole), []
        for word in short:
            if word in left:
                left.remove(word)
            else:
                clipped.append(word)
        # each word only one side has is the short form of a word only the other has
        if clipped and len(clipped) < len(short) and len(clipped) == len(left):
            for word in clipped:
                full = next((full for full in CLIPPED.get(word, ()) if full in left), None)
                if full is None:
                    break
                left.remove(full)
            else:
                return True
    return False
