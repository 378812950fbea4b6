"""The relationship store: the only module that imports tinydb.

Layout under `<data dir>/store/`:
  meta.json            schema version and settings (the user's own profile, guard and tie settings, counters)
  people-00.json ...   people, sharded by id so a write rewrites one small file, not the whole store
  write.lock           held for the length of one write transaction (server and CLI may both write)

Durability: every shard is written to a temporary file, fsynced, renamed over the old one, and the
directory is fsynced, before the write returns. A crash at any moment leaves either the old or the new
file, never half of one. Data is read once and kept in memory; before each use a process compares each
file's (inode, mtime, size) with what it loaded, so a write by another process (the CLI beside a running
server) is seen, and only the changed shards are reloaded.
"""

from __future__ import annotations

import contextlib
import copy
import errno
import fcntl
import hashlib
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson
from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

from companion.errors import StoreDamaged, StoreError, StoreLocked
from companion.gc_pause import gc_paused

SCHEMA_VERSION = 1
REFRESH_SECONDS = 0.25
SHARDS = 64
PEOPLE = "people"
SETTINGS = "settings"
META = "meta"

# Migrations from version N to N+1, applied in order; each takes the Store while its write lock is held.
# They must be idempotent: a kill half-way leaves the old version number, and the next start reruns them.
MIGRATIONS: dict[int, Callable[[Store], None]] = {}


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(path: Path, data: bytes, mode: int = 0o600, *, sync_dir: bool = True) -> None:
    """Write `data` so that `path` holds either its old or its new content after any crash."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        if sync_dir:
            _fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise _store_error_from_os(exc, path) from exc


def _store_error_from_os(exc: OSError, path: Path) -> StoreError:
    if exc.errno == errno.ENOSPC:
        return StoreError(f"The disk is full: could not save {path.name}. Free some space; nothing was changed.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StoreError(
            f"The data dir {path.parent.parent} is not writable ({exc.strerror}). "
            "Fix its permissions or choose another with --data-dir; nothing was changed."
        )
    return StoreError(f"Could not save {path.name}: {exc.strerror or exc}. Nothing was changed.")


class _StrIdTable(Table):
    """Person ids are strings, not TinyDB's default integers."""

    document_id_class = str


class _ShardDB(TinyDB):
    table_class = _StrIdTable


class DurableJSONStorage(Storage):
    """A TinyDB storage kept in memory, written atomically and durably, and deferrable for batches."""

    def __init__(self, path: Path):
        self.path = path
        self._data: dict | None = None
        self.deferred = False
        self.dirty = False
        self.signature = self._disk_signature()

    def _disk_signature(self) -> tuple[int, int, int] | None:
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def read(self) -> dict | None:
        if self._data is None:
            self._data = self._load()
        return self._data

    def _load(self) -> dict:
        self.signature = self._disk_signature()
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise StoreError(f"Could not read {self.path}: {exc.strerror or exc}.") from exc
        try:
            data = orjson.loads(raw) if raw.strip() else {}
            if not isinstance(data, dict):
                raise ValueError("not an object")
        except ValueError as exc:
            raise StoreDamaged(
                f"The store file {self.path} is damaged ({exc}). "
                "Run `companion doctor` to see the backups it can be restored from."
            ) from exc
        return data

    def write(self, data: dict) -> None:
        self._data = data
        if self.deferred:
            self.dirty = True
            return
        self.flush(data)

    def flush(self, data: dict | None = None, *, sync_dir: bool = True) -> None:
        data = self._data if data is None else data
        try:
            # orjson: a 500 KB shard serialises in 0.5 ms instead of 9 ms, and every capture writes one.
            write_atomically(self.path, orjson.dumps(data), sync_dir=sync_dir)
        except StoreError:
            # Memory must match the disk: forget the change that could not be saved.
            self._data = None
            self.dirty = False
            raise
        self.dirty = False
        self.signature = self._disk_signature()

    def reload_if_changed(self) -> bool:
        if self._disk_signature() != self.signature:
            self._data = None
            return True
        return False


class _Shard:
    def __init__(self, path: Path, table: str):
        self.storage = DurableJSONStorage(path)
        self.db = _ShardDB(storage=lambda: self.storage)
        # TinyDB instantiates the storage through the callable; keep our instance.
        self.db._storage = self.storage
        self.table = self.db.table(table, cache_size=0)

    def raw(self) -> dict[str, dict]:
        """Documents by id, straight from memory (read-only for callers)."""
        return (self.storage.read() or {}).get(self.table.name, {})

    def put(self, doc_id: str, doc: dict) -> None:
        """Insert or replace one document."""
        self._swap(lambda table: table.__setitem__(doc_id, doc))

    def remove(self, doc_id: str) -> bool:
        if doc_id not in self.raw():
            return False
        self._swap(lambda table: table.pop(doc_id))
        return True

    def _swap(self, change: Callable[[dict], object]) -> None:
        # TinyDB's own update rebuilds the whole table in Python on every write, which made a 30,000-row
        # import take 18 s. Copying the shard's dict and swapping it in is O(shard) with a tiny constant,
        # and since stored dicts are swapped, never mutated, a reader's snapshot still holds.
        tables = self.storage.read() or {}
        table = dict(tables.get(self.table.name, {}))
        change(table)
        tables[self.table.name] = table
        self.storage.write(tables)


class ProcessLock:
    """An exclusive advisory lock on a file, naming its holder so a refusal can say who it is."""

    def __init__(self, path: Path):
        self.path = path
        self._fd: int | None = None

    def acquire(self, *, blocking: bool, what: str) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
        except BlockingIOError:
            holder = self.holder()
            os.close(fd)
            raise StoreLocked(
                f"Another companion ({holder}) is already using the data dir {self.path.parent.parent}; "
                f"stop it first, or give {what} another --data-dir."
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"process {os.getpid()}".encode())
        self._fd = fd

    def holder(self) -> str:
        try:
            text = self.path.read_text().strip()
        except OSError:
            text = ""
        return text or "an unknown process"

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, 0)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def shard_of(person_id: str, shards: int = SHARDS) -> int:
    return int(hashlib.blake2b(person_id.encode(), digest_size=2).hexdigest(), 16) % shards


class Store:
    """People and settings, in memory, durable on every acknowledged write."""

    def __init__(self, data_dir: Path, *, shards: int = SHARDS):
        self.data_dir = Path(data_dir)
        self.dir = self.data_dir / "store"
        self.backups_dir = self.data_dir / "backups"
        self._shard_count = shards
        self._thread_lock = threading.RLock()
        self._write_lock = ProcessLock(self.dir / "write.lock")
        self._depth = 0
        self._meta: _Shard | None = None
        self._people: list[_Shard] = []
        self._keys: dict[str, str] = {}
        self._refreshed_at = 0.0

    # ------------------------------------------------------------ life cycle

    def open(self) -> Store:
        try:
            self.dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise _store_error_from_os(exc, self.dir / "x") from exc
        for leftover in self.dir.glob(".*.tmp"):
            # A temporary file left by a crash was never acknowledged; the renamed file is the truth.
            with contextlib.suppress(OSError):
                leftover.unlink()
        self._meta = _Shard(self.dir / "meta.json", META)
        self._people = [
            _Shard(self.dir / f"people-{i:02x}.json", PEOPLE) for i in range(self._shard_count)
        ]
        with gc_paused():  # loading makes millions of small objects
            for shard in [self._meta, *self._people]:
                shard.raw()  # load now, so a damaged file is reported at start, not mid-request
            self._rebuild_key_index()
        self._migrate()
        return self

    def close(self) -> None:
        self._write_lock.release()

    def __enter__(self) -> Store:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return int(self._meta_table_raw().get("schema", {}).get("version", 0)) if self._meta else 0

    def _meta_table_raw(self) -> dict[str, dict]:
        assert self._meta is not None
        return self._meta.raw()

    def _migrate(self) -> None:
        current = self.schema_version
        if current == SCHEMA_VERSION:
            return
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"The store in {self.data_dir} was written by a newer companion (schema {current}); "
                "upgrade Rapport's companion to open it."
            )
        with self.transaction():
            if self.count_people() or current > 0:
                self.backup(f"before-schema-{current + 1}")
            for version in range(current, SCHEMA_VERSION):
                step = MIGRATIONS.get(version)
                if step:
                    step(self)
            self._meta.put("schema", {"version": SCHEMA_VERSION})

    def backup(self, label: str) -> Path:
        """Copy every store file into backups/<time>-<label>/ (fsynced) and return that folder."""
        target = self.backups_dir / f"{time.strftime('%Y%m%dT%H%M%S')}-{label}"
        try:
            target.mkdir(parents=True, exist_ok=True, mode=0o700)
            for path in sorted(self.dir.glob("*.json")):
                shutil.copy2(path, target / path.name)
                with open(target / path.name, "rb") as fh:
                    os.fsync(fh.fileno())
            _fsync_dir(target)
        except OSError as exc:
            raise _store_error_from_os(exc, target / "backup") from exc
        return target

    def list_backups(self) -> list[Path]:
        if not self.backups_dir.is_dir():
            return []
        return sorted(p for p in self.backups_dir.iterdir() if p.is_dir())

    # ------------------------------------------------------------ cross-process coherence

    def refresh(self, *, force: bool = False) -> None:
        """Reload the shards another process has written since we last looked (a stat per file).

        Reads look at most every REFRESH_SECONDS (65 stats cost about 0.4 ms, and a request reads several
        times); a write transaction always looks, under the write lock, so no process overwrites another's.
        """
        with self._thread_lock:
            if self._depth:
                return  # inside our own transaction, the write lock already keeps others out
            now = time.monotonic()
            if not force and now - self._refreshed_at < REFRESH_SECONDS:
                return
            self._refreshed_at = now
            changed = False
            for shard in [self._meta, *self._people]:
                if not shard.storage.dirty:
                    changed |= shard.storage.reload_if_changed()
            if changed:
                self._rebuild_key_index()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Store]:
        """Group writes: one lock, one flush per changed shard at the end. Returns once durable."""
        with self._thread_lock:
            outermost = self._depth == 0
            if outermost:
                self._write_lock.acquire(blocking=True, what="this command")
                self.refresh(force=True)
                for shard in [self._meta, *self._people]:
                    shard.storage.deferred = True
            self._depth += 1
            try:
                yield self
                if outermost:
                    self._flush_dirty()
            except BaseException:
                if outermost:
                    self._discard_unflushed()
                raise
            finally:
                self._depth -= 1
                if outermost:
                    for shard in [self._meta, *self._people]:
                        shard.storage.deferred = False
                    self._write_lock.release()

    def _flush_dirty(self) -> None:
        # Each file is fsynced and renamed; one directory fsync then makes all the renames durable.
        wrote = False
        for shard in [self._meta, *self._people]:
            if shard.storage.dirty:
                shard.storage.flush(sync_dir=False)
                wrote = True
        if wrote:
            try:
                _fsync_dir(self.dir)
            except OSError as exc:
                raise _store_error_from_os(exc, self.dir / "store") from exc

    def _discard_unflushed(self) -> None:
        reload = False
        for shard in [self._meta, *self._people]:
            if shard.storage.dirty:
                shard.storage._data = None
                shard.storage.dirty = False
                reload = True
        if reload:
            self._rebuild_key_index()

    # ------------------------------------------------------------ people

    def _shard_for(self, person_id: str) -> _Shard:
        return self._people[shard_of(person_id, self._shard_count)]

    def get_person(self, person_id: str) -> dict | None:
        """A copy of the stored person, or None."""
        doc = self.peek_person(person_id)
        return copy.deepcopy(doc) if doc is not None else None

    def peek_person(self, person_id: str) -> dict | None:
        """The stored person itself, read-only (do not mutate; save a copy through save_person): for read
        paths on every keystroke's check, where copying a full profile with its interactions costs more
        than the check itself."""
        self.refresh()
        return self._shard_for(person_id).raw().get(person_id)

    def people(self) -> Iterator[dict]:
        """Every stored person, read-only (do not mutate; save a copy through save_person)."""
        self.refresh()
        for shard in self._people:
            yield from shard.raw().values()

    def count_people(self) -> int:
        return sum(len(shard.raw()) for shard in self._people)

    def save_person(self, doc: dict) -> None:
        """Insert or replace a person (`doc["id"]` is its id); durable when this returns."""
        person_id = doc["id"]
        with self.transaction():
            old = self._shard_for(person_id).raw().get(person_id)
            for key in (old or {}).get("keys", []):
                self._keys.pop(key, None)
            self._shard_for(person_id).put(person_id, doc)
            for key in doc.get("keys", []):
                self._keys[key] = person_id

    def save_people(self, docs: Iterable[dict]) -> int:
        """Save many people in one transaction (one flush per changed shard)."""
        count = 0
        with self.transaction():
            for doc in docs:
                self.save_person(doc)
                count += 1
        return count

    def delete_person(self, person_id: str) -> bool:
        with self.transaction():
            old = self._shard_for(person_id).raw().get(person_id)
            if old is None:
                return False
            for key in old.get("keys", []):
                self._keys.pop(key, None)
            return self._shard_for(person_id).remove(person_id)

    def person_id_for_key(self, key: str) -> str | None:
        """The person who owns an identity key (e.g. `linkedin:jane-doe`, `x:jane`)."""
        self.refresh()
        return self._keys.get(key)

    def _rebuild_key_index(self) -> None:
        self._keys = {
            key: person_id
            for shard in self._people
            for person_id, doc in shard.raw().items()
            for key in doc.get("keys", [])
        }

    # ------------------------------------------------------------ settings

    def get_setting(self, name: str, default: Any = None) -> Any:
        self.refresh()
        assert self._meta is not None
        doc = self._meta.raw().get(name)
        return copy.deepcopy(doc["value"]) if doc is not None else default

    def set_setting(self, name: str, value: Any) -> None:
        with self.transaction():
            assert self._meta is not None
            self._meta.put(name, {"value": value})

    def delete_setting(self, name: str) -> None:
        with self.transaction():
            assert self._meta is not None
            self._meta.remove(name)

    def settings(self) -> dict[str, Any]:
        """Every setting by name, as copies (the schema marker is not a setting)."""
        self.refresh()
        assert self._meta is not None
        return {name: copy.deepcopy(doc["value"]) for name, doc in sorted(self._meta.raw().items())
                if isinstance(doc, dict) and "value" in doc}

    def settings_version(self) -> tuple | None:
        """Changes whenever any setting (the user's own profile among them) is written, by any process."""
        self.refresh()
        assert self._meta is not None
        return self._meta.storage.signature

    def next_id(self, counter: str) -> int:
        """A new integer id from a named counter (note, interaction, commitment ids)."""
        with self.transaction():
            value = int(self.get_setting(f"counter:{counter}", 0)) + 1
            self.set_setting(f"counter:{counter}", value)
            return value

    # ------------------------------------------------------------ files

    def store_files(self) -> list[Path]:
        return sorted(self.dir.glob("*.json"))


def check_store_files(data_dir: Path) -> list[str]:
    """Problems with the store files, as sentences, without opening (or locking) the store."""
    problems = []
    store_dir = Path(data_dir) / "store"
    for path in sorted(store_dir.glob("*.json")):
        try:
            data = orjson.loads(path.read_bytes() or b"{}")
            if not isinstance(data, dict):
                raise ValueError("not an object")
        except (OSError, ValueError) as exc:
            problems.append(f"{path.name} is damaged ({exc})")
    return problems
