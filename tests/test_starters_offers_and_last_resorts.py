"""Conversation starters, who is written to and with what: offers of introductions only on ground of the sender's own
and never by a junior to a junior's ad; nothing from a recruiter to who asked for none, nothing to a colleague who
named you; no filler (a job title praised, a city, 'what have you changed your mind on?').
"""

from __future__ import annotations

import pytest
from starter_examples import (
    EIGHTH_ROUND,
    FIFTH_ROUND,
    LATE_ROUNDS,
    LEEDS_ANALYST,
    NINTH_ROUND,
    SECOND_ROUND,
    SEVENTH_ROUND,
    THIRD_ROUND,
    analyst_with,
    recipient,
    sender,
)

from companion.ground.names import first_name
from companion.ground.person_reading import asks_for_no_cold_contact, is_minor, says_they_look_for_work, they_know_you
from companion.ground.starter_templates import EUROPEAN_PORTUGUESE, EVIDENCE, RETIRED, RETIRED_IN, TEMPLATES
from companion.ground.starters import help_request, templates_for
from companion.models import Profile


def _offers_between(me: Profile, them: Profile) -> bool:
    return any(s.kind == "offer-help" for s in EIGHTH_ROUND.pair(me, them))


TULU = EIGHTH_ROUND.p(name="Kiran Shetty", headline="Voice data lead at Sonora",
                      posts=[{"text": "Looking for native Tulu speakers to record short phrases for our dataset.",
                              "date": "2026-11-10"}])


HIRING = EIGHTH_ROUND.p(name="Ines Duarte", headline="Head of Data at Quarry",
                        posts=[{"text": "We're hiring a junior data analyst to join our team in Porto. Graduates welcome!",
                                "date": "2026-11-10"}])


AD = ("We're hiring a research associate in protein crystallography to join our structural biology lab in Leeds. "
      "Know someone? Please share.")


def _offers_to_the_ad(title: str):
    me = EIGHTH_ROUND.p(headline=f"{title}, structural biology", location="Leeds, United Kingdom",
                        experience=[{"company": "Dunmore Institute", "title": title, "start": "2024-09"}],
                        skills=["Protein crystallography"])
    them = EIGHTH_ROUND.p(name="Owen Pike", site="x", headline="Group leader, structural biology",
                          posts=[{"text": AD, "date": "2026-11-15"}],
                          experience=[{"company": "Halvern Lab", "title": "Group leader", "start": "2016"}])
    return [s for s in EIGHTH_ROUND.pair(me, them) if s.kind == "offer-help"]


def test_no_typical_week_question_is_offered():
    for them in (THIRD_ROUND.p(**THIRD_ROUND.worker), THIRD_ROUND.p(about="I build data pipelines for ports, so ships never wait for a spreadsheet.", **THIRD_ROUND.worker)):
        assert not any("typical week" in t for t in THIRD_ROUND.texts(them))


def test_praise_of_their_title_and_a_shared_city_give_way_to_their_own_words():
    them = THIRD_ROUND.p(location="Gdańsk, Poland", about="I build data pipelines for ports, so ships never wait for a spreadsheet.", **THIRD_ROUND.worker)
    found = THIRD_ROUND.texts(them)
    assert any("I build data pipelines" in t for t in found)
    assert not any("sounds genuinely interesting" in t or "Gdańsk" in t or "favourite spot" in t for t in found)


def test_with_nothing_else_no_last_resort_is_offered():
    assert THIRD_ROUND.texts(THIRD_ROUND.p(location="Gdańsk, Poland", **THIRD_ROUND.worker)) == []


def test_what_they_say_they_look_for_comes_before_a_bare_open_to_work():
    them = THIRD_ROUND.p(headline="Open to work | Former Head of Operations at Tidewater", site="x", handle="noorh",
                         experience=[{"company": "Tidewater", "title": "Head of Operations", "start": "2024-01", "end": "2031-03"}],
                         posts=[{"text": "Looking for my next operations role in fintech, ideally in Gdańsk or remote.",
                                 "date": "2031-05-10"}])
    offer = next(s for s in THIRD_ROUND.starters(them) if s.kind == "offer-help")
    assert "Looking for my next operations role in fintech" in offer.text and "|" not in offer.text
    alone = THIRD_ROUND.p(headline="Open to work | Former Head of Operations at Tidewater")
    # (An offer of introductions rests on the sender's own ground since the eighth review: operations here.)
    operations = THIRD_ROUND.me.model_copy(update={"headline": "Operations lead at Pelikan Systems"})
    offer = next(s for s in THIRD_ROUND.starters(alone, operations) if s.kind == "offer-help")
    assert "\u201cOpen to work\u201d" in offer.text


def test_no_starter_asks_what_they_changed_their_mind_on():
    me = Profile.model_validate({**THIRD_ROUND.me.model_dump(), "posts": [
        {"text": "Kubernetes upgrades are a chore; Kubernetes operators help."},
        {"text": "Our Kubernetes cluster survived the holiday peak."}]})
    them = THIRD_ROUND.p(site="x", handle="noorh", **THIRD_ROUND.worker, posts=[
        {"text": "Kubernetes taught me patience, and our Kubernetes bill taught me budgeting.", "date": "2031-05-20"},
        {"text": "Moved our last service onto Kubernetes this spring, and the pager is finally quiet.", "date": "2031-05-02"}])
    assert not any("changed your mind" in t for t in THIRD_ROUND.texts(them, me))


def test_a_job_title_and_a_shared_city_alone_give_no_starter():
    them = FIFTH_ROUND.p(location="Bristol, United Kingdom", **FIFTH_ROUND.worker)
    assert FIFTH_ROUND.texts(them) == []


def test_a_long_request_is_quoted_as_a_whole_phrase_never_cut_with_an_ellipsis():
    # Review set 32: a quote cut off with '…' reads as machine-made; their phrase is quoted to its end.
    them = SEVENTH_ROUND.p(about="I am looking for a mentor in product design who has worked with early stage hardware "
                           "startups in the medical devices space")
    words = help_request(them).words
    assert not words.endswith("…") and words.split()[-1] == "space"
    assert f" {words} " in f" {them.about} "  # whole words of theirs
    very_long = SEVENTH_ROUND.p(about="I am looking for a mentor in product design, ideally someone who has worked with "
                                "early stage hardware startups in the medical devices space across Europe and Asia")
    assert help_request(very_long).words == "looking for a mentor in product design"
    for s in SEVENTH_ROUND.starters(them):
        for quoted in s.text.split("\u201c")[1:]:
            inner = quoted.split("\u201d")[0]
            assert inner.endswith("…") or inner in (them.about or "")


def test_no_offer_when_nothing_of_the_sender_relates_to_the_request():
    pastry = EIGHTH_ROUND.p(headline="Pastry chef at Maison Luce", skills=["Baking"], location="Lyon, France")
    assert not _offers_between(pastry, TULU)


def test_an_offer_when_the_sender_shares_the_field():
    linguist = EIGHTH_ROUND.p(headline="Linguist recording Dravidian languages", skills=["Tulu", "Phonetics"])
    assert _offers_between(linguist, TULU)


def test_a_student_in_the_field_does_not_offer_introductions_to_a_junior_ad():
    student = EIGHTH_ROUND.p(headline="Data science student, graduating in 2027",
                             education=[{"school": "Universidade do Porto", "field": "Data Science", "start": "2023",
                                         "end": "2027"}])
    assert not _offers_between(student, HIRING)


def test_a_senior_in_the_field_may_offer_introductions_to_a_junior_ad():
    lead = EIGHTH_ROUND.p(headline="Data analytics lead at Farfetch", location="Porto, Portugal",
                          experience=[{"company": "Farfetch", "title": "Data analytics lead", "start": "2018"}])
    assert _offers_between(lead, HIRING)


@pytest.mark.parametrize("title", ["Research associate", "Postdoctoral fellow", "PhD candidate", "Research assistant"])
def test_an_early_career_sender_does_not_offer_to_refer_for_their_own_level(title):
    assert _offers_to_the_ad(title) == []


def test_a_senior_sender_may_still_offer_introductions():
    assert _offers_to_the_ad("Associate director of structural biology")


def test_an_old_request_for_help_is_not_answered_with_introductions():
    stale = SECOND_ROUND.p(site="x", posts=[{"text": "Looking for an advisor with a background in freight pricing.",
                                             "date": "2029-08-01"}], **SECOND_ROUND.worker)
    fresh = SECOND_ROUND.p(site="x", posts=[{"text": "Looking for an advisor with a background in freight pricing.",
                                             "date": "2030-02-01"}], **SECOND_ROUND.worker)
    assert all(s.kind != "offer-help" for s in SECOND_ROUND.starters(stale))
    # (An offer of introductions rests on the sender's own ground since the eighth review: a pricing engineer. An
    # advisor asked for: a co-founder of the sender's own trade is the sender, offered no 'someone', mend 52.)
    pricing = SECOND_ROUND.me_with(headline="Pricing engineer at Quillon")
    assert all(s.kind != "offer-help" for s in SECOND_ROUND.starters(stale, pricing))
    assert any(s.kind == "offer-help" for s in SECOND_ROUND.starters(fresh, pricing))


@pytest.mark.parametrize("fields", [
    {"headline": "Blockchain innovation lead | payments"},
    {"interests": ["Accessibility", "Design"]},
    {"about": "I think a lot about open source and how teams sustain it."},
])
def test_no_vague_opener_on_a_subject_their_profile_mentions(fields):
    me = SECOND_ROUND.me_with(interests=["Accessibility", "Design"], about="I write about open source and blockchain.")
    found = SECOND_ROUND.texts(SECOND_ROUND.p(**fields), me)
    assert not any("mentions" in t or "changed your mind" in t for t in found)


def test_a_colleague_who_named_you_in_a_post_gets_no_strangers_opener():
    lead = SECOND_ROUND.p(experience=[{"company": "Quillon", "title": "Engineering Lead", "start": "2026-01"}], site="x",
                          posts=[{"text": "Shipped the new billing flow. Huge thanks to Jo and Priya for the late nights.",
                                  "date": "2030-02-20"}])
    assert SECOND_ROUND.texts(lead) == []


def test_a_colleague_who_names_someone_else_is_still_written_to():
    lead = SECOND_ROUND.p(experience=[{"company": "Quillon", "title": "Engineering Lead", "start": "2026-01"}], site="x",
                          posts=[{"text": "Shipped the new billing flow. Huge thanks to Priya and Sam for the late nights.",
                                  "date": "2030-02-20"}])
    # (A colleague who plainly knows you gets no employer opener; what matters is that they are still a stranger.)
    assert not they_know_you(SECOND_ROUND.me, lead)


def test_an_organisations_account_is_greeted_by_its_name_and_asked_nothing_personal():
    group = Profile(name="Leeds Python Meetup", handle="leedspy", site="x", location="Leeds, United Kingdom",
                    headline="Python user group for Leeds and Yorkshire",
                    posts=[{"text": "We just launched a mentoring programme for first-time speakers at our meetups.",
                            "date": "2030-02-20"}])
    found = SECOND_ROUND.starters(group)
    assert found and all(s.text.startswith("Hi Leeds Python Meetup,") for s in found)
    assert all(s.kind in ("post", "topic", "offer-help") for s in found)
    assert first_name(group) == "Leeds Python Meetup"  # one greeting for every greeter: the name, not "Leeds"


@pytest.mark.parametrize(("name", "headline"), [
    ("Sam Ortiz | Acme Labs", "Engineer"), ("Rosa Vidal", "Community manager at Acme"), ("Kai Berg", "Meetup organiser"),
])
def test_a_person_whose_page_names_an_organisation_is_still_a_person(name, headline):
    them = Profile(name=name, headline=headline, site="x",
                   posts=[{"text": "We launched our booking app for rural clinics this morning.",
                           "date": "2030-02-20"}])
    found = SECOND_ROUND.texts(them)
    assert found and all(t.startswith(f"Hi {name.split()[0]},") for t in found)


@pytest.mark.parametrize("headline", ["Technical Recruiter at Hireloop", "Account Executive at Stackly"])
def test_a_recruiter_or_seller_gets_nothing_for_who_asked_for_none(headline):
    me = Profile(name="Nadia Roy", headline=headline, location="Leeds, United Kingdom")
    them = SECOND_ROUND.p(location="Leeds, United Kingdom", about="Happy where I am. Recruiters, please don't message me about roles.",
                          site="x", posts=[{"text": "We launched our booking app for rural clinics this morning.",
                                            "date": "2030-02-20"}], **SECOND_ROUND.worker)
    assert SECOND_ROUND.texts(them, me) == []
    product = SECOND_ROUND.p(about="Former buyer turned trainer. Please - no product pitches in my DMs.", **SECOND_ROUND.worker)
    assert SECOND_ROUND.texts(product, me) == []
    assert SECOND_ROUND.texts(them)  # someone who neither recruits nor sells may still write


def test_praise_of_a_job_title_is_not_offered_even_when_it_is_all_there_is():
    assert SECOND_ROUND.texts(SECOND_ROUND.p(**SECOND_ROUND.worker)) == []  # 'your work as Data Analyst sounds interesting': reviewers reject it


def test_no_cold_dms_means_no_cold_starter_from_anyone():
    for about in ("Happy to talk at events. No cold DMs, please.", "Not taking new mentees this year.",
                  "Pitch decks via our website, bitte keine Kaltakquise per DM."):
        them = NINTH_ROUND.p(about=about, interests=["Birdwatching"])
        assert asks_for_no_cold_contact(them), about
        assert NINTH_ROUND.texts(them) == [], about


def test_a_buyer_who_answers_no_sales_approaches_gets_none_from_a_seller():
    seller = NINTH_ROUND.me_with(headline="Account Executive at Freightly")
    buyer = NINTH_ROUND.p(about="Jeg svarer ikke på salgshenvendelser her.", interests=["Birdwatching"],
                          education=[{"school": "University of Waterloo", "start": "2012", "end": "2016"}])
    assert NINTH_ROUND.texts(buyer, seller) == []


def test_a_school_pupil_gets_no_cold_starter():
    pupil = NINTH_ROUND.p(headline="Grade 10 student | Chess club", interests=["Birdwatching"])
    assert is_minor(pupil, NINTH_ROUND.now) and NINTH_ROUND.texts(pupil) == []
    dated = NINTH_ROUND.p(education=[{"school": "Maple Ridge High School", "degree": "High school diploma (expected)",
                                      "start": "2024", "end": "2028"}], interests=["Birdwatching"])
    assert is_minor(dated, NINTH_ROUND.now) and NINTH_ROUND.texts(dated) == []
    grown = NINTH_ROUND.p(education=[{"school": "Maple Ridge High School", "start": "2004", "end": "2008"}])
    assert not is_minor(grown, NINTH_ROUND.now)


def test_a_sender_just_laid_off_writes_no_cold_starter_to_who_stays_at_that_company():
    me = NINTH_ROUND.me_with(about="Affected by the October layoffs at Pinecrest. Looking for backend roles.",
                             experience=[{"company": "Pinecrest", "title": "Backend Engineer", "start": "2020-01",
                                          "end": "2026-10"}])
    manager = NINTH_ROUND.p(experience=[{"company": "Pinecrest", "title": "Engineering Manager", "start": "2018-01"}],
                            interests=["Birdwatching"])
    assert NINTH_ROUND.texts(manager, me) == []


@pytest.mark.parametrize("lang", sorted(TEMPLATES))
def test_a_retired_template_is_never_offered_in_any_language(lang):
    offered = templates_for(lang, recipient(location="Nairobi, Kenya"))
    assert not (RETIRED | RETIRED_IN.get(lang, frozenset())) & set(offered)
    assert set(offered) <= set(TEMPLATES[lang])


def test_every_retired_template_keeps_its_words_and_no_evidence_line():
    # Its words let old judgments be read per template (template_of); an evidence line would be for a starter made.
    written = set().union(*(set(words) for words in TEMPLATES.values())) | set(EUROPEAN_PORTUGUESE)
    assert RETIRED <= written
    assert not RETIRED & set(EVIDENCE)
    assert {name for name in TEMPLATES["en"] if name.startswith("post-")} - RETIRED <= set(EVIDENCE)


def test_a_bare_were_hiring_is_not_quoted_with_an_offer_and_a_role_named_abroad_still_is():
    austin = sender(location="Austin, Texas, United States", headline="Staff backend engineer, Go and Rust", skills=["Go"])
    bare = recipient(site="x", location="Lagos, Nigeria", headline="Backend Engineer at Paystream",
                     posts=[{"text": "We're hiring! Paystream is looking for two backend engineers (Go) in Lagos. Please share.",
                             "date": "2026-11-20"}])
    assert not any("introduce you" in t for t in LATE_ROUNDS.texts(bare, austin))
    # Reviewers sent offers across borders when the role was named (a Geneva sender, a Medellín-based role: set 6).
    named = bare.model_copy(update={"posts": [bare.posts[0].model_copy(
        update={"text": "We're hiring two backend engineers (Go) for our payments team in Lagos."})]})
    assert any("introduce you" in t for t in LATE_ROUNDS.texts(named, austin))


def test_a_sender_who_hires_does_not_offer_someone_else_to_a_job_seeker():
    them = recipient(site="x", location="Berkeley, California, United States", headline="PhD Candidate | On the job market",
                     posts=[{"text": "I'm on the job market! Looking for postdoc or industry research roles in carbon cycle science.",
                             "date": "2026-11-20"}])
    hirer = sender(location="Oakland, California, United States", headline="Head of Science at Carbonmark",
                   about="Building measurement for soil carbon projects. We're hiring scientists who can write code.")
    assert not any("introduce you" in t for t in LATE_ROUNDS.texts(them, hirer))
    peer = hirer.model_copy(update={"about": "Building measurement for soil carbon projects with carbon cycle science."})
    assert any("introduce you" in t for t in LATE_ROUNDS.texts(them, peer))


def _offer(texts: list[str]) -> bool:
    return any("introduce you" in t or "presentarte" in t or "te présenter" in t for t in texts)


PEER = sender(location="Nairobi, Kenya", headline="Climate finance adviser",
              about="Advising lenders on climate adaptation finance in East Africa.")


@pytest.mark.parametrize("post", [
    "Looking for good reading on adaptation finance: something other than 200-page reports.",
    "Busco ideas de lecturas sobre finanzas de adaptación, algo distinto de informes de 200 páginas.",
    "Je cherche des exemples de villes qui financent leur adaptation sans bailleurs.",
])
def test_a_request_for_reading_ideas_or_examples_gets_no_offer_of_introductions(post):
    them = recipient(site="x", location="Nairobi, Kenya", headline="Adaptation finance analyst",
                     posts=[{"text": post, "date": "2026-11-25"}])
    assert not _offer(LATE_ROUNDS.texts(them, PEER))


def test_a_request_for_people_still_gets_an_offer():
    them = recipient(site="x", location="Nairobi, Kenya", headline="Adaptation finance analyst",
                     posts=[{"text": "Looking for someone who has structured adaptation finance for a county government.",
                             "date": "2026-11-25"}])
    assert _offer(LATE_ROUNDS.texts(them, PEER))


def test_a_manager_who_hires_what_they_are_does_not_offer_someone_else():
    them = recipient(site="x", location="Riga, Latvia", headline="Data Engineer (Python, Spark), open to work",
                     posts=[{"text": "I'm looking for data roles in Riga or remote EU; Spark preferred. Shares appreciated.",
                             "date": "2026-11-25"}])
    hirer = sender(location="Riga, Latvia", headline="Engineering Manager at Daugava Pay",
                   about="Leading a team of data people. We're hiring data engineers in 2027.")
    assert not _offer(LATE_ROUNDS.texts(them, hirer))
    peer = hirer.model_copy(update={"about": "Leading a team of data people building reporting for Baltic shops."})
    assert _offer(LATE_ROUNDS.texts(them, peer))


def test_a_graduate_asking_for_leads_is_offered_introductions_not_asked_about_school():
    me = analyst_with({"company": "Arup", "title": "Senior Structural Engineer", "start": "2015-01"},
                      headline="Senior Structural Engineer, Arup",
                      education=[{"school": "Kwame Nkrumah University of Science and Technology", "start": "2004",
                                  "end": "2008"}])
    them = LEEDS_ANALYST.p(headline="Graduate Civil Engineer | Seeking opportunities in structural design",
                           education=[{"school": "Kwame Nkrumah University of Science and Technology", "start": "2021",
                                       "end": "2025"}],
                           posts=[{"text": "Completed my national service today. Now looking for a graduate structural role — "
                                   "any leads welcome.", "date": "2026-11-30"}])
    assert says_they_look_for_work(them)
    found = LEEDS_ANALYST.starters(them, me)
    assert any(s.kind == "offer-help" and "graduate structural role" in s.text for s in found), found
    assert not any(s.kind == "school" for s in found)
