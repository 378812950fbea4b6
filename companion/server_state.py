"""What one running companion holds: its settings and the typed keys its handlers read them by."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from aiohttp import web

from companion.capture import GroundCache
from companion.pairing import PairingBook
from companion.rarity import RarityIndex
from companion.store import Store


@dataclass(frozen=True)
class ServerSettings:
    data_dir: Path
    host: str = "127.0.0.1"
    port: int = 8765
    allow_remote: bool = False
    extra_hosts: tuple[str, ...] = field(default_factory=tuple)


@dataclass
class RarityCache:
    """The rarity index over the user's contacts, built on first use (start-up stays fast)."""

    index: RarityIndex | None = None


SETTINGS = web.AppKey("settings", ServerSettings)
STORE = web.AppKey("store", Store)
PAIRING = web.AppKey("pairing", PairingBook)
RARITY = web.AppKey("rarity", RarityCache)
GROUND_CACHE = web.AppKey("ground_cache", GroundCache)
