"""The auto-names tables, built once per user and read back by every later process.

The detector and the hanzi ranking (:mod:`mtpipe.translit.detect`, :mod:`mtpipe.translit.hanzi`) derive
their tables from pypinyin's dictionaries, OpenCC and this package's ``data/`` files: importing pypinyin
and building them cost about 0.4 CPU-s in every process that looks for names (each ``--workers``
process, each Ray actor, each small job), although the tables are the same every time.  A builder
decorated with :func:`persisted` keeps what it returned in the per-user cache
(:func:`mtpipe.config.default_cache_dir`, which honours ``$MTPIPE_CACHE`` and ``$XDG_CACHE_HOME``:
``.translit/`` beside the models) as ``marshal`` data (:mod:`mtpipe.cache_tables`), and later processes read that back instead of
building (and without importing pypinyin at all when every table they need is there).

A table's file is keyed by its name, the content of every file of this package (code and ``data/``),
the installed files of the packages it reads (pypinyin, OpenCC: a new version or a reinstall
changes their sizes and times) and Python's version (``marshal``'s format), and
carries a CRC-32 of its data; it is written atomically.  A missing, damaged or stale file is
ignored and written again; a cache that cannot be written only costs the build, every time.  What
is read back equals what the builder returns, of the same types (``encode``/``decode`` for the
types ``marshal`` does not keep), so every answer is the same (tests/test_translit_tables.py).
Builders stay wrapped in ``lru_cache`` outside this, so a process still builds or reads each once.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any, Callable, TypeVar

from ..cache_tables import MISSING, cached_build, read_table, write_table

__all__ = ["persisted", "table_path", "LAYOUT", "PACKAGES"]

#: Bumped when the file's layout changes.
LAYOUT = 1
#: The installed packages the tables are derived from (their files are part of every key).
PACKAGES = ("pypinyin", "opencc")
_MAGIC = b"mtpipe-translit-table\n"
_HERE = Path(__file__).resolve().parent

F = TypeVar("F", bound=Callable[[], Any])


def _installed(pkg: str) -> str:
    """An installed package's fingerprint, without importing it: the name, size and ``mtime`` of every file
    of its folder (a new version or a reinstall changes them); ``-`` when it is not installed."""
    import importlib.util
    import os

    try:
        spec = importlib.util.find_spec(pkg)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.origin:
        return "-"
    parts = []
    for folder in spec.submodule_search_locations or ():
        for entry in sorted(os.scandir(folder), key=lambda e: e.name):
            if entry.is_file():
                st = entry.stat()
                parts.append(f"{entry.name}:{st.st_size}:{st.st_mtime_ns}")
    if not parts:  # a single-file module
        st = os.stat(spec.origin)
        parts.append(f"{spec.origin}:{st.st_size}:{st.st_mtime_ns}")
    return "|".join(parts)


@functools.lru_cache(maxsize=1)
def _sources_key() -> str:
    """sha256 of this package's files (code and data), the installed packages' files and Python's version."""
    import hashlib
    import sys

    h = hashlib.sha256(f"layout={LAYOUT};python={sys.version}".encode())
    for pkg in PACKAGES:
        h.update(f";{pkg}={_installed(pkg)}".encode())
    for path in sorted(p for p in _HERE.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(str(path.relative_to(_HERE)).encode() + b"\0")
        h.update(hashlib.sha256(path.read_bytes()).digest())
    # the process's one OpenCC converter lives in mtpipe/scripts.py
    h.update(hashlib.sha256((_HERE.parent / "scripts.py").read_bytes()).digest())
    return h.hexdigest()


def table_path(name: str) -> Path:
    """Where the table ``name`` is kept for the current sources."""
    from ..config import default_cache_dir

    return default_cache_dir() / ".translit" / f"{name}-{_sources_key()[:32]}.marshal"


_MISSING = MISSING


def _read(path: Path, key: str) -> Any:
    return read_table(path, _MAGIC, key)


def _write(path: Path, key: str, value: Any) -> bool:
    """Write the table; True when a file was written."""
    return write_table(path, _MAGIC, key, value)


def persisted(name: str, encode: Callable[[Any], Any] | None = None,
              decode: Callable[[Any], Any] | None = None) -> Callable[[F], F]:
    """Keep the table the decorated builder (no arguments) returns in the per-user cache.

    Args:
        name: The table's file name (unique in this package).
        encode: What is stored, from what the builder returned (for types ``marshal`` does not keep,
            e.g. ``Counter`` -> ``dict``).
        decode: The builder's value again, from what was stored.
    """

    def wrap(build: F) -> F:
        @functools.wraps(build)
        def cached() -> Any:
            try:
                key = _sources_key()
                path = table_path(name)
            except OSError:
                return build()
            # the tables of older sources, unused for a month, go when a new one is written
            return cached_build(path, _MAGIC, key, build, f"{name}-{'?' * 32}.marshal", encode, decode)

        return cached  # type: ignore[return-value]

    return wrap
