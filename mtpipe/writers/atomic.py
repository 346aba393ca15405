"""Atomic file writes: a temp file in the same folder, fsync, then rename over the target.

Readers (and a run killed halfway) see the old file or the new one, never half
of one.  The temp file is created beside the target (so the rename
stays on one file system) and removed if anything fails.  Temporary names carry mtpipe's
marker (``.mtpipe-tmp-`` and eight random characters, :data:`TEMP_PREFIX`), so a sweep of
files a killed run left behind (:func:`sweep_temp_files`) removes only what mtpipe made,
never a user's ``.tmp-notes`` beside the outputs.  The new file gets the
permissions of the file it replaces, or ``0666`` minus the umask for a new file
(``mkstemp`` alone would leave it ``0600``).  After the rename the folder is
fsynced too, so the new name survives a crash.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Iterator

__all__ = ["atomic_write_text", "atomic_write_bytes", "atomic_open", "TEMP_PREFIX", "is_temp_name",
           "sweep_temp_files"]

#: Every temporary file mtpipe writes starts with this (then ``tempfile``'s 8 random characters).
TEMP_PREFIX = ".mtpipe-tmp-"
_TEMP_NAME = re.compile(re.escape(TEMP_PREFIX) + r"[a-z0-9_]{8}")


def is_temp_name(name: str) -> bool:
    """Whether ``name`` is one of mtpipe's temporary file names (and so safe to sweep)."""
    return _TEMP_NAME.fullmatch(name) is not None


def sweep_temp_files(root: str | Path, skip: tuple[str, ...] = ()) -> list[Path]:
    """Remove mtpipe's temporary files under ``root`` (left by a killed run); returns them.

    Only regular files with mtpipe's marker (:func:`is_temp_name`) go; symlinks are not
    followed and nothing else is touched.  Call it while holding the output folder's lock.

    Args:
        root: The folder to sweep.
        skip: Top-level names not to descend into.
    """
    removed: list[Path] = []
    for folder, dirs, files in os.walk(root):
        if folder == str(root):
            dirs[:] = [d for d in dirs if d not in skip]
        for name in files:
            if is_temp_name(name):
                p = Path(folder) / name
                if p.is_file() and not p.is_symlink():
                    try:
                        p.unlink()
                        removed.append(p)
                    except OSError:
                        pass
    return removed


def _umask() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


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


@contextmanager
def atomic_open(path: str | Path, mode: str = "wb", encoding: str | None = None) -> Iterator[IO[Any]]:
    """A file to write ``path`` through, in pieces: it replaces ``path`` when the block ends.

    The same guarantees as :func:`atomic_write_bytes` (whose one write goes through here):
    readers see the old file or the complete new one; an exception inside the block leaves
    the old file and removes the temporary one.

    Args:
        path: The target file (parent folders are created).
        mode: ``"wb"`` or ``"w"``.
        encoding: For text mode.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        perms = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        perms = 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=str(path.parent))
    try:
        with os.fdopen(fd, mode, encoding=encoding) as f:
            yield f
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
