"""Benchmark of the send guard: how well it tells pitches apart, and how fast it is.

    python bench/bench_guard.py            # everything (about a minute)
    python bench/bench_guard.py --quick    # skip cross-validation

Prints, for the pitch class, precision and recall
  - by 5-fold cross-validation on the corpus' train split (a model trained on four folds, scored on the fifth),
  - on the fixed held-out split, with the shipped weights (which were never trained on it), and with the
    rules alone for comparison;
then what the verdicts do per stage on the held-out split, and the in-process latency of `check_draft`
for a 2,000-character draft (p50/p99). Needs only the runtime dependencies: the trainer is plain Python.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for path in (ROOT, ROOT / "scripts", ROOT / "bench"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from train_guard import Metrics, evaluate, folds, load_corpus, train  # noqa: E402

from companion.guard.model import EMPTY_MODEL, load_model  # noqa: E402
from companion.guard.pitch_guard import DEFAULT_SETTINGS, check_draft  # noqa: E402
from companion.models import STAGES  # noqa: E402

LATENCY_DRAFT = (
    "Hi Sarah, I loved your post about scaling support teams, and I noticed you're hiring. We help SaaS "
    "companies like yours cut ticket backlog by 40% in 90 days with our AI triage platform. Our clients "
    "include fast-growing teams across Europe. Would you be open to a quick 15-minute call next week? You can "
    "grab a slot here: https://calendly.com/example/15min. Also happy to send over a case study. "
)


def line(name: str, m: Metrics) -> str:
    return (f"  {name:<34} precision {m.precision:.3f}  recall {m.recall:.3f}"
            f"   (tp {m.tp}, fp {m.fp}, fn {m.fn}, tn {m.tn})")


def cross_validation(k: int = 5) -> tuple[Metrics, Metrics, int]:
    """Pitch metrics at the warn and block thresholds, each fold scored by a model trained on the others."""
    warn_at, block_at = DEFAULT_SETTINGS.thresholds()
    train_split = [e for e in load_corpus() if e.split == "train"]
    at_warn, at_block = Metrics(), Metrics()
    parts = folds(train_split, k)
    for i, test in enumerate(parts):
        rest = [e for j, part in enumerate(parts) if j != i for e in part]
        model = train(rest)
        at_warn = at_warn.merge(evaluate(model, test, warn_at))
        at_block = at_block.merge(evaluate(model, test, block_at))
    return at_warn, at_block, len(train_split)


def heldout() -> dict:
    """The shipped weights (never trained on the held-out split) and the rules alone, on the held-out split."""
    warn_at, block_at = DEFAULT_SETTINGS.thresholds()
    held = [e for e in load_corpus() if e.split == "heldout"]
    shipped = load_model()
    verdicts = {}
    for label in ("pitch", "genuine", "personal-ask"):
        rows = [e for e in held if e.label == label]
        verdicts[label] = {stage: [check_draft(e.text, stage).verdict for e in rows] for stage in STAGES}
    asks = sum(check_draft(e.text, "friend").ask == e.ask for e in held)
    return {
        "size": len(held), "trained_on": shipped.meta.get("trained_on"),
        "warn": evaluate(shipped, held, warn_at), "block": evaluate(shipped, held, block_at),
        "rules_only": evaluate(EMPTY_MODEL, held, warn_at), "verdicts": verdicts, "asks": asks,
    }


def latency(runs: int = 2000) -> dict:
    """Wall-clock and CPU time of check_draft on a 2,000-character draft (CPU time is what a busy machine
    cannot inflate)."""
    draft = (LATENCY_DRAFT * (2000 // len(LATENCY_DRAFT) + 1))[:2000]
    check_draft(draft, "stranger")  # loads the weights once, as the server does at start
    wall, cpu = [], []
    for _ in range(runs):
        w0, c0 = time.perf_counter(), time.process_time()
        check_draft(draft, "stranger")
        c1, w1 = time.process_time(), time.perf_counter()
        wall.append((w1 - w0) * 1000)
        cpu.append((c1 - c0) * 1000)
    return {"chars": len(draft), "runs": runs, "wall": wall, "cpu": cpu}


def run(with_cv: bool = True) -> list:
    """The figures `make bench` prints (bench/run_all.py)."""
    from report import Figure, percentile

    figures = []
    if with_cv:
        at_warn, at_block, n = cross_validation()
        figures += [
            Figure("guard: 5-fold CV precision, pitch at warn", f"{at_warn.precision:.3f}", "≥ 0.90", at_warn.precision >= 0.90, f"train split, {n} messages"),
            Figure("guard: 5-fold CV recall, pitch at warn", f"{at_warn.recall:.3f}", "≥ 0.80", at_warn.recall >= 0.80),
            Figure("guard: 5-fold CV precision, pitch at block", f"{at_block.precision:.3f}", "≥ 0.95", at_block.precision >= 0.95),
            Figure("guard: 5-fold CV recall, pitch at block", f"{at_block.recall:.3f}", "", None),
        ]
    h = heldout()
    figures += [
        Figure("guard: held-out precision, pitch at warn", f"{h['warn'].precision:.3f}", "≥ 0.90", h["warn"].precision >= 0.90, f"{h['size']} messages never trained on"),
        Figure("guard: held-out recall, pitch at warn", f"{h['warn'].recall:.3f}", "≥ 0.80", h["warn"].recall >= 0.80),
        Figure("guard: held-out precision, pitch at block", f"{h['block'].precision:.3f}", "≥ 0.95", h["block"].precision >= 0.95),
        Figure("guard: held-out recall, pitch at block", f"{h['block'].recall:.3f}", "", None),
        Figure("guard: held-out recall, rules alone at warn", f"{h['rules_only'].recall:.3f}", "", None, "what the model adds"),
    ]
    v = h["verdicts"]
    blocked_pitch = v["pitch"]["stranger"].count("block") / len(v["pitch"]["stranger"])
    genuine_ok = min(verdicts.count("ok") / len(verdicts) for verdicts in v["genuine"].values())
    asks_blocked = sum(verdicts.count("block") for verdicts in v["personal-ask"].values())
    figures += [
        Figure("guard: held-out pitches to strangers blocked", f"{blocked_pitch:.0%}", "", None),
        Figure("guard: held-out genuine messages ok (worst stage)", f"{genuine_ok:.0%}", "100%", genuine_ok == 1.0),
        Figure("guard: held-out personal asks blocked (any stage)", str(asks_blocked), "0", asks_blocked == 0),
        Figure("guard: held-out ask size matches the label", f"{h['asks'] / h['size']:.0%}", "", None),
    ]
    lat = latency()
    p99 = percentile(lat["wall"], 99)
    figures += [
        Figure(f"guard: check_draft p50, {lat['chars']}-char draft", f"{percentile(lat['wall'], 50):.2f} ms", "", None, "wall clock"),
        Figure(f"guard: check_draft p99, {lat['chars']}-char draft", f"{p99:.2f} ms", "≤ 2 ms", p99 <= 2.0, "wall clock, in process"),
        Figure("guard: check_draft CPU time p50 / p99", f"{percentile(lat['cpu'], 50):.2f} / {percentile(lat['cpu'], 99):.2f} ms", "", None,
               f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"),
    ]
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip cross-validation")
    args = parser.parse_args(argv)
    from report import print_figures

    print_figures("The send guard: accuracy on its corpus, and speed", run(with_cv=not args.quick))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
