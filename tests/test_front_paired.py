"""benchmarks/front_paired.py runs both sides in turn and prints the paired figures (a smoke test)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_front_paired_prints_both_sides(tmp_path):
    got = subprocess.run([sys.executable, str(REPO / "benchmarks" / "front_paired.py"), "--baseline", str(REPO),
                          "--passes", "2", "--per-process", "1", "--docs", "4", "--work", str(tmp_path)],
                         capture_output=True, text=True, timeout=600, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert got.returncode == 0, got.stderr[-2000:]
    out = got.stdout
    assert "2 passes per side in 2 process pairs" in out  # both sides started afresh for the second pass
    for part in ("front", "back"):
        line = next(ln for ln in out.splitlines() if ln.strip().startswith(part + ":"))
        assert "baseline least" in line and "per pair: median" in line
        assert len(line.split("per process pair:")[1].split()) == 2
    assert "first pass of each process: baseline median" in out
    assert not any(tmp_path.iterdir())  # its corpus removed


def test_front_paired_measures_each_sides_own_checkout(tmp_path):
    # a second checkout (a copy of this one's package and benchmark helpers): the baseline side must import
    # mtpipe from it, not from the checkout the script lives in (both sides once measured the same code)
    base = tmp_path / "base"
    shutil.copytree(REPO / "mtpipe", base / "mtpipe", ignore=shutil.ignore_patterns("__pycache__"))
    work = tmp_path / "work"
    work.mkdir()
    got = subprocess.run([sys.executable, str(REPO / "benchmarks" / "front_paired.py"), "--baseline", str(base),
                          "--passes", "1", "--docs", "3", "--work", str(work)],
                         capture_output=True, text=True, timeout=600, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert got.returncode == 0, got.stderr[-2000:]
    lines = got.stdout.splitlines()
    assert f"baseline: mtpipe at {base.resolve()} " in "\n".join(lines) + " "
    assert any(ln.startswith(f"this: mtpipe at {REPO} ") for ln in lines)
