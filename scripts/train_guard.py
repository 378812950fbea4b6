"""Train the send guard's model from the labelled corpus and write companion/guard/data/guard_model.json.

    python scripts/train_guard.py            # train on the corpus' train split, write the weights
    python scripts/train_guard.py --check    # train, print held-out metrics, write nothing

The trainer is plain Python (logistic regression by AdaGrad, no NumPy or scikit-learn), so training and
`bench/bench_guard.py` need nothing beyond the runtime dependencies. The model learns on top of the rules:
each example's rule score is a fixed offset, so the weights only correct what the rules miss, and turning
a rule off in the settings really removes its weight. The corpus' `heldout` rows are never trained on.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from companion.guard.model import EMPTY_MODEL, MODEL_PATH, GuardModel, feature_names  # noqa: E402
from companion.guard.pitch_guard import DEFAULT_SETTINGS, analyse  # noqa: E402

CORPUS_DIR = ROOT / "companion" / "guard" / "data" / "guard_corpus"
LABELS = ("pitch", "genuine", "personal-ask")
ASKS = ("none", "small", "medium", "large")
LANGUAGES = ("en", "es", "fr", "de", "pt")

# Chosen by 5-fold cross-validation on the train split (bench/bench_guard.py prints the result).
L2 = 0.02
EPOCHS = 25
LEARNING_RATE = 0.3
MIN_DOCS = 2
PRUNE_BELOW = 0.02
SEED = 7


@dataclass(frozen=True)
class Example:
    id: str
    text: str
    label: str
    ask: str
    language: str
    split: str
    notes: str = ""

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
                                    row.get("split", "train"), row.get("notes", "")))
    return examples


def rule_offset(text: str) -> float:
    """The rules' log-odds for a text, with no model: the fixed offset the model learns on top of."""
    return analyse(text, model=EMPTY_MODEL).rule_logit


def train(examples: list[Example], *, l2: float = L2, epochs: int = EPOCHS, lr: float = LEARNING_RATE,
          min_docs: int = MIN_DOCS, seed: int = SEED) -> GuardModel:
    """Logistic regression (pitch vs not) over word features, on top of the rules' offset."""
    docs = [(sorted(set(feature_names(e.text))), rule_offset(e.text), 1.0 if e.is_pitch else 0.0) for e in examples]
    df = Counter(f for feats, _, _ in docs for f in feats)
    vocab = {f for f, n in df.items() if n >= min_docs}
    docs = [([f for f in feats if f in vocab], off, y) for feats, off, y in docs]

    weights: dict[str, float] = dict.fromkeys(vocab, 0.0)
    squares: dict[str, float] = dict.fromkeys(vocab, 1e-6)
    bias, bias_square = 0.0, 1e-6
    order = list(range(len(docs)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            feats, offset, y = docs[i]
            z = offset + bias + sum(weights[f] for f in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - y
            bias_square += g * g
            bias -= lr * g / math.sqrt(bias_square)
            for f in feats:
                grad = g + l2 * weights[f]
                squares[f] += grad * grad
                weights[f] -= lr * grad / math.sqrt(squares[f])
    kept = {f: round(w, 4) for f, w in weights.items() if abs(w) >= PRUNE_BELOW}
    return GuardModel(round(bias, 4), kept, {})


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


def folds(examples: list[Example], k: int = 5, seed: int = SEED) -> list[list[Example]]:
    """k stratified folds (by label and language), the same every run."""
    groups: dict[tuple[str, str], list[Example]] = {}
    for e in examples:
        groups.setdefault((e.label, e.language), []).append(e)
    out: list[list[Example]] = [[] for _ in range(k)]
    rng = random.Random(seed)
    for key in sorted(groups):
        members = sorted(groups[key], key=lambda e: e.id)
        rng.shuffle(members)
        for i, e in enumerate(members):
            out[i % k].append(e)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="train and report, but do not write the weights")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)

    corpus = load_corpus()
    train_set = [e for e in corpus if e.split == "train"]
    heldout = [e for e in corpus if e.split == "heldout"]
    model = train(train_set)
    model.meta = {
        "trained_on": len(train_set),
        "heldout": len(heldout),
        "features": len(model.weights),
        "l2": L2, "epochs": EPOCHS, "learning_rate": LEARNING_RATE, "min_docs": MIN_DOCS, "seed": SEED,
        "note": "trained by scripts/train_guard.py on the corpus' train split only; heldout rows never seen",
    }
    for threshold in DEFAULT_SETTINGS.thresholds():
        m = evaluate(model, heldout, threshold)
        print(f"held-out at {threshold}: precision {m.precision:.3f} recall {m.recall:.3f} ({m.tp} tp, {m.fp} fp, {m.fn} fn)")
    if not args.check:
        args.out.write_text(json.dumps(model.to_json(), ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")
        print(f"wrote {args.out} ({len(model.weights)} weights)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
