"""Guard mend 18 (newcomer 10, W1 and P3): a cold pitch that says what the sender sells and asks for a sales call (or
promises a number) is blocked at a stranger and a new connection in every read language, as in English, and only
warned at a friend; its look-alikes (a peer asking about a tool they use, a coffee to learn about a career) are never
blocked. Highlights shown as pitch wording never stop mid-phrase ("minutes next", "Tiene 20")."""

import pytest

from companion.guard.pitch_guard import check_draft

PITCHES = {
    "en": ["Hi, our tool cuts your cloud costs by 25%. Do you have 20 minutes next week for a quick call?",
           "Hi, our platform reduces your cloud spend by 30%. Can we book a call next week?",
           "Hello, our software lowers your infrastructure costs by 20%. Could we set up a short call this week?",
           "Hi, our solution cuts your cloud bill by 25%. Do you have 15 minutes for a quick chat next week?"],
    "de": ["Hallo, unser Tool senkt Ihre Cloud-Kosten um 25%. Haben Sie nächste Woche 20 Minuten für ein kurzes Gespräch?",
           "Hallo, unsere Lösung senkt Ihre Cloud-Kosten um 30%. Haben Sie nächste Woche Zeit für einen kurzen Call?",
           "Guten Tag, unsere Plattform reduziert Ihre IT-Kosten um 20%. Können wir nächste Woche einen Termin vereinbaren?",
           "Hallo, unsere Software spart Ihnen 25% der Cloud-Kosten. Hätten Sie diese Woche 15 Minuten für ein kurzes Telefonat?"],
    "fr": ["Bonjour, notre outil réduit vos coûts cloud de 25%. Auriez-vous 20 minutes la semaine prochaine pour un court appel ?",
           "Bonjour, notre solution réduit vos coûts d'infrastructure de 30%. Seriez-vous disponible pour un échange de 15 minutes "
           "la semaine prochaine ?",
           "Bonjour, notre outil fait baisser vos coûts cloud de 20%. Pouvons-nous planifier un appel la semaine prochaine ?",
           "Bonjour, notre solution diminue votre facture cloud de 25%. Avez-vous 20 minutes cette semaine pour un appel ?"],
    "pt": ["Olá, nossa ferramenta reduz seus custos de nuvem em 25%. Você tem 20 minutos na próxima semana para uma conversa rápida?",
           "Olá, nossa solução reduz os custos de nuvem da sua empresa em 30%. Podemos agendar uma chamada na próxima semana?",
           "Oi, a nossa ferramenta corta 20% dos seus custos de cloud. Tem 15 minutos para uma chamada rápida esta semana?",
           "Olá, nossa solução diminui sua conta de nuvem em 25%. Você teria 20 minutos esta semana para uma conversa?"],
    "es": ["Hola, nuestra herramienta reduce sus costes de nube un 25%. ¿Tiene 20 minutos la próxima semana para una llamada rápida?",
           "Hola, nuestra solución reduce tus costos de nube en un 30%. ¿Podemos agendar una llamada la próxima semana?",
           "Hola, nuestra plataforma recorta un 20% tus costes de infraestructura. ¿Tienes 15 minutos esta semana para una reunión breve?",
           "Hola, nuestra herramienta baja su factura de nube un 25%. ¿Tendría 20 minutos esta semana para una llamada?"],
}

LOOK_ALIKES = {
    "en": ["Hi, I saw you use Kubecost at Acme. We're evaluating it to cut our cloud costs. Would you have 20 minutes next week "
           "to tell me how it went for you?",
           "Hi Ana, I'm moving into product management and admire your path. Could I buy you a 20-minute coffee next week to "
           "learn how you made the switch?"],
    "de": ["Hallo, ich habe gesehen, dass Sie Kubecost nutzen. Wir überlegen, es für unsere Cloud-Kosten einzusetzen. Hätten Sie "
           "nächste Woche 20 Minuten, um mir von Ihren Erfahrungen zu erzählen?",
           "Hallo Frau Weber, ich möchte in die Produktentwicklung wechseln. Hätten Sie nächste Woche 20 Minuten für einen Kaffee, "
           "damit ich mehr über Ihren Weg erfahre?"],
    "fr": ["Bonjour, j'ai vu que vous utilisez Kubecost. Nous l'envisageons pour nos coûts cloud. Auriez-vous 20 minutes la "
           "semaine prochaine pour me raconter votre expérience ?",
           "Bonjour Claire, je souhaite me reconvertir dans le produit. Auriez-vous 20 minutes pour un café la semaine prochaine, "
           "pour me parler de votre parcours ?"],
    "pt": ["Olá, vi que vocês usam o Kubecost. Estamos avaliando a ferramenta para os nossos custos de nuvem. Você teria 20 "
           "minutos na próxima semana para me contar como foi a experiência?",
           "Olá Ana, quero mudar para a área de produto e admiro a sua trajetória. Você teria 20 minutos para um café na próxima "
           "semana, para eu aprender com a sua carreira?"],
    "es": ["Hola, vi que usáis Kubecost. Lo estamos evaluando para nuestros costes de nube. ¿Tendrías 20 minutos la próxima "
           "semana para contarme cómo os fue?",
           "Hola Ana, quiero pasarme a producto y admiro tu trayectoria. ¿Te invito a un café de 20 minutos la próxima semana "
           "para aprender de tu carrera?"],
}


def _cases(table):
    return [pytest.param(draft, id=f"{lang}{i}") for lang, drafts in table.items() for i, draft in enumerate(drafts)]


@pytest.mark.parametrize("draft", _cases(PITCHES))
def test_cold_pitch_is_blocked_early_and_warned_at_a_friend_in_every_language(draft):
    for stage in ("stranger", "new"):
        verdict = check_draft(draft, stage)
        assert verdict.verdict == "block", (stage, verdict)
        assert any(r.rule in ("we-help", "own-offer") for r in verdict.reasons), verdict.reasons
    assert check_draft(draft, "friend").verdict == "warn"


@pytest.mark.parametrize("draft", _cases(LOOK_ALIKES))
def test_look_alikes_are_never_blocked(draft):
    for stage in ("stranger", "new", "acquaintance", "friend"):
        assert check_draft(draft, stage).verdict != "block", stage


@pytest.mark.parametrize("draft", [
    "Hi, our tool cuts your cloud costs by 25%. Do you have 20 minutes next week for a quick call?",
    "Hola, nuestra herramienta reduce sus costes de nube un 25%. ¿Tiene 20 minutos la próxima semana para una llamada rápida?",
])
def test_the_sales_call_is_shown_whole(draft):
    """The time-boxed call is the pitch's wording, shown as one phrase, not as 'minutes next' or 'Tiene 20'."""
    shown = {draft[r.start:r.end]: r.rule for r in check_draft(draft, "new").reasons}
    assert any(text.startswith("20 minut") and text.endswith(("call", "llamada")) and rule == "sales-call"
               for text, rule in shown.items()), shown


@pytest.mark.parametrize("draft", [
    "Do you have 20 minutes next week? Our tool cuts cloud costs.",
    "¿Tiene 20 minutos la próxima semana? Le cuento cómo ahorrar.",
    "¿Tiene 20 minutos? Nuestra herramienta reduce sus costes.",
])
def test_wording_highlights_never_stop_mid_phrase(draft):
    verdict = check_draft(draft, "new")
    assert verdict.verdict != "ok"
    for r in verdict.reasons:
        if r.rule == "wording":
            last = draft[r.start:r.end].split()[-1].lower()
            assert last not in {"next", "la", "20", "cómo"}, draft[r.start:r.end]
