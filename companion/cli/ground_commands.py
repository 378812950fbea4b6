"""Common ground on the command line: your own profile, matching two people, starters and introductions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from companion.cli.options import data_dir_option, json_option, open_store, print_json
from companion.cli.terminal import console, lines, styled
from companion.errors import InvalidInput, NotFound

# Common ground, starters and introductions (and the normalisation tables under them) are imported by the
# commands that compute them: `me set` and `me show` do not. The memory and the models are imported by the
# commands too, so `starters` answered by a running companion imports neither (cli/read_answers.py).
# rich's panels and tables are imported by what draws them: `starters` prints lines only.
if TYPE_CHECKING:
    from rich.table import Table

    from companion.ground.rarity import RarityIndex
    from companion.models import CommonGround, Profile, Starter

HEADLINES = {
    "twins": "Twins! {n} things in common",
    "coincidence": "What a coincidence! {n} things in common",
    "small-world": "Small world: {n} things in common",
    "none": "Not much in common yet: {n} {thing} found",
}


def headline(ground: CommonGround) -> str:
    """The tier as a sentence: 'What a coincidence! 5 things in common' (commonplace ones not counted)."""
    n = sum(1 for c in ground.commonalities if c.counted)
    return HEADLINES[ground.tier].format(n=n, thing="thing" if n == 1 else "things")


def load_profile_file(file: Path, url: str | None = None) -> Profile:
    """A Profile from a JSON file, or from a saved page read by the site parsers."""
    from pydantic import ValidationError

    from companion.cli.parse_commands import read_page
    from companion.models import Profile

    text = read_page(str(file))
    stripped = text.lstrip()
    if stripped.startswith("{"):
        try:
            return Profile.model_validate(json.loads(text))
        except json.JSONDecodeError as exc:
            raise InvalidInput(f"{file} is not valid JSON ({exc.msg} at line {exc.lineno}); fix it or give a saved page.") from None
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "the top level"
            raise InvalidInput(f"{file} is not a Profile: {where}: {first['msg']}.") from None
    if "<" not in text:
        raise InvalidInput(f"{file} is neither a Profile JSON file nor a saved web page.")
    from companion.parsers import parse_profile

    return parse_profile(text, url or "")


def _ground_table(ground: CommonGround) -> Table:
    from rich.table import Table

    table = Table(show_lines=False, expand=True)
    table.add_column("weight", justify="right", style="bold")
    table.add_column("kind", style="cyan")
    table.add_column("shared")
    table.add_column("you")
    table.add_column("them")
    table.add_column("why it matters", style="dim")
    for c in ground.commonalities:
        table.add_row(f"{c.weight:.2f}", c.kind, c.label, c.mine, c.theirs, c.why or "")
    return table


def _print_ground(out, ground: CommonGround, title: str) -> None:
    from rich.panel import Panel

    out.print(Panel(styled((headline(ground), "bold"), f"  (score {ground.score:.2f})"), title=styled(title), expand=False))
    if ground.commonalities:
        out.print(_ground_table(ground))


def _print_starters(out, starters: list[Starter]) -> None:
    if not starters:
        out.print("No starters: there is too little on this profile to go on.", style="dim")
        return
    for i, s in enumerate(starters, 1):
        out.print(styled((f"{i}.", "bold"), f" {s.text}"))
        out.print(styled((f"   {s.kind} · {s.evidence}", "dim")))


def _require_me(store) -> Profile:
    from companion.memory.me import load_me

    me = load_me(store)
    if me is None:
        raise NotFound("Your own profile is not set yet; run `companion me set FILE` with your saved profile page.")
    return me


def _rarity_index(store) -> RarityIndex:
    from companion.memory.answers import kept_rarity_sample

    return kept_rarity_sample(store)


# ------------------------------------------------------------------ me


@click.group()
def me() -> None:
    """Your own profile, the one common ground starts from.

    \b
    Set it once per site (LinkedIn, X, ...); they merge into one "me":
      companion me set ~/Downloads/my-linkedin.html --url https://www.linkedin.com/in/me/
      companion me set me.json
      companion me show
    """


@me.command("set")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--url", metavar="URL", help="The address the page was saved from (helps pick the site's reader).")
@json_option
@data_dir_option
def me_set(file: Path, url: str | None, as_json: bool, data_dir: Path | None) -> None:
    """Set your own profile from FILE: a saved profile page or a Profile JSON file.

    A profile from another site (your X account as well as your LinkedIn) is kept beside the first;
    setting the same site again replaces it.
    """
    from companion.memory.me import own_profiles, set_me

    profile = load_profile_file(file, url)
    with open_store(data_dir) as store:
        merged = set_me(store, profile)
        sites = sorted(own_profiles(store))
    if as_json:
        print_json(merged)
        return
    console().print(f"Saved your {profile.site or 'web'} profile ({profile.name or 'no name'}); "
                     f"you are now set from: {', '.join(sites)}.")


@me.command("unset")
@click.argument("site", required=False, type=click.Choice(["linkedin", "x", "bluesky", "github", "mastodon", "web"]))
@json_option
@data_dir_option
def me_unset(site: str | None, as_json: bool, data_dir: Path | None) -> None:
    """Remove your own profile from SITE, or from every site when none is named.

    \b
    Examples:
      companion me unset x
      companion me unset
    """
    from companion.memory.me import own_profiles, unset_me

    with open_store(data_dir) as store:
        removed = unset_me(store, site)
        left = sorted(own_profiles(store))
    if as_json:
        print_json({"removed": removed, "left": left})
        return
    console().print(f"Removed your own profile from {', '.join(removed)}; "
                    + (f"still set from: {', '.join(left)}." if left else "Rapport no longer knows who you are."))


@me.command("not-me")
@click.argument("url")
@json_option
@data_dir_option
def me_not_me(url: str, as_json: bool, data_dir: Path | None) -> None:
    """Say the profile at URL is someone else's, though it looks like yours (your name, your employer, your
    city): Rapport then stores it as a contact when you open it.
    """
    from companion.memory.me import not_me

    with open_store(data_dir) as store:
        key = not_me(store, url)
    if as_json:
        print_json({"not_me": key})
        return
    console().print(f"Noted: {url} is not you; open it again to keep it among your contacts.")


@me.command("show")
@json_option
@data_dir_option
def me_show(as_json: bool, data_dir: Path | None) -> None:
    """Show your own (merged) profile."""
    from companion.memory.me import own_profiles

    with open_store(data_dir) as store:
        merged = _require_me(store)
        sites = sorted(own_profiles(store))
    if as_json:
        print_json(merged)
        return
    card = [styled((merged.name or "(no name)", "bold"))]
    for label, value in (("headline", merged.headline), ("location", merged.location)):
        if value:
            card.append(f"{label}: {value}")
    if merged.experience:
        card.append("worked at: " + ", ".join(e.company for e in merged.experience if e.company))
    if merged.education:
        card.append("studied at: " + ", ".join(e.school for e in merged.education if e.school))
    for label, values in (("skills", merged.skills), ("languages", merged.languages), ("interests", merged.interests)):
        if values:
            card.append(f"{label}: " + ", ".join(values))
    card.append(styled((f"from: {', '.join(sites)}", "dim")))
    from rich.panel import Panel

    console().print(Panel(lines(*card), title="me", expand=False))


# ------------------------------------------------------------------ match, starters, intros


@click.command("match")
@click.argument("me_file", metavar="ME", type=click.Path(path_type=Path))
@click.argument("them_file", metavar="THEM", type=click.Path(path_type=Path))
@json_option
@data_dir_option
def match(me_file: Path, them_file: Path, as_json: bool, data_dir: Path | None) -> None:
    """Common ground between two Profile JSON files (or saved pages), most telling first.

    How rare each shared thing is comes from your stored contacts when the data dir has any, and from
    a built-in sense of what is common everywhere otherwise.

    \b
    Example:
      companion match me.json ana.json
      companion match me.json ana.json --json | jq '.commonalities[].label'
    """
    from companion.ground.common_ground import find_common_ground

    mine, theirs = load_profile_file(me_file), load_profile_file(them_file)
    ground = find_common_ground(mine, theirs, _existing_rarity_index(data_dir))
    if as_json:
        print_json(ground)
        return
    _print_ground(console(), ground, f"{mine.name or 'you'} & {theirs.name or 'them'}")


def _existing_rarity_index(data_dir: Path | None) -> RarityIndex | None:
    """The rarity index over stored contacts, without creating a data dir just to look."""
    from companion.storage.data_dir import resolve_data_dir

    if not (resolve_data_dir(data_dir) / "store").is_dir():
        return None
    with open_store(data_dir) as store:
        return _rarity_index(store) if store.count_people() else None


@click.command("starters")
@click.argument("person")
@json_option
@data_dir_option
def starters(person: str, as_json: bool, data_dir: Path | None) -> None:
    """Conversation starters for a stored PERSON (an id, a profile URL, or a unique name fragment).

    Each rests on something named (a shared school, their recent post, something they asked for),
    asks a real question or offers something, and never pitches.
    """
    # Asks the companion running on the data dir, else reads the store itself (cli/read_answers.py).
    from companion.cli.read_answers import read_answer

    def compute(store):
        from companion.memory.answers import starters_answer

        return starters_answer(store, person, keep=True)

    answer = read_answer(data_dir, "/v1/cli/starters", compute, ("name", "me_set", "common_ground", "starters"),
                         query={"person": person})
    if as_json:
        print_json(answer.starters)
        return
    out = console()
    if not answer.me_set:
        out.print("Tip: set your own profile (`companion me set FILE`) to get starters from common ground.", style="dim")
    else:
        out.print(styled((answer.name, "bold"), f": {headline(answer.common_ground)}"))
    _print_starters(out, answer.starters)


@click.command("intros")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 100), help="How many to suggest.")
@json_option
@data_dir_option
def intros(limit: int, as_json: bool, data_dir: Path | None) -> None:
    """Introductions worth making: pairs of your contacts who share a lot but do not seem to know each other.

    Only people you have talked with (an acquaintance or closer) are introduced, for a reason that serves
    both: one asked for what the other knows, or they share something rare. Each comes with the reason
    and a double-opt-in draft: ask each of them first, connect only if both agree.
    """
    from companion.ground.intros import INTRODUCIBLE_STAGES, suggest_intros
    from companion.memory.me import own_person_ids
    from companion.memory.people import merged_profile
    from companion.memory.tie_strength import tie_of

    with open_store(data_dir) as store:
        weights = store.get_setting("tie_weights")
        # Only people you have spoken with can have a tie worth introducing: the rest are not read at all.
        you = own_person_ids(store)  # never introduced to anyone: a record of you is not a contact
        spoken = [doc for doc in store.people() if doc.get("interactions") and doc["id"] not in you]
        ties = {doc["id"]: tie_of(doc, weights=weights) for doc in spoken}
        tied = [doc for doc in spoken if ties[doc["id"]].stage in INTRODUCIBLE_STAGES]
        people = [(doc["id"], merged_profile(doc)) for doc in tied]
        rarity = _rarity_index(store)
    # Pairs you know to know each other: your notes on one of them name the other.
    names = {pid: profile.name.casefold() for pid, profile in people if profile.name and len(profile.name.split()) >= 2}
    known = set()
    for doc in tied:
        written = " ".join([n.get("text") or "" for n in doc.get("notes", [])]
                           + [i.get("note") or "" for i in doc.get("interactions", [])]).casefold()
        known |= {frozenset((doc["id"], pid)) for pid, name in names.items() if pid != doc["id"] and name in written}
    found = suggest_intros(people, rarity, ties, known, limit=limit)
    if as_json:
        print_json(found)
        return
    out = console()
    if not found:
        out.print("No introductions to suggest yet: they are made between people you have talked with "
                  "(`companion log PERSON KIND`) who share something rare or can help each other.")
        return
    from rich.panel import Panel

    for i, intro in enumerate(found, 1):
        out.print(Panel(
            styled(f"{intro.reason}\n\n", (f"Draft to {intro.a_name}:", "bold"), f"\n{intro.message}"),
            title=styled(f"{i}. {intro.a_name} ↔ {intro.b_name} · {headline(intro.common_ground)}"), expand=False,
        ))
