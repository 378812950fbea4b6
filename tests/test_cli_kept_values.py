"""What a read command keeps between runs, and what it leaves out, so that it answers quickly at 30,000 people
without answering differently: values derived from everyone (the rarity sample, the records of the people
with a check-in clock) kept in the store until someone is written; the cyclic GC paused for a command's
burst of work; `show` importing no parser."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from memory_helpers import NOW, capture

from companion.cli import main
from companion.memory import answers
from companion.memory.answers import (
    CLOCKS_KEPT,
    RARITY_KEPT,
    followups_answer,
    kept_rarity_sample,
    rarity_sample,
    rarity_sample_by_shard,
)
from companion.memory.followups import set_circle
from companion.memory.forget import forget_person
from companion.memory.interactions import log_interaction
from companion.memory.me import set_me
from companion.models import Profile
from companion.storage.store import DERIVED, INDEX, PartialStore, Store, shard_of, shard_paths


@pytest.fixture
def people(data_dir: Path) -> list[dict]:
    """A few dozen people, some with a check-in clock, and your own profile."""
    with Store(data_dir) as store:
        docs = [capture(store, f"Person Number{i}", f"person-{i}", company=("Stripe" if i % 3 else "Acme Robotics"),
                        location=("Lisbon, Portugal" if i % 2 else "Berlin, Germany")) for i in range(40)]
        for doc in docs[:8]:
            set_circle(store, doc["id"], "close")
            log_interaction(store, doc["id"], "phone-call", at="45 days ago", note="about the move", now=NOW)
        set_me(store, Profile(site="linkedin", url="https://www.linkedin.com/in/me", name="Me Myself",
                              # A past job there: 'we're both at Stripe now' is no starter since round 6 of the starters.
                              experience=[{"company": "Stripe", "title": "Engineer", "start": "2015-01", "end": "2019-12"}],
                              location="Lisbon, Portugal"))
        return [store.get_person(doc["id"]) for doc in docs]


def partial(data_dir: Path) -> PartialStore:
    from companion.memory.answers import summariser

    return PartialStore(data_dir, summariser()).open()


def kept_file(data_dir: Path, name: str) -> Path:
    return data_dir / "store" / INDEX / f"{DERIVED}{name}"


# ------------------------------------------------------------------ the store's derived values


def test_a_derived_value_is_read_back_only_by_the_same_code_and_while_no_shard_changed(data_dir, people):
    with partial(data_dir) as store:
        version = store.people_version()
        store.save_derived("sample", "code-1", version, {"a": [1, 2.5, None, "x"]})
        assert store.read_derived("sample", "code-1") == {"a": [1, 2.5, None, "x"]}
        assert store.read_derived("sample", "code-2") is None  # computed by other code: not trusted
        assert store.read_derived("never-kept", "code-1") is None
    with Store(data_dir) as store:
        log_interaction(store, people[20]["id"], "message", at="yesterday", now=NOW)  # one shard rewritten
    assert not kept_file(data_dir, "sample").exists()  # the write unlinked it
    with partial(data_dir) as store:
        assert store.read_derived("sample", "code-1") is None


def test_a_value_computed_before_a_write_is_not_kept(data_dir, people):
    with partial(data_dir) as store:
        version = store.people_version()
        with Store(data_dir) as writer:
            log_interaction(writer, people[21]["id"], "message", at="yesterday", now=NOW)
        store.save_derived("sample", "code-1", version, [1])
        assert not kept_file(data_dir, "sample").exists()
        assert store.read_derived("sample", "code-1") is None


def test_a_damaged_derived_file_is_computed_afresh_not_an_error(data_dir, people):
    with partial(data_dir) as store:
        store.save_derived("sample", "code-1", store.people_version(), [1])
    kept_file(data_dir, "sample").write_bytes(b"\x00not marshal")
    with partial(data_dir) as store:
        assert store.read_derived("sample", "code-1") is None


def test_forgetting_someone_leaves_no_derived_value_that_counted_them(data_dir, people):
    with partial(data_dir) as store:
        followups_answer(store, keep=True)
        kept_rarity_sample(store)
    assert kept_file(data_dir, CLOCKS_KEPT).exists() and kept_file(data_dir, RARITY_KEPT).exists()
    with Store(data_dir) as store:
        forget_person(store, store.get_person(people[0]["id"]))
    assert list((data_dir / "store" / INDEX).glob(f"{DERIVED}*")) == []


# ------------------------------------------------------------------ what the commands keep


def test_followups_from_the_kept_records_are_followups_from_the_store(data_dir, people):
    with Store(data_dir) as store:
        whole = followups_answer(store)
    with partial(data_dir) as store:
        first = followups_answer(store, keep=True)  # computed, then kept
    assert kept_file(data_dir, CLOCKS_KEPT).exists()
    with partial(data_dir) as store:
        again = followups_answer(store, keep=True)  # read back
    assert len(whole.followups) == 8 and first == whole and again == whole


def test_a_contact_logged_since_the_records_were_kept_is_in_the_next_followups(data_dir, people):
    with partial(data_dir) as store:
        before = followups_answer(store, keep=True)
    with Store(data_dir) as store:
        log_interaction(store, people[0]["id"], "in-person", at="today", now=NOW)  # no longer overdue
        set_circle(store, people[30]["id"], "inner")  # a new clock, overdue since they were captured
    with partial(data_dir) as store:
        after = followups_answer(store, keep=True)
    ids = {f.person_id for f in after.followups}
    assert people[0]["id"] in {f.person_id for f in before.followups} and people[0]["id"] not in ids
    assert people[30]["id"] in ids


def test_the_kept_rarity_sample_is_the_one_computed_from_every_shard(data_dir, people):
    with partial(data_dir) as store:
        computed = rarity_sample(store)
        first = kept_rarity_sample(store)
    with partial(data_dir) as store:
        again = kept_rarity_sample(store)
    assert computed.size == first.size == again.size == 40
    assert dict(computed.counts) == dict(first.counts) == dict(again.counts) and computed.counts
    with Store(data_dir) as store:
        capture(store, "Someone New", "someone-new", company="Acme Robotics")
    with partial(data_dir) as store:
        assert kept_rarity_sample(store).size == 41


def _same_sample(a, b) -> bool:
    return a.size == b.size and dict(a.counts) == dict(b.counts)


def _shards_read(monkeypatch) -> list[int]:
    read: list[int] = []
    real = PartialStore.shard_people

    def counting(self, index):
        read.append(index)
        return real(self, index)

    monkeypatch.setattr(PartialStore, "shard_people", counting)
    return read


@pytest.mark.parametrize("sample", [7, 3000])  # a step of 6 people (a sample of every sixth), and everyone
def test_the_rarity_sample_summed_shard_by_shard_is_the_one_walked_in_one_go(data_dir, people, monkeypatch, sample):
    monkeypatch.setattr(answers, "RARITY_SAMPLE", sample)
    with partial(data_dir) as store:
        walked = rarity_sample(store)
        expected = sum(answers.in_rarity_sample(doc["id"], 6) for doc in people) if sample == 7 else 40
        assert walked.size == expected and 0 < walked.size <= 40
        assert _same_sample(rarity_sample_by_shard(store, "code"), walked)
        assert _same_sample(rarity_sample_by_shard(store, "code"), walked)  # from the parts kept


def test_after_a_write_the_rarity_sample_reads_again_only_the_shards_written(data_dir, people, monkeypatch):
    monkeypatch.setattr(answers, "RARITY_SAMPLE", 7)
    with partial(data_dir) as store:
        kept_rarity_sample(store)
    with Store(data_dir) as store:  # someone's record rewritten: where everyone stands in the store is unchanged
        log_interaction(store, people[12]["id"], "message", at="yesterday", now=NOW)
        doc = store.get_person(people[13]["id"])
        doc["profiles"]["linkedin"]["skills"] = ["Underwater Basket Weaving"]
        store.save_person(doc)
    read = _shards_read(monkeypatch)
    with partial(data_dir) as store:
        assert _same_sample(kept_rarity_sample(store), rarity_sample(store))
    assert read == sorted({shard_of(people[12]["id"]), shard_of(people[13]["id"])})
    read.clear()
    with Store(data_dir) as store:  # someone new (a step of 6 still, at 41): who else is in the sample does not move
        newcomer = capture(store, "Someone New", "someone-new", company="Acme Robotics")
    with partial(data_dir) as store:
        assert _same_sample(kept_rarity_sample(store), rarity_sample(store))
    assert read == [shard_of(newcomer["id"])]  # (rarity_sample walks the store without shard_people)
    read.clear()
    with Store(data_dir) as store:  # someone forgotten: their shard alone is read again
        forget_person(store, store.get_person(people[14]["id"]))
    with partial(data_dir) as store:
        assert _same_sample(kept_rarity_sample(store), rarity_sample(store))
    assert read == [shard_of(people[14]["id"])]


def test_forgetting_someone_leaves_no_part_of_the_rarity_sample_that_counted_them(data_dir, people):
    with partial(data_dir) as store:
        kept_rarity_sample(store)
    shard = shard_paths(data_dir / "store")[shard_of(people[0]["id"])].stem
    assert (data_dir / "store" / INDEX / f"{shard}.{RARITY_KEPT}").exists()
    with Store(data_dir) as store:
        forget_person(store, store.get_person(people[0]["id"]))
    assert list((data_dir / "store" / INDEX).glob(f"{shard}.*")) == []


def test_a_shard_part_is_trusted_only_from_the_same_code_and_the_shard_as_it_is(data_dir, people):
    one, other = shard_of(people[0]["id"]), shard_of(people[1]["id"])
    assert one != other
    with partial(data_dir) as store:
        signature, _ = store.shard_people(one)
        store.save_shard_derived(one, "part", "code-1", signature, {"a": 1})
        assert store.read_shard_derived(one, "part", "code-1") == {"a": 1}
        assert store.read_shard_derived(one, "part", "code-2") is None  # computed by other code
        assert store.read_shard_derived(other, "part", "code-1") is None  # never kept for that shard
        store.save_shard_derived(other, "part", "code-1", (1, 2, 3), {"a": 1})  # not the shard as it is
        assert store.read_shard_derived(other, "part", "code-1") is None


def test_starters_and_followups_print_the_same_from_kept_values(data_dir, people):
    for args in (["followups", "--json"], ["starters", "https://www.linkedin.com/in/person-3", "--json"], ["followups"]):
        runs = [CliRunner().invoke(main, [*args, "--data-dir", str(data_dir)]) for _ in range(2)]
        assert runs[0].exit_code == runs[1].exit_code == 0
        assert runs[0].output == runs[1].output
    assert json.loads(CliRunner().invoke(main, ["followups", "--json", "--data-dir", str(data_dir)]).output)


# ------------------------------------------------------------------ the GC and the imports


def test_a_command_runs_with_the_cyclic_gc_paused_and_leaves_it_as_it_found_it(monkeypatch):
    seen: dict[str, bool] = {}

    @click.command("probe-gc")
    def probe() -> None:
        seen["enabled"] = gc.isenabled()

    @click.command("serve")
    def serve() -> None:
        seen["serve"] = gc.isenabled()

    monkeypatch.setitem(main.commands, "probe-gc", probe)
    monkeypatch.setitem(main.commands, "serve", serve)
    assert gc.isenabled()
    assert CliRunner().invoke(main, ["probe-gc"]).exit_code == 0
    assert seen["enabled"] is False and gc.isenabled()
    assert CliRunner().invoke(main, ["serve"]).exit_code == 0
    assert seen["serve"] is True  # the server runs for as long as the user wants: its GC is its own


def test_show_reads_a_card_without_importing_a_parser_or_the_web_server(data_dir, people):
    code = ("import json, sys\nfrom companion.cli import main\ntry:\n    main(sys.argv[1:], prog_name='companion')\n"
            "except SystemExit:\n    pass\nprint(json.dumps(sorted(sys.modules)), file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", code, "show", "https://www.linkedin.com/in/person-3", "--data-dir", str(data_dir)],
                          capture_output=True, text=True, timeout=120)
    assert "Person Number3" in done.stdout
    modules = json.loads(done.stderr.strip().splitlines()[-1])
    assert [m for m in modules if m.startswith(("bs4", "companion.parsers", "aiohttp", "lxml"))] == []


def _modules_of(args: list[str], data_dir: Path) -> tuple[str, list[str]]:
    code = ("import json, sys\nfrom companion.cli import main\ntry:\n    main(sys.argv[1:], prog_name='companion')\n"
            "except SystemExit:\n    pass\nprint(json.dumps(sorted(sys.modules)), file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", code, *args, "--data-dir", str(data_dir)],
                          capture_output=True, text=True, timeout=120)
    return done.stdout, json.loads(done.stderr.strip().splitlines()[-1])


GROUND_AND_GUARD = ("companion.ground.common_ground", "companion.ground.starters", "companion.ground.rarity",
                    "companion.guard")


@pytest.mark.parametrize("command", ["show", "starters"])
def test_a_person_shown_before_prints_the_same_without_computing_their_common_ground_again(data_dir, people, command):
    for signature in (answers._rarity_code, answers._guard_code, answers._ground_code):
        signature.cache_clear()  # named by the code as it is now, as the processes below will name it
    args = [command, "https://www.linkedin.com/in/person-3"]
    fresh = [CliRunner().invoke(main, [*args, *flags, "--data-dir", str(data_dir)]) for flags in ([], ["--json"])]
    assert [run.exit_code for run in fresh] == [0, 0], fresh[0].output
    shard = shard_paths(data_dir / "store")[shard_of(people[3]["id"])].stem
    assert (data_dir / "store" / INDEX / f"{shard}.{answers.GROUND_KEPT}").exists()
    for flags, first in zip(([], ["--json"]), fresh, strict=True):
        output, modules = _modules_of([*args, *flags], data_dir)
        assert output == first.output
        assert [m for m in modules if m.startswith(GROUND_AND_GUARD)] == []


def test_a_kept_card_with_a_check_in_from_starters_loads_no_common_ground_nor_guard(data_dir, people):
    """Someone in a circle with no contact logged: their check-in opener is the first of their starters, so a
    card shown before reads it back with the rest (the check-in is not computed a second time, cold)."""
    for signature in (answers._rarity_code, answers._guard_code, answers._ground_code):
        signature.cache_clear()
    with Store(data_dir) as store:
        set_me(store, Profile(site="linkedin", url="https://www.linkedin.com/in/me", name="Me Myself",
                              education=[{"school": "University of Porto", "start": "2010"}]))
        bo = capture(store, "Bo Chen", "bo-chen", education=[{"school": "University of Porto", "start": "2010"}])
        set_circle(store, bo["id"], "active")  # an acquaintance: common ground still opens (a friend's would not)
    args = ["show", "https://www.linkedin.com/in/bo-chen", "--json"]
    first = CliRunner().invoke(main, [*args, "--data-dir", str(data_dir)])
    assert first.exit_code == 0, first.output
    card = json.loads(first.output)
    assert card["check_in"] and card["starters"] and card["check_in"]["opener"] == card["starters"][0]
    output, modules = _modules_of(args, data_dir)
    assert output == first.output
    assert [m for m in modules if m.startswith(GROUND_AND_GUARD)] == []


def test_what_the_kept_ground_rests_on_changing_computes_it_again(data_dir, people):
    with partial(data_dir) as store:
        before = answers.starters_answer(store, "https://www.linkedin.com/in/person-3", keep=True)
    with Store(data_dir) as store:  # someone else met: the contacts the rarity is weighed by changed
        capture(store, "Ana Lisbon", "ana-lisbon", company="Stripe", location="Lisbon, Portugal")
        set_me(store, Profile(site="linkedin", url="https://www.linkedin.com/in/me", name="Me Myself",
                              experience=[{"company": "Acme Robotics", "title": "Engineer"}]))
    with partial(data_dir) as store:
        after = answers.starters_answer(store, "https://www.linkedin.com/in/person-3", keep=True)
        fresh = answers.starters_answer(store, "https://www.linkedin.com/in/person-3")
        shown = answers.show_answer(store, "https://www.linkedin.com/in/person-3", keep=True)
        assert shown == answers.show_answer(store, "https://www.linkedin.com/in/person-3")
    assert after == fresh and after.common_ground != before.common_ground


def test_forgetting_someone_leaves_no_kept_ground_of_theirs(data_dir, people):
    CliRunner().invoke(main, ["show", "https://www.linkedin.com/in/person-5", "--data-dir", str(data_dir)])
    shard = shard_paths(data_dir / "store")[shard_of(people[5]["id"])].stem
    kept = data_dir / "store" / INDEX / f"{shard}.{answers.GROUND_KEPT}"
    assert b"Person" in kept.read_bytes()  # their starters greet them by name
    with Store(data_dir) as store:
        forget_person(store, store.get_person(people[5]["id"]))
    assert not kept.exists()


# ------------------------------------------------------------------ the normalisation tables


def test_a_table_is_read_from_its_marshal_copy_only_while_the_copy_names_the_table_as_it_is(tmp_path, monkeypatch):
    import os
    import sys

    from companion.ground.normalise import text

    monkeypatch.setattr(text, "DATA_DIR", tmp_path)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)  # the suite may run under PYTHONDONTWRITEBYTECODE
    table = tmp_path / "things.json"
    table.write_text(json.dumps({"rows": [[1, "Zürich", 47.37, None, True]], "names": {"b": 2, "a": 1}}))
    text.load_table.cache_clear()
    first = text.load_table("things.json")
    copy = tmp_path / "__pycache__" / "things.json.marshal"
    assert copy.exists() and first == json.loads(table.read_text())
    text.load_table.cache_clear()
    again = text.load_table("things.json")
    assert again == first and list(again["names"]) == ["b", "a"]  # the order a table is written in is kept
    table.write_text(json.dumps({"rows": [], "names": {}}))
    os.utime(table, ns=(0, 10**18))  # a new version of the table (size and time both differ)
    text.load_table.cache_clear()
    assert text.load_table("things.json") == {"rows": [], "names": {}}
    copy.write_bytes(copy.read_bytes()[:30])  # a copy cut short: the table is parsed again, no error
    text.load_table.cache_clear()
    assert text.load_table("things.json") == {"rows": [], "names": {}}
    text.load_table.cache_clear()


def test_a_read_only_package_loads_its_tables_without_a_copy(tmp_path, monkeypatch):
    from companion.ground.normalise import text

    monkeypatch.setattr(text, "DATA_DIR", tmp_path)
    (tmp_path / "things.json").write_text('{"a": [1, 2]}')
    (tmp_path / "__pycache__").write_text("a file where the folder would be")  # cannot be written
    text.load_table.cache_clear()
    try:
        assert text.load_table("things.json") == {"a": [1, 2]}
    finally:
        text.load_table.cache_clear()


def test_a_running_companions_name_order_follows_every_write(data_dir, people):
    from companion.memory.answers import people_answer

    with Store(data_dir) as store:  # one store answering many commands, as a running companion's does
        first = people_answer(store, limit=3)
        assert people_answer(store, limit=3) == first
        capture(store, "Aaron Early", "aaron-early")
        renamed = store.get_person(people[5]["id"])
        renamed["profiles"]["linkedin"]["name"] = "Zz Last"
        store.save_person(renamed)
        after = people_answer(store, limit=0)
    assert after.people[0].name == "Aaron Early" and after.people[-1].name == "Zz Last"
    assert after.total == first.total + 1


def test_a_check_to_no_one_in_particular_imports_no_common_ground_nor_parser(data_dir, people):
    code = ("import json, sys\nfrom companion.cli import main\ntry:\n    main(sys.argv[1:], prog_name='companion')\n"
            "except SystemExit:\n    pass\nprint(json.dumps(sorted(sys.modules)), file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", code, "check", "--json", "--data-dir", str(data_dir)],
                          input="We help teams like yours cut costs by 40%; can I book a 15-minute demo?",
                          capture_output=True, text=True, timeout=120)
    assert json.loads(done.stdout)["verdict"] != "ok"
    modules = json.loads(done.stderr.strip().splitlines()[-1])
    assert [m for m in modules if m.startswith(("companion.ground.common_ground", "companion.ground.starters",
                                                "companion.ground.rarity", "companion.parsers", "bs4"))] == []
