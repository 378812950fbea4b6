"""Where the companion keeps its files, and the lock that lets only one server use them."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from companion.errors import StoreError

if TYPE_CHECKING:  # imported when a lock is taken: finding the data dir (a read a companion answers) needs no store
    from companion.storage.store import ProcessLock

ENV_VAR = "COMPANION_DATA_DIR"


def resolve_data_dir(option: str | os.PathLike | None = None) -> Path:
    """--data-dir, else $COMPANION_DATA_DIR, else the platform's user data dir."""
    chosen = option or os.environ.get(ENV_VAR)
    if not chosen:
        import platformdirs  # only here: a data dir named by the option or the variable needs none of it

        chosen = platformdirs.user_data_dir("rapport", appauthor=False)
    try:
        return Path(chosen).expanduser().absolute()
    except RuntimeError:  # "~someone" for a user this machine does not have
        raise StoreError(f"The data dir {chosen} names a home folder this machine does not have; "
                         "give a full path with --data-dir.") from None


def ensure_data_dir(data_dir: Path) -> Path:
    """Create the data dir (private to the user) or say why it cannot be."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise StoreError(
            f"Cannot create the data dir {data_dir} ({exc.strerror or exc}); choose another with --data-dir."
        ) from exc
    if not os.access(data_dir, os.W_OK):
        raise StoreError(
            f"The data dir {data_dir} is not writable; fix its permissions or choose another with --data-dir."
        )
    return data_dir


def serve_lock(data_dir: Path) -> ProcessLock:
    """Held by a running server for its whole life: a second `serve` on the same data dir refuses."""
    from companion.storage.store import ProcessLock

    return ProcessLock(data_dir / "serve.lock")


def server_port_file(data_dir: Path) -> Path:
    """The running server writes its port here so `doctor` and the CLI can find it."""
    return data_dir / "server.json"
