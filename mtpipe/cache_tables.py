"""Tables derived from shipped data, kept as ``marshal`` files in the per-user cache (the file format the
auto-names tables and the cleaner's tables share: :mod:`mtpipe.translit.tables`, :mod:`mtpipe.clean.table_cache`).

A file is a magic line naming its kind, a CRC-32 of the payload and the payload: ``marshal`` of ``(key, value)``,
where ``key`` names the sources the value was derived from.  :func:`read_table` answers :data:`MISSING` for a
missing, truncated, damaged, foreign or stale file (another key); :func:`write_table` writes atomically, so
concurrent writers each rename a complete file.  :func:`cached_build` ties them together: read, else build and
write, and prune the same kind's files of older sources that nothing has read for a month
(:func:`mtpipe.cache_files.prune_idle`).  Nothing is read or written on import.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any, Callable

from .cache_files import mark_used, prune_idle

__all__ = ["MISSING", "cached_build", "read_table", "write_table"]

#: what :func:`read_table` answers when the file cannot be used
MISSING: Any = object()


def read_table(path: Path, magic: bytes, key: str) -> Any:
    """The value stored in ``path`` under ``key``, or :data:`MISSING`."""
    import marshal
    import zlib

    try:
        data = path.read_bytes()
    except OSError:
        return MISSING
    head = len(magic) + 4
    if len(data) < head or data[:len(magic)] != magic:
        return MISSING
    (crc,) = struct.unpack_from("<I", data, len(magic))
    if zlib.crc32(memoryview(data)[head:]) != crc:
        return MISSING
    try:
        got = marshal.loads(memoryview(data)[head:])
    except (ValueError, EOFError, TypeError):
        return MISSING
    if not (isinstance(got, tuple) and len(got) == 2 and got[0] == key):
        return MISSING
    return got[1]


def write_table(path: Path, magic: bytes, key: str, value: Any) -> bool:
    """Write ``value`` under ``key`` to ``path``, atomically; True when a file was written (False for a type
    ``marshal`` does not keep, or a cache that cannot be written)."""
    import marshal
    import zlib

    from .writers.atomic import atomic_write_bytes

    try:
        payload = marshal.dumps((key, value))
    except ValueError:  # a type marshal does not keep: nothing cached
        return False
    try:
        atomic_write_bytes(path, magic + struct.pack("<I", zlib.crc32(payload)) + payload)
    except OSError:
        return False  # a read-only cache: built every time
    return True


def cached_build(path: Path, magic: bytes, key: str, build: Callable[[], Any], prune: str,
                 encode: Callable[[Any], Any] | None = None, decode: Callable[[Any], Any] | None = None) -> Any:
    """``build()``'s value, read back from ``path`` when a file of ``key`` is there, else built and written.

    Args:
        prune: A glob of the same kind's files beside ``path`` (those of other keys, unread for a month, go
            when this one is written).
        encode: What is stored, from what ``build`` returned (for types ``marshal`` does not keep, e.g.
            ``Counter`` -> ``dict``).
        decode: ``build``'s value again, from what was stored.
    """
    got = read_table(path, magic, key)
    if got is not MISSING:
        mark_used(path)
        return decode(got) if decode else got
    value = build()
    if write_table(path, magic, key, encode(value) if encode else value):
        prune_idle(path, prune)
    return value
