"""`companion followups` and `show` answered by a running companion read the API token: that costs no store
module (tinydb under it, ~21 ms a command), and the one writer of kept copies is shared, not copied."""

from __future__ import annotations

import subprocess
import sys


def test_reading_the_token_imports_no_store(tmp_path):
    code = ("import sys\nfrom pathlib import Path\nfrom companion.api.pairing import read_token\n"
            f"read_token(Path({str(tmp_path)!r}))\n"
            "print(sorted(m for m in sys.modules if m in ('tinydb', 'hashlib', 'hmac', 'secrets')\n"
            "             or m.startswith('companion.storage')))")  # nor hashing: pairing imports it to make a token
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]", done.stdout


def test_the_token_is_still_written_and_read_back_with_its_mode(tmp_path):
    from companion.api.pairing import get_or_create_token, read_token, token_path

    token = get_or_create_token(tmp_path)
    assert read_token(tmp_path) == token
    assert token_path(tmp_path).stat().st_mode & 0o777 == 0o600


def test_the_tables_keep_their_copies_with_the_regex_caches_writer():
    from companion import regex_cache
    from companion.ground.normalise import text

    assert text.keep_file is regex_cache.keep_file


def test_followups_columns_keep_every_word_of_the_opener_and_the_id_under_the_name():
    from companion.cli.memory_commands import _followups_columns

    opener = "Hi Dulitha, I haven't forgotten the intro I promised you. How is the search for a React engineer going?"
    text = _followups_columns([("wider*", "Dulitha Perera", "p-0123456789ab", "6 days ago", "2 days", opener)],
                              width=80).plain
    header, rule, first, second, *more = text.splitlines()
    assert header.split() == ["circle", "name", "last", "contact", "overdue", "by", "opener"]
    assert max(len(line) for line in text.splitlines()) <= 80
    assert first.index("Dulitha Perera") == second.index("p-0123456789ab") == header.index("name")
    assert " ".join(line[header.index("opener"):].strip() for line in [first, second, *more]) == opener
