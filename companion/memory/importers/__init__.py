"""Imports: LinkedIn's Connections.csv, a Twitter/X archive, and Rapport's own JSON export.

`import_path` picks the importer from the file; each importer reads the whole file before it writes
anything, so a broken file is reported (with its line number) and nothing is lost or half-imported.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from pydantic import BaseModel, Field

from companion.errors import InvalidInput

Progress = Callable[[int, int], None]  # (rows done, rows in total)
# One transaction (one durable flush) per this many people: big enough to be fast, small enough that a
# crash mid-import loses at most one chunk of an import that can simply be rerun.
CHUNK = 10_000
PROGRESS_EVERY = 500  # rows between two progress-bar updates


class Skipped(BaseModel):
    line: int | None = None
    reason: str


class ImportSummary(BaseModel):
    """What an import did: how many people were added, merged with someone known, or skipped and why."""

    source: str
    file: str
    rows: int = 0
    added: int = 0
    merged: int = 0
    skipped: int = 0
    skipped_reasons: dict[str, int] = Field(default_factory=dict)
    skipped_examples: list[Skipped] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)

    def skip(self, reason: str, line: int | None = None) -> None:
        self.skipped += 1
        self.skipped_reasons[reason] = self.skipped_reasons.get(reason, 0) + 1
        if len(self.skipped_examples) < 20:
            self.skipped_examples.append(Skipped(line=line, reason=reason))


# The start of a saved web page (HTML, or a single-file MHTML).
_SAVED_PAGE = re.compile(rb"<!doctype html|<html[\s>]|<head[\s>]|^\s*MIME-Version:", re.IGNORECASE | re.MULTILINE)


def import_path(store, path: Path, progress: Progress | None = None, now: datetime | None = None,
                own_account=None) -> ImportSummary:
    """Import a Connections.csv, a Twitter/X archive (file, folder or .zip) or a Rapport JSON export;
    `own_account` is asked before an X archive's account becomes your own X profile
    (`twitter_archive.OwnAccountQuestion`)."""
    from companion.memory.importers import json_backup, linkedin_connections, twitter_archive

    path = Path(path)
    if not path.exists():
        raise InvalidInput(f"{path} does not exist; give the path of a Connections.csv, an X archive or a JSON export.")
    if path.is_dir():
        return twitter_archive.import_archive(store, path, progress, now, own_account)
    suffix = path.suffix.lower()
    if suffix == ".zip":
        return _import_zip(store, path, progress, now, own_account)
    if suffix == ".js":
        return twitter_archive.import_archive(store, path, progress, now, own_account)
    if suffix == ".json":
        return json_backup.import_json(store, path, progress, now)
    with path.open("rb") as fh:
        head = fh.read(4096)
    if head.lstrip().startswith(b"{"):
        return json_backup.import_json(store, path, progress, now)
    if head.lstrip().startswith(b"window.YTD"):
        return twitter_archive.import_archive(store, path, progress, now, own_account)
    if suffix in (".html", ".htm", ".mhtml") or _SAVED_PAGE.search(head[:1024]):
        raise InvalidInput(
            f"{path.name} is a saved web page: to keep the person it shows, give the address it was saved from, "
            f"`companion import {path.name} --url ADDRESS` (stored as the extension's capture stores it). Without "
            "--url, `companion import` reads LinkedIn's Connections.csv, an X archive or a Rapport JSON export.")
    return linkedin_connections.import_connections(store, path, progress, now)


def _import_zip(store, path: Path, progress: Progress | None, now: datetime | None, own_account=None) -> ImportSummary:
    """A LinkedIn or X export as downloaded (.zip): unpack the files we read into a temporary folder."""
    import tempfile
    import zipfile

    from companion.memory.importers import linkedin_connections, twitter_archive

    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise InvalidInput(f"{path} is not a readable .zip file; unpack it and import the file inside.") from None
    with archive, tempfile.TemporaryDirectory() as tmp:
        names = archive.namelist()
        connections = [n for n in names if Path(n).name.lower() == "connections.csv"]
        if connections:
            target = Path(archive.extract(connections[0], tmp))
            summary = linkedin_connections.import_connections(store, target, progress, now)
            summary.file = str(path)
            return summary
        wanted = [n for n in names if Path(n).name in twitter_archive.ARCHIVE_FILES]
        if wanted:
            for name in wanted:
                target = Path(tmp) / Path(name).name
                target.write_bytes(archive.read(name))
            summary = twitter_archive.import_archive(store, Path(tmp), progress, now, own_account)
            summary.file = str(path)
            return summary
    raise InvalidInput(f"{path} holds neither a Connections.csv nor an X archive's account.js/following.js.")
