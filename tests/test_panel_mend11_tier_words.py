"""The tiers' words are the panel's and the CLI's alike (newcomer 10, P2: "Practically twins!" was too much): the
CLI's TIER_WORDS must say what extension/src/shared/wording.js says, word for word, and neither shouts."""

import re
from pathlib import Path

from companion.cli.ground_commands import LOWEST_TIER_WORDS, TIER_WORDS

WORDING = Path(__file__).resolve().parents[1] / "extension" / "src" / "shared" / "wording.js"


def _panel_words() -> dict[str, str]:
    block = re.search(r"const TIER_HEADLINES = \{(.*?)\};", WORDING.read_text(encoding="utf-8"), re.S).group(1)
    return {k: v for k, v in re.findall(r'"?([\w-]+)"?:\s*"([^"]*)"', block)}


def test_the_cli_and_the_panel_say_the_tiers_in_the_same_words():
    panel = _panel_words()
    assert set(panel) == {"none", "small-world", "coincidence", "twins"}
    assert panel.pop("none") == LOWEST_TIER_WORDS
    assert panel == TIER_WORDS


def test_no_tier_word_is_over_excited():
    for words in [*TIER_WORDS.values(), LOWEST_TIER_WORDS]:
        assert "!" not in words and "twins" not in words.lower() and "coincidence" not in words.lower(), words
