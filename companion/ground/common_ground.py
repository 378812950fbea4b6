"""Common ground: every context two people share, weighted by how rare and how close it is.

Multiplexity (the number of distinct shared contexts) predicts how strong a tie can grow (Verbrugge
1979), and a shared thing opens a conversation only when it feels rare (Burger et al. 2004), so each
commonality's weight is   kind weight × rarity × closeness:
  rarity     from the RarityIndex over the user's contacts, blended with a prior (companion/ground/rarity.py);
  closeness  the same school in overlapping years, the same employer at the same time, the same
             neighbourhood rather than the same country.
Near-universal overlaps (both in the United States) are left out altogether, and so is a state or a country
when both name a different city in it that is not in one metro (Utrecht and Amsterdam, Denver and Boulder). Commonplace ones (what one
in twenty of your contacts or more share, English and Python for most users, a language most people where
you live speak, the country you both live in) are shown but not counted in the tier: "Plenty to talk about."
is for things that are one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher
from functools import lru_cache

from companion.ground.normalise.acronyms import acronym_of, contracted_from, initials, is_bare_acronym, stands_for
from companion.ground.normalise.companies import (
    INTERNATIONAL_WORDS,
    banks_of_two_countries,
    bare_name_is_a_member,
    branches_in_two_places,
    carries_brand,
    chapter_country,
    chapter_place,
    country_arm_written_out,
    employers_told_apart,
    has_legal_form,
    is_federation,
    is_group_written,
    is_known_company,
    is_local_institution,
    is_named_with_place,
    is_public_body,
    is_worldwide_written,
    joined_organisations,
    listed_company_and_parent,
    name_then_its_initials,
    names_another_trade,
    national_body_translated,
    national_brand_of,
    normalise_company,
    one_acronym_two_organisations,
    one_employer_wording,
    owner_then_brand,
    registered_arm_and_parent,
    same_name_other_script,
    same_name_translated,
    same_national_member,
    same_place,
    same_words_translated,
    spells_out,
    without_country_office,
    without_legal_form,
)
from companion.ground.normalise.contained import acronym_then_its_work, founder_and_partners, is_rare_word, name_inside
from companion.ground.normalise.features import Feature, ProfileFeatures, features_of
from companion.ground.normalise.interests import (
    craft_named_with,
    made_other,
    means_by_region,
    normalise_interest,
    style_tables,
    style_words,
    wider_interests,
)
from companion.ground.normalise.languages import is_language_word, normalise_language
from companion.ground.normalise.org_words import same_name_clipped, same_organisation_by_words
from companion.ground.normalise.phrases import (
    COMMON_WORDS,
    SharedPhrase,
    acronym_phrases,
    is_weak_topic,
    shared_phrases,
    shared_rare_words,
    translated_phrases,
    written_about,
)
from companion.ground.normalise.places import (
    NamedPlace,
    Place,
    countries_with_city,
    is_place_name,
    names_a_real_place,
    one_city_named,
    place_key,
    places_named,
    resolve_place,
    told_apart,
)
from companion.ground.normalise.schools import (
    acronym_placed_apart,
    country_in_key,
    country_of_parent,
    country_of_school,
    is_collegiate,
    is_known_school,
    named_by_its_acronym,
    same_bracketed_acronym,
    same_university,
    school_names,
)
from companion.ground.normalise.skills import (
    is_broad,
    is_common_word,
    is_homonym,
    is_listed,
    one_word_names,
    same_skill_wording,
    skill_words,
)
from companion.ground.normalise.text import DASHED, fold, load_table, umlauts_spelled_out
from companion.ground.normalise.topics import find_topics
from companion.ground.rarity import RarityIndex, prior_share, rarity_of_share, share_of
from companion.models import Commonality, CommonGround, Education, Experience, Profile

KIND_WEIGHT = {
    "school": 1.0, "employer": 1.0, "group": 0.9, "interest": 0.9, "cause": 0.9, "place": 0.8,
    "language": 0.7, "topic": 0.6, "skill": 0.5, "connection": 0.8,
}
PLACE_CLOSENESS = {"city": 1.0, "metro": 0.6, "region": 0.3, "country": 0.15}
SAME_TIME = 1.6  # together at the same school or employer at the same time
SAME_PROGRAMME = 1.25  # the same field of study at the same school
# Different parts of one family: a business school and its university are one alumni network; a chapter
# and its organisation one movement; Kotlin Multiplatform and Kotlin one language, more loosely; a division
# named with its company's name and the company (Google Cloud and Google, Airbus Defence and Space and Airbus).
# Not a company and its separately-branded subsidiary (Instagram and Meta, Booking.com and Booking Holdings):
# two workplaces, no shared one.
# A company's renames and national arms are the company itself (Facebook, Oracle America: one key).
# A language and its written standard are one language (Akan and Twi); two standards of it are two (Twi and Fante).
FAMILY = {"school": 0.9, "group": 0.9, "skill": 0.6, "employer": 0.9, "language": 1.0}
CATEGORY = 0.5  # a hobby and the wider one it belongs to (cello and music)
# Below this a shared thing says nothing (Burger et al.: no effect when it is believed common).
TELLING = 0.02
# From these shares up, a shared thing is shown but not counted in the tier: one professional in twenty
# or more has it anywhere (the line intros.py draws for introductions), or a fifth of the user's contacts.
COMMONPLACE_SHARE = 0.05
COMMONPLACE_AMONG_CONTACTS = 0.2
_NOT_COUNTED = "so it is not counted."
# How a commonality's `why` begins says what kind of overlap it is (the wire shape has no field for it).
_SAME_TIME_WHY = ("You were both at", "You both worked at")
_CATEGORY_WHY = "You both spend time on"
TIERS = ((10, "twins"), (4, "coincidence"), (2, "small-world"), (0, "none"))


def tier_for(count: int) -> str:
    """none (0–1 commonalities), small-world (2–3), coincidence (4–9), twins (10+)."""
    return next(name for threshold, name in TIERS if count >= threshold)


def is_counted(c: Commonality) -> bool:
    """False for a commonplace commonality: shown, but not counted in the tier (English, Python, your country)."""
    return c.counted


def counted(ground: CommonGround) -> int:
    """How many of the commonalities count towards the tier: the number a headline should say."""
    return sum(1 for c in ground.commonalities if is_counted(c))


def overlapped_in_time(c: Commonality) -> bool:
    """True when the shared school or employer was shared at the same time."""
    return c.kind in ("school", "employer") and (c.why or "").startswith(_SAME_TIME_WHY)


def is_family_match(c: Commonality) -> bool:
    """True when a hobby was matched with the wider one it belongs to (cello and music)."""
    return (c.why or "").startswith(_CATEGORY_WHY)


def is_followed_page(c: Commonality) -> bool:
    """True for an interest outside the hobby lexicon: on LinkedIn, mostly a page both people follow."""
    return c.kind == "interest" and (c.why or "").startswith(_FOLLOW_WHY.split("{")[0])


def find_common_ground(me: Profile, them: Profile, rarity: RarityIndex | None = None, *,
                       counted: tuple[Profile, ...] = ()) -> CommonGround:
    """What `me` and `them` share, most telling first. `counted`: who of the two compared the rarity index counts
    among the contacts (a stored person shown); how rare a shared thing is, is judged by the others (newcomer 5,
    finding 9: 'Only 1 of your 26 contacts shares it' was the person compared)."""
    if rarity is not None and counted:
        rarity = rarity.without(*counted)
    mine, theirs = features_of(me), features_of(them)
    local = _spoken_around(mine.places)
    found: list[Commonality] = []
    found.extend(_shared_places(mine.places, theirs.places, rarity))
    found.extend(_places_both_name(me, them, found, rarity))
    countries = _Countries(_countries(mine), _countries(theirs), _lived_in(me), _lived_in(them),
                           _regions(mine), _regions(theirs))
    found.extend(_shared_keys(mine, theirs, countries, rarity, local))
    found.extend(_shared_parents(mine, theirs, countries, rarity))
    found.extend(_shared_other_names(mine, theirs, countries, rarity))
    found.extend(_shared_categories(mine, theirs, rarity))
    found.extend(_skills_written_of(me, them, mine, theirs, found, rarity))
    found.extend(_shared_phrases(me, them, found, rarity))
    found = [c for c in found if c.weight >= TELLING]
    found.sort(key=lambda c: (-c.weight, c.kind, c.label))
    found = _one_institution_once(found)
    for c in found:  # each reason for not counting one says so at the end of its why
        c.why = _one_full_stop(c.why)
        c.counted = not (c.why or "").endswith(_NOT_COUNTED) and not (c.why or "").endswith(_COUNTED_ONCE)
    telling = sum(1 for c in found if is_counted(c))
    return CommonGround(score=round(sum(c.weight for c in found), 3), tier=tier_for(telling), commonalities=found)


# Kinds under which one institution can be shared: where both worked, studied, volunteered, or a page both follow.
_INSTITUTION_KINDS = ("employer", "school", "group")
_FOLLOWED_KINDS = ("interest", "topic", "cause")
_COUNTED_ONCE = "counted once, with the one above."


def _one_institution_once(found: list[Commonality]) -> list[Commonality]:
    """One institution shared in several ways is one thing in common (newcomer finding F13: Queen's University as
    employer, school and a page both follow was three of the five): a page both follow that is an institution already
    shown is left out; the same institution as another employer, school or group is shown (where both worked is not
    where both studied) but counted once. `found` is sorted, most telling first: the first of each is the one
    counted."""
    def name(text: str | None) -> str:
        return fold(text or "").removeprefix("the ")

    def names(c: Commonality) -> set[str]:
        return ({name(c.label)} | ({name(c.mine)} if name(c.mine) == name(c.theirs) else set())) - {""}

    first: dict[str, Commonality] = {}
    for c in found:
        if c.kind in _INSTITUTION_KINDS:
            for n in names(c):
                first.setdefault(n, c)
    out = []
    for c in found:
        before = next((first[n] for n in names(c) if n in first and first[n] is not c), None)
        if before is not None and c.kind in _FOLLOWED_KINDS:
            continue  # 'You both follow Queen's University', when you both studied there: said already
        if before is not None and c.kind in _INSTITUTION_KINDS:  # `before` comes first: the setdefault ran in order
            c.why = f"{_one_full_stop(c.why)} It is {_COUNTED_ONCE}"
        out.append(c)
    return out


_LABEL_STOP_THEN_STOP = re.compile(r"(?<=\w)\.\.(?!\.)")


def _one_full_stop(why: str | None) -> str | None:
    """A label ending in its own dot ('Bounced Inc.') before the sentence's full stop ends it once, not twice."""
    return _LABEL_STOP_THEN_STOP.sub(".", why) if why else why


def _spoken_around(places: list[Place]) -> set[str]:
    """The language keys most people speak in the user's country (Swedish in Sweden), from Unicode CLDR."""
    spoken = load_table("country_languages.json")["spoken_by_most"]
    return {f"language:{code}" for place in places if place.country for code in spoken.get(place.country, ())}


# ---------------------------------------------------------------- weighing and explaining


def _weigh(kind: str, key: str, closeness: float, rarity: RarityIndex | None) -> tuple[float, float]:
    share = share_of(key, rarity)
    return round(KIND_WEIGHT[kind] * rarity_of_share(share) * closeness, 3), share


def _commonplace(key: str, share: float, rarity: RarityIndex | None) -> bool:
    """Common enough that sharing it is no coincidence: one professional in twenty or more has it anywhere
    (English, Python), or a fifth or more of the user's contacts do, once there are enough of them to say."""
    if prior_share(key) >= COMMONPLACE_SHARE:
        return True
    return rarity is not None and rarity.size >= 20 and share >= COMMONPLACE_AMONG_CONTACTS


# From this many contacts a share is said as a percentage; below it, as the count of them.
PERCENT_FROM_CONTACTS = 100


def _rarity_clause(key: str, share: float, rarity: RarityIndex | None, together: bool = False) -> str:
    """What the share says, as a sentence; `together` (at the same place at the same time) always counts. Rare by
    the general estimate only when it estimates that very thing ('beekeeping'): a kind's default (any city, any
    school) says nothing of it, and a city of millions is no rare thing to share (newcomer 11, P3; mend 56)."""
    commonplace = _commonplace(key, share, rarity) and not together
    if rarity is not None and rarity.size >= 20:
        count = rarity.count(key)
        contacts = "your other contacts" if rarity.others else "your contacts"
        other = " other" if rarity.others else ""
        # Of a few dozen contacts, the count itself: '7 of your 20 contacts', not '35%', a statistic out of very
        # little (newcomer 10, P2).
        as_percent = rarity.size >= PERCENT_FROM_CONTACTS
        share_said = (f"{round(100 * count / rarity.size)}% of {contacts} share" if as_percent
                      else f"{count} of your{other} {rarity.size} contacts {'shares' if count == 1 else 'share'}")
        if commonplace and count / rarity.size >= COMMONPLACE_AMONG_CONTACTS:
            return f" {share_said} it, {_NOT_COUNTED}"
        if commonplace:
            return f" {_in_general(key, count, contacts)}, {_NOT_COUNTED}"
        if count == 0:
            return f" None of your{other} {rarity.size} contacts shares it, so it stands out."
        if count / rarity.size < 0.05:
            return (f" Only {count} of your{other} {rarity.size} contacts {'shares' if count == 1 else 'share'} it, "
                    "so it stands out.")
        return f" {share_said} it, so it says less on its own."
    if commonplace:
        return f" {_in_general(key)}, {_NOT_COUNTED}"
    if share <= 0.005 and key in load_table("commonplace.json")["prior"]:
        return " Rare by a general estimate, so it stands out."
    return ""


# How a commonplace thing is said to be common when the built-in estimate says so, not the user's contacts (newcomer 5,
# finding 18: 'French (many people share it)' read as a fact about contacts none of whom lists French).
_COMMON_IN_GENERAL = {"language": "Widely spoken", "skill": "A widely used skill", "interest": "A common pastime",
                      "cause": "A common cause"}


def _in_general(key: str, count: int | None = None, contacts: str = "your contacts") -> str:
    """'Widely spoken by a general estimate, though none of your contacts lists it': where the estimate comes from,
    and what the user's contacts say when they are counted."""
    said = f"{_COMMON_IN_GENERAL.get(key.split(':', 1)[0], 'Common')} by a general estimate"
    if count is None:
        return said
    if count == 0:
        return f"{said}, though none of {contacts} lists it"
    return f"{said}; {count} of {contacts} {'lists' if count == 1 else 'list'} it"


def _years(start: int | None, end: int | None) -> str:
    if start and end and end != start:
        return f"{start}–{end}"
    return str(start or end or "")


def _overlap(a: Feature, b: Feature, current_year: int) -> tuple[int, int] | None:
    if a.start is None or b.start is None:
        return None
    a_end = a.end if a.end is not None else current_year
    b_end = b.end if b.end is not None else current_year
    lo, hi = max(a.start, b.start), min(a_end, b_end)
    return (lo, hi) if lo <= hi else None


def _closest_pair(mine: list[Feature], theirs: list[Feature]) -> tuple[Feature, Feature, tuple[int, int] | None]:
    year = date.today().year
    best = (mine[0], theirs[0], None)
    for a in mine:
        for b in theirs:
            span = _overlap(a, b, year)
            # The overlap both still hold wins: a shared employer now says more than the years they met there before
            if span and (best[2] is None or (_both_now(a, b) and not _both_now(*best[:2]))):
                best = (a, b, span)
    return best


def _both_now(a: Feature, b: Feature) -> bool:
    """True when both still work there: each job has a start and no end (LinkedIn's 'Present')."""
    return a.kind == "employer" and None not in (a.start, b.start) and a.end is None and b.end is None


_FOLLOW_WHY = "You both follow {label}."
def _same_programme(mine: list[Feature], theirs: list[Feature]) -> str | None:
    """The field of study both took at this school, in the user's wording, if they share one."""
    their_fields = {fold(f.detail) for f in theirs if f.detail}
    return next((f.detail for f in mine if f.detail and fold(f.detail) in their_fields), None)


_WHY = {
    "skill": "You both list {label} as a skill.",
    "language": "You both speak {label}.",
    "interest": "You both enjoy {label}.",
    "cause": "You both care about {label}.",
    "topic": "You both mention {label} on your profiles.",  # a headline is not writing: say no more
    "group": "You have both volunteered with {label}.",
}


def _shared_keys(mine: ProfileFeatures, theirs: ProfileFeatures, countries: _Countries, rarity: RarityIndex | None,
                 local: set[str] = frozenset()) -> list[Commonality]:
    out = []
    for key in mine.by_key.keys() & theirs.by_key.keys():
        a_list, b_list = mine.by_key[key], theirs.by_key[key]
        kind = a_list[0].kind
        if kind == "employer" and (_employers_apart(a_list, b_list, countries.here, countries.there,
                                                    countries.been_here, countries.been_there)
                                   or _body_of_another_region(a_list, b_list, countries.regions_here,
                                                              countries.regions_there)):
            continue
        if kind == "cause" and all(f.source == "organisation" for f in (*a_list, *b_list)):
            continue  # two organisations of one cause are two organisations: WWF and Greenpeace
        closeness = 1.0
        if kind in ("school", "employer"):
            a, b, span = _closest_pair(a_list, b_list)
            programme = _same_programme(a_list, b_list) if kind == "school" else None
            if programme:
                closeness *= SAME_PROGRAMME
            if span:
                closeness = SAME_TIME
                when = _years(*span)
                why = (f"You were both at {a.label} in {when}, so you may know people in common."
                       if kind == "school" else f"You both work at {a.label} (since {span[0]})." if _both_now(a, b)
                       else f"You both worked at {a.label} at the same time ({when}).")
            else:
                why = (f"You both studied at {a.label}." if kind == "school"
                       else f"You have both worked at {a.label}.")
            if programme:
                why += f" Both in {programme}, too."
            notes = {f.note for f in (a, b) if f.note and f.wording.lower() != f.label.lower()}
            if notes:
                why += " " + " ".join(f"({n}.)" for n in sorted(notes))
        else:
            a, b = _in_shared_words(a_list, b_list)
            template = _WHY[kind] if a.known or kind != "interest" else _FOLLOW_WHY
            why = template.format(label=a.label)
        label = a.label
        if kind == "topic":
            both = _topic_phrase_both_use(a_list, b_list)
            if both is None and any(all(_in_a_job_title(f) for f in side) for side in (a_list, b_list)):
                continue  # a broad subject read off one side's job title only ('Frontend Dev'): too thin to say
            # The thing both name, not its broad subject: 'JavaScript', not 'web development' (a role both hold,
            # 'Founder', still says the subject: startups).
            if both and fold(both) != fold(a.label) and fold(both).replace("-", " ").split()[-1] not in _ROLE_WORDS:
                label, why = both, _WHY[kind].format(label=both)
        if kind == "interest" and _styles_apart(a_list, b_list, key):
            continue  # 'Ciclismo de ruta' and 'Ciclismo de montaña': neither rides the other's way
        weight, share = _weigh(kind, key, closeness, rarity)
        if (key in local or a.parent_key in local) and not _commonplace(key, share, rarity):  # Twi in Ghana: Akan
            clause = f" Most people where you live speak it, {_NOT_COUNTED}"
        else:
            # Together at the same time is telling even where many contacts share the school or employer.
            clause = _rarity_clause(key, share, rarity, together=closeness >= SAME_TIME)
        out.append(Commonality(kind=kind, label=label, weight=weight, mine=a.wording, theirs=b.wording,
                               why=why + clause))
    return out


# Words for a role, in the languages headlines are written in: a topic's phrase before one is a job title
# ('Frontend Dev', 'Full-stack developer', 'Data Engineer'), not a subject the person writes about.
_ROLE_WORDS = frozenset(
    "developer developers dev devs engineer engineers designer lead manager architect specialist consultant analyst"
    " programmer entwickler entwicklerin desarrollador desarrolladora developpeur developpeuse desenvolvedor"
    " desenvolvedora ingenieur ingenieurin ingeniero ingeniera engenheiro engenheira sviluppatore ontwikkelaar"
    " founder cofounder".split())


def _in_a_job_title(feature: Feature) -> bool:
    """True for a topic read off a headline's job title: its phrase a role's word or followed by one."""
    if feature.source != "headline" or not feature.detail:
        return False
    words = fold(feature.wording).replace("-", " ").split()
    phrase = feature.detail.replace("-", " ").split()
    for at in range(len(words) - len(phrase) + 1):
        if words[at:at + len(phrase)] == phrase:
            after = words[at + len(phrase):at + len(phrase) + 1]
            return phrase[-1] in _ROLE_WORDS or bool(after) and after[0] in _ROLE_WORDS
    return False


def _topic_phrase_both_use(a_list: list[Feature], b_list: list[Feature]) -> str | None:
    """The longest phrase of a topic both sides use ('JavaScript' of web development), as the first side writes it;
    None when they meet on the topic through two of its phrases ('frontend' and 'JavaScript')."""
    def phrases(side: list[Feature]) -> dict[str, str]:
        # Matched by the folded phrase, said in the words as written: 'télétravail', not 'teletravail'. A listed
        # topic is its whole name; prose keeps the words it matched.
        return {f.detail or fold(f.wording): f.written or f.wording for f in side}

    mine, theirs = phrases(a_list), phrases(b_list)
    shared = sorted(set(mine) & set(theirs), key=lambda p: (-len(p), p))
    if not shared:
        return None
    return " ".join(mine[shared[0]].split())  # spaces as one, however the page spaced them


def _styles_apart(a_list: list[Feature], b_list: list[Feature], key: str) -> bool:
    """True when every mention of the hobby of `key` on one side names a different style of it from every mention
    on the other ('Road cycling' and 'Mountain biking', 'Bergfietsry' and 'Rennrad', 'Bass fishing' and 'Fly
    fishing'): two styles of one parent are not shared, not even as the parent, which neither said. A sentence's
    mention counts by its style words only ('my mountain bike'), so 'on my bike' is the plain hobby."""
    def styles(f: Feature) -> frozenset[str] | None:
        if f.kind != "interest":
            return None
        if f.source == "interests":
            return style_words(f.wording, key)
        words, names, _ = style_tables()
        return frozenset(words.get(w) or names[w] for w in fold(f.detail or "").split() if w in words or w in names)
    # A side that lists the hobby is read by its listed names: its sentences ('en bici') are most likely that style.
    a_list = [f for f in a_list if f.source == "interests"] or a_list
    b_list = [f for f in b_list if f.source == "interests"] or b_list
    pairs = [(styles(a), styles(b)) for a in a_list for b in b_list]
    return bool(pairs) and all(x and y and not (x <= y or y <= x) for x, y in pairs)


def _in_shared_words(a_list: list[Feature], b_list: list[Feature]) -> tuple[Feature, Feature]:
    """The two mentions to quote (see _mentions_to_quote); where it picks two sentences and one side also listed the
    thing, that side's listed name: 'Irish fiddle', not 'I volunteer with NAMI and play fiddle in a local session'."""
    a, b = _mentions_to_quote(a_list, b_list)
    if a.source not in _LISTED and b.source not in _LISTED and a.kind == "interest":
        a = next((f for f in a_list if f.source == "interests"), a)
        if a.source not in _LISTED:
            b = next((f for f in b_list if f.source == "interests"), b)
    elif a.kind == "interest" and (a.source in _LISTED) != (b.source in _LISTED):
        # One side's listed hobby against the other's sentence, where that side also listed it in words the first
        # shares: the two listed names ('Ciclismo de montaña' and 'Mountain bike', not a sentence about rides in the
        # forest); not a listed name in other words ('Running' for 'my 12th Chicago Marathon' against 'Marathons').
        listed = a if a.source in _LISTED else b
        words = skill_words(listed.wording)
        named = next((f for f in (b_list if listed is a else a_list)
                      if f.source == "interests" and skill_words(f.wording) & words), None)
        if named is not None:
            a, b = (a, named) if listed is a else (named, b)
    return a, b


def _mentions_to_quote(a_list: list[Feature], b_list: list[Feature]) -> tuple[Feature, Feature]:
    """The two mentions to quote: ones in the same words when both wrote them ('open banking'), else in words that
    translate to each other ('saúde digital' and 'digital health'), else the first."""
    if a_list[0].kind == "cause":  # a cause both list in words they share is quoted so, not a sentence naming a charity
        for a in (f for f in a_list if f.source in _LISTED):
            for b in (f for f in b_list if f.source in _LISTED):
                if skill_words(a.wording) & skill_words(b.wording) and fold(a.wording) != fold(b.wording):
                    return a, b  # 'Disaster response' and 'Cyclone response'; not 'Education' twice, say who
        # Else the causes both wrote in their volunteering, in other words ('Seguridad alimentaria' and 'Lucha contra
        # el hambre'), rather than a sentence that names a charity of it.
        written = next(((a, b) for a in a_list if a.source == "volunteering" for b in b_list
                        if b.source == "volunteering" and fold(a.wording) != fold(b.wording)), None)
        if written is not None:
            return written
    same = next(((a, b) for a in a_list for b in b_list if fold(a.wording) == fold(b.wording)), None)
    if same is not None and a_list[0].kind != "cause":  # 'Corporate strategy' both, not 'Strategic planning' and
        return same  # 'Strategy' beside it; a cause is said best by the organisations (above)
    # One side's name as the other gives it in brackets: 'Darija' with 'Arabe marocain (Darija)', not the 'Arabe'
    # listed beside it.
    bracketed = next(((a, b) for a in a_list for b in b_list if fold(a.wording) in map(fold, _BRACKETS.findall(b.wording))
                      or fold(b.wording) in map(fold, _BRACKETS.findall(a.wording))), None)
    if bracketed is not None and a_list[0].kind != "cause":
        return bracketed
    # A hobby both list in words written alike is quoted as listed ('Book club' and 'Book clubs'), not the
    # sentences about it; 'Bouldern' and 'Climbing' are not alike, so the bouldering gym is quoted (below).
    listed = max(((a, b) for a in a_list for b in b_list if a.source == b.source == "interests"
                  and a.kind == "interest"), key=lambda pair: _written_alike(*pair), default=None)
    if listed is not None and _written_alike(*listed) > 0:
        return listed
    if listed is not None and not any(_written_alike(a, b) for a in a_list for b in b_list
                                      if _LISTED & {a.source, b.source}):
        return listed  # 'Ciclismo' and 'Cycling' both listed, no sentence written like either: the names they gave
    best, best_overlap = (a_list[0], b_list[0]), 0
    for a in a_list:
        for b in b_list:
            if a.detail and a.detail == b.detail:
                return a, b
            overlap = len(skill_words(a.detail) & skill_words(b.detail)) if a.detail and b.detail else 0
            if overlap > best_overlap:
                best, best_overlap = (a, b), overlap
    if best_overlap == 0 and (len(a_list) > 1 or len(b_list) > 1):
        # Else the two written most alike, one of them a listed name: 'Bouldern' with '…at a bouldering gym' rather
        # than with the 'Climbing' beside it, 'Zines' with 'Zine-making'; two sentences sharing words are not alike.
        alike = max(((a, b) for a in a_list for b in b_list if _LISTED & {a.source, b.source}),
                    key=lambda pair: _written_alike(*pair), default=best)
        if _written_alike(*alike) > _written_alike(*best):
            return alike
    return best


_ALIKE_RUN = 4  # letters two wordings share in a row to be written alike ('zine', 'bould'), not 'ing' or 'the'


def _written_alike(a: Feature, b: Feature) -> float:
    """The share of the longer wording in the longest run of letters the two share (0 under four letters)."""
    return _wordings_alike(a.wording, b.wording)


@lru_cache(maxsize=4096)  # _in_shared_words asks of one pair up to four times
def _wordings_alike(a: str, b: str) -> float:
    x, y = fold(a), fold(b)
    run = SequenceMatcher(None, x, y, autojunk=False).find_longest_match(0, len(x), 0, len(y)).size
    return run / max(len(x), len(y)) if run >= _ALIKE_RUN else 0.0


_LISTED = frozenset({"volunteering", "interests"})


def _countries(found: ProfileFeatures) -> set[str]:
    return {p.country for p in found.places if p.country}


def _regions(found: ProfileFeatures) -> frozenset[str]:
    return frozenset(f"{p.country}-{p.region}" for p in found.places if p.country and p.region)


def _body_of_another_region(a_list: list[Feature], b_list: list[Feature], regions_here: frozenset[str],
                            regions_there: frozenset[str]) -> bool:
    """True when one side names a public body with the region it serves ('Department of Education (Northern
    Ireland)', 'Department of Transportation, California') and the other writes it without, living in another
    region of that country: the body of their own region's government, or of the country's."""
    for named, bare, bare_regions in ((a_list, b_list, regions_there), (b_list, a_list, regions_here)):
        served = {_region_served(f.wording) for f in named} - {None}
        if (len(served) == 1 and bare_regions and not served & bare_regions
                and all(_region_served(f.wording) is None for f in bare)
                and {r.split("-")[0] for r in served} & {r.split("-")[0] for r in bare_regions}):
            return True
    return False


def _ending_region(name: str) -> str | None:
    """What a name ends on in brackets or after its last comma ('... (Northern Ireland)', '..., California'); read
    with string operations, as a pattern of the two was slow on a long run of spaces (a reader's finding)."""
    name = name.rstrip()
    if name.endswith(")"):
        inside = name[name.rfind("(") + 1:-1] if "(" in name else ""
        return inside.strip() or None if "(" not in inside and ")" not in inside else None
    _, comma, after = name.rpartition(",")
    return after.strip() or None if comma and "(" not in after and ")" not in after else None


@lru_cache(maxsize=4096)
def _region_served(name: str) -> str | None:
    """The region a public body's name ends on, in brackets or after a comma ('... (Northern Ireland)' -> 'GB-NIR')."""
    ending = _ending_region(name) if is_public_body(name) else None
    place = resolve_place(ending) if ending else None
    if place is None or place.region is None or place.city_id is not None or place.metro is not None:
        return None
    return f"{place.country}-{place.region}"


@dataclass(frozen=True, slots=True)
class _Countries:
    """The countries each side lives in, worked out once for every rule that asks."""

    here: set[str]
    there: set[str]
    # Where each has lived or studied, as their jobs and schools show: where they live now and before.
    been_here: frozenset[str] = frozenset()
    been_there: frozenset[str] = frozenset()
    # The regions (a US state, a UK nation) each lives in, as 'GB-NIR'.
    regions_here: frozenset[str] = frozenset()
    regions_there: frozenset[str] = frozenset()

    @property
    def apart(self) -> bool:
        """True when both say where they live and share no country."""
        return bool(self.here and self.there and not self.here & self.there)


def _lived_in(profile: Profile) -> frozenset[str]:
    """The countries a profile shows its person in: where they live, where their jobs say they were, where the tables
    place their schools ('University of São Paulo' for a nurse now in New York)."""
    places = [resolve_place(text) for text in (profile.location, *(job.location for job in profile.experience)) if text]
    countries = {place.country for place in places if place and place.country}
    return frozenset(countries | {country_of_school(edu.school) for edu in profile.education if edu.school} - {None})


def _employers_apart(a_list: list[Feature], b_list: list[Feature], here: set[str], there: set[str],
                     been_here: frozenset[str] = frozenset(), been_there: frozenset[str] = frozenset()) -> bool:
    """True when one employer's name stands for two: 'Apex Consulting' and 'Apex Partners'; a ministry of two
    countries ('Ministry of Health' for someone in Kenya and for someone in Uganda)."""
    if all(employers_told_apart(a.wording, b.wording) for a in a_list for b in b_list):
        return True
    if all(banks_of_two_countries(a.wording, b.wording, here, there) for a in a_list for b in b_list):
        return True  # 'Banco Santander, S.A.' in Spain and 'Banco Santander Chile': two chartered banks
    if all(registered_arm_and_parent(a.wording, b.wording, here, there) for a in a_list for b in b_list):
        return True  # 'Volkswagen Slovakia, a.s.' in Bratislava and 'Volkswagen AG' in Wolfsburg: two companies
    # A ministry, or a school, hospital or church no table knows, serves one country: 'St. Mary's Hospital' in
    # London and in Sydney are two hospitals.
    local = is_public_body(a_list[0].wording) or is_public_body(b_list[0].wording) or (
        is_local_institution(a_list[0].wording) and not is_known_company(a_list[0].wording))
    # But not a body the table knows under both names: 'National Centre for Scientific Research (CNRS)' is France's
    # CNRS wherever its researcher now lives.
    known = is_known_company(a_list[0].label) and a_list[0].key == b_list[0].key
    # Nor a city's government or board of education, whose key names the city ('Prefeitura de São Paulo' and 'São
    # Paulo City Hall'), of one country only, where one of them lives: the name says which city's. Not a name cities
    # of two countries bear ('Ayuntamiento de Córdoba' in Spain and the 'City of Córdoba' in Argentina).
    known = known or (a_list[0].key == b_list[0].key and a_list[0].key.startswith(_CITY_BODY_KEYS)
                      and len(cities := countries_with_city(a_list[0].key.rpartition(":")[2].replace("-", " "))) == 1
                      and bool(cities & (here | there)))
    # Nor one written with the town it is in after a comma, in the country the other lives in: 'Beaumont Hospital,
    # Dublin' written from Malaysia is the 'Beaumont Hospital' of someone living in Ireland.
    known = known or any(_country_after_comma(f.wording) in side for fs, side in ((a_list, there), (b_list, here))
                         for f in fs)
    # One name both wrote alike, where one of them has lived or studied in the other's country: the hospital a nurse
    # now in New York worked at in São Paulo, where she studied, is the one her colleague in São Paulo names.
    same = {fold(a.wording) for a in a_list} & {fold(b.wording) for b in b_list}
    been = (any(map(_distinctive_name, same)) and not is_public_body(a_list[0].wording)
            and bool(here & been_there or there & been_here))
    return local and not known and not been and bool(here and there and not here & there)


_CITY_BODY_KEYS = ("employer:city-government:", "employer:city-board-of-education:")


def _country_after_comma(name: str) -> str | None:
    """The country of the town a name writes after its last comma ('Beaumont Hospital, Dublin' -> 'IE'), or None."""
    head, comma, tail = name.rpartition(",")
    if not comma or not head.strip() or not tail.strip() or len(tail.split()) > 3 or not is_place_name(tail.strip()):
        return None
    place = resolve_place(tail.strip())
    return place.country if place else None


# Words of many local institutions' names, which tell none apart ('St Mary's Hospital', 'Royal Children's Hospital').
_INSTITUTION_NAME_WORDS = frozenset(
    "saint sankt santa santo sao san general central university universitario universitaire hospital hopital "
    "ospedale klinikum clinic clinica clinique institut institute instituto school college children childrens "
    "royal memorial city county regional district community national public medical center centre klinik "
    "krankenhaus spital ziekenhuis sjukhus sykehus gymnasium lycee liceo colegio escuela escola ecole scuola schule "
    "church iglesia parish club library biblioteca museum museo musee theatre teatro academy academie academia".split())


def _distinctive_name(folded: str) -> bool:
    """True when a local institution's name has a word of its own ('Hospital Sírio-Libanês', 'Goethe-Institut'), not
    only words many share and places ('St Mary's Hospital', 'Royal Melbourne Hospital')."""
    words = re.split(r"[\s'’.-]+", folded)
    saints = {i + 1 for i, w in enumerate(words) if w in _SAINTS}  # 'St Joseph's': a saint's name many share
    return any(len(w) >= 4 and i not in saints and w not in _INSTITUTION_NAME_WORDS and w not in COMMON_WORDS
               and not is_common_word(w) and not is_place_name(w) for i, w in enumerate(words))


_SAINTS = frozenset("st ste saint sainte sankt san santa santo sao s".split())


_FAMILY_WHY = {
    "employer": "You have both worked within {group} ({a} and {b}).",
    "school": "You both studied at {group} ({a} and {b}).",
    "group": "You have both volunteered with {group} ({a} and {b}).",
    "skill": "You both work with {group} ({a} and {b}).",
    "language": "You both speak {group} ({a} and {b}).",
}
_FAMILY_SAME_TIME_WHY = "You were both at {group} in {when} ({a} and {b}), so you may know people in common."


def _shared_parents(mine: ProfileFeatures, theirs: ProfileFeatures, countries: _Countries,
                    rarity: RarityIndex | None) -> list[Commonality]:
    """Parts of one family, when not the same thing: Stanford GSB and Stanford (Stanford University), a Code for
    America brigade and Code for America, Kotlin Multiplatform and Kotlin."""
    here, there, apart = countries.here, countries.there, countries.apart
    out, seen = [], set()
    for a_list in mine.by_key.values():
        a = a_list[0]
        if a.kind not in FAMILY:
            continue
        for b_list in theirs.by_key.values():
            b = b_list[0]
            if b.kind != a.kind or a.key == b.key or a.key in theirs.by_key or b.key in mine.by_key:
                continue
            group = None
            if a.parent_key and a.parent_key in (b.key, b.parent_key):
                group = (a.parent_key, a.parent_label)
            elif b.parent_key and b.parent_key == a.key:
                group = (b.parent_key, b.parent_label)
            if group is None or group[0] in seen or (group[0] in mine.by_key and group[0] in theirs.by_key):
                continue
            if a.kind == "employer" and not _one_employer(a, b, group, apart):
                continue
            if a.kind in ("skill", "language") and group[0] not in (a.key, b.key):
                continue  # two parts of one family are two skills: Spring Boot and Spring Security; Twi and Fante
            if a.kind == "group" and group[0] not in (a.key, b.key) and is_federation(group[0]) and not (
                    here & there and same_national_member(a.wording, b.wording, group[0])):
                continue  # two national members of a federation are two organisations: the Lebanese and Hellenic Red
                # Cross; one member in two languages only where both live ('Croix-Rouge Libanaise', 'Lebanese Red Cross')
            if a.kind == "group" and (not _member_where_bare_one_lives(a, b, group[0], here, there)
                                      or _chapters_of_two_places(a, b, group, countries)):
                # 'St John Ambulance' in London and 'St. John Ambulance Canada', 'Big Brothers Big Sisters of Greater
                # Vancouver' and '... Northwest': two organisations, one cause
                if not is_federation(group[0]) and not _cause_shared_already(group[1], mine, theirs):
                    seen.add(group[0])
                    out.append(_one_cause(a, b, group, rarity))
                continue
            if a.kind == "school" and group[0] not in (a.key, b.key) and is_collegiate(group[0]):
                continue  # two colleges of the University of Delhi are two schools: Lady Shri Ram and Shri Ram College
            seen.add(group[0])
            label = group[1] or a.label
            closeness, why, when = FAMILY[a.kind], _FAMILY_WHY[a.kind], ""
            span = _closest_pair(a_list, b_list)[2] if a.kind == "school" else None
            if span:
                closeness, why, when = FAMILY["school"] * SAME_TIME, _FAMILY_SAME_TIME_WHY, _years(*span)
            weight, share = _weigh(a.kind, group[0], closeness, rarity)
            out.append(Commonality(
                kind=a.kind, label=label, weight=weight, mine=a.wording, theirs=b.wording,
                why=why.format(group=label, a=a.label, b=b.label, when=when)
                + _rarity_clause(group[0], share, rarity, together=bool(span)),
            ))
    return out


def _cause_shared_already(name: str | None, mine: ProfileFeatures, theirs: ProfileFeatures) -> bool:
    """True when an organisation's name says the cause it serves and both people wrote that cause as theirs: two food
    banks of two cities ('Banco de Alimentos de Córdoba' in Spain and in Argentina) add nothing to the hunger relief
    both say they give time to, and naming the two organisations would read as one."""
    cause = normalise_interest(name or "", "cause")
    if cause is None or not cause.known:
        return False
    # Written by both as the cause they give time to, not only read off the organisations' names.
    return all(any(f.source == "volunteering" for f in found.by_key.get(cause.key, ())) for found in (mine, theirs))


_CHAPTERS_APART = 0.5  # a cause served in two places is a weaker tie than one organisation


def _member_where_bare_one_lives(a: Feature, b: Feature, key: str, here: set[str], there: set[str]) -> bool:
    """False when one side names a federation bare and the other its member named for a country the first does not
    live in: the bare name is that person's own country's member ('St John Ambulance' in London)."""
    for bare, chapter, lives in ((a, b, here), (b, a, there)):
        if bare.key == key and bare_name_is_a_member(key):
            return False  # the bare name is a member of its own: 'Terre des hommes' (Lausanne) is not 'Terre des
            # hommes Schweiz' (Basel), even for two people in Switzerland; the cause each serves is read on its own
        if set(fold(bare.wording).split()) & INTERNATIONAL_WORDS:
            continue  # 'Emmaüs International': the movement's own body, not a country's member
        if bare.key == key and chapter.key != key and lives:
            country = chapter_country(chapter.wording, chapter.parent_label)
            if country and country not in lives:
                return False
    return True


def _chapters_of_two_places(a: Feature, b: Feature, group: tuple[str, str | None], countries: _Countries) -> bool:
    """True when two chapters of one organisation name two places ('Les Restos du Cœur de Belgique' and '... de
    France'), or a chapter names a place and the two people live in two countries: each chapter is an organisation
    of its own, and what the two share is the cause they serve, not the chapter."""
    places = [chapter_place(f.wording, group[1]) for f in (a, b) if f.key != group[0]]
    if len(places) == 2 and all(places):
        # One place's name that cities of two countries bear ('Banco de Alimentos de Córdoba', in Argentina and in
        # Spain): one chapter only for two people of one country.
        return not same_place(*places) or (len(countries_with_city(places[0])) >= 2 and not countries.here
                                           & countries.there)
    return countries.apart and any(places)


_ONE_CAUSE_WHY = "You both give your time to the cause {group} serves, with two of its organisations ({a} and {b})."


def _one_cause(a: Feature, b: Feature, group: tuple[str, str | None], rarity: RarityIndex | None) -> Commonality:
    """Two chapters of one organisation in two places: what they share is the cause, not one organisation."""
    label = group[1] or a.label
    weight, share = _weigh("cause", group[0], FAMILY["group"] * _CHAPTERS_APART, rarity)
    return Commonality(kind="cause", label=f"the cause of {label}", weight=weight, mine=a.wording, theirs=b.wording,
                       why=_ONE_CAUSE_WHY.format(group=label, a=a.label, b=b.label))


def _one_employer(a: Feature, b: Feature, group: tuple[str, str | None], apart: bool) -> bool:
    """A division and its company, or two divisions of one, are one employer when each division carries the
    company's name ('Google Cloud', 'Amazon Web Services'), not when one has a brand of its own (YouTube);
    and, for a company no table knows ('Discovery Health' and 'Discovery'), only for two people in one country."""
    # The group written with the other's company in brackets: 'Fast Retailing (UNIQLO)' worked at UNIQLO.
    for bare, other in ((a, b), (b, a)):
        if bare.key == group[0] and other.key != group[0] and any(
                fold(inside) in (fold(other.label), without_legal_form(other.wording))
                for inside in _BRACKETS.findall(bare.wording)):
            return True
    # A brand its group's national operator trades under, against the group named with that country: 'Movistar' and
    # 'Telefónica España' (not Telefónica Deutschland, which trades as O2).
    if any(national_brand_of(f.wording, g.wording) for f, g in ((a, b), (b, a)) if g.key == group[0]):
        return True
    # As written: 'Google DeepMind' carries Google's name, 'DeepMind' does not; 'AWS' is Amazon Web Services' acronym.
    if not all(carries_brand(f.wording, group[1]) or (carries_brand(f.label, group[1]) and stands_for(f.wording, f.label))
               for f in (a, b) if f.key != group[0]):
        return False
    if _two_lines_of_business(a, b, group[0]):
        return False
    if any(listed_company_and_parent(f.wording, g.wording) for f, g in ((a, b), (b, a)) if g.key == group[0]):
        return False  # 'Walmart de México' (Walmex, listed on its own) and 'Walmart Inc.'
    if is_known_company(group[1] or ""):
        return True
    # No table knows the company: only its own name against a division of it, never two divisions ('Access Bank'
    # and 'Access Healthcare'); in one country, or abroad for a name of two words ('Laing O'Rourke').
    # And that name as written, not with a word for a group dropped: 'Apex Group' and 'Apex Systems' are two firms.
    # Or the group of a brand written as one ('CIMB Group' and 'CIMB Islamic Bank'), or the company at one of its
    # places ('Ubisoft Montreal'); 'Avast (now Gen Digital)' is Avast as written.
    bare = next((f for f in (a, b) if f.key == group[0]), None)
    if bare is None:
        return False
    written = _BRACKETS.sub(" ", bare.wording)
    other = b if bare is a else a
    # Abroad, a name of one word is too many companies' ('Discovery'), but not its studio named by a big city
    # against its registered name: 'Ubisoft Montréal' and 'Ubisoft Entertainment SA'.
    registered = is_named_with_place(written, group[1] or "") and has_legal_form(other.wording)
    return ((without_legal_form(written) == fold(group[1] or "") or is_named_with_place(written, group[1] or "")
             or is_group_written(written, group[1]) or is_worldwide_written(written, group[1])) and (not apart or len((group[1] or "").split()) >= 2
                                                           or registered))


def _two_lines_of_business(a: Feature, b: Feature, key: str) -> bool:
    """True when neither is the company itself and each division names a line of business the other does not ('DHL
    Supply Chain' and 'DHL Express', 'AEON Retail' and 'AEON Bank'): two employers under one brand. Not one division
    written with more or fewer words ('Google Cloud' and 'Google Cloud India')."""
    if key in (a.key, b.key):
        return False
    brand = set(key.partition(":")[2].split("-"))
    own_a, own_b = (set(f.key.partition(":")[2].split("-")) - brand for f in (a, b))
    return bool(own_a and own_b and not own_a & own_b)


_OTHER_NAME_WHY = {
    "school": "You both studied at {label} ({reason}).",
    "employer": "You have both worked at {label} ({reason}).",
    "group": "You have both volunteered with {label} ({reason}).",
    "skill": "You both list {label} as a skill ({reason}).",
    "interest": "You both enjoy {label} ({reason}).",
    "cause": "You both care about {label} ({reason}).",
}


def _shared_other_names(mine: ProfileFeatures, theirs: ProfileFeatures, countries: _Countries,
                        rarity: RarityIndex | None) -> list[Commonality]:
    """One school, employer or organisation under two of its names: an acronym and the name written out ('KNUST'
    and 'Kwame Nkrumah University of Science and Technology', 'UST College of Nursing' and 'University of Santo
    Tomas'), or a name the other gives in brackets ('Kerala State Poverty Eradication Mission (Kudumbashree)',
    'Heineken Beverages (formerly Distell)'), or a university's own name with and without the word for
    university ('Egerton' and 'Egerton University, Njoro'). An acronym is trusted only where its school is: where
    the tables place the school written out, that is where the acronym's writer must live ('SNU' in Seoul is not
    Shiv Nadar University, in India); elsewhere the two must live in one country (UCR in San José and UCR in
    Riverside are two universities)."""
    here, there, apart = countries.here, countries.there, countries.apart
    towns = _towns(mine.places) & _towns(theirs.places)

    def unmatched(found: ProfileFeatures, other: ProfileFeatures) -> list[Feature]:
        return [f[0] for f in found.by_key.values() if f[0].kind in _OTHER_NAME_WHY and f[0].key not in other.by_key
                and not (f[0].parent_key and f[0].parent_key in other.by_key)]

    out, seen = [], set()
    for a in unmatched(mine, theirs):
        for b in unmatched(theirs, mine):
            if a.kind != b.kind or a.key in seen or b.key in seen:
                continue
            if a.kind == "school" and a.parent_key and a.parent_key == b.parent_key:
                continue  # two schools of one university: what they share is the university, told once as that
                # ('NUS' in 'NUS Saw Swee Hock School of Public Health' is no other name of Duke-NUS Medical School)
            if a.kind == "employer" and _body_of_another_region([a], [b], countries.regions_here,
                                                                countries.regions_there):
                continue  # 'Department for Education' in London: not Northern Ireland's Department of Education
            for short, long, short_side, long_side in ((a, b, here, there), (b, a, there, here)):
                reason = _other_name(short, long, short_side, apart, long_side, towns)
                if reason is None:
                    continue
                seen.update((a.key, b.key))
                weight, share = _weigh(a.kind, long.key, 1.0, rarity)
                # Written in two scripts ('Data Analysis', '数据分析'): headed by the user's own wording, which they
                # read; theirs stays in the reason (newcomer 9, C3). Else the longer name says more.
                label = a.label if _in_two_scripts(a.wording, b.wording) else long.label
                why = _OTHER_NAME_WHY[a.kind].format(label=label, reason=reason)
                out.append(Commonality(kind=a.kind, label=label, weight=weight, mine=a.wording,
                                       theirs=b.wording, why=why + _rarity_clause(long.key, share, rarity)))
                break
    return out


def _in_two_scripts(a: str, b: str) -> bool:
    """True when two wordings' letters are written in different scripts ('Data Analysis', '数据分析')."""
    import unicodedata

    def scripts(text: str) -> set[str]:
        # kana's long-vowel mark ('ー') names no script of its own
        return {unicodedata.name(ch, "?").split(" ")[0] for ch in text if ch.isalpha()} - {"KATAKANA-HIRAGANA"}

    return not scripts(a) & scripts(b) and bool(scripts(a)) and bool(scripts(b))


def _inside_interest(short: Feature, long: Feature) -> str | None:
    """A hobby named inside a longer wording the lexicon does not know ('candombe' in 'tambor de candombe',
    'samba' in 'roda de samba'). Not inside one it knows: 'football' in 'American football' is another game."""
    if long.known or long.source != "interests" or short.source != "interests":
        return None
    inner, outer = fold(short.wording), fold(long.wording)
    if inner == outer or len(inner) < 5 or f" {inner} " not in f" {outer} ":
        return None
    at = f" {outer} ".index(f" {inner} ")
    if outer.startswith(inner + " ") or made_other(outer, at, at + len(inner)) \
            or craft_named_with(short.wording, long.wording):
        return None  # 'salsa making', 'bridge engineering', 'Arsenal de Sarandí', 'web surfing': another thing
    return f"{short.wording} in {long.wording}"


def _cause_in_other_words(short: Feature, long: Feature) -> str | None:
    """A cause the lexicon does not know, in two languages or word orders: the same words translated and stemmed
    ('Inclusão digital' and 'Digital inclusion', 'Protección animal' and 'Animal protection'). Not a cause the
    lexicon knows, which it tells apart ('Child welfare' and 'Animal welfare'), nor a cause and an organisation."""
    if short.known or long.known or short.source == "organisation" or long.source == "organisation":
        return None
    words = skill_words(short.wording)
    if not words or words != skill_words(long.wording) or not any(len(w) >= 5 for w in words):
        return None
    return f"{short.wording} is {long.wording}"


_BRACKETS = re.compile(r"\(\s*(?:formerly|previously|ex|now|antes|anteriormente|ehemals|anciennement)?[\s:-]*([^)]+)\)",
                       re.IGNORECASE)


def _towns(places: list[Place]) -> set[str]:
    """The keys of the cities and metros a person lives in."""
    return {key for place in places for level, key, _ in place.levels() if level in ("city", "metro")}


def _other_name(short: Feature, long: Feature, short_side: set[str], apart: bool,
                long_side: set[str] = frozenset(), towns: set[str] = frozenset()) -> str | None:
    """Why `short` names what `long` names, in a few words, or None when it does not."""
    if long.kind == "skill":
        if is_listed(short.wording) and is_listed(long.wording):
            return None  # two skills the table knows apart: 'AI' is not 'Adobe Illustrator'
        if is_listed(short.wording):  # an acronym the table knows stands for its own skill: 'PR' is public relations
            reason = same_skill_wording(short.label, long.wording)
            if reason is None and is_bare_acronym(short.wording.strip()) and fold(short.wording) in {
                    fold(inside) for inside in _BRACKETS.findall(long.wording)}:
                # the table's acronym, as the other gives it in brackets: 'SIG' (GIS in Spanish and Portuguese) and
                # 'Geoprocessamento (SIG)'
                reason = same_skill_wording(short.wording, long.wording)
            if reason is None and len(short.wording.split()) >= 2 and fold(short.wording) in {
                    fold(inside) for inside in _BRACKETS.findall(long.wording)}:
                # a listed name of words, as written in the other's brackets: 'Infection control' and 'Kansen taisaku
                # (infection control)', where the table's name is 'Infection prevention and control'
                return f"{short.wording.strip()} is {long.wording.strip()}"
            return reason and (f"{short.wording} is {short.label}" if fold(short.wording) != fold(short.label) else reason)
        reason = same_skill_wording(short.wording, long.wording)
        return reason if reason is None or _field_agrees(short, long) else None
    if long.kind == "interest":
        return _inside_interest(short, long)
    if long.kind == "cause":
        if short.source == "organisation" and long.source == "organisation" and not apart \
                and name_inside(short.wording, long.wording):
            return f"{short.wording.strip()} is {long.wording.strip()}"  # 'Pratham', 'Pratham Education Foundation'
        if short.source == "organisation" and long.source == "organisation" and not apart \
                and len(short.wording.split()) == 1 and stands_for(short.wording, long.wording):
            return f"{short.wording.strip()} is {long.wording.strip()}"  # 'EmiratesGBC', 'Emirates Green Building Council'
        if short.source == "organisation" and long.source == "organisation" and not apart \
                and same_name_other_script(short.wording, long.wording):
            return f"{short.wording.strip()} is {long.wording.strip()}"  # 'गूंज', 'Goonj'
        if short.source == "organisation" and long.source == "organisation" \
                and same_organisation_by_words(short.wording, long.wording, short_side & long_side):
            return f"{short.wording.strip()} is {long.wording.strip()}"  # 'Eesti Toidupank', 'Estonian Food Bank'
        return _cause_in_other_words(short, long)
    if one_acronym_two_organisations(short.wording, long.wording):
        return None  # 'Indian Tobacco Company (ITC)' and 'ITC (International Trade Centre)': two organisations
    # One name in two scripts ('أرامكو السعودية', 'Saudi Aramco'); a local institution's only where both live.
    if long.kind in ("employer", "group") and same_name_other_script(short.wording, long.wording) and not (
            apart and any(is_local_institution(f.wording) or is_public_body(f.wording) for f in (short, long))):
        return f"{short.wording.strip()} is {long.wording.strip()}"
    if long.kind == "employer" and branches_in_two_places(short.wording, long.wording):
        return None  # 'All India Institute of Medical Sciences, New Delhi' and 'AIIMS Jodhpur': two campuses
    if long.kind == "employer" and bool(joined_organisations(short.wording)) != bool(joined_organisations(long.wording)):
        return None  # 'MRC/UVRI & LSHTM Uganda Research Unit' is a unit of partners, none of them one of its partners
    if _same_words_reordered(short.wording, long.wording):
        return f"{short.wording.strip()} is {long.wording.strip()}"  # 'TAFE NSW' and 'NSW TAFE'
    if long.kind in ("employer", "group") and same_name_clipped(short.wording, long.wording):
        return f"{short.wording.strip()} is {long.wording.strip()}"  # 'Les Restos du Cœur' and 'Restaurants du Cœur'
    # One organisation named in its own language and in another, read word by word: every word of each has its
    # counterpart, the kind and the place agree ('Budapesti Fesztiválzenekar', 'Budapest Festival Orchestra'). Not two
    # schools the tables know apart.
    if long.kind in ("employer", "group", "school") and not (long.kind == "school" and short.known and long.known) \
            and same_organisation_by_words(short.wording, long.wording, short_side & long_side):
        return f"{short.wording.strip()} is {long.wording.strip()}"
    home = country_of_school(long.wording) if long.kind == "school" else None
    # A school the normaliser placed ('Universidad de los Andes (Mérida, Venezuela)') is where it says.
    placed = {country_in_key(key) for key in (short.key, long.key) if "@" in key}
    if long.kind == "school":  # or by the university it is written as part of: "St George's, University of London"
        placed |= {country_of_parent(f.wording) for f in (short, long)} - {None}
    if long.kind == "school" and any(c and len(c) == 2 for c in placed):  # and where the tables place the other:
        # 'Universidad de los Andes' placed in Chile is not 'Universidad de los Andes (Colombia)'
        placed |= {country_of_school(f.wording) for f in (short, long) if "@" not in f.key} - {None}
    # Placed where neither writer lives, or where one does not: 'Universidad del Pacífico (Chile)' is not Lima's.
    elsewhere = len(placed) > 1 or any(placed and side and not placed & side for side in (short_side, long_side))
    if long.kind == "school" and not elsewhere and same_university(short.wording, long.wording,
                                                                   (short_side, long_side)):
        return f"{short.wording} is {long.label}"
    if long.kind == "school" and _read_as_another_school(short, long, short_side):
        return None
    if long.kind == "school" and not elsewhere and not apart and (named_by_its_acronym(short.wording, long.wording)
                                                                   or same_bracketed_acronym(short.wording, long.wording)):
        return f"{short.wording} is {long.label}"
    if long.kind == "employer" and short_side & long_side and _one_acronym_two_languages(short.wording, long.wording):
        return f"{short.wording.strip()} is {long.wording.strip()}"  # 'Finanzmarktaufsicht (FMA)', 'Austrian ... (FMA)'
    if long.kind in ("employer", "group") and not apart and _contracted_name(short.wording, long.wording):
        return f"{short.wording.strip()} is {long.wording.strip()}"  # 'Inditex': Industria de Diseño Textil
    if long.kind == "employer" and spells_out(short.wording, long.wording):
        return f"{short.wording.strip()} is {long.label}"  # 'CSIRO', 'HSBC': every letter a word of a long name
    if long.kind == "employer" and founder_and_partners(short.wording, long.wording):
        # a firm under its founder's rare surname, wherever its staff live: 'Arup' and 'Ove Arup & Partners'
        return f"{short.wording.strip()} is {long.wording.strip()}"
    if long.kind in ("employer", "group") and name_then_its_initials(short.wording, long.wording):
        return f"{short.wording.strip()} is {long.wording.strip()}"  # 'Bronte SLSC': Bronte Surf Life Saving Club
    if long.kind == "employer" and country_arm_written_out(short.wording, long.wording):
        return f"{short.wording.strip()} is {long.wording.strip()}"  # 'Shell Nigeria': Shell Petroleum ... of Nigeria
    if long.kind == "employer" and owner_then_brand(short.wording, long.wording):
        return f"{short.wording.strip()} is {long.wording.strip()}"  # 'Mailchimp', now 'Intuit Mailchimp'
    if long.kind in ("employer", "group"):
        reason = _one_organisation_wherever(short.wording, long.wording)
        if reason:
            return reason
    if long.kind == "school" and _long_acronym_written_out(short.wording, long.wording):
        return f"{short.wording.strip()} is {long.label}"
    if (home and short_side and home not in short_side) or (home is None and apart):
        return None
    # An organisation volunteered with, with and without its kind ('ONG Gerando Falcões', 'Akshaya Patra Foundation');
    # not an employer: a company's foundation is an organisation of its own ('Vanguard' and 'Vanguard Charitable').
    if long.kind == "group" and not is_known_company(short.wording) and (
            _kind_word_added(short.wording, long.wording) or _subtitle_added(short.wording, long.wording)):
        return f"{short.wording.strip()} is {long.wording.strip()}"
    # And an employer so written ('Gift of the Givers' and 'Gift of the Givers Foundation'), when neither name is a
    # company the tables know and the bare name is of several words: 'Ford' and the 'Ford Foundation', 'Brightline'
    # and the 'Brightline Foundation' are two employers (a one-word brand's foundation is the company's own charity).
    if long.kind == "employer" and len(short.wording.split()) > 1 \
            and not (is_known_company(short.wording) or is_known_company(long.wording)) \
            and _kind_word_added(short.wording, long.wording):
        return f"{short.wording.strip()} is {long.wording.strip()}"
    # A charity by its acronym, and by the acronym then its work: 'KWF' and 'KWF Kankerbestrijding'.
    if long.kind == "group" and acronym_then_its_work(short.wording, long.wording):
        return f"{short.wording.strip()} is {long.wording.strip()}"
    # One name inside the other, kind words and legal forms aside: 'Belmond' and 'Belmond Hotel Monasterio'.
    if long.kind in ("employer", "group") and name_inside(short.wording, long.wording, long.kind == "employer"):
        return f"{short.wording.strip()} is {long.wording.strip()}"
    for other in _BRACKETS.findall(long.wording):
        # Or the organisation a chapter belongs to: 'Redningsselskapet – Ålesund' and '... (Redningsselskapet)'.
        if fold(other) in (fold(short.wording), fold(short.label), fold(short.parent_label or "") or None):
            return f"also called {other.strip()}"
        if _native_acronym(other, short.wording, long.wording):
            return f"{other.strip()} is {short.wording}"
    if long.kind in ("group", "employer", "school"):  # 'Code for America Brigade – BetaNYC': the name after the dash
        # is its own; 'Facultad de Ciencias Agrarias - UNR': a faculty, then its university's acronym
        parts = DASHED.split(long.wording)
        # And an employer's own name before a dash, then what it calls itself: 'Medanta – The Medicity'. Not a
        # contractor and its client ('Wipro - Microsoft'), nor a name before a known company's ('Acme – Google').
        known = [part for part in parts if is_known_company(part)] if long.kind == "employer" else []
        if len({normalise_company(part).key for part in known}) > 1:
            parts = parts[:1]
        before = long.kind == "employer" and len(parts) > 1 and not set(known) & set(parts[1:])
        for other in parts[1:] + (parts[:1] if before else []):
            if (fold(other) == fold(short.wording) and len(fold(other)) >= (3 if long.kind == "school" else 4)
                    and not is_place_name(other)):
                return f"also called {other.strip()}"
    plain = _BRACKETS.sub(" ", long.wording)
    if long.kind in ("employer", "group") and _written_together(short.wording, plain):
        return f"{short.wording} is {long.wording}"
    # A volunteering organisation is compared as an employer is, when its name is more than a word of a dictionary
    # ('Code Club UK', 'Naturskyddsföreningen Göteborg'; not 'Feeding' and 'Feeding Malawi').
    if (long.kind == "employer" or (long.kind == "group" and _names_itself(short.wording))) and not apart:
        branch = one_employer_wording(short.wording, long.wording, f"{short.detail or ''} {long.detail or ''}",
                                      towns)
        if branch:
            return branch
        if same_name_translated(short.wording, long.wording, short_side & long_side):
            return f"{short.wording} is {long.wording}"
    if long.kind == "employer":  # 'CNRS' and 'Centre national de la recherche scientifique (CNRS)': written there
        for other in _BRACKETS.findall(long.wording):  # 'CRRC Corporation Limited' and 'Zhongguo Zhongche (CRRC)'
            if fold(other) in (fold(short.wording), without_legal_form(short.wording)) and len(fold(other)) >= 3:
                return f"also called {other.strip()}"
    if long.kind == "employer" and is_known_company(short.wording):
        return None  # 'HP' is HP Inc., not Hindustan Petroleum; 'TCS' not Tata Communications Services
    if (long.kind == "employer" and names_another_trade(short.wording, long.wording)
            and not is_known_company(short.wording.split()[0])):
        return None  # 'AGL Energy' is no Africa Global Logistics; 'HSBC Global Asset Management' is HSBC's
    if long.kind == "employer" and _local_company_of_brand(short.wording, long.wording):
        return f"{short.wording.strip()} is {long.wording.strip()}"  # 'Knorr-Bremse Fékrendszerek Kft.'
    if long.kind == "school" and acronym_placed_apart(short.wording, long.wording):
        return None  # 'IIIT Bangalore' is not IIIT Hyderabad: the city says which institute of one acronym
    # and without its office's words: 'Japan International Cooperation Agency (JICA) Cambodia Office' is JICA's
    legal_free = without_country_office(without_legal_form(plain)) if long.kind == "employer" else None
    # Only an acronym written as the name ('NUST'), not one in brackets after a name written out: 'Namibia
    # University of Science and Technology (NUST)' is not Zimbabwe's 'National University of ... (NUST)'.
    acronym = stands_for(_BRACKETS.sub(" ", short.wording), plain, legal_free, long.parent_label)
    if acronym is None and long.kind == "school" and is_bare_acronym(short.wording) and len(short.wording) >= 3:
        # The letters of another name the tables know the school by: 'KPI' and 'Igor Sikorsky Kyiv Polytechnic
        # Institute', also known as the Kyiv Polytechnic Institute (three letters or more: two stand for too many).
        acronym = next((found for name in school_names(long.wording)
                        if len(name.split()) >= 3 and len(found := stands_for(short.wording, name) or "") >= 3), None)
    if acronym is None:
        return None
    if len(acronym) < 3 and long.kind == "employer" and not is_known_company(long.wording):
        return None  # two letters stand for too many companies ('BA': British Airways, Banco Azteca...)
    written = next((w for w in short.wording.split() if fold(w).replace(" ", "") == acronym), acronym.upper())
    return f"{written} is {_BRACKETS.sub(' ', long.label).strip()}"


# Words that say what kind of organisation a name is, in the languages profiles are written in: one organisation's name
# is written with and without them ('ONG Gerando Falcões', 'Akshaya Patra Foundation').
_ORGANISATION_KINDS = frozenset(
    "foundation fund trust society association charity charitable organisation organization initiative ong ngo"
    " onlus stiftung fundacion fundacao fondation fondazione fundacja stichting asociacion associacao associazione"
    " verein ev".split())
_NAME_LITTLE = frozenset("the of de da do del della la le das dos".split())


def _kind_word_added(short: str, long: str) -> bool:
    """One organisation's name, the longer with a word more of what kind it is ('Akshaya Patra' and 'Akshaya Patra
    Foundation'; 'ONG Gerando Falcões' and 'Gerando Falcões'): the shorter's kind words all in the longer (not 'Cancer Society' and
    'Cancer Foundation'), and the name without them its own: two words or more not all words of many names, or one
    of five letters or more that is no place, hobby or word of the dictionaries ('Hope', 'Bristol', 'Education' are
    not)."""
    def parts(name: str) -> tuple[list[str], list[str]]:
        words = [w for w in fold(_BRACKETS.sub(" ", name)).replace("-", " ").replace(".", "").split()
                 if w not in _NAME_LITTLE]
        return [w for w in words if w not in _ORGANISATION_KINDS], [w for w in words if w in _ORGANISATION_KINDS]
    (a_core, a_kinds), (b_core, b_kinds) = parts(short), parts(long)
    if not a_core or a_core != b_core or not len(a_kinds) < len(b_kinds) or not set(a_kinds) <= set(b_kinds):
        return False
    own = [w for w in a_core if w not in COMMON_WORDS and not is_common_word(w) and w not in _ORGANISATION_WORDS]
    if len(a_core) >= 2:
        return bool(own)
    word = a_core[0]
    hobby = normalise_interest(word)
    return bool(own) and len(word) >= 5 and word.isalpha() and not is_place_name(word) and not (
        hobby is not None and hobby.known) and not is_listed(word)


def _own_word(word: str, least: int) -> bool:
    """A word of a name that is its own: so many letters or more, no word of many names, of the dictionaries or
    of a place."""
    return (len(word) >= least and word not in COMMON_WORDS and not is_common_word(word)
            and word not in _ORGANISATION_WORDS and not is_place_name(word))


_LOCAL_DESCRIPTOR_MIN = 6  # letters of the word a local company adds to its brand ('Fékrendszerek', 'Forsikring')


def _local_company_of_brand(short: str, long: str) -> bool:
    """True when `long` is a brand's company in one country, named as such companies are: the brand, one word in
    the country's language saying its trade, and a legal form ('Knorr-Bremse Fékrendszerek Kft.', 'Gjensidige
    Forsikring ASA'). The brand must be a name of its own, and the word no acronym and no English word, which
    would name another company of the name ('Emirates NBD PJSC' is no Emirates, 'Delta Electronics Inc.' no Delta)."""
    if not has_legal_form(long) or _BRACKETS.search(long):
        return False
    brand, core = fold(short).split(), fold(without_legal_form(long)).split()
    if not brand or len(core) != len(brand) + 1 or core[:-1] != brand:
        return False
    extra, written = core[-1], without_legal_form(long).split()[-1] if without_legal_form(long).split() else ""
    if written.isupper() or not extra.isalpha() or not _own_word(extra, _LOCAL_DESCRIPTOR_MIN):
        return False
    return any(_own_word(word.replace("-", ""), 5) for word in brand) and not is_listed(short)


def _subtitle_added(short: str, long: str) -> bool:
    """True when an organisation's name is written with what it calls itself after it ('RSVP Singapore' and 'RSVP
    Singapore The Organisation of Senior Volunteers'): the whole shorter name, then 'the' and two words or more, the
    name with a word of its own (not 'Red Cross' and 'Red Cross The ...' of another country: a chapter says where)."""
    a, b = fold(short).split(), fold(long).split()
    return (len(b) >= len(a) + 3 and b[:len(a)] == a and b[len(a)] == "the"
            and (len(a) >= 2 and any(_own_word(word, 4) for word in a) or len(a) == 1 and _own_word(a[0], 5)))


_LONG_ACRONYM = 5  # letters of an acronym too long to stand for two schools' names by chance ('LSHTM')


def _long_acronym_written_out(short: str, long: str) -> bool:
    """True when a school's acronym of five letters or more is the initials of the other's name written out
    ('LSHTM', 'London School of Hygiene and Tropical Medicine'): wherever its two writers live, since people study
    abroad, and so many letters name one school (three, 'UTN', 'UST', stand for several)."""
    acronym = short.strip()
    return (is_bare_acronym(acronym) and len(acronym) >= _LONG_ACRONYM and not _BRACKETS.search(long)
            and stands_for(acronym, long.strip()) == fold(acronym))


def _one_acronym_two_languages(a: str, b: str) -> bool:
    """True when two names written out give one acronym in brackets and are one body's names in two languages: no
    word in common, one spelling it out word by word and the other one word that holds its letters in order, as the
    compounds of German, Dutch and the Nordic languages do ('Finanzmarktaufsicht (FMA)' and 'Austrian Financial
    Market Authority (FMA)'). Not two bodies of one acronym, each spelling it ('Bureau of Meteorology (BOM)' and 'Bank
    of Maharashtra (BOM)') or a name of several words that does not ('Zorvek Holding (ZVH)'), nor two of one language
    ('Financial Markets Authority (FMA)' and 'Austrian Financial Market Authority (FMA)'). The caller asks that both
    live in one country: an acronym in brackets is a national body's, and two countries have bodies of one acronym."""

    def spelled(acronym: str, name: str) -> bool:  # a country's word before the name aside ('Austrian')
        words = name.split()
        return bool(stands_for(acronym, name) or (len(words) >= 3 and stands_for(acronym, " ".join(words[1:]))))

    shared = {fold(x) for x in _BRACKETS.findall(a)} & {fold(x) for x in _BRACKETS.findall(b)}
    acronyms = [x for x in shared if len(x) >= 3 and is_bare_acronym(x.upper())]
    if not acronyms:
        return False
    names = [_BRACKETS.sub(" ", name).strip() for name in (a, b)]
    words = [{w for w in fold(name).split() if len(w) >= 3} for name in names]
    if not all(words) or words[0] & words[1]:
        return False
    def compound(acronym: str, name: str) -> bool:  # 'finanzmarktaufsicht' holds f, m, a in order, from its first
        word = fold(name).replace(" ", "")
        letters = iter(word)  # each letter of the acronym found after the one before: one pass over the word
        return len(name.split()) == 1 and word[:1] == acronym[:1] and all(c in letters for c in acronym)

    return any(sorted((spelled(acronym.upper(), name), bool(compound(acronym, name))) for name in names)
               == [(False, True), (True, False)] for acronym in acronyms)


def _contracted_name(short: str, long: str) -> bool:
    """True when `short` is one word contracted from the first letters of `long`'s words ('Inditex', 'Industria de
    Diseño Textil, S.A.'; 'MINSA', 'Ministerio de Salud del Perú', the country after it aside): never a word of the
    dictionaries or a place ('Mondo', 'Santos'), which many names' first letters make."""
    if not _own_word(fold(short), 1):
        return False
    words = without_legal_form(_BRACKETS.sub(" ", long)).split()
    while len(words) >= 2:
        if contracted_from(short.strip(), words):
            return True
        if not is_place_name(words[-1]):
            return False
        words = words[:-1]
        while words and words[-1] in _NAME_LITTLE | {"del", "de", "do", "da", "di", "du"}:
            words = words[:-1]
    return False


def _same_words_reordered(a: str, b: str) -> bool:
    """One organisation's name with its words in another order ('Burj Al Arab Jumeirah' and 'Jumeirah Burj Al Arab',
    'TAFE NSW' and 'NSW TAFE'): the same words, two or more, at least one of them not a word of many names."""
    x, y = fold(_BRACKETS.sub(" ", a)).split(), fold(_BRACKETS.sub(" ", b)).split()
    return len(x) >= 2 and x != y and sorted(x) == sorted(y) and any(
        len(w) >= 3 and w not in COMMON_WORDS and not is_common_word(w) and w not in _ORGANISATION_WORDS for w in x)


# Words many organisations' names are made of, which tell none apart ('Group Services', 'Services Group').
_ORGANISATION_WORDS = frozenset("group groupe services service holding holdings international national global bank"
                                " company partners solutions consulting associates industries enterprises".split())


_OWN_NAME = 6  # letters of a name another gives in brackets that is one organisation's wherever they live


def _one_organisation_wherever(short: str, long: str) -> str | None:
    """Why two names are one organisation whatever countries the two people live in, or None: the names say it
    themselves. A body of a country named in two languages ('Banco de España' and 'Bank of Spain'); one name in two
    languages with the acronym both give ('Istituto Nazionale di Fisica Nucleare (INFN)' and 'National Institute for
    Nuclear Physics (INFN)'); a name the other gives in brackets, long enough to be one organisation's ('Petronas' and
    'Petroliam Nasional Berhad (PETRONAS)'); one institute of a body both name by its acronym ('CSIC – Instituto de
    Agricultura Sostenible' and 'Instituto de Agricultura Sostenible (IAS-CSIC)')."""
    if national_body_translated(short, long) or _institution_translated(short, long):
        return f"{short.strip()} is {long.strip()}"
    if "(" not in long:
        return None
    acronyms = {fold(x) for x in _BRACKETS.findall(short)} & {fold(x) for x in _BRACKETS.findall(long)}
    if any(len(a) >= 3 and " " not in a for a in acronyms) and same_words_translated(short, long):
        return f"{short.strip()} is {long.strip()}"
    for other in _BRACKETS.findall(long):
        letters = fold(other).replace(" ", "")
        if fold(other) == fold(short) and len(letters) >= _OWN_NAME and letters.isalpha():
            return f"also called {other.strip()}"
    if _acronym_then_words(short, long):
        return f"{short.strip()} is {long.strip()}"
    if not all(DASHED.search(name) or "(" in name for name in (short, long)):
        return None
    core = _without_parent_acronym(short)
    if (core and len(core.split()) >= 3 and core == _without_parent_acronym(long)
            and _parent_acronyms(long) & _parent_acronyms(short)):
        return f"{short.strip()} is {long.strip()}"
    return None


def _institution_translated(short: str, long: str) -> bool:
    """True when a hospital, school or museum is named in its own language and in another, its kind translated and its
    own name or its town's the same ('Bệnh viện Bạch Mai' and 'Bach Mai Hospital', 'Oslo universitetssykehus' and 'Oslo
    University Hospital, Ullevål'): the name says which one wherever its staff now live. A site after a comma is no
    word of the name. Not names made only of words many institutions share ('Hospital General', 'City Hospital')."""
    names = [name.rpartition(",")[0] if "," in name and len(name.rpartition(",")[2].split()) <= 2 else name
             for name in (short, long)]
    words = skill_words(names[0])
    if not (is_local_institution(short) or is_local_institution(long)) or words != skill_words(names[1]):
        return False
    own = [word for word in words if len(word) >= 4 and word not in _INSTITUTION_NAME_WORDS
           and word not in COMMON_WORDS and not is_common_word(word)]
    return bool(own) and same_name_translated(*names)


def _acronym_then_words(short: str, long: str) -> bool:
    """True when `short` begins with the acronym `long` gives in brackets and goes on in words that translate to some
    of `long`'s own ('KWF Kankerbestrijding', cancer control, and 'Dutch Cancer Society (KWF)'): one organisation by
    its letters and its name in two languages."""
    first, _, rest = short.strip().partition(" ")
    if not rest or not is_bare_acronym(first) or len(first) < 3:
        return False
    if fold(first) not in {fold(inside) for inside in _BRACKETS.findall(long)}:
        return False
    shared = skill_words(rest) & skill_words(_BRACKETS.sub(" ", long))
    return any(len(word) >= 4 and word.isalpha() for word in shared)


def _parent_acronyms(name: str) -> set[str]:
    """The acronyms a name gives as its own parts, after a dash or in brackets, and each hyphenated part of them
    ('Instituto … (IAS-CSIC)': ias, csic; 'CSIC – Instituto …': csic)."""
    found = set()
    for part in [*DASHED.split(_BRACKETS.sub(" ", name)), *_BRACKETS.findall(name)]:
        for piece in re.split(r"[-/\s]+", part.strip()):
            if is_bare_acronym(piece) and len(piece) >= 3:
                found.add(fold(piece))
    return found


def _without_parent_acronym(name: str) -> str:
    """A name without its brackets and the parts a dash sets apart that are acronyms alone ('CSIC – Instituto de
    Agricultura Sostenible' -> 'instituto de agricultura sostenible')."""
    parts = [part for part in DASHED.split(_BRACKETS.sub(" ", name)) if not is_bare_acronym(part.strip())]
    return fold(" ".join(parts))


_OWN_WORD = 10  # letters of a one-word name no dictionary has ('Naturskyddsföreningen', 'Kudumbashree')


def _names_itself(name: str) -> bool:
    words = fold(name).split()
    return len(words) >= 2 or (len(words) == 1 and len(words[0]) >= _OWN_WORD)


def _native_acronym(bracketed: str, short: str, long: str) -> bool:
    """True when the acronym a name gives in brackets is not its own words' but the other name's: the name in its
    own language ('Istanbul Metropolitan Municipality (IBB)' and 'İstanbul Büyükşehir Belediyesi', 'Warsaw School
    of Economics (SGH)' and 'Szkoła Główna Handlowa w Warszawie'). Not an acronym its own words spell: 'Namibia
    University of Science and Technology (NUST)' is not the National University of Science and Technology. Nor an
    acronym the other name also gives in brackets: there it names the school written before it, and two names
    written out beside one acronym are for same_bracketed_acronym to judge ('Universidad Peruana de Ciencias
    Aplicadas (UPC)' is not 'Universitat Politècnica de Catalunya (UPC)')."""
    written = bracketed.strip()
    if fold(written) in {fold(other) for other in _BRACKETS.findall(short)}:
        return False
    acronym = acronym_of(written) if len(written.split()) == 1 else None
    if acronym is None or len(acronym) < 3 or acronym in initials(_BRACKETS.sub(" ", long)):
        return False
    return stands_for(written, short) == acronym


# Words of any field's job titles: two people sharing one say nothing of a shared field.
_ANY_FIELD = {"senior", "junior", "lead", "head", "chief", "manager", "management", "director", "officer", "associate",
              "assistant", "consultant", "specialist", "executive", "team", "staff", "general", "principal", "intern",
              "programme", "program", "project", "coordinator", "member", "owner", "founder", "partner", "freelance",
              "communication", "excel", "office", "microsoft", "leadership", "teamwork", "english"}


def _field_agrees(short: Feature, long: Feature) -> bool:
    """False when a bare acronym ('CTA') meets a skill that writes out what it stands for ('Irish Tax Institute (CTA)')
    and nothing in the acronym's writer's field of work says so: a marketer's CTA is a call to action. The field
    agrees when it uses a word of the written-out name (tax), or when the two people's fields share a word of their
    own (two nurses, 'ACLS' and 'Advanced Cardiovascular Life Support (ACLS)'), in any language the tables translate;
    a profile that says nothing of its field does not disagree."""
    if short.detail is None or "(" not in long.wording or long.detail is None:
        return True
    acronym, spelled = fold(short.wording), fold(_BRACKETS.sub(" ", long.wording))
    if not any(c.isascii() and c.isalpha() for c in spelled):
        return True  # written out in a script of no Latin words ('統計製程管制 (SPC)'): no word of it to agree with

    def telling(text: str) -> set[str]:
        words = {w for w in text.split() if len(w) >= 4 and w != acronym}
        return (words | skill_words(text)) - COMMON_WORDS - _ANY_FIELD - {acronym}
    mine, theirs = telling(short.detail) - telling(short.wording), telling(long.detail)
    if not mine or not theirs:
        return True  # a profile that says nothing of its field keeps the acronym's one reading, as 'NLP' does
    return bool(telling(spelled) & mine or mine & theirs)


def _read_as_another_school(short: Feature, long: Feature, short_side: set[str]) -> bool:
    """True when the tables read a name written with an acronym as one school, and the other name as another: 'USC'
    is not South Carolina, nor 'MIT Sloan' the Manipal Institute of Technology; 'ENSBA Lyon' (an acronym and its city)
    not the École nationale supérieure des Beaux-Arts in Paris; 'UNC Chapel Hill' (placed in the United States) not
    the Universidad Nacional de Córdoba (in Argentina). `short_side` is where the acronym's writer lives."""
    acronym, *after = short.wording.split() or [""]
    if not is_bare_acronym(acronym):
        return False
    # 'USC Marshall School of Business' and 'MIT Sloan School of Management' are read as faculties of the university
    # the letters stand for, which would have met the other as their parent: a name written out with the same
    # initials is another school ('University of South Carolina – Darla Moore School', 'Manipal Institute of
    # Technology').
    if after and short.parent_key and short.parent_key not in (long.key, long.parent_key):
        return True
    if fold(short.label) == fold(short.wording):
        return False
    if not after:
        if is_known_school(long.wording):
            return True
        # 'MIT' read as the Massachusetts Institute of Technology, written by someone who lives there or says nowhere,
        # is not 'Manipal Institute of Technology'; abroad, the letters may stand for a school the tables miss there.
        home = country_of_school(short.wording)
        return not _written_out_as(short.label, long.wording) and (not short_side or home in short_side)
    countries = {country_of_school(short.wording), country_of_school(long.wording)}
    return is_place_name(" ".join(after)) or (None not in countries and len(countries) == 2)


def _written_out_as(name: str, written: str) -> bool:
    """True when `written` is the school's `name` with a place or a bracket added ('Massachusetts Institute of
    Technology (MIT)'), or the same name in another form the school rules read alike."""
    plain = fold(_BRACKETS.sub(" ", written).split(",")[0])
    return fold(name) == plain or same_university(name, written)


def _written_together(a: str, b: str) -> bool:
    """One name with and without its spaces ('AstraZeneca' and 'Astra Zeneca', 'BonelliErede' and 'Bonelli Erede'),
    long enough to be a name of its own."""
    def joined(name: str) -> str:
        return without_legal_form(_BRACKETS.sub(" ", name)).replace(" ", "").replace("-", "")

    # and with a German umlaut written out on one side ('Kühne + Nagel' and 'Kuehne+Nagel')
    return fold(a) != fold(b) and any(len(x) >= 6 and x == y for x, y in (
        (joined(a), joined(b)), (joined(umlauts_spelled_out(a)), joined(b)), (joined(a), joined(umlauts_spelled_out(b)))))


def _prose(profile: Profile) -> str:
    return "\n".join(filter(None, (profile.headline, profile.about, *profile.interests)))


def _shared_phrases(me: Profile, them: Profile, found: list[Commonality],
                    rarity: RarityIndex | None) -> list[Commonality]:
    """What both write about in the same words though no lexicon knows it ('urban water governance'), when
    nothing found already says it."""
    # What is said already: each thing found, by its label and as each side listed it; not the prose quoted around
    # a hobby, whose other words say nothing yet ('Writing about customer experience' quoted for basketball).
    said = [_said_by(c.label, c.mine, c.theirs) for c in found]
    # A subject both write about is said only by another subject or hobby: a skill listed is not writing about it
    # ('Contratación pública' as a skill, and 'Escribo sobre contratación pública' in both their abouts).
    not_skills = [words for words, c in zip(said, found, strict=True) if c.kind != "skill"]
    out = []
    mine, theirs = _prose(me), _prose(them)
    written = _written_about_both(mine, theirs)
    written += _written_about_one(mine, _told(me), theirs, _told(them), written)
    for phrase in (written + shared_phrases(mine, theirs) + translated_phrases(mine, theirs, skill_words,
                                                                              dictionary=is_common_word)
                   + acronym_phrases(mine, theirs, _names_a_skill)
                   + shared_rare_words(_written(me), _written(them), _named_elsewhere(me, them))):
        if any(_says(phrase, words) for words in (not_skills if phrase in written else said)):
            continue
        said.append(_said_by("", phrase.mine, phrase.theirs))
        not_skills.append(said[-1])
        key = f"topic:{phrase.key.replace(' ', '-')}"
        weight, share = _weigh("topic", key, 1.0, rarity)
        clause = _rarity_clause(key, share, rarity)
        if " " not in phrase.key and is_weak_topic(phrase.mine) and _NOT_COUNTED not in clause:
            clause = f" Many people write the word, {_NOT_COUNTED}"  # 'oncology': a subject, no coincidence
        out.append(Commonality(kind="topic", label=phrase.mine, weight=weight, mine=phrase.mine,
                               theirs=phrase.theirs, why=_WHY["topic"].format(label=phrase.mine) + clause))
    return out


def _written(profile: Profile) -> str:
    """What a person writes in sentences: headline, about and posts (interests are matched as hobbies)."""
    return "\n".join(filter(None, (profile.headline, profile.about, *(post.text for post in profile.posts))))


def _named_elsewhere(me: Profile, them: Profile):
    """Whether a word is part of a name the two profiles match on their own: an employer, a school, an organisation
    volunteered with, a place, a language, a company or a skill the tables know ('Merck' written in an about is the
    employer's name, not a subject)."""
    names = set()
    for profile in (me, them):
        for text in (*(e.company for e in profile.experience), *(e.school for e in profile.education),
                     *(v.organization for v in profile.volunteering), profile.location, *profile.languages):
            names |= set(fold(text or "").split())

    def named(word: str) -> bool:
        return (word in names or is_place_name(word) or is_language_word(word)
                or is_known_company(word) or is_listed(word))  # 'Salesforce': a company and a skill of its own
    return named


def _names_a_skill(acronym: str) -> bool:
    """True for an acronym the skills table knows ('NLP', 'CRM'), or knows as two skills ('GCP'): skills meet it."""
    return is_listed(acronym) or is_homonym(acronym)


def _said_by(label: str, mine: str | None, theirs: str | None) -> tuple[set[str], set[str]]:
    """The words one commonality says on each side: its label and that side's wording, if a listed one."""
    def words(wording: str | None) -> set[str]:
        listed = wording if len((wording or "").split()) <= 5 else ""
        return set(fold(f"{label} {listed}").split()) | skill_words(f"{label} {listed}")  # and as translated
    return words(mine), words(theirs)


def _says(phrase: SharedPhrase, said: tuple[set[str], set[str]]) -> bool:
    """True when one commonality already says the phrase on both sides: 'rock climbing' found as a hobby. Not
    words said by two different ones: Persian (a language) and NLP (a skill) do not say 'Persian NLP'."""
    return all(set(fold(text).split()) <= side or bool(skill_words(text)) and skill_words(text) <= side
               for text, side in ((phrase.mine, said[0]), (phrase.theirs, said[1])))


def _written_about_both(mine: str, theirs: str) -> list[SharedPhrase]:
    """Subjects both say they write about, in the same words or one the start of the other ('IoT' and 'IoT
    business models'): what someone writes about is a subject, however common its words ('customer experience')."""
    found = []
    for a in written_about(mine):
        for b in written_about(theirs):
            short, long = sorted((fold(a), fold(b)), key=len)
            if len(short) >= 2 and (short == long or (len(short) >= 3 and long.startswith(short + " "))):
                found.append(SharedPhrase(short, a, b))
            elif _same_subject_translated(a, b):  # 'Informationssicherheit' and 'information security'
                found.append(SharedPhrase(" ".join(sorted(skill_words(a))), a, b))
            elif _same_subject_translated(_before_where(a), _before_where(b)) and any(
                    len(word) >= _LONG_SUBJECT_WORD for word in skill_words(_before_where(a))):
                # 'evaluación formativa en la universidad' and 'formative assessment in Philippine classrooms':
                # one subject, in two places
                found.append(SharedPhrase(" ".join(sorted(skill_words(_before_where(a)))), _before_where(a),
                                          _before_where(b)))
            elif _subject_qualified(_before_where(a), _before_where(b)) or _subject_qualified(_before_where(b),
                                                                                            _before_where(a)):
                # 'access to medicines' and 'l'accès aux médicaments essentiels'; 'accessibility' and
                # 'accesibilidad digital': one subject, the other time with a word that qualifies it
                found.append(SharedPhrase(" ".join(sorted(skill_words(_before_where(a)) & skill_words(_before_where(b)))),
                                          _before_where(a), _before_where(b)))
    return found


# Words that qualify a subject without making it another, as the skills' table translates them ('essentiels',
# 'digitale'): 'digital accessibility' is accessibility, 'essential medicines' medicines, 'community-led recovery'
# recovery by a community. Not 'public' or 'sustainable', which make another subject.
_QUALIFYING = frozenset({"digital", "essential", "led", "based", "driven", "centred", "centered", "focused"})


def _subject_qualified(plain: str, qualified: str) -> bool:
    """True when `qualified` is the subject `plain` names, in any language the tables translate, with one word that
    only qualifies it; `plain` holds a long word of its own (not 'design' in 'digital design')."""
    a, b = skill_words(plain), skill_words(qualified)
    return (bool(a) and a < b and len(b - a) == 1 and (b - a) <= _QUALIFYING
            and any(len(word) >= _LONG_SUBJECT_WORD for word in a))


def _told(profile: Profile) -> str:
    """What a person says of themselves in words of their own: their prose and the causes they volunteer for."""
    return "\n".join(filter(None, (_prose(profile), *(v.cause for v in profile.volunteering))))


def _written_about_one(mine: str, my_words: str, theirs: str, their_words: str,
                       already: list[SharedPhrase]) -> list[SharedPhrase]:
    """Subjects one says they write about and the other names in their own words ('I write about end-of-life
    care' and a cause 'End-of-life care'; 'urban policy in South Asia' and 'working on urban policy'): the
    subject as written, or its first words, found whole in the other's text. One word only as written
    there, case and all ('dbt', not 'rust' for Rust)."""
    found, seen = [], {fold(p.mine) for p in already} | {fold(p.theirs) for p in already}
    for subjects, other, other_first in ((written_about(mine), their_words, False),
                                         (written_about(theirs), my_words, True)):
        for subject in subjects:
            hit = _subject_in(subject, other)
            if hit is None or fold(hit[0]) in seen:
                continue
            seen.add(fold(hit[0]))
            key = " ".join(fold(hit[0]).split())
            found.append(SharedPhrase(key, hit[1], subject) if other_first else SharedPhrase(key, subject, hit[1]))
    return found


_SPACE_OR_HYPHEN = r"[\s-]+"


def _subject_in(subject: str, text: str) -> tuple[str, str] | None:
    """(the subject's words found, as the text writes them) when `text` holds the subject or its first two
    words or more, whole; a one-word subject only in the same letters and case."""
    words = subject.split()
    for n in range(len(words), 0, -1):
        head = words[:n]
        # The whole subject may end in a word anyone writes ('candidate experience'): it is what they write about.
        # Its first words only may not: 'customer experience' is not what 'customer experience design' is about.
        whole = n == len(words) > 1 and fold(head[0]) not in COMMON_WORDS
        if (fold(head[-1]) in COMMON_WORDS and not whole) or (n == 1 and len(words) > 1):
            continue
        phrase = " ".join(head)
        if n == 1 and (len(phrase) < 3 or fold(phrase) in COMMON_WORDS):
            return None
        flags = 0 if n == 1 else re.IGNORECASE
        spaced = _SPACE_OR_HYPHEN.join(map(re.escape, head))
        m = re.search(rf"(?<![\w-]){spaced}(?![\w-])", text, flags)
        if m:
            return phrase, m.group()
    return None


# Where or among whom a subject is written about, after it: 'in Philippine classrooms', 'along the border'.
_WHERE_AFTER = re.compile(r"\s+(?:in|at|along|across|among|on|en|em|na|no|nas|nos|dans|nel|nella|im|in der|a lo largo"
                          r"|entre|bei|w|we|for|para|pour|per|für|voor|dla)\s.*$", re.IGNORECASE)  # or for whom or what


_LONG_SUBJECT_WORD = 7  # a subject cut before its place says one only with a long word ('immigration', not 'women')


def _before_where(subject: str) -> str:
    return _WHERE_AFTER.sub("", subject)


def _same_subject_translated(a: str, b: str) -> bool:
    """Two subjects in two languages whose words translate to the same ones, one of them a long word."""
    words = skill_words(a)
    return bool(words) and words == skill_words(b) and fold(a) != fold(b) and any(len(w) >= 5 for w in words)


_PROSE_WORD = re.compile(r"[^\W_][\w'’]*(?:-[^\W_][\w'’]*)*")
_SKILL_IN_PROSE_WORDS = 4  # words of a skill's name as prose writes it ('valve surgery', 'analysis of the data')
_SKILL_IN_PROSE_WHY = "You list {label} as a skill, and they write of it too ({theirs})."
_SKILL_IN_YOUR_PROSE_WHY = "They list {label} as a skill, and you write of it too ({mine})."


def _skills_written_of(me: Profile, them: Profile, mine: ProfileFeatures, theirs: ProfileFeatures,
                       found: list[Commonality], rarity: RarityIndex | None) -> list[Commonality]:
    """A skill one lists that the other names in their headline or about, in any language the tables translate:
    'Fusionskontrolle' and '… advising on public M&A and merger control', 'Klappenchirurgie' and 'minimally invasive
    valve surgery'. Only a skill of two words or more, translated ('Fusionskontrolle': merger, control), one of them
    long, and not a broad one ('project management'), when nothing found already says it."""
    said = None
    out = []
    for listed, other, other_profile, listed_is_mine in ((mine, theirs, them, True), (theirs, mine, me, False)):
        prose = " \n ".join(filter(None, (other_profile.headline, other_profile.about)))
        unlisted = [features[0] for features in listed.by_key.values() if features[0].kind == "skill"
                    and features[0].key not in other.by_key] if prose else []
        candidates = [(feature, words) for feature in unlisted if len(words := skill_words(feature.wording)) >= 2
                      and any(len(w) >= _LONG_SUBJECT_WORD - 1 for w in words)]
        one_word = [(feature, frozenset()) for feature in unlisted if _named_tool(feature.wording)]
        # Or named by the one word the table also lists it by: 'Developer Experience' and 'Platform & DevEx'
        by_name = [(feature, name) for feature in unlisted if len(feature.wording.split()) > 1
                   for name in one_word_names(feature.wording) if _named_tool(name)] if prose else []
        if not candidates and not one_word and not by_name:
            out.extend(_topics_listed_as_skills(unlisted, listed, other, listed_is_mine, found + out, rarity))
            continue
        tokens, keys, present = _prose_words(prose)
        said = said if said is not None else _skills_said(found)
        for feature, words in candidates + one_word:
            if not words <= present or fold(feature.wording) in said or is_broad(feature.label):
                continue
            phrase = _words_in_prose(words, prose, tokens, keys) if words else _tool_in_prose(feature.wording, tokens)
            if phrase is None:
                continue
            said.add(fold(feature.wording))
            out.append(_skill_written_card(feature, phrase, listed_is_mine, rarity))
        for feature, name in by_name:
            phrase = None if fold(feature.wording) in said else _tool_in_prose(name, tokens)
            if phrase is not None:
                said.add(fold(feature.wording))
                out.append(_skill_written_card(feature, phrase, listed_is_mine, rarity))
        out.extend(_topics_listed_as_skills(unlisted, listed, other, listed_is_mine, found + out, rarity))
    return out


_TOPIC_AS_SKILL_WHY = "You list {label} as a skill, and they write of {topic} too ({theirs})."
_TOPIC_AS_YOUR_SKILL_WHY = "They list {label} as a skill, and you write of {topic} too ({mine})."


def _topics_listed_as_skills(unlisted: list[Feature], listed: ProfileFeatures, other: ProfileFeatures,
                             listed_is_mine: bool, found: list[Commonality],
                             rarity: RarityIndex | None) -> list[Commonality]:
    """A subject one side writes of in their headline or about, that the other lists as a skill naming it: the
    skill 'Web Development' and 'React' written (web development), or the skill 'JavaScript' and 'JavaScript'
    written (newcomer 10, W4). One card a subject, as the skill: the skill is what the lister said; a skill that is
    another of the subject's words ('JavaScript' listed, 'React' written) is another thing, and says nothing. Not
    when both sides have the subject (they meet on it as a topic) or the other lists the skill too (as a skill)."""
    said = _skills_said(found)
    said_topics = {topic[0] for text in said if (topic := _topic_a_skill_names(text))}
    matches = []
    for feature in unlisted:
        topic = _topic_a_skill_names(feature.wording)
        if (topic is None or topic[0] in listed.by_key or fold(feature.wording) in said or is_broad(feature.label)
                or is_homonym(feature.wording)):  # 'GCP': its sense is the lister's, not the prose's
            continue
        mentions = other.by_key.get(topic[0], ())
        if any(f.detail in said for f in mentions) or topic[0] in said_topics:
            continue  # the subject is said already: 'JavaScript' both list, and 'JavaScript and React' written
        # Prose only, not a job title ('Frontend Dev' is a role, not a subject written of): the skill names the
        # subject itself or the very words written.
        for f in mentions:
            if (f.source in ("headline", "about") and not _in_a_job_title(f) and _names_a_thing(f.written or "")
                    and fold(feature.wording) in (f.detail, fold(topic[1]))):
                matches.append((f.detail != fold(feature.wording), feature, f, topic[1]))
    out, seen = [], set()
    for inexact, feature, written, name in sorted(matches, key=lambda m: m[0]):  # the very words written first
        if written.key in seen:
            continue
        seen.add(written.key)
        phrase = " ".join((written.written or written.detail or "").split())
        out.append(_skill_written_card(feature, phrase, listed_is_mine, rarity, name if inexact else None))
    return out


def _skills_said(found: list[Commonality]) -> set[str]:
    """Every wording of the skill cards found, folded: a skill said once is not said again from prose."""
    return {fold(text or "") for c in found if c.kind == "skill" for text in (c.mine, c.theirs, c.label)}


def _skill_written_card(feature: Feature, phrase: str, listed_is_mine: bool, rarity: RarityIndex | None,
                        topic: str | None = None) -> Commonality:
    """The card of a skill one side lists and the other writes of in `phrase` (_skills_written_of,
    _topics_listed_as_skills): the very skill written, or, with `topic`, the subject it names."""
    label = feature.label
    if topic is None:
        why = (_SKILL_IN_PROSE_WHY.format(label=label, theirs=phrase) if listed_is_mine
               else _SKILL_IN_YOUR_PROSE_WHY.format(label=label, mine=phrase))
    else:
        why = (_TOPIC_AS_SKILL_WHY.format(label=label, topic=topic, theirs=phrase) if listed_is_mine
               else _TOPIC_AS_YOUR_SKILL_WHY.format(label=label, topic=topic, mine=phrase))
    weight, share = _weigh("skill", feature.key, 1.0, rarity)
    mine_wording, theirs_wording = (feature.wording, phrase) if listed_is_mine else (phrase, feature.wording)
    return Commonality(kind="skill", label=label, weight=weight, mine=mine_wording, theirs=theirs_wording,
                       why=why + _rarity_clause(feature.key, share, rarity))


def _names_a_thing(written: str) -> bool:
    """False for one word of a language written as such ('I react fast'): 'React' or 'serverless' name a thing."""
    return " " in written.strip() or written != written.lower() or is_rare_word(fold(written))


@lru_cache(maxsize=1024)
def _topic_a_skill_names(wording: str) -> tuple[str, str] | None:
    """(key, name) of the topic a skill's whole wording names ('Web Development', 'JavaScript'), or None."""
    topics = find_topics(wording)
    if topics and len(topics[0][1].words) >= len(wording.strip()) - 2:  # as an interest naming a topic is read
        return topics[0][0].key, topics[0][0].label
    return None


def _named_tool(name: str) -> bool:
    """True for a skill listed as one word that names one thing wherever it is written: a tool or field the table
    knows or a word no language's list holds ('Serverless', 'Kubernetes'), or an acronym of three letters or more
    ('AWS'); not a word of a language ('React', 'Swift', 'Spring' are also words), a place, a homonym ('GCP') or
    a broad skill."""
    word = name.strip()
    if len(word) < 3 or " " in word or not word.replace("-", "").isalnum() or is_homonym(word) or is_broad(word):
        return False
    if is_place_name(word):
        return False
    if word.isupper():
        return word.isalpha() and acronym_of(word) is not None
    return is_rare_word(fold(word))


def _tool_in_prose(name: str, tokens: list[tuple[str, int, int]]) -> str | None:
    """`name` as a whole word of the prose (an acronym in the same capitals, another word in any case), or None."""
    word = name.strip()
    return next((token for token, _, _ in tokens
                 if (token == word if word.isupper() else fold(token) == fold(word))), None)


@lru_cache(maxsize=256)  # the user's own prose, against each person's skills
def _prose_words(prose: str) -> tuple[list[tuple[str, int, int]], list[frozenset[str]], frozenset[str]]:
    """A prose's words with where they are, each word's skill words, and all of those."""
    tokens = [(m.group(), m.start(), m.end()) for m in _PROSE_WORD.finditer(prose)]
    keys = [skill_words(word) for word, _, _ in tokens]
    return tokens, keys, frozenset().union(*keys) if keys else frozenset()


def _words_in_prose(words: frozenset[str], prose: str, tokens: list[tuple[str, int, int]],
                    keys: list[frozenset[str]]) -> str | None:
    """The words of the prose, side by side, that translate to exactly `words` ('merger control' for merger,
    control), as written; None when no run of them does."""
    for at in range(len(tokens)):
        if not keys[at] or not keys[at] <= words:
            continue  # a run starts with a word of the skill
        for end in range(at + 1, min(at + _SKILL_IN_PROSE_WORDS, len(tokens)) + 1):
            phrase = prose[tokens[at][1]:tokens[end - 1][2]]
            if "\n" in phrase:
                break
            said = skill_words(phrase)
            if said == words:
                return phrase
            if not said <= words:
                break
    return None


def _shared_categories(mine: ProfileFeatures, theirs: ProfileFeatures, rarity: RarityIndex | None) -> list[Commonality]:
    """A hobby and the wider one it belongs to ('music' and cello, rugby and rugby union), when not shared as
    such. Two different hobbies of one family (jazz and opera, pilates and yoga) are not shared ground."""
    def hobbies(found: ProfileFeatures) -> list[Feature]:
        return [f[0] for f in found.by_key.values() if f[0].kind in ("interest", "cause")]

    out, seen = [], set()
    for a, b in ((a, b) for a in hobbies(mine) for b in hobbies(theirs)):
        if a.key == b.key or a.key in theirs.by_key or b.key in mine.by_key:
            continue
        if a.source == b.source == "organisation":
            continue
        if a.key in wider_interests(b.key):
            wider = a
        elif b.key in wider_interests(a.key):
            wider = b
        else:
            continue
        if wider.key in seen or means_by_region(wider.key):
            continue  # bare 'hockey' where it may mean field hockey is no wider hobby of ice hockey
        if _styles_apart([a], [b], wider.key):
            continue  # 'Bass fishing' and 'Fly fishing': two styles of fishing, not shared
        seen.add(wider.key)
        weight, share = _weigh(a.kind, wider.key, CATEGORY, rarity)
        # Said only when commonplace, and then as every other commonality says it (the size of the index, "other").
        clause = _rarity_clause(wider.key, share, rarity) if _commonplace(wider.key, share, rarity) else ""
        out.append(Commonality(
            kind=a.kind, label=wider.label, weight=weight, mine=a.wording, theirs=b.wording,
            why=f"{_CATEGORY_WHY} {wider.label}: {a.label} for you, {b.label} for them.{clause}",
        ))
    return out


def _shared_places(mine: list[Place], theirs: list[Place], rarity: RarityIndex | None) -> list[Commonality]:
    """The closest level two locations share: the same neighbourhood or city, metro, state, country."""
    best: Commonality | None = None
    for a in mine:
        a_levels = {key: (level, label) for level, key, label in a.levels()}
        for b in theirs:
            if told_apart(a, b):
                continue  # one name, two places: 'Aurangabad, Maharashtra' and 'Aurangabad, Bihar'
            for level, key, label in b.levels():
                if key not in a_levels:
                    continue
                if (level in ("region", "country") and _names_a_city(a) and _names_a_city(b)
                        and (_outpost(a) is None or _outpost(a) != _outpost(b))):
                    break  # two cities (or stations) of one state or country, not one metro: no shared place
                weight, share = _weigh("place", key, PLACE_CLOSENESS[level], rarity)
                # "Not the same city" and "far apart" only when both name where they are: 'Sweden' may be next door.
                both_placed = _names_a_city(a) and _names_a_city(b)
                sentence = {
                    "city": f"You are both in {label}.",
                    "metro": f"You both live in the {label}.",
                    "region": f"You are both in {label}, though not the same city." if both_placed else f"You are both in {label}.",
                    "country": f"You are both in {label}, though far apart." if both_placed else f"You are both in {label}.",
                }[level]
                # The country you both live in is where you live, not a coincidence.
                clause = (f" It is where you live, {_NOT_COUNTED}"
                          if level == "country" and not _commonplace(key, share, rarity)
                          else _rarity_clause(key, share, rarity))
                found = Commonality(kind="place", label=label, weight=weight, mine=a.wording, theirs=b.wording,
                                    why=sentence + clause)
                if best is None or found.weight > best.weight:
                    best = found
                break  # levels run from closest to widest: the first shared one is the closest
    return [best] if best else []


def _places_both_name(me: Profile, them: Profile, found: list[Commonality],
                      rarity: RarityIndex | None) -> list[Commonality]:
    """A place one side names in their prose ('hiking in the Sierra de Guadarrama', 'born in Lagos, Nigeria') and
    the other names too, in prose or as where they live: hills, lakes and regions no table of cities lists, when
    the name says what kind of place it is or is a known region (names_a_real_place). Never a name that is a skill,
    a hobby, a language, a company, one of their own organisations ('in Python', 'at Flutterwave'), a subject, a
    person or an event; a city's name shared abroad ('Perth') only where both say which country it is in."""
    said = " | ".join(fold(f"{c.mine} | {c.theirs}") for c in found if c.kind == "place")
    out: dict[str, Commonality] = {}
    own = _own_names(me) | _own_names(them)
    # Each side read once, outside the loops: reading inside them made a long about quadratic.
    named = {}
    for side in (me, them):
        read = _where_named(side, anywhere=False)
        as_places = {p for p, _ in read}
        anywhere: dict[str, list[tuple[NamedPlace, bool]]] = {}
        for b, b_prose in _where_named(side, anywhere=True):
            # Only a name read as a place (after 'in', 'from', 'Cairo-born', or where they live) is looked up as one
            # city: every capitalised run of a long about was slow to look up and made 'Elixir and Phoenix' Phoenix, AZ.
            for key in (_named_keys(b) if b in as_places else [b.key]):
                anywhere.setdefault(key, []).append((b, b_prose))
        named[id(side)] = (read, anywhere)
    for a_side, b_side, mine_first in ((me, them, True), (them, me, False)):
        tried: set[tuple[str, str | None, bool]] = set()
        for a, a_prose in named[id(a_side)][0]:
            if (a.key, a.within, a_prose) in tried:
                continue  # the same name said again decides nothing new
            tried.add((a.key, a.within, a_prose))
            for key in _named_keys(a):
                # One city by two names ('Busan', '부산'; 'Cairo-born', 'من القاهرة'): the city's own name says it.
                city = key.startswith("city:")
                label = _named_city(a).city if city else a.wording.split(",")[0]
                for b, b_prose in named[id(b_side)][1].get(key, ()):
                    if (key in out or a.key in out or not (a_prose or b_prose) or f" {a.key} " in f" {said} "
                            or (city and f" {fold(label)} " in f" {said} ")):
                        continue
                    if not city and (a.within and b.within and a.within != b.within):
                        continue
                    # One city said two ways, or said where one of them lives, is a place even when a school is
                    # named after it ('Cairo-born', 'Cairo University'); the same word in both their prose may be
                    # the school ('from Stanford').
                    two_ways = city and not (a_prose and b_prose and a.key == b.key)
                    if not (_names_a_place(a, b, own, one_city=two_ways)
                            and _names_a_place(b, a, own, one_city=two_ways)):
                        continue
                    mine, theirs = (a, b) if mine_first else (b, a)
                    weight, share = _weigh("place", f"place:named:{key}", PLACE_CLOSENESS["metro"], rarity)
                    out[key] = Commonality(kind="place", label=label, weight=weight,
                                           mine=mine.wording, theirs=theirs.wording,
                                           why=f"You both mention {label}."
                                               + _rarity_clause(f"place:named:{key}", share, rarity))
    return list(out.values())


@lru_cache(maxsize=4_096)
def _named_city(p: NamedPlace) -> Place | None:
    """The city a place named is when no other city of note has that name, so one city written in two scripts
    ('Busan', '부산') or inside a word ('Cairo-born', 'Aucklander') is found by one key."""
    city = one_city_named(p.wording.split(",")[0] if p.within is None else p.wording)
    if city is None and p.key != place_key(p.wording.split(",")[0]):
        city = one_city_named(p.key)
    return city


def _named_keys(p: NamedPlace) -> list[str]:
    city = _named_city(p)
    return [p.key] + ([f"city:{city.city_id}"] if city is not None else [])


def _where_named(profile: Profile, anywhere: bool) -> list[tuple[NamedPlace, bool]]:
    """The places a profile names, each with whether it was named in prose (else it is where they live)."""
    named = [(p, True) for text in (profile.headline, profile.about) if text for p in places_named(text, anywhere)]
    if profile.location:
        first, _, rest = profile.location.partition(",")
        within = fold(rest.rsplit(",", 1)[-1]) if rest.strip() else None
        named.append((NamedPlace(profile.location.strip(), place_key(first), within), False))
    return named


def _own_names(profile: Profile) -> set[str]:
    """The folded names of a profile's person, employers, schools and organisations: no place of theirs."""
    names = {fold(profile.name or "")}
    names |= {fold(e.company or "") for e in profile.experience}
    names |= {fold(e.school or "") for e in profile.education}
    names |= {fold(v.organization or "") for v in profile.volunteering}
    return {n for n in names if n}


def _names_a_place(a: NamedPlace, b: NamedPlace, own: set[str], one_city: bool = False) -> bool:
    name = a.wording.split(",")[0]
    # 'Lagos, Nigeria' both, or one city only of that name: a place, though a school is named after it too
    # ('Cairo-born' and 'Cairo University'), unless it is one of their own names outright ('at Flutterwave').
    placed = bool(a.within and b.within) or one_city
    if (not placed and any(f" {a.key} " in f" {n} " for n in own)) or a.key in own or is_listed(name):
        return False
    language = normalise_language(name) if " " not in name else None
    if language is not None and not (one_city and fold(language.label) != fold(name)):
        return False  # 'in English' (a language's other names match loosely: 'Ngong Hills' is no language, nor
        # the city 'Surabaya' Mwaghavul)
    hobby = normalise_interest(name)
    if (hobby is not None and hobby.known) or is_known_company(name):
        return False
    if one_city:
        return True  # both name one city ('Aucklander' and 'Auckland'), and no other of note has its name
    place = resolve_place(name)
    if place is not None and place.city_id is None and place.metro is None:
        return False  # a country or a state: where they live says it, if they share it
    if place is None:
        # No city of that name: a place only when it says it is one ('Lago di Como'), not 'Computer Science'. A rare
        # capitalised word both write of after 'at'/'in' ('Woodhill') was tried and dropped: it made places of
        # 'at Devoxx', 'in Waitrose', 'on Substack' (a brand, an event, a product no table lists), left as topics.
        return names_a_real_place(name)
    # A city of that name: many share it ('Perth', 'Lagos'), so both must say where it is, alike.
    return placed


def _names_a_city(place: Place) -> bool:
    """True when a location names a city or a metro, or a station, base or camp no table lists ('Rothera Research
    Station, Antarctica'), not only a state or a country."""
    return place.city_id is not None or place.metro is not None or _outpost(place) is not None



# Where people live and work far from any city: two of them in one country or continent are far apart.
_OUTPOST = re.compile(r"\b(?:station|base|camp|outpost|observatory|rig|platform|mine|estacion|estacao|basis|stazione)\b")


def _outpost(place: Place) -> str | None:
    """The station, base or camp a location names first ('rothera research station'), or None."""
    first = fold(place.wording.split(",")[0])
    return first if "," in place.wording and _OUTPOST.search(first) else None


def warm_up() -> None:
    """Load the normalisation tables now (about 300 ms), so the first capture or check is not the slow one."""
    me = Profile(name="Warm Up", location="Lisbon, Portugal", skills=["Python", "Gestão de custos"], languages=["English"],
                 interests=["rock climbing"], about="Weekends you'll find me running.",
                 experience=[Experience(company="Acme")], education=[Education(school="MIT")])
    them = Profile(name="Other Person", location="Brooklyn, New York", skills=["Go"], languages=["Español"],
                   interests=["beekeeping"], experience=[Experience(company="Meta")],
                   education=[Education(school="University of Michigan")])
    find_common_ground(me, them)
