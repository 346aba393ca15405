"""The front (and back) stages of two mtpipe checkouts, pass by pass in turn: a paired A/B.

**This measures mtpipe, not a model** (the zero-cost translator of ``pipeline_ceiling.py``, its corpus and
job).  On a shared machine the same code's CPU seconds move by a quarter between minutes, more than most
changes a round makes; ``pipeline_ceiling --baseline`` runs each side for a minute in turn, this runs a
process per side, each holding its job, and alternates single passes (A B, B A, ...), so every pair of
passes shares the machine's state.  Printed: each side's least and median CPU seconds per pass, the
median (and range) of the per-pair ratio baseline / this checkout, and that median for each pair of
processes.

Usage::

    python benchmarks/front_paired.py --baseline /path/to/other/checkout --passes 16 [--per-process 4] [--docs 96] [--work DIR]

Each side imports its own checkout's mtpipe (checked; until round 10 both sides imported the script's own
checkout, so every ratio compared a tree with itself).  Both sides start afresh every ``--per-process``
passes: one process keeps its hash seed and memory layout for all its passes, and the same code in two
processes can differ by several per cent for as long as they live (the per-process-pair medians show it).
What is timed is the warm steady state (passes after a warm-up on three documents), as in
``pipeline_ceiling.py``; a fresh process's start-up is left out (``pipeline_ceiling`` reports it).  Each
process's first pass is also reported alone: later passes reuse answers remembered per word in earlier
ones, which a job's single pass over its documents gets only from its own earlier documents.
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


def _start(name: str, repo: Path, here: Path, work: Path, docs: int) -> subprocess.Popen[str]:
    """One side's process, its job prepared and warmed; checked to have imported ``repo``'s mtpipe."""
    p = subprocess.Popen([sys.executable, "-c", _SIDE, str(here), str(repo), str(work), str(docs)],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                         env={**os.environ, "MTPIPE_BENCH_LIB": str(repo)})
    assert p.stdout is not None
    ready = p.stdout.readline().strip()
    assert ready.startswith("ready "), f"{name} did not start"
    lib = Path(ready[len("ready "):])
    # each side must measure its own checkout (before this check, both sides imported this one)
    assert lib == repo, f"{name} side imported mtpipe from {lib}, not {repo}"
    return p


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--baseline", type=Path, required=True, help="the other mtpipe checkout")
    ap.add_argument("--passes", type=int, default=16, help="passes per side (default 16)")
    ap.add_argument("--per-process", type=int, default=4,
                    help="passes per side before both sides start afresh (default 4): a process of its own keeps "
                         "its hash seed and memory layout, which can put one side ahead for all its passes")
    ap.add_argument("--docs", type=int, default=96, help="documents in the corpus (default 96)")
    ap.add_argument("--work", type=Path, default=None, help="folder for the corpus (default: a temporary one)")
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="front-paired-", dir=a.work))
    here = Path(__file__).resolve().parent  # this checkout's benchmark helpers, for both sides
    sides = {"baseline": a.baseline.resolve(), "this": REPO}
    for name, repo in sides.items():
        print(f"{name}: mtpipe at {repo} ({_commit(repo)})", flush=True)
    runs: dict[str, list[dict[str, float]]] = {k: [] for k in sides}
    groups: list[int] = []  # the process pair of each pass
    load = [os.getloadavg()[0]]
    per = max(1, a.per_process)
    for g in range(0, a.passes, per):
        # a fresh pair of processes, started in turn (which one starts first alternates too)
        order = list(sides) if (g // per) % 2 == 0 else list(sides)[::-1]
        procs = {name: _start(name, sides[name], here, work, a.docs) for name in order}
        for i in range(g, min(a.passes, g + per)):
            for name in (("baseline", "this") if i % 2 == 0 else ("this", "baseline")):
                p = procs[name]
                p.stdin.write("go\n")  # type: ignore[union-attr]
                p.stdin.flush()  # type: ignore[union-attr]
                runs[name].append(json.loads(p.stdout.readline()))  # type: ignore[union-attr]
            groups.append(g // per)
        for p in procs.values():
            p.stdin.close()  # type: ignore[union-attr]
            p.wait()
    load.append(os.getloadavg()[0])
    print(f"{a.passes} passes per side in {len(set(groups))} process pairs, {runs['this'][0]['segments']} segments "
          f"(baseline {runs['baseline'][0]['segments']}); load average {load[0]:.2f} -> {load[1]:.2f}")
    for part in ("front", "back"):
        b = [r[part] for r in runs["baseline"]]
        t = [r[part] for r in runs["this"]]
        ratios = [x / y for x, y in zip(b, t)]
        by_pair = [statistics.median(r for r, k in zip(ratios, groups) if k == g) for g in sorted(set(groups))]
        print(f"  {part}: baseline least {min(b):.3f}, median {statistics.median(b):.3f} CPU-s; this checkout least "
              f"{min(t):.3f}, median {statistics.median(t):.3f}; baseline / this per pair: median "
              f"{statistics.median(ratios):.3f} (range {min(ratios):.2f}-{max(ratios):.2f}); per process pair: "
              + " ".join(f"{x:.3f}" for x in by_pair))
        # each process's first pass (after the three-document warm-up): what a job pays before the caches that warm
        # across passes (per-word answers) are warm for this corpus; the later passes reuse them
        first = [i for i, k in enumerate(groups) if i == 0 or groups[i - 1] != k]
        fb, ft = [b[i] for i in first], [t[i] for i in first]
        print(f"    first pass of each process: baseline median {statistics.median(fb):.3f}, this checkout "
              f"{statistics.median(ft):.3f} CPU-s; baseline / this: median "
              f"{statistics.median(x / y for x, y in zip(fb, ft)):.3f}")
    import shutil

    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
