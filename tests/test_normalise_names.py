"""Schools, employers, skills and languages: the aliases that must meet and the false friends that must not."""

from __future__ import annotations

import pytest

from companion.ground.normalise.companies import normalise_company
from companion.ground.normalise.languages import detect_text_language, normalise_language
from companion.ground.normalise.schools import normalise_school
from companion.ground.normalise.skills import normalise_skill

SAME_SCHOOL = [
    ("MIT", "Massachusetts Institute of Technology"),
    ("UC Berkeley", "University of California, Berkeley"),
    ("LSE", "The London School of Economics and Political Science (LSE)"),
    ("London School of Economics", "The London School of Economics and Political Science"),
    ("University of Michigan - Ann Arbor", "University of Michigan"),
]
DIFFERENT_SCHOOLS = [
    ("University of Michigan", "Michigan State University"),
    ("Columbia University", "Columbia College Chicago"),
    ("University of Oxford", "Oxford Brookes University"),
    ("Columbia University", "University of British Columbia"),
    ("Washington University in St. Louis", "University of Washington"),
    ("WashU", "UW Seattle"),
    ("Washington State University", "University of Washington"),
    ("Saint Louis University", "Washington University in St. Louis"),
    ("Boston College", "Boston University"),
    ("Miami University", "University of Miami"),
    ("Cornell College", "Cornell University"),
    ("Penn State", "University of Pennsylvania"),
    ("Penn State Smeal College of Business", "University of Pennsylvania"),
    ("HEC Montréal", "HEC Paris"),
    ("Copenhagen Business School", "Columbia Business School"),
    ("London Business School", "London School of Economics"),
    ("Vrije Universiteit Amsterdam", "Universiteit van Amsterdam"),
    ("University of California, Merced", "University of California, Berkeley"),
    ("Oxford College of Emory University", "University of Oxford"),
    # a name, a place or a school word after a university's short name does not make a faculty of it
    ("Columbia College of Nursing", "Columbia University"),
    ("Columbia Southern University School of Business", "Columbia University"),
    ("Columbia Basin College", "Columbia University"),
    ("Princeton Day School", "Princeton University"),
    ("Harvard-Westlake School", "Harvard University"),
    ("Cambridge School of Art", "University of Cambridge"),
    ("Cambridge School of Visual & Performing Arts", "University of Cambridge"),
    ("Berkeley College", "University of California, Berkeley"),
]
# One alumni network: a business, law or medical school and its university, and the other names of one.
SAME_FAMILY = [
    ("Stanford Graduate School of Business", "Stanford University"),
    ("Columbia Business School", "Columbia University"),
    ("Questrom School of Business, Boston University", "Boston University"),
    ("Boston University Questrom School of Business", "Boston University"),
    ("Universität Mannheim", "University of Mannheim"),
    ("KTH", "KTH Royal Institute of Technology"),
    ("JHU", "Johns Hopkins University"),
    ("Univ. of Texas at Austin", "UT Austin"),
    ("Harvard Business School", "Harvard"),
    ("Wharton", "University of Pennsylvania"),
    ("MIT Sloan School of Management", "MIT"),
    ("Cambridge Judge Business School", "University of Cambridge"),
    ("Yale School of Management", "Yale University"),
    ("Duke University School of Medicine", "Duke"),
    ("Perelman School of Medicine at the University of Pennsylvania", "UPenn"),
    ("College of Engineering, University of California, Berkeley", "UC Berkeley"),
    ("Courant Institute of Mathematical Sciences, New York University", "NYU"),
    ("Trinity College, Cambridge", "Cambridge University"),
    ("Teachers College, Columbia University", "Columbia"),
    # rules, not table entries: any university's faculty, native forms, abbreviations
    ("School of Law, University of Foo", "University of Foo"),
    ("Foo University School of Medicine", "Faculty of Law, Foo University"),
    ("Universität Wien", "University of Vienna"),
    ("Universidad de Sevilla", "University of Seville"),
    ("Università di Bologna", "University of Bologna"),
    ("Universität Hamburg", "University of Hamburg"),
    ("Uni Mannheim", "University of Mannheim"),
    ("Technische Universität Dresden", "TU Dresden"),
    ("Humboldt-Universität zu Berlin", "Humboldt University of Berlin"),
    ("Universiteit Leiden", "Leiden University"),
    ("U. of Michigan", "University of Michigan"),
    ("Univ of Foo", "University of Foo"),
]


@pytest.mark.parametrize(("a", "b"), SAME_SCHOOL)
def test_school_aliases_are_one_school(a, b):
    assert normalise_school(a).key == normalise_school(b).key


@pytest.mark.parametrize(("a", "b"), DIFFERENT_SCHOOLS)
def test_similar_school_names_stay_apart(a, b):
    x, y = normalise_school(a), normalise_school(b)
    assert x.key != y.key and x.family != y.family
    assert x.family not in (y.key, y.parent_key) and y.family not in (x.key, x.parent_key)


@pytest.mark.parametrize(("a", "b"), SAME_FAMILY)
def test_schools_of_one_university_are_one_family(a, b):
    assert normalise_school(a).family == normalise_school(b).family


def test_a_business_school_is_its_own_school_within_its_university():
    gsb = normalise_school("Stanford GSB")
    assert gsb.label == "Stanford Graduate School of Business"
    assert (gsb.parent_key, gsb.parent_label) == (normalise_school("Stanford").key, "Stanford University")
    assert normalise_school("Stanford University").parent_key is None


def test_an_unknown_faculty_is_labelled_as_written_and_belongs_to_its_university():
    school = normalise_school("Questrom School of Business, Boston University")
    assert school.parent_label == "Boston University"
    law = normalise_school("School of Law, University of Foo")
    assert law.label == "School of Law, University of Foo" and law.parent_key == normalise_school("University of Foo").key


def test_known_school_is_labelled_by_its_official_name():
    assert normalise_school("LSE").label == "The London School of Economics and Political Science"


@pytest.mark.parametrize(("a", "b"), [
    ("Facebook", "Meta"), ("Facebook, Inc.", "Meta Platforms"), ("Twitter", "X"), ("Google LLC", "Google"),
    ("Acme Widgets GmbH", "Acme Widgets"),
    ("The Vanguard Group", "Vanguard"), ("Vanguard Group, Inc.", "The Vanguard Group"),
    ("Acme Holdings Ltd.", "Acme"), ("Goldman Sachs & Co. LLC", "Goldman Sachs"), ("McKinsey & Co.", "McKinsey"),
    ("Grupo Bimbo S.A.B. de C.V.", "Grupo Bimbo"), ("SoftBank Group Corp.", "SoftBank"), ("The Home Depot", "Home Depot"),
    ("Nestlé S.A.", "Nestle"), ("Infosys Limited", "Infosys"), ("TransferWise", "Wise"),
])
def test_company_renames_and_legal_suffixes_are_one_employer(a, b):
    assert normalise_company(a).key == normalise_company(b).key


@pytest.mark.parametrize(("a", "b"), [
    ("Apple", "Applebee's"), ("Apple Inc.", "Applebees"), ("Meta", "Metabase"), ("Meta", "Metaswitch"),
    ("Meta Platforms", "Metaswitch Networks"), ("Meta", "Meta Group"), ("Apple", "Apple Bank"),
    ("Volvo Cars", "Volvo Group"), ("HP", "Hewlett Packard Enterprise"),
])
def test_similar_company_names_stay_apart(a, b):
    x, y = normalise_company(a), normalise_company(b)
    assert x.key != y.key and x.key != y.parent_key and y.key != x.parent_key


def test_a_known_companys_cloud_or_research_arm_belongs_to_it():
    cloud = normalise_company("Google Cloud")
    assert cloud.key != normalise_company("Google").key and cloud.parent_key == normalise_company("Google").key
    # A company no table knows: its cloud arm names it as parent, which common ground trusts within one country.
    assert normalise_company("Acme Cloud").parent_key == normalise_company("Acme").key
    assert normalise_company("Samsung Engineering").parent_key is None  # a group's company, not a division


def test_rename_is_explained_and_parent_is_known():
    assert normalise_company("Facebook").formerly == "Facebook"
    assert normalise_company("Instagram").parent_key == normalise_company("Meta").key


def test_self_employment_is_not_an_employer():
    assert normalise_company("Self-employed") is None
    assert normalise_company("Freelance") is None


@pytest.mark.parametrize(("a", "b"), [
    ("JS", "JavaScript"), ("Go", "Golang"), ("Golang", "Go (Programming Language)"), ("C#", "C Sharp"),
    ("Postgres", "PostgreSQL"), ("K8s", "Kubernetes"), ("C++", "CPP"),
    ("PowerBI", "Power BI"), ("PowerBI", "Microsoft Power BI"), ("Type Script", "TypeScript"), ("Node JS", "Node.js"),
    ("Python Programming", "Python"), ("Java development", "Java"), ("Data Bricks", "Databricks"),
    ("Some Tool", "SomeTool"),  # spaces are not part of any skill's identity, known or not
])
def test_skill_aliases_are_one_skill(a, b):
    assert normalise_skill(a).key == normalise_skill(b).key


@pytest.mark.parametrize(("part", "family"), [
    ("Kotlin Multiplatform", "Kotlin"), ("Kotlin Coroutines", "Kotlin"), ("AWS Lambda", "AWS"),
    ("Azure Functions", "Microsoft Azure"), ("Spring Boot", "Spring"), ("Internal audits", "Audit"), ("ArcGIS", "GIS"),
])
def test_a_skill_named_after_a_language_or_platform_belongs_to_it(part, family):
    skill = normalise_skill(part)
    assert skill.key != normalise_skill(family).key and skill.parent_key == normalise_skill(family).key


@pytest.mark.parametrize(("a", "b"), [
    ("React Native", "React"), ("Django", "Python"), ("Scrum", "Agile"), ("Next.js", "React"),
    ("Java", "JavaScript"), ("C", "C#"), ("C", "Objective-C"), ("C#", "Objective-C"), ("C", "C++"), ("R", "Rust"),
    ("Java Script", "Java"), ("Go-to-market strategy", "Go"), ("R&D", "R"), ("C Level", "C"),
    ("Word Processing", "Microsoft Word"), ("Leadership Development", "Leadership"),
    ("Python Software Foundation", "Python"),
])
def test_similar_skills_stay_apart(a, b):
    x, y = normalise_skill(a), normalise_skill(b)
    assert x.key != y.key and x.parent_key != y.key and y.parent_key != x.key


@pytest.mark.parametrize(("name", "code"), [
    ("Español", "es"), ("Spanish", "es"), ("Spanish (Native or bilingual proficiency)", "es"), ("Castellano", "es"),
    ("Inglés", "en"), ("English - Full professional proficiency", "en"), ("Deutsch", "de"), ("Français", "fr"),
    ("Português", "pt"), ("Portuguese (Brazil)", "pt"), ("Esperanto", "eo"), ("Mandarin", "zh"), ("Chinese", "zh"),
])
def test_language_names_in_any_language_resolve(name, code):
    assert normalise_language(name).code == code


def test_unknown_language_is_none():
    assert normalise_language("Not a language at all") is None


@pytest.mark.parametrize(("text", "lang"), [
    ("Soy ingeniera de software en Madrid y me encanta la escalada con mis amigos.", "es"),
    ("Je suis ingénieure logiciel à Paris et j'adore l'escalade avec mes amis.", "fr"),
    ("Ich bin Softwareentwicklerin in Berlin und klettere gern mit meinen Freunden.", "de"),
    ("Sou engenheira de software em Lisboa e não há nada melhor do que escalar com os amigos.", "pt"),
    ("I build software in Madrid and love climbing with friends at the weekend.", "en"),
    ("Madrid", "en"),
])
def test_profile_text_language_is_detected(text, lang):
    assert detect_text_language(text) == lang
