"""The local executor: front stages here or in worker processes, the model in this process.

With ``--workers 1`` (the default) each document is read and prepared in
this process (in the job's prefetch thread, ahead of the model).  With
``--workers N`` (N > 1; 0 = one per core CTranslate2's ``--intra-threads``
leaves free) the front stages run in a pool of N processes, at most a few
documents per worker ahead of the job, and the events come back in input
order, so windows (and their batches) are exactly those of one worker.
Windows are translated and written here, one after the other.
"""

from __future__ import annotations

import logging
import os
import pickle
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Iterator

from .front import Event, prepare_one

__all__ = ["LocalExecutor", "resolve_workers", "run_back"]

log = logging.getLogger("mtpipe")

#: Documents handed to each worker ahead of the consumer (bounds memory; keeps workers busy).
AHEAD_PER_WORKER = 4


def resolve_workers(workers: int, intra_threads: int = 0) -> int:
    """``workers`` itself, or (0) the cores left after ``intra_threads`` for the model, at least 1."""
    if workers > 0:
        return workers
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, cores - max(1, intra_threads))


_FRONT: list[Any] = []  # the front stages, in each worker process


def _init_worker(front_blob: bytes) -> None:
    _FRONT[:] = pickle.loads(front_blob)


def _prepare_in_worker(path: Any, input_dir: Any, input_hash: str, stat: Any = ()) -> Event:
    return prepare_one(_FRONT, path, input_dir, input_hash, stat)


def run_back(back: Any, window: list[Any]) -> BaseException | None:
    """Run the back stages (translate, verify, flag) on a window's documents in place; the exception
    instead of raising it (the writer reports it for each document of the window)."""
    try:
        back.run([p.doc for p in window])
    except Exception as e:
        log.debug("translation failed", exc_info=True)
        return e
    return None


class _Serial:
    """Windows translated and written one by one, in this process."""

    def __init__(self, job: Any, tm: Any, write: Any) -> None:
        self.back, self.write = job.back_pipeline(tm), write

    def submit(self, window: list[Any]) -> None:
        self.write.window(window, run_back(self.back, window))

    def finish(self) -> None:
        pass


class LocalExecutor:
    """See the module doc.

    Args:
        job: The prepared job (its front stages, input folder and options).
    """

    name = "local"

    def __init__(self, job: Any) -> None:
        self.job = job
        self.workers = resolve_workers(getattr(job.options, "workers", 1), job.options.intra_threads)
        self._pool: ProcessPoolExecutor | None = None
        self.front = job.front

    def first_pass(self, paths: list[Any], input_dir: Any) -> None:
        """The run's own copy of the front stages learns from the whole input, here."""
        self.front = self.job.front.for_run()
        self.front.first_pass(paths, input_dir)

    def prepare(self, events: Iterator[Event]) -> Iterator[Event]:
        """Documents after the front stages, in input order (see the module doc)."""
        if self.workers <= 1:
            return self._serial(events)
        return self._parallel(events)

    def _serial(self, events: Iterator[Event]) -> Iterator[Event]:
        for ev in events:
            yield prepare_one(self.front, *ev[1:]) if ev[0] == "todo" else ev

    def _parallel(self, events: Iterator[Event]) -> Iterator[Event]:
        import multiprocessing

        # forkserver/spawn: the job has threads (prefetch, CTranslate2) that fork would copy half-held
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=multiprocessing.get_context(method),
                                         initializer=_init_worker, initargs=(pickle.dumps(self.front),))
        ahead: deque[Future[Event] | Event] = deque()
        limit = self.workers * AHEAD_PER_WORKER
        try:
            for ev in events:
                if ev[0] == "todo":
                    ahead.append(self._pool.submit(_prepare_in_worker, *ev[1:]))
                else:
                    ahead.append(ev)
                while len(ahead) > limit:
                    yield _result(ahead.popleft())
            while ahead:
                yield _result(ahead.popleft())
        finally:
            for f in ahead:
                if isinstance(f, Future):
                    f.cancel()

    def windows(self, job: Any, tm: Any, write: Any) -> _Serial:
        """Windows translated here, one by one."""
        return _Serial(job, tm, write)

    def stats(self) -> dict[str, Any]:
        return {"name": self.name, "workers": self.workers}

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _result(item: "Future[Event] | Event") -> Event:
    if isinstance(item, Future):
        return item.result()
    return item
