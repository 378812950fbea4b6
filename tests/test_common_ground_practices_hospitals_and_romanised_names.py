"""Classes of shared things a fresh set leaning on healthcare, the public sector and Asian and Middle-Eastern profiles
showed missing, each mended by a rule or a family-wide table row, each with the near misses that stay apart: a
practice done for someone with and without that someone ('Customer Onboarding', 'Onboarding'), a field of medicine
as '-iatric Medicine' and '-iatrics', one practice under two names (Telehealth, Pharmacovigilance), a hospital's own
name with and without the word for what it is, an acronym written in hyphenated parts ('AP-HP'), an employer's name
before a dash, skills in Chinese, Japanese and Korean written without spaces and in Arabic with its article joined, romanised Japanese names of universities, their faculties and hospitals, a region in two languages
respelled ('Tirol', 'Tyrol'), the commas of Arabic and Chinese in a place, the UN agencies' names in Arabic and
Chinese, and a listed hobby quoted rather than a sentence when both name it in shared words."""

from __future__ import annotations

import pytest
from ground_examples import found, shared_of_kind

from companion.ground.normalise.acronyms import acronym_of, acronyms_in, is_bare_acronym, stands_for
from companion.ground.normalise.features import _employer
from companion.ground.normalise.places import resolve_place, told_apart
from companion.ground.normalise.schools import normalise_school
from companion.ground.normalise.skills import same_skill_wording, skill_words

SHARED = [
    # A practice always done for a person, with and without that person said.
    ("skill", "Customer Onboarding", "Onboarding"),
    ("skill", "Onboarding", "Patient Onboarding"),
    ("skill", "Executive Coaching", "Coaching"),
    # '-iatric' always names a field of medicine.
    ("skill", "Geriatric Medicine", "Geriatrics"),
    ("skill", "Paediatrics", "Paediatric Medicine"),
    # One practice under two names, in several languages.
    ("skill", "Telemedicine", "Telehealth"),
    ("skill", "Telemedizin", "Telehealth"),
    ("skill", "Pharmacovigilance", "Drug Safety"),
    ("skill", "Controle de Infecção Hospitalar", "Infection Prevention and Control"),
    ("skill", "Infection control", "Kansen taisaku (infection control)"),
    # The common words of skills, grown: Dutch, Swedish, Portuguese of Portugal and Brazil, romanised Japanese.
    ("skill", "Medische beeldvorming", "Medical Imaging"),
    ("skill", "Folkhälsa", "Public Health"),
    ("skill", "Medicina Geral e Familiar", "Medicina de Família e Comunidade"),
    ("skill", "Cuidados de Saúde Primários", "Atenção Primária à Saúde"),
    ("skill", "Rōnen kango", "Gerontological Nursing"),
    ("skill", "Kanwa kea", "Palliative Care"),
    ("skill", "Gerontologia", "Gerontology"),
    ("cause", "Action humanitaire", "Humanitarian aid"),
    # Hobbies by their names in the scripts profiles are written in.
    ("interest", "自行車", "Road cycling"),
    ("interest", "야구", "Baseball"),
    ("interest", "التخييم", "Camping"),
    ("interest", "גלישת גלים", "Surfing"),
    ("interest", "خوشنویسی", "Calligraphy"),
    # Chinese, Japanese and Korean skills written without spaces, read as the table's words.
    ("skill", "数据分析", "Data Analysis"),
    ("skill", "糖尿病管理", "Diabetes Management"),
    ("skill", "보건경제학", "Health Economics"),
    ("skill", "의료영상 분석", "Medical Image Analysis"),
    ("skill", "감염병 대응", "Infectious Disease Response"),
    ("skill", "良率提升", "Yield Enhancement"),
    # Arabic skills, 'the' and 'and' joined to their words.
    ("skill", "الرصد والتقييم", "Monitoring & Evaluation"),
    ("skill", "سلامة المرضى", "Patient Safety"),
    ("skill", "تحليل البيانات", "Data Analysis"),
    # A hospital's own name with and without the word for what it is.
    ("employer", "NewYork-Presbyterian", "NewYork-Presbyterian Hospital"),
    ("employer", "Tata Memorial Hospital", "Tata Memorial Centre"),
    # An employer's own name before a dash, then what it calls itself.
    ("employer", "Medanta – The Medicity", "Medanta"),
    # An acronym written in hyphenated parts, against the name written out.
    ("employer", "AP-HP", "Assistance Publique – Hôpitaux de Paris"),
    # Table rows from the organisations' own sites: a brand and its registered name, a Japanese company's and
    # ministry's romanised names, a department's health arm, the UN agencies in Arabic and Chinese.
    ("employer", "Narayana Health", "Narayana Hrudayalaya Ltd."),
    ("employer", "Takeda Yakuhin Kōgyō", "Takeda Pharmaceutical Company Limited"),
    ("employer", "Kōsei Rōdōshō", "Ministry of Health, Labour and Welfare (MHLW)"),
    ("employer", "U.S. Department of Veterans Affairs", "Veterans Health Administration (VHA)"),
    ("employer", "UNICEF", "منظمة الأمم المتحدة للطفولة (يونيسف)"),
    ("employer", "World Food Programme", "世界粮食计划署"),
    ("employer", "台灣積體電路製造股份有限公司", "TSMC"),
    ("employer", "네이버", "NAVER Corporation"),
    ("employer", "SEHA (Abu Dhabi Health Services Company)", "شركة أبوظبي للخدمات الصحية (صحة)"),
    # A Japanese university's hospital, romanised, is the university's.
    ("employer", "Kyōto Daigaku Igakubu Fuzoku Byōin", "Kyoto University"),
    # A university's schools, as table rows naming it as parent.
    ("school", "University of Toronto", "Dalla Lana School of Public Health"),
    ("school", "Weill Cornell Medicine-Qatar", "Cornell University"),
    ("school", "NUS Saw Swee Hock School of Public Health", "Duke-NUS Medical School"),
    ("school", "北京大学医学部", "Peking University Health Science Center"),
    # Romanised Japanese universities and faculties, read in English.
    ("school", "Tōkyō Daigaku Igakubu", "The University of Tokyo"),
    ("school", "Tōkyō Gaikokugo Daigaku", "Tokyo University of Foreign Studies"),
    ("school", "Nagoya Shiritsu Daigaku", "Nagoya City University"),
]

NOT_SHARED = [
    # Not any word before any skill: a specialism of it, or two people served.
    ("skill", "Data Security", "Security"),
    ("skill", "Customer Onboarding", "Patient Onboarding"),
    ("skill", "User Testing", "Testing"),
    # Not every '-ic' field of medicine: forensics is also an IT field.
    ("skill", "Forensic Medicine", "Forensics"),
    ("skill", "Medical Imaging", "Medicine"),
    ("skill", "产品管理", "Project Management"),
    ("skill", "数据管理", "Data Analysis"),
    ("skill", "تحليل البيانات", "Data Management"),
    ("interest", "桌球", "Table tennis"),  # billiards where Hong Kong and the mainland say it
    # Hospitals of a saint's or a mount's name, and a hospital's name with a place, are many hospitals'.
    ("employer", "Mount Sinai Hospital", "Mount Sinai Medical Center"),
    ("employer", "St Mary's Hospital", "St Mary's Medical Centre"),
    ("employer", "Boston Medical Center", "Boston Hospital"),
    ("employer", "Kennedy Space Center", "Kennedy Space"),
    ("employer", "Cancer Research Centre", "Cancer Research"),
    # Another university's hospital, and another university.
    ("employer", "Kyōto Daigaku Igakubu Fuzoku Byōin", "Kyoto Prefectural University of Medicine"),
    ("school", "Ōsaka Shiritsu Daigaku", "Osaka University"),
    ("school", "Kyōto Furitsu Ika Daigaku", "Kyoto University"),
    # Two schools of one acronym and two cities.
    ("school", "PUC-SP", "PUC-Rio"),
]


@pytest.mark.parametrize(("kind", "mine", "theirs"), SHARED)
def test_shared_things_of_these_classes_are_found(kind, mine, theirs):
    assert found(kind, mine, theirs), f"{mine!r} and {theirs!r} should be shared"


@pytest.mark.parametrize(("kind", "mine", "theirs"), NOT_SHARED)
def test_near_misses_of_these_classes_stay_apart(kind, mine, theirs):
    assert not found(kind, mine, theirs), f"{mine!r} and {theirs!r} are not the same"


def test_a_practice_for_someone_is_the_practice_only_with_a_person_before_it():
    assert same_skill_wording("Onboarding", "Client Onboarding")
    assert not same_skill_wording("Vendor Onboarding", "Onboarding")  # a procurement process, not people onboarded
    assert not same_skill_wording("Onboarding", "Onboarding Automation")
    assert not same_skill_wording("Security", "Data Security")


def test_a_hyphenated_acronym_spells_a_name_written_out_but_is_no_bare_acronym():
    assert "aphp" in acronyms_in("AP-HP")
    assert stands_for("AP-HP", "Assistance Publique – Hôpitaux de Paris") == "aphp"
    assert acronym_of("AP-HP") is None and not is_bare_acronym("AP-HP")  # 'PUC-SP' is no bare acronym of a school
    assert acronyms_in("UK-based firm") == ["uk"]


def test_a_region_is_one_in_two_languages_respelled_and_two_when_its_words_begin_otherwise():
    assert not told_apart(resolve_place("Innsbruck, Tirol, Österreich"), resolve_place("Innsbruck, Tyrol, Austria"))
    assert not told_apart(resolve_place("Düsseldorf, Nordrhein-Westfalen, Deutschland"),
                          resolve_place("Dusseldorf, North Rhine-Westphalia, Germany"))
    assert not told_apart(resolve_place("München, Bayern, Deutschland"), resolve_place("Munchen, Bavaria, Germany"))
    assert told_apart(resolve_place("Hannover, Niedersachsen, Deutschland"),
                      resolve_place("Hannover, Nordrhein-Westfalen, Germany"))
    assert told_apart(resolve_place("Breda, Noord-Brabant, Nederland"), resolve_place("Breda, North Holland, Netherlands"))


def test_a_place_written_with_an_arabic_or_full_width_comma_is_read_as_with_a_comma():
    riyadh = resolve_place("الرياض، المملكة العربية السعودية")
    assert riyadh is not None and riyadh.city == "Riyadh" and riyadh.wording == "الرياض، المملكة العربية السعودية"
    assert resolve_place("東京，日本").city == "Tokyo"
    assert found("place", "أبوظبي، الإمارات العربية المتحدة", "Abu Dhabi, United Arab Emirates")


def test_a_japanese_university_hospital_is_its_university_only_when_the_university_is_known():
    assert _employer("Tōkyō Daigaku Byōin").key == _employer("The University of Tokyo").key
    assert _employer("Kyōto Furitsu Ika Daigaku Fuzoku Byōin").label == "Kyōto Furitsu Ika Daigaku Fuzoku Byōin"


def test_a_romanised_japanese_name_read_in_english_is_looked_up_not_made_a_key():
    # 'Osaka Kyoiku University' is that university's own English: the word-for-word reading keeps its key.
    assert normalise_school("Osaka Kyoiku Daigaku").key == normalise_school("Osaka Kyoiku University").key
    assert normalise_school("Hiroshima Daigaku Igakubu").parent_key == normalise_school("Hiroshima University").key


def test_the_words_grown_keep_a_learned_word_one_across_languages():
    assert skill_words("Gerontology") == skill_words("Gerontologia") == skill_words("Rōnen")
    assert skill_words("Humanitarian aid") == skill_words("Ayuda humanitaria")


def test_a_listed_hobby_is_quoted_for_a_sentence_only_when_it_shares_words_with_the_others():
    mine = {"interests": ["Ciclismo de montaña"], "about": "Los fines de semana salgo a rodar en bici de montaña."}
    cycling = shared_of_kind("interest", mine, {"interests": ["Mountain bike"]})
    assert [(c.mine, c.theirs) for c in cycling] == [("Ciclismo de montaña", "Mountain bike")]
    mine = {"interests": ["Running"], "about": "Currently training for my 12th Chicago Marathon."}
    running = shared_of_kind("interest", mine, {"interests": ["Marathons"]})
    assert [c.mine.startswith("Currently training") for c in running] == [True]


def test_words_written_together_are_read_only_when_the_table_makes_up_all_of_them():
    assert skill_words("数据分析") == skill_words("Data analysis")
    assert skill_words("数据") == skill_words("Data")  # one word is read as itself
    assert skill_words("数据挖掘技术") == frozenset({"数据挖掘技术"})  # words the table does not know: kept whole


def test_arabic_article_and_and_come_off_only_before_a_word_the_table_knows():
    assert skill_words("الرصد والتقييم") == skill_words("Monitoring and Evaluation")
    assert skill_words("البحرين") == frozenset({"البحرين"})  # a name: no word of the table once 'al' is off


def test_a_ministry_in_arabic_is_the_ministry_of_the_country_both_live_in():
    riyadh, cairo = {"location": "Riyadh, Saudi Arabia"}, {"location": "Cairo, Egypt"}
    assert found("employer", "Ministry of Health, Saudi Arabia", "وزارة الصحة", riyadh, riyadh)
    assert not found("employer", "Ministry of Health, Saudi Arabia", "وزارة الصحة", riyadh, cairo)
    assert not found("employer", "Ministry of Health", "وزارة الصحة", cairo, riyadh)


def test_two_schools_of_one_university_are_told_once_as_the_university():
    shared = found("school", "NUS Saw Swee Hock School of Public Health", "Duke-NUS Medical School")
    assert [c.label for c in shared] == ["National University of Singapore"]
