"""The relationship store: the only module that imports tinydb.

Layout under `<data dir>/store/`:
  meta.json            schema version and settings (the user's own profile, guard and tie settings, counters)
  people-00.json ...   people, sharded by id so a write rewrites one small file, not the whole store
  write.lock           held for the length of one write transaction (server and CLI may both write)
  journal.bin          only while a transaction that changes several files is being applied

Durability: every file is written to a temporary file unique to the writing process, fsynced, renamed
over the old one, and the directory is fsynced, before the write returns. A crash at any moment leaves
either the old or the new file, never half of one. A transaction that changes several files first writes
them all into the journal (the commit point), then applies them; a journal found later (after a crash) is
applied again before anything else reads or writes, so a transaction is seen whole or not at all.

Damage is never read as emptiness: every store has meta.json and all its shards (a fresh store writes them
all), so a missing, empty or wrongly shaped file is refused with a sentence that names it and says how to
restore. A store opened to read what it can (`tolerate_damage`, the read commands') reads a damaged shard of
people as no one instead, says so (`damage_note`), refuses every write to that shard (the server's store every
write: whoever the damaged shard held is unknown, so a capture could store them twice), takes no backup and keeps
nothing derived from it, so the damaged file stays byte for byte what it was and the backups keep their good
copies for a restore.
Backups (`backups/<time>-<label>/`) are copies; a file unchanged since the previous backup is a hard link to
that backup's copy, so one costs only the shards that changed. One is taken when a server starts, at the first
write of every hour, and before every bulk change.

Data is read once and kept in memory; before each use a process compares each file's (inode, mtime, size)
with what it loaded, so a write by another process (the CLI beside a running server) is seen, and only
the changed shards are reloaded.

The people index (`index/people-00.json` ...) is a cache, never the truth: for each shard, every person's
identity keys and a small summary (name, sites...: what the memory layer asks for), with the (inode,
mtime, size) of the shard it was read from. A `PartialStore` (one read command) trusts an entry only while
its shard still has that signature and re-reads the shard otherwise, so it can find a person by name or
URL, or list a page of people, without loading every shard. Every write unlinks the index files of the
shards it rewrites, so nothing a person was forgotten from lingers in the index.

A value computed from everyone (`index/derived-<name>`, e.g. the rarity of each shared thing among your
contacts) is kept the same way (`save_derived`, `read_derived`): trusted only while every shard still has
the signature it was computed from, and unlinked by any write to a shard. A value computed by code alone
(`index/kept-<name>`, e.g. the send guard's verdicts on starters, by digest) is kept across writes
(`save_kept`, `read_kept`): trusted while the code that computed it is unchanged; it must name no one.
A value computed from one shard's people (`index/people-00.<name>`, e.g. that shard's part of the rarity
sample, or the common ground of people shown from it) is kept beside that shard's index file
(`save_shard_derived`, `read_shard_derived`): trusted while the shard has the signature it was computed from,
and unlinked with the index file by any write to the shard, so a write recomputes only what it touched.
Every one of these cache files is written without fsync, sealed with its length and checksum (write_cache):
one that a crash of the machine left torn is refused (read_cache), and derived from the store again.
"""

from __future__ import annotations

import contextlib
import copy
import errno
import fcntl
import hashlib
import logging
import marshal
import os
import shutil
import threading
import time
import zlib
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

from companion.errors import StoreDamaged, StoreError, StoreLocked

SCHEMA_VERSION = 2
REFRESH_SECONDS = 0.25
SHARDS = 64
PEOPLE = "people"
SETTINGS = "settings"
META = "meta"
SHARDS_PRESENT = "shards"  # the meta row naming the shard files that exist (schema 2)
JOURNAL = "journal.bin"
INDEX = "index"  # the people index: a cache of each shard's keys and summaries (see the docstring)
DERIVED = "derived-"  # index/derived-<name>: a value computed from everyone, kept while no shard changes
KEPT = "kept-"  # index/kept-<name>: a value computed by code alone, kept across writes
PERSON_KEYS = "person-keys"  # index/derived-person-keys: every identity key's person id, for a PartialStore
JOURNAL_MAGIC = b"RAPPORT-JOURNAL 1\n"
BACKUP_TIME_FORMAT = "%Y%m%dT%H%M%S"
BACKUP_EVERY = timedelta(hours=1)
# Kept: every backup of the last two days, then the newest of each day for 30 days, and always the newest
# three whatever their age (a store untouched for a season still has something to go back to).
BACKUP_KEEP_ALL = timedelta(days=2)
BACKUP_KEEP_DAILY = timedelta(days=30)
BACKUP_KEEP_NEWEST = 3
# A temporary file younger than this may belong to a write in flight in another process.
STALE_TMP_SECONDS = 600

log = logging.getLogger("companion.store")

# Migrations from version N to N+1, applied in order; each takes the Store while its write lock is held.
# They must be idempotent: a kill half-way leaves the old version number, and the next start reruns them.
MIGRATIONS: dict[int, Callable[[Store], None]] = {}


def _record_present_shards(store: Store) -> None:
    # From schema 2 meta.json names the shard files that exist, so a missing one is damage rather than
    # "nobody stored there yet".
    store._meta.put(SHARDS_PRESENT, {"present": [i for i, shard in enumerate(store._people)
                                                 if shard.storage.path.exists()]})


MIGRATIONS[1] = _record_present_shards


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(path: Path, data: bytes, mode: int = 0o600, *, sync_dir: bool = True, durable: bool = True) -> None:
    """Write `data` so that `path` holds either its old or its new content after any crash. Not `durable` (a
    cache, write_cache): no fsync, so after a crash of the machine it may hold part of `data`, or zeros."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")  # unique per writer
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        if sync_dir and durable:
            _fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise _store_error_from_os(exc, path) from exc


# A cache file (the people index, a derived or a kept value) starts with a line of its own: this, the length of
# the payload that follows and its CRC-32 in hex. Text, so an index file still reads as text.
CACHE_MAGIC = b"RAPPORT-CACHE 1 "


def write_cache(path: Path, payload: bytes) -> None:
    """Write a cache file atomically, sealed with its length and checksum, and without fsync: it is only a cache,
    and the people index rebuilt whole is 130 files, whose fsyncs took most of a second on a busy disk. After a
    crash of the machine the file may hold part of its bytes, or zeros: read_cache refuses it, and the value is
    derived from the store again."""
    seal = b"%s%d %08x\n" % (CACHE_MAGIC, len(payload), zlib.crc32(payload))
    write_atomically(path, seal + payload, durable=False)


def read_cache(path: Path) -> memoryview | None:
    """The payload write_cache wrote to `path`; None when it is missing, unreadable or not whole."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    end = raw.find(b"\n", 0, 64)
    if not raw.startswith(CACHE_MAGIC) or end < 0:
        return None
    size, _, crc = raw[len(CACHE_MAGIC):end].partition(b" ")
    payload = memoryview(raw)[end + 1:]
    if not (size.isdigit() and len(payload) == int(size) and crc == b"%08x" % zlib.crc32(payload)):
        return None
    return payload


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

    def __init__(self, path: Path, table: str):
        self.path = path
        self.table = table
        self._data: dict | None = None
        self.deferred = False
        self.dirty = False
        self.may_be_missing = True  # until the store knows it is not a fresh one
        # A store opened to read what it can (Store's tolerate_damage) reads a damaged file as no one and keeps
        # why here: every write to it is refused, so the file stays as it was, evidence for a restore.
        self.tolerate_damage = False
        self.damage: StoreDamaged | None = None
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
        try:
            data = self._load_checked()
        except StoreDamaged as exc:
            if not self.tolerate_damage:
                raise
            self.damage = exc
            return {}
        self.damage = None
        return data

    def _load_checked(self) -> dict:
        self.signature = self._disk_signature()
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            if self.may_be_missing:
                return {}
            raise damaged(self.path, "it is missing") from None
        except OSError as exc:
            raise StoreError(f"Could not read {self.path}: {exc.strerror or exc}.") from exc
        return parse_store_file(self.path, raw, self.table)

    def write(self, data: dict) -> None:
        if self.damage is not None:
            # What the damaged file held is unknown: writing what memory holds would lose it for good.
            raise StoreDamaged(
                f"The store file {self.path} is damaged, so nothing was written to it (it is kept as it is). {REPAIR_HINT}"
            )
        self._data = data
        if self.deferred:
            self.dirty = True
            return
        self.flush(data)

    def serialised(self) -> bytes:
        # orjson: a 500 KB shard serialises in 0.5 ms instead of 9 ms, and every capture writes one.
        return orjson.dumps(self._data)

    def flush(self, data: dict | None = None, *, sync_dir: bool = True) -> None:
        data = self._data if data is None else data
        try:
            write_atomically(self.path, orjson.dumps(data), sync_dir=sync_dir)
        except StoreError:
            # Memory must match the disk: forget the change that could not be saved.
            self._data = None
            self.dirty = False
            raise
        self.written()

    def written(self) -> None:
        """The file on disk now holds what is in memory."""
        self.dirty = False
        self.signature = self._disk_signature()

    def reload_if_changed(self) -> bool:
        if self._disk_signature() != self.signature:
            self._data = None
            return True
        return False


class _Shard:
    def __init__(self, path: Path, table: str):
        self.storage = DurableJSONStorage(path, table)
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

    def __init__(self, path: Path, data_dir: Path | None = None):
        self.path = path
        self.data_dir = data_dir or path.parent  # named in the refusal
        self._fd: int | None = None

    def acquire(self, *, blocking: bool, what: str) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
        except BlockingIOError:
            holder = self.holder()
            os.close(fd)
            raise StoreLocked(
                f"Another companion ({holder}) is already using the data dir {self.data_dir}; "
                f"stop it first, or give {what} another --data-dir."
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"process {os.getpid()}".encode())
        self._fd = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

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


@dataclass(frozen=True)
class Summariser:
    """What the people index keeps about each person, computed by the layer that knows what a person is;
    `code` names the code that computed it, so a summary written by other code is not trusted."""

    summarise: Callable[[dict], dict]
    code: str


IndexEntry = tuple[str, list[str], dict]  # person id, identity keys, summary


def index_entries(docs: dict[str, dict], summariser: Summariser) -> list[IndexEntry]:
    """The index entries of one shard's people, in the shard's order."""
    return [(person_id, list(doc.get("keys", [])), summariser.summarise(doc)) for person_id, doc in docs.items()]


def shard_of(person_id: str, shards: int = SHARDS) -> int:
    return int(hashlib.blake2b(person_id.encode(), digest_size=2).hexdigest(), 16) % shards


class Store:
    """People and settings, in memory, durable on every acknowledged write."""

    def __init__(self, data_dir: Path, *, shards: int = SHARDS, tolerate_damage: bool = False,
                 refuse_all_writes_when_damaged: bool = False):
        self.data_dir = Path(data_dir)
        # Read what is sound: a damaged shard of people reads as no one (damaged_shards() says which) and refuses
        # every write; a damaged meta.json is refused all the same (it says which shards exist).
        self.tolerate_damage = tolerate_damage
        # The server's store: no write to any file while a shard is damaged (_refuse_writes_while_damaged).
        self.refuse_all_writes_when_damaged = refuse_all_writes_when_damaged
        self.dir = self.data_dir / "store"
        self.backups_dir = self.data_dir / "backups"
        self._shard_count = shards
        self._thread_lock = threading.RLock()
        self._write_lock = ProcessLock(self.dir / "write.lock", self.data_dir)
        self._depth = 0
        self._meta: _Shard | None = None
        self._people: list[_Shard] = []
        self._keys: dict[str, str] = {}
        self._refreshed_at = 0.0
        self._last_backup_at: datetime | None = None
        # Each shard's index entries, by shard number: ((shard signature, summariser code), entries).
        self._indexed: dict[int, tuple[tuple, list[IndexEntry]]] = {}
        # people_left_out() for the damage found so far: ((path, damage) of each damaged shard, count). The damage
        # is the exception its read raised, so a file read again (a restore, more damage) counts afresh.
        self._left_out: tuple[tuple, int | None] | None = None

    # ------------------------------------------------------------ life cycle

    def open(self, *, backup: str | None = None) -> Store:
        """Load the store (refusing a damaged one); `backup` names a backup to take once it has loaded."""
        try:
            self.dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise _store_error_from_os(exc, self.dir / "x") from exc
        self._meta = _Shard(self.dir / "meta.json", META)
        self._people = [_Shard(path, PEOPLE) for path in shard_paths(self.dir, self._shard_count)]
        # A read-only data dir can still be read (and then nothing can be half-written in it).
        writable = os.access(self.dir, os.W_OK)
        with self._locked("this command") if writable else contextlib.nullcontext():
            if writable:
                replay_journal(self.dir)
                _remove_stale_temporary_files(self.dir)
            fresh = is_fresh(self.dir)
            self._meta.storage.may_be_missing = fresh
            # A damaged meta.json (settings, counters, which shards exist) reads as no settings: the send guard
            # checks with its defaults, and every shard is read as if any might never have been written.
            self._meta.storage.tolerate_damage = self.tolerate_damage
            present = present_shards(self._meta.raw(), len(self._people))
            for i, shard in enumerate(self._people):
                shard.storage.may_be_missing = i not in present
                shard.storage.tolerate_damage = self.tolerate_damage
            self._load_people()
        self._migrate()
        # A damaged file is never backed up: each such backup would push a good one out of the kept few.
        if backup and not fresh and not self.damaged_files():
            with self.transaction():
                self.backup(backup)
        return self

    def _load_people(self) -> None:
        from companion.gc_pause import gc_paused

        with gc_paused():  # loading makes millions of small objects
            for shard in self._people:
                shard.raw()  # load now, so a damaged file is reported at start, not mid-request
            self._rebuild_key_index()

    @contextlib.contextmanager
    def _locked(self, what: str) -> Iterator[None]:
        with self._thread_lock:
            if self._write_lock.held:
                yield
                return
            self._write_lock.acquire(blocking=True, what=what)
            try:
                yield
            finally:
                self._write_lock.release()

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
        if self.meta_damage() is not None:
            return  # its schema version is unknown, and it cannot be written: nothing to migrate until a restore
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
            if current == 0:
                _record_present_shards(self)
            self._meta.put("schema", {"version": SCHEMA_VERSION})

    def backup(self, label: str) -> Path:
        """Take a backup of the store as it is on disk now (backups/<time>-<label>/) and return its folder.

        Called inside a transaction, it holds what the last committed write left, never half of one."""
        with self._locked("this backup"):
            target = take_backup(self.dir, self.backups_dir, label)
            prune_backups(self.backups_dir)
        return target

    def list_backups(self) -> list[Path]:
        return list_backups(self.backups_dir)

    def _backup_if_due(self) -> None:
        now = datetime.now(UTC)
        if self._last_backup_at and now - self._last_backup_at < BACKUP_EVERY:
            return  # known without listing the folder on every write
        newest = next((backup_time(f) for f in reversed(self.list_backups()) if backup_time(f)), None)
        if newest and now - newest < BACKUP_EVERY:
            self._last_backup_at = newest
        elif self.count_people() or self.settings():  # an empty store has nothing to lose
            self.backup("hourly")
            self._last_backup_at = now

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
            if (self.dir / JOURNAL).exists():
                return  # a write is being applied: keep the consistent view until it is whole
            changed = False
            for shard in [self._meta, *self._people]:
                if not shard.storage.dirty:
                    changed |= shard.storage.reload_if_changed()
            if changed:
                self._rebuild_key_index()

    def _reload_everything_changed(self) -> None:
        for shard in [self._meta, *self._people]:
            shard.storage.reload_if_changed()
        self._rebuild_key_index()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Store]:
        """Group writes: one lock, one flush per changed shard at the end. Returns once durable."""
        with self._thread_lock:
            outermost = self._depth == 0
            if outermost:
                self._write_lock.acquire(blocking=True, what="this command")
                try:
                    if replay_journal(self.dir):  # another process stopped half-way: finish its write first
                        self._reload_everything_changed()
                    self.refresh(force=True)
                    self._refuse_writes_while_damaged()
                    self._backup_if_due()
                except BaseException:
                    self._write_lock.release()
                    raise
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
        # People first, meta.json (counters, settings) last; several files go through the journal.
        new = [i for i, shard in enumerate(self._people) if shard.storage.dirty and shard.storage.may_be_missing]
        if new:  # a shard file is about to exist: meta.json says so in the same (journalled) write
            present = present_shards(self._meta.raw(), len(self._people))
            self._meta.put(SHARDS_PRESENT, {"present": sorted(present | set(new))})
        dirty = [shard.storage for shard in [*self._people, self._meta] if shard.storage.dirty]
        if not dirty:
            return
        files = [(storage.path, storage.serialised()) for storage in dirty]
        # First: an index file must not outlive the shard it summarises (it may name someone being forgotten).
        _unlink_index_files(self.dir, [path.name for path, _ in files])
        journal = self.dir / JOURNAL
        if len(files) > 1:
            write_atomically(journal, encode_journal(files))  # the commit point; a failure changed nothing
        try:
            for path, data in files:
                write_atomically(path, data, sync_dir=False)
            _fsync_dir(self.dir)
        except (StoreError, OSError) as exc:
            if len(files) == 1:
                raise exc if isinstance(exc, StoreError) else _store_error_from_os(exc, self.dir / "store") from exc
            # Committed in the journal: the next transaction, or the next start, finishes applying it.
            log.warning("could not apply the journal yet (%s); it will be applied on the next write", exc)
        else:
            if len(files) > 1:
                with contextlib.suppress(OSError):
                    journal.unlink()
        for storage in dirty:
            storage.written()
            storage.may_be_missing = False

    def _discard_unflushed(self) -> None:
        # Whatever was not written is forgotten, and the index goes back to what the disk holds.
        for shard in [self._meta, *self._people]:
            if shard.storage.dirty:
                shard.storage._data = None
                shard.storage.dirty = False
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

    def people(self, only: Collection[str] | None = None) -> Iterator[dict]:
        """Every stored person, or only those whose ids are in `only`, in store order, read-only (do not
        mutate; save a copy through save_person)."""
        self.refresh()
        for shard in self._people:
            if only is None:
                yield from shard.raw().values()
            else:
                yield from (doc for person_id, doc in shard.raw().items() if person_id in only)

    def records(self) -> Iterator[tuple[str, str, Any]]:
        """(shard file name, id it is stored under, record) for every stored person, as stored: for a check that
        names a damaged record and its file (memory.records)."""
        self.refresh()
        for shard in self._people:
            for person_id, doc in shard.raw().items():
                yield shard.storage.path.name, person_id, doc

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

    def people_version(self) -> tuple:
        """Changes whenever anyone is written, by any process: the (inode, mtime, size) of every shard."""
        return tuple(shard.storage._disk_signature() for shard in self._people)

    def shard_people(self, index: int) -> tuple[tuple | None, list[dict]]:
        """The people of one shard (numbered as people_version() numbers them), read-only, with the signature
        of what was read: None while it holds writes not flushed yet. For a cache kept per shard, which then
        reads again only the shards whose signature in people_version() moved."""
        self.refresh()
        shard = self._people[index]
        with self._thread_lock:
            return (None if shard.storage.dirty else shard.storage.signature), list(shard.raw().values())

    def summaries(self, summariser: Summariser) -> Iterator[tuple[str, dict]]:
        """(id, summary) for every stored person, in store order: each shard's are computed once per
        version of the shard and kept, so listing everyone by name costs a dict per person, not a profile."""
        self.refresh()
        for i in range(len(self._people)):
            for person_id, _, summary in self._index_entries(i, summariser):
                yield person_id, summary

    def _index_entries(self, i: int, summariser: Summariser) -> list[IndexEntry]:
        shard = self._people[i]
        with self._thread_lock:  # not half-way through a transaction of this process
            signature, docs, dirty = shard.storage.signature, shard.raw(), shard.storage.dirty
        version = (signature, summariser.code)
        kept = self._indexed.get(i)
        if kept is not None and kept[0] == version:
            return kept[1]
        entries = index_entries(docs, summariser)
        if not dirty:
            self._indexed[i] = (version, entries)
        return entries

    def _rebuild_key_index(self) -> None:
        self._keys = {
            key: person_id
            for shard in self._people
            for person_id, doc in shard.raw().items()
            for key in doc.get("keys", [])
        }

    # ------------------------------------------------------------ damage read around (tolerate_damage)

    def _damaged_shard_storages(self) -> list[DurableJSONStorage]:
        """The one reader of shard damage: each shard file found damaged so far, read as holding no one."""
        return [shard.storage for shard in self._people if shard.storage.damage is not None]

    def _damaged_storages(self) -> list[DurableJSONStorage]:
        """Every store file found damaged so far: meta.json first (read as no settings), then the shards."""
        meta = [self._meta.storage] if self.meta_damage() is not None else []
        return [*meta, *self._damaged_shard_storages()]

    def damaged_shards(self) -> list[Path]:
        """The shard files found damaged so far (a store opened with tolerate_damage), read as holding no one."""
        return [storage.path for storage in self._damaged_shard_storages()]

    def meta_damage(self) -> StoreDamaged | None:
        """Why meta.json could not be read (a store opened with tolerate_damage), else None."""
        if self._meta is None:
            return None
        self.refresh()
        self._meta.raw()  # a meta.json rewritten since (a restore, more damage) is read again, and judged afresh
        return self._meta.storage.damage

    def damaged_files(self) -> list[Path]:
        """Every store file found damaged so far: meta.json first (read as no settings), then the shards."""
        return [storage.path for storage in self._damaged_storages()]

    def _refuse_writes_while_damaged(self) -> None:
        """No write at all while a file is damaged (the server's store, refuse_all_writes_when_damaged): whoever
        a damaged shard held is unknown, so a capture of one of them would store them twice; a damaged meta.json
        holds the counters and settings a write would overwrite; a backup taken now would push a good one out.
        A restore made meanwhile is seen by refresh() and lifts this."""
        damaged_paths = self.damaged_files()
        if damaged_paths and self.refuse_all_writes_when_damaged:
            why = ("could store someone it holds a second time" if self.damaged_shards()
                   else "would overwrite your settings and counters it holds")
            raise StoreDamaged(
                f"Nothing was stored: the store file {damaged_paths[0]} is damaged"
                f"{f' (and {len(damaged_paths) - 1} more)' if len(damaged_paths) > 1 else ''}, and a change now "
                f"{why}. {REPAIR_HINT}"
            )

    def damage_note(self, *, server: bool = False) -> str | None:
        """One sentence on the damaged store files found so far, how many people they held when that is known,
        and what to do; None when none was found. The CLI's (a note before a command's answer) names why each
        file is damaged; the server's (`server`: GET /v1/status, the serve banner, a refused write) says the
        send guard keeps checking and nothing is stored until a restore."""
        damaged_files = self._damaged_storages()
        if not damaged_files:
            return None
        shards = self._damaged_shard_storages()
        # meta.json comes first in the list when it is damaged (read once above, not re-read here).
        meta_damaged = self._meta is not None and damaged_files[0] is self._meta.storage
        left = self.people_left_out() if shards else 0
        held = ("whoever was stored there is" if left is None
                else "the 1 person stored there is" if left == 1 else f"the {left} people stored there are")
        # What a damaged meta.json takes away: every setting, so the guard checks with its defaults.
        settings = (" with its default settings (yours, kept in meta.json, cannot be read)" if meta_damaged
                    else "")
        if server:
            files = "; ".join(str(storage.path) for storage in damaged_files)
            left_out = f" and {held} left out of every answer" if shards else ""
            return (f"A store file is damaged: {files}. The send guard keeps checking{settings}{left_out}; nothing "
                    "is stored (captures, notes, your profile and settings are refused) until it is restored: "
                    f"{REPAIR_HINT}")
        named = "; ".join(f"{storage.path} ({_why_damaged(storage)})" for storage in damaged_files)
        one = len(damaged_files) == 1
        answer = (f"This answer comes from every other file; {held} left out." if shards and not meta_damaged
                  else f"This answer comes from every other file; {held} left out, and the guard uses its default "
                  "settings (yours cannot be read)." if shards
                  else "Your settings (the guard's, your own profile) cannot be read, so the guard uses its "
                  "default settings; everything else answers as usual.")
        return (f"Note: {'a store file is' if one else f'{len(damaged_files)} store files are'} damaged: {named}. "
                f"{answer} {REPAIR_HINT} Nothing can be changed until then.")

    def people_left_out(self) -> int | None:
        """How many people the damaged shard files held (what an answer from the rest leaves out); None when
        that is not known. Counted once per damage found (it may read backups), not on every call."""
        found = tuple((storage.path, storage.damage) for storage in self._damaged_shard_storages())
        if self._left_out is None or self._left_out[0] != found:
            counts = [self._people_once_in(path) for path, _ in found]
            self._left_out = (found, None if any(count is None for count in counts) else sum(counts))
        return self._left_out[1]

    def _people_once_in(self, path: Path) -> int | None:
        """How many people a shard held before it was damaged: its people index file (made from the shard as it
        was, whatever its signature now), else the newest backup's sound copy of it; None when neither says."""
        data = _index_file(self.dir / INDEX / path.name)
        if data is not None and isinstance(data.get("people"), list):
            return len(data["people"])
        for folder in reversed(list_backups(self.backups_dir)):
            try:
                return len(parse_store_file(folder / path.name, (folder / path.name).read_bytes(), PEOPLE)[PEOPLE])
            except (OSError, StoreDamaged):
                continue
        return None

    # ------------------------------------------------------------ values derived from everyone

    def read_derived(self, name: str, code: str) -> Any | None:
        """What save_derived kept as `name`, when computed by `code` (a signature of the code that computed
        it) from the people as they are now; else None (never kept, stale, or unreadable)."""
        payload = read_cache(self.dir / INDEX / f"{DERIVED}{name}")
        try:
            kept = marshal.loads(payload) if payload is not None else None
        except (EOFError, ValueError, TypeError):
            return None
        if not (isinstance(kept, tuple) and len(kept) == 3) or kept[0] != code or kept[1] != self.people_version():
            return None
        return kept[2]

    def save_derived(self, name: str, code: str, version: tuple, value: Any) -> None:
        """Keep `value` (plain data: dicts, lists, strings, numbers), computed by `code` from the people as
        people_version() was `version`, for the next command to read. Only a cache: nothing is kept when a
        shard changed meanwhile, and nothing is said when it cannot be written."""
        if self.damaged_shards() or not os.access(self.dir, os.W_OK):
            return  # computed without a damaged shard's people: not the value of the store as it is
        path = self.dir / INDEX / f"{DERIVED}{name}"
        try:
            data = marshal.dumps((code, version, value))
            # Under the write lock, so a write (a forget) cannot slip between the check and the file.
            with self._locked("this command"):
                if self.people_version() != version:
                    return
                path.parent.mkdir(mode=0o700, exist_ok=True)
                write_cache(path, data)
        except (StoreError, OSError, ValueError) as exc:
            log.debug("could not keep %s: %s", path.name, exc)

    def read_kept(self, name: str, code: str) -> Any | None:
        """What save_kept kept as `name`, when computed by `code`; else None (never kept, stale, or unreadable)."""
        payload = read_cache(self.dir / INDEX / f"{KEPT}{name}")
        try:
            kept = marshal.loads(payload) if payload is not None else None
        except (EOFError, ValueError, TypeError):
            return None
        return kept[1] if isinstance(kept, tuple) and len(kept) == 2 and kept[0] == code else None

    def save_kept(self, name: str, code: str, value: Any) -> None:
        """Keep `value` (plain data naming no one: it outlives a forget), computed by `code` alone, for the next
        command to read. Only a cache: nothing is said when it cannot be written."""
        if not os.access(self.dir, os.W_OK):
            return
        path = self.dir / INDEX / f"{KEPT}{name}"
        try:
            path.parent.mkdir(mode=0o700, exist_ok=True)
            write_cache(path, marshal.dumps((code, value)))
        except (StoreError, OSError, ValueError) as exc:
            log.debug("could not keep %s: %s", path.name, exc)

    # ------------------------------------------------------------ values derived from one shard's people

    def shard_count(self) -> int:
        return len(self._people)

    def shard_size(self, index: int) -> int:
        """How many people shard `index` holds."""
        self.refresh()
        return len(self._people[index].raw())

    def read_shard_derived(self, index: int, name: str, code: str) -> Any | None:
        """What save_shard_derived kept as `name` for shard `index`, when computed by `code` from that shard as
        it is now; else None. A value derived shard by shard is recomputed, after a write, for the shards
        the write changed alone."""
        path = self.dir / INDEX / f"{self._people[index].storage.path.stem}.{name}"
        payload = read_cache(path)
        try:
            kept = marshal.loads(payload) if payload is not None else None
        except (EOFError, ValueError, TypeError):
            return None
        signature = self._people[index].storage._disk_signature()
        if not (isinstance(kept, tuple) and len(kept) == 3) or kept[0] != code or kept[1] != signature:
            return None
        return kept[2]

    def shard_signature(self, index: int) -> tuple | None:
        """Shard `index`'s signature on disk now, without reading its people: taken before reading something kept
        for the shard, it is the one to save that back with (save_shard_derived), so a write in between, a forget
        among them, leaves nothing kept."""
        return self._people[index].storage._disk_signature()

    def save_shard_derived(self, index: int, name: str, code: str, signature: tuple | None, value: Any) -> None:
        """Keep `value` (plain data), computed by `code` from shard `index` as it was when its signature was
        `signature` (shard_people's), beside the shard's index file: like it, unlinked by any write to the shard.
        Only a cache: nothing is kept when the shard changed meanwhile or cannot be written."""
        storage = self._people[index].storage
        if signature is None or storage.damage is not None or not os.access(self.dir, os.W_OK):
            return  # (nothing is kept of a damaged shard: a reader that refuses damage must see it)
        path = self.dir / INDEX / f"{storage.path.stem}.{name}"
        try:
            data = marshal.dumps((code, tuple(signature), value))
            with self._locked("this command"):  # so a write (a forget) cannot slip between the check and the file
                if storage._disk_signature() != tuple(signature):
                    return
                path.parent.mkdir(mode=0o700, exist_ok=True)
                write_cache(path, data)
        except (StoreError, OSError, ValueError) as exc:
            log.debug("could not keep %s: %s", path.name, exc)

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


class PartialStore(Store):
    """The store as one read command needs it: meta.json at once, a shard of people only when someone in it
    is read (a walk through everyone lets each go again, holding one at a time), and who is where from the
    people index. Whatever writes through it loads the whole store first."""

    def __init__(self, data_dir: Path, summariser: Summariser, *, shards: int = SHARDS, tolerate_damage: bool = False):
        super().__init__(data_dir, shards=shards, tolerate_damage=tolerate_damage)
        self.summariser = summariser
        self._whole = False
        self._passed: int | None = None  # the shard a walk (or the index) read last, kept until the next

    def _load_people(self) -> None:
        self._keys = None  # built from the index when a key is first looked up

    def _make_whole(self) -> None:
        if not self._whole:
            self._whole = True
            super()._load_people()

    def _rebuild_key_index(self) -> None:
        if self._whole:
            super()._rebuild_key_index()
        else:
            self._keys = None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Store]:
        self._make_whole()
        with super().transaction() as store:
            yield store

    def person_id_for_key(self, key: str) -> str | None:
        self.refresh()
        if self._keys is None:
            self._keys = self._key_map()
        return self._keys.get(key)

    def _key_map(self) -> dict[str, str]:
        """Every identity key's person: kept whole as a derived value (one file, read while no shard changed)
        rather than gathered from every shard's index file, which takes several times longer at 30,000; after
        a write, gathered from each shard's keys, kept beside it (_shard_keys), so only the shards written
        are read again."""
        code = self.summariser.code
        kept = self.read_derived(PERSON_KEYS, code)
        if isinstance(kept, dict):
            return kept
        version = self.people_version()
        keys: dict[str, str] = {}
        for i in range(len(self._people)):
            keys.update(self._shard_keys(i, code))
        self.save_derived(PERSON_KEYS, code, version, keys)
        return keys

    def _shard_keys(self, i: int, code: str) -> dict[str, str]:
        """Shard i's identity keys and their people: kept (save_shard_derived), else from its index entries while
        they are current (in memory, as a listing just read them, else its index file), else from the shard
        itself: its summaries are not needed to find someone by a key, and cost as much as reading it."""
        part = self.read_shard_derived(i, PERSON_KEYS, code)
        if isinstance(part, dict):
            return part
        storage = self._people[i].storage
        signature = storage._disk_signature()
        if signature is None and storage.may_be_missing:
            return {}  # no one was ever stored in this shard
        indexed = self._indexed.get(i)
        if indexed is not None and indexed[0] == (signature, code) and storage._data is None:
            entries = indexed[1]
        else:
            entries = None if storage._data is not None else read_index_file(
                self.dir / INDEX / storage.path.name, signature, code)
        if entries is not None:
            part = {key: person_id for person_id, keys, _ in entries for key in keys}
        else:
            signature, docs = self.shard_people(i)  # a missing or damaged shard is refused here, as anywhere
            part = {key: doc["id"] for doc in docs for key in doc.get("keys", [])}
        self.save_shard_derived(i, PERSON_KEYS, code, signature, part)
        return part

    def count_people(self) -> int:
        if self._whole:
            return super().count_people()
        return sum(len(self._index_entries(i, self.summariser)) for i in range(len(self._people)))

    def shard_size(self, index: int) -> int:
        if self._whole or self._people[index].storage._data is not None:
            return super().shard_size(index)
        self.refresh()
        return len(self._index_entries(index, self.summariser))

    def shard_people(self, index: int) -> tuple[tuple | None, list[dict]]:
        """As Store's, letting the shard go again when it was not held before (a walk holds one at a time)."""
        storage = self._people[index].storage
        held = self._whole or storage._data is not None
        found = super().shard_people(index)
        if not held:
            storage._data = None
        return found

    def people(self, only: Collection[str] | None = None) -> Iterator[dict]:
        if self._whole:
            yield from super().people(only)
            return
        self.refresh()
        wanted = None if only is None else {shard_of(person_id, self._shard_count) for person_id in only}
        for i, shard in enumerate(self._people):
            if wanted is not None and i not in wanted:
                continue
            held = shard.storage._data is not None
            docs = shard.raw()
            yield from docs.values() if only is None else (doc for pid, doc in docs.items() if pid in only)
            if held:
                continue
            if only is None:
                shard.storage._data = None  # a walk through everyone holds one shard at a time
            else:
                self._let_go(i)

    def _let_go(self, i: int) -> None:
        """Keep the shard just read (the next read is often someone in it: the person a walk through a few
        was looking for) and let the one read before it go."""
        passed, self._passed = self._passed, i
        if passed is not None and passed != i and not self._whole:
            self._people[passed].storage._data = None

    def _index_entries(self, i: int, summariser: Summariser) -> list[IndexEntry]:
        shard = self._people[i]
        if self._whole or shard.storage._data is not None:
            return super()._index_entries(i, summariser)
        signature = shard.storage._disk_signature()
        kept = self._indexed.get(i)
        if kept is not None and kept[0] == (signature, summariser.code):
            return kept[1]
        path = self.dir / INDEX / shard.storage.path.name
        entries = read_index_file(path, signature, summariser.code) if signature is not None else None
        if entries is None and signature is None and shard.storage.may_be_missing:
            entries = []  # no one was ever stored in this shard
        elif entries is None:
            docs = shard.raw()  # a missing or damaged shard is refused here, as anywhere
            signature = shard.storage.signature
            entries = index_entries(docs, summariser)
            self._let_go(i)
            self._save_index(path, shard.storage, signature, summariser.code, entries)
        self._indexed[i] = ((signature, summariser.code), entries)
        return entries

    def _save_index(self, path: Path, storage: DurableJSONStorage, signature: tuple, code: str,
                    entries: list[IndexEntry]) -> None:
        if storage.damage is not None or not os.access(self.dir, os.W_OK):
            return  # a read-only store is summarised afresh each time; a damaged shard's old index counts its people
        try:
            # Under the write lock, so a write (a forget) cannot slip between the check and the file.
            with self._locked("this command"):
                if storage._disk_signature() != signature:
                    return  # rewritten since it was read: the entries are stale already
                path.parent.mkdir(mode=0o700, exist_ok=True)
                write_cache(path, orjson.dumps({"shard": signature, "code": code, "people": entries}))
        except (StoreError, OSError) as exc:  # only a cache, and nothing to tell: the shard is read again next time
            log.debug("could not save the people index %s: %s", path.name, exc)


def _index_file(path: Path) -> dict | None:
    """The one reader of a people index file: its JSON object, or None when it is absent or unreadable."""
    payload = read_cache(path)
    try:
        data = orjson.loads(payload) if payload is not None else None
    except orjson.JSONDecodeError:
        return None
    return data if isinstance(data, dict) else None


def read_index_file(path: Path, signature: tuple | None, code: str) -> list[IndexEntry] | None:
    """The entries an index file holds when it was made from the shard as it is now by this code, else None."""
    if signature is None:
        return None  # the shard file is missing: no index file was made from it as it is
    data = _index_file(path)
    if data is None or data.get("shard") != list(signature) or data.get("code") != code:
        return None
    people = data.get("people")
    if not isinstance(people, list):
        return None
    entries = []
    for entry in people:
        if not (isinstance(entry, list) and len(entry) == 3 and isinstance(entry[0], str)
                and isinstance(entry[1], list) and isinstance(entry[2], dict)):
            return None
        entries.append((entry[0], entry[1], entry[2]))
    return entries


def _unlink_index_files(store_dir: Path, names: Iterable[str]) -> None:
    """Drop the index files of shards just written (and the values derived from each: save_shard_derived), and
    every value derived from everyone: stale anyway, and they may name (or count) someone just forgotten."""
    people = [name for name in names if name.startswith("people-")]
    for name in people:
        for path in (store_dir / INDEX).glob(f"{Path(name).stem}.*"):  # people-00.json, people-00.<derived>
            with contextlib.suppress(OSError):
                path.unlink()
    if people:
        for path in (store_dir / INDEX).glob(f"{DERIVED}*"):
            with contextlib.suppress(OSError):
                path.unlink()


def _why_damaged(storage: DurableJSONStorage) -> str:
    """What is wrong with a damaged file, as damaged() worded it ("it is empty")."""
    message = storage.damage.message if storage.damage is not None else ""
    return message.removeprefix(f"The store file {storage.path} is damaged: ").split(". Nothing was read", 1)[0]


# What to run about a damaged store file, said wherever the damage is named.
REPAIR_HINT = ("`companion restore --only-damaged` brings back a sound copy of that file alone, from the newest backup "
               "that has one, and keeps every other file as it is (`companion restore` rolls the whole store back instead); "
               "`companion doctor` checks every store file.")


def shard_paths(store_dir: Path, shards: int = SHARDS) -> list[Path]:
    return [store_dir / f"people-{i:02x}.json" for i in range(shards)]


def damaged(path: Path, why: str) -> StoreDamaged:
    return StoreDamaged(
        f"The store file {path} is damaged: {why}. Nothing was read from it. {REPAIR_HINT}"
    )


def parse_store_file(path: Path, raw: bytes, table: str) -> dict:
    """A store file's content, or StoreDamaged: an empty, unreadable or wrongly shaped file is never 'no one'."""
    if not raw.strip():
        raise damaged(path, "it is empty")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise damaged(path, f"it is not valid JSON ({exc})") from None
    rows = data.get(table, {}) if isinstance(data, dict) else None
    if not isinstance(rows, dict) or set(data) - {table} or not all(isinstance(row, dict) for row in rows.values()):
        raise damaged(path, f"it does not hold a table of {table}")
    return data


def is_fresh(store_dir: Path) -> bool:
    """No store file at all yet: a new data dir, not a damaged one."""
    return not any(store_dir.glob("*.json"))


def inspect_store_files(folder: Path) -> list[str]:
    """What is wrong with the store files in `folder` (the store, or a backup), without locking anything."""
    return [problem for _, problem in inspect_store_damage(folder)]


def damaged_store_files(folder: Path) -> list[str]:
    """The names of the store files in `folder` that are damaged or missing (inspect_store_files says why)."""
    return [name for name, _ in inspect_store_damage(folder)]


def inspect_store_damage(folder: Path) -> list[tuple[str, str]]:
    """(file name, what is wrong with it) for each damaged or missing store file in `folder`."""
    if not folder.is_dir() or is_fresh(folder):
        return []
    problems: list[tuple[str, str]] = []
    present: set[int] = set()
    for i, (path, table) in enumerate([(folder / "meta.json", META), *((p, PEOPLE) for p in shard_paths(folder))]):
        try:
            data = parse_store_file(path, path.read_bytes(), table)
        except FileNotFoundError:
            if table == META or i - 1 in present:
                problems.append((path.name, f"{path.name} is missing"))
            continue
        except OSError as exc:
            problems.append((path.name, f"{path.name} cannot be read ({exc.strerror or exc})"))
            continue
        except StoreDamaged as exc:
            problems.append((path.name,
                             f"{path.name} is damaged ({exc.message.split(': ', 1)[1].split('. Nothing', 1)[0]})"))
            continue
        if table == META:
            present = present_shards(data.get(META, {}), SHARDS)
    return problems


def present_shards(meta: dict, shards: int) -> set[int]:
    """The shard files meta.json says exist (none is known before schema 2: any may be missing)."""
    row = meta.get(SHARDS_PRESENT)
    listed = row.get("present") if isinstance(row, dict) else None
    return {i for i in listed if isinstance(i, int) and 0 <= i < shards} if isinstance(listed, list) else set()


# ------------------------------------------------------------ the journal


def encode_journal(files: list[tuple[Path, bytes]]) -> bytes:
    parts = [JOURNAL_MAGIC]
    for path, data in files:
        parts += [f"{path.name} {len(data)}\n".encode(), data, b"\n"]
    parts.append(b"END\n")
    return b"".join(parts)


def decode_journal(raw: bytes) -> list[tuple[str, bytes]] | None:
    """The files a journal holds, or None when it is not a whole journal of ours."""
    if not raw.startswith(JOURNAL_MAGIC):
        return None
    files, pos = [], len(JOURNAL_MAGIC)
    try:
        while True:
            end = raw.index(b"\n", pos)
            header = raw[pos:end].decode()
            if header == "END":
                return files
            name, size = header.rsplit(" ", 1)
            data = raw[end + 1:end + 1 + int(size)]
            if len(data) != int(size) or Path(name).name != name or not name.endswith(".json"):
                return None
            files.append((name, data))
            pos = end + 1 + int(size) + 1
    except (ValueError, UnicodeDecodeError):
        return None


def replay_journal(store_dir: Path) -> bool:
    """Finish a write that stopped half-way (call with the write lock held); True when there was one."""
    journal = store_dir / JOURNAL
    try:
        raw = journal.read_bytes()
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise _store_error_from_os(exc, journal) from exc
    files = decode_journal(raw)
    if files is None:
        # Journals are written atomically: one that does not parse was never committed.
        log.warning("ignoring an incomplete journal in %s", store_dir)
    else:
        _unlink_index_files(store_dir, [name for name, _ in files])
        for name, data in files:
            write_atomically(store_dir / name, data, sync_dir=False)
        try:
            _fsync_dir(store_dir)
        except OSError as exc:
            raise _store_error_from_os(exc, journal) from exc
    journal.unlink()
    return files is not None


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove_stale_temporary_files(store_dir: Path) -> None:
    """Temporary files of writes that died (call with the write lock held: no write is in flight then)."""
    now = time.time()
    for leftover in [*store_dir.glob(".*.tmp"), *(store_dir / INDEX).glob(".*.tmp")]:
        parts = leftover.name.split(".")
        pid = int(parts[-3]) if len(parts) >= 4 and parts[-3].isdigit() else None
        with contextlib.suppress(OSError):
            if pid is None or not _process_alive(pid) or now - leftover.stat().st_mtime > STALE_TMP_SECONDS:
                leftover.unlink()


# ------------------------------------------------------------ backups


def list_backups(backups_dir: Path) -> list[Path]:
    """Backup folders, oldest first."""
    if not backups_dir.is_dir():
        return []
    return sorted(p for p in backups_dir.iterdir() if p.is_dir())


def backup_time(folder: Path) -> datetime | None:
    try:
        return datetime.strptime(folder.name[:15], BACKUP_TIME_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None


def take_backup(store_dir: Path, backups_dir: Path, label: str) -> Path:
    """backups/<UTC time>-<label>/ holding a copy of the store files as they are now.

    Never a link to a live file (damage written in place would reach the backup too); a file unchanged
    since the previous backup is a hard link to that backup's copy, so an hourly backup costs a copy of
    the few shards that changed, not of the whole store."""
    stamp = datetime.now(UTC).strftime(BACKUP_TIME_FORMAT)
    previous = next(iter(list_backups(backups_dir)[-1:]), None)
    target, n = backups_dir / f"{stamp}-{label}", 1
    while target.exists():
        n += 1
        target = backups_dir / f"{stamp}-{label}-{n}"
    try:
        target.mkdir(parents=True, mode=0o700)
        for path in sorted(store_dir.glob("*.json")):
            if previous is not None and _same_version(path, previous / path.name):
                with contextlib.suppress(OSError):
                    os.link(previous / path.name, target / path.name)
                    continue
            # Not fsynced file by file (65 fsyncs would put a third of a second on a capture): a backup
            # that a crash tears is found damaged and skipped by restore, and the next write takes one.
            shutil.copy2(path, target / path.name)  # keeps the modification time _same_version compares
        _fsync_dir(target)
        _fsync_dir(backups_dir)
    except OSError as exc:
        raise _store_error_from_os(exc, target / "backup") from exc
    return target


def _same_version(live: Path, copy: Path) -> bool:
    try:
        a, b = live.stat(), copy.stat()
    except OSError:
        return False
    return (a.st_size, a.st_mtime_ns) == (b.st_size, b.st_mtime_ns)


def prune_backups(backups_dir: Path, now: datetime | None = None) -> list[Path]:
    """Remove backups past their keep (see BACKUP_KEEP_*); returns what was removed."""
    now = now or datetime.now(UTC)
    folders = list_backups(backups_dir)
    keep = set(folders[-BACKUP_KEEP_NEWEST:])
    newest_of_day: dict = {}
    for folder in folders:
        taken = backup_time(folder)
        if taken is None or now - taken <= BACKUP_KEEP_ALL:
            keep.add(folder)  # not named by us, or recent
        elif now - taken <= BACKUP_KEEP_DAILY:
            newest_of_day[taken.date()] = folder  # oldest first, so the newest of the day wins
    keep |= set(newest_of_day.values())
    removed = [folder for folder in folders if folder not in keep]
    for folder in removed:
        shutil.rmtree(folder, ignore_errors=True)
    return removed


def find_backup(backups_dir: Path, when: str | None) -> Path:
    """The backup `when` names (a folder name, or a time like 2026-12-05 or 2026-12-05T14:30, newest match),
    or the newest one that is whole."""
    folders = list_backups(backups_dir)
    if not folders:
        raise StoreError(f"There are no backups in {backups_dir} yet.")
    if when:
        key = when.strip().replace("-", "").replace(":", "").replace(" ", "T")
        matches = [f for f in folders if f.name == when.strip() or f.name.startswith(key)]
        if not matches:
            raise StoreError(f"No backup matches “{when}”; `companion backups` lists them.")
        return matches[-1]
    whole = [f for f in folders if not inspect_store_files(f) and not is_fresh(f)]
    if not whole:
        raise StoreDamaged(f"Every backup in {backups_dir} is damaged or empty; nothing can be restored.")
    return whole[-1]


def restore_backup(data_dir: Path, folder: Path) -> Path | None:
    """Make the store what `folder` holds, in one journalled step; the store as it was goes to a
    before-restore backup first (returned), so a restore loses nothing either."""
    store_dir, backups_dir = Path(data_dir) / "store", Path(data_dir) / "backups"
    problems = inspect_store_files(folder)
    if problems or is_fresh(folder):
        why = problems[0] if problems else "it holds no store files"
        raise StoreDamaged(f"The backup {folder.name} cannot be restored: {why}. Choose another from `companion backups`.")
    store_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = ProcessLock(store_dir / "write.lock", Path(data_dir))
    lock.acquire(blocking=True, what="the restore")
    try:
        before = None if is_fresh(store_dir) else take_backup(store_dir, backups_dir, "before-restore")
        files = [(store_dir / path.name, path.read_bytes()) for path in sorted(folder.glob("*.json"))]
        write_atomically(store_dir / JOURNAL, encode_journal(files))
        replay_journal(store_dir)
        kept = {path.name for path, _ in files}
        for path in store_dir.glob("*.json"):
            if path.name not in kept:
                path.unlink()
        _fsync_dir(store_dir)
    except OSError as exc:
        raise _store_error_from_os(exc, store_dir / "restore") from exc
    finally:
        lock.release()
    return before


@dataclass(frozen=True)
class Repaired:
    """One store file brought back alone (restore_damaged_files): from which backup, and what it lost."""

    name: str
    backup: Path
    lost: str  # what changed in that file since the backup, as far as can be known: it is gone


def restore_damaged_files(data_dir: Path, when: str | None = None) -> tuple[Path, list[Repaired]]:
    """Bring back only the damaged store files, each from the newest backup holding a sound copy of it (or from
    the backup `when` names), keeping every other file as it is: a damaged shard costs its own changes since that
    backup, not everyone else's. The store as it was goes to a before-restore backup first (returned), and the
    files are written in one journalled step, so a crash leaves the store as it was or repaired, never half."""
    store_dir, backups_dir = Path(data_dir) / "store", Path(data_dir) / "backups"
    lock = ProcessLock(store_dir / "write.lock", Path(data_dir))
    lock.acquire(blocking=True, what="the restore")
    try:
        replay_journal(store_dir)  # a write that stopped half-way is finished first: it may be the "damage"
        damaged_names = damaged_store_files(store_dir)
        if not damaged_names:
            raise StoreError("No store file is damaged, so there is nothing to repair; `companion restore` without "
                             "--only-damaged brings the whole store back to a backup.")
        folders = [find_backup(backups_dir, when)] if when else list(reversed(list_backups(backups_dir)))
        repaired, files = [], []
        for name in damaged_names:
            source = next((folder for folder in folders if _sound_copy(folder / name) is not None), None)
            if source is None:
                raise StoreDamaged(f"No backup{' ' + folders[0].name if when else ''} holds a sound copy of {name}, "
                                   "so nothing was restored; `companion backups` lists them, and `companion restore "
                                   "NAME` brings back a whole one.")
            data = (source / name).read_bytes()
            if name == "meta.json":
                data = _meta_for_today(store_dir, data)
            files.append((store_dir / name, data))
            repaired.append(Repaired(name, source, _lost_since(store_dir, source, name)))
        before = take_backup(store_dir, backups_dir, "before-restore")  # holds the damaged file, as evidence
        write_atomically(store_dir / JOURNAL, encode_journal(files))  # the commit point
        replay_journal(store_dir)
    except OSError as exc:
        raise _store_error_from_os(exc, store_dir / "restore") from exc
    finally:
        lock.release()
    return before, repaired


def _sound_copy(path: Path) -> dict | None:
    try:
        return parse_store_file(path, path.read_bytes(), META if path.name == "meta.json" else PEOPLE)
    except (OSError, StoreDamaged):
        return None


def _meta_for_today(store_dir: Path, raw: bytes) -> bytes:
    """An old meta.json made fit for the shards as they are now: every shard file that exists is listed as
    present, and each id counter is raised past the highest id the sound shards use (notes, contacts and promises
    added since the backup keep their ids unique)."""
    data = orjson.loads(raw)
    meta = data[META]
    present = present_shards(meta, SHARDS) | {i for i, path in enumerate(shard_paths(store_dir)) if path.exists()}
    meta[SHARDS_PRESENT] = {"present": sorted(present)}
    counters = {name.removeprefix("counter:") for name in meta if name.startswith("counter:")}
    highest: dict[str, int] = {}
    for path in shard_paths(store_dir):
        for doc in (_sound_copy(path) or {}).get(PEOPLE, {}).values():
            for counter in counters | {"note", "interaction", "commitment"}:
                items = doc.get(f"{counter}s")  # a counter "note" numbers the items of each person's "notes"
                for item in items if isinstance(items, list) else []:
                    if isinstance(item, dict) and isinstance(item.get("id"), int):
                        highest[counter] = max(highest.get(counter, 0), item["id"])
    for counter, top in highest.items():
        row = meta.get(f"counter:{counter}")
        value = row.get("value") if isinstance(row, dict) else None
        if not isinstance(value, int) or value < top:
            meta[f"counter:{counter}"] = {"value": top}
    return orjson.dumps(data)


def _lost_since(store_dir: Path, source: Path, name: str) -> str:
    """What bringing back `name` from `source` loses: its changes since then, named as far as the people index
    (made from the shard before it was damaged) still tells who it held."""
    taken = backup_time(source)
    since = f"since {taken.strftime('%Y-%m-%d %H:%M')} UTC" if taken else f"since the backup {source.name}"
    if name == "meta.json":
        return (f"changes to your settings {since} (your own profile, the guard's settings, tie weights) are lost; "
                "every person is kept")
    kept = _sound_copy(source / name) or {}
    then = kept.get(PEOPLE, {})
    index = _index_file(store_dir / INDEX / name)
    people = index.get("people") if index else None
    held = "the 1 person" if len(then) == 1 else f"the {len(then)} people"
    words = f"changes {since} to {held} it held then (notes, logged contacts, promises) are lost"
    if isinstance(people, list):
        gone = [entry[2].get("name") or entry[2].get("label") or entry[0] for entry in people
                if isinstance(entry, list) and len(entry) == 3 and isinstance(entry[2], dict) and entry[0] not in then]
        if gone:
            shown = ", ".join(str(who) for who in gone[:5]) + (f" and {len(gone) - 5} more" if len(gone) > 5 else "")
            words += f", and {'1 person' if len(gone) == 1 else f'{len(gone)} people'} stored there since is lost: {shown}"
    return words
