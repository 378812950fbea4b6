from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from fixtures.exports_connections import write_connections
from memory_helpers import capture, open_store

from companion.cli import main

COMMANDS = ["people", "show", "note", "tag", "log", "followups", "circle", "commitments", "import", "export",
            "forget", "tie-weights"]


@pytest.fixture
def run(data_dir):
    runner = CliRunner()

    def invoke(*args, input=None, ok=True):
        result = runner.invoke(main, [*args, "--data-dir", str(data_dir)], input=input)
        if ok:
            assert result.exit_code == 0, (result.output, result.stderr)
        return result

    return invoke


@pytest.fixture
def jane(data_dir):
    store = open_store(data_dir)
    try:
        doc = capture(store, "Jane Doe", "jane-doe", company="Acme Robotics")
        capture(store, "Janet Smith", "janet-smith")
    finally:
        store.close()
    return doc


def as_json(result):
    return json.loads(result.stdout)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_memory_command_has_help_that_teaches(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0 and "--data-dir" in result.output
    assert len(result.output.splitlines()) > 5


def test_people_table_and_json_with_filters(run, jane, tmp_path):
    run("import", str(write_connections(tmp_path, "2025", 30)))
    everyone = as_json(run("people", "--json"))
    assert everyone["total"] == 32
    found = as_json(run("people", "--json", "--search", "acme robotics"))
    assert "Jane Doe" in [p["name"] for p in found["people"]]
    assert all(p["sites"] == ["linkedin"] for p in everyone["people"])
    run("tag", "jane doe", "climbing", "#pycon")
    tagged = as_json(run("people", "--json", "--tag", "climbing"))
    assert [p["name"] for p in tagged["people"]] == ["Jane Doe"]
    assert as_json(run("people", "--json", "--site", "x"))["total"] == 0
    table = run("people", "--sort", "strength").stdout
    assert "Jane Doe" in table and "tie" in table


def test_note_add_edit_delete_by_name_fragment(run, jane):
    added = as_json(run("note", "jane doe", "Runs marathons", "--json"))
    assert added["text"] == "Runs marathons"
    edited = as_json(run("note", "jane doe", "--edit", str(added["id"]), "Ran Lisbon in 3:41", "--json"))
    assert edited["text"] == "Ran Lisbon in 3:41"
    shown = as_json(run("show", "jane doe", "--json"))
    assert [n["text"] for n in shown["notes"]] == ["Ran Lisbon in 3:41"]
    run("note", "jane doe", "--delete", str(added["id"]))
    assert as_json(run("show", jane["id"], "--json"))["notes"] == []


def test_an_ambiguous_name_lists_the_candidates(run, jane):
    result = run("note", "jan", "hello", ok=False)
    assert result.exit_code == 1
    assert "Jane Doe" in result.stderr and "Janet Smith" in result.stderr


def test_log_changes_the_tie_and_show_has_the_card(run, jane):
    logged = as_json(run("log", "jane doe", "met", "--at", "yesterday", "--note", "coffee", "--json"))
    assert logged["interaction"]["kind"] == "in-person" and logged["tie"]["stage"] == "acquaintance"
    run("log", "https://www.linkedin.com/in/jane-doe/", "replied")
    card = run("show", "jane doe").stdout
    assert "Jane Doe" in card and "coffee" in card and "in-person" in card and "Tie" in card
    future = run("log", "jane doe", "met", "--at", "tomorrow", ok=False)
    assert future.exit_code == 1 and "future" in future.stderr


def test_circle_and_followups(run, jane):
    run("log", "jane doe", "called", "--at", "10 days ago")
    assert as_json(run("followups", "--json")) == []
    run("circle", "jane doe", "inner")
    due = as_json(run("followups", "--json"))
    assert [(d["name"], d["layer"], d["days_overdue"]) for d in due] == [("Jane Doe", "inner", 3)]
    assert due[0]["opener"]["text"]
    assert "Jane Doe" in run("followups").stdout
    run("log", "jane doe", "liked")
    assert as_json(run("followups", "--json")) == []
    assert run("circle", "jane doe", "bestie", ok=False).exit_code == 2


def test_commitments_add_list_done(run, jane):
    added = as_json(run("commitments", "add", "jane doe", "Send her the deck", "--due", "2020-01-01", "--json"))
    listed = as_json(run("commitments", "--json"))
    assert [(c["id"], c["overdue"], c["person_name"]) for c in listed] == [(added["id"], True, "Jane Doe")]
    assert "Send her the deck" in run("commitments").stdout
    run("commitments", "done", str(added["id"]))
    assert as_json(run("commitments", "--json")) == []
    assert len(as_json(run("commitments", "--all", "--json"))) == 1
    missing = run("commitments", "done", "999", ok=False)
    assert missing.exit_code == 1 and "no commitment 999" in missing.stderr


def test_import_prints_a_summary_and_a_broken_file_an_error_with_the_line(run, tmp_path):
    path = write_connections(tmp_path, "2021", 200)
    out = run("import", str(path)).stdout
    assert "200 added" in out and "0 merged" in out
    summary = as_json(run("import", str(path), "--json"))
    assert summary["skipped"] == 200 and summary["skipped_reasons"] == {"already in your Rapport, nothing new": 200}
    broken = tmp_path / "broken.csv"
    broken.write_text("First Name,Last Name,Company\nA,B,C\nD,E,F,G\n")
    result = run("import", str(broken), ok=False)
    assert result.exit_code == 1 and "Line 3" in result.stderr
    assert as_json(run("people", "--json"))["total"] == 200


def test_export_to_a_file_and_reimport_into_an_empty_data_dir(run, jane, tmp_path):
    run("note", "jane doe", "likes tea")
    run("log", "jane doe", "video")
    target = tmp_path / "out.json"
    run("export", "--format", "json", "--output", str(target))
    fresh = tmp_path / "fresh"
    result = CliRunner().invoke(main, ["import", str(target), "--data-dir", str(fresh), "--json"])
    assert result.exit_code == 0, result.output
    again = CliRunner().invoke(main, ["show", "jane doe", "--data-dir", str(fresh), "--json"])
    card = json.loads(again.stdout)
    assert [n["text"] for n in card["notes"]] == ["likes tea"] and card["interactions"][0]["kind"] == "video-call"
    vcard = run("export", "--format", "vcard").stdout
    assert "https://www.linkedin.com/in/jane-doe" in vcard
    assert run("export", "--format", "xml", ok=False).exit_code == 2


def test_forget_person_and_everything(run, jane, data_dir):
    run("note", "jane doe", "secret recipe")
    out = run("forget", "jane doe", "--yes").stdout
    assert "Forgot Jane Doe" in out and "1 note." in out
    assert all("Jane Doe" not in p.read_text(errors="replace") for p in data_dir.rglob("*.json"))
    refused = run("forget", "--everything", input="n\n", ok=False)
    assert refused.exit_code == 1
    assert as_json(run("people", "--json"))["total"] == 1
    report = as_json(run("forget", "--everything", "--yes", "--json"))
    assert report["people"] == 1
    assert as_json(run("people", "--json"))["total"] == 0
    assert run("forget", ok=False).exit_code == 2


def test_tie_weights_can_be_adjusted_and_reset(run):
    weights = as_json(run("tie-weights", "--set", "like=0", "--set", "half_life_days=30", "--json"))
    assert weights["channels"]["like"] == 0 and weights["half_life_days"] == 30
    assert run("tie-weights", "--set", "teleport=1", ok=False).exit_code == 2
    assert as_json(run("tie-weights", "--reset", "--json"))["channels"]["like"] == 0.05


def test_a_new_users_whole_journey(run, data_dir, tmp_path):
    """The issue's "done when", through the CLI: import, log, see the tie move, promise, export, forget."""
    for variant in ("2018", "2021", "2025"):
        summary = as_json(run("import", str(write_connections(tmp_path, variant, 2_000)), "--json"))
        assert summary["added"] == (2_000 if variant == "2018" else 0)
    assert as_json(run("people", "--json", "--limit", "1"))["total"] == 2_000
    who = "Ana Almeida"
    assert as_json(run("show", who, "--json"))["tie"]["stage"] == "new"
    stages, strengths = [], []
    for kind, when in [("like", "20 days ago"), ("comment", "18 days ago"), ("share", "16 days ago"),
                       ("message", "15 days ago"), ("reply", "14 days ago"), ("phone-call", "10 days ago"),
                       ("video-call", "9 days ago"), ("in-person", "8 days ago")]:
        tie = as_json(run("log", who, kind, "--at", when, "--json"))["tie"]
        stages.append(tie["stage"])
        strengths.append(tie["strength"])
    assert stages[:4] == ["new"] * 4 and stages[4] == "acquaintance"
    assert strengths == sorted(strengths) and len(set(strengths)) == len(strengths)
    assert as_json(run("followups", "--json")) == []
    run("circle", who, "inner")
    assert [f["name"] for f in as_json(run("followups", "--json"))] == [who]
    run("log", who, "messaged")
    assert as_json(run("followups", "--json")) == []

    from companion.memory.commitments import record_sent_message

    store = open_store(data_dir)
    try:
        person_id = store.person_id_for_key("linkedin:ana-almeida-00000")
        record_sent_message(store, person_id, "So good to see you. I'll send you the article by Friday.")
    finally:
        store.close()
    promises = as_json(run("commitments", "--json"))
    assert [(c["person_name"], c["text"]) for c in promises] == [(who, "I'll send you the article by Friday.")]

    exported = tmp_path / "everything.json"
    run("export", "--format", "json", "-o", str(exported))
    fresh = tmp_path / "fresh"
    runner = CliRunner()
    assert runner.invoke(main, ["import", str(exported), "--data-dir", str(fresh)]).exit_code == 0
    again = tmp_path / "again.json"
    assert runner.invoke(main, ["export", "-o", str(again), "--data-dir", str(fresh)]).exit_code == 0
    def strip(p):
        return {k: v for k, v in json.loads(p.read_text()).items() if k != "exported_at"}

    assert strip(again) == strip(exported)

    run("forget", who, "--yes")
    import re

    exact = re.compile(r"(?<![\w-])ana almeida(?![\w-])")
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert [p for p in files if exact.search(p.read_bytes().decode("utf-8", "replace").casefold())] == []
    assert as_json(run("show", "Ana Almeida-1", "--json"))["profile"]["name"] == "Ana Almeida-1"  # a namesake stays
    assert as_json(run("people", "--json", "--limit", "1"))["total"] == 1_999
