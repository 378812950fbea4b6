"""`companion service install|uninstall|status`: start the companion at login."""

from __future__ import annotations

from pathlib import Path

import click

from companion.api import autostart
from companion.cli.options import WholeLinesGroup, data_dir_from, data_dir_option, json_option, print_json


def _show(result: autostart.ServiceStatus, as_json: bool) -> None:
    if as_json:
        print_json({"platform": result.platform, "path": str(result.path), "installed": result.installed,
                    "detail": result.detail})
    else:
        click.echo(f"{result.detail}\n  {result.path}")


@click.group(cls=WholeLinesGroup)
def service() -> None:
    """Start the companion at login (systemd user unit on Linux, launchd agent on macOS).

    \b
    companion service install      register and start it now
    companion service status       is it installed, and running?
    companion service uninstall    stop it and remove the registration
    """


@service.command()
@click.option("--port", default=8765, show_default=True, type=click.IntRange(1, 65535), help="Port to serve on.")
@data_dir_option
@json_option
def install(port: int, data_dir: Path | None, as_json: bool) -> None:
    """Register the companion to start at login, with this data dir and port, and start it now."""
    _show(autostart.install(data_dir_from(data_dir), port), as_json)


@service.command()
@data_dir_option
@json_option
def uninstall(data_dir: Path | None, as_json: bool) -> None:
    """Stop the companion's login service and remove it (your data is kept)."""
    _show(autostart.uninstall(), as_json)


@service.command()
@data_dir_option
@json_option
def status(data_dir: Path | None, as_json: bool) -> None:
    """Say whether the login service is installed and what the service manager reports."""
    _show(autostart.status(), as_json)
