"""Classes two more fresh sets showed: one city with its region and country written in two languages, a known
company with its group word after its name or its country's adjective (its national company), and a hobby one side
lists and both describe in sentences, quoted by the name listed. The pairs of each class, true and near misses, are
in test_common_ground_fresh_set_classes.py; these test the rules behind them."""

from __future__ import annotations

import pytest
from ground_examples import found, shared_of_kind

from companion.ground.normalise.companies import normalise_company
from companion.ground.normalise.places import resolve_place, told_apart


def test_a_region_in_two_languages_tells_no_two_places_apart_only_where_the_countries_are_two_languages():
    assert not told_apart(resolve_place("München, Bayern, Deutschland"), resolve_place("Munchen, Bavaria, Germany"))
    assert told_apart(resolve_place("Aurangabad, Maharashtra"), resolve_place("Aurangabad, Bihar"))
    # One language, two regions: apart, even spelt to start alike.
    assert told_apart(resolve_place("Aurangabad, Maharashtra, India"), resolve_place("Aurangabad, Madhya, India"))


def test_a_known_group_word_after_the_name_is_the_company():
    assert normalise_company("L'Oréal Groupe").key == normalise_company("Groupe L'Oréal").key
    assert normalise_company("Meta Group").key != normalise_company("Meta").key


def test_a_hobby_both_describe_is_quoted_by_the_name_one_side_lists():
    mine = {"interests": ["Irish fiddle", "Cross-country skiing"],
            "about": "I volunteer with NAMI and play fiddle in a local Irish session."}
    theirs = {"interests": ["Trad music"], "about": "Trad music lover: I play fiddle and tin whistle."}
    fiddle = [c for c in shared_of_kind("interest", mine, theirs) if c.label == "violin"]
    assert fiddle and fiddle[0].mine == "Irish fiddle"
    assert fiddle[0].theirs.startswith("Trad music lover")  # nothing listed on their side: their sentence


def test_a_language_is_quoted_by_the_name_the_other_gives_in_brackets():
    mine = {"languages": ["Arabe", "Darija", "Français"]}
    theirs = {"languages": ["Arabe marocain (Darija)", "Français"]}
    arabic = [c for c in shared_of_kind("language", mine, theirs) if c.label == "Arabic"]
    assert arabic and (arabic[0].mine, arabic[0].theirs) == ("Darija", "Arabe marocain (Darija)")


def test_an_acronym_written_out_in_latin_words_still_asks_the_field():
    # Written out in Chinese, no word of it can agree or disagree with the field: the acronym stands.
    assert shared_of_kind("skill", {"skills": ["統計製程管制 (SPC)", "良率提升"]},
                          {"skills": ["SPC", "Process Integration", "Failure Analysis"]})
    # Written out in English, a marketer's CTA is still no tax adviser's.
    assert not shared_of_kind("skill", {"skills": ["Irish Tax Institute (CTA)", "Tax advisory"]},
                              {"skills": ["CTA", "Copywriting", "Email marketing"]})


def test_a_company_under_its_owners_name_needs_a_name_of_its_own():
    from companion.ground.normalise.companies import owner_then_brand

    assert owner_then_brand("Mailchimp", "Intuit Mailchimp")
    assert not owner_then_brand("Fresh", "Amazon Fresh")  # a word, not a name
    assert not owner_then_brand("Mailchimp", "Mailchimp")  # no owner before it
    assert not owner_then_brand("Chimp", "Intuit Mailchimp")



def test_a_club_as_its_members_write_it_is_its_name_then_the_initials_of_the_rest():
    from companion.ground.normalise.companies import name_then_its_initials

    assert name_then_its_initials("Bronte SLSC", "Bronte Surf Life Saving Club")
    assert name_then_its_initials("Ponsonby RFC", "Ponsonby Rugby Football Club")
    assert not name_then_its_initials("Bronte SLSC", "Bronte Surf School")  # letters for words it does not have
    assert not name_then_its_initials("Bronte SLSC", "Tamarama Surf Life Saving Club")  # another club's name
    assert not name_then_its_initials("Bank XYZ", "Bank X Y Z")  # a word of trade, no name of its own
    in_sydney = {"location": "Sydney, Australia"}
    assert shared_of_kind("group", {"volunteering": [{"organization": "Bronte Surf Life Saving Club"}], **in_sydney},
                          {"volunteering": [{"organization": "Bronte SLSC"}], **in_sydney})


def _groups(mine: tuple[str, str], theirs: tuple[str, str]) -> list[tuple[str, str]]:
    """What two volunteers, each (organisation, location), share of organisations and causes."""
    return [(c.kind, c.label) for c in (*shared_of_kind("group", {"volunteering": [{"organization": mine[0]}],
                                                                   "location": mine[1]},
                                                          {"volunteering": [{"organization": theirs[0]}],
                                                           "location": theirs[1]}),
                                          *shared_of_kind("cause", {"volunteering": [{"organization": mine[0]}],
                                                                    "location": mine[1]},
                                                          {"volunteering": [{"organization": theirs[0]}],
                                                           "location": theirs[1]}))]


def test_a_chapter_that_says_in_brackets_whose_chapter_it_is_belongs_to_that_organisation():
    sf, philly = "Code for San Francisco (Code for America Brigade)", "Code for Philly (Code for America Brigade)"
    assert _groups(("Code for America", "Oakland, California"), (sf, "San Francisco, California")) == [
        ("group", "Code for America")]
    assert _groups((philly, "Philadelphia, PA"), ("Code for America", "Washington, DC")) == [
        ("group", "Code for America")]
    # Two chapters of two cities are two organisations serving one cause, wherever their volunteers live.
    assert _groups((philly, "Philadelphia, PA"), (sf, "San Francisco, California")) == [
        ("cause", "the cause of Code for America")]
    assert _groups((philly, "Philadelphia, PA"), (sf, "Philadelphia, PA")) == [("cause", "the cause of Code for America")]


def test_a_studio_named_by_its_city_is_its_company_registered_abroad():
    in_montreal, in_paris = {"location": "Montréal, Québec, Canada"}, {"location": "Paris, France"}
    assert found("employer", "Ubisoft Montréal", "Ubisoft Entertainment SA", me=in_montreal, them=in_paris)
    # No city in the name: a name of one word abroad is too many companies'.
    assert not found("employer", "Discovery Health", "Discovery Inc.", me={"location": "Johannesburg, South Africa"},
                     them={"location": "New York, NY"})


@pytest.mark.parametrize(("area", "city"), [("Regio Rotterdam", "Rotterdam, Zuid-Holland, Nederland"),
                                            ("Großraum München", "München, Bayern"),
                                            ("Agglomération de Lyon", "Lyon, France")])
def test_the_area_around_a_city_in_its_own_language_is_the_city(area, city):
    assert shared_of_kind("place", {"location": area}, {"location": city})


@pytest.mark.parametrize(("mine", "theirs"), [
    ("I write regularly about pandemic preparedness.", "J'écris sur la préparation aux pandémies."),
    ("Escribo sobre transparencia y contratación pública.", "Escric sobre transparència i dades obertes."),
])
def test_a_subject_written_about_with_an_adverb_or_in_catalan_is_shared(mine, theirs):
    assert shared_of_kind("topic", {"about": mine}, {"about": theirs})


def test_another_preparedness_or_another_subject_stays_apart():
    assert not shared_of_kind("topic", {"about": "I write regularly about pandemic preparedness."},
                              {"about": "J'écris sur la préparation aux urgences."})
    assert not shared_of_kind("topic", {"about": "Escric sobre transparència."},
                              {"about": "Escribo sobre contratación pública."})
