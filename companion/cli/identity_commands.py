"""One person across sites on the command line: merge two records, list the pairs that look like one person
with their evidence, and split a site back out."""

from __future__ import annotations

import click
from rich.table import Table

from companion.cli.options import data_dir_option, json_option, open_store, print_json
from companion.cli.terminal import console, inert, on_a_terminal, styled
from companion.errors import Conflict, InvalidInput
from companion.memory.identity import (
    compare,
    merge_people,
    names_compatible,
    person_ref,
    suggest_merges,
    traits_of,
    unmerge_site,
    why_not_joinable,
)
from companion.memory.people import resolve_person
from companion.models import MergePair, PersonRef

SITES = ("linkedin", "x", "bluesky", "github", "mastodon", "web")
DONE = ("✓", "green")


def _named(ref: PersonRef) -> str:
    return f"{ref.name} ({ref.person_id}; {', '.join(ref.sites) or 'no site'})"


@click.command()
@click.argument("people", nargs=-1, metavar="PERSON PERSON")
@click.option("--suggest", is_flag=True, help="List pairs that look like one person, with the evidence, and merge nothing.")
@click.option("--yes", is_flag=True, help="Merge two people of different names with nothing linking them without asking.")
@data_dir_option
@json_option
def merge(people: tuple[str, ...], suggest: bool, yes: bool, data_dir, as_json: bool) -> None:
    """Merge two records of one person (their LinkedIn and their X, say) into one, with everything you keep about them.

    Profiles, history, notes, interactions, promises and tags all follow; the record with more history with
    you keeps its id. `companion unmerge PERSON SITE` splits a site back out, exactly as it was. Rapport
    merges on its own when the evidence is strong (the profiles link to each other, or the same name with
    two of employer, city, school and website); --suggest lists the rest.

    PERSON is an id, a profile URL, or a unique part of a name. Two people of different names with nothing
    linking them (no link between their profiles, no employer, place, school or website in common) are
    asked about first on a terminal, and refused elsewhere (and under --json) without --yes.

    \b
    Examples:
      companion merge https://www.linkedin.com/in/robcheung/ https://x.com/perceptnet
      companion merge --suggest
      companion merge --suggest --json
    """
    if suggest:
        if people:
            raise click.UsageError("Use --suggest alone, or name two PERSONs to merge.")
        with open_store(data_dir) as store:
            pairs = suggest_merges(store)
        _print_suggestions(pairs, as_json)
        return
    if len(people) != 2:
        raise click.UsageError("Name two PERSONs to merge (ids, profile URLs or unique names), or use --suggest.")
    with open_store(data_dir) as store:
        a, b = (resolve_person(store, ref) for ref in people)
        _ask_when_unrelated(store, a, b, yes=yes, as_json=as_json)
        doc = merge_people(store, a["id"], b["id"])
        merged = person_ref(doc)
    if as_json:
        print_json({"person": merged, "merged": [a["id"], b["id"]]})
        return
    gone = b if doc["id"] == a["id"] else a
    console().print(styled(DONE, f" {merged.name}: one person on {', '.join(merged.sites)} ({merged.person_id}); "
                                 f"{gone['id']} is part of it now. Undo with `companion unmerge {merged.person_id} SITE`."))


def _unrelated(a: dict, b: dict) -> str | None:
    """Why two records look like two people, in a sentence, or None: different names and no evidence at all
    that they are one (one mistyped argument must not make one person out of two)."""
    ta, tb = traits_of(a), traits_of(b)
    if compare(ta, tb).strength or any(names_compatible(x, y) for x in ta.names for y in tb.names):
        return None
    return (f"{_named(person_ref(a))} and {_named(person_ref(b))} have different names and nothing links them: "
            "no link between their profiles, no employer, place, school or website in common.")


def _ask_when_unrelated(store, a: dict, b: dict, *, yes: bool, as_json: bool) -> None:
    """Ask before joining two plainly different people; refuse when no one can answer and --yes is missing."""
    problem = why_not_joinable(store, a, b)
    if problem:  # the refusal merge_people would give, before any question
        raise (InvalidInput if a["id"] == b["id"] else Conflict)(problem)
    unrelated = None if yes else _unrelated(a, b)
    if unrelated is None:
        return
    if as_json or not on_a_terminal():
        raise InvalidInput(f"{unrelated} Merge them anyway with --yes, or check who you meant "
                           "(`companion merge --suggest` lists the pairs that look like one person).")
    click.confirm(inert(f"{unrelated} Merge them into one person anyway?"), abort=True, err=True)


def _print_suggestions(pairs: list[MergePair], as_json: bool) -> None:
    if as_json:
        print_json(pairs)
        return
    out = console(wide=True)
    if not pairs:
        out.print("No one looks like the same person twice.")
        return
    table = Table(title=f"Maybe one person ({len(pairs)})")
    for column in ("strength", "one", "other", "evidence"):
        table.add_column(column, overflow="fold")
    for pair in pairs:
        table.add_row(styled((pair.strength, "bold" if pair.strength == "strong" else "")), _named(pair.a),
                      _named(pair.b), "\n".join(f"{e.kind}: {e.detail}" for e in pair.evidence))
    out.print(table)
    out.print("Merge a pair with `companion merge ID ID`.", style="dim")


@click.command()
@click.argument("person")
@click.argument("site", type=click.Choice(SITES))
@data_dir_option
@json_option
def unmerge(person: str, site: str, data_dir, as_json: bool) -> None:
    """Split SITE's profile back out of a merged PERSON, with the notes, interactions and promises it brought.

    The record that was merged in comes back as it was, with its own id, and the two are never merged
    automatically again. A site that joined without a record of its own leaves with its profile and
    history; the notes stay.

    \b
    Example:
      companion unmerge "Rob Cheung" x
    """
    with open_store(data_dir) as store:
        doc = resolve_person(store, person)
        stay, out = unmerge_site(store, doc["id"], site)
        kept, split = person_ref(stay), person_ref(out)
    if as_json:
        print_json({"person": kept, "split": split})
        return
    console().print(styled(DONE, f" Split {site} out: {_named(split)} and {_named(kept)} are two people again."))
