"""The tree's one rule: between companion's packages, imports run one way only.

Lowest first: the base modules (models, errors, gc_pause), storage, parsers, guard, ground, memory, api,
cli. A module may import from its own layer and the layers below it, never from one above. Imports
inside functions count too: a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

COMPANION = Path(__file__).resolve().parents[1] / "companion"
LAYERS = ("base", "storage", "parsers", "guard", "ground", "memory", "api", "cli")
PACKAGES = set(LAYERS) - {"base"}


def layer_of(module: str) -> str:
    """The layer a dotted module name under `companion` belongs to."""
    parts = module.split(".")
    assert parts[0] == "companion", module
    if len(parts) == 1:
        return "base"
    if parts[1] == "__main__":
        return "cli"  # the entry point runs the CLI
    return parts[1] if parts[1] in PACKAGES else "base"


def module_name(path: Path) -> str:
    rel = path.relative_to(COMPANION.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(source: str, module: str, is_package: bool) -> list[tuple[int, str]]:
    """Every `companion...` module the source imports, with its line, relative imports resolved."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".") if is_package else module.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            # `from companion import guard` names a package: judge each imported name as a module.
            if target == "companion":
                found += [(node.lineno, f"companion.{alias.name}") for alias in node.names]
            else:
                found.append((node.lineno, target))
    return [(line, name) for line, name in found if name == "companion" or name.startswith("companion.")]


def upward_imports(source: str, module: str, is_package: bool = False) -> list[str]:
    """The imports in `source` that reach a layer above `module`'s, as readable sentences."""
    rank = LAYERS.index(layer_of(module))
    return [f"{module} (line {line}) imports {target}, a layer above it ({layer_of(target)} > {layer_of(module)})"
            for line, target in imported_modules(source, module, is_package)
            if LAYERS.index(layer_of(target)) > rank]


def test_every_package_of_the_tree_is_a_known_layer():
    folders = {p.name for p in COMPANION.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert folders == PACKAGES, "add the new package to LAYERS (in its place) and to the README's tree"


def test_imports_between_packages_run_one_way_only():
    problems = []
    for path in sorted(COMPANION.rglob("*.py")):
        problems += upward_imports(path.read_text(encoding="utf-8"), module_name(path), path.name == "__init__.py")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("source", [
    "from companion.api.routes import ROUTES",
    "def later():\n    from companion.memory import people\n",
    "import companion.cli",
    "from companion import memory",
    "from ..memory.people import resolve_person",
])
def test_an_upward_import_is_caught(source):
    assert upward_imports(source, "companion.ground.starters")


@pytest.mark.parametrize("source", [
    "from companion.models import Profile",
    "from companion.guard import pitch_guard",
    "from .rarity import RarityIndex",
    "from companion.storage.store import Store",
])
def test_a_downward_or_sideways_import_is_allowed(source):
    assert not upward_imports(source, "companion.ground.starters")


def test_every_package_says_what_it_owns_and_may_import():
    for package in PACKAGES:
        doc = ast.get_docstring(ast.parse((COMPANION / package / "__init__.py").read_text(encoding="utf-8")))
        assert doc and "import" in doc, f"companion/{package}/__init__.py needs a docstring saying what it may import"


def test_the_readme_tree_names_every_package_and_module():
    readme = (COMPANION.parent / "README.md").read_text(encoding="utf-8")
    tree = readme.split("The tree shows the architecture", 1)[1].split("```")[1]
    for path in sorted(COMPANION.rglob("*.py")):
        if path.name in {"__init__.py", "__main__.py"}:
            continue
        assert path.stem in tree, f"the README's tree does not name {path.relative_to(COMPANION.parent)}"
    for package in PACKAGES:
        assert f"  {package}/" in tree, f"the README's tree does not show companion/{package}/"
