"""German reads like the other languages (newcomer 9, C1): a numeric promise with its verb after the number ("die Kosten
um 40 % zu senken") is a numeric promise with its advice, as "reducir costes un 40%" is; and a model highlight made only
of everyday words ("mit mir", "diese Woche", "avec moi", "comigo") is not shown as pitch wording in any language."""

from __future__ import annotations

import pytest

from companion.guard.pitch_guard import READ_LANGUAGES, WORDING, check_draft

# family -> language -> (draft, the phrases of the family in it, which no "wording" reason may explain): the shape of
# tests/test_guard_mend16_languages_alike.py
DRAFTS: dict[str, dict[str, tuple[str, tuple[str, ...]]]] = {
    "numeric-cut": {
        "en": ("Hi! We help companies like yours cut costs by 40%. Book a demo with me this week.", ("cut costs by 40%",)),
        "es": ("¡Hola! Ayudamos a empresas como la tuya a reducir costes un 40%. Reserva una demo conmigo esta semana.",
               ("reducir costes un 40%",)),
        "fr": ("Bonjour ! Nous aidons les entreprises comme la vôtre à réduire leurs coûts de 40 %. Réservez une démo avec "
               "moi cette semaine.", ("réduire leurs coûts de 40 %",)),
        "de": ("Hallo! Wir helfen Unternehmen wie Ihrem, die Kosten um 40 % zu senken. Buchen Sie eine Demo mit mir diese "
               "Woche.", ("um 40 % zu senken",)),
        "pt": ("Olá! Ajudamos empresas como a sua a reduzir custos em 40%. Agende uma demo comigo esta semana.",
               ("reduzir custos em 40%",)),
    },
}

# Other German word orders and forms of the same promise, each read as one
GERMAN_PROMISES = (
    "Wir helfen Ihnen, den Umsatz um 30 Prozent pro Jahr zu steigern.",
    "Unser Tool senkt die Kosten um 25%.",
    "Damit sparen Sie bis zu 20 % Zeit.",
    "Mit uns haben Ihre Teams 40% weniger Aufwand.",
    "Ihre Kunden bekommen 30 % mehr Antworten.",
    "Unser Tool reduziert den Aufwand um 30 Prozent.",
    "Wir helfen Ihnen, die Conversion auf 12 % zu erhöhen.",
)
# Their own figures are not a promise of the sender's
GERMAN_NOT_PROMISES = (
    "Glückwunsch, euer Umsatz ist um 40 % gestiegen!",
    "Ich habe gelesen, dass eure Kosten um 10 % gesunken sind.",
)


def _read(draft: str, stage: str) -> tuple[set[str], set[str], list[tuple[int, int, str]]]:
    verdict = check_draft(draft, stage)
    assert verdict.verdict != "ok", draft
    reasons = [(r.start, r.end, r.rule) for r in verdict.reasons]
    return {rule for _, _, rule in reasons} - {WORDING.id}, set(verdict.suggestions), reasons


@pytest.mark.parametrize("stage", ["stranger", "acquaintance"])
@pytest.mark.parametrize("family", sorted(DRAFTS))
def test_a_numeric_promise_reads_alike_in_every_language(family: str, stage: str):
    english_kinds, english_tips, _ = _read(DRAFTS[family]["en"][0], stage)
    assert "numeric-promise" in english_kinds
    for lang in READ_LANGUAGES:
        draft, phrases = DRAFTS[family][lang]
        kinds, tips, reasons = _read(draft, stage)
        assert kinds == english_kinds, (lang, draft)
        assert tips == english_tips, (lang, draft)
        for phrase in phrases:
            start = draft.index(phrase)
            end = start + len(phrase)
            covering = [rule for s, e, rule in reasons if s < end and start < e]
            assert "numeric-promise" in covering and WORDING.id not in covering, (lang, phrase, covering)


def _numeric_spans(text: str) -> list[str]:
    from companion.guard.model import fold
    from companion.guard.pitch_guard import PITCH_RULES
    rule = next(r for r in PITCH_RULES if r.id == "numeric-promise")
    folded = fold(text)
    return [folded[a:b] for a, b in rule.pattern.spans(folded)]


@pytest.mark.parametrize("draft", GERMAN_PROMISES)
def test_german_promise_forms(draft: str):
    assert _numeric_spans(draft), draft


@pytest.mark.parametrize("draft", GERMAN_NOT_PROMISES)
def test_german_figures_of_theirs_are_no_promise(draft: str):
    assert not _numeric_spans(draft), draft


# Everyday words, written independently of the guard's own list: a highlight made only of these says nothing.
_EVERYDAY = {
    "en": "with me you this that week day the a an".split(),
    "es": "conmigo contigo con mí me esta este semana día el la un una".split(),
    "fr": "avec moi toi cette ce semaine jour le la les un une".split(),
    "de": "mit mir dir mich dich uns diese dieser diesen dieses woche tag der die das ein eine einen".split(),
    "pt": "comigo contigo com mim esta este essa semana dia o a um uma".split(),
}


@pytest.mark.parametrize("lang", sorted(READ_LANGUAGES))
def test_no_wording_highlight_is_only_everyday_words(lang: str):
    for family in DRAFTS.values():
        draft = family[lang][0]
        for r in check_draft(draft, "stranger").reasons:
            if r.rule != WORDING.id:
                continue
            words = [w.strip(".,!?¡¿").lower() for w in draft[r.start:r.end].split()]
            assert not all(w in _EVERYDAY[lang] for w in words), (lang, draft[r.start:r.end])


def test_the_newcomers_german_draft():
    draft = DRAFTS["numeric-cut"]["de"][0]
    verdict = check_draft(draft, "stranger")
    by_text = {draft[r.start:r.end]: r.rule for r in verdict.reasons}
    assert by_text.get("um 40 % zu senken") == "numeric-promise"
    assert "mit mir" not in by_text and "diese Woche" not in by_text
    english = check_draft(DRAFTS["numeric-cut"]["en"][0], "stranger")
    assert set(verdict.suggestions) == set(english.suggestions)


@pytest.mark.parametrize("phrase", ["with me this week", "conmigo esta semana", "avec moi cette semaine", "mit mir diese Woche",
                                    "comigo esta semana", "diesen Freitag", "ce vendredi", "nesta sexta"])
def test_everyday_phrases_are_never_cited_as_wording(phrase: str):
    # the filter every model highlight passes through, on the words the model reads
    from companion.guard.model import fold
    from companion.guard.pitch_guard import TOKEN_RE, _plain_term
    assert _plain_term(TOKEN_RE.findall(fold(phrase))), phrase
