"""Glossary files are a database: locked, validated and atomic writes.

Every command that writes a glossary file (``add``, ``edit``, ``remove``, ``import``,
``export``, ``suggest -o``) goes through :func:`transaction` or :func:`write_file`:

* an exclusive ``flock`` on a lock file beside the target (``.NAME.lock``, never
  deleted: deleting a lock file lets two writers lock two different files), so
  concurrent commands run one after the other and none loses another's change;
* the file is read *under the lock*, changed in memory, and the new text is
  validated before anything is written (no window where an invalid file is on disk);
* the new text goes to a temporary file carrying a unique marker
  (``.NAME.mtpipe-tmp-*``), is fsynced, then renamed over the target and the folder
  fsynced: a command killed at any point leaves the old file or the new one;
* temporary files left by a killed command are removed by the next one (only names
  with the marker, and the ``NAME.tmp`` that mtpipe before 0.x wrote).
"""

from __future__ import annotations

import errno
import os
import stat
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from .model import GlossaryError

__all__ = ["locked", "write_file", "transaction", "clean_temp_files", "TEMP_MARKER", "LOCK_TIMEOUT_S"]

#: Part of every temporary name this module creates; only such files are ever cleaned.
TEMP_MARKER = ".mtpipe-tmp-"
#: How long a command waits for another one holding the glossary's lock.
LOCK_TIMEOUT_S = 60.0


def _lock_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


@contextmanager
def locked(path: str | Path, timeout: float | None = None) -> Iterator[None]:
    """Hold an exclusive lock on glossary file ``path`` (waiting up to ``timeout`` seconds).

    Raises:
        GlossaryError: when the lock cannot be had in time or the lock file cannot be created.
    """
    import fcntl

    path = Path(path)
    wait = LOCK_TIMEOUT_S if timeout is None else timeout
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = _lock_path(path)
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0),
                     0o666)
    except OSError as e:
        raise GlossaryError([f"{path}:0: cannot create the lock file {lock}: {e.strerror or e}"]) from None
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as e:
                if e.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                    raise GlossaryError([f"{path}:0: cannot lock: {e.strerror or e}"]) from None
                if time.monotonic() >= deadline:
                    raise GlossaryError([f"{path}:0: another mtpipe command is writing this glossary "
                                         f"(waited {wait:.0f} s for {lock})"]) from None
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def clean_temp_files(path: str | Path) -> list[Path]:
    """Remove temporary files a killed write of ``path`` left behind (call with the lock held)."""
    path = Path(path)
    removed = []
    try:
        names = os.listdir(path.parent)
    except OSError:
        return removed
    prefix = f".{path.name}{TEMP_MARKER}"
    for name in names:
        if name.startswith(prefix) or name == path.name + ".tmp":
            p = path.parent / name
            try:
                if stat.S_ISREG(os.lstat(p).st_mode):
                    p.unlink()
                    removed.append(p)
            except OSError:
                pass
    return removed


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_replace(path: Path, data: bytes) -> None:
    """temp + fsync + rename + fsync(folder); the temp file is removed on any failure."""
    import tempfile

    try:
        perms = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        perms = 0o666 & ~umask
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}{TEMP_MARKER}", dir=str(path.parent))
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, perms)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    _fsync_dir(path.parent)


def write_file(path: str | Path, text: str, validate: Callable[[str], None] | None = None) -> None:
    """Write ``text`` to ``path`` under the lock, atomically, after ``validate(text)`` passed.

    Raises:
        GlossaryError: validation problems, a lock held too long, or a write that failed
            (full disk, read-only folder); the old file is then untouched.
    """
    path = Path(path)
    with locked(path):
        clean_temp_files(path)
        if validate is not None:
            validate(text)
        try:
            _write_replace(path, text.encode("utf-8"))
        except OSError as e:
            raise GlossaryError([f"{path}:0: cannot write ({e.strerror or e}); the file is unchanged"]) from None


def transaction(path: str | Path, change: Callable[[str | None], str],
                validate: Callable[[str], None] | None = None) -> str:
    """Read ``path`` under the lock, compute its new text, validate it, write it atomically.

    Args:
        path: The glossary file (it may not exist yet).
        change: ``change(old_text_or_None) -> new_text``; runs with the lock held, so it
            sees every change made before it.
        validate: Raises (GlossaryError) when the new text must not be saved.

    Returns:
        The new text.
    """
    path = Path(path)
    with locked(path):
        clean_temp_files(path)
        try:
            old = path.read_text(encoding="utf-8") if path.exists() else None
        except (OSError, UnicodeDecodeError) as e:
            raise GlossaryError([f"{path}:0: cannot read: {e}"]) from None
        new = change(old)
        if new == old:
            return new
        if validate is not None:
            validate(new)
        try:
            _write_replace(path, new.encode("utf-8"))
        except OSError as e:
            raise GlossaryError([f"{path}:0: cannot write ({e.strerror or e}); the file is unchanged"]) from None
        return new
