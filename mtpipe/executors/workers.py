"""The job's front worker processes: a pool holding the front stages, started once and reused by runs.

:func:`start_workers` starts a job's ``--workers`` processes before its runs (as a model is
loaded before a job), :class:`FrontWorkers` holds them, and each process keeps its front
stages by key (:func:`_init_worker`, :func:`_prepare_in_worker`), so a run only sends the
stages that changed.  :func:`resolve_workers` says how many processes ``--workers`` means.
Windows' back stages run in processes of their own (:func:`back_pool`, :func:`_back_in_worker`),
the model staying in the job process (:mod:`.model_server`).
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, Sequence

from ..stages import Pipeline
from .front import Event, Todo, prepare_many, prepare_one


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


def _watch_job(pid: int, every: float = 1.0) -> None:
    """End this worker when the job process ``pid`` has ended (killed with SIGKILL, it cannot stop its
    workers: they would wait on the pool's queue for ever, holding their memory).  Linux's pidfd says
    so at once, also while the dead job is an unreaped zombie; elsewhere the job is polled."""
    import threading

    def wait_pidfd(fd: int) -> None:
        import select

        select.select([fd], [], [])  # readable once the process has terminated
        os._exit(1)

    def poll() -> None:
        import time

        while True:
            time.sleep(every)
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:  # the pid went to another user's process: ours has ended
                os._exit(1)

    import signal

    # Ctrl-C reaches the terminal's whole process group: the job stops and says so; this worker ends at once and
    # quietly (its KeyboardInterrupt printed a traceback of the pool's queue; ignored, the job waited for its window),
    # but never in the middle of a result it is sending (see _whole_results)
    _whole_results()
    signal.signal(signal.SIGINT, _interrupted)
    try:
        fd = os.pidfd_open(pid)  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        threading.Thread(target=poll, name="mtpipe-job-watch", daemon=True).start()
    else:
        threading.Thread(target=wait_pidfd, args=(fd,), name="mtpipe-job-watch", daemon=True).start()


#: In a worker: results being sent to the job now (:func:`_whole_results`), and whether Ctrl-C came meanwhile.
_SENDING = [0]
_INTERRUPTED = [False]


def _interrupted(*_: Any) -> None:
    """A worker's SIGINT handler: end now (130), or, while a result is being sent, once it is sent whole."""
    if _SENDING[0]:
        _INTERRUPTED[0] = True
        return
    os._exit(130)


def _whole_results() -> None:
    """In a worker: each result goes to the job whole, even when Ctrl-C comes while it is being written.

    A pool worker sends its results through a pipe (``multiprocessing``'s ``SimpleQueue.put``: a length,
    then the bytes, written in pieces while the pipe is full).  A worker that ended between the pieces left
    the job's pool reading the rest for ever (the job holds the pipe's writing end too: no end of file):
    after Ctrl-C, the job then waited for good in ``ProcessPoolExecutor.shutdown`` (``tools/ctrl_c_check.py``:
    1 of 40 tries under load, its stacks taken with py-spy).  A put in progress now finishes first (the
    job's pool reads on: it is bounded), then the worker ends."""
    from multiprocessing.queues import SimpleQueue

    put = SimpleQueue.put
    if getattr(put, "_mtpipe_whole", False):
        return

    def whole_put(self: Any, obj: Any) -> None:
        _SENDING[0] += 1
        try:
            put(self, obj)
        finally:
            _SENDING[0] -= 1
            if _INTERRUPTED[0] and not _SENDING[0]:
                os._exit(130)

    whole_put._mtpipe_whole = True  # type: ignore[attr-defined]
    SimpleQueue.put = whole_put  # type: ignore[method-assign]


def _init_worker(front_blob: bytes, warm: Sequence[tuple[Any, Any]] = (), keyed: Sequence[tuple[str, bytes]] = (),
                 job_pid: int = 0) -> None:
    if job_pid and job_pid != os.getpid():
        _watch_job(job_pid)
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
    _load_front(front)
    return prepare_one(_FRONT[0], path, input_dir, input_hash, stat)


class SealedDoc:
    """A prepared document as its pickle, made in the front worker: with ``--workers N`` the job only
    forwards a document to the worker that finishes its window, so it travels there unopened (one
    unpickling and one pickling fewer in the job process).  :meth:`open` gives the document."""

    __slots__ = ("blob",)

    def __init__(self, blob: bytes) -> None:
        self.blob = blob

    def __getstate__(self) -> bytes:
        return self.blob

    def __setstate__(self, blob: bytes) -> None:
        self.blob = blob

    def open(self) -> Any:
        return pickle.loads(self.blob)


def opened(doc: Any) -> Any:
    """``doc`` itself, or the document a :class:`SealedDoc` holds."""
    return doc.open() if isinstance(doc, SealedDoc) else doc


def _prepare_many_in_worker(todo: Sequence[Todo], front: FrontRef | None = None, sealed: bool = False) -> list[Event]:
    """A few documents through this worker's front stages (their batch ``pipe()``), in order; ``sealed``:
    each document as a :class:`SealedDoc`."""
    _load_front(front)
    events = prepare_many(_FRONT[0], todo)
    if sealed:
        events = [(*ev[:3], SealedDoc(pickle.dumps(ev[3], protocol=pickle.HIGHEST_PROTOCOL)), *ev[4:])
                  if ev[0] == "doc" else ev for ev in events]
    return events


def _load_front(front: FrontRef | None) -> None:
    if front is not None and front[0] != _FRONT_KEY[0]:  # this run's front stages differ: read the new ones once
        keys = front[0].split(".")
        stages = [_STAGES[k] if k in _STAGES else pickle.loads(Path(front[1], f"{k}.pickle").read_bytes())
                  for k in keys]
        _STAGES.clear()
        _STAGES.update(zip(keys, stages))
        _FRONT[0] = Pipeline(stages, front[2])
        _FRONT_KEY[0] = front[0]


#: Processes that run windows' back stages (translate with the job's model, verify, flag, write):
#: two, so one writes a window while the other's is translated.  Apart from the front workers, so a
#: window waiting on the model never holds a process the front stages could use.
BACK_PROCESSES = 2


def back_pool() -> ProcessPoolExecutor:
    """A pool of :data:`BACK_PROCESSES` processes for windows' back stages, started now."""
    import multiprocessing

    pool = ProcessPoolExecutor(max_workers=BACK_PROCESSES, mp_context=multiprocessing.get_context(_start_method()),
                               initializer=_watch_job, initargs=(os.getpid(),))  # they end with the job
    try:  # start them now (a pool starts its processes on demand), with the back stages' modules imported
        for f in [pool.submit(_import_back) for _ in range(BACK_PROCESSES)]:
            f.result()
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    return pool


def _import_back() -> int:
    import mtpipe.executors.model_server  # noqa: F401
    import mtpipe.glossary.strategies  # noqa: F401
    import mtpipe.stages.translate  # noqa: F401
    import mtpipe.stages.write  # noqa: F401

    return os.getpid()


#: per worker process: token counters by key, loaded once (SentencePiece), not once per window
_COUNTERS: dict[str, Any] = {}


def _back_in_worker(back_blob: bytes, writer: Any, docs: list[Any], remote: Any) -> "list[Any] | BaseException":
    """In a worker: every back stage on a window (translate with the job's model through ``remote``:
    grouping, term protection, restore, verify and retry; then verify, flag), then its outputs
    written (:class:`~mtpipe.stages.write.DocWriter`); what the job records comes back, not the documents."""
    back = pickle.loads(back_blob)
    docs = [opened(d) for d in docs]
    if remote.tokens_key:
        remote.tokens = _COUNTERS.setdefault(remote.tokens_key, remote.tokens)
    try:
        with remote:  # this window's turn: the one before it has made its last model call
            bound = back.bind(remote.engine, remote.tm)
            i = bound.names().index("translate") + 1
            head = Pipeline(bound.stages[:i], bound.initial)
            translate = head.find("translate")
            for key, probe in remote.probes.items():  # learned by the windows before it
                translate.probes.results.setdefault(key, probe)
            for key, value in remote.tm_keys.items():
                translate._tm_keys.setdefault(key, value)
            try:
                head.run(docs)
            finally:  # the job may serve the next window; what the stage learned goes back
                remote.done(translate.probes.results, translate._tm_keys)
        Pipeline(bound.stages[i:], head.provides).run(docs)  # verify, flag: no model
    except Exception as e:
        logging.getLogger("mtpipe").debug("translation failed", exc_info=True)
        return e
    return writer.window(docs, remote.engine)  # type: ignore[no-any-return]


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
        initial = pickle.dumps(tuple(getattr(front, "initial", ("text",))))
        self._back: ProcessPoolExecutor | None = None
        self._dir = tempfile.mkdtemp(prefix="mtpipe-front-")
        try:  # whatever fails from here (a full disk, no process to start) leaves no folder or process behind
            for key, blob in keyed:  # a later run may come back to a stage version the workers dropped
                with open(os.path.join(self._dir, f"{key}.pickle"), "wb") as f:
                    f.write(blob)
            self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(_start_method()),
                                            initializer=_init_worker, initargs=(initial, tuple(warm), keyed, os.getpid()))
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

    def back(self) -> ProcessPoolExecutor:
        """The processes for windows' back stages (:func:`back_pool`), started on first use, kept for
        the job's later runs."""
        if self._back is None:
            self._back = back_pool()
        return self._back

    def close(self) -> None:
        """End the processes and remove the files."""
        import shutil

        try:
            if self._back is not None:
                self._back.shutdown(wait=True, cancel_futures=True)
                self._back = None
            pool = getattr(self, "pool", None)  # None: __init__ failed before it started the processes
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
        finally:
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
