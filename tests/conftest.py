"""Shared test fixtures: temporary data dirs, the real saved pages in ../shared, and the privacy audit."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import privacy_audit  # noqa: E402


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty data dir, also set as $COMPANION_DATA_DIR so nothing touches the real one."""
    path = tmp_path / "data"
    monkeypatch.setenv("COMPANION_DATA_DIR", str(path))
    return path


@pytest.fixture
def store(data_dir: Path):
    """An open store on that data dir, closed after the test."""
    from companion.storage.store import Store

    store = Store(data_dir).open()
    yield store
    store.close()


@pytest.fixture
async def client(aiohttp_client, data_dir: Path):
    """An in-process companion on an empty data dir, and a client for it."""
    from companion.api.app import create_app
    from companion.api.server_state import ServerSettings

    return await aiohttp_client(create_app(ServerSettings(data_dir=data_dir)))


@pytest.fixture
def world(store, tmp_path: Path):
    """The memory tests' shared world (memory_world.py) in that store: (store, people by name)."""
    from memory_world import build_world

    return store, build_world(store, tmp_path)


@pytest.fixture
def auth(data_dir: Path) -> dict[str, str]:
    """The Authorization header for that companion."""
    from companion.api.pairing import get_or_create_token

    return {"Authorization": f"Bearer {get_or_create_token(data_dir)}"}


def pytest_configure(config: pytest.Config) -> None:
    sys.addaudithook(privacy_audit.audit)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if privacy_audit.blocked:
        session.exitstatus = 1
        print("\nOUTBOUND CONNECTION ATTEMPTS (privacy violation):\n  " + "\n  ".join(sorted(set(privacy_audit.blocked))))
