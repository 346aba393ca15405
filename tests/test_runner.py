"""The runner closes what it started however the run stops (mtpipe/runner.py ``_schedule``).

The prefetch thread, the executor's worker pools, the translation memory and the job's pool used to
be closed only once the first window was under way: an executor whose window sink failed to start
(or whose first pass failed) left the prefetch thread and the pools running.
"""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace

import pytest

import mtpipe.executors as executors
from mtpipe.executors.prefetch import Prefetch
from mtpipe.runner import Runner


class _Closable:
    def __init__(self, name: str, closed: list[str]) -> None:
        self.name, self.closed = name, closed

    def close(self) -> None:
        self.closed.append(self.name)


class _Executor:
    """An executor whose step ``fails`` raises; it records what was closed, and its front events
    never end (a run that is stopped, not one that ran out of documents)."""

    def __init__(self, fails: str, closed: list[str]) -> None:
        self.fails, self.closed = fails, closed
        self.pool_open = False

    def _step(self, name: str) -> None:
        if self.fails == name:
            raise RuntimeError(f"{name} failed")

    def first_pass(self, paths, input_dir) -> None:
        self.pool_open = True  # a pool of worker processes, as LocalExecutor starts for the first pass
        self._step("first_pass")

    def prepare(self, planned):
        self._step("prepare")

        def forever():
            try:
                n = 0
                while True:
                    n += 1
                    yield ("warning", f"event {n}")
            finally:
                self.closed.append("events")

        return forever()

    def windows(self, job, tm, write):
        self._step("windows")
        sink = SimpleNamespace(submit=lambda w: None, finish=lambda: None, close=lambda: self.closed.append("windows"))
        return sink

    def stats(self) -> dict:
        return {"name": "fake"}

    def close(self) -> None:
        self.pool_open = False
        self.closed.append("executor")


def _prepare_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "mtpipe-prepare" and t.is_alive()]


@pytest.mark.parametrize("fails", ["first_pass", "prepare", "windows"])
def test_nothing_is_left_running_when_the_run_fails_to_start(monkeypatch, fails):
    closed: list[str] = []
    executor = _Executor(fails, closed)
    monkeypatch.setattr(executors, "make_executor", lambda job: executor)
    job = SimpleNamespace(options=SimpleNamespace(prefetch=True, window=4), pool=_Closable("job pool", closed))
    report = SimpleNamespace(add_warning=lambda m: None)
    write = SimpleNamespace(folder_full=None)
    before = len(_prepare_threads())
    with pytest.raises(RuntimeError, match=f"{fails} failed"):
        Runner(job)._schedule([], None, iter(()), _Closable("tm", closed), write, report)
    deadline = time.monotonic() + 10
    while len(_prepare_threads()) > before and time.monotonic() < deadline:
        time.sleep(0.01)
    assert len(_prepare_threads()) == before, "the prefetch thread is still running"
    assert not executor.pool_open
    assert {"executor", "tm", "job pool"} <= set(closed), closed
    if fails == "windows":
        assert "events" in closed  # the front events' generator was closed too (its futures cancelled)
    assert report.executor == {"name": "fake"}


def test_a_failing_close_does_not_keep_the_others_open(monkeypatch):
    closed: list[str] = []
    executor = _Executor("windows", closed)
    monkeypatch.setattr(executors, "make_executor", lambda job: executor)

    def broken() -> None:
        raise OSError("tm close failed")

    job = SimpleNamespace(options=SimpleNamespace(prefetch=True, window=4), pool=_Closable("job pool", closed))
    report = SimpleNamespace(add_warning=lambda m: None)
    with pytest.raises((OSError, RuntimeError)):
        Runner(job)._schedule([], None, iter(()), SimpleNamespace(close=broken), SimpleNamespace(folder_full=None),
                              report)
    assert {"executor", "job pool"} <= set(closed), closed


def test_closing_the_prefetch_closes_what_it_read():
    closed: list[str] = []

    def items():
        try:
            n = 0
            while True:
                n += 1
                yield n
        finally:
            closed.append("items")

    it = Prefetch(items(), 2)
    assert next(it) == 1
    it.close()
    assert closed == ["items"]
