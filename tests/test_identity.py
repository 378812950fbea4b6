"""One person across sites (issue 18, item 1): profiles of one person are linked when the evidence is strong,
suggested when it is moderate, merged and split back exactly, and `companion merge/unmerge` do it by hand."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from memory_helpers import NOW
from shared_pages import real_page

from companion.cli import main
from companion.errors import Conflict
from companion.memory.capture import capture_page, person_view
from companion.memory.commitments import add_commitment
from companion.memory.followups import set_circle
from companion.memory.identity import (
    compare,
    employers_in,
    link_after_capture,
    merge_people,
    personal_domain,
    suggest_merges,
    traits_of_profile,
    unmerge_site,
)
from companion.memory.interactions import log_interaction
from companion.memory.notes import add_note
from companion.memory.people import upsert_profile
from companion.models import Profile

ROB_LINKEDIN = ("linkedin/loggedin_2025-04_robcheung.html", "https://www.linkedin.com/in/robertkcheung/")
ROB_X = ("twitter/react-loggedin_2025-04_perceptnet.html", "https://x.com/perceptnet")


def profile(site: str, handle: str, name: str, **fields) -> Profile:
    urls = {"linkedin": f"https://www.linkedin.com/in/{handle}/", "x": f"https://x.com/{handle}",
            "bluesky": f"https://bsky.app/profile/{handle}", "github": f"https://github.com/{handle}"}
    return Profile(site=site, url=urls[site], handle=handle, name=name, **fields)


def linkedin(handle="dana-okafor", name="Dana Okafor", **fields) -> Profile:
    return profile("linkedin", handle, name, **fields)


def x(handle="danaok", name="Dana Okafor", **fields) -> Profile:
    return profile("x", handle, name, **fields)


def evidence(a: Profile, b: Profile):
    return compare(traits_of_profile(a), traits_of_profile(b))


def kinds(found) -> list[str]:
    return [r.kind for r in found.reasons]


def captured(store, p: Profile, now=NOW) -> dict:
    """A capture as capture.store_capture does it: saved, then linked."""
    with store.transaction():
        return link_after_capture(store, upsert_profile(store, p, now), now)


# ------------------------------------------------------------------ the evidence rules


def test_profiles_that_link_to_each_other_are_one_person_whatever_their_names():
    a = linkedin(name="Dana Okafor", websites=["https://x.com/danaok"])
    b = x(name="dok ✨", websites=["https://www.linkedin.com/in/dana-okafor"])
    found = evidence(a, b)
    assert found.strength == "strong" and kinds(found).count("link") == 2


def test_a_link_one_way_is_strong_when_the_names_agree_and_only_a_suggestion_when_they_do_not():
    a = linkedin(name="Dana Okafor", websites=["https://x.com/danaok"])
    assert evidence(a, x(name="Dana Okafor")).strength == "strong"
    # Her page links to her co-founder's X account: a suggestion at most, never a merge.
    assert evidence(a, x(name="Sam Rivera")).strength == "moderate"


def test_a_handle_in_a_bio_is_a_link_to_that_site():
    a = linkedin(about="Say hi on X: @danaok. Also at @dana.okafor.dev on Bluesky.")
    assert evidence(a, x()).strength == "strong"
    assert evidence(a, profile("bluesky", "dana.okafor.dev", "Dana Okafor")).strength == "strong"


def test_a_handle_in_an_x_bio_is_another_x_account_not_a_link():
    me_on_x = x(headline="co-founder @acmelabs")
    assert "link" not in kinds(evidence(me_on_x, x(handle="acmelabs", name="Acme Labs")))


def test_a_website_on_the_domain_of_a_bluesky_handle_is_a_link():
    a = linkedin(websites=["https://www.okafor.dev/"])
    found = evidence(a, profile("bluesky", "okafor.dev", "Dana Okafor"))
    assert found.strength == "strong" and "link" in kinds(found)


def test_the_same_name_and_two_independent_facts_are_strong():
    a = linkedin(location="Brooklyn, New York, United States",
                 experience=[{"company": "Fernwood", "title": "CTO", "start": "2022"}])
    b = x(name="dana okafor", location="nyc", headline="cto @FernwoodLabs, ex-@Stripe")
    found = evidence(a, b)
    assert found.strength == "strong"
    assert set(kinds(found)) == {"name", "employer", "place"}


def test_the_same_name_and_one_fact_is_only_a_suggestion():
    a = linkedin(location="Brooklyn, New York, United States")
    assert evidence(a, x(location="NYC")).strength == "moderate"
    a = linkedin(education=[{"school": "University of Illinois Urbana-Champaign"}])
    assert evidence(a, x(education=[{"school": "University of Illinois Urbana-Champaign"}])).strength == "moderate"


def test_two_facts_with_places_in_different_countries_are_only_a_suggestion():
    job = [{"company": "Fernwood Robotics", "title": "CTO"}]
    a = linkedin(location="Lisbon, Portugal", experience=job, websites=["https://okafor.dev"])
    found = evidence(a, x(location="Toronto, Canada", experience=job, websites=["https://okafor.dev/blog"]))
    assert found.strength == "moderate" and "conflict" in kinds(found)


def test_a_name_alone_or_facts_alone_say_nothing():
    job = [{"company": "Stripe", "title": "Engineer"}]
    assert evidence(linkedin(), x()).strength is None
    assert evidence(linkedin(name="Dana Okafor", experience=job, location="Boston"),
                    x(name="Sam Rivera", experience=job, location="Boston")).strength is None


def test_a_first_name_alone_is_not_the_same_name():
    job = [{"company": "Fernwood Robotics", "title": "CTO"}]
    a = linkedin(name="Dana", experience=job, location="Boston")
    assert evidence(a, x(name="Dana", experience=job, location="Boston")).strength is None


def test_past_employers_on_both_sides_do_not_count():
    old = [{"company": "Google", "title": "Engineer", "start": "2015", "end": "2018"}]
    a = linkedin(location="Boston", experience=old)
    assert evidence(a, x(location="Boston", headline="Formerly @Google")).strength == "moderate"


def test_employers_are_read_from_bios_as_people_write_them():
    assert employers_in("co-founder @SubstrateLabs ꩜") == [("SubstrateLabs", True)]
    assert employers_in("Founder & CPO @ MavenAGI | Ex-Google, Ex-Stripe") == [
        ("MavenAGI", True), ("Google", False), ("Stripe", False)]
    assert employers_in("Running things. Formerly @vercel") == [("vercel", False)]
    assert ("Acme Robotics", True) in employers_in("Staff engineer at Acme Robotics")


def test_only_a_persons_own_site_counts_as_a_website_domain():
    assert personal_domain("https://www.kpitzen.io/") == "kpitzen.io"
    assert personal_domain("https://linktr.ee/dana") == "linktr.ee/dana"
    assert personal_domain("https://linktr.ee") is None
    assert personal_domain("https://t.co/abc123") is None
    assert personal_domain("https://x.com/dana") is None


# ------------------------------------------------------------------ at capture


def test_the_real_linkedin_and_x_pages_of_one_person_become_one_person(store):
    """Tried as a new user would: Rob Cheung's LinkedIn, then his X ("rob cheung", co-founder @SubstrateLabs,
    nyc): the same name, the same employer and the same city."""
    first = capture_page(store, ROB_LINKEDIN[1], real_page(ROB_LINKEDIN[0]), None, NOW)
    second = capture_page(store, ROB_X[1], real_page(ROB_X[0]), None, NOW)
    assert second.person_id == first.person_id
    assert store.count_people() == 1
    doc = store.get_person(first.person_id)
    assert sorted(doc["profiles"]) == ["linkedin", "x"]
    view = person_view(store, doc, None, NOW)
    assert [(s.site, s.url) for s in view.also_on] == [("linkedin", ROB_LINKEDIN[1]), ("x", ROB_X[1])]
    assert doc["merges"][0]["how"] == "auto"
    # Re-captures land on the one person.
    assert capture_page(store, ROB_X[1], real_page(ROB_X[0]), None, NOW).person_id == first.person_id


def test_the_real_pages_link_in_either_order(store):
    first = capture_page(store, ROB_X[1], real_page(ROB_X[0]), None, NOW)
    second = capture_page(store, ROB_LINKEDIN[1], real_page(ROB_LINKEDIN[0]), None, NOW)
    assert second.person_id == first.person_id and store.count_people() == 1


def test_after_the_merge_a_promise_to_rob_cheung_finds_one_person(store, data_dir):
    linked = capture_page(store, ROB_LINKEDIN[1], real_page(ROB_LINKEDIN[0]), None, NOW)
    add_note(store, linked.person_id, "Met at the Substrate launch")
    capture_page(store, ROB_X[1], real_page(ROB_X[0]), None, NOW)
    store.close()
    result = CliRunner().invoke(main, ["commitments", "add", "Rob Cheung", "Send the deck", "--json",
                                       "--data-dir", str(data_dir)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["person_id"] == linked.person_id


def test_moderate_evidence_is_suggested_on_both_people_and_merges_nothing(store):
    a = captured(store, linkedin(location="Brooklyn, New York, United States"))
    b = captured(store, x(location="NYC"))
    assert a["id"] != b["id"] and store.count_people() == 2
    for doc, other in ((a, b), (b, a)):
        suggestions = person_view(store, store.get_person(doc["id"]), None, NOW).merge_suggestions
        assert [(s.person_id, s.strength) for s in suggestions] == [(other["id"], "moderate")]
        assert {e.kind for e in suggestions[0].evidence} == {"name", "place"}


def test_a_bio_that_links_to_a_stored_profile_is_merged_at_capture(store):
    a = captured(store, linkedin(name="Dana Okafor"))
    add_note(store, a["id"], "Loves sailing")
    b = captured(store, x(name="Dana O.", headline="Building boats. linkedin.com/in/dana-okafor"))
    assert b["id"] == a["id"] and sorted(b["profiles"]) == ["linkedin", "x"]
    assert [n["text"] for n in b["notes"]] == ["Loves sailing"]


def test_two_profiles_on_one_site_are_never_one_person(store):
    job = [{"company": "Fernwood Robotics", "title": "CTO"}]
    captured(store, linkedin(handle="dana-okafor", experience=job, location="Boston"))
    captured(store, linkedin(handle="dana-okafor-2", experience=job, location="Boston"))
    assert store.count_people() == 2
    assert suggest_merges(store) == []


# ------------------------------------------------------------------ merging and splitting back


def _with_history(store, p: Profile, note: str, promise: str, tag: str, circle: str | None = None) -> dict:
    doc = upsert_profile(store, p, NOW)
    later = p.model_copy(update={"headline": f"{p.headline or ''} (new)"})
    upsert_profile(store, later, NOW)  # one history entry
    add_note(store, doc["id"], note, now=NOW)
    log_interaction(store, doc["id"], "in-person", at="2026-11-01", now=NOW)
    add_commitment(store, doc["id"], promise, due="2026-12-01", now=NOW)
    doc = store.get_person(doc["id"])
    doc["tags"] = [tag, "shared"]
    doc["connected_on"] = "2024-05-01" if circle else None
    store.save_person(doc)
    if circle:
        set_circle(store, doc["id"], circle, now=NOW)
    return store.get_person(doc["id"])


def _as_before(doc: dict) -> dict:
    return {k: v for k, v in doc.items() if k not in ("updated_at", "apart")}


def test_history_notes_interactions_and_promises_follow_the_merge_and_an_unmerge_puts_them_back(store):
    a = _with_history(store, linkedin(headline="CTO"), "Friend from Lisbon", "Send the article", "sailing", "close")
    b = _with_history(store, x(headline="boats"), "Replied to my post", "Intro to Sam", "x-only")
    merged = merge_people(store, a["id"], b["id"], now=NOW)
    assert merged["id"] == a["id"] and store.count_people() == 1
    assert [n["text"] for n in merged["notes"]] == ["Friend from Lisbon", "Replied to my post"]
    assert len(merged["interactions"]) == 2 and len(merged["history"]) == 2
    assert {c["text"] for c in merged["commitments"]} == {"Send the article", "Intro to Sam"}
    assert {c["person_id"] for c in merged["commitments"]} == {a["id"]}
    assert merged["tags"] == ["sailing", "shared", "x-only"]
    assert merged["circle"] == "close" and merged["connected_on"] == "2024-05-01"

    stay, out = unmerge_site(store, merged["id"], "x", now=NOW)
    assert _as_before(stay) == _as_before(a)
    assert _as_before(out) == _as_before(b)
    assert store.get_person(a["id"]) == stay and store.get_person(b["id"]) == out
    assert stay["apart"] == [b["id"]] and out["apart"] == [a["id"]]


def test_splitting_out_the_record_that_kept_its_id_gives_both_their_own_back(store):
    a = _with_history(store, linkedin(), "a note", "a promise", "a-tag")
    b = _with_history(store, x(), "b note", "b promise", "b-tag")
    merged = merge_people(store, a["id"], b["id"], now=NOW)
    stay, out = unmerge_site(store, merged["id"], "linkedin", now=NOW)
    assert (_as_before(stay), _as_before(out)) == (_as_before(b), _as_before(a))


def test_what_you_changed_after_the_merge_stays_with_the_person(store):
    a = _with_history(store, linkedin(), "a note", "a promise", "a-tag")
    b = _with_history(store, x(), "b note", "b promise", "b-tag")
    merged = merge_people(store, a["id"], b["id"], now=NOW)
    set_circle(store, merged["id"], "inner", now=NOW)
    later = add_note(store, merged["id"], "after the merge", now=NOW)
    stay, out = unmerge_site(store, merged["id"], "x", now=NOW)
    assert stay["circle"] == "inner" and later.id in [n["id"] for n in stay["notes"]]
    assert [n["text"] for n in out["notes"]] == ["b note"]


def test_three_sites_merged_and_the_middle_one_split_back(store):
    a = _with_history(store, linkedin(), "a note", "a promise", "a-tag")
    b = _with_history(store, x(), "b note", "b promise", "b-tag")
    c = upsert_profile(store, profile("github", "danaok", "Dana Okafor"), NOW)
    merge_people(store, a["id"], b["id"], now=NOW)
    merged = merge_people(store, a["id"], c["id"], now=NOW)
    assert sorted(merged["profiles"]) == ["github", "linkedin", "x"]
    stay, out = unmerge_site(store, a["id"], "x", now=NOW)
    assert sorted(stay["profiles"]) == ["github", "linkedin"] and _as_before(out) == _as_before(b)
    assert [n["text"] for n in stay["notes"]] == ["a note"]
    stay, out = unmerge_site(store, a["id"], "github", now=NOW)
    assert _as_before(stay) == _as_before(a) and out["id"] == c["id"]


def test_a_site_that_came_without_a_record_leaves_with_its_profile_only(store):
    doc = upsert_profile(store, linkedin(websites=["https://x.com/danaok"]), NOW)
    doc = upsert_profile(store, x(), NOW)  # found by the key the LinkedIn page reserved: no merge
    add_note(store, doc["id"], "coffee")
    assert sorted(doc["profiles"]) == ["linkedin", "x"] and "parts" not in doc
    stay, out = unmerge_site(store, doc["id"], "x", now=NOW)
    assert sorted(stay["profiles"]) == ["linkedin"] and [n["text"] for n in stay["notes"]] == ["coffee"]
    assert sorted(out["profiles"]) == ["x"] and out["notes"] == [] and "x:danaok" in out["keys"]
    assert store.person_id_for_key("x:danaok") == out["id"]


def test_a_pair_split_apart_is_never_linked_again_at_capture(store):
    a = captured(store, linkedin(websites=["https://x.com/danaok"]))
    b = captured(store, x(websites=["https://www.linkedin.com/in/dana-okafor/"]))
    assert b["id"] == a["id"]
    unmerge_site(store, a["id"], "x", now=NOW)
    again = captured(store, x(headline="new bio", websites=["https://www.linkedin.com/in/dana-okafor/"]))
    assert again["id"] != a["id"] and store.count_people() == 2
    assert suggest_merges(store) == []


def test_records_with_a_profile_on_the_same_site_cannot_be_merged(store):
    a = upsert_profile(store, linkedin(), NOW)
    b = upsert_profile(store, linkedin(handle="dana-2"), NOW)
    with pytest.raises(Conflict, match="one profile per site"):
        merge_people(store, a["id"], b["id"])


# ------------------------------------------------------------------ the commands


@pytest.fixture
def run(data_dir):
    runner = CliRunner()

    def invoke(*args, ok=True):
        result = runner.invoke(main, [*args, "--data-dir", str(data_dir)])
        if ok:
            assert result.exit_code == 0, (result.output, result.stderr)
        return result

    return invoke


def test_merge_suggest_lists_pairs_with_their_evidence_and_merge_then_unmerge_by_hand(run, store):
    a = upsert_profile(store, linkedin(location="Brooklyn, New York, United States"), NOW)
    b = upsert_profile(store, x(location="NYC"), NOW)
    add_note(store, b["id"], "from X")
    upsert_profile(store, linkedin(handle="sam", name="Sam Rivera"), NOW)
    store.close()

    pairs = json.loads(run("merge", "--suggest", "--json").stdout)
    assert len(pairs) == 1
    assert {pairs[0]["a"]["person_id"], pairs[0]["b"]["person_id"]} == {a["id"], b["id"]}
    assert pairs[0]["strength"] == "moderate"
    assert {e["kind"] for e in pairs[0]["evidence"]} == {"name", "place"}
    assert "New York City area" in run("merge", "--suggest").stdout

    merged = json.loads(run("merge", a["id"], "https://x.com/danaok", "--json").stdout)
    assert merged["person"]["sites"] == ["linkedin", "x"]
    people = json.loads(run("people", "--json").stdout)
    assert sorted(p["name"] for p in people["people"]) == ["Dana Okafor", "Sam Rivera"]
    assert "from X" in run("show", "Dana Okafor").stdout
    assert json.loads(run("merge", "--suggest", "--json").stdout) == []

    split = json.loads(run("unmerge", "Dana Okafor", "x", "--json").stdout)
    assert split["split"]["person_id"] == b["id"] and split["person"]["sites"] == ["linkedin"]


def test_the_commands_refuse_with_a_sentence(run, store):
    upsert_profile(store, linkedin(), NOW)
    upsert_profile(store, linkedin(handle="dana-2"), NOW)
    store.close()
    assert run("merge", "dana-okafor", ok=False).exit_code == 2
    assert run("merge", "--suggest", "a", ok=False).exit_code == 2
    refused = run("merge", "https://www.linkedin.com/in/dana-okafor/", "https://www.linkedin.com/in/dana-2/", ok=False)
    assert refused.exit_code == 1 and "one profile per site" in refused.stderr and "Traceback" not in refused.output
    alone = run("unmerge", "https://www.linkedin.com/in/dana-2/", "linkedin", ok=False)
    assert alone.exit_code == 1 and "nothing to split" in alone.stderr
    missing = run("unmerge", "https://www.linkedin.com/in/dana-2/", "x", ok=False)
    assert missing.exit_code == 1 and "has no X profile" in missing.stderr


# ------------------------------------------------------------------ over HTTP


async def test_the_person_view_offers_the_suggestion_and_the_panel_can_accept_it(client, auth):
    from companion.api.server_state import STORE

    store = client.app[STORE]  # the server's own store: what it writes, it reads at once
    a = upsert_profile(store, linkedin(location="Brooklyn, New York, United States"), NOW)
    b = captured(store, x(location="NYC"))
    view = await (await client.get(f"/v1/people/{a['id']}", headers=auth)).json()
    assert [s["person_id"] for s in view["merge_suggestions"]] == [b["id"]]
    assert [s["site"] for s in view["also_on"]] == ["linkedin"]
    merged = await client.post(f"/v1/people/{a['id']}/merge", headers=auth, json={"person_id": b["id"]})
    assert merged.status == 200, await merged.text()
    body = await merged.json()
    assert [s["site"] for s in body["also_on"]] == ["linkedin", "x"] and body["merge_suggestions"] == []
    split = await client.post(f"/v1/people/{a['id']}/unmerge", headers=auth, json={"site": "x"})
    assert await split.json() == {"person_id": a["id"], "split_person_id": b["id"]}
    again = await client.post(f"/v1/people/{a['id']}/unmerge", headers=auth, json={"site": "x"})
    assert again.status == 404 and (await again.json())["ok"] is False

