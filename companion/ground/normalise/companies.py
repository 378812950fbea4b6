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

from companion.ground.normalise.aliases import AliasTable
from companion.ground.normalise.text import fold, latin, load_table, slug

_FORMS = (
    "inc", "incorporated", "llc", "l l c", "ltd", "limited", "plc", "gmbh", "mbh", "ag", "kg", "gmbh and co kg",
    "sa", "s a", "sas", "s a s", "sarl", "srl", "s r l", "spa", "s p a", "bv", "b v", "nv", "n v", "pty",
    "pvt", "private", "corp", "corporation", "co", "company", "and co", "and company", "llp", "lp", "pllc",
    "se", "oy", "oyj", "ab", "publ", "ab publ", "as", "a s", "asa", "aps", "kk", "k k", "ltda", "sl", "s l",
    "sa de cv", "s a de c v", "de cv", "sapi de cv", "pte", "bhd", "sdn bhd", "tbk", "jsc", "pjsc", "ooo",
    "sab de cv", "s a b de c v", "persero", "soc", "sac", "s a c", "sp zoo", "spzoo", "as", "a s", "ojsc", "cjsc",
    "pao", "ao", "tov", "sro", "s r o", "sas", "limitada", "ltda", "cia", "y cia", "e cia", "sc", "s c", "eirl",
    "anonim sirketi", "as", "a s", "sti", "ltd sti", "pty ltd", "pvt ltd", "private limited",
)
# Words that say how a company is organised; dropped only when what is left is not a known company of its
# own ('The Vanguard Group' is Vanguard, but the old META Group was not Meta).
_GROUP_FORMS = ("group", "the group", "holding", "holdings", "group holdings", "international holdings")


def _suffixes(forms: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"\s+(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")$")


# Words after a known company's name that name a part of it, not another company.
_PARTS = ("research", "cloud", "labs", "ai", "ventures", "capital", "services", "technologies", "technology", "tech",
          "solutions", "digital", "software", "consulting", "engineering", "retail", "studios", "games", "health",
          "pharma", "logistics", "operations", "development center", "development centre", "innovation",
          "tecnologia", "tecnología", "technologie", "digitale")


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
# Words that say what kind of place a company is, written before or after its own name by one person and not
# by another: 'Bodega Catena Zapata', 'Hospital Universitario Fundación Santa Fe', 'Automobile Dacia', 'Dar
# Al-Handasah Consultants'. Peeled only when at least two words of the name are left, or one long one.
_KIND_BEFORE = ("bodega", "bodegas", "vina", "vinedos", "hospital universitario", "hospital", "clinica",
                "automobile", "automobiles", "laboratorios", "laboratoires", "editorial", "estudio", "banco",
                "companhia", "compania", "compagnie", "societe", "sociedad")
_KIND_AFTER = ("consultants", "consulting engineers", "consulting", "engineers", "associates", "and partners",
               "partners", "abogados", "advogados", "attorneys", "law firm", "avocats", "rechtsanwalte")
# A national arm named by its country after the company's own name ('Shell Nigeria', 'Fe y Alegría Venezuela')
# is the company; not when the words before name no company by themselves ('Air France', 'Bank Indonesia').
_GENERIC_HEADS = {"air", "bank", "telecom", "telekom", "post", "national", "royal", "petroleum", "oil", "gas",
                  "radio", "tv", "television", "railways", "railway", "airlines", "airways", "insurance", "trust",
                  "steel", "cement", "power", "energy", "mobile", "first", "general", "central", "state", "new",
                  "banco", "correos", "aero", "aerolineas", "ferrocarriles", "petroleos", "united", "capital",
                  "hotel", "hospital", "restaurant", "clinic", "clinica", "school", "university", "cafe", "teatro",
                  "theatre", "museum", "museo", "club", "port", "airport", "zoo", "city", "studio"}
# Little words a name does not end with before a place ('Prefeitura de Belo Horizonte', 'Bank of Baroda').
_LITTLE_WORDS = {"de", "do", "da", "dos", "das", "del", "di", "du", "des", "of", "the", "la", "le", "el", "van",
                 "von", "y", "e", "and", "i", "w", "we", "z"}
# Where a company's national or regional arm says where it is ('Oracle America', 'Microsoft India (R&D)',
# 'AstraZeneca UK'): only after a company we know, so 'Air France' and 'Telecom Italia' keep their names.
_REGION_WORDS = {"emea", "apac", "latam", "americas", "europe", "asia", "asia pacific", "nordics", "nordic", "global",
                 "international", "worldwide", "mexicana", "mexico", "brasil", "brazil", "iberia", "espana", "schweiz",
                 "suisse", "svizzera", "deutschland", "osterreich", "italia", "nederland", "france", "uk", "us", "usa",
                 "india", "china", "japan", "canada", "australia", "r and d", "rd", "research and development",
                 "america", "north america", "south america", "middle east", "africa", "singapore", "ireland"}
_INITIALS = re.compile(r"\b([a-z]) (?=[a-z]\b)")


@lru_cache(maxsize=1)
def _legal() -> tuple[re.Pattern, re.Pattern]:
    """The legal-form patterns: ours, and cleanco's list of forms around the world (companies.json)."""
    forms = _FORMS + tuple(load_table("companies.json").get("legal_forms", ()))
    return _suffixes(forms), _suffixes(forms + _GROUP_FORMS)


@lru_cache(maxsize=1)
def _table() -> AliasTable:
    table = AliasTable("companies.json", "companies")
    # Every name is also known without its legal form and 'The' ('The Vanguard Group' as 'vanguard group').
    for entry in table.entries:
        for name in [entry["name"], *entry.get("aliases", [])]:
            table.by_name.setdefault(_without_legal_suffix(_joined_initials(fold(name))), entry)
    return table


def _joined_initials(folded: str) -> str:
    """'u s army' (U.S. Army) is 'us army': single letters in a row are one abbreviation."""
    previous = None
    while previous != folded:
        previous, folded = folded, _INITIALS.sub(r"\1", folded)
    return folded


def _without_legal_suffix(folded: str, forms: re.Pattern | None = None) -> str:
    forms = forms or _legal()[0]
    previous = None
    folded = folded.removeprefix("the ")
    while previous != folded:
        previous = folded
        folded = forms.sub("", folded).strip()
    return folded


def without_legal_form(name: str) -> str:
    """A company's name folded, without 'The' and its legal form ('Nigerian National Petroleum Corporation' ->
    'nigerian national petroleum')."""
    return _without_legal_suffix(_joined_initials(fold(name)))


def _known_part(base: str, table: AliasTable) -> tuple[str | None, str | None]:
    """('google', 'cloud') for 'google cloud': a known company, then one or two words for a part of it;
    'amazon com services' is Amazon's too (a web address's '.com' is no part of the name)."""
    words = base.removesuffix(" com").replace(" com ", " ").split()
    for size in (2, 1):
        head, part = " ".join(words[:-size]), " ".join(words[-size:])
        if head and part in _PARTS and head in table.by_name:
            return head, part
    return None, None


def _regional_arm(base: str, table: AliasTable) -> dict | None:
    """The known company whose national or regional arm `base` names ('oracle america' -> Oracle)."""
    words = base.split()
    for cut in range(len(words) - 1, 0, -1):
        entry = table.by_name.get(" ".join(words[:cut]))
        if entry is not None and " ".join(words[cut:]) in _REGION_WORDS:
            return entry
    return None


def _company(entry: dict) -> Company | None:
    if entry.get("generic"):
        return None
    parent = _table().by_canonical.get(entry.get("parent", ""))
    if parent is not None and parent.get("holding"):
        parent = None  # a holding company is no shared workplace: Booking.com and Kayak, Google and Waymo
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
    from companion.ground.normalise.places import is_country_name, is_place_name

    previous = None
    while previous != base:
        previous = base
        base = _FRONT_FORMS.sub("", base)
        for kind in _KIND_BEFORE:
            rest = base.removeprefix(kind + " ")
            if rest != base and _telling(rest):
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
            if (not head or not _telling(head) or head in _GENERIC_HEADS or words[-size - 1] in _KEEP_AFTER
                    or words[-size - 1] in _LITTLE_WORDS):
                continue  # 'Prefeitura de Belo Horizonte', 'Hotel Lagos': the place is the name
            # A country after the name ('Shell Nigeria'), or a big city after a name of two words or more
            # ('St. Luke's Medical Center Quezon City', 'Danper Trujillo'): a branch, not another company.
            if is_country_name(tail) or (len(head.split()) >= 2 or len(head) >= 5) and is_place_name(tail) \
                    and not is_country_name(head):
                base = head
                break
    return base


def _telling(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 or (len(words) == 1 and len(name) >= 4 and name not in _GENERIC_HEADS)


@lru_cache(maxsize=32_768)
def normalise_company(name: str) -> Company | None:
    """The employer a name refers to (None for self-employment and blanks, which say nothing shared)."""
    if not name:
        return None
    folded = fold(latin(name))  # 'Укрзалізниця' and 'Ukrzaliznytsia' are one railway
    if not folded:
        return None
    table = _table()
    folded = _joined_initials(folded)
    base = _without_legal_suffix(folded) or folded
    entry = table.by_name.get(folded) or table.by_name.get(base)
    if entry is None and "(" in name:  # 'Microsoft India (R&D) Pvt Ltd', 'Comité ... (ICRC)'
        inside = [_without_legal_suffix(fold(part)) for part in re.findall(r"\(([^)]*)\)", name)]
        outside = _without_legal_suffix(_joined_initials(fold(re.sub(r"\([^)]*\)", " ", name))))
        entry = next((table.by_name[f] for f in (outside, *inside) if f in table.by_name), None)
        base = outside or base
    if entry is None:
        entry = table.by_name.get(_GROUP_PREFIX.sub("", base)) or _regional_arm(base, table)
    if entry is not None:
        return _company(entry)
    base = _GROUP_PREFIX.sub("", base)
    bare = _without_legal_suffix(base, _legal()[1]) or base
    if bare not in table.by_name:
        base = bare
    peeled = _without_legal_suffix(_peeled(base))
    if peeled in table.by_name:
        company = _company(table.by_name[peeled])
        if company is not None:
            return company
    base = peeled or base
    label = re.sub(r"\s+", " ", name.strip())
    head, part = _known_part(base, table)
    owner = table.by_name.get(head) if head else None
    if owner is not None and not owner.get("generic"):
        company = _company(owner)
        if company is not None:
            return Company(key=f"employer:{base.replace(' ', '-')}", label=label,
                           parent_key=company.key, parent_label=company.label)
    return Company(key=f"employer:{base.replace(' ', '-')}", label=label)

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
_KEEP_AFTER = {"for", "of", "in", "to", "at", "on", "the", "and", "without", "with", "by", "from"}


@dataclass(frozen=True, slots=True)
class Organisation:
    key: str
    label: str
    parent_key: str | None = None
    parent_label: str | None = None


def _words(text: str) -> list[str]:
    return text.split()


def _core(words: list[str]) -> list[str]:
    """The organisation's own name: the words left once parts, places and forms are peeled off the end."""
    from companion.ground.normalise.places import is_country_name, is_place_name

    changed = True
    while changed and len(words) > 1:
        changed = False
        folded = [fold(w) for w in words]
        # 'Habitat for Humanity of Greater Boston', 'Big Brothers Big Sisters of America'
        for i in range(len(words) - 1, 0, -1):
            if folded[i] in ("of", "in") and i >= 2:
                rest = " ".join(folded[i + 1:]).removeprefix("greater ").removeprefix("the ")
                if rest and is_place_name(rest):
                    words, changed = words[:i], True
                    break
        if changed:
            continue
        last = folded[-1]
        if last in _PART_WORDS and len(words) > 1:
            words, changed = words[:-1], True
            continue
        for size in (3, 2, 1):  # 'Women Who Code New York', 'Engineers Without Borders UK', 'TECHO Colombia'
            if len(words) - size < 1 or folded[-size - 1] in _KEEP_AFTER:
                continue
            place = " ".join(folded[-size:])
            # After one word, only a country, and only after a name written in capitals ('TECHO Colombia',
            # 'AIESEC Kenya'): 'Feeding America' and 'Oxfam America' are names of their own.
            one_word = len(words) - size == 1
            if one_word and not (is_country_name(place) and words[0].isupper() and _telling(folded[0])):
                continue
            if is_place_name(place):
                words, changed = words[:-size], True
                break
    while words and fold(words[0]) == "the" and len(words) > 1:
        words = words[1:]
    return words


@lru_cache(maxsize=1)
def _movements() -> list[dict]:
    """Movements whose national societies and chapters carry their name in many languages (companies.json)."""
    out = []
    for movement in load_table("companies.json").get("movements", []):
        names = {fold(n) for n in [movement["name"], *movement.get("aliases", [])]}
        members = [re.compile(rf"(?:^| ){re.escape(fold(m))}(?: |$)") for m in movement.get("members", [])]
        out.append({"name": movement["name"], "folded_names": names, "members": members})
    return out


def _movement(full: str) -> dict | None:
    for movement in _movements():
        if full in movement["folded_names"] or any(m.search(full) for m in movement["members"]):
            return movement
    return None


@lru_cache(maxsize=16_384)
def normalise_organisation(name: str) -> Organisation | None:
    """The organisation a volunteering entry names, with the organisation it is a chapter of, if any."""
    if not name or not fold(name):
        return None
    label = re.sub(r"\s+", " ", name).strip()
    full = fold(latin(label))
    if full.startswith("the "):
        full = full[4:]
    key = f"group:{full.replace(' ', '-')}"
    movement = _movement(full)
    if movement is not None:
        own = f"group:{slug(movement['name'])}"
        # The movement itself, in any language, or one of its national societies and chapters.
        if full in movement["folded_names"]:
            return Organisation(key=own, label=label)
        return Organisation(key=key, label=label, parent_key=own, parent_label=movement["name"])
    trimmed = _ORG_TAIL.sub("", _ORG_PAREN.sub("", label)).strip() or label
    words = _core(_words(trimmed))
    core = fold(" ".join(words))
    if not core or core == full or (len(words) == 1 and len(core) < 5):
        return Organisation(key=key, label=label)
    return Organisation(key=key, label=label, parent_key=f"group:{core.replace(' ', '-')}",
                        parent_label=" ".join(words).strip(" ,;-–—"))
