"""Shared reading tools for every site parser: the soup, JSON-LD, meta tags, and normalisers.

Only the parsers package imports bs4. Everything here is tolerant: malformed input gives None or an
empty list, never an exception.

Speed matters (a capture must cost little more than building the soup), so the lookups that every
parser repeats (meta tags, JSON-LD, `data-testid`, `itemprop`, class names) are each collected in ONE
pass over the tree and cached on the soup object; later lookups are dictionary reads.
"""

from __future__ import annotations

import datetime as dt
import html as html_lib
import json
import re
import warnings
from collections import deque
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qs, unquote, urljoin, urlparse

from bs4 import (
    BeautifulSoup,
    Comment,
    Declaration,
    Doctype,
    MarkupResemblesLocatorWarning,
    NavigableString,
    ProcessingInstruction,
    Tag,
)
from bs4.dammit import UnicodeDammit

from companion.models import Education, Experience, Post, Profile, Volunteering

_WS = re.compile(r"\s+")
# Invisible characters that pages sprinkle into names and bios (zero-width space/joiners, marks, BOM). A zero-width
# joiner between two emoji is kept: it is part of one emoji (🧑🏼‍💻 is 🧑 🏼 ZWJ 💻; without it, two).
_EMOJI = "\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F"
_INVISIBLE = re.compile(f"[\u200b\u200c\u200e\u200f\u2060\ufeff\u00ad]|(?<![{_EMOJI}])\u200d|\u200d(?![{_EMOJI}])")


def make_soup(html: str) -> BeautifulSoup:
    """Parse with lxml (fast, forgiving)."""
    if html.startswith(("http:", "https:")) or "<" not in html:
        # bs4 warns that such text looks like a URL or a file name it was meant to open; here it is always
        # what a page or a caller sent, and the parser says what it is not.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
            return BeautifulSoup(html, "lxml")
    return BeautifulSoup(html, "lxml")


def decode_html(data: bytes) -> str:
    """Bytes of a saved page as text: UTF-8 when it is, else the encoding the page declares or implies."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        text = UnicodeDammit(data, is_html=True).unicode_markup
        return text if text is not None else data.decode("utf-8", errors="replace")


def clean_text(value: str | None) -> str | None:
    """Unescape entities, fold whitespace, strip; empty becomes None."""
    if value is None:
        return None
    text = _WS.sub(" ", _INVISIBLE.sub("", html_lib.unescape(str(value)))).strip()
    return text or None


def node_text(node: Tag | None, separator: str = " ") -> str | None:
    """The visible text of a node, cleaned."""
    if node is None:
        return None
    return clean_text(node.get_text(separator))


_SKIP_TAGS = frozenset({"script", "style", "svg", "noscript", "template", "head", "title", "button"})
_BLOCK_TAGS = frozenset({
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
    "section", "article", "header", "footer", "blockquote", "pre", "table", "figure",
})
_SKIP_STRINGS = (Comment, Declaration, Doctype, ProcessingInstruction)
_BLOCK_END = object()


def rich_text(node: Tag | None, *, keep_lines: bool = False, blocks: bool = True) -> str | None:
    """Text as a reader sees it: inline pieces joined without spaces, blocks and <br> as line breaks,
    emoji images as their alt text; scripts, styles, SVG and buttons skipped.

    `node_text(node, " ")` would split "http://" + "example.com" (X hides the scheme in its own span)
    and drop emoji; this does not. With keep_lines the line breaks are kept (blank runs folded).
    blocks=False treats every element as inline: React Native Web (X, Bluesky) renders inline runs as
    <div>s and writes its line breaks as text.
    """
    if node is None:
        return None
    out: list[str] = []
    stack: list[Any] = list(reversed(node.contents))
    while stack:  # iterative: hostile pages can nest deeper than the recursion limit
        item = stack.pop()
        if item is _BLOCK_END:
            out.append("\n")
        elif isinstance(item, NavigableString):
            if not isinstance(item, _SKIP_STRINGS):
                out.append(str(item))
        elif isinstance(item, Tag):
            name = item.name
            if name in _SKIP_TAGS:
                continue
            if name == "br":
                out.append("\n")
            elif name == "img":
                out.append(str(item.get("alt") or ""))
            else:
                if blocks and name in _BLOCK_TAGS:
                    out.append("\n")
                    stack.append(_BLOCK_END)
                stack.extend(reversed(item.contents))
    text = "".join(out)
    if not keep_lines:
        return clean_text(text)
    lines = [clean_text(line) or "" for line in text.split("\n")]
    joined = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return joined or None


# ---------------------------------------------------------------- one-pass indexes cached on the soup


def _cache(soup: BeautifulSoup) -> dict:
    # Read through __dict__: attribute access on a Tag falls back to a (full-tree) child-tag search.
    cache = soup.__dict__.get("_rapport_cache")
    if cache is None:
        cache = {}
        soup.__dict__["_rapport_cache"] = cache
    return cache


# `componentkey` too: LinkedIn's layout check looks for the 2026 SDUI top card on every signed-in page, and a
# lookup of an attribute not collected here is a second walk over the whole tree.
_INDEXED_ATTRS = ("data-testid", "itemprop", "id", "componentkey")


def _index(soup: BeautifulSoup) -> dict:
    """One walk over the tree collecting every hook the parsers look up (bs4's find_all matching machinery
    costs several times more than this plain loop, and would run once per lookup)."""
    cache = _cache(soup)
    if "index" in cache:
        return cache["index"]
    attrs_index: dict[str, dict[str, list[Tag]]] = {attr: {} for attr in _INDEXED_ATTRS}
    classes: dict[str, list[Tag]] = {}
    names: dict[str, list[Tag]] = {}
    testid_order: list[tuple[str, Tag]] = []
    # bs4's `descendants`, walked inline: a generator's resume per node (strings included) is a tenth of the walk.
    item = soup.contents[0] if soup.contents else None
    stop = soup._last_descendant(accept_self=True).next_element if item is not None else None
    while item is not stop and item is not None:
        node, item = item, item.next_element
        if not isinstance(node, Tag):
            continue
        names.setdefault(node.name, []).append(node)
        attrs = node.attrs
        if not attrs:
            continue
        for attr in _INDEXED_ATTRS:
            value = attrs.get(attr)
            if value is not None:
                value = " ".join(value) if isinstance(value, list) else str(value)
                attrs_index[attr].setdefault(value, []).append(node)
                if attr == "data-testid":
                    testid_order.append((value, node))
        class_value = attrs.get("class")
        if class_value:
            for name in class_value.split() if isinstance(class_value, str) else class_value:
                classes.setdefault(name, []).append(node)
    index = {"attrs": attrs_index, "class": classes, "names": names, "testid_order": testid_order}
    cache["index"] = index
    return index


def attr_index(soup: BeautifulSoup, attr: str) -> dict[str, list[Tag]]:
    """Every tag carrying `attr`, grouped by its value, in document order (one pass, cached)."""
    index = _index(soup)["attrs"]
    if attr not in index:
        found: dict[str, list[Tag]] = {}
        for tag in tags_named(soup):
            value = tag.attrs.get(attr)
            if value is not None:
                found.setdefault(" ".join(value) if isinstance(value, list) else str(value), []).append(tag)
        index[attr] = found
    return index[attr]


def class_index(soup: BeautifulSoup) -> dict[str, list[Tag]]:
    """Every tag grouped by each of its class names, in document order (one pass, cached)."""
    return _index(soup)["class"]


def tags_named(soup: BeautifulSoup, *names: str) -> list[Tag]:
    """Every tag with one of `names` (every tag when none is given), in document order when one name."""
    by_name = _index(soup)["names"]
    if not names:
        return [tag for group in by_name.values() for tag in group]
    if len(names) == 1:
        return by_name.get(names[0], [])
    return [tag for name in names for tag in by_name.get(name, [])]


def testids_starting(soup: BeautifulSoup, prefix: str) -> list[Tag]:
    """Tags whose data-testid starts with `prefix`, in document order."""
    return [tag for value, tag in _index(soup)["testid_order"] if value.startswith(prefix)]


def descendant_tags(node: Tag, *names: str):
    """The Tag descendants of `node` (only those named `names`, when given), in document order."""
    for child in node.descendants:
        if isinstance(child, Tag) and (not names or child.name in names):
            yield child


def by_testid(soup: BeautifulSoup, testid: str) -> list[Tag]:
    """Tags with data-testid == testid."""
    return attr_index(soup, "data-testid").get(testid, [])


def first_testid(soup: BeautifulSoup, testid: str) -> Tag | None:
    """The first tag with data-testid == testid, or None."""
    found = by_testid(soup, testid)
    return found[0] if found else None


def by_class(soup: BeautifulSoup, name: str) -> list[Tag]:
    """Tags having the class `name`."""
    return class_index(soup).get(name, [])


def first_class(soup: BeautifulSoup, *names: str) -> Tag | None:
    """The first tag having any of the classes `names` (tried in order), or None."""
    index = class_index(soup)
    for name in names:
        found = index.get(name)
        if found:
            return found[0]
    return None


def inside(node: Tag, container: Tag | None) -> bool:
    """True when `node` is `container` or one of its descendants."""
    if container is None:
        return False
    return node is container or any(parent is container for parent in node.parents)


def find_class_in(node: Tag | None, name: str) -> Tag | None:
    """The first descendant of `node` having the class `name` (a small-subtree search)."""
    if node is None:
        return None
    return node.find(class_=name)


# ---------------------------------------------------------------- JSON-LD and meta


_MAX_LD_OBJECTS = 500


def json_ld_objects(soup: BeautifulSoup) -> list[dict]:
    """Every JSON-LD object on the page, with @graph lists flattened."""
    cache = _cache(soup)
    if "json_ld" in cache:
        return cache["json_ld"]
    found: list[dict] = []
    for script in tags_named(soup, "script"):
        if str(script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = script.string or script.get_text() or ""
        try:
            # strict=False: pages often leave raw newlines inside JSON-LD strings.
            data = json.loads(raw, strict=False)
        except (ValueError, RecursionError):
            continue
        stack = deque(data if isinstance(data, list) else [data])
        while stack and len(found) < _MAX_LD_OBJECTS:
            item = stack.popleft()
            if isinstance(item, dict):
                found.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
            elif isinstance(item, list):
                stack.extend(item)
    cache["json_ld"] = found
    return found


def ld_types(obj: dict) -> set[str]:
    """The @type names of a JSON-LD object, as a set (schema.org prefixes removed)."""
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).rsplit("/", 1)[-1] for k in kinds if isinstance(k, str)}


def json_ld_of_type(soup: BeautifulSoup, *types: str) -> list[dict]:
    """JSON-LD objects whose @type is one of `types`."""
    wanted = set(types)
    return [obj for obj in json_ld_objects(soup) if ld_types(obj) & wanted]


def ld_first(value: Any) -> Any:
    """A JSON-LD value that may be a list: its first element (None for an empty list)."""
    if isinstance(value, list):
        return value[0] if value else None
    return value


def ld_text(value: Any) -> str | None:
    """A JSON-LD value as clean text: strings as they are, {name: ...} objects by their name."""
    value = ld_first(value)
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return clean_text(str(value))
    return None


def ld_list(value: Any) -> list:
    """A JSON-LD value as a list (a single value becomes a one-element list, None an empty one)."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def ld_followers(person: dict) -> int | None:
    """The follower count from a schema.org interactionStatistic (FollowAction / 'Follows')."""
    for stat in ld_list(person.get("interactionStatistic")):
        if not isinstance(stat, dict):
            continue
        kind = stat.get("interactionType")
        if isinstance(kind, dict):
            kind = kind.get("@type")
        if str(kind or "").endswith("FollowAction") or stat.get("name") == "Follows":
            return parse_count(stat.get("userInteractionCount"))
    return None


def _meta_index(soup: BeautifulSoup) -> dict[str, list[str]]:
    cache = _cache(soup)
    if "meta" not in cache:
        index: dict[str, list[str]] = {}
        for tag in tags_named(soup, "meta"):
            content = tag.get("content")
            if content is None:
                continue
            for attr in ("property", "name", "itemprop"):
                key = tag.get(attr)
                if isinstance(key, str) and key:
                    index.setdefault(key.strip().lower(), []).append(str(content))
        cache["meta"] = index
    return cache["meta"]


def meta_content(soup: BeautifulSoup, *names: str) -> str | None:
    """The first non-empty <meta> content among property= or name= `names` (og:title, description...)."""
    index = _meta_index(soup)
    for name in names:
        for content in index.get(name.lower(), ()):
            text = clean_text(content)
            if text:
                return text
    return None


def meta_names(soup: BeautifulSoup) -> set[str]:
    """The property/name keys of every <meta> on the page (lowercased)."""
    return set(_meta_index(soup))


def page_title(soup: BeautifulSoup) -> str | None:
    """The <title> text, cleaned."""
    titles = tags_named(soup, "title")
    return node_text(titles[0]) if titles else None


# ---------------------------------------------------------------- normalisers


_COUNT = re.compile(
    r"(\d[\d,.\s\u00a0\u202f]*)\s*([KkMmBb]|mil|Mio\.?|Tsd\.?)?(?![A-Za-z])\s*(\+)?"
)
_MULTIPLIERS = {"k": 1_000, "m": 1_000_000, "b": 1_000_000_000, "mil": 1_000, "mio": 1_000_000, "tsd": 1_000}
_MAX_COUNT = 10**12


def parse_count(text: str | int | None) -> int | None:
    """'86.4K' -> 86400, '4,461 followers' -> 4461, '500+' -> 500, '1.2M' -> 1200000."""
    if text is None or isinstance(text, bool):
        return None
    if isinstance(text, int):
        return text if 0 <= text < _MAX_COUNT else None
    if isinstance(text, float):
        return int(text) if 0 <= text < _MAX_COUNT else None
    match = _COUNT.search(str(text)[:200])
    if not match:
        return None
    number, suffix = match.group(1).strip(), (match.group(2) or "").lower().rstrip(".")
    number = re.sub(r"[\s\u00a0\u202f]", "", number).rstrip(",.")
    if suffix:
        # With a multiplier, '.' or ',' is a decimal mark: 86.4K, 1,2 Mio.
        number = number.replace(",", ".")
        try:
            value = int(round(float(number) * _MULTIPLIERS[suffix]))
        except (ValueError, OverflowError):
            return None
        return value if value < _MAX_COUNT else None
    digits = re.sub(r"[,.]", "", number)
    if not digits.isdigit() or len(digits) > 12:
        return None
    return int(digits)


_MONTHS = {
    # English, Spanish, French, German, Portuguese month names and abbreviations
    "jan": 1, "january": 1, "ene": 1, "enero": 1, "janv": 1, "janvier": 1, "januar": 1, "janeiro": 1,
    "feb": 2, "february": 2, "febrero": 2, "févr": 2, "fevr": 2, "février": 2, "februar": 2, "fev": 2,
    "fevereiro": 2,
    "mar": 3, "march": 3, "marzo": 3, "mars": 3, "märz": 3, "mär": 3, "março": 3, "marco": 3,
    "apr": 4, "april": 4, "abr": 4, "abril": 4, "avr": 4, "avril": 4,
    "may": 5, "mayo": 5, "mai": 5, "maio": 5,
    "jun": 6, "june": 6, "junio": 6, "juin": 6, "juni": 6, "junho": 6,
    "jul": 7, "july": 7, "julio": 7, "juil": 7, "juillet": 7, "juli": 7, "julho": 7,
    "aug": 8, "august": 8, "ago": 8, "agosto": 8, "août": 8, "aout": 8,
    "sep": 9, "sept": 9, "september": 9, "septiembre": 9, "septembre": 9, "set": 9, "setembro": 9,
    "oct": 10, "october": 10, "octubre": 10, "octobre": 10, "okt": 10, "oktober": 10, "out": 10,
    "outubro": 10,
    "nov": 11, "november": 11, "noviembre": 11, "novembre": 11, "novembro": 11,
    "dec": 12, "december": 12, "dic": 12, "diciembre": 12, "déc": 12, "décembre": 12, "dez": 12,
    "dezember": 12, "dezembro": 12,
}
_MONTH_WORD = r"([A-Za-zÀ-ÿ]{3,10})\.?"
_ISO = re.compile(r"\b(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
# "18 Jan 2017", "2 May 2014", "18. Januar 2017"
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})\.?\s+(?:de\s+)?" + _MONTH_WORD + r",?\s+(?:de\s+)?(\d{4})\b")
# "January 26, 2026", "Apr 6, 2021", and Twitter's "Fri Nov 15 15:21:21 +0000 2013"
_MONTH_DAY_YEAR = re.compile(
    _MONTH_WORD + r"\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+|\s+\d{1,2}:\d{2}:\d{2}\s+[+-]\d{4}\s+)(\d{4})\b"
)
_MONTH_YEAR = re.compile(_MONTH_WORD + r"\s+(?:de\s+)?(\d{4})")
_YEAR = re.compile(r"\b(19\d{2}|20\d{2})\b")


def _month(word: str) -> int | None:
    return _MONTHS.get(word.lower().rstrip("."))


def _iso_day(year: str, month: int, day: str | int) -> str:
    try:
        return dt.date(int(year), month, int(day)).isoformat()
    except ValueError:
        return f"{year}-{month:02d}"


def parse_date(text: str | None) -> str | None:
    """'Mar 2019' -> '2019-03', '2019-03-14T10:00:00Z' -> '2019-03-14', '2015' -> '2015', else None.

    Also 'Joined March 2009' -> '2009-03', '8:09 PM - 18 Jan 2017' -> '2017-01-18',
    'January 26, 2026 at 7:50 PM' -> '2026-01-26'. The earliest date in the text wins.
    """
    if text is None or isinstance(text, bool):
        return None
    text = str(text).strip()[:300]
    if not text:
        return None
    if re.match(r"^\d{4}-\d{1,2}", text):
        year, month, day = _ISO.match(text).groups()
        if not 1 <= int(month) <= 12:
            return year
        return _iso_day(year, int(month), day) if day else f"{year}-{int(month):02d}"
    candidates: list[tuple[int, int, str]] = []  # (start, -specificity, value)
    for match in _DAY_MONTH_YEAR.finditer(text):
        month = _month(match.group(2))
        if month:
            candidates.append((match.start(), -3, _iso_day(match.group(3), month, match.group(1))))
            break
    for match in _MONTH_DAY_YEAR.finditer(text):
        month = _month(match.group(1))
        if month:
            candidates.append((match.start(), -3, _iso_day(match.group(3), month, match.group(2))))
            break
    for match in _MONTH_YEAR.finditer(text):
        month = _month(match.group(1))
        if month:
            candidates.append((match.start(), -2, f"{match.group(2)}-{month:02d}"))
            break
    if candidates:
        return min(candidates)[2]
    match = _YEAR.search(text)
    return match.group(1) if match else None


def epoch_date(value: str | int | None) -> str | None:
    """Seconds (or milliseconds) since 1970 as an ISO date, e.g. legacy Twitter's data-time."""
    try:
        seconds = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    if seconds > 10**11:
        seconds //= 1000
    try:
        return dt.datetime.fromtimestamp(seconds, tz=dt.UTC).date().isoformat()
    except (OverflowError, OSError, ValueError):
        return None


def decode_redirect(url: str | None) -> str | None:
    """LinkedIn's /redir/redirect?url=... and similar wrappers give the real target."""
    if not url:
        return None
    try:
        parsed = urlparse(url)
    except ValueError:
        return url
    if "redir" in parsed.path or parsed.netloc.endswith("linkedin.com") and "url" in parse_qs(parsed.query):
        target = parse_qs(parsed.query).get("url")
        if target:
            return unquote(target[0])
    return url


def absolute_url(href: str | None, base: str) -> str | None:
    """`href` resolved against `base`; only http(s) results are kept."""
    if not href:
        return None
    try:
        url = urljoin(base, str(href).strip())
        scheme = urlparse(url).scheme
    except ValueError:
        return None
    return url if scheme in ("http", "https") else None


def url_path_parts(url: str) -> list[str]:
    """The non-empty segments of a URL's path ('https://x.com/jack/status/1' -> ['jack', 'status', '1'])."""
    try:
        path = urlparse(url).path
    except ValueError:
        return []
    return [unquote(part) for part in path.split("/") if part]


def url_host(url: str) -> str:
    """The lowercase host of a URL without 'www.' ('' when there is none)."""
    try:
        host = (urlparse(url.strip()).hostname or "").lower()
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


# ---------------------------------------------------------------- building the Profile


def _limit(model: type, field: str) -> int | None:
    for item in model.model_fields[field].metadata:
        limit = getattr(item, "max_length", None)
        if limit is not None:
            return limit
    return None


def _fit(value: Any, limit: int | None) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def _fit_model(model: type, values: dict) -> dict:
    fitted = {}
    for key, value in values.items():
        if key not in model.model_fields:
            continue
        if isinstance(value, str) or value is None:
            fitted[key] = _fit(value, _limit(model, key))
        else:
            fitted[key] = value
    return fitted


def _unique(items: Iterable[str | None], limit: int) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        text = _fit(item, 2_000)
        if text and text.lower() not in seen:
            seen.add(text.lower())
            out.append(text)
        if len(out) >= limit:
            break
    return out


MAX_POSTS = 20
MAX_ITEMS = 50


def build_profile(**fields: Any) -> Profile:
    """A Profile from loose parser output: text trimmed to the model's limits, lists de-duplicated and
    bounded, empty entries dropped, so whatever a page holds the result validates."""
    values: dict[str, Any] = {}
    for key in ("site", "url", "name", "handle", "headline", "location", "about", "joined"):
        if fields.get(key) is not None:
            values[key] = _fit(fields[key], _limit(Profile, key) if key not in ("site", "url", "joined")
                               else (4_096 if key == "url" else 40))
    for key in ("followers", "connections"):
        count = fields.get(key)
        if isinstance(count, int) and not isinstance(count, bool) and 0 <= count < _MAX_COUNT:
            values[key] = count
    for key in ("skills", "languages", "interests", "websites", "aliases"):
        values[key] = _unique(fields.get(key) or [], MAX_ITEMS)
    for key, model in (("experience", Experience), ("education", Education), ("volunteering", Volunteering)):
        rows = []
        for row in fields.get(key) or []:
            data = row.model_dump() if hasattr(row, "model_dump") else dict(row)
            data = _fit_model(model, data)
            if any(v for v in data.values()):
                rows.append(model(**data))
        values[key] = rows[:MAX_ITEMS]
    posts = []
    for post in fields.get("posts") or []:
        data = post.model_dump() if hasattr(post, "model_dump") else dict(post)
        data = _fit_model(Post, data)
        if data.get("text"):
            posts.append(Post(**data))
        if len(posts) >= MAX_POSTS:
            break
    values["posts"] = posts
    values["partial"] = bool(fields.get("partial"))
    if values.get("site") is None:
        values.pop("site", None)
    return Profile(**values)


# ---------------------------------------------------------------- when the page was saved

# SingleFile writes "saved date: Wed Mar 30 2022 14:35:38 GMT-0400" in a comment at the top of the page.
_SAVED_DATE = re.compile(r"saved date:\s*[A-Za-z]{3}\s+([A-Za-z]{3})[A-Za-z]*\s+(\d{1,2})\s+(\d{4})")
# The site's footer, rendered when the page was: "LinkedIn Corporation © 2018", "&copy; 2015", "© 2022 X Corp.".
_COPYRIGHT = re.compile(r"(?:©|&copy;|&#169;|&#xa9;)\s*(?:\d{4}\s*[-–]\s*)?((?:19|20)\d{2})\b", re.IGNORECASE)
_SAVED_MARKER_CHARS = 3_000  # the marker sits in the document's first comment


def period_bounds(date: str) -> tuple[str, str]:
    """The first and last day an ISO date of any precision (2019, 2019-03, 2019-03-14) can mean."""
    parts = date.split("-")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else None
    if month is None:
        return f"{year}-01-01", f"{year}-12-31"
    if len(parts) > 2:
        return date, date
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return f"{year}-{month:02d}-01", (following - dt.timedelta(days=1)).isoformat()


def _valid_iso(value: str | None) -> str | None:
    if not value or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return None
    try:
        period_bounds(value)
    except ValueError:
        return None
    return value


def page_saved_date(html: str, today: dt.date) -> str | None:
    """When the page says it was saved or rendered: a saved-page marker (SingleFile's "saved date"), else the
    newest year of the site's copyright line; None when it shows neither. Dates after `today` are not believed."""
    marker = _SAVED_DATE.search(html[:_SAVED_MARKER_CHARS])
    if marker and (month := _month(marker.group(1))):
        try:
            saved = dt.date(int(marker.group(3)), month, int(marker.group(2)))
        except ValueError:
            saved = None
        if saved is not None and saved <= today:
            return saved.isoformat()
    years = [int(year) for year in _COPYRIGHT.findall(html)]
    years = [year for year in years if year <= today.year]
    return str(max(years)) if years else None


def newest_date_shown(profile: Profile, today: dt.date) -> str | None:
    """The newest date the profile itself shows (a post, a role's start or end, a school's start, the join date):
    the page is at least that recent. A school's end is left out: a student's page shows the expected one."""
    dates = [post.date for post in profile.posts] + [profile.joined]
    dates += [date for job in profile.experience for date in (job.start, job.end)]
    dates += [school.start for school in profile.education]
    known = [valid for date in dates if (valid := _valid_iso(date))]
    return latest(date for date in known if period_bounds(date)[0] <= today.isoformat())


def latest(dates: Iterable[str | None]) -> str | None:
    """The date whose period ends last ("2015" is later than "2015-02": it may mean December); None for none."""
    known = [date for date in dates if date]
    return max(known, key=lambda date: (period_bounds(date)[1], len(date))) if known else None


def is_older(date: str | None, than: str | None) -> bool:
    """Whether `date` surely comes before `than`: the whole of its period ends before `than`'s begins."""
    if not (date := _valid_iso(date)) or not (than := _valid_iso(than)):
        return False
    return period_bounds(date)[1] < period_bounds(than)[0]
