"""Rebuild companion/ground/data/language_names.json from langcodes + language_data (both MIT).

    .venv/bin/python scripts/build_language_names.py

Every language with a two-letter ISO 639-1 code, named in English, in itself, and in the other languages
profiles are most often written in (Spanish, French, German, Portuguese, Italian, Dutch), folded for
lookup. The companion reads this small table first and asks langcodes (which takes a second to load its
name index) only for names it does not hold.
"""

from __future__ import annotations

import json
from importlib.metadata import version
from pathlib import Path

import langcodes
import pycountry

from companion.ground.normalise.text import FOLD_VERSION, fold

OUT = Path(__file__).resolve().parents[1] / "companion" / "ground" / "data" / "language_names.json"
IN_LANGUAGES = ["en", "es", "fr", "de", "pt", "it", "nl"]
# Macrolanguages written by their best-known member.
SAME_AS = {"cmn": "zh"}


def main() -> None:
    names: dict[str, str] = {}
    labels: dict[str, str] = {}
    codes = sorted({lang.alpha_2 for lang in pycountry.languages if hasattr(lang, "alpha_2")})
    for code in codes:
        language = langcodes.Language.get(code)
        labels[code] = language.display_name()
        for shown_in in [*IN_LANGUAGES, code]:
            try:
                name = language.display_name(shown_in)
            except LookupError:
                continue
            if name and name.lower() != code:
                names.setdefault(fold(name), code)
    for other, code in SAME_AS.items():
        for shown_in in IN_LANGUAGES:
            names.setdefault(fold(langcodes.Language.get(other).display_name(shown_in)), code)
    OUT.write_text(json.dumps({
        "source": f"langcodes {version('langcodes')} + language_data {version('language_data')} (display names), "
                  "ISO 639-1 codes from pycountry",
        "licence": "MIT (langcodes, language_data; names from the Unicode CLDR, Unicode licence); LGPL-2.1 (pycountry)",
        "fold_version": FOLD_VERSION, "names": dict(sorted(names.items())), "labels": labels,
    }, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"wrote {len(names)} names for {len(labels)} languages")


if __name__ == "__main__":
    main()
