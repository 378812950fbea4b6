"""The API token, the one-time codes that hand it to the extension, and the browsers that have paired.

The token file is created with mode 0600. Pairing codes are stored only as hashes, live ten minutes and
work once. A used or expired code is remembered (as its hash) for a day, so the person who typed it is told
which of the two it is rather than that it is wrong; too many wrong guesses from one requesting origin lock pairing for that origin for a while
(never for everyone). Each extension origin that pairs is recorded: once one has, requests carrying
another extension's origin are refused even with the right token. `rotate_token` makes a new token and
forgets every paired origin. A running server re-reads both files when they change (`Credentials`), so a
rotation from the CLI takes effect on its next request.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from companion.errors import (
    Forbidden,
    PairingCodeExpired,
    PairingCodeUsed,
    StoreDamaged,
    StoreError,
    TooManyRequests,
)

# companion.storage.store (and tinydb under it, ~21 ms) is imported where a file is written or locked: reading the
# token, which every command a running companion answers does, needs none of it.


def write_atomically(path: Path, data: bytes, mode: int = 0o600) -> None:
    """storage.store.write_atomically, imported on first write."""
    from companion.storage.store import write_atomically as write

    write(path, data, mode=mode)

CODE_TTL_SECONDS = 10 * 60
CODE_MEMORY_SECONDS = 24 * 60 * 60  # how long a used or expired code is told apart from a wrong one
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read aloud and typed by hand
CODE_LENGTH = 8
MAX_FAILURES = 5
FAILURE_WINDOW_SECONDS = 10 * 60
LOCKOUT_SECONDS = 5 * 60
NO_ORIGIN = ""  # scripts and the CLI send no Origin: their wrong codes are counted together

T = TypeVar("T")


def token_path(data_dir: Path) -> Path:
    return data_dir / "token"


def paired_origins_path(data_dir: Path) -> Path:
    return data_dir / "paired_origins.json"


def read_token(data_dir: Path) -> str | None:
    try:
        text = token_path(data_dir).read_text().strip()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreError(f"Cannot read the token file {token_path(data_dir)}: {exc.strerror or exc}.") from exc
    return text or None


def _write_token(data_dir: Path, token: str) -> None:
    write_atomically(token_path(data_dir), token.encode(), mode=0o600)
    os.chmod(token_path(data_dir), 0o600)


def get_or_create_token(data_dir: Path) -> str:
    """The API token, created (mode 0600) on first use."""
    token = read_token(data_dir)
    if token:
        return token
    import secrets  # here, as in rotate_token and new_code: reading the token (every read command) needs none

    token = secrets.token_urlsafe(32)
    _write_token(data_dir, token)
    return token


def rotate_token(data_dir: Path) -> str:
    """A new API token in place of the old one, which stops working; every paired origin is forgotten."""
    import secrets

    token = secrets.token_urlsafe(32)
    with _pairing_lock(data_dir):
        # The token first: between the two writes the old origins only accept a token nobody has yet.
        _write_token(data_dir, token)
        _save_paired_origins(data_dir, [])
    return token


def tokens_match(given: str, expected: str) -> bool:
    """Constant-time comparison, so timing does not reveal how much of a guess was right."""
    import hmac

    return hmac.compare_digest(given.encode(), expected.encode())


def normalise_origin(origin: str) -> str:
    """`chrome-extension://ID` as browsers send it; case and a trailing slash do not make another origin."""
    return origin.strip().rstrip("/").lower()


def _load_paired(data_dir: Path) -> list[dict]:
    path = paired_origins_path(data_dir)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise StoreError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    try:
        entries = json.loads(raw)
    except ValueError:
        entries = None
    if not isinstance(entries, list) or not all(
        isinstance(e, dict) and isinstance(e.get("origin"), str) for e in entries
    ):
        # Refused rather than read as "none paired", which would accept every extension again.
        raise StoreDamaged(
            f"The list of paired browsers {path} is damaged; run `companion token --rotate`, "
            "then pair the extension again with a code from `companion pair`."
        )
    return entries


def _save_paired_origins(data_dir: Path, entries: list[dict]) -> None:
    write_atomically(paired_origins_path(data_dir), json.dumps(entries, indent=1).encode(), mode=0o600)


def read_paired_origins(data_dir: Path) -> frozenset[str]:
    """The extension origins that have paired with this data dir's token (empty until one has)."""
    return frozenset(normalise_origin(e["origin"]) for e in _load_paired(data_dir))


@contextlib.contextmanager
def _pairing_lock(data_dir: Path) -> Iterator[None]:
    """Held for every change to pairing.json, the token or the paired origins (the CLI and a server share them)."""
    from companion.storage.store import ProcessLock

    lock = ProcessLock(data_dir / "pairing.lock")
    lock.acquire(blocking=True, what="pair")
    try:
        yield
    finally:
        lock.release()


class _FileView(Generic[T]):
    """A file's parsed content, read again only when the file changes (its inode, mtime or size): a stat
    per request, so another process's change is seen at once."""

    def __init__(self, path: Path, load: Callable[[], T]):
        self.path = path
        self.load = load
        self.signature: tuple[int, int, int] | None = None
        self.value: T | None = None
        self.loaded = False

    def get(self) -> T:
        try:
            st = os.stat(self.path)
            signature: tuple[int, int, int] | None = (st.st_ino, st.st_mtime_ns, st.st_size)
        except FileNotFoundError:
            signature = None
        except OSError as exc:
            raise StoreError(f"Cannot read {self.path}: {exc.strerror or exc}.") from exc
        if not self.loaded or signature != self.signature:
            self.value = self.load()  # a failure is raised again next time rather than cached
            self.signature, self.loaded = signature, True
        return self.value  # type: ignore[return-value]


class Credentials:
    """What a running server checks each request against: the token and the paired extension origins."""

    def __init__(self, data_dir: Path):
        self._token = _FileView(token_path(data_dir), lambda: read_token(data_dir))
        self._origins = _FileView(paired_origins_path(data_dir), lambda: read_paired_origins(data_dir))

    def token(self) -> str | None:
        return self._token.get()

    def origin_is_paired(self, origin: str) -> bool:
        """Any extension origin until one has paired; from then on only the origins that paired."""
        paired = self._origins.get()
        return not paired or normalise_origin(origin) in paired


def _hash(code: str) -> str:
    import hashlib

    return hashlib.sha256(normalise_code(code).encode()).hexdigest()


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def format_code(code: str) -> str:
    return f"{code[:4]}-{code[4:]}"


@dataclass
class _Attempts:
    """Wrong codes from one requesting origin."""

    failures: list[float] = field(default_factory=list)
    locked_until: float = 0.0


@dataclass
class PairingBook:
    """Pending pairing codes, shared through a file so `companion pair` works beside a running server, and
    the wrong guesses of each requesting origin (in memory: a restart forgives them)."""

    data_dir: Path
    attempts: dict[str, _Attempts] = field(default_factory=dict)

    @property
    def path(self) -> Path:
        return self.data_dir / "pairing.json"

    def _load(self, now: float) -> list[dict]:
        try:
            entries = json.loads(self.path.read_text())
        except (FileNotFoundError, ValueError):
            return []
        if not isinstance(entries, list):
            return []
        return [e for e in entries
                if isinstance(e, dict) and isinstance(e.get("expires"), (int, float))
                and e["expires"] > now - CODE_MEMORY_SECONDS]

    def _save(self, entries: list[dict]) -> None:
        write_atomically(self.path, json.dumps(entries).encode(), mode=0o600)

    def new_code(self, now: float | None = None) -> str:
        """Create a code valid for ten minutes; returns it formatted as XXXX-XXXX."""
        import secrets

        now = time.time() if now is None else now
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        with _pairing_lock(self.data_dir):
            entries = self._load(now)
            entries.append({"hash": _hash(code), "expires": now + CODE_TTL_SECONDS})
            self._save(entries)
        return format_code(code)

    def redeem(self, code: str, origin: str | None = None, now: float | None = None) -> None:
        """Accept a code once and remember the extension `origin` it came from, or raise: wrong (403),
        already used (409), expired (410), or too many wrong tries from this origin (429). Only wrong codes
        count towards the lock: a used or expired one was a real code, not a guess."""
        import hmac

        now = time.time() if now is None else now
        key = normalise_origin(origin) if origin else NO_ORIGIN
        self._forget_old_attempts(now)
        attempts = self.attempts.get(key)
        if attempts is not None and now < attempts.locked_until:
            wait = int(attempts.locked_until - now) + 1
            raise TooManyRequests(
                f"Pairing is locked for {wait} more seconds after too many wrong codes; "
                "then run `companion pair` for a fresh code."
            )
        with _pairing_lock(self.data_dir):
            entries = self._load(now)
            wanted = _hash(code)
            match = next((e for e in entries if hmac.compare_digest(str(e.get("hash", "")), wanted)), None)
            if match is not None and not match.get("used") and match["expires"] > now:
                if origin:  # first: should it fail, the code still works for another try
                    self._remember_origin(key, now)
                match["used"] = now
                self._save(entries)
                self.attempts.pop(key, None)
                return
        if match is not None and match.get("used"):
            raise PairingCodeUsed(
                "That pairing code has already been used (each code works once); "
                "run `companion pair` for a new one."
            )
        if match is not None:
            raise PairingCodeExpired(
                f"That pairing code has expired (codes last {CODE_TTL_SECONDS // 60} minutes); "
                "run `companion pair` for a new one."
            )
        attempts = self.attempts.setdefault(key, _Attempts())
        attempts.failures = [t for t in attempts.failures if t > now - FAILURE_WINDOW_SECONDS] + [now]
        if len(attempts.failures) >= MAX_FAILURES:
            attempts.locked_until = now + LOCKOUT_SECONDS
            attempts.failures.clear()
        raise Forbidden(
            "That pairing code is not one this companion gave; check it, or run `companion pair` for a new one."
        )

    def _remember_origin(self, origin: str, now: float) -> None:
        entries = _load_paired(self.data_dir)
        if origin not in {normalise_origin(e["origin"]) for e in entries}:
            paired_at = time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(now))
            _save_paired_origins(self.data_dir, [*entries, {"origin": origin, "paired_at": paired_at}])

    def _forget_old_attempts(self, now: float) -> None:
        """Drop origins with no lock and no recent failure, so the table stays as small as the last minutes."""
        for key, attempts in list(self.attempts.items()):
            if attempts.locked_until <= now and all(t <= now - FAILURE_WINDOW_SECONDS for t in attempts.failures):
                del self.attempts[key]
