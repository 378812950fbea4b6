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
    part_ids,
    person_ref,
    suggest_merges,
    traits_of,
    unmerge_site,
    why_not_joinable,
)
from companion.memory.me import own_person_ids
from companion.memory.people import display_name, name_key, resolve_person
from companion.models import SITE_NAMES, SITES, MergePair, PersonRef

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
      companion merge linkedin.com/in/robcheung x.com/perceptnet
      companion merge --suggest
      companion merge --suggest --json
    """
    if suggest:
        if people:
            raise click.UsageError("Use --suggest alone, or name two PERSONs to merge.")
        with open_store(data_dir, reads_only=True) as store:
            pairs = suggest_merges(store)
            split = [] if as_json else _split_pairs(store)
        _print_suggestions(pairs, as_json)
        if split:  # why a pair just judged one person is not listed (newcomer finding F9)
            _print_split(split)
        return
    if len(people) != 2:
        raise click.UsageError("Name two PERSONs to merge (ids, profile URLs or unique names), or use --suggest.")
    with open_store(data_dir, reads_only=True) as store:
        a, b = _the_two(store, people)
        _ask_when_unrelated(store, a, b, yes=yes, as_json=as_json)
        doc = merge_people(store, a["id"], b["id"])
        merged = person_ref(doc)
    if as_json:
        print_json({"person": merged, "merged": [a["id"], b["id"]]})
        return
    gone = b if doc["id"] == a["id"] else a
    console().print(styled(DONE, f" {merged.name}: one person on {', '.join(merged.sites)} ({merged.person_id}); "
                                 f"{gone['id']} is part of it now. Undo with `companion unmerge {merged.person_id} SITE`."))


def _the_two(store, refs: tuple[str, ...]) -> tuple[dict, dict]:
    """The two records to merge. A name that matches two people names them both when the other argument is
    that same name ("Rob Cheung" "rob cheung": the two records a split left) or one of the two (by id or
    link): naming both is what the user did (newcomer finding F9). Any other ambiguity stays an error."""
    found: list[dict | None] = []
    ambiguity: Conflict | None = None
    for ref in refs:
        try:
            found.append(resolve_person(store, ref))
        except Conflict as exc:
            found.append(None)
            ambiguity = ambiguity or exc
    if ambiguity is None:
        return found[0], found[1]
    named = {}
    for ref, doc in zip(refs, found, strict=True):
        if doc is None:
            key = name_key(ref)
            named[ref] = [d for d in store.people() if key and name_key(display_name(d)) == key]
    candidates = [doc for doc in found if doc is not None] or named[refs[0]]
    if len(named) == 2 and name_key(refs[0]) != name_key(refs[1]):
        raise ambiguity
    for docs in named.values():
        ids = {doc["id"] for doc in docs}
        if len(docs) != 2 or not ids >= {doc["id"] for doc in candidates}:
            raise ambiguity
    pair = next(iter(named.values()))
    return pair[0], pair[1]


def _split_pairs(store) -> list[tuple[PersonRef, PersonRef]]:
    """The pairs the user split apart (`unmerge`) that are still two people: never suggested again."""
    own = own_person_ids(store)
    docs = {doc["id"]: doc for doc in store.people() if doc["id"] not in own}
    owner = {part: pid for pid, doc in docs.items() for part in part_ids(doc)}
    pairs = {tuple(sorted((pid, owner[apart]))) for pid, doc in docs.items() for apart in doc.get("apart", [])
             if owner.get(apart, pid) != pid}
    return [(person_ref(docs[a]), person_ref(docs[b])) for a, b in sorted(pairs)]


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


def _print_split(split: list[tuple[PersonRef, PersonRef]]) -> None:
    out = console()
    if len(split) == 1:
        out.print("1 pair you split is not suggested again:")
    else:
        out.print(f"{len(split)} pairs you split are not suggested again:")
    for a, b in split:
        out.print(f"  {_named(a)} and {_named(b)} (`companion merge {a.person_id} {b.person_id}` joins them)")


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
    with open_store(data_dir, reads_only=True) as store:
        doc = resolve_person(store, person)
        stay, out = unmerge_site(store, doc["id"], site)
        kept, split = person_ref(stay), person_ref(out)
    if as_json:
        print_json({"person": kept, "split": split})
        return
    console().print(styled(DONE, f" Split {SITE_NAMES.get(site, site)} out: {_named(split)} and {_named(kept)} are two people again."))
