"""A document's deadline stops the document, not a finaliser that happens to run in its thread.

The watchdog raises :class:`DocumentOvertime` in the document's thread at its next bytecode; when that
bytecode was in an object's ``__del__`` (run by a reference count reaching zero or by the garbage
collector, inside any document's work), Python printed "Exception ignored in ... __del__" (pytest:
PytestUnraisableExceptionWarning in the full suite) and the document ran on until its block ended.
"""

from __future__ import annotations

import gc
import sys
import threading
import time
import weakref

import pytest

from mtpipe.inputs import DocumentOvertime, document_deadline


def _work() -> int:
    n = 0
    for i in range(30):
        n += i
    return n


class _Heavy:
    """A finaliser that takes about as long as the document's own step."""

    def __del__(self) -> None:
        _work()


def _step(kind: str, keep: list) -> None:
    if kind == "refcount":
        h = _Heavy()
        del h
    elif kind == "cycle":  # collected by the garbage collector, whenever it runs
        h = _Heavy()
        h.me = h
        del h
    else:  # weakref.finalize
        class Obj:
            pass

        o = Obj()
        weakref.finalize(o, _work)
        del o
    _work()


@pytest.mark.parametrize("kind", ["refcount", "cycle", "finalize"])
@pytest.mark.parametrize("where", ["main", "thread"])
def test_the_deadline_never_lands_in_a_finaliser_and_still_stops_the_document(monkeypatch, kind, where):
    lost: list[str] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda u: lost.append(f"{u.exc_type.__name__} in {u.object!r}"))
    took: list[float] = []

    def documents() -> None:
        for _ in range(10):
            start = time.monotonic()
            try:
                with document_deadline("d.txt", 0.02):
                    while time.monotonic() - start < 3:
                        _step(kind, [])
                took.append(float("inf"))  # never stopped
            except DocumentOvertime:
                took.append(time.monotonic() - start)
        gc.collect()

    if where == "main":
        documents()
    else:
        t = threading.Thread(target=documents)
        t.start()
        t.join(120)
    assert lost == []
    assert len(took) == 10 and max(took) < 1.0, took  # on time (a loaded machine allowed for), not after 3 s


@pytest.mark.parametrize("where", ["main", "thread"])
def test_the_deadline_never_lands_in_a_garbage_collector_callback(monkeypatch, where):
    # hypothesis puts a callback in gc.callbacks to time collections; after any property test it runs in
    # every collection, in whichever thread collects (the full suite lost a DocumentOvertime there)
    lost: list[str] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda u: lost.append(f"{u.exc_type.__name__} in {u.object!r}"))

    def slow_callback(phase: str, info: dict) -> None:
        for _ in range(3):  # about as long as the document's own step
            _work()

    gc.callbacks.insert(0, slow_callback)  # (the collector holds this very list: no monkeypatch)
    took: list[float] = []

    def documents() -> None:
        for _ in range(10):
            start = time.monotonic()
            try:
                with document_deadline("d.txt", 0.02):
                    while time.monotonic() - start < 3:
                        gc.collect(0)
                        _work()
                took.append(float("inf"))
            except DocumentOvertime:
                took.append(time.monotonic() - start)

    try:
        if where == "main":
            documents()
        else:
            t = threading.Thread(target=documents)
            t.start()
            t.join(120)
    finally:
        gc.callbacks.remove(slow_callback)
    assert lost == []
    assert len(took) == 10 and max(took) < 1.0, took
