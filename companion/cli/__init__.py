"""`companion`: the command line. Each area's commands live in their own module and are listed here.

The top of the tree: may import every package (storage, parsers, guard, ground, memory, api); nothing
imports it but `companion.__main__` (and the subgroups' help, for write_command_lines).

A command's module is imported only when that command runs (click's lazily loaded subcommands), so
`companion --help` and `--version` start without the web server, the parsers, the guard or the
normalisation tables, and each command pays only for what it uses.
"""

from __future__ import annotations

import gc
import importlib
import sys
from collections.abc import Iterator, MutableMapping

import click

from companion import __version__
from companion.errors import CompanionError

# Every command: where it is defined ("module:attribute") and its line in `companion --help`, kept here so
# that listing the commands imports none of them. The line is the first sentence of the command's help;
# tests/test_cli_lazy.py fails when one drifts from its docstring.
COMMANDS: dict[str, tuple[str, str]] = {
    "parse": ("companion.cli.parse_commands:parse_command",
              "Read a saved profile page (FILE, or - for stdin) and print what Rapport understands from it."),
    "me": ("companion.cli.ground_commands:me", "Your own profile, the one common ground starts from."),
    "match": ("companion.cli.ground_commands:match",
              "Common ground between two Profile JSON files (or saved pages), most telling first."),
    "starters": ("companion.cli.ground_commands:starters",
                 "Conversation starters for a stored PERSON (an id, a profile URL, or a unique name fragment)."),
    "intros": ("companion.cli.ground_commands:intros", "Introductions worth making: pairs of your contacts who share "
               "a lot but do not seem to know each other."),
    "check": ("companion.cli.guard_commands:check",
              "Check a draft before you send it: is it a pitch the relationship cannot carry yet?"),
    "guard": ("companion.cli.guard_commands:guard",
              "The send guard's rules and settings: how strict it is, and which rules are off."),
    "people": ("companion.cli.memory_commands:people",
               "The people you know: name, where from, common ground, tie strength and last contact."),
    "show": ("companion.cli.memory_commands:show", "A card for one person: profile, common ground, starters, notes, "
             "interactions, promises, next check-in."),
    "note": ("companion.cli.memory_commands:note", "Keep a note about a person (or edit / delete one by its number)."),
    "tag": ("companion.cli.memory_commands:tag", "Add tags to a person (or --remove them)."),
    "log": ("companion.cli.memory_commands:log",
            "Log a contact with a person; every contact resets their check-in clock."),
    "circle": ("companion.cli.memory_commands:circle", "Put a person in one of your circles: inner (weekly check-in), "
               "close (monthly), active (every 3 months), wider (yearly); `auto` lets tie strength suggest it."),
    "followups": ("companion.cli.memory_commands:followups",
                  "Who is overdue for a check-in, closest circle first, each with an opener you could send."),
    "commitments": ("companion.cli.memory_commands:commitments", "Your promises: open ones, overdue first."),
    "import": ("companion.cli.memory_commands:import_command", "Import people: LinkedIn's Connections.csv, an X "
               "archive (folder, .zip or profile.js/account.js/ following.js), or a Rapport JSON export."),
    "export": ("companion.cli.memory_commands:export_command", "Export everything you have: people, profiles, notes, "
               "interactions, promises, circles and settings."),
    "forget": ("companion.cli.memory_commands:forget", "Erase every trace of a person: profile, history, notes, "
               "interactions, promises, and their mentions in backups and elsewhere in the data dir."),
    "merge": ("companion.cli.identity_commands:merge", "Merge two records of one person (their LinkedIn and their X, "
              "say) into one, with everything you keep about them."),
    "unmerge": ("companion.cli.identity_commands:unmerge", "Split SITE's profile back out of a merged PERSON, with "
                "the notes, interactions and promises it brought."),
    "tie-weights": ("companion.cli.memory_commands:tie_weights", "Show or adjust how tie strength is computed "
                    "(channel weights, half-life, component weights)."),
    "serve": ("companion.cli.server_commands:serve", "Run the companion: the local API the Rapport extension talks to."),
    "token": ("companion.cli.server_commands:token",
              "Print the API token (created on first use, readable only by you)."),
    "pair": ("companion.cli.server_commands:pair",
             "Print a one-time pairing code for the extension (valid 10 minutes, works once)."),
    "doctor": ("companion.cli.server_commands:doctor", "Check the set-up and say what is wrong and how to fix it."),
    "backups": ("companion.cli.store_commands:backups", "List the automatic backups of your store, newest last."),
    "restore": ("companion.cli.store_commands:restore",
                "Bring your store back to a backup: the newest whole one, or the one WHEN names."),
    "service": ("companion.cli.service_commands:service",
                "Start the companion at login (systemd user unit on Linux, launchd agent on macOS)."),
}
# The commands that run for as long as the user wants (the server): every other one is one burst of work and
# an exit, run with Python's cyclic garbage collector paused (see CompanionGroup.resolve_command).
LONG_RUNNING = frozenset({"serve"})


class LazyCommands(MutableMapping[str, click.Command]):
    """A group's commands by name, each imported from its module ("module:attribute") when first looked up.

    Listing the names, testing one (`in`) and click's "Did you mean" import nothing; `[name]`, `.get(name)`
    and `.items()` import what they return. `add_command` stores a command as in a plain dict.
    """

    def __init__(self, table: dict[str, tuple[str, str]]) -> None:
        self.table = table
        self.loaded: dict[str, click.Command] = {}

    def __getitem__(self, name: str) -> click.Command:
        if name not in self.loaded:
            module_name, attribute = self.table[name][0].split(":")  # KeyError for a name nobody defines
            self.loaded[name] = getattr(importlib.import_module(module_name), attribute)
        return self.loaded[name]

    def __setitem__(self, name: str, command: click.Command) -> None:
        self.loaded[name] = command

    def __delitem__(self, name: str) -> None:
        if name not in self:
            raise KeyError(name)
        self.loaded.pop(name, None)
        self.table = {key: value for key, value in self.table.items() if key != name}

    def __contains__(self, name: object) -> bool:
        return name in self.loaded or name in self.table

    def __iter__(self) -> Iterator[str]:
        return iter({**dict.fromkeys(self.table), **dict.fromkeys(self.loaded)})

    def __len__(self) -> int:
        return len(self.table.keys() | self.loaded.keys())


def _resume_after_a_command() -> None:
    """The cyclic GC back on, with what the command made moved out of its sight first (gc.freeze): its first
    collection would otherwise walk every object made while it was paused (half a second after a read at
    30,000 people), as the process exits."""
    gc.freeze()
    gc.enable()


def write_command_lines(formatter: click.HelpFormatter, listed: list[tuple[str, click.Command]]) -> None:
    """A group's list of commands, each with the whole first sentence of its help, wrapped: click's own list cuts
    a line at the terminal's width with "...", which left half a sentence ("is it a pitch the...")."""
    if listed:
        with formatter.section("Commands"):
            formatter.write_dl([(name, command.get_short_help_str(10**6)) for name, command in listed])


class CompanionGroup(click.Group):
    """Loads each command from COMMANDS when it is used, and turns every CompanionError into one sentence on
    stderr and exit status 1."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.commands = LazyCommands(COMMANDS)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """click's list of commands, with the line of each one not loaded yet read from COMMANDS, not imported."""
        listed = []
        for name in self.list_commands(ctx):
            command = self.commands.loaded.get(name) or click.Command(name, help=self.commands.table[name][1])
            if not command.hidden:
                listed.append((name, command))
        write_command_lines(formatter, listed)

    def resolve_command(self, ctx: click.Context, args: list[str]):
        """Before the command's module is imported: a command that is one burst of work then an exit runs
        with the cyclic GC paused until it returns (it would otherwise walk the tens of thousands of objects
        a store, a table or a model makes, again and again while they are made: a third of a read's time)."""
        if args and args[0] not in LONG_RUNNING:
            from companion.gc_pause import gc_paused

            ctx.with_resource(gc_paused(_resume_after_a_command))  # when the command's context closes
        return super().resolve_command(ctx, args)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except CompanionError as exc:
            from companion.cli.terminal import inert, shortened

            click.echo(f"Error: {inert(shortened(exc.message))}", err=True)
            sys.exit(1)
        except click.ClickException as exc:  # a usage error quotes what was typed: 10,000 characters of it, too
            from companion.cli.terminal import shortened

            exc.message = shortened(exc.message)
            raise
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            sys.exit(130)
        except (click.exceptions.Exit, click.exceptions.Abort):
            raise
        except Exception as exc:  # noqa: BLE001 — never a traceback: a sentence, and what to do (python -X dev shows it)
            if sys.flags.dev_mode:
                raise
            from companion.cli.terminal import inert, shortened

            click.echo(f"Error: {inert(shortened(unexpected_error(ctx, exc)))}", err=True)
            sys.exit(1)


def unexpected_error(ctx: click.Context, exc: Exception) -> str:
    """The sentence for an error no part of the companion turned into one: most often a record in the store that
    is valid JSON but not as the companion writes it (a file edited by hand), named with its file, else the
    error itself and what to run."""
    from companion.cli.options import DATA_DIR_META

    damage = None
    data_dir = ctx.meta.get(DATA_DIR_META)  # the store the command opened, if it got that far
    if data_dir is not None:
        try:
            from companion.memory.records import damaged_records
            from companion.storage.store import Store

            with Store(data_dir) as store:
                damage = next(damaged_records(store), None)
        except Exception:  # noqa: BLE001, S110 — a store that cannot be read for the check: the plain sentence below
            pass
    if damage is not None:
        return (f"A record in your store is damaged ({damage}), so this command stopped. `companion restore` brings "
                "back the last good backup (`companion backups` lists them), or correct that record by hand.")
    detail = next(iter(str(exc).strip().splitlines()), "")  # a pydantic error runs over several lines
    return (f"This command stopped on an error Rapport did not expect ({type(exc).__name__}: {detail}); "
            "`companion doctor` checks the set-up and the store, and says what to fix.")


@click.group(cls=CompanionGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="companion")
def main() -> None:
    """Rapport's companion: your relationship memory and send guard, on this machine only.

    \b
    Start here:
      companion serve          run the local API the browser extension talks to
      companion pair           a one-time code to pair the extension
      companion doctor         check that everything is set up, and say how to fix what is not

    Every command takes --data-dir (or $COMPANION_DATA_DIR); commands that print data take --json.
    """
