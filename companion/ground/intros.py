"""Introductions: two people you know who would be glad to meet, and seem not to know each other yet.

Only people you have a tie with (an acquaintance or closer, by tie strength) are introduced: an
introduction spends your credit with both, and a stranger's trust is not yours to spend. A pair needs a
reason that would make both glad to meet:
  - one asked for something the other knows ('looking for a mentor in product design' and a product
    designer), or
  - they share something rare among your contacts and everywhere: a school, an employer, a volunteering
    group, a hobby, a cause, a subject, a specialist skill.
A language, a place or a broad skill (Python, leadership) only supports such a reason, never makes one; nor does
a broad class (a cause from LinkedIn's picker of fifteen, a hobby family such as sport or music, two hobbies or
causes that only share their family) or an employer of hundreds of thousands (Google, Accenture).
Pairs who appear to know each other already (you said so, they overlapped at one employer or school, both
work at one employer now, one names or links the other) are left out.

Candidates come from inverted indexes (rare shared things; needs and the expertise that meets them), so a
store of thousands is not compared pair by pair. Each suggestion carries a double-opt-in draft for each
side: ask each first, connect only when both say yes.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from pydantic import Field

from companion.ground.common_ground import COMMONPLACE_SHARE, find_common_ground, overlapped_in_time
from companion.ground.normalise.companies import normalise_company
from companion.ground.normalise.features import ProfileFeatures, extract_features
from companion.ground.normalise.interests import normalise_interest, wider_interests
from companion.ground.normalise.text import load_table, slug
from companion.ground.rarity import BIG_EMPLOYER_SHARE, RarityIndex, prior_share
from companion.ground.starters import HelpRequest, far_apart_there, first_name, help_request, is_employer
from companion.models import CommonGround, Profile, Tie, WireModel

# Ties strong enough to introduce someone: you have had a conversation with them.
INTRODUCIBLE_STAGES = frozenset({"acquaintance", "friend", "close"})
# A shared thing this common everywhere (English, Microsoft Office) does not single a pair out: it may
# support a reason, never make one (common ground's line for what is not counted in the tier)...
TELLING_SHARE = COMMONPLACE_SHARE
# ...and a reason must be rarer still: one person in fifty (a school, a hobby like beekeeping; not 'cloud'
# or 'health', which one in twenty-five share)...
REASON_SHARE = 0.02
# ...and a skill known to be rarer yet, and not a whole field: Python, SQL and 'Web Development' are everyone's.
SPECIALIST_SKILL_SHARE = 0.01
_BROAD_SKILL = re.compile(
    r"\b(?:development|management|engineering|design|marketing|sales|leadership|communications?|strategy|"
    r"analysis|analytics|consulting|programming|software|web|business|research|teaching|writing|administration|"
    r"operations|support|planning|testing|microsoft|office|social media|customer service|entrepreneurship)\b",
    re.IGNORECASE,
)
# The causes LinkedIn offers in its picker (companion/ground/data/interests.json follows this list): everyone
# who lists causes picks from these fifteen, so sharing one is as broad as sharing a language.
_PICKER_CAUSES = ("Animal Welfare", "Arts and Culture", "Children", "Civil Rights and Social Action",
                  "Disaster and Humanitarian Relief", "Economic Empowerment", "Education", "Environment", "Health",
                  "Human Rights", "Politics", "Poverty Alleviation", "Science and Technology", "Social Services",
                  "Veteran Support")
# Among your own contacts: what more than this share of them have is no reason either (your colleagues' employer).
LOCAL_SHARE = 0.1
LOCAL_MIN_CONTACTS = 20
# Features shared by more people than this are skipped when looking for candidates (bounds the work).
MAX_GROUP = 200
# How many candidate pairs to count at most (bounds memory and time in a store of tens of thousands).
MAX_PAIRS = 200_000
# A need met by the other's expertise ranks above shared ground of the same weight.
NEED_BONUS = 1.0
_REASON_KINDS = ("school", "employer", "group", "interest", "cause", "topic", "skill")
_SUPPORT_KINDS = ("place:city", "place:metro", "language")
_NEED_KINDS = ("skill", "topic", "interest", "cause")
# 'We're hiring' and 'open to work' name the asking, not a field: every recruiter would match them.
_NOT_A_NEED = frozenset({"topic:hiring", "topic:careers"})
_EXPERTISE_SOURCES = ("skills", "interests", "headline", "about", "title")


class Intro(WireModel):
    """A suggested introduction between two of the user's contacts."""

    a_id: str
    a_name: str
    b_id: str
    b_name: str
    common_ground: CommonGround
    reason: str = Field(description="Why these two, in a sentence")
    message: str = Field(description="Double-opt-in draft to the first person")
    message_to_b: str = Field(description="Double-opt-in draft to the second person")


@dataclass(frozen=True, slots=True)
class _Need:
    """One person's request that another's expertise meets."""

    asker: str
    wording: str
    verb: str  # 'wrote', or 'shared' for a LinkedIn post that may be a repost
    expertise_they: str  # 'works as Product Designer at Figma'
    expertise_you: str  # 'work as Product Designer at Figma'


@dataclass
class _Person:
    profile: Profile
    features: ProfileFeatures
    ground: dict[str, str]  # what can be a reason to meet, by key, with its label (see _own_ground)
    expertise: dict[str, tuple[str, str]]  # key → (how they have it, in the third and the second person)
    need: tuple[HelpRequest, set[str]] | None  # what they asked for, and the keys it asks about


# ---------------------------------------------------------------- reading people


# A job title names its field through the person ('Product Designer'): the field is what a request asks about.
_PERSON_TO_FIELD = {
    "designer": "design", "engineer": "engineering", "developer": "development", "manager": "management",
    "marketer": "marketing", "researcher": "research", "scientist": "science", "analyst": "analytics",
    "recruiter": "recruiting", "writer": "writing", "teacher": "teaching", "photographer": "photography",
}
_PERSON_WORD = re.compile(rf"\b({'|'.join(_PERSON_TO_FIELD)})s?\b", re.IGNORECASE)


def _field_keys(title: str) -> set[str]:
    """The subjects a title or headline names, as fields: 'Product Designer' → product design."""
    fields = _PERSON_WORD.sub(lambda m: _PERSON_TO_FIELD[m.group(1).lower()], title)
    found = extract_features(Profile(headline=f"{title}. {fields}")).by_key
    return {key for key, features in found.items() if features[0].kind in _NEED_KINDS}


def _expertise(profile: Profile, features: ProfileFeatures) -> dict[str, tuple[str, str]]:
    """What someone knows, as they describe it themselves: skills, interests, headline, about, job titles."""
    out: dict[str, tuple[str, str]] = {}
    for job in profile.experience:
        if job.title and job.end is None:
            role = f"{job.title} at {job.company}" if job.company else job.title
            for key in _field_keys(job.title):
                out.setdefault(key, (f"works as {role}", f"work as {role}"))
    if profile.headline and len(profile.headline) <= 80:
        for key in _field_keys(profile.headline):
            out.setdefault(key, (f"describes their work as \u201c{profile.headline}\u201d",
                                 f"describe your work as \u201c{profile.headline}\u201d"))
    for key, found in features.by_key.items():
        f = found[0]
        if f.kind not in _NEED_KINDS or f.source not in _EXPERTISE_SOURCES or key in out:
            continue
        if f.source in ("skills", "interests"):
            out[key] = (f"lists {f.label} on their profile", f"list {f.label} on your profile")
        elif f.source == "headline" and profile.headline and len(profile.headline) <= 80:
            out[key] = (f"describes their work as \u201c{profile.headline}\u201d",
                        f"describe your work as \u201c{profile.headline}\u201d")
        else:
            out[key] = (f"mentions {f.label} in their profile", f"mention {f.label} in your profile")
    return out


def _read(profile: Profile) -> _Person:
    features = extract_features(profile)
    asked = help_request(profile)
    need = None
    if asked:
        keys = {k for k, found in extract_features(Profile(about=asked.words)).by_key.items()
                if found[0].kind in _NEED_KINDS and k not in _NOT_A_NEED}
        need = (asked, keys) if keys else None
    return _Person(profile, features, _own_ground(features), _expertise(profile, features), need)


@lru_cache(maxsize=1)
def _broad_classes() -> frozenset[str]:
    """Hobbies and causes that are a class rather than a thing: the causes of LinkedIn's picker, and every hobby
    or cause others belong to (music, sport, martial arts; science and technology for open source)."""
    table = load_table("interests.json")
    keys = {wider for kind, section in (("interest", "interests"), ("cause", "causes")) for entry in table[section]
            for wider in wider_interests(f"{kind}:{slug(entry['name'])}")}
    keys.update(cause.key for name in _PICKER_CAUSES if (cause := normalise_interest(name, "cause")))
    return frozenset(keys)


def _own_ground(features: ProfileFeatures) -> dict[str, str]:
    """The things someone has that can be a reason to meet, by key, with their labels: what they list or say
    themselves, and the university a school belongs to (a business school's alumni are the university's).
    Pages they follow are left out, and so are the other families a feature belongs to (a hobby's family, a
    company's parent, a federation): two who only share a family (jazz and opera, YouTube and Google) do not
    share the thing itself."""
    out = {}
    for key, found in features.by_key.items():
        if not any(feature.known for feature in found):
            continue  # a name outside the hobby lexicon is mostly a page they follow on LinkedIn (Simon Sinek, H&M)
        out[key] = found[0].label
        for feature in found:
            if feature.kind == "school" and feature.parent_key and feature.parent_label:
                out.setdefault(feature.parent_key, feature.parent_label)
    return out


def _reason_keys(keys: Iterable[str], rarity: RarityIndex | None, labels: Mapping[str, str] | None = None) -> list[str]:
    """The shared things that are a reason to meet on their own: rare everywhere and among your contacts, and
    neither a broad class nor a big employer."""
    out = []
    for key in keys:
        kind = key.split(":", 1)[0]
        if kind not in _REASON_KINDS or key in _broad_classes():
            continue
        share = prior_share(key)
        if kind == "employer" and share >= BIG_EMPLOYER_SHARE:
            continue
        # A skill the built-in table does not know to be rare (it defaults to one in a hundred) is no reason.
        if share > REASON_SHARE or (kind == "skill" and share >= SPECIALIST_SKILL_SHARE):
            continue
        if kind == "skill" and _BROAD_SKILL.search((labels or {}).get(key) or key.replace("-", " ")):
            continue
        if rarity is not None and rarity.size >= LOCAL_MIN_CONTACTS and rarity.count(key) > LOCAL_SHARE * rarity.size:
            continue
        out.append(key)
    return out


def _support_keys(keys: Iterable[str]) -> list[str]:
    return [k for k in keys if k.startswith(_SUPPORT_KINDS) and prior_share(k) <= TELLING_SHARE]


def _names_the_other(a: Profile, b: Profile) -> bool:
    """True when a's own page names or links b: they appear to know each other."""
    text = " ".join(filter(None, [a.headline, a.about, *(p.text for p in a.posts)])).casefold()
    links = " ".join([*a.websites, text]).casefold()
    name = (b.name or "").strip()
    if len(name.split()) >= 2 and re.search(rf"\b{re.escape(name.casefold())}\b", text):
        return True
    handle = (b.handle or "").lstrip("@").casefold()
    if len(handle) >= 3 and re.search(rf"@{re.escape(handle)}\b", text):
        return True
    return any(url and url.casefold().rstrip("/") in links for url in (b.url, *b.websites))


def _current_employers(profile: Profile) -> set[str]:
    """The employers someone works at now (jobs without an end), by their normalised key."""
    out = set()
    for job in profile.experience:
        if job.end is None and is_employer(job.company):
            company = normalise_company(job.company)
            out.add(company.key if company else job.company.casefold().strip())
    return out


def _appear_to_know(a: Profile, b: Profile, cg: CommonGround) -> bool:
    # Overlapping at the same employer or school suggests they already know each other, and so does working
    # at the same employer now, even when neither page dates the job.
    return (any(overlapped_in_time(c) for c in cg.commonalities) or bool(_current_employers(a) & _current_employers(b))
            or _names_the_other(a, b) or _names_the_other(b, a))


def _employer_joins_little(key: str, labels: Mapping[str, str], a: Profile, b: Profile, cg: CommonGround) -> bool:
    """True for a shared employer, at different times, where one was an intern or stayed under a year, or the ranks
    lie far apart: 'both worked at Stripe' of a 2018 summer intern and a 2021–23 product lead is no reason to meet
    (newcomer finding F16)."""
    if not key.startswith("employer:"):
        return False
    label = slug(labels.get(key) or "")
    return any(c.kind == "employer" and c.mine and c.theirs and label in {slug(c.label or ""), slug(c.mine), slug(c.theirs)}
               and far_apart_there(a, b, c) for c in cg.commonalities)


def _need_between(people: dict[str, _Person], asker: str, expert: str) -> _Need | None:
    need = people[asker].need
    if need is None:
        return None
    asked, keys = need
    for key in sorted(keys, key=prior_share):  # the most specific thing asked for first
        found = people[expert].expertise.get(key)
        if found:
            return _Need(asker, asked.words, "wrote" if asked.authored else "shared", *found)
    return None


# ---------------------------------------------------------------- wording


_PHRASES = {
    "school": "studied at {label}", "employer": "worked at {label}", "group": "volunteered with {label}",
    "interest": "enjoy {label}", "cause": "care about {label}", "topic": "think a lot about {label}",
    "skill": "work with {label}", "language": "speak {label}", "place": "live in {label}",
}


def _phrase(key: str, label: str) -> str:
    kind = key.split(":", 1)[0]
    if kind == "place" and label.endswith(" area"):
        label = f"the {label}"
    return _PHRASES[kind].format(label=label)


def _shared_clause(keys: list[str], labels: dict[str, str]) -> str:
    """'both enjoy beekeeping, work with Rust and speak Esperanto'."""
    phrases = [_phrase(k, labels[k]) for k in keys]
    if not phrases:
        return ""
    listed = phrases[0] if len(phrases) == 1 else ", ".join(phrases[:-1]) + " and " + phrases[-1]
    return f"both {listed}"


def _draft(to_first: str, other_name: str, other_first: str, why: str) -> str:
    return (
        f"Hi {to_first}, would you be open to an introduction to {other_name}? {why} "
        f"I think you'd enjoy comparing notes. Only if you'd like to: I'll check with {other_first} too, "
        "and connect you only if you both say yes."
    )


def _sentences(a: _Person, b: _Person, need: _Need | None, shared: list[str], labels: dict[str, str],
               a_id: str) -> tuple[str, str, str]:
    """(reason, why told to a, why told to b)."""
    a_first, b_first = first_name(a.profile), first_name(b.profile)
    a_name, b_name = a.profile.name or a_first, b.profile.name or b_first
    clause = _shared_clause(shared, labels)
    if need is not None:
        asker, expert = (a, b) if need.asker == a_id else (b, a)
        asker_first, expert_first = first_name(asker.profile), first_name(expert.profile)
        asker_name = asker.profile.name or asker_first
        expert_name = expert.profile.name or expert_first
        reason = f"{asker_name} {need.verb} \u201c{need.wording}\u201d, and {expert_name} {need.expertise_they}."
        to_asker = f"You {need.verb} \u201c{need.wording}\u201d, and {expert_first} {need.expertise_they}."
        to_expert = f"{asker_first} {need.verb} \u201c{need.wording}\u201d, and you {need.expertise_you}."
        if clause:
            reason += f" They also {clause}."
            to_asker += f" You and {expert_first} also {clause}."
            to_expert += f" You and {asker_first} also {clause}."
        to_a, to_b = (to_asker, to_expert) if asker is a else (to_expert, to_asker)
    else:
        reason = f"{a_name} and {b_name} {clause}."
        to_a = f"You and {b_first} {clause}."
        to_b = f"You and {a_first} {clause}."
    return reason + " They do not seem to know each other yet.", to_a, to_b


# ---------------------------------------------------------------- suggesting


def suggest_intros(
    people: Iterable[tuple[str, Profile]],
    rarity: RarityIndex | None,
    ties: Mapping[str, Tie],
    known_pairs: set[frozenset[str]] = frozenset(),
    limit: int = 10,
) -> list[Intro]:
    """Up to `limit` introductions between people you have a tie with, best reason first.

    `ties` holds each person's tie (from companion/memory/tie_strength.py); people missing from it, strangers
    and new connections are never introduced. `known_pairs` are pairs you know to know each other.
    """
    readers = {pid: _read(profile) for pid, profile in people
               if pid in ties and ties[pid].stage in INTRODUCIBLE_STAGES}

    groups: dict[str, list[str]] = {}
    for pid, person in readers.items():
        for key in _reason_keys(person.ground, None):
            groups.setdefault(key, []).append(pid)
    overlap: Counter[tuple[str, str]] = Counter()
    # Rarest shared things first: they are the most telling, and the pair budget then goes to them.
    for members in sorted(groups.values(), key=len):
        if len(members) > MAX_GROUP or len(overlap) > MAX_PAIRS:
            break
        for a, b in combinations(sorted(set(members)), 2):
            overlap[(a, b)] += 1
    candidates = {pair for pair, _ in heapq.nlargest(max(50, limit * 10), overlap.items(), key=lambda kv: (kv[1], kv[0]))}

    experts: dict[str, list[str]] = {}
    for pid, person in readers.items():
        for key in person.expertise:
            experts.setdefault(key, []).append(pid)
    for pid, person in readers.items():
        for key in person.need[1] if person.need else ():
            for other in experts.get(key, [])[:MAX_GROUP]:
                if other != pid:
                    candidates.add(tuple(sorted((pid, other))))

    found: list[tuple[float, Intro]] = []
    for a, b in sorted(candidates):
        if frozenset((a, b)) in known_pairs:
            continue
        pa, pb = readers[a], readers[b]
        labels = {k: label for k, label in pa.ground.items() if k in pb.ground and label}
        reasons = sorted(_reason_keys(labels, rarity, labels), key=prior_share)
        need = _need_between(readers, a, b) or _need_between(readers, b, a)
        if not reasons and need is None:
            continue  # a language, a place, a broad skill or class alone is no reason to meet
        cg = find_common_ground(pa.profile, pb.profile, rarity, counted=(pa.profile, pb.profile))  # both are contacts
        if _appear_to_know(pa.profile, pb.profile, cg):
            continue
        reasons = [key for key in reasons if not _employer_joins_little(key, labels, pa.profile, pb.profile, cg)]
        if not reasons and need is None:
            continue
        support = []
        for key in sorted(_support_keys(pa.features.all_keys() & pb.features.all_keys()), key=prior_share):
            feature = pa.features.first(key)
            label = feature.label if feature else _place_label(pa, key)
            if label:
                labels[key] = label
                support.append(key)
        reason, to_a, to_b = _sentences(pa, pb, need, reasons[:2] + support[:1], labels, a)
        a_name = pa.profile.name or pa.profile.handle or a
        b_name = pb.profile.name or pb.profile.handle or b
        intro = Intro(
            a_id=a, a_name=a_name, b_id=b, b_name=b_name, common_ground=cg, reason=reason,
            message=_draft(first_name(pa.profile), b_name, first_name(pb.profile), to_a),
            message_to_b=_draft(first_name(pb.profile), a_name, first_name(pa.profile), to_b),
        )
        found.append((cg.score + (NEED_BONUS if need else 0.0), intro))
    found.sort(key=lambda t: (-t[0], t[1].a_id, t[1].b_id))
    return [intro for _, intro in found[:limit]]


def _place_label(person: _Person, key: str) -> str | None:
    for place in person.features.places:
        for _, level_key, label in place.levels():
            if level_key == key:
                return label
    return None


__all__ = ["INTRODUCIBLE_STAGES", "Intro", "suggest_intros"]
