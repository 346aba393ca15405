"""A deadline puts back the thread's own trace and profile functions an exception it sent made Python drop."""

from __future__ import annotations

import sys
import threading

from mtpipe.safe_points import _rehook


def _in_thread(fn):  # type: ignore[no-untyped-def]
    out: dict = {}
    t = threading.Thread(target=lambda: out.update(r=fn()))
    t.start()
    t.join(30)
    return out["r"]


def test_a_dropped_profiler_and_debugger_are_put_back():
    def theirs(frame, event, arg):  # type: ignore[no-untyped-def]
        return None

    def run():  # type: ignore[no-untyped-def]
        sys.setprofile(theirs)
        sys.settrace(theirs)
        hooks = (sys.gettrace(), sys.getprofile())
        sys.setprofile(None)  # what Python does to a profile (or trace) function an exception leaves through
        sys.settrace(None)
        _rehook(hooks)
        try:
            return sys.getprofile() is theirs, sys.gettrace() is theirs
        finally:
            sys.setprofile(None)
            sys.settrace(None)

    assert _in_thread(run) == (True, True)


def test_a_hook_set_since_or_none_before_is_left_alone():
    def theirs(frame, event, arg):  # type: ignore[no-untyped-def]
        return None

    def other(frame, event, arg):  # type: ignore[no-untyped-def]
        return None

    def run():  # type: ignore[no-untyped-def]
        sys.setprofile(other)  # replaced inside the block: not ours to undo
        _rehook((None, theirs))
        try:
            kept = sys.getprofile() is other
            sys.setprofile(None)
            _rehook((None, None))  # none before: none after
            return kept, sys.getprofile() is None and sys.gettrace() is None
        finally:
            sys.setprofile(None)

    assert _in_thread(run) == (True, True)
