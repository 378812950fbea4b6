"""Ground mend 44: what a newcomer met on real pages (newcomer 10: W2, W3, P1)."""

from pathlib import Path

import pytest

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise.companies import registered_arm_and_parent
from companion.ground.normalise.phrases import shared_phrases, shared_rare_words
from companion.models import Experience, Profile
from companion.parsers.linkedin import without_hiring_banner

REAL = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "real" / "linkedin"


def _employers(me: Profile, them: Profile) -> list:
    return [c for c in find_common_ground(me, them).commonalities if c.kind == "employer"]


# ---------------------------------------------------------------- W2: a country in brackets marks a national arm

@pytest.mark.parametrize("arm", ["Bank of Ceylon (UK) Ltd", "Ceylon Tea Traders (India) Pvt Ltd",
                                 "Lanka Softworks (Deutschland) GmbH", "Bank of Ceylon Singapore Branch"])
def test_an_arm_abroad_marked_in_brackets_is_not_the_parent(arm):
    assert registered_arm_and_parent(arm, "Bank of Ceylon" if "Ceylon" in arm and "Tea" not in arm
                                     else arm.split(" (")[0], {"LK"}, {"LK"})


def test_the_same_arm_written_alike_or_by_someone_there_stays_one():
    assert not registered_arm_and_parent("Bank of Ceylon (UK) Ltd", "Bank of Ceylon (UK) Ltd", {"LK"}, {"GB"})
    assert not registered_arm_and_parent("Bank of Ceylon (UK) Ltd", "Bank of Ceylon", {"LK"}, {"GB"})
    assert not registered_arm_and_parent("Acme (Pvt) Ltd", "Acme", {"LK"}, {"IN"})  # no country in the brackets


def test_no_shared_employer_card_for_the_london_arm():
    me = Profile(name="Me", location="Colombo, Sri Lanka",
                 experience=[Experience(company="Bank of Ceylon", start="2015-01", end="2016-01")])
    them = Profile(name="Nimal Silva", location="Jaffna, Sri Lanka",
                   experience=[Experience(company="Bank of Ceylon (UK) Ltd", start="2015-01", end="2016-01")])
    assert _employers(me, them) == []
    same = them.model_copy(update={"experience": [Experience(company="Bank of Ceylon", start="2015", end="2016")]})
    assert [c.label for c in _employers(me, same)] == ["Bank of Ceylon"]


# ---------------------------------------------------------------- W3: LinkedIn's hiring banner, and working there now

@pytest.mark.parametrize("written", ["Insighture - We're hiring", "Insighture | Hiring", "Insighture (We're hiring!)",
                                     "Insighture - Wir stellen ein", "Insighture - ¡Estamos contratando!",
                                     "Insighture - On recrute", "Insighture – Estamos contratando",
                                     "Insighture - We’re Hiring"])
def test_the_hiring_banner_is_no_part_of_the_name(written):
    assert without_hiring_banner(written) == "Insighture"


def test_a_name_with_hiring_in_it_is_kept():
    assert without_hiring_banner("Acme Hiring Solutions") == "Acme Hiring Solutions"
    assert without_hiring_banner("Hiring") == "Hiring"


def test_both_there_now_reads_as_working_there():
    me = Profile(name="Me", experience=[Experience(company="Insighture", start="2020-08", end="2021-03"),
                                        Experience(company="Insighture", start="2022-03")])
    them = Profile(name="Tharindu", experience=[Experience(company="Insighture", start="2020-08", end="2021-03"),
                                                Experience(company="Insighture", start="2022-03")])
    [card] = _employers(me, them)
    assert card.why.startswith("You both work at Insighture (since 2022).")
    gone = them.model_copy(update={"experience": [Experience(company="Insighture", start="2020-08", end="2021-03")]})
    assert _employers(me, gone)[0].why.startswith("You both worked at Insighture at the same time (2020–2021)")


def _kekayan():
    from companion.parsers.linkedin import parse
    from companion.parsers.page import make_soup

    page = REAL / "guest_2023-04_kekayan.html"
    if not page.exists():
        pytest.skip("real fixture absent")
    return parse(make_soup(page.read_text()), "https://lk.linkedin.com/in/kekayan")


def test_real_page_one_card_for_insighture():
    me = _kekayan()
    assert "Insighture - We're hiring" not in [job.company for job in me.experience]
    twin = me.model_copy(update={"name": "Tharindu Perera"})
    cards = [c for c in _employers(me, twin) if "Insighture" in c.label]
    assert len(cards) == 1 and cards[0].why.startswith("You both work at Insighture (since 2022)")


# ---------------------------------------------------------------- P1: a topic is a subject, not a clause's fragment

FRAGMENTS = ("energetic individual who", "capable of picking up", "take on any challenges", "review contracts",
             "am fluent with frameworks like Flask", "Enthusiast", "fluent", "frameworks")


def test_real_page_twin_shows_no_fragment_as_topic():
    me = _kekayan()
    twin = me.model_copy(update={"name": "Tharindu Perera"})
    topics = {c.label.casefold() for c in find_common_ground(me, twin).commonalities if c.kind == "topic"}
    assert not topics & {f.casefold() for f in FRAGMENTS}
    assert "serverless" in topics  # a subject both write stays


def test_made_up_abouts_share_subjects_not_sentence_fragments():
    mine = ("An energetic individual who is capable of picking up new things, ready to take on any challenges. "
            "I review contracts and am fluent with frameworks like Flask. I work on urban water governance.")
    theirs = ("An energetic individual who is capable of picking up anything, keen to take on any challenges; "
              "we review contracts daily. I am fluent with frameworks like Flask. Research in urban water governance.")
    said = {p.key for p in shared_phrases(mine, theirs)}
    assert "urban water governance" in said
    assert not said & {"energetic individual who", "capable of picking up", "take on any challenges",
                       "review contracts", "am fluent with frameworks like flask"}
    words = {p.key for p in shared_rare_words("A serverless enthusiast, fluent in frameworks.",
                                              "Serverless enthusiast; fluent with frameworks.")}
    assert "serverless" in words and not words & {"enthusiast", "fluent", "frameworks"}
