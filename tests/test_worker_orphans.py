"""A job killed with SIGKILL cannot stop its worker processes: they must end by themselves."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

CHILD = textwrap.dedent("""
    import os, sys, time
    from mtpipe.executors.workers import FrontWorkers, _pid_after, back_pool
    w = FrontWorkers([], 2)
    back = back_pool()
    pids = {p.submit(_pid_after, 0.05).result() for p in (w.pool, back) for _ in range(20)}
    print(" ".join(map(str, sorted(pids))), flush=True)
    time.sleep(120)
""")


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ")[-1][0] != "Z"  # a zombie has ended
    except (FileNotFoundError, ProcessLookupError):  # gone before the open, or between the open and the read
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_end_when_the_job_is_killed():
    job = subprocess.Popen([sys.executable, "-c", CHILD], stdout=subprocess.PIPE, text=True,
                           env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    try:
        pids = [int(p) for p in job.stdout.readline().split()]
        assert pids and all(_alive(p) for p in pids)
        job.send_signal(signal.SIGKILL)  # not reaped yet: a zombie, as a job whose parent has not waited
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and any(_alive(p) for p in pids):
            time.sleep(0.2)
        assert not [p for p in pids if _alive(p)], "worker processes outlived the killed job"
    finally:
        job.kill()
        job.wait()
