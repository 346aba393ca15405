"""The front (and back) stages of two mtpipe checkouts, pass by pass in turn: a paired A/B.

**This measures mtpipe, not a model** (the zero-cost translator of ``pipeline_ceiling.py``, its corpus and
job).  On a shared machine the same code's CPU seconds move by a quarter between minutes, more than most
changes a round makes; ``pipeline_ceiling --baseline`` runs each side for a minute in turn, this runs one
process per side, each holding its job, and alternates single passes (A B, B A, ...), so every pair of
passes shares the machine's state.  Printed: each side's least and median CPU seconds per pass, and the
median (and range) of the per-pair ratio baseline / this checkout.

Usage::

    python benchmarks/front_paired.py --baseline /path/to/other/checkout --passes 16 [--docs 96] [--work DIR]
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

REPO = Path(__file__).resolve().parent.parent

# one side: its checkout first on the path, the ceiling's job and corpus; a pass per line read from stdin
_SIDE = r'''
import json, sys, time
from pathlib import Path
here, repo, work, docs = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
sys.path.insert(0, str(here)); sys.path.insert(0, str(repo))
# pipeline_ceiling puts MTPIPE_BENCH_LIB (set by the parent to this side's checkout) first on the path and imports
# mtpipe; without it, it would put its own checkout there and both sides would measure the same code
import pipeline_ceiling as pc
import mtpipe
lib = str(Path(mtpipe.__file__).resolve().parents[1])
from ray_fanout import _tiny_models
from run import make_corpus
from mtpipe.executors.front import prepare_one
corpus = work / "in"
if not corpus.exists():
    make_corpus(corpus, docs, seeds=pc.SEEDS)
job = pc.make_job(_tiny_models(), 1, 16)
paths = sorted(corpus.glob("*.txt"))
def front(ps):
    return [ev[3] for ev in (prepare_one(job.front, p, corpus, "h") for p in ps) if ev[0] == "doc"]
def back(docs):
    for i in range(0, len(docs), 16):
        job.translate_documents(docs[i:i + 16], None)
back(front(paths[:3]))  # lazy loading outside the clock
print("ready " + lib, flush=True)
for _ in sys.stdin:
    t = time.process_time(); got = front(paths); f = time.process_time() - t
    t = time.process_time(); back(got); b = time.process_time() - t
    print(json.dumps({"front": f, "back": b, "segments": sum(len(d.segments) for d in got)}), flush=True)
'''


def _commit(root: Path) -> str:
    """The checkout's commit (``+changes`` when its tracked files differ), or "not a git checkout"."""
    got = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    if got.returncode != 0:
        return "not a git checkout"
    dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True).stdout.strip()
    return got.stdout.strip() + ("+changes" if dirty else "")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--baseline", type=Path, required=True, help="the other mtpipe checkout")
    ap.add_argument("--passes", type=int, default=16, help="passes per side (default 16)")
    ap.add_argument("--docs", type=int, default=96, help="documents in the corpus (default 96)")
    ap.add_argument("--work", type=Path, default=None, help="folder for the corpus (default: a temporary one)")
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="front-paired-", dir=a.work))
    here = Path(__file__).resolve().parent  # this checkout's benchmark helpers, for both sides
    sides = {"baseline": a.baseline.resolve(), "this": REPO}
    procs = {}
    for name, repo in sides.items():
        p = subprocess.Popen([sys.executable, "-c", _SIDE, str(here), str(repo), str(work), str(a.docs)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "MTPIPE_BENCH_LIB": str(repo)})
        assert p.stdout is not None
        ready = p.stdout.readline().strip()
        assert ready.startswith("ready "), f"{name} did not start"
        lib = Path(ready[len("ready "):])
        # each side must measure its own checkout (before this check, both sides imported this one)
        assert lib == repo, f"{name} side imported mtpipe from {lib}, not {repo}"
        print(f"{name}: mtpipe at {lib} ({_commit(lib)})", flush=True)
        procs[name] = p
    runs: dict[str, list[dict[str, float]]] = {k: [] for k in sides}
    load = [os.getloadavg()[0]]
    for i in range(a.passes):
        for name in (("baseline", "this") if i % 2 == 0 else ("this", "baseline")):
            p = procs[name]
            p.stdin.write("go\n")  # type: ignore[union-attr]
            p.stdin.flush()  # type: ignore[union-attr]
            runs[name].append(json.loads(p.stdout.readline()))  # type: ignore[union-attr]
    load.append(os.getloadavg()[0])
    for p in procs.values():
        p.stdin.close()  # type: ignore[union-attr]
        p.wait()
    print(f"{a.passes} passes per side, {runs['this'][0]['segments']} segments "
          f"(baseline {runs['baseline'][0]['segments']}); load average {load[0]:.2f} -> {load[1]:.2f}")
    for part in ("front", "back"):
        b = [r[part] for r in runs["baseline"]]
        t = [r[part] for r in runs["this"]]
        ratios = [x / y for x, y in zip(b, t)]
        print(f"  {part}: baseline least {min(b):.3f}, median {statistics.median(b):.3f} CPU-s; this checkout least "
              f"{min(t):.3f}, median {statistics.median(t):.3f}; baseline / this per pair: median "
              f"{statistics.median(ratios):.3f} (range {min(ratios):.2f}-{max(ratios):.2f})")
    import shutil

    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
