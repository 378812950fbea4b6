"""The kept copy of sre's compiled code (companion/regex_cache.py, lent to ground by lazy_regex.py): a pattern compiled from it is exactly the
one re.compile makes, and a copy that is stale, damaged or another interpreter's is never trusted."""

from __future__ import annotations

import _sre
import gc
import importlib
import marshal
import pkgutil
import re

import pytest

import companion
from companion import regex_cache
from companion.regex_cache import LazyPattern, compile_kept


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """The cache in a fresh state, writing to a copy of its own (not the package's)."""
    path = tmp_path / "__pycache__" / "regex-code.marshal"
    monkeypatch.setattr(regex_cache, "CACHE_PATH", path)
    monkeypatch.setattr(regex_cache, "_kept", None)
    monkeypatch.setattr(regex_cache, "_new", {})
    monkeypatch.setattr(regex_cache, "_used", set())
    monkeypatch.setattr("sys.dont_write_bytecode", False)
    return path


def fresh_process(monkeypatch) -> None:
    """As a new process sees the cache: the copy not read yet, nothing compiled."""
    monkeypatch.setattr(regex_cache, "_kept", None)
    monkeypatch.setattr(regex_cache, "_new", {})
    monkeypatch.setattr(regex_cache, "_used", set())


def same_pattern(kept: re.Pattern, fresh: re.Pattern) -> None:
    # Pattern equality compares the pattern, the flags and sre's code word for word; the groups apart.
    assert kept == fresh
    assert (kept.pattern, kept.flags, kept.groups, dict(kept.groupindex)) == \
        (fresh.pattern, fresh.flags, fresh.groups, dict(fresh.groupindex))


def live_objects() -> list:
    """Every object the collector tracks, also those a command run in this process before moved out of its sight
    (companion.cli's gc.freeze)."""
    gc.unfreeze()
    return gc.get_objects()


def package_patterns() -> list[tuple[str, int]]:
    """Every str pattern the companion package compiles at import (eager or lazy), once each."""
    for module in pkgutil.walk_packages(companion.__path__, "companion."):
        try:
            importlib.import_module(module.name)
        except Exception:  # noqa: BLE001 — a module needing an optional extra is not this test's concern
            continue
    found = set()
    for thing in live_objects():
        if isinstance(thing, re.Pattern | LazyPattern) and isinstance(thing.pattern, str):
            found.add((thing.pattern, int(thing.flags) & ~re.UNICODE.value if isinstance(thing, re.Pattern)
                       else int(thing.flags)))
    return sorted(found)


SAMPLES = ["Ana López", "we met at ACME in 2019", "I'll intro you to Bob", "pricing@acme.com 50% off!", "",
           "Ça va? Müller & Søn, 東京", "follow up on the notes Ana shared yesterday", "x" * 300]


def test_every_package_pattern_kept_compiles_as_re_compile(cache, monkeypatch):
    # Every live pattern of a long test session (data-built ones of other tests too) may weigh more than the copy's
    # bound, which test_the_copy_stays_bounded_in_bytes_too tests: here, the code kept must equal re.compile's.
    monkeypatch.setattr(regex_cache, "MAX_KEPT_BYTES", 1 << 40)
    patterns = package_patterns()
    assert len(patterns) > 300  # the starters', reading's and normalisation's rules are all there
    for source, flags in patterns:
        compile_kept(source, flags)  # compiled, kept at save
    assert regex_cache.save()
    fresh_process(monkeypatch)
    for source, flags in patterns:
        kept = compile_kept(source, flags)
        assert (source, flags) in regex_cache._kept  # from the copy, not compiled again
        fresh = re._compiler.compile(source, flags)  # re.compile's own work, not its cache
        same_pattern(kept, fresh)
        for text in SAMPLES:
            assert [m.span() for m in kept.finditer(text)] == [m.span() for m in fresh.finditer(text)]
    assert not regex_cache._new


def test_groups_flags_and_behaviour_kept(cache, monkeypatch):
    source = r"(?P<who>[A-Z]\w+) (?:met|saw) (?P<whom>\w+)(?i: AT) (\w+)?"
    compile_kept(source, re.MULTILINE)
    regex_cache.save()
    fresh_process(monkeypatch)
    kept = compile_kept(source, re.MULTILINE)
    assert (source, re.MULTILINE.value) in regex_cache._kept
    same_pattern(kept, re.compile(source, re.MULTILINE))
    assert kept.search("Ana met bob at home").groupdict() == {"who": "Ana", "whom": "bob"}
    assert kept.flags == re.compile(source, re.MULTILINE).flags  # the inline (?i:) scoped flag and UNICODE too
    assert LazyPattern(source, re.MULTILINE).sub(r"\g<whom>", "Ana met bob AT home") == "bob"


def test_a_copy_of_another_sre_or_python_is_not_read(cache, monkeypatch):
    compile_kept(r"a+b")
    regex_cache.save()
    raw = cache.read_bytes()
    cache.write_bytes(raw.replace(b"regex-code 2:", b"regex-code 2:other ", 1))
    fresh_process(monkeypatch)
    assert regex_cache._read_copy(cache) == {}
    same_pattern(compile_kept(r"a+b"), re.compile(r"a+b"))
    assert (r"a+b", 0) in regex_cache._new  # compiled again, to be written again


def test_damaged_or_wrong_code_falls_back_to_re_compile(cache, monkeypatch):
    source = r"(\d+)-(\d+)"
    compile_kept(source)
    regex_cache.save()
    entries = regex_cache._read_copy(cache)
    flags, code, groups, groupindex, indexgroup = entries[(source, 0)]
    # Code _sre refuses (cut short), and an entry of the wrong shape: neither is used.
    half = len(code) // 2 // _sre.CODESIZE * _sre.CODESIZE  # whole code words, half of them
    entries[(source, 0)] = (flags, code[:half], groups, groupindex, indexgroup)
    entries[("b+", 0)] = ("not flags", [1, 2], 0, {}, ())
    entries[("c+", 0)] = (0, b"\x01\x02\x03", 0, {}, ())  # not whole code words
    cache.write_bytes(regex_cache.CACHE_HEAD + marshal.dumps(entries))
    fresh_process(monkeypatch)
    assert ("b+", 0) not in regex_cache._read_copy(cache) and ("c+", 0) not in regex_cache._read_copy(cache)
    same_pattern(compile_kept(source), re.compile(source))
    same_pattern(compile_kept("b+"), re.compile("b+"))
    assert compile_kept(source).match("12-34").groups() == ("12", "34")
    cache.write_bytes(regex_cache.CACHE_HEAD + b"\x00garbage")
    fresh_process(monkeypatch)
    same_pattern(compile_kept(source), re.compile(source))


def test_errors_and_uncached_flags_are_re_compiles(cache):
    with pytest.raises(re.error):
        compile_kept(r"(unclosed")
    with pytest.raises(ValueError):
        compile_kept(r"a", re.LOCALE)  # re.compile's own refusal: LOCALE is for bytes
    assert compile_kept(rb"bytes") == re.compile(rb"bytes")
    assert not regex_cache._new


def test_save_merges_with_what_another_process_wrote(cache, monkeypatch):
    compile_kept(r"first")
    regex_cache.save()
    fresh_process(monkeypatch)
    compile_kept(r"second")
    regex_cache.save()
    assert {key[0] for key in regex_cache._read_copy(cache)} == {"first", "second"}
    assert not regex_cache.save()  # nothing new: nothing written


def test_nothing_written_when_python_writes_no_bytecode(cache, monkeypatch):
    monkeypatch.setattr("sys.dont_write_bytecode", True)
    compile_kept(r"quiet")
    assert not regex_cache.save()
    assert not cache.exists()
    assert compile_kept(r"quiet") == re.compile(r"quiet")


def test_the_copy_stays_bounded(cache, monkeypatch):
    monkeypatch.setattr(regex_cache, "MAX_KEPT", 3)
    for source in ("a1", "a2", "a3"):
        compile_kept(source)
    regex_cache.save()
    fresh_process(monkeypatch)
    compile_kept("b1")
    compile_kept("a1")
    regex_cache.save()
    assert {key[0] for key in regex_cache._read_copy(cache)} == {"a1", "b1"}  # only what this process used


def test_the_copy_stays_bounded_in_bytes_too(cache, monkeypatch):
    # Few patterns, one of them large (an alternation built from a table): the size, not the count, bounds the copy.
    big = "|".join(f"word{i}" for i in range(3000))
    compile_kept(big)
    regex_cache.save()
    size = cache.stat().st_size
    monkeypatch.setattr(regex_cache, "MAX_KEPT_BYTES", size + 100)
    fresh_process(monkeypatch)
    compile_kept("small")  # this process did not use the big one: over the size, only what it used is kept
    compile_kept("|".join(f"other{i}" for i in range(50)))
    assert regex_cache.save()
    assert {key[0] for key in regex_cache._read_copy(cache)} == {"small", "|".join(f"other{i}" for i in range(50))}
    fresh_process(monkeypatch)
    monkeypatch.setattr(regex_cache, "MAX_KEPT_BYTES", 10)  # even what it used is too large: no copy written
    compile_kept("another")
    assert not regex_cache.save()
    assert compile_kept("another") == re.compile("another")


def test_a_python_without_the_private_compiler_compiles_with_re_compile(cache, monkeypatch):
    """The cache reads re._compiler's output; a Python that moved it still compiles every pattern, uncached."""
    monkeypatch.setitem(__import__("sys").modules, "re._compiler", None)  # importing it now raises ImportError
    kept = compile_kept(r"(?P<x>a)b+")
    assert kept.match("abb").group("x") == "a"
    assert not regex_cache._new  # nothing to keep


def test_the_copy_keeps_each_code_as_the_bytes_of_its_words(cache, monkeypatch):
    # Not a Python int a code word: a copy of a few hundred patterns is read by most commands.
    source = r"(?:met|saw) (\w+) at (?P<where>\w+)"
    compile_kept(source)
    regex_cache.save()
    entry = regex_cache._read_copy(cache)[(source, 0)]
    words = re._compiler._code(re._parser.parse(source, 0), 0)
    assert type(entry[1]) is bytes and len(entry[1]) == len(words) * _sre.CODESIZE
    fresh_process(monkeypatch)
    same_pattern(compile_kept(source), re.compile(source))


def test_every_guard_branch_compiled_on_first_use_is_kept_exactly(cache, monkeypatch):
    # The guard's rules compile each letter's branch when a draft first reaches it (guard/patterns.py): through the
    # kept copy too, so each must be exactly what re.compile makes.
    import companion.guard.pitch_guard  # noqa: F401 — its rules, built at import
    from companion.guard.patterns import WordPattern

    word_patterns = [thing for thing in live_objects() if isinstance(thing, WordPattern)]
    sources = {source for pattern in word_patterns for name in (*pattern.scan_regex_names(), "plain")
               if (source := pattern._source(name)) is not None}
    assert len(word_patterns) >= 40 and len(sources) > 300
    for source in sources:
        compile_kept(source)
    assert regex_cache.save()
    fresh_process(monkeypatch)
    for source in sources:
        kept = compile_kept(source)
        assert (source, 0) in regex_cache._kept
        same_pattern(kept, re._compiler.compile(source, 0))


def test_the_guard_compiles_its_rules_through_the_kept_copy(cache):
    # A fresh `companion check` compiled the branches of the guard's rules a draft reaches with re.compile, each run.
    import companion.guard.pitch_guard as pitch_guard
    from companion.guard.patterns import WordPattern

    draft = "Quick question: could we book a 15 minute demo call next week? Our platform cuts costs by 30%."
    assert pitch_guard.check_draft(draft, "stranger").verdict == "block"
    # As in a fresh process: the rules' branches compiled again (an earlier test in this process, or a scanner built
    # by it, may hold them compiled already), each through the kept copy.
    patterns = [thing for thing in live_objects() if isinstance(thing, WordPattern) and thing.scan_regex_names()]
    branches = set()
    for pattern in patterns[:20]:
        pattern._compiled.clear()
        name = pattern.scan_regex_names()[0]
        assert pattern._regex(name) is not None
        branches.add(pattern._source(name))
    assert regex_cache.save()
    assert branches and branches <= {source for source, _ in regex_cache._read_copy(cache)}
