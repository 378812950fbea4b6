"""What a post of theirs is, as it decides what a first message may say about it.

'What prompted it?' is a fair question only when the post argues something. An announcement, a release, a
thank-you, a reminder or an event notice answer it themselves (the news, the event did), and a post about
their private life is not a stranger's to ask about. So a post is read as one of:
- "skip": a thank-you, congratulations to someone else, a reminder, a notice (a date, a deadline, tickets, a
  pre-order, registration, a job ad, an event still to come), hard news (a death, a layoff, from either side),
  private life, or anything not confidently one of the kinds below: nothing to open on;
- "release": a paper, a product, a version, an episode of theirs out now: congratulated;
- "good-news": a milestone or a result of theirs: congratulated;
- "new-role": their own new job: congratulated;
- "recommendation": a book, a film, a tool they recommend: asked what else they would recommend;
- "question": a question they asked: asked what answers they have had;
- "news": a statistic or someone else's news passed on: asked their take;
- "opinion": a view they argue, in words that take a side ('I think', 'should', 'unpopular opinion'), or a
  lesson they learned: asked what prompted it;
- "story": their own experience told in the first person, in the past or as it goes on (a trip, a habit, a
  project): asked what surprised them;
- "talk": a talk they gave ('Gave a talk at our JS meetup on…'): asked what the audience asked.
Reading is conservative on purpose: a question about a notice ('what has surprised you most?' of a meetup
reminder) reads as a mail merge, while skipping a post only costs one starter.
Its patterns compile on first use (lazy_regex.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from companion.ground.lazy_regex import lazy
from companion.ground.person_reading import (
    A_DEATH,
    NEW_ROLE,
    OWN_VOICE,
    URL,
    is_sensitive,
    language_unread_for_hard_news,
)

# A post sharing good news is answered with congratulations, not 'what prompted it?' (the news did): a
# milestone of time ('six months at', 'turns 10', an anniversary) or a result (a launch, a certification,
# a contest placing, money raised, a number improved).
# A span of time as a post says it: 'ten years', 'a year', '5 months', 'two decades'.
_A_SPAN = (r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-five|thirty|"
           r"fifty) (?:full )?(?:years?|months?|decades?)")
MILESTONE = lazy(
    r"\b(?:turns? \d+|(?:\d+\w*|work) anniversary|anniversary|years of service|"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|first) (?:full )?(?:years?|months?) (?:at|with)\b|"
    r"cumple \d+ años|aniversario|aniversário|anniversaire|jubiläum|jahrestag|"
    # The anniversary of something long done, not its news: 'Ten years ago today I shipped my first commit', 'A year
    # since we opened', '10 years of Kora' (review set 44: 'congratulations on launching the first commit!', refused 3-0).
    rf"{_A_SPAN} ago (?:today|this (?:week|month)|to the day)|(?:it'?s been |it has been )?{_A_SPAN} since\b|"
    # ('Three months of 5am rehearsals paid off' later in a post tells what a win took: only a post's opening words.)
    rf"^\W*{_A_SPAN} of (?!(?:\w+ )?(?:work|effort|rehearsals?|research|development|building|planning|training|"
    r"practice|prep\w*|testing|trials?|hard)\b)|"
    r"hace (?:\d+|un|una|dos|tres|cinco|diez) (?:años?|mes(?:es)?) (?:hoy|que)|il y a (?:\d+|un|deux|trois|cinq|dix) "
    r"(?:ans?|mois) (?:aujourd'hui|jour pour jour)|heute vor (?:\d+|einem|zwei|drei|fünf|zehn) (?:jahren|monaten)|"
    r"(?:há|faz) (?:\d+|um|dois|três|cinco|dez) (?:anos?|mes(?:es)?) (?:hoje|que))",
    re.IGNORECASE)
ACHIEVEMENT = lazy(
    r"(?:^|(?<=[.!?] ))(?:just )?(?:launched|shipped)\b|"
    r"\b(?:(?:we|we've|we have|i|i've|i have|team|just|today|finally|officially) (?:just |finally |officially )?"
    r"(?:launched|shipped)|milestone|certifi\w+|placed (?:\d+(?:st|nd|rd|th)|first|second|third)|"
    r"won (?:the|a|an|first|second|third|best)|award(?:ed)?|raised (?:\$|€|£|over|more|\d+)|now has \d+|"
    r"(?:closed|fechou|fechar|cerramos|cerró|bouclé|abgeschlossen) (?:\w+ ){0,4}(?:round|ronda|rodada|tour|runde)|"
    r"(?:cut|reduced|brought|dropped|halved)\b[^!?\n]{0,40}\bfrom\b[^!?\n]{0,20}\bto\b|"
    r"(?:grew|growing) (?:to|by) \d+|half as (?:long|much)|twice as|"
    r"(?:excited|thrilled|proud|delighted|happy) to (?:announce|share that)|"
    r"lançamos|lanzamos|terminamos|conclu[ií]mos|formámos|formamos|arrancó|ganamos|bajamos|reduzimos|"
    r"logramos|conseguimos|zertifizierung|zertifiziert|gewonnen|nous avons lancé|remporté|obtenu|"
    # Medals won and exams passed, theirs or their team's (a club's olympiad medals, 'passed my FIATA exam').
    r"medal(?:s|led)?|medalh(?:a|as)|medallas?|médailles?|\d+ (?:ouros?|oros?|golds?)|"
    # A building, a school, a site of theirs opened ('Inaugurámos a nova escola', 'we finally opened the clinic').
    r"inaugur(?:ámos|amos|ated|é|ée|ons|ou|ó|aron|ato|ata)|hemos inaugurado|nous avons inauguré|abbiamo inaugurato|"
    r"(?:we|i) (?:just |finally |officially )?opened (?:our|my|the|a) (?:new |second |third |first )?(?:[\w-]+ )?"
    r"(?:clinic|office|shop|store|restaurant|school|studio|site|plant|factory|warehouse|branch|lab|bakery|caf[ée]|"
    r"library|cent(?:re|er)|hospital|gallery|bridge)|"
    r"passed (?:my|our|the|all) (?:\w+ ){0,3}(?:exams?|boards?|certification|defen[cs]e)|bestanden|aprobé|aprovad[oa]|"
    # Project news their own work made happen (mend 38): a bridge open to the public, an app gone live, a building
    # handed over, a funding round announced ('I now live in Lisbon' is no news: 'live' only after is/are/went).
    r"(?:is|are|went|has gone|have gone)(?: now| officially| finally)* (?:live|open to the public)|opened to the public|"
    r"handed (?:over )?(?:the |our |my )?(?:\w+ ){0,4}(?:over|to (?:the|our) (?:city|client|owner|council|public))|"
    r"announc\w* (?:our |my )?(?:\S+ ){0,3}(?:pre-seed|seed|series [a-e]|funding) round)\b",
    re.IGNORECASE)
# A nomination, a shortlisting, a place among the finalists: an award not (yet) won (review set 43: 'congratulations
# on the award!' to a pharmacist whose colleague nominated him, refused 3-0 as unsupported).
_NOMINATED = lazy(r"\b(?:nominat\w*|nominee\w*|short-?listed|shortlist|long-?listed|finalists?|runners?-up|"
                  r"in the running for|nomin[ée]e?s?|nominad[oa]s?|finalistas?|finaliste\w*|nominiert\w*|"
                  r"indicad[oa] (?:ao|à|para)|en lice pour|sélectionn[ée]e?s? pour|candidat[oa] al premio)\b",
                  re.IGNORECASE)
_WIN_TOLD = lazy(r"\b(?:(?:i|we|he|she|they|team)\s+(?:\w+\s+)?won|won (?:the|a|an|first|best)|(?:was|were|been|got|"
                 r"have been|has been) awarded|gagn[ée]|remport[ée]|gan[óé]|ganamos|ganhe[iu]|ganhamos|gewonnen|vint[oa]|"
                 r"vinto|venceu|vencemos)\b", re.IGNORECASE)


def only_nominated(text: str) -> bool:
    """True when the award a post tells of is a nomination, a shortlisting or a finalist's place, and no win is told:
    congratulations 'on the award' would claim what did not happen."""
    return bool(_NOMINATED.search(text or "")) and not _WIN_TOLD.search(text or "")


_THANKS = lazy(
    r"^\W*(?:(?:a |so |very )?(?:huge|big|special|heartfelt|sincere|massive)?\s*thanks?\b|thank you|grateful|"
    r"gracias|muchas gracias|merci|danke|vielen dank|obrigad[oa]|muito obrigad[oa])|"
    r"\b(?:shout-?out to|kudos to|grateful to|thank you (?:to|all|everyone)|thanks (?:to|everyone|all)|"
    r"gracias a (?:todos|todas|tod[oa]s los)|merci à (?:tous|toutes)|danke an (?:alle|euch)|obrigad[oa] a tod[oa]s)\b",
    re.IGNORECASE)
_REMINDER_OR_EVENT = lazy(
    r"^\W*(?:reminder|friendly reminder|don'?t forget|last chance|recordatorio|rappel|erinnerung|lembrete)\b|"
    r"\b(?:\d+ (?:days?|hours?) (?:left|to go)|deadline is|closes (?:on|this|tomorrow|today|at)|"
    r"see you (?:there|at|on|tomorrow|next)|i'?ll be (?:speaking|presenting|talking|hosting|on stage)|"
    r"we'?ll be at|come (?:say hi|see us|find us|join)|catch (?:me|us) at|webinar|live ?stream|going live|"
    r"doors open|agenda|(?:this|next) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|booth|"
    r"nos vemos (?:en|el|allí)|no te lo pierdas|on se voit|rendez-vous (?:le|à|au)|wir sehen uns|"
    r"nos vemos lá|te espero)\b",
    re.IGNORECASE)
_RELEASE = lazy(
    r"\b(?:new (?:paper|preprint|release|version|episode|article|blog post|book|course|video|podcast|edition|report)|"
    r"(?:our|my) (?:new |latest |first )?(?:paper|preprint|book|article|episode|album|course|report)|"
    r"(?:is|are) (?:now )?(?:out|live|available)|now (?:available|live|out)|out now|"
    r"just (?:published|released|dropped|launched)|(?:we|i)(?:'ve| have)? (?:just )?(?:released|published)|"
    r"accepted (?:at|to|in)|v\d+\.\d+(?:\.\d+)?|changelog|release notes|"
    r"nuevo (?:artículo|libro|episodio)|nueva versión|ya (?:está )?disponible|publicamos|"
    # A book in the shops ('¡Ya está en librerías…!', 'in bookshops now', 'est en librairie', 'jetzt im Buchhandel').
    r"(?:ya )?(?:está|están) en (?:las )?librerías|(?:now )?in (?:all good )?book(?:shops|stores)(?: now)?|"
    r"(?:est|sont) (?:enfin )?en librairies?|(?:jetzt |ab heute )?im buchhandel|(?:já )?(?:está|estão) nas livrarias|"
    r"nouvel (?:article|épisode)|nouvelle version|nouveau livre|(?:est )?disponible dès|"
    r"neue(?:s|r)? (?:version|artikel|buch|folge)|jetzt verfügbar|ist (?:jetzt )?erschienen|"
    r"novo (?:artigo|livro|episódio)|nova versão|já (?:está )?disponível|publicamos)\b",
    re.IGNORECASE)
_RECOMMENDATION = lazy(
    r"\b(?:highly recommend|i recommend|(?:must|worth)[- ](?:read|watch|listen|see)|"
    r"worth (?:reading|watching|listening|a (?:read|watch|listen))|(?:go|you should|everyone should) (?:watch|read|see|listen)|"
    r"(?:great|good|wonderful|fantastic|brilliant|excellent|beautiful|lovely) (?:book|film|movie|read|show|podcast|album|"
    r"series|documentary|thread|essay|article|piece|talk|write-?up|paper)|recomiendo|te recomiendo|je recommande|à (?:lire|voir) absolument|empfehle|unbedingt "
    r"(?:lesen|ansehen)|recomendo|vale a pena (?:ler|ver))\b",
    re.IGNORECASE)
# Their congratulations to someone else ('Congrats to Ana on her launch'): the news is not theirs to be asked about.
_CONGRATULATES_OTHERS = lazy(
    r"\b(?:congratulations|congrats|kudos|felicidades|enhorabuena|félicitations|glückwunsch|parabéns)\b"
    r"(?: (?:to|a|à|an|para))?\s+(?!(?:us|me|nos|uns)\b)[@\w]", re.IGNORECASE)
# Their private life: a wedding, a baby, a birthday, a holiday. Not a stranger's to open on.
_PRIVATE_LIFE = lazy(
    r"\b(?:wedding|married|engaged|honeymoon|pregnan\w*|newborn|baby (?:boy|girl)|(?:was|were|is) born|"
    r"(?:my|our) baby|naci[óo] (?:mi|nuestr[oa])|nuestr[oa] (?:hij[oa]|bebé)|est née?|notre (?:fils|fille|bébé)|"
    r"(?:sohn|tochter) ist (?:da|geboren)|nasceu|noss[oa] (?:filh[oa]|bebê)|"
    r"birthday|boda|casad[oa]s?|embarazad[oa]|cumpleaños|mariage|mariés?|enceinte|anniversaire de|hochzeit|"
    r"verheiratet|schwanger|geburtstag|casamento|grávida|aniversário de|matrimonio|sposat[oaie]|incinta|compleanno|è nat[oa]|nostr[oa] figli[oa])\b",
    re.IGNORECASE)
# A question that asks the readers for their experience or advice ('Which CRM does your team use?', 'Any tips on…').
_ASKS_READERS = lazy(
    r"\b(?:anyone|anybody|any (?:advice|tips|recommendations|ideas|thoughts|pointers)|which|what|how|who|where|curious|"
    r"recommend\w*|would you|do you|does your|have you|alguien|alguna|qué|cómo|cuál|quelqu'un|quel\w*|comment|"
    r"jemand|welche\w*|wie|was|alguém|qual|como|qualcuno|quale|come|cosa)\b",
    re.IGNORECASE)
# A view argued: words that take a side ('I think', 'unpopular opinion', 'should', 'the problem with').
_OPINION = lazy(
    r"\b(?:i think|i believe(?! (?:them|him|her|you|in (?:them|him|her|you))\b)|i'?m convinced|in my (?:view|opinion|experience)|imo|imho|unpopular opinion|hot take|"
    r"should(?:n'?t)?|must|need to|the (?:problem|trouble|issue) with|(?:is|are) (?:overrated|underrated)|"
    r"stop (?:\w+ing)|nobody talks about|the truth is|lessons?|mistakes?|myths?|most (?!of (?:us|my|our|them|you|it|these|those)\b)\w+|"
    r"nobody|no one|too (?:many|much|often|few)|the (?:real|best|worst|only|hardest) (?:\w+ )?(?:way|thing|part|reason|"
    r"problem|question)|(?:it|that|this) matters|(?:is|are)n'?t|(?:is|are) not|(?:(?:i(?:'ve| have) been|i'?m(?: still)?|still|been) |^)thinking about|"
    r"wondering (?:whether|if|why|how)|reflecting on|underrated|overrated|"
    r"creo que|pienso que|deberíamos|debería|el problema (?:con|de)|je pense que|je crois que|il faut|"
    r"le problème (?:avec|de)|ich glaube|ich denke|sollten|das problem (?:mit|bei)|acho que|acredito que|"
    r"deveríamos|o problema (?:com|de)|penso che|credo che|secondo me|dovremmo|il problema (?:con|di|è)|"
    # A lesson they learned is a view of theirs too ('I learned that…', 'Ho imparato che…').
    r"(?:i(?:'ve)?|we(?:'ve)?) (?:have )?learn(?:ed|t) that|aprend[ií] que|j'ai appris que|ich habe gelernt,? dass|"
    r"aprendi que|ho imparato che|abbiamo imparato che)\b",
    re.IGNORECASE)
# A view in words that are weaker alone, read only when the post tells no experience of theirs (then it is a story:
# 'Estoy viajando por China… el idioma no es un problema'): their opinion named as such, a takeaway, a verdict on
# news, a claim against the grain ('X won't replace Y', 'no longer theoretical', 'people think… it's about…'), and
# 'is not' in the other languages we read (English's is in _OPINION).
_VERDICT = lazy(
    r"\b(?:in my career|my (?:honest |personal |own )?(?:opinion|take|takeaway)|(?:key |main |biggest )?takeaways?:|"
    r"(?:na )?minha opini[ãa]o|(?:en )?mi opini[óo]n|[àa] mon avis|meiner meinung|meine (?:ehrliche )?meinung|"
    r"a mio (?:parere|avviso)|la mia opinione|moim zdaniem|won'?t replace|will not replace|(?:is|are) no longer|"
    r"nothing (?:has|is|beats|replaces)|(?:people|everyone|everybody) (?:think|thinks|assume|assumes)|"
    r"(?:is|are|es|son|é|são|est|ist|è) (?:a |una |uma |une |eine |una )?(?:good|bad|buena|mala|boa|má|bonne|mauvaise|"
    r"gute|schlechte|buona|cattiva) (?:news|noticias?|not[íi]cias?|nouvelles?|nachrichten?|notizi[ae])|"
    r"n[ãa]o [ée]|no es|no son|n'est pas|ne sont pas|je ne \w+ plus|ist kein\w*|sind kein\w*|non [èe]|nie jest)\b",
    re.IGNORECASE)
# A statistic or a report passed on: news to ask their take on, not theirs to congratulate.
_NEWS = lazy(
    r"\b(?:according to|report(?:s|ed)?|study|survey|research shows|data shows|announced|breaking|"
    r"según|informe|estudio|selon|étude|rapport|laut|studie|bericht|segundo|estudo|relatório)\b|\d+(?:[.,]\d+)?\s?%",
    re.IGNORECASE)
# A notice: something to come to, buy, apply for or register for, dated or timed. Answered by coming (or not),
# never by 'what has surprised you most?'. In the six languages we read.
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
          r"nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
          r"noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
          r"décembre|januar|februar|märz|juni|juli|oktober|dezember|janeiro|fevereiro|março|maio|junho|julho|"
          r"setembro|outubro|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|"
          r"dicembre)")
# Tickets to sell, not a team's tickets closed or fixed ('déjà trois tickets d'accessibilité fermés', 'closed 40 Jira
# tickets': review set 32, a French new role read as a notice).
TICKETS = (r"(?<!jira )(?<!support )(?<!bug )tickets?(?![^.!?\n]{0,40}\b(?:closed|fixed|resolved|solved|merged|ferm[ée]s?|"
           r"r[ée]solus|corrig[ée]s|trait[ée]s|cerrad[oa]s|resuelt[oa]s|geschlossen|gel[öo]st|erledigt|fechad[oa]s|resolvid[oa]s)\b)")
_NOTICE = lazy(
    r"\b(?:reminder|save the date|pre-?orders?|pre-?ordering|" + TICKETS + r"|ticketing|apply (?:by|now|here|before|today|at)|"
    r"applications? (?:\w+ ){0,4}(?:open|opens|close|closes|closing|due)|deadline|registration|register|sign[- ]?up|rsvp|"
    r"join us|doors open|early[- ]bird|(?:seats|spots|places) (?:left|available|are limited)|limited (?:seats|spots|places)|"
    r"book (?:now|your|a seat)|link in (?:bio|comments?|the comments)|don'?t miss|coming soon|opening night|premieres?|"
    r"world premiere|(?:we(?:'re| are)|i(?:'m| am)) hiring|job opening|open (?:role|position)s?|now hiring|"
    # A job ad in any of our languages: nothing prompted it but a vacancy ('what prompted it?' reads as unread).
    r"(?:is|are|now|currently|still|'re) hiring|hiring (?:an? |for |now\b)|^\W*hiring\b|vacanc(?:y|ies)|job (?:ad|offer|posting)|"
    r"(?:new|open) (?:role|position|opening)s?|apply (?:now|here|via|through|today|by|at|on|below|if|in the|using)\b|"
    r"to apply\b|how to apply|"
    r"(?:we(?:'re| are)|i(?:'m| am)) (?:looking|searching) for (?:an? |our |my |two |three |new |several )|"
    r"estamos contratando|contratamos|vaga(?:s)? (?:aberta|para)|estamos (?:buscando|à procura de|procurando)|buscamos|"
    r"(?:se busca|vacante|únete a (?:nuestro|mi) equipo|on recrute|nous recrutons|nous cherchons|rejoignez (?:notre|mon) équipe|"
    r"poste à pourvoir|wir suchen|wir stellen ein|(?:ab sofort|zum nächstmöglichen) |stellenangebot|verstärkung|"
    r"stiamo assumendo|stiamo cercando|cerchiamo|posizione aperta|unisciti al (?:nostro|mio) team|"
    r"recrutamos|junte-se à (?:nossa|minha) equipe)|"
    r"call for (?:speakers|papers|proposals|applications|projects)|in stores|available (?:from|on|in) |"
    r"crowdfund\w*|kickstarter|indiegogo|gofundme|back us|support us|donat(?:e|ions?)|fundraiser|vote for|please (?:vote|share)|"
    # An offer to readers ('my DMs are open', 'happy to chat with anyone…') is taken up, not asked what prompted it;
    # a talk or a recording put online is a pointer to it (review set 13).
    r"(?:my )?dms? (?:are )?(?:always )?open|(?:feel free to|don'?t hesitate to) (?:reach out|message|dm|contact)|"
    r"happy to (?:chat|talk|help|answer) (?:with )?(?:anyone|any|you)|"
    r"(?:talk|keynote|presentation|session|panel|slides|recording|video|webinar)\b[^.!?\n]{0,60}\b(?:is|are) (?:now )?"
    r"(?:online|up|live|available)|"
    r"share this|sign the petition|petition|join (?:our|my) team|looking for an? (?:\w+ ){0,3}(?:to join|engineers?|"
    r"designers?|developers?|managers?|interns?|candidates?|analysts?)|"
    # A link to their content passed round ('New blog post: …', 'Link below'): nothing of it to quote as a view.
    r"new (?:blog ?post|article|video|episode|podcast|newsletter|issue)|(?:latest|this week's) (?:episode|issue|edition)|"
    r"links? (?:below|in (?:the )?(?:bio|comments?))|read (?:it |more )?(?:here|below)|check (?:it |them )?out|"
    r"full (?:article|post|video|story) (?:here|below)|"
    # A pitch of their product or a case study ('Try it today', 'Book a demo', 'We helped Acme cut… Here's how').
    r"try it (?:today|now|out|free|here)|free trial|book a (?:demo|call)|get started|here(?:'s| is) how|"
    r"(?:we|i) helped (?:\w+ ){1,3}(?:cut|grow|increase|reduce|save|double|triple|boost|win)|"
    r"recordatorio|inscr[ií]bete|inscripci[oó]n(?:es)?|entradas (?:ya|a la venta|disponibles|agotadas|en)|preventa|"
    # A deadline, never a term ('a largo plazo', 'a longo prazo'), a memory ('schöne Erinnerungen') or a blog's entries.
    r"reserva (?:ya|tu)|fecha l[ií]mite|plazo (?:de|para|hasta|termina|cierra|l[ií]mite)|"
    r"te esperamos|os esperamos|únete|estreno|rappel|inscri(?:ption|vez)\w*|billet(?:s|terie)|précommande\w*|"
    r"date limite|candidatures?|rejoignez-nous|ne manquez pas|avant-première|zur erinnerung|anmeld\w+|vorbestell\w*|"
    r"bewerbungsfrist|bewerb\w+ bis|premiere|lembrete|inscriç\w+|inscreva-se|ingressos|pré-venda|prazo (?:de|para|até|termina|l[ií]mite)|"
    r"estreia|promemoria|iscrizion\w+|iscriviti|bigliett\w+|prevendita|preordin\w+|scadenza|candidature|"
    r"entro il|vi aspettiamo|non mancate|debutt\w+|in scena|prima (?:nazionale|assoluta))\b|"
    # A date or a time of day ('on 14 March', 'Jan 15', '12/03', '7pm', '19h30', '18:00').
    rf"\b\d{{1,2}}(?:st|nd|rd|th|er|º|°)?\.? (?:of |de |di )?{_MONTH}\b|\b{_MONTH}\.? \d{{1,2}}(?:st|nd|rd|th)?\b(?!\d)|"
    r"(?<![\d.])\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|(?<![\d.])\d{1,2}\.\d{1,2}\.\d{2,4}\b|\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\b|\b\d{1,2}[:h]\d{2}\b|\b\d{1,2}h\b",
    re.IGNORECASE)
# Words of a time still to come: an event, a show, a launch that has not happened yet is no story to ask about.
_FUTURE = lazy(
    r"\b(?:(?:i|we|it|she|he|they|the show|doors|tickets)(?:'ll| will) (?:be )?(?:open|live|available|on sale|speaking|"
    r"presenting|hosting|performing|there|launch\w*|start\w*|releas\w*|publish\w*|premier\w*|ship\w*|announc\w*|"
    r"in|at|back)|going to be (?:at|in|on|live|open)|(?:coming|available|out|launching|opening|more|see you) soon|soon (?:available|on sale|in stores)|upcoming|coming up|"
    # 'out next spring', 'launching next June': a release still to come (review set 27's book).
    rf"next (?:spring|summer|autumn|fall|winter|{_MONTH})|next (?:week|month|year|weekend|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)|tomorrow|tonight|opens? (?:on|in|this|next|at)|starts? (?:on|in|next|"
    r"this)|launch(?:es|ing) (?:on|in|next|this)|countdown|próxim[oa]|mañana|"
    # Not a morning ('heute Morgen', 'guten Morgen') nor a thing ready ('o site está pronto').
    r"(?<!está )(?<!estão )(?<!ficou )(?<!ficaram )(?<!tá )pront[oa]|bientôt|prochain\w*|demain|"
    r"nächste\w*|(?<!heute )(?<!guten )(?<!gestern )(?<!jeden )(?<!am )(?<!diesen )morgen|bald|em breve|amanhã|próxim[oa]|presto|domani|prossim[oa])\b",
    re.IGNORECASE)
# Verbs in the past, as a story of theirs tells it ('I rebuilt…', 'Spent the week…', 'our whole team rewrote…').
_PAST = (r"(?:[a-z]{3,}ed|spent|went|took|made|found|learn[et]d?|built|rebuilt|ran|wrote|rewrote|redid|met|left|began|"
         r"started|moved|got|saw|taught|read|tried|quit|gave|lost|won|did|came|grew|knew|thought|felt|drove|flew|rode|"
         r"swam|sold|bought|kept|sat|stood|told|heard|fell|broke|became|chose|forgot|hit|led|paid|sent|slept|spoke|"
         r"threw|woke|been|had|was|were)")
# Their own experience told, in forms that are first person by themselves: 'I rebuilt…', 'our whole team rewrote…',
# 'Spent the week…' (the subject left out), 'Hoy di mi primera charla', 'he entrevistado', 'ho imparato'.
_OWN_NARRATIVE = lazy(
    rf"(?:\b(?:i|we|my \w+|our (?:\w+ ){{0,2}}\w+)(?:'ve| have| had)? |^\W*)(?:just |finally |recently |once |never |"
    rf"always |first |also |all )?(?!(?:based|related|excited|thrilled|delighted|honou?red|interested|pleased|"
    rf"proud|humbled|amazed|surprised|tired|bored|obsessed|convinced|sold)\b){_PAST}\b|"
    r"\b(?:i|we)(?:'m| am|'re| are) [a-z]{3,}ing\b|\bwhen i (?:was|started|joined|first)\b|"
    r"\b(?:acab(?:o|amos|ei|amos) de|je viens de|nous venons de|ho appena|abbiamo appena|ich habe gerade|wir haben gerade|"
    r"(?:hoy|ayer|anoche|ya|por fin|finalmente) (?:di|fui|hice|tuve|vi)|di mi|he (?:\w+ado|\w+ido|estado|hecho|visto|escrito)|"
    r"hemos (?:\w+ado|\w+ido|hecho)|aprend[ií]|pas[ée]|estuve|viaj[ée]|hice|empec[ée]|descubr[ií]|me di cuenta|"
    r"estoy \w+(?:ando|iendo)|llevo \w+|passei|estive|viajei|fiz|comecei|percebi|estou \w+(?:ando|endo|indo)|\w{3,}ei|"
    r"j'ai (?:appris|fait|pris|vu|eu|lu|écrit|découvert|compris|passé|\w+é)|je suis (?:allé|parti|arrivé|revenu)\w*|"
    r"ich habe|ich bin \w+ (?:ge\w+en)|wir haben|ho (?:imparato|passato|fatto|visto|scoperto|capito|iniziato|"
    r"lavorato|\w+ato|\w+uto|\w+ito)|abbiamo \w+(?:ato|uto|ito)|sono (?:stat|andat|tornat|partit)[oaie]|"
    r"sto \w+(?:ando|endo))\b",
    re.IGNORECASE)
# Words of an experience that are theirs only beside a first person: a lesson, time gone by.
_EXPERIENCE = lazy(
    r"\b(?:lessons?|learn(?:ed|t|ing)|taught me|looking back|years ago|hace \d+ años|lecci[oó]n\w*|h[áa] \d+ anos|"
    r"li[çc][ãõ]o|lições|il y a \d+ ans|leçons?|gelernt|vor \d+ jahren|lektion\w*|anni fa|lezion[ei])\b",
    re.IGNORECASE)
# A hard time told: no 'I enjoyed your post' and no 'what surprised you?' of it.
_HARD_TONE = lazy(
    r"\b(?:painful|heartbreak\w*|heartbroken|never gets easier|worst|devastat\w*|nightmare|traumati\w*|burn(?:ed|t)? ?out|"
    r"awful|terrible|horrible|scared|terrified|ashamed|humiliat\w*|betray\w*|cheated|lied to|tears|cried|crying|"
    r"doloros[oa]|desgarrador|pesadilla|lloré|horrible|douloureu\w*|cauchemar|j'ai pleuré|schmerzhaft|albtraum|"
    r"geweint|pesadelo|chorei|doloros[oa]|incubo|ho pianto)\b",
    re.IGNORECASE)
# A span of their own time told as a title ('Four years of cycling to work', '10 days in Japan').
_SPAN_OF_TIME = lazy(r"\W*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few) (?:days?|weeks?|months?|years?) "
                     r"(?:of|in|on|at|with)\b", re.IGNORECASE)


# Where the link to their release is ('Link in comments', 'link below'): a pointer, not a notice.
_LINK_POINTER = lazy(r"\b(?:the )?links? (?:is |are )?(?:below|in (?:the )?(?:bio|comments?|first comment))\b|"
                     r"\b(?:enlace|link) en (?:los )?comentarios\b|\blien en commentaire\b|\blink (?:nos|in den) kommentar\w*\b",
                     re.IGNORECASE)
# A release told without an 'I' but labelled as theirs at the start ('Just published…', 'New release: …', 'New paper: …').
_OWN_RELEASE_LABEL = lazy(r"\W*(?:(?:just )?(?:published|released|launched)|new (?:release|paper|preprint|dataset|version)(?: (?:is )?out)?\s*[:\-–—])",
                          re.IGNORECASE)


def _news_before_a_notice(text: str) -> bool:
    """True for a post that opens on good news of theirs and only then adds a notice ('Proud moment: our lot placed
    4th in the national cupping. Buyers: samples available from Monday'): the news is congratulated, and the quote is
    its first sentence. The first sentence must be news and no notice or time to come itself ('Applications are open…')."""
    first = re.split(r"(?<=[.!?])\s+", text, maxsplit=1)[0]
    if first == text or _REMINDER_OR_EVENT.search(first) or _NOTICE.search(first) or _FUTURE.search(first):
        return False
    return bool(MILESTONE.search(first) or (ACHIEVEMENT.search(first) and news_is_theirs(first))
                or _release_before_a_notice(text))


def _release_before_a_notice(text: str) -> bool:
    """True for a post that opens on a release of theirs out now and only then dates an event ('¡Ya está en librerías
    «La luz de los naranjos», mi primera novela! … La presentación será el 10/01': a novel out, its launch to come;
    review set 32). The first sentence must be the release, in their voice, and no notice or time to come itself."""
    first = re.split(r"(?<=[.!?])\s+", text, maxsplit=1)[0]
    if first == text or _REMINDER_OR_EVENT.search(first) or _NOTICE.search(first) or _FUTURE.search(first):
        return False
    return bool(_RELEASE.search(first) and (OWN_VOICE.search(first) or _OWN_RELEASE_LABEL.match(first)))


# Loss, harm or an ending, broadly and in every language posts are read in: a death, an accident, a
# shutdown, layoffs, a flood, a fire, a war, an illness. Wider than is_sensitive on purpose: a post that matches is
# never quoted nor 'enjoyed' (a starter a reviewer rejects is worse than none), so a false alarm costs little.
LOSS_OR_HARM = lazy(
    rf"\b(?:{A_DEATH}|we lost|dies|death|deaths|dead|lost (?:my|our|a|his|her) \w+|fatal(?:ity|ities|ly)?|"
    r"accident|accidents|incident|injur\w+|tragedy|tragic|grief|"
    r"griev\w+|mourn\w*|condolences|rip|in memory|memorial|shut(?:ting)? down|shutdown|closing (?:our|the|its) doors|"
    r"closing down|wind(?:ing)? down|layoffs?|laid off|redundanc\w+|flood\w*|fire|fires|wildfire\w*|earthquake|war|"
    r"shelling|bombing|diagnos\w+|cancer|in (?:the )?hospital|hospitali[sz]\w*|icu|chemo\w*|surgery|illness|"
    r"muerte|suicidio|accidente|herid[oa]s?|cierre|cerramos|despidos|inundaci\w+|incendio|guerra|"
    r"en el hospital|no hospital|hospitaliza\w*|internad[oa]|luto|duelo|morte|vel[óo]rio|acidente|"
    r"demiss\w+|enchente|inunda[çc][ãa]o|inc[êe]ndio|"
    r"d[ée]c[èe]s|mort|obs[èe]ques|fun[ée]railles|bless[ée]e?s?|fermeture|licenciements?|inondations?|"
    r"guerre|diagnostic|(?:à|a) l'h[ôo]pital|hospitalis[ée]\w*|deuil|tod|beerdigung|trauer\w*|suizid|"
    r"selbstmord|unfall|"
    r"verletzt\w*|schlie[ßs]ung|entlassungen|hochwasser|[üu]berschwemmung|krieg|diagnose|(?:im|ins) krankenhaus|"
    r"mort[oa]|funerale|lutto|incidente|ferit[oa]|chiusura|licenziamenti|alluvione|diagnosi|in ospedale|"
    r"ricoverat[oa]|"
    r"begrafenis|ongeluk|in het ziekenhuis|oorlog|overstroming|[śs]mier[ćc]|pogrzeb|wypadek|szpital|"
    r"wojna|pow[óo]d[źz]|po[żz]ar|kuollut|hautajai\w*|onnettomuus|sairaala\w*|tulva|tulipalo|"
    r"avliden|begravning|olycka|sjukhus|[öo]versv[äa]mning|poh[řr]eb|nehoda|nemocnic\w*|v[áa]lka|"
    r"povode[ňn]|po[žz][áa]r|kecelakaan|banjir|kebakaran|rumah sakit|perang|duka)\b",
    re.IGNORECASE)


def tells_loss_or_harm(text: str) -> bool:
    """True for a post with any sign of a loss, harm or an ending (LOSS_OR_HARM, or what is_sensitive reads), and for
    a post in a language whose words of loss we cannot read (an Arabic post on a page in English may tell of a death):
    no starter rests on it."""
    text = _SAFETY_RECORD.sub("", text or "")
    return (bool(LOSS_OR_HARM.search(text)) or is_sensitive(text)
            or language_unread_for_hard_news(text) is not None)


# A safety record told with pride ('18 months, zero lost-time injuries', 'without a single accident'): no harm told
# (review set 37: a bridge opened on time was given nothing, its 'injuries' read as a loss).
# (a single word is followed by a space: 'no' is not the start of 'Northern line accident': the final read)
_SAFETY_RECORD = lazy(r"\b(?:(?:zero|no|null|cero|zéro)\s+|without (?:a single |any )?|sin (?:ningún )?|sans (?:aucun )?)"
                      r"(?:[\w-]+\s+){0,2}(?:injur(?:y|ies)|accidents?|incidents?|unfälle|accidentes?|accidents?)\b",
                      re.IGNORECASE)


# Good news told in the first person: 'I/we' and a verb of doing ('we launched', 'hemos abierto') or a word of theirs
# ('our lab', 'my team', 'proud'). A regulator's guidance 'is out', 'results are out': no news of theirs.
FIRST_PERSON_ACHIEVED = lazy(
    r"\b(?:i|we)(?:'ve|'re| have| are| just| finally| officially| successfully)* (?:just |finally |officially )?"
    r"(?:achieved|launched|shipped|released|opened|passed|won|finished|completed|published|raised|closed|hit|reached|"
    r"earned|received|defended|graduated|built|made|started|founded|signed|landed|became|got|crossed|delivered|"
    r"designed|engineered|handed|announced|"
    r"open-sourced|thrilled|excited|proud|delighted|happy|honou?red)\b|"
    r"(?:^|[.!?]\s+)(?:so |very |really |truly )?(?:honou?red|thrilled|excited|delighted|proud|humbled|happy|grateful) to\b|"
    r"\b(?:my|our|me|us|mine|ours|nuestr[oa]s?|mi|mis|unser\w*|mein\w*|notre|nos|mon|ma|mes|nostr[oa]|"
    r"nostri|nostre|mio|mia|noss[oa]s?|meu|minha|onze|mijn|vår|våra|min|mitt|meidän|minun|naš\w*|můj|moje)\b|"
    r"\b(?:lanzamos|abrimos|ganamos|terminamos|publicamos|logramos|conseguimos|aprob[ée]|gan[ée]|termin[ée]|lanc[ée]|"
    r"acabo de|acabamos de|abr[ií])\b|"
    r"\b(?:he|hemos) (?:lanzado|abierto|aprobado|ganado|terminado|publicado|logrado|conseguido)\b|"
    r"\b(?:j'ai|nous avons) (?:lanc[ée]|ouvert|r[ée]ussi|gagn[ée]|termin[ée]|publi[ée]|obtenu)\b|"
    r"\b(?:ich habe|wir haben) (?:\w+ ){0,3}(?:gestartet|eröffnet|bestanden|gewonnen|abgeschlossen|veröffentlicht|geschafft)\b|"
    r"\b(?:ho|abbiamo) (?:lanciato|aperto|superato|vinto|finito|pubblicato|ottenuto)\b|"
    r"\b(?:eu|nós)? ?(?:lancei|lançamos|abri|abrimos|passei|ganhei|ganhamos|terminei|publiquei|conquistei)\b",
    re.IGNORECASE)


# A first sentence this short is a shout ('It's out!', 'Big news!', '¡Por fin!'), not yet the news.
SHOUT_WORDS = 3


def achievement_is_first_person(text: str) -> bool:
    """True when good news is told as their own doing ('I/we' + achieved, launched, passed, won…) in its first
    sentence, the one a starter quotes ('Board exam results are out! Proud of our batch' is the batch's news)."""
    sentences = re.split(r"(?<=[.!?])\s+", URL.sub("", text or "").strip(), maxsplit=2)
    first = sentences[0]
    if len(sentences) > 1 and len(first.split()) <= SHOUT_WORDS:
        # 'It's out! "Patient Capital…", co-written with my friend…': a shout opens it, the news and its 'my' follow
        # (review set 32: a book read as no news of theirs).
        first = f"{first} {sentences[1]}"
    return bool(FIRST_PERSON_ACHIEVED.search(first) or _OWN_RELEASE_LABEL.match(first) or _HANDED_OVER.match(first))


# 'Handed over the new library to the city this week': a project's handover told without a subject is their own.
_HANDED_OVER = lazy(r"\W*(?:just |finally |officially )?handed over\b", re.IGNORECASE)


# Their own nomination or shortlisting, in the first person ('my colleague nominated me for…', "I've been shortlisted
# for…", 'our café is a finalist in…', 'estoy nominada', 'je suis nominée', 'ich bin nominiert', 'fui indicada').
_OWN_NOMINATION = lazy(
    r"\b(?:nominated (?:me|us)|(?:(?:i|we)(?:'ve| have)? (?:just |officially |now )*been|(?:i|we)(?:'m| am|'re| are| was| "
    r"were| got)) (?:just |officially |now )*(?:nominated|short-?listed|long-?listed|(?:a |one of the )?finalists?)|"
    r"(?:proud|honou?red|thrilled|delighted|excited|humbled|happy|glad) to (?:have been|be) (?:named |selected as )?"
    r"(?:nominated|short-?listed|long-?listed|(?:a |one of the )?finalists?)|"
    r"(?:our|my) (?!(?:colleague|friend|boss|manager|mentor|student|partner|wife|husband|son|daughter|mum|mom|dad|"
    r"sister|brother|team-?mate|co-?worker|client)s?\b)(?:\w+ ){1,3}(?:has been|have been|was|were|is|are) (?:just |officially |now )*(?:nominated|short-?listed|"
    r"(?:a |one of the )?finalists?)|"
    r"(?:estoy|estamos|fui|fuimos|he sido|hemos sido) (?:nominad[oa]s?|finalistas?)|me (?:han )?nominad[oa]|me nominaron|"
    r"(?:je suis|nous sommes|j'ai été|nous avons été) (?:nomin[ée]e?s?|finalistes?)|"
    r"(?:ich bin|wir sind|ich wurde|wir wurden) (?:\w+ ){0,3}nominiert|"
    r"(?:estou|estamos|fui|fomos) (?:indicad[oa]s?|nomead[oa]s?|finalistas?)|me indicaram)\b", re.IGNORECASE)
_SHORTLIST_WORD = lazy(r"\b(?:short-?listed|long-?listed|finalists?|finalistas?|finalistes?)\b", re.IGNORECASE)


def own_nomination(text: str) -> str:
    """'nomination' or 'shortlist' when the post tells of their own nomination or place on a shortlist, else ''."""
    found = _OWN_NOMINATION.search(text or "")
    if not found:
        return ""
    return "shortlist" if _SHORTLIST_WORD.search(found.group()) else "nomination"


@lru_cache(maxsize=2048)  # the starters ask it of one post several times (to quote it, to count what they write about)
def post_kind(text: str) -> str:
    """What the post is (see the module's docstring): one of skip, release, new-role, good-news, recommendation,
    question, news, opinion, story, talk, talk-to-come."""
    text = URL.sub("", text or "").strip()
    # 'Link in comments' after their release points to it; it makes no notice of the release.
    noticed = _LINK_POINTER.sub("", text) if _RELEASE.search(text) else text
    if _PRIVATE_LIFE.search(text) or _CONGRATULATES_OTHERS.search(text) or tells_loss_or_harm(text):
        return "skip"
    if talk_to_come(text):
        return "talk-to-come"  # before the notices: 'next week' makes it an event notice, which is skipped
    # 'Slides from my talk are up': the talk given, its slides no notice to answer (review set 29); the talk is still
    # asked about only after a new role, a release or good news in the same post.
    slides_of_a_talk = (gave_a_talk(text) and not _REMINDER_OR_EVENT.search(text)
                        and not _NOTICE.search(_SLOT_ATTENDED.sub("", _TALK_PUT_ONLINE.sub("", noticed))))
    if _role_begun_told(text):
        return "new-role"  # 'Started my new role as HOD … on 3/11': its words and its day are no job ad nor event notice
    if (_REMINDER_OR_EVENT.search(text) or _NOTICE.search(noticed)) and not slides_of_a_talk:
        if _release_before_a_notice(text):
            return "release"
        return "good-news" if _news_before_a_notice(text) else "skip"
    if NEW_ROLE.search(text):
        return "new-role"
    if _FUTURE.search(text):
        # A show that opens next week, a launch still to come: nothing has happened to ask about (unless their news
        # came first: 'Cut our cold start from 2.8s to 1.1s. Writeup next week').
        return "good-news" if _news_before_a_notice(text) else "skip"
    if _RELEASE.search(text):
        return "release" if OWN_VOICE.search(text) or _OWN_RELEASE_LABEL.match(text) else "news"
    if MILESTONE.search(text) or (ACHIEVEMENT.search(text) and news_is_theirs(text)) or own_nomination(text):
        return "good-news"  # a thank-you with news in it is congratulated for the news
    if gave_a_talk(text):
        return "talk"  # a talk they gave: asked what the audience asked, not 'what surprised you?'
    if ACHIEVEMENT.search(text):
        return "news"  # a result that is not theirs ('Acme now has 10,000 customers'): asked their take
    if _THANKS.search(text):
        return "skip"
    if _RECOMMENDATION.search(text):
        return "recommendation"
    # A question they ask ends the post ('…onboard a junior analyst remotely?'); one they open with and answer
    # themselves ('Why do we still print boarding passes? Here is what I learned') is a story or a view.
    if re.search(r"\?\W*$", re.sub(r"(?:\s*#\w+)+\s*$", "", text)):
        # A question put to their readers for their experience; a rhetorical one ('Are you ready for the AI Act?')
        # is a hook for what they sell.
        return "question" if _ASKS_READERS.search(text) else "skip"
    if _SPAN_OF_TIME.match(text):
        return _story(text)  # 'Four years of cycling to work…': their time, told as a title
    if _OPINION.search(text):
        return "opinion"
    if _NEWS.search(text) and not OWN_VOICE.search(text):
        return "news"
    # Their own experience, told ('I rebuilt…', 'Estoy viajando…', 'Spent the week…'), is a story; anything else
    # (a caption, a slogan, a claim with no side taken) is too uncertain to ask about.
    if _OWN_NARRATIVE.search(text) or (OWN_VOICE.search(text) and _EXPERIENCE.search(text)):
        return _story(text)
    if _VERDICT.search(text):
        return "opinion"
    return "skip"


# A role of their own begun, in the first person ('Started my new role as…', "I've taken on the role of…"), and the day
# it began ('on 3/11', 'on 3 November'): read before the notices, whose 'new role' and dates are a job ad's and an
# event's (review set 43: a head of department's new role was read as a notice and left unsaid).
_ROLE_BEGUN = lazy(r"\b(?:(?:i\s+)?(?:started|began) (?:my|the|a) new (?:role|position|job|post)|"
                   r"(?:i'?ve|i have) (?:just |now |officially )?taken on (?:the|a|my) (?:new )?(?:role|position|post))\b",
                   re.IGNORECASE)
_ON_A_DAY = lazy(rf"\b(?:on|from|since) (?:the )?(?:\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH}|"
                 rf"{_MONTH}\.? \d{{1,2}}(?:st|nd|rd|th)?)\b", re.IGNORECASE)


def _role_begun_told(text: str) -> bool:
    """True for a post telling, in the first person, of a role they have begun, and nothing else a notice would be
    (an event, a job ad, a link to follow) once those words and the day it began are set aside."""
    return bool(_ROLE_BEGUN.search(text)) and not _REMINDER_OR_EVENT.search(text) and not _FUTURE.search(text) \
        and not _NOTICE.search(_ON_A_DAY.sub(" ", _ROLE_BEGUN.sub(" ", text)))


# The things given as a talk: also what makes a post of a poster or a demo one of a talk (shown_not_spoken).
_TALK_NOUN = "talk|keynote|presentation|workshop"


# A talk they gave, told by them: 'Gave a talk at our local JS meetup…', 'Gave my first conference talk…', 'I spoke at…',
# 'my keynote at…', in the languages we write. Not a talk they watched, nor someone else's ('great talk by Ana').
_GAVE_A_TALK = lazy(
    r"(?:^|(?<=[.!?] )|\b(?:i|we|i've|we've|i have|we have|just|finally)\s+)(?:just\s+)?(?:gave|delivered|presented|did)\s+"
    r"(?:a|my|our)\s+(?:[\w-]+\s+){0,2}(?:" + _TALK_NOUN + r")\b|"
    r"\b(?:i|we)\s+(?:just\s+)?(?:spoke|presented)\s+at\b|\bmy\s+(?:[\w-]+\s+){0,3}(?:talk|keynote)\s+(?:at|on|about)\b|"
    # 'Slides from my PyCon Canada talk "dbt tests are not…"', 'I had the honour of speaking at', 'tuve el honor de
    # intervenir en las Jornadas…', 'j'ai eu l'honneur d'intervenir' (review set 29: talks read as no news).
    r"\bmy\s+(?:[\w-]+\s+){0,3}(?:talk|keynote)\s+[‘'\"“«„]|"
    # Told without a subject or as a pleasure had: 'Spoke at IAPP Europe about…', 'Presented our pilot results at the
    # annual meeting', 'Had a blast speaking at Web Summit', 'Fière d'avoir présenté nos résultats' (review sets 13, 21,
    # 23: talks read as stories or as nothing). Not 'spoke at length', nor a talk still to come ('Excited to be speaking at').
    r"(?:^|(?<=[.!?] ))(?:just\s+)?(?:spoke\s+at\b(?!\s+length)|presented\s+(?:our|my)\s+(?:[\w-]+\s+){0,4}at\b)|"
    r"\b(?:had a (?:blast|great time|lot of fun)|(?:really )?(?:loved|enjoyed))\s+(?:speaking|presenting)\s+at\b|"
    r"\b(?:fier|fière|ravie?|heureux|heureuse|contente?) d'avoir (?:présenté|donné|pris la parole)\b|"
    r"\b(?:i )?had the (?:honou?r|pleasure|privilege) (?:of|to) (?:(?:speak|speaking|present|presenting)\s+at\b|"
    r"(?:give|giving) (?:a|my) (?:talk|keynote))|"
    r"\b(?:tuve|he tenido) el (?:honor|placer|gusto|privilegio) de (?:intervenir|hablar|presentar|dar una charla|participar como ponente)\b|"
    r"\bj'ai eu (?:l'honneur|le plaisir|le privilège) d'(?:intervenir|animer|présenter)\b|"
    r"\b(?:di|impartí|he dado) (?:una|mi) (?:charla|ponencia|conferencia)\b|\bmi (?:charla|ponencia) (?:en|sobre)\b|"
    r"\bdei (?:uma|a minha|minha) palestra\b|\bminha palestra (?:no|na|em|sobre)\b|"
    r"\bj'ai (?:donné|présenté|animé) (?:une|ma) (?:conférence|présentation|intervention|talk)\b|"
    r"\b(?:hielt|habe) (?:einen|meinen) vortrag\b|\bmein(?:en)? vortrag (?:auf|bei|über|zu|zur|zum)\b|"
    # A talk told beside thanks to its hosts ('Honoured to speak at the Swiss Finance Forum… Thank you to everyone who
    # came up afterwards', 'Thanks to the organisers for the invitation to speak', 'Les slides de ma conférence « … »
    # sont en ligne'): their talk, not a thank-you (review set 32). One still to come is left to _TALK_TO_COME.
    r"\b(?:honou?red|privileged|proud|thrilled|delighted|glad|great) to have (?:spoken|presented) at\b|"
    r"\b(?:for|about) (?:the|your) (?:kind )?invitation to (?:speak|present)\b|\bfor (?:inviting|having) me to (?:speak|present)\b|"
    r"\b(?:ma|mon) (?:conférence|présentation|intervention|talk|keynote)\s+[«\"“]|"
    r"\b(?:slides|diapos|vidéo|replay) de (?:ma|mon) (?:conférence|présentation|intervention|talk)\b|"
    r"\b(?:mi|la mia) (?:charla|ponencia|conferenza|presentazione)\s+[«\"“]|\bminha palestra\s+[«\"“]|"
    r"\bho tenuto (?:un|il mio) (?:talk|intervento|seminario)\b|\bil mio (?:talk|intervento) (?:a|al|su)\b|"
    # Its audience thanked for coming ('Thanks to everyone who came to our talk at MRS Fall', review set 37: read as a
    # bare thank-you, and nothing said).
    r"\b(?:came|come|joined|attended)\s+(?:to\s+)?(?:our|my)\s+(?:[\w-]+\s+){0,2}(?:talk|keynote|presentation)\b",
    re.IGNORECASE)


# Their talk's slides or recording put online: the one notice a post about a talk they gave may carry.
_TALK_PUT_ONLINE = lazy(r"\b(?:slides|recording|video|deck)\b[^.!?\n]{0,80}\b(?:is|are) (?:now )?(?:online|up|live|available)\b|"
                        r"\b(?:slides|diapos|vidéo|replay)\b[^.!?\n]{0,80}\b(?:sont|est) (?:maintenant )?(?:en ligne|disponibles?)\b|"
                        r"\b(?:link|slides|diapositivas|diapos) (?:in|en) (?:the )?(?:comments?|comentarios|bio)\b|"
                        r"\bos dejo las diapositivas\b", re.IGNORECASE)


# The hour of a talk already given, told of its audience ('thanks to everyone who came to the 9am slot'): no notice.
_SLOT_ATTENDED = lazy(r"\b(?:came|joined|showed up|turned up|stayed|attended)\b[^.!?\n]{0,30}?\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\b",
                      re.IGNORECASE)


# A talk still to come ('My talk at the Summit is next week!'): nothing yet for the audience to have asked.
_TALK_TO_COME = lazy(rf"\b(?:next (?:week|month|year|spring|summer|autumn|fall|winter|{_MONTH})|tomorrow|upcoming)\b",
                    re.IGNORECASE)


# 'Honoured to speak at…' is as often a talk to come as one given: theirs only beside its audience met ('thank you to
# everyone who came up afterwards', 'who joined us yesterday').
_TO_SPEAK_AT = lazy(r"\b(?:honou?red|privileged|proud|thrilled|delighted|glad|great) to (?:speak|present) at\b", re.IGNORECASE)
_AUDIENCE_MET = lazy(r"\b(?:came|joined|attended|showed up|stopped by|came up)\b|\bafterwards\b|\byesterday\b|"
                     r"\blast (?:week|night)\b", re.IGNORECASE)


# A talk still to come, told by its speaker in English ('Excited to speak at Frontend Fest Berlin next week', "I'll be
# speaking at PyCon Italia next month"): the one talk post a stranger can answer before it happens, with good luck (mend
# 37). The event is the capitalised name after 'at'; an 'excited to speak at' with no time word may be a talk given.
_TALK_AHEAD = lazy(r"(?i:\b(?:(?:excited|thrilled|honou?red|delighted|proud|glad|happy|looking forward|can'?t wait) to "
                   r"(?:be )?(?:speak(?:ing)?|present(?:ing)?|giv(?:e|ing) (?:a|my) talk)|(?:(?:i|we)(?:'ll| will)|"
                   r"(?:i|we)(?:'m| am|'re| are)) (?:be )?(?:speaking|presenting|giving (?:a|my) talk))\s+at)\s+"
                   r"((?:the\s+)?[A-Z][\w&'.+-]*(?:\s+(?:of\s+|in\s+|on\s+|for\s+)?[A-Z0-9][\w&'.+-]*){0,5}"
                   r"(?:\s+(?:conference|meeting|meetup|summit|symposium|congress|workshop|festival|day))?)")
# A talk's time said too far ahead to wish it luck now, and a day said outright.
_TOO_FAR_AHEAD = lazy(rf"next (?:year|spring|summer|autumn|fall|winter|{_MONTH})", re.IGNORECASE)
_TALK_DAY_SAID = lazy(rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH}\b|\b{_MONTH}\.? \d{{1,2}}(?:st|nd|rd|th)?\b",
                      re.IGNORECASE)


def talk_to_come(text: str) -> tuple[str, str] | None:
    """(event, when) of a talk they will give, told by them ('Excited to speak at Frontend Fest Berlin next week' →
    ('Frontend Fest Berlin', 'next week')). None for any other post, a talk given among them ('thanks to everyone who
    came'), a talk with no time word or a day said outright (it may be over), or one too far ahead ('next June')."""
    text = URL.sub("", text or "")
    found = _TALK_AHEAD.search(text)
    if not found or _AUDIENCE_MET.search(text) or _GAVE_A_TALK.search(text):
        return None
    when = _TALK_TO_COME.search(text[found.start():])
    if not when or _TOO_FAR_AHEAD.fullmatch(when.group(0)) or _TALK_DAY_SAID.search(text[found.start():]):
        # No time word ('excited to speak at X', 'I'll be speaking at X'): it may be over already; a day said ('on 18
        # November') is read against no clock here, and may be past; 'next June' is too early for good luck (review
        # set 42: good luck for a seminar given three weeks before, and for a panel seven months away).
        return None
    event = re.sub(r"[.'’]+$", "", found.group(1)).strip()
    return event, when.group(0).lower()


def gave_a_talk(text: str) -> bool:
    """True when the post tells of a talk they gave (a speaker's post), in the first person or without a subject."""
    text = URL.sub("", text or "")
    told = _GAVE_A_TALK.search(text) or (_TO_SPEAK_AT.search(text) and _AUDIENCE_MET.search(text))
    return bool(told) and not _TALK_TO_COME.search(text)


# What they showed at an event rather than spoke at (review set 46: 'Presented our controller at Humanoids… thank you
# to everyone who came by the poster' was answered 'I saw you spoke at Humanoids', refused as unsupported). A word of
# their own talk beside it ('my talk and our poster') keeps it a talk.
_POSTER = lazy(r"\b(?:posters?|p[óô]ster(?:es|s)?|affiche|poster-session)\b", re.IGNORECASE)
_DEMO_OR_BOOTH = lazy(r"\b(?:demos?|booth|exhibit(?:ion)? stand|stand (?:at|no|na|en)|our stand|el stand|notre stand)\b",
                      re.IGNORECASE)
# A talk by its noun: 'gave a presentation', 'our workshop' (not a poster 'at an ICML workshop', nor 'our poster
# presentation'), and the talk words of the other languages read.
_SPOKEN = lazy(r"\b(?:talk|keynote|spoke|speaking|spoken|panelist|on (?:a|the|our) panel|charla|ponencia|palestra|vortrag|"
               # 'gave a workshop', 'my talk': a bare 'a workshop' is also where a poster is shown ('a poster to an
               # ICML workshop'), so 'a'/'an' count only after a verb of giving one (read of the change)
               r"(?:(?:gave|give|giving|ran|run|running|delivered|delivering|presented|presenting|taught|teaching)\s+"
               r"(?:a|an)|my|our)\s+(?:(?!posters?\b)[\w-]+\s+){0,2}(?:" + _TALK_NOUN + r"|lecture|webinar|seminar)s?|"
               r"(?:ma|une|mon) (?:conférence|intervention|présentation)|(?:mi|una) (?:presentación|conferencia)|"
               r"(?:la mia|una) presentazione|intervento|intervenir)\b", re.IGNORECASE)
# A demo inside a talk ('with a live demo', 'the live demo even worked', 'hands-on demos' at a workshop) is no stand.
_DEMO_IN_A_TALK = lazy(r"\bwith (?:a |some |our |my )?(?:live |hands-on |quick )?demos?\b|"
                       r"\blive demo (?:even |actually |somehow )?(?:worked|went)\b|\bhands-on demos?\b", re.IGNORECASE)


def shown_not_spoken(text: str) -> str:
    """'poster' or 'demo' when a post read as a talk tells of a poster, or a demo or booth, shown at the event and of
    no talk of theirs; '' otherwise. A poster has its own line ('you presented a poster at…'); a demo or a booth none."""
    text = URL.sub("", text or "")
    if _SPOKEN.search(text):
        return ""
    return "poster" if _POSTER.search(text) else "demo" if _DEMO_OR_BOOTH.search(_DEMO_IN_A_TALK.sub(" ", text)) else ""


def from_the_talk(text: str) -> str:
    """The post from the sentence that tells of their talk on, when it opens on thanks to the hosts ('Vielen Dank an
    die DGK für die Einladung! Mein Vortrag zur…' → 'Mein Vortrag zur…'): the talk is what a starter quotes, not the
    thank-you (review set 32). Else the post as it is."""
    sentences = re.split(r"(?<=[.!?])\s+", (text or "").strip())
    if len(sentences) < 2 or not _THANKS.search(sentences[0]) or gave_a_talk(sentences[0]):
        return text
    told = next((i for i, sentence in enumerate(sentences) if gave_a_talk(sentence)), None)
    return " ".join(sentences[told:]) if told else text


def _story(text: str) -> str:
    """A story of a hard time ('the worst week', 'it never gets easier') is no post to 'enjoy' nor to ask 'what
    surprised you?'; a view with the same words ('the worst advice I got') is still a view."""
    return "skip" if _HARD_TONE.search(text) else "story"



# Their news told without a subject: 'Just launched…', 'Honoured to receive…', 'Proud to share…'.
_SUBJECTLESS_NEWS = lazy(r"\W*(?:(?:just |finally |officially )?(?:launched|shipped)\b|(?:so |very |truly )?(?:honou?red|humbled|"
                         r"proud|thrilled|excited|delighted|happy|grateful|pleased) to (?:receive|have|be|win|announce|share|"
                         r"accept|join|present))", re.IGNORECASE)


def news_is_theirs(text: str) -> bool:
    """True when good news in a post is the writer's own (their team's, their company's as 'we'), not a statistic
    or someone else's news passed on ('Fintech funding grew 40% this year', 'Congrats to Ana on her launch')."""
    text = URL.sub("", text or "")
    if _CONGRATULATES_OTHERS.search(text):
        return False
    return bool(OWN_VOICE.search(text) or _SUBJECTLESS_NEWS.match(text) or _HANDED_OVER.match(text))
