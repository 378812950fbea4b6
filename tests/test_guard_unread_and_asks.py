"""Issue 16, the tester's findings: drafts in languages the guard does not read, sales demos, money asks, and
reasons counted once."""

import pytest

from companion.guard.pitch_guard import GuardSettings, analyse, check_draft

UNREAD = [
    "Привет! Наша компания предлагает услуги по разработке. Давайте созвонимся на 15 минут?",
    "こんにちは！弊社はソフトウェア開発サービスを提供しています。15分ほどお話しできませんか？",
    "您好！我们公司提供软件开发服务。可以通话15分钟吗？",
    "مرحبا! شركتنا تقدم خدمات تطوير البرمجيات. هل يمكننا التحدث لمدة 15 دقيقة؟",
    "안녕하세요! 저희 회사는 소프트웨어 개발 서비스를 제공합니다. 15분 통화 가능하신가요?",
    "Ciao! La nostra azienda offre servizi di sviluppo. Possiamo sentirci per 15 minuti?",
    "Cześć! Nasza firma oferuje usługi programistyczne. Czy możemy porozmawiać przez 15 minut?",
    "Merhaba! Şirketimiz yazılım geliştirme hizmetleri sunuyor. 15 dakikalık bir görüşme yapabilir miyiz?",
]

READ_WITH_FOREIGN_WORDS = [
    "Привет Иван 🙂",
    "王小明",
    "🎉🎉🎉",
    "https://example.org/docs",
    "My grandmother used to say «Без труда не выловишь и рыбку из пруда» and she was right about your new job, congrats!",
    "Mi abuela decía 'chi va piano va sano e va lontano', y tenía razón. ¡Felicidades por el nuevo trabajo!",
    "Ma grand-mère disait toujours « 七転び八起き », et ça te va bien. Bravo pour le nouveau poste !",
    "Meine Oma sagte immer: „Chi va piano va sano e va lontano“. Glückwunsch zum neuen Job!",
    "Minha avó dizia «Без труда не выловишь и рыбку из пруда». Parabéns pelo novo emprego!",
]


@pytest.mark.parametrize("text", UNREAD)
def test_a_draft_in_a_language_the_guard_does_not_read_says_it_was_not_checked(text):
    verdict = check_draft(text, "stranger")
    assert verdict.verdict == "ok"
    [reason] = verdict.reasons
    assert reason.rule == "language-unread"
    assert "English, Spanish, French, German and Portuguese" in reason.message and "not checked" in reason.message
    assert text[reason.start:reason.end].strip() == text[reason.start:reason.end]


@pytest.mark.parametrize("text", READ_WITH_FOREIGN_WORDS)
def test_names_emoji_links_and_foreign_quotes_in_a_read_language_are_not_called_unread(text):
    assert not analyse(text).unread
    assert all(r.rule != "language-unread" for r in check_draft(text, "stranger").reasons)


def test_a_language_independent_signal_still_decides_in_an_unread_language():
    text = ("Привет! Наша компания предлагает услуги по разработке для вашего бизнеса. Выберите время: "
            "https://calendly.com/ivan/15min")
    verdict = check_draft(text, "stranger")
    assert verdict.verdict == "block"
    assert {r.rule for r in verdict.reasons} >= {"calendar-link", "language-unread"}


def test_the_unread_language_note_can_be_turned_off():
    settings = GuardSettings(disabled_rules={"language-unread"})
    assert check_draft(UNREAD[0], "stranger", settings=settings).reasons == []


SALES_DEMOS = [
    "¿Tienes 15 minutos para una demo?",
    "Do you have 15 minutes for a demo?",
    "As-tu 15 minutes pour une démo ?",
    "Hast du 15 Minuten für eine Demo?",
    "Tens 15 minutos para uma demo?",
]
THEIR_DEMOS = [
    "could you demo your tool for me?",
    "¿Podrías hacerme una demo de tu herramienta?",
    "Tu pourrais me faire une démo de ton outil ?",
    "Kannst du mir eine Demo von deinem Tool zeigen?",
    "Você pode me mostrar uma demo da sua ferramenta?",
    "hey Ruth, would you mind giving my new demo a listen and telling me if the chorus is too long?",
    "Any tips on pacing a live demo so it doesn't go off the rails?",
]


@pytest.mark.parametrize("text", SALES_DEMOS)
def test_asking_a_stranger_for_a_demo_is_a_sales_call(text):
    assert check_draft(text, "stranger").verdict == "block"
    assert check_draft(text, "new").verdict == "block"
    assert check_draft(text, "friend").verdict == "warn"  # a pitch to a friend is warned, never blocked


@pytest.mark.parametrize("text", THEIR_DEMOS)
def test_asking_for_their_demo_is_not_a_pitch(text):
    assert not analyse(text).offers_demo
    assert check_draft(text, "stranger").verdict != "block"


MONEY_ASKS = [
    "hey could you lend me 500 bucks until friday? rent is due",
    "¿me puedes prestar 200 euros hasta el viernes? tengo que pagar el alquiler",
    "tu pourrais me prêter 200 euros jusqu'à vendredi ? le loyer tombe",
    "kannst du mir 200 Euro bis Freitag leihen? die Miete ist fällig",
    "você pode me emprestar 200 reais até sexta? o aluguel vence",
    "could you chip in for my gofundme? my dad needs surgery",
]


@pytest.mark.parametrize("text", MONEY_ASKS)
def test_a_money_ask_is_a_big_personal_ask_never_blocked(text):
    stranger = check_draft(text, "stranger")
    assert stranger.ask in ("medium", "large")
    assert stranger.verdict == "warn"
    assert check_draft(text, "friend").verdict == "ok"


def test_lend_me_a_hand_is_no_money_ask():
    assert check_draft("could you lend me a hand with the move on saturday?", "friend").ask != "large"


@pytest.mark.parametrize("text", [SALES_DEMOS[0], MONEY_ASKS[5],
                                  "Could you introduce me to your CTO? Or maybe a quick call next week?"])
def test_no_reason_is_given_twice(text):
    for stage in ("stranger", "new", "acquaintance"):
        rules = [r.rule for r in check_draft(text, stage).reasons]
        assert rules.count("ask-too-big") <= 1, rules


def test_who_is_the_right_person_is_counted_once():
    text = ("Hi Dana, could you point me to the right person for vendor partnerships at Acme? "
            "Who is the right person to talk to?")
    analysis = analyse(text)
    assert analysis.signals["rule:prospecting-question"] == 1.0
    assert [analysis.folded[h.start:h.end] for h in analysis.hits if h.rule.id == "prospecting-question"] == [
        "who is the right person"]


def test_a_demo_without_a_time_box_is_left_to_the_score():
    assert not analyse("Would you like to see a demo of the little game I made over the holidays?").offers_demo
    assert analyse("Could we find 15 minutes next week for a quick demo?").offers_demo


def test_a_big_personal_ask_with_nothing_that_sells_is_never_blocked():
    # The rules find a price and a link and the model may read a plea as a pitch; nothing says the sender sells.
    text = ("Salut Quentin, je suis vraiment gêné de te demander ça. Ma voiture est en panne et j'en ai besoin pour "
            "aller bosser. La réparation coûte 600 € et il me manque 200 €. Tu pourrais me prêter 200 € jusqu'à la fin "
            "du mois ? Je te rembourse le 30, promis.")
    analysis = analyse(text)
    assert analysis.ask == "large" and not analysis.sells
    assert check_draft(text, "stranger").verdict == "warn"


def test_an_offer_still_blocks_when_the_draft_also_asks():
    text = ("Hi Sam, we help SaaS teams like yours cut churn by 30% in 90 days. Could you introduce me to whoever "
            "runs customer success?")
    analysis = analyse(text)
    assert analysis.sells and analysis.ask != "none"
    assert check_draft(text, "stranger").verdict == "block"
