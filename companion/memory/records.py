"""What a stored person record must hold for the rest of the companion to read it, and the records of a store
that do not: a file edited by hand, or written by another program, can be valid JSON and still hold a name that
is a number or a contact without a date.

The store refuses a file that is not a table of people (storage.store.parse_store_file); a record inside one is
checked here only when something asks (`companion doctor`, a command that stopped on something unexpected, an
import), as checking every profile of 30,000 people on each read would cost a second.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ValidationError

from companion.memory.natural_dates import to_datetime
from companion.models import Commitment, Interaction, Note, Profile
from companion.storage.store import Store

ITEM_MODELS: dict[str, type[BaseModel]] = {"notes": Note, "interactions": Interaction, "commitments": Commitment}
DATE_FIELDS = ("first_seen", "updated_at", "connected_on")
# The dates inside each list of items: a promise due "1990-99-99" would stop every opener and card that reads it.
ITEM_DATE_FIELDS: dict[str, tuple[str, ...]] = {"notes": ("created_at", "updated_at"), "interactions": ("at",),
                                                "commitments": ("due", "created_at", "done_at")}


def _why(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"])
    return f"{where}: {error['msg']}" if where else error["msg"]


def _is_a_date(value: object) -> bool:
    try:
        to_datetime(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, AttributeError):  # a number where a date belongs
        return False
    return True


def record_problem(doc: object, person_id: str | None = None) -> str | None:
    """What is wrong with a stored person record, said as the end of a sentence ("its notes are not a list");
    None when every part the companion reads is as it writes it. `person_id`: the id it is stored under."""
    if not isinstance(doc, dict):
        return "it is not a record"
    if not isinstance(doc.get("id"), str) or (person_id is not None and doc["id"] != person_id):
        return "its id is missing or is not the one it is stored under"
    keys, profiles = doc.get("keys", []), doc.get("profiles", {})
    if not isinstance(keys, list) or not all(isinstance(key, str) for key in keys):
        return "its keys are not a list of text"
    if not isinstance(profiles, dict):
        return "its profiles are not a table of sites"
    for site, data in profiles.items():
        if not isinstance(data, dict):
            return f"its {site} profile is not a record"
        try:
            Profile.model_validate(data)
        except ValidationError as exc:
            return f"its {site} profile is damaged ({_why(exc)})"
    for field, model in ITEM_MODELS.items():
        items = doc.get(field, [])
        if not isinstance(items, list):
            return f"its {field} are not a list"
        for item in items:
            if not isinstance(item, dict):
                return f"one of its {field} is not a record"
            try:
                model.model_validate(item)
            except ValidationError as exc:
                return f"one of its {field} is damaged ({_why(exc)})"
            for name in ITEM_DATE_FIELDS[field]:
                if item.get(name) is not None and not _is_a_date(item[name]):
                    return f"one of its {field} has a {name} that is not a date the companion can read ({item[name]!r})"
    tags = doc.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        return "its tags are not a list of text"
    if not isinstance(doc.get("circle"), str | None):
        return "its circle is not a name"
    for field in DATE_FIELDS:
        if doc.get(field) is not None and not _is_a_date(doc[field]):
            return f"its {field} is not a date ({doc[field]!r})"
    if doc.get("connected_on") is None and doc.get("first_seen") is None:
        return "it says neither when you connected nor when it was first seen"
    return None


def damaged_records(store: Store) -> Iterator[str]:
    """Each damaged record of the store, as a phrase naming it, its file and what is wrong ("p-1a2b in
    people-0c.json: its notes are not a list")."""
    for file, person_id, doc in store.records():
        problem = record_problem(doc, person_id)
        if problem is not None:
            yield f"{person_id} in {file}: {problem}"
