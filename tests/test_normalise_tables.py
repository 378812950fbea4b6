"""The data tables behind normalisation: each says where it came from and under what licence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from companion.ground.normalise.text import DATA_DIR

TABLES = ["cities.json", "country_names.json", "language_names.json", "metros.json", "schools.json",
          "companies.json", "skills.json", "interests.json", "topics.json", "commonplace.json", "country_languages.json",
          "schools_ror.json"]


@pytest.mark.parametrize("name", TABLES)
def test_every_table_names_its_source_and_licence(name):
    data = json.loads((DATA_DIR / name).read_text(encoding="utf-8"))
    assert len(data["source"]) > 20 and data["licence"]


@pytest.mark.parametrize(("table", "script"), [("cities.json", "build_places.py"), ("country_names.json", "build_places.py"),
                                               ("language_names.json", "build_language_names.py"),
                                               ("country_languages.json", "build_country_languages.py"),
                                               ("schools_ror.json", "build_schools.py")])
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


@pytest.mark.parametrize(("name", "section"), [("schools.json", "schools"), ("companies.json", "companies"),
                                               ("skills.json", "skills")])
def test_every_parent_is_an_entry_of_its_own(name, section):
    entries = json.loads((DATA_DIR / name).read_text(encoding="utf-8"))[section]
    names = {entry["name"] for entry in entries}
    assert {entry["parent"] for entry in entries if entry.get("parent")} <= names


def test_no_skill_is_claimed_twice_when_spaces_are_ignored():
    from companion.ground.normalise.text import fold

    owners: dict[str, str] = {}
    for entry in json.loads((DATA_DIR / "skills.json").read_text(encoding="utf-8"))["skills"]:
        for alias in {fold(a).replace(" ", "") for a in [entry["name"], *entry.get("aliases", [])]}:
            assert owners.setdefault(alias, entry["name"]) == entry["name"], f"{alias!r} is claimed twice"


def test_no_phrase_in_free_text_is_claimed_by_two_hobbies_or_causes():
    table = json.loads((DATA_DIR / "interests.json").read_text(encoding="utf-8"))
    owners: dict[str, str] = {}
    for entry in table["interests"] + table["causes"]:
        for phrase in entry["text"]:
            assert owners.setdefault(phrase.lower(), entry["name"]) == entry["name"], f"{phrase!r} is claimed twice"
    assert {entry["parent"] for entry in table["interests"]} <= set(table["categories"])


def test_acronyms_that_name_several_schools_are_left_out():
    from companion.ground.normalise.text import fold

    aliases = {fold(a) for entry in json.loads((DATA_DIR / "schools.json").read_text(encoding="utf-8"))["schools"]
               for a in entry["aliases"]}
    assert not aliases & {"cbs", "hec", "lmu", "ntu", "uva", "usf", "asu", "osu", "psu", "upm", "msu", "uw"}
