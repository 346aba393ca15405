"""``glossary validate`` as one result, cached per file content, checked by ``stat`` first.

Loading and linting a 100,000-entry glossary costs about a second of CPU even with its compiled
form cached (:func:`mtpipe.glossary.loader.compiled`): building the entries, the cross-file
checks, the lint and the content hash.  ``validate`` on files that did not change gives the same
answer, so the answer is kept beside the compiled forms (``$MTPIPE_CACHE/.glossary/``), one
record per set of files (keyed by their paths and the checking code), holding each file's
sha256 and ``stat``.

A record is used when every file is unchanged:

1. the cheap check: size, ``mtime_ns``, inode, device and ``ctime_ns`` as recorded.  ``ctime``
   cannot be set from user space (``os.utime`` sets the others), so a file rewritten in place
   with the same size and its old ``mtime`` restored still differs.  A stat is recorded only for a
   file last changed :data:`STAT_SETTLE_S` or more before it was read: a write in the same clock
   tick as the read could keep every field, so a recent file is always checked by content;
2. otherwise the content: the file's sha256 against the recorded one (a ``touch`` or a copy
   costs a hash, not a load);
3. otherwise (or with no record) the files are loaded, checked and linted, and the record is
   written again, with the hash of exactly the bytes that were checked.

Sets of files smaller than :data:`~mtpipe.glossary.loader.CACHE_MIN_CHARS` bytes are checked
every time (it takes milliseconds) and leave nothing in the cache.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable

__all__ = ["Validation", "validate_glossaries", "STAT_SETTLE_S"]

#: A file's ``stat`` is trusted only if it was last changed at least this long before being read.
STAT_SETTLE_S = 2.0


@dataclass
class Validation:
    """What ``glossary validate`` reports.

    Attributes:
        problems: ``file:line: reason`` lines that stop the glossary loading (exit 1).
        lint: Risky-form warnings (:func:`mtpipe.glossary.lint.lint`).
        warnings: Other ``file:line`` notes (partial entries).
        entries: Entries loaded.
        files: Files loaded.
        unreviewed: Entries awaiting review.
        partial: Entries with only one of en/zh.
        hash: The glossary's content hash (:attr:`mtpipe.glossary.model.Glossary.hash`).
        cached: Whether the answer came from the cache (not stored).
    """

    problems: list[str] = field(default_factory=list)
    lint: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    entries: int = 0
    files: int = 0
    unreviewed: int = 0
    partial: int = 0
    hash: str = ""
    cached: bool = False


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _stat(path: Path) -> list[int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ino, st.st_dev, st.st_ctime_ns]


def _record_path(files: list[Path]) -> Path:
    from ..config import default_cache_dir
    from .loader import code_hash

    h = hashlib.sha256(code_hash().encode())
    for f in files:  # as given (messages name them so) and where they are
        h.update(os.fsencode(str(f)) + b"\0" + os.fsencode(os.path.realpath(f)) + b"\0\0")
    return default_cache_dir() / ".glossary" / f"validate-{h.hexdigest()[:32]}.json"


def _read_record(path: Path, files: list[Path]) -> dict | None:  # type: ignore[type-arg]
    try:
        rec = json.loads(path.read_text(encoding="utf-8"))
        if (isinstance(rec, dict) and rec.get("paths") == [str(f) for f in files]
                and isinstance(rec.get("files"), list) and len(rec["files"]) == len(files)
                and isinstance(rec.get("result"), dict)):
            Validation(**rec["result"])  # the right shape
            return rec
    except (OSError, ValueError, TypeError):
        pass
    return None  # none yet, or damaged: checked again


def _write_record(path: Path, files: list[Path], entries: list[list], result: Validation) -> None:  # type: ignore[type-arg]
    from ..writers.atomic import atomic_write_text

    data = asdict(result)
    data.pop("cached")
    try:
        atomic_write_text(path, json.dumps({"paths": [str(f) for f in files], "files": entries, "result": data},
                                           ensure_ascii=False))
    except OSError:
        pass  # a read-only cache only costs a check next time


def _settled(st: list[int] | None, read_at_ns: int) -> list[int] | None:
    """``st`` if the file was last changed long enough before ``read_at_ns`` to trust it later."""
    if st is None or st[4] > read_at_ns - int(STAT_SETTLE_S * 1e9) or st[1] > read_at_ns:
        return None
    return st


def _cached(path: Path, files: list[Path]) -> Validation | None:
    rec = _read_record(path, files)
    if rec is None:
        return None
    now = time.time_ns()
    entries = []
    refreshed = False
    for f, (st, digest) in zip(files, rec["files"]):
        cur = _stat(f)
        if cur is None:
            return None
        if st is not None and st == cur:
            entries.append([st, digest])
            continue
        try:
            data = f.read_bytes()
        except OSError:
            return None
        if _digest(data) != digest:
            return None
        refreshed = refreshed or _settled(cur, now) is not None
        entries.append([_settled(cur, now), digest])
    result = Validation(**rec["result"])
    if refreshed:  # the next check of these files is a stat again
        _write_record(path, files, entries, result)
    result.cached = True
    return result


def validate_glossaries(paths: Iterable[str | Path]) -> Validation:
    """Load, check and lint the glossary files under ``paths``; the answer is cached (see the module).

    Args:
        paths: Files, or folders searched for ``*.yaml``/``*.yml`` (as :func:`load_glossaries`).

    Returns:
        The :class:`Validation`; its ``problems`` are what :class:`GlossaryError` would list.
    """
    from .lint import lint
    from .loader import CACHE_MIN_CHARS, glossary_files, load_glossaries
    from .model import GlossaryError

    paths = list(paths)
    files = glossary_files(paths)
    stats = [_stat(f) for f in files]
    big = None not in stats and sum(st[0] for st in stats if st) >= CACHE_MIN_CHARS
    record = _record_path(files) if big else None
    if record is not None:
        hit = _cached(record, files)
        if hit is not None:
            return hit
    # the record holds the hash of exactly the bytes checked: they are read once, hashed and loaded
    read_at = time.time_ns()
    before = [_stat(f) for f in files]
    texts: dict[str | Path, str] | None = {}
    digests = []
    for f in files:
        try:
            data = f.read_bytes()
            texts[f] = data.decode("utf-8")  # type: ignore[index]
        except (OSError, UnicodeDecodeError):
            texts, record = None, None  # the loader says what is wrong with it
            break
        digests.append(_digest(data))
    try:
        g = load_glossaries(paths, texts=texts)
    except GlossaryError as e:
        result = Validation(problems=list(e.problems))
    else:
        result = Validation(lint=lint(g), warnings=list(g.warnings), entries=len(g.entries), files=len(g.files),
                            unreviewed=sum(not e.reviewed for e in g.entries),
                            partial=sum(e.partial for e in g.entries), hash=g.hash)
    if record is not None:
        _write_record(record, files, [[_settled(st, read_at), d] for st, d in zip(before, digests)], result)
    return result
