"""Options every command shares, written once."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from companion.storage.data_dir import ENV_VAR, ensure_data_dir, resolve_data_dir

if TYPE_CHECKING:  # imported when a store is opened: a command a companion answers opens none
    from companion.storage.store import Store


class FreeText(click.ParamType):
    """Text to store (a note, a tag, a promise): bytes of an argument that are not UTF-8 reach Python as
    lone surrogates, which cannot be stored; they become U+FFFD instead of a traceback."""

    name = "text"

    def convert(self, value, param, ctx):
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace") if isinstance(value, str) else value


TEXT = FreeText()


class WholeLinesGroup(click.Group):
    """A group of subcommands whose --help lists each with its whole first sentence (write_command_lines)."""

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        from companion.cli import write_command_lines  # the top group's, written once

        commands = ((name, self.get_command(ctx, name)) for name in self.list_commands(ctx))
        write_command_lines(formatter, [(name, command) for name, command in commands
                                        if command is not None and not command.hidden])


def data_dir_option(func):
    """--data-dir DIR (default: $COMPANION_DATA_DIR, else the platform's user data dir)."""
    return click.option(
        "--data-dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help=f"Where Rapport keeps its data (default: ${ENV_VAR}, else your user data dir).",
    )(func)


def json_option(func):
    """--json: machine-readable output on stdout."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table or card.")(func)


def data_dir_from(value: Path | None) -> Path:
    return ensure_data_dir(resolve_data_dir(value))


# Where open_store notes the data dir it opened (in click's context, shared by the whole command), so that an
# error nothing turned into a sentence can be explained from that store (cli.unexpected_error).
DATA_DIR_META = "companion.data_dir"


@contextlib.contextmanager
def open_store(data_dir: Path | None, *, partial: bool = False) -> Iterator[Store]:
    """The store of the chosen data dir, open for the length of one command; `partial` for a command that
    only reads: it loads the shards it needs, found through the people index (see PartialStore)."""
    directory = data_dir_from(data_dir)
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        ctx.meta[DATA_DIR_META] = directory
    if partial:
        from companion.memory.answers import summariser
        from companion.storage.store import PartialStore

        store = PartialStore(directory, summariser()).open()
    else:
        from companion.storage.store import Store

        store = Store(directory).open()
    try:
        yield store
    finally:
        store.close()


def print_json(value) -> None:
    """Print a model, list of models or plain data as indented JSON."""
    def plain(v):
        if hasattr(v, "model_dump"):  # a pydantic model (not imported here: printing an answer needs none)
            return v.model_dump(mode="json")
        if isinstance(v, list):
            return [plain(x) for x in v]
        if isinstance(v, dict):
            return {k: plain(x) for k, x in v.items()}
        return v
    click.echo(json.dumps(plain(value), indent=2, ensure_ascii=False))
