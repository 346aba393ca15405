"""Keeping the per-user cache's derived files from piling up (py3langid's decoded model, the
transliteration tables).

Each of those files is named by a key of what produced it (a library's version, a model's hash, the
sources of a table), so an upgrade writes a new file beside the old one, and nothing ever read the
old one again: one 68 MB langid file per py3langid version stayed on disk for good.  Now a file in
use has its modification time refreshed when a process reads it (at most once a day, one ``stat``
otherwise), and whenever a new file is written, its siblings of the same kind that no process has
read for :data:`MAX_IDLE_DAYS` are removed.  Two installs used side by side (two virtual
environments with different py3langid versions) keep both files: each one's reads keep its file
fresh.  Every step is best-effort: a read-only or shared cache folder only keeps its files.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

__all__ = ["MAX_IDLE_DAYS", "mark_used", "prune_idle"]

#: a derived file no process has read for this long is removed when a sibling is written
MAX_IDLE_DAYS = 30
_DAY = 86400.0


def mark_used(path: Path, now: float | None = None) -> None:
    """Refresh ``path``'s modification time if it is more than a day old (the file was just read)."""
    now = time.time() if now is None else now
    try:
        if now - path.stat().st_mtime > _DAY:
            os.utime(path, (now, now))
    except OSError:
        pass  # a read-only cache: the file may be pruned by a later writer, and is then rebuilt


def prune_idle(path: Path, pattern: str, now: float | None = None, max_idle_days: float = MAX_IDLE_DAYS) -> list[Path]:
    """Remove the files beside ``path`` that match ``pattern`` (a glob of the same kind of file), are
    not ``path`` itself and have not been read or written for ``max_idle_days``.  Returns what went."""
    now = time.time() if now is None else now
    gone: list[Path] = []
    try:
        siblings = list(path.parent.glob(pattern))
    except OSError:
        return gone
    for p in siblings:
        if p.name == path.name:
            continue
        try:
            if now - p.stat().st_mtime > max_idle_days * _DAY and p.is_file():
                p.unlink()
                gone.append(p)
        except OSError:
            continue  # another process removed it, or it cannot be removed here
    return gone
