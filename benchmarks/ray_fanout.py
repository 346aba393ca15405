"""Does ``--engine ray`` fan out?  A simulated 3-node Ray cluster on this machine, 1 actor against 3.

**The translator is a stand-in for a remote GPU**: every model call sleeps a fixed time per
batch (``--sleep``, default 0.25 s) and returns its input.  So the figures measure how well
mtpipe spreads windows over actors and keeps them busy, not how fast any model is; a sleeping
actor costs no CPU, as a GPU actor costs its node's CPU little.

Everything else is the real job (``Job.prepare`` + ``Job.run`` with ``engine="ray"``): the
front stages (read, clean, segment, protect with the starter glossary) run on front actors spread
over the nodes, whole windows run on the actors (the back stages: translate with the sleeping calls
and term restore, verify, flag), the driver plans and writes JSONL, TMX and text.

Each timed run follows a warm-up job on a few other documents, outside the clock, as a model is
loaded before a job: the actors start, the term-strategy probe runs once (later actors read it from
the probe cache), and the Ray workers that run the front tasks start.

The cluster is ``ray.cluster_utils.Cluster``: a head and two more nodes, each its own raylet with
one CPU, so one actor (one CPU each) lands on each node.  They all share this machine's cores.

Printed (``--json``: one JSON object):

* ``share_per_actor``: the share of windows each of the 3 actors served (``report.json``'s
  ``executor.per_actor``);
* ``speedup_3_over_1``: wall time with 1 actor ÷ with 3, same corpus, same cluster;
* ``driver_cpu_share``: the driver process's CPU time ÷ the CPU time of the driver and every Ray
  worker process (actors and tasks) during the 3-actor run (from ``/proc``; Ray's own daemons,
  raylets and GCS, are reported apart as ``ray_system_cpu_s``).

Usage::

    python benchmarks/ray_fanout.py --json            # ~2 min on 2 shared cores
    python benchmarks/ray_fanout.py --docs 48 --sleep 0.5
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

from mtpipe.engines.ray import RayTranslatorPool, _TranslateActor  # noqa: E402


class SleepingPool:
    """A stand-in for a remote GPU: each model call sleeps ``seconds`` and returns its input."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._models: dict[str, Any] = {}

    def translate(self, texts: list[str], src: str, tgt: str) -> list[str]:
        time.sleep(self.seconds)
        return list(texts)


class SleepingActor(_TranslateActor):
    """The engine's actor with the sleeping pool in place of CTranslate2."""

    def __init__(self, config: Any, pool_kwargs: dict[str, Any]) -> None:
        self.pool = SleepingPool(pool_kwargs["sleep"])


class SleepingRayPool(RayTranslatorPool):
    actor_class = SleepingActor

    def __init__(self, config: Any, sleep: float, **kwargs: Any) -> None:
        super().__init__(config, **kwargs)
        self._actor_kwargs["sleep"] = sleep


# -- CPU time of processes, from /proc (no psutil) ------------------------------------------


def _cpu_by_pid() -> dict[int, tuple[str, float]]:
    tick = os.sysconf("SC_CLK_TCK")
    out = {}
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            stat = (d / "stat").read_text()
            cmd = (d / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        out[int(d.name)] = (cmd, (int(fields[11]) + int(fields[12])) / tick)  # utime + stime
    return out


def _kind(pid: int, cmd: str) -> str | None:
    if pid == os.getpid():
        return "driver"
    if "default_worker.py" in cmd or cmd.startswith("ray::"):
        return "workers"
    if any(k in cmd for k in ("raylet", "gcs_server", "dashboard", "log_monitor", "runtime_env", "monitor.py")):
        return "ray_system"
    return None


def _cpu_delta(before: dict[int, tuple[str, float]], after: dict[int, tuple[str, float]]) -> dict[str, float]:
    tot = {"driver": 0.0, "workers": 0.0, "ray_system": 0.0}
    for pid, (cmd, t) in after.items():
        kind = _kind(pid, cmd)
        if kind:
            tot[kind] += t - before.get(pid, (cmd, 0.0))[1]
    return tot


# -- the runs ----------------------------------------------------------------------------------


def one_run(config: Path, corpus: Path, out: Path, actors: int, sleep: float, window: int) -> dict[str, Any]:
    """One job on the running cluster; wall time, report's executor section, CPU per process kind."""
    from mtpipe.pipeline import Job, TranslateOptions
    from run import make_corpus

    opts = TranslateOptions(config_path=str(config), glossary_paths=(str(REPO / "glossaries"),), engine="ray",
                            ray_actors=actors, window=window, use_tm=False, resume=False, fetch_missing=False,
                            cache_dir=tempfile.mkdtemp(prefix="mtpipe-fanout-cache-"))
    if __name__ != "__main__":  # imported (tests, other scripts): Ray workers cannot import this file by name
        from ray import cloudpickle

        cloudpickle.register_pickle_by_value(sys.modules[__name__])
    job = Job.prepare(opts)
    job.pool = SleepingRayPool(job.config, sleep, concurrency=actors, cache_dir=job.pool.cache_dir)
    close = job.pool.close
    job.pool.close = lambda: None  # keep the actors (and their CPU counters) until measured
    # warm-up, outside the clock, as a model is loaded before a job: the actors start, the term probe
    # runs once (then read from the probe cache), the Ray workers of the front tasks start
    warm = corpus.parent / f"warm-{actors}"
    make_corpus(warm / "in", max(2, actors) * window, start=100_000)
    warm_report = job.run(warm / "in", warm / "out")
    before = _cpu_by_pid()
    t = time.perf_counter()
    report = job.run(corpus, out)
    wall = time.perf_counter() - t
    cpu = _cpu_delta(before, _cpu_by_pid())
    close()
    counts = report.counts()
    ex = dict(report.executor)
    if warm_stats := {a["actor"]: a for a in warm_report.executor.get("per_actor", [])}:
        # the pool counts from its start: take the warm-up's share out
        ex["per_actor"] = [dict(a, windows=a["windows"] - warm_stats[a["actor"]]["windows"],
                                segments=a["segments"] - warm_stats[a["actor"]]["segments"],
                                busy_s=round(a["busy_s"] - warm_stats[a["actor"]]["busy_s"], 3))
                           for a in ex["per_actor"]]
        total = sum(a["windows"] for a in ex["per_actor"]) or 1
        for a in ex["per_actor"]:
            a["share"] = round(a["windows"] / total, 3)
    return {"actors": actors, "wall_s": wall, "segments": counts["segments"], "executor": ex,
            "cpu_s": cpu, "problems": len(report.problems)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=24, help="documents in the corpus (default 24)")
    ap.add_argument("--window", type=int, default=2, help="documents per window (default 2)")
    ap.add_argument("--sleep", type=float, default=0.25, help="seconds each stand-in model call sleeps")
    ap.add_argument("--config", type=Path, default=None, help="model registry (default: the tiny test models)")
    ap.add_argument("--json", action="store_true", help="one JSON object on stdout")
    a = ap.parse_args()

    import ray
    from ray.cluster_utils import Cluster

    from run import make_corpus  # benchmarks/run.py: seed-like documents, all different

    config = a.config or _tiny_models()
    work = Path(tempfile.mkdtemp(prefix="mtpipe-fanout-"))
    make_corpus(work / "in", a.docs)
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    cluster = Cluster(initialize_head=True, head_node_args={"num_cpus": 1, "include_dashboard": False})
    for _ in range(2):
        cluster.add_node(num_cpus=1)
    cluster.wait_for_nodes()
    ray.init(address=cluster.address, log_to_driver=False)
    try:
        nodes = len([n for n in ray.nodes() if n["Alive"]])
        runs = {k: one_run(config, work / "in", work / f"out-{k}", k, a.sleep, a.window) for k in (1, 3)}
    finally:
        ray.shutdown()
        cluster.shutdown()
    three = runs[3]
    per = three["executor"]["per_actor"]
    cpu = three["cpu_s"]
    result = {
        "label": "stand-in translator: every model call sleeps --sleep seconds (a remote GPU's latency), "
                 "returns its input",
        "nodes": nodes, "docs": a.docs, "window": a.window, "sleep_s": a.sleep,
        "segments": three["segments"], "windows": sum(a_["windows"] for a_ in per),
        "wall_s": {str(k): round(r["wall_s"], 2) for k, r in runs.items()},
        "speedup_3_over_1": round(runs[1]["wall_s"] / three["wall_s"], 2),
        "share_per_actor": [a_["share"] for a_ in per],
        "actor_nodes": [a_["node"] for a_ in per],
        "busy_s_per_actor": [a_["busy_s"] for a_ in per],
        "busy_share_per_actor": [round(a_["busy_s"] / three["wall_s"], 2) for a_ in per],
        "driver_cpu_s": round(cpu["driver"], 2), "workers_cpu_s": round(cpu["workers"], 2),
        "ray_system_cpu_s": round(cpu["ray_system"], 2),
        "driver_cpu_share": round(cpu["driver"] / max(cpu["driver"] + cpu["workers"], 1e-9), 3),
        "problems": three["problems"],
    }
    if a.json:
        print(json.dumps(result, ensure_ascii=False))
        return
    print(f"{result['label']}\n")
    print(f"{nodes} nodes, {a.docs} documents, {result['segments']} segments, {result['windows']} windows")
    print(f"wall time: 1 actor {result['wall_s']['1']} s, 3 actors {result['wall_s']['3']} s "
          f"-> speed-up {result['speedup_3_over_1']}x")
    for a_ in per:
        print(f"  actor {a_['actor']} on node {a_['node']}: {a_['windows']} windows ({a_['share']:.0%}), "
              f"{a_['segments']} segments, busy {a_['busy_s']} s ({a_['busy_s'] / three['wall_s']:.0%} of the run)")
    print(f"driver CPU {result['driver_cpu_s']} s of {result['driver_cpu_s'] + result['workers_cpu_s']:.2f} s "
          f"(driver + Ray workers) = {result['driver_cpu_share']:.1%}; Ray daemons {result['ray_system_cpu_s']} s")


def _tiny_models() -> Path:
    """The tiny test models (``$MTPIPE_TEST_MODELS`` or ``.cache/bench-models``), built on first use."""
    import glob

    root = Path(os.environ.get("MTPIPE_TEST_MODELS", REPO / ".cache" / "bench-models"))
    found = sorted(glob.glob(str(root / "tiny-*" / "mtpipe.toml")))
    if found:
        return Path(found[-1])
    from mtpipe.models.build_test import build_test_models

    build_test_models(root / "tiny-bench", kind="tiny")
    return root / "tiny-bench" / "mtpipe.toml"


if __name__ == "__main__":
    main()
