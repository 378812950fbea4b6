"""What the final read of the sixth stop of 2026-12-07 found in the new code, each a test that failed before its mend:
a thanks read into a common word or inside a longer one, 'the' before a company named 'International …', regular
expressions retried from every character of a long run, a kind word that could never be looked up."""

from __future__ import annotations

from datetime import UTC, datetime

from companion.ground import starters
from companion.ground.normalise.interests import find_interests
from companion.ground.normalise.org_words import read_word
from companion.ground.starter_templates import english_articles
from companion.models import Profile

NOW = datetime(2026, 12, 7, tzinfo=UTC)


def _posting(text: str) -> Profile:
    return Profile(name="Maya Chen", posts=[{"text": text, "date": "2026-11-30"}])


def test_a_thanks_names_you_only_by_your_name_as_a_name():
    will, jack = Profile(name="Will Jones"), Profile(name="Jack Morrison")
    assert not starters._they_thank_you(will, _posting("Thank you all for coming, we will be back next year!"), NOW)
    assert not starters._they_thank_you(jack, _posting("Thank you to every partner of ours from warm Jacksonville"), NOW)
    assert starters._they_thank_you(jack, _posting("Thank you Jack and team for visiting our fields!"), NOW)
    assert starters._they_thank_you(will, _posting("Huge thanks to Will for the intro."), NOW)


def test_a_company_named_international_or_world_takes_no_article():
    assert english_articles("I see you're at International Paper.") == "I see you're at International Paper."
    assert english_articles("at World Fuel Services") == "at World Fuel Services"
    assert english_articles("at European Wax Center") == "at European Wax Center"
    assert english_articles("at World Bank") == "at the World Bank"
    assert english_articles("at International Monetary Fund") == "at the International Monetary Fund"


def test_long_runs_are_read_in_one_pass():
    # Each took seconds to minutes before (a lookahead over a run of non-breaking spaces; a search anchored at the end
    # of a 19,000-letter about, once per hobby): now a few milliseconds; the suite would hang without the mend.
    assert starters._gathering_named("The" + "\xa0" * 1975 + "Community x") == "The Community x"
    assert starters._gathering_named("The Ladies Who Code meetup") == "the Ladies Who Code meetup"  # mend 44: the kind word stays
    found = find_interests("a" * 19000 + " chess hiking " + "b" * 19000 + ", sailing")
    assert {"chess", "hiking", "sailing"} <= {interest.label for interest, _ in found}


def test_a_kind_word_with_a_diacritic_is_found_folded():
    assert read_word("hac") and read_word("hac")[0][0].startswith("kind:")


def test_a_safety_record_is_read_only_where_it_is_one():
    # The final read of the whole change: 'no' matched the start of 'Northern', and the accident was read away.
    from companion.ground.post_reading import tells_loss_or_harm

    assert tells_loss_or_harm("Northern line accident this morning, two colleagues hurt.")
    assert not tells_loss_or_harm("Zero accidents this year on site!")


def test_someone_elses_race_is_not_congratulated_as_theirs():
    from companion.models import Post

    assert starters._race_of(Post(text="So proud of my wife, she ran the Berlin Marathon today!", date="2026-12-01")) is None
    assert starters._race_of(Post(text="Ran the Berlin Marathon today! Legs gone.", date="2026-12-01"))
    assert starters._race_of(Post(text="I finally finished the Chicago Marathon.", date="2026-12-01"))


def test_a_podcast_named_onboarding_is_no_board_seat_and_a_craft_is_found_from_a_words_start():
    from companion.ground.normalise.interests import craft_named_with

    assert starters._gathering_kind("Onboarding Podcast", "Host of Onboarding Podcast") == "community-podcast"
    assert starters._gathering_kind("X Conference", "Board member, X Conference") is None
    assert craft_named_with("voile", "Char à voile") and not craft_named_with("chess", "a" * 20000 + " chess")
