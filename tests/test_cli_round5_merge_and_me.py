"""Round 5 of the newcomer's findings on the CLI: `merge` of two plainly different people asks first (F12);
an X archive of another account than yours asks before it becomes your own, and `me show` names each (F11)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from memory_helpers import NOW, capture

from companion.cli import identity_commands, main
from companion.memory.people import upsert_profile
from companion.models import Profile
from companion.storage.store import Store


def run(data_dir: Path, *args: str, stdin: str | None = None):
    return CliRunner().invoke(main, [*args, "--data-dir", str(data_dir)], input=stdin)


def _names(data_dir: Path) -> list[str]:
    return sorted(p["name"] for p in json.loads(run(data_dir, "people", "--json").stdout)["people"])


@pytest.fixture
def two_strangers(data_dir: Path) -> Path:
    with Store(data_dir) as store:
        capture(store, "Abgar Gulo", "abgar", company="Acme")
        upsert_profile(store, Profile(site="bluesky", url="https://bsky.app/profile/stephenking.bsky.social",
                                      name="Stephen King", handle="stephenking.bsky.social"), NOW)
    return data_dir


def test_merging_two_plainly_different_people_is_refused_without_yes_off_a_terminal(two_strangers: Path) -> None:
    for extra in ((), ("--json",)):
        refused = run(two_strangers, "merge", "Abgar", "Stephen King", *extra)
        assert refused.exit_code == 1, refused.output
        assert "have different names and nothing links them" in refused.stderr and "--yes" in refused.stderr
        assert "Traceback" not in refused.output
        assert _names(two_strangers) == ["Abgar Gulo", "Stephen King"]
    merged = run(two_strangers, "merge", "Abgar", "Stephen King", "--yes")
    assert merged.exit_code == 0, merged.output
    assert _names(two_strangers) == ["Abgar Gulo"]


def test_merging_two_plainly_different_people_asks_on_a_terminal(two_strangers: Path, monkeypatch) -> None:
    monkeypatch.setattr(identity_commands, "on_a_terminal", lambda: True)
    declined = run(two_strangers, "merge", "Abgar", "Stephen King", stdin="n\n")
    assert declined.exit_code != 0
    assert "Abgar Gulo" in declined.output and "Stephen King" in declined.output
    assert "nothing links them" in declined.output and "Merge them into one person anyway?" in declined.output
    assert _names(two_strangers) == ["Abgar Gulo", "Stephen King"]
    accepted = run(two_strangers, "merge", "Abgar", "Stephen King", stdin="y\n")
    assert accepted.exit_code == 0, accepted.output
    assert _names(two_strangers) == ["Abgar Gulo"]


def test_one_person_of_one_name_on_two_sites_merges_without_a_question(data_dir: Path) -> None:
    with Store(data_dir) as store:
        capture(store, "Dana Okafor", "dana-okafor")
        upsert_profile(store, Profile(site="x", url="https://x.com/danaok", name="Dana O.", handle="danaok"), NOW)
    merged = run(data_dir, "merge", "dana-okafor", "https://x.com/danaok")
    assert merged.exit_code == 0, merged.output
    assert _names(data_dir) == ["Dana Okafor"]


def test_a_merge_that_cannot_be_is_refused_before_any_question(data_dir: Path, monkeypatch) -> None:
    monkeypatch.setattr(identity_commands, "on_a_terminal", lambda: True)
    with Store(data_dir) as store:
        capture(store, "Abgar Gulo", "abgar")
        capture(store, "Stephen King", "sking")
    refused = run(data_dir, "merge", "Abgar", "Stephen King", stdin="y\n")
    assert refused.exit_code == 1 and "one profile per site" in refused.stderr
    assert "anyway?" not in refused.output


def test_names_with_an_initial_are_compatible_whichever_comes_first() -> None:
    from companion.memory.identity import names_compatible

    assert names_compatible("Dana O.", "Dana Okafor") and names_compatible("Dana Okafor", "Dana O.")
    assert not names_compatible("Dana Okafor", "Dana P.") and not names_compatible("Abgar Gulo", "Stephen King")


# ------------------------------------------------------------------ F11: an X archive's account becomes yours on a yes


def _archive(tmp_path: Path) -> Path:
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "account.js").write_text('window.YTD.account.part0 = [{"account": {"username": "larsbrinkhoff", '
                                        '"accountId": "3128746474", "accountDisplayName": "Lars Brinkhoff"}}]')
    (archive / "following.js").write_text('window.YTD.following.part0 = [{"following": {"accountId": "11"}}]')
    return archive


def _own_sites(data_dir: Path) -> list[str]:
    from companion.memory.me import own_profiles

    with Store(data_dir) as store:
        return sorted(own_profiles(store))


def test_an_archive_account_is_not_made_yours_without_a_yes(data_dir: Path, tmp_path: Path) -> None:
    archive = _archive(tmp_path)
    for extra in ((), ("--json",)):
        result = run(data_dir, "import", str(archive), *extra)
        assert result.exit_code == 0, result.output
        assert _own_sites(data_dir) == []
    said = " ".join(run(data_dir, "import", str(archive)).output.split())
    assert "@larsbrinkhoff (Lars Brinkhoff), was not made your own X profile" in said and "--yes" in said
    assert run(data_dir, "import", str(archive), "--yes").exit_code == 0
    assert _own_sites(data_dir) == ["x"]


def test_an_archive_account_is_asked_about_on_a_terminal(data_dir: Path, tmp_path: Path, monkeypatch) -> None:
    from companion.cli import terminal

    monkeypatch.setattr(terminal, "on_a_terminal", lambda: True)
    archive = _archive(tmp_path)
    declined = run(data_dir, "import", str(archive), stdin="n\n")
    assert declined.exit_code == 0, declined.output
    assert "This X archive is the account @larsbrinkhoff (Lars Brinkhoff). Is it yours?" in declined.output
    assert _own_sites(data_dir) == []
    accepted = run(data_dir, "import", str(archive), stdin="y\n")
    assert accepted.exit_code == 0 and "is now your own X profile" in accepted.output
    assert _own_sites(data_dir) == ["x"]


def test_me_show_names_the_account_taken_as_yours_on_each_site(data_dir: Path) -> None:
    from companion.memory.me import set_me

    with Store(data_dir) as store:
        set_me(store, Profile(site="linkedin", url="https://www.linkedin.com/in/eduardo/", name="Eduardo Silva",
                              handle="eduardo"))
        set_me(store, Profile(site="x", url="https://x.com/larsbrinkhoff", name="Lars Brinkhoff",
                              handle="larsbrinkhoff"))
    shown = run(data_dir, "me", "show").output
    assert "x: @larsbrinkhoff Lars Brinkhoff (https://x.com/larsbrinkhoff)" in shown, shown
    assert "linkedin: Eduardo Silva (https://www.linkedin.com/in/eduardo/)" in shown, shown
