"""Where an exception sent into a document's thread reaches the document, and where Python swallows it: the
finalisers (an object's ``__del__``, weakref callbacks, a generator's cleanup, the garbage collector's
collections and callbacks) the deadline watchdog of :mod:`mtpipe.doc_limits` never stops a document in,
the safe point it stops one at instead (:class:`_SafePoint`), and sending and withdrawing the exception.
"""

from __future__ import annotations

import sys
import threading
from typing import Any

#: The modules whose code is the watchdog's own: never a place to stop a document.
_OWN_MODULES = frozenset({__name__, __name__.rpartition(".")[0] + ".doc_limits"})


def _raise_in(thread_id: int, exc: type[BaseException] | None) -> bool:
    """Make thread ``thread_id`` raise ``exc`` at its next bytecode (None: cancel a pending one)."""
    try:
        import ctypes

        set_async = ctypes.pythonapi.PyThreadState_SetAsyncExc
    except (ImportError, AttributeError):  # not CPython: the checks between stages remain
        return False
    return bool(set_async(ctypes.c_ulong(thread_id), None if exc is None else ctypes.py_object(exc)))


class _Cleared(BaseException):
    """Raised in its own thread, and caught there, by :func:`_withdraw` (never seen elsewhere)."""


def _checkpoint() -> None:
    """A call: entering it, a thread raises an asynchronous exception pending for it."""


def _withdraw(thread_id: int) -> None:
    """Cancel the asynchronous exception pending for thread ``thread_id``, if any.

    Before Python 3.13 cancelling one leaves the interpreter's "asynchronous exception pending" flag set
    (only a thread that raises one clears it): from then on every thread looks for one at every check,
    and a thread with a trace function set (a debugger, a coverage tool, :class:`_SafePoint`) loops
    forever at its next function call (3.11: the check at a function's entry, done again and again).  So
    this thread raises one at once, and catches it, which clears the flag."""
    _raise_in(thread_id, None)
    if sys.version_info >= (3, 13):
        return
    try:
        if _raise_in(threading.get_ident(), _Cleared):
            _checkpoint()
            _checkpoint()
    except _Cleared:
        pass


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


def _drop_opcodes(names: tuple[str, ...]) -> frozenset[int]:
    import dis

    return frozenset(dis.opmap[n] for n in names if n in dis.opmap)


#: Instructions that only drop a reference (they never call Python code but a finaliser): a frame whose
#: caller stands at one is a finaliser run because the last reference to something went (an object's
#: ``__del__``, a weakref callback, a generator's ``finally``).
_DROPS = _drop_opcodes(("DELETE_FAST", "DELETE_GLOBAL", "DELETE_DEREF", "STORE_FAST", "STORE_GLOBAL",
                        "STORE_DEREF", "POP_TOP"))
#: Also dropping a reference, but a class body's own namespace may run code there: only a generator's
#: frame closed at one counts as a finaliser.
_DROPS_GENERATOR = _DROPS | _drop_opcodes(("DELETE_NAME", "STORE_NAME"))


def _dropped_into(frame: Any) -> bool:
    """Whether ``frame`` runs because its caller dropped a reference: its caller stands at an instruction
    that only drops one (see :data:`_DROPS`): a weakref callback, a generator closed as its last
    reference goes.  A finaliser the collector runs is known by the collection (:func:`_collection`):
    there the caller stands at whatever call or allocation started it."""
    caller = frame.f_back
    if caller is None:
        return False
    drops = _DROPS_GENERATOR if frame.f_code.co_flags & _GENERATOR_FLAGS else _DROPS
    try:
        return caller.f_code.co_code[caller.f_lasti] in drops
    except (IndexError, ValueError):
        return False


def _unsafe_frame(frame: Any) -> Any:
    """The outermost frame of ``frame``'s stack where :class:`DocumentOvertime` would not reach the document,
    or None: a finaliser (an object's ``__del__``, a :class:`weakref.finalize`, a weakref callback, a
    callback of the garbage collector, a generator closed as its last reference goes, anything they call),
    or this module's own code (a deadline's ``__exit__``, the hooks below).  The garbage collector or a
    reference count reaching zero may run a finaliser inside any document's work; an exception raised
    there does not reach the document: Python prints it as "Exception ignored in ..." and goes on (pytest:
    PytestUnraisableExceptionWarning).  A finaliser the collector runs is known by :data:`_COLLECTING`."""
    import gc

    # the garbage collector's callbacks run in the collecting thread too (hypothesis times collections so)
    callbacks = {getattr(cb, "__code__", None) for cb in gc.callbacks}
    found = None
    while frame is not None:
        code = frame.f_code
        if (code.co_name == "__del__" or code in _FINALISERS or code in callbacks or _dropped_into(frame)
                or frame.f_globals.get("__name__") in _OWN_MODULES):
            found = frame
        frame = frame.f_back
    return found


def _finaliser_frame(tid: int) -> Any:
    """The outermost frame of the finaliser thread ``tid`` runs now, or None (see :func:`_unsafe_frame`)."""
    return _unsafe_frame(sys._current_frames().get(tid))


#: Threads (by id) running a collection of the garbage collector now: it runs finalisers (a generator's
#: ``finally``, ``__del__`` of objects in cycles, weakref callbacks) in the thread that collects, at any
#: allocation; the watchdog never stops a document there (:func:`_collection`).
_COLLECTING: set[int] = set()
#: The deadline of each thread (by id) that ran out while its thread was collecting: it is stopped as
#: the collection ends, at its next safe point (:meth:`document_deadline._collected`).
_DUE: dict[int, Any] = {}  # (a mtpipe.doc_limits.document_deadline)


def _collection(phase: str, info: Any) -> None:
    """``gc.callbacks``: notes the threads collecting (:data:`_COLLECTING`); as a collection ends, stops
    the document whose deadline ran out meanwhile (:data:`_DUE`)."""
    tid = threading.get_ident()
    if phase == "start":
        _COLLECTING.add(tid)
        return
    _COLLECTING.discard(tid)
    if _DUE:
        deadline = _DUE.pop(tid, None)
        if deadline is not None:
            deadline._collected()


def _watch_collections() -> None:
    """Put :func:`_collection` first in ``gc.callbacks`` (once; again, if something took it out)."""
    import gc

    if _collection not in gc.callbacks:
        gc.callbacks.insert(0, _collection)


class _SafePoint:
    """A trace function (:func:`sys.settrace`, the document's thread only) that raises
    :class:`DocumentOvertime` at the first line or call of the document's own code outside any finaliser,
    collection or code of this module: it stops a document whose deadline ran out while its thread ran a
    finaliser, right after that one, however often finalisers run (see :meth:`document_deadline._stop_soon`).
    Where a trace function is set already (a debugger, a coverage tool) it is a profile function instead
    (:func:`sys.setprofile`: at the first call or return).  Python takes one that raised off; the
    deadline's ``__exit__`` takes it off otherwise, with the frames it was set on."""

    def __init__(self, deadline: Any) -> None:  # a mtpipe.doc_limits.document_deadline
        self.deadline = deadline
        self.frames: list[Any] = []

    def __call__(self, frame: Any, event: str, arg: Any) -> Any:
        if event != "exception":
            if threading.get_ident() not in _COLLECTING and _unsafe_frame(frame) is None:
                self.deadline._stop_here(self)
            if event == "call":
                return None  # a finaliser or this module: its lines are not looked at
        return self


def _untrace(tracer: Any) -> None:
    """Take ``tracer`` (a deadline's :class:`_SafePoint`, None: none) off this thread and the frames it was set on."""
    if tracer is None:
        return
    if sys.gettrace() is tracer:
        sys.settrace(None)
    if sys.getprofile() is tracer:
        sys.setprofile(None)
    for frame in tracer.frames:
        if frame.f_trace is tracer:
            frame.f_trace = None
    tracer.frames.clear()


def _rehook(hooks: tuple[Any, Any]) -> None:
    """Put back this thread's trace and profile functions of before (``hooks``: a debugger's, a profiler's) where
    they are gone: an exception sent to the thread (:func:`_raise_in`) that leaves through one of them makes Python
    take that one off (seen under load: a profiler lost when a document ran over time)."""
    trace, profile = hooks
    if trace is not None and sys.gettrace() is None:
        sys.settrace(trace)
    if profile is not None and sys.getprofile() is None:
        sys.setprofile(profile)
