"""The local executor: front stages here or in worker processes, the model in this process.

With ``--workers 1`` (the default) documents are read and prepared in
this process (in the job's prefetch thread, ahead of the model), a few at a
time through the front stages' ``pipe()`` (:func:`~mtpipe.executors.front.prepare_many`).
With ``--workers N`` (N > 1; 0 = one per core CTranslate2's ``--intra-threads``
leaves free) the front stages run in a pool of N processes, a few documents
per call and a few calls per worker ahead of the job, and the events come back in input
order, so windows (and their batches) are exactly those of one worker.
With one worker, windows are translated, finished and written here, one after
the other.  With N > 1 every back stage of a window runs in a worker process
(the Ray window actors' design): translate (grouping, term protection, restore
and verify per strategy) with the job's model through
:class:`~mtpipe.executors.model_server.ModelServer`, then verify, flag and the
writing of its outputs (:class:`~mtpipe.stages.write.DocWriter`, only the small
records back); the job process keeps the model and the memory, answers one
window's model calls at a time, in window order, and records each window, in
order, once its outputs are on disk.  The entity index's mentions are found in
the workers too (:meth:`LocalExecutor.map_in_order`).

The pool is started by each run, unless :func:`start_workers` started one for
the job beforehand (as a model is loaded before a job): its runs then reuse
those processes, and a run whose front stages changed (the cleaner's
cross-document line counts, say) sends them once through a file, not with
every document.
"""

from __future__ import annotations

import logging
import os
import pickle
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Iterator, Sequence

from .front import Event, gather_todo, prepare_many
from .workers import FrontRef, FrontWorkers, _back_in_worker, _init_worker, _prepare_many_in_worker, _start_method
from .workers import back_pool, opened, resolve_workers
from .workers import start_workers, stop_workers  # noqa: F401

__all__ = ["FrontWorkers", "LocalExecutor", "resolve_workers", "run_back", "start_workers", "stop_workers"]

log = logging.getLogger("mtpipe")

#: Batches of documents (:data:`~mtpipe.executors.front.FRONT_BATCH` each) handed to each worker ahead
#: of the consumer (bounds memory; keeps workers busy).
AHEAD_PER_WORKER = 2


#: Seconds :meth:`_Pooled.close` waits for its serving thread (at most one model call, which the
#: server finishes before it sees the close).
CLOSE_WAIT_S = 30.0


def run_back(back: Any, window: list[Any]) -> BaseException | None:
    """Run the back stages (translate, verify, flag) on a window's documents in place; the exception
    instead of raising it (the writer reports it for each document of the window)."""
    try:
        back.run([p.doc for p in window])
    except Exception as e:
        log.debug("translation failed", exc_info=True)
        return e
    return None


class _Pooled:
    """Every back stage of a window in a worker process (translate with restore and verify per
    strategy, verify, flag, write: :func:`_back_in_worker`, the Ray window actors' design), the model
    and the memory here (:class:`~mtpipe.executors.model_server.ModelServer`), at most ``limit``
    windows in flight; recorded here in window order.  Events the runner reports between windows
    (:meth:`later`) wait for the windows submitted before them, so the report's order is the serial one.

    The windows' model calls are answered by a thread of their own (:meth:`_serve_windows`), in window
    order, as soon as each window's worker asks: a window is translated while this thread forms the
    next one (it used to wait until the next window was formed), and recording a finished window
    never holds up the model.
    """

    def __init__(self, pool: ProcessPoolExecutor, back: Any, engine: Any, tm: Any, write: Any, workers: int) -> None:
        import queue
        import threading

        from .model_server import ModelServer

        self.pool, self.back, self.write = pool, back, write
        self.server = ModelServer(engine, tm, back.find("translate"))
        self.limit = max(2, workers)
        self.inflight: deque[tuple[Any, ...]] = deque()
        self.windows = 0
        self._to_serve: "queue.Queue[tuple[int, Future[Any]] | None]" = queue.Queue()
        self._stopping = False
        self._serving = threading.Thread(target=self._serve_windows, name="mtpipe-serve-windows", daemon=True)
        try:
            self._serving.start()
        except BaseException:  # no thread to start (a process at its limit): the server's thread and socket go
            self.server.close()
            raise

    def _serve_windows(self) -> None:
        """Answer each submitted window's model calls, one window at a time, in window order."""
        while True:
            item = self._to_serve.get()
            if item is None:
                return
            if self._stopping:
                continue
            try:
                self.server.serve(*item)
            except Exception:  # its worker sees the connection close and fails the window; the next go on
                log.debug("serving window %d failed", item[0], exc_info=True)

    def submit(self, window: list[Any]) -> None:
        self.windows += 1
        remote = self.server.remote(self.windows)
        # pickled here and now (the pool pickles its arguments in a thread of its own, later)
        blob = pickle.dumps(self.back)
        fut = self.pool.submit(_back_in_worker, blob, self.write.writer, [p.doc for p in window], remote)
        self.inflight.append(("window", window, fut, self.windows))
        self._to_serve.put((self.windows, fut))
        while sum(1 for x in self.inflight if x[0] == "window") > self.limit:
            self._oldest()

    def later(self, fn: Any, *args: Any) -> None:
        """``fn(*args)`` once the windows submitted so far are recorded."""
        if self.inflight:
            self.inflight.append(("call", fn, args))
        else:
            fn(*args)

    def _oldest(self) -> None:
        item = self.inflight.popleft()
        if item[0] == "call":
            item[1](*item[2])
            return
        _, window, fut, number = item
        try:
            done = fut.result()  # served by the serving thread, in order
        except Exception as e:  # the worker died, or the window could not travel
            done = e
        if isinstance(done, BaseException):  # as serially: the whole window failed (nothing of it is recorded)
            self.write.failed(window, done)
            return
        for w in done:  # as the serial writer reports them: the window's notes, then its documents
            for m in w.notes:
                self.write.report.add_warning(m)
            w.notes = []
        self.write.written(window, done)

    def finish(self) -> None:
        ok = False
        try:
            while self.inflight:
                self._oldest()
            ok = True
        finally:
            if not ok:  # stopped by an error: the windows not yet served are not served
                self._stopping = True
                for item in self.inflight:
                    if item[0] == "window":
                        item[2].cancel()
                self.server.close()  # a worker still on its way finds no server and fails its window
            self._to_serve.put(None)
            # bounded: stopped by an error, the window being served was hung up; finished, it has ended
            self._serving.join(timeout=None if ok else CLOSE_WAIT_S)
            self.server.close()

    def close(self) -> None:
        """Stop serving (after :meth:`finish`, or instead of it when the run was interrupted: Ctrl-C
        reaches this, the main, thread; windows not yet served are not served, their workers fail)."""
        self._stopping = True
        for item in self.inflight:
            if item[0] == "window":
                item[2].cancel()
        self.server.close()  # the window being served ends too: no model call after this
        self._to_serve.put(None)
        self._serving.join(timeout=CLOSE_WAIT_S)
        if self._serving.is_alive():  # inside one model call still (the server answers none after it)
            log.warning("the thread serving windows has not ended %.0f s after the run stopped", CLOSE_WAIT_S)


class _Serial:
    """Windows translated and written one by one, in this process."""

    def __init__(self, job: Any, tm: Any, write: Any) -> None:
        self.back, self.write = job.back_pipeline(tm), write

    def submit(self, window: list[Any]) -> None:
        for p in window:  # a document sealed for a worker (see LocalExecutor.prepare) is opened here
            p.doc = opened(p.doc)
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
        self._back: ProcessPoolExecutor | None = None
        self._front_ref: FrontRef | None = None
        self._sealed = False
        self.front = job.front

    def first_pass(self, paths: list[Any], input_dir: Any) -> None:
        """The run's own copy of the front stages learns from the whole input: here, or, in the
        processes :func:`start_workers` started, the reading (the counting stays here, in order)."""
        self.front = self.job.front.for_run()
        shared = getattr(self.job, "front_workers", None)
        if self.workers > 1 and isinstance(shared, FrontWorkers) and shared.workers == self.workers:
            # not the run's own pool: that one starts with the front stages this pass changes
            self.front.first_pass(paths, input_dir,
                                  map_in_order=lambda fn, items: _map_in_order(shared.pool, self.workers, fn, items))
        else:
            self.front.first_pass(paths, input_dir)

    def prepare(self, events: Iterator[Event]) -> Iterator[Event]:
        """Documents after the front stages, in input order (see the module doc)."""
        if self.workers <= 1:
            return self._serial(events)
        # documents only forwarded to the windows' workers (see windows()) travel there unopened
        self._sealed = self._pooled_windows(self.job)
        self._pool_for_run()  # now, in this thread: the events may be read in a prefetch thread
        return self._parallel(events)

    def _serial(self, events: Iterator[Event]) -> Iterator[Event]:
        for item in gather_todo(events):  # the front stages' pipe() over a few documents at a time
            if isinstance(item, list):
                yield from prepare_many(self.front, item)
            else:
                yield item

    def _pool_for_run(self) -> tuple[ProcessPoolExecutor, FrontRef | None]:
        """The worker processes of this run (the job's, started before it, or the run's own) and, for
        the job's, the key and file of this run's front stages."""
        import multiprocessing

        shared = getattr(self.job, "front_workers", None)
        if isinstance(shared, FrontWorkers) and shared.workers == self.workers:
            if self._front_ref is None:
                self._front_ref = shared.front_for_run(self.front)
            return shared.pool, self._front_ref  # started before the run (start_workers); the job closes it
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=self.workers,
                                             mp_context=multiprocessing.get_context(_start_method()),
                                             initializer=_init_worker, initargs=(pickle.dumps(self.front), (), (), os.getpid()))
        return self._pool, None

    def _parallel(self, events: Iterator[Event]) -> Iterator[Event]:
        pool, front = self._pool_for_run()
        ahead: deque[Future[list[Event]] | Event] = deque()
        limit = self.workers * AHEAD_PER_WORKER
        try:
            for item in gather_todo(events):  # a few documents per call: the front stages' pipe() there
                if isinstance(item, list):
                    ahead.append(pool.submit(_prepare_many_in_worker, item, front=front, sealed=self._sealed))
                else:
                    ahead.append(item)
                while len(ahead) > limit:
                    yield from _results(ahead.popleft())
            while ahead:
                yield from _results(ahead.popleft())
        finally:
            for f in ahead:
                if isinstance(f, Future):
                    f.cancel()

    def windows(self, job: Any, tm: Any, write: Any) -> "_Serial | _Pooled":
        """Windows translated and written here, one by one; with worker processes, every back stage
        of a window (translate, verify, flag) and its outputs run in a worker, the model and the
        memory here, recorded here in order."""
        if self._pooled_windows(job):
            return _Pooled(self._back_pool(), job.back, job.pool, tm, write, self.workers)
        return _Serial(job, tm, write)

    def _pooled_windows(self, job: Any) -> bool:
        """Whether windows run in the worker processes (:class:`_Pooled`), not here."""
        back = getattr(job, "back", None)  # a job of front stages only (mtpipe segment) has none
        return self.workers > 1 and back is not None and "translate" in back.names()

    def _back_pool(self) -> ProcessPoolExecutor:
        """The processes for windows' back stages: the job's (:meth:`FrontWorkers.back`), or this run's."""
        shared = getattr(self.job, "front_workers", None)
        if isinstance(shared, FrontWorkers) and shared.workers == self.workers:
            return shared.back()
        if self._back is None:
            self._back = back_pool()
        return self._back

    def map_in_order(self, fn: Any, items: Sequence[Any]) -> Iterator[Any]:
        """``fn(item)`` for each item, in the worker processes (a few in flight), results in order;
        here with one worker.  ``fn`` must pickle (a module-level function or a partial of one)."""
        if self.workers <= 1:
            yield from map(fn, items)
            return
        yield from _map_in_order(self._pool_for_run()[0], self.workers, fn, items)

    def stats(self) -> dict[str, Any]:
        return {"name": self.name, "workers": self.workers}

    def close(self) -> None:
        if self._back is not None:
            self._back.shutdown(wait=True, cancel_futures=True)
            self._back = None
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _map_in_order(pool: ProcessPoolExecutor, workers: int, fn: Any, items: Sequence[Any]) -> Iterator[Any]:
    """``fn(item)`` for each item in ``pool`` (``2 x workers`` in flight), results in order."""
    ahead: deque[Future[Any]] = deque()
    try:
        for item in items:
            ahead.append(pool.submit(fn, item))
            while len(ahead) > 2 * workers:
                yield ahead.popleft().result()
        while ahead:
            yield ahead.popleft().result()
    finally:
        for f in ahead:
            f.cancel()


def _results(item: "Future[list[Event]] | Event") -> list[Event]:
    if isinstance(item, Future):
        return item.result()
    return [item]
