"""Conversation starters on a review set: how many a thoughtful networker would send, and how many claim
something the profile does not show.

The set (bench/data/starters_review/, see its README) is
- profiles.jsonl: pairs of made-up profiles {id, me, them, traps} written by a blind author, frozen;
- real saved pages from ../shared/fixtures/real (LinkedIn, X, Bluesky, GitHub), each read by the parsers
  and paired with one made-up "me" (me_for_real_pages.json); skipped when ../shared is absent;
- judgments.jsonl: one line per judged starter {id, starter (its exact text), reviewer, sendable,
  unsupported, why}, by blind reviewers briefed only as thoughtful networkers.

The starters are made as the side panel makes them (common ground, then suggest_starters) with the
clock fixed at 2026-12-06 for the blind pairs, and at the day each real page was saved (the last day of the
month its file name gives: guest_2015-10_… → 2015-10-31), as a capture happens on the live page: a 2015
page's roles were current in 2015, not stale news in 2026. A starter is judged when a judgment quotes its exact text for that profile:
a starter the code has changed is unjudged until someone reviews it again, and never counts as good.
With several reviewers, a starter is sendable when most of them say so (a tie is not), and unsupported
when any of them says so.

    .venv/bin/python bench/bench_starters.py                 # the figures, of every set there is
    .venv/bin/python bench/bench_starters.py --sheet FILE    # also writes every unjudged starter for review
    .venv/bin/python bench/bench_starters.py --show-failing  # also prints the failing starters with the why
    .venv/bin/python bench/bench_starters.py --review-dir bench/data/starters_review_2 --sheet FILE
    .venv/bin/python bench/bench_starters.py --by-template   # reviewers' acceptance per template, over every set

A review set is a directory: profiles.jsonl, judgments.jsonl and README.md; real pages are optional
(me_for_real_pages.json, with real_pages.json listing [path under ../shared/fixtures/real, address] pairs; the
first set lists its pages in REAL_PAGES below). `make bench` prints every set of REVIEW_SETS that exists.

By default it prints figures only, never the set's starters: tune on your own examples
(tests/test_starters_are_true.py), not on this set. The sheet is for reviewers; --show-failing is a review
aid that names the classes of failure (fix them generally, with tests on made-up profiles).

Coverage (our target, the issue is silent on it): of the profiles with something to say (shared ground beyond a language
everyone speaks, or a post of their own of the last COVERAGE_POST_DAYS days) that no protective rule keeps from a
stranger's opener (starters.protective_reason: they grieve, are ill or laid off lately, are away, a pupil, ask for no
cold contact, know you), at least COVERAGE_TARGET get a starter. Silence where a thoughtful person would write is a
failure too, if a quieter one than a refused starter.
"""

from __future__ import annotations

import argparse
import calendar
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from report import Figure, print_figures  # noqa: E402

REVIEW = Path(__file__).resolve().parent / "data" / "starters_review"
# Every set there is, oldest first: each was blind when first judged, and says in its README when it stopped being so.
REVIEW_SETS = [REVIEW, *sorted(REVIEW.parent.glob("starters_review_[0-9]*"), key=lambda p: int(p.name.rsplit("_", 1)[1]))]
PROFILES = REVIEW / "profiles.jsonl"
JUDGMENTS = REVIEW / "judgments.jsonl"
ME_FOR_REAL_PAGES = REVIEW / "me_for_real_pages.json"
REAL = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "real"
NOW = datetime(2026, 12, 6, tzinfo=UTC)
SENDABLE_TARGET = 0.90
# A template judged sendable less often than this (on judgments made while its set was fresh) is retired or narrowed.
TEMPLATE_TARGET = 0.85
MIN_REAL_PAGES = 15
COVERAGE_TARGET = 0.80
COVERAGE_POST_DAYS = 60
# A language nearly every profile lists: no ground to speak on by itself.
EVERYONES_LANGUAGE = "english"

# One page per person (the latest or fullest of each), with the address it was saved from.
REAL_PAGES = [
    ("linkedin/guest_2015-12_iteles.html", "https://www.linkedin.com/in/iteles/"),
    ("linkedin/guest_2015-12_nelsonic.html", "https://www.linkedin.com/in/nelsonic/"),
    ("linkedin/guest_2016-08_julianamelung.html", "https://www.linkedin.com/in/julianamelung/"),
    ("linkedin/guest_2023-04_dulithawijewantha.html", "https://www.linkedin.com/in/dulithawijewantha/"),
    ("linkedin/guest_2023-04_kekayan.html", "https://www.linkedin.com/in/kekayan/"),
    ("linkedin/guest_2024-04_abgar.html", "https://www.linkedin.com/in/abgar/"),
    ("linkedin/loggedin_2024-07_eduardo.html", "https://www.linkedin.com/in/eduardo/"),
    ("linkedin/loggedin_2024-07_srilalitha.html", "https://www.linkedin.com/in/srilalitha/"),
    ("linkedin/loggedin-activity_2025-04_stevehind.html", "https://www.linkedin.com/in/stevehind/"),
    ("linkedin/loggedin_2022-03_kireet_singlefile.html", "https://www.linkedin.com/in/kireet/"),
    ("linkedin/loggedin_2022-03_austin.html", "https://www.linkedin.com/in/austin/"),
    ("linkedin/loggedin-fragment_2018-12_otherProfile.html", "https://www.linkedin.com/in/seancahalan/"),
    ("linkedin/loggedin-nohead_2024-08_profile4.html", "https://www.linkedin.com/in/surendrathota/"),
    ("linkedin/loggedin_2025-04_eugenemann.html", "https://www.linkedin.com/in/eugenemann/"),
    ("linkedin/loggedin_2025-04_robcheung.html", "https://www.linkedin.com/in/robertkcheung/"),
    ("linkedin/recruiter-fragment_2021-04_full-profile.html", "https://www.linkedin.com/in/pauloandrade/"),
    ("twitter/nitter_2020-09_DGNSREKT.html", "https://x.com/DGNSREKT"),
    ("twitter/react-guest_2025-12_Kikobeats.html", "https://x.com/Kikobeats"),
    ("twitter/react-guest_2023-01_k4rliky.html", "https://x.com/k4rliky"),
    ("twitter/react-guest_2025-12_javilop.html", "https://x.com/javilop"),
    ("twitter/react-loggedin_2025-04_perceptnet.html", "https://x.com/perceptnet"),
    ("twitter/legacy-loggedin_2015-03_Milano_JS.html", "https://x.com/Milano_JS"),
    ("bluesky/rendered_2026-01_stephenking_a.html", "https://bsky.app/profile/stephenking.bsky.social"),
    ("bluesky/rendered-loggedin_2025-04_kpitzen.html", "https://bsky.app/profile/kpitzen.bsky.social"),
    ("github/fragment-vcard-details_2024-12_estebanborai.html", "https://github.com/estebanborai"),
]


@dataclass(frozen=True)
class Case:
    """One profile of the set, with the "me" its starters are written from."""

    id: str
    source: str  # 'blind' or the real page's path
    me: object  # companion.models.Profile
    them: object
    now: datetime = NOW  # when the starters are made: the day a real page was saved


@dataclass(frozen=True)
class Made:
    """One starter made for a case."""

    case: Case
    text: str
    evidence: str


# ---------------------------------------------------------------- loading the set


def profile_from_review(fields: dict):
    """A review-set PROFILE as the project's Profile: reposts are dropped, as the parsers drop them."""
    from companion.models import Profile

    posts = [{"text": p.get("text") or "", "date": p.get("date")}
             for p in fields.get("posts") or [] if not p.get("reposted")]
    return Profile.model_validate({
        "name": fields.get("name"), "headline": fields.get("headline"), "location": fields.get("location"),
        "about": fields.get("about"),
        "experience": [{k: e.get(k) for k in ("company", "title", "start", "end")} for e in fields.get("experience") or []],
        "education": [{k: e.get(k) for k in ("school", "degree", "field", "start", "end")}
                      for e in fields.get("education") or []],
        "skills": fields.get("skills") or [], "languages": fields.get("languages") or [],
        "interests": fields.get("interests") or [], "posts": posts,
    })


def blind_cases(path: Path = PROFILES) -> list[Case]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            pair = json.loads(line)
            cases.append(Case(pair["id"], "blind", profile_from_review(pair["me"]), profile_from_review(pair["them"])))
    return cases


def saved_on(relative: str) -> datetime:
    """The day a real page was saved, from the month its file name carries (the month's last day); else NOW."""
    found = re.search(r"_(\d{4})-(\d{2})_", Path(relative).name)
    if not found:
        return NOW
    year, month = int(found.group(1)), int(found.group(2))
    return datetime(year, month, calendar.monthrange(year, month)[1], tzinfo=UTC)


def real_pages_of(review: Path) -> list[tuple[str, str]]:
    """The real pages a set pairs with its "me": the first set's REAL_PAGES, another's real_pages.json, or none."""
    if not (review / "me_for_real_pages.json").is_file():
        return []
    listed = review / "real_pages.json"
    if listed.is_file():
        return [(path, url) for path, url in json.loads(listed.read_text(encoding="utf-8"))]
    return REAL_PAGES if review.resolve() == REVIEW.resolve() else []


def real_page_cases(real: Path = REAL, review: Path = REVIEW) -> list[Case]:
    """The real saved pages, each read by its site's parser; none when ../shared is absent or the set has none."""
    pages = real_pages_of(review)
    if not real.is_dir() or not pages:
        return []
    from companion.models import Profile
    from companion.parsers import parse_profile

    me = Profile.model_validate(json.loads((review / "me_for_real_pages.json").read_text(encoding="utf-8")))
    cases = []
    for relative, url in pages:
        page = real / relative
        if page.is_file():
            them = parse_profile(page.read_text(encoding="utf-8", errors="replace"), url)
            cases.append(Case("real:" + relative, relative, me, them, saved_on(relative)))
    return cases


def make_starters(cases: list[Case]) -> list[Made]:
    """Every case's starters, made as the side panel makes them, on the case's day."""
    from companion.ground.common_ground import find_common_ground
    from companion.ground.starters import suggest_starters

    made = []
    for case in cases:
        ground = find_common_ground(case.me, case.them, None)
        made += [Made(case, s.text, s.evidence) for s in suggest_starters(case.me, case.them, ground, now=case.now)]
    return made


def has_something_to_say(case: Case, ground) -> bool:
    """True when the case offers an opener's material: shared ground beyond English, or a recent post of their own."""
    from companion.ground.person_reading import older_than, own_posts

    shared = any(c.counted and not (c.kind == "language" and (c.label or "").strip().lower() == EVERYONES_LANGUAGE)
                 for c in ground.commonalities)
    return shared or any(p.date and not older_than(p, case.now, COVERAGE_POST_DAYS) for p in own_posts(case.them))


def coverage(cases: list[Case], made: list[Made]) -> tuple[int, int]:
    """(profiles given a starter, profiles that should be): those with something to say and no protective reason."""
    from companion.ground.common_ground import find_common_ground
    from companion.ground.starters import protective_reason

    spoken = {m.case.id for m in made}
    due = [case for case in cases if protective_reason(case.me, case.them, now=case.now) is None
           and has_something_to_say(case, find_common_ground(case.me, case.them, None))]
    return sum(case.id in spoken for case in due), len(due)


def made_on(case_id: str) -> str:
    """The day a case's starters are made: a real page's saving day, else NOW (ISO date)."""
    day = saved_on(case_id.removeprefix("real:")) if case_id.startswith("real:") else NOW
    return day.date().isoformat()


def load_judgments(path: Path = JUDGMENTS, any_day: bool = False) -> dict[tuple[str, str], list[dict]]:
    """(profile id, exact starter text) → every reviewer's judgment of it, made on the day the bench makes it
    (`any_day`: whatever day it was made on, as the acceptance per template counts them).

    A judgment carries the day its starter was made ("made_on"; NOW when it says none): a real page's starter
    judged as if written in 2026 ('an 11-year-old role presented as current') is no judgment of the same
    words written the month the page was saved, and is left out until reviewed again.
    """
    out: dict[tuple[str, str], list[dict]] = defaultdict(list)
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                judgment = json.loads(line)
                if any_day or judgment.get("made_on", NOW.date().isoformat()) == made_on(judgment["id"]):
                    out[(judgment["id"], judgment["starter"])].append(judgment)
    return out


# ---------------------------------------------------------------- scoring


def verdict(judgments: list[dict]) -> tuple[bool, bool]:
    """(sendable, unsupported) of one starter: sendable by a majority of its reviewers, unsupported by any."""
    yes = sum(bool(j.get("sendable")) for j in judgments)
    return 2 * yes > len(judgments), any(bool(j.get("unsupported")) for j in judgments)


def score(made: list[Made], judgments: dict[tuple[str, str], list[dict]]) -> dict:
    judged = [(m, verdict(judgments[(m.case.id, m.text)])) for m in made if (m.case.id, m.text) in judgments]
    current = {(m.case.id, m.text) for m in made}
    return {
        "judged": len(judged),
        "unjudged": [m for m in made if (m.case.id, m.text) not in judgments],
        "sendable": sum(sendable for _, (sendable, _) in judged),
        "unsupported": sum(unsupported for _, (_, unsupported) in judged),
        "stale": sum(key not in current for key in judgments),  # judged starters the code no longer makes
    }


def failing(made: list[Made], judgments: dict[tuple[str, str], list[dict]]) -> list[tuple[Made, list[dict]]]:
    """The current starters judged not sendable or unsupported, with every judgment of them."""
    out = []
    for m in made:
        found = judgments.get((m.case.id, m.text))
        if found and verdict(found) != (True, False):
            out.append((m, found))
    return out


def print_failing(made: list[Made], judgments: dict[tuple[str, str], list[dict]]) -> None:
    """A review aid: each failing starter with the reviewers' why (escaped: the text comes from pages)."""
    for m, found in failing(made, judgments):
        print(ascii(m.case.id), ascii(m.text))
        for j in found:
            flags = ("sendable" if j.get("sendable") else "NOT sendable") + (", UNSUPPORTED" if j.get("unsupported") else "")
            print("   ", j.get("reviewer"), flags, ascii(j.get("why") or ""))


def run(sheet: Path | None = None, show_failing: bool = False, review_dir: Path | None = None) -> list[Figure]:
    """The figures of one set (`review_dir`), or of every set of REVIEW_SETS that exists, each named by its set.

    The sheet, without `review_dir`, is the first set's.
    """
    if review_dir is not None:
        return run_set(review_dir, sheet, show_failing)
    present = [review for review in REVIEW_SETS if (review / "profiles.jsonl").exists()] or [REVIEW]
    figures = []
    for review in present:
        found = run_set(review, sheet if review == REVIEW else None, show_failing)
        if len(present) > 1:
            found = [replace(f, what=f"{review.name}: {f.what}") for f in found]
        figures += found
    return figures


def run_set(review: Path, sheet: Path | None = None, show_failing: bool = False) -> list[Figure]:
    """One review set's figures: its profiles' starters made now, scored against its judgments."""
    profiles = review / "profiles.jsonl"
    if not profiles.exists():
        return [Figure("starters review set", "no data", "", None, f"{profiles} is missing")]
    blind = blind_cases(profiles)
    real = real_page_cases(REAL, review)
    made = make_starters(blind + real)
    judgments = load_judgments(review / "judgments.jsonl")
    result = score(made, judgments)
    if show_failing:
        print_failing(made, judgments)
    if sheet is not None:
        write_sheet(sheet, result["unjudged"])
    judged, sendable, unsupported = result["judged"], result["sendable"], result["unsupported"]
    real_note = (f"{len(real)} real pages" if real else
                 "no real pages in this set" if not real_pages_of(review) else
                 "../shared/fixtures/real is absent: real pages skipped")
    rate = sendable / judged if judged else None
    covered, due = coverage(blind + real, made)
    covered_rate = covered / due if due else None
    return [
        Figure("profiles", f"{len(blind) + len(real)} ({len(blind)} blind, {len(real)} real pages)", "≥ 60",
               len(blind) + len(real) >= 60,
               "" if len(real) >= MIN_REAL_PAGES or (not real and not real_pages_of(review)) else real_note),
        Figure("starters made", str(len(made)), "", None,
               f"{len(blind) + len(real) - len({m.case.id for m in made})} profiles get none"),
        Figure("starters judged", str(judged), "", None,
               f"{result['stale']} judgments are of starters no longer made" if result["stale"] else ""),
        Figure("starters unjudged (new or changed by code)", str(len(result["unjudged"])), "0",
               not result["unjudged"], "--sheet FILE writes them out for reviewers" if result["unjudged"] else ""),
        Figure("judged sendable", "n/a" if rate is None else f"{rate:.2f} ({sendable}/{judged})",
               f"≥ {SENDABLE_TARGET:.2f}", rate is not None and rate >= SENDABLE_TARGET,
               "nothing judged yet" if rate is None else ""),
        Figure("judged unsupported by their evidence", str(unsupported), "0", judged > 0 and unsupported == 0,
               "nothing judged yet" if not judged else ""),
        Figure("coverage: profiles with something to say and no protective reason given a starter",
               "n/a" if covered_rate is None else f"{covered_rate:.2f} ({covered}/{due})", f"≥ {COVERAGE_TARGET:.2f}",
               covered_rate is not None and covered_rate >= COVERAGE_TARGET, "ours: the issue is silent"),
    ]


# ---------------------------------------------------------------- acceptance per template


def by_template(reviews: list[Path]) -> list[Figure]:
    """Every judged starter of `reviews`, as its judgments stand, counted under the template its words were written
    with (starter_templates.template_of; 'older wording' when no template has them now): how often a majority of its
    reviewers would send it, and how often any found it unsupported. Measures templates, not cases: a template
    below TEMPLATE_TARGET is retired or narrowed to where it was accepted."""
    from companion.ground.starter_templates import RETIRED, template_of

    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # judged, sendable, unsupported
    for review in reviews:
        for (_, text), found in load_judgments(review / "judgments.jsonl", any_day=True).items():
            sendable, unsupported = verdict(found)
            for name in (template_of(text) or "older wording", "every template"):
                counts[name][0] += 1
                counts[name][1] += sendable
                counts[name][2] += unsupported
    return [Figure(name, f"{sendable / judged:.2f} ({sendable}/{judged})", f"≥ {TEMPLATE_TARGET:.2f}",
                   None if name in ("older wording", "every template") else sendable / judged >= TEMPLATE_TARGET,
                   ", ".join(filter(None, [f"{unsupported} unsupported" if unsupported else "",
                                           "retired" if name in RETIRED else ""])))
            for name, (judged, sendable, unsupported) in sorted(counts.items(), key=lambda kv: -kv[1][0])]


# ---------------------------------------------------------------- the reviewers' sheet


def summary(profile) -> dict:
    """What a reviewer needs to judge a starter: the profile as its page shows it."""
    def span(item) -> str:
        return f"{item.start or '?'}–{item.end or 'now'}" if item.start or item.end else ""

    fields = {
        "name": profile.name, "site": profile.site, "url": profile.url, "headline": profile.headline,
        "location": profile.location, "about": profile.about,
        "experience": [" ".join(filter(None, [e.title, "at" if e.title and e.company else "", e.company, span(e)]))
                       for e in profile.experience],
        "education": [", ".join(filter(None, [e.school, e.degree, e.field, span(e)])) for e in profile.education],
        "skills": profile.skills, "languages": profile.languages, "interests": profile.interests,
        "posts": [{"date": p.date, "text": p.text} for p in profile.posts],
    }
    return {k: v for k, v in fields.items() if v}


def write_sheet(path: Path, unjudged: list[Made]) -> None:
    """One JSON line per unjudged starter, with both profiles, for reviewers to add to judgments.jsonl."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for m in unjudged:
            out.write(json.dumps({
                "id": m.case.id, "them_profile_summary": summary(m.case.them), "starter": m.text,
                "evidence": m.evidence, "made_on": made_on(m.case.id),
                "me_profile_summary": summary(m.case.me),
            }, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sheet", type=Path, help="write every unjudged starter, with its profile, as JSON lines")
    parser.add_argument("--review-dir", type=Path, default=None,
                        help="score this review set only (default: every set there is; --sheet then writes the first's)")
    parser.add_argument("--show-failing", action="store_true",
                        help="print the current starters judged not sendable or unsupported, with the reviewers' why")
    parser.add_argument("--by-template", action="store_true",
                        help="print the reviewers' acceptance per template over every set (or --review-dir's) instead")
    args = parser.parse_args(argv)
    if args.by_template:
        reviews = [args.review_dir] if args.review_dir else [r for r in REVIEW_SETS if (r / "judgments.jsonl").exists()]
        print_figures("Conversation starters: reviewers' acceptance per template", by_template(reviews))
        return 0
    figures = run(args.sheet, args.show_failing, args.review_dir)
    title = f"Conversation starters on {args.review_dir}" if args.review_dir else "Conversation starters on the review sets"
    print_figures(title, figures)
    if args.sheet is not None:
        print(f"unjudged starters written to {args.sheet}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
