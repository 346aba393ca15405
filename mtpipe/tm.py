"""Translation memory: an embedded SQLite store of model outputs.

Keyed by **what the model sees** and nothing else: a model key (the route's model
identities and files, compute type and decoding options, and which input the model
reads: :func:`model_key`), the target language and the exact model input (a segment
with ``TERMk`` placeholders, with target terms written in, or one piece between
terms).  The glossary, the normalisation switches and the output formats are not
in the key: editing an entry's ``en``/``zh`` form leaves every placeholder input as
it was, so a re-run finds all of them here and only restoration runs again.

Several jobs may share one memory (``--tm FILE``): the database runs in WAL mode
with a busy timeout, and every store is one transaction, so concurrent writers
wait for each other instead of failing or losing rows.

Memories written before the key changed (keyed by the whole job signature) stay
in the same table and are read through ``legacy_sig``: a job whose old-style
signature matches finds its old rows, and each row found that way is copied under
the new key (migrated on first use).

A damaged database file (not a database, damaged pages) is moved aside with a
warning and a fresh one is started: the memory is a cache, never a reason to fail.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import time
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

__all__ = ["TranslationMemory", "model_key", "file_fingerprint"]

log = logging.getLogger("mtpipe")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS tm (
    sig TEXT NOT NULL,
    src TEXT NOT NULL,
    tgt TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    PRIMARY KEY (sig, src, tgt, source)
) WITHOUT ROWID
"""

#: Seconds a writer waits for another job's transaction before giving up.
BUSY_TIMEOUT_S = 120.0
_SIDE_FILES = ("", "-wal", "-shm", "-journal")


def file_fingerprint(folder: Path) -> dict[str, list[Any]]:
    """Name -> ``[size, sha256 of the first and last MiB]`` of every file in a model folder.

    Cheap on multi-gigabyte models and the same on every machine (no mtimes), so a memory
    shared between machines with the same model files is shared in fact.
    """
    out: dict[str, list[Any]] = {}
    if not folder.is_dir():
        return out
    for f in sorted(folder.iterdir()):
        if not f.is_file():
            continue
        try:
            size = f.stat().st_size
            h = hashlib.sha256()
            with open(f, "rb") as fh:
                h.update(fh.read(1 << 20))
                if size > 2 << 20:
                    fh.seek(-(1 << 20), os.SEEK_END)
                    h.update(fh.read(1 << 20))
            out[f.name] = [size, h.hexdigest()[:16]]
        except OSError:
            out[f.name] = [None, None]
    return out


def model_key(input_side: str, hops: Sequence[dict[str, Any]], compute_type: str | None) -> str:
    """The memory key of one model group: what decides the model's output for a given input.

    Args:
        input_side: What the input is read as: ``model:NAME`` for a model that takes any
            source language alike, ``src:LANG`` where the source language changes the model
            input (NLLB language tokens, pivots).
        hops: One dict per model of the route: its registry signature, files
            (:func:`file_fingerprint`) and decoding options.
        compute_type: The CTranslate2 compute type.

    Returns:
        A 32-hex-digit key.
    """
    blob = json.dumps({"input": input_side, "hops": list(hops), "compute_type": compute_type},
                      sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:32]


class TranslationMemory:
    """A SQLite-backed store of (model key, input side, tgt, model input) -> model output.

    Args:
        path: The database file (its folder is created).
        private: The file is the job's own (``OUT/.mtpipe/tm.sqlite``): a symlink in its
            place is moved aside instead of followed.
        warn: Called with a one-line message when a damaged file is moved aside.

    Attributes:
        hits: Lookups answered from the store since opening.
        misses: Lookups not found.
        migrated: Rows found under a legacy key and copied under the new one.
        store_failed: A store failed in this session (warned once).
    """

    def __init__(self, path: str | Path, *, private: bool = False,
                 warn: Callable[[str], None] | None = None) -> None:
        self.path = Path(path)
        self.private = private
        self._warn = warn or (lambda msg: log.warning("%s", msg))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.hits = 0
        self.misses = 0
        self.migrated = 0
        self.store_failed = False
        self._db: sqlite3.Connection | None = None
        if private:
            self._unlink_symlinks()
        try:
            self._connect()
        except sqlite3.DatabaseError as e:
            self._set_aside(e)
            self._connect()

    # -- opening, damage ---------------------------------------------------------------------

    def _connect(self) -> None:
        # one thread at a time, but not always the one that opened it: with --workers N the windows'
        # calls are answered by the job's serving thread (mtpipe.executors.local._Pooled)
        db = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_S, check_same_thread=False)
        try:
            db.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute(_SCHEMA)
            db.commit()
            db.execute("SELECT sig FROM tm LIMIT 1").fetchall()
        except sqlite3.DatabaseError:
            db.close()
            raise
        self._db = db

    def _unlink_symlinks(self) -> None:
        for suffix in _SIDE_FILES:
            p = Path(f"{self.path}{suffix}")
            if p.is_symlink():
                self._warn(f"{p}: is a symlink (to {os.readlink(p)}); removed, the memory is not written through it")
                p.unlink()

    def _set_aside(self, err: Exception) -> None:
        """Move a damaged database (and its side files) aside so a fresh one can start."""
        if self._db is not None:
            try:
                self._db.close()
            except sqlite3.Error:
                pass
            self._db = None
        stamp = time.strftime("%Y%m%dT%H%M%S")
        moved = None
        for suffix in _SIDE_FILES:
            p = Path(f"{self.path}{suffix}")
            if p.exists() or p.is_symlink():
                dest = p.with_name(f"{p.name}.damaged-{stamp}")
                try:
                    os.replace(p, dest)
                    moved = moved or dest
                except OSError:
                    p.unlink(missing_ok=True)
        self._warn(f"{self.path}: damaged translation memory ({type(err).__name__}: {err}); "
                   f"{'moved aside to ' + str(moved) if moved else 'removed'}, starting a new one")

    def _run(self, op: Callable[[sqlite3.Connection], Any]) -> Any:
        """Run ``op`` on the database; a damaged file is set aside and ``op`` tried once more."""
        assert self._db is not None
        try:
            return op(self._db)
        except sqlite3.OperationalError:
            raise  # busy, full disk, read-only: not damage
        except sqlite3.DatabaseError as e:
            self._set_aside(e)
            self._connect()
            return op(self._db)

    # -- the store ---------------------------------------------------------------------------

    def _select(self, sig: str, src: str, tgt: str, sources: list[str]) -> dict[str, str]:
        found: dict[str, str] = {}

        def op(db: sqlite3.Connection) -> None:
            for i in range(0, len(sources), 500):
                chunk = sources[i : i + 500]
                marks = ",".join("?" * len(chunk))
                rows = db.execute(
                    f"SELECT source, target FROM tm WHERE sig=? AND src=? AND tgt=? AND source IN ({marks})",
                    [sig, src, tgt, *chunk],
                )
                found.update(rows.fetchall())

        self._run(op)
        return found

    def lookup(self, sig: str, src: str, tgt: str, sources: Iterable[str],
               legacy_sig: str | None = None) -> dict[str, str]:
        """Stored targets for those of ``sources`` the memory holds.

        Args:
            sig: The model key (:func:`model_key`).
            src: The input side (``model:NAME`` / ``src:LANG`` / a language).
            tgt: Target language.
            sources: Exact model inputs.
            legacy_sig: The job signature an older mtpipe keyed its rows with; rows found
                under it (and not under ``sig``) are returned and copied under ``sig``.
        """
        sources = list(dict.fromkeys(sources))
        found = self._select(sig, src, tgt, sources)
        if legacy_sig and len(found) < len(sources):
            old = self._select(legacy_sig, src, tgt, [s for s in sources if s not in found])
            if old:
                self.migrated += len(old)
                self.store(sig, src, tgt, old)
                found.update(old)
        self.hits += len(found)
        self.misses += len(sources) - len(found)
        return found

    def store(self, sig: str, src: str, tgt: str, pairs: dict[str, str]) -> bool:
        """Remember ``source -> target`` pairs (one transaction, committed at once).

        Returns:
            False when they could not be stored (full disk, read-only file, a lock held
            past the busy timeout): warned once, the translations in hand stay good.
        """
        rows = [(sig, src, tgt, s, t) for s, t in pairs.items()]

        def op(db: sqlite3.Connection) -> None:
            with db:
                db.executemany("INSERT OR REPLACE INTO tm (sig, src, tgt, source, target) VALUES (?, ?, ?, ?, ?)",
                               rows)

        try:
            self._run(op)
        except sqlite3.OperationalError as e:
            if not self.store_failed:
                self._warn(f"{self.path}: cannot store in the translation memory ({e}); going on without it")
            self.store_failed = True
            return False
        return True

    def __len__(self) -> int:
        return int(self._run(lambda db: db.execute("SELECT COUNT(*) FROM tm").fetchone()[0]))

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
