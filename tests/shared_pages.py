"""Where the real saved pages live (../shared, beside the project), and how tests read them."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REAL = SHARED / "fixtures" / "real"
COMPOSERS = SHARED / "fixtures" / "composers"
OWN_FIXTURES = Path(__file__).resolve().parent / "fixtures"


def real_page(relative: str) -> str:
    """The text of a real saved page from ../shared/fixtures/real, or a clean skip when it is absent."""
    path = REAL / relative
    if not path.is_file():
        pytest.skip(f"../shared/fixtures/real/{relative} is not available")
    return path.read_text(encoding="utf-8", errors="replace")
