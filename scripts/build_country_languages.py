"""Rebuild companion/ground/data/country_languages.json from the Unicode CLDR territory data in language_data.

    .venv/bin/python scripts/build_country_languages.py

For every country, the languages that at least half of its people speak (CLDR's languagePopulation
populationPercent, as shipped in language_data's supplementalData.xml). Common ground uses it to tell a
language everyone around you speaks (Swedish between two people in Sweden) from a telling one.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from importlib.metadata import version
from pathlib import Path

import language_data

OUT = Path(__file__).resolve().parents[1] / "companion" / "ground" / "data" / "country_languages.json"
SUPPLEMENTAL = Path(language_data.__file__).parent / "data" / "supplementalData.xml"
MOST = 50.0  # percent of the population
# CLDR's codes for languages that profiles name by their macrolanguage (as companion/ground/normalise/languages.py).
SAME_AS = {"cmn": "zh", "yue": "zh", "arb": "ar"}


def main() -> None:
    root = ET.parse(SUPPLEMENTAL).getroot()
    spoken: dict[str, list[str]] = {}
    for territory in root.iter("territory"):
        code = territory.get("type", "")
        if len(code) != 2 or not code.isalpha():
            continue  # regions such as 001 (world) or 419 (Latin America)
        languages = []
        for population in territory.iter("languagePopulation"):
            if float(population.get("populationPercent", "0")) >= MOST:
                language = population.get("type", "").split("_")[0]
                language = SAME_AS.get(language, language)
                if language not in languages:
                    languages.append(language)
        if languages:
            spoken[code] = languages
    OUT.write_text(json.dumps({
        "source": f"Unicode CLDR territory data (supplementalData.xml, languagePopulation), as shipped in language_data "
                  f"{version('language_data')}: the languages at least {MOST:.0f}% of each country's people speak",
        "licence": "Unicode License v3 (CLDR data); language_data is MIT",
        "spoken_by_most": dict(sorted(spoken.items())),
    }, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"wrote the languages most people speak for {len(spoken)} countries")


if __name__ == "__main__":
    main()
