"""The reviewer's findings on the memory/CLI round (6B): doctor with a damaged own profile, openers that quote a
third party, counted-once wording, saved-file advice, ids never cut, --url refused, one site-names table."""

from __future__ import annotations

import json

from click.testing import CliRunner

from companion.cli import main
from companion.storage.store import Store


def run(*args, stdin=None):
    return CliRunner().invoke(main, list(args), input=stdin)


# ------------------------------------------------------------------ 1: doctor and a damaged own profile


def test_doctor_says_a_damaged_own_profile_instead_of_going_down(data_dir):
    with Store(data_dir) as store:
        store.set_setting("me_profiles", {"linkedin": {"site": "linkedin", "url": 12}})
    result = run("doctor", "--data-dir", str(data_dir), "--port", "1", "--json")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    checks = {c["name"]: c for c in json.loads(result.stdout)["checks"]}
    assert checks["store"]["ok"] and "loads; 0 people" in checks["store"]["detail"]
    assert not checks["me"]["ok"] and "own profile from linkedin is damaged" in checks["me"]["detail"]
    assert "companion me set" in checks["me"]["fix"]


def test_doctor_says_nothing_of_a_sound_own_profile(data_dir):
    from companion.memory.me import set_me
    from companion.models import Profile

    with Store(data_dir) as store:
        set_me(store, Profile(site="linkedin", url="https://www.linkedin.com/in/me-myself", name="Me Myself"))
    checks = json.loads(run("doctor", "--data-dir", str(data_dir), "--port", "1", "--json").stdout)["checks"]
    assert "me" not in {c["name"] for c in checks}


# ------------------------------------------------------------------ 3: counted once is not "too common"

def _ground():
    from companion.ground.common_ground import find_common_ground
    from companion.models import Profile

    def profile(title: str) -> Profile:
        return Profile(site="linkedin", url="https://www.linkedin.com/in/x", name="X",
                       experience=[{"company": "Queen's University", "title": title}],
                       education=[{"school": "Queen's University"}],
                       languages=["English"], location="London, United Kingdom")
    return find_common_ground(profile("Research Assistant"), profile("Lecturer"))


def _drawn(renderable_or_print, width: int) -> str:
    import io

    from rich.console import Console

    out = io.StringIO()
    renderable_or_print(Console(file=out, width=width, color_system=None))
    return out.getvalue()


def test_match_says_an_institution_counted_once_as_such_not_as_too_common():
    from companion.cli.ground_commands import _ground_list

    ground = _ground()
    assert [c.kind for c in ground.commonalities if not c.counted] == ["school", "language"]  # what it tests
    drawn = " ".join(_drawn(lambda out: out.print(_ground_list(ground)), 100).split())
    assert "too common" not in drawn and "with the one above" not in drawn, drawn
    assert "Queen's University: also shared as a school, counted once" in drawn, drawn
    assert "Also shared, not in the count:" in drawn


def test_the_card_says_counted_once_and_keeps_wrapped_lines_indented():
    from companion.cli.memory_commands import _print_commonalities

    ground = _ground()
    drawn = _drawn(lambda out: _print_commonalities(out, ground.commonalities), 60)
    assert "counted once" in " ".join(drawn.split()) and "with the one above" not in drawn, drawn
    also = drawn[drawn.index("  also shared, not in the count:"):].splitlines()
    assert len(also) > 1 and all(line.startswith("  ") for line in also), drawn  # wrapped, never at column 0


def test_the_card_piped_is_one_line(data_dir):
    import io

    from companion.cli.memory_commands import _print_commonalities
    from companion.cli.terminal import console

    out = io.StringIO()
    _print_commonalities(console(file=out, width=60), _ground().commonalities)  # file: not a terminal
    assert len([line for line in out.getvalue().splitlines() if "not in the count" in line]) == 1


# ------------------------------------------------------------------ 4: a saved file is saved again, not captured

def test_a_saved_x_app_shell_is_saved_again_not_captured_again(tmp_path):
    page = tmp_path / "jack.html"
    page.write_text('<html><body><div id="react-root"><div data-testid="primaryColumn"></div></div></body></html>')
    result = run("parse", str(page), "--url", "https://x.com/jack")
    assert result.exit_code != 0 and "had not rendered the profile yet" in result.output, result.output
    said = " ".join(result.output.split())
    assert "capture again" not in said and "save it again (or capture it with the extension)" in said, said


# ------------------------------------------------------------------ 5: an id is never cut

def test_people_at_60_to_70_columns_keeps_every_id_whole():
    from companion.cli.memory_commands import _people_table
    from companion.cli.read_answers import Answer

    names = ["Sri Lalitha Jeevanige", "Kekayan Nanthakumar", "Dulitha Wijewantha"]
    rows = [Answer(name=name, sites=["linkedin", "x"], tier="none", strength=0.37, stage="acquaintance",
                   last_contact="2026-01-02", person_id=f"p-6b22e2c{i}a1b2") for i, name in enumerate(names)]
    for width in range(60, 76):
        drawn = _drawn(lambda out, w=width: out.print(_people_table(rows, 3, narrow=True, width=w)), width)
        assert max(len(line) for line in drawn.splitlines()) <= width, drawn
        assert all(row.person_id in drawn for row in rows), (width, drawn)
        assert all(word in drawn for word in ("Nanthakumar", "Wijewantha", "acquaintance", "ago")), (width, drawn)


# ------------------------------------------------------------------ 6: --url is a web address or refused

PAGE = ('<html><head><title>Jane Doe | LinkedIn</title></head><body><h1>Jane Doe</h1>'
        '<div class="text-body-medium">Engineer at Acme</div></body></html>')


def test_import_refuses_an_address_that_is_no_web_address(data_dir, tmp_path):
    page = tmp_path / "jane.html"
    page.write_text(PAGE)
    for url in ("", "javascript:alert(1)", "linkedin.com/in/jane-doe", "file:///etc/passwd", "https://"):
        result = run("import", str(page), "--url", url, "--data-dir", str(data_dir))
        assert result.exit_code == 1, (url, result.output)
        said = " ".join(result.output.split())
        assert "is not a web address" in said and "give the http(s) address the page was saved from" in said, said
    with Store(data_dir) as store:
        assert store.count_people() == 0


def test_me_set_refuses_an_address_that_is_no_web_address(data_dir, tmp_path):
    page = tmp_path / "me.html"
    page.write_text(PAGE)
    result = run("me", "set", str(page), "--url", "javascript:alert(1)", "--yes", "--data-dir", str(data_dir))
    assert result.exit_code == 1 and "is not a web address" in result.output, result.output


# ------------------------------------------------------------------ 7: one table of site names

def test_the_site_names_are_written_once_beside_the_sites():
    import re
    from pathlib import Path

    import companion
    from companion.models import SITE_NAMES, SITES

    assert tuple(SITE_NAMES) == SITES
    root = Path(companion.__file__).parent
    tables = [str(path.relative_to(root)) for path in root.rglob("*.py")
              if re.search(r"""["']github["']\s*:\s*["']GitHub["']""", path.read_text(encoding="utf-8"))]
    assert tables == ["models.py"], tables


def test_a_page_of_another_site_names_both_sites_as_people_write_them(tmp_path):
    page = tmp_path / "bsky.html"
    page.write_text('<html><body><div class="account__header"><h1>Jane</h1></div></body></html>')
    result = run("parse", str(page), "--url", "https://x.com/jane")
    assert "This is a Mastodon page, but https://x.com/jane is an X address" in " ".join(result.output.split()), (
        result.output)


# ------------------------------------------------------------------ a first run (the lead's open_store) kept

def test_me_show_on_a_first_run_advises_me_set_and_creates_nothing(tmp_path, monkeypatch):
    monkeypatch.delenv("COMPANION_DATA_DIR", raising=False)
    monkeypatch.setattr("platformdirs.user_data_dir", lambda *a, **k: str(tmp_path / "default"))
    result = run("me", "show")
    assert "companion me set" in result.output and "does not exist" not in result.output, result.output
    assert not (tmp_path / "default").exists()
