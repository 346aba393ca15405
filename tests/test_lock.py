"""The output folder's lock names the job holding it in every interleaving (mtpipe/lock.py).

A holder writes its PID just after taking the lock and empties it just before letting go; a
contender trying the lock in either instant used to be told "PID unknown".  Forced here by holding a
thread in that instant (the other thread is the contender), and by processes taking turns.
"""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import mtpipe.lock as lock_mod
from mtpipe.lock import LockError, OutputLock


class _Paused:
    """Replace ``owner.name`` so that, in the thread named ``who`` only, a call satisfying ``when``
    stops before it runs until :attr:`go` is set (:attr:`there` tells it arrived)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, owner: object, name: str, who: str,
                 when=lambda *a: True) -> None:
        self.there, self.go = threading.Event(), threading.Event()
        real = getattr(owner, name)

        def paused(*args):
            if threading.current_thread().name == who and when(*args):
                self.there.set()
                assert self.go.wait(30)
            return real(*args)

        monkeypatch.setattr(owner, name, paused)


def _in_thread(fn, name: str) -> tuple[threading.Thread, list[BaseException]]:
    errors: list[BaseException] = []

    def run() -> None:
        try:
            fn()
        except BaseException as e:  # noqa: BLE001 - handed to the test
            errors.append(e)

    t = threading.Thread(target=run, name=name, daemon=True)
    t.start()
    return t, errors


def _contend(out: Path) -> str:
    try:
        OutputLock(out).acquire().release()
    except LockError as e:
        return str(e)
    return "taken"


def test_a_contender_while_the_holder_has_not_written_its_pid_yet_is_told_the_pid(tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    held = OutputLock(out)
    write = _Paused(monkeypatch, os, "pwrite", "holder")
    t, errors = _in_thread(held.acquire, "holder")
    assert write.there.wait(10)  # locked, PID not written
    threading.Timer(0.2, write.go.set).start()
    said = _contend(out)
    t.join(10)
    assert not errors
    assert f"another mtpipe job (PID {os.getpid()})" in said, said
    held.release()


def test_a_holder_stuck_before_writing_its_pid_is_reported_as_such(tmp_path, monkeypatch):
    monkeypatch.setattr(lock_mod, "PID_GRACE_S", 0.2, raising=False)
    out = tmp_path / "out"
    out.mkdir()
    held = OutputLock(out)
    write = _Paused(monkeypatch, os, "pwrite", "holder")
    t, errors = _in_thread(held.acquire, "holder")
    assert write.there.wait(10)
    start = time.monotonic()
    said = _contend(out)
    assert time.monotonic() - start < 5
    assert "another mtpipe job (PID not yet written)" in said and "unknown" not in said, said
    write.go.set()
    t.join(10)
    held.release()


def test_a_contender_while_the_holder_lets_go_takes_the_lock(tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    held = OutputLock(out).acquire()
    unlock = _Paused(monkeypatch, fcntl, "flock", "holder", when=lambda fd, op: op == fcntl.LOCK_UN)
    t, errors = _in_thread(held.release, "holder")
    assert unlock.there.wait(10)  # PID emptied, lock still held
    threading.Timer(0.2, unlock.go.set).start()
    said = _contend(out)
    t.join(10)
    assert not errors
    assert said == "taken"  # the other job finished: no error naming nobody


def test_the_pid_a_killed_job_left_is_never_named(tmp_path, monkeypatch):
    out = tmp_path / "out"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (out / ".mtpipe").mkdir(parents=True)
    (out / ".mtpipe" / "lock").write_text(f"{dead.pid}\n")  # what `kill -9` of a job leaves
    held = OutputLock(out)
    cut = _Paused(monkeypatch, os, "ftruncate", "holder")
    t, errors = _in_thread(held.acquire, "holder")
    assert cut.there.wait(10)  # locked, the dead job's PID still in the file
    threading.Timer(0.2, cut.go.set).start()
    said = _contend(out)
    t.join(10)
    assert not errors
    assert f"(PID {os.getpid()})" in said and str(dead.pid) not in said.replace(str(os.getpid()), ""), said
    held.release()


HAMMER = r'''
import os, sys, time
from pathlib import Path
from mtpipe.lock import LockError, OutputLock
out, until = Path(sys.argv[1]), time.monotonic() + float(sys.argv[2])
said = []
while time.monotonic() < until:
    try:
        lock = OutputLock(out).acquire()
    except LockError as e:
        said.append(str(e).split("another mtpipe job ", 1)[1].split(")", 1)[0] + ")")
        continue
    lock.release()
print("\n".join(said))
'''


def test_processes_taking_turns_always_name_a_live_holder(tmp_path, repo_root):
    out = tmp_path / "out"
    out.mkdir()
    env = {**os.environ, "PYTHONPATH": str(repo_root)}
    procs = [subprocess.Popen([sys.executable, "-c", HAMMER, str(out), "2"], stdout=subprocess.PIPE, text=True, env=env)
             for _ in range(3)]
    said = [line for p in procs for line in p.communicate(timeout=120)[0].splitlines() if line]
    assert all(p.returncode == 0 for p in procs)
    pids = {f"(PID {p.pid})" for p in procs}
    assert said, "no contention seen"
    assert all(s in pids for s in said), sorted(set(said) - pids)


def test_a_waiting_job_names_the_holder_that_had_not_written_its_pid_yet(tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    held = OutputLock(out)
    write = _Paused(monkeypatch, os, "pwrite", "holder")
    t, errors = _in_thread(held.acquire, "holder")
    assert write.there.wait(10)
    threading.Timer(0.2, write.go.set).start()
    threading.Timer(0.6, lambda: (t.join(10), held.release())).start()
    told: list[str] = []
    OutputLock(out, wait=True, warn=told.append, poll_s=0.05).acquire().release()
    assert not errors
    assert told == [f"{out}: waiting for the mtpipe job with PID {os.getpid()} to finish"], told
