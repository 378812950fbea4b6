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
- someone else's words (a quotation in their bio, a joke, a dialogue, a retweet, half of a conversation)
  are not quoted as theirs, nor is a greeting or a disclaimer quoted as how they describe their work;
- a post about a death, an illness, a lost job or an election is not small talk;
- a subject 'we both think about a lot' rests on two of their posts; a subject their profile only mentions is
  no reason to write ('what have you changed your mind on?' to a stranger is vague and heavy);
- a location is mentioned only when it names a real place and there is a link: the city you both live in
  (common ground), or the city where you studied; where they live alone is no reason to write. In another
  language it is named as they name it ('München'), else 'the same city', never by its English name;
- good news (a launch, a result, an anniversary) is congratulated, not asked 'what prompted it?'; an
  invitation is not a post to ask about; a request for help four months old is not answered;
- only a sentence that tells what they do is 'the way you describe your work' (not a proverb, a joke, a
  status, a note on their name, a notice to recruiters); only a tool is something they 'use for' something;
- a colleague who named you in a post is no stranger: no starters; nor from a recruiter or a salesperson to
  who asked for none; someone between jobs or leaving theirs is not asked about the job; an organisation's
  account is greeted by its name and asked nothing personal; your own language is not one you 'rarely
  come across'; a company they are still at is not 'your time there';
- a career move is read from the dates, not from the order the page lists jobs in, and a career break,
  a search for work or self-employment is no employer to have moved to;
- nothing undated is called recent, and nothing old is raised as news;
- nobody is asked how they learned a language that is native where they live, studied or come from, or
  that they list by its own name ('Català');
- they are greeted by the name they go by ('Robert "Bob" Smith', 'please call me Kate');
- who asks for no pitches or no recruiters is offered no introductions and asked no discovery question;
- no two starters rest on one fact (their current role, one post, one shared thing, one sentence of theirs);
- only fresh news is congratulated (a post of the last FRESH_NEWS_DAYS days), and 'today', 'this week',
  'yesterday' are never quoted from an older or undated post: quoted months later they are untrue;
- a milestone of their company or their people ('Acme turns 10', 'our nurses' 25 years of service') is
  congratulated to them and their team, never asked about as their own journey ('along the way');
- a bare compliment on their job title and 'we're both in [city]' are last resorts, offered only when
  nothing more specific is there to write about;
- a starter is written in a language you both share: theirs when your profile lists it (or lists no
  languages at all), else English, else another language you both list.
"""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
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
from companion.ground.names import ASKED_NAME, first_name
from companion.ground.normalise.companies import normalise_company
from companion.ground.normalise.languages import detect_text_language, normalise_language
from companion.ground.normalise.places import resolve_place
from companion.ground.normalise.text import fold, load_table
from companion.ground.normalise.topics import find_topics
from companion.models import Commonality, CommonGround, Experience, Post, Profile, Starter

MAX_STARTERS = 5
# A shared thing too common to mention on its own (English, Microsoft Office).
MIN_WEIGHT_TO_MENTION = 0.1
RECENT_POST_DAYS = 180
# Only a post from the last three months is called 'recent'; an older one is just 'your post'.
RECENT_WORDING_DAYS = 90
# Good news is congratulated only while it is news: a month (a launch or an anniversary quoted back two
# months later reads as a mail merge, and 'this week' in it is no longer true).
FRESH_NEWS_DAYS = 30
# A request for help older than this has most likely been answered: no offer of introductions.
RECENT_HELP_DAYS = 120
# "You write about X" needs X in at least this many of their own posts: one post is not a habit.
MIN_POSTS_FOR_TOPIC = 2
# Fewer words than this say too little to tell a text's language.
MIN_WORDS_FOR_LANGUAGE = 6

_URL = re.compile(r"https?://\S+|www\.\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|app|ai|co|me|ly|gl)/\S*")
_WORDS = re.compile(r"[^\W\d_]+")

# They ask not to be pitched or recruited: no offer of introductions, no discovery-call question.
_NO_PITCH = re.compile(
    r"\bno (?:sales |cold |product |vendor )?(?:pitch(?:es)?|solicitations?|recruiters?|recruiting|agencies|vendors|"
    r"cold (?:e-?mails?|messages?|outreach|calls?))\b|"
    r"\b(?:not (?:interested in|open to)|please don'?t|please do not|don'?t|do not) (?:\w+ ){0,2}"
    r"(?:pitch\w*|recruit\w*|solicit\w*|sales\b)|\brecruiters?,? please (?:don'?t|do not)|"
    r"\bpas de (?:démarchage|prospection|recruteurs)|\bkeine (?:\w+ ){0,2}(?:recruiter|vertrieb|verkauf)\w*|"
    r"\bsin (?:reclutadores|ofertas comerciales|spam)|\bsem (?:recrutadores|propostas comerciais)",
    re.IGNORECASE,
)
_PITCH_LIKE = {"offer-help", "work"}

# Where they are from, in their own words ('Originally from São Paulo', 'born and raised in Québec').
_ORIGIN = re.compile(
    r"(?i:\boriginally from|\bborn (?:and raised )?in|\bgrew up in|\braised in|\bnative of|\bi'?m from|\bi am from|"
    r"\bhailing from|\bnacid[oa] en|\bnatural de|\boriginaire de|\bné(?:e)? à|\bgeboren in|\bcomes? from) "
    r"([A-ZÀ-Ý][^,.;:!?\n()/|]{1,40})")

# Their own request, not a recruiter's 'looking for you': the phrase must open a sentence or follow I/we.
_OWN = r"(?:(?<=^)|(?<=[.!?\n] )|(?<=\bi'm )|(?<=\bi am )|(?<=\bwe're )|(?<=\bwe are )|(?<=\bcurrently )|(?<=\bstill ))"
_HELP_PATTERNS = [
    _OWN + r"looking for (?!you\b)[^.!?\n]{3,80}", _OWN + r"on the lookout for [^.!?\n]{3,80}",
    _OWN + r"searching for [^.!?\n]{3,80}",
    r"any (?:advice|recommendations|tips|pointers) (?:on|for|about) [^.!?\n]{3,80}",
    r"(?:does|do) anyone (?:know|have) [^.!?\n]{3,80}", r"can anyone recommend [^.!?\n]{3,80}",
    r"would love (?:advice|recommendations|pointers|to hear from) [^.!?\n]{3,80}",
    r"we(?:'re| are) hiring[^.!?\n]{0,80}", r"open to (?:work|new opportunities|new roles)[^.!?\n]{0,60}",
    r"if you(?:'re| are) hiring (?:for |a |an )[^.!?\n]{3,80}",
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
# Someone else's post passed on ('RT @ana: …', 'Reposting this…'), or half of a conversation ('@bob totally
# agree', 'Replying to @bob'): nothing to quote on its own.
_PASSED_ON = re.compile(r"\s*(?:(?:RT|MT)\b\s*@|repost(?:ed|ing)?\b|reshar(?:ed|ing)\b|via @)", re.IGNORECASE)
_NOT_THEIR_OWN_POST = re.compile(rf"{_PASSED_ON.pattern}|\s*(?:@\w+|replying to\b|in reply to\b)", re.IGNORECASE)
# Hashtags and mentions are not words of a sentence ('#ai #ml #startups #growth' says nothing to quote).
_TAGS = re.compile(r"[#@][\w.]+")
# A joke: laughter, a sarcasm tag, or a dialogue in which one speaker talks twice ('El robot: … La chica: …
# El robot: …').
_LAUGHTER = re.compile(r"\b(?:lol|lmao|rofl|ha(?:ha)+|he(?:he)+|ja(?:ja)+|je(?:je)+|k{4,}|mdr|xd+)\b|/s\b|"
                       r"[\U0001F602\U0001F923\U0001F639\U0001F480\U0001F643\U0001F61C\U0001F61D\U0001F921]",
                       re.IGNORECASE)
_SPEAKER = re.compile(r"(?:^|(?<=[\s.!?]))((?:[^\W\d_]+ ){0,2}[^\W\d_]+):\s")
_MEME_SPEAKERS = {"me", "also me", "my brain", "nobody", "no one", "everyone", "my boss", "my therapist"}
# What one does not open a first message with: a death, an illness, violence, an election...
_GRAVE = (
    r"murder\w*|killed|killings?|dead|death|died|dies|funeral|passed away|passed on|rip|rest in peace|shootings?|"
    r"(?:mother|father|mom|mum|dad|wife|husband|son|daughter|brother|sister|grandmother|grandfather|grandma|"
    r"grandpa|friend|partner|dog|cat) (?:has |had )?passed|lost my (?:mother|father|mom|mum|dad|wife|husband|son|"
    r"daughter|brother|sister|grandmother|grandfather|grandma|grandpa|friend|partner|baby)|miscarriage|bereave\w*|"
    r"condolences|diagnos(?:ed|is)|chemo\w*|hospice|divorce\w*|"
    r"(?:my|our|his|her|their) late \w+|"
    r"war|genocide|suicide|cancer|rape|abuse|terror\w*|grief|grieving|right-?wing|left-?wing|"
    r"elections?|trump|biden|maga|abortion|asesinat\w*|muert[eoa]s?|guerra|morte|mort|tod|gestorben|falleci\w*|"
    r"faleceu|décédé\w*|verstorben"
)
# ...or the loss of their job (an offer of help may still answer their own request for work).
_JOB_LOSS = (
    r"laid off|layoffs?|(?:was|were|been|being|got|get) let go|lost my job|made redundant|redundanc(?:y|ies)|"
    r"reduction in force|impacted by (?:the )?(?:recent )?(?:cuts|restructuring|reorg\w*)|furlough\w*|despedid[oa]|"
    r"licenci[ée]\w*|gekündigt|(?:role|job|position)\b[^.!?\n]{0,40}\beliminated"
)
_GRAVE_NEWS = re.compile(rf"\b(?:{_GRAVE})\b", re.IGNORECASE)
_JOB_LOSS_NEWS = re.compile(rf"\b(?:{_JOB_LOSS})\b", re.IGNORECASE)
_SENSITIVE = re.compile(rf"\b(?:{_GRAVE}|{_JOB_LOSS})\b", re.IGNORECASE)
# A sentence of an about section that does not describe their work: a greeting, the page itself, how to
# reach them, a disclaimer. Never quoted as 'the way you describe your work'.
_NOT_ABOUT_WORK = re.compile(
    r"^(?:hi|hello|hey|welcome|thanks|thank you|greetings|bienvenid\w*|bienvenue|willkommen|bem-vind\w*|hola|"
    r"bonjour|hallo|olá|ola)\b|\b(?:my|this) (?:linkedin |x |twitter )?(?:profile|page|account)\b|\bstopp(?:ed|ing) by\b|"
    r"\S+@\S+\.\w+|\b(?:reach|contact|e-?mail|dm|message|ping) me\b|\bdms? (?:are )?open\b|"
    r"\b(?:opinions?|views?|thoughts|tweets|posts) (?:are |expressed )?(?:my own|mine|personal)\b|"
    r"\bnot (?:those of|endorsements?)\b|\b(?:re)?tweets? (?:are |≠ )?(?:not )?endorse",
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

# A post sharing good news is answered with congratulations, not 'what prompted it?' (the news did): a
# milestone of time ('six months at', 'turns 10', an anniversary) or a result (a launch, a certification,
# a contest placing, money raised, a number improved).
_MILESTONE = re.compile(
    r"\b(?:turns? \d+|(?:\d+\w*|work) anniversary|anniversary|years of service|"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|first) (?:full )?(?:years?|months?) (?:at|with)\b|"
    r"cumple \d+ años|aniversario|aniversário|anniversaire|jubiläum|jahrestag)",
    re.IGNORECASE)
# Words that date a post to the day it was written ('today', 'this week'): true only while it is fresh.
_RELATIVE_TIME = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening|week|weekend)|last (?:night|week)|"
    r"hoy|anoche|ayer|mañana|esta (?:mañana|semana|tarde|noche)|aujourd'hui|hier|demain|ce (?:matin|soir|week-end)|"
    r"cette semaine|heute|gestern|morgen|diese woche|hoje|ontem|amanhã|esta manhã|nesta semana)\b",
    re.IGNORECASE)
# A milestone that is their company's or their people's, not their own: a we/our/team post, or a named
# subject other than 'I' that 'turns 10' ('Bolt Analytics turns 10', 'Mi empresa cumple 5 años').
# Who 'turns 10': the words before it; 'I', 'our clinic', 'mi empresa' own it, 'Bolt Analytics' does not.
_SUBJECT_TURNS = re.compile(r"((?:\S+\s+){1,3}?)(?:turns?|cumple|fête|feiert|completa|faz) \d+", re.IGNORECASE)
_OWN_SUBJECT = re.compile(r"(?:^|\s)(?:i|i'm|my|our|mi|mis|nuestr[oa]s?|mon|ma|notre|mein\w*|unser\w*|meu|minha|"
                          r"nosso|nossa)\s", re.IGNORECASE)
# A milestone celebrated for other people: their staff's service, a colleague's anniversary.
_OTHERS_MILESTONE = re.compile(
    r"\b(?:for|of|to|celebrat\w+)\s+(?:\d+\s+)?(?:of\s+)?(?:our|my|the)\s+(?!own\b)\w+s\b|"
    r"\bcongratulations to\b|\b(?:felicidades|enhorabuena|félicitations|glückwunsch|parabéns) (?:a|à|an)\b",
    re.IGNORECASE)
_ACHIEVEMENT = re.compile(
    r"(?:^|(?<=[.!?] ))(?:just )?(?:launched|shipped)\b|"
    r"\b(?:(?:we|we've|we have|i|i've|i have|team|just|today|finally|officially) (?:just |finally |officially )?"
    r"(?:launched|shipped)|milestone|certifi\w+|placed (?:\d+(?:st|nd|rd|th)|first|second|third)|"
    r"won (?:the|a|an|first|second|third|best)|award(?:ed)?|raised (?:\$|€|£|over|more|\d+)|now has \d+|"
    r"(?:closed|fechou|fechar|cerramos|cerró|bouclé|abgeschlossen) (?:\w+ ){0,4}(?:round|ronda|rodada|tour|runde)|"
    r"(?:cut|reduced|brought|dropped|halved)\b[^!?\n]{0,40}\bfrom\b[^!?\n]{0,20}\bto\b|"
    r"(?:grew|growing) (?:to|by) \d+|half as (?:long|much)|twice as|"
    r"(?:excited|thrilled|proud|delighted|happy) to (?:announce|share that)|"
    r"lançamos|lanzamos|terminamos|conclu[ií]mos|formámos|formamos|arrancó|ganamos|bajamos|reduzimos|"
    r"logramos|conseguimos|zertifizierung|zertifiziert|gewonnen|nous avons lancé|remporté|obtenu)\b",
    re.IGNORECASE)
# Their news that they are leaving their job: no question about a typical week in it.
_MOVING_ON = re.compile(
    r"\b(?:i'?ll be joining|i am joining|i'm joining|will be joining|my last day|last day at|"
    r"(?:i'?m|i am|i'?ll be|i will be) leaving|moving on from|(?:new|next) chapter|excited to join|"
    r"starting (?:a )?new (?:role|position|job)|dejo (?:mi|el) (?:puesto|trabajo|cargo)|"
    r"deixo (?:a|o|meu|minha) (?:empresa|cargo|trabalho)|je quitte|ich verlasse)\b",
    re.IGNORECASE)
# An invitation (to a meetup, an event) is answered by coming or not, not by 'what prompted it?'.
_INVITATION = re.compile(
    r"\b(?:join us|register (?:here|now|today)|sign up|rsvp|tickets|save the date|the next (?:one|meetup|session|edition) is|"
    r"si están buscando|el próximo es|la próxima es|o próximo é|le prochain|das nächste|nächstes treffen)\b",
    re.IGNORECASE)
# They are between jobs: no 'what are you enjoying working on?'.
_OPEN_TO_WORK = re.compile(r"#?\bopen ?to ?work\b|\bopen to (?:new )?(?:roles|opportunities|offers)\b|"
                           r"\blooking for (?:my next|a new) (?:role|job|position|opportunity)\b", re.IGNORECASE)
# A sentence describes their work when it speaks of them (I, we, my…; a first-person verb), of their years
# at it, or names a role doing something ('QA engineer who loves…'); a proverb, a joke, a status ('Third-year
# CS student') does not. Nor does a note on their name or a notice to recruiters.
_FIRST_PERSON = re.compile(
    r"\b(?:i|i'm|i've|i'd|my|me|we|we're|we've|our|yo|mi|mis|soy|trabajo|llevo|ayudo|dirijo|lidero|nosotros|"
    r"nuestr[oa]s?|diseño|construyo|enseño|investigo|coordino|desarrollo|eu|meu|minha|sou|atuo|ajudo|construo|"
    r"trabalho|coordeno|desenvolvo|ensino|pesquiso|lidero|je|j|mon|ma|mes|nous|notre|nos|ich|mein\w*|wir|unser\w*|"
    r"arbeite|\w+(?:amos|emos|imos|ímos))\b", re.IGNORECASE)
_WORK_SPAN = re.compile(r"\b(?:\d+|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                        r"thirty|forty|fifty)(?:-\w+)?)\+? "
                        r"(?:years?|decades?|años|anos|ans|jahre)\b|"
                        r"^(?!(?:nothing|everything|something|anything|spring|king|thing|morning|evening)\b)[A-Z][a-z]+ing\b",
                        re.IGNORECASE)
_ROLE_DOING = re.compile(r"^(?!(?:there|this|it|those|these|the|a|an|some|all|everyone|people)\b)[\w&/ .-]{2,40}\b(?:who|that|for|since|at|in|with|helping|building|making|designing|focused on|"
                         r"specialised in|specialized in|passionate about)\b", re.IGNORECASE)
_NOT_A_WORK_DESCRIPTION = re.compile(
    r"\b(?:family|last|first|given|sur)[ -]?name\b|\bmy name\b|\bpronounced\b|\bhappy where i am\b|"
    r"\bnot (?:currently )?(?:looking|open|interested)\b|\b(?:first|second|third|fourth|final)[- ]year\b|"
    r"\bhobb(?:y|ies)\b|\bin my (?:free|spare) time\b|\bon (?:the )?weekends\b",
    re.IGNORECASE)
# A sender who recruits or sells, to someone who asked for no recruiters or no pitches, has nothing honest
# to open with: any message is the approach they asked not to get.
_SELLS_OR_RECRUITS = re.compile(
    r"\b(?:recruit\w*|talent acquisition|headhunt\w*|sourcer|account executive|sales|business development|"
    r"sdr|bdr|account manager|reclutador\w*|recrutador\w*|recruteu\w*|vertrieb\w*)\b", re.IGNORECASE)
# An organisation's account ('Milano JS', 'Acme Inc'): greeted by its name, and asked nothing personal.
_ORGANISATION_NAME = re.compile(
    r"\b(?:js|inc|ltd|llc|gmbh|hq|labs|team|official|community|meetup|club|foundation|society|conf|"
    r"association|collective|podcast|newsletter)\.?$", re.IGNORECASE)
# 'Community manager at Acme', 'Meetup organiser': a person's role, not an organisation's description.
_PERSONS_ROLE = re.compile(r"\b(?:at|manager|lead|organi[sz]er|founder|director|head|engineer|developer|member|"
                           r"volunteer|host|i|i'm|my)\b|@", re.IGNORECASE)
_ORGANISATION_HEADLINE = re.compile(
    r"^\W*(?:\w+ ){0,3}(?:user group|meetup|community|association|foundation|society|conference|podcast|"
    r"newsletter|non-?profit|collective)\b", re.IGNORECASE)
# A skill they 'use for' something is a tool (Kafka, Power BI); a field or a practice (payments, sales,
# localisation, Good Clinical Practice) is what their work is, not something used in it.
_FIELD_WORDS = re.compile(
    r"\b(?:management|analysis|development|engineering|research|design|sales|marketing|practice|leadership|"
    r"payments?|pagamentos|pagos|chain|locali[sz]a\w*|traduc\w*|translation|algorithms?|algoritm\w*|accounting|"
    r"audit|law|finance|governance|planning|relations|communication|teamwork|speaking|service|strategy|"
    r"operations|logistics|procurement|fundraising|recruiting|coaching|mentoring|safety|assurance|conservation|"
    r"agriculture|economics|statistics|epidemiology|sustainability|accessibility|success|care|health|nursing|"
    r"teaching|journalism|writing|policy|clinical|trials?|therapy|medicine|pharmacy|money|fintech|"
    r"technology|science|intelligence|learning|security|reporting|negotiation|leadership)\b",
    re.IGNORECASE)

# One template per kind of opener and language. {first}: their first name; {thing}: the shared thing in
# their words where short, else its name; {mine}/{theirs}: each side's hobby; {quote}: their own words.
TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        "role": "{title} at {company}",
        "school": "Hi {first}, I noticed we both went to {thing}. What do you remember best from your time there?",
        "school-same-time": "Hi {first}, I just realised we overlapped at {thing}. What were you studying there?",
        "school-same-time-known": "Hi {first}, I just realised we overlapped at {thing}. What do you remember best from those years?",
        "school-student": "Hi {first}, I noticed we both went to {thing}, and you're there now. What are you enjoying most about it?",
        "employer": "Hi {first}, I noticed we've both worked at {thing}. What's the project from your time there you're proudest of?",
        "employer-same-time": "Hi {first}, it looks like we were at {thing} at the same time. Which team were you on?",
        "employer-now": "Hi {first}, I noticed we're both at {thing} now. Which team are you on?",
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
        "their-place-studied": "Hi {first}, I see you're in {place}, where I studied. How do you find it these days?",
        "follows": "Hi {first}, I noticed {thing} is among your interests, as it is among mine. What got you interested?",
        "post": "Hi {first}, your recent post (\u201c{quote}\u201d) stayed with me. What prompted it?",
        "post-undated": "Hi {first}, your post (\u201c{quote}\u201d) stayed with me. What prompted it?",
        "post-shared": "Hi {first}, the post you shared (\u201c{quote}\u201d) stayed with me. What made you share it?",
        "offer-help": "Hi {first}, I saw you mentioned \u201c{quote}\u201d. If it would help, I'm happy to think about who I know and introduce you to someone.",
        "offer-help-shared": "Hi {first}, I saw you shared \u201c{quote}\u201d. If it would help, I'm happy to think about who I know and introduce you to someone.",
        "compliment-about": "Hi {first}, I liked the way you describe your work: \u201c{quote}\u201d. What are you enjoying working on at the moment?",
        "compliment-role": "Hi {first}, your work as {role} sounds genuinely interesting. What has been the most rewarding part so far?",
        "place-unnamed": "Hi {first}, I see we live in the same city. Is there a favourite spot of yours I might not know about yet?",
        "employer-they-stay": "Hi {first}, I used to work at {thing} too. What are you working on there these days?",
        "post-achievement": "Hi {first}, congratulations on your news (“{quote}”)! What was the hardest part to get right?",
        "post-milestone": "Hi {first}, congratulations (“{quote}”)! What has surprised you most along the way?",
        "post-milestone-team": "Hi {first}, congratulations to you and the team (“{quote}”)! What's next for you all?",
    },
    "es": {
        "role": "{title} en {company}",
        "school": "Hola {first}, he visto que los dos estudiamos en {thing}. ¿Qué es lo que más echas de menos de aquella época?",
        "school-same-time": "Hola {first}, acabo de darme cuenta de que coincidimos en {thing}. ¿Qué estudiabas allí?",
        "school-same-time-known": "Hola {first}, acabo de darme cuenta de que coincidimos en {thing}. ¿Qué recuerdas con más cariño de aquellos años?",
        "school-student": "Hola {first}, he visto que los dos estudiamos en {thing}, y tú sigues allí. ¿Qué es lo que más estás disfrutando?",
        "employer": "Hola {first}, he visto que los dos hemos trabajado en {thing}. ¿De qué proyecto de aquella etapa guardas mejor recuerdo?",
        "employer-same-time": "Hola {first}, parece que coincidimos en {thing}. ¿En qué equipo estabas?",
        "employer-now": "Hola {first}, he visto que los dos estamos ahora en {thing}. ¿En qué equipo estás?",
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
        "their-place-studied": "Hola {first}, veo que vives en {place}, donde yo estudié. ¿Qué tal se vive allí hoy en día?",
        "follows": "Hola {first}, he visto que {thing} está entre tus intereses, como entre los míos. ¿Cómo empezó tu interés?",
        "post": "Hola {first}, tu publicación reciente (\u201c{quote}\u201d) se me quedó en la cabeza. ¿Qué te llevó a escribirla?",
        "post-undated": "Hola {first}, tu publicación (\u201c{quote}\u201d) se me quedó en la cabeza. ¿Qué te llevó a escribirla?",
        "post-shared": "Hola {first}, la publicación que compartiste (\u201c{quote}\u201d) se me quedó en la cabeza. ¿Qué te llevó a compartirla?",
        "offer-help": "Hola {first}, vi que mencionabas \u201c{quote}\u201d. Si te sirve, puedo pensar en quién conozco y presentarte a alguien.",
        "offer-help-shared": "Hola {first}, vi que compartiste \u201c{quote}\u201d. Si te sirve, puedo pensar en quién conozco y presentarte a alguien.",
        "compliment-about": "Hola {first}, me gustó cómo describes tu trabajo: \u201c{quote}\u201d. ¿Con qué proyecto estás disfrutando estos días?",
        "compliment-role": "Hola {first}, tu trabajo como {role} suena muy interesante. ¿Qué ha sido lo más gratificante hasta ahora?",
        "place-unnamed": "Hola {first}, veo que vivimos en la misma ciudad. ¿Tienes algún sitio favorito que quizá yo no conozca?",
        "employer-they-stay": "Hola {first}, yo también trabajé en {thing}. ¿En qué estás trabajando allí estos días?",
        "post-achievement": "Hola {first}, ¡enhorabuena por la noticia (“{quote}”)! ¿Qué fue lo más difícil de conseguir?",
        "post-milestone": "Hola {first}, ¡enhorabuena (“{quote}”)! ¿Qué es lo que más te ha sorprendido por el camino?",
        "post-milestone-team": "Hola {first}, ¡enhorabuena a ti y a todo el equipo (“{quote}”)! ¿Qué es lo próximo para el equipo?",
    },
    "fr": {
        "role": "{title} chez {company}",
        "school": "Bonjour {first}, j'ai vu que {thing} fait partie de votre parcours, comme du mien. Quel souvenir en gardez-vous ?",
        "school-same-time": "Bonjour {first}, je viens de réaliser que nous étions à {thing} en même temps. Qu'y étudiiez-vous ?",
        "school-same-time-known": "Bonjour {first}, je viens de réaliser que nous étions à {thing} en même temps. Quel souvenir gardez-vous de ces années ?",
        "school-student": "Bonjour {first}, j'ai vu que {thing} fait partie de votre parcours, comme du mien, et que vous y êtes encore. Qu'est-ce qui vous plaît le plus là-bas ?",
        "employer": "Bonjour {first}, j'ai vu que {thing} fait partie de votre parcours, comme du mien. Quel projet de cette époque vous a marqué ?",
        "employer-same-time": "Bonjour {first}, on dirait qu'on était chez {thing} à la même époque. Vous étiez dans quelle équipe ?",
        "employer-now": "Bonjour {first}, je vois que nous sommes tous les deux chez {thing} en ce moment. Dans quelle équipe êtes-vous ?",
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
        "their-place-studied": "Bonjour {first}, je vois que vous êtes à {place}, où j'ai fait mes études. Comment la trouvez-vous aujourd'hui ?",
        "follows": "Bonjour {first}, j'ai vu que {thing} fait partie de vos centres d'intérêt, comme des miens. Comment vous y êtes-vous intéressé ?",
        "post": "Bonjour {first}, votre publication récente (\u00ab {quote} \u00bb) m'est restée en tête. Qu'est-ce qui vous a donné envie de l'écrire ?",
        "post-undated": "Bonjour {first}, votre publication (\u00ab {quote} \u00bb) m'est restée en tête. Qu'est-ce qui vous a donné envie de l'écrire ?",
        "post-shared": "Bonjour {first}, la publication que vous avez partagée (\u00ab {quote} \u00bb) m'est restée en tête. Qu'est-ce qui vous a donné envie de la partager ?",
        "offer-help": "Bonjour {first}, j'ai vu que vous écriviez \u00ab {quote} \u00bb. Si cela peut aider, je veux bien réfléchir à qui je connais et vous présenter quelqu'un.",
        "offer-help-shared": "Bonjour {first}, j'ai vu que vous avez partagé \u00ab {quote} \u00bb. Si cela peut aider, je veux bien réfléchir à qui je connais et vous présenter quelqu'un.",
        "compliment-about": "Bonjour {first}, j'ai aimé la façon dont vous décrivez votre travail : \u00ab {quote} \u00bb. Sur quoi aimez-vous travailler en ce moment ?",
        "compliment-role": "Bonjour {first}, votre travail de {role} a l'air passionnant. Qu'est-ce qui a été le plus gratifiant jusqu'ici ?",
        "place-unnamed": "Bonjour {first}, je vois que nous vivons dans la même ville. Auriez-vous une adresse préférée que je ne connais pas encore ?",
        "employer-they-stay": "Bonjour {first}, j'ai moi aussi travaillé chez {thing}. Sur quoi travaillez-vous là-bas en ce moment ?",
        "post-achievement": "Bonjour {first}, félicitations pour cette nouvelle (« {quote} ») ! Qu'est-ce qui a été le plus difficile à réussir ?",
        "post-milestone": "Bonjour {first}, félicitations (« {quote} ») ! Qu'est-ce qui vous a le plus surpris en chemin ?",
        "post-milestone-team": "Bonjour {first}, félicitations à vous et à toute l'équipe (« {quote} ») ! Quelle est la suite pour vous ?",
    },
    "de": {
        "role": "{title} bei {company}",
        "school": "Hallo {first}, ich habe gesehen, dass wir beide an der {thing} waren. Was vermissen Sie an der Zeit dort am meisten?",
        "school-same-time": "Hallo {first}, mir ist gerade aufgefallen, dass wir zur selben Zeit an der {thing} waren. Was haben Sie dort studiert?",
        "school-same-time-known": "Hallo {first}, mir ist gerade aufgefallen, dass wir zur selben Zeit an der {thing} waren. Woran erinnern Sie sich aus dieser Zeit am liebsten?",
        "school-student": "Hallo {first}, ich habe gesehen, dass wir beide an der {thing} waren und Sie noch dort sind. Was gefällt Ihnen dort am besten?",
        "employer": "Hallo {first}, ich habe gesehen, dass wir beide bei {thing} gearbeitet haben. Auf welches Projekt aus der Zeit sind Sie am meisten stolz?",
        "employer-same-time": "Hallo {first}, wie es aussieht, waren wir zur selben Zeit bei {thing}. In welchem Team waren Sie?",
        "employer-now": "Hallo {first}, wie ich sehe, sind wir beide gerade bei {thing}. In welchem Team sind Sie?",
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
        "their-place-studied": "Hallo {first}, ich sehe, Sie sind in {place}, wo ich studiert habe. Wie gefällt es Ihnen dort heute?",
        "follows": "Hallo {first}, ich habe gesehen, dass {thing} zu Ihren Interessen gehört, wie zu meinen. Wie sind Sie darauf gekommen?",
        "post": "Hallo {first}, Ihr Beitrag (\u201e{quote}\u201c) ist mir im Kopf geblieben. Was hat Sie dazu gebracht?",
        "post-undated": "Hallo {first}, Ihr Beitrag (\u201e{quote}\u201c) ist mir im Kopf geblieben. Was hat Sie dazu gebracht?",
        "post-shared": "Hallo {first}, der Beitrag, den Sie geteilt haben (\u201e{quote}\u201c), ist mir im Kopf geblieben. Was hat Sie dazu gebracht, ihn zu teilen?",
        "offer-help": "Hallo {first}, ich habe gesehen, dass Sie \u201e{quote}\u201c geschrieben haben. Wenn es hilft, überlege ich gern, wen ich kenne, und stelle Ihnen jemanden vor.",
        "offer-help-shared": "Hallo {first}, ich habe gesehen, dass Sie \u201e{quote}\u201c geteilt haben. Wenn es hilft, überlege ich gern, wen ich kenne, und stelle Ihnen jemanden vor.",
        "compliment-about": "Hallo {first}, mir gefällt, wie Sie Ihre Arbeit beschreiben: \u201e{quote}\u201c. Woran arbeiten Sie gerade am liebsten?",
        "compliment-role": "Hallo {first}, Ihre Arbeit als {role} klingt wirklich spannend. Was war bisher der schönste Teil daran?",
        "place-unnamed": "Hallo {first}, ich sehe, wir wohnen in derselben Stadt. Haben Sie einen Lieblingsort, den ich vielleicht noch nicht kenne?",
        "employer-they-stay": "Hallo {first}, ich habe auch bei {thing} gearbeitet. Woran arbeiten Sie dort gerade?",
        "post-achievement": "Hallo {first}, herzlichen Glückwunsch („{quote}“)! Was war dabei am schwierigsten?",
        "post-milestone": "Hallo {first}, herzlichen Glückwunsch („{quote}“)! Was hat Sie unterwegs am meisten überrascht?",
        "post-milestone-team": "Hallo {first}, herzlichen Glückwunsch an Sie und das ganze Team („{quote}“)! Was steht als Nächstes an?",
    },
    "pt": {
        "role": "{title} na {company}",
        "school": "Olá {first}, vi que nós dois estudamos na {thing}. Do que você mais sente falta daquela época?",
        "school-same-time": "Olá {first}, acabei de perceber que estivemos na {thing} ao mesmo tempo. O que você estudava lá?",
        "school-same-time-known": "Olá {first}, acabei de perceber que estivemos na {thing} ao mesmo tempo. Do que você mais se lembra daqueles anos?",
        "school-student": "Olá {first}, vi que nós dois estudamos na {thing}, e você ainda está lá. Do que você mais está gostando?",
        "employer": "Olá {first}, vi que nós dois já trabalhamos na {thing}. De qual projeto daquela fase você tem mais orgulho?",
        "employer-same-time": "Olá {first}, parece que estivemos na {thing} ao mesmo tempo. Em que equipe você estava?",
        "employer-now": "Olá {first}, vi que nós dois estamos na {thing} agora. Em que equipe você está?",
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
        "their-place-studied": "Olá {first}, vi que você está em {place}, onde eu estudei. Como está a vida aí hoje em dia?",
        "follows": "Olá {first}, vi que {thing} está entre os seus interesses, como entre os meus. Como começou o seu interesse?",
        "post": "Olá {first}, sua publicação recente (\u201c{quote}\u201d) ficou na minha cabeça. O que levou você a escrevê-la?",
        "post-undated": "Olá {first}, sua publicação (\u201c{quote}\u201d) ficou na minha cabeça. O que levou você a escrevê-la?",
        "post-shared": "Olá {first}, a publicação que você compartilhou (\u201c{quote}\u201d) ficou na minha cabeça. O que levou você a compartilhá-la?",
        "offer-help": "Olá {first}, vi que você mencionou \u201c{quote}\u201d. Se ajudar, posso pensar em quem eu conheço e apresentar você a alguém.",
        "offer-help-shared": "Olá {first}, vi que você compartilhou \u201c{quote}\u201d. Se ajudar, posso pensar em quem eu conheço e apresentar você a alguém.",
        "compliment-about": "Olá {first}, gostei de como você descreve seu trabalho: \u201c{quote}\u201d. Em que você está gostando de trabalhar nestes dias?",
        "compliment-role": "Olá {first}, seu trabalho como {role} parece muito interessante. O que tem sido mais gratificante até agora?",
        "place-unnamed": "Olá {first}, vi que moramos na mesma cidade. Você tem algum lugar favorito que eu talvez ainda não conheça?",
        "employer-they-stay": "Olá {first}, eu também trabalhei na {thing}. No que você está trabalhando aí hoje em dia?",
        "post-achievement": "Olá {first}, parabéns pela novidade (“{quote}”)! Qual foi a parte mais difícil de acertar?",
        "post-milestone": "Olá {first}, parabéns (“{quote}”)! O que mais surpreendeu você pelo caminho?",
        "post-milestone-team": "Olá {first}, parabéns a você e a toda a equipe (“{quote}”)! O que vem agora para vocês?",
    },
}

_EVIDENCE = {
    "post": "Their post{date}: \u201c{quote}\u201d",
    "post-undated": "Their post (undated): \u201c{quote}\u201d",
    "post-shared": "A post they shared{date} (LinkedIn does not say whether they wrote it): \u201c{quote}\u201d",
    "post-achievement": "Their post{date}, with news to congratulate them on: \u201c{quote}\u201d",
    "post-milestone": "Their post{date}, marking a milestone: \u201c{quote}\u201d",
    "post-milestone-team": "Their post{date}, marking a milestone of their team or company: \u201c{quote}\u201d",
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


def asks_for_no_pitches(profile: Profile) -> bool:
    """True when their headline or about says no pitches, no recruiters, no solicitations."""
    return any(_NO_PITCH.search(text or "") for text in (profile.headline, profile.about))


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
        spoken = _official_languages().get(place.country, frozenset()) if place is not None and place.country else None
        if spoken is not None and lang not in spoken:
            # Spanish and Portuguese share most of their common words: in Brazil it is Portuguese, in Spain Spanish.
            lang = _NEIGHBOUR.get(lang) if _NEIGHBOUR.get(lang) in spoken else "en"
    return lang


_NEIGHBOUR = {"es": "pt", "pt": "es"}


def shared_language(me: Profile, them: Profile) -> str:
    """The language to write to them in: theirs when you can write it, else one you both know.

    'You can write it' when your profile lists it, writes in it, or lists no languages at all (nothing to go
    by). Else English when they list it, else another language of yours they list; with none in common,
    still theirs (the one they will surely read).
    """
    theirs = profile_language(them)
    if theirs == "en" or not me.languages:
        return theirs
    mine = _listed_languages(me) | {profile_language(me)}
    if theirs in mine:
        return theirs
    both = mine & _listed_languages(them)
    return next((code for code in TEMPLATES if code in both), theirs)


def _listed_languages(profile: Profile) -> set[str]:
    """The language codes a profile lists ('Spanish (native)' → 'es')."""
    codes = set()
    for name in profile.languages:
        language = normalise_language(name) or normalise_language(_QUALIFIER.sub("", name))
        if language is not None:
            codes.add(language.code)
    return codes


class HelpRequest(NamedTuple):
    """Something a person asked for, in their words."""

    words: str  # 'looking for a mentor in product design'
    where: str  # 'headline', 'about' or 'post:3'
    authored: bool  # False for a post on LinkedIn, which may be a repost of someone else's


def help_request(profile: Profile, now: datetime | None = None) -> HelpRequest | None:
    """The first thing they asked for (in their headline, about section, or a post of theirs), if any.

    Given `now`, a post older than RECENT_HELP_DAYS asks for nothing any more: it has most likely been answered.
    """
    sources = [("headline", profile.headline), ("about", profile.about)]
    sources += [(f"post:{i}", p.text) for i, p in enumerate(profile.posts[:20])
                if not _by_someone_else(p, profile) and not _PASSED_ON.match(p.text or "")
                and not _GRAVE_NEWS.search(p.text or "") and not _older_than(p, now, RECENT_HELP_DAYS)]
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
        and not _NOT_THEIR_OWN_POST.match(text)
        and _word_count(_TAGS.sub("", first)) >= 4
    )


def _about_sentence(about: str, limit: int) -> str | None:
    """The first sentence of their about section that is their own words and short enough to quote whole."""
    for paragraph in [p for p in re.split(r"\n\s*\n|\n", about or "") if p.strip()][:3]:
        if _is_quotation(paragraph):
            continue
        for sentence in _sentences(paragraph)[:2]:
            if (_HELP.search(sentence) or ASKED_NAME.search(sentence) or _NO_PITCH.search(sentence)
                    or _NOT_ABOUT_WORK.search(sentence)):
                continue  # a request is answered by the offer of help (or heeded), not complimented
            if not _quotable(sentence) or not describes_work(sentence):
                return None
            quote = _quote(sentence, limit)
            return None if not quote or quote.endswith("…") or len(quote) < 15 else quote
        return None
    return None


def describes_work(sentence: str) -> bool:
    """True when a sentence of their about section tells what they do, in their own voice.

    'I design payment flows', 'Fifteen years in financial operations', 'QA engineer who loves finding bugs';
    not a proverb, a joke or a status ('Third-year CS student'), a note on their name ('Tanaka is my family
    name') or a notice to recruiters ('Happy where I am').
    """
    if _NOT_A_WORK_DESCRIPTION.search(sentence) or _word_count(sentence) < 4:
        return False
    return bool(_FIRST_PERSON.search(sentence) or _WORK_SPAN.search(sentence) or _ROLE_DOING.search(sentence))


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
    return [p for p in profile.posts if p.text and not _by_someone_else(p, profile) and not _PASSED_ON.match(p.text)]


def _recent_post(them: Profile, now: datetime) -> tuple[int, Post] | None:
    """Their latest post from the last six months that is fit to quote, with its index."""
    dated = []
    for i, post in enumerate(them.posts):
        if not post.text or len(post.text.strip()) < 20 or _by_someone_else(post, them):
            continue
        if not _quotable(post.text) or _HELP.search(_URL.sub("", post.text)) or _INVITATION.search(post.text):
            continue  # a joke, a quotation, a death; a request is answered by the offer of help, an invitation by coming
        when = _parse_date(post.date)
        if when is not None and now - when > timedelta(days=RECENT_POST_DAYS):
            continue
        if _older_than(post, now, FRESH_NEWS_DAYS) and _is_good_news(post.text):
            continue  # old news is no news (undated good news may be fresh: their page shows it as current)
        if not _fresh(post, now) and _RELATIVE_TIME.search(_quote(post.text)):
            continue  # 'this week' quoted from an older or undated post may well be untrue
        dated.append((when or datetime.min.replace(tzinfo=UTC), -i, post))
    if not dated:
        return None
    _, neg_i, post = max(dated, key=lambda t: (t[0], t[1]))
    return -neg_i, post


def _fresh(post: Post, now: datetime) -> bool:
    """True for a post dated within FRESH_NEWS_DAYS of `now` (an undated one may be years old: not fresh)."""
    return bool(post.date) and _parse_date(post.date) is not None and not _older_than(post, now, FRESH_NEWS_DAYS)


def _is_good_news(text: str) -> bool:
    """True for a post sharing good news (a milestone or a result), not news of leaving a job."""
    text = _URL.sub("", text)
    return not _MOVING_ON.search(text) and bool(_MILESTONE.search(text) or _ACHIEVEMENT.search(text))


def _milestone_is_theirs(text: str) -> bool:
    """False when the milestone is a company's they do not call their own ('Bolt Analytics turns 10 this
    week') or other people's ('25 years of service for 140 of our nurses'). 'Our clinic turns 5' and 'Two
    years at Acme today' are theirs: their journey to ask about."""
    for sentence in _sentences(text):
        if _MILESTONE.search(sentence):
            if _OTHERS_MILESTONE.search(sentence):
                return False
            subject = _SUBJECT_TURNS.search(sentence)
            return not subject or bool(_OWN_SUBJECT.search(subject.group(1)))
    return True


def _older_than(post: Post, now: datetime | None, days: int) -> bool:
    """True when `post` is dated more than `days` before `now` (an undated post, or no `now`, is not)."""
    when = _parse_date(post.date)
    return now is not None and when is not None and now - when > timedelta(days=days)


def _post_kind(post: Post, now: datetime) -> str:
    """Which post template fits: good news is congratulated, only a post of the last three months is 'recent'."""
    text = _URL.sub("", post.text)
    if not _MOVING_ON.search(text):  # 'after seven years at X I'm joining Y' is news to ask about, not a milestone
        if _MILESTONE.search(text):
            return "post-milestone" if _milestone_is_theirs(text) else "post-milestone-team"
        if _ACHIEVEMENT.search(text):
            return "post-achievement"
    if not post.date or _older_than(post, now, RECENT_WORDING_DAYS):
        return "post-undated"
    return "post"


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


# What a page lists as a job but is none: a break, leave, looking for work, working for oneself. Never an
# employer to have 'moved' to or from, nor a role to compliment ('Career Break at Career Break').
_NOT_AN_EMPLOYER = re.compile(
    r"\b(?:career break|sabbatical|gap year|(?:parental|maternity|paternity|family|medical|sick) leave|"
    r"caregiv\w*|self[- ]?employed|freelanc\w*|unemployed|open to (?:work|new)|looking for (?:new|work|a new|my next)|"
    r"seeking (?:new|work|a new|my next)|job search\w*|between jobs|stealth\w*|stay[- ]at[- ]home \w+|"
    r"full[- ]time (?:parent|mom|mum|dad)|autónomo|autonomo|indépendant|selbstständig|selbständig|freiberuf\w*)\b|"
    # Words that are also part of real names ('The Independent', 'Lucky Break Games') count only on their own.
    r"^\s*(?:break|independent|various|confidential|undisclosed|retired|travell?ing|carer|personal)\s*$",
    re.IGNORECASE,
)


_SIDE_ROLE = re.compile(r"\b(?:mentor|advisor|adviser|volunteer|board member|ambassador|trustee|judge|angel investor)\b",
                        re.IGNORECASE)


def is_employer(name: str | None) -> bool:
    """False for what a page lists as a job but is none ('Career Break', 'Self-employed', 'Open to work')."""
    return bool(name and name.strip()) and not _NOT_AN_EMPLOYER.search(name)


def current_job(them: Profile) -> Experience | None:
    """Their current job: of those without an end, the latest started (a page may list a side role first).

    A break or a search is no job ('Career Break', 'Open to work'); working for oneself has a title but no
    employer ('UX Consultant' at 'Self-employed' comes back without the company).
    """
    current = []
    for job in them.experience:
        if job.end is not None or _NOT_AN_EMPLOYER.search(job.title or ""):
            continue
        if job.company and _NOT_AN_EMPLOYER.search(job.company):
            job = job.model_copy(update={"company": None})
        if job.title or job.company:
            current.append(job)
    if not current:
        return None
    # Their main job: the one their headline names, then not a side role ('Mentor at Founders & Coders'),
    # then the latest started.
    headline = fold(them.headline or "")
    return max(current, key=lambda job: (bool(job.company) and fold(company_name(job.company)) in headline,
                                         not _SIDE_ROLE.search(job.title or ""),
                                         (_months(job.start) or (0, 0))[0], job.title is not None,
                                         job.company is not None))


def _current_role(them: Profile, templates: dict[str, str]) -> tuple[str, frozenset[str]] | None:
    job = current_job(them)
    if job is None or not job.title:
        return None
    if job.company:
        role = templates["role"].format(title=job.title, company=company_name(job.company))
        return role, frozenset({"role", _company_fact(job.company)})  # 'Designer at Spotify' is their Spotify too
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
    dated = [(j, _months(j.start)) for j in them.experience
             if j.company and _months(j.start) and not _NOT_AN_EMPLOYER.search(j.company)]
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
        wording = (them.location or "").split(",")[0].strip()
        if lang != "en":  # their own name for it ('München'), never the English one in another language
            if fold(wording) == fold(place.city):
                return None  # 'Munich' may be their English page's name for it: we cannot tell
            name = wording
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


def _school_in_their_city(me: Profile, them: Profile) -> str | None:
    """Your school whose name places it in the city they live in ('University of Lagos' for Lagos), if any."""
    theirs = resolve_place(them.location or "")
    if theirs is None or theirs.city_id is None:
        return None
    for edu in me.education:
        for part in _NAME_PARTS.split(edu.school or ""):
            part = part.strip()
            place = resolve_place(part) if len(part) >= 3 and part[0].isupper() else None
            if place is not None and place.city_id == theirs.city_id:
                return edu.school
    return None


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
# A language listed by its own name ('Català', 'Português') is one they write in: most likely their own.
_AUTONYMS = {
    "ca": {"catala", "valencia"}, "pt": {"portugues"}, "fr": {"francais"}, "es": {"espanol", "castellano"},
    "de": {"deutsch"}, "it": {"italiano"}, "nl": {"nederlands"}, "sv": {"svenska"}, "pl": {"polski"},
    "eu": {"euskara"}, "gl": {"galego"}, "cy": {"cymraeg"}, "da": {"dansk"}, "no": {"norsk"}, "nb": {"norsk"},
    "fi": {"suomi"}, "tr": {"turkce"}, "ro": {"romana"}, "cs": {"cestina"}, "hu": {"magyar"}, "el": {"ελληνικα"},
    "ru": {"русскии", "русский"}, "uk": {"украінська", "українська"}, "ja": {"日本語"}, "zh": {"中文", "普通话"},
    "ko": {"한국어"}, "ar": {"العربية"}, "he": {"עברית"}, "hi": {"हिन्दी", "हिंदी"},
}
_QUALIFIER = re.compile(r"\s*[(\-–—:,].*$")
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
    countries = _origin_countries(them)
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
        if language is not None and (_NATIVE_MARK.search(name) or
                                     fold(_QUALIFIER.sub("", name)) in _AUTONYMS.get(language.code, ())):
            codes.add(language.code)
    written = profile_language(them)
    if written != "en":
        codes.add(written)
    return codes


def _origin_countries(them: Profile) -> set[str]:
    """Countries they say they are from ('Originally from São Paulo, I moved to London…' → BR)."""
    out = set()
    for text in (them.headline, them.about):
        for match in _ORIGIN.finditer(text or ""):
            words = re.split(r"\s+(?:and|but|to|where|before|then|e|y|et|und)\s+", match.group(1))[0].split()[:4]
            for size in range(len(words), 0, -1):  # 'São Paulo and moved' → 'São Paulo'
                place = resolve_place(" ".join(words[:size]))
                if place is not None and place.country:
                    out.add(place.country)
                    break
    return out


# ---------------------------------------------------------------- shared ground


def _thing(c: Commonality, lang: str, them: Profile) -> str:
    """The shared thing as they would say it: their own short wording for names ('MIT'), else its name."""
    short = 0 < len(c.theirs) <= 40 and not re.search(r"[.()!?]", c.theirs)
    if c.kind in ("school", "employer", "group") and short:
        return company_name(c.theirs) if c.kind == "employer" else c.theirs.strip()
    if c.kind in ("interest", "cause", "skill") and short and (lang != "en" or c.kind == "skill"):
        return c.theirs.strip()
    if c.kind == "place" and lang != "en":
        return _native_place_name(c, them) or c.label
    if c.kind == "place" and c.label.endswith(" area"):
        return f"the {c.label}"
    return c.label


def is_tool(skill: str, their_words: str = "") -> bool:
    """True for a skill one uses for something (Kafka, Power BI, Node.js), False for a field or a practice
    (Payments, Sales, Localisation, Good Clinical Practice, Algorithms), or for an acronym that names more
    than one skill ('GCP': Google Cloud Platform, or Good Clinical Practice to a pharmacist)."""
    if _FIELD_WORDS.search(skill) or _FIELD_WORDS.search(their_words):
        return False
    return not (re.fullmatch(r"[A-Z]{2,6}", their_words.strip()) and _acronym_meanings(their_words.strip()) > 1)


@lru_cache(maxsize=256)
def _acronym_meanings(acronym: str) -> int:
    """How many skills of the table an acronym stands for, by their names and aliases ('GCP' → 2)."""
    spelled = re.compile(rf"^{re.escape(acronym)}$|\({re.escape(acronym)}\)")
    return sum(any(spelled.search(name) for name in [entry["name"], *entry.get("aliases", [])])
               for entry in load_table("skills.json")["skills"])


def _native_place_name(c: Commonality, them: Profile) -> str | None:
    """Their own name for the shared city when it is not the English one ('München', 'Lisboa'), else None."""
    wording = (c.theirs or them.location or "").split(",")[0].strip()
    place = resolve_place(wording) if wording else None
    if place is None or not place.city or fold(wording) == fold(place.city):
        return None
    return wording


def _shared_fact(c: Commonality) -> str:
    if c.kind == "place":
        return "place"
    if c.kind == "employer":
        return _company_fact(c.theirs or c.label)
    return f"{c.kind}:{fold(c.label)}"


def _shared_starter(lang: str, first: str, c: Commonality, me: Profile, them: Profile,
                    now: datetime) -> _Option | None:
    template_name = c.kind
    fields = {"first": first, "thing": _thing(c, lang, them), "mine": c.mine, "theirs": c.theirs}
    if overlapped_in_time(c):
        template_name = f"{c.kind}-same-time"
        if c.kind == "school" and _field_listed(them, c.theirs):
            template_name = "school-same-time-known"  # not 'What were you studying?' when their page says
    if c.kind == "school" and _studies_there_now(them, c.theirs, now):
        template_name = "school-student"  # not 'your time there' nor 'what were you studying' to a student
    if c.kind == "employer" and _works_there_now(them, c.theirs):
        # Colleagues now: not 'we were at'; they are still there and you left: not 'your time there'.
        template_name = "employer-now" if _works_there_now(me, c.mine) else "employer-they-stay"
    if c.kind == "skill" and not is_tool(c.label, c.theirs):
        return None  # 'What are you using payments for?': a field of work is not a tool
    if c.kind == "place" and lang != "en" and not _native_place_name(c, them):
        template_name = "place-unnamed"  # never 'Munich' in a German message: say 'the same city'
    if is_followed_page(c):
        template_name = "follows"
    if is_family_match(c):
        template_name = "interest-category"
        fields["mine"], fields["theirs"] = _short_hobby(c.mine), _short_hobby(c.theirs)
        if not fields["mine"] or not fields["theirs"]:
            return None
    if c.kind == "topic" and _posts_about(them, c.label) < MIN_POSTS_FOR_TOPIC:
        # 'We both think about it a lot' needs their posts; a headline or a list of interests only names it.
        template_name = "topic-profile"
    if c.kind == "language":
        language = normalise_language(c.theirs) or normalise_language(c.label)
        code = language.code if language else ""
        if code in _native_languages(them):
            return None  # their own language where they live or studied: nothing to ask about, nothing rare
        if code in _native_languages(me):
            return None  # yours where you live: 'which I don't come across often' would be untrue
        # 'How did you come to learn it?' only when it must have been learned (Esperanto is nobody's country's).
        spoken_somewhere = any(code in codes for codes in _official_languages().values())
        template_name = "language-other" if spoken_somewhere else "language"
    template = TEMPLATES[lang].get(template_name)
    if template is None:
        return None
    evidence = f"Shared {c.kind}: {c.label} (you: \u201c{_quote(c.mine, 60)}\u201d; them: \u201c{_quote(c.theirs, 60)}\u201d)"
    starter = Starter(text=_tidy(template.format(**fields)), kind=c.kind, evidence=evidence)
    return _Option(starter, frozenset({_shared_fact(c)}) | _words_facts(c.theirs))


# Two starters quoting the same run of their words rest on one fact ('you're into climbing' and a compliment
# on 'I build training apps for rock climbing', both from one sentence of their about).
WORDS_IN_A_FACT = 5


def _words_facts(text: str) -> frozenset[str]:
    """Every run of WORDS_IN_A_FACT words of `text` (the whole when shorter), as facts to compare quotes by."""
    words = [fold(w) for w in _WORDS.findall(_URL.sub("", text or ""))[:400]]
    if len(words) < WORDS_IN_A_FACT:
        return frozenset({"words:" + " ".join(words)}) if words else frozenset()
    return frozenset("words:" + " ".join(words[i:i + WORDS_IN_A_FACT])
                     for i in range(len(words) - WORDS_IN_A_FACT + 1))


def _works_there_now(profile: Profile, company: str) -> bool:
    return any(job.end is None and job.company and _same_company(job.company, company) for job in profile.experience)


def _studies_there_now(them: Profile, school: str, now: datetime) -> bool:
    """True when their page dates their studies at `school` to end no earlier than this month (a student now)."""
    this_month = now.year * 12 + now.month - 1
    for edu in them.education:
        ends = _months(edu.end)
        if ends is not None and ends[0] >= this_month and fold(edu.school or "") == fold(school):
            return True
    return False


def _field_listed(them: Profile, school: str) -> bool:
    """True when their page names what they studied at `school`."""
    return any(edu.field and fold(edu.school or "") == fold(school) for edu in them.education)


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
    if they_know_you(me, them) or (asks_for_no_pitches(them) and sells_or_recruits(me)):
        # A colleague who named you in a post is no stranger to open with; who asked for no recruiters or
        # pitches gets no approach from a recruiter or a salesperson, however friendly.
        return []
    lang = shared_language(me, them)
    templates = TEMPLATES[lang]
    organisation = is_organisation(them)
    first = (them.name or "").strip() if organisation and them.name else first_name(them)
    authored = _authorship_known(them)

    shared: list[_Option] = []
    used_kinds: set[str] = set()
    for c in common_ground.commonalities:
        if c.weight < MIN_WEIGHT_TO_MENTION or c.kind in used_kinds:
            continue
        option = _shared_starter(lang, first, c, me, them, now)
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
        # An undated or older post is not called recent; good news is congratulated, not questioned.
        name = _post_kind(found, now) if authored else "post-shared"
        evidence = "post" if name == "post-undated" and found.date else name
        facts = ({f"post:{index}"} | {f"topic:{fold(t.label)}" for t, _ in find_topics(quote)}
                 | _words_facts(found.text))
        others.append(_Option(
            Starter(text=templates[name].format(first=first, quote=quote), kind="post",
                    evidence=_EVIDENCE[evidence].format(date=f" ({found.date})" if found.date else "", quote=quote)),
            frozenset(facts)))
    need = help_request(them, now)
    if need:
        text, where = need.words, need.where
        quote = _quote(text, 80)
        name = "offer-help" if need.authored else "offer-help-shared"
        others.append(_Option(
            Starter(text=templates[name].format(first=first, quote=quote), kind="offer-help",
                    evidence=_EVIDENCE[name].format(quote=quote)),
            frozenset({where if where.startswith("post:") else f"need:{fold(quote)}"}) | _words_facts(text)))
    # Between jobs, 'what are you enjoying working on?' and 'your work as…' ask about a job they lack; about
    # to leave, 'a typical week as…' asks about one they are leaving.
    between_jobs = is_between_jobs(them, now)
    role = None if between_jobs or _leaving(them, now) else _current_role(them, templates)
    if role and role[1] & _shared_employers_now(me, them):
        role = None  # a colleague at the same company now is asked which team, not told their job sounds interesting
    quote = None if between_jobs else _about_sentence(them.about or "", 80)
    if quote:
        others.append(_Option(
            Starter(text=templates["compliment-about"].format(first=first, quote=quote), kind="compliment",
                    evidence=_EVIDENCE["compliment-about"].format(quote=quote)),
            frozenset({f"about:{fold(quote)}"}) | _words_facts(quote)))
    if role:
        # The same compliment without quoting them: taken only if the quoting one was dropped.
        others.append(_role_option(templates, "compliment-role", first, role))

    # Interleave: the best shared thing first, then one of each other kind, then more shared ground, and
    # only then what their profile alone offers.
    own = _profile_starters(templates, first, me, them, role, lang, now)
    candidates = [*shared[:1], *others, *shared[1:], *own[:2],
                  *_topic_starters(templates, first, them, authored), *own[2:]]
    their_words = own_words(them)
    if asks_for_no_pitches(them):
        candidates = [option for option in candidates if option.starter.kind not in _PITCH_LIKE]
    if organisation:
        candidates = [option for option in candidates if option.starter.kind in _TO_AN_ORGANISATION]
    specific = [option for option in candidates
                if option.starter.kind == "post" or (option in shared and option.starter.kind != "place")]
    if specific:
        # Beside a post of theirs or something else you share, a city you both live in is no reason of its own to
        # write, and praise of their job title is empty: offered only when nothing more specific is there.
        candidates = [option for option in candidates if not _is_last_resort(option.starter)]
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


# What may be said to an organisation's account: nothing about a person's work, place, languages or path.
_TO_AN_ORGANISATION = {"post", "topic", "offer-help", "follows", "interest", "cause", "group"}


def _shared_employers_now(me: Profile, them: Profile) -> set[str]:
    """The employers (as facts) you both work at now."""
    return {_company_fact(job.company) for job in me.experience
            if job.end is None and job.company and _works_there_now(them, job.company)}


def they_know_you(me: Profile, them: Profile) -> bool:
    """True when their own words name you: your full name, or your first name while you work at the same
    company now (a lead thanking 'Rachel' on their team). Such a person is no stranger to open with."""
    full = (me.name or "").strip()
    first = first_name(me) if me.name else ""
    texts = [t for t in (them.about, *(p.text for p in _own_posts(them))) if t]
    if len(full.split()) >= 2 and any(fold(full) in fold(t) for t in texts):
        return True
    if not _shared_employers_now(me, them) or len(first) < 2:
        return False
    named = re.compile(rf"(?<![\w@]){re.escape(first)}(?!\w)")
    return any(named.search(t) for t in texts)


def sells_or_recruits(me: Profile) -> bool:
    """True when your headline or current title says you recruit or sell."""
    job = current_job(me)
    return any(_SELLS_OR_RECRUITS.search(text or "") for text in (me.headline, job.title if job else None))


def is_organisation(profile: Profile) -> bool:
    """True for an organisation's account ('Milano JS', 'Acme Labs', a headline 'JavaScript User Group Milano')."""
    name = (profile.name or "").strip()
    named = not re.search(r"[|@]| [-–—] ", name) and _ORGANISATION_NAME.search(name)  # not 'Sam | Acme Labs'
    headline = profile.headline or ""
    return bool(named or (_ORGANISATION_HEADLINE.search(headline) and not _PERSONS_ROLE.search(headline)))


def is_between_jobs(them: Profile, now: datetime) -> bool:
    """True when they are looking for work: open to work, a recent post about losing their job, or every job
    they list has ended (a current 'Career Break' or 'Freelance' entry is no end: we just know no employer)."""
    if any(_OPEN_TO_WORK.search(text or "") for text in (them.headline, them.about)):
        return True
    if any(_JOB_LOSS_NEWS.search(p.text) and not _older_than(p, now, RECENT_POST_DAYS) for p in _own_posts(them)):
        return True
    return bool(them.experience) and all(job.end is not None for job in them.experience)


def _leaving(them: Profile, now: datetime) -> bool:
    """True when a post of the last months says they are leaving their job or joining another."""
    return any(_MOVING_ON.search(p.text) and not _older_than(p, now, RECENT_HELP_DAYS) for p in _own_posts(them))


def _is_last_resort(starter: Starter) -> bool:
    """A shared city or a compliment on their job title: generic, for when nothing more specific is there."""
    role_praise = starter.kind == "compliment" and starter.evidence.startswith(_EVIDENCE["compliment-role"][:18])
    return starter.kind == "place" or role_praise


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
    known = _known_verdicts.get()
    key = verdict_key(text, their_words) if known is not None else ""
    if known is not None and key in known:
        return known[key]
    guard = _pitch_guard()
    passes = guard is None or guard.check_draft(text, "stranger", their_words=their_words).verdict == "ok"
    if known is not None and guard is not None:
        known[key] = passes
    return passes


# The guard's verdicts on starters already checked, by verdict_key, while `known_verdicts` is in force: a command
# reading the store itself keeps them between processes (memory.answers.kept_guard_verdicts), so it need not
# import the guard and compile its patterns (a quarter of a second) to check a starter it checked before.
_known_verdicts: ContextVar[dict[str, bool] | None] = ContextVar("known_verdicts", default=None)


def verdict_key(text: str, their_words: list[str]) -> str:
    """A digest of a starter and the words it was checked beside: names the verdict without holding any text."""
    return hashlib.blake2b("\0".join([text, *their_words]).encode(), digest_size=16).hexdigest()


@contextmanager
def known_verdicts(known: dict[str, bool]) -> Iterator[dict[str, bool]]:
    """Within: starters are checked against `known` first, and the guard's new verdicts are added to it."""
    token = _known_verdicts.set(known)
    try:
        yield known
    finally:
        _known_verdicts.reset(token)


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
    # Where they live is no reason to write to a stranger ('What do you like most about Lagos?'), unless
    # it is where you studied: then it is a link of your own.
    place = _their_place(me, them, lang)
    school = _school_in_their_city(me, them) if place else None
    if place and school:
        out.append(_Option(
            Starter(text=templates["their-place-studied"].format(first=first, place=place), kind="location",
                    evidence=f"Their location: {them.location}; you studied at {school}"),
            frozenset({"place"})))
    if role:
        out.append(_role_option(templates, "work-question", first, role))
    return out


def _posts_about(them: Profile, label: str) -> int:
    """How many of their own posts (sensitive ones aside) are about the topic named `label`."""
    wanted = fold(label)
    return sum(any(fold(topic.label) == wanted for topic, _ in find_topics(_URL.sub("", post.text)))
               for post in _own_posts(them)[:20] if not _SENSITIVE.search(post.text))


def _topic_starters(templates: dict[str, str], first: str, them: Profile, authored: bool) -> list[_Option]:
    """What they keep posting about (in two posts or more), as a question about their view.

    Only their posts count: a headline ('Founder') says what they do, not what they write about.
    """
    posts: dict[str, list[tuple[str, str]]] = {}
    labels: dict[str, str] = {}
    for post in _own_posts(them)[:20]:
        if _SENSITIVE.search(post.text):
            continue  # 'you write about layoffs' is not small talk
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
