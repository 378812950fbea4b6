"""A Twitter/X archive: account.js and profile.js (the user's own account), following.js and follower.js.

Each file is JavaScript of the form `window.YTD.<name>.part0 = [ ... ]` around JSON. The archive lists
followed accounts by number only ({"accountId", "userLink"}), so each becomes a person known by that
number (key "x-id:<id>") and a link that opens their profile; capturing their page later fills in the
rest. The user's own account becomes their own X profile when none is set yet.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from companion.errors import InvalidInput
from companion.memory.importers import CHUNK, PROGRESS_EVERY, ImportSummary, Progress
from companion.memory.people import iso_now, new_person, utc_now
from companion.models import Profile
from companion.storage.store import Store

ARCHIVE_FILES = ("account.js", "profile.js", "following.js", "follower.js")
TAGS = {"following": "x-following", "follower": "x-follower"}
_PREFIX = re.compile(r"^\s*window\.YTD\.(\w+)\.part\d+\s*=\s*", re.DOTALL)


def read_archive_file(path: Path) -> tuple[str, list]:
    """The part name ("account", "following"...) and its list of entries; a damaged file is an InvalidInput."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"Could not read {path}: {exc}.") from exc
    match = _PREFIX.match(text)
    if not match:
        raise InvalidInput(
            f"{Path(path).name} does not start with `window.YTD.<name>.part0 =`; it is not a file from an X archive."
        )
    body = text[match.end():]
    try:
        data = json.loads(body)
    except json.JSONDecodeError as exc:
        line = text[: match.end()].count("\n") + exc.lineno
        raise InvalidInput(
            f"Line {line} of {Path(path).name} is not valid JSON ({exc.msg}); the file may be cut short. "
            "Nothing was imported."
        ) from None
    if not isinstance(data, list):
        raise InvalidInput(f"{Path(path).name} should hold a list of entries; nothing was imported.")
    return match[1], data


def _archive_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    found = []
    for name in ARCHIVE_FILES:
        # The archive keeps its files in data/; accept the archive's root folder or data/ itself.
        hits = sorted(path.glob(name)) or sorted(path.glob(f"data/{name}")) or sorted(path.glob(f"*/data/{name}"))
        found.extend(hits[:1])
    if not found:
        raise InvalidInput(f"{path} holds none of {', '.join(ARCHIVE_FILES)}; point at the archive's data folder.")
    return found


def own_profile(parts: dict[str, list]) -> Profile | None:
    """The user's own X profile from account.js (+ profile.js), or None."""
    account = next((e.get("account") for e in parts.get("account", []) if isinstance(e, dict)), None)
    if not account or not account.get("username"):
        return None
    described = next((e.get("profile") for e in parts.get("profile", []) if isinstance(e, dict)), None) or {}
    description = described.get("description") or {}
    website = (description.get("website") or "").strip()
    return Profile(
        site="x",
        url=f"https://x.com/{account['username']}",
        name=account.get("accountDisplayName") or None,
        handle=account["username"],
        about=(description.get("bio") or "").strip() or None,
        location=(description.get("location") or "").strip() or None,
        websites=[website] if website else [],
        joined=(account.get("createdAt") or "")[:10] or None,
    )


# Asked before an archive's account becomes your own X profile (an archive may be someone else's); True to set it.
OwnAccountQuestion = Callable[[Profile], bool]


def import_archive(store: Store, path: Path, progress: Progress | None = None, now: datetime | None = None,
                   own_account: OwnAccountQuestion | None = None) -> ImportSummary:
    """Import an X archive (a folder or one of its files): followed accounts, followers, and the user's own account
    (set as your own X profile when none is, and `own_account`, when given, says yes)."""
    now = now or utc_now()
    path = Path(path)
    parts: dict[str, list] = {}
    for file in _archive_files(path):
        name, entries = read_archive_file(file)
        parts.setdefault(name, []).extend(entries)
    summary = ImportSummary(source="x-archive", file=str(path))
    me = own_profile(parts)
    other = _another_account(store, me) if me is not None else None  # said after the import, with its counts
    if me is not None and not other:
        summary.notes.append(_record_own_account(store, me, own_account))
    links = [(part, e.get(part)) for part in TAGS for e in parts.get(part, []) if isinstance(e, dict)]
    summary.rows = len(links) + (1 if me else 0)
    if links and store.count_people():
        store.backup("before-import")
    touched: dict[str, dict] = {}
    imported = dict.fromkeys(TAGS, 0)  # per part: the people added or tagged from it
    for index, (part, entry) in enumerate(links, start=1):
        if progress and index % PROGRESS_EVERY == 0:
            progress(index, len(links))
        account_id = str((entry or {}).get("accountId") or "").strip()
        if not account_id.isdigit():
            summary.skip(f"an entry in {part}.js without an account number", None)
            continue
        key = f"x-id:{account_id}"
        person_id = store.person_id_for_key(key)
        doc = touched.get(person_id or "") or (store.get_person(person_id) if person_id else None)
        if doc is None:
            from companion.memory.people import person_id_for

            doc = touched.get(person_id_for(key))
        if doc is None:
            doc = new_person([key], now)
            doc["profiles"]["x"] = Profile(
                site="x", url=(entry.get("userLink") or f"https://x.com/i/user/{account_id}")
            ).model_dump(mode="json")
            summary.added += 1
        elif TAGS[part] in doc.get("tags", []):
            summary.skip(f"already known from {part}.js", None)
            continue
        else:
            summary.merged += 1
        if TAGS[part] not in doc["tags"]:
            doc["tags"].append(TAGS[part])
        imported[part] += 1
        doc["updated_at"] = iso_now(now)
        touched[doc["id"]] = doc
        if len(touched) >= CHUNK:
            store.save_people(touched.values())
            touched.clear()
    if touched:
        store.save_people(touched.values())
    if progress:
        progress(len(links), len(links))
    if other and me is not None:
        summary.warnings.append(other + _what_was_imported(me.handle or "", imported))
    return summary


def _what_was_imported(handle: str, imported: dict[str, int]) -> str:
    """The counts said after an import of another account's archive (the accounts it follows, its followers)."""
    following, followers = imported["following"], imported["follower"]
    if not following and not followers:
        return " No one was imported from it."
    return (f" {_count(following, 'account')} @{handle} follows and {_count(followers, 'follower')} of @{handle} were "
            "imported as your contacts. If it is not yours, `companion forget` removes anyone you did not mean to "
            "import.")


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _another_account(store: Store, me: Profile) -> str | None:
    """What to say when the archive is another account than the X profile set as yours (someone else's archive,
    or a second account of yours); None when it is yours or no X profile is set."""
    try:
        from companion.memory.me import own_profiles
    except ImportError:
        return None
    mine = own_profiles(store).get("x")
    if mine is None or not mine.handle or not me.handle or mine.handle.casefold() == me.handle.casefold():
        return None
    return f"This archive is the account @{me.handle}, not @{mine.handle} (your own X profile, kept)."


def _record_own_account(store: Store, me: Profile, own_account: OwnAccountQuestion | None = None) -> str:
    try:
        from companion.memory.me import own_profiles, set_me
    except ImportError:
        return f"Your own account @{me.handle} was recognised, but your own profile cannot be set from here."
    if "x" in own_profiles(store):
        return f"Your own account @{me.handle} was recognised; the own X profile you had set was kept."
    if own_account is not None and not own_account(me):
        return (f"The archive's account, @{me.handle}{f' ({me.name})' if me.name else ''}, was not made your own X "
                "profile; import it again with --yes if it is yours.")
    set_me(store, me)
    return f"Your own account @{me.handle} is now your own X profile (used for common ground)."
