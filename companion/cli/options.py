"""Options every command shares, written once."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path

import click
from pydantic import BaseModel

from companion.storage.data_dir import ENV_VAR, ensure_data_dir, resolve_data_dir
from companion.storage.store import Store


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


@contextlib.contextmanager
def open_store(data_dir: Path | None) -> Iterator[Store]:
    """The store of the chosen data dir, open for the length of one command."""
    store = Store(data_dir_from(data_dir)).open()
    try:
        yield store
    finally:
        store.close()


def print_json(value) -> None:
    """Print a model, list of models or plain data as indented JSON."""
    def plain(v):
        if isinstance(v, BaseModel):
            return v.model_dump(mode="json")
        if isinstance(v, list):
            return [plain(x) for x in v]
        if isinstance(v, dict):
            return {k: plain(x) for k, x in v.items()}
        return v
    click.echo(json.dumps(plain(value), indent=2, ensure_ascii=False))
