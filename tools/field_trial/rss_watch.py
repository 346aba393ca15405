"""Run a command and sample the memory of its whole process tree (field trial 5).

Usage: python tools/field_trial/rss_watch.py [--every S] [--kill-after S] -- CMD ...

Prints one JSON line at the end on stderr: peak RSS of the tree (sum over processes) and of the
largest single process, the tree's CPU seconds (user + system, children included as they are seen),
wall seconds, the exit code and a sparse RSS-over-time series (MB every ~5% of the run).
``--kill-after S`` sends SIGKILL to the whole tree after S seconds (a crash at a chosen point).
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import psutil


def main() -> int:
    args = sys.argv[1:]
    every, kill_after = 0.5, None
    while args and args[0] != "--":
        if args[0] == "--every":
            every = float(args[1])
        elif args[0] == "--kill-after":
            kill_after = float(args[1])
        args = args[2:]
    cmd = args[1:]
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, start_new_session=True)
    root = psutil.Process(p.pid)
    series, peak_tree, peak_one, cpu, per = [], 0, 0, {}, {}
    killed = False
    while p.poll() is None:
        try:
            procs = [root] + root.children(recursive=True)
        except psutil.NoSuchProcess:
            break
        tree = 0
        for q in procs:
            try:
                m = q.memory_info().rss
                c = q.cpu_times()
                cpu[q.pid] = c.user + c.system + c.children_user + c.children_system
            except psutil.NoSuchProcess:
                continue
            tree += m
            peak_one = max(peak_one, m)
            if q.pid not in per:
                try:
                    per[q.pid] = [" ".join(q.cmdline())[-60:], 0, 0]
                except psutil.Error:
                    per[q.pid] = ["?", 0, 0]
            per[q.pid][1] = max(per[q.pid][1], round(m / 2**20))
            per[q.pid][2] = round(m / 2**20)
        peak_tree = max(peak_tree, tree)
        series.append((round(time.monotonic() - t0, 1), round(tree / 2**20)))
        if kill_after is not None and not killed and time.monotonic() - t0 >= kill_after:
            os.killpg(p.pid, signal.SIGKILL)
            killed = True
        time.sleep(every)
    rc = p.wait()
    step = max(1, len(series) // 20)
    print(json.dumps({"rc": rc, "killed": killed, "wall_s": round(time.monotonic() - t0, 1),
                      "cpu_s_seen": round(sum(cpu.values()), 1),
                      "peak_tree_mb": round(peak_tree / 2**20), "peak_one_mb": round(peak_one / 2**20),
                      "rss_mb_over_time": series[::step],
                      "per_process_peak_last_mb": sorted(per.values(), key=lambda v: -v[1])[:8]}), file=sys.stderr)
    return rc


if __name__ == "__main__":
    sys.exit(main())
