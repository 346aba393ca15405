"""The memory guard of the test run (tests/memory_guard.py): past its limit it reports the test, the largest
processes and the threads' stacks, and stops the test by name instead of the machine killing the whole run."""

from __future__ import annotations

import io
import threading
import time

import pytest

import memory_guard as mg

pytestmark = pytest.mark.skipif(mg.rss_bytes() is None, reason="reads /proc (Linux)")


def test_a_test_past_the_limit_is_stopped_by_name_and_reported():
    out = io.StringIO()
    now = mg.rss_bytes()
    guard = mg.MemoryGuard(out, rss_limit=now + 200 * 2**20, min_available=0, interval=0.02,
                           target=threading.get_ident())
    guard.current = "tests/x.py::test_runaway"
    held = []
    guard.start()
    try:
        with pytest.raises(mg.TestRanOutOfMemory):
            for _ in range(200):  # 3.2 GiB at most: the guard stops it near 0.2
                held.append(bytearray(16 * 2**20))
                time.sleep(0.005)
    finally:
        guard.stop()
    assert len(held) < 200
    text = out.getvalue()
    assert "memory guard: the test process holds" in text and "during tests/x.py::test_runaway" in text
    assert "the largest processes" in text and f"pid {__import__('os').getpid()}" in text
    assert guard.fired == ["tests/x.py::test_runaway"]


def test_once_per_test_and_quiet_under_the_limit():
    out = io.StringIO()
    sent: list[int] = []
    guard = mg.MemoryGuard(out, rss_limit=1, min_available=0, interval=0.01, target=1,
                           send=lambda tid, exc: sent.append(tid))
    guard.current = "a"
    guard.start()
    time.sleep(0.1)
    guard.current = "b"
    time.sleep(0.1)
    guard.stop()
    assert guard.fired == ["a", "b"] and sent == [1, 1]
    quiet = mg.MemoryGuard(io.StringIO(), rss_limit=1 << 50, min_available=0, interval=0.01, target=1,
                           send=lambda tid, exc: sent.append(tid))
    quiet.start()
    time.sleep(0.1)
    quiet.stop()
    assert quiet.fired == [] and quiet.out.getvalue() == ""


def test_a_low_machine_is_a_reason_too():
    guard = mg.MemoryGuard(io.StringIO(), rss_limit=1 << 50, min_available=1 << 50, target=1)
    assert "available" in guard.over()


def test_turned_off_by_the_environment(monkeypatch):
    monkeypatch.setenv("MTPIPE_TEST_MEMORY_GUARD", "0")
    assert mg.from_environment(io.StringIO()) is None
    monkeypatch.setenv("MTPIPE_TEST_MEMORY_GUARD", "1")
    monkeypatch.setenv("MTPIPE_TEST_RSS_LIMIT_GB", "3")
    guard = mg.from_environment(io.StringIO())
    assert guard is not None and guard.rss_limit == 3 * 2**30
