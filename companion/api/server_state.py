"""What one running companion holds: its settings and the typed keys its handlers read them by."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from aiohttp import web

from companion.api.pairing import PairingBook
from companion.ground.rarity import LiveRarity
from companion.memory.capture import GroundCache
from companion.storage.store import Store


@dataclass(frozen=True)
class ServerSettings:
    data_dir: Path
    host: str = "127.0.0.1"
    port: int = 8765
    allow_remote: bool = False
    extra_hosts: tuple[str, ...] = field(default_factory=tuple)


SETTINGS = web.AppKey("settings", ServerSettings)
STORE = web.AppKey("store", Store)
PAIRING = web.AppKey("pairing", PairingBook)
RARITY = web.AppKey("rarity", LiveRarity)
GROUND_CACHE = web.AppKey("ground_cache", GroundCache)
