"""Common ground: every context two people share, weighted by how rare and how close it is.

Multiplexity (the number of distinct shared contexts) predicts how strong a tie can grow (Verbrugge
1979), and a shared thing opens a conversation only when it feels rare (Burger et al. 2004), so each
commonality's weight is   kind weight × rarity × closeness:
  rarity     from the RarityIndex over the user's contacts, blended with a prior (companion/ground/rarity.py);
  closeness  the same school in overlapping years, the same employer at the same time, the same
             neighbourhood rather than the same country.
Near-universal overlaps (both in the United States) are left out altogether. Commonplace ones (what one
in twenty of your contacts or more share, English and Python for most users, a language most people where
you live speak, the country you both live in) are shown but not counted in the tier: "What a coincidence!"
is for things that are one.
"""

from __future__ import annotations

from datetime import date

from companion.ground.normalise.features import Feature, ProfileFeatures, features_of
from companion.ground.normalise.places import Place
from companion.ground.normalise.text import fold, load_table
from companion.ground.rarity import RarityIndex, prior_share, rarity_of_share, share_of
from companion.models import Commonality, CommonGround, Education, Experience, Profile

KIND_WEIGHT = {
    "school": 1.0, "employer": 1.0, "group": 0.9, "interest": 0.9, "cause": 0.9, "place": 0.8,
    "language": 0.7, "topic": 0.6, "skill": 0.5, "connection": 0.8,
}
PLACE_CLOSENESS = {"city": 1.0, "metro": 0.6, "region": 0.3, "country": 0.15}
SAME_TIME = 1.6  # together at the same school or employer at the same time
SAME_PROGRAMME = 1.25  # the same field of study at the same school
PARENT = 0.6  # different parts of one company (Instagram and Facebook)
# Different parts of one family: a business school and its university are one alumni network; a chapter
# and its organisation one movement; Kotlin Multiplatform and Kotlin one language, more loosely.
FAMILY = {"employer": PARENT, "school": 0.9, "group": 0.9, "skill": 0.6}
CATEGORY = 0.35  # different hobbies of one family (climbing and hiking)
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
    """True when two different hobbies of one family were matched (climbing and hiking: the outdoors)."""
    return (c.why or "").startswith(_CATEGORY_WHY)


def is_followed_page(c: Commonality) -> bool:
    """True for an interest outside the hobby lexicon: on LinkedIn, mostly a page both people follow."""
    return c.kind == "interest" and (c.why or "").startswith(_FOLLOW_WHY.split("{")[0])


def find_common_ground(me: Profile, them: Profile, rarity: RarityIndex | None = None) -> CommonGround:
    """What `me` and `them` share, most telling first."""
    mine, theirs = features_of(me), features_of(them)
    local = _spoken_around(mine.places)
    found: list[Commonality] = []
    found.extend(_shared_places(mine.places, theirs.places, rarity))
    found.extend(_shared_keys(mine, theirs, rarity, local))
    found.extend(_shared_parents(mine, theirs, rarity))
    found.extend(_shared_categories(mine, theirs, rarity))
    found = [c for c in found if c.weight >= TELLING]
    found.sort(key=lambda c: (-c.weight, c.kind, c.label))
    for c in found:  # each reason for not counting one says so at the end of its why
        c.counted = not (c.why or "").endswith(_NOT_COUNTED)
    telling = sum(1 for c in found if is_counted(c))
    return CommonGround(score=round(sum(c.weight for c in found), 3), tier=tier_for(telling), commonalities=found)


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


def _rarity_clause(key: str, share: float, rarity: RarityIndex | None, together: bool = False) -> str:
    """What the share says, as a sentence; `together` (at the same place at the same time) always counts."""
    commonplace = _commonplace(key, share, rarity) and not together
    if rarity is not None and rarity.size >= 20:
        count = rarity.count(key)
        if commonplace and count / rarity.size >= COMMONPLACE_AMONG_CONTACTS:
            return f" {round(100 * count / rarity.size)}% of your contacts share it, {_NOT_COUNTED}"
        if commonplace:
            return f" Many people share it, {_NOT_COUNTED}"
        if count / rarity.size < 0.05:
            return f" Only {count} of your {rarity.size} contacts share it, so it stands out."
        return f" {round(100 * count / rarity.size)}% of your contacts share it, so it says less on its own."
    if commonplace:
        return f" Many people share it, {_NOT_COUNTED}"
    if share <= 0.005:
        return " Few people anywhere share it, so it stands out."
    return ""


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
            if span and best[2] is None:
                best = (a, b, span)
    return best


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
    "topic": "You both write about {label}.",
    "group": "You have both volunteered with {label}.",
}


def _shared_keys(mine: ProfileFeatures, theirs: ProfileFeatures, rarity: RarityIndex | None,
                 local: set[str] = frozenset()) -> list[Commonality]:
    out = []
    for key in mine.by_key.keys() & theirs.by_key.keys():
        a_list, b_list = mine.by_key[key], theirs.by_key[key]
        kind = a_list[0].kind
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
                       if kind == "school" else f"You both worked at {a.label} at the same time ({when}).")
            else:
                why = (f"You both studied at {a.label}." if kind == "school"
                       else f"You have both worked at {a.label}.")
            if programme:
                why += f" Both in {programme}, too."
            notes = {f.note for f in (a, b) if f.note and f.wording.lower() != f.label.lower()}
            if notes:
                why += " " + " ".join(f"({n}.)" for n in sorted(notes))
        else:
            a, b = a_list[0], b_list[0]
            template = _WHY[kind] if a.known or kind != "interest" else _FOLLOW_WHY
            why = template.format(label=a.label)
        weight, share = _weigh(kind, key, closeness, rarity)
        if key in local and not _commonplace(key, share, rarity):
            clause = f" Most people where you live speak it, {_NOT_COUNTED}"
        else:
            # Together at the same time is telling even where many contacts share the school or employer.
            clause = _rarity_clause(key, share, rarity, together=closeness >= SAME_TIME)
        out.append(Commonality(kind=kind, label=a.label, weight=weight, mine=a.wording, theirs=b.wording,
                               why=why + clause))
    return out


_FAMILY_WHY = {
    "employer": "You have both worked within {group} ({a} and {b}).",
    "school": "You both studied at {group} ({a} and {b}).",
    "group": "You have both volunteered with {group} ({a} and {b}).",
    "skill": "You both work with {group} ({a} and {b}).",
}
_FAMILY_SAME_TIME_WHY = "You were both at {group} in {when} ({a} and {b}), so you may know people in common."


def _shared_parents(mine: ProfileFeatures, theirs: ProfileFeatures, rarity: RarityIndex | None) -> list[Commonality]:
    """Parts of one family, when not the same thing: Instagram and Facebook (Meta), Stanford GSB and Stanford
    (Stanford University), a Code for America brigade and Code for America, Kotlin Multiplatform and Kotlin."""
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


def _shared_categories(mine: ProfileFeatures, theirs: ProfileFeatures, rarity: RarityIndex | None) -> list[Commonality]:
    """Different hobbies of one family (climbing and hiking: the outdoors), when no hobby in it is shared."""
    def by_category(found: ProfileFeatures) -> dict[str, list[Feature]]:
        groups: dict[str, list[Feature]] = {}
        for features in found.by_key.values():
            f = features[0]
            if f.parent_key and f.kind in ("interest", "cause"):
                groups.setdefault(f.parent_key, []).append(f)
        return groups

    mine_groups, their_groups = by_category(mine), by_category(theirs)
    out = []
    for category in mine_groups.keys() & their_groups.keys():
        a_items, b_items = mine_groups[category], their_groups[category]
        if {f.key for f in a_items} & {f.key for f in b_items}:
            continue  # already shared item by item
        a, b = a_items[0], b_items[0]
        weight, share = _weigh(a.kind, category, CATEGORY, rarity)
        clause = f" Many people share it, {_NOT_COUNTED}" if _commonplace(category, share, rarity) else ""
        out.append(Commonality(
            kind=a.kind, label=a.parent_label or category, weight=weight, mine=a.wording, theirs=b.wording,
            why=f"{_CATEGORY_WHY} {a.parent_label}: {a.label} for you, {b.label} for them.{clause}",
        ))
    return out


def _shared_places(mine: list[Place], theirs: list[Place], rarity: RarityIndex | None) -> list[Commonality]:
    """The closest level two locations share: the same neighbourhood or city, metro, state, country."""
    best: Commonality | None = None
    for a in mine:
        a_levels = {key: (level, label) for level, key, label in a.levels()}
        for b in theirs:
            for level, key, label in b.levels():
                if key not in a_levels:
                    continue
                weight, share = _weigh("place", key, PLACE_CLOSENESS[level], rarity)
                sentence = {
                    "city": f"You are both in {label}.",
                    "metro": f"You both live in the {label}.",
                    "region": f"You are both in {label}, though not the same city.",
                    "country": f"You are both in {label}, though far apart.",
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


def warm_up() -> None:
    """Load the normalisation tables now (about 150 ms), so the first capture or check is not the slow one."""
    me = Profile(name="Warm Up", location="Lisbon, Portugal", skills=["Python"], languages=["English"],
                 interests=["rock climbing"], about="Weekends you'll find me running.",
                 experience=[Experience(company="Acme")], education=[Education(school="MIT")])
    them = Profile(name="Other Person", location="Brooklyn, New York", skills=["Go"], languages=["Español"],
                   interests=["beekeeping"], experience=[Experience(company="Meta")],
                   education=[Education(school="University of Michigan")])
    find_common_ground(me, them)
