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
from .safe_points import (_COLLECTING, _DUE, _OWN_MODULES, _SafePoint, _collection, _finaliser_frame, _raise_in,
                          _rehook, _thread_cpu, _untrace, _watch_collections, _withdraw)


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


#: How soon the watchdog tries again to stop a document whose thread was running a finaliser; after
#: :data:`_RETRIES_FAST` tries in a row that found it in a finaliser which had not used the processor since
#: the try before (waiting on something: it is not polled 500 times a second), every :data:`_RETRY_SLOW_S`.
#: A thread computing (finalisers that come and go: a document spending nearly all its time in them)
#: keeps the tries frequent: each finds it outside a finaliser with the chance of its time spent there.
#: The fast tries come at random, on average every :data:`_RETRY_S` (:func:`_retry_wait`): tries at a fixed
#: period fell in step with a document's own loop and found it in its finaliser hundreds of times in a row.
_RETRY_S = 0.002
_RETRIES_FAST = 250
_RETRY_SLOW_S = 0.05
#: Processor time a thread uses between two tries for its finaliser to count as running, not waiting.
_RUNNING_CPU_S = 0.00005
_RNG: list[Any] = []


def _retry_wait(same: int) -> float:
    """Seconds until the next try on a deadline whose last one found the thread in a finaliser (``same``:
    tries in a row that found it waiting there).  Fast tries: half the period, then an exponential wait
    (a Poisson process, but for a pause that lets the document's thread run between two tries, or a
    loaded machine finds it waiting): whatever the period of the document's own work, each lands outside
    its finalisers with about the chance of the time it spends there, never in step with it.  Slow tries:
    the slow period within half of it either way."""
    if not _RNG:
        import random

        _RNG.append(random.Random())  # its own generator: the process's random sequence is not touched
    rng = _RNG[0]
    if same < _RETRIES_FAST:
        return _RETRY_S / 2 + min(rng.expovariate(2.0 / _RETRY_S), 5 * _RETRY_S)
    return _RETRY_SLOW_S * rng.uniform(0.5, 1.5)


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
                    wait = deadline._fire()
                    if wait is not None:  # its thread was in a finaliser: again in a moment
                        self.seq += 1
                        deadline.retries += 1
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
    recognise while its document runs on: the document is stopped at its next safe point after it
    (:meth:`document_deadline._again`); one lost in a generator's cleanup or in :func:`_collection` is
    not printed (the document fails as over time).  Anything else goes to the hook that was there before."""
    if isinstance(unraisable.exc_value, DocumentOvertime):
        tid = threading.get_ident()
        ours = unraisable.object is _collection
        if ours:  # sent as the thread entered or left a collection (the phase is unknown): not collecting
            _COLLECTING.discard(tid)
        mine = _LIVE.get(tid, [])
        if any(d._again(safe_point=not ours) for d in reversed(mine[-1:])) and (
                ours or _is_generator(unraisable.object)):
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
        self._lock = threading.RLock()  # (taken again by a collection's end inside this thread's hold)
        self._live = False
        self.fired = False
        self.retries = 0  # times the watchdog found the thread in a finaliser
        self.same = 0  # of those, in a row in the same finaliser
        self.lost = False  # a DocumentOvertime sent was lost in a finaliser (and is sent again)
        self.due = False  # found over time inside a collection or a finaliser: stopped at a safe point
        self.armed = False  # its _SafePoint raises at the thread's next safe point
        self._safepoint: _SafePoint | None = None  # installed in its thread (taken off on leaving)
        self._no_safepoint = False  # none could be installed (another trace function): tries stay fast
        self._last: float | None = None  # the thread's processor time at the last try
        self._timer: _Watchdog | None = None  # what fires it (None: no budget)

    def _fire(self) -> float | None:
        """Make the document's thread raise :class:`DocumentOvertime`, unless it is running a finaliser or
        a collection (then: seconds until the next try; None: sent, or nothing to do).  Its next bytecode
        raises: the thread cannot have moved on since the look, but for the watchdog losing the interpreter
        between the look and the send; it looks again after the send and withdraws the exception should
        it find the thread in a finaliser.  Found collecting, the thread stops itself as the collection
        ends (:func:`_collection`); the tries go on, seldom, should that not happen."""
        with self._lock:
            if not self._live or self.fired:
                return None
            if self._collecting():
                return _retry_wait(_RETRIES_FAST)  # (seldom: should the collection's end not stop it)
            if self._seen(_finaliser_frame(self._tid)):
                return _retry_wait(self.same)
            _catch_lost()
            if self._collecting():  # again, last before the send: it may have begun one during the look
                return _retry_wait(_RETRIES_FAST)
            if not _raise_in(self._tid, DocumentOvertime):
                return None
            if _finaliser_frame(self._tid) is not None or (not self._no_safepoint and self._tid in _COLLECTING):
                _withdraw(self._tid)
                return _retry_wait(self.same)
            self.fired = True
            self.armed = False  # the exception sent stops it: its safe point no longer raises
            return None

    def _collecting(self) -> bool:
        """Whether the thread runs a collection now: then it stops itself as the collection ends
        (:data:`_DUE`).  No safe point possible (a debugger and a profiler on it): not waited for."""
        if self._no_safepoint or self._tid not in _COLLECTING:
            return False
        _DUE[self._tid] = self
        self.due = True
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

    def _again(self, safe_point: bool = True) -> bool:
        """DocumentOvertime was lost in a finaliser the look did not recognise (:func:`_lost`, in the
        document's thread, right after that finaliser): the document is still running, so it is stopped
        at its next safe point (``safe_point``: :meth:`_stop_soon`), else sent again soon.  False: not live
        (nothing to do)."""
        with self._lock:
            if not self._live or not self.fired or self._timer is None:
                return False
            self.fired = False
            self.lost = True  # the block still fails as over time, should it end before the next send
        if not (safe_point and self._stop_soon()):
            self._retry()
        return True

    def _collected(self) -> None:
        """The collection the watchdog found this document's thread in has ended (:func:`_collection`, in
        that thread): stop the document at its next safe point; failing that, the watchdog's tries do.  Only
        a debugger and a profiler both set leave no safe point for good; the watchdog looking at the deadline
        (its lock held) at this moment does not (its tries then find the collection over, and still wait
        for the next one)."""
        if not self._stop_soon() and sys.gettrace() is not None and sys.getprofile() is not None:
            self._no_safepoint = True

    def _retry(self) -> None:
        import time

        if self._timer is not None:
            self._timer.add(time.monotonic() + _retry_wait(0), self)

    def _stop_soon(self) -> bool:
        """Called in the document's thread, outside the document's own code: make that code raise
        :class:`DocumentOvertime` at its next line or call outside a finaliser (:class:`_SafePoint`, a trace
        function set on this thread and on the frames of its stack; a profile function where a trace
        function is set already).  False where it cannot: both are set (a debugger and a profiler), the
        deadline is being looked at, or this is not its thread."""
        import threading

        if threading.get_ident() != getattr(self, "_tid", None):
            return False
        profile = sys.gettrace() is not None
        if profile and sys.getprofile() is not None:
            return False
        if not self._lock.acquire(blocking=False):  # the watchdog is looking at it: its tries go on
            return False
        try:
            if not self._live or self.fired:
                return True
            if self._safepoint is None:
                self._safepoint = _SafePoint(self)
            tracer = self._safepoint
            self.due = self.armed = True
        finally:
            self._lock.release()
        if profile:
            sys.setprofile(tracer)
            return True
        frame = sys._getframe(1)
        while frame is not None:
            if frame.f_trace is None and frame.f_globals.get("__name__") not in _OWN_MODULES:
                frame.f_trace = tracer
                tracer.frames.append(frame)
            frame = frame.f_back
        sys.settrace(tracer)
        return True

    def _stop_here(self, tracer: _SafePoint) -> None:
        """Raise :class:`DocumentOvertime` from the trace function ``tracer`` (the thread stands at a safe
        point), unless the deadline is no longer armed (over, or the watchdog sent the exception)."""
        with self._lock:
            if not (self._live and self.armed and self._safepoint is tracer):
                return
            self.armed = False
            self.fired = True  # (sent: lost in a finaliser not recognised, it is sent again: _again)
        raise DocumentOvertime

    def __enter__(self) -> "document_deadline":
        import threading
        import time

        if self.budget_s is not None:
            self._tid = threading.get_ident()
            self._hooks = (sys.gettrace(), sys.getprofile())  # the thread's own (a debugger, a profiler)
            self._live = True
            self._timer = _watchdog()
            _watch_collections()
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
                if _DUE.get(self._tid) is self:
                    _DUE.pop(self._tid, None)
            self._live = False
            self.armed = False
            if self.fired and not isinstance(ev, DocumentOvertime):
                _withdraw(self._tid)  # sent but not raised yet: withdraw it
        _untrace(self._safepoint)
        if self.fired:  # (sent: it may have left through a debugger's or a profiler's function, which Python drops)
            _rehook(self._hooks)
        if (self.fired or self.lost or self.due) and not isinstance(ev, DocumentOvertime):
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
