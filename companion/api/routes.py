"""The HTTP API, readable on one screen. Handlers validate at the boundary and call the domain modules."""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import Callable
from concurrent.futures import Executor
from typing import Literal, TypeVar, get_args

from aiohttp import web
from pydantic import BaseModel, Field, ValidationError

from companion import API_VERSION, APP_NAME, __version__
from companion.api.http_defences import decode_body, read_body, read_raw_body
from companion.api.pairing import get_or_create_token
from companion.api.server_state import EXTENSION_SEEN, GROUND_CACHE, PAIRING, RARITY, SETTINGS, STORE, WORKERS
from companion.errors import InvalidInput, NotFound, StoreDamaged
from companion.gc_pause import gc_paused_until_idle
from companion.ground.rarity import RarityIndex
from companion.memory.answers import (
    check_answer,
    commitments_answer,
    followups_answer,
    people_answer,
    show_answer,
    starters_answer,
)
from companion.memory.capture import person_view, read_capture, store_capture
from companion.memory.commitments import (
    add_commitment,
    as_listed,
    close_commitment,
    drop_commitment,
    record_sent_message,
    reopen_commitment,
)
from companion.memory.identity import merge_people, unmerge_site
from companion.memory.interactions import delete_interaction, log_interaction
from companion.memory.me import load_me, own_profiles, set_me, unset_me
from companion.memory.notes import add_note, delete_note, edit_note
from companion.memory.people import is_person_id, person_id_for_url, utc_now
from companion.memory.recipient import Recipient, judge, known_recipient, with_stage
from companion.memory.tie_strength import tie_of
from companion.models import (
    CaptureRequest,
    CheckRequest,
    GuardSettingsBody,
    Health,
    PairRequest,
    PairResponse,
    Profile,
    Site,
    Stage,
    Verdict,
    WireModel,
)
from companion.parsers import CapturedPage, parse_profile
from companion.storage.store import Store

routes = web.RouteTableDef()
SITES = get_args(Site)
T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)


class TextBody(WireModel):
    text: str


class InteractionBody(WireModel):
    kind: str
    at: str | None = None
    note: str | None = None


class SentBody(WireModel):
    text: str
    to: str | None = None


class CommitmentBody(WireModel):
    text: str = Field("", max_length=2_000)  # missing or empty: the same sentence as the CLI's, not a schema error
    due: str | None = Field(None, max_length=200)  # a date as people write it; never a page of text parsed on the loop


class DropBody(WireModel):
    reason: str | None = None  # bounded by the small body limit; too long for a reason: the domain's sentence (422)


def _json(model) -> web.Response:
    return web.json_response(model.model_dump(mode="json"))


def _rarity(app: web.Application) -> RarityIndex | None:
    return app[RARITY].index


async def _off_loop(pool: Executor, work: Callable[..., T], *args, **kwargs) -> T:
    """Run pure, CPU-heavy work (no store access) in a worker thread, so the loop keeps answering."""
    return await asyncio.get_running_loop().run_in_executor(pool, functools.partial(work, *args, **kwargs))


@routes.get("/v1/health")
async def health(request: web.Request) -> web.Response:
    return _json(Health(app=APP_NAME, api=API_VERSION, version=__version__))


@routes.post("/v1/pair")
async def pair(request: web.Request) -> web.Response:
    body = await read_body(request, PairRequest)
    request.app[PAIRING].redeem(body.code, origin=request.headers.get("Origin"))
    store = request.app[STORE]
    if not store.damaged_files():  # pairing must work with a damaged store file, so the guard can be used
        store.set_setting("paired_at", time.strftime("%Y-%m-%dT%H:%M:%S%z"))
    return _json(PairResponse(token=get_or_create_token(request.app[SETTINGS].data_dir)))


@routes.get("/v1/status")
async def status(request: web.Request) -> web.Response:
    store = request.app[STORE]
    request.app[EXTENSION_SEEN].at = time.strftime("%Y-%m-%dT%H:%M:%S%z")  # saved when the server stops
    return web.json_response(
        {"paired": True, "people": store.count_people(), "me": load_me(store) is not None, "version": __version__,
         "index_ready": request.app[RARITY].index is not None,
         "damaged_files": [path.name for path in store.damaged_files()], "damage": store.damage_note(server=True)}
    )


def _read_capture_body(raw: bytearray) -> CapturedPage:
    body = decode_body(raw, CaptureRequest)
    return read_capture(body.html, body.url)


@routes.post("/v1/captures")
async def capture(request: web.Request) -> web.Response:
    raw = await read_raw_body(request)
    # Decoding the body, the parse and the page's identity check are pure: off the loop, in one trip to a
    # worker (each trip costs a thread wake-up both ways). Storing stays on the loop. A soup is one big cycle:
    # the collector waits until the answer is on its way instead of walking it while the person waits.
    with gc_paused_until_idle(asyncio.get_running_loop()):
        page = await _off_loop(request.app[WORKERS].pages, _read_capture_body, raw)
        return _json(store_capture(request.app[STORE], page, request.app[RARITY]))


@routes.get("/v1/me")
async def get_me(request: web.Request) -> web.Response:
    me = load_me(request.app[STORE])
    if me is None:
        raise NotFound("Your own profile is not set yet: open it and press “This is me”, or run `companion me set`.")
    return web.json_response({"profile": me.model_dump(mode="json")})


@routes.post("/v1/me")
async def post_me(request: web.Request) -> web.Response:
    body = await read_body(request, CaptureRequest)
    profile = await _off_loop(request.app[WORKERS].pages, parse_profile, body.html, body.url)
    return _me_set(request.app[STORE], profile)


@routes.put("/v1/me")
async def put_me(request: web.Request) -> web.Response:
    """A Profile JSON as one of your own (as `companion me set FILE` takes one): how "This is me" is undone."""
    return _me_set(request.app[STORE], await read_body(request, Profile))


def _me_set(store: Store, profile: Profile) -> web.Response:
    """Set an own profile; the answer names the site and the own profile it replaced (null if none), so the
    extension can offer Undo: PUT that one back, or DELETE /v1/me?site=SITE."""
    site = profile.site or "web"
    replaced = own_profiles(store).get(site)
    me = set_me(store, profile)
    return web.json_response({"profile": me.model_dump(mode="json"), "site": site,
                              "replaced": replaced.model_dump(mode="json") if replaced else None})


@routes.delete("/v1/me")
async def delete_me(request: web.Request) -> web.Response:
    """Undo "This is me": ?site=linkedin (or every site); a contact record it hid comes back."""
    site = request.query.get("site") or None
    if site is not None and site not in SITES:
        raise InvalidInput(f"“{site}” is not a site; use one of {', '.join(SITES)}.")
    store = request.app[STORE]
    removed = unset_me(store, site)
    return web.json_response({"removed": removed, "left": sorted(own_profiles(store))})


@routes.post("/v1/check")
async def check(request: web.Request) -> web.Response:
    body = await read_body(request, CheckRequest)
    store = request.app[STORE]
    doc, unresolved = await _recipient(request, body.to)
    if doc is None and not body.to and body.context and body.context.recipient_url:
        doc = _known_recipient(store, body.context.recipient_url)
    recipient = (known_recipient(store, doc, utc_now(), _rarity(request.app), request.app[GROUND_CACHE])
                 if doc is not None else Recipient())
    recipient = with_stage(recipient, body.stage, body.context, known=doc is not None)
    verdict = await _off_loop(request.app[WORKERS].drafts, _judge_draft, body.text, store, recipient)
    if unresolved is not None and verdict.stage_source == "unknown":
        verdict.suggestions.insert(0, unresolved)  # said, not silently read as a stranger (newcomer 5, item 17)
    return _json(verdict)


async def _recipient(request: web.Request, ref: str | None) -> tuple[dict | None, str | None]:
    """The one reading of a draft's `to` (/v1/check and /v1/sent alike): the stored person an id, a profile URL or a
    handle names, read only; else None and, when `ref` names no one, a sentence why (see _recipient_by_handle)."""
    if not ref:
        return None, None
    store = request.app[STORE]
    doc = _known_recipient(store, ref)
    if doc is not None:
        return doc, None
    # A handle (not a name: see _recipient_by_handle), read from the identity keys, off the loop.
    return await _off_loop(request.app[WORKERS].reads, _recipient_by_handle, store, ref)


def _recipient_by_handle(store: Store, ref: str) -> tuple[dict | None, str | None]:
    """The stored person `ref` names exactly: a handle one person holds ('javilop', '@javilop'); an id or a profile
    URL was looked up already. Never a part of a name, as `companion check --to` allows: the name in a chat's header
    is the page's to write, and a stranger named like a friend (or "Ana" for "Mariana Silva") must not get the
    friend's looser check. Else None and a sentence on why the draft is checked as to someone not known yet."""
    from companion.guard.pitch_guard import UNKNOWN_RECIPIENT
    from companion.memory.people import handle_owners

    if "/" in ref:
        # Someone not stored yet is the everyday case of a page the extension shows (stage_source "unknown" says it).
        return None, None
    try:
        owners = handle_owners(store, ref.strip())  # "p-smith" may be a LinkedIn handle as well as an id
        if len(owners) == 1:
            return store.peek_person(owners[0]), None  # read only, per keystroke: no copy
    except (NotFound, StoreDamaged):  # their record is in a damaged file: checked as unknown, never "no one"
        return None, None
    if is_person_id(ref) and not owners:
        return None, None  # an id of someone not stored (yet, or forgotten): as a profile link, said by stage_source
    why = ("is a handle more than one person in your Rapport holds (give an id or a profile URL)" if owners
           else "is no id, profile URL or handle of anyone in your Rapport")
    return None, f"“{ref}” {why}, so the draft is checked as one to {UNKNOWN_RECIPIENT}, treated as a stranger."


def _judge_draft(text: str, store: Store, recipient: Recipient) -> Verdict:
    # Imported here, in the worker: compiling the guard's patterns takes about a second, which start-up does
    # not wait for (app.py warms it in the background; a check that comes first waits for it off the loop).
    from companion.memory.guard_settings import load_guard_settings

    return judge(text, recipient, load_guard_settings(store))


@routes.get("/v1/settings/guard")
async def get_guard_settings(request: web.Request) -> web.Response:
    from companion.memory.guard_settings import as_body, load_guard_settings

    return _json(as_body(load_guard_settings(request.app[STORE])))


@routes.get("/v1/settings/guard/rules")
async def get_guard_rules(request: web.Request) -> web.Response:
    """The guard's rules and what each catches, for the setup page's switches (as `companion guard --json`)."""
    from companion.guard.pitch_guard import RULES

    return web.json_response({"rules": [{"id": rule, "catches": what} for rule, what in sorted(RULES.items())]})


@routes.put("/v1/settings/guard")
async def put_guard_settings(request: web.Request) -> web.Response:
    from companion.memory.guard_settings import as_body, save_guard_settings

    body = await read_body(request, GuardSettingsBody)
    return _json(as_body(save_guard_settings(request.app[STORE], body)))


def _known_recipient(store, ref: str) -> dict | None:
    """A recipient named by id or profile URL, read-only; an unknown one is a stranger, not an error."""
    person_id = ref if is_person_id(ref) else person_id_for_url(store, ref)
    return store.peek_person(person_id) if person_id else None


@routes.post("/v1/sent")
async def sent(request: web.Request) -> web.Response:
    body = await read_body(request, SentBody)
    store = request.app[STORE]
    doc, _ = await _recipient(request, body.to)  # as /v1/check reads it: id, profile URL or handle
    person_id = doc["id"] if doc else None
    commitments = record_sent_message(store, person_id, body.text)
    return web.json_response(
        {
            "person_id": person_id,
            "logged": person_id is not None,
            "commitments": [c.model_dump(mode="json") for c in commitments],
        }
    )


@routes.get("/v1/lookup")
async def lookup(request: web.Request) -> web.Response:
    person_id = person_id_for_url(request.app[STORE], request.query.get("url", ""))
    if not person_id:
        raise NotFound("No one with that profile URL is in your Rapport yet.")
    return web.json_response({"person_id": person_id})


@routes.get("/v1/people/{person_id}")
async def get_person(request: web.Request) -> web.Response:
    store = request.app[STORE]
    doc = _person_or_404(store, request.match_info["person_id"])
    return _json(person_view(store, doc, _rarity(request.app), cache=request.app[GROUND_CACHE]))


@routes.post("/v1/people/{person_id}/notes")
async def post_note(request: web.Request) -> web.Response:
    body = await read_body(request, TextBody)
    store = request.app[STORE]
    doc = _person_or_404(store, request.match_info["person_id"])
    return _json(add_note(store, doc["id"], body.text))


@routes.patch("/v1/people/{person_id}/notes/{note_id}")
async def patch_note(request: web.Request) -> web.Response:
    body = await read_body(request, TextBody)
    store = request.app[STORE]
    doc = _person_or_404(store, request.match_info["person_id"])
    return _json(edit_note(store, doc["id"], _int_id(request.match_info["note_id"]), body.text))


@routes.delete("/v1/people/{person_id}/notes/{note_id}")
async def remove_note(request: web.Request) -> web.Response:
    store = request.app[STORE]
    doc = _person_or_404(store, request.match_info["person_id"])
    delete_note(store, doc["id"], _int_id(request.match_info["note_id"]))
    return web.json_response({"ok": True})


@routes.post("/v1/people/{person_id}/commitments")
async def post_commitment(request: web.Request) -> web.Response:
    """A promise to this person, as `companion commitments add PERSON TEXT --due WHEN` records it."""
    body = await read_body(request, CommitmentBody)
    store = request.app[STORE]
    doc = _person_or_404(store, request.match_info["person_id"])
    # Empty text or a date that is none answers 422 in the one error shape, as a note's empty text does.
    commitment = add_commitment(store, doc["id"], body.text, due=body.due)
    return _json(as_listed(doc, commitment.model_dump(mode="json")))


@routes.post("/v1/people/{person_id}/commitments/{commitment_id}/done")
async def post_commitment_done(request: web.Request) -> web.Response:
    """A promise to this person kept, as `companion commitments done NUMBER` marks it (twice: still kept, once)."""
    return _change_commitment(request, close_commitment)


@routes.post("/v1/people/{person_id}/commitments/{commitment_id}/drop")
async def post_commitment_drop(request: web.Request) -> web.Response:
    """A promise to this person let go (`{"reason"?}`), as `companion commitments drop NUMBER --reason TEXT`."""
    raw = await read_raw_body(request)
    body = decode_body(raw, DropBody) if raw.strip() else DropBody()  # no body: let go without a reason
    return _change_commitment(request, drop_commitment, reason=body.reason)


@routes.post("/v1/people/{person_id}/commitments/{commitment_id}/reopen")
async def post_commitment_reopen(request: web.Request) -> web.Response:
    """A kept or let-go promise to this person open again, as `companion commitments reopen NUMBER`."""
    return _change_commitment(request, reopen_commitment)


def _change_commitment(request: web.Request, change, **options) -> web.Response:
    """One of this person's promises kept, let go or reopened by `change`, answered as listed. The name is the
    record's read here, unchanged by the promise: no second full copy."""
    store = request.app[STORE]
    doc = _person_or_404(store, request.match_info["person_id"])
    number = _int_id(request.match_info["commitment_id"], "promise")
    changed = change(store, number, person_id=doc["id"], **options)
    return _json(as_listed(doc, changed.model_dump(mode="json")))


@routes.post("/v1/people/{person_id}/interactions")
async def post_interaction(request: web.Request) -> web.Response:
    body = await read_body(request, InteractionBody)
    store = request.app[STORE]
    doc = _person_or_404(store, request.match_info["person_id"])
    interaction = log_interaction(store, doc["id"], body.kind, at=body.at, note=body.note)
    tie = tie_of(store.get_person(doc["id"]), None, store.get_setting("tie_weights"))
    return web.json_response(
        {"interaction": interaction.model_dump(mode="json"), "tie": tie.model_dump(mode="json")}
    )


@routes.delete("/v1/people/{person_id}/interactions/{interaction_id}")
async def remove_interaction(request: web.Request) -> web.Response:
    """Undo a logged interaction (the panel offers it for a minute); answers with the tie without it."""
    store = request.app[STORE]
    doc = _person_or_404(store, request.match_info["person_id"])
    delete_interaction(store, doc["id"], _int_id(request.match_info["interaction_id"], "interaction"))
    tie = tie_of(store.get_person(doc["id"]), None, store.get_setting("tie_weights"))
    return web.json_response({"ok": True, "tie": tie.model_dump(mode="json")})


class MergeBody(WireModel):
    person_id: str = Field(min_length=1, max_length=64, description="The other person, who is this one")


class UnmergeBody(WireModel):
    site: Site


@routes.post("/v1/people/{person_id}/merge")
async def post_merge(request: web.Request) -> web.Response:
    """Accept a merge suggestion: the two are one person; answers with the joined person's view."""
    body = await read_body(request, MergeBody)
    store = request.app[STORE]
    doc = merge_people(store, _person_or_404(store, request.match_info["person_id"])["id"], body.person_id)
    return _json(person_view(store, doc, _rarity(request.app), cache=request.app[GROUND_CACHE]))


@routes.post("/v1/people/{person_id}/unmerge")
async def post_unmerge(request: web.Request) -> web.Response:
    """Split a site back out of a person: {"person_id": who stays, "split_person_id": who was split out}."""
    body = await read_body(request, UnmergeBody)
    store = request.app[STORE]
    stay, out = unmerge_site(store, _person_or_404(store, request.match_info["person_id"])["id"], body.site)
    return web.json_response({"person_id": stay["id"], "split_person_id": out["id"]})


# What the CLI's read commands print, for a `companion` command on this machine (cli/read_answers.py):
# each computes, from the store this server holds, exactly the answer the command would compute itself.


class CliQuery(BaseModel):
    """Query and body of the /v1/cli/ routes: the command's own arguments, as typed (nothing stripped)."""

    person: str = ""
    sort: Literal["name", "strength", "last-contact", "added", "tier"] = "name"
    site: str | None = None
    tag: str | None = None
    search: str | None = None
    limit: int = Field(200, ge=0)
    all: bool = False


class CliCheckBody(BaseModel):
    text: str
    stage: Stage | None = None
    to: str | None = None
    strictness: str | None = None


@routes.get("/v1/cli/people")
async def cli_people(request: web.Request) -> web.Response:
    query = _query(request, CliQuery)
    return await _cli_answer(request, people_answer, query.sort, query.site, query.tag, query.search, query.limit)


@routes.get("/v1/cli/show")
async def cli_show(request: web.Request) -> web.Response:
    return await _cli_answer(request, show_answer, _query(request, CliQuery).person)


@routes.get("/v1/cli/starters")
async def cli_starters(request: web.Request) -> web.Response:
    person = _query(request, CliQuery).person
    return await _cli_answer(request, starters_answer, person, rarity=request.app[WORKERS].rarity_sample)


@routes.get("/v1/cli/followups")
async def cli_followups(request: web.Request) -> web.Response:
    return await _cli_answer(request, followups_answer, languages=request.app[WORKERS].check_in_languages)


@routes.get("/v1/cli/commitments")
async def cli_commitments(request: web.Request) -> web.Response:
    return await _cli_answer(request, commitments_answer, include_done=_query(request, CliQuery).all)


@routes.post("/v1/cli/check")
async def cli_check(request: web.Request) -> web.Response:
    body = await read_body(request, CliCheckBody)
    return await _cli_answer(request, check_answer, body.text, body.stage, body.to, body.strictness)


async def _cli_answer(request: web.Request, answer: Callable[..., BaseModel], *args, **kwargs) -> web.Response:
    """A read command's answer, computed in a reader thread so the loop keeps serving captures and checks."""
    store: Store = request.app[STORE]
    store.refresh()
    if store.damaged_files():  # the command reads the store itself, and says which file is damaged where it prints
        raise StoreDamaged(store.damage_note(server=True) or "A store file is damaged.")
    return _json(await _off_loop(request.app[WORKERS].reads, answer, request.app[STORE], *args, **kwargs))


def _query(request: web.Request, model: type[M]) -> M:
    try:
        return model.model_validate(dict(request.query))
    except ValidationError as exc:
        first = exc.errors()[0]
        raise InvalidInput(f"Invalid query parameter `{'.'.join(str(p) for p in first['loc'])}`: {first['msg']}.") from exc


def _person_or_404(store, person_id: str) -> dict:
    doc = store.get_person(person_id)
    if doc is None:
        raise NotFound(f"No person with id {person_id} is in your Rapport.")
    return doc


def _int_id(value: str, what: str = "note") -> int:
    # isdigit() alone lets "²" and 5,000-digit numbers through to int() or SQLite, a 500 instead of this sentence.
    if not (value.isascii() and value.isdigit() and len(value) <= 18):
        raise InvalidInput(f"`{value}` is not {'an' if what[0] in 'aeiou' else 'a'} {what} id (a number).")
    return int(value)


ROUTES = routes
