"""The people index lets a read command load only the shards it needs; it is a cache, verified against each
shard's (inode, mtime, size) and the code that wrote it, never the truth."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from memory_helpers import capture

from companion.errors import StoreDamaged
from companion.memory.answers import commitments_answer, find_person, followups_answer, summariser
from companion.memory.commitments import add_commitment, list_commitments
from companion.memory.followups import overdue, set_circle
from companion.memory.forget import forget_person
from companion.memory.interactions import log_interaction
from companion.memory.people import resolve_person
from companion.storage import store as store_module
from companion.storage.store import INDEX, PartialStore, Store, Summariser, shard_of, shard_paths

NAMES = ["Ana Almeida", "Ana Almeida-1", "Bruno Costa", "Chen Wei", "Dana Søren", "Elif Kaya", "Farid Haddad"]


@pytest.fixture
def filled(data_dir: Path) -> Path:
    """Three hundred people over most shards, a few with history, circles and promises."""
    with Store(data_dir) as store, store.transaction():
        for i in range(300):
            name = NAMES[i] if i < len(NAMES) else f"Person Number{i}"
            capture(store, name, f"person-{i}", company="Acme" if i % 3 else "Stripe")
        for i in range(0, 40, 7):
            doc = store.person_id_for_key(f"linkedin:person-{i}")
            log_interaction(store, doc, "met", at="400 days ago")
            if i % 2:
                add_commitment(store, doc, "Send the article", due="2020-01-01")
        set_circle(store, store.person_id_for_key("linkedin:person-50"), "inner")
    return data_dir


def partial(data_dir: Path) -> PartialStore:
    return PartialStore(data_dir, summariser()).open()


def loaded_shards(store: Store) -> list[int]:
    return [i for i, shard in enumerate(store._people) if shard.storage._data is not None]


def index_files(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "store" / INDEX).glob("*.json"))


def count_shard_reads(monkeypatch) -> list[str]:
    reads: list[str] = []
    real = store_module.parse_store_file

    def counting(path, raw, table):
        if path.name.startswith("people-"):
            reads.append(path.name)
        return real(path, raw, table)

    monkeypatch.setattr(store_module, "parse_store_file", counting)
    return reads


def test_one_person_by_id_loads_their_shard_alone(filled: Path) -> None:
    with Store(filled) as whole:
        person_id = whole.person_id_for_key("linkedin:person-123")
    store = partial(filled)
    try:
        assert store.get_person(person_id)["keys"][0] == "linkedin:person-123"
        assert loaded_shards(store) == [shard_of(person_id)]
    finally:
        store.close()


def test_by_name_or_url_the_index_finds_them_and_only_their_shard_is_read(filled: Path, monkeypatch) -> None:
    partial(filled).count_people()  # the index is written once
    reads = count_shard_reads(monkeypatch)
    store = partial(filled)
    try:
        by_url = find_person(store, "https://www.linkedin.com/in/person-123/")
        by_name = find_person(store, "elif")
        assert by_name["profiles"]["linkedin"]["name"] == "Elif Kaya"
        assert sorted(set(reads)) == sorted({shard_paths(filled / "store")[shard_of(d["id"])].name
                                             for d in (by_url, by_name)})
    finally:
        store.close()


def test_the_index_answers_as_resolve_person_does_over_the_whole_store(filled: Path) -> None:
    refs = ["ana almeida", "ANA ALMEIDA-1", "ana", "soren", "Person Number1", "number2", "nobody", "p-nothing",
            "https://www.linkedin.com/in/person-7", "linkedin.com/in/missing", "  chen  "]
    with Store(filled) as whole:
        expected = [_outcome(lambda r=ref: resolve_person(whole, r)) for ref in refs]
    store = partial(filled)
    try:
        assert [_outcome(lambda r=ref: find_person(store, r)) for ref in refs] == expected
    finally:
        store.close()


def _outcome(find) -> tuple:
    try:
        return ("found", find()["id"])
    except Exception as exc:  # noqa: BLE001 — the error's kind and sentence are part of the answer
        return (type(exc).__name__, str(exc))


def test_followups_and_commitments_walk_only_who_has_them_and_answer_as_over_everyone(filled: Path,
                                                                                       monkeypatch) -> None:
    with Store(filled) as whole:
        expected = (overdue(whole), list_commitments(whole, include_done=True))
    assert expected[0] and expected[1]
    partial(filled).count_people()
    reads = count_shard_reads(monkeypatch)
    store = partial(filled)
    try:
        assert followups_answer(store).followups == expected[0]
        assert commitments_answer(store, include_done=True).commitments == expected[1]
        assert 0 < len(set(reads)) < 10
    finally:
        store.close()


def test_a_walk_through_everyone_holds_one_shard_at_a_time(filled: Path) -> None:
    store = partial(filled)
    try:
        seen = 0
        for _ in store.people():
            seen += 1
            assert len(loaded_shards(store)) <= 1
        assert seen == 300 and loaded_shards(store) == []
    finally:
        store.close()


def test_the_index_is_trusted_while_each_shard_is_unchanged(filled: Path, monkeypatch) -> None:
    store = partial(filled)
    assert store.count_people() == 300
    store.close()
    assert len(index_files(filled)) == len([p for p in shard_paths(filled / "store") if p.exists()])
    reads = count_shard_reads(monkeypatch)
    again = partial(filled)
    try:
        assert again.count_people() == 300 and reads == []
    finally:
        again.close()


def test_a_shard_changed_behind_its_back_is_read_again(filled: Path, monkeypatch) -> None:
    partial(filled).count_people()
    elif_id = _id_of(filled, "person-5")
    target = shard_paths(filled / "store")[shard_of(elif_id)]
    index_file = filled / "store" / INDEX / target.name
    # Another program rewrites the shard in place without the store (so nothing unlinks the index): the
    # signature differs, so the index is not trusted.
    content = target.read_bytes().replace(b'"Elif Kaya"', b'"Elif Demir"')
    target.write_bytes(content)
    assert index_file.exists()
    reads = count_shard_reads(monkeypatch)
    store = partial(filled)
    try:
        assert find_person(store, "elif demir")["id"] == elif_id
        assert reads == [target.name]
        assert b"Elif Demir" in index_file.read_bytes()  # rewritten from the shard as it is now
    finally:
        store.close()


def _id_of(data_dir: Path, slug: str) -> str:
    with Store(data_dir) as store:
        return store.person_id_for_key(f"linkedin:{slug}")


def test_an_index_written_by_other_code_or_damaged_is_rebuilt_not_trusted(filled: Path, monkeypatch) -> None:
    partial(filled).count_people()
    first = index_files(filled)[0]
    first.write_bytes(b"{not json")
    other_code = Summariser(lambda doc: {"label": "someone else entirely"}, "other-code")
    reads = count_shard_reads(monkeypatch)
    store = PartialStore(filled, other_code).open()
    try:
        assert {summary["label"] for _, summary in store.summaries(other_code)} == {"someone else entirely"}
        assert len(reads) == len(index_files(filled))
    finally:
        store.close()
    store = partial(filled)
    try:
        assert store.count_people() == 300
    finally:
        store.close()


def test_every_write_unlinks_the_index_of_the_shards_it_rewrote(filled: Path) -> None:
    partial(filled).count_people()
    person_id = _id_of(filled, "person-9")
    index_file = filled / "store" / INDEX / shard_paths(filled / "store")[shard_of(person_id)].name
    assert index_file.exists()
    with Store(filled) as store:
        doc = store.get_person(person_id)
        doc["tags"] = ["new"]
        store.save_person(doc)
    assert not index_file.exists()
    assert len(index_files(filled)) > 1  # the other shards' entries still stand


def test_a_forgotten_person_leaves_nothing_in_the_index(filled: Path) -> None:
    partial(filled).count_people()
    with Store(filled) as store:
        forget_person(store, store.get_person(_id_of(filled, "person-0")))
    store = partial(filled)
    try:
        assert store.count_people() == 299
    finally:
        store.close()
    for path in index_files(filled):
        text = path.read_text()
        assert "person-0\"" not in text and "Ana Almeida\"" not in text


def test_a_damaged_shard_is_refused_even_with_an_index(filled: Path) -> None:
    partial(filled).count_people()
    victim = next(p for p in shard_paths(filled / "store") if p.exists())
    victim.write_text("{garbage")
    store = partial(filled)
    try:
        with pytest.raises(StoreDamaged, match=victim.name):
            store.count_people()
    finally:
        store.close()


def test_writing_through_a_partial_store_loads_it_whole_first(filled: Path) -> None:
    store = partial(filled)
    try:
        doc = store.get_person(_id_of(filled, "person-3"))
        doc["keys"].append("x:person-three")
        store.save_person(doc)
        assert store.person_id_for_key("x:person-three") == doc["id"]
        assert store.person_id_for_key("linkedin:person-4") == _id_of(filled, "person-4")
        assert len(loaded_shards(store)) == len(store._people)
    finally:
        store.close()


def test_a_read_only_store_is_summarised_without_writing_an_index(filled: Path, monkeypatch) -> None:
    real = os.access
    monkeypatch.setattr(store_module.os, "access", lambda path, mode: False if mode == os.W_OK else real(path, mode))
    store = partial(filled)
    try:
        assert store.count_people() == 300
    finally:
        store.close()
    assert index_files(filled) == []


def test_a_lookup_by_url_reads_the_kept_key_map_not_every_index_file(filled: Path, monkeypatch) -> None:
    person_id = _id_of(filled, "person-123")
    store = partial(filled)
    try:
        assert find_person(store, "https://www.linkedin.com/in/person-123/")["id"] == person_id
    finally:
        store.close()
    assert (filled / "store" / INDEX / "derived-person-keys").exists()
    monkeypatch.setattr(store_module, "read_index_file", lambda *args: pytest.fail("an index file was read"))
    store = partial(filled)
    try:
        assert find_person(store, "https://www.linkedin.com/in/person-123/")["id"] == person_id
        assert store.person_id_for_key("linkedin:nobody") is None
    finally:
        store.close()


def test_the_kept_key_map_is_dropped_by_a_write_and_not_trusted_after_one_behind_its_back(filled: Path) -> None:
    partial(filled).person_id_for_key("linkedin:person-1")
    kept = filled / "store" / INDEX / "derived-person-keys"
    assert kept.exists()
    with Store(filled) as store:
        doc = store.get_person(_id_of(filled, "person-3"))
        doc["keys"].append("x:person-three")
        store.save_person(doc)
    assert not kept.exists()  # a write unlinks it: it may name someone just forgotten
    store = partial(filled)
    try:
        assert store.person_id_for_key("x:person-three") == doc["id"]
    finally:
        store.close()
    assert kept.exists()
    # Another program rewrites a shard without the store: the map names the shards as they were, so it is stale.
    target = shard_paths(filled / "store")[shard_of(doc["id"])]
    target.write_bytes(target.read_bytes().replace(b'"x:person-three"', b'"x:person-3"'))
    store = partial(filled)
    try:
        assert store.person_id_for_key("x:person-three") is None
        assert store.person_id_for_key("x:person-3") == doc["id"]
    finally:
        store.close()


def test_after_a_write_the_key_map_reads_again_only_the_shard_written(filled: Path, monkeypatch) -> None:
    partial(filled).person_id_for_key("linkedin:person-1")  # the map and each shard's keys kept
    person_id = _id_of(filled, "person-9")
    with Store(filled) as store:
        doc = store.get_person(person_id)
        doc["keys"].append("x:person-nine")
        store.save_person(doc)
    index_reads: list[str] = []
    real = store_module.read_index_file
    monkeypatch.setattr(store_module, "read_index_file",
                        lambda path, *args: index_reads.append(path.name) or real(path, *args))
    reads = count_shard_reads(monkeypatch)
    store = partial(filled)
    try:
        assert store.person_id_for_key("x:person-nine") == person_id
        found = dict(store._keys)
    finally:
        store.close()
    written = shard_paths(filled / "store")[shard_of(person_id)].name
    assert set(index_reads) <= {written} and reads == [written]
    with Store(filled) as whole:
        assert found == whole._keys
