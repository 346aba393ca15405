"""The local executor: front stages here or in worker processes, the model in this process.

With ``--workers 1`` (the default) each document is read and prepared in
this process (in the job's prefetch thread, ahead of the model).  With
``--workers N`` (N > 1; 0 = one per core CTranslate2's ``--intra-threads``
leaves free) the front stages run in a pool of N processes, at most a few
documents per worker ahead of the job, and the events come back in input
order, so windows (and their batches) are exactly those of one worker.
Windows are translated here (the model, grouping, restoring terms), one after
the other; with N > 1 the stages after the model (verify, flag) and the
writing of each window's outputs then run in the same worker processes (the
Ray window actors' design: :class:`~mtpipe.stages.write.DocWriter` there, only
the small records back), and the job records each window, in order, once its
outputs are on disk; the entity index's mentions are found there too
(:meth:`LocalExecutor.map_in_order`).

The pool is started by each run, unless :func:`start_workers` started one for
the job beforehand (as a model is loaded before a job): its runs then reuse
those processes, and a run whose front stages changed (the cleaner's
cross-document line counts, say) sends them once through a file, not with
every document.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any, Iterator, Sequence

from ..stages import Pipeline
from .front import Event, prepare_one

__all__ = ["FrontWorkers", "LocalExecutor", "resolve_workers", "run_back", "start_workers", "stop_workers"]

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


_FRONT: list[Any] = [None]  # the front stages (a Pipeline), in each worker process
_FRONT_KEY: list[str] = [""]  # which pickled stages they came from (their keys, joined)
_STAGES: dict[str, Any] = {}  # this worker's stages by key: a stage that did not change is kept (warm)

#: ``(keys joined by ".", folder of the stage files, the pipeline's initial fields)``: a run's front stages
FrontRef = tuple[str, str, tuple[str, ...]]


def _key(blob: bytes) -> str:
    return hashlib.sha256(blob).hexdigest()[:16]


def _init_worker(front_blob: bytes, warm: Sequence[tuple[Any, Any]] = (), keyed: Sequence[tuple[str, bytes]] = ()
                 ) -> None:
    if keyed:  # the job's workers: stage by stage, so a run only replaces the stages that changed
        stages = [pickle.loads(blob) for _, blob in keyed]
        _STAGES.clear()
        _STAGES.update((k, st) for (k, _), st in zip(keyed, stages))
        _FRONT[0] = Pipeline(stages, pickle.loads(front_blob))
        _FRONT_KEY[0] = ".".join(k for k, _ in keyed)
    else:
        _FRONT[0] = pickle.loads(front_blob)
        _FRONT_KEY[0] = _key(front_blob)
    for path, input_dir in warm:  # load what the stages load on first use (models, tables) now
        prepare_one(_FRONT[0], path, input_dir, "warm")


def _prepare_in_worker(path: Any, input_dir: Any, input_hash: str, stat: Any = (),
                       front: FrontRef | None = None) -> Event:
    if front is not None and front[0] != _FRONT_KEY[0]:  # this run's front stages differ: read the new ones once
        keys = front[0].split(".")
        stages = [_STAGES[k] if k in _STAGES else pickle.loads(Path(front[1], f"{k}.pickle").read_bytes())
                  for k in keys]
        _STAGES.clear()
        _STAGES.update(zip(keys, stages))
        _FRONT[0] = Pipeline(stages, front[2])
        _FRONT_KEY[0] = front[0]
    return prepare_one(_FRONT[0], path, input_dir, input_hash, stat)


def _pid_after(seconds: float) -> int:
    import time

    time.sleep(seconds)
    return os.getpid()


class FrontWorkers:
    """Worker processes holding a job's front stages, started once and reused by the job's runs.

    Made by :func:`start_workers`; :meth:`close` ends them.

    Args:
        front: The job's front stages.
        workers: How many processes.
        warm: ``(path, input_dir)`` documents each process prepares once at its start (and
            forgets), so the stages' lazy loading is done before a run.
    """

    def __init__(self, front: Sequence[Any], workers: int, warm: Sequence[tuple[Any, Any]] = ()) -> None:
        import multiprocessing

        keyed = [(_key(b), b) for b in (pickle.dumps(st) for st in front)]
        self.workers = workers
        self.key = ".".join(k for k, _ in keyed)
        self._dir = tempfile.mkdtemp(prefix="mtpipe-front-")
        for key, blob in keyed:  # a later run may come back to a stage version the workers dropped
            with open(os.path.join(self._dir, f"{key}.pickle"), "wb") as f:
                f.write(blob)
        initial = pickle.dumps(tuple(getattr(front, "initial", ("text",))))
        self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(_start_method()),
                                        initializer=_init_worker, initargs=(initial, tuple(warm), keyed))
        try:
            # start every process now (a pool starts them on demand) and wait until each has run its
            # initializer: a run must not find one still loading
            pids: set[int] = set()
            for _ in range(100):
                pids.update(f.result() for f in [self.pool.submit(_pid_after, 0.02) for _ in range(workers)])
                if len(pids) >= workers:
                    break
        except BaseException:
            self.close()
            raise

    def front_for_run(self, front: Sequence[Any]) -> FrontRef:
        """``front`` as pickled now, stage by stage: each stage's key, and a file per stage version the
        workers have not seen (a worker keeps the stages whose key did not change, with what they
        loaded and cached: a shared stage the job process used, or one a run learned nothing for)."""
        keys = []
        for st in front:
            blob = pickle.dumps(st)
            key = _key(blob)
            keys.append(key)
            path = os.path.join(self._dir, f"{key}.pickle")
            if not os.path.exists(path):
                tmp = path + ".tmp"
                with open(tmp, "wb") as f:
                    f.write(blob)
                os.replace(tmp, path)
        return ".".join(keys), self._dir, tuple(getattr(front, "initial", ("text",)))

    def close(self) -> None:
        """End the processes and remove the files."""
        import shutil

        self.pool.shutdown(wait=True, cancel_futures=True)
        shutil.rmtree(self._dir, ignore_errors=True)


def _start_method() -> str:
    import multiprocessing

    # forkserver/spawn: the job has threads (prefetch, CTranslate2) that fork would copy half-held
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


def start_workers(job: Any, warm: Sequence[tuple[Any, Any]] = ()) -> FrontWorkers | None:
    """Start the job's ``--workers`` processes now, as a model is loaded before a job.

    Every later run of ``job`` with more than one worker prepares its documents in these
    processes instead of starting its own (outputs are the same).  Call ``close()`` on the
    result (or :func:`stop_workers`) when done.

    Args:
        job: A prepared job (:class:`~mtpipe.pipeline.Job`).
        warm: Documents ``(path, input_dir)`` each process prepares once at its start.

    Returns:
        The workers (also kept as ``job.front_workers``), or None when the job runs one worker.
    """
    n = resolve_workers(getattr(job.options, "workers", 1), job.options.intra_threads)
    if n <= 1:
        return None
    stop_workers(job)
    job.front_workers = FrontWorkers(job.front, n, warm)
    return job.front_workers  # type: ignore[no-any-return]


def stop_workers(job: Any) -> None:
    """End the processes :func:`start_workers` started for ``job`` (if any)."""
    workers = getattr(job, "front_workers", None)
    if workers is not None:
        workers.close()
        job.front_workers = None


def run_back(back: Any, window: list[Any]) -> BaseException | None:
    """Run the back stages (translate, verify, flag) on a window's documents in place; the exception
    instead of raising it (the writer reports it for each document of the window)."""
    try:
        back.run([p.doc for p in window])
    except Exception as e:
        log.debug("translation failed", exc_info=True)
        return e
    return None


def _finish_in_worker(tail: Any, writer: Any, docs: list[Any]) -> "list[Any] | BaseException":
    """In a worker: the stages after the model (verify, flag) on a window, then its outputs written
    (:class:`~mtpipe.stages.write.DocWriter`); what the job records comes back, not the documents."""
    try:
        tail.run(docs)
    except Exception as e:
        log.debug("translation failed", exc_info=True)
        return e
    return writer.window(docs)  # type: ignore[no-any-return]


class _Pooled:
    """Windows translated here (the model, grouping, restoring terms), then finished and written in
    the worker processes (:func:`_finish_in_worker`, the Ray window actors' design), at most
    ``limit`` in flight; recorded here in window order.  Events the runner reports between windows
    (:meth:`later`) wait for the windows submitted before them, so the report's order is the serial one.
    """

    def __init__(self, pool: ProcessPoolExecutor, head: Any, tail: Any, write: Any, workers: int) -> None:
        from ..stages.write import source_tokens

        self.pool, self.head, self.tail, self.write = pool, head, tail, write
        self.workers = workers
        self.limit = max(2, workers)
        self.inflight: deque[tuple[Any, ...]] = deque()
        self._tokens = source_tokens

    def submit(self, window: list[Any]) -> None:
        docs = [p.doc for p in window]
        error = run_back(self.head, window)
        if error is not None:
            self.inflight.append(("failed", window, error))
        else:
            w = self.write
            tokens = ([self._tokens(d, w.targets, w.engine) for d in docs]
                      if w.writer.count_tokens and w.engine is not None else None)
            # in as many parts as there are workers, so the last window is not written by one alone
            size = -(-len(docs) // self.workers)
            futs = [self.pool.submit(_finish_in_worker, self.tail, w.writer, docs[i:i + size])
                    for i in range(0, len(docs), size)]
            self.inflight.append(("window", window, futs, tokens))
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
        if item[0] == "failed":
            self.write.failed(item[1], item[2])
            return
        _, window, futs, tokens = item
        done: list[Any] = []
        error: BaseException | None = None
        for fut in futs:
            try:
                part = fut.result()
            except Exception as e:  # the worker died, or the window could not travel
                part = e
            if isinstance(part, BaseException):
                error = error or part
            else:
                done += part
        if error is not None:  # as serially: the whole window failed (nothing of it is recorded)
            self.write.failed(window, error)
            return
        for i, w in enumerate(done):
            if tokens is not None:
                w.tokens = tokens[i]
        for w in done:  # as the serial writer reports them: the window's notes, then its documents
            for m in w.notes:
                self.write.report.add_warning(m)
            w.notes = []
        self.write.written(window, done)

    def finish(self) -> None:
        while self.inflight:
            self._oldest()


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
        self._front_ref: FrontRef | None = None
        self.front = job.front

    def first_pass(self, paths: list[Any], input_dir: Any) -> None:
        """The run's own copy of the front stages learns from the whole input, here."""
        self.front = self.job.front.for_run()
        self.front.first_pass(paths, input_dir)

    def prepare(self, events: Iterator[Event]) -> Iterator[Event]:
        """Documents after the front stages, in input order (see the module doc)."""
        if self.workers <= 1:
            return self._serial(events)
        self._pool_for_run()  # now, in this thread: the events may be read in a prefetch thread
        return self._parallel(events)

    def _serial(self, events: Iterator[Event]) -> Iterator[Event]:
        for ev in events:
            yield prepare_one(self.front, *ev[1:]) if ev[0] == "todo" else ev

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
                                             initializer=_init_worker, initargs=(pickle.dumps(self.front),))
        return self._pool, None

    def _parallel(self, events: Iterator[Event]) -> Iterator[Event]:
        pool, front = self._pool_for_run()
        ahead: deque[Future[Event] | Event] = deque()
        limit = self.workers * AHEAD_PER_WORKER
        try:
            for ev in events:
                if ev[0] == "todo":
                    ahead.append(pool.submit(_prepare_in_worker, *ev[1:5], front=front))
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

    def windows(self, job: Any, tm: Any, write: Any) -> "_Serial | _Pooled":
        """Windows translated here, one by one; with worker processes, each window's stages after the
        model (verify, flag) and its outputs run in a worker, recorded here in order."""
        if self.workers > 1:
            back = job.back_pipeline(tm)
            names = back.names()
            if "translate" in names:
                i = names.index("translate") + 1
                head = Pipeline(back.stages[:i], back.initial)
                tail = Pipeline(back.stages[i:], head.provides)
                # a stage after the model that needs it (an engine to bind) stays here
                if not any(callable(getattr(st, "bind", None)) for st in tail):
                    return _Pooled(self._pool_for_run()[0], head, tail, write, self.workers)
        return _Serial(job, tm, write)

    def map_in_order(self, fn: Any, items: Sequence[Any]) -> Iterator[Any]:
        """``fn(item)`` for each item, in the worker processes (a few in flight), results in order;
        here with one worker.  ``fn`` must pickle (a module-level function or a partial of one)."""
        if self.workers <= 1:
            yield from map(fn, items)
            return
        pool = self._pool_for_run()[0]
        ahead: deque[Future[Any]] = deque()
        try:
            for item in items:
                ahead.append(pool.submit(fn, item))
                while len(ahead) > 2 * self.workers:
                    yield ahead.popleft().result()
            while ahead:
                yield ahead.popleft().result()
        finally:
            for f in ahead:
                f.cancel()

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
