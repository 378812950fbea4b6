"""Round 39: classes fixed from structure and from whole scripts, not pair by pair. A compound of two or three parts
each a translated word; the common words of skills in Cyrillic and Greek; a national charity by its acronym; a topic
shown as the thing both name, not its broad subject, and never read off one side's job title alone; a one-word skill
one lists and the other writes in prose. Each on names other than the development sets', with the near misses that
must stay apart."""

from __future__ import annotations

import pytest
from ground_examples import found, person

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise import org_words
from companion.ground.normalise.contained import acronym_then_its_work
from companion.ground.normalise.skills import skill_words


def _kinds(mine, theirs) -> list[tuple[str, str]]:
    return [(c.kind, c.label) for c in find_common_ground(mine, theirs).commonalities if c.kind != "language"]


# 1. Compounds: every part a word the table or the dictionaries translate, in two or three parts.
@pytest.mark.parametrize(("compound", "english"), [
    ("Risikomanagementsystem", "Risk management systems"),  # German, three parts
    ("Kwaliteitsmanagementsysteem", "Quality management system"),  # Dutch, three parts
    ("Projektmanagementsoftware", "Project management software"),
])
def test_a_compound_of_three_translated_parts_is_its_words(compound, english):
    assert skill_words(compound) == skill_words(english)
    assert found("skill", compound, english)


def test_a_compound_with_a_short_or_unknown_part_is_not_split_into_three():
    # 'handels|merk|strategie' would read as trade, brand, strategy: 'handelsmerk' is one word (trademark)
    assert skill_words("Handelsmerkstrategie") != {"trade", "brand", "strategy"}
    assert not found("skill", "Handelsmerkstrategie", "Trade strategy")


# 2. Skills written in Cyrillic and Greek: the words skills are most often written with.
@pytest.mark.parametrize(("written", "english"), [
    ("Управление проектами", "Project management"),  # Russian, instrumental plural
    ("Управління ризиками", "Risk management"),  # Ukrainian
    ("Анализ данных", "Data analysis"),
    ("Финансовый анализ", "Financial analysis"),
    ("Διαχείριση έργων", "Project management"),  # Greek, genitive plural
    ("Χρηματοοικονομική ανάλυση", "Financial analysis"),
    ("Машинное обучение", "Machine learning"),
])
def test_a_skill_in_cyrillic_or_greek_meets_its_english_name(written, english):
    assert found("skill", written, english)


@pytest.mark.parametrize(("written", "english"), [
    ("Управление рисками", "Project management"),  # risk is not project
    ("Анализ данных", "Financial analysis"),
    ("Διαχείριση έργων", "Risk management"),
])
def test_a_cyrillic_or_greek_skill_of_other_words_stays_apart(written, english):
    assert not found("skill", written, english)


# 3. A national charity by its acronym, as the first word of its name.
def _volunteer(organisation: str, location: str):
    return person(volunteering=[{"organization": organisation, "role": "Volunteer"}], location=location)


def test_a_charity_by_its_acronym_and_its_acronym_then_its_work_is_one():
    shared = _kinds(_volunteer("DLRG Wasserrettung", "Köln"), _volunteer("DLRG", "Bonn"))
    assert ("group", "DLRG Wasserrettung") in shared


def test_an_acronym_read_in_two_countries_is_not_one_charity():
    assert not [k for k in _kinds(_volunteer("DLRG Wasserrettung", "Köln"), _volunteer("DLRG", "Boston"))
                if k[0] in ("group", "cause")]


@pytest.mark.parametrize(("short", "long"), [
    ("HOPE", "HOPE Worldwide"),  # a word, not an acronym of one charity
    ("KWF", "KWF Rotterdam"),  # a branch: the place says which, another rule's
    ("KWF", "KWF (Kankerfonds)"),
    ("KW", "KW Kankerbestrijding"),  # two letters stand for too many
    ("KWF", "Stichting KWF Kankerbestrijding"),  # not its first word
])
def test_the_acronym_rule_wants_a_rare_acronym_as_the_whole_first_word(short, long):
    assert not acronym_then_its_work(short, long)


# 4. A topic: the thing both name, and never a broad subject read off one side's job title alone.
def test_a_broad_subject_from_one_sides_job_title_is_not_shared():
    me = person(headline="Frontend Dev at Acme", skills=["HTML5/CSS3"])
    them = person(headline="Engineer", about="⚡️JavaScript all day.")
    assert not [k for k in _kinds(me, them) if k[0] == "topic"]


def test_a_specific_thing_both_name_is_shown_not_its_broad_subject():
    me = person(headline="Frontend developer", about="I love JavaScript and web performance.")
    them = person(headline="Engineer", about="⚡️JavaScript all day.")
    assert ("topic", "JavaScript") in _kinds(me, them)
    assert ("topic", "web development") not in _kinds(me, them)


def test_a_subject_both_name_in_a_headline_is_still_shared():
    assert ("topic", "web development") in _kinds(person(headline="Web development lead"),
                                                 person(headline="Writing about web development"))


# 5. A one-word skill one lists and the other writes in prose.
@pytest.mark.parametrize("skill", ["AWS", "Serverless"])
def test_a_one_word_skill_written_in_the_others_prose_is_shared(skill):
    them = person(about="I built a serverless pipeline on AWS Lambda.")
    assert [k for k in _kinds(person(skills=[skill]), them) if k[0] == "skill"]


@pytest.mark.parametrize(("skill", "about"), [
    ("React", "I react fast to change."),  # an English word
    ("Swift", "A swift reply, always."),
    ("SQL", "I know some sql."),  # an acronym only in its capitals
    ("GCP", "GCP for clinical trials."),  # a homonym: its sense is the profile's
])
def test_a_word_of_a_language_or_a_homonym_in_prose_is_not_a_shared_skill(skill, about):
    assert not [k for k in _kinds(person(skills=[skill]), person(about=about)) if k[0] == "skill"]


# 6. Tidy: no kind word or little word listed twice.
def test_org_words_lists_each_form_once():
    assert all(len(set(forms)) == len(forms) for forms in org_words.KINDS.values())
