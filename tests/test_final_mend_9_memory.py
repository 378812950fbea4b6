"""Final mend 9 (memory): terminal escape sequences removed whole in the one place page text is stored
(models._without_controls, through text_controls.without_escapes), so a JSON-LD name holding "\\u001b[1;31m" or an
OSC 8 link keeps its visible words and none of the remains ('[1;31mRED[0m', ']8;;http://evil'); the export uses the
same function."""

from __future__ import annotations

import json

from memory_helpers import NOW

from companion.memory.capture import capture_page
from companion.memory.exporters import export_as
from companion.models import Profile, without_controls
from companion.text_controls import without_escapes

EVIL = "Zoë \x1b]8;;http://evil\x07link\x1b]8;;\x07 \x1b[1;31mRED\x1b[0m end"


def _page(person: dict) -> str:
    # json.dumps writes ESC as the JSON escape "\u001b": the markup carries no ESC byte for a browser-side filter to see.
    return (f'<html><head><script type="application/ld+json">{json.dumps(person)}</script></head>'
            f"<body></body></html>")


def test_a_captured_json_ld_name_and_bio_keep_their_words_and_none_of_the_escape_remains(store):
    person = {"@context": "https://schema.org", "@type": "Person", "name": EVIL,
              "description": "bio \x1b]8;;javascript:alert(1)\x1b\\click\x1b]8;;\x1b\\ and\ttab\nnext \x9b2Jline"}
    assert "\\u001b[1;31m" in _page(person)
    profile = capture_page(store, "https://people.example/zoe", _page(person), None, NOW).profile
    assert profile.name == "Zoë link RED end"
    assert profile.about == "bio click and tab next line"  # the parser folds the whitespace
    stored = json.dumps(list(store.people()), ensure_ascii=False)
    assert "[1;31m" not in stored and "]8;;" not in stored and "[0m" not in stored and "\x1b" not in stored


def test_one_function_removes_sequences_whole_and_keeps_plain_brackets():
    assert without_escapes(EVIL) == "Zoë link RED end"
    assert without_escapes("a\x1b]0;title\x1b\\b") == "ab"  # OSC ended by ST
    assert without_escapes("a\x9b31mb\x9d8;;x\x9cc") == "abc"  # 8-bit CSI and OSC
    assert without_escapes("a\x1bcb \x1b(Bc") == "ab c"  # ESC c, ESC ( B
    assert without_escapes("Ana [she/her] ]8 [1;31m") == "Ana [she/her] ]8 [1;31m"
    # An unterminated OSC ends at the line's end, so a bio's next lines stay.
    assert without_escapes("Zoë \x1b]8;;http://evil\nsecond line") == "Zoë \nsecond line"
    assert without_escapes("one\r\ntwo\rthree\u202e") == "one\r\ntwothree"  # CRLF kept for the vCard


def test_the_users_own_text_and_every_profile_field_are_cleaned_the_same_way():
    assert without_controls("call \x1b[31mAna\x1b[0m\r\nsoon") == "call Ana\nsoon"  # stored text keeps no CR
    profile = Profile(url="https://people.example/zoe", name=EVIL, skills=["\x1b[1mRust\x1b[0m"])
    assert profile.name == "Zoë link RED end" and profile.skills == ["Rust"]


def test_the_export_still_holds_no_escape(store):
    capture_page(store, "https://people.example/zoe", _page({"@type": "Person", "name": EVIL}), None, NOW)
    for fmt in ("csv", "vcard", "json"):
        text = export_as(store, fmt, NOW)
        assert "\x1b" not in text and "[1;31m" not in text and "Zoë link RED end" in text, fmt


def test_kept_or_built_names_the_interpreter_itself_and_builds_again_under_another(tmp_path, monkeypatch):
    from companion import regex_cache
    from companion.regex_cache import INTERPRETER_TAG, kept_or_built

    monkeypatch.setattr("sys.dont_write_bytecode", False)
    copy = tmp_path / "__pycache__" / "table.marshal"
    assert kept_or_built(copy, "size:1", lambda: "this python") == "this python"
    assert copy.read_bytes().startswith(f"size:1:{INTERPRETER_TAG}\n".encode())
    assert kept_or_built(copy, "size:1", lambda: "not read") == "this python"
    monkeypatch.setattr(regex_cache, "INTERPRETER_TAG", "cpython-399:marshal4")
    assert kept_or_built(copy, "size:1", lambda: "another python") == "another python"
    assert copy.read_bytes().startswith(b"size:1:cpython-399:marshal4\n")


def test_no_caller_adds_the_interpreter_again():
    from companion.ground.normalise import text
    from companion.guard import model as guard_model

    assert not hasattr(guard_model, "MODEL_RUNTIME")
    assert "marshal" not in text.UNICODE_TAG and text.RUNTIME_TAG.endswith(text.UNICODE_TAG)
