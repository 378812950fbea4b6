"""The characters no text Rapport keeps or prints may carry: one class for the models (what is stored) and the
terminal (what is printed), in a module that imports nothing heavy, so that a CLI answer needs no pydantic."""

from __future__ import annotations

import re

# C0 and C1 control characters other than tab and newline: a hostile bio could otherwise drive the user's
# terminal (ANSI escapes) when the CLI prints it. And the bidirectional embeddings, overrides and isolates
# (U+202A-U+202E, U+2066-U+2069): a name holding U+202E shows reversed in a contacts app or a spreadsheet
# the export reaches. Right-to-left letters need none of them: their direction is their own.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
