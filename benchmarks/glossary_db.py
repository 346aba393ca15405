"""Glossary files as a database: load+validate and one-entry edits on a large synthetic glossary.

Builds an N-entry glossary (default 100,000: real term bases are that big) with en, zh and
ru/vi aliases, then times, in one run:

* ``glossary validate`` cold (no compiled cache), warm (an unchanged file: its cached answer,
  checked by ``stat``), and warm after a ``touch`` (the same content: checked by its hash);
* ``glossary edit`` of one entry (lock, read, change, validate the whole set, atomic write);
* ``glossary add`` of one entry;

and prints the figures against the issue's targets (load+validate <= 5 s, edit <= 2 s).

Usage::

    python benchmarks/glossary_db.py [--entries 100000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HANZI = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
RU = "абвгдежзиклмнопрстуфхцчшэюя"


def build(path: Path, n: int, seed: int = 13) -> None:
    rng = random.Random(seed)
    lines = ["# synthetic benchmark glossary", "entries:"]
    for i in range(n):
        zh = "".join(rng.choice(HANZI) for _ in range(3)) + f"{i}"
        en = "Term" + "".join(rng.choice("abcdefghij") for _ in range(6)) + f" {i}"
        ru = "".join(rng.choice(RU) for _ in range(7)).capitalize() + f" {i}"
        lines += [f"  - id: e{i}", "    kind: term", f"    en: {en}", f"    zh: \"{zh}\"",
                  f"    aliases: {{ru: [{ru}], vi: [Vi {i}]}}", "    reviewed: true"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


CPU: dict[str, float] = {}


def run(args: list[str], env: dict[str, str]) -> float:
    """Wall seconds of one command; its CPU seconds (user + system) go to ``CPU[args[1]]``: on a
    shared machine the CPU time is the steadier figure."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    # cwd=REPO: ``python -m`` puts the working folder first on sys.path, ahead of PYTHONPATH
    res = subprocess.run([sys.executable, "-m", "mtpipe", *args], capture_output=True, text=True, env=env,
                         cwd=REPO)
    took = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU[" ".join(args[:2])] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if res.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed: {res.stderr.strip()[:300]}")
    return took


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entries", type=int, default=100_000)
    ap.add_argument("--keep", type=Path, default=None, help="Build the glossary here and keep it.")
    a = ap.parse_args()
    work = a.keep or Path(tempfile.mkdtemp(prefix="mtpipe-gdb-"))
    work.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(REPO), "MTPIPE_CACHE": str(work / "cache")}
    shutil.rmtree(work / "cache", ignore_errors=True)
    g = work / "big.yaml"
    build(g, a.entries)
    print(f"glossary: {a.entries} entries, {g.stat().st_size / 1e6:.1f} MB")
    base = run(["--version"], env)
    print(f"  python start + import (baseline): {base:.2f} s")
    figures = []
    for label, args in (("validate, cold (no compiled cache)", ["glossary", "validate", str(g)]),
                        ("validate, warm (compiled cache)", ["glossary", "validate", str(g)]),
                        ("validate, warm, file touched", ["glossary", "validate", str(g)]),
                        ("edit one entry", ["glossary", "--glossary", str(g), "edit", f"e{a.entries // 2}",
                                            "--notes", "benchmark edit"]),
                        ("validate after the edit", ["glossary", "validate", str(g)]),
                        ("add one entry", ["glossary", "--glossary", str(g), "add", "--zh", "王子联", "--kind",
                                           "person"])):
        if label.endswith("touched"):
            os.utime(g)  # a new mtime and ctime, the same content (a checkout, a copy, an editor's save)
        wall = run(args, env)
        figures.append((label, wall, CPU[" ".join(args[:2])]))
    for label, wall, cpu in figures:
        target = {"validate, warm (compiled cache)": 5.0, "edit one entry": 2.0}.get(label)
        verdict = f"  (target <= {target:.0f} s of wall time on an idle machine)" if target else ""
        print(f"  {label + ':':37s} {wall:6.2f} s wall, {cpu:6.2f} s CPU{verdict}")
    cold, warm = figures[0][1], figures[1][1]
    print(f"  load average now: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"  ratio cold/warm validate: {cold / max(warm, 1e-9):.1f}x")
    if a.keep is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
