"""`parse`: turn a saved profile page into a Profile, to check what the companion reads from it."""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path

import click
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from companion.cli.options import data_dir_option, json_option, print_json
from companion.cli.terminal import console, inert, styled
from companion.errors import InvalidInput, NotAProfile
from companion.models import SITE_NAMES, Profile

# The parsers (and bs4 under them) are imported where a page is read: `me show` and the other commands of
# ground_commands import read_page from here without reading any page.

# A parser's failure is logged with its traceback for the server's log; on the command line the user reads the
# sentence it ends in, not a traceback printed by logging's last-resort handler.
logging.getLogger("companion.parsers").addHandler(logging.NullHandler())

def read_page(file: str) -> str:
    """The text of FILE ('-' for stdin), or InvalidInput with a sentence saying why it cannot be read."""
    from companion.parsers import MAX_HTML_CHARS
    from companion.parsers.page import decode_html

    try:
        if file == "-":
            data = sys.stdin.buffer.read(MAX_HTML_CHARS + 1)
        else:
            path = Path(file).expanduser()
            if path.is_dir():
                raise InvalidInput(f"{file} is a folder; give the saved page's .html file instead.")
            if path.stat().st_size > MAX_HTML_CHARS:
                raise _too_large(file)
            data = path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(f"There is no file {file}; check the path (or use - to read the page from stdin).") from None
    except RuntimeError:  # expanduser: "~name/..." where this system has no user called name
        raise InvalidInput(f"There is no file {file}: no user's home folder matches its ~; check the path.") from None
    except PermissionError:
        raise InvalidInput(f"{file} cannot be read (permission denied); check its permissions.") from None
    except OSError as exc:
        raise InvalidInput(f"{file} cannot be read ({exc.strerror or exc}); check the path and try again.") from None
    if len(data) > MAX_HTML_CHARS:
        raise _too_large(file)
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InvalidInput(f"{file} is a binary file, not a saved web page; save the profile as HTML.")
    return decode_html(data)


def for_a_saved_file(exc: NotAProfile) -> NotAProfile:
    """A parser's refusal worded for a saved file rather than a capture: the parsers end their advice with
    "capture it again" or "capture again" (the extension's words); a file is saved again (newcomer finding F25)."""
    return NotAProfile(_CAPTURE_AGAIN.sub("save it again (or capture it with the extension)", exc.message))


_CAPTURE_AGAIN = re.compile(r"\bcapture (?:it )?again\b")


def _too_large(file: str) -> InvalidInput:
    from companion.parsers import MAX_HTML_CHARS

    return InvalidInput(
        f"{'The page on stdin' if file == '-' else file} is larger than {MAX_HTML_CHARS // 1_000_000} MB, far more "
        "than a profile page; save only the page's HTML (without media) and try again."
    )


@click.command("parse")
@click.argument("file", metavar="FILE")
@click.option("--url", required=True, metavar="URL",
              help="The address the page was saved from; it tells which site's reader to use.")
@json_option
@data_dir_option
def parse_command(file: str, url: str, as_json: bool, data_dir: Path | None) -> None:
    """Read a saved profile page (FILE, or - for stdin) and print what Rapport understands from it.

    Works for LinkedIn, X/Twitter (and Nitter), Bluesky, GitHub, Mastodon and personal sites that
    describe their owner (schema.org Person, h-card, OpenGraph profile). Nothing is stored (to keep the
    person, `companion import FILE --url URL`); nothing is fetched. A page that is not a rendered profile (not found, login wall, a page saved before it
    finished loading) is an error that says so.

    \b
    Examples:
      companion parse jane.html --url https://www.linkedin.com/in/jane-doe/
      companion parse saved.html --url https://x.com/jack --json | jq .followers
      companion parse - --url https://bsky.app/profile/jay.bsky.team < jay.html
    """
    from companion.parsers import dated, parse_profile

    try:
        text = read_page(file)
        profile = dated(parse_profile(text, url), text)
    except NotAProfile as exc:
        raise for_a_saved_file(exc) from None
    if as_json:
        print_json(profile)
        return
    console(soft_wrap=False).print(profile_card(profile))


def listed(entries: list[str]) -> str:
    """Entries on one line, apart however they are written: by commas, or by semicolons when one carries a comma
    ("Alma Mater Society, Queen's University; Queen's University" is two groups, not Queen's University twice)."""
    return ("; " if any("," in entry for entry in entries) else ", ").join(entries)


def profile_card(profile: Profile) -> Panel:
    """A readable card of a Profile for the terminal."""
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold cyan", no_wrap=True)
    table.add_column(overflow="fold")

    def row(label: str, value) -> None:
        if value not in (None, "", []):
            table.add_row(label, Text(inert(value)))

    row("Handle", profile.handle)
    for alias in profile.aliases[:3]:
        row("Also at", alias)  # e.g. the member-id address LinkedIn messaging uses for them
    row("Headline", profile.headline)
    row("Location", profile.location)
    row("Followers", f"{profile.followers:,}" if profile.followers is not None else None)
    row("Connections", connections_shown(profile))
    row("Joined", profile.joined)
    row("Page from", profile.page_date)  # when the page was saved or current: an old page's "now" ended then
    row("About", _shorten(profile.about, 400))
    for job in profile.experience[:8]:
        dates = " – ".join(d for d in (job.start, job.end or ("now" if job.start else None)) if d)
        row("Work", " · ".join(p for p in (job.title, job.company, dates) if p))
    for school in profile.education[:5]:
        dates = " – ".join(d for d in (school.start, school.end) if d)
        row("Studied", " · ".join(p for p in (school.school, school.degree, school.field, dates) if p))
    row("Skills", listed(profile.skills[:15]))
    row("Languages", listed(profile.languages))
    row("Interests", listed(profile.interests[:10]))
    for item in profile.volunteering[:5]:
        row("Volunteers", " · ".join(p for p in (item.role, item.organization, item.cause) if p))
    for site in profile.websites[:8]:
        row("Website", site)
    for post in profile.posts[:3]:
        row("Post", f"{post.date + ': ' if post.date else ''}{_shorten(post.text, 200)}")
    if len(profile.posts) > 3:
        more = len(profile.posts) - 3
        row("", f"… and {more} more post{'' if more == 1 else 's'}")
    if profile.partial:
        row("Note", "The page was only partly rendered; some fields may be missing.")
    title = styled((profile.name or profile.handle or "(no name)", "bold"))
    subtitle = " · ".join(p for p in (SITE_NAMES.get(profile.site or "", profile.site), profile.url) if p)
    # Text, not str: a panel reads markup in a str title whatever the console says.
    return Panel(table, title=title, subtitle=styled(subtitle) if subtitle else None, title_align="left",
                 subtitle_align="left")


def _shorten(text: str | None, limit: int) -> str | None:
    if text is None or len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


# LinkedIn shows at most "500+" connections: a count of 500 read from it means 500 or more.
LINKEDIN_CONNECTIONS_CAP = 500


def connections_shown(profile) -> str | None:
    """The connection count as the page says it: '500+' for LinkedIn's cap, else the number."""
    if profile.connections is None:
        return None
    capped = profile.site == "linkedin" and profile.connections == LINKEDIN_CONNECTIONS_CAP
    return f"{profile.connections:,}" + ("+" if capped else "")
