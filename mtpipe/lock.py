"""The output folder is one job's at a time: ``OUT/.mtpipe/lock``, and the job's private folder.

A second ``mtpipe translate`` on the same output folder fails at once with the first job's
PID (or waits for it with ``--wait``): two jobs appending to one ``state.jsonl`` and
writing the same outputs would each believe the other's half-written work.  The lock is an
advisory ``flock`` on ``OUT/.mtpipe/lock``; the kernel drops it when the process dies, even
by ``kill -9``, so a stale lock never blocks the next run (the file itself stays).

Commands that only write a few files into a finished output folder (``mtpipe review``, ``mtpipe
index`` when it rebuilds ``entities.jsonl``) take the same lock for as long as they write
(:func:`holding`): their temporary files are then recorded like a job's, and whatever a killed
command left is swept by the next one (``translate``, ``review`` or ``index``).

Everything under ``OUT/.mtpipe/`` is opened without following symlinks: a symlink planted
there (``.mtpipe`` itself, ``lock``, ``state.jsonl``, ``tm.sqlite``) is removed with a
warning instead of being written through, so the job never writes outside OUT.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from .errors import LockError

__all__ = ["OutputLock", "LockError", "private_dir", "open_private", "PRIVATE", "holding"]

log = logging.getLogger("mtpipe")

#: The job's private folder under OUT.
PRIVATE = ".mtpipe"
#: How long a contender that finds the lock held but no PID written looks again (the instant
#: between taking the lock and writing the PID, or between emptying it and letting go).
PID_GRACE_S = 1.0


def _alive(pid: int) -> bool:
    """Whether a process ``pid`` exists (one of another user's counts)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _pid_words(pid: str) -> str:
    """How a message names the holder: ``PID 123``, or that it has not written its PID yet."""
    return f"PID {pid}" if pid else "PID not yet written"


def _default_warn(msg: str) -> None:
    log.warning("%s", msg)


def _no_symlink(p: Path, warn: Callable[[str], None]) -> None:
    if p.is_symlink():
        try:
            where = os.readlink(p)
        except OSError:
            where = "?"
        warn(f"{p}: is a symlink (to {where}) inside mtpipe's private folder; removed, nothing is written through it")
        p.unlink()


def private_dir(output_dir: Path, *parts: str, warn: Callable[[str], None] = _default_warn) -> Path:
    """``OUT/.mtpipe[/parts...]``, created, with no symlink anywhere on the way from OUT.

    Args:
        output_dir: The output folder (must exist).
        parts: Sub-folders under ``.mtpipe``.
        warn: Told about every symlink removed.

    Returns:
        The folder.
    """
    p = Path(output_dir)
    for name in (PRIVATE, *parts):
        p = p / name
        try:
            if stat.S_ISDIR(os.lstat(p).st_mode):  # there already, and a folder, not a symlink: one call
                continue
        except OSError:
            pass
        _no_symlink(p, warn)
        try:
            p.mkdir()
        except FileExistsError:
            if not p.is_dir():
                raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(p)) from None
    return p


def open_private(path: Path, flags: int, mode: int = 0o666, warn: Callable[[str], None] = _default_warn) -> int:
    """``os.open`` a file under ``OUT/.mtpipe`` without following a symlink in its place.

    A symlink found there is removed (with a warning) and the file opened again.
    """
    nofollow = getattr(os, "O_NOFOLLOW", 0)
    try:
        return os.open(path, flags | nofollow, mode)
    except OSError as e:
        if e.errno != errno.ELOOP and not path.is_symlink():
            raise
    _no_symlink(path, warn)
    return os.open(path, flags | nofollow, mode)


class OutputLock:
    """An exclusive lock on an output folder for the length of a job.

    Args:
        output_dir: The output folder (created if missing).
        wait: Wait for the other job to finish instead of failing.
        warn: Where warnings (a symlink removed, waiting) go.
        poll_s: How often a waiting job looks again (it also reports who it waits for).

    Use as a context manager, or :meth:`acquire` / :meth:`release`.
    """

    def __init__(self, output_dir: Path, wait: bool = False, warn: Callable[[str], None] = _default_warn,
                 poll_s: float = 0.5) -> None:
        self.output_dir = Path(output_dir)
        self.wait = wait
        self.warn = warn
        self.poll_s = poll_s
        self._fd: int | None = None

    @property
    def path(self) -> Path:
        return self.output_dir / PRIVATE / "lock"

    def _holder(self) -> str:
        """The PID written in the lock file, or "" (none written, or the one written is no live process's)."""
        try:
            with open(self.path, "rb") as f:
                pid = f.read(32).split(b"\n", 1)[0].strip()
        except OSError:
            return ""
        if not pid.isdigit() or not _alive(int(pid)):  # a job killed with -9 left its PID: the next one's comes
            return ""
        return pid.decode("ascii")

    def _try(self, fd: int) -> tuple[bool, str]:
        """Take the lock without waiting: ``(True, "")``, or ``(False, holder)``.

        The holder's PID is written just after it took the lock, and emptied just before it lets
        go; a contender looking in either instant finds no PID.  Then it tries again for up to
        :data:`PID_GRACE_S`: the lock was let go (taken now), or its holder has written its PID.
        Only a holder stopped in that instant for longer is reported as "PID not yet written".
        """
        import fcntl

        give_up = None
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return True, ""
            except OSError as e:
                if e.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                    raise
            pid = self._holder()
            if pid:
                return False, pid
            now = time.monotonic()
            if give_up is None:
                give_up = now + PID_GRACE_S
            elif now >= give_up:
                return False, ""
            time.sleep(0.005)

    def acquire(self) -> "OutputLock":
        """Take the lock.

        Raises:
            LockError: another job holds it (and ``wait`` is off): names its PID.
        """
        private_dir(self.output_dir, warn=self.warn)
        fd = open_private(self.path, os.O_RDWR | os.O_CREAT, 0o644, warn=self.warn)
        told = False
        try:
            while True:
                got, pid = self._try(fd)
                if got:
                    break
                if not self.wait:
                    raise LockError(f"{self.output_dir}: another mtpipe job ({_pid_words(pid)}) is writing to this "
                                    "output folder; wait for it to finish, or pass --wait")
                if not told:
                    self.warn(f"{self.output_dir}: waiting for the mtpipe job "
                              f"{'with PID ' + pid if pid else '(PID not yet written)'} to finish")
                    told = True
                time.sleep(self.poll_s)
            # emptied first (a job killed with -9 left its PID), then one write: a contender reads the dead
            # job's PID (no live process: it looks again), nothing (it looks again) or ours, never a mix
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        except BaseException:
            os.close(fd)  # closing lets go of the lock too
            raise
        self._fd = fd
        return self

    def release(self) -> None:
        """Let go (the lock file stays; an empty PID means nobody holds it).

        The PID is emptied just before the lock is let go (after, it could empty the next job's);
        a contender looking in between retries (:meth:`_try`) instead of reporting no PID.
        """
        if self._fd is None:
            return
        import fcntl

        from .writers.atomic import stop_recording

        stop_recording(self.output_dir)  # temporary files under OUT are no longer this job's
        try:
            os.ftruncate(self._fd, 0)
        except OSError:
            pass
        fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> "OutputLock":
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


@contextmanager
def holding(output_dir: Path, wait: bool = False, warn: Callable[[str], None] = _default_warn) -> Iterator[list[Path]]:
    """The output folder locked for a short write (``review``, ``index``): the temporary files an
    earlier command killed there left are swept first, and this command's own are recorded
    (:func:`mtpipe.writers.atomic.sweep_temp_files`) until the block ends.

    Yields:
        The leftover temporary files removed.

    Raises:
        LockError: a job holds the folder (and ``wait`` is off).
    """
    from .writers.atomic import sweep_temp_files

    lock = OutputLock(Path(output_dir), wait=wait, warn=warn).acquire()
    try:
        yield sweep_temp_files(output_dir)
    finally:
        lock.release()
