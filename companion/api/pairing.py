"""The API token, and the one-time codes that hand it to the extension.

The token file is created with mode 0600. Pairing codes are stored only as hashes, live ten minutes,
work once, and too many wrong guesses lock pairing for a while.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path

from companion.errors import Forbidden, StoreError, TooManyRequests
from companion.storage.store import ProcessLock, write_atomically

CODE_TTL_SECONDS = 10 * 60
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read aloud and typed by hand
CODE_LENGTH = 8
MAX_FAILURES = 5
FAILURE_WINDOW_SECONDS = 10 * 60
LOCKOUT_SECONDS = 5 * 60


def token_path(data_dir: Path) -> Path:
    return data_dir / "token"


def read_token(data_dir: Path) -> str | None:
    try:
        text = token_path(data_dir).read_text().strip()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreError(f"Cannot read the token file {token_path(data_dir)}: {exc.strerror or exc}.") from exc
    return text or None


def get_or_create_token(data_dir: Path) -> str:
    """The API token, created (mode 0600) on first use."""
    token = read_token(data_dir)
    if token:
        return token
    token = secrets.token_urlsafe(32)
    write_atomically(token_path(data_dir), token.encode(), mode=0o600)
    os.chmod(token_path(data_dir), 0o600)
    return token


def tokens_match(given: str, expected: str) -> bool:
    """Constant-time comparison, so timing does not reveal how much of a guess was right."""
    return hmac.compare_digest(given.encode(), expected.encode())


def _hash(code: str) -> str:
    return hashlib.sha256(normalise_code(code).encode()).hexdigest()


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def format_code(code: str) -> str:
    return f"{code[:4]}-{code[4:]}"


@dataclass
class PairingBook:
    """Pending pairing codes, shared through a file so `companion pair` works beside a running server."""

    data_dir: Path
    failures: list[float] = field(default_factory=list)
    locked_until: float = 0.0

    @property
    def path(self) -> Path:
        return self.data_dir / "pairing.json"

    def _lock(self) -> ProcessLock:
        return ProcessLock(self.data_dir / "pairing.lock")

    def _load(self, now: float) -> list[dict]:
        try:
            entries = json.loads(self.path.read_text())
        except (FileNotFoundError, ValueError):
            return []
        return [e for e in entries if isinstance(e, dict) and e.get("expires", 0) > now]

    def _save(self, entries: list[dict]) -> None:
        write_atomically(self.path, json.dumps(entries).encode(), mode=0o600)

    def new_code(self, now: float | None = None) -> str:
        """Create a code valid for ten minutes; returns it formatted as XXXX-XXXX."""
        now = time.time() if now is None else now
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        lock = self._lock()
        lock.acquire(blocking=True, what="pair")
        try:
            entries = self._load(now)
            entries.append({"hash": _hash(code), "expires": now + CODE_TTL_SECONDS})
            self._save(entries)
        finally:
            lock.release()
        return format_code(code)

    def redeem(self, code: str, now: float | None = None) -> None:
        """Accept a code once, or raise: wrong or expired (403), or too many wrong tries (429)."""
        now = time.time() if now is None else now
        if now < self.locked_until:
            wait = int(self.locked_until - now) + 1
            raise TooManyRequests(
                f"Pairing is locked for {wait} more seconds after too many wrong codes; "
                "then run `companion pair` for a fresh code."
            )
        lock = self._lock()
        lock.acquire(blocking=True, what="pair")
        try:
            entries = self._load(now)
            wanted = _hash(code)
            match = next((e for e in entries if hmac.compare_digest(e["hash"], wanted)), None)
            if match is not None:
                entries.remove(match)
                self._save(entries)
                self.failures.clear()
                return
        finally:
            lock.release()
        self.failures = [t for t in self.failures if t > now - FAILURE_WINDOW_SECONDS] + [now]
        if len(self.failures) >= MAX_FAILURES:
            self.locked_until = now + LOCKOUT_SECONDS
            self.failures.clear()
        raise Forbidden(
            "That pairing code is wrong, expired or already used; run `companion pair` for a fresh one."
        )
