"""Writes shared-schema/*.schema.json from the pydantic models (`make schema`)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from companion.models import SCHEMA_MODELS

SCHEMA_DIR = Path(__file__).resolve().parents[1] / "shared-schema"
REGENERATE = "make schema"


def render_schemas() -> dict[str, str]:
    """File name → JSON Schema text, for every wire model."""
    rendered = {}
    for name, model in SCHEMA_MODELS.items():
        schema = model.model_json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["$id"] = f"https://rapport.local/schema/{name}.schema.json"
        rendered[f"{name}.schema.json"] = json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    return rendered


def write_schemas(directory: Path = SCHEMA_DIR) -> list[Path]:
    """Write every schema, removing ones no model produces any more."""
    directory.mkdir(exist_ok=True)
    rendered = render_schemas()
    for stale in directory.glob("*.schema.json"):
        if stale.name not in rendered:
            stale.unlink()
    paths = []
    for filename, text in rendered.items():
        path = directory / filename
        path.write_text(text)
        paths.append(path)
    return paths


if __name__ == "__main__":
    for path in write_schemas():
        print(f"wrote {path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path}")
    sys.exit(0)
