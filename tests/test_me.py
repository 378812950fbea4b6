"""The user's own profile: one per site, merged into one "me"."""

from __future__ import annotations

import pytest

from companion.memory.me import SETTING, load_me, merge_profiles, set_me
from companion.models import Profile
from companion.storage.store import Store


def open_store(data_dir) -> Store:
    data_dir.mkdir(parents=True, exist_ok=True)
    return Store(data_dir).open()


LINKEDIN = Profile.model_validate({
    "site": "linkedin", "url": "https://www.linkedin.com/in/sam/", "name": "Sam Rivera", "location": "Brooklyn, NY",
    "education": [{"school": "MIT"}], "skills": ["Go", "Rust"],
})
X = Profile.model_validate({
    "site": "x", "url": "https://x.com/sam", "name": "sam 🐝", "handle": "sam", "about": "I keep bees.",
    "skills": ["Rust", "Zig"], "posts": [{"text": "Hive inspection today."}],
})


def test_me_is_none_until_set(data_dir):
    store = open_store(data_dir)
    try:
        assert load_me(store) is None
    finally:
        store.close()


def test_set_me_stores_each_site_and_load_me_merges_them(data_dir):
    store = open_store(data_dir)
    try:
        set_me(store, LINKEDIN)
        merged = set_me(store, X)
        assert sorted(store.get_setting(SETTING)) == ["linkedin", "x"]
        assert merged == load_me(store)
        assert merged.name == "Sam Rivera"  # LinkedIn's name wins over the X display name
        assert merged.handle == "sam" and merged.about == "I keep bees."
        assert merged.skills == ["Go", "Rust", "Zig"]
        assert [e.school for e in merged.education] == ["MIT"] and len(merged.posts) == 1
    finally:
        store.close()


def test_setting_a_site_again_replaces_it(data_dir):
    store = open_store(data_dir)
    try:
        set_me(store, LINKEDIN)
        moved = LINKEDIN.model_copy(update={"location": "Lisbon, Portugal"})
        assert set_me(store, moved).location == "Lisbon, Portugal"
        assert list(store.get_setting(SETTING)) == ["linkedin"]
    finally:
        store.close()


def test_me_survives_reopening_the_store(data_dir):
    store = open_store(data_dir)
    set_me(store, LINKEDIN)
    store.close()
    store = open_store(data_dir)
    try:
        assert load_me(store).name == "Sam Rivera"
    finally:
        store.close()


def test_a_profile_without_a_site_is_kept_as_web():
    merged = merge_profiles([Profile(name="Me", skills=["C"]), Profile(site="x", handle="me", skills=["C", "C#"])])
    assert merged.skills == ["C", "C#"] and merged.handle == "me"


def test_a_profile_without_a_name_is_never_set_as_yours(store):
    from companion.errors import InvalidInput
    from companion.memory.me import load_me, set_me
    from companion.models import Profile

    with pytest.raises(InvalidInput, match="no name"):
        set_me(store, Profile(site="linkedin", url="https://www.linkedin.com/in/x", name="  "))
    assert load_me(store) is None


def test_unset_removes_one_site_or_all_of_them(store):
    from companion.errors import NotFound
    from companion.memory.me import load_me, own_profiles, set_me, unset_me
    from companion.models import Profile

    set_me(store, Profile(site="linkedin", url="https://www.linkedin.com/in/me", name="Ana Lima"))
    set_me(store, Profile(site="x", url="https://x.com/ana", name="Ana L", handle="ana"))
    assert unset_me(store, "x") == ["x"] and sorted(own_profiles(store)) == ["linkedin"]
    with pytest.raises(NotFound, match="no own profile from x"):
        unset_me(store, "x")
    assert unset_me(store) == ["linkedin"] and load_me(store) is None
    with pytest.raises(NotFound, match="nothing to remove"):
        unset_me(store)


def test_me_unset_on_the_command_line(data_dir):
    from click.testing import CliRunner

    from companion.cli import main

    store = Store(data_dir).open()
    try:
        set_me(store, Profile(site="linkedin", url="https://www.linkedin.com/in/me", name="Ana Lima"))
    finally:
        store.close()
    runner = CliRunner()
    result = runner.invoke(main, ["me", "unset", "linkedin", "--data-dir", str(data_dir)])
    assert result.exit_code == 0 and "no longer knows who you are" in result.stdout
    result = runner.invoke(main, ["me", "unset", "--data-dir", str(data_dir)])
    assert result.exit_code == 1 and "nothing to remove" in result.stderr
