"""LinkedIn profile pages, as a guest or a signed-in member sees them, from 2015 to the 2026 "SDUI" render.

`parse(soup, url)` first decides which layout the page is (see `_detect_layout`), then runs that
layout's reader. The layouts and their stable hooks are mapped in ../shared/fixtures/real/SELECTORS.md:

- guest 2015-10 (`#top-card`, `#background-*`), guest 2015-12 to 2016 (`#topcard`, `li.position`),
- guest 2020s (`section.top-card-layout`, JSON-LD Person, `data-section`),
- signed-in 2016 edit page, 2018 to 2021 Ember (`pv-*` with `visually-hidden` field labels),
- Recruiter 2021 (`#lira-profile`), signed-in 2022 to 2025 (artdeco cards under anchor divs such as
  `div#experience`, text read from the `aria-hidden="true"` copies only),
- the `/details/experience/` and `/recent-activity/` sub-pages, and the 2026 SDUI top card.

Identity never comes from embedded app state (`<code>` JSON, voyager blobs): it describes the viewer.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from urllib.parse import unquote

from bs4 import BeautifulSoup, NavigableString, Tag

from companion.errors import NotAProfile
from companion.models import Profile
from companion.parsers.page import (
    attr_index,
    build_profile,
    class_index,
    clean_text,
    decode_redirect,
    descendant_tags,
    inside,
    json_ld_of_type,
    ld_followers,
    meta_content,
    node_text,
    page_title,
    parse_count,
    parse_date,
    tags_named,
)

# ---------------------------------------------------------------- small readers

_SLUG = re.compile(r"linkedin\.com/(?:public-profile/)?in/([^/?#]+)", re.I)
_SLUG_PATH = re.compile(r"^/(?:public-profile/)?in/([^/?#]+)")
_MEMBER_ID = re.compile(r"^acoaa[a-z0-9_-]{20,}$", re.I)
_MEMBER_ID_MAX = 85  # real ones are 39 characters; a longer "id" is never kept as an address
# A link to a profile that also names its member id: `/in/<slug>?miniProfileUrn=urn:li:fs_miniProfile:<id>`,
# `/in/<slug>/details/…?profileUrn=urn:li:fsd_profile:<id>`, `/in/<slug>/overlay/…?profileId=<id>`.
_MEMBER_PARAM = re.compile(r"[?&;](?:miniProfileUrn|profileUrn)=urn(?::|%3A)li(?::|%3A)fsd?_(?:profile|miniProfile)(?::|%3A)"
                           r"(ACoA[\w-]{20,80})(?![\w-])|[?&;]profileId=(ACoA[\w-]{20,80})(?![\w-])")
_ACTIVITY_ID = re.compile(r"(?:urn:li:activity:|activity[-:])(\d{15,20})")
_YEARISH = re.compile(r"\b(19|20)\d{2}\b")
_RANGE_SPLIT = re.compile(r"\s+[-–—]\s*|\s*[–—]\s*|\s+-\s+|\s+(?:to|bis|até|hasta)\s+", re.I)
_PRESENT = re.compile(
    r"\b(present|now|today|heute|jetzt|actualidad|actualmente|la fecha|aujourd|présent|o momento|momento)\b", re.I
)
_DURATION = re.compile(r"^(less than a year|\d+\s*(yrs?|years?|mos?|months?)\b.*)$", re.I)
_PRONOUNS = re.compile(r"^\(?[A-Za-z]{2,5}/[A-Za-z]{2,5}(/[A-Za-z]{2,5})?\)?$")
_DAY_DATE = re.compile(r"([A-Za-z]{3,9})\.?\s+(\d{1,2}),\s*(\d{4})")
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
# Activity headers that describe someone else's post the owner only reacted to.
_NOT_OWN_ACTIVITY = re.compile(
    r"\b(liked|likes|like|commented|comments|reacted|celebrates|supports|loves|finds this|"
    r"is curious|gefällt|kommentiert)\b",
    re.I,
)
# Activity headers of someone else's post the owner reposted: not their words, so not their post (as the X
# and Bluesky parsers already skip reposts).
_REPOST = re.compile(
    r"\b(reposted|reshared|republi[ée]|republicó|repostou|compartilhou)\b|hat (dies|das) (reposted|geteilt)", re.I
)


def _classes(tag: Tag) -> list[str]:
    value = tag.get("class") or []
    return value if isinstance(value, list) else str(value).split()


def _has_class(tag: Tag | None, name: str) -> bool:
    return tag is not None and name in _classes(tag)


def _every(node: Tag | None, class_name: str, tag_name: str | None = None) -> list[Tag]:
    """Descendants carrying a class (and tag name): a plain walk, much cheaper than bs4's filters."""
    if node is None:
        return []
    tags = descendant_tags(node, tag_name) if tag_name else descendant_tags(node)
    return [tag for tag in tags if class_name in (tag.attrs.get("class") or ())]


def _first(node: Tag | None, class_name: str, tag_name: str | None = None) -> Tag | None:
    """The first descendant carrying a class (and tag name), or None."""
    if node is None:
        return None
    tags = descendant_tags(node, tag_name) if tag_name else descendant_tags(node)
    return next((tag for tag in tags if class_name in (tag.attrs.get("class") or ())), None)


def _own_text(tag: Tag | None) -> str | None:
    """Only the tag's direct text, not its children's (e.g. a name without its badge)."""
    if tag is None:
        return None
    return clean_text(" ".join(s for s in tag.find_all(string=True, recursive=False)))


def _visible_text(tag: Tag | None) -> str | None:
    """Text without LinkedIn's screen-reader labels (`visually-hidden`, `hide-a11y`)."""
    if tag is None:
        return None
    parts = []
    for string in tag.find_all(string=True):
        if type(string) is not NavigableString:  # comments, CDATA
            continue
        hidden = False
        for parent in string.parents:
            if parent is tag:
                break
            if {"visually-hidden", "hide-a11y", "a11y-text"} & set(_classes(parent)):
                hidden = True
                break
        if not hidden:
            parts.append(str(string))
    return clean_text(" ".join(parts))


def _aria_text(tag: Tag | None) -> str | None:
    """On signed-in pages every string is doubled: read the `aria-hidden="true"` copy, else the visible text."""
    if tag is None:
        return None
    copy = tag.find("span", attrs={"aria-hidden": "true"})
    if copy is not None:
        return node_text(copy)
    return _visible_text(tag)


def _multiline(value: str | Tag | None) -> str | None:
    """Clean text but keep paragraph breaks (about sections, posts); screen-reader labels are left out."""
    if value is None:
        return None
    if isinstance(value, Tag):
        raw = "".join(_text_pieces(value))
    else:
        raw = re.sub(r"<br\s*/?>", "\n", str(value), flags=re.I)
    lines = [clean_text(line) for line in raw.split("\n")]
    text = "\n".join(line or "" for line in lines)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return text or None


# Screen-reader labels and the dummy "..." / "see more" pieces of clamped text are not part of the text.
_HIDDEN = frozenset({
    "visually-hidden", "hide-a11y", "a11y-text", "lt-line-clamp__ellipsis--dummy",
    "inline-show-more-text__link-container-collapsed", "inline-show-more-text__link-container-expanded",
})
_BLOCKS = frozenset({"p", "div", "li", "br"})


def _text_pieces(tag: Tag):
    """The strings of a node in order, with a line break for <br> and around blocks; no hidden labels."""
    for child in tag.children:
        if isinstance(child, Tag):
            if child.name == "br":
                yield "\n"
            elif "white-space-pre" in _classes(child) and not child.get_text():
                yield " "  # a preserved space some saved pages left empty
            elif child.name in ("button", "script", "style", "svg") or _HIDDEN & set(_classes(child)):
                continue
            else:
                block = child.name in _BLOCKS
                if block:
                    yield "\n"
                yield from _text_pieces(child)
                if block:
                    yield "\n"
        elif type(child) is NavigableString:
            # Line breaks in the markup are layout, not text: only <br> and blocks break lines.
            yield re.sub(r"\s+", " ", str(child))


def _split_range(text: str | None) -> tuple[str | None, str | None]:
    """'Dec 2019 - Present · 2 yrs 4 mos' -> ('2019-12', None); '2014 - Jun 2019' -> ('2014', '2019-06')."""
    if not text:
        return None, None
    text = re.sub(r"\(.*?\)", " ", text.split("·")[0])
    parts = _RANGE_SPLIT.split(text.strip(), maxsplit=1)
    start = parse_date(parts[0]) if parts[0].strip() else None
    if len(parts) == 1:
        return start, None
    end_text = parts[1]
    end = None if _PRESENT.search(end_text) else parse_date(end_text)
    return start, end


def _dates(node: Tag | None) -> tuple[str | None, str | None]:
    """Start and end of a date range node: its <time> elements when it has them, else its text."""
    if node is None:
        return None, None
    times = node.find_all("time")
    if times:
        start = parse_date(node_text(times[0]))
        end = parse_date(node_text(times[1])) if len(times) > 1 else None
        return start, end
    return _split_range(_visible_text(node))


def _day_date(text: str | None) -> str | None:
    """'Aug 4, 2021' -> '2021-08-04' (article dates), else whatever parse_date makes of it."""
    if not text:
        return None
    match = _DAY_DATE.search(text)
    if match and match.group(1)[:3].lower() in _MONTHS:
        month = _MONTHS[match.group(1)[:3].lower()]
        return f"{match.group(3)}-{month:02d}-{int(match.group(2)):02d}"
    return parse_date(text)


def _activity_date(url_or_urn: str | None) -> str | None:
    """LinkedIn activity ids carry their creation time: the top 41 bits are milliseconds since 1970."""
    if not url_or_urn:
        return None
    match = _ACTIVITY_ID.search(url_or_urn)
    if not match:
        return None
    millis = int(match.group(1)) >> 22
    try:
        return datetime.fromtimestamp(millis / 1000, UTC).date().isoformat()
    except (OverflowError, OSError, ValueError):
        return None


def _slug(url: str | None) -> str | None:
    """The /in/<slug> of a LinkedIn profile URL (absolute or site-relative), decoded."""
    if not url:
        return None
    match = _SLUG.search(url) or _SLUG_PATH.match(url)
    if not match:
        return None
    # LinkedIn treats slugs case-insensitively and redirects to the lower-case form.
    slug = unquote(match.group(1)).strip().lower()
    return slug or None


def _profile_url(slug: str | None) -> str | None:
    return f"https://www.linkedin.com/in/{slug}/" if slug else None


def _website(href: str | None) -> str | None:
    target = decode_redirect(href)
    if not target or not target.startswith(("http://", "https://")):
        return None
    if _SLUG.search(target):  # the profile itself, e.g. sameAs on a country sub-domain
        return None
    return target


def _unique(values) -> list:
    seen, out = set(), []
    for value in values:
        key = value.casefold() if isinstance(value, str) else value
        if value and key not in seen:
            seen.add(key)
            out.append(value)
    return out


def _repair_skill(text: str | None, href: str | None) -> str | None:
    """2015 skill pills cut long names ('Lean Software...'); the topic link still holds the full name."""
    if not text or not text.endswith(("...", "…")) or not href:
        return text
    prefix = text.rstrip(".…").strip()
    match = re.search(r"/topic/([^/?#]+)", href)
    if not match:
        return text
    words = unquote(match.group(1)).replace("-", " ").replace(".", " ")
    if not words.lower().startswith(prefix.lower()):
        return text
    rest = words[len(prefix):].strip()
    return f"{prefix} {rest.title()}".strip() if rest else prefix


# Entries are plain dicts; build_profile (page.py) trims them to the wire model's limits.


# A company page's hiring banner, which LinkedIn writes after the company's name ('Insighture - We're hiring',
# 'Acme | Hiring', 'Acme (We're hiring!)', 'Acme - Wir stellen ein'): no part of the name (newcomer 10, W3).
_HIRING_BANNER = re.compile(
    r"\s*(?:[-–—|·:]\s*|\(\s*)[¡!]*\s*(?:(?:we\s*['’]?\s*re|we\s+are|now)\s+hiring|hiring(?:\s+now)?|wir\s+stellen\s+ein"
    r"|estamos\s+contratando|on\s+recrute|nous\s+recrutons|stiamo\s+assumendo|wij\s+zoeken\s+collega['’]?s"
    r"|we\s+zijn\s+aan\s+het\s+werven|zatrudniamy|estamos\s+a\s+recrutar)\s*[!.]*\s*\)?\s*$", re.IGNORECASE)


def without_hiring_banner(text: str | None) -> str | None:
    """An employer's name as LinkedIn shows it, without the company page's hiring banner."""
    if not text:
        return text
    return _HIRING_BANNER.sub("", text).strip() or text


def _job(company=None, title=None, start=None, end=None, location=None) -> dict:
    return {"company": without_hiring_banner(company), "title": title, "start": start, "end": end, "location": location}


def _school(school=None, degree=None, field=None, start=None, end=None) -> dict:
    return {"school": school, "degree": degree, "field": field, "start": start, "end": end}


def _cause(organization=None, role=None, cause=None) -> dict:
    return {"organization": organization, "role": role, "cause": cause}


def _post(text: str, date=None, url=None) -> dict:
    return {"text": text, "date": date, "url": url}


# ---------------------------------------------------------------- the page index

_SDUI_TOPCARD = re.compile(r"^com\.linkedin\.sdui\.profile\.card\.ref.*Topcard$")
_SDUI_ACTIVITY = re.compile(r"^com\.linkedin\.sdui\.profile\.card\.ref.*Activity$")


class _Page:
    """The page's cached one-pass indexes (page.py), with the few lookups the LinkedIn readers need.

    Each bs4 `find` over a whole page is a full walk through its (slow) filter machinery, and a LinkedIn
    page has thousands of tags; the readers start from these indexes and only search inside the small
    sections they find there. This keeps parsing well under the cost of building the soup.
    """

    def __init__(self, soup: BeautifulSoup):
        self.soup = soup
        self.classes = class_index(soup)
        self.ids = attr_index(soup, "id")

    def id(self, ident: str) -> Tag | None:
        found = self.ids.get(ident)
        return found[0] if found else None

    def all(self, class_name: str, tag_name: str | None = None) -> list[Tag]:
        tags = self.classes.get(class_name, [])
        return [tag for tag in tags if tag.name == tag_name] if tag_name else tags

    def first(self, class_name: str, tag_name: str | None = None) -> Tag | None:
        return next(iter(self.all(class_name, tag_name)), None)

    def named(self, tag_name: str) -> list[Tag]:
        return tags_named(self.soup, tag_name)

    @property
    def main(self) -> Tag:
        return next(iter(self.named("main")), None) or self.soup

    def component(self, pattern: re.Pattern) -> Tag | None:
        """The first tag whose `componentkey` (2026 SDUI card name) matches `pattern`."""
        for key, tags in attr_index(self.soup, "componentkey").items():
            if pattern.match(key):
                return tags[0]
        return None

    def meta(self, *names: str) -> str | None:
        return meta_content(self.soup, *names)

    def canonical(self) -> str | None:
        for tag in self.named("link"):
            rel = tag.get("rel") or []
            if "canonical" in (rel if isinstance(rel, list) else [rel]):
                return tag.get("href")
        return None

    def title_parts(self) -> list[str]:
        """'(3) Activity | Steve Hind | LinkedIn' -> ['Activity', 'Steve Hind', 'LinkedIn']."""
        title = page_title(self.soup)
        if not title:
            return []
        title = re.sub(r"^\(\d+\+?\)\s*", "", title)  # the notification count
        return [part.strip() for part in title.split("|")]

    def name_from_title(self) -> str | None:
        parts = self.title_parts()
        if len(parts) >= 2 and parts[-1].lower() == "linkedin":
            return parts[-2] or None
        return None

    def json_ld_person(self) -> dict:
        """The JSON-LD Person the page is about (top level or in @graph, never WebPage.reviewedBy)."""
        return next(iter(json_ld_of_type(self.soup, "Person")), {})


# ---------------------------------------------------------------- layout detection


def _detect_layout(page: _Page) -> str | None:
    """Name the layout from the most specific hooks; None when no profile layout matches."""
    if page.id("lira-profile") is not None:
        return "recruiter"
    if page.first("top-card-layout", "section") is not None:
        return "guest"
    if page.id("top-card") is not None or page.id("background-experience") is not None:
        return "guest-2015"
    if page.id("topcard") is not None or page.first("position", "li") is not None:
        return "guest-2016"
    if page.first("pv-top-card-section__name") is not None or page.id("experience-section") is not None:
        return "ember"
    if page.component(_SDUI_TOPCARD) is not None:
        return "sdui"
    if _artdeco_name_h1(page) is not None:
        return "artdeco"
    # Sub-pages have no top card: the activity feed, or one section's full list (/details/<section>/).
    if page.first("feed-shared-update-v2") is not None:
        return "activity"
    if page.first("pvs-list", "ul") is not None and not _cards(page):
        return "details"
    if page.first("pv-profile-card__anchor") is not None:
        return "artdeco"
    if _page_key(page) == "nprofile_my_profile":
        return "edit-2016"
    return None


def _page_key(page: _Page) -> str | None:
    key = page.meta("pageKey")
    if key:
        return key
    marker = next((ident for ident in page.ids if ident.startswith("pagekey-")), None)
    return marker[len("pagekey-"):] if marker else None


def _not_a_profile(soup: BeautifulSoup, url: str) -> NotAProfile:
    """Say what the page is instead of a profile."""
    title = " | ".join(_Page(soup).title_parts()).lower()
    h1 = node_text(soup.find("h1")) or ""
    if "profile not found" in title or "could not be found" in h1.lower():
        who = _slug(url) or _slug((soup.find("link", rel="canonical") or {}).get("href"))
        about = f" for '{who}'" if who else ""
        return NotAProfile(
            f"This is LinkedIn's 'Profile Not Found' page{about}, not a profile: the member may have hidden "
            "their public profile or changed their URL; open the profile while signed in instead."
        )
    signin = soup.find("input", attrs={"name": "session_key"}) is not None
    if signin or any(word in title for word in ("sign in", "sign up", "log in", "login", "authwall")) or (
        "authwall" in (url or "")
    ):
        return NotAProfile(
            "This is LinkedIn's sign-in wall, not a profile: sign in to LinkedIn and open the profile again."
        )
    return NotAProfile(
        "This LinkedIn page is not a rendered profile (no top card or profile sections were found): "
        "open the member's profile page and wait until it has loaded."
    )


# ---------------------------------------------------------------- guest 2020s (JSON-LD first)


def _guest(page: _Page, fields: dict) -> None:
    person = page.json_ld_person()
    if isinstance(person.get("name"), str):
        fields["name"] = clean_text(person["name"])
    fields["_slug"] = _slug(person.get("url")) or _slug(person.get("sameAs"))
    card = page.first("top-card-layout", "section")
    fields["name"] = fields.get("name") or node_text(card.find("h1"))
    fields["headline"] = node_text(_first(card, "top-card-layout__headline", "h2"))
    address = person.get("address") if isinstance(person.get("address"), dict) else {}
    location = clean_text(address.get("addressLocality"))
    subline_items = _guest_subline(card)
    for item in subline_items:
        lower = item.lower()
        if lower.endswith("followers") or lower.endswith("follower"):
            fields["followers"] = parse_count(item)
        elif lower.endswith("connections") or lower.endswith("connection"):
            fields["connections"] = parse_count(item)
        elif lower != "contact info" and location is None:
            location = item
    fields["location"] = location
    # The exact JSON-LD count beats the rounded "6K followers" of the subline.
    fields["followers"] = ld_followers(person) or fields.get("followers")
    fields["about"] = _multiline(person.get("description")) if person.get("description") else None

    sections: dict[str, list[Tag]] = {}
    for section in page.all("core-section-container", "section"):
        key = section.get("data-section") or next(
            (c for c in ("experience", "education") if c in _classes(section)), None
        )
        if key:
            sections.setdefault(key, []).append(section)
    if not fields["about"] and "summary" in sections:
        content = sections["summary"][0].find(class_="core-section-container__content")
        fields["about"] = _multiline(content)

    links = card.find(attrs={"data-section": "websites"})
    if links is not None:
        fields["websites"] = _unique(_website(a.get("href")) for a in links.find_all("a", href=True))

    experience = []
    for section in sections.get("experience", []):
        experience.extend(_guest_experience(section))
    if not experience:
        experience = _json_ld_jobs(person)
    fields["experience"] = experience

    education = []
    for section in sections.get("educationsDetails", sections.get("education", [])):
        education.extend(_guest_education(section))
    if not education:
        education = _json_ld_schools(person)
    fields["education"] = education

    languages = [clean_text(lang.get("name")) for lang in person.get("knowsLanguage") or [] if isinstance(lang, dict)]
    if not any(languages):
        for section in sections.get("languages", []):
            languages.extend(node_text(li.find("h3")) for li in section.find_all("li"))
    fields["languages"] = _unique(languages)

    volunteering = []
    for section in sections.get("volunteering", []):
        for li in section.find_all("li"):
            role, org = node_text(li.find("h3")), node_text(li.find("h4"))
            if not (role or org):
                continue
            cause = None
            for p in li.find_all("p"):
                if _first(p, "date-range") is None and not _has_class(p, "show-more-less-text__text--less"):
                    text = node_text(p)
                    if text and len(text) < 80 and p.find_parent(class_="show-more-less-text") is None:
                        cause = text
                        break
            volunteering.append(_cause(organization=org, role=role, cause=cause))
    fields["volunteering"] = volunteering

    posts = []
    for section in sections.get("posts", []):
        posts.extend(_guest_posts(section))
    fields["posts"] = posts


def _guest_subline(card: Tag) -> list[str]:
    """Location, follower and connection items under the headline (2023: subline items; 2024: middot spans)."""
    items = [node_text(tag) for tag in _every(card, "top-card__subline-item")]
    header = _first(card, "profile-info-subheader")
    if header is not None:
        for group in _every(header, "not-first-middot", "div"):
            items.extend(node_text(span) for span in group.find_all("span", recursive=False))
    return [item for item in items if item]


def _guest_experience(section: Tag) -> list[dict]:
    out = []
    for li in section.find_all("li"):
        classes = _classes(li)
        if "experience-group" in classes or "profile-section-card" not in classes:
            continue
        title = node_text(li.find("h3"))
        company = node_text(li.find("h4"))
        group = li.find_parent("li", class_="experience-group")
        if group is not None:
            # Grouped roles: the group header names the company once for all its roles.
            company = node_text(_first(group, "experience-group-header__company")) or company
        start, end = _dates(_first(li, "date-range"))
        location = node_text(_first(li, "experience-item__location"))
        if location is None:
            for p in _every(li, "experience-item__meta-item", "p"):
                if _first(p, "date-range") is None:
                    location = node_text(p)
                    break
        out.append(_job(company=company, title=title, start=start, end=end, location=location))
    return out


def _guest_education(section: Tag) -> list[dict]:
    out = []
    for li in section.find_all("li"):
        school = node_text(li.find("h3"))
        if not school:
            continue
        subtitle = li.find("h4")
        degree = field = None
        if subtitle is not None:
            plain = [node_text(s) for s in subtitle.find_all("span") if not s.get("data-section")]
            tagged = [node_text(s) for s in subtitle.find_all("span") if s.get("data-section")]
            degree = next((p for p in plain if p), None)
            field = next((t for t in tagged if t), None)
            if degree is None and field is None:
                degree = node_text(subtitle)
        start, end = _dates(_first(li, "date-range"))
        out.append(_school(school=school, degree=degree, field=field, start=start, end=end))
    return out


def _json_ld_jobs(person: dict) -> list[dict]:
    out = []
    titles = person.get("jobTitle") or []
    titles = titles if isinstance(titles, list) else [titles]
    for index, org in enumerate(person.get("worksFor") or []):
        if isinstance(org, dict):
            role = org.get("member") if isinstance(org.get("member"), dict) else {}
            out.append(_job(
                company=clean_text(org.get("name")),
                title=clean_text(titles[index]) if index < len(titles) else None,
                start=parse_date(str(role.get("startDate") or "")), end=None,
                location=clean_text(org.get("location")),
            ))
    for org in person.get("alumniOf") or []:
        if isinstance(org, dict) and org.get("@type") == "Organization":
            role = org.get("member") if isinstance(org.get("member"), dict) else {}
            out.append(_job(
                company=clean_text(org.get("name")), title=None,
                start=parse_date(str(role.get("startDate") or "")), end=parse_date(str(role.get("endDate") or "")),
                location=clean_text(org.get("location")),
            ))
    return out


def _json_ld_schools(person: dict) -> list[dict]:
    out = []
    for org in person.get("alumniOf") or []:
        if isinstance(org, dict) and org.get("@type") == "EducationalOrganization":
            role = org.get("member") if isinstance(org.get("member"), dict) else {}
            out.append(_school(
                school=clean_text(org.get("name")),
                start=parse_date(str(role.get("startDate") or "")), end=parse_date(str(role.get("endDate") or "")),
            ))
    return out


def _guest_posts(section: Tag) -> list[dict]:
    out = []
    for li in section.find_all("li"):
        title = _first(li, "base-main-card__title")
        if title is None:
            continue
        byline = node_text(_first(li, "base-main-card__subtitle")) or ""
        if _NOT_OWN_ACTIVITY.search(byline):
            continue  # "Liked by X": someone else's post
        link = _first(li, "base-card__full-link", "a") or li.find("a", href=True)
        href = link.get("href") if link is not None else None
        date = _day_date(node_text(_first(li, "base-main-card__metadata"))) or _activity_date(href)
        text = node_text(title)
        if text:
            out.append(_post(text=text, date=date, url=_strip_tracking(href)))
    return out


def _strip_tracking(href: str | None) -> str | None:
    if not href:
        return None
    return re.sub(r"\?trk=[^&#]*$", "", href)


# ---------------------------------------------------------------- guest 2015 and 2015-12/2016


def _guest_2015(page: _Page, fields: dict) -> None:
    card = page.id("top-card") or page.soup
    name = card.find(id="name")
    fields["name"] = node_text(_first(name, "full-name") if name else None) or node_text(name)
    headline = card.find(id="headline")
    fields["headline"] = node_text(_first(headline, "title") if headline else None) or node_text(headline)
    location = card.find(id="location") or card.find(id="demographics")
    fields["location"] = node_text(_first(location, "locality")) if location else None
    fields["connections"] = parse_count(node_text(page.first("member-connections")))
    summary = page.id("background-summary")
    fields["about"] = _multiline(_first(summary, "description")) if summary else None

    experience = []
    background = page.id("background-experience")
    for item in _every(background, "section-item", "div") if background else []:
        header = item.find("header")
        title = node_text(header.find("h4")) if header else None
        company = None
        for h5 in header.find_all("h5") if header else []:
            if not _has_class(h5, "experience-logo"):
                company = node_text(h5)
                break
        when = _first(item, "experience-date-locale")
        start, end = _dates(when)
        location = node_text(_first(when, "locality")) if when else None
        experience.append(_job(company=company, title=title, start=start, end=end, location=location))
    fields["experience"] = experience

    education = []
    background = page.id("background-education")
    for item in _every(background, "section-item", "div") if background else []:
        degree = node_text(_first(item, "degree"))
        start, end = _dates(_first(item, "education-date"))
        education.append(_school(
            school=node_text(item.find("h4")),
            degree=degree.rstrip(",").strip() if degree else None,
            field=node_text(_first(item, "major")),
            start=start, end=end,
        ))
    fields["education"] = education

    skills = page.id("background-skills")
    fields["skills"] = _unique(
        _repair_skill(node_text(a), a.get("href")) for a in _every(skills, "endorse-item-name-text")
    ) if skills else []
    languages = page.id("background-languages")
    fields["languages"] = _unique(
        node_text(li.find("h4")) for li in _every(languages, "section-item", "li")
    ) if languages else []

    volunteering = []
    background = page.id("background-volunteering")
    for item in _every(background, "section-item", "div") if background else []:
        group = item.find("hgroup")
        if group is None:
            continue
        org = next((node_text(h5) for h5 in group.find_all("h5") if not _has_class(h5, "volunteering-logo")), None)
        when = _first(item, "volunteering-date-cause")
        volunteering.append(_cause(
            organization=org, role=node_text(group.find("h4")),
            cause=node_text(_first(when, "locality")) if when else None,
        ))
    causes = page.id("volunteering-causes-view")
    for li in causes.find_all("li") if causes else []:
        volunteering.append(_cause(cause=node_text(li)))
    fields["volunteering"] = volunteering
    interests = page.id("background-interests")
    fields["interests"] = _unique(node_text(li) for li in interests.find_all("li")) if interests else []


def _guest_2016(page: _Page, fields: dict) -> None:
    card = page.id("topcard") or page.soup
    fields["name"] = node_text(card.find(id="name"))
    fields["headline"] = node_text(_first(card, "headline"))
    demographics = card.find(id="demographics")
    fields["location"] = node_text(_first(demographics, "locality")) if demographics else None
    fields["connections"] = parse_count(node_text(_first(card, "member-connections")))
    summary = page.id("summary")
    fields["about"] = _multiline(_first(summary, "description")) if summary else None

    experience = []
    section = page.id("experience")
    for li in _every(section, "position", "li") if section else []:
        start, end = _dates(_first(li, "date-range"))
        experience.append(_job(
            company=node_text(_first(li, "item-subtitle")), title=node_text(_first(li, "item-title")),
            start=start, end=end, location=node_text(_first(li, "location")),
        ))
    fields["experience"] = experience

    education = []
    section = page.id("education")
    for li in _every(section, "school", "li") if section else []:
        subtitle = _first(li, "item-subtitle")
        # The page carries a translated and an original copy of the subtitle: read one.
        copy = _first(subtitle, "original") if subtitle else None
        text = node_text(copy or subtitle) or ""
        degree, _, field = text.partition(",")
        start, end = _dates(_first(li, "date-range"))
        education.append(_school(
            school=node_text(_first(li, "item-title")),
            degree=clean_text(degree), field=clean_text(field), start=start, end=end,
        ))
    fields["education"] = education

    section = page.id("skills")
    fields["skills"] = _unique(
        node_text(li) for li in _every(section, "skill", "li")
        if not {"see-more", "see-less"} & set(_classes(li))
    ) if section else []
    section = page.id("languages")
    fields["languages"] = _unique(
        node_text(_first(li, "name")) for li in _every(section, "language", "li")
    ) if section else []

    volunteering = []
    section = page.id("volunteering")
    for li in _every(section, "position", "li") if section else []:
        volunteering.append(_cause(
            organization=node_text(_first(li, "item-subtitle")), role=node_text(_first(li, "item-title")),
            cause=node_text(_first(li, "cause")),
        ))
    for extra in _every(section, "extra-section") if section else []:
        heading = (node_text(_first(extra, "title")) or "").lower()
        if "cause" in heading:
            volunteering.extend(_cause(cause=node_text(li)) for li in extra.find_all("li"))
    fields["volunteering"] = volunteering
    section = page.id("interests")
    fields["interests"] = _unique(node_text(li) for li in section.find_all("li")) if section else []


# ---------------------------------------------------------------- signed-in 2018 to 2021 (Ember)


def _ember(page: _Page, fields: dict) -> None:
    fields["name"] = node_text(page.first("pv-top-card-section__name"))
    fields["headline"] = node_text(page.first("pv-top-card-section__headline"))
    fields["location"] = node_text(page.first("pv-top-card-section__location"))
    connections = page.first("pv-top-card-section__connections") or page.first("pv-top-card-v2-section__connections")
    if connections is not None:
        fields["connections"] = parse_count(_aria_text(connections))
    summary = page.first("pv-top-card-section__summary-text") or page.first("pv-about__summary-text")
    fields["about"] = _multiline(summary)

    experience = []
    section = page.id("experience-section")
    for li in section.find_all("li") if section else []:
        if li.find_parent("li") is not None and inside(li.find_parent("li"), section):
            continue  # a role inside a company group, read with its group
        roles = _every(li, "pv-entity__position-group-role-item", "li")
        if roles:
            company_box = _first(li, "pv-entity__company-summary-info")
            company = _visible_text(company_box.find("h3")) if company_box else None
            experience.extend(_ember_position(role, company) for role in roles)
        elif _first(li, "pv-entity__summary-info") is not None:
            experience.append(_ember_position(li, None))
    fields["experience"] = experience

    education = []
    for entity in page.all("pv-education-entity"):
        degree = _first(entity, "pv-entity__degree-name")
        field = _first(entity, "pv-entity__fos")
        start, end = _dates(_first(entity, "pv-entity__dates"))
        education.append(_school(
            school=node_text(_first(entity, "pv-entity__school-name")),
            degree=_visible_text(_first(degree, "pv-entity__comma-item") or degree) if degree else None,
            field=_visible_text(_first(field, "pv-entity__comma-item") or field) if field else None,
            start=start, end=end,
        ))
    fields["education"] = education

    names = (
        page.all("pv-skill-category-entity__name-text")  # 2018-12
        or page.all("pv-skill-entity__skill-name")  # 2018-02
        or page.all("pv-skill-category-entity__name")  # 2018-05
    )
    fields["skills"] = _unique(_visible_text(tag) for tag in names)

    languages = []
    for block in page.all("pv-accomplishments-block", "section"):
        if "languages" in _classes(block):
            languages.extend(_visible_text(li) for li in block.find_all("li"))
    fields["languages"] = _unique(languages)

    volunteering = []
    section = page.first("volunteering-section", "section")
    for li in section.find_all("li") if section else []:
        role = _visible_text(li.find("h3"))
        if not role:
            continue
        org = None
        for h4 in li.find_all("h4"):
            if not {"pv-entity__date-range", "detail-facet", "pv-entity__cause"} & set(_classes(h4)):
                org = _visible_text(h4)
                break
        volunteering.append(_cause(
            organization=org, role=role, cause=_visible_text(_first(li, "pv-entity__cause")),
        ))
    fields["volunteering"] = volunteering

    section = page.first("pv-interests-section", "section")
    fields["interests"] = _unique(
        _visible_text(tag) for tag in _every(section, "pv-entity__summary-title")
    ) if section else []
    fields["websites"] = _unique(
        _website(a.get("href")) for box in page.all("ci-websites") for a in box.find_all("a", href=True)
    )
    if fields["name"] is None and fields["experience"]:
        fields["partial"] = True  # a lone experience section, saved without its top card


def _ember_position(node: Tag, company: str | None) -> dict:
    info = _first(node, "pv-entity__summary-info-v2") or _first(node, "pv-entity__summary-info") or node
    title = _visible_text(info.find("h3"))
    if company is None:
        secondary = _first(info, "pv-entity__secondary-title")
        company = _own_text(secondary) or _visible_text(secondary)
    start, end = _dates(_first(info, "pv-entity__date-range"))
    location = _visible_text(_first(info, "pv-entity__location"))
    return _job(company=company, title=title, start=start, end=end, location=location)


# ---------------------------------------------------------------- Recruiter 2021


def _recruiter(page: _Page, fields: dict) -> None:
    card = page.id("topcard") or page.soup
    fields["name"] = _own_text(card.find("h1")) or node_text(card.find("h1"))
    fields["headline"] = node_text(_first(card, "title", "li"))
    location = _first(card, "location")
    fields["location"] = node_text(location)
    info = _first(card, "connection-info")
    if info is not None:
        fields["connections"] = parse_count(info.get("aria-label") or node_text(info))
    public = _first(card, "public-profile")
    link = public.find("a", href=True) if public else None
    fields["_slug"] = _slug(link.get("href")) if link else None

    experience = []
    section = page.id("profile-experience")
    for li in _every(section, "position", "li") if section else []:
        when = _first(li, "date-range")
        start, end = _split_range(_own_text(when))
        experience.append(_job(
            company=node_text(li.find("h5")), title=node_text(li.find("h4")), start=start, end=end,
            location=node_text(_first(when, "location")) if when else None,
        ))
    fields["experience"] = experience
    education = []
    section = page.id("profile-education")
    for li in section.find_all("li") if section else []:
        school = node_text(li.find("h4"))
        if not school:
            continue
        start, end = _split_range(_own_text(_first(li, "date-range")))
        degree_text = node_text(li.find("h5")) or ""
        degree, _, field = degree_text.partition(",")
        education.append(_school(school=school, degree=clean_text(degree), field=clean_text(field), start=start, end=end))
    fields["education"] = education


# ---------------------------------------------------------------- signed-in 2022 to 2025 (artdeco cards)


def _artdeco_name_h1(page: _Page) -> Tag | None:
    for h1 in page.named("h1"):
        classes = _classes(h1)
        if "text-heading-xlarge" in classes or ("inline" in classes and "t-24" in classes):
            return h1
    return None


def _row_spans(row: Tag) -> list[tuple[set[str], str]]:
    """The row's own aria-hidden texts (not those of nested rows), each with the classes above it.

    One walk down the row carrying the classes seen so far: it stops at nested rows (`li`) and at each
    aria-hidden span (whose inner spans are parts of the copy already read). bs4's find_all and a walk
    up from every span cost several times more, and this runs for every row of every card.
    """
    out = []
    stack: list[tuple[Tag, frozenset[str]]] = [(c, frozenset()) for c in reversed(row.contents) if isinstance(c, Tag)]
    while stack:
        node, above = stack.pop()
        if node.name == "li":
            continue  # a nested row: its spans are its own
        own = _classes(node)
        classes = above.union(own) if own else above
        if node.name == "span" and node.attrs.get("aria-hidden") == "true":
            text = node_text(node)
            if text:
                out.append((set(classes), text))
            continue
        stack.extend((c, classes) for c in reversed(node.contents) if isinstance(c, Tag))
    return out


def _row_fields(row: Tag) -> tuple[str | None, str | None, list[str]]:
    """Title, subtitle and captions of one artdeco list row, mapped by class, never by position."""
    title = subtitle = None
    captions: list[str] = []
    for classes, text in _row_spans(row):
        if "visually-hidden" in classes:
            continue
        is_title = "t-bold" in classes or ("hoverable-link-text" in classes and "t-14" not in classes)
        if is_title and title is None:
            title = text
        elif "t-black--light" in classes or "pvs-entity__caption-wrapper" in classes:
            captions.append(text)
        elif "t-14" in classes and "t-normal" in classes and subtitle is None:
            subtitle = text
    return title, subtitle, captions


def _top_rows(container: Tag) -> list[Tag]:
    """The list rows of a card: its `li`s that are not nested in another row of the same card."""
    out = []
    stack = [c for c in reversed(container.contents) if isinstance(c, Tag)]
    while stack:  # one walk down, not entering rows: what is below a row is that row's own
        node = stack.pop()
        if node.name == "li":
            out.append(node)
        else:
            stack.extend(c for c in reversed(node.contents) if isinstance(c, Tag))
    return out


def _date_caption(captions: list[str]) -> tuple[str | None, list[str]]:
    """Split captions into the date range and the rest (location without its ' · Hybrid' work mode, cause)."""
    dates = None
    rest = []
    for caption in captions:
        if dates is None and _YEARISH.search(caption) and not caption.lower().endswith(("followers", "members")):
            dates = caption
        elif not _DURATION.match(caption):
            rest.append(caption.split(" · ")[0].strip())
    return dates, rest


def _artdeco_experience(rows: list[Tag]) -> list[dict]:
    out = []
    for row in rows:
        title, subtitle, captions = _row_fields(row)
        if not title:
            continue
        roles = []
        for child in descendant_tags(row, "li"):
            child_title, _, child_captions = _row_fields(child)
            child_dates, child_rest = _date_caption(child_captions)
            if child_title and child_dates:
                roles.append((child_title, child_dates, child_rest))
        dates, rest = _date_caption(captions)
        if roles and not dates:
            # Grouped roles: the outer row is the company, each nested row one role.
            group_location = rest[0] if rest else None
            for role_title, role_dates, role_rest in roles:
                start, end = _split_range(role_dates)
                location = role_rest[0] if role_rest else group_location
                out.append(_job(company=title, title=role_title, start=start, end=end, location=location))
            continue
        company = subtitle.split(" · ")[0].strip() if subtitle else None
        start, end = _split_range(dates)
        location = rest[0] if rest else None
        out.append(_job(company=company or None, title=title, start=start, end=end, location=location))
    return out


def _artdeco_education(rows: list[Tag]) -> list[dict]:
    out = []
    for row in rows:
        school, subtitle, captions = _row_fields(row)
        if not school:
            continue
        degree = field = None
        if subtitle:
            degree, _, field = subtitle.partition(", ")
        dates, _ = _date_caption(captions)
        start, end = _split_range(dates)
        out.append(_school(school=school, degree=clean_text(degree), field=clean_text(field), start=start, end=end))
    return out


def _cards(page: _Page) -> dict[str, Tag]:
    """Profile cards by their anchor id (`experience`, `education`, ...): the anchor div's section."""
    anchors = {div.get("id"): div for div in page.all("pv-profile-card__anchor", "div") if div.get("id")}
    if not anchors:  # 2022 pages have the anchor divs without the class
        for name in ("about", "experience", "education", "skills", "languages", "volunteering_experience",
                     "interests", "content_collections"):
            div = page.id(name)
            if div is not None and div.name == "div":
                anchors[name] = div
    cards = {}
    for name, div in anchors.items():
        section = div.find_parent("section")
        if section is not None:
            cards[name] = section
    return cards


def _artdeco(page: _Page, fields: dict) -> None:
    h1 = _artdeco_name_h1(page)
    top = h1.find_parent("section") if h1 is not None else None
    fields["name"] = node_text(h1)
    if top is not None:
        fields["headline"] = node_text(_first(top, "text-body-medium", "div"))
        for span in _every(top, "text-body-small", "span"):
            classes = set(_classes(span))
            if {"inline", "t-black--light", "break-words"} <= classes:
                fields["location"] = node_text(span)
                break
        for li in top.find_all("li"):
            text = node_text(li) or ""
            if re.match(r"^[\d.,]+\+?\s+connections?$", text, re.I):
                fields["connections"] = parse_count(text)
            elif re.match(r"^[\d.,]+[KkMm]?\+?\s+followers?$", text, re.I):
                fields["followers"] = parse_count(text)
        contact = top.find("a", href=re.compile(r"/in/[^/]+/overlay/contact-info"))
        fields["_slug"] = _slug(contact.get("href")) if contact else None

    cards = _cards(page)
    if not cards:
        fields["partial"] = True  # only the top card had rendered
    if "about" in cards:
        # The longest aria-hidden copy is the text; the short ones are the card title "About".
        copies = cards["about"].find_all("span", attrs={"aria-hidden": "true"})
        body = max(copies, key=lambda span: len(span.get_text()), default=None)
        fields["about"] = _multiline(body) if body is not None and len(copies) > 1 else None
    if "experience" in cards:
        fields["experience"] = _artdeco_experience(_top_rows(cards["experience"]))
    if "education" in cards:
        fields["education"] = _artdeco_education(_top_rows(cards["education"]))
    for key, name in (("skills", "skills"), ("languages", "languages"), ("interests", "interests")):
        if name in cards:
            fields[key] = _unique(_row_fields(row)[0] for row in _top_rows(cards[name]))
    if "volunteering_experience" in cards:
        volunteering = []
        for row in _top_rows(cards["volunteering_experience"]):
            role, org, captions = _row_fields(row)
            if role:
                _, rest = _date_caption(captions)
                volunteering.append(_cause(organization=org, role=role, cause=rest[0] if rest else None))
        fields["volunteering"] = volunteering
    if "content_collections" in cards:
        activity = cards["content_collections"]
        for _, text in _row_spans(activity):
            if re.match(r"^[\d.,]+[KkMm]?\+?\s+followers?$", text, re.I):
                fields["followers"] = parse_count(text)
                break
        fields["posts"] = _feed_posts(_every(activity, "feed-shared-update-v2", "div"), fields.get("name")) or (
            _card_posts(activity)
        )


def _feed_posts(updates: list[Tag], owner: str | None) -> list[dict]:
    """Full feed updates (2025 Activity card, recent-activity page): one per `div.feed-shared-update-v2`."""
    out = []
    for update in updates:
        if update.find_parent("div", class_="feed-shared-update-v2") is not None:
            continue  # the inner copy of a reshared post
        header = _aria_text(_first(update, "update-components-header")) or ""
        actor = _aria_text(_first(update, "update-components-actor__title")) or ""
        if _NOT_OWN_ACTIVITY.search(header) or _REPOST.search(header):
            continue
        if owner and not header and actor and owner.casefold() not in actor.casefold():
            continue  # someone else's post shown without saying why
        body = _first(update, "update-components-text")
        text = _multiline(body.find("span", attrs={"dir": "ltr"}) or body) if body is not None else None
        urn = update.get("data-urn") or ""
        if not urn:
            link = update.find("a", href=_ACTIVITY_ID)
            urn = link.get("href") if link else ""
        match = _ACTIVITY_ID.search(urn)
        url = f"https://www.linkedin.com/feed/update/urn:li:activity:{match.group(1)}/" if match else None
        if text:
            out.append(_post(text=text, date=_activity_date(urn), url=url))
    return out


_POST_LINK = re.compile(r"/feed/update/urn:li:activity:")


def _href(tag: Tag) -> str:
    href = tag.attrs.get("href")
    return href if isinstance(href, str) else ""


def _nested_row(li: Tag, container: Tag) -> bool:
    """Whether `li` sits inside another `li` of `container` (or `container` is itself that `li`)."""
    for parent in li.parents:
        if parent.name == "li":
            return True
        if parent is container:
            return False
    return False


def _card_posts(container: Tag) -> list[dict]:
    """2024 Activity card: one `li` per post, a header 'X posted this • 3mo' and a text preview."""
    out = []
    for li in descendant_tags(container, "li"):
        # Plain walks, not bs4's find and find_parent: this runs for every row of the card on every capture.
        if _nested_row(li, container):
            continue  # a nested list (reaction counts) inside a post
        link = next((a for a in descendant_tags(li, "a") if _POST_LINK.search(_href(a))), None)
        if link is None:
            continue  # no post here
        header = _aria_text(link) or ""
        if _NOT_OWN_ACTIVITY.search(header) or _REPOST.search(header) or not re.search(r"post|share", header, re.I):
            continue
        body = _first(li, "break-words", "div")
        text = _multiline(body) if body is not None else None
        match = _ACTIVITY_ID.search(link["href"])
        url = f"https://www.linkedin.com/feed/update/urn:li:activity:{match.group(1)}/" if match else None
        if text:
            out.append(_post(text=text, date=_activity_date(link["href"]), url=url))
    return out


# ---------------------------------------------------------------- sub-pages


def _details(page: _Page, fields: dict) -> None:
    """`/in/<slug>/details/experience/`: the full experience list, and the name from the title."""
    main = page.main
    fields["name"] = page.name_from_title()
    kind = (page.title_parts() or [""])[0].lower()
    rows = []
    for ul in page.all("pvs-list", "ul"):
        if ul.find_parent("ul", class_="pvs-list") is None and inside(ul, main):
            rows.extend(li for li in ul.find_all("li", recursive=False))
    if "education" in kind:
        fields["education"] = _artdeco_education(rows)
    elif "skill" in kind:
        fields["skills"] = _unique(_row_fields(row)[0] for row in rows)
    else:
        fields["experience"] = _artdeco_experience(rows)
    fields["partial"] = True  # a sub-page shows one section of the profile


def _activity(page: _Page, fields: dict) -> None:
    """`/in/<slug>/recent-activity/`: the owner's posts; the name comes from the title."""
    name = page.name_from_title()
    fields["name"] = name
    updates = page.all("feed-shared-update-v2", "div")
    fields["posts"] = _feed_posts(updates, name)
    for update in updates:
        # The owner's own posts link the actor (the owner) to their profile: that gives the slug.
        actor = _first(update, "update-components-actor__title")
        link = update.find("a", href=_SLUG)
        if name and actor is not None and link is not None and name.casefold() in (_aria_text(actor) or "").casefold():
            fields["_slug"] = _slug(link.get("href"))
            break
    fields["partial"] = True


def _edit_2016(page: _Page, fields: dict) -> None:
    """2016 'edit profile' page: the owner's own view, whose sections are only unrendered JSON.

    On this page the signed-in member is the owner, so the account menu's rendered name is the owner's.
    The `<code>` JSON is not read (embedded state is never trusted for identity).
    """
    menu = page.first("act-set-name")
    fields["name"] = node_text(menu.find("a") if menu else None)
    fields["partial"] = True


def _sdui(page: _Page, fields: dict) -> None:
    """2026 SDUI render: hashed classes only; read the Topcard by its componentkey and plain tags."""
    top = page.component(_SDUI_TOPCARD)
    trigger = top.find("a", attrs={"componentkey": re.compile(r"^ProfileVerificationTriggerRef-")})
    name_tag = (trigger.find("h2") if trigger else None) or top.find(["h1", "h2"])
    fields["name"] = node_text(name_tag) or page.name_from_title()
    lines = []
    for p in top.find_all("p"):
        if p.find_parent("a") is not None or (name_tag is not None and inside(p, name_tag)):
            continue
        text = node_text(p)
        if text and not _PRONOUNS.match(text) and text not in lines:
            lines.append(text)
    if lines:
        fields["headline"] = lines[0]
        rest = [line for line in lines[1:] if " · " not in line]
        fields["location"] = rest[-1] if rest else None
    connections = top.find("a", href=re.compile(r"/mynetwork/invite-connect/connections/"))
    fields["connections"] = parse_count(node_text(connections))
    contact = top.find("a", href=re.compile(r"/in/[^/]+/overlay/contact-info"))
    fields["_slug"] = _slug(contact.get("href")) if contact else None
    activity = page.component(_SDUI_ACTIVITY)
    if activity is not None:
        followers = activity.find("a", href=re.compile(r"/feed/followers/?$"))
        fields["followers"] = parse_count(node_text(followers))
        posts = []
        for item in activity.find_all(attrs={"componentkey": re.compile(r"^update-card-focus")}):
            body = item.find(attrs={"data-testid": "expandable-text-box"})
            link = item.find("a", href=_ACTIVITY_ID)
            match = _ACTIVITY_ID.search(link.get("href")) if link else None
            text = _multiline(body)
            if text:
                posts.append(_post(
                    text=text, date=_activity_date(link.get("href")) if link else None,
                    url=f"https://www.linkedin.com/feed/update/urn:li:activity:{match.group(1)}/" if match else None,
                ))
        fields["posts"] = posts
    # Cards below the activity card load lazily; without them the profile is only partly there.
    fields["partial"] = True


_READERS = {
    "guest": _guest,
    "guest-2015": _guest_2015,
    "guest-2016": _guest_2016,
    "ember": _ember,
    "recruiter": _recruiter,
    "artdeco": _artdeco,
    "details": _details,
    "activity": _activity,
    "edit-2016": _edit_2016,
    "sdui": _sdui,
}


# ---------------------------------------------------------------- entry point


def _member_aliases(page: _Page, slug: str | None, visited: str | None) -> list[str]:
    """The owner's member-id URL (`/in/ACoAA…`, what LinkedIn messaging links to), from the page's own
    links that pair the owner's slug with a member id, or from the address the page was opened at."""
    ids: dict[str, int] = {}
    if slug and not _MEMBER_ID.match(slug):
        for link in page.named("a"):
            href = link.get("href")
            if not isinstance(href, str) or "ACoA" not in href or _slug(href) != slug:
                continue
            match = _MEMBER_PARAM.search(href)
            if match:
                member = match.group(1) or match.group(2)
                ids[member] = ids.get(member, 0) + 1
    out = [_profile_url(max(ids, key=ids.__getitem__))] if ids else []
    if visited and _MEMBER_ID.match(visited) and len(visited) <= _MEMBER_ID_MAX and visited != slug:
        visited_url = _profile_url(visited)
        if all(u.lower() != visited_url for u in out):
            out.append(visited_url)
    return out


def detect_layout(soup: BeautifulSoup) -> str | None:
    """Which LinkedIn layout the page is ('guest', 'artdeco', 'ember', 'details', ...), or None."""
    return _detect_layout(_Page(soup))


def parse(soup: BeautifulSoup, url: str) -> Profile:
    """Read a LinkedIn profile page; raise NotAProfile for a page that is not a rendered profile."""
    page = _Page(soup)
    if "profile not found" in " ".join(page.title_parts()).lower():
        raise _not_a_profile(soup, url)
    layout = _detect_layout(page)
    if layout is None:
        raise _not_a_profile(soup, url)
    fields: dict = {}
    _READERS[layout](page, fields)

    found_slug = fields.pop("_slug", None)
    candidates = [_slug(url), _slug(page.canonical()), found_slug, _slug(page.meta("og:url"))]
    # Links from search results use the member id (/in/ACoAA...); the page itself names the vanity slug.
    slug = next((c for c in candidates if c and not _MEMBER_ID.match(c)), None) or next(
        (c for c in candidates if c), None
    )
    fields["aliases"] = _member_aliases(page, slug, _slug(url))
    has_content = any(fields.get(key) for key in ("experience", "education", "posts", "skills"))
    if not fields.get("name") and not has_content:
        raise NotAProfile(
            "This LinkedIn page has no profile content rendered yet: wait until the profile has loaded "
            "and capture it again."
        )
    fields["partial"] = bool(fields.get("partial")) or not fields.get("name")
    return build_profile(site="linkedin", url=_profile_url(slug), handle=slug, **fields)
