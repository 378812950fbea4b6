"""The send guard on the command line: `companion check` and the guard's settings (`companion guard`)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click
from rich.text import Text

from companion.cli.options import WholeLinesGroup, data_dir_option, json_option, open_store, print_json
from companion.cli.terminal import SHOWN_AT_MOST, inert, styled
from companion.cli.terminal import console as terminal_console
from companion.errors import BadRequest, InvalidInput

if TYPE_CHECKING:
    from companion.models import Verdict

# companion.models.STAGES, written out so that a check a running companion answers imports no model
# (tests/test_cli_read_paths.py holds them equal).
STAGES = ("stranger", "new", "acquaintance", "friend", "close")

# The guard itself (pitch_guard) is imported where a draft is checked (companion.memory.answers): compiling
# its patterns takes about a second, which every other command, and a check a running companion answers,
# would otherwise pay at start.

VERDICT_STYLE = {"ok": "bold green", "warn": "bold yellow", "block": "bold red"}
VERDICT_WORD = {"ok": "OK to send", "warn": "Think twice", "block": "Don't send this yet"}


@click.command("check")
@click.option("--stage", type=click.Choice(STAGES), default=None,
              help="Where the relationship is (default: from --to, else stranger).")
@click.option("--to", "to", metavar="PERSON", default=None,
              help="The recipient in your Rapport: id, profile URL or a unique part of their name.")
@click.option("--strictness", metavar="LEVEL", default=None,
              help="Override the saved strictness: relaxed, normal, strict, or a number from 0 to 1.")
@data_dir_option
@json_option
def check(stage: str | None, to: str | None, strictness: str | None, data_dir, as_json: bool) -> None:
    """Check a draft before you send it: is it a pitch the relationship cannot carry yet?

    Reads the draft on stdin and prints the verdict: ok, warn or block, how pitch-like it is (0 to 1),
    how big the ask is, the words each reason rests on, and what to do instead. A pitch to a stranger or
    a new connection is blocked; to an acquaintance, a friend or a close tie it is only warned. Small
    personal asks (advice, a book tip, a coffee) pass, warned to a stranger or a new connection only at
    strict settings; a favour of their time (a call, an introduction, a read of your CV) is warned to a
    stranger or a new connection; thanks, congratulations and questions about their work always pass. The draft is not stored or logged anywhere.

    \b
    Examples:
      echo "Congrats on the launch!" | companion check --stage new
      pbpaste | companion check --to "Ada Lovelace" --json
      companion check --stage acquaintance < draft.txt

    The exit status is 0 whatever the verdict (it is data), 1 on an error.
    """
    from companion.cli.read_answers import read_answer

    # Read as bytes: a draft that is not valid in the terminal's encoding is checked, not a traceback.
    text = sys.stdin.buffer.read().decode(sys.stdin.encoding or "utf-8", errors="replace")
    if not text.strip():
        raise InvalidInput('There is no draft on stdin: pipe the message in, e.g. echo "Hi …" | companion check --stage new.')

    # Asked of the companion running on the data dir, else checked here (cli/read_answers.py): the same answer.
    try:
        answer = read_answer(data_dir, "/v1/cli/check", _check_here(text, stage, to, strictness),
                             ("verdict", "stage_phrase", "settings_invalid", "unknown_recipient"),
                             body={"text": text, "stage": stage, "to": to, "strictness": strictness},
                             missing_is_empty=True)
    except BadRequest as exc:  # the one usage error a check can meet
        raise click.BadParameter(exc.message, param_hint="--strictness") from None
    if answer.settings_invalid:
        click.echo("Note: the saved guard settings are not valid, so the defaults are used.", err=True)
    if answer.unknown_recipient:
        click.echo(f"Note: “{inert(to)}” is not in your Rapport, so they count as a stranger.", err=True)
    if as_json:
        print_json(answer.verdict)
    else:
        _print_verdict(text, answer.verdict, answer.stage_phrase)


def _check_here(text: str, stage: str | None, to: str | None, strictness: str | None):
    def compute(store):
        from companion.memory.answers import check_answer

        return check_answer(store, text, stage, to, strictness)

    return compute


# A draft is printed back with its flagged words underlined, up to this many characters (a pasted megabyte is not).
DRAFT_SHOWN = 2_000


def _print_verdict(text: str, verdict: Verdict, stage_phrase: str) -> None:
    console = terminal_console(soft_wrap=True)
    style = VERDICT_STYLE[verdict.verdict]
    console.print(Text.assemble((f"{VERDICT_WORD[verdict.verdict]} ({verdict.verdict})", style),
                                f"  pitch score {verdict.score:.2f} · ask {verdict.ask} · to {stage_phrase}"))
    if verdict.reasons:
        whole = text.rstrip("\n")
        shown = whole[:DRAFT_SHOWN]
        draft = Text(inert(shown, keep_length=True))  # reasons' offsets index the draft
        for reason in verdict.reasons:
            if reason.start < len(shown):
                draft.stylize(f"{style} underline", reason.start, min(reason.end, len(shown)))
        console.print()
        console.print(draft)
        if len(whole) > len(shown):
            console.print(Text(f"… (the draft is {len(whole):,} characters; the first {len(shown):,} are shown)", "dim"))
        console.print()
        console.print("Why:")
        for reason in verdict.reasons:
            quoted = text[reason.start:reason.end]
            if len(quoted) > SHOWN_AT_MOST:  # a reason about the whole draft quotes its start, not a megabyte
                quoted = f"{quoted[:SHOWN_AT_MOST]}… ({len(quoted):,} characters)"  # as `shortened` cuts a quote
            console.print(styled("  • “", (quoted, style), f"”: {reason.message} ", (f"[{reason.rule}]", "dim")))
    if verdict.suggestions:
        console.print("Instead:")
        for suggestion in verdict.suggestions:
            console.print(f"  → {suggestion}")
    if verdict.reasons:
        console.print(Text("A rule that does not fit you can be turned off: `companion guard disable RULE` "
                           "(its id is in [brackets]; `companion guard` lists them).", "dim"))


@click.group("guard", cls=WholeLinesGroup, invoke_without_command=True)
@json_option
@data_dir_option
@click.pass_context
def guard(ctx: click.Context, as_json: bool, data_dir) -> None:
    """The send guard's rules and settings: how strict it is, and which rules are off.

    Changes are saved and apply to every check: the extension's, `companion check`'s and the API's.

    \b
    Examples:
      companion guard                     # the rules and which are on
      companion guard strictness relaxed  # relaxed, normal, strict or 0 to 1
      companion guard disable wording     # off (enable turns it on)
    """
    if ctx.invoked_subcommand is not None:
        return
    from companion.guard.pitch_guard import RULES
    from companion.memory.guard_settings import as_body, load_guard_settings

    with open_store(data_dir, reads_only=True, missing_is_empty=True) as store:
        body = as_body(load_guard_settings(store))
    if as_json:
        print_json({**body.model_dump(mode="json"),
                    "rules": [{"id": rule, "catches": what, "enabled": rule not in body.disabled_rules}
                              for rule, what in sorted(RULES.items())]})
        return
    _print_settings(body, RULES)


def _print_settings(body, rules: dict[str, str]) -> None:
    out = terminal_console()
    out.print(styled("Strictness: ", (body.strictness, "bold"), "  (relaxed, normal, strict, or a number from 0 to 1)"))
    out.print("Rules (id: what it catches):")
    from rich.table import Table

    # A grid, so a long description wraps under itself, not back to column 0.
    table = Table.grid(padding=(0, 1))
    table.add_column(no_wrap=True)
    table.add_column()
    for rule, what in sorted(rules.items()):
        state = ("on ", "green") if rule not in body.disabled_rules else ("off", "red")
        table.add_row(styled("  ", state, " ", (rule, "bold"), ":"), what)
    out.print(table)


@guard.command("strictness")
@click.argument("level", metavar="LEVEL")
@json_option
@data_dir_option
def guard_strictness(level: str, as_json: bool, data_dir) -> None:
    """Set how strict the guard is: relaxed (only clear pitches), normal, strict (softer pitches too), or a number
    from 0 (relaxed) to 1 (strict), the same values `companion check --strictness` takes."""
    from companion.memory.guard_settings import LEVELS, as_body, parse_strictness, set_strictness

    try:
        value = parse_strictness(level)  # read once, by the settings' own validator
    except InvalidInput as exc:  # a usage error, before any store is opened
        raise click.BadParameter(exc.message, param_hint="LEVEL") from None
    with open_store(data_dir) as store:
        settings = set_strictness(store, value)
    body = as_body(settings)
    if as_json:
        print_json(body)
    elif settings.strictness == LEVELS[body.strictness]:  # a named level, by name or by its number
        terminal_console().print(styled(("✓", "green"), f" The guard is now {body.strictness}."))
    else:
        terminal_console().print(styled(("✓", "green"), f" The guard's strictness is now {settings.strictness:g} "
                                        f"(nearest named level: {body.strictness})."))


def _switch(rule: str, enabled: bool, as_json: bool, data_dir) -> None:
    from companion.memory.guard_settings import as_body, set_rule

    with open_store(data_dir) as store:
        body = as_body(set_rule(store, rule, enabled))
    if as_json:
        print_json(body)
    else:
        terminal_console().print(styled(("✓", "green"), f" The rule {rule} is now {'on' if enabled else 'off'}."))


@guard.command("disable")
@click.argument("rule")
@json_option
@data_dir_option
def guard_disable(rule: str, as_json: bool, data_dir) -> None:
    """Turn the rule RULE off for every check (its id as `companion guard` lists it)."""
    _switch(rule, False, as_json, data_dir)


@guard.command("enable")
@click.argument("rule")
@json_option
@data_dir_option
def guard_enable(rule: str, as_json: bool, data_dir) -> None:
    """Turn the rule RULE back on for every check (its id as `companion guard` lists it)."""
    _switch(rule, True, as_json, data_dir)
