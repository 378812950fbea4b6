"""How many hypothesis cases the fuzz tests run: `make fuzz` multiplies them (RAPPORT_FUZZ_SCALE=20)."""

from __future__ import annotations

import os

FUZZ_SCALE = max(1, int(os.environ.get("RAPPORT_FUZZ_SCALE", "1") or "1"))
