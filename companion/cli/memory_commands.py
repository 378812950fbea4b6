"""The relationship memory on the command line: people, notes, tags, the interaction log, check-ins,
promises, import, export and forget."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click
from rich.panel import Panel
from rich.table import Table

from companion.cli import main
from companion.cli.options import data_dir_option, json_option, open_store, print_json
from companion.cli.terminal import console as terminal_console
from companion.cli.terminal import lines, styled
from companion.errors import InvalidInput
from companion.memory.commitments import add_commitment, close_commitment, list_commitments
from companion.memory.exporters import FORMATS, export_as
from companion.memory.followups import CIRCLE_CHOICES, overdue, set_circle
from companion.memory.forget import forget_everything, forget_person
from companion.memory.interactions import log_interaction
from companion.memory.notes import add_note, delete_note, edit_note, person_or_not_found
from companion.memory.people import (
    display_name,
    iso_now,
    merged_profile,
    resolve_person,
    utc_now,
)
from companion.memory.tie_strength import DEFAULT_WEIGHTS, effective_weights, tie_of
from companion.models import INTERACTION_KINDS, CommonGround, PersonView
from companion.storage.store import Store, write_atomically

SORTS = ("name", "strength", "last-contact", "added", "tier")
TIER_ORDER = {"twins": 3, "coincidence": 2, "small-world": 1, "none": 0}
STAGE_STYLE = {"stranger": "dim", "new": "cyan", "acquaintance": "green", "friend": "bold green", "close": "bold magenta"}


def console():
    return terminal_console(wide=True)


DONE = ("✓", "green")


def _label(doc: dict) -> str:
    """A name to show; people known only by an X account number show that number."""
    name = display_name(doc)
    if name == doc["id"] and "x" in doc.get("profiles", {}):
        key = next((k for k in doc.get("keys", []) if k.startswith("x-id:")), None)
        if key:
            return f"X account {key.split(':', 1)[1]}"
    return name


def _sites(doc: dict) -> str:
    return ", ".join(sorted(doc.get("profiles", {}))) or "-"


def _me(store: Store):
    try:
        from companion.memory.me import load_me

        return load_me(store)
    except Exception:  # noqa: BLE001 — no own profile yet (or that area unavailable): common ground is simply empty
        return None


def _common_ground(me, doc: dict) -> CommonGround:
    if me is None:
        return CommonGround()
    try:
        from companion.ground.common_ground import find_common_ground

        return find_common_ground(me, merged_profile(doc), None)
    except Exception:  # noqa: BLE001 — another area's failure must not hide the list of people
        return CommonGround()


def _days_ago(iso: str | None) -> str:
    if not iso:
        return "never"
    days = (utc_now().date() - date.fromisoformat(iso[:10])).days
    return "today" if days == 0 else "yesterday" if days == 1 else f"{days} days ago"


# ------------------------------------------------------------------ people and show


@main.command()
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
    now = utc_now()
    with open_store(data_dir) as store:
        weights = store.get_setting("tie_weights")
        needle = (search or "").casefold()
        rows = []
        for doc in store.people():
            if site and site not in doc.get("profiles", {}):
                continue
            if tag and tag not in doc.get("tags", []):
                continue
            if needle:
                profile = merged_profile(doc)
                haystack = " ".join(
                    [profile.name or "", profile.handle or "", profile.headline or ""]
                    + [e.company or "" for e in profile.experience]
                ).casefold()
                if needle not in haystack:
                    continue
            rows.append((doc, tie_of(doc, now, weights)))
        me = _me(store)
        if sort_by == "tier":
            rows.sort(key=lambda r: _label(r[0]).casefold())
            grounds = {doc["id"]: _common_ground(me, doc) for doc, _ in rows}
            rows.sort(key=lambda r: (-TIER_ORDER[grounds[r[0]["id"]].tier], -grounds[r[0]["id"]].score))
        else:
            rows.sort(key=lambda r: _label(r[0]).casefold())  # stable: the name orders ties below
            if sort_by == "strength":
                rows.sort(key=lambda r: -r[1].strength)
            elif sort_by == "last-contact":
                rows.sort(key=lambda r: r[1].last_contact or "", reverse=True)
            elif sort_by == "added":
                rows.sort(key=lambda r: r[0].get("first_seen") or "", reverse=True)
        total = len(rows)
        shown = rows[:limit] if limit else rows
        items = []
        for doc, tie in shown:
            ground = _common_ground(me, doc)
            items.append({
                "person_id": doc["id"], "name": _label(doc), "sites": sorted(doc.get("profiles", {})),
                "tags": doc.get("tags", []), "tier": ground.tier, "common_ground_score": ground.score,
                "strength": tie.strength, "stage": tie.stage, "last_contact": tie.last_contact,
                "connected_on": doc.get("connected_on"),
            })
    if as_json:
        print_json({"total": total, "people": items})
        return
    out = console()
    if not items:
        out.print("No one matches yet. Capture a profile from the extension, or `companion import Connections.csv`.")
        return
    table = Table(title=f"People ({len(items)} of {total})" if total > len(items) else f"People ({total})")
    table.add_column("name", overflow="fold", ratio=3)
    table.add_column("from", overflow="fold", ratio=1)
    table.add_column("common ground", overflow="fold", ratio=1)
    for column in ("tie", "stage", "last contact", "id"):
        table.add_column(column, no_wrap=True)
    for item in items:
        table.add_row(
            item["name"], ", ".join(item["sites"]) or "-", item["tier"], f"{item['strength']:.2f}",
            styled((item["stage"], STAGE_STYLE[item["stage"]])), _days_ago(item["last_contact"]), item["person_id"],
        )
    out.print(table)


def _view(store: Store, doc: dict) -> PersonView:
    try:
        from companion.memory.capture import person_view

        return person_view(store, doc, None)
    except ImportError:
        return PersonView(
            person_id=doc["id"], profile=merged_profile(doc), notes=doc.get("notes", []),
            interactions=doc.get("interactions", []), commitments=doc.get("commitments", []),
            tags=doc.get("tags", []), tie=tie_of(doc, None, store.get_setting("tie_weights")),
        )


@main.command()
@click.argument("person")
@data_dir_option
@json_option
def show(person: str, data_dir, as_json: bool) -> None:
    """A card for one person: profile, common ground, starters, notes, interactions, promises, next check-in.

    PERSON is an id, a profile URL, or a unique part of their name.
    """
    with open_store(data_dir) as store:
        doc = resolve_person(store, person)
        view = _view(store, doc)
    if as_json:
        print_json(view)
        return
    p, tie = view.profile, view.tie
    out = console()
    card = [styled((_label(doc), "bold"), "  ", (doc["id"], "dim"))]
    if p.headline:
        card.append(p.headline)
    card += [f"{e.title or ''} at {e.company}".strip() for e in p.experience if e.company and not e.end][:2]
    if p.location:
        card.append(f"📍 {p.location}")
    card.append("Where: " + ", ".join(f"{s}: {d.get('url') or '-'}" for s, d in doc.get("profiles", {}).items()))
    if view.tags:
        card.append("Tags: " + ", ".join(view.tags))
    if doc.get("connected_on"):
        card.append(f"Connected on {doc['connected_on']}")
    card.append(styled(
        "Tie: ", (f"{tie.strength:.2f}", "bold"), " · ", (tie.stage, STAGE_STYLE[tie.stage]), f" · layer {tie.layer or '-'}"
        + (" (your choice)" if doc.get("circle") else " (suggested)" if tie.layer else "")
        + f" · last contact {_days_ago(tie.last_contact)}"
        + (f" · next check-in {tie.next_check_in}" if tie.next_check_in else ""),
        (" overdue" if tie.overdue else "", "bold red"),
    ))
    out.print(Panel(lines(*card), expand=False))
    if view.common_ground.commonalities:
        out.print(styled(("Common ground", "bold"), f" ({view.common_ground.tier})"))
        for c in view.common_ground.commonalities[:8]:
            out.print(f"  • {c.kind}: {c.label}")
    if view.starters:
        out.print(styled(("Starters", "bold")))
        for s in view.starters[:5]:
            out.print(f"  • {s.text}")
    _print_notes(out, view)
    if view.interactions:
        table = Table(title="Interactions")
        for column in ("id", "when", "kind", "note", "source"):
            table.add_column(column, overflow="fold")
        for i in reversed(view.interactions[-15:]):
            table.add_row(str(i.id), i.at[:16].replace("T", " "), i.kind, i.note or "", i.source)
        out.print(table)
    open_promises = [c for c in view.commitments if not c.done_at]
    if open_promises:
        out.print(styled(("Open promises", "bold")))
        for c in open_promises:
            out.print(styled(f"  #{c.id} {c.text} ", (f"(due {c.due or '-'})", "dim")))


def _print_notes(out, view: PersonView) -> None:
    if view.notes:
        out.print(styled(("Notes", "bold")))
        for n in view.notes:
            out.print(styled(f"  #{n.id} ", (n.created_at[:10], "dim"), f" {n.text}"))


# ------------------------------------------------------------------ notes and tags


@main.command()
@click.argument("person")
@click.argument("text", required=False)
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
    with open_store(data_dir) as store:
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


@main.command()
@click.argument("person")
@click.argument("tags", nargs=-1, required=True)
@click.option("--remove", is_flag=True, help="Remove these tags instead of adding them.")
@data_dir_option
@json_option
def tag(person: str, tags: tuple[str, ...], remove: bool, data_dir, as_json: bool) -> None:
    """Add tags to a person (or --remove them). Tags filter `companion people --tag`."""
    cleaned = [t.strip().lstrip("#") for t in tags if t.strip().lstrip("#")]
    if not cleaned:
        raise click.UsageError("Give at least one tag.")
    with open_store(data_dir) as store, store.transaction():
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


@main.command()
@click.argument("person")
@click.argument("kind")
@click.option("--at", "at", metavar="DATE", help='When: 2026-03-15, today, yesterday, "3 days ago", "last friday" (default: now).')
@click.option("--note", "note_text", metavar="TEXT", help="A few words about it (optional).")
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
    with open_store(data_dir) as store:
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


@main.command()
@click.argument("person")
@click.argument("layer", type=click.Choice(CIRCLE_CHOICES, case_sensitive=False))
@data_dir_option
@json_option
def circle(person: str, layer: str, data_dir, as_json: bool) -> None:
    """Put a person in one of your circles: inner (weekly check-in), close (monthly), active (every
    3 months), wider (yearly); `auto` lets tie strength suggest it."""
    with open_store(data_dir) as store:
        doc = set_circle(store, resolve_person(store, person)["id"], layer)
        tie = tie_of(doc, None, store.get_setting("tie_weights"))
    if as_json:
        print_json({"person_id": doc["id"], "circle": doc["circle"], "tie": tie})
    else:
        chosen = doc["circle"] or f"auto ({tie.layer or 'no circle yet'})"
        console().print(styled(DONE, f" {_label(doc)} is in circle {chosen}; next check-in {tie.next_check_in or '-'}."))


@main.command()
@data_dir_option
@json_option
def followups(data_dir, as_json: bool) -> None:
    """Who is overdue for a check-in, closest circle first, each with an opener you could send."""
    with open_store(data_dir) as store:
        due = overdue(store)
    if as_json:
        print_json(due)
        return
    out = console()
    if not due:
        out.print(styled(("No one is overdue.", "green"), " Circles: inner weekly, close monthly, active every 3 months, wider yearly."))
        return
    table = Table(title=f"Check-ins due ({len(due)})")
    for column in ("circle", "name", "last contact", "overdue by", "opener"):
        table.add_column(column, overflow="fold")
    for f in due:
        table.add_row(
            f.layer + ("" if f.chosen else "*"), styled(f"{f.name}\n", (f.person_id, "dim")), _days_ago(f.last_contact),
            f"{f.days_overdue} days", f.opener.text,
        )
    out.print(table)
    out.print("* suggested from tie strength; choose with `companion circle PERSON inner|close|active|wider`.", style="dim")


# ------------------------------------------------------------------ promises


@main.group(invoke_without_command=True)
@click.option("--all", "show_all", is_flag=True, help="Include the promises already kept.")
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
    """
    if ctx.invoked_subcommand is not None:
        return
    with open_store(data_dir) as store:
        items = list_commitments(store, include_done=show_all)
    if as_json:
        print_json(items)
        return
    out = console()
    if not items:
        out.print("No open promises. Nice.")
        return
    table = Table(title="Promises")
    for column in ("#", "to", "promise", "due", "state"):
        table.add_column(column, overflow="fold")
    for c in items:
        state = styled(("kept", "green")) if c.done_at else styled(("overdue", "bold red")) if c.overdue else "open"
        table.add_row(str(c.id), c.person_name or "-", c.text, c.due or "-", state)
    out.print(table)


@commitments.command("add")
@click.argument("person")
@click.argument("text")
@click.option("--due", metavar="DATE", help='When it is due: 2026-03-15, tomorrow, friday, "in 3 days" (default: from the text, else in 7 days).')
@data_dir_option
@json_option
def commitments_add(person: str, text: str, due: str | None, data_dir, as_json: bool) -> None:
    """Record a promise you made to PERSON by hand (promises in messages you send are found for you).

    \b
    Example:
      companion commitments add "Jane Doe" "Send her the Stripe article" --due friday
    """
    with open_store(data_dir) as store:
        doc = resolve_person(store, person)
        commitment = add_commitment(store, doc["id"], text, due=due)
    if as_json:
        print_json(commitment)
    else:
        console().print(styled(DONE, f" Promise #{commitment.id} to {_label(doc)}, due {commitment.due}."))


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
    with open_store(data_dir) as store:
        commitment = close_commitment(store, number)
    if as_json:
        print_json(commitment)
    else:
        console().print(styled(DONE, f" Kept: {commitment.text}"))


# ------------------------------------------------------------------ import and export


@main.command("import")
@click.argument("file", type=click.Path(exists=True, path_type=Path))
@data_dir_option
@json_option
def import_command(file: Path, data_dir, as_json: bool) -> None:
    """Import people: LinkedIn's Connections.csv, an X archive (folder, .zip or profile.js/account.js/
    following.js), or a Rapport JSON export. Known people are merged, not duplicated.

    \b
    Examples:
      companion import ~/Downloads/Connections.csv
      companion import ~/Downloads/twitter-archive/data
      companion import rapport-export.json
    """
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    from companion.memory.importers import import_path

    with open_store(data_dir) as store:
        if as_json:
            summary = import_path(store, file)
        else:
            with Progress(
                TextColumn("Importing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                console=terminal_console(stderr=True), transient=True,
            ) as bar:
                task = bar.add_task("import", total=None)
                summary = import_path(store, file, lambda done, total: bar.update(task, completed=done, total=total))
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
        where = f" (lines {', '.join(map(str, numbers))}{'…' if count > len(numbers) else ''})" if numbers else ""
        out.print(f"  skipped {count}: {reason}{where}")
    for text in summary.warnings:
        out.print(styled("  ", ("!", "yellow"), f" {text}"))
    for text in summary.notes:
        out.print(f"  {text}")


@main.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True,
              help="json (everything, re-importable), csv (a row per person) or vcard (4.0, every URL kept).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@data_dir_option
def export_command(fmt: str, output: Path | None, data_dir) -> None:
    """Export everything you have: people, profiles, notes, interactions, promises, circles and settings.

    \b
    Examples:
      companion export --format json -o rapport.json     # re-import with `companion import rapport.json`
      companion export --format vcard -o contacts.vcf
    """
    with open_store(data_dir) as store:
        text = export_as(store, fmt)
        count = store.count_people()
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        write_atomically(output.expanduser().absolute(), text.encode())
    except Exception as exc:
        raise InvalidInput(f"Could not write {output}: {exc}") from exc
    terminal_console(stderr=True).print(styled(DONE, f" Exported {count} people to {output} ({fmt})."))


# ------------------------------------------------------------------ forget


@main.command()
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
    with open_store(data_dir) as store:
        if everything:
            if not yes:
                click.confirm(
                    f"Erase all {store.count_people()} people, your own profile, settings and backups from "
                    f"{store.data_dir}? This cannot be undone", abort=True, err=True,
                )
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
            click.confirm(f"Forget {_label(doc)} ({doc['id']}) everywhere? This cannot be undone", abort=True, err=True)
        report = forget_person(store, doc)
    if as_json:
        print_json(report)
        return
    out = console()
    removed = ", ".join(f"{n} {what}" for what, n in report.removed.items() if n)
    out.print(styled(DONE, f" Forgot {report.name}: removed {removed or 'their record'}."))
    if report.mentions_redacted:
        out.print(f"  {report.mentions_redacted} mention(s) elsewhere replaced by “[forgotten]”.")
    if report.backups_rewritten or report.backups_pruned:
        out.print(f"  Backups: {report.backups_rewritten} rewritten, {report.backups_pruned} removed.")
    if report.still_found_in:
        out.print(styled("  ", ("!", "yellow"), f" Still found in: {', '.join(report.still_found_in)}; delete those files by hand."))


# ------------------------------------------------------------------ tie weights


@main.command("tie-weights")
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
    with open_store(data_dir) as store:
        current = {} if reset else (store.get_setting("tie_weights") or {})
        for assignment in assignments:
            name, _, value = assignment.partition("=")
            name = name.strip()
            try:
                number = float(value)
            except ValueError:
                raise click.UsageError(f"“{assignment}” is not NAME=NUMBER.") from None
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
    table = Table(title="Tie strength weights")
    table.add_column("name")
    table.add_column("value")
    table.add_column("default")
    for kind, value in weights["channels"].items():
        table.add_row(kind, f"{value:g}", f"{DEFAULT_WEIGHTS['channels'][kind]:g}")
    for name in ("half_life_days", "saturation", "recency", "duration", "reciprocity", "multiplexity"):
        table.add_row(name, f"{weights[name]:g}", f"{DEFAULT_WEIGHTS[name]:g}")
    console().print(table)
