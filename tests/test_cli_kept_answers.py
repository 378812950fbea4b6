"""What a read command without a companion keeps in the store for the next one (issue 20): the send guard's
verdicts on starters and the common ground of the people a page shows. Kept answers must be the answers:
the same output as computing afresh, and recomputed when what they rest on changes."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from companion.cli import main
from companion.memory.me import set_me
from companion.models import Profile
from companion.storage.store import INDEX, KEPT

READS = [["show", "quillfeather"], ["show", "quillfeather", "--json"], ["starters", "bob roe", "--json"],
         ["starters", "quillfeather"], ["people", "--json"], ["people", "--limit", "3"]]


def run(args: list[str], data_dir: Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [*args, "--data-dir", str(data_dir)])
    return result.exit_code, result.stdout, result.stderr


def kept_files(data_dir: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in (data_dir / "store" / INDEX).glob(f"{KEPT}*")}


def set_my_profile(store, company: str) -> None:
    set_me(store, Profile(site="linkedin", url="https://www.linkedin.com/in/me", name="Me Myself",
                          # A past job there: 'we're both at Stripe now' is no starter since round 6 of the starters.
                          experience=[{"company": company, "title": "Engineer", "start": "2015-01", "end": "2019-12"}],
                          location="Lisbon, Portugal",
                          skills=["Python", "Payments"]))


def test_kept_answers_are_the_answers_and_spare_the_guard(world, store, data_dir, monkeypatch):
    set_my_profile(store, "Stripe")
    first = [run(args, data_dir) for args in READS]
    assert all(code == 0 for code, _, _ in first)
    kept = kept_files(data_dir)
    assert set(kept) == {f"{KEPT}guard-verdicts", f"{KEPT}people-grounds"}
    for content in kept.values():  # digests and numbers: nothing anyone wrote
        assert b"Quillfeather" not in content and b"quillfeather" not in content

    # Read again: the starters are the same without the guard being imported (their verdicts were kept).
    def no_guard():
        raise AssertionError("the guard was asked again about a starter it had judged")

    with monkeypatch.context() as patched:
        patched.setattr("companion.ground.starters._pitch_guard", no_guard)
        assert [run(args, data_dir) for args in READS] == first
    assert kept_files(data_dir) == kept  # nothing new learnt, nothing rewritten


def test_kept_answers_are_dropped_when_what_they_rest_on_changes(world, store, data_dir):
    set_my_profile(store, "Stripe")
    before = run(["people", "--json"], data_dir)
    set_my_profile(store, "Acme Robotics")  # another own profile: other common ground with everyone
    after_change = run(["people", "--json"], data_dir)
    assert after_change != before  # the tiers shown moved with it
    for path in (data_dir / "store" / INDEX).glob(f"{KEPT}*"):
        path.unlink()
    assert run(["people", "--json"], data_dir) == after_change  # the same as computed with nothing kept


def test_an_unreadable_kept_file_is_recomputed(world, store, data_dir):
    set_my_profile(store, "Stripe")
    fresh = [run(args, data_dir) for args in READS]
    for path in (data_dir / "store" / INDEX).glob(f"{KEPT}*"):
        path.write_bytes(b"not marshal at all")
    assert [run(args, data_dir) for args in READS] == fresh
