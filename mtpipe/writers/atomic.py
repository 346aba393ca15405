"""Atomic file writes: a temp file in the same folder, fsync, then rename over the target.

Readers (and a run killed halfway) see the old file or the new one, never half
of one.  The temp file is created beside the target (so the rename
stays on one file system) and removed if anything fails.  Temporary names carry mtpipe's
marker (``.mtpipe-tmp-`` and eight random characters, :data:`TEMP_PREFIX`), and inside an
output folder a command holds (``translate``, and ``review``/``index`` while they write: see
:func:`mtpipe.lock.holding`), each one is also recorded in ``OUT/.mtpipe/tmp-list`` *before* it
is created (:func:`sweep_temp_files` starts the record): the sweep at the start of the next run
removes only files that are both named so and recorded, never a user's ``.tmp-notes`` nor a
file that merely looks like ours.  The new file gets the
permissions of the file it replaces, or those of any new file (``0666`` less the umask;
``mkstemp`` alone would leave it ``0600``).  After the rename the folder is
fsynced too, so the new name survives a crash.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Iterator

__all__ = ["atomic_write_text", "atomic_write_bytes", "atomic_open", "TEMP_PREFIX", "is_temp_name",
           "sweep_temp_files", "record_temp_files", "synced_together", "TEMP_JOURNAL", "create_temp",
           "remembering_writes"]

_batch = threading.local()

#: Every temporary file mtpipe writes starts with this (then ``tempfile``'s 8 random characters).
TEMP_PREFIX = ".mtpipe-tmp-"
_TEMP_NAME = re.compile(re.escape(TEMP_PREFIX) + r"[a-z0-9_]{8}")


def is_temp_name(name: str) -> bool:
    """Whether ``name`` is one of mtpipe's temporary file names (and so safe to sweep)."""
    return _TEMP_NAME.fullmatch(name) is not None


#: The record of temporary files under ``OUT/.mtpipe/`` (one JSON line each: ``["+", "a/.mtpipe-tmp-x1y2z3w4"]``
#: before the file is created, ``["-", ...]`` when the name was taken by someone else's file).
TEMP_JOURNAL = "tmp-list"
_journals: dict[str, int] = {}  # real path of an output folder -> its open journal (append)
_journal_lock = threading.Lock()
_journal_gen = [0]  # bumped whenever _journals changes (see _journal_of's cache)


def _journal_of(folder: str | Path) -> tuple[str, int, str] | None:
    """The recording output folder holding ``folder``, its journal's descriptor and ``folder``'s
    real path relative to it.  Inside :func:`synced_together` the answer is kept per folder for
    the block (one window's files share a few folders; each ``realpath`` is an ``lstat`` per
    component)."""
    if not _journals:
        return None
    key = os.fspath(folder)
    cache = getattr(_batch, "journal_of", None)
    if cache is not None:
        hit = cache.get(key)
        if hit is not None and hit[0] == _journal_gen[0]:  # no journal opened or closed since
            return hit[1]
    real = os.path.realpath(key)
    found = None
    for root, fd in _journals.items():
        if real == root or real.startswith(root.rstrip(os.sep) + os.sep):
            found = (root, fd, os.path.relpath(real, root))
            break
    if cache is not None:
        cache[key] = (_journal_gen[0], found)
    return found


def _note(journal: tuple[str, int, str], tmp: str, op: str) -> None:
    import json

    _root, fd, rel = journal
    line = json.dumps([op, os.path.normpath(os.path.join(rel, os.path.basename(tmp)))]) + "\n"
    with _journal_lock:
        os.write(fd, line.encode("utf-8", "surrogateescape"))


_TEMP_FLAGS = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


def create_temp(folder: str | Path, mode: int = 0o600) -> tuple[int, str]:
    """``(fd, path)`` of a new temporary file in ``folder`` named with mtpipe's marker, open for
    reading and writing (``mode``, less the umask: ``mkstemp``'s ``0600`` by default).  Inside an
    output folder a command holds (see :func:`sweep_temp_files`) the name is written to its journal
    first, so a command killed at any point leaves no temporary file unrecorded; the caller removes
    or renames the file.

    Raises:
        FileNotFoundError: ``folder`` does not exist.
    """
    journal = _journal_of(folder)
    names = tempfile._get_candidate_names()  # type: ignore[attr-defined]  # mkstemp's own generator
    folder_s = os.fspath(folder)
    for _ in range(100):
        tmp = os.path.join(folder_s, TEMP_PREFIX + next(names))
        if journal is None:
            try:
                return os.open(tmp, _TEMP_FLAGS, mode), tmp
            except FileExistsError:
                continue
        if os.path.lexists(tmp):
            continue
        _note(journal, tmp, "+")
        try:
            return os.open(tmp, _TEMP_FLAGS, mode), tmp
        except FileExistsError:  # taken in between by another process: not ours to sweep
            _note(journal, tmp, "-")
        except OSError:  # no such folder...: nothing was created
            _note(journal, tmp, "-")
            raise
    raise FileExistsError(f"no free temporary name in {folder}")


_create_temp = create_temp  # older name


def _read_journal(path: Path) -> list[str]:
    """The paths (relative to OUT) recorded and not withdrawn; a torn last line is skipped."""
    import json

    from ..lock import open_private

    try:
        fd = open_private(path, os.O_RDONLY)
    except OSError:
        return []
    with os.fdopen(fd, "rb") as f:
        raw = f.read()
    listed: dict[str, None] = {}
    for line in raw.split(b"\n"):
        try:
            op, rel = json.loads(line.decode("utf-8", "surrogateescape"))
        except (ValueError, TypeError):
            continue
        if op == "+" and isinstance(rel, str):
            listed[rel] = None
        elif op == "-":
            listed.pop(rel, None)
    return list(listed)


def sweep_temp_files(root: str | Path, skip: tuple[str, ...] = ()) -> list[Path]:
    """Remove the temporary files a killed run left under output folder ``root``; returns them.
    Then record this process's temporary files under ``root`` from now on.

    Only files recorded in ``OUT/.mtpipe/tmp-list`` *and* named with mtpipe's marker
    (:func:`is_temp_name`), regular files inside ``root`` reached without following a
    symlink, are removed; nothing else is touched (a user's file that looks like ours stays).
    Call it while holding the output folder's lock (:class:`mtpipe.lock.OutputLock`).

    Args:
        root: The output folder.
        skip: Top-level names not to sweep under.
    """
    from ..lock import open_private, private_dir

    root = Path(root)
    real_root = os.path.realpath(root)
    journal = private_dir(root) / TEMP_JOURNAL
    removed: list[Path] = []
    for rel in _read_journal(journal):
        parts = Path(rel).parts
        if not parts or Path(rel).is_absolute() or ".." in parts or parts[0] in skip or not is_temp_name(parts[-1]):
            continue
        p = root / rel
        folder = os.path.realpath(p.parent)
        if folder != real_root and not folder.startswith(real_root.rstrip(os.sep) + os.sep):
            continue  # a symlinked folder on the way: not followed
        try:
            if stat.S_ISREG(os.lstat(p).st_mode):
                p.unlink()
                removed.append(p)
        except OSError:
            pass
    fd = open_private(journal, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_APPEND, 0o644)
    with _journal_lock:
        old = _journals.pop(real_root, None)
        if old is not None:
            try:
                os.close(old)
            except OSError:
                pass
        _journals[real_root] = fd
        _journal_gen[0] += 1
    return removed


def record_temp_files(root: str | Path) -> None:
    """Record this process's temporary files under output folder ``root`` in its journal, appending to
    the record the job's :func:`sweep_temp_files` started: for a worker process or a Ray actor that
    writes outputs into a folder the job holds, so a job killed while they write leaves nothing the
    next run's sweep does not know.  Once per process and folder (the journal stays open)."""
    from ..lock import open_private, private_dir

    real_root = os.path.realpath(root)
    with _journal_lock:
        if real_root in _journals:
            return
    fd = open_private(private_dir(Path(root)) / TEMP_JOURNAL, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    with _journal_lock:
        if real_root in _journals:
            os.close(fd)
        else:
            _journals[real_root] = fd
            _journal_gen[0] += 1


def stop_recording(root: str | Path) -> None:
    """Stop recording temporary files under ``root`` (the job is over); the journal stays."""
    with _journal_lock:
        fd = _journals.pop(os.path.realpath(root), None)
        _journal_gen[0] += 1
    if fd is not None:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # not supported here (e.g. Windows): the rename is still atomic
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _syncfs(folder: str | Path) -> bool:
    """Flush the whole file system holding ``folder`` in one call (Linux ``syncfs``)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        fd = os.open(folder, os.O_RDONLY)
    except (OSError, AttributeError):
        return False
    try:
        return libc.syncfs(fd) == 0
    except AttributeError:
        return False
    finally:
        os.close(fd)


@contextmanager
def synced_together(folder: str | Path) -> Iterator[None]:
    """Atomic writes in this block (this thread) are made durable together, once, at its end.

    Each file still replaces its target by rename (a killed process leaves the old file or
    the new one), but the data and folder ``fsync`` calls of every file are replaced by one
    ``syncfs`` of ``folder``'s file system when the block ends (or ``os.sync`` where there is
    none).  Until then a power cut may leave an empty or old file: use it where a record
    written *after* the block lets the next run check the files (the job state's sizes and
    sha256) and write them again.
    """
    if getattr(_batch, "on", False):
        yield
        return
    _batch.on = True
    _batch.journal_of = {}
    try:
        yield
    finally:
        _batch.on = False
        _batch.journal_of = None
        if not _syncfs(folder):
            os.sync()


@contextmanager
def remembering_writes() -> Iterator[dict[str, tuple[int, int, str]]]:
    """While the block runs, every file :func:`atomic_write_bytes` writes (this thread) is
    remembered: ``{path: (size, mtime_ns, sha256 hex)}`` of the bytes written, so the job state's
    file records (:func:`mtpipe.state.file_record`) need not read the files back."""
    outer = getattr(_batch, "digests", None)
    seen: dict[str, tuple[int, int, str]] = {}
    _batch.digests = seen
    try:
        yield seen
    finally:
        _batch.digests = outer
        if outer is not None:
            outer.update(seen)


class _RawFile:
    """What :func:`atomic_open` yields in ``"wb"`` mode: writes go straight to the descriptor
    (no buffered file object: no ``fstat``/``ioctl``/``lseek`` calls for a file written at once)."""

    __slots__ = ("fd", "hash", "size")

    def __init__(self, fd: int, digest: bool) -> None:
        self.fd, self.hash, self.size = fd, hashlib.sha256() if digest else None, 0

    def write(self, data: bytes) -> int:
        view = memoryview(data)
        n = len(view)
        while view:
            view = view[os.write(self.fd, view):]
        if self.hash is not None:
            self.hash.update(data)
        self.size += n
        return n

    def flush(self) -> None:  # written straight through: nothing held back
        pass


@contextmanager
def atomic_open(path: str | Path, mode: str = "wb", encoding: str | None = None) -> Iterator[IO[Any]]:
    """A file to write ``path`` through, in pieces: it replaces ``path`` when the block ends.

    The same guarantees as :func:`atomic_write_bytes` (whose one write goes through here):
    readers see the old file or the complete new one; an exception inside the block leaves
    the old file and removes the temporary one.  The new file gets the permissions of the file
    it replaces, or those of any new file (``0666`` less the umask).

    Args:
        path: The target file (parent folders are created).
        mode: ``"wb"`` or ``"w"``.
        encoding: For text mode.
    """
    target = os.fspath(path)
    folder = os.path.dirname(target) or "."
    try:
        perms: int | None = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        perms = None  # a new file: created with 0666 less the umask, as any new file
    create_mode = 0o666 if perms is None else 0o600
    if not os.path.isdir(folder):  # one stat: pathlib's mkdir(exist_ok) raises and catches for each file
        os.makedirs(folder, exist_ok=True)
    fd, tmp = create_temp(folder, create_mode)
    batched = getattr(_batch, "on", False)
    digests = getattr(_batch, "digests", None) if mode == "wb" else None
    try:
        if mode == "wb":
            raw = _RawFile(fd, digests is not None)
            try:
                yield raw  # type: ignore[misc]
                if perms is not None:
                    os.fchmod(fd, perms) if hasattr(os, "fchmod") else os.chmod(tmp, perms)
                if digests is not None:
                    mtime_ns = os.fstat(fd).st_mtime_ns
                if not batched:
                    os.fsync(fd)
            finally:
                os.close(fd)
        else:
            with os.fdopen(fd, mode, encoding=encoding) as f:
                yield f
                f.flush()
                if perms is not None:
                    os.fchmod(fd, perms) if hasattr(os, "fchmod") else os.chmod(tmp, perms)
                if not batched:
                    os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    if digests is not None:
        assert raw.hash is not None
        digests[target] = (raw.size, mtime_ns, raw.hash.hexdigest())
    if not batched:
        _fsync_dir(Path(folder))


def atomic_write_bytes(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically, creating parent folders.

    Args:
        path: The target file.
        data: Its complete new content.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.

    Raises:
        OSError: when the file cannot be written; the old file, if any, is untouched.
    """
    with atomic_open(path, "wb") as f:
        f.write(data)
    return Path(path)


def atomic_write_text(path: str | Path, text: str) -> Path:
    """Write ``text`` as UTF-8 to ``path`` atomically (see :func:`atomic_write_bytes`)."""
    return atomic_write_bytes(path, text.encode("utf-8"))
