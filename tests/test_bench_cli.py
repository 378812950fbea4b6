"""Every benchmark script teaches with --help and stops there, before generating or measuring anything."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
SCRIPTS = sorted(path.name for path in BENCH.glob("*.py") if path.name != "report.py")


def test_every_script_is_listed():
    assert {"run_all.py", "dataset.py", "bench_extension.py", "bench_http.py", "bench_import.py"} <= set(SCRIPTS)


@pytest.mark.parametrize("script", SCRIPTS)
def test_help_describes_the_benchmark_and_does_no_work(script, tmp_path):
    done = subprocess.run([sys.executable, str(BENCH / script), "--help"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: ")
    assert len(done.stdout.splitlines()) > 2, "the usage line comes with what the script measures"
    assert list(tmp_path.iterdir()) == [], "nothing was generated"
