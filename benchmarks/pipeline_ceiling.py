"""How fast is mtpipe's own work?  The whole job with a translator that costs nothing.

**This measures mtpipe, not a model.**  The translator returns its input at no cost, so what is
timed is everything mtpipe does around a model: read, clean, segment, protect glossary terms,
group segments into model calls, restore and verify terms, flag, write JSONL, TMX and text, the
job state and the report.  It is the ceiling mtpipe puts on any engine: a GPU that translates
faster than this waits for mtpipe.

Figures (``--json``: one JSON object):

* ``end_to_end``: ``Job.run`` segments/s with the front stages in this process (``--workers 1``,
  today's engine: a prefetch thread) and in N worker processes (``--workers N``, N = the cores
  this process may use), and ``speedup`` = N workers ÷ 1;
* ``main_process_cpu_s``: CPU seconds of the job's own process (the workers' excluded): what
  is left for feeding a model when the front stages run elsewhere;
* ``stages``: each text stage alone in one process, as segments per CPU-second (one core fully
  busy): ``front`` (read, clean, segment, protect), ``back`` (the zero-cost translate step:
  grouping, restore, term verification, flags), ``write`` (JSONL, TMX, text), and ``text_stages``
  for all of them together.  CPU seconds (``time.process_time``), not wall time, so other work
  on a shared machine changes them less.

The corpus is ``run.py``'s: seed-like Russian and Vietnamese documents with every sentence made
unique; the starter glossary, two targets (en, zh), no translation memory, no resume.  The
models are the tiny test models: only their SentencePiece files are used (token counts).

Usage::

    python benchmarks/pipeline_ceiling.py --json          # ~1 min on 2 shared cores
    python benchmarks/pipeline_ceiling.py --docs 96 --workers 4
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

LABEL = "mtpipe's own work: the translator returns its input at no cost (no model runs)"


def _identity(texts: list[str], src: str, tgt: str) -> list[str]:
    return list(texts)


def make_job(config: Path, workers: int, window: int) -> Any:
    """A prepared job (starter glossary, targets en and zh) whose translator costs nothing."""
    from mtpipe.pipeline import Job, TranslateOptions

    opts = TranslateOptions(config_path=str(config), glossary_paths=(str(REPO / "glossaries"),), targets=("en", "zh"),
                            formats=("jsonl", "tmx", "text"), use_tm=False, resume=False, fetch_missing=False,
                            workers=workers, window=window, cache_dir=tempfile.mkdtemp(prefix="mtpipe-ceiling-"))
    job = Job.prepare(opts)
    job.pool.translate = _identity
    return job


def end_to_end(config: Path, corpus: Path, work: Path, workers: int, window: int) -> dict[str, Any]:
    """``Job.run`` over the corpus: wall seconds, segments, segments/s (after a warm-up job)."""
    import shutil

    job = make_job(config, workers, window)
    warm = work / f"warm-{workers}"
    (warm / "in").mkdir(parents=True)
    for p in sorted(corpus.glob("*.txt"))[:2]:
        shutil.copy(p, warm / "in" / p.name)
    job.run(warm / "in", warm / "out")  # lazy loading (language ID, segmenters) outside the clock
    t, c = time.perf_counter(), time.process_time()
    report = job.run(corpus, work / f"out-{workers}")
    wall, cpu = time.perf_counter() - t, time.process_time() - c
    segs = report.counts()["segments"]
    return {"workers": workers, "seconds": round(wall, 3), "segments": segs, "segments_per_s": round(segs / wall, 1),
            "main_process_cpu_s": round(cpu, 3), "segments_per_main_cpu_s": round(segs / cpu, 1),
            "problems": len(report.problems)}


def stages(config: Path, corpus: Path, work: Path, window: int) -> dict[str, Any]:
    """Each text stage alone, in this process: segments per CPU-second."""
    from mtpipe.executors.front import prepare_one
    from mtpipe.writers import WRITERS

    job = make_job(config, 1, window)
    paths = sorted(corpus.glob("*.txt"))
    prepare_one(job.front, paths[0], corpus, "warm")  # lazy loading outside the clock
    cpu: dict[str, float] = {}
    t = time.process_time()
    docs = [ev[3] for ev in (prepare_one(job.front, p, corpus, "h") for p in paths) if ev[0] == "doc"]
    cpu["front"] = time.process_time() - t
    t = time.process_time()
    for i in range(0, len(docs), window):
        job.translate_documents(docs[i:i + window], None)
    cpu["back"] = time.process_time() - t
    out = work / "stages-out"
    t = time.process_time()
    for doc in docs:
        for fmt in job.options.formats:
            WRITERS[fmt](doc, out, job.options.targets, job.signature)
    cpu["write"] = time.process_time() - t
    cpu["text_stages"] = sum(cpu.values())
    segs = sum(len(d.segments) for d in docs)
    return {"segments": segs, "cpu_s": {k: round(v, 3) for k, v in cpu.items()},
            "segments_per_cpu_s": {k: round(segs / v, 1) for k, v in cpu.items() if v > 0}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=48, help="documents in the corpus (default 48)")
    ap.add_argument("--window", type=int, default=16, help="documents per window (the job's default)")
    ap.add_argument("--workers", type=int, default=0, help="worker processes of the parallel run (0: every core)")
    ap.add_argument("--config", type=Path, default=None, help="model registry (default: the tiny test models)")
    ap.add_argument("--json", action="store_true", help="one JSON object on stdout")
    a = ap.parse_args()

    from ray_fanout import _tiny_models
    from run import make_corpus

    from mtpipe.executors.local import resolve_workers

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    n = a.workers or cores
    config = a.config or _tiny_models()
    work = Path(tempfile.mkdtemp(prefix="mtpipe-ceiling-"))
    make_corpus(work / "in", a.docs, seeds=REPO / "tests" / "data" / "seeds")
    one = end_to_end(config, work / "in", work, 1, a.window)
    many = end_to_end(config, work / "in", work, n, a.window)
    st = stages(config, work / "in", work, a.window)
    speedup = many["segments_per_s"] / one["segments_per_s"]
    result = {"label": LABEL, "cores": cores, "docs": a.docs, "window": a.window,
              "default_workers_here": resolve_workers(0), "end_to_end": {"1": one, str(n): many},
              "speedup": round(speedup, 2), "speedup_per_worker": round(speedup / n, 2), "stages": st}
    if a.json:
        print(json.dumps(result, ensure_ascii=False))
        return
    print(f"{LABEL}\n")
    print(f"{a.docs} documents, {one['segments']} segments, {cores} cores")
    for r in (one, many):
        print(f"  --workers {r['workers']}: {r['seconds']} s, {r['segments_per_s']} segments/s; "
              f"job process CPU {r['main_process_cpu_s']} s ({r['segments_per_main_cpu_s']} segments per CPU-second)")
    print(f"speed-up {n} workers / 1: {result['speedup']}x ({result['speedup_per_worker']} per worker)")
    print("one core, segments per CPU-second:")
    for k, v in st["segments_per_cpu_s"].items():
        print(f"  {k:12s} {v:10.1f}")


if __name__ == "__main__":
    main()
