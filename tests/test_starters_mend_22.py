"""Conversation starters, mend round 22: a goodbye that is not theirs nor to their job ('Maria's last day at Acme',
'a new chapter for Acme', 'my last day in the office before the holidays', 'welcome Tom, who is moving on from
Globex'), and a burial told as 'laid her to rest' (made-up people)."""

from starter_examples import NOW, job, person

from companion.ground.person_reading import is_sensitive, with_goodbyes_read
from companion.models import Profile


def _engineer(text: str) -> Profile:
    return person(name="Lena Brandt", headline="Engineer at Acme Robotics", location="Berlin, Germany",
                  experience=[job("Acme Robotics", "Engineer", "2020-01")],
                  posts=[{"text": text, "date": "2026-11-20"}])


def _acme_end(text: str) -> str | None:
    return next(j.end for j in with_goodbyes_read(_engineer(text), NOW).experience if j.company == "Acme Robotics")


def test_a_goodbye_not_theirs_nor_to_their_job_keeps_it_current():
    for text in ("Today is Maria's last day at Acme after 12 years. We'll miss you!",
                 "A new chapter for Acme: we've opened our Lisbon office!",
                 "My last day in the office before the holidays!",
                 "Please welcome Tom, who is moving on from Globex to join us at Acme!"):
        assert _acme_end(text) is None, text


def test_their_own_goodbye_still_ends_it():
    for text in ("Friday is my last day at Acme. Thank you all!", "After six years I'm leaving Acme Robotics.",
                 "Today is my last day in the office."):
        assert _acme_end(text) == "2026-11", text


def test_laid_him_or_her_to_rest_is_a_death():
    for text in ("Yesterday we laid her to rest.", "We laid him to rest on Friday.",
                 "Today we laid our dear friend to rest.", "I went to the funeral for a friend today"):
        assert is_sensitive(text), text
    for text in ("We finally laid to rest our legacy billing system.", "That demo laid rumours to rest."):
        assert not is_sensitive(text), text


def test_its_my_last_day_and_welcome_capitalised():
    assert _acme_end("It's my last day at Acme. Thank you, team!") == "2026-11"
    assert _acme_end("Welcome Tom, who is leaving Acme's rival Globex to join us!") is None
