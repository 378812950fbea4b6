"""The command line's speed, round 3: work a read command never needed, left out without changing an answer.

`followups` weighs the log only of people whose check-in may have passed (tie_strength.may_be_overdue): the
people contacted most log the most contacts and were contacted last. The kept rarity sample says itself whether
it is a sample, so reading it back counts no one in the people index. The guard's weights are read from a marshal
copy while their file is unchanged."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from datetime import timedelta

import pytest
from memory_helpers import NOW, capture

from companion.guard import model as guard_model
from companion.guard.model import GuardModel
from companion.memory import answers, followups
from companion.memory.answers import kept_rarity_sample, rarity_sample
from companion.memory.followups import overdue, set_circle
from companion.memory.interactions import log_interaction
from companion.memory.me import set_me
from companion.memory.tie_strength import SHORTEST_CHECK_IN_DAYS, may_be_overdue, tie_of
from companion.models import Profile
from companion.storage.store import PartialStore, Store

KINDS = ("in-person", "video-call", "phone-call", "message", "reply", "comment", "like")


def _doc(rng: random.Random, contacts: int) -> dict:
    """A stored person's record with a random log, circle and promises, around NOW."""
    log = [{"id": n, "kind": rng.choice(KINDS), "source": "manual", "note": None,
            "at": (NOW - timedelta(days=rng.randint(-3, 60), hours=rng.randint(0, 23))).isoformat(timespec="seconds")}
           for n in range(contacts)]
    promises = [{"id": 1, "text": "send the deck", "status": "open",
                 "due": (NOW + timedelta(days=rng.randint(-20, 20))).date().isoformat(),
                 "created_at": (NOW - timedelta(days=30)).isoformat()}] if rng.random() < 0.3 else []
    return {"id": f"p{rng.random()}", "interactions": log, "commitments": promises,
            "circle": rng.choice([None, None, "inner", "close", "active", "wider"]),
            "connected_on": "2024-01-01", "first_seen": "2024-01-01T00:00:00+00:00"}


def test_someone_who_cannot_be_overdue_never_is():
    rng = random.Random(3)
    skipped = 0
    for _ in range(600):
        doc = _doc(rng, rng.choice([0, 1, 2, 5, 30]))
        if not may_be_overdue(doc, NOW):
            skipped += 1
            assert not tie_of(doc, NOW).overdue, doc
    assert skipped > 100  # the case the shortcut is for occurs among them


def test_a_recent_contact_or_a_promise_due_decides_it():
    recent = {"interactions": [{"kind": "message", "at": (NOW - timedelta(days=SHORTEST_CHECK_IN_DAYS)).isoformat()}],
              "commitments": []}
    assert not may_be_overdue(recent, NOW)
    assert may_be_overdue({**recent, "interactions": [{"kind": "message", "at": (
        NOW - timedelta(days=SHORTEST_CHECK_IN_DAYS + 1)).isoformat()}]}, NOW)
    late = {"id": 1, "text": "intro", "status": "open", "due": (NOW - timedelta(days=1)).date().isoformat()}
    assert may_be_overdue({**recent, "commitments": [late]}, NOW)
    assert may_be_overdue({"interactions": [], "circle": "inner"}, NOW)  # no log: tie_of decides


def test_followups_weighs_only_the_logs_of_people_who_may_be_overdue(data_dir, monkeypatch):
    with Store(data_dir) as store:
        busy = capture(store, "Busy Friend", "busy-friend")
        late = capture(store, "Late Friend", "late-friend")
        for doc, days in ((busy, [1, 2, 3, 40]), (late, [50, 60])):
            set_circle(store, doc["id"], "close", now=NOW)
            for day in days:
                log_interaction(store, doc["id"], "phone-call", at=f"{day} days ago", now=NOW)
        weighed: list[str] = []

        def counting(doc, now=None, weights=None):
            weighed.append(doc["id"])
            return tie_of(doc, now, weights)

        monkeypatch.setattr(followups, "tie_of", counting)
        due = overdue(store, NOW)
    assert [f.person_id for f in due] == [late["id"]]
    assert weighed == [late["id"]]


@pytest.mark.parametrize("sampled", [False, True])
def test_the_kept_rarity_sample_is_read_back_without_counting_everyone(data_dir, monkeypatch, sampled):
    with Store(data_dir) as store:
        for i in range(12):
            capture(store, f"Person Number{i}", f"person-{i}", company="Stripe")
        set_me(store, Profile(site="linkedin", url="https://www.linkedin.com/in/me", name="Me Myself"))
    if sampled:  # as a store past RARITY_SAMPLE people is
        monkeypatch.setattr(answers, "rarity_step", lambda count: 2)
    with PartialStore(data_dir, answers.summariser()).open() as store:
        walked = rarity_sample(store)
        first = kept_rarity_sample(store)
    assert first.sampled is walked.sampled is sampled

    def refused(self):
        raise AssertionError("the people index was counted")

    monkeypatch.setattr(PartialStore, "count_people", refused)
    with PartialStore(data_dir, answers.summariser()).open() as store:
        again = kept_rarity_sample(store)
    assert again.sampled is sampled and again.size == first.size and dict(again.counts) == dict(first.counts)


def _small_model(bias: float) -> GuardModel:
    return GuardModel(bias, {"words": 1.5}, {"free": 2.25, "hello": -0.5}, {"free": 0.75}, {"note": "test"})


def _same(a: GuardModel, b: GuardModel) -> bool:
    return (a.bias, a.combine, a.words, a.chars, a.meta) == (b.bias, b.combine, b.words, b.chars, b.meta)


def test_the_guard_model_is_read_from_its_kept_copy_while_the_file_is_unchanged(tmp_path, monkeypatch):
    path, copy = tmp_path / "guard_model.json", tmp_path / "__pycache__" / "guard_model.marshal"
    path.write_text(json.dumps(_small_model(0.5).to_json()), encoding="utf-8")
    monkeypatch.setattr(guard_model, "MODEL_PATH", path)
    monkeypatch.setattr(guard_model, "_model_copy_path", lambda: copy)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    load = guard_model.load_model.__wrapped__  # past the per-process cache
    assert _same(load(path), _small_model(0.5)) and copy.exists()

    def unread(*args, **kwargs):
        raise AssertionError("the JSON was parsed again")

    with monkeypatch.context() as patched:
        patched.setattr(guard_model.json, "loads", unread)
        assert _same(load(path), _small_model(0.5))
    # The file rewritten (other weights, another size and time): read afresh, never the stale copy.
    path.write_text(json.dumps(_small_model(-1.25).to_json(), indent=1), encoding="utf-8")
    assert _same(load(path), _small_model(-1.25))
    # A damaged copy is read past: the JSON decides.
    copy.write_bytes(copy.read_bytes()[:-7])
    assert _same(load(path), _small_model(-1.25))
    assert _same(load(path), _small_model(-1.25))


def test_the_shipped_guard_model_reads_the_same_from_its_copy():
    shipped = guard_model.GuardModel.from_json(json.loads(guard_model.MODEL_PATH.read_text(encoding="utf-8")))
    loaded = guard_model.load_model.__wrapped__()
    assert _same(loaded, shipped) and list(loaded.words) == list(shipped.words)


def test_the_card_words_counted_once_as_common_ground_does_without_importing_it():
    from companion.cli.ground_commands import COUNTED_ONCE
    from companion.ground.common_ground import _COUNTED_ONCE

    assert COUNTED_ONCE == _COUNTED_ONCE
    # A card as a running companion sends it, printed: its commonplace things are worded without common ground.
    script = (
        "import sys\n"
        "from companion.cli.read_answers import Answer\n"
        "from companion.cli.memory_commands import _uncounted\n"
        "once = Answer(kind='school', label='KTH', why='You both studied there. It is " + COUNTED_ONCE + "')\n"
        "plain = Answer(kind='place', label='Berlin', why='45% of your contacts share it, so it is not counted.')\n"
        "print(_uncounted(once)); print(_uncounted(plain))\n"
        "print(sorted(m for m in sys.modules if m.startswith('companion.ground')))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == ["KTH (also shared as a school, counted once)",
                                        "place: Berlin (45% of your contacts share it)", "[]"]
