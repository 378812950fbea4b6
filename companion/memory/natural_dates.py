"""Dates as people write them: "yesterday", "3 days ago", "by Friday", "mañana", "2026-03-15".

Two directions: `parse_past_moment` reads when something happened (for the interaction log; the future
is an error), `due_date_in` finds a deadline inside a promise sentence in en/es/fr/de/pt.
"""

from __future__ import annotations

import calendar
import re
from datetime import UTC, date, datetime, time, timedelta
from typing import NoReturn

from companion.errors import InvalidInput

WEEKDAYS = {
    # en, es, fr, de, pt (accents stripped by `_fold`)
    0: ("monday", "mon", "lunes", "lundi", "montag", "segunda", "segunda-feira"),
    1: ("tuesday", "tue", "tues", "martes", "mardi", "dienstag", "terca", "terca-feira"),
    2: ("wednesday", "wed", "miercoles", "mercredi", "mittwoch", "quarta", "quarta-feira"),
    3: ("thursday", "thu", "thurs", "jueves", "jeudi", "donnerstag", "quinta", "quinta-feira"),
    4: ("friday", "fri", "viernes", "vendredi", "freitag", "sexta", "sexta-feira"),
    5: ("saturday", "sat", "sabado", "samedi", "samstag"),
    6: ("sunday", "sun", "domingo", "dimanche", "sonntag"),
}
WEEKDAY_OF = {word: day for day, words in WEEKDAYS.items() for word in words}
# Short forms ("mon", "sat") are too ambiguous inside free text; only whole words count there.
WEEKDAY_IN_TEXT = {w: d for w, d in WEEKDAY_OF.items() if len(w) > 4 or w in ("sabado",)}

UNITS = {
    "day": 1, "days": 1, "dia": 1, "dias": 1, "jour": 1, "jours": 1, "tag": 1, "tagen": 1, "tage": 1,
    "week": 7, "weeks": 7, "semana": 7, "semanas": 7, "semaine": 7, "semaines": 7, "woche": 7, "wochen": 7,
    "month": 30, "months": 30, "mes": 30, "meses": 30, "mois": 30, "monat": 30, "monaten": 30, "monate": 30,
    "year": 365, "years": 365, "ano": 365, "anos": 365, "ans": 365, "annee": 365, "annees": 365, "jahr": 365,
    "jahre": 365, "jahren": 365, "an": 365,
}
# Units of an hour or a minute ago, in the same languages: moments of today.
SHORT_UNITS = {
    "hour": 60, "hours": 60, "hora": 60, "horas": 60, "heure": 60, "heures": 60, "stunde": 60, "stunden": 60,
    "minute": 1, "minutes": 1, "minuto": 1, "minutos": 1, "minuten": 1,
}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10,
    "un": 1, "una": 1, "une": 1, "um": 1, "uma": 1, "einem": 1, "einer": 1, "dos": 2, "deux": 2, "zwei": 2,
    "dois": 2, "duas": 2, "tres": 3, "trois": 3, "drei": 3, "cuatro": 4, "quatre": 4, "vier": 4, "quatro": 4,
    "cinco": 5, "cinq": 5, "funf": 5, "fuenf": 5, "einen": 1,
}
# Moments gone by, as they are said in en, es, fr, de, pt (folded): days back from today.
DAYS_BACK = {
    "today": 0, "hoy": 0, "aujourd'hui": 0, "aujourd\u2019hui": 0, "heute": 0, "hoje": 0,
    "yesterday": 1, "ayer": 1, "hier": 1, "gestern": 1, "ontem": 1,
    "the day before yesterday": 2, "anteayer": 2, "antier": 2, "avant-hier": 2, "vorgestern": 2, "anteontem": 2,
    "last week": 7, "a week ago": 7, "la semana pasada": 7, "la semaine derniere": 7, "letzte woche": 7,
    "semana passada": 7, "a semana passada": 7, "na semana passada": 7,
    "last month": 30, "a month ago": 30, "el mes pasado": 30, "le mois dernier": 30, "letzten monat": 30,
    "mes passado": 30, "o mes passado": 30, "no mes passado": 30,
}
NOW_WORDS = frozenset({"now", "just now", "ahora", "maintenant", "jetzt", "agora"})
# "3 days ago", "hace 3 días", "il y a 3 jours", "vor 3 Tagen", "há 3 dias", "faz 3 dias", "3 dias atrás".
_AGO = re.compile(r"(?:(?:hace|il y a|vor|ha|faz)\s+)?(?P<n>\d{1,9}|[a-z]+)\s+(?P<unit>[a-z]+)(?:\s+(?:ago|atras))?")
_AGO_WORDS = re.compile(r"^(?:hace|il y a|vor|ha|faz)\s|\s(?:ago|atras)$")
# A weekday gone by: "friday", "last friday", "el viernes (pasado)", "vendredi dernier", "(letzten|am) Freitag",
# "na sexta(-feira passada)".
_PAST_WEEKDAY = re.compile(r"(?:(?:last|on|el|le|am|letzten|letzter|na|no|o|a)\s+)?(?P<day>[a-z-]+?)"
                           r"(?:\s+(?:pasado|dernier|passado|passada))?")


def _fold(text: str) -> str:
    """Lowercase without accents, so "mañana" and "manana", "Miércoles" and "miercoles" compare equal."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def to_datetime(value: str) -> datetime:
    """An ISO date or date-time string as an aware UTC datetime (a bare date is its midnight UTC)."""
    value = value.strip()
    if len(value) == 10:
        return datetime.combine(date.fromisoformat(value), time(0), tzinfo=UTC)
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _last_weekday(today: date, weekday: int) -> date:
    """The most recent `weekday` strictly before today (\"monday\" said on a Monday means a week ago)."""
    back = (today.weekday() - weekday) % 7 or 7
    return today - timedelta(days=back)


def _next_weekday(today: date, weekday: int) -> date:
    """The next `weekday` strictly after today."""
    ahead = (weekday - today.weekday()) % 7 or 7
    return today + timedelta(days=ahead)


def parse_past_moment(text: str | None, now: datetime) -> str:
    """When something happened, as an ISO string: a date ("2026-03-15", "yesterday") or a date-time.

    Accepts ISO dates and date-times, "now", "today", "yesterday", "N days/weeks/months ago", "last week",
    "last month" and weekday names ("monday", "last friday"), and the same in es/fr/de/pt ("ayer", "hace 3 días",
    "il y a 2 semaines", "vor 3 Tagen", "há 2 dias", "el viernes"). A future moment is an error.
    """
    if text is None or not text.strip():
        return now.astimezone(UTC).isoformat(timespec="seconds")
    raw = text.strip()
    words = _fold(raw)
    today = now.astimezone(UTC).date()
    result: date | datetime | None = None
    if words in NOW_WORDS:
        return now.astimezone(UTC).isoformat(timespec="seconds")
    if words in ("tomorrow", "later", "soon") or re.match(r"(in|next)\s", words):
        raise _future(raw)
    if words in DAYS_BACK:
        result = today - timedelta(days=DAYS_BACK[words])
    elif (match := _AGO.fullmatch(words)) and (_AGO_WORDS.search(words)):  # (a longer count is no date)
        count = int(match["n"]) if match["n"].isdigit() else NUMBER_WORDS.get(match["n"])
        unit, minutes = UNITS.get(match["unit"]), SHORT_UNITS.get(match["unit"])
        if count is None or (unit is None and minutes is None):
            raise _bad_moment(raw, today)
        try:
            if minutes is not None:
                result = (now - timedelta(minutes=count * minutes)).astimezone(UTC).replace(microsecond=0)
            else:
                result = today - timedelta(days=count * unit)
        except OverflowError:  # "99999999999 days ago" is before the calendar's start
            raise _bad_moment(raw, today) from None
    elif (match := _PAST_WEEKDAY.fullmatch(words)) and match["day"] in WEEKDAY_OF:
        result = _last_weekday(today, WEEKDAY_OF[match["day"]])
    else:
        try:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
                result = date.fromisoformat(raw)
            else:
                result = to_datetime(raw)
        except ValueError:
            to_come = due_date_in(raw, now)  # "mañana", "demain", "in 2 weeks": the one reader of dates to come
            raise (_future(raw) if to_come is not None and to_come > today else _bad_moment(raw, today)) from None
    when = result.date() if isinstance(result, datetime) else result
    if when < EARLIEST_MOMENT:
        raise _too_early(raw, today)  # a mistyped year ("1899") would make an acquaintance a friend of 127 years
    if when < _years_before(today, LOGGED_AT_MOST_YEARS_AGO):
        raise InvalidInput(f"“{raw}” is more than {LOGGED_AT_MOST_YEARS_AGO} years ago; check the year "
                           f"(e.g. {_example(today)}).")
    if isinstance(result, datetime):
        if result > now + timedelta(minutes=5):  # a little slack for clocks a few seconds apart
            raise _future(raw)
        return result.isoformat(timespec="seconds")
    if result > today:
        raise _future(raw)
    return result.isoformat()


# No interaction Rapport could be told about happened before this: earlier dates are typos of the year.
EARLIEST_MOMENT = date(1970, 1, 1)
# Past these, a date is a mistyped year (1999 for 2029), not a contact or a promise anyone still tracks.
LOGGED_AT_MOST_YEARS_AGO = 50
DUE_AT_MOST_YEARS_AGO = 10


def _years_before(day: date, years: int) -> date:
    return day.replace(year=day.year - years, day=28 if (day.month, day.day) == (2, 29) else day.day)


def _example(today: date, ahead: bool = False) -> str:
    """An example date near today: ahead of it for a due date, behind it for a moment gone by. A fixed example goes
    stale ("use e.g. 2026-03-15" for a due date on 2026-12-07: newcomer 7, P2)."""
    return (today + timedelta(days=8) if ahead else today - timedelta(days=8)).isoformat()


def _too_early(raw: str, today: date, ahead: bool = False) -> InvalidInput:
    return InvalidInput(f"“{raw}” is before 1970; check the year (e.g. {_example(today, ahead)}).")


def _bad_moment(raw: str, today: date) -> InvalidInput:
    return InvalidInput(
        f"“{raw}” is not a date I understand; use e.g. {_example(today)}, today, yesterday, “3 days ago”, “last friday” "
        "or “hace 3 días”."
    )


def _future(raw: str) -> InvalidInput:
    return InvalidInput(f"“{raw}” is in the future; log an interaction once it has happened.")


# Words that put a typed date behind us (en, es, fr, de, pt, folded): "last friday" is no deadline, not next
# Friday. "pasado mañana" is the day after tomorrow.
# "vor" only before an amount ("vor 3 Tagen"): "vor Freitag" (before Friday) is a deadline to come.
_PAST_WORDS = re.compile(r"\b(?:ago|last|yesterday|ayer|hace|pasad[oa](?!\s+manana)|hier|il y a|dernier|derniere"
                         r"|gestern|vor\s+(?:\d+|einem|einer|zwei|drei|vier|funf|fuenf)|letzten|letzte|letzter|ontem|atras|passad[oa])\b")


def parse_due(text: str, now: datetime) -> str:
    """A due date the user typed (ISO, "today", "tomorrow", "friday", "in 3 days", "next week") as ISO date. A
    date gone by ("last friday", "3 days ago") is kept too: a promise already overdue is the one most worth
    tracking (newcomer finding F12); the caller says it is overdue."""
    if _PAST_WORDS.search(_fold(text)):
        gone = _gone_by(text, now)
        if gone is None:
            _not_a_due_date(text, now)
        due = date.fromisoformat(gone)
    else:
        due = due_date_in(text, now)
    if due is None:
        try:
            due = date.fromisoformat(text.strip())
        except ValueError:
            gone = _gone_by(text, now)
            if gone is None:
                _not_a_due_date(text, now)
            due = date.fromisoformat(gone)
    if due < EARLIEST_MOMENT:
        raise _too_early(text, now.date(), ahead=True)  # a mistyped year, not a promise overdue for a century
    if due < _years_before(now.date(), DUE_AT_MOST_YEARS_AGO):
        raise InvalidInput(f"“{text}” is more than {DUE_AT_MOST_YEARS_AGO} years ago; check the year of the due "
                           f"date (e.g. {_example(now.date(), ahead=True)}).")
    return due.isoformat()


def _gone_by(text: str, now: datetime) -> str | None:
    """The ISO date of a due date typed as a moment gone by ("3 days ago", "yesterday"), else None."""
    try:
        return parse_past_moment(text, now)[:10]
    except InvalidInput:
        return None


def _not_a_due_date(text: str, now: datetime) -> NoReturn:
    raise InvalidInput(f"“{text}” is not a due date I understand; use e.g. {_example(now.date(), ahead=True)}, tomorrow, "
                       "friday, “in 3 days” or, for a promise already overdue, “last friday”.")


# Deadlines inside a sentence. Each pattern maps to a function of today.
_IN_N = r"(?:in|en|dans|in|em|within)\s+(\d{1,9}|[a-z]+)\s+([a-z]+)"
_DEADLINE_PATTERNS: list[tuple[re.Pattern, object]] = [
    (re.compile(r"\b(\d{4}-\d{2}-\d{2})\b"), lambda m, today: date.fromisoformat(m[1])),
    (re.compile(r"\b(tonight|today|this evening|later today|hoy|esta noche|ce soir|aujourd'hui|heute"
                r"|heute abend|hoje|hoje a noite|esta noite)\b"), lambda m, today: today),
    (re.compile(r"\b(day after tomorrow|pasado manana|apres-demain|ubermorgen|depois de amanha)\b"),
     lambda m, today: today + timedelta(days=2)),
    (re.compile(r"(?<!la )(?<!por la )\b(tomorrow|manana|demain|morgen|amanha)\b"),
     lambda m, today: today + timedelta(days=1)),
    (re.compile(r"\b(this weekend|el fin de semana|ce week-end|am wochenende|no fim de semana|fim de semana)\b"),
     lambda m, today: _next_weekday(today - timedelta(days=1), 5)),
    (re.compile(r"\b(next week|la semana que viene|la proxima semana|la semaine prochaine|nachste woche"
                r"|na proxima semana|semana que vem)\b"), lambda m, today: today + timedelta(days=7)),
    (re.compile(r"\b(end of (?:the )?week|this week|esta semana|cette semaine|diese woche)\b"),
     lambda m, today: _next_weekday(today - timedelta(days=1), 4)),
    (re.compile(r"\b(end of (?:the )?month|this month|fin de mes|este mes|ce mois|fin du mois|diesen monat"
                r"|ende des monats|fim do mes)\b"),
     lambda m, today: today.replace(day=calendar.monthrange(today.year, today.month)[1])),
    (re.compile(r"\b(next month|el mes que viene|el proximo mes|le mois prochain|nachsten monat"
                r"|no proximo mes|mes que vem)\b"), lambda m, today: today + timedelta(days=30)),
]


def due_date_in(sentence: str, now: datetime) -> date | None:
    """The deadline a sentence names ("by Friday", "tonight", "in 2 weeks", "mañana"), or None."""
    text = _fold(sentence)
    today = now.astimezone(UTC).date()
    for pattern, make in _DEADLINE_PATTERNS:
        match = pattern.search(text)
        if match:
            try:
                return make(match, today)
            except ValueError:
                continue
    for match in re.finditer(_IN_N, text):
        count = int(match[1]) if match[1].isdigit() else NUMBER_WORDS.get(match[1])
        unit = UNITS.get(match[2])
        if count is not None and unit is not None:
            try:
                return today + timedelta(days=count * unit)
            except OverflowError:  # "in 99999999999 days" is past the calendar's end: no date
                continue
    for word in re.findall(r"[a-z-]+", text):
        if word in WEEKDAY_IN_TEXT:
            return _next_weekday(today, WEEKDAY_IN_TEXT[word])
    return None
