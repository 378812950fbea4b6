"""Options every command shares, written once."""

from __future__ import annotations

import contextlib
import json
import os
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
    """The data dir of a command that writes (or serves): created when missing, and said on stderr, so that a
    mistyped path is seen at once rather than as an empty Rapport later."""
    directory = resolve_data_dir(value)
    existed = directory.is_dir()
    ensure_data_dir(directory)
    ctx = click.get_current_context(silent=True)
    if not existed and not (ctx is not None and ctx.params.get("as_json")):  # --json: its answer alone
        from companion.cli.terminal import inert  # Rich only when a note is said

        click.echo(f"Note: created a new data dir at {inert(str(directory))} (it did not exist).", err=True)
    return directory


def existing_data_dir(value: Path | None) -> Path:
    """The data dir a command that only reads opens: never created, so that a mistyped --data-dir or
    $COMPANION_DATA_DIR is said, not answered as an empty Rapport (newcomer finding F23)."""
    directory = resolve_data_dir(value)
    if directory.is_dir():
        return directory
    from companion.errors import StoreError

    if value is not None or os.environ.get(ENV_VAR):
        source = "--data-dir" if value is not None else f"${ENV_VAR}"
        raise StoreError(f"The data dir {directory} (from {source}) does not exist, so there is nothing to read "
                         "there; check the path for a typo. To start a new Rapport in it, run `companion serve` "
                         "(it creates the folder).")
    raise StoreError(f"Rapport has stored nothing yet (there is no data dir at {directory}). Run `companion serve` "
                     "to start it and pair the extension, or `companion import` a Connections.csv or saved page.")


# Where open_store notes the data dir it opened (in click's context, shared by the whole command), so that an
# error nothing turned into a sentence can be explained from that store (cli.unexpected_error).
DATA_DIR_META = "companion.data_dir"


@contextlib.contextmanager
def open_store(data_dir: Path | None, *, partial: bool = False, reads_only: bool = False,
               missing_is_empty: bool = False, tolerate_damage: bool | None = None) -> Iterator[Store]:
    """The store of the chosen data dir, open for the length of one command; `partial` for a command that
    only reads: it loads the shards it needs, found through the people index (see PartialStore). A command
    that only reads (`partial` or `reads_only`, also given by a command that writes to someone already stored, who
    cannot be in a folder not there) refuses a data dir that does not exist instead of creating it,
    or (`missing_is_empty`: the guard, whose answer needs no one stored) says so and reads an empty store.
    `tolerate_damage` (a command that only reads; `partial` ones by default) answers from every sound shard and
    says once which file is damaged."""
    missing = not resolve_data_dir(data_dir).is_dir()
    first_run = data_dir is None and not os.environ.get(ENV_VAR)  # the default folder: nothing stored yet
    if missing and (missing_is_empty or (first_run and (partial or reads_only))):
        # A first run reads as an empty Rapport ("No one here yet"), not an error; only a folder the user
        # chose and mistyped is refused (existing_data_dir).
        yield from _empty_store(resolve_data_dir(data_dir), say=not first_run)
        return
    directory = existing_data_dir(data_dir) if partial or reads_only else data_dir_from(data_dir)
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        ctx.meta[DATA_DIR_META] = directory
    if partial:
        from companion.memory.answers import summariser
        from companion.storage.store import PartialStore

        tolerant = partial if tolerate_damage is None else tolerate_damage
        store = PartialStore(directory, summariser(), tolerate_damage=tolerant).open()
    else:
        from companion.storage.store import Store

        store = Store(directory, tolerate_damage=bool(tolerate_damage)).open()
    try:
        yield store
    finally:
        if (note := store.damage_note()) is not None:  # also before an error (a person in the damaged file)
            click.echo(note, err=True)
        store.close()


def _empty_store(missing: Path, *, say: bool = True) -> Iterator[Store]:
    """A store with nothing in it, in a temporary folder removed after the command: the data dir `missing` is
    neither created nor written (`say`: note it on stderr)."""
    import tempfile

    from companion.storage.store import Store

    if say:
        from companion.cli.terminal import inert

        click.echo(f"Note: the data dir {inert(str(missing))} does not exist, so the guard's default settings are used and no one "
                   "is known (check the path for a typo).", err=True)
    with tempfile.TemporaryDirectory(prefix="rapport-empty-") as folder, Store(Path(folder)) as store:
        yield store


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
