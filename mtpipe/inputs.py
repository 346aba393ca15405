"""Find and open input documents without being fooled by the file system.

An input folder is not to be trusted: it may hold FIFOs and devices (opening one
blocks forever or never ends), symlinks to private files outside it, folders we
may not read, hidden files, names that are not valid UTF-8 or that hold newlines
and terminal escapes.  The rules live here (README "Safety"):

* only regular files are read; a FIFO, socket or device is skipped with a problem
  and never opened (:func:`scan_inputs` decides from ``stat``; :func:`read_input_bytes`
  opens non-blocking and checks again with ``fstat``, so a file swapped for a FIFO
  in between is still refused);
* a symlink whose target lies outside the input folder is not followed (a problem
  names it) unless ``follow_symlinks``; symlinked folders are never followed (loops);
* unreadable folders and skipped hidden (``.name``) entries are reported as warnings;
* file names that are not valid UTF-8 keep their bytes (surrogate escapes) for opening,
  and get a printable form (:func:`printable`) and a document id (:func:`doc_id_for`)
  without them;
* input and output folders must not overlap (:func:`check_overlap`).
"""

from __future__ import annotations

import os
import stat
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .stages import MapStage

__all__ = ["InputScan", "InputError", "scan_inputs", "read_input_bytes", "printable", "doc_id_for",
           "check_overlap", "check_budget", "file_kind", "DocumentLimits", "DocumentOvertime", "document_deadline"]


class InputError(ValueError):
    """The input and output folders cannot be used together (one line, for the user)."""


@dataclass
class InputScan:
    """What :func:`scan_inputs` found.

    Attributes:
        files: Regular files to read, in sorted order.
        problems: ``(printable path, reason)`` for entries that look like inputs but are refused.
        warnings: Lines naming what was left out without being an input error
            (unreadable folders, hidden entries, symlinked folders).
    """

    files: list[Path] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def printable(text: object) -> str:
    """``text`` safe to print on one line of a terminal or a log.

    Control characters (newlines included), line and paragraph separators, format
    characters (bidi overrides, zero-width characters) are written ``\\xNN`` or
    ``\\uNNNN``; bytes of a file name that were not valid UTF-8 (surrogate escapes)
    are written ``\\xNN`` with the byte's value.  Everything else is kept.
    """
    s = str(text)
    if s.isprintable() and not any("\udc80" <= c <= "\udcff" for c in s):
        return s
    out = []
    for c in s:
        o = ord(c)
        if 0xDC80 <= o <= 0xDCFF:
            out.append(f"\\x{o - 0xDC00:02x}")
        elif unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            out.append(f"\\x{o:02x}" if o < 0x100 else f"\\u{o:04x}")
        else:
            out.append(c)
    return "".join(out)


def doc_id_for(path: Path, root: Path | None) -> str:
    """The document id of ``path``: its path relative to ``root`` (``/`` separators), else its name.

    Bytes that were not valid UTF-8 (surrogate escapes) become ``%XX``, so the id can be
    written to JSON and UTF-8 files; other characters are kept (output names are made
    safe by :mod:`mtpipe.safety`).
    """
    if root is not None:
        try:
            rel = Path(path).relative_to(root).as_posix()
        except ValueError:
            rel = Path(path).name
    else:
        rel = Path(path).name
    return text_path(rel)


def text_path(path: object) -> str:
    """``str(path)`` with bytes that were not valid UTF-8 written ``%XX`` (it can go into JSON)."""
    s = str(path)
    if any("\udc80" <= c <= "\udcff" for c in s):
        s = "".join(f"%{ord(c) - 0xDC00:02X}" if "\udc80" <= c <= "\udcff" else c for c in s)
    return s


def file_kind(mode: int) -> str:
    """What a ``stat`` mode is, in words (``a FIFO (named pipe)``, ``a character device``...)."""
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def _inside(child: str, parent: str) -> bool:
    return child == parent or child.startswith(parent.rstrip(os.sep) + os.sep)


def _names(items: list[str], limit: int = 10) -> str:
    shown = ", ".join(printable(x) for x in items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")


def scan_inputs(root: str | Path, suffixes: Iterable[str] = (".txt", ".md", ".html", ".htm"), *,
                follow_symlinks: bool = False, exclude: Iterable[str | Path] = ()) -> InputScan:
    """Input files under ``root``, recursively, in sorted order, and what was left out.

    Args:
        root: The input folder (or one file, taken as given if it is a regular file).
        suffixes: File suffixes that are documents (lower case).
        follow_symlinks: Read symlinked files whose target is outside ``root``.
        exclude: Folders (or files) under ``root`` not to read, such as an output folder inside it.

    Returns:
        An :class:`InputScan`; nothing was opened.
    """
    scan = InputScan()
    suffixes = tuple(s.lower() for s in suffixes)
    root = Path(root)
    try:
        st = os.stat(root)
    except OSError as e:
        scan.problems.append((printable(root), f"cannot read: {e.strerror or e}"))
        return scan
    if not stat.S_ISDIR(st.st_mode):
        if stat.S_ISREG(st.st_mode):
            scan.files.append(root)
        else:
            scan.problems.append((printable(root), f"is {file_kind(st.st_mode)}, not a regular file: skipped"))
        return scan
    real_root = os.path.realpath(root)
    excluded = {os.path.realpath(e) for e in exclude}
    hidden: list[str] = []
    linked_dirs: list[str] = []

    def walk(folder: Path) -> None:
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except PermissionError:
            scan.warnings.append(f"{printable(folder)}: folder not readable (permission denied); "
                                 "its documents were not translated")
            return
        except OSError as e:
            scan.warnings.append(f"{printable(folder)}: folder not readable ({e.strerror or e}); "
                                 "its documents were not translated")
            return
        for entry in entries:
            path = Path(entry.path)
            rel = path.relative_to(root).as_posix()
            if excluded and os.path.realpath(path) in excluded:
                continue
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
                is_link = entry.is_symlink()
            except OSError:
                is_dir = is_link = False
            if entry.name.startswith("."):
                if is_dir or path.suffix.lower() in suffixes:
                    hidden.append(rel + ("/" if is_dir else ""))
                continue
            if is_dir:
                walk(path)
                continue
            if is_link and os.path.isdir(path):
                linked_dirs.append(rel)
                continue
            if path.suffix.lower() not in suffixes:
                continue
            if is_link:
                target = os.path.realpath(path)
                if not _inside(target, real_root) and not follow_symlinks:
                    scan.problems.append((printable(path), f"symlink to {printable(target)}, outside the input "
                                                           "folder: not followed (--follow-symlinks reads it)"))
                    continue
            try:
                mode = os.stat(path).st_mode
            except FileNotFoundError:
                scan.problems.append((printable(path), "not found (or a broken link)"))
                continue
            except OSError as e:
                scan.problems.append((printable(path), f"cannot read: {e.strerror or e}"))
                continue
            if not stat.S_ISREG(mode):
                scan.problems.append((printable(path), f"is {file_kind(mode)}, not a regular file: skipped "
                                                       "(never opened)"))
                continue
            scan.files.append(path)

    walk(root)
    if hidden:
        scan.warnings.append(f"{printable(root)}: skipped {len(hidden)} hidden "
                             f"{'entry' if len(hidden) == 1 else 'entries'} (names starting with '.'): "
                             f"{_names(hidden)}")
    if linked_dirs:
        scan.warnings.append(f"{printable(root)}: symlinked folders are not followed: {_names(linked_dirs)}")
    return scan


def read_input_bytes(path: str | Path, max_bytes: int | None = None) -> bytes:
    """The bytes of a regular file, refusing anything else without blocking.

    The file is opened non-blocking (a FIFO swapped in after the scan cannot hang us)
    and checked with ``fstat``; a file that grows past ``max_bytes`` while being read
    is refused too.

    Raises:
        IngestError: naming the file and the reason.
    """
    from .ingest import IngestError

    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    shown = printable(path)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise IngestError(shown, "not found (or a broken link)") from None
    except PermissionError:
        raise IngestError(shown, "permission denied") from None
    except OSError as e:
        raise IngestError(shown, f"cannot read: {e.strerror or e}") from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise IngestError(shown, "is a folder, expected a file")
        if not stat.S_ISREG(st.st_mode):
            raise IngestError(shown, f"is {file_kind(st.st_mode)}, not a regular file: skipped")
        if max_bytes is not None and st.st_size > max_bytes:
            raise IngestError(shown, f"file is {st.st_size / 1e6:.0f} MB, over the limit of "
                                     f"{max_bytes / 1e6:.0f} MB (--max-bytes)")
        chunks = []
        total = 0
        while True:
            try:
                chunk = os.read(fd, 1 << 20)
            except OSError as e:
                raise IngestError(shown, f"cannot read: {e.strerror or e}") from None
            if not chunk:
                break
            total += len(chunk)
            if max_bytes is not None and total > max_bytes:
                raise IngestError(shown, f"file grew past the limit of {max_bytes / 1e6:.0f} MB while being read "
                                         "(--max-bytes)")
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def check_overlap(input_dir: str | Path, output_dir: str | Path, exclude: Iterable[str | Path] = ()) -> None:
    """Refuse input and output folders that overlap.

    The same folder would let outputs (``report.json``, review pages, ``.txt``
    translations) overwrite inputs; an input folder inside the output folder, or an
    output folder inside the input folder, makes a later run read outputs as inputs.
    An output folder inside the input folder is accepted when it (or a folder above
    it, inside the input folder) is in ``exclude``.

    Raises:
        InputError: one line saying which folders overlap and what to do.
    """
    i = os.path.realpath(input_dir)
    o = os.path.realpath(output_dir)
    if not os.path.isdir(i):
        return
    if o == i:
        raise InputError(f"{printable(output_dir)}: the output folder is the input folder; outputs would "
                         "overwrite inputs and be read as inputs by the next run: choose another -o")
    if _inside(i, o):
        raise InputError(f"{printable(input_dir)}: the input folder is inside the output folder "
                         f"{printable(output_dir)}; outputs would land among the inputs: choose another -o")
    if _inside(o, i):
        ex = [os.path.realpath(e) for e in exclude]
        if not any(_inside(o, e) and _inside(e, i) for e in ex):
            raise InputError(f"{printable(output_dir)}: the output folder is inside the input folder "
                             f"{printable(input_dir)}; a later run would read the outputs as inputs: choose an "
                             f"-o outside it, or pass --exclude {printable(output_dir)}")


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


class DocumentOvertime(BaseException):
    """Raised inside a document's front stages when its time budget ran out (see
    :func:`document_deadline`); it carries no arguments, as the interpreter builds it.  A
    ``BaseException`` (like ``KeyboardInterrupt``), so a stage's ``except Exception`` cannot
    swallow it and go on working."""

    def __str__(self) -> str:
        return "stopped: over the time budget per document (--doc-timeout); split the file"


def _raise_in(thread_id: int, exc: type[BaseException] | None) -> bool:
    """Make thread ``thread_id`` raise ``exc`` at its next bytecode (None: cancel a pending one)."""
    try:
        import ctypes

        set_async = ctypes.pythonapi.PyThreadState_SetAsyncExc
    except (ImportError, AttributeError):  # not CPython: the checks between stages remain
        return False
    return bool(set_async(ctypes.c_ulong(thread_id), None if exc is None else ctypes.py_object(exc)))


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
                    heapq.heappop(self.heap)[2]._fire()
                self.cond.wait(self.heap[0][0] - now if self.heap else None)


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
        self._timer: _Watchdog | None = None  # what fires it (None: no budget)

    def _fire(self) -> None:
        with self._lock:
            if self._live and _raise_in(self._tid, DocumentOvertime):
                self.fired = True

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
