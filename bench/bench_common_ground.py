"""Benchmark: common ground and starters against a store of 30,000 people.

    .venv/bin/python bench/bench_common_ground.py [--people 30000] [--sample 2000] [--seed 7]

Builds a synthetic, varied set of profiles (places, schools, employers with dates, skills, languages,
hobbies in lists and in prose, posts), builds the RarityIndex over all of them, then times common ground
plus starters between the user's own profile and a sample of people, as a capture would.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import time
from datetime import UTC, datetime

from companion.ground.common_ground import find_common_ground
from companion.ground.rarity import RarityIndex
from companion.ground.starters import suggest_starters
from companion.models import Profile

FIRST = ["Ana", "Ben", "Chloé", "Dev", "Eitan", "Fatima", "Gus", "Hana", "Ivan", "Jo", "Kemal", "Lucía", "Mei", "Nils",
         "Olu", "Priya", "Quinn", "Rosa", "Sam", "Tariq", "Uma", "Vik", "Wen", "Xavi", "Yara", "Zoe"]
LAST = ["López", "Okafor", "Martin", "Patel", "Cohen", "Khan", "Berg", "Sato", "Novak", "Silva", "Weber", "Nguyen"]
PLACES = ["Brooklyn, NY", "New York City Metropolitan Area", "San Francisco Bay Area", "London, England, United Kingdom",
          "Greater London", "Cambridge, Massachusetts, United States", "Cambridge, England, United Kingdom",
          "Portland, Oregon", "Portland, Maine", "Atlanta, Georgia, United States", "Tbilisi, Georgia",
          "Berlin, Germany", "München, Bayern, Deutschland", "Madrid, Comunidad de Madrid, España", "Lisboa, Portugal",
          "Paris, Île-de-France, France", "Bengaluru, Karnataka, India", "Greater Stockholm Metropolitan Area",
          "Toronto, Ontario, Canada", "Sydney, New South Wales, Australia", "Austin, Texas, United States", "Remote"]
SCHOOLS = ["MIT", "Massachusetts Institute of Technology", "UC Berkeley", "Stanford University", "LSE",
           "University of Michigan", "Michigan State University", "Columbia University", "Columbia College Chicago",
           "University of Oxford", "KTH Royal Institute of Technology", "IIT Bombay", "Universidad Complutense de Madrid"]
COMPANIES = ["Facebook", "Meta", "Google", "Apple", "Applebee's", "Microsoft", "Amazon", "Stripe", "Spotify", "Instagram",
             "Accenture", "Tata Consultancy Services", "Swedbank", "Self-employed"]
SKILLS = ["JavaScript", "JS", "Java", "Go", "Golang", "C", "C#", "Objective-C", "Python", "Rust", "SQL", "Kubernetes",
          "Microsoft Office", "Leadership", "Figma", "React", "Machine Learning", "Public Speaking"]
LANGUAGES = ["English", "Spanish", "Español", "French", "Deutsch", "Portuguese", "Esperanto", "Hindi", "Swedish"]
INTERESTS = ["Bouldering", "Beekeeping", "Travel", "Photography", "Martial Arts", "Art", "Chess", "Running", "Sailing"]
ABOUT = ["Weekends you'll find me rock climbing.", "I keep bees on the roof.", "I love to travel.",
         "Building distributed teams is my thing.", "Just ran my third marathon.", "Volunteer at a food bank.",
         "I care about climate change and open source.", "Currently looking for a co-founder."]
POSTS = ["Three lessons from a year of remote work.", "What AI changes for designers.", "We're hiring engineers!",
         "Finally finished my first half marathon.", "A thread on technical debt and how we paid it down."]


def synthetic_person(rng: random.Random, i: int) -> Profile:
    # A long tail of distinct employers and schools, as in a real store, alongside the well-known ones.
    companies = COMPANIES + [f"Startup {rng.randrange(4000)}"] * 3
    schools = SCHOOLS + [f"College {rng.randrange(3000)}"] * 2
    start = rng.randrange(1995, 2022)
    return Profile.model_validate({
        "site": "linkedin", "url": f"https://www.linkedin.com/in/person-{i}/",
        "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        "headline": rng.choice(["Engineer", "Designer", "Product manager", "Data scientist", "Founder"]),
        "location": rng.choice(PLACES),
        "about": " ".join(rng.sample(ABOUT, rng.randrange(0, 4))),
        "education": [{"school": rng.choice(schools), "start": str(start - 4), "end": str(start)}
                      for _ in range(rng.randrange(0, 3))],
        "experience": [{"company": rng.choice(companies), "title": "Engineer", "start": str(start + k * 3),
                        "end": None if k == 0 else str(start + k * 3 + 2)} for k in range(rng.randrange(1, 5))],
        "skills": rng.sample(SKILLS, rng.randrange(0, 10)),
        "languages": rng.sample(LANGUAGES, rng.randrange(0, 3)),
        "interests": rng.sample(INTERESTS, rng.randrange(0, 3)),
        "posts": [{"text": rng.choice(POSTS), "date": f"2026-{rng.randrange(1, 12):02d}-01"}
                  for _ in range(rng.randrange(0, 3))],
    })


def measure(people_count: int = 30_000, sample: int = 2_000, seed: int = 7) -> dict:
    """Build the index over `people_count` synthetic people and time common ground + starters on a sample."""
    rng = random.Random(seed)
    t0 = time.perf_counter()
    people = [synthetic_person(rng, i) for i in range(people_count)]
    t_gen = time.perf_counter() - t0

    t0 = time.perf_counter()
    index = RarityIndex.from_profiles(people)
    t_index = time.perf_counter() - t0

    me = synthetic_person(random.Random(1), -1)
    now = datetime(2026, 11, 20, tzinfo=UTC)
    find_common_ground(me, people[0], index)  # warm the tables once, as a running companion would be
    ground_ms, total_ms, tiers = [], [], {}
    for them in rng.sample(people, min(sample, len(people))):
        t0 = time.perf_counter()
        ground = find_common_ground(me, them, index)
        t1 = time.perf_counter()
        suggest_starters(me, them, ground, now=now)
        t2 = time.perf_counter()
        ground_ms.append((t1 - t0) * 1000)
        total_ms.append((t2 - t0) * 1000)
        tiers[ground.tier] = tiers.get(ground.tier, 0) + 1
    return {
        "people": people_count, "generate_s": t_gen, "index_s": t_index, "features": len(index.counts),
        "ground_ms": ground_ms, "total_ms": total_ms, "tiers": dict(sorted(tiers.items())),
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def run() -> list:
    """The figures `make bench` prints (bench/run_all.py)."""
    from report import Figure

    m = measure()
    median_total, p95_total = statistics.median(m["total_ms"]), _pct(m["total_ms"], 0.95)
    return [
        Figure(f"common ground: rarity index build ({m['people']:,} people)", f"{m['index_s']:.1f} s",
               "", None, f"{m['index_s'] / m['people'] * 1000:.2f} ms per profile; built off the event loop"),
        Figure("common ground per profile, median", f"{statistics.median(m['ground_ms']):.2f} ms", "", None),
        Figure("common ground per profile, p95", f"{_pct(m['ground_ms'], 0.95):.2f} ms", "", None),
        Figure("common ground + starters per profile, median", f"{median_total:.2f} ms", "≤ 5 ms", median_total <= 5),
        Figure("common ground + starters per profile, p95", f"{p95_total:.2f} ms", "≤ 20 ms", p95_total <= 20),
        Figure("common ground: tiers over the sample", str(m["tiers"]), "", None),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=30_000)
    parser.add_argument("--sample", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    m = measure(args.people, args.sample, args.seed)
    g, t = m["ground_ms"], m["total_ms"]
    print(f"profiles generated:         {m['people']:,} in {m['generate_s']:.1f} s")
    print(f"rarity index build:         {m['index_s']:.2f} s ({m['features']:,} distinct features, "
          f"{m['index_s'] / m['people'] * 1000:.3f} ms per profile)")
    print(f"common ground per profile:  median {statistics.median(g):.2f} ms, p95 {_pct(g, 0.95):.2f} ms")
    print(f"ground + starters:          median {statistics.median(t):.2f} ms, p95 {_pct(t, 0.95):.2f} ms")
    print(f"tiers over the sample:      {m['tiers']}")
    print(f"peak RSS:                   {m['rss_mb']:.0f} MB (includes the {m['people']:,} profiles held in memory)")


if __name__ == "__main__":
    main()
