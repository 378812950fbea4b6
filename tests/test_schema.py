"""shared-schema/ is generated from the pydantic models and must not drift from them."""

from __future__ import annotations

from companion.schema import REGENERATE, SCHEMA_DIR, render_schemas


def test_committed_schemas_match_the_models() -> None:
    rendered = render_schemas()
    on_disk = {p.name: p.read_text() for p in SCHEMA_DIR.glob("*.schema.json")}
    stale = sorted(set(on_disk) - set(rendered))
    missing = sorted(set(rendered) - set(on_disk))
    drifted = sorted(name for name in rendered if name in on_disk and on_disk[name] != rendered[name])
    assert not (stale or missing or drifted), (
        f"shared-schema/ is out of date (missing {missing}, drifted {drifted}, stale {stale}); "
        f"run `{REGENERATE}` and commit the result."
    )


def test_the_contract_shapes_have_their_promised_fields() -> None:
    import json

    rendered = {name: json.loads(text) for name, text in render_schemas().items()}
    profile = set(rendered["profile.schema.json"]["properties"])
    assert {"site", "url", "name", "handle", "headline", "location", "about", "experience", "education", "skills",
            "languages", "interests", "volunteering", "websites", "followers", "connections", "posts",
            "joined"} <= profile
    verdict = rendered["verdict.schema.json"]["properties"]
    assert {"verdict", "score", "ask", "stage", "reasons", "suggestions"} <= set(verdict)
    common = rendered["common_ground.schema.json"]
    assert {"score", "tier", "commonalities"} <= set(common["properties"])
    error = rendered["error.schema.json"]["properties"]
    assert set(error) == {"ok", "error", "status"}
