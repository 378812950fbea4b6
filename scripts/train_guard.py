"""Train the send guard's model from the labelled corpus and write companion/guard/data/guard_model.json.

    python scripts/train_guard.py            # train on the whole training corpus, write the weights
    python scripts/train_guard.py --check    # train and report, write nothing
    python scripts/train_guard.py --import-authors /work/blind_corpus   # first bring in t1…t6.jsonl
    python scripts/train_guard.py --add-authors DIR   # first add new authors' tN.jsonl (t7…) from DIR
    python scripts/train_guard.py --add-authors DIR --only t10   # only these of them

Plain Python (no NumPy or scikit-learn), deterministic, under half a minute on this machine (each message's
n-grams counted once, the Newton fit summed in C; the same weights as the plain loops, to the last bit), so
`make bench` can cross-validate and a test can retrain. Two steps:
  1. n-gram evidence: for every word, word pair, stem, concept and 4-character sequence in at least MIN_DOCS
     messages, the smoothed log-odds of appearing in a pitch rather than in any other message;
  2. the combination: a logistic regression (Newton's method, L2; a genuine message counts double) over the
     named signals: the seven evidence sums (words, characters, P.S., peak, first and last sentences, top terms),
     each rule, the structural features and the ask. Its n-gram inputs are computed out of
     fold, each author's messages scored by evidence from the other authors only, so the combination learns
     how far n-grams carry to a writer they have never seen, not how well they remember one.
The frozen blind set (companion/guard/data/guard_blind/) is never read here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from array import array
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, reduce
from itertools import chain, compress, repeat
from operator import add, itemgetter, mul
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from companion.guard.model import (  # noqa: E402
    CONCEPTS,
    EMPTY_MODEL,
    MODEL_PATH,
    SHRINK_CHARS,
    SHRINK_WORDS,
    GuardModel,
    char_grams,
    sentence_evidence,
    sentences,
    split_ps,
    word_names,
    words,
)
from companion.guard.pitch_guard import DEFAULT_SETTINGS, NGRAM_SIGNALS, analyse  # noqa: E402

CORPUS_DIR = ROOT / "companion" / "guard" / "data" / "guard_corpus"
BLIND_DIR = ROOT / "companion" / "guard" / "data" / "guard_blind"
TEAM_FILES = ("en", "es", "fr", "de", "pt")  # the team's own corpus, one file per language
TRAIN_AUTHORS = ("t1", "t2", "t3", "t4", "t5", "t6")  # blind authors whose work is trained on
LABELS = ("pitch", "genuine", "personal-ask")
ASKS = ("none", "small", "medium", "large")
LANGUAGES = ("en", "es", "fr", "de", "pt")

# Chosen by leave-one-author-out cross-validation (bench/bench_guard.py prints it); never on the blind set.
# (A discriminative n-gram fit, logistic regression by SGD in place of the log-odds, was tried and lost 7 points
# of pitches blocked at the same genuine share; MIN_DOCS 3 -> 2 gained 2, L2 1.0 -> 0.3 gained 3; a guessed language
# with its own weight on the word evidence gained nothing beyond noise at equal genuine share, so it is not kept.
# With t8…t10 added (13 groups): L2 0.3 -> 0.1 gained 1.5 points of pitches caught at 0.5 % of genuine messages flagged;
# a scikit-learn logistic regression over every word and 4-character n-gram, stacked as one more out-of-fold signal,
# gained under 1 point there and nothing at 1 %, for three times the training time and a second weight table, so it
# is not kept; the sender's-offer and attention-ask rules, bare web addresses as links and more shared concepts gained
# 2 points at 1 %; word endings (the last 5 letters of long words: German compounds) gained 1.3 points in German and
# closed its gap to English to under 5, for 0.4 in English. With t12…t14 added (17 groups, 8,480 messages): 84.7 -> 87.4 %
# of pitches blocked at 0.9 % of genuine messages flagged, German 80.4 -> 85.4. Then the sender's offer to the recipient
# and a price as rules (both later weighed 0 once the n-grams said the same; the offer, narrowed to an offer that
# names what is offered, weighs again since t27-t29), and asks no longer read from an idiom ("call it a day"), a
# recommended source ("empfehlen") or a question after a lead-in ("pregunta rápida: ¿cómo…?"), gained about 2 more,
# and the count of exclamation marks (pitches are louder) about 1.5.
# Tried and dropped, each within noise at 1 %: positive and negative evidence apart, counts of strong terms, the strongest
# negative terms; crossing the evidence with the ask, the who-signals or itself; n-grams seen by at least 2 or 3 authors
# (lost 4-6 points: rare n-grams do carry across authors); smoothing 0.25 or 1.0; 4- or 5-character sequences across word
# boundaries; a "turn" from them to us across the draft; the peak sentence's character evidence; a dozen more shared
# concepts; the count of emoji, alone or with the exclamation marks. With t15…t20 added (23 groups, 11,359 messages) at
# 0.8 %: 91.1 % blocked but 1.1 % of genuine messages flagged out of fold, so the operating point went to 0.7 %: 90.3 % /
# 1.0 %. With t21…t24 added (27 groups, 13,279 messages), leaving one author out with n-gram evidence computed once per
# left-out author (a quicker approximation of the bench's nested fit, within 0.1 point of it at 23 groups): 90.9 % at
# 1.0 % before; a genuine message counted double in the fit (GENUINE_WEIGHT) and the first and last sentences' evidence
# (a genuine opener, then the offer) 91.7 %, German 88.4 -> 90.7. Tried and dropped, each within noise: rules for a
# question turned to the offer ("asking because we…"), the sender's free capacity ("two slots left in March"), an offer
# held open ("if you ever need…"), a disclaimer ("not selling anything", "sin compromiso"), an inline turn ("by the
# way", "por cierto", "übrigens") with the evidence after it; separate pitch-vs-genuine and pitch-vs-ask word evidence;
# PRUNE_BELOW 0.2, SMOOTHING 0.3, SHRINK_WORDS 20 or 80, SHRINK_CHARS 100. With t27…t29 added (32 groups, 15,678
# messages; the new authors wrote the weak families: 66-72 % of two of them blocked), at 0.6-0.7 %: 90.4 % / 1.02 % (was
# 92.4 % over 29 groups). Kept, at equal genuine share: an author's messages count at most AUTHOR_CAP times per n-gram
# (+0.6 points), and a meeting word that names a thing ("demo video", "entorno de demo") or a meeting already set ("am
# Termin") no longer asks for one (0.16 points of genuine messages flagged freed); a site's name under a country or
# trade domain is a link, and a question led by "what/how/qué…" has its own mark (each within noise, kept as fixes of
# a false reason or a false positive). Together, at 0.65 %: 91.6 % / 0.9 % (bench, 32 groups; every language within 3
# points of English). Tried and dropped (each within noise or worse at 1 %): a bias per language so
# each language flags 0.7 % (-0.1 even with the true language), the word evidence split by kind (words, pairs, stems,
# concepts: -0.4), 3- and 5-character sequences as more evidence, rules for "your home / your cover / your pension"
# and for the sender's capability ("I can get you", "te puedo", "je peux te"), and AUTHOR_CAP 1, 2, 5, 8, 15.
# With t30, t31 added (34 groups, 16,637 messages; quick CV): 91.2 % / 0.98 %, Spanish genuine 1.6 %, French 1.1 %.
# Read from the Spanish and French genuine messages flagged out of fold and kept: a code is an offer only as a
# discount's (not "te mando el código de acceso"), "we talk" told as past ("lo que hablamos") asks for no talk, and an
# attention ask ruled out in its own sentence ("no te pido que dejes reseña") is no reason: Spanish 1.6 -> 1.4 %,
# French 1.1 -> 1.0 %, pitches blocked unchanged. Tried and dropped: a lower operating point (0.55 %) brings Spanish
# to 1.0 % but costs 0.75 points of pitches blocked.
# With t32-t34 added (37 groups, 18,075 messages; written to the weakest families and to genuine notes full of commercial
# words; quick CV): 89.75 % / 0.93 %, Spanish genuine 1.09 %, Portuguese 1.15 %. Kept, each read from the messages
# misread out of fold: an ask word in an "if you need…" clause is the sender's offer ("se precisar de referência"), and
# "compra" after an article or "de" the noun ("coste de compra"), not asks; who decides or owns a budget there ("who
# owns", "quién decide", "qui pilote", "wer entscheidet", "quem decide", the right or wrong person) as prospecting, and
# the bump of an unanswered message ("did you see my last note", "te lo subo", "untergegangen") as a nag (+0.3 points
# of pitches blocked); "tem interesse" a call to action only as a question ("não sei se você ainda tem interesse" is
# none); the plural "you" of Spain, Germany and Portugal counted as "you" (+0.1); a draft answering what they asked
# ("as you requested", "respondiendo a tu pregunta", "du hattest gefragt": +0.25, +0.5 at 1 %) and one opening with
# thanks for something, not for connecting (627 genuine messages open so, 157 pitches: +0.2, Portuguese 1.05 -> 0.96 %).
# Together: 90.7 % / 0.93 %, every language at or under 0.96 %. Tried and dropped: a question followed by the sender's
# capability or offer ("are you still renting? I can get you…": -0.1), a business signature (name | company) as the
# last line (all 43 such pitches were already caught), a draft opening as a reply ("Perfect, …", "Genial, …": +0.3 at
# 0.9 % but it moves the operating point: Spanish and Portuguese genuine 1.1 %), the operating point at 0.6 % (-0.4
# points) and 0.7 % (English, Spanish and Portuguese over 1 %), a donation-ask lexicon (27 genuine messages carry it,
# thanks for a gift, against 17 pitches) and a free valuation or review lexicon (13 genuine messages quote the flyer).
# Not tried for want of time in a plain-Python trainer: an NB-SVM fit of every n-gram (a discriminative fit per fold,
# nested in the out-of-fold evidence, is ~30× the training time). Figures: bench/bench_guard.py --no-blind.)
# With t35, t36 added (39 groups, 19,035 messages; insurance reviews, charity asks, product sales by direct message,
# low-key openers and genuine notes full of commercial words; quick CV, authors capped at 3): 90.7 % / 0.96 %, English
# genuine 1.08 %, Spanish 1.11 %. Kept: the review's mends (an "if you need…" clause ends where the sender's own ask
# begins; "make a purchase" asks; a thanks for adding or accepting them, in any spacing, is no thanks for something done;
# "who owns", "the right person" count only in the prospecting shape: 90.95 % / 0.92 %, English 0.82 %), then, read
# from the genuine messages flagged out of fold: "bumping it to 60" and "following up on my review" are no nag, a tough
# call and a class reunion no meeting, a referral programme and "dans une démo" no ask, "the answer to your question"
# and a plain, formal or German thanks ("Thank you, Mr. Novak.", "nous vous remercions", "vielen Dank für") a reply
# (90.97 % / 0.88 %), and a
# confirmed arrangement ("te confirmo que", "dann ist es fix") as its own signal (+1.0 point: 92.08 % / 0.85 %; English
# 0.82, Spanish 0.94, French 1.02, German 0.78, Portuguese 0.72 %). Tried and dropped (within noise at the operating
# point and at 0.9-1.0 %): "asking because…" after a question (n-grams already carry it), offered time slots ("Tue or
# Wed"), "we've been working with a few companies" in the we-help rule (-0.1), "worth a conversation" and its
# translations as calls to action, a donation ask in a request ("if you could spare", "spenden Sie": +0.1, genuine
# +0.03), a short draft asking for a meeting, and the operating point at 0.7 % (+0.3, but French genuine 1.11 %).
# With t40-t42 added (45 groups, 20,835 messages; three authors briefed with the policy and a natural mix of personas, not
# the weakest families) and the fifth newcomer's rule mends: 93.4 % / 0.8 % in the bench's nested run (the 42 earlier
# groups alone 92.9 -> 93.3 %; the new authors 96-98 %). Screened and not kept (a quick grouped CV of the combination
# on global out-of-fold rows, 42 groups, which reproduced the bench within 0.2 point): a discriminative logistic
# regression over every word n-gram stacked as one more out-of-fold signal (+0.1 point at C=1, +0.36 at C=4 at equal
# genuine share, for a second weight table of ~1 MB), the same with naive-Bayes-scaled inputs (-0.2), and gradient-boosted
# trees over the same signals in place of the logistic combination (-0.5 at an equal genuine share: the trees fit the
# training authors' rows too closely for their operating point to carry to a left-out author).
# With t43-t44 added (47 groups, 21,435 messages) and the inputs of rounds 13-14 (a thread moved to a close, a
# follow-up carrying the sender's own offer, the sender's trade named beside an offer, an offer on the recipient's
# need, stock cleared, a candidate presented with terms, a supplier question then the sender's capability, a peer
# asking the recipient's judgement) and rules narrowed by whose money or offer it is: 95.3 % / 0.85 % in the
# bench's nested run (93.8 % before; the 45 earlier groups alone 95.0 %). Screened and not kept: a signature
# naming a company on the last line (168 pitches, but 37 genuine and 13 asks), "we don't know each other" (19
# pitches, 22 asks), "as discussed" / "following up on our" (324 pitches, 180 genuine, 97 asks).
MIN_DOCS = 2  # an n-gram in fewer messages is not kept
SMOOTHING = 0.5  # added to each class's count of an n-gram
PRUNE_BELOW = 0.4  # n-grams whose log-odds are closer to zero than this are dropped (a smaller file)
# Each n-gram's log-odds is kept to two decimals: a hundredth is far below what one n-gram moves in a draft's averaged
# evidence, and the third decimal cost 120 kB of a weights file that grows with every author (2.04 MB at thirty-six).
NGRAM_DECIMALS = 2
# An n-gram counts at most this many messages of one author (in each class): a phrase one writer repeats in forty of
# their messages is that writer's habit, not evidence that carries to a writer never seen. Over 32 groups (15,678
# messages), leaving one author out: +1 point of pitches blocked at 1 % of genuine messages flagged (3 against
# uncapped; 2 and 5 gained less, 8 and 15 less still, 1 (how many authors use it) lost 1 point).
AUTHOR_CAP = 3
L2 = 0.1  # on the combination's weights (not its bias)
NEWTON_STEPS = 30
# How much each message counts in fitting the combination, a pitch counting 1. A genuine message counts double: the
# operating point is set by genuine messages flagged, so the fit is spent on telling pitches from genuine notes more than
# from personal asks (which the ask, not the score, mostly decides). Over 27 groups (13,279 messages), leaving one author
# out: +0.5 points of pitches blocked at 0.7 %, +1.1 at 0.5 %, German +1.2; 3.0 gained no more and flagged more.
GENUINE_WEIGHT = 2.0
PERSONAL_ASK_WEIGHT = 1.0
# The bias is then moved so that this share of the training corpus' genuine messages (scored out of fold) reach
# the warn threshold: the operating point, traded between pitches caught and genuine messages flagged. Below 1 %:
# an author left out sees a little more flagged than the authors trained on, and a few genuine messages are warned
# for their ask, so 0.65 % here keeps genuine messages flagged in cross-validation within 1 % over 32 groups (0.7 % did
# over 23 and 29, 0.8 % over 17; 0.6 % before asks stopped being read from idioms and lead-ins).
GENUINE_FLAGGED_SHARE = 0.0065


@dataclass(frozen=True)
class Example:
    id: str
    text: str
    label: str
    ask: str
    language: str
    split: str
    notes: str = ""
    author: str = "team"
    family: str = ""
    hard: bool = False

    @property
    def is_pitch(self) -> bool:
        return self.label == "pitch"


def load_corpus(directory: Path = CORPUS_DIR) -> list[Example]:
    """Every labelled message of the corpus, checked for shape."""
    examples = []
    for path in sorted(directory.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if row["label"] not in LABELS or row["ask"] not in ASKS or row["language"] not in LANGUAGES:
                raise ValueError(f"{path.name}:{number}: unknown label, ask or language in {row['id']}")
            examples.append(Example(row["id"], row["text"], row["label"], row["ask"], row["language"],
                                    row.get("split", "train"), row.get("notes", ""), row.get("author", "team"),
                                    row.get("family", ""), bool(row.get("hard", False))))
    return examples


def heldout_by_text(text: str) -> bool:
    """The old fixed held-out fifth (kept so older readers of `split` still work)."""
    return int(hashlib.sha256(text.encode()).hexdigest(), 16) % 5 == 0


def import_blind_authors(source: Path, corpus_dir: Path = CORPUS_DIR, blind_dir: Path = BLIND_DIR) -> dict[str, int]:
    """Bring the blind authors' training files (t1…t6.jsonl in `source`) into the corpus, one file per author,
    with the corpus' fields added (id, notes, split); tag the team's rows with author, family and hard.

    A training message that repeats one already kept, or any message of the frozen blind set, is dropped: the
    blind set must stay unseen. Returns how many rows each author kept."""
    from companion.guard.model import fold

    blind = _blind_keys(blind_dir)
    seen: set[str] = set()
    kept: dict[str, int] = {}
    for name in TEAM_FILES:
        path = corpus_dir / f"{name}.jsonl"
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for row in rows:
            note = row.get("notes", "")
            row.update(author="team", family=note.removeprefix("hard:"), hard=note.startswith("hard:"), persona="")
            seen.add(fold(row["text"]).strip())
        _write_jsonl(path, rows)
        kept["team"] = kept.get("team", 0) + len(rows)
    dropped = 0
    for author in TRAIN_AUTHORS:
        rows, dropped_here = _author_rows(source / f"{author}.jsonl", author, seen, blind)
        dropped += dropped_here
        _write_jsonl(corpus_dir / f"{author}.jsonl", rows)
        kept[author] = len(rows)
    kept["dropped"] = dropped
    return kept


def add_authors(source: Path, corpus_dir: Path = CORPUS_DIR, blind_dir: Path = BLIND_DIR,
                only: Sequence[str] = ()) -> dict[str, int]:
    """Bring each new author's file in `source` (tN.jsonl, written to BRIEF.md like t1…t6) into the corpus as
    guard_corpus/tN.jsonl, author tN; an author already in the corpus is left as it is, and with `only`, an
    author not named there too (a file still being written waits). Rows are checked for shape, and a message
    that repeats one already kept or one of the blind set is dropped. Returns how many rows each new author kept."""
    from companion.guard.model import fold

    blind = _blind_keys(blind_dir)
    seen = {fold(e.text).strip() for e in load_corpus(corpus_dir)}
    kept: dict[str, int] = {}
    for path in sorted(source.glob("t*.jsonl")):
        author = path.stem
        if (corpus_dir / path.name).exists() or author in TEAM_FILES or (only and author not in only):
            continue
        rows, dropped = _author_rows(path, author, seen, blind)
        _write_jsonl(corpus_dir / path.name, rows)
        kept[author] = len(rows)
        kept[f"{author} dropped"] = dropped
    return kept


def _blind_keys(blind_dir: Path) -> set[str]:
    """Every blind-set message, folded: training must never see one."""
    from companion.guard.model import fold

    return {fold(json.loads(line)["text"]).strip() for path in sorted(blind_dir.glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def _author_rows(path: Path, author: str, seen: set[str], blind: set[str]) -> tuple[list[dict], int]:
    """A blind author's file (written to BRIEF.md) as corpus rows, checked for shape; a message already in
    `seen` (which it extends) or in the blind set is dropped. Returns the rows and how many were dropped."""
    from companion.guard.model import fold

    rows, dropped = [], 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if (row.get("label") not in LABELS or row.get("ask") not in ASKS or row.get("language") not in LANGUAGES
                or not isinstance(row.get("text"), str) or not row["text"].strip() or not row.get("family")):
            raise ValueError(f"{path.name}:{number}: a row without a known label, ask, language, family or text")
        key = fold(row["text"]).strip()
        if key in seen or key in blind:
            dropped += 1
            continue
        seen.add(key)
        rows.append({"id": f"{author}-{len(rows) + 1:04d}", "text": row["text"], "label": row["label"],
                     "ask": row["ask"], "language": row["language"], "notes": row["family"],
                     "split": "heldout" if heldout_by_text(row["text"]) else "train",
                     "author": author, "family": row["family"], "hard": bool(row.get("hard", False)),
                     "persona": row.get("persona", "")})
    return rows, dropped


def _write_jsonl(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")


@dataclass
class Prepared:
    """What training needs of one message, computed once: its signals without the model, and its n-grams."""

    signals: dict[str, float]
    words: frozenset[str]
    chars: frozenset[str]
    ps_words: frozenset[str]
    sentences: tuple[list[str], list[tuple[int, int]]]  # the draft's words and its sentences' bounds
    y: float
    author: str = ""
    # The n-grams in the order their evidence is summed (a fixed order keeps training reproducible), sorted once
    # rather than in every training of a cross-validation.
    sorted_words: tuple[str, ...] = field(init=False, repr=False)
    sorted_chars: tuple[str, ...] = field(init=False, repr=False)
    sorted_ps: tuple[str, ...] = field(init=False, repr=False)
    # Every word n-gram whose weight its evidence may look up: its names, its P.S.'s, and what the sentence
    # evidence reads by position (tokens, numbers as "#", their pairs and concepts), so that a left-out author's
    # weights need be worked out for these alone.
    lookups: frozenset[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.sorted_words, self.sorted_chars = tuple(sorted(self.words)), tuple(sorted(self.chars))
        self.sorted_ps = tuple(sorted(self.ps_words))
        toks = self.sentences[0]
        self.lookups = self.words.union(self.ps_words, toks, map(" ".join, zip(toks, toks[1:], strict=False)),
                                        filter(None, map(CONCEPTS.get, toks)))


_PREPARED: dict[str, Prepared] = {}


def prepare(e: Example) -> Prepared:
    cached = _PREPARED.get(e.text)
    if cached is None or cached.y != float(e.is_pitch) or cached.author != e.author:
        a = analyse(e.text, model=EMPTY_MODEL)
        start = split_ps(a.folded)
        ps_words = frozenset(word_names(words(a.folded[start:]))) if start >= 0 else frozenset()
        cached = Prepared(dict(sorted(a.signals.items())), frozenset(word_names(words(a.folded))),
                          frozenset(char_grams(a.folded)), ps_words,
                          sentences(a.folded), float(e.is_pitch), e.author)
        _PREPARED[e.text] = cached
    return cached


@dataclass
class Counts:
    """How many messages hold each n-gram, pitches and other messages (an author's capped at AUTHOR_CAP)."""

    pitch: Counter
    other: Counter

    @cached_property
    def totals(self) -> tuple[int, int]:
        return sum(self.pitch.values()), sum(self.other.values())


def _count(rows: list[Prepared], part: str, cap: int | None) -> Counts:
    """How many of the rows (one author's, when capped) hold each n-gram of `part`, per class."""
    out = []
    for pitch in (True, False):
        counts = Counter(chain.from_iterable(getattr(r, part) for r in rows if bool(r.y) is pitch))  # counted in C
        if cap:
            counts.update({gram: cap - n for gram, n in counts.items() if n > cap})
        out.append(counts)
    return Counts(*out)


def _sum_counts(parts: list[Counts]) -> Counts:
    total = Counts(Counter(), Counter())
    for mine in parts:
        total.pitch.update(mine.pitch)
        total.other.update(mine.other)
    return total


def _by_author(rows: list[Prepared]) -> dict[str, list[Prepared]]:
    by_author: dict[str, list[Prepared]] = {}
    for r in rows:
        by_author.setdefault(r.author, []).append(r)
    return by_author


def ngram_weights(rows: list[Prepared], part: str, min_docs: int = MIN_DOCS) -> dict[str, float]:
    """Smoothed log-odds (pitch vs not) of each n-gram of `part` ("words" or "chars") seen in MIN_DOCS messages,
    as rates per n-gram of each class rather than per message: pitches are longer, and counted per message
    nearly every n-gram would lean to a pitch. An author's messages count at most AUTHOR_CAP times for an n-gram."""
    by_author = _by_author(rows)
    cap = AUTHOR_CAP if len(by_author) > 1 else None  # one author's corpus (a test's) is counted as it is
    return _weights_of(_sum_counts([_count(by_author[a], part, cap) for a in sorted(by_author)]), min_docs)


def _weights_of(counts: Counts, min_docs: int, without: Counts | None = None,
                grams: set[str] | None = None) -> dict[str, float]:
    """The log-odds of `counts` less `without` (a left-out group's), for `grams` only when given (the n-grams the
    left-out group's messages hold: the only ones their out-of-fold evidence looks up), else for every n-gram."""
    pitch, other = counts.pitch, counts.other
    total_pitch, total_other = counts.totals
    if without:
        total_pitch -= without.totals[0]
        total_other -= without.totals[1]
        less_pitch, less_other = without.pitch, without.other
    else:
        less_pitch = less_other = Counter()
    base = math.log((total_other or 1) / (total_pitch or 1))
    min_count = max(min_docs, 1)  # an n-gram the counted messages do not hold has no weight
    out = {}
    for gram in sorted(pitch.keys() | other.keys()) if grams is None else grams:
        p, o = pitch[gram] - less_pitch[gram], other[gram] - less_other[gram]
        if p + o >= min_count:
            w = math.log(p + SMOOTHING) - math.log(o + SMOOTHING) + base
            if abs(w) >= PRUNE_BELOW:
                out[gram] = round(w, NGRAM_DECIMALS)
    return out


def _evidence(names: Sequence[str], weights: dict[str, float], shrink: int = SHRINK_WORDS) -> float:
    # The same sum as GuardModel.evidence, over the names in sorted order so training is reproducible.
    return sum(map(weights.get, names, repeat(0.0))) / (len(names) + shrink)


def with_evidence(r: Prepared, word_w: dict[str, float], char_w: dict[str, float]) -> dict[str, float]:
    """A message's signals with the n-gram evidence of the given weights added."""
    out = dict(r.signals)
    out["ngram:words"] = _evidence(r.sorted_words, word_w)
    out["ngram:chars"] = _evidence(r.sorted_chars, char_w, SHRINK_CHARS)
    out["ngram:ps"] = _evidence(r.sorted_ps, word_w)
    out["ngram:peak"], out["ngram:top"], out["ngram:first"], out["ngram:last"] = sentence_evidence(*r.sentences, r.words, word_w)
    return out


def out_of_fold(examples: list[Example], min_docs: int = MIN_DOCS) -> list[dict[str, float]]:
    """Each message's signals with n-gram evidence learned without its author (without its fifth when there
    is only one author)."""
    return _out_of_fold(examples, min_docs)[0]


def _out_of_fold(examples: list[Example], min_docs: int) -> tuple[list[dict[str, float]], dict[str, Counts] | None]:
    """out_of_fold, and the counts of every message per part when they are those ngram_weights would take (not
    with two authors: each left out, the other is counted uncapped, but together both are capped)."""
    prepared = [prepare(e) for e in examples]
    authors = sorted({e.author for e in examples})
    groups = [e.author for e in examples] if len(authors) > 1 else [str(i % 5) for i in range(len(examples))]
    members: dict[str, list[int]] = {}
    for i, g in enumerate(groups):
        members.setdefault(g, []).append(i)
    # Each group's n-grams are counted once; the rest's counts are the total less the left-out group's (the same
    # integers as counting the rest anew, so the same weights). With three authors or more the rest always holds
    # two or more, so every author is capped; with two, the rest is one author, counted as it is, as are fifths.
    cap = AUTHOR_CAP if len(authors) > 2 else None
    out: list[dict[str, float]] = [{} for _ in examples]
    per_part = {}
    for part in ("words", "chars"):  # `lookups` are the word n-grams looked up, chars are all looked up
        mine = {g: _count([prepared[i] for i in members[g]], part, cap) for g in sorted(members)}
        per_part[part] = (mine, _sum_counts([mine[g] for g in sorted(mine)]))
    for group in sorted(members):
        rows = [prepared[i] for i in members[group]]
        weights = []
        for part, looked_up in (("words", "lookups"), ("chars", "chars")):
            mine, total = per_part[part]
            weights.append(_weights_of(total, min_docs, mine[group], set().union(*(getattr(r, looked_up) for r in rows))))
        for i, r in zip(members[group], rows, strict=True):
            out[i] = with_evidence(r, *weights)
    return out, None if len(authors) == 2 else {part: total for part, (_, total) in per_part.items()}


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the combination has a few dozen weights)."""
    n = len(vector)
    m = [row[:] + [vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        if abs(m[col][col]) < 1e-12:
            continue
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            if f:
                for c in range(col, n + 1):
                    m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        if abs(m[r][r]) >= 1e-12:
            x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x


# Floats added one after the other, as `+=` does: sum() does so in C until Python 3.12, which compensates its
# rounding (a different last digit); there reduce keeps the plain additions.
_plain_sum = sum if sys.version_info < (3, 12) else lambda terms, start: reduce(add, terms, start)


def _picker(positions: list[int]):
    """A function taking these positions of a list, as a tuple (in C)."""
    if len(positions) > 1:
        return itemgetter(*positions)
    return lambda seq: tuple(seq[i] for i in positions)


def fit_combination(rows: list[dict[str, float]], ys: list[float], weights: list[float], l2: float = L2) -> tuple[float, dict[str, float]]:
    """L2-regularised logistic regression over named signals, by Newton's method: (bias, weight per name)."""
    names, w = _newton(rows, ys, weights, l2)
    return round(w[-1], 4), {n: round(w[i], 4) for i, n in enumerate(names) if abs(w[i]) >= 1e-4}


def _newton(rows: list[dict[str, float]], ys: list[float], weights: list[float], l2: float) -> tuple[list[str], list[float]]:
    """The signals' names and the fit's weights, unrounded (one per name, then the bias)."""
    names = sorted({k for r in rows for k in r})
    index = {n: i for i, n in enumerate(names)}
    d = len(names) + 1  # the last is the bias
    sparse = [[(index[k], v) for k, v in sorted(r.items()) if v] + [(d - 1, 1.0)] for r in rows]
    # Each gradient and Hessian entry is a sum over the rows holding its signals. They are summed entry by entry
    # (in C, over tuples) rather than row by row (in Python): the same terms, each entry's in the same row order,
    # so the same floating-point result. held[j]: the rows holding signal j; values[j]: its values there;
    # pair_take[j, k]: what picks, among held[j], the rows holding k too, and k's values in them. Values are arrays
    # of doubles: read in order from one block, not from floats scattered over the rows' dicts.
    held: list[list[int]] = [[] for _ in range(d)]
    values: list[list[float]] = [[] for _ in range(d)]
    for r, row in enumerate(sparse):
        for j, v in row:
            held[j].append(r)
            values[j].append(v)
    take = [_picker(rs) for rs in held]
    # Over every row: whether it holds k, and k's value (0.0 where it does not); taken at held[j] in C.
    holds, dense = [[False] * len(sparse) for _ in range(d)], [[0.0] * len(sparse) for _ in range(d)]
    for k, (rs, vals) in enumerate(zip(held, values, strict=True)):
        for r, v in zip(rs, vals, strict=True):
            holds[k][r], dense[k][r] = True, v
    pair_take = {}
    for j, rs in enumerate(held):
        for k in range(d):
            both = take[j](holds[k])
            if any(both):
                pair_take[j, k] = (_picker(list(compress(range(len(rs)), both))),
                                   array("d", compress(take[j](dense[k]), both)))
    del holds, dense
    values = [array("d", vals) for vals in values]
    row_index = [([j for j, _ in row], [v for _, v in row]) for row in sparse]
    w = [0.0] * d
    for _ in range(NEWTON_STEPS):
        gs, hs = [], []
        for (js, vs), y, sw in zip(row_index, ys, weights, strict=True):
            z = sum(map(mul, map(w.__getitem__, js), vs))
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            gs.append(sw * (p - y))
            hs.append(sw * p * (1.0 - p))
        grad = [_plain_sum(map(mul, take[j](gs), values[j]), l2 * w[j] if j < d - 1 else 0.0) for j in range(d)]
        hess = [[0.0] * d for _ in range(d)]
        for j in range(d - 1):
            hess[j][j] = l2
        hess[d - 1][d - 1] = 1e-6
        hv = [list(map(mul, take[j](hs), values[j])) for j in range(d)]  # h * v of each row holding j
        for (j, k), (pick, vals) in pair_take.items():
            hess[j][k] = _plain_sum(map(mul, pick(hv[j]), vals), hess[j][k])
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step, strict=True)]
        if max(map(abs, step)) < 1e-6:
            break
    return names, w


def fit_signed(rows: list[dict[str, float]], ys: list[float], weights: list[float], l2: float = L2) -> tuple[float, dict[str, float]]:
    """The combination with every pitch rule weighing for a pitch (a rule that fired never lowers the score,
    so its reason is never a lie): a rule the fit would weigh below zero is left out, and the fit repeated."""
    dropped: set[str] = set()
    while True:
        bias, combine = fit_combination([{k: v for k, v in r.items() if k not in dropped} for r in rows], ys, weights, l2)
        negative = {k for k, w in combine.items() if k.startswith("rule:") and k != "rule:thanks-congrats" and w < 0}
        if not negative:
            return bias, combine
        dropped |= negative


def operating_bias(bias: float, combine: dict[str, float], rows: list[dict[str, float]], examples: list[Example]) -> float:
    """The bias moved so that GENUINE_FLAGGED_SHARE of the genuine messages reach the warn threshold."""
    warn_at = DEFAULT_SETTINGS.thresholds()[0]
    logits = sorted((sum(combine.get(k, 0.0) * v for k, v in r.items()) for r, e in zip(rows, examples, strict=True)
                     if e.label == "genuine"), reverse=True)
    if not logits:
        return bias
    cut = logits[min(len(logits) - 1, int(GENUINE_FLAGGED_SHARE * len(logits)))]
    return round(math.log(warn_at / (1 - warn_at)) - cut - 1e-4, 4)


def sample_weight(e: Example) -> float:
    """How much a message counts in fitting the combination."""
    return 1.0 if e.is_pitch else GENUINE_WEIGHT if e.label == "genuine" else PERSONAL_ASK_WEIGHT


def train(examples: list[Example], *, l2: float = L2, min_docs: int = MIN_DOCS) -> GuardModel:
    """The n-gram weights from every message, and the combination over out-of-fold evidence."""
    rows, counts = _out_of_fold(examples, min_docs)
    ys = [float(e.is_pitch) for e in examples]
    sample = list(map(sample_weight, examples))
    bias, combine = fit_signed(rows, ys, sample, l2)
    bias = operating_bias(bias, combine, rows, examples)
    prepared = [prepare(e) for e in examples]
    words, chars = (_weights_of(counts[part], min_docs) if counts else ngram_weights(prepared, part, min_docs)
                    for part in ("words", "chars"))  # the counts out_of_fold took, when they are the same
    model = GuardModel(bias, combine, words, chars)
    assert set(NGRAM_SIGNALS) >= {k for k in combine if k.startswith("ngram:")}
    return model


@dataclass
class Metrics:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, predicted: bool, actual: bool) -> None:
        if predicted and actual:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif actual:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def merge(self, other: Metrics) -> Metrics:
        return Metrics(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn, self.tn + other.tn)


def score(model: GuardModel, text: str) -> float:
    """The guard's pitch score for a text with the given weights."""
    return analyse(text, model=model).score


def evaluate(model: GuardModel, examples: list[Example], threshold: float) -> Metrics:
    """Pitch precision and recall at a score threshold."""
    metrics = Metrics()
    for e in examples:
        metrics.add(score(model, e.text) >= threshold, e.is_pitch)
    return metrics


def fingerprint(model: GuardModel, examples: list[Example]) -> dict:
    """How the weights score the training corpus: written beside them, checked by a test after loading."""
    scores = [score(model, e.text) for e in examples]
    _, block_at = DEFAULT_SETTINGS.thresholds()
    return {"messages": len(examples), "score_sum": round(sum(scores), 2),
            "at_block": sum(s >= block_at for s in scores),
            "pitches_at_block": sum(s >= block_at for s, e in zip(scores, examples, strict=True) if e.is_pitch)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="train and report, but do not write the weights")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--import-authors", type=Path, metavar="DIR",
                        help="first copy the blind authors' t1…t6.jsonl from DIR into the corpus")
    parser.add_argument("--add-authors", type=Path, metavar="DIR",
                        help="first add each new author's tN.jsonl from DIR to the corpus (authors already in it are kept)")
    parser.add_argument("--only", nargs="+", default=(), metavar="AUTHOR",
                        help="with --add-authors: add only these authors (e.g. t10), leaving files still being written")
    args = parser.parse_args(argv)
    if args.import_authors:
        print("imported:", import_blind_authors(args.import_authors))
    if args.add_authors:
        print("added:", add_authors(args.add_authors, only=args.only))

    corpus = load_corpus()
    model = train(corpus)
    model.meta = {
        "trained_on": len(corpus),
        "authors": dict(sorted(Counter(e.author for e in corpus).items())),
        "word_ngrams": len(model.words), "char_ngrams": len(model.chars),
        "min_docs": MIN_DOCS, "author_cap": AUTHOR_CAP, "smoothing": SMOOTHING, "prune_below": PRUNE_BELOW, "l2": L2,
        "genuine_weight": GENUINE_WEIGHT, "personal_ask_weight": PERSONAL_ASK_WEIGHT,
        "note": "trained by scripts/train_guard.py on the whole training corpus; the blind set is never read",
    }
    model.meta["corpus"] = fingerprint(model, corpus)
    print(json.dumps({k: v for k, v in model.meta.items() if k != "note"}, indent=1))
    print("combination:", json.dumps(dict(sorted(model.combine.items(), key=lambda kv: -abs(kv[1]))), indent=1))
    if not args.check:
        args.out.write_text(json.dumps(model.to_json(), ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
