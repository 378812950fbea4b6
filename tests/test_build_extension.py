"""The extension build: one source, a manifest per browser, both loadable (checked in real browsers in
tests/browser/)."""

from __future__ import annotations

import importlib.util
import json
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("build_extension", ROOT / "scripts" / "build_extension.py")
build_extension = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_extension)


def test_chrome_build_has_a_service_worker_and_a_side_panel(tmp_path):
    out = build_extension.build("chrome", tmp_path)
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["manifest_version"] == 3
    assert manifest["background"] == {"service_worker": "src/background/background.js", "type": "module"}
    assert manifest["side_panel"]["default_path"] == "src/panel/panel.html"
    assert "sidePanel" in manifest["permissions"]
    assert "browser_specific_settings" not in manifest
    # Messages are structured clones (Chrome 148+), as in Firefox: a snapshot is copied, not JSON-encoded.
    assert manifest["message_serialization"] == "structured_clone"
    assert (tmp_path / "rapport-chrome.zip").is_file()


def test_firefox_build_has_background_scripts_a_sidebar_and_the_data_declaration(tmp_path):
    out = build_extension.build("firefox", tmp_path)
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["background"] == {"scripts": ["src/background/background.js"], "type": "module"}
    assert manifest["sidebar_action"]["default_panel"] == "src/panel/panel.html"
    gecko = manifest["browser_specific_settings"]["gecko"]
    assert gecko["id"] and gecko["data_collection_permissions"] == {"required": ["none"]}
    assert "sidePanel" not in manifest["permissions"]
    assert "message_serialization" not in manifest  # Firefox always clones; the key would be unknown there
    names = zipfile.ZipFile(tmp_path / "rapport-firefox.zip").namelist()
    assert "manifest.json" in names and not [n for n in names if "/test/" in n]


def test_both_builds_reach_only_the_local_companion_and_run_capture_on_the_five_sites(tmp_path):
    for target in build_extension.TARGETS:
        manifest = build_extension.manifest(target)
        assert manifest["host_permissions"] == ["http://127.0.0.1/*", "http://localhost/*"]
        assert manifest["options_ui"]["page"] == "src/setup/setup.html"
        capture = [cs for cs in manifest["content_scripts"] if build_extension.CAPTURE_BUNDLE in cs["js"]]
        assert len(capture) == 1
        assert capture[0]["js"] == [build_extension.CAPTURE_BUNDLE]
        assert set(capture[0]["matches"]) == {
            "https://*.linkedin.com/*",  # www. and the country hosts (se., uk., ...) of public profiles
            "https://x.com/*",
            "https://twitter.com/*",
            "https://bsky.app/*",
            "https://github.com/*",
        }


def test_the_send_guard_runs_at_document_start_on_linkedin_and_x(tmp_path):
    manifest = build_extension.manifest("chrome")
    guard = [cs for cs in manifest["content_scripts"] if build_extension.GUARD_BUNDLE in cs["js"]]
    assert len(guard) == 1
    assert guard[0]["js"] == [build_extension.GUARD_BUNDLE]
    assert guard[0]["run_at"] == "document_start" and guard[0]["all_frames"] is False
    assert set(guard[0]["matches"]) == {"https://www.linkedin.com/*", "https://x.com/*", "https://twitter.com/*"}


def test_every_file_the_manifest_names_is_in_the_build(tmp_path):
    for target in build_extension.TARGETS:
        out = build_extension.build(target, tmp_path / target, zip_it=False)
        manifest = json.loads((out / "manifest.json").read_text())
        named = [f for cs in manifest["content_scripts"] for f in cs["js"] + cs.get("css", [])]
        named += [manifest["options_ui"]["page"], *manifest["icons"].values()]
        background = manifest["background"]
        named += background.get("scripts", []) + (
            [background["service_worker"]] if "service_worker" in background else []
        )
        assert not [f for f in named if not (out / f).is_file()], target


def test_each_content_script_entry_ships_as_one_file_holding_its_scripts_in_order(tmp_path):
    out = build_extension.build("chrome", tmp_path, zip_it=False)
    for bundle, parts in ((build_extension.CAPTURE_BUNDLE, build_extension.CAPTURE_SCRIPTS),
                          (build_extension.GUARD_BUNDLE, build_extension.GUARD_SCRIPTS)):
        text = (out / bundle).read_text(encoding="utf-8")
        sources = [(build_extension.SOURCE / part).read_text(encoding="utf-8").rstrip() for part in parts]
        positions = [text.index(source) for source in sources]
        assert positions == sorted(positions), bundle
        assert not [part for part in parts if (out / part).exists()], "the joined scripts are not shipped twice"
    # The background registers the same capture file on the user's Mastodon instances.
    mastodon = (build_extension.SOURCE / "src/background/mastodon_scripts.js").read_text(encoding="utf-8")
    assert f'"{build_extension.CAPTURE_BUNDLE}"' in mastodon
