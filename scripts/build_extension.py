"""Build the browser extension for Chrome and Firefox from the one source in extension/.

    python scripts/build_extension.py            # dist/chrome, dist/firefox and their zips
    python scripts/build_extension.py --target chrome --no-zip

Both builds are Manifest V3 and share every file; only the manifest differs: Chrome gets a background
service worker and `side_panel`, Firefox gets background scripts, `sidebar_action`, a gecko id and the
data-collection declaration AMO requires. The manifest is written here, once, so the two cannot drift.
Each content-script entry ships as one file, its scripts joined in order.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import struct
import sys
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "extension"
DIST = ROOT / "dist"
TARGETS = ("chrome", "firefox")
GECKO_ID = "rapport@rapport.local"

# Where capture runs. Mastodon instances are added at runtime (optional host permission +
# scripting.registerContentScripts), because every instance has its own host.
CAPTURE_SITES = [
    # www. and the country hosts (se., uk., de.linkedin.com...) that show the same public profiles;
    # profile_urls.js reads only www., the bare host and two-letter country hosts among them.
    "https://*.linkedin.com/*",
    "https://x.com/*",
    "https://twitter.com/*",
    "https://bsky.app/*",
    "https://github.com/*",
]
GUARD_SITES = ["https://www.linkedin.com/*", "https://x.com/*", "https://twitter.com/*"]
COMPANION_HOSTS = ["http://127.0.0.1/*", "http://localhost/*"]

# Content scripts are classic scripts sharing one isolated world: the helper comes first.
HELPER = "src/content/rapport.js"
CAPTURE_SCRIPTS = [
    HELPER,
    "src/content/profile_urls.js",
    "src/content/site_selectors.js",
    "src/content/snapshot.js",
    "src/content/features/capture.js",
    "src/content/run_features.js",
]
GUARD_SCRIPTS = [
    "src/guard/composers.js",
    "src/guard/guard_view.js",
    "src/guard/guard_switch.js",
    "src/guard/guard.js",
    "src/guard/indicator.js",
]
GUARD_CSS = "src/guard/guard.css"
# Each entry ships as one file, its scripts joined in order: every file a browser evaluates on a page
# costs its own compile and run set-up (about 0.03 ms a file on a profile view), and capture has six.
CAPTURE_BUNDLE = "src/content/capture.bundle.js"
GUARD_BUNDLE = "src/guard/guard.bundle.js"

BACKGROUND = "src/background/background.js"
PANEL = "src/panel/panel.html"
SETUP = "src/setup/setup.html"
ICON_SIZES = (16, 32, 48, 128)

# Never shipped: tests and editor/OS litter.
EXCLUDED_PARTS = {"test", "node_modules", ".DS_Store"}


def version() -> str:
    """The companion's version from pyproject.toml, so extension and companion ship in step."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^version\s*=\s*"([^"]+)"', text, re.MULTILINE)
    return match.group(1) if match else "0.1.0"


def manifest(target: str, source: Path = SOURCE) -> dict:
    """The manifest for one browser."""
    # The guard is self-contained (it does not use the capture helper).
    guard_entry: dict = {
        "matches": GUARD_SITES,
        "js": [GUARD_BUNDLE],
        "run_at": "document_start",
        "all_frames": False,
    }
    if (source / GUARD_CSS).is_file():
        guard_entry["css"] = [GUARD_CSS]
    content_scripts = [
        guard_entry,
        {"matches": CAPTURE_SITES, "js": [CAPTURE_BUNDLE], "run_at": "document_idle", "all_frames": False},
    ]
    icons = {str(size): f"src/icons/icon-{size}.png" for size in ICON_SIZES}
    common: dict = {
        "manifest_version": 3,
        "name": "Rapport",
        "short_name": "Rapport",
        "version": version(),
        "description": (
            "Common ground, conversation starters and a send guard for the people you meet online. "
            "Everything stays on your computer."
        ),
        "icons": icons,
        "permissions": ["storage", "alarms", "scripting"],
        "host_permissions": COMPANION_HOSTS,
        "optional_host_permissions": ["https://*/*"],
        "content_scripts": content_scripts,
        "options_ui": {"page": SETUP, "open_in_tab": True},
        "action": {"default_title": "Rapport", "default_icon": icons},
    }
    if target == "chrome":
        common["permissions"] = common["permissions"] + ["sidePanel"]
        common["background"] = {"service_worker": BACKGROUND, "type": "module"}
        common["side_panel"] = {"default_path": PANEL}
        common["minimum_chrome_version"] = "116"
        # Chrome 148+: messages are structured clones, as in Firefox, instead of JSON. A profile snapshot
        # (150 KB of markup) then costs the page's main thread a copy, not a JSON encoding (about 2 ms).
        # Older versions ignore the key and keep JSON; every message is plain data either way.
        common["message_serialization"] = "structured_clone"
    elif target == "firefox":
        common["background"] = {"scripts": [BACKGROUND], "type": "module"}
        common["sidebar_action"] = {
            "default_panel": PANEL,
            "default_title": "Rapport",
            "default_icon": icons,
            "open_at_install": False,
        }
        common["browser_specific_settings"] = {
            "gecko": {
                "id": GECKO_ID,
                "strict_min_version": "142.0",
                "data_collection_permissions": {"required": ["none"]},
            }
        }
    else:
        raise ValueError(f"Unknown target {target!r}; choose one of {', '.join(TARGETS)}.")
    return common


def _png(size: int) -> bytes:
    """A small round icon (a filled circle with a lighter ring), drawn without an image library."""
    centre = (size - 1) / 2
    rows = []
    for y in range(size):
        row = bytearray([0])  # filter byte: none
        for x in range(size):
            d = ((x - centre) ** 2 + (y - centre) ** 2) ** 0.5 / (size / 2)
            if d <= 0.55:
                row += bytes((255, 255, 255, 255))
            elif d <= 0.98:
                row += bytes((37, 99, 235, 255))
            else:
                row += bytes((0, 0, 0, 0))
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def _join_scripts(out: Path, bundle: str, parts: list[str]) -> None:
    """Replace an entry's classic scripts in the build by one file holding them in order (each is an IIFE)."""
    text = "".join(
        f"// ---- {part} ----\n{(out / part).read_text(encoding='utf-8').rstrip()}\n;\n" for part in parts
    )
    (out / bundle).write_text(text, encoding="utf-8")
    for part in parts:
        (out / part).unlink()
        folder = (out / part).parent
        if not any(folder.iterdir()):
            folder.rmdir()


def build(target: str, dist: Path = DIST, zip_it: bool = True) -> Path:
    """Write dist/<target> (and dist/rapport-<target>.zip); returns the unpacked directory."""
    out = dist / target
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for path in sorted((SOURCE / "src").rglob("*")):
        relative = path.relative_to(SOURCE)
        if path.is_dir() or EXCLUDED_PARTS.intersection(relative.parts):
            continue
        destination = out / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, destination)
    icons = out / "src" / "icons"
    icons.mkdir(parents=True, exist_ok=True)
    for size in ICON_SIZES:
        (icons / f"icon-{size}.png").write_bytes(_png(size))
    missing = [s for s in CAPTURE_SCRIPTS + GUARD_SCRIPTS + [BACKGROUND, PANEL, SETUP] if not (out / s).is_file()]
    if missing:
        raise SystemExit(f"The extension source is missing {', '.join(missing)}; restore it and build again.")
    for bundle, parts in ((CAPTURE_BUNDLE, CAPTURE_SCRIPTS), (GUARD_BUNDLE, GUARD_SCRIPTS)):
        _join_scripts(out, bundle, parts)
    (out / "manifest.json").write_text(json.dumps(manifest(target), indent=2) + "\n", encoding="utf-8")
    if zip_it:
        archive = dist / f"rapport-{target}.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(out.rglob("*")):
                if path.is_file():
                    zf.write(path, path.relative_to(out).as_posix())
    return out


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--target", choices=TARGETS + ("all",), default="all")
    parser.add_argument("--dist", type=Path, default=DIST, help="output directory (default: dist/)")
    parser.add_argument("--no-zip", action="store_true", help="skip the zip files")
    args = parser.parse_args(argv)
    targets = TARGETS if args.target == "all" else (args.target,)
    for target in targets:
        out = build(target, args.dist, zip_it=not args.no_zip)
        print(f"Built {target}: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
