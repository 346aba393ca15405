"""A watch on the test run's memory: a test that runs away with it fails by name instead of the whole run being
killed.

CI (2 cores, 24 GiB) once killed ``python -m pytest`` (exit 137, the kernel's out-of-memory killer) at 55 % of the
suite with nothing printed but "Killed": which test, which thread and which process had taken the memory was lost
with the process.  The suite peaks at about 1.8 GiB (measured on the full run, 2026-12-05).  This guard samples the
pytest process's resident memory and the machine's available memory twice a second; past a limit it prints, on the
terminal's own stderr (pytest captures the test's), the test running, the largest processes and every thread's
stack, then raises :class:`TestRanOutOfMemory` in the main thread, once per test: the test fails, its frames (and
what they hold) go, and the run goes on.

Limits (environment): ``MTPIPE_TEST_RSS_LIMIT_GB`` (default 8: over four times the suite's peak) and
``MTPIPE_TEST_MIN_AVAILABLE_GB`` (default 1); ``MTPIPE_TEST_MEMORY_GUARD=0`` turns the guard off.  Linux only
(it reads ``/proc``); elsewhere it does nothing.
"""

from __future__ import annotations

import os
import sys
import threading
from typing import IO, Callable

_GIB = 1 << 30


class TestRanOutOfMemory(MemoryError):
    """Raised in the main thread by :class:`MemoryGuard` when the run's memory passes its limit."""

    __test__ = False  # (not a test class, despite its name)


def _kib(path: str, key: str) -> int | None:
    try:
        with open(path) as fh:
            for line in fh:
                if line.startswith(key):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


def rss_bytes(pid: int | str = "self") -> int | None:
    """Resident memory of process ``pid`` in bytes (None: unknown)."""
    kib = _kib(f"/proc/{pid}/status", "VmRSS:")
    return None if kib is None else kib * 1024


def available_bytes() -> int | None:
    """The machine's available memory in bytes (None: unknown)."""
    kib = _kib("/proc/meminfo", "MemAvailable:")
    return None if kib is None else kib * 1024


def largest_processes(n: int = 6) -> list[tuple[int, int, str]]:
    """The ``n`` processes with the most resident memory: (bytes, pid, command line)."""
    rows = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        rss = rss_bytes(name)
        if not rss:
            continue
        try:
            with open(f"/proc/{name}/cmdline", "rb") as fh:
                cmd = fh.read().replace(b"\0", b" ").decode(errors="replace").strip()
        except OSError:
            continue
        rows.append((rss, int(name), cmd[:160]))
    return sorted(rows, reverse=True)[:n]


def _send(thread_id: int, exc: type[BaseException]) -> None:
    import ctypes

    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(exc))


class MemoryGuard:
    """Samples memory every ``interval`` seconds in a daemon thread; past ``rss_limit`` bytes of this process's
    resident memory, or under ``min_available`` bytes available on the machine, reports to ``out`` and raises
    ``exc`` in thread ``target`` (once per value of :attr:`current`, the test running)."""

    def __init__(self, out: IO[str], rss_limit: int, min_available: int, interval: float = 0.5,
                 target: int | None = None, exc: type[BaseException] = TestRanOutOfMemory,
                 send: Callable[[int, type[BaseException]], None] = _send) -> None:
        self.out, self.rss_limit, self.min_available, self.interval = out, rss_limit, min_available, interval
        self.target = threading.main_thread().ident if target is None else target
        self.exc, self.send = exc, send
        self.current = "(between tests)"
        self.fired: list[str] = []  # the tests it stopped
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="mtpipe-test-memory-guard", daemon=True)

    def start(self) -> "MemoryGuard":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)

    def over(self) -> str | None:
        """Why memory is past the limits now, or None."""
        rss, avail = rss_bytes(), available_bytes()
        if rss is not None and rss > self.rss_limit:
            return f"the test process holds {rss / _GIB:.1f} GiB (limit {self.rss_limit / _GIB:.1f})"
        if avail is not None and avail < self.min_available:
            return f"the machine has {avail / _GIB:.1f} GiB available (floor {self.min_available / _GIB:.1f})"
        return None

    def _watch(self) -> None:
        while not self._stop.wait(self.interval):
            current = self.current
            if current in self.fired:
                continue
            why = self.over()
            if why is None:
                continue
            self.fired.append(current)
            self.report(current, why)
            if self.target is not None:
                self.send(self.target, self.exc)

    def report(self, test: str, why: str) -> None:
        import faulthandler

        lines = [f"\nmemory guard: {why} during {test}; the test is stopped (TestRanOutOfMemory)",
                 "memory guard: the largest processes:"]
        lines += [f"  {rss / _GIB:6.2f} GiB  pid {pid}  {cmd}" for rss, pid, cmd in largest_processes()]
        lines.append("memory guard: the stacks of this process's threads:")
        self.out.write("\n".join(lines) + "\n")
        self.out.flush()
        try:
            faulthandler.dump_traceback(file=self.out, all_threads=True)
        except (AttributeError, OSError, ValueError):  # an out without a file descriptor
            pass
        self.out.flush()


def from_environment(out: IO[str]) -> MemoryGuard | None:
    """A guard with the limits the environment sets, or None (turned off, or not Linux)."""
    if os.environ.get("MTPIPE_TEST_MEMORY_GUARD", "1") == "0" or not sys.platform.startswith("linux"):
        return None
    if rss_bytes() is None:
        return None
    rss_limit = float(os.environ.get("MTPIPE_TEST_RSS_LIMIT_GB", "8")) * _GIB
    floor = float(os.environ.get("MTPIPE_TEST_MIN_AVAILABLE_GB", "1")) * _GIB
    return MemoryGuard(out, int(rss_limit), int(floor))
