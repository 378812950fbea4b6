"""`companion parse FILE --url URL [--json]`."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from companion.cli import main
from companion.models import Profile

FIXTURES = Path(__file__).parent / "fixtures"
GITHUB_PAGE = FIXTURES / "github_user_2024.html"


def run(*args: str, stdin: bytes | None = None):
    return CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)


def test_parse_json_prints_a_valid_profile(data_dir):
    result = run("parse", str(GITHUB_PAGE), "--url", "https://github.com/miraokafor", "--json")
    assert result.exit_code == 0, result.output
    profile = Profile.model_validate(json.loads(result.stdout))
    assert (profile.site, profile.name, profile.followers) == ("github", "Mira Okafor", 1200)


def test_parse_without_json_prints_a_readable_card(data_dir):
    result = run("parse", str(FIXTURES / "x_react_2025.html"), "--url", "https://x.com/anasousa_dev")
    assert result.exit_code == 0, result.output
    for shown in ("Ana Sousa", "anasousa_dev", "Lisboa, Portugal", "12,873", "2012-03-09",
                  "https://anasousa.example.pt", "Quem vem ao meetup de quinta?"):
        assert shown in result.stdout
    assert not result.stdout.lstrip().startswith("{")


def test_the_card_shows_the_member_id_address_linkedin_messaging_uses(data_dir):
    result = run("parse", str(FIXTURES / "linkedin_loggedin.html"), "--url", "https://www.linkedin.com/in/grace-sample/")
    assert result.exit_code == 0, result.output
    assert "Also at" in result.stdout and "ACoAAGraceSample0123456789abcd" in result.stdout


def test_parse_reads_the_page_from_stdin(data_dir):
    result = run("parse", "-", "--url", "https://github.com/miraokafor", "--json", stdin=GITHUB_PAGE.read_bytes())
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["handle"] == "miraokafor"


def test_a_page_that_is_not_a_profile_is_one_sentence_on_stderr_and_exit_1(data_dir):
    result = run("parse", str(FIXTURES / "x_og_only_bot_page.html"), "--url", "https://x.com/anasousa_dev", "--json")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("Error: This X page holds only its link-preview meta tags")
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_a_missing_file_is_a_sentence_and_exit_1(data_dir, tmp_path):
    result = run("parse", str(tmp_path / "nope.html"), "--url", "https://x.com/jack")
    assert result.exit_code == 1
    assert "There is no file" in result.stderr and "nope.html" in result.stderr


def test_a_folder_or_binary_file_is_refused_with_a_sentence(data_dir, tmp_path):
    assert "is a folder" in run("parse", str(tmp_path), "--url", "https://x.com/jack").stderr
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" * 10)
    result = run("parse", str(binary), "--url", "https://x.com/jack")
    assert result.exit_code == 1 and "binary file" in result.stderr


def test_an_empty_file_is_not_a_profile(data_dir, tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_text("")
    result = run("parse", str(empty), "--url", "https://x.com/jack")
    assert result.exit_code == 1 and "empty" in result.stderr


def test_url_is_required_and_its_absence_is_a_usage_error(data_dir):
    result = run("parse", str(GITHUB_PAGE))
    assert result.exit_code == 2
    assert "--url" in result.stderr


def test_parse_help_teaches_with_an_example():
    result = run("parse", "--help")
    assert result.exit_code == 0
    assert "companion parse" in result.stdout and "--url" in result.stdout and "--json" in result.stdout


def test_page_text_that_looks_like_rich_markup_is_printed_as_is(data_dir, tmp_path):
    page = tmp_path / "me.html"
    page.write_text("<html><head><meta property='og:type' content='profile'>"
                    "<meta property='og:title' content='[bold red]Eve[/]'></head></html>")
    result = run("parse", str(page), "--url", "https://eve.example/[link=x]")
    assert result.exit_code == 0, result.output
    assert "[bold red]Eve[/]" in result.stdout
