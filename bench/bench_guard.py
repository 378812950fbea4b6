"""Benchmark of the send guard: is it right on messages by authors it never learned from, and how fast is it.

    python bench/bench_guard.py              # everything (a few minutes)
    python bench/bench_guard.py --quick      # skip cross-validation
    python bench/bench_guard.py --no-blind   # skip the blind set (while tuning: tune on cross-validation only)

Two honest measures, each overall, per language and per family, with the targets beside them:
  - grouped cross-validation, leave one author out: the model is trained on every training author but one
    (t1…t39, written by blind authors, "team", the team's own corpus, and each published source) and judged
    on that author's messages; the judged parts are pooled;
  - the blind set (companion/guard/data/guard_blind/, ten more authors b1…b10, frozen): never trained or tuned on,
    judged with the shipped weights.
For each: pitches blocked at stranger, pitches flagged (warn or block) at new, genuine messages flagged at
any stage, personal asks blocked at acquaintance and pitches blocked at friend (both must be 0).
Then the in-process latency of `check_draft` on a 2,000-character draft (p50/p99), and the first POST /v1/check
of fresh `companion serve` processes (the start-up warm-up must cover that first check's path).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for path in (ROOT, ROOT / "scripts", ROOT / "bench"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from train_guard import BLIND_DIR, Example, load_corpus, train  # noqa: E402

from companion.guard.pitch_guard import check_draft  # noqa: E402
from companion.models import STAGES  # noqa: E402

LATENCY_DRAFT = (
    "Hi Sarah, I loved your post about scaling support teams, and I noticed you're hiring. We help SaaS "
    "companies like yours cut ticket backlog by 40% in 90 days with our AI triage platform. Our clients "
    "include fast-growing teams across Europe. Would you be open to a quick 15-minute call next week? You can "
    "grab a slot here: https://calendly.com/example/15min. Also happy to send over a case study. "
)
LANGUAGES = ("en", "es", "fr", "de", "pt")
PITCH_BLOCKED_TARGET = 0.95
GENUINE_FLAGGED_TARGET = 0.01
LANGUAGE_GAP = 0.05  # every language within 5 points of English
FAMILY_MIN = 8  # families smaller than this are too small to rank
PUBLIC_SOURCE = "github:"  # the author of a published template: the repository it came from
WORST_FAMILIES = 6

# A judge: (text, stage) -> verdict kind ("ok", "warn", "block").
Judge = Callable[[str, str], str]


def load_blind(directory: Path = BLIND_DIR) -> list[Example]:
    """The frozen blind set (only this scorer reads it)."""
    out = []
    for path in sorted(directory.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                row = json.loads(line)
                out.append(Example(f"{path.stem}-{number:04d}", row["text"], row["label"], row["ask"], row["language"],
                                   "blind", row["family"], row["author"], row["family"], bool(row["hard"])))
    return out


def shipped_judge(text: str, stage: str) -> str:
    return check_draft(text, stage).verdict


def model_judge(model) -> Judge:
    return lambda text, stage: check_draft(text, stage, model=model).verdict


def judge_all(judge: Judge, examples: Iterable[Example]) -> list[tuple[Example, dict[str, str]]]:
    return [(e, {stage: judge(e.text, stage) for stage in STAGES}) for e in examples]


def grouped_cv(corpus: list[Example], fit: Callable[[list[Example]], Judge]) -> list[tuple[Example, dict[str, str]]]:
    """Leave one author out: each author judged by a guard trained on all the others."""
    judged = []
    for author in sorted({e.author for e in corpus}):
        judge = fit([e for e in corpus if e.author != author])
        judged += judge_all(judge, [e for e in corpus if e.author == author])
    return judged


class Rates:
    """The five policy figures over a set of judged messages."""

    def __init__(self, judged: list[tuple[Example, dict[str, str]]]):
        pitches = [v for e, v in judged if e.label == "pitch"]
        genuine = [v for e, v in judged if e.label == "genuine"]
        asks = [v for e, v in judged if e.label == "personal-ask"]
        self.n_pitch, self.n_genuine, self.n_ask = len(pitches), len(genuine), len(asks)
        self.pitch_blocked_stranger = _share(v["stranger"] == "block" for v in pitches)
        self.pitch_flagged_new = _share(v["new"] != "ok" for v in pitches)
        self.genuine_flagged = _share(any(k != "ok" for k in v.values()) for v in genuine)
        self.asks_blocked_acquaintance = sum(v["acquaintance"] == "block" for v in asks)
        self.asks_blocked_stranger = _share(v["stranger"] == "block" for v in asks)
        self.asks_ok_acquaintance = _share(v["acquaintance"] == "ok" for v in asks)
        self.pitch_blocked_friend = sum(v["friend"] == "block" for v in pitches)

    def text(self) -> str:
        return (f"pitch blocked@stranger {_pct(self.pitch_blocked_stranger)} · flagged@new {_pct(self.pitch_flagged_new)}"
                f" · genuine flagged {_pct(self.genuine_flagged)} · asks blocked@stranger {_pct(self.asks_blocked_stranger)}")


def _share(flags: Iterable[bool]) -> float | None:
    flags = list(flags)
    return sum(flags) / len(flags) if flags else None


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


def figures_for(name: str, judged: list[tuple[Example, dict[str, str]]], note: str) -> list:
    """Overall, per language and worst families, as `make bench` figures."""
    from report import Figure

    overall = Rates(judged)
    figures = [
        Figure(f"{name}: pitches blocked at stranger", _pct(overall.pitch_blocked_stranger), f"≥ {PITCH_BLOCKED_TARGET:.0%}",
               overall.pitch_blocked_stranger >= PITCH_BLOCKED_TARGET, f"{overall.n_pitch} pitches; {note}"),
        Figure(f"{name}: pitches flagged at new", _pct(overall.pitch_flagged_new), "", None),
        Figure(f"{name}: genuine flagged at any stage", _pct(overall.genuine_flagged), f"≤ {GENUINE_FLAGGED_TARGET:.0%}",
               overall.genuine_flagged <= GENUINE_FLAGGED_TARGET, f"{overall.n_genuine} genuine"),
        Figure(f"{name}: personal asks blocked at acquaintance", str(overall.asks_blocked_acquaintance), "0",
               overall.asks_blocked_acquaintance == 0, f"{overall.n_ask} asks; ok there: {_pct(overall.asks_ok_acquaintance)}"),
        Figure(f"{name}: personal asks blocked at stranger", _pct(overall.asks_blocked_stranger), "", None, "policy: at most warned"),
        Figure(f"{name}: pitches blocked at friend", str(overall.pitch_blocked_friend), "0", overall.pitch_blocked_friend == 0),
    ]
    by_language = {lang: Rates([(e, v) for e, v in judged if e.language == lang]) for lang in LANGUAGES}
    english = by_language["en"]
    for lang, rates in by_language.items():
        if not (rates.n_pitch and rates.n_genuine):
            continue
        close = (abs(rates.pitch_blocked_stranger - english.pitch_blocked_stranger) <= LANGUAGE_GAP
                 and abs(rates.genuine_flagged - english.genuine_flagged) <= LANGUAGE_GAP)
        figures.append(Figure(f"{name}: {lang}", rates.text(), "within 5 points of en" if lang != "en" else "",
                              close if lang != "en" else None, f"{rates.n_pitch} / {rates.n_genuine} / {rates.n_ask} (pitch / genuine / ask)"))
    families: dict[tuple[str, str], list] = defaultdict(list)
    for e, v in judged:
        families[(e.label, e.family)].append((e, v))
    missed = []
    for (label, family), rows in families.items():
        if len(rows) < FAMILY_MIN:
            continue
        if label == "pitch":
            missed.append((1 - Rates(rows).pitch_blocked_stranger, f"{family} (pitch)", "not blocked at stranger", len(rows)))
        else:
            flagged = _share(any(k != "ok" for k in v.values()) if label == "genuine" else v["acquaintance"] != "ok"
                             for _, v in rows)
            missed.append((flagged, f"{family} ({label})", "flagged at any stage" if label == "genuine" else "flagged at acquaintance", len(rows)))
    for share, family, what, n in sorted(missed, reverse=True)[:WORST_FAMILIES]:
        figures.append(Figure(f"{name}: worst family {family}", f"{share:.0%} {what}", "", None, f"{n} messages"))
    # Real templates published in public repositories (guard_corpus/public.jsonl), one group per source.
    for source in sorted({e.author for e, _ in judged if e.author.startswith(PUBLIC_SOURCE)}):
        rates = Rates([(e, v) for e, v in judged if e.author == source])
        figures.append(Figure(f"{name}: published templates, {source.removeprefix(PUBLIC_SOURCE)}", rates.text(), "", None,
                              f"{rates.n_pitch} / {rates.n_genuine} / {rates.n_ask} (pitch / genuine / ask)"))
    return figures


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


FIRST_CHECK_STARTS = 5
FIRST_CHECK_TARGET_MS = 50.0


def first_check_after_serve(starts: int = FIRST_CHECK_STARTS) -> list[float]:
    """The first POST /v1/check of each of `starts` fresh `companion serve` processes, in ms: sent as soon as
    /v1/health answers, on a new connection, with the page context the extension sends (a profile link, the
    degree badge, the thread), as a user's first check after starting the companion is."""
    import http.client
    import tempfile

    from bench_http import free_port, start_companion, stop_companion

    from companion.api.pairing import get_or_create_token

    draft = (LATENCY_DRAFT * (2000 // len(LATENCY_DRAFT) + 1))[:2000]
    body = json.dumps({"text": draft, "context": {"degree": "2nd", "thread": {"from_me": 0, "from_them": 0},
                                                  "recipient_name": "Sarah Lee",
                                                  "recipient_url": "https://www.linkedin.com/in/sarah-lee-example/"}})
    times = []
    for _ in range(starts):
        with tempfile.TemporaryDirectory() as data_dir:
            port = free_port()
            token = get_or_create_token(Path(data_dir))
            server, _ = start_companion(Path(data_dir), port)
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                t0 = time.perf_counter()
                connection.request("POST", "/v1/check", body=body,
                                   headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
                answer = connection.getresponse()
                answer.read()
                times.append((time.perf_counter() - t0) * 1000)
                connection.close()
                if answer.status != 200:
                    raise RuntimeError(f"POST /v1/check answered {answer.status}")
            finally:
                stop_companion(server)
    return times


def run(with_cv: bool = True, with_blind: bool = True) -> list:
    """The figures `make bench` prints (bench/run_all.py)."""
    from report import Figure, percentile

    figures = []
    if with_cv:
        corpus = load_corpus()
        authors = sorted({e.author for e in corpus})
        judged = grouped_cv(corpus, lambda rest: model_judge(train(rest)))
        figures += figures_for("guard CV", judged, f"leave one author out over {len(authors)} authors ({', '.join(authors)})")
    if with_blind:
        blind = load_blind()
        authors = sorted({e.author for e in blind})
        figures += figures_for("guard blind", judge_all(shipped_judge, blind),
                               f"blind set, authors {', '.join(authors)}, never trained or tuned on")
    lat = latency()
    p99 = percentile(lat["wall"], 99)
    figures += [
        Figure(f"guard: check_draft p50, {lat['chars']}-char draft", f"{percentile(lat['wall'], 50):.2f} ms", "", None, "wall clock"),
        Figure(f"guard: check_draft p99, {lat['chars']}-char draft", f"{p99:.2f} ms", "≤ 2 ms", p99 <= 2.0, "wall clock, in process"),
        Figure("guard: check_draft CPU time p50 / p99", f"{percentile(lat['cpu'], 50):.2f} / {percentile(lat['cpu'], 99):.2f} ms", "", None,
               f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"),
    ]
    first = first_check_after_serve()
    figures.append(Figure("guard: first POST /v1/check after `companion serve`", f"max {max(first):.1f} ms",
                          f"< {FIRST_CHECK_TARGET_MS:.0f} ms", max(first) < FIRST_CHECK_TARGET_MS,
                          f"{len(first)} fresh starts, empty store, 2,000-char draft: {', '.join(f'{t:.1f}' for t in first)} ms"))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip cross-validation")
    parser.add_argument("--no-blind", action="store_true", help="skip the blind set")
    args = parser.parse_args(argv)
    from report import print_figures

    print_figures("The send guard: right on authors it never learned from, and fast",
                  run(with_cv=not args.quick, with_blind=not args.no_blind))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
