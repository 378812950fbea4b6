"""Regular expressions compiled on first use, so that importing a module of rules costs nothing until a rule runs.

A command that reads one person (`companion starters PERSON`) starts a fresh process each time; compiling
every pattern of the starters' rules at import took a good part of its start-up, for patterns most calls
never reach.
"""

from __future__ import annotations

import re
from typing import Any


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
            self._compiled = re.compile(self.pattern, self.flags)
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
