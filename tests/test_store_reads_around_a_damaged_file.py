"""One damaged shard of people does not block every read (newcomer finding F5): read commands answer from every
sound shard and say once which file is damaged; writes never touch it, so it stays what it was for a restore."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from memory_helpers import capture

from companion.cli import main
from companion.errors import StoreDamaged
from companion.memory.answers import summariser
from companion.storage.store import INDEX, REFRESH_SECONDS, PartialStore, Store, shard_of, shard_paths

DAMAGES = ["truncated", "garbage", "missing"]


def run(data_dir: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [*args, "--data-dir", str(data_dir)])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def world(tmp_path: Path) -> dict:
    """Forty people, listed once (so the people index knows each shard), with one victim whose shard is damaged
    later, and `others`: people stored in other shards."""
    with Store(tmp_path) as store:
        people = {f"Person {i:02d}": capture(store, f"Person {i:02d}", f"person-{i:02d}")["id"] for i in range(40)}
    assert run(tmp_path, "people")[0] == 0  # writes the people index, as any listing does
    shards = {name: shard_of(person_id) for name, person_id in people.items()}
    victim = "Person 00"
    path = shard_paths(tmp_path / "store")[shards[victim]]
    held = sorted(name for name in people if shards[name] == shards[victim])
    others = sorted(name for name in people if shards[name] != shards[victim])
    return {"dir": tmp_path, "ids": people, "victim": victim, "path": path, "held": held, "others": others}


def damage(path: Path, how: str) -> bytes | None:
    """Damage a shard file; what it holds afterwards (None: it is gone)."""
    if how == "missing":
        path.unlink()
        return None
    path.write_bytes(path.read_bytes()[:50] if how == "truncated" else b"\x00\x17 not json at all \xff")
    return path.read_bytes()


def unchanged(path: Path, content: bytes | None) -> bool:
    return (not path.exists()) if content is None else path.read_bytes() == content


@pytest.mark.parametrize("how", DAMAGES)
def test_people_lists_every_sound_shard_and_says_once_which_file_is_damaged(world, how):
    content = damage(world["path"], how)
    code, out, err = run(world["dir"], "people", "--limit", "100")
    assert code == 0, err
    assert all(name in out for name in world["others"])
    assert not any(name in out for name in world["held"])
    assert err.count(world["path"].name) == 1 and err.replace("--only-damaged", "").count("damaged") == 1
    count = len(world["held"])
    assert ("the 1 person stored there is" if count == 1 else f"the {count} people stored there are") in err
    assert "companion restore" in err and "companion doctor" in err
    assert unchanged(world["path"], content)


@pytest.mark.parametrize("how", DAMAGES)
def test_show_and_starters_of_someone_in_another_shard_answer_and_say_it(world, how):
    content = damage(world["path"], how)
    other = world["others"][0]
    for command in ("show", "starters"):
        code, out, err = run(world["dir"], command, other.lower())
        assert code == 0, err
        assert command == "starters" or other in out
        assert world["path"].name in err
    assert unchanged(world["path"], content)


def test_show_of_someone_in_the_damaged_shard_fails_and_says_why(world):
    damage(world["path"], "truncated")
    code, _, err = run(world["dir"], "show", world["victim"].lower())
    assert code == 1
    assert world["path"].name in err and "companion restore" in err


@pytest.mark.parametrize("how", DAMAGES)
def test_writes_through_the_cli_are_refused_and_the_damaged_file_is_kept(world, how):
    content = damage(world["path"], how)
    for person in (world["victim"], world["others"][0]):
        code, _, err = run(world["dir"], "note", person.lower(), "met at the conference")
        assert code == 1
        assert world["path"].name in err
    assert unchanged(world["path"], content)


@pytest.mark.parametrize("how", DAMAGES)
def test_a_store_that_reads_around_damage_refuses_writes_to_it_and_keeps_the_file(world, how):
    content = damage(world["path"], how)
    victim_id, other_id = world["ids"][world["victim"]], world["ids"][world["others"][0]]
    with Store(world["dir"], tolerate_damage=True) as store:
        assert store.damaged_shards() == [world["path"]]
        assert store.get_person(victim_id) is None and store.get_person(other_id) is not None
        with pytest.raises(StoreDamaged, match="nothing was written"):
            store.save_person({"id": victim_id, "keys": ["k:victim"], "profiles": {}})
        with pytest.raises(StoreDamaged):
            with store.transaction():  # a write to a sound shard and the damaged one: neither is kept
                store.save_person({**store.get_person(other_id), "tags": ["both"]})
                store.save_person({"id": victim_id, "keys": ["k:victim"], "profiles": {}})
        assert "tags" not in store.get_person(other_id) or store.get_person(other_id)["tags"] != ["both"]
        store.save_person({**store.get_person(other_id), "tags": ["sound"]})  # a sound shard is written
    assert unchanged(world["path"], content)
    with Store(world["dir"], tolerate_damage=True) as store:
        assert store.get_person(other_id)["tags"] == ["sound"]
    with pytest.raises(StoreDamaged):  # a store that refuses damage still does
        Store(world["dir"]).open()


def test_reading_around_damage_leaves_no_cache_that_hides_it(world):
    damage(world["path"], "truncated")
    index = world["dir"] / "store" / INDEX
    assert run(world["dir"], "people")[0] == 0
    assert run(world["dir"], "show", world["others"][0].lower())[0] == 0
    assert not list(index.glob("derived-*"))  # a value of everyone, computed without the damaged shard's people
    assert not list(index.glob(f"{world['path'].stem}.*[!n]"))  # nothing derived from the damaged shard alone
    store = PartialStore(world["dir"], summariser()).open()  # a reader that refuses damage
    with pytest.raises(StoreDamaged):
        store.count_people()
    store.close()


def test_without_damage_nothing_is_said(world):
    code, _, err = run(world["dir"], "people")
    assert code == 0 and "damaged" not in err


@pytest.mark.parametrize("how", DAMAGES)
def test_export_and_intros_answer_from_the_sound_shards_and_say_it(world, how):
    content = damage(world["path"], how)
    code, out, err = run(world["dir"], "export", "--format", "csv")
    assert code != 0 and "--partial" in err  # an export that silently lacks people would be trusted as whole
    code, out, err = run(world["dir"], "export", "--format", "csv", "--partial")
    assert code == 0, err
    assert all(name in out for name in world["others"]) and not any(name in out for name in world["held"])
    assert world["path"].name in err and "incomplete" in err
    code, _, err = run(world["dir"], "intros")
    assert code == 0, err
    assert world["path"].name in err
    assert unchanged(world["path"], content)


def test_how_many_it_held_comes_from_a_backup_without_an_index_and_is_not_guessed_without_either(world):
    index = world["dir"] / "store" / INDEX
    for path in index.glob("*"):
        path.unlink()
    damage(world["path"], "garbage")
    shutil.rmtree(world["dir"] / "backups", ignore_errors=True)
    code, _, err = run(world["dir"], "people")
    assert code == 0 and "whoever was stored there is left out" in err
    backup = world["dir"] / "backups" / "20260101T000000-test"
    backup.mkdir(parents=True)
    (backup / world["path"].name).write_bytes(b'{"people": {"a": {}, "b": {}, "c": {}}}')
    for path in index.glob("*"):
        path.unlink()
    code, _, err = run(world["dir"], "people")
    assert code == 0 and "the 3 people stored there are left out" in err


async def test_with_a_companion_running_the_read_commands_still_answer_from_the_sound_shards(store, data_dir, client,
                                                                                            auth):
    import asyncio
    import json
    import os

    from companion.storage.data_dir import server_port_file

    ids = {f"Person {i:02d}": capture(store, f"Person {i:02d}", f"person-{i:02d}")["id"] for i in range(12)}
    path = shard_paths(data_dir / "store")[shard_of(ids["Person 00"])]
    server_port_file(data_dir).write_text(json.dumps({"pid": os.getpid(), "host": "127.0.0.1",
                                                      "port": client.server.port}))
    content = damage(path, "truncated")  # while the companion runs: it answers 503, and the command reads itself
    # Until the companion's store refreshes it answers from what it holds: wait until it has seen the damage (on a
    # loaded machine that takes longer than a refresh interval), so that the command is the one reading the store.
    for _ in range(200):
        if (await client.get("/v1/cli/people", headers=auth)).status == 503:
            break
        await asyncio.sleep(REFRESH_SECONDS / 2)
    else:
        raise AssertionError("the companion never saw the damaged file")
    code, out, err = await asyncio.to_thread(run, data_dir, "people")
    assert code == 0, err
    assert "Person 01" in out and "Person 00" not in out
    assert path.name in err
    assert unchanged(path, content)
