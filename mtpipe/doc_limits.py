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
#: :data:`_RETRIES_FAST` tries in a row that found it in a finaliser which had not used the processor since
#: the try before (waiting on something: it is not polled 500 times a second), every :data:`_RETRY_SLOW_S`.
#: A thread computing (finalisers that come and go: a document spending nearly all its time in them)
#: keeps the tries frequent: each finds it outside a finaliser with the chance of its time spent there.
_RETRY_S = 0.002
_RETRIES_FAST = 250
_RETRY_SLOW_S = 0.05
#: Processor time a thread uses between two tries for its finaliser to count as running, not waiting.
_RUNNING_CPU_S = 0.00005


def _finaliser_codes() -> frozenset[Any]:
    import weakref

    return frozenset({weakref.finalize.__call__.__code__})


_FINALISERS = _finaliser_codes()


def _thread_cpu(tid: int) -> float | None:
    """Processor seconds thread ``tid`` (a ``threading.get_ident()``) has used, or None where unknown."""
    import time

    try:
        return time.clock_gettime(time.pthread_getcpuclockid(tid))
    except (AttributeError, OSError, OverflowError, ValueError):
        return None


#: Code flags of a generator, a coroutine, an asynchronous generator (:mod:`inspect`'s CO_* values).
_GENERATOR_FLAGS = 0x20 | 0x80 | 0x200


def _drop_opcodes() -> frozenset[int]:
    """Instructions that only drop a reference (never resume a generator): a generator's frame whose
    caller stands at one is being closed because its last reference went (its ``finally`` runs)."""
    import dis

    names = ("DELETE_FAST", "DELETE_NAME", "DELETE_GLOBAL", "DELETE_DEREF", "STORE_FAST", "STORE_NAME",
             "STORE_GLOBAL", "STORE_DEREF", "POP_TOP")
    return frozenset(dis.opmap[n] for n in names if n in dis.opmap)


_DROPS = _drop_opcodes()


def _closing_generator(frame: Any) -> bool:
    """Whether ``frame`` is a generator's being closed by its last reference going: its caller stands
    at an instruction that drops a reference (see :func:`_drop_opcodes`).  A generator the collector
    closes during an allocation is not recognised here (the caller may stand at a call, which also
    resumes generators); the exception lost there is sent again (:func:`_lost`)."""
    if not frame.f_code.co_flags & _GENERATOR_FLAGS:
        return False
    caller = frame.f_back
    if caller is None:
        return False
    try:
        return caller.f_code.co_code[caller.f_lasti] in _DROPS
    except (IndexError, ValueError):
        return False


def _finaliser_frame(tid: int) -> Any:
    """The outermost frame of the finaliser thread ``tid`` runs now, or None when it runs none (an object's
    ``__del__``, a :class:`weakref.finalize`, a callback of the garbage collector, a generator closed as
    its last reference goes, anything they call): the garbage collector or a reference count reaching zero
    may run one inside any document's work.  An exception raised there does not reach the document:
    Python prints it as "Exception ignored in ..." and goes on (pytest: PytestUnraisableExceptionWarning)."""
    import gc

    frame = sys._current_frames().get(tid)
    # the garbage collector's callbacks run in the collecting thread too (hypothesis times collections so)
    callbacks = {getattr(cb, "__code__", None) for cb in gc.callbacks}
    found = None
    while frame is not None:
        code = frame.f_code
        if code.co_name == "__del__" or code in _FINALISERS or code in callbacks or _closing_generator(frame):
            found = frame
        frame = frame.f_back
    return found


def _in_finaliser(tid: int) -> bool:
    """Whether thread ``tid`` runs a finaliser now (see :func:`_finaliser_frame`)."""
    return _finaliser_frame(tid) is not None


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
                        wait = _RETRY_S if deadline.same < _RETRIES_FAST else _RETRY_SLOW_S
                        heapq.heappush(self.heap, (now + wait, self.seq, deadline))
                self.cond.wait(min(self.heap[0][0] - now, _MAX_WAIT_S) if self.heap else None)


#: The live deadlines of each thread (by thread id), innermost last: whom a lost DocumentOvertime concerns.
_LIVE: dict[int, list["document_deadline"]] = {}
#: The unraisable hook :func:`_lost` passes everything else to.
_PREVIOUS_HOOK: list[Any] = [None]
_IN_HOOK = threading.local()


def _catch_lost() -> None:
    """Put :func:`_lost` in front of ``sys.unraisablehook`` (again, if something replaced it since)."""
    current = sys.unraisablehook
    if current is not _lost:
        _PREVIOUS_HOOK[0] = current
        sys.unraisablehook = _lost


def _lost(unraisable: Any) -> None:
    """``sys.unraisablehook``: a :class:`DocumentOvertime` lost in a finaliser the watchdog did not
    recognise (a generator the collector closed during an allocation, say) while its document runs on:
    sent again, so the document still stops soon; one lost in a generator's cleanup is not printed (the
    document fails as over time).  Anything else goes to the hook that was there before."""
    if isinstance(unraisable.exc_value, DocumentOvertime):
        mine = _LIVE.get(threading.get_ident(), [])
        if any(d._again() for d in reversed(mine[-1:])) and _is_generator(unraisable.object):
            return
    previous = _PREVIOUS_HOOK[0]
    if previous is None or previous is _lost or getattr(_IN_HOOK, "busy", False):
        sys.__unraisablehook__(unraisable)  # (a hook that calls ours back: no loop)
        return
    _IN_HOOK.busy = True
    try:
        previous(unraisable)
    finally:
        _IN_HOOK.busy = False


def _is_generator(obj: Any) -> bool:
    import inspect

    return inspect.isgenerator(obj) or inspect.iscoroutine(obj) or inspect.isasyncgen(obj)


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
        self.same = 0  # of those, in a row in the same finaliser
        self.lost = False  # a DocumentOvertime sent was lost in a finaliser (and is sent again)
        self._last: float | None = None  # the thread's processor time at the last try
        self._timer: _Watchdog | None = None  # what fires it (None: no budget)

    def _fire(self) -> bool:
        """Make the document's thread raise :class:`DocumentOvertime`, unless it is running a finaliser
        (False: try again shortly).  Its next bytecode raises: the thread cannot have moved on since
        the look, but for the watchdog losing the interpreter between the look and the send; it looks
        again after the send and withdraws the exception should it find the thread in a finaliser."""
        with self._lock:
            if not self._live:
                return True
            if self._seen(_finaliser_frame(self._tid)):
                return False
            _catch_lost()
            if not _raise_in(self._tid, DocumentOvertime):
                return True
            if _in_finaliser(self._tid):
                _raise_in(self._tid, None)
                return False
            self.fired = True
            return True

    def _seen(self, frame: Any) -> bool:
        """Note the finaliser ``frame`` found running (None: none), and whether there was one: counts the
        tries in a row that found the thread in a finaliser without using the processor since the try
        before (a finaliser waiting: :data:`_RETRIES_FAST`); one that computes, or finalisers that come and
        go, keep the tries frequent."""
        if frame is None:
            return False
        cpu = _thread_cpu(self._tid)
        last_cpu = self._last
        running = cpu is not None and last_cpu is not None and cpu - last_cpu > _RUNNING_CPU_S
        self.same = 0 if running else self.same + 1
        self._last = cpu
        return True

    def _again(self) -> bool:
        """DocumentOvertime was lost in a finaliser the look did not recognise (:func:`_lost`): the
        document is still running, so it is sent again soon.  False: not live (nothing to do)."""
        with self._lock:
            if not self._live or not self.fired or self._timer is None:
                return False
            self.fired = False
            self.lost = True  # the block still fails as over time, should it end before the next send
            timer = self._timer
        import time

        timer.add(time.monotonic() + _RETRY_S, self)
        return True

    def __enter__(self) -> "document_deadline":
        import threading
        import time

        if self.budget_s is not None:
            self._tid = threading.get_ident()
            self._live = True
            self._timer = _watchdog()
            _LIVE.setdefault(self._tid, []).append(self)
            self._timer.add(time.monotonic() + self.budget_s, self)
        return self

    def __exit__(self, et: object, ev: object, tb: object) -> bool:
        with self._lock:
            if self._live:
                mine = _LIVE.get(self._tid, [])
                if self in mine:
                    mine.remove(self)
                if not mine:
                    _LIVE.pop(self._tid, None)
            self._live = False
            if self.fired and not isinstance(ev, DocumentOvertime):
                _raise_in(self._tid, None)  # sent but not raised yet: withdraw it
        if (self.fired or self.lost) and not isinstance(ev, DocumentOvertime):
            raise DocumentOvertime  # swallowed by a stage, lost, or withdrawn above: the document still fails
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
