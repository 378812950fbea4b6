"""Regular expressions compiled from a kept copy of sre's code, so that a fresh process does not parse and generate
them again, and compiled on first use (LazyPattern), so that importing a module of rules costs nothing until a
rule runs. Below every area (ground, guard, memory use it; it imports none of them).

A command that reads one person (`companion starters PERSON`) starts a fresh process each time; compiling
every pattern of the starters' rules at import took a good part of its start-up, for patterns most calls
never reach. Even compiled lazily, the few hundred a person's card reaches took half of `companion show`'s
time: sre's parser and code generator are pure Python. What they make (the arguments re._compiler.compile
hands to `_sre.compile`) is kept with marshal in ground/data/__pycache__/ beside the tables' copies, for this
interpreter and this version of sre alone (CACHE_HEAD), checked entry by entry when read, written atomically
at exit when a process compiled something new, and never trusted over re.compile: anything odd (a copy of
another shape, a pattern `_sre` refuses) is compiled by re.compile instead.
"""

from __future__ import annotations

import _sre
import atexit
import contextlib
import marshal
import os
import re
import sys
import threading
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

# Beside the ground tables' kept copies (a path only: nothing of ground is imported).
CACHE_PATH = Path(__file__).resolve().parent / "ground" / "data" / "__pycache__" / "regex-code.marshal"
# Whose code the copy holds: sre's code is only meaningful to the _sre that made it.
CACHE_HEAD = (f"regex-code 2:{sys.version}:{sys.implementation.cache_tag}:sre{_sre.MAGIC}:{_sre.CODESIZE}:"
              f"{_sre.MAXGROUPS}:marshal{marshal.version}\n").encode()
# Beyond this many patterns (patterns built from data would grow it without end) the copy keeps only the
# patterns the writing process used.
MAX_KEPT = 4000
# Nor beyond this size (a few patterns built from large tables can weigh more than thousands of small ones; the
# copy is read whole by every process): then only the patterns the writing process used, and if even they weigh
# more, no copy is written at all (each process compiles as re.compile would).
MAX_KEPT_BYTES = 16 * 1024 * 1024
# The flags a kept compile may carry: DEBUG prints while compiling, and re.compile never caches it either.
_CACHEABLE_FLAGS = ~re.DEBUG.value

Key = tuple[str, int]
# (flags as compiled, code, groups - 1, groupindex, indexgroup): the arguments of _sre.compile after the pattern,
# the code as the bytes of an array of sre's code words: read with no Python int a word (a list of them made the
# copy of ~300 patterns cost every process that compiled one ~20 ms and a few MB), made a list when compiled.
Entry = tuple[int, bytes, int, dict, tuple]
_WORD = next((code for code in "IL" if array(code).itemsize == _sre.CODESIZE), None)

_lock = threading.Lock()
_kept: dict[Key, Entry] | None = None  # the copy as read, once per process
_new: dict[Key, Entry] = {}  # compiled by this process, not in the copy
_used: set[Key] = set()


def _valid(key: object, entry: object) -> bool:
    """Whether a (key, entry) read from the copy has the shape the cache writes; its code is checked by _sre."""
    return (isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], str) and type(key[1]) is int
            and isinstance(entry, tuple) and len(entry) == 5 and type(entry[0]) is int
            and isinstance(entry[1], bytes) and len(entry[1]) % _sre.CODESIZE == 0
            and type(entry[2]) is int and isinstance(entry[3], dict) and isinstance(entry[4], tuple)
            and all(isinstance(name, str) and type(group) is int for name, group in entry[3].items())
            and all(name is None or isinstance(name, str) for name in entry[4]))


def _read_copy(path: Path) -> dict[Key, Entry]:
    """The entries of the copy at `path` that have the right shape; none when it is absent, another
    interpreter's or sre's, or unreadable."""
    try:
        raw = path.read_bytes()
        if not raw.startswith(CACHE_HEAD):
            return {}
        entries = marshal.loads(memoryview(raw)[len(CACHE_HEAD):])
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(entries, dict):
        return {}
    return {key: entry for key, entry in entries.items() if _valid(key, entry)}


def _sre_arguments(source: str, flags: int) -> Entry:
    """What re._compiler.compile passes to _sre.compile for (source, flags), after the pattern itself; the same
    steps, so the pattern made from them is the one re.compile makes (tests/test_regex_cache.py checks every
    pattern of the package)."""
    import re._compiler as _compiler  # private, and may move: any failure here is a plain re.compile
    import re._parser as _parser

    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, group in groupindex.items():
        indexgroup[group] = name
    # (an array takes the code generator's opcodes, an int subclass marshal cannot keep, as their numbers)
    return (int(flags | parsed.state.flags), array(_WORD, code).tobytes(), int(parsed.state.groups - 1),
            {name: int(group) for name, group in groupindex.items()}, tuple(indexgroup))


def _sre_compile(source: str, entry: Entry) -> re.Pattern[str]:
    """The pattern _sre makes of an entry (it checks the code itself, and refuses code that is not sound)."""
    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(source, flags, array(_WORD, code).tolist(), groups, groupindex, indexgroup)


def compile_kept(source: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(source, flags), from the kept copy of its code when there is one (else compiled and kept at exit)."""
    global _kept
    flags = int(flags)
    if not isinstance(source, str) or flags & ~_CACHEABLE_FLAGS or _WORD is None:
        return re.compile(source, flags)
    key = (source, flags)
    with _lock:
        if _kept is None:
            _kept = _read_copy(CACHE_PATH)
        entry = _kept.get(key) or _new.get(key)
    if entry is not None:
        try:
            compiled = _sre_compile(source, entry)
        except Exception:  # noqa: BLE001 — a copy _sre refuses (damaged, hand-edited): compile it afresh
            compiled = None
        if compiled is not None:
            _used.add(key)
            return compiled
    try:
        entry = _sre_arguments(source, flags)
        compiled = _sre_compile(source, entry)
    except Exception:  # noqa: BLE001 — re.compile says what is wrong with the pattern, as it always did
        return re.compile(source, flags)
    with _lock:
        _new[key] = entry
        _used.add(key)
        if _kept is not None:
            _kept.pop(key, None)  # (a refused entry is written again, right)
    return compiled



def beside_bytecode(source: str, name: str) -> Path | None:
    """Where a module (`source`, its __file__) keeps a copy named `name`: beside its bytecode (which honours
    PYTHONPYCACHEPREFIX), or None where this Python keeps no bytecode files."""
    import importlib.util

    try:
        return Path(importlib.util.cache_from_source(source)).with_name(name)
    except NotImplementedError:
        return None


def keep_file(path: Path, data: bytes) -> bool:
    """Write a copy kept beside the package (`data`, to `path`) so that the path holds its old content or all of
    this after any crash: a temporary file, flushed to disk, renamed over it. False when it was not written: the
    folder is read-only, or Python was asked to write no caches (PYTHONDONTWRITEBYTECODE, `python -B`), which these
    copies are, as bytecode is; the caller then builds in memory, as each process would without them."""
    if sys.dont_write_bytecode:
        return False
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(exist_ok=True)
        with open(temporary, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())  # whole on disk before it takes the name
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()
        return False
    return True


# What every marshal copy also depends on: the interpreter that wrote it (marshal's format, as its bytecode's name).
INTERPRETER_TAG = f"{sys.implementation.cache_tag}:marshal{marshal.version}"


def kept_or_built(copy: Path | None, stamp: str, build: Callable[[], Any],
                  valid: Callable[[Any], bool] = lambda value: True) -> Any:
    """What `build` returns, read instead from its marshal copy at `copy` while the copy's first line is `stamp` (what
    the value depends on: its sources' sizes and times) with INTERPRETER_TAG, added here so no caller forgets it, and
    `valid` takes what it holds; else built and the copy written (keep_file: atomically, and not where the package is
    read-only or Python writes no bytecode). `copy` None: built, never kept. What `build` raises reaches the caller,
    and nothing is kept."""
    head = f"{stamp}:{INTERPRETER_TAG}\n".encode()
    if copy is not None:
        with contextlib.suppress(OSError, EOFError, ValueError, TypeError):  # absent, damaged: built again
            kept = copy.read_bytes()
            if kept.startswith(head):
                value = marshal.loads(memoryview(kept)[len(head):])
                if valid(value):
                    return value
    value = build()
    if copy is not None:
        with contextlib.suppress(ValueError):  # a value marshal cannot keep is only not kept
            keep_file(copy, head + marshal.dumps(value))
    return value


def save() -> bool:
    """Writes the copy when this process compiled a pattern it did not hold (at exit): merged with the copy as it
    is now (another process may have written it meanwhile), atomically. False when nothing was written."""
    with _lock:
        if not _new:
            return False
        entries = _read_copy(CACHE_PATH)
        entries.update(_new)
        if len(entries) > MAX_KEPT:
            entries = {key: entry for key, entry in entries.items() if key in _used}
        try:
            data = CACHE_HEAD + marshal.dumps(entries)
            if len(data) > MAX_KEPT_BYTES:
                entries = {key: entry for key, entry in entries.items() if key in _used}
                data = CACHE_HEAD + marshal.dumps(entries)
        except ValueError:
            return False
        if len(data) > MAX_KEPT_BYTES:
            return False
        written = keep_file(CACHE_PATH, data)
        if written:
            _new.clear()
        return written


def _save_at_exit() -> None:
    with contextlib.suppress(Exception):  # only a cache: a process must exit as it would without it
        save()


atexit.register(_save_at_exit)


class LazyPattern:
    """Stands in for `re.compile(source, flags)`: the same methods, compiled the first time one is called."""

    __slots__ = ("pattern", "flags", "_compiled")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.pattern = source  # as re.Pattern.pattern: a pattern may be built from another's source
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = compile_kept(self.pattern, self.flags)
        return self._compiled

    def search(self, string: str, *args: Any) -> re.Match[str] | None:
        return self.compiled.search(string, *args)

    def match(self, string: str, *args: Any) -> re.Match[str] | None:
        return self.compiled.match(string, *args)

    def fullmatch(self, string: str, *args: Any) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, *args)

    def findall(self, string: str, *args: Any) -> list[Any]:
        return self.compiled.findall(string, *args)

    def finditer(self, string: str, *args: Any):
        return self.compiled.finditer(string, *args)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str]:
        return self.compiled.split(string, maxsplit)


def lazy(source: str, flags: int = 0) -> LazyPattern:
    """A pattern compiled when first used (see LazyPattern)."""
    return LazyPattern(source, flags)
