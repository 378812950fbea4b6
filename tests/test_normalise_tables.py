"""The data tables behind normalisation: each says where it came from and under what licence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from companion.ground.normalise.text import DATA_DIR

TABLES = ["cities.json", "country_names.json", "language_names.json", "metros.json", "schools.json",
          "companies.json", "skills.json", "interests.json", "topics.json", "commonplace.json"]


@pytest.mark.parametrize("name", TABLES)
def test_every_table_names_its_source_and_licence(name):
    data = json.loads((DATA_DIR / name).read_text(encoding="utf-8"))
    assert len(data["source"]) > 20 and data["licence"]


@pytest.mark.parametrize(("table", "script"), [("cities.json", "build_places.py"), ("country_names.json", "build_places.py"),
                                               ("language_names.json", "build_language_names.py")])
def test_derived_tables_have_a_rebuild_script(table, script):
    assert (Path(__file__).resolve().parents[1] / "scripts" / script).is_file()
    assert (DATA_DIR / table).stat().st_size > 1000


@pytest.mark.parametrize(("name", "section"), [("schools.json", "schools"), ("companies.json", "companies"),
                                               ("skills.json", "skills")])
def test_no_alias_is_claimed_by_two_entries(name, section):
    from companion.ground.normalise.text import fold

    owners: dict[str, str] = {}
    for entry in json.loads((DATA_DIR / name).read_text(encoding="utf-8"))[section]:
        for alias in {fold(a) for a in [entry["name"], *entry.get("aliases", [])]}:
            assert owners.setdefault(alias, entry["name"]) == entry["name"], f"{alias!r} is claimed twice"
