"""The people index rebuilt after it is lost (issue 18): each shard read once, its summaries without validating
every profile, and its cache files written without fsync but sealed, so a torn one is refused and derived again."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fuzz_depth import FUZZ_SCALE
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.memory import people as people_module
from companion.memory.answers import find_person, people_answer, person_summary, summariser
from companion.memory.people import listed_fields, merged_profile, new_person
from companion.storage import store as store_module
from companion.storage.store import INDEX, PartialStore, Store, read_cache, shard_paths, write_cache

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
PEOPLE = 200


def _profile(i: int) -> dict:
    slug = f"person-{i}"
    return {"site": "linkedin", "url": f"https://www.linkedin.com/in/{slug}/", "name": f"Person Number{i}",
            "handle": slug, "headline": f"Engineer at Acme {i % 7}", "experience": [{"company": f"Acme {i % 7}"}]}


@pytest.fixture
def stored(data_dir: Path) -> Path:
    """Two hundred people over most shards, and your own profile (so `people` looks up your keys first)."""
    with Store(data_dir) as store:
        docs = []
        for i in range(PEOPLE):
            doc = new_person([f"linkedin:person-{i}"], NOW)
            doc["profiles"]["linkedin"] = _profile(i)
            docs.append(doc)
        store.save_people(docs)
        store.set_setting("me_profiles", {"linkedin": {**_profile(9999), "name": "Me Myself"}})
    return data_dir


def _lose_the_index(data_dir: Path) -> None:
    shutil.rmtree(data_dir / "store" / INDEX, ignore_errors=True)


def _people(data_dir: Path) -> list[str]:
    store = PartialStore(data_dir, summariser()).open()
    try:
        return [row.name for row in people_answer(store, limit=0, now=NOW).people]
    finally:
        store.close()


def _shard_reads(monkeypatch) -> list[str]:
    reads: list[str] = []
    real = store_module.parse_store_file

    def counting(path, raw, table):
        if path.name.startswith("people-"):
            reads.append(path.name)
        return real(path, raw, table)

    monkeypatch.setattr(store_module, "parse_store_file", counting)
    return reads


def test_people_after_the_index_is_lost_reads_each_shard_once(stored: Path, monkeypatch) -> None:
    """`people` lists everyone by name (every shard's summaries) and leaves your own records out (a key map of
    every shard): the keys come from the summaries just read, so each shard is read once, and its index file
    written; then the shard of the one row shown."""
    names = _people(stored)
    _lose_the_index(stored)
    reads = _shard_reads(monkeypatch)
    store = PartialStore(stored, summariser()).open()
    try:
        assert len(people_answer(store, limit=1, now=NOW).people) == 1
    finally:
        store.close()
    present = sorted(p.name for p in shard_paths(stored / "store") if p.exists())
    assert sorted(set(reads)) == present and len(reads) <= len(present) + 1, reads  # not every shard twice
    assert sorted(p.name for p in (stored / "store" / INDEX).glob("people-*.json")) == present
    assert _people(stored) == names


def test_keys_looked_up_after_a_listing_read_no_shard_again(stored: Path, monkeypatch) -> None:
    from companion.memory.me import own_person_ids

    _lose_the_index(stored)
    store = PartialStore(stored, summariser()).open()
    try:
        assert len(list(store.summaries(summariser()))) == PEOPLE
        reads = _shard_reads(monkeypatch)
        monkeypatch.setattr(store_module, "read_index_file", lambda *args: pytest.fail("an index file was read"))
        assert own_person_ids(store) == set() and store.person_id_for_key("linkedin:person-7") is not None
        assert reads == []
    finally:
        store.close()


def test_a_lookup_by_address_after_the_index_is_lost_reads_keys_alone(stored: Path, monkeypatch) -> None:
    """`show URL` needs no one's summary: finding the person by a key costs no summary of the 30,000."""
    _lose_the_index(stored)
    summarised: list[str] = []
    real = store_module.index_entries
    monkeypatch.setattr(store_module, "index_entries", lambda docs, s: (summarised.append("x"), real(docs, s))[1])
    store = PartialStore(stored, summariser()).open()
    try:
        assert find_person(store, "https://www.linkedin.com/in/person-7/")["profiles"]["linkedin"]["handle"] == "person-7"
    finally:
        store.close()
    assert summarised == []


def test_cache_files_are_written_without_fsync_and_the_store_with_it(stored: Path, monkeypatch) -> None:
    _lose_the_index(stored)
    synced: list[int] = []
    real = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real(fd))[1])
    _people(stored)
    assert synced == []  # 130 cache files at 30,000 people: most of a second on a busy disk
    with Store(stored) as store:
        doc = store.get_person(store.person_id_for_key("linkedin:person-1"))
        doc["tags"] = ["met"]
        store.save_person(doc)
    assert synced  # a write to the store itself is still durable


def _cache_files(data_dir: Path) -> list[Path]:
    return sorted(p for p in (data_dir / "store" / INDEX).iterdir() if not p.name.startswith("."))


@pytest.mark.parametrize("tear", ["zeros", "truncated", "empty", "one byte"])
def test_a_torn_cache_file_is_refused_and_derived_from_the_store_again(stored: Path, tear: str) -> None:
    """What a crash of the machine may leave of a file written without fsync: part of it, zeros in place of a
    block, nothing. Every cache file (index, key maps, kept values) is refused then, and the answers hold."""
    names = _people(stored)
    for path in _cache_files(stored):
        raw = bytearray(path.read_bytes())
        middle = len(raw) // 2
        if tear == "zeros":
            raw[middle:middle + 16] = bytes(min(16, len(raw) - middle))
        elif tear == "truncated":
            del raw[middle:]
        elif tear == "empty":
            raw.clear()
        else:
            raw[middle] ^= 0x01
        path.write_bytes(bytes(raw))
        assert read_cache(path) is None, path.name
    assert _people(stored) == names
    store = PartialStore(stored, summariser()).open()
    try:
        for i in (0, 7, 123, PEOPLE - 1):
            assert find_person(store, f"https://www.linkedin.com/in/person-{i}/")["profiles"]["linkedin"]["name"] == \
                f"Person Number{i}"
    finally:
        store.close()


def test_a_key_map_zeroed_by_a_crash_is_not_trusted(stored: Path) -> None:
    """The kept key map (marshal) with a person's key zeroed in place: read as it is, the key would be
    someone else's string and that person not found by their address."""
    _people(stored)
    kept = stored / "store" / INDEX / "derived-person-keys"
    raw = kept.read_bytes()
    key = b"linkedin:person-123"
    assert key in raw
    kept.write_bytes(raw.replace(key, bytes(len(key))))
    store = PartialStore(stored, summariser()).open()
    try:
        assert find_person(store, "https://www.linkedin.com/in/person-123/")["profiles"]["linkedin"]["handle"] == \
            "person-123"
    finally:
        store.close()


def test_a_cache_file_round_trips_its_payload(tmp_path: Path) -> None:
    path = tmp_path / "kept"
    write_cache(path, b'{"a": 1}')
    assert bytes(read_cache(path)) == b'{"a": 1}'
    assert path.read_text().startswith("RAPPORT-CACHE 1 ")  # an index file still reads as text
    path.write_bytes(b'{"a": 1}')  # written before caches were sealed
    assert read_cache(path) is None


# ------------------------------------------------------------------ summaries without validating every profile


def test_a_clean_profile_is_summarised_without_validating_it(monkeypatch) -> None:
    doc = new_person(["linkedin:person-1"], NOW)
    doc["profiles"]["linkedin"] = _profile(1)
    doc["profiles"]["x"] = {"site": "x", "url": "https://x.com/p1", "name": "P One", "handle": "p1",
                            "experience": [{"company": "Beta"}]}
    expected = person_summary(doc)
    validated: list[dict] = []
    real = people_module.Profile.model_validate
    monkeypatch.setattr(people_module.Profile, "model_validate", lambda data: (validated.append(data), real(data))[1])
    assert person_summary(doc) == expected and validated == []
    assert expected["search"] == "Person Number1\x1fperson-1\x1fEngineer at Acme 1\x1fAcme 1\x1fBeta"


TEXT = st.one_of(st.none(), st.text(max_size=8), st.sampled_from(["  Ana ", "Ana\x1b[2J", "\u200fAna", "Ana\u00a0",
                                                               "x" * 501, "y" * 2001, "\tAna", "Ana\n", ""]),
                 st.integers(), st.lists(st.text(max_size=3), max_size=2))
JOB = st.one_of(st.fixed_dictionaries({}, optional={"company": TEXT, "title": st.text(max_size=4)}), TEXT)


def _only_listed(sites: dict) -> dict:
    """The profiles with only what Listed reads (experience with its companies alone)."""
    def job(item):
        return {"company": item.get("company")} if isinstance(item, dict) and "company" in item else item

    return {site: {**{k: v for k, v in data.items() if k in ("name", "handle", "headline")},
                   **({"experience": [job(item) for item in data["experience"]] if isinstance(data["experience"], list)
                       else data["experience"]} if "experience" in data else {})}
            for site, data in sites.items()}


@settings(max_examples=300 * FUZZ_SCALE, deadline=None)
@given(sites=st.dictionaries(st.sampled_from(["linkedin", "x", "github"]),
                             st.fixed_dictionaries({}, optional={"name": TEXT, "handle": TEXT, "headline": TEXT,
                                                                 "experience": st.one_of(st.lists(JOB, max_size=3), TEXT),
                                                                 "about": TEXT}), max_size=3))
def test_listed_fields_are_merged_profiles_own(sites: dict) -> None:
    """Whatever a record holds (controls, bidi marks, spaces around, too long, not a string): what the index
    lists is what merged_profile says of those fields, or merged_profile's own error."""
    def as_merged(profiles: dict):
        them = merged_profile({"id": "p-1", "profiles": profiles})
        return (them.name, them.handle, them.headline, [job.company for job in them.experience])

    try:
        expected = as_merged(sites)
    except Exception as error:  # noqa: BLE001 — then the fields listed alone: the same error, or what they say
        try:
            listed = listed_fields({"id": "p-1", "profiles": sites})
        except Exception as again:  # noqa: BLE001
            assert type(again) is type(error)
            return
        assert listed == as_merged(_only_listed(sites))  # the card's error lies in a field the list does not show
        return
    assert listed_fields({"id": "p-1", "profiles": sites}) == expected
