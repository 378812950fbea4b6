"""Backups and restore on the command line: `companion backups`, `companion restore [WHEN]`."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import click

from companion.cli.options import data_dir_option, json_option, print_json
from companion.cli.terminal import confirm, console, styled
from companion.errors import StoreDamaged
from companion.storage.data_dir import resolve_data_dir
from companion.storage.store import (
    PEOPLE,
    backup_time,
    find_backup,
    inspect_store_files,
    is_fresh,
    list_backups,
    parse_store_file,
    restore_backup,
    restore_damaged_files,
    shard_paths,
)


def _describe(folder: Path) -> dict:
    taken = backup_time(folder)
    problems = inspect_store_files(folder)
    return {
        "name": folder.name,
        "taken_at": taken.isoformat(timespec="seconds") if taken else None,
        "reason": folder.name[16:] if taken else folder.name,
        "files": len(list(folder.glob("*.json"))),
        "whole": not problems and not is_fresh(folder),
        "problems": problems,
    }


def _ago(taken: str | None) -> str:
    if not taken:
        return "-"
    seconds = (datetime.now(UTC) - datetime.fromisoformat(taken)).total_seconds()
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            n = int(seconds // size)
            return f"{n} {unit}{'' if n == 1 else 's'} ago"
    return "just now"


@click.command("backups")
@json_option
@data_dir_option
def backups(as_json: bool, data_dir: Path | None) -> None:
    """List the automatic backups of your store, newest last.

    A backup is taken when the companion starts, at the first change of every hour, and before every
    import, migration or restore. Every backup of the last two days is kept, then one a day for 30
    days, and always the newest three. `companion restore` brings one back.
    """
    directory = resolve_data_dir(data_dir)
    found = [_describe(folder) for folder in list_backups(directory / "backups")]
    if as_json:
        print_json({"data_dir": str(directory), "backups": found})
        return
    out = console()
    if not found:
        out.print(f"No backups yet in {directory / 'backups'}: the first is taken at the next change.")
        return
    for item in found:
        state = ("whole", "green") if item["whole"] else ("damaged: " + "; ".join(item["problems"] or ["empty"]), "red")
        out.print(styled((item["name"], "bold"), f"  {_ago(item['taken_at'])} · {item['reason']} · ", state))
    out.print("Restore one with `companion restore NAME` (or `companion restore` for the newest whole one).", style="dim")


@click.command("restore")
@click.argument("when", required=False)
@click.option("--only-damaged", is_flag=True,
              help="Repair only the damaged store file(s), each from the newest backup with a sound copy (or WHEN's), "
                   "and keep every other file as it is.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@json_option
@data_dir_option
def restore(when: str | None, only_damaged: bool, yes: bool, as_json: bool, data_dir: Path | None) -> None:
    """Bring your store back to a backup: the newest whole one, or the one WHEN names.

    WHEN is a backup's name from `companion backups`, or a time such as 2026-12-05 or 2026-12-05T14:30
    (the newest backup taken then). The store as it is now is kept as a backup first, so a restore
    never loses anything; it works on a damaged store too.

    With --only-damaged, only the files `companion doctor` finds damaged are brought back, each from the newest
    backup holding a sound copy of it: everything else you did since (people, notes, logged contacts, promises
    in the other files) stays. Only that file's changes since its backup are lost, and it says which.

    \b
    Examples:
      companion restore --only-damaged
      companion restore
      companion restore 2026-12-05
    """
    directory = resolve_data_dir(data_dir)
    if only_damaged:
        _restore_only_damaged(directory, when, yes, as_json)
        return
    folder = find_backup(directory / "backups", when)
    if not yes and not as_json:
        confirm(restore_question(directory, folder), "restore")
    before = restore_backup(directory, folder)
    if as_json:
        print_json({"restored": folder.name, "previous_state": before.name if before else None})
        return
    console().print(styled(("✓", "green"), f" Restored {folder.name}."
                           + (f" What was there before is kept as {before.name}." if before else "")))


def _restore_only_damaged(directory: Path, when: str | None, yes: bool, as_json: bool) -> None:
    damaged = inspect_store_files(directory / "store")
    if not yes and not as_json and damaged:
        confirm(f"Damaged now: {'; '.join(damaged)}. Bring back only {'that file' if len(damaged) == 1 else 'those files'} "
                "from the newest backup with a sound copy, keeping every other file as it is? Its changes since that "
                "backup are lost (what is there now is kept as a backup first)", "restore")
    before, repaired = restore_damaged_files(directory, when)
    if as_json:
        print_json({"restored": [{"file": r.name, "from": r.backup.name, "lost": r.lost} for r in repaired],
                    "previous_state": before.name})
        return
    out = console()
    for item in repaired:
        out.print(styled(("✓", "green"), f" Restored {item.name} from {item.backup.name}; every other file is as it "
                         f"was. Lost: {item.lost}."))
    out.print(f"What was there before is kept as {before.name}.", style="dim")


def people_in(folder: Path) -> int:
    """How many people the readable shards of a store folder (the store, or a backup) hold."""
    count = 0
    for path in shard_paths(folder):
        try:
            count += len(parse_store_file(path, path.read_bytes(), PEOPLE).get(PEOPLE, {}))
        except (OSError, StoreDamaged):  # missing or damaged: inspect_store_files says which
            continue
    return count


def restore_question(directory: Path, folder: Path) -> str:
    """What a restore gives and takes, asked before it: the backup's date and people against the store's now,
    and (a damaged store) that it rolls back everything since the backup, not only the damaged file."""
    taken = backup_time(folder)
    when = f"taken {taken.strftime('%Y-%m-%d %H:%M')} UTC ({_ago(taken.isoformat())})" if taken else "of unknown date"
    now, then = people_in(directory / "store"), people_in(folder)
    problems = inspect_store_files(directory / "store")
    words = [f"The backup {folder.name}, {when}, holds {then} {'person' if then == 1 else 'people'}; "
             f"your store holds {now} now{' in its readable files' if problems else ''}."]
    if problems:
        words.append(f"Damaged now: {'; '.join(problems)}. A restore does not repair only that: it brings back the "
                     "whole store as it was then (`companion restore --only-damaged` repairs only the damaged file).")
    words.append(f"Everything since {taken.strftime('%Y-%m-%d %H:%M') if taken else 'then'} is rolled back "
                 "(people added, notes, logged contacts, promises, settings); the store as it is now is kept as a "
                 "backup first. Restore?")
    return " ".join(words)
