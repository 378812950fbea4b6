"""Conversation starters, mend round 20: a reviewer's findings on rounds 18–19, each with its case and near-misses
(made-up people)."""

from starter_examples import LEEDS_ANALYST, job, person, sender, texts

from companion.ground.names import name_to_greet
from companion.ground.person_reading import tells_of_a_death, works_at_school_now
from companion.ground.post_reading import post_kind
from companion.ground.starter_templates import TEMPLATES, with_articles
from companion.ground.starters import _NOT_A_WORK_DESCRIPTION, _SUBJECT_DEGREE, _TEAM_NOUN, describes_work
from companion.models import Profile

# ---------------------------------------------------------------- a talk only when one was given


def test_a_talk_is_asked_about_after_other_news_and_only_with_a_venue():
    # A new role or a launch in the same post is the news; 'speaking with someone' is no talk.
    assert post_kind("Excited to announce I've joined Kestrel Freight as Head of Ops! I had the pleasure of speaking "
                     "with the founders last month.") == "new-role"
    assert post_kind("I had the pleasure of speaking with Ana Ruiz yesterday about supply chains.") != "talk"
    assert post_kind("We launched our new route planner today! I had the privilege of presenting it to our "
                     "customers.") != "talk"
    # A talk still to come has had no audience to ask.
    assert post_kind("My talk at the Rotterdam Logistics Summit is next week!") != "talk"
    # Near-misses: the pleasure of speaking at a venue, or of giving a talk, is a talk given.
    assert post_kind("I had the pleasure of speaking at the Rotterdam Logistics Summit about rail freight.") == "talk"
    assert post_kind("Had the honour of giving a talk to the Delft logistics students on rail freight.") == "talk"
    assert post_kind("My talk at the Rotterdam Logistics Summit was a joy: so many questions about rail.") == "talk"


# ---------------------------------------------------------------- names: a credential, a rank, a family name first


def _greets(name: str) -> str | None:
    return name_to_greet(Profile(name=name))


def test_a_credential_after_a_name_is_no_name_to_greet():
    for name, greeted in (("Tan Wei Ming, PhD", "Wei Ming"), ("Li Wei, CFA", "Li Wei"), ("Chan Tai Man (CPA)", "Tai Man"),
                          ("Wong Ka Yan (HR)", "Ka Yan"), ("Ng Kai Ming (KM)", "Kai Ming"), ("Lee Min (PMP)", "Lee Min")):
        assert _greets(name) == greeted, name
    # Near-misses: a given name after a comma or in brackets is still the one to greet.
    for name, greeted in (("Smith, John", "John"), ("Chan Tai Man, Peter", "Peter"), ("Wong Ka Yan (Kayan)", "Kayan"),
                          ("Maria Lopez, MBA", "Maria")):
        assert _greets(name) == greeted, name


def test_every_rank_before_a_family_name_opens_without_a_name():
    for name in ("Adm Ito", "Brig Okafor", "Capt Okafor", "Col. Okafor", "Sgt Okafor", "Maj. Okafor"):
        assert _greets(name) is None, name
    # Near-miss: 'Maj' without its dot is a given name (Maj Sjöwall).
    assert _greets("Maj Sjöwall") == "Maj"


def test_a_family_name_written_first_is_never_greeted():
    for name, greeted in (("Kim Min-jun (Alex)", "Alex"), ("Park Ji-hoon (Jay)", "Jay"), ("Wong Ka-yan (Kayan)", "Kayan"),
                          ("Wong Ka Yan (she/her)", "Ka Yan"), ("Lee Joanna (Jo)", "Jo"), ("Lee Ji-woo (이지우)", "Ji-woo")):
        assert _greets(name) == greeted, name
    # Near-misses: a given name first keeps its nickname reading; pronouns beside a given name first change nothing.
    for name, greeted in (("Kittipong Chaiyawat (Golf)", "Kittipong"), ("Ana Ruiz (she/her)", "Ana"),
                          ("Elizabeth (Liz) Warren", "Liz"), ("Kayan Wong", "Kayan")):
        assert _greets(name) == greeted, name


# ---------------------------------------------------------------- on one big employer's staff now


def _nurse(experience: list[dict], **fields) -> Profile:
    return sender(headline="Nurse", location="Oakland, California", languages=["English"], experience=experience,
                  education=[{"school": "University of Sheffield", "degree": "BSc", "field": "Nursing",
                              "start": "2008", "end": "2012"}], interests=["Sailing"], **fields)


def _their_school_and_sailing(experience: list[dict]) -> Profile:
    return person(headline="Nurse", location="Oakland, California", languages=["English"], experience=experience,
                  education=[{"school": "University of Sheffield", "degree": "BSc", "field": "Nursing",
                              "start": "2002", "end": "2005"}], interests=["Sailing"])


def test_two_on_a_big_employers_staff_now_are_strangers_unless_one_heads_the_others_function():
    me = _nurse([job("Kaiser Permanente", "Registered Nurse", "2021-05")])
    colleague_elsewhere_in_it = _their_school_and_sailing([job("Kaiser Permanente", "Pharmacist", "2019-02")])
    assert any("Sheffield" in t or "sailing" in t.lower() for t in texts(me, colleague_elsewhere_in_it))
    # Near-miss: the head of the sender's own function knows their team (review set 29, u2915): no stranger's opener.
    seller = sender(headline="SDR", location="Singapore", languages=["English"],
                    experience=[job("Kestrel Cloud", "Sales Development Representative", "2025-08")],
                    education=[{"school": "University of Sheffield", "degree": "BA", "field": "Economics",
                                "start": "2019", "end": "2022"}], interests=["Sailing"])
    their_vp = person(headline="VP Sales", location="Singapore", languages=["English"],
                      experience=[job("Kestrel Cloud", "VP Sales, APAC", "2026-11")],
                      education=[{"school": "University of Sheffield", "degree": "BA", "field": "History",
                                  "start": "2002", "end": "2005"}], interests=["Sailing"])
    assert not any("Sheffield" in t or "sailing" in t.lower() for t in texts(seller, their_vp))


# ---------------------------------------------------------------- only a concrete aim is told


def test_looking_forward_to_working_with_the_team_tells_no_aim():
    ask = LEEDS_ANALYST.post_starter
    joined = "Thrilled to share that I've joined Cloudline as VP Sales, APAC! "
    for vague in ("Looking forward to working with this amazing team.", "I'm excited to be part of it.",
                  "Looking forward to meeting everyone.", "I'm excited to learn from the best."):
        assert "most looking forward to" in (ask(joined + vague) or ""), vague
    # Near-misses: a concrete aim is told, and not asked back.
    for told in ("I'm excited to build the APAC team from Singapore.", "Looking forward to growing our Jakarta office."):
        assert ask(joined + told) is None, told


# ---------------------------------------------------------------- grief: a close one, not their things


def test_a_thing_lost_or_a_system_retired_is_no_death():
    for text in ("We lost dad's old toolbox in the move.", "We lost grandpa's farm to the bank in 1998.",
                 "Today we laid to rest our legacy billing system.", "Proud to take over my dad's funeral home business.",
                 "Pitching our funeral tech startup at Web Summit."):
        assert not tells_of_a_death(text), text
    # Near-misses: a close one lost, laid to rest, or their funeral, is a death.
    for text in ("We lost Dad on Sunday.", "We laid Dad to rest on Friday.", "Yesterday we laid to rest my grandmother.",
                 "My dad's funeral was on Friday."):
        assert tells_of_a_death(text), text


# ---------------------------------------------------------------- German: decline adjectives, not nouns


def _german(kind: str, thing: str) -> str:
    return with_articles(TEMPLATES["de"][kind].format(first="Miriam", thing=thing), "de")


def test_german_declines_only_adjectives_and_knows_a_neuter_head_word():
    for thing in ("Initiative D21", "Szene Hamburg", "Kreative Köpfe GmbH"):
        assert f"bei {thing} gearbeitet" in _german("employer", thing), thing
    assert "beim Deutschen Roten Kreuz" in _german("employer", "Deutsches Rotes Kreuz")
    assert "am Hasso-Plattner-Institut" in _german("school", "Hasso-Plattner-Institut")
    assert "am Max-Planck-Institut für Informatik" in _german("school", "Max-Planck-Institut für Informatik")
    assert "am MIT" in _german("school", "MIT")
    # Near-misses: adjectives still decline, feminine names and acronyms keep 'an der'.
    assert "bei der Deutschen Bahn" in _german("employer", "Deutsche Bahn")
    assert "an der Freien Universität Berlin" in _german("school", "Freie Universität Berlin")
    assert "an der TU Berlin" in _german("school", "TU Berlin")
    assert "an der ETH Zürich" in _german("school", "ETH Zürich")


# ---------------------------------------------------------------- small: a bare degree, a Polish word, a school's job


def test_a_bare_bachelor_or_master_of_science_names_no_subject():
    for bare in ("Bachelor of Science", "Master of Arts", "Master of Science (MSc)", "BSc"):
        assert not _SUBJECT_DEGREE.search(bare), bare
    # Near-misses: a degree that names its subject.
    for named in ("Master of Science in Computer Science", "Doctor of Medicine", "Bachelor of Laws", "MBA"):
        assert _SUBJECT_DEGREE.search(named), named


def test_a_job_at_the_school_is_one_whose_employer_names_itself_a_school():
    def staff(company: str) -> Profile:
        return person(experience=[job(company, "Lecturer", "2020-01")])
    assert works_at_school_now(staff("University of Melbourne"), "University of Melbourne")
    assert works_at_school_now(staff("Sciences Po Law School"), "Sciences Po Paris")  # review set 29, u2913
    # Near-miss: a town's name opens both, but the police bureau is no school.
    assert not works_at_school_now(staff("Portland Police Bureau"), "Portland State University")


def test_a_polish_department_is_a_team_and_an_activity_is_not():
    for named in ("Kierownik działu IT", "Dział sprzedaży", "Pracuję w dziale analiz"):
        assert _TEAM_NOUN.search(named), named
    assert not _TEAM_NOUN.search("Prowadzę działalność gospodarczą")


# ---------------------------------------------------------------- a joke needs a nickname, or a negation with a face


def test_a_negation_or_a_face_alone_is_no_joke():
    for line in ("Engineer, not a manager.", "I help founders raise money, not a lot of fluff.",
                 "I build tools for nurses 😀 and their patients."):
        assert not _NOT_A_WORK_DESCRIPTION.search(line), line
    assert describes_work("I help founders raise money, not a lot of fluff.")
    # Near-misses: a negation with a laughing face, or a nickname, is a joke.
    for joke in ("Running coach, not a golfer 😄", "I coach runners in Bangkok, and yes, Golf is my nickname."):
        assert _NOT_A_WORK_DESCRIPTION.search(joke), joke
