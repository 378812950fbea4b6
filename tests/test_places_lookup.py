"""The cities' lookup file (places.cities.lookup): a place resolves to the same rows, in the same order, as from
the indexes built in memory from cities.json, and the file is rebuilt when cities.json changes."""

from __future__ import annotations

import os
import sys

import pytest

from companion.ground.normalise import places
from companion.ground.normalise.text import load_table


@pytest.fixture(scope="module")
def rows():
    return load_table("cities.json")["rows"]


def test_every_name_finds_the_same_rows_in_the_same_order(rows):
    stamp = b"test\n"
    lookup = places.CityLookup(places.city_lookup_bytes(stamp, rows), stamp)
    for which, table in enumerate(places.index_cities(rows)):
        index = places.CityIndex(lookup, which)
        for key, found in table.items():
            assert index.get(key) == found, key
            assert key in index
        assert sorted(index) == sorted(table)
    assert lookup.big_cities() == [row for row in rows if row[4] >= places._BIG_CITY]


@pytest.mark.parametrize("key", ["", "no such city anywhere", "\ud800", "東京都千代田区"])
def test_a_name_no_city_has_is_missing(rows, key):
    stamp = b"test\n"
    index = places.CityIndex(places.CityLookup(places.city_lookup_bytes(stamp, rows), stamp), 0)
    assert index.get(key) is None and index.get(key, ()) == () and key not in index
    with pytest.raises(KeyError):
        index[key]


def tables_from(path, monkeypatch, write_bytecode=True):
    monkeypatch.setattr(places, "lookup_path", lambda: path)
    monkeypatch.setattr(sys, "dont_write_bytecode", not write_bytecode)  # the suite may run under -B
    places._city_tables.cache_clear()
    try:
        return places._city_tables()
    finally:
        places._city_tables.cache_clear()


def test_the_file_is_written_once_then_read_and_rebuilt_when_stale(tmp_path, monkeypatch):
    path = tmp_path / "cities.lookup"
    by_name, by_alternate = tables_from(path, monkeypatch)
    assert isinstance(by_name, places.CityIndex) and path.exists()
    assert [row[1] for row in by_name.get("lisbon")][:1] == ["Lisbon"]
    written = path.stat().st_mtime_ns
    tables_from(path, monkeypatch)
    assert path.stat().st_mtime_ns == written, "a current file is read, not written again"
    path.write_bytes(b"cities-lookup 0 stale\n" + path.read_bytes()[50:])  # another version's file
    by_name, _ = tables_from(path, monkeypatch)
    assert path.read_bytes().startswith(places._lookup_stamp(places.DATA_DIR / "cities.json"))
    assert by_name.get("lisbon")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_a_read_only_install_indexes_the_cities_in_memory(tmp_path, monkeypatch):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        by_name, by_alternate = tables_from(folder / "cities.lookup", monkeypatch)
    finally:
        folder.chmod(0o700)
    assert isinstance(by_name, dict) and by_name.get("lisbon")
    assert by_name.big_cities() == [row for row in load_table("cities.json")["rows"] if row[4] >= places._BIG_CITY]


def test_a_folder_that_cannot_hold_the_file_indexes_the_cities_in_memory(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    by_name, by_alternate = tables_from(blocker / "cities.lookup", monkeypatch)
    rows = load_table("cities.json")["rows"]
    name, alternate = places.index_cities(rows)
    assert dict(by_name) == name and by_alternate == alternate


def test_a_file_cut_short_is_built_again_not_read(tmp_path, monkeypatch):
    path = tmp_path / "cities.lookup"
    tables_from(path, monkeypatch)
    whole = path.read_bytes()
    path.write_bytes(whole[:len(whole) // 2])  # a crash or a full disk: the stamp is there, the rest is not
    by_name, _ = tables_from(path, monkeypatch)
    assert [row[1] for row in by_name.get("lisbon")][:1] == ["Lisbon"]
    assert path.read_bytes() == whole


def test_a_file_built_with_another_fold_is_built_again(tmp_path, monkeypatch):
    path = tmp_path / "cities.lookup"
    tables_from(path, monkeypatch)
    monkeypatch.setattr(places, "FOLD_VERSION", places.FOLD_VERSION + 1)  # the fold changed since it was written
    assert not path.read_bytes().startswith(places._lookup_stamp(places.DATA_DIR / "cities.json"))
    by_name, _ = tables_from(path, monkeypatch)
    assert path.read_bytes().startswith(places._lookup_stamp(places.DATA_DIR / "cities.json"))
    assert by_name.get("wroclaw")


def test_a_change_to_the_code_that_builds_it_or_to_the_interpreter_builds_it_again(tmp_path, monkeypatch):
    """index_cities and the file's layout live in places.py; the fold in text.py and Python's Unicode data."""
    source = places.DATA_DIR / "cities.json"
    code = tmp_path / "places.py"
    code.write_text("# the rules that index the cities\n")
    monkeypatch.setattr(places, "__file__", str(code))
    before = places._lookup_stamp(source)
    code.write_text("# the rules, changed\n")
    assert places._lookup_stamp(source) != before
    changed = places._lookup_stamp(source)
    monkeypatch.setattr(places, "RUNTIME_TAG", "cpython-399:marshal4:unicode99.0.0")
    assert places._lookup_stamp(source) != changed


def test_under_dont_write_bytecode_the_cities_are_indexed_in_memory_and_nothing_written(tmp_path, monkeypatch):
    path = tmp_path / "cities.lookup"
    by_name, _ = tables_from(path, monkeypatch, write_bytecode=False)
    assert isinstance(by_name, dict) and by_name.get("lisbon") and not path.exists()
    tables_from(path, monkeypatch)
    by_name, _ = tables_from(path, monkeypatch, write_bytecode=False)  # a current file is still read
    assert isinstance(by_name, places.CityIndex)


def test_a_table_folded_by_an_older_fold_is_refused_naming_the_script_that_rebuilds_it():
    table = load_table("cities.json")
    assert table["fold_version"] == places.FOLD_VERSION  # rebuilt by scripts/build_places.py with today's fold
    assert places._rows_folded_now(table) is table["rows"]
    wroclaw = next(row for row in table["rows"] if row[1] == "Wrocław")
    stale = {"fold_version": places.FOLD_VERSION - 1, "rows": [[*wroclaw[:7], "wrocław", ["breslau"]]]}
    with pytest.raises(RuntimeError, match="scripts/build_places.py"):
        places._rows_folded_now(stale)
