"""Mend 36: review set 37's refusals as classes (a family name's capitals copied, a practice 'worked with', an offer
of introductions to a light ask, a talk's 'we' in the sender's mouth, a stranger's congratulation on joining the
sender's own organisation), and a silence where two strangers at one large employer would write."""

from __future__ import annotations

from datetime import UTC, datetime

from companion.ground.common_ground import find_common_ground
from companion.ground.names import name_to_greet
from companion.ground.starters import _a_practice, _talk_said, protective_reason, suggest_starters
from companion.models import Profile

NOW = datetime(2026, 12, 6, tzinfo=UTC)


def _p(**fields) -> Profile:
    return Profile.model_validate(fields)


def _texts(me: Profile, them: Profile) -> list[str]:
    return [s.text for s in suggest_starters(me, them, find_common_ground(me, them, None), now=NOW)]


# ---------------------------------------------------------------- a family name in capitals


def test_a_two_letter_family_name_in_capitals_is_greeted_as_a_letter_writes_it():
    assert name_to_greet(_p(name="LI Wei")) == "Li Wei"
    assert name_to_greet(_p(name="Wei LI")) == "Wei Li"
    assert name_to_greet(_p(name="JJ Abrams")) == "JJ"  # an initialism stays


def test_the_capitals_never_reach_a_starter():
    me = _p(name="Anika Sharma", location="Norwich, UK", experience=[
        {"company": "The Sainsbury Laboratory", "title": "Postdoctoral Scientist", "start": "2024-01"}])
    them = _p(name="WU Fang", location="Beijing, China", headline="Associate Professor, plant-microbe interactions",
              experience=[{"company": "Chinese Academy of Agricultural Sciences", "title": "Associate Professor",
                           "start": "2020-09"},
                          {"company": "The Sainsbury Laboratory", "title": "Postdoctoral Scientist",
                           "start": "2015-03", "end": "2020-08"}])
    found = _texts(me, them)
    assert found and not any("WU" in t for t in found), found


# ---------------------------------------------------------------- a practice is not 'worked with'


def test_a_practice_in_everyday_words_is_no_tool():
    assert _a_practice("stakeholder engagement")
    assert _a_practice("gestión de proyectos")
    assert not _a_practice("R")
    assert not _a_practice("Kotlin")
    assert not _a_practice("Google Analytics")
    assert not _a_practice("Power BI")


def _peers(skill: str) -> tuple[Profile, Profile]:
    me = _p(name="Thandi Nkosi", location="Johannesburg, South Africa", headline="Programme Manager, clinic network",
            skills=["programme management", skill], languages=["English", "isiZulu"],
            experience=[{"company": "Ubuntu Clinics", "title": "Programme Manager", "start": "2020-01"}])
    them = _p(name="Pieter van Wyk", location="Cape Town, South Africa", headline="Head of Strategy | public health",
              skills=["strategy", "Excel", skill], languages=["Afrikaans", "English"],
              experience=[{"company": "Karoo Health Trust", "title": "Head of Strategy", "start": "2025-07"}])
    return me, them


def test_no_worked_with_line_on_a_shared_practice():
    found = _texts(*_peers("stakeholder engagement"))
    assert not any("worked with stakeholder engagement" in t for t in found), found


def test_a_shared_tool_is_still_worked_with():
    found = _texts(*_peers("Tableau"))
    assert any("worked with Tableau too" in t for t in found), found


# ---------------------------------------------------------------- no English line to a page in a language you write


def test_no_english_peer_line_to_a_page_in_their_language_the_sender_writes():
    me = _p(name="Elisabeth Hofer", location="Vienna, Austria", headline="Senior Statistician, Statistics Austria",
            languages=["German", "English", "Hungarian"], skills=["R", "survey methodology"])
    them = _p(name="Nagy Eszter", location="Budapest, Magyarország", headline="Vezető statisztikus | KSH",
              languages=["magyar", "angol"], skills=["R", "SAS"],
              about="Munkaerőpiaci statisztikákkal foglalkozom, különösen a kis területi becslésekkel.")
    found = _texts(me, them)
    assert not any("worked with R too" in t for t in found), found


def test_the_english_peer_line_stays_when_the_sender_does_not_write_their_language():
    me = _p(name="Elisabeth Hofer", location="Vienna, Austria", headline="Senior Statistician, Statistics Austria",
            languages=["German", "English"], skills=["R", "survey methodology"])
    them = _p(name="Nagy Eszter", location="Budapest, Magyarország", headline="Vezető statisztikus | KSH",
              languages=["magyar", "angol"], skills=["R", "SAS"],
              about="Munkaerőpiaci statisztikákkal foglalkozom, különösen a kis területi becslésekkel.")
    found = _texts(me, them)
    assert any("worked with R too" in t for t in found), found


# ---------------------------------------------------------------- a light ask gets no introductions


def _newcomer(post: str) -> tuple[Profile, Profile]:
    me = _p(name="Julien Tremblay", location="Montréal, Canada", headline="Co-founder, Montréal Tech Connect | community builder",
            experience=[{"company": "Montréal Tech Connect", "title": "Co-founder", "start": "2018-06"}])
    them = _p(name="Fatima Benali", location="Montréal, Canada", headline="Senior Data Analyst | retail analytics",
              experience=[{"company": "Decathlon Canada", "title": "Senior Data Analyst", "start": "2026-11"}],
              posts=[{"text": post, "date": "2026-11-30"}])
    return me, them


def test_tips_asked_beside_a_job_told_get_no_offer_of_introductions():
    found = _texts(*_newcomer("New chapter! We landed in Montréal last month. First snow, first job at Decathlon "
                              "Canada. Any tips for surviving the winter in the tech community?"))
    assert not any("introduce you" in t for t in found), found


def test_people_asked_in_a_question_still_get_the_offer():
    found = _texts(*_newcomer("New in Montréal. Any tips for meeting the tech community? Does anyone know someone "
                              "who runs a data meetup here?"))
    assert any("introduce you" in t for t in found), found


# ---------------------------------------------------------------- their talk's 'we'


def test_a_talk_subject_in_the_speakers_voice_is_left_out():
    assert _talk_said("Spoke at FWD50 on how we use plain language in tax notices.", "en") == "you spoke at FWD50"
    assert _talk_said("Gave a talk at Open Data Day on how our team publishes budgets.", "en") == "you spoke at Open Data Day"


def test_a_clause_cut_before_its_end_is_left_out_and_a_whole_subject_kept():
    assert _talk_said("Spoke at EuroSciPy on how to test notebooks.", "en") == "you spoke at EuroSciPy"
    assert _talk_said("Gave a talk at PyData Leeds on calibrating fraud scores.", "en") == (
        "you spoke at PyData Leeds on calibrating fraud scores")


# ---------------------------------------------------------------- joining the sender's own organisation


def _joining(lang_fields: dict, my_job: str) -> tuple[Profile, Profile]:
    me = _p(name="Ingrid Solberg", location="Bergen, Norway", headline="Group Leader, Marine Microbiology",
            experience=[{"company": my_job, "title": "Professor and Group Leader", "start": "2014-08"}], **lang_fields)
    them = _p(name="Paula Andrade", location="Aveiro, Portugal", headline="PhD candidate, marine microbiology",
              experience=[{"company": "University of Bergen", "title": "Postdoctoral Fellow", "start": "2027-01"},
                          {"company": "Universidade de Aveiro", "title": "PhD candidate", "start": "2022-10"}],
              **lang_fields)
    return me, them


def test_joining_the_senders_organisation_is_welcomed_not_congratulated_by_a_stranger():
    found = _texts(*_joining({}, "University of Bergen"))
    assert not any("congratulations on your new role" in t for t in found), found
    assert any("joining us at the University of Bergen in January, welcome" in t for t in found), found


def test_joining_elsewhere_is_still_congratulated():
    found = _texts(*_joining({}, "Institute of Marine Research"))
    assert any("congratulations on your new role at the University of Bergen" in t for t in found), found


def test_joining_the_senders_organisation_in_spanish_is_welcomed_not_congratulated():
    # (Spanish had no welcome until mend 52, and was given nothing then.)
    me, them = _joining({"languages": ["Español"]}, "University of Bergen")
    me = me.model_copy(update={"location": "Madrid, España"})
    them = them.model_copy(update={"location": "Sevilla, España", "about": "Estudio microbios marinos en Aveiro."})
    found = _texts(me, them)
    assert not any("enhorabuena" in t for t in found), found
    assert any("University of Bergen" in t and "bienvenida" in t for t in found), found


# ---------------------------------------------------------------- strangers at one large employer


def _siemens(their_location: str, their_headline: str = "Supplier Quality Engineer") -> tuple[Profile, Profile]:
    me = _p(name="Sabine Krüger", location="Erlangen, Germany", headline="Procurement Manager",
            experience=[{"company": "Siemens Healthineers", "title": "Procurement Manager", "start": "2016-01"}])
    them = _p(name="Monika Zielińska", location=their_location, headline=their_headline,
              experience=[{"company": "Siemens Healthineers", "title": "Supplier Quality Engineer", "start": "2019-03"}])
    return me, them


def test_two_at_a_large_employer_in_two_countries_say_they_are_both_there():
    found = _texts(*_siemens("Kraków, Poland"))
    assert any("we're both at Siemens Healthineers now" in t for t in found), found


def test_two_at_a_large_employer_in_one_country_may_know_each_other_and_get_no_such_line():
    found = _texts(*_siemens("Munich, Germany"))
    assert not any("both at Siemens Healthineers now" in t for t in found), found


def test_their_team_named_gets_no_which_team_question():
    me, them = _siemens("Kraków, Poland")
    them = _p(**them.model_dump(exclude={"experience"}), experience=[
        {"company": "Siemens Healthineers", "title": "Supplier Quality Engineer, MR magnets team", "start": "2019-03"}])
    found = _texts(me, them)
    assert not any("Which team" in t for t in found), found


def test_a_grieving_colleague_abroad_is_still_protected():
    me, them = _siemens("Kraków, Poland")
    them = _p(**them.model_dump(exclude={"posts"}), posts=[
        {"text": "My father passed away last week. Taking some time off.", "date": "2026-12-01"}])
    assert protective_reason(me, them, now=NOW)
    assert _texts(me, them) == []


# ---------------------------------------------------------------- posts read as nothing


def test_a_safety_record_is_no_harm_told():
    from companion.ground.post_reading import tells_loss_or_harm

    assert not tells_loss_or_harm("Handed over the new depot today. 14 months, zero lost-time injuries.")
    assert not tells_loss_or_harm("Terminamos la obra sin ningún accidente en 18 meses.")
    assert tells_loss_or_harm("Two workers were injured in an accident on site today.")
    assert tells_loss_or_harm("No injuries, thankfully, but the fire destroyed our warehouse.")


def test_an_audience_thanked_for_coming_to_their_talk_tells_a_talk():
    from companion.ground.post_reading import post_kind

    assert post_kind("Thanks to everyone who came to our talk at GeoPython in Basel. Slides on request.") == "talk"
    assert post_kind("Thanks to everyone who came to my workshop dinner last night!") != "talk"


def test_their_talk_thanked_for_gets_a_starter():
    me = _p(name="Ana Ruiz", location="Madrid, Spain", headline="Geospatial data engineer")
    them = _p(name="Jonas Keller", location="Zürich, Switzerland", headline="GIS developer",
              posts=[{"text": "Thanks to everyone who came to our talk at GeoPython in Basel. Slides on request.",
                      "date": "2026-12-02"}])
    found = _texts(me, them)
    assert any("you spoke at GeoPython" in t for t in found), found


# ---------------------------------------------------------------- a tool the skills table does not know


def test_a_product_shaped_name_is_a_tool():
    from companion.ground.starters import _product_shaped

    assert all(_product_shaped(w) for w in ("OpenSCAD", "ROS 2", "MATLAB/Simulink", "Max/MSP"))
    assert not any(_product_shaped(w) for w in ("GovTech", "Industry 4.0", "Web 3", "S&OP", "Design systems"))


def test_a_shared_tool_the_table_does_not_know_gets_the_peer_line():
    me = _p(name="Lena Vogt", location="Leeds, UK", headline="Robotics engineer, warehouse automation",
            skills=["ROS 2", "C++"])
    them = _p(name="Tom Hale", location="Bristol, UK", headline="Field robotics researcher", skills=["ROS 2", "SLAM"])
    found = _texts(me, them)
    assert any("worked with ROS 2 too" in t for t in found), found


def test_a_headline_saying_more_than_the_job_gets_no_which_team_question():
    found = _texts(*_siemens("Kraków, Poland", "Supplier Quality Engineer at Siemens Healthineers | CT detectors | ISO 13485"))
    assert not any("Which team" in t for t in found), found


def test_a_headline_naming_only_the_employer_beside_the_title_still_gets_it():
    found = _texts(*_siemens("Kraków, Poland", "Supplier Quality Engineer | Siemens Healthineers"))
    assert any("we're both at Siemens Healthineers now" in t for t in found), found


def test_an_english_page_abroad_still_gets_the_english_peer_line():
    # Their page lists its languages in English: it is written in English, and the English line was sent (review set 12).
    me = _p(name="Rui Costa", location="Porto, Portugal", headline="Backend developer | Elixir",
            languages=["Portuguese", "English"], skills=["Elixir"])
    them = _p(name="Camila Souza", location="São Paulo, Brazil", headline="Staff Engineer | Elixir, payments",
              languages=["Portuguese (native)", "English (fluent)"], skills=["Elixir"],
              about="I keep the boring parts of a bank running. Elixir since 2016.")
    found = _texts(me, them)
    assert any("worked with Elixir too" in t for t in found), found


def test_joining_the_senders_organisation_is_welcomed_in_french():
    me = _p(name="Claire Martin", location="Lyon, France", headline="Directrice grands comptes chez Sanofi",
            languages=["Français", "Anglais"],
            experience=[{"company": "Sanofi", "title": "Directrice grands comptes", "start": "2015-01"}])
    them = _p(name="Youssef Alami", location="Casablanca, Maroc", headline="Directeur commercial chez Pfizer Maroc",
              languages=["Français", "Arabe"], about="Quinze ans dans l'industrie pharmaceutique au Maroc.",
              experience=[{"company": "Sanofi", "title": "Directeur commercial", "start": "2027-01"},
                          {"company": "Pfizer Maroc", "title": "Directeur commercial", "start": "2015-01"}])
    found = _texts(me, them)
    assert not any("félicitations" in t for t in found), found
    assert any("vous nous rejoignez chez Sanofi en janvier, bienvenue" in t for t in found), found
