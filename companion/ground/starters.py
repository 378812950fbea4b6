"""Conversation starters: up to 5 short openers a thoughtful person would send, each resting on named evidence.

Each draws on something different (a shared thing, a recent post of theirs, something they asked for
help with, their own work), greets them by first name, asks a real question or offers something, and
never pitches: no product, no call or demo request, no link. They are written in the person's own
language when it is Spanish, French, German or Portuguese. Short and simple on purpose: 25–50 words and a
question reply best (Lavender; Boomerang: 1–3 questions make a reply about 50% likelier).

Every starter claims only what its evidence shows, as the person receiving it would read it:
- "you write about X" rests on their own posts, never on a job title or headline (the parsers leave out
  reposts when the page marks them); LinkedIn's guest pages do not always say who wrote an item, so
  there a post is one "you shared";
- someone else's words (a quotation in their bio, a joke, a dialogue) are not quoted as theirs, nor is
  a post about a death or an election;
- a location is mentioned only when it names a real place, and never as news when you live there too;
- a career move is read from the dates, not from the order the page lists jobs in;
- nobody is asked how they learned a language that is native where they live or studied;
- no two starters rest on one fact (their current role, one post, one shared thing).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from importlib.resources import files
from typing import NamedTuple

from companion.ground.common_ground import (
    is_family_match,
    is_followed_page,
    overlapped_in_time,
)
from companion.ground.normalise.companies import normalise_company
from companion.ground.normalise.languages import detect_text_language, normalise_language
from companion.ground.normalise.places import resolve_place
from companion.ground.normalise.text import fold
from companion.ground.normalise.topics import find_topics
from companion.models import Commonality, CommonGround, Experience, Post, Profile, Starter

MAX_STARTERS = 5
# A shared thing too common to mention on its own (English, Microsoft Office).
MIN_WEIGHT_TO_MENTION = 0.1
RECENT_POST_DAYS = 180
# "You write about X" needs X in at least this many of their own posts: one post is not a habit.
MIN_POSTS_FOR_TOPIC = 2
# Fewer words than this say too little to tell a text's language.
MIN_WORDS_FOR_LANGUAGE = 6

_URL = re.compile(r"https?://\S+|www\.\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|app|ai|co|me|ly|gl)/\S*")
_TITLES = {"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.", "sir"}
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.\-]*(?:['’.\-][^\W\d_]+)*\.?$")
_WORDS = re.compile(r"[^\W\d_]+")

# Their own request, not a recruiter's 'looking for you': the phrase must open a sentence or follow I/we.
_OWN = r"(?:(?<=^)|(?<=[.!?\n] )|(?<=\bi'm )|(?<=\bi am )|(?<=\bwe're )|(?<=\bwe are )|(?<=\bcurrently )|(?<=\bstill ))"
_HELP_PATTERNS = [
    _OWN + r"looking for (?!you\b)[^.!?\n]{3,80}", _OWN + r"on the lookout for [^.!?\n]{3,80}",
    _OWN + r"searching for [^.!?\n]{3,80}",
    r"any (?:advice|recommendations|tips|pointers) (?:on|for|about) [^.!?\n]{3,80}",
    r"(?:does|do) anyone (?:know|have) [^.!?\n]{3,80}", r"can anyone recommend [^.!?\n]{3,80}",
    r"would love (?:advice|recommendations|pointers|to hear from) [^.!?\n]{3,80}",
    r"we(?:'re| are) hiring[^.!?\n]{0,80}", r"open to (?:work|new opportunities|new roles)[^.!?\n]{0,60}",
    _OWN + r"join (?:my|our) team[^.!?\n]{0,80}", r"i(?:'m| am) hiring[^.!?\n]{0,80}",
    r"busco [^.!?\n]{3,80}", r"estamos contratando[^.!?\n]{0,80}", r"je cherche [^.!?\n]{3,80}",
    r"nous recrutons[^.!?\n]{0,80}", r"ich suche [^.!?\n]{3,80}", r"wir suchen [^.!?\n]{3,80}",
    r"estou procurando [^.!?\n]{3,80}", r"procuro [^.!?\n]{3,80}",
]
_HELP = re.compile("|".join(f"(?:{p})" for p in _HELP_PATTERNS), re.IGNORECASE)

# Someone else's words: a line that opens with a quotation mark, or ends with an attribution ('~ Arthur C.
# Clarke', '— Seneca').
_QUOTE_MARKS = "\"“”„«»‘’"
_ATTRIBUTION = re.compile(r"(?:^|\s)(?:~|-{1,2}|–|—|―)\s*[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,3}\s*$")
# A joke: laughter, a sarcasm tag, or a dialogue in which one speaker talks twice ('El robot: … La chica: …
# El robot: …').
_LAUGHTER = re.compile(r"\b(?:lol|lmao|rofl|ha(?:ha)+|he(?:he)+|ja(?:ja)+|je(?:je)+|k{4,}|mdr|xd+)\b|/s\b|"
                       r"[\U0001F602\U0001F923\U0001F639\U0001F480\U0001F643\U0001F61C\U0001F61D\U0001F921]",
                       re.IGNORECASE)
_SPEAKER = re.compile(r"(?:^|(?<=[\s.!?]))((?:[^\W\d_]+ ){0,2}[^\W\d_]+):\s")
_MEME_SPEAKERS = {"me", "also me", "my brain", "nobody", "no one", "everyone", "my boss", "my therapist"}
# What one does not open a first message with: a death, violence, an election.
_SENSITIVE = re.compile(
    r"\b(?:murder\w*|killed|killings?|dead|death|died|dies|funeral|passed away|rip|rest in peace|shootings?|"
    r"war|genocide|suicide|cancer|rape|abuse|terror\w*|laid off|layoffs?|grief|grieving|right-?wing|left-?wing|"
    r"elections?|trump|biden|maga|abortion|asesinat\w*|muert[eoa]s?|guerra|morte|mort|tod|gestorben)\b",
    re.IGNORECASE,
)
# Words a cut-off quote must not end on ('…robots because the…').
_DANGLING = set(
    "a an the of to and or but because that which who with for in on at by from as is are was were be "
    "we i you he she they it my our your their his her its this these those if so than then not no "
    "de del la el los las y o en que con por para un una le les des du et à au der die das und mit zu "
    "von für o os as do da dos das e em com".split()
)
# A company's tagline after its name ('Insighture - We're hiring', 'Aristotle - Co-Pilot for Cold Sales').
_TAGLINE = re.compile(r"\s+(?:[-–—|·]|\|\|)\s+.*$")

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
        "language-other": "Hi {first}, I noticed you speak {thing} too, which I don't come across often. Where do you get to use it these days?",
        "interest": "Hi {first}, I saw you're into {thing} too. How did you get started, and what keeps you at it?",
        "interest-category": "Hi {first}, I saw you're into {theirs}; for me it's {mine}. How did you get into it?",
        "cause": "Hi {first}, I noticed you care about {thing} as well. What first got you involved?",
        "topic": "Hi {first}, we seem to think about {thing} a lot, both of us. What's something about it you've changed your mind on lately?",
        "skill": "Hi {first}, I see {thing} is part of your work too. What are you using it for these days?",
        "group": "Hi {first}, I saw you've volunteered with {thing} too. What kind of work did you do with them?",
        "their-topic": "Hi {first}, I see you write about {thing}. What's the question about it you keep coming back to?",
        "their-topic-shared": "Hi {first}, I see you often share posts about {thing}. What's the question about it you keep coming back to?",
        "career-move": "Hi {first}, I noticed you moved from {before} to {after}. What drew you to the change?",
        "work-question": "Hi {first}, I'm curious what a typical week looks like for you as {role}. What takes up most of your time?",
        "their-place": "Hi {first}, I see you're based in {place}. What do you like most about it there?",
        "follows": "Hi {first}, I noticed we both follow {thing}. What drew you to them?",
        "post": "Hi {first}, your recent post (\u201c{quote}\u201d) stayed with me. What prompted it?",
        "post-shared": "Hi {first}, the post you shared (\u201c{quote}\u201d) stayed with me. What made you share it?",
        "offer-help": "Hi {first}, I saw you mentioned \u201c{quote}\u201d. If it would help, I'm happy to think about who I know and introduce you to someone.",
        "offer-help-shared": "Hi {first}, I saw you shared \u201c{quote}\u201d. If it would help, I'm happy to think about who I know and introduce you to someone.",
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
        "language-other": "Hola {first}, he visto que tú también hablas {thing}, algo que no encuentro a menudo. ¿Dónde tienes ocasión de usarlo estos días?",
        "interest": "Hola {first}, he visto que a ti también te gusta {thing}. ¿Cómo empezaste?",
        "interest-category": "Hola {first}, he visto que te gusta {theirs}; lo mío es {mine}. ¿Cómo empezaste?",
        "cause": "Hola {first}, he visto que a ti también te importa {thing}. ¿Qué te llevó a implicarte?",
        "topic": "Hola {first}, parece que los dos pensamos mucho en {thing}. ¿Hay algo sobre el tema en lo que hayas cambiado de opinión últimamente?",
        "skill": "Hola {first}, veo que {thing} también forma parte de tu trabajo. ¿Para qué lo estás usando ahora?",
        "group": "Hola {first}, he visto que tú también has colaborado con {thing}. ¿Qué hacías con ellos?",
        "their-topic": "Hola {first}, veo que escribes sobre {thing}. ¿Cuál es la pregunta sobre el tema a la que siempre vuelves?",
        "their-topic-shared": "Hola {first}, veo que compartes a menudo publicaciones sobre {thing}. ¿Cuál es la pregunta sobre el tema a la que siempre vuelves?",
        "career-move": "Hola {first}, vi que pasaste de {before} a {after}. ¿Qué te llevó a dar el cambio?",
        "work-question": "Hola {first}, tengo curiosidad por cómo es una semana normal para ti como {role}. ¿A qué dedicas más tiempo?",
        "their-place": "Hola {first}, veo que vives en {place}. ¿Qué es lo que más te gusta de allí?",
        "follows": "Hola {first}, he visto que los dos seguimos a {thing}. ¿Qué te llamó la atención?",
        "post": "Hola {first}, tu publicación reciente (\u201c{quote}\u201d) se me quedó en la cabeza. ¿Qué te llevó a escribirla?",
        "post-shared": "Hola {first}, la publicación que compartiste (\u201c{quote}\u201d) se me quedó en la cabeza. ¿Qué te llevó a compartirla?",
        "offer-help": "Hola {first}, vi que mencionabas \u201c{quote}\u201d. Si te sirve, puedo pensar en quién conozco y presentarte a alguien.",
        "offer-help-shared": "Hola {first}, vi que compartiste \u201c{quote}\u201d. Si te sirve, puedo pensar en quién conozco y presentarte a alguien.",
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
        "language-other": "Bonjour {first}, j'ai vu que vous parlez aussi {thing}, ce qui est rare. Où avez-vous l'occasion de le parler en ce moment ?",
        "interest": "Bonjour {first}, j'ai vu que vous aimez aussi {thing}. Comment avez-vous commencé ?",
        "interest-category": "Bonjour {first}, j'ai vu que vous aimez {theirs} ; pour moi c'est {mine}. Comment avez-vous commencé ?",
        "cause": "Bonjour {first}, je vois que {thing} compte aussi pour vous. Comment avez-vous commencé à vous engager ?",
        "topic": "Bonjour {first}, nous semblons tous les deux beaucoup réfléchir à {thing}. Sur quoi avez-vous changé d'avis récemment ?",
        "skill": "Bonjour {first}, je vois que {thing} fait aussi partie de votre travail. À quoi l'utilisez-vous en ce moment ?",
        "group": "Bonjour {first}, j'ai vu votre engagement bénévole chez {thing}, qui compte aussi pour moi. Quel était votre rôle là-bas ?",
        "their-topic": "Bonjour {first}, je vois que vous écrivez sur {thing}. Quelle est la question à laquelle vous revenez toujours ?",
        "their-topic-shared": "Bonjour {first}, je vois que vous partagez souvent des publications sur {thing}. Quelle est la question à laquelle vous revenez toujours ?",
        "career-move": "Bonjour {first}, j'ai vu votre passage de {before} à {after}. Qu'est-ce qui vous a donné envie de changer ?",
        "work-question": "Bonjour {first}, comment se passent vos journées comme {role} ? Qu'est-ce qui vous occupe le plus ?",
        "their-place": "Bonjour {first}, je vois que vous êtes à {place}. Qu'est-ce que vous y aimez le plus ?",
        "follows": "Bonjour {first}, nous suivons tous deux {thing}, il me semble. Comment l'avez-vous découvert ?",
        "post": "Bonjour {first}, votre publication récente (\u00ab {quote} \u00bb) m'est restée en tête. Qu'est-ce qui vous a donné envie de l'écrire ?",
        "post-shared": "Bonjour {first}, la publication que vous avez partagée (\u00ab {quote} \u00bb) m'est restée en tête. Qu'est-ce qui vous a donné envie de la partager ?",
        "offer-help": "Bonjour {first}, j'ai vu que vous écriviez \u00ab {quote} \u00bb. Si cela peut aider, je veux bien réfléchir à qui je connais et vous présenter quelqu'un.",
        "offer-help-shared": "Bonjour {first}, j'ai vu que vous avez partagé \u00ab {quote} \u00bb. Si cela peut aider, je veux bien réfléchir à qui je connais et vous présenter quelqu'un.",
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
        "language-other": "Hallo {first}, ich habe gesehen, dass Sie auch {thing} sprechen, was selten ist. Wo kommen Sie derzeit dazu, es zu sprechen?",
        "interest": "Hallo {first}, ich habe gesehen, dass Sie sich auch für {thing} begeistern. Wie sind Sie dazu gekommen?",
        "interest-category": "Hallo {first}, ich habe gesehen, dass Sie {theirs} mögen; bei mir ist es {mine}. Wie sind Sie dazu gekommen?",
        "cause": "Hallo {first}, ich habe gesehen, dass Ihnen {thing} auch wichtig ist. Was hat Sie dazu gebracht, sich zu engagieren?",
        "topic": "Hallo {first}, wir scheinen beide viel über {thing} nachzudenken. Wozu haben Sie kürzlich Ihre Meinung geändert?",
        "skill": "Hallo {first}, ich sehe, dass {thing} auch zu Ihrer Arbeit gehört. Wofür nutzen Sie es gerade?",
        "group": "Hallo {first}, ich habe gesehen, dass Sie sich auch bei {thing} engagiert haben. Was haben Sie dort gemacht?",
        "their-topic": "Hallo {first}, ich sehe, dass Sie über {thing} schreiben. Welche Frage dazu beschäftigt Sie immer wieder?",
        "their-topic-shared": "Hallo {first}, ich sehe, dass Sie oft Beiträge über {thing} teilen. Welche Frage dazu beschäftigt Sie immer wieder?",
        "career-move": "Hallo {first}, ich habe gesehen, dass Sie von {before} zu {after} gewechselt sind. Was hat Sie an dem Wechsel gereizt?",
        "work-question": "Hallo {first}, mich würde interessieren, wie eine typische Woche für Sie als {role} aussieht. Was nimmt die meiste Zeit ein?",
        "their-place": "Hallo {first}, ich sehe, Sie sind in {place}. Was gefällt Ihnen dort am besten?",
        "follows": "Hallo {first}, ich habe gesehen, dass wir beide {thing} folgen. Was interessiert Sie daran?",
        "post": "Hallo {first}, Ihr Beitrag (\u201e{quote}\u201c) ist mir im Kopf geblieben. Was hat Sie dazu gebracht?",
        "post-shared": "Hallo {first}, der Beitrag, den Sie geteilt haben (\u201e{quote}\u201c), ist mir im Kopf geblieben. Was hat Sie dazu gebracht, ihn zu teilen?",
        "offer-help": "Hallo {first}, ich habe gesehen, dass Sie \u201e{quote}\u201c geschrieben haben. Wenn es hilft, überlege ich gern, wen ich kenne, und stelle Ihnen jemanden vor.",
        "offer-help-shared": "Hallo {first}, ich habe gesehen, dass Sie \u201e{quote}\u201c geteilt haben. Wenn es hilft, überlege ich gern, wen ich kenne, und stelle Ihnen jemanden vor.",
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
        "language-other": "Olá {first}, vi que você também fala {thing}, o que não vejo com frequência. Onde você tem a chance de usar hoje em dia?",
        "interest": "Olá {first}, vi que você também curte {thing}. Como você começou?",
        "interest-category": "Olá {first}, vi que você curte {theirs}; no meu caso é {mine}. Como você começou?",
        "cause": "Olá {first}, vi que {thing} também é importante para você. O que levou você a se envolver?",
        "topic": "Olá {first}, parece que nós dois pensamos bastante em {thing}. Em que ponto você mudou de ideia recentemente?",
        "skill": "Olá {first}, vi que {thing} também faz parte do seu trabalho. Para que você está usando hoje em dia?",
        "group": "Olá {first}, vi que você também colaborou com {thing}. O que você fazia lá?",
        "their-topic": "Olá {first}, vi que você escreve sobre {thing}. Qual é a pergunta sobre o tema à qual você sempre volta?",
        "their-topic-shared": "Olá {first}, vi que você compartilha muitas publicações sobre {thing}. Qual é a pergunta sobre o tema à qual você sempre volta?",
        "career-move": "Olá {first}, vi que você passou da {before} para a {after}. O que atraiu você para a mudança?",
        "work-question": "Olá {first}, tenho curiosidade sobre como é uma semana típica para você como {role}. O que ocupa mais o seu tempo?",
        "their-place": "Olá {first}, vi que você está em {place}. Do que você mais gosta aí?",
        "follows": "Olá {first}, vi que nós dois seguimos {thing}. O que despertou o seu interesse?",
        "post": "Olá {first}, sua publicação recente (\u201c{quote}\u201d) ficou na minha cabeça. O que levou você a escrevê-la?",
        "post-shared": "Olá {first}, a publicação que você compartilhou (\u201c{quote}\u201d) ficou na minha cabeça. O que levou você a compartilhá-la?",
        "offer-help": "Olá {first}, vi que você mencionou \u201c{quote}\u201d. Se ajudar, posso pensar em quem eu conheço e apresentar você a alguém.",
        "offer-help-shared": "Olá {first}, vi que você compartilhou \u201c{quote}\u201d. Se ajudar, posso pensar em quem eu conheço e apresentar você a alguém.",
        "compliment-about": "Olá {first}, gostei de como você descreve seu trabalho: \u201c{quote}\u201d. Em que você está gostando de trabalhar nestes dias?",
        "compliment-role": "Olá {first}, seu trabalho como {role} parece muito interessante. O que tem sido mais gratificante até agora?",
    },
}

_EVIDENCE = {
    "post": "Their post{date}: \u201c{quote}\u201d",
    "post-shared": "A post they shared{date} (LinkedIn does not say whether they wrote it): \u201c{quote}\u201d",
    "offer-help": "They wrote: \u201c{quote}\u201d",
    "offer-help-shared": "A post they shared (LinkedIn does not say whether they wrote it): \u201c{quote}\u201d",
    "compliment-about": "Their about section: \u201c{quote}\u201d",
    "compliment-role": "Their current role: {role}",
}


@dataclass(frozen=True, slots=True)
class _Option:
    """A starter and the facts it rests on: two options resting on one fact are never both offered."""

    starter: Starter
    facts: frozenset[str]


def own_words(profile: Profile) -> list[str]:
    """The texts a person wrote about themselves: headline, about section, posts (what a message may quote)."""
    return [t for t in (profile.headline, profile.about, *(p.text for p in profile.posts)) if t]


def first_name(profile: Profile) -> str:
    """The name to greet them by: the first word of their name that is not a title, else their handle.

    A display name that does not start with a name ('#!/kiko/beats') gives way to the handle.
    """
    for word in (profile.name or "").split():
        word = word.strip(",;:!?")
        if word.lower() in _TITLES:
            continue
        if _NAME_WORD.match(word):
            return word
        break
    return (profile.handle or "there").lstrip("@")


def profile_language(profile: Profile) -> str:
    """The language a person writes in (en, es, fr, de, pt): their own headline and about, else most of their posts.

    One post in another language does not switch it, and a language that is not spoken where they live
    (Italian read as Spanish, say) falls back to English.
    """
    own = " ".join(filter(None, [profile.headline, profile.about]))
    if _word_count(own) >= MIN_WORDS_FOR_LANGUAGE:
        lang = detect_text_language(own)
    else:
        votes = Counter(detect_text_language(p.text) for p in _own_posts(profile)[:10]
                        if _word_count(p.text) >= MIN_WORDS_FOR_LANGUAGE)
        lang, count = votes.most_common(1)[0] if votes else ("en", 0)
        if lang != "en" and (count < 2 or 2 * count <= sum(votes.values())):
            lang = "en"
    if lang != "en":
        place = resolve_place(profile.location or "")
        if place is not None and place.country and lang not in _official_languages().get(place.country, ()):
            lang = "en"
    return lang


class HelpRequest(NamedTuple):
    """Something a person asked for, in their words."""

    words: str  # 'looking for a mentor in product design'
    where: str  # 'headline', 'about' or 'post:3'
    authored: bool  # False for a post on LinkedIn, which may be a repost of someone else's


def help_request(profile: Profile) -> HelpRequest | None:
    """The first thing they asked for (in their headline, about section, or a post of theirs), if any."""
    sources = [("headline", profile.headline), ("about", profile.about)]
    sources += [(f"post:{i}", p.text) for i, p in enumerate(profile.posts[:20]) if not _by_someone_else(p, profile)]
    for where, text in sources:
        m = _HELP.search(_URL.sub("", text or ""))
        if m:
            return HelpRequest(m.group().strip(" ,;:-"), where,
                               not where.startswith("post:") or _authorship_known(profile))
    return None


def _word_count(text: str | None) -> int:
    return len(_WORDS.findall(_URL.sub("", text or "")))


# ---------------------------------------------------------------- what may be quoted


def _sentences(text: str) -> list[str]:
    """Sentences of a text without its links; a line break ends one too (a post's title line)."""
    out = []
    for line in _URL.sub("", text or "").splitlines():
        line = re.sub(r"\s+", " ", line).strip()
        out.extend(s for s in re.split(r"(?<=[.!?])\s", line) if s.strip())
    return out


def _quote(text: str, limit: int = 70) -> str:
    """Their first sentence, cut at a word (never after 'the') when much longer than `limit`."""
    sentences = _sentences(text)
    sentence = (sentences[0] if sentences else "").strip().strip(_QUOTE_MARKS).strip().rstrip(".")
    sentence = re.sub(r"^[^\w(]+", "", sentence)  # a leading emoji or bullet ('⚡ Magnific en…')
    if len(sentence) <= limit + 20:  # a few words over is better than a cut
        return sentence
    words = sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:-–").split(" ")
    while len(words) > 3 and (words[-1].lower().strip(",;:") in _DANGLING or not re.search(r"\w", words[-1])):
        words.pop()
    return " ".join(words).rstrip(",;:-–") + "…"


def _is_quotation(paragraph: str) -> bool:
    """True for someone else's words: a paragraph in quotation marks, or one signed by its author."""
    text = paragraph.strip()
    return bool(text) and (text[0] in _QUOTE_MARKS or bool(_ATTRIBUTION.search(text)))


def _is_joke(text: str) -> bool:
    """True for a post that is a joke: laughter, '/s', or a dialogue in which a speaker talks twice."""
    if _LAUGHTER.search(text):
        return True
    labels = [s.casefold() for s in _SPEAKER.findall(text)]
    if any(label in _MEME_SPEAKERS or label.split(" ", 1)[-1] in _MEME_SPEAKERS for label in labels):
        return True
    # By the label's last word: 'NO El robot:' is the robot again.
    return any(n >= 2 for n in Counter(label.rsplit(" ", 1)[-1] for label in labels).values())


def _quotable(text: str) -> bool:
    """Their own words, fit to quote back to them in a first message."""
    first = next(iter(_sentences(text)), "")
    return (
        len(first) >= 15
        and not _is_quotation(text.strip().splitlines()[0] if text.strip() else "")
        and not any(mark in first for mark in _QUOTE_MARKS)
        and not _is_joke(text)
        and not _SENSITIVE.search(text)
        and _word_count(first) >= 4
    )


def _about_sentence(about: str, limit: int) -> str | None:
    """The first sentence of their about section that is their own words and short enough to quote whole."""
    for paragraph in [p for p in re.split(r"\n\s*\n|\n", about or "") if p.strip()][:3]:
        if _is_quotation(paragraph):
            continue
        for sentence in _sentences(paragraph)[:2]:
            if _HELP.search(sentence):
                continue  # a request is answered by the offer of help, not complimented
            if not _quotable(sentence):
                return None
            quote = _quote(sentence, limit)
            return None if not quote or quote.endswith("…") or len(quote) < 15 else quote
        return None
    return None


# ---------------------------------------------------------------- their posts


def _authorship_known(profile: Profile) -> bool:
    """False on LinkedIn, whose guest pages do not always say who wrote an item of the activity list."""
    return profile.site != "linkedin"


_AUTHOR_IN_URL = (r"linkedin\.com/posts/([^/_?]+)_", r"(?:x|twitter)\.com/([^/?]+)/status/", r"bsky\.app/profile/([^/?]+)/post/")


def _by_someone_else(post: Post, profile: Profile) -> bool:
    """True when the post's own address names another author (a reshare that slipped through)."""
    if not post.url:
        return False
    names = {(profile.handle or "").lstrip("@").casefold()}
    for address in (profile.url, *profile.aliases):
        names.update(re.findall(r"/(?:in|profile)/([^/?#]+)", (address or "").casefold()))
    names.discard("")
    for pattern in _AUTHOR_IN_URL:
        match = re.search(pattern, post.url.casefold())
        if match:
            return bool(names) and match.group(1) not in names
    return False


def _own_posts(profile: Profile) -> list[Post]:
    return [p for p in profile.posts if p.text and not _by_someone_else(p, profile)]


def _recent_post(them: Profile, now: datetime) -> tuple[int, Post] | None:
    """Their latest post from the last six months that is fit to quote, with its index."""
    dated = []
    for i, post in enumerate(them.posts):
        if not post.text or len(post.text.strip()) < 20 or _by_someone_else(post, them):
            continue
        if not _quotable(post.text) or _HELP.search(_URL.sub("", post.text)):
            continue  # a joke, a quotation, a death; a request is answered by the offer of help instead
        when = _parse_date(post.date)
        if when is not None and now - when > timedelta(days=RECENT_POST_DAYS):
            continue
        dated.append((when or datetime.min.replace(tzinfo=UTC), -i, post))
    if not dated:
        return None
    _, neg_i, post = max(dated, key=lambda t: (t[0], t[1]))
    return -neg_i, post


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    for fmt, size in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        try:
            return datetime.strptime(value[:size], fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None


# ---------------------------------------------------------------- their work


def _months(value: str | None) -> tuple[int, int] | None:
    """The earliest and latest month a date may mean: '2019-03' is one month, '2019' any month of 2019."""
    when = _parse_date(value)
    if when is None:
        return None
    first = when.year * 12 + when.month - 1
    return (first, first) if len(value.strip()) >= 7 else (first, first + 11)


def company_name(name: str) -> str:
    """The company as people say it: without the tagline some pages append ('Insighture - We're hiring')."""
    short = _TAGLINE.sub("", name.strip())
    return short if len(short) >= 2 else name.strip()


def _company_fact(name: str) -> str:
    company = normalise_company(name)
    return f"employer:{fold(company.label if company else name)}"


def _same_company(a: str, b: str) -> bool:
    """One employer under two names ('Work&Coaching AB', 'Work&Coaching i Sverige AB'), as far as a move goes."""
    if _company_fact(a) == _company_fact(b):
        return True
    first_a, first_b = (fold(company_name(x)).split(" ")[0] for x in (a, b))
    return len(first_a) >= 4 and first_a == first_b


def current_job(them: Profile) -> Experience | None:
    """Their current job: of those without an end, the latest started (a page may list a side role first)."""
    current = [job for job in them.experience if job.end is None and (job.title or job.company)]
    if not current:
        return None
    return max(current, key=lambda job: ((_months(job.start) or (0, 0))[0], job.title is not None,
                                         job.company is not None))


def _current_role(them: Profile, templates: dict[str, str]) -> tuple[str, frozenset[str]] | None:
    job = current_job(them)
    if job is None or not job.title:
        return None
    if job.company:
        role = templates["role"].format(title=job.title, company=company_name(job.company))
        return role, frozenset({"role"})
    return job.title, frozenset({"role"})


# A new job is often dated a little before the old one ends; a year or more between them is no 'move'.
MOVE_GRACE_MONTHS = 3
MOVE_GAP_MONTHS = 12
# A move older than this is history, not news to ask about ('Verizon to Microsoft' in 2006).
MOVE_RECENT_MONTHS = 60


def _career_move(them: Profile, now: datetime) -> tuple[str, str] | None:
    """(before, after): their latest move between employers, read from the dates, never from the page's order.

    `before` ended and `after` is the first job they started next; roles held at the same time, a company
    they still work at, jobs without dates and moves of more than five years ago are no move.
    """
    dated = [(j, _months(j.start)) for j in them.experience if j.company and _months(j.start)]
    current = [j.company for j, _ in dated if j.end is None]
    best: tuple[tuple[int, int], Experience, Experience] | None = None
    for before, before_start in dated:
        left = _months(before.end)
        if left is None or any(_same_company(before.company, c) for c in current):
            continue
        ended = left[1]  # the latest it may have ended: '2023' could be December
        following = [(start, j) for j, start in dated if not _same_company(j.company, before.company)
                     and ended - MOVE_GRACE_MONTHS <= start[0] <= ended + MOVE_GAP_MONTHS
                     and start[0] > before_start[0]]
        if not following:
            continue
        start, after = min(following, key=lambda t: t[0][0])
        rank = (start[0], left[1])
        if best is None or rank > best[0]:
            best = (rank, before, after)
    if best is None or best[0][0] < now.year * 12 + now.month - 1 - MOVE_RECENT_MONTHS:
        return None
    return company_name(best[1].company), company_name(best[2].company)


# ---------------------------------------------------------------- places and languages


def _their_place(me: Profile, them: Profile, lang: str) -> str | None:
    """Their location as a person would say it ('the Stockholm area'), or None when it names no real place
    ('PORT_ALREADY_USED', 'Moon') or a place you are in too ('Sweden' when you live in Stockholm: that is
    common ground, not news about them)."""
    place = resolve_place(them.location or "")
    if place is None:
        return None
    levels = {level: key for level, key, _ in place.levels()}
    if place.city:
        name, level = place.city, "city"
    elif place.metro_label:
        name, level = place.metro_label, "metro"
        if name.endswith(" area"):
            name = f"the {name}" if lang == "en" else name.removesuffix(" area")
    else:
        name, level = (them.location or "").strip(), "region" if "region" in levels else "country"
    mine = resolve_place(me.location or "")
    if mine is not None and levels.get(level) in {key for _, key, _ in mine.levels()}:
        return None
    return name


@lru_cache(maxsize=1)
def _official_languages() -> dict[str, frozenset[str]]:
    """Country code → the languages official there, nationally or regionally (CLDR territoryInfo, as shipped
    with language_data: 'BR' → pt, 'EC' → es and qu)."""
    root = ET.fromstring((files("language_data") / "data" / "supplementalData.xml").read_bytes())
    out: dict[str, frozenset[str]] = {}
    for territory in root.iter("territory"):
        codes = {lp.get("type", "").split("_")[0] for lp in territory.iter("languagePopulation")
                 if lp.get("officialStatus") in ("official", "de_facto_official", "official_regional")}
        if territory.get("type") and codes:
            out[territory.get("type")] = frozenset(codes)
    return out


# A school's name in its own language says where it is ('Universidad de Guayaquil', 'Technische Universität').
_SCHOOL_WORDS = {
    "es": r"universidad|escuela|facultad|instituto tecnol[oó]gico|colegio",
    "pt": r"universidade|faculdade|escola|instituto federal|col[eé]gio",
    "fr": r"universit[eé]|[eé]cole|lyc[eé]e|institut\b",
    "de": r"universit[aä]t|hochschule|gymnasium|fachhochschule",
    "it": r"universit[aà]\b|politecnico|liceo|istituto",
    "nl": r"universiteit|hogeschool",
    "sv": r"universitet|h[oö]gskola",
    "pl": r"uniwersytet|politechnika",
}
_SCHOOL_LANGUAGE = [(code, re.compile(rf"\b(?:{words})", re.IGNORECASE)) for code, words in _SCHOOL_WORDS.items()]
_NAME_PARTS = re.compile(r"\s*(?:[,()]|\s[-–—]\s|\b(?:de|del|da|do|di|du|of|at|in)\b)\s*")
_NATIVE_MARK = re.compile(r"native|bilingual|mother tongue|muttersprache|nativ[oa]|maternelle|materna", re.IGNORECASE)


def _school_countries(name: str) -> set[str]:
    out = set()
    for part in _NAME_PARTS.split(name or ""):
        part = part.strip()
        if len(part) >= 3 and part[0].isupper():
            place = resolve_place(part)
            if place is not None and place.country:
                out.add(place.country)
    return out


def _native_languages(them: Profile) -> set[str]:
    """Languages native where they live or studied, or that they call their own (codes: 'pt', 'es')."""
    countries = set()
    place = resolve_place(them.location or "")
    if place is not None and place.country:
        countries.add(place.country)
    codes: set[str] = set()
    for edu in them.education:
        countries |= _school_countries(edu.school or "")
        codes |= {code for code, words in _SCHOOL_LANGUAGE if words.search(edu.school or "")}
    official = _official_languages()
    for country in countries:
        codes |= official.get(country, frozenset())
    for name in them.languages:
        language = normalise_language(name)
        if language is not None and _NATIVE_MARK.search(name):
            codes.add(language.code)
    written = profile_language(them)
    if written != "en":
        codes.add(written)
    return codes


def _lives_where_spoken(them: Profile, code: str) -> bool:
    place = resolve_place(them.location or "")
    return place is not None and bool(place.country) and code in _official_languages().get(place.country, ())


# ---------------------------------------------------------------- shared ground


def _thing(c: Commonality, lang: str) -> str:
    """The shared thing as they would say it: their own short wording for names ('MIT'), else its name."""
    short = 0 < len(c.theirs) <= 40 and not re.search(r"[.()!?]", c.theirs)
    if c.kind in ("school", "employer", "group") and short:
        return company_name(c.theirs) if c.kind == "employer" else c.theirs.strip()
    if c.kind in ("interest", "cause", "skill") and short and (lang != "en" or c.kind == "skill"):
        return c.theirs.strip()
    if c.kind == "place" and c.label.endswith(" area"):
        return f"the {c.label}" if lang == "en" else c.label.removesuffix(" area")
    return c.label


def _shared_fact(c: Commonality) -> str:
    if c.kind == "place":
        return "place"
    if c.kind == "employer":
        return _company_fact(c.theirs or c.label)
    return f"{c.kind}:{fold(c.label)}"


def _shared_starter(lang: str, first: str, c: Commonality, them: Profile) -> _Option | None:
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
    if c.kind == "language":
        language = normalise_language(c.theirs) or normalise_language(c.label)
        code = language.code if language else ""
        if code in _native_languages(them):
            return None  # their own language where they live or studied: nothing to ask about, nothing rare
        # 'How did you come to learn it?' only when it must have been learned (Esperanto is nobody's country's).
        spoken_somewhere = any(code in codes for codes in _official_languages().values())
        template_name = "language-other" if spoken_somewhere else "language"
    template = TEMPLATES[lang].get(template_name)
    if template is None:
        return None
    evidence = f"Shared {c.kind}: {c.label} (you: \u201c{_quote(c.mine, 60)}\u201d; them: \u201c{_quote(c.theirs, 60)}\u201d)"
    starter = Starter(text=_tidy(template.format(**fields)), kind=c.kind, evidence=evidence)
    return _Option(starter, frozenset({_shared_fact(c)}))


def _short_hobby(wording: str) -> str | None:
    return wording.strip() if 0 < len(wording) <= 30 and "." not in wording else None


def _tidy(text: str) -> str:
    """'…to Bounced Inc.. What…' → '…to Bounced Inc. What…'."""
    return re.sub(r"(?<!\.)\.\.(?=\s|$)", ".", text)


# ---------------------------------------------------------------- choosing


def suggest_starters(
    me: Profile, them: Profile, common_ground: CommonGround, *, now: datetime | None = None
) -> list[Starter]:
    """Up to 5 openers for `them` (3 or more when their page says enough), each on its own fact, in their language."""
    now = now or datetime.now(UTC)
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    lang = profile_language(them)
    templates = TEMPLATES[lang]
    first = first_name(them)
    authored = _authorship_known(them)

    shared: list[_Option] = []
    used_kinds: set[str] = set()
    for c in common_ground.commonalities:
        if c.weight < MIN_WEIGHT_TO_MENTION or c.kind in used_kinds:
            continue
        option = _shared_starter(lang, first, c, them)
        if option:
            shared.append(option)
            used_kinds.add(c.kind)
        if len(shared) == 3:
            break

    others: list[_Option] = []
    post = _recent_post(them, now)
    if post:
        index, found = post
        quote = _quote(found.text)
        name = "post" if authored else "post-shared"
        facts = {f"post:{index}"} | {f"topic:{fold(t.label)}" for t, _ in find_topics(quote)}
        others.append(_Option(
            Starter(text=templates[name].format(first=first, quote=quote), kind="post",
                    evidence=_EVIDENCE[name].format(date=f" ({found.date})" if found.date else "", quote=quote)),
            frozenset(facts)))
    need = help_request(them)
    if need:
        text, where = need.words, need.where
        quote = _quote(text, 80)
        name = "offer-help" if need.authored else "offer-help-shared"
        others.append(_Option(
            Starter(text=templates[name].format(first=first, quote=quote), kind="offer-help",
                    evidence=_EVIDENCE[name].format(quote=quote)),
            frozenset({where if where.startswith("post:") else f"need:{fold(quote)}"})))
    role = _current_role(them, templates)
    quote = _about_sentence(them.about or "", 80)
    if quote:
        others.append(_Option(
            Starter(text=templates["compliment-about"].format(first=first, quote=quote), kind="compliment",
                    evidence=_EVIDENCE["compliment-about"].format(quote=quote)),
            frozenset({f"about:{fold(quote)}"})))
    if role:
        # The same compliment without quoting them: taken only if the quoting one was dropped.
        others.append(_role_option(templates, "compliment-role", first, role))

    # Interleave: the best shared thing first, then one of each other kind, then more shared ground, and
    # only then what their profile alone offers.
    own = _profile_starters(templates, first, me, them, role, lang, now)
    candidates = [*shared[:1], *others, *shared[1:], *own[:2],
                  *_topic_starters(templates, first, them, authored), *own[2:]]
    their_words = own_words(them)
    chosen: list[Starter] = []
    facts: set[str] = set()
    for option in candidates:
        starter = option.starter
        kinds = {s.kind for s in chosen}
        if starter.kind in kinds or (starter.kind == "location" and "place" in kinds) or option.facts & facts:
            continue
        if not _reads_as_no_pitch(starter.text, their_words):
            continue
        chosen.append(starter)
        facts |= option.facts
        if len(chosen) == MAX_STARTERS:
            break
    return chosen


def _role_option(templates: dict[str, str], name: str, first: str, role: tuple[str, frozenset[str]]) -> _Option:
    text, facts = role
    return _Option(Starter(text=_tidy(templates[name].format(first=first, role=text)),
                           kind="compliment" if name == "compliment-role" else "work",
                           evidence=_EVIDENCE["compliment-role"].format(role=text)), facts)


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


def _profile_starters(templates: dict[str, str], first: str, me: Profile, them: Profile,
                      role: tuple[str, frozenset[str]] | None, lang: str, now: datetime) -> list[_Option]:
    """When little is shared: their own path, work and place, each as a genuine question."""
    out = []
    move = _career_move(them, now)
    if move:
        before, after = move
        out.append(_Option(
            Starter(text=_tidy(templates["career-move"].format(first=first, before=before, after=after)),
                    kind="career", evidence=f"Their experience, by date: {before}, then {after}"),
            # The company they left is the news here; where they are now is also their role's.
            frozenset({"career", _company_fact(before)})))
    if role:
        out.append(_role_option(templates, "compliment-role", first, role))
    place = _their_place(me, them, lang)
    if place:
        out.append(_Option(
            Starter(text=templates["their-place"].format(first=first, place=place), kind="location",
                    evidence=f"Their location: {them.location}"),
            frozenset({"place"})))
    if role:
        out.append(_role_option(templates, "work-question", first, role))
    return out


def _topic_starters(templates: dict[str, str], first: str, them: Profile, authored: bool) -> list[_Option]:
    """What they keep posting about (in two posts or more), as a question about their view.

    Only their posts count: a headline ('Founder') says what they do, not what they write about.
    """
    posts: dict[str, list[tuple[str, str]]] = {}
    labels: dict[str, str] = {}
    for post in _own_posts(them)[:20]:
        text = _URL.sub("", post.text)
        for topic, match in find_topics(text):
            if topic.key in posts and posts[topic.key][-1][0] == post.text:
                continue
            labels[topic.key] = topic.label
            sentence = text[max(0, text.rfind(".", 0, match.start) + 1):]
            posts.setdefault(topic.key, []).append((post.text, sentence))
    if not posts:
        return []
    key, found = max(posts.items(), key=lambda kv: len(kv[1]))
    if len(found) < MIN_POSTS_FOR_TOPIC:
        return []
    label, quote = labels[key], _quote(found[0][1], 70)
    name = "their-topic" if authored else "their-topic-shared"
    verb = "wrote" if authored else "shared"
    return [_Option(
        Starter(text=templates[name].format(first=first, thing=label), kind="topic",
                evidence=f"They {verb} {len(found)} posts about {label}, e.g. \u201c{quote}\u201d"),
        frozenset({f"topic:{fold(label)}"}))]
