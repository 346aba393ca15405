"""What a fresh process pays to clean and segment its first documents: one short Vietnamese page, one Russian.

Each run is a new Python process that imports the cleaner and the segmenter, makes them, warms the cleaner as a
job does (``Cleaner.warm()``: the spam layers' tables; ``--no-warm``: the tables are read when a text first needs
them), then cleans and segments the two pages (the Vietnamese one has a pasted gambling token, as scraped pages do,
so the spam layers weigh it).  Its CPU seconds (user + system, from ``wait4``: interpreter start, imports, tables,
the two documents) are printed per side, with the least and median and each side's ratio against the baseline:

- ``baseline``: this checkout with the cleaner's table cache off (:data:`mtpipe.clean.table_cache.ENABLED` false:
  every table built from its shipped rows, as before perf51);
- ``this``: this checkout as shipped (the tables read back from the per-user cache);
- ``--baseline DIR``: another checkout as well (e.g. ``/work/main``).

The sides are alternated run by run.  All share one fresh per-user cache (``$MTPIPE_CACHE``: py3langid's model and
the tables), filled by an untimed run of each side first, as a user's earlier job would; bytecode is written to a
fresh folder by that untimed run too (``PYTHONPYCACHEPREFIX``), as an installed package has it.  Each child also
prints its own split (import, warm-up, each page) and the segments' digest, which must be the same on every side.

    python benchmarks/startup.py --runs 5 [--baseline /work/main] [--no-warm]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

VI = ("Thủ tướng Phạm Minh Chính chủ trì hội nghị tại Hà Nội sáng nay.\n\n"
      "Theo báo cáo, kinh tế tăng trưởng 6,5% trong quý ba. Nhiều doanh nghiệp mở rộng sản xuất và tuyển thêm lao động.\n\n"
      "Người dân đến xem trận đấu kubet88 tại sân Mỹ Đình rất đông.\n\n"
      "Chia sẻ Facebook | Bình luận (3)\n")
RU = ("Губернатор провинции провёл совещание в Хабаровске.\n\n"
      "По словам министра, экономика выросла на 3,5% в третьем квартале. Многие предприятия расширили производство.\n\n"
      "Поделиться ВКонтакте | Комментарии (3)\n")

#: the child: times its own steps, prints them and a digest of what the front produced
CHILD = r"""
import hashlib, json, sys, time
T = time.process_time
t0 = T()
import mtpipe
assert mtpipe.__file__.startswith(sys.argv[1]), mtpipe.__file__
from mtpipe.clean import Cleaner
from mtpipe.document import Document
from mtpipe.segment import Segmenter
if sys.argv[2] == "off":
    from mtpipe.clean import table_cache
    table_cache.ENABLED = False
t1 = T()
cleaner, segmenter = Cleaner(), Segmenter()
if sys.argv[3] == "warm":
    cleaner.warm()
t2 = T()
pages, steps = json.loads(sys.stdin.read()), []
out = []
for text in pages:
    a = T()
    doc = segmenter(cleaner(Document.from_text(text)))
    steps.append(T() - a)
    out.append([doc.text, [[e.rule, e.start, e.end] for e in doc.ledger],
                [[s.start, s.end, s.src_lang, list(s.flags)] for s in doc.segments]])
print(json.dumps({"import": t1 - t0, "warm": t2 - t1, "pages": steps,
                  "digest": hashlib.sha256(json.dumps(out, ensure_ascii=False).encode()).hexdigest()[:16]}))
"""


def _one(lib: Path, mode: str, cache: Path, pycache: Path, warm: bool) -> tuple[float, dict]:
    """One fresh process on checkout ``lib`` (``mode``: the table cache ``on`` or ``off``): its CPU-s and its report."""
    assert cache.is_absolute() and pycache.is_absolute()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPATH=str(lib), MTPIPE_CACHE=str(cache), PYTHONPYCACHEPREFIX=str(pycache), OMP_NUM_THREADS="1")
    cmd = [sys.executable, "-c", CHILD, str(lib), mode, "warm" if warm else "lazy"]
    proc = subprocess.Popen(cmd, env=env, cwd=lib, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    proc.stdin.write(json.dumps([VI, RU]).encode())
    proc.stdin.close()
    out = proc.stdout.read().decode()
    err = proc.stderr.read().decode(errors="replace")
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{lib} ({mode}): failed\n{err[-3000:]}")
    return usage.ru_utime + usage.ru_stime, json.loads(out.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5, help="timed runs per side (alternated)")
    ap.add_argument("--baseline", type=Path, help="another checkout (its root folder), measured as well")
    ap.add_argument("--no-warm", action="store_true", help="no Cleaner.warm(): tables read when first needed")
    a = ap.parse_args(argv)
    sides: dict[str, tuple[Path, str]] = {"baseline": (REPO, "off"), "this": (REPO, "on")}
    if a.baseline:
        sides["other"] = (a.baseline.resolve(), "on")
    got: dict[str, list[tuple[float, dict]]] = {s: [] for s in sides}
    with tempfile.TemporaryDirectory(prefix="mtpipe-startup-") as tmp:
        cache, pycache = Path(tmp) / "cache", Path(tmp) / "pycache"
        order = list(sides)
        for side in ("this", *[s for s in order if s != "this"]):  # untimed: caches and bytecode written
            _one(*sides[side], cache, pycache, not a.no_warm)
        for i in range(a.runs):
            for side in (order if i % 2 == 0 else order[::-1]):
                got[side].append(_one(*sides[side], cache, pycache, not a.no_warm))
    print(f"fresh process: import, Cleaner + Segmenter{'' if a.no_warm else ', Cleaner.warm()'}, one Vietnamese and "
          f"one Russian page cleaned and segmented; CPU-s (wait4); load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    base = statistics.median(c for c, _ in got["baseline"])
    for side, runs in got.items():
        cpu = [c for c, _ in runs]
        med = lambda k: statistics.median(r[k] for _, r in runs)  # noqa: E731
        pages = [statistics.median(r["pages"][j] for _, r in runs) for j in range(2)]
        lib, mode = sides[side]
        print(f"  {side:8} {str(lib)} (table cache {mode}): least {min(cpu):.3f}  median {statistics.median(cpu):.3f}"
              f"  baseline/this {base / statistics.median(cpu):.2f}x  | import {med('import'):.3f}"
              f"  warm {med('warm'):.3f}  vi page {pages[0]:.3f}  ru page {pages[1]:.3f}"
              f"  digest {sorted({r['digest'] for _, r in runs})}")
    digests = {r["digest"] for runs in got.values() for _, r in runs}
    print("  outputs: " + ("the same on every side" if len(digests) == 1 else f"DIFFER {sorted(digests)}"))


if __name__ == "__main__":
    main()
