"""The cleaner's tables derived from its shipped data, built once per user and read back by every later process.

The spam layers read Vietnamese Wikipedia's syllable bigrams (:data:`.spam_bigrams.SYLLABLES`, 238,739 rows) into
two tables: :func:`.spam_slots._succ` (each syllable's successors; read by the cleaner's ``warm()``) and the pair
counts of :func:`.spam_bigrams.load_syllables` (read at the first Latin token the name-cut layer weighs).  Parsing
the rows cost 0.29 and 0.40 CPU-s in every process that cleans Vietnamese (each ``--workers`` process, each Ray
actor, each small job: perf51, benchmarks/README.md), more than the rest of the cleaner's start-up together,
although the tables are the same every time.  A builder decorated with :func:`persisted` keeps what it returned
in the per-user cache (:func:`mtpipe.config.default_cache_dir`: ``.clean/`` beside the models) as ``marshal`` data
(:mod:`mtpipe.cache_tables`); reading it back costs 0.05 and 0.13 CPU-s.

A table's file is keyed by its name, the bytes of the files it is derived from (its data files and the module
that builds it: a new table or a new parser changes the key), :data:`LAYOUT` and Python's version (``marshal``'s
format); a missing, damaged or stale file is ignored and written again; a cache that cannot be written only costs
the build, every time.  What is read back equals what the builder returns, in the same order and of the same types
(``encode``/``decode`` for the types ``marshal`` does not keep), so every answer is the same
(tests/test_perf51_table_cache.py).  :data:`ENABLED` false builds every time (``benchmarks/startup.py``'s
baseline).  Builders stay wrapped in ``lru_cache`` outside this; nothing is read or written on import.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any, Callable, TypeVar

from ..cache_tables import cached_build

__all__ = ["ENABLED", "LAYOUT", "persisted", "sources_key", "table_path"]

#: Bumped when the file's layout changes.
LAYOUT = 1
#: False: every builder builds, nothing is read or written (a baseline for ``benchmarks/startup.py``).
ENABLED = True
_MAGIC = b"mtpipe-clean-table\n"

F = TypeVar("F", bound=Callable[[], Any])


@functools.lru_cache(maxsize=None)
def sources_key(name: str, sources: tuple[Path, ...]) -> str:
    """sha256 of the table's name, :data:`LAYOUT`, Python's version and the bytes of each of ``sources``."""
    import hashlib
    import sys

    h = hashlib.sha256(f"layout={LAYOUT};python={sys.version};name={name}".encode())
    for path in sources:
        h.update(b"\0" + path.name.encode() + b"\0")
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def table_path(name: str, key: str) -> Path:
    """Where the table ``name`` of sources ``key`` is kept."""
    from ..config import default_cache_dir

    return default_cache_dir() / ".clean" / f"{name}-{key[:32]}.marshal"


def persisted(name: str, sources: tuple[Path, ...], encode: Callable[[Any], Any] | None = None,
              decode: Callable[[Any], Any] | None = None) -> Callable[[F], F]:
    """Keep the table the decorated builder (no arguments) returns in the per-user cache.

    Args:
        name: The table's file name (unique among the cleaner's tables).
        sources: The files the table is derived from, the builder's own module among them.
        encode: What is stored, from what the builder returned (e.g. ``Counter`` -> ``dict``).
        decode: The builder's value again, from what was stored.
    """

    def wrap(build: F) -> F:
        @functools.wraps(build)
        def cached() -> Any:
            if not ENABLED:
                return build()
            try:
                key = sources_key(name, sources)
                path = table_path(name, key)
            except OSError:
                return build()
            # the tables of older sources, unused for a month, go when a new one is written
            return cached_build(path, _MAGIC, key, build, f"{name}-{'?' * 32}.marshal", encode, decode)

        return cached  # type: ignore[return-value]

    return wrap
