"""Any other page: personal sites, blogs, about pages, profile pages of sites without their own parser.

What marks a page as describing a person, in order of trust:
1. JSON-LD `Person`, or a `ProfilePage` whose `mainEntity`/`about`/`author` is a Person;
2. an h-card microformat (`.h-card` with `.p-name`; the classic hCard `.vcard .fn` too), preferring the
   one whose `u-url`/`u-uid` is the page's own site and not a post author's card inside an h-entry;
3. OpenGraph `og:type=profile` (with `profile:first_name`, `profile:last_name`, `profile:username`).
Without any of these a page is NotAProfile: an ordinary article or homepage says nothing reliable about
a person, and a profile guessed from a <title> would be wrong more often than right.
Links marked `rel=me` are the person's other sites and go into `websites`.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from companion.errors import NotAProfile
from companion.models import Education, Experience, Profile
from companion.parsers.page import (
    absolute_url,
    build_profile,
    by_class,
    clean_text,
    json_ld_objects,
    ld_first,
    ld_followers,
    ld_list,
    ld_text,
    ld_types,
    meta_content,
    rich_text,
    tags_named,
    url_host,
)

SITE = "web"
_TITLE_SUFFIX = re.compile(r"\s+[|·–—-]\s+[^|·–—]{1,60}$")


def parse(soup: BeautifulSoup, url: str) -> Profile:
    """Read a person from JSON-LD, an h-card or OpenGraph profile tags; NotAProfile when there is none."""
    person = _ld_person(soup)
    card = _h_card(soup, url)
    og_profile = (meta_content(soup, "og:type") or "").lower() == "profile"
    if person is None and card is None and not og_profile:
        raise NotAProfile(
            "This page does not describe a person (no schema.org Person, h-card or OpenGraph profile found); "
            "open the person's profile or about page instead."
        )
    fields: dict = {"site": SITE, "url": url, "websites": [], "experience": [], "education": []}
    if og_profile:
        _merge(fields, _from_og(soup))
    if card is not None:
        _merge(fields, _from_h_card(card, url))
    if person is not None:
        _merge(fields, _from_ld(person, url))
    fields["websites"].extend(_rel_me(soup, url))
    if not fields.get("name"):
        raise NotAProfile("This page's person has no name, so there is no profile to read.")
    return build_profile(**fields)


def _merge(into: dict, values: dict) -> None:
    """Later (more trusted) sources override single values; lists accumulate."""
    for key, value in values.items():
        if isinstance(value, list):
            into.setdefault(key, []).extend(value)
        elif value is not None:
            into[key] = value


# ---------------------------------------------------------------- JSON-LD


def _ld_person(soup: BeautifulSoup) -> dict | None:
    objects = json_ld_objects(soup)
    for obj in objects:
        if "ProfilePage" in ld_types(obj):
            for key in ("mainEntity", "about", "author"):
                candidate = ld_first(obj.get(key))
                if isinstance(candidate, dict) and "Person" in ld_types(candidate):
                    return candidate
    for obj in objects:
        if "Person" in ld_types(obj):
            return obj
    return None


def _ld_location(value) -> str | None:
    value = ld_first(value)
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        address = value.get("address") if "address" in value and not value.get("addressLocality") else value
        if isinstance(address, str):
            return clean_text(address)
        if isinstance(address, dict):
            parts = [ld_text(address.get(k)) for k in ("addressLocality", "addressRegion", "addressCountry")]
            joined = ", ".join(p for p in parts if p)
            return joined or ld_text(value.get("name"))
        return ld_text(value.get("name"))
    return None


def _from_ld(person: dict, url: str) -> dict:
    titles = [ld_text(t) for t in ld_list(person.get("jobTitle"))]
    employers = [ld_text(o) for o in ld_list(person.get("worksFor"))]
    experience = [Experience(company=c, title=t) for c, t in zip(employers, titles + [None] * len(employers), strict=False) if c]
    if not experience and titles and titles[0]:
        experience = [Experience(title=titles[0])]
    education = []
    for school in ld_list(person.get("alumniOf")):
        if isinstance(school, dict) and "EducationalOrganization" not in ld_types(school) and "CollegeOrUniversity" \
                not in ld_types(school) and "School" not in ld_types(school):
            experience.append(Experience(company=ld_text(school)))
            continue
        education.append(Education(school=ld_text(school)))
    websites = [absolute_url(ld_text(person.get("url")), url)]
    websites += [absolute_url(s, url) for s in ld_list(person.get("sameAs")) if isinstance(s, str)]
    name = ld_text(person.get("name"))
    if not name:
        parts = (ld_text(person.get("givenName")), ld_text(person.get("familyName")))
        name = clean_text(" ".join(p for p in parts if p))
    description = ld_text(person.get("description"))
    return {
        "name": name,
        "handle": ld_text(person.get("alternateName")) or ld_text(person.get("additionalName")),
        "headline": titles[0] if titles and titles[0] else description,
        "about": description,
        "location": _ld_location(person.get("homeLocation")) or _ld_location(person.get("address")),
        "experience": experience,
        "education": education,
        "languages": [ld_text(x) for x in ld_list(person.get("knowsLanguage"))],
        "skills": [ld_text(x) for x in ld_list(person.get("knowsAbout"))],
        "websites": websites,
        "followers": ld_followers(person),
    }


# ---------------------------------------------------------------- h-card


def _h_card(soup: BeautifulSoup, url: str) -> Tag | None:
    cards = by_class(soup, "h-card") or [c for c in by_class(soup, "vcard") if c.find(class_="fn")]
    if not cards:
        return None
    host = url_host(url)

    def owner_score(card: Tag) -> int:
        score = 0
        if not any("h-entry" in (p.get("class") or []) or "hentry" in (p.get("class") or []) for p in card.parents):
            score += 2  # an author card inside a post is less likely the page owner's own card
        for link in card.find_all(class_=("u-url", "u-uid", "url")):
            if host and url_host(str(link.get("href") or link.get("value") or "")) == host:
                score += 3
                break
        if card.find(class_=("p-name", "fn")) is not None:
            score += 1
        return score

    return max(cards[:20], key=owner_score)


def _prop(card: Tag, *classes: str) -> str | None:
    node = card.find(class_=classes)
    if node is None:
        return None
    if node.name in ("data", "input") and node.get("value"):
        return clean_text(node.get("value"))
    if node.name == "img":
        return clean_text(node.get("alt"))
    if node.name == "abbr" and node.get("title"):
        return clean_text(node.get("title"))
    return rich_text(node)


def _from_h_card(card: Tag, url: str) -> dict:
    name = _prop(card, "p-name", "fn")
    if not name and not card.find(class_=re.compile(r"^(p|u|e|dt)-")):
        name = rich_text(card)  # an h-card without properties: its text is the name (implied p-name)
    locality = [_prop(card, c) for c in ("p-locality", "locality")]
    region = [_prop(card, c) for c in ("p-region", "region")]
    country = [_prop(card, c) for c in ("p-country-name", "country-name")]
    place = ", ".join(p for p in (locality[0] or locality[1], region[0] or region[1], country[0] or country[1]) if p)
    org = _prop(card, "p-org", "org")
    title = _prop(card, "p-job-title", "title", "p-role")
    note = _prop(card, "p-note", "note")
    websites = []
    for link in card.find_all(class_=("u-url", "u-uid", "url")):
        websites.append(absolute_url(link.get("href") or link.get("value"), url))
    return {
        "name": name,
        "handle": _prop(card, "p-nickname", "nickname"),
        "headline": title or note,
        "about": note,
        "location": place or _prop(card, "p-adr", "p-label", "adr"),
        "experience": [Experience(company=org, title=title)] if org else [],
        "websites": websites,
    }


# ---------------------------------------------------------------- OpenGraph and rel=me


def _from_og(soup: BeautifulSoup) -> dict:
    first = meta_content(soup, "profile:first_name")
    last = meta_content(soup, "profile:last_name")
    name = clean_text(" ".join(p for p in (first, last) if p))
    if not name:
        title = meta_content(soup, "og:title")
        name = clean_text(_TITLE_SUFFIX.sub("", title)) if title else None
    return {
        "name": name,
        "handle": meta_content(soup, "profile:username"),
        "headline": meta_content(soup, "og:description", "description"),
    }


def _rel_me(soup: BeautifulSoup, url: str) -> list[str]:
    found = []
    for link in tags_named(soup, "link", "a"):
        rel = link.get("rel") or []
        if "me" in (rel.split() if isinstance(rel, str) else rel):
            found.append(absolute_url(link.get("href"), url))
    return found[:50]

