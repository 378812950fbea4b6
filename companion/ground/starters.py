"""Conversation starters: 3–5 short openers a thoughtful person would send, each resting on named evidence.

Each draws on something different (a shared thing, a recent post of theirs, something they asked for
help with, their own work), greets them by first name, asks a real question or offers something, and
never pitches: no product, no call or demo request, no link. They are written in the profile's own
language when it is Spanish, French, German or Portuguese. Short and simple on purpose: 25–50 words and a
question reply best (Lavender; Boomerang: 1–3 questions make a reply about 50% likelier).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from companion.ground.common_ground import (
    is_family_match,
    is_followed_page,
    overlapped_in_time,
)
from companion.ground.normalise.languages import detect_text_language
from companion.ground.normalise.places import resolve_place
from companion.ground.normalise.topics import find_topics
from companion.models import Commonality, CommonGround, Profile, Starter

MAX_STARTERS = 5
# A shared thing too common to mention on its own (English, Microsoft Office).
MIN_WEIGHT_TO_MENTION = 0.1
RECENT_POST_DAYS = 180

_URL = re.compile(r"https?://\S+|www\.\S+")
_TITLES = {"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.", "sir"}

# Their own request, not a recruiter's 'looking for you': the phrase must open a sentence or follow I/we.
_OWN = r"(?:(?<=^)|(?<=[.!?\n] )|(?<=\bi'm )|(?<=\bi am )|(?<=\bwe're )|(?<=\bwe are )|(?<=\bcurrently )|(?<=\bstill ))"
_HELP_PATTERNS = [
    _OWN + r"looking for (?!you\b)[^.!?\n]{3,80}", _OWN + r"on the lookout for [^.!?\n]{3,80}",
    _OWN + r"searching for [^.!?\n]{3,80}",
    r"any (?:advice|recommendations|tips|pointers) (?:on|for|about) [^.!?\n]{3,80}",
    r"(?:does|do) anyone (?:know|have) [^.!?\n]{3,80}", r"can anyone recommend [^.!?\n]{3,80}",
    r"would love (?:advice|recommendations|pointers|to hear from) [^.!?\n]{3,80}",
    r"we(?:'re| are) hiring[^.!?\n]{0,80}", r"open to (?:work|new opportunities|new roles)[^.!?\n]{0,60}",
    r"busco [^.!?\n]{3,80}", r"estamos contratando[^.!?\n]{0,80}", r"je cherche [^.!?\n]{3,80}",
    r"nous recrutons[^.!?\n]{0,80}", r"ich suche [^.!?\n]{3,80}", r"wir suchen [^.!?\n]{3,80}",
    r"estou procurando [^.!?\n]{3,80}", r"procuro [^.!?\n]{3,80}", r"estamos contratando[^.!?\n]{0,80}",
]
_HELP = re.compile("|".join(f"(?:{p})" for p in _HELP_PATTERNS), re.IGNORECASE)

# One template per kind of opener and language. {first}: their first name; {thing}: the shared thing in
# their words where short, else its name; {mine}/{theirs}: each side's hobby; {quote}: their own words.
TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        "role": "{title} at {company}",
        "school": "Hi {first}, I noticed we both went to {thing}. What do you remember best from your time there?",
        "school-same-time": "Hi {first}, I just realised we overlapped at {thing}. What were you studying there?",
        "employer": "Hi {first}, I noticed we've both worked at {thing}. What's the project from your time there you're proudest of?",
        "employer-same-time": "Hi {first}, it looks like we were at {thing} at the same time. Which team were you on?",
        "place": "Hi {first}, I see we're both in {thing}. Is there a favourite spot of yours I might not know about yet?",
        "language": "Hi {first}, I noticed you speak {thing} too, which I don't come across often. How did you come to learn it?",
        "interest": "Hi {first}, I saw you're into {thing} too. How did you get started, and what keeps you at it?",
        "interest-category": "Hi {first}, I saw you're into {theirs}; for me it's {mine}. How did you get into it?",
        "cause": "Hi {first}, I noticed you care about {thing} as well. What first got you involved?",
        "topic": "Hi {first}, we seem to think about {thing} a lot, both of us. What's something about it you've changed your mind on lately?",
        "skill": "Hi {first}, I see {thing} is part of your work too. What are you using it for these days?",
        "group": "Hi {first}, I saw you've volunteered with {thing} too. What kind of work did you do with them?",
        "their-topic": "Hi {first}, I see you write about {thing}. What's the question about it you keep coming back to?",
        "career-move": "Hi {first}, I noticed you moved from {before} to {after}. What drew you to the change?",
        "work-question": "Hi {first}, I'm curious what a typical week looks like for you as {role}. What takes up most of your time?",
        "their-place": "Hi {first}, I see you're based in {place}. What do you like most about it there?",
        "follows": "Hi {first}, I noticed we both follow {thing}. What got you interested?",
        "post": "Hi {first}, your recent post (\u201c{quote}\u201d) stayed with me. What prompted it?",
        "offer-help": "Hi {first}, I saw you mentioned \u201c{quote}\u201d. If it would help, I'm happy to think about who I know and introduce you to someone.",
        "compliment-about": "Hi {first}, I liked the way you describe your work: \u201c{quote}\u201d. What are you enjoying working on at the moment?",
        "compliment-role": "Hi {first}, your work as {role} sounds genuinely interesting. What has been the most rewarding part so far?",
    },
    "es": {
        "role": "{title} en {company}",
        "school": "Hola {first}, he visto que los dos estudiamos en {thing}. ¿Qué es lo que más echas de menos de aquella época?",
        "school-same-time": "Hola {first}, acabo de darme cuenta de que coincidimos en {thing}. ¿Qué estudiabas allí?",
        "employer": "Hola {first}, he visto que los dos hemos trabajado en {thing}. ¿De qué proyecto de aquella etapa guardas mejor recuerdo?",
        "employer-same-time": "Hola {first}, parece que coincidimos en {thing}. ¿En qué equipo estabas?",
        "place": "Hola {first}, veo que los dos estamos en {thing}. ¿Tienes algún sitio favorito que quizá yo no conozca?",
        "language": "Hola {first}, he visto que tú también hablas {thing}, algo que no encuentro a menudo. ¿Cómo lo aprendiste?",
        "interest": "Hola {first}, he visto que a ti también te gusta {thing}. ¿Cómo empezaste?",
        "interest-category": "Hola {first}, he visto que te gusta {theirs}; lo mío es {mine}. ¿Cómo empezaste?",
        "cause": "Hola {first}, he visto que a ti también te importa {thing}. ¿Qué te llevó a implicarte?",
        "topic": "Hola {first}, parece que los dos pensamos mucho en {thing}. ¿Hay algo sobre el tema en lo que hayas cambiado de opinión últimamente?",
        "skill": "Hola {first}, veo que {thing} también forma parte de tu trabajo. ¿Para qué lo estás usando ahora?",
        "group": "Hola {first}, he visto que tú también has colaborado con {thing}. ¿Qué hacías con ellos?",
        "their-topic": "Hola {first}, veo que escribes sobre {thing}. ¿Cuál es la pregunta sobre el tema a la que siempre vuelves?",
        "career-move": "Hola {first}, vi que pasaste de {before} a {after}. ¿Qué te llevó a dar el cambio?",
        "work-question": "Hola {first}, tengo curiosidad por cómo es una semana normal para ti como {role}. ¿A qué dedicas más tiempo?",
        "their-place": "Hola {first}, veo que vives en {place}. ¿Qué es lo que más te gusta de allí?",
        "follows": "Hola {first}, he visto que los dos seguimos a {thing}. ¿Qué te llamó la atención?",
        "post": "Hola {first}, tu publicación reciente (\u201c{quote}\u201d) se me quedó en la cabeza. ¿Qué te llevó a escribirla?",
        "offer-help": "Hola {first}, vi que mencionabas \u201c{quote}\u201d. Si te sirve, puedo pensar en quién conozco y presentarte a alguien.",
        "compliment-about": "Hola {first}, me gustó cómo describes tu trabajo: \u201c{quote}\u201d. ¿Con qué proyecto estás disfrutando estos días?",
        "compliment-role": "Hola {first}, tu trabajo como {role} suena muy interesante. ¿Qué ha sido lo más gratificante hasta ahora?",
    },
    "fr": {
        "role": "{title} chez {company}",
        "school": "Bonjour {first}, j'ai vu que {thing} fait partie de votre parcours, comme du mien. Quel souvenir en gardez-vous ?",
        "school-same-time": "Bonjour {first}, je viens de réaliser que nous étions à {thing} en même temps. Qu'y étudiiez-vous ?",
        "employer": "Bonjour {first}, j'ai vu que {thing} fait partie de votre parcours, comme du mien. Quel projet de cette époque vous a marqué ?",
        "employer-same-time": "Bonjour {first}, on dirait qu'on était chez {thing} à la même époque. Vous étiez dans quelle équipe ?",
        "place": "Bonjour {first}, je vois que nous sommes tous les deux à {thing}. Auriez-vous une adresse préférée que je ne connais pas encore ?",
        "language": "Bonjour {first}, j'ai vu que vous parlez aussi {thing}, ce qui est rare. Comment l'avez-vous appris ?",
        "interest": "Bonjour {first}, j'ai vu que vous aimez aussi {thing}. Comment avez-vous commencé ?",
        "interest-category": "Bonjour {first}, j'ai vu que vous aimez {theirs} ; pour moi c'est {mine}. Comment avez-vous commencé ?",
        "cause": "Bonjour {first}, je vois que {thing} compte aussi pour vous. Comment avez-vous commencé à vous engager ?",
        "topic": "Bonjour {first}, nous semblons tous les deux beaucoup réfléchir à {thing}. Sur quoi avez-vous changé d'avis récemment ?",
        "skill": "Bonjour {first}, je vois que {thing} fait aussi partie de votre travail. À quoi l'utilisez-vous en ce moment ?",
        "group": "Bonjour {first}, j'ai vu votre engagement bénévole chez {thing}, qui compte aussi pour moi. Quel était votre rôle là-bas ?",
        "their-topic": "Bonjour {first}, je vois que vous écrivez sur {thing}. Quelle est la question à laquelle vous revenez toujours ?",
        "career-move": "Bonjour {first}, j'ai vu votre passage de {before} à {after}. Qu'est-ce qui vous a donné envie de changer ?",
        "work-question": "Bonjour {first}, comment se passent vos journées comme {role} ? Qu'est-ce qui vous occupe le plus ?",
        "their-place": "Bonjour {first}, je vois que vous êtes à {place}. Qu'est-ce que vous y aimez le plus ?",
        "follows": "Bonjour {first}, nous suivons tous deux {thing}, il me semble. Comment l'avez-vous découvert ?",
        "post": "Bonjour {first}, votre publication récente (\u00ab {quote} \u00bb) m'est restée en tête. Qu'est-ce qui vous a donné envie de l'écrire ?",
        "offer-help": "Bonjour {first}, j'ai vu que vous écriviez \u00ab {quote} \u00bb. Si cela peut aider, je veux bien réfléchir à qui je connais et vous présenter quelqu'un.",
        "compliment-about": "Bonjour {first}, j'ai aimé la façon dont vous décrivez votre travail : \u00ab {quote} \u00bb. Sur quoi aimez-vous travailler en ce moment ?",
        "compliment-role": "Bonjour {first}, votre travail de {role} a l'air passionnant. Qu'est-ce qui a été le plus gratifiant jusqu'ici ?",
    },
    "de": {
        "role": "{title} bei {company}",
        "school": "Hallo {first}, ich habe gesehen, dass wir beide an der {thing} waren. Was vermissen Sie an der Zeit dort am meisten?",
        "school-same-time": "Hallo {first}, mir ist gerade aufgefallen, dass wir zur selben Zeit an der {thing} waren. Was haben Sie dort studiert?",
        "employer": "Hallo {first}, ich habe gesehen, dass wir beide bei {thing} gearbeitet haben. Auf welches Projekt aus der Zeit sind Sie am meisten stolz?",
        "employer-same-time": "Hallo {first}, wie es aussieht, waren wir zur selben Zeit bei {thing}. In welchem Team waren Sie?",
        "place": "Hallo {first}, ich sehe, wir sind beide in {thing}. Haben Sie einen Lieblingsort, den ich vielleicht noch nicht kenne?",
        "language": "Hallo {first}, ich habe gesehen, dass Sie auch {thing} sprechen, was selten ist. Wie haben Sie es gelernt?",
        "interest": "Hallo {first}, ich habe gesehen, dass Sie sich auch für {thing} begeistern. Wie sind Sie dazu gekommen?",
        "interest-category": "Hallo {first}, ich habe gesehen, dass Sie {theirs} mögen; bei mir ist es {mine}. Wie sind Sie dazu gekommen?",
        "cause": "Hallo {first}, ich habe gesehen, dass Ihnen {thing} auch wichtig ist. Was hat Sie dazu gebracht, sich zu engagieren?",
        "topic": "Hallo {first}, wir scheinen beide viel über {thing} nachzudenken. Wozu haben Sie kürzlich Ihre Meinung geändert?",
        "skill": "Hallo {first}, ich sehe, dass {thing} auch zu Ihrer Arbeit gehört. Wofür nutzen Sie es gerade?",
        "group": "Hallo {first}, ich habe gesehen, dass Sie sich auch bei {thing} engagiert haben. Was haben Sie dort gemacht?",
        "their-topic": "Hallo {first}, ich sehe, dass Sie über {thing} schreiben. Welche Frage dazu beschäftigt Sie immer wieder?",
        "career-move": "Hallo {first}, ich habe gesehen, dass Sie von {before} zu {after} gewechselt sind. Was hat Sie an dem Wechsel gereizt?",
        "work-question": "Hallo {first}, mich würde interessieren, wie eine typische Woche für Sie als {role} aussieht. Was nimmt die meiste Zeit ein?",
        "their-place": "Hallo {first}, ich sehe, Sie sind in {place}. Was gefällt Ihnen dort am besten?",
        "follows": "Hallo {first}, ich habe gesehen, dass wir beide {thing} folgen. Was interessiert Sie daran?",
        "post": "Hallo {first}, Ihr Beitrag (\u201e{quote}\u201c) ist mir im Kopf geblieben. Was hat Sie dazu gebracht?",
        "offer-help": "Hallo {first}, ich habe gesehen, dass Sie \u201e{quote}\u201c geschrieben haben. Wenn es hilft, überlege ich gern, wen ich kenne, und stelle Ihnen jemanden vor.",
        "compliment-about": "Hallo {first}, mir gefällt, wie Sie Ihre Arbeit beschreiben: \u201e{quote}\u201c. Woran arbeiten Sie gerade am liebsten?",
        "compliment-role": "Hallo {first}, Ihre Arbeit als {role} klingt wirklich spannend. Was war bisher der schönste Teil daran?",
    },
    "pt": {
        "role": "{title} na {company}",
        "school": "Olá {first}, vi que nós dois estudamos na {thing}. Do que você mais sente falta daquela época?",
        "school-same-time": "Olá {first}, acabei de perceber que estivemos na {thing} ao mesmo tempo. O que você estudava lá?",
        "employer": "Olá {first}, vi que nós dois já trabalhamos na {thing}. De qual projeto daquela fase você tem mais orgulho?",
        "employer-same-time": "Olá {first}, parece que estivemos na {thing} ao mesmo tempo. Em que equipe você estava?",
        "place": "Olá {first}, vi que nós dois estamos em {thing}. Você tem algum lugar favorito que eu talvez ainda não conheça?",
        "language": "Olá {first}, vi que você também fala {thing}, o que não vejo com frequência. Como você aprendeu?",
        "interest": "Olá {first}, vi que você também curte {thing}. Como você começou?",
        "interest-category": "Olá {first}, vi que você curte {theirs}; no meu caso é {mine}. Como você começou?",
        "cause": "Olá {first}, vi que {thing} também é importante para você. O que levou você a se envolver?",
        "topic": "Olá {first}, parece que nós dois pensamos bastante em {thing}. Em que ponto você mudou de ideia recentemente?",
        "skill": "Olá {first}, vi que {thing} também faz parte do seu trabalho. Para que você está usando hoje em dia?",
        "group": "Olá {first}, vi que você também colaborou com {thing}. O que você fazia lá?",
        "their-topic": "Olá {first}, vi que você escreve sobre {thing}. Qual é a pergunta sobre o tema à qual você sempre volta?",
        "career-move": "Olá {first}, vi que você passou da {before} para a {after}. O que atraiu você para a mudança?",
        "work-question": "Olá {first}, tenho curiosidade sobre como é uma semana típica para você como {role}. O que ocupa mais o seu tempo?",
        "their-place": "Olá {first}, vi que você está em {place}. Do que você mais gosta aí?",
        "follows": "Olá {first}, vi que nós dois seguimos {thing}. O que despertou o seu interesse?",
        "post": "Olá {first}, sua publicação recente (\u201c{quote}\u201d) ficou na minha cabeça. O que levou você a escrevê-la?",
        "offer-help": "Olá {first}, vi que você mencionou \u201c{quote}\u201d. Se ajudar, posso pensar em quem eu conheço e apresentar você a alguém.",
        "compliment-about": "Olá {first}, gostei de como você descreve seu trabalho: \u201c{quote}\u201d. Em que você está gostando de trabalhar nestes dias?",
        "compliment-role": "Olá {first}, seu trabalho como {role} parece muito interessante. O que tem sido mais gratificante até agora?",
    },
}

_EVIDENCE = {
    "post": "Their post{date}: \u201c{quote}\u201d",
    "offer-help": "They wrote: \u201c{quote}\u201d",
    "compliment-about": "Their about section: \u201c{quote}\u201d",
    "compliment-role": "Their current role: {role}",
}


def own_words(profile: Profile) -> list[str]:
    """The texts a person wrote about themselves: headline, about section, posts (what a message may quote)."""
    return [t for t in (profile.headline, profile.about, *(p.text for p in profile.posts)) if t]


def first_name(profile: Profile) -> str:
    """The name to greet them by: the first word of their name that is not a title, else their handle."""
    for word in (profile.name or "").split():
        if word.lower() not in _TITLES:
            return word.strip(",")
    return (profile.handle or "there").lstrip("@")


def profile_language(profile: Profile) -> str:
    """The language a profile is written in (en, es, fr, de, pt), from its own text."""
    text = " ".join(filter(None, [profile.headline, profile.about, *(p.text for p in profile.posts[:10])]))
    return detect_text_language(text)


def _quote(text: str, limit: int = 70) -> str:
    text = re.sub(r"\s+", " ", _URL.sub("", text or "")).strip().strip("\u201c\u201d\"'")
    sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0].rstrip(".")
    if len(sentence) <= limit:
        return sentence
    return sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:-") + "…"


def _whole_sentence(text: str, limit: int) -> str | None:
    """Their first sentence when it is short enough to quote whole; a cut-off quote reads carelessly."""
    quote = _quote(text, limit)
    return None if not quote or quote.endswith("…") else quote


def _thing(c: Commonality, lang: str) -> str:
    """The shared thing as they would say it: their own short wording for names ('MIT'), else its name."""
    short = 0 < len(c.theirs) <= 40 and not re.search(r"[.()!?]", c.theirs)
    if c.kind in ("school", "employer", "group") and short:
        return c.theirs.strip()
    if c.kind in ("interest", "cause", "skill") and short and (lang != "en" or c.kind == "skill"):
        return c.theirs.strip()
    if c.kind == "place" and lang == "en" and c.label.endswith(" area"):
        return f"the {c.label}"
    return c.label


def _shared_starter(lang: str, first: str, c: Commonality) -> Starter | None:
    template_name = c.kind
    fields = {"first": first, "thing": _thing(c, lang), "mine": c.mine, "theirs": c.theirs}
    if overlapped_in_time(c):
        template_name = f"{c.kind}-same-time"
    if is_followed_page(c):
        template_name = "follows"
    if is_family_match(c):
        template_name = "interest-category"
        fields["mine"], fields["theirs"] = _short_hobby(c.mine), _short_hobby(c.theirs)
        if not fields["mine"] or not fields["theirs"]:
            return None
    template = TEMPLATES[lang].get(template_name)
    if template is None:
        return None
    evidence = f"Shared {c.kind}: {c.label} (you: \u201c{_quote(c.mine, 60)}\u201d; them: \u201c{_quote(c.theirs, 60)}\u201d)"
    return Starter(text=template.format(**fields), kind=c.kind, evidence=evidence)


def _short_hobby(wording: str) -> str | None:
    return wording.strip() if 0 < len(wording) <= 30 and "." not in wording else None


def _recent_post(them: Profile, now: datetime) -> tuple[str, str | None] | None:
    dated = []
    for i, post in enumerate(them.posts):
        if not post.text or len(post.text.strip()) < 20:
            continue
        when = _parse_date(post.date)
        if when is not None and now - when > timedelta(days=RECENT_POST_DAYS):
            continue
        dated.append((when or datetime.min.replace(tzinfo=UTC), -i, post))
    if not dated:
        return None
    _, _, post = max(dated, key=lambda t: (t[0], t[1]))
    return post.text, post.date


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    for fmt, size in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        try:
            return datetime.strptime(value[:size], fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None


def _help_request(them: Profile) -> str | None:
    for text in filter(None, [them.headline, them.about, *(p.text for p in them.posts[:20])]):
        m = _HELP.search(_URL.sub("", text))
        if m:
            return m.group().strip(" ,;:-")
    return None


def _current_role(them: Profile, templates: dict[str, str]) -> str | None:
    for job in them.experience:
        if job.end is None and job.title and job.company:
            return templates["role"].format(title=job.title, company=job.company)
    for job in them.experience:
        if job.end is None and job.title:
            return job.title
    return None


def suggest_starters(
    me: Profile, them: Profile, common_ground: CommonGround, *, now: datetime | None = None
) -> list[Starter]:
    """3–5 openers for `them`, each grounded in named evidence, varied in kind, in their language."""
    now = now or datetime.now(UTC)
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    lang = profile_language(them)
    templates = TEMPLATES[lang]
    first = first_name(them)

    shared: list[Starter] = []
    used_kinds: set[str] = set()
    for c in common_ground.commonalities:
        if c.weight < MIN_WEIGHT_TO_MENTION or c.kind in used_kinds:
            continue
        starter = _shared_starter(lang, first, c)
        if starter:
            shared.append(starter)
            used_kinds.add(c.kind)
        if len(shared) == 3:
            break

    others: list[Starter] = []
    post = _recent_post(them, now)
    if post:
        text, date = post
        quote = _quote(text)
        others.append(Starter(text=templates["post"].format(first=first, quote=quote), kind="post",
                              evidence=_EVIDENCE["post"].format(date=f" ({date})" if date else "", quote=quote)))
    need = _help_request(them)
    if need:
        quote = _quote(need, 80)
        others.append(Starter(text=templates["offer-help"].format(first=first, quote=quote), kind="offer-help",
                              evidence=_EVIDENCE["offer-help"].format(quote=quote)))
    role = _current_role(them, templates)
    quote = _whole_sentence(them.about or "", 90)
    if quote and len(quote) >= 15:
        others.append(Starter(text=templates["compliment-about"].format(first=first, quote=quote),
                              kind="compliment", evidence=_EVIDENCE["compliment-about"].format(quote=quote)))
    if role:
        # The same compliment without quoting them: taken only if the quoting one was dropped.
        others.append(Starter(text=templates["compliment-role"].format(first=first, role=role), kind="compliment",
                              evidence=_EVIDENCE["compliment-role"].format(role=role)))

    # Interleave: the best shared thing first, then one of each other kind, then more shared ground, and
    # only then what their profile alone offers.
    own = _profile_starters(templates, first, them, role, lang)
    candidates = [*shared[:1], *others, *shared[1:], *own[:2],
                  *_topic_starters(templates, first, them, {s.kind for s in shared}), *own[2:]]
    their_words = own_words(them)
    chosen: list[Starter] = []
    for starter in candidates:
        kinds = {s.kind for s in chosen}
        if starter.kind in kinds or (starter.kind == "location" and "place" in kinds):
            continue
        if not _reads_as_no_pitch(starter.text, their_words):
            continue
        chosen.append(starter)
        if len(chosen) == MAX_STARTERS:
            break
    return chosen


def _reads_as_no_pitch(text: str, their_words: list[str]) -> bool:
    """True when the send guard (if installed) would let this through to a stranger untouched.

    Quoting their own words back is fine even when their bio reads like an ad ("I help teams…"): the
    guard is told what they wrote. A starter that still reads as a pitch is dropped for the next one.
    """
    guard = _pitch_guard()
    return guard is None or guard.check_draft(text, "stranger", their_words=their_words).verdict == "ok"


@lru_cache(maxsize=1)
def _pitch_guard():
    try:
        from companion.guard import pitch_guard
    except ImportError:  # the guard ships separately in a trimmed install; templates are written to pass it
        return None
    return pitch_guard


def _profile_starters(templates: dict[str, str], first: str, them: Profile, role: str | None, lang: str) -> list[Starter]:
    """When little is shared: their own path, work and place, each as a genuine question."""
    out = []
    companies = [job.company for job in them.experience if job.company]
    distinct = list(dict.fromkeys(companies))
    if len(distinct) >= 2:
        after, before = distinct[0], distinct[1]
        out.append(Starter(text=templates["career-move"].format(first=first, before=before, after=after),
                           kind="career", evidence=f"Their experience: {before}, then {after}"))
    if role:
        out.append(Starter(text=templates["compliment-role"].format(first=first, role=role), kind="compliment",
                           evidence=_EVIDENCE["compliment-role"].format(role=role)))
    if them.location:
        out.append(Starter(text=templates["their-place"].format(first=first, place=_place_name(them.location, lang)),
                           kind="location", evidence=f"Their location: {them.location}"))
    if role:
        out.append(Starter(text=templates["work-question"].format(first=first, role=role), kind="work",
                           evidence=_EVIDENCE["compliment-role"].format(role=role)))
    return out


def _place_name(location: str, lang: str) -> str:
    """'Greater Stockholm Metropolitan Area' as a person would say it: 'the Stockholm area'."""
    place = resolve_place(location)
    if place is None:
        return location
    if place.city:
        return place.city
    if place.metro_label:
        return f"the {place.metro_label}" if lang == "en" and place.metro_label.endswith(" area") else place.metro_label
    return location


def _topic_starters(templates: dict[str, str], first: str, them: Profile, used: set[str]) -> list[Starter]:
    """When little is shared: the subjects they write about, as a question about their view."""
    out: list[Starter] = []
    seen: set[str] = set()
    for text in filter(None, [them.headline, them.about, *(p.text for p in them.posts[:20])]):
        for topic, match in find_topics(text):
            if topic.key in seen or "topic" in used:
                continue
            seen.add(topic.key)
            quote = _quote(text[max(0, text.rfind(".", 0, match.start) + 1):], 70)
            out.append(Starter(text=templates["their-topic"].format(first=first, thing=topic.label), kind="topic",
                               evidence=f"They write about {topic.label}: \u201c{quote}\u201d"))
            return out
    return out
