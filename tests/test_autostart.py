"""`companion service`: a login service that runs this companion on this data dir."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from companion.api import autostart
from companion.cli import main

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux unit is tested on Linux")


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    # No service manager in the test: the command must still write the unit and say how to start it.
    monkeypatch.setattr(autostart.shutil, "which", lambda name: None)
    return tmp_path / "config"


def test_install_writes_a_user_unit_that_serves_this_data_dir(config_home: Path, data_dir: Path) -> None:
    result = CliRunner().invoke(main, ["service", "install", "--port", "8799", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    unit = (config_home / "systemd" / "user" / autostart.UNIT_NAME).read_text()
    assert report["installed"] is True and "systemctl --user enable --now" in report["detail"]
    assert f"--data-dir {data_dir.absolute()}" in unit and "--port 8799" in unit
    assert sys.executable in unit and "Restart=on-failure" in unit and "WantedBy=default.target" in unit


def test_status_and_uninstall_follow_the_unit(config_home: Path, data_dir: Path) -> None:
    runner = CliRunner()
    assert "Not installed" in runner.invoke(main, ["service", "status"]).output
    runner.invoke(main, ["service", "install"])
    assert "Installed" in runner.invoke(main, ["service", "status"]).output
    removed = runner.invoke(main, ["service", "uninstall"])
    assert removed.exit_code == 0 and "Removed." in removed.output
    assert not (config_home / "systemd" / "user" / autostart.UNIT_NAME).exists()
    assert "not installed" in runner.invoke(main, ["service", "uninstall"]).output


def test_the_macos_agent_runs_the_same_command(data_dir: Path) -> None:
    import plistlib

    plist = plistlib.loads(autostart.launchd_plist(data_dir, 8765))
    assert plist["ProgramArguments"] == autostart.serve_command(data_dir, 8765)
    assert plist["RunAtLoad"] is True
