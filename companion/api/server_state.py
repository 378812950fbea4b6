"""What one running companion holds: its settings and the typed keys its handlers read them by."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from aiohttp import web

from companion.api.pairing import PairingBook
from companion.ground.rarity import LiveRarity
from companion.memory.answers import RaritySample
from companion.memory.capture import GroundCache
from companion.memory.followups import CheckInLanguages
from companion.storage.store import Store


@dataclass(frozen=True)
class ServerSettings:
    data_dir: Path
    host: str = "127.0.0.1"
    port: int = 8765
    allow_remote: bool = False
    extra_hosts: tuple[str, ...] = field(default_factory=tuple)


@dataclass
class ExtensionSeen:
    """When the extension last asked for /v1/status. Kept in memory, so that GET writes nothing; the server
    saves it in the store once, when it stops (`companion doctor` reads it there)."""

    at: str | None = None


@dataclass(frozen=True)
class Workers:
    """Threads for the pure, CPU-heavy part of a request (parsing a page, checking a draft), so the event
    loop keeps answering meanwhile. Pages and drafts have a pool each: big captures never queue a check.
    `reads` answers the CLI's read commands (GET /v1/cli/...), which read the store and may take a second
    over a big one; it keeps the rarity sample `companion starters` rests on while no one changes, and each
    person's check-in language for `companion followups` (CheckInLanguages)."""

    pages: ThreadPoolExecutor
    drafts: ThreadPoolExecutor
    reads: ThreadPoolExecutor
    rarity_sample: RaritySample
    check_in_languages: CheckInLanguages

    @classmethod
    def start(cls) -> Workers:
        return cls(pages=ThreadPoolExecutor(max_workers=2, thread_name_prefix="companion-page"),
                   drafts=ThreadPoolExecutor(max_workers=4, thread_name_prefix="companion-draft"),
                   reads=ThreadPoolExecutor(max_workers=2, thread_name_prefix="companion-read"),
                   rarity_sample=RaritySample(), check_in_languages=CheckInLanguages())

    def stop(self) -> None:
        for pool in (self.pages, self.drafts, self.reads):
            pool.shutdown(wait=False, cancel_futures=True)


SETTINGS = web.AppKey("settings", ServerSettings)
STORE = web.AppKey("store", Store)
PAIRING = web.AppKey("pairing", PairingBook)
RARITY = web.AppKey("rarity", LiveRarity)
GROUND_CACHE = web.AppKey("ground_cache", GroundCache)
EXTENSION_SEEN = web.AppKey("extension_seen", ExtensionSeen)
WORKERS = web.AppKey("workers", Workers)
