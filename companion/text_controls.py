"""The characters no text Rapport keeps or prints may carry: one class for the models (what is stored) and the
terminal (what is printed), in a module that imports nothing heavy, so that a CLI answer needs no pydantic."""

from __future__ import annotations

import re

# C0 and C1 control characters other than tab and newline: a hostile bio could otherwise drive the user's
# terminal (ANSI escapes) when the CLI prints it. And the bidirectional embeddings, overrides and isolates
# (U+202A-U+202E, U+2066-U+2069): a name holding U+202E shows reversed in a contacts app or a spreadsheet
# the export reaches. Right-to-left letters need none of them: their direction is their own.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

# Whole escape sequences first, so a hostile name ("\x1b]8;;http://evil\x07link\x1b]8;;\x07 \x1b[1;31mRED\x1b[0m") leaves
# its visible words ("link RED"), not the remains dropping the ESC alone would ("]8;;http://evillink]8;; [1;31mRED[0m"):
# OSC (ESC ] or U+009D) to BEL or ST (ESC \ or U+009C), never past a line's end when unterminated; CSI (ESC [ or U+009B)
# to its final byte; any other ESC with its intermediate and final bytes (ESC c, ESC ( B). Then every other control
# and bidi override, and a CR that does not end a line: tab, newline and CRLF stay (a vCard's lines end in CRLF).
_ESCAPES = re.compile("(?:\x1b\\]|\x9d)[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\\\|\x9c)?|(?:\x1b\\[|\x9b)[0-?]*[ -/]*[@-~]?"
                      "|\x1b[ -/]*[0-~]?|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]|\r(?!\n)")


def without_escapes(text: str) -> str:
    """`text` with no escape sequence, control character (but tab, newline, CRLF) or bidi override left in it."""
    return _ESCAPES.sub("", text)
