"""A document over its time limit while the garbage collector (or a reference count) runs finalisers in
its thread is stopped right after them, and the finalisers run whole.

The watchdog used to send DocumentOvertime into the collection (it cannot tell a finaliser the collector
runs from the document's own code), where a generator's ``finally`` lost it; it sent it again 2 ms after
each loss, in step with the document's own loop, so the next one landed in a finaliser too: hundreds of
losses in a row, 0.06-48.6 s before the document stopped. Now a collection is known by a callback of the
collector, and the document stops at its first line after it (tests/test_reliability_finalisers.py has the
rest of the class).
"""

from __future__ import annotations

import gc
import sys
import threading
import time
import weakref

import pytest

from mtpipe.inputs import DocumentOvertime, document_deadline


def _spin(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


class _Cleanups:
    """Counts the finalisers that began and those that ran to their end."""

    def __init__(self) -> None:
        self.begun = self.whole = 0

    def generator(self, seconds: float):
        try:
            yield 1
        finally:
            self.begun += 1
            _spin(seconds)
            self.whole += 1

    def callback(self, seconds: float):
        def cb(_ref: object) -> None:
            self.begun += 1
            _spin(seconds)
            self.whole += 1

        return cb


def _lost_hook(monkeypatch) -> list[str]:
    lost: list[str] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda u: lost.append(f"{u.exc_type.__name__} in {u.object!r}"))
    return lost


def _collected_generator(c: _Cleanups, seconds: float = 0.002) -> None:
    g = c.generator(seconds)
    next(g)
    cycle: list = [g]
    cycle.append(cycle)
    del g, cycle
    gc.collect(0)  # closes it, inside a call: its cleanup takes nearly all the document's time


def _run(step, budget: float = 0.05, cap: float = 60.0) -> float:
    start = time.monotonic()
    try:
        with document_deadline("d.txt", budget):
            while time.monotonic() - start < cap:
                step()
    except DocumentOvertime:
        pass
    return time.monotonic() - start


@pytest.mark.parametrize("where", ["main", "thread"])
def test_generators_the_collector_closes_run_their_cleanup_whole_and_the_document_stops(monkeypatch, where):
    """Old watchdog: the overtime landed in the cleanups (begun > whole, hundreds of times for one stop)."""
    lost = _lost_hook(monkeypatch)
    c = _Cleanups()
    took: list[float] = []

    def documents() -> None:
        for _ in range(5):
            took.append(_run(lambda: (_collected_generator(c), _spin(0.0001))))

    if where == "main":
        documents()
    else:
        t = threading.Thread(target=documents)
        t.start()
        t.join(300)
    assert lost == []
    assert len(took) == 5 and max(took) < 10.0, took  # 0.05-0.15 s measured; the cap (60 s) if never stopped
    assert c.begun == c.whole > 0, (c.begun, c.whole)  # no cleanup cut short by the overtime


def test_weakref_callbacks_run_by_a_reference_count_are_finalisers_too(monkeypatch):
    """A weakref callback runs when the last reference to its object goes (the caller stands at a ``del``):
    the overtime was sent into it, lost there ("Exception ignored in: <function ...>") and the callback
    cut short."""
    lost = _lost_hook(monkeypatch)
    c = _Cleanups()
    refs: list = []

    class Obj:
        pass

    def step() -> None:
        o = Obj()
        refs.append(weakref.ref(o, c.callback(0.002)))
        del o  # its callback runs here: nearly all the document's time
        refs.clear()
        _spin(0.0001)

    took = [_run(step) for _ in range(3)]
    assert lost == []
    assert max(took) < 30.0, took  # stopped between two callbacks, by chance: 0.1-1 s measured
    assert c.begun == c.whole > 0, (c.begun, c.whole)


def test_the_stop_is_not_left_behind(monkeypatch):
    """A document stopped right after a collection leaves no trace function on its thread or its frames,
    and the next document (with time to spare) runs to its end."""
    lost = _lost_hook(monkeypatch)
    c = _Cleanups()
    assert _run(lambda: _collected_generator(c)) < 10.0
    assert sys.gettrace() is None
    frame = sys._getframe()
    while frame is not None:
        assert frame.f_trace is None, frame
        frame = frame.f_back
    done = 0
    with document_deadline("next.txt", 30.0):
        end = time.monotonic() + 0.5
        while time.monotonic() < end:
            _collected_generator(c, 0.0005)
            done += 1
    assert done > 0 and lost == []


def test_a_stage_that_swallows_the_stop_still_fails_the_document(monkeypatch):
    _lost_hook(monkeypatch)
    c = _Cleanups()
    caught: list[BaseException] = []
    start = time.monotonic()
    with pytest.raises(DocumentOvertime):
        with document_deadline("d.txt", 0.05):
            while time.monotonic() - start < 5:
                try:
                    _collected_generator(c)
                    _spin(0.0001)
                except BaseException as e:  # a stage that swallows everything and returns
                    caught.append(e)
                    break
    assert caught and isinstance(caught[0], DocumentOvertime)
    assert time.monotonic() - start < 5


@pytest.mark.parametrize("slot", ["settrace", "setprofile"])
def test_a_debugger_or_profiler_is_kept_and_the_document_still_stops_after_the_collection(monkeypatch, slot):
    """With a trace function already on the thread (a debugger, a coverage tool) the stop after a collection
    is a profile function, and the other way round; the one set before is still there after, and no
    cleanup is cut short."""
    lost = _lost_hook(monkeypatch)
    c = _Cleanups()
    calls: list[int] = [0]
    get, put = {"settrace": (sys.gettrace, sys.settrace), "setprofile": (sys.getprofile, sys.setprofile)}[slot]

    def theirs(frame, event, arg):
        calls[0] += 1
        return None  # no line events: cheap

    out: dict[str, object] = {}

    def document() -> None:
        put(theirs)
        try:
            out["took"] = [_run(lambda: (_collected_generator(c), _spin(0.0001))) for _ in range(3)]
            out["after"] = get()
        finally:
            put(None)

    t = threading.Thread(target=document)  # (a thread of its own: pytest's keeps no function set)
    t.start()
    t.join(300)
    assert out["after"] is theirs and calls[0] > 0
    assert max(out["took"]) < 10.0, out["took"]  # 0.05-0.1 s measured; 60 s (the cap) if waiting for chance
    assert lost == []
    assert c.begun == c.whole > 0, (c.begun, c.whole)


def test_another_thread_is_not_stopped_or_traced(monkeypatch):
    """The stop concerns the document's thread only: another thread working beside it (no deadline, the
    same collections) runs on untraced."""
    lost = _lost_hook(monkeypatch)
    c = _Cleanups()
    stop = threading.Event()
    seen: dict[str, object] = {"rounds": 0}

    def other() -> None:
        try:
            while not stop.is_set():
                _collected_generator(c, 0.0005)
                seen["rounds"] = seen["rounds"] + 1  # type: ignore[operator]
                if sys.gettrace() is not None:
                    seen["traced"] = True
        except BaseException as e:  # noqa: BLE001 - what would stop it is the finding
            seen["error"] = e

    t = threading.Thread(target=other)
    t.start()
    try:
        took = [_run(lambda: (_collected_generator(c), _spin(0.0001))) for _ in range(3)]
    finally:
        stop.set()
        t.join(60)
    assert "error" not in seen and "traced" not in seen and seen["rounds"], seen
    assert max(took) < 10.0, took
    assert lost == []


class _Release(BaseException):
    pass


def test_a_withdrawn_stop_leaves_traced_threads_running(monkeypatch):
    """A stop withdrawn as its block ended (a stage swallowed it) left CPython's (< 3.13) "asynchronous
    exception pending" flag set: from then on a thread with a trace function (a debugger, a coverage tool)
    looped forever at its next function call."""
    import ctypes

    _lost_hook(monkeypatch)
    start = time.monotonic()
    with pytest.raises(DocumentOvertime):
        with document_deadline("d.txt", 0.02):
            while time.monotonic() - start < 5:
                try:
                    _spin(0.001)
                except DocumentOvertime:  # swallowed: the block ends, the pending one is withdrawn
                    break
    done: list[int] = []

    def traced() -> None:
        sys.settrace(lambda frame, event, arg: None)
        try:
            for _ in range(100):
                _spin(0.0001)
            done.append(1)
        finally:
            sys.settrace(None)

    t = threading.Thread(target=traced, daemon=True)
    t.start()
    t.join(20)
    hung = t.is_alive()
    if hung:  # the old code: release it (any thread raising an asynchronous exception clears the flag)
        try:
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(threading.get_ident()),
                                                       ctypes.py_object(_Release))
            for _ in range(3):
                _spin(0)
        except _Release:
            pass
        t.join(20)
    assert not hung and done == [1]


def _collection_ends_while_held(deadline: document_deadline) -> None:
    """The collection the watchdog found ``deadline``'s thread in ends (as :func:`_collection` does) while
    another thread (the watchdog, looking at the deadline) holds its lock."""
    held, release = threading.Event(), threading.Event()

    def watchdog_looks() -> None:
        with deadline._lock:
            held.set()
            release.wait(10)

    t = threading.Thread(target=watchdog_looks)
    t.start()
    held.wait(10)
    try:
        deadline._collected()
    finally:
        release.set()
        t.join(10)


def test_a_collection_ending_while_the_watchdog_looks_leaves_the_safe_points_on():
    """Under load (the interpreter switching threads often) a collection ended while the watchdog held the
    deadline's lock: the deadline took that for 'no safe point can be set' and from then on sent the stop
    into collections, where a generator's cleanup lost it (160 begun, 159 whole)."""
    with document_deadline("d.txt", 60.0) as deadline:
        _collection_ends_while_held(deadline)
        assert deadline._no_safepoint is False


def test_a_debugger_and_a_profiler_both_set_still_leave_no_safe_point():
    """The same shape where no safe point can be set at all: the watchdog's tries stop the document."""
    out: dict[str, object] = {}

    def document() -> None:
        sys.settrace(lambda *a: None)
        sys.setprofile(lambda *a: None)
        try:
            with document_deadline("d.txt", 60.0) as deadline:
                deadline._collected()
                out["no_safepoint"] = deadline._no_safepoint
        finally:
            sys.settrace(None)
            sys.setprofile(None)

    t = threading.Thread(target=document)  # (a thread of its own: pytest's keeps its functions)
    t.start()
    t.join(30)
    assert out["no_safepoint"] is True
