"""Check-in lines as native speakers of es, fr, de and pt wrote them back (a blind review of every line, 2026-12-07):
a time apart always says since when, a promise still owed is apologised for in the present, Portuguese takes the
article before a company, and friends do not talk about "our last exchange"."""

import pytest

from companion.memory.followups import CHECK_IN_WORDS, FAMILIAR_CHECK_IN_WORDS, ORGANISATION_CHECK_IN_WORDS, _time_apart

# What anchors "it's been 3 months" in each language: since our last talk / that we have not spoken.
ANCHORS = {"es": "desde la última vez que hablamos", "fr": ("que nous n'avons pas échangé", "qu'on ne s'est pas parlé"),
           "de": "dass wir voneinander gehört haben", "pt": "que não nos falamos", "pt-PT": "desde a última vez que falámos"}
TABLES = [("formal", CHECK_IN_WORDS), ("familiar", FAMILIAR_CHECK_IN_WORDS), ("organisation", ORGANISATION_CHECK_IN_WORDS)]


@pytest.mark.parametrize("lang", list(ANCHORS))
@pytest.mark.parametrize(("register", "table"), TABLES, ids=[t[0] for t in TABLES])
def test_a_time_apart_says_since_when(lang, register, table):
    words = table.get(lang)
    if words is None:
        pytest.skip(f"no {register} words in {lang}")
    anchors = ANCHORS[lang] if isinstance(ANCHORS[lang], tuple) else (ANCHORS[lang],)
    for key in ("at-work-gap", "came-to-mind-gap"):
        if key not in words:
            continue
        line = words[key].format(first="Ana", gap=_time_apart(90, lang), company="Acme")
        assert any(anchor in line for anchor in anchors), line


@pytest.mark.parametrize(("words", "late"), [
    (CHECK_IN_WORDS["fr"], "pardon d'avoir mis"), (FAMILIAR_CHECK_IN_WORDS["fr"], "pardon d'avoir mis"),
    (CHECK_IN_WORDS["de"], "gedauert hat"), (FAMILIAR_CHECK_IN_WORDS["de"], "gedauert hat"),
    (CHECK_IN_WORDS["es"], "haya tardado tanto en cumplir"),
])
def test_a_promise_still_owed_is_not_apologised_for_as_if_kept(words, late):
    for key in ("intro-late", "send-late", "promised-late"):
        assert late not in words[key], words[key]


@pytest.mark.parametrize("words", [CHECK_IN_WORDS["fr"], FAMILIAR_CHECK_IN_WORDS["fr"]])
def test_french_never_says_the_promised_thing_was_already_sent(words):
    # « je n'ai pas oublié de vous envoyer X » means it was sent.
    line = words["send"].format(first="Ana", thing="l'article")
    assert "oublié de vous envoyer" not in line and "oublié de t'envoyer" not in line, line


@pytest.mark.parametrize("lang", ["pt", "pt-PT"])
def test_portuguese_takes_the_article_before_a_company(lang):
    for key in ("at-work", "at-work-gap"):
        line = CHECK_IN_WORDS[lang][key].format(first="Ana", gap=_time_apart(90, lang), company="Acme")
        assert " na Acme" in line and " em Acme" not in line, line


def test_friends_in_german_do_not_talk_about_their_last_exchange():
    assert "Austausch" not in " ".join(FAMILIAR_CHECK_IN_WORDS["de"]["contact"].values())
    assert "unser letzter Austausch" in CHECK_IN_WORDS["de"]["contact"].values()  # still the plain register's words
