"""The send guard's statistical model, read from JSON: n-gram evidence plus one logistic combination.

Two parts, both plain numbers in data/guard_model.json, trained by scripts/train_guard.py:
  - n-gram evidence: a log-odds weight (pitch vs not, naive-Bayes style) for each word, word pair, stem of a
    long word, concept shared by the five languages ("@free" for free, gratis, gratuit, kostenlos…) and
    4-character sequence seen often enough in the training corpus. A draft's evidence is the mean over its
    distinct n-grams (so length and repetition do not inflate it; a short draft's mean is shrunk toward zero,
    since a few n-grams say little), once for words, once for characters, once for the words of a P.S., once
    for its most pitch-like sentence ("peak"), once for its first and once for its last sentence (a genuine
    opener that turns to the sender's offer) and once for its few strongest terms ("top");
  - the combination: one weight per named signal (the seven evidence sums, each rule, the structural
    features, the ask), whose logistic is the guard's score. So the n-grams can decide a verdict alone, and
    every point of the score traces back to a rule, a feature or the n-grams that earned it.
Nothing heavier than `json` and `re` is imported; the weights load once, on first use.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from heapq import nlargest
from itertools import accumulate, islice, repeat
from pathlib import Path

from companion.regex_cache import beside_bytecode, compile_kept, kept_or_built

MODEL_PATH = Path(__file__).resolve().parent / "data" / "guard_model.json"
FORMAT = "rapport-guard-model"
FORMAT_VERSION = 2
CHAR_N = 4

# Stems are the first letters of long words, so "investir", "investment" and "investieren" share one; endings
# are the last letters of longer ones, so compounds and derived words share their head ("Unternehmensberatung",
# "Steuerberatung"; "digitalización", "automatización").
STEM_LENGTH = 5
STEM_MIN_WORD = 7
ENDING_LENGTH = 5
ENDING_MIN_WORD = 9


def _build_fold_table() -> dict[int, str]:
    """Lowercase and strip accents one character for one character, so offsets stay the same."""
    table: dict[int, str] = {}
    for code in range(0x00C0, 0x0250):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0].lower()
        if len(base) == 1 and base.isascii() and base.isalpha():
            table[code] = base
    for code in range(ord("A"), ord("Z") + 1):
        table[code] = chr(code).lower()
    table[ord("ß")] = "ß"
    table.update({ord("’"): "'", ord("‘"): "'", ord("ʼ"): "'", ord("“"): '"', ord("”"): '"',
                  ord("«"): '"', ord("»"): '"', ord("–"): "-", ord("—"): "-", ord("\u00a0"): " "})
    return table


FOLD_TABLE = _build_fold_table()


def fold(text: str) -> str:
    """The text lowercased and without accents, exactly as long as the original (offsets line up)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters (e.g. "İ") lower to two; fold them one by one
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    if lowered.isascii():
        return lowered
    return lowered.translate(FOLD_TABLE)


TOKEN_RE = compile_kept(r"[^\W_]+|[%$€£?]")


# The word after a greeting is nearly always a name; names say nothing about pitching, so they are masked.
GREETINGS = frozenset("hi hey hello dear hola buenas querido querida estimado estimada bonjour salut coucou cher chere "
                      "hallo liebe lieber moin servus ola oi prezado prezada".split())
NAME = "<name>"
# Month names are dates, like the numbers beside them: read as one token, so that the months one author's pitches
# happened to be set in ("noviembre", "Januar") do not weigh as pitch words for every writer. "may" is a modal and
# "marco", "august" are names as often, so they stay words (a "Julio" after a greeting is read as a month: a date or a
# name, it says nothing about pitching either way).
MONTHS = frozenset("january february march april june july september october november december "
                   "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre "
                   "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre "
                   "januar februar marz juni juli oktober dezember "
                   "janeiro fevereiro maio junho julho setembro outubro novembro dezembro".split())
MONTH = "<month>"


# A question led by one of these (first or second word: "o que", "Sam, what…") asks about facts ("what got you into
# it?"); its mark is the token "?w", apart from the "?" of a yes-or-no question, which in a first message is mostly a
# call to action ("Interested?"). Grouped cross-validation: no change in pitches caught; it keeps "What got you
# interested?" after a shared interest from reading as "Interested?".
WH_WORDS = frozenset("how what when where why who which que qu como cuando donde quien cual comment quand pourquoi qui "
                     "quel quelle quels quelles wie was wann wo warum wer welche welcher welches quando onde quem qual".split())
WH_MARK = "?w"
_LEAD_WORDS = frozenset("and so also but btw oh ok y et und e mais aber pero".split())
# Words, question marks and sentence ends in one read of a draft, for `words` and `sentences` both. A run of ".", "!"
# and "?" followed by a space ends a sentence (not the dot of a link or a number); it is read with that space (the
# draft is read with a space after it, for a run at its end), so that it is told apart from a "?" that ends none
# ("3?x", "?!)"), read alone. The look-behind makes a run of marks start a match once only: linear on any input.
_READ_RE = compile_kept(r"[^\W_]+|[%$€£]|(?<![.!?])[.!?]+\s|\?|\n")
PEAK_MIN_WORDS = 3  # a sentence shorter than this is too short to judge alone


def read_draft(folded: str) -> tuple[list[str], list[str], list[tuple[int, int]]]:
    """`words(folded)` and `sentences(folded)` from one read of the text: the word tokens, the sentences' words and
    each sentence of at least PEAK_MIN_WORDS words as (first, end) indices into the latter."""
    toks: list[str] = []
    plain: list[str] = []  # the sentences' words: no question marks, names as written
    bounds: list[tuple[int, int]] = []
    first = 0  # where the current sentence starts in `plain`
    after_greeting = False
    led = 0  # how many of the current sentence's words were read for its lead
    wh = False
    for seg in _READ_RE.findall(folded + " "):
        mark = seg[0]
        if mark in ".!?":
            # Each "?" is a token (the first one "?w" after a question's lead "what", "how"…); after it, or after a
            # run ending with "." or "!", a new lead is read. The space read with a run may be a new line: ending
            # the sentence again, with no word since, it changes nothing.
            questions = seg.count("?")
            if questions:
                toks.append(WH_MARK if wh else "?")
                toks.extend(["?"] * (questions - 1))
                after_greeting = False
            led, wh = 0, False
            if not seg[-1].isspace():
                continue  # a "?" that ends no sentence
        elif mark == "\n":
            led, wh = 0, False
        else:
            token = seg
            if seg.isdigit():
                token = seg = "#"
            elif seg in MONTHS:
                token = seg = MONTH
            elif after_greeting and seg.isalpha():
                token = NAME
            elif led < 2 and seg not in GREETINGS and seg not in _LEAD_WORDS:
                led += 1
                wh = wh or seg in WH_WORDS
            after_greeting = token in GREETINGS
            toks.append(token)
            plain.append(seg)
            continue
        if len(plain) - first >= PEAK_MIN_WORDS:
            bounds.append((first, len(plain)))
        first = len(plain)
    if len(plain) - first >= PEAK_MIN_WORDS:
        bounds.append((first, len(plain)))
    return toks, plain, bounds


def words(folded: str) -> list[str]:
    """The word tokens of folded text; numbers become "#", the name after a greeting becomes "<name>", and the mark
    of a question led by "what", "how", "qué"… becomes "?w". Each "?" is a token, so indices match TOKEN_RE's."""
    return read_draft(folded)[0]


class TokenSpans:
    """(start, end) of each token of `words(folded)`, by index, found only as far into the text as asked
    (reasons need a few tokens' offsets; most drafts never need them all)."""

    __slots__ = ("_matches", "_spans")

    def __init__(self, folded: str):
        self._matches = TOKEN_RE.finditer(folded)
        self._spans: list[tuple[int, int]] = []

    def __getitem__(self, index: int) -> tuple[int, int]:
        missing = index + 1 - len(self._spans)
        if missing > 0:
            self._spans.extend(m.span() for m in islice(self._matches, missing))
        return self._spans[index]


def word_features(toks: list[str]) -> list[tuple[str, int, int]]:
    """Every word feature of a token list as (name, first token, last token): words, word pairs, stems, endings."""
    out = []
    prev = None
    for i, word in enumerate(toks):
        out.append((word, i, i))
        if len(word) >= STEM_MIN_WORD:
            out.append(("~" + word[:STEM_LENGTH], i, i))
        if len(word) >= ENDING_MIN_WORD:
            out.append(("-" + word[-ENDING_LENGTH:], i, i))
        if prev is not None:
            out.append((prev + " " + word, i - 1, i))
        prev = word
    return out


def char_grams(folded: str) -> set[str]:
    """The distinct 4-character sequences of each distinct word of folded text (a word being what lies between
    spaces, punctuation and links included), with a space at each end so word edges count."""
    padded = [" " + chunk + " " for chunk in set(folded.split())]
    return {word[i:i + CHAR_N] for word in padded for i in range(len(word) - CHAR_N + 1)}


# Led by a literal letter, so the scan skips most positions at once; that it starts a word is checked after.
_PS_RE = compile_kept(r"(?:p(?:\. ?[sd]\.?|s|d|ost-scriptum)|nb)\s*[:\-.,]")


def split_ps(folded: str) -> int:
    """Where a postscript (P.S., PS:, P.D., NB:) starts in folded text, or -1."""
    for m in _PS_RE.finditer(folded):
        start = m.start()
        if start == 0 or folded[start - 1].isspace():
            return start
    return -1


# Words that say the same thing in the five languages share a concept ("@free" for free, gratis, gratuit,
# kostenlos…), so what the corpus teaches in one language carries to the others, where it has fewer messages.
_CONCEPT_WORDS = {
    "we": "we nosotros nous wir",
    "our": "our ours nuestro nuestra nuestros nuestras notre unser unsere unseren unserem unserer nosso nossa nossos nossas",
    "your": "your yours tu tus votre vos ton ta tes dein deine deinen deinem ihr ihre ihren ihrem seu sua seus suas teu tua",
    "free": "free gratis gratuito gratuita gratuitos gratuit gratuite gratuits kostenlos kostenlose kostenlosen kostenloses umsonst offert offerte",
    "price": "price prices pricing precio precios prix tarif tarifs preis preise preco precos",
    "cost": "cost costs costo coste costos cout couts kosten custo custos",
    "client": "client clients customer customers cliente clientes kunde kunden kundinnen",
    "company": "company companies empresa empresas entreprise entreprises societe unternehmen firma firmen",
    "agency": "agency agencia agence agentur consultancy consultora cabinet beratung consultoria",
    "send": "send mandar mando mandarte enviar envio enviarte envoyer envoie schicken schicke senden sende",
    "show": "show mostrar mostrarte ensenar ensenarte ensenarle montrer presenter zeigen vorstellen demonstrar",
    "call": "call calls llamada llamadas appel appels anruf telefonat chamada ligacao",
    "demo": "demo demos demostracion demonstration demonstracao",
    "meeting": "meeting meetings reunion reuniones termin reuniao",
    "minutes": "minutes minutos minuten mins min",
    "help": "help helps helping ayudamos ayudo ayudar aider aidons aide helfen helfe unterstutzen ajudar ajudamos ajudo",
    "offer": "offer offers ofrecemos ofrezco ofrecer proposons propose proposer bieten biete anbieten oferecemos ofereco oferecer",
    "save": "save saves ahorrar ahorro economiser economisez sparen sparst economizar economia",
    "grow": "grow increase boost double aumentar duplicar crecer augmenter doubler booster steigern erhohen verdoppeln dobrar crescer",
    "results": "results resultados resultats ergebnisse",
    "spots": "spots seats slots plazas cupos places platze vagas",
    "opportunity": "opportunity opportunities oportunidad oportunidades opportunite gelegenheit chance oportunidade",
    "invest": "invest investing investment invertir inversion investir investissement investieren investition investimento",
    "buy": "buy purchase comprar compra acheter achetez kaufen kauf",
    "sell": "sell selling vender vendo vendre vends verkaufen verkaufe vendendo",
    "join": "join joining unirte unete sumarte rejoindre rejoins rejoignez beitreten mitmachen entrar participar",
    "interested": "interested interesa interesado interesada interesse interessiert interessado interessada",
    "thanks": "thanks thank thx gracias merci danke obrigado obrigada",
    "congrats": "congrats congratulations felicidades enhorabuena felicitaciones felicitations bravo gluckwunsch gratuliere glueckwunsch parabens",
    "question": "question questions pregunta preguntas duda frage fragen pergunta perguntas duvida",
    "advice": "advice consejo consejos conseil conseils rat ratschlag tipp tipps conselho conselhos dica dicas",
    "article": "article articulo artikel artigo post paper papier",
    "coffee": "coffee cafe kaffee",
    "book": "book libro livre buch livro ebook",
    "course": "course courses curso cursos formation formations kurs kurse masterclass webinar webinaire mentoria",
    "coaching": "coaching coach mentoring accompagnement",
    "trial": "trial prueba essai testphase teste",
    "link": "link enlace lien liga",
    "tool": "platform tool software app solution plataforma herramienta solucion plateforme outil logiciel plattform losung werkzeug ferramenta solucao",
    "discount": "discount descuento remise rabatt desconto",
    "proposal": "proposal quote propuesta presupuesto cotizacion proposition devis angebot proposta orcamento",
    "commission": "commission commissions comision provision comissao",
    "income": "income revenue ingresos revenus einkommen umsatz renda receita",
    "business": "business negocio affaires geschaft negocios",
    "happy": "happy glad encantado encantada encantaria ravi ravie freue freuen feliz",
    "hiring": "hiring recruiting contratando recrutement recrute rekrutierung contratacao recrutando",
    "team": "team teams equipo equipos equipe equipes",
    "product": "product products producto productos produit produits produkt produkte produto produtos",
    "brand": "brand brands marca marcas marque marques marke marken",
    "shop": "shop store tienda boutique laden loja",
    "launch": "launch launched launching lanzar lanzado lanzamiento lancer lance lancement launchen gelauncht lancar lancei lancamento",
    "review": "review reviews resena resenas avis rezension rezensionen avaliacao avaliacoes",
    "stars": "stars estrellas estrellitas etoiles sterne sternchen estrelas estrelinhas",
    "project": "project projects proyecto proyectos projet projets projekt projekte projeto projetos",
    "money": "money dinero plata argent geld dinheiro grana",
    "earn": "earn earning earned ganar gano ganas gagner gagne verdienen verdiene verdienst ganhar ganho",
    "sample": "sample samples muestra muestras echantillon echantillons probe proben muster amostra amostras",
    "coupon": "coupon coupons cupon cupones gutschein gutscheine cupom",
    "catalog": "catalog catalogue catalogo katalog",
    "partner": "partner partners partnership socio socios alianza partenaire partenaires partenariat partnerschaft parceiro parceiros parceria",
    "invite": "invite invitation invitacion invitar inviter einladung einladen convite convidar",
    "exclusive": "exclusive exclusivo exclusiva exclusif exklusiv exklusive",
    "limited": "limited limitado limitada limitados limitadas limite limitee limitees begrenzt begrenzte",
    "recommend": "recommend recommendation recomiendas recomendar recomendacion recommander recommandation conseilles empfehlen empfiehlst empfehlung recomenda recomendacao",
    "sorry": "sorry siento lamento desole desolee leid desculpa lamento",
    "friend": "friend friends amigo amiga amigos amigas ami amie amis freund freundin freunde",
    "family": "family familia famille familie",
    "wellness": "wellness bienestar wohlbefinden",
    "financial": "financial financiera financiero financiere finanziell finanzielle financeira financeiro",
}
CONCEPTS: dict[str, str] = {word: "@" + concept for concept, spelled in _CONCEPT_WORDS.items() for word in spelled.split()}


def word_names(toks: list[str]) -> set[str]:
    """The distinct word feature names of a token list (what `word_features` names, without positions), and
    the concepts they spell, alone and in pairs ("@our @client"): names with "@" point at no one place."""
    names = set(toks)
    names.update(["~" + w[:STEM_LENGTH] for w in names if len(w) >= STEM_MIN_WORD])
    names.update(["-" + w[-ENDING_LENGTH:] for w in names if len(w) >= ENDING_MIN_WORD and w[0] != "~"])
    names.update(map(" ".join, zip(toks, toks[1:], strict=False)))
    names.update(map(CONCEPTS.get, names & CONCEPTS.keys()))
    # Pairs with a concept in them (a pair of two plain words is already there): mapped and joined in C.
    concepts = list(map(CONCEPTS.get, toks, toks))
    names.update(map(" ".join, zip(concepts, concepts[1:], strict=False)))
    return names


TOP_TERMS = 5  # the strongest word terms averaged for "top"


def sentences(folded: str) -> tuple[list[str], list[tuple[int, int]]]:
    """The draft's words (numbers as "#") and each sentence of at least PEAK_MIN_WORDS as (first, end) indices: a
    sentence ends at a new line or at a run of "?", "!" and "." followed by a space or the end."""
    _, plain, bounds = read_draft(folded)
    return plain, bounds


def sentence_evidence(toks: list[str], bounds: list[tuple[int, int]], names: Iterable[str],
                      weights: dict[str, float], name_weights: Iterable[float] | None = None
                      ) -> tuple[float, float, float, float]:
    """(peak, top, first, last): the most pitch-like sentence's evidence (a pitch hidden in one sentence of a
    friendly note is not diluted by the rest: its words, pairs and concepts, over their count), the mean of the
    draft's TOP_TERMS strongest word terms, and, in a draft of two sentences or more, the evidence of its first and
    of its last sentence (a genuine opener, then a turn to the sender's offer: the offer and its call to action
    come last). Sums by position, in C: a set per sentence costs as much as the rest of the model. `name_weights`:
    the weights of `names`, in their order, when already read."""
    get = weights.get
    if name_weights is None:
        name_weights = map(get, names, repeat(0.0))
    top = sum(w for w in nlargest(TOP_TERMS, name_weights) if w > 0) / TOP_TERMS
    if not bounds:
        return 0.0, top, 0.0, 0.0
    # A word's weight and its concept's, added once for each distinct word (a draft repeats its words).
    single = {w: get(w, 0.0) + get(CONCEPTS.get(w), 0.0) for w in set(toks)}
    singles = list(accumulate(map(single.__getitem__, toks), initial=0.0))
    pairs = list(accumulate(map(get, map(" ".join, zip(toks, toks[1:], strict=False)), repeat(0.0)), initial=0.0))
    # pairs[k] sums the pairs ending at words 1…k; a sentence [a, b) holds the pairs ending at a+1…b-1.
    def sentence(a: int, b: int) -> float:
        return (singles[b] - singles[a] + pairs[b - 1] - pairs[a]) / (2 * (b - a) - 1 + SHRINK_PEAK)

    peak = max(sentence(a, b) for a, b in bounds)
    if len(bounds) < 2:
        return peak, top, 0.0, 0.0
    return peak, top, sentence(*bounds[0]), sentence(*bounds[-1])


@dataclass
class Evidence:
    """What the n-grams say about a draft: the normalised sums, the peak, first and last sentences and the top terms."""

    words: float = 0.0
    chars: float = 0.0
    ps: float = 0.0
    peak: float = 0.0
    top: float = 0.0
    first: float = 0.0
    last: float = 0.0
    names: set[str] | None = None  # the draft's word feature names (for finding its strongest terms)


# A short draft's mean says little: it is shrunk toward zero as if this many neutral n-grams were added.
SHRINK_WORDS = 40
SHRINK_CHARS = 200
SHRINK_PEAK = 10


def _norm_sum(weights: Iterable[float], count: int, shrink: int = SHRINK_WORDS) -> float:
    return sum(weights) / (count + shrink)


class GuardModel:
    """The n-gram weights and the combination's weights (`combine`: signal name -> weight, with `bias`)."""

    def __init__(self, bias: float, combine: dict[str, float], words: dict[str, float], chars: dict[str, float],
                 meta: dict | None = None):
        self.bias = bias
        self.combine = combine
        self.words = words
        self.chars = chars
        self.meta = meta or {}
        self._strong: dict[float, dict[str, float]] = {}

    def evidence(self, folded: str, toks: list[str], ps_start: int | None = None,
                 read: tuple[list[str], list[tuple[int, int]]] | None = None) -> Evidence:
        """The n-gram evidence of a draft (folded text and its tokens; where its P.S. starts and its
        `sentences(folded)`, if known)."""
        get_word = self.words.get
        names = word_names(toks)
        name_weights = list(map(get_word, names, repeat(0.0)))  # read once: the mean and the top terms use them
        words_sum = _norm_sum(name_weights, len(names))
        grams = char_grams(folded)
        chars_sum = _norm_sum(map(self.chars.get, grams, repeat(0.0)), len(grams), SHRINK_CHARS)
        ps = 0.0
        start = split_ps(folded) if ps_start is None else ps_start
        if start >= 0:
            ps_names = word_names(words(folded[start:]))
            ps = _norm_sum(map(get_word, ps_names, repeat(0.0)), len(ps_names))
        peak, top, first, last = sentence_evidence(*(read or sentences(folded)), names, self.words, name_weights)
        return Evidence(words_sum, chars_sum, ps, peak, top, first, last, names)

    def strong_terms(self, toks: list[str], keep_above: float, limit: int = 12,
                     names: set[str] | None = None) -> list[tuple[float, int, int]]:
        """The strongest words and word pairs worth at least `keep_above`, each at its first place, as
        (weight, first token, last token), strongest first. `names`: word_names(toks), when already known."""
        strong = self._strong.get(keep_above)
        if strong is None:
            # Reasons are words of the draft: not stems, concepts, or a pair with a question mark.
            strong = self._strong[keep_above] = {k: v for k, v in self.words.items()
                                                  if v >= keep_above and k[0] not in "~-" and "@" not in k and "?" not in k}
        present = (word_names(toks) if names is None else names) & strong.keys()  # a set intersection, in C
        out = []
        # The `limit` largest (weight, name) pairs, as nlargest would give them: a few dozen, sorted in C.
        ranked = sorted(zip(map(strong.__getitem__, present), present, strict=True), reverse=True)
        for weight, name in ranked[:limit]:
            first, _, second = name.partition(" ")
            i = toks.index(first)
            if second:
                while toks[i + 1] != second:  # the pair is present, so some place of `first` is followed by it
                    i = toks.index(first, i + 1)
                out.append((weight, i, i + 1))
            else:
                out.append((weight, i, i))
        return out

    def top_gram(self, folded: str) -> tuple[float, str] | None:
        """The strongest 4-character sequence of a draft, with its weight."""
        get_char = self.chars.get
        return max(((get_char(g, 0.0), g) for g in sorted(char_grams(folded))), default=None)

    def to_json(self) -> dict:
        return {"format": FORMAT, "version": FORMAT_VERSION, "bias": self.bias,
                "combine": dict(sorted(self.combine.items())), "meta": self.meta,
                "words": dict(sorted(self.words.items())), "chars": dict(sorted(self.chars.items()))}

    @classmethod
    def from_json(cls, data: dict) -> GuardModel:
        if data.get("format") != FORMAT or data.get("version") != FORMAT_VERSION:
            raise ValueError("not a Rapport guard model (format or version mismatch)")
        return cls(float(data["bias"]), {str(k): float(v) for k, v in data["combine"].items()},
                   {str(k): float(v) for k, v in data["words"].items()},
                   {str(k): float(v) for k, v in data["chars"].items()}, data.get("meta"))


EMPTY_MODEL = GuardModel(0.0, {}, {}, {}, {"note": "no trained weights"})


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> GuardModel:
    """The shipped weights (cached); an empty model when the file is missing, so the rules still work. The
    shipped file is read from its marshal copy while the copy names the file's size and modification time and this
    interpreter (as Python keeps a module's bytecode): the JSON's 2 MB took a first check (a starter of a person not
    shown before) three times as long to read, and twice the memory while its dictionaries were copied."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        return EMPTY_MODEL
    copy = _model_copy_path() if path == MODEL_PATH else None
    stamp = f"{FORMAT}:{FORMAT_VERSION}:{stat.st_size}:{stat.st_mtime_ns}"  # kept_or_built adds the interpreter

    def parse() -> tuple:
        model = GuardModel.from_json(json.loads(path.read_text(encoding="utf-8")))
        return model.bias, model.combine, model.words, model.chars, model.meta

    try:
        return GuardModel(*kept_or_built(copy, stamp, parse, _model_parts))
    except FileNotFoundError:  # (removed since its stat: nothing is kept)
        return EMPTY_MODEL


def _model_parts(kept: object) -> bool:
    """Whether a kept copy holds a model's parts: (bias, combine, words, chars, meta)."""
    return (isinstance(kept, tuple) and len(kept) == 5 and isinstance(kept[0], float)
            and all(isinstance(part, dict) for part in kept[1:]))



def _model_copy_path() -> Path | None:
    return beside_bytecode(__file__, f"guard_model.{sys.implementation.cache_tag}.marshal")
