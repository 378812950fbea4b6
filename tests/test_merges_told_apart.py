"""A person joined by Rapport itself (strong evidence at capture) is told apart from one joined because the user
accepted a suggestion: the person view's `merges` says how, with the automatic one's evidence; `companion show`
prints it with the `companion unmerge` that undoes it; and an unmerge takes the record away with the join."""

from __future__ import annotations

import json

from click.testing import CliRunner
from memory_helpers import NOW
from shared_pages import real_page
from test_identity import ROB_LINKEDIN, ROB_X, captured, linkedin, x

from companion.cli import main
from companion.memory.capture import capture_page, person_view
from companion.memory.identity import merge_people, unmerge_site


def test_a_join_at_capture_is_automatic_with_its_evidence(store):
    first = capture_page(store, ROB_LINKEDIN[1], real_page(ROB_LINKEDIN[0]), None, NOW)
    capture_page(store, ROB_X[1], real_page(ROB_X[0]), None, NOW)
    view = person_view(store, store.get_person(first.person_id), None, NOW)
    assert [(m.how, m.sites) for m in view.merges] == [("automatic", ["linkedin", "x"])]
    assert view.merges[0].evidence, "what Rapport went on"
    assert view.merges[0].at


def test_an_accepted_suggestion_is_accepted_and_unmerge_takes_the_record_away(store):
    a = captured(store, linkedin(location="Brooklyn, New York, United States"))
    b = captured(store, x(location="NYC"))
    assert person_view(store, store.get_person(a["id"]), None, NOW).merges == []
    joined = merge_people(store, a["id"], b["id"], now=NOW)
    view = person_view(store, joined, None, NOW)
    assert [(m.how, m.sites, m.evidence) for m in view.merges] == [("accepted", ["linkedin", "x"], [])]
    stay, _ = unmerge_site(store, joined["id"], "x", now=NOW)
    assert person_view(store, store.get_person(stay["id"]), None, NOW).merges == []


def test_companion_show_says_how_each_join_was_made_and_how_to_undo_it(store, data_dir):
    first = capture_page(store, ROB_LINKEDIN[1], real_page(ROB_LINKEDIN[0]), None, NOW)
    capture_page(store, ROB_X[1], real_page(ROB_X[0]), None, NOW)
    evidence = person_view(store, store.get_person(first.person_id), None, NOW).merges[0].evidence
    store.close()
    shown = CliRunner().invoke(main, ["show", first.person_id, "--data-dir", str(data_dir)], terminal_width=400)
    assert shown.exit_code == 0, shown.output
    flat = " ".join(shown.output.replace("│", " ").split())
    assert f"Joined linkedin + x automatically ({'; '.join(evidence)}) on {NOW.date().isoformat()}" in flat
    assert f"undo: companion unmerge {first.person_id} x" in flat
    as_json = CliRunner().invoke(main, ["show", first.person_id, "--json", "--data-dir", str(data_dir)])
    assert [m["how"] for m in json.loads(as_json.stdout)["merges"]] == ["automatic"]


def test_companion_show_says_a_join_you_made_was_yours(store, data_dir):
    a = captured(store, linkedin(location="Brooklyn, New York, United States"))
    b = captured(store, x(location="NYC"))
    merge_people(store, a["id"], b["id"], now=NOW)
    store.close()
    shown = CliRunner().invoke(main, ["show", "Dana Okafor", "--data-dir", str(data_dir)], terminal_width=400)
    assert shown.exit_code == 0, shown.output
    flat = " ".join(shown.output.replace("│", " ").split())
    assert f"You joined linkedin + x yourself on {NOW.date().isoformat()}; undo: companion unmerge" in flat
