"""The starters' review bench (bench/bench_starters.py): how it reads the set and scores judgments."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from bench_starters import (  # noqa: E402
    NOW,
    Case,
    Made,
    failing,
    load_judgments,
    made_on,
    profile_from_review,
    saved_on,
    score,
    verdict,
    write_sheet,
)

from companion.models import Profile  # noqa: E402


def made(case_id: str, text: str) -> Made:
    return Made(Case(case_id, "blind", Profile(name="Me"), Profile(name="Ana Lima", location="Recife")), text, "why")


def judgment(case_id: str, text: str, *, sendable: bool, unsupported: bool = False, reviewer: str = "r1") -> dict:
    return {"id": case_id, "starter": text, "reviewer": reviewer, "sendable": sendable,
            "unsupported": unsupported, "why": ""}


def as_index(*judgments: dict) -> dict:
    out: dict = {}
    for j in judgments:
        out.setdefault((j["id"], j["starter"]), []).append(j)
    return out


def test_reposts_are_dropped_as_the_parsers_drop_them():
    them = profile_from_review({
        "name": "Ana Lima", "headline": "Designer", "location": "Recife, Brazil", "about": "",
        "experience": [{"company": "Nubank", "title": "Designer", "start": "2021-02", "end": None}],
        "education": [{"school": "UFPE", "degree": "BA", "field": "Design", "start": "2014", "end": "2018"}],
        "skills": ["Figma"], "languages": ["Portuguese"], "interests": ["surf"],
        "posts": [{"text": "My own words about type.", "date": "2026-11-01", "reposted": False, "original_author": None},
                  {"text": "Someone else's words.", "date": "2026-11-02", "reposted": True, "original_author": "Bo"}],
    })
    assert [p.text for p in them.posts] == ["My own words about type."]
    assert them.experience[0].company == "Nubank" and them.education[0].field == "Design"


def test_a_starter_changed_by_code_is_unjudged_never_good():
    judged = as_index(judgment("s1", "Hi Ana, old wording?", sendable=True))
    result = score([made("s1", "Hi Ana, new wording?")], judged)
    assert result["judged"] == 0 and len(result["unjudged"]) == 1 and result["sendable"] == 0
    assert result["stale"] == 1


def test_a_judgment_counts_only_for_its_own_profile():
    judged = as_index(judgment("s2", "Hi Ana, same words?", sendable=True))
    assert score([made("s1", "Hi Ana, same words?")], judged)["judged"] == 0


def test_sendable_by_majority_and_unsupported_by_any_reviewer():
    assert verdict([{"sendable": True}, {"sendable": True}, {"sendable": False}]) == (True, False)
    assert verdict([{"sendable": True}, {"sendable": False}]) == (False, False)  # a tie is not sendable
    assert verdict([{"sendable": True, "unsupported": False}, {"sendable": True, "unsupported": True}])[1]


def test_score_counts_sendable_and_unsupported_among_judged():
    judged = as_index(judgment("s1", "a", sendable=True), judgment("s1", "b", sendable=False, unsupported=True))
    result = score([made("s1", "a"), made("s1", "b"), made("s1", "c")], judged)
    assert (result["judged"], result["sendable"], result["unsupported"], len(result["unjudged"])) == (2, 1, 1, 1)


def test_judgments_file_is_read_line_by_line(tmp_path):
    path = tmp_path / "judgments.jsonl"
    lines = [judgment("s1", "a", sendable=True), judgment("s1", "a", sendable=False, reviewer="r2")]
    path.write_text("\n".join(json.dumps(j) for j in lines) + "\n\n", encoding="utf-8")
    assert len(load_judgments(path)[("s1", "a")]) == 2
    assert load_judgments(tmp_path / "absent.jsonl") == {}


def test_the_sheet_holds_each_unjudged_starter_with_its_profile(tmp_path):
    sheet = tmp_path / "sheet.jsonl"
    write_sheet(sheet, [made("s1", "Hi Ana, how is Recife?")])
    (row,) = [json.loads(line) for line in sheet.read_text(encoding="utf-8").splitlines()]
    assert row["id"] == "s1" and row["starter"] == "Hi Ana, how is Recife?" and row["evidence"] == "why"
    assert row["them_profile_summary"] == {"name": "Ana Lima", "location": "Recife"}


PAIR = {"id": "t1", "traps": [],
        "me": {"name": "Sam Rivera", "location": "Brooklyn, New York", "interests": ["beekeeping"]},
        "them": {"name": "Ana Lima", "location": "Recife, Brazil", "interests": ["Beekeeping"],
                 "experience": [{"company": "Nubank", "title": "Designer", "start": "2021-02", "end": None}]}}


def write_set(directory: Path, judged: int = 1) -> list[Made]:
    """A review set of one made-up pair, its first `judged` starters judged sendable; returns the starters."""
    import bench_starters

    directory.mkdir(parents=True, exist_ok=True)
    (directory / "profiles.jsonl").write_text(json.dumps(PAIR) + "\n", encoding="utf-8")
    (directory / "README.md").write_text("a review set for a test\n", encoding="utf-8")
    made_now = bench_starters.make_starters(bench_starters.blind_cases(directory / "profiles.jsonl"))
    (directory / "judgments.jsonl").write_text(
        "".join(json.dumps(judgment("t1", m.text, sendable=True)) + "\n" for m in made_now[:judged]), encoding="utf-8")
    return made_now


def test_run_scores_a_set_end_to_end_and_skips_absent_real_pages(tmp_path, monkeypatch):
    import bench_starters

    monkeypatch.setattr(bench_starters, "REAL", tmp_path / "absent")
    made_now = write_set(tmp_path / "set")
    assert made_now and all(m.text.startswith("Hi Ana,") for m in made_now)
    sheet = tmp_path / "sheet.jsonl"
    figures = {f.what: f for f in bench_starters.run(sheet, review_dir=tmp_path / "set")}
    assert figures["profiles"].measured.startswith("1 (1 blind, 0 real pages)")
    assert figures["starters judged"].measured == "1"
    assert figures["judged sendable"].measured == "1.00 (1/1)" and figures["judged sendable"].met
    assert len(sheet.read_text(encoding="utf-8").splitlines()) == len(made_now) - 1


def test_every_set_there_is_is_scored_under_its_own_name(tmp_path, monkeypatch):
    import bench_starters

    first, second = tmp_path / "starters_review", tmp_path / "starters_review_2"
    write_set(first, judged=1)
    made_now = write_set(second, judged=0)
    monkeypatch.setattr(bench_starters, "REVIEW", first)
    monkeypatch.setattr(bench_starters, "REVIEW_SETS", [first, second])
    sheet = tmp_path / "sheet.jsonl"
    figures = {f.what: f for f in bench_starters.run(sheet)}
    assert figures["starters_review: starters judged"].measured == "1"
    assert figures["starters_review_2: starters judged"].measured == "0"
    assert figures["starters_review_2: judged sendable"].measured == "n/a"
    assert len(sheet.read_text(encoding="utf-8").splitlines()) == len(made_now) - 1  # the sheet is the first set's
    # Only the first set there: its figures keep their plain names.
    monkeypatch.setattr(bench_starters, "REVIEW_SETS", [first, tmp_path / "not_written_yet"])
    assert "starters judged" in {f.what for f in bench_starters.run()}


def test_the_command_line_scores_and_writes_the_sheet_of_the_set_it_is_given(tmp_path, monkeypatch, capsys):
    import bench_starters

    monkeypatch.setattr(bench_starters, "REAL", tmp_path / "absent")
    made_now = write_set(tmp_path / "blind_two", judged=0)
    sheet = tmp_path / "sheet.jsonl"
    assert bench_starters.main(["--review-dir", str(tmp_path / "blind_two"), "--sheet", str(sheet)]) == 0
    rows = [json.loads(line) for line in sheet.read_text(encoding="utf-8").splitlines()]
    assert [r["starter"] for r in rows] == [m.text for m in made_now]
    assert "blind_two" in capsys.readouterr().out


def test_a_set_names_its_own_real_pages_or_has_none(tmp_path):
    from bench_starters import REAL_PAGES, REVIEW, real_pages_of

    assert real_pages_of(tmp_path) == []  # no "me" for real pages: none
    (tmp_path / "me_for_real_pages.json").write_text(json.dumps({"name": "Me"}), encoding="utf-8")
    assert real_pages_of(tmp_path) == []  # a "me" but no list, and not the first set
    (tmp_path / "real_pages.json").write_text(json.dumps([["x/a_2025-01_a.html", "https://x.com/a"]]), encoding="utf-8")
    assert real_pages_of(tmp_path) == [("x/a_2025-01_a.html", "https://x.com/a")]
    if (REVIEW / "me_for_real_pages.json").is_file():
        assert real_pages_of(REVIEW) == REAL_PAGES


def test_a_real_page_is_scored_on_the_day_it_was_saved():
    assert saved_on("linkedin/guest_2015-10_iteles.html").date().isoformat() == "2015-10-31"
    assert saved_on("twitter/react-guest_2024-02_k4rliky.html").date().isoformat() == "2024-02-29"
    assert saved_on("github/no-date.html") == NOW
    assert made_on("real:linkedin/guest_2015-12_nelsonic.html") == "2015-12-31"
    assert made_on("s004") == NOW.date().isoformat()


def test_a_judgment_counts_only_for_the_day_its_starter_was_made(tmp_path):
    # A 2015 page's starter judged as if written in 2026 is no judgment of it written in 2015.
    page = "real:linkedin/guest_2015-12_nelsonic.html"
    lines = [judgment(page, "then", sendable=False), {**judgment(page, "saved", sendable=True), "made_on": "2015-12-31"},
             judgment("s1", "blind", sendable=True)]
    path = tmp_path / "judgments.jsonl"
    path.write_text("\n".join(json.dumps(j) for j in lines), encoding="utf-8")
    assert set(load_judgments(path)) == {(page, "saved"), ("s1", "blind")}


def test_the_sheet_says_on_which_day_a_starter_was_made(tmp_path):
    sheet = tmp_path / "sheet.jsonl"
    case = Case("real:linkedin/guest_2015-12_nelsonic.html", "linkedin/guest_2015-12_nelsonic.html",
                Profile(name="Me"), Profile(name="Nelson"), saved_on("linkedin/guest_2015-12_nelsonic.html"))
    write_sheet(sheet, [Made(case, "Hi Nelson", "why")])
    assert json.loads(sheet.read_text(encoding="utf-8"))["made_on"] == "2015-12-31"


def test_failing_lists_current_starters_not_sendable_or_unsupported_with_their_judgments():
    judged = as_index(judgment("s1", "good", sendable=True), judgment("s1", "bad", sendable=False),
                      judgment("s1", "untrue", sendable=True, unsupported=True), judgment("s1", "gone", sendable=False))
    found = failing([made("s1", "good"), made("s1", "bad"), made("s1", "untrue"), made("s1", "new")], judged)
    assert [(m.text, len(j)) for m, j in found] == [("bad", 1), ("untrue", 1)]


def test_acceptance_is_counted_per_template_whatever_the_greeting_or_language(tmp_path, capsys):
    import bench_starters

    from companion.ground.starter_templates import template_of

    prompted = "Hi Ana, your recent post (“We moved”) stayed with me. What prompted it?"
    school = "Hola, he visto que tú también estudiaste en la Universidad de Chile. ¿Qué es lo que más echas de menos de aquella época?"
    assert template_of(prompted) == "post"
    assert template_of("Hi Ana, your post (“We moved”) stayed with me. What prompted it?") == "post-undated"
    assert template_of(school) == "school"
    assert template_of("Hi Ana, what takes up most of your time?") is None  # an older wording
    review = tmp_path / "starters_review_9"
    review.mkdir()
    rows = [judgment("a1", prompted, sendable=False, reviewer="r1"), judgment("a1", prompted, sendable=False, reviewer="r2"),
            judgment("a2", school, sendable=True, reviewer="r1"), judgment("a2", school, sendable=True, reviewer="r2"),
            judgment("a3", "Hi Ana, what takes up most of your time?", sendable=True, unsupported=True)]
    (review / "judgments.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    figures = {f.what: f for f in bench_starters.by_template([review])}
    assert figures["post"].measured == "0.00 (0/1)" and figures["post"].met is False and "retired" in figures["post"].note
    assert figures["school"].measured == "1.00 (1/1)" and figures["school"].met
    assert figures["older wording"].note == "1 unsupported" and figures["older wording"].met is None
    assert figures["every template"].measured == "0.67 (2/3)"
    assert bench_starters.main(["--by-template", "--review-dir", str(review)]) == 0
    assert "per template" in capsys.readouterr().out
