from __future__ import annotations

from pathlib import Path

from fixtures.exports_connections import write_connections
from memory_helpers import open_store

from companion.memory.commitments import list_commitments
from companion.memory.forget import forget_everything, forget_person
from companion.memory.importers import import_path

JANE = ("Jane Quillfeather", "jane-quillfeather", "janequill")


def _files_naming(data_dir: Path, needles) -> list[str]:
    """Every file under the data dir (backups included) whose bytes contain one of the needles, any case."""
    hits = []
    for path in data_dir.rglob("*"):
        if path.is_file():
            text = path.read_bytes().decode("utf-8", errors="replace").casefold()
            if any(n.casefold() in text for n in needles):
                hits.append(str(path.relative_to(data_dir)))
    return hits


def test_after_forget_the_name_appears_nowhere_in_the_data_dir(world, data_dir, tmp_path):
    store, people = world
    # A backup that holds Jane, made before the erase (the import takes one).
    import_path(store, write_connections(tmp_path, "2021", 5))
    store.backup("manual")
    assert len(store.list_backups()) >= 2
    assert _files_naming(data_dir, JANE)
    report = forget_person(store, people["jane"])
    assert _files_naming(data_dir, JANE) == []
    assert _files_naming(data_dir, [people["jane"]["id"]]) == []
    assert report.still_found_in == []
    assert report.removed["notes"] == 1 and report.removed["interactions"] == 5
    assert report.removed["commitments"] == 2  # the one in her record and the loose one naming her
    assert report.backups_rewritten >= 2
    assert store.get_person(people["jane"]["id"]) is None
    assert store.person_id_for_key("linkedin:jane-quillfeather") is None


def test_forget_keeps_everyone_else_and_redacts_mentions(world):
    store, people = world
    before = store.count_people()
    report = forget_person(store, people["jane"])
    assert store.count_people() == before - 1
    bob = store.get_person(people["bob"]["id"])
    assert bob["notes"][0]["text"] == "Introduced to me by [forgotten]."
    assert len(bob["interactions"]) == 1
    assert [c.text for c in list_commitments(store)] == ["Review his talk proposal"]
    assert report.mentions_redacted >= 1


def test_a_backup_that_cannot_be_read_is_pruned(world, data_dir):
    store, people = world
    damaged = store.backup("damaged")
    # Backups share the files that did not change between them: damage this one's copy by replacing it.
    (damaged / "people-00.json").unlink(missing_ok=True)
    (damaged / "people-00.json").write_text("Jane Quillfeather {not json")
    report = forget_person(store, people["jane"])
    assert not damaged.exists()
    assert report.backups_pruned == 1
    assert _files_naming(data_dir, JANE) == []


def test_a_stray_text_file_in_the_data_dir_is_rewritten(world, data_dir):
    store, people = world
    (data_dir / "companion.log").write_text("captured Jane Quillfeather at 10:00\n")
    report = forget_person(store, people["jane"])
    assert (data_dir / "companion.log").read_text() == "captured [forgotten] at 10:00\n"
    assert report.files_rewritten == ["companion.log"]


def test_forget_everything_leaves_no_people_settings_or_backups(world, data_dir):
    store, _ = world
    store.backup("manual")
    report = forget_everything(store)
    assert report.people > 40 and report.settings > 0 and report.backups >= 1
    assert store.count_people() == 0 and store.list_backups() == []
    assert store.get_setting("tie_weights") is None
    assert _files_naming(data_dir, JANE + ("Bob Roe", "Ana Almeida")) == []


def test_a_namesake_with_a_longer_name_is_left_alone(data_dir):
    from memory_helpers import capture

    from companion.memory.notes import add_note

    store = open_store(data_dir)
    try:
        ana = capture(store, "Ana Almeida", "ana-almeida")
        other = capture(store, "Ana Almeida-1", "ana-almeida-1")
        add_note(store, other["id"], "Not the same as Ana Almeidas of Porto; cousin of Ana Almeida.")
        forget_person(store, store.get_person(ana["id"]))
        kept = store.get_person(other["id"])
        assert kept["profiles"]["linkedin"]["name"] == "Ana Almeida-1"
        assert kept["profiles"]["linkedin"]["url"] == "https://www.linkedin.com/in/ana-almeida-1"
        assert kept["notes"][0]["text"] == "Not the same as Ana Almeidas of Porto; cousin of [forgotten]."
    finally:
        store.close()


def test_a_card_kept_for_someone_forgotten_meanwhile_is_not_written_back(tmp_path):
    """A command showing A reads the kept cards of A's shard (B's among them); B is forgotten by another process
    before A's command saves its cards: nothing read before the forget may be written back."""
    import marshal

    from memory_helpers import capture

    from companion.memory.answers import GROUND_KEPT, KeptGround, person_card, show_answer, summariser
    from companion.memory.people import utc_now
    from companion.storage.store import INDEX, PartialStore, Store, shard_of

    data = tmp_path / "data"
    with Store(data) as store:
        docs = [capture(store, f"Person Number{i}", f"person-{i}", company="Acme") for i in range(200)]
        shards = store.shard_count()
    same_shard: dict[int, list[dict]] = {}
    for doc in docs:
        same_shard.setdefault(shard_of(doc["id"], shards), []).append(doc)
    a, b = next(group for group in same_shard.values() if len(group) >= 2)[:2]
    with PartialStore(data, summariser()).open() as store:
        show_answer(store, b["id"], keep=True)
    assert list((data / "store" / INDEX).glob(f"*.{GROUND_KEPT}"))  # B's card is kept (the premise)

    reader = PartialStore(data, summariser()).open()
    doc_a, now = reader.get_person(a["id"]), utc_now()
    cards = KeptGround(reader, None)
    cards.get(cards.key(reader, doc_a, now))  # reads the shard's kept part, B's card in it
    with Store(data) as other:
        forget_person(other, other.get_person(b["id"]))
    person_card(reader, doc_a, now, cards)
    reader.refresh(force=True)  # as a card that takes longer than the store's refresh interval to compute sees it
    reader.shard_people(shard_of(a["id"], shards))  # and the shard read again meanwhile (as `show` does)
    cards.save()
    for path in (data / "store" / INDEX).glob(f"*.{GROUND_KEPT}"):  # B's card (keyed by a digest) is not among them
        assert len(marshal.loads(path.read_bytes())[2]) <= 1


def test_forgetting_a_namesake_you_said_is_not_you_leaves_no_key_of_theirs(data_dir):
    import pytest
    from memory_helpers import NOW

    from companion.errors import OwnProfile
    from companion.memory.identity import refuse_own_profile
    from companion.memory.me import NOT_ME, not_me, set_me
    from companion.memory.people import upsert_profile
    from companion.models import Profile

    store = open_store(data_dir)
    set_me(store, Profile(site="linkedin", url="https://www.linkedin.com/in/ana-lima/", name="Ana Lima",
                          location="Lisbon, Portugal", experience=[{"company": "Fernwood Robotics", "title": "CTO"}]))
    namesake = Profile(site="x", url="https://x.com/zephyrquill", handle="zephyrquill", name="Ana Lima",
                       location="Lisbon", headline="CTO @FernwoodRobotics")
    with pytest.raises(OwnProfile):  # your name, your city and your employer: taken for you
        refuse_own_profile(store, namesake)
    not_me(store, namesake.url)
    refuse_own_profile(store, namesake)  # not refused: you said so
    doc = upsert_profile(store, namesake, NOW)
    assert store.get_setting(NOT_ME) == ["x:zephyrquill"]
    forget_person(store, doc)
    assert store.get_setting(NOT_ME) == []
    store.close()
    assert _files_naming(data_dir, ["zephyrquill"]) == []
