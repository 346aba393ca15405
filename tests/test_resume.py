"""Resumable jobs: SIGKILL a running job at several points, re-run, compare with an uninterrupted run."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def _corpus(seeds_dir: Path, dst: Path, n: int = 10) -> None:
    seeds = sorted(seeds_dir.glob("*.txt"))
    for i in range(n):
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        sub = dst / f"part{i % 3}"
        sub.mkdir(parents=True, exist_ok=True)
        # vary the documents so each has its own segments
        (sub / f"doc{i:02d}.txt").write_text(f"Документ номер {i}.\n\n" + text, encoding="utf-8")


def _cmd(src: Path, out: Path, config: Path, repo: Path) -> list[str]:
    gloss = src.parent / "glossaries"  # a private copy: the same glossary for every run of a test
    if not gloss.exists():
        import shutil

        shutil.copytree(repo / "glossaries", gloss)
    return [sys.executable, "-m", "mtpipe.cli", "translate", str(src), "-o", str(out), "--config", str(config),
            "--glossary", str(gloss), "--window", "2", "--format", "jsonl,tmx,text,html"]


def _snapshot(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and ".mtpipe" not in p.parts and p.name != "report.json"}


def _done_lines(out: Path) -> int:
    state = out / ".mtpipe" / "state.jsonl"
    return len(state.read_text(encoding="utf-8").splitlines()) if state.exists() else 0


@pytest.mark.parametrize("kill_after_docs", [0, 3, 7])
def test_kill_and_resume_gives_identical_outputs(tmp_path, tiny_models, seeds_dir, repo_root, kill_after_docs):
    src = tmp_path / "in"
    _corpus(seeds_dir, src)
    ref = tmp_path / "ref"
    subprocess.run(_cmd(src, ref, tiny_models, repo_root), check=True, capture_output=True)
    out = tmp_path / "out"
    proc = subprocess.Popen(_cmd(src, out, tiny_models, repo_root), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 120
    while _done_lines(out) < kill_after_docs and proc.poll() is None and time.time() < deadline:
        time.sleep(0.01)
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = _done_lines(out)
    res = subprocess.run(_cmd(src, out, tiny_models, repo_root), capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert _snapshot(out) == _snapshot(ref)
    import json

    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["counts"]["documents"]["failed"] == 0
    # what the first run finished was not translated again
    assert report["counts"]["documents"].get("skipped", report["counts"]["documents"].get("resumed")) == done_before


def test_changed_input_is_translated_again(tmp_path, tiny_models, seeds_dir, repo_root):
    import json

    src = tmp_path / "in"
    _corpus(seeds_dir, src, n=3)
    out = tmp_path / "out"
    subprocess.run(_cmd(src, out, tiny_models, repo_root), check=True, capture_output=True)
    target = src / "part1" / "doc01.txt"
    target.write_text("Мэр Ван Цзылянь посетил Чанчунь.\n", encoding="utf-8")
    subprocess.run(_cmd(src, out, tiny_models, repo_root), check=True, capture_output=True)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    docs = report["counts"]["documents"]
    assert docs.get("skipped", docs.get("resumed")) == 2
    recs = (out / "part1" / "doc01.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(recs[0])["source"] == "Мэр Ван Цзылянь посетил Чанчунь."
