"""Start the companion at login: a systemd user unit on Linux, a launchd agent on macOS.

"The server is not running" is the most common complaint of every extension + local-server tool, so the
companion offers to register itself. Files are written; the service manager is asked to load them when
it is there, and the user is told the exact command otherwise.
"""

from __future__ import annotations

import os
import plistlib
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from companion.errors import CompanionError

UNIT_NAME = "rapport-companion.service"
AGENT_LABEL = "app.rapport.companion"


@dataclass
class ServiceStatus:
    platform: str
    path: Path
    installed: bool
    detail: str


def serve_command(data_dir: Path, port: int) -> list[str]:
    """The command the service runs: this interpreter, this package, this data dir."""
    return [sys.executable, "-m", "companion", "serve", "--port", str(port), "--data-dir", str(data_dir)]


def _platform() -> str:
    if sys.platform.startswith("linux"):
        return "linux"
    if sys.platform == "darwin":
        return "macos"
    raise CompanionError(
        f"Autostart is not supported on {sys.platform} yet; start the companion with `companion serve`."
    )


def unit_path() -> Path:
    config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return config / "systemd" / "user" / UNIT_NAME


def agent_path() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{AGENT_LABEL}.plist"


def systemd_unit(data_dir: Path, port: int) -> str:
    command = " ".join(shlex.quote(part) for part in serve_command(data_dir, port))
    return (
        "[Unit]\n"
        "Description=Rapport companion (local relationship memory and send guard)\n"
        "After=default.target\n\n"
        "[Service]\n"
        f"ExecStart={command}\n"
        "Restart=on-failure\n"
        "RestartSec=5\n\n"
        "[Install]\n"
        "WantedBy=default.target\n"
    )


def launchd_plist(data_dir: Path, port: int) -> bytes:
    return plistlib.dumps({
        "Label": AGENT_LABEL,
        "ProgramArguments": serve_command(data_dir, port),
        "RunAtLoad": True,
        "KeepAlive": {"SuccessfulExit": False},
        "StandardErrorPath": str(data_dir / "companion.log"),
    })


def _run(command: list[str]) -> tuple[bool, str]:
    if shutil.which(command[0]) is None:
        return False, f"`{command[0]}` is not available"
    result = subprocess.run(command, capture_output=True, text=True)
    return result.returncode == 0, (result.stderr or result.stdout).strip()


def install(data_dir: Path, port: int) -> ServiceStatus:
    """Write the unit/agent and ask the service manager to enable and start it."""
    platform = _platform()
    if platform == "linux":
        path = unit_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(systemd_unit(data_dir, port))
        steps = [["systemctl", "--user", "daemon-reload"], ["systemctl", "--user", "enable", "--now", UNIT_NAME]]
        manual = f"systemctl --user enable --now {UNIT_NAME}"
    else:
        path = agent_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(launchd_plist(data_dir, port))
        steps = [["launchctl", "load", "-w", str(path)]]
        manual = f"launchctl load -w {path}"
    for step in steps:
        ok, output = _run(step)
        if not ok:
            return ServiceStatus(platform, path, True,
                                 f"Written, but not started ({output}); start it yourself with `{manual}`.")
    return ServiceStatus(platform, path, True, "Installed; the companion now starts at login.")


def uninstall() -> ServiceStatus:
    """Stop and remove the unit/agent; fine when it was never installed."""
    platform = _platform()
    path = unit_path() if platform == "linux" else agent_path()
    if platform == "linux":
        _run(["systemctl", "--user", "disable", "--now", UNIT_NAME])
    else:
        _run(["launchctl", "unload", "-w", str(path)])
    existed = path.exists()
    path.unlink(missing_ok=True)
    return ServiceStatus(platform, path, False, "Removed." if existed else "It was not installed.")


def status() -> ServiceStatus:
    """Whether the unit/agent is installed, and what the service manager says of it."""
    platform = _platform()
    path = unit_path() if platform == "linux" else agent_path()
    if not path.exists():
        return ServiceStatus(platform, path, False, "Not installed; `companion service install` starts it at login.")
    if platform == "linux":
        ok, output = _run(["systemctl", "--user", "is-active", UNIT_NAME])
    else:
        ok, output = _run(["launchctl", "list", AGENT_LABEL])
    return ServiceStatus(platform, path, True, f"Installed; service manager says: {output or ('active' if ok else 'unknown')}.")
