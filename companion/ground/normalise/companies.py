"""Employers and other organisations: 'Facebook' became Meta, Instagram belongs to Meta, Apple is not Applebee's,
and a 'Code for America Brigade' volunteers with Code for America.

A leading 'The', legal forms (Inc., LLC, GmbH, S.A. de C.V., Pvt Ltd...) and the words that name a company's
form rather than the company ('Group', 'Holdings', '& Co.') are dropped before looking a name up in
companion/ground/data/companies.json, so 'The Vanguard Group' is Vanguard; names not in the table are compared
exactly after that folding, never by prefix (Meta is not Metaswitch, Apple is not Applebee's). A known
company followed by one of a few words for its parts ('Google Cloud', 'Microsoft Research') belongs to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from companion.ground.normalise import aliases
from companion.ground.normalise.aliases import AliasTable
from companion.ground.normalise.text import DASHED, FULL_WIDTH, fold, kept_index, latin, load_table, slug

_FORMS = (
    "inc", "incorporated", "llc", "l l c", "ltd", "limited", "plc", "gmbh", "mbh", "ag", "kg", "gmbh and co kg",
    "sa", "s a", "sas", "s a s", "sarl", "srl", "s r l", "spa", "s p a", "bv", "b v", "nv", "n v", "pty",
    "pvt", "private", "corp", "corporation", "co", "company", "and co", "and company", "llp", "lp", "pllc",
    "se", "oy", "oyj", "ab", "publ", "ab publ", "as", "a s", "asa", "aps", "kk", "k k", "ltda", "sl", "s l",
    "sa de cv", "s a de c v", "de cv", "sapi de cv", "pte", "bhd", "sdn bhd", "tbk", "jsc", "pjsc", "ooo",
    "sab de cv", "s a b de c v", "persero", "soc", "sac", "s a c", "sp zoo", "spzoo", "as", "a s", "ojsc", "cjsc",
    "pao", "ao", "tov", "sro", "s r o", "sas", "limitada", "ltda", "cia", "y cia", "e cia", "sc", "s c", "eirl",
    "anonim sirketi", "as", "a s", "sti", "ltd sti", "pty ltd", "pvt ltd", "private limited",
    # Central and eastern Europe, the Gulf, Japan and Quebec (s.r.o., spol. s r.o., d.o.o., EOOD, SIA, OÜ, FZE, W.L.L.,
    # godo kaisha, Ltée), as each country's register writes them.
    "spol s r o", "spol sro", "doo", "d o o", "dd", "d d", "eood", "ood", "ead", "sia", "ou", "fz llc", "fze", "fzco",
    "wll", "w l l", "godo kaisha", "kabushiki kaisha", "kabushiki gaisha", "ug haftungsbeschrankt", "saa", "s a a",
    "ltee", "inc ltee",
    # Portugal's one-member company ('Sociedade Unipessoal por Quotas', written 'Unipessoal, Lda.'), and the forms of
    # Italy's third sector (Ente del Terzo Settore, Organizzazione di volontariato, Onlus)
    "unipessoal lda", "unipessoal", "sociedade unipessoal lda", "ets", "odv", "onlus", "aps",
    # The trades a Turkish register writes before the form ('Sanayi ve Ticaret A.Ş.': industry and trade), in full
    # and abbreviated: every such company's, so no part of its own name
    "sanayi ve ticaret", "san ve tic", "ithalat ihracat ve ticaret", "ithalat ve ihracat", "ic ve dis ticaret",
    # The professional forms a German, Austrian or Swiss register writes after the legal form ('KPMG AG
    # Wirtschaftsprüfungsgesellschaft', 'Ernst & Young GmbH Steuerberatungsgesellschaft'): every audit, tax or law
    # firm's, so no part of its own name; and the partnership of professionals (PartG mbB)
    "wirtschaftsprufungsgesellschaft", "steuerberatungsgesellschaft", "rechtsanwaltsgesellschaft",
    "wirtschaftsprufungs und steuerberatungsgesellschaft", "revisionsgesellschaft", "treuhandgesellschaft",
    "partg mbb", "partg", "mbb", "wpg", "stbg",
)
# Words that say how a company is organised; dropped only when what is left is not a known company of its
# own ('The Vanguard Group' is Vanguard, but the old META Group was not Meta).
_GROUP_FORMS = ("group", "the group", "holding", "holdings", "group holdings", "international holdings", "groupe",
                "gruppe", "gruppo", "grupo", "groep", "international", "transnational", "worldwide",
                # a co-operative's form: 'Fonterra Co-operative Group Limited' is Fonterra
                "co operative group", "cooperative group", "co operative", "cooperative")


class _Suffixes:
    """Endings a folded name drops: any of `forms` after a space. A set looked up at each space, not a regular
    expression: one of cleanco's thousand forms took 20 ms to compile in each fresh process."""

    def __init__(self, forms: tuple[str, ...]) -> None:
        self.forms = frozenset(forms)

    def strip(self, folded: str) -> str:
        """`folded` without the longest of the forms it ends with, once."""
        at = folded.find(" ")
        while at != -1:
            if folded[at + 1:] in self.forms:
                return folded[:at].strip()
            at = folded.find(" ", at + 1)
        return folded


# Words after a known company's name that name a part of it, not another company.
# Not 'Capital' or 'Ventures': 'Reliance Capital' and 'Citadel Securities' are firms of their own.
_PARTS = ("research", "cloud", "labs", "ai", "services", "internet", "online", "technologies", "technology", "tech",
          "solutions", "digital", "software", "consulting", "engineering", "retail", "studios", "games", "health",
          "pharma", "logistics", "operations", "development center", "development centre", "innovation",
          "tecnologia", "tecnología", "technologie", "digitale",
          # A pharmaceutical company's national company, in the words of its country ('Novartis Farmacéutica').
          "pharmaceuticals", "pharmaceutical", "farmaceutica", "farmaceutico", "farmaceuticos", "pharmazeutika",
          "pharmaceutique", "farmaceutici", "farmacia", "pharmaceutics",
          # The divisions life-science and food groups name by their trade ('Bayer Crop Science', 'Nestlé Health
          # Science', 'Bayer Consumer Health', 'Merck Animal Health').
          "crop science", "health science", "consumer health", "animal health", "life science", "life sciences",
          # The arm that sells to customers, as utilities and telecoms name it ('Electrabel Customer Solutions').
          "customer solutions",
          # The arm of an audit network that advises, as its member firms name it ('KPMG Professional Services').
          "professional services", "advisory services",
          # A group's mobile network, named by that line of business ('Rakuten Mobile'); not the town of Mobile, AL.
          "mobile",
          # The arms a bank names by the money it manages ('BNP Paribas Asset Management', 'UBS Wealth Management').
          "asset management", "wealth management", "investment management", "investment banking", "private banking")


@dataclass(frozen=True, slots=True)
class Company:
    key: str
    label: str
    parent_key: str | None = None
    parent_label: str | None = None
    formerly: str | None = None


# 'Grupo Bancolombia', 'Groupe Renault', 'Mouvement Desjardins': the group word in front, as Romance languages
# put it (English puts it after: 'The Vanguard Group'); and the legal forms and articles written in front:
# 'PT Bio Farma' (Indonesia), 'OOO Yandex', 'Les Domaines Agricoles'.
_GROUP_PREFIX = re.compile(r"^(?:grupo|groupe|gruppo|group|mouvement|movimiento|konzern) (?=\w)")
_FRONT_FORMS = re.compile(r"^(?:pt|ooo|oao|zao|pao|tov|ao|cv|ud|les|la|el|los|las|le|il|lo|die|het|de|o) (?=\w+ \w)")
# Legal forms written before the name that are no word of a name, so one word may follow: Vietnamese Tập đoàn
# (group), Tổng công ty (corporation), Công ty cổ phần (joint-stock company), Công ty TNHH (limited company).
# And Japan's joint-stock company, written before the name as often as after ('Kabushiki Kaisha Kapukon').
_FRONT_LEGAL_FORMS = re.compile(r"^(?:tap doan|tong cong ty|cong ty co phan|cong ty tnhh(?: mtv)?|cong ty"
                                r"|kabushiki kaisha|kabushiki gaisha) (?=\w)"
                                # and Indonesian and Russian forms before a one-word name: 'PT Tokopedia', 'OOO Ozon'
                                r"|^(?:pt|ooo|oao|zao|pao|tov) (?=\w{4,}$)"
                                # and the joint-stock and national-company forms of the former Soviet states in English
                                # ('JSC Kazakhtelecom', 'NC KazMunayGas': National Company), before a long name only
                                # ('NC State' is a university, not a 'State')
                                r"|^(?:jsc|pjsc|ojsc|cjsc) (?=\w{7,}$)")
# The English words a Japanese company's name borrows, as romanised from katakana, back in English: 'Rakuten Guruupu
# Kabushiki-gaisha' is Rakuten Group, Inc. Not Japan's own words: 'Sanyo Denki' is a company of its own, not Sanyo
# Electric (a company's old Japanese name is a table's: Matsushita Denki Sangyo, Panasonic).
_JAPANESE_WORDS = {"guruupu": "group", "gurupu": "group", "horudingusu": "holdings", "hoorudingusu": "holdings",
                   "koporeshon": "corporation", "kooporeeshon": "corporation", "intanashonaru": "international"}
_ROMANISED_JAPANESE = re.compile(r"\b(?:" + "|".join(_JAPANESE_WORDS) + r")\b")
# And in Cyrillic, dropped before the name is written in Latin letters (where 'ПАТ' would read as the name 'Pat'):
# Ukrainian and Russian joint-stock and limited companies ('ПАТ «Київміськбуд»', 'ООО «Яндекс»').
_CYRILLIC_FORMS = re.compile(r"^\s*(?:ПАТ|ПрАТ|ВАТ|ЗАТ|АТ|ТОВ|ТДВ|ООО|ОАО|ЗАО|ПАО|АО)\s+(?=\S)")
# Words that say what kind of place a company is, written before or after its own name by one person and not
# by another: 'Bodega Catena Zapata', 'Hospital Universitario Fundación Santa Fe', 'Automobile Dacia', 'Dar
# Al-Handasah Consultants'. Peeled only when at least two words of the name are left, or one long one.
_KIND_BEFORE = ("bodega", "bodegas", "vina", "vinedos", "hospital universitario", "hospital", "clinica",
                "restaurant", "restaurante", "ristorante",
                "automobile", "automobiles", "laboratorios", "laboratoires", "editorial", "estudio", "banco",
                "companhia", "compania", "compagnie", "societe", "sociedad", "minera", "mineracao")
_KIND_AFTER = ("consultants", "consulting engineers", "consulting", "engineers", "associates", "and partners",
               "partners", "abogados", "advogados", "attorneys", "law firm", "avocats", "rechtsanwalte", "hotel",
               "hotels", "hotels and resorts", "resort", "resorts", "hotel and resort")
# Kind words that say the same kind of firm ('Four Seasons Hotel' and 'Four Seasons Hotels and Resorts').
_KIND_FAMILY = {"hotels": "hotel", "resort": "hotel", "resorts": "hotel", "hotels and resorts": "hotel",
                "hotel and resort": "hotel", "consultants": "consulting", "consulting engineers": "consulting",
                "abogados": "lawyers", "advogados": "lawyers", "attorneys": "lawyers", "law firm": "lawyers",
                "avocats": "lawyers", "rechtsanwalte": "lawyers"}
# A national arm named by its country after the company's own name ('Shell Nigeria', 'Fe y Alegría Venezuela')
# is the company; not when the words before name no company by themselves ('Air France', 'Bank Indonesia').
_GENERIC_HEADS = {"air", "bank", "telecom", "telekom", "post", "national", "royal", "petroleum", "oil", "gas",
                  "radio", "tv", "television", "railways", "railway", "airlines", "airways", "insurance", "trust",
                  "steel", "cement", "power", "energy", "mobile", "first", "general", "central", "state", "new",
                  "banco", "correos", "aero", "aerolineas", "ferrocarriles", "petroleos", "united", "capital",
                  "hotel", "hospital", "restaurant", "clinic", "clinica", "school", "university", "cafe", "teatro",
                  "theatre", "museum", "museo", "club", "port", "airport", "zoo", "city", "studio",
                  # the names a hotel in every city has: 'Grand Hotel Wien' and 'Grand Hotel Stockholm' are two hotels
                  "grand", "park", "palace", "plaza", "imperial", "continental", "majestic", "excelsior", "metropole",
                  "regent"}
# Little words a name does not end with before a place ('Prefeitura de Belo Horizonte', 'Bank of Baroda').
_LITTLE_WORDS = {"de", "do", "da", "dos", "das", "del", "di", "du", "des", "of", "the", "la", "le", "el", "van",
                 "von", "y", "e", "and", "i", "w", "we", "z"}
# Where a company's national or regional arm says where it is ('Oracle America', 'Microsoft India (R&D)',
# 'AstraZeneca UK'): only after a company we know, so 'Air France' and 'Telecom Italia' keep their names.
_REGION_WORDS = {"emea", "apac", "latam", "americas", "europe", "asia", "asia pacific", "nordics", "nordic", "global",
                 "international", "worldwide", "mexicana", "mexico", "brasil", "brazil", "iberia", "espana", "schweiz",
                 "suisse", "svizzera", "deutschland", "osterreich", "italia", "nederland", "france", "uk", "us", "usa",
                 "india", "china", "japan", "canada", "australia", "r and d", "rd", "research and development",
                 "america", "north america", "south america", "middle east", "africa", "singapore", "ireland",
                 "centroamerica", "central america", "latinoamerica", "latin america", "caribe", "caribbean"}
_INITIALS = re.compile(r"\b([a-z]) (?=[a-z]\b)")


@lru_cache(maxsize=1)
def _legal() -> tuple[_Suffixes, _Suffixes]:
    """The legal-form patterns: ours, and cleanco's list of forms around the world (companies.json)."""
    # Folded here, not trusted as stored: the table's forms were folded by whatever fold built it ('społka z o o'
    # stopped matching once the fold learnt ł).
    forms = _FORMS + tuple(kept_index("companies.json.legal_forms", _legal_forms, ("companies.json",), (__file__,)))
    return _Suffixes(forms), _Suffixes(forms + _GROUP_FORMS)


def names_another_trade(short: str, long: str) -> bool:
    """True when the words after a short name's first one say a trade the long name does not ('AGL Energy' against
    'Africa Global Logistics'): the acronym of another company, of that trade."""
    rest = set(without_legal_form(short).split()[1:])
    return bool(rest & _TRADES and not rest & set(without_legal_form(long).split()))


def _legal_forms() -> list[str]:
    return [_joined_initials(fold(form)) for form in load_table("companies.json").get("legal_forms", ())]


@lru_cache(maxsize=1)
def _table() -> AliasTable:
    index = kept_index("companies.json.companies", _names, ("companies.json",), (__file__, aliases.__file__))
    return AliasTable("companies.json", "companies", index)


def _names() -> dict[str, int]:
    """Every name the table knows a company by, folded -> the company's place in the table: as listed, and also
    without its legal form and 'The' ('The Vanguard Group' as 'vanguard group'), except a name two unrelated
    companies share ('Merck KGaA' and 'Merck & Co.' are not both 'Merck')."""
    table = load_table("companies.json")
    index = aliases.names_index(table["companies"])
    ambiguous = set(table.get("ambiguous_names", ()))
    for at, entry in enumerate(table["companies"]):
        for name in [entry["name"], *entry.get("aliases", [])]:
            bare = _without_legal_suffix(_joined_initials(fold(name)))
            if bare not in ambiguous:
                index.setdefault(bare, at)
    for name in ambiguous:
        index.pop(name, None)
    return index


@lru_cache(maxsize=1)
def _group_brands() -> frozenset[str]:
    """Names of business groups whose companies each carry them (companies.json `group_brands`)."""
    return frozenset(load_table("companies.json").get("group_brands", ()))


def _joined_initials(folded: str) -> str:
    """'u s army' (U.S. Army) is 'us army': single letters in a row are one abbreviation."""
    previous = None
    while previous != folded:
        previous, folded = folded, _INITIALS.sub(r"\1", folded)
    return folded


def _without_legal_suffix(folded: str, forms: _Suffixes | None = None) -> str:
    forms = forms or _legal()[0]
    previous = None
    folded = folded.removeprefix("the ")
    while previous != folded:
        previous = folded
        folded = forms.strip(folded).strip()
        if folded and (folded[0] >= _CJK_START or folded[-1] >= _CJK_START):
            folded = _CJK_FORM.sub("", folded).strip()
    return folded


# The legal forms of Japan, China, Taiwan and Korea, written before or after the name without a space ('株式会社日立製作所',
# '松下電器産業株式会社', '阿里巴巴（中国）有限公司', '삼성전자 주식회사'), with the country of a national company in brackets
# before a Chinese form ('(中国)'), folded as names are.
_CJK_START = "\u1100"  # the first of the Korean (its letters, as the fold writes a syllable), Japanese and Chinese
# blocks: only a name with a letter of theirs at one end can have such a form
_CJK_FORMS = ("株式会社", "有限会社", "合同会社", "(株)", "股份有限公司", "有限责任公司", "有限責任公司", "有限公司", "주식회사",
              "(주)")
_CJK_FORM = re.compile("|".join(
    [rf"^{re.escape(fold(form))}\s*" for form in _CJK_FORMS]
    + [rf"\s*(?:\(?\s*(?:中国|中國)\s*\)?\s*)?{re.escape(fold(form))}$" for form in _CJK_FORMS]))


def has_legal_form(name: str) -> bool:
    """True when a name ends with a legal form ('Ubisoft Entertainment SA', 'Henkel AG & Co. KGaA'): a registered name."""
    folded = _joined_initials(fold(name)).removeprefix("the ")
    return _legal()[0].strip(folded) != folded


def without_legal_form(name: str) -> str:
    """A company's name folded, without 'The' and its legal form ('Nigerian National Petroleum Corporation' ->
    'nigerian national petroleum')."""
    return _without_legal_suffix(_joined_initials(fold(name)))


_PART_JOINERS = ("and", "und", "et", "y", "e")
# A region an arm of a company serves, written before its part word ('European Operations', 'Global Services'): the
# region words above and their adjectives.
_REGION_BEFORE_PART = frozenset({*_REGION_WORDS, "european", "american", "asian", "african", "regional"})


def _known_part(base: str, table: AliasTable) -> tuple[str | None, str | None]:
    """('google', 'cloud') for 'google cloud': a known company, then one or two words for a part of it;
    'amazon com services' is Amazon's too (a web address's '.com' is no part of the name)."""
    words = base.removesuffix(" com").replace(" com ", " ").split()
    for size in (3, 2, 1):
        head, part = " ".join(words[:-size]), " ".join(words[-size:])
        # One part word, or a part of two words ('development center'), or two or three of them ('Fujitsu Technology
        # Solutions', 'Siemens Digital Industries Software' aside: 'industries' is no part word).
        # And the parts joined ('Siemens Technology and Services'), or of a region ('Nike European Operations').
        inner = words[-size:]
        known = part in _PARTS or (size >= 2 and inner[-1] in _PARTS and all(
            word in _PARTS or (word in _PART_JOINERS and 0 < at < size - 1) or (word in _REGION_BEFORE_PART and at == 0)
            for at, word in enumerate(inner)))
        if head and known and head not in table.by_name and _regional_arm(head, table) is not None:
            head = fold(_regional_arm(head, table)["name"])  # 'Microsoft India Development Center': Microsoft's
        if head and known and head in table.by_name and head not in _group_brands():
            return head, part  # not 'Samsung Engineering': a company of the Samsung group, not of Samsung Electronics
    return None, None


def _national_company_in_brackets(name: str, table: AliasTable) -> Company | None:
    """The national company a brand's arm in a country is, when written in brackets after it ('Orange Sénégal
    (Sonatel)', 'Vodafone Egypt (Vodafone Misr)' aside): the one the person worked for, of the brand's group, so it is
    not the brand's other businesses in other countries ('Orange Business Services'). None for an acronym of the
    name outside ('... (ICRC)') and for anything else in brackets."""
    from companion.ground.normalise.acronyms import stands_for

    inside = [part.strip() for part in re.findall(r"\(([^)]*)\)", name)]
    outside = _without_legal_suffix(fold(re.sub(r"\([^)]*\)", " ", name)))
    if len(inside) != 1 or " " in inside[0] or len(fold(inside[0])) < 4 or not inside[0][:1].isupper():
        return None
    brand = _regional_arm(outside, table)
    if brand is None or fold(inside[0]) in table.by_name or stands_for(inside[0], outside) \
            or place_after_name(fold(inside[0]), regions=True, big=True):
        return None
    parent = _company(brand)
    return Company(key=f"employer:{slug(inside[0])}", label=inside[0],
                   parent_key=parent.key if parent else None, parent_label=parent.label if parent else None)


def _regional_arm(base: str, table: AliasTable) -> dict | None:
    """The known company whose national or regional arm `base` names ('oracle america' -> Oracle)."""

    words = base.split()
    for cut in range(len(words) - 1, 0, -1):
        entry = table.by_name.get(" ".join(words[:cut]))
        tail = " ".join(words[cut:])
        # 'Toyota do Brasil', 'Nestlé du Canada', 'Accenture in the Philippines'
        for little in ("in the ", "in ", "the ", "de ", "of ", "do ", "da ", "del ", "du ", "des "):
            tail = tail.removeprefix(little)
        # 'UBS Switzerland', 'Walmart de México y Centroamérica': a known company, then where its arm is.
        # A smaller town after a brand is as often another firm's own name ('Ferrari Trento' is a wine house, not
        # Ferrari's): the tables list such divisions, or business-line words say so.
        if entry is not None and (place_after_name(tail, regions=True, big=True) or all(
                place_after_name(w, regions=True, big=True) or w in ("y", "and", "e") for w in tail.split())):
            return entry
    return None


_METROPOLIS = 1_000_000  # a big city, after a one-word name or a brand


def place_after_name(tail: str, *, regions: bool = False, big: bool = False) -> bool:
    """True when `tail`, written after a company's own name (folded), says where a branch or an arm of it is: a
    country, a state, a metro or a big city ('Ubisoft Montreal', 'Shell Nigeria'), and with `regions` a region word
    too ('Microsoft EMEA', 'Oracle International'). Never a word of companies' names that is also a town's ('Carrier
    Enterprise', 'Acme Mobile'). With `big`, a city only of a million or more: after a one-word name or a brand a
    smaller one is as likely a surname or a word of the name ('Commonwealth Edison', 'Ferrari Trento')."""
    from companion.ground.normalise.places import city_population, is_place_name, place_level

    if regions and tail in _REGION_WORDS:
        return True
    if tail in _COMPANY_WORDS or not is_place_name(tail):
        return False
    if not big:
        return True
    population = city_population(tail)
    if population == 0 or population >= _METROPOLIS:
        return True
    return place_level(tail) not in (None, "city")  # a country or a state that is also a smaller city's name


def _company(entry: dict) -> Company | None:
    if entry.get("generic"):
        return None
    parent = _table().by_canonical.get(entry.get("parent", ""))
    if parent is not None and (parent.get("holding") or entry.get("own_company")):
        parent = None  # a holding company is no shared workplace (Booking.com and Kayak), nor is a listed subsidiary
    return Company(
        key=f"employer:{slug(entry['name'])}",
        label=entry["name"],
        parent_key=f"employer:{slug(parent['name'])}" if parent else None,
        parent_label=parent["name"] if parent else None,
        formerly=entry.get("formerly"),
    )


def _peeled(base: str) -> str:
    """A company's own name once the words for its kind and its country are peeled off ('bodega catena
    zapata' -> 'catena zapata', 'shell nigeria' -> 'shell'); as it was when nothing telling would be left."""
    from companion.ground.normalise.places import is_country_name

    previous = None
    while previous != base:
        previous = base
        base = _FRONT_LEGAL_FORMS.sub("", _FRONT_FORMS.sub("", base))
        for kind in _KIND_BEFORE:
            rest = base.removeprefix(kind + " ")
            # Not 'Banco de Chile' -> 'de Chile': after 'de' the rest is no name of its own.
            if rest != base and _telling(rest) and rest.split()[0] not in _LITTLE_WORDS:
                base = rest
                break
        for kind in _KIND_AFTER:
            rest = base.removesuffix(" " + kind)
            if rest != base and _telling(rest):
                base = rest
                break
        words = base.split()
        for size in (2, 1):
            head, tail = " ".join(words[:-size]), " ".join(words[-size:])
            if (not head or not _telling(head) or _all_generic(head) or words[-size - 1] in _KEEP_AFTER
                    or words[-size - 1] in _LITTLE_WORDS or set(head.split()) <= _GENERIC_NAME_WORDS):
                continue  # 'Prefeitura de Belo Horizonte', 'Hotel Lagos', '(Hospital) Universitario La Paz': the
                # place is the name
            # A country after the name ('Shell Nigeria'), or a place after a name of two words or more ('St. Luke's
            # Medical Center Quezon City'), a big one after a name of one ('Danper Trujillo'): a branch, not another
            # company.
            one_word = len(head.split()) < 2
            if is_country_name(tail) or ((not one_word or len(head) >= 5) and place_after_name(tail, big=one_word)
                                         and not is_country_name(head)):
                base = head
                break
    return base


# Words of trade and state, in the languages names are written in: a name made only of them, then a country, is a
# national company of its own ('Bank Negara Indonesia' and 'Bank Negara Malaysia', 'Telkom Kenya'), not an arm.
_GENERIC_WORDS = _GENERIC_HEADS | {
    "negara", "nasional", "nacional", "nationale", "nazionale", "rakyat", "telkom", "telecommunications",
    "telecomunicaciones", "telecomunicacoes", "telecommunication", "communications", "comunicaciones", "posts",
    "postal", "poste", "posta", "correios", "electricity", "electric", "electrica", "electricidad", "water", "agua",
    "broadcasting", "development", "commercial", "savings", "cooperative", "people s", "peoples", "mining", "ports",
    "airports", "transport", "railway", "railroad", "national bank", "reserve", "industrial", "agricultural",
    "investment", "development bank", "finance", "trust", "credit", "pos"}


def _all_generic(head: str) -> bool:
    return head in _GENERIC_HEADS or all(word in _GENERIC_WORDS for word in head.split())


def _telling(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 or (len(words) == 1 and len(name) >= 4 and name not in _GENERIC_HEADS)


# A hotel named as one of a chain's, after a comma: 'Hotel Cipriani, A Belmond Hotel', '…, a Luxury Collection Hotel'.
_CHAIN_PROPERTY = re.compile(r"^an? (.+) (?:hotel|resort|property|hotel and resort)$")
# A company named by its web address: the domain's ending is no part of the name (one word, then '.com', '.pl',
# '.co.uk'), written where the name ends or before its legal form.
_WEB_ADDRESS_END = re.compile(r"(?<=[^\W_])(?:\.(?:com|net|org|io|ai|app|co|pl|de|fr|es|it|nl|in|ru|jp|br|uk|au|za|ng|ke))+"
                              r"(?=\s|,|$)", re.IGNORECASE)


# The adjective a group's national company takes after the group's name in its country's language ('Nestlé Italiana',
# 'Siemens Mexicana', 'Bayer Portuguesa'); only after a name the table knows, as an unknown 'X Italiana' may be a
# firm of its own.
_NATIONAL_ADJECTIVES = frozenset({
    "italiana", "italiano", "italiane", "italia", "espanola", "espanol", "francaise", "francais", "portuguesa",
    "portugues", "brasileira", "brasileiro", "mexicana", "mexicano", "chilena", "chileno", "colombiana", "colombiano",
    "peruana", "peruano", "venezolana", "venezolano", "ecuatoriana", "uruguaya", "paraguaya", "boliviana",
    "dominicana", "costarricense", "guatemalteca", "panamena", "argentina", "polska", "ceska", "hellas", "romania",
    "turkiye", "suisse", "schweiz", "osterreich", "nederland", "belgique", "belgie", "deutschland", "danmark",
    "norge", "sverige", "suomi"})


# An organisation's office for a country: 'UNICEF Cambodia Country Office', 'UNDP Country Office in Kenya', 'JICA
# Cambodia Office'. The office is the organisation's; the country, peeled like any arm's, says where.
_KIND_OF_OFFICE = re.compile(r" (?:country|national|field|regional) office$")
_OFFICE_IN = re.compile(r" (?:(?:country |regional |field )?office (?:in|for|of)|(?:country|regional|field) office)"
                        r" (?P<where>[\w' ]+)$")


def without_country_office(folded: str) -> str:
    """The organisation a folded name of its office for a country names, without the office and the country:
    'unicef cambodia country office', 'undp country office in kenya' (or '... office kenya') and 'jica cambodia office'
    -> 'unicef', 'undp', 'jica'. Not 'Scotland Office' or 'Home Office': no organisation, or no country, before the
    word. A name of no such office comes back as it was."""
    from companion.ground.normalise.places import is_country_name

    match = _OFFICE_IN.search(folded)
    if match and is_country_name(match["where"]) and _an_organisation_of_offices(folded[:match.start()].strip()):
        return folded[:match.start()].strip()
    kind_said = _KIND_OF_OFFICE.search(folded) is not None
    words = (_KIND_OF_OFFICE.sub("", folded) if kind_said else folded.removesuffix(" office")).split()
    if words == folded.split():
        return folded  # no office named at the end
    for size in (3, 2, 1):  # the country before the office
        if len(words) > size and is_country_name(" ".join(words[-size:])):
            organisation = " ".join(words[:-size])
            return organisation if _an_organisation_of_offices(organisation) else folded
    return " ".join(words) if kind_said else folded  # 'Oxfam field office'; not 'Post Office'


def _an_organisation_of_offices(folded: str) -> bool:
    """True when a folded name is an organisation the table knows that is not a federation: only such a name keeps
    its country offices as one employer ('UNICEF Cambodia Country Office'). 'Patent Office of Japan', 'Bank of Japan
    Office' and 'Red Cross Kenya Office' name no such organisation, and two of them are two employers."""
    if not folded:
        return False
    table = _table()
    entry = table.by_name.get(folded) or table.by_name.get(_without_legal_suffix(folded) or folded)
    movement = _movement(folded)
    return entry is not None and not (movement and movement["federation"])


_TWO_NAMES_JOINED = re.compile(r"[^\W\d_]{3,} and [^\W\d_]{3,}")
_PLUS_AS_AND = re.compile(r"(?<=\w)\s+\+\s+(?=\w)")


@lru_cache(maxsize=32_768)
def normalise_company(name: str) -> Company | None:
    """The employer a name refers to (None for self-employment and blanks, which say nothing shared)."""
    if not name:
        return None
    name = name.translate(FULL_WIDTH)
    # 'Укрзалізниця' and 'Ukrzaliznytsia' are one railway; 'Wix.com Ltd.' is Wix, 'Allegro.pl sp. z o.o.' Allegro.
    # A '+' standing between two words is 'and', as '&' is: 'Foster + Partners' (not the '+' of 'Canal+').
    folded = fold(latin(_CYRILLIC_FORMS.sub("", _WEB_ADDRESS_END.sub("", _PLUS_AS_AND.sub(" & ", name)))))
    if not folded:
        return None
    folded = _ROMANISED_JAPANESE.sub(lambda word: _JAPANESE_WORDS[word.group()], folded)
    folded = without_country_office(folded)
    table = _table()
    city_government = _city_government(folded) or _prefecture_government(folded)
    if city_government:
        return Company(key=city_government, label=re.sub(r"\s+", " ", name.strip()))
    folded = _joined_initials(folded)
    base = _without_legal_suffix(folded) or folded
    entry = table.by_name.get(folded) or table.by_name.get(base)
    if entry is None and "(" in name:  # 'Microsoft India (R&D) Pvt Ltd', 'Comité ... (ICRC)'
        inside = [_without_legal_suffix(fold(part)) for part in re.findall(r"\(([^)]*)\)", name)]
        outside = _without_legal_suffix(_joined_initials(without_country_office(fold(re.sub(r"\([^)]*\)", " ", name)))))
        entry = next((table.by_name[f] for f in (outside, *inside) if f in table.by_name), None)
        base = outside or base
    if entry is None and "(" in name:
        local = _national_company_in_brackets(name, table)
        if local is not None:
            return local
    if entry is None:
        entry = table.by_name.get(_GROUP_PREFIX.sub("", base)) or _regional_arm(base, table)
    if entry is None:  # 'Hotel Cipriani, A Belmond Hotel, Venice': one of a known chain's properties, its employer
        entry = next((table.by_name[m.group(1)] for m in map(_CHAIN_PROPERTY.match, map(fold, name.split(",")[1:])) if m
                      and m.group(1) in table.by_name), None)
    if entry is None and "," in name:  # 'UNHCR, the UN Refugee Agency': a known name, then what it calls itself
        own, _, subtitle = name.partition(",")
        if fold(subtitle).startswith("the "):
            entry = table.by_name.get(_without_legal_suffix(_joined_initials(fold(own))))
    if entry is None and DASHED.search(name):  # 'Petróleo Brasileiro S.A. – Petrobras': the name it goes by
        parts = [_without_legal_suffix(_joined_initials(fold(part))) for part in DASHED.split(name)]
        entry = next((table.by_name[part] for part in parts if part in table.by_name), None)
    if entry is not None and _partners_of_another_name(folded, base, entry):
        # 'Claro y Cía.' (a law firm) is not Claro (the telecom): the name of partners, '& Co.' after it, is a firm
        # of its own unless the table writes the company so ('Merck & Co.', 'McKinsey & Company').
        return Company(key=f"employer:{slug(base)}-and-co", label=re.sub(r"\s+", " ", name.strip()))
    if entry is not None:
        return _company(entry)
    base = _GROUP_PREFIX.sub("", base)
    bare = _without_legal_suffix(base, _legal()[1]) or base
    if bare not in table.by_name:
        base = bare
    elif table.by_name.get(f"{base[len(bare):].strip()} {bare}") is table.by_name[bare]:
        # 'L'Oréal Groupe': the group word after the name, where the table knows the company as 'Groupe L'Oréal'
        # (the old META Group, no 'Group Meta' of Meta's, stays apart)
        return _company(table.by_name[bare])
    peeled = _without_legal_suffix(_peeled(base))
    if peeled != base and _national_member_by_own_name(base, peeled):
        peeled = base  # 'Enseña Chile' and 'Enseña Perú' are two organisations of Teach For All, not one 'Enseña'
    national = base.rsplit(" ", 1)
    if peeled not in table.by_name and len(national) == 2 and national[1] in _NATIONAL_ADJECTIVES \
            and national[0] in table.by_name:
        peeled = national[0]  # 'Nestlé Italiana': a known group's national company, named by its country's adjective
    if peeled in table.by_name and _PARTNERS_AFTER.search(base):
        peeled = base  # 'Stripe Partners' is a firm of partners of its own, not Stripe's
    if peeled in table.by_name:
        company = _company(table.by_name[peeled])
        if company is not None:
            return company
    base = peeled or base
    if _TWO_NAMES_JOINED.fullmatch(base):  # 'Baker & McKenzie' and 'Baker McKenzie': the founders' names, joined or not
        base = base.replace(" and ", " ")
    label = re.sub(r"\s+", " ", name.strip())
    head, part = _known_part(base, table)
    owner = table.by_name.get(head) if head else None
    if owner is not None and not owner.get("generic"):
        company = _company(owner)
        if company is not None:
            return Company(key=f"employer:{base.replace(' ', '-')}", label=label,
                           parent_key=company.key, parent_label=company.label)
    words = base.split()
    head = list(words)
    while len(head) >= 2 and head[-1] in _DIVISIONS:
        head.pop()
    own = _peeled(" ".join(head)) if len(head) < len(words) else base  # 'Laing O'Rourke Australia Construction'
    head = own.split()
    if own != base and (_telling(own) or len(own) == 3) and head[0] not in _GENERIC_HEADS \
            and own not in _group_brands() and own not in table.by_name:
        # 'Discovery Health', 'Check Point Software Technologies', 'DBS Bank': the company someone else wrote as
        # 'Discovery', 'Check Point', 'DBS' (common_ground checks the two people are in one country, as no table
        # vouches for the name; a name the table knows has its own divisions: 'Apple Bank' is not Apple's).
        return Company(key=f"employer:{base.replace(' ', '-')}", label=label, parent_key=f"employer:{own.replace(' ', '-')}",
                       parent_label=" ".join(label.split()[:len(head)]))
    brand = _brand(label, base, table)
    if brand:  # 'PETRONAS Carigali', 'CIMB Islamic Bank': a company of the group that carries the name
        return Company(key=f"employer:{base.replace(' ', '-')}", label=label, parent_key=f"employer:{brand}",
                       parent_label=" ".join(label.split()[:len(brand.split())]))
    return Company(key=f"employer:{base.replace(' ', '-')}", label=label)


# '& Co.' and its kin in the languages firms are registered in ('y Cía.', '& Cie', 'e Cia.', 'und Co.'), folded.
_AND_COMPANY = re.compile(r" (?:and|y|e|et|und) (?:co|cia|cie|company|compania|companhia|compagnie|comp)\b")


def _partners_of_another_name(folded: str, base: str, entry: dict) -> bool:
    """True when `folded` is a partnership's name ('claro y cia') whose bare name (`base`) is a known company the
    table never writes with such a form: a firm of partners who bear that name, of another kind. A surname's
    firm is one word before it; 'Goldman Sachs & Co. LLC' is Goldman Sachs."""
    if folded == base or len(base.split()) != 1 or not _AND_COMPANY.search(folded) or _AND_COMPANY.search(base):
        return False
    return not any(_AND_COMPANY.search(fold(written)) for written in (entry["name"], *entry.get("aliases", ())))


def _national_member_by_own_name(full: str, bare: str) -> bool:
    """True when `full` is a national member of a federation of independent organisations (companies.json
    movements) whose name, its country aside, is no name of the federation's own: 'Enseña Chile' (Teach For All),
    but not 'Save the Children Italia', which works under the federation's name."""
    movement = _movement(full)
    return bool(movement and movement["federation"] and bare not in movement["folded_names"])


def _brand(label: str, base: str, table: AliasTable) -> str | None:
    """The company a name no table knows belongs to, by the name of four capitals or more it starts with, as groups
    write theirs ('PETRONAS Carigali', 'CIMB Islamic Bank'). Not a name the table knows (its own entries say what its
    arms are), nor a business group's (`group_brands`: Tata Steel and Tata Motors are companies of their own, and
    'Tata Group' is neither), nor a common word ('Apex Systems'), nor a brand two companies share."""
    words = base.split()
    if len(words) < 2:
        return None
    first = label.split()[0].strip(",.") if label.split() else ""
    # Four capitals or more: three stand for too many companies ('NCC Danmark' is the Swedish builder's, 'NCC Group'
    # a British firm of its own).
    if (len(first) >= 4 and first.isalpha() and first.isupper() and fold(first) == words[0]
            and words[0] not in table.by_name and words[0] not in _GENERIC_HEADS and words[0] not in _ambiguous()
            and words[0] not in _group_brands() and not _is_trade_acronym(first)):
        return words[0]
    return None


# Capitals that name a trade, not a company: 'HVAC Solutions' and 'HVAC Group' are two firms of that trade.
_TRADE_ACRONYMS = {"hvac", "erp", "mep", "epc", "epcm", "hse", "qhse", "bpo", "kpo", "ict", "cctv", "scada", "iot",
                   "bim", "ndt", "esg", "csr", "fmcg", "saas", "b2b", "b2c", "seo", "hris", "mro", "oem", "itsm"}


def _is_trade_acronym(word: str) -> bool:
    from companion.ground.normalise.skills import is_listed

    return fold(word) in _TRADE_ACRONYMS or is_listed(word)


@lru_cache(maxsize=1)
def _ambiguous() -> frozenset[str]:
    return frozenset(load_table("companies.json").get("ambiguous_names", ()))


def is_named_with_place(wording: str, name: str) -> bool:
    """True when an employer is written as `name` then where it is, and nothing else ('Ubisoft Montreal', 'Acme
    Nairobi'): the company itself, at one of its places."""
    folded, own = without_legal_form(wording), fold(name)
    return bool(own) and folded.startswith(own + " ") and place_after_name(folded[len(own) + 1:])


_GROUP_WRITTEN = re.compile(r" (?:group|groupe|gruppe|gruppo|grupo|groep)$")


def is_group_written(wording: str, brand: str | None) -> bool:
    """True when an employer is written as the group of `brand` ('CIMB Group', 'PETRONAS Group'), a brand `_brand`
    would give its companies: the group of all of them, which each of its companies belongs to."""
    folded = without_legal_form(wording)
    if not brand or not _GROUP_WRITTEN.search(folded) or _GROUP_WRITTEN.sub("", folded) != fold(brand):
        return False
    return _brand(f"{wording} Company", f"{fold(brand)} company", _table()) == fold(brand)


_WORLDWIDE_WRITTEN = re.compile(r" (?:international|worldwide|global|transnational)$")


def is_worldwide_written(wording: str, brand: str | None) -> bool:
    """True when `wording` is a brand of one distinctive word, then the word its global parent company adds
    ('Baxter International' of 'Baxter Healthcare', 'Medtronic International'): the company whose divisions carry
    the brand. Not a word of everyday speech in the languages the tables read ('Global', 'Summit', 'Orange'), nor
    a name the table lists on its own, nor a group's word ('Apex Group' and 'Apex Systems' are two firms)."""
    from companion.ground.normalise.contained import is_rare_word
    from companion.ground.normalise.skills import is_common_word
    from companion.ground.normalise.word_frequency import is_everyday_word

    folded, head = without_legal_form(wording), fold(brand or "")
    if not _WORLDWIDE_WRITTEN.search(folded) or _WORLDWIDE_WRITTEN.sub("", folded) != head or " " in head:
        return False
    return len(head) >= 4 and head.isalpha() and not is_common_word(head) and head not in _table().by_name and (
        is_rare_word(head) or not is_everyday_word(head))


_PARTNERS_AFTER = re.compile(r" (?:partners|and partners|associates|and associates)$")
# Words after an unknown company's own name that make a division of it, not a firm of another trade.
_DIVISIONS = {"research", "cloud", "labs", "lab", "digital", "technology", "technologies", "tech", "tecnologia",
              "entertainment", "divertissements", "entretenimiento", "entretenimento", "unterhaltung",
              "software", "engineering", "health", "healthcare", "studios", "games", "services", "solutions",
              "innovation", "analytics", "bank", "properties", "construction", "team", "systems",
              # the shops a retailer runs, as groups name that arm ('Auchan Retail', 'Decathlon Retail')
              "retail",
              # a network named by what it runs ('Comcast Cable'), and services and communications as a Turkish
              # register writes them ('Turkcell İletişim Hizmetleri'). Not 'resources', 'management' or 'system':
              # 'Summit Resources', 'Elliott Management' and 'Atlantic Health System' are firms of their own, and
              # the table knows Teck Resources and Swiss Re's management arm by name.
              "cable", "communications", "hizmetleri", "iletisim", "servicios", "servicos"}


def name_then_its_initials(short: str, long: str) -> bool:
    """True when `short` is a name's first words, then the initials of the rest of `long` ('Bronte SLSC' and 'Bronte
    Surf Life Saving Club', 'Ponsonby RFC' and 'Ponsonby Rugby Football Club'): a club as its members write it. The
    words before must be a name of its own (four letters or more, not a word of trade), the initials three or more;
    or two after one word no language's everyday words hold ('Erasmus MC', 'Erasmus Medisch Centrum')."""
    from companion.ground.normalise.acronyms import initials, is_bare_acronym
    from companion.ground.normalise.word_frequency import is_everyday_word

    *head, acronym = short.split() or [""]
    own = fold(" ".join(head))
    rest = fold(long)
    least = 2 if len(head) == 1 and own.isalpha() and not is_everyday_word(own) else 3
    if (not head or len(acronym) < least or not is_bare_acronym(acronym) or len(own.replace(" ", "")) < 4
            or _all_generic(own) or not rest.startswith(own + " ")):
        return False
    after = long.split()[len(head):]
    return len(after) == len(acronym) and fold(acronym) in initials(" ".join(after))


def country_arm_written_out(short: str, long: str) -> bool:
    """True when `short` is a known company's brand and a country ('Shell Nigeria') and `long` the brand, words of
    its trade and form, then that country ('Shell Petroleum Development Company of Nigeria'): the company's arm
    there, written out. Not two countries' arms ('Shell Nigeria' and 'Shell Petroleum Development Company of
    Gabon'), nor another name after the brand."""
    from companion.ground.normalise.places import country_code

    bare, full = without_legal_form(short).split(), fold(long).split()
    if len(bare) < 2 or len(full) < len(bare) + 2 or bare[0] != full[0] or bare[0] not in _table().by_name:
        return False
    mine = country_code(" ".join(bare[1:]))
    tail = full[-1] if full[-2] != "of" else " ".join(full[full.index("of", 1) + 1:])
    theirs = country_code(tail) if tail else None
    middle = full[1:-1] if full[-2] != "of" else full[1:full.index("of", 1)]
    return bool(mine) and mine == theirs and bool(middle) and all(
        w in _COMPANY_WORDS or w in _GENERIC_WORDS or w in ("company", "co", "corporation", "limited") for w in middle)


def national_brand_of(brand: str, company: str) -> bool:
    """True when `brand` is the name the group `company` trades under in the country `company` names ('Movistar' and
    'Telefónica España', 'Vivo' and 'Telefônica Brasil'): companies.json `trades_in`. Not in another country:
    Movistar is not 'Telefónica Deutschland', which trades as O2."""
    from companion.ground.normalise.places import country_code

    entry = _table().by_name.get(_without_legal_suffix(fold(brand)) or fold(brand))
    if entry is None or not entry.get("trades_in") or not entry.get("parent"):
        return False
    group = _table().by_canonical.get(entry["parent"])
    if group is None or normalise_company(company) != _company(group):
        return False
    head = _without_legal_suffix(fold(group["name"])) or fold(group["name"])
    words = (without_legal_form(company) or fold(company)).split()
    if words[:len(head.split())] != head.split() or len(words) == len(head.split()):
        return False
    tail = " ".join(w for w in words[len(head.split()):] if w not in ("de", "del", "do", "da"))
    return (country_code(tail) or _ADJECTIVE_COUNTRIES.get(tail)) in entry["trades_in"]


def is_known_company(name: str) -> bool:
    """True when the curated table names this company."""
    by_name = _table().by_name
    return bool(name) and (by_name.get(fold(name)) or by_name.get(without_legal_form(name))) is not None


# A bank is chartered in each country it works in: its national bank ('Banco Santander Chile', 'Citibank Chile',
# 'HSBC UK') is a bank of its own, with its own licence, board and staff, often its own listing.
_BANK_WORD = re.compile(r"bank|banco|banque|banca|bancorp")


def banks_of_two_countries(a: str, b: str, here: set[str], there: set[str]) -> bool:
    """True when two wordings of one bank the table knows are its banks in two countries: one names its country
    after the bank's name ('Banco Santander Chile') and the other is written elsewhere or for another country
    ('Banco Santander, S.A.' by someone in Spain; 'Santander UK'). Not one country's arm written two ways."""
    arm_a, arm_b = _arm_country(a), _arm_country(b)
    company = normalise_company(a)
    if company is None or not _BANK_WORD.search(fold(company.label) + " " + fold(a) + " " + fold(b)):
        return False
    if arm_a and arm_b:
        return arm_a != arm_b
    for arm, other_side in ((arm_a, there), (arm_b, here)):
        if arm and other_side and arm not in other_side:
            return True
    return False


def registered_arm_and_parent(a: str, b: str, here: set[str], there: set[str]) -> bool:
    """True when one side names a known company's national company by its registered name ('Volkswagen Slovakia,
    a.s.', 'Toyota do Brasil Ltda.') and the other its parent by the parent's registered name ('Volkswagen AG'),
    living outside that country: a subsidiary incorporated there and its parent, two employers. The bare brand
    ('Volkswagen') stays either, and one country's company written two ways ('Google Ireland Limited' by two in
    Dublin) stays one."""
    for arm, parent, parent_side in ((a, b, there), (b, a, here)):
        country = _arm_country(arm)
        if (country and has_legal_form(arm) and has_legal_form(parent) and _arm_country(parent) is None
                and parent_side and country not in parent_side):
            return True
        # A country in brackets or before 'Branch' marks the arm registered there, known company or not ('Bank of
        # Ceylon (UK) Ltd', 'Infosys (India) Pvt Ltd', 'HSBC Singapore Branch'): not the parent a person in another
        # country names, legal form or not (newcomer 10, W2). Two arms of two countries are two employers too.
        marked, other = _marked_country(arm), _marked_country(parent)
        if marked and (has_legal_form(arm) or _BRANCH.search(arm)) and (
                (other is None and parent_side and marked not in parent_side) or (other and other != marked)):
            return True
    return False


_BRACKETED = re.compile(r"\(([^()]{2,30})\)")
_BRANCH = re.compile(r"\b(\w[\w ]{1,30}?)\s+branch\s*$", re.IGNORECASE)


def _marked_country(name: str) -> str | None:
    """The country a name writes in brackets ('(UK)', '(Deutschland)') or before 'Branch', if it is one."""
    from companion.ground.normalise.places import country_code

    for said in (*_BRACKETED.findall(name), *(' '.join(m.group(1).split()[-n:]) for m in [_BRANCH.search(name)] if m for n in (1, 2))):
        said = fold(said)
        code = country_code(said) or _ADJECTIVE_COUNTRIES.get(said)
        if code:
            return code
    return None


def listed_company_and_parent(child: str, parent: str) -> bool:
    """True when `child` names a national company listed on its own (companies.json `listed`: 'Walmart de México',
    Walmex) and `parent` its parent written by its registered name ('Walmart Inc.'): two employers, each with its own
    board and shareholders. The bare brand ('Walmart') may be either and stays one; a national company no listing
    sets apart ('Toyota do Brasil', 'Nestlé Italiana') is its parent's arm."""
    company = normalise_company(child)
    entry = _table().by_name.get(fold(company.label)) if company else None
    return bool(entry and entry.get("listed") and has_legal_form(parent) and company.parent_key
                and (normalise_company(parent) or company).key == company.parent_key)


def _spun_off_from(company: Company) -> str | None:
    """The key of the company `company` was spun off from (companies.json `spun_off_from`), or None."""
    entry = _table().by_canonical.get(company.label) if company.key == f"employer:{slug(company.label)}" else None
    parent = normalise_company(entry["spun_off_from"]) if entry and entry.get("spun_off_from") else None
    return parent.key if parent else None


def spun_off_apart(a: str, b: str) -> bool:
    """True when `a` and `b` name a spun-off company and the group it left ('Siemens Energy' and 'Siemens', 2020;
    'Kyndryl' and 'IBM'), or two spin-offs of one group ('Siemens Energy', 'Siemens Healthineers'): each listed on
    its own, two employers, however much of the name they share. A job at the spin-off is not one at the group."""
    first, second = normalise_company(a), normalise_company(b)
    if first is None or second is None or first.key == second.key:
        return False
    left_a, left_b = _spun_off_from(first), _spun_off_from(second)
    return (left_a is not None and left_a in (second.key, left_b)) or (left_b is not None and left_b == first.key)


def _arm_country(name: str) -> str | None:
    """The country a known company's national arm names after the company's own name ('Banco Santander Chile',
    'Santander UK', 'Nestlé Italiana'), or None."""
    from companion.ground.normalise.places import country_code

    base = _without_legal_suffix(fold(name)) or fold(name)
    words = base.split()
    table = _table()
    if table.by_name.get(base) is not None:
        return None  # a name the table lists as the company's own ('BBVA México'): one bank by the table's word
    for cut in range(len(words) - 1, 0, -1):
        if table.by_name.get(" ".join(words[:cut])) is None:
            continue
        tail = " ".join(words[cut:])
        for little in ("in the ", "in ", "the ", "de ", "of ", "do ", "da ", "del ", "du ", "des "):
            tail = tail.removeprefix(little)
        code = country_code(tail) or _ADJECTIVE_COUNTRIES.get(tail)
        if code:
            return code
    return None


# A national company's adjective, by its country ('Siemens Mexicana', 'Nestlé Italiana').
_ADJECTIVE_COUNTRIES = {
    "italiana": "IT", "italiano": "IT", "italia": "IT", "espanola": "ES", "espanol": "ES", "francaise": "FR",
    "francais": "FR", "portuguesa": "PT", "brasileira": "BR", "brasileiro": "BR", "mexicana": "MX", "mexicano": "MX",
    "chilena": "CL", "chileno": "CL", "colombiana": "CO", "colombiano": "CO", "peruana": "PE", "peruano": "PE",
    "argentina": "AR", "polska": "PL", "uk": "GB", "usa": "US", "us": "US"}


_SPELLED_OUT_MIN = 4  # words of a name written out that an acronym's letters must all begin


def spells_out(acronym: str, name: str) -> bool:
    """True when a bare acronym of three letters or more is the initials of an organisation's name of four words or
    more, written out by someone else ('HSBC' and 'The Hongkong and Shanghai Banking Corporation Limited', 'CSIRO'
    and the 'Commonwealth Scientific and Industrial Research Organisation'): so long a name is one organisation's
    anywhere. A known acronym only where the table writes out none of its names ('HP' is Hewlett-Packard, not
    Hindustan Petroleum Corporation), and never against a company the table knows by another name."""
    from companion.ground.normalise.acronyms import is_bare_acronym, stands_for

    written = acronym.strip()
    if not is_bare_acronym(written) or len(written) < 3 or len(name.split()) < _SPELLED_OUT_MIN or is_known_company(name):
        return False
    letters = stands_for(written, name, without_legal_form(name))
    if letters is None:
        return False
    entry = _table().by_name.get(fold(written))
    return entry is None or not any(stands_for(written, other) for other in (entry["name"], *entry.get("aliases", ())))

# ---------------------------------------------------------------- volunteering organisations
# 'Code for America Brigade' and 'Rotary Club of Boston' belong to Code for America and Rotary. An organisation's chapters and programmes carry its name with something after it: a word for the part
# ('Brigade', 'Chapter', 'Club', 'International'), a place ('of Greater Boston', 'London', '- Berlin'), a
# parenthesis or a legal form. Those are peeled off to find the organisation itself, which becomes the
# chapter's parent, so two chapters meet at the organisation and the same chapter meets more closely. A
# place is peeled only when it stands after the name, never after 'for' or 'of' inside it ('Code for
# America', 'Teach for America' keep their place), and only a country, a US state or a big city counts.

_ORG_PAREN = re.compile(r"\s*\([^)]*\)")
_ORG_TAIL = re.compile(r"\s+[-–—|:/]\s+.*$|,.*$")
# Words for a part of an organisation, or its legal form. Not 'Society', 'Association', 'Foundation' or
# 'Trust': those belong to the name ('National Trust' is not 'National Society').
_PART_WORDS = {
    "brigade", "brigades", "chapter", "branch", "club", "clubs", "volunteers", "volunteer", "volunteering",
    "program", "programme", "local", "group", "international", "global", "worldwide", "inc", "incorporated",
    "llc", "ltd", "limited", "org", "usa", "us", "uk", "cic", "ev", "e v",
}
# After these words a place is part of the name ('Code for America', 'Teach For India').
_KEEP_AFTER = {"for", "of", "in", "to", "at", "on", "the", "and", "without", "with", "by", "from", "de", "del", "da",
               "do", "di", "du", "des", "para", "pour", "sin", "sans"}


@dataclass(frozen=True, slots=True)
class Organisation:
    key: str
    label: str
    parent_key: str | None = None
    parent_label: str | None = None


def _words(text: str) -> list[str]:
    return text.split()


# The word for a city's wider area before its name, in the languages profiles are written in ('of Greater Boston',
# 'du Grand Montréal', 'del Gran Buenos Aires', 'Groß-Berlin').
_GREATER = re.compile(r"^(?:greater|grand|grande|gran|grosser|gross|grossraum|groot|stor|stor-|metro) ?")


def _core(words: list[str]) -> list[str]:
    """The organisation's own name: the words left once parts, places and forms are peeled off the end."""
    from companion.ground.normalise.places import is_country_name, is_place_name

    changed = True
    while changed and len(words) > 1:
        changed = False
        folded = [fold(w) for w in words]
        # 'Habitat for Humanity of Greater Boston', 'Big Brothers Big Sisters of America'
        for i in range(len(words) - 1, 0, -1):
            after = " ".join(folded[i + 1:]).removeprefix("the ")
            rest = _GREATER.sub("", after)
            if folded[i] in ("of", "in", "de", "del", "da", "do", "di", "du", "von", "van") and (
                    i >= 2 or _distinctive(words[0]) or rest != after):  # 'YMCA of Greater Toronto', 'Centraide du
                # Grand Montréal': a city's wider area is where a chapter is
                if rest and is_place_name(rest):
                    words, changed = words[:i], True
                    break
        if changed:
            continue
        last = folded[-1]
        if (last in _PART_WORDS or last.isdigit()) and len(words) > 1:  # 'IBEW Local 103': a numbered local
            words, changed = words[:-1], True
            continue
        for size in (3, 2, 1):  # 'Women Who Code New York', 'Engineers Without Borders UK', 'TECHO Colombia'
            if len(words) - size < 1 or folded[-size - 1] in _KEEP_AFTER:
                continue
            place = " ".join(folded[-size:])
            # After one word, only a country, and only after a name written in capitals ('TECHO Colombia',
            # 'AIESEC Kenya'): 'Feeding America' and 'Oxfam America' are names of their own.
            one_word = len(words) - size == 1
            # 'PyLadies Berlin', 'CoderDojo Dublin': a name no dictionary has, then its city.
            if one_word and not ((is_country_name(place) and words[0].isupper() and _telling(folded[0]))
                                 or (_distinctive(words[0]) and is_place_name(place))):
                continue
            if is_place_name(place):
                words, changed = words[:-size], True
                break
    while words and fold(words[0]) == "the" and len(words) > 1:
        words = words[1:]
    return words


def _distinctive(word: str) -> bool:
    """True for a name no dictionary has: capitals inside it ('PyLadies', 'CoderDojo') or all capitals ('YMCA',
    'OWASP'), three letters or more."""
    letters = re.sub(r"[^\w]", "", word)
    return len(letters) >= 3 and (letters.isupper() or (letters[0].isupper() and any(c.isupper() for c in letters[1:])))


@lru_cache(maxsize=1)
def _movements() -> list[dict]:
    """Movements whose national societies and chapters carry their name in many languages (companies.json)."""
    out = []
    for movement in load_table("companies.json").get("movements", []):
        names = {fold(n) for n in [movement["name"], *movement.get("aliases", [])]}
        # A member's words in Chinese, Japanese or Korean are written joined to the rest ('日本赤十字社').
        members = [re.compile(re.escape(fold(m)) if fold(m)[0] >= _CJK_START else rf"(?:^| ){re.escape(fold(m))}(?: |$)")
                   for m in movement.get("members", [])]
        # Its international bodies are organisations of their own, not national societies (ICRC, IFRC).
        own = [re.compile(rf"(?:^| ){re.escape(fold(m))}(?: |$)") for m in movement.get("own_bodies", [])]
        words = {w for name in names | {fold(m) for m in movement.get("members", [])} for w in name.split()}
        out.append({"name": movement["name"], "key": f"group:{slug(movement['name'])}", "folded_names": names,
                    "members": members, "own_bodies": own, "federation": bool(movement.get("federation")),
                    "bare_member": movement.get("bare_member"), "words": words})
    return out


@lru_cache(maxsize=1)
def _movement_words() -> frozenset[str]:
    """Every word of every movement's names and members' names (joined scripts aside)."""
    return frozenset(word for movement in _movements() for word in movement["words"])


def _movement(full: str) -> dict | None:
    for movement in _movements():
        if any(body.search(full) for body in movement["own_bodies"]):
            return None
        if full in movement["folded_names"] or any(m.search(full) for m in movement["members"]):
            return movement
    return None


def chapter_country(label: str, parent_label: str | None) -> str | None:
    """The country a chapter names after its organisation's name ('WWF-Indonesia', 'St. John Ambulance Canada',
    'Les Restos du Cœur de Belgique'), as an ISO code, or None."""
    from companion.ground.normalise.places import country_code

    place = chapter_place(label, parent_label)
    if place is None:  # a movement's national society names its country before or around the movement's words
        movement = next((m for m in _movements() if m["name"] == parent_label), None)
        rest = [w for w in fold(latin(label)).split() if movement and w not in movement["words"]
                and w not in _MEMBER_FILLER]
        place = " ".join(rest) if rest else None  # 'Singapore Red Cross', 'Palang Merah Indonesia'
    return country_code(place) if place else None


# Words for a part of a country a chapter serves, beside the compass ('... of Upper Austria', 'Metro Chicago').
_REGION_PART_WORDS = {"upper", "lower", "metro", "centro"}
_PLACE_LEAD = {"of", "in", "de", "del", "da", "do", "du", "des", "di", "von", "van", "the", "la", "le", "el"}
# The word a network calls each of its units by, before the unit's place: 'Rotary Club of Seoul', 'AWS User Group
# Busan' (each club a chapter of its own: two clubs of two cities share their network's cause, not one club).
_UNIT_LEAD = {"club", "clube", "klub", "group", "chapter", "branch"}


def chapter_place(label: str, parent_label: str | None) -> str | None:
    """The place or region a chapter names after its organisation's name ('... of Greater Vancouver' -> 'vancouver',
    '... Northwest' -> 'northwest', '... de Belgique' -> 'belgique'), folded, or None when the words after the name
    are no place (a programme, a club's number)."""
    from companion.ground.normalise.places import CITY_PART_WORDS, COMPASS, is_place_name

    chapter_of = _CHAPTER_OF.search(label)
    if chapter_of is not None:  # 'Code for Philly (Code for America Brigade)': the place in its own name, else that name
        own_name = label[:chapter_of.start()]
        return chapter_place(own_name, parent_label) or _ARTICLE.sub("", fold(latin(own_name))).strip() or None
    own, parent = _ARTICLE.sub("", fold(latin(label))), _ARTICLE.sub("", fold(latin(parent_label or "")))
    if not parent:
        return None
    if own.startswith(parent + " "):
        tails = [own[len(parent) + 1:].split()]
    else:  # its name in another language ('Habitat para a Humanidade Brasil'): a place at the end, if any
        tails = [own.split()[-size:] for size in (3, 2, 1) if len(own.split()) > size]
    for words in tails:
        if len(words) > 1 and words[0] in _UNIT_LEAD:
            words = words[1:]
        while words and words[0] in _PLACE_LEAD:
            words = words[1:]
        region = [w for w in words if w not in COMPASS and w not in CITY_PART_WORDS and w not in _REGION_PART_WORDS]
        if words and (not region or is_place_name(" ".join(region))):
            return " ".join(words)
    return None


def same_place(a: str, b: str) -> bool:
    """True when two chapters' places (from chapter_place) are one, or one holds the other: 'nz' and 'new zealand',
    'metro chicago' and 'chicago', 'schweiz' and 'zurich' (a country's own body and its city's chapter); not
    'northwest' and 'greater vancouver', nor 'peru' and 'chile'."""
    from companion.ground.normalise.places import country_code, resolve_place, strip_area_words

    if a == b or (country_code(a) and country_code(a) == country_code(b)):
        return True
    here, there = resolve_place(a), resolve_place(b)
    if here and there and here.country == there.country:
        if here.metro and here.metro == there.metro:
            return True
        if any(country_code(p) for p in (a, b)):
            return True
    # 'Greater Nashville' is Nashville, 'Metro Chicago' Chicago; 'Northern Ohio' is not Ohio
    return (strip_area_words(a) or a) == (strip_area_words(b) or b)


_MEMBER_FILLER = {"society", "societe", "sociedad", "sociedade", "societa", "gesellschaft", "national", "nacional",
                  "nationale", "nazionale", "association", "the", "of", "de", "del", "da", "do", "der", "des", "la", "le"}
_ALIKE = 0.6  # 'Lebanese' and 'Libanaise', 'Moroccan' and 'Marocain', 'Romanian' and 'Română'


def same_national_member(a: str, b: str, movement_key: str) -> bool:
    """True when two names of a federation's national members may name one member in two languages: the words beside
    the movement's own name are alike ('Lebanese Red Cross' and 'Croix-Rouge Libanaise', 'Fiji Red Cross Society'
    and 'Fiji Red Cross'), not another country's ('Cruz Roja Española' and 'Nigerian Red Cross Society')."""
    from difflib import SequenceMatcher

    movement = next((m for m in _movements() if m["key"] == movement_key), None)
    if movement is None:
        return False
    def rest(name: str) -> list[str]:
        folded = fold(latin(name))
        for joined in (w for w in movement["words"] if w[0] >= _CJK_START):  # '日本赤十字社': 日本, 社
            folded = folded.replace(joined, " ")
        return [w for w in folded.split() if w not in movement["words"] and w not in _MEMBER_FILLER
                and (len(w) >= 4 or w[0] >= _CJK_START and len(w) >= 2)]

    a_rest, b_rest = rest(a), rest(b)
    # The country each names, by its adjective in any language: 'Schweizerisches Rotes Kreuz' and 'Croix-Rouge
    # suisse', 'Cruz Roja Española' and 'Spanish Red Cross' are one; 'Austrian' and 'Australian', alike, are two.
    a_countries, b_countries = _countries_by_adjective(a_rest), _countries_by_adjective(b_rest)
    if a_countries and b_countries:
        # An adjective of two countries ('nigérienne': Niger or Nigeria; 'sudanese': Sudan or South Sudan) is
        # no claim of one society, unless both write the very words.
        return (len(a_countries) == 1 and a_countries == b_countries) or a_rest == b_rest
    return any(SequenceMatcher(None, x, y).ratio() >= _ALIKE for x in a_rest for y in b_rest)


def _countries_by_adjective(words: list[str]) -> set[str]:
    """Every country the words may name: the words together ('south sudan', 'guinea bissau'), else each word's."""
    from companion.ground.normalise.places import countries_of_adjective, country_code, country_of_inflected_name

    whole = (country_code(" ".join(words)) or country_of_inflected_name(words)) if len(words) > 1 else None
    return {whole} if whole else {code for word in words for code in countries_of_adjective(word)}


def is_federation(key: str) -> bool:
    """True for the key of a movement of independent national organisations (the Red Cross, Teach For All): two of
    its national members are two organisations, met only where both people live."""
    return any(movement["federation"] and movement["key"] == key for movement in _movements())


def bare_name_is_a_member(key: str) -> bool:
    """True for the key of a federation whose bare name is one national member's own, not the movement's: 'Terre des
    hommes' is the Lausanne foundation, and 'Terre des hommes Schweiz' (Basel) another member, even in Switzerland."""
    return any(movement["federation"] and movement["bare_member"] and movement["key"] == key
               for movement in _movements())


# Words that make a movement's name its international body ('Greenpeace International', 'Emmaüs International').
INTERNATIONAL_WORDS = frozenset({"international", "internationale", "internacional", "internationalis",
                                 "internazionale", "global", "worldwide"})


@lru_cache(maxsize=4_096)  # asked of each pair of employers that share a key
def members_told_apart(a: str, b: str) -> bool:
    """True when two employers' names are two organisations of one movement: its international body and a country's
    member ('Greenpeace International' in Amsterdam and 'Greenpeace Canada'), or, for a federation whose bare name is
    one member's own, that name and another member ('Terre des hommes' and 'Terre des hommes Schweiz'). An employer is
    one legal body; a volunteer's movement may be the whole of it (common_ground reads groups its own way)."""
    folded = [without_legal_form(name) for name in (a, b)]
    if folded[0] == folded[1] or not all(set(name.split()) & _movement_words() for name in folded):
        return False  # one wording, or a name with no word of any movement's (most employers): no scan
    movements = [_movement(name) for name in folded]
    if movements[0] is None or movements[0] is not movements[1]:
        return False
    movement = movements[0]
    countries = [chapter_country(name, movement["name"]) for name in (a, b)]
    if movement["bare_member"] and all(countries) and countries[0] != countries[1]:
        return True  # 'Terre des hommes Schweiz' and '... Deutschland'; not 'Save the Children Italia' and '... UK'
    for at in (0, 1):
        member, other = countries[at], folded[1 - at]
        if member is None or countries[1 - at] is not None:
            continue
        if set(other.split()) & INTERNATIONAL_WORDS and not set(folded[at].split()) & INTERNATIONAL_WORDS:
            return True
        if movement["bare_member"] and other in movement["folded_names"]:
            return True
    return False


_ORG_KIND_BEFORE = re.compile(r"^(?:fundacion|fundacao|fundacio|fondation|fondazione|stichting|stiftung|asociacion|"
                              r"associacao|association|associazione|vereniging|foundation) ")
_ARTICLE = re.compile(r"^(?:the|les|la|le|los|las|el|il|die|der|das|het|os) (?=\w+ \w)")
# The word for a network before an organisation's acronym, in Spanish, Portuguese, French and German.
_NETWORK_OF = re.compile(r"^(?:Red|Rede|Réseau|Reseau|Netzwerk)\s+([A-Z]{3,})$")


# A chapter saying in brackets whose chapter it is: '(Code for America Brigade)', '(a Habitat for Humanity affiliate)'.
_CHAPTER_OF = re.compile(r"\((?:an? )?(?P<parent>[^()]{4,}?)\s+(?:brigade|chapter|affiliate|branch)\)\s*$", re.IGNORECASE)


@lru_cache(maxsize=16_384)
def normalise_organisation(name: str) -> Organisation | None:
    """The organisation a volunteering entry names, with the organisation it is a chapter of, if any."""
    if not name or not fold(name):
        return None
    name = name.translate(FULL_WIDTH)
    label = re.sub(r"\s+", " ", name).strip()
    full = _ARTICLE.sub("", fold(latin(label)))  # 'The Trevor Project', 'Les Restos du Cœur'
    key = f"group:{full.replace(' ', '-')}"
    movement = _movement(full)
    if movement is not None:
        own = movement["key"]
        # The movement itself, in any language, or one of its national societies and chapters.
        if full in movement["folded_names"]:
            return Organisation(key=own, label=label)
        return Organisation(key=key, label=label, parent_key=own, parent_label=movement["name"])
    renamed = _table().by_name.get(full)
    if renamed is not None and not renamed.get("parent") and len(full.split()) >= 2 and full not in _ambiguous():
        # 'Heifer Project International' is Heifer International by its old name: one organisation as the table knows it
        return Organisation(key=f"group:{slug(renamed['name'])}", label=label)
    chapter_of = _CHAPTER_OF.search(label)  # 'Code for San Francisco (Code for America Brigade)'
    if chapter_of is not None:
        parent = _ARTICLE.sub("", fold(latin(chapter_of["parent"])))
        return Organisation(key=key, label=label, parent_key=f"group:{parent.replace(' ', '-')}",
                            parent_label=chapter_of["parent"].strip())
    trimmed = _ORG_TAIL.sub("", _ORG_PAREN.sub("", label)).strip() or label
    # 'Fundación Teletón', 'Stichting Vluchtelingenwerk': the word for a foundation or association before the name.
    kind = _ORG_KIND_BEFORE.match(fold(trimmed))
    rest = trimmed.split(None, len(kind.group(0).split()))[-1] if kind else ""
    if kind and (len(fold(rest)) >= 5 or len(rest.split()) >= 2) and fold(rest).split()[0] not in (
            _LITTLE_WORDS | _KEEP_AFTER):
        trimmed = rest
    network = _NETWORK_OF.match(trimmed)  # 'Red BAMX': the network of the food banks BAMX names
    words = _core(_words(network.group(1) if network else trimmed))
    core = _ARTICLE.sub("", fold(" ".join(words)))
    if not core or core == full or (len(words) == 1 and len(core) < 5 and not _distinctive(words[0])):
        return Organisation(key=key, label=label)
    return Organisation(key=key, label=label, parent_key=f"group:{core.replace(' ', '-')}",
                        parent_label=" ".join(words).strip(" ,;-–—"))


# ---------------------------------------------------------------- one name, two employers

# Public bodies: each country, state and city has its own ('Ministry of Health', 'Department of Education').
_PUBLIC_BODY = re.compile(
    r"^(?:ministry|ministerio|ministere|ministerium|ministero|ministerie|ministerstvo|minister|department|"
    r"departamento|secretaria|secretariat|secretaria de estado|government|gobierno|governo|gouvernement|"
    r"regierung|city of|county of|state of|stadt|ville de|comune di|gemeente|municipality|municipalidad|municipio|prefeitura|alcaldia|"
    r"council|police|policia|embassy|embajada|consulate|court|tribunal|parliament|national|federal|"
    r"office of|bureau of|agency|agencia|deped|doh|dept)\b")
_KIND_WORDS = tuple(sorted({*_KIND_BEFORE, *_KIND_AFTER}, key=len, reverse=True))


def _kind_words(folded: str) -> set[str]:
    """The words for a kind of firm a name is written with ('apex consulting' -> {'consulting'})."""
    found = set()
    for kind in _KIND_WORDS:
        if folded.startswith(kind + " ") or folded.endswith(" " + kind) or f" {kind} " in f" {folded} " and \
                kind in _KIND_AFTER:
            found.add(_KIND_FAMILY.get(kind, kind))
    return found


# Institutions that serve one town, so one name in two cities is two of them ('Collège Saint-Louis, Lyon' and
# 'Collège Saint-Louis (Montréal)'): schools, hospitals, churches, clubs.
_LOCAL = re.compile(r"\b(?:college|colegio|colegiul|college|lycee|liceo|liceu|gymnasium|ecole|escuela|escola|school|"
                    r"schule|scuola|academy|academie|hospital|hopital|ospedale|krankenhaus|klinikum|clinic|clinica|"
                    r"clinique|church|iglesia|parish|parroquia|club|high school|instituto|institut|library|biblioteca|"
                    r"museum|museo|musee|theatre|teatro)\b"
                    # and the compounds German, Dutch and the Nordic languages name them with: 'Deutsches Herzzentrum
                    # Berlin' and '... München', 'Kinderklinik', 'Universitätsklinikum', 'Gesamtschule', 'Ziekenhuis'
                    r"|\w{3,}(?:klinikum|klinik|krankenhaus|spital|zentrum|schule|ziekenhuis|sjukhus|sykehus|sygehus)\b")


def _is_local(folded: str) -> bool:
    return bool(_LOCAL.search(folded))


def is_local_institution(name: str) -> bool:
    """True for a school, hospital, church, club or museum: an institution of one town."""
    return _is_local(fold(name or ""))


# A city's own government in the languages profiles are written in: 'Stadt Zürich', 'Ville de Genève', 'City of
# Zurich', 'Comune di Milano', 'Prefeitura de São Paulo' (a council is left out: a 'City Council' is its assembly).
_CITY_GOVERNMENT = re.compile(
    r"^(?:stadt|stadtverwaltung|landeshauptstadt|ville de|mairie de|city of|ciudad de|comune di|citta di|gemeente|"
    r"prefeitura municipal de|prefeitura de|prefeitura da|prefeitura do|municipalidad de|ayuntamiento de|"
    r"alcaldia de|municipio de|kommune|stad|kaupunki) (?P<city>.+)$")


# And as South Africa, India and Turkey register theirs: 'City of Tshwane Metropolitan Municipality', 'Cape Town
# Metropolitan Municipality', 'Pune Municipal Corporation', 'İstanbul Büyükşehir Belediyesi'.
_MUNICIPALITY_AFTER = re.compile(r" (?:metropolitan municipality|local municipality|municipality|"
                                 r"metropolitan municipal corporation|municipal corporation|buyuksehir belediyesi|"
                                 r"belediyesi"
                                 # and as English names a city's government by its building or its administration
                                 # ('São Paulo City Hall', 'Tokyo Metropolitan Government'); not 'City Council'
                                 r"|city hall|town hall|city government|municipal government|city administration"
                                 r"|metropolitan government)$"
                                 # and as Japanese, Chinese and Korean write a city's office after its name, without
                                 # a space ('横浜市役所', '大阪市役所', '서울특별시청')
                                 r"|(?<=\S)(?:" + "|".join(map(fold, ("市役所", "市庁", "市政府", "특별시청", "광역시청", "시청")))
                                 + r")$")
# A city's board of education, in English and as Japanese and Korean write it after the city ('Yokohama City Board
# of Education', '横浜市教育委員会', '부산광역시교육청'): one body per city, named by the city.
_BOARD_OF_EDUCATION = re.compile(r"(?: city)? board of education$|(?: metropolitan)? office of education$|(?<=\S)(?:" + "|".join(map(fold, (
    "市教育委員会", "教育委員会", "특별시교육청", "광역시교육청", "시교육청", "교육청"))) + r")$")
_CITY_WORD_AFTER = re.compile(r"(?<=\S)(?:" + "|".join(map(fold, ("特別市", "특별시", "광역시", "市", "시"))) + r")$")
_BOARD_BEFORE = re.compile(r"^(?:board of education of|board of education|school board of) (?=\S)")


def _city_government(folded: str) -> str | None:
    """The key of a big city's own government written in any of these ways, by the city's English name; and of its
    board of education, another body of the city."""
    from companion.ground.normalise.places import english_city_name

    board = _BOARD_OF_EDUCATION.sub("", _BOARD_BEFORE.sub("", folded))
    kind = "city-board-of-education" if board != folded else "city-government"
    bare = _MUNICIPALITY_AFTER.sub("", board) if kind == "city-government" else board
    found = _CITY_GOVERNMENT.match(bare) if kind == "city-government" else None
    city = found["city"] if found else bare if bare != folded else None
    # '横浜市' is Yokohama, written with the word for a city ('市', '시') the board's or office's name leaves on it
    city = english_city_name(city) or english_city_name(_CITY_WORD_AFTER.sub("", city)) \
        if city and len(city.split()) <= 3 else None
    return f"employer:{kind}:{city.replace(' ', '-')}" if city else None


# A Japanese prefecture's government, as Japanese writes it after the prefecture's name ('大阪府庁', '広島県庁', and the
# prefecture's bare name as an employer: '大阪府') and as English does ('Osaka Prefectural Government'): one body per
# prefecture, named by the city it is named after (Tokyo's, '東京都庁', is its metropolitan government, as English
# 'Tokyo Metropolitan Government' reads). A prefecture not named after a big city ('愛知県': Aichi) gets no key.
_PREFECTURE_AFTER = re.compile(r"(?<=\S)(?:" + "|".join(map(fold, ("府庁", "県庁", "府", "県"))) + r")$"
                               r"| prefectural government$| prefectural office$| prefecture government$")
_TOKYO_AFTER = re.compile(r"(?<=\S)(?:" + "|".join(map(fold, ("都庁", "都"))) + r")$")


def _prefecture_government(folded: str) -> str | None:
    """The key of a Japanese prefecture's government written in Japanese or in English, by its city's English name
    (round 37); Tokyo's metropolitan government as the city's government."""
    from companion.ground.normalise.places import english_city_name

    for pattern, kind in ((_PREFECTURE_AFTER, "prefecture-government"), (_TOKYO_AFTER, "city-government")):
        bare = pattern.sub("", folded)
        if bare != folded and len(bare.split()) <= 2:
            city = english_city_name(bare)
            if city and (kind == "prefecture-government" or city == "tokyo"):
                return f"employer:{kind}:{city.replace(' ', '-')}"
    return None


def is_public_body(name: str) -> bool:
    """True for a ministry, a department, a government or a city council: one in every country."""
    return bool(_PUBLIC_BODY.match(without_legal_form(name)))


_GROUP_WORD = re.compile(r" (?:group|holding|holdings|groupe|gruppe|gruppo|grupo|groep)$")


def employers_told_apart(a: str, b: str) -> bool:
    """True when two employers that fold to one name say they are two: each with another word for its kind
    ('Apex Consulting' and 'Apex Partners'), or a public body of two different places ('Ministry of Health,
    Kenya' and 'Ministry of Health, Uganda')."""
    from companion.ground.normalise.places import resolve_place

    fa, fb = without_legal_form(a), without_legal_form(b)
    kinds_a, kinds_b = _kind_words(fa), _kind_words(fb)
    unknown = not (is_known_company(a) or is_known_company(b))
    if unknown:  # and, for a name no table knows, a group against a firm of a kind: 'Pinnacle Group', 'Pinnacle Consulting'
        kinds_a |= {"group"} if _GROUP_WORD.search(fa) else set()
        kinds_b |= {"group"} if _GROUP_WORD.search(fb) else set()
    if kinds_a and kinds_b and not kinds_a & kinds_b:
        return True
    # Legal forms of two countries' laws on a name no table knows: 'Discovery Limited' (Johannesburg) and
    # 'Discovery, Inc.' (New York) are two companies; 'Acme Inc.' and 'Acme Corporation' may be one.
    laws_a, laws_b = _jurisdictions(a), _jurisdictions(b)
    if laws_a and laws_b and not laws_a & laws_b and unknown:
        return True
    # A firm of a kind against a company written with its legal form and no kind ('Leonardo Hotels' and
    # 'Leonardo S.p.A.'): a company's legal name says its trade when it is that kind of firm.
    if unknown and ((kinds_a - {"group"} and not kinds_b and laws_b) or (kinds_b - {"group"} and not kinds_a and laws_a)):
        return True
    if one_acronym_two_organisations(a, b) or branches_in_two_places(a, b) or members_told_apart(a, b):
        return True
    if unknown and (_capitals_told_apart(a, b) or _capitals_told_apart(b, a)):
        return True
    if not (is_public_body(a) and is_public_body(b)) and not (_is_local(fa) and _is_local(fb)):
        return False

    from companion.ground.normalise.places import is_place_name

    def where(name: str) -> set[str]:
        places = set()
        for part in re.split(r"[,(\-–—|]", name)[1:] + [" ".join(fold(name).split()[-2:]), fold(name).split()[-1]]:
            part = part.strip(" )")
            # A big city, a country or a state only: 'Luz' in 'Hospital da Luz' is no place the name says.
            place = resolve_place(part) if part and (is_place_name(part) or "," in name or "(" in name) else None
            if place is not None:
                places.update(key for _, key, _ in place.levels())
        return places

    here, there = where(a), where(b)
    if not (is_public_body(a) and is_public_body(b)):
        # An institution of one town is told apart by its town, within a country too ('Deutsches Herzzentrum
        # Berlin' and '... München'); one metro's two names say one place ('Klinikum Großhadern, München').
        towns = ("place:city:", "place:metro:")
        here_towns, there_towns = ({k for k in keys if k.startswith(towns)} for keys in (here, there))
        if here_towns and there_towns:
            return not here_towns & there_towns
    return bool(here and there and not here & there)


# Legal forms by the law they come from; a form several laws use ('SA', 'AS') is in each.
_FORM_LAWS = {
    "us": ("inc", "incorporated", "llc", "l l c", "corp", "corporation", "lp", "llp", "pllc", "co", "company"),
    "common law": ("ltd", "limited", "plc", "pty", "pty ltd", "pvt", "pvt ltd", "private limited", "llp", "lp",
                   "co", "company", "pte", "pte ltd", "corporation"),
    "german": ("gmbh", "mbh", "ag", "kg", "gmbh and co kg", "e v", "ev", "se"),
    "romance": ("sa", "s a", "sas", "s a s", "sarl", "srl", "s r l", "spa", "s p a", "sl", "s l", "ltda", "limitada",
                "sa de cv", "s a de c v", "sab de cv", "s a b de c v", "sapi de cv", "de cv", "sac", "s a c", "se"),
    "dutch": ("bv", "b v", "nv", "n v"),
    "nordic": ("ab", "ab publ", "publ", "as", "a s", "asa", "aps", "oy", "oyj"),
    "asian": ("kk", "k k", "bhd", "sdn bhd", "tbk", "persero", "pte", "pte ltd", "ltd", "limited", "co ltd"),
}


# A name that serves or governs a place: campuses of one system ('AIIMS New Delhi' and 'AIIMS Jodhpur', 'University of
# California, Berkeley' and '..., San Diego'), hospitals of one group ('Apollo Hospitals Chennai' and '... Hyderabad').
_CAMPUS_KIND = re.compile(r"\b(?:hospitals?|universit\w*|institutes?|institute of medical sciences|college|school|"
                          r"campus|medical|clinics?|health|care|services)\b")


def _head_and_place(name: str) -> tuple[str, object] | None:
    """The name and the place written after it ('Anglicare Sydney': 'anglicare' and Sydney; 'Apollo Hospitals,
    Chennai'), or None when the name ends in no place or is only a place."""
    from companion.ground.normalise.places import resolve_place

    folded = without_legal_form(name)
    if "," in name or "(" in name:
        head, _, tail = re.split(r"[,(]", fold(name), maxsplit=1)[0], None, re.split(r"[,(]", fold(name))[-1]
        tail = tail.strip(" )")
        if tail and head.strip() and place_after_name(tail):
            return head.strip(), resolve_place(tail)
    words = folded.split()
    for size in (3, 2, 1):
        if len(words) > size:
            tail = " ".join(words[-size:])
            if place_after_name(tail):
                place = resolve_place(tail)
                if place is not None:
                    return " ".join(words[:-size]), place
    return None


def branches_in_two_places(a: str, b: str) -> bool:
    """True when two wordings of one name write two places after it, neither within the other: two campuses,
    hospitals or regional bodies of one name ('Anglicare Sydney' and 'Anglicare Victoria'). A company the table
    knows keeps its offices as one employer ('Google London' and 'Google Zurich') unless it is a campus kind; a place
    within the other ('Mission Australia' and 'Mission Australia Sydney') or one metro's two names tell nothing."""
    found_a, found_b = _head_and_place(a), _head_and_place(b)
    if not (found_a and found_b and found_a[1] is not None and found_b[1] is not None):
        return False
    if (is_known_company(found_a[0]) or is_known_company(found_b[0])) and not (
            _CAMPUS_KIND.search(found_a[0]) or _CAMPUS_KIND.search(found_b[0])):
        return False
    levels_a, levels_b = list(found_a[1].levels()), list(found_b[1].levels())
    if levels_a[0][0] == "country" or levels_b[0][0] == "country":
        return False  # a company's arms in two countries are the tables' and the bank rule's ('Sacyr Chile')
    keys_a, keys_b = {k for _, k, _ in levels_a}, {k for _, k, _ in levels_b}
    if levels_a[0][1] in keys_b or levels_b[0][1] in keys_a:
        return False
    towns = ("place:city:", "place:metro:")
    return not {k for k in keys_a & keys_b if k.startswith(towns)}


# Words of an organisation's own name: a part of a joined name with one of these, or an acronym, is an organisation.
_ORGANISATION_WORDS = re.compile(r"\b(?:institute|institut|instituto|university|universit\w+|council|school|college|"
                                 r"trust|foundation|fondation|fundacion|ministry|hospital|agency|centre|center|"
                                 r"society|association|programme|program|organisation|organization)\b")
# No spaces around the joiner: each part is stripped, and a leading '\s*' was retried from every space (quadratic).
_JOINED = re.compile(r"/|&|\+|\band\b|\bet\b|\by\b|\bund\b|(?<=[A-Z])-(?=[A-Z])")


def joined_organisations(name: str) -> list[str]:
    """The organisations a joint unit's name joins ('MRC/UVRI & LSHTM Uganda Research Unit': MRC, UVRI and
    LSHTM...; 'KEMRI-Wellcome Trust Research Programme'), or [] for one organisation's name. A firm of partners'
    surnames ('Ernst & Young', 'Arendt & Medernach') joins people, not organisations: each part must be an acronym or
    say it is an organisation."""
    parts = [part.strip() for part in _JOINED.split(name or "") if part and part.strip()]
    if len(parts) < 2:
        return []
    def organisation(part: str) -> bool:  # an acronym of three letters or more: 'AP-HP' is one body's initials
        first = part.split()[0]
        return (len(first) >= 3 and first.isupper() and first.isalpha()) or bool(_ORGANISATION_WORDS.search(fold(part)))
    return parts if sum(map(organisation, parts)) >= 2 else []


def one_acronym_two_organisations(a: str, b: str) -> bool:
    """True when one name writes out the acronym it goes by and the other is another organisation of those letters
    ('ITC (International Trade Centre)' and 'ITC Limited', or 'Indian Tobacco Company (ITC)')."""
    return _one_acronym_two_names(a, b) or _one_acronym_two_names(b, a)


def _one_acronym_two_names(spelled: str, other: str) -> bool:
    """True when `spelled` writes out the acronym it goes by ('ITC (International Trade Centre)') and `other` is
    another organisation of those letters: the letters with a legal form, a company's own registered name ('ITC
    Limited'), or another name written out ('Indian Tobacco Company (ITC)'). Not the one company a table knows by
    both ('IBM (International Business Machines)' and 'IBM Corp.')."""
    from companion.ground.normalise.acronyms import expansion, one_acronym_two_names

    found = expansion(spelled)
    if found is None:
        return False
    acronym, written_out = found
    if is_known_company(written_out) and normalise_company(written_out) == normalise_company(_ORG_PAREN.sub("", other)):
        return False
    if expansion(other) is not None:
        return one_acronym_two_names(spelled, other)
    return bool(_jurisdictions(other)) and without_legal_form(other).replace(" ", "") == acronym


# A bracket that gives a company's former or later name, not what it is ('SOGETI (formerly Transiciel)').
_NAME_CHANGE = re.compile(r"^\s*(?:formerly|previously|ex|now|antes|anteriormente|ehemals|anciennement|ancien)\b",
                          re.IGNORECASE)


def _capitals_told_apart(capitals: str, word: str) -> bool:
    """True when one writes a name in capitals and says in brackets what it is, and the other writes it as a word:
    'SWIFT (mensageria bancária)', the banks' network, and 'Swift'. Written so, the capitals are an acronym of
    something else than the word. Not a bracket that says where ('EVERIS (Brasil)') or a former name."""
    from companion.ground.normalise.places import place_level

    outside = _ORG_PAREN.sub("", capitals).strip()
    if outside == capitals.strip() or not outside.isupper() or sum(c.isalpha() for c in outside) < 3:
        return False
    if word.strip().isupper() or fold(word) != fold(outside):
        return False
    inside = " ".join(re.findall(r"\(([^)]*)\)", capitals))
    return place_level(inside) is None and not _NAME_CHANGE.match(inside)


def _jurisdictions(name: str) -> set[str]:
    """The laws the legal form a name ends with comes from ('Discovery Limited' -> common law and Asian)."""
    folded = _joined_initials(fold(name))
    laws: set[str] = set()
    for law, forms in _FORM_LAWS.items():
        if any(folded.endswith(" " + form) for form in forms):
            laws.add(law)
    return laws


def owner_then_brand(short: str, long: str) -> bool:
    """True when `long` is a company the tables know, then `short` as its own one-word name: a company it bought,
    written under its owner's name ('Intuit Mailchimp' and 'Mailchimp'). Not a word of trade, part or common use
    after the owner's name ('Apple Bank', 'Amazon Fresh', 'Google Cloud')."""
    from companion.ground.normalise.skills import is_common_word

    brand, words = without_legal_form(short), without_legal_form(long).split()
    if len(brand.split()) != 1 or len(brand) < 6 or len(words) < 2 or words[-1] != brand:
        return False
    owner = " ".join(words[:-1])
    entry = _table().by_name.get(owner)
    return (entry is not None and not entry.get("generic") and brand not in _table().by_name
            and brand not in _GENERIC_WORDS | _TRADES | _DIVISIONS | set(_PARTS) | _REGION_WORDS
            and not is_common_word(brand))


def carries_brand(child_label: str, parent_label: str | None) -> bool:
    """True when a part of a company is named with its parent's own name ('Google Cloud', 'Amazon Web Services',
    'Airbus Defence and Space'): a division of one employer. Not a separately-branded one ('Instagram',
    'YouTube', 'Nespresso'), which is a workplace of its own."""
    if not parent_label:
        return False
    child, parent = fold(child_label).split(), fold(parent_label).split()
    if not (child and parent) or child[0] != parent[0] or len(child[0]) < 2 or child == parent:
        return False
    # The parent's own name is all its words but a word for its form ('Mercedes-Benz Group', 'Reliance Industries'):
    # a child with only the first of several ('Mercado Pago' of Mercado Libre) shares a word, not the brand.
    while len(parent) > 1 and parent[-1] in _PARENT_FORM_WORDS:
        parent = parent[:-1]
    return child[:len(parent)] == parent



# Words that make another company of a name they follow ('Citadel Securities', 'Dangote Cement'), so a name
# with them is no partnership of surnames.
_TRADES = {"securities", "capital", "platinum", "energy", "power", "motors", "motor", "oil", "gas", "chemicals",
           "chemical", "bank", "insurance", "telecom", "pharma", "pharmaceuticals", "foods", "food", "airlines",
           "airways", "cement", "steel", "sugar", "refinery", "mining", "metals", "textiles", "media", "tv", "studios",
           "films", "records", "music", "sports", "logistics", "shipping", "realty", "properties", "investments",
           "asset", "management", "advisors", "advisory", "ventures", "partners", "healthineers", "transportation"}


# Words after a name that say what sort of company it is registered as, not another business.
_FILLER = {"communications", "telecommunications", "holdings", "holding", "group", "company", "enterprises",
           "corporation", "international", "worldwide", "global",
           "society"}  # a registered charity's form: 'Greater Vancouver Food Bank Society'
# Words after a parent's name for its form, not its brand (carries_brand).
_PARENT_FORM_WORDS = _FILLER | {"industries", "sons", "ag", "se", "sa", "inc", "plc", "ltd", "limited", "llc"}
# Words of a company's own name that are also the names of towns (Enterprise, Alabama; Commerce and Industry,
# California): after a name they make another company ('Carrier Enterprise'), not a branch in that town.
_COMPANY_WORDS = _FILLER | _TRADES | _DIVISIONS | set(_PARTS) | {
    "enterprise", "industry", "industries", "commerce", "trading", "supply", "distribution", "distributors",
    "products", "manufacturing", "equipment", "systems", "system", "networks", "resources", "brands", "finance", "financial",
    "credit", "leasing", "trust", "life", "general", "liberty", "progress", "union", "alliance", "ventures"}



_GENERIC_NAME_WORDS = {"nacional", "national", "central", "federal", "popular", "general", "universal", "comercial",
                       "commercial", "industrial", "agricola", "de", "del", "of", "the", "da", "do", "clinic", "clinico",
                       "universitario", "municipal", "regional", "provincial"}


def same_name_translated(a: str, b: str, home: set[str] = frozenset()) -> bool:
    """True when two employers the table does not know are one name in two languages: a name of its own and the
    same words for what it is, translated ('Champalimaud Foundation' and 'Fundação Champalimaud', 'Orchestra Baobab'
    and 'Orchestre Baobab'). Not names made only of common words ('Ministerio de Salud' of one country and
    'Ministry of Health' of another), nor two the table knows apart; but a body that names `home`, the country both
    live in, is that country's ('Ministerstwo Finansów' and 'Ministry of Finance of the Republic of Poland')."""
    from companion.ground.normalise.skills import is_common_word, skill_words

    if (is_known_company(a) and is_known_company(b)) or fold(a) == fold(b):
        return False

    def translated(x: str, y: str) -> frozenset[str] | None:
        words = skill_words(x)
        if len(words) < 2 or words != skill_words(y) or set(x.split()) == set(y.split()):
            return None  # the same words in another order are another name, not a translation: 'Arts Electronic'
        return words

    # A nickname in brackets is no word of the name ('French Ministry for the Economy and Finance (Bercy)'), nor an
    # elided article ("Ministère de l'Économie").
    # and a legal form written first ('Công ty TNHH Phần mềm FPT')
    a_plain, b_plain = (_FRONT_LEGAL_FORMS.sub("", without_legal_form(_ELIDED.sub(" ", _IN_BRACKETS.sub(" ", name))))
                        for name in (a, b))
    words = translated(a_plain, b_plain)
    if words and (any(len(word) >= 4 and word.isalpha() and not is_common_word(word) for word in words)
                  or _capitals_both_write(a, b, words)):
        # A name that only says what it does, once its kind is translated, is one every country may have:
        # 'Instituto Pro Bono' (São Paulo) and the 'Pro Bono Institute' (Washington) are two.
        return not (_only_describes(a_plain) or _only_describes(b_plain))
    (a_rest, a_home), (b_rest, b_home) = _without_home(a_plain, home), _without_home(b_plain, home)
    return bool((a_home or b_home) and translated(a_rest, b_rest))


def same_words_translated(a: str, b: str) -> bool:
    """True when two names, without their brackets and legal forms, are two words or more that translate to the same
    ones ('Centre national de la recherche scientifique' and 'National Centre for Scientific Research'), whatever
    those words are: for names that something else says are one organisation's (the acronym both give)."""
    from companion.ground.normalise.skills import skill_words

    words = [skill_words(_FRONT_LEGAL_FORMS.sub("", without_legal_form(_ELIDED.sub(" ", _IN_BRACKETS.sub(" ", name)))))
             for name in (a, b)]
    return len(words[0]) >= 2 and words[0] == words[1]


def _capitals_both_write(a: str, b: str, words: frozenset[str]) -> bool:
    """True when both names write one of their words as a name, in capitals or with a capital first, three letters or
    more and no common word: the name of its own that the rest, translated, goes with ('Công ty TNHH Phần mềm FPT'
    and 'FPT Software'; 'Hospital Universitario La Paz' and 'La Paz University Hospital')."""
    from companion.ground.normalise.skills import is_common_word

    def capitalised(name: str) -> set[str]:
        return {fold(w) for w in re.findall(r"\b[A-Z][\w'’]{2,}", name)
                if fold(w) not in _LITTLE_WORDS and not is_common_word(fold(w))}
    return bool(capitalised(a) & capitalised(b) & words)


def national_body_translated(a: str, b: str) -> bool:
    """True when two names of a body each name one country, the same, and say the rest in words that translate to
    each other: 'Banco de España' and 'Bank of Spain', 'Ministerio de Salud de Chile' and 'Chile's Ministry of Health'.
    Wherever its staff now live, such a name says whose it is. Not another body of that country ('Banco de México' and
    'Banco Nacional de México')."""
    from companion.ground.normalise.skills import skill_words

    if fold(a) == fold(b):
        return False
    found = []
    for name in (a, b):
        countries, rest = _country_and_rest(name)
        if len(countries) != 1 or not rest:
            return False
        found.append((countries, skill_words(" ".join(rest))))
    return found[0][0] == found[1][0] and bool(found[0][1]) and found[0][1] == found[1][1]


@lru_cache(maxsize=8_192)
def _country_and_rest(name: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The countries an organisation's name names, and its other words (folded, without brackets and legal form)."""
    countries, rest = _countries_named(without_legal_form(_ELIDED.sub(" ", _IN_BRACKETS.sub(" ", name))))
    return frozenset(countries), tuple(rest)


def _countries_named(folded: str) -> tuple[set[str], list[str]]:
    """The countries a folded name names (by name, in any language the tables know, or first as a possessive:
    'mexicos ministry'), and its other words."""
    from companion.ground.normalise.places import country_code

    words, countries, rest, at = folded.split(), set(), [], 0
    while at < len(words):
        for size in (3, 2, 1):
            chunk = " ".join(words[at:at + size])
            possessive = at == 0 and chunk.endswith("s") and len(chunk) > 4
            code = (country_code(chunk) or (country_code(chunk[:-1]) if possessive else None)
                    or _DEMONYMS.get(chunk)) if at + size <= len(words) else None
            if code:
                countries.add(code)
                at += size
                break
        else:
            if words[at] not in _LITTLE_WORDS:
                rest.append(words[at])
            at += 1
    rest = _REPUBLIC.sub(" ", " ".join(rest)).split()
    return countries, rest


def _only_describes(folded: str) -> bool:
    """True when a folded name, without its words for a kind of organisation (institute, foundation), is a cause,
    hobby or skill the lexicons know ('instituto pro bono': pro bono), not a name of its own ('Champalimaud')."""
    from companion.ground.normalise.interests import normalise_interest
    from companion.ground.normalise.places import is_place_name
    from companion.ground.normalise.skills import is_common_word, is_listed, skill_words

    named = [word for word in folded.split() if not (skill_words(word) and all(map(is_common_word, skill_words(word))))]
    rest = " ".join(word for word in named if word not in _LITTLE_WORDS)
    if not rest or rest == folded or is_place_name(" ".join(named).strip()):
        return False  # 'Hospital Universitario La Paz': named after a place, not a cause ('paz')
    interest = normalise_interest(rest, "cause")
    return bool(interest and interest.known) or is_listed(rest)


# 'of the Republic of Poland', 'Republik Indonesia', 'de la República de Chile': the state a public body is of
_REPUBLIC = re.compile(r"\b(?:of the |de la |da |of )?(?:republic|republik|republica|republique|republiek|rzeczpospolitej"
                       r"|rzeczpospolita|cumhuriyeti)(?: of| de| di| da)?\b")


_IN_BRACKETS = re.compile(r"\([^)]*\)")
_ELIDED = re.compile(r"\b(?:[dl]|qu|dell|all|nell)['’](?=\w)", re.IGNORECASE)
# The adjective English writes a country's public bodies with ('the French Ministry of ...'), by country.
_DEMONYMS = {"french": "FR", "german": "DE", "spanish": "ES", "italian": "IT", "portuguese": "PT", "dutch": "NL",
             "polish": "PL", "swedish": "SE", "danish": "DK", "norwegian": "NO", "finnish": "FI", "greek": "GR",
             "turkish": "TR", "japanese": "JP", "chinese": "CN", "korean": "KR", "thai": "TH", "hungarian": "HU",
             "czech": "CZ", "american": "US", "british": "GB", "canadian": "CA", "australian": "AU", "indian": "IN",
             "mexican": "MX", "brazilian": "BR", "argentine": "AR", "argentinian": "AR", "chilean": "CL",
             "colombian": "CO", "peruvian": "PE", "irish": "IE", "swiss": "CH", "austrian": "AT", "belgian": "BE",
             "nigerian": "NG", "kenyan": "KE", "south african": "ZA", "egyptian": "EG", "israeli": "IL",
             "philippine": "PH", "indonesian": "ID", "malaysian": "MY", "singaporean": "SG", "vietnamese": "VN",
             "pakistani": "PK", "romanian": "RO", "ukrainian": "UA", "moroccan": "MA", "senegalese": "SN"}


def _without_home(folded: str, home: set[str]) -> tuple[str, bool]:
    """A folded name without the country in `home` it names at its end (and 'Republic of'), or by its adjective at
    its start ('French Ministry for the Economy and Finance'), and whether it named it."""
    from companion.ground.normalise.places import country_code

    words = folded.split()
    for size in (2, 1):
        if len(words) > size + 1 and _DEMONYMS.get(" ".join(words[:size])) in home:
            return " ".join(words[size:]), True
        # and its name as a possessive ("Mexico's Ministry of Finance", folded 'mexicos ministry')
        first = " ".join(words[:size])
        if len(words) > size + 1 and first.endswith("s") and country_code(first[:-1]) in home:
            return " ".join(words[size:]), True
    for size in (3, 2, 1):
        if len(words) > size and country_code(" ".join(words[-size:])) in home:
            rest = " ".join(words[:-size])
            rest = _REPUBLIC.sub(" ", rest).split()
            while rest and rest[-1] in _LITTLE_WORDS:
                rest.pop()
            return " ".join(rest), bool(rest)
    return folded, False


# The words that say what an organisation is for, after its name ('for', and Italian, Spanish, French, German).
_PURPOSE = (" for ", " per ", " para ", " pour ", " fur ")


def one_employer_wording(short: str, long: str, titles: str = "", towns: set[str] = frozenset()) -> str | None:
    """Why two wordings no table knows name one employer, or None: the name, then where the branch is ('Hospital
    Clínic' and 'Hospital Clínic de Barcelona', 'Hospital da Luz' and 'Hospital da Luz Lisboa'), or the first
    names of a partnership ('Arendt' and 'Arendt & Medernach', 'Mattos Filho' and 'Mattos Filho, Veiga Filho,
    Marrey Jr e Quiroga Advogados'). Never a name with a trade after it ('Citadel' and 'Citadel Securities').
    `titles` are the two people's job titles there: a lawyer's firm is a partnership of surnames. `towns` are the
    keys of the cities and metros both people live in: a name every city has, written with one of them, is that
    city's."""
    from companion.ground.normalise.places import is_place_name, place_level

    if is_known_company(short) or is_known_company(long):
        return None  # the tables say what a known company's arms are ('Yahoo Japan' is not Yahoo's)
    a, b = without_legal_form(short), without_legal_form(long)
    if set(a.split()) <= _GENERIC_HEADS | _GENERIC_NAME_WORDS:
        # 'Banco Nacional' and 'Banco Nacional de Costa Rica': a name every country has; but for two people who live
        # in the place it is written with, that place's ('Hospital Clínic' and 'Hospital Clínic de Barcelona', both
        # in Barcelona)
        where = _place_after(a, b)
        return f"{short.strip()} in {where.title()}" if where and _towns_of(where) & towns else None
    for kind in _KIND_AFTER:
        b = b.removesuffix(" " + kind)
        a = a.removesuffix(" " + kind)
    care_a, care_b = _without_care_kind(a), _without_care_kind(b)
    if (care_a, care_b) != (a, b) and care_a == care_b and _own_care_name(care_a) and _says_hospital(a, b):
        return f"{short.strip()} is {long.strip()}"  # 'Tata Memorial Hospital' and 'Tata Memorial Centre'
    a, b = _bare_group(a), _bare_group(b)
    if not a or not _telling(a) or a in _group_brands() or a in _GENERIC_HEADS:
        return None
    if b.endswith(" " + a) and is_place_name(b[:-len(a) - 1]):  # 'Tbilisi Marriott Hotel' and 'Marriott International'
        return f"{long.strip()} is {short.strip()} in {b[:-len(a) - 1].title()}"
    for purpose in _PURPOSE:  # 'The George Institute for Global Health', 'Fondazione AIRC per la ricerca sul cancro'
        if purpose in f" {b} " and b.split(purpose)[0] == a:
            return f"{short.strip()} is {long.strip()}"
    # 'Hotel Cipriani, A Belmond Hotel, Venice': one hotel of the brand, as the brand's hotels write themselves
    if any((chain := _CHAIN_PROPERTY.match(fold(part))) and chain[1] == a for part in long.split(",")[1:]):
        return f"{long.strip()} is a hotel of {short.strip()}"
    if not b.startswith(a + " "):
        return None
    rest = b[len(a) + 1:].split()
    skipped = []
    while rest and rest[0] in _LITTLE_WORDS:
        skipped.append(rest.pop(0))
    if not rest or set(rest) & _TRADES:
        return None
    if "of" in skipped and is_place_name(" ".join(rest)):
        return None  # 'The Times of India' is a paper of its own, not The Times in India; an arm is 'Oracle India'
    if set(rest) <= _FILLER and (len(a.split()) >= 2 or short.strip().isupper()):
        return f"{short.strip()} is {long.strip()}"  # 'MTN Nigeria', 'MTN Nigeria Communications PLC'; not 'Apex'
    tail = " ".join(rest)
    if tail not in _FILLER and place_after_name(tail, regions=True):
        return f"{short.strip()} in {tail.title()}"
    if "," in long and fold(long.rpartition(",")[2]) == tail and tail not in _COMPANY_WORDS and place_level(tail) == "city":
        return f"{short.strip()} in {tail.title()}"  # 'Fat Duck, Bray': a town after a comma is where, however small
    # A partnership: more names joined by '&', 'and', 'y', 'e' or commas, each capitalised as a surname, or two
    # more surnames in a firm written as a partnership ('Freshfields Bruckhaus Deringer LLP'). Two more capitalised
    # words alone may be words of another company's name: 'Hilton Grand Vacations' is no partner of Hilton's.
    after = long[len(short.strip()):]
    capitalised = {fold(w) for w in re.findall(r"[^\W\d_][\w'’-]*", after) if w[0].isupper()}
    if len(a) >= 5 and (re.search(r"\s(?:&|and|y|e|und|et)\s|,", after)
                        or (len(rest) >= 2 and set(rest) <= capitalised and _PARTNERSHIP.search(f"{fold(long)} {fold(titles)}")
                            and not set(rest) & (_DIVISIONS | set(_PARTS) | set(_KIND_WORDS)))):
        return f"{short.strip()} is {long.strip()}"
    return None


def _place_after(a: str, b: str) -> str | None:
    """The place `b` (folded) writes after the whole of `a`, past little words ('hospital clinic de barcelona'
    after 'hospital clinic': 'barcelona'), when that is all it adds; else None."""
    from companion.ground.normalise.places import is_place_name

    if not b.startswith(a + " "):
        return None
    rest = b[len(a) + 1:].split()
    while rest and rest[0] in _LITTLE_WORDS:
        rest.pop(0)
    place = " ".join(rest)
    return place if place and is_place_name(place) else None


def _towns_of(place: str) -> set[str]:
    """The keys of the city and metro a written place is."""
    from companion.ground.normalise.places import resolve_place

    found = resolve_place(place)
    return {key for level, key, _ in found.levels() if level in ("city", "metro")} if found else set()


# The words after a hospital's own name for what it is, which one person writes and another does not, or writes
# otherwise: 'NewYork-Presbyterian' and 'NewYork-Presbyterian Hospital', 'Tata Memorial Hospital' and '... Centre'.
_HOSPITAL_KINDS = ("medical center", "medical centre", "hospital", "hospitals", "clinic")
# A centre is a hospital's only as a cancer or health centre: 'Martin Luther King Center' is no hospital's ('Tata
# Memorial Centre', whose hospital is Tata Memorial Hospital, is a row of companies.json).
_CARE_KINDS = (*_HOSPITAL_KINDS, "cancer centre", "cancer center", "health centre", "health center")
# Words many hospitals' names are made of ('St Mary's', 'Mount Sinai', 'Children's', 'General', 'Memorial'): a name
# of only these, or beginning with a saint or a mount, is many hospitals', in many cities.
_CARE_NAME_WORDS = frozenset(
    "st saint san santa sao mount our lady holy sacred heart general memorial community regional university children"
    " childrens s women womens county city district royal national central baptist methodist presbyterian lutheran"
    " adventist mercy good samaritan cross jewish catholic christian mission medical cancer eye state veterans public"
    " new north south east west valley care health specialist specialty teaching provincial municipal".split())
_MANY_HOSPITALS_LEAD = frozenset("st saint san santa sao mount our holy sacred".split())


def _says_hospital(*folded: str) -> bool:
    """True when one of the names says it is a hospital: a 'Centre' alone is any kind of centre ('Kennedy Space
    Center' is no hospital of a 'Kennedy Space')."""
    return any(name.endswith(" " + kind) for name in folded for kind in _HOSPITAL_KINDS)


def _without_care_kind(folded: str) -> str:
    for kind in _CARE_KINDS:
        rest = folded.removesuffix(" " + kind)
        if rest != folded and len(rest.split()) >= 2:
            return rest
    return folded


def _own_care_name(folded: str) -> bool:
    """True for a hospital's name of two words or more that is its own: a word of four letters or more no other
    hospital's name is made of and no place's, and no saint or mount first ('Tata Memorial', 'NewYork Presbyterian';
    not 'St Mary's', 'Mount Sinai', 'Royal Free' of one city and another's)."""
    from companion.ground.normalise.places import is_place_name

    words = folded.split()
    return len(words) >= 2 and words[0] not in _MANY_HOSPITALS_LEAD and any(
        len(word) >= 4 and word not in _CARE_NAME_WORDS and not is_place_name(word) for word in words)


# How a partnership of surnames writes itself: a partnership's legal form, or the word for a firm of lawyers.
_PARTNERSHIP = re.compile(r"\b(?:llp|l l p|lp|partnerschaft|partg|partners?|abogad[oa]s?|advogad[oa]s?|avocat|avocats|"
                          r"avocate|rechtsanwalt|rechtsanwalte|rechtsanwaltin|attorneys?|solicitors?|lawyers?|"
                          r"law firm|notaires|counsel|barristers?|associate|asociad[oa]|associad[oa]|associee?|avvocato|avvocati|"
                          r"advocaat|advocate|legal|juridico|juridica)\b")


def _bare_group(folded: str) -> str:
    """A name without the word for a group or its international arm ('marriott international' -> 'marriott')."""
    for form in sorted(_GROUP_FORMS, key=len, reverse=True):
        if folded.endswith(" " + form) and len(folded) > len(form) + 3:
            return folded[:-len(form) - 1]
    return folded



# Names in another script: 'أرامكو السعودية' and 'Saudi Aramco', 'रिलायंस रिटेल' and 'Reliance Retail', 'Κωτσόβολος'
# and 'Kotsovolos'. anyascii (ISC, pure Python, kept up with each Unicode release) writes the name in Latin letters;
# the two are compared by sound, word by word. Arabic and Hebrew write no short vowels, so they are compared by
# their consonants, the letters for long vowels (alif, waw, ya; vav, yod) read as vowels; Indian scripts write
# vowels Latin spellings do not agree on ('Reliance', 'रिलायंस': rilayans), so they are compared so too.
_ABJADS = frozenset({"ARABIC", "HEBREW"})
_ABUGIDAS = frozenset({"DEVANAGARI", "BENGALI", "GURMUKHI", "GUJARATI", "ORIYA", "TAMIL", "TELUGU", "KANNADA",
                       "MALAYALAM", "SINHALA"})
_ALPHABETS = frozenset({"CYRILLIC", "GREEK", "ARMENIAN", "GEORGIAN"})
# Japanese kana write a vowel after every consonant but n ('メルカリ': merukari, Mercari; 'ラクスル': rakusuru, Raksul),
# which Latin spellings do not: compared with their vowels, less the u that only parts two consonants or ends a word
# (on both sides: Raksul's own), a long vowel as one, l read as r (kana have no l). 'Marker' is not メルカリ.
_KANA = frozenset({"KATAKANA", "HIRAGANA"})
_KANA_FORM = re.compile(r"^\s*(?:株式会社|有限会社|合同会社)\s*|\s*(?:株式会社|有限会社|合同会社)\s*$")
# Words for what a company is, in the scripts compared, as the English word the company-form rules drop ('company',
# 'group', 'holding') or keep to be matched ('bank'); Arabic's without their article.
_SCRIPT_KIND_WORDS = {
    "شركه": "company", "شركة": "company", "مجموعه": "group", "مجموعة": "group", "قابضه": "holding",
    "قابضة": "holding", "بنك": "bank", "مصرف": "bank", "محدوده": "limited", "محدودة": "limited",
    "חברת": "company", "חברה": "company", "קבוצת": "group", "בנק": "bank", "בעמ": "ltd",
    "יחידה": "unit", "יחידת": "unit", "وحدة": "unit", "وحده": "unit",  # a military or research unit by its number
    "компания": "company", "группа": "group", "холдинг": "holding", "банк": "bank", "ооо": "ooo", "оао": "ojsc",
    "пао": "pjsc", "зао": "cjsc", "ао": "ao", "тов": "tov",
    "όμιλος": "group", "ομιλος": "group", "τράπεζα": "bank", "τραπεζα": "bank", "εταιρεία": "company",
    "εταιρεια": "company", "αε": "sa",
    "कंपनी": "company", "कम्पनी": "company", "समूह": "group", "बैंक": "bank", "लिमिटेड": "limited",
    "प्राइवेट": "private",
}
# English letters by their names, as anyascii writes the scripts' spelling of them ('बी बी सी', 'بي بي سي',
# 'Би-би-си': BBC); in Arabic and Hebrew y is the long i, and ' the seat of a first vowel ('إس': S).
_LETTER_NAMES = {
    "bi": "b", "si": "c", "di": "d", "ef": "f", "ji": "g", "jee": "g", "dzhi": "g", "ech": "h", "eych": "h",
    "ai": "i", "aay": "i", "je": "j", "dzhei": "j", "ke": "k", "kei": "k", "el": "l", "em": "m",
    "en": "n", "pi": "p", "kiu": "q", "ar": "r", "aar": "r", "es": "s", "ti": "t", "iu": "u", "yu": "u",
    "vi": "v", "eks": "x", "zed": "z", "zet": "z",
    "by": "b", "sy": "c", "dy": "d", "'f": "f", "'yf": "f", "jy": "g", "ky": "k", "'l": "l", "'yl": "l",
    "'m": "m", "'ym": "m", "'n": "n", "'yn": "n", "'r": "r", "'s": "s", "'ys": "s", "ty": "t", "'ks": "x",
    "'yks": "x",
}
_SCRIPT_KIND_ENGLISH = frozenset(_SCRIPT_KIND_WORDS.values())
# Hebrew's vav is a vowel's letter in most names ('מיקרוסופט'), its bet b or v: read as the Latin letters matched.
_HEBREW_LETTERS = str.maketrans({"\u05d5": "u", "\u05d1": "b"})
_ARABIC_ARTICLE = re.compile(r"^(?:وال|بال|لل|ال)(?=\w{3})")
_SCRIPT_NAME_MIN = 3  # sounds of a name's own words (one more for a script that writes its vowels)
# Words neither side needs to account for: a company's form, 'the', 'of', Arabic's article written apart ('Al Rajhi').
_SCRIPT_DROPPED = frozenset("company group holding holdings limited ltd private pvt co inc llc plc sa ooo ojsc pjsc "
                            "cjsc ao tov corporation corp the of and al el".split())


@lru_cache(maxsize=8_192)
def _script_of(name: str) -> str | None:
    """The one script a name's letters are written in ('LATIN', 'ARABIC', 'CYRILLIC'), or None for two or none."""
    import unicodedata

    # kana's long-vowel mark ('ー') belongs to both kana and says no sound of its own
    scripts = {unicodedata.name(ch, "?").split(" ")[0] for ch in name if ch.isalpha()} - {"KATAKANA-HIRAGANA"}
    return next(iter(scripts)) if len(scripts) == 1 else None


def _split_words(name: str, script: str) -> list[str]:
    """A name's words, lower case, split at punctuation; vowel signs kept (an Indian script's vowels), Arabic's and
    Hebrew's optional vowel points dropped."""
    import unicodedata

    out = []
    for ch in name.lower():
        category = unicodedata.category(ch)
        if category[0] in "PSZC":
            out.append(" ")
        elif not (category == "Mn" and script in _ABJADS):
            out.append(ch)
    return "".join(out).split()


def _sound_key(word: str, script: str) -> str:
    """A word in Latin letters as the sounds the script compared with writes: 'microsoft' for Hebrew, 'mkrsft'."""
    w = word.lower().replace("'", "").replace("`", "")
    if script in _ABJADS:
        w = w.replace("w", "")  # waw, vav: the long u and o
    for old, new in (("ph", "f"), ("ck", "k"), ("x", "ks"), ("q", "k"), ("kh", "k"), ("sh", "s"), ("ch", "s"),
                     ("th", "t"), ("dh", "d"), ("gh", "g"), ("tz", "s"), ("ts", "s"), ("z", "s"), ("w", "v")):
        w = w.replace(old, new)
    w = re.sub(r"c(?=[eiy])", "s", w).replace("c", "k")
    if script in _KANA:
        w = re.sub(r"([aeiou])\1+", r"\1", w.replace("l", "r").replace("v", "b").replace("y", "i"))
        return re.sub(r"(?<=[bcdfghjkmnprstz])u(?=[bcdfghjkmnprstz]|$)", "", w)
    if script == "HEBREW":
        w = w.replace("p", "f").replace("v", "b")  # פ is p and f, ב b and v
    elif script == "ARABIC":
        w = w.replace("p", "b").replace("v", "f").replace("g", "j")  # Arabic has no p, v nor (mostly) hard g
    if script in _ALPHABETS:
        w = w.replace("y", "i")
    else:
        w = re.sub(r"(?<=[bdgkpt])h", "", w)  # the aspirates of Indian scripts ('bh', 'dh'), which Latin drops
        w = re.sub("[aeiouy]", "", w)
    return re.sub(r"(.)\1+", r"\1", w)


def _vowel_slots(word: str, script: str, latin: bool) -> str:
    """A word's consonants as _sound_key reads them, with 'V' where a vowel is written: in Arabic and Hebrew only the
    long vowels' letters (ya, waw; yod, vav) are written, so 'كريم' (krym) is 'krVm'; a Latin name writes every vowel,
    'Careem' 'kVrVm' and 'Karma' 'kVrmV'. A long vowel the script writes must be heard in the Latin name too."""
    w = word.lower().replace("'", "").replace("`", "")
    for old, new in (("ph", "f"), ("ck", "k"), ("x", "ks"), ("q", "k"), ("kh", "k"), ("sh", "s"), ("ch", "s"),
                     ("th", "t"), ("dh", "d"), ("gh", "g"), ("tz", "s"), ("ts", "s"), ("z", "s")):
        w = w.replace(old, new)
    w = re.sub(r"c(?=[eiy])", "s", w).replace("c", "k")
    w = re.sub(r"[aeiouyw]+", "V", w) if latin else re.sub(r"[yw]+", "V", w)
    if script == "HEBREW":
        w = w.replace("p", "f").replace("v", "b")
    elif script == "ARABIC":
        w = w.replace("p", "b").replace("v", "f").replace("g", "j")
    w = re.sub(r"[aeiou]", "", w)  # the vowels anyascii writes for no letter of the script (a hamza's seat)
    return re.sub(r"(.)\1+", r"\1", w)


def _long_vowels_heard(script_key: str, latin_key: str) -> int | None:
    """How many long vowels the script writes that the Latin name also has between the same consonants; None when
    one is missing there ('krVm' and 'kVrmV': Karma has no vowel between r and m, so كريم is not Karma)."""
    if script_key.replace("V", "") != latin_key.replace("V", ""):
        return 0  # the consonants were matched some other way (a letter read two ways): nothing to check
    gaps_script, gaps_latin = re.split(r"[^V]", script_key), re.split(r"[^V]", latin_key)
    if any(mine and not theirs for mine, theirs in zip(gaps_script, gaps_latin, strict=True)):
        return None
    return sum(1 for gap in gaps_script if gap)


def _script_words(name: str, script: str) -> list[frozenset[str]]:
    """The words of a name in another script, each as the ways it may be read: its sounds in Latin letters, the
    English for a word of a company's kind ('شركة': company), the code of a country or language it names
    ('السعودية': @SA), letters spelled out as one acronym ('बी बी सी': #bbc)."""
    import unicodedata

    from anyascii import anyascii

    from companion.ground.normalise.languages import is_language_word, normalise_language
    from companion.ground.normalise.places import country_code

    words, spelled = [], ""
    for word in _split_words(name, script):
        bare = _ARABIC_ARTICLE.sub("", word) if script == "ARABIC" else word
        kind = _SCRIPT_KIND_WORDS.get(word) or _SCRIPT_KIND_WORDS.get(bare)
        native = word.translate(_HEBREW_LETTERS) if script == "HEBREW" else bare
        if script in _ABJADS and len(native) > 3:
            native = native.removesuffix("ة").removesuffix("ה")  # a final vowel's letter: 'Saudia', 'Toyota'
        if script in _ABUGIDAS:  # anusvara, candrabindu: a nasal; a letter and its nukta, the one letter (ज़: z)
            native = unicodedata.normalize("NFC", native).replace("\u0902", "n").replace("\u0901", "n")
            native = native.replace("\u091c\u093c", "\u095b").replace("\u092b\u093c", "\u095e")
        latin_word = anyascii(native).lower()
        letter = _LETTER_NAMES.get(latin_word)
        if letter and not kind:
            spelled += letter
            continue
        if spelled:
            words.append(frozenset({f"#{spelled}"}))
            spelled = ""
        if kind:
            words.append(frozenset({kind}))
            continue
        ways = {_sound_key(latin_word, script)}
        if script in _ABJADS:
            ways.add("%" + _vowel_slots(latin_word, script, latin=False))
        for form in {word, bare, "ال" + bare + "ة"} if script == "ARABIC" else {word}:
            if code := country_code(form):
                ways.add(f"@{code}")
            if is_language_word(fold(form)) and (language := normalise_language(form)):
                ways.add(f"@lang:{language.code}")
        words.append(frozenset(ways - {""}))  # a word of vowels only, in a skeleton, is matched by none
    if spelled:
        words.append(frozenset({f"#{spelled}"}))
    return words


def _latin_words(name: str, script: str) -> list[frozenset[str]]:
    """A Latin-script name's words as _script_words reads another script's: an acronym written in capitals as its
    letters ('BBC': #bbc), a country or language also as its code."""
    from companion.ground.normalise.languages import is_language_word, normalise_language
    from companion.ground.normalise.places import country_code

    words = []
    for word in re.findall(r"[^\W_]+", name):
        folded = fold(word)
        if folded in _SCRIPT_DROPPED:
            continue
        if 2 <= len(word) <= 6 and word.isupper():
            words.append(frozenset({f"#{folded.replace('p', 'b') if script == 'ARABIC' else folded}"}))
            continue
        ways = {_sound_key(folded, script)} | ({folded} if folded in _SCRIPT_KIND_ENGLISH else set())
        if script in _ABJADS:
            ways.add("%" + _vowel_slots(folded, script, latin=True))
        if code := country_code(folded):
            ways.add(f"@{code}")
        if is_language_word(folded) and (language := normalise_language(folded)):
            ways.add(f"@lang:{language.code}")
        words.append(frozenset(ways - {""}))
    return words


@lru_cache(maxsize=8_192)
def same_name_other_script(a: str, b: str) -> bool:
    """True when one name is written in Arabic, Hebrew, Cyrillic, Greek or an Indian script and the other in Latin
    letters, and they are one name read aloud ('أرامكو السعودية' and 'Saudi Aramco', 'बी बी सी' and 'BBC', 'रिलायंस
    रिटेल' and 'Reliance Retail'): every word of each accounted for, in any order, by its sounds (a consonant
    skeleton for the scripts without short vowels), a country or language by its code, a company's form dropped;
    and the name's own words of three sounds or more. Not two names whose sounds differ at all: 'أرامكو' is not
    Aramex."""
    a, b = _KANA_FORM.sub("", a), _KANA_FORM.sub("", b)  # '株式会社メルカリ': Japan's company forms around the name
    script_a, script_b = _script_of(a), _script_of(b)
    if script_a == script_b or "LATIN" not in (script_a, script_b):
        return False
    script = script_b if script_a == "LATIN" else script_a
    if script not in _ABJADS | _ABUGIDAS | _ALPHABETS | _KANA:
        return False
    other, written = (a, b) if script_a == script else (b, a)
    theirs = [w for w in _script_words(_IN_BRACKETS.sub(" ", other), script) if not w & _SCRIPT_DROPPED]
    mine = _latin_words(_IN_BRACKETS.sub(" ", written), script)
    mine = [w for w in mine if not w & _SCRIPT_DROPPED]
    if not theirs or len(theirs) != len(mine):
        return _run_together(theirs, mine, script)
    left, sounds, spelled, heard = list(mine), 0, 0, 0
    for ways in theirs:
        match = next((w for w in left if (w & ways) - _slotted(w)), None)
        if match is None:
            return _run_together(theirs, mine, script)
        left.remove(match)
        shared = (match & ways) - _slotted(match)
        if any(way[0] == "#" for way in shared):
            spelled = max(spelled, len(next(iter(shared))) - 1)
        elif not any(way[0] == "@" for way in shared) and not shared & _SCRIPT_KIND_ENGLISH:
            sounds += max(len(way) for way in shared)
            if script in _ABJADS and any(way.isdigit() for way in shared):
                heard += 1  # a number written alike ('יחידה 8200', 'Unit 8200') is no chance likeness either
            elif script in _ABJADS:
                vowels = _long_vowels_heard(next(iter(_slotted(ways)), "%")[1:], next(iter(_slotted(match)), "%")[1:])
                if vowels is None:
                    return False  # 'كريم' (Careem) and 'Karma': a long vowel written there is not in the name
                heard += vowels
    # Three consonants alone make too many names ('سابك' and 'Subaki'): in a script without its short vowels, a
    # fourth sound or a long vowel heard in the same place too.
    # kana, read by consonants with no vowel of their own to check, want a fourth sound as the abjads do
    least = _SCRIPT_NAME_MIN + (script in _ALPHABETS) + (script in _ABJADS and not heard) + (script in _KANA)
    return sounds >= least or spelled >= _SCRIPT_NAME_MIN


def _slotted(ways: frozenset[str]) -> frozenset[str]:
    """The vowel-slot key among a word's ways (_vowel_slots), which is checked, never matched on."""
    return frozenset(way for way in ways if way[0] == "%")


def _run_together(theirs: list[frozenset[str]], mine: list[frozenset[str]], script: str) -> bool:
    """One name in more or fewer words, its words' sounds in one order: 'Сбер Банк' and 'Sberbank'."""
    def sounds(words: list[frozenset[str]]) -> str | None:
        keys = []
        for ways in words:
            plain = [w for w in ways if w[0] not in "#@"]
            if len(plain) != 1:
                return None
            keys.append(plain[0])
        return "".join(keys)
    joined = sounds(theirs)
    return bool(joined) and len(joined) >= _SCRIPT_NAME_MIN + 1 + (script in _ALPHABETS) and joined == sounds(mine)
