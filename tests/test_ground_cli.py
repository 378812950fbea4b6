"""`me set/show`, `match`, `starters` and `intros` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from shared_pages import REAL

from companion.cli import main
from companion.models import Profile

ME = {"name": "Sam Rivera", "location": "Brooklyn, NY", "education": [{"school": "MIT", "start": "2010", "end": "2014"}],
      "languages": ["Esperanto", "English"], "interests": ["Beekeeping", "Bouldering"], "skills": ["Go"]}
ANA = {"site": "linkedin", "url": "https://www.linkedin.com/in/ana-lopez/", "name": "Ana López",
       "location": "New York City Metropolitan Area",
       "education": [{"school": "Massachusetts Institute of Technology", "start": "2012", "end": "2016"}],
       "languages": ["Esperanto"], "about": "Weekends you'll find me rock climbing. I keep bees too.",
       "skills": ["Golang"], "posts": [{"text": "What I learned leading distributed teams for five years.", "date": "2026-11-01"}]}
BEN = {"site": "linkedin", "url": "https://www.linkedin.com/in/ben-okafor/", "name": "Ben Okafor",
       "languages": ["Esperanto"], "interests": ["Beekeeping"], "location": "Brooklyn, NY", "skills": ["Golang"]}


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for name, data in (("me", ME), ("ana", ANA), ("ben", BEN)):
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        out[name] = path
    return out


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_match_prints_the_tier_headline_and_a_table(data_dir, files):
    result = run("match", str(files["me"]), str(files["ana"]))
    assert result.exit_code == 0, result.output
    assert "Plenty to talk about." in result.output or "A lot to talk about." in result.output
    assert "Esperanto" in result.output and "beekeeping" in result.output


def test_match_json_is_a_common_ground(data_dir, files):
    result = run("match", str(files["me"]), str(files["ana"]), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    labels = [c["label"] for c in data["commonalities"]]
    assert labels[0] == "Massachusetts Institute of Technology"
    assert {"Esperanto", "beekeeping", "climbing", "Go", "New York City area"} <= set(labels)
    assert data["tier"] in ("coincidence", "twins")


def test_match_reports_a_bad_file_in_one_sentence(data_dir, files, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(main, ["match", str(files["me"]), str(broken)])
    assert result.exit_code == 1
    assert "is not valid JSON" in result.output
    missing = CliRunner().invoke(main, ["match", str(files["me"]), str(tmp_path / "nope.json")])
    assert missing.exit_code == 1 and "There is no file" in missing.output


def test_match_weighs_rarity_by_the_stored_contacts(data_dir, tmp_path):
    both = {"skills": ["Rust", "Zig"]}
    for name in ("a", "b"):
        (tmp_path / f"{name}.json").write_text(json.dumps({"name": name, **both}), encoding="utf-8")

    def labels():
        result = run("match", str(tmp_path / "a.json"), str(tmp_path / "b.json"), "--json")
        assert result.exit_code == 0, result.output
        return [c["label"] for c in json.loads(result.output)["commonalities"]]

    assert labels() == ["Rust", "Zig"]  # by the built-in prior, Rust is the rarer
    assert not data_dir.exists()  # matching two files creates nothing
    _store_people(*({"site": "linkedin", "url": f"https://www.linkedin.com/in/r{i}/", "name": f"R {i}", "skills": ["Rust"]}
                    for i in range(40)))
    assert labels() == ["Zig", "Rust"]  # but among these contacts Rust is everywhere


def test_me_show_before_set_says_what_to_do(data_dir):
    data_dir.mkdir()
    result = CliRunner().invoke(main, ["me", "show"])
    assert result.exit_code == 1
    assert "companion me set" in result.output


def test_me_set_then_show(data_dir, files):
    assert run("me", "set", str(files["me"])).exit_code == 0
    shown = run("me", "show", "--json")
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.output)["name"] == "Sam Rivera"
    assert "Sam Rivera" in run("me", "show").output


def test_me_set_reads_a_saved_linkedin_page(data_dir):
    page = REAL / "linkedin" / "loggedin_2024-07_eduardo.html"
    if not page.is_file():
        pytest.skip("the real LinkedIn page is not available")
    pytest.importorskip("companion.parsers")
    # The address it was saved from: the page's own identity is checked against it (as a capture checks it).
    result = run("me", "set", str(page), "--url", "https://www.linkedin.com/in/eduardo-alvarez-nowak/", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["name"] == "Eduardo Alvarez Nowak"


def _store_people(*profiles: dict) -> None:
    from companion.cli.options import open_store
    from companion.memory.people import upsert_profile

    with open_store(None) as store:
        for data in profiles:
            upsert_profile(store, Profile.model_validate(data))


def test_starters_for_a_stored_person(data_dir, files):
    run("me", "set", str(files["me"]))
    _store_people(ANA, BEN)
    result = run("starters", "Ana", "--json")
    assert result.exit_code == 0, result.output
    starters = json.loads(result.output)
    assert 2 <= len(starters) <= 5  # (no 'we're both at X now' since round 6 of the starters)
    assert all(s["text"].startswith("Hi Ana,") for s in starters)
    readable = run("starters", "Ana")
    assert "Ana López" in readable.output and "in common" in readable.output


def test_starters_for_an_unknown_person_is_one_sentence(data_dir):
    result = CliRunner().invoke(main, ["starters", "Nobody"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and result.output.count("\n") == 1


CY = {"site": "linkedin", "url": "https://www.linkedin.com/in/cy/", "name": "Cy", "skills": ["Cobol"]}


def test_intros_suggests_the_pair_who_share_most(data_dir, files):
    _store_people(ANA, BEN, CY)
    for person in ("Ana", "Ben", "Cy"):
        assert run("log", person, "in-person").exit_code == 0
    result = run("intros", "--json")
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    assert len(found) == 1
    assert {found[0]["a_name"], found[0]["b_name"]} == {"Ana López", "Ben Okafor"}
    assert "Draft to" in run("intros").output


def test_intros_leave_out_people_you_have_never_talked_with(data_dir, files):
    _store_people(ANA, BEN, CY)
    assert run("log", "Ana", "in-person").exit_code == 0
    assert run("log", "Ben", "like").exit_code == 0  # a like is no conversation: Ben is still a new face
    assert json.loads(run("intros", "--json").output) == []
    assert "people you have talked" in run("intros").output


def test_intros_skip_a_pair_your_notes_say_know_each_other(data_dir, files):
    _store_people(ANA, BEN)
    for person in ("Ana", "Ben"):
        assert run("log", person, "in-person").exit_code == 0
    assert run("note", "Ben", "Keeps bees with Ana López on Sundays").exit_code == 0
    assert json.loads(run("intros", "--json").output) == []


def test_intros_with_nobody_stored_says_so(data_dir):
    data_dir.mkdir()
    result = run("intros")
    assert result.exit_code == 0 and "No introductions" in result.output


@pytest.mark.parametrize("command", [["me"], ["me", "set"], ["me", "show"], ["match"], ["starters"], ["intros"]])
def test_every_ground_command_teaches_with_help(command):
    result = run(*command, "--help")
    assert result.exit_code == 0 and len(result.output) > 150
