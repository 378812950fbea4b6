"""Generates the benchmark store: 30,000 people, 5,000 of them full profiles, 100,000 interactions."""

from __future__ import annotations

import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from companion.memory.people import new_person  # noqa: E402
from companion.models import INTERACTION_KINDS  # noqa: E402
from companion.storage.store import Store  # noqa: E402

FIRST = ["Ana", "Bruno", "Chen", "Dana", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Kofi", "Lena",
         "Maya", "Nico", "Olga", "Priya", "Quinn", "Rosa", "Sami", "Tariq", "Uma", "Vera", "Wen", "Yusuf", "Zoe"]
LAST = ["Silva", "Müller", "Kim", "Novak", "Okafor", "Rossi", "Tanaka", "Haddad", "Larsen", "Costa", "Singh",
        "García", "Dubois", "Cohen", "Nowak", "Ahmed", "Berg", "Moreau", "Ivanova", "Lopez"]
COMPANIES = ["Google", "Microsoft", "Acme Robotics", "Shopify", "Meta", "Stripe", "Nubank", "SAP", "Spotify",
             "Mercado Libre", "Datadog", "Canva", "Atlassian", "Zalando", "Revolut", "a small bakery"]
SCHOOLS = ["MIT", "University of Lisbon", "Stanford University", "ETH Zürich", "University of Michigan",
           "Universidad de Buenos Aires", "Sciences Po", "TU München", "University of Toronto", "IIT Bombay"]
PLACES = ["Lisbon, Portugal", "Berlin, Germany", "New York, New York, United States", "London, England, United Kingdom",
          "São Paulo, Brazil", "Toronto, Ontario, Canada", "Paris, Île-de-France, France", "Bengaluru, India"]
SKILLS = ["Python", "JavaScript", "Go", "Product Management", "Public Speaking", "Kubernetes", "SQL", "Figma",
          "Machine Learning", "Negotiation", "Rust", "Esperanto", "Beekeeping", "Data Analysis"]
INTERESTS = ["rock climbing", "running", "chess", "beekeeping", "photography", "jazz", "sailing", "baking"]


def full_profile(rng: random.Random, i: int) -> dict:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    slug = f"bench-{i}"
    start = rng.randint(2005, 2020)
    return {
        "site": "linkedin", "url": f"https://www.linkedin.com/in/{slug}/", "name": name, "handle": slug,
        "headline": f"{rng.choice(['Engineer', 'Designer', 'Founder', 'PM'])} at {rng.choice(COMPANIES)}",
        "location": rng.choice(PLACES),
        "about": f"I build things. Weekends you'll find me {rng.choice(INTERESTS)}. " * 3,
        "experience": [{"company": rng.choice(COMPANIES), "title": "Engineer", "start": str(start + k * 3),
                        "end": None if k == 2 else str(start + k * 3 + 3), "location": rng.choice(PLACES)}
                       for k in range(3)],
        "education": [{"school": rng.choice(SCHOOLS), "degree": "BSc", "field": "Computer Science",
                       "start": str(start - 4), "end": str(start)}],
        "skills": rng.sample(SKILLS, 6), "languages": rng.sample(["English", "Spanish", "German", "Portuguese"], 2),
        "interests": rng.sample(INTERESTS, 2), "volunteering": [], "websites": [], "followers": rng.randint(10, 20000),
        "connections": 500, "posts": [{"text": f"Thoughts on remote work and {rng.choice(INTERESTS)}.", "date": "2025-03-01",
                                      "url": None}], "joined": None, "partial": False,
    }


def imported_profile(rng: random.Random, i: int) -> dict:
    slug = f"bench-{i}"
    return {"site": "linkedin", "url": f"https://www.linkedin.com/in/{slug}/",
            "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}", "handle": slug,
            "headline": f"Engineer at {rng.choice(COMPANIES)}",
            "experience": [{"company": rng.choice(COMPANIES), "title": "Engineer"}]}


def generate(data_dir: Path, people: int = 30_000, full: int = 5_000, interactions: int = 100_000,
             seed: int = 7) -> Path:
    """Write the data set into data_dir (once; reused when it is already there)."""
    marker = data_dir / "bench-dataset.txt"
    wanted = f"{people} {full} {interactions} {seed}"
    if marker.exists() and marker.read_text() == wanted:
        return data_dir
    rng = random.Random(seed)
    now = datetime.now(UTC)
    started = time.perf_counter()
    with Store(data_dir) as store:
        docs = []
        for i in range(people):
            profile = full_profile(rng, i) if i < full else imported_profile(rng, i)
            doc = new_person([f"linkedin:bench-{i}"], now)
            doc["profiles"]["linkedin"] = profile
            doc["connected_on"] = (now - timedelta(days=rng.randint(1, 3000))).date().isoformat()
            docs.append(doc)
        for n in range(interactions):
            doc = docs[int(rng.paretovariate(1.2)) % people]
            doc["interactions"].append({
                "id": n + 1, "kind": rng.choice(INTERACTION_KINDS), "source": "manual", "note": None,
                "at": (now - timedelta(days=rng.randint(0, 900))).isoformat(timespec="seconds"),
            })
        for chunk in range(0, people, 5_000):
            store.save_people(docs[chunk:chunk + 5_000])
        store.set_setting("counter:interaction", interactions)
        store.set_setting("me_profiles", {"linkedin": full_profile(random.Random(1), 99_999)})
    marker.write_text(wanted)
    print(f"generated {people:,} people ({full:,} full), {interactions:,} interactions "
          f"in {time.perf_counter() - started:.1f} s at {data_dir}")
    return data_dir


if __name__ == "__main__":
    from report import command_line

    args = command_line(__doc__, data_dir=dict(type=Path, default=Path("tmp/bench-data"),
                                              help="where to write the store (default tmp/bench-data)"))
    generate(args.data_dir)
