"""`confirm` is the terminal's general question before a change that cannot be taken back (tidy item 2): it lives
in companion/cli/terminal.py beside `on_a_terminal`, and restore and forget both ask through it."""

from __future__ import annotations

import io

import click
import pytest

from companion.cli import memory_commands, store_commands, terminal
from companion.errors import InvalidInput


def test_restore_and_forget_ask_through_the_terminal_confirm():
    assert store_commands.confirm is terminal.confirm
    assert memory_commands.confirm is terminal.confirm


def test_confirm_with_nothing_piped_in_says_to_add_yes(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    with pytest.raises(InvalidInput, match="add --yes to forget"):
        terminal.confirm("Forget everyone?", "forget")


def test_confirm_reads_a_piped_answer_and_prints_it_inert(monkeypatch: pytest.MonkeyPatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    with pytest.raises(click.Abort):
        terminal.confirm("Forget Eve \u001b[2J?", "forget")
    assert "Forget Eve [2J? [y/N]: n" in capsys.readouterr().err  # the escape is gone, the question kept
    monkeypatch.setattr("sys.stdin", io.StringIO("yes\n"))
    terminal.confirm("Forget Eve?", "forget")  # a yes goes on
