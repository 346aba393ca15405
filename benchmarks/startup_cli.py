"""What a small job costs from the command line, start-up included: ``mtpipe translate`` of one small file.

Runs ``python -m mtpipe translate`` with the tiny test models (``--workers 1``, the starter glossary, ``--to
en,zh``) on one short Russian page with a Chinese name, for this checkout and ``--baseline`` in turn
(alternated, ``--runs`` each), and prints each process's CPU seconds (user + system of the process and
its children, from ``wait4``), the least and median per checkout and their ratio.  Everything a fresh
process pays is in it: imports, the job prepared, the stages warmed, one document, the outputs written.

Both checkouts share one per-user cache (``$MTPIPE_CACHE``, a fresh folder for the run); a first,
untimed run of each fills it, as a user's first job does.  ``--cold`` gives every run an empty cache
instead (what the first job after an upgrade pays).  Each side reports the ``mtpipe`` it imported.

    python benchmarks/startup_cli.py --baseline /work/main --runs 6
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

PAGE = ("Губернатор провинции Лю Гоцзюнь провёл совещание в Харбине.\n\n"
        "Мэр Чжан Вэйминь посетил новый завод и встретился с рабочими. Завод выпускает детали для машин.\n")


def _one(lib: Path, config: Path, src: Path, out: Path, cache: Path) -> float:
    env = dict(os.environ, PYTHONPATH=str(lib), MTPIPE_CACHE=str(cache))
    cmd = [sys.executable, "-c", "import sys, mtpipe; from mtpipe.cli import main; "
           f"assert mtpipe.__file__.startswith({str(lib)!r}), mtpipe.__file__; sys.argv[0] = 'mtpipe'; main()",
           "translate", str(src), "-o", str(out), "--config", str(config), "--to", "en,zh", "--workers", "1"]
    proc = subprocess.Popen(cmd, env=env, cwd=src.parent, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"{lib}: exit {proc.returncode}\n{err[-3000:]}")
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    from ray_fanout import _tiny_models

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--baseline", type=Path, required=True, help="another checkout (its root folder)")
    ap.add_argument("--runs", type=int, default=5, help="timed runs per checkout (alternated)")
    ap.add_argument("--cold", action="store_true", help="an empty per-user cache for every run")
    a = ap.parse_args()
    config = _tiny_models()
    libs = {"baseline": a.baseline.resolve(), "this": REPO}
    with tempfile.TemporaryDirectory(prefix="mtpipe-startup-") as tmp:
        work = Path(tmp)
        src = work / "in"
        src.mkdir()
        (src / "page.txt").write_text(PAGE, encoding="utf-8")
        shared = work / "cache"
        n = 0

        def run(side: str) -> float:
            nonlocal n
            n += 1
            cache = work / f"cache-{n}" if a.cold else shared
            return _one(libs[side], config, src, work / f"out-{n}", cache)

        if not a.cold:
            for side in libs:
                run(side)  # fills the shared cache, untimed
        got: dict[str, list[float]] = {side: [] for side in libs}
        for i in range(a.runs):
            for side in (("baseline", "this") if i % 2 == 0 else ("this", "baseline")):
                got[side].append(run(side))
    print(f"mtpipe translate, one page, tiny models, --workers 1 ({'cold' if a.cold else 'warm'} per-user cache); "
          f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for side, lib in libs.items():
        xs = got[side]
        print(f"  {side:8} {lib}: CPU-s least {min(xs):.3f}  median {statistics.median(xs):.3f}  "
              f"runs {' '.join(f'{x:.3f}' for x in xs)}")
    b, t = got["baseline"], got["this"]
    print(f"  ratio baseline/this: least {min(b) / min(t):.2f}  median {statistics.median(b) / statistics.median(t):.2f}")


if __name__ == "__main__":
    main()
