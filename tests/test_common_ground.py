"""Common ground between two profiles: what must match, what must not, and how it is ranked."""

from __future__ import annotations

import pytest
from shared_pages import real_page

from companion.ground.common_ground import counted, find_common_ground, is_counted, tier_for
from companion.ground.rarity import RarityIndex
from companion.models import Profile


def person(**fields) -> Profile:
    return Profile.model_validate({"name": "Test Person", **fields})


def shared(a: Profile, b: Profile, kind: str | None = None, rarity: RarityIndex | None = None):
    found = find_common_ground(a, b, rarity).commonalities
    return [c for c in found if kind is None or c.kind == kind]


MUST_MATCH = [
    ("school", {"education": [{"school": "MIT"}]}, {"education": [{"school": "Massachusetts Institute of Technology"}]},
     "Massachusetts Institute of Technology"),
    ("school", {"education": [{"school": "UC Berkeley"}]}, {"education": [{"school": "University of California, Berkeley"}]},
     "University of California, Berkeley"),
    ("school", {"education": [{"school": "LSE"}]},
     {"education": [{"school": "The London School of Economics and Political Science (LSE)"}]},
     "The London School of Economics and Political Science"),
    ("skill", {"skills": ["JS"]}, {"skills": ["JavaScript"]}, "JavaScript"),
    ("skill", {"skills": ["Go"]}, {"skills": ["Golang"]}, "Go"),
    ("skill", {"skills": ["Golang"]}, {"skills": ["Go (Programming Language)"]}, "Go"),
    ("language", {"languages": ["Español"]}, {"languages": ["Spanish"]}, "Spanish"),
    ("place", {"location": "NYC"}, {"location": "New York, New York, United States"}, "New York City"),
    ("place", {"location": "Brooklyn, NY"}, {"location": "New York City Metropolitan Area"}, "New York City area"),
    ("employer", {"experience": [{"company": "Facebook"}]}, {"experience": [{"company": "Meta"}]}, "Meta"),
    ("interest", {"about": "Weekends you'll find me rock climbing."}, {"interests": ["Bouldering"]}, "climbing"),
    ("interest", {"posts": [{"text": "Just ran my third marathon. Legs: gone."}]}, {"interests": ["Running"]}, "running"),
    ("topic", {"posts": [{"text": "Five years of remote work taught me to write things down."}]},
     {"posts": [{"text": "How we keep distributed teams in sync across time zones"}]}, "remote work"),
    # issue 18: school families, company forms, skill spellings, organisation suffixes, free-text interests
    ("school", {"education": [{"school": "Stanford Graduate School of Business"}]},
     {"education": [{"school": "Stanford University"}]}, "Stanford University"),
    ("school", {"education": [{"school": "Columbia Business School"}]}, {"education": [{"school": "Columbia University"}]},
     "Columbia University"),
    ("school", {"education": [{"school": "Questrom School of Business, Boston University"}]},
     {"education": [{"school": "Boston University"}]}, "Boston University"),
    ("school", {"education": [{"school": "Universität Mannheim"}]}, {"education": [{"school": "University of Mannheim"}]},
     "University of Mannheim"),
    ("school", {"education": [{"school": "KTH"}]}, {"education": [{"school": "KTH Royal Institute of Technology"}]},
     "KTH Royal Institute of Technology"),
    ("school", {"education": [{"school": "JHU"}]}, {"education": [{"school": "Johns Hopkins University"}]},
     "Johns Hopkins University"),
    ("school", {"education": [{"school": "Univ. of Texas at Austin"}]}, {"education": [{"school": "UT Austin"}]},
     "University of Texas at Austin"),
    ("school", {"education": [{"school": "Stanford Law School"}]},
     {"education": [{"school": "Stanford Graduate School of Business"}]}, "Stanford University"),
    ("employer", {"experience": [{"company": "The Vanguard Group"}]}, {"experience": [{"company": "Vanguard"}]},
     "Vanguard"),
    ("employer", {"experience": [{"company": "Acme Holdings Ltd."}]}, {"experience": [{"company": "Acme"}]},
     "Acme Holdings Ltd."),
    ("skill", {"skills": ["PowerBI"]}, {"skills": ["Power BI"]}, "Microsoft Power BI"),
    ("skill", {"skills": ["Kotlin Multiplatform"]}, {"skills": ["Kotlin"]}, "Kotlin"),
    ("group", {"volunteering": [{"organization": "Code for America Brigade"}]},
     {"volunteering": [{"organization": "Code for America"}]}, "Code for America"),
    ("group", {"volunteering": [{"organization": "Habitat for Humanity of Greater Boston"}]},
     {"volunteering": [{"organization": "Habitat for Humanity International"}]}, "Habitat for Humanity"),
    ("interest", {"about": "Most weekends on my bike, whatever the weather."}, {"interests": ["Cycling"]}, "cycling"),
    ("interest", {"about": "I play cello in a community orchestra."}, {"interests": ["Cello"]}, "cello"),
    ("interest", {"about": "I play cello in a community orchestra."}, {"interests": ["Classical Music"]},
     "classical music"),
    ("interest", {"about": "Happiest in the garden."}, {"interests": ["Gardening"]}, "gardening"),
    ("interest", {"about": "Fútbol on Tuesdays."}, {"interests": ["Football"]}, "football"),
]


@pytest.mark.parametrize(("kind", "mine", "theirs", "label"), MUST_MATCH, ids=[m[3] + ":" + m[0] for m in MUST_MATCH])
def test_aliases_match(kind, mine, theirs, label):
    found = shared(person(**mine), person(**theirs), kind)
    assert [c.label for c in found] == [label]


MUST_NOT_MATCH = [
    ("school", {"education": [{"school": "University of Michigan"}]}, {"education": [{"school": "Michigan State University"}]}),
    ("school", {"education": [{"school": "Columbia University"}]}, {"education": [{"school": "Columbia College Chicago"}]}),
    ("skill", {"skills": ["Java"]}, {"skills": ["JavaScript"]}),
    ("skill", {"skills": ["C"]}, {"skills": ["C#"]}),
    ("skill", {"skills": ["C"]}, {"skills": ["Objective-C"]}),
    ("skill", {"skills": ["C#"]}, {"skills": ["Objective-C"]}),
    ("interest", {"interests": ["Art"]}, {"interests": ["Martial Arts"]}),
    ("interest", {"about": "I love the art of a good negotiation."}, {"about": "Black belt in martial arts."}),
    ("employer", {"experience": [{"company": "Apple"}]}, {"experience": [{"company": "Applebee's"}]}),
    ("place", {"location": "Tbilisi, Georgia"}, {"location": "Atlanta, Georgia, United States"}),
    ("place", {"location": "Georgia"}, {"location": "Georgia, United States"}),
    # false friends the larger tables and the family rules must never make
    ("place", {"location": "Porto, Portugal"}, {"location": "Porto Alegre, Brazil"}),
    ("place", {"location": "Porto"}, {"location": "Porto Alegre"}),
    ("skill", {"skills": ["Java"]}, {"skills": ["Java Script"]}),
    ("skill", {"skills": ["Java Development"]}, {"skills": ["JavaScript"]}),
    ("skill", {"skills": ["Go-to-market strategy"]}, {"skills": ["Go"]}),
    ("skill", {"skills": ["R&D"]}, {"skills": ["R"]}),
    ("school", {"education": [{"school": "Columbia University"}]}, {"education": [{"school": "University of British Columbia"}]}),
    ("school", {"education": [{"school": "Columbia Business School"}]},
     {"education": [{"school": "Sauder School of Business, University of British Columbia"}]}),
    ("school", {"education": [{"school": "Washington University in St. Louis"}]},
     {"education": [{"school": "University of Washington"}]}),
    ("school", {"education": [{"school": "Olin Business School"}]}, {"education": [{"school": "University of Washington"}]}),
    ("school", {"education": [{"school": "Boston College"}]}, {"education": [{"school": "Questrom School of Business"}]}),
    ("school", {"education": [{"school": "Miami University"}]}, {"education": [{"school": "University of Miami"}]}),
    ("school", {"education": [{"school": "Princeton Day School"}]}, {"education": [{"school": "Princeton University"}]}),
    ("school", {"education": [{"school": "Harvard-Westlake School"}]}, {"education": [{"school": "Harvard Business School"}]}),
    ("school", {"education": [{"school": "Columbia College of Nursing"}]}, {"education": [{"school": "Columbia University"}]}),
    ("school", {"education": [{"school": "Copenhagen Business School"}]}, {"education": [{"school": "Columbia Business School"}]}),
    ("school", {"education": [{"school": "HEC Montréal"}]}, {"education": [{"school": "HEC Paris"}]}),
    ("school", {"education": [{"school": "Penn State"}]}, {"education": [{"school": "The Wharton School"}]}),
    ("school", {"education": [{"school": "Vrije Universiteit Amsterdam"}]}, {"education": [{"school": "University of Amsterdam"}]}),
    ("employer", {"experience": [{"company": "Meta"}]}, {"experience": [{"company": "Metaswitch"}]}),
    ("employer", {"experience": [{"company": "Instagram"}]}, {"experience": [{"company": "Metaswitch Networks"}]}),
    ("employer", {"experience": [{"company": "Meta Group"}]}, {"experience": [{"company": "Meta"}]}),
    ("employer", {"experience": [{"company": "Apple"}]}, {"experience": [{"company": "Apple Bank"}]}),
    ("employer", {"experience": [{"company": "Volvo Cars"}]}, {"experience": [{"company": "Volvo Group"}]}),
    ("group", {"volunteering": [{"organization": "Code for America"}]}, {"volunteering": [{"organization": "Code for Germany"}]}),
    ("group", {"volunteering": [{"organization": "Feeding America"}]}, {"volunteering": [{"organization": "Feeding Britain"}]}),
    ("group", {"volunteering": [{"organization": "National Trust"}]}, {"volunteering": [{"organization": "National Society"}]}),
    ("interest", {"about": "I'm running a team of twelve."}, {"interests": ["Running"]}),
    ("interest", {"about": "Our design philosophy is simple."}, {"interests": ["Philosophy"]}),
    ("interest", {"about": "We ring-fence time for deep work."}, {"interests": ["Fencing"]}),
    ("interest", {"about": "Sink or swim, we ship."}, {"interests": ["Swimming"]}),
    ("interest", {"about": "We grew to 10k users."}, {"interests": ["Running"]}),
    ("interest", {"about": "Investing in our people."}, {"interests": ["Investing"]}),
    ("interest", {"about": "I spoke on stage at a conference."}, {"interests": ["Theatre"]}),
]


@pytest.mark.parametrize(("kind", "mine", "theirs"), MUST_NOT_MATCH)
def test_false_friends_do_not_match(kind, mine, theirs):
    # A country shared far apart is no match of the named places (Porto and Porto Alegre are in two countries).
    assert [c for c in shared(person(**mine), person(**theirs), kind) if c.weight >= 0.05] == []
    assert [c for c in shared(person(**theirs), person(**mine), kind) if c.weight >= 0.05] == []


@pytest.mark.parametrize(("a", "b", "town"), [
    ("Cambridge, Massachusetts, United States", "Cambridge, England, United Kingdom", "Cambridge"),
    ("Portland, Oregon, United States", "Portland, Maine, United States", "Portland"),
])
def test_same_named_towns_share_at_most_a_country(a, b, town):
    found = shared(person(location=a), person(location=b), "place")
    assert all(town not in c.label for c in found)
    assert all(c.weight < 0.05 for c in found)


def test_rarer_language_outranks_the_commonplace_one():
    langs = {"languages": ["English", "Esperanto"]}
    found = {c.label: c.weight for c in shared(person(**langs), person(**langs), "language")}
    assert found["Esperanto"] > 3 * found.get("English", 0)


def test_beekeeping_outranks_travel():
    hobbies = {"interests": ["Travel", "Beekeeping"]}
    found = [c.label for c in shared(person(**hobbies), person(**hobbies), "interest")]
    assert found.index("beekeeping") < found.index("travel")


def test_rarity_over_the_users_contacts_reorders_what_is_telling():
    me = person(skills=["Rust", "Kubernetes"])
    them = person(skills=["Rust", "Kubernetes"])
    contacts = [person(skills=["Rust"]) for _ in range(300)] + [person(skills=["Python"]) for _ in range(300)]
    index = RarityIndex.from_profiles(contacts)
    found = [c.label for c in shared(me, them, "skill", index)]
    assert found == ["Kubernetes", "Rust"]


def test_same_school_at_the_same_time_outweighs_the_same_school_years_apart():
    me = person(education=[{"school": "MIT", "start": "2010", "end": "2014"}])
    together = person(education=[{"school": "MIT", "start": "2012", "end": "2016"}])
    apart = person(education=[{"school": "MIT", "start": "1990", "end": "1994"}])
    close, far = shared(me, together, "school")[0], shared(me, apart, "school")[0]
    assert close.weight > far.weight
    assert "2012–2014" in close.why


def test_same_employer_at_the_same_time_outweighs_different_times():
    me = person(experience=[{"company": "Stripe", "start": "2018-01", "end": "2020-06"}])
    together = person(experience=[{"company": "Stripe", "start": "2019-03", "end": None}])
    later = person(experience=[{"company": "Stripe", "start": "2022-01", "end": None}])
    assert shared(me, together, "employer")[0].weight > shared(me, later, "employer")[0].weight


def test_same_neighbourhood_beats_same_metro():
    me = person(location="Brooklyn, NY")
    weights = [shared(me, person(location=where), "place")[0].weight
               for where in ("Brooklyn, New York, United States", "Manhattan, New York")]
    assert weights[0] > weights[1] > 0


def test_a_state_is_shared_with_a_city_in_it_but_two_cities_of_a_state_are_not():
    assert [c.label for c in shared(person(location="Texas, United States"), person(location="Austin, TX"), "place")] \
        == ["Texas"]
    assert shared(person(location="Denver, CO"), person(location="Boulder, Colorado"), "place") == []
    assert shared(person(location="Brooklyn, NY"), person(location="Buffalo, New York, United States"), "place") == []


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Utrecht, Nederland", "Amsterdam"), ("Tel Aviv, Israel", "Haifa, Israel"), ("Frankfurt am Main", "Frankfurt (Oder)"),
    ("Zürich", "Lausanne"), ("Bogotá, Colombia", "Medellín, Colombia"), ("Toronto, Ontario", "London, Ontario"),
])
def test_two_cities_of_one_country_are_not_a_shared_place(mine, theirs):
    assert shared(person(location=mine), person(location=theirs), "place") == []


def test_a_country_is_shared_with_a_city_in_it():
    found = shared(person(location="Sweden"), person(location="Stockholm, Sweden"), "place")
    assert [c.label for c in found] == ["Sweden"] and not found[0].counted


@pytest.mark.parametrize(("mine", "theirs"), [("Instagram", "Facebook"), ("Instagram", "WhatsApp"),
                                              ("Booking.com", "Booking Holdings"), ("YouTube", "Google")])
def test_a_company_and_its_separately_branded_subsidiary_are_two_workplaces(mine, theirs):
    assert shared(person(experience=[{"company": mine}]), person(experience=[{"company": theirs}]), "employer") == []


def test_a_division_named_with_its_company_is_that_workplace():
    found = shared(person(experience=[{"company": "Google Cloud"}]), person(experience=[{"company": "Google"}]), "employer")
    assert [c.label for c in found] == ["Google"] and "within Google" in found[0].why


def test_a_renamed_company_or_its_national_arm_is_the_company():
    me = person(experience=[{"company": "Facebook"}, {"company": "Oracle America, Inc."}])
    them = person(experience=[{"company": "Meta Platforms"}, {"company": "Oracle"}])
    assert sorted(c.label for c in shared(me, them, "employer")) == ["Meta", "Oracle"]


def test_a_hobby_shares_the_wider_hobby_it_belongs_to_weakly():
    found = shared(person(interests=["music"]), person(about="I play cello in a community orchestra."), "interest")
    assert [c.label for c in found] == ["music"]
    assert found[0].weight < shared(person(interests=["music"]), person(interests=["music"]), "interest")[0].weight
    assert [c.label for c in shared(person(interests=["rugby union"]), person(interests=["Rugby"]), "interest")] == ["rugby"]


@pytest.mark.parametrize(("mine", "theirs"), [
    ("Hiking", "Surfing"), ("pilates", "yoga"), ("rugby union", "rugby league"), ("jazz", "opera"),
    ("flamenco", "ceilidh dancing"), ("table tennis", "tennis"), ("knitting", "crochet"), ("cats", "dogs"),
    ("rowing", "kayaking"), ("karate", "judo"), ("snowboarding", "skiing"),
])
def test_different_hobbies_of_one_family_are_not_shared(mine, theirs):
    assert shared(person(interests=[mine]), person(interests=[theirs]), "interest") == []


def test_each_side_is_quoted_in_its_own_words_and_why_is_a_sentence():
    c = shared(person(education=[{"school": "MIT"}]), person(education=[{"school": "Massachusetts Institute of Technology"}]))[0]
    assert (c.mine, c.theirs) == ("MIT", "Massachusetts Institute of Technology")
    assert c.why.startswith("You both studied at") and c.why.endswith(".")


def test_free_text_is_quoted_as_the_sentence_it_came_from():
    c = shared(person(about="I lead design. Weekends you'll find me rock climbing. Coffee snob."),
               person(interests=["Bouldering"]), "interest")[0]
    assert c.mine == "Weekends you'll find me rock climbing"
    assert c.theirs == "Bouldering"


def test_commonalities_are_sorted_by_weight_and_score_is_their_sum():
    me = person(location="Brooklyn, NY", skills=["Rust", "SQL"], languages=["Esperanto"], interests=["Beekeeping"])
    ground = find_common_ground(me, me)
    weights = [c.weight for c in ground.commonalities]
    assert weights == sorted(weights, reverse=True)
    assert ground.score == pytest.approx(sum(weights), abs=0.01)


@pytest.mark.parametrize(("count", "tier"), [(0, "none"), (1, "none"), (2, "small-world"), (3, "small-world"),
                                             (4, "coincidence"), (9, "coincidence"), (10, "twins"), (25, "twins")])
def test_tiers_by_count(count, tier):
    assert tier_for(count) == tier


def test_tier_follows_the_number_of_shared_contexts():
    me = person(skills=["Rust", "Elixir", "Haskell", "OCaml", "Zig"], languages=["Esperanto"])
    assert find_common_ground(me, person(skills=["Rust"])).tier == "none"
    assert find_common_ground(me, person(skills=["Rust", "Zig"])).tier == "small-world"
    assert find_common_ground(me, person(skills=["Rust", "Zig", "OCaml", "Haskell"])).tier == "coincidence"


def test_nothing_shared_is_tier_none_with_score_zero():
    ground = find_common_ground(person(skills=["Rust"]), person(skills=["Cobol"]))
    assert (ground.tier, ground.score, ground.commonalities) == ("none", 0.0, [])


def test_empty_profiles_share_nothing():
    assert find_common_ground(Profile(), Profile()).commonalities == []


def test_rarity_index_add_and_remove_are_inverse():
    a, b = person(skills=["Rust"], location="Brooklyn, NY"), person(skills=["Go"])
    index = RarityIndex.from_profiles([a, b])
    before = (dict(index.counts), index.size)
    extra = person(skills=["Rust", "Zig"])
    index.add(extra)
    assert index.count("skill:rust") == 2 and index.size == 3
    index.remove(extra)
    assert (dict(index.counts), index.size) == before


def test_rarity_prior_knows_what_is_common_everywhere():
    index = RarityIndex()
    assert index.rarity("language:en") < index.rarity("language:eo")
    assert index.rarity("skill:microsoft-office") < index.rarity("skill:rust")
    assert index.rarity("place:metro:london") < index.rarity("place:city:2653941")  # London vs Cambridge


# ------------------------------------------------------------------ real pages: one person, two views

PEOPLE_2024 = ["abgar", "eduardo", "srilalitha"]
TIER_RANK = {"none": 0, "small-world": 1, "coincidence": 2, "twins": 3}


@pytest.fixture(scope="module")
def two_views():
    parsers = pytest.importorskip("companion.parsers")
    if not hasattr(parsers, "parse_profile"):
        pytest.skip("the page parsers are not there yet")
    views = {}
    for who in PEOPLE_2024:
        url = f"https://www.linkedin.com/in/{who}/"
        views[who] = (parsers.parse_profile(real_page(f"linkedin/guest_2024-04_{who}.html"), url),
                      parsers.parse_profile(real_page(f"linkedin/loggedin_2024-07_{who}.html"), url))
    return views


@pytest.mark.parametrize("who", PEOPLE_2024)
def test_a_guest_view_matches_its_own_logged_in_view_best(two_views, who):
    guest, _ = two_views[who]
    grounds = {other: find_common_ground(guest, two_views[other][1]) for other in PEOPLE_2024}
    own = grounds.pop(who)
    assert own.tier != "none"
    for other in grounds.values():
        assert own.score > other.score
        assert TIER_RANK[own.tier] > TIER_RANK[other.tier]


@pytest.mark.parametrize("who", ["abgar", "eduardo"])
def test_a_rich_guest_view_and_logged_in_view_are_at_least_a_coincidence(two_views, who):
    guest, loggedin = two_views[who]
    assert TIER_RANK[find_common_ground(guest, loggedin).tier] >= TIER_RANK["coincidence"]


def test_interests_outside_the_lexicon_match_exactly_and_read_as_followed_pages():
    found = shared(person(interests=["Simon Sinek"]), person(interests=["simon sinek"]), "interest")
    assert [c.why for c in found] == ["You both follow Simon Sinek."]
    assert shared(person(interests=["Simon Sinek"]), person(interests=["Simon Cowell"]), "interest") == []


def test_same_programme_at_the_same_school_is_closer_than_the_same_school():
    me = person(education=[{"school": "MIT", "field": "Computer Science"}])
    same = shared(me, person(education=[{"school": "MIT", "field": "computer science"}]), "school")[0]
    other = shared(me, person(education=[{"school": "MIT", "field": "Architecture"}]), "school")[0]
    assert same.weight > other.weight
    assert "Computer Science" in same.why and "Architecture" not in other.why


# ------------------------------------------------------------------ families: one network, named at its closest


def test_a_business_school_and_its_university_share_the_university_in_both_words():
    c = shared(person(education=[{"school": "Stanford GSB"}]), person(education=[{"school": "Stanford"}]), "school")[0]
    assert (c.label, c.mine, c.theirs) == ("Stanford University", "Stanford GSB", "Stanford")
    assert c.why.startswith("You both studied at Stanford University (Stanford Graduate School of Business")


def test_the_same_business_school_is_closer_than_two_schools_of_one_university():
    gsb = person(education=[{"school": "Stanford Graduate School of Business"}])
    same = shared(gsb, gsb, "school")[0]
    family = shared(gsb, person(education=[{"school": "Stanford Law School"}]), "school")[0]
    assert same.label == "Stanford Graduate School of Business" and family.label == "Stanford University"
    assert same.weight > family.weight


def test_one_universitys_schools_at_the_same_time_are_noticed():
    me = person(education=[{"school": "Harvard Business School", "start": "2014", "end": "2016"}])
    them = person(education=[{"school": "Harvard Kennedy School", "start": "2015", "end": "2017"}])
    c = shared(me, them, "school")[0]
    assert c.label == "Harvard University" and "2015–2016" in c.why
    apart = person(education=[{"school": "Harvard Kennedy School", "start": "1990", "end": "1992"}])
    assert c.weight > shared(me, apart, "school")[0].weight


def test_a_chapter_and_its_organisation_share_the_organisation():
    c = shared(person(volunteering=[{"organization": "Code for America Brigade"}]),
               person(volunteering=[{"organization": "Code for America"}]), "group")[0]
    assert c.label == "Code for America" and c.why.startswith("You have both volunteered with Code for America")


def test_a_skill_of_a_family_shares_the_family_more_weakly_than_the_skill_itself():
    kotlin = person(skills=["Kotlin"])
    family = shared(person(skills=["Kotlin Multiplatform"]), kotlin, "skill")[0]
    assert family.label == "Kotlin" and family.weight < shared(kotlin, kotlin, "skill")[0].weight


def test_accents_and_their_absence_are_one_name():
    pairs = [({"education": [{"school": "Universität Zürich"}]}, {"education": [{"school": "Universitat Zurich"}]}),
             ({"location": "São Paulo, Brazil"}, {"location": "Sao Paulo"}),
             ({"experience": [{"company": "Nestlé"}]}, {"experience": [{"company": "NESTLE S.A."}]}),
             ({"volunteering": [{"organization": "Médecins Sans Frontières"}]},
              {"volunteering": [{"organization": "Medecins sans Frontieres"}]}),
             ({"about": "Je joue au fútbol."}, {"about": "Futbol on Sundays."})]
    for mine, theirs in pairs:
        assert shared(person(**mine), person(**theirs)), (mine, theirs)


# ------------------------------------------------------------------ tiers count only what is telling


def test_english_and_python_are_shown_but_not_counted():
    langs_and_skills = {"languages": ["English"], "skills": ["Python"]}
    me = person(**langs_and_skills, interests=["Beekeeping"], education=[{"school": "Massachusetts Institute of Technology"}],
                experience=[{"company": "Stripe"}], location="Lisbon, Portugal")
    them = person(**langs_and_skills, interests=["Beekeeping"], education=[{"school": "Massachusetts Institute of Technology"}],
                  experience=[{"company": "Stripe"}], location="Porto, Portugal")
    ground = find_common_ground(me, them)
    shown = {c.label: is_counted(c) for c in ground.commonalities}
    assert shown["English"] is False and shown["Python"] is False
    assert shown["beekeeping"] and shown["Massachusetts Institute of Technology"] and shown["Stripe"]
    assert not shown.get("Portugal", False)  # the country you both live in is where you live
    assert counted(ground) == 3 and ground.tier == "small-world"
    assert [c.label for c in ground.commonalities][-1] in ("English", "Python", "Portugal")


def test_six_things_with_english_and_python_among_them_are_not_a_coincidence():
    me = person(languages=["English"], skills=["Python", "Rust", "Zig"], interests=["Beekeeping", "Sailing"])
    ground = find_common_ground(me, me)
    assert len(ground.commonalities) == 6 and counted(ground) == 4 and ground.tier == "coincidence"
    fewer = person(languages=["English"], skills=["Python", "Rust"], interests=["Beekeeping"])
    assert find_common_ground(fewer, fewer).tier == "small-world"


def test_a_language_everyone_around_you_speaks_is_not_counted():
    me = person(location="Stockholm, Sweden", languages=["Swedish", "Esperanto"])
    them = person(location="Gothenburg, Sweden", languages=["Svenska", "Esperanto"])
    found = {c.label: c for c in shared(me, them, "language")}
    assert not is_counted(found["Swedish"]) and "where you live" in found["Swedish"].why
    assert is_counted(found["Esperanto"])
    abroad = person(location="Brooklyn, NY", languages=["Swedish"])
    assert is_counted(shared(abroad, person(languages=["Swedish"]), "language")[0])


def test_what_most_of_your_contacts_share_is_not_counted_but_a_rare_thing_is():
    me = person(skills=["Elixir", "Zig"])
    contacts = [person(skills=["Elixir"]) for _ in range(60)] + [person(skills=["Go"]) for _ in range(140)]
    index = RarityIndex.from_profiles(contacts)
    found = {c.label: c for c in shared(me, me, "skill", index)}
    assert not is_counted(found["Elixir"]) and "30% of your contacts" in found["Elixir"].why
    assert is_counted(found["Zig"])


def test_a_language_most_of_your_contacts_speak_is_shown_but_not_counted():
    me = person(location="Toronto, Canada", languages=["Portuguese", "Tagalog"])
    contacts = [person(languages=["Português"]) for _ in range(30)] + [person(languages=["French"]) for _ in range(20)]
    index = RarityIndex.from_profiles(contacts)
    ground = find_common_ground(me, person(languages=["Portuguese", "Filipino"]), index)
    found = {c.label: c for c in ground.commonalities}
    assert set(found) == {"Portuguese", "Filipino"}
    # Of 50 contacts the count itself, not a percentage (newcomer 10, P2: '35%' after a few visits).
    assert not is_counted(found["Portuguese"]) and "30 of your 50 contacts share it" in found["Portuguese"].why
    assert is_counted(found["Filipino"]) and counted(ground) == 1 and ground.tier == "none"


def test_a_handful_of_contacts_is_too_few_to_call_something_common():
    me = person(interests=["Beekeeping"], languages=["Esperanto"])
    index = RarityIndex.from_profiles([me, me, me, person()])
    assert all(is_counted(c) for c in shared(me, me, rarity=index))


def test_colleagues_at_the_same_time_count_even_where_many_contacts_worked_there():
    me = person(experience=[{"company": "Google", "start": "2018", "end": "2021"}])
    contacts = [person(experience=[{"company": "Google", "start": "2010", "end": "2012"}]) for _ in range(50)]
    index = RarityIndex.from_profiles(contacts + [person() for _ in range(50)])
    together = person(experience=[{"company": "Google", "start": "2019", "end": "2020"}])
    apart = person(experience=[{"company": "Google", "start": "2005", "end": "2007"}])
    assert is_counted(shared(me, together, "employer", index)[0])
    assert not is_counted(shared(me, apart, "employer", index)[0])


def test_the_headline_counts_what_the_tier_counts():
    from companion.cli.ground_commands import headline
    from companion.models import Commonality, CommonGround

    def item(label, counted):
        return Commonality(kind="skill", label=label, weight=0.5, mine=label, theirs=label, counted=counted)

    ground = CommonGround(tier="small-world", commonalities=[item("Rust", True), item("Go", True),
                                                             item("English", False), item("Python", False)])
    assert headline(ground) == "Small world. 2 things in common"  # the extension's words


def test_a_topic_in_two_headlines_is_not_called_writing():
    # Seen on the panel: "You both write about web development" when only the two headlines said so.
    me = Profile(name="Me", headline="Frontend developer and teacher")
    them = Profile(name="Eduardo", headline="Tech Education Lead, Frontend Dev at Novare Potential")
    topics = [c for c in find_common_ground(me, them).commonalities if c.kind == "topic"]
    assert topics, "the shared topic is still found"
    assert all("write" not in (c.why or "") for c in topics), [c.why for c in topics]


def test_a_subject_both_write_about_is_shared_though_its_words_are_shared_apart():
    # Persian (a language) and NLP (a skill) are each shared, but neither says 'Persian NLP'.
    me = person(languages=["Persian"], skills=["NLP"], about="Backend developer. I write about Persian NLP.")
    them = person(languages=["Farsi"], skills=["NLP"], about="NLP engineer in Istanbul. I write about Persian NLP.")
    topics = shared(me, them, "topic")
    assert [(c.mine, c.theirs) for c in topics] == [("Persian NLP", "Persian NLP")]


def test_a_subject_quoted_on_one_side_of_another_topic_is_still_its_own():
    # A lexicon topic quoting one side's sentence ('Escribo sobre arquitectura frontend') and the other's headline
    # does not say that both write about frontend architecture.
    me = person(headline="Tech Lead en Globant", about="Escribo sobre arquitectura frontend.")
    them = person(headline="Frontend Engineer en Globant España",
                  about="Escribo sobre accesibilidad web y arquitectura frontend.")
    assert any(c.mine == c.theirs == "arquitectura frontend" for c in shared(me, them, "topic"))


def test_a_hobby_found_is_not_said_again_as_a_topic():
    me = person(about="Weekends you'll find me rock climbing in the Peak District.")
    them = person(about="Most Saturdays I go rock climbing with friends.")
    assert not shared(me, them, "topic"), shared(me, them, "topic")
    assert shared(me, them, "interest")


def test_of_a_few_dozen_contacts_the_count_is_said_not_a_percentage():
    """Newcomer 10, P2: '35% of your other contacts share it' after a handful of visits is a statistic out of very
    little; below PERCENT_FROM_CONTACTS the sentence gives the count, with the verb agreeing."""
    from companion.ground.common_ground import PERCENT_FROM_CONTACTS

    me = person(skills=["Elixir", "Zig"])
    few = [person(skills=["Elixir"]) for _ in range(7)] + [person(skills=["Go"]) for _ in range(13)]
    found = {c.label: c for c in shared(me, me, "skill", RarityIndex.from_profiles(few))}
    assert "7 of your 20 contacts share it" in found["Elixir"].why and "%" not in found["Elixir"].why
    one = [person(skills=["Zig"])] + [person(skills=["Go"]) for _ in range(19)]
    assert "1 of your 20 contacts shares it" in {c.label: c for c in shared(me, me, "skill",
                                                                            RarityIndex.from_profiles(one))}["Zig"].why
    many = [person(skills=["Elixir"]) for _ in range(35)] + [person(skills=["Go"]) for _ in range(PERCENT_FROM_CONTACTS - 35)]
    assert "35% of your contacts" in {c.label: c for c in shared(me, me, "skill",
                                                                 RarityIndex.from_profiles(many))}["Elixir"].why
