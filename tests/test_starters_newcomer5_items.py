"""Newcomer 5's findings 1, 9 and 18: a rare tool or cause two people share gives a peer's starter (a commonplace one
does not); 'no starters' under a header counting shared things says so plainly; how rare a shared thing is, is
judged by the contacts other than the two compared; a thing called common by the built-in estimate says so, never
'many people share it' as if of the user's contacts."""

from __future__ import annotations

from datetime import UTC, datetime

from companion.ground.common_ground import find_common_ground
from companion.ground.rarity import RarityIndex
from companion.ground.starters import suggest_starters, why_no_starters
from companion.models import Profile

NOW = datetime(2026, 12, 7, tzinfo=UTC)


def _me(**fields) -> Profile:
    return Profile.model_validate({"name": "Sean Cahalan", "headline": "Software developer",
                                   "experience": [{"company": "Bounced Inc.", "title": "Developer", "start": "2019"}],
                                   **fields})


def _them(**fields) -> Profile:
    return Profile.model_validate({"name": "Nelson Correia", "headline": "Code Whisperer",
                                   "experience": [{"company": "dwyl", "title": "Lead Developer", "start": "2014"}],
                                   **fields})


def _contacts(n: int = 24, **fields) -> list[Profile]:
    return [Profile.model_validate({"name": f"Contact {i}", "skills": ["Excel"], **fields}) for i in range(n)]


def _index(*profiles: Profile) -> RarityIndex:
    return RarityIndex.from_profiles(profiles)


def _starters(me: Profile, them: Profile, others: list[Profile] | None = None) -> list[str]:
    rarity = _index(them, *(others if others is not None else _contacts()))
    ground = find_common_ground(me, them, rarity, counted=(them,))
    return [s.text for s in suggest_starters(me, them, ground, now=NOW)]


# ---------------------------------------------------------------- 1. a rare tool or cause shared: a starter


def test_a_rare_tool_both_list_gives_a_peers_question():
    texts = _starters(_me(skills=["Node.js"]), _them(skills=["Node.js"]))
    assert "Hi Nelson, I've worked with Node.js too. What's one thing about it you wish you'd known when you started?" \
        in texts


def test_a_rare_cause_both_list_gives_a_starter_asking_for_a_lead():
    me = _me(volunteering=[{"cause": "Health"}])
    them = _them(volunteering=[{"cause": "Health"}])
    assert any("we both list health among the causes we care about" in t for t in _starters(me, them))


def test_a_commonplace_skill_gives_none():
    # Python is listed by one professional in many: no reason of its own to write.
    assert not any("Python" in t for t in _starters(_me(skills=["Python"]), _them(skills=["Python"])))


def test_a_tool_many_of_your_contacts_list_gives_none():
    others = _contacts(skills=["Node.js"])  # every other contact lists it
    assert not any("Node.js" in t for t in _starters(_me(skills=["Node.js"]), _them(skills=["Node.js"]), others))


def test_a_recruiter_listing_the_tool_does_not_claim_to_have_worked_with_it():
    me = _me(skills=["Node.js"], headline="Technical recruiter", experience=[
        {"company": "Hays", "title": "Technical Recruiter", "start": "2019"}])
    assert not any("Node.js" in t for t in _starters(me, _them(skills=["Node.js"])))


def test_a_cause_that_is_their_trade_gives_none():
    # A nurse is not asked about health as a cause she cares about: it is her work.
    me = _me(volunteering=[{"cause": "Health"}])
    nurse = _them(headline="Registered nurse", volunteering=[{"cause": "Health"}],
                  experience=[{"company": "NHS", "title": "Health visitor", "start": "2015"}])
    assert not any("health" in t.casefold() for t in _starters(me, nurse))


def test_no_tool_starter_in_english_to_a_page_in_another_language():
    them = _them(about="Ich entwickle seit zehn Jahren Webanwendungen und arbeite gerne mit neuen Technologien. "
                       "Die kreative Zerstörung ist gleichermaßen gefürchtet und geliebt.",
                 headline="Softwareentwickler und Gründer", skills=["Node.js"])
    assert not any("Node.js" in t for t in _starters(_me(skills=["Node.js"]), them))


def test_no_starters_under_a_counted_header_says_what_is_shared_and_why_none():
    me, them = _me(skills=["Node.js"]), _them(skills=["Node.js"])
    recruiter = me.model_copy(update={"headline": "Technical recruiter"})
    ground = find_common_ground(recruiter, them, _index(them, *_contacts()), counted=(them,))
    assert [c.label for c in ground.commonalities if c.counted] == ["Node.js"]
    assert not suggest_starters(recruiter, them, ground, now=NOW)
    why = why_no_starters(recruiter, them, ground, now=NOW)
    assert why and why.startswith("you share 1 thing with them (Node.js), but it is not specific enough"), why


# ---------------------------------------------------------------- 9. rarity leaves out the two compared


def test_the_person_shown_is_not_among_the_contacts_who_share_it():
    # As `companion show`, `starters`, the panel and a capture make a stored person's card: `them` is counted.
    from companion.memory.capture import ground_and_starters

    me, them = _me(skills=["Node.js"]), _them(skills=["Node.js"])
    ground, _ = ground_and_starters(None, them, _index(them, *_contacts()), NOW, me=me)
    why = next(c.why for c in ground.commonalities if c.label == "Node.js")
    assert "None of your other 24 contacts shares it" in why, why


def test_match_leaves_out_both_people_compared():
    a, b = _me(skills=["Node.js"]), _them(skills=["Node.js"])
    ground = find_common_ground(a, b, _index(a, b, *_contacts()), counted=(a, b))
    why = next(c.why for c in ground.commonalities if c.label == "Node.js")
    assert "None of your other 24 contacts shares it" in why, why


def test_a_profile_not_stored_is_not_left_out():
    a, b = _me(skills=["Node.js"]), _them(skills=["Node.js"])
    others = _contacts(23) + [Profile.model_validate({"name": "Ana", "skills": ["Node.js"]})]
    ground = find_common_ground(a, b, _index(*others), counted=())
    why = next(c.why for c in ground.commonalities if c.label == "Node.js")
    assert "Only 1 of your 24 contacts shares it" in why, why


# ---------------------------------------------------------------- 18. 'widely spoken', not 'many people share it'


def test_a_language_common_by_estimate_says_where_the_estimate_comes_from():
    me, them = _me(languages=["French"]), _them(languages=["French"])
    ground = find_common_ground(me, them, _index(them, *_contacts()), counted=(them,))
    why = next(c.why for c in ground.commonalities if c.kind == "language")
    assert "many people" not in why.casefold()
    assert why.endswith("Widely spoken by a general estimate, though none of your other contacts lists it, "
                        "so it is not counted."), why


def test_without_contacts_the_estimate_is_said_to_be_general():
    ground = find_common_ground(_me(languages=["French"]), _them(languages=["French"]))
    why = next(c.why for c in ground.commonalities if c.kind == "language")
    assert why.endswith("Widely spoken by a general estimate, so it is not counted."), why


def test_no_starters_with_several_shared_things_says_none_is_specific_enough():
    me, them = _me(skills=["Node.js", "React"]), _them(skills=["Node.js", "React"])
    recruiter = me.model_copy(update={"headline": "Technical recruiter"})
    ground = find_common_ground(recruiter, them, _index(them, *_contacts()), counted=(them,))
    why = why_no_starters(recruiter, them, ground, now=NOW)
    # "but none is not specific enough" said the opposite of what it meant
    assert why and why.startswith("you share 2 things with them (Node.js, React), but none is specific enough"), why
