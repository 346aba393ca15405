"""How fast is mtpipe's own work?  The whole job with a translator that costs nothing.

**This measures mtpipe, not a model.**  The translator returns its input at no cost, so what is
timed is everything mtpipe does around a model: read, clean, segment, protect glossary terms,
group segments into model calls, restore and verify terms, flag, write JSONL, TMX and text, the
job state and the report.  It is the ceiling mtpipe puts on any engine: a GPU that translates
faster than this waits for mtpipe.

Figures (``--json``: one JSON object):

* ``end_to_end``: ``Job.run`` segments/s with the front stages in this process (``--workers 1``,
  today's engine: a prefetch thread) and in N worker processes (``--workers N``, N = the cores
  this process may use), and ``speedup`` = N workers ÷ 1.  The worker processes are started
  before the clock (:func:`mtpipe.executors.local.start_workers`, as a model is loaded before a
  job; a library without it starts them inside the timed run: ``pool`` says which); the best
  of ``--repeat`` runs of each;
* ``main_process_cpu_s``: CPU seconds of the job's own process (the workers' excluded): what
  is left for feeding a model when the front stages run elsewhere;
* ``stages``: each text stage alone in one process, as segments per CPU-second (one core fully
  busy): ``front`` (read, clean, segment, protect), ``back`` (the zero-cost translate step:
  grouping, restore, term verification, flags), ``write`` (JSONL, TMX, text; the files made
  durable together at the end, where the job syncs once per document), and ``text_stages`` for
  the three together.  ``os_files`` is the operating system's part of ``write``: files of the
  same sizes created, filled and renamed with plain ``os`` calls (no mtpipe code: the floor of
  ``write`` on this machine's disk).  ``render`` is the writers' own work without the files (the same strings
  built in memory) and ``text_stages_in_memory`` = front + back + render: creating and filling
  five files per document is the operating system's work, and on a shared machine its CPU
  cost (page allocation, reclaim) swings with everyone else's memory and I/O.
  CPU seconds (``time.process_time``), not wall time, so other work on a shared machine changes
  them less; every stage runs once on three documents first (lazy loading outside the clock),
  and the least of ``--repeat`` passes counts.

``first_pass_cpu_s`` (under ``stages``): the first timed pass alone (after the warm-up on three documents): the
later passes reuse answers remembered per word in the earlier ones over the same documents, which a job's
single pass gets only from its own earlier documents (round 10 found the first pass 3–9% dearer).

``startup_cpu_s``: what a fresh process spends before its first document (the job prepared, the
front stages warmed: language ID's model, the auto-names tables...), measured first in the process.
Every figure above leaves it out (it is paid once per process, not per segment); the printout adds
what a one-process job of the corpus pays with it.

Both this script and ``front_paired.py`` time warm passes over the same corpus: the least (here) or
median (there) CPU of passes after a three-document warm-up.  Answers remembered per word across passes
flatter those a little (``first_pass_cpu_s`` shows by how much); a job's figure is the first pass plus
the start-up.

``--baseline PATH`` measures a second checkout of mtpipe (say ``/work/main``) with this same
script in a subprocess and prints both, so a before/after comparison shares one session's
machine load.

The corpus is ``run.py``'s, from ``tests/data/seeds``: seed-like Russian and Vietnamese documents
with every sentence made unique; the starter glossary, two targets (en, zh), no translation memory, no resume.  The
models are the tiny test models: only their SentencePiece files are used (token counts).

Usage::

    python benchmarks/pipeline_ceiling.py --json          # ~1 min on 2 shared cores
    python benchmarks/pipeline_ceiling.py --docs 96 --workers 4
    python benchmarks/pipeline_ceiling.py --docs 96 --baseline /work/main
    python benchmarks/pipeline_ceiling.py --docs 96 --baseline /work/main --work ~/ceiling   # not in /tmp

``--work`` says where the corpus and the outputs go (the system's temporary folder by default; the
folder is removed afterwards).  The files' cost is the file system's: on ext4 without a journal a new
file's inode is found past those deleted in the last minute in its folder's block group, so in a
``/tmp`` that other programs keep filling and emptying the same 480 files cost ten times the CPU
they cost in a quiet folder of the same disk (``os_files`` shows which case a run was in).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Sequence

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
# the mtpipe measured: this checkout's, or the one --baseline names (set for its subprocess)
sys.path.insert(0, os.environ.get("MTPIPE_BENCH_LIB") or str(REPO))
import mtpipe  # noqa: E402  (now: run.py puts this checkout first on the path when imported)

SEEDS = REPO / "tests" / "data" / "seeds"

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


def end_to_end(config: Path, corpus: Path, work: Path, workers: int, window: int, repeat: int = 1) -> dict[str, Any]:
    """``Job.run`` over the corpus: wall seconds, segments, segments/s (after a warm-up job; the
    worker processes started before the clock where the library can); the fastest of ``repeat``."""
    import shutil

    job = make_job(config, workers, window)
    warm = work / f"warm-{workers}"
    (warm / "in").mkdir(parents=True, exist_ok=True)
    for p in sorted(corpus.glob("*.txt"))[:3]:
        shutil.copy(p, warm / "in" / p.name)
    pool = "none"
    if workers > 1:
        try:
            from mtpipe.executors.local import start_workers
        except ImportError:  # an older mtpipe: each run starts its own processes
            pool = "started by each run"
        else:
            start_workers(job, [(p, warm / "in") for p in sorted((warm / "in").glob("*.txt"))])
            pool = "started before the runs"
    try:
        job.run(warm / "in", warm / "out")  # lazy loading (language ID, segmenters) outside the clock
        best: dict[str, Any] = {}
        for k in range(repeat):
            out = work / f"out-{workers}-{k}"
            t, c = time.perf_counter(), time.process_time()
            report = job.run(corpus, out)
            wall, cpu = time.perf_counter() - t, time.process_time() - c
            # the outputs stay until the whole measurement is over: files deleted now would make the next
            # run's new files dearer (see --work)
            segs = report.counts()["segments"]
            if not best or wall < best["seconds"]:
                best = {"workers": workers, "pool": pool, "seconds": round(wall, 3), "segments": segs,
                        "segments_per_s": round(segs / wall, 1), "main_process_cpu_s": round(cpu, 3),
                        "segments_per_main_cpu_s": round(segs / cpu, 1), "problems": len(report.problems)}
        return best
    finally:
        stop = getattr(job, "front_workers", None)
        if stop is not None:
            stop.close()


def _render(doc: Any, targets: Sequence[str], signature: dict[str, Any]) -> None:
    """What the JSONL, TMX and text writers compute, as strings, without the files."""
    from mtpipe.signature import signature_hash
    from mtpipe.writers.jsonl import _dumps, doc_meta
    from mtpipe.writers.records import segment_record
    from mtpipe.writers.text import render_text
    from mtpipe.writers.tmx import render_tmx

    "".join(_dumps(segment_record(doc, s, targets)) + "\n" for s in doc.segments)
    head = {"type": "meta", "doc": doc.doc_id, "meta": doc_meta(doc), "warnings": list(doc.warnings),
            "signature": signature, "signature_hash": signature_hash(signature)}
    "".join(_dumps(x) + "\n" for x in [head] + [{"type": "ledger", **e.to_dict()} for e in doc.ledger])
    render_tmx(doc, targets, signature)
    for t in targets:
        render_text(doc, t)


def _os_files(written: Path, work: Path) -> float:
    """CPU seconds the operating system alone takes for files like those the writers just wrote under
    ``written``: each created, filled and renamed with plain ``os`` calls, in one folder on the same
    file system, then one ``syncfs`` (no mtpipe code: the floor of ``write`` on this machine's disk)."""
    blobs = [p.read_bytes() for p in sorted(written.rglob("*")) if p.is_file()]
    folder = Path(tempfile.mkdtemp(prefix="os-files-", dir=work))
    t = time.process_time()
    for i, data in enumerate(blobs):
        tmp = os.path.join(folder, f".tmp-{i}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        os.write(fd, data)
        os.close(fd)
        os.replace(tmp, os.path.join(folder, f"f{i}"))
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    return time.process_time() - t  # the folder stays until the measurement is over (see --work)


def stages(config: Path, corpus: Path, work: Path, window: int, repeat: int = 1) -> dict[str, Any]:
    """Each text stage alone, in this process: segments per CPU-second (the least CPU of ``repeat`` passes)."""
    from mtpipe.executors.front import prepare_one
    from mtpipe.writers import WRITERS
    from mtpipe.writers.atomic import synced_together

    job = make_job(config, 1, window)
    paths = sorted(corpus.glob("*.txt"))

    def one_pass(paths: list[Path], out: Path) -> tuple[dict[str, float], int]:
        cpu: dict[str, float] = {}
        t = time.process_time()
        docs = [ev[3] for ev in (prepare_one(job.front, p, corpus, "h") for p in paths) if ev[0] == "doc"]
        cpu["front"] = time.process_time() - t
        t = time.process_time()
        for i in range(0, len(docs), window):
            job.translate_documents(docs[i:i + window], None)
        cpu["back"] = time.process_time() - t
        t = time.process_time()
        # the files made durable together, once (the job syncs once per document: that cost is
        # the file system's, and here it would depend on what else the machine is writing)
        with synced_together(out):
            for doc in docs:
                for fmt in job.options.formats:
                    WRITERS[fmt](doc, out, job.options.targets, job.signature)
        cpu["write"] = time.process_time() - t
        cpu["os_files"] = _os_files(out, work)  # (the pass's files stay until the measurement is over)
        t = time.process_time()
        for doc in docs:
            _render(doc, job.options.targets, job.signature)
        cpu["render"] = time.process_time() - t
        return cpu, sum(len(d.segments) for d in docs)

    (work / "stages-warm").mkdir(parents=True, exist_ok=True)
    one_pass(paths[:3], work / "stages-warm")  # every stage's lazy loading (and the term probe) outside the clock
    best: dict[str, float] = {}
    first: dict[str, float] = {}
    segs = 0
    for k in range(repeat):
        (work / f"stages-{k}").mkdir(parents=True, exist_ok=True)
        cpu, segs = one_pass(paths, work / f"stages-{k}")
        first = first or dict(cpu)
        best = {key: min(v, best.get(key, v)) for key, v in cpu.items()}
    for d in (best, first):
        d["text_stages"] = d["front"] + d["back"] + d["write"]
        d["text_stages_in_memory"] = d["front"] + d["back"] + d["render"]
    # the first pass alone: the later ones reuse answers remembered per word in earlier passes over the same
    # documents, which a job's single pass gets only from its own earlier documents
    return {"segments": segs, "repeat": repeat, "cpu_s": {k: round(v, 3) for k, v in best.items()},
            "segments_per_cpu_s": {k: round(segs / v, 1) for k, v in best.items() if v > 0},
            "first_pass_cpu_s": {k: round(v, 3) for k, v in first.items()}}


def _startup(config: Path, window: int) -> float:
    """CPU seconds a fresh process spends before its first document: the job prepared and its front
    stages warmed (language ID's model, the auto-names tables, sentence splitters, the glossary's
    matcher).  A job pays it once per process (each ``--workers`` process too); the per-segment
    figures leave it out."""
    t = time.process_time()
    job = make_job(config, 1, window)
    warm = getattr(job.front, "warm", None)
    if callable(warm):
        warm()
    return time.process_time() - t


def _library() -> dict[str, str]:
    """Which mtpipe is measured: its folder and (when it is a git checkout) its commit."""
    import subprocess

    import mtpipe

    root = Path(mtpipe.__file__).resolve().parents[1]
    got = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True).stdout.strip()
    return {"path": str(root), "commit": (got.stdout.strip() + ("+changes" if dirty else "")) or "unknown"}


def measure(a: argparse.Namespace) -> dict[str, Any]:
    """Every figure for the mtpipe this process imports."""
    from ray_fanout import _tiny_models

    from mtpipe.executors.local import resolve_workers

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    n = a.workers or cores
    config = a.config or _tiny_models()
    if a.work is not None:
        a.work.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="mtpipe-ceiling-", dir=a.work))
    try:
        return _measure_in(a, config, work, n, cores, resolve_workers(0))
    finally:
        if not a.keep_work:  # (with --baseline, the parent removes every run's folder after the last run)
            import shutil

            shutil.rmtree(work, ignore_errors=True)


def _measure_in(a: argparse.Namespace, config: Path, work: Path, n: int, cores: int, default_workers: int) -> dict[str, Any]:
    from run import make_corpus

    make_corpus(work / "in", a.docs, seeds=SEEDS)
    startup = _startup(config, a.window)  # first: nothing of mtpipe's is loaded yet in this process
    result: dict[str, Any] = {"startup_cpu_s": round(startup, 3), "label": LABEL, "library": _library(), "cores": cores, "docs": a.docs,
                              "window": a.window, "repeat": a.repeat, "default_workers_here": default_workers,
                              "work": str(work), "load_average": [round(x, 2) for x in os.getloadavg()]}
    if a.part in ("all", "end_to_end"):
        one = end_to_end(config, work / "in", work, 1, a.window, a.repeat)
        many = end_to_end(config, work / "in", work, n, a.window, a.repeat)
        speedup = many["segments_per_s"] / one["segments_per_s"]
        result.update({"end_to_end": {"1": one, str(n): many}, "speedup": round(speedup, 2),
                       "speedup_per_worker": round(speedup / n, 2)})
    if a.part in ("all", "stages"):
        result["stages"] = stages(config, work / "in", work, a.window, a.repeat)
    result["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    return result


def _print(r: dict[str, Any]) -> None:
    lib = r["library"]
    print(f"mtpipe at {lib['path']} ({lib['commit']}); load average {r['load_average']} -> {r['load_average_after']}"
          + (f" (best of {r['rounds']} rounds)" if r.get("rounds") else ""))
    if "end_to_end" in r:
        for e in r["end_to_end"].values():
            print(f"  --workers {e['workers']}: {e['seconds']} s, {e['segments_per_s']} segments/s; job process CPU "
                  f"{e['main_process_cpu_s']} s ({e['segments_per_main_cpu_s']} segments per CPU-second)"
                  + (f"; processes {e['pool']}" if e["workers"] > 1 else ""))
        print(f"  speed-up: {r['speedup']}x ({r['speedup_per_worker']} per worker)")
    if "stages" in r:
        st = r["stages"]
        print(f"  one core, segments per CPU-second ({st['segments']} segments, least CPU of {st['repeat']} passes):")
        for k, v in st["segments_per_cpu_s"].items():
            print(f"    {k:12s} {v:10.1f}   ({st['cpu_s'][k]} CPU-s)")
        if "first_pass_cpu_s" in st:
            fp = st["first_pass_cpu_s"]
            print(f"  the first pass alone (per-word answers not yet remembered from an earlier pass): front "
                  f"{fp['front']} CPU-s, text stages {st['segments'] / fp['text_stages']:.1f} segments per CPU-second")
        if "startup_cpu_s" in r:
            once = r["startup_cpu_s"] + st["cpu_s"]["text_stages"]
            print(f"  start-up of a fresh process (job prepared, front stages warmed): {r['startup_cpu_s']} CPU-s, "
                  f"paid once per process; a one-process job of these {st['segments']} segments: "
                  f"{st['segments'] / once:.1f} segments per CPU-second with it")


def _best(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """One result from several runs of :func:`measure`: the least CPU per stage, the fastest run
    per worker count; the load averages of all of them."""
    out = dict(runs[0])
    out["rounds"] = len(runs)
    out["load_average"] = [r["load_average"] for r in runs]
    out["load_average_after"] = [r["load_average_after"] for r in runs]
    if all("startup_cpu_s" in r for r in runs):
        out["startup_cpu_s"] = min(r["startup_cpu_s"] for r in runs)
    if "end_to_end" in out:
        out["end_to_end"] = {k: min((r["end_to_end"][k] for r in runs), key=lambda e: e["seconds"])
                             for k in out["end_to_end"]}
        one, many = out["end_to_end"].values()
        out["speedup"] = round(many["segments_per_s"] / one["segments_per_s"], 2)
        out["speedup_per_worker"] = round(out["speedup"] / many["workers"], 2)
    if "stages" in out:
        cpu = {k: min(r["stages"]["cpu_s"][k] for r in runs) for k in ("front", "back", "write", "render")}
        if all("os_files" in r["stages"]["cpu_s"] for r in runs):
            cpu["os_files"] = min(r["stages"]["cpu_s"]["os_files"] for r in runs)
        cpu["text_stages"] = cpu["front"] + cpu["back"] + cpu["write"]
        cpu["text_stages_in_memory"] = cpu["front"] + cpu["back"] + cpu["render"]
        segs = out["stages"]["segments"]
        out["stages"] = {**out["stages"], "cpu_s": {k: round(v, 3) for k, v in cpu.items()},
                         "segments_per_cpu_s": {k: round(segs / v, 1) for k, v in cpu.items() if v > 0}}
        if all("first_pass_cpu_s" in r["stages"] for r in runs):  # the least first pass of the rounds
            out["stages"]["first_pass_cpu_s"] = {k: min(r["stages"]["first_pass_cpu_s"][k] for r in runs)
                                                 for k in runs[0]["stages"]["first_pass_cpu_s"]}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=48, help="documents in the corpus (default 48)")
    ap.add_argument("--window", type=int, default=16, help="documents per window (the job's default)")
    ap.add_argument("--workers", type=int, default=0, help="worker processes of the parallel run (0: every core)")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes of each measurement; the best counts (default 3)")
    ap.add_argument("--part", choices=("all", "stages", "end_to_end"), default="all", help="what to measure")
    ap.add_argument("--baseline", type=Path, default=None,
                    help="another mtpipe checkout to measure the same way first (e.g. /work/main)")
    ap.add_argument("--rounds", type=int, default=2,
                    help="with --baseline: measure each side this many times, in turn (default 2)")
    ap.add_argument("--config", type=Path, default=None, help="model registry (default: the tiny test models)")
    ap.add_argument("--json", action="store_true", help="one JSON object on stdout")
    ap.add_argument("--work", type=Path, default=None,
                    help="folder for the corpus and the outputs (default: the system's temporary folder). On ext4 "
                         "without a journal, creating a file scans past the inodes deleted in the last minutes of its "
                         "folder's block group: a /tmp that other programs fill and empty makes every file dearer")
    ap.add_argument("--keep-work", action="store_true", help=argparse.SUPPRESS)  # set for --baseline's runs
    a = ap.parse_args()

    base = None
    if a.baseline is None:
        result = measure(a)
    else:
        # baseline and this checkout measured in turn, --rounds times each: the load of a shared
        # machine drifts within minutes, so neither side gets only the quiet (or busy) minutes
        import subprocess

        args = [sys.executable, __file__, "--json", "--keep-work", "--docs", str(a.docs), "--window", str(a.window),
                "--workers", str(a.workers), "--repeat", str(a.repeat), "--part", a.part]
        if a.config:
            args += ["--config", str(a.config)]
        if a.work:
            args += ["--work", str(a.work)]
        runs: dict[str, list[dict[str, Any]]] = {"base": [], "this": []}
        for _ in range(a.rounds):
            for side, lib in (("base", a.baseline.resolve()), ("this", REPO)):
                got = subprocess.run(args, capture_output=True, text=True, check=True,
                                     env={**os.environ, "MTPIPE_BENCH_LIB": str(lib)})
                runs[side].append(json.loads(got.stdout.strip().splitlines()[-1]))
        import shutil

        for r in runs["base"] + runs["this"]:  # every run's corpus and outputs, once all are measured
            shutil.rmtree(r["work"], ignore_errors=True)
        base, result = _best(runs["base"]), _best(runs["this"])
    if base is not None:
        result["baseline"] = base
        if "stages" in base and "stages" in result:
            result["stage_ratio"] = {k: round(v / base["stages"]["segments_per_cpu_s"][k], 2)
                                     for k, v in result["stages"]["segments_per_cpu_s"].items()
                                     if base["stages"]["segments_per_cpu_s"].get(k)}
            fb, ft = base["stages"].get("first_pass_cpu_s"), result["stages"].get("first_pass_cpu_s")
            if fb and ft:
                result["first_pass_ratio"] = {k: round(fb[k] / ft[k], 2) for k in ("front", "text_stages") if ft.get(k)}
    if a.json:
        print(json.dumps(result, ensure_ascii=False))
        return
    print(f"{LABEL}\n")
    print(f"{a.docs} documents, {result['cores']} cores, window {a.window}")
    if base is not None:
        print("baseline:")
        _print(base)
        print("this checkout:")
    _print(result)
    if "stage_ratio" in result:
        print("  this checkout / baseline, segments per CPU-second: "
              + ", ".join(f"{k} {v}x" for k, v in result["stage_ratio"].items()))
    if "first_pass_ratio" in result:
        print("  the first pass alone, this checkout / baseline: "
              + ", ".join(f"{k} {v}x" for k, v in result["first_pass_ratio"].items()))


if __name__ == "__main__":
    main()
