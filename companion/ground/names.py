"""The name to greet someone by: their first name as a letter writes it, or the name they ask to be called.

Apart from the starters (which greet by it) so that a command that only greets (`companion followups`)
loads none of the starters' rules and tables.
"""

from __future__ import annotations

import re

from companion.ground.normalise.text import fold
from companion.models import Profile

# A respectful prefix that is part of how a given name is said ('Sri Lalitha'): greeted with the name after it.
_NAME_PREFIXES = {"sri", "shri", "sree", "shree", "sai"}
_TITLES = {"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.", "sir"}
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.\-]*(?:['’.\-][^\W\d_]+)*\.?$")

# The name they ask to be called: 'Robert "Bob" Smith', or 'call me Kate' / 'goes by Maggie' in their own words
# (the phrase in any case, the name capitalised).
_QUOTED_NICKNAME = re.compile(r"(?:^|\s)[\"“”'‘’]([^\W\d_][^\W\d_.\-]{1,20})[\"“”'‘’](?=\s|$)")
ASKED_NAME = re.compile(
    r"(?i:\bcalls? me|\bgo(?:es)? by|\bprefers? to be called|\bknown to (?:my )?friends as|\bllámame|\bme chame de|"
    r"\bappelez-moi|\bnennt mich) ([A-ZÀ-Ý][^\W\d_]{1,20})\b")
# A short form in brackets after the first name ('Elizabeth (Liz) Warren'), told from a maiden name in brackets
# ('Julian (Beisenkötter) Amelung') by being a short form of it; these few share too few letters to tell.
# 'Call me Monday', 'call me Anytime': a time, not a name.
_NOT_A_NAME = set("monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight anytime maybe "
                  "january february march april may june july august september october november december".split())
_BRACKETED_NICKNAME = re.compile(r"^\s*[^\W\d_]+\s+\(([^\W\d_]{2,12})\)\s")
_SHORT_FORMS = {"bob": "robert", "bobby": "robert", "rob": "robert", "bill": "william", "billy": "william",
                "will": "william", "peggy": "margaret", "peg": "margaret", "dick": "richard", "jack": "john",
                "hank": "henry", "chuck": "charles", "sally": "sarah", "polly": "mary", "ted": "edward",
                "ned": "edward", "betty": "elizabeth", "beth": "elizabeth", "bess": "elizabeth"}


def first_name(profile: Profile) -> str:
    """The name to greet them by: the first word of their name that is not a title, else their handle.

    A display name that does not start with a name ('#!/kiko/beats') gives way to the handle, and the name
    they ask to be called ('Robert "Bob" Smith', 'Please call me Kate') comes first. A name written all in
    small or all in capital letters ('rob cheung', 'MARIA LOPEZ') is greeted as a letter writes it: 'Rob', 'Maria'.
    """
    asked = asked_name(profile)
    if asked:
        return asked
    words = [w.strip(",;:!?") for w in (profile.name or "").split()]
    for i, word in enumerate(words):
        if word.lower() in _TITLES:
            continue
        if _NAME_WORD.match(word):
            if word.lower() in _NAME_PREFIXES and i + 1 < len(words) and _NAME_WORD.match(words[i + 1]):
                return f"{_as_written(word)} {_as_written(words[i + 1])}"  # 'Sri Lalitha', never 'Sri' alone
            return _as_written(word)
        break
    return (profile.handle or "there").lstrip("@")


def _as_written(word: str) -> str:
    """'rob' → 'Rob', 'MARIA' → 'Maria'; 'DeShawn', 'Inês', 'Jo' as they are."""
    if len(word) > 2 and (word.islower() or word.isupper()):
        return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
    if word.islower():
        return word.capitalize()
    return word


def asked_name(profile: Profile) -> str | None:
    """The name they ask to be called, when their name or their own words say so."""
    name = profile.name or ""
    quoted = _QUOTED_NICKNAME.search(name)
    if quoted:
        return quoted.group(1)
    bracketed = _BRACKETED_NICKNAME.match(name)
    if bracketed:
        nick, first = fold(bracketed.group(1)), fold(name.split()[0])
        if len(nick) < len(first) and (nick[:2] in first or _SHORT_FORMS.get(nick) == first):
            return bracketed.group(1)
    for text in (profile.headline, profile.about):
        for asked in ASKED_NAME.finditer(text or ""):
            if asked.group(1).casefold() not in _NOT_A_NAME:
                return asked.group(1)
    return None
