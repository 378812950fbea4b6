"""Check-ins: who is overdue for contact, by Dunbar layer, each with a suggested opener.

The clock is the latest logged contact of any kind; the interval comes from the person's layer (the
circle the user chose with `companion circle`, else the one tie strength suggests): inner weekly, close
monthly, active every 3 months, wider yearly; a first conversation is followed up within two weeks, and an open
promise due sooner is the check-in (tie_strength.check_in_plan). The opener leads with a promise that is due, then
asks after what a note written since the last contact says they are in the middle of (note_to_ask_about), else
builds on the last contact.
"""

from __future__ import annotations

import re
import threading
import zlib
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from pydantic import BaseModel

from companion.errors import InvalidInput
from companion.memory.commitments import is_open
from companion.memory.people import display_name, iso_now, merged_profile, utc_now
from companion.memory.tie_strength import (
    CHECK_IN_DAYS,
    CHECK_IN_SOON_DAYS,
    LAYERS,
    TALK_KINDS,
    TWO_WAY_KINDS,
    clock_runs,
    may_be_overdue,
    tie_of,
)
from companion.models import EARLY_STAGES, Profile, Starter, Tie
from companion.regex_cache import compile_kept  # sre's code kept across processes: these compile at import
from companion.storage.store import Store

if TYPE_CHECKING:
    from companion.memory.answers import KeptGround

CIRCLE_CHOICES = (*LAYERS, "auto")


class FollowUp(BaseModel):
    """One person due for a check-in."""

    person_id: str
    name: str
    layer: str | None  # None: no conversation yet, the check-in is an open promise's due day
    chosen: bool  # the user put them in this circle (else it is the suggestion from tie strength)
    last_contact: str | None
    next_check_in: str
    days_overdue: int
    tie: Tie
    opener: Starter


def _load_me(store: Store) -> Profile | None:
    try:
        from companion.memory.me import load_me
    except ImportError:
        return None
    try:
        return load_me(store)
    except Exception:  # noqa: BLE001 — the user's own profile is optional here: an opener of our own will do
        return None


# Stages at which a check-in is said in the familiar register and our own warm line stands in for no history.
FRIEND_STAGES = ("friend", "close")
# How a logged contact is named in an opener ("since our video call"); the rest are too slight to recall.
CONTACT_WORDS = {"in-person": "we last saw each other", "video-call": "our video call", "phone-call": "our call",
                 "message": "we were last in touch", "reply": "we were last in touch"}


def opener_for(store: Store, doc: dict, tie: Tie, now: datetime, me: Profile | None = None,
               kept: KeptGround | None = None, languages: CheckInLanguages | None = None) -> Starter:
    """A check-in opener for someone whose card is not at hand (`companion followups`): the one your history gives
    (known_opener), else the one among their card's starters (opener_among), found only then: common ground and
    the guard's checks of each starter are the costly part. `kept`: their card as `companion show` keeps it
    (answers.KeptGround, without rarity), read when it holds and kept when it is computed. `languages`: the
    check-in languages a running companion keeps (CheckInLanguages)."""
    warm = known_opener(doc, tie, now, me, languages)
    if warm is not None:
        return warm
    starters: list[Starter] = []
    try:
        key = kept.key(kept.store, doc, now) if kept is not None else None
        card = kept.get(key) if key is not None else None
        if card is None:
            from companion.memory.capture import ground_and_starters  # capture builds on this module

            card = ground_and_starters(store, merged_profile(doc), None, now, me)
            if key is not None:
                kept.put(key, card)
        # As the card shows them (the panel's and `show`'s check-in is opener_among these): one opener everywhere.
        starters = starters_as_you_know_them(doc, tie, card[1], now, me, languages)
    except Exception:  # noqa: BLE001, S110 — another area's module missing or failing must not hide who is overdue
        pass
    return opener_among(starters, doc, tie, now, me, languages)


def opener_among(shown: list[Starter], doc: dict, tie: Tie, now: datetime, me: Profile | None = None,
                 languages: CheckInLanguages | None = None) -> Starter:
    """The check-in opener among the starters as you know them (starters_as_you_know_them), so a card that has
    them computes nothing twice: the first check-in among them (your history's, which leads them when there is
    one), else the first starter (common ground: an acquaintance may not know what you share), else our own."""
    if not shown:
        return own_check_in_line(doc, tie, now, me, languages)
    return next((s for s in shown if s.kind == "check-in"), shown[0])


# Starters that still fit someone you have talked with: their news and their own posts, an offer of help. The rest
# rest on cold common ground ("I noticed we both…"), a discovery that reads as if you had never talked.
WARM_STARTER_KINDS = frozenset({"post", "career", "offer-help", "check-in"})


def known_opener(doc: dict, tie: Tie, now: datetime, me: Profile | None = None,
                 languages: CheckInLanguages | None = None) -> Starter | None:
    """The opener that builds on your history (history_opener: a promise, a contact to follow up, the last contact
    once a check-in is due); for a friend with none whose check-in is due (a circle you chose) a warm check-in line
    of our own; None for anyone else, whose opener comes from common ground. In their starters' language (`me`:
    your profile; without it, English)."""
    warm = history_opener(doc, now, tie, me, languages)
    if warm is None and tie.stage in FRIEND_STAGES and (tie.overdue or not tie.last_contact):
        warm = own_check_in_line(doc, tie, now, me, languages)  # cold common ground reads to a friend as if you had never met
    return warm


def have_talked(doc: dict, tie: Tie) -> bool:
    """Whether you have talked with them: a friend or a close tie, or any two-way contact logged (an acquaintance
    by the log). A circle you chose with no contact logged ('active', 'wider') is not a conversation: their
    common ground is still the way in."""
    return tie.stage in FRIEND_STAGES or any(i.get("kind") in TWO_WAY_KINDS for i in doc.get("interactions", []))


def starters_as_you_know_them(doc: dict, tie: Tie, starters: list[Starter], now: datetime,
                              me: Profile | None = None, languages: CheckInLanguages | None = None) -> list[Starter]:
    """The starters to show for `doc`, the one filter every card, answer and guard goes through: known_opener
    first, then the starters that still fit: all of them for a stranger or a new connection, only the warm ones
    (their news, their posts, an offer) for anyone you have talked with (have_talked): a starter that presumes you
    never did ("it looks like we were at Google at the same time. Which team were you on?") no longer fits. Their check-in opener is opener_among
    them."""
    warm = known_opener(doc, tie, now, me, languages)
    kept = [s for s in starters if s.kind in WARM_STARTER_KINDS] if have_talked(doc, tie) else starters
    return ([warm] if warm else []) + kept


def why_held_back(doc: dict, tie: Tie, starters: list[Starter]) -> str | None:
    """Why starters_as_you_know_them shows none of `starters` (those found before it), when it held them back: you
    have talked with them, and each opens as a first message would. None otherwise. The panel said "what you share is
    not specific enough" instead, untrue (newcomer 9, W2: a founder starter gone once a call was logged)."""
    if not starters or not have_talked(doc, tie) or any(s.kind in WARM_STARTER_KINDS for s in starters):
        return None
    from companion.ground.names import first_name

    who = first_name(merged_profile(doc)) or "them"
    return (f"you have talked with {who} already, and the openers Rapport found are for a first message, which no "
            "longer fits; write as you would")


def _day_of(value: object) -> date | None:
    """The day an ISO date or date-time stands for; None when it is not one (a record edited by hand)."""
    try:
        return date.fromisoformat(value[:10]) if isinstance(value, str) else None
    except ValueError:
        return None


def history_opener(doc: dict, now: datetime, tie: Tie | None = None, me: Profile | None = None,
                   languages: CheckInLanguages | None = None) -> Starter | None:
    """An opener that builds on what you share with this person already: the promise due soonest (said in the
    sentence, as the evidence it stands on), else a recent contact to follow up (their reply to answer; a meeting
    or call of the last two weeks only with what it was about, talk_topic, never a bare "great to talk today!"),
    else the last real contact you logged: your own message only once a check-in is due (`tie`, else computed),
    as writing again before reads as a nag ("it's been 2 days since my message"). "Today" is the contact's own
    date. The user's notes and promises are private: an opener never quotes them beyond a topic a note names
    ("talked about the KTH course list"); they stay in its evidence, beside it, as a reminder. In the language the starters would write to them in (check_in_language; `me`: your profile)."""
    from companion.ground.names import first_name

    them = merged_profile(doc)
    first = first_name(them)
    today = now.date()
    # A promise not yet due is no reason to write: "I haven't forgotten" before it is late reads as an excuse. One
    # whose date cannot be read (a file edited by hand: "1990-99-99") is still shown with the promises, but gives no
    # opener its timing.
    timed = [(c, _day_of(c.get("due")), _day_of(c.get("created_at") or now.isoformat()))
             for c in doc.get("commitments", []) if is_open(c)]
    # Due, or coming within CHECK_IN_SOON_DAYS as the day of the next check-in (the promise sets it): that check-in is
    # shown with its opener (panel mend 8), and the opener is the message that keeps it. A promise due after a
    # check-in of the cadence stays listed on its own.
    tie = tie or tie_of(doc, now)
    soon = today + timedelta(days=CHECK_IN_SOON_DAYS)
    check_in = _day_of(tie.next_check_in)
    promises = sorted(((c, due, due or made) for c, due, made in timed
                       if ((due is not None and (due <= today or (due <= soon and due == check_in)))
                           if c.get("due") is not None else made is not None)),
                      key=lambda item: item[1] or date.max)
    contacts = [i for i in doc.get("interactions", []) if i.get("kind") in CONTACT_WORDS and _day_of(i.get("at"))]
    last = max(contacts, key=lambda i: i["at"]) if contacts else None
    if promises:
        promise, due, since = promises[0]
        late = (today - since).days >= LONG_LATE_DAYS
        lang = _language(me, doc, them, languages)
        text = promise_opener(first, promise["text"], lang, late=late, tie=tie, coming=due is not None and due >= today)
        evidence = f"open promise #{promise.get('id')}, due {promise.get('due') or '-'}: “{promise['text']}”"
        return _with_note_question(doc, last, first, today, lang, text, evidence)
    kept = kept_lately(doc, today)
    # A promise kept lately is the next message's matter ("did the intro help?", newcomer 8, C3), unless a contact
    # logged since it was kept is newer news (a call after it, or the message that delivered it: asking at once
    # whether it helped is a nag).
    if kept is not None and (last is None or last["at"] <= kept["done_at"]):
        lang = _language(me, doc, them, languages)
        text = kept_promise_opener(first, kept["text"], lang, tie)
        if text is not None:
            evidence = (f"promise #{kept.get('id')} kept {when_words(_day_of(kept['done_at']), today)}: "
                        f"“{kept['text']}”")
            return _with_note_question(doc, last, first, today, lang, text, evidence)
    if last is None:
        return None
    days = (today - _day_of(last["at"])).days
    if last["kind"] == "message" and not tie.overdue:
        return None  # your own unanswered message is no reason to write again until a check-in is due: a nag
    lang = _language(me, doc, them, languages)
    note = (last.get("note") or "").strip()
    asked = note_to_ask_about(doc, last, first, today, wish=days < RECENT_DAYS) if lang == "en" else None
    if asked is not None:
        question, note_evidence = asked
        recalled = recent_contact_line(first, last["kind"], days, lang, tie)
        if recalled is None:
            words = check_in_words(lang, tie)
            recalled = _say("Hi {first}, it's been {gap} since {contact}.", first, gap=_time_apart(days, lang),
                            contact=words["contact"][last["kind"]])
        return Starter(text=f"{recalled} {question}", kind="check-in",
                       evidence=f"{contact_evidence(last, today, note)}; {note_evidence}")
    if last["kind"] in TALK_KINDS and days <= FOLLOW_UP_DAYS:
        # "Great to talk today!" alone says nothing and would replace what the user meant to write: a meeting or
        # call is followed up only with what it was about (a topic the note names, said in English only).
        topic = talk_topic(note) if lang == "en" else None
        if topic is None:
            return None
        text = _say(TALKED_ABOUT_WORDS[days > OTHER_DAY_DAYS], first, topic=topic,
                    when=CHECK_IN_WORDS["en"]["when"][0 if days <= 0 else 1 if days == 1 else 2])
        return Starter(text=text, kind="check-in", evidence=contact_evidence(last, today, note))
    text = recent_contact_line(first, last["kind"], days, lang, tie)
    if text is None:
        words = check_in_words(lang, tie, organisation=_is_organisation(them))
        text = since_line(words, first, _time_apart(days, lang), words["contact"][last["kind"]], doc.get("id") or first,
                          days)
    return Starter(text=text, kind="check-in", evidence=contact_evidence(last, today, note))


def _with_note_question(doc: dict, last: dict | None, first: str, today: date, lang: str, text: str,
                        evidence: str) -> Starter:
    """A promise's opener (open or kept lately) as a check-in: what your note says they are in the middle of asks
    after them in place of the generic "How are things with you?" (English notes only)."""
    asked = note_to_ask_about(doc, last, first, today) if lang == "en" else None
    if asked is not None and text.endswith(PROMISE_CLOSING):
        question, note_evidence = asked
        text = text[: -len(PROMISE_CLOSING)] + question
        evidence += f"; {note_evidence}"
    elif last is None and text.endswith(PROMISE_CLOSING):
        # No contact logged yet: "How are things with you?" is said to someone you know (newcomer 9); the promise
        # alone is the reason to write.
        text = text[: -len(PROMISE_CLOSING)].rstrip()
    return Starter(text=text, kind="check-in", evidence=evidence)


# A promise kept this many days ago or less is still worth a word in the next message (the panel's KEPT_LATELY_DAYS,
# which lists it as "Kept 2 days ago: …").
KEPT_LATELY_DAYS = 30
# ...and at least this many: "did the intro help?" the day you made it, or the day after, asks before it could have.
KEPT_SETTLED_DAYS = 2


def kept_lately(doc: dict, today: date) -> dict | None:
    """The promise kept latest, if kept between KEPT_SETTLED_DAYS and KEPT_LATELY_DAYS ago (one let go was not
    kept; a date that cannot be read is no 'lately'). A promise kept more lately than that is left out, not an
    older one put in its place: the latest kept is the news."""
    kept = [(c["done_at"], day, c) for c in doc.get("commitments", [])
            if not c.get("dropped_at") and (day := _day_of(c.get("done_at"))) is not None]
    if not kept:
        return None
    _, day, latest = max(kept, key=lambda item: item[0])  # the latest by its written time, not only its day
    return latest if KEPT_SETTLED_DAYS <= (today - day).days <= KEPT_LATELY_DAYS else None


# How a logged contact is named to the user beside an opener ("last contact: a phone call today"), never the
# internal kind and an ISO date.
CONTACT_EVIDENCE_WORDS = {"in-person": "a meeting in person", "video-call": "a video call", "phone-call": "a phone call",
                          "message": "your message", "reply": "their reply", "comment": "a comment",
                          "share": "a share", "like": "a like"}


def when_words(day: date | None, today: date) -> str:
    """A past day as the panel says it: "today", "yesterday", "3 days ago", else "on 7 December 2026"."""
    if day is None:
        return "on a date that cannot be read"
    days = (today - day).days
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    if days < 7:
        return f"{days} days ago"
    return f"on {day.day} {day.strftime('%B')} {day.year}"


def contact_evidence(contact: dict, today: date, note: str = "") -> str:
    """The evidence of an opener resting on a logged contact: what it was and when, and the user's note."""
    what = CONTACT_EVIDENCE_WORDS.get(contact.get("kind"), "a contact")
    return f"last contact: {what} {when_words(_day_of(contact.get('at')), today)}" + (f": {note}" if note else "")


# Meetings and calls (TALK_KINDS, tie_strength's): followed up only with what was talked about (history_opener).
# What was talked about, said back to them: within the last two weeks ({when}: today, yesterday, the other day), then
# without a day.
TALKED_ABOUT_WORDS = ("Hi {first}, great to talk about {topic} {when}!", "Hi {first}, it was great to talk about {topic}!")
# A note that names what a meeting or call was about: "talked about the KTH course list", "discussed pricing",
# "re: the Lisbon offsite", "about hiring in Berlin". Anything else in a note is private and never said.
_TOPIC_IN_NOTE = compile_kept(
    r"^\s*(?:(?:we\s+|i\s+)?(?:talked|spoke|chatted|caught\s+up)\s+(?:about|on)|(?:we\s+|i\s+)?discussed|"
    r"(?:re|topic|subject)\s*:|about)\s+(?P<topic>[^.;:!?,\n()]+)", re.IGNORECASE)
_MOST_WORDS_IN_A_TOPIC = 5
# Run on the topic with its spaces already made single (a run of spaces tried from each of its positions is quadratic).
_DAY_WORDS_AT_END = compile_kept(r" (?:today|yesterday|this \w+|last \w+|on \w+)$", re.IGNORECASE)


# What follows "about" that is no topic: a duration or number ("about 20 minutes", "about an hour"), an intention
# ("about to quit"); and a topic said for someone ("salary negotiation for Ana"): a third person, never said back.
_NOT_A_TOPIC = compile_kept(r"^(?:\d|to\s|an?\s+(?:hour|minute|while|week|day)s?\b|half\s+an?\b|(?:a\s+)?(?:few|couple)\b)"
                          r"|\b(?:minutes?|hours?|mins?)\b", re.IGNORECASE)
_FOR_SOMEONE = compile_kept(r"\b(?:for|with|to|from|by|of)\s+[A-Z][a-z]")


def talk_topic(note: str) -> str | None:
    """What a meeting or call was about, from the start of its note, when it can be said to them as is: a short
    phrase naming no one and holding no clause ("his move", "the deck we discussed" are not); else None."""
    found = _TOPIC_IN_NOTE.match(note or "")
    if not found:
        return None
    topic = _DAY_WORDS_AT_END.sub("", " ".join(found.group("topic").split()))
    words = topic.split()
    if not words or len(words) > _MOST_WORDS_IN_A_TOPIC or _NOT_A_PLAIN_THING.search(topic) \
            or _NOT_A_TOPIC.search(topic) or _FOR_SOMEONE.search(topic) \
            or _PAST_VERB.search(" ".join(words[2:])):  # "the deck Ana shared" (as _sayable_thing; "the seed round")
        return None
    return topic


# The close of every English promise line, which a question from your note takes the place of (history_opener).
PROMISE_CLOSING = "How are things with you?"
# Who a note's sentence is about when it tells what they are in the middle of: them ("he's", "Ana is"), their
# company or team, or no one named ("hiring a React engineer"). "His wife is moving to Berlin" is about someone else,
# and is never asked after. Their first name is read as "they" before matching (ask_about), so these compile once.
_NOTE_SUBJECT = (r"^\s*(?:(?:he|she|they|(?:his|her|their)\s+(?:company|startup|team|firm|lab|studio|shop))"
                 r"(?:['’](?:s|re))?\s+(?:(?:is|are|was|were|will\s+be|has\s+been|have\s+been|just|now|currently|also|"
                 r"still|soon|about\s+to|planning\s+to|going\s+to|finally)\s+)*)?")
# What may follow a bare "hiring" or "fundraising" that says they ARE doing it: the clause ends, or goes on with
# whom, where, when or how ("hiring a designer", "fundraising again"). Anything else reads it as a noun that may say
# the opposite ("hiring freeze at her company", "hiring is on hold", "fundraising was a disaster"): no question.
_DOING_IT = (r"(?=\s*$|\s+(?:an?|the|two|three|four|\d+|some|more|his|her|their|for|in|at|across|from|with|again|now|"
             r"soon|actively|aggressively|like|this|next|engineers?|developers?|designers?|people|staff|talent)\b)")
# What a note can say they are in the middle of, and how the next check-in asks after it, in the sender's own
# words: (the words in the note, a wish when you spoke a day ago or less, the question after that). {thing}: a short
# noun phrase from the note, said back only when it is plain (_askable_thing); a note is otherwise never quoted.
_ASKS_ABOUT = (
    (r"(?:hiring|recruiting|looking\s+to\s+hire|trying\s+to\s+hire)\s+(?:for\s+)?(?P<thing>(?:an?|two|three|four|\d+|"
     r"some|more|his|her|their|a\s+new)\s+[^.;:!?,\n()]+)",
     "Good luck with the search for {thing}!", "How is the search for {thing} going?"),
    (r"(?:hiring|recruiting)" + _DOING_IT, "Good luck with the hiring!", "How is the hiring going?"),
    (r"(?:looking\s+for|searching\s+for|hunting\s+for)\s+(?:a\s+)?(?:new\s+)?(?:job|role|position)\b|job\s+hunting\b",
     "Good luck with the job search!", "How is the job search going?"),
    (r"(?:moving|relocating)\s+to\s+(?P<thing>(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}))",
     "Good luck with the move to {thing}!", "How is the move to {thing} going?"),
    (r"(?:moved|relocated)\s+to\s+(?P<thing>(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}))",
     "I hope you're settling in well in {thing}!", "How are you finding life in {thing}?"),
    (r"(?:launching|launches|(?:to|will)\s+launch|shipping)\s+(?P<thing>(?:an?|the|his|her|their|a\s+new)\s+"
     r"[^.;:!?,\n()]+)",
     "Good luck with the launch of {thing}!", "How is the launch of {thing} going?"),
    (r"(?:launched|shipped)\s+(?P<thing>(?:an?|the|his|her|their)\s+[^.;:!?,\n()]+)",
     "Congratulations on the launch of {thing}!", "How did the launch of {thing} go?"),
    (r"(?:raising|fundraising\s+for|closing)\s+(?:(?:an?|the|his|her|their)\s+)?(?P<thing>(?:pre-?seed|seed|"
     r"series\s+[a-d])\s+round)",
     "Good luck with the {thing}!", "How is the {thing} going?"),
    (r"(?:fundraising|raising\s+(?:money|funds|capital))" + _DOING_IT, "Good luck with the fundraising!",
     "How is the fundraising going?"),
    (r"(?:joining|starting\s+(?:a\s+new\s+(?:job|role)\s+)?at|(?:got\s+)?(?:a\s+)?new\s+(?:job|role|position)\s+at)\s+"
     r"(?P<thing>(?-i:[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2}))",
     "Good luck in the new role at {thing}!", "How is the new role at {thing} going?"),
)
# Where the noun phrase a note names ends: a clause ("because", "who"), a time ("next week", "by March").
_THING_ENDS = compile_kept(r"\s+(?:because|since|but|and|so|as|after|before|when|while|if|though|although|who|whom|"
                           r"which|that|next|this|last|soon|tomorrow|today|yesterday|asap|by|until|till|from|via|"
                           r"within|in\s+\d|urgently|quickly)\b.*$", re.IGNORECASE)
_THEIR = compile_kept(r"\b(?:his|her|their)\b", re.IGNORECASE)
# A note's sentences and clauses, each read on its own ("Talked about Lisbon; he is hiring a React engineer").
# (?<!\s): a run of spaces is tried for a joining word from its first space only, not from each (quadratic).
_CLAUSES = compile_kept(r"[.;!?\n]+|,\s*|(?<!\s)\s+(?:and|but|so|also)\s+", re.IGNORECASE)
# Each reading with the subject before it, compiled once (not per first name: that filled re's cache and evicted).
_ASKS_ABOUT_READ = tuple((compile_kept(_NOTE_SUBJECT + pattern, re.IGNORECASE), wished, asked)
                         for pattern, wished, asked in _ASKS_ABOUT)


def _askable_thing(thing: str) -> str | None:
    """The noun phrase a note names, said to them ("your app" for "his app"), when it is short and plain (no one
    else named, no clause: talk_topic's rules); else None."""
    thing = _THING_ENDS.sub("", " ".join(thing.split())).strip(" '’\"-")
    thing = _THEIR.sub("your", thing)
    words = thing.split()
    if not words or len(words) > _MOST_WORDS_IN_A_TOPIC or _NOT_A_PLAIN_THING.search(thing) \
            or _FOR_SOMEONE.search(thing) or _PAST_VERB.search(" ".join(words[2:])):
        return None
    return thing


def _they_for_first(clause: str, first: str) -> str:
    """The clause with their first name, when it leads, read as "they" ("Ana's hiring" as "they's hiring")."""
    body = clause.lstrip()
    after = body[len(first):len(first) + 1]
    if first and body[:len(first)].casefold() == first.casefold() and (not after or not (after.isalnum() or after == "_")):
        return "they" + body[len(first):]
    return clause


def ask_about(note: str, first: str, wish: bool = False) -> str | None:
    """What a note says they are in the middle of (their hiring, a move, a launch, a round, a new role), as a line
    you could send them: a wish (`wish`: you spoke a day ago or less) or a question; None when it names nothing
    to ask about in words that can be said to them. English only, as talk_topic."""
    first = (first or "").strip()
    for clause in _CLAUSES.split(note or ""):
        clause = _they_for_first(clause, first)
        for reading, wished, asked in _ASKS_ABOUT_READ:
            found = reading.match(clause)
            if not found:
                continue
            template = wished if wish else asked
            if "thing" not in found.groupdict():
                return template
            thing = _askable_thing(found["thing"])
            if thing is not None:
                return template.format(thing=thing)
    return None


def note_to_ask_about(doc: dict, last: dict | None, first: str, today: date, wish: bool = False
                      ) -> tuple[str, str] | None:
    """The line asking after what your latest note written since the last contact (or the last contact's own
    note) says they are in the middle of (ask_about), and the evidence it rests on (the note, for you alone);
    None when no such note names anything to ask about."""
    since = _day_of(last.get("at")) if last is not None else None
    notes = [(n.get("created_at") or "", n.get("text") or "") for n in doc.get("notes", [])
             if since is None or (_day_of(n.get("created_at")) or date.min) >= since]
    if last is not None and last.get("note"):
        notes.append((last.get("at") or "", last["note"]))
    for written, text in sorted(notes, key=lambda pair: pair[0], reverse=True):
        asked = ask_about(text, first, wish)
        if asked is not None:
            return asked, f"your note {when_words(_day_of(written), today)}: “{text.strip()}”"
    return None


# A promise this many days past due (or made, without a due date) is owned as late: "sorry it's taken me so long".
LONG_LATE_DAYS = 30
# A contact this many days ago or less is recent: no "it's been a while".
RECENT_DAYS = 2
# A reply, a meeting or a call this many days ago or less is still to follow up: answered, or thanked for.
FOLLOW_UP_DAYS = 13
# "The other day" is a few days ago to whoever reads it: this many at most.
OTHER_DAY_DAYS = 4
# How a recent contact is recalled to them: who wrote or spoke, and when; your own message needs no follow-up yet.
RECENT_CONTACT_WORDS = {"in-person": "great to see you {when}!", "video-call": "great to talk {when}!",
                        "phone-call": "great to talk {when}!", "reply": "thanks for getting back to me {when}!"}
# The same, past "the other day": no day named, since a week or two ago is neither "the other day" nor surely
# "last week" (Monday to the Saturday after is six days, the same week).
EARLIER_CONTACT_WORDS = {"in-person": "it was great to see you!", "video-call": "it was great to talk!",
                         "phone-call": "it was great to talk!", "reply": "thanks for your message!"}

# Every check-in line in each language the starters write in and we have words for, in the starters' register
# (starter_templates: 'tú' in Spanish, 'vous' in French, 'Sie' in German, 'você' in Brazilian Portuguese and the
# third person in Portugal's). Worded so that nothing agrees with the writer's gender ('ravi', 'obrigado').
# {gap}: _time_apart in that language; {thing}: a thing promised, as the user wrote it in that language (one
# written in another language is never quoted: the plain "what I promised" line is said instead).
CHECK_IN_WORDS: dict[str, dict] = {
    "en": {
        "when": ("today", "yesterday", "the other day"),
        "recent": {kind: "Hi {first}, " + words for kind, words in RECENT_CONTACT_WORDS.items()},
        "earlier": {kind: "Hi {first}, " + words for kind, words in EARLIER_CONTACT_WORDS.items()},
        "since": ("Hi {first}, it's been {gap} since {contact}. How are you doing?",
                  "Hi {first}, I can't believe it's been {gap} since {contact}! What's new with you?",
                  "Hi {first}, it's been {gap} since {contact}, and I'd love to catch up. How are things?"),
        "contact": CONTACT_WORDS,
        # A promise due today or within the week (CHECK_IN_SOON_DAYS): the message that keeps it, not an excuse for
        # not having kept it yet (newcomer 8: "I haven't forgotten…" on the day reads as not sending it).
        "intro-now": "Hi {first}, I'm following up on the intro I promised you. How are things with you?",
        "send-now": "Hi {first}, as promised, I'm sending you {thing}. How are things with you?",
        "promised-now": "Hi {first}, as promised, I'm following up. How are things with you?",
        "intro": "Hi {first}, I haven't forgotten the intro I promised you. How are things with you?",
        "send": "Hi {first}, I haven't forgotten {thing} I promised to send you. How are things with you?",
        "promised": "Hi {first}, I haven't forgotten what I promised you. How are things with you?",
        "intro-late": "Hi {first}, I'm sorry it's taken me so long: I still owe you the intro I promised. How are things "
                      "with you?",
        "send-late": "Hi {first}, I'm sorry it's taken me so long: I still owe you {thing}. How are things with you?",
        "promised-late": "Hi {first}, I'm sorry it's taken me so long to keep my promise. How are things with you?",
        # A promise kept lately (kept_promise_opener): whether it helped, never what was promised said again.
        "kept-intro": "Hi {first}, did the intro help? How are things with you?",
        "kept-intro-to": "Hi {first}, did the intro to {who} help? How are things with you?",
        "kept-send": "Hi {first}, I hope you found {thing} useful. How are things with you?",
        "at-work-gap": "Hi {first}, it's been {gap}; how are things at {company}? I'd love to hear what you're working on.",
        "at-work": "Hi {first}, how are things at {company}? I'd love to hear what you're working on.",
        "came-to-mind-gap": "Hi {first}, it's been {gap} and you came to mind. How are you doing?",
        "came-to-mind": "Hi {first}, you came to mind. How are you doing?",
        "a while": "a while",
    },
    "es": {
        "when": ("hoy", "ayer", "el otro día"),
        "recent": {"in-person": "Hola {first}, ¡qué alegría verte {when}!",
                   "video-call": "Hola {first}, ¡qué gusto fue hablar contigo {when}!",
                   "phone-call": "Hola {first}, ¡qué gusto fue hablar contigo {when}!",
                   "reply": "Hola {first}, ¡gracias por responderme {when}!"},
        "earlier": {"in-person": "Hola {first}, ¡qué alegría fue verte!",
                    "video-call": "Hola {first}, ¡qué gusto fue hablar contigo!",
                    "phone-call": "Hola {first}, ¡qué gusto fue hablar contigo!",
                    "reply": "Hola {first}, ¡gracias por tu mensaje!"},
        "since": ("Hola {first}, ya {gap} desde {contact}. ¿Qué tal te va?",
                  "Hola {first}, ¿cómo estás? Ya {gap} desde {contact}. ¡Me encantaría saber de ti!"),
        "contact": {"in-person": "la última vez que nos vimos", "video-call": "nuestra videollamada", "phone-call": "nuestra llamada",
                    "message": "la última vez que hablamos", "reply": "la última vez que hablamos"},
        "intro": "Hola {first}, no me he olvidado de que te prometí presentarte a alguien. ¿Qué tal te va todo?",
        "send": "Hola {first}, no me he olvidado de enviarte {thing}, como te prometí. ¿Qué tal te va todo?",
        "promised": "Hola {first}, no me he olvidado de lo que te prometí. ¿Qué tal te va todo?",
        "intro-late": "Hola {first}, perdona que haya tardado tanto: aún te debo la presentación que te prometí. "
                      "¿Qué tal te va todo?",
        "send-late": "Hola {first}, perdona que haya tardado tanto: aún te debo {thing}. ¿Qué tal te va todo?",
        "promised-late": "Hola {first}, perdona que aún no haya cumplido lo que te prometí; no me he olvidado. ¿Qué tal "
                         "te va todo?",
        "at-work-gap": "Hola {first}, ya {gap} desde la última vez que hablamos. ¿Qué tal todo en {company}? Me encantaría "
                       "saber en qué estás trabajando.",
        "at-work": "Hola {first}, ¿qué tal todo en {company}? Me encantaría saber en qué estás trabajando.",
        "came-to-mind-gap": "Hola {first}, ya {gap} desde la última vez que hablamos y hoy me acordé de ti. ¿Cómo estás?",
        "came-to-mind": "Hola {first}, me acordé de ti. ¿Cómo estás?",
        "a while": "ha pasado un tiempo",
    },
    "fr": {
        "when": ("aujourd'hui", "hier", "l'autre jour"),
        "recent": {"in-person": "Bonjour {first}, ça m'a fait plaisir de vous voir {when} !",
                   "video-call": "Bonjour {first}, ça m'a fait plaisir de vous parler {when} !",
                   "phone-call": "Bonjour {first}, ça m'a fait plaisir de vous parler {when} !",
                   "reply": "Bonjour {first}, merci pour votre réponse !"},
        "earlier": {"in-person": "Bonjour {first}, ça m'a fait plaisir de vous voir !",
                    "video-call": "Bonjour {first}, ça m'a fait plaisir de vous parler !",
                    "phone-call": "Bonjour {first}, ça m'a fait plaisir de vous parler !",
                    "reply": "Bonjour {first}, merci pour votre message !"},
        # "cela fait … depuis notre dernière rencontre" is no French; "nous ne nous sommes pas vu(e)s" would agree
        # in gender: "remonte à" says it for anyone.
        "since": ("Bonjour {first}, {contact} remonte déjà à {gap}. Comment allez-vous ?",
                  "Bonjour {first}, déjà {gap} depuis {contact} ! Quoi de neuf de votre côté ?"),
        "contact": {"in-person": "notre dernière rencontre", "video-call": "notre appel vidéo",
                    "phone-call": "notre appel", "message": "notre dernier échange", "reply": "notre dernier échange"},
        "intro": "Bonjour {first}, je n'ai pas oublié la mise en relation que je vous ai promise. Comment allez-vous ?",
        "send": "Bonjour {first}, je n'ai pas oublié que je vous dois {thing}, comme promis. Comment allez-vous ?",
        "promised": "Bonjour {first}, je n'ai pas oublié ce que je vous ai promis. Comment allez-vous ?",
        "intro-late": "Bonjour {first}, toutes mes excuses pour ce retard : je vous dois toujours la mise en relation "
                      "promise. Comment allez-vous ?",
        "send-late": "Bonjour {first}, toutes mes excuses pour ce retard : je vous dois toujours {thing}. Comment "
                     "allez-vous ?",
        "promised-late": "Bonjour {first}, pardonnez-moi de mettre autant de temps à tenir ma promesse. Comment "
                         "allez-vous ?",
        "at-work-gap": "Bonjour {first}, cela fait {gap} que nous n'avons pas échangé : comment se passent les choses chez "
                       "{company} ? J'aimerais beaucoup savoir sur quoi vous travaillez.",
        "at-work": "Bonjour {first}, comment se passent les choses chez {company} ? J'aimerais beaucoup savoir sur quoi "
                   "vous travaillez.",
        "came-to-mind-gap": "Bonjour {first}, cela fait {gap} que nous n'avons pas échangé, et j'ai pensé à vous. Comment "
                            "allez-vous ?",
        "came-to-mind": "Bonjour {first}, j'ai pensé à vous. Comment allez-vous ?",
        "a while": "un moment",
    },
    "de": {
        "when": ("heute", "gestern", "neulich"),
        "recent": {"in-person": "Hallo {first}, es war schön, Sie {when} zu sehen!",
                   "video-call": "Hallo {first}, es war schön, {when} mit Ihnen zu sprechen!",
                   "phone-call": "Hallo {first}, es war schön, {when} mit Ihnen zu sprechen!",
                   "reply": "Hallo {first}, danke, dass Sie sich {when} bei mir gemeldet haben!"},
        "earlier": {"in-person": "Hallo {first}, es war schön, Sie zu sehen!",
                    "video-call": "Hallo {first}, es war schön, mit Ihnen zu sprechen!",
                    "phone-call": "Hallo {first}, es war schön, mit Ihnen zu sprechen!",
                    "reply": "Hallo {first}, danke für Ihre Nachricht!"},
        "since": ("Hallo {first}, {contact} ist schon {gap} her. Wie geht es Ihnen?",
                  "Hallo {first}, kaum zu glauben, dass {contact} schon {gap} her ist! Was gibt es Neues bei Ihnen?"),
        "contact": {"in-person": "unser letztes Treffen", "video-call": "unser Videocall", "phone-call": "unser Telefonat",
                    "message": "unser letzter Austausch", "reply": "unser letzter Austausch"},
        "intro": "Hallo {first}, ich habe nicht vergessen, dass ich Ihnen einen Kontakt versprochen habe. Wie geht es Ihnen?",
        "send": "Hallo {first}, ich habe nicht vergessen, dass ich Ihnen {thing} versprochen habe. Wie geht es Ihnen?",
        "promised": "Hallo {first}, ich habe nicht vergessen, was ich Ihnen versprochen habe. Wie geht es Ihnen?",
        "intro-late": "Hallo {first}, entschuldigen Sie, dass es so lange dauert: Den versprochenen Kontakt "
                      "schulde ich Ihnen noch. Wie geht es Ihnen?",
        "send-late": "Hallo {first}, entschuldigen Sie, dass es so lange dauert: Ich schulde Ihnen noch {thing}. "
                     "Wie geht es Ihnen?",
        "promised-late": "Hallo {first}, entschuldigen Sie, dass ich mein Versprechen so lange nicht eingelöst habe. "
                         "Wie geht es Ihnen?",
        "at-work-gap": "Hallo {first}, es ist {gap} her, dass wir voneinander gehört haben – wie läuft es bei {company}? Ich "
                       "würde gern hören, woran Sie gerade arbeiten.",
        "at-work": "Hallo {first}, wie läuft es bei {company}? Ich würde gern hören, woran Sie gerade arbeiten.",
        "came-to-mind-gap": "Hallo {first}, es ist {gap} her, dass wir voneinander gehört haben, und ich musste gerade an "
                            "Sie denken. Wie geht es Ihnen?",
        "came-to-mind": "Hallo {first}, ich habe gerade an Sie gedacht. Wie geht es Ihnen?",
        "a while": "eine Weile",
    },
    "pt": {
        "when": ("hoje", "ontem", "outro dia"),
        "recent": {"in-person": "Olá {first}, foi ótimo ver você {when}!",
                   "video-call": "Olá {first}, foi ótimo conversar com você {when}!",
                   "phone-call": "Olá {first}, foi ótimo conversar com você {when}!",
                   "reply": "Olá {first}, que bom ter recebido sua resposta {when}!"},
        "earlier": {"in-person": "Olá {first}, foi ótimo ver você!",
                    "video-call": "Olá {first}, foi ótimo conversar com você!",
                    "phone-call": "Olá {first}, foi ótimo conversar com você!",
                    "reply": "Olá {first}, que bom receber sua mensagem!"},
        "since": ("Olá {first}, já faz {gap} desde {contact}. Como você tem passado?",
                  "Olá {first}, nem acredito que já faz {gap} desde {contact}! Quais são as novidades?"),
        "contact": {"in-person": "a última vez que nos vimos", "video-call": "nossa videochamada", "phone-call": "nossa ligação",
                    "message": "nossa última conversa", "reply": "nossa última conversa"},
        "intro": "Olá {first}, não me esqueci de que prometi apresentar você a alguém. Como vão as coisas?",
        "send": "Olá {first}, não me esqueci de enviar {thing} para você, como prometi. Como vão as coisas?",
        "promised": "Olá {first}, não me esqueci do que prometi a você. Como vão as coisas?",
        "intro-late": "Olá {first}, desculpe a demora: ainda devo a você a apresentação que prometi. Como vão as coisas?",
        "send-late": "Olá {first}, desculpe a demora: ainda devo a você {thing}. Como vão as coisas?",
        "promised-late": "Olá {first}, desculpe a demora em cumprir o que prometi a você. Como vão as coisas?",
        "at-work-gap": "Olá {first}, já faz {gap} que não nos falamos. Como vão as coisas na {company}? Adoraria saber no "
                       "que você está trabalhando.",
        "at-work": "Olá {first}, como vão as coisas na {company}? Adoraria saber no que você está trabalhando.",
        "came-to-mind-gap": "Olá {first}, já faz {gap} que não nos falamos e hoje me lembrei de você. Como você está?",
        "came-to-mind": "Olá {first}, me lembrei de você. Como você está?",
        "a while": "um tempo",
    },
}
# Portugal's Portuguese, as the starters write it there (starter_templates.EUROPEAN_PORTUGUESE): the formal third
# person without a pronoun, 'a + infinitive', 'ficou-me'.
CHECK_IN_WORDS["pt-PT"] = {
    **CHECK_IN_WORDS["pt"],
    # Forms that agree with no one's gender ("estarmos juntos/juntas", "obrigado/obrigada" would).
    "when": ("hoje", "ontem", "no outro dia"),
    "recent": {"in-person": "Olá {first}, foi ótimo vermo-nos {when}!",
               "video-call": "Olá {first}, foi ótimo falarmos {when}!",
               "phone-call": "Olá {first}, foi ótimo falarmos {when}!",
               "reply": "Olá {first}, agradeço-lhe a resposta!"},
    "earlier": {"in-person": "Olá {first}, foi ótimo vermo-nos!",
                "video-call": "Olá {first}, foi ótimo falarmos!",
                "phone-call": "Olá {first}, foi ótimo falarmos!",
                "reply": "Olá {first}, agradeço a sua mensagem!"},
    "since": ("Olá {first}, já {gap} desde {contact}. Como tem passado?",
              "Olá {first}, nem acredito que já {gap} desde {contact}! Que novidades há?"),
    "contact": {"in-person": "a última vez que nos vimos", "video-call": "a nossa videochamada",
                "phone-call": "a nossa chamada", "message": "a nossa última conversa",
                "reply": "a nossa última conversa"},
    "intro": "Olá {first}, não me esqueci de que lhe prometi apresentar alguém. Como tem corrido tudo?",
    "send": "Olá {first}, não me esqueci de lhe enviar {thing}, como prometi. Como tem corrido tudo?",
    "promised": "Olá {first}, não me esqueci do que lhe prometi. Como tem corrido tudo?",
    "intro-late": "Olá {first}, peço desculpa pela demora: ainda lhe devo a apresentação que prometi. Como tem corrido "
                  "tudo?",
    "send-late": "Olá {first}, peço desculpa pela demora: ainda lhe devo {thing}. Como tem corrido tudo?",
    "promised-late": "Olá {first}, peço desculpa pela demora em cumprir o que lhe prometi. Como tem corrido tudo?",
    "at-work-gap": "Olá {first}, já {gap} desde a última vez que falámos. Como vão as coisas na {company}? Gostava "
                   "muito de saber em que está a trabalhar.",
    "at-work": "Olá {first}, como vão as coisas na {company}? Gostava muito de saber em que está a trabalhar.",
    "came-to-mind-gap": "Olá {first}, já {gap} desde a última vez que falámos e hoje lembrei-me de si. Como está?",
    "came-to-mind": "Olá {first}, lembrei-me de si. Como está?",
    "a while": "passou algum tempo",
}

# The same to a friend or a close tie, where 'vous' and 'Sie' read stiff: 'tu' and 'du' (Spanish 'tú' and
# Brazilian 'você' already are; Portugal's third person stays, as its starters write it).
FAMILIAR_CHECK_IN_WORDS: dict[str, dict] = {
    "fr": {
        **CHECK_IN_WORDS["fr"],
        "recent": {"in-person": "Salut {first}, ça m'a fait plaisir de te voir {when} !",
                   "video-call": "Salut {first}, ça m'a fait plaisir de te parler {when} !",
                   "phone-call": "Salut {first}, ça m'a fait plaisir de te parler {when} !",
                   "reply": "Salut {first}, merci pour ta réponse !"},
        "earlier": {"in-person": "Salut {first}, ça m'a fait plaisir de te voir !",
                    "video-call": "Salut {first}, ça m'a fait plaisir de te parler !",
                    "phone-call": "Salut {first}, ça m'a fait plaisir de te parler !",
                    "reply": "Salut {first}, merci pour ton message !"},
        "since": ("Salut {first}, ça fait déjà {gap} depuis {contact} ! Comment vas-tu ?",
                  "Salut {first}, déjà {gap} depuis {contact} ! Quoi de neuf de ton côté ?"),
        "intro": "Salut {first}, je n'ai pas oublié la mise en relation que je t'ai promise. Comment vas-tu ?",
        "send": "Salut {first}, je n'ai pas oublié que je te dois {thing}, comme promis. Comment vas-tu ?",
        "promised": "Salut {first}, je n'ai pas oublié ce que je t'ai promis. Comment vas-tu ?",
        "intro-late": "Salut {first}, pardon pour le retard : je te dois toujours la mise en relation promise. "
                      "Comment vas-tu ?",
        "send-late": "Salut {first}, pardon pour le retard : je te dois toujours {thing}. Comment vas-tu ?",
        "promised-late": "Salut {first}, pardon de mettre autant de temps à tenir ma promesse. Comment vas-tu ?",
        "at-work-gap": "Salut {first}, ça fait {gap} qu'on ne s'est pas parlé : comment ça se passe chez {company} ? "
                       "J'aimerais beaucoup savoir sur quoi tu travailles.",
        "at-work": "Salut {first}, comment ça se passe chez {company} ? J'aimerais beaucoup savoir sur quoi tu "
                   "travailles.",
        "came-to-mind-gap": "Salut {first}, ça fait {gap} qu'on ne s'est pas parlé, et j'ai pensé à toi. Comment vas-tu ?",
        "came-to-mind": "Salut {first}, j'ai pensé à toi. Comment vas-tu ?",
    },
    "de": {
        **CHECK_IN_WORDS["de"],
        # "unser letzter Austausch" is office German between friends.
        "contact": {**CHECK_IN_WORDS["de"]["contact"], "message": "unser letztes Gespräch",
                    "reply": "unser letztes Gespräch"},
        "recent": {"in-person": "Hallo {first}, es war schön, dich {when} zu sehen!",
                   "video-call": "Hallo {first}, es war schön, {when} mit dir zu sprechen!",
                   "phone-call": "Hallo {first}, es war schön, {when} mit dir zu sprechen!",
                   "reply": "Hallo {first}, danke, dass du dich {when} bei mir gemeldet hast!"},
        "earlier": {"in-person": "Hallo {first}, es war schön, dich zu sehen!",
                    "video-call": "Hallo {first}, es war schön, mit dir zu sprechen!",
                    "phone-call": "Hallo {first}, es war schön, mit dir zu sprechen!",
                    "reply": "Hallo {first}, danke für deine Nachricht!"},
        "since": ("Hallo {first}, {contact} ist schon {gap} her. Wie geht es dir?",
                  "Hallo {first}, kaum zu glauben, dass {contact} schon {gap} her ist! Was gibt es Neues bei dir?"),
        "intro": "Hallo {first}, ich habe nicht vergessen, dass ich dir einen Kontakt versprochen habe. Wie geht es dir?",
        "send": "Hallo {first}, ich habe nicht vergessen, dass ich dir {thing} versprochen habe. Wie geht es dir?",
        "promised": "Hallo {first}, ich habe nicht vergessen, was ich dir versprochen habe. Wie geht es dir?",
        "intro-late": "Hallo {first}, entschuldige, dass es so lange dauert: Den versprochenen Kontakt schulde ich "
                      "dir noch. Wie geht es dir?",
        "send-late": "Hallo {first}, entschuldige, dass es so lange dauert: Ich schulde dir noch {thing}. Wie geht "
                     "es dir?",
        "promised-late": "Hallo {first}, entschuldige, dass ich mein Versprechen so lange nicht eingelöst habe. Wie geht "
                         "es dir?",
        "at-work-gap": "Hallo {first}, es ist {gap} her, dass wir voneinander gehört haben – wie läuft es bei {company}? "
                       "Ich würde gern hören, woran du gerade arbeitest.",
        "at-work": "Hallo {first}, wie läuft es bei {company}? Ich würde gern hören, woran du gerade arbeitest.",
        "came-to-mind-gap": "Hallo {first}, es ist {gap} her, dass wir voneinander gehört haben, und ich musste gerade an "
                            "dich denken. Wie geht es dir?",
        "came-to-mind": "Hallo {first}, ich habe gerade an dich gedacht. Wie geht es dir?",
    },
}


# To an organisation's account (a meetup, a brand: person_reading.is_organisation) a check-in asks after what it is
# doing, never after how it feels ("How are you doing?", "you came to mind"), and never in the familiar register.
ORGANISATION_CHECK_IN_WORDS: dict[str, dict] = {
    "en": {"since": ("Hi {first}, it's been {gap} since {contact}. What have you been up to lately?",),
           "came-to-mind-gap": "Hi {first}, it's been {gap}. What have you been up to lately?",
           "came-to-mind": "Hi {first}, what have you been up to lately?"},
    "es": {"since": ("Hola {first}, ya {gap} desde {contact}. ¿Qué novedades hay?",),
           "came-to-mind-gap": "Hola {first}, ya {gap} desde la última vez que hablamos. ¿Qué novedades hay?",
           "came-to-mind": "Hola {first}, ¿qué novedades hay?"},
    "fr": {"since": ("Bonjour {first}, {contact} remonte déjà à {gap}. Quoi de neuf de votre côté ?",),
           "came-to-mind-gap": "Bonjour {first}, cela fait {gap} que nous n'avons pas échangé. Quoi de neuf de votre "
                                   "côté ?",
           "came-to-mind": "Bonjour {first}, quoi de neuf de votre côté ?"},
    "de": {"since": ("Hallo {first}, {contact} ist schon {gap} her. Was gibt es Neues bei Ihnen?",),
           "came-to-mind-gap": "Hallo {first}, es ist {gap} her, dass wir voneinander gehört haben. Was gibt es Neues "
                                   "bei Ihnen?",
           "came-to-mind": "Hallo {first}, was gibt es Neues bei Ihnen?"},
    "pt": {"since": ("Olá {first}, já faz {gap} desde {contact}. Quais são as novidades?",),
           "came-to-mind-gap": "Olá {first}, já faz {gap} que não nos falamos. Quais são as novidades?",
           "came-to-mind": "Olá {first}, quais são as novidades?"},
    "pt-PT": {"since": ("Olá {first}, já {gap} desde {contact}. Que novidades há?",),
              "came-to-mind-gap": "Olá {first}, já {gap} desde a última vez que falámos. Que novidades há?",
              "came-to-mind": "Olá {first}, que novidades há?"},
}


def _say(template: str, first: str, **values: str) -> str:
    """A check-in line with their first name; with none to greet (a handle, NO_NAME) "Hi there," in English and a
    bare greeting elsewhere ("Hola,", "Hallo,"): "Hola there," is no language."""
    from companion.ground.names import NO_NAME

    if first == NO_NAME and not template.startswith("Hi "):
        template = template.replace(" {first}", "", 1)
    return template.format(first=first, **values)


def check_in_words(lang: str, tie: Tie | None = None, organisation: bool = False) -> dict:
    """The check-in words in `lang`, in the register the tie calls for: familiar to a friend or a close tie; to an
    organisation's account, its own lines (ORGANISATION_CHECK_IN_WORDS) in the plain register."""
    if organisation:
        return {**CHECK_IN_WORDS[lang], **ORGANISATION_CHECK_IN_WORDS.get(lang, {})}
    if tie is not None and tie.stage in FRIEND_STAGES and lang in FAMILIAR_CHECK_IN_WORDS:
        return FAMILIAR_CHECK_IN_WORDS[lang]
    return CHECK_IN_WORDS[lang]


# Under this many days apart (a gap counted in weeks or days), a gap is said calmly: "I can't believe it's been 5
# weeks!" overstates it.
CALM_GAP_DAYS = 60
# The wordings that marvel at how long it has been ("I can't believe", "kaum zu glauben", "déjà 5 semaines !").
_AMAZED = compile_kept(r"can't believe|kaum zu glauben|nem acredito|\{gap\}[^.?]*!", re.IGNORECASE)


def since_line(words: dict, first: str, gap: str, contact: str, seed: str, days: int | None = None) -> str:
    """The 'it's been … since' line, one of its wordings chosen by `seed` (the person), so a list of check-ins
    does not repeat one template to everyone, while each person's stays the same from one run to the next. Under
    CALM_GAP_DAYS apart (`days`), only the calm wordings."""
    options = words["since"]
    index = zlib.crc32(seed.encode()) % len(options)
    if days is not None and days < CALM_GAP_DAYS:
        # The next calm wording after the one chosen: a person who had a calm one keeps it.
        index = next((i % len(options) for i in range(index, index + len(options))
                      if not _AMAZED.search(options[i % len(options)])), index)
    return _say(options[index], first, gap=gap, contact=contact)

# How long ago, in each language: over N years, over a year, N months, N weeks, N days, a little while. Spanish and
# Portugal's Portuguese say it with the verb, which agrees with it ('ha pasado más de un año', 'han pasado 3 meses').
_TIME_APART_WORDS = {
    "en": ("over {n} years", "over a year", "{n} months", "{n} weeks", "{n} days", "a little while"),
    "es": ("han pasado más de {n} años", "ha pasado más de un año", "han pasado {n} meses", "han pasado {n} semanas",
           "han pasado {n} días", "ha pasado un rato"),
    "fr": ("plus de {n} ans", "plus d'un an", "{n} mois", "{n} semaines", "{n} jours", "un petit moment"),
    "de": ("über {n} Jahre", "über ein Jahr", "{n} Monate", "{n} Wochen", "{n} Tage", "eine kleine Weile"),
    "pt": ("mais de {n} anos", "mais de um ano", "{n} meses", "{n} semanas", "{n} dias", "um tempinho"),
    "pt-PT": ("passaram mais de {n} anos", "passou mais de um ano", "passaram {n} meses", "passaram {n} semanas",
              "passaram {n} dias", "passou pouco tempo"),
}


def check_in_language(me: Profile | None, them: Profile) -> str:
    """The language of a check-in to them: the one their starters are written in (person_reading.shared_language,
    the chooser starters.suggest_starters uses, then its rule for compatriots whose posts are in a language you
    share), when we have check-in words in it; else English. Without your profile, English: a language you may not
    write is never chosen. 'pt-PT' for Portuguese to someone in Portugal, as the starters write it."""
    if me is None:
        return "en"
    from companion.ground.normalise.places import resolve_place
    from companion.ground.person_reading import posts_language_we_share, shared_language

    lang = shared_language(me, them)
    if lang == "en":
        lang = posts_language_we_share(me, them) or _page_words_language(me, them) or "en"
    if lang == "pt":
        place = resolve_place(them.location) if them.location else None
        lang = "pt-PT" if place is not None and place.country == "PT" else "pt"
    return lang if lang in CHECK_IN_WORDS else "en"


class CheckInLanguages:
    """Each person's check-in language (check_in_language), kept between calls by a running companion: detecting
    it reads their posts and page, most of `companion followups`'s time. It rests only on your profile and on who
    they are as written, so it is detected again exactly when either changes: your profile as a whole, their record
    by (id, updated_at). The read pool's threads share it under a lock."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._me: Profile | None = None  # the last profile object seen, so its key is worked out once a call
        self._mine: str | None = None  # what it says (its JSON): the languages below were detected for it
        self._languages: dict[str, tuple[str, str]] = {}  # person id -> (updated_at, language)

    def of(self, me: Profile | None, doc: dict, them: Profile) -> str:
        """check_in_language(me, them), `them` being doc's merged profile, read from what is kept when it holds."""
        person, written = doc.get("id"), doc.get("updated_at")
        if me is None or not isinstance(person, str) or not isinstance(written, str):
            return check_in_language(me, them)  # English at once; or a record that cannot say when it changes
        with self._lock:
            if me is not self._me:
                mine = me.model_dump_json()
                if mine != self._mine:
                    self._mine, self._languages = mine, {}
                self._me = me
            mine = self._mine
            found = self._languages.get(person)
        if found is not None and found[0] == written:
            return found[1]
        lang = check_in_language(me, them)
        with self._lock:
            if self._mine == mine:  # another thread may have seen a changed profile meanwhile
                self._languages[person] = (written, lang)
        return lang


def _language(me: Profile | None, doc: dict, them: Profile, languages: CheckInLanguages | None) -> str:
    return languages.of(me, doc, them) if languages is not None else check_in_language(me, them)


def _is_organisation(them: Profile) -> bool:
    from companion.ground.person_reading import is_organisation

    return is_organisation(them)


def _page_words_language(me: Profile, them: Profile) -> str | None:
    """The language of the words their page is written in beyond a headline too short to read alone: headline, job
    titles and degrees together ('Backend Software Developer na Mindera', 'Mestrado em Engenharia de Software'),
    when it is a language of the country they live in and one you write; else None. An English page is English."""
    from companion.ground.normalise.places import resolve_place
    from companion.ground.person_reading import official_languages, profile_language, writes_language, written_language

    if profile_language(them) != "en" or them.about:
        return None  # their own about or posts already said it
    text = " ".join(filter(None, [them.headline, *(job.title for job in them.experience),
                                  *(edu.degree for edu in them.education), *(edu.field for edu in them.education)]))
    lang = written_language(text)
    place = resolve_place(them.location) if them.location else None
    spoken = official_languages().get(place.country, frozenset()) if place is not None and place.country else frozenset()
    if lang in ("es", "pt") and lang not in spoken and ({"es", "pt"} - {lang}) & spoken:
        lang = "pt" if lang == "es" else "es"  # the two share most common words: the country tells them apart
    if lang == "en" or lang not in spoken or lang not in CHECK_IN_WORDS or not writes_language(me, lang):
        return None
    return lang


def recent_contact_line(first: str, kind: str, days: int, lang: str = "en", tie: Tie | None = None) -> str | None:
    """A line following up a reply, a meeting or a call of the last two weeks, true to who wrote or spoke; None
    after your own message or an older contact. In the register the tie calls for (check_in_words)."""
    words = check_in_words(lang, tie)
    if kind not in words["recent"] or days > FOLLOW_UP_DAYS:
        return None
    if days > OTHER_DAY_DAYS:
        return _say(words["earlier"][kind], first)
    when = words["when"][0 if days <= 0 else 1 if days == 1 else 2]
    return _say(words["recent"][kind], first, when=when)


# Promises that can be put in words to them without quoting the private note: what was promised, said plainly.
_PROMISED_INTRO = compile_kept(r"^\s*(?:i'?ll\s+|i\s+will\s+|to\s+)?(?:intro|introduce)\b", re.IGNORECASE)
# "send you the deck", "Send the mentor list", "send Kireet the slides", "send the slides to Kireet" ({first}: theirs).
_PROMISED_SEND = (
    r"^\s*(?:i'?ll\s+|i\s+will\s+|to\s+)?send\s+(?:(?:you|him|her|them|{first})\s+)?"
    r"(?P<thing>(?:the|my|a|an)\s+[\w' -]{{2,40}}?)(?:\s+(?:to|over\s+to|for)\s+(?:you|him|her|them|{first}))?"
    r"(?:\s+(?:by|before|on\s+(?=\d|the\s+\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b)|"
    r"this|next|tomorrow|today|asap)\b.*)?[.!]?\s*$")


# A thing promised that is said to them as is: a short noun phrase ("the Stripe pricing article"), never one that
# speaks of them in the third person ("the deck he wanted") or holds a clause ("the deck that we discussed").
_MOST_WORDS_IN_A_THING = 5  # "my notes on Elixir testing"
_NOT_A_PLAIN_THING = compile_kept(
    r"\b(?:i|me|we|us|you|he|she|they|him|her|them|his|hers|their|theirs|myself|yourself|himself|herself|ourselves|"
    r"themselves|that|which|who|"
    r"whom|whose|where|when|what|is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|should)\b",
    re.IGNORECASE)
_PAST_VERB = compile_kept(r"\b\w+ed\b", re.IGNORECASE)  # after the noun: "the notes Ana shared"


# "the slides to Sean", "a reminder for Mia": sent to someone else (the one they are for is matched before this),
# so "I promised to send you" would not be true.
_FOR_SOMEONE_ELSE = compile_kept(r"\b(?:to|for|over)\b", re.IGNORECASE)


def _sayable_thing(thing: str) -> bool:
    words = thing.split()
    return (len(words) <= _MOST_WORDS_IN_A_THING and not _NOT_A_PLAIN_THING.search(" ".join(words[1:]))
            and not _PAST_VERB.search(" ".join(words[2:])) and not _FOR_SOMEONE_ELSE.search(" ".join(words[1:])))


# The same in the other languages of the check-ins: an intro ('presentarle a Sean', 'lui présenter', 'Sean
# vorstellen', 'apresentar'), and a thing to send, said to them as the user wrote it ('enviarle la lista de
# mentores', 'lui envoyer la présentation', 'die Folien schicken', 'enviar o relatório').
_PROMISED_INTRO_IN = {
    "es": compile_kept(r"^\s*(?:(?:le|te|la|lo)\s+)?presentar(?:le|la|lo|te)?\b", re.IGNORECASE),
    "fr": compile_kept(r"^\s*(?:(?:lui|la|le|les)\s+)?(?:présenter|mettre\s+en\s+relation)\b|^\s*mise\s+en\s+relation\b",
                     re.IGNORECASE),
    # 'Sean vorstellen', 'sie mit Sean vernetzen'; never a thing presented ('die Folien vorstellen').
    "de": compile_kept(r"^(?!\s*(?:die|den|das|mein\w*|ein\w*)\s).*\b(?:vorstellen|bekannt\s*machen|vernetzen)\b",
                     re.IGNORECASE),
    "pt": compile_kept(r"^\s*(?:apresentar|apresentá-l[oa]s?)\b", re.IGNORECASE),
}
_PROMISED_SEND_IN = {
    "es": compile_kept(r"^\s*(?:(?:le|te)\s+)?(?:enviar|mandar|pasar)(?:le|te)?\s+(?P<thing>(?:el|la|los|las|mi|mis)\s+"
                     r"[\w' -]{2,40}?)(?:\s+(?:antes|mañana|hoy|esta|este)\b.*)?[.!]?\s*$", re.IGNORECASE),
    "fr": compile_kept(r"^\s*(?:(?:lui|leur)\s+)?envoyer\s+(?:(?:lui|leur)\s+)?(?P<thing>(?:(?:le|la|les|mon|ma|mes)\s+|l')"
                     r"[\w' -]{2,40}?)(?:\s+(?:avant|demain|aujourd'hui|cette|ce)\b.*)?[.!]?\s*$", re.IGNORECASE),
    "de": compile_kept(r"^\s*(?:(?:ihm|ihr|ihnen)\s+)?(?P<thing>(?:die|den|das|meine|meinen|mein)\s+[\w' -]{2,40}?)\s+"
                     r"(?:zu\s+)?(?:schicken|senden|zuschicken|zusenden|weiterleiten)[.!]?\s*$", re.IGNORECASE),
    "pt": compile_kept(r"^\s*(?:enviar|mandar)(?:-lhe)?\s+(?P<thing>(?:o|a|os|as|meu|minha|meus|minhas)\s+[\w' -]{2,40}?)"
                     r"(?:\s+(?:até|amanhã|hoje|esta|este)\b.*)?[.!]?\s*$", re.IGNORECASE),
}
# Words that make the thing someone else's to receive ('la lista a Sean', 'die Folien an Sean') or a clause ('que',
# 'dass'): such a promise is said as 'what I promised you'.
_NOT_A_PLAIN_THING_IN = {
    "es": compile_kept(r"\b(?:a|al|para|que|quien|él|ella|ellos|le|les|su|sus)\b", re.IGNORECASE),
    "fr": compile_kept(r"\b(?:à|au|aux|pour|que|qui|dont|lui|leur|leurs|son|sa|ses|il|elle)\b", re.IGNORECASE),
    "de": compile_kept(r"\b(?:an|für|dass|die\s+er|die\s+sie|dem|ihm|ihr|sein|seine|ihre)\b", re.IGNORECASE),
    "pt": compile_kept(r"\b(?:a|ao|à|para|pra|que|quem|ele|ela|dele|dela|lhe)\b", re.IGNORECASE),
}


def _thing_promised(first: str, promise: str, lang: str) -> tuple[str, bool] | None:
    """The thing a promise is to send them, as the user wrote it, and whether it is written in `lang`; None when
    there is none that can be said to them plainly."""
    base = lang[:2]
    if base in _PROMISED_SEND_IN:
        native = _PROMISED_SEND_IN[base].match(promise)
        if native:
            thing = native["thing"].strip()
            words = thing.split()
            if len(words) <= _MOST_WORDS_IN_A_THING and not _NOT_A_PLAIN_THING_IN[base].search(" ".join(words[1:])):
                return thing, True
            return None
    sent = re.match(_PROMISED_SEND.format(first=re.escape(first)), promise, re.IGNORECASE)
    if sent and _sayable_thing(sent["thing"]):
        return sent["thing"].strip(), base == "en"
    return None


def promise_opener(first: str, promise: str, lang: str = "en", late: bool = False, tie: Tie | None = None,
                   coming: bool = False) -> str:
    """A true, sendable opener for an open promise, in `lang`: what was promised when it can be said plainly to
    them (an intro, the thing to send, named, never the promise's sentence), never "here it is" before it is
    kept; else a plain word that you have not forgotten it (the promise stays beside it as a reminder). The
    thing is said as the user wrote it when it is in the language of the line, else not at all. `late`
    (a promise long past due): the line owns the delay rather than "I haven't forgotten". In the register the
    tie calls for (check_in_words)."""
    words = check_in_words(lang, tie)
    # `coming`: due today or in the days ahead, said as keeping it where the language has those words.
    kind = "{}-late" if late else "{}-now" if coming and "send-now" in words else "{}"
    if _PROMISED_INTRO.match(promise) or (lang[:2] in _PROMISED_INTRO_IN and _PROMISED_INTRO_IN[lang[:2]].search(promise)):
        return _say(words[kind.format("intro")], first)
    found = _thing_promised(first, promise, lang)
    if found is None:
        # A promise they cannot be told in its own words is still the reason to write: the line says so.
        return _say(words[kind.format("promised")], first)
    thing, in_this_language = found
    if not in_this_language:
        # The user's own words in another language, quoted into this one, read as pasted from a private note.
        return _say(words[kind.format("promised")], first)
    template = words[kind.format("send")]
    return _say(template, first, thing=_thing_as_said(thing, lang, template))


def _thing_as_said(thing: str, lang: str, template: str) -> str:
    """A thing promised as an English line says it: "a deck" is "the deck" once promised; and before "I promised"
    "my notes" is "the notes" ("I haven't forgotten my notes I promised to send you" is no English, newcomer 8)."""
    if lang != "en":
        return thing
    thing = re.sub(r"^(?:a|an)\s+", "the ", thing, flags=re.IGNORECASE)
    if "{thing} I promised" in template:
        thing = re.sub(r"^my\s+", "the ", thing, flags=re.IGNORECASE)
    return thing


# "Intro to Sri about QA hiring", "introduce him to Sean": who the intro was to, when a name says it (never a
# company's "Acme's CTO"; a lower-case word is no name).
_INTRO_TO = r"^\s*(?i:i'?ll\s+|i\s+will\s+|to\s+)?(?i:intro|introduce)\s+(?:(?i:you|him|her|them)\s+|{first}\s+)?" \
            r"(?i:to|with)\s+(?P<who>[A-Z][\w-]+)\b(?!['’])"


def kept_promise_opener(first: str, promise: str, lang: str = "en", tie: Tie | None = None) -> str | None:
    """A true opener for a promise you kept lately: whether the intro helped (to whom, when a name says it), or
    that you hope they found the thing useful, named as in promise_opener (one written in another language is never
    quoted). None where there are no such words (that language, or a promise that cannot be said plainly: "I hope
    what I promised helped" says nothing)."""
    words = check_in_words(lang, tie)
    if "kept-send" not in words:
        return None
    if _PROMISED_INTRO.match(promise) or (lang[:2] in _PROMISED_INTRO_IN and _PROMISED_INTRO_IN[lang[:2]].search(promise)):
        to = re.match(_INTRO_TO.format(first=re.escape(first)), promise)
        who = to["who"] if to and to["who"] != first else None
        return _say(words["kept-intro-to"], first, who=who) if who else _say(words["kept-intro"], first)
    found = _thing_promised(first, promise, lang)
    if found is None or not found[1]:
        return None
    return _say(words["kept-send"], first, thing=_thing_as_said(found[0], lang, words["kept-send"]))


def _time_apart(days: int, lang: str = "en") -> str:
    years, a_year, months, weeks, some_days, a_little = _TIME_APART_WORDS[lang]
    if days >= 730:  # '35 months' is a count no one says: years, once there are two of them
        return years.format(n=days // 365)
    if days >= 365:
        return a_year
    if days >= 60:
        return months.format(n=days // 30)
    if days >= 14:
        return weeks.format(n=days // 7)
    return some_days.format(n=days) if days > 1 else a_little


def own_check_in_line(doc: dict, tie: Tie, now: datetime, me: Profile | None = None,
                      languages: CheckInLanguages | None = None) -> Starter:
    """A plain, warm check-in line built from what we know: their current role, or the time apart; in the language
    their starters are written in (check_in_language; `me`: your profile)."""
    from companion.ground.names import first_name
    from companion.ground.person_reading import company_name, current_job, work_is_paused

    them = merged_profile(doc)
    first = first_name(them)  # 'Dr. Ana López' is Ana
    lang = _language(me, doc, them, languages)
    organisation = _is_organisation(them)
    words = check_in_words(lang, tie, organisation)
    # Laid off, on leave, in treatment: 'how are things at Acme?' asks after a job they are not at.
    current = None if work_is_paused(them, now) else current_job(them)  # the latest started, not the first listed
    company = company_name(current.company) if current and current.company else None  # without 'We're hiring'
    if tie.last_contact:
        days = (now.date() - date.fromisoformat(tie.last_contact[:10])).days
        gap = _time_apart(days, lang) if days >= RECENT_DAYS else None  # a contact yesterday is no "little while"
        evidence = f"last contact {when_words(_day_of(tie.last_contact), now.date())}"
    elif tie.stage in EARLY_STAGES:
        # No contact ever, and no circle you chose: 'it's been a while' would claim a past there is none of (a
        # stranger you promised something: their clock is the promise's, mend 8).
        gap, evidence = None, "no contact logged yet"
    else:
        gap, evidence = words["a while"], "no contact logged yet"
    if company and not organisation:
        text = _say(words["at-work-gap" if gap else "at-work"], first, gap=gap, company=company)
        evidence += f"; works at {company}"
    else:
        text = _say(words["came-to-mind-gap" if gap else "came-to-mind"], first, gap=gap)
    return Starter(text=text, kind="check-in", evidence=evidence)


def overdue(store: Store, now: datetime | None = None, kept: KeptGround | None = None,
            languages: CheckInLanguages | None = None) -> list[FollowUp]:
    """Everyone whose check-in date has passed, innermost layer first, then most overdue first. `kept`: the cards
    `companion show` keeps, so a stranger's opener is computed once (opener_for); `languages`: the check-in
    languages a running companion keeps between calls (CheckInLanguages)."""
    now = now or utc_now()
    weights = store.get_setting("tie_weights")
    me = None
    due: list[tuple[dict, Tie]] = []
    for doc in store.people():
        if not clock_runs(doc) or not may_be_overdue(doc, now):
            # no contact, circle or dated promise: no clock is running (e.g. 30,000 imported connections); or
            # contacted too lately for any check-in to be due: their (longest) logs need not be weighed
            continue
        tie = tie_of(doc, now, weights)
        if tie.overdue:  # no layer: a promise to someone you have not talked with yet, past its due day
            due.append((doc, tie))
    if due:
        me = _load_me(store)
    result = []
    for doc, tie in due:
        result.append(
            FollowUp(
                person_id=doc["id"],
                name=display_name(doc),
                layer=tie.layer,
                chosen=doc.get("circle") in LAYERS,
                last_contact=tie.last_contact,
                next_check_in=tie.next_check_in,
                days_overdue=(now.date() - date.fromisoformat(tie.next_check_in)).days,
                tie=tie,
                opener=opener_for(store, doc, tie, now, me, kept=kept, languages=languages),
            )
        )
    result.sort(key=lambda f: (LAYERS.index(f.layer) if f.layer else len(LAYERS), -f.days_overdue, f.name.casefold()))
    return result


def set_circle(store: Store, person_id: str, circle: str, now: datetime | None = None) -> dict:
    """Put a person in a Dunbar circle (inner, close, active, wider) or back to `auto` (tie strength decides)."""
    circle = circle.strip().lower()
    if circle not in CIRCLE_CHOICES:
        raise InvalidInput(f"“{circle}” is not a circle; use one of {', '.join(CIRCLE_CHOICES)}.")
    from companion.memory.notes import person_or_not_found

    with store.transaction():
        doc = person_or_not_found(store, person_id)
        doc["circle"] = None if circle == "auto" else circle
        doc["updated_at"] = iso_now(now)
        store.save_person(doc)
    return doc


__all__ = ["CHECK_IN_DAYS", "CHECK_IN_WORDS", "CheckInLanguages", "FAMILIAR_CHECK_IN_WORDS", "FollowUp", "check_in_words", "check_in_language", "known_opener", "opener_among",
           "opener_for", "overdue", "own_check_in_line",
           "set_circle", "starters_as_you_know_them"]
