"""Shared test fixtures: temporary data dirs and the real saved pages in ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REAL = SHARED / "fixtures" / "real"
COMPOSERS = SHARED / "fixtures" / "composers"
OWN_FIXTURES = Path(__file__).resolve().parent / "fixtures"


def real_page(relative: str) -> str:
    """The text of a real saved page from ../shared/fixtures/real, or a clean skip when it is absent."""
    path = REAL / relative
    if not path.is_file():
        pytest.skip(f"../shared/fixtures/real/{relative} is not available")
    return path.read_text(encoding="utf-8", errors="replace")


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty data dir, also set as $COMPANION_DATA_DIR so nothing touches the real one."""
    path = tmp_path / "data"
    monkeypatch.setenv("COMPANION_DATA_DIR", str(path))
    return path


# ---------------------------------------------------------------- privacy: no outbound connection, ever

LOOPBACK_PREFIXES = ("127.", "::1", "localhost", "0:0:0:0:0:0:0:1")
_blocked: list[str] = []


def _is_loopback(host: object) -> bool:
    return isinstance(host, str) and (host.startswith(LOOPBACK_PREFIXES) or host in ("", "::ffff:127.0.0.1"))


def _privacy_audit(event: str, args: tuple) -> None:
    """Fail any attempt by code in this process to reach a non-loopback address (or even look one up)."""
    if event == "socket.connect":
        address = args[1]
        if isinstance(address, tuple) and not _is_loopback(address[0]):
            _blocked.append(f"connect {address!r}")
            raise PermissionError(f"Rapport makes no outbound connection: blocked connect to {address!r}")
    elif event == "socket.getaddrinfo":
        host = args[0]
        if host is not None and not _is_loopback(host if isinstance(host, str) else host.decode()):
            _blocked.append(f"getaddrinfo {host!r}")
            raise PermissionError(f"Rapport makes no outbound connection: blocked lookup of {host!r}")


def pytest_configure(config: pytest.Config) -> None:
    import sys

    sys.addaudithook(_privacy_audit)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _blocked:
        session.exitstatus = 1
        print("\nOUTBOUND CONNECTION ATTEMPTS (privacy violation):\n  " + "\n  ".join(sorted(set(_blocked))))
