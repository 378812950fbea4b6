"""A whole Profile read through every normaliser: the comparable features it holds, with own wording.

Common ground compares these; the rarity index counts their keys over the user's contacts.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import date

from companion.ground.normalise.companies import Company, is_known_company, normalise_company, normalise_organisation
from companion.ground.normalise.interests import find_interests, in_country, normalise_interest
from companion.ground.normalise.languages import normalise_language
from companion.ground.normalise.places import Place, resolve_place
from companion.ground.normalise.schools import (
    country_of_school,
    is_known_school,
    normalise_school,
    placed_school,
    says_it_is_a_school,
)
from companion.ground.normalise.skills import (
    is_homonym,
    normalise_skill,
    skill_in_context,
    skill_words,
    unlisted_acronym,
)
from companion.ground.normalise.text import excerpt, fold
from companion.ground.normalise.topics import find_topics
from companion.models import Profile

_YEAR = re.compile(r"(19|20)\d\d")


@dataclass(frozen=True, slots=True)
class Feature:
    """One comparable thing in a profile: what it is (key, label) and how the person put it (wording)."""

    kind: str
    key: str
    label: str
    wording: str
    source: str
    start: int | None = None
    end: int | None = None
    detail: str | None = None
    parent_key: str | None = None
    parent_label: str | None = None
    note: str | None = None
    known: bool = True
    # A topic's matched words as the person wrote them ('télétravail', 'オープンソース'); `detail` holds them folded.
    written: str | None = None


@dataclass
class ProfileFeatures:
    """Everything comparable in one profile, grouped by key."""

    by_key: dict[str, list[Feature]] = field(default_factory=dict)
    places: list[Place] = field(default_factory=list)

    def add(self, feature: Feature) -> None:
        self.by_key.setdefault(feature.key, []).append(feature)

    def first(self, key: str) -> Feature | None:
        found = self.by_key.get(key)
        return found[0] if found else None

    def all_keys(self) -> set[str]:
        """Every key this profile counts towards in the rarity index (places at every level, parents too)."""
        keys = set(self.by_key)
        for features in self.by_key.values():
            for feature in features:
                if feature.parent_key:
                    keys.add(feature.parent_key)
        for place in self.places:
            keys.update(key for _, key, _ in place.levels())
        return keys


def year_of(value: str | None) -> int | None:
    """The year in an ISO-ish date ('2019', '2019-03', 'Mar 2019'), or None."""
    if not value:
        return None
    m = _YEAR.search(value)
    return int(m.group()) if m else None


def _free_text_sources(profile: Profile) -> list[tuple[str, str]]:
    sources = []
    if profile.headline:
        sources.append(("headline", profile.headline))
    if profile.about:
        sources.append(("about", profile.about))
    for post in profile.posts[:50]:
        if post.text:
            sources.append(("post", post.text))
    return sources


def _been_elsewhere(profile: Profile) -> dict[str, frozenset[str]]:
    """By each school a profile names (folded), the countries it shows its person in besides that school: where its
    jobs say they were, and where the tables place its other schools ('Queen's University' written in Palo Alto by
    someone who worked in Toronto)."""
    jobs = [(resolve_place(job.location), _years(job.start, job.end, ongoing=True))
            for job in profile.experience if job.location]
    schools = [(fold(edu.school), country_of_school(edu.school), _years(edu.start, edu.end))
               for edu in profile.education if edu.school]
    been: dict[str, frozenset[str]] = {}
    for school, _, years in schools:  # only where the person was near the years of that study, not at any time
        near = [(place.country, when) for place, when in jobs if place and place.country]
        near += [(where, when) for other, where, when in schools if other != school and where]
        been[school] = been.get(school, frozenset()) | {where for where, when in near if _within_a_year(years, when)}
    return been


def _years(start: str | None, end: str | None, ongoing: bool = False) -> tuple[int, int] | None:
    """The first and last year of a dated span ('2014', '2019-03'); a job with no end goes on to this year."""
    first = int(start[:4]) if start and start[:4].isdigit() else None
    last = int(end[:4]) if end and end[:4].isdigit() else (date.today().year if ongoing and first else first)
    if first is None:
        first = last
    return (first, last) if first is not None and last is not None else None


def _within_a_year(one: tuple[int, int] | None, other: tuple[int, int] | None) -> bool:
    """True when two spans overlap or come within a year of each other, or when one is undated (nothing says not)."""
    return one is None or other is None or (one[0] - 1 <= other[1] and other[0] - 1 <= one[1])


def extract_features(profile: Profile) -> ProfileFeatures:
    """Read one profile through every normaliser."""
    found = ProfileFeatures()

    if profile.location:
        place = resolve_place(profile.location)
        if place:
            found.places.append(place)

    country = found.places[0].country if found.places else None
    prose = " ".join(filter(None, (profile.headline, profile.about)))
    been = _been_elsewhere(profile) if profile.education else {}
    for edu in profile.education:
        school = normalise_school(edu.school or "")
        if school:
            school = placed_school(edu.school or "", school, country, prose, profile.name or "",
                                   been.get(fold(edu.school or ""), frozenset()))
            start, end = year_of(edu.start), year_of(edu.end)
            detail = edu.field or None  # the programme: the same one is a closer tie than the same school
            found.add(Feature("school", school.key, school.label, edu.school or school.label, "education",
                              start=start, end=end or start, detail=detail, parent_key=school.parent_key,
                              parent_label=school.parent_label))

    for job in profile.experience:
        company = _employer(job.company or "")
        if company:
            start, end = year_of(job.start), year_of(job.end)
            found.add(Feature("employer", company.key, company.label, job.company or company.label, "experience",
                              start=start, end=end, detail=job.title, parent_key=company.parent_key,
                              parent_label=company.parent_label,
                              note=f"{company.formerly} is now {company.label}" if company.formerly else None))

    context = None
    for name in profile.skills:
        if is_homonym(name):  # 'GCP' in a clinical trial is not the cloud: read the rest of the profile
            context = context if context is not None else _context_of(profile)
            skill = skill_in_context(name, context)
        else:
            skill = normalise_skill(name)
        # 'CTA' alone, or written out beside its acronym: which CTA is said by the person's field of work.
        field = _field_of(profile) if skill and (unlisted_acronym(name) or "(" in name) else None
        if skill:
            found.add(Feature("skill", skill.key, skill.label, name, "skills", detail=field,
                              parent_key=skill.parent_key, parent_label=skill.parent_label))

    for name in profile.languages:
        language = normalise_language(name)
        if language:
            found.add(Feature("language", language.key, language.label, name, "languages",
                              parent_key=language.parent_key, parent_label=language.parent_label))

    for name in profile.interests:
        topics = find_topics(name)
        if topics and len(topics[0][1].words) >= len(name.strip()) - 2:
            topic = topics[0][0]
            found.add(Feature("topic", topic.key, topic.label, name, "interests"))
            continue
        interest = normalise_interest(name, "interest")
        if interest:
            _add_interest(found, in_country(interest, name, country), name, "interests")

    for vol in profile.volunteering:
        if vol.cause:
            cause = normalise_interest(vol.cause, "cause")
            if cause:
                _add_interest(found, cause, vol.cause, "volunteering")
        # The organisation says its cause too: a volunteer with WWF cares about conservation.
        for cause, _ in find_interests(vol.organization or ""):
            if cause.kind == "cause" and cause.key not in found.by_key:
                _add_interest(found, cause, vol.organization, "organisation")
        organisation = normalise_organisation(vol.organization or "")
        if organisation:
            found.add(Feature("group", organisation.key, organisation.label, vol.organization, "volunteering",
                              detail=vol.role, parent_key=organisation.parent_key,
                              parent_label=organisation.parent_label))

    # In prose, the first mention of each thing is quoted, and a few more in other words ('payments', then 'open
    # banking'), so two people can be quoted in the words they share; a repeat adds nothing and would cost time.
    quoted: dict[str, set[str]] = {}
    for source, text in _free_text_sources(profile):
        for item, match in find_interests(text):
            item = in_country(item, match.words, country)
            if _first_in_these_words(quoted, item.key, match.words):
                _add_interest(found, item, excerpt(text, match.start, match.end), source, fold(match.words))
        for topic, match in find_topics(text):
            if _first_in_these_words(quoted, topic.key, match.words):
                found.add(Feature("topic", topic.key, topic.label, excerpt(text, match.start, match.end), source,
                                  detail=fold(match.words), written=match.words))
    return found


_MENTIONS = 3  # wordings of one thing quoted from a person's prose


def _first_in_these_words(quoted: dict[str, set[str]], key: str, words: str) -> bool:
    said = quoted.setdefault(key, set())
    phrase = fold(words)
    if phrase in said or len(said) >= _MENTIONS:
        return False
    said.add(phrase)
    return True


def _context_of(profile: Profile) -> str:
    """A profile's own words (headline, about, jobs, studies, skills), folded and padded, to tell a homonym's
    senses apart; its skills and titles also in the English words they translate to ('Reservoarsimulering':
    reservoir simulation)."""
    parts = [profile.headline, profile.about, *profile.skills]
    parts += [part for job in profile.experience for part in (job.title, job.company)]
    parts += [part for edu in profile.education for part in (edu.field, edu.degree)]
    named = [*profile.skills, profile.headline, *(job.title for job in profile.experience)]
    parts += [" ".join(sorted(skill_words(name))) for name in named if name]
    return f" {fold(' '.join(p for p in parts if p))} "


def _field_of(profile: Profile) -> str:
    """A profile's field of work in its own words (headline, jobs and employers, studies, skills; not the free text
    of its about), folded and padded, to tell what an acronym it lists stands for."""
    parts = [profile.headline, *profile.skills]
    parts += [part for job in profile.experience for part in (job.title, job.company)]
    parts += [part for edu in profile.education for part in (edu.field, edu.degree)]
    return f" {fold(' '.join(p for p in parts if p))} "


def _add_interest(found: ProfileFeatures, item, wording: str, source: str, phrase: str | None = None) -> None:
    found.add(Feature(item.kind, item.key, item.label, wording, source, detail=phrase,
                      parent_key=item.category_key, parent_label=item.category_label, known=item.known))


_CACHE: OrderedDict[str, ProfileFeatures] = OrderedDict()
_CACHE_SIZE = 256
# The server builds its rarity index in a worker thread while requests read features on the loop.
_CACHE_LOCK = threading.Lock()


# A Japanese university's hospital, in romanised Japanese ('Kyōto Daigaku Igakubu Fuzoku Byōin': the hospital attached
# to Kyoto University's Faculty of Medicine): a part of the university, as Japan's university hospitals are, so its
# staff work for the university ('Kyoto University'); not another university's ('Kyōto Furitsu Ika Daigaku').
_JAPANESE_UNIVERSITY_HOSPITAL = re.compile(r"^(?P<university>.+ daigaku)(?: igakubu)?(?: fuzoku)? byoin$")


def _employer(name: str) -> Company | None:
    """The employer a name refers to; a university or school the tables know is the one school in any of its names
    ('Universidad de Sevilla' and 'University of Seville' as employers, as schools)."""
    hospital = _JAPANESE_UNIVERSITY_HOSPITAL.match(fold(name))
    school = normalise_school(hospital["university"]) if hospital and is_known_school(hospital["university"]) else None
    if school is not None:
        return Company(key="employer:" + school.key.removeprefix("school:"), label=school.label)
    company = normalise_company(name)
    if company is None or is_known_company(name) or not says_it_is_a_school(name):
        return company
    school = normalise_school(name)
    if school is None:
        return company
    return Company(key="employer:" + school.key.removeprefix("school:"), label=school.label)


def features_of(profile: Profile) -> ProfileFeatures:
    """extract_features, remembered for the profiles seen most recently (the user's own, mostly)."""
    fingerprint = hashlib.blake2b(profile.model_dump_json().encode(), digest_size=16).hexdigest()
    with _CACHE_LOCK:
        cached = _CACHE.get(fingerprint)
        if cached is not None:
            _CACHE.move_to_end(fingerprint)
            return cached
    result = extract_features(profile)
    with _CACHE_LOCK:
        _CACHE[fingerprint] = result
        if len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return result
