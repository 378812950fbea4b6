"""Common ground on the command line: your own profile, matching two people, starters and introductions."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

import click

from companion.cli.options import WholeLinesGroup, data_dir_option, json_option, open_store, print_json
from companion.cli.terminal import console, inert, lines, on_a_terminal, styled
from companion.errors import InvalidInput, NotFound

# Common ground, starters and introductions (and the normalisation tables under them) are imported by the
# commands that compute them: `me set` and `me show` do not. The memory and the models are imported by the
# commands too, so `starters` answered by a running companion imports neither (cli/read_answers.py).
# rich's panels and tables are imported by what draws them: `starters` prints lines only.
if TYPE_CHECKING:
    from rich.table import Table

    from companion.ground.rarity import RarityIndex
    from companion.models import CommonGround, Profile, Starter
    from companion.parsers import CapturedPage

# The tiers' words, as the extension says them (extension/src/shared/wording.js): one wording for one person's
# common ground in `people`, `show`, `starters`, `match`, `intros` and the panel (newcomer finding F16).
TIER_WORDS = {"twins": "A lot to talk about.", "coincidence": "Plenty to talk about.", "small-world": "Small world."}
# The lowest tier ("none": 0 or 1 thing counted), never a claim that contradicts the list below it.
LOWEST_TIER_WORDS = "Not much in common yet"


def tier_words(tier: str) -> str:
    """A tier in the people list: 'Small world.', or 'Not much in common yet' for the lowest."""
    return TIER_WORDS.get(tier, LOWEST_TIER_WORDS)


def headline(ground: CommonGround) -> str:
    """The tier as a sentence, as the panel says it: 'Plenty to talk about. 5 things in common'. The number counts
    only what the tier counts; commonplace things (a city of millions, English) are listed apart (not_counted)."""
    n = sum(1 for c in ground.commonalities if c.counted)
    things = f"{n} {'thing' if n == 1 else 'things'}"
    if n and ground.tier in TIER_WORDS:
        return f"{TIER_WORDS[ground.tier]} {things} in common"
    if n:
        return f"{LOWEST_TIER_WORDS}: {things} found"
    if ground.commonalities:
        return f"{LOWEST_TIER_WORDS}: only everyday things, not counted"
    return f"{LOWEST_TIER_WORDS}: nothing in common found"


# How common ground's `why` ends for an institution counted once already (common_ground._COUNTED_ONCE), written
# out: `show` answered by a running companion prints from JSON, and importing common ground for this one sentence
# cost it all of common ground's modules and tables. tests/test_cli_speed_round3.py holds the two equal.
COUNTED_ONCE = "counted once, with the one above."


def uncounted_reason(c) -> str:
    """Why a shared thing listed apart is not in the headline's number: an institution counted once already (where
    both worked, also where both studied), or a commonplace thing and why it is one."""
    if (c.why or "").endswith(COUNTED_ONCE):
        return f"also shared as {'an' if c.kind[:1] in 'aeiou' else 'a'} {c.kind}, counted once"
    return not_counted_reason(c.why)


# The heading over both: the commonplace things and an institution shared a second way.
NOT_IN_THE_COUNT = "not in the count"


def not_counted_reason(why: str | None) -> str:
    """Why a commonplace commonality is shown but not counted, from the end of its `why` ('45% of your contacts
    share it, so it is not counted.' → '45% of your contacts share it')."""
    last = re.split(r"(?<=[.!?])\s+", (why or "").strip())[-1]
    reason = re.sub(r",?\s*so it is not counted\.?$", "", last).strip()
    return reason[:1].lower() + reason[1:] if reason else "commonplace"


def load_profile_file(file: Path, url: str | None = None, url_option: str = "--url", *,
                      check_identity: bool = False) -> Profile:
    """A Profile from a JSON file, or from a saved page read by the site parsers. `url_option`: the option that
    gives this page's address, named when a page read without one does not describe a person. `check_identity`:
    a page whose own identity (canonical link, self-links, title) names another profile than `url` is refused,
    as a capture refuses it."""
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
    return saved_page(text, file, url, url_option, check_identity=check_identity).profile


def saved_page(text: str, file: Path, url: str | None, url_option: str = "--url", *,
               check_identity: bool = True) -> CapturedPage:
    """A saved page's text read as the extension's capture reads it (`check_identity`: the page's own identity
    must agree with `url`), with errors worded for a file: what to save again, which option to give."""
    from companion.cli.parse_commands import for_a_saved_file
    from companion.errors import NotAProfile, ProfileMismatch
    from companion.parsers import CapturedPage, dated, parse_capture, parse_profile

    if url is not None:
        _page_address(url, url_option)
    try:
        if check_identity and url:
            page = parse_capture(text, url)
        else:
            page = CapturedPage(parse_profile(text, url or ""), False)
    except ProfileMismatch as exc:
        if not exc.names_another:  # the page disagrees with itself, whatever the address
            raise InvalidInput(f"{file.name} does not show one profile throughout: {exc.reason}. Open the profile "
                               "again, let it load, and save it again.") from None
        raise InvalidInput(f"{file.name} is not the profile at {url_option} {url}: {exc.reason}. "
                           f"Give the address this page was saved from, or save the right page.") from None
    except NotAProfile as exc:
        if url:
            raise for_a_saved_file(exc) from None
        # Without its address a page is read by the generic reader, which a logged-in LinkedIn page defeats.
        raise NotAProfile(f"{for_a_saved_file(exc).message.rstrip('.')}. If {file.name} is a profile page, give the address it was "
                          f"saved from: {url_option} https://www.linkedin.com/in/… (or the x.com, bsky.app, "
                          "github.com address).") from None
    if url:
        _same_site(page.profile, file, url, url_option)
    return CapturedPage(dated(page.profile, text), page.confirmed)  # when the file says it was saved


def _same_site(profile: Profile, file: Path, url: str, url_option: str) -> None:
    """Refuse a page of one site given another site's address: the page was read by its own signals and the
    address ignored, so `--url https://example.com/x` on a LinkedIn page said "updated" (newcomer finding F10),
    where a wrong profile on the same site is refused."""
    from companion.models import site_with_article
    from companion.parsers import detect_site

    if profile.site not in ("linkedin", "x", "bluesky", "github") or detect_site(url) == profile.site:
        return
    site = site_with_article(profile.site)
    shown = f" (the page says {profile.url})" if profile.url else ""
    raise InvalidInput(f"{file.name} is {site} page, but {url_option} {url} is not {site} address: "
                       f"give the address the page was saved from{shown}.")


def _page_address(url: str, url_option: str) -> None:
    """Refuse a page's address that is no http(s) address: "" or javascript:… would skip the check that the page is
    the profile at that address, and name no profile to file it under."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
    except ValueError:  # a malformed port or IPv6 bracket
        host, parts = "", None
    if parts is None or parts.scheme.lower() not in ("http", "https") or "." not in host:
        raise InvalidInput(f"{url_option} “{url}” is not a web address: give the http(s) address the page was saved "
                           "from, such as https://www.linkedin.com/in/jane-doe/.")


def _ground_list(ground: CommonGround) -> Table:
    """Each commonality as a numbered entry: what is shared, both sides' wording and why it matters, wrapped under
    its number (a six-column table left "why it matters" a word per line at 80 columns: newcomer finding P12).
    Those the tier counts are numbered, as many as the headline says; commonplace ones follow, marked, with
    the reason they are not counted (F15)."""
    from rich.table import Table

    table = Table.grid(padding=(0, 1))
    table.add_column(justify="right", no_wrap=True)
    table.add_column()
    counted = [c for c in ground.commonalities if c.counted]
    commonplace = [c for c in ground.commonalities if not c.counted]
    for number, c in enumerate(counted, 1):
        table.add_row(styled((f"{number}.", "bold")), _commonality_text(c, c.why))
    if commonplace:
        table.add_row("", styled((f"Also shared, {NOT_IN_THE_COUNT}:", "dim")))
        for c in commonplace:  # one line each: they say little
            sides = f"; you: {c.mine} · them: {c.theirs}" if c.mine != c.theirs else ""
            reason = uncounted_reason(c)
            kind = "" if reason.startswith("also shared as") else f" ({c.kind})"  # the reason names it already
            table.add_row(styled(("·", "dim")), styled(c.label, (f"{kind}: {reason}{sides}", "dim")))
    return table


def _commonality_text(c, why: str | None):
    sides = f"you: {c.mine} · them: {c.theirs}" if c.mine != c.theirs else f"both: {c.mine}"
    return lines(styled((c.label, "bold"), " ", (f"({c.kind}, weight {c.weight:.2f})", "cyan")),
                 styled((sides, "dim")), *([styled((why, "dim"))] if why else []))


def _print_ground(out, ground: CommonGround, title: str) -> None:
    from rich.panel import Panel

    out.print(Panel(styled((headline(ground), "bold"), f"  (score {ground.score:.2f})"), title=styled(title), expand=False))
    if ground.commonalities:
        out.print(_ground_list(ground))


def no_starters_line(me_set: bool = True, why_none: str | None = None, ground: CommonGround | None = None) -> str:
    """Why a person has no starter, for `starters` and `show` alike: the rule that decided when one did (newcomer
    finding F1), else what was found."""
    if why_none:
        return f"No starters: {why_none}."
    # Under 'nothing in common found', not 'nothing you share makes a good opener' (newcomer 5, item 1).
    shared = ("what you share is found once your own profile is set (`companion me set FILE`)" if not me_set
              else "we found nothing you share with them" if ground is not None and not ground.commonalities
              else "nothing you share with them makes a good opener")
    return f"No starters yet: {shared}, and nothing on their profile makes a good opener yet."


def _print_starters(out, starters: list[Starter], me_set: bool = True, why_none: str | None = None,
                    ground: CommonGround | None = None) -> None:
    if not starters:
        out.print(no_starters_line(me_set, why_none, ground), style="dim")
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


@click.group(cls=WholeLinesGroup)
def me() -> None:
    """Your own profile, the one common ground starts from.

    \b
    Set it once per site (LinkedIn, X, ...); they merge into one "me":
      companion me set ~/Downloads/me.html --url https://www.linkedin.com/in/me/
      companion me set me.json
      companion me show
    """


@me.command("set")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--url", metavar="URL", help="The address the page was saved from (helps pick the site's reader); "
              "a page that shows another profile than this address is refused.")
@click.option("--yes", is_flag=True, help="Replace your profile on that site with another person's without asking.")
@json_option
@data_dir_option
def me_set(file: Path, url: str | None, yes: bool, as_json: bool, data_dir: Path | None) -> None:
    """Set your own profile from FILE: a saved profile page or a Profile JSON file.

    A profile from another site (your X account as well as your LinkedIn) is kept beside the first;
    setting the same site again replaces it. Replacing it with someone else's (another name and address) is
    asked about first on a terminal (--yes or --json skips the question) and said (not under --json, whose
    answer is the profile alone).
    """
    from companion.memory.me import own_profiles, set_me
    from companion.models import SITE_NAMES

    profile = load_profile_file(file, url, check_identity=True)
    site = profile.site or "web"
    named = SITE_NAMES.get(site, site)  # 'LinkedIn' in a sentence
    with open_store(data_dir) as store:
        before = own_profiles(store).get(site)
        replaced = before if before is not None and not _same_person(before, profile) else None
        if replaced is not None and not yes and not as_json and on_a_terminal():
            click.confirm(inert(f"This replaces your {named} profile, {_who(replaced)}, with {_who(profile)}. "
                                "Continue?"), abort=True, err=True)  # names from a page: nothing a terminal acts on
        merged = set_me(store, profile)
        sites = sorted(own_profiles(store))
    if as_json:
        print_json(merged)
        return
    out = console()
    if replaced is not None:
        out.print(styled(("! ", "yellow"), f"Replaced {_who(replaced)} as your {named} profile with {_who(profile)}."))
    out.print(f"Saved your {named} profile ({profile.name or 'no name'}); you are now set from: "
              f"{', '.join(SITE_NAMES.get(s, s) for s in sites)}.")


def _who(profile: Profile) -> str:
    return f"{profile.name or profile.handle or 'no name'}" + (f" ({profile.url})" if profile.url else "")


def _account(profile: Profile) -> str:
    """One own profile as `me show` names it: handle, name and address, whichever are known."""
    handle = (profile.handle or "").lstrip("@")
    said = [f"@{handle}" if handle and profile.site not in ("linkedin", "web") else "", profile.name or "",
            f"({profile.url})" if profile.url else ""]
    return " ".join(part for part in said if part) or "(no name)"


def _same_person(a: Profile, b: Profile) -> bool:
    """Two of your own profiles on one site that are one person: the same address or handle, or the same name."""
    from companion.memory.people import name_key

    if a.url and b.url and a.url.rstrip("/").casefold() == b.url.rstrip("/").casefold():
        return True
    if a.handle and b.handle and a.handle.casefold() == b.handle.casefold():
        return True
    return bool(a.name and b.name and name_key(a.name) == name_key(b.name))


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

    with open_store(data_dir, reads_only=True) as store:
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

    with open_store(data_dir, reads_only=True) as store:
        merged = _require_me(store)
        profiles = own_profiles(store)
    if as_json:
        print_json(merged)
        return
    card = [styled((merged.name or "(no name)", "bold"))]
    for label, value in (("headline", merged.headline), ("location", merged.location)):
        if value:
            card.append(f"{label}: {value}")
    # Each name once, and apart by " · ": a name may hold a comma ("Alma Mater Society, Queen's University"), so
    # joined by commas it read as the next item said twice.
    for label, values in (("worked at", [e.company for e in merged.experience if e.company]),
                          ("studied at", [e.school for e in merged.education if e.school]),
                          ("skills", merged.skills), ("languages", merged.languages), ("interests", merged.interests)):
        if values:
            card.append(f"{label}: " + " · ".join(_each_once(values)))
    # Which account on each site is taken as yours: an import may have set one that is not (an X archive).
    card.append(styled(("from:", "dim")))
    for site in sorted(profiles):
        card.append(styled((f"  {site}: {_account(profiles[site])}", "dim")))
    from rich.panel import Panel

    console().print(Panel(lines(*card), title="me", expand=False))


@me.command("languages")
@click.argument("languages", nargs=-1)
@click.option("--add", is_flag=True, help="Add LANGUAGES to the ones you said, rather than replace them.")
@click.option("--remove", is_flag=True, help="Take LANGUAGES off the ones you said.")
@json_option
@data_dir_option
def me_languages(languages: tuple[str, ...], add: bool, remove: bool, as_json: bool, data_dir) -> None:
    """Say which languages you write, as codes (pt, es) or names (Portuguese); none named: show them.

    Your pages may not list them all. Check-ins and starters are written to someone in their language only
    when you write it, and `me show` lists them with your profile's.

    \b
    Examples:
      companion me languages es fr de pt
      companion me languages --add it
      companion me languages --remove fr
    """
    from companion.memory.me import my_languages, set_my_languages

    if add and remove:
        raise click.UsageError("Use --add or --remove, not both.")
    if (add or remove) and not languages:
        raise click.UsageError("Name the LANGUAGES to add or remove (codes such as pt, or names such as Portuguese).")
    with open_store(data_dir, reads_only=not languages) as store:
        kept = set_my_languages(store, list(languages), add=add, remove=remove) if languages else my_languages(store)
    if as_json:
        print_json({"languages": kept})
        return
    if not kept:
        console().print("You have said no languages you write; only your profile's count. Name them with "
                        "`companion me languages es pt`.")
        return
    console().print(styled(("✓", "green"), f" Languages you write: {', '.join(kept)}."))


def _each_once(values: list[str]) -> list[str]:
    """`values` without repeats (ignoring case and surrounding spaces), in their order."""
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(value.strip().casefold(), value.strip())
    return list(seen.values())


# ------------------------------------------------------------------ match, starters, intros


@click.command("match")
@click.argument("me_file", metavar="ME", type=click.Path(path_type=Path))
@click.argument("them_file", metavar="THEM", type=click.Path(path_type=Path))
@click.option("--me-url", metavar="URL", help="The address ME's saved page was saved from (picks the site's reader).")
@click.option("--url", "them_url", metavar="URL",
              help="The address THEM's saved page was saved from (picks the site's reader).")
@json_option
@data_dir_option
def match(me_file: Path, them_file: Path, me_url: str | None, them_url: str | None, as_json: bool,
          data_dir: Path | None) -> None:
    """Common ground between two Profile JSON files (or saved pages), most telling first.

    How rare each shared thing is comes from your stored contacts when the data dir has any, and from
    a built-in sense of what is common everywhere otherwise. A saved page is read by its site's reader: the
    site is told by the page itself when it can be (an X page's canonical link); a LinkedIn page saved while
    logged in does not say, so give the address it was saved from (--me-url for ME, --url for THEM).

    \b
    Example:
      companion match me.json ana.json
      companion match me.json ana.json --json | jq '.commonalities[].label'
      companion match me.json ana.html --url https://www.linkedin.com/in/ana-lima/
    """
    from companion.ground.common_ground import find_common_ground

    mine = load_profile_file(me_file, me_url, url_option="--me-url")
    theirs = load_profile_file(them_file, them_url, url_option="--url")
    ground = find_common_ground(mine, theirs, _existing_rarity_index(data_dir, (mine, theirs)), counted=())
    if as_json:
        print_json(ground)
        return
    _print_ground(console(), ground, f"{mine.name or 'you'} & {theirs.name or 'them'}")


def _existing_rarity_index(data_dir: Path | None, compared: tuple[Profile, ...] = ()) -> RarityIndex | None:
    """The rarity index over stored contacts, without creating a data dir just to look; less those of `compared` who
    are stored (as they are stored: what was counted), so two contacts compared are not the contacts who share what
    they share (newcomer 5, finding 9: '8% of your contacts share it' was the two of them)."""
    from companion.memory.people import find_person_for_profile, merged_profile
    from companion.storage.data_dir import resolve_data_dir

    if not (resolve_data_dir(data_dir) / "store").is_dir():
        return None
    with open_store(data_dir) as store:
        if not store.count_people():
            return None
        stored = {doc["id"]: doc for doc in filter(None, (find_person_for_profile(store, p) for p in compared))}
        return _rarity_index(store).without(*(merged_profile(doc) for doc in stored.values()))


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
    _print_starters(out, answer.starters, answer.me_set, answer.get("why_none"), answer.common_ground)


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

    with open_store(data_dir, reads_only=True, tolerate_damage=True) as store:
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
            # The tier only where it speaks for the pair: 'Not much in common yet' above a reason to meet undercuts it (F16).
            title=styled(f"{i}. {intro.a_name} ↔ {intro.b_name}" + (f" · {headline(intro.common_ground)}"
                                                                       if intro.common_ground.tier in TIER_WORDS else "")),
            expand=False,
        ))
