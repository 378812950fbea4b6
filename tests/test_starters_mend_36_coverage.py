"""Mend 36: the bench's coverage figure counts the profiles with something to say that no protective rule keeps from
a stranger's opener, and how many of them get a starter."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from bench_starters import NOW, Case, Made, coverage, has_something_to_say  # noqa: E402

from companion.ground.common_ground import find_common_ground  # noqa: E402
from companion.models import Profile  # noqa: E402


def _case(case_id: str, me: dict, them: dict) -> Case:
    return Case(case_id, "blind", Profile.model_validate(me), Profile.model_validate(them))


ME = {"name": "Ana Ruiz", "location": "Madrid, Spain", "languages": ["English"], "skills": ["ROS 2"],
      "experience": [{"company": "Acme Robotics", "title": "Engineer", "start": "2020-01"}]}
SHARES_A_TOOL = {"name": "Tom Hale", "location": "Bristol, UK", "languages": ["English"], "skills": ["ROS 2"]}
ONLY_ENGLISH = {"name": "Lee Park", "location": "Bristol, UK", "languages": ["English"]}
GRIEVING = {**SHARES_A_TOOL, "name": "Kim Dale",
            "posts": [{"text": "My mother passed away last week. Taking time off to be with family.", "date": "2026-12-01"}]}
POSTED = {**ONLY_ENGLISH, "name": "Sam Roe",
          "posts": [{"text": "Our new bike lane map for Bristol went live today.", "date": "2026-11-20"}]}


def test_english_alone_is_nothing_to_say_and_a_shared_tool_or_a_recent_post_is():
    cases = [_case("a", ME, SHARES_A_TOOL), _case("b", ME, ONLY_ENGLISH), _case("c", ME, POSTED)]
    said = [has_something_to_say(c, find_common_ground(c.me, c.them, None)) for c in cases]
    assert said == [True, False, True]


def test_coverage_leaves_out_who_a_protective_rule_keeps_from_an_opener():
    cases = [_case("a", ME, SHARES_A_TOOL), _case("g", ME, GRIEVING), _case("b", ME, ONLY_ENGLISH)]
    assert coverage(cases, []) == (0, 1)
    assert coverage(cases, [Made(cases[0], "Hi Tom, …", "why")]) == (1, 1)
    assert cases[0].now == NOW
