from __future__ import annotations

import pytest
from fixtures.exports_twitter import make_archive, real_following_entries

from companion.errors import InvalidInput
from companion.memory.importers import import_path
from companion.memory.importers.twitter_archive import own_profile, read_archive_file


def test_real_account_and_profile_files_give_the_users_own_x_profile(tmp_path):
    folder = make_archive(tmp_path / "archive")
    parts = {name: entries for name, entries in (read_archive_file(folder / "data" / f) for f in ("account.js", "profile.js"))}
    me = own_profile(parts)
    assert (me.site, me.handle, me.name, me.joined) == ("x", "larsbrinkhoff", "Lars Brinkhoff", "2015-03-30")
    assert me.url == "https://x.com/larsbrinkhoff"
    assert "PDP-10" in me.about and me.websites == ["https://t.co/galGoGgXqf"]


def test_archive_folder_imports_followed_accounts_and_followers_once_each(store, tmp_path):
    folder = make_archive(tmp_path / "archive", following=300, followers=100, overlap=40)
    summary = import_path(store, folder)
    assert summary.added == 300 + 60
    assert summary.merged == 40  # followers also followed: one person with both tags
    assert store.count_people() == 360
    real_id = real_following_entries()[0]["following"]["accountId"]
    doc = store.get_person(store.person_id_for_key(f"x-id:{real_id}"))
    assert doc["tags"] == ["x-following"]
    assert doc["profiles"]["x"]["url"] == f"https://twitter.com/intent/user?user_id={real_id}"
    both = store.get_person(store.person_id_for_key("x-id:900000"))
    assert both["tags"] == ["x-following", "x-follower"]
    assert any("larsbrinkhoff" in note for note in summary.notes)


def test_own_account_becomes_the_own_x_profile_when_none_is_set(store, tmp_path):
    me_module = pytest.importorskip("companion.memory.me")
    import_path(store, make_archive(tmp_path / "archive", following=3, followers=1, overlap=0))
    assert me_module.own_profiles(store)["x"].handle == "larsbrinkhoff"


def test_reimporting_the_archive_adds_nothing(store, tmp_path):
    folder = make_archive(tmp_path / "archive", following=50, followers=10, overlap=5)
    import_path(store, folder)
    again = import_path(store, folder)
    assert (again.added, again.merged) == (0, 0)
    assert again.skipped == 60


def test_a_single_following_file_can_be_imported(store, tmp_path):
    folder = make_archive(tmp_path / "archive", following=20, followers=0, overlap=0)
    assert import_path(store, folder / "data" / "following.js").added == 20


def test_a_cut_short_file_is_an_error_with_a_line_number_and_nothing_is_imported(store, tmp_path):
    folder = make_archive(tmp_path / "archive", following=20, followers=0, overlap=0)
    path = folder / "data" / "following.js"
    path.write_text(path.read_text()[:-200])
    with pytest.raises(InvalidInput, match=r"Line \d+ of following.js is not valid JSON"):
        import_path(store, folder)
    assert store.count_people() == 0


def test_a_file_that_is_not_from_an_archive_is_refused(store, tmp_path):
    path = tmp_path / "thing.js"
    path.write_text("console.log('hi')")
    with pytest.raises(InvalidInput, match="not a file from an X archive"):
        import_path(store, path)
