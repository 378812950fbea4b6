"""What a profile says about the person behind it, as a message to them must heed it.

Whether it is an organisation's account, whether they are between jobs, leaving theirs or away from work (on
leave, in treatment, grieving), hard news not to open on, their current job and employer and what their
profession is, when they were where (for 'at the same time'), the language they write in and the ones native to
them, whether they ask for no pitches, and whether they already know you. The starters (starters.py) and the check-ins (memory/followups.py) read a
person through it; its patterns compile on first use (lazy_regex.py), so a command that never asks pays nothing.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from importlib.resources import files

from companion.ground.lazy_regex import LazyPattern, lazy
from companion.ground.names import first_name, is_organisation_name, name_languages
from companion.ground.normalise.companies import normalise_company, spun_off_apart
from companion.ground.normalise.languages import STOPWORDS_BY_LANGUAGE, detect_text_language, normalise_language
from companion.ground.normalise.places import resolve_place
from companion.ground.normalise.text import _HAS_CYRILLIC as CYRILLIC_LETTER
from companion.ground.normalise.text import fold
from companion.models import Experience, Post, Profile

# The languages the starters are written in: a message is in one of them.
# Polish and Korean have the templates a stranger is most often written to with (starter_templates.py); where one
# has none, the starter is left out rather than written in a language the two of you do not share.
LANGUAGES_WE_WRITE = ("en", "es", "fr", "de", "pt", "it", "pl", "ko", "sv", "da", "nb", "nl")
# News of a lost job counts for half a year; news of leaving one for four months.
JOB_LOSS_NEWS_DAYS = 180
LEAVING_NEWS_DAYS = 120
# Fewer words than this say too little to tell a text's language.
MIN_WORDS_FOR_LANGUAGE = 6

URL = lazy(r"https?://\S+|www\.\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|app|ai|co|me|ly|gl)/\S*")

WORDS = lazy(r"[^\W\d_]+")

# They ask not to be pitched or recruited: no offer of introductions, no discovery-call question.
NO_PITCH = lazy(
    r"\bno (?:sales |cold |product |vendor )?(?:pitch(?:es)?|solicitations?|recruiters?|recruiting|agencies|vendors|"
    r"cold (?:e-?mails?|messages?|outreach|calls?))\b|\bno (?:sales|cold|vendor|selling) (?:dms?|messages|inmails?)\b|"
    r"\b(?:not (?:interested in|open to)|please don'?t|please do not|don'?t|do not) (?:\w+ ){0,2}"
    r"(?:pitch\w*|recruit\w*|solicit\w*|sales\b)|\brecruiters?,? please (?:don'?t|do not)|"
    r"\bpas de (?:démarchage|prospection|recruteurs)|\bkeine (?:\w+ ){0,2}(?:recruiter|vertrieb|verkauf)\w*|"
    r"\bsin (?:reclutadores|ofertas comerciales|spam)|\bsem (?:recrutadores|propostas comerciais)|"
    r"\b(?:i )?(?:won'?t|don'?t|do not|will not) (?:answer|respond to|reply to) (?:\w+ ){0,2}(?:sales|pitch\w*|vendors?)|"
    r"\bsvarer ikke på (?:\w+ ){0,2}salgs\w*|\bsvarar inte på (?:\w+ ){0,2}sälj\w*|\bingen (?:salg|sälj)\w*|"
    r"\bgeen (?:sales|verkoop|acquisitie)\w*|\bkeine (?:\w+ ){0,2}kaltakquise",
    re.IGNORECASE,
)

# Where they are from, in their own words ('Originally from São Paulo', 'born and raised in Québec').
_ORIGIN = lazy(
    r"(?i:\boriginally from|\bborn (?:and raised )?in|\bgrew up in|\braised in|\bnative of|\bi'?m from|\bi am from|"
    r"\bhailing from|\bnacid[oa] en|\bnatural de|\boriginaire de|\bné(?:e)? à|\bgeboren in|\bcomes? from) "
    r"([A-ZÀ-Ý][^,.;:!?\n()/|]{1,40})")

# Someone else's post passed on ('RT @ana: …', 'Reposting this…'), or half of a conversation ('@bob totally
# agree', 'Replying to @bob'): nothing to quote on its own.
PASSED_ON = lazy(r"\s*(?:(?:RT|MT)\b\s*@|repost(?:ed|ing)?\b|reshar(?:ed|ing)\b|via @)", re.IGNORECASE)

# ...or the loss of their job (an offer of help may still answer their own request for work).
JOB_LOSS = (
    r"laid off|layoffs?|(?:was|were|been|being|got|get) let go|lost my job|made redundant|redundanc(?:y|ies)|"
    r"reduction in force|impacted by (?:the )?(?:recent )?(?:cuts|restructuring|reorg\w*)|furlough\w*|despedid[oa]|"
    r"licenci[ée]\w*|gekündigt|betriebsbedingt|(?:my|our|the) despido|(?:role|job|position)\b[^.!?\n]{0,40}\beliminated|"
    r"(?:my|our|his|her|their) (?:role|job|position|post) (?:was|has been|got|is being) (?:cut|axed|made redundant)|"
    r"\bRIF(?:'?d|fed)?"
)


# A death told ('today we lost a colleague', 'my mother passed away', 'Tata zmarł wczoraj'), in every language
# posts are read in: the one fragment that grief (is_sensitive), loss or harm (post_reading.LOSS_OR_HARM) and
# mourning (in_hard_times) all read, so that a wording added here reaches the three.
# A close one, by their family's word ('my mother', 'our dear Dad', 'grandma').
# The English family words, once: composed into each wording of a death below.
_FAMILY = (r"(?:mother|father|mum|mom|mummy|mommy|mama|papa|dad|daddy|pops|old man|old lady|grand\w+|gran|nan|nana|nanna|"
           r"granny|brother|sister|son|daughter|wife|husband|best friend|childhood friend|best mate|bestie|"
           # The wider family (review set 32: a grandmother's death, then a cheerful starter three days on), step- and
           # in-law kin, and the words for grandparents other languages lend English posts ('my nonna', 'Lola').
           r"aunt|auntie|aunty|uncle|cousin|niece|nephew|godmother|godfather|fianc[ée]e?|twin|step(?:mother|father|mom|mum|"
           r"dad|son|daughter|brother|sister)|nonna|nonno|oma|opa|abuela|abuelo|abuelita|abuelito|lola|lolo|nani|dadi)"
           r"(?:-in-law)?")
_A_CLOSE_ONE = rf"(?:(?:my|our|his|her|their|dear|beloved) ){{0,2}}{_FAMILY}"
# A funeral that is no one's: a march, music, a business ('my dad's funeral home business', 'a funeral tech startup').
_NOT_A_FUNERAL = (r"(?! (?:march|marches|doom|songs?|music|hymn|homes?|parlou?rs?|directors?|services? "
                  r"(?:business|company|firm)|tech|industry|sector|business|startup|company))")
# 'Passed' of an exam, a ball, a recipe, a place ('my sister passed her driving test', 'Dad passed by the office'): no death.
_NOT_PASSED_ON = (r"(?! (?:the|my|his|her|their|its|a|an|this|that|these|those|me|us|you|him|them|it|up|by|through|out|"
                  r"over|along|around|down|on (?:the|a|an|my|his|her|their|it|to))\b)")
A_DEATH = (
    r"died|passed away|passing of|went home to be with|called home|went to be with the lord|left us|"
    # A close one 'passed' ('Grandma passed on Sunday', 'my mother-in-law passed'), never an exam or a recipe passed on.
    rf"{_A_CLOSE_ONE} (?:(?:has|had|just|sadly|suddenly|peacefully|quietly) )*passed\b{_NOT_PASSED_ON}|"
    rf"{_A_CLOSE_ONE} (?:is|are) no longer with us|{_A_CLOSE_ONE} slipped away|slipped away peacefully|"
    r"(?:crossed|crossing) the rainbow bridge|(?:went|gone|going) (?:up )?to heaven|"
    rf"(?:final|last) (?:goodbyes?|farewells?) to (?:(?:my|our|dear|beloved|sweet) )*{_FAMILY}|"
    rf"(?:my|our) late|lost (?:my|our) (?:{_FAMILY}|friend|colleague)|"
    r"we lost (?:a|an|our|my|one of (?:our|my)|two|three|\d+) (?:[\w-]+ ){0,2}(?:colleagues?|friends?|teammates?|members?|"
    r"comrades?|brothers?|sisters?|mentor|legend|giant|hero|son|daughter|mother|father)\b|"
    rf"killed|funeral{_NOT_A_FUNERAL}|suicide|took (?:his|her|their) (?:own )?life|"
    r"rest in peace|falleci\w*|muri[óo]|qepd|faleceu|morreu|d[ée]c[ée]d[ée]e?|nous a quitt[ée]s?|verstorben|gestorben|"
    r"scompars[oa]|è morto|è morta|overleden|zmar[łl]a?|kuoli|menehtyi|avled|zem[řr]el[a]?|meninggal|wafat|"
    # Deaths told in the plural or the feminine, and by drowning ('onze personnes sont mortes', 'murieron tres
    # personas', 'eleven people drowned'): review sets 16–17: a rescuer's post on deaths at sea read as no news.
    # (Verbs, not nouns: 'les morts de la route', 'muertos en las vías' are a road-safety worker's figures.)
    r"(?:sont|est|étaient) mort(?:e|s|es)?|d[ée]c[ée]d[ée]e?s|(?:ha|han|había|habían) muerto|murieron|fallecieron|"
    r"morreram|(?:foram|estão) mort[oa]s|(?:sono|è) mort[oaie]|starb(?:en)?|kamen ums leben|stierven|stierf|zmarli|zginę\w*|"
    r"zemřel[oiay]|kuolivat|omkom\w*|tewas|drown(?:ed|ing)|lost at sea|ahogad[oa]s?|se ahog\w+|noy[ée]e?s?|"
    r"annegat[oaie]|afogad[oa]s?|ertrunken|verdronken|"
    # A farewell to a parent or a close one is their funeral ('el martes despedimos a mi papá'): review sets 16–17.
    # Said in the words a family uses ('despedimos a mi viejo', 'said goodbye to my old man', 'à mon papi'): review
    # set 21, an Argentine father's funeral read as no news.
    rf"(?:said|saying|say) (?:(?:our|my|a|the) )?(?:final |last )?(?:goodbyes?|farewells?) to (?:(?:my|our|dear) )*{_FAMILY}|"
    # Laid to rest: a close one, never 'we laid to rest our legacy billing system'.
    rf"laid (?:him|her|them|(?-i:[A-Z])\w+|{_A_CLOSE_ONE}|our dear \w+) to rest|laid to rest {_A_CLOSE_ONE}\b(?!['’]s\b)|"
    # A burial told ('buried my mother two weeks ago', 'we buried Dad on Friday'; review set 30): a close one, by their
    # family's word; never 'buried the lede', 'buried in email'.
    r"(?:buried|bury|burying|enterr[ée]|enterrado|sepultado|begraben|beerdigt|seppellito|pochowali\w*|pochowa[łl]\w*) "
    r"(?:(?:my|our|mon|ma|notre|meinen|meine|unseren|unsere|mio|mia|nostro|nostra|o meu|a minha|mi|nuestr[oa]|"
    r"mojego|moją|naszego|naszą) )?"
    rf"(?:{_FAMILY}|mam|papa|pa|ma|m[èe]re|p[èe]re|maman|papi|mamie|vater|mutter|mutti|vati|oma|opa|"
    r"madre|padre|mamma|pap[àá]|mam[aá]|pai|m[ãa]e|av[óô]|mam[ęe]|tat[ęe]|ojca|matk[ęe])\b|"
    r"(?:zu grabe getragen|inhum[ée]|obs[èe]ques de (?:mon|ma)|pogrzeb\w*)|"
    # A close one lost, in the family's words ('we lost Mum on Sunday', 'ho perso mia madre', 'habe meine Mutter verloren').
    r"we lost (?:mum|mom|dad|grandma|grandpa|gran|nan|nana)\b(?!['’]s\b)|"
    r"(?:meine[nr]?|unsere[nr]?) (?:mutter|vater|mama|papa|oma|opa|bruder|schwester|sohn|tochter|mann|frau) verloren|"
    r"perd[ií] a (?:mi|nuestr[oa]) (?:padre|madre|pap[áa]|mam[áa]|abuel[oa]|herman[oa]|hij[oa]|espos[oa]|marido|mujer)|"
    r"j'ai perdu (?:mon|ma) (?:p[èe]re|m[èe]re|papa|maman|fr[èe]re|s(?:œ|oe)ur|fils|fille|mari|femme|grand-\w+)|"
    r"ho perso (?:mio|mia) (?:padre|madre|pap[àa]|mamma|nonn[oa]|fratello|sorella|marito|moglie|figli[oa])|"
    r"perdi (?:a minha|o meu|minha|meu) (?:pai|m[ãa]e|av[óô]|irm[ãa]o?|filh[oa]|marido|esposa)|"
    r"(?:despedimos|despedí|nos despedimos de|dijimos adi[óo]s a|enterramos|sepultamos) (?:a )?(?:mi|nuestr[oa]) "
    r"(?:pap[áa]|padre|mam[áa]|madre|abuel[oa]|abuelit[oa]|herman[oa]|hij[oa]|espos[oa]|mujer|marido|t[ií][oa]|"
    r"viej[oa]|viejit[oa]|papi|mami|tata|non[oa])|"
    r"(?:dit adieu|dit au revoir|fait nos adieux) à (?:mon|ma|notre) (?:p[èe]re|m[èe]re|papa|maman|papi|mamie|"
    r"grand-\w+|fr[èe]re|s(?:œ|oe)ur|fils|fille|mari|femme)|"
    r"(?:salutato|detto addio a) (?:il |la )?(?:mio|mia|nostro|nostra) (?:padre|madre|pap[àa]|babbo|mamma|nonn[oa]|"
    r"fratello|sorella|figli[oa]|marito|moglie)|"
    r"(?:despedimo-nos|nos despedimos|despedi-me) d[oa] (?:meu|minha|nosso|nossa) (?:pai|m[ãa]e|velho|velha|av[óô]|irm[ãa]o?|"
    r"filh[oa]|marido|esposa)|"
    r"abschied (?:von|genommen von) (?:meinem|meiner|unserem|unserer) (?:vater|mutter|papa|mama|vati|mutti|opa|oma|bruder|"
    r"schwester|sohn|tochter|mann|frau)|"
    # A close one gone, in the gentler words of each language ('Mi abuela se fue al cielo', 'Minha avó partiu', 'Oma ist
    # eingeschlafen', 'ma grand-mère s'est éteinte', 'Abuela, descansa'): review set 32.
    r"se fue al cielo|(?:vol[óo]|parti[óo]) al cielo|(?:ya )?est[áa] en el cielo|"
    # 'Mi papá se fue anoche', 'Minha mãe partiu ontem' (review set 33): a close one 'gone' when it was, or to end a
    # sentence; never 'se fue de viaje'.
    r"(?:mi|nuestr[oa]|meu|minha|nosso|nossa) (?:pap[áa]|padre|mam[áa]|madre|abuel[oa]|abuelit[oa]|herman[oa]|hij[oa]|"
    r"espos[oa]|marido|mujer|t[ií][oa]|viej[oa]|viejit[oa]|pai|m[ãa]e|av[óô]|irm[ãa]o?|filh[oa]|esposa) "
    r"(?:se (?:nos )?fue|(?:se )?(?:nos )?(?:parti[óo]|partiu|foi)|nos dej[óo]|nos deixou)(?=\s*(?:[.!,;]|$)|"
    r" (?:(?:anoche|ayer|hoy|esta (?:mañana|madrugada|noche)|el (?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|"
    r"domingo)|ontem|hoje|esta (?:manh[ãa]|noite))(?=\s*(?:[.!,;]|$))|em paz|en paz|tranquil[oa]))|"
    # A named person lost, by their style ('Yesterday we lost the Rev. Dr. Howard Ellis', 'we lost Prof. Adaeze Obi';
    # review set 48), or bid rest ('Rest well, Howard').
    r"(?:we|i)(?: have|'ve|’ve)? lost (?:the )?(?:(?:rev|revd|reverend|dr|prof|professor|fr|father|sister|sr|pastor|"
    r"rabbi|imam|coach|mr|mrs|ms|mx|sir|dame|judge|justice)\.? )+(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])[\w-]+)*(?! to\b)|"
    # 'Rest well, Howard.' ends its sentence ('Rest well, Sarah! Big race tomorrow.' is a runner's good night)
    r"rest well,? (?-i:[A-Z])\w+(?=\s*(?:\.|$))|"
    r"(?:abuel[oa]|abuelit[oa]|pap[áa]|mam[áa]|viej[oa]|t[ií][oa]|herman[oa]|padre|madre),? (?:descansa|descanse|vuela alto)|"
    r"(?:av[óô]|vov[óô]|m[ãa]e|pai|tia|tio|irm[ãa]o?|filh[oa]|marido|esposa) (?:partiu|descansou|virou estrelinha|nos deixou)|"
    r"virou estrelinha|foi morar com (?:deus|os anjos)|"
    r"(?:grand-m[èe]re|grand-p[èe]re|m[èe]re|p[èe]re|mamie|papi|maman|papa|tante|oncle|fr[èe]re|s(?:œ|oe)ur|mari|femme) "
    r"(?:est partie?|s'est [ée]teinte?|nous a quitt[ée]e?s?)|s'est [ée]teinte? (?:paisiblement|hier|ce|cette|dimanche|lundi|"
    r"mardi|mercredi|jeudi|vendredi|samedi)|"
    r"(?:oma|opa|mutter|vater|mama|papa|mutti|vati|tante|onkel|bruder|schwester|sohn|tochter|mann|frau|großmutter|"
    r"großvater) ist (?:\w+ ){0,4}(?:eingeschlafen|entschlafen|von uns gegangen|gestorben|verstorben)|von uns gegangen|"
    r"hat uns für immer verlassen|für immer eingeschlafen|friedlich eingeschlafen|"
    r"si è spent[oa]|(?:è )?volat[oa] in cielo|is (?:vredig |zacht )?ingeslapen|heengegaan|"
    r"gick bort|gik bort|gikk bort|somnade (?:in|stilla)|sovnet inn|sov ind|"
    r"świętej pamięci|odesz(?:ła|edł) od nas|"
    r"qua đời|từ trần|tạ thế|vĩnh biệt|an nghỉ|đám tang|tang lễ|lễ tang|chia buồn|"
    r"berpulang|innalillahi|inna lillahi|al-?fatihah|takziah|kembali ke rahmatullah|rahmatullah|"
    r"arwah (?:ayah|ibu|bapa|abah|emak|mak|nenek|atuk|datuk|opah|tok|abang|kakak|adik|suami|isteri)|"
    r"pumanaw|yumao|sumakabilang[- ]?buhay|namayapa|"
    r"vefat\w*|hayatını kaybetti|rahmetli|başımız sağ olsun|allah rahmet eylesin|"
    r"умер(?:ла|ли)?|скончал\w*|не стало|похорон\w*|помер(?:ла|ли)?|вічная пам'ять|вечная память|"
    # Killed at the front, in battle, in the war: a friend's or a comrade's death in the words of Ukrainian, Russian,
    # Polish and the five main languages (review set 35: a friend killed at the front, told in Ukrainian the day before,
    # read as no news beside 'which team were you on?').
    r"загину(?:в|ла|ли|ло)|загибел\w*|загибл\w*|поліг(?:ла|ли)?|погиб(?:ла|ли|ло|ший|шая|шие|ших)?|гибел\w*|"
    r"в(?:і|и)чн(?:а|ая) пам['’ʼ]ять|світла пам['’ʼ]ять|светлая память|царство небесн\w+|спочивай з миром|"
    r"покойся с миром|в останню путь|в последний путь|провели в останн\w+|"
    r"zgin(?:ął|ęła|ęli|ęło)|poleg(?:ł|ła|li)|spoczywaj w pokoju|w ostatniej drodze|"
    r"(?:fell|fallen|died|killed) (?:in (?:battle|combat|action|the war)|at the front(?:line)?|on the front ?lines?)|"
    r"(?:ca[íi]d[oa]|cay[óo]|muri[óo]|muerto) en (?:combate|el frente|la guerra)|(?:mort|tomb[ée]e?) (?:au combat|au front|[àa] la guerre)|"
    r"an der front (?:gefallen|get[öo]tet|gestorben)|gefallen an der front|(?:morto|morreu|ca[íi]do) (?:em combate|na frente|na guerra)|"
    r"(?:morto|caduto|caduta) (?:in combattimento|al fronte|in guerra)"
)
# Death in scripts written without spaces between words (Japanese, Chinese, Thai) or where \b does not hold (Korean,
# Arabic, Hebrew, Hindi): searched on their own, without word boundaries.
_DEATH_UNSPACED = lazy(
    r"亡くな|他界|逝去|永眠|葬儀|訃報|告別式|お悔やみ|去世|過世|过世|逝世|離世|离世|葬禮|葬礼|節哀|节哀|"
    r"돌아가셨|별세|장례|부고|명복|소천|"
    r"เสียชีวิต|ถึงแก่กรรม|งานศพ|"
    r"توفي|توفيت|وفاة|رحمه الله|رحمها الله|إنا لله|انا لله|"
    r"נפטר|נפטרה|הלוויה|לוויה|"
    r"निधन|देहांत|स्वर्गवास|श्रद्धांजलि")
_DEATH = lazy(rf"\b(?:{A_DEATH})\b", re.IGNORECASE)


# Thanks for the messages and a few weeks away, in one post ('Gracias a todos por los mensajes. Me tomo unas semanas.'):
# what the bereaved write after the news, however they worded the news itself (review set 21). Thanks for birthday
# wishes or congratulations are not it.
_THANKS_FOR_MESSAGES = lazy(
    r"\b(?:thanks?(?: you)?|thank you|grateful|gracias|merci|danke|obrigad[oa]|grazie)\b(?: \w+){0,4} "
    r"(?:messages?|words|calls|support|mensajes|palabras|apoyo|cari[ñn]o|mots|soutien|nachrichten|worte|anteilnahme|"
    r"mensagens|palavras|messaggi|parole|vicinanza)\b", re.IGNORECASE)
_STEPS_AWAY = lazy(
    r"\b(?:taking|take|i'?m taking|will take) (?:a (?:few|couple of)|some|two|three|\d+) (?:weeks?|days?|time)(?: off)?|"
    r"\b(?:taking|take) (?:some )?time off|\b(?:i will|i'll|i am going to|i'm going to) be (?:away|offline|off)\b"
    r"(?: \w+){0,4} (?:for )?(?:a (?:few|couple of)|some|two|three|\d+) (?:weeks?|days?)|\bme tomo (?:unas|unos|algunas|algunos|un par de|dos|tres|\d+) "
    r"(?:semanas|d[ií]as)|\bme tomo un tiempo|\bje (?:prends|vais prendre) (?:quelques|deux|trois|\d+) "
    r"(?:semaines|jours)|\bich nehme mir (?:ein paar|einige|zwei|drei|\d+) (?:wochen|tage)|"
    r"\bvou tirar (?:algumas|umas|duas|três|\d+) (?:semanas|dias)|\bmi prendo (?:qualche|alcune|due|tre|\d+) "
    r"(?:settimane|giorni)", re.IGNORECASE)
_GLAD_NEWS_THANKS = lazy(r"\b(?:birthday|cumpleaños|anniversaire|geburtstag|aniversário|compleanno|congrat\w*|"
                         r"felicitaciones|félicitations|glückwünsche|parabéns|auguri|wedding|boda|mariage|hochzeit|"
                         r"baby|bebé|bébé)\b", re.IGNORECASE)


def thanks_for_messages_and_steps_away(text: str) -> bool:
    """True for a post that thanks people for their messages and says they take weeks away: after a loss."""
    text = text or ""
    return bool(_THANKS_FOR_MESSAGES.search(text) and _STEPS_AWAY.search(text) and not _GLAD_NEWS_THANKS.search(text))


def tells_of_a_death(text: str) -> bool:
    """True for a text that tells of someone's death (a narrower reading than post_reading.LOSS_OR_HARM)."""
    return bool(_DEATH.search(text or "") or _DEATH_UNSPACED.search(text or ""))


# Hard news a stranger never opens on, nor asks about, in the five languages we write and read most: grief,
# illness, a lost job, family hardship. (Violence and elections are in GRAVE too: not small talk either.)
_GRIEF = (
    rf"{A_DEATH}|"
    # ('AI is the death of SaaS', 'the death of email': a trade's figure of speech, no one's death.)
    r"passed on|dies|dead|death(?! of (?:the )?(?:saas|seo|email|e-mail|print|retail|search|software|coding|"
    r"programming|marketing|sales|design|the web|web|blogging|passwords?|cookies|cash|desktop|agile|scrum|office|"
    r"offices|newspapers?|tv|television|radio|malls?|the mall|apps?|websites?|startups?|the (?:office|phone call|"
    r"cover letter|resume|cv|pc|high street|middle manager)))|rip|in memoriam|in loving memory|memorial|"
    r"(?:mother|father|mom|mum|dad|wife|husband|son|daughter|brother|sister|grandmother|grandfather|grandma|"
    rf"grandpa|friend|partner|dog|cat) (?:has |had )?passed\b{_NOT_PASSED_ON}|lost (?:my|our) (?:mother|father|mom|mum|dad|wife|husband|"
    r"son|daughter|brother|sister|grandmother|grandfather|grandma|grandpa|friend|partner|baby|colleague|mentor|teacher|"
    r"coach|boss|professor|supervisor)|(?:we|i) lost (?:dr|prof|professor|dear|our dear|my dear)\b|"
    r"(?:i|we)(?: will|'ll|’ll) (?:miss|always miss) (?:him|her)\b|"
    r"miscarriage|stillbirth|bereave\w*|condolences|grief|griev\w*|mourn\w*|(?:my|our|his|her|their) late \w+|"
    r"muert[eoa]s?|luto|duelo|velorio|descanse en paz|perd[ií] a mi \w+|"
    r"décès|décédé\w*|deuil|obsèques|funérailles|nous a quitté\w*|repose en paix|j'ai perdu (?:mon|ma) \w+|"
    r"trauer\w*|beerdigung|beileid|ruhe in frieden|"
    r"falecimento|velório|descanse em paz|perdi (?:a minha|o meu|minha|meu) \w+|morte|mort|tod|"
    r"r\.i\.p|(?:said|saying) (?:goodbye|farewell) to (?:my|our) \w+|goodbye,? (?:dad|mom|mum|papa|mama)|"
    r"(?:mother|father|mom|mum|dad|parents?|wife|husband|son|daughter|brother|sister|friend)'s (?:death|passing|"
    rf"funeral{_NOT_A_FUNERAL})|"
    r"(?:è|e') (?:mort[oa]|mancat[oa]|scompars[oa]|venut[oa] a mancare)|(?:mio|mia|nostro|nostra) (?:padre|madre|papà|"
    r"mamma|nonn[oa]|fratello|sorella|marito|moglie|figli[oa]) (?:è|e') (?:mort|mancat|scompars|venut)\w*|"
    r"ci ha lasciat[oaie]|lutto|funerale|esequie|riposa in pace|condoglianze|ho perso (?:mio|mia) \w+|"
    r"in memoria|descansa en paz|se nos fue|nos dej[oó]|heartbroken|devastated|gone (?:far )?too soon|"
    # Distress without a death: a loss they have no words for (a reef bleached again, a forest burnt): not a post
    # to have 'enjoyed' or to ask what surprised them (review 9).
    r"(?:don'?t|do not|didn'?t|did not) have (?:the |any )?words|(?:i have|i had|there are|i've got) no words|"
    r"lost for words|no words for (?:this|it)|sin palabras|je n'ai pas de mots|keine worte|sem palavras|"
    r"senza parole|heartbreaking|gutted|"
    rf"lost (?:my|our) (?:dog|cat|pet|\w+ (?:dog|cat))|(?:dog|cat|pet) (?:has |had )?passed\b{_NOT_PASSED_ON}|miss (?:her|him|them) (?:every|so)|"
    r"passed (?:peacefully|suddenly|unexpectedly)|forever in (?:our|my) hearts|rest easy|addio|stage (?:3|4|iii|iv)|"
    # Hard news told without saying what it is ('Got some hard news from the doctor', 'With a heavy heart…'): no
    # cheerful note beside it (review set 32).
    r"(?:sad|hard|heavy|devastating|heartbreaking|terrible|awful|difficult|painful|tragic) news|heavy hearts?|"
    r"compassionate leave|bereavement leave"
)
_ILLNESS = (
    r"diagnos(?:ed|is)|cancer|chemo\w*|radiotherapy|tumou?r|hospice|(?:had|suffered) a stroke|"
    r"(?:my|had|after|before|from) (?:\w+ )?surgery|hospitali[sz]ed|in hospital|"
    r"in treatment|my treatment|recovering from|burn-?out|sick leave|medical leave|mental health (?:leave|break)|"
    r"diagnosticad[oa]|cáncer|quimio\w*|cirugía|hospitalizad[oa]|baja médica|en tratamiento|"
    r"diagnostiqué\w*|chimio\w*|chirurgie|hospitalisé\w*|arrêt maladie|"
    r"diagnose|krebs|im krankenhaus|krankgeschrieben|"
    r"câncer|cancro|cirurgia|internad[oa]|licença médica|em tratamento|"
    r"tumore|chemioterapia|ricoverat[oa]|in ospedale|diagnosi|malattia|intervento chirurgico"
)
# Leave and treatment told plainly ('three months off for surgery', 'back at work after my treatment', 'burned out'):
# not a post to enjoy or ask about. Words a surgeon or a physiotherapist also writes of their work ('surgery',
# 'rehab'), so they only hold the post back (is_sensitive), never every starter as a loss or an illness does.
_TREATMENT = (
    r"(?:for|after|from|before|post|during|my|had|having|undergo\w*|finished|completed|through|ongoing|start\w*) "
    r"(?:my |a |her |his |major |minor |knee |hip |back |heart |eye |cancer )?(?:surgery|surgeries|treatments?)|surgery|"
    r"(?:my|her|his|long|slow|full|road to|on the mend|during|after) recovery|rehab\w*|convalescen\w*|"
    r"leave of absence|(?:medical|sick|illness) (?:reasons|leave|break|issues|scare|procedure)|"
    r"(?:back|returning|return\w*) (?:to work )?(?:from|after) (?:my |a |an |some )?(?:\w+ ){0,3}(?:leave|time off)|"
    r"(?:for|due to|because of) (?:medical|health|personal health) (?:reasons|grounds)|health (?:scare|leave|break)|"
    r"(?:focus\w* on|look\w* after|taking care of) my (?:health|mental health|recovery)|"
    r"my (?:health|medical) (?:issues|journey|condition|scare|leave|break)|"
    r"mental health (?:day|days|leave|break|time off)|off sick|burned out|burnt out|"
    r"licencia médica|incapacidad temporal|en reposo|mi recuperación|"
    r"congé maladie|en arrêt|convalescence|opéré\w*|rééducation|"
    r"krankschreibung|krankheitsbedingt|krank(?:heit)?|reha|nach (?:der|meiner) operation|genesung|"
    r"afastad[oa] (?:por|para)|afastamento|licença (?:de )?saúde|minha recuperação|"
    r"in cura|convalescenza|riabilitazione|in malattia"
)
_FAMILY_HARDSHIP = (
    r"divorce\w*|custody|ivf|nicu|eviction|homeless\w*|caregiv\w*|caring for my (?:mother|father|mom|mum|dad|parents?)|"
    # A parent's illness told gently ('to be with my father, who is unwell'): no milestone to congratulate.
    r"(?:my|our) (?:mother|father|mom|mum|dad|parents?|wife|husband|partner|son|daughter),? (?:who (?:is|was|has been) |is |"
    r"has been |fell |became )(?:seriously |very |terminally |gravely )?(?:unwell|ill|sick|in hospital)|"
    r"(?:ill|unwell|ailing|sick) (?:mother|father|mom|mum|dad|parents?)|"
    # A close one in intensive care or after a heart attack ('My father is in the ICU after a heart attack').
    rf"(?:my|our) {_FAMILY},? (?:(?:who )?(?:is|was|has been|went|ended up) )(?:\w+ ){{0,2}}(?:in (?:the )?(?:icu|intensive care|"
    r"hospital|er|emergency room|a coma)|on life support|in critical condition)|"
    rf"(?:(?:my|our) {_FAMILY}|\bi|\bhe|\bshe) (?:had|suffered) (?:a )?(?:massive |major |sudden )?(?:heart attack|stroke|"
    r"cardiac arrest)|"
    r"divorcio|aborto espontáneo|cuidando a mi (?:madre|padre)|fausse couche|scheidung|fehlgeburt|divórcio|"
    r"aborto espontâneo|cuidando d[ao] minha|cuidando do meu|divorzio|aborto spontaneo|assisto (?:mia|mio) \w+"
)
_JOB_LOSS_MORE = (
    # Their company closing ('Our startup is shutting down', 'we're closing our doors', 'went bankrupt'): the end of their
    # job and their venture (review set 32). A product or a feature retired ('shutting down our legacy API') is no closing.
    r"(?:our|my|the) (?:company|startup|start-up|business|studio|shop|store|restaurant|bakery|caf[ée]|bar|agency|firm|"
    r"practice|clinic|gallery|bookshop|bookstore|brewery|school|venture|label|magazine|newsroom|factory|plant) "
    r"(?:is |will be |has been |was |are )?(?:shutting down|shut down|closing down|closing for good|closing permanently|"
    r"winding down|going under|went under|folding|folded|(?:has |have )?closed (?:down|for good|permanently|(?:its|our) doors))"
    r"(?! for (?:maintenance|repairs|the (?:holidays?|weekend|night|day|season)|christmas|a (?:week|day|few days)))|"
    r"(?:we(?:'re| are| will be|'ll be)|i(?:'m| am)) (?:(?:shutting|closing|winding) down(?=\s*(?:[.!,;]|$|after|for good))|"
    r"(?:shutting down|closing|winding down) (?:the|our|my) (?:company|startup|business|doors|studio|shop|store|restaurant))|"
    r"clos(?:e|ing|ed) (?:our|its|my) doors|"
    r"(?:went|gone|going) (?:bankrupt|bust|into (?:administration|liquidation|receivership))|"
    r"(?:filed|filing|file) for (?:bankruptcy|insolvency)|declared bankrupt\w*|ceased trading|"
    r"(?:cerramos|cerrar|cierra|cierre de) (?:la empresa|el negocio|el estudio|la tienda|nuestras puertas)|"
    r"(?:entramos en|en) (?:quiebra|concurso de acreedores)|liquidation judiciaire|(?:nous fermons|fermeture d[eé]finitive)|"
    r"(?:insolvenz angemeldet|wir schließen|schließen (?:unser|das) (?:unternehmen|geschäft|studio))|"
    r"(?:fechamos|encerramos) (?:as portas|a empresa|o negócio)|(?:declarou|pedimos|pediu) fal[êe]ncia|a empresa faliu|"
    r"(?:chiudiamo|abbiamo chiuso) (?:l'azienda|il negozio|lo studio|i battenti)|dichiarato fallimento|siamo fallit[io]|"
    r"me despidieron|perd[ií] mi (?:trabajo|empleo)|desemplead[oa]|en paro|licenciement|plan social|"
    r"perdu mon (?:emploi|travail|poste)|au chômage|entlassen|kündigung|stellenabbau|arbeitslos|"
    r"(?:meinen|meine) (?:job|stelle) verloren|demitid[oa]|demissão|perdi (?:meu|o meu) emprego|desempregad[oa]|"
    r"ho perso il (?:mio )?lavoro|disoccupat[oa]|cassa integrazione|licenziat[oa]"
)
# The other side of a lost job: the manager who had to let people go ('we had to let go of 12 people', 'ho dovuto
# licenziare', 'tuvimos que despedir'). As hard a thing to open on, though they still have their job.
_LAYOFFS_MADE = (
    r"(?:had|have|has|forced|decided|made the (?:\w+ )?decision) to (?:let (?:\w+ ){0,4}go|lay (?:\w+ ){0,3}off|"
    r"part ways with|reduce (?:our|the) (?:team|workforce|headcount))|let (?:go of|(?:\d+|some|several|many|part|half|"
    r"a few|most|\w+ of) (?:\w+ ){0,4}go)|laying off|lay(?:ing)? off (?:\d+|some|several|many|part|half|our|my|the)|"
    r"downsiz\w*|restructur\w*|workforce reduction|headcount reduction|job cuts|"
    r"(?:said|saying|say) goodbye to (?:\d+|some|several|many|a few|part of) (?:\w+ ){0,2}(?:colleagues|people|teammates|"
    r"team members|employees|staff)|reduc(?:e|ed|ing) (?:our|the|my) (?:team|workforce|headcount|staff) by|"
    r"eliminat\w+ (?:\d+ |some |several )?(?:roles|positions|jobs)|dovuto salutare|(?:tuvimos|tuve) que decir adiós|"
    r"(?:roles|jobs|positions|people|staff|employees|colleagues) (?:will be|were|are being|being|have been) "
    r"(?:cut|eliminated|affected|impacted|let go|laid off)|"
    r"(?:ho|abbiamo|hanno) dovuto (?:licenziare|lasciare a casa|tagliare)|licenziament\w*|esuber\w*|tagli al personale|"
    r"(?:tuve|tuvimos|hemos tenido|he tenido) que (?:despedir|prescindir|desvincular|dejar ir)|despidos|"
    r"recorte de (?:personal|plantilla)|nous avons dû (?:nous séparer|licencier|nous séparer de)|licencier|"
    r"wir mussten (?:\w+ ){0,4}(?:entlassen|kündigen|gehen lassen)|"
    r"(?:tive|tivemos) que (?:demitir|desligar|dispensar)|demissões|cortes de (?:pessoal|equipe)"
)
_PUBLIC_GRIEF = (
    # 'war' as English says it, never German's 'ich war' ('I was').
    # A patient lost, told by who cared for them; a fraud or a harm they went through.
    r"lost (?:a|an|our|my|the|this|one of (?:our|my)|two|three|\d+) (?:[\w-]+ ){0,3}(?:patients?|baby|newborn|infant|child|life|lives)|"
    # (Spanish, Portuguese, French, German, Italian) patients lost; violence against a colleague ('otra agresión a
    # una compañera'): no post to open on, nor to dig an older one out from under.
    r"perd(?:emos|imos|i|í) (?:[\w-]+ ){0,3}pacientes?|nous avons perdu (?:[\w-]+ ){0,3}patients?|"
    r"(?:wir haben|habe) (?:[\w-]+ ){0,3}patient\w* verloren|abbiamo perso (?:[\w-]+ ){0,3}pazient[ie]|"
    r"agresi[óo]n\w*|agress[ãa]o|agressões|agression\w*|assault\w*|übergriff\w*|aggression\w*|aggredit[oa]|"
    r"(?:didn'?t|did not|couldn'?t|could not) (?:make it|survive|be saved)|couldn'?t save|could not save|"
    r"scam(?:med|mers?)?|defrauded|swindled|conned|robbed|harass(?:ed|ment)|identity theft|"
    r"(?:victims? of|fell for|lost \w+ (?:\w+ )?to|went through|been through|suffered) (?:\w+ ){0,3}(?:fraud|scam|theft)|"
    r"murder\w*|killed|killings?|shootings?|(?:the|a|at|this|civil|world|trade|nuclear) wars?|wars|war (?:crimes?|zone)|"
    r"genocide|suicide|rape|abuse|terror\w*|right-?wing|left-?wing|"
    r"elections?|trump|biden|maga|abortion|asesinat\w*|guerra"
)
GRAVE = lazy(rf"\b(?:{_GRIEF}|{_ILLNESS}|{_TREATMENT}|{_FAMILY_HARDSHIP}|{_PUBLIC_GRIEF})\b", re.IGNORECASE)
_HARD_NEWS = lazy(rf"\b(?:{JOB_LOSS}|{_JOB_LOSS_MORE})\b", re.IGNORECASE)
# Hard news of their own life (not the news of the world): a loss, an illness, family hardship, a lost job.
_PERSONAL_HARDSHIP = lazy(rf"\b(?:{_GRIEF}|{_ILLNESS}|{_FAMILY_HARDSHIP}|{JOB_LOSS}|{_JOB_LOSS_MORE}|{_LAYOFFS_MADE})\b",
                          re.IGNORECASE)
LAYOFFS_MADE = lazy(rf"\b(?:{_LAYOFFS_MADE})\b", re.IGNORECASE)
# A death or an illness, told by anyone ('Back home after two weeks in hospital'): the weeks after it are no time for
# a stranger's small talk.
_LOSS_OR_ILLNESS = lazy(rf"\b(?:{_GRIEF}|{_ILLNESS})\b", re.IGNORECASE)
# First person: who the news is about ('I', 'my', 'we'; Spanish and Portuguese say it by the verb: 'Lanzamos',
# 'Estoy viajando', 'Fui despedida').
OWN_VOICE = lazy(
    r"\b(?:i|i'm|i've|i'll|me|we|we're|we've|our|my|us|yo|nosotros|nuestr[oa]s?|mi|je|j|moi|nous|notre|nos|mon|ma|"
    r"ich|mich|mir|wir|unser\w*|mein\w*|eu|nós|nosso|nossa|meu|minha|estoy|estaba|soy|fui|estou|estava|sou|"
    r"estuve|pasé|viajé|[^\W\d_]{2,}(?:amos|emos|imos|ámos)|[^\W\d_]{3,}ei|mio|miei|noi|nostr[oaie]|"
    r"abbiamo)\b",
    re.IGNORECASE)


def tells_own_hardship(text: str) -> bool:
    """True when a post tells hard news of their own ('I was laid off', 'Mi madre falleció', or with the subject
    left out: 'Laid off today after six years'), not the world's ('Tech layoffs hit juniors hardest')."""
    found = _PERSONAL_HARDSHIP.search(text)
    return bool(found and (OWN_VOICE.search(text) or _opens_the_post(text, found)))


# News told without a subject opens the post: 'Laid off today…', 'Got let go…', 'Despedido tras ocho años'.
SUBJECTLESS_WORDS = 2


# Nouns of the news of the world ('Tech layoffs this year…'): no subject left out there.
_HARDSHIP_NOUNS = lazy(r"(?:layoffs?|redundanc\w+|reduction in force|stellenabbau|licenciement|plan social)$", re.IGNORECASE)


def _opens_the_post(text: str, found: re.Match[str]) -> bool:
    return len(WORDS.findall(text[:found.start()])) <= SUBJECTLESS_WORDS and not _HARDSHIP_NOUNS.match(found.group())


# War, displacement or disaster lived through: their country invaded, a city shelled, a home fled or flooded.
_UPHEAVAL = lazy(
    r"\b(?:(?:the|a|this|since|during|after|before|of) war\b(?! (?:on|with|for|room|games?|stories|story|chest))|"
    r"war(?:-torn| in| zone)|invasion|invaded|refugees?|"
    r"displaced|evacuat\w+|fled|flee(?:ing)?|air ?raids?|air-raid|sirens|shelling|shelled|bombing|bombed|missiles?|"
    r"drones? (?:attack|strike)\w*|bomb shelters?|ceasefire|earthquake|floods|(?:flooding|flooded)(?! with)|wildfires?|hurricane|"
    r"typhoon|cyclone|tsunami|"
    r"guerra|refugiad[oa]s?|desplazad[oa]s?|terremoto|sismo|inundaci[oó]n|incendios?|huracán|"
    r"guerre|réfugiés?|séisme|inondations?|krieg|flüchtling\w*|erdbeben|hochwasser|"
    r"wojn[aąyie]|uchodźc\w*|powódź|ewakuac\w*|війна|війни|біженц\w*|война|войны|беженц\w*|"
    r"전쟁|피난|지진|홍수|산불|태풍)\b",
    re.IGNORECASE)
# A stranger waits this long after their hard news before writing cold.
HARD_TIMES_DAYS = 30
# Their own diagnosis or treatment is news for months, not weeks: a year of treatment is not over in a month.
OWN_ILLNESS_DAYS = 180


# Their own treatment or leave still under way, in their words ('on leave while I go through treatment', 'currently on
# medical leave'): news for months, not weeks. A diagnosis told once, or treatment finished, keeps the shorter wait.
_OWN_ILLNESS = lazy(
    r"\b(?:(?:i|i'm|i am|i'll|i will) (?:be |now |currently )?(?:undergoing|in treatment|going through (?:treatment|chemo\w*)|"
    r"on (?:medical|sick) leave)|(?:currently |now )?on (?:medical|sick) leave|"
    r"on leave (?:for|while|during) (?:\w+ ){0,6}(?:treatment|chemo\w*|surgery|recovery|my health)|"
    r"while i (?:go|am going|'m going) through (?:\w+ )?(?:treatment|chemo\w*)|(?:during|through) my (?:treatment|chemo\w*)|"
    r"en baja médica|en arrêt maladie|krankgeschrieben)\b",
    re.IGNORECASE)


# Mourning lasts longer than other hard news: a death told in the last three months.
MOURNING_DAYS = 90


def in_hard_times(them: Profile, now: datetime) -> str | None:
    """'wait' when a post of theirs of the last HARD_TIMES_DAYS (or their newest, undated) tells of their own loss,
    illness, lost job or layoffs, or of a war, displacement or disaster they live through: a stranger should wait,
    and no cold starter is offered. 'asks-for-work' when the only such news is a lost job in a post that asks for
    the next one ('Laid off last week. Open to new roles'): an offer of introductions is then welcome, nothing else.

    Mourning is one of them, for longer: a post of the last MOURNING_DAYS that tells of a death (a colleague's, a
    parent's, a comrade's), dated or not (a page shows its latest posts, and a wrong wait costs less than a cheerful
    note to the bereaved; review set 12)."""
    if any(((when := parse_date(post.date)) is None or now - when <= timedelta(days=MOURNING_DAYS))
           and (tells_of_a_death(post.text) or thanks_for_messages_and_steps_away(post.text)) for post in own_posts(them)):
        return "wait"
    found = None
    for index, post in enumerate(own_posts(them)[:10]):
        dated = parse_date(post.date)
        if dated is None and index > 0:
            continue
        if (dated is None or dated >= now - timedelta(days=OWN_ILLNESS_DAYS)) and _OWN_ILLNESS.search(post.text or ""):
            return "wait"
        if dated is not None and dated < now - timedelta(days=HARD_TIMES_DAYS):
            continue
        text = URL.sub("", post.text or "")
        if (_UPHEAVAL.search(text) and OWN_VOICE.search(text)) or _LOSS_OR_ILLNESS.search(text):
            return "wait"
        if tells_own_hardship(text):
            if not (_OPEN_TO_WORK.search(text) and _HARD_NEWS.search(text)):
                return "wait"
            found = "asks-for-work"
    return found


def is_sensitive(text: str) -> bool:
    """A death, an illness, family hardship, a lost job or leaving one, violence, an election: a stranger does not
    open on it, quote it or ask about it."""
    return bool(GRAVE.search(text) or _DEATH_UNSPACED.search(text) or _HARD_NEWS.search(text) or LAYOFFS_MADE.search(text) or leaves_without_joining(text)
                or _UPHEAVAL.search(text))


def leaves_without_joining(text: str) -> bool:
    """News of leaving a job ('my last day at Acme', 'je quitte') that names no new one to congratulate."""
    return bool(_LEAVING.search(text)) and not NEW_ROLE.search(text)


# A leave from work for a child, a family or a sabbatical, as each language names it: the one list that being on
# leave (_ON_LEAVE), away (_AWAY), paused (_WORK_PAUSED) and a life event (_LIFE_EVENT) are composed from.
_LEAVE_NAMES_ABROAD = (
    r"sab[áa]tico|sabbatique|sabbatico|sabbatjaar|elternzeit|mutterschutz|"
    r"cong[ée] (?:de |d')?(?:parental|maternit[ée]|paternit[ée]|sabbatique)|congedo (?:parentale|di maternità|di paternità)|"
    r"licencia (?:de )?(?:maternidad|paternidad)|baja (?:de )?(?:maternidad|paternidad)|"
    r"licen[çc]a (?:maternidade|paternidade|parental)|"
    r"f[öo]r[äa]ldraledig\w*|foreldrepermisjon|barselsorlov|barsel|ouderschapsverlof|vanhempainvapaa\w*")
_LEAVE_NAMES = rf"(?:(?:parental|maternity|paternity|family) leave|sabbatical|{_LEAVE_NAMES_ABROAD})"
# On such a leave now ('On sabbatical', 'Em período sabático até março', 'In Elternzeit', 'en congé parental'): a
# leave's name, never a bare 'maternité' or 'parental' ('Sage-femme en maternité' works on a maternity ward), and an
# English name only after 'on' ('Researcher in parental leave policy' studies it), or German 'im' ('im Sabbatical').
_ON_LEAVE = (rf"(?:(?:currently )?on\s+(?:a |my )?{_LEAVE_NAMES}|im\s+sabbatical|"
             r"(?:em|en|in|im|de|in der)\s+(?:un |una |um |uma |período |periodo )?"
             rf"(?:{_LEAVE_NAMES_ABROAD}))")

# Their work is on hold: on leave, in treatment, on a break ('on parental leave until May', 'en baja médica'). A
# leave's English name only as theirs ('on parental leave', 'my sabbatical'): a headline may name it as a cause
# ('Parental leave policy nerd').
_WORK_PAUSED = lazy(
    rf"\b(?:{_ON_LEAVE}|(?:my|starting) (?:a )?{_LEAVE_NAMES}|{_LEAVE_NAMES_ABROAD}|"
    r"(?:on|my|starting) (?:medical|sick|extended) leave|on (?:a )?leave|"
    r"(?:on|my) (?:study|educational|academic|research) leave|study leave|opintovapaa\w*|"
    r"bildungskarenz|permiso de estudios|studijn\w* volno|"
    r"(?:taking|on) (?:a )?(?:career )?break|taking (?:some )?time off|stepping away from work|between (?:jobs|roles)|"
    r"in treatment|undergoing (?:treatment|chemo\w*)|recovering from|"
    r"de baja|en excedencia|baja (?:de )?médica|en (?:congé|arrêt) maladie|congé maladie|"
    r"auszeit|krankgeschrieben|de licença|licença médica|afastad[oa]|in maternità|"
    r"in malattia|in aspettativa|pausa dal lavoro)\b",
    re.IGNORECASE)

# Away for weeks: on holiday, offline, on parental leave or a sabbatical, out of office. A stranger's message waits
# unread, and one that expects a quick answer reads as careless: no starter.
_AWAY = lazy(
    r"\b(?:(?:offline|away|off the grid|unplugged|out of (?:the )?office|ooo|on (?:holiday|holidays|vacation|leave)|travell?ing)"
    r" (?:until|till|through|for (?:the )?(?:month|rest of|next|a few|two|three|four|several|a while|a bit|some time)|"
    r"all (?:month|summer|of))|"
    rf"{_ON_LEAVE}|(?:starting|beginning) (?:a |my )?{_LEAVE_NAMES}|"
    r"(?:taking|take|starting|begin\w*) (?:a |an |my )?(?:\w+[- ]\w+ |\w+ )?sabbatical|(?:replies|responses) (?:will be|may be) slow|"
    r"limited access to (?:e-?mail|messages|linkedin)|not (?:checking|reading|answering) (?:e-?mails?|messages|dms)|"
    r"(?:(?:i'?ll|i will|we'?ll|we will|will) be back|returning) (?:in|on|after) (?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|the new year|\d{1,2})|"
    r"de vacaciones hasta|fuera de la oficina|desconectad[oa] (?:hasta|todo)|"
    r"en congés? (?:jusqu|tout|pour)|absente? jusqu|"
    r"im urlaub bis|nicht erreichbar|out of office|abwesend bis|"
    r"de férias até|fora do escritório|"
    r"in ferie fino|fuori ufficio|non raggiungibile)\b",
    re.IGNORECASE)
# How long a post saying they are away still holds.
AWAY_DAYS = 45


def is_away(them: Profile, now: datetime) -> bool:
    """True when their headline or about, or a post of theirs of the last AWAY_DAYS (their newest if undated), says
    they are away for weeks: offline, on holiday, on parental leave, on a sabbatical."""
    return any(_AWAY.search(text) for text in _says_lately(them, now, AWAY_DAYS))


def _says_lately(them: Profile, now: datetime, days: int, *, with_profile: bool = True) -> Iterator[str]:
    """Their headline and about (unless not `with_profile`), then the text of each post of theirs of the last `days`
    (their newest if undated)."""
    if with_profile:
        yield from (text for text in (them.headline, them.about) if text)
    for index, post in enumerate(own_posts(them)[:10]):
        dated = parse_date(post.date)
        if (dated is None and index > 0) or (dated is not None and dated < now - timedelta(days=days)):
            continue
        yield URL.sub("", post.text or "")


# Retiring told, in the languages we read (mend 51: 'First Monday of retirement' beside a job list still ending there).
_RETIRING = (r"i'?m retiring|i will retire|(?:my|our|into) retirement|(?:first|day|week|month|year)s?(?: \w+)? of (?:my )?"
             r"retirement|retired (?:from|after)|(?:i'?m|i am|now|just|finally|officially) retired(?!\s+(?:our|the|my|a|an|this|that|its|their))|"
             r"im ruhestand|"
             r"in den ruhestand|in rente|pensioniert|en retraite|à la retraite|jubilad[oa]|me jubil[eé]|aposentad[oa]|"
             r"me aposentei|in pensione|emeryt\w*")


# Their own news is a life event: a birth, parental leave, a sabbatical, stepping down, retiring, a wedding, a reunion
# they are calling. A stranger's generic opener beside it reads as unread ('what's it like there these days?' to a
# father on leave; 'what prompted it?' of a birth): rejected by each reviewer of review sets 14–15.
_LIFE_EVENT = lazy(
    r"\b(?:(?:our|my) (?:baby|newborn|daughter|son|little one) (?:\w+ )?(?:arrived|was born|is here)|welcomed (?:our|a) "
    rf"(?:baby|daughter|son|little)|newborn|{_LEAVE_NAMES}|"
    rf"step(?:ping|s)? down|stepping back|{_RETIRING}|"
    r"got married|getting married|our wedding|just engaged|reunion|junta de generaci[óo]n|reencuentro|"
    r"retrouvailles|klassentreffen|rimpatriata|reencontro|to be a (?:dad|mum|mom)|be(?:ing)? a (?:full-time )?(?:dad|mum|mom))\b",
    re.IGNORECASE)
# How long a post of such news sets the tone.
LIFE_EVENT_DAYS = 60


def in_a_life_event(them: Profile, now: datetime) -> bool:
    """True when a post of theirs of the last LIFE_EVENT_DAYS (their newest if undated) tells of a life event of their
    own: a new baby, parental leave, a sabbatical, stepping down, a reunion. Not their headline or about, which carry
    no date ('Newborn photographer', 'In 2018 I took a sabbatical'), unless they say they are on leave now ('Em período
    sabático até março')."""
    if any(_ON_LEAVE_NOW.search(text) for text in (them.headline, them.about) if text):
        return True
    return any(_LIFE_EVENT.search(text) for text in _says_lately(them, now, LIFE_EVENT_DAYS, with_profile=False))


# Retired, as a headline or an about says it of them now ('Retired | 38 years at Siemens', 'Im Ruhestand', 'Jubilado').
_RETIRED_NOW = lazy(r"(?:^|[|·,;•]\s*)(?:retired|(?:now |happily |recently )retired|im ruhestand|pensionie?rt|rentner(?:in)?|"
                    r"retrait[ée]e?|en retraite|jubilad[oa]|aposentad[oa]|in pensione|pensionat[oa]|emeryt(?:a|ka|owan\w*))"
                    r"(?:\s*$|\s*[|·,;•!.]|\s+(?:after|nach|après|después|dopo|since|seit|depuis|desde)\b)",
                    re.IGNORECASE | re.MULTILINE)


def has_retired(them: Profile, now: datetime) -> bool:
    """True when their headline or about says they are retired now, or a post of theirs of the last LIFE_EVENT_DAYS tells
    of retiring: who has retired is asked nothing of their team or what they work on (mend 51)."""
    if any(_RETIRED_NOW.search(text) for text in (them.headline, them.about) if text):
        return True
    return any(_RETIRING_TOLD.search(text) for text in _says_lately(them, now, LIFE_EVENT_DAYS, with_profile=False))


_RETIRING_TOLD = lazy(rf"\b(?:{_RETIRING})(?!\w)", re.IGNORECASE)


# On leave now, as a headline or an about says it.
_ON_LEAVE_NOW = lazy(rf"\b{_ON_LEAVE}\b", re.IGNORECASE)


def posts_language_we_share(me: Profile, them: Profile) -> str | None:
    """The language other than English most of their own posts are written in, when it is native to them and you
    write it: two Mexicans, one posting in Spanish, write to each other in Spanish, not English (review sets 14–15)."""
    votes = Counter(written_language(p.text) for p in own_posts(them)[:10] if word_count(p.text) >= MIN_WORDS_FOR_LANGUAGE)
    if not votes:
        return None
    lang, count = votes.most_common(1)[0]
    if lang == "en" or 2 * count <= sum(votes.values()):
        # Compatriots whose posts are mostly English are written to in English: reviewers sent such English 32 times
        # of 35 over sets 1–19, even where one post of theirs is in the language they share.
        return None
    theirs = native_languages(them) | _listed_languages(them)
    return lang if lang in theirs and writes_language(me, lang) else None


# A company's tagline after its name ('Insighture - We're hiring', 'Aristotle - Co-Pilot for Cold Sales').
_TAGLINE = lazy(r"\s+(?:[-–—|·]|\|\|)\s+.*$")

# Their news that they are leaving their job: no question about a typical week in it.
_LEAVING_WORDS = (
    r"decided to (?:leave|move on|step down|resign)|(?:i'?ve|i have|i) (?:left|resigned from|quit) (?:my|the|\w+ after)|"
    r"(?:i[’']ve|i have) (?:just |now |officially )?(?:left|resigned from|quit)|"  # 'I've left Sandstone Partners'"
    r"resigned|handed in my (?:notice|resignation)|leaving (?:my|the) (?:job|role|position|company|team)|"
    r"(?:said|saying) goodbye to (?:my|the) (?:team|colleagues)|"
    r"my last day|last day at|(?:i'?m|i am|i'?ll be|i will be) leaving|moving on from|stepping down|(?:new|next) chapter|"
    r"mi último día|dejo (?:mi|el) (?:puesto|trabajo|cargo)|mon dernier jour|je quitte|mein letzter tag|"
    r"ich verlasse|meu último dia|deixo (?:a|o|meu|minha) (?:empresa|cargo|trabalho)|il mio ultimo giorno|"
    r"lascio (?:il mio|l'azienda|la mia)"
)
_LEAVING = lazy(rf"\b(?:{_LEAVING_WORDS})\b", re.IGNORECASE)
# ...and of a new job: news to congratulate ('excited to join', 'I'm starting a new position').
_NEW_ROLE_WORDS = (
    r"i'?ll be joining|i am joining|i'm joining|will be joining|excited to (?:join|start)|thrilled to (?:join|start)|"
    r"happy to (?:share|announce) (?:that )?i'?(?:m|ve| am| have) (?:joined|joining|started|starting)|"
    r"i'?ve (?:just )?joined|starting (?:a )?new (?:role|position|job)|started a new (?:role|position|job)|"
    # A role begun, told without a company's name first ('Started my new role as HOD of Anaesthesiology at KTPH', "I've
    # taken on the role of…", 'stepping into the role of…'): review set 43, a head of department's news left unread.
    r"(?:started|starting|began|begun|beginning) (?:my|a|the) new (?:role|position|job|post)|"
    r"(?:i'?ve|i have|i'?m|i am) (?:just |now |officially )?(?:taken|taking) on (?:the|a|my) (?:new )?(?:role|position|post)|"
    r"(?:i'?m|i am) (?:just |now |officially )?stepping (?:into|up (?:in)?to) (?:the|a|my) (?:new )?(?:role|position|post)|"
    r"(?:me uno|me incorporo) a|empiezo (?:en|como)|nuevo (?:puesto|trabajo|cargo) (?:en|como)|"
    r"je rejoins|j'ai rejoint|nouveau poste|ich starte bei|neue(?:n)? (?:job|stelle|position) (?:bei|als)|"
    r"novo (?:cargo|emprego|desafio) (?:na|no|como)|começo (?:na|no|como)|mi unisco a|entro (?:in|a far parte)|"
    r"nuovo (?:ruolo|lavoro|incarico) (?:in|come|presso)|inizio (?:in|come|presso)|"
    # Their first month in a job told as news ('Premier mois chez Alan en tant que Tech Lead', review set 32).
    r"(?:my )?first (?:month|weeks?) (?:at|with) [\w&.-]+(?: [\w&.-]+){0,3} as|premi(?:er|ère)s? (?:mois|semaines?) chez|"
    r"primer mes (?:en|como)|primeras semanas (?:en|como)|erste[nr]? (?:monat|wochen) (?:bei|als)|"
    r"primeiro mês (?:na|no|como)|primeiras semanas (?:na|no|como)|primo mese (?:in|presso|come|da)"
)
NEW_ROLE = lazy(rf"\b(?:{_NEW_ROLE_WORDS})\b", re.IGNORECASE)
MOVING_ON = lazy(rf"\b(?:{_LEAVING_WORDS}|{_NEW_ROLE_WORDS})\b", re.IGNORECASE)

# They are between jobs: no 'what are you enjoying working on?'.
_OPEN_TO_WORK = lazy(r"#?\bopen ?to ?work\b|\bopen to (?:new )?(?:roles|opportunities|offers)\b|"
                           r"\blooking for (?:my next|a new) (?:role|job|position|opportunity)\b|\bjob[ -]?(?:hunting|seeking)\b|"
                           r"\bseeking (?:a |my (?:first |next )?|new )?(?:role|job|position|opportunit|employment|work\b)|"
                           r"\blooking for (?:an? |my |new )?(?:\w+ ){0,3}(?:roles?|jobs?|positions?)\b|"
                           r"\bany (?:job )?leads (?:welcome|appreciated)\b|"
                           r"\bbuscando (?:empleo|trabajo)\b|\ben b[uú]squeda (?:activa )?de empleo\b|"
                           r"\bà la recherche d'(?:un |une )?(?:emploi|poste|stage|alternance|CDI|opportunité)|"
                           r"\ben recherche d'emploi\b|\bauf (?:jobsuche|stellensuche)\b|\bem busca de (?:emprego|"
                           r"oportunidade|recolocação)|\bin cerca di (?:lavoro|occupazione)\b", re.IGNORECASE)


def says_they_look_for_work(them: Profile) -> bool:
    """True when their headline, about or own posts say they are looking for work ('Open to work', 'buscando
    empleo', 'à la recherche d'un poste'): a sender who may be hiring does not ask about their school days."""
    texts = [them.headline, them.about, *(p.text for p in own_posts(them))]
    return any(_OPEN_TO_WORK.search(text or "") for text in texts)

# Saying they really learned elsewhere than at school ('I really learned in my grandmother's kitchen', 'la verdadera
# escuela fue la calle'), folded, in the languages we read.
_REALLY_LEARNED = lazy(
    r"\b(?:(?:really|actually|truly) learn(?:ed|t)|learn(?:ed|t) (?:far |much )?more|what (?:really |actually )?"
    r"taught me|(?:the|my) real (?:school|education|teacher)|"
    r"aprendi (?:de verdad|realmente|mas)|(?:de verdad|realmente) aprendi|lo que (?:de verdad |realmente )?me enseno|"
    r"(?:mi|la) verdadera escuela|jai (?:vraiment|reellement|surtout) appris|jai appris bien plus|(?:ma|la) vraie ecole|"
    r"(?:wirklich|richtig|eigentlich) gelernt|(?:meine|die) (?:wahre|eigentliche|echte) schule|aprendi de verdade|"
    r"(?:minha|a) verdadeira escola|ho (?:davvero|veramente) imparato|ho imparato davvero|(?:la mia|la) vera scuola)\b")
# A contrast between the school and what follows ('I studied at X and really learned…', '…, pero aprendí…'), folded.
_BUT_THEN = lazy(r"\b(?:and|but|yet|though|although|y|pero|aunque|et|mais|und|aber|doch|e|mas|ma)\b")
# Where they say they learned: 'in', 'at', 'from', 'on' the job… in the languages we read. Not 'a' ('I really
# learned a lot there'), nor from the school's own teachers ('really learned from my professors').
_LEARNED_WHERE = lazy(r"^(?:\s+\w+){0,3}?\s+(?:in|at|from|on|by|was|en|de|con|fue|dans|sur|chez|aupres|bei|im|"
                      r"am|auf|von|war|na|no|em|com|foi|nella|nel|sul|da|fu)\s"
                      r"(?!(?:\w+ )?(?:professors?|teachers?|lecturers?|tutors?|instructors?|classmates?|supervisors?|"
                      r"profesor\w*|professeur\w*|enseignant\w*|lehrer\w*|professor\w*|dozent\w*|docent\w*|"
                      r"maestr\w*|compa\w*eros|camarades|kommilitonen|colegas de (?:clase|turma)|compagni)\b)")
# ...unless what follows is their studies there ('I really learned in my PhD').
_STUDIES = lazy(r"\b(?:phd|doctorate|degree|studies|masters?|course|lectures?|doctorado|carrera|estudios|these|"
                r"etudes|studium|promotion|vorlesung\w*|doutorado|curso|mestrado|dottorato|corso|laurea)\b")


def plays_down_school(them: Profile, *schools: str) -> bool:
    """True when their about says they really learned elsewhere than at the school ('Estudié en Le Cordon Bleu y
    aprendí de verdad en la cocina de mi abuela'): 'what do you miss from the school?' reads as not having read it
    (review set 26). Not a school they say taught them ('At ETH I really learned to think')."""
    names = [fold(name) for name in schools if name and len(name.strip()) >= 2]
    for sentence in (fold(raw) for raw in re.split(r"(?<=[.!?])\s+|\n", them.about or "")):
        for found in _REALLY_LEARNED.finditer(sentence):
            before, after = sentence[: found.start()], sentence[found.end():]
            if any(name in after for name in names):
                continue  # 'the real school was Le Cordon Bleu': the school itself
            # From the end of the school's name: 'London School of Economics and Political Science' holds an 'and'.
            school_at = max((before.rfind(name) + len(name) for name in names if name in before), default=-1)
            if school_at >= 0 and _BUT_THEN.search(before[school_at:]):
                return True  # 'I studied at X and really learned…'
            if school_at < 0 and _LEARNED_WHERE.search(after) and not _STUDIES.search(after):
                return True  # 'What taught me was the line at a busy bistro'
    return False


# A sender who recruits or sells, to someone who asked for no recruiters or no pitches, has nothing honest
# to open with: any message is the approach they asked not to get.
_SELLS_OR_RECRUITS = lazy(
    r"\b(?:recruit\w*|talent acquisition|headhunt\w*|sourcer|account executive|sales|business development|"
    r"sdr|bdr|account manager|reclutador\w*|recrutador\w*|recruteu\w*|vertrieb\w*)\b", re.IGNORECASE)

# An organisation's account ('Milano JS', 'Acme Inc'): greeted by its name, and asked nothing personal.

# 'Community manager at Acme', 'Meetup organiser': a person's role, not an organisation's description.
_PERSONS_ROLE = lazy(r"\b(?:at|manager|lead|organi[sz]er|founder|director|head|engineer|developer|member|"
                           r"volunteer|host|i|i'm|my|"
                           # A person's trade after 'Community' ('Community Pharmacist', 'Community Health Worker',
                           # 'Community Nurse'): one person, in the singular.
                           r"pharmacist|nurse|midwife|worker|officer|physician|doctor|therapist|consultant|coordinator|"
                           r"advocate|educator|teacher|specialist|scientist|researcher|analyst|designer|artist|journalist|"
                           r"writer|photographer|coach|paramedic|dentist|lawyer|architect|planner|librarian|navigator|"
                           r"organizer|activist|facilitator|counsel+or|psychologist|dietitian|chaplain|pastor)\b|@",
                    re.IGNORECASE)

_ORGANISATION_HEADLINE = lazy(
    r"^\W*(?:\w+ ){0,3}(?:user group|meetup|community|association|foundation|society|conference|podcast|"
    r"newsletter|non-?profit|collective)\b", re.IGNORECASE)


# Who asks strangers not to write at all ('no cold DMs', 'not taking mentees', 'keine Kaltakquise per DM'): no cold
# opener, however friendly, from anyone (review 9).
_NO_COLD_CONTACT = lazy(
    r"\bno cold (?:dms?|messages?|outreach|e-?mails?|approaches|calls?|intros?)\b|\b(?:please )?no (?:unsolicited )?dms\b|"
    r"\bnot (?:currently )?(?:taking|accepting|looking for) (?:on )?(?:new |any )?(?:mentees|mentoring requests|"
    r"coffee chats|cold (?:messages|outreach|dms))\b|\bkeine kaltakquise\b|\bbitte keine (?:dms|direktnachrichten)\b|"
    r"\bpas de (?:messages? non sollicités|dm non sollicités)|\bsin mensajes no solicitados|\bsem mensagens não solicitadas|"
    r"\b(?:i )?(?:don'?t|do not|won'?t|will not) (?:answer|respond to|reply to|read) (?:cold|unsolicited) "
    r"(?:dms|messages|outreach|e-?mails)\b",
    re.IGNORECASE)


def asks_for_no_cold_contact(profile: Profile) -> bool:
    """True when their headline or about asks strangers not to write: no cold DMs, no new mentees."""
    return any(_NO_COLD_CONTACT.search(text or "") for text in (profile.headline, profile.about))


# A school pupil ('Grade 11 student', 'high school junior', a high-school diploma expected): an adult stranger's
# cold message is no starter to suggest (review 9).
_PUPIL = lazy(
    r"\b(?:grade (?:[5-9]|1[0-2])|(?:[5-9]|1[0-2])th grade|(?:high|secondary|middle)[- ]school (?:student|junior|senior|"
    r"sophomore|freshman|pupil)|(?:freshman|sophomore|junior|senior|student) (?:at|@) [\w .'-]{2,40}(?:high|secondary|"
    r"middle) school|year (?:9|10|11|12|13) (?:student|pupil)|gymnasiast\w*|lycéen\w*|collégien\w*|schüler(?:in)?|"
    r"estudiante de (?:secundaria|bachillerato)|alun[oa] do ensino (?:médio|fundamental))\b",
    re.IGNORECASE)
_SECONDARY_SCHOOL = lazy(r"\b(?:high school|secondary school|middle school|junior high|gymnasium|lycée|instituto de "
                         r"educación secundaria|escola secundária)\b|\bhigh school diploma\b", re.IGNORECASE)
_HIGHER_EDUCATION = lazy(r"\b(?:universit\w*|college|institute of technology|polytechnic|bachelor|b\.?sc|b\.?a\b|"
                         r"master|phd|mba)\b", re.IGNORECASE)


def is_minor(profile: Profile, now: datetime) -> bool:
    """True when their page reads as a school pupil's: says so, or is at a secondary school now with no university
    behind them and no job that is more than a school team's."""
    if any(_PUPIL.search(text or "") for text in (profile.headline, profile.about)):
        return True
    this_year = now.year
    at_school_now = any(
        _SECONDARY_SCHOOL.search(f"{edu.school or ''} {edu.degree or ''}")
        and months(edu.end) is not None and months(edu.end)[0] // 12 >= this_year
        for edu in profile.education)
    beyond = any(_HIGHER_EDUCATION.search(f"{edu.school or ''} {edu.degree or ''}") for edu in profile.education)
    return at_school_now and not beyond


def asks_for_no_pitches(profile: Profile) -> bool:
    """True when their headline or about says no pitches, no recruiters, no solicitations."""
    return any(NO_PITCH.search(text or "") for text in (profile.headline, profile.about))


def profile_language(profile: Profile) -> str:
    """The language a person writes in (en, es, fr, de, pt, it): their own headline and about, else most of their
    posts.

    One post in another language does not switch it, and a language that is not spoken where they live
    falls back to English. Italian is told apart first: its common words read as French or Spanish otherwise.
    """
    own = " ".join(filter(None, [profile.headline, profile.about]))
    if word_count(own) >= MIN_WORDS_FOR_LANGUAGE:
        lang = written_language(own)
        if lang != "en" and _lines_mostly_english(profile, lang):
            return "en"
    else:
        votes = Counter(written_language(p.text) for p in own_posts(profile)[:10]
                        if word_count(p.text) >= MIN_WORDS_FOR_LANGUAGE)
        lang, count = votes.most_common(1)[0] if votes else ("en", 0)
        if lang != "en" and (count < 2 or 2 * count <= sum(votes.values())):
            lang = "en"
    if lang == "en":
        # English listed by another language's name ('Anglais', 'Inglês') says which language their page is in.
        lang = next((_ENGLISH_NAMED_IN[word] for name in profile.languages
                     if (word := _QUALIFIER.sub("", name).strip().lower()) in _ENGLISH_NAMED_IN), "en")
    if lang not in ("en", "it"):
        place = resolve_place(profile.location or "")
        spoken = official_languages().get(place.country, frozenset()) if place is not None and place.country else None
        if spoken is not None and lang not in spoken:
            # Spanish and Portuguese share most of their common words: in Brazil it is Portuguese, in Spain Spanish.
            lang = _NEIGHBOUR.get(lang) if _NEIGHBOUR.get(lang) in spoken else "en"
    return lang

_NEIGHBOUR = {"es": "pt", "pt": "es"}

# Words of an English headline, job title or degree ('Software Artist', 'Senior Software Architect', 'Bachelor of
# Science'): English's own, where a title has no common words to tell its language by (function words are counted
# by _COMMON_WORDS already: 'in' is German too).
_ENGLISH_TITLE_WORDS = lazy(
    r"\b(?:software|engineer(?:ing)?|developer|architect|artist|designer|manager|lead|head|founder|co-?founder|director|"
    r"officer|chief|senior|junior|principal|intern|student|teacher|researcher|scientist|analyst|writer|editor|owner|"
    r"partner|associate|assistant|advisor|adviser|specialist|sales|product|business|bachelor|master|science|"
    r"management|economics|computer|ceo|cto|cfo|coo|vp|president|evangelist)\b",
    re.IGNORECASE)
_SENTENCE_END = lazy(r"[.!?](?:\s|$)")


def _line_language(line: str, other: str) -> str | None:
    """'en' or `other` by the words only one of the two has (and `other`'s own letters), None when a line says neither."""
    words = [w.lower() for w in WORDS.findall(line)]
    english = set(_COMMON_WORDS["en"])
    theirs = set(_COMMON_WORDS.get(other, ()))
    said = sum(w in theirs - english for w in words)
    marks = _LETTER_MARKS.get(other)
    said += len(marks.findall(line.lower())) if marks else 0
    said_en = sum(w in english - theirs for w in words) + len(_ENGLISH_TITLE_WORDS.findall(line))
    if said_en > said:
        return "en"
    return other if said > said_en else None


def _lines_mostly_english(profile: Profile, other: str) -> bool:
    """True when a page whose headline and about read as `other` is English in most of its own lines: an English
    headline and English job titles and degrees outweigh a short about in `other` (a motto), from someone who lists
    English at a working level. Julian's 'Software Artist' page, with a two-line German motto and 'Datenbanken' among
    its skills, was called German and got no English opener (newcomer 10, W4); a German headline keeps it German."""
    if not profile.headline or _line_language(profile.headline, other) != "en":
        return False
    if "en" not in _listed_languages(profile) or _limited_english(profile):
        return False
    # Each sentence of the about is a line in `other`; each distinct title, degree and field one in whichever it says.
    votes = Counter({other: max(1, len(_SENTENCE_END.findall(profile.about or "")))})
    votes["en"] += 1
    lines = {job.title for job in profile.experience if job.title}
    lines |= {part for edu in profile.education for part in (edu.degree, edu.field) if part}
    for line in lines:
        said = _line_language(line, other)
        if said:
            votes[said] += 1
    return votes["en"] > 2 * votes[other]

# English as each language of the templates names it ('ingles' unaccented: Spanish, or Portuguese by the country).
_ENGLISH_NAMED_IN = {"anglais": "fr", "inglés": "es", "ingles": "es", "inglês": "pt", "englisch": "de"}


def shared_language(me: Profile, them: Profile) -> str:
    """The language to write to them in: never one you do not list or write your own profile in.

    Theirs (the language their profile is written in) when it is one of yours and one we write; else English;
    else (you list no English) a language you both list. Their profile in English with a few words of a native
    language you both share and list (by where you both live, grew up or studied) is written to in that language.
    Where you live says nothing of what you write: Italy lists French as a regional language, and a message in
    French between two Italians was the result.
    """
    theirs = profile_language(them)
    yours = sender_languages(me)
    both = yours & _listed_languages(them)
    if _limited_english(them) and not (theirs in LANGUAGES_WE_WRITE and theirs in yours and theirs != "en"):
        # English they list as basic or intermediate: their own language, when you list it, reads better ('Deutsch
        # (Muttersprache), English (Intermediate)' and you list German). Not a third language of theirs: Spanish to a
        # Portuguese who lists it is no better than English.
        own = native_languages(them) | ({theirs} - {"en"})
        other = next((code for code in LANGUAGES_WE_WRITE if code in both & own and code != "en"), None)
        if other:
            return other
    if theirs == "en":
        return _shared_native_they_write(me, them, yours) or home_language_between(me, them) or "en"
    if theirs in LANGUAGES_WE_WRITE and theirs in yours:
        return theirs
    if "en" in yours:
        return "en"
    return next((code for code in LANGUAGES_WE_WRITE if code in both), "en")


def home_language_between(me: Profile, them: Profile) -> str | None:
    """The main language of the countries you both live in, when each of you is at home in it (lists it at a working
    level, above an intermediate one, or writes their own page in it) and we write it: two bogotanos, two Seoul-based
    Koreans, a Parisian to a francophone in Dakar are written to in it, not in English (review sets 3-5, 29). None when either
    side lives where no one language leads (Canada, Switzerland) or lists only English there (an expat in Bogotá)."""
    homes = []
    for person in (me, them):
        place = resolve_place(person.location or "")
        if place is None or not place.country:
            return None
        # The one language of the country we write (Senegal's French beside Wolof, which we do not write).
        main = national_languages().get(place.country, frozenset()) & set(LANGUAGES_WE_WRITE)
        if len(main) != 1:
            return None
        homes.append(next(iter(main)))
    home = homes[0]
    if home == "en" or homes[1] != home:
        return None
    # At home in it: listed at a working level at least (their English page to you with 'German (B1)' listed is
    # written to in English: three blind reviewers of set 40 refused formal German there), or their page's language.
    at_home = all(home in _language_codes([name for name in person.languages if not _LIMITED_LEVEL.search(name)])
                  or profile_language(person) == home for person in (me, them))
    return home if at_home else None


def written_to_from_home(me: Profile, them: Profile) -> bool:
    """True when shared_language chose the language of home you share (home_language_between) over their English
    page: nothing of their own is written in it, so an item of their English lists stays English."""
    return (profile_language(them) == "en" and home_language_between(me, them) is not None
            and not _shared_native_they_write(me, them, sender_languages(me))
            and shared_language(me, them) == home_language_between(me, them))


# English listed below a working level ('English (Intermediate)', 'Inglés B1', 'Limited working proficiency').
_LIMITED_LEVEL = lazy(r"\b(?:elementary|basic|beginner|intermediate|limited|notions?|a1|a2|b1|b2|básico|basico|básica|"
                      r"intermedio|intermedia|intermédiaire|débutant\w*|élémentaire|grundkenntnisse|anfänger\w*|"
                      r"mittelstufe|iniciante|intermediário|intermedio|elementare|podstawowy|średniozaawansowany)\b",
                      re.IGNORECASE)


def _limited_english(them: Profile) -> bool:
    """True when they list English only at a basic or intermediate level."""
    english = [name for name in them.languages if "en" in _language_codes([name])]
    return bool(english) and all(_LIMITED_LEVEL.search(name) for name in english)


def sender_languages(me: Profile) -> set[str]:
    """The languages you can write a message in: those your profile lists, the one it is written in, and the one
    language of the whole country you live in or come from (a Lisbon engineer listing only English still writes
    Portuguese). A country of several (Switzerland, Canada, Belgium) says nothing of which is yours, and a
    regional one (Italy's French) is not yours."""
    codes = _language_codes([name for name in me.languages if not _A_FEW_WORDS.search(name)]) | {profile_language(me)}
    countries = _origin_countries(me)
    place = resolve_place(me.location or "")
    if place is not None and place.country:
        countries.add(place.country)
    for edu in me.education:  # a Chilean in Berlin who studied in Santiago writes Spanish
        countries |= _school_countries(edu.school or "")
    for country in countries:
        spoken = national_languages().get(country, frozenset())
        if len(spoken) == 1:
            codes |= spoken
    if _HANGUL.search(f"{me.name or ''} {me.location or ''}"):
        codes.add("ko")  # a name or a place written in Hangul ('대한민국') is written by someone who writes Korean
    return codes


# A language listed with a beginner's level ('French (Elementary)', 'Deutsch A2') is read, not written to a stranger.
_A_FEW_WORDS = lazy(r"\b(?:elementary|basic|beginner|a1|a2|limited|notions?|básico|basico|básica|principiante|"
                    r"débutant\w*|élémentaire|grundkenntnisse|anfänger\w*|iniciante)\b", re.IGNORECASE)


# Italian's commonest short words that the other languages we write do not share (normalise/languages.py knows five).
_ITALIAN_WORDS = frozenset("il gli di della delle degli dei dello nel nella nelle negli alla alle ai dal dalla che per "
                           "è sono non anche più ho mio mia miei mie questo questa molto sul sulla ed lavoro un una presso".split())
MIN_ITALIAN_WORDS = 3


# Polish's commonest short words and its own letters; Korean by its script (Hangul), which no other language uses.
_POLISH_WORDS = frozenset("w z na się nie jest że od jak dla oraz czy przez jestem są mój moja moje także również "
                          "pracuję lubię zespół firma firmy pracy ze we od lat".split())
_POLISH_LETTERS = lazy(r"[ąęłśźżćńĄĘŁŚŹŻĆŃ]")
_HANGUL = lazy(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_LATIN = lazy(r"[A-Za-zÀ-ɏ]")
MIN_POLISH_LETTERS = 2


def _script_language(text: str) -> str | None:
    """'ko' when most of a text's letters are Hangul, 'pl' when Polish's letters and words lead, else None."""
    hangul = len(_HANGUL.findall(text))
    if hangul and hangul >= len(_LATIN.findall(text)):
        return "ko"
    words = [w.lower() for w in WORDS.findall(text)][:600]
    polish = sum(1 for w in words if w in _POLISH_WORDS)
    # Letters of common words, not of a place ('I moved to Łódź'): a Polish name in English text is no Polish.
    letters = sum(len(_POLISH_LETTERS.findall(w)) for w in WORDS.findall(text) if w[:1].islower())
    if letters >= MIN_POLISH_LETTERS and polish >= 1:
        others = max(sum(1 for w in words if w in stops and w not in _POLISH_WORDS) for stops in STOPWORDS_BY_LANGUAGE.values())
        if polish > others:
            return "pl"
    return None


def written_language(text: str) -> str:
    """The language a text is written in: 'ko' by its script, 'pl' by its letters, 'it' when Italian's own common
    words lead, else en, es, fr, de or pt."""
    by_script = _script_language(text or "")
    if by_script:
        return by_script
    words = [w.lower() for w in WORDS.findall(text or "")][:600]
    italian = sum(1 for w in words if w in _ITALIAN_WORDS)
    if italian >= MIN_ITALIAN_WORDS:
        others = max(sum(1 for w in words if w in stops and w not in _ITALIAN_WORDS) for stops in STOPWORDS_BY_LANGUAGE.values())
        if italian > others:
            return "it"
    return detect_text_language(text)


# The common words of every language we tell apart by them.
_COMMON_WORDS = {**STOPWORDS_BY_LANGUAGE, "it": _ITALIAN_WORDS, "pl": _POLISH_WORDS}
# Languages a few words of cannot tell apart: 'Estamos contratando … para o time' reads as Spanish, a line of Italian
# as English.
_NEIGHBOURS = frozenset({"es", "pt", "it"})
# One common word ('in') is no English: a line of Italian has one.
MIN_COMMON_WORDS_OF_ANOTHER = 2


def in_another_language(text: str, lang: str) -> bool:
    """True when a short text (a quotation) is written in a language other than `lang`. written_language names
    another only on a clear lead, except English, which it says when unsure: English is taken only when its own
    common words outnumber `lang`'s ('in' alone is no English in a line of Italian)."""
    other = written_language(text)
    if other == lang or {other, lang} <= _NEIGHBOURS:
        return False
    if other != "en":
        return True
    # Only the words one of the two has ('a' is English and Spanish alike; 'for' English and Danish).
    english, theirs = set(_COMMON_WORDS["en"]), set(_COMMON_WORDS.get(lang) or _UNWRITTEN_WORDS.get(lang, ()))
    words = [w.lower() for w in WORDS.findall(text or "")]
    said = sum(w in english - theirs for w in words)
    return said >= MIN_COMMON_WORDS_OF_ANOTHER and said > sum(w in theirs - english for w in words)


# Fewer words than MIN_WORDS_FOR_LANGUAGE may still say it, when we only ask whether it is one both of you speak.
MIN_MARKERS_FOR_SHARED_LANGUAGE = 2


def _shared_native_they_write(me: Profile, them: Profile, yours: set[str]) -> str | None:
    """A language other than English native to you both, that you list or write, in which their own short words
    are written, if any."""
    # Yours by where you live, grew up or studied, not by a guess from your name: a message is written in it.
    both = (native_languages(me, by_name=False) & native_languages(them) & set(LANGUAGES_WE_WRITE) & yours) - {"en"}
    if not both:
        return None
    # Every line they wrote of their own page: a short headline says little, their job titles and degrees say more
    # ('Abogada | Derecho laboral', 'Asociada senior en Carey', 'Licenciatura en Derecho').
    own = " ".join(filter(None, [them.headline, them.about, *(job.title for job in them.experience),
                                 *(part for edu in them.education for part in (edu.degree, edu.field))]))
    words = [w.lower() for w in WORDS.findall(URL.sub("", own))]
    # Common words of each language (normalise/languages.py's lists): theirs must lead English and the others
    # native to them.
    counts = {lang: sum(1 for w in words if w in stops)
              for lang, stops in _COMMON_WORDS.items()
              if lang == "en" or lang in native_languages(them)}
    # Letters only one language writes count too: a short Spanish headline has few common words but its 'ñ', 'ción'.
    for lang, marks in _LETTER_MARKS.items():
        if lang in counts:
            counts[lang] += len(marks.findall(own.lower()))
    for lang in sorted(both):
        rivals = [count for other, count in counts.items() if other != lang]
        if counts.get(lang, 0) >= MIN_MARKERS_FOR_SHARED_LANGUAGE and all(counts[lang] > count for count in rivals):
            return lang
    return None


# The commonest short words of languages we read but have no templates for: a profile written wholly in one of them,
# to a sender whose native language it also is, gets no English from us (two Swedes in Malmö write in Swedish).
_UNWRITTEN_WORDS = {
    "sv": frozenset("och att det som på är för med jag har av till den inte ett om vi men var mitt min mina vår våra "
                    "arbetar jobbar inom också hos utvecklare".split()),
    "nl": frozenset("het een en van ik ben bij voor met op niet zijn wij werk werken ook naar mijn onze".split()),
    "da": frozenset("og at det som på er for med jeg har af til den ikke et om vi men mit min mine arbejder også".split()),
    "nb": frozenset("og at det som på er for med jeg har av til den ikke et om vi men mitt min mine jobber også".split()),
    # Finnish (review sets 14–15): a Finn's page in Finnish, written to in English by a Finn, was rejected as foreign.
    "fi": frozenset("ja on ei se että mutta kun myös olen olemme tai kanssa joka sekä minä me meidän työskentelen "
                    "teen toimin vuotta tällä hetkellä".split()),
    # Turkish (review 9): English between two people of Istanbul whose pages are in Turkish reads as foreign.
    "tr": frozenset("ve bir bu şu da de ile için çok ama ben biz gibi daha olarak hâlâ hala her ne var yok kadar sonra "
                    "önce önceden şimdi yüzünden ayrıca yani veya ekibi ekibini çalışıyorum yönetiyorum".split()),
    # Central and south-eastern Europe and the Baltics (review sets 16–17: a Czech page in Czech, written to in English by a
    # Czech, was rejected as the wrong language by every reviewer): the same for each language with no templates.
    "cs": frozenset("je se že jsem jsme pro ale jako také mě mi můj moje mého při když už ještě byl byla kde jak "
                    "navrhuji pracuji vedu baví mimo".split()),
    "sk": frozenset("je sa že som sme pre ale ako tiež mňa môj moja mojej pri keď už ešte bol bola kde "
                    "pracujem vediem baví mimo".split()),
    "hu": frozenset("és az hogy nem van vagyok vagyunk egy is de már még mint csak után előtt között dolgozom "
                    "vezetem".split()),
    "ro": frozenset("și în la cu pe nu este sunt suntem pentru din care mai dar sau ca lucrez conduc echipa".split()),
    "hr": frozenset("je na se da za od su sam smo ali kao ili još već radim vodim gdje kada".split()),
    "sr": frozenset("je na se da za od su sam smo ali kao ili još već radim vodim gde kada".split()),
    "sl": frozenset("in je na se da za od so sem smo ali kot tudi že še delam vodim kjer".split()),
    "et": frozenset("ja on ei et ka see mis kui aga olen oleme meie minu töötan juhin".split()),
    "el": frozenset("και το η ο να σε με για από είναι δεν που της του στην στο τα οι ένα μια".split()),
    # Southeast Asia (review set 32: an English starter to a page written in Vietnamese): Vietnamese, Indonesian, Malay,
    # Tagalog.
    "vi": frozenset("và của là có không được cho với các những một này trong người tôi chúng ta làm việc tại về đã sẽ "
                    "đang để từ khi như cũng nhưng rất nhiều năm công ty mình bạn".split()),
    "id": frozenset("dan yang di untuk dengan saya kami adalah ini itu dari pada akan tidak juga sebagai bekerja "
                    "telah sudah bisa kita atau karena dalam banyak lebih".split()),
    "ms": frozenset("dan yang di untuk dengan saya kami adalah ini itu dari pada akan tidak juga sebagai bekerja "
                    "telah sudah boleh kita atau kerana dalam banyak lebih".split()),
    "tl": frozenset("ang ng mga sa na ay at ko ako namin kami po ito para lang din rin hindi siya niya kasi".split()),
}
# Languages so close that either, native to both of you, is one you write to each other in.
_KIN_LANGUAGES = [{"sv", "da", "nb", "no"}, {"cs", "sk"}, {"hr", "sr", "bs"}, {"id", "ms"}]
MIN_UNWRITTEN_WORDS = 3
# Letters only Turkish (and Azerbaijani) write: the dotless ı and the soft ğ.
_TURKISH_LETTER = lazy(r"[ığ]")


def _unwritten_language(text: str, among: frozenset[str] | None = None, above: str = "en") -> str | None:
    """The language of _UNWRITTEN_WORDS (`among` them, if given) whose short words a text in Latin letters uses most,
    when it uses at least MIN_UNWRITTEN_WORDS of them and more than of `above` ('en'; 'any': of every language of
    STOPWORDS_BY_LANGUAGE), else None."""
    words = [w.lower() for w in WORDS.findall(URL.sub("", text or ""))][:600]
    rivals = [STOPWORDS_BY_LANGUAGE["en"]] if above == "en" else list(STOPWORDS_BY_LANGUAGE.values())
    known = max(sum(1 for w in words if w in stops) for stops in rivals)
    counts = {lang: sum(1 for w in words if w in stops) for lang, stops in _UNWRITTEN_WORDS.items()
              if among is None or lang in among}
    if "tr" in counts:
        # Turkish by its own letters too: a page in Turkish may use few of its short words ('İş hukuku alanında 11
        # yıllık avukat… inanıyorum', review set 32); words starting in lower case, never a name ('Yılmaz') in English.
        counts["tr"] = max(counts["tr"], sum(1 for w in WORDS.findall(URL.sub("", text or ""))
                                             if w[:1].islower() and _TURKISH_LETTER.search(w)))
    lang = max(counts, key=lambda code: counts[code], default=None)
    return lang if lang and counts[lang] >= MIN_UNWRITTEN_WORDS and counts[lang] > known else None


def written_in_a_language_we_lack(me: Profile, them: Profile) -> str | None:
    """The language (sv, nl, da, nb, fi, tr, cs, hu…: _UNWRITTEN_WORDS) their own words are written in when we have no templates for it and it is native
    to you both (by where you live, grew up or studied) or listed by you: English between them reads as foreign."""
    job = current_job(them)
    own = " ".join(filter(None, [them.headline, them.about, job.title if job else None]))
    mine = native_languages(me, by_name=False) | _listed_languages(me)
    theirs = native_languages(them) | _listed_languages(them)
    scripted = script_language(own)
    if scripted:
        # A page in Japanese or Arabic to a compatriot: English between them reads as foreign (review set 19).
        return scripted if scripted in mine & theirs else None
    lang = _unwritten_language(own)
    if lang is None:
        return None
    # Danish and Norwegian share most short words with Swedish (Slovak with Czech, Serbian with Croatian): any of a
    # kin, native to both, is enough.
    for kin in _KIN_LANGUAGES:
        if lang in kin and (mine & theirs & kin):
            return lang
    return lang if lang in mine & theirs else None


# Scripts of languages we have no templates for, named by the script alone (whatever language of it they write).
_OTHER_SCRIPTS = (("hi", lazy(r"[\u0900-\u097f]")), ("bn", lazy(r"[\u0980-\u09ff]")), ("ta", lazy(r"[\u0b80-\u0bff]")),
                  ("km", lazy(r"[\u1780-\u17ff]")), ("my", lazy(r"[\u1000-\u109f]")), ("si", lazy(r"[\u0d80-\u0dff]")))
# Letters only Vietnamese writes (ơ, ư, ă, đ and the vowels with a dot below or a hook above).
_VIETNAMESE_LETTER = lazy(r"[ơưăđƠƯĂĐ\u1ea0-\u1ef9]")
MIN_VIETNAMESE_LETTERS = 2
# A line this short says too little of its language to count (a company's name, a bare job title).
MIN_WORDS_TO_TELL_LANGUAGE = 3


def text_language(text: str | None) -> str | None:
    """The language a text of theirs is written in, or None when it is too short to tell: by its script (Japanese,
    Arabic, Cyrillic, Devanagari…), by the short words of a language we have no templates for (Vietnamese, Swedish,
    Turkish…), else as written_language reads it (en, es, fr, de, pt, it, pl, ko; English when unsure)."""
    text = URL.sub("", text or "")
    scripted = script_language(text)
    if scripted:
        return scripted
    latin = len(_LATIN.findall(text))
    if len(CYRILLIC_LETTER.findall(text)) > latin:
        return "cyrillic"
    for code, letters in _OTHER_SCRIPTS:
        if len(letters.findall(text)) > latin:
            return code
    # Vietnamese by its letters in words of its own, however short ('Kỹ sư dữ liệu tại FPT'); never by a name or a place
    # in capitals inside another language ('I moved to Đà Nẵng').
    vietnamese = sum(1 for w in WORDS.findall(text) if w[:1].islower() and _VIETNAMESE_LETTER.search(w))
    english = sum(1 for w in WORDS.findall(text) if w.lower() in STOPWORDS_BY_LANGUAGE["en"])
    if vietnamese >= MIN_VIETNAMESE_LETTERS and vietnamese > english:
        return "vi"
    if len(WORDS.findall(text)) < MIN_WORDS_TO_TELL_LANGUAGE:
        return None
    return _unwritten_language(text, above="any") or written_language(text)


def writes_only_in(them: Profile, languages: frozenset[str] | set[str]) -> str | None:
    """The language their own words (headline, about, posts) are written in when none of them is in English and it is
    not one of `languages` (those we write), else None. A starter in English to who writes only Vietnamese reads as
    a mail merge (review set 32); one English post or headline of theirs is enough to write to them in English."""
    texts = [them.headline, them.about, *(p.text for p in own_posts(them)[:10])]
    found = Counter(lang for text in texts if (lang := text_language(text)) is not None)
    if not found or "en" in found:
        return None
    lang = found.most_common(1)[0][0]
    return lang if lang not in languages else None


# Scripts that name their language (kana is Japanese only; Han alone, Chinese). Cyrillic is left out: it names several.
_SCRIPTS = (("ja", lazy(r"[\u3040-\u30ff]")), ("ko", _HANGUL), ("ar", lazy(r"[\u0600-\u06ff]")),
            ("he", lazy(r"[\u0590-\u05ff]")), ("th", lazy(r"[\u0e00-\u0e7f]")), ("el", lazy(r"[\u0370-\u03ff]")),
            ("zh", lazy(r"[\u4e00-\u9fff]")))


def script_language(text: str) -> str | None:
    """The language a text written mostly in a script of one language is in ('iOSエンジニア。SwiftUIが好きです' → 'ja'),
    else None (Latin letters, or as many Latin letters as the script's)."""
    text = URL.sub("", text or "")
    latin = len(_LATIN.findall(text))
    for lang, letters in _SCRIPTS:
        found = len(letters.findall(text))
        if lang == "ja" and found:
            found += len(_SCRIPTS[-1][1].findall(text))  # kanji beside kana are Japanese too
        if found > latin:
            return lang
    return None


# The languages whose words of death, loss and harm we read (A_DEATH, is_sensitive, post_reading.LOSS_OR_HARM): a
# post in any other may tell of a death we would not see, whatever language the rest of their page is in.
HARD_NEWS_LANGUAGES = frozenset({"en", "es", "pt", "fr", "de", "it", "nl", "pl", "fi", "sv", "cs", "id"})


def language_unread_for_hard_news(text: str) -> str | None:
    """The language of a text when we cannot read hard news in it (Arabic, Japanese, Korean, Chinese, Hebrew, Thai,
    Greek, a Cyrillic script; Turkish, Hungarian, Romanian… in Latin letters), else None."""
    text = URL.sub("", text or "")
    scripted = script_language(text)
    if scripted:
        return scripted if scripted not in HARD_NEWS_LANGUAGES else None
    if len(CYRILLIC_LETTER.findall(text)) > len(_LATIN.findall(text)):
        return "cyrillic"
    return _unwritten_language(text, frozenset(_UNWRITTEN_WORDS) - HARD_NEWS_LANGUAGES, above="any")


# Norwegian is listed as 'Norwegian' (no) or 'Bokmål' (nb): one language to write in.
_SAME_LANGUAGE = {"nb": {"nb", "no"}, "no": {"nb", "no"}}


def writes_language(me: Profile, code: str) -> bool:
    """True when you can write a message in `code`: you list it (above a beginner's level), your own page is in it,
    or it is the one language of the country you live in, come from or studied in (sender_languages). Norway's
    forms of Norwegian count as one (Finland's Swedish does not make a Finn write Swedish)."""
    codes = sender_languages(me)
    if code in _SAME_LANGUAGE:
        codes |= native_languages(me, by_name=False) & {"nb", "no", "nn"}
    return bool(codes & _SAME_LANGUAGE.get(code, {code}))


_LETTER_MARKS = {"es": lazy(r"[ñ¿¡]|ción\b|ciones\b"), "pt": lazy(r"[ãõ]|ção\b|ções\b"),
                 "pl": lazy(r"[ąęłśźżćń]"), "de": lazy(r"[ß]")}


def _listed_languages(profile: Profile) -> set[str]:
    """The language codes a profile lists ('Spanish (native)' → 'es')."""
    return _language_codes(profile.languages)


def _language_codes(names: list[str]) -> set[str]:
    codes = set()
    for name in names:
        language = normalise_language(name) or normalise_language(_QUALIFIER.sub("", name))
        if language is not None:
            codes.add(language.code)
    return codes


def word_count(text: str | None) -> int:
    return len(WORDS.findall(URL.sub("", text or "")))

_AUTHOR_IN_URL = (r"linkedin\.com/posts/([^/_?]+)_", r"(?:x|twitter)\.com/([^/?]+)/status/", r"bsky\.app/profile/([^/?]+)/post/")


def by_someone_else(post: Post, profile: Profile) -> bool:
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


def own_posts(profile: Profile) -> list[Post]:
    return [p for p in profile.posts if p.text and not by_someone_else(p, profile) and not PASSED_ON.match(p.text)]


def older_than(post: Post, now: datetime | None, days: int) -> bool:
    """True when `post` is dated more than `days` before `now` (an undated post, or no `now`, is not)."""
    when = parse_date(post.date)
    return now is not None and when is not None and now - when > timedelta(days=days)


def parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    for fmt, size in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        try:
            return datetime.strptime(value[:size], fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None


def month_index(when: datetime) -> int:
    """The month of `when` as one number (months since year 0), to count months between dates by subtraction."""
    return when.year * 12 + when.month - 1


def months(value: str | None) -> tuple[int, int] | None:
    """The earliest and latest month a date may mean: '2019-03' is one month, '2019' any month of 2019."""
    when = parse_date(value)
    if when is None:
        return None
    first = month_index(when)
    return (first, first) if len(value.strip()) >= 7 else (first, first + 11)


def company_name(name: str) -> str:
    """The company as people say it: without the tagline some pages append ('Insighture - We're hiring')."""
    short = _TAGLINE.sub("", name.strip())
    return short if len(short) >= 2 else name.strip()


def company_fact(name: str) -> str:
    company = normalise_company(name)
    return f"employer:{fold(company.label if company else name)}"


# A first word that names a kind of place, not a company ('Viña Sauzal Viejo' and 'Viña Concha y Toro', 'Hotel Arts'
# and 'Hotel Adlon'): two names that share only it are two employers, and 'we're both at X now' would be untrue.
_KIND_OF_PLACE = frozenset(fold(word) for word in (
    "viña vina bodega bodegas cave domaine château chateau weingut cantina quinta hacienda granja farm "
    "banco bank banca banque caja caixa cassa sparkasse credit crédit grupo group groupe gruppo "
    "hotel hôtel hostal hospital hôpital hospitale klinik klinikum clinica clínica clinic clinique "
    "universidad university université universität universitat università universidade instituto institute institut "
    "istituto colegio college collège escuela school école schule scuola escola liceo lycée gymnasium academy "
    "academia akademie centro center centre zentrum national nacional international internacional global "
    "general united royal saint santa sankt state city ciudad ville stadt first new north south east west "
    "compañía compania company compagnie companhia fundación fundacion foundation fondation stiftung fondazione "
    "fundação association asociación associação verein ministerio ministry ministère ministero ministerium "
    "department departamento agency agencia agence cooperativa coop sociedad société society studio studios estudio "
    "atelier restaurant restaurante ristorante trattoria café cafe bistro bistrot kitchen cocina boulangerie bakery "
    "panadería laboratorio laboratory laboratoire labor labs club museo museum musée teatro theatre theater "
    "radio tienda shop store boutique salon farmacia pharmacy apotheke hospitality consulting "
    "servicios services solutions soluciones digital media capital partners ventures holding holdings "
    "industrias industries engineering ingeniería construcciones construction transportes logistics "
    "atlético atletico athletic athletico sporting deportivo deportiva real racing fc cf ac sc unión union "
    "the").split())


def same_company(a: str, b: str) -> bool:
    """One employer under two names ('Work&Coaching AB', 'Work&Coaching i Sverige AB'), as far as a move goes."""
    if company_fact(a) == company_fact(b):
        return True
    if spun_off_apart(a, b):  # 'Siemens Energy' left 'Siemens' in 2020: a job there is no job at Siemens (review 45)
        return False
    first_a, first_b = (_first_own_word(x) for x in (a, b))
    if not (len(first_a) >= 4 and first_a == first_b):
        return False
    # One town's university and its hospital ('University of Salford', 'Salford Royal'): two kinds of place, two
    # employers (review set 19: 'you're still there' to a nurse who had left the hospital for the university).
    kinds_a, kinds_b = ({w for w in fold(company_name(x)).split(" ") if w in _KIND_OF_PLACE} for x in (a, b))
    return not (kinds_a and kinds_b and not kinds_a & kinds_b)


def _first_own_word(company: str) -> str:
    """The first word of a company's name that is its own, past a kind of place and its linking words: 'concha' of
    'Viña Concha y Toro', 'santander' of 'Banco Santander Brasil', 'acme' of 'Acme Robotics'."""
    words = fold(company_name(company)).split(" ")
    for word in words:
        if word not in _KIND_OF_PLACE and word not in _LINKING_WORDS:
            return word
    return ""


_LINKING_WORDS = frozenset("of de del do da dos das di du des la le el los las y e et and & für fur".split())

# What a page lists as a job but is none: a break, leave, looking for work, working for oneself. Never an
# employer to have 'moved' to or from, nor a role to compliment ('Career Break at Career Break').
NOT_AN_EMPLOYER = lazy(
    r"\b(?:career break|sabbatical|gap year|(?:parental|maternity|paternity|family|medical|sick) leave|"
    r"caregiv\w*|self[- ]?employed|freelanc\w*|unemployed|open to (?:work|new)|looking for (?:new|work|a new|my next)|"
    r"seeking (?:new|work|a new|my next)|job search\w*|between jobs|stealth\w*|stay[- ]at[- ]home \w+|"
    r"full[- ]time (?:parent|mom|mum|dad)|autónomo|autonomo|indépendant|selbstständig|selbständig|freiberuf\w*)\b|"
    # Words that are also part of real names ('The Independent', 'Lucky Break Games') count only on their own.
    r"^\s*(?:break|independent|various|confidential|undisclosed|retired|travell?ing|carer|personal)\s*$|"
    # A role or a status written where the company goes ('Professional Athlete', 'Independent Consultant', 'Student',
    # 'Various clients'): no organisation to have been 'at'.
    r"^\s*(?:(?:professional|pro|independent|freelance|full[- ]time|part[- ]time)\s+(?:athlete|\w+ists?|\w+ers?|"
    r"\w+ors?|consultant|contractor|musician|artist|player|coach|parent|student|mom|mum|dad|homemaker)|"
    r"(?:full[- ]time |graduate |university |phd |postgraduate )?student|homemaker|housewife|househusband|"
    r"various(?: \w+)?|multiple(?: \w+)?|confidential(?: \w+)?|n/?a|none|self|myself|own business|private client)"
    r"\s*$",
    re.IGNORECASE,
)

SIDE_ROLE = lazy(r"\b(?:mentor|advisor|adviser|volunteer|board member|ambassador|trustee|judge|angel investor)\b",
                        re.IGNORECASE)


# A teaching post held beside one's practice ('Visiting Faculty, Tax Law', 'Adjunct Professor'): their main job is the
# other one ('what are you working on at LUMS?' to a partner of a law firm; review set 48).
_VISITING_POST = lazy(r"\b(?:visiting|adjunct|guest|sessional|honorary)\s+(?:faculty|professor|lecturer|fellow|"
                      r"instructor|teacher|scholar)|\badjunct\b", re.IGNORECASE)


def is_employer(name: str | None) -> bool:
    """False for what a page lists as a job but is none ('Career Break', 'Self-employed', 'Open to work')."""
    return bool(name and name.strip()) and not NOT_AN_EMPLOYER.search(name)


def current_job(them: Profile) -> Experience | None:
    """Their current job: of those without an end, the latest started (a page may list a side role first).

    A break or a search is no job ('Career Break', 'Open to work'); working for oneself has a title but no
    employer ('UX Consultant' at 'Self-employed' comes back without the company).
    """
    current = []
    for job in them.experience:
        if job.end is not None or NOT_AN_EMPLOYER.search(job.title or ""):
            continue
        if job.company and NOT_AN_EMPLOYER.search(job.company):
            job = job.model_copy(update={"company": None})
        if job.title or job.company:
            current.append(job)
    if not current:
        return None
    # Their main job: the one their headline names, then not a side role ('Mentor at Founders & Coders'),
    # then the latest started.
    headline = fold(them.headline or "")
    return max(current, key=lambda job: (bool(job.company) and fold(company_name(job.company)) in headline,
                                         not SIDE_ROLE.search(job.title or ""),
                                         not _VISITING_POST.search(job.title or ""),
                                         (months(job.start) or (0, 0))[0], job.title is not None,
                                         job.company is not None))


@lru_cache(maxsize=1)
def official_languages() -> dict[str, frozenset[str]]:
    """Country code → the languages official there, nationally or regionally (CLDR territoryInfo, as shipped
    with language_data: 'BR' → pt, 'EC' → es and qu)."""
    return _territory_languages()[0]


def national_languages() -> dict[str, frozenset[str]]:
    """Country code → the languages official in the whole country, not only in a region ('IT' → it, never the
    French of the Aosta Valley; 'CH' → de, fr, it)."""
    return _territory_languages()[1]


@lru_cache(maxsize=1)
def _territory_languages() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    data = (files("language_data") / "data" / "supplementalData.xml").read_bytes()
    # Only its territoryInfo section: a third of the file, parsed in half the time.
    start, end = data.find(b"<territoryInfo>"), data.find(b"</territoryInfo>")
    root = ET.fromstring(data[start:end + len(b"</territoryInfo>")] if 0 <= start < end else data)
    out: dict[str, frozenset[str]] = {}
    national: dict[str, frozenset[str]] = {}
    for territory in root.iter("territory"):
        population = float(territory.get("population") or 0)
        codes = {lp.get("type", "").split("_")[0] for lp in territory.iter("languagePopulation")
                 if lp.get("officialStatus") in ("official", "de_facto_official", "official_regional")
                 or _widely_spoken(lp, population)}
        if territory.get("type") and codes:
            out[territory.get("type")] = frozenset(codes | {_MACROLANGUAGE[code] for code in codes if code in _MACROLANGUAGE})
        whole = {lp.get("type", "").split("_")[0] for lp in territory.iter("languagePopulation")
                 if lp.get("officialStatus") in ("official", "de_facto_official")}
        if territory.get("type") and whole:
            national[territory.get("type")] = frozenset(whole)
    return out, national


# A profile names the language a country's table splits ('Kurdish' for Sorani, 'Serbo-Croatian' for Serbian,
# 'Norwegian' for Bokmål): both names are native there.
_MACROLANGUAGE = {"ckb": "ku", "kmr": "ku", "sdh": "ku", "sr": "sh", "hr": "sh", "bs": "sh", "nb": "no", "nn": "no",
                  "arz": "ar", "ary": "ar", "arq": "ar", "apc": "ar", "acm": "ar", "ayl": "ar", "gsw": "de"}

# A language spoken by this share of a country, or by this many people there, is one of its own (Hausa, Igbo and
# Yoruba in Nigeria, Tamil in India, Cantonese in Hong Kong), official or not...
WIDELY_SPOKEN_PERCENT = 5.0
WIDELY_SPOKEN_PEOPLE = 5_000_000
# ...unless it is a language learned abroad by many (English in Germany, French in Spain): CLDR counts those too.
_SECOND_LANGUAGES = {"en", "fr", "de", "es", "pt", "it", "ru", "nl", "ar"}


def _widely_spoken(language_population: ET.Element, population: float) -> bool:
    code = language_population.get("type", "").split("_")[0]
    if code in _SECOND_LANGUAGES:
        return False
    percent = float(language_population.get("populationPercent") or 0)
    return percent >= WIDELY_SPOKEN_PERCENT or percent * population / 100 >= WIDELY_SPOKEN_PEOPLE


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

_SCHOOL_LANGUAGE = [(code, lazy(rf"\b(?:{words})", re.IGNORECASE)) for code, words in _SCHOOL_WORDS.items()]

NAME_PARTS = lazy(r"\s*(?:[,()]|\s[-–—]\s|\b(?:de|del|da|do|di|du|of|at|in)\b)\s*")

# A language listed by its own name ('Català', 'Português') is one they write in: most likely their own.
_AUTONYMS = {
    "ca": {"catala", "valencia"}, "pt": {"portugues"}, "fr": {"francais"}, "es": {"espanol", "castellano"},
    "de": {"deutsch"}, "it": {"italiano"}, "nl": {"nederlands"}, "sv": {"svenska"}, "pl": {"polski"},
    "eu": {"euskara"}, "gl": {"galego"}, "cy": {"cymraeg"}, "da": {"dansk"}, "no": {"norsk"}, "nb": {"norsk"},
    "fi": {"suomi"}, "tr": {"turkce"}, "ro": {"romana"}, "cs": {"cestina"}, "hu": {"magyar"}, "el": {"ελληνικα"},
    "ru": {"русскии", "русский"}, "uk": {"украінська", "українська"}, "ja": {"日本語"}, "zh": {"中文", "普通话"},
    "ko": {"한국어"}, "ar": {"العربية"}, "he": {"עברית"}, "hi": {"हिन्दी", "हिंदी"},
}

_QUALIFIER = lazy(r"\s*[(\-–—:,].*$")

_NATIVE_MARK = lazy(r"native|bilingual|mother tongue|muttersprache|nativ[oa]|maternelle|materna", re.IGNORECASE)


def _school_countries(name: str) -> set[str]:
    out = set()
    for part in NAME_PARTS.split(name or ""):
        part = part.strip()
        if len(part) >= 3 and part[0].isupper():
            place = resolve_place(part)
            if place is not None and place.country:
                out.add(place.country)
    return out


def native_languages(them: Profile, by_name: bool = True) -> set[str]:
    """Languages native where they live, grew up or studied, that they call their own, or (`by_name`) that their
    family name suggests (codes: 'pt', 'es')."""
    countries = _origin_countries(them)
    place = resolve_place(them.location or "")
    if place is not None and place.country:
        countries.add(place.country)
    codes: set[str] = set()
    for edu in them.education:
        countries |= _school_countries(edu.school or "")
        codes |= {code for code, words in _SCHOOL_LANGUAGE if words.search(edu.school or "")}
    official = official_languages()
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
    if _HANGUL.search(them.location or ""):
        codes.add("ko")
    return codes | name_languages(them) if by_name else codes


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


def works_there_now(profile: Profile, company: str) -> bool:
    return any(job.end is None and job.company and same_company(job.company, company) for job in profile.experience)


# The words that make a name a school's: a job elsewhere in the school's town is no job at the school. (Not
# schools.says_it_is_a_school: it also needs the tables to know the name, and 'Sciences Po Law School' they do not.)
_SCHOOL_KINDS = frozenset(fold(word) for word in (
    "universidad university université universität universitat università universidade uniwersytet instituto institute "
    "institut istituto colegio college collège escuela school école schule scuola escola liceo lycée gymnasium academy "
    "academia akademie hochschule hogeschool politecnico polytechnic polytechnique").split())


def works_at_school_now(profile: Profile, school: str) -> bool:
    """True when a job they hold now is at `school`: its name as the school's, or one employer by same_company that is
    itself named as a school. 'Portland Police Bureau' is not on the staff of Portland State University, nor 'Melbourne
    Health' of the University of Melbourne, though a town's name opens both."""
    return any(job.end is None and job.company and (
        company_fact(job.company) == company_fact(school)
        or (same_company(job.company, school) and set(fold(company_name(job.company)).split(" ")) & _SCHOOL_KINDS))
        for job in profile.experience)


# A role at an organisation that is no place on its staff: a volunteer, a mentor, an adviser, a board seat, an alumni
# chapter, an emeritus title, a student's or a candidate's. 'Which team are you on?' has no answer there, and
# 'we're both at X now' is untrue of a student and a professor.
_NOT_A_TEAM_JOB = lazy(
    r"\b(?:volunteer\w*|mentor\w*|advis[oe]r\w*|advisory|board (?:member|of|director)|board$|trustee\w*|alumn\w*|"
    r"ambassador\w*|emerit\w*|student\w*|candidate|undergrad\w*|"
    r"voluntari[oa]\w*|bénévole|ehrenamt\w*|mentora?|asesor[ae]?\w*|consejer[oa]|estudiante|étudiant\w*|"
    r"aluno|aluna|studentin|conseill?er bénévole)\b",
    re.IGNORECASE)


def is_team_job(job: Experience) -> bool:
    """True when a job is a place on the organisation's staff (see _NOT_A_TEAM_JOB)."""
    return not _NOT_A_TEAM_JOB.search(job.title or "")


def on_the_staff_now(profile: Profile, company: str) -> bool:
    """True when they hold a staff job at `company` now, not only a volunteer's, a mentor's or a student's role."""
    return any(job.end is None and job.company and same_company(job.company, company) and is_team_job(job)
               for job in profile.experience)


def shared_employers_now(me: Profile, them: Profile) -> set[str]:
    """The employers (as facts) you both work at now."""
    return {company_fact(job.company) for job in me.experience
            if job.end is None and job.company and works_there_now(them, job.company)}


def they_know_you(me: Profile, them: Profile, now: datetime | None = None) -> bool:
    """True when their own words name you: your full name, or your first name while you work at the same
    company now (a lead thanking 'Rachel' on their team) or were there at the same time (`now` given: 'Hey Ruth, still
    owe you that coffee' from a colleague of four years; review set 18). Such a person is no stranger to open with."""
    full = (me.name or "").strip()
    first = first_name(me) if me.name else ""
    texts = [t for t in (them.about, *(p.text for p in own_posts(them))) if t]
    if len(full.split()) >= 2 and any(fold(full) in fold(t) for t in texts):
        return True
    worked_together = now is not None and any(
        were_there_together(me, them, "employer", mine.company, theirs.company, now)
        for mine in me.experience for theirs in them.experience
        if mine.company and theirs.company and same_company(mine.company, theirs.company))
    if len(first) >= 3 and _names_you_with_your_work(first, me, texts):
        return True
    if not (shared_employers_now(me, them) or worked_together) or len(first) < 2:
        return False
    named = re.compile(rf"(?<![\w@]){re.escape(first)}(?!\w)")
    return any(named.search(t) for t in texts)


# Words too common to tie a sentence naming someone to their page ('great', 'thanks', 'after').
_EVERYDAY = frozenset(fold(w) for w in (
    "about after again always another before being between could every first great really since still thank thanks "
    "their there these thing things think those through today together where which while would years yesterday "
    "week weeks month months people awesome amazing everyone chatting catching meeting").split())
# A word of the sender's page that a sentence naming them also says: 'failover', 'KubeCon'.
TIE_WORD_LETTERS = 5
# Two of them: one ('engineering') may be anyone's beside another of that first name.
TIE_WORDS = 2


def _names_you_with_your_work(first: str, me: Profile, texts: list[str]) -> bool:
    """True when a sentence of theirs names you by your first name beside something your own page says ('Great chatting
    with Wojciech after his failover talk at KubeCon' to the SRE whose page tells of that talk): you have met, and a
    stranger's 'I've worked with Go too' ignores it (review set 35). A first name alone, or beside one word of yours,
    may be anyone's."""
    named = re.compile(rf"(?<![\w@]){re.escape(first)}(?!\w)")
    mine = {fold(w) for text in (me.headline, me.about, *(p.text for p in own_posts(me)))
            for w in re.findall(r"[^\W\d_]+", text or "") if len(w) >= TIE_WORD_LETTERS} - _EVERYDAY
    mine.discard(fold(first))
    for text in texts:
        for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
            if named.search(sentence) and len({fold(w) for w in re.findall(r"[^\W\d_]+", sentence)} & mine) >= TIE_WORDS:
                return True
    return False


def sells_or_recruits(me: Profile) -> bool:
    """True when your headline or current title says you recruit or sell."""
    job = current_job(me)
    return any(_SELLS_OR_RECRUITS.search(text or "") for text in (me.headline, job.title if job else None))


def is_organisation(profile: Profile) -> bool:
    """True for an organisation's account ('Milano JS', 'Acme Labs', a headline 'JavaScript User Group Milano')."""
    named = is_organisation_name(profile.name)  # not 'Sam | Acme Labs'
    headline = profile.headline or ""
    return bool(named or (_ORGANISATION_HEADLINE.search(headline) and not _PERSONS_ROLE.search(headline)))


def is_between_jobs(them: Profile, now: datetime) -> bool:
    """True when they are looking for work: open to work, a recent post about losing their job, or every job
    they list has ended (a current 'Career Break' or 'Freelance' entry is no end: we just know no employer)."""
    if any(_OPEN_TO_WORK.search(text or "") for text in (them.headline, them.about)):
        return True
    if any((found := _HARD_NEWS.search(p.text)) and (OWN_VOICE.search(p.text) or _opens_the_post(p.text, found))
           and _still_news(p, them, now) for p in own_posts(them)):
        return True
    return bool(them.experience) and all(job.end is not None for job in them.experience)


def _still_news(post: Post, them: Profile, now: datetime) -> bool:
    """True for hard news of the last months that nothing newer has overtaken: no job started since, and no
    later post of a new one ('laid off in March', then 'excited to join Acme' in May)."""
    if older_than(post, now, JOB_LOSS_NEWS_DAYS):
        return False
    when = months(post.date)
    if when is None:
        return True
    started_since = any(job.end is None and (start := months(job.start)) is not None and start[0] > when[1]
                        for job in them.experience)
    announced_since = any(NEW_ROLE.search(later.text) and (dated := months(later.date)) is not None and dated[0] > when[1]
                          for later in own_posts(them))
    return not (started_since or announced_since)


def work_is_paused(them: Profile, now: datetime) -> bool:
    """True when no question may assume a normal working life: between jobs, leaving theirs, or their headline,
    about or a post of the last months says they are on leave, in treatment, on a break, grieving or laid off
    ('what do you use Python for at work these days?' to someone just laid off)."""
    if is_between_jobs(them, now) or is_leaving(them, now) or has_retired(them, now):
        return True  # who has retired is asked nothing of a working week either (mend 51)
    if any(_WORK_PAUSED.search(text or "") for text in (them.headline, them.about)):
        return True
    return any((_WORK_PAUSED.search(p.text) or tells_own_hardship(p.text)) and _still_news(p, them, now)
               for p in own_posts(them)[:10])


def just_left(them: Profile, company: str, now: datetime) -> bool:
    """True when their latest job to end was at `company`, in the last months (laid off from it, or left it):
    not an employer to open on with a stranger."""
    ended = [(months(job.end), job) for job in them.experience if job.end and job.company]
    ended = [(span, job) for span, job in ended if span is not None]
    if not ended:
        return False
    (_, last_month), job = max(ended, key=lambda pair: pair[0][1])
    this_month = month_index(now)
    return this_month - last_month <= JOB_LOSS_NEWS_DAYS // 30 and same_company(job.company, company)


# The pauses a person chooses: a break they take, between roles by their own account. Leave, treatment, a layoff are not.
_CHOSEN_PAUSE = lazy(r"(?:taking|on) (?:a )?(?:career )?break|taking (?:some )?time off|between (?:jobs|roles)",
                     re.IGNORECASE)


def pauses_by_choice(them: Profile, now: datetime) -> bool:
    """True when their work is paused by their own choice only: a goodbye post of their own or a break they say they
    take ('Between roles, taking the winter to recharge'), and nothing of the last months tells of a layoff, a leave,
    treatment, grief or other hardship (mend 41: such a person may be written to about an employer you shared)."""
    if not work_is_paused(them, now) or in_hard_times(them, now) is not None:
        return False
    posts = [p.text for p in own_posts(them)[:10] if p.text and not older_than(p, now, JOB_LOSS_NEWS_DAYS)]
    texts = [t for t in (them.headline, them.about, *posts) if t]
    if any(_HARD_NEWS.search(t) or tells_own_hardship(t) for t in texts):
        return False
    if any(not _CHOSEN_PAUSE.fullmatch(found.group(0)) for t in texts for found in _WORK_PAUSED.finditer(t)):
        return False  # a leave, treatment, recovery: their real reasons stay protective
    return any(MOVING_ON.search(t) for t in posts) or any(_CHOSEN_PAUSE.search(t) for t in texts)


def is_leaving(them: Profile, now: datetime) -> bool:
    """True when a post of the last months says they are leaving their job or joining another."""
    return any(MOVING_ON.search(p.text) and not older_than(p, now, LEAVING_NEWS_DAYS) for p in own_posts(them))


# A goodbye that may be to anything but a job ('I'm leaving for Porto tomorrow', 'a new chapter', 'stepping down as
# chair of the parents' association'): it ends a job only where the post names the employer.
_LEAVING_ANYTHING = lazy(r"(?:leaving|leave|chapter|step(?:ping)? down|moving on from)$", re.IGNORECASE)
# A last day said of work: at a sentence's end ('Today is my last day.') or of a team, a company, an office ('my last
# day at the office'). Not 'my last day of holidays in Bali', 'Great last day at Web Summit'.
_LAST_DAY = lazy(r"(?:last day|último día|dernier jour|letzter tag|último dia|ultimo giorno)", re.IGNORECASE)
_LAST_DAY_AT_WORK = lazy(
    r"\b(?:my last day|mi último día|mon dernier jour|mein letzter tag|meu último dia|il mio ultimo giorno)"
    r"(?: (?:here|aquí|ici|hier|aqui|qui))?(?:\s*(?:[.!\n]|$)|,? (?:at|with|on|in|as|en|con|chez|dans|bei|im|na|no|com|"
    r"presso|alla|al) (?:the |my |our |el |la |mi |nuestro |le |mon |notre |l'|dem |der |meinem |a |o |minha |meu |"
    r"il |la mia |il mio )?(?:team|company|office|job|work|firm|equipo|empresa|oficina|trabajo|équipe|entreprise|"
    r"bureau|travail|firma|büro|arbeit|equipa|escritório|trabalho|squadra|azienda|ufficio|lavoro)\b"
    # ...but not one before a break ('my last day in the office before the holidays!').
    r"(?! before (?:the )?(?:holidays|break|christmas|vacation)))",
    re.IGNORECASE)
# Where a goodbye says they are going ('I've left Kelpie Labs and joined Tokobaru', 'to start my own studio, X'):
# the employer named just after is their new job, not one the goodbye ends.
_GOING_TO = lazy(
    r"\b(?:join(?:ed|ing)?(?! (?:me|us|you|them)\b)|start(?:ed|ing)? (?:at|with|my own)|"
    r"(?:new|next) (?:role|position|job|chapter) (?:at|with)|moving to|move to|me uno a|me incorporo a|empiezo en|je rejoins|j'ai rejoint|ich starte bei|começo na|"
    r"começo no|mi unisco a)\b", re.IGNORECASE)
# How far after such words the new employer is named ('joined the team at Tokobaru').
_GOING_TO_REACH = 30


def with_goodbyes_read(them: Profile, now: datetime) -> Profile:
    """Their page as their own goodbye of the last months leaves it: a job they said they are leaving ('After almost 7
    years, Friday is my last day at Traveloka') ends in the month of that post, though their job list still shows it
    current (review set 27: 'and you're still there' a week after her last day). The goodbye ends the job it names; one
    that names no employer ('Today is my last day', 'mi último día') ends their only current one. Never the job it
    names as where they go ('I've left Kelpie Labs and joined Tokobaru'), nor for a last day of a trip or an event."""
    current = [job for job in them.experience if job.end is None and is_employer(job.company)]
    ended: dict[int, str] = {}  # index in their experience → the month the post says they left
    for post in own_posts(them):
        found_goodbyes = [found for found in _LEAVING.finditer(post.text) if not _someone_elses(found, post.text)]
        goodbyes = [found.group(0) for found in found_goodbyes]
        if not goodbyes or older_than(post, now, LEAVING_NEWS_DAYS):
            continue
        said = months(post.date)
        month = (post.date or "")[:7] if said else f"{now.year:04d}-{now.month:02d}"
        # Only a job started before the month of the post: one started since is where they went ('I've left Rappi to
        # start my own studio, Estudio Tinta'), and 'my last day at Acme' of 2025 says nothing of a return there since.
        before = [job for job in current if said is None or (months(job.start) or (0, 0))[1] < said[0]]
        named = [job for job in before if any(_ends_named(found, post.text, job.company) for found in found_goodbyes)]
        if not named and len(current) == 1 and any(_says_plain_goodbye(g, post.text) for g in goodbyes):
            named = before
        for job in named:
            ended.setdefault(them.experience.index(job), month)
    if not ended:
        return them
    experience = [job.model_copy(update={"end": ended[i]}) if i in ended else job for i, job in enumerate(them.experience)]
    return them.model_copy(update={"experience": experience})


def begins_later(start: str | None, now: datetime) -> bool:
    """True for a start date after this month ('2027-01' on 6 December 2026, or '2027'): not begun yet."""
    span = months(start)
    return span is not None and span[0] > month_index(now)


def as_it_stands(profile: Profile, now: datetime) -> Profile:
    """Their page as it stands today: a job or a course listed to begin later ('Senior Scientist at Samsung Biologics,
    from 2027-01') is not theirs yet: no move to it, no time there, no 'you're at X' (review sets 31–32: 'you moved to
    Edinburgh…' of a job starting next month, unsupported)."""
    experience = [job for job in profile.experience if not begins_later(job.start, now)]
    education = [edu for edu in profile.education if not begins_later(edu.start, now)]
    if len(experience) == len(profile.experience) and len(education) == len(profile.education):
        return profile
    return profile.model_copy(update={"experience": experience, "education": education})


def is_main_job(job: Experience) -> bool:
    """A job on an employer's staff, not a side role (a mentor's, a board seat, a volunteer's) nor a break."""
    return (is_employer(job.company) and not SIDE_ROLE.search(job.title or "") and is_team_job(job)
            and not NOT_AN_EMPLOYER.search(job.title or ""))


def jobs_being_left(them: Profile, now: datetime) -> list[Experience]:
    """Their current jobs they are on their way out of, though their page still shows them current: where a job at
    another employer is listed to begin later, where a newer main job at another employer is listed and their headline
    names the older one no more, or where a post of the last months announces a new job elsewhere ('In January I'll be
    joining Samsung Biologics'). 'You're still there' is untrue of them (review set 32)."""
    current = [job for job in them.experience if job.end is None and not begins_later(job.start, now) and is_main_job(job)]
    if not current:
        return []
    headline = them.headline or ""
    leaving: list[Experience] = []
    for job in current:
        started = months(job.start)
        for other in them.experience:
            if other is job or not is_main_job(other) or other.end is not None or same_company(other.company, job.company):
                continue
            other_start = months(other.start)
            if begins_later(other.start, now) or (
                    other_start and started and other_start[0] > started[1] and not names_company(headline, job.company)):
                leaving.append(job)
                break
    for post in own_posts(them):
        text = post.text or ""
        if older_than(post, now, LEAVING_NEWS_DAYS) or not NEW_ROLE.search(text) or SIDE_ROLE.search(text):
            continue
        said = months(post.date)
        for job in current:
            started = months(job.start)
            announced = names_company(text, job.company) and not names_company(_without_where_they_go(text), job.company)
            if job in leaving or announced or (said and started and started[0] >= said[0]):
                continue  # the job the post announces ('joining Acme'), or one begun since
            leaving.append(job)
    return leaving


# Someone else's goodbye: 'Today is Maria's last day at Acme', 'Please welcome Tom, who is moving on from Globex'.
# ('It's my last day', 'Friday's my last day' are theirs.)
_ANOTHERS_GOODBYE = lazy(r"(?:\b(?!(?:It|That|Here|There|Today|Tomorrow|Friday|Monday|What)['’])[A-Z]\w+['’]s "
                         r"(?:(?!my |our )[a-z]+ )?$|\b(?i:welcome)\b[^.!?\n]*\bwho\b[^.!?\n]*$)")
# A goodbye to anything meets its employer within this reach ('leaving Acme', 'stepping down from Acme'), never
# as what a new chapter is for ('A new chapter for Acme: we've opened our Lisbon office!').
_LEAVING_REACH = 30


def _someone_elses(goodbye: re.Match[str], text: str) -> bool:
    """True when `goodbye` is another person's, told by them ('Maria's last day', 'welcome Tom, who is leaving X')."""
    return bool(_ANOTHERS_GOODBYE.search(text[:goodbye.start()]))


def _ends_named(goodbye: re.Match[str], text: str, company: str) -> bool:
    """True when `goodbye` ends the job at `company`: named in the post (not as where they go), or, for a goodbye
    that may be to anything, named just after it and not as what it is for."""
    if not _LEAVING_ANYTHING.search(goodbye.group(0)):
        return names_company(_without_where_they_go(text), company)
    after = text[goodbye.end():goodbye.end() + _LEAVING_REACH]
    return not re.match(r"\s*(?:for|of)\b", after, re.IGNORECASE) and names_company(after, company)


def _without_where_they_go(text: str) -> str:
    """`text` with each 'joined X' stretch blanked: a job named elsewhere in it is one the goodbye ends ('When I joined
    Kelpie Labs in 2019… Friday is my last day at Kelpie Labs'), one named only there is where they went."""
    chars = list(text)
    for found in _GOING_TO.finditer(text):
        for at in range(found.start(), min(len(chars), found.end() + _GOING_TO_REACH)):
            chars[at] = " "
    return "".join(chars)


def _says_plain_goodbye(goodbye: str, text: str) -> bool:
    """True when `goodbye` leaves a job without naming it: not a trip, a chapter or a post ('I'm leaving for Porto'),
    and a last day only of work ('Today is my last day.'), not of a holiday or an event."""
    if _LEAVING_ANYTHING.search(goodbye):
        return False
    return not _LAST_DAY.search(goodbye) or bool(_LAST_DAY_AT_WORK.search(text))


def names_company(text: str, company: str) -> bool:
    """True when `text` names `company` as people say it ('Traveloka', 'Acme' of 'Acme Robotics GmbH')."""
    said = f" {fold(text)} "
    name = fold(company_name(company))
    own = _first_own_word(company)
    return bool(name) and f" {name} " in said or (len(own) >= 4 and f" {own} " in said)


# Professions and the fields their work is in, as their titles name them in the five languages: what an
# architect, a CFO or a pastry chef does for a living is not a pastime you share, nor a tool they 'use for' something.
_PROFESSION_FIELDS: list[tuple[str, str]] = [
    ("cfo|chief financial officer|controller|accountant|auditor|treasurer|bookkeeper|comptroller|finance|financial|"
     "contador[a]?|contable|comptable|buchhalter\\w*|steuerberater\\w*|wirtschaftspr\\w+|contabilista",
     "ifrs|gaap|us gaap|accounting|audit|auditing|tax|taxation|bookkeeping|treasury|financial reporting|finance|"
     "corporate finance|budgeting|forecasting|contabilidad|comptabilite|buchhaltung|contabilidade"),
    # Not a 'chef de projet' nor a 'chef d'équipe', nor the 'Chef vom Dienst': they lead, they do not cook.
    ("chef(?! (?:de (?!cuisine|partie)|d(?!e )\\w|vom\\b|du\\b))|cook|pastry|baker|patissier|confectioner|chocolatier|"
     "cociner[oa]|pasteler[oa]|panader[oa]|boulanger\\w*|cuisinier\\w*|koch|kochin|backer\\w*|konditor\\w*|"
     "confeiteir[oa]|padeir[oa]|cozinheir[oa]|cuoc[oa]|pasticcier[ea]",
     "baking|cooking|pastry|food|gastronomy|bread|bread baking|chocolate|cuisine|reposteria|cocina|patisserie|backen|"
     "kochen|confeitaria|culinaria|culinary arts|cozinha|cucina|gastronomia|gastronomie"),
    ("actor|actress|performer|playwright|dramaturg\\w*|actriz|actrice|comedien\\w*|schauspieler\\w*|atriz|ator|"
     "comedian",
     "theatre|theater|acting|drama|film|cinema|improv|teatro|stand-up|comedy"),
    # Music: 'Dirigent' is a conductor in German, but 'Dirigente scolastico' heads a school.
    ("musician|composer|pianist|violinist|cellist|guitarist|bassist|singer|vocalist|songwriter|conductor|drummer|"
     "music producer|music teacher|musico|musicien\\w*|musiker\\w*|musicista|cantante|chanteu\\w+|sanger\\w*|"
     "cantor[a]?|pianista|violinista|guitarrista|compositor\\w*|compositeur\\w*|komponist\\w*|"
     "(?:chor|orchester)?dirigent(?:in)?",
     "music|live music|classical music|jazz|piano|guitar|violin|cello|drums|singing|choir|composing|songwriting|opera|"
     "musica|musique|musik|chant|chorale|klavier|gitarre|geige|chor|singen|guitarra|violon|violino|canto|coro"),
    ("photographer|fotograf[oa]?|photographe", "photography|fotografia|photographie|fotografie"),
    ("architect|arquitect[oa]|architecte|architekt\\w*|arquitet[oa]",
     "architecture|urban design|urbanism|arquitectura|architektur|arquitetura"),
    ("lawyer|attorney|solicitor|barrister|counsel|paralegal|judge|abogad[oa]|avocat\\w*|anwalt|anwaltin|rechtsanwalt\\w*|"
     "advogad[oa]|jurist\\w*", "law|legal|litigation|derecho|droit|recht|direito"),
    ("doctor|physician|surgeon|nurse|gp|paramedic|medic[oa]|medecin|arzt|arztin|enfermer[oa]|infirmier\\w*|pfleger\\w*",
     "medicine|health|healthcare|nursing|first aid|medicina|medecine|medizin"),
    ("teacher|professor|lecturer|tutor|educator|profesor[a]?|maestr[oa]|enseignant\\w*|professeur\\w*|lehrer\\w*|"
     "professor[a]?", "teaching|education|educacion|education|bildung|educacao"),
    ("writer|author|journalist|editor|reporter|novelist|poet|copywriter|escritor[a]?|periodista|ecrivain\\w*|"
     "journaliste|schriftsteller\\w*|jornalista|autor[a]?|auteur\\w*",
     "writing|journalism|poetry|creative writing|books|escritura|ecriture|schreiben|escrita"),
    ("translator|interpreter|traductor[a]?|traduct\\w+|ubersetzer\\w*|dolmetscher\\w*|tradutor[a]?",
     "translation|languages|localisation|localization|traduccion|traduction|ubersetzung|traducao"),
    ("personal trainer|fitness (?:instructor|coach)|entrenador[a]? personal|yoga (?:teacher|instructor)",
     "fitness|strength training|weightlifting|gym|crossfit|yoga"),
    ("sommelier|winemaker|vintner|enolog[oa]|oenologue|winzer\\w*", "wine|wine tasting|vino|vin|wein|vinho"),
    ("barista|coffee roaster", "coffee|cafe|kaffee"),
    # A weaver's, a tailor's, a dyer's trade (review set 41: 'we're both interested in textiles. How did you get into
    # it?' to a fourth-generation kente weaver).
    ("weaver|weaving|tailor|seamstress|dressmaker|dyer|spinner|knitwear|embroider\\w*|tejedor[a]?|tisserand\\w*|"
     "weber(?:in)?|tecel[aã]\\w*|tessitor[ei]|costurer[oa]|couturi\\w+|sarto|sarta",
     "textiles?|textile arts?|weaving|sewing|knitting|embroidery|tejidos?|tejer|textil|tessuti|tessitura|tecelagem|weben"),
    ("potter|ceramicist|ceramist|alfarer[oa]|ceramista|keramiker\\w*|potier", "pottery|ceramics|ceramica|keramik|ceramique"),
    ("beekeeper|apicultor[a]?|apiculteur\\w*|imker\\w*|apicoltor[ei]", "beekeeping|bees|apicultura|apiculture|imkerei"),
    ("carpenter|woodworker|joiner|cabinetmaker|carpinter[oa]|ebanista|menuisier\\w*|schreiner\\w*|tischler\\w*",
     "woodworking|carpentry|carpinteria|woodwork"),
    ("gardener|landscaper|horticulturist|florist|jardiner[oa]|jardinier\\w*|gartner\\w*|jardineir[oa]",
     "gardening|horticulture|plants|flowers|jardineria|jardinage|gartenarbeit|jardinagem"),
    ("artist|painter|illustrator|sculptor|ceramicist|potter|artista|artiste|kunstler\\w*|pintor[a]?|peintre|maler\\w*",
     "art|painting|drawing|illustration|sculpture|ceramics|pottery|arte|kunst|pintura|peinture|malerei"),
    ("dancer|choreographer|bailar\\w+|danseu\\w+|tanzer\\w*", "dance|dancing|ballet|salsa|tango|danza|baile|danse|tanz|danca"),
    ("pilot|pilot[oa]|pilote", "aviation|flying"),
    ("veterinarian|vet|veterinari[oa]|veterinaire|tierarzt\\w*", "animals|pets|animal welfare"),
    ("farmer|agricultor[a]?|agriculteur\\w*|landwirt\\w*", "farming|agriculture|gardening"),
    ("brewer|brewmaster|cervecer[oa]|brasseur|brauer", "beer|brewing|homebrewing|craft beer"),
    ("game (?:designer|developer)|game dev", "gaming|video games|games|board games"),
    # Technical trades: the tools that make the job (Swift to an iOS engineer, Python to a data engineer) are no
    # hook ('what are you using Swift for these days?' — their apps).
    ("ios|iphone|swift|apple platforms?|macos", "swift|swiftui|objective c|xcode|uikit|ios|ios development|cocoa|"
     "cocoa touch|core data|combine|mobile development|mobile applications?"),
    ("android|kotlin", "kotlin|java|android|android development|jetpack compose|android studio|android sdk|"
     "mobile development|mobile applications?"),
    ("mobile (?:engineer|developer)|react native|flutter", "swift|kotlin|react native|flutter|dart|ios|android|"
     "mobile development|mobile applications?|javascript|typescript"),
    ("data engineer\\w*|analytics engineer\\w*|etl|data platform|big data|data infrastructure",
     "python|sql|spark|apache spark|pyspark|airflow|apache airflow|dbt|kafka|apache kafka|etl|elt|data modeling|"
     "data modelling|data warehousing|data warehouse|snowflake|bigquery|google bigquery|redshift|databricks|pandas|"
     "hadoop|scala|data pipelines?|postgresql|aws|gcp|google cloud platform|azure|big data|data engineering"),
    ("data scientist|data science|machine learning|ml engineer|ai engineer|ai researcher|research scientist|"
     "data analyst|business intelligence|bi (?:analyst|developer)|analytics|statistician|quant\\w*",
     "python|r|sql|machine learning|deep learning|pandas|numpy|scikit learn|tensorflow|pytorch|keras|statistics|"
     "data analysis|data analytics|data visuali[sz]ation|tableau|power bi|excel|microsoft excel|jupyter|nlp|"
     "natural language processing|computer vision|artificial intelligence|ai|data science|spark|looker"),
    ("front ?end|web developer|web engineer|ui (?:engineer|developer)|javascript|react|full ?stack",
     "javascript|typescript|react|react js|reactjs|vue|vue js|angular|angularjs|html|css|html5|css3|next js|node js|"
     "redux|sass|tailwind|tailwind css|web development|front end development|jquery|webpack"),
    ("back ?end|software (?:engineer|developer|architect)|programmer|developer|swe|sde|devops|site reliability|"
     "sre|platform engineer|cloud (?:engineer|architect)|infrastructure engineer|systems engineer",
     "python|java|javascript|typescript|go|golang|c\\+\\+|c#|c|ruby|php|node js|sql|postgresql|mysql|git|linux|"
     "docker|kubernetes|aws|amazon web services|azure|microsoft azure|gcp|google cloud|google cloud platform|"
     "terraform|microservices|rest|rest apis?|apis?|software development|software engineering|programming|"
     "ci cd|jenkins|ansible|bash|spring|spring boot|django|flask|net|asp net|ruby on rails|rails|object oriented "
     "programming|agile|scrum|devops|cloud computing"),
    ("designer|ux|ui|user experience|user interface|design lead|head of design",
     "figma|sketch|adobe xd|photoshop|adobe photoshop|illustrator|adobe illustrator|indesign|user research|"
     "prototyping|ux design|ui design|user experience|wireframing|design systems?|adobe creative suite|"
     "interaction design|product design|visual design|usability testing"),
    ("security|penetration tester|pentester|ethical hacker|soc analyst",
     "security|cybersecurity|cyber security|penetration testing|network security|information security|"
     "ethical hacking|siem|incident response"),
    ("qa|quality assurance|test (?:engineer|automation)|sdet|tester",
     "selenium|cypress|playwright|testing|test automation|software testing|qa|quality assurance|manual testing|jira"),
    ("marketing|marketer|seo|growth|content strategist|social media manager",
     "seo|sem|google analytics|content marketing|social media|social media marketing|hubspot|digital marketing|"
     "email marketing|google ads|marketing|copywriting|growth marketing"),
    # An esports coach's video games, a game or narrative designer's RPGs: their trade, not a pastime you share.
    ("e-?sports?|gaming|game (?:designer|developer|director|writer|producer|studio)|games? studio|narrative designer|"
     "level designer|rpg|pro (?:player|gamer)|streamer",
     "video games?|gaming|games?|pc gaming|e-?sports?|rpgs?|role[- ]playing games?|tabletop rpgs?|"
     "dungeons (?:and|&) dragons|d&d|game design|narrative design|twitch|streaming|league of legends|counter-strike|"
     "dota 2|valorant|fortnite"),
    # A search engineer's Elasticsearch, Solr, OpenSearch.
    ("search|information retrieval|relevance",
     "elasticsearch|elastic search|solr|apache solr|opensearch|lucene|information retrieval|search|vespa|algolia"),
    # A ship's officer's sailing (review set 24: 'how did you get into sailing?' to an ex-ship's officer). Not 'captain',
    # 'first officer' nor 'navigator', which fly aircraft, lead teams and guide patients as often.
    ("ships? officer|deck officer|officer of the watch|master mariner|mariner|seafarer|seaman|deckhand|skipper|sailor|"
     "boatswain|bosun|merchant navy|yacht master|yachtmaster|kapitan|schiffsoffizier|nautiker|marin|marinheir[oa]|"
     "marinero",
     "sailing|yachting|boating|seamanship|navigation|segeln|voile|vela|navegacion|vela ligeira|zeilen|seiling|segling"),
    # Cycling to who plans a city's cycling or sells and mends bikes (review set 27: 'how did you get into cycling?' to the
    # head of Lisbon's sustainable mobility division, who works for more bikes on its hills).
    ("sustainable (?:mobility|transport)|mobilidade sustentavel|movilidad sostenible|mobilite durable|"
     "nachhaltige mobilitat|mobilita sostenibile|active (?:travel|mobility|transport)|mobilidade ativa|movilidad activa|"
     "mobilite active|(?:cycling|bicycle|bike|cycle) (?:officer|planner|planning|coordinator|commissioner|mayor|"
     "infrastructure|mechanic|shop|courier|messenger)|radverkehr\\w*|fahrradbeauftragt\\w*|mobilidade ciclavel|"
     "movilidad ciclista|mobilite cyclable",
     "cycling|biking|bicycling|road cycling|bike commuting|cycle commuting|ciclismo|cyclisme|radfahren|radsport|"
     "fahrrad|bicicleta|bici|velo|fietsen|wielrennen"),
    # A shared hobby that is their work, one row a family (review set 26: 'running' to who coaches a running group).
    ("(?:running|athletics|track|marathon|endurance|triathlon) coach|run coach|running club|entrenador\\w* de "
     "(?:atletismo|running)|lauftrainer\\w*|leichtathletiktrainer\\w*|entraineur\\w* dathletisme|coach running|"
     "treinador\\w* de (?:atletismo|corrida)|allenat\\w* di atletica",
     "running|jogging|marathons?|trail running|ultrarunning|athletics|track and field|correr|atletismo|course a pied|"
     "laufen|joggen|marathon|corrida|corsa|atletica"),
    # Drawing to an animator or an illustrator, museums to an Egyptologist or a curator (review sets 33-36: 'how did you
    # get started with drawing?' to a 2D animator states the obvious).
    ("animators?|animation artist|2d artist|illustrators?|cartoonists?|concept artist|storyboard artist|comic artist|"
     "animador\\w*|animateur\\w*|animatorin|trickfilmzeichner\\w*|illustrat\\w*|ilustrador\\w*|fumettist\\w*|dessinat\\w*",
     "drawing|sketching|illustration|doodling|urban sketching|comics|dibujo|dibujar|dessin|zeichnen|desenho|disegno"),
    ("egyptologist|archaeologist|archeologist|curator|museologist|museum (?:educator|director|registrar|conservator)|"
     "conservator|art historian|egiptolog\\w*|egyptolog\\w*|arqueolog\\w*|archeolog\\w*|archäolog\\w*|kurator\\w*|"
     "conservat\\w*|curador\\w*|museolog\\w*",
     "museums?|museos?|musees?|museen|museus?|musei|archaeology|archeology|egyptology|ancient egypt|ancient history|"
     "arqueologia|archeologie|archaologie|archeologia"),
    ("mountain guide|climbing (?:guide|instructor|coach)|route setter|alpinist\\w*|guia de (?:montana|escalada)|"
     "guide de haute montagne|moniteur descalade|bergfuhrer\\w*|kletterlehrer\\w*|klettertrainer\\w*|"
     "guida alpina|istruttore di arrampicata|guia de montanha",
     "climbing|rock climbing|bouldering|mountaineering|alpinism|escalada|escalade|alpinisme|klettern|bouldern|"
     "bergsteigen|arrampicata|alpinismo|montanismo"),
]
_PROFESSIONS = [(lazy(rf"\b(?:{titles})\b"), lazy(rf"^(?:{fields})$")) for titles, fields in _PROFESSION_FIELDS]
# Two words of one root ('architect', 'architecture'; 'photographer', 'photography') share this much at least.
_ROOT_LETTERS = 5
_ROOT_SHARE = 0.7


# What they say they are, in their own words ('Soy actriz y productora', 'I'm a data engineer'): a job title too.
_SAYS_THEY_ARE = lazy(r"(?i:\b(?:i'?m|i am|soy|sou|je suis|ich bin|sono)\s+(?:(?:an?|un|una|um|uma|une|ein|eine)\s+)?)"
                      r"([^\W\d_]+(?:[ -][^\W\d_]+)?)")


# A headline's first item, employer and all ('Director, Blue Reef Dive Centre'), before a '| Runner' of their own time.
_HEADLINE_ITEM_END = lazy(r"\s*[|•·/]\s*|\s+[-–—]\s+")
# The business their about says they run ('I run a dive centre in Dahab', 'we own a small winery'): their trade too.
_RUNS = lazy(r"(?i:\b(?:i|we) (?:run|own|founded|co-?founded|manage|direct|started|host) (?:a |an |the |my |our )?)"
             r"([^.!?\n,;]{3,60})")


# Words that make a part of a headline or an about's first line their leisure, not their trade.
_LEISURE = lazy(r"\b(?:weekends?|free time|spare time|hobb\w*|lov(?:e|er|es|ing)|enjoy\w*|enthusiast|fan|amateur|"
                r"by (?:night|dawn|evening|weekend)s?|"
                r"at heart|outside (?:of )?work|after hours|passionate about|aficionad[oa]|en mis ratos|le week-end|"
                r"am wochenende|nas horas vagas|nel tempo libero)\b", re.IGNORECASE)


def _work_words(them: Profile, *, employers: bool = True) -> str:
    """Their job titles, their current employers' names (a dive centre's business is diving), their headline's first
    item, what their about says they are or run, folded: what they do for a living. Without `employers`, no
    employer's name is in it, wherever it was said ('Account Director at Weber Shandwick' weaves nothing)."""
    titles = [job.title for job in them.experience if job.title]
    said = _SAYS_THEY_ARE.search(them.about or "")
    runs = _RUNS.search(them.about or "")
    # What they say they were ('Ex-ship's officer', 'former nurse'): a trade they left is theirs still.
    were = [found.group(1) for found in _WAS_ONCE.finditer(" ".join(filter(None, [them.headline, them.about])))]
    # The whole headline and the about's first sentence say what they do ('Backend engineer | Elixir, Phoenix'):
    # a thing named there is their trade, not a hobby or a tool to ask about (eighth review).
    # Not a part that says it is their leisure ('diver at weekends', 'I love baking and the theatre').
    about_first = re.split(r"(?<=[.!?])\s|\n", (them.about or "").strip(), maxsplit=1)[0][:300]
    parts = [*_HEADLINE_ITEM_END.split(them.headline or ""), about_first]
    trade = [part for i, part in enumerate(parts)
             if part and (i == 0 or not (_LEISURE.search(part) or _names_a_listed_interest(them, part)))]
    named = [company_name(job.company) for job in them.experience if job.company and job.end is None]
    work = " ".join(fold(text) for text in (*titles, *(named if employers else ()), *trade, *_what_they_teach(them),
                                            said.group(1) if said else None, runs.group(1) if runs else None,
                                            *were) if text)
    if not employers:
        for name in {fold(company_name(job.company)) for job in them.experience if job.company}:
            work = re.sub(rf"\b{re.escape(name)}\b", " ", work) if name.strip() else work
    return work


# Saying they coach, teach, guide or instruct others, in the languages we read ('I coach', 'entreno a', 'j'enseigne',
# 'ich trainiere', 'dou aulas de'). Not 'I train for', which is their own training.
_TEACHES = lazy(r"\b(?:i|we) (?:also )?(?:coach|teach|instruct|guide|train(?! for\b))\b|\b(?:i'm|i am) (?:an? )?\w* ?"
                r"(?:coach|instructor|teacher|guide)\b|\b(?:entreno|enseño|doy clases|dirijo (?:un|el) (?:grupo|club)|"
                r"j'entra[iî]ne|j'enseigne|je coache|je donne des cours|ich trainiere|ich unterrichte|ich coache|"
                r"ich leite (?:eine|einen|die|den) (?:gruppe|kurs|lauftreff|verein)|treino|ensino|dou aulas|alleno|insegno)\b",
                re.IGNORECASE)


# Where what they coach ends: a clause's end ('I'm an agile coach, and I run marathons' coaches no marathons).
_CLAUSE_END = lazy(r"[,;:.!?()]|\b(?:and|but|y|pero|et|mais|und|aber|e|mas|ma)\b", re.IGNORECASE)


def _what_they_teach(them: Profile) -> list[str]:
    """What their about says they coach, teach or guide ('I coach a running group on Tuesdays', 'I'm a climbing
    guide'), up to the clause's end: work they do, not a pastime to share (review set 26). Not a sentence about their
    time off ('I teach kids chess at weekends')."""
    out = []
    for sentence in re.split(r"(?<=[.!?])\s+|\n", them.about or ""):
        if speaks_of_leisure(sentence):
            continue
        for found in _TEACHES.finditer(sentence):
            rest = sentence[found.end():]
            end = _CLAUSE_END.search(rest)
            out.append(found.group(0) + rest[: end.start() if end else len(rest)])
    return out


# A trade they say they had: 'Ex-ship's officer', 'former paramedic', 'retired teacher'.
_WAS_ONCE = lazy(r"(?i:\b(?:ex-|ex |former |formerly an? |retired ))([^\W\d_][\w'’]*(?: [^\W\d_][\w'’]*)?)")


# Who does something ('runner', 'cyclist', 'climber', 'marathoner'): a headline item that names a person at a pastime.
_DOER = lazy(r"[^\W\d_]{3,}(?:er|ist|or|ian)\b")


def _names_a_listed_interest(them: Profile, part: str) -> bool:
    """True for a later headline item that names an interest they list ('Chartered Accountant | Marathon runner' of
    someone who lists 'Marathons'): their own time beside their trade, not a second trade."""
    if not _DOER.search(fold(part)):
        return False  # 'Data Scientist | Machine Learning': a subject of their trade, not someone who does a pastime
    words = {_stem(word) for word in re.findall(r"[^\W\d_]+", fold(part))}
    # Every word of the interest, not one they share ('Marine mammal rescue' is no 'Marine conservation').
    return any((named := re.findall(r"[^\W\d_]{4,}", fold(interest or ""))) and all(_stem(w) in words for w in named)
               for interest in them.interests)


# Endings that make one word of a trade into another ('diving', 'diver', 'dive'; 'interviewing', 'interviewer').
_ENDINGS = ("ography", "ographer", "ers", "er", "ing", "ed", "es", "s", "e", "ists", "ist", "y")
_MIN_STEM = 3
# A compound that opens with the thing ('winemaker' for wine, 'divemaster' for diving) names it when it is this long.
_MIN_COMPOUND_HEAD = 4


def _stem(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
            return word[: -len(ending)]
    return word


def _same_root(a: str, b: str) -> bool:
    shared = len(os.path.commonprefix([a, b]))
    if a == b or (shared >= _ROOT_LETTERS and shared >= _ROOT_SHARE * min(len(a), len(b))):
        return True
    stem_a, stem_b = _stem(a), _stem(b)
    return (stem_a == stem_b and len(stem_a) >= _MIN_STEM) or (
        len(stem_a) >= _MIN_COMPOUND_HEAD and len(b) > len(a) and b.startswith(stem_a) and len(b) - len(stem_a) >= 4)


def is_their_profession(them: Profile, *names: str) -> bool:
    """True when the thing is what they do for a living, by their job titles or their headline's role: an
    architect's 'Architecture', a CFO's 'IFRS', a pastry chef's 'baking', an actress's 'theatre', a Python
    developer's 'Python'. Such a thing is not a pastime you share nor a tool to ask 'what do you use it for'."""
    work = _work_words(them)
    if not work:
        return False
    work_words = set(WORDS.findall(work))
    trade = _work_words(them, employers=False)
    for name in {fold(name).strip() for name in names if name}:
        words = [w for w in WORDS.findall(name) if len(w) >= 3] or WORDS.findall(name)
        if words and all(any(_same_root(w, mine) for mine in work_words) for w in words):
            return True
        # 'Scuba diving' to the director of a dive centre: the thing's last word, its head, is their trade.
        if len(words) > 1 and len(words[-1]) >= _ROOT_LETTERS and any(_same_root(words[-1], mine) for mine in work_words):
            return True
        # 'Elasticsearch' to a search engineer: a tool named after their trade's word, which ends it.
        if len(words) == 1 and any(len(mine) >= _ROOT_LETTERS and words[0] != mine and words[0].endswith(mine)
                                   for mine in work_words):
            return True
        # A trade's word in an employer's name is no trade ('Weber Shandwick', 'Carpenter Technology').
        if any(titles.search(trade) and fields.match(name) for titles, fields in _PROFESSIONS):
            return True
    return False


# Words too broad to tie a thing to a field by themselves ('Public speaking' and 'Public health').
_BROAD_WORDS = frozenset(fold(w) for w in (
    "public global social international digital local national general human modern young youth women people "
    "community world mundial mondiale global management development services service systems mondial sociale "
    "social publique publica publico öffentlich pública público").split())
# A part of their headline or about that is their time off ('Weekends: climbing', 'I play cello in an orchestra').
# "We keep…" and "we grow…" speak of a business far more often than "I keep bees" does, so those verbs want an "I".
_PASTIME = lazy(r"\b(?:i|we) (?:also |still )?(?:play|sing|climb|paint|ride|cycle|dance|bake|knit|hike|swim|surf|sail|ski|"
                r"dive|brew|draw|garden|volunteer)\b|\bi (?:also |still )?(?:keep|grow|fish|cook|collect|row|jog|sew|crochet|"
                r"skate)\b|"
                r"\b(?:i'm|i am) an? (?:keen|avid)\b|\b(?:off the clock|when i'm not|after work|evenings|"
                r"(?:father|mother|dad|mum|mom|parent) of)\b|vapaa-ajalla|på fritiden|in mijn vrije tijd|i min fritid",
                re.IGNORECASE)


def speaks_of_leisure(text: str) -> bool:
    """True when a sentence speaks of their time off ('weekends on my bike', 'I play cello in a community orchestra',
    'in my spare time'): a hobby read from it is theirs. A hobby read from a sentence about their work or hiring
    ('we put women behind the camera', 'the education visitors we get') is not (review 7)."""
    if _HELPS_OTHERS.search(text or "") and not _OFF_TIME.search(text or ""):
        # 'I help developers fall in love with databases' says what they do for others, at work: its 'love' is no
        # time off (main review set: a developer advocate asked how they got into databases).
        return False
    return bool(_LEISURE.search(text or "") or _PASTIME.search(text or ""))


# What someone does for others, as work ('I help founders…', 'we help teams…', 'helping clinics…').
_HELPS_OTHERS = lazy(r"\b(?:(?:i|we) help|helping|ayudo a|ayudamos a|j'aide|nous aidons|ich helfe|wir helfen|ajudo|"
                     r"ajudamos|aiuto|aiutiamo)\b", re.IGNORECASE)
# Words that place a sentence in time off, whatever else it says.
_OFF_TIME = lazy(r"\b(?:weekends?|free time|spare time|hobb\w*|outside (?:of )?work|after hours|en mis ratos|le week-end|"
                 r"am wochenende|nas horas vagas|nel tempo libero)\b", re.IGNORECASE)


# An about sentence that says what they do for a living ('I design clothes with 14 artisans', 'Yard planner by day').
_WORK_SENTENCE = lazy(r"\b(?:i (?:design|build|run|lead|manage|founded|co-?founded|make|teach|work (?:on|with|as|in|at))|"
                      r"for a living|by day|my (?:job|work|team|company|studio|atelier)|our (?:team|company|studio|clients))\b",
                      re.IGNORECASE)


def _field_words(them: Profile) -> set[str]:
    """Every word of what they work in: the whole headline, job titles, employers (a fashion week they worked for
    says fashion is their trade), listed skills, fields of study and the about's sentences, leaving out the parts
    that speak of their time off or name a pastime they list."""
    sentences = re.split(r"(?<=[.!?])\s|\n", (them.about or "").strip())
    about = sentences[:1] + [sentence for sentence in sentences[1:] if _WORK_SENTENCE.search(sentence)
                             and not _names_a_listed_interest(them, sentence)]
    headline = [item for i, item in enumerate(_HEADLINE_ITEM_END.split(them.headline or ""))
                if i == 0 or not _names_a_listed_interest(them, item)]  # '… | Marathon runner' of who lists Marathons
    parts = [*headline, *about, *them.skills,
             *(job.title or "" for job in them.experience), *(edu.field or "" for edu in them.education),
             *(company_name(job.company) for job in them.experience if job.company)]
    return {word for part in parts if part and not speaks_of_leisure(part) for word in WORDS.findall(fold(part))}


def is_in_their_field(them: Profile, *names: str) -> bool:
    """True when a word of the thing is a word of their field ('Marine conservation' to a vet whose headline says
    'marine wildlife rehab', 'Santé mondiale' to who studied 'Santé publique'): asking how they got into it asks
    them to explain their own field, and reads as not having read their profile (review 7). Broader than
    is_their_profession, which needs the whole thing to be their trade; only for the 'how did you get into it?'
    questions, where a false alarm costs one starter and a miss reads as unread."""
    if is_their_profession(them, *names):
        return True
    field = {word for word in _field_words(them) if len(word) >= _ROOT_LETTERS}
    for name in names:
        for word in WORDS.findall(fold(name or "")):
            if len(word) >= _ROOT_LETTERS and word not in _BROAD_WORDS and any(_same_root(word, f) for f in field):
                return True
    return False


def _span(start: str | None, end: str | None, now: datetime, ongoing: bool) -> tuple[int, int, int, int] | None:
    """(earliest start, latest start, earliest end, latest end) in months; an open end is now when `ongoing`
    (a job without an end is current), else unknown (a school without an end says nothing of when they left)."""
    began = months(start)
    if began is None:
        return None
    if end is None or not end.strip():
        if not ongoing:
            return None
        this_month = month_index(now)
        return began[0], began[1], this_month, this_month
    ended = months(end)
    return None if ended is None else (began[0], began[1], ended[0], ended[1])


def were_there_together(me: Profile, them: Profile, kind: str, mine: str, theirs: str, now: datetime) -> bool:
    """True only when the dates surely overlap: a school or an employer ('we were at X at the same time')."""
    together = months_together(me, them, kind, mine, theirs, now)
    return together is not None and together >= 0


def months_together(me: Profile, them: Profile, kind: str, mine: str, theirs: str, now: datetime) -> int | None:
    """How many months you were surely both at a school or an employer (negative when apart; None without dates).

    Dates are read as conservatively as they may be meant: '2019' may be any month of 2019, so leaving in
    '2019' and joining in '2019' is not surely the same time; a missing start, or a school without an end, is
    no overlap at all."""
    def spans(profile: Profile, wording: str) -> list[tuple[int, int, int, int]]:
        out = []
        if kind == "school":
            for edu in profile.education:
                if edu.school and fold(edu.school) == fold(wording):
                    out.append(_span(edu.start, edu.end, now, ongoing=False))
        else:
            for job in profile.experience:
                if job.company and (fold(job.company) == fold(wording) or same_company(job.company, wording)):
                    out.append(_span(job.start, job.end, now, ongoing=True))
        return [span for span in out if span is not None]

    # The latest either may have started is no later than the earliest either may have left.
    together = [min(a[2], b[2]) - max(a[1], b[1]) for a in spans(me, mine) for b in spans(them, theirs)]
    return max(together) if together else None


# ---------------------------------------------------------------- register: how a junior greets a senior

# A professor's title in their name or role ('Prof. Dr. Stefan Huber', 'Professor of Neurology', 'Univ.-Prof.');
# a doctor's ('Dr. Ana Ruiz', 'Ana Ruiz, PhD'). An assistant or associate professor is addressed as Professor too,
# as English letters do.
_PROFESSOR = lazy(r"(?:^|[\s.(-])(?:prof(?:essor|essora|esseur|\.)|prof(?=\s)|profa\.?|univ\.-prof\.?)", re.IGNORECASE)
_DOCTOR = lazy(r"(?:^|\s)(?:dr|dra|dre|doctor|docteure?|doktor)\.?(?=[\s.-]|$)|,\s*(?:ph\.?\s?d|md|dphil|dr)\b", re.IGNORECASE)
# Where a doctor's title is part of how a stranger is addressed (German-speaking countries, review set 18): elsewhere
# 'Hi Eleanor' to a Dr from a trainee was sendable for every reviewer (review sets 8 and 10).
_TITLED_COUNTRIES = frozenset({"AT", "DE", "CH", "LI"})
# The words of a name that name no one: titles, credentials.
_NAME_TITLE = lazy(r"^(?:prof|professor|profa|dr|dra|dre|mr|mrs|ms|mx|univ|ing|mag|dipl|med|phd|ph|md|mba|dphil|"
                   r"msc|ma|ba|bsc|rn|cpa|pe|fcca|frcs|frcp|mrcp|san|qc|kc|sc|jr|sr|ii|iii)$", re.IGNORECASE)


# A student, an intern, a trainee, a junior, an aspiring one, as a headline or a title says it: who writes to a
# senior stranger formally, and who faces a trainee's ad as its candidate.
EARLY_CAREER_WORDS = (r"student\w*|studying|undergrad\w*|intern|trainee|junior|aspiring|apprentice|entry[- ]level|"
                      r"estudiante|étudiant\w*|estudante|studente")
_EARLY_CAREER = lazy(rf"\b(?:{EARLY_CAREER_WORDS})\b", re.IGNORECASE)


def says_early_career(me: Profile, words: LazyPattern = _EARLY_CAREER) -> bool:
    """True when their headline or current title says they are early in their career (in `words`, which a caller
    composes from EARLY_CAREER_WORDS when it counts more as such)."""
    job = current_job(me)
    return bool(words.search(" ".join(filter(None, [me.headline, job.title if job else None]))))


def studies_now(me: Profile, now: datetime) -> bool:
    """True when a school on their page dates their studies to end no earlier than this month."""
    return any((end := months(edu.end)) is not None and end[1] >= month_index(now) for edu in me.education)


def _family_name(them: Profile) -> str | None:
    """The words of their name after the one greeted as their first name, titles and credentials left out
    ('Prof. Dr. Stefan Huber' → 'Huber'; 'María de la Cruz, PhD' → 'de la Cruz'); None when there is none."""
    given = first_name(them)
    words = [w for w in re.split(r"[\s,]+", them.name or "") if w]
    kept = [w for w in words if not _NAME_TITLE.match(w.replace(".", "").replace("-", ""))]
    if given not in kept:
        return None
    family = [w for w in kept[kept.index(given) + 1:] if re.fullmatch(r"[^\W\d_][\w'’-]*", w)]
    return " ".join(family) or None


def formal_address(me: Profile, them: Profile, now: datetime) -> str | None:
    """How a student or a junior greets a professor ('Professor Huber'), or a doctor where the title is how a stranger
    is addressed ('Dr Huber' in Austria); None when the register does not call for it (a peer, a senior writing down,
    no title shown, a Dr in Leeds). 'Hi Stefan' from a medical student to a Prof. Dr. head of unit was the wrong tone
    for each reviewer (review set 18); 'Hi Eleanor' from a trainee to a Dr in England was sendable (review set 8)."""
    job = current_job(me)
    if not (says_early_career(me) or (studies_now(me, now) and not (job and job.title))):
        return None
    their_job = current_job(them)
    role = " ".join(filter(None, [them.headline, their_job.title if their_job else None]))
    family = _family_name(them)
    if _PROFESSOR.search(them.name or "") or re.search(r"\bprofessor\b", role, re.IGNORECASE):
        return f"Professor {family}" if family else None
    place = resolve_place(them.location) if them.location else None
    if _DOCTOR.search(them.name or "") and place is not None and place.country in _TITLED_COUNTRIES:
        return f"Dr {family}" if family else None
    return None
