"""`companion`: the command line. Each area's commands live in their own module and register here.

The top of the tree: may import every package (storage, parsers, guard, ground, memory, api); nothing
imports it but `companion.__main__`.
"""

from __future__ import annotations

import sys

import click

from companion import __version__
from companion.cli.terminal import inert
from companion.errors import CompanionError


class CompanionGroup(click.Group):
    """Turns every CompanionError into one sentence on stderr and exit status 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except CompanionError as exc:
            click.echo(f"Error: {inert(exc.message)}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            sys.exit(130)


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


# Each area registers its commands by importing its module here (one line each).
from companion.cli import (  # noqa: E402,F401
    ground_commands,
    guard_commands,
    memory_commands,
    parse_commands,
    server_commands,
    service_commands,
)
