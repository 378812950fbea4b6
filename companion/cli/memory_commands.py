"""The relationship memory on the command line: people, notes, tags, the interaction log, check-ins,
promises, import, export and forget."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from companion.cli.ground_commands import NOT_IN_THE_COUNT, headline, no_starters_line, tier_words, uncounted_reason
from companion.cli.options import TEXT, WholeLinesGroup, data_dir_option, json_option, open_store, print_json
from companion.cli.read_answers import Answer, read_answer
from companion.cli.terminal import confirm, inert, lines, shortened, styled
from companion.cli.terminal import console as terminal_console
from companion.errors import InvalidInput

if TYPE_CHECKING:
    from companion.storage.store import Store

# people, show, followups and commitments only read: each asks the companion running on the data dir,
# else reads the store itself (companion/cli/read_answers.py); both compute the same answer
# (companion/memory/answers.py), printed here from its JSON. So that one a companion answers imports none
# of the memory (nor pydantic's models), the memory is imported inside each command (rich's tables by the
# commands that draw one, once there are rows to draw), and the choices the
# options offer are written out: tests/test_cli_read_paths.py holds them equal to the memory's own.
SORTS = ("name", "strength", "last-contact", "added", "tier")
CIRCLE_CHOICES = ("inner", "close", "active", "wider", "auto")
FORMATS = ("json", "csv", "vcard")

# A tag is a short label to filter by (`people --tag`); longer text belongs in a note.
MAX_TAG = 100
STAGE_STYLE = {"stranger": "dim", "new": "cyan", "acquaintance": "green", "friend": "bold green", "close": "bold magenta"}


def console():
    return terminal_console(wide=True)


DONE = ("✓", "green")


def _label(doc: dict) -> str:
    from companion.memory.answers import person_label

    return person_label(doc)


# What `forget` removed, one of each ("1 profile", "1 history entry").
_ONE = {"profiles": "profile", "history entries": "history entry", "notes": "note", "interactions": "interaction",
        "commitments": "commitment", "tags": "tag"}


def _singular(what: str) -> str:
    return _ONE.get(what, what)


def _days_ago(iso: str | None) -> str:
    if not iso:
        return "never"
    days = (datetime.now(UTC).date() - date.fromisoformat(iso[:10])).days
    return "today" if days == 0 else "yesterday" if days == 1 else f"{days} days ago"


def _is_open(promise: Answer) -> bool:
    """commitments.is_open, written out: importing the memory costs a command a companion answers (see above); a
    test holds the two equal."""
    return not promise.get("done_at") and not promise.get("dropped_at")


# followups.KEPT_LATELY_DAYS, written out for the reason above (a test holds the two equal): a promise kept this
# recently is still worth a word in the next message, so the card lists it as the panel does.
KEPT_LATELY_DAYS = 30


def _kept_lately(promises: list[Answer], today: date) -> list[Answer]:
    """The promises kept in the last KEPT_LATELY_DAYS, latest first (one let go was not kept)."""
    def day(promise: Answer) -> date | None:
        try:
            return date.fromisoformat(str(promise.get("done_at"))[:10])
        except ValueError:
            return None  # a record edited by hand: not listed rather than a crash
    kept = [(d, c) for c in promises if c.get("done_at") and not c.get("dropped_at")
            if (d := day(c)) is not None and (today - d).days <= KEPT_LATELY_DAYS]
    return [c for _, c in sorted(kept, key=lambda pair: pair[0], reverse=True)]


# ------------------------------------------------------------------ people and show


@click.command()
@click.option("--sort", "sort_by", type=click.Choice(SORTS), default="name", show_default=True, help="Order of the rows.")
@click.option("--site", help="Only people seen on this site (linkedin, x, github, bluesky, mastodon, web).")
@click.option("--tag", help="Only people with this tag.")
@click.option("--search", help="Only people whose name, headline or company contains this text.")
@click.option("--limit", type=click.IntRange(0), default=200, show_default=True, help="At most this many rows (0: all).")
@data_dir_option
@json_option
def people(sort_by: str, site: str | None, tag: str | None, search: str | None, limit: int, data_dir, as_json: bool) -> None:
    """The people you know: name, where from, common ground, tie strength and last contact.

    \b
    Examples:
      companion people --sort strength
      companion people --site linkedin --search stripe
      companion people --tag climbing --json
    """
    if site is not None:  # X's old name, as the pages saved from twitter.com say (newcomer finding F18)
        site = SITE_ALIASES.get(site.strip().casefold(), site.strip().casefold())

    def compute(store: Store):
        from companion.memory.answers import people_answer

        return people_answer(store, sort_by, site, tag, search, limit, keep=True)

    answer = read_answer(data_dir, "/v1/cli/people", compute, ("total", "people"),
                         query={"sort": sort_by, "site": site, "tag": tag, "search": search, "limit": limit})
    items, total = answer.people, answer.total
    if as_json:
        print_json(answer)
        return
    out = console()
    if not items:
        filters = [f"--{name} {value!r}" for name, value in (("site", site), ("tag", tag), ("search", search))
                   if value is not None]
        if filters:  # people may well be stored: it is the filter that finds no one
            out.print(shortened(f"No one matches {' '.join(filters)}. `companion people` without "
                                f"{'it' if len(filters) == 1 else 'them'} lists everyone."))
        else:
            out.print("No one here yet. Capture a profile from the extension, or `companion import Connections.csv`.")
        return
    narrow = out.is_terminal and out.width < WIDE_TABLE
    out.print(_people_table(items, total, narrow=narrow, width=out.width if narrow else None))


# Sites as people may type them for --site.
SITE_ALIASES = {"twitter": "x", "twitter.com": "x", "x.com": "x", "linkedin.com": "linkedin", "github.com": "github",
                "bsky": "bluesky", "bsky.app": "bluesky"}


# Below this many columns the people table puts where someone is from under their name and the stage under the
# tie, so that a name keeps a column wide enough to read (newcomer finding F14: at 80 columns names were cut
# into five-letter pieces while the id and stage kept their width).
WIDE_TABLE = 110
# Narrow, what the columns other than the name and the id need (common ground 13, tie and stage 12, last contact
# 12, the gaps 10) and the narrowest name worth a column: below this plus the id's length, the last contact goes
# under the tie too, for an id is never cut (a cut id cannot be typed back: `companion show p-6b22e2c`).
NARROW_OTHERS = 13 + 12 + 12 + 10 + 14
# Narrowest, the name (14), the tie with its last contact (12) and the gaps (8): below this plus the id's length, the
# common ground goes under the name as well, for the id comes before every other column (review B: 50 columns).
TINY_OTHERS = 14 + 12 + 8 + 13


def _people_table(items: list, total: int, narrow: bool, width: int | None = None):
    """The people list as a table; `narrow` (a terminal under WIDE_TABLE columns, `width` wide) stacks cells."""
    from rich import box
    from rich.table import Table

    table = Table(title=f"People ({len(items)} of {total})" if total > len(items) else f"People ({total})",
                  box=box.SIMPLE_HEAD, title_justify="left", pad_edge=False, collapse_padding=True)
    id_width = max((len(item.person_id) for item in items), default=2)
    narrowest = narrow and width is not None and width < NARROW_OTHERS + id_width
    tiny = narrowest and width < TINY_OTHERS + id_width
    table.add_column("name", ratio=3, min_width=14)
    if not narrow:
        table.add_column("from", ratio=1, min_width=8)
    if tiny:
        pass  # under the name
    elif narrow:  # the name takes what the other columns leave
        table.add_column("common ground", width=13)
    else:
        table.add_column("common ground", ratio=2, min_width=12)
    table.add_column("tie" if not narrowest else "tie, last", no_wrap=True)
    if not narrow:
        table.add_column("stage", no_wrap=True)
    if not narrowest:
        table.add_column("last contact", no_wrap=not narrow, min_width=7)
    table.add_column("id", no_wrap=True, width=id_width if narrow else None)  # whole, or it cannot be typed back
    for item in items:
        sites = ", ".join(item.sites) or "-"
        stage = styled((item.stage, STAGE_STYLE[item.stage]))
        tie = f"{item.strength:.2f}"
        if tiny:
            table.add_row(lines(item.name, styled((sites, "dim")), tier_words(item.tier)),
                          lines(tie, stage, styled((_days_ago(item.last_contact), "dim"))), item.person_id)
        elif narrowest:
            table.add_row(lines(item.name, styled((sites, "dim"))), tier_words(item.tier),
                          lines(tie, stage, styled((_days_ago(item.last_contact), "dim"))), item.person_id)
        elif narrow:
            table.add_row(lines(item.name, styled((sites, "dim"))), tier_words(item.tier),
                          lines(tie, stage), _days_ago(item.last_contact), item.person_id)
        else:
            table.add_row(item.name, sites, tier_words(item.tier), tie, stage, _days_ago(item.last_contact),
                          item.person_id)
    return table


@click.command()
@click.argument("person")
@data_dir_option
@json_option
def show(person: str, data_dir, as_json: bool) -> None:
    """A card for one person: profile, common ground, starters, notes, interactions, promises, next check-in.

    PERSON is an id, a profile URL, or a unique part of their name.

    \b
    Examples:
      companion show "Ana Almeida"
      companion show https://www.linkedin.com/in/ana-almeida/
      companion show p-86b170b9270b --json
    """
    def compute(store: Store):
        from companion.memory.answers import show_answer

        return show_answer(store, person, keep=True)

    answer = read_answer(data_dir, "/v1/cli/show", compute, ("view", "label", "where", "connected_on", "circle", "me_set"),
                         query={"person": person})
    view = answer.view
    if as_json:
        print_json(view)
        return
    p, tie = view.profile, view.tie
    out = console()
    card = [styled((answer.label, "bold"), "  ", (view.person_id, "dim"))]
    if p.headline:
        card.append(p.headline)
    # Current jobs, each said once and not again when the headline says it already (both read the same page).
    jobs = dict.fromkeys(f"{e.title or ''} at {e.company}".strip() for e in p.experience if e.company and not e.end)
    card += [job for job in jobs if job.casefold() != (p.headline or "").strip().casefold()][:2]
    if p.location:
        card.append(f"📍 {p.location}")
    card.append("Where: " + ", ".join(f"{site}: {url or '-'}" for site, url in answer.where.items()))
    card += [_merge_line(view.person_id, merge) for merge in view.merges]
    if view.tags:
        card.append("Tags: " + ", ".join(view.tags))
    if answer.connected_on:
        card.append(f"Connected on {answer.connected_on}")
    card.append(styled(
        "Tie: ", (f"{tie.strength:.2f}", "bold"), " · ", (tie.stage, STAGE_STYLE[tie.stage]),
        # "new" is about the conversation, not the date: say so beside an old "Connected on" (newcomer F17)
        (" (connected, no conversation yet)" if tie.stage == "new" else ""), f" · layer {tie.layer or '-'}"
        + (" (your choice)" if answer.circle else " (suggested)" if tie.layer else "")
        + f" · last contact {_days_ago(tie.last_contact)}"
        + (f" · next check-in {tie.next_check_in}{_check_in_why(view)}" if tie.next_check_in
           else ""),
        (" overdue" if tie.overdue else "", "bold red"),
    ))
    # The check-in's opener as the panel and `companion followups` give it (view.check_in: one source), once due
    # or coming soon (CHECK_IN_SOON_DAYS): the words to send before the day, not only once it is late.
    due_opener = view.check_in.opener if view.check_in and (view.check_in.overdue or view.check_in.soon) else None
    if due_opener is not None:
        card.append(styled(("Check-in: ", "bold"), due_opener.text))
    from rich.panel import Panel  # only the card needs it

    out.print(Panel(lines(*card), expand=False))
    if view.common_ground.commonalities:
        out.print(styled(("Common ground", "bold"), f" · {headline(view.common_ground)}"))
        _print_commonalities(out, view.common_ground.commonalities)
    starters = [s for s in view.starters if due_opener is None or s.text != due_opener.text]  # not twice
    if starters:
        out.print(styled(("Starters", "bold")))
        for s in starters[:5]:
            out.print(f"  • {s.text}")
    elif due_opener is None:
        # Why, as `companion starters` and the panel say it (newcomer 10, C3: the card said nothing for some people).
        out.print(no_starters_line(answer.get("me_set", True), view.get("why_no_starters"), view.common_ground),
                  style="dim")
    _print_notes(out, view)
    if view.interactions:
        from rich.table import Table

        table = Table(title="Interactions")
        for column in ("id", "when", "kind", "note", "source"):
            table.add_column(column, overflow="fold")
        for i in reversed(view.interactions[-15:]):
            table.add_row(str(i.id), i.at[:16].replace("T", " "), i.kind, i.note or "", i.source)
        out.print(table)
    open_promises = [c for c in view.commitments if _is_open(c)]
    if open_promises:
        out.print(styled(("Open promises", "bold")))
        for c in open_promises:
            out.print(styled(f"  #{c.id} {c.text} ", (f"(due {c.due or '-'})", "dim")))
    kept = _kept_lately(view.commitments, datetime.now(UTC).date())
    if kept:  # newcomer 9, C4: what you kept lately is the next message's subject, and `show` never said it
        out.print(styled(("Kept lately", "bold")))
        for c in kept:
            out.print(styled(f"  #{c.id} {c.text} ", (f"(kept {_days_ago(c.done_at)})", "dim")))


# Why a check-in falls when it does, beside its date (as tie_strength.check_in_plan decides it); the layer's cadence
# goes unsaid. Read off the card rather than recomputed: importing the tie's module costs a command a companion
# answers ~0.2 s. The follow-up of a first conversation is the only check-in FIRST_FOLLOW_UP_DAYS (14) after the
# last contact, as no layer's cadence is 14 days (a test holds the two together).
FIRST_FOLLOW_UP_DAYS = 14


def _check_in_why(view) -> str:
    """Why the next check-in falls on its day: an open promise due then, the follow-up of a first conversation;
    "" for the layer's cadence."""
    due = view.tie.next_check_in
    promise = next((c for c in view.commitments if _is_open(c) and (c.get("due") or "")[:10] == due), None)
    if promise is not None:
        return f" (your promise #{promise.get('id')} is due)"
    last = view.tie.last_contact
    try:
        apart = (date.fromisoformat(due) - date.fromisoformat(last[:10])).days if last else None
    except ValueError:
        return ""
    return " (to follow up your first conversation: within two weeks)" if apart == FIRST_FOLLOW_UP_DAYS else ""


def _merge_line(person_id: str, merge) -> str:
    """How two sites were joined (by Rapport on its evidence, or by you) and the command that undoes it."""
    # "accepted" covers a `companion merge` typed with no suggestion too: all that is known is that you joined them.
    mine = merge.how != "automatic"
    how = (f"automatically ({'; '.join(merge.evidence)})" if merge.evidence and not mine
           else "yourself" if mine else "automatically")
    when = f" on {merge.at[:10]}" if merge.at else ""
    undo = f"; undo: companion unmerge {person_id} {merge.undo_site}" if merge.undo_site else ""
    return f"{'You joined' if mine else 'Joined'} {' + '.join(merge.sites) or 'two records'} {how}{when}{undo}"


# At most this many shared things are listed on a card (`companion match` lists them all, with why each matters).
CARD_COMMONALITIES = 8


def _uncounted(c) -> str:
    """A commonplace commonality named with its kind as the bullets are ("cause: Education", not a bare
    "education" that reads like a school: newcomer finding F18), unless its reason names the kind already."""
    reason = uncounted_reason(c)
    return f"{c.label} ({reason})" if reason.startswith("also shared as") else f"{c.kind}: {c.label} ({reason})"


def _print_commonalities(out, commonalities: list) -> None:
    """The things the headline counts, one a line, then the commonplace ones it does not count on one line that
    says so and why, so the headline's number is the number of bullets (newcomer finding F15)."""
    counted = [c for c in commonalities if c.counted]
    for c in counted[:CARD_COMMONALITIES]:
        out.print(f"  • {c.kind}: {c.label}")
    if len(counted) > CARD_COMMONALITIES:
        out.print(styled((f"  … and {len(counted) - CARD_COMMONALITIES} more (`companion show … --json` lists "
                          "them all)", "dim")))
    commonplace = [c for c in commonalities if not c.counted][:4]
    if commonplace:
        also = "; ".join(_uncounted(c) for c in commonplace)
        line = styled((f"also shared, {NOT_IN_THE_COUNT}: ", "dim"), (also, "dim"))
        if out.soft_wrap:  # piped: one line, as every sentence
            out.print(styled("  ") + line)
        else:  # on a terminal, wrapped lines stay indented under the bullets, not at column 0
            from rich.table import Table

            grid = Table.grid()
            grid.add_column(width=2)
            grid.add_column()
            grid.add_row("", line)
            out.print(grid)


def _print_notes(out, view: Answer) -> None:
    if view.notes:
        out.print(styled(("Notes", "bold")))
        for n in view.notes:
            out.print(styled(f"  #{n.id} ", (n.created_at[:10], "dim"), f" {n.text}"))


# ------------------------------------------------------------------ notes and tags


@click.command()
@click.argument("person")
@click.argument("text", required=False, type=TEXT)
@click.option("--edit", "edit_id", type=int, metavar="ID", help="Replace the text of note ID.")
@click.option("--delete", "delete_id", type=int, metavar="ID", help="Delete note ID.")
@data_dir_option
@json_option
def note(person: str, text: str | None, edit_id: int | None, delete_id: int | None, data_dir, as_json: bool) -> None:
    """Keep a note about a person (or edit / delete one by its number).

    \b
    Examples:
      companion note "Jane Doe" "Training for the Lisbon marathon in May"
      companion note jane --edit 3 "Ran Lisbon in 3:41"
      companion note jane --delete 3
    """
    if edit_id is not None and delete_id is not None:
        raise click.UsageError("Use --edit or --delete, not both.")
    if delete_id is None and not text:
        raise click.UsageError("Give the note's text (in quotes).")
    from companion.memory.notes import add_note, delete_note, edit_note
    from companion.memory.people import resolve_person

    with open_store(data_dir, reads_only=True) as store:  # no one to act on in a folder not there: never created
        doc = resolve_person(store, person)
        if delete_id is not None:
            delete_note(store, doc["id"], delete_id)
            result = {"ok": True, "person_id": doc["id"], "deleted": delete_id}
            message = f"Deleted note {delete_id} about {_label(doc)}."
        elif edit_id is not None:
            result = edit_note(store, doc["id"], edit_id, text)
            message = f"Note {edit_id} about {_label(doc)} updated."
        else:
            result = add_note(store, doc["id"], text)
            message = f"Note {result.id} kept about {_label(doc)}."
    if as_json:
        print_json(result)
    else:
        console().print(styled(DONE, f" {message}"))


@click.command()
@click.argument("person")
@click.argument("tags", nargs=-1, required=True, type=TEXT)
@click.option("--remove", is_flag=True, help="Remove these tags instead of adding them.")
@data_dir_option
@json_option
def tag(person: str, tags: tuple[str, ...], remove: bool, data_dir, as_json: bool) -> None:
    """Add tags to a person (or --remove them). Tags filter `companion people --tag`."""
    cleaned = [t.strip().lstrip("#") for t in tags if t.strip().lstrip("#")]
    if not cleaned:
        raise click.UsageError("Give at least one tag.")
    too_long = next((t for t in cleaned if len(t) > MAX_TAG), None)
    if too_long is not None and not remove:
        raise InvalidInput(f"A tag can hold at most {MAX_TAG} characters; this one has {len(too_long):,}. "
                           "Keep longer text in a note (`companion note PERSON TEXT`).")
    from companion.memory.notes import person_or_not_found
    from companion.memory.people import iso_now, resolve_person

    with open_store(data_dir, reads_only=True) as store, store.transaction():
        doc = person_or_not_found(store, resolve_person(store, person)["id"])
        current = doc.get("tags", [])
        doc["tags"] = [t for t in current if t not in cleaned] if remove else current + [
            t for t in dict.fromkeys(cleaned) if t not in current
        ]
        doc["updated_at"] = iso_now()
        store.save_person(doc)
    if as_json:
        print_json({"person_id": doc["id"], "tags": doc["tags"]})
    else:
        console().print(styled(DONE, f" {_label(doc)}: tags {', '.join(doc['tags']) or '(none)'}"))


# ------------------------------------------------------------------ interactions, circles, check-ins


@click.command()
@click.argument("person")
@click.argument("kind")
@click.option("--at", "at", metavar="DATE", help='When: 2026-03-15, today, yesterday, "3 days ago", "last friday" (default: now).')
@click.option("--note", "note_text", metavar="TEXT", type=TEXT, help="A few words about it (optional).")
@data_dir_option
@json_option
def log(person: str, kind: str, at: str | None, note_text: str | None, data_dir, as_json: bool) -> None:
    """Log a contact with a person; every contact resets their check-in clock.

    KIND is one of in-person, video-call, phone-call, message, reply (they replied), comment, share,
    like; or met, video, called, messaged, replied...

    \b
    Examples:
      companion log jane met --at yesterday --note "coffee at Dock"
      companion log jane replied
    """
    from companion.memory.interactions import log_interaction
    from companion.memory.people import resolve_person
    from companion.memory.tie_strength import tie_of

    with open_store(data_dir, reads_only=True) as store:  # no one to act on in a folder not there: never created
        doc = resolve_person(store, person)
        interaction = log_interaction(store, doc["id"], kind, at=at, note=note_text)
        tie = tie_of(store.get_person(doc["id"]), None, store.get_setting("tie_weights"))
    if as_json:
        print_json({"person_id": doc["id"], "interaction": interaction, "tie": tie})
        return
    console().print(styled(
        DONE, f" Logged {interaction.kind} with {_label(doc)} ({interaction.at[:10]}). "
        f"Tie {tie.strength:.2f}, {tie.stage}" + (f", next check-in {tie.next_check_in}" if tie.next_check_in else "") + "."
    ))


@click.command()
@click.argument("person")
@click.argument("layer", type=click.Choice(CIRCLE_CHOICES, case_sensitive=False))
@data_dir_option
@json_option
def circle(person: str, layer: str, data_dir, as_json: bool) -> None:
    """Put a person in one of your circles: inner (weekly check-in), close (monthly), active (every
    3 months), wider (yearly); `auto` lets tie strength suggest it.

    A circle also tells the send guard how well you know them: inner or close makes them at least a friend,
    active or wider at least an acquaintance, whatever the log shows, so a draft to them is checked less
    strictly than one to a stranger."""
    from companion.memory.followups import set_circle
    from companion.memory.people import resolve_person
    from companion.memory.tie_strength import CIRCLE_STAGE_FLOOR, tie_of

    with open_store(data_dir, reads_only=True) as store:  # no one to act on in a folder not there: never created
        doc = set_circle(store, resolve_person(store, person)["id"], layer)
        tie = tie_of(doc, None, store.get_setting("tie_weights"))
    if as_json:
        print_json({"person_id": doc["id"], "circle": doc["circle"], "tie": tie})
    else:
        chosen = doc["circle"] or f"auto ({tie.layer or 'no circle yet'})"
        when = (f"a check-in is overdue since {tie.next_check_in}" if tie.overdue  # a date gone by is no "next"
                else f"next check-in {tie.next_check_in or '-'}")
        floor = CIRCLE_STAGE_FLOOR.get(doc["circle"] or "")
        # The circle loosens the guard: said, never silent (newcomer 5, finding 4).
        guard = (f" The send guard now treats them as at least {_with_article(floor)} (stage {tie.stage}), "
                 "and checks drafts to them less strictly; `companion circle PERSON auto` undoes it."
                 if floor else "")
        console().print(styled(DONE, f" {_label(doc)} is in circle {chosen}; {when}.{guard}"))


def _with_article(word: str) -> str:
    return ("an " if word[:1] in "aeiou" else "a ") + word


@click.command()
@data_dir_option
@json_option
def followups(data_dir, as_json: bool) -> None:
    """Who is overdue for a check-in, closest circle first, each with an opener you could send."""
    def compute(store: Store):
        from companion.memory.answers import followups_answer

        return followups_answer(store, keep=True)

    due = read_answer(data_dir, "/v1/cli/followups", compute, ("followups",)).followups
    if as_json:
        print_json(due)
        return
    out = console()
    if not due:
        out.print(styled(("No one is overdue.", "green"), " Circles: inner weekly, close monthly, active every 3 months, wider yearly."))
        return
    rows = [((f.layer + ("" if f.chosen else "*")) if f.layer else "-", f.name, f.person_id, _days_ago(f.last_contact),
             f"{f.days_overdue} days", f.opener.text) for f in due]
    out.print(styled((f"Check-ins due ({len(due)})", "bold")))
    out.print(_followups_columns(rows, out.width), soft_wrap=True)  # laid out already: nothing to wrap again
    if not all(f.chosen for f in due):  # the legend of a mark no row has would explain nothing
        out.print("* suggested from tie strength; choose with `companion circle PERSON inner|close|active|wider`.",
                  style="dim")


FOLLOWUP_COLUMNS = ("circle", "name", "last contact", "overdue by", "opener")
# The opener's column is never narrower than this, however long a name: a line of a few words a row reads badly.
NARROWEST_OPENER = 30
# The widest the name column grows, in terminal cells: a longer name wraps under itself (names hold 500 characters).
NAME_CELLS = 30


def _followups_columns(rows: list[tuple[str, ...]], width: int):
    """The check-ins as aligned columns (circle, name over its id, last contact, overdue by, then the opener
    wrapped in the width left), laid out here: a rich Table measured and wrapped each of a few hundred rows'
    cells again (~4,000 cells, ~0.1 s of `companion followups`). A name wider than NAME_CELLS wraps in its
    column, so one long name widens no other row; every width is counted in terminal cells (a CJK character is two)."""
    from rich.cells import cell_len
    from rich.text import Text

    gap = "  "
    # Each row as (circle, name's lines then its id, last, late) and the opener's text.
    cells = [(inert(circle), inert(name), inert(person_id), last, late, inert(opener))
             for circle, name, person_id, last, late, opener in rows]
    # circle, last contact, overdue by: (header, place in a row)
    widths = [max([cell_len(FOLLOWUP_COLUMNS[i])] + [cell_len(row[j]) for row in cells]) for i, j in ((0, 0), (2, 3), (3, 4))]
    # The name's column: at most NAME_CELLS, and narrower when the opener would have less than its narrowest
    # otherwise; never narrower than an id (typed back whole) or its header.
    room = width - sum(widths) - len(gap) * (len(widths) + 1) - NARROWEST_OPENER
    widest_name = max(cell_len(name) for _, name, *_ in cells) if cells else 0
    widths.insert(1, max([cell_len(FOLLOWUP_COLUMNS[1]), min(NAME_CELLS, widest_name, room)]
                         + [cell_len(person_id) for _, _, person_id, *_ in cells]))
    name_width = widths[1]
    left = sum(widths) + len(gap) * len(widths)
    opener_width = max(NARROWEST_OPENER, width - left)

    def columns(values: list[str]) -> str:
        return "".join(value + " " * (size - cell_len(value)) + gap for value, size in zip(values, widths, strict=True))

    out = Text()
    out.append((columns(list(FOLLOWUP_COLUMNS[:4])) + FOLLOWUP_COLUMNS[4]) + "\n", style="bold")
    out.append("─" * min(width, left + opener_width) + "\n", style="dim")
    for circle, name, person_id, last, late, opener in cells:
        named = _wrap_cells(name, name_width) or [""]
        said = _wrap_cells(opener, opener_width) or [""]
        for i in range(max(len(named) + 1, len(said))):
            if i == 0:
                out.append(columns([circle, named[0], last, late]))
            elif i < len(named):
                out.append(columns(["", named[i], "", ""]))
            elif i == len(named):  # the id under the name, dim: what to type back
                out.append(" " * (widths[0] + len(gap)))
                out.append(person_id, style="dim")
                out.append(" " * (widths[1] - cell_len(person_id) + len(gap) + widths[2] + len(gap) + widths[3]
                                  + len(gap)))
            else:
                out.append(" " * left)
            out.append((said[i] if i < len(said) else "") + "\n")
    out.rstrip()
    return out


def _wrap_cells(text: str, width: int) -> list[str]:
    """`text` in lines of at most `width` terminal cells, broken between words, and inside a word wider than a
    line (a CJK sentence has no spaces); textwrap counts characters, so a CJK line would spill twice as wide."""
    from rich.cells import cell_len

    said: list[str] = []
    line, used = "", 0
    for word in text.split():
        size = cell_len(word)
        if line and used + 1 + size <= width:
            line, used = f"{line} {word}", used + 1 + size
            continue
        if line:
            said.append(line)
        line, used = "", 0
        for char in word:  # a word wider than the line is cut where the line is full
            char_size = cell_len(char)
            if used + char_size > width and line:
                said.append(line)
                line, used = "", 0
            line, used = line + char, used + char_size
    if line:
        said.append(line)
    return said


# ------------------------------------------------------------------ promises


@click.group(cls=WholeLinesGroup, invoke_without_command=True)
@click.option("--all", "show_all", is_flag=True, help="Include the promises already kept or let go.")
@data_dir_option
@json_option
@click.pass_context
def commitments(ctx: click.Context, show_all: bool, data_dir, as_json: bool) -> None:
    """Your promises: open ones, overdue first. Found in messages you send, or added by hand.

    \b
    Examples:
      companion commitments
      companion commitments add jane "Send her the Stripe article" --due friday
      companion commitments done 4
      companion commitments drop 5 --reason "She found it herself"
      companion commitments reopen 5
      companion commitments --all
    """
    if ctx.invoked_subcommand is not None:
        return
    def compute(store: Store):
        from companion.memory.answers import commitments_answer

        return commitments_answer(store, include_done=show_all)

    items = read_answer(data_dir, "/v1/cli/commitments", compute, ("commitments",),
                        query={"all": "true" if show_all else None}).commitments
    if as_json:
        print_json(items)
        return
    out = console()
    if not items:
        out.print("No open promises. Nice.")
        return
    from rich.table import Table

    table = Table(title="Promises")
    for column in ("#", "to", "promise", "due", "state"):
        table.add_column(column, overflow="fold")
    for c in items:
        state = (styled(("kept", "green")) if c.done_at
                 else styled(("let go", "dim"), f": {c.drop_reason}" if c.drop_reason else "") if c.dropped_at
                 else styled(("overdue", "bold red")) if c.overdue else "open")
        table.add_row(str(c.id), c.person_name or "-", c.text, c.due or "-", state)
    out.print(table)


@commitments.command("add")
@click.argument("person")
@click.argument("text", type=TEXT)
@click.option("--due", metavar="DATE", help='When it is due: 2026-03-15, tomorrow, friday, "in 3 days" (default: from the text, else in 7 days).')
@data_dir_option
@json_option
def commitments_add(person: str, text: str, due: str | None, data_dir, as_json: bool) -> None:
    """Record a promise you made to PERSON by hand (promises in messages you send are found for you).

    \b
    Example:
      companion commitments add "Jane Doe" "Send her the Stripe deck" --due friday
    """
    from companion.memory.commitments import add_commitment
    from companion.memory.people import resolve_person

    with open_store(data_dir, reads_only=True) as store:  # no one to act on in a folder not there: never created
        doc = resolve_person(store, person)
        commitment = add_commitment(store, doc["id"], text, due=due)
    if as_json:
        print_json(commitment)
    else:
        out = console()
        out.print(styled(DONE, f" Promise #{commitment.id} to {_label(doc)}, due {commitment.due}."))
        if commitment.due and commitment.due < datetime.now(UTC).date().isoformat():
            out.print(styled(("  ! ", "yellow"), f"{commitment.due} is in the past: the promise is listed as overdue."))


@commitments.command("done")
@click.argument("number", type=int)
@data_dir_option
@json_option
def commitments_done(number: int, data_dir, as_json: bool) -> None:
    """Mark promise NUMBER as kept (the number `companion commitments` shows).

    \b
    Example:
      companion commitments done 4
    """
    from companion.memory.commitments import close_commitment

    _change_commitment(data_dir, as_json, lambda store: close_commitment(store, number),
                       lambda c: [styled(DONE, f" Kept: {c.text}")])


def _change_commitment(data_dir, as_json: bool, change, said) -> None:
    """`done`, `drop` and `reopen`: the change made in the store (`change(store)` gives the promise as it is now),
    then the promise as JSON or the lines `said(promise)` gives."""
    with open_store(data_dir, reads_only=True) as store:  # no one to act on in a folder not there: never created
        commitment = change(store)
    if as_json:
        print_json(commitment)
        return
    out = console()
    for line in said(commitment):
        out.print(line)


@commitments.command("drop")
@click.argument("number", type=int)
@click.option("--reason", metavar="TEXT", help="Why it is no longer owed, kept beside it (shown by --all).")
@data_dir_option
@json_option
def commitments_drop(number: int, reason: str | None, data_dir, as_json: bool) -> None:
    """Let promise NUMBER go: no longer owed, and not kept (the plan changed, they no longer need it, or a
    sentence read as a promise was none). It leaves the open promises and check-ins; `--all` still lists it.

    \b
    Examples:
      companion commitments drop 4
      companion commitments drop 4 --reason "She found the article herself"
      companion commitments reopen 4     (undo)
    """
    from companion.memory.commitments import drop_commitment

    _change_commitment(data_dir, as_json, lambda store: drop_commitment(store, number, reason=reason),
                       lambda c: [styled(DONE, f" Let go: {c.text}"),
                                  styled((f"  Undo: companion commitments reopen {c.id}", "dim"))])


@commitments.command("reopen")
@click.argument("number", type=int)
@data_dir_option
@json_option
def commitments_reopen(number: int, data_dir, as_json: bool) -> None:
    """Make promise NUMBER open again: one let go, or one marked kept by mistake.

    \b
    Examples:
      companion commitments reopen 4
      companion commitments --all        (the numbers of kept and let-go promises)
    """
    from companion.memory.commitments import reopen_commitment

    _change_commitment(data_dir, as_json, lambda store: reopen_commitment(store, number),
                       lambda c: [styled(DONE, f" Open again{f', due {c.due}' if c.due else ''}: {c.text}")])


# ------------------------------------------------------------------ import and export


@click.command("import")
@click.argument("file", type=click.Path(exists=True, path_type=Path))
@click.option("--url", metavar="URL", help="FILE is a saved profile page: the address it was saved from. The person "
              "is stored as the extension's capture stores them.")
@click.option("--yes", is_flag=True, help="Make an X archive's account your own X profile without asking.")
@data_dir_option
@json_option
def import_command(file: Path, url: str | None, yes: bool, data_dir, as_json: bool) -> None:
    """Import people: LinkedIn's Connections.csv, an X archive (folder, .zip or profile.js/account.js/
    following.js), or a Rapport JSON export. Known people are merged, not duplicated.

    A saved profile page (File > Save Page As… in your browser) is imported with --url, the address it was
    saved from: it is read, checked and stored exactly as the extension captures a profile you open (the
    same person on another site is joined to them; your own profile is refused, kept by `companion me set`).

    When no X profile of yours is set, an archive's own account becomes it only after a yes: asked on a
    terminal, or given with --yes (elsewhere, and under --json, it is left unset and said).

    \b
    Examples:
      companion import ~/Downloads/Connections.csv
      companion import ~/Downloads/twitter-archive/data
      companion import rapport-export.json
      companion import jane.html --url https://www.linkedin.com/in/jane-doe/
    """
    if url is not None:
        _import_page(file, url, data_dir, as_json)
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    from companion.memory.importers import import_path
    from companion.memory.me import own_person_ids

    with open_store(data_dir) as store:
        yours_before = own_person_ids(store)
        if as_json:
            summary = import_path(store, file, own_account=None if yes else lambda _account: False)
        else:
            errors = terminal_console(stderr=True)
            # Off the terminal a progress bar is never drawn, but stopping it wrote an empty line (finding F18).
            with Progress(
                TextColumn("Importing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                console=errors, transient=True, disable=not errors.is_terminal,
            ) as bar:
                task = bar.add_task("import", total=None)
                summary = import_path(store, file, lambda done, total: bar.update(task, completed=done, total=total),
                                      own_account=None if yes else _ask_own_account(bar))
        # A row of yours (your own profile in your Connections.csv) is stored as you, not listed among your people.
        yours_added = len(own_person_ids(store) - yours_before)
    if as_json:
        print_json(summary)
        return
    out = console()
    out.print(styled(
        DONE, f" {Path(summary.file).name}: ", (str(summary.added), "bold"), " added, ", (str(summary.merged), "bold"),
        " merged with people you knew, ", (str(summary.skipped), "bold"), " skipped.",
    ))
    for reason, count in summary.skipped_reasons.items():
        numbers = [s.line for s in summary.skipped_examples if s.reason == reason and s.line][:5]
        lines_word = "line" if count == 1 else "lines"
        where = f" ({lines_word} {', '.join(map(str, numbers))}{'…' if count > len(numbers) else ''})" if numbers else ""
        out.print(f"  skipped {count}: {reason}{where}")
    if yours_added:
        out.print(f"  {yours_added} of the people added {'is' if yours_added == 1 else 'are'} you (your own profile): "
                  "kept as you, so `companion people` does not list "
                  f"{'it' if yours_added == 1 else 'them'}.")
    for text in summary.warnings:
        out.print(styled("  ", ("!", "yellow"), f" {text}"))
    for text in summary.notes:
        out.print(f"  {text}")


def _import_page(file: Path, url: str, data_dir, as_json: bool) -> None:
    """One saved profile page stored through the capture path (memory.capture.store_capture): the same
    validation, merge with what is stored, identity linking and refusal of your own profile as a capture."""
    from companion.cli.ground_commands import saved_page
    from companion.cli.parse_commands import read_page
    from companion.memory.answers import show_answer
    from companion.memory.capture import store_capture
    from companion.memory.people import find_person_for_profile

    if file.is_dir():
        raise InvalidInput(f"{file} is a folder; with --url, give one saved profile page (.html).")
    page = saved_page(read_page(str(file)), file, url)
    with open_store(data_dir) as store:
        known = find_person_for_profile(store, page.profile)
        people_before = store.count_people()
        stored = store_capture(store, page, None)
        joined = store.count_people() == people_before  # linked to a record from another site
        answer = show_answer(store, stored.person_id)  # as `show` will say it, with the rarity `show` uses
    if as_json:
        print_json(stored)
        return
    view = answer.view
    if known is not None and stored.note:
        done = f"updated ({stored.note})"
    elif known is not None:
        done = "updated (what this page does not show is kept)"
    elif joined:
        done = "joined to the same person already stored from another site"
    else:
        done = "added"
    out = console()
    out.print(styled(DONE, " ", (answer.label, "bold"), f" {done}: {view.person_id}."))
    ground = view.common_ground
    if ground.commonalities:
        out.print(f"  Common ground: {headline(ground)}.")
    out.print(f"  `companion show {view.person_id}` shows their card; `companion starters {view.person_id}` what to "
              "open with.")


def _ask_own_account(bar):
    """The question before an X archive's account becomes your own X profile: the archive may be someone else's
    (like `me set` replacing your profile); no one to answer (a script) is a no."""
    from companion.cli.terminal import on_a_terminal

    def ask(account) -> bool:
        if not on_a_terminal():
            return False
        bar.stop()  # the question, not a progress bar drawn over it
        try:
            who = f"@{account.handle}" + (f" ({account.name})" if account.name else "")
            return click.confirm(inert(f"This X archive is the account {who}. Is it yours? (Yes makes it your own X "
                                       "profile, used for common ground.)"), err=True)
        finally:
            bar.start()

    return ask


def _left_out(count: int) -> str:
    if count == 0:  # only meta.json is damaged: everyone is there, the guard's settings are not
        return "your settings, in the damaged store file meta.json, are left out"
    who = "an unknown number of people" if count < 0 else "1 person" if count == 1 else f"{count} people"
    return f"{who} in a damaged store file {'is' if count == 1 else 'are'} left out"


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True,
              help="json (everything, re-importable), csv (a row per person) or vcard (4.0, every URL kept).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@click.option("--partial", is_flag=True, help="Export what can be read while a store file is damaged (the JSON "
              "says how many people it leaves out).")
@data_dir_option
def export_command(fmt: str, output: Path | None, partial: bool, data_dir) -> None:
    """Export everything you have: people, profiles, notes, interactions, promises, circles and settings.

    \b
    Examples:
      companion export --format json -o rapport.json  # re-imported by `import`
      companion export --format vcard -o contacts.vcf
    """
    from companion.memory.exporters import export_as
    from companion.storage.store import write_atomically

    with open_store(data_dir, reads_only=True, tolerate_damage=True) as store:
        left_out = None
        if store.damaged_files():
            # An export is a backup to its reader: one that silently lacks people, or the settings a damaged
            # meta.json held, would be trusted as whole.
            if not partial:
                raise InvalidInput("Nothing was exported, as the export would leave out what the damaged store file "
                                   "holds (the note says which); `companion export --partial` exports the rest, "
                                   "marked as incomplete.")
            known = store.people_left_out() if store.damaged_shards() else 0
            left_out = -1 if known is None else known
        text = export_as(store, fmt, left_out=left_out)
        count = store.count_people()
    if output is None:
        from companion.cli import terminal

        # Piped or redirected, the export is the data as kept; on a terminal it is inert as `show` is: a note's
        # escape sequences would clear the screen or retitle the window (newcomer finding F3).
        click.echo(inert(text) if terminal.output_on_a_terminal() else text, nl=False)
        if left_out is not None:
            terminal_console(stderr=True).print(styled(("!", "yellow"), f" The export is incomplete: {_left_out(left_out)}."))
        return
    try:
        write_atomically(output.expanduser().absolute(), text.encode())
    except Exception as exc:
        raise InvalidInput(f"Could not write {output}: {exc}") from exc
    missing = "" if left_out is None else f" It is incomplete: {_left_out(left_out)}."
    terminal_console(stderr=True).print(styled(DONE, f" Exported {count} people to {output} ({fmt}).{missing}"))


# ------------------------------------------------------------------ forget


@click.command()
@click.argument("person", required=False)
@click.option("--everything", is_flag=True, help="Erase every person, your own profile, settings and backups.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@data_dir_option
@json_option
def forget(person: str | None, everything: bool, yes: bool, data_dir, as_json: bool) -> None:
    """Erase every trace of a person: profile, history, notes, interactions, promises, and their
    mentions in backups and elsewhere in the data dir. Says what it removed.

    \b
    Examples:
      companion forget "Jane Doe"
      companion forget --everything --yes
    """
    if bool(person) == everything:
        raise click.UsageError("Name one PERSON to forget, or use --everything (not both).")
    from companion.memory.forget import forget_everything, forget_person
    from companion.memory.people import resolve_person

    with open_store(data_dir, reads_only=True) as store:  # nothing to erase in a folder that is not there
        if everything:
            if not yes:
                confirm(f"Erase all {store.count_people()} people, your own profile, settings and backups from "
                        f"{store.data_dir}? This cannot be undone", "forget")  # no terminal: says to add --yes
            report = forget_everything(store)
            if as_json:
                print_json(report)
            else:
                console().print(styled(
                    DONE, f" Erased {report.people} people, {report.settings} settings and {report.backups} backups."
                    + (f" Kept: {', '.join(report.kept)} (so the extension stays paired)." if report.kept else "")
                ))
            return
        doc = resolve_person(store, person)
        if not yes:
            confirm(inert(f"Forget {_label(doc)} ({doc['id']}) everywhere? This cannot be undone"),
                    "forget")  # the name comes from a page: nothing a terminal acts on
        report = forget_person(store, doc)
    if as_json:
        print_json(report)
        return
    out = console()
    removed = ", ".join(f"{n} {_singular(what) if n == 1 else what}" for what, n in report.removed.items() if n)
    out.print(styled(DONE, f" Forgot {report.name}: removed {removed or 'their record'}."))
    if report.mentions_redacted:
        out.print(f"  {report.mentions_redacted} mention(s) elsewhere replaced by “[forgotten]”.")
    if report.backups_rewritten or report.backups_pruned:
        out.print(f"  Backups: {report.backups_rewritten} rewritten, {report.backups_pruned} removed.")
    if report.still_found_in:
        out.print(styled("  ", ("!", "yellow"), f" Still found in: {', '.join(report.still_found_in)}; delete those files by hand."))


# ------------------------------------------------------------------ tie weights


@click.command("tie-weights")
@click.option("--set", "assignments", multiple=True, metavar="NAME=VALUE",
              help="e.g. --set like=0 --set in-person=1.2 --set half_life_days=60 --set recency=0.6")
@click.option("--reset", is_flag=True, help="Back to the documented defaults.")
@data_dir_option
@json_option
def tie_weights(assignments: tuple[str, ...], reset: bool, data_dir, as_json: bool) -> None:
    """Show or adjust how tie strength is computed (channel weights, half-life, component weights).

    Defaults: in-person 1.0 > video-call 0.8 > phone-call 0.65 > message 0.4 = reply 0.4 > comment 0.2 >
    share 0.15 > like 0.05; recency half-life 90 days; components recency 0.55, duration 0.15,
    reciprocity 0.15, multiplexity (channels used) 0.15.
    """
    from companion.memory.tie_strength import DEFAULT_WEIGHTS, MAX_TIE_WEIGHT, effective_weights
    from companion.models import INTERACTION_KINDS

    with open_store(data_dir, reads_only=not (assignments or reset)) as store:
        current = {} if reset else (store.get_setting("tie_weights") or {})
        for assignment in assignments:
            name, _, value = assignment.partition("=")
            name = name.strip()
            try:
                number = float(value)
            except ValueError:
                raise click.UsageError(f"“{assignment}” is not NAME=NUMBER.") from None
            if not math.isfinite(number) or number > MAX_TIE_WEIGHT:
                raise click.UsageError(f"“{assignment}” is not a usable weight: give a number from 0 to {MAX_TIE_WEIGHT:g}.")
            if number < 0:
                raise click.UsageError(f"Weights cannot be negative ({assignment}).")
            if name in INTERACTION_KINDS:
                current.setdefault("channels", {})[name] = number
            elif name in DEFAULT_WEIGHTS and name != "channels":
                current[name] = number
            else:
                raise click.UsageError(
                    f"“{name}” is not a weight; use a kind ({', '.join(INTERACTION_KINDS)}) or one of "
                    "half_life_days, saturation, recency, duration, reciprocity, multiplexity."
                )
        if reset:
            store.delete_setting("tie_weights")
        elif assignments:
            store.set_setting("tie_weights", current)
        weights = effective_weights(current)
    if as_json:
        print_json(weights)
        return
    from rich.table import Table

    table = Table(title="Tie strength weights")
    table.add_column("name")
    table.add_column("value")
    table.add_column("default")
    for kind, value in weights["channels"].items():
        table.add_row(kind, f"{value:g}", f"{DEFAULT_WEIGHTS['channels'][kind]:g}")
    for name in ("half_life_days", "saturation", "recency", "duration", "reciprocity", "multiplexity"):
        table.add_row(name, f"{weights[name]:g}", f"{DEFAULT_WEIGHTS[name]:g}")
    console().print(table)
