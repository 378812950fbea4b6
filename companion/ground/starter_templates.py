"""The words of the conversation starters: one template per kind of opener and language, and how each names its
evidence. Apart from the rules that choose them (starters.py), so that either reads on its own.

Every template passes the send guard as written (tests/test_starters.py checks it), asks one question or makes
one offer, and never pitches.
"""

from __future__ import annotations

import re
import unicodedata

from companion.ground.lazy_regex import lazy

# One template per kind of opener and language. {first}: their first name; {thing}: the shared thing in
# their words where short, else its name; {quote}: their own words; {before}/{after}: a career move's employers.
TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        "school": "Hi {first}, I noticed we both went to {thing}. What do you remember best from your time there?",
        "school-same-time": "Hi {first}, I just realised we overlapped at {thing}. What were you studying there?",
        "school-same-time-known": "Hi {first}, I just realised we overlapped at {thing}. What do you remember best from those years?",
        "school-student": "Hi {first}, I noticed we both went to {thing}, and you're there now. What are you enjoying most about it?",
        # Both there now: never 'we both went to' (review sets 46-47).
        "school-both-now": "Hi {first}, I noticed we're both at {thing} at the moment. What are you enjoying most about it?",
        # One cohort (the same years there): they may well know each other, so no 'I just realised we overlapped'.
        "school-classmates": "Hi {first}, fellow {thing} class of {year} here! What have you been up to since?",
        # Their page says what they have been up to since (a current job): asked about that (review sets 33-36:
        # 'what have you been up to since?' refused when their profile answers it).
        "school-classmates-now": "Hi {first}, fellow {thing} class of {year} here! I see you're at {company} now. How are you finding it?",
        "school-classmates-work": "Hi {first}, fellow {thing} class of {year} here! What are you working on at {company} these days?",
        "employer": "Hi {first}, I noticed we've both worked at {thing}. What's the project from your time there you're proudest of?",
        "employer-i-interned": "Hi {first}, I noticed you worked at {thing}, where I interned. What's the project from your time there you're proudest of?",
        "employer-same-time": "Hi {first}, it looks like we were at {thing} at the same time. Which team were you on?",
        "employer-same-time-known": "Hi {first}, it looks like we were at {thing} at the same time. What do you remember best from those years?",
        "employer-now": "Hi {first}, I noticed we're both at {thing} now. Which team are you on?",
        "interest": "Hi {first}, I saw you're into {thing} too. How did you get started, and what keeps you at it?",
        # Both titles say one line of work, both live in one metro (mend 38; English only: the title's words are
        # not translated, and a gendered 'colega'/'collègue' is guessed from no page).
        # A race their fresh post says they finished, a pastime you share (mend 38; English only: races are read
        # from English posts); the sender's own race only from the sender's own post.
        "feat-shared": "Hi {first}, congratulations on the {thing}! How did you train for it?",
        "feat-shared-mine": "Hi {first}, congratulations on the {thing}! I ran the {mine} in {month}. How did you train for it?",
        "place-work": "Hi {first}, fellow {thing} in {place} here! What are you working on at {company} these days?",
        # Where their page names no company (mend 43: the line was patched after rendering).
        "place-work-here": "Hi {first}, fellow {thing} in {place} here! What are you working on these days?",
        # The question a kind of interest gets beside the practice question (starters.interest_kind): one follows
        # a team, listens to a genre.
        "interest-follow": "Hi {first}, I see you follow {thing} too. Who are you backing this season?",
        "interest-listen": "Hi {first}, I saw you're into {thing} too. Any recent favourites?",
        "interest-enjoy": "Hi {first}, I saw you're into {thing} too. Any recent favourites?",
        "cause": "Hi {first}, I noticed you care about {thing} as well. What first got you involved?",
        "topic": "Hi {first}, we seem to think about {thing} a lot, both of us. Which part of it has your attention at the moment?",
        "skill": "Hi {first}, I see {thing} is part of your work too. What are you using it for these days?",
        "skill-origin": "Hi {first}, I noticed {thing} is among your skills too. How did you first get into it?",
        # A rare tool both list, from one practitioner to another: what only they can answer, never what their page
        # says ('what are you using it for?' and 'how did you get into it?' were retired as obvious). Newcomer 5, item 1.
        "skill-peer": "Hi {first}, I've worked with {thing} too. What's one thing about it you wish you'd known when you started?",
        # A rare cause both list (not their trade): asked for a lead, never 'what got you involved?', which listing a
        # cause does not show they are.
        "cause-peer": "Hi {first}, I see we both list {thing} among the causes we care about. Is there an organisation or project in that area you'd recommend?",
        "group": "Hi {first}, I saw you've volunteered with {thing} too. What kind of work did you do with them?",
        "their-topic": "Hi {first}, I see you write about {thing}. What's the question about it you keep coming back to?",
        "career-move": "Hi {first}, I noticed you moved from {before} to {after}. What's been the biggest difference between the two?",
        "career-return": "Hi {first}, I noticed you went back to {after} after your time at {before}. What brought you back?",
        "post-talk": "Hi {first}, I saw {talk}. What did the audience ask you about most?",
        "post-poster": "Hi {first}, I saw {talk}. What did people ask you about most?",
        "post-talk-mine": "Hi {first}, I saw {talk}. It's close to my own work on {mine}: what did the audience ask you about most?",
        # A talk still to come (mend 37): wished luck, and asked what only the speaker knows yet. English only: the
        # talk is read from English posts alone (post_reading.talk_to_come).
        "post-talk-upcoming": "Hi {first}, good luck with your talk at {event}{when}! What do you most hope people take away from it?",
        "career-change": "Hi {first}, I noticed you moved from {before} to {after}. What from your previous role has helped you most since?",
        "their-place-studied": "Hi {first}, I see you're in {place}, where I studied. How do you find it these days?",
        "follows": "Hi {first}, I see we're both interested in {thing}. How did you get into it?",
        "post": "Hi {first}, your recent post (\u201c{quote}\u201d) stayed with me. What prompted it?",
        "post-undated": "Hi {first}, your post (\u201c{quote}\u201d) stayed with me. What prompted it?",
        "post-shared": "Hi {first}, the post you shared (\u201c{quote}\u201d) stayed with me. What made you share it?",
        "offer-help": "Hi {first}, I saw you mentioned \u201c{quote}\u201d. If it would help, I'm happy to think about who I know and introduce you to someone.",
        "offer-help-shared": "Hi {first}, I saw you shared \u201c{quote}\u201d. If it would help, I'm happy to think about who I know and introduce you to someone.",
        "offer-experience": "Hi {first}, I saw your question (\u201c{quote}\u201d). It's close to my own work on {mine}, so I'm happy to share what I've found useful, if it helps.",
        # What they ask for is the sender's own work (a surtitle translator asked for, by a surtitle translator).
        "offer-self": "Hi {first}, I saw you mentioned \u201c{quote}\u201d. That's my own line of work, so I'd gladly help if I can.",
        "compliment-about": "Hi {first}, I liked the way you describe your work: \u201c{quote}\u201d. What are you enjoying working on at the moment?",
        "employer-they-stay": "Hi {first}, I see you're at {thing}, where I used to work. What's it like there these days?",
        "employer-same-time-they-stay": "Hi {first}, it looks like we were at {thing} at the same time, and you're still there. What has changed most since then?",
        "employer-i-stay": "Hi {first}, I see you were at {thing}, where I work now. What's the project from your time there you're proudest of?",
        # Their job at the employer you shared just ended by their own choice (a goodbye, a break they take; mend 41): each
        # side's years said, no 'at the same time', and no 'proudest project' that ignores the news. English only.
        "employer-passed-through": "Hi {first}, I see we both passed through {thing} ({theirs} for you, {mine} for me). What was your team working on then?",
        "employer-passed-through-i-stay": "Hi {first}, I see you were at {thing} ({theirs}), where I still work. What was your team working on then?",
        "post-achievement": "Hi {first}, congratulations {news}! What was the hardest part to get right?",
        "post-achievement-told": "Hi {first}, congratulations {news}! What comes next for it?",
        "post-achievement-won": "Hi {first}, congratulations {news}! What did it take?",
        "post-nominated": "Hi {first}, congratulations {news}! Fingers crossed for you.",
        "post-talk-accepted": "Hi {first}, congratulations {news}! What do you most hope people take away from it?",
        "post-milestone": "Hi {first}, congratulations (“{quote}”)! What has surprised you most along the way?",
        "post-milestone-team": "Hi {first}, congratulations to you and the team {news}! What's next for you all?",
        "post-story": "Hi {first}, I enjoyed your recent post (“{quote}”). What has surprised you most about it?",
        "post-story-undated": "Hi {first}, I enjoyed your post (“{quote}”). What has surprised you most about it?",
        "post-recommendation": "Hi {first}, thanks for the tip in your post (“{quote}”). Is there anything else you'd recommend in the same vein?",
        # A view they argue, fresh and their own: asked where they have seen it hold, which only they can answer (not
        # 'what prompted it?', retired: the post says why).
        "post-view": "Hi {first}, I read your post (“{quote}”). Where have you seen that play out most clearly?",
        "post-question": "Hi {first}, I saw your question (“{quote}”). What have people told you so far?",
        "post-news": "Hi {first}, I saw your post (“{quote}”). What's your own take on it?",
        "post-new-role": "Hi {first}, congratulations {news}! What are you most looking forward to?",
        "post-new-role-named": "Hi {first}, congratulations on your new role at {named}! What are you most looking forward to?",
        "post-achievement-named": "Hi {first}, congratulations on “{named}”! What was the hardest part to get right?",
        # A job their page lists as beginning later: congratulated as upcoming, never as a move made (review set 32).
        "career-upcoming": "Hi {first}, congratulations on your new role at {after}, starting in {month}! What are you most looking forward to?",
        # Joining where the sender works: said as a colleague-to-be, never a stranger's congratulation (review set 37).
        "career-upcoming-ours": "Hi {first}, I saw you're joining us at {after} in {month}, welcome!",
        # A practice or company of their own to begin: a venture, not a role (review set 42: 'your new role at' the
        # firm they found was refused). English only; elsewhere no line.
        # Not "congratulations on starting X" before it starts (a blind reviewer: a move that has not happened yet).
        "career-upcoming-venture": "Hi {first}, I saw you're starting {after} in {month}. What are you most looking forward to?",
        # The venture they founded and run, to a stranger with nothing better to open on (mend 40; English only):
        # what only the founder can tell, with the job they left for it where the dates say so.
        "venture-after": "Hi {first}, what made you start {after} after your time at {before}?",
        "venture": "Hi {first}, what got {after} started?",
        # A meetup, user group, community, conference or podcast they organise or host now, to a stranger with nothing
        # better to open on (mend 42; English only): what the one who runs it can tell, never their work stated as fact.
        "community": "Hi {first}, how did {event} get going?",
        "community-conference": "Hi {first}, what goes into putting {event} together?",
        "community-podcast": "Hi {first}, what's been your favourite episode of {event} to make so far?",
        # Their own work, to a stranger with nothing better to open on (mend 50; English only): a mentoring role they
        # hold now, the course they say they teach (asked about their learners, the thing only they see), or a change
        # of craft their jobs show. Asked, never told back as praise.
        "mentoring": "Hi {first}, what got you mentoring at {named}?",
        "teaching-learners": "Hi {first}, what do people on your {thing} find hardest these days?",
        "craft-change": "Hi {first}, what drew you from {before} to {after}?",
    },
    "es": {
        "school": "Hola {first}, he visto que tú también estudiaste en {thing}. ¿Qué es lo que más echas de menos de aquella época?",
        "school-same-time": "Hola {first}, acabo de darme cuenta de que coincidimos en {thing}. ¿Qué estudiabas allí?",
        "school-same-time-known": "Hola {first}, acabo de darme cuenta de que coincidimos en {thing}. ¿Qué recuerdas con más cariño de aquellos años?",
        "school-student": "Hola {first}, he visto que estudias en {thing}, donde estudié yo. ¿Qué es lo que más estás disfrutando?",
        "school-both-now": "Hola {first}, he visto que estás en {thing}, igual que yo ahora mismo. ¿Qué es lo que más estás disfrutando?",
        "employer": "Hola {first}, he visto que tú también has trabajado en {thing}. ¿De qué proyecto de aquella etapa guardas mejor recuerdo?",
        "employer-same-time": "Hola {first}, parece que coincidimos en {thing}. ¿En qué equipo estabas?",
        "employer-same-time-known": "Hola {first}, parece que coincidimos en {thing}. ¿Qué recuerdas con más cariño de aquellos años?",
        "employer-now": "Hola {first}, he visto que tú también estás ahora en {thing}. ¿En qué equipo estás?",
        "interest": "Hola {first}, he visto que compartimos la afición por {thing}. ¿Cómo empezaste?",
        "cause": "Hola {first}, he visto que nos importa la misma causa: {thing}. ¿Qué te llevó a implicarte?",
        "topic": "Hola {first}, parece que tú también piensas mucho en {thing}. ¿Qué parte del tema te ocupa más ahora mismo?",
        "skill": "Hola {first}, veo que {thing} también forma parte de tu trabajo. ¿Para qué lo estás usando ahora?",
        "skill-origin": "Hola {first}, he visto que {thing} también está entre tus habilidades. ¿Cómo empezaste con ello?",
        "group": "Hola {first}, he visto que tú también has colaborado con {thing}. ¿Qué hacías con ellos?",
        "their-topic": "Hola {first}, veo que escribes sobre {thing}. ¿Cuál es la pregunta sobre el tema a la que siempre vuelves?",
        "career-move": "Hola {first}, vi que pasaste de {before} a {after}. ¿Qué es lo más distinto en el día a día?",
        "career-return": "Hola {first}, vi que volviste a {after} después de tu etapa en {before}. ¿Qué te hizo volver?",
        "post-talk": "Hola {first}, vi {talk}. ¿Qué fue lo que más te preguntó el público?",
        "post-poster": "Hola {first}, vi {talk}. ¿Qué fue lo que más te preguntó la gente?",
        "post-talk-mine": "Hola {first}, vi {talk}. Es parte de mi trabajo: ¿qué fue lo que más te preguntó el público?",
        "career-change": "Hola {first}, vi que pasaste de {before} a {after}. ¿Qué es lo que más te ha servido de tu puesto anterior?",
        # The venture they founded, to a stranger with nothing better to open on (mends 40 and 43).
        "venture-after": "Hola {first}, ¿qué te llevó a fundar {after} después de tu etapa en {before}?",
        "venture": "Hola {first}, ¿cómo empezó {after}?",
        "their-place-studied": "Hola {first}, veo que vives en {place}, donde yo estudié. ¿Qué tal se vive allí hoy en día?",
        "follows": "Hola {first}, he visto que compartimos el interés por {thing}. ¿Cómo empezó el tuyo?",
        "interest-follow": "Hola {first}, he visto que tú también sigues {thing}. ¿Con qué equipo vas esta temporada?",
        "interest-listen": "Hola {first}, he visto que tú también escuchas {thing}. ¿Algún descubrimiento reciente que me recomiendes?",
        "post": "Hola {first}, tu publicación reciente (\u201c{quote}\u201d) se me quedó en la cabeza. ¿Qué te llevó a escribirla?",
        "post-undated": "Hola {first}, tu publicación (\u201c{quote}\u201d) se me quedó en la cabeza. ¿Qué te llevó a escribirla?",
        "post-shared": "Hola {first}, la publicación que compartiste (\u201c{quote}\u201d) se me quedó en la cabeza. ¿Qué te llevó a compartirla?",
        "offer-help": "Hola {first}, vi que mencionabas \u201c{quote}\u201d. Si te sirve, puedo pensar en quién conozco y presentarte a alguien.",
        "offer-help-shared": "Hola {first}, vi que compartiste \u201c{quote}\u201d. Si te sirve, puedo pensar en quién conozco y presentarte a alguien.",
        "offer-experience": "Hola {first}, vi tu pregunta (\u201c{quote}\u201d). Es parte de mi trabajo, así que con gusto te cuento lo que me ha resultado útil, si te sirve.",
        "compliment-about": "Hola {first}, me gustó cómo describes tu trabajo: \u201c{quote}\u201d. ¿Con qué proyecto estás disfrutando estos días?",
        "employer-they-stay": "Hola {first}, veo que estás en {thing}, donde trabajé antes. ¿Qué tal es trabajar allí hoy en día?",
        "employer-same-time-they-stay": "Hola {first}, parece que coincidimos en {thing}, y tú sigues allí. ¿Qué es lo que más ha cambiado desde entonces?",
        "employer-i-stay": "Hola {first}, he visto que trabajaste en {thing}, donde trabajo ahora. ¿De qué proyecto de aquella etapa guardas mejor recuerdo?",
        "post-achievement": "Hola {first}, ¡enhorabuena {news}! ¿Qué fue lo más difícil de conseguir?",
        "post-achievement-told": "Hola {first}, ¡enhorabuena {news}! ¿Qué viene ahora?",
        "post-achievement-won": "Hola {first}, ¡enhorabuena {news}! ¿Qué hizo falta para lograrlo?",
        "post-nominated": "Hola {first}, ¡enhorabuena {news}! Mucha suerte.",
        "post-milestone": "Hola {first}, ¡enhorabuena (“{quote}”)! ¿Qué es lo que más te ha sorprendido por el camino?",
        "post-milestone-team": "Hola {first}, ¡enhorabuena a ti y a todo el equipo {news}! ¿Qué es lo próximo para el equipo?",
        "post-story": "Hola {first}, me gustó tu publicación reciente (“{quote}”). ¿Qué es lo que más te ha sorprendido?",
        "post-story-undated": "Hola {first}, me gustó tu publicación (“{quote}”). ¿Qué es lo que más te ha sorprendido?",
        "post-recommendation": "Hola {first}, gracias por la recomendación de tu publicación (“{quote}”). ¿Hay algo más en la misma línea que recomendarías?",
        "post-view": "Hola {first}, leí tu publicación (“{quote}”). ¿Dónde lo has visto con más claridad en la práctica?",
        "post-question": "Hola {first}, vi tu pregunta (“{quote}”). ¿Qué te han contestado hasta ahora?",
        "post-news": "Hola {first}, vi tu publicación (“{quote}”). ¿Qué opinas tú del tema?",
        "post-new-role": "Hola {first}, ¡enhorabuena {news}! ¿Qué es lo que más ilusión te hace?",
        "post-new-role-named": "Hola {first}, ¡enhorabuena por el nuevo puesto en {named}! ¿Qué es lo que más ilusión te hace?",
        "post-achievement-named": "Hola {first}, ¡enhorabuena por «{named}»! ¿Qué fue lo más difícil de conseguir?",
        # No month in Spanish: the guard reads "a partir de febrero" as an offer's terms (blocked for 40 of 120 names and months).
        "career-upcoming": "Hola {first}, ¡enhorabuena por el nuevo puesto en {after} que vas a empezar! ¿Qué es lo que más ilusión te hace?",
        "career-upcoming-ours": "Hola {first}, he visto que te incorporas a {after} en {month}. ¡Te damos la bienvenida!",
    },
    "fr": {
        "school": "Bonjour {first}, j'ai vu que {thing} fait partie de votre parcours, comme du mien. Quel souvenir en gardez-vous ?",
        "school-same-time": "Bonjour {first}, je viens de réaliser que nous étions à {thing} en même temps. Qu'y étudiiez-vous ?",
        "school-same-time-known": "Bonjour {first}, je viens de réaliser que nous étions à {thing} en même temps. Quel souvenir gardez-vous de ces années ?",
        "school-student": "Bonjour {first}, j'ai vu que {thing} fait partie de votre parcours, comme du mien, et que vous y êtes encore. Qu'est-ce qui vous plaît le plus là-bas ?",
        "employer": "Bonjour {first}, j'ai vu que {thing} fait partie de votre parcours, comme du mien. Quel projet de cette époque vous a marqué ?",
        "employer-same-time": "Bonjour {first}, on dirait qu'on était chez {thing} à la même époque. Vous étiez dans quelle équipe ?",
        "employer-same-time-known": "Bonjour {first}, on dirait qu'on était chez {thing} à la même époque. Quel souvenir gardez-vous de ces années ?",
        "employer-now": "Bonjour {first}, je vois que vous êtes chez {thing} en ce moment, comme moi. Dans quelle équipe êtes-vous ?",
        "interest": "Bonjour {first}, j'ai vu que nous avons une passion en commun : {thing}. Comment avez-vous commencé ?",
        "cause": "Bonjour {first}, je vois que nous tenons à la même cause : {thing}. Comment avez-vous commencé à vous engager ?",
        "topic": "Bonjour {first}, vous semblez beaucoup réfléchir à {thing}, comme moi. Quel aspect vous occupe le plus en ce moment ?",
        "skill": "Bonjour {first}, je vois que {thing} fait aussi partie de votre travail. À quoi l'utilisez-vous en ce moment ?",
        "skill-origin": "Bonjour {first}, j'ai vu que {thing} fait aussi partie de vos compétences. Comment avez-vous commencé ?",
        "group": "Bonjour {first}, j'ai vu votre engagement bénévole chez {thing}, qui compte aussi pour moi. Quel était votre rôle là-bas ?",
        "their-topic": "Bonjour {first}, je vois que vous écrivez sur {thing}. Quelle est la question à laquelle vous revenez toujours ?",
        "career-move": "Bonjour {first}, j'ai vu votre passage de {before} à {after}. Qu'est-ce qui est le plus différent au quotidien ?",
        "career-return": "Bonjour {first}, j'ai vu votre retour chez {after} après votre passage chez {before}. Qu'est-ce qui vous a donné envie d'y revenir ?",
        "post-talk": "Bonjour {first}, j'ai vu {talk}. Sur quoi le public vous a-t-il le plus interrogé ?",
        "post-poster": "Bonjour {first}, j'ai vu {talk}. Sur quoi les gens vous ont-ils le plus interrogé ?",
        "post-talk-mine": "Bonjour {first}, j'ai vu {talk}. C'est proche de mon propre travail : sur quoi le public vous a-t-il le plus interrogé ?",
        "career-change": "Bonjour {first}, j'ai vu votre passage de {before} à {after}. Qu'est-ce que votre poste précédent vous apporte le plus aujourd'hui ?",
        # The venture they founded, to a stranger with nothing better to open on (mends 40 and 43).
        "venture-after": "Bonjour {first}, qu'est-ce qui vous a donné envie de lancer {after} après votre passage chez {before} ?",
        "venture": "Bonjour {first}, qu'est-ce qui vous a donné envie de lancer {after} ?",
        "their-place-studied": "Bonjour {first}, je vois que vous êtes à {place}, où j'ai fait mes études. Comment la trouvez-vous aujourd'hui ?",
        "follows": "Bonjour {first}, j'ai vu que nous avons une passion en commun : {thing}. D'où vous vient cet intérêt ?",
        "interest-follow": "Bonjour {first}, j'ai vu que nous avons une passion en commun : {thing}. Quelle équipe soutenez-vous cette saison ?",
        "interest-listen": "Bonjour {first}, j'ai vu que nous avons une passion en commun : {thing}. Des coups de cœur récents à partager ?",
        "interest-enjoy": "Bonjour {first}, j'ai vu que nous avons une passion en commun : {thing}. Des coups de cœur récents à partager ?",
        "post": "Bonjour {first}, votre publication récente (\u00ab {quote} \u00bb) m'est restée en tête. Qu'est-ce qui vous a donné envie de l'écrire ?",
        "post-undated": "Bonjour {first}, votre publication (\u00ab {quote} \u00bb) m'est restée en tête. Qu'est-ce qui vous a donné envie de l'écrire ?",
        "post-shared": "Bonjour {first}, la publication que vous avez partagée (\u00ab {quote} \u00bb) m'est restée en tête. Qu'est-ce qui vous a donné envie de la partager ?",
        "offer-help": "Bonjour {first}, j'ai vu que vous écriviez \u00ab {quote} \u00bb. Si cela peut aider, je veux bien réfléchir à qui je connais et vous présenter quelqu'un.",
        "offer-help-shared": "Bonjour {first}, j'ai vu que vous avez partagé \u00ab {quote} \u00bb. Si cela peut aider, je veux bien réfléchir à qui je connais et vous présenter quelqu'un.",
        "offer-experience": "Bonjour {first}, j'ai vu votre question (\u00ab {quote} \u00bb). C'est proche de mon propre travail : je partage volontiers ce qui m'a été utile, si cela peut aider.",
        "compliment-about": "Bonjour {first}, j'ai aimé la façon dont vous décrivez votre travail : \u00ab {quote} \u00bb. Sur quoi aimez-vous travailler en ce moment ?",
        "employer-they-stay": "Bonjour {first}, je vois que vous êtes chez {thing}, où j'ai travaillé auparavant. Comment est-ce d'y travailler aujourd'hui ?",
        "employer-same-time-they-stay": "Bonjour {first}, on dirait qu'on était chez {thing} à la même époque, et vous y êtes toujours. Qu'est-ce qui a le plus changé depuis ?",
        "employer-i-stay": "Bonjour {first}, j'ai vu que {thing} fait partie de votre parcours ; j'y travaille aujourd'hui. Quel projet de cette époque vous a marqué ?",
        "post-achievement": "Bonjour {first}, félicitations {news} ! Qu'est-ce qui a été le plus difficile à réussir ?",
        "post-achievement-told": "Bonjour {first}, félicitations {news} ! Quelle est la suite ?",
        "post-achievement-won": "Bonjour {first}, félicitations {news} ! Qu'est-ce qu'il a fallu pour y arriver ?",
        "post-nominated": "Bonjour {first}, félicitations {news} ! Je croise les doigts pour vous.",
        "post-milestone": "Bonjour {first}, félicitations (« {quote} ») ! Qu'est-ce qui vous a le plus surpris en chemin ?",
        "post-milestone-team": "Bonjour {first}, félicitations à vous et à toute l'équipe {news} ! Quelle est la suite pour vous ?",
        "post-story": "Bonjour {first}, j'ai aimé votre publication récente (« {quote} »). Qu'est-ce qui vous a le plus surpris ?",
        "post-story-undated": "Bonjour {first}, j'ai aimé votre publication (« {quote} »). Qu'est-ce qui vous a le plus surpris ?",
        "post-recommendation": "Bonjour {first}, merci pour la recommandation de votre publication (« {quote} »). Auriez-vous autre chose à conseiller dans la même veine ?",
        "post-view": "Bonjour {first}, j'ai lu votre publication (« {quote} »). Où l'avez-vous vu se vérifier le plus nettement ?",
        "post-question": "Bonjour {first}, j'ai vu votre question (« {quote} »). Qu'est-ce qu'on vous a répondu jusqu'ici ?",
        "post-news": "Bonjour {first}, j'ai vu votre publication (« {quote} »). Qu'en pensez-vous, vous ?",
        "post-new-role": "Bonjour {first}, félicitations {news} ! Qu'est-ce qui vous enthousiasme le plus ?",
        "post-new-role-named": "Bonjour {first}, félicitations pour votre nouveau poste chez {named} ! Qu'est-ce qui vous enthousiasme le plus ?",
        "post-achievement-named": "Bonjour {first}, félicitations pour « {named} » ! Qu'est-ce qui a été le plus difficile à réussir ?",
        "career-upcoming": "Bonjour {first}, félicitations pour votre nouveau poste chez {after}, à partir de {month} ! Qu'est-ce qui vous enthousiasme le plus ?",
        "career-upcoming-ours": "Bonjour {first}, j'ai vu que vous nous rejoignez chez {after} en {month}, bienvenue !",
    },
    "de": {
        "school": "Hallo {first}, ich habe gesehen, dass wir beide an der {thing} waren. Was vermissen Sie an der Zeit dort am meisten?",
        "school-same-time": "Hallo {first}, mir ist gerade aufgefallen, dass wir zur selben Zeit an der {thing} waren. Was haben Sie dort studiert?",
        "school-same-time-known": "Hallo {first}, mir ist gerade aufgefallen, dass wir zur selben Zeit an der {thing} waren. Woran erinnern Sie sich aus dieser Zeit am liebsten?",
        "school-student": "Hallo {first}, ich habe gesehen, dass wir beide an der {thing} waren und Sie noch dort sind. Was gefällt Ihnen dort am besten?",
        "employer": "Hallo {first}, ich habe gesehen, dass wir beide bei {thing} gearbeitet haben. Auf welches Projekt aus der Zeit sind Sie am meisten stolz?",
        "employer-same-time": "Hallo {first}, wie es aussieht, waren wir zur selben Zeit bei {thing}. In welchem Team waren Sie?",
        "employer-same-time-known": "Hallo {first}, wie es aussieht, waren wir zur selben Zeit bei {thing}. Woran erinnern Sie sich aus dieser Zeit am liebsten?",
        "employer-now": "Hallo {first}, wie ich sehe, sind wir beide gerade bei {thing}. In welchem Team sind Sie?",
        "interest": "Hallo {first}, ich habe gesehen, dass Sie sich auch für {thing} begeistern. Wie sind Sie dazu gekommen?",
        "cause": "Hallo {first}, ich habe gesehen, dass Ihnen {thing} auch wichtig ist. Was hat Sie dazu gebracht, sich zu engagieren?",
        "topic": "Hallo {first}, wir scheinen beide viel über {thing} nachzudenken. Welcher Teil davon beschäftigt Sie gerade am meisten?",
        "skill": "Hallo {first}, ich sehe, dass {thing} auch zu Ihrer Arbeit gehört. Wofür nutzen Sie es gerade?",
        "skill-origin": "Hallo {first}, ich habe gesehen, dass {thing} auch zu Ihren Kenntnissen gehört. Wie sind Sie dazu gekommen?",
        "group": "Hallo {first}, ich habe gesehen, dass Sie sich auch bei {thing} engagiert haben. Was haben Sie dort gemacht?",
        "their-topic": "Hallo {first}, ich sehe, dass Sie über {thing} schreiben. Welche Frage dazu beschäftigt Sie immer wieder?",
        "career-move": "Hallo {first}, ich habe gesehen, dass Sie von {before} zu {after} gewechselt sind. Was ist im Arbeitsalltag am meisten anders?",
        "career-return": "Hallo {first}, ich habe gesehen, dass Sie nach Ihrer Zeit bei {before} zu {after} zurückgekehrt sind. Was hat Sie zur Rückkehr bewogen?",
        "post-talk": "Hallo {first}, {talk}. Wonach hat das Publikum am meisten gefragt?",
        "post-poster": "Hallo {first}, {talk}. Wonach haben die Leute am meisten gefragt?",
        "post-talk-mine": "Hallo {first}, {talk}. Das ist nah an meiner eigenen Arbeit: Wonach hat das Publikum am meisten gefragt?",
        "career-change": "Hallo {first}, ich habe gesehen, dass Sie von {before} zu {after} gewechselt sind. Was von Ihrer früheren Stelle kommt Ihnen heute am meisten zugute?",
        # The venture they founded, to a stranger with nothing better to open on (mends 40 and 43).
        "venture-after": "Hallo {first}, wie kam es nach Ihrer Zeit bei {before} zur Gründung von {after}?",
        "venture": "Hallo {first}, wie kam es zur Gründung von {after}?",
        "their-place-studied": "Hallo {first}, ich sehe, Sie sind in {place}, wo ich studiert habe. Wie gefällt es Ihnen dort heute?",
        "follows": "Hallo {first}, ich sehe, dass wir uns beide für {thing} interessieren. Wie sind Sie dazu gekommen?",
        "interest-follow": "Hallo {first}, wie ich sehe, verfolgen Sie auch gern {thing}. Wem drücken Sie in dieser Saison die Daumen?",
        "interest-listen": "Hallo {first}, wie ich sehe, hören Sie auch gern {thing}. Haben Sie in letzter Zeit etwas entdeckt, das Sie empfehlen können?",
        "post": "Hallo {first}, Ihr Beitrag (\u201e{quote}\u201c) ist mir im Kopf geblieben. Was hat Sie dazu gebracht?",
        "post-undated": "Hallo {first}, Ihr Beitrag (\u201e{quote}\u201c) ist mir im Kopf geblieben. Was hat Sie dazu gebracht?",
        "post-shared": "Hallo {first}, der Beitrag, den Sie geteilt haben (\u201e{quote}\u201c), ist mir im Kopf geblieben. Was hat Sie dazu gebracht, ihn zu teilen?",
        "offer-help": "Hallo {first}, ich habe gesehen, dass Sie \u201e{quote}\u201c geschrieben haben. Wenn es hilft, überlege ich gern, wen ich kenne, und stelle Ihnen jemanden vor.",
        "offer-help-shared": "Hallo {first}, ich habe gesehen, dass Sie \u201e{quote}\u201c geteilt haben. Wenn es hilft, überlege ich gern, wen ich kenne, und stelle Ihnen jemanden vor.",
        "offer-experience": "Hallo {first}, ich habe Ihre Frage gesehen (\u201e{quote}\u201c). Das liegt nah an meiner eigenen Arbeit; wenn es hilft, erzähle ich gern, was sich bei mir bewährt hat.",
        "compliment-about": "Hallo {first}, mir gefällt, wie Sie Ihre Arbeit beschreiben: \u201e{quote}\u201c. Woran arbeiten Sie gerade am liebsten?",
        "employer-they-stay": "Hallo {first}, wie ich sehe, sind Sie bei {thing}, wo ich früher gearbeitet habe. Wie ist es heute, dort zu arbeiten?",
        "employer-same-time-they-stay": "Hallo {first}, wie es aussieht, waren wir zur selben Zeit bei {thing}, und Sie sind noch dort. Was hat sich seitdem am meisten verändert?",
        "employer-i-stay": "Hallo {first}, ich habe gesehen, dass Sie bei {thing} gearbeitet haben, wo ich heute arbeite. Auf welches Projekt aus der Zeit sind Sie am meisten stolz?",
        "post-achievement": "Hallo {first}, herzlichen Glückwunsch {news}! Was war dabei am schwierigsten?",
        "post-achievement-told": "Hallo {first}, herzlichen Glückwunsch {news}! Wie geht es damit weiter?",
        "post-achievement-won": "Hallo {first}, herzlichen Glückwunsch {news}! Was hat es dafür gebraucht?",
        "post-nominated": "Hallo {first}, herzlichen Glückwunsch {news}! Viel Glück!",
        "post-milestone": "Hallo {first}, herzlichen Glückwunsch („{quote}“)! Was hat Sie unterwegs am meisten überrascht?",
        "post-milestone-team": "Hallo {first}, herzlichen Glückwunsch an Sie und das ganze Team {news}! Was steht als Nächstes an?",
        "post-story": "Hallo {first}, Ihr Beitrag („{quote}“) hat mir gefallen. Was hat Sie daran am meisten überrascht?",
        "post-story-undated": "Hallo {first}, Ihr Beitrag („{quote}“) hat mir gefallen. Was hat Sie daran am meisten überrascht?",
        "post-recommendation": "Hallo {first}, danke für den Tipp in Ihrem Beitrag („{quote}“). Was hat Ihnen sonst noch in der Art gefallen?",
        "post-view": "Hallo {first}, ich habe Ihren Beitrag gelesen („{quote}“). Wo haben Sie das am deutlichsten erlebt?",
        "post-question": "Hallo {first}, ich habe Ihre Frage gesehen („{quote}“). Was haben Ihnen die Leute bisher geantwortet?",
        "post-news": "Hallo {first}, ich habe Ihren Beitrag gesehen („{quote}“). Wie sehen Sie das selbst?",
        "post-new-role": "Hallo {first}, herzlichen Glückwunsch {news}! Worauf freuen Sie sich am meisten?",
        "post-new-role-named": "Hallo {first}, herzlichen Glückwunsch zur neuen Stelle bei {named}! Worauf freuen Sie sich am meisten?",
        "post-achievement-named": "Hallo {first}, herzlichen Glückwunsch zu „{named}“! Was war dabei am schwierigsten?",
        "career-upcoming": "Hallo {first}, herzlichen Glückwunsch zur neuen Stelle bei {after} ab {month}! Worauf freuen Sie sich am meisten?",
        "career-upcoming-ours": "Hallo {first}, ich habe gesehen, dass Sie ab {month} bei {after} anfangen. Herzlich willkommen!",
    },
    "pt": {
        "school": "Olá {first}, vi que você também estudou na {thing}. Do que você mais sente falta daquela época?",
        "school-same-time": "Olá {first}, acabei de perceber que estivemos na {thing} ao mesmo tempo. O que você estudava lá?",
        "school-same-time-known": "Olá {first}, acabei de perceber que estivemos na {thing} ao mesmo tempo. Do que você mais se lembra daqueles anos?",
        "school-student": "Olá {first}, vi que você estuda na {thing}, onde eu também estudei. Do que você mais está gostando?",
        "school-both-now": "Olá {first}, vi que você está na {thing}, assim como eu neste momento. Do que você mais está gostando?",
        "employer": "Olá {first}, vi que você também já trabalhou na {thing}. De qual projeto daquela fase você tem mais orgulho?",
        "employer-same-time": "Olá {first}, parece que estivemos na {thing} ao mesmo tempo. Em que equipe você estava?",
        "employer-same-time-known": "Olá {first}, parece que estivemos na {thing} ao mesmo tempo. Do que você mais se lembra daqueles anos?",
        "employer-now": "Olá {first}, vi que você também está na {thing} agora. Em que equipe você está?",
        "interest": "Olá {first}, vi que temos um hobby em comum: {thing}. Como você começou?",
        "cause": "Olá {first}, vi que nos importamos com a mesma causa: {thing}. O que levou você a se envolver?",
        "topic": "Olá {first}, parece que você também pensa bastante em {thing}. Qual parte do tema mais ocupa você no momento?",
        "skill": "Olá {first}, vi que {thing} também faz parte do seu trabalho. Para que você está usando hoje em dia?",
        "skill-origin": "Olá {first}, vi que {thing} também está entre as suas habilidades. Como você começou?",
        "group": "Olá {first}, vi que você também colaborou com {thing}. O que você fazia lá?",
        "their-topic": "Olá {first}, vi que você escreve sobre {thing}. Qual é a pergunta sobre o tema à qual você sempre volta?",
        "career-move": "Olá {first}, vi que você passou da {before} para a {after}. O que é mais diferente no dia a dia?",
        "career-return": "Olá {first}, vi que você voltou para a {after} depois de um tempo na {before}. O que te fez voltar?",
        "post-talk": "Olá {first}, vi {talk}. O que o público mais perguntou?",
        "post-poster": "Olá {first}, vi {talk}. O que as pessoas mais te perguntaram?",
        "post-talk-mine": "Olá {first}, vi {talk}. É próximo do meu trabalho: o que o público mais perguntou?",
        "career-change": "Olá {first}, vi que você passou da {before} para a {after}. O que você trouxe do trabalho anterior que mais te ajuda hoje?",
        "their-place-studied": "Olá {first}, vi que você está em {place}, onde eu estudei. Como está a vida aí hoje em dia?",
        "follows": "Olá {first}, vi que temos um interesse em comum: {thing}. Como você começou?",
        "interest-follow": "Olá {first}, vi que você também acompanha {thing}. Para qual time você está torcendo nesta temporada?",
        "interest-listen": "Olá {first}, vi que você também curte {thing}. Alguma descoberta recente para indicar?",
        "interest-enjoy": "Olá {first}, vi que você também curte {thing}. Alguma descoberta recente para indicar?",
        "post": "Olá {first}, sua publicação recente (\u201c{quote}\u201d) ficou na minha cabeça. O que levou você a escrevê-la?",
        "post-undated": "Olá {first}, sua publicação (\u201c{quote}\u201d) ficou na minha cabeça. O que levou você a escrevê-la?",
        "post-shared": "Olá {first}, a publicação que você compartilhou (\u201c{quote}\u201d) ficou na minha cabeça. O que levou você a compartilhá-la?",
        "offer-help": "Olá {first}, vi que você mencionou \u201c{quote}\u201d. Se ajudar, posso pensar em quem eu conheço e apresentar você a alguém.",
        "offer-help-shared": "Olá {first}, vi que você compartilhou \u201c{quote}\u201d. Se ajudar, posso pensar em quem eu conheço e apresentar você a alguém.",
        "offer-experience": "Olá {first}, vi sua pergunta (\u201c{quote}\u201d). É parte do meu trabalho: se ajudar, posso compartilhar o que me foi útil.",
        "compliment-about": "Olá {first}, gostei de como você descreve seu trabalho: \u201c{quote}\u201d. Em que você está gostando de trabalhar nestes dias?",
        "employer-they-stay": "Olá {first}, vi que você está na {thing}, onde eu trabalhei antes. Como é trabalhar aí hoje em dia?",
        "employer-same-time-they-stay": "Olá {first}, parece que estivemos na {thing} ao mesmo tempo, e você continua lá. O que mais mudou desde então?",
        "employer-i-stay": "Olá {first}, vi que você trabalhou na {thing}, onde eu trabalho hoje. De qual projeto daquela fase você tem mais orgulho?",
        "post-achievement": "Olá {first}, parabéns {news}! Qual foi a parte mais difícil de acertar?",
        "post-achievement-told": "Olá {first}, parabéns {news}! Qual é o próximo passo?",
        "post-achievement-won": "Olá {first}, parabéns {news}! O que foi preciso para chegar lá?",
        "post-nominated": "Olá {first}, parabéns {news}! Boa sorte!",
        "post-milestone": "Olá {first}, parabéns (“{quote}”)! O que mais surpreendeu você pelo caminho?",
        "post-milestone-team": "Olá {first}, parabéns a você e a toda a equipe {news}! O que vem agora para vocês?",
        "post-story": "Olá {first}, gostei da sua publicação recente (“{quote}”). O que mais surpreendeu você?",
        "post-story-undated": "Olá {first}, gostei da sua publicação (“{quote}”). O que mais surpreendeu você?",
        "post-recommendation": "Olá {first}, agradeço a dica da sua publicação (“{quote}”). Tem mais alguma coisa nessa linha que você recomendaria?",
        "post-view": "Olá {first}, li sua publicação (“{quote}”). Onde você viu isso acontecer com mais clareza na prática?",
        "post-question": "Olá {first}, vi a sua pergunta (“{quote}”). O que as pessoas já responderam até agora?",
        "post-news": "Olá {first}, vi a sua publicação (“{quote}”). Qual é a sua opinião sobre isso?",
        "post-new-role": "Olá {first}, parabéns {news}! O que mais anima você no novo cargo?",
        "post-new-role-named": "Olá {first}, parabéns pelo novo cargo na {named}! O que mais anima você no novo cargo?",
        "post-achievement-named": "Olá {first}, parabéns por “{named}”! Qual foi a parte mais difícil de acertar?",
        "career-upcoming": "Olá {first}, parabéns pelo novo cargo na {after}, a partir de {month}! O que mais anima você no novo cargo?",
        "career-upcoming-ours": "Olá {first}, vi que você vai entrar na {after} em {month}. Boas-vindas!",
    },
    "it": {
        "school": "Ciao {first}, ho visto che anche tu hai studiato presso {thing}. Qual è il ricordo più bello di quel periodo?",
        "school-same-time": "Ciao {first}, ho appena scoperto che abbiamo frequentato {thing} negli stessi anni. Cosa studiavi lì?",
        "school-same-time-known": "Ciao {first}, ho appena scoperto che abbiamo frequentato {thing} negli stessi anni. Qual è il ricordo più bello di quegli anni?",
        "school-student": "Ciao {first}, ho visto che studi presso {thing}, dove ho studiato anch'io. Cosa ti sta piacendo di più?",
        "school-both-now": "Ciao {first}, ho visto che sei presso {thing}, proprio come me in questo periodo. Cosa ti sta piacendo di più?",
        "employer": "Ciao {first}, ho visto che anche tu hai lavorato presso {thing}. Quale progetto di quel periodo ricordi con più soddisfazione?",
        "employer-same-time": "Ciao {first}, sembra che abbiamo lavorato presso {thing} nello stesso periodo. In quale team eri?",
        "employer-same-time-known": "Ciao {first}, sembra che abbiamo lavorato presso {thing} nello stesso periodo. Qual è il ricordo più bello di quegli anni?",
        "employer-now": "Ciao {first}, ho visto che adesso lavori anche tu presso {thing}. In quale team sei?",
        "interest": "Ciao {first}, ho visto che abbiamo una passione in comune: {thing}. Come hai iniziato?",
        "cause": "Ciao {first}, ho visto che ci sta a cuore la stessa causa: {thing}. Cosa ti ha spinto a impegnarti?",
        "topic": "Ciao {first}, sembra che anche tu pensi spesso a {thing}. Quale aspetto del tema ti interessa di più in questo momento?",
        "skill": "Ciao {first}, vedo che anche {thing} fa parte del tuo lavoro. Per cosa lo stai usando in questo periodo?",
        "skill-origin": "Ciao {first}, ho visto che anche {thing} è tra le tue competenze. Come hai iniziato?",
        "group": "Ciao {first}, ho visto che anche tu hai collaborato con {thing}. Di cosa ti occupavi con loro?",
        "their-topic": "Ciao {first}, vedo che scrivi di {thing}. Qual è la domanda sul tema a cui torni sempre?",
        "career-move": "Ciao {first}, ho visto il tuo passaggio da {before} a {after}. Cosa è più diverso nel lavoro di tutti i giorni?",
        "career-return": "Ciao {first}, ho visto il tuo ritorno in {after} dopo l'esperienza in {before}. Cosa ti ha fatto tornare?",
        "post-talk": "Ciao {first}, ho visto {talk}. Su cosa ti ha fatto più domande il pubblico?",
        "post-poster": "Ciao {first}, ho visto {talk}. Su cosa ti hanno fatto più domande?",
        "post-talk-mine": "Ciao {first}, ho visto {talk}. È vicino al mio lavoro: su cosa ti ha fatto più domande il pubblico?",
        "career-change": "Ciao {first}, ho visto il tuo passaggio da {before} a {after}. Di quello che facevi prima, cosa ti è servito di più?",
        "their-place-studied": "Ciao {first}, vedo che vivi a {place}, dove ho studiato anch'io. Come ti trovi lì?",
        "follows": "Ciao {first}, ho visto che abbiamo un interesse in comune: {thing}. Com'è nato il tuo?",
        "post": "Ciao {first}, il tuo post recente (\u201c{quote}\u201d) mi è rimasto in mente. Cosa ti ha spinto a scriverlo?",
        "post-undated": "Ciao {first}, il tuo post (\u201c{quote}\u201d) mi è rimasto in mente. Cosa ti ha spinto a scriverlo?",
        "post-shared": "Ciao {first}, il post che hai condiviso (\u201c{quote}\u201d) mi è rimasto in mente. Cosa ti ha spinto a condividerlo?",
        "offer-help": "Ciao {first}, ho visto che hai scritto \u201c{quote}\u201d. Se può esserti utile, posso pensare a chi conosco e presentarti qualcuno.",
        "offer-help-shared": "Ciao {first}, ho visto che hai condiviso \u201c{quote}\u201d. Se può esserti utile, posso pensare a chi conosco e presentarti qualcuno.",
        "offer-experience": "Ciao {first}, ho visto la tua domanda (\u201c{quote}\u201d). È vicina al mio lavoro: se può esserti utile, condivido volentieri ciò che mi è servito.",
        "compliment-about": "Ciao {first}, mi è piaciuto il modo in cui descrivi il tuo lavoro: \u201c{quote}\u201d. Su cosa ti sta piacendo lavorare in questo periodo?",
        "employer-they-stay": "Ciao {first}, vedo che lavori presso {thing}, dove ho lavorato in passato. Com'è lavorarci oggi?",
        "employer-same-time-they-stay": "Ciao {first}, sembra che abbiamo lavorato presso {thing} nello stesso periodo, e tu ci sei ancora. Cosa è cambiato di più da allora?",
        "employer-i-stay": "Ciao {first}, ho visto che hai lavorato presso {thing}, dove lavoro adesso. Quale progetto di quel periodo ricordi con più soddisfazione?",
        "post-achievement": "Ciao {first}, complimenti {news}! Qual è stata la parte più difficile da realizzare?",
        "post-achievement-told": "Ciao {first}, complimenti {news}! Quale sarà il prossimo passo?",
        "post-achievement-won": "Ciao {first}, complimenti {news}! Cosa ci è voluto per arrivarci?",
        "post-milestone": "Ciao {first}, complimenti (“{quote}”)! Cosa ti ha sorpreso di più lungo il percorso?",
        "post-milestone-team": "Ciao {first}, complimenti a te e a tutto il team {news}! Cosa vi aspetta adesso?",
        "post-story": "Ciao {first}, mi è piaciuto il tuo post recente (“{quote}”). Cosa ti ha sorpreso di più?",
        "post-story-undated": "Ciao {first}, mi è piaciuto il tuo post (“{quote}”). Cosa ti ha sorpreso di più?",
        "post-recommendation": "Ciao {first}, grazie per il consiglio nel tuo post (“{quote}”). C'è qualcos'altro sulla stessa linea che consiglieresti?",
        "post-question": "Ciao {first}, ho visto la tua domanda (“{quote}”). Cosa ti hanno risposto finora?",
        "post-news": "Ciao {first}, ho visto il tuo post (“{quote}”). Cosa ne pensi tu?",
        "post-new-role": "Ciao {first}, complimenti {news}! Cosa ti entusiasma di più?",
        "career-upcoming": "Ciao {first}, complimenti per il nuovo ruolo presso {after}, da {month}! Cosa ti entusiasma di più?",
        "career-upcoming-ours": "Ciao {first}, ho visto che da {month} lavorerai presso {after}. Ti diamo il benvenuto!",
    },
    # Polish: the informal 'ty' of LinkedIn, and no past tense of 'I' or 'you' (it says the writer's or the reader's
    # gender, which a page does not). The openers that cannot be written so are left out: no starter of that kind.
    "pl": {
        "school": "Cześć {first}, widzę, że {thing} to również {school_word}. Co najlepiej wspominasz z tamtych lat?",
        "school-same-time": "Cześć {first}, widzę, że {thing} to również {school_word} i że byliśmy tam w tym samym czasie. Jaki to był u Ciebie kierunek?",
        "school-same-time-known": "Cześć {first}, widzę, że {thing} to również {school_word} i że byliśmy tam w tym samym czasie. Co najlepiej wspominasz z tamtych lat?",
        "school-student": "Cześć {first}, widzę, że {thing} to również {school_word}, a Ty wciąż tam jesteś. Co najbardziej Ci się tam podoba?",
        # Neither 'I see X is my former workplace' (review set 35: unnatural) nor a past tense, which Polish genders.
        "employer": "Cześć {first}, widzę, że {thing} to nasz wspólny dawny pracodawca. Który projekt z tamtego czasu najlepiej wspominasz?",
        "employer-same-time": "Cześć {first}, wygląda na to, że pracowaliśmy w {thing} w tym samym czasie. Który zespół był wtedy Twój?",
        "employer-same-time-known": "Cześć {first}, wygląda na to, że pracowaliśmy w {thing} w tym samym czasie. Co najlepiej wspominasz z tamtych lat?",
        "employer-now": "Cześć {first}, widzę, że obecnie pracujemy w tej samej firmie: {thing}. W którym zespole jesteś?",
        "employer-they-stay": "Cześć {first}, widzę, że pracujesz w {thing}, u mojego dawnego pracodawcy. Jak się tam teraz pracuje?",
        # 'Are there today too', not 'still': true of who left and came back as of who stayed.
        "employer-same-time-they-stay": "Cześć {first}, wygląda na to, że pracowaliśmy w {thing} w tym samym czasie, a Ty jesteś tam także dziś. Co najbardziej się tam zmieniło od tamtej pory?",
        "employer-i-stay": "Cześć {first}, widzę, że {thing} to Twoje dawne miejsce pracy, a moje obecne. Który projekt z tamtego czasu najlepiej wspominasz?",
        "interest": "Cześć {first}, widzę, że {thing} to także Twoja pasja. Jak to się u Ciebie zaczęło?",
        "cause": "Cześć {first}, widzę, że zależy nam na tej samej sprawie: {thing}. Jak zaczęło się Twoje zaangażowanie?",
        "their-topic": "Cześć {first}, widzę, że piszesz o temacie: {thing}. Do jakiego pytania w tym temacie wciąż wracasz?",
        "post": "Cześć {first}, Twój niedawny wpis („{quote}”) zapadł mi w pamięć. Co skłoniło Cię do jego napisania?",
        "post-undated": "Cześć {first}, Twój wpis („{quote}”) zapadł mi w pamięć. Co skłoniło Cię do jego napisania?",
        "offer-help": "Cześć {first}, widzę, że piszesz: „{quote}”. Jeśli to pomoże, chętnie pomyślę, kogo znam, i przedstawię Cię komuś.",
        "offer-experience": "Cześć {first}, widzę Twoje pytanie: \u201e{quote}\u201d. To bliskie mojej pracy, więc jeśli to pomoże, chętnie podzielę się tym, co mi się przydało.",
        "compliment-about": "Cześć {first}, podoba mi się, jak opisujesz swoją pracę: „{quote}”. Nad czym teraz najchętniej pracujesz?",
        "post-achievement": "Cześć {first}, gratulacje {news}! Co było najtrudniejsze do dopracowania?",
        "post-milestone": "Cześć {first}, gratulacje („{quote}”)! Co najbardziej Cię zaskoczyło po drodze?",
        "post-milestone-team": "Cześć {first}, gratulacje dla Ciebie i całego zespołu {news}! Co dalej przed Wami?",
        "post-story": "Cześć {first}, Twój niedawny wpis („{quote}”) bardzo mi się spodobał. Co najbardziej Cię w tym zaskoczyło?",
        "post-story-undated": "Cześć {first}, Twój wpis („{quote}”) bardzo mi się spodobał. Co najbardziej Cię w tym zaskoczyło?",
        "post-recommendation": "Cześć {first}, dzięki za polecenie w Twoim wpisie („{quote}”). Co jeszcze w tym duchu warto poznać?",
        "post-question": "Cześć {first}, widzę Twoje pytanie („{quote}”). Co ludzie odpowiadają Ci do tej pory?",
        "post-news": "Cześć {first}, widzę Twój wpis („{quote}”). Co Ty o tym sądzisz?",
        "post-new-role": "Cześć {first}, gratulacje {news}! Na co najbardziej się cieszysz?",
    },
    # Korean: the polite '-요' and '님' after the name (the full name when it is written in Hangul, names.py); no
    # particle after a {thing} whose last letter decides it (을/를), so each is followed by one that fits any: '에', '에서'.
    "ko": {
        "school": "{first}님, 안녕하세요. 저도 {thing}에 다녔어요. 그곳에서 가장 기억에 남는 건 무엇인가요?",
        "school-same-time": "{first}님, 안녕하세요. {thing}에 같은 시기에 다녔더라고요. 어떤 전공을 하셨나요?",
        "school-same-time-known": "{first}님, 안녕하세요. {thing}에 같은 시기에 다녔더라고요. 그 시절 가장 기억에 남는 건 무엇인가요?",
        "school-student": "{first}님, 안녕하세요. 저도 {thing}에 다녔는데, 지금 재학 중이시네요. 요즘 학교에서 가장 즐거운 건 무엇인가요?",
        "employer": "{first}님, 안녕하세요. 저도 {thing}에서 일했었어요. 그때 하신 프로젝트 중 가장 자랑스러운 건 무엇인가요?",
        "employer-same-time": "{first}님, 안녕하세요. {thing}에서 같은 시기에 일했더라고요. 어느 팀에 계셨나요?",
        "employer-same-time-known": "{first}님, 안녕하세요. {thing}에서 같은 시기에 일했더라고요. 그 시절 가장 기억에 남는 건 무엇인가요?",
        "employer-now": "{first}님, 안녕하세요. 저도 지금 {thing}에서 일하고 있어요. 어느 팀에 계신가요?",
        "employer-they-stay": "{first}님, 안녕하세요. 저도 예전에 {thing}에서 일했어요. 요즘 그곳 분위기는 어떤가요?",
        "employer-same-time-they-stay": "{first}님, 안녕하세요. {thing}에서 같은 시기에 일했더라고요. 지금도 그곳에 계시는데, 그때와 비교해 가장 많이 달라진 점은 무엇인가요?",
        "employer-i-stay": "{first}님, 안녕하세요. 제가 지금 일하는 {thing}에서 일하셨더라고요. 그때 하신 프로젝트 중 가장 자랑스러운 건 무엇인가요?",
        "interest": "{first}님, 안녕하세요. {thing}에 관심이 있으시네요. 저도 그래요. 어떻게 시작하게 되셨나요?",
        "cause": "{first}님, 안녕하세요. 저처럼 {thing}에 마음을 쓰고 계시네요. 처음 어떻게 참여하게 되셨나요?",
        "their-topic": "{first}님, 안녕하세요. {thing}에 대해 글을 쓰시는 걸 봤어요. 이 주제에서 계속 고민하시는 질문은 무엇인가요?",
        "post": "{first}님, 안녕하세요. 최근 게시물(“{quote}”)이 기억에 남았어요. 어떤 계기로 쓰시게 되었나요?",
        "post-undated": "{first}님, 안녕하세요. 게시물(“{quote}”)이 기억에 남았어요. 어떤 계기로 쓰시게 되었나요?",
        "offer-help": "{first}님, 안녕하세요. “{quote}”라고 쓰신 걸 봤어요. 도움이 된다면 제 지인 중에 소개해 드릴 만한 분이 있는지 생각해 볼게요.",
        "offer-experience": "{first}님, 안녕하세요. 올리신 질문(\u201c{quote}\u201d)을 봤어요. 제 일과 가까운 주제라, 도움이 된다면 제게 유용했던 것들을 기꺼이 나눌게요.",
        "compliment-about": "{first}님, 안녕하세요. 하시는 일을 소개하신 글(“{quote}”)이 인상 깊었어요. 요즘 어떤 일을 가장 즐겁게 하고 계신가요?",
        "post-achievement": "{first}님, 안녕하세요. {news} 축하드려요! 가장 어려웠던 부분은 무엇이었나요?",
        "post-milestone": "{first}님, 안녕하세요. 축하드려요(“{quote}”)! 그동안 가장 놀라웠던 점은 무엇인가요?",
        "post-milestone-team": "{first}님, 안녕하세요. 팀 모두에게 {news} 축하드려요! 다음 계획은 무엇인가요?",
        "post-story": "{first}님, 안녕하세요. 최근 게시물(“{quote}”) 잘 읽었어요. 가장 놀라웠던 점은 무엇이었나요?",
        "post-story-undated": "{first}님, 안녕하세요. 게시물(“{quote}”) 잘 읽었어요. 가장 놀라웠던 점은 무엇이었나요?",
        "post-recommendation": "{first}님, 안녕하세요. 게시물에서 추천해 주신 것(“{quote}”) 감사해요. 비슷한 결로 또 추천하실 만한 게 있을까요?",
        "post-question": "{first}님, 안녕하세요. 올리신 질문(“{quote}”)을 봤어요. 지금까지 어떤 답을 들으셨나요?",
        "post-news": "{first}님, 안녕하세요. 게시물(“{quote}”)을 봤어요. 직접 어떻게 생각하시나요?",
        "post-new-role": "{first}님, 안녕하세요. {news} 축하드려요! 가장 기대되는 건 무엇인가요?",
    },
    # Swedish, Danish, Norwegian (Bokmål) and Dutch: the informal 'du'/'je' of LinkedIn in these countries, and a
    # {thing} after a colon where their own wording may keep its capital ('Längdskidåkning'). Only the openers on
    # shared ground, their words and a move: no opener on a post (what a post is, and whether it is grief, is read
    # in the languages post_reading.py knows, not these), nor a hobby set against yours (your wording would stay
    # English).
    "sv": {
        "school": "Hej {first}, jag såg att vi båda har studerat vid {thing}. Vad minns du bäst från tiden där?",
        "school-same-time": "Hej {first}, jag insåg just att vi var på {thing} samtidigt. Vad läste du där?",
        "school-same-time-known": "Hej {first}, jag insåg just att vi var på {thing} samtidigt. Vad minns du bäst från de åren?",
        "school-student": "Hej {first}, jag såg att vi båda har studerat vid {thing}, och att du är kvar där. Vad uppskattar du mest just nu?",
        "employer": "Hej {first}, jag såg att vi båda har jobbat på {thing}. Vilket projekt från din tid där är du mest stolt över?",
        "employer-same-time": "Hej {first}, det ser ut som att vi var på {thing} samtidigt. Vilket team var du i?",
        "employer-same-time-known": "Hej {first}, det ser ut som att vi var på {thing} samtidigt. Vad minns du bäst från de åren?",
        "employer-now": "Hej {first}, jag såg att vi båda jobbar på {thing} nu. Vilket team är du i?",
        "employer-they-stay": "Hej {first}, jag ser att du är på {thing}, där jag jobbade tidigare. Hur är det att jobba där nu för tiden?",
        "employer-same-time-they-stay": "Hej {first}, det ser ut som att vi var på {thing} samtidigt, och du är där i dag också. Vad har förändrats mest sedan dess?",
        "employer-i-stay": "Hej {first}, jag såg att du har jobbat på {thing}, där jag jobbar nu. Vilket projekt från din tid där är du mest stolt över?",
        "interest": "Hej {first}, jag såg att vi har ett intresse gemensamt: {thing}. Hur kom du in på det?",
        "cause": "Hej {first}, jag ser att vi brinner för samma sak: {thing}. Hur kom det sig att du engagerade dig?",
        "topic": "Hej {first}, det verkar som att vi båda tänker mycket på ett ämne: {thing}. Vilken del av det upptar dig mest just nu?",
        "skill": "Hej {first}, jag ser att {thing} också är en del av ditt jobb. Vad använder du det till nu för tiden?",
        "skill-origin": "Hej {first}, jag såg att {thing} också finns bland dina kunskaper. Hur kom du in på det?",
        "group": "Hej {first}, jag såg att du också har engagerat dig ideellt i {thing}. Vad gjorde du hos dem?",
        "their-topic": "Hej {first}, jag ser att du skriver om {thing}. Vilken fråga i ämnet kommer du hela tiden tillbaka till?",
        "career-move": "Hej {first}, jag såg att du har gått från {before} till {after}. Vad är den största skillnaden i vardagen?",
        "career-change": "Hej {first}, jag såg att du har gått från {before} till {after}. Vad har du haft mest nytta av från ditt tidigare jobb?",
        "their-place-studied": "Hej {first}, jag ser att du bor i {place}, där jag studerade. Hur trivs du där?",
        "follows": "Hej {first}, jag ser att vi har ett intresse gemensamt: {thing}. Hur väcktes ditt intresse?",
        "offer-help": "Hej {first}, jag såg att du skrev \u201d{quote}\u201d. Om det kan hjälpa tänker jag gärna efter vem jag känner och presenterar dig för någon.",
        "offer-experience": "Hej {first}, jag såg din fråga (\u201d{quote}\u201d). Den ligger nära mitt eget arbete, så jag delar gärna med mig av det som har varit till nytta för mig, om det hjälper.",
        "compliment-about": "Hej {first}, jag gillade hur du beskriver ditt jobb: \u201d{quote}\u201d. Vad tycker du är roligast att jobba med just nu?",
    },
    "da": {
        "school": "Hej {first}, jeg kan se, at vi begge har studeret på {thing}. Hvad husker du bedst fra tiden der?",
        "school-same-time": "Hej {first}, jeg har lige opdaget, at vi var på {thing} på samme tid. Hvad læste du?",
        "school-same-time-known": "Hej {first}, jeg har lige opdaget, at vi var på {thing} på samme tid. Hvad husker du bedst fra de år?",
        "school-student": "Hej {first}, jeg kan se, at vi begge har studeret på {thing}, og at du stadig er der. Hvad sætter du mest pris på der lige nu?",
        "employer": "Hej {first}, jeg kan se, at vi begge har arbejdet hos {thing}. Hvilket projekt fra din tid der er du mest stolt af?",
        "employer-same-time": "Hej {first}, det ser ud til, at vi var hos {thing} på samme tid. Hvilket team var du på?",
        "employer-same-time-known": "Hej {first}, det ser ud til, at vi var hos {thing} på samme tid. Hvad husker du bedst fra de år?",
        "employer-now": "Hej {first}, jeg kan se, at vi begge er hos {thing} nu. Hvilket team er du på?",
        "employer-they-stay": "Hej {first}, jeg kan se, at du er hos {thing}, hvor jeg tidligere har arbejdet. Hvordan er det at arbejde der i dag?",
        "employer-same-time-they-stay": "Hej {first}, det ser ud til, at vi var hos {thing} på samme tid, og du er der også i dag. Hvad har ændret sig mest siden da?",
        "employer-i-stay": "Hej {first}, jeg kan se, at du har arbejdet hos {thing}, hvor jeg arbejder nu. Hvilket projekt fra din tid der er du mest stolt af?",
        "interest": "Hej {first}, jeg kan se, at vi har en interesse til fælles: {thing}. Hvordan kom du i gang?",
        "cause": "Hej {first}, jeg kan se, at vi brænder for den samme sag: {thing}. Hvordan blev du engageret?",
        "topic": "Hej {first}, det ser ud til, at vi begge tænker meget over et emne: {thing}. Hvilken del af det optager dig mest lige nu?",
        "skill": "Hej {first}, jeg kan se, at {thing} også er en del af dit arbejde. Hvad bruger du det til for tiden?",
        "skill-origin": "Hej {first}, jeg kan se, at {thing} også er blandt dine kompetencer. Hvordan kom du i gang med det?",
        "group": "Hej {first}, jeg kan se, at du også har været frivillig hos {thing}. Hvad lavede du hos dem?",
        "their-topic": "Hej {first}, jeg kan se, at du skriver om {thing}. Hvilket spørgsmål om det vender du hele tiden tilbage til?",
        "career-move": "Hej {first}, jeg kan se, at du er gået fra {before} til {after}. Hvad er den største forskel i hverdagen?",
        "career-change": "Hej {first}, jeg kan se, at du er gået fra {before} til {after}. Hvad har du haft mest gavn af fra dit tidligere job?",
        "their-place-studied": "Hej {first}, jeg kan se, at du bor i {place}, hvor jeg selv har studeret. Hvordan er det at bo der i dag?",
        "follows": "Hej {first}, jeg kan se, at vi har en interesse til fælles: {thing}. Hvordan opstod din interesse?",
        "offer-help": "Hej {first}, jeg så, at du skrev \u00bb{quote}\u00ab. Hvis det kan hjælpe, tænker jeg gerne over, hvem jeg kender, og præsenterer dig for nogen.",
        "offer-experience": "Hej {first}, jeg så dit spørgsmål (\u00bb{quote}\u00ab). Det ligger tæt på mit eget arbejde, så jeg deler gerne det, jeg selv har haft gavn af, hvis det kan hjælpe.",
        "compliment-about": "Hej {first}, jeg kunne godt lide, hvordan du beskriver dit arbejde: \u00bb{quote}\u00ab. Hvad er du gladest for at arbejde med lige nu?",
    },
    "nb": {
        "school": "Hei {first}, jeg ser at vi begge har studert ved {thing}. Hva husker du best fra tiden der?",
        "school-same-time": "Hei {first}, jeg oppdaget nettopp at vi var ved {thing} samtidig. Hva studerte du der?",
        "school-same-time-known": "Hei {first}, jeg oppdaget nettopp at vi var ved {thing} samtidig. Hva husker du best fra de årene?",
        "school-student": "Hei {first}, jeg ser at vi begge har studert ved {thing}, og at du fortsatt er der. Hva liker du best der nå?",
        "employer": "Hei {first}, jeg ser at vi begge har jobbet i {thing}. Hvilket prosjekt fra tiden der er du mest stolt av?",
        "employer-same-time": "Hei {first}, det ser ut til at vi var i {thing} samtidig. Hvilket team var du på?",
        "employer-same-time-known": "Hei {first}, det ser ut til at vi var i {thing} samtidig. Hva husker du best fra de årene?",
        "employer-now": "Hei {first}, jeg ser at vi begge jobber i {thing} nå. Hvilket team er du på?",
        "employer-they-stay": "Hei {first}, jeg ser at du er i {thing}, der jeg jobbet tidligere. Hvordan er det å jobbe der nå for tiden?",
        "employer-same-time-they-stay": "Hei {first}, det ser ut til at vi var i {thing} samtidig, og du er der også i dag. Hva har endret seg mest siden den gang?",
        "employer-i-stay": "Hei {first}, jeg ser at du har jobbet i {thing}, der jeg jobber nå. Hvilket prosjekt fra tiden der er du mest stolt av?",
        "interest": "Hei {first}, jeg ser at vi har en interesse felles: {thing}. Hvordan begynte du med det?",
        "cause": "Hei {first}, jeg ser at vi brenner for den samme saken: {thing}. Hvordan ble du engasjert?",
        "topic": "Hei {first}, det virker som vi begge tenker mye på et tema: {thing}. Hvilken del av det opptar deg mest akkurat nå?",
        "skill": "Hei {first}, jeg ser at {thing} også er en del av jobben din. Hva bruker du det til for tiden?",
        "skill-origin": "Hei {first}, jeg ser at {thing} også er blant ferdighetene dine. Hvordan begynte du med det?",
        "group": "Hei {first}, jeg ser at du også har vært frivillig i {thing}. Hva gjorde du hos dem?",
        "their-topic": "Hei {first}, jeg ser at du skriver om {thing}. Hvilket spørsmål om det kommer du stadig tilbake til?",
        "career-move": "Hei {first}, jeg ser at du har gått fra {before} til {after}. Hva er den største forskjellen i hverdagen?",
        "career-change": "Hei {first}, jeg ser at du har gått fra {before} til {after}. Hva har du hatt mest nytte av fra den forrige jobben?",
        "their-place-studied": "Hei {first}, jeg ser at du bor i {place}, der jeg studerte. Hvordan trives du der?",
        "follows": "Hei {first}, jeg ser at vi har en felles interesse: {thing}. Hvordan begynte interessen din?",
        "offer-help": "Hei {first}, jeg så at du skrev \u00ab{quote}\u00bb. Hvis det kan hjelpe, tenker jeg gjerne over hvem jeg kjenner, og setter deg i kontakt med noen.",
        "offer-experience": "Hei {first}, jeg så spørsmålet ditt (\u00ab{quote}\u00bb). Det ligger nær mitt eget arbeid, så jeg deler gjerne det jeg selv har hatt nytte av, hvis det kan hjelpe.",
        "compliment-about": "Hei {first}, jeg likte måten du beskriver jobben din på: \u00ab{quote}\u00bb. Hva liker du best å jobbe med akkurat nå?",
    },
    "nl": {
        "school": "Hoi {first}, ik zag dat we allebei aan {thing} hebben gestudeerd. Wat herinner je je het best van die tijd?",
        "school-same-time": "Hoi {first}, ik zie net dat we tegelijk aan {thing} hebben gestudeerd. Wat studeerde je daar?",
        "school-same-time-known": "Hoi {first}, ik zie net dat we tegelijk aan {thing} hebben gestudeerd. Wat herinner je je het best van die jaren?",
        "school-student": "Hoi {first}, ik zag dat we allebei aan {thing} hebben gestudeerd, en dat jij er nu nog studeert. Wat bevalt je daar het meest?",
        "employer": "Hoi {first}, ik zag dat we allebei bij {thing} hebben gewerkt. Op welk project uit die tijd ben je het meest trots?",
        "employer-same-time": "Hoi {first}, het lijkt erop dat we tegelijk bij {thing} werkten. In welk team zat je?",
        "employer-same-time-known": "Hoi {first}, het lijkt erop dat we tegelijk bij {thing} werkten. Wat herinner je je het best van die jaren?",
        "employer-now": "Hoi {first}, ik zag dat we nu allebei bij {thing} werken. In welk team zit je?",
        "employer-they-stay": "Hoi {first}, ik zie dat je bij {thing} werkt, waar ik vroeger werkte. Hoe is het om daar nu te werken?",
        "employer-same-time-they-stay": "Hoi {first}, het lijkt erop dat we tegelijk bij {thing} werkten, en jij werkt er nu nog. Wat is er sindsdien het meest veranderd?",
        "employer-i-stay": "Hoi {first}, ik zag dat je bij {thing} hebt gewerkt, waar ik nu werk. Op welk project uit die tijd ben je het meest trots?",
        "interest": "Hoi {first}, ik zag dat we een hobby delen: {thing}. Hoe ben je ermee begonnen?",
        "cause": "Hoi {first}, ik zie dat we ons voor hetzelfde inzetten: {thing}. Hoe ben je daarbij betrokken geraakt?",
        "topic": "Hoi {first}, het lijkt erop dat we allebei veel nadenken over één onderwerp: {thing}. Welk aspect houdt je nu het meest bezig?",
        "skill": "Hoi {first}, ik zie dat {thing} ook bij je werk hoort. Waarvoor gebruik je het op dit moment?",
        "skill-origin": "Hoi {first}, ik zag dat {thing} ook bij jouw vaardigheden staat. Hoe ben je ermee begonnen?",
        "group": "Hoi {first}, ik zag dat jij ook vrijwilligerswerk hebt gedaan bij {thing}. Wat deed je daar?",
        "their-topic": "Hoi {first}, ik zie dat je schrijft over {thing}. Op welke vraag daarover kom je steeds terug?",
        "career-move": "Hoi {first}, ik zag dat je van {before} naar {after} bent overgestapt. Wat is in het dagelijks werk het grootste verschil?",
        "career-change": "Hoi {first}, ik zag dat je van {before} naar {after} bent overgestapt. Wat uit je vorige baan komt je nu het meest van pas?",
        "their-place-studied": "Hoi {first}, ik zie dat je in {place} woont, waar ik heb gestudeerd. Hoe bevalt het daar?",
        "follows": "Hoi {first}, ik zag dat we een interesse delen: {thing}. Hoe is die bij jou ontstaan?",
        "offer-help": "Hoi {first}, ik zag dat je schreef: \u201c{quote}\u201d. Als het helpt, denk ik graag mee over wie ik ken en breng ik je met iemand in contact.",
        "offer-experience": "Hoi {first}, ik zag je vraag (\u201c{quote}\u201d). Dat ligt dicht bij mijn eigen werk; als het helpt, deel ik graag wat mij geholpen heeft.",
        "compliment-about": "Hoi {first}, ik vond het mooi hoe je je werk beschrijft: \u201c{quote}\u201d. Waar werk je op dit moment het liefst aan?",
    },
}

# Spanish names a pastime with its article after 'la afición por' ('por la escalada', 'por el fútbol', 'por los viajes'):
# 'compartimos una afición: fútbol' read as a list pasted into a sentence (review set 32). The gender by the word's
# ending, with the common exceptions; an English loanword ('running', 'surf') is masculine.
_ES_ARTICLE = lazy(r"^(?:el|la|los|las|un|una|unos|unas|mi|mis|tu|tus|su|sus)\s", re.IGNORECASE)
_ES_MASCULINE_IN_A = frozenset("yoga dia mapa drama tema programa clima idioma planeta sistema problema pijama karma sofa "
                               "aroma poema cinema".split())
_ES_FEMININE_OTHERWISE = frozenset("bici moto foto radio mano imagen flor red piel noche clase calle gente mente nieve torre "
                                   "carne leche suerte llave nube serie".split())
_ES_SINGULAR_IN_S = frozenset("tenis pilates parchis mus analisis atlas biceps cactus crisis tesis dosis".split())
_ES_FEMININE_ENDINGS = ("cion", "sion", "dad", "tad", "tud", "umbre", "ie", "itis")


def spanish_with_article(thing: str) -> str:
    """'fútbol' → 'el fútbol', 'escalada' → 'la escalada', 'viajes' → 'los viajes', 'manualidades' → 'las manualidades'."""
    words = thing.split()
    if not words or _ES_ARTICLE.match(thing):
        return thing
    head = re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", words[0].lower()).encode("ascii", "ignore").decode())
    plural = len(head) > 3 and head.endswith("s") and head not in _ES_SINGULAR_IN_S
    singular = head[:-2] if plural and head.endswith("es") and not head.endswith(("ies", "tes", "jes", "bles")) else (
        head[:-1] if plural else head)
    feminine = ((singular.endswith("a") and singular not in _ES_MASCULINE_IN_A)
                or singular.endswith(_ES_FEMININE_ENDINGS) or singular in _ES_FEMININE_OTHERWISE)
    article = {(False, False): "el", (True, False): "la", (False, True): "los", (True, True): "las"}[(feminine, plural)]
    return f"{article} {thing}"


# Polish names where two studied: 'uczelnia' is a university's, 'szkoła' a school's (a technikum, a liceum, a technical
# or a secondary school): 'Technikum Łączności to również moja uczelnia' reads as wrong (review set 32).
_POLISH_SCHOOL = lazy(r"\b(?:technikum|liceum|gimnazjum|zesp[oó][lł] szk[oó][lł]|szko[lł]a(?! (?:g[lł][oó]wna|wy[zż]sza))|"
                      r"high school|secondary school|technical school|vocational|trade school|grammar school|training|flight|"
                      r"school(?! of)|berufsschule|gymnasium|lyc[ée]e)\b", re.IGNORECASE)
_POLISH_HIGHER = lazy(r"\b(?:uniwersytet|politechnik\w*|akademi\w*|uczelni\w*|wy[zż]sza|g[lł][oó]wna|universit\w*|"
                      r"instytut|institute|hochschule|business school|law school|medical school|school of)\b", re.IGNORECASE)


def polish_school_word(school: str) -> str:
    """'moja szkoła' of a school, 'moja uczelnia' of a university (and of a name that says neither)."""
    return "moja szkoła" if _POLISH_SCHOOL.search(school) and not _POLISH_HIGHER.search(school) else "moja uczelnia"


# Month names for a job that begins later ('starting in January'), in each language that has 'career-upcoming'.
MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
           "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
           "diciembre"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
           "décembre"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
           "Dezember"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro",
           "dezembro"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"),
}

EVIDENCE = {
    "post-achievement": "Their post{date}, with news to congratulate them on: \u201c{quote}\u201d",
    "post-achievement-told": "Their post{date}, with news to congratulate them on: \u201c{quote}\u201d",
    "post-achievement-won": "Their post{date}, with news to congratulate them on: \u201c{quote}\u201d",
    "post-nominated": "Their post{date}, telling of their nomination or a place on a shortlist: \u201c{quote}\u201d",
    "post-talk-accepted": "Their post{date}, telling that their talk was accepted: \u201c{quote}\u201d",
    "post-milestone-team": "Their post{date}, marking a milestone of their team or company: \u201c{quote}\u201d",
    "offer-help": "They wrote: \u201c{quote}\u201d",
    "offer-help-shared": "A post they shared (LinkedIn does not say whether they wrote it): \u201c{quote}\u201d",
    "offer-experience": "They asked{date}: \u201c{quote}\u201d; your skills list \u201c{mine}\u201d",
    "offer-self": "They wrote: \u201c{quote}\u201d; your profile names \u201c{mine}\u201d",
    "post-recommendation": "Their post{date}, recommending something: \u201c{quote}\u201d",
    "post-new-role": "Their post{date}, announcing their new role: \u201c{quote}\u201d",
    "post-new-role-named": "Their post{date}, announcing their new role: \u201c{quote}\u201d",
    "post-achievement-named": "Their post{date}, with news to congratulate them on: \u201c{quote}\u201d",
    "post-talk": "Their post{date}, about a talk they gave: \u201c{quote}\u201d",
    "post-poster": "Their post{date}, about a poster they presented: \u201c{quote}\u201d",
    "post-talk-upcoming": "Their post{date}, about a talk they will give: \u201c{quote}\u201d",
    "post-talk-mine": "Their post{date}, about a talk they gave: \u201c{quote}\u201d; your profile names \u201c{mine}\u201d",
    "compliment-about": "Their about section: \u201c{quote}\u201d",
}


# A school's name that starts with a noun takes the article a French, Italian or Portuguese sentence gives it: 'à
# l'École Polytechnique', 'il Politecnico di Milano', 'no Instituto Superior Técnico', never 'à École…' or 'na
# Instituto…'. Each: the words before the name, the nouns that start it, and what the words become.
_ARTICLES: dict[str, list[tuple[str, str, str]]] = {
    "fr": [(r"\b(à|que) ", r"[ÉE]cole|Universit[ée]|Institut|Acad[ée]mie", r"\1 l'"),
           (r"\bà ", r"Lyc[ée]e|Conservatoire|Coll[èe]ge", "au "),
           (r"\bque ", r"Lyc[ée]e|Conservatoire|Coll[èe]ge", "que le ")],
    "it": [(r"\b(presso|frequentato) ", r"Universit[àa]|Accademia|Istituto|Universidad", r"\1 l'"),
           (r"\b(presso|frequentato) ", r"Politecnico|Conservatorio|Liceo|Collegio", r"\1 il ")],
    "pt": [(r"\bna ", r"Instituto|Centro|Col[ée]gio|Politécnico|Politecnico|Banco|Grupo|Hospital|Laborat[óo]rio|"
                     r"Minist[ée]rio|Museu|Conselho|Departamento|Escrit[óo]rio|Tribunal|Servi[çc]o|Sindicato", "no "),
           (r"\bda ", r"Banco|Grupo|Hospital|Instituto|Centro|Laborat[óo]rio|Minist[ée]rio|Escrit[óo]rio", "do "),
           (r"\bpara a ", r"Banco|Grupo|Hospital|Instituto|Centro|Laborat[óo]rio|Minist[ée]rio|Escrit[óo]rio", "para o ")],
    # Spanish: 'en la Universidad de Concepción', 'en el Instituto Tecnológico', never 'en Universidad…' (review sets 14–15).
    "es": [(r"\ben ", r"Universidad|Escuela|Facultad|Pontificia|Academia|Universitat", "en la "),
           (r"\ben ", r"Instituto|Colegio|Polit[ée]cnico|Tecnol[óo]gico|Conservatorio|Liceo|Centro", "en el ")],
    # Dutch: 'aan de Universiteit Utrecht', 'aan de TU Delft', but 'aan Harvard'.
    "nl": [(r"\baan ", r"Universiteit|Hogeschool|Rijksuniversiteit|Vrije|Erasmus|Radboud|Technische|TU|Katholieke|KU|"
            r"Hanzehogeschool|Fontys|Haagse|Open", "aan de ")],
}


# German: a school's name after 'an der' is in the dative, and its adjectives decline ('an der Technischen Universität
# Berlin', never 'an der Technische…': review set 30); a neuter name takes 'am' ('am Karlsruher Institut für
# Technologie'). A city's '-er' adjective ('Karlsruher') never declines; a noun ending in -e ('Hochschule') is no adjective.
# Only the adjectives names open on decline, hyphenated too ('Rheinisch-Westfälische'); 'Initiative D21', 'Szene
# Hamburg', 'Kreative Köpfe GmbH' are nouns or a brand, left as written.
_GERMAN_ADJECTIVE_STEM = (r"(?:[A-ZÄÖÜ]\w*-)*(?:Deutsch|Technisch|Frei|Neu|Katholisch|Evangelisch|Medizinisch|Pädagogisch|Tierärztlich|"
                          r"Staatlich|Königlich|Rot|Europäisch|Ökumenisch|Theologisch|Philosophisch|Bayerisch|Sächsisch|"
                          r"Hessisch|Westfälisch|Rheinisch|Polytechnisch|Wissenschaftlich|Künstlerisch|Musikalisch)")
_GERMAN_ADJECTIVE = rf"{_GERMAN_ADJECTIVE_STEM}e(?![\w-])"
_GERMAN_NAME_START = lazy(rf"\ban der ((?:(?:{_GERMAN_ADJECTIVE}|[A-ZÄÖÜ][\w-]*er) )*)([A-ZÄÖÜ][\w-]*)")
# A neuter head word, alone or at the end of a hyphenated name ('am Hasso-Plattner-Institut').
_GERMAN_NEUTER = lazy(r"(?:^|-)(?:Institut|Kolleg|Konservatorium|Polytechnikum|Klinikum|Seminar|Gymnasium|Mozarteum|"
                      r"Zentrum|Centrum|Collegium|Kollegium)$")
# An acronym of an institute ('MIT', 'KIT'): neuter ('am MIT'); 'an der TU', 'an der ETH' stay.
_GERMAN_NEUTER_ACRONYM = lazy(r"[A-Z]*IT$")


def _in_the_german_dative(found: re.Match[str]) -> str:
    adjectives = re.sub(rf"({_GERMAN_ADJECTIVE})", r"\1n", found.group(1))
    head = found.group(2)
    neuter = _GERMAN_NEUTER.search(head) or (not adjectives and _GERMAN_NEUTER_ACRONYM.fullmatch(head))
    return f"{'am' if neuter else 'an der'} {adjectives}{head}"


# An employer's name that opens on an adjective takes its article in the dative too: 'bei der Deutschen Bahn', 'von der
# Deutschen Bank zur Technischen Universität München', 'beim Deutschen Zentrum für Luft- und Raumfahrt' (a name in -es
# is neuter), never 'bei Deutsche Bahn'.
_GERMAN_DATIVE_NAME = lazy(rf"\b(bei|von|zu) ((?:{_GERMAN_ADJECTIVE_STEM}e(?:s)? )+)(?=[A-ZÄÖÜ])")
_DATIVE_ARTICLES = {("bei", "f"): "bei der", ("von", "f"): "von der", ("zu", "f"): "zur",
                    ("bei", "n"): "beim", ("von", "n"): "vom", ("zu", "n"): "zum"}


# A place named by a noun that takes its article in German: 'an der Charité', 'an der Universität Wien', 'an der TU
# München', 'bei der Commerzbank', 'am Klinikum rechts der Isar', 'beim Fraunhofer-Institut', never 'bei Charité'
# (review set 45, refused 3-0). A school or a hospital of teaching is 'an der'; another feminine name 'bei der'; a neuter
# one 'beim' (an institute, a hospital: 'am'). Read from the first word's last part ('Universitätsklinikum': neuter).
_GERMAN_TEACHING = (r"(?:[\w-]*(?:universität|hochschule|akademie|schule|charité|uniklinik|klinik)|Universität|Hochschule|"
                    r"Akademie|Charité|Uni|Uniklinik|Klinik|TU|FU|HU|LMU|ETH|RWTH|TH|FH|HAW|OTH|PH)")
_GERMAN_FEMININE = r"(?:[\w-]*(?:bank|kasse|versicherung|gesellschaft|stiftung|agentur|behörde|bahn|post|verwaltung|kammer))"
_GERMAN_NEUTER_PLACE = (r"(?:[\w-]*(?:institut|klinikum|krankenhaus|zentrum|ministerium|amt|gericht)|Institut|Klinikum|"
                        r"Krankenhaus|Zentrum|Ministerium|Amt|Gericht|KIT|MIT)")
_GERMAN_INSTITUTION = lazy(rf"\b(bei|von|zu) (?:({_GERMAN_TEACHING})|({_GERMAN_FEMININE})|({_GERMAN_NEUTER_PLACE}))(?![\w-])",
                           re.IGNORECASE)
_INSTITUTION_ARTICLES = {("bei", "t"): "an der", ("von", "t"): "von der", ("zu", "t"): "zur",
                         ("bei", "f"): "bei der", ("von", "f"): "von der", ("zu", "f"): "zur",
                         ("bei", "n"): "am", ("von", "n"): "vom", ("zu", "n"): "zum"}


def _institution_in_the_german_dative(found: re.Match[str]) -> str:
    kind = "t" if found.group(2) else "f" if found.group(3) else "n"
    name = found.group(2) or found.group(3) or found.group(4)
    if not name[0].isupper():
        return found.group(0)  # 'bei uns', a common noun in the sentence: no name
    return f"{_INSTITUTION_ARTICLES[(found.group(1), kind)]} {name}"


def _employer_in_the_german_dative(found: re.Match[str]) -> str:
    adjectives = found.group(2)
    gender = "n" if adjectives.split()[0].endswith("es") else "f"
    declined = re.sub(r"es?(?= )", "en", adjectives)
    if found.group(1) == "bei" and gender == "f" and re.match(_GERMAN_TEACHING, found.string[found.end():], re.IGNORECASE):
        return f"an der {declined}"  # 'an der Technischen Universität München', not 'bei der'
    return f"{_DATIVE_ARTICLES[(found.group(1), gender)]} {declined}"


# English says an institution named by descriptive words with 'the' ('your time at the World Health Organization', 'at
# the Ethiopian Commodity Exchange', 'from the University of Melbourne'; reviewers refused 'at World Health
# Organization'); a name that opens on its own 'The' is said so mid-sentence ('at the University of Melbourne'), and
# 'fellow … class of' takes none ('fellow University of Melbourne class of 2015', not 'fellow The University…').
# (the lookahead: a name of that kind, after 'at ' or 'from ')
_EN_INSTITUTION = (r"(?=(?:University|Institute|Ministry|Department|Museum|Academy) (?:of|for) [A-Z]|"
                   r"United Nations\b|(?:World|International|European)\s(?:[A-Z][\w&'’.-]*\s){0,3}(?:Bank|Union|Court|"
                   r"Committee|Fund|Programme|Forum|Parliament)\b|"
                   r"(?:[A-Z][\w&'’.-]*\s){1,4}(?:Organi[sz]ation|Foundation|Agency|Commission|Exchange|Association|"
                   r"Federation|Authority|Institute|Society|Council|Ministry|Department|Office)\b)")
# Its own 'The' said mid-sentence; a title's 'The' stays ('at The Independent', 'at The Guardian').
_EN_OWN_THE = lazy(rf"\b(at|from|with|to|joined|left|for|of) The {_EN_INSTITUTION}")
_EN_FELLOW_THE = lazy(r"\bfellow The (?=[A-Z])")
# After 'to' too: 'we both went to the University of Edinburgh', 'from X to the Federal Ministry of Works' (set 42).
_EN_NEEDS_THE = lazy(rf"\b(at|from|to) {_EN_INSTITUTION}")


def english_articles(text: str) -> str:
    """An English starter with the articles its institutions' names need (see _EN_NEEDS_THE)."""
    text = _EN_FELLOW_THE.sub("fellow ", text)
    text = _EN_OWN_THE.sub(r"\1 the ", text)
    return _EN_NEEDS_THE.sub(r"\1 the ", text)


def with_articles(text: str, lang: str) -> str:
    """The rendered starter with the article its school's name needs in French, Italian, Portuguese, Spanish or Dutch,
    and in German its dative ('an der Technischen Universität', 'am Karlsruher Institut')."""
    for before, nouns, becomes in _ARTICLES.get(lang, ()):
        text = re.sub(rf"{before}(?=(?:{nouns})\b)", becomes, text)
    if lang == "de":
        text = _GERMAN_NAME_START.sub(_in_the_german_dative, text, count=1)
        text = _GERMAN_DATIVE_NAME.sub(_employer_in_the_german_dative, text)
        text = _GERMAN_INSTITUTION.sub(_institution_in_the_german_dative, text)
    return text


# European Portuguese, for someone in Portugal: the Brazilian 'você', '-ando' gerunds and 'equipe' read as foreign in
# Lisbon (review 8). The formal third person without a pronoun ('Como começou?'), 'a trabalhar', 'equipa', 'partilhou'.
EUROPEAN_PORTUGUESE: dict[str, str] = {
    "school": "Olá {first}, vi que também estudou na {thing}. Do que sente mais falta dessa época?",
    "school-same-time": "Olá {first}, acabei de perceber que estivemos na {thing} ao mesmo tempo. O que estudava lá?",
    "school-same-time-known": "Olá {first}, acabei de perceber que estivemos na {thing} ao mesmo tempo. Do que se lembra melhor desses anos?",
    "school-student": "Olá {first}, vi que estuda na {thing}, onde também estudei. Do que está a gostar mais?",
    "school-both-now": "Olá {first}, vi que está na {thing}, tal como eu neste momento. Do que está a gostar mais?",
    "employer": "Olá {first}, vi que também já trabalhou na {thing}. De que projeto dessa fase tem mais orgulho?",
    "employer-same-time": "Olá {first}, parece que estivemos na {thing} ao mesmo tempo. Em que equipa estava?",
    "employer-same-time-known": "Olá {first}, parece que estivemos na {thing} ao mesmo tempo. Do que se lembra melhor desses anos?",
    "employer-now": "Olá {first}, vi que também está na {thing} agora. Em que equipa está?",
    "interest": "Olá {first}, vi que temos um passatempo em comum: {thing}. Como começou?",
    "cause": "Olá {first}, vi que nos importamos com a mesma causa: {thing}. Como começou a envolver-se?",
    "topic": "Olá {first}, parece que também pensa bastante em {thing}. Que parte do tema lhe ocupa mais a cabeça neste momento?",
    "skill": "Olá {first}, vi que {thing} também faz parte do seu trabalho. Para que o usa hoje em dia?",
    "skill-origin": "Olá {first}, vi que {thing} também está entre as suas competências. Como começou?",
    "group": "Olá {first}, vi que também colaborou com {thing}. O que fazia lá?",
    "their-topic": "Olá {first}, vi que escreve sobre {thing}. Qual é a pergunta sobre o tema a que volta sempre?",
    "career-move": "Olá {first}, vi que passou da {before} para a {after}. O que é mais diferente no dia a dia?",
    "career-return": "Olá {first}, vi que voltou para a {after} depois de um tempo na {before}. O que motivou o regresso?",
    "post-talk": "Olá {first}, vi {talk_eu}. O que o público mais perguntou?",
    "post-poster": "Olá {first}, vi {talk_eu}. O que é que as pessoas mais lhe perguntaram?",
    "post-talk-mine": "Olá {first}, vi {talk_eu}. É próximo do meu trabalho: o que o público mais perguntou?",
    "career-change": "Olá {first}, vi que passou da {before} para a {after}. O que é que trouxe do trabalho anterior que mais lhe tem sido útil?",
    "their-place-studied": "Olá {first}, vi que está em {place}, onde estudei. Como está a vida aí hoje em dia?",
    "follows": "Olá {first}, vi que temos um interesse em comum: {thing}. Como começou?",
    "interest-follow": "Olá {first}, vi que também acompanha {thing}. Que equipa apoia esta época?",
    "interest-listen": "Olá {first}, vi que também gosta de {thing}. Alguma descoberta recente que recomende?",
    "interest-enjoy": "Olá {first}, vi que também gosta de {thing}. Alguma descoberta recente que recomende?",
    "post": "Olá {first}, a sua publicação recente (\u201c{quote}\u201d) ficou-me na cabeça. O que lhe deu vontade de a escrever?",
    "post-undated": "Olá {first}, a sua publicação (\u201c{quote}\u201d) ficou-me na cabeça. O que lhe deu vontade de a escrever?",
    "post-shared": "Olá {first}, a publicação que partilhou (\u201c{quote}\u201d) ficou-me na cabeça. O que lhe deu vontade de a partilhar?",
    "offer-help": "Olá {first}, vi que mencionou \u201c{quote}\u201d. Se ajudar, posso pensar em quem conheço e fazer uma apresentação.",
    "offer-help-shared": "Olá {first}, vi que partilhou \u201c{quote}\u201d. Se ajudar, posso pensar em quem conheço e fazer uma apresentação.",
    "offer-experience": "Olá {first}, vi a sua pergunta (\u201c{quote}\u201d). Faz parte do meu trabalho: se ajudar, posso partilhar o que me foi útil.",
    "compliment-about": "Olá {first}, gostei da forma como descreve o seu trabalho: \u201c{quote}\u201d. Em que tem gostado mais de trabalhar?",
    "employer-they-stay": "Olá {first}, vi que está na {thing}, onde trabalhei antes. Como é trabalhar aí hoje em dia?",
    "employer-same-time-they-stay": "Olá {first}, parece que estivemos na {thing} ao mesmo tempo, e ainda lá está. O que mudou mais desde então?",
    "employer-i-stay": "Olá {first}, vi que trabalhou na {thing}, onde trabalho hoje. De que projeto dessa fase tem mais orgulho?",
    "post-achievement": "Olá {first}, parabéns {news}! Qual foi a parte mais difícil de acertar?",
    "post-achievement-told": "Olá {first}, parabéns {news}! Qual é o próximo passo?",
    "post-achievement-won": "Olá {first}, parabéns {news}! O que foi preciso para lá chegar?",
        "post-nominated": "Olá {first}, parabéns {news}! Boa sorte!",
    "post-milestone": "Olá {first}, parabéns (\u201c{quote}\u201d)! Que surpresas encontrou pelo caminho?",
    "post-milestone-team": "Olá {first}, parabéns a si e a toda a equipa {news}! O que vem a seguir?",
    "post-story": "Olá {first}, gostei da sua publicação recente (\u201c{quote}\u201d). O que achou mais surpreendente?",
    "post-story-undated": "Olá {first}, gostei da sua publicação (\u201c{quote}\u201d). O que achou mais surpreendente?",
    "post-recommendation": "Olá {first}, agradeço a sugestão da sua publicação (\u201c{quote}\u201d). Há mais alguma coisa nessa linha que recomendaria?",
    "post-view": "Olá {first}, li a sua publicação (\u201c{quote}\u201d). Onde viu isso acontecer com mais clareza na prática?",
    "post-question": "Olá {first}, vi a sua pergunta (\u201c{quote}\u201d). O que lhe responderam até agora?",
    "post-news": "Olá {first}, vi a sua publicação (\u201c{quote}\u201d). Qual é a sua opinião sobre isso?",
    "post-new-role": "Olá {first}, parabéns {news}! O que tem mais vontade de fazer?",
    "post-new-role-named": "Olá {first}, parabéns pelo novo cargo na {named}! O que tem mais vontade de fazer?",
    "post-achievement-named": "Olá {first}, parabéns por \u201c{named}\u201d! Qual foi a parte mais difícil de acertar?",
    "career-upcoming": "Olá {first}, parabéns pelo novo cargo na {after}, a partir de {month}! O que tem mais vontade de fazer?",
    "career-upcoming-ours": "Olá {first}, vi que vai entrar na {after} em {month}. Boas-vindas!",
}


# Templates the blind reviewers rejected too often to offer, measured per template over every fresh judgment of
# review sets 2–15 (majority sendable / judged; review sets 14–15): a rejected starter is worse than none. 'What prompted it?'
# on a post 24/57 (it asks the obvious, or pries into a birth or a farewell); 'what has surprised you most?' 11/26;
# a shared skill 4/27 ('X is among your skills too' ignores the person); 'we're both at X now' 1/6 (brought back for
# strangers at a large employer in two countries only: review set 37); a post passed on,
# a question, a milestone, a cause, a topic, their place: each 0–1 of 1–3. Kept as words, so that their old judgments
# are still counted per template (template_of, bench_starters --by-template); never chosen: no path in starters.py
# leads to one, and none has an evidence line.
RETIRED: frozenset[str] = frozenset({
    "post", "post-undated", "post-shared", "post-story", "post-story-undated", "post-news", "post-question",
    "post-milestone", "skill", "skill-origin", "cause", "topic", "their-topic", "their-place-studied",
    # 'Where have you seen that play out most clearly?' on a post read as a view: 14 of 24 sendable (r104-r106,
    # 2026-12-07): the quote was often news, a premise or one example rather than their opinion.
    "post-view",
})
# 'Passion en commun : hockey', 'en commun : violin': a shared pastime after a colon reads as a bare noun from a list in
# French (0 of 2 sendable; Spanish, Italian and Portuguese 8 of 9, where the same colon reads as natural).
RETIRED_IN: dict[str, frozenset[str]] = {"fr": frozenset({"interest"})}


def template_of(text: str) -> str | None:
    """The name of the template a starter's words were written with (any language, any greeting), or None when no
    template has those words now (an older wording). For measuring reviewers' acceptance per template."""
    body = _after_greeting(text)
    return next((name for name, pattern in _template_patterns() if pattern.fullmatch(body)), None)


def _after_greeting(text: str) -> str:
    """A starter's words after its greeting ('Hi Ana, ', 'Hola, ', '지훈님, ')."""
    head, comma, rest = text.partition(",")
    return rest.strip() if comma and len(head) <= 40 else text.strip()


_PATTERNS: list[tuple[str, re.Pattern[str]]] = []


def _template_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Each template's words as a pattern, most literal words first (so 'post-undated' is not read as 'post')."""
    if not _PATTERNS:
        found = []
        for templates in (*TEMPLATES.values(), EUROPEAN_PORTUGUESE):
            for name, template in templates.items():
                literal = re.escape(_after_greeting(template))
                found.append((len(re.sub(r"\\\{\w+\\\}", "", literal)), name,
                              re.compile(re.sub(r"\\\{\w+\\\}", ".+?", literal), re.DOTALL)))
        _PATTERNS.extend((name, pattern) for _, name, pattern in sorted(found, key=lambda f: -f[0]))
    return _PATTERNS


# Good news said in the sender's words, never pasted back in brackets (review sets 29-36: "(“Today we launched …”)"
# after 'congratulations' read as robotic and stale). Per language and kind of news: (with its object, without);
# {obj} is a name the post gives (an app, a standard, a venue, a company), kept as written. Polish and Korean name
# the kind only: their object would need a case ending the post does not give.
NEWS_WORDS: dict[str, dict[str, tuple[str, str]]] = {
    "en": {"launch": ("on launching {obj}", "on the launch"), "cert": ("on the {obj} certification", "on the certification"),
           "paper": ("on the paper at {obj}", "on the paper"), "win": ("on winning {obj}", "on the win"),
           "role": ("on the new role at {obj}", "on the new role"), "role-as": ("on the new role as {obj}", "on the new role"),
           "news": ("", "on your news"),
           "team": ("", "on the milestone"),
           # Project news (mend 38): 'on the Inner Harbour footbridge opening', 'on the app going live'.
           "opening": ("on the {obj} opening", "on the opening"), "live": ("on the {obj} going live", "on going live"),
           "handover": ("on handing over {obj}", "on the handover"), "funding": ("on the {obj} round", "on the round")},
    "es": {"launch": ("por el lanzamiento de {obj}", "por el lanzamiento"),
           "cert": ("por la certificación {obj}", "por la certificación"),
           "paper": ("por el artículo en {obj}", "por el artículo"), "win": ("", "por el premio"),
           "role": ("por el nuevo puesto en {obj}", "por el nuevo puesto"), "news": ("", "por la noticia"),
           "team": ("", "por el logro")},
    "fr": {"launch": ("pour le lancement de {obj}", "pour le lancement"),
           "cert": ("pour la certification {obj}", "pour la certification"),
           "paper": ("pour l'article à {obj}", "pour l'article"), "win": ("", "pour ce prix"),
           "role": ("pour votre nouveau poste chez {obj}", "pour votre nouveau poste"),
           "news": ("", "pour cette nouvelle"), "team": ("", "pour cette réussite")},
    "de": {"launch": ("zum Launch von {obj}", "zum Launch"), "cert": ("zur {obj}-Zertifizierung", "zur Zertifizierung"),
           "paper": ("zum Paper auf der {obj}", "zum angenommenen Paper"), "win": ("", "zur Auszeichnung"),
           "role": ("zur neuen Stelle bei {obj}", "zur neuen Stelle"), "news": ("", "zu den guten Neuigkeiten"),
           "team": ("", "zu diesem Erfolg")},
    "pt": {"launch": ("pelo lançamento de {obj}", "pelo lançamento"), "cert": ("pela certificação {obj}", "pela certificação"),
           "paper": ("pelo artigo no {obj}", "pelo artigo"), "win": ("", "pelo prêmio"),
           "role": ("pelo novo cargo na {obj}", "pelo novo cargo"), "news": ("", "pela novidade"),
           "team": ("", "pela conquista")},
    "it": {"launch": ("per il lancio di {obj}", "per il lancio"), "cert": ("per la certificazione {obj}", "per la certificazione"),
           "paper": ("per l'articolo a {obj}", "per l'articolo"), "win": ("", "per il premio"),
           "role": ("per il nuovo ruolo presso {obj}", "per il nuovo ruolo"), "news": ("", "per la notizia"),
           "team": ("", "per il traguardo")},
    "pl": {"launch": ("", "z okazji premiery"), "cert": ("", "z okazji certyfikacji"), "paper": ("", "z okazji publikacji"),
           "win": ("", "z okazji nagrody"), "role": ("", "z okazji nowej roli"), "news": ("", "z okazji sukcesu"),
           "team": ("", "z okazji sukcesu")},
    "ko": {"launch": ("", "출시"), "cert": ("", "인증 획득"), "paper": ("", "논문 채택"), "win": ("", "수상"),
           "role": ("", "새로운 역할"), "news": ("", "좋은 소식"), "team": ("", "성과")},
}


# A prize or an award the post names as such, without its name: said as the award in each language (a bare 'on the
# win' was refused as vague: the review of mends 32-33).
for _lang, _award in {"en": "on the award", "es": "por el premio", "fr": "pour ce prix", "de": "zur Auszeichnung",
                      "pt": "pelo prêmio", "it": "per il premio", "pl": "z okazji nagrody", "ko": "수상"}.items():
    NEWS_WORDS[_lang]["award"] = ("", _award)
# A nomination or a place on a shortlist of theirs: never said as a win (review set 43). The award named in English,
# where the post is read for its name; else the kind alone.
for _lang, _nominated in {"en": ("on the nomination for {obj}", "on the nomination", "on making the shortlist for {obj}",
                                 "on making the shortlist"),
                          "es": ("", "por la nominación", "", "por estar entre los finalistas"),
                          "fr": ("", "pour la nomination", "", "pour votre place parmi les finalistes"),
                          "de": ("", "zur Nominierung", "", "zum Einzug ins Finale"),
                          "pt": ("", "pela indicação", "", "por estar entre os finalistas")}.items():
    NEWS_WORDS[_lang]["nomination"] = _nominated[:2]
    NEWS_WORDS[_lang]["shortlist"] = _nominated[2:]
# Every language has every kind (the ones without a nomination's template still name it).
for _lang, _nominated in {"it": ("per la candidatura", "per il posto tra i finalisti"),
                          "pl": ("z okazji nominacji", "z okazji miejsca w finale"), "ko": ("후보 선정", "결선 진출")}.items():
    NEWS_WORDS[_lang]["nomination"], NEWS_WORDS[_lang]["shortlist"] = (("", w) for w in _nominated)
# A talk of theirs accepted at an event, named in English only (the one template that says it).
NEWS_WORDS["en"]["talk-accepted"] = ("on getting your {obj}", "on getting your talk accepted")  # {obj}: 'talk into GDC'

for _lang, _accepted in {"es": "por la charla aceptada", "fr": "pour votre intervention acceptée",
                         "de": "zum angenommenen Vortrag", "pt": "pela palestra aceita", "it": "per l'intervento accettato",
                         "pl": "z okazji przyjęcia wystąpienia", "ko": "발표 채택"}.items():
    NEWS_WORDS[_lang]["talk-accepted"] = ("", _accepted)
for _table in NEWS_WORDS.values():
    _table.setdefault("role-as", ("", _table["role"][1]))  # the title named in English only
# A release ('New release: an open corpus…') and a report or a book published, said by their kind.
for _lang, _published in {"en": "on the publication", "es": "por la publicación", "fr": "pour la publication",
                          "de": "zur Veröffentlichung", "pt": "pela publicação", "it": "per la pubblicazione",
                          "pl": "z okazji publikacji", "ko": "발간"}.items():
    NEWS_WORDS[_lang]["publication"] = ("", _published)
    NEWS_WORDS[_lang]["release"] = ("", "on the release") if _lang == "en" else NEWS_WORDS[_lang]["launch"]


# Project news (mend 38) is read from English posts only; every language still has every kind, said without the name.
for _lang, _said in {"es": ("por la inauguración", "por el lanzamiento", "por la entrega", "por la ronda de financiación"),
                     "fr": ("pour l'inauguration", "pour le lancement", "pour la livraison", "pour la levée de fonds"),
                     "de": ("zur Eröffnung", "zum Launch", "zur Übergabe", "zur Finanzierungsrunde"),
                     "pt": ("pela inauguração", "pelo lançamento", "pela entrega", "pela rodada de investimento"),
                     "it": ("per l'inaugurazione", "per il lancio", "per la consegna", "per il round di finanziamento"),
                     "pl": ("z okazji otwarcia", "z okazji premiery", "z okazji oddania", "z okazji rundy finansowania"),
                     "ko": ("개장", "출시", "인도", "투자 유치")}.items():
    NEWS_WORDS[_lang].update(zip(("opening", "live", "handover", "funding"), (("", w) for w in _said), strict=True))


def news_words(lang: str, kind: str, obj: str = "") -> str:
    """The sender's words for news of `kind` in `lang`, naming `obj` where the language's wording can."""
    table = NEWS_WORDS.get(lang, NEWS_WORDS["en"])
    with_obj, without = table.get(kind, table["news"])
    return with_obj.format(obj=obj) if obj and with_obj else without


# A talk they gave, said in the sender's words (the same reviews: a talk's post pasted back read as robotic): where it
# was, when the post names it ('you spoke at EuroSciPy'), else their post about it. (with the event, without). Each
# says the sender saw THAT they spoke, or their post: 'j'ai vu votre intervention à Kigali' reads as 'I was in the
# audience' (review of mends 32-33). Portuguese puts an article before an event's name ('na IAPP Europe'), none
# before a town's ('em Kigali'): {at} is filled by talk_words.
TALK_WORDS: dict[str, tuple[str, str]] = {
    "en": ("you spoke {at} {event}", "your post about your talk"),  # 'you gave a talk on {subject}' when only that is named
    "es": ("que diste una charla en {event}", "tu publicación sobre tu charla"),
    "fr": ("que vous aviez parlé à {event}", "votre publication sur votre intervention"),
    "de": ("ich habe gesehen, dass Sie bei {event} gesprochen haben", "ich habe Ihren Beitrag über Ihren Vortrag gesehen"),
    "pt": ("que você deu uma palestra {at} {event}", "sua publicação sobre a sua palestra"),
    "pt-PT": ("que deu uma palestra {at} {event}", "a sua publicação sobre a sua palestra"),
    "it": ("che hai parlato a {event}", "il tuo post sul tuo intervento"),
}


# The little word before an event's name and before a town's, where the language tells them apart.
_TALK_AT = {"en": ("at", "in"), "pt": ("na", "em")}


# A poster they presented, said as truly as a talk (review set 46: 'I saw you spoke at Humanoids' of a poster was refused
# as unsupported). (with the event, without), in every language TALK_WORDS has.
POSTER_WORDS: dict[str, tuple[str, str]] = {
    "en": ("you presented a poster {at} {event}", "your post about your poster"),
    "es": ("que presentaste un póster en {event}", "tu publicación sobre tu póster"),
    "fr": ("que vous aviez présenté un poster à {event}", "votre publication sur votre poster"),
    "de": ("ich habe gesehen, dass Sie bei {event} ein Poster vorgestellt haben", "ich habe Ihren Beitrag über Ihr Poster gesehen"),
    "pt": ("que você apresentou um pôster {at} {event}", "sua publicação sobre o seu pôster"),
    "pt-PT": ("que apresentou um póster {at} {event}", "a sua publicação sobre o seu póster"),
    "it": ("che hai presentato un poster a {event}", "il tuo post sul tuo poster"),
}


def talk_words(lang: str, event: str = "", subject: str = "", *, a_place: bool = False, poster: bool = False) -> str:
    """The sender's words for a talk they gave, in `lang`: at `event` (and, in English, on `subject`) when named;
    `a_place` when the event is a town or a country (Portuguese 'em Kigali', not 'na Kigali'); `poster` for a poster."""
    words = POSTER_WORDS if poster else TALK_WORDS
    with_event, without = words.get(lang, words["en"])
    if not event:
        return f"you gave a talk on {subject}" if subject and lang == "en" else without
    if lang != "en":
        event = re.sub(r"^the\s+", "", event)  # an English article left in a sentence of another language
    said = with_event.format(event=event, at=_TALK_AT.get(lang[:2], ("", ""))[a_place])
    return f"{said} on {subject}" if subject and lang == "en" else said
