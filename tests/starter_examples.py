"""Made-up senders and days for the starters tests, with the few one-line helpers every such test uses.

Each review round wrote its tests against one sender on one day (a clock fixed so that 'recent' and 'old' hold); the
tests are grouped by concern (tests/test_starters_*.py), and each still runs in the world it was written for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from companion.ground.common_ground import find_common_ground
from companion.ground.starters import suggest_starters
from companion.models import Commonality, CommonGround, Profile, Starter


@dataclass(frozen=True)
class World:
    """A sender (`me`, None when each test writes its own), the day the starters are made, and how the other person is
    named by default; `worker` gives them a current job, `recently` a date a week old."""

    now: datetime
    me: Profile | None = None
    their_name: str = "Noor Haddad"
    their_fields: dict = field(default_factory=dict)
    worker: dict = field(default_factory=dict)
    recently: str | None = None

    def p(self, **fields) -> Profile:
        """The other person: a made-up profile with `fields`."""
        return Profile.model_validate({"name": self.their_name, **self.their_fields, **fields})

    def me_with(self, **fields) -> Profile:
        """The sender with `fields` changed."""
        return Profile.model_validate({**(self.me.model_dump() if self.me else {}), **fields})

    def starters(self, them: Profile, me: Profile | None = None, now: datetime | None = None) -> list[Starter]:
        sender = me if me is not None else self.me
        return suggest_starters(sender, them, find_common_ground(sender, them), now=now or self.now)

    def pair(self, me: Profile, them: Profile) -> list[Starter]:
        """The starters from `me` to `them` (the sender first, as a sentence says it)."""
        return self.starters(them, me)

    def texts(self, them: Profile, me: Profile | None = None) -> list[str]:
        return [s.text for s in self.starters(them, me)]

    def on_ground(self, them: Profile, *shared: Commonality, me: Profile | None = None) -> list[str]:
        """The starters' texts when what the two share is exactly `shared` (common ground set by hand)."""
        ground = CommonGround(score=0.5, tier="small-world", commonalities=list(shared))
        return [s.text for s in suggest_starters(me if me is not None else self.me, them, ground, now=self.now)]

    def post_starter(self, text: str, **fields) -> str | None:
        """The starter on a post of `text` from a week ago by someone at work, if any."""
        them = self.p(posts=[{"text": text, "date": self.recently}], **{**self.worker, **fields})
        found = [s.text for s in self.starters(them) if s.kind == "post"]
        return found[0] if found else None


# The first two rounds (tests once in test_starters_reviewed_classes.py).
SECOND_ROUND = World(
    now=datetime(2030, 3, 1, tzinfo=UTC), their_name="Marta Quintero",
    me=Profile.model_validate({
        "name": "Jo Okafor", "headline": "Product engineer at Quillon", "location": "Leeds, United Kingdom",
        "experience": [{"company": "Quillon", "title": "Product Engineer", "start": "2027-01"}]}),
    worker={"experience": [{"company": "Ferrovia Labs", "title": "Data Analyst", "start": "2028-02"}]})

THIRD_ROUND = World(
    now=datetime(2031, 6, 1, tzinfo=UTC),
    me=Profile.model_validate({
        "name": "Tomasz Wrona", "headline": "Backend engineer at Pelikan Systems", "location": "Gdańsk, Poland",
        "languages": ["English", "Polish", "French"],
        "experience": [{"company": "Pelikan Systems", "title": "Backend Engineer", "start": "2029-04"}]}),
    worker={"experience": [{"company": "Harbourline", "title": "Data Engineer", "start": "2030-02"}]})

FOURTH_ROUND = World(
    now=datetime(2030, 3, 1, tzinfo=UTC), their_name="Marta Quintero", their_fields={"site": "x"},
    recently="2030-02-24",
    me=Profile.model_validate({
        "name": "Jo Okafor", "headline": "Product engineer at Quillon", "location": "Leeds, United Kingdom",
        "experience": [{"company": "Quillon", "title": "Product Engineer", "start": "2027-01"}],
        "skills": ["Python", "Architecture", "IFRS"]}),
    worker={"experience": [{"company": "Ferrovia Labs", "title": "Data Analyst", "start": "2028-02"}]})

FIFTH_ROUND = World(
    now=datetime(2031, 4, 1, tzinfo=UTC), their_name="Ines Barros", their_fields={"site": "x"}, recently="2031-03-25",
    me=Profile.model_validate({
        "name": "Priya Nair", "headline": "Product manager at Tessel", "location": "Bristol, United Kingdom",
        "languages": ["English"], "experience": [{"company": "Tessel", "title": "Product Manager", "start": "2028-05"}]}),
    worker={"experience": [{"company": "Moorfield Analytics", "title": "Operations Lead", "start": "2029-01"}]})

SIXTH_ROUND = World(
    now=datetime(2032, 9, 10, tzinfo=UTC), their_name="Maren Holt", their_fields={"site": "x"}, recently="2032-09-02",
    me=Profile.model_validate({
        "name": "Tomas Reyes", "headline": "Operations lead at Pellworth", "location": "Leeds, United Kingdom",
        "languages": ["English"], "interests": ["scuba diving", "wine", "podcasts"], "skills": ["Interviewing", "SQL"],
        "experience": [{"company": "Pellworth", "title": "Operations Lead", "start": "2029-05"}]}),
    worker={"experience": [{"company": "Harlow Mills", "title": "Engineering Manager", "start": "2030-01"}]})
# A post four months before the sixth round's day.
SIXTH_ROUND_LONG_AGO = "2032-05-01"

SEVENTH_ROUND = World(
    now=datetime(2026, 11, 20, tzinfo=UTC), their_name="Pieter de Boer",
    their_fields={"location": "Utrecht, Netherlands"},
    me=Profile.model_validate({
        "name": "Nora Jansen", "location": "Rotterdam, Netherlands", "headline": "Data engineer",
        "languages": ["Dutch", "English", "German", "Spanish", "French"],
        "experience": [{"company": "Adyen", "title": "Data engineer", "start": "2021-03"}]}))

# The eighth and ninth rounds write both sides in each test.
EIGHTH_ROUND = World(now=datetime(2026, 11, 20, tzinfo=UTC), their_name="Lena Hart")

TENTH_ROUND = World(
    now=datetime(2026, 12, 6, tzinfo=UTC),
    me=Profile.model_validate({"name": "Tom Reed", "location": "Leeds, United Kingdom", "languages": ["English"]}))

# A Spanish engineer's about, with a turn of her own (the tenth round praises only such a line).
SPANISH_ABOUT = "Soy ingeniera de datos en Madrid. Construyo tableros para equipos de salud pública, sin jerga técnica."

# The eighth and ninth rounds' classes fixed broadly (career moves, a school they are still at, hard news, wishes,
# pupils, classmates): a designer in Toronto writes to one made-up person.
NINTH_ROUND = World(
    now=datetime(2026, 12, 6, tzinfo=UTC), their_name="Tomasz Wren",
    me=Profile.model_validate({
        "name": "Priya Raman", "headline": "Product designer at Lumen", "location": "Toronto, Canada",
        "experience": [{"company": "Lumen", "title": "Product designer", "start": "2021-01"}],
        "education": [{"school": "University of Waterloo", "degree": "BDes", "field": "Design", "start": "2012",
                       "end": "2016"}],
        "interests": ["Cooking", "Birdwatching"], "languages": ["English"]}))

# Round twelve (sets 10 and 11 of the blind reviews): an operations lead in Rotterdam, the other at work, a post of a
# week ago.
TWELFTH_ROUND = World(
    now=datetime(2026, 12, 6, tzinfo=UTC), their_name="Oskar Lindqvist", recently="2026-11-28",
    me=Profile.model_validate({
        "name": "Ilse Vermeer", "headline": "Operations lead at Kestrel Freight", "location": "Rotterdam, Netherlands",
        "experience": [{"company": "Kestrel Freight", "title": "Operations lead", "start": "2020-03"},
                       {"company": "Harbour Mills", "title": "Plant director", "start": "2012-01", "end": "2019-12"}],
        "interests": ["Sailing", "Museums"], "languages": ["Dutch", "English"]}),
    worker={"experience": [{"company": "Norrland Timber", "title": "Site manager", "start": "2019-05"}]})


# The later reviews' world: 6 December 2026, the recipient Amina Otieno, the sender Grace Wanjiru.
LATE_ROUNDS = World(now=datetime(2026, 12, 6, tzinfo=UTC), their_name="Amina Otieno")


def recipient(**fields) -> Profile:
    """The late rounds' recipient, Amina Otieno, with `fields`."""
    return Profile.model_validate({"name": "Amina Otieno", **fields})


def sender(**fields) -> Profile:
    """The late rounds' sender, Grace Wanjiru, with `fields`."""
    return Profile.model_validate({"name": "Grace Wanjiru", **fields})


# The new-rule tests' world: the late rounds' day, the other person Dana Okafor unless a test names another.
NEW_RULES = World(now=LATE_ROUNDS.now, their_name="Dana Okafor")
NOW = NEW_RULES.now
person = NEW_RULES.p


def texts(me: Profile, them: Profile) -> list[str]:
    """The starters' texts `me` would be offered for `them` on NOW."""
    return NEW_RULES.texts(them, me)


def job(company: str, title: str, start: str, end: str | None = None) -> dict:
    """One line of experience: a job at `company` from `start` (to `end`, or still there)."""
    return {"company": company, "title": title, "start": start, "end": end}


# An operations analyst in Leeds writes to Amara Quist on 6 December 2026; a post of a week ago is recent.
LEEDS_ANALYST = World(
    now=datetime(2026, 12, 6, tzinfo=UTC), their_name="Amara Quist", recently="2026-11-28",
    me=Profile.model_validate({
        "name": "Jon Varga", "headline": "Operations analyst at Kestrel Freight", "location": "Leeds, United Kingdom",
        "languages": ["English"], "experience": [{"company": "Kestrel Freight", "title": "Operations analyst",
                                                  "start": "2021-03"}]}))


def analyst_with(*jobs: dict, **fields) -> Profile:
    """The Leeds analyst with `jobs` as their experience and `fields` changed."""
    return LEEDS_ANALYST.me_with(experience=list(jobs), **fields)
