"""Rebuild companion/ground/data/common_words.bin from wordfreq (MIT code, data CC BY-SA 4.0), a build-time source only.

    .venv/bin/python -m pip install -e ".[build]"   # wordfreq
    .venv/bin/python scripts/build_common_words.py

Common ground asks of a word only whether its Zipf frequency reaches a threshold in one of a set of languages: 3.2 in
16 (`normalise/contained.py`, a name of its own), 3.0 and 3.8 in 8 (`normalise/phrases.py`, a rare or weak topic).
The tiers are read from those modules' constants, so a changed threshold is a rebuild (the runtime refuses a tier the
table lacks). Every word of every language's list that reaches a tier is kept, with a 4-bit mask of the tiers it
reaches; a word absent reaches none.

The form, chosen by measuring the 413,525 words these tiers keep (3.9 MB as text; 423,460 with the Turkish and
Romanian other forms):
- a Python set of the words read from a sorted, gzipped text file: 1.16 MB on disk, but 115 ms and 63 MB of peak
  RSS to load, over both budgets before the tiers are even added;
- one marisa trie per tier combination (4 tries): 1.24 MB;
- one marisa trie of words tagged with their tier ('word\\x00code'): 1.56 MB, over the 1.5 MB budget;
- chosen: one marisa trie of the words (1.07 MB) and a nibble of tiers per trie key id (0.21 MB), after a line of
  JSON naming the tiers: 1,308,527 bytes, one lookup per word, loaded in ~10 ms and ~8 MB of peak RSS
  (`.venv/bin/python -c "import time,resource; t=time.perf_counter(); m=resource.getrusage(resource.RUSAGE_SELF)
  .ru_maxrss; from companion.ground.normalise.word_frequency import table; table(); print(time.perf_counter()-t,
  (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss-m)/1024)"`), against 5.3 s and 560 MB for wordfreq's lists.

wordfreq reads a word NFC-normalised and case-folded, Turkish turning ș/ț to ş/ţ and Romanian ş/ţ to ș/ț: the
runtime looks words up NFC and case-folded, so this script adds, for a Turkish or a Romanian word, the other form its
language reads as it.
"""

from __future__ import annotations

import json
from importlib.metadata import version
from pathlib import Path

import marisa_trie
from wordfreq import freq_to_zipf, get_frequency_dict, zipf_to_freq

from companion.ground.normalise import contained, phrases

OUT = Path(__file__).resolve().parents[1] / "companion" / "ground" / "data" / "common_words.bin"
TIERS = [
    (contained._LANGUAGES, contained._RARE_ZIPF),
    (phrases._TOPIC_LANGUAGES, phrases._TOPIC_RARE),
    (phrases._TOPIC_LANGUAGES, phrases._TOPIC_WEAK),
]
# The other spelling each language folds to its own (wordfreq's preprocess_text, 'diacritics_under').
OTHER_FORM = {"tr": str.maketrans("şţ", "șț"), "ro": str.maketrans("șț", "şţ")}


def tier_masks() -> dict[str, int]:
    masks: dict[str, int] = {}
    lowest = min(z for _, z in TIERS)
    for lang in dict.fromkeys(lang for langs, _ in TIERS for lang in langs):
        for word, freq in get_frequency_dict(lang).items():
            if freq < zipf_to_freq(lowest) * 0.9:
                continue
            zipf = round(freq_to_zipf(freq), 2)  # as wordfreq.zipf_frequency answers for a word of one token
            mask = sum(1 << i for i, (langs, z) in enumerate(TIERS) if lang in langs and zipf >= z)
            if not mask:
                continue
            for form in {word, word.translate(OTHER_FORM[lang])} if lang in OTHER_FORM else {word}:
                masks[form] = masks.get(form, 0) | mask
    return masks


def main() -> None:
    masks = tier_masks()
    trie = marisa_trie.Trie(list(masks))
    nibbles = bytearray((len(trie) + 1) // 2)
    for word, mask in masks.items():
        at = trie[word]
        nibbles[at >> 1] |= mask << (4 * (at & 1))
    packed = trie.tobytes()
    header = {
        "source": f"wordfreq {version('wordfreq')} (data CC BY-SA 4.0), scripts/build_common_words.py",
        "tiers": [{"languages": list(langs), "zipf": z} for langs, z in TIERS],
        "words": len(trie),
        "trie_bytes": len(packed),
    }
    OUT.write_bytes(json.dumps(header).encode() + b"\n" + packed + bytes(nibbles))
    print(f"{OUT}: {len(trie)} words, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
