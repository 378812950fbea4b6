"""What the CLI prints: every value from a page, a file or the user reaches the terminal as inert text.

The CLI's consoles read no Rich markup and no emoji codes, and strip control characters, so a name like
`Robert,[/b] Tables` or a headline with `[link=https://evil.example]` prints exactly as written: never a
style, a hyperlink, a crash or an escape sequence. Our own words get their styles through `styled`,
which takes the text and its style separately, so nothing is ever parsed out of a string.
"""

from __future__ import annotations

import re
import sys

import click
from rich.console import Console
from rich.text import Text

from companion.errors import InvalidInput
from companion.text_controls import CONTROL

# C0 and C1 controls except tab and newline (an ESC could drive the terminal), and the bidirectional
# overrides that make text display in another order than it reads: the set models strips from a profile.
_UNSAFE = CONTROL


def inert(value: object, *, keep_length: bool = False) -> str:
    """The value as text with nothing in it that a terminal would act on (each unsafe character replaced
    by U+FFFD instead of dropped when offsets into the text must stay true)."""
    return _UNSAFE.sub("\ufffd" if keep_length else "", str(value))


# A value quoted in a sentence (“…”), or any unbroken run of characters (a path, a URL, a name without spaces),
# is cut to this many: a 10,000-character name typed or stored would bury the sentence that says what to do.
SHOWN_AT_MOST = 120
_LONG = re.compile(f"“[^”]{{{SHOWN_AT_MOST + 1},}}”|\\S{{{SHOWN_AT_MOST + 1},}}")


def shortened(sentence: str) -> str:
    """`sentence` with every long quoted value, and every long unbroken run of characters, cut short."""
    def cut(match: re.Match) -> str:
        text = match[0]
        if text.startswith("“") and text.endswith("”"):
            return f"“{text[1:SHOWN_AT_MOST + 1]}… ({len(text) - 2:,} characters)”"
        body = text.lstrip("'\"([").rstrip("'\".,;:!?)]")  # its quotes and the sentence's punctuation stay
        start = len(text) - len(text.lstrip("'\"(["))
        end = start + len(body)
        return f"{text[:start]}{body[:SHOWN_AT_MOST]}… ({len(body):,} characters){text[end:]}"

    return _LONG.sub(cut, sentence)


_TRAILING_SPACES = re.compile(" +$", re.MULTILINE)


class InertConsole(Console):
    """A Rich console that prints every string literally: no markup, no emoji codes, no controls."""

    def __init__(self, **kwargs) -> None:
        super().__init__(markup=False, emoji=False, highlight=False, **kwargs)

    def print(self, *objects, **kwargs) -> None:
        """As Console.print; a console made to soft-wrap sentences (piped) still lays panels and tables out
        at its width (soft wrap would misalign their borders)."""
        if self.soft_wrap and "soft_wrap" not in kwargs and not all(isinstance(o, str | Text) for o in objects):
            kwargs["soft_wrap"] = False
        super().print(*objects, **kwargs)

    def _render_buffer(self, buffer) -> str:
        """As Console's; piped or redirected (no styles), without the spaces that pad a table's lines to its
        width: 100 columns of trailing blanks a line (newcomer finding F14)."""
        text = super()._render_buffer(buffer)
        return text if self.is_terminal else _TRAILING_SPACES.sub("", text)

    def render_str(self, text: str, **kwargs) -> Text:
        kwargs.update(markup=False, emoji=False, highlight=False)
        return super().render_str(inert(text), **kwargs)


def on_a_terminal() -> bool:
    """Whether a person can answer a question (a script piping input cannot)."""
    return sys.stdin.isatty()


def confirm(question: str, what: str) -> None:
    """Ask `question` before a change that cannot be taken back, and stop (click.Abort) unless the answer is yes.
    With no terminal and nothing piped in, the question is not asked into the void: one sentence says to add
    --yes (newcomer 5, item 21). An answer piped in is still read, and printed after the question."""
    if sys.stdin is None or not sys.stdin.isatty():
        line = sys.stdin.readline() if sys.stdin is not None else ""
        if not line:
            raise InvalidInput(f"Nothing can answer the question here (there is no terminal): add --yes to {what} "
                               "without being asked.")
        click.echo(inert(f"{question} [y/N]: {line.strip()}"), err=True)  # what was piped in is no terminal's to act on
        if line.strip().lower() not in ("y", "yes"):
            raise click.Abort()
        return
    click.confirm(question, abort=True, err=True)


def output_on_a_terminal() -> bool:
    """Whether what a command writes to stdout reaches a terminal (not a file or another program)."""
    return sys.stdout.isatty()


def console(stderr: bool = False, wide: bool = False, **kwargs) -> Console:
    """The console every command prints through; `wide` for tables that may be piped."""
    if not (sys.stderr if stderr else sys.stdout).isatty():
        if wide:
            kwargs["width"] = 160  # piped into a file or another program: do not break names over lines
        # Piped, a sentence is one line, not cut at 80 columns mid-word or mid-`command` (newcomer finding P1);
        # tables and panels keep their width.
        kwargs.setdefault("soft_wrap", True)
    return InertConsole(stderr=stderr, **kwargs)


def styled(*parts: str | tuple[str, str]) -> Text:
    """Text from parts that are plain strings or (string, style) pairs; no part is read as markup."""
    return Text.assemble(*((inert(p[0]), p[1]) if isinstance(p, tuple) else inert(p) for p in parts))


def lines(*rows: Text | str) -> Text:
    """Rows of text (styled or plain) joined with newlines, for a panel's body."""
    return Text("\n").join(row if isinstance(row, Text) else Text(inert(row)) for row in rows)
