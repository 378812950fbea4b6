"""The kept compile of regular expressions, for ground's rules: it lives in companion/regex_cache.py, below every
area, so that the guard compiles from the same kept copy without importing ground."""

from companion.regex_cache import LazyPattern, lazy

__all__ = ["LazyPattern", "lazy"]
