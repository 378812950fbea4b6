"""Conversation starters, round 16 (issue 18, review set 26): a shared hobby that their about says they coach or teach
for a living (a running group, a climbing course, a kitchen), a school they say did not form them ('I really learned in
my grandmother's kitchen'), and 'you're still there: what has changed most?' from who left there under five years ago.
Each class with its true case and its near-misses (made-up people)."""

from starter_examples import job, person, sender, texts

from companion.ground.person_reading import is_their_profession, plays_down_school
from companion.models import Profile

# ---------------------------------------------------------------- a shared hobby that is the work they do

RUNNING_ANALYST = sender(headline="Pricing analyst at Cargolux", location="Valencia, Spain", languages=["Spanish"],
                         experience=[job("Cargolux", "Pricing analyst", "2020-02")], interests=["Running", "Chess"])


def _hobby_starters(me: Profile, them: Profile, word: str) -> list[str]:
    return [t for t in texts(me, them) if word in t.lower()]


def _physio(about: str, headline: str = "Fisioterapeuta deportiva | Lesiones de rodilla") -> Profile:
    return person(name="Lucía Serrano", headline=headline, location="Valencia, Spain", languages=["Spanish"],
                  about=about, interests=["Running", "Montaña"],
                  experience=[job("Clínica Turia", "Fisioterapeuta", "2018-04")])


def test_no_shared_hobby_starter_when_their_about_says_they_coach_it():
    coaches = _physio("Fisioterapeuta en Valencia. Entreno a un club de running los jueves junto al río.")
    assert not _hobby_starters(RUNNING_ANALYST, coaches, "running")
    # The same page without the coaching sentence is asked about the hobby: the rule is the sentence.
    runs = _physio("Fisioterapeuta en Valencia. Trato sobre todo rodillas y tobillos.")
    assert _hobby_starters(RUNNING_ANALYST, runs, "running")


def test_the_hobby_is_their_work_across_trades_and_languages():
    cases = [
        ("Marathon coach at Stride Lab", "", "Running"),
        ("Entrenadora de atletismo", "", "Correr"),
        ("Head chef, Casa Lumbre", "", "Cooking"),
        ("Cuisinière et cheffe à domicile", "", "Cuisine"),
        ("Bergführerin | Hochtouren", "", "Klettern"),
        ("Violinist, Porto Symphony Orchestra", "", "Classical music"),
        ("Dirigentin, Kammerchor Leipzig", "", "Chor"),
        ("Entraîneur d'athlétisme", "", "Course à pied"),
        ("Moniteur d'escalade", "", "Escalade"),
        ("Fotógrafa de casamentos", "", "Fotografia"),
        ("Product designer", "Product designer in Oslo. I also teach bouldering at Klatreverket on Mondays.",
         "Bouldering"),
    ]
    for headline, about, hobby in cases:
        them = Profile.model_validate({"name": "Dana Okafor", "headline": headline, "about": about,
                                       "interests": [hobby]})
        assert is_their_profession(them, hobby), (headline, hobby)


def test_a_near_miss_keeps_the_hobby_a_pastime():
    near_misses = [
        ("Software engineer at Klarna", "Software engineer. I run most mornings before stand-up.", "Running"),
        ("Agile coach", "I'm an agile coach, and I run marathons when I can.", "Running"),
        ("Agile coach | Scrum", "I coach product teams in Lisbon.", "Running"),
        ("Chef de projet digital", "", "Cuisine"),
        ("Dirigente scolastico, Liceo Galilei", "", "Musica"),
        ("Data engineer", "Data engineer. I train for trail races most weekends.", "Running"),
        ("Data engineer", "Data engineer. At weekends I teach climbing to kids at our local club.", "Climbing"),
    ]
    for headline, about, hobby in near_misses:
        them = Profile.model_validate({"name": "Dana Okafor", "headline": headline, "about": about,
                                       "interests": [hobby]})
        assert not is_their_profession(them, hobby), (headline, about, hobby)


def test_an_agile_coach_who_runs_still_gets_the_hobby_starter():
    them = person(name="Lucía Serrano", headline="Agile coach | Scrum", location="Valencia, Spain",
                  languages=["Spanish"], about="Ayudo a equipos a entregar mejor. Corro por el Turia casi a diario.",
                  interests=["Running"], experience=[job("Everis", "Agile coach", "2019-01")])
    assert _hobby_starters(RUNNING_ANALYST, them, "running")


# ---------------------------------------------------------------- a school they say did not form them

COOK_SENDER = sender(headline="Chef at Mesa Norte", location="Lima, Peru", languages=["Spanish"],
                     experience=[job("Mesa Norte", "Chef", "2017-05")],
                     education=[{"school": "Instituto de los Andes", "degree": "Diploma", "field": "Cocina",
                                 "start": "2012", "end": "2014"}])


def _cook(about: str) -> Profile:
    return person(name="Rosa Quispe", headline="Chef de cocina en Tambo Verde", location="Cusco, Peru",
                  languages=["Spanish"], about=about, experience=[job("Tambo Verde", "Chef de cocina", "2019-02")],
                  education=[{"school": "Instituto de los Andes", "degree": "Diploma", "field": "Cocina",
                              "start": "2006", "end": "2008"}])


def test_no_school_nostalgia_when_their_about_plays_the_school_down():
    downplayed = _cook("Cocino con lo que trae el mercado. Estudié en el Instituto de los Andes, pero aprendí de verdad "
                       "en el puesto de mi tía en San Pedro.")
    assert not [t for t in texts(COOK_SENDER, downplayed) if "Instituto de los Andes" in t]
    kept = _cook("Cocino con lo que trae el mercado. Estudié en el Instituto de los Andes.")
    assert [t for t in texts(COOK_SENDER, kept) if "Instituto de los Andes" in t]


def test_plays_down_school_in_other_languages_and_its_near_misses():
    def about(text: str) -> Profile:
        return Profile.model_validate({"name": "Dana Okafor", "about": text})

    school = "Ecole Ferrandi"
    assert plays_down_school(about("I went to Ecole Ferrandi, but I really learned on the line at a Lyon bouchon."),
                             school)
    assert plays_down_school(about("Diplômée de l'Ecole Ferrandi. J'ai vraiment appris chez ma grand-mère."), school)
    assert plays_down_school(about("What taught me was a decade of night shifts in Marseille."), school)
    # Near-misses: the school is what taught them, or the learning was their studies there.
    assert not plays_down_school(about("At Ecole Ferrandi I really learned how to run a pass."), school)
    assert not plays_down_school(about("The real school was Ecole Ferrandi, and its night classes."), school)
    assert not plays_down_school(about("I really learned to love sauces during my degree."), school)
    assert not plays_down_school(about("I studied at Ecole Ferrandi and loved every year of it."), school)
    assert not plays_down_school(about("I really learned a lot there."), school)
    assert not plays_down_school(about("I really learned from my professors, who were chefs themselves."), school)
    assert plays_down_school(about("I really learned from the fishermen of Sète."), school)


def test_an_and_inside_the_schools_name_is_no_contrast():
    lse = "London School of Economics and Political Science"
    about = "At the London School of Economics and Political Science I really learned to argue with data."
    assert not plays_down_school(Profile.model_validate({"name": "Dana Okafor", "about": about}), lse)
    about = "I studied at the London School of Economics and Political Science, but really learned in Lagos markets."
    assert plays_down_school(Profile.model_validate({"name": "Dana Okafor", "about": about}), lse)


# ---------------------------------------------------------------- 'you're still there' from who left lately

def _glaciologist() -> Profile:
    return person(name="Ingrid Holm", headline="Professor of Hydrology", location="Bergen, Norway",
                  languages=["English"], experience=[job("University of Bergen", "Professor of Hydrology", "2010-01")])


def _former_assistant(left: str) -> Profile:
    return sender(headline="Postdoc at EPFL", location="Lausanne, Switzerland", languages=["English"],
                  experience=[job("EPFL", "Postdoctoral researcher", left),
                              job("University of Bergen", "Research assistant", "2015-01", left)])


def test_no_what_has_changed_from_who_left_under_five_years_ago():
    assert not [t for t in texts(_former_assistant("2023-06"), _glaciologist()) if "still there" in t]
    # Six years on, what has changed is a real question (sent by reviewers before).
    assert [t for t in texts(_former_assistant("2020-09"), _glaciologist()) if "still there" in t]


# ---------------------------------------------------------------- 'those years' of a short stint

def _wealthsimple_pair(their_end: str) -> tuple[Profile, Profile]:
    me = sender(name="Priya Nair", headline="Product manager at Wealthsimple", location="Toronto, Canada",
                languages=["English"], experience=[job("Wealthsimple", "Product manager", "2022-01")])
    them = person(name="Amir Haddad", headline="Software developer at Shopify | Payments Platform team",
                  location="Toronto, Canada", languages=["English"],
                  experience=[job("Shopify", "Software developer", "2025-09"),
                              job("Wealthsimple", "Software developer, Payments Platform team", "2023-05", their_end)])
    return me, them


def test_no_those_years_question_about_a_stint_under_a_year():
    # A four-month co-op there is no 'years' (review set 28: judged unsupported).
    me, them = _wealthsimple_pair("2023-08")
    assert not any("remember best from those years" in t for t in texts(me, them))
    # The same shared time over two years is asked about.
    me, them = _wealthsimple_pair("2025-06")
    assert any("Wealthsimple" in t and "remember best from those years" in t for t in texts(me, them))


def test_a_sponsored_swim_is_a_pastime_done_for_a_cause_and_sponsored_by_is_not():
    from companion.ground.starters import _FOR_A_CAUSE
    assert _FOR_A_CAUSE.search("Did a sponsored swim for the RNLI on Saturday")
    assert not _FOR_A_CAUSE.search("Race day, sponsored by our local bike shop")
