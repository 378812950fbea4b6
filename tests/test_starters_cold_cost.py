"""The starters' cold cost (issue 20): their rules compile when first used, not when the module is imported, and a
pattern compiled late answers exactly as one compiled at once."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from companion.ground.lazy_regex import LazyPattern, lazy

ROOT = Path(__file__).resolve().parents[1]


def test_importing_the_starters_compiles_none_of_their_patterns():
    # In a fresh process: every re.compile made while the starters' own modules run their top level is counted.
    script = """
import re, sys
ours = ("companion/ground/starters.py", "companion/ground/person_reading.py", "companion/ground/lazy_regex.py",
        "companion/ground/post_reading.py", "companion/ground/names.py", "companion/ground/starter_templates.py")
compiled = []
original = re.compile
def counting(pattern, flags=0):
    caller = sys._getframe(1).f_code.co_filename.replace("\\\\", "/")
    if caller.endswith(ours):
        compiled.append(caller)
    return original(pattern, flags)
re.compile = counting
import companion.ground.starters
print(len(compiled))
"""
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0", out.stderr


@pytest.mark.parametrize(("source", "flags", "text"), [
    (r"\bno (?:pitch|recruiters)\b", re.IGNORECASE, "No recruiters, please. no pitch either"),
    (r"(\w+)@(\w+)", 0, "ana@acme bo@initech"),
])
def test_a_lazy_pattern_answers_as_the_compiled_one(source, flags, text):
    eager, late = re.compile(source, flags), lazy(source, flags)
    assert bool(late.search(text)) == bool(eager.search(text))
    assert late.findall(text) == eager.findall(text)
    assert [m.span() for m in late.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert late.sub("-", text) == eager.sub("-", text) and late.split(text) == eager.split(text)
    assert bool(late.match(text)) == bool(eager.match(text))
    assert bool(late.fullmatch(text)) == bool(eager.fullmatch(text))


def test_a_lazy_pattern_compiles_once_and_lends_its_source_to_others():
    word = LazyPattern(r"repost(?:ed)?")
    assert word.compiled is word.compiled
    combined = lazy(rf"^(?:{word.pattern}|via @\w+)", re.IGNORECASE)
    assert combined.search("Reposted from Ana") and combined.search("via @bo") and not combined.search("my post")


def test_the_starters_write_in_the_languages_the_person_reading_knows():
    from companion.ground.person_reading import LANGUAGES_WE_WRITE
    from companion.ground.starters import TEMPLATES

    assert tuple(TEMPLATES) == LANGUAGES_WE_WRITE
