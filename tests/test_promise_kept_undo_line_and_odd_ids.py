"""The panel's "Kept" reads only that person's record; a join you made is said to be
yours, not an accepted suggestion; `companion show`'s undo names a site whose unmerge really undoes the join
(or none); an id that is no plain number is a 422 sentence, never a 500."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from memory_helpers import NOW
from test_http_defences import assert_error_shape
from test_identity import captured, linkedin, profile, x

from companion.cli import main
from companion.memory.capture import person_view
from companion.memory.commitments import add_commitment, close_commitment
from companion.memory.identity import merge_people, unmerge_site


def test_kept_with_a_person_reads_only_that_persons_record(store, monkeypatch) -> None:
    dana = captured(store, linkedin())
    promise = add_commitment(store, dana["id"], "Send the course list")
    other = captured(store, x(handle="lena", name="Lena Berg"))
    add_commitment(store, other["id"], "Intro to Marta")

    def every_person(*_args, **_kwargs):
        raise AssertionError("walked every stored person for one person's promise")

    monkeypatch.setattr(store, "people", every_person)
    kept = close_commitment(store, promise.id, now=NOW, person_id=dana["id"])
    assert kept.id == promise.id and kept.done_at
    assert [c["done_at"] for c in store.get_person(dana["id"])["commitments"]] == [kept.done_at]


def two_sites(store, first, second) -> dict:
    """One record known on two sites (no part of its own per site): its unmerge of either is a split, not an undo."""
    doc = captured(store, first)
    doc["profiles"][second.site] = second.model_dump(mode="json")
    doc["keys"].append(f"{second.site}:{second.handle}")
    store.save_person(doc)
    return doc


def show(data_dir, person: str) -> str:
    shown = CliRunner().invoke(main, ["show", person, "--data-dir", str(data_dir)], terminal_width=400)
    assert shown.exit_code == 0, shown.output
    return " ".join(shown.output.replace("│", " ").split())


def test_the_undo_names_a_site_that_came_alone_and_unmerging_it_undoes_the_join(store, data_dir) -> None:
    dana = two_sites(store, linkedin(), profile("bluesky", "dana.bsky.social", "Dana Okafor"))
    other = captured(store, x(location="NYC"))
    joined = merge_people(store, dana["id"], other["id"], now=NOW)
    [merge] = person_view(store, joined, None, NOW).merges
    assert merge.sites == ["linkedin", "x", "bluesky"]  # the last by order came with linkedin, not alone
    assert merge.undo_site == "x"
    stay, _ = unmerge_site(store, joined["id"], merge.undo_site, now=NOW)
    assert person_view(store, store.get_person(stay["id"]), None, NOW).merges == []
    joined = merge_people(store, stay["id"], other["id"], now=NOW)
    store.close()
    flat = show(data_dir, joined["id"])
    assert f"You joined linkedin + x + bluesky yourself on {NOW.date().isoformat()}; " \
           f"undo: companion unmerge {joined['id']} x" in flat
    assert "accepted" not in flat


def test_no_undo_line_when_every_part_of_the_join_holds_two_sites(store, data_dir) -> None:
    dana = two_sites(store, linkedin(), profile("bluesky", "dana.bsky.social", "Dana Okafor"))
    other = two_sites(store, x(location="NYC"), profile("github", "dokafor", "Dana Okafor"))
    joined = merge_people(store, dana["id"], other["id"], now=NOW)
    [merge] = person_view(store, joined, None, NOW).merges
    assert merge.undo_site is None
    store.close()
    flat = show(data_dir, joined["id"])
    assert "You joined linkedin + github + x + bluesky yourself" in flat
    assert "undo:" not in flat


@pytest.fixture
def dana(data_dir) -> str:
    """Stored before the server starts (it reads the store as it opens it)."""
    from companion.storage.store import Store

    with Store(data_dir) as store:
        return captured(store, linkedin())["id"]


@pytest.mark.parametrize("number", ["²", "٣", "9" * 5000, "1" * 19])
async def test_an_id_that_is_no_plain_number_is_a_422_sentence(dana, client, auth, number) -> None:
    for method, path in (("post", f"/v1/people/{dana}/commitments/{number}/done"),
                         ("patch", f"/v1/people/{dana}/notes/{number}"),
                         ("delete", f"/v1/people/{dana}/notes/{number}")):
        response = await getattr(client, method)(path, headers=auth, json={"text": "x"})
        body = await response.json()
        assert response.status == 422, (path, body)
        assert_error_shape(body, 422)
        assert "is not a" in body["error"]
