"""Newcomer 5's findings on the send guard (items 5, 8, 11, 13, 14, 20, 22) and crowdfunding sold as pre-orders."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from companion.cli import main as cli
from companion.guard.pitch_guard import UNREAD_PERCENT, GuardSettings, analyse, check_draft

ITALIAN_DISCOUNT = ("Ciao, ti va di venire al nostro meetup? Abbiamo un'offerta speciale: biglietti scontati del 50% "
                    "solo oggi!")


# F5: a draft in a language not read says so, and a percentage, a price or a link still decides it.
def test_an_italian_discount_is_said_unread_and_decided_by_its_percentage():
    assert analyse(ITALIAN_DISCOUNT).unread
    verdict = check_draft(ITALIAN_DISCOUNT, "stranger")
    assert verdict.verdict == "block" and verdict.score >= 0.5
    rules = {r.rule for r in verdict.reasons}
    assert {"language-unread", "price"} <= rules and "wording" not in rules
    [money] = [r for r in verdict.reasons if r.rule == "price"]
    assert money.message == UNREAD_PERCENT  # named as what it is (newcomer 11, C2)
    assert ITALIAN_DISCOUNT[money.start:money.end] == "50%"
    assert check_draft(ITALIAN_DISCOUNT, "friend").verdict == "warn"


@pytest.mark.parametrize("text", [
    "Ciao Marco, ecco il link: https://negozio.example.it/offerta oggi sconto per tutti, vieni a vedere!",
    "Ciao Marco, abbiamo una nuova offerta speciale per te: solo 49 € oggi, vieni a vedere!",
])
def test_a_link_or_a_price_decides_an_unread_draft(text):
    assert analyse(text).unread
    assert check_draft(text, "stranger").verdict == "block"


def test_an_unread_invitation_with_nothing_language_free_stays_ok_and_says_so():
    text = "Ciao Marco, ti va di venire al nostro meetup domani sera? Siamo in tanti, sarebbe bello vederti!"
    verdict = check_draft(text, "stranger")
    assert verdict.verdict == "ok" and [r.rule for r in verdict.reasons] == ["language-unread"]


# F8: ask sizes agree across the five languages.
BOOK = [
    "Could you recommend a good book to get started with Rust?",
    "¿Podrías recomendarme un buen libro para empezar con Rust?",
    "Bonjour Marie, petite question : pourriez-vous me recommander un bon livre pour débuter en Rust ? Merci d'avance !",
    "Könnten Sie mir ein gutes Buch für den Einstieg in Rust empfehlen?",
    "Você pode me recomendar um bom livro para começar com Rust?",
    "Você pode me indicar um bom livro sobre Rust?",
]


@pytest.mark.parametrize("text", BOOK)
def test_a_book_recommendation_is_a_small_ask_in_every_language(text):
    verdict = check_draft(text, "stranger")
    assert verdict.ask == "small" and verdict.verdict == "ok"


@pytest.mark.parametrize("text", [
    "Could you recommend me for the role at Acme?",
    "Pourriez-vous me recommander auprès de votre équipe RH ?",
    "¿Podrías recomendarme a tu jefa para el puesto?",
])
def test_recommending_me_to_someone_stays_a_medium_ask(text):
    assert check_draft(text, "stranger").ask == "medium"


@pytest.mark.parametrize("text", [
    "Hi! Could you take a quick look at my CV and tell me what you think?",
    "¿Podrías echarle un vistazo a mi CV y decirme qué opinas?",
    "Pourriez-vous jeter un oeil à mon CV et me dire ce que vous en pensez ?",
    "Könnten Sie kurz einen Blick auf meinen Lebenslauf werfen?",
    "Você poderia dar uma olhada no meu currículo e me dizer o que acha?",
])
def test_a_read_of_my_cv_is_a_favour_of_their_time(text):
    verdicts = {stage: check_draft(text, stage) for stage in ("stranger", "acquaintance")}
    assert verdicts["stranger"].ask == "medium" and verdicts["stranger"].verdict == "warn"
    assert verdicts["acquaintance"].verdict == "ok"


COFFEE = [
    "Would you like to grab a coffee next week?",
    "¿Te apetece tomar un café la semana que viene?",
    "Ça te dirait d'aller prendre un café la semaine prochaine ?",
    "Haben Sie Lust, nächste Woche auf einen Kaffee zu gehen?",
    "Topas tomar um café na próxima semana?",
]


def test_a_coffee_next_week_is_sized_as_its_english_twin_in_every_language():
    english = check_draft(COFFEE[0], "stranger")
    for text in COFFEE[1:]:
        verdict = check_draft(text, "stranger")
        assert (verdict.ask, verdict.verdict) == (english.ask, english.verdict), text


# F11: Portuguese (and French) offers with the pronoun after the verb or elided.
@pytest.mark.parametrize("text", [
    "Olá Paulo, posso enviar-te uma proposta comercial? Temos um desconto de 30% esta semana.",
    "Posso enviar-te uma proposta?",
    "Posso enviar-lhe um orçamento?",
    "Puis-je t'envoyer une proposition ?",
])
def test_offers_with_the_pronoun_after_the_verb_are_offers(text):
    rules = {r.rule for r in check_draft(text, "stranger").reasons}
    assert "offer-to-you" in rules


def test_a_portuguese_can_i_send_you_a_proposal_is_a_sales_call_to_action():
    assert "sales-cta" in {r.rule for r in check_draft("Posso enviar-te uma proposta?", "stranger").reasons}
    assert "sales-cta" in {r.rule for r in check_draft("Puis-je t'envoyer une proposition ?", "stranger").reasons}


# F13: a verdict a rule decided is not shown beside a near-zero score.
def test_a_block_decided_by_a_rule_reports_the_score_that_decided():
    settings = GuardSettings()
    verdict = check_draft("Buy my course now, 50% off", "stranger", settings=settings)
    assert verdict.verdict == "block" and verdict.score >= settings.thresholds()[1]
    assert set(type(verdict).model_fields) >= {"verdict", "score", "ask", "stage", "reasons"}


# F14: no reason made only of function words, numbers and symbols.
@pytest.mark.parametrize("text", [
    "Hola Ana, ¿como la ves? Ahora tenemos una oferta para equipas como la tuya, 20% con el código.",
    "Salut, jusqu'à 40% avec le code, valable jusqu'à dimanche pour toi.",
    "Hallo, 15 % zu allen Kursen, wenn Sie nächste Woche buchen.",
    "It would mean a lot, it's on Amazon now for a limited time.",
])
def test_wording_reasons_never_cite_plain_words_alone(text):
    plain = {"% zu", "sie nächste", "como la", "equipas", "ahora", "jusqu'à", "le code", "% avec", "would mean", "on amazon",
             "del 50"}
    for stage in ("stranger", "friend"):
        for reason in check_draft(text, stage).reasons:
            if reason.rule == "wording":
                assert text[reason.start:reason.end].lower() not in plain, text[reason.start:reason.end]


def test_plain_term_test_reads_words_and_symbols():
    from companion.guard.pitch_guard import _plain_term

    assert _plain_term(["%", "zu"]) and _plain_term(["sie", "nachste"]) and _plain_term(["jusqu", "a"])
    assert _plain_term(["on", "amazon"]) and _plain_term(["equipas"]) and _plain_term(["50"])
    assert not _plain_term(["special", "offer"]) and not _plain_term(["our", "clients"])


# F20: the link reason follows the stage.
def test_the_link_reason_to_a_friend_does_not_say_early_message():
    text = "Hey, check this out https://example.com/thing"
    to_friend = [r for r in check_draft(text, "friend").reasons if r.rule == "link"]
    to_stranger = [r for r in check_draft(text, "stranger").reasons if r.rule == "link"]
    assert to_friend and "early message" not in to_friend[0].message and "a friend" in to_friend[0].message
    assert to_stranger and "early message" in to_stranger[0].message


# Crowdfunding sells pre-orders; a personal fundraiser stays a personal ask.
@pytest.mark.parametrize("text", [
    "Ya está en marcha el Verkami del disco 🙏🎶 verkami.com/projects/12345-disco",
    "Unsere Startnext-Kampagne läuft! Ab 15 € seid ihr dabei: startnext.com/meinspiel",
    "Nosso jogo está no Catarse! Quem apoiar a partir de R$ 30 leva o jogo: catarse.me/jogo",
    "Notre campagne Ulule est lancée ! À partir de 15 € vous recevez l'album : ulule.com/album",
    "Our Kickstarter is live! Back us from $20 and get the game: kickstarter.com/projects/x/y",
])
def test_a_crowdfunding_campaign_with_rewards_is_blocked_to_a_stranger(text):
    analysis = analyse(text)
    assert analysis.sells and not analysis.unpaid_ask
    assert check_draft(text, "stranger").verdict == "block"


@pytest.mark.parametrize("text", [
    "I'm running a half marathon for the cancer charity, could you chip in? gofundme.com/f/run-for-cancer",
    "My friend Ana needs surgery, could you donate to her medical bills? gofundme.com/f/ana-surgery",
    "Estoy corriendo la maratón por una ONG, ¿te animas a aportar a mi colecta? gofundme.com/f/maraton-ong",
])
def test_a_personal_fundraiser_stays_a_personal_ask(text):
    assert check_draft(text, "stranger").verdict != "block"


# F22: `guard strictness` takes what `check --strictness` takes.
@pytest.mark.parametrize("level, saved", [("0.3", 0.3), ("1", 1.0), ("strict", 0.8), ("0", 0.0)])
def test_guard_strictness_takes_names_and_numbers(tmp_path, level, saved):
    from companion.cli.options import open_store
    from companion.memory.guard_settings import load_guard_settings

    runner = CliRunner()
    result = runner.invoke(cli, ["guard", "strictness", level, "--data-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["guard", "disable", "link", "--data-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    with open_store(tmp_path, reads_only=True) as store:
        settings = load_guard_settings(store)
    assert settings.strictness == pytest.approx(saved) and "link" in settings.disabled_rules


@pytest.mark.parametrize("level", ["1.5", "2", "very", "nan"])
def test_guard_strictness_refuses_what_check_refuses(tmp_path, level):
    result = CliRunner().invoke(cli, ["guard", "strictness", level, "--data-dir", str(tmp_path)])
    assert result.exit_code == 2
    assert "number from 0 to 1" in result.output


def test_guard_strictness_help_names_numbers():
    result = CliRunner().invoke(cli, ["guard", "strictness", "--help"])
    assert "number" in result.output and "check --strictness" in result.output
