"""The wheel carries every data file the package reads (configs, cleaning rules, corpora, tables)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _tracked_data_files() -> list[str]:
    try:
        out = subprocess.run(["git", "ls-files", "mtpipe"], cwd=REPO, capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    return sorted(f for f in out.stdout.splitlines() if not f.endswith(".py") and (REPO / f).is_file())


def test_wheel_holds_every_package_data_file(tmp_path):
    data = _tracked_data_files()
    assert "mtpipe/configs/default.toml" in data and "mtpipe/configs/clean/default.toml" in data
    # build from a copy of the tracked files: no stale build/ folder, nothing written into the checkout
    src = tmp_path / "src"
    files = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True).stdout.split("\n")
    for f in filter(None, files):
        if (REPO / f).is_file():
            (src / f).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / f, src / f)
    res = subprocess.run([sys.executable, "-m", "pip", "wheel", str(src), "--no-deps", "--no-build-isolation",
                          "-q", "-w", str(tmp_path / "dist")], capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr[-2000:]
    names = set(zipfile.ZipFile(next((tmp_path / "dist").glob("mtpipe-*.whl"))).namelist())
    assert [f for f in data if f not in names] == []
