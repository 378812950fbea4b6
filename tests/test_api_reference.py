"""docs/api.md names every route the companion serves, and no route it does not serve."""

from __future__ import annotations

import re
from pathlib import Path

from companion.api.routes import ROUTES

API_PAGE = Path(__file__).resolve().parents[1] / "docs" / "api.md"


def test_the_api_page_lists_exactly_the_routes_served() -> None:
    documented = set(re.findall(r"^\| `(GET|POST|PUT|PATCH|DELETE) (/v1/[^`]*)` \|", API_PAGE.read_text(), re.M))
    served = {(route.method, route.path) for route in ROUTES}
    assert served - documented == set(), "served but not in docs/api.md"
    assert documented - served == set(), "in docs/api.md but not served"
