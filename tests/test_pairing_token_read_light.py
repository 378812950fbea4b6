"""Tidy 3: a read command answered by a running companion reads the API token only, so it imports none of
hashlib, hmac and secrets (~3.5 ms of `companion followups`; test_followups_cli_imports holds it); pairing imports
them where it makes or checks a token or a code, which still work."""

from __future__ import annotations


def test_tokens_and_codes_still_work(tmp_path):
    from companion.api.pairing import PairingBook, get_or_create_token, rotate_token, tokens_match

    token = get_or_create_token(tmp_path)
    assert len(token) >= 40 and tokens_match(token, token) and not tokens_match(token, token + "x")
    assert rotate_token(tmp_path) != token
    book = PairingBook(tmp_path)
    book.redeem(book.new_code(), "chrome-extension://abcdefghijklmnopabcdefghijklmnop")
