"""No draft stalls the guard: long inputs built to make regular expressions backtrack are checked quickly.

Each draft is checked in a child process (one for all of them, started once) with a generous timeout, so
a regression to quadratic or exponential matching fails the test instead of hanging the suite. The times
are not asserted: a linear guard takes milliseconds here, a stall takes seconds to hours.
"""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT_SECONDS = 10.0
N = 40_000

ADVERSARIAL = {
    "dashes": "-" * N,
    "spaces": " " * N,
    "a and a space": "a " * (N // 2),
    "exclamation marks": "!!!" * (N // 3),
    "nested brackets": "([{<" * (N // 8) + ">}])" * (N // 8),
    "URL-like text": "https://" + "a-b.c/" * (N // 6),
    "domain-like text": "a." * (N // 2),
    "emoji": "😀👩‍💻🇫🇷" * (N // 7),
    "a hyphenated word": "a-" * (N // 2),
    "a hyphenated word before a rule's words": "a-" * (N // 2) + "a founders i speak with",
    "booking links run together": "calendly.com/" * (N // 13),
    "a question of dashes": "how " + "-" * N + "?",
    "questions of words": "so what x y z, " * (N // 15) + "?",
    "quotes": '"' + " " * N,
    "guillemets": "«" + " " * N,
    "digits": "1" * N,
    "a number with long decimals": "1." + "1" * N,
    "digits and dashes": "1-" * (N // 2),
    "amounts run together": "1,1" * (N // 3) + " €",
    "currency signs": "$" * N,
    "currency signs and digits": "R$1" * (N // 3),
    "offers run together": "ich dir " * (N // 8),
    "numbers before a rule's words": " ".join(f"{i} minutes of your time" for i in range(N // 25)),
    "a greeting then whitespace": "hi" + " " * N,
    "a letter's greeting then blank lines": "Dear" + "\n" * N,
    "asking who owns, over and over": "let me know who owns " * (N // 21) + "?",
    "who owns your, over and over": "who owns your " * (N // 14) + "?",
    "the right person, over and over": "the right person " * (N // 17),
}

# Reads one JSON line per draft ([text, their_words]), checks it, answers with the verdict.
_CHILD = """
import json, sys
from companion.guard.pitch_guard import check_draft
for line in sys.stdin:
    text, their_words = json.loads(line)
    print(check_draft(text, "stranger", their_words=their_words).verdict, flush=True)
"""


class _Child:
    """A Python process that runs check_draft on the drafts it is sent, so a stall can be cut off."""

    def __init__(self):
        self.process = subprocess.Popen([sys.executable, "-c", _CHILD], cwd=ROOT, stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True, encoding="ascii")
        self.answers: queue.Queue[str] = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.answers.put(line.strip())
        self.answers.put("")  # the child ended

    def check(self, text: str, their_words: list[str], timeout: float) -> str | None:
        """The verdict, or None when the child did not answer in time."""
        self.process.stdin.write(json.dumps([text, their_words]) + "\n")  # ASCII: json escapes the rest
        self.process.stdin.flush()
        try:
            return self.answers.get(timeout=timeout)
        except queue.Empty:
            return None

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self.reader.join()
        self.process.stdin.close()
        self.process.stdout.close()


@pytest.fixture(scope="module")
def child():
    children = [_Child()]
    yield children  # a list: a test that times out replaces the stalled child
    children[-1].stop()


@pytest.mark.parametrize("their_words", [[], ["I help teams like yours grow fast"]], ids=["unknown", "known"])
@pytest.mark.parametrize("name", ADVERSARIAL)
def test_the_guard_finishes_on_adversarial_input(child, name, their_words):
    # The first draft also waits for the child to start and load the guard.
    verdict = child[-1].check(ADVERSARIAL[name], their_words, TIMEOUT_SECONDS * 2 if len(child) == 1 else TIMEOUT_SECONDS)
    if verdict is None:
        child[-1].stop()
        child.append(_Child())
        pytest.fail(f"check_draft did not finish within {TIMEOUT_SECONDS:.0f} s on {name} ({len(ADVERSARIAL[name])} characters)")
    assert verdict in ("ok", "warn", "block"), f"the child ended on {name}"
