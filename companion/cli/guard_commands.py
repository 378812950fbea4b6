"""`companion check`: the send guard on the command line."""

from __future__ import annotations

import sys
from datetime import UTC, datetime

import click
from pydantic import ValidationError
from rich.text import Text

from companion.cli import main
from companion.cli.options import data_dir_option, json_option, open_store, print_json
from companion.cli.terminal import console as terminal_console
from companion.cli.terminal import styled
from companion.errors import InvalidInput, NotFound
from companion.memory.people import resolve_person
from companion.memory.recipient import Recipient, known_recipient
from companion.models import STAGES, Verdict

# The guard itself (pitch_guard) is imported inside the command: compiling its patterns takes about a
# second, which every other command would otherwise pay at start.

VERDICT_STYLE = {"ok": "bold green", "warn": "bold yellow", "block": "bold red"}
VERDICT_WORD = {"ok": "OK to send", "warn": "Think twice", "block": "Don't send this yet"}


@main.command("check")
@click.option("--stage", type=click.Choice(STAGES), default=None,
              help="Where the relationship is (default: from --to, else stranger).")
@click.option("--to", "to", metavar="PERSON", default=None,
              help="The recipient in your Rapport: id, profile URL or a unique part of their name.")
@click.option("--strictness", metavar="LEVEL", default=None,
              help="Override the saved strictness: relaxed, balanced, strict, or a number from 0 to 1.")
@data_dir_option
@json_option
def check(stage: str | None, to: str | None, strictness: str | None, data_dir, as_json: bool) -> None:
    """Check a draft before you send it: is it a pitch the relationship cannot carry yet?

    Reads the draft on stdin and prints the verdict: ok, warn or block, how pitch-like it is (0 to 1),
    how big the ask is, the words each reason rests on, and what to do instead. A pitch to a stranger or
    a new connection is blocked; to an acquaintance, a friend or a close tie it is only warned. Small
    personal asks (advice, a coffee to learn) are fine from acquaintance on; thanks, congratulations and
    questions about their work always pass. The draft is not stored or logged anywhere.

    \b
    Examples:
      echo "Congrats on the launch!" | companion check --stage new
      pbpaste | companion check --to "Ada Lovelace" --json
      companion check --stage acquaintance < draft.txt

    The exit status is 0 whatever the verdict (it is data), 1 on an error.
    """
    from companion.guard.pitch_guard import check_draft

    text = sys.stdin.read()
    if not text.strip():
        raise InvalidInput('There is no draft on stdin: pipe the message in, e.g. echo "Hi …" | companion check --stage new.')

    recipient = Recipient()
    with open_store(data_dir) as store:
        settings = _settings(store.get_setting("guard", {}), strictness)
        if to is not None:
            doc = _recipient(store, to)
            if doc is None:
                click.echo(f"Note: “{to}” is not in your Rapport, so they count as a stranger.", err=True)
            else:
                recipient = known_recipient(store, doc, datetime.now(UTC))
    verdict = check_draft(text, stage or recipient.stage, settings=settings, openers=recipient.openers,
                          their_words=recipient.their_words)
    if as_json:
        print_json(verdict)
    else:
        _print_verdict(text, verdict)


def _settings(stored, strictness: str | None):
    """The user's saved guard settings, with --strictness on top."""
    from companion.guard.pitch_guard import STRICTNESS_LEVELS, GuardSettings

    try:
        settings = GuardSettings.model_validate(stored or {})
    except ValidationError:
        click.echo("Note: the saved guard settings are not valid, so the defaults are used.", err=True)
        settings = GuardSettings()
    if strictness is None:
        return settings
    try:
        return settings.model_copy(update={"strictness": GuardSettings(strictness=strictness).strictness})
    except ValidationError:
        levels = ", ".join(STRICTNESS_LEVELS)
        raise click.BadParameter(f"use {levels} or a number from 0 to 1", param_hint="--strictness") from None


def _recipient(store, ref: str) -> dict | None:
    """The stored person `ref` names, or None when nobody matches (an unknown recipient is a stranger)."""
    try:
        return resolve_person(store, ref)
    except NotFound:
        return None


def _print_verdict(text: str, verdict: Verdict) -> None:
    from companion.guard.pitch_guard import STAGE_PHRASES

    console = terminal_console(soft_wrap=True)
    style = VERDICT_STYLE[verdict.verdict]
    console.print(Text.assemble((f"{VERDICT_WORD[verdict.verdict]} ({verdict.verdict})", style),
                                f"  pitch score {verdict.score:.2f} · ask {verdict.ask} · to {STAGE_PHRASES[verdict.stage]}"))
    if verdict.reasons:
        draft = Text(text.rstrip("\n"))  # offsets index the raw draft: stripping would move them
        for reason in verdict.reasons:
            draft.stylize(f"{style} underline", reason.start, reason.end)
        console.print()
        console.print(draft)
        console.print()
        console.print("Why:")
        for reason in verdict.reasons:
            quoted = text[reason.start:reason.end]
            console.print(styled("  • “", (quoted, style), f"”: {reason.message} ", (f"[{reason.rule}]", "dim")))
    if verdict.suggestions:
        console.print("Instead:")
        for suggestion in verdict.suggestions:
            console.print(f"  → {suggestion}")
    if verdict.reasons:
        console.print(Text("A rule that does not fit you can be turned off in the guard settings; "
                           "its id is in [brackets].", "dim"))
