"""Bounds on the work one document may take: its size and time budget (:class:`DocumentLimits`,
a front stage), the check between stages (:func:`check_budget`) and the watchdog that stops a
stage in the middle once the budget ran out (:class:`document_deadline`, :class:`DocumentOvertime`).
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .pathnames import printable
from .stages import MapStage
from .errors import DocumentOvertime


def check_budget(path: str | Path, started: float, budget_s: float | None) -> None:
    """Raise :class:`~mtpipe.ingest.IngestError` once a document has used its time budget.

    Called between the stages that prepare a document, so a pathological one fails alone
    (with a problem naming it) and the documents after it go on.
    """
    import time

    if budget_s is None:
        return
    took = time.monotonic() - started
    if took > budget_s:
        from .ingest import IngestError

        raise IngestError(printable(path), f"took {took:.0f} s to prepare, over the budget of {budget_s:.0f} s per "
                                           "document (--doc-timeout); split the file")


def _raise_in(thread_id: int, exc: type[BaseException] | None) -> bool:
    """Make thread ``thread_id`` raise ``exc`` at its next bytecode (None: cancel a pending one)."""
    try:
        import ctypes

        set_async = ctypes.pythonapi.PyThreadState_SetAsyncExc
    except (ImportError, AttributeError):  # not CPython: the checks between stages remain
        return False
    return bool(set_async(ctypes.c_ulong(thread_id), None if exc is None else ctypes.py_object(exc)))


#: How soon the watchdog tries again to stop a document whose thread was running a finaliser; after
#: :data:`_RETRIES_FAST` tries (half a second), every :data:`_RETRY_SLOW_S` (a finaliser blocked for long
#: is not polled 500 times a second).
_RETRY_S = 0.002
_RETRIES_FAST = 250
_RETRY_SLOW_S = 0.05


def _finaliser_codes() -> frozenset[Any]:
    import weakref

    return frozenset({weakref.finalize.__call__.__code__})


_FINALISERS = _finaliser_codes()


def _in_finaliser(tid: int) -> bool:
    """Whether thread ``tid`` runs a finaliser now (an object's ``__del__``, a :class:`weakref.finalize`,
    a callback of the garbage collector, anything they call): the garbage collector or a reference count reaching zero may run one inside
    any document's work.  An exception raised there does not reach the document: Python prints it as
    "Exception ignored in ..." and goes on (pytest: PytestUnraisableExceptionWarning)."""
    import gc

    frame = sys._current_frames().get(tid)
    # the garbage collector's callbacks run in the collecting thread too (hypothesis times collections so)
    callbacks = {getattr(cb, "__code__", None) for cb in gc.callbacks}
    while frame is not None:
        code = frame.f_code
        if code.co_name == "__del__" or code in _FINALISERS or code in callbacks:
            return True
        frame = frame.f_back
    return False


#: Longest the watchdog sleeps before it reads the clock again, whatever its next deadline: a wait
#: reckoned while a test had replaced ``time.monotonic`` (tests/test_progress_eta.py does, for every
#: thread of the process) lasted hours, and no later deadline of the process fired (a deadline added
#: after the one it waits for wakes nobody).  Once a second costs nothing.
_MAX_WAIT_S = 1.0


class _Watchdog:
    """One thread per process that fires every :class:`document_deadline` when its time comes.

    A deadline is added under a lock and forgotten when it passes (one that ended before just
    finds itself no longer live): no thread is started, woken or joined per document, so a
    document's preparation does not wait for the operating system to schedule a new thread.
    """

    def __init__(self) -> None:
        self.pid = os.getpid()
        self.cond = threading.Condition()
        self.heap: list[tuple[float, int, "document_deadline"]] = []
        self.seq = 0
        thread = threading.Thread(target=self._run, name="mtpipe-doc-deadline", daemon=True)
        thread.start()

    def add(self, when: float, deadline: "document_deadline") -> None:
        import heapq

        with self.cond:
            wake = not self.heap or when < self.heap[0][0]
            self.seq += 1
            heapq.heappush(self.heap, (when, self.seq, deadline))
            if wake:  # otherwise the thread already wakes up earlier
                self.cond.notify()

    def _run(self) -> None:
        import heapq
        import time

        with self.cond:
            while True:
                now = time.monotonic()
                while self.heap and self.heap[0][0] <= now:
                    deadline = heapq.heappop(self.heap)[2]
                    if not deadline._fire():  # its thread was in a finaliser: again in a moment
                        self.seq += 1
                        deadline.retries += 1
                        wait = _RETRY_S if deadline.retries < _RETRIES_FAST else _RETRY_SLOW_S
                        heapq.heappush(self.heap, (now + wait, self.seq, deadline))
                self.cond.wait(min(self.heap[0][0] - now, _MAX_WAIT_S) if self.heap else None)


_WATCHDOG: list[_Watchdog] = []
_WATCHDOG_LOCK = threading.Lock()


def _watchdog() -> _Watchdog:
    """This process's :class:`_Watchdog` (a forked child starts its own)."""
    import os

    if not _WATCHDOG or _WATCHDOG[0].pid != os.getpid():
        with _WATCHDOG_LOCK:
            if not _WATCHDOG or _WATCHDOG[0].pid != os.getpid():
                _WATCHDOG[:] = [_Watchdog()]
    return _WATCHDOG[0]


class document_deadline:
    """Stop a document's preparation *inside* a stage once ``budget_s`` seconds have passed.

    A watchdog timer makes the preparing thread raise :class:`DocumentOvertime` at its next
    bytecode, wherever it is: a cleaning, segmentation or protection loop that would run for
    hours on a pathological document is cut short, the document fails alone (with a problem
    naming it) and the window goes on.  Any thread works (the serial executor prepares in a
    prefetch thread, workers in their main thread).  On leaving the block the timer is
    cancelled, and an exception it already sent but that was not yet raised is withdrawn, so
    nothing fires after the document.  If the stage swallowed the exception, leaving the block
    raises it again.  Not stopped: one long call into C (a single regular expression, a
    ``str.translate`` of a huge string) runs to its end; the check after it catches it.

    Example::

        with document_deadline(path, 600):
            for st in front:
                doc = st(doc)
    """

    def __init__(self, path: str | Path, budget_s: float | None) -> None:
        import threading

        self.path, self.budget_s = path, budget_s
        self._lock = threading.Lock()
        self._live = False
        self.fired = False
        self.retries = 0  # times the watchdog found the thread in a finaliser
        self._timer: _Watchdog | None = None  # what fires it (None: no budget)

    def _fire(self) -> bool:
        """Make the document's thread raise :class:`DocumentOvertime`, unless it is running a finaliser
        (False: try again shortly).  Its next bytecode raises: the thread cannot have moved on since
        the look, but for the watchdog losing the interpreter between the look and the send; it looks
        again after the send and withdraws the exception should it find the thread in a finaliser."""
        with self._lock:
            if not self._live:
                return True
            if _in_finaliser(self._tid):
                return False
            if not _raise_in(self._tid, DocumentOvertime):
                return True
            if _in_finaliser(self._tid):
                _raise_in(self._tid, None)
                return False
            self.fired = True
            return True

    def __enter__(self) -> "document_deadline":
        import threading
        import time

        if self.budget_s is not None:
            self._tid = threading.get_ident()
            self._live = True
            self._timer = _watchdog()
            self._timer.add(time.monotonic() + self.budget_s, self)
        return self

    def __exit__(self, et: object, ev: object, tb: object) -> bool:
        with self._lock:
            self._live = False
            if self.fired and not isinstance(ev, DocumentOvertime):
                _raise_in(self._tid, None)  # sent but not raised yet: withdraw it
        if self.fired and not isinstance(ev, DocumentOvertime):
            raise DocumentOvertime  # swallowed by a stage, or withdrawn above: the document still fails
        return False


@dataclass(frozen=True)
class DocumentLimits(MapStage):
    """Bounds on the work one document may take, carried with the front stages (it is one:
    the identity) so every executor's :func:`~mtpipe.executors.front.prepare_one` applies them.

    Attributes:
        max_chars: Longest document in characters after decoding (None: no limit).
        budget_s: Seconds to read and prepare it (None: no limit): enforced inside the stages
            (:func:`document_deadline`) and checked after each one.
    """

    name = "limits"  # a stage that changes nothing (not dataclass fields: no annotation)
    requires = ()
    provides = ()

    max_chars: int | None = 2_000_000
    budget_s: float | None = None

    def __call__(self, doc: Any) -> Any:
        return doc
