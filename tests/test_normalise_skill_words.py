"""The words skills, causes and topics are written with, in other languages (skills.json `words`): a compound of two
known words is those words written apart, and the professional vocabulary reads the same in each language; and what
that vocabulary must not join."""

from __future__ import annotations

import pytest
from ground_examples import found

from companion.ground.normalise.skills import _compound_parts, normalise_skill, same_skill_wording, skill_words


@pytest.mark.parametrize(("compound", "apart"), [
    ("Datenschutz", "data protection"),
    ("Qualitätskontrolle", "quality control"),
    ("Umweltmanagement", "environmental management"),
    ("Kwaliteitsmanagement", "quality management"),
    ("Risikoanalyse", "risk analysis"),
    ("Produktentwicklung", "product development"),
    ("Beleidsonderzoek", "policy research"),
    ("Hållbarhetsstrategi", "sustainability strategy"),
])
def test_a_compound_of_two_known_words_is_the_words_written_apart(compound, apart):
    assert skill_words(compound) == skill_words(apart)


@pytest.mark.parametrize("word", ["Wasserstoff", "Bundesliga", "Kubernetes", "Schwarzwald", "Datenbanken",
                                  "Kindergarten", "Rotterdam"])
def test_a_word_is_split_only_into_two_words_the_table_knows(word):
    from companion.ground.normalise.text import fold

    assert _compound_parts(fold(word)) == ()


@pytest.mark.parametrize(("a", "b"), [
    ("Gestión de inventarios", "Inventory management"),
    ("Automatización de pruebas", "Test automation"),
    ("Mantenimiento industrial", "Industrial maintenance"),
    ("Energías renovables", "Renewable energy"),
    ("Finanzas islámicas", "Islamic finance"),
    ("Prevenção de riscos", "Risk prevention"),
    ("Gestão de receitas", "Revenue management"),
    ("Satış yönetimi", "Sales management"),
    ("Gestion des stocks", "Inventory management"),
])
def test_a_skill_in_another_language_is_the_same_skill(a, b):
    assert skill_words(a) == skill_words(b)
    assert found("skill", a, b), f"{a!r} and {b!r} should be shared"


@pytest.mark.parametrize(("a", "b"), [
    ("Red Team", "Network team"),          # 'red' is Spanish for network, but not in English
    ("Organisational culture", "Crop cultivation"),
    ("Tier 1 support", "Animal support"),
    ("Ciberseguridad", "Security guard"),
    ("Camera operation", "Chamber operation"),
    ("Quality control", "Quality improvement"),
    ("Data protection", "Child protection"),
    ("Sales management", "Revenue management"),
    ("Tour guiding", "Tor guiding"),        # 'our' after a vowel is no British spelling
    ("Hour planning", "Hor planning"),
    ("Business valuation", "Business development"),
    ("Reinsurance", "Insurance"),
    ("Child protection", "Data protection"),
    ("EU law", "US law"),
])
def test_the_vocabulary_joins_no_two_skills_that_differ(a, b):
    assert skill_words(a) != skill_words(b)
    assert not found("skill", a, b), f"{a!r} and {b!r} are two skills"


@pytest.mark.parametrize(("a", "b"), [
    ("Protección del medio ambiente", "Environmental protection"),
    ("Ayuda humanitaria", "Humanitarian aid"),
    ("Derechos humanos", "Human rights"),
])
def test_a_cause_the_lexicon_does_not_know_reads_the_same_in_two_languages(a, b):
    assert found("cause", a, b), f"{a!r} and {b!r} should be shared"


@pytest.mark.parametrize(("a", "b"), [("Derechos humanos", "Animal rights"), ("Ayuda humanitaria", "Food aid"),
                                      ("Protección animal", "Protección de datos")])
def test_causes_of_other_words_stay_apart(a, b):
    assert not found("cause", a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Trabajo en equipo", "Teamwork"),
    ("Zarządzanie projektami", "Project management"),
    ("Projektinhallinta", "Project management"),        # Finnish: a compound of two known words, joined by -n-
    ("Bases de datos", "Databases"),
    ("Mejora continua", "Continuous improvement"),
    ("Hablar en público", "Public speaking"),
    ("Gestion d'équipe", "Team management"),             # an elided article is no part of a word
    ("Seguridad y salud en el trabajo", "Occupational health and safety"),
    ("Emprendimiento", "Entrepreneurship"),
    ("Uczenie maszynowe", "Machine learning"),
    ("Microservicios", "Microservices"),                 # one word the dictionary translates into a listed skill
    ("Amazon DynamoDB", "DynamoDB"),                      # a vendor's name in front
])
def test_common_skills_in_more_languages(a, b):
    assert found("skill", a, b), f"{a!r} and {b!r} should be shared"


@pytest.mark.parametrize(("a", "b"), [("R&D", "R"), ("Darts", "Dart"), ("D'Artagnan", "Artagnan studies"),
                                      ("Teamwork", "Team management"), ("Bases de datos", "Data analysis")])
def test_the_new_words_make_no_false_friend(a, b):
    assert not found("skill", a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Gestión de activos", "Asset management"), ("Vermögensverwaltung", "Asset management"),
    ("Economía circular", "Circular economy"), ("Kreislaufwirtschaft", "Circular economy"),
    ("Gestion des déchets", "Waste management"), ("Abfallwirtschaft", "Waste management"),
    ("Trabajo social", "Social work"), ("Soziale Arbeit", "Social work"),
    ("Atención primaria", "Primary care"), ("Seguridad alimentaria", "Food security"),
    ("Prevención de blanqueo de capitales", "Anti-money laundering"), ("Políticas públicas", "Public policy"),
    ("Geotecnia", "Geotechnical engineering"), ("Energieeffizienz", "Energy efficiency"),
    ("Aprendizaje electrónico", "E-learning"), ("Sonderpädagogik", "Special education"),
])
def test_skills_of_health_finance_environment_and_education_in_other_languages(a, b):
    assert found("skill", a, b), f"{a!r} and {b!r} should be shared"


@pytest.mark.parametrize(("a", "b"), [
    ("Food safety", "Food security"), ("Social media", "Social work"), ("Asset management", "Portfolio management"),
    ("Internal audit", "External audit"), ("Primary care", "Secondary care"), ("Economics", "Circular economy"),
    ("Treasury", "Tax"), ("Energy efficiency", "Energy"), ("Seguridad alimentaria", "Food safety"),
])
def test_near_skills_of_those_fields_stay_apart(a, b):
    assert not found("skill", a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Sistemas embebidos", "Embedded systems"), ("Visión por computadora", "Computer vision"),
    ("Seguridad de la información", "Information security"), ("Bilgi güvenliği", "Information security"),
    ("Inteligencia de negocios", "Business intelligence"), ("Geschäftsanalyse", "Business analysis"),
    ("Bildverarbeitung", "Image processing"), ("Dijital dönüşüm", "Digital transformation"),
    ("Comercio electrónico", "E-commerce"), ("Capital de riesgo", "Venture capital"),
    ("Banca privada", "Private banking"), ("Estrategia empresarial", "Business strategy"),
])
def test_skills_of_computing_and_finance_in_other_languages(a, b):
    assert found("skill", a, b), f"{a!r} and {b!r} should be shared"


@pytest.mark.parametrize(("a", "b"), [
    ("Information security", "Food security"), ("Seguridad alimentaria", "Information security"),
    ("Private equity", "Private banking"), ("Business intelligence", "Artificial intelligence"),
    ("Mobile development", "Web development"), ("Image processing", "Signal processing"),
    ("Wealth management", "Asset management"), ("Credit analysis", "Credit risk"),
])
def test_near_skills_of_computing_and_finance_stay_apart(a, b):
    assert not found("skill", a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("HACCP", "APPCC"), ("Bâle III", "Basel III"), ("RGPD", "GDPR"), ("DSGVO", "General Data Protection Regulation"),
    ("Sistema Toyota de Producción", "Toyota Production System"), ("SAP S/4HANA", "S/4 HANA"), ("AB-testen", "A/B testing"),
])
def test_standards_by_their_names_in_other_languages(a, b):
    assert found("skill", a, b), f"{a!r} and {b!r} should be shared"


@pytest.mark.parametrize(("a", "b"), [("HACCP", "ISO 22000"), ("GDPR", "HIPAA"), ("Basel III", "Solvency II"),
                                      ("SAP S/4HANA", "SAP SuccessFactors")])
def test_standards_are_not_their_neighbours(a, b):
    assert not found("skill", a, b)


@pytest.mark.parametrize("mine, theirs", [
    ("Swift", "SWIFT MT/MX messaging"),   # the banks' network, written as its acronym
    ("Swift", "SWIFT gpi payments"),
    ("Ruby", "RUBY transactions"),
])
def test_a_family_name_written_in_capitals_is_another_thing(mine, theirs):
    assert not found("skill", mine, theirs)


@pytest.mark.parametrize("mine, theirs", [
    ("Swift", "Swift programming"),       # the family itself, at more length
    ("Swift", "SwiftUI"),
    ("SAP", "SAP FI"),                    # a suite written as it writes itself: its module, not the acronym case
    ("Python", "PYTHON DEVELOPMENT"),     # a name all in capitals is only shouted
])
def test_the_family_written_as_it_writes_itself_is_still_read(mine, theirs):
    skill = normalise_skill(theirs)
    assert skill is not None and (skill.key == normalise_skill(mine).key or skill.parent_key is not None
                                  or "sap" in skill.key)


def test_swift_and_swift_ui_stay_one_family():
    assert found("skill", "Swift", "SwiftUI")


@pytest.mark.parametrize("mine, theirs", [
    ("Asuntos regulatorios", "Regulatory affairs"),                        # Spanish plurals of the dictionary's words
    ("Instalaciones eléctricas industriales", "Industrial electrical installation"),
    ("Colour grading", "Color grading"),                                   # British -our
    ("Labour law", "Labor law"),
    ("Rückversicherung", "Reinsurance"),                                   # words the dictionary gained
    ("Protection de l'enfance", "Child protection"),
    ("Munisipale finansies", "Municipal finance"),
    ("Lighting design", "Diseño de iluminación"),
    ("EU law", "Droit de l'Union européenne"),
    ("Valuación de empresas", "Business valuation"),
    ("Hệ thống nhúng", "Embedded systems"),
])
def test_skills_in_other_words_are_one(mine, theirs):
    assert same_skill_wording(mine, theirs) or normalise_skill(mine).key == normalise_skill(theirs).key
    assert found("skill", mine, theirs)


@pytest.mark.parametrize("mine, theirs", [
    ("ACLS", "Soporte Vital Cardiovascular Avanzado (SVCA/ACLS)"),   # its acronyms in two languages, in brackets
    ("Restauration (F&B)", "Food & Beverage"),                        # what a bracketed acronym stands for
    ("Java EE", "Jakarta EE"),                                        # renamed at the Eclipse Foundation
    ("Aliyun", "Alibaba Cloud"),
    ("Brandschutz", "Ochrona przeciwpożarowa"),                       # a phrase of the dictionary in more languages
])
def test_skills_by_acronyms_renames_and_phrases(mine, theirs):
    assert found("skill", mine, theirs)


@pytest.mark.parametrize("mine, theirs", [
    ("BLS", "Soporte Vital (SVB/ACLS)"),
    ("Marketing (SEO)", "Search Engine Optimization"),   # a listed skill with its specialism is not the specialism
    ("Fire protection", "Fire safety"),
    ("Java", "JavaScript"),
])
def test_acronym_and_phrase_near_misses(mine, theirs):
    assert not same_skill_wording(mine, theirs) and not same_skill_wording(theirs, mine)


@pytest.mark.parametrize("mine, theirs", [
    ("Fisioterapia desportiva", "Sports physiotherapy"),            # Portuguese of Portugal's 'desporto'
    ("Technische kunstgeschiedenis", "Technical art history"),      # a Dutch compound of two dictionary words
])
def test_skills_in_more_dictionary_words(mine, theirs):
    assert found("skill", mine, theirs)


@pytest.mark.parametrize("mine, theirs", [
    ("Księgowość", "Accounting"), ("Kiểm toán", "Audit"), ("Budgetierung", "Budgeting"), ("파이썬", "Python"),
    ("ऑटोकैड", "AutoCAD"), ("Spectroscopie RMN", "NMR spectroscopy"), ("Gestione del dolore", "Pain management"),
    ("Usimamizi wa darasa", "Classroom management"), ("IV therapy", "Intravenous therapy"),
    ("Geoestadística", "Geostatistics"), ("Risuku kanri", "Risk management"), ("Flow cytometry", "FACS"),
])
def test_a_skill_in_another_language_is_shared(mine, theirs):
    assert found("skill", mine, theirs)


@pytest.mark.parametrize("mine, theirs", [
    ("Accounting", "Audit"), ("Pain management", "Risk management"), ("Geostatistics", "Statistics"),
    ("Classroom management", "Project management"), ("NMR spectroscopy", "Mass spectrometry"),
])
def test_neighbouring_skills_stay_apart(mine, theirs):
    assert not found("skill", mine, theirs)
